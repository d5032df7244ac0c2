var nc={exports:{}},hi={};var jm;function Ey(){if(jm)return hi;jm=1;var o=Symbol.for("react.transitional.element"),f=Symbol.for("react.fragment");function d(c,g,j){var w=null;if(j!==void 0&&(w=""+j),g.key!==void 0&&(w=""+g.key),"key"in g){j={};for(var L in g)L!=="key"&&(j[L]=g[L])}else j=g;return g=j.ref,{$$typeof:o,type:c,key:w,ref:g!==void 0?g:null,props:j}}return hi.Fragment=f,hi.jsx=d,hi.jsxs=d,hi}var Tm;function xy(){return Tm||(Tm=1,nc.exports=Ey()),nc.exports}var u=xy(),ac={exports:{}},ne={};var Cm;function Ay(){if(Cm)return ne;Cm=1;var o=Symbol.for("react.transitional.element"),f=Symbol.for("react.portal"),d=Symbol.for("react.fragment"),c=Symbol.for("react.strict_mode"),g=Symbol.for("react.profiler"),j=Symbol.for("react.consumer"),w=Symbol.for("react.context"),L=Symbol.for("react.forward_ref"),C=Symbol.for("react.suspense"),h=Symbol.for("react.memo"),q=Symbol.for("react.lazy"),V=Symbol.for("react.activity"),v=Symbol.iterator;function _(p){return p===null||typeof p!="object"?null:(p=v&&p[v]||p["@@iterator"],typeof p=="function"?p:null)}var S={isMounted:function(){return!1},enqueueForceUpdate:function(){},enqueueReplaceState:function(){},enqueueSetState:function(){}},E=Object.assign,M={};function ve(p,z,k){this.props=p,this.context=z,this.refs=M,this.updater=k||S}ve.prototype.isReactComponent={},ve.prototype.setState=function(p,z){if(typeof p!="object"&&typeof p!="function"&&p!=null)throw Error("takes an object of state variables to update or a function which returns an object of state variables.");this.updater.enqueueSetState(this,p,z,"setState")},ve.prototype.forceUpdate=function(p){this.updater.enqueueForceUpdate(this,p,"forceUpdate")};function yt(){}yt.prototype=ve.prototype;function Q(p,z,k){this.props=p,this.context=z,this.refs=M,this.updater=k||S}var Z=Q.prototype=new yt;Z.constructor=Q,E(Z,ve.prototype),Z.isPureReactComponent=!0;var De=Array.isArray;function je(){}var ue={H:null,A:null,T:null,S:null},Pe=Object.prototype.hasOwnProperty;function gt(p,z,k){var Y=k.ref;return{$$typeof:o,type:p,key:z,ref:Y!==void 0?Y:null,props:k}}function Rt(p,z){return gt(p.type,z,p.props)}function jt(p){return typeof p=="object"&&p!==null&&p.$$typeof===o}function at(p){var z={"=":"=0",":":"=2"};return"$"+p.replace(/[=:]/g,function(k){return z[k]})}var qt=/\/+/g;function pt(p,z){return typeof p=="object"&&p!==null&&p.key!=null?at(""+p.key):z.toString(36)}function Tt(p){switch(p.status){case"fulfilled":return p.value;case"rejected":throw p.reason;default:switch(typeof p.status=="string"?p.then(je,je):(p.status="pending",p.then(function(z){p.status==="pending"&&(p.status="fulfilled",p.value=z)},function(z){p.status==="pending"&&(p.status="rejected",p.reason=z)})),p.status){case"fulfilled":return p.value;case"rejected":throw p.reason}}throw p}function U(p,z,k,Y,P){var le=typeof p;(le==="undefined"||le==="boolean")&&(p=null);var he=!1;if(p===null)he=!0;else switch(le){case"bigint":case"string":case"number":he=!0;break;case"object":switch(p.$$typeof){case o:case f:he=!0;break;case q:return he=p._init,U(he(p._payload),z,k,Y,P)}}if(he)return P=P(p),he=Y===""?"."+pt(p,0):Y,De(P)?(k="",he!=null&&(k=he.replace(qt,"$&/")+"/"),U(P,z,k,"",function(Kt){return Kt})):P!=null&&(jt(P)&&(P=Rt(P,k+(P.key==null||p&&p.key===P.key?"":(""+P.key).replace(qt,"$&/")+"/")+he)),z.push(P)),1;he=0;var Ge=Y===""?".":Y+":";if(De(p))for(var Ve=0;Ve<p.length;Ve++)Y=p[Ve],le=Ge+pt(Y,Ve),he+=U(Y,z,k,le,P);else if(Ve=_(p),typeof Ve=="function")for(p=Ve.call(p),Ve=0;!(Y=p.next()).done;)Y=Y.value,le=Ge+pt(Y,Ve++),he+=U(Y,z,k,le,P);else if(le==="object"){if(typeof p.then=="function")return U(Tt(p),z,k,Y,P);throw z=String(p),Error("Objects are not valid as a React child (found: "+(z==="[object Object]"?"object with keys {"+Object.keys(p).join(", ")+"}":z)+"). If you meant to render a collection of children, use an array instead.")}return he}function H(p,z,k){if(p==null)return p;var Y=[],P=0;return U(p,Y,"","",function(le){return z.call(k,le,P++)}),Y}function K(p){if(p._status===-1){var z=p._result;z=z(),z.then(function(k){(p._status===0||p._status===-1)&&(p._status=1,p._result=k)},function(k){(p._status===0||p._status===-1)&&(p._status=2,p._result=k)}),p._status===-1&&(p._status=0,p._result=z)}if(p._status===1)return p._result.default;throw p._result}var Ee=typeof reportError=="function"?reportError:function(p){if(typeof window=="object"&&typeof window.ErrorEvent=="function"){var z=new window.ErrorEvent("error",{bubbles:!0,cancelable:!0,message:typeof p=="object"&&p!==null&&typeof p.message=="string"?String(p.message):String(p),error:p});if(!window.dispatchEvent(z))return}else if(typeof process=="object"&&typeof process.emit=="function"){process.emit("uncaughtException",p);return}console.error(p)},Ae={map:H,forEach:function(p,z,k){H(p,function(){z.apply(this,arguments)},k)},count:function(p){var z=0;return H(p,function(){z++}),z},toArray:function(p){return H(p,function(z){return z})||[]},only:function(p){if(!jt(p))throw Error("React.Children.only expected to receive a single React element child.");return p}};return ne.Activity=V,ne.Children=Ae,ne.Component=ve,ne.Fragment=d,ne.Profiler=g,ne.PureComponent=Q,ne.StrictMode=c,ne.Suspense=C,ne.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE=ue,ne.__COMPILER_RUNTIME={__proto__:null,c:function(p){return ue.H.useMemoCache(p)}},ne.cache=function(p){return function(){return p.apply(null,arguments)}},ne.cacheSignal=function(){return null},ne.cloneElement=function(p,z,k){if(p==null)throw Error("The argument must be a React element, but you passed "+p+".");var Y=E({},p.props),P=p.key;if(z!=null)for(le in z.key!==void 0&&(P=""+z.key),z)!Pe.call(z,le)||le==="key"||le==="__self"||le==="__source"||le==="ref"&&z.ref===void 0||(Y[le]=z[le]);var le=arguments.length-2;if(le===1)Y.children=k;else if(1<le){for(var he=Array(le),Ge=0;Ge<le;Ge++)he[Ge]=arguments[Ge+2];Y.children=he}return gt(p.type,P,Y)},ne.createContext=function(p){return p={$$typeof:w,_currentValue:p,_currentValue2:p,_threadCount:0,Provider:null,Consumer:null},p.Provider=p,p.Consumer={$$typeof:j,_context:p},p},ne.createElement=function(p,z,k){var Y,P={},le=null;if(z!=null)for(Y in z.key!==void 0&&(le=""+z.key),z)Pe.call(z,Y)&&Y!=="key"&&Y!=="__self"&&Y!=="__source"&&(P[Y]=z[Y]);var he=arguments.length-2;if(he===1)P.children=k;else if(1<he){for(var Ge=Array(he),Ve=0;Ve<he;Ve++)Ge[Ve]=arguments[Ve+2];P.children=Ge}if(p&&p.defaultProps)for(Y in he=p.defaultProps,he)P[Y]===void 0&&(P[Y]=he[Y]);return gt(p,le,P)},ne.createRef=function(){return{current:null}},ne.forwardRef=function(p){return{$$typeof:L,render:p}},ne.isValidElement=jt,ne.lazy=function(p){return{$$typeof:q,_payload:{_status:-1,_result:p},_init:K}},ne.memo=function(p,z){return{$$typeof:h,type:p,compare:z===void 0?null:z}},ne.startTransition=function(p){var z=ue.T,k={};ue.T=k;try{var Y=p(),P=ue.S;P!==null&&P(k,Y),typeof Y=="object"&&Y!==null&&typeof Y.then=="function"&&Y.then(je,Ee)}catch(le){Ee(le)}finally{z!==null&&k.types!==null&&(z.types=k.types),ue.T=z}},ne.unstable_useCacheRefresh=function(){return ue.H.useCacheRefresh()},ne.use=function(p){return ue.H.use(p)},ne.useActionState=function(p,z,k){return ue.H.useActionState(p,z,k)},ne.useCallback=function(p,z){return ue.H.useCallback(p,z)},ne.useContext=function(p){return ue.H.useContext(p)},ne.useDebugValue=function(){},ne.useDeferredValue=function(p,z){return ue.H.useDeferredValue(p,z)},ne.useEffect=function(p,z){return ue.H.useEffect(p,z)},ne.useEffectEvent=function(p){return ue.H.useEffectEvent(p)},ne.useId=function(){return ue.H.useId()},ne.useImperativeHandle=function(p,z,k){return ue.H.useImperativeHandle(p,z,k)},ne.useInsertionEffect=function(p,z){return ue.H.useInsertionEffect(p,z)},ne.useLayoutEffect=function(p,z){return ue.H.useLayoutEffect(p,z)},ne.useMemo=function(p,z){return ue.H.useMemo(p,z)},ne.useOptimistic=function(p,z){return ue.H.useOptimistic(p,z)},ne.useReducer=function(p,z,k){return ue.H.useReducer(p,z,k)},ne.useRef=function(p){return ue.H.useRef(p)},ne.useState=function(p){return ue.H.useState(p)},ne.useSyncExternalStore=function(p,z,k){return ue.H.useSyncExternalStore(p,z,k)},ne.useTransition=function(){return ue.H.useTransition()},ne.version="19.2.9",ne}var Um;function yc(){return Um||(Um=1,ac.exports=Ay()),ac.exports}var B=yc(),lc={exports:{}},yi={},ic={exports:{}},uc={};var Nm;function _y(){return Nm||(Nm=1,(function(o){function f(U,H){var K=U.length;U.push(H);e:for(;0<K;){var Ee=K-1>>>1,Ae=U[Ee];if(0<g(Ae,H))U[Ee]=H,U[K]=Ae,K=Ee;else break e}}function d(U){return U.length===0?null:U[0]}function c(U){if(U.length===0)return null;var H=U[0],K=U.pop();if(K!==H){U[0]=K;e:for(var Ee=0,Ae=U.length,p=Ae>>>1;Ee<p;){var z=2*(Ee+1)-1,k=U[z],Y=z+1,P=U[Y];if(0>g(k,K))Y<Ae&&0>g(P,k)?(U[Ee]=P,U[Y]=K,Ee=Y):(U[Ee]=k,U[z]=K,Ee=z);else if(Y<Ae&&0>g(P,K))U[Ee]=P,U[Y]=K,Ee=Y;else break e}}return H}function g(U,H){var K=U.sortIndex-H.sortIndex;return K!==0?K:U.id-H.id}if(o.unstable_now=void 0,typeof performance=="object"&&typeof performance.now=="function"){var j=performance;o.unstable_now=function(){return j.now()}}else{var w=Date,L=w.now();o.unstable_now=function(){return w.now()-L}}var C=[],h=[],q=1,V=null,v=3,_=!1,S=!1,E=!1,M=!1,ve=typeof setTimeout=="function"?setTimeout:null,yt=typeof clearTimeout=="function"?clearTimeout:null,Q=typeof setImmediate<"u"?setImmediate:null;function Z(U){for(var H=d(h);H!==null;){if(H.callback===null)c(h);else if(H.startTime<=U)c(h),H.sortIndex=H.expirationTime,f(C,H);else break;H=d(h)}}function De(U){if(E=!1,Z(U),!S)if(d(C)!==null)S=!0,je||(je=!0,at());else{var H=d(h);H!==null&&Tt(De,H.startTime-U)}}var je=!1,ue=-1,Pe=5,gt=-1;function Rt(){return M?!0:!(o.unstable_now()-gt<Pe)}function jt(){if(M=!1,je){var U=o.unstable_now();gt=U;var H=!0;try{e:{S=!1,E&&(E=!1,yt(ue),ue=-1),_=!0;var K=v;try{t:{for(Z(U),V=d(C);V!==null&&!(V.expirationTime>U&&Rt());){var Ee=V.callback;if(typeof Ee=="function"){V.callback=null,v=V.priorityLevel;var Ae=Ee(V.expirationTime<=U);if(U=o.unstable_now(),typeof Ae=="function"){V.callback=Ae,Z(U),H=!0;break t}V===d(C)&&c(C),Z(U)}else c(C);V=d(C)}if(V!==null)H=!0;else{var p=d(h);p!==null&&Tt(De,p.startTime-U),H=!1}}break e}finally{V=null,v=K,_=!1}H=void 0}}finally{H?at():je=!1}}}var at;if(typeof Q=="function")at=function(){Q(jt)};else if(typeof MessageChannel<"u"){var qt=new MessageChannel,pt=qt.port2;qt.port1.onmessage=jt,at=function(){pt.postMessage(null)}}else at=function(){ve(jt,0)};function Tt(U,H){ue=ve(function(){U(o.unstable_now())},H)}o.unstable_IdlePriority=5,o.unstable_ImmediatePriority=1,o.unstable_LowPriority=4,o.unstable_NormalPriority=3,o.unstable_Profiling=null,o.unstable_UserBlockingPriority=2,o.unstable_cancelCallback=function(U){U.callback=null},o.unstable_forceFrameRate=function(U){0>U||125<U?console.error("forceFrameRate takes a positive int between 0 and 125, forcing frame rates higher than 125 fps is not supported"):Pe=0<U?Math.floor(1e3/U):5},o.unstable_getCurrentPriorityLevel=function(){return v},o.unstable_next=function(U){switch(v){case 1:case 2:case 3:var H=3;break;default:H=v}var K=v;v=H;try{return U()}finally{v=K}},o.unstable_requestPaint=function(){M=!0},o.unstable_runWithPriority=function(U,H){switch(U){case 1:case 2:case 3:case 4:case 5:break;default:U=3}var K=v;v=U;try{return H()}finally{v=K}},o.unstable_scheduleCallback=function(U,H,K){var Ee=o.unstable_now();switch(typeof K=="object"&&K!==null?(K=K.delay,K=typeof K=="number"&&0<K?Ee+K:Ee):K=Ee,U){case 1:var Ae=-1;break;case 2:Ae=250;break;case 5:Ae=1073741823;break;case 4:Ae=1e4;break;default:Ae=5e3}return Ae=K+Ae,U={id:q++,callback:H,priorityLevel:U,startTime:K,expirationTime:Ae,sortIndex:-1},K>Ee?(U.sortIndex=K,f(h,U),d(C)===null&&U===d(h)&&(E?(yt(ue),ue=-1):E=!0,Tt(De,K-Ee))):(U.sortIndex=Ae,f(C,U),S||_||(S=!0,je||(je=!0,at()))),U},o.unstable_shouldYield=Rt,o.unstable_wrapCallback=function(U){var H=v;return function(){var K=v;v=H;try{return U.apply(this,arguments)}finally{v=K}}}})(uc)),uc}var Om;function Ry(){return Om||(Om=1,ic.exports=_y()),ic.exports}var sc={exports:{}},dt={};var zm;function jy(){if(zm)return dt;zm=1;var o=yc();function f(C){var h="https://react.dev/errors/"+C;if(1<arguments.length){h+="?args[]="+encodeURIComponent(arguments[1]);for(var q=2;q<arguments.length;q++)h+="&args[]="+encodeURIComponent(arguments[q])}return"Minified React error #"+C+"; visit "+h+" for the full message or use the non-minified dev environment for full errors and additional helpful warnings."}function d(){}var c={d:{f:d,r:function(){throw Error(f(522))},D:d,C:d,L:d,m:d,X:d,S:d,M:d},p:0,findDOMNode:null},g=Symbol.for("react.portal");function j(C,h,q){var V=3<arguments.length&&arguments[3]!==void 0?arguments[3]:null;return{$$typeof:g,key:V==null?null:""+V,children:C,containerInfo:h,implementation:q}}var w=o.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;function L(C,h){if(C==="font")return"";if(typeof h=="string")return h==="use-credentials"?h:""}return dt.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE=c,dt.createPortal=function(C,h){var q=2<arguments.length&&arguments[2]!==void 0?arguments[2]:null;if(!h||h.nodeType!==1&&h.nodeType!==9&&h.nodeType!==11)throw Error(f(299));return j(C,h,null,q)},dt.flushSync=function(C){var h=w.T,q=c.p;try{if(w.T=null,c.p=2,C)return C()}finally{w.T=h,c.p=q,c.d.f()}},dt.preconnect=function(C,h){typeof C=="string"&&(h?(h=h.crossOrigin,h=typeof h=="string"?h==="use-credentials"?h:"":void 0):h=null,c.d.C(C,h))},dt.prefetchDNS=function(C){typeof C=="string"&&c.d.D(C)},dt.preinit=function(C,h){if(typeof C=="string"&&h&&typeof h.as=="string"){var q=h.as,V=L(q,h.crossOrigin),v=typeof h.integrity=="string"?h.integrity:void 0,_=typeof h.fetchPriority=="string"?h.fetchPriority:void 0;q==="style"?c.d.S(C,typeof h.precedence=="string"?h.precedence:void 0,{crossOrigin:V,integrity:v,fetchPriority:_}):q==="script"&&c.d.X(C,{crossOrigin:V,integrity:v,fetchPriority:_,nonce:typeof h.nonce=="string"?h.nonce:void 0})}},dt.preinitModule=function(C,h){if(typeof C=="string")if(typeof h=="object"&&h!==null){if(h.as==null||h.as==="script"){var q=L(h.as,h.crossOrigin);c.d.M(C,{crossOrigin:q,integrity:typeof h.integrity=="string"?h.integrity:void 0,nonce:typeof h.nonce=="string"?h.nonce:void 0})}}else h==null&&c.d.M(C)},dt.preload=function(C,h){if(typeof C=="string"&&typeof h=="object"&&h!==null&&typeof h.as=="string"){var q=h.as,V=L(q,h.crossOrigin);c.d.L(C,q,{crossOrigin:V,integrity:typeof h.integrity=="string"?h.integrity:void 0,nonce:typeof h.nonce=="string"?h.nonce:void 0,type:typeof h.type=="string"?h.type:void 0,fetchPriority:typeof h.fetchPriority=="string"?h.fetchPriority:void 0,referrerPolicy:typeof h.referrerPolicy=="string"?h.referrerPolicy:void 0,imageSrcSet:typeof h.imageSrcSet=="string"?h.imageSrcSet:void 0,imageSizes:typeof h.imageSizes=="string"?h.imageSizes:void 0,media:typeof h.media=="string"?h.media:void 0})}},dt.preloadModule=function(C,h){if(typeof C=="string")if(h){var q=L(h.as,h.crossOrigin);c.d.m(C,{as:typeof h.as=="string"&&h.as!=="script"?h.as:void 0,crossOrigin:q,integrity:typeof h.integrity=="string"?h.integrity:void 0})}else c.d.m(C)},dt.requestFormReset=function(C){c.d.r(C)},dt.unstable_batchedUpdates=function(C,h){return C(h)},dt.useFormState=function(C,h,q){return w.H.useFormState(C,h,q)},dt.useFormStatus=function(){return w.H.useHostTransitionStatus()},dt.version="19.2.9",dt}var Dm;function Ty(){if(Dm)return sc.exports;Dm=1;function o(){if(!(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__>"u"||typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE!="function"))try{__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(o)}catch(f){console.error(f)}}return o(),sc.exports=jy(),sc.exports}var Lm;function Cy(){if(Lm)return yi;Lm=1;var o=Ry(),f=yc(),d=Ty();function c(e){var t="https://react.dev/errors/"+e;if(1<arguments.length){t+="?args[]="+encodeURIComponent(arguments[1]);for(var n=2;n<arguments.length;n++)t+="&args[]="+encodeURIComponent(arguments[n])}return"Minified React error #"+e+"; visit "+t+" for the full message or use the non-minified dev environment for full errors and additional helpful warnings."}function g(e){return!(!e||e.nodeType!==1&&e.nodeType!==9&&e.nodeType!==11)}function j(e){var t=e,n=e;if(e.alternate)for(;t.return;)t=t.return;else{e=t;do t=e,(t.flags&4098)!==0&&(n=t.return),e=t.return;while(e)}return t.tag===3?n:null}function w(e){if(e.tag===13){var t=e.memoizedState;if(t===null&&(e=e.alternate,e!==null&&(t=e.memoizedState)),t!==null)return t.dehydrated}return null}function L(e){if(e.tag===31){var t=e.memoizedState;if(t===null&&(e=e.alternate,e!==null&&(t=e.memoizedState)),t!==null)return t.dehydrated}return null}function C(e){if(j(e)!==e)throw Error(c(188))}function h(e){var t=e.alternate;if(!t){if(t=j(e),t===null)throw Error(c(188));return t!==e?null:e}for(var n=e,a=t;;){var l=n.return;if(l===null)break;var i=l.alternate;if(i===null){if(a=l.return,a!==null){n=a;continue}break}if(l.child===i.child){for(i=l.child;i;){if(i===n)return C(l),e;if(i===a)return C(l),t;i=i.sibling}throw Error(c(188))}if(n.return!==a.return)n=l,a=i;else{for(var s=!1,r=l.child;r;){if(r===n){s=!0,n=l,a=i;break}if(r===a){s=!0,a=l,n=i;break}r=r.sibling}if(!s){for(r=i.child;r;){if(r===n){s=!0,n=i,a=l;break}if(r===a){s=!0,a=i,n=l;break}r=r.sibling}if(!s)throw Error(c(189))}}if(n.alternate!==a)throw Error(c(190))}if(n.tag!==3)throw Error(c(188));return n.stateNode.current===n?e:t}function q(e){var t=e.tag;if(t===5||t===26||t===27||t===6)return e;for(e=e.child;e!==null;){if(t=q(e),t!==null)return t;e=e.sibling}return null}var V=Object.assign,v=Symbol.for("react.element"),_=Symbol.for("react.transitional.element"),S=Symbol.for("react.portal"),E=Symbol.for("react.fragment"),M=Symbol.for("react.strict_mode"),ve=Symbol.for("react.profiler"),yt=Symbol.for("react.consumer"),Q=Symbol.for("react.context"),Z=Symbol.for("react.forward_ref"),De=Symbol.for("react.suspense"),je=Symbol.for("react.suspense_list"),ue=Symbol.for("react.memo"),Pe=Symbol.for("react.lazy"),gt=Symbol.for("react.activity"),Rt=Symbol.for("react.memo_cache_sentinel"),jt=Symbol.iterator;function at(e){return e===null||typeof e!="object"?null:(e=jt&&e[jt]||e["@@iterator"],typeof e=="function"?e:null)}var qt=Symbol.for("react.client.reference");function pt(e){if(e==null)return null;if(typeof e=="function")return e.$$typeof===qt?null:e.displayName||e.name||null;if(typeof e=="string")return e;switch(e){case E:return"Fragment";case ve:return"Profiler";case M:return"StrictMode";case De:return"Suspense";case je:return"SuspenseList";case gt:return"Activity"}if(typeof e=="object")switch(e.$$typeof){case S:return"Portal";case Q:return e.displayName||"Context";case yt:return(e._context.displayName||"Context")+".Consumer";case Z:var t=e.render;return e=e.displayName,e||(e=t.displayName||t.name||"",e=e!==""?"ForwardRef("+e+")":"ForwardRef"),e;case ue:return t=e.displayName||null,t!==null?t:pt(e.type)||"Memo";case Pe:t=e._payload,e=e._init;try{return pt(e(t))}catch{}}return null}var Tt=Array.isArray,U=f.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,H=d.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,K={pending:!1,data:null,method:null,action:null},Ee=[],Ae=-1;function p(e){return{current:e}}function z(e){0>Ae||(e.current=Ee[Ae],Ee[Ae]=null,Ae--)}function k(e,t){Ae++,Ee[Ae]=e.current,e.current=t}var Y=p(null),P=p(null),le=p(null),he=p(null);function Ge(e,t){switch(k(le,t),k(P,e),k(Y,null),t.nodeType){case 9:case 11:e=(e=t.documentElement)&&(e=e.namespaceURI)?Ff(e):0;break;default:if(e=t.tagName,t=t.namespaceURI)t=Ff(t),e=If(t,e);else switch(e){case"svg":e=1;break;case"math":e=2;break;default:e=0}}z(Y),k(Y,e)}function Ve(){z(Y),z(P),z(le)}function Kt(e){e.memoizedState!==null&&k(he,e);var t=Y.current,n=If(t,e.type);t!==n&&(k(P,e),k(Y,n))}function An(e){P.current===e&&(z(Y),z(P)),he.current===e&&(z(he),di._currentValue=K)}var ta,bl;function Wt(e){if(ta===void 0)try{throw Error()}catch(n){var t=n.stack.trim().match(/\n( *(at )?)/);ta=t&&t[1]||"",bl=-1<n.stack.indexOf(`
    at`)?" (<anonymous>)":-1<n.stack.indexOf("@")?"@unknown:0:0":""}return`
`+ta+e+bl}var ja=!1;function Ta(e,t){if(!e||ja)return"";ja=!0;var n=Error.prepareStackTrace;Error.prepareStackTrace=void 0;try{var a={DetermineComponentFrameRoot:function(){try{if(t){var D=function(){throw Error()};if(Object.defineProperty(D.prototype,"props",{set:function(){throw Error()}}),typeof Reflect=="object"&&Reflect.construct){try{Reflect.construct(D,[])}catch(T){var R=T}Reflect.construct(e,[],D)}else{try{D.call()}catch(T){R=T}e.call(D.prototype)}}else{try{throw Error()}catch(T){R=T}(D=e())&&typeof D.catch=="function"&&D.catch(function(){})}}catch(T){if(T&&R&&typeof T.stack=="string")return[T.stack,R.stack]}return[null,null]}};a.DetermineComponentFrameRoot.displayName="DetermineComponentFrameRoot";var l=Object.getOwnPropertyDescriptor(a.DetermineComponentFrameRoot,"name");l&&l.configurable&&Object.defineProperty(a.DetermineComponentFrameRoot,"name",{value:"DetermineComponentFrameRoot"});var i=a.DetermineComponentFrameRoot(),s=i[0],r=i[1];if(s&&r){var m=s.split(`
`),A=r.split(`
`);for(l=a=0;a<m.length&&!m[a].includes("DetermineComponentFrameRoot");)a++;for(;l<A.length&&!A[l].includes("DetermineComponentFrameRoot");)l++;if(a===m.length||l===A.length)for(a=m.length-1,l=A.length-1;1<=a&&0<=l&&m[a]!==A[l];)l--;for(;1<=a&&0<=l;a--,l--)if(m[a]!==A[l]){if(a!==1||l!==1)do if(a--,l--,0>l||m[a]!==A[l]){var N=`
`+m[a].replace(" at new "," at ");return e.displayName&&N.includes("<anonymous>")&&(N=N.replace("<anonymous>",e.displayName)),N}while(1<=a&&0<=l);break}}}finally{ja=!1,Error.prepareStackTrace=n}return(n=e?e.displayName||e.name:"")?Wt(n):""}function ku(e,t){switch(e.tag){case 26:case 27:case 5:return Wt(e.type);case 16:return Wt("Lazy");case 13:return e.child!==t&&t!==null?Wt("Suspense Fallback"):Wt("Suspense");case 19:return Wt("SuspenseList");case 0:case 15:return Ta(e.type,!1);case 11:return Ta(e.type.render,!1);case 1:return Ta(e.type,!0);case 31:return Wt("Activity");default:return""}}function na(e){try{var t="",n=null;do t+=ku(e,n),n=e,e=e.return;while(e);return t}catch(a){return`
Error generating stack: `+a.message+`
`+a.stack}}var Ca=Object.prototype.hasOwnProperty,an=o.unstable_scheduleCallback,Sl=o.unstable_cancelCallback,wl=o.unstable_shouldYield,aa=o.unstable_requestPaint,Ie=o.unstable_now,Yu=o.unstable_getCurrentPriorityLevel,El=o.unstable_ImmediatePriority,xl=o.unstable_UserBlockingPriority,rt=o.unstable_NormalPriority,_n=o.unstable_LowPriority,la=o.unstable_IdlePriority,ce=o.log,ye=o.unstable_setDisableYieldValue,F=null,oe=null;function et(e){if(typeof ce=="function"&&ye(e),oe&&typeof oe.setStrictMode=="function")try{oe.setStrictMode(F,e)}catch{}}var Be=Math.clz32?Math.clz32:Mt,be=Math.log,I=Math.LN2;function Mt(e){return e>>>=0,e===0?32:31-(be(e)/I|0)|0}var Rn=256,ia=262144,Ei=4194304;function ua(e){var t=e&42;if(t!==0)return t;switch(e&-e){case 1:return 1;case 2:return 2;case 4:return 4;case 8:return 8;case 16:return 16;case 32:return 32;case 64:return 64;case 128:return 128;case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:return e&261888;case 262144:case 524288:case 1048576:case 2097152:return e&3932160;case 4194304:case 8388608:case 16777216:case 33554432:return e&62914560;case 67108864:return 67108864;case 134217728:return 134217728;case 268435456:return 268435456;case 536870912:return 536870912;case 1073741824:return 0;default:return e}}function xi(e,t,n){var a=e.pendingLanes;if(a===0)return 0;var l=0,i=e.suspendedLanes,s=e.pingedLanes;e=e.warmLanes;var r=a&134217727;return r!==0?(a=r&~i,a!==0?l=ua(a):(s&=r,s!==0?l=ua(s):n||(n=r&~e,n!==0&&(l=ua(n))))):(r=a&~i,r!==0?l=ua(r):s!==0?l=ua(s):n||(n=a&~e,n!==0&&(l=ua(n)))),l===0?0:t!==0&&t!==l&&(t&i)===0&&(i=l&-l,n=t&-t,i>=n||i===32&&(n&4194048)!==0)?t:l}function Al(e,t){return(e.pendingLanes&~(e.suspendedLanes&~e.pingedLanes)&t)===0}function cg(e,t){switch(e){case 1:case 2:case 4:case 8:case 64:return t+250;case 16:case 32:case 128:case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:return t+5e3;case 4194304:case 8388608:case 16777216:case 33554432:return-1;case 67108864:case 134217728:case 268435456:case 536870912:case 1073741824:return-1;default:return-1}}function Uc(){var e=Ei;return Ei<<=1,(Ei&62914560)===0&&(Ei=4194304),e}function Gu(e){for(var t=[],n=0;31>n;n++)t.push(e);return t}function _l(e,t){e.pendingLanes|=t,t!==268435456&&(e.suspendedLanes=0,e.pingedLanes=0,e.warmLanes=0)}function rg(e,t,n,a,l,i){var s=e.pendingLanes;e.pendingLanes=n,e.suspendedLanes=0,e.pingedLanes=0,e.warmLanes=0,e.expiredLanes&=n,e.entangledLanes&=n,e.errorRecoveryDisabledLanes&=n,e.shellSuspendCounter=0;var r=e.entanglements,m=e.expirationTimes,A=e.hiddenUpdates;for(n=s&~n;0<n;){var N=31-Be(n),D=1<<N;r[N]=0,m[N]=-1;var R=A[N];if(R!==null)for(A[N]=null,N=0;N<R.length;N++){var T=R[N];T!==null&&(T.lane&=-536870913)}n&=~D}a!==0&&Nc(e,a,0),i!==0&&l===0&&e.tag!==0&&(e.suspendedLanes|=i&~(s&~t))}function Nc(e,t,n){e.pendingLanes|=t,e.suspendedLanes&=~t;var a=31-Be(t);e.entangledLanes|=t,e.entanglements[a]=e.entanglements[a]|1073741824|n&261930}function Oc(e,t){var n=e.entangledLanes|=t;for(e=e.entanglements;n;){var a=31-Be(n),l=1<<a;l&t|e[a]&t&&(e[a]|=t),n&=~l}}function zc(e,t){var n=t&-t;return n=(n&42)!==0?1:Xu(n),(n&(e.suspendedLanes|t))!==0?0:n}function Xu(e){switch(e){case 2:e=1;break;case 8:e=4;break;case 32:e=16;break;case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:case 4194304:case 8388608:case 16777216:case 33554432:e=128;break;case 268435456:e=134217728;break;default:e=0}return e}function Qu(e){return e&=-e,2<e?8<e?(e&134217727)!==0?32:268435456:8:2}function Dc(){var e=H.p;return e!==0?e:(e=window.event,e===void 0?32:Sm(e.type))}function Lc(e,t){var n=H.p;try{return H.p=e,t()}finally{H.p=n}}var jn=Math.random().toString(36).slice(2),lt="__reactFiber$"+jn,vt="__reactProps$"+jn,Ua="__reactContainer$"+jn,Zu="__reactEvents$"+jn,dg="__reactListeners$"+jn,fg="__reactHandles$"+jn,qc="__reactResources$"+jn,Rl="__reactMarker$"+jn;function Ju(e){delete e[lt],delete e[vt],delete e[Zu],delete e[dg],delete e[fg]}function Na(e){var t=e[lt];if(t)return t;for(var n=e.parentNode;n;){if(t=n[Ua]||n[lt]){if(n=t.alternate,t.child!==null||n!==null&&n.child!==null)for(e=lm(e);e!==null;){if(n=e[lt])return n;e=lm(e)}return t}e=n,n=e.parentNode}return null}function Oa(e){if(e=e[lt]||e[Ua]){var t=e.tag;if(t===5||t===6||t===13||t===31||t===26||t===27||t===3)return e}return null}function jl(e){var t=e.tag;if(t===5||t===26||t===27||t===6)return e.stateNode;throw Error(c(33))}function za(e){var t=e[qc];return t||(t=e[qc]={hoistableStyles:new Map,hoistableScripts:new Map}),t}function tt(e){e[Rl]=!0}var Mc=new Set,Vc={};function sa(e,t){Da(e,t),Da(e+"Capture",t)}function Da(e,t){for(Vc[e]=t,e=0;e<t.length;e++)Mc.add(t[e])}var mg=RegExp("^[:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD][:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$"),Bc={},Hc={};function gg(e){return Ca.call(Hc,e)?!0:Ca.call(Bc,e)?!1:mg.test(e)?Hc[e]=!0:(Bc[e]=!0,!1)}function Ai(e,t,n){if(gg(t))if(n===null)e.removeAttribute(t);else{switch(typeof n){case"undefined":case"function":case"symbol":e.removeAttribute(t);return;case"boolean":var a=t.toLowerCase().slice(0,5);if(a!=="data-"&&a!=="aria-"){e.removeAttribute(t);return}}e.setAttribute(t,""+n)}}function _i(e,t,n){if(n===null)e.removeAttribute(t);else{switch(typeof n){case"undefined":case"function":case"symbol":case"boolean":e.removeAttribute(t);return}e.setAttribute(t,""+n)}}function ln(e,t,n,a){if(a===null)e.removeAttribute(n);else{switch(typeof a){case"undefined":case"function":case"symbol":case"boolean":e.removeAttribute(n);return}e.setAttributeNS(t,n,""+a)}}function Vt(e){switch(typeof e){case"bigint":case"boolean":case"number":case"string":case"undefined":return e;case"object":return e;default:return""}}function kc(e){var t=e.type;return(e=e.nodeName)&&e.toLowerCase()==="input"&&(t==="checkbox"||t==="radio")}function hg(e,t,n){var a=Object.getOwnPropertyDescriptor(e.constructor.prototype,t);if(!e.hasOwnProperty(t)&&typeof a<"u"&&typeof a.get=="function"&&typeof a.set=="function"){var l=a.get,i=a.set;return Object.defineProperty(e,t,{configurable:!0,get:function(){return l.call(this)},set:function(s){n=""+s,i.call(this,s)}}),Object.defineProperty(e,t,{enumerable:a.enumerable}),{getValue:function(){return n},setValue:function(s){n=""+s},stopTracking:function(){e._valueTracker=null,delete e[t]}}}}function Ku(e){if(!e._valueTracker){var t=kc(e)?"checked":"value";e._valueTracker=hg(e,t,""+e[t])}}function Yc(e){if(!e)return!1;var t=e._valueTracker;if(!t)return!0;var n=t.getValue(),a="";return e&&(a=kc(e)?e.checked?"true":"false":e.value),e=a,e!==n?(t.setValue(e),!0):!1}function Ri(e){if(e=e||(typeof document<"u"?document:void 0),typeof e>"u")return null;try{return e.activeElement||e.body}catch{return e.body}}var yg=/[\n"\\]/g;function Bt(e){return e.replace(yg,function(t){return"\\"+t.charCodeAt(0).toString(16)+" "})}function $u(e,t,n,a,l,i,s,r){e.name="",s!=null&&typeof s!="function"&&typeof s!="symbol"&&typeof s!="boolean"?e.type=s:e.removeAttribute("type"),t!=null?s==="number"?(t===0&&e.value===""||e.value!=t)&&(e.value=""+Vt(t)):e.value!==""+Vt(t)&&(e.value=""+Vt(t)):s!=="submit"&&s!=="reset"||e.removeAttribute("value"),t!=null?Fu(e,s,Vt(t)):n!=null?Fu(e,s,Vt(n)):a!=null&&e.removeAttribute("value"),l==null&&i!=null&&(e.defaultChecked=!!i),l!=null&&(e.checked=l&&typeof l!="function"&&typeof l!="symbol"),r!=null&&typeof r!="function"&&typeof r!="symbol"&&typeof r!="boolean"?e.name=""+Vt(r):e.removeAttribute("name")}function Gc(e,t,n,a,l,i,s,r){if(i!=null&&typeof i!="function"&&typeof i!="symbol"&&typeof i!="boolean"&&(e.type=i),t!=null||n!=null){if(!(i!=="submit"&&i!=="reset"||t!=null)){Ku(e);return}n=n!=null?""+Vt(n):"",t=t!=null?""+Vt(t):n,r||t===e.value||(e.value=t),e.defaultValue=t}a=a??l,a=typeof a!="function"&&typeof a!="symbol"&&!!a,e.checked=r?e.checked:!!a,e.defaultChecked=!!a,s!=null&&typeof s!="function"&&typeof s!="symbol"&&typeof s!="boolean"&&(e.name=s),Ku(e)}function Fu(e,t,n){t==="number"&&Ri(e.ownerDocument)===e||e.defaultValue===""+n||(e.defaultValue=""+n)}function La(e,t,n,a){if(e=e.options,t){t={};for(var l=0;l<n.length;l++)t["$"+n[l]]=!0;for(n=0;n<e.length;n++)l=t.hasOwnProperty("$"+e[n].value),e[n].selected!==l&&(e[n].selected=l),l&&a&&(e[n].defaultSelected=!0)}else{for(n=""+Vt(n),t=null,l=0;l<e.length;l++){if(e[l].value===n){e[l].selected=!0,a&&(e[l].defaultSelected=!0);return}t!==null||e[l].disabled||(t=e[l])}t!==null&&(t.selected=!0)}}function Xc(e,t,n){if(t!=null&&(t=""+Vt(t),t!==e.value&&(e.value=t),n==null)){e.defaultValue!==t&&(e.defaultValue=t);return}e.defaultValue=n!=null?""+Vt(n):""}function Qc(e,t,n,a){if(t==null){if(a!=null){if(n!=null)throw Error(c(92));if(Tt(a)){if(1<a.length)throw Error(c(93));a=a[0]}n=a}n==null&&(n=""),t=n}n=Vt(t),e.defaultValue=n,a=e.textContent,a===n&&a!==""&&a!==null&&(e.value=a),Ku(e)}function qa(e,t){if(t){var n=e.firstChild;if(n&&n===e.lastChild&&n.nodeType===3){n.nodeValue=t;return}}e.textContent=t}var pg=new Set("animationIterationCount aspectRatio borderImageOutset borderImageSlice borderImageWidth boxFlex boxFlexGroup boxOrdinalGroup columnCount columns flex flexGrow flexPositive flexShrink flexNegative flexOrder gridArea gridRow gridRowEnd gridRowSpan gridRowStart gridColumn gridColumnEnd gridColumnSpan gridColumnStart fontWeight lineClamp lineHeight opacity order orphans scale tabSize widows zIndex zoom fillOpacity floodOpacity stopOpacity strokeDasharray strokeDashoffset strokeMiterlimit strokeOpacity strokeWidth MozAnimationIterationCount MozBoxFlex MozBoxFlexGroup MozLineClamp msAnimationIterationCount msFlex msZoom msFlexGrow msFlexNegative msFlexOrder msFlexPositive msFlexShrink msGridColumn msGridColumnSpan msGridRow msGridRowSpan WebkitAnimationIterationCount WebkitBoxFlex WebKitBoxFlexGroup WebkitBoxOrdinalGroup WebkitColumnCount WebkitColumns WebkitFlex WebkitFlexGrow WebkitFlexPositive WebkitFlexShrink WebkitLineClamp".split(" "));function Zc(e,t,n){var a=t.indexOf("--")===0;n==null||typeof n=="boolean"||n===""?a?e.setProperty(t,""):t==="float"?e.cssFloat="":e[t]="":a?e.setProperty(t,n):typeof n!="number"||n===0||pg.has(t)?t==="float"?e.cssFloat=n:e[t]=(""+n).trim():e[t]=n+"px"}function Jc(e,t,n){if(t!=null&&typeof t!="object")throw Error(c(62));if(e=e.style,n!=null){for(var a in n)!n.hasOwnProperty(a)||t!=null&&t.hasOwnProperty(a)||(a.indexOf("--")===0?e.setProperty(a,""):a==="float"?e.cssFloat="":e[a]="");for(var l in t)a=t[l],t.hasOwnProperty(l)&&n[l]!==a&&Zc(e,l,a)}else for(var i in t)t.hasOwnProperty(i)&&Zc(e,i,t[i])}function Iu(e){if(e.indexOf("-")===-1)return!1;switch(e){case"annotation-xml":case"color-profile":case"font-face":case"font-face-src":case"font-face-uri":case"font-face-format":case"font-face-name":case"missing-glyph":return!1;default:return!0}}var vg=new Map([["acceptCharset","accept-charset"],["htmlFor","for"],["httpEquiv","http-equiv"],["crossOrigin","crossorigin"],["accentHeight","accent-height"],["alignmentBaseline","alignment-baseline"],["arabicForm","arabic-form"],["baselineShift","baseline-shift"],["capHeight","cap-height"],["clipPath","clip-path"],["clipRule","clip-rule"],["colorInterpolation","color-interpolation"],["colorInterpolationFilters","color-interpolation-filters"],["colorProfile","color-profile"],["colorRendering","color-rendering"],["dominantBaseline","dominant-baseline"],["enableBackground","enable-background"],["fillOpacity","fill-opacity"],["fillRule","fill-rule"],["floodColor","flood-color"],["floodOpacity","flood-opacity"],["fontFamily","font-family"],["fontSize","font-size"],["fontSizeAdjust","font-size-adjust"],["fontStretch","font-stretch"],["fontStyle","font-style"],["fontVariant","font-variant"],["fontWeight","font-weight"],["glyphName","glyph-name"],["glyphOrientationHorizontal","glyph-orientation-horizontal"],["glyphOrientationVertical","glyph-orientation-vertical"],["horizAdvX","horiz-adv-x"],["horizOriginX","horiz-origin-x"],["imageRendering","image-rendering"],["letterSpacing","letter-spacing"],["lightingColor","lighting-color"],["markerEnd","marker-end"],["markerMid","marker-mid"],["markerStart","marker-start"],["overlinePosition","overline-position"],["overlineThickness","overline-thickness"],["paintOrder","paint-order"],["panose-1","panose-1"],["pointerEvents","pointer-events"],["renderingIntent","rendering-intent"],["shapeRendering","shape-rendering"],["stopColor","stop-color"],["stopOpacity","stop-opacity"],["strikethroughPosition","strikethrough-position"],["strikethroughThickness","strikethrough-thickness"],["strokeDasharray","stroke-dasharray"],["strokeDashoffset","stroke-dashoffset"],["strokeLinecap","stroke-linecap"],["strokeLinejoin","stroke-linejoin"],["strokeMiterlimit","stroke-miterlimit"],["strokeOpacity","stroke-opacity"],["strokeWidth","stroke-width"],["textAnchor","text-anchor"],["textDecoration","text-decoration"],["textRendering","text-rendering"],["transformOrigin","transform-origin"],["underlinePosition","underline-position"],["underlineThickness","underline-thickness"],["unicodeBidi","unicode-bidi"],["unicodeRange","unicode-range"],["unitsPerEm","units-per-em"],["vAlphabetic","v-alphabetic"],["vHanging","v-hanging"],["vIdeographic","v-ideographic"],["vMathematical","v-mathematical"],["vectorEffect","vector-effect"],["vertAdvY","vert-adv-y"],["vertOriginX","vert-origin-x"],["vertOriginY","vert-origin-y"],["wordSpacing","word-spacing"],["writingMode","writing-mode"],["xmlnsXlink","xmlns:xlink"],["xHeight","x-height"]]),bg=/^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i;function ji(e){return bg.test(""+e)?"javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')":e}function un(){}var Wu=null;function Pu(e){return e=e.target||e.srcElement||window,e.correspondingUseElement&&(e=e.correspondingUseElement),e.nodeType===3?e.parentNode:e}var Ma=null,Va=null;function Kc(e){var t=Oa(e);if(t&&(e=t.stateNode)){var n=e[vt]||null;e:switch(e=t.stateNode,t.type){case"input":if($u(e,n.value,n.defaultValue,n.defaultValue,n.checked,n.defaultChecked,n.type,n.name),t=n.name,n.type==="radio"&&t!=null){for(n=e;n.parentNode;)n=n.parentNode;for(n=n.querySelectorAll('input[name="'+Bt(""+t)+'"][type="radio"]'),t=0;t<n.length;t++){var a=n[t];if(a!==e&&a.form===e.form){var l=a[vt]||null;if(!l)throw Error(c(90));$u(a,l.value,l.defaultValue,l.defaultValue,l.checked,l.defaultChecked,l.type,l.name)}}for(t=0;t<n.length;t++)a=n[t],a.form===e.form&&Yc(a)}break e;case"textarea":Xc(e,n.value,n.defaultValue);break e;case"select":t=n.value,t!=null&&La(e,!!n.multiple,t,!1)}}}var es=!1;function $c(e,t,n){if(es)return e(t,n);es=!0;try{var a=e(t);return a}finally{if(es=!1,(Ma!==null||Va!==null)&&(gu(),Ma&&(t=Ma,e=Va,Va=Ma=null,Kc(t),e)))for(t=0;t<e.length;t++)Kc(e[t])}}function Tl(e,t){var n=e.stateNode;if(n===null)return null;var a=n[vt]||null;if(a===null)return null;n=a[t];e:switch(t){case"onClick":case"onClickCapture":case"onDoubleClick":case"onDoubleClickCapture":case"onMouseDown":case"onMouseDownCapture":case"onMouseMove":case"onMouseMoveCapture":case"onMouseUp":case"onMouseUpCapture":case"onMouseEnter":(a=!a.disabled)||(e=e.type,a=!(e==="button"||e==="input"||e==="select"||e==="textarea")),e=!a;break e;default:e=!1}if(e)return null;if(n&&typeof n!="function")throw Error(c(231,t,typeof n));return n}var sn=!(typeof window>"u"||typeof window.document>"u"||typeof window.document.createElement>"u"),ts=!1;if(sn)try{var Cl={};Object.defineProperty(Cl,"passive",{get:function(){ts=!0}}),window.addEventListener("test",Cl,Cl),window.removeEventListener("test",Cl,Cl)}catch{ts=!1}var Tn=null,ns=null,Ti=null;function Fc(){if(Ti)return Ti;var e,t=ns,n=t.length,a,l="value"in Tn?Tn.value:Tn.textContent,i=l.length;for(e=0;e<n&&t[e]===l[e];e++);var s=n-e;for(a=1;a<=s&&t[n-a]===l[i-a];a++);return Ti=l.slice(e,1<a?1-a:void 0)}function Ci(e){var t=e.keyCode;return"charCode"in e?(e=e.charCode,e===0&&t===13&&(e=13)):e=t,e===10&&(e=13),32<=e||e===13?e:0}function Ui(){return!0}function Ic(){return!1}function bt(e){function t(n,a,l,i,s){this._reactName=n,this._targetInst=l,this.type=a,this.nativeEvent=i,this.target=s,this.currentTarget=null;for(var r in e)e.hasOwnProperty(r)&&(n=e[r],this[r]=n?n(i):i[r]);return this.isDefaultPrevented=(i.defaultPrevented!=null?i.defaultPrevented:i.returnValue===!1)?Ui:Ic,this.isPropagationStopped=Ic,this}return V(t.prototype,{preventDefault:function(){this.defaultPrevented=!0;var n=this.nativeEvent;n&&(n.preventDefault?n.preventDefault():typeof n.returnValue!="unknown"&&(n.returnValue=!1),this.isDefaultPrevented=Ui)},stopPropagation:function(){var n=this.nativeEvent;n&&(n.stopPropagation?n.stopPropagation():typeof n.cancelBubble!="unknown"&&(n.cancelBubble=!0),this.isPropagationStopped=Ui)},persist:function(){},isPersistent:Ui}),t}var oa={eventPhase:0,bubbles:0,cancelable:0,timeStamp:function(e){return e.timeStamp||Date.now()},defaultPrevented:0,isTrusted:0},Ni=bt(oa),Ul=V({},oa,{view:0,detail:0}),Sg=bt(Ul),as,ls,Nl,Oi=V({},Ul,{screenX:0,screenY:0,clientX:0,clientY:0,pageX:0,pageY:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,getModifierState:us,button:0,buttons:0,relatedTarget:function(e){return e.relatedTarget===void 0?e.fromElement===e.srcElement?e.toElement:e.fromElement:e.relatedTarget},movementX:function(e){return"movementX"in e?e.movementX:(e!==Nl&&(Nl&&e.type==="mousemove"?(as=e.screenX-Nl.screenX,ls=e.screenY-Nl.screenY):ls=as=0,Nl=e),as)},movementY:function(e){return"movementY"in e?e.movementY:ls}}),Wc=bt(Oi),wg=V({},Oi,{dataTransfer:0}),Eg=bt(wg),xg=V({},Ul,{relatedTarget:0}),is=bt(xg),Ag=V({},oa,{animationName:0,elapsedTime:0,pseudoElement:0}),_g=bt(Ag),Rg=V({},oa,{clipboardData:function(e){return"clipboardData"in e?e.clipboardData:window.clipboardData}}),jg=bt(Rg),Tg=V({},oa,{data:0}),Pc=bt(Tg),Cg={Esc:"Escape",Spacebar:" ",Left:"ArrowLeft",Up:"ArrowUp",Right:"ArrowRight",Down:"ArrowDown",Del:"Delete",Win:"OS",Menu:"ContextMenu",Apps:"ContextMenu",Scroll:"ScrollLock",MozPrintableKey:"Unidentified"},Ug={8:"Backspace",9:"Tab",12:"Clear",13:"Enter",16:"Shift",17:"Control",18:"Alt",19:"Pause",20:"CapsLock",27:"Escape",32:" ",33:"PageUp",34:"PageDown",35:"End",36:"Home",37:"ArrowLeft",38:"ArrowUp",39:"ArrowRight",40:"ArrowDown",45:"Insert",46:"Delete",112:"F1",113:"F2",114:"F3",115:"F4",116:"F5",117:"F6",118:"F7",119:"F8",120:"F9",121:"F10",122:"F11",123:"F12",144:"NumLock",145:"ScrollLock",224:"Meta"},Ng={Alt:"altKey",Control:"ctrlKey",Meta:"metaKey",Shift:"shiftKey"};function Og(e){var t=this.nativeEvent;return t.getModifierState?t.getModifierState(e):(e=Ng[e])?!!t[e]:!1}function us(){return Og}var zg=V({},Ul,{key:function(e){if(e.key){var t=Cg[e.key]||e.key;if(t!=="Unidentified")return t}return e.type==="keypress"?(e=Ci(e),e===13?"Enter":String.fromCharCode(e)):e.type==="keydown"||e.type==="keyup"?Ug[e.keyCode]||"Unidentified":""},code:0,location:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,repeat:0,locale:0,getModifierState:us,charCode:function(e){return e.type==="keypress"?Ci(e):0},keyCode:function(e){return e.type==="keydown"||e.type==="keyup"?e.keyCode:0},which:function(e){return e.type==="keypress"?Ci(e):e.type==="keydown"||e.type==="keyup"?e.keyCode:0}}),Dg=bt(zg),Lg=V({},Oi,{pointerId:0,width:0,height:0,pressure:0,tangentialPressure:0,tiltX:0,tiltY:0,twist:0,pointerType:0,isPrimary:0}),er=bt(Lg),qg=V({},Ul,{touches:0,targetTouches:0,changedTouches:0,altKey:0,metaKey:0,ctrlKey:0,shiftKey:0,getModifierState:us}),Mg=bt(qg),Vg=V({},oa,{propertyName:0,elapsedTime:0,pseudoElement:0}),Bg=bt(Vg),Hg=V({},Oi,{deltaX:function(e){return"deltaX"in e?e.deltaX:"wheelDeltaX"in e?-e.wheelDeltaX:0},deltaY:function(e){return"deltaY"in e?e.deltaY:"wheelDeltaY"in e?-e.wheelDeltaY:"wheelDelta"in e?-e.wheelDelta:0},deltaZ:0,deltaMode:0}),kg=bt(Hg),Yg=V({},oa,{newState:0,oldState:0}),Gg=bt(Yg),Xg=[9,13,27,32],ss=sn&&"CompositionEvent"in window,Ol=null;sn&&"documentMode"in document&&(Ol=document.documentMode);var Qg=sn&&"TextEvent"in window&&!Ol,tr=sn&&(!ss||Ol&&8<Ol&&11>=Ol),nr=" ",ar=!1;function lr(e,t){switch(e){case"keyup":return Xg.indexOf(t.keyCode)!==-1;case"keydown":return t.keyCode!==229;case"keypress":case"mousedown":case"focusout":return!0;default:return!1}}function ir(e){return e=e.detail,typeof e=="object"&&"data"in e?e.data:null}var Ba=!1;function Zg(e,t){switch(e){case"compositionend":return ir(t);case"keypress":return t.which!==32?null:(ar=!0,nr);case"textInput":return e=t.data,e===nr&&ar?null:e;default:return null}}function Jg(e,t){if(Ba)return e==="compositionend"||!ss&&lr(e,t)?(e=Fc(),Ti=ns=Tn=null,Ba=!1,e):null;switch(e){case"paste":return null;case"keypress":if(!(t.ctrlKey||t.altKey||t.metaKey)||t.ctrlKey&&t.altKey){if(t.char&&1<t.char.length)return t.char;if(t.which)return String.fromCharCode(t.which)}return null;case"compositionend":return tr&&t.locale!=="ko"?null:t.data;default:return null}}var Kg={color:!0,date:!0,datetime:!0,"datetime-local":!0,email:!0,month:!0,number:!0,password:!0,range:!0,search:!0,tel:!0,text:!0,time:!0,url:!0,week:!0};function ur(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t==="input"?!!Kg[e.type]:t==="textarea"}function sr(e,t,n,a){Ma?Va?Va.push(a):Va=[a]:Ma=a,t=wu(t,"onChange"),0<t.length&&(n=new Ni("onChange","change",null,n,a),e.push({event:n,listeners:t}))}var zl=null,Dl=null;function $g(e){Xf(e,0)}function zi(e){var t=jl(e);if(Yc(t))return e}function or(e,t){if(e==="change")return t}var cr=!1;if(sn){var os;if(sn){var cs="oninput"in document;if(!cs){var rr=document.createElement("div");rr.setAttribute("oninput","return;"),cs=typeof rr.oninput=="function"}os=cs}else os=!1;cr=os&&(!document.documentMode||9<document.documentMode)}function dr(){zl&&(zl.detachEvent("onpropertychange",fr),Dl=zl=null)}function fr(e){if(e.propertyName==="value"&&zi(Dl)){var t=[];sr(t,Dl,e,Pu(e)),$c($g,t)}}function Fg(e,t,n){e==="focusin"?(dr(),zl=t,Dl=n,zl.attachEvent("onpropertychange",fr)):e==="focusout"&&dr()}function Ig(e){if(e==="selectionchange"||e==="keyup"||e==="keydown")return zi(Dl)}function Wg(e,t){if(e==="click")return zi(t)}function Pg(e,t){if(e==="input"||e==="change")return zi(t)}function eh(e,t){return e===t&&(e!==0||1/e===1/t)||e!==e&&t!==t}var Ct=typeof Object.is=="function"?Object.is:eh;function Ll(e,t){if(Ct(e,t))return!0;if(typeof e!="object"||e===null||typeof t!="object"||t===null)return!1;var n=Object.keys(e),a=Object.keys(t);if(n.length!==a.length)return!1;for(a=0;a<n.length;a++){var l=n[a];if(!Ca.call(t,l)||!Ct(e[l],t[l]))return!1}return!0}function mr(e){for(;e&&e.firstChild;)e=e.firstChild;return e}function gr(e,t){var n=mr(e);e=0;for(var a;n;){if(n.nodeType===3){if(a=e+n.textContent.length,e<=t&&a>=t)return{node:n,offset:t-e};e=a}e:{for(;n;){if(n.nextSibling){n=n.nextSibling;break e}n=n.parentNode}n=void 0}n=mr(n)}}function hr(e,t){return e&&t?e===t?!0:e&&e.nodeType===3?!1:t&&t.nodeType===3?hr(e,t.parentNode):"contains"in e?e.contains(t):e.compareDocumentPosition?!!(e.compareDocumentPosition(t)&16):!1:!1}function yr(e){e=e!=null&&e.ownerDocument!=null&&e.ownerDocument.defaultView!=null?e.ownerDocument.defaultView:window;for(var t=Ri(e.document);t instanceof e.HTMLIFrameElement;){try{var n=typeof t.contentWindow.location.href=="string"}catch{n=!1}if(n)e=t.contentWindow;else break;t=Ri(e.document)}return t}function rs(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t&&(t==="input"&&(e.type==="text"||e.type==="search"||e.type==="tel"||e.type==="url"||e.type==="password")||t==="textarea"||e.contentEditable==="true")}var th=sn&&"documentMode"in document&&11>=document.documentMode,Ha=null,ds=null,ql=null,fs=!1;function pr(e,t,n){var a=n.window===n?n.document:n.nodeType===9?n:n.ownerDocument;fs||Ha==null||Ha!==Ri(a)||(a=Ha,"selectionStart"in a&&rs(a)?a={start:a.selectionStart,end:a.selectionEnd}:(a=(a.ownerDocument&&a.ownerDocument.defaultView||window).getSelection(),a={anchorNode:a.anchorNode,anchorOffset:a.anchorOffset,focusNode:a.focusNode,focusOffset:a.focusOffset}),ql&&Ll(ql,a)||(ql=a,a=wu(ds,"onSelect"),0<a.length&&(t=new Ni("onSelect","select",null,t,n),e.push({event:t,listeners:a}),t.target=Ha)))}function ca(e,t){var n={};return n[e.toLowerCase()]=t.toLowerCase(),n["Webkit"+e]="webkit"+t,n["Moz"+e]="moz"+t,n}var ka={animationend:ca("Animation","AnimationEnd"),animationiteration:ca("Animation","AnimationIteration"),animationstart:ca("Animation","AnimationStart"),transitionrun:ca("Transition","TransitionRun"),transitionstart:ca("Transition","TransitionStart"),transitioncancel:ca("Transition","TransitionCancel"),transitionend:ca("Transition","TransitionEnd")},ms={},vr={};sn&&(vr=document.createElement("div").style,"AnimationEvent"in window||(delete ka.animationend.animation,delete ka.animationiteration.animation,delete ka.animationstart.animation),"TransitionEvent"in window||delete ka.transitionend.transition);function ra(e){if(ms[e])return ms[e];if(!ka[e])return e;var t=ka[e],n;for(n in t)if(t.hasOwnProperty(n)&&n in vr)return ms[e]=t[n];return e}var br=ra("animationend"),Sr=ra("animationiteration"),wr=ra("animationstart"),nh=ra("transitionrun"),ah=ra("transitionstart"),lh=ra("transitioncancel"),Er=ra("transitionend"),xr=new Map,gs="abort auxClick beforeToggle cancel canPlay canPlayThrough click close contextMenu copy cut drag dragEnd dragEnter dragExit dragLeave dragOver dragStart drop durationChange emptied encrypted ended error gotPointerCapture input invalid keyDown keyPress keyUp load loadedData loadedMetadata loadStart lostPointerCapture mouseDown mouseMove mouseOut mouseOver mouseUp paste pause play playing pointerCancel pointerDown pointerMove pointerOut pointerOver pointerUp progress rateChange reset resize seeked seeking stalled submit suspend timeUpdate touchCancel touchEnd touchStart volumeChange scroll toggle touchMove waiting wheel".split(" ");gs.push("scrollEnd");function $t(e,t){xr.set(e,t),sa(t,[e])}var Di=typeof reportError=="function"?reportError:function(e){if(typeof window=="object"&&typeof window.ErrorEvent=="function"){var t=new window.ErrorEvent("error",{bubbles:!0,cancelable:!0,message:typeof e=="object"&&e!==null&&typeof e.message=="string"?String(e.message):String(e),error:e});if(!window.dispatchEvent(t))return}else if(typeof process=="object"&&typeof process.emit=="function"){process.emit("uncaughtException",e);return}console.error(e)},Ht=[],Ya=0,hs=0;function Li(){for(var e=Ya,t=hs=Ya=0;t<e;){var n=Ht[t];Ht[t++]=null;var a=Ht[t];Ht[t++]=null;var l=Ht[t];Ht[t++]=null;var i=Ht[t];if(Ht[t++]=null,a!==null&&l!==null){var s=a.pending;s===null?l.next=l:(l.next=s.next,s.next=l),a.pending=l}i!==0&&Ar(n,l,i)}}function qi(e,t,n,a){Ht[Ya++]=e,Ht[Ya++]=t,Ht[Ya++]=n,Ht[Ya++]=a,hs|=a,e.lanes|=a,e=e.alternate,e!==null&&(e.lanes|=a)}function ys(e,t,n,a){return qi(e,t,n,a),Mi(e)}function da(e,t){return qi(e,null,null,t),Mi(e)}function Ar(e,t,n){e.lanes|=n;var a=e.alternate;a!==null&&(a.lanes|=n);for(var l=!1,i=e.return;i!==null;)i.childLanes|=n,a=i.alternate,a!==null&&(a.childLanes|=n),i.tag===22&&(e=i.stateNode,e===null||e._visibility&1||(l=!0)),e=i,i=i.return;return e.tag===3?(i=e.stateNode,l&&t!==null&&(l=31-Be(n),e=i.hiddenUpdates,a=e[l],a===null?e[l]=[t]:a.push(t),t.lane=n|536870912),i):null}function Mi(e){if(50<li)throw li=0,Ro=null,Error(c(185));for(var t=e.return;t!==null;)e=t,t=e.return;return e.tag===3?e.stateNode:null}var Ga={};function ih(e,t,n,a){this.tag=e,this.key=n,this.sibling=this.child=this.return=this.stateNode=this.type=this.elementType=null,this.index=0,this.refCleanup=this.ref=null,this.pendingProps=t,this.dependencies=this.memoizedState=this.updateQueue=this.memoizedProps=null,this.mode=a,this.subtreeFlags=this.flags=0,this.deletions=null,this.childLanes=this.lanes=0,this.alternate=null}function Ut(e,t,n,a){return new ih(e,t,n,a)}function ps(e){return e=e.prototype,!(!e||!e.isReactComponent)}function on(e,t){var n=e.alternate;return n===null?(n=Ut(e.tag,t,e.key,e.mode),n.elementType=e.elementType,n.type=e.type,n.stateNode=e.stateNode,n.alternate=e,e.alternate=n):(n.pendingProps=t,n.type=e.type,n.flags=0,n.subtreeFlags=0,n.deletions=null),n.flags=e.flags&65011712,n.childLanes=e.childLanes,n.lanes=e.lanes,n.child=e.child,n.memoizedProps=e.memoizedProps,n.memoizedState=e.memoizedState,n.updateQueue=e.updateQueue,t=e.dependencies,n.dependencies=t===null?null:{lanes:t.lanes,firstContext:t.firstContext},n.sibling=e.sibling,n.index=e.index,n.ref=e.ref,n.refCleanup=e.refCleanup,n}function _r(e,t){e.flags&=65011714;var n=e.alternate;return n===null?(e.childLanes=0,e.lanes=t,e.child=null,e.subtreeFlags=0,e.memoizedProps=null,e.memoizedState=null,e.updateQueue=null,e.dependencies=null,e.stateNode=null):(e.childLanes=n.childLanes,e.lanes=n.lanes,e.child=n.child,e.subtreeFlags=0,e.deletions=null,e.memoizedProps=n.memoizedProps,e.memoizedState=n.memoizedState,e.updateQueue=n.updateQueue,e.type=n.type,t=n.dependencies,e.dependencies=t===null?null:{lanes:t.lanes,firstContext:t.firstContext}),e}function Vi(e,t,n,a,l,i){var s=0;if(a=e,typeof e=="function")ps(e)&&(s=1);else if(typeof e=="string")s=ry(e,n,Y.current)?26:e==="html"||e==="head"||e==="body"?27:5;else e:switch(e){case gt:return e=Ut(31,n,t,l),e.elementType=gt,e.lanes=i,e;case E:return fa(n.children,l,i,t);case M:s=8,l|=24;break;case ve:return e=Ut(12,n,t,l|2),e.elementType=ve,e.lanes=i,e;case De:return e=Ut(13,n,t,l),e.elementType=De,e.lanes=i,e;case je:return e=Ut(19,n,t,l),e.elementType=je,e.lanes=i,e;default:if(typeof e=="object"&&e!==null)switch(e.$$typeof){case Q:s=10;break e;case yt:s=9;break e;case Z:s=11;break e;case ue:s=14;break e;case Pe:s=16,a=null;break e}s=29,n=Error(c(130,e===null?"null":typeof e,"")),a=null}return t=Ut(s,n,t,l),t.elementType=e,t.type=a,t.lanes=i,t}function fa(e,t,n,a){return e=Ut(7,e,a,t),e.lanes=n,e}function vs(e,t,n){return e=Ut(6,e,null,t),e.lanes=n,e}function Rr(e){var t=Ut(18,null,null,0);return t.stateNode=e,t}function bs(e,t,n){return t=Ut(4,e.children!==null?e.children:[],e.key,t),t.lanes=n,t.stateNode={containerInfo:e.containerInfo,pendingChildren:null,implementation:e.implementation},t}var jr=new WeakMap;function kt(e,t){if(typeof e=="object"&&e!==null){var n=jr.get(e);return n!==void 0?n:(t={value:e,source:t,stack:na(t)},jr.set(e,t),t)}return{value:e,source:t,stack:na(t)}}var Xa=[],Qa=0,Bi=null,Ml=0,Yt=[],Gt=0,Cn=null,Pt=1,en="";function cn(e,t){Xa[Qa++]=Ml,Xa[Qa++]=Bi,Bi=e,Ml=t}function Tr(e,t,n){Yt[Gt++]=Pt,Yt[Gt++]=en,Yt[Gt++]=Cn,Cn=e;var a=Pt;e=en;var l=32-Be(a)-1;a&=~(1<<l),n+=1;var i=32-Be(t)+l;if(30<i){var s=l-l%5;i=(a&(1<<s)-1).toString(32),a>>=s,l-=s,Pt=1<<32-Be(t)+l|n<<l|a,en=i+e}else Pt=1<<i|n<<l|a,en=e}function Ss(e){e.return!==null&&(cn(e,1),Tr(e,1,0))}function ws(e){for(;e===Bi;)Bi=Xa[--Qa],Xa[Qa]=null,Ml=Xa[--Qa],Xa[Qa]=null;for(;e===Cn;)Cn=Yt[--Gt],Yt[Gt]=null,en=Yt[--Gt],Yt[Gt]=null,Pt=Yt[--Gt],Yt[Gt]=null}function Cr(e,t){Yt[Gt++]=Pt,Yt[Gt++]=en,Yt[Gt++]=Cn,Pt=t.id,en=t.overflow,Cn=e}var it=null,qe=null,ge=!1,Un=null,Xt=!1,Es=Error(c(519));function Nn(e){var t=Error(c(418,1<arguments.length&&arguments[1]!==void 0&&arguments[1]?"text":"HTML",""));throw Vl(kt(t,e)),Es}function Ur(e){var t=e.stateNode,n=e.type,a=e.memoizedProps;switch(t[lt]=e,t[vt]=a,n){case"dialog":de("cancel",t),de("close",t);break;case"iframe":case"object":case"embed":de("load",t);break;case"video":case"audio":for(n=0;n<ui.length;n++)de(ui[n],t);break;case"source":de("error",t);break;case"img":case"image":case"link":de("error",t),de("load",t);break;case"details":de("toggle",t);break;case"input":de("invalid",t),Gc(t,a.value,a.defaultValue,a.checked,a.defaultChecked,a.type,a.name,!0);break;case"select":de("invalid",t);break;case"textarea":de("invalid",t),Qc(t,a.value,a.defaultValue,a.children)}n=a.children,typeof n!="string"&&typeof n!="number"&&typeof n!="bigint"||t.textContent===""+n||a.suppressHydrationWarning===!0||Kf(t.textContent,n)?(a.popover!=null&&(de("beforetoggle",t),de("toggle",t)),a.onScroll!=null&&de("scroll",t),a.onScrollEnd!=null&&de("scrollend",t),a.onClick!=null&&(t.onclick=un),t=!0):t=!1,t||Nn(e,!0)}function Nr(e){for(it=e.return;it;)switch(it.tag){case 5:case 31:case 13:Xt=!1;return;case 27:case 3:Xt=!0;return;default:it=it.return}}function Za(e){if(e!==it)return!1;if(!ge)return Nr(e),ge=!0,!1;var t=e.tag,n;if((n=t!==3&&t!==27)&&((n=t===5)&&(n=e.type,n=!(n!=="form"&&n!=="button")||ko(e.type,e.memoizedProps)),n=!n),n&&qe&&Nn(e),Nr(e),t===13){if(e=e.memoizedState,e=e!==null?e.dehydrated:null,!e)throw Error(c(317));qe=am(e)}else if(t===31){if(e=e.memoizedState,e=e!==null?e.dehydrated:null,!e)throw Error(c(317));qe=am(e)}else t===27?(t=qe,Qn(e.type)?(e=Zo,Zo=null,qe=e):qe=t):qe=it?Zt(e.stateNode.nextSibling):null;return!0}function ma(){qe=it=null,ge=!1}function xs(){var e=Un;return e!==null&&(xt===null?xt=e:xt.push.apply(xt,e),Un=null),e}function Vl(e){Un===null?Un=[e]:Un.push(e)}var As=p(null),ga=null,rn=null;function On(e,t,n){k(As,t._currentValue),t._currentValue=n}function dn(e){e._currentValue=As.current,z(As)}function _s(e,t,n){for(;e!==null;){var a=e.alternate;if((e.childLanes&t)!==t?(e.childLanes|=t,a!==null&&(a.childLanes|=t)):a!==null&&(a.childLanes&t)!==t&&(a.childLanes|=t),e===n)break;e=e.return}}function Rs(e,t,n,a){var l=e.child;for(l!==null&&(l.return=e);l!==null;){var i=l.dependencies;if(i!==null){var s=l.child;i=i.firstContext;e:for(;i!==null;){var r=i;i=l;for(var m=0;m<t.length;m++)if(r.context===t[m]){i.lanes|=n,r=i.alternate,r!==null&&(r.lanes|=n),_s(i.return,n,e),a||(s=null);break e}i=r.next}}else if(l.tag===18){if(s=l.return,s===null)throw Error(c(341));s.lanes|=n,i=s.alternate,i!==null&&(i.lanes|=n),_s(s,n,e),s=null}else s=l.child;if(s!==null)s.return=l;else for(s=l;s!==null;){if(s===e){s=null;break}if(l=s.sibling,l!==null){l.return=s.return,s=l;break}s=s.return}l=s}}function Ja(e,t,n,a){e=null;for(var l=t,i=!1;l!==null;){if(!i){if((l.flags&524288)!==0)i=!0;else if((l.flags&262144)!==0)break}if(l.tag===10){var s=l.alternate;if(s===null)throw Error(c(387));if(s=s.memoizedProps,s!==null){var r=l.type;Ct(l.pendingProps.value,s.value)||(e!==null?e.push(r):e=[r])}}else if(l===he.current){if(s=l.alternate,s===null)throw Error(c(387));s.memoizedState.memoizedState!==l.memoizedState.memoizedState&&(e!==null?e.push(di):e=[di])}l=l.return}e!==null&&Rs(t,e,n,a),t.flags|=262144}function Hi(e){for(e=e.firstContext;e!==null;){if(!Ct(e.context._currentValue,e.memoizedValue))return!0;e=e.next}return!1}function ha(e){ga=e,rn=null,e=e.dependencies,e!==null&&(e.firstContext=null)}function ut(e){return Or(ga,e)}function ki(e,t){return ga===null&&ha(e),Or(e,t)}function Or(e,t){var n=t._currentValue;if(t={context:t,memoizedValue:n,next:null},rn===null){if(e===null)throw Error(c(308));rn=t,e.dependencies={lanes:0,firstContext:t},e.flags|=524288}else rn=rn.next=t;return n}var uh=typeof AbortController<"u"?AbortController:function(){var e=[],t=this.signal={aborted:!1,addEventListener:function(n,a){e.push(a)}};this.abort=function(){t.aborted=!0,e.forEach(function(n){return n()})}},sh=o.unstable_scheduleCallback,oh=o.unstable_NormalPriority,Je={$$typeof:Q,Consumer:null,Provider:null,_currentValue:null,_currentValue2:null,_threadCount:0};function js(){return{controller:new uh,data:new Map,refCount:0}}function Bl(e){e.refCount--,e.refCount===0&&sh(oh,function(){e.controller.abort()})}var Hl=null,Ts=0,Ka=0,$a=null;function ch(e,t){if(Hl===null){var n=Hl=[];Ts=0,Ka=Oo(),$a={status:"pending",value:void 0,then:function(a){n.push(a)}}}return Ts++,t.then(zr,zr),t}function zr(){if(--Ts===0&&Hl!==null){$a!==null&&($a.status="fulfilled");var e=Hl;Hl=null,Ka=0,$a=null;for(var t=0;t<e.length;t++)(0,e[t])()}}function rh(e,t){var n=[],a={status:"pending",value:null,reason:null,then:function(l){n.push(l)}};return e.then(function(){a.status="fulfilled",a.value=t;for(var l=0;l<n.length;l++)(0,n[l])(t)},function(l){for(a.status="rejected",a.reason=l,l=0;l<n.length;l++)(0,n[l])(void 0)}),a}var Dr=U.S;U.S=function(e,t){vf=Ie(),typeof t=="object"&&t!==null&&typeof t.then=="function"&&ch(e,t),Dr!==null&&Dr(e,t)};var ya=p(null);function Cs(){var e=ya.current;return e!==null?e:ze.pooledCache}function Yi(e,t){t===null?k(ya,ya.current):k(ya,t.pool)}function Lr(){var e=Cs();return e===null?null:{parent:Je._currentValue,pool:e}}var Fa=Error(c(460)),Us=Error(c(474)),Gi=Error(c(542)),Xi={then:function(){}};function qr(e){return e=e.status,e==="fulfilled"||e==="rejected"}function Mr(e,t,n){switch(n=e[n],n===void 0?e.push(t):n!==t&&(t.then(un,un),t=n),t.status){case"fulfilled":return t.value;case"rejected":throw e=t.reason,Br(e),e;default:if(typeof t.status=="string")t.then(un,un);else{if(e=ze,e!==null&&100<e.shellSuspendCounter)throw Error(c(482));e=t,e.status="pending",e.then(function(a){if(t.status==="pending"){var l=t;l.status="fulfilled",l.value=a}},function(a){if(t.status==="pending"){var l=t;l.status="rejected",l.reason=a}})}switch(t.status){case"fulfilled":return t.value;case"rejected":throw e=t.reason,Br(e),e}throw va=t,Fa}}function pa(e){try{var t=e._init;return t(e._payload)}catch(n){throw n!==null&&typeof n=="object"&&typeof n.then=="function"?(va=n,Fa):n}}var va=null;function Vr(){if(va===null)throw Error(c(459));var e=va;return va=null,e}function Br(e){if(e===Fa||e===Gi)throw Error(c(483))}var Ia=null,kl=0;function Qi(e){var t=kl;return kl+=1,Ia===null&&(Ia=[]),Mr(Ia,e,t)}function Yl(e,t){t=t.props.ref,e.ref=t!==void 0?t:null}function Zi(e,t){throw t.$$typeof===v?Error(c(525)):(e=Object.prototype.toString.call(t),Error(c(31,e==="[object Object]"?"object with keys {"+Object.keys(t).join(", ")+"}":e)))}function Hr(e){function t(b,y){if(e){var x=b.deletions;x===null?(b.deletions=[y],b.flags|=16):x.push(y)}}function n(b,y){if(!e)return null;for(;y!==null;)t(b,y),y=y.sibling;return null}function a(b){for(var y=new Map;b!==null;)b.key!==null?y.set(b.key,b):y.set(b.index,b),b=b.sibling;return y}function l(b,y){return b=on(b,y),b.index=0,b.sibling=null,b}function i(b,y,x){return b.index=x,e?(x=b.alternate,x!==null?(x=x.index,x<y?(b.flags|=67108866,y):x):(b.flags|=67108866,y)):(b.flags|=1048576,y)}function s(b){return e&&b.alternate===null&&(b.flags|=67108866),b}function r(b,y,x,O){return y===null||y.tag!==6?(y=vs(x,b.mode,O),y.return=b,y):(y=l(y,x),y.return=b,y)}function m(b,y,x,O){var J=x.type;return J===E?N(b,y,x.props.children,O,x.key):y!==null&&(y.elementType===J||typeof J=="object"&&J!==null&&J.$$typeof===Pe&&pa(J)===y.type)?(y=l(y,x.props),Yl(y,x),y.return=b,y):(y=Vi(x.type,x.key,x.props,null,b.mode,O),Yl(y,x),y.return=b,y)}function A(b,y,x,O){return y===null||y.tag!==4||y.stateNode.containerInfo!==x.containerInfo||y.stateNode.implementation!==x.implementation?(y=bs(x,b.mode,O),y.return=b,y):(y=l(y,x.children||[]),y.return=b,y)}function N(b,y,x,O,J){return y===null||y.tag!==7?(y=fa(x,b.mode,O,J),y.return=b,y):(y=l(y,x),y.return=b,y)}function D(b,y,x){if(typeof y=="string"&&y!==""||typeof y=="number"||typeof y=="bigint")return y=vs(""+y,b.mode,x),y.return=b,y;if(typeof y=="object"&&y!==null){switch(y.$$typeof){case _:return x=Vi(y.type,y.key,y.props,null,b.mode,x),Yl(x,y),x.return=b,x;case S:return y=bs(y,b.mode,x),y.return=b,y;case Pe:return y=pa(y),D(b,y,x)}if(Tt(y)||at(y))return y=fa(y,b.mode,x,null),y.return=b,y;if(typeof y.then=="function")return D(b,Qi(y),x);if(y.$$typeof===Q)return D(b,ki(b,y),x);Zi(b,y)}return null}function R(b,y,x,O){var J=y!==null?y.key:null;if(typeof x=="string"&&x!==""||typeof x=="number"||typeof x=="bigint")return J!==null?null:r(b,y,""+x,O);if(typeof x=="object"&&x!==null){switch(x.$$typeof){case _:return x.key===J?m(b,y,x,O):null;case S:return x.key===J?A(b,y,x,O):null;case Pe:return x=pa(x),R(b,y,x,O)}if(Tt(x)||at(x))return J!==null?null:N(b,y,x,O,null);if(typeof x.then=="function")return R(b,y,Qi(x),O);if(x.$$typeof===Q)return R(b,y,ki(b,x),O);Zi(b,x)}return null}function T(b,y,x,O,J){if(typeof O=="string"&&O!==""||typeof O=="number"||typeof O=="bigint")return b=b.get(x)||null,r(y,b,""+O,J);if(typeof O=="object"&&O!==null){switch(O.$$typeof){case _:return b=b.get(O.key===null?x:O.key)||null,m(y,b,O,J);case S:return b=b.get(O.key===null?x:O.key)||null,A(y,b,O,J);case Pe:return O=pa(O),T(b,y,x,O,J)}if(Tt(O)||at(O))return b=b.get(x)||null,N(y,b,O,J,null);if(typeof O.then=="function")return T(b,y,x,Qi(O),J);if(O.$$typeof===Q)return T(b,y,x,ki(y,O),J);Zi(y,O)}return null}function G(b,y,x,O){for(var J=null,Se=null,X=y,se=y=0,me=null;X!==null&&se<x.length;se++){X.index>se?(me=X,X=null):me=X.sibling;var we=R(b,X,x[se],O);if(we===null){X===null&&(X=me);break}e&&X&&we.alternate===null&&t(b,X),y=i(we,y,se),Se===null?J=we:Se.sibling=we,Se=we,X=me}if(se===x.length)return n(b,X),ge&&cn(b,se),J;if(X===null){for(;se<x.length;se++)X=D(b,x[se],O),X!==null&&(y=i(X,y,se),Se===null?J=X:Se.sibling=X,Se=X);return ge&&cn(b,se),J}for(X=a(X);se<x.length;se++)me=T(X,b,se,x[se],O),me!==null&&(e&&me.alternate!==null&&X.delete(me.key===null?se:me.key),y=i(me,y,se),Se===null?J=me:Se.sibling=me,Se=me);return e&&X.forEach(function(Fn){return t(b,Fn)}),ge&&cn(b,se),J}function $(b,y,x,O){if(x==null)throw Error(c(151));for(var J=null,Se=null,X=y,se=y=0,me=null,we=x.next();X!==null&&!we.done;se++,we=x.next()){X.index>se?(me=X,X=null):me=X.sibling;var Fn=R(b,X,we.value,O);if(Fn===null){X===null&&(X=me);break}e&&X&&Fn.alternate===null&&t(b,X),y=i(Fn,y,se),Se===null?J=Fn:Se.sibling=Fn,Se=Fn,X=me}if(we.done)return n(b,X),ge&&cn(b,se),J;if(X===null){for(;!we.done;se++,we=x.next())we=D(b,we.value,O),we!==null&&(y=i(we,y,se),Se===null?J=we:Se.sibling=we,Se=we);return ge&&cn(b,se),J}for(X=a(X);!we.done;se++,we=x.next())we=T(X,b,se,we.value,O),we!==null&&(e&&we.alternate!==null&&X.delete(we.key===null?se:we.key),y=i(we,y,se),Se===null?J=we:Se.sibling=we,Se=we);return e&&X.forEach(function(wy){return t(b,wy)}),ge&&cn(b,se),J}function Ue(b,y,x,O){if(typeof x=="object"&&x!==null&&x.type===E&&x.key===null&&(x=x.props.children),typeof x=="object"&&x!==null){switch(x.$$typeof){case _:e:{for(var J=x.key;y!==null;){if(y.key===J){if(J=x.type,J===E){if(y.tag===7){n(b,y.sibling),O=l(y,x.props.children),O.return=b,b=O;break e}}else if(y.elementType===J||typeof J=="object"&&J!==null&&J.$$typeof===Pe&&pa(J)===y.type){n(b,y.sibling),O=l(y,x.props),Yl(O,x),O.return=b,b=O;break e}n(b,y);break}else t(b,y);y=y.sibling}x.type===E?(O=fa(x.props.children,b.mode,O,x.key),O.return=b,b=O):(O=Vi(x.type,x.key,x.props,null,b.mode,O),Yl(O,x),O.return=b,b=O)}return s(b);case S:e:{for(J=x.key;y!==null;){if(y.key===J)if(y.tag===4&&y.stateNode.containerInfo===x.containerInfo&&y.stateNode.implementation===x.implementation){n(b,y.sibling),O=l(y,x.children||[]),O.return=b,b=O;break e}else{n(b,y);break}else t(b,y);y=y.sibling}O=bs(x,b.mode,O),O.return=b,b=O}return s(b);case Pe:return x=pa(x),Ue(b,y,x,O)}if(Tt(x))return G(b,y,x,O);if(at(x)){if(J=at(x),typeof J!="function")throw Error(c(150));return x=J.call(x),$(b,y,x,O)}if(typeof x.then=="function")return Ue(b,y,Qi(x),O);if(x.$$typeof===Q)return Ue(b,y,ki(b,x),O);Zi(b,x)}return typeof x=="string"&&x!==""||typeof x=="number"||typeof x=="bigint"?(x=""+x,y!==null&&y.tag===6?(n(b,y.sibling),O=l(y,x),O.return=b,b=O):(n(b,y),O=vs(x,b.mode,O),O.return=b,b=O),s(b)):n(b,y)}return function(b,y,x,O){try{kl=0;var J=Ue(b,y,x,O);return Ia=null,J}catch(X){if(X===Fa||X===Gi)throw X;var Se=Ut(29,X,null,b.mode);return Se.lanes=O,Se.return=b,Se}}}var ba=Hr(!0),kr=Hr(!1),zn=!1;function Ns(e){e.updateQueue={baseState:e.memoizedState,firstBaseUpdate:null,lastBaseUpdate:null,shared:{pending:null,lanes:0,hiddenCallbacks:null},callbacks:null}}function Os(e,t){e=e.updateQueue,t.updateQueue===e&&(t.updateQueue={baseState:e.baseState,firstBaseUpdate:e.firstBaseUpdate,lastBaseUpdate:e.lastBaseUpdate,shared:e.shared,callbacks:null})}function Dn(e){return{lane:e,tag:0,payload:null,callback:null,next:null}}function Ln(e,t,n){var a=e.updateQueue;if(a===null)return null;if(a=a.shared,(xe&2)!==0){var l=a.pending;return l===null?t.next=t:(t.next=l.next,l.next=t),a.pending=t,t=Mi(e),Ar(e,null,n),t}return qi(e,a,t,n),Mi(e)}function Gl(e,t,n){if(t=t.updateQueue,t!==null&&(t=t.shared,(n&4194048)!==0)){var a=t.lanes;a&=e.pendingLanes,n|=a,t.lanes=n,Oc(e,n)}}function zs(e,t){var n=e.updateQueue,a=e.alternate;if(a!==null&&(a=a.updateQueue,n===a)){var l=null,i=null;if(n=n.firstBaseUpdate,n!==null){do{var s={lane:n.lane,tag:n.tag,payload:n.payload,callback:null,next:null};i===null?l=i=s:i=i.next=s,n=n.next}while(n!==null);i===null?l=i=t:i=i.next=t}else l=i=t;n={baseState:a.baseState,firstBaseUpdate:l,lastBaseUpdate:i,shared:a.shared,callbacks:a.callbacks},e.updateQueue=n;return}e=n.lastBaseUpdate,e===null?n.firstBaseUpdate=t:e.next=t,n.lastBaseUpdate=t}var Ds=!1;function Xl(){if(Ds){var e=$a;if(e!==null)throw e}}function Ql(e,t,n,a){Ds=!1;var l=e.updateQueue;zn=!1;var i=l.firstBaseUpdate,s=l.lastBaseUpdate,r=l.shared.pending;if(r!==null){l.shared.pending=null;var m=r,A=m.next;m.next=null,s===null?i=A:s.next=A,s=m;var N=e.alternate;N!==null&&(N=N.updateQueue,r=N.lastBaseUpdate,r!==s&&(r===null?N.firstBaseUpdate=A:r.next=A,N.lastBaseUpdate=m))}if(i!==null){var D=l.baseState;s=0,N=A=m=null,r=i;do{var R=r.lane&-536870913,T=R!==r.lane;if(T?(fe&R)===R:(a&R)===R){R!==0&&R===Ka&&(Ds=!0),N!==null&&(N=N.next={lane:0,tag:r.tag,payload:r.payload,callback:null,next:null});e:{var G=e,$=r;R=t;var Ue=n;switch($.tag){case 1:if(G=$.payload,typeof G=="function"){D=G.call(Ue,D,R);break e}D=G;break e;case 3:G.flags=G.flags&-65537|128;case 0:if(G=$.payload,R=typeof G=="function"?G.call(Ue,D,R):G,R==null)break e;D=V({},D,R);break e;case 2:zn=!0}}R=r.callback,R!==null&&(e.flags|=64,T&&(e.flags|=8192),T=l.callbacks,T===null?l.callbacks=[R]:T.push(R))}else T={lane:R,tag:r.tag,payload:r.payload,callback:r.callback,next:null},N===null?(A=N=T,m=D):N=N.next=T,s|=R;if(r=r.next,r===null){if(r=l.shared.pending,r===null)break;T=r,r=T.next,T.next=null,l.lastBaseUpdate=T,l.shared.pending=null}}while(!0);N===null&&(m=D),l.baseState=m,l.firstBaseUpdate=A,l.lastBaseUpdate=N,i===null&&(l.shared.lanes=0),Hn|=s,e.lanes=s,e.memoizedState=D}}function Yr(e,t){if(typeof e!="function")throw Error(c(191,e));e.call(t)}function Gr(e,t){var n=e.callbacks;if(n!==null)for(e.callbacks=null,e=0;e<n.length;e++)Yr(n[e],t)}var Wa=p(null),Ji=p(0);function Xr(e,t){e=Sn,k(Ji,e),k(Wa,t),Sn=e|t.baseLanes}function Ls(){k(Ji,Sn),k(Wa,Wa.current)}function qs(){Sn=Ji.current,z(Wa),z(Ji)}var Nt=p(null),Qt=null;function qn(e){var t=e.alternate;k(Xe,Xe.current&1),k(Nt,e),Qt===null&&(t===null||Wa.current!==null||t.memoizedState!==null)&&(Qt=e)}function Ms(e){k(Xe,Xe.current),k(Nt,e),Qt===null&&(Qt=e)}function Qr(e){e.tag===22?(k(Xe,Xe.current),k(Nt,e),Qt===null&&(Qt=e)):Mn()}function Mn(){k(Xe,Xe.current),k(Nt,Nt.current)}function Ot(e){z(Nt),Qt===e&&(Qt=null),z(Xe)}var Xe=p(0);function Ki(e){for(var t=e;t!==null;){if(t.tag===13){var n=t.memoizedState;if(n!==null&&(n=n.dehydrated,n===null||Xo(n)||Qo(n)))return t}else if(t.tag===19&&(t.memoizedProps.revealOrder==="forwards"||t.memoizedProps.revealOrder==="backwards"||t.memoizedProps.revealOrder==="unstable_legacy-backwards"||t.memoizedProps.revealOrder==="together")){if((t.flags&128)!==0)return t}else if(t.child!==null){t.child.return=t,t=t.child;continue}if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return null;t=t.return}t.sibling.return=t.return,t=t.sibling}return null}var fn=0,ie=null,Te=null,Ke=null,$i=!1,Pa=!1,Sa=!1,Fi=0,Zl=0,el=null,dh=0;function ke(){throw Error(c(321))}function Vs(e,t){if(t===null)return!1;for(var n=0;n<t.length&&n<e.length;n++)if(!Ct(e[n],t[n]))return!1;return!0}function Bs(e,t,n,a,l,i){return fn=i,ie=t,t.memoizedState=null,t.updateQueue=null,t.lanes=0,U.H=e===null||e.memoizedState===null?Td:eo,Sa=!1,i=n(a,l),Sa=!1,Pa&&(i=Jr(t,n,a,l)),Zr(e),i}function Zr(e){U.H=$l;var t=Te!==null&&Te.next!==null;if(fn=0,Ke=Te=ie=null,$i=!1,Zl=0,el=null,t)throw Error(c(300));e===null||$e||(e=e.dependencies,e!==null&&Hi(e)&&($e=!0))}function Jr(e,t,n,a){ie=e;var l=0;do{if(Pa&&(el=null),Zl=0,Pa=!1,25<=l)throw Error(c(301));if(l+=1,Ke=Te=null,e.updateQueue!=null){var i=e.updateQueue;i.lastEffect=null,i.events=null,i.stores=null,i.memoCache!=null&&(i.memoCache.index=0)}U.H=Cd,i=t(n,a)}while(Pa);return i}function fh(){var e=U.H,t=e.useState()[0];return t=typeof t.then=="function"?Jl(t):t,e=e.useState()[0],(Te!==null?Te.memoizedState:null)!==e&&(ie.flags|=1024),t}function Hs(){var e=Fi!==0;return Fi=0,e}function ks(e,t,n){t.updateQueue=e.updateQueue,t.flags&=-2053,e.lanes&=~n}function Ys(e){if($i){for(e=e.memoizedState;e!==null;){var t=e.queue;t!==null&&(t.pending=null),e=e.next}$i=!1}fn=0,Ke=Te=ie=null,Pa=!1,Zl=Fi=0,el=null}function ht(){var e={memoizedState:null,baseState:null,baseQueue:null,queue:null,next:null};return Ke===null?ie.memoizedState=Ke=e:Ke=Ke.next=e,Ke}function Qe(){if(Te===null){var e=ie.alternate;e=e!==null?e.memoizedState:null}else e=Te.next;var t=Ke===null?ie.memoizedState:Ke.next;if(t!==null)Ke=t,Te=e;else{if(e===null)throw ie.alternate===null?Error(c(467)):Error(c(310));Te=e,e={memoizedState:Te.memoizedState,baseState:Te.baseState,baseQueue:Te.baseQueue,queue:Te.queue,next:null},Ke===null?ie.memoizedState=Ke=e:Ke=Ke.next=e}return Ke}function Ii(){return{lastEffect:null,events:null,stores:null,memoCache:null}}function Jl(e){var t=Zl;return Zl+=1,el===null&&(el=[]),e=Mr(el,e,t),t=ie,(Ke===null?t.memoizedState:Ke.next)===null&&(t=t.alternate,U.H=t===null||t.memoizedState===null?Td:eo),e}function Wi(e){if(e!==null&&typeof e=="object"){if(typeof e.then=="function")return Jl(e);if(e.$$typeof===Q)return ut(e)}throw Error(c(438,String(e)))}function Gs(e){var t=null,n=ie.updateQueue;if(n!==null&&(t=n.memoCache),t==null){var a=ie.alternate;a!==null&&(a=a.updateQueue,a!==null&&(a=a.memoCache,a!=null&&(t={data:a.data.map(function(l){return l.slice()}),index:0})))}if(t==null&&(t={data:[],index:0}),n===null&&(n=Ii(),ie.updateQueue=n),n.memoCache=t,n=t.data[t.index],n===void 0)for(n=t.data[t.index]=Array(e),a=0;a<e;a++)n[a]=Rt;return t.index++,n}function mn(e,t){return typeof t=="function"?t(e):t}function Pi(e){var t=Qe();return Xs(t,Te,e)}function Xs(e,t,n){var a=e.queue;if(a===null)throw Error(c(311));a.lastRenderedReducer=n;var l=e.baseQueue,i=a.pending;if(i!==null){if(l!==null){var s=l.next;l.next=i.next,i.next=s}t.baseQueue=l=i,a.pending=null}if(i=e.baseState,l===null)e.memoizedState=i;else{t=l.next;var r=s=null,m=null,A=t,N=!1;do{var D=A.lane&-536870913;if(D!==A.lane?(fe&D)===D:(fn&D)===D){var R=A.revertLane;if(R===0)m!==null&&(m=m.next={lane:0,revertLane:0,gesture:null,action:A.action,hasEagerState:A.hasEagerState,eagerState:A.eagerState,next:null}),D===Ka&&(N=!0);else if((fn&R)===R){A=A.next,R===Ka&&(N=!0);continue}else D={lane:0,revertLane:A.revertLane,gesture:null,action:A.action,hasEagerState:A.hasEagerState,eagerState:A.eagerState,next:null},m===null?(r=m=D,s=i):m=m.next=D,ie.lanes|=R,Hn|=R;D=A.action,Sa&&n(i,D),i=A.hasEagerState?A.eagerState:n(i,D)}else R={lane:D,revertLane:A.revertLane,gesture:A.gesture,action:A.action,hasEagerState:A.hasEagerState,eagerState:A.eagerState,next:null},m===null?(r=m=R,s=i):m=m.next=R,ie.lanes|=D,Hn|=D;A=A.next}while(A!==null&&A!==t);if(m===null?s=i:m.next=r,!Ct(i,e.memoizedState)&&($e=!0,N&&(n=$a,n!==null)))throw n;e.memoizedState=i,e.baseState=s,e.baseQueue=m,a.lastRenderedState=i}return l===null&&(a.lanes=0),[e.memoizedState,a.dispatch]}function Qs(e){var t=Qe(),n=t.queue;if(n===null)throw Error(c(311));n.lastRenderedReducer=e;var a=n.dispatch,l=n.pending,i=t.memoizedState;if(l!==null){n.pending=null;var s=l=l.next;do i=e(i,s.action),s=s.next;while(s!==l);Ct(i,t.memoizedState)||($e=!0),t.memoizedState=i,t.baseQueue===null&&(t.baseState=i),n.lastRenderedState=i}return[i,a]}function Kr(e,t,n){var a=ie,l=Qe(),i=ge;if(i){if(n===void 0)throw Error(c(407));n=n()}else n=t();var s=!Ct((Te||l).memoizedState,n);if(s&&(l.memoizedState=n,$e=!0),l=l.queue,Ks(Ir.bind(null,a,l,e),[e]),l.getSnapshot!==t||s||Ke!==null&&Ke.memoizedState.tag&1){if(a.flags|=2048,tl(9,{destroy:void 0},Fr.bind(null,a,l,n,t),null),ze===null)throw Error(c(349));i||(fn&127)!==0||$r(a,t,n)}return n}function $r(e,t,n){e.flags|=16384,e={getSnapshot:t,value:n},t=ie.updateQueue,t===null?(t=Ii(),ie.updateQueue=t,t.stores=[e]):(n=t.stores,n===null?t.stores=[e]:n.push(e))}function Fr(e,t,n,a){t.value=n,t.getSnapshot=a,Wr(t)&&Pr(e)}function Ir(e,t,n){return n(function(){Wr(t)&&Pr(e)})}function Wr(e){var t=e.getSnapshot;e=e.value;try{var n=t();return!Ct(e,n)}catch{return!0}}function Pr(e){var t=da(e,2);t!==null&&At(t,e,2)}function Zs(e){var t=ht();if(typeof e=="function"){var n=e;if(e=n(),Sa){et(!0);try{n()}finally{et(!1)}}}return t.memoizedState=t.baseState=e,t.queue={pending:null,lanes:0,dispatch:null,lastRenderedReducer:mn,lastRenderedState:e},t}function ed(e,t,n,a){return e.baseState=n,Xs(e,Te,typeof a=="function"?a:mn)}function mh(e,t,n,a,l){if(nu(e))throw Error(c(485));if(e=t.action,e!==null){var i={payload:l,action:e,next:null,isTransition:!0,status:"pending",value:null,reason:null,listeners:[],then:function(s){i.listeners.push(s)}};U.T!==null?n(!0):i.isTransition=!1,a(i),n=t.pending,n===null?(i.next=t.pending=i,td(t,i)):(i.next=n.next,t.pending=n.next=i)}}function td(e,t){var n=t.action,a=t.payload,l=e.state;if(t.isTransition){var i=U.T,s={};U.T=s;try{var r=n(l,a),m=U.S;m!==null&&m(s,r),nd(e,t,r)}catch(A){Js(e,t,A)}finally{i!==null&&s.types!==null&&(i.types=s.types),U.T=i}}else try{i=n(l,a),nd(e,t,i)}catch(A){Js(e,t,A)}}function nd(e,t,n){n!==null&&typeof n=="object"&&typeof n.then=="function"?n.then(function(a){ad(e,t,a)},function(a){return Js(e,t,a)}):ad(e,t,n)}function ad(e,t,n){t.status="fulfilled",t.value=n,ld(t),e.state=n,t=e.pending,t!==null&&(n=t.next,n===t?e.pending=null:(n=n.next,t.next=n,td(e,n)))}function Js(e,t,n){var a=e.pending;if(e.pending=null,a!==null){a=a.next;do t.status="rejected",t.reason=n,ld(t),t=t.next;while(t!==a)}e.action=null}function ld(e){e=e.listeners;for(var t=0;t<e.length;t++)(0,e[t])()}function id(e,t){return t}function ud(e,t){if(ge){var n=ze.formState;if(n!==null){e:{var a=ie;if(ge){if(qe){t:{for(var l=qe,i=Xt;l.nodeType!==8;){if(!i){l=null;break t}if(l=Zt(l.nextSibling),l===null){l=null;break t}}i=l.data,l=i==="F!"||i==="F"?l:null}if(l){qe=Zt(l.nextSibling),a=l.data==="F!";break e}}Nn(a)}a=!1}a&&(t=n[0])}}return n=ht(),n.memoizedState=n.baseState=t,a={pending:null,lanes:0,dispatch:null,lastRenderedReducer:id,lastRenderedState:t},n.queue=a,n=_d.bind(null,ie,a),a.dispatch=n,a=Zs(!1),i=Ps.bind(null,ie,!1,a.queue),a=ht(),l={state:t,dispatch:null,action:e,pending:null},a.queue=l,n=mh.bind(null,ie,l,i,n),l.dispatch=n,a.memoizedState=e,[t,n,!1]}function sd(e){var t=Qe();return od(t,Te,e)}function od(e,t,n){if(t=Xs(e,t,id)[0],e=Pi(mn)[0],typeof t=="object"&&t!==null&&typeof t.then=="function")try{var a=Jl(t)}catch(s){throw s===Fa?Gi:s}else a=t;t=Qe();var l=t.queue,i=l.dispatch;return n!==t.memoizedState&&(ie.flags|=2048,tl(9,{destroy:void 0},gh.bind(null,l,n),null)),[a,i,e]}function gh(e,t){e.action=t}function cd(e){var t=Qe(),n=Te;if(n!==null)return od(t,n,e);Qe(),t=t.memoizedState,n=Qe();var a=n.queue.dispatch;return n.memoizedState=e,[t,a,!1]}function tl(e,t,n,a){return e={tag:e,create:n,deps:a,inst:t,next:null},t=ie.updateQueue,t===null&&(t=Ii(),ie.updateQueue=t),n=t.lastEffect,n===null?t.lastEffect=e.next=e:(a=n.next,n.next=e,e.next=a,t.lastEffect=e),e}function rd(){return Qe().memoizedState}function eu(e,t,n,a){var l=ht();ie.flags|=e,l.memoizedState=tl(1|t,{destroy:void 0},n,a===void 0?null:a)}function tu(e,t,n,a){var l=Qe();a=a===void 0?null:a;var i=l.memoizedState.inst;Te!==null&&a!==null&&Vs(a,Te.memoizedState.deps)?l.memoizedState=tl(t,i,n,a):(ie.flags|=e,l.memoizedState=tl(1|t,i,n,a))}function dd(e,t){eu(8390656,8,e,t)}function Ks(e,t){tu(2048,8,e,t)}function hh(e){ie.flags|=4;var t=ie.updateQueue;if(t===null)t=Ii(),ie.updateQueue=t,t.events=[e];else{var n=t.events;n===null?t.events=[e]:n.push(e)}}function fd(e){var t=Qe().memoizedState;return hh({ref:t,nextImpl:e}),function(){if((xe&2)!==0)throw Error(c(440));return t.impl.apply(void 0,arguments)}}function md(e,t){return tu(4,2,e,t)}function gd(e,t){return tu(4,4,e,t)}function hd(e,t){if(typeof t=="function"){e=e();var n=t(e);return function(){typeof n=="function"?n():t(null)}}if(t!=null)return e=e(),t.current=e,function(){t.current=null}}function yd(e,t,n){n=n!=null?n.concat([e]):null,tu(4,4,hd.bind(null,t,e),n)}function $s(){}function pd(e,t){var n=Qe();t=t===void 0?null:t;var a=n.memoizedState;return t!==null&&Vs(t,a[1])?a[0]:(n.memoizedState=[e,t],e)}function vd(e,t){var n=Qe();t=t===void 0?null:t;var a=n.memoizedState;if(t!==null&&Vs(t,a[1]))return a[0];if(a=e(),Sa){et(!0);try{e()}finally{et(!1)}}return n.memoizedState=[a,t],a}function Fs(e,t,n){return n===void 0||(fn&1073741824)!==0&&(fe&261930)===0?e.memoizedState=t:(e.memoizedState=n,e=Sf(),ie.lanes|=e,Hn|=e,n)}function bd(e,t,n,a){return Ct(n,t)?n:Wa.current!==null?(e=Fs(e,n,a),Ct(e,t)||($e=!0),e):(fn&42)===0||(fn&1073741824)!==0&&(fe&261930)===0?($e=!0,e.memoizedState=n):(e=Sf(),ie.lanes|=e,Hn|=e,t)}function Sd(e,t,n,a,l){var i=H.p;H.p=i!==0&&8>i?i:8;var s=U.T,r={};U.T=r,Ps(e,!1,t,n);try{var m=l(),A=U.S;if(A!==null&&A(r,m),m!==null&&typeof m=="object"&&typeof m.then=="function"){var N=rh(m,a);Kl(e,t,N,Lt(e))}else Kl(e,t,a,Lt(e))}catch(D){Kl(e,t,{then:function(){},status:"rejected",reason:D},Lt())}finally{H.p=i,s!==null&&r.types!==null&&(s.types=r.types),U.T=s}}function yh(){}function Is(e,t,n,a){if(e.tag!==5)throw Error(c(476));var l=wd(e).queue;Sd(e,l,t,K,n===null?yh:function(){return Ed(e),n(a)})}function wd(e){var t=e.memoizedState;if(t!==null)return t;t={memoizedState:K,baseState:K,baseQueue:null,queue:{pending:null,lanes:0,dispatch:null,lastRenderedReducer:mn,lastRenderedState:K},next:null};var n={};return t.next={memoizedState:n,baseState:n,baseQueue:null,queue:{pending:null,lanes:0,dispatch:null,lastRenderedReducer:mn,lastRenderedState:n},next:null},e.memoizedState=t,e=e.alternate,e!==null&&(e.memoizedState=t),t}function Ed(e){var t=wd(e);t.next===null&&(t=e.alternate.memoizedState),Kl(e,t.next.queue,{},Lt())}function Ws(){return ut(di)}function xd(){return Qe().memoizedState}function Ad(){return Qe().memoizedState}function ph(e){for(var t=e.return;t!==null;){switch(t.tag){case 24:case 3:var n=Lt();e=Dn(n);var a=Ln(t,e,n);a!==null&&(At(a,t,n),Gl(a,t,n)),t={cache:js()},e.payload=t;return}t=t.return}}function vh(e,t,n){var a=Lt();n={lane:a,revertLane:0,gesture:null,action:n,hasEagerState:!1,eagerState:null,next:null},nu(e)?Rd(t,n):(n=ys(e,t,n,a),n!==null&&(At(n,e,a),jd(n,t,a)))}function _d(e,t,n){var a=Lt();Kl(e,t,n,a)}function Kl(e,t,n,a){var l={lane:a,revertLane:0,gesture:null,action:n,hasEagerState:!1,eagerState:null,next:null};if(nu(e))Rd(t,l);else{var i=e.alternate;if(e.lanes===0&&(i===null||i.lanes===0)&&(i=t.lastRenderedReducer,i!==null))try{var s=t.lastRenderedState,r=i(s,n);if(l.hasEagerState=!0,l.eagerState=r,Ct(r,s))return qi(e,t,l,0),ze===null&&Li(),!1}catch{}if(n=ys(e,t,l,a),n!==null)return At(n,e,a),jd(n,t,a),!0}return!1}function Ps(e,t,n,a){if(a={lane:2,revertLane:Oo(),gesture:null,action:a,hasEagerState:!1,eagerState:null,next:null},nu(e)){if(t)throw Error(c(479))}else t=ys(e,n,a,2),t!==null&&At(t,e,2)}function nu(e){var t=e.alternate;return e===ie||t!==null&&t===ie}function Rd(e,t){Pa=$i=!0;var n=e.pending;n===null?t.next=t:(t.next=n.next,n.next=t),e.pending=t}function jd(e,t,n){if((n&4194048)!==0){var a=t.lanes;a&=e.pendingLanes,n|=a,t.lanes=n,Oc(e,n)}}var $l={readContext:ut,use:Wi,useCallback:ke,useContext:ke,useEffect:ke,useImperativeHandle:ke,useLayoutEffect:ke,useInsertionEffect:ke,useMemo:ke,useReducer:ke,useRef:ke,useState:ke,useDebugValue:ke,useDeferredValue:ke,useTransition:ke,useSyncExternalStore:ke,useId:ke,useHostTransitionStatus:ke,useFormState:ke,useActionState:ke,useOptimistic:ke,useMemoCache:ke,useCacheRefresh:ke};$l.useEffectEvent=ke;var Td={readContext:ut,use:Wi,useCallback:function(e,t){return ht().memoizedState=[e,t===void 0?null:t],e},useContext:ut,useEffect:dd,useImperativeHandle:function(e,t,n){n=n!=null?n.concat([e]):null,eu(4194308,4,hd.bind(null,t,e),n)},useLayoutEffect:function(e,t){return eu(4194308,4,e,t)},useInsertionEffect:function(e,t){eu(4,2,e,t)},useMemo:function(e,t){var n=ht();t=t===void 0?null:t;var a=e();if(Sa){et(!0);try{e()}finally{et(!1)}}return n.memoizedState=[a,t],a},useReducer:function(e,t,n){var a=ht();if(n!==void 0){var l=n(t);if(Sa){et(!0);try{n(t)}finally{et(!1)}}}else l=t;return a.memoizedState=a.baseState=l,e={pending:null,lanes:0,dispatch:null,lastRenderedReducer:e,lastRenderedState:l},a.queue=e,e=e.dispatch=vh.bind(null,ie,e),[a.memoizedState,e]},useRef:function(e){var t=ht();return e={current:e},t.memoizedState=e},useState:function(e){e=Zs(e);var t=e.queue,n=_d.bind(null,ie,t);return t.dispatch=n,[e.memoizedState,n]},useDebugValue:$s,useDeferredValue:function(e,t){var n=ht();return Fs(n,e,t)},useTransition:function(){var e=Zs(!1);return e=Sd.bind(null,ie,e.queue,!0,!1),ht().memoizedState=e,[!1,e]},useSyncExternalStore:function(e,t,n){var a=ie,l=ht();if(ge){if(n===void 0)throw Error(c(407));n=n()}else{if(n=t(),ze===null)throw Error(c(349));(fe&127)!==0||$r(a,t,n)}l.memoizedState=n;var i={value:n,getSnapshot:t};return l.queue=i,dd(Ir.bind(null,a,i,e),[e]),a.flags|=2048,tl(9,{destroy:void 0},Fr.bind(null,a,i,n,t),null),n},useId:function(){var e=ht(),t=ze.identifierPrefix;if(ge){var n=en,a=Pt;n=(a&~(1<<32-Be(a)-1)).toString(32)+n,t="_"+t+"R_"+n,n=Fi++,0<n&&(t+="H"+n.toString(32)),t+="_"}else n=dh++,t="_"+t+"r_"+n.toString(32)+"_";return e.memoizedState=t},useHostTransitionStatus:Ws,useFormState:ud,useActionState:ud,useOptimistic:function(e){var t=ht();t.memoizedState=t.baseState=e;var n={pending:null,lanes:0,dispatch:null,lastRenderedReducer:null,lastRenderedState:null};return t.queue=n,t=Ps.bind(null,ie,!0,n),n.dispatch=t,[e,t]},useMemoCache:Gs,useCacheRefresh:function(){return ht().memoizedState=ph.bind(null,ie)},useEffectEvent:function(e){var t=ht(),n={impl:e};return t.memoizedState=n,function(){if((xe&2)!==0)throw Error(c(440));return n.impl.apply(void 0,arguments)}}},eo={readContext:ut,use:Wi,useCallback:pd,useContext:ut,useEffect:Ks,useImperativeHandle:yd,useInsertionEffect:md,useLayoutEffect:gd,useMemo:vd,useReducer:Pi,useRef:rd,useState:function(){return Pi(mn)},useDebugValue:$s,useDeferredValue:function(e,t){var n=Qe();return bd(n,Te.memoizedState,e,t)},useTransition:function(){var e=Pi(mn)[0],t=Qe().memoizedState;return[typeof e=="boolean"?e:Jl(e),t]},useSyncExternalStore:Kr,useId:xd,useHostTransitionStatus:Ws,useFormState:sd,useActionState:sd,useOptimistic:function(e,t){var n=Qe();return ed(n,Te,e,t)},useMemoCache:Gs,useCacheRefresh:Ad};eo.useEffectEvent=fd;var Cd={readContext:ut,use:Wi,useCallback:pd,useContext:ut,useEffect:Ks,useImperativeHandle:yd,useInsertionEffect:md,useLayoutEffect:gd,useMemo:vd,useReducer:Qs,useRef:rd,useState:function(){return Qs(mn)},useDebugValue:$s,useDeferredValue:function(e,t){var n=Qe();return Te===null?Fs(n,e,t):bd(n,Te.memoizedState,e,t)},useTransition:function(){var e=Qs(mn)[0],t=Qe().memoizedState;return[typeof e=="boolean"?e:Jl(e),t]},useSyncExternalStore:Kr,useId:xd,useHostTransitionStatus:Ws,useFormState:cd,useActionState:cd,useOptimistic:function(e,t){var n=Qe();return Te!==null?ed(n,Te,e,t):(n.baseState=e,[e,n.queue.dispatch])},useMemoCache:Gs,useCacheRefresh:Ad};Cd.useEffectEvent=fd;function to(e,t,n,a){t=e.memoizedState,n=n(a,t),n=n==null?t:V({},t,n),e.memoizedState=n,e.lanes===0&&(e.updateQueue.baseState=n)}var no={enqueueSetState:function(e,t,n){e=e._reactInternals;var a=Lt(),l=Dn(a);l.payload=t,n!=null&&(l.callback=n),t=Ln(e,l,a),t!==null&&(At(t,e,a),Gl(t,e,a))},enqueueReplaceState:function(e,t,n){e=e._reactInternals;var a=Lt(),l=Dn(a);l.tag=1,l.payload=t,n!=null&&(l.callback=n),t=Ln(e,l,a),t!==null&&(At(t,e,a),Gl(t,e,a))},enqueueForceUpdate:function(e,t){e=e._reactInternals;var n=Lt(),a=Dn(n);a.tag=2,t!=null&&(a.callback=t),t=Ln(e,a,n),t!==null&&(At(t,e,n),Gl(t,e,n))}};function Ud(e,t,n,a,l,i,s){return e=e.stateNode,typeof e.shouldComponentUpdate=="function"?e.shouldComponentUpdate(a,i,s):t.prototype&&t.prototype.isPureReactComponent?!Ll(n,a)||!Ll(l,i):!0}function Nd(e,t,n,a){e=t.state,typeof t.componentWillReceiveProps=="function"&&t.componentWillReceiveProps(n,a),typeof t.UNSAFE_componentWillReceiveProps=="function"&&t.UNSAFE_componentWillReceiveProps(n,a),t.state!==e&&no.enqueueReplaceState(t,t.state,null)}function wa(e,t){var n=t;if("ref"in t){n={};for(var a in t)a!=="ref"&&(n[a]=t[a])}if(e=e.defaultProps){n===t&&(n=V({},n));for(var l in e)n[l]===void 0&&(n[l]=e[l])}return n}function Od(e){Di(e)}function zd(e){console.error(e)}function Dd(e){Di(e)}function au(e,t){try{var n=e.onUncaughtError;n(t.value,{componentStack:t.stack})}catch(a){setTimeout(function(){throw a})}}function Ld(e,t,n){try{var a=e.onCaughtError;a(n.value,{componentStack:n.stack,errorBoundary:t.tag===1?t.stateNode:null})}catch(l){setTimeout(function(){throw l})}}function ao(e,t,n){return n=Dn(n),n.tag=3,n.payload={element:null},n.callback=function(){au(e,t)},n}function qd(e){return e=Dn(e),e.tag=3,e}function Md(e,t,n,a){var l=n.type.getDerivedStateFromError;if(typeof l=="function"){var i=a.value;e.payload=function(){return l(i)},e.callback=function(){Ld(t,n,a)}}var s=n.stateNode;s!==null&&typeof s.componentDidCatch=="function"&&(e.callback=function(){Ld(t,n,a),typeof l!="function"&&(kn===null?kn=new Set([this]):kn.add(this));var r=a.stack;this.componentDidCatch(a.value,{componentStack:r!==null?r:""})})}function bh(e,t,n,a,l){if(n.flags|=32768,a!==null&&typeof a=="object"&&typeof a.then=="function"){if(t=n.alternate,t!==null&&Ja(t,n,l,!0),n=Nt.current,n!==null){switch(n.tag){case 31:case 13:return Qt===null?hu():n.alternate===null&&Ye===0&&(Ye=3),n.flags&=-257,n.flags|=65536,n.lanes=l,a===Xi?n.flags|=16384:(t=n.updateQueue,t===null?n.updateQueue=new Set([a]):t.add(a),Co(e,a,l)),!1;case 22:return n.flags|=65536,a===Xi?n.flags|=16384:(t=n.updateQueue,t===null?(t={transitions:null,markerInstances:null,retryQueue:new Set([a])},n.updateQueue=t):(n=t.retryQueue,n===null?t.retryQueue=new Set([a]):n.add(a)),Co(e,a,l)),!1}throw Error(c(435,n.tag))}return Co(e,a,l),hu(),!1}if(ge)return t=Nt.current,t!==null?((t.flags&65536)===0&&(t.flags|=256),t.flags|=65536,t.lanes=l,a!==Es&&(e=Error(c(422),{cause:a}),Vl(kt(e,n)))):(a!==Es&&(t=Error(c(423),{cause:a}),Vl(kt(t,n))),e=e.current.alternate,e.flags|=65536,l&=-l,e.lanes|=l,a=kt(a,n),l=ao(e.stateNode,a,l),zs(e,l),Ye!==4&&(Ye=2)),!1;var i=Error(c(520),{cause:a});if(i=kt(i,n),ai===null?ai=[i]:ai.push(i),Ye!==4&&(Ye=2),t===null)return!0;a=kt(a,n),n=t;do{switch(n.tag){case 3:return n.flags|=65536,e=l&-l,n.lanes|=e,e=ao(n.stateNode,a,e),zs(n,e),!1;case 1:if(t=n.type,i=n.stateNode,(n.flags&128)===0&&(typeof t.getDerivedStateFromError=="function"||i!==null&&typeof i.componentDidCatch=="function"&&(kn===null||!kn.has(i))))return n.flags|=65536,l&=-l,n.lanes|=l,l=qd(l),Md(l,e,n,a),zs(n,l),!1}n=n.return}while(n!==null);return!1}var lo=Error(c(461)),$e=!1;function st(e,t,n,a){t.child=e===null?kr(t,null,n,a):ba(t,e.child,n,a)}function Vd(e,t,n,a,l){n=n.render;var i=t.ref;if("ref"in a){var s={};for(var r in a)r!=="ref"&&(s[r]=a[r])}else s=a;return ha(t),a=Bs(e,t,n,s,i,l),r=Hs(),e!==null&&!$e?(ks(e,t,l),gn(e,t,l)):(ge&&r&&Ss(t),t.flags|=1,st(e,t,a,l),t.child)}function Bd(e,t,n,a,l){if(e===null){var i=n.type;return typeof i=="function"&&!ps(i)&&i.defaultProps===void 0&&n.compare===null?(t.tag=15,t.type=i,Hd(e,t,i,a,l)):(e=Vi(n.type,null,a,t,t.mode,l),e.ref=t.ref,e.return=t,t.child=e)}if(i=e.child,!mo(e,l)){var s=i.memoizedProps;if(n=n.compare,n=n!==null?n:Ll,n(s,a)&&e.ref===t.ref)return gn(e,t,l)}return t.flags|=1,e=on(i,a),e.ref=t.ref,e.return=t,t.child=e}function Hd(e,t,n,a,l){if(e!==null){var i=e.memoizedProps;if(Ll(i,a)&&e.ref===t.ref)if($e=!1,t.pendingProps=a=i,mo(e,l))(e.flags&131072)!==0&&($e=!0);else return t.lanes=e.lanes,gn(e,t,l)}return io(e,t,n,a,l)}function kd(e,t,n,a){var l=a.children,i=e!==null?e.memoizedState:null;if(e===null&&t.stateNode===null&&(t.stateNode={_visibility:1,_pendingMarkers:null,_retryCache:null,_transitions:null}),a.mode==="hidden"){if((t.flags&128)!==0){if(i=i!==null?i.baseLanes|n:n,e!==null){for(a=t.child=e.child,l=0;a!==null;)l=l|a.lanes|a.childLanes,a=a.sibling;a=l&~i}else a=0,t.child=null;return Yd(e,t,i,n,a)}if((n&536870912)!==0)t.memoizedState={baseLanes:0,cachePool:null},e!==null&&Yi(t,i!==null?i.cachePool:null),i!==null?Xr(t,i):Ls(),Qr(t);else return a=t.lanes=536870912,Yd(e,t,i!==null?i.baseLanes|n:n,n,a)}else i!==null?(Yi(t,i.cachePool),Xr(t,i),Mn(),t.memoizedState=null):(e!==null&&Yi(t,null),Ls(),Mn());return st(e,t,l,n),t.child}function Fl(e,t){return e!==null&&e.tag===22||t.stateNode!==null||(t.stateNode={_visibility:1,_pendingMarkers:null,_retryCache:null,_transitions:null}),t.sibling}function Yd(e,t,n,a,l){var i=Cs();return i=i===null?null:{parent:Je._currentValue,pool:i},t.memoizedState={baseLanes:n,cachePool:i},e!==null&&Yi(t,null),Ls(),Qr(t),e!==null&&Ja(e,t,a,!0),t.childLanes=l,null}function lu(e,t){return t=uu({mode:t.mode,children:t.children},e.mode),t.ref=e.ref,e.child=t,t.return=e,t}function Gd(e,t,n){return ba(t,e.child,null,n),e=lu(t,t.pendingProps),e.flags|=2,Ot(t),t.memoizedState=null,e}function Sh(e,t,n){var a=t.pendingProps,l=(t.flags&128)!==0;if(t.flags&=-129,e===null){if(ge){if(a.mode==="hidden")return e=lu(t,a),t.lanes=536870912,Fl(null,e);if(Ms(t),(e=qe)?(e=nm(e,Xt),e=e!==null&&e.data==="&"?e:null,e!==null&&(t.memoizedState={dehydrated:e,treeContext:Cn!==null?{id:Pt,overflow:en}:null,retryLane:536870912,hydrationErrors:null},n=Rr(e),n.return=t,t.child=n,it=t,qe=null)):e=null,e===null)throw Nn(t);return t.lanes=536870912,null}return lu(t,a)}var i=e.memoizedState;if(i!==null){var s=i.dehydrated;if(Ms(t),l)if(t.flags&256)t.flags&=-257,t=Gd(e,t,n);else if(t.memoizedState!==null)t.child=e.child,t.flags|=128,t=null;else throw Error(c(558));else if($e||Ja(e,t,n,!1),l=(n&e.childLanes)!==0,$e||l){if(a=ze,a!==null&&(s=zc(a,n),s!==0&&s!==i.retryLane))throw i.retryLane=s,da(e,s),At(a,e,s),lo;hu(),t=Gd(e,t,n)}else e=i.treeContext,qe=Zt(s.nextSibling),it=t,ge=!0,Un=null,Xt=!1,e!==null&&Cr(t,e),t=lu(t,a),t.flags|=4096;return t}return e=on(e.child,{mode:a.mode,children:a.children}),e.ref=t.ref,t.child=e,e.return=t,e}function iu(e,t){var n=t.ref;if(n===null)e!==null&&e.ref!==null&&(t.flags|=4194816);else{if(typeof n!="function"&&typeof n!="object")throw Error(c(284));(e===null||e.ref!==n)&&(t.flags|=4194816)}}function io(e,t,n,a,l){return ha(t),n=Bs(e,t,n,a,void 0,l),a=Hs(),e!==null&&!$e?(ks(e,t,l),gn(e,t,l)):(ge&&a&&Ss(t),t.flags|=1,st(e,t,n,l),t.child)}function Xd(e,t,n,a,l,i){return ha(t),t.updateQueue=null,n=Jr(t,a,n,l),Zr(e),a=Hs(),e!==null&&!$e?(ks(e,t,i),gn(e,t,i)):(ge&&a&&Ss(t),t.flags|=1,st(e,t,n,i),t.child)}function Qd(e,t,n,a,l){if(ha(t),t.stateNode===null){var i=Ga,s=n.contextType;typeof s=="object"&&s!==null&&(i=ut(s)),i=new n(a,i),t.memoizedState=i.state!==null&&i.state!==void 0?i.state:null,i.updater=no,t.stateNode=i,i._reactInternals=t,i=t.stateNode,i.props=a,i.state=t.memoizedState,i.refs={},Ns(t),s=n.contextType,i.context=typeof s=="object"&&s!==null?ut(s):Ga,i.state=t.memoizedState,s=n.getDerivedStateFromProps,typeof s=="function"&&(to(t,n,s,a),i.state=t.memoizedState),typeof n.getDerivedStateFromProps=="function"||typeof i.getSnapshotBeforeUpdate=="function"||typeof i.UNSAFE_componentWillMount!="function"&&typeof i.componentWillMount!="function"||(s=i.state,typeof i.componentWillMount=="function"&&i.componentWillMount(),typeof i.UNSAFE_componentWillMount=="function"&&i.UNSAFE_componentWillMount(),s!==i.state&&no.enqueueReplaceState(i,i.state,null),Ql(t,a,i,l),Xl(),i.state=t.memoizedState),typeof i.componentDidMount=="function"&&(t.flags|=4194308),a=!0}else if(e===null){i=t.stateNode;var r=t.memoizedProps,m=wa(n,r);i.props=m;var A=i.context,N=n.contextType;s=Ga,typeof N=="object"&&N!==null&&(s=ut(N));var D=n.getDerivedStateFromProps;N=typeof D=="function"||typeof i.getSnapshotBeforeUpdate=="function",r=t.pendingProps!==r,N||typeof i.UNSAFE_componentWillReceiveProps!="function"&&typeof i.componentWillReceiveProps!="function"||(r||A!==s)&&Nd(t,i,a,s),zn=!1;var R=t.memoizedState;i.state=R,Ql(t,a,i,l),Xl(),A=t.memoizedState,r||R!==A||zn?(typeof D=="function"&&(to(t,n,D,a),A=t.memoizedState),(m=zn||Ud(t,n,m,a,R,A,s))?(N||typeof i.UNSAFE_componentWillMount!="function"&&typeof i.componentWillMount!="function"||(typeof i.componentWillMount=="function"&&i.componentWillMount(),typeof i.UNSAFE_componentWillMount=="function"&&i.UNSAFE_componentWillMount()),typeof i.componentDidMount=="function"&&(t.flags|=4194308)):(typeof i.componentDidMount=="function"&&(t.flags|=4194308),t.memoizedProps=a,t.memoizedState=A),i.props=a,i.state=A,i.context=s,a=m):(typeof i.componentDidMount=="function"&&(t.flags|=4194308),a=!1)}else{i=t.stateNode,Os(e,t),s=t.memoizedProps,N=wa(n,s),i.props=N,D=t.pendingProps,R=i.context,A=n.contextType,m=Ga,typeof A=="object"&&A!==null&&(m=ut(A)),r=n.getDerivedStateFromProps,(A=typeof r=="function"||typeof i.getSnapshotBeforeUpdate=="function")||typeof i.UNSAFE_componentWillReceiveProps!="function"&&typeof i.componentWillReceiveProps!="function"||(s!==D||R!==m)&&Nd(t,i,a,m),zn=!1,R=t.memoizedState,i.state=R,Ql(t,a,i,l),Xl();var T=t.memoizedState;s!==D||R!==T||zn||e!==null&&e.dependencies!==null&&Hi(e.dependencies)?(typeof r=="function"&&(to(t,n,r,a),T=t.memoizedState),(N=zn||Ud(t,n,N,a,R,T,m)||e!==null&&e.dependencies!==null&&Hi(e.dependencies))?(A||typeof i.UNSAFE_componentWillUpdate!="function"&&typeof i.componentWillUpdate!="function"||(typeof i.componentWillUpdate=="function"&&i.componentWillUpdate(a,T,m),typeof i.UNSAFE_componentWillUpdate=="function"&&i.UNSAFE_componentWillUpdate(a,T,m)),typeof i.componentDidUpdate=="function"&&(t.flags|=4),typeof i.getSnapshotBeforeUpdate=="function"&&(t.flags|=1024)):(typeof i.componentDidUpdate!="function"||s===e.memoizedProps&&R===e.memoizedState||(t.flags|=4),typeof i.getSnapshotBeforeUpdate!="function"||s===e.memoizedProps&&R===e.memoizedState||(t.flags|=1024),t.memoizedProps=a,t.memoizedState=T),i.props=a,i.state=T,i.context=m,a=N):(typeof i.componentDidUpdate!="function"||s===e.memoizedProps&&R===e.memoizedState||(t.flags|=4),typeof i.getSnapshotBeforeUpdate!="function"||s===e.memoizedProps&&R===e.memoizedState||(t.flags|=1024),a=!1)}return i=a,iu(e,t),a=(t.flags&128)!==0,i||a?(i=t.stateNode,n=a&&typeof n.getDerivedStateFromError!="function"?null:i.render(),t.flags|=1,e!==null&&a?(t.child=ba(t,e.child,null,l),t.child=ba(t,null,n,l)):st(e,t,n,l),t.memoizedState=i.state,e=t.child):e=gn(e,t,l),e}function Zd(e,t,n,a){return ma(),t.flags|=256,st(e,t,n,a),t.child}var uo={dehydrated:null,treeContext:null,retryLane:0,hydrationErrors:null};function so(e){return{baseLanes:e,cachePool:Lr()}}function oo(e,t,n){return e=e!==null?e.childLanes&~n:0,t&&(e|=Dt),e}function Jd(e,t,n){var a=t.pendingProps,l=!1,i=(t.flags&128)!==0,s;if((s=i)||(s=e!==null&&e.memoizedState===null?!1:(Xe.current&2)!==0),s&&(l=!0,t.flags&=-129),s=(t.flags&32)!==0,t.flags&=-33,e===null){if(ge){if(l?qn(t):Mn(),(e=qe)?(e=nm(e,Xt),e=e!==null&&e.data!=="&"?e:null,e!==null&&(t.memoizedState={dehydrated:e,treeContext:Cn!==null?{id:Pt,overflow:en}:null,retryLane:536870912,hydrationErrors:null},n=Rr(e),n.return=t,t.child=n,it=t,qe=null)):e=null,e===null)throw Nn(t);return Qo(e)?t.lanes=32:t.lanes=536870912,null}var r=a.children;return a=a.fallback,l?(Mn(),l=t.mode,r=uu({mode:"hidden",children:r},l),a=fa(a,l,n,null),r.return=t,a.return=t,r.sibling=a,t.child=r,a=t.child,a.memoizedState=so(n),a.childLanes=oo(e,s,n),t.memoizedState=uo,Fl(null,a)):(qn(t),co(t,r))}var m=e.memoizedState;if(m!==null&&(r=m.dehydrated,r!==null)){if(i)t.flags&256?(qn(t),t.flags&=-257,t=ro(e,t,n)):t.memoizedState!==null?(Mn(),t.child=e.child,t.flags|=128,t=null):(Mn(),r=a.fallback,l=t.mode,a=uu({mode:"visible",children:a.children},l),r=fa(r,l,n,null),r.flags|=2,a.return=t,r.return=t,a.sibling=r,t.child=a,ba(t,e.child,null,n),a=t.child,a.memoizedState=so(n),a.childLanes=oo(e,s,n),t.memoizedState=uo,t=Fl(null,a));else if(qn(t),Qo(r)){if(s=r.nextSibling&&r.nextSibling.dataset,s)var A=s.dgst;s=A,a=Error(c(419)),a.stack="",a.digest=s,Vl({value:a,source:null,stack:null}),t=ro(e,t,n)}else if($e||Ja(e,t,n,!1),s=(n&e.childLanes)!==0,$e||s){if(s=ze,s!==null&&(a=zc(s,n),a!==0&&a!==m.retryLane))throw m.retryLane=a,da(e,a),At(s,e,a),lo;Xo(r)||hu(),t=ro(e,t,n)}else Xo(r)?(t.flags|=192,t.child=e.child,t=null):(e=m.treeContext,qe=Zt(r.nextSibling),it=t,ge=!0,Un=null,Xt=!1,e!==null&&Cr(t,e),t=co(t,a.children),t.flags|=4096);return t}return l?(Mn(),r=a.fallback,l=t.mode,m=e.child,A=m.sibling,a=on(m,{mode:"hidden",children:a.children}),a.subtreeFlags=m.subtreeFlags&65011712,A!==null?r=on(A,r):(r=fa(r,l,n,null),r.flags|=2),r.return=t,a.return=t,a.sibling=r,t.child=a,Fl(null,a),a=t.child,r=e.child.memoizedState,r===null?r=so(n):(l=r.cachePool,l!==null?(m=Je._currentValue,l=l.parent!==m?{parent:m,pool:m}:l):l=Lr(),r={baseLanes:r.baseLanes|n,cachePool:l}),a.memoizedState=r,a.childLanes=oo(e,s,n),t.memoizedState=uo,Fl(e.child,a)):(qn(t),n=e.child,e=n.sibling,n=on(n,{mode:"visible",children:a.children}),n.return=t,n.sibling=null,e!==null&&(s=t.deletions,s===null?(t.deletions=[e],t.flags|=16):s.push(e)),t.child=n,t.memoizedState=null,n)}function co(e,t){return t=uu({mode:"visible",children:t},e.mode),t.return=e,e.child=t}function uu(e,t){return e=Ut(22,e,null,t),e.lanes=0,e}function ro(e,t,n){return ba(t,e.child,null,n),e=co(t,t.pendingProps.children),e.flags|=2,t.memoizedState=null,e}function Kd(e,t,n){e.lanes|=t;var a=e.alternate;a!==null&&(a.lanes|=t),_s(e.return,t,n)}function fo(e,t,n,a,l,i){var s=e.memoizedState;s===null?e.memoizedState={isBackwards:t,rendering:null,renderingStartTime:0,last:a,tail:n,tailMode:l,treeForkCount:i}:(s.isBackwards=t,s.rendering=null,s.renderingStartTime=0,s.last=a,s.tail=n,s.tailMode=l,s.treeForkCount=i)}function $d(e,t,n){var a=t.pendingProps,l=a.revealOrder,i=a.tail;a=a.children;var s=Xe.current,r=(s&2)!==0;if(r?(s=s&1|2,t.flags|=128):s&=1,k(Xe,s),st(e,t,a,n),a=ge?Ml:0,!r&&e!==null&&(e.flags&128)!==0)e:for(e=t.child;e!==null;){if(e.tag===13)e.memoizedState!==null&&Kd(e,n,t);else if(e.tag===19)Kd(e,n,t);else if(e.child!==null){e.child.return=e,e=e.child;continue}if(e===t)break e;for(;e.sibling===null;){if(e.return===null||e.return===t)break e;e=e.return}e.sibling.return=e.return,e=e.sibling}switch(l){case"forwards":for(n=t.child,l=null;n!==null;)e=n.alternate,e!==null&&Ki(e)===null&&(l=n),n=n.sibling;n=l,n===null?(l=t.child,t.child=null):(l=n.sibling,n.sibling=null),fo(t,!1,l,n,i,a);break;case"backwards":case"unstable_legacy-backwards":for(n=null,l=t.child,t.child=null;l!==null;){if(e=l.alternate,e!==null&&Ki(e)===null){t.child=l;break}e=l.sibling,l.sibling=n,n=l,l=e}fo(t,!0,n,null,i,a);break;case"together":fo(t,!1,null,null,void 0,a);break;default:t.memoizedState=null}return t.child}function gn(e,t,n){if(e!==null&&(t.dependencies=e.dependencies),Hn|=t.lanes,(n&t.childLanes)===0)if(e!==null){if(Ja(e,t,n,!1),(n&t.childLanes)===0)return null}else return null;if(e!==null&&t.child!==e.child)throw Error(c(153));if(t.child!==null){for(e=t.child,n=on(e,e.pendingProps),t.child=n,n.return=t;e.sibling!==null;)e=e.sibling,n=n.sibling=on(e,e.pendingProps),n.return=t;n.sibling=null}return t.child}function mo(e,t){return(e.lanes&t)!==0?!0:(e=e.dependencies,!!(e!==null&&Hi(e)))}function wh(e,t,n){switch(t.tag){case 3:Ge(t,t.stateNode.containerInfo),On(t,Je,e.memoizedState.cache),ma();break;case 27:case 5:Kt(t);break;case 4:Ge(t,t.stateNode.containerInfo);break;case 10:On(t,t.type,t.memoizedProps.value);break;case 31:if(t.memoizedState!==null)return t.flags|=128,Ms(t),null;break;case 13:var a=t.memoizedState;if(a!==null)return a.dehydrated!==null?(qn(t),t.flags|=128,null):(n&t.child.childLanes)!==0?Jd(e,t,n):(qn(t),e=gn(e,t,n),e!==null?e.sibling:null);qn(t);break;case 19:var l=(e.flags&128)!==0;if(a=(n&t.childLanes)!==0,a||(Ja(e,t,n,!1),a=(n&t.childLanes)!==0),l){if(a)return $d(e,t,n);t.flags|=128}if(l=t.memoizedState,l!==null&&(l.rendering=null,l.tail=null,l.lastEffect=null),k(Xe,Xe.current),a)break;return null;case 22:return t.lanes=0,kd(e,t,n,t.pendingProps);case 24:On(t,Je,e.memoizedState.cache)}return gn(e,t,n)}function Fd(e,t,n){if(e!==null)if(e.memoizedProps!==t.pendingProps)$e=!0;else{if(!mo(e,n)&&(t.flags&128)===0)return $e=!1,wh(e,t,n);$e=(e.flags&131072)!==0}else $e=!1,ge&&(t.flags&1048576)!==0&&Tr(t,Ml,t.index);switch(t.lanes=0,t.tag){case 16:e:{var a=t.pendingProps;if(e=pa(t.elementType),t.type=e,typeof e=="function")ps(e)?(a=wa(e,a),t.tag=1,t=Qd(null,t,e,a,n)):(t.tag=0,t=io(null,t,e,a,n));else{if(e!=null){var l=e.$$typeof;if(l===Z){t.tag=11,t=Vd(null,t,e,a,n);break e}else if(l===ue){t.tag=14,t=Bd(null,t,e,a,n);break e}}throw t=pt(e)||e,Error(c(306,t,""))}}return t;case 0:return io(e,t,t.type,t.pendingProps,n);case 1:return a=t.type,l=wa(a,t.pendingProps),Qd(e,t,a,l,n);case 3:e:{if(Ge(t,t.stateNode.containerInfo),e===null)throw Error(c(387));a=t.pendingProps;var i=t.memoizedState;l=i.element,Os(e,t),Ql(t,a,null,n);var s=t.memoizedState;if(a=s.cache,On(t,Je,a),a!==i.cache&&Rs(t,[Je],n,!0),Xl(),a=s.element,i.isDehydrated)if(i={element:a,isDehydrated:!1,cache:s.cache},t.updateQueue.baseState=i,t.memoizedState=i,t.flags&256){t=Zd(e,t,a,n);break e}else if(a!==l){l=kt(Error(c(424)),t),Vl(l),t=Zd(e,t,a,n);break e}else for(e=t.stateNode.containerInfo,e.nodeType===9?e=e.body:e=e.nodeName==="HTML"?e.ownerDocument.body:e,qe=Zt(e.firstChild),it=t,ge=!0,Un=null,Xt=!0,n=kr(t,null,a,n),t.child=n;n;)n.flags=n.flags&-3|4096,n=n.sibling;else{if(ma(),a===l){t=gn(e,t,n);break e}st(e,t,a,n)}t=t.child}return t;case 26:return iu(e,t),e===null?(n=om(t.type,null,t.pendingProps,null))?t.memoizedState=n:ge||(n=t.type,e=t.pendingProps,a=Eu(le.current).createElement(n),a[lt]=t,a[vt]=e,ot(a,n,e),tt(a),t.stateNode=a):t.memoizedState=om(t.type,e.memoizedProps,t.pendingProps,e.memoizedState),null;case 27:return Kt(t),e===null&&ge&&(a=t.stateNode=im(t.type,t.pendingProps,le.current),it=t,Xt=!0,l=qe,Qn(t.type)?(Zo=l,qe=Zt(a.firstChild)):qe=l),st(e,t,t.pendingProps.children,n),iu(e,t),e===null&&(t.flags|=4194304),t.child;case 5:return e===null&&ge&&((l=a=qe)&&(a=Ih(a,t.type,t.pendingProps,Xt),a!==null?(t.stateNode=a,it=t,qe=Zt(a.firstChild),Xt=!1,l=!0):l=!1),l||Nn(t)),Kt(t),l=t.type,i=t.pendingProps,s=e!==null?e.memoizedProps:null,a=i.children,ko(l,i)?a=null:s!==null&&ko(l,s)&&(t.flags|=32),t.memoizedState!==null&&(l=Bs(e,t,fh,null,null,n),di._currentValue=l),iu(e,t),st(e,t,a,n),t.child;case 6:return e===null&&ge&&((e=n=qe)&&(n=Wh(n,t.pendingProps,Xt),n!==null?(t.stateNode=n,it=t,qe=null,e=!0):e=!1),e||Nn(t)),null;case 13:return Jd(e,t,n);case 4:return Ge(t,t.stateNode.containerInfo),a=t.pendingProps,e===null?t.child=ba(t,null,a,n):st(e,t,a,n),t.child;case 11:return Vd(e,t,t.type,t.pendingProps,n);case 7:return st(e,t,t.pendingProps,n),t.child;case 8:return st(e,t,t.pendingProps.children,n),t.child;case 12:return st(e,t,t.pendingProps.children,n),t.child;case 10:return a=t.pendingProps,On(t,t.type,a.value),st(e,t,a.children,n),t.child;case 9:return l=t.type._context,a=t.pendingProps.children,ha(t),l=ut(l),a=a(l),t.flags|=1,st(e,t,a,n),t.child;case 14:return Bd(e,t,t.type,t.pendingProps,n);case 15:return Hd(e,t,t.type,t.pendingProps,n);case 19:return $d(e,t,n);case 31:return Sh(e,t,n);case 22:return kd(e,t,n,t.pendingProps);case 24:return ha(t),a=ut(Je),e===null?(l=Cs(),l===null&&(l=ze,i=js(),l.pooledCache=i,i.refCount++,i!==null&&(l.pooledCacheLanes|=n),l=i),t.memoizedState={parent:a,cache:l},Ns(t),On(t,Je,l)):((e.lanes&n)!==0&&(Os(e,t),Ql(t,null,null,n),Xl()),l=e.memoizedState,i=t.memoizedState,l.parent!==a?(l={parent:a,cache:a},t.memoizedState=l,t.lanes===0&&(t.memoizedState=t.updateQueue.baseState=l),On(t,Je,a)):(a=i.cache,On(t,Je,a),a!==l.cache&&Rs(t,[Je],n,!0))),st(e,t,t.pendingProps.children,n),t.child;case 29:throw t.pendingProps}throw Error(c(156,t.tag))}function hn(e){e.flags|=4}function go(e,t,n,a,l){if((t=(e.mode&32)!==0)&&(t=!1),t){if(e.flags|=16777216,(l&335544128)===l)if(e.stateNode.complete)e.flags|=8192;else if(Af())e.flags|=8192;else throw va=Xi,Us}else e.flags&=-16777217}function Id(e,t){if(t.type!=="stylesheet"||(t.state.loading&4)!==0)e.flags&=-16777217;else if(e.flags|=16777216,!mm(t))if(Af())e.flags|=8192;else throw va=Xi,Us}function su(e,t){t!==null&&(e.flags|=4),e.flags&16384&&(t=e.tag!==22?Uc():536870912,e.lanes|=t,il|=t)}function Il(e,t){if(!ge)switch(e.tailMode){case"hidden":t=e.tail;for(var n=null;t!==null;)t.alternate!==null&&(n=t),t=t.sibling;n===null?e.tail=null:n.sibling=null;break;case"collapsed":n=e.tail;for(var a=null;n!==null;)n.alternate!==null&&(a=n),n=n.sibling;a===null?t||e.tail===null?e.tail=null:e.tail.sibling=null:a.sibling=null}}function Me(e){var t=e.alternate!==null&&e.alternate.child===e.child,n=0,a=0;if(t)for(var l=e.child;l!==null;)n|=l.lanes|l.childLanes,a|=l.subtreeFlags&65011712,a|=l.flags&65011712,l.return=e,l=l.sibling;else for(l=e.child;l!==null;)n|=l.lanes|l.childLanes,a|=l.subtreeFlags,a|=l.flags,l.return=e,l=l.sibling;return e.subtreeFlags|=a,e.childLanes=n,t}function Eh(e,t,n){var a=t.pendingProps;switch(ws(t),t.tag){case 16:case 15:case 0:case 11:case 7:case 8:case 12:case 9:case 14:return Me(t),null;case 1:return Me(t),null;case 3:return n=t.stateNode,a=null,e!==null&&(a=e.memoizedState.cache),t.memoizedState.cache!==a&&(t.flags|=2048),dn(Je),Ve(),n.pendingContext&&(n.context=n.pendingContext,n.pendingContext=null),(e===null||e.child===null)&&(Za(t)?hn(t):e===null||e.memoizedState.isDehydrated&&(t.flags&256)===0||(t.flags|=1024,xs())),Me(t),null;case 26:var l=t.type,i=t.memoizedState;return e===null?(hn(t),i!==null?(Me(t),Id(t,i)):(Me(t),go(t,l,null,a,n))):i?i!==e.memoizedState?(hn(t),Me(t),Id(t,i)):(Me(t),t.flags&=-16777217):(e=e.memoizedProps,e!==a&&hn(t),Me(t),go(t,l,e,a,n)),null;case 27:if(An(t),n=le.current,l=t.type,e!==null&&t.stateNode!=null)e.memoizedProps!==a&&hn(t);else{if(!a){if(t.stateNode===null)throw Error(c(166));return Me(t),null}e=Y.current,Za(t)?Ur(t):(e=im(l,a,n),t.stateNode=e,hn(t))}return Me(t),null;case 5:if(An(t),l=t.type,e!==null&&t.stateNode!=null)e.memoizedProps!==a&&hn(t);else{if(!a){if(t.stateNode===null)throw Error(c(166));return Me(t),null}if(i=Y.current,Za(t))Ur(t);else{var s=Eu(le.current);switch(i){case 1:i=s.createElementNS("http://www.w3.org/2000/svg",l);break;case 2:i=s.createElementNS("http://www.w3.org/1998/Math/MathML",l);break;default:switch(l){case"svg":i=s.createElementNS("http://www.w3.org/2000/svg",l);break;case"math":i=s.createElementNS("http://www.w3.org/1998/Math/MathML",l);break;case"script":i=s.createElement("div"),i.innerHTML="<script><\/script>",i=i.removeChild(i.firstChild);break;case"select":i=typeof a.is=="string"?s.createElement("select",{is:a.is}):s.createElement("select"),a.multiple?i.multiple=!0:a.size&&(i.size=a.size);break;default:i=typeof a.is=="string"?s.createElement(l,{is:a.is}):s.createElement(l)}}i[lt]=t,i[vt]=a;e:for(s=t.child;s!==null;){if(s.tag===5||s.tag===6)i.appendChild(s.stateNode);else if(s.tag!==4&&s.tag!==27&&s.child!==null){s.child.return=s,s=s.child;continue}if(s===t)break e;for(;s.sibling===null;){if(s.return===null||s.return===t)break e;s=s.return}s.sibling.return=s.return,s=s.sibling}t.stateNode=i;e:switch(ot(i,l,a),l){case"button":case"input":case"select":case"textarea":a=!!a.autoFocus;break e;case"img":a=!0;break e;default:a=!1}a&&hn(t)}}return Me(t),go(t,t.type,e===null?null:e.memoizedProps,t.pendingProps,n),null;case 6:if(e&&t.stateNode!=null)e.memoizedProps!==a&&hn(t);else{if(typeof a!="string"&&t.stateNode===null)throw Error(c(166));if(e=le.current,Za(t)){if(e=t.stateNode,n=t.memoizedProps,a=null,l=it,l!==null)switch(l.tag){case 27:case 5:a=l.memoizedProps}e[lt]=t,e=!!(e.nodeValue===n||a!==null&&a.suppressHydrationWarning===!0||Kf(e.nodeValue,n)),e||Nn(t,!0)}else e=Eu(e).createTextNode(a),e[lt]=t,t.stateNode=e}return Me(t),null;case 31:if(n=t.memoizedState,e===null||e.memoizedState!==null){if(a=Za(t),n!==null){if(e===null){if(!a)throw Error(c(318));if(e=t.memoizedState,e=e!==null?e.dehydrated:null,!e)throw Error(c(557));e[lt]=t}else ma(),(t.flags&128)===0&&(t.memoizedState=null),t.flags|=4;Me(t),e=!1}else n=xs(),e!==null&&e.memoizedState!==null&&(e.memoizedState.hydrationErrors=n),e=!0;if(!e)return t.flags&256?(Ot(t),t):(Ot(t),null);if((t.flags&128)!==0)throw Error(c(558))}return Me(t),null;case 13:if(a=t.memoizedState,e===null||e.memoizedState!==null&&e.memoizedState.dehydrated!==null){if(l=Za(t),a!==null&&a.dehydrated!==null){if(e===null){if(!l)throw Error(c(318));if(l=t.memoizedState,l=l!==null?l.dehydrated:null,!l)throw Error(c(317));l[lt]=t}else ma(),(t.flags&128)===0&&(t.memoizedState=null),t.flags|=4;Me(t),l=!1}else l=xs(),e!==null&&e.memoizedState!==null&&(e.memoizedState.hydrationErrors=l),l=!0;if(!l)return t.flags&256?(Ot(t),t):(Ot(t),null)}return Ot(t),(t.flags&128)!==0?(t.lanes=n,t):(n=a!==null,e=e!==null&&e.memoizedState!==null,n&&(a=t.child,l=null,a.alternate!==null&&a.alternate.memoizedState!==null&&a.alternate.memoizedState.cachePool!==null&&(l=a.alternate.memoizedState.cachePool.pool),i=null,a.memoizedState!==null&&a.memoizedState.cachePool!==null&&(i=a.memoizedState.cachePool.pool),i!==l&&(a.flags|=2048)),n!==e&&n&&(t.child.flags|=8192),su(t,t.updateQueue),Me(t),null);case 4:return Ve(),e===null&&qo(t.stateNode.containerInfo),Me(t),null;case 10:return dn(t.type),Me(t),null;case 19:if(z(Xe),a=t.memoizedState,a===null)return Me(t),null;if(l=(t.flags&128)!==0,i=a.rendering,i===null)if(l)Il(a,!1);else{if(Ye!==0||e!==null&&(e.flags&128)!==0)for(e=t.child;e!==null;){if(i=Ki(e),i!==null){for(t.flags|=128,Il(a,!1),e=i.updateQueue,t.updateQueue=e,su(t,e),t.subtreeFlags=0,e=n,n=t.child;n!==null;)_r(n,e),n=n.sibling;return k(Xe,Xe.current&1|2),ge&&cn(t,a.treeForkCount),t.child}e=e.sibling}a.tail!==null&&Ie()>fu&&(t.flags|=128,l=!0,Il(a,!1),t.lanes=4194304)}else{if(!l)if(e=Ki(i),e!==null){if(t.flags|=128,l=!0,e=e.updateQueue,t.updateQueue=e,su(t,e),Il(a,!0),a.tail===null&&a.tailMode==="hidden"&&!i.alternate&&!ge)return Me(t),null}else 2*Ie()-a.renderingStartTime>fu&&n!==536870912&&(t.flags|=128,l=!0,Il(a,!1),t.lanes=4194304);a.isBackwards?(i.sibling=t.child,t.child=i):(e=a.last,e!==null?e.sibling=i:t.child=i,a.last=i)}return a.tail!==null?(e=a.tail,a.rendering=e,a.tail=e.sibling,a.renderingStartTime=Ie(),e.sibling=null,n=Xe.current,k(Xe,l?n&1|2:n&1),ge&&cn(t,a.treeForkCount),e):(Me(t),null);case 22:case 23:return Ot(t),qs(),a=t.memoizedState!==null,e!==null?e.memoizedState!==null!==a&&(t.flags|=8192):a&&(t.flags|=8192),a?(n&536870912)!==0&&(t.flags&128)===0&&(Me(t),t.subtreeFlags&6&&(t.flags|=8192)):Me(t),n=t.updateQueue,n!==null&&su(t,n.retryQueue),n=null,e!==null&&e.memoizedState!==null&&e.memoizedState.cachePool!==null&&(n=e.memoizedState.cachePool.pool),a=null,t.memoizedState!==null&&t.memoizedState.cachePool!==null&&(a=t.memoizedState.cachePool.pool),a!==n&&(t.flags|=2048),e!==null&&z(ya),null;case 24:return n=null,e!==null&&(n=e.memoizedState.cache),t.memoizedState.cache!==n&&(t.flags|=2048),dn(Je),Me(t),null;case 25:return null;case 30:return null}throw Error(c(156,t.tag))}function xh(e,t){switch(ws(t),t.tag){case 1:return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 3:return dn(Je),Ve(),e=t.flags,(e&65536)!==0&&(e&128)===0?(t.flags=e&-65537|128,t):null;case 26:case 27:case 5:return An(t),null;case 31:if(t.memoizedState!==null){if(Ot(t),t.alternate===null)throw Error(c(340));ma()}return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 13:if(Ot(t),e=t.memoizedState,e!==null&&e.dehydrated!==null){if(t.alternate===null)throw Error(c(340));ma()}return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 19:return z(Xe),null;case 4:return Ve(),null;case 10:return dn(t.type),null;case 22:case 23:return Ot(t),qs(),e!==null&&z(ya),e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 24:return dn(Je),null;case 25:return null;default:return null}}function Wd(e,t){switch(ws(t),t.tag){case 3:dn(Je),Ve();break;case 26:case 27:case 5:An(t);break;case 4:Ve();break;case 31:t.memoizedState!==null&&Ot(t);break;case 13:Ot(t);break;case 19:z(Xe);break;case 10:dn(t.type);break;case 22:case 23:Ot(t),qs(),e!==null&&z(ya);break;case 24:dn(Je)}}function Wl(e,t){try{var n=t.updateQueue,a=n!==null?n.lastEffect:null;if(a!==null){var l=a.next;n=l;do{if((n.tag&e)===e){a=void 0;var i=n.create,s=n.inst;a=i(),s.destroy=a}n=n.next}while(n!==l)}}catch(r){Re(t,t.return,r)}}function Vn(e,t,n){try{var a=t.updateQueue,l=a!==null?a.lastEffect:null;if(l!==null){var i=l.next;a=i;do{if((a.tag&e)===e){var s=a.inst,r=s.destroy;if(r!==void 0){s.destroy=void 0,l=t;var m=n,A=r;try{A()}catch(N){Re(l,m,N)}}}a=a.next}while(a!==i)}}catch(N){Re(t,t.return,N)}}function Pd(e){var t=e.updateQueue;if(t!==null){var n=e.stateNode;try{Gr(t,n)}catch(a){Re(e,e.return,a)}}}function ef(e,t,n){n.props=wa(e.type,e.memoizedProps),n.state=e.memoizedState;try{n.componentWillUnmount()}catch(a){Re(e,t,a)}}function Pl(e,t){try{var n=e.ref;if(n!==null){switch(e.tag){case 26:case 27:case 5:var a=e.stateNode;break;case 30:a=e.stateNode;break;default:a=e.stateNode}typeof n=="function"?e.refCleanup=n(a):n.current=a}}catch(l){Re(e,t,l)}}function tn(e,t){var n=e.ref,a=e.refCleanup;if(n!==null)if(typeof a=="function")try{a()}catch(l){Re(e,t,l)}finally{e.refCleanup=null,e=e.alternate,e!=null&&(e.refCleanup=null)}else if(typeof n=="function")try{n(null)}catch(l){Re(e,t,l)}else n.current=null}function tf(e){var t=e.type,n=e.memoizedProps,a=e.stateNode;try{e:switch(t){case"button":case"input":case"select":case"textarea":n.autoFocus&&a.focus();break e;case"img":n.src?a.src=n.src:n.srcSet&&(a.srcset=n.srcSet)}}catch(l){Re(e,e.return,l)}}function ho(e,t,n){try{var a=e.stateNode;Qh(a,e.type,n,t),a[vt]=t}catch(l){Re(e,e.return,l)}}function nf(e){return e.tag===5||e.tag===3||e.tag===26||e.tag===27&&Qn(e.type)||e.tag===4}function yo(e){e:for(;;){for(;e.sibling===null;){if(e.return===null||nf(e.return))return null;e=e.return}for(e.sibling.return=e.return,e=e.sibling;e.tag!==5&&e.tag!==6&&e.tag!==18;){if(e.tag===27&&Qn(e.type)||e.flags&2||e.child===null||e.tag===4)continue e;e.child.return=e,e=e.child}if(!(e.flags&2))return e.stateNode}}function po(e,t,n){var a=e.tag;if(a===5||a===6)e=e.stateNode,t?(n.nodeType===9?n.body:n.nodeName==="HTML"?n.ownerDocument.body:n).insertBefore(e,t):(t=n.nodeType===9?n.body:n.nodeName==="HTML"?n.ownerDocument.body:n,t.appendChild(e),n=n._reactRootContainer,n!=null||t.onclick!==null||(t.onclick=un));else if(a!==4&&(a===27&&Qn(e.type)&&(n=e.stateNode,t=null),e=e.child,e!==null))for(po(e,t,n),e=e.sibling;e!==null;)po(e,t,n),e=e.sibling}function ou(e,t,n){var a=e.tag;if(a===5||a===6)e=e.stateNode,t?n.insertBefore(e,t):n.appendChild(e);else if(a!==4&&(a===27&&Qn(e.type)&&(n=e.stateNode),e=e.child,e!==null))for(ou(e,t,n),e=e.sibling;e!==null;)ou(e,t,n),e=e.sibling}function af(e){var t=e.stateNode,n=e.memoizedProps;try{for(var a=e.type,l=t.attributes;l.length;)t.removeAttributeNode(l[0]);ot(t,a,n),t[lt]=e,t[vt]=n}catch(i){Re(e,e.return,i)}}var yn=!1,Fe=!1,vo=!1,lf=typeof WeakSet=="function"?WeakSet:Set,nt=null;function Ah(e,t){if(e=e.containerInfo,Bo=Cu,e=yr(e),rs(e)){if("selectionStart"in e)var n={start:e.selectionStart,end:e.selectionEnd};else e:{n=(n=e.ownerDocument)&&n.defaultView||window;var a=n.getSelection&&n.getSelection();if(a&&a.rangeCount!==0){n=a.anchorNode;var l=a.anchorOffset,i=a.focusNode;a=a.focusOffset;try{n.nodeType,i.nodeType}catch{n=null;break e}var s=0,r=-1,m=-1,A=0,N=0,D=e,R=null;t:for(;;){for(var T;D!==n||l!==0&&D.nodeType!==3||(r=s+l),D!==i||a!==0&&D.nodeType!==3||(m=s+a),D.nodeType===3&&(s+=D.nodeValue.length),(T=D.firstChild)!==null;)R=D,D=T;for(;;){if(D===e)break t;if(R===n&&++A===l&&(r=s),R===i&&++N===a&&(m=s),(T=D.nextSibling)!==null)break;D=R,R=D.parentNode}D=T}n=r===-1||m===-1?null:{start:r,end:m}}else n=null}n=n||{start:0,end:0}}else n=null;for(Ho={focusedElem:e,selectionRange:n},Cu=!1,nt=t;nt!==null;)if(t=nt,e=t.child,(t.subtreeFlags&1028)!==0&&e!==null)e.return=t,nt=e;else for(;nt!==null;){switch(t=nt,i=t.alternate,e=t.flags,t.tag){case 0:if((e&4)!==0&&(e=t.updateQueue,e=e!==null?e.events:null,e!==null))for(n=0;n<e.length;n++)l=e[n],l.ref.impl=l.nextImpl;break;case 11:case 15:break;case 1:if((e&1024)!==0&&i!==null){e=void 0,n=t,l=i.memoizedProps,i=i.memoizedState,a=n.stateNode;try{var G=wa(n.type,l);e=a.getSnapshotBeforeUpdate(G,i),a.__reactInternalSnapshotBeforeUpdate=e}catch($){Re(n,n.return,$)}}break;case 3:if((e&1024)!==0){if(e=t.stateNode.containerInfo,n=e.nodeType,n===9)Go(e);else if(n===1)switch(e.nodeName){case"HEAD":case"HTML":case"BODY":Go(e);break;default:e.textContent=""}}break;case 5:case 26:case 27:case 6:case 4:case 17:break;default:if((e&1024)!==0)throw Error(c(163))}if(e=t.sibling,e!==null){e.return=t.return,nt=e;break}nt=t.return}}function uf(e,t,n){var a=n.flags;switch(n.tag){case 0:case 11:case 15:vn(e,n),a&4&&Wl(5,n);break;case 1:if(vn(e,n),a&4)if(e=n.stateNode,t===null)try{e.componentDidMount()}catch(s){Re(n,n.return,s)}else{var l=wa(n.type,t.memoizedProps);t=t.memoizedState;try{e.componentDidUpdate(l,t,e.__reactInternalSnapshotBeforeUpdate)}catch(s){Re(n,n.return,s)}}a&64&&Pd(n),a&512&&Pl(n,n.return);break;case 3:if(vn(e,n),a&64&&(e=n.updateQueue,e!==null)){if(t=null,n.child!==null)switch(n.child.tag){case 27:case 5:t=n.child.stateNode;break;case 1:t=n.child.stateNode}try{Gr(e,t)}catch(s){Re(n,n.return,s)}}break;case 27:t===null&&a&4&&af(n);case 26:case 5:vn(e,n),t===null&&a&4&&tf(n),a&512&&Pl(n,n.return);break;case 12:vn(e,n);break;case 31:vn(e,n),a&4&&cf(e,n);break;case 13:vn(e,n),a&4&&rf(e,n),a&64&&(e=n.memoizedState,e!==null&&(e=e.dehydrated,e!==null&&(n=zh.bind(null,n),Ph(e,n))));break;case 22:if(a=n.memoizedState!==null||yn,!a){t=t!==null&&t.memoizedState!==null||Fe,l=yn;var i=Fe;yn=a,(Fe=t)&&!i?bn(e,n,(n.subtreeFlags&8772)!==0):vn(e,n),yn=l,Fe=i}break;case 30:break;default:vn(e,n)}}function sf(e){var t=e.alternate;t!==null&&(e.alternate=null,sf(t)),e.child=null,e.deletions=null,e.sibling=null,e.tag===5&&(t=e.stateNode,t!==null&&Ju(t)),e.stateNode=null,e.return=null,e.dependencies=null,e.memoizedProps=null,e.memoizedState=null,e.pendingProps=null,e.stateNode=null,e.updateQueue=null}var He=null,St=!1;function pn(e,t,n){for(n=n.child;n!==null;)of(e,t,n),n=n.sibling}function of(e,t,n){if(oe&&typeof oe.onCommitFiberUnmount=="function")try{oe.onCommitFiberUnmount(F,n)}catch{}switch(n.tag){case 26:Fe||tn(n,t),pn(e,t,n),n.memoizedState?n.memoizedState.count--:n.stateNode&&(n=n.stateNode,n.parentNode.removeChild(n));break;case 27:Fe||tn(n,t);var a=He,l=St;Qn(n.type)&&(He=n.stateNode,St=!1),pn(e,t,n),oi(n.stateNode),He=a,St=l;break;case 5:Fe||tn(n,t);case 6:if(a=He,l=St,He=null,pn(e,t,n),He=a,St=l,He!==null)if(St)try{(He.nodeType===9?He.body:He.nodeName==="HTML"?He.ownerDocument.body:He).removeChild(n.stateNode)}catch(i){Re(n,t,i)}else try{He.removeChild(n.stateNode)}catch(i){Re(n,t,i)}break;case 18:He!==null&&(St?(e=He,em(e.nodeType===9?e.body:e.nodeName==="HTML"?e.ownerDocument.body:e,n.stateNode),ml(e)):em(He,n.stateNode));break;case 4:a=He,l=St,He=n.stateNode.containerInfo,St=!0,pn(e,t,n),He=a,St=l;break;case 0:case 11:case 14:case 15:Vn(2,n,t),Fe||Vn(4,n,t),pn(e,t,n);break;case 1:Fe||(tn(n,t),a=n.stateNode,typeof a.componentWillUnmount=="function"&&ef(n,t,a)),pn(e,t,n);break;case 21:pn(e,t,n);break;case 22:Fe=(a=Fe)||n.memoizedState!==null,pn(e,t,n),Fe=a;break;default:pn(e,t,n)}}function cf(e,t){if(t.memoizedState===null&&(e=t.alternate,e!==null&&(e=e.memoizedState,e!==null))){e=e.dehydrated;try{ml(e)}catch(n){Re(t,t.return,n)}}}function rf(e,t){if(t.memoizedState===null&&(e=t.alternate,e!==null&&(e=e.memoizedState,e!==null&&(e=e.dehydrated,e!==null))))try{ml(e)}catch(n){Re(t,t.return,n)}}function _h(e){switch(e.tag){case 31:case 13:case 19:var t=e.stateNode;return t===null&&(t=e.stateNode=new lf),t;case 22:return e=e.stateNode,t=e._retryCache,t===null&&(t=e._retryCache=new lf),t;default:throw Error(c(435,e.tag))}}function cu(e,t){var n=_h(e);t.forEach(function(a){if(!n.has(a)){n.add(a);var l=Dh.bind(null,e,a);a.then(l,l)}})}function wt(e,t){var n=t.deletions;if(n!==null)for(var a=0;a<n.length;a++){var l=n[a],i=e,s=t,r=s;e:for(;r!==null;){switch(r.tag){case 27:if(Qn(r.type)){He=r.stateNode,St=!1;break e}break;case 5:He=r.stateNode,St=!1;break e;case 3:case 4:He=r.stateNode.containerInfo,St=!0;break e}r=r.return}if(He===null)throw Error(c(160));of(i,s,l),He=null,St=!1,i=l.alternate,i!==null&&(i.return=null),l.return=null}if(t.subtreeFlags&13886)for(t=t.child;t!==null;)df(t,e),t=t.sibling}var Ft=null;function df(e,t){var n=e.alternate,a=e.flags;switch(e.tag){case 0:case 11:case 14:case 15:wt(t,e),Et(e),a&4&&(Vn(3,e,e.return),Wl(3,e),Vn(5,e,e.return));break;case 1:wt(t,e),Et(e),a&512&&(Fe||n===null||tn(n,n.return)),a&64&&yn&&(e=e.updateQueue,e!==null&&(a=e.callbacks,a!==null&&(n=e.shared.hiddenCallbacks,e.shared.hiddenCallbacks=n===null?a:n.concat(a))));break;case 26:var l=Ft;if(wt(t,e),Et(e),a&512&&(Fe||n===null||tn(n,n.return)),a&4){var i=n!==null?n.memoizedState:null;if(a=e.memoizedState,n===null)if(a===null)if(e.stateNode===null){e:{a=e.type,n=e.memoizedProps,l=l.ownerDocument||l;t:switch(a){case"title":i=l.getElementsByTagName("title")[0],(!i||i[Rl]||i[lt]||i.namespaceURI==="http://www.w3.org/2000/svg"||i.hasAttribute("itemprop"))&&(i=l.createElement(a),l.head.insertBefore(i,l.querySelector("head > title"))),ot(i,a,n),i[lt]=e,tt(i),a=i;break e;case"link":var s=dm("link","href",l).get(a+(n.href||""));if(s){for(var r=0;r<s.length;r++)if(i=s[r],i.getAttribute("href")===(n.href==null||n.href===""?null:n.href)&&i.getAttribute("rel")===(n.rel==null?null:n.rel)&&i.getAttribute("title")===(n.title==null?null:n.title)&&i.getAttribute("crossorigin")===(n.crossOrigin==null?null:n.crossOrigin)){s.splice(r,1);break t}}i=l.createElement(a),ot(i,a,n),l.head.appendChild(i);break;case"meta":if(s=dm("meta","content",l).get(a+(n.content||""))){for(r=0;r<s.length;r++)if(i=s[r],i.getAttribute("content")===(n.content==null?null:""+n.content)&&i.getAttribute("name")===(n.name==null?null:n.name)&&i.getAttribute("property")===(n.property==null?null:n.property)&&i.getAttribute("http-equiv")===(n.httpEquiv==null?null:n.httpEquiv)&&i.getAttribute("charset")===(n.charSet==null?null:n.charSet)){s.splice(r,1);break t}}i=l.createElement(a),ot(i,a,n),l.head.appendChild(i);break;default:throw Error(c(468,a))}i[lt]=e,tt(i),a=i}e.stateNode=a}else fm(l,e.type,e.stateNode);else e.stateNode=rm(l,a,e.memoizedProps);else i!==a?(i===null?n.stateNode!==null&&(n=n.stateNode,n.parentNode.removeChild(n)):i.count--,a===null?fm(l,e.type,e.stateNode):rm(l,a,e.memoizedProps)):a===null&&e.stateNode!==null&&ho(e,e.memoizedProps,n.memoizedProps)}break;case 27:wt(t,e),Et(e),a&512&&(Fe||n===null||tn(n,n.return)),n!==null&&a&4&&ho(e,e.memoizedProps,n.memoizedProps);break;case 5:if(wt(t,e),Et(e),a&512&&(Fe||n===null||tn(n,n.return)),e.flags&32){l=e.stateNode;try{qa(l,"")}catch(G){Re(e,e.return,G)}}a&4&&e.stateNode!=null&&(l=e.memoizedProps,ho(e,l,n!==null?n.memoizedProps:l)),a&1024&&(vo=!0);break;case 6:if(wt(t,e),Et(e),a&4){if(e.stateNode===null)throw Error(c(162));a=e.memoizedProps,n=e.stateNode;try{n.nodeValue=a}catch(G){Re(e,e.return,G)}}break;case 3:if(_u=null,l=Ft,Ft=xu(t.containerInfo),wt(t,e),Ft=l,Et(e),a&4&&n!==null&&n.memoizedState.isDehydrated)try{ml(t.containerInfo)}catch(G){Re(e,e.return,G)}vo&&(vo=!1,ff(e));break;case 4:a=Ft,Ft=xu(e.stateNode.containerInfo),wt(t,e),Et(e),Ft=a;break;case 12:wt(t,e),Et(e);break;case 31:wt(t,e),Et(e),a&4&&(a=e.updateQueue,a!==null&&(e.updateQueue=null,cu(e,a)));break;case 13:wt(t,e),Et(e),e.child.flags&8192&&e.memoizedState!==null!=(n!==null&&n.memoizedState!==null)&&(du=Ie()),a&4&&(a=e.updateQueue,a!==null&&(e.updateQueue=null,cu(e,a)));break;case 22:l=e.memoizedState!==null;var m=n!==null&&n.memoizedState!==null,A=yn,N=Fe;if(yn=A||l,Fe=N||m,wt(t,e),Fe=N,yn=A,Et(e),a&8192)e:for(t=e.stateNode,t._visibility=l?t._visibility&-2:t._visibility|1,l&&(n===null||m||yn||Fe||Ea(e)),n=null,t=e;;){if(t.tag===5||t.tag===26){if(n===null){m=n=t;try{if(i=m.stateNode,l)s=i.style,typeof s.setProperty=="function"?s.setProperty("display","none","important"):s.display="none";else{r=m.stateNode;var D=m.memoizedProps.style,R=D!=null&&D.hasOwnProperty("display")?D.display:null;r.style.display=R==null||typeof R=="boolean"?"":(""+R).trim()}}catch(G){Re(m,m.return,G)}}}else if(t.tag===6){if(n===null){m=t;try{m.stateNode.nodeValue=l?"":m.memoizedProps}catch(G){Re(m,m.return,G)}}}else if(t.tag===18){if(n===null){m=t;try{var T=m.stateNode;l?tm(T,!0):tm(m.stateNode,!1)}catch(G){Re(m,m.return,G)}}}else if((t.tag!==22&&t.tag!==23||t.memoizedState===null||t===e)&&t.child!==null){t.child.return=t,t=t.child;continue}if(t===e)break e;for(;t.sibling===null;){if(t.return===null||t.return===e)break e;n===t&&(n=null),t=t.return}n===t&&(n=null),t.sibling.return=t.return,t=t.sibling}a&4&&(a=e.updateQueue,a!==null&&(n=a.retryQueue,n!==null&&(a.retryQueue=null,cu(e,n))));break;case 19:wt(t,e),Et(e),a&4&&(a=e.updateQueue,a!==null&&(e.updateQueue=null,cu(e,a)));break;case 30:break;case 21:break;default:wt(t,e),Et(e)}}function Et(e){var t=e.flags;if(t&2){try{for(var n,a=e.return;a!==null;){if(nf(a)){n=a;break}a=a.return}if(n==null)throw Error(c(160));switch(n.tag){case 27:var l=n.stateNode,i=yo(e);ou(e,i,l);break;case 5:var s=n.stateNode;n.flags&32&&(qa(s,""),n.flags&=-33);var r=yo(e);ou(e,r,s);break;case 3:case 4:var m=n.stateNode.containerInfo,A=yo(e);po(e,A,m);break;default:throw Error(c(161))}}catch(N){Re(e,e.return,N)}e.flags&=-3}t&4096&&(e.flags&=-4097)}function ff(e){if(e.subtreeFlags&1024)for(e=e.child;e!==null;){var t=e;ff(t),t.tag===5&&t.flags&1024&&t.stateNode.reset(),e=e.sibling}}function vn(e,t){if(t.subtreeFlags&8772)for(t=t.child;t!==null;)uf(e,t.alternate,t),t=t.sibling}function Ea(e){for(e=e.child;e!==null;){var t=e;switch(t.tag){case 0:case 11:case 14:case 15:Vn(4,t,t.return),Ea(t);break;case 1:tn(t,t.return);var n=t.stateNode;typeof n.componentWillUnmount=="function"&&ef(t,t.return,n),Ea(t);break;case 27:oi(t.stateNode);case 26:case 5:tn(t,t.return),Ea(t);break;case 22:t.memoizedState===null&&Ea(t);break;case 30:Ea(t);break;default:Ea(t)}e=e.sibling}}function bn(e,t,n){for(n=n&&(t.subtreeFlags&8772)!==0,t=t.child;t!==null;){var a=t.alternate,l=e,i=t,s=i.flags;switch(i.tag){case 0:case 11:case 15:bn(l,i,n),Wl(4,i);break;case 1:if(bn(l,i,n),a=i,l=a.stateNode,typeof l.componentDidMount=="function")try{l.componentDidMount()}catch(A){Re(a,a.return,A)}if(a=i,l=a.updateQueue,l!==null){var r=a.stateNode;try{var m=l.shared.hiddenCallbacks;if(m!==null)for(l.shared.hiddenCallbacks=null,l=0;l<m.length;l++)Yr(m[l],r)}catch(A){Re(a,a.return,A)}}n&&s&64&&Pd(i),Pl(i,i.return);break;case 27:af(i);case 26:case 5:bn(l,i,n),n&&a===null&&s&4&&tf(i),Pl(i,i.return);break;case 12:bn(l,i,n);break;case 31:bn(l,i,n),n&&s&4&&cf(l,i);break;case 13:bn(l,i,n),n&&s&4&&rf(l,i);break;case 22:i.memoizedState===null&&bn(l,i,n),Pl(i,i.return);break;case 30:break;default:bn(l,i,n)}t=t.sibling}}function bo(e,t){var n=null;e!==null&&e.memoizedState!==null&&e.memoizedState.cachePool!==null&&(n=e.memoizedState.cachePool.pool),e=null,t.memoizedState!==null&&t.memoizedState.cachePool!==null&&(e=t.memoizedState.cachePool.pool),e!==n&&(e!=null&&e.refCount++,n!=null&&Bl(n))}function So(e,t){e=null,t.alternate!==null&&(e=t.alternate.memoizedState.cache),t=t.memoizedState.cache,t!==e&&(t.refCount++,e!=null&&Bl(e))}function It(e,t,n,a){if(t.subtreeFlags&10256)for(t=t.child;t!==null;)mf(e,t,n,a),t=t.sibling}function mf(e,t,n,a){var l=t.flags;switch(t.tag){case 0:case 11:case 15:It(e,t,n,a),l&2048&&Wl(9,t);break;case 1:It(e,t,n,a);break;case 3:It(e,t,n,a),l&2048&&(e=null,t.alternate!==null&&(e=t.alternate.memoizedState.cache),t=t.memoizedState.cache,t!==e&&(t.refCount++,e!=null&&Bl(e)));break;case 12:if(l&2048){It(e,t,n,a),e=t.stateNode;try{var i=t.memoizedProps,s=i.id,r=i.onPostCommit;typeof r=="function"&&r(s,t.alternate===null?"mount":"update",e.passiveEffectDuration,-0)}catch(m){Re(t,t.return,m)}}else It(e,t,n,a);break;case 31:It(e,t,n,a);break;case 13:It(e,t,n,a);break;case 23:break;case 22:i=t.stateNode,s=t.alternate,t.memoizedState!==null?i._visibility&2?It(e,t,n,a):ei(e,t):i._visibility&2?It(e,t,n,a):(i._visibility|=2,nl(e,t,n,a,(t.subtreeFlags&10256)!==0||!1)),l&2048&&bo(s,t);break;case 24:It(e,t,n,a),l&2048&&So(t.alternate,t);break;default:It(e,t,n,a)}}function nl(e,t,n,a,l){for(l=l&&((t.subtreeFlags&10256)!==0||!1),t=t.child;t!==null;){var i=e,s=t,r=n,m=a,A=s.flags;switch(s.tag){case 0:case 11:case 15:nl(i,s,r,m,l),Wl(8,s);break;case 23:break;case 22:var N=s.stateNode;s.memoizedState!==null?N._visibility&2?nl(i,s,r,m,l):ei(i,s):(N._visibility|=2,nl(i,s,r,m,l)),l&&A&2048&&bo(s.alternate,s);break;case 24:nl(i,s,r,m,l),l&&A&2048&&So(s.alternate,s);break;default:nl(i,s,r,m,l)}t=t.sibling}}function ei(e,t){if(t.subtreeFlags&10256)for(t=t.child;t!==null;){var n=e,a=t,l=a.flags;switch(a.tag){case 22:ei(n,a),l&2048&&bo(a.alternate,a);break;case 24:ei(n,a),l&2048&&So(a.alternate,a);break;default:ei(n,a)}t=t.sibling}}var ti=8192;function al(e,t,n){if(e.subtreeFlags&ti)for(e=e.child;e!==null;)gf(e,t,n),e=e.sibling}function gf(e,t,n){switch(e.tag){case 26:al(e,t,n),e.flags&ti&&e.memoizedState!==null&&dy(n,Ft,e.memoizedState,e.memoizedProps);break;case 5:al(e,t,n);break;case 3:case 4:var a=Ft;Ft=xu(e.stateNode.containerInfo),al(e,t,n),Ft=a;break;case 22:e.memoizedState===null&&(a=e.alternate,a!==null&&a.memoizedState!==null?(a=ti,ti=16777216,al(e,t,n),ti=a):al(e,t,n));break;default:al(e,t,n)}}function hf(e){var t=e.alternate;if(t!==null&&(e=t.child,e!==null)){t.child=null;do t=e.sibling,e.sibling=null,e=t;while(e!==null)}}function ni(e){var t=e.deletions;if((e.flags&16)!==0){if(t!==null)for(var n=0;n<t.length;n++){var a=t[n];nt=a,pf(a,e)}hf(e)}if(e.subtreeFlags&10256)for(e=e.child;e!==null;)yf(e),e=e.sibling}function yf(e){switch(e.tag){case 0:case 11:case 15:ni(e),e.flags&2048&&Vn(9,e,e.return);break;case 3:ni(e);break;case 12:ni(e);break;case 22:var t=e.stateNode;e.memoizedState!==null&&t._visibility&2&&(e.return===null||e.return.tag!==13)?(t._visibility&=-3,ru(e)):ni(e);break;default:ni(e)}}function ru(e){var t=e.deletions;if((e.flags&16)!==0){if(t!==null)for(var n=0;n<t.length;n++){var a=t[n];nt=a,pf(a,e)}hf(e)}for(e=e.child;e!==null;){switch(t=e,t.tag){case 0:case 11:case 15:Vn(8,t,t.return),ru(t);break;case 22:n=t.stateNode,n._visibility&2&&(n._visibility&=-3,ru(t));break;default:ru(t)}e=e.sibling}}function pf(e,t){for(;nt!==null;){var n=nt;switch(n.tag){case 0:case 11:case 15:Vn(8,n,t);break;case 23:case 22:if(n.memoizedState!==null&&n.memoizedState.cachePool!==null){var a=n.memoizedState.cachePool.pool;a!=null&&a.refCount++}break;case 24:Bl(n.memoizedState.cache)}if(a=n.child,a!==null)a.return=n,nt=a;else e:for(n=e;nt!==null;){a=nt;var l=a.sibling,i=a.return;if(sf(a),a===n){nt=null;break e}if(l!==null){l.return=i,nt=l;break e}nt=i}}}var Rh={getCacheForType:function(e){var t=ut(Je),n=t.data.get(e);return n===void 0&&(n=e(),t.data.set(e,n)),n},cacheSignal:function(){return ut(Je).controller.signal}},jh=typeof WeakMap=="function"?WeakMap:Map,xe=0,ze=null,re=null,fe=0,_e=0,zt=null,Bn=!1,ll=!1,wo=!1,Sn=0,Ye=0,Hn=0,xa=0,Eo=0,Dt=0,il=0,ai=null,xt=null,xo=!1,du=0,vf=0,fu=1/0,mu=null,kn=null,We=0,Yn=null,ul=null,wn=0,Ao=0,_o=null,bf=null,li=0,Ro=null;function Lt(){return(xe&2)!==0&&fe!==0?fe&-fe:U.T!==null?Oo():Dc()}function Sf(){if(Dt===0)if((fe&536870912)===0||ge){var e=ia;ia<<=1,(ia&3932160)===0&&(ia=262144),Dt=e}else Dt=536870912;return e=Nt.current,e!==null&&(e.flags|=32),Dt}function At(e,t,n){(e===ze&&(_e===2||_e===9)||e.cancelPendingCommit!==null)&&(sl(e,0),Gn(e,fe,Dt,!1)),_l(e,n),((xe&2)===0||e!==ze)&&(e===ze&&((xe&2)===0&&(xa|=n),Ye===4&&Gn(e,fe,Dt,!1)),nn(e))}function wf(e,t,n){if((xe&6)!==0)throw Error(c(327));var a=!n&&(t&127)===0&&(t&e.expiredLanes)===0||Al(e,t),l=a?Uh(e,t):To(e,t,!0),i=a;do{if(l===0){ll&&!a&&Gn(e,t,0,!1);break}else{if(n=e.current.alternate,i&&!Th(n)){l=To(e,t,!1),i=!1;continue}if(l===2){if(i=t,e.errorRecoveryDisabledLanes&i)var s=0;else s=e.pendingLanes&-536870913,s=s!==0?s:s&536870912?536870912:0;if(s!==0){t=s;e:{var r=e;l=ai;var m=r.current.memoizedState.isDehydrated;if(m&&(sl(r,s).flags|=256),s=To(r,s,!1),s!==2){if(wo&&!m){r.errorRecoveryDisabledLanes|=i,xa|=i,l=4;break e}i=xt,xt=l,i!==null&&(xt===null?xt=i:xt.push.apply(xt,i))}l=s}if(i=!1,l!==2)continue}}if(l===1){sl(e,0),Gn(e,t,0,!0);break}e:{switch(a=e,i=l,i){case 0:case 1:throw Error(c(345));case 4:if((t&4194048)!==t)break;case 6:Gn(a,t,Dt,!Bn);break e;case 2:xt=null;break;case 3:case 5:break;default:throw Error(c(329))}if((t&62914560)===t&&(l=du+300-Ie(),10<l)){if(Gn(a,t,Dt,!Bn),xi(a,0,!0)!==0)break e;wn=t,a.timeoutHandle=Wf(Ef.bind(null,a,n,xt,mu,xo,t,Dt,xa,il,Bn,i,"Throttled",-0,0),l);break e}Ef(a,n,xt,mu,xo,t,Dt,xa,il,Bn,i,null,-0,0)}}break}while(!0);nn(e)}function Ef(e,t,n,a,l,i,s,r,m,A,N,D,R,T){if(e.timeoutHandle=-1,D=t.subtreeFlags,D&8192||(D&16785408)===16785408){D={stylesheets:null,count:0,imgCount:0,imgBytes:0,suspenseyImages:[],waitingForImages:!0,waitingForViewTransition:!1,unsuspend:un},gf(t,i,D);var G=(i&62914560)===i?du-Ie():(i&4194048)===i?vf-Ie():0;if(G=fy(D,G),G!==null){wn=i,e.cancelPendingCommit=G(Uf.bind(null,e,t,i,n,a,l,s,r,m,N,D,null,R,T)),Gn(e,i,s,!A);return}}Uf(e,t,i,n,a,l,s,r,m)}function Th(e){for(var t=e;;){var n=t.tag;if((n===0||n===11||n===15)&&t.flags&16384&&(n=t.updateQueue,n!==null&&(n=n.stores,n!==null)))for(var a=0;a<n.length;a++){var l=n[a],i=l.getSnapshot;l=l.value;try{if(!Ct(i(),l))return!1}catch{return!1}}if(n=t.child,t.subtreeFlags&16384&&n!==null)n.return=t,t=n;else{if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return!0;t=t.return}t.sibling.return=t.return,t=t.sibling}}return!0}function Gn(e,t,n,a){t&=~Eo,t&=~xa,e.suspendedLanes|=t,e.pingedLanes&=~t,a&&(e.warmLanes|=t),a=e.expirationTimes;for(var l=t;0<l;){var i=31-Be(l),s=1<<i;a[i]=-1,l&=~s}n!==0&&Nc(e,n,t)}function gu(){return(xe&6)===0?(ii(0),!1):!0}function jo(){if(re!==null){if(_e===0)var e=re.return;else e=re,rn=ga=null,Ys(e),Ia=null,kl=0,e=re;for(;e!==null;)Wd(e.alternate,e),e=e.return;re=null}}function sl(e,t){var n=e.timeoutHandle;n!==-1&&(e.timeoutHandle=-1,Kh(n)),n=e.cancelPendingCommit,n!==null&&(e.cancelPendingCommit=null,n()),wn=0,jo(),ze=e,re=n=on(e.current,null),fe=t,_e=0,zt=null,Bn=!1,ll=Al(e,t),wo=!1,il=Dt=Eo=xa=Hn=Ye=0,xt=ai=null,xo=!1,(t&8)!==0&&(t|=t&32);var a=e.entangledLanes;if(a!==0)for(e=e.entanglements,a&=t;0<a;){var l=31-Be(a),i=1<<l;t|=e[l],a&=~i}return Sn=t,Li(),n}function xf(e,t){ie=null,U.H=$l,t===Fa||t===Gi?(t=Vr(),_e=3):t===Us?(t=Vr(),_e=4):_e=t===lo?8:t!==null&&typeof t=="object"&&typeof t.then=="function"?6:1,zt=t,re===null&&(Ye=1,au(e,kt(t,e.current)))}function Af(){var e=Nt.current;return e===null?!0:(fe&4194048)===fe?Qt===null:(fe&62914560)===fe||(fe&536870912)!==0?e===Qt:!1}function _f(){var e=U.H;return U.H=$l,e===null?$l:e}function Rf(){var e=U.A;return U.A=Rh,e}function hu(){Ye=4,Bn||(fe&4194048)!==fe&&Nt.current!==null||(ll=!0),(Hn&134217727)===0&&(xa&134217727)===0||ze===null||Gn(ze,fe,Dt,!1)}function To(e,t,n){var a=xe;xe|=2;var l=_f(),i=Rf();(ze!==e||fe!==t)&&(mu=null,sl(e,t)),t=!1;var s=Ye;e:do try{if(_e!==0&&re!==null){var r=re,m=zt;switch(_e){case 8:jo(),s=6;break e;case 3:case 2:case 9:case 6:Nt.current===null&&(t=!0);var A=_e;if(_e=0,zt=null,ol(e,r,m,A),n&&ll){s=0;break e}break;default:A=_e,_e=0,zt=null,ol(e,r,m,A)}}Ch(),s=Ye;break}catch(N){xf(e,N)}while(!0);return t&&e.shellSuspendCounter++,rn=ga=null,xe=a,U.H=l,U.A=i,re===null&&(ze=null,fe=0,Li()),s}function Ch(){for(;re!==null;)jf(re)}function Uh(e,t){var n=xe;xe|=2;var a=_f(),l=Rf();ze!==e||fe!==t?(mu=null,fu=Ie()+500,sl(e,t)):ll=Al(e,t);e:do try{if(_e!==0&&re!==null){t=re;var i=zt;t:switch(_e){case 1:_e=0,zt=null,ol(e,t,i,1);break;case 2:case 9:if(qr(i)){_e=0,zt=null,Tf(t);break}t=function(){_e!==2&&_e!==9||ze!==e||(_e=7),nn(e)},i.then(t,t);break e;case 3:_e=7;break e;case 4:_e=5;break e;case 7:qr(i)?(_e=0,zt=null,Tf(t)):(_e=0,zt=null,ol(e,t,i,7));break;case 5:var s=null;switch(re.tag){case 26:s=re.memoizedState;case 5:case 27:var r=re;if(s?mm(s):r.stateNode.complete){_e=0,zt=null;var m=r.sibling;if(m!==null)re=m;else{var A=r.return;A!==null?(re=A,yu(A)):re=null}break t}}_e=0,zt=null,ol(e,t,i,5);break;case 6:_e=0,zt=null,ol(e,t,i,6);break;case 8:jo(),Ye=6;break e;default:throw Error(c(462))}}Nh();break}catch(N){xf(e,N)}while(!0);return rn=ga=null,U.H=a,U.A=l,xe=n,re!==null?0:(ze=null,fe=0,Li(),Ye)}function Nh(){for(;re!==null&&!wl();)jf(re)}function jf(e){var t=Fd(e.alternate,e,Sn);e.memoizedProps=e.pendingProps,t===null?yu(e):re=t}function Tf(e){var t=e,n=t.alternate;switch(t.tag){case 15:case 0:t=Xd(n,t,t.pendingProps,t.type,void 0,fe);break;case 11:t=Xd(n,t,t.pendingProps,t.type.render,t.ref,fe);break;case 5:Ys(t);default:Wd(n,t),t=re=_r(t,Sn),t=Fd(n,t,Sn)}e.memoizedProps=e.pendingProps,t===null?yu(e):re=t}function ol(e,t,n,a){rn=ga=null,Ys(t),Ia=null,kl=0;var l=t.return;try{if(bh(e,l,t,n,fe)){Ye=1,au(e,kt(n,e.current)),re=null;return}}catch(i){if(l!==null)throw re=l,i;Ye=1,au(e,kt(n,e.current)),re=null;return}t.flags&32768?(ge||a===1?e=!0:ll||(fe&536870912)!==0?e=!1:(Bn=e=!0,(a===2||a===9||a===3||a===6)&&(a=Nt.current,a!==null&&a.tag===13&&(a.flags|=16384))),Cf(t,e)):yu(t)}function yu(e){var t=e;do{if((t.flags&32768)!==0){Cf(t,Bn);return}e=t.return;var n=Eh(t.alternate,t,Sn);if(n!==null){re=n;return}if(t=t.sibling,t!==null){re=t;return}re=t=e}while(t!==null);Ye===0&&(Ye=5)}function Cf(e,t){do{var n=xh(e.alternate,e);if(n!==null){n.flags&=32767,re=n;return}if(n=e.return,n!==null&&(n.flags|=32768,n.subtreeFlags=0,n.deletions=null),!t&&(e=e.sibling,e!==null)){re=e;return}re=e=n}while(e!==null);Ye=6,re=null}function Uf(e,t,n,a,l,i,s,r,m){e.cancelPendingCommit=null;do pu();while(We!==0);if((xe&6)!==0)throw Error(c(327));if(t!==null){if(t===e.current)throw Error(c(177));if(i=t.lanes|t.childLanes,i|=hs,rg(e,n,i,s,r,m),e===ze&&(re=ze=null,fe=0),ul=t,Yn=e,wn=n,Ao=i,_o=l,bf=a,(t.subtreeFlags&10256)!==0||(t.flags&10256)!==0?(e.callbackNode=null,e.callbackPriority=0,Lh(rt,function(){return Lf(),null})):(e.callbackNode=null,e.callbackPriority=0),a=(t.flags&13878)!==0,(t.subtreeFlags&13878)!==0||a){a=U.T,U.T=null,l=H.p,H.p=2,s=xe,xe|=4;try{Ah(e,t,n)}finally{xe=s,H.p=l,U.T=a}}We=1,Nf(),Of(),zf()}}function Nf(){if(We===1){We=0;var e=Yn,t=ul,n=(t.flags&13878)!==0;if((t.subtreeFlags&13878)!==0||n){n=U.T,U.T=null;var a=H.p;H.p=2;var l=xe;xe|=4;try{df(t,e);var i=Ho,s=yr(e.containerInfo),r=i.focusedElem,m=i.selectionRange;if(s!==r&&r&&r.ownerDocument&&hr(r.ownerDocument.documentElement,r)){if(m!==null&&rs(r)){var A=m.start,N=m.end;if(N===void 0&&(N=A),"selectionStart"in r)r.selectionStart=A,r.selectionEnd=Math.min(N,r.value.length);else{var D=r.ownerDocument||document,R=D&&D.defaultView||window;if(R.getSelection){var T=R.getSelection(),G=r.textContent.length,$=Math.min(m.start,G),Ue=m.end===void 0?$:Math.min(m.end,G);!T.extend&&$>Ue&&(s=Ue,Ue=$,$=s);var b=gr(r,$),y=gr(r,Ue);if(b&&y&&(T.rangeCount!==1||T.anchorNode!==b.node||T.anchorOffset!==b.offset||T.focusNode!==y.node||T.focusOffset!==y.offset)){var x=D.createRange();x.setStart(b.node,b.offset),T.removeAllRanges(),$>Ue?(T.addRange(x),T.extend(y.node,y.offset)):(x.setEnd(y.node,y.offset),T.addRange(x))}}}}for(D=[],T=r;T=T.parentNode;)T.nodeType===1&&D.push({element:T,left:T.scrollLeft,top:T.scrollTop});for(typeof r.focus=="function"&&r.focus(),r=0;r<D.length;r++){var O=D[r];O.element.scrollLeft=O.left,O.element.scrollTop=O.top}}Cu=!!Bo,Ho=Bo=null}finally{xe=l,H.p=a,U.T=n}}e.current=t,We=2}}function Of(){if(We===2){We=0;var e=Yn,t=ul,n=(t.flags&8772)!==0;if((t.subtreeFlags&8772)!==0||n){n=U.T,U.T=null;var a=H.p;H.p=2;var l=xe;xe|=4;try{uf(e,t.alternate,t)}finally{xe=l,H.p=a,U.T=n}}We=3}}function zf(){if(We===4||We===3){We=0,aa();var e=Yn,t=ul,n=wn,a=bf;(t.subtreeFlags&10256)!==0||(t.flags&10256)!==0?We=5:(We=0,ul=Yn=null,Df(e,e.pendingLanes));var l=e.pendingLanes;if(l===0&&(kn=null),Qu(n),t=t.stateNode,oe&&typeof oe.onCommitFiberRoot=="function")try{oe.onCommitFiberRoot(F,t,void 0,(t.current.flags&128)===128)}catch{}if(a!==null){t=U.T,l=H.p,H.p=2,U.T=null;try{for(var i=e.onRecoverableError,s=0;s<a.length;s++){var r=a[s];i(r.value,{componentStack:r.stack})}}finally{U.T=t,H.p=l}}(wn&3)!==0&&pu(),nn(e),l=e.pendingLanes,(n&261930)!==0&&(l&42)!==0?e===Ro?li++:(li=0,Ro=e):li=0,ii(0)}}function Df(e,t){(e.pooledCacheLanes&=t)===0&&(t=e.pooledCache,t!=null&&(e.pooledCache=null,Bl(t)))}function pu(){return Nf(),Of(),zf(),Lf()}function Lf(){if(We!==5)return!1;var e=Yn,t=Ao;Ao=0;var n=Qu(wn),a=U.T,l=H.p;try{H.p=32>n?32:n,U.T=null,n=_o,_o=null;var i=Yn,s=wn;if(We=0,ul=Yn=null,wn=0,(xe&6)!==0)throw Error(c(331));var r=xe;if(xe|=4,yf(i.current),mf(i,i.current,s,n),xe=r,ii(0,!1),oe&&typeof oe.onPostCommitFiberRoot=="function")try{oe.onPostCommitFiberRoot(F,i)}catch{}return!0}finally{H.p=l,U.T=a,Df(e,t)}}function qf(e,t,n){t=kt(n,t),t=ao(e.stateNode,t,2),e=Ln(e,t,2),e!==null&&(_l(e,2),nn(e))}function Re(e,t,n){if(e.tag===3)qf(e,e,n);else for(;t!==null;){if(t.tag===3){qf(t,e,n);break}else if(t.tag===1){var a=t.stateNode;if(typeof t.type.getDerivedStateFromError=="function"||typeof a.componentDidCatch=="function"&&(kn===null||!kn.has(a))){e=kt(n,e),n=qd(2),a=Ln(t,n,2),a!==null&&(Md(n,a,t,e),_l(a,2),nn(a));break}}t=t.return}}function Co(e,t,n){var a=e.pingCache;if(a===null){a=e.pingCache=new jh;var l=new Set;a.set(t,l)}else l=a.get(t),l===void 0&&(l=new Set,a.set(t,l));l.has(n)||(wo=!0,l.add(n),e=Oh.bind(null,e,t,n),t.then(e,e))}function Oh(e,t,n){var a=e.pingCache;a!==null&&a.delete(t),e.pingedLanes|=e.suspendedLanes&n,e.warmLanes&=~n,ze===e&&(fe&n)===n&&(Ye===4||Ye===3&&(fe&62914560)===fe&&300>Ie()-du?(xe&2)===0&&sl(e,0):Eo|=n,il===fe&&(il=0)),nn(e)}function Mf(e,t){t===0&&(t=Uc()),e=da(e,t),e!==null&&(_l(e,t),nn(e))}function zh(e){var t=e.memoizedState,n=0;t!==null&&(n=t.retryLane),Mf(e,n)}function Dh(e,t){var n=0;switch(e.tag){case 31:case 13:var a=e.stateNode,l=e.memoizedState;l!==null&&(n=l.retryLane);break;case 19:a=e.stateNode;break;case 22:a=e.stateNode._retryCache;break;default:throw Error(c(314))}a!==null&&a.delete(t),Mf(e,n)}function Lh(e,t){return an(e,t)}var vu=null,cl=null,Uo=!1,bu=!1,No=!1,Xn=0;function nn(e){e!==cl&&e.next===null&&(cl===null?vu=cl=e:cl=cl.next=e),bu=!0,Uo||(Uo=!0,Mh())}function ii(e,t){if(!No&&bu){No=!0;do for(var n=!1,a=vu;a!==null;){if(e!==0){var l=a.pendingLanes;if(l===0)var i=0;else{var s=a.suspendedLanes,r=a.pingedLanes;i=(1<<31-Be(42|e)+1)-1,i&=l&~(s&~r),i=i&201326741?i&201326741|1:i?i|2:0}i!==0&&(n=!0,kf(a,i))}else i=fe,i=xi(a,a===ze?i:0,a.cancelPendingCommit!==null||a.timeoutHandle!==-1),(i&3)===0||Al(a,i)||(n=!0,kf(a,i));a=a.next}while(n);No=!1}}function qh(){Vf()}function Vf(){bu=Uo=!1;var e=0;Xn!==0&&Jh()&&(e=Xn);for(var t=Ie(),n=null,a=vu;a!==null;){var l=a.next,i=Bf(a,t);i===0?(a.next=null,n===null?vu=l:n.next=l,l===null&&(cl=n)):(n=a,(e!==0||(i&3)!==0)&&(bu=!0)),a=l}We!==0&&We!==5||ii(e),Xn!==0&&(Xn=0)}function Bf(e,t){for(var n=e.suspendedLanes,a=e.pingedLanes,l=e.expirationTimes,i=e.pendingLanes&-62914561;0<i;){var s=31-Be(i),r=1<<s,m=l[s];m===-1?((r&n)===0||(r&a)!==0)&&(l[s]=cg(r,t)):m<=t&&(e.expiredLanes|=r),i&=~r}if(t=ze,n=fe,n=xi(e,e===t?n:0,e.cancelPendingCommit!==null||e.timeoutHandle!==-1),a=e.callbackNode,n===0||e===t&&(_e===2||_e===9)||e.cancelPendingCommit!==null)return a!==null&&a!==null&&Sl(a),e.callbackNode=null,e.callbackPriority=0;if((n&3)===0||Al(e,n)){if(t=n&-n,t===e.callbackPriority)return t;switch(a!==null&&Sl(a),Qu(n)){case 2:case 8:n=xl;break;case 32:n=rt;break;case 268435456:n=la;break;default:n=rt}return a=Hf.bind(null,e),n=an(n,a),e.callbackPriority=t,e.callbackNode=n,t}return a!==null&&a!==null&&Sl(a),e.callbackPriority=2,e.callbackNode=null,2}function Hf(e,t){if(We!==0&&We!==5)return e.callbackNode=null,e.callbackPriority=0,null;var n=e.callbackNode;if(pu()&&e.callbackNode!==n)return null;var a=fe;return a=xi(e,e===ze?a:0,e.cancelPendingCommit!==null||e.timeoutHandle!==-1),a===0?null:(wf(e,a,t),Bf(e,Ie()),e.callbackNode!=null&&e.callbackNode===n?Hf.bind(null,e):null)}function kf(e,t){if(pu())return null;wf(e,t,!0)}function Mh(){$h(function(){(xe&6)!==0?an(El,qh):Vf()})}function Oo(){if(Xn===0){var e=Ka;e===0&&(e=Rn,Rn<<=1,(Rn&261888)===0&&(Rn=256)),Xn=e}return Xn}function Yf(e){return e==null||typeof e=="symbol"||typeof e=="boolean"?null:typeof e=="function"?e:ji(""+e)}function Gf(e,t){var n=t.ownerDocument.createElement("input");return n.name=t.name,n.value=t.value,e.id&&n.setAttribute("form",e.id),t.parentNode.insertBefore(n,t),e=new FormData(e),n.parentNode.removeChild(n),e}function Vh(e,t,n,a,l){if(t==="submit"&&n&&n.stateNode===l){var i=Yf((l[vt]||null).action),s=a.submitter;s&&(t=(t=s[vt]||null)?Yf(t.formAction):s.getAttribute("formAction"),t!==null&&(i=t,s=null));var r=new Ni("action","action",null,a,l);e.push({event:r,listeners:[{instance:null,listener:function(){if(a.defaultPrevented){if(Xn!==0){var m=s?Gf(l,s):new FormData(l);Is(n,{pending:!0,data:m,method:l.method,action:i},null,m)}}else typeof i=="function"&&(r.preventDefault(),m=s?Gf(l,s):new FormData(l),Is(n,{pending:!0,data:m,method:l.method,action:i},i,m))},currentTarget:l}]})}}for(var zo=0;zo<gs.length;zo++){var Do=gs[zo],Bh=Do.toLowerCase(),Hh=Do[0].toUpperCase()+Do.slice(1);$t(Bh,"on"+Hh)}$t(br,"onAnimationEnd"),$t(Sr,"onAnimationIteration"),$t(wr,"onAnimationStart"),$t("dblclick","onDoubleClick"),$t("focusin","onFocus"),$t("focusout","onBlur"),$t(nh,"onTransitionRun"),$t(ah,"onTransitionStart"),$t(lh,"onTransitionCancel"),$t(Er,"onTransitionEnd"),Da("onMouseEnter",["mouseout","mouseover"]),Da("onMouseLeave",["mouseout","mouseover"]),Da("onPointerEnter",["pointerout","pointerover"]),Da("onPointerLeave",["pointerout","pointerover"]),sa("onChange","change click focusin focusout input keydown keyup selectionchange".split(" ")),sa("onSelect","focusout contextmenu dragend focusin keydown keyup mousedown mouseup selectionchange".split(" ")),sa("onBeforeInput",["compositionend","keypress","textInput","paste"]),sa("onCompositionEnd","compositionend focusout keydown keypress keyup mousedown".split(" ")),sa("onCompositionStart","compositionstart focusout keydown keypress keyup mousedown".split(" ")),sa("onCompositionUpdate","compositionupdate focusout keydown keypress keyup mousedown".split(" "));var ui="abort canplay canplaythrough durationchange emptied encrypted ended error loadeddata loadedmetadata loadstart pause play playing progress ratechange resize seeked seeking stalled suspend timeupdate volumechange waiting".split(" "),kh=new Set("beforetoggle cancel close invalid load scroll scrollend toggle".split(" ").concat(ui));function Xf(e,t){t=(t&4)!==0;for(var n=0;n<e.length;n++){var a=e[n],l=a.event;a=a.listeners;e:{var i=void 0;if(t)for(var s=a.length-1;0<=s;s--){var r=a[s],m=r.instance,A=r.currentTarget;if(r=r.listener,m!==i&&l.isPropagationStopped())break e;i=r,l.currentTarget=A;try{i(l)}catch(N){Di(N)}l.currentTarget=null,i=m}else for(s=0;s<a.length;s++){if(r=a[s],m=r.instance,A=r.currentTarget,r=r.listener,m!==i&&l.isPropagationStopped())break e;i=r,l.currentTarget=A;try{i(l)}catch(N){Di(N)}l.currentTarget=null,i=m}}}}function de(e,t){var n=t[Zu];n===void 0&&(n=t[Zu]=new Set);var a=e+"__bubble";n.has(a)||(Qf(t,e,2,!1),n.add(a))}function Lo(e,t,n){var a=0;t&&(a|=4),Qf(n,e,a,t)}var Su="_reactListening"+Math.random().toString(36).slice(2);function qo(e){if(!e[Su]){e[Su]=!0,Mc.forEach(function(n){n!=="selectionchange"&&(kh.has(n)||Lo(n,!1,e),Lo(n,!0,e))});var t=e.nodeType===9?e:e.ownerDocument;t===null||t[Su]||(t[Su]=!0,Lo("selectionchange",!1,t))}}function Qf(e,t,n,a){switch(Sm(t)){case 2:var l=hy;break;case 8:l=yy;break;default:l=Io}n=l.bind(null,t,n,e),l=void 0,!ts||t!=="touchstart"&&t!=="touchmove"&&t!=="wheel"||(l=!0),a?l!==void 0?e.addEventListener(t,n,{capture:!0,passive:l}):e.addEventListener(t,n,!0):l!==void 0?e.addEventListener(t,n,{passive:l}):e.addEventListener(t,n,!1)}function Mo(e,t,n,a,l){var i=a;if((t&1)===0&&(t&2)===0&&a!==null)e:for(;;){if(a===null)return;var s=a.tag;if(s===3||s===4){var r=a.stateNode.containerInfo;if(r===l)break;if(s===4)for(s=a.return;s!==null;){var m=s.tag;if((m===3||m===4)&&s.stateNode.containerInfo===l)return;s=s.return}for(;r!==null;){if(s=Na(r),s===null)return;if(m=s.tag,m===5||m===6||m===26||m===27){a=i=s;continue e}r=r.parentNode}}a=a.return}$c(function(){var A=i,N=Pu(n),D=[];e:{var R=xr.get(e);if(R!==void 0){var T=Ni,G=e;switch(e){case"keypress":if(Ci(n)===0)break e;case"keydown":case"keyup":T=Dg;break;case"focusin":G="focus",T=is;break;case"focusout":G="blur",T=is;break;case"beforeblur":case"afterblur":T=is;break;case"click":if(n.button===2)break e;case"auxclick":case"dblclick":case"mousedown":case"mousemove":case"mouseup":case"mouseout":case"mouseover":case"contextmenu":T=Wc;break;case"drag":case"dragend":case"dragenter":case"dragexit":case"dragleave":case"dragover":case"dragstart":case"drop":T=Eg;break;case"touchcancel":case"touchend":case"touchmove":case"touchstart":T=Mg;break;case br:case Sr:case wr:T=_g;break;case Er:T=Bg;break;case"scroll":case"scrollend":T=Sg;break;case"wheel":T=kg;break;case"copy":case"cut":case"paste":T=jg;break;case"gotpointercapture":case"lostpointercapture":case"pointercancel":case"pointerdown":case"pointermove":case"pointerout":case"pointerover":case"pointerup":T=er;break;case"toggle":case"beforetoggle":T=Gg}var $=(t&4)!==0,Ue=!$&&(e==="scroll"||e==="scrollend"),b=$?R!==null?R+"Capture":null:R;$=[];for(var y=A,x;y!==null;){var O=y;if(x=O.stateNode,O=O.tag,O!==5&&O!==26&&O!==27||x===null||b===null||(O=Tl(y,b),O!=null&&$.push(si(y,O,x))),Ue)break;y=y.return}0<$.length&&(R=new T(R,G,null,n,N),D.push({event:R,listeners:$}))}}if((t&7)===0){e:{if(R=e==="mouseover"||e==="pointerover",T=e==="mouseout"||e==="pointerout",R&&n!==Wu&&(G=n.relatedTarget||n.fromElement)&&(Na(G)||G[Ua]))break e;if((T||R)&&(R=N.window===N?N:(R=N.ownerDocument)?R.defaultView||R.parentWindow:window,T?(G=n.relatedTarget||n.toElement,T=A,G=G?Na(G):null,G!==null&&(Ue=j(G),$=G.tag,G!==Ue||$!==5&&$!==27&&$!==6)&&(G=null)):(T=null,G=A),T!==G)){if($=Wc,O="onMouseLeave",b="onMouseEnter",y="mouse",(e==="pointerout"||e==="pointerover")&&($=er,O="onPointerLeave",b="onPointerEnter",y="pointer"),Ue=T==null?R:jl(T),x=G==null?R:jl(G),R=new $(O,y+"leave",T,n,N),R.target=Ue,R.relatedTarget=x,O=null,Na(N)===A&&($=new $(b,y+"enter",G,n,N),$.target=x,$.relatedTarget=Ue,O=$),Ue=O,T&&G)t:{for($=Yh,b=T,y=G,x=0,O=b;O;O=$(O))x++;O=0;for(var J=y;J;J=$(J))O++;for(;0<x-O;)b=$(b),x--;for(;0<O-x;)y=$(y),O--;for(;x--;){if(b===y||y!==null&&b===y.alternate){$=b;break t}b=$(b),y=$(y)}$=null}else $=null;T!==null&&Zf(D,R,T,$,!1),G!==null&&Ue!==null&&Zf(D,Ue,G,$,!0)}}e:{if(R=A?jl(A):window,T=R.nodeName&&R.nodeName.toLowerCase(),T==="select"||T==="input"&&R.type==="file")var Se=or;else if(ur(R))if(cr)Se=Pg;else{Se=Ig;var X=Fg}else T=R.nodeName,!T||T.toLowerCase()!=="input"||R.type!=="checkbox"&&R.type!=="radio"?A&&Iu(A.elementType)&&(Se=or):Se=Wg;if(Se&&(Se=Se(e,A))){sr(D,Se,n,N);break e}X&&X(e,R,A),e==="focusout"&&A&&R.type==="number"&&A.memoizedProps.value!=null&&Fu(R,"number",R.value)}switch(X=A?jl(A):window,e){case"focusin":(ur(X)||X.contentEditable==="true")&&(Ha=X,ds=A,ql=null);break;case"focusout":ql=ds=Ha=null;break;case"mousedown":fs=!0;break;case"contextmenu":case"mouseup":case"dragend":fs=!1,pr(D,n,N);break;case"selectionchange":if(th)break;case"keydown":case"keyup":pr(D,n,N)}var se;if(ss)e:{switch(e){case"compositionstart":var me="onCompositionStart";break e;case"compositionend":me="onCompositionEnd";break e;case"compositionupdate":me="onCompositionUpdate";break e}me=void 0}else Ba?lr(e,n)&&(me="onCompositionEnd"):e==="keydown"&&n.keyCode===229&&(me="onCompositionStart");me&&(tr&&n.locale!=="ko"&&(Ba||me!=="onCompositionStart"?me==="onCompositionEnd"&&Ba&&(se=Fc()):(Tn=N,ns="value"in Tn?Tn.value:Tn.textContent,Ba=!0)),X=wu(A,me),0<X.length&&(me=new Pc(me,e,null,n,N),D.push({event:me,listeners:X}),se?me.data=se:(se=ir(n),se!==null&&(me.data=se)))),(se=Qg?Zg(e,n):Jg(e,n))&&(me=wu(A,"onBeforeInput"),0<me.length&&(X=new Pc("onBeforeInput","beforeinput",null,n,N),D.push({event:X,listeners:me}),X.data=se)),Vh(D,e,A,n,N)}Xf(D,t)})}function si(e,t,n){return{instance:e,listener:t,currentTarget:n}}function wu(e,t){for(var n=t+"Capture",a=[];e!==null;){var l=e,i=l.stateNode;if(l=l.tag,l!==5&&l!==26&&l!==27||i===null||(l=Tl(e,n),l!=null&&a.unshift(si(e,l,i)),l=Tl(e,t),l!=null&&a.push(si(e,l,i))),e.tag===3)return a;e=e.return}return[]}function Yh(e){if(e===null)return null;do e=e.return;while(e&&e.tag!==5&&e.tag!==27);return e||null}function Zf(e,t,n,a,l){for(var i=t._reactName,s=[];n!==null&&n!==a;){var r=n,m=r.alternate,A=r.stateNode;if(r=r.tag,m!==null&&m===a)break;r!==5&&r!==26&&r!==27||A===null||(m=A,l?(A=Tl(n,i),A!=null&&s.unshift(si(n,A,m))):l||(A=Tl(n,i),A!=null&&s.push(si(n,A,m)))),n=n.return}s.length!==0&&e.push({event:t,listeners:s})}var Gh=/\r\n?/g,Xh=/\u0000|\uFFFD/g;function Jf(e){return(typeof e=="string"?e:""+e).replace(Gh,`
`).replace(Xh,"")}function Kf(e,t){return t=Jf(t),Jf(e)===t}function Ce(e,t,n,a,l,i){switch(n){case"children":typeof a=="string"?t==="body"||t==="textarea"&&a===""||qa(e,a):(typeof a=="number"||typeof a=="bigint")&&t!=="body"&&qa(e,""+a);break;case"className":_i(e,"class",a);break;case"tabIndex":_i(e,"tabindex",a);break;case"dir":case"role":case"viewBox":case"width":case"height":_i(e,n,a);break;case"style":Jc(e,a,i);break;case"data":if(t!=="object"){_i(e,"data",a);break}case"src":case"href":if(a===""&&(t!=="a"||n!=="href")){e.removeAttribute(n);break}if(a==null||typeof a=="function"||typeof a=="symbol"||typeof a=="boolean"){e.removeAttribute(n);break}a=ji(""+a),e.setAttribute(n,a);break;case"action":case"formAction":if(typeof a=="function"){e.setAttribute(n,"javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() manually, consider using form.requestSubmit() instead. If you\\'re trying to use event.stopPropagation() in a submit event handler, consider also calling event.preventDefault().')");break}else typeof i=="function"&&(n==="formAction"?(t!=="input"&&Ce(e,t,"name",l.name,l,null),Ce(e,t,"formEncType",l.formEncType,l,null),Ce(e,t,"formMethod",l.formMethod,l,null),Ce(e,t,"formTarget",l.formTarget,l,null)):(Ce(e,t,"encType",l.encType,l,null),Ce(e,t,"method",l.method,l,null),Ce(e,t,"target",l.target,l,null)));if(a==null||typeof a=="symbol"||typeof a=="boolean"){e.removeAttribute(n);break}a=ji(""+a),e.setAttribute(n,a);break;case"onClick":a!=null&&(e.onclick=un);break;case"onScroll":a!=null&&de("scroll",e);break;case"onScrollEnd":a!=null&&de("scrollend",e);break;case"dangerouslySetInnerHTML":if(a!=null){if(typeof a!="object"||!("__html"in a))throw Error(c(61));if(n=a.__html,n!=null){if(l.children!=null)throw Error(c(60));e.innerHTML=n}}break;case"multiple":e.multiple=a&&typeof a!="function"&&typeof a!="symbol";break;case"muted":e.muted=a&&typeof a!="function"&&typeof a!="symbol";break;case"suppressContentEditableWarning":case"suppressHydrationWarning":case"defaultValue":case"defaultChecked":case"innerHTML":case"ref":break;case"autoFocus":break;case"xlinkHref":if(a==null||typeof a=="function"||typeof a=="boolean"||typeof a=="symbol"){e.removeAttribute("xlink:href");break}n=ji(""+a),e.setAttributeNS("http://www.w3.org/1999/xlink","xlink:href",n);break;case"contentEditable":case"spellCheck":case"draggable":case"value":case"autoReverse":case"externalResourcesRequired":case"focusable":case"preserveAlpha":a!=null&&typeof a!="function"&&typeof a!="symbol"?e.setAttribute(n,""+a):e.removeAttribute(n);break;case"inert":case"allowFullScreen":case"async":case"autoPlay":case"controls":case"default":case"defer":case"disabled":case"disablePictureInPicture":case"disableRemotePlayback":case"formNoValidate":case"hidden":case"loop":case"noModule":case"noValidate":case"open":case"playsInline":case"readOnly":case"required":case"reversed":case"scoped":case"seamless":case"itemScope":a&&typeof a!="function"&&typeof a!="symbol"?e.setAttribute(n,""):e.removeAttribute(n);break;case"capture":case"download":a===!0?e.setAttribute(n,""):a!==!1&&a!=null&&typeof a!="function"&&typeof a!="symbol"?e.setAttribute(n,a):e.removeAttribute(n);break;case"cols":case"rows":case"size":case"span":a!=null&&typeof a!="function"&&typeof a!="symbol"&&!isNaN(a)&&1<=a?e.setAttribute(n,a):e.removeAttribute(n);break;case"rowSpan":case"start":a==null||typeof a=="function"||typeof a=="symbol"||isNaN(a)?e.removeAttribute(n):e.setAttribute(n,a);break;case"popover":de("beforetoggle",e),de("toggle",e),Ai(e,"popover",a);break;case"xlinkActuate":ln(e,"http://www.w3.org/1999/xlink","xlink:actuate",a);break;case"xlinkArcrole":ln(e,"http://www.w3.org/1999/xlink","xlink:arcrole",a);break;case"xlinkRole":ln(e,"http://www.w3.org/1999/xlink","xlink:role",a);break;case"xlinkShow":ln(e,"http://www.w3.org/1999/xlink","xlink:show",a);break;case"xlinkTitle":ln(e,"http://www.w3.org/1999/xlink","xlink:title",a);break;case"xlinkType":ln(e,"http://www.w3.org/1999/xlink","xlink:type",a);break;case"xmlBase":ln(e,"http://www.w3.org/XML/1998/namespace","xml:base",a);break;case"xmlLang":ln(e,"http://www.w3.org/XML/1998/namespace","xml:lang",a);break;case"xmlSpace":ln(e,"http://www.w3.org/XML/1998/namespace","xml:space",a);break;case"is":Ai(e,"is",a);break;case"innerText":case"textContent":break;default:(!(2<n.length)||n[0]!=="o"&&n[0]!=="O"||n[1]!=="n"&&n[1]!=="N")&&(n=vg.get(n)||n,Ai(e,n,a))}}function Vo(e,t,n,a,l,i){switch(n){case"style":Jc(e,a,i);break;case"dangerouslySetInnerHTML":if(a!=null){if(typeof a!="object"||!("__html"in a))throw Error(c(61));if(n=a.__html,n!=null){if(l.children!=null)throw Error(c(60));e.innerHTML=n}}break;case"children":typeof a=="string"?qa(e,a):(typeof a=="number"||typeof a=="bigint")&&qa(e,""+a);break;case"onScroll":a!=null&&de("scroll",e);break;case"onScrollEnd":a!=null&&de("scrollend",e);break;case"onClick":a!=null&&(e.onclick=un);break;case"suppressContentEditableWarning":case"suppressHydrationWarning":case"innerHTML":case"ref":break;case"innerText":case"textContent":break;default:if(!Vc.hasOwnProperty(n))e:{if(n[0]==="o"&&n[1]==="n"&&(l=n.endsWith("Capture"),t=n.slice(2,l?n.length-7:void 0),i=e[vt]||null,i=i!=null?i[n]:null,typeof i=="function"&&e.removeEventListener(t,i,l),typeof a=="function")){typeof i!="function"&&i!==null&&(n in e?e[n]=null:e.hasAttribute(n)&&e.removeAttribute(n)),e.addEventListener(t,a,l);break e}n in e?e[n]=a:a===!0?e.setAttribute(n,""):Ai(e,n,a)}}}function ot(e,t,n){switch(t){case"div":case"span":case"svg":case"path":case"a":case"g":case"p":case"li":break;case"img":de("error",e),de("load",e);var a=!1,l=!1,i;for(i in n)if(n.hasOwnProperty(i)){var s=n[i];if(s!=null)switch(i){case"src":a=!0;break;case"srcSet":l=!0;break;case"children":case"dangerouslySetInnerHTML":throw Error(c(137,t));default:Ce(e,t,i,s,n,null)}}l&&Ce(e,t,"srcSet",n.srcSet,n,null),a&&Ce(e,t,"src",n.src,n,null);return;case"input":de("invalid",e);var r=i=s=l=null,m=null,A=null;for(a in n)if(n.hasOwnProperty(a)){var N=n[a];if(N!=null)switch(a){case"name":l=N;break;case"type":s=N;break;case"checked":m=N;break;case"defaultChecked":A=N;break;case"value":i=N;break;case"defaultValue":r=N;break;case"children":case"dangerouslySetInnerHTML":if(N!=null)throw Error(c(137,t));break;default:Ce(e,t,a,N,n,null)}}Gc(e,i,r,m,A,s,l,!1);return;case"select":de("invalid",e),a=s=i=null;for(l in n)if(n.hasOwnProperty(l)&&(r=n[l],r!=null))switch(l){case"value":i=r;break;case"defaultValue":s=r;break;case"multiple":a=r;default:Ce(e,t,l,r,n,null)}t=i,n=s,e.multiple=!!a,t!=null?La(e,!!a,t,!1):n!=null&&La(e,!!a,n,!0);return;case"textarea":de("invalid",e),i=l=a=null;for(s in n)if(n.hasOwnProperty(s)&&(r=n[s],r!=null))switch(s){case"value":a=r;break;case"defaultValue":l=r;break;case"children":i=r;break;case"dangerouslySetInnerHTML":if(r!=null)throw Error(c(91));break;default:Ce(e,t,s,r,n,null)}Qc(e,a,l,i);return;case"option":for(m in n)n.hasOwnProperty(m)&&(a=n[m],a!=null)&&(m==="selected"?e.selected=a&&typeof a!="function"&&typeof a!="symbol":Ce(e,t,m,a,n,null));return;case"dialog":de("beforetoggle",e),de("toggle",e),de("cancel",e),de("close",e);break;case"iframe":case"object":de("load",e);break;case"video":case"audio":for(a=0;a<ui.length;a++)de(ui[a],e);break;case"image":de("error",e),de("load",e);break;case"details":de("toggle",e);break;case"embed":case"source":case"link":de("error",e),de("load",e);case"area":case"base":case"br":case"col":case"hr":case"keygen":case"meta":case"param":case"track":case"wbr":case"menuitem":for(A in n)if(n.hasOwnProperty(A)&&(a=n[A],a!=null))switch(A){case"children":case"dangerouslySetInnerHTML":throw Error(c(137,t));default:Ce(e,t,A,a,n,null)}return;default:if(Iu(t)){for(N in n)n.hasOwnProperty(N)&&(a=n[N],a!==void 0&&Vo(e,t,N,a,n,void 0));return}}for(r in n)n.hasOwnProperty(r)&&(a=n[r],a!=null&&Ce(e,t,r,a,n,null))}function Qh(e,t,n,a){switch(t){case"div":case"span":case"svg":case"path":case"a":case"g":case"p":case"li":break;case"input":var l=null,i=null,s=null,r=null,m=null,A=null,N=null;for(T in n){var D=n[T];if(n.hasOwnProperty(T)&&D!=null)switch(T){case"checked":break;case"value":break;case"defaultValue":m=D;default:a.hasOwnProperty(T)||Ce(e,t,T,null,a,D)}}for(var R in a){var T=a[R];if(D=n[R],a.hasOwnProperty(R)&&(T!=null||D!=null))switch(R){case"type":i=T;break;case"name":l=T;break;case"checked":A=T;break;case"defaultChecked":N=T;break;case"value":s=T;break;case"defaultValue":r=T;break;case"children":case"dangerouslySetInnerHTML":if(T!=null)throw Error(c(137,t));break;default:T!==D&&Ce(e,t,R,T,a,D)}}$u(e,s,r,m,A,N,i,l);return;case"select":T=s=r=R=null;for(i in n)if(m=n[i],n.hasOwnProperty(i)&&m!=null)switch(i){case"value":break;case"multiple":T=m;default:a.hasOwnProperty(i)||Ce(e,t,i,null,a,m)}for(l in a)if(i=a[l],m=n[l],a.hasOwnProperty(l)&&(i!=null||m!=null))switch(l){case"value":R=i;break;case"defaultValue":r=i;break;case"multiple":s=i;default:i!==m&&Ce(e,t,l,i,a,m)}t=r,n=s,a=T,R!=null?La(e,!!n,R,!1):!!a!=!!n&&(t!=null?La(e,!!n,t,!0):La(e,!!n,n?[]:"",!1));return;case"textarea":T=R=null;for(r in n)if(l=n[r],n.hasOwnProperty(r)&&l!=null&&!a.hasOwnProperty(r))switch(r){case"value":break;case"children":break;default:Ce(e,t,r,null,a,l)}for(s in a)if(l=a[s],i=n[s],a.hasOwnProperty(s)&&(l!=null||i!=null))switch(s){case"value":R=l;break;case"defaultValue":T=l;break;case"children":break;case"dangerouslySetInnerHTML":if(l!=null)throw Error(c(91));break;default:l!==i&&Ce(e,t,s,l,a,i)}Xc(e,R,T);return;case"option":for(var G in n)R=n[G],n.hasOwnProperty(G)&&R!=null&&!a.hasOwnProperty(G)&&(G==="selected"?e.selected=!1:Ce(e,t,G,null,a,R));for(m in a)R=a[m],T=n[m],a.hasOwnProperty(m)&&R!==T&&(R!=null||T!=null)&&(m==="selected"?e.selected=R&&typeof R!="function"&&typeof R!="symbol":Ce(e,t,m,R,a,T));return;case"img":case"link":case"area":case"base":case"br":case"col":case"embed":case"hr":case"keygen":case"meta":case"param":case"source":case"track":case"wbr":case"menuitem":for(var $ in n)R=n[$],n.hasOwnProperty($)&&R!=null&&!a.hasOwnProperty($)&&Ce(e,t,$,null,a,R);for(A in a)if(R=a[A],T=n[A],a.hasOwnProperty(A)&&R!==T&&(R!=null||T!=null))switch(A){case"children":case"dangerouslySetInnerHTML":if(R!=null)throw Error(c(137,t));break;default:Ce(e,t,A,R,a,T)}return;default:if(Iu(t)){for(var Ue in n)R=n[Ue],n.hasOwnProperty(Ue)&&R!==void 0&&!a.hasOwnProperty(Ue)&&Vo(e,t,Ue,void 0,a,R);for(N in a)R=a[N],T=n[N],!a.hasOwnProperty(N)||R===T||R===void 0&&T===void 0||Vo(e,t,N,R,a,T);return}}for(var b in n)R=n[b],n.hasOwnProperty(b)&&R!=null&&!a.hasOwnProperty(b)&&Ce(e,t,b,null,a,R);for(D in a)R=a[D],T=n[D],!a.hasOwnProperty(D)||R===T||R==null&&T==null||Ce(e,t,D,R,a,T)}function $f(e){switch(e){case"css":case"script":case"font":case"img":case"image":case"input":case"link":return!0;default:return!1}}function Zh(){if(typeof performance.getEntriesByType=="function"){for(var e=0,t=0,n=performance.getEntriesByType("resource"),a=0;a<n.length;a++){var l=n[a],i=l.transferSize,s=l.initiatorType,r=l.duration;if(i&&r&&$f(s)){for(s=0,r=l.responseEnd,a+=1;a<n.length;a++){var m=n[a],A=m.startTime;if(A>r)break;var N=m.transferSize,D=m.initiatorType;N&&$f(D)&&(m=m.responseEnd,s+=N*(m<r?1:(r-A)/(m-A)))}if(--a,t+=8*(i+s)/(l.duration/1e3),e++,10<e)break}}if(0<e)return t/e/1e6}return navigator.connection&&(e=navigator.connection.downlink,typeof e=="number")?e:5}var Bo=null,Ho=null;function Eu(e){return e.nodeType===9?e:e.ownerDocument}function Ff(e){switch(e){case"http://www.w3.org/2000/svg":return 1;case"http://www.w3.org/1998/Math/MathML":return 2;default:return 0}}function If(e,t){if(e===0)switch(t){case"svg":return 1;case"math":return 2;default:return 0}return e===1&&t==="foreignObject"?0:e}function ko(e,t){return e==="textarea"||e==="noscript"||typeof t.children=="string"||typeof t.children=="number"||typeof t.children=="bigint"||typeof t.dangerouslySetInnerHTML=="object"&&t.dangerouslySetInnerHTML!==null&&t.dangerouslySetInnerHTML.__html!=null}var Yo=null;function Jh(){var e=window.event;return e&&e.type==="popstate"?e===Yo?!1:(Yo=e,!0):(Yo=null,!1)}var Wf=typeof setTimeout=="function"?setTimeout:void 0,Kh=typeof clearTimeout=="function"?clearTimeout:void 0,Pf=typeof Promise=="function"?Promise:void 0,$h=typeof queueMicrotask=="function"?queueMicrotask:typeof Pf<"u"?function(e){return Pf.resolve(null).then(e).catch(Fh)}:Wf;function Fh(e){setTimeout(function(){throw e})}function Qn(e){return e==="head"}function em(e,t){var n=t,a=0;do{var l=n.nextSibling;if(e.removeChild(n),l&&l.nodeType===8)if(n=l.data,n==="/$"||n==="/&"){if(a===0){e.removeChild(l),ml(t);return}a--}else if(n==="$"||n==="$?"||n==="$~"||n==="$!"||n==="&")a++;else if(n==="html")oi(e.ownerDocument.documentElement);else if(n==="head"){n=e.ownerDocument.head,oi(n);for(var i=n.firstChild;i;){var s=i.nextSibling,r=i.nodeName;i[Rl]||r==="SCRIPT"||r==="STYLE"||r==="LINK"&&i.rel.toLowerCase()==="stylesheet"||n.removeChild(i),i=s}}else n==="body"&&oi(e.ownerDocument.body);n=l}while(n);ml(t)}function tm(e,t){var n=e;e=0;do{var a=n.nextSibling;if(n.nodeType===1?t?(n._stashedDisplay=n.style.display,n.style.display="none"):(n.style.display=n._stashedDisplay||"",n.getAttribute("style")===""&&n.removeAttribute("style")):n.nodeType===3&&(t?(n._stashedText=n.nodeValue,n.nodeValue=""):n.nodeValue=n._stashedText||""),a&&a.nodeType===8)if(n=a.data,n==="/$"){if(e===0)break;e--}else n!=="$"&&n!=="$?"&&n!=="$~"&&n!=="$!"||e++;n=a}while(n)}function Go(e){var t=e.firstChild;for(t&&t.nodeType===10&&(t=t.nextSibling);t;){var n=t;switch(t=t.nextSibling,n.nodeName){case"HTML":case"HEAD":case"BODY":Go(n),Ju(n);continue;case"SCRIPT":case"STYLE":continue;case"LINK":if(n.rel.toLowerCase()==="stylesheet")continue}e.removeChild(n)}}function Ih(e,t,n,a){for(;e.nodeType===1;){var l=n;if(e.nodeName.toLowerCase()!==t.toLowerCase()){if(!a&&(e.nodeName!=="INPUT"||e.type!=="hidden"))break}else if(a){if(!e[Rl])switch(t){case"meta":if(!e.hasAttribute("itemprop"))break;return e;case"link":if(i=e.getAttribute("rel"),i==="stylesheet"&&e.hasAttribute("data-precedence"))break;if(i!==l.rel||e.getAttribute("href")!==(l.href==null||l.href===""?null:l.href)||e.getAttribute("crossorigin")!==(l.crossOrigin==null?null:l.crossOrigin)||e.getAttribute("title")!==(l.title==null?null:l.title))break;return e;case"style":if(e.hasAttribute("data-precedence"))break;return e;case"script":if(i=e.getAttribute("src"),(i!==(l.src==null?null:l.src)||e.getAttribute("type")!==(l.type==null?null:l.type)||e.getAttribute("crossorigin")!==(l.crossOrigin==null?null:l.crossOrigin))&&i&&e.hasAttribute("async")&&!e.hasAttribute("itemprop"))break;return e;default:return e}}else if(t==="input"&&e.type==="hidden"){var i=l.name==null?null:""+l.name;if(l.type==="hidden"&&e.getAttribute("name")===i)return e}else return e;if(e=Zt(e.nextSibling),e===null)break}return null}function Wh(e,t,n){if(t==="")return null;for(;e.nodeType!==3;)if((e.nodeType!==1||e.nodeName!=="INPUT"||e.type!=="hidden")&&!n||(e=Zt(e.nextSibling),e===null))return null;return e}function nm(e,t){for(;e.nodeType!==8;)if((e.nodeType!==1||e.nodeName!=="INPUT"||e.type!=="hidden")&&!t||(e=Zt(e.nextSibling),e===null))return null;return e}function Xo(e){return e.data==="$?"||e.data==="$~"}function Qo(e){return e.data==="$!"||e.data==="$?"&&e.ownerDocument.readyState!=="loading"}function Ph(e,t){var n=e.ownerDocument;if(e.data==="$~")e._reactRetry=t;else if(e.data!=="$?"||n.readyState!=="loading")t();else{var a=function(){t(),n.removeEventListener("DOMContentLoaded",a)};n.addEventListener("DOMContentLoaded",a),e._reactRetry=a}}function Zt(e){for(;e!=null;e=e.nextSibling){var t=e.nodeType;if(t===1||t===3)break;if(t===8){if(t=e.data,t==="$"||t==="$!"||t==="$?"||t==="$~"||t==="&"||t==="F!"||t==="F")break;if(t==="/$"||t==="/&")return null}}return e}var Zo=null;function am(e){e=e.nextSibling;for(var t=0;e;){if(e.nodeType===8){var n=e.data;if(n==="/$"||n==="/&"){if(t===0)return Zt(e.nextSibling);t--}else n!=="$"&&n!=="$!"&&n!=="$?"&&n!=="$~"&&n!=="&"||t++}e=e.nextSibling}return null}function lm(e){e=e.previousSibling;for(var t=0;e;){if(e.nodeType===8){var n=e.data;if(n==="$"||n==="$!"||n==="$?"||n==="$~"||n==="&"){if(t===0)return e;t--}else n!=="/$"&&n!=="/&"||t++}e=e.previousSibling}return null}function im(e,t,n){switch(t=Eu(n),e){case"html":if(e=t.documentElement,!e)throw Error(c(452));return e;case"head":if(e=t.head,!e)throw Error(c(453));return e;case"body":if(e=t.body,!e)throw Error(c(454));return e;default:throw Error(c(451))}}function oi(e){for(var t=e.attributes;t.length;)e.removeAttributeNode(t[0]);Ju(e)}var Jt=new Map,um=new Set;function xu(e){return typeof e.getRootNode=="function"?e.getRootNode():e.nodeType===9?e:e.ownerDocument}var En=H.d;H.d={f:ey,r:ty,D:ny,C:ay,L:ly,m:iy,X:sy,S:uy,M:oy};function ey(){var e=En.f(),t=gu();return e||t}function ty(e){var t=Oa(e);t!==null&&t.tag===5&&t.type==="form"?Ed(t):En.r(e)}var rl=typeof document>"u"?null:document;function sm(e,t,n){var a=rl;if(a&&typeof t=="string"&&t){var l=Bt(t);l='link[rel="'+e+'"][href="'+l+'"]',typeof n=="string"&&(l+='[crossorigin="'+n+'"]'),um.has(l)||(um.add(l),e={rel:e,crossOrigin:n,href:t},a.querySelector(l)===null&&(t=a.createElement("link"),ot(t,"link",e),tt(t),a.head.appendChild(t)))}}function ny(e){En.D(e),sm("dns-prefetch",e,null)}function ay(e,t){En.C(e,t),sm("preconnect",e,t)}function ly(e,t,n){En.L(e,t,n);var a=rl;if(a&&e&&t){var l='link[rel="preload"][as="'+Bt(t)+'"]';t==="image"&&n&&n.imageSrcSet?(l+='[imagesrcset="'+Bt(n.imageSrcSet)+'"]',typeof n.imageSizes=="string"&&(l+='[imagesizes="'+Bt(n.imageSizes)+'"]')):l+='[href="'+Bt(e)+'"]';var i=l;switch(t){case"style":i=dl(e);break;case"script":i=fl(e)}Jt.has(i)||(e=V({rel:"preload",href:t==="image"&&n&&n.imageSrcSet?void 0:e,as:t},n),Jt.set(i,e),a.querySelector(l)!==null||t==="style"&&a.querySelector(ci(i))||t==="script"&&a.querySelector(ri(i))||(t=a.createElement("link"),ot(t,"link",e),tt(t),a.head.appendChild(t)))}}function iy(e,t){En.m(e,t);var n=rl;if(n&&e){var a=t&&typeof t.as=="string"?t.as:"script",l='link[rel="modulepreload"][as="'+Bt(a)+'"][href="'+Bt(e)+'"]',i=l;switch(a){case"audioworklet":case"paintworklet":case"serviceworker":case"sharedworker":case"worker":case"script":i=fl(e)}if(!Jt.has(i)&&(e=V({rel:"modulepreload",href:e},t),Jt.set(i,e),n.querySelector(l)===null)){switch(a){case"audioworklet":case"paintworklet":case"serviceworker":case"sharedworker":case"worker":case"script":if(n.querySelector(ri(i)))return}a=n.createElement("link"),ot(a,"link",e),tt(a),n.head.appendChild(a)}}}function uy(e,t,n){En.S(e,t,n);var a=rl;if(a&&e){var l=za(a).hoistableStyles,i=dl(e);t=t||"default";var s=l.get(i);if(!s){var r={loading:0,preload:null};if(s=a.querySelector(ci(i)))r.loading=5;else{e=V({rel:"stylesheet",href:e,"data-precedence":t},n),(n=Jt.get(i))&&Jo(e,n);var m=s=a.createElement("link");tt(m),ot(m,"link",e),m._p=new Promise(function(A,N){m.onload=A,m.onerror=N}),m.addEventListener("load",function(){r.loading|=1}),m.addEventListener("error",function(){r.loading|=2}),r.loading|=4,Au(s,t,a)}s={type:"stylesheet",instance:s,count:1,state:r},l.set(i,s)}}}function sy(e,t){En.X(e,t);var n=rl;if(n&&e){var a=za(n).hoistableScripts,l=fl(e),i=a.get(l);i||(i=n.querySelector(ri(l)),i||(e=V({src:e,async:!0},t),(t=Jt.get(l))&&Ko(e,t),i=n.createElement("script"),tt(i),ot(i,"link",e),n.head.appendChild(i)),i={type:"script",instance:i,count:1,state:null},a.set(l,i))}}function oy(e,t){En.M(e,t);var n=rl;if(n&&e){var a=za(n).hoistableScripts,l=fl(e),i=a.get(l);i||(i=n.querySelector(ri(l)),i||(e=V({src:e,async:!0,type:"module"},t),(t=Jt.get(l))&&Ko(e,t),i=n.createElement("script"),tt(i),ot(i,"link",e),n.head.appendChild(i)),i={type:"script",instance:i,count:1,state:null},a.set(l,i))}}function om(e,t,n,a){var l=(l=le.current)?xu(l):null;if(!l)throw Error(c(446));switch(e){case"meta":case"title":return null;case"style":return typeof n.precedence=="string"&&typeof n.href=="string"?(t=dl(n.href),n=za(l).hoistableStyles,a=n.get(t),a||(a={type:"style",instance:null,count:0,state:null},n.set(t,a)),a):{type:"void",instance:null,count:0,state:null};case"link":if(n.rel==="stylesheet"&&typeof n.href=="string"&&typeof n.precedence=="string"){e=dl(n.href);var i=za(l).hoistableStyles,s=i.get(e);if(s||(l=l.ownerDocument||l,s={type:"stylesheet",instance:null,count:0,state:{loading:0,preload:null}},i.set(e,s),(i=l.querySelector(ci(e)))&&!i._p&&(s.instance=i,s.state.loading=5),Jt.has(e)||(n={rel:"preload",as:"style",href:n.href,crossOrigin:n.crossOrigin,integrity:n.integrity,media:n.media,hrefLang:n.hrefLang,referrerPolicy:n.referrerPolicy},Jt.set(e,n),i||cy(l,e,n,s.state))),t&&a===null)throw Error(c(528,""));return s}if(t&&a!==null)throw Error(c(529,""));return null;case"script":return t=n.async,n=n.src,typeof n=="string"&&t&&typeof t!="function"&&typeof t!="symbol"?(t=fl(n),n=za(l).hoistableScripts,a=n.get(t),a||(a={type:"script",instance:null,count:0,state:null},n.set(t,a)),a):{type:"void",instance:null,count:0,state:null};default:throw Error(c(444,e))}}function dl(e){return'href="'+Bt(e)+'"'}function ci(e){return'link[rel="stylesheet"]['+e+"]"}function cm(e){return V({},e,{"data-precedence":e.precedence,precedence:null})}function cy(e,t,n,a){e.querySelector('link[rel="preload"][as="style"]['+t+"]")?a.loading=1:(t=e.createElement("link"),a.preload=t,t.addEventListener("load",function(){return a.loading|=1}),t.addEventListener("error",function(){return a.loading|=2}),ot(t,"link",n),tt(t),e.head.appendChild(t))}function fl(e){return'[src="'+Bt(e)+'"]'}function ri(e){return"script[async]"+e}function rm(e,t,n){if(t.count++,t.instance===null)switch(t.type){case"style":var a=e.querySelector('style[data-href~="'+Bt(n.href)+'"]');if(a)return t.instance=a,tt(a),a;var l=V({},n,{"data-href":n.href,"data-precedence":n.precedence,href:null,precedence:null});return a=(e.ownerDocument||e).createElement("style"),tt(a),ot(a,"style",l),Au(a,n.precedence,e),t.instance=a;case"stylesheet":l=dl(n.href);var i=e.querySelector(ci(l));if(i)return t.state.loading|=4,t.instance=i,tt(i),i;a=cm(n),(l=Jt.get(l))&&Jo(a,l),i=(e.ownerDocument||e).createElement("link"),tt(i);var s=i;return s._p=new Promise(function(r,m){s.onload=r,s.onerror=m}),ot(i,"link",a),t.state.loading|=4,Au(i,n.precedence,e),t.instance=i;case"script":return i=fl(n.src),(l=e.querySelector(ri(i)))?(t.instance=l,tt(l),l):(a=n,(l=Jt.get(i))&&(a=V({},n),Ko(a,l)),e=e.ownerDocument||e,l=e.createElement("script"),tt(l),ot(l,"link",a),e.head.appendChild(l),t.instance=l);case"void":return null;default:throw Error(c(443,t.type))}else t.type==="stylesheet"&&(t.state.loading&4)===0&&(a=t.instance,t.state.loading|=4,Au(a,n.precedence,e));return t.instance}function Au(e,t,n){for(var a=n.querySelectorAll('link[rel="stylesheet"][data-precedence],style[data-precedence]'),l=a.length?a[a.length-1]:null,i=l,s=0;s<a.length;s++){var r=a[s];if(r.dataset.precedence===t)i=r;else if(i!==l)break}i?i.parentNode.insertBefore(e,i.nextSibling):(t=n.nodeType===9?n.head:n,t.insertBefore(e,t.firstChild))}function Jo(e,t){e.crossOrigin==null&&(e.crossOrigin=t.crossOrigin),e.referrerPolicy==null&&(e.referrerPolicy=t.referrerPolicy),e.title==null&&(e.title=t.title)}function Ko(e,t){e.crossOrigin==null&&(e.crossOrigin=t.crossOrigin),e.referrerPolicy==null&&(e.referrerPolicy=t.referrerPolicy),e.integrity==null&&(e.integrity=t.integrity)}var _u=null;function dm(e,t,n){if(_u===null){var a=new Map,l=_u=new Map;l.set(n,a)}else l=_u,a=l.get(n),a||(a=new Map,l.set(n,a));if(a.has(e))return a;for(a.set(e,null),n=n.getElementsByTagName(e),l=0;l<n.length;l++){var i=n[l];if(!(i[Rl]||i[lt]||e==="link"&&i.getAttribute("rel")==="stylesheet")&&i.namespaceURI!=="http://www.w3.org/2000/svg"){var s=i.getAttribute(t)||"";s=e+s;var r=a.get(s);r?r.push(i):a.set(s,[i])}}return a}function fm(e,t,n){e=e.ownerDocument||e,e.head.insertBefore(n,t==="title"?e.querySelector("head > title"):null)}function ry(e,t,n){if(n===1||t.itemProp!=null)return!1;switch(e){case"meta":case"title":return!0;case"style":if(typeof t.precedence!="string"||typeof t.href!="string"||t.href==="")break;return!0;case"link":if(typeof t.rel!="string"||typeof t.href!="string"||t.href===""||t.onLoad||t.onError)break;return t.rel==="stylesheet"?(e=t.disabled,typeof t.precedence=="string"&&e==null):!0;case"script":if(t.async&&typeof t.async!="function"&&typeof t.async!="symbol"&&!t.onLoad&&!t.onError&&t.src&&typeof t.src=="string")return!0}return!1}function mm(e){return!(e.type==="stylesheet"&&(e.state.loading&3)===0)}function dy(e,t,n,a){if(n.type==="stylesheet"&&(typeof a.media!="string"||matchMedia(a.media).matches!==!1)&&(n.state.loading&4)===0){if(n.instance===null){var l=dl(a.href),i=t.querySelector(ci(l));if(i){t=i._p,t!==null&&typeof t=="object"&&typeof t.then=="function"&&(e.count++,e=Ru.bind(e),t.then(e,e)),n.state.loading|=4,n.instance=i,tt(i);return}i=t.ownerDocument||t,a=cm(a),(l=Jt.get(l))&&Jo(a,l),i=i.createElement("link"),tt(i);var s=i;s._p=new Promise(function(r,m){s.onload=r,s.onerror=m}),ot(i,"link",a),n.instance=i}e.stylesheets===null&&(e.stylesheets=new Map),e.stylesheets.set(n,t),(t=n.state.preload)&&(n.state.loading&3)===0&&(e.count++,n=Ru.bind(e),t.addEventListener("load",n),t.addEventListener("error",n))}}var $o=0;function fy(e,t){return e.stylesheets&&e.count===0&&Tu(e,e.stylesheets),0<e.count||0<e.imgCount?function(n){var a=setTimeout(function(){if(e.stylesheets&&Tu(e,e.stylesheets),e.unsuspend){var i=e.unsuspend;e.unsuspend=null,i()}},6e4+t);0<e.imgBytes&&$o===0&&($o=62500*Zh());var l=setTimeout(function(){if(e.waitingForImages=!1,e.count===0&&(e.stylesheets&&Tu(e,e.stylesheets),e.unsuspend)){var i=e.unsuspend;e.unsuspend=null,i()}},(e.imgBytes>$o?50:800)+t);return e.unsuspend=n,function(){e.unsuspend=null,clearTimeout(a),clearTimeout(l)}}:null}function Ru(){if(this.count--,this.count===0&&(this.imgCount===0||!this.waitingForImages)){if(this.stylesheets)Tu(this,this.stylesheets);else if(this.unsuspend){var e=this.unsuspend;this.unsuspend=null,e()}}}var ju=null;function Tu(e,t){e.stylesheets=null,e.unsuspend!==null&&(e.count++,ju=new Map,t.forEach(my,e),ju=null,Ru.call(e))}function my(e,t){if(!(t.state.loading&4)){var n=ju.get(e);if(n)var a=n.get(null);else{n=new Map,ju.set(e,n);for(var l=e.querySelectorAll("link[data-precedence],style[data-precedence]"),i=0;i<l.length;i++){var s=l[i];(s.nodeName==="LINK"||s.getAttribute("media")!=="not all")&&(n.set(s.dataset.precedence,s),a=s)}a&&n.set(null,a)}l=t.instance,s=l.getAttribute("data-precedence"),i=n.get(s)||a,i===a&&n.set(null,l),n.set(s,l),this.count++,a=Ru.bind(this),l.addEventListener("load",a),l.addEventListener("error",a),i?i.parentNode.insertBefore(l,i.nextSibling):(e=e.nodeType===9?e.head:e,e.insertBefore(l,e.firstChild)),t.state.loading|=4}}var di={$$typeof:Q,Provider:null,Consumer:null,_currentValue:K,_currentValue2:K,_threadCount:0};function gy(e,t,n,a,l,i,s,r,m){this.tag=1,this.containerInfo=e,this.pingCache=this.current=this.pendingChildren=null,this.timeoutHandle=-1,this.callbackNode=this.next=this.pendingContext=this.context=this.cancelPendingCommit=null,this.callbackPriority=0,this.expirationTimes=Gu(-1),this.entangledLanes=this.shellSuspendCounter=this.errorRecoveryDisabledLanes=this.expiredLanes=this.warmLanes=this.pingedLanes=this.suspendedLanes=this.pendingLanes=0,this.entanglements=Gu(0),this.hiddenUpdates=Gu(null),this.identifierPrefix=a,this.onUncaughtError=l,this.onCaughtError=i,this.onRecoverableError=s,this.pooledCache=null,this.pooledCacheLanes=0,this.formState=m,this.incompleteTransitions=new Map}function gm(e,t,n,a,l,i,s,r,m,A,N,D){return e=new gy(e,t,n,s,m,A,N,D,r),t=1,i===!0&&(t|=24),i=Ut(3,null,null,t),e.current=i,i.stateNode=e,t=js(),t.refCount++,e.pooledCache=t,t.refCount++,i.memoizedState={element:a,isDehydrated:n,cache:t},Ns(i),e}function hm(e){return e?(e=Ga,e):Ga}function ym(e,t,n,a,l,i){l=hm(l),a.context===null?a.context=l:a.pendingContext=l,a=Dn(t),a.payload={element:n},i=i===void 0?null:i,i!==null&&(a.callback=i),n=Ln(e,a,t),n!==null&&(At(n,e,t),Gl(n,e,t))}function pm(e,t){if(e=e.memoizedState,e!==null&&e.dehydrated!==null){var n=e.retryLane;e.retryLane=n!==0&&n<t?n:t}}function Fo(e,t){pm(e,t),(e=e.alternate)&&pm(e,t)}function vm(e){if(e.tag===13||e.tag===31){var t=da(e,67108864);t!==null&&At(t,e,67108864),Fo(e,67108864)}}function bm(e){if(e.tag===13||e.tag===31){var t=Lt();t=Xu(t);var n=da(e,t);n!==null&&At(n,e,t),Fo(e,t)}}var Cu=!0;function hy(e,t,n,a){var l=U.T;U.T=null;var i=H.p;try{H.p=2,Io(e,t,n,a)}finally{H.p=i,U.T=l}}function yy(e,t,n,a){var l=U.T;U.T=null;var i=H.p;try{H.p=8,Io(e,t,n,a)}finally{H.p=i,U.T=l}}function Io(e,t,n,a){if(Cu){var l=Wo(a);if(l===null)Mo(e,t,a,Uu,n),wm(e,a);else if(vy(l,e,t,n,a))a.stopPropagation();else if(wm(e,a),t&4&&-1<py.indexOf(e)){for(;l!==null;){var i=Oa(l);if(i!==null)switch(i.tag){case 3:if(i=i.stateNode,i.current.memoizedState.isDehydrated){var s=ua(i.pendingLanes);if(s!==0){var r=i;for(r.pendingLanes|=2,r.entangledLanes|=2;s;){var m=1<<31-Be(s);r.entanglements[1]|=m,s&=~m}nn(i),(xe&6)===0&&(fu=Ie()+500,ii(0))}}break;case 31:case 13:r=da(i,2),r!==null&&At(r,i,2),gu(),Fo(i,2)}if(i=Wo(a),i===null&&Mo(e,t,a,Uu,n),i===l)break;l=i}l!==null&&a.stopPropagation()}else Mo(e,t,a,null,n)}}function Wo(e){return e=Pu(e),Po(e)}var Uu=null;function Po(e){if(Uu=null,e=Na(e),e!==null){var t=j(e);if(t===null)e=null;else{var n=t.tag;if(n===13){if(e=w(t),e!==null)return e;e=null}else if(n===31){if(e=L(t),e!==null)return e;e=null}else if(n===3){if(t.stateNode.current.memoizedState.isDehydrated)return t.tag===3?t.stateNode.containerInfo:null;e=null}else t!==e&&(e=null)}}return Uu=e,null}function Sm(e){switch(e){case"beforetoggle":case"cancel":case"click":case"close":case"contextmenu":case"copy":case"cut":case"auxclick":case"dblclick":case"dragend":case"dragstart":case"drop":case"focusin":case"focusout":case"input":case"invalid":case"keydown":case"keypress":case"keyup":case"mousedown":case"mouseup":case"paste":case"pause":case"play":case"pointercancel":case"pointerdown":case"pointerup":case"ratechange":case"reset":case"resize":case"seeked":case"submit":case"toggle":case"touchcancel":case"touchend":case"touchstart":case"volumechange":case"change":case"selectionchange":case"textInput":case"compositionstart":case"compositionend":case"compositionupdate":case"beforeblur":case"afterblur":case"beforeinput":case"blur":case"fullscreenchange":case"focus":case"hashchange":case"popstate":case"select":case"selectstart":return 2;case"drag":case"dragenter":case"dragexit":case"dragleave":case"dragover":case"mousemove":case"mouseout":case"mouseover":case"pointermove":case"pointerout":case"pointerover":case"scroll":case"touchmove":case"wheel":case"mouseenter":case"mouseleave":case"pointerenter":case"pointerleave":return 8;case"message":switch(Yu()){case El:return 2;case xl:return 8;case rt:case _n:return 32;case la:return 268435456;default:return 32}default:return 32}}var ec=!1,Zn=null,Jn=null,Kn=null,fi=new Map,mi=new Map,$n=[],py="mousedown mouseup touchcancel touchend touchstart auxclick dblclick pointercancel pointerdown pointerup dragend dragstart drop compositionend compositionstart keydown keypress keyup input textInput copy cut paste click change contextmenu reset".split(" ");function wm(e,t){switch(e){case"focusin":case"focusout":Zn=null;break;case"dragenter":case"dragleave":Jn=null;break;case"mouseover":case"mouseout":Kn=null;break;case"pointerover":case"pointerout":fi.delete(t.pointerId);break;case"gotpointercapture":case"lostpointercapture":mi.delete(t.pointerId)}}function gi(e,t,n,a,l,i){return e===null||e.nativeEvent!==i?(e={blockedOn:t,domEventName:n,eventSystemFlags:a,nativeEvent:i,targetContainers:[l]},t!==null&&(t=Oa(t),t!==null&&vm(t)),e):(e.eventSystemFlags|=a,t=e.targetContainers,l!==null&&t.indexOf(l)===-1&&t.push(l),e)}function vy(e,t,n,a,l){switch(t){case"focusin":return Zn=gi(Zn,e,t,n,a,l),!0;case"dragenter":return Jn=gi(Jn,e,t,n,a,l),!0;case"mouseover":return Kn=gi(Kn,e,t,n,a,l),!0;case"pointerover":var i=l.pointerId;return fi.set(i,gi(fi.get(i)||null,e,t,n,a,l)),!0;case"gotpointercapture":return i=l.pointerId,mi.set(i,gi(mi.get(i)||null,e,t,n,a,l)),!0}return!1}function Em(e){var t=Na(e.target);if(t!==null){var n=j(t);if(n!==null){if(t=n.tag,t===13){if(t=w(n),t!==null){e.blockedOn=t,Lc(e.priority,function(){bm(n)});return}}else if(t===31){if(t=L(n),t!==null){e.blockedOn=t,Lc(e.priority,function(){bm(n)});return}}else if(t===3&&n.stateNode.current.memoizedState.isDehydrated){e.blockedOn=n.tag===3?n.stateNode.containerInfo:null;return}}}e.blockedOn=null}function Nu(e){if(e.blockedOn!==null)return!1;for(var t=e.targetContainers;0<t.length;){var n=Wo(e.nativeEvent);if(n===null){n=e.nativeEvent;var a=new n.constructor(n.type,n);Wu=a,n.target.dispatchEvent(a),Wu=null}else return t=Oa(n),t!==null&&vm(t),e.blockedOn=n,!1;t.shift()}return!0}function xm(e,t,n){Nu(e)&&n.delete(t)}function by(){ec=!1,Zn!==null&&Nu(Zn)&&(Zn=null),Jn!==null&&Nu(Jn)&&(Jn=null),Kn!==null&&Nu(Kn)&&(Kn=null),fi.forEach(xm),mi.forEach(xm)}function Ou(e,t){e.blockedOn===t&&(e.blockedOn=null,ec||(ec=!0,o.unstable_scheduleCallback(o.unstable_NormalPriority,by)))}var zu=null;function Am(e){zu!==e&&(zu=e,o.unstable_scheduleCallback(o.unstable_NormalPriority,function(){zu===e&&(zu=null);for(var t=0;t<e.length;t+=3){var n=e[t],a=e[t+1],l=e[t+2];if(typeof a!="function"){if(Po(a||n)===null)continue;break}var i=Oa(n);i!==null&&(e.splice(t,3),t-=3,Is(i,{pending:!0,data:l,method:n.method,action:a},a,l))}}))}function ml(e){function t(m){return Ou(m,e)}Zn!==null&&Ou(Zn,e),Jn!==null&&Ou(Jn,e),Kn!==null&&Ou(Kn,e),fi.forEach(t),mi.forEach(t);for(var n=0;n<$n.length;n++){var a=$n[n];a.blockedOn===e&&(a.blockedOn=null)}for(;0<$n.length&&(n=$n[0],n.blockedOn===null);)Em(n),n.blockedOn===null&&$n.shift();if(n=(e.ownerDocument||e).$$reactFormReplay,n!=null)for(a=0;a<n.length;a+=3){var l=n[a],i=n[a+1],s=l[vt]||null;if(typeof i=="function")s||Am(n);else if(s){var r=null;if(i&&i.hasAttribute("formAction")){if(l=i,s=i[vt]||null)r=s.formAction;else if(Po(l)!==null)continue}else r=s.action;typeof r=="function"?n[a+1]=r:(n.splice(a,3),a-=3),Am(n)}}}function _m(){function e(i){i.canIntercept&&i.info==="react-transition"&&i.intercept({handler:function(){return new Promise(function(s){return l=s})},focusReset:"manual",scroll:"manual"})}function t(){l!==null&&(l(),l=null),a||setTimeout(n,20)}function n(){if(!a&&!navigation.transition){var i=navigation.currentEntry;i&&i.url!=null&&navigation.navigate(i.url,{state:i.getState(),info:"react-transition",history:"replace"})}}if(typeof navigation=="object"){var a=!1,l=null;return navigation.addEventListener("navigate",e),navigation.addEventListener("navigatesuccess",t),navigation.addEventListener("navigateerror",t),setTimeout(n,100),function(){a=!0,navigation.removeEventListener("navigate",e),navigation.removeEventListener("navigatesuccess",t),navigation.removeEventListener("navigateerror",t),l!==null&&(l(),l=null)}}}function tc(e){this._internalRoot=e}Du.prototype.render=tc.prototype.render=function(e){var t=this._internalRoot;if(t===null)throw Error(c(409));var n=t.current,a=Lt();ym(n,a,e,t,null,null)},Du.prototype.unmount=tc.prototype.unmount=function(){var e=this._internalRoot;if(e!==null){this._internalRoot=null;var t=e.containerInfo;ym(e.current,2,null,e,null,null),gu(),t[Ua]=null}};function Du(e){this._internalRoot=e}Du.prototype.unstable_scheduleHydration=function(e){if(e){var t=Dc();e={blockedOn:null,target:e,priority:t};for(var n=0;n<$n.length&&t!==0&&t<$n[n].priority;n++);$n.splice(n,0,e),n===0&&Em(e)}};var Rm=f.version;if(Rm!=="19.2.9")throw Error(c(527,Rm,"19.2.9"));H.findDOMNode=function(e){var t=e._reactInternals;if(t===void 0)throw typeof e.render=="function"?Error(c(188)):(e=Object.keys(e).join(","),Error(c(268,e)));return e=h(t),e=e!==null?q(e):null,e=e===null?null:e.stateNode,e};var Sy={bundleType:0,version:"19.2.9",rendererPackageName:"react-dom",currentDispatcherRef:U,reconcilerVersion:"19.2.9"};if(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__<"u"){var Lu=__REACT_DEVTOOLS_GLOBAL_HOOK__;if(!Lu.isDisabled&&Lu.supportsFiber)try{F=Lu.inject(Sy),oe=Lu}catch{}}return yi.createRoot=function(e,t){if(!g(e))throw Error(c(299));var n=!1,a="",l=Od,i=zd,s=Dd;return t!=null&&(t.unstable_strictMode===!0&&(n=!0),t.identifierPrefix!==void 0&&(a=t.identifierPrefix),t.onUncaughtError!==void 0&&(l=t.onUncaughtError),t.onCaughtError!==void 0&&(i=t.onCaughtError),t.onRecoverableError!==void 0&&(s=t.onRecoverableError)),t=gm(e,1,!1,null,null,n,a,null,l,i,s,_m),e[Ua]=t.current,qo(e),new tc(t)},yi.hydrateRoot=function(e,t,n){if(!g(e))throw Error(c(299));var a=!1,l="",i=Od,s=zd,r=Dd,m=null;return n!=null&&(n.unstable_strictMode===!0&&(a=!0),n.identifierPrefix!==void 0&&(l=n.identifierPrefix),n.onUncaughtError!==void 0&&(i=n.onUncaughtError),n.onCaughtError!==void 0&&(s=n.onCaughtError),n.onRecoverableError!==void 0&&(r=n.onRecoverableError),n.formState!==void 0&&(m=n.formState)),t=gm(e,1,!0,t,n??null,a,l,m,i,s,r,_m),t.context=hm(null),n=t.current,a=Lt(),a=Xu(a),l=Dn(a),l.callback=null,Ln(n,l,a),n=a,t.current.lanes=n,_l(t,n),nn(t),e[Ua]=t.current,qo(e),new Du(t)},yi.version="19.2.9",yi}var qm;function Uy(){if(qm)return lc.exports;qm=1;function o(){if(!(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__>"u"||typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE!="function"))try{__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(o)}catch(f){console.error(f)}}return o(),lc.exports=Cy(),lc.exports}var Ny=Uy();const Oy="/graphql",dc="accounts:signed-out",Hm="PAYLOAD_TOO_LARGE";class In extends Error{constructor(f,d){super(f),this.code=d}code}async function W(o,...[f,d]){const c={};d?.session&&(c["Accounts-Session"]="cookie");const g={query:o.toString(),variables:f??{}};let j;const w=Object.entries(d?.files??{});if(w.length>0){const h=new FormData;h.append("operations",JSON.stringify(g)),h.append("map",JSON.stringify(Object.fromEntries(w.map(([q],V)=>[String(V),[`variables.${q}`]])))),w.forEach(([,q],V)=>h.append(String(V),q,q.name)),c["Apollo-Require-Preflight"]="true",j=h}else c["Content-Type"]="application/json",j=JSON.stringify(g);let L;try{L=await fetch(Oy,{method:"POST",headers:c,body:j,credentials:"same-origin"})}catch{throw new In("The service cannot be reached. Check your connection and try again.")}if(L.status===413)throw new In("The file is too large.",Hm);let C;try{C=await L.json()}catch{throw new In(`The service answered ${L.status} ${L.statusText}.`)}if(C.errors?.length){const h=C.errors[0];throw h.extensions?.code==="UNAUTHENTICATED"&&window.dispatchEvent(new Event(dc)),new In(h.message,h.extensions?.code)}if(!C.data)throw new In("The service answered no data.");return C.data}const km="accounts.deviceToken";function xn(){try{return localStorage.getItem(km)}catch{return null}}function pc(o){try{o&&localStorage.setItem(km,o)}catch{}}function zy(){const o={productName:"Accounts",logoUrl:null,passkeyOrigins:[window.location.origin]},f=document.querySelector('meta[name="accounts-config"]')?.getAttribute("content");if(!f)return o;try{const d=JSON.parse(f);return{productName:typeof d.productName=="string"&&d.productName?d.productName:o.productName,logoUrl:typeof d.logoUrl=="string"?d.logoUrl:null,passkeyOrigins:Array.isArray(d.passkeyOrigins)?d.passkeyOrigins.filter(c=>typeof c=="string"):[]}}catch{return o}}const _a=zy();class ee extends String{__apiType;value;__meta__;constructor(f,d){super(f),this.value=f,this.__meta__=d}toString(){return this.value}}const Dy=new ee(`
    fragment UserFields on User {
  id
  email
  username
  firstName
  lastName
  bio
  contact
  imageUrl
  status
  emailVerified
  pendingEmail
  twoFactorEnabled
  hasPassword
  dateJoined
  lastLogin
}
    `,{fragmentName:"UserFields"}),Ly=new ee(`
    fragment LoginOutcome on LoginResult {
  __typename
  ... on AuthSuccess {
    deviceToken
    user {
      ...UserFields
    }
  }
  ... on TwoFactorRequired {
    challenge
    methods
    challengeExpiresAt: expiresAt
  }
  ... on InvalidCredentials {
    message
  }
  ... on AccountSuspended {
    message
  }
  ... on EmailNotVerified {
    message
    handle
  }
  ... on RateLimited {
    message
    retryAfterSeconds
  }
}
    fragment UserFields on User {
  id
  email
  username
  firstName
  lastName
  bio
  contact
  imageUrl
  status
  emailVerified
  pendingEmail
  twoFactorEnabled
  hasPassword
  dateJoined
  lastLogin
}`,{fragmentName:"LoginOutcome"}),qy=new ee(`
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}
    `,{fragmentName:"StepUpFields"}),My=new ee(`
    fragment UpdateOutcome on UpdateUserResult {
  __typename
  ... on UpdateUserSuccess {
    user {
      ...UserFields
    }
  }
  ... on ValidationError {
    message
    fields {
      field
      code
      message
    }
  }
  ... on UserAlreadyExists {
    message
    fields {
      field
      code
      message
    }
  }
  ... on InvalidCredentials {
    message
  }
  ... on InvalidCode {
    message
  }
  ... on RateLimited {
    message
    retryAfterSeconds
  }
  ...StepUpFields
}
    fragment UserFields on User {
  id
  email
  username
  firstName
  lastName
  bio
  contact
  imageUrl
  status
  emailVerified
  pendingEmail
  twoFactorEnabled
  hasPassword
  dateJoined
  lastLogin
}
fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}`,{fragmentName:"UpdateOutcome"}),Vy=new ee(`
    fragment RecoveryCodesOutcome on RecoveryCodesResult {
  __typename
  ... on RecoveryCodes {
    codes
  }
  ... on InvalidCode {
    message
  }
  ... on InvalidCredentials {
    message
  }
  ... on RateLimited {
    message
    retryAfterSeconds
  }
  ... on EmailNotVerified {
    message
  }
  ...StepUpFields
}
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}`,{fragmentName:"RecoveryCodesOutcome"}),By=new ee(`
    fragment ExternalStart on BeginExternalLoginResult {
  __typename
  ... on ExternalLoginStarted {
    flowId
    authorizationUrl
  }
  ... on ValidationError {
    message
    fields {
      field
      code
      message
    }
  }
  ... on RateLimited {
    message
    retryAfterSeconds
  }
  ... on ReauthenticationRequired {
    ...StepUpFields
  }
}
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}`,{fragmentName:"ExternalStart"}),Hy=new ee(`
    query Me {
  me {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  firstName
  lastName
  bio
  contact
  imageUrl
  status
  emailVerified
  pendingEmail
  twoFactorEnabled
  hasPassword
  dateJoined
  lastLogin
}`),ky=new ee(`
    mutation RegisterUser($input: RegisterUserInput!) {
  registerUser(input: $input) {
    __typename
    ... on AuthSuccess {
      deviceToken
      user {
        ...UserFields
      }
    }
    ... on VerificationRequired {
      email
      handle
    }
    ... on ValidationError {
      message
      fields {
        field
        code
        message
      }
    }
    ... on UserAlreadyExists {
      message
      fields {
        field
        code
        message
      }
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
  }
}
    fragment UserFields on User {
  id
  email
  username
  firstName
  lastName
  bio
  contact
  imageUrl
  status
  emailVerified
  pendingEmail
  twoFactorEnabled
  hasPassword
  dateJoined
  lastLogin
}`),Yy=new ee(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    ...LoginOutcome
  }
}
    fragment UserFields on User {
  id
  email
  username
  firstName
  lastName
  bio
  contact
  imageUrl
  status
  emailVerified
  pendingEmail
  twoFactorEnabled
  hasPassword
  dateJoined
  lastLogin
}
fragment LoginOutcome on LoginResult {
  __typename
  ... on AuthSuccess {
    deviceToken
    user {
      ...UserFields
    }
  }
  ... on TwoFactorRequired {
    challenge
    methods
    challengeExpiresAt: expiresAt
  }
  ... on InvalidCredentials {
    message
  }
  ... on AccountSuspended {
    message
  }
  ... on EmailNotVerified {
    message
    handle
  }
  ... on RateLimited {
    message
    retryAfterSeconds
  }
}`),Gy=new ee(`
    mutation RequestLoginCode($input: RequestLoginCodeInput!) {
  requestLoginCode(input: $input) {
    __typename
    ... on CodeSent {
      message
      expiresInSeconds
      handle
    }
    ... on ValidationError {
      message
      fields {
        field
        code
        message
      }
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
  }
}
    `),Xy=new ee(`
    mutation LoginWithCode($input: LoginWithCodeInput!) {
  loginWithCode(input: $input) {
    ...LoginOutcome
  }
}
    fragment UserFields on User {
  id
  email
  username
  firstName
  lastName
  bio
  contact
  imageUrl
  status
  emailVerified
  pendingEmail
  twoFactorEnabled
  hasPassword
  dateJoined
  lastLogin
}
fragment LoginOutcome on LoginResult {
  __typename
  ... on AuthSuccess {
    deviceToken
    user {
      ...UserFields
    }
  }
  ... on TwoFactorRequired {
    challenge
    methods
    challengeExpiresAt: expiresAt
  }
  ... on InvalidCredentials {
    message
  }
  ... on AccountSuspended {
    message
  }
  ... on EmailNotVerified {
    message
    handle
  }
  ... on RateLimited {
    message
    retryAfterSeconds
  }
}`),Qy=new ee(`
    mutation CompleteLogin($input: CompleteLoginInput!) {
  completeLogin(input: $input) {
    ...LoginOutcome
  }
}
    fragment UserFields on User {
  id
  email
  username
  firstName
  lastName
  bio
  contact
  imageUrl
  status
  emailVerified
  pendingEmail
  twoFactorEnabled
  hasPassword
  dateJoined
  lastLogin
}
fragment LoginOutcome on LoginResult {
  __typename
  ... on AuthSuccess {
    deviceToken
    user {
      ...UserFields
    }
  }
  ... on TwoFactorRequired {
    challenge
    methods
    challengeExpiresAt: expiresAt
  }
  ... on InvalidCredentials {
    message
  }
  ... on AccountSuspended {
    message
  }
  ... on EmailNotVerified {
    message
    handle
  }
  ... on RateLimited {
    message
    retryAfterSeconds
  }
}`),Zy=new ee(`
    mutation BeginPasskeyLogin($input: BeginPasskeyLoginInput!) {
  beginPasskeyLogin(input: $input) {
    __typename
    ... on PasskeyOptions {
      challengeId
      optionsJson
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
  }
}
    `),Jy=new ee(`
    mutation FinishPasskeyLogin($input: FinishPasskeyLoginInput!) {
  finishPasskeyLogin(input: $input) {
    ...LoginOutcome
  }
}
    fragment UserFields on User {
  id
  email
  username
  firstName
  lastName
  bio
  contact
  imageUrl
  status
  emailVerified
  pendingEmail
  twoFactorEnabled
  hasPassword
  dateJoined
  lastLogin
}
fragment LoginOutcome on LoginResult {
  __typename
  ... on AuthSuccess {
    deviceToken
    user {
      ...UserFields
    }
  }
  ... on TwoFactorRequired {
    challenge
    methods
    challengeExpiresAt: expiresAt
  }
  ... on InvalidCredentials {
    message
  }
  ... on AccountSuspended {
    message
  }
  ... on EmailNotVerified {
    message
    handle
  }
  ... on RateLimited {
    message
    retryAfterSeconds
  }
}`),Ky=new ee(`
    mutation Logout {
  logout {
    ... on LogoutSuccess {
      revokedSessions
    }
  }
}
    `),$y=new ee(`
    mutation LogoutAll {
  logoutAll {
    ... on LogoutSuccess {
      revokedSessions
    }
  }
}
    `),Fy=new ee(`
    mutation VerifyEmail($input: VerifyEmailInput!) {
  verifyEmail(input: $input) {
    __typename
    ... on EmailVerified {
      email
      hasPassword
    }
    ... on InvalidCode {
      message
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
  }
}
    `),Iy=new ee(`
    mutation RequestEmailVerification {
  requestEmailVerification {
    __typename
    ... on CodeSent {
      message
      expiresInSeconds
      handle
    }
    ... on ValidationError {
      message
      fields {
        field
        code
        message
      }
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
  }
}
    `),Wy=new ee(`
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    __typename
    ... on CodeSent {
      message
      expiresInSeconds
      handle
    }
    ... on ValidationError {
      message
      fields {
        field
        code
        message
      }
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
  }
}
    `),Py=new ee(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    __typename
    ... on AuthSuccess {
      deviceToken
      user {
        ...UserFields
      }
    }
    ... on TwoFactorRequired {
      challenge
      methods
      challengeExpiresAt: expiresAt
    }
    ... on InvalidCode {
      message
    }
    ... on ValidationError {
      message
      fields {
        field
        code
        message
      }
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
  }
}
    fragment UserFields on User {
  id
  email
  username
  firstName
  lastName
  bio
  contact
  imageUrl
  status
  emailVerified
  pendingEmail
  twoFactorEnabled
  hasPassword
  dateJoined
  lastLogin
}`),ep=new ee(`
    mutation UpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    ...UpdateOutcome
  }
}
    fragment UserFields on User {
  id
  email
  username
  firstName
  lastName
  bio
  contact
  imageUrl
  status
  emailVerified
  pendingEmail
  twoFactorEnabled
  hasPassword
  dateJoined
  lastLogin
}
fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}
fragment UpdateOutcome on UpdateUserResult {
  __typename
  ... on UpdateUserSuccess {
    user {
      ...UserFields
    }
  }
  ... on ValidationError {
    message
    fields {
      field
      code
      message
    }
  }
  ... on UserAlreadyExists {
    message
    fields {
      field
      code
      message
    }
  }
  ... on InvalidCredentials {
    message
  }
  ... on InvalidCode {
    message
  }
  ... on RateLimited {
    message
    retryAfterSeconds
  }
  ...StepUpFields
}`),tp=new ee(`
    mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {
  confirmEmailChange(input: $input) {
    ...UpdateOutcome
  }
}
    fragment UserFields on User {
  id
  email
  username
  firstName
  lastName
  bio
  contact
  imageUrl
  status
  emailVerified
  pendingEmail
  twoFactorEnabled
  hasPassword
  dateJoined
  lastLogin
}
fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}
fragment UpdateOutcome on UpdateUserResult {
  __typename
  ... on UpdateUserSuccess {
    user {
      ...UserFields
    }
  }
  ... on ValidationError {
    message
    fields {
      field
      code
      message
    }
  }
  ... on UserAlreadyExists {
    message
    fields {
      field
      code
      message
    }
  }
  ... on InvalidCredentials {
    message
  }
  ... on InvalidCode {
    message
  }
  ... on RateLimited {
    message
    retryAfterSeconds
  }
  ...StepUpFields
}`),np=new ee(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    __typename
    ... on AuthSuccess {
      user {
        id
      }
    }
    ... on ValidationError {
      message
      fields {
        field
        code
        message
      }
    }
    ... on InvalidCredentials {
      message
    }
    ... on InvalidCode {
      message
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
    ...StepUpFields
  }
}
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}`),ap=new ee(`
    mutation SetPassword($input: SetPasswordInput!) {
  setPassword(input: $input) {
    __typename
    ... on AuthSuccess {
      user {
        ...UserFields
      }
    }
    ... on ValidationError {
      message
      fields {
        field
        code
        message
      }
    }
    ...StepUpFields
  }
}
    fragment UserFields on User {
  id
  email
  username
  firstName
  lastName
  bio
  contact
  imageUrl
  status
  emailVerified
  pendingEmail
  twoFactorEnabled
  hasPassword
  dateJoined
  lastLogin
}
fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}`),lp=new ee(`
    mutation DeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input) {
    __typename
    ... on AccountDeleted {
      message
    }
    ... on InvalidCredentials {
      message
    }
    ... on InvalidCode {
      message
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
    ...StepUpFields
  }
}
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}`),ip=new ee(`
    query Sessions {
  sessions {
    id
    current
    createdAt
    lastUsedAt
    expiresAt
    userAgent
    ipAddress
    methods
    assurance
    authenticatedAt
  }
}
    `),up=new ee(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id) {
    ... on LogoutSuccess {
      revokedSessions
    }
  }
}
    `),sp=new ee(`
    query SecurityEvents($first: Int!, $after: String) {
  securityEvents(first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        kind
        at
        ipAddress
        userAgent
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `),op=new ee(`
    mutation BeginTotpSetup {
  beginTotpSetup {
    __typename
    ... on TotpSetup {
      secret
      otpauthUri
      qrSvg
    }
    ... on ValidationError {
      message
      fields {
        field
        code
        message
      }
    }
    ... on EmailNotVerified {
      message
    }
    ...StepUpFields
  }
}
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}`),cp=new ee(`
    mutation ConfirmTotpSetup($input: ConfirmTotpSetupInput!) {
  confirmTotpSetup(input: $input) {
    ...RecoveryCodesOutcome
  }
}
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}
fragment RecoveryCodesOutcome on RecoveryCodesResult {
  __typename
  ... on RecoveryCodes {
    codes
  }
  ... on InvalidCode {
    message
  }
  ... on InvalidCredentials {
    message
  }
  ... on RateLimited {
    message
    retryAfterSeconds
  }
  ... on EmailNotVerified {
    message
  }
  ...StepUpFields
}`),rp=new ee(`
    mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {
  regenerateRecoveryCodes(input: $input) {
    ...RecoveryCodesOutcome
  }
}
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}
fragment RecoveryCodesOutcome on RecoveryCodesResult {
  __typename
  ... on RecoveryCodes {
    codes
  }
  ... on InvalidCode {
    message
  }
  ... on InvalidCredentials {
    message
  }
  ... on RateLimited {
    message
    retryAfterSeconds
  }
  ... on EmailNotVerified {
    message
  }
  ...StepUpFields
}`),dp=new ee(`
    mutation DisableTwoFactor($input: DisableTwoFactorInput!) {
  disableTwoFactor(input: $input) {
    __typename
    ... on TwoFactorDisabled {
      message
    }
    ... on InvalidCode {
      message
    }
    ... on InvalidCredentials {
      message
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
    ...StepUpFields
  }
}
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}`),fp=new ee(`
    query Passkeys {
  passkeys {
    id
    name
    createdAt
    lastUsedAt
  }
}
    `),mp=new ee(`
    mutation BeginPasskeyRegistration {
  beginPasskeyRegistration {
    __typename
    ... on PasskeyOptions {
      challengeId
      optionsJson
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
    ... on EmailNotVerified {
      message
    }
    ...StepUpFields
  }
}
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}`),gp=new ee(`
    mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {
  finishPasskeyRegistration(input: $input) {
    __typename
    ... on PasskeyAdded {
      passkey {
        id
        name
      }
    }
    ... on ValidationError {
      message
      fields {
        field
        code
        message
      }
    }
    ... on InvalidCode {
      message
    }
    ... on EmailNotVerified {
      message
    }
    ...StepUpFields
  }
}
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}`),hp=new ee(`
    mutation RemovePasskey($id: ID!) {
  removePasskey(id: $id) {
    __typename
    ... on PasskeyRemoved {
      message
    }
    ... on InvalidCredentials {
      message
    }
    ... on ValidationError {
      message
      fields {
        field
        code
        message
      }
    }
    ...StepUpFields
  }
}
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}`),yp=new ee(`
    mutation Reauthenticate($input: ReauthenticateInput!) {
  reauthenticate(input: $input) {
    __typename
    ... on Reauthenticated {
      privilegedUntil
    }
    ... on InvalidCredentials {
      message
    }
    ... on InvalidCode {
      message
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
    ... on ValidationError {
      message
      fields {
        field
        code
        message
      }
    }
  }
}
    `),pp=new ee(`
    mutation BeginPasskeyReauthentication {
  beginPasskeyReauthentication {
    __typename
    ... on PasskeyOptions {
      challengeId
      optionsJson
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
    ... on EmailNotVerified {
      message
    }
    ...StepUpFields
  }
}
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}`),vp=new ee(`
    query ExternalProviders {
  externalProviders {
    id
    displayName
  }
}
    `),bp=new ee(`
    mutation BeginExternalLogin($input: BeginExternalLoginInput!) {
  beginExternalLogin(input: $input) {
    ...ExternalStart
  }
}
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}
fragment ExternalStart on BeginExternalLoginResult {
  __typename
  ... on ExternalLoginStarted {
    flowId
    authorizationUrl
  }
  ... on ValidationError {
    message
    fields {
      field
      code
      message
    }
  }
  ... on RateLimited {
    message
    retryAfterSeconds
  }
  ... on ReauthenticationRequired {
    ...StepUpFields
  }
}`),Sp=new ee(`
    mutation BeginExternalLink($input: BeginExternalLoginInput!) {
  beginExternalLink(input: $input) {
    ...ExternalStart
  }
}
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}
fragment ExternalStart on BeginExternalLoginResult {
  __typename
  ... on ExternalLoginStarted {
    flowId
    authorizationUrl
  }
  ... on ValidationError {
    message
    fields {
      field
      code
      message
    }
  }
  ... on RateLimited {
    message
    retryAfterSeconds
  }
  ... on ReauthenticationRequired {
    ...StepUpFields
  }
}`),wp=new ee(`
    mutation CompleteExternalLogin($input: CompleteExternalLoginInput!) {
  completeExternalLogin(input: $input) {
    ...LoginOutcome
  }
}
    fragment UserFields on User {
  id
  email
  username
  firstName
  lastName
  bio
  contact
  imageUrl
  status
  emailVerified
  pendingEmail
  twoFactorEnabled
  hasPassword
  dateJoined
  lastLogin
}
fragment LoginOutcome on LoginResult {
  __typename
  ... on AuthSuccess {
    deviceToken
    user {
      ...UserFields
    }
  }
  ... on TwoFactorRequired {
    challenge
    methods
    challengeExpiresAt: expiresAt
  }
  ... on InvalidCredentials {
    message
  }
  ... on AccountSuspended {
    message
  }
  ... on EmailNotVerified {
    message
    handle
  }
  ... on RateLimited {
    message
    retryAfterSeconds
  }
}`),Ep=new ee(`
    mutation CompleteExternalLink($input: CompleteExternalLoginInput!) {
  completeExternalLink(input: $input) {
    __typename
    ... on ExternalIdentityLinked {
      identity {
        id
        provider
      }
    }
    ... on ValidationError {
      message
      fields {
        field
        code
        message
      }
    }
    ... on ReauthenticationRequired {
      ...StepUpFields
    }
  }
}
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}`),xp=new ee(`
    query ExternalIdentities {
  me {
    id
    externalIdentities {
      id
      provider
      email
      linkedAt
    }
  }
}
    `),Ap=new ee(`
    mutation UnlinkExternalIdentity($id: ID!) {
  unlinkExternalIdentity(id: $id) {
    __typename
    ... on ExternalIdentityUnlinked {
      message
    }
    ... on ValidationError {
      message
      fields {
        field
        code
        message
      }
    }
    ... on ReauthenticationRequired {
      ...StepUpFields
    }
  }
}
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}`),_p={"\n  fragment UserFields on User {\n    id\n    email\n    username\n    firstName\n    lastName\n    bio\n    contact\n    imageUrl\n    status\n    emailVerified\n    pendingEmail\n    twoFactorEnabled\n    hasPassword\n    dateJoined\n    lastLogin\n  }\n":Dy,"\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n":Hy,"\n  fragment StepUpFields on ReauthenticationRequired {\n    message\n    methods\n    passwordRequired\n  }\n":qy,"\n  mutation RegisterUser($input: RegisterUserInput!) {\n    registerUser(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        deviceToken\n        user {\n          ...UserFields\n        }\n      }\n      ... on VerificationRequired {\n        email\n        handle\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on UserAlreadyExists {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":ky,"\n  fragment LoginOutcome on LoginResult {\n    __typename\n    ... on AuthSuccess {\n      deviceToken\n      user {\n        ...UserFields\n      }\n    }\n    ... on TwoFactorRequired {\n      challenge\n      methods\n      challengeExpiresAt: expiresAt\n    }\n    ... on InvalidCredentials {\n      message\n    }\n    ... on AccountSuspended {\n      message\n    }\n    ... on EmailNotVerified {\n      message\n      handle\n    }\n    ... on RateLimited {\n      message\n      retryAfterSeconds\n    }\n  }\n":Ly,"\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":Yy,"\n  mutation RequestLoginCode($input: RequestLoginCodeInput!) {\n    requestLoginCode(input: $input) {\n      __typename\n      ... on CodeSent {\n        message\n        expiresInSeconds\n        handle\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Gy,"\n  mutation LoginWithCode($input: LoginWithCodeInput!) {\n    loginWithCode(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":Xy,"\n  mutation CompleteLogin($input: CompleteLoginInput!) {\n    completeLogin(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":Qy,"\n  mutation BeginPasskeyLogin($input: BeginPasskeyLoginInput!) {\n    beginPasskeyLogin(input: $input) {\n      __typename\n      ... on PasskeyOptions {\n        challengeId\n        optionsJson\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Zy,"\n  mutation FinishPasskeyLogin($input: FinishPasskeyLoginInput!) {\n    finishPasskeyLogin(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":Jy,"\n  mutation Logout {\n    logout {\n      ... on LogoutSuccess {\n        revokedSessions\n      }\n    }\n  }\n":Ky,"\n  mutation LogoutAll {\n    logoutAll {\n      ... on LogoutSuccess {\n        revokedSessions\n      }\n    }\n  }\n":$y,"\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      __typename\n      ... on EmailVerified {\n        email\n        hasPassword\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Fy,"\n  mutation RequestEmailVerification {\n    requestEmailVerification {\n      __typename\n      ... on CodeSent {\n        message\n        expiresInSeconds\n        handle\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Iy,"\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      __typename\n      ... on CodeSent {\n        message\n        expiresInSeconds\n        handle\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Wy,"\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        deviceToken\n        user {\n          ...UserFields\n        }\n      }\n      ... on TwoFactorRequired {\n        challenge\n        methods\n        challengeExpiresAt: expiresAt\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Py,"\n  fragment UpdateOutcome on UpdateUserResult {\n    __typename\n    ... on UpdateUserSuccess {\n      user {\n        ...UserFields\n      }\n    }\n    ... on ValidationError {\n      message\n      fields {\n        field\n        code\n        message\n      }\n    }\n    ... on UserAlreadyExists {\n      message\n      fields {\n        field\n        code\n        message\n      }\n    }\n    ... on InvalidCredentials {\n      message\n    }\n    ... on InvalidCode {\n      message\n    }\n    ... on RateLimited {\n      message\n      retryAfterSeconds\n    }\n    ...StepUpFields\n  }\n":My,"\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UpdateOutcome\n    }\n  }\n":ep,"\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      ...UpdateOutcome\n    }\n  }\n":tp,"\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        user {\n          id\n        }\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ...StepUpFields\n    }\n  }\n":np,"\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        user {\n          ...UserFields\n        }\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ...StepUpFields\n    }\n  }\n":ap,"\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      __typename\n      ... on AccountDeleted {\n        message\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ...StepUpFields\n    }\n  }\n":lp,"\n  query Sessions {\n    sessions {\n      id\n      current\n      createdAt\n      lastUsedAt\n      expiresAt\n      userAgent\n      ipAddress\n      methods\n      assurance\n      authenticatedAt\n    }\n  }\n":ip,"\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id) {\n      ... on LogoutSuccess {\n        revokedSessions\n      }\n    }\n  }\n":up,"\n  query SecurityEvents($first: Int!, $after: String) {\n    securityEvents(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          at\n          ipAddress\n          userAgent\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":sp,"\n  mutation BeginTotpSetup {\n    beginTotpSetup {\n      __typename\n      ... on TotpSetup {\n        secret\n        otpauthUri\n        qrSvg\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":op,"\n  fragment RecoveryCodesOutcome on RecoveryCodesResult {\n    __typename\n    ... on RecoveryCodes {\n      codes\n    }\n    ... on InvalidCode {\n      message\n    }\n    ... on InvalidCredentials {\n      message\n    }\n    ... on RateLimited {\n      message\n      retryAfterSeconds\n    }\n    ... on EmailNotVerified {\n      message\n    }\n    ...StepUpFields\n  }\n":Vy,"\n  mutation ConfirmTotpSetup($input: ConfirmTotpSetupInput!) {\n    confirmTotpSetup(input: $input) {\n      ...RecoveryCodesOutcome\n    }\n  }\n":cp,"\n  mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      ...RecoveryCodesOutcome\n    }\n  }\n":rp,"\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input) {\n      __typename\n      ... on TwoFactorDisabled {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ...StepUpFields\n    }\n  }\n":dp,"\n  query Passkeys {\n    passkeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n":fp,"\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration {\n      __typename\n      ... on PasskeyOptions {\n        challengeId\n        optionsJson\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":mp,"\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      __typename\n      ... on PasskeyAdded {\n        passkey {\n          id\n          name\n        }\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":gp,"\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id) {\n      __typename\n      ... on PasskeyRemoved {\n        message\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ...StepUpFields\n    }\n  }\n":hp,"\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input) {\n      __typename\n      ... on Reauthenticated {\n        privilegedUntil\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n":yp,"\n  mutation BeginPasskeyReauthentication {\n    beginPasskeyReauthentication {\n      __typename\n      ... on PasskeyOptions {\n        challengeId\n        optionsJson\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":pp,"\n  query ExternalProviders {\n    externalProviders {\n      id\n      displayName\n    }\n  }\n":vp,"\n  fragment ExternalStart on BeginExternalLoginResult {\n      __typename\n      ... on ExternalLoginStarted {\n        flowId\n        authorizationUrl\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ... on ReauthenticationRequired {\n        ...StepUpFields\n      }\n  }\n":By,"\n  mutation BeginExternalLogin($input: BeginExternalLoginInput!) {\n    beginExternalLogin(input: $input) {\n      ...ExternalStart\n    }\n  }\n":bp,"\n  mutation BeginExternalLink($input: BeginExternalLoginInput!) {\n    beginExternalLink(input: $input) {\n      ...ExternalStart\n    }\n  }\n":Sp,"\n  mutation CompleteExternalLogin($input: CompleteExternalLoginInput!) {\n    completeExternalLogin(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":wp,"\n  mutation CompleteExternalLink($input: CompleteExternalLoginInput!) {\n    completeExternalLink(input: $input) {\n      __typename\n      ... on ExternalIdentityLinked {\n        identity {\n          id\n          provider\n        }\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on ReauthenticationRequired {\n        ...StepUpFields\n      }\n    }\n  }\n":Ep,"\n  query ExternalIdentities {\n    me {\n      id\n      externalIdentities {\n        id\n        provider\n        email\n        linkedAt\n      }\n    }\n  }\n":xp,"\n  mutation UnlinkExternalIdentity($id: ID!) {\n    unlinkExternalIdentity(id: $id) {\n      __typename\n      ... on ExternalIdentityUnlinked {\n        message\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on ReauthenticationRequired {\n        ...StepUpFields\n      }\n    }\n  }\n":Ap};function te(o){return _p[o]??{}}te(`
  fragment UserFields on User {
    id
    email
    username
    firstName
    lastName
    bio
    contact
    imageUrl
    status
    emailVerified
    pendingEmail
    twoFactorEnabled
    hasPassword
    dateJoined
    lastLogin
  }
`);const Rp=te(`
  query Me {
    me {
      ...UserFields
    }
  }
`);te(`
  fragment StepUpFields on ReauthenticationRequired {
    message
    methods
    passwordRequired
  }
`);const jp=te(`
  mutation RegisterUser($input: RegisterUserInput!) {
    registerUser(input: $input) {
      __typename
      ... on AuthSuccess {
        deviceToken
        user {
          ...UserFields
        }
      }
      ... on VerificationRequired {
        email
        handle
      }
      ... on ValidationError {
        message
        fields {
          field
          code
          message
        }
      }
      ... on UserAlreadyExists {
        message
        fields {
          field
          code
          message
        }
      }
      ... on RateLimited {
        message
        retryAfterSeconds
      }
    }
  }
`);te(`
  fragment LoginOutcome on LoginResult {
    __typename
    ... on AuthSuccess {
      deviceToken
      user {
        ...UserFields
      }
    }
    ... on TwoFactorRequired {
      challenge
      methods
      challengeExpiresAt: expiresAt
    }
    ... on InvalidCredentials {
      message
    }
    ... on AccountSuspended {
      message
    }
    ... on EmailNotVerified {
      message
      handle
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
  }
`);const Tp=te(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...LoginOutcome
    }
  }
`),Cp=te(`
  mutation RequestLoginCode($input: RequestLoginCodeInput!) {
    requestLoginCode(input: $input) {
      __typename
      ... on CodeSent {
        message
        expiresInSeconds
        handle
      }
      ... on ValidationError {
        message
        fields {
          field
          code
          message
        }
      }
      ... on RateLimited {
        message
        retryAfterSeconds
      }
    }
  }
`),Up=te(`
  mutation LoginWithCode($input: LoginWithCodeInput!) {
    loginWithCode(input: $input) {
      ...LoginOutcome
    }
  }
`),Np=te(`
  mutation CompleteLogin($input: CompleteLoginInput!) {
    completeLogin(input: $input) {
      ...LoginOutcome
    }
  }
`),Op=te(`
  mutation BeginPasskeyLogin($input: BeginPasskeyLoginInput!) {
    beginPasskeyLogin(input: $input) {
      __typename
      ... on PasskeyOptions {
        challengeId
        optionsJson
      }
      ... on RateLimited {
        message
        retryAfterSeconds
      }
    }
  }
`),zp=te(`
  mutation FinishPasskeyLogin($input: FinishPasskeyLoginInput!) {
    finishPasskeyLogin(input: $input) {
      ...LoginOutcome
    }
  }
`),Dp=te(`
  mutation Logout {
    logout {
      ... on LogoutSuccess {
        revokedSessions
      }
    }
  }
`),Lp=te(`
  mutation LogoutAll {
    logoutAll {
      ... on LogoutSuccess {
        revokedSessions
      }
    }
  }
`),Ym=te(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      __typename
      ... on EmailVerified {
        email
        hasPassword
      }
      ... on InvalidCode {
        message
      }
      ... on RateLimited {
        message
        retryAfterSeconds
      }
    }
  }
`),Gm=te(`
  mutation RequestEmailVerification {
    requestEmailVerification {
      __typename
      ... on CodeSent {
        message
        expiresInSeconds
        handle
      }
      ... on ValidationError {
        message
        fields {
          field
          code
          message
        }
      }
      ... on RateLimited {
        message
        retryAfterSeconds
      }
    }
  }
`),Xm=te(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      __typename
      ... on CodeSent {
        message
        expiresInSeconds
        handle
      }
      ... on ValidationError {
        message
        fields {
          field
          code
          message
        }
      }
      ... on RateLimited {
        message
        retryAfterSeconds
      }
    }
  }
`),qp=te(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      __typename
      ... on AuthSuccess {
        deviceToken
        user {
          ...UserFields
        }
      }
      ... on TwoFactorRequired {
        challenge
        methods
        challengeExpiresAt: expiresAt
      }
      ... on InvalidCode {
        message
      }
      ... on ValidationError {
        message
        fields {
          field
          code
          message
        }
      }
      ... on RateLimited {
        message
        retryAfterSeconds
      }
    }
  }
`);te(`
  fragment UpdateOutcome on UpdateUserResult {
    __typename
    ... on UpdateUserSuccess {
      user {
        ...UserFields
      }
    }
    ... on ValidationError {
      message
      fields {
        field
        code
        message
      }
    }
    ... on UserAlreadyExists {
      message
      fields {
        field
        code
        message
      }
    }
    ... on InvalidCredentials {
      message
    }
    ... on InvalidCode {
      message
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
    ...StepUpFields
  }
`);const qu=te(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UpdateOutcome
    }
  }
`),Mp=te(`
  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {
    confirmEmailChange(input: $input) {
      ...UpdateOutcome
    }
  }
`),Vp=te(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ... on AuthSuccess {
        user {
          id
        }
      }
      ... on ValidationError {
        message
        fields {
          field
          code
          message
        }
      }
      ... on InvalidCredentials {
        message
      }
      ... on InvalidCode {
        message
      }
      ... on RateLimited {
        message
        retryAfterSeconds
      }
      ...StepUpFields
    }
  }
`),Bp=te(`
  mutation SetPassword($input: SetPasswordInput!) {
    setPassword(input: $input) {
      __typename
      ... on AuthSuccess {
        user {
          ...UserFields
        }
      }
      ... on ValidationError {
        message
        fields {
          field
          code
          message
        }
      }
      ...StepUpFields
    }
  }
`),Hp=te(`
  mutation DeleteAccount($input: DeleteAccountInput!) {
    deleteAccount(input: $input) {
      __typename
      ... on AccountDeleted {
        message
      }
      ... on InvalidCredentials {
        message
      }
      ... on InvalidCode {
        message
      }
      ... on RateLimited {
        message
        retryAfterSeconds
      }
      ...StepUpFields
    }
  }
`),kp=te(`
  query Sessions {
    sessions {
      id
      current
      createdAt
      lastUsedAt
      expiresAt
      userAgent
      ipAddress
      methods
      assurance
      authenticatedAt
    }
  }
`),Yp=te(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id) {
      ... on LogoutSuccess {
        revokedSessions
      }
    }
  }
`),Gp=te(`
  query SecurityEvents($first: Int!, $after: String) {
    securityEvents(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          kind
          at
          ipAddress
          userAgent
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`),Xp=te(`
  mutation BeginTotpSetup {
    beginTotpSetup {
      __typename
      ... on TotpSetup {
        secret
        otpauthUri
        qrSvg
      }
      ... on ValidationError {
        message
        fields {
          field
          code
          message
        }
      }
      ... on EmailNotVerified {
        message
      }
      ...StepUpFields
    }
  }
`);te(`
  fragment RecoveryCodesOutcome on RecoveryCodesResult {
    __typename
    ... on RecoveryCodes {
      codes
    }
    ... on InvalidCode {
      message
    }
    ... on InvalidCredentials {
      message
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
    ... on EmailNotVerified {
      message
    }
    ...StepUpFields
  }
`);const Qp=te(`
  mutation ConfirmTotpSetup($input: ConfirmTotpSetupInput!) {
    confirmTotpSetup(input: $input) {
      ...RecoveryCodesOutcome
    }
  }
`),Zp=te(`
  mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {
    regenerateRecoveryCodes(input: $input) {
      ...RecoveryCodesOutcome
    }
  }
`),Jp=te(`
  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {
    disableTwoFactor(input: $input) {
      __typename
      ... on TwoFactorDisabled {
        message
      }
      ... on InvalidCode {
        message
      }
      ... on InvalidCredentials {
        message
      }
      ... on RateLimited {
        message
        retryAfterSeconds
      }
      ...StepUpFields
    }
  }
`),Kp=te(`
  query Passkeys {
    passkeys {
      id
      name
      createdAt
      lastUsedAt
    }
  }
`),$p=te(`
  mutation BeginPasskeyRegistration {
    beginPasskeyRegistration {
      __typename
      ... on PasskeyOptions {
        challengeId
        optionsJson
      }
      ... on RateLimited {
        message
        retryAfterSeconds
      }
      ... on EmailNotVerified {
        message
      }
      ...StepUpFields
    }
  }
`),Fp=te(`
  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {
    finishPasskeyRegistration(input: $input) {
      __typename
      ... on PasskeyAdded {
        passkey {
          id
          name
        }
      }
      ... on ValidationError {
        message
        fields {
          field
          code
          message
        }
      }
      ... on InvalidCode {
        message
      }
      ... on EmailNotVerified {
        message
      }
      ...StepUpFields
    }
  }
`),Ip=te(`
  mutation RemovePasskey($id: ID!) {
    removePasskey(id: $id) {
      __typename
      ... on PasskeyRemoved {
        message
      }
      ... on InvalidCredentials {
        message
      }
      ... on ValidationError {
        message
        fields {
          field
          code
          message
        }
      }
      ...StepUpFields
    }
  }
`),Mm=te(`
  mutation Reauthenticate($input: ReauthenticateInput!) {
    reauthenticate(input: $input) {
      __typename
      ... on Reauthenticated {
        privilegedUntil
      }
      ... on InvalidCredentials {
        message
      }
      ... on InvalidCode {
        message
      }
      ... on RateLimited {
        message
        retryAfterSeconds
      }
      ... on ValidationError {
        message
        fields {
          field
          code
          message
        }
      }
    }
  }
`),Wp=te(`
  mutation BeginPasskeyReauthentication {
    beginPasskeyReauthentication {
      __typename
      ... on PasskeyOptions {
        challengeId
        optionsJson
      }
      ... on RateLimited {
        message
        retryAfterSeconds
      }
      ... on EmailNotVerified {
        message
      }
      ...StepUpFields
    }
  }
`),Qm=te(`
  query ExternalProviders {
    externalProviders {
      id
      displayName
    }
  }
`);te(`
  fragment ExternalStart on BeginExternalLoginResult {
      __typename
      ... on ExternalLoginStarted {
        flowId
        authorizationUrl
      }
      ... on ValidationError {
        message
        fields {
          field
          code
          message
        }
      }
      ... on RateLimited {
        message
        retryAfterSeconds
      }
      ... on ReauthenticationRequired {
        ...StepUpFields
      }
  }
`);const Pp=te(`
  mutation BeginExternalLogin($input: BeginExternalLoginInput!) {
    beginExternalLogin(input: $input) {
      ...ExternalStart
    }
  }
`),ev=te(`
  mutation BeginExternalLink($input: BeginExternalLoginInput!) {
    beginExternalLink(input: $input) {
      ...ExternalStart
    }
  }
`),tv=te(`
  mutation CompleteExternalLogin($input: CompleteExternalLoginInput!) {
    completeExternalLogin(input: $input) {
      ...LoginOutcome
    }
  }
`),nv=te(`
  mutation CompleteExternalLink($input: CompleteExternalLoginInput!) {
    completeExternalLink(input: $input) {
      __typename
      ... on ExternalIdentityLinked {
        identity {
          id
          provider
        }
      }
      ... on ValidationError {
        message
        fields {
          field
          code
          message
        }
      }
      ... on ReauthenticationRequired {
        ...StepUpFields
      }
    }
  }
`),av=te(`
  query ExternalIdentities {
    me {
      id
      externalIdentities {
        id
        provider
        email
        linkedAt
      }
    }
  }
`),lv=te(`
  mutation UnlinkExternalIdentity($id: ID!) {
    unlinkExternalIdentity(id: $id) {
      __typename
      ... on ExternalIdentityUnlinked {
        message
      }
      ... on ValidationError {
        message
        fields {
          field
          code
          message
        }
      }
      ... on ReauthenticationRequired {
        ...StepUpFields
      }
    }
  }
`),Ra="/account";function fc(){return(window.location.pathname.startsWith(Ra)?window.location.pathname.slice(Ra.length):"/").replace(/\/+$/,"")||"/"}function ft(o,f=!1,d=null){const c=Ra+o;f?window.history.replaceState(d,"",c):window.history.pushState(d,"",c),window.dispatchEvent(new PopStateEvent("popstate"))}function Wn(o){const d=window.history.state?.[o];return typeof d=="string"?d:null}function vc(){const o=new URLSearchParams(window.location.search).get("next");return o&&/^\/[a-z-]*$/.test(o)?o:"/"}function iv(){const[o,f]=B.useState(()=>({path:fc(),query:new URLSearchParams(window.location.search)}));return B.useEffect(()=>{const d=()=>f({path:fc(),query:new URLSearchParams(window.location.search)});return window.addEventListener("popstate",d),()=>window.removeEventListener("popstate",d)},[]),o}function uv(o){B.useEffect(()=>{document.title=`${o} · ${_a.productName}`},[o])}function ct({to:o,...f}){const d=g=>{g.button!==0||g.metaKey||g.ctrlKey||g.shiftKey||g.altKey||(g.preventDefault(),ft(o))},c=fc()===o.split("?")[0];return u.jsx("a",{href:Ra+o,onClick:d,"aria-current":c?"page":void 0,...f})}const Zm=B.createContext(null);function sv({children:o}){const[f,d]=B.useState(null),[c,g]=B.useState(!0),j=B.useCallback(async()=>{try{const{me:w}=await W(Rp);return d(w??null),w??null}catch{return d(null),null}finally{g(!1)}},[]);return B.useEffect(()=>{j();const w=()=>d(null);return window.addEventListener(dc,w),()=>window.removeEventListener(dc,w)},[j]),u.jsx(Zm.Provider,{value:{user:f,loading:c,refresh:j,setUser:d},children:o})}function mt(){const o=B.useContext(Zm);if(!o)throw new Error("useSession outside SessionProvider");return o}const ov=/^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;function Jm(){const o=_a.passkeyOrigins,d=o.find(c=>new URL(c).port===window.location.port)??o[0];if(d)return{href:d+window.location.pathname,text:`Open this page at ${d}`}}function Vu(){if(typeof window.PublicKeyCredential>"u"||!navigator.credentials)return{message:"This browser cannot use passkeys. Use a recent Chrome, Edge, Firefox or Safari.",fields:{}};const o=window.location.origin;if(_a.passkeyOrigins.includes(o))return null;const f=Jm();if(ov.test(window.location.hostname))return{message:`Passkeys need a site name, and this page is open at an IP address (${window.location.host}), which browsers refuse for passkeys.`,fields:{},link:f};const d=_a.passkeyOrigins.join(" or ")||"no address (ACCOUNTS_WEBAUTHN_ORIGINS is empty)";return{message:`Passkeys are not set up for this address (${o}): this service accepts them only at ${d}.`,fields:{},link:f}}function hl(o,f){const d=o instanceof Error?o.name:"",c=f?"No passkey was added":"No passkey was used";return{message:(()=>{switch(d){case"NotAllowedError":case"AbortError":return`${c}: the request was cancelled or took too long. Try again when you are ready.`;case"InvalidStateError":return f?"This device already has a passkey for your account. Use it to log in, or add one on another device.":`${c}: this device could not use the passkey. Try again, or use another device.`;case"NotSupportedError":return`${c}: this device cannot make the kind of passkey this service asks for.`;case"ConstraintError":return`${c}: your device cannot check that it is you. Set up a screen lock, PIN, fingerprint or face first.`;case"SecurityError":return Vu()?.message??`${c}: this page's address cannot use passkeys.`;default:return`${c}: your device could not complete the request. Try again, or use another device.`}})(),fields:{},link:d==="SecurityError"?Jm():void 0}}const oc={invalid:"Your device's answer could not be verified, so no passkey was added. Try again.",taken:"This passkey is already added to an account.",too_many:"You have as many passkeys as an account may have. Remove one to add another.",too_large:"Your device's answer was too large to check. Try another device."};function cv(o){if(o.__typename==="InvalidCode")return{message:"The request expired before it was finished. Try again.",fields:{}};const f={};let d="";for(const c of o.fields??[])c.field==="name"?f.name=c.message:d=oc[c.code]??oc.invalid;return{message:d||(Object.keys(f).length?"":o.message??oc.invalid),fields:f}}function rv(o,f){const d=PublicKeyCredential.signalUnknownCredential;d&&d.call(PublicKeyCredential,{rpId:o,credentialId:f}).catch(()=>{})}function Ne(o,f={}){const d=o.__typename?f[o.__typename]:void 0;if(d)return{message:"",fields:{[d.field]:d.message??o.message??""},retryAfterSeconds:o.retryAfterSeconds};const c={};for(const g of o.fields??[])c[g.field]=c[g.field]?`${c[g.field]} ${g.message}`:g.message;return{message:o.message??"Something went wrong.",fields:c,retryAfterSeconds:o.retryAfterSeconds}}const vi={InvalidCredentials:{field:"currentPassword",message:"That is not your current password."}};function Bu(o){return o instanceof In&&o.code==="UNAUTHENTICATED"?{message:"You are signed out. Log in again.",fields:{}}:o instanceof In&&o.code===Hm?{message:"",fields:{image:"This image is too large for the service: choose a smaller one."}}:{message:o instanceof Error?o.message:String(o),fields:{}}}function dv(o){const f=new Date(Date.now()+o*1e3);return`Try again in ${o<90?`${o} seconds`:`${Math.ceil(o/60)} minutes`} (at ${f.toLocaleTimeString()}).`}function fv(o,f){if(!o||!(f in o.fields))return o;const d={...o.fields};return delete d[f],Object.keys(d).length===0&&(!o.message||o.message==="Some fields are invalid.")?null:{...o,fields:d}}function Oe(o){const[f,d]=B.useState(o),[c,g]=B.useState(!1),[j,w]=B.useState(null),[L,C]=B.useState(null),h=B.useRef(null);B.useEffect(()=>{j&&Object.keys(j.fields).length>0&&h.current?.querySelector('[aria-invalid="true"]')?.focus()},[j]);const q=(_,S)=>{d(E=>({...E,[_]:S})),w(E=>fv(E,_)),C(null)};return{values:f,setValues:d,change:q,bind:_=>({name:_,value:f[_],error:j?.fields[_],onChange:S=>q(_,S.target.value)}),reset:()=>d(o),busy:c,problem:j,setProblem:w,done:L,setDone:C,run:_=>async S=>{if(S?.preventDefault(),!c){S?.currentTarget instanceof HTMLFormElement&&(h.current=S.currentTarget),g(!0),w(null),C(null);try{const E=await _();typeof E=="string"?C(E):w(E??null)}catch(E){w(Bu(E))}finally{g(!1)}}}}}function ae({label:o,error:f,hint:d,multiline:c,...g}){const j=B.useId(),w=[d?`${j}-hint`:"",f?`${j}-error`:""].filter(Boolean).join(" ")||void 0,L={id:j,"aria-invalid":f?!0:void 0,"aria-describedby":w};return u.jsxs("div",{className:f?"field invalid":"field",children:[u.jsx("label",{htmlFor:j,children:o}),c?u.jsx("textarea",{...L,name:g.name,value:g.value,onChange:g.onChange,rows:3}):u.jsx("input",{...L,...g}),d&&u.jsx("p",{className:"hint",id:`${j}-hint`,children:d}),f&&u.jsx("p",{className:"error",id:`${j}-error`,children:f})]})}function pe({problem:o,shown:f=[]}){if(!o)return null;const d=Object.entries(o.fields).filter(([c])=>!f.includes(c));return!o.message&&d.length===0&&o.retryAfterSeconds===void 0?null:u.jsxs("div",{className:"alert",role:"alert",children:[o.message&&u.jsx("p",{children:o.message}),d.map(([c,g])=>u.jsx("p",{children:g},c)),o.retryAfterSeconds!==void 0&&u.jsx("p",{children:dv(o.retryAfterSeconds)}),o.link&&u.jsx("p",{children:u.jsx("a",{href:o.link.href,children:o.link.text})})]})}function Le({children:o,warn:f}){return u.jsx("div",{className:f?"notice warn":"notice",role:"status",children:o})}function Ze({busy:o,danger:f,children:d}){return u.jsx("button",{type:"submit",className:f?"danger":"primary",disabled:o,"aria-busy":o||void 0,children:d})}function Mu(o){const f=o.replace(/-/g,"+").replace(/_/g,"/").padEnd(Math.ceil(o.length/4)*4,"="),d=atob(f),c=new Uint8Array(d.length);for(let g=0;g<d.length;g++)c[g]=d.charCodeAt(g);return c.buffer}function Aa(o){let f="";for(const d of new Uint8Array(o))f+=String.fromCharCode(d);return btoa(f).replace(/\+/g,"-").replace(/\//g,"_").replace(/=+$/,"")}function Km(o){return(o??[]).map(f=>({...f,id:Mu(f.id)}))}function mv(o){const f=JSON.parse(o);return{...f,challenge:Mu(f.challenge),user:{...f.user,id:Mu(f.user.id)},excludeCredentials:Km(f.excludeCredentials)}}function $m(o){const f=JSON.parse(o);return{...f,challenge:Mu(f.challenge),allowCredentials:Km(f.allowCredentials)}}function bc(o){const f=o.response,d={id:o.id,rawId:Aa(o.rawId),type:o.type,authenticatorAttachment:o.authenticatorAttachment,clientExtensionResults:{}};if(f instanceof AuthenticatorAttestationResponse)return JSON.stringify({...d,response:{clientDataJSON:Aa(f.clientDataJSON),attestationObject:Aa(f.attestationObject),transports:f.getTransports()}});const c=f;return JSON.stringify({...d,response:{clientDataJSON:Aa(c.clientDataJSON),authenticatorData:Aa(c.authenticatorData),signature:Aa(c.signature),userHandle:c.userHandle?Aa(c.userHandle):null}})}const Fm=B.createContext(null),gv=3;function hv(o){return o.__typename==="ReauthenticationRequired"&&"methods"in o}function yv({children:o}){const[f,d]=B.useState(null),c=B.useCallback(w=>new Promise(L=>d({...w,answer:L})),[]),g=B.useCallback(async(w,L={})=>{let C=await w();for(let h=0;h<gv;h++){let q;if(C.__typename==="EmailNotVerified")q=await c({kind:"verify"});else if(hv(C))q=await c({kind:"proof",requirement:C,password:L.password??""});else return C;if(!q)return null;C=await w()}return C},[c]),j=w=>{f?.answer(w),d(null)};return u.jsxs(Fm.Provider,{value:g,children:[o,f?.kind==="proof"&&u.jsx(Sv,{requirement:f.requirement,password:f.password,onClose:j}),f?.kind==="verify"&&u.jsx(Ev,{onClose:j})]})}function ea(){const o=B.useContext(Fm);if(!o)throw new Error("useGuard outside GuardProvider");return o}function mc({title:o,intro:f,onCancel:d,children:c}){const g=B.useRef(null),j=B.useId();return B.useEffect(()=>{const w=g.current;return w&&!w.open&&w.showModal(),()=>w?.close()},[]),u.jsxs("dialog",{ref:g,className:"confirm","aria-labelledby":`${j}-title`,"aria-describedby":`${j}-intro`,onCancel:w=>{w.preventDefault(),d()},children:[u.jsx("h2",{id:`${j}-title`,children:o}),u.jsx("div",{id:`${j}-intro`,children:f}),c]})}const pv="That is not your password.",vv="The code is not right. Type the code your app shows now, or an unused recovery code.";function bv(o,f,d){return o.passwordRequired?`Type ${f?"your password and a code from your authenticator app (or a recovery code)":"your password"}${d?", or use a passkey":""}.`:d?"Use one of your passkeys.":"Log out, log in again, and then make this change within a few minutes."}function Sv({requirement:o,password:f,onClose:d}){const c=o.methods.includes("TOTP")||o.methods.includes("RECOVERY_CODE"),g=o.methods.includes("PASSKEY"),j=o.passwordRequired,w=Oe({password:f,code:""}),L=(v,_)=>{if(v.__typename==="Reauthenticated")return d(!0),null;const S={};_.password&&(S.InvalidCredentials={field:"password",message:pv}),_.code&&(S.InvalidCode={field:"code",message:vv});const E=Ne(v,S);return E.fields.recoveryCode&&(E.fields.code=E.fields.recoveryCode,delete E.fields.recoveryCode),E},C=w.run(async()=>{const v=w.values.code.trim(),_={password:w.values.password,.../^\d{6,8}$/.test(v.replace(/\s/g,""))?{code:v}:v?{recoveryCode:v}:{}},{reauthenticate:S}=await W(Mm,{input:_});return L(S,{password:!0,code:!!v})}),h=w.run(async()=>{const v=Vu();if(v)return v;const{beginPasskeyReauthentication:_}=await W(Wp);if(_.__typename!=="PasskeyOptions")return Ne(_);let S;try{S=await navigator.credentials.get({publicKey:$m(_.optionsJson)})}catch(ve){return hl(ve,!1)}if(!(S instanceof PublicKeyCredential))return hl(null,!1);const E={passkeyChallengeId:_.challengeId,passkeyCredentialJson:bc(S)},{reauthenticate:M}=await W(Mm,{input:E});return L(M,{password:!1,code:!1})}),q=u.jsxs("p",{children:["This change needs a recent sign-in. ",bv(o,c,g)]}),V=u.jsx("button",{type:"button",className:"secondary",onClick:()=>d(!1),children:"Cancel"});return j?u.jsxs(mc,{title:"Confirm it is you",intro:q,onCancel:()=>d(!1),children:[u.jsxs("form",{onSubmit:C,noValidate:!0,children:[u.jsx(ae,{label:"Your password",type:"password",autoComplete:"current-password",...w.bind("password")}),c&&u.jsx(ae,{label:"Code from your app, or a recovery code",autoComplete:"one-time-code",...w.bind("code")}),u.jsx(pe,{problem:w.problem,shown:["password","code"]}),u.jsxs("div",{className:"dialog-actions",children:[V,u.jsx(Ze,{busy:w.busy,children:"Confirm"})]})]}),g&&u.jsx("p",{className:"dialog-aside",children:u.jsx("button",{type:"button",className:"link",onClick:()=>{h()},disabled:w.busy,children:"Use a passkey instead"})})]}):u.jsxs(mc,{title:"Confirm it is you",intro:q,onCancel:()=>d(!1),children:[u.jsx(pe,{problem:w.problem}),u.jsxs("div",{className:"dialog-actions",children:[V,g&&u.jsx("button",{type:"button",className:"primary",onClick:()=>{h()},disabled:w.busy,"aria-busy":w.busy||void 0,children:"Use a passkey"})]})]})}const wv={InvalidCode:{field:"code",message:"The code is wrong or no longer valid. Use the code in the newest email."}};function Ev({onClose:o}){const{user:f,refresh:d}=mt(),c=f?.email??"",[g,j]=B.useState(null),w=Oe({}),L=Oe({code:""}),C=w.run(async()=>{const{requestEmailVerification:v}=await W(Gm);return v.__typename!=="CodeSent"?Ne(v):(j(v.handle),`We sent a 6-digit code to ${c}.`)}),h=B.useRef(!0);B.useEffect(()=>{h.current&&(h.current=!1,C())},[C]);const q=L.run(async()=>{const{verifyEmail:v}=await W(Ym,{input:{email:c,code:L.values.code.trim(),handle:g}});return v.__typename!=="EmailVerified"?Ne(v,wv):(await d(),o(!0),null)}),V=u.jsx("p",{children:"Two-factor sign-in and passkeys are added only to an email address you have proved."});return u.jsxs(mc,{title:"Verify your email first",intro:V,onCancel:()=>o(!1),children:[w.busy&&u.jsxs("p",{className:"muted",children:["Sending a code to ",c,"…"]}),w.done&&u.jsx(Le,{children:w.done}),u.jsx(pe,{problem:w.problem}),u.jsxs("form",{onSubmit:q,noValidate:!0,children:[u.jsx(ae,{label:"Code from the email",inputMode:"numeric",autoComplete:"one-time-code",...L.bind("code")}),u.jsx(pe,{problem:L.problem,shown:["code"]}),u.jsxs("div",{className:"dialog-actions",children:[u.jsx("button",{type:"button",className:"secondary",onClick:()=>o(!1),children:"Cancel"}),u.jsx(Ze,{busy:L.busy,children:"Verify and continue"})]})]}),u.jsx("p",{className:"dialog-aside",children:u.jsx("button",{type:"button",className:"link",onClick:()=>{C()},disabled:w.busy,children:"Send a new code"})})]})}var pi={exports:{}},xv=pi.exports,Vm;function Av(){return Vm||(Vm=1,(function(o,f){(function(d,c){var g="1.0.41",j="",w="?",L="function",C="undefined",h="object",q="string",V="major",v="model",_="name",S="type",E="vendor",M="version",ve="architecture",yt="console",Q="mobile",Z="tablet",De="smarttv",je="wearable",ue="embedded",Pe=500,gt="Amazon",Rt="Apple",jt="ASUS",at="BlackBerry",qt="Browser",pt="Chrome",Tt="Edge",U="Firefox",H="Google",K="Honor",Ee="Huawei",Ae="Lenovo",p="LG",z="Microsoft",k="Motorola",Y="Nvidia",P="OnePlus",le="Opera",he="OPPO",Ge="Samsung",Ve="Sharp",Kt="Sony",An="Xiaomi",ta="Zebra",bl="Facebook",Wt="Chromium OS",ja="Mac OS",Ta=" Browser",ku=function(ce,ye){var F={};for(var oe in ce)ye[oe]&&ye[oe].length%2===0?F[oe]=ye[oe].concat(ce[oe]):F[oe]=ce[oe];return F},na=function(ce){for(var ye={},F=0;F<ce.length;F++)ye[ce[F].toUpperCase()]=ce[F];return ye},Ca=function(ce,ye){return typeof ce===q?an(ye).indexOf(an(ce))!==-1:!1},an=function(ce){return ce.toLowerCase()},Sl=function(ce){return typeof ce===q?ce.replace(/[^\d\.]/g,j).split(".")[0]:c},wl=function(ce,ye){if(typeof ce===q)return ce=ce.replace(/^\s\s*/,j),typeof ye===C?ce:ce.substring(0,Pe)},aa=function(ce,ye){for(var F=0,oe,et,Be,be,I,Mt;F<ye.length&&!I;){var Rn=ye[F],ia=ye[F+1];for(oe=et=0;oe<Rn.length&&!I&&Rn[oe];)if(I=Rn[oe++].exec(ce),I)for(Be=0;Be<ia.length;Be++)Mt=I[++et],be=ia[Be],typeof be===h&&be.length>0?be.length===2?typeof be[1]==L?this[be[0]]=be[1].call(this,Mt):this[be[0]]=be[1]:be.length===3?typeof be[1]===L&&!(be[1].exec&&be[1].test)?this[be[0]]=Mt?be[1].call(this,Mt,be[2]):c:this[be[0]]=Mt?Mt.replace(be[1],be[2]):c:be.length===4&&(this[be[0]]=Mt?be[3].call(this,Mt.replace(be[1],be[2])):c):this[be]=Mt||c;F+=2}},Ie=function(ce,ye){for(var F in ye)if(typeof ye[F]===h&&ye[F].length>0){for(var oe=0;oe<ye[F].length;oe++)if(Ca(ye[F][oe],ce))return F===w?c:F}else if(Ca(ye[F],ce))return F===w?c:F;return ye.hasOwnProperty("*")?ye["*"]:ce},Yu={"1.0":"/8","1.2":"/1","1.3":"/3","2.0":"/412","2.0.2":"/416","2.0.3":"/417","2.0.4":"/419","?":"/"},El={ME:"4.90","NT 3.11":"NT3.51","NT 4.0":"NT4.0",2e3:"NT 5.0",XP:["NT 5.1","NT 5.2"],Vista:"NT 6.0",7:"NT 6.1",8:"NT 6.2","8.1":"NT 6.3",10:["NT 6.4","NT 10.0"],RT:"ARM"},xl={browser:[[/\b(?:crmo|crios)\/([\w\.]+)/i],[M,[_,"Chrome"]],[/edg(?:e|ios|a)?\/([\w\.]+)/i],[M,[_,"Edge"]],[/(opera mini)\/([-\w\.]+)/i,/(opera [mobiletab]{3,6})\b.+version\/([-\w\.]+)/i,/(opera)(?:.+version\/|[\/ ]+)([\w\.]+)/i],[_,M],[/opios[\/ ]+([\w\.]+)/i],[M,[_,le+" Mini"]],[/\bop(?:rg)?x\/([\w\.]+)/i],[M,[_,le+" GX"]],[/\bopr\/([\w\.]+)/i],[M,[_,le]],[/\bb[ai]*d(?:uhd|[ub]*[aekoprswx]{5,6})[\/ ]?([\w\.]+)/i],[M,[_,"Baidu"]],[/\b(?:mxbrowser|mxios|myie2)\/?([-\w\.]*)\b/i],[M,[_,"Maxthon"]],[/(kindle)\/([\w\.]+)/i,/(lunascape|maxthon|netfront|jasmine|blazer|sleipnir)[\/ ]?([\w\.]*)/i,/(avant|iemobile|slim(?:browser|boat|jet))[\/ ]?([\d\.]*)/i,/(?:ms|\()(ie) ([\w\.]+)/i,/(flock|rockmelt|midori|epiphany|silk|skyfire|ovibrowser|bolt|iron|vivaldi|iridium|phantomjs|bowser|qupzilla|falkon|rekonq|puffin|brave|whale(?!.+naver)|qqbrowserlite|duckduckgo|klar|helio|(?=comodo_)?dragon)\/([-\w\.]+)/i,/(heytap|ovi|115)browser\/([\d\.]+)/i,/(weibo)__([\d\.]+)/i],[_,M],[/quark(?:pc)?\/([-\w\.]+)/i],[M,[_,"Quark"]],[/\bddg\/([\w\.]+)/i],[M,[_,"DuckDuckGo"]],[/(?:\buc? ?browser|(?:juc.+)ucweb)[\/ ]?([\w\.]+)/i],[M,[_,"UC"+qt]],[/microm.+\bqbcore\/([\w\.]+)/i,/\bqbcore\/([\w\.]+).+microm/i,/micromessenger\/([\w\.]+)/i],[M,[_,"WeChat"]],[/konqueror\/([\w\.]+)/i],[M,[_,"Konqueror"]],[/trident.+rv[: ]([\w\.]{1,9})\b.+like gecko/i],[M,[_,"IE"]],[/ya(?:search)?browser\/([\w\.]+)/i],[M,[_,"Yandex"]],[/slbrowser\/([\w\.]+)/i],[M,[_,"Smart Lenovo "+qt]],[/(avast|avg)\/([\w\.]+)/i],[[_,/(.+)/,"$1 Secure "+qt],M],[/\bfocus\/([\w\.]+)/i],[M,[_,U+" Focus"]],[/\bopt\/([\w\.]+)/i],[M,[_,le+" Touch"]],[/coc_coc\w+\/([\w\.]+)/i],[M,[_,"Coc Coc"]],[/dolfin\/([\w\.]+)/i],[M,[_,"Dolphin"]],[/coast\/([\w\.]+)/i],[M,[_,le+" Coast"]],[/miuibrowser\/([\w\.]+)/i],[M,[_,"MIUI"+Ta]],[/fxios\/([\w\.-]+)/i],[M,[_,U]],[/\bqihoobrowser\/?([\w\.]*)/i],[M,[_,"360"]],[/\b(qq)\/([\w\.]+)/i],[[_,/(.+)/,"$1Browser"],M],[/(oculus|sailfish|huawei|vivo|pico)browser\/([\w\.]+)/i],[[_,/(.+)/,"$1"+Ta],M],[/samsungbrowser\/([\w\.]+)/i],[M,[_,Ge+" Internet"]],[/metasr[\/ ]?([\d\.]+)/i],[M,[_,"Sogou Explorer"]],[/(sogou)mo\w+\/([\d\.]+)/i],[[_,"Sogou Mobile"],M],[/(electron)\/([\w\.]+) safari/i,/(tesla)(?: qtcarbrowser|\/(20\d\d\.[-\w\.]+))/i,/m?(qqbrowser|2345(?=browser|chrome|explorer))\w*[\/ ]?v?([\w\.]+)/i],[_,M],[/(lbbrowser|rekonq)/i,/\[(linkedin)app\]/i],[_],[/ome\/([\w\.]+) \w* ?(iron) saf/i,/ome\/([\w\.]+).+qihu (360)[es]e/i],[M,_],[/((?:fban\/fbios|fb_iab\/fb4a)(?!.+fbav)|;fbav\/([\w\.]+);)/i],[[_,bl],M],[/(Klarna)\/([\w\.]+)/i,/(kakao(?:talk|story))[\/ ]([\w\.]+)/i,/(naver)\(.*?(\d+\.[\w\.]+).*\)/i,/(daum)apps[\/ ]([\w\.]+)/i,/safari (line)\/([\w\.]+)/i,/\b(line)\/([\w\.]+)\/iab/i,/(alipay)client\/([\w\.]+)/i,/(twitter)(?:and| f.+e\/([\w\.]+))/i,/(chromium|instagram|snapchat)[\/ ]([-\w\.]+)/i],[_,M],[/\bgsa\/([\w\.]+) .*safari\//i],[M,[_,"GSA"]],[/musical_ly(?:.+app_?version\/|_)([\w\.]+)/i],[M,[_,"TikTok"]],[/headlesschrome(?:\/([\w\.]+)| )/i],[M,[_,pt+" Headless"]],[/ wv\).+(chrome)\/([\w\.]+)/i],[[_,pt+" WebView"],M],[/droid.+ version\/([\w\.]+)\b.+(?:mobile safari|safari)/i],[M,[_,"Android "+qt]],[/(chrome|omniweb|arora|[tizenoka]{5} ?browser)\/v?([\w\.]+)/i],[_,M],[/version\/([\w\.\,]+) .*mobile\/\w+ (safari)/i],[M,[_,"Mobile Safari"]],[/version\/([\w(\.|\,)]+) .*(mobile ?safari|safari)/i],[M,_],[/webkit.+?(mobile ?safari|safari)(\/[\w\.]+)/i],[_,[M,Ie,Yu]],[/(webkit|khtml)\/([\w\.]+)/i],[_,M],[/(navigator|netscape\d?)\/([-\w\.]+)/i],[[_,"Netscape"],M],[/(wolvic|librewolf)\/([\w\.]+)/i],[_,M],[/mobile vr; rv:([\w\.]+)\).+firefox/i],[M,[_,U+" Reality"]],[/ekiohf.+(flow)\/([\w\.]+)/i,/(swiftfox)/i,/(icedragon|iceweasel|camino|chimera|fennec|maemo browser|minimo|conkeror)[\/ ]?([\w\.\+]+)/i,/(seamonkey|k-meleon|icecat|iceape|firebird|phoenix|palemoon|basilisk|waterfox)\/([-\w\.]+)$/i,/(firefox)\/([\w\.]+)/i,/(mozilla)\/([\w\.]+) .+rv\:.+gecko\/\d+/i,/(amaya|dillo|doris|icab|ladybird|lynx|mosaic|netsurf|obigo|polaris|w3m|(?:go|ice|up)[\. ]?browser)[-\/ ]?v?([\w\.]+)/i,/\b(links) \(([\w\.]+)/i],[_,[M,/_/g,"."]],[/(cobalt)\/([\w\.]+)/i],[_,[M,/master.|lts./,""]]],cpu:[[/\b((amd|x|x86[-_]?|wow|win)64)\b/i],[[ve,"amd64"]],[/(ia32(?=;))/i,/\b((i[346]|x)86)(pc)?\b/i],[[ve,"ia32"]],[/\b(aarch64|arm(v?[89]e?l?|_?64))\b/i],[[ve,"arm64"]],[/\b(arm(v[67])?ht?n?[fl]p?)\b/i],[[ve,"armhf"]],[/( (ce|mobile); ppc;|\/[\w\.]+arm\b)/i],[[ve,"arm"]],[/((ppc|powerpc)(64)?)( mac|;|\))/i],[[ve,/ower/,j,an]],[/ sun4\w[;\)]/i],[[ve,"sparc"]],[/\b(avr32|ia64(?=;)|68k(?=\))|\barm(?=v([1-7]|[5-7]1)l?|;|eabi)|(irix|mips|sparc)(64)?\b|pa-risc)/i],[[ve,an]]],device:[[/\b(sch-i[89]0\d|shw-m380s|sm-[ptx]\w{2,4}|gt-[pn]\d{2,4}|sgh-t8[56]9|nexus 10)/i],[v,[E,Ge],[S,Z]],[/\b((?:s[cgp]h|gt|sm)-(?![lr])\w+|sc[g-]?[\d]+a?|galaxy nexus)/i,/samsung[- ]((?!sm-[lr])[-\w]+)/i,/sec-(sgh\w+)/i],[v,[E,Ge],[S,Q]],[/(?:\/|\()(ip(?:hone|od)[\w, ]*)(?:\/|;)/i],[v,[E,Rt],[S,Q]],[/\((ipad);[-\w\),; ]+apple/i,/applecoremedia\/[\w\.]+ \((ipad)/i,/\b(ipad)\d\d?,\d\d?[;\]].+ios/i],[v,[E,Rt],[S,Z]],[/(macintosh);/i],[v,[E,Rt]],[/\b(sh-?[altvz]?\d\d[a-ekm]?)/i],[v,[E,Ve],[S,Q]],[/\b((?:brt|eln|hey2?|gdi|jdn)-a?[lnw]09|(?:ag[rm]3?|jdn2|kob2)-a?[lw]0[09]hn)(?: bui|\)|;)/i],[v,[E,K],[S,Z]],[/honor([-\w ]+)[;\)]/i],[v,[E,K],[S,Q]],[/\b((?:ag[rs][2356]?k?|bah[234]?|bg[2o]|bt[kv]|cmr|cpn|db[ry]2?|jdn2|got|kob2?k?|mon|pce|scm|sht?|[tw]gr|vrd)-[ad]?[lw][0125][09]b?|605hw|bg2-u03|(?:gem|fdr|m2|ple|t1)-[7a]0[1-4][lu]|t1-a2[13][lw]|mediapad[\w\. ]*(?= bui|\)))\b(?!.+d\/s)/i],[v,[E,Ee],[S,Z]],[/(?:huawei)([-\w ]+)[;\)]/i,/\b(nexus 6p|\w{2,4}e?-[atu]?[ln][\dx][012359c][adn]?)\b(?!.+d\/s)/i],[v,[E,Ee],[S,Q]],[/oid[^\)]+; (2[\dbc]{4}(182|283|rp\w{2})[cgl]|m2105k81a?c)(?: bui|\))/i,/\b((?:red)?mi[-_ ]?pad[\w- ]*)(?: bui|\))/i],[[v,/_/g," "],[E,An],[S,Z]],[/\b(poco[\w ]+|m2\d{3}j\d\d[a-z]{2})(?: bui|\))/i,/\b; (\w+) build\/hm\1/i,/\b(hm[-_ ]?note?[_ ]?(?:\d\w)?) bui/i,/\b(redmi[\-_ ]?(?:note|k)?[\w_ ]+)(?: bui|\))/i,/oid[^\)]+; (m?[12][0-389][01]\w{3,6}[c-y])( bui|; wv|\))/i,/\b(mi[-_ ]?(?:a\d|one|one[_ ]plus|note lte|max|cc)?[_ ]?(?:\d?\w?)[_ ]?(?:plus|se|lite|pro)?)(?: bui|\))/i,/ ([\w ]+) miui\/v?\d/i],[[v,/_/g," "],[E,An],[S,Q]],[/; (\w+) bui.+ oppo/i,/\b(cph[12]\d{3}|p(?:af|c[al]|d\w|e[ar])[mt]\d0|x9007|a101op)\b/i],[v,[E,he],[S,Q]],[/\b(opd2(\d{3}a?))(?: bui|\))/i],[v,[E,Ie,{OnePlus:["304","403","203"],"*":he}],[S,Z]],[/vivo (\w+)(?: bui|\))/i,/\b(v[12]\d{3}\w?[at])(?: bui|;)/i],[v,[E,"Vivo"],[S,Q]],[/\b(rmx[1-3]\d{3})(?: bui|;|\))/i],[v,[E,"Realme"],[S,Q]],[/\b(milestone|droid(?:[2-4x]| (?:bionic|x2|pro|razr))?:?( 4g)?)\b[\w ]+build\//i,/\bmot(?:orola)?[- ](\w*)/i,/((?:moto(?! 360)[\w\(\) ]+|xt\d{3,4}|nexus 6)(?= bui|\)))/i],[v,[E,k],[S,Q]],[/\b(mz60\d|xoom[2 ]{0,2}) build\//i],[v,[E,k],[S,Z]],[/((?=lg)?[vl]k\-?\d{3}) bui| 3\.[-\w; ]{10}lg?-([06cv9]{3,4})/i],[v,[E,p],[S,Z]],[/(lm(?:-?f100[nv]?|-[\w\.]+)(?= bui|\))|nexus [45])/i,/\blg[-e;\/ ]+((?!browser|netcast|android tv|watch)\w+)/i,/\blg-?([\d\w]+) bui/i],[v,[E,p],[S,Q]],[/(ideatab[-\w ]+|602lv|d-42a|a101lv|a2109a|a3500-hv|s[56]000|pb-6505[my]|tb-?x?\d{3,4}(?:f[cu]|xu|[av])|yt\d?-[jx]?\d+[lfmx])( bui|;|\)|\/)/i,/lenovo ?(b[68]0[08]0-?[hf]?|tab(?:[\w- ]+?)|tb[\w-]{6,7})( bui|;|\)|\/)/i],[v,[E,Ae],[S,Z]],[/(nokia) (t[12][01])/i],[E,v,[S,Z]],[/(?:maemo|nokia).*(n900|lumia \d+|rm-\d+)/i,/nokia[-_ ]?(([-\w\. ]*))/i],[[v,/_/g," "],[S,Q],[E,"Nokia"]],[/(pixel (c|tablet))\b/i],[v,[E,H],[S,Z]],[/droid.+; (pixel[\daxl ]{0,6})(?: bui|\))/i],[v,[E,H],[S,Q]],[/droid.+; (a?\d[0-2]{2}so|[c-g]\d{4}|so[-gl]\w+|xq-a\w[4-7][12])(?= bui|\).+chrome\/(?![1-6]{0,1}\d\.))/i],[v,[E,Kt],[S,Q]],[/sony tablet [ps]/i,/\b(?:sony)?sgp\w+(?: bui|\))/i],[[v,"Xperia Tablet"],[E,Kt],[S,Z]],[/ (kb2005|in20[12]5|be20[12][59])\b/i,/(?:one)?(?:plus)? (a\d0\d\d)(?: b|\))/i],[v,[E,P],[S,Q]],[/(alexa)webm/i,/(kf[a-z]{2}wi|aeo(?!bc)\w\w)( bui|\))/i,/(kf[a-z]+)( bui|\)).+silk\//i],[v,[E,gt],[S,Z]],[/((?:sd|kf)[0349hijorstuw]+)( bui|\)).+silk\//i],[[v,/(.+)/g,"Fire Phone $1"],[E,gt],[S,Q]],[/(playbook);[-\w\),; ]+(rim)/i],[v,E,[S,Z]],[/\b((?:bb[a-f]|st[hv])100-\d)/i,/\(bb10; (\w+)/i],[v,[E,at],[S,Q]],[/(?:\b|asus_)(transfo[prime ]{4,10} \w+|eeepc|slider \w+|nexus 7|padfone|p00[cj])/i],[v,[E,jt],[S,Z]],[/ (z[bes]6[027][012][km][ls]|zenfone \d\w?)\b/i],[v,[E,jt],[S,Q]],[/(nexus 9)/i],[v,[E,"HTC"],[S,Z]],[/(htc)[-;_ ]{1,2}([\w ]+(?=\)| bui)|\w+)/i,/(zte)[- ]([\w ]+?)(?: bui|\/|\))/i,/(alcatel|geeksphone|nexian|panasonic(?!(?:;|\.))|sony(?!-bra))[-_ ]?([-\w]*)/i],[E,[v,/_/g," "],[S,Q]],[/droid [\w\.]+; ((?:8[14]9[16]|9(?:0(?:48|60|8[01])|1(?:3[27]|66)|2(?:6[69]|9[56])|466))[gqswx])\w*(\)| bui)/i],[v,[E,"TCL"],[S,Z]],[/(itel) ((\w+))/i],[[E,an],v,[S,Ie,{tablet:["p10001l","w7001"],"*":"mobile"}]],[/droid.+; ([ab][1-7]-?[0178a]\d\d?)/i],[v,[E,"Acer"],[S,Z]],[/droid.+; (m[1-5] note) bui/i,/\bmz-([-\w]{2,})/i],[v,[E,"Meizu"],[S,Q]],[/; ((?:power )?armor(?:[\w ]{0,8}))(?: bui|\))/i],[v,[E,"Ulefone"],[S,Q]],[/; (energy ?\w+)(?: bui|\))/i,/; energizer ([\w ]+)(?: bui|\))/i],[v,[E,"Energizer"],[S,Q]],[/; cat (b35);/i,/; (b15q?|s22 flip|s48c|s62 pro)(?: bui|\))/i],[v,[E,"Cat"],[S,Q]],[/((?:new )?andromax[\w- ]+)(?: bui|\))/i],[v,[E,"Smartfren"],[S,Q]],[/droid.+; (a(?:015|06[35]|142p?))/i],[v,[E,"Nothing"],[S,Q]],[/; (x67 5g|tikeasy \w+|ac[1789]\d\w+)( b|\))/i,/archos ?(5|gamepad2?|([\w ]*[t1789]|hello) ?\d+[\w ]*)( b|\))/i],[v,[E,"Archos"],[S,Z]],[/archos ([\w ]+)( b|\))/i,/; (ac[3-6]\d\w{2,8})( b|\))/i],[v,[E,"Archos"],[S,Q]],[/(imo) (tab \w+)/i,/(infinix) (x1101b?)/i],[E,v,[S,Z]],[/(blackberry|benq|palm(?=\-)|sonyericsson|acer|asus(?! zenw)|dell|jolla|meizu|motorola|polytron|infinix|tecno|micromax|advan)[-_ ]?([-\w]*)/i,/; (hmd|imo) ([\w ]+?)(?: bui|\))/i,/(hp) ([\w ]+\w)/i,/(microsoft); (lumia[\w ]+)/i,/(lenovo)[-_ ]?([-\w ]+?)(?: bui|\)|\/)/i,/(oppo) ?([\w ]+) bui/i],[E,v,[S,Q]],[/(kobo)\s(ereader|touch)/i,/(hp).+(touchpad(?!.+tablet)|tablet)/i,/(kindle)\/([\w\.]+)/i,/(nook)[\w ]+build\/(\w+)/i,/(dell) (strea[kpr\d ]*[\dko])/i,/(le[- ]+pan)[- ]+(\w{1,9}) bui/i,/(trinity)[- ]*(t\d{3}) bui/i,/(gigaset)[- ]+(q\w{1,9}) bui/i,/(vodafone) ([\w ]+)(?:\)| bui)/i],[E,v,[S,Z]],[/(surface duo)/i],[v,[E,z],[S,Z]],[/droid [\d\.]+; (fp\du?)(?: b|\))/i],[v,[E,"Fairphone"],[S,Q]],[/(u304aa)/i],[v,[E,"AT&T"],[S,Q]],[/\bsie-(\w*)/i],[v,[E,"Siemens"],[S,Q]],[/\b(rct\w+) b/i],[v,[E,"RCA"],[S,Z]],[/\b(venue[\d ]{2,7}) b/i],[v,[E,"Dell"],[S,Z]],[/\b(q(?:mv|ta)\w+) b/i],[v,[E,"Verizon"],[S,Z]],[/\b(?:barnes[& ]+noble |bn[rt])([\w\+ ]*) b/i],[v,[E,"Barnes & Noble"],[S,Z]],[/\b(tm\d{3}\w+) b/i],[v,[E,"NuVision"],[S,Z]],[/\b(k88) b/i],[v,[E,"ZTE"],[S,Z]],[/\b(nx\d{3}j) b/i],[v,[E,"ZTE"],[S,Q]],[/\b(gen\d{3}) b.+49h/i],[v,[E,"Swiss"],[S,Q]],[/\b(zur\d{3}) b/i],[v,[E,"Swiss"],[S,Z]],[/\b((zeki)?tb.*\b) b/i],[v,[E,"Zeki"],[S,Z]],[/\b([yr]\d{2}) b/i,/\b(dragon[- ]+touch |dt)(\w{5}) b/i],[[E,"Dragon Touch"],v,[S,Z]],[/\b(ns-?\w{0,9}) b/i],[v,[E,"Insignia"],[S,Z]],[/\b((nxa|next)-?\w{0,9}) b/i],[v,[E,"NextBook"],[S,Z]],[/\b(xtreme\_)?(v(1[045]|2[015]|[3469]0|7[05])) b/i],[[E,"Voice"],v,[S,Q]],[/\b(lvtel\-)?(v1[12]) b/i],[[E,"LvTel"],v,[S,Q]],[/\b(ph-1) /i],[v,[E,"Essential"],[S,Q]],[/\b(v(100md|700na|7011|917g).*\b) b/i],[v,[E,"Envizen"],[S,Z]],[/\b(trio[-\w\. ]+) b/i],[v,[E,"MachSpeed"],[S,Z]],[/\btu_(1491) b/i],[v,[E,"Rotor"],[S,Z]],[/((?:tegranote|shield t(?!.+d tv))[\w- ]*?)(?: b|\))/i],[v,[E,Y],[S,Z]],[/(sprint) (\w+)/i],[E,v,[S,Q]],[/(kin\.[onetw]{3})/i],[[v,/\./g," "],[E,z],[S,Q]],[/droid.+; (cc6666?|et5[16]|mc[239][23]x?|vc8[03]x?)\)/i],[v,[E,ta],[S,Z]],[/droid.+; (ec30|ps20|tc[2-8]\d[kx])\)/i],[v,[E,ta],[S,Q]],[/smart-tv.+(samsung)/i],[E,[S,De]],[/hbbtv.+maple;(\d+)/i],[[v,/^/,"SmartTV"],[E,Ge],[S,De]],[/(nux; netcast.+smarttv|lg (netcast\.tv-201\d|android tv))/i],[[E,p],[S,De]],[/(apple) ?tv/i],[E,[v,Rt+" TV"],[S,De]],[/crkey/i],[[v,pt+"cast"],[E,H],[S,De]],[/droid.+aft(\w+)( bui|\))/i],[v,[E,gt],[S,De]],[/(shield \w+ tv)/i],[v,[E,Y],[S,De]],[/\(dtv[\);].+(aquos)/i,/(aquos-tv[\w ]+)\)/i],[v,[E,Ve],[S,De]],[/(bravia[\w ]+)( bui|\))/i],[v,[E,Kt],[S,De]],[/(mi(tv|box)-?\w+) bui/i],[v,[E,An],[S,De]],[/Hbbtv.*(technisat) (.*);/i],[E,v,[S,De]],[/\b(roku)[\dx]*[\)\/]((?:dvp-)?[\d\.]*)/i,/hbbtv\/\d+\.\d+\.\d+ +\([\w\+ ]*; *([\w\d][^;]*);([^;]*)/i],[[E,wl],[v,wl],[S,De]],[/droid.+; ([\w- ]+) (?:android tv|smart[- ]?tv)/i],[v,[S,De]],[/\b(android tv|smart[- ]?tv|opera tv|tv; rv:)\b/i],[[S,De]],[/(ouya)/i,/(nintendo) ([wids3utch]+)/i],[E,v,[S,yt]],[/droid.+; (shield)( bui|\))/i],[v,[E,Y],[S,yt]],[/(playstation \w+)/i],[v,[E,Kt],[S,yt]],[/\b(xbox(?: one)?(?!; xbox))[\); ]/i],[v,[E,z],[S,yt]],[/\b(sm-[lr]\d\d[0156][fnuw]?s?|gear live)\b/i],[v,[E,Ge],[S,je]],[/((pebble))app/i,/(asus|google|lg|oppo) ((pixel |zen)?watch[\w ]*)( bui|\))/i],[E,v,[S,je]],[/(ow(?:19|20)?we?[1-3]{1,3})/i],[v,[E,he],[S,je]],[/(watch)(?: ?os[,\/]|\d,\d\/)[\d\.]+/i],[v,[E,Rt],[S,je]],[/(opwwe\d{3})/i],[v,[E,P],[S,je]],[/(moto 360)/i],[v,[E,k],[S,je]],[/(smartwatch 3)/i],[v,[E,Kt],[S,je]],[/(g watch r)/i],[v,[E,p],[S,je]],[/droid.+; (wt63?0{2,3})\)/i],[v,[E,ta],[S,je]],[/droid.+; (glass) \d/i],[v,[E,H],[S,je]],[/(pico) (4|neo3(?: link|pro)?)/i],[E,v,[S,je]],[/; (quest( \d| pro)?)/i],[v,[E,bl],[S,je]],[/(tesla)(?: qtcarbrowser|\/[-\w\.]+)/i],[E,[S,ue]],[/(aeobc)\b/i],[v,[E,gt],[S,ue]],[/(homepod).+mac os/i],[v,[E,Rt],[S,ue]],[/windows iot/i],[[S,ue]],[/droid .+?; ([^;]+?)(?: bui|; wv\)|\) applew).+? mobile safari/i],[v,[S,Q]],[/droid .+?; ([^;]+?)(?: bui|\) applew).+?(?! mobile) safari/i],[v,[S,Z]],[/\b((tablet|tab)[;\/]|focus\/\d(?!.+mobile))/i],[[S,Z]],[/(phone|mobile(?:[;\/]| [ \w\/\.]*safari)|pda(?=.+windows ce))/i],[[S,Q]],[/droid .+?; ([\w\. -]+)( bui|\))/i],[v,[E,"Generic"]]],engine:[[/windows.+ edge\/([\w\.]+)/i],[M,[_,Tt+"HTML"]],[/(arkweb)\/([\w\.]+)/i],[_,M],[/webkit\/537\.36.+chrome\/(?!27)([\w\.]+)/i],[M,[_,"Blink"]],[/(presto)\/([\w\.]+)/i,/(webkit|trident|netfront|netsurf|amaya|lynx|w3m|goanna|servo)\/([\w\.]+)/i,/ekioh(flow)\/([\w\.]+)/i,/(khtml|tasman|links)[\/ ]\(?([\w\.]+)/i,/(icab)[\/ ]([23]\.[\d\.]+)/i,/\b(libweb)/i],[_,M],[/ladybird\//i],[[_,"LibWeb"]],[/rv\:([\w\.]{1,9})\b.+(gecko)/i],[M,_]],os:[[/microsoft (windows) (vista|xp)/i],[_,M],[/(windows (?:phone(?: os)?|mobile|iot))[\/ ]?([\d\.\w ]*)/i],[_,[M,Ie,El]],[/windows nt 6\.2; (arm)/i,/windows[\/ ]([ntce\d\. ]+\w)(?!.+xbox)/i,/(?:win(?=3|9|n)|win 9x )([nt\d\.]+)/i],[[M,Ie,El],[_,"Windows"]],[/[adehimnop]{4,7}\b(?:.*os ([\w]+) like mac|; opera)/i,/(?:ios;fbsv\/|iphone.+ios[\/ ])([\d\.]+)/i,/cfnetwork\/.+darwin/i],[[M,/_/g,"."],[_,"iOS"]],[/(mac os x) ?([\w\. ]*)/i,/(macintosh|mac_powerpc\b)(?!.+haiku)/i],[[_,ja],[M,/_/g,"."]],[/droid ([\w\.]+)\b.+(android[- ]x86|harmonyos)/i],[M,_],[/(ubuntu) ([\w\.]+) like android/i],[[_,/(.+)/,"$1 Touch"],M],[/(android|bada|blackberry|kaios|maemo|meego|openharmony|qnx|rim tablet os|sailfish|series40|symbian|tizen|webos)\w*[-\/; ]?([\d\.]*)/i],[_,M],[/\(bb(10);/i],[M,[_,at]],[/(?:symbian ?os|symbos|s60(?=;)|series ?60)[-\/ ]?([\w\.]*)/i],[M,[_,"Symbian"]],[/mozilla\/[\d\.]+ \((?:mobile|tablet|tv|mobile; [\w ]+); rv:.+ gecko\/([\w\.]+)/i],[M,[_,U+" OS"]],[/web0s;.+rt(tv)/i,/\b(?:hp)?wos(?:browser)?\/([\w\.]+)/i],[M,[_,"webOS"]],[/watch(?: ?os[,\/]|\d,\d\/)([\d\.]+)/i],[M,[_,"watchOS"]],[/crkey\/([\d\.]+)/i],[M,[_,pt+"cast"]],[/(cros) [\w]+(?:\)| ([\w\.]+)\b)/i],[[_,Wt],M],[/panasonic;(viera)/i,/(netrange)mmh/i,/(nettv)\/(\d+\.[\w\.]+)/i,/(nintendo|playstation) ([wids345portablevuch]+)/i,/(xbox); +xbox ([^\);]+)/i,/\b(joli|palm)\b ?(?:os)?\/?([\w\.]*)/i,/(mint)[\/\(\) ]?(\w*)/i,/(mageia|vectorlinux)[; ]/i,/([kxln]?ubuntu|debian|suse|opensuse|gentoo|arch(?= linux)|slackware|fedora|mandriva|centos|pclinuxos|red ?hat|zenwalk|linpus|raspbian|plan 9|minix|risc os|contiki|deepin|manjaro|elementary os|sabayon|linspire)(?: gnu\/linux)?(?: enterprise)?(?:[- ]linux)?(?:-gnu)?[-\/ ]?(?!chrom|package)([-\w\.]*)/i,/(hurd|linux)(?: arm\w*| x86\w*| ?)([\w\.]*)/i,/(gnu) ?([\w\.]*)/i,/\b([-frentopcghs]{0,5}bsd|dragonfly)[\/ ]?(?!amd|[ix346]{1,2}86)([\w\.]*)/i,/(haiku) (\w+)/i],[_,M],[/(sunos) ?([\w\.\d]*)/i],[[_,"Solaris"],M],[/((?:open)?solaris)[-\/ ]?([\w\.]*)/i,/(aix) ((\d)(?=\.|\)| )[\w\.])*/i,/\b(beos|os\/2|amigaos|morphos|openvms|fuchsia|hp-ux|serenityos)/i,/(unix) ?([\w\.]*)/i],[_,M]]},rt=function(ce,ye){if(typeof ce===h&&(ye=ce,ce=c),!(this instanceof rt))return new rt(ce,ye).getResult();var F=typeof d!==C&&d.navigator?d.navigator:c,oe=ce||(F&&F.userAgent?F.userAgent:j),et=F&&F.userAgentData?F.userAgentData:c,Be=ye?ku(xl,ye):xl,be=F&&F.userAgent==oe;return this.getBrowser=function(){var I={};return I[_]=c,I[M]=c,aa.call(I,oe,Be.browser),I[V]=Sl(I[M]),be&&F&&F.brave&&typeof F.brave.isBrave==L&&(I[_]="Brave"),I},this.getCPU=function(){var I={};return I[ve]=c,aa.call(I,oe,Be.cpu),I},this.getDevice=function(){var I={};return I[E]=c,I[v]=c,I[S]=c,aa.call(I,oe,Be.device),be&&!I[S]&&et&&et.mobile&&(I[S]=Q),be&&I[v]=="Macintosh"&&F&&typeof F.standalone!==C&&F.maxTouchPoints&&F.maxTouchPoints>2&&(I[v]="iPad",I[S]=Z),I},this.getEngine=function(){var I={};return I[_]=c,I[M]=c,aa.call(I,oe,Be.engine),I},this.getOS=function(){var I={};return I[_]=c,I[M]=c,aa.call(I,oe,Be.os),be&&!I[_]&&et&&et.platform&&et.platform!="Unknown"&&(I[_]=et.platform.replace(/chrome os/i,Wt).replace(/macos/i,ja)),I},this.getResult=function(){return{ua:this.getUA(),browser:this.getBrowser(),engine:this.getEngine(),os:this.getOS(),device:this.getDevice(),cpu:this.getCPU()}},this.getUA=function(){return oe},this.setUA=function(I){return oe=typeof I===q&&I.length>Pe?wl(I,Pe):I,this},this.setUA(oe),this};rt.VERSION=g,rt.BROWSER=na([_,M,V]),rt.CPU=na([ve]),rt.DEVICE=na([v,E,S,yt,Q,De,Z,je,ue]),rt.ENGINE=rt.OS=na([_,M]),o.exports&&(f=o.exports=rt),f.UAParser=rt;var _n=typeof d!==C&&(d.jQuery||d.Zepto);if(_n&&!_n.ua){var la=new rt;_n.ua=la.getResult(),_n.ua.get=function(){return la.getUA()},_n.ua.set=function(ce){la.setUA(ce);var ye=la.getResult();for(var F in ye)_n.ua[F]=ye[F]}}})(typeof window=="object"?window:xv)})(pi,pi.exports)),pi.exports}var _v=Av();function gc(o){if(!o)return"Unknown device";const{browser:f,os:d,device:c}=new _v.UAParser(o).getResult(),g=c.model&&c.vendor==="Apple"?c.model:d.name;if(f.name&&g)return`${f.name} on ${g}`;if(f.name)return f.name;const j=o.trim().split(/[\s/]/,1)[0];return g?j?`${j} on ${g}`:`Unknown browser on ${g}`:j||"Unknown device"}const Rv=new Intl.RelativeTimeFormat("en",{numeric:"auto"}),jv=[[60,"second"],[60,"minute"],[24,"hour"],[30,"day"],[12,"month"],[1/0,"year"]];function Tv(o,f=new Date){let d=(o.getTime()-f.getTime())/1e3;if(Math.abs(d)<45)return"just now";for(const[c,g]of jv){if(Math.abs(d)<c||g==="year")return Rv.format(Math.round(d),g);d/=c}return o.toLocaleString()}function Sc(o){const[f,d]=B.useState(null),[c,g]=B.useState(null),j=B.useCallback(async()=>{try{d(await o()),g(null)}catch(w){g(Bu(w))}},[o]);return B.useEffect(()=>{j()},[j]),{data:f,problem:c,reload:j}}function _t({title:o,id:f,danger:d,children:c}){return u.jsxs("section",{"aria-labelledby":f,className:d?"card danger-zone":"card",children:[u.jsx("h2",{id:f,children:o}),c]})}function wi({rows:o=3,label:f="Loading…"}){return u.jsxs("div",{className:"skeleton","aria-busy":"true",children:[u.jsx("span",{className:"visually-hidden",role:"status",children:f}),Array.from({length:o},(d,c)=>u.jsxs("div",{className:"skeleton-row","aria-hidden":"true",children:[u.jsx("span",{}),u.jsx("span",{})]},c))]})}function Pn({iso:o,never:f="—"}){if(!o)return u.jsx(u.Fragment,{children:f});const d=new Date(o);return u.jsx("time",{dateTime:o,title:d.toLocaleString(),children:Tv(d)})}function Im({userAgent:o}){return u.jsx("span",{title:o??void 0,children:gc(o)})}function yl({tone:o="neutral",children:f}){return u.jsx("span",{className:`badge ${o}`,children:f})}function pl(){const[o,f]=B.useState(null),d=B.useCallback(g=>new Promise(j=>f({...g,answer:j})),[]),c=g=>{o?.answer(g),f(null)};return{confirm:d,dialog:o?u.jsx(Cv,{question:o,onClose:c}):null}}function Cv({question:o,onClose:f}){const d=B.useRef(null),c=B.useId();return B.useEffect(()=>{const g=d.current;return g&&!g.open&&g.showModal(),()=>g?.close()},[]),u.jsxs("dialog",{ref:d,className:"confirm","aria-labelledby":`${c}-title`,"aria-describedby":`${c}-body`,onCancel:g=>{g.preventDefault(),f(!1)},children:[u.jsx("h2",{id:`${c}-title`,children:o.title}),u.jsx("div",{id:`${c}-body`,children:o.body}),u.jsxs("div",{className:"dialog-actions",children:[u.jsx("button",{type:"button",className:"secondary",autoFocus:!0,onClick:()=>f(!1),children:"Cancel"}),u.jsx("button",{type:"button",className:"danger",onClick:()=>f(!0),children:o.confirm})]})]})}const Wm="At least 8 characters, and not easy to guess.";function Uv(){const o=ea(),f=Oe({currentPassword:"",newPassword:"",newPasswordConfirmation:""}),d=f.run(async()=>{const c=f.values,g=await o(async()=>(await W(Vp,{input:c},{session:!0})).changePassword,{password:c.currentPassword});return g?g.__typename!=="AuthSuccess"?Ne(g,vi):(f.reset(),"Your password was changed. Your other sessions were logged out."):null});return u.jsx(_t,{title:"Change your password",id:"change-password",children:u.jsxs("form",{onSubmit:d,noValidate:!0,children:[u.jsx(ae,{label:"Current password",type:"password",autoComplete:"current-password",...f.bind("currentPassword")}),u.jsx(ae,{label:"New password",type:"password",autoComplete:"new-password",hint:Wm,...f.bind("newPassword")}),u.jsx(ae,{label:"Repeat the new password",type:"password",autoComplete:"new-password",...f.bind("newPasswordConfirmation")}),u.jsx(pe,{problem:f.problem,shown:["currentPassword","newPassword","newPasswordConfirmation"]}),f.done&&u.jsx(Le,{children:f.done}),u.jsx(Ze,{busy:f.busy,children:"Change the password"})]})})}function Nv({onSet:o}){const f=ea(),{setUser:d}=mt(),c=Oe({newPassword:"",newPasswordConfirmation:""}),g=c.run(async()=>{const j=c.values,w=await f(async()=>(await W(Bp,{input:j},{session:!0})).setPassword);return w?w.__typename!=="AuthSuccess"?Ne(w):(o(),d(w.user),null):null});return u.jsxs(_t,{title:"Set a password",id:"set-password",children:[u.jsx("p",{children:"Your account signs in without a password. Add one to sign in with it too; your other sessions are logged out."}),u.jsxs("form",{onSubmit:g,noValidate:!0,children:[u.jsx(ae,{label:"New password",type:"password",autoComplete:"new-password",hint:Wm,...c.bind("newPassword")}),u.jsx(ae,{label:"Repeat the new password",type:"password",autoComplete:"new-password",...c.bind("newPasswordConfirmation")}),u.jsx(pe,{problem:c.problem,shown:["newPassword","newPasswordConfirmation"]}),u.jsx(Ze,{busy:c.busy,children:"Set the password"})]})]})}function Ov({user:o}){const[f,d]=B.useState(!1);return u.jsxs("main",{children:[u.jsx("h1",{children:"Password"}),f&&u.jsx(Le,{children:"Your password is set. Your other sessions were logged out."}),o.hasPassword?u.jsx(Uv,{},"change"):u.jsx(Nv,{onSet:()=>d(!0)},"set")]})}function zv({user:o}){const{setUser:f}=mt(),d=ea(),c=Oe({currentPassword:""}),{confirm:g,dialog:j}=pl(),w=c.run(async()=>{if(o.hasPassword&&!c.values.currentPassword)return{message:"",fields:{currentPassword:"Type your current password to delete the account."}};if(!await g({title:"Delete your account for good?",body:u.jsx("p",{children:"Your profile, sessions, passkeys, activity and image are deleted, and this cannot be undone."}),confirm:"Delete my account"}))return null;const C=c.values,h=await d(async()=>(await W(Hp,{input:C})).deleteAccount,{password:C.currentPassword});return h?h.__typename!=="AccountDeleted"?Ne(h,vi):(f(null),ft("/login?deleted=1"),null):null});return u.jsxs("main",{children:[u.jsx("h1",{children:"Danger zone"}),u.jsxs(_t,{title:"Delete your account",id:"delete",danger:!0,children:[u.jsx("p",{children:"This deletes your account, its sessions, passkeys, activity and image for good. Your username and email become free for anyone."}),u.jsxs("form",{onSubmit:w,noValidate:!0,children:[o.hasPassword&&u.jsx(ae,{label:"Current password (to delete the account)",type:"password",autoComplete:"current-password",...c.bind("currentPassword")}),u.jsx(pe,{problem:c.problem,shown:["currentPassword"]}),u.jsx(Ze,{busy:c.busy,danger:!0,children:"Delete my account"})]})]}),j]})}const Dv={PASSWORD:"Password",TOTP:"app code",RECOVERY_CODE:"recovery code",PASSKEY:"Passkey",EMAIL_CODE:"Email code",EXTERNAL:"Another provider"};function Lv(o){const f=o.map(d=>Dv[d]);return f.length===0?"—":f.map((d,c)=>c===0?d.charAt(0).toUpperCase()+d.slice(1):d.toLowerCase()).join(" + ")}const qv=async()=>(await W(kp)).sessions;function Mv(){const{setUser:o}=mt(),{data:f,problem:d,reload:c}=Sc(qv),g=Oe({}),{confirm:j,dialog:w}=pl(),L=h=>g.run(async()=>await j({title:"Log out this session?",body:u.jsxs("p",{children:[gc(h.userAgent)," is signed out and must log in again."]}),confirm:"Log out the session"})?(await W(Yp,{id:h.id}),await c(),"The session was logged out."):null),C=g.run(async()=>{if(!await j({title:"Log out everywhere?",body:u.jsx("p",{children:"Every session ends, this one too, and every device must log in again."}),confirm:"Log out everywhere"}))return null;const{logoutAll:q}=await W(Lp);return o(null),ft(`/login?loggedOut=${q.revokedSessions}`),null});return u.jsxs("main",{children:[u.jsx("h1",{children:"Sessions"}),u.jsxs(_t,{title:"Where you are signed in",id:"sessions",children:[u.jsx(pe,{problem:d??g.problem}),g.done&&u.jsx(Le,{children:g.done}),f===null&&!d&&u.jsx(wi,{rows:3,label:"Loading your sessions…"}),f&&u.jsxs("table",{className:"stack",children:[u.jsx("caption",{className:"visually-hidden",children:"Active sessions, most recently used first"}),u.jsx("thead",{children:u.jsxs("tr",{children:[u.jsx("th",{scope:"col",children:"Device"}),u.jsx("th",{scope:"col",children:"IP address"}),u.jsx("th",{scope:"col",children:"Signed in"}),u.jsx("th",{scope:"col",children:"Proved with"}),u.jsx("th",{scope:"col",children:"Last used"}),u.jsx("th",{scope:"col",children:u.jsx("span",{className:"visually-hidden",children:"Action"})})]})}),u.jsx("tbody",{children:f.map(h=>u.jsxs("tr",{children:[u.jsx("td",{"data-label":"Device",className:"cell-title",children:u.jsxs("span",{children:[u.jsx(Im,{userAgent:h.userAgent})," ",h.current&&u.jsx(yl,{tone:"good",children:"This browser"})]})}),u.jsx("td",{"data-label":"IP address",children:h.ipAddress??"—"}),u.jsx("td",{"data-label":"Signed in",children:u.jsx(Pn,{iso:h.createdAt})}),u.jsx("td",{"data-label":"Proved with",children:u.jsxs("span",{className:"proof",children:[Lv(h.methods)," ",h.assurance==="AAL2"&&u.jsx(yl,{tone:"good",children:"Two factors"})," ",u.jsx("span",{className:"muted",children:u.jsx(Pn,{iso:h.authenticatedAt})})]})}),u.jsx("td",{"data-label":"Last used",children:u.jsx(Pn,{iso:h.lastUsedAt??h.createdAt})}),u.jsx("td",{className:"cell-action",children:!h.current&&u.jsx("button",{type:"button",className:"danger-outline small",onClick:()=>{L(h)()},disabled:g.busy,"aria-label":`Log out ${gc(h.userAgent)}, signed in ${new Date(h.createdAt).toLocaleString()}`,children:"Log out"})})]},h.id))})]})]}),u.jsxs(_t,{title:"Log out everywhere",id:"everywhere",danger:!0,children:[u.jsx("p",{children:"Lost a device, or signed in somewhere you should not have? End every session at once."}),u.jsx("button",{type:"button",className:"danger",onClick:()=>{C()},disabled:g.busy,children:"Log out everywhere"})]}),w]})}const Vv={REGISTERED:"Account created",LOGIN:"Signed in",LOGIN_FAILED:"Failed sign-in",LOGOUT:"Signed out",SESSION_REVOKED:"Session logged out",PASSWORD_CHANGED:"Password changed",PASSWORD_RESET:"Password reset",EMAIL_VERIFIED:"Email verified",EMAIL_CHANGED:"Email changed",ACCOUNT_DEACTIVATED:"Account deactivated",ACCOUNT_REACTIVATED:"Account reactivated",TWO_FACTOR_ENABLED:"Two-factor turned on",TWO_FACTOR_DISABLED:"Two-factor turned off",RECOVERY_CODE_USED:"Recovery code used",PASSKEY_ADDED:"Passkey added",PASSKEY_REMOVED:"Passkey removed"},Bv=10;function Hv(){const[o,f]=B.useState(null),[d,c]=B.useState(null),[g,j]=B.useState(null),[w,L]=B.useState(!1),C=B.useCallback(async h=>{L(!0);try{const{securityEvents:q}=await W(Gp,{first:Bv,after:h});f(V=>h&&V?[...V,...q.edges]:q.edges),c(q.pageInfo.hasNextPage?q.pageInfo.endCursor??null:null),j(null)}catch(q){j(Bu(q))}finally{L(!1)}},[]);return B.useEffect(()=>{C(null)},[C]),u.jsxs("main",{children:[u.jsx("h1",{children:"Security activity"}),u.jsxs(_t,{title:"What happened on your account",id:"events",children:[u.jsx(pe,{problem:g}),o===null&&!g&&u.jsx(wi,{rows:4,label:"Loading your activity…"}),o&&u.jsxs("table",{className:"stack",children:[u.jsx("caption",{className:"visually-hidden",children:"Security events, newest first"}),u.jsx("thead",{children:u.jsxs("tr",{children:[u.jsx("th",{scope:"col",children:"Event"}),u.jsx("th",{scope:"col",children:"When"}),u.jsx("th",{scope:"col",children:"IP address"}),u.jsx("th",{scope:"col",children:"Device"})]})}),u.jsx("tbody",{children:o.map(({node:h})=>u.jsxs("tr",{children:[u.jsx("td",{"data-label":"Event",className:"cell-title",children:Vv[h.kind]??h.kind}),u.jsx("td",{"data-label":"When",children:u.jsx(Pn,{iso:h.at})}),u.jsx("td",{"data-label":"IP address",children:h.ipAddress??"—"}),u.jsx("td",{"data-label":"Device",children:h.userAgent?u.jsx(Im,{userAgent:h.userAgent}):"—"})]},h.id))})]}),d&&u.jsx("p",{className:"actions",children:u.jsx("button",{type:"button",className:"secondary",onClick:()=>{C(d)},disabled:w,"aria-busy":w||void 0,children:"Show older events"})})]})]})}const hc="accounts.externalFlow";function kv(){return`${window.location.origin}${Ra}/external`}async function Pm(o,f){const d={provider:o,returnTo:kv()},c=f==="login"?(await W(Pp,{input:d})).beginExternalLogin:(await W(ev,{input:d})).beginExternalLink;if(c.__typename==="ExternalLoginStarted"){const g={flowId:c.flowId,purpose:f,provider:o};sessionStorage.setItem(hc,JSON.stringify(g)),window.location.assign(c.authorizationUrl)}return c}function Yv(){try{const o=sessionStorage.getItem(hc);return sessionStorage.removeItem(hc),o?JSON.parse(o):null}catch{return null}}const Gv={access_denied:"You cancelled the sign-in at the provider.",provider_unavailable:"The provider could not be reached. Try again in a moment."};function Xv(o){const f=new URLSearchParams(o.replace(/^#/,"")),d=f.get("handoff");if(d&&/^[A-Za-z0-9_-]{1,128}$/.test(d))return{handoff:d};const c=f.get("error")??"";return{error:Gv[c]??"The provider's answer could not be used. Start again."}}const wc="accounts.mailLink",Qv=/^[A-Za-z0-9-]{1,64}$/,Ec=/^[A-Za-z0-9_-]{1,128}$/;function eg(o){const f=window.location.hash.slice(1);if(!f)return!1;const d=new URLSearchParams(f),c=d.get("code");if(!c||!Qv.test(c))return!1;const g=window.location.pathname.slice(o.length).replace(/\/+$/,"")||"/",j=d.get("handle"),w={page:g,code:c,email:d.get("email"),handle:j&&Ec.test(j)?j:null};try{sessionStorage.setItem(wc,JSON.stringify(w))}catch{}return xc=w,window.history.replaceState(window.history.state,"",window.location.pathname+window.location.search),!0}let xc=null;function vl(o){let f=xc;try{const d=sessionStorage.getItem(wc);d&&(f={handle:null,...JSON.parse(d)})}catch{}return f&&f.page===o?f:null}function bi(){xc=null;try{sessionStorage.removeItem(wc)}catch{}}function Ac(o,f){return f?.handle&&(f.code==null||f.code===o.trim())?f.handle:null}const tg="accounts.verifyHandles";function _c(){try{const o=JSON.parse(localStorage.getItem(tg)??"{}");return o&&typeof o=="object"?o:{}}catch{return{}}}function ng(o){try{localStorage.setItem(tg,JSON.stringify(o))}catch{}}function Rc(o,f){!f||!Ec.test(f)||ng({..._c(),[o.trim().toLowerCase()]:f})}function Zv(o){if(!o)return null;const f=_c()[o.trim().toLowerCase()];return typeof f=="string"&&Ec.test(f)?f:null}function Jv(o){const{[o.trim().toLowerCase()]:f,...d}=_c();ng(d)}const Kv="The code is wrong or was already used.",$v="If you have just used this code (to turn two-factor on, say), wait for the next one: your app shows a new code every 30 seconds.";function Fv(){const{setUser:o}=mt();return(f,d)=>{pc(d),o(f),ft(vc())}}function Hu(o){const f=Fv();return(d,c)=>{switch(d.__typename){case"AuthSuccess":return f(d.user,d.deviceToken),null;case"TwoFactorRequired":return o({challenge:d.challenge,methods:d.methods}),null;case"EmailNotVerified":{const g=c?.includes("@")?c.trim():null;return g&&Rc(g,d.handle),ft("/verify",!1,{...g?{email:g}:{},sent:"login",handle:d.handle??""}),null}case"InvalidCredentials":return d.message===Kv?{message:`${d.message} ${$v}`,fields:{}}:Ne(d);default:return Ne(d)}}}async function ag(o){const f=Vu();if(f)return f;const c=(await W(Op,{input:{identifier:o}})).beginPasskeyLogin;if(c.__typename!=="PasskeyOptions")return Ne(c);let g;try{g=await navigator.credentials.get({publicKey:$m(c.optionsJson)})}catch(w){return hl(w,!1)}return g instanceof PublicKeyCredential?(await W(zp,{input:{challengeId:c.challengeId,credentialJson:bc(g),deviceToken:xn()}},{session:!0})).finishPasskeyLogin:hl(null,!1)}function jc({challenge:o,onRestart:f}){const[d,c]=B.useState(!1),g=Oe({code:"",recoveryCode:""}),j=Hu(()=>{}),w=g.run(async()=>{const C=d?{challenge:o.challenge,recoveryCode:g.values.recoveryCode.trim(),deviceToken:xn()}:{challenge:o.challenge,code:g.values.code.trim(),deviceToken:xn()},{completeLogin:h}=await W(Np,{input:C},{session:!0});return j(h)}),L=g.run(async()=>{const C=await ag(null);return"__typename"in C?j(C):C});return u.jsxs("section",{"aria-labelledby":"second-factor",children:[u.jsx("h2",{id:"second-factor",children:"Second factor"}),u.jsxs("p",{children:["One more step: confirm it is you with your authenticator app",d?" or a recovery code":"","."]}),u.jsxs("form",{onSubmit:w,noValidate:!0,children:[d?u.jsx(ae,{label:"Recovery code",autoComplete:"off",...g.bind("recoveryCode"),required:!0}):u.jsx(ae,{label:"Code from your authenticator app",inputMode:"numeric",autoComplete:"one-time-code",...g.bind("code"),required:!0}),u.jsx(pe,{problem:g.problem,shown:["code","recoveryCode"]}),u.jsx(Ze,{busy:g.busy,children:"Continue"})]}),u.jsxs("p",{className:"actions",children:[o.methods.includes("RECOVERY_CODE")&&u.jsx("button",{type:"button",className:"link",onClick:()=>c(!d),children:d?"Use a code from the app instead":"Use a recovery code instead"}),o.methods.includes("PASSKEY")&&u.jsx("button",{type:"button",className:"link",onClick:()=>{L()},children:"Use a passkey instead"}),u.jsx("button",{type:"button",className:"link",onClick:f,children:"Start over"})]})]})}function Iv({busy:o}){const[f,d]=B.useState([]),[c,g]=B.useState(null);if(B.useEffect(()=>{W(Qm).then(w=>d(w.externalProviders)).catch(()=>d([]))},[]),f.length===0)return null;const j=async w=>{g(null);const L=await Pm(w,"login");L.__typename!=="ExternalLoginStarted"&&g(Ne(L))};return u.jsxs("div",{className:"external-providers",children:[f.map(w=>u.jsxs("button",{type:"button",className:"secondary wide",onClick:()=>{j(w.id)},disabled:o,children:["Continue with ",w.displayName]},w.id)),u.jsx(pe,{problem:c})]})}function Wv({onChallenge:o,onPassword:f}){const[d]=B.useState(()=>vl("/login")),[c,g]=B.useState(d?{code:d.code,handle:d.handle,message:"The code from your email is filled in. Press Sign in."}:null),j=Oe({email:d?.email??""}),w=Oe({code:d?.code??""}),L=Hu(o),C=j.run(async()=>{const q=j.values.email.trim(),{requestLoginCode:V}=await W(Cp,{input:{email:q,deviceToken:xn()}});return V.__typename!=="CodeSent"?Ne(V):(g({code:null,handle:V.handle,message:`We sent a 6-digit code to ${q}, if it has an account.`}),null)}),h=w.run(async()=>{const q=w.values.code.trim(),V={email:j.values.email.trim(),code:q,handle:Ac(q,c),deviceToken:xn()},{loginWithCode:v}=await W(Up,{input:V},{session:!0}),_=L(v);return _||bi(),_});return u.jsxs("section",{"aria-labelledby":"code-login",children:[u.jsx("h2",{id:"code-login",children:"Sign in with a code by email"}),c?u.jsxs(u.Fragment,{children:[u.jsx(Le,{children:c.message}),u.jsxs("form",{onSubmit:h,noValidate:!0,children:[u.jsx(ae,{label:"Email",type:"email",autoComplete:"email",...j.bind("email"),required:!0}),u.jsx(ae,{label:"Code from the email",inputMode:"numeric",autoComplete:"one-time-code",hint:"6 digits.",...w.bind("code"),required:!0}),u.jsx(pe,{problem:w.problem,shown:["code"]}),u.jsx(Ze,{busy:w.busy,children:"Sign in"})]})]}):u.jsxs("form",{onSubmit:C,noValidate:!0,children:[u.jsx(ae,{label:"Email",type:"email",autoComplete:"email",...j.bind("email"),required:!0}),u.jsx(pe,{problem:j.problem,shown:["email"]}),u.jsx(Ze,{busy:j.busy,children:"Email me a code"})]}),u.jsxs("p",{className:"actions",children:[c&&u.jsx("button",{type:"button",className:"link",onClick:()=>g(null),children:"Send another code"}),u.jsx("button",{type:"button",className:"link",onClick:f,children:"Use your password instead"})]})]})}function Pv(){const o=Oe({identifier:"",password:""}),[f,d]=B.useState(null),[c,g]=B.useState(()=>vl("/login")!==null),j=Hu(d),w=o.run(async()=>{const{login:C}=await W(Tp,{input:{...o.values,deviceToken:xn()}},{session:!0});return j(C,o.values.identifier)}),L=o.run(async()=>{const C=await ag(o.values.identifier.trim()||null);return"__typename"in C?j(C):C});return u.jsxs("main",{className:"auth-card",children:[u.jsx("h1",{children:"Log in"}),f?u.jsx(jc,{challenge:f,onRestart:()=>d(null)}):c?u.jsx(Wv,{onChallenge:d,onPassword:()=>g(!1)}):u.jsxs(u.Fragment,{children:[u.jsxs("form",{onSubmit:w,noValidate:!0,children:[u.jsx(ae,{label:"Email or username",autoComplete:"username webauthn",...o.bind("identifier"),required:!0}),u.jsx(ae,{label:"Password",type:"password",autoComplete:"current-password",...o.bind("password"),required:!0}),u.jsx("p",{className:"form-aside",children:u.jsx(ct,{to:"/forgot",children:"Forgot your password?"})}),u.jsx(pe,{problem:o.problem,shown:["identifier","password"]}),u.jsx(Ze,{busy:o.busy,children:"Log in"})]}),u.jsx("p",{className:"divider",children:u.jsx("span",{children:"or"})}),u.jsx("button",{type:"button",className:"secondary wide",onClick:()=>{L()},disabled:o.busy,children:"Log in with a passkey"}),u.jsx("button",{type:"button",className:"secondary wide",onClick:()=>g(!0),disabled:o.busy,children:"Email me a code"}),u.jsx(Iv,{busy:o.busy}),u.jsxs("p",{className:"switch",children:["New here? ",u.jsx(ct,{to:"/register",children:"Create an account"})," · ",u.jsx(ct,{to:"/verify",children:"Verify your email"})]})]})]})}function eb(o){return new Promise((f,d)=>{const c=new FileReader;c.onload=()=>f(String(c.result)),c.onerror=()=>d(c.error),c.readAsDataURL(o)})}function lg({label:o,error:f,onFile:d}){const[c,g]=B.useState(null),j=async w=>{const L=w.target.files?.[0]??null;d(L),g(L&&L.type.startsWith("image/")?await eb(L):null)};return u.jsxs("div",{className:f?"field invalid":"field",children:[u.jsx("label",{htmlFor:"image-input",children:o}),u.jsx("input",{id:"image-input",name:"image",type:"file",accept:"image/png,image/jpeg,image/webp,image/gif",onChange:w=>{j(w)},"aria-invalid":f?!0:void 0,"aria-describedby":f?"image-error":"image-hint"}),u.jsx("p",{className:"hint",id:"image-hint",children:"PNG, JPEG, WebP or GIF."}),c&&u.jsx("img",{className:"avatar",src:c,alt:"Preview of the chosen image"}),f&&u.jsx("p",{className:"error",id:"image-error",children:f})]})}const tb=["email","username","firstName","lastName","password","passwordConfirmation","bio","contact","image"];function nb(){const o=Oe({email:"",username:"",firstName:"",lastName:"",password:"",passwordConfirmation:"",bio:"",contact:""}),[f,d]=B.useState(null),{setUser:c}=mt(),g=w=>{d(w),o.setProblem(L=>L&&"image"in L.fields?{...L,fields:Object.fromEntries(Object.entries(L.fields).filter(([C])=>C!=="image"))}:L)},j=o.run(async()=>{const w={...o.values,image:null},{registerUser:L}=await W(jp,{input:w},{session:!0,files:f?{"input.image":f}:void 0});switch(L.__typename){case"AuthSuccess":return pc(L.deviceToken),c(L.user),ft("/verify",!1,{email:L.user.email,sent:"1"}),null;case"VerificationRequired":return Rc(L.email,L.handle),ft("/verify",!1,{email:L.email,sent:"registered",handle:L.handle}),null;default:return Ne(L)}});return u.jsxs("main",{className:"auth-card",children:[u.jsx("h1",{children:"Create an account"}),u.jsxs("form",{onSubmit:j,noValidate:!0,children:[u.jsx(ae,{label:"Email",type:"email",autoComplete:"email",...o.bind("email"),required:!0}),u.jsx(ae,{label:"Username",autoComplete:"username",hint:"6 to 150 characters: letters, digits, dots, dashes or underscores.",...o.bind("username"),required:!0}),u.jsxs("div",{className:"pair",children:[u.jsx(ae,{label:"First name",autoComplete:"given-name",...o.bind("firstName"),required:!0}),u.jsx(ae,{label:"Last name",autoComplete:"family-name",...o.bind("lastName"),required:!0})]}),u.jsx(ae,{label:"Password",type:"password",autoComplete:"new-password",hint:"At least 8 characters, and not easy to guess.",...o.bind("password"),required:!0}),u.jsx(ae,{label:"Repeat the password",type:"password",autoComplete:"new-password",...o.bind("passwordConfirmation"),required:!0}),u.jsx(ae,{label:"About you (optional)",multiline:!0,...o.bind("bio")}),u.jsx(ae,{label:"Contact (optional)",...o.bind("contact")}),u.jsx(lg,{label:"Profile image (optional)",error:o.problem?.fields.image,onFile:g}),u.jsx(pe,{problem:o.problem,shown:tb}),u.jsx(Ze,{busy:o.busy,children:"Create the account"})]}),u.jsxs("p",{className:"switch",children:["Have an account? ",u.jsx(ct,{to:"/login",children:"Log in"})]})]})}function Si(o,f,d={}){return o.__typename==="UpdateUserSuccess"?(f(o.user),null):Ne(o,d)}function Tc({user:o,size:f="large",alt:d=""}){const c=`${o.firstName[0]??""}${o.lastName[0]??""}`.toUpperCase();return o.imageUrl?u.jsx("img",{className:`avatar ${f}`,src:o.imageUrl,alt:d}):u.jsx("span",{className:`avatar initials ${f}`,"aria-hidden":"true",children:c||"?"})}function ab({user:o}){const{setUser:f}=mt(),d=Oe({username:o.username,firstName:o.firstName,lastName:o.lastName,bio:o.bio,contact:o.contact}),c=d.run(async()=>{const{updateUser:g}=await W(qu,{input:d.values});return Si(g,f)??"Your details are saved."});return u.jsx(_t,{title:"Your details",id:"details",children:u.jsxs("form",{onSubmit:c,noValidate:!0,children:[u.jsx(ae,{label:"Username",autoComplete:"username",...d.bind("username")}),u.jsxs("div",{className:"pair",children:[u.jsx(ae,{label:"First name",autoComplete:"given-name",...d.bind("firstName")}),u.jsx(ae,{label:"Last name",autoComplete:"family-name",...d.bind("lastName")})]}),u.jsx(ae,{label:"About you",multiline:!0,...d.bind("bio")}),u.jsx(ae,{label:"Contact",hint:"A phone number or another way to reach you (optional).",...d.bind("contact")}),u.jsx(pe,{problem:d.problem,shown:["username","firstName","lastName","bio","contact"]}),d.done&&u.jsx(Le,{children:d.done}),u.jsx(Ze,{busy:d.busy,children:"Save details"})]})})}function lb({user:o}){const{setUser:f}=mt(),[d,c]=B.useState(null),[g,j]=B.useState(0),w=Oe({}),{confirm:L,dialog:C}=pl(),h=v=>{c(v),w.setProblem(null),w.setDone(null)},q=w.run(async()=>{if(!d)return{message:"",fields:{image:"Choose an image first."}};const{updateUser:v}=await W(qu,{input:{image:null}},{files:{"input.image":d}}),_=Si(v,f);return _||(c(null),j(S=>S+1),"Your new image is saved.")}),V=w.run(async()=>{if(!await L({title:"Remove your profile image?",body:u.jsx("p",{children:"Your initials are shown instead until you upload a new image."}),confirm:"Remove the image"}))return null;const{updateUser:_}=await W(qu,{input:{removeImage:!0}});return Si(_,f)??"Your image was removed."});return u.jsxs(_t,{title:"Profile image",id:"image",children:[u.jsxs("div",{className:"image-row",children:[u.jsx(Tc,{user:o,alt:o.imageUrl?"Your profile image":""}),u.jsxs("form",{onSubmit:q,noValidate:!0,children:[u.jsx(lg,{label:"New image",error:w.problem?.fields.image,onFile:h},g),u.jsx(pe,{problem:w.problem,shown:["image"]}),w.done&&u.jsx(Le,{children:w.done}),u.jsxs("div",{className:"actions",children:[u.jsx(Ze,{busy:w.busy,children:"Upload"}),o.imageUrl&&u.jsx("button",{type:"button",className:"danger-outline",onClick:()=>{V()},disabled:w.busy,children:"Remove the image"})]})]})]}),C]})}function ib({user:o}){return u.jsxs("main",{children:[u.jsxs("div",{className:"profile-head",children:[u.jsx(Tc,{user:o}),u.jsxs("div",{children:[u.jsxs("h1",{children:[o.firstName," ",o.lastName]}),u.jsxs("p",{className:"muted",children:["@",o.username," · joined ",u.jsx(Pn,{iso:o.dateJoined})]})]})]}),u.jsx(ab,{user:o},`details-${o.id}`),u.jsx(lb,{user:o})]})}function ub({user:o,onConfirmed:f}){const{setUser:d}=mt(),[c]=B.useState(()=>vl("/confirm-email")),g=Oe({code:c?.code??""}),j=g.run(async()=>{const{confirmEmailChange:w}=await W(Mp,{input:{code:g.values.code.trim()}}),L=Si(w,d,{InvalidCode:{field:"code"}});return L||(bi(),w.__typename==="UpdateUserSuccess"&&f(w.user.email),null)});return u.jsxs(_t,{title:"Confirm your new email",id:"confirm-email",children:[u.jsxs("p",{children:["We sent a code to ",u.jsx("strong",{children:o.pendingEmail}),". Enter it to make it your email."]}),c&&u.jsx(Le,{children:"The code from your email is filled in. Press Confirm to finish."}),u.jsxs("form",{onSubmit:j,noValidate:!0,children:[u.jsx(ae,{label:"Code sent to the new address",inputMode:"numeric",autoComplete:"one-time-code",...g.bind("code")}),u.jsx(pe,{problem:g.problem,shown:["code"]}),u.jsx(Ze,{busy:g.busy,children:"Confirm the new email"})]})]})}function sb({user:o,onChanged:f}){const{setUser:d}=mt(),c=ea(),g=Oe({email:"",currentPassword:""}),j=g.run(async()=>{const w={email:g.values.email.trim(),currentPassword:g.values.currentPassword||null},L=await c(async()=>(await W(qu,{input:w})).updateUser,{password:g.values.currentPassword});if(!L)return null;const C=Si(L,d,vi);return C||(g.reset(),f(),null)});return u.jsx(_t,{title:"Change your email",id:"change-email",children:u.jsxs("form",{onSubmit:j,noValidate:!0,children:[u.jsx(ae,{label:"New email",type:"email",autoComplete:"email",...g.bind("email")}),o.hasPassword&&u.jsx(ae,{label:"Current password",type:"password",autoComplete:"current-password",...g.bind("currentPassword")}),u.jsx(pe,{problem:g.problem,shown:["email","currentPassword"]}),u.jsx(Ze,{busy:g.busy,children:"Change the email"})]})})}function Bm({user:o}){const[f,d]=B.useState(null),[c]=B.useState(()=>vl("/confirm-email"));return u.jsxs("main",{children:[u.jsx("h1",{children:"Email"}),u.jsxs(_t,{title:"Your email",id:"current-email",children:[u.jsxs("p",{className:"email-line",children:[u.jsx("strong",{children:o.email})," ",o.emailVerified?u.jsx(yl,{tone:"good",children:"Verified"}):u.jsx(yl,{tone:"warn",children:"Not verified"})]}),!o.emailVerified&&u.jsxs("p",{children:[u.jsx(ct,{to:"/verify",children:"Verify your email"})," to use two-factor sign-in and passkeys."]}),f&&u.jsxs(Le,{children:[f," is now your email."]})]}),o.pendingEmail&&u.jsx(ub,{user:o,onConfirmed:d}),!o.pendingEmail&&c&&!f&&u.jsx(Le,{warn:!0,children:"No change of email is waiting for this code: it was confirmed already, or replaced by a newer one."}),u.jsx(sb,{user:o,onChanged:()=>d(null)})]})}function ob(){const[o]=B.useState(()=>{const h=Xv(window.location.hash);return window.history.replaceState(window.history.state,"",window.location.pathname),h}),[f,d]=B.useState("error"in o?{message:o.error,fields:{}}:null),[c,g]=B.useState(null),[j,w]=B.useState(!1),L=Hu(g),C=B.useRef(!1);return B.useEffect(()=>{if(C.current||!("handoff"in o))return;C.current=!0;const h=Yv();if(!h){d({message:"This sign-in was not started in this tab. Start it again.",fields:{}});return}const q={flowId:h.flowId,handoff:o.handoff,deviceToken:xn()};(async()=>{try{if(h.purpose==="link"){const{completeExternalLink:v}=await W(nv,{input:q});v.__typename==="ExternalIdentityLinked"?(w(!0),ft("/security",!0,{linked:h.provider})):d(Ne(v));return}const{completeExternalLogin:V}=await W(tv,{input:q},{session:!0});d(L(V))}catch(V){d({message:V instanceof Error?V.message:"Something went wrong.",fields:{}})}})()},[o,L]),u.jsxs("main",{className:"auth-card",children:[u.jsx("h1",{children:"Signing in"}),c?u.jsx(jc,{challenge:c,onRestart:()=>ft("/login")}):f?u.jsxs(u.Fragment,{children:[u.jsx(pe,{problem:f}),u.jsx("p",{className:"switch",children:u.jsx(ct,{to:"/login",children:"Back to the login page"})})]}):u.jsx(Le,{children:j?"Linked.":"One moment…"})]})}const ig={InvalidCode:{field:"code"}},ug="The code from your email is filled in.";function Cc(o){return o?{code:o.code,handle:o.handle}:{code:null,handle:Wn("handle")}}function cb(o,f){const d=Cc(o);return d.handle?d:{...d,handle:Zv(f)}}function rb(){const{user:o,refresh:f}=mt(),[d]=B.useState(()=>vl("/verify")),c=Oe({email:d?.email??Wn("email")??o?.email??"",code:d?.code??""}),[g,j]=B.useState(null),[w,L]=B.useState(()=>Cc(d)),C=Oe({}),h=Oe({}),q=Wn("sent")==="registered",V=Wn("sent")?"We sent a 6-digit code to your email.":null,v=c.run(async()=>{const E=c.values.email.trim(),M={email:E,code:c.values.code.trim(),handle:Ac(c.values.code,w.handle?w:cb(d,E))},{verifyEmail:ve}=await W(Ym,{input:M});return ve.__typename!=="EmailVerified"?Ne(ve,ig):(bi(),Jv(ve.email),j({email:ve.email,hasPassword:ve.hasPassword}),await f(),null)}),_=h.run(async()=>{const{requestEmailVerification:E}=await W(Gm);return E.__typename!=="CodeSent"?Ne(E):(L({code:null,handle:E.handle}),o&&Rc(o.email,E.handle),E.message)}),S=C.run(async()=>{const E=g?.email??"",{requestPasswordReset:M}=await W(Xm,{input:{email:E,deviceToken:xn()}});return M.__typename!=="CodeSent"?Ne(M):(ft("/reset-password",!1,{email:E,sent:M.message,handle:M.handle}),null)});return g?u.jsxs("main",{className:"auth-card",children:[u.jsx("h1",{children:"Verify your email"}),u.jsxs(Le,{children:[u.jsxs("p",{children:[g.email," is verified."]}),g.hasPassword?o?u.jsx("p",{children:u.jsx(ct,{to:"/",children:"Go to your profile"})}):u.jsxs("p",{children:["Your account is ready. ",u.jsx(ct,{to:"/login",children:"Log in"})]}):u.jsxs(u.Fragment,{children:[u.jsx("p",{children:"The account has no password now: whoever set the one it had did not prove this address. Choose yours with a code we email you."}),u.jsx("p",{children:u.jsx("button",{type:"button",onClick:()=>{S()},disabled:C.busy,children:"Choose a password"})}),u.jsx(pe,{problem:C.problem})]})]})]}):u.jsxs("main",{className:"auth-card",children:[u.jsx("h1",{children:"Verify your email"}),d?u.jsxs(Le,{children:[ug," Check the address and press Verify."]}):q?u.jsxs(Le,{children:[u.jsxs("p",{children:["Check your mail: we sent a 6-digit code to ",c.values.email||"your email","."]}),u.jsx("p",{children:"Enter it here, or open the link in the email, to finish creating your account. Then log in."})]}):V&&u.jsx(Le,{children:V}),u.jsxs("form",{onSubmit:v,noValidate:!0,children:[u.jsx(ae,{label:"Email",type:"email",autoComplete:"email",...c.bind("email"),required:!0}),u.jsx(ae,{label:"Code",inputMode:"numeric",autoComplete:"one-time-code",hint:"6 digits, from the email we sent.",...c.bind("code"),required:!0}),u.jsx(pe,{problem:c.problem,shown:["email","code"]}),u.jsx(Ze,{busy:c.busy,children:"Verify"})]}),o&&!o.emailVerified&&u.jsxs("div",{className:"secondary-actions",children:[u.jsx("button",{type:"button",className:"secondary",onClick:()=>{_()},disabled:h.busy,children:"Send a new code"}),h.done&&u.jsx(Le,{children:h.done}),u.jsx(pe,{problem:h.problem})]})]})}function db(){const o=Oe({email:Wn("email")??""}),f=o.run(async()=>{const d=o.values.email.trim(),{requestPasswordReset:c}=await W(Xm,{input:{email:d,deviceToken:xn()}});return c.__typename!=="CodeSent"?Ne(c):(ft("/reset-password",!1,{email:d,sent:c.message,handle:c.handle}),null)});return u.jsxs("main",{className:"auth-card",children:[u.jsx("h1",{children:"Forgot your password?"}),u.jsx("p",{children:"We will email you a code to set a new one."}),u.jsxs("form",{onSubmit:f,noValidate:!0,children:[u.jsx(ae,{label:"Email",type:"email",autoComplete:"email",...o.bind("email"),required:!0}),u.jsx(pe,{problem:o.problem,shown:["email"]}),u.jsx(Ze,{busy:o.busy,children:"Send me a code"})]}),u.jsxs("p",{className:"switch",children:[u.jsx(ct,{to:"/reset-password",children:"I have a code"})," · ",u.jsx(ct,{to:"/login",children:"Back to log in"})]})]})}function fb(){const[o]=B.useState(()=>vl("/reset-password")),f=Oe({email:o?.email??Wn("email")??"",code:o?.code??"",newPassword:"",newPasswordConfirmation:""}),[d,c]=B.useState(null),[g]=B.useState(()=>Cc(o)),{setUser:j}=mt(),w=Wn("sent"),L=f.run(async()=>{const C={...f.values,email:f.values.email.trim(),code:f.values.code.trim(),handle:Ac(f.values.code,g)},{resetPassword:h}=await W(qp,{input:C},{session:!0});switch(h.__typename){case"AuthSuccess":return bi(),pc(h.deviceToken),j(h.user),ft(vc()),null;case"TwoFactorRequired":return bi(),c({challenge:h.challenge,methods:h.methods}),null;default:return Ne(h,ig)}});return d?u.jsxs("main",{className:"auth-card",children:[u.jsx("h1",{children:"Set a new password"}),u.jsx("p",{children:"The new password takes effect once you confirm the second factor."}),u.jsx(jc,{challenge:d,onRestart:()=>c(null)})]}):u.jsxs("main",{className:"auth-card",children:[u.jsx("h1",{children:"Set a new password"}),o?u.jsxs(Le,{children:[ug," Choose your new password."]}):w&&u.jsx(Le,{children:w}),u.jsxs("form",{onSubmit:L,noValidate:!0,children:[u.jsx(ae,{label:"Email",type:"email",autoComplete:"email",...f.bind("email"),required:!0}),u.jsx(ae,{label:"Code from the email",inputMode:"numeric",autoComplete:"one-time-code",...f.bind("code"),required:!0}),u.jsx(ae,{label:"New password",type:"password",autoComplete:"new-password",...f.bind("newPassword"),required:!0}),u.jsx(ae,{label:"Repeat the new password",type:"password",autoComplete:"new-password",...f.bind("newPasswordConfirmation"),required:!0}),u.jsx(pe,{problem:f.problem,shown:["email","code","newPassword","newPasswordConfirmation"]}),u.jsx(Ze,{busy:f.busy,children:"Set the new password"})]}),u.jsxs("p",{className:"switch",children:[u.jsx(ct,{to:"/forgot",children:"Send me another code"})," · ",u.jsx(ct,{to:"/login",children:"Back to log in"})]})]})}async function mb(){return(await W(av)).me?.externalIdentities??[]}function gb(){const[o,f]=B.useState(null),{data:d,problem:c,reload:g}=Sc(mb),j=Oe({}),{confirm:w,dialog:L}=pl(),C=ea(),h=Wn("linked");B.useEffect(()=>{W(Qm).then(_=>f(_.externalProviders)).catch(()=>f([]))},[]);const q=_=>o?.find(S=>S.id===_)?.displayName??_;if(o!==null&&o.length===0&&d?.length===0)return null;const V=_=>j.run(async()=>{const S=await C(()=>Pm(_,"link"));return!S||S.__typename==="ExternalLoginStarted"?null:Ne(S)}),v=_=>j.run(async()=>{if(!await w({title:`Unlink ${q(_.provider)}?`,body:u.jsx("p",{children:"It stops signing you in to this account."}),confirm:"Unlink"}))return null;const E=await C(async()=>(await W(lv,{id:_.id})).unlinkExternalIdentity);return E?E.__typename!=="ExternalIdentityUnlinked"?Ne(E):(await g(),`${q(_.provider)} unlinked.`):null});return u.jsxs(_t,{title:"Linked accounts",id:"linked-accounts",children:[u.jsx("p",{children:"Accounts at other providers that sign you in here."}),h&&!j.done&&u.jsxs(Le,{children:[q(h)," linked."]}),u.jsx(pe,{problem:c??j.problem}),j.done&&u.jsx(Le,{children:j.done}),d===null&&!c&&u.jsx(wi,{rows:1,label:"Loading your linked accounts…"}),d&&d.length===0&&u.jsx("p",{className:"empty",children:"No linked accounts."}),d&&d.length>0&&u.jsx("ul",{className:"rows",children:d.map(_=>u.jsxs("li",{className:"row",children:[u.jsxs("div",{className:"row-main",children:[u.jsx("strong",{children:q(_.provider)}),u.jsxs("span",{className:"muted",children:[_.email??"no email"," · linked ",u.jsx(Pn,{iso:_.linkedAt})]})]}),u.jsx("button",{type:"button",className:"danger-outline small",onClick:()=>{v(_)()},disabled:j.busy,"aria-label":`Unlink ${q(_.provider)}`,children:"Unlink"})]},_.id))}),o&&o.length>0&&u.jsx("p",{className:"actions",children:o.map(_=>u.jsxs("button",{type:"button",className:"secondary",onClick:()=>{V(_.id)()},disabled:j.busy,children:["Link ",_.displayName]},_.id))}),L]})}const hb="The code is not right. Type the code your app shows now; a code that was just used works once only, so wait for the next one.",sg={InvalidCode:{field:"code",message:hb}};function yb(o){return/^<svg[^>]*\sxmlns=/.test(o)||(o=o.replace(/^<svg\b/,'<svg xmlns="http://www.w3.org/2000/svg"')),`data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(o)))}`}function og({codes:o}){return u.jsxs("section",{"aria-labelledby":"recovery-codes",className:"codes-box",children:[u.jsx("h3",{id:"recovery-codes",children:"Your recovery codes"}),u.jsx("p",{children:"Each works once, in place of a code from the app. They are shown only now: print them or keep them in a password manager."}),u.jsx("ul",{className:"codes","data-testid":"recovery-codes",children:o.map(f=>u.jsx("li",{children:u.jsx("code",{children:f})},f))})]})}function pb({user:o,onEnabled:f}){const[d,c]=B.useState(null),g=Oe({}),j=Oe({code:""}),w=ea(),L=g.run(async()=>{const h=await w(async()=>(await W(Xp)).beginTotpSetup);return h?h.__typename!=="TotpSetup"?Ne(h):(c(h),null):null}),C=j.run(async()=>{const h={code:j.values.code.trim()},q=await w(async()=>(await W(Qp,{input:h})).confirmTotpSetup);return q?q.__typename!=="RecoveryCodes"?Ne(q,sg):(f(q.codes),null):null});return d?u.jsxs("form",{onSubmit:C,noValidate:!0,children:[u.jsx("p",{children:"Scan this code with your authenticator app, or type the key in by hand."}),u.jsx("img",{className:"qr",src:yb(d.qrSvg),alt:"QR code to scan with your authenticator app",width:200,height:200}),u.jsxs("p",{className:"key",children:["Key: ",u.jsx("code",{"data-testid":"totp-secret",children:d.secret})]}),u.jsx(ae,{label:"Code from the app",inputMode:"numeric",autoComplete:"one-time-code",...j.bind("code")}),u.jsx(pe,{problem:j.problem,shown:["code"]}),u.jsx(Ze,{busy:j.busy,children:"Turn on two-factor sign-in"})]}):u.jsxs(u.Fragment,{children:[u.jsx("p",{children:"Ask for a code from an authenticator app (Google Authenticator, Aegis, 1Password…) after your password."}),!o.emailVerified&&u.jsxs(Le,{warn:!0,children:["Your email is not verified yet: setting up asks you for a code we email to ",o.email," first."]}),u.jsx(pe,{problem:g.problem}),u.jsx("button",{type:"button",className:"primary",onClick:()=>{L()},disabled:g.busy,children:"Set up an authenticator app"})]})}function vb(){const{refresh:o}=mt(),[f,d]=B.useState(null),c=Oe({currentPassword:""}),g=Oe({currentPassword:"",code:""}),{confirm:j,dialog:w}=pl(),L=ea(),C=c.run(async()=>{if(!await j({title:"Make new recovery codes?",body:u.jsx("p",{children:"Your current recovery codes stop working at once."}),confirm:"Make new codes"}))return null;const V=c.values,v=await L(async()=>(await W(Zp,{input:V})).regenerateRecoveryCodes,{password:V.currentPassword});return v?v.__typename!=="RecoveryCodes"?Ne(v,vi):(c.reset(),d(v.codes),null):null}),h=g.run(async()=>{if(!await j({title:"Turn two-factor sign-in off?",body:u.jsx("p",{children:"Your password alone will sign you in again, and your recovery codes stop working."}),confirm:"Turn it off"}))return null;const V={...g.values,code:g.values.code.trim()},v=await L(async()=>(await W(Jp,{input:V})).disableTwoFactor,{password:V.currentPassword});return v?v.__typename!=="TwoFactorDisabled"?Ne(v,{...vi,...sg}):(await o(),null):null});return u.jsxs(u.Fragment,{children:[f&&u.jsx(og,{codes:f}),u.jsxs("section",{"aria-labelledby":"regenerate",className:"subsection",children:[u.jsx("h3",{id:"regenerate",children:"New recovery codes"}),u.jsx("p",{children:"Lost some codes, or used most of them? Make a new set: the old codes stop working."}),u.jsxs("form",{onSubmit:C,noValidate:!0,children:[u.jsx(ae,{label:"Current password (for new codes)",type:"password",autoComplete:"current-password",...c.bind("currentPassword")}),u.jsx(pe,{problem:c.problem,shown:["currentPassword"]}),u.jsx(Ze,{busy:c.busy,children:"Make new recovery codes"})]})]}),u.jsxs("section",{"aria-labelledby":"disable",className:"subsection",children:[u.jsx("h3",{id:"disable",children:"Turn two-factor off"}),u.jsxs("form",{onSubmit:h,noValidate:!0,children:[u.jsx(ae,{label:"Current password (to turn two-factor off)",type:"password",autoComplete:"current-password",...g.bind("currentPassword")}),u.jsx(ae,{label:"Code from the app, or a recovery code",autoComplete:"one-time-code",...g.bind("code")}),u.jsx(pe,{problem:g.problem,shown:["currentPassword","code"]}),u.jsx(Ze,{busy:g.busy,danger:!0,children:"Turn two-factor off"})]})]}),w]})}function bb({user:o}){const{refresh:f}=mt(),[d,c]=B.useState(null),g=w=>{c(w),f()};let j;return d?j=u.jsxs(u.Fragment,{children:[u.jsx(Le,{children:"Two-factor sign-in is on."}),u.jsx(og,{codes:d}),u.jsx("button",{type:"button",className:"primary",onClick:()=>c(null),children:"I have saved my recovery codes"})]}):j=o.twoFactorEnabled?u.jsx(vb,{}):u.jsx(pb,{user:o,onEnabled:g}),u.jsxs(_t,{title:"Two-factor sign-in",id:"two-factor",children:[u.jsxs("p",{className:"status-line",children:[o.twoFactorEnabled?u.jsx(yl,{tone:"good",children:"On"}):u.jsx(yl,{children:"Off"}),o.twoFactorEnabled?" Logging in asks for a code from your app after your password.":""]}),j]})}const Sb=async()=>(await W(Kp)).passkeys;function wb(){const{data:o,problem:f,reload:d}=Sc(Sb),c=Oe({name:""}),g=Oe({}),{confirm:j,dialog:w}=pl(),L=ea(),C=c.run(async()=>{g.setDone(null);const q=Vu();if(q)return q;const V=await L(async()=>(await W($p)).beginPasskeyRegistration);if(!V)return null;if(V.__typename!=="PasskeyOptions")return Ne(V);let v;try{v=await navigator.credentials.create({publicKey:mv(V.optionsJson)})}catch(S){return hl(S,!0)}if(!(v instanceof PublicKeyCredential))return hl(null,!0);const{finishPasskeyRegistration:_}=await W(Fp,{input:{challengeId:V.challengeId,credentialJson:bc(v),name:c.values.name.trim()||null}});if(_.__typename!=="PasskeyAdded"){const S=JSON.parse(V.optionsJson).rp.id;return _.__typename==="ValidationError"&&_.fields.some(E=>E.code==="invalid")&&rv(S,v.id),cv(_)}return c.reset(),await d(),`Passkey “${_.passkey.name}” added.`}),h=q=>g.run(async()=>{if(c.setDone(null),!await j({title:`Remove the passkey “${q.name}”?`,body:u.jsx("p",{children:"It stops signing you in. The device may keep it until you delete it there too."}),confirm:"Remove the passkey"}))return null;const v=await L(async()=>(await W(Ip,{id:q.id})).removePasskey);return v?v.__typename!=="PasskeyRemoved"?Ne(v):(await d(),`Passkey “${q.name}” removed.`):null});return u.jsxs(_t,{title:"Passkeys",id:"passkeys",children:[u.jsx("p",{children:"A passkey signs you in without a password: your device checks your fingerprint, face or PIN."}),u.jsx(pe,{problem:f??g.problem}),g.done&&u.jsx(Le,{children:g.done}),o===null&&!f&&u.jsx(wi,{rows:2,label:"Loading your passkeys…"}),o&&o.length===0&&u.jsx("p",{className:"empty",children:"No passkeys yet."}),o&&o.length>0&&u.jsx("ul",{className:"rows",children:o.map(q=>u.jsxs("li",{className:"row",children:[u.jsxs("div",{className:"row-main",children:[u.jsx("strong",{children:q.name}),u.jsxs("span",{className:"muted",children:["Added ",u.jsx(Pn,{iso:q.createdAt})," · last used ",u.jsx(Pn,{iso:q.lastUsedAt,never:"never"})]})]}),u.jsx("button",{type:"button",className:"danger-outline small",onClick:()=>{h(q)()},disabled:g.busy,"aria-label":`Remove the passkey ${q.name}`,children:"Remove"})]},q.id))}),u.jsxs("section",{"aria-labelledby":"add-passkey",className:"subsection",children:[u.jsx("h3",{id:"add-passkey",children:"Add a passkey"}),u.jsxs("form",{onSubmit:C,noValidate:!0,children:[u.jsx(ae,{label:"Name (e.g. “Laptop”)",...c.bind("name")}),u.jsx(pe,{problem:c.problem,shown:["name"]}),c.done&&u.jsx(Le,{children:c.done}),u.jsx(Ze,{busy:c.busy,children:"Add a passkey"})]})]}),w]})}function Eb({user:o}){return u.jsxs("main",{children:[u.jsx("h1",{children:"Security"}),u.jsx(bb,{user:o}),u.jsx(wb,{}),u.jsx(gb,{})]})}const cc={"/login":{title:"Log in",render:()=>u.jsx(Pv,{})},"/register":{title:"Create an account",render:()=>u.jsx(nb,{})},"/verify":{title:"Verify your email",render:()=>u.jsx(rb,{})},"/forgot":{title:"Forgot your password",render:()=>u.jsx(db,{})},"/reset-password":{title:"Set a new password",render:()=>u.jsx(fb,{})},"/external":{title:"Signing in",render:()=>u.jsx(ob,{})}},gl={"/":{title:"Profile",render:o=>u.jsx(ib,{user:o},o.id)},"/email":{title:"Email",render:o=>u.jsx(Bm,{user:o})},"/confirm-email":{title:"Confirm your new email",render:o=>u.jsx(Bm,{user:o})},"/password":{title:"Password",render:o=>u.jsx(Ov,{user:o})},"/security":{title:"Security",render:o=>u.jsx(Eb,{user:o})},"/sessions":{title:"Sessions",render:()=>u.jsx(Mv,{})},"/activity":{title:"Security activity",render:()=>u.jsx(Hv,{})},"/delete":{title:"Delete your account",render:o=>u.jsx(zv,{user:o})}},rc={"/two-factor":"/security","/passkeys":"/security"},xb=[["/","Profile"],["/email","Email"],["/password","Password"],["/security","Security"],["/sessions","Sessions"],["/activity","Activity"],["/delete","Danger zone"]];function Ab(){return _a.logoUrl?u.jsx("img",{className:"logo",src:_a.logoUrl,alt:""}):u.jsxs("svg",{className:"logo",viewBox:"0 0 32 32","aria-hidden":"true",focusable:"false",children:[u.jsx("rect",{width:"32",height:"32",rx:"8",className:"logo-tile"}),u.jsx("circle",{cx:"16",cy:"12.5",r:"5",className:"logo-mark"}),u.jsx("path",{d:"M7.5 26c1.4-4.6 4.6-7 8.5-7s7.1 2.4 8.5 7z",className:"logo-mark"})]})}function _b({user:o}){const{setUser:f}=mt(),[d,c]=B.useState(null),g=async()=>{c(null);try{await W(Dp)}catch(j){if(!(j instanceof In&&j.code==="UNAUTHENTICATED")){const w=Bu(j);c({...w,message:`You are still logged in: ${w.message}`});return}}f(null),ft("/login")};return u.jsxs("header",{className:"topbar",children:[u.jsxs("div",{className:"topbar-inner",children:[u.jsxs(ct,{to:"/",className:"brand",children:[u.jsx(Ab,{}),u.jsx("span",{children:_a.productName})]}),u.jsx("nav",{"aria-label":"Account",children:u.jsx("ul",{children:o?u.jsxs(u.Fragment,{children:[u.jsxs("li",{className:"who",children:[u.jsx(Tc,{user:o,size:"small"}),u.jsx("span",{className:"who-name",children:o.firstName})]}),u.jsx("li",{children:u.jsx("button",{type:"button",className:"secondary small",onClick:()=>{g()},children:"Log out"})})]}):u.jsxs(u.Fragment,{children:[u.jsx("li",{children:u.jsx(ct,{to:"/login",children:"Log in"})}),u.jsx("li",{children:u.jsx(ct,{to:"/register",children:"Create an account"})})]})})})]}),o&&d&&u.jsx("div",{className:"topbar-problem",children:u.jsx(pe,{problem:d})})]})}function Rb(){return u.jsx("nav",{"aria-label":"Settings",className:"sidenav",children:u.jsx("ul",{children:xb.map(([o,f])=>u.jsx("li",{className:o==="/delete"?"danger-link":void 0,children:u.jsx(ct,{to:o,children:f})},o))})})}function jb(){const{path:o,query:f}=iv(),{user:d,loading:c}=mt(),g=B.useRef(null),j=B.useRef(!0),w=rc[o]??o,L=cc[w]??gl[w];uv(L?.title??"Page not found"),B.useEffect(()=>{if(j.current){j.current=!1;return}g.current?.focus()},[o]),B.useEffect(()=>{c||(rc[o]?ft(rc[o],!0):!d&&gl[o]?ft(o==="/"?"/login":`/login?next=${encodeURIComponent(o)}`,!0):d&&(o==="/login"||o==="/register")&&ft(vc(),!0))},[d,c,o]);let C;c||!d&&gl[w]?C=u.jsx(wi,{rows:4}):cc[w]?C=cc[w].render():d&&gl[w]?C=gl[w].render(d):C=u.jsxs("main",{className:"auth-card",children:[u.jsx("h1",{children:"Page not found"}),u.jsx("p",{children:u.jsx(ct,{to:"/",children:"Go to your account"})})]});const h=!!(d&&gl[w]);return u.jsxs(u.Fragment,{children:[u.jsx("a",{className:"skip",href:"#content",children:"Skip to the content"}),u.jsx(_b,{user:d}),u.jsxs("div",{className:h?"layout":"layout single",children:[h&&u.jsx(Rb,{}),u.jsxs("div",{id:"content",ref:g,tabIndex:-1,children:[f.get("deleted")&&o==="/login"&&u.jsx(Le,{children:"Your account was deleted."}),f.get("loggedOut")&&o==="/login"&&u.jsx(Le,{children:"You were logged out everywhere."}),C]})]})]})}eg(Ra);function Tb(){const[o,f]=B.useState(0);return B.useEffect(()=>{const d=()=>{eg(Ra)&&f(c=>c+1)};return window.addEventListener("hashchange",d),()=>window.removeEventListener("hashchange",d)},[]),u.jsx(jb,{},o)}Ny.createRoot(document.getElementById("root")).render(u.jsx(B.StrictMode,{children:u.jsx(sv,{children:u.jsx(yv,{children:u.jsx(Tb,{})})})}));
