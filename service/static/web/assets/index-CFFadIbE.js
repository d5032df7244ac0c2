var eo={exports:{}},hi={};var Am;function by(){if(Am)return hi;Am=1;var c=Symbol.for("react.transitional.element"),d=Symbol.for("react.fragment");function f(o,y,C){var A=null;if(C!==void 0&&(A=""+C),y.key!==void 0&&(A=""+y.key),"key"in y){C={};for(var M in y)M!=="key"&&(C[M]=y[M])}else C=y;return y=C.ref,{$$typeof:c,type:o,key:A,ref:y!==void 0?y:null,props:C}}return hi.Fragment=d,hi.jsx=f,hi.jsxs=f,hi}var _m;function Sy(){return _m||(_m=1,eo.exports=by()),eo.exports}var s=Sy(),to={exports:{}},P={};var Tm;function wy(){if(Tm)return P;Tm=1;var c=Symbol.for("react.transitional.element"),d=Symbol.for("react.portal"),f=Symbol.for("react.fragment"),o=Symbol.for("react.strict_mode"),y=Symbol.for("react.profiler"),C=Symbol.for("react.consumer"),A=Symbol.for("react.context"),M=Symbol.for("react.forward_ref"),R=Symbol.for("react.suspense"),p=Symbol.for("react.memo"),L=Symbol.for("react.lazy"),H=Symbol.for("react.activity"),v=Symbol.iterator;function j(g){return g===null||typeof g!="object"?null:(g=v&&g[v]||g["@@iterator"],typeof g=="function"?g:null)}var S={isMounted:function(){return!1},enqueueForceUpdate:function(){},enqueueReplaceState:function(){},enqueueSetState:function(){}},w=Object.assign,q={};function pe(g,z,B){this.props=g,this.context=z,this.refs=q,this.updater=B||S}pe.prototype.isReactComponent={},pe.prototype.setState=function(g,z){if(typeof g!="object"&&typeof g!="function"&&g!=null)throw Error("takes an object of state variables to update or a function which returns an object of state variables.");this.updater.enqueueSetState(this,g,z,"setState")},pe.prototype.forceUpdate=function(g){this.updater.enqueueForceUpdate(this,g,"forceUpdate")};function gt(){}gt.prototype=pe.prototype;function Q(g,z,B){this.props=g,this.context=z,this.refs=q,this.updater=B||S}var Z=Q.prototype=new gt;Z.constructor=Q,w(Z,pe.prototype),Z.isPureReactComponent=!0;var ze=Array.isArray;function je(){}var ae={H:null,A:null,T:null,S:null},Pe=Object.prototype.hasOwnProperty;function mt(g,z,B){var G=B.ref;return{$$typeof:c,type:g,key:z,ref:G!==void 0?G:null,props:B}}function _t(g,z){return mt(g.type,z,g.props)}function Tt(g){return typeof g=="object"&&g!==null&&g.$$typeof===c}function at(g){var z={"=":"=0",":":"=2"};return"$"+g.replace(/[=:]/g,function(B){return z[B]})}var qt=/\/+/g;function yt(g,z){return typeof g=="object"&&g!==null&&g.key!=null?at(""+g.key):z.toString(36)}function jt(g){switch(g.status){case"fulfilled":return g.value;case"rejected":throw g.reason;default:switch(typeof g.status=="string"?g.then(je,je):(g.status="pending",g.then(function(z){g.status==="pending"&&(g.status="fulfilled",g.value=z)},function(z){g.status==="pending"&&(g.status="rejected",g.reason=z)})),g.status){case"fulfilled":return g.value;case"rejected":throw g.reason}}throw g}function U(g,z,B,G,I){var te=typeof g;(te==="undefined"||te==="boolean")&&(g=null);var ge=!1;if(g===null)ge=!0;else switch(te){case"bigint":case"string":case"number":ge=!0;break;case"object":switch(g.$$typeof){case c:case d:ge=!0;break;case L:return ge=g._init,U(ge(g._payload),z,B,G,I)}}if(ge)return I=I(g),ge=G===""?"."+yt(g,0):G,ze(I)?(B="",ge!=null&&(B=ge.replace(qt,"$&/")+"/"),U(I,z,B,"",function(Kt){return Kt})):I!=null&&(Tt(I)&&(I=_t(I,B+(I.key==null||g&&g.key===I.key?"":(""+I.key).replace(qt,"$&/")+"/")+ge)),z.push(I)),1;ge=0;var ke=G===""?".":G+":";if(ze(g))for(var qe=0;qe<g.length;qe++)G=g[qe],te=ke+yt(G,qe),ge+=U(G,z,B,te,I);else if(qe=j(g),typeof qe=="function")for(g=qe.call(g),qe=0;!(G=g.next()).done;)G=G.value,te=ke+yt(G,qe++),ge+=U(G,z,B,te,I);else if(te==="object"){if(typeof g.then=="function")return U(jt(g),z,B,G,I);throw z=String(g),Error("Objects are not valid as a React child (found: "+(z==="[object Object]"?"object with keys {"+Object.keys(g).join(", ")+"}":z)+"). If you meant to render a collection of children, use an array instead.")}return ge}function V(g,z,B){if(g==null)return g;var G=[],I=0;return U(g,G,"","",function(te){return z.call(B,te,I++)}),G}function K(g){if(g._status===-1){var z=g._result;z=z(),z.then(function(B){(g._status===0||g._status===-1)&&(g._status=1,g._result=B)},function(B){(g._status===0||g._status===-1)&&(g._status=2,g._result=B)}),g._status===-1&&(g._status=0,g._result=z)}if(g._status===1)return g._result.default;throw g._result}var we=typeof reportError=="function"?reportError:function(g){if(typeof window=="object"&&typeof window.ErrorEvent=="function"){var z=new window.ErrorEvent("error",{bubbles:!0,cancelable:!0,message:typeof g=="object"&&g!==null&&typeof g.message=="string"?String(g.message):String(g),error:g});if(!window.dispatchEvent(z))return}else if(typeof process=="object"&&typeof process.emit=="function"){process.emit("uncaughtException",g);return}console.error(g)},Ae={map:V,forEach:function(g,z,B){V(g,function(){z.apply(this,arguments)},B)},count:function(g){var z=0;return V(g,function(){z++}),z},toArray:function(g){return V(g,function(z){return z})||[]},only:function(g){if(!Tt(g))throw Error("React.Children.only expected to receive a single React element child.");return g}};return P.Activity=H,P.Children=Ae,P.Component=pe,P.Fragment=f,P.Profiler=y,P.PureComponent=Q,P.StrictMode=o,P.Suspense=R,P.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE=ae,P.__COMPILER_RUNTIME={__proto__:null,c:function(g){return ae.H.useMemoCache(g)}},P.cache=function(g){return function(){return g.apply(null,arguments)}},P.cacheSignal=function(){return null},P.cloneElement=function(g,z,B){if(g==null)throw Error("The argument must be a React element, but you passed "+g+".");var G=w({},g.props),I=g.key;if(z!=null)for(te in z.key!==void 0&&(I=""+z.key),z)!Pe.call(z,te)||te==="key"||te==="__self"||te==="__source"||te==="ref"&&z.ref===void 0||(G[te]=z[te]);var te=arguments.length-2;if(te===1)G.children=B;else if(1<te){for(var ge=Array(te),ke=0;ke<te;ke++)ge[ke]=arguments[ke+2];G.children=ge}return mt(g.type,I,G)},P.createContext=function(g){return g={$$typeof:A,_currentValue:g,_currentValue2:g,_threadCount:0,Provider:null,Consumer:null},g.Provider=g,g.Consumer={$$typeof:C,_context:g},g},P.createElement=function(g,z,B){var G,I={},te=null;if(z!=null)for(G in z.key!==void 0&&(te=""+z.key),z)Pe.call(z,G)&&G!=="key"&&G!=="__self"&&G!=="__source"&&(I[G]=z[G]);var ge=arguments.length-2;if(ge===1)I.children=B;else if(1<ge){for(var ke=Array(ge),qe=0;qe<ge;qe++)ke[qe]=arguments[qe+2];I.children=ke}if(g&&g.defaultProps)for(G in ge=g.defaultProps,ge)I[G]===void 0&&(I[G]=ge[G]);return mt(g,te,I)},P.createRef=function(){return{current:null}},P.forwardRef=function(g){return{$$typeof:M,render:g}},P.isValidElement=Tt,P.lazy=function(g){return{$$typeof:L,_payload:{_status:-1,_result:g},_init:K}},P.memo=function(g,z){return{$$typeof:p,type:g,compare:z===void 0?null:z}},P.startTransition=function(g){var z=ae.T,B={};ae.T=B;try{var G=g(),I=ae.S;I!==null&&I(B,G),typeof G=="object"&&G!==null&&typeof G.then=="function"&&G.then(je,we)}catch(te){we(te)}finally{z!==null&&B.types!==null&&(z.types=B.types),ae.T=z}},P.unstable_useCacheRefresh=function(){return ae.H.useCacheRefresh()},P.use=function(g){return ae.H.use(g)},P.useActionState=function(g,z,B){return ae.H.useActionState(g,z,B)},P.useCallback=function(g,z){return ae.H.useCallback(g,z)},P.useContext=function(g){return ae.H.useContext(g)},P.useDebugValue=function(){},P.useDeferredValue=function(g,z){return ae.H.useDeferredValue(g,z)},P.useEffect=function(g,z){return ae.H.useEffect(g,z)},P.useEffectEvent=function(g){return ae.H.useEffectEvent(g)},P.useId=function(){return ae.H.useId()},P.useImperativeHandle=function(g,z,B){return ae.H.useImperativeHandle(g,z,B)},P.useInsertionEffect=function(g,z){return ae.H.useInsertionEffect(g,z)},P.useLayoutEffect=function(g,z){return ae.H.useLayoutEffect(g,z)},P.useMemo=function(g,z){return ae.H.useMemo(g,z)},P.useOptimistic=function(g,z){return ae.H.useOptimistic(g,z)},P.useReducer=function(g,z,B){return ae.H.useReducer(g,z,B)},P.useRef=function(g){return ae.H.useRef(g)},P.useState=function(g){return ae.H.useState(g)},P.useSyncExternalStore=function(g,z,B){return ae.H.useSyncExternalStore(g,z,B)},P.useTransition=function(){return ae.H.useTransition()},P.version="19.2.9",P}var jm;function ho(){return jm||(jm=1,to.exports=wy()),to.exports}var Y=ho(),no={exports:{}},gi={},ao={exports:{}},lo={};var Cm;function Ey(){return Cm||(Cm=1,(function(c){function d(U,V){var K=U.length;U.push(V);e:for(;0<K;){var we=K-1>>>1,Ae=U[we];if(0<y(Ae,V))U[we]=V,U[K]=Ae,K=we;else break e}}function f(U){return U.length===0?null:U[0]}function o(U){if(U.length===0)return null;var V=U[0],K=U.pop();if(K!==V){U[0]=K;e:for(var we=0,Ae=U.length,g=Ae>>>1;we<g;){var z=2*(we+1)-1,B=U[z],G=z+1,I=U[G];if(0>y(B,K))G<Ae&&0>y(I,B)?(U[we]=I,U[G]=K,we=G):(U[we]=B,U[z]=K,we=z);else if(G<Ae&&0>y(I,K))U[we]=I,U[G]=K,we=G;else break e}}return V}function y(U,V){var K=U.sortIndex-V.sortIndex;return K!==0?K:U.id-V.id}if(c.unstable_now=void 0,typeof performance=="object"&&typeof performance.now=="function"){var C=performance;c.unstable_now=function(){return C.now()}}else{var A=Date,M=A.now();c.unstable_now=function(){return A.now()-M}}var R=[],p=[],L=1,H=null,v=3,j=!1,S=!1,w=!1,q=!1,pe=typeof setTimeout=="function"?setTimeout:null,gt=typeof clearTimeout=="function"?clearTimeout:null,Q=typeof setImmediate<"u"?setImmediate:null;function Z(U){for(var V=f(p);V!==null;){if(V.callback===null)o(p);else if(V.startTime<=U)o(p),V.sortIndex=V.expirationTime,d(R,V);else break;V=f(p)}}function ze(U){if(w=!1,Z(U),!S)if(f(R)!==null)S=!0,je||(je=!0,at());else{var V=f(p);V!==null&&jt(ze,V.startTime-U)}}var je=!1,ae=-1,Pe=5,mt=-1;function _t(){return q?!0:!(c.unstable_now()-mt<Pe)}function Tt(){if(q=!1,je){var U=c.unstable_now();mt=U;var V=!0;try{e:{S=!1,w&&(w=!1,gt(ae),ae=-1),j=!0;var K=v;try{t:{for(Z(U),H=f(R);H!==null&&!(H.expirationTime>U&&_t());){var we=H.callback;if(typeof we=="function"){H.callback=null,v=H.priorityLevel;var Ae=we(H.expirationTime<=U);if(U=c.unstable_now(),typeof Ae=="function"){H.callback=Ae,Z(U),V=!0;break t}H===f(R)&&o(R),Z(U)}else o(R);H=f(R)}if(H!==null)V=!0;else{var g=f(p);g!==null&&jt(ze,g.startTime-U),V=!1}}break e}finally{H=null,v=K,j=!1}V=void 0}}finally{V?at():je=!1}}}var at;if(typeof Q=="function")at=function(){Q(Tt)};else if(typeof MessageChannel<"u"){var qt=new MessageChannel,yt=qt.port2;qt.port1.onmessage=Tt,at=function(){yt.postMessage(null)}}else at=function(){pe(Tt,0)};function jt(U,V){ae=pe(function(){U(c.unstable_now())},V)}c.unstable_IdlePriority=5,c.unstable_ImmediatePriority=1,c.unstable_LowPriority=4,c.unstable_NormalPriority=3,c.unstable_Profiling=null,c.unstable_UserBlockingPriority=2,c.unstable_cancelCallback=function(U){U.callback=null},c.unstable_forceFrameRate=function(U){0>U||125<U?console.error("forceFrameRate takes a positive int between 0 and 125, forcing frame rates higher than 125 fps is not supported"):Pe=0<U?Math.floor(1e3/U):5},c.unstable_getCurrentPriorityLevel=function(){return v},c.unstable_next=function(U){switch(v){case 1:case 2:case 3:var V=3;break;default:V=v}var K=v;v=V;try{return U()}finally{v=K}},c.unstable_requestPaint=function(){q=!0},c.unstable_runWithPriority=function(U,V){switch(U){case 1:case 2:case 3:case 4:case 5:break;default:U=3}var K=v;v=U;try{return V()}finally{v=K}},c.unstable_scheduleCallback=function(U,V,K){var we=c.unstable_now();switch(typeof K=="object"&&K!==null?(K=K.delay,K=typeof K=="number"&&0<K?we+K:we):K=we,U){case 1:var Ae=-1;break;case 2:Ae=250;break;case 5:Ae=1073741823;break;case 4:Ae=1e4;break;default:Ae=5e3}return Ae=K+Ae,U={id:L++,callback:V,priorityLevel:U,startTime:K,expirationTime:Ae,sortIndex:-1},K>we?(U.sortIndex=K,d(p,U),f(R)===null&&U===f(p)&&(w?(gt(ae),ae=-1):w=!0,jt(ze,K-we))):(U.sortIndex=Ae,d(R,U),S||j||(S=!0,je||(je=!0,at()))),U},c.unstable_shouldYield=_t,c.unstable_wrapCallback=function(U){var V=v;return function(){var K=v;v=V;try{return U.apply(this,arguments)}finally{v=K}}}})(lo)),lo}var Rm;function xy(){return Rm||(Rm=1,ao.exports=Ey()),ao.exports}var io={exports:{}},rt={};var Um;function Ay(){if(Um)return rt;Um=1;var c=ho();function d(R){var p="https://react.dev/errors/"+R;if(1<arguments.length){p+="?args[]="+encodeURIComponent(arguments[1]);for(var L=2;L<arguments.length;L++)p+="&args[]="+encodeURIComponent(arguments[L])}return"Minified React error #"+R+"; visit "+p+" for the full message or use the non-minified dev environment for full errors and additional helpful warnings."}function f(){}var o={d:{f,r:function(){throw Error(d(522))},D:f,C:f,L:f,m:f,X:f,S:f,M:f},p:0,findDOMNode:null},y=Symbol.for("react.portal");function C(R,p,L){var H=3<arguments.length&&arguments[3]!==void 0?arguments[3]:null;return{$$typeof:y,key:H==null?null:""+H,children:R,containerInfo:p,implementation:L}}var A=c.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;function M(R,p){if(R==="font")return"";if(typeof p=="string")return p==="use-credentials"?p:""}return rt.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE=o,rt.createPortal=function(R,p){var L=2<arguments.length&&arguments[2]!==void 0?arguments[2]:null;if(!p||p.nodeType!==1&&p.nodeType!==9&&p.nodeType!==11)throw Error(d(299));return C(R,p,null,L)},rt.flushSync=function(R){var p=A.T,L=o.p;try{if(A.T=null,o.p=2,R)return R()}finally{A.T=p,o.p=L,o.d.f()}},rt.preconnect=function(R,p){typeof R=="string"&&(p?(p=p.crossOrigin,p=typeof p=="string"?p==="use-credentials"?p:"":void 0):p=null,o.d.C(R,p))},rt.prefetchDNS=function(R){typeof R=="string"&&o.d.D(R)},rt.preinit=function(R,p){if(typeof R=="string"&&p&&typeof p.as=="string"){var L=p.as,H=M(L,p.crossOrigin),v=typeof p.integrity=="string"?p.integrity:void 0,j=typeof p.fetchPriority=="string"?p.fetchPriority:void 0;L==="style"?o.d.S(R,typeof p.precedence=="string"?p.precedence:void 0,{crossOrigin:H,integrity:v,fetchPriority:j}):L==="script"&&o.d.X(R,{crossOrigin:H,integrity:v,fetchPriority:j,nonce:typeof p.nonce=="string"?p.nonce:void 0})}},rt.preinitModule=function(R,p){if(typeof R=="string")if(typeof p=="object"&&p!==null){if(p.as==null||p.as==="script"){var L=M(p.as,p.crossOrigin);o.d.M(R,{crossOrigin:L,integrity:typeof p.integrity=="string"?p.integrity:void 0,nonce:typeof p.nonce=="string"?p.nonce:void 0})}}else p==null&&o.d.M(R)},rt.preload=function(R,p){if(typeof R=="string"&&typeof p=="object"&&p!==null&&typeof p.as=="string"){var L=p.as,H=M(L,p.crossOrigin);o.d.L(R,L,{crossOrigin:H,integrity:typeof p.integrity=="string"?p.integrity:void 0,nonce:typeof p.nonce=="string"?p.nonce:void 0,type:typeof p.type=="string"?p.type:void 0,fetchPriority:typeof p.fetchPriority=="string"?p.fetchPriority:void 0,referrerPolicy:typeof p.referrerPolicy=="string"?p.referrerPolicy:void 0,imageSrcSet:typeof p.imageSrcSet=="string"?p.imageSrcSet:void 0,imageSizes:typeof p.imageSizes=="string"?p.imageSizes:void 0,media:typeof p.media=="string"?p.media:void 0})}},rt.preloadModule=function(R,p){if(typeof R=="string")if(p){var L=M(p.as,p.crossOrigin);o.d.m(R,{as:typeof p.as=="string"&&p.as!=="script"?p.as:void 0,crossOrigin:L,integrity:typeof p.integrity=="string"?p.integrity:void 0})}else o.d.m(R)},rt.requestFormReset=function(R){o.d.r(R)},rt.unstable_batchedUpdates=function(R,p){return R(p)},rt.useFormState=function(R,p,L){return A.H.useFormState(R,p,L)},rt.useFormStatus=function(){return A.H.useHostTransitionStatus()},rt.version="19.2.9",rt}var Om;function _y(){if(Om)return io.exports;Om=1;function c(){if(!(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__>"u"||typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE!="function"))try{__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(c)}catch(d){console.error(d)}}return c(),io.exports=Ay(),io.exports}var Nm;function Ty(){if(Nm)return gi;Nm=1;var c=xy(),d=ho(),f=_y();function o(e){var t="https://react.dev/errors/"+e;if(1<arguments.length){t+="?args[]="+encodeURIComponent(arguments[1]);for(var n=2;n<arguments.length;n++)t+="&args[]="+encodeURIComponent(arguments[n])}return"Minified React error #"+e+"; visit "+t+" for the full message or use the non-minified dev environment for full errors and additional helpful warnings."}function y(e){return!(!e||e.nodeType!==1&&e.nodeType!==9&&e.nodeType!==11)}function C(e){var t=e,n=e;if(e.alternate)for(;t.return;)t=t.return;else{e=t;do t=e,(t.flags&4098)!==0&&(n=t.return),e=t.return;while(e)}return t.tag===3?n:null}function A(e){if(e.tag===13){var t=e.memoizedState;if(t===null&&(e=e.alternate,e!==null&&(t=e.memoizedState)),t!==null)return t.dehydrated}return null}function M(e){if(e.tag===31){var t=e.memoizedState;if(t===null&&(e=e.alternate,e!==null&&(t=e.memoizedState)),t!==null)return t.dehydrated}return null}function R(e){if(C(e)!==e)throw Error(o(188))}function p(e){var t=e.alternate;if(!t){if(t=C(e),t===null)throw Error(o(188));return t!==e?null:e}for(var n=e,a=t;;){var l=n.return;if(l===null)break;var i=l.alternate;if(i===null){if(a=l.return,a!==null){n=a;continue}break}if(l.child===i.child){for(i=l.child;i;){if(i===n)return R(l),e;if(i===a)return R(l),t;i=i.sibling}throw Error(o(188))}if(n.return!==a.return)n=l,a=i;else{for(var u=!1,r=l.child;r;){if(r===n){u=!0,n=l,a=i;break}if(r===a){u=!0,a=l,n=i;break}r=r.sibling}if(!u){for(r=i.child;r;){if(r===n){u=!0,n=i,a=l;break}if(r===a){u=!0,a=i,n=l;break}r=r.sibling}if(!u)throw Error(o(189))}}if(n.alternate!==a)throw Error(o(190))}if(n.tag!==3)throw Error(o(188));return n.stateNode.current===n?e:t}function L(e){var t=e.tag;if(t===5||t===26||t===27||t===6)return e;for(e=e.child;e!==null;){if(t=L(e),t!==null)return t;e=e.sibling}return null}var H=Object.assign,v=Symbol.for("react.element"),j=Symbol.for("react.transitional.element"),S=Symbol.for("react.portal"),w=Symbol.for("react.fragment"),q=Symbol.for("react.strict_mode"),pe=Symbol.for("react.profiler"),gt=Symbol.for("react.consumer"),Q=Symbol.for("react.context"),Z=Symbol.for("react.forward_ref"),ze=Symbol.for("react.suspense"),je=Symbol.for("react.suspense_list"),ae=Symbol.for("react.memo"),Pe=Symbol.for("react.lazy"),mt=Symbol.for("react.activity"),_t=Symbol.for("react.memo_cache_sentinel"),Tt=Symbol.iterator;function at(e){return e===null||typeof e!="object"?null:(e=Tt&&e[Tt]||e["@@iterator"],typeof e=="function"?e:null)}var qt=Symbol.for("react.client.reference");function yt(e){if(e==null)return null;if(typeof e=="function")return e.$$typeof===qt?null:e.displayName||e.name||null;if(typeof e=="string")return e;switch(e){case w:return"Fragment";case pe:return"Profiler";case q:return"StrictMode";case ze:return"Suspense";case je:return"SuspenseList";case mt:return"Activity"}if(typeof e=="object")switch(e.$$typeof){case S:return"Portal";case Q:return e.displayName||"Context";case gt:return(e._context.displayName||"Context")+".Consumer";case Z:var t=e.render;return e=e.displayName,e||(e=t.displayName||t.name||"",e=e!==""?"ForwardRef("+e+")":"ForwardRef"),e;case ae:return t=e.displayName||null,t!==null?t:yt(e.type)||"Memo";case Pe:t=e._payload,e=e._init;try{return yt(e(t))}catch{}}return null}var jt=Array.isArray,U=d.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,V=f.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,K={pending:!1,data:null,method:null,action:null},we=[],Ae=-1;function g(e){return{current:e}}function z(e){0>Ae||(e.current=we[Ae],we[Ae]=null,Ae--)}function B(e,t){Ae++,we[Ae]=e.current,e.current=t}var G=g(null),I=g(null),te=g(null),ge=g(null);function ke(e,t){switch(B(te,t),B(I,e),B(G,null),t.nodeType){case 9:case 11:e=(e=t.documentElement)&&(e=e.namespaceURI)?Jd(e):0;break;default:if(e=t.tagName,t=t.namespaceURI)t=Jd(t),e=Kd(t,e);else switch(e){case"svg":e=1;break;case"math":e=2;break;default:e=0}}z(G),B(G,e)}function qe(){z(G),z(I),z(te)}function Kt(e){e.memoizedState!==null&&B(ge,e);var t=G.current,n=Kd(t,e.type);t!==n&&(B(I,e),B(G,n))}function xn(e){I.current===e&&(z(G),z(I)),ge.current===e&&(z(ge),ri._currentValue=K)}var In,vl;function It(e){if(In===void 0)try{throw Error()}catch(n){var t=n.stack.trim().match(/\n( *(at )?)/);In=t&&t[1]||"",vl=-1<n.stack.indexOf(`
    at`)?" (<anonymous>)":-1<n.stack.indexOf("@")?"@unknown:0:0":""}return`
`+In+e+vl}var Ta=!1;function ja(e,t){if(!e||Ta)return"";Ta=!0;var n=Error.prepareStackTrace;Error.prepareStackTrace=void 0;try{var a={DetermineComponentFrameRoot:function(){try{if(t){var D=function(){throw Error()};if(Object.defineProperty(D.prototype,"props",{set:function(){throw Error()}}),typeof Reflect=="object"&&Reflect.construct){try{Reflect.construct(D,[])}catch(T){var _=T}Reflect.construct(e,[],D)}else{try{D.call()}catch(T){_=T}e.call(D.prototype)}}else{try{throw Error()}catch(T){_=T}(D=e())&&typeof D.catch=="function"&&D.catch(function(){})}}catch(T){if(T&&_&&typeof T.stack=="string")return[T.stack,_.stack]}return[null,null]}};a.DetermineComponentFrameRoot.displayName="DetermineComponentFrameRoot";var l=Object.getOwnPropertyDescriptor(a.DetermineComponentFrameRoot,"name");l&&l.configurable&&Object.defineProperty(a.DetermineComponentFrameRoot,"name",{value:"DetermineComponentFrameRoot"});var i=a.DetermineComponentFrameRoot(),u=i[0],r=i[1];if(u&&r){var m=u.split(`
`),x=r.split(`
`);for(l=a=0;a<m.length&&!m[a].includes("DetermineComponentFrameRoot");)a++;for(;l<x.length&&!x[l].includes("DetermineComponentFrameRoot");)l++;if(a===m.length||l===x.length)for(a=m.length-1,l=x.length-1;1<=a&&0<=l&&m[a]!==x[l];)l--;for(;1<=a&&0<=l;a--,l--)if(m[a]!==x[l]){if(a!==1||l!==1)do if(a--,l--,0>l||m[a]!==x[l]){var O=`
`+m[a].replace(" at new "," at ");return e.displayName&&O.includes("<anonymous>")&&(O=O.replace("<anonymous>",e.displayName)),O}while(1<=a&&0<=l);break}}}finally{Ta=!1,Error.prepareStackTrace=n}return(n=e?e.displayName||e.name:"")?It(n):""}function Bu(e,t){switch(e.tag){case 26:case 27:case 5:return It(e.type);case 16:return It("Lazy");case 13:return e.child!==t&&t!==null?It("Suspense Fallback"):It("Suspense");case 19:return It("SuspenseList");case 0:case 15:return ja(e.type,!1);case 11:return ja(e.type.render,!1);case 1:return ja(e.type,!0);case 31:return It("Activity");default:return""}}function Pn(e){try{var t="",n=null;do t+=Bu(e,n),n=e,e=e.return;while(e);return t}catch(a){return`
Error generating stack: `+a.message+`
`+a.stack}}var Ca=Object.prototype.hasOwnProperty,an=c.unstable_scheduleCallback,bl=c.unstable_cancelCallback,Sl=c.unstable_shouldYield,ea=c.unstable_requestPaint,We=c.unstable_now,Yu=c.unstable_getCurrentPriorityLevel,wl=c.unstable_ImmediatePriority,El=c.unstable_UserBlockingPriority,ot=c.unstable_NormalPriority,An=c.unstable_LowPriority,ta=c.unstable_IdlePriority,se=c.log,ye=c.unstable_setDisableYieldValue,F=null,ie=null;function et(e){if(typeof se=="function"&&ye(e),ie&&typeof ie.setStrictMode=="function")try{ie.setStrictMode(F,e)}catch{}}var Le=Math.clz32?Math.clz32:Lt,ve=Math.log,W=Math.LN2;function Lt(e){return e>>>=0,e===0?32:31-(ve(e)/W|0)|0}var _n=256,na=262144,wi=4194304;function aa(e){var t=e&42;if(t!==0)return t;switch(e&-e){case 1:return 1;case 2:return 2;case 4:return 4;case 8:return 8;case 16:return 16;case 32:return 32;case 64:return 64;case 128:return 128;case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:return e&261888;case 262144:case 524288:case 1048576:case 2097152:return e&3932160;case 4194304:case 8388608:case 16777216:case 33554432:return e&62914560;case 67108864:return 67108864;case 134217728:return 134217728;case 268435456:return 268435456;case 536870912:return 536870912;case 1073741824:return 0;default:return e}}function Ei(e,t,n){var a=e.pendingLanes;if(a===0)return 0;var l=0,i=e.suspendedLanes,u=e.pingedLanes;e=e.warmLanes;var r=a&134217727;return r!==0?(a=r&~i,a!==0?l=aa(a):(u&=r,u!==0?l=aa(u):n||(n=r&~e,n!==0&&(l=aa(n))))):(r=a&~i,r!==0?l=aa(r):u!==0?l=aa(u):n||(n=a&~e,n!==0&&(l=aa(n)))),l===0?0:t!==0&&t!==l&&(t&i)===0&&(i=l&-l,n=t&-t,i>=n||i===32&&(n&4194048)!==0)?t:l}function xl(e,t){return(e.pendingLanes&~(e.suspendedLanes&~e.pingedLanes)&t)===0}function uh(e,t){switch(e){case 1:case 2:case 4:case 8:case 64:return t+250;case 16:case 32:case 128:case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:return t+5e3;case 4194304:case 8388608:case 16777216:case 33554432:return-1;case 67108864:case 134217728:case 268435456:case 536870912:case 1073741824:return-1;default:return-1}}function jo(){var e=wi;return wi<<=1,(wi&62914560)===0&&(wi=4194304),e}function Gu(e){for(var t=[],n=0;31>n;n++)t.push(e);return t}function Al(e,t){e.pendingLanes|=t,t!==268435456&&(e.suspendedLanes=0,e.pingedLanes=0,e.warmLanes=0)}function sh(e,t,n,a,l,i){var u=e.pendingLanes;e.pendingLanes=n,e.suspendedLanes=0,e.pingedLanes=0,e.warmLanes=0,e.expiredLanes&=n,e.entangledLanes&=n,e.errorRecoveryDisabledLanes&=n,e.shellSuspendCounter=0;var r=e.entanglements,m=e.expirationTimes,x=e.hiddenUpdates;for(n=u&~n;0<n;){var O=31-Le(n),D=1<<O;r[O]=0,m[O]=-1;var _=x[O];if(_!==null)for(x[O]=null,O=0;O<_.length;O++){var T=_[O];T!==null&&(T.lane&=-536870913)}n&=~D}a!==0&&Co(e,a,0),i!==0&&l===0&&e.tag!==0&&(e.suspendedLanes|=i&~(u&~t))}function Co(e,t,n){e.pendingLanes|=t,e.suspendedLanes&=~t;var a=31-Le(t);e.entangledLanes|=t,e.entanglements[a]=e.entanglements[a]|1073741824|n&261930}function Ro(e,t){var n=e.entangledLanes|=t;for(e=e.entanglements;n;){var a=31-Le(n),l=1<<a;l&t|e[a]&t&&(e[a]|=t),n&=~l}}function Uo(e,t){var n=t&-t;return n=(n&42)!==0?1:ku(n),(n&(e.suspendedLanes|t))!==0?0:n}function ku(e){switch(e){case 2:e=1;break;case 8:e=4;break;case 32:e=16;break;case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:case 4194304:case 8388608:case 16777216:case 33554432:e=128;break;case 268435456:e=134217728;break;default:e=0}return e}function Xu(e){return e&=-e,2<e?8<e?(e&134217727)!==0?32:268435456:8:2}function Oo(){var e=V.p;return e!==0?e:(e=window.event,e===void 0?32:pm(e.type))}function No(e,t){var n=V.p;try{return V.p=e,t()}finally{V.p=n}}var Tn=Math.random().toString(36).slice(2),lt="__reactFiber$"+Tn,pt="__reactProps$"+Tn,Ra="__reactContainer$"+Tn,Qu="__reactEvents$"+Tn,ch="__reactListeners$"+Tn,oh="__reactHandles$"+Tn,zo="__reactResources$"+Tn,_l="__reactMarker$"+Tn;function Zu(e){delete e[lt],delete e[pt],delete e[Qu],delete e[ch],delete e[oh]}function Ua(e){var t=e[lt];if(t)return t;for(var n=e.parentNode;n;){if(t=n[Ra]||n[lt]){if(n=t.alternate,t.child!==null||n!==null&&n.child!==null)for(e=tm(e);e!==null;){if(n=e[lt])return n;e=tm(e)}return t}e=n,n=e.parentNode}return null}function Oa(e){if(e=e[lt]||e[Ra]){var t=e.tag;if(t===5||t===6||t===13||t===31||t===26||t===27||t===3)return e}return null}function Tl(e){var t=e.tag;if(t===5||t===26||t===27||t===6)return e.stateNode;throw Error(o(33))}function Na(e){var t=e[zo];return t||(t=e[zo]={hoistableStyles:new Map,hoistableScripts:new Map}),t}function tt(e){e[_l]=!0}var Do=new Set,Mo={};function la(e,t){za(e,t),za(e+"Capture",t)}function za(e,t){for(Mo[e]=t,e=0;e<t.length;e++)Do.add(t[e])}var rh=RegExp("^[:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD][:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$"),qo={},Lo={};function fh(e){return Ca.call(Lo,e)?!0:Ca.call(qo,e)?!1:rh.test(e)?Lo[e]=!0:(qo[e]=!0,!1)}function xi(e,t,n){if(fh(t))if(n===null)e.removeAttribute(t);else{switch(typeof n){case"undefined":case"function":case"symbol":e.removeAttribute(t);return;case"boolean":var a=t.toLowerCase().slice(0,5);if(a!=="data-"&&a!=="aria-"){e.removeAttribute(t);return}}e.setAttribute(t,""+n)}}function Ai(e,t,n){if(n===null)e.removeAttribute(t);else{switch(typeof n){case"undefined":case"function":case"symbol":case"boolean":e.removeAttribute(t);return}e.setAttribute(t,""+n)}}function ln(e,t,n,a){if(a===null)e.removeAttribute(n);else{switch(typeof a){case"undefined":case"function":case"symbol":case"boolean":e.removeAttribute(n);return}e.setAttributeNS(t,n,""+a)}}function Ht(e){switch(typeof e){case"bigint":case"boolean":case"number":case"string":case"undefined":return e;case"object":return e;default:return""}}function Ho(e){var t=e.type;return(e=e.nodeName)&&e.toLowerCase()==="input"&&(t==="checkbox"||t==="radio")}function dh(e,t,n){var a=Object.getOwnPropertyDescriptor(e.constructor.prototype,t);if(!e.hasOwnProperty(t)&&typeof a<"u"&&typeof a.get=="function"&&typeof a.set=="function"){var l=a.get,i=a.set;return Object.defineProperty(e,t,{configurable:!0,get:function(){return l.call(this)},set:function(u){n=""+u,i.call(this,u)}}),Object.defineProperty(e,t,{enumerable:a.enumerable}),{getValue:function(){return n},setValue:function(u){n=""+u},stopTracking:function(){e._valueTracker=null,delete e[t]}}}}function Ju(e){if(!e._valueTracker){var t=Ho(e)?"checked":"value";e._valueTracker=dh(e,t,""+e[t])}}function Vo(e){if(!e)return!1;var t=e._valueTracker;if(!t)return!0;var n=t.getValue(),a="";return e&&(a=Ho(e)?e.checked?"true":"false":e.value),e=a,e!==n?(t.setValue(e),!0):!1}function _i(e){if(e=e||(typeof document<"u"?document:void 0),typeof e>"u")return null;try{return e.activeElement||e.body}catch{return e.body}}var mh=/[\n"\\]/g;function Vt(e){return e.replace(mh,function(t){return"\\"+t.charCodeAt(0).toString(16)+" "})}function Ku(e,t,n,a,l,i,u,r){e.name="",u!=null&&typeof u!="function"&&typeof u!="symbol"&&typeof u!="boolean"?e.type=u:e.removeAttribute("type"),t!=null?u==="number"?(t===0&&e.value===""||e.value!=t)&&(e.value=""+Ht(t)):e.value!==""+Ht(t)&&(e.value=""+Ht(t)):u!=="submit"&&u!=="reset"||e.removeAttribute("value"),t!=null?$u(e,u,Ht(t)):n!=null?$u(e,u,Ht(n)):a!=null&&e.removeAttribute("value"),l==null&&i!=null&&(e.defaultChecked=!!i),l!=null&&(e.checked=l&&typeof l!="function"&&typeof l!="symbol"),r!=null&&typeof r!="function"&&typeof r!="symbol"&&typeof r!="boolean"?e.name=""+Ht(r):e.removeAttribute("name")}function Bo(e,t,n,a,l,i,u,r){if(i!=null&&typeof i!="function"&&typeof i!="symbol"&&typeof i!="boolean"&&(e.type=i),t!=null||n!=null){if(!(i!=="submit"&&i!=="reset"||t!=null)){Ju(e);return}n=n!=null?""+Ht(n):"",t=t!=null?""+Ht(t):n,r||t===e.value||(e.value=t),e.defaultValue=t}a=a??l,a=typeof a!="function"&&typeof a!="symbol"&&!!a,e.checked=r?e.checked:!!a,e.defaultChecked=!!a,u!=null&&typeof u!="function"&&typeof u!="symbol"&&typeof u!="boolean"&&(e.name=u),Ju(e)}function $u(e,t,n){t==="number"&&_i(e.ownerDocument)===e||e.defaultValue===""+n||(e.defaultValue=""+n)}function Da(e,t,n,a){if(e=e.options,t){t={};for(var l=0;l<n.length;l++)t["$"+n[l]]=!0;for(n=0;n<e.length;n++)l=t.hasOwnProperty("$"+e[n].value),e[n].selected!==l&&(e[n].selected=l),l&&a&&(e[n].defaultSelected=!0)}else{for(n=""+Ht(n),t=null,l=0;l<e.length;l++){if(e[l].value===n){e[l].selected=!0,a&&(e[l].defaultSelected=!0);return}t!==null||e[l].disabled||(t=e[l])}t!==null&&(t.selected=!0)}}function Yo(e,t,n){if(t!=null&&(t=""+Ht(t),t!==e.value&&(e.value=t),n==null)){e.defaultValue!==t&&(e.defaultValue=t);return}e.defaultValue=n!=null?""+Ht(n):""}function Go(e,t,n,a){if(t==null){if(a!=null){if(n!=null)throw Error(o(92));if(jt(a)){if(1<a.length)throw Error(o(93));a=a[0]}n=a}n==null&&(n=""),t=n}n=Ht(t),e.defaultValue=n,a=e.textContent,a===n&&a!==""&&a!==null&&(e.value=a),Ju(e)}function Ma(e,t){if(t){var n=e.firstChild;if(n&&n===e.lastChild&&n.nodeType===3){n.nodeValue=t;return}}e.textContent=t}var hh=new Set("animationIterationCount aspectRatio borderImageOutset borderImageSlice borderImageWidth boxFlex boxFlexGroup boxOrdinalGroup columnCount columns flex flexGrow flexPositive flexShrink flexNegative flexOrder gridArea gridRow gridRowEnd gridRowSpan gridRowStart gridColumn gridColumnEnd gridColumnSpan gridColumnStart fontWeight lineClamp lineHeight opacity order orphans scale tabSize widows zIndex zoom fillOpacity floodOpacity stopOpacity strokeDasharray strokeDashoffset strokeMiterlimit strokeOpacity strokeWidth MozAnimationIterationCount MozBoxFlex MozBoxFlexGroup MozLineClamp msAnimationIterationCount msFlex msZoom msFlexGrow msFlexNegative msFlexOrder msFlexPositive msFlexShrink msGridColumn msGridColumnSpan msGridRow msGridRowSpan WebkitAnimationIterationCount WebkitBoxFlex WebKitBoxFlexGroup WebkitBoxOrdinalGroup WebkitColumnCount WebkitColumns WebkitFlex WebkitFlexGrow WebkitFlexPositive WebkitFlexShrink WebkitLineClamp".split(" "));function ko(e,t,n){var a=t.indexOf("--")===0;n==null||typeof n=="boolean"||n===""?a?e.setProperty(t,""):t==="float"?e.cssFloat="":e[t]="":a?e.setProperty(t,n):typeof n!="number"||n===0||hh.has(t)?t==="float"?e.cssFloat=n:e[t]=(""+n).trim():e[t]=n+"px"}function Xo(e,t,n){if(t!=null&&typeof t!="object")throw Error(o(62));if(e=e.style,n!=null){for(var a in n)!n.hasOwnProperty(a)||t!=null&&t.hasOwnProperty(a)||(a.indexOf("--")===0?e.setProperty(a,""):a==="float"?e.cssFloat="":e[a]="");for(var l in t)a=t[l],t.hasOwnProperty(l)&&n[l]!==a&&ko(e,l,a)}else for(var i in t)t.hasOwnProperty(i)&&ko(e,i,t[i])}function Fu(e){if(e.indexOf("-")===-1)return!1;switch(e){case"annotation-xml":case"color-profile":case"font-face":case"font-face-src":case"font-face-uri":case"font-face-format":case"font-face-name":case"missing-glyph":return!1;default:return!0}}var gh=new Map([["acceptCharset","accept-charset"],["htmlFor","for"],["httpEquiv","http-equiv"],["crossOrigin","crossorigin"],["accentHeight","accent-height"],["alignmentBaseline","alignment-baseline"],["arabicForm","arabic-form"],["baselineShift","baseline-shift"],["capHeight","cap-height"],["clipPath","clip-path"],["clipRule","clip-rule"],["colorInterpolation","color-interpolation"],["colorInterpolationFilters","color-interpolation-filters"],["colorProfile","color-profile"],["colorRendering","color-rendering"],["dominantBaseline","dominant-baseline"],["enableBackground","enable-background"],["fillOpacity","fill-opacity"],["fillRule","fill-rule"],["floodColor","flood-color"],["floodOpacity","flood-opacity"],["fontFamily","font-family"],["fontSize","font-size"],["fontSizeAdjust","font-size-adjust"],["fontStretch","font-stretch"],["fontStyle","font-style"],["fontVariant","font-variant"],["fontWeight","font-weight"],["glyphName","glyph-name"],["glyphOrientationHorizontal","glyph-orientation-horizontal"],["glyphOrientationVertical","glyph-orientation-vertical"],["horizAdvX","horiz-adv-x"],["horizOriginX","horiz-origin-x"],["imageRendering","image-rendering"],["letterSpacing","letter-spacing"],["lightingColor","lighting-color"],["markerEnd","marker-end"],["markerMid","marker-mid"],["markerStart","marker-start"],["overlinePosition","overline-position"],["overlineThickness","overline-thickness"],["paintOrder","paint-order"],["panose-1","panose-1"],["pointerEvents","pointer-events"],["renderingIntent","rendering-intent"],["shapeRendering","shape-rendering"],["stopColor","stop-color"],["stopOpacity","stop-opacity"],["strikethroughPosition","strikethrough-position"],["strikethroughThickness","strikethrough-thickness"],["strokeDasharray","stroke-dasharray"],["strokeDashoffset","stroke-dashoffset"],["strokeLinecap","stroke-linecap"],["strokeLinejoin","stroke-linejoin"],["strokeMiterlimit","stroke-miterlimit"],["strokeOpacity","stroke-opacity"],["strokeWidth","stroke-width"],["textAnchor","text-anchor"],["textDecoration","text-decoration"],["textRendering","text-rendering"],["transformOrigin","transform-origin"],["underlinePosition","underline-position"],["underlineThickness","underline-thickness"],["unicodeBidi","unicode-bidi"],["unicodeRange","unicode-range"],["unitsPerEm","units-per-em"],["vAlphabetic","v-alphabetic"],["vHanging","v-hanging"],["vIdeographic","v-ideographic"],["vMathematical","v-mathematical"],["vectorEffect","vector-effect"],["vertAdvY","vert-adv-y"],["vertOriginX","vert-origin-x"],["vertOriginY","vert-origin-y"],["wordSpacing","word-spacing"],["writingMode","writing-mode"],["xmlnsXlink","xmlns:xlink"],["xHeight","x-height"]]),yh=/^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i;function Ti(e){return yh.test(""+e)?"javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')":e}function un(){}var Wu=null;function Iu(e){return e=e.target||e.srcElement||window,e.correspondingUseElement&&(e=e.correspondingUseElement),e.nodeType===3?e.parentNode:e}var qa=null,La=null;function Qo(e){var t=Oa(e);if(t&&(e=t.stateNode)){var n=e[pt]||null;e:switch(e=t.stateNode,t.type){case"input":if(Ku(e,n.value,n.defaultValue,n.defaultValue,n.checked,n.defaultChecked,n.type,n.name),t=n.name,n.type==="radio"&&t!=null){for(n=e;n.parentNode;)n=n.parentNode;for(n=n.querySelectorAll('input[name="'+Vt(""+t)+'"][type="radio"]'),t=0;t<n.length;t++){var a=n[t];if(a!==e&&a.form===e.form){var l=a[pt]||null;if(!l)throw Error(o(90));Ku(a,l.value,l.defaultValue,l.defaultValue,l.checked,l.defaultChecked,l.type,l.name)}}for(t=0;t<n.length;t++)a=n[t],a.form===e.form&&Vo(a)}break e;case"textarea":Yo(e,n.value,n.defaultValue);break e;case"select":t=n.value,t!=null&&Da(e,!!n.multiple,t,!1)}}}var Pu=!1;function Zo(e,t,n){if(Pu)return e(t,n);Pu=!0;try{var a=e(t);return a}finally{if(Pu=!1,(qa!==null||La!==null)&&(mu(),qa&&(t=qa,e=La,La=qa=null,Qo(t),e)))for(t=0;t<e.length;t++)Qo(e[t])}}function jl(e,t){var n=e.stateNode;if(n===null)return null;var a=n[pt]||null;if(a===null)return null;n=a[t];e:switch(t){case"onClick":case"onClickCapture":case"onDoubleClick":case"onDoubleClickCapture":case"onMouseDown":case"onMouseDownCapture":case"onMouseMove":case"onMouseMoveCapture":case"onMouseUp":case"onMouseUpCapture":case"onMouseEnter":(a=!a.disabled)||(e=e.type,a=!(e==="button"||e==="input"||e==="select"||e==="textarea")),e=!a;break e;default:e=!1}if(e)return null;if(n&&typeof n!="function")throw Error(o(231,t,typeof n));return n}var sn=!(typeof window>"u"||typeof window.document>"u"||typeof window.document.createElement>"u"),es=!1;if(sn)try{var Cl={};Object.defineProperty(Cl,"passive",{get:function(){es=!0}}),window.addEventListener("test",Cl,Cl),window.removeEventListener("test",Cl,Cl)}catch{es=!1}var jn=null,ts=null,ji=null;function Jo(){if(ji)return ji;var e,t=ts,n=t.length,a,l="value"in jn?jn.value:jn.textContent,i=l.length;for(e=0;e<n&&t[e]===l[e];e++);var u=n-e;for(a=1;a<=u&&t[n-a]===l[i-a];a++);return ji=l.slice(e,1<a?1-a:void 0)}function Ci(e){var t=e.keyCode;return"charCode"in e?(e=e.charCode,e===0&&t===13&&(e=13)):e=t,e===10&&(e=13),32<=e||e===13?e:0}function Ri(){return!0}function Ko(){return!1}function vt(e){function t(n,a,l,i,u){this._reactName=n,this._targetInst=l,this.type=a,this.nativeEvent=i,this.target=u,this.currentTarget=null;for(var r in e)e.hasOwnProperty(r)&&(n=e[r],this[r]=n?n(i):i[r]);return this.isDefaultPrevented=(i.defaultPrevented!=null?i.defaultPrevented:i.returnValue===!1)?Ri:Ko,this.isPropagationStopped=Ko,this}return H(t.prototype,{preventDefault:function(){this.defaultPrevented=!0;var n=this.nativeEvent;n&&(n.preventDefault?n.preventDefault():typeof n.returnValue!="unknown"&&(n.returnValue=!1),this.isDefaultPrevented=Ri)},stopPropagation:function(){var n=this.nativeEvent;n&&(n.stopPropagation?n.stopPropagation():typeof n.cancelBubble!="unknown"&&(n.cancelBubble=!0),this.isPropagationStopped=Ri)},persist:function(){},isPersistent:Ri}),t}var ia={eventPhase:0,bubbles:0,cancelable:0,timeStamp:function(e){return e.timeStamp||Date.now()},defaultPrevented:0,isTrusted:0},Ui=vt(ia),Rl=H({},ia,{view:0,detail:0}),ph=vt(Rl),ns,as,Ul,Oi=H({},Rl,{screenX:0,screenY:0,clientX:0,clientY:0,pageX:0,pageY:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,getModifierState:is,button:0,buttons:0,relatedTarget:function(e){return e.relatedTarget===void 0?e.fromElement===e.srcElement?e.toElement:e.fromElement:e.relatedTarget},movementX:function(e){return"movementX"in e?e.movementX:(e!==Ul&&(Ul&&e.type==="mousemove"?(ns=e.screenX-Ul.screenX,as=e.screenY-Ul.screenY):as=ns=0,Ul=e),ns)},movementY:function(e){return"movementY"in e?e.movementY:as}}),$o=vt(Oi),vh=H({},Oi,{dataTransfer:0}),bh=vt(vh),Sh=H({},Rl,{relatedTarget:0}),ls=vt(Sh),wh=H({},ia,{animationName:0,elapsedTime:0,pseudoElement:0}),Eh=vt(wh),xh=H({},ia,{clipboardData:function(e){return"clipboardData"in e?e.clipboardData:window.clipboardData}}),Ah=vt(xh),_h=H({},ia,{data:0}),Fo=vt(_h),Th={Esc:"Escape",Spacebar:" ",Left:"ArrowLeft",Up:"ArrowUp",Right:"ArrowRight",Down:"ArrowDown",Del:"Delete",Win:"OS",Menu:"ContextMenu",Apps:"ContextMenu",Scroll:"ScrollLock",MozPrintableKey:"Unidentified"},jh={8:"Backspace",9:"Tab",12:"Clear",13:"Enter",16:"Shift",17:"Control",18:"Alt",19:"Pause",20:"CapsLock",27:"Escape",32:" ",33:"PageUp",34:"PageDown",35:"End",36:"Home",37:"ArrowLeft",38:"ArrowUp",39:"ArrowRight",40:"ArrowDown",45:"Insert",46:"Delete",112:"F1",113:"F2",114:"F3",115:"F4",116:"F5",117:"F6",118:"F7",119:"F8",120:"F9",121:"F10",122:"F11",123:"F12",144:"NumLock",145:"ScrollLock",224:"Meta"},Ch={Alt:"altKey",Control:"ctrlKey",Meta:"metaKey",Shift:"shiftKey"};function Rh(e){var t=this.nativeEvent;return t.getModifierState?t.getModifierState(e):(e=Ch[e])?!!t[e]:!1}function is(){return Rh}var Uh=H({},Rl,{key:function(e){if(e.key){var t=Th[e.key]||e.key;if(t!=="Unidentified")return t}return e.type==="keypress"?(e=Ci(e),e===13?"Enter":String.fromCharCode(e)):e.type==="keydown"||e.type==="keyup"?jh[e.keyCode]||"Unidentified":""},code:0,location:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,repeat:0,locale:0,getModifierState:is,charCode:function(e){return e.type==="keypress"?Ci(e):0},keyCode:function(e){return e.type==="keydown"||e.type==="keyup"?e.keyCode:0},which:function(e){return e.type==="keypress"?Ci(e):e.type==="keydown"||e.type==="keyup"?e.keyCode:0}}),Oh=vt(Uh),Nh=H({},Oi,{pointerId:0,width:0,height:0,pressure:0,tangentialPressure:0,tiltX:0,tiltY:0,twist:0,pointerType:0,isPrimary:0}),Wo=vt(Nh),zh=H({},Rl,{touches:0,targetTouches:0,changedTouches:0,altKey:0,metaKey:0,ctrlKey:0,shiftKey:0,getModifierState:is}),Dh=vt(zh),Mh=H({},ia,{propertyName:0,elapsedTime:0,pseudoElement:0}),qh=vt(Mh),Lh=H({},Oi,{deltaX:function(e){return"deltaX"in e?e.deltaX:"wheelDeltaX"in e?-e.wheelDeltaX:0},deltaY:function(e){return"deltaY"in e?e.deltaY:"wheelDeltaY"in e?-e.wheelDeltaY:"wheelDelta"in e?-e.wheelDelta:0},deltaZ:0,deltaMode:0}),Hh=vt(Lh),Vh=H({},ia,{newState:0,oldState:0}),Bh=vt(Vh),Yh=[9,13,27,32],us=sn&&"CompositionEvent"in window,Ol=null;sn&&"documentMode"in document&&(Ol=document.documentMode);var Gh=sn&&"TextEvent"in window&&!Ol,Io=sn&&(!us||Ol&&8<Ol&&11>=Ol),Po=" ",er=!1;function tr(e,t){switch(e){case"keyup":return Yh.indexOf(t.keyCode)!==-1;case"keydown":return t.keyCode!==229;case"keypress":case"mousedown":case"focusout":return!0;default:return!1}}function nr(e){return e=e.detail,typeof e=="object"&&"data"in e?e.data:null}var Ha=!1;function kh(e,t){switch(e){case"compositionend":return nr(t);case"keypress":return t.which!==32?null:(er=!0,Po);case"textInput":return e=t.data,e===Po&&er?null:e;default:return null}}function Xh(e,t){if(Ha)return e==="compositionend"||!us&&tr(e,t)?(e=Jo(),ji=ts=jn=null,Ha=!1,e):null;switch(e){case"paste":return null;case"keypress":if(!(t.ctrlKey||t.altKey||t.metaKey)||t.ctrlKey&&t.altKey){if(t.char&&1<t.char.length)return t.char;if(t.which)return String.fromCharCode(t.which)}return null;case"compositionend":return Io&&t.locale!=="ko"?null:t.data;default:return null}}var Qh={color:!0,date:!0,datetime:!0,"datetime-local":!0,email:!0,month:!0,number:!0,password:!0,range:!0,search:!0,tel:!0,text:!0,time:!0,url:!0,week:!0};function ar(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t==="input"?!!Qh[e.type]:t==="textarea"}function lr(e,t,n,a){qa?La?La.push(a):La=[a]:qa=a,t=Su(t,"onChange"),0<t.length&&(n=new Ui("onChange","change",null,n,a),e.push({event:n,listeners:t}))}var Nl=null,zl=null;function Zh(e){Yd(e,0)}function Ni(e){var t=Tl(e);if(Vo(t))return e}function ir(e,t){if(e==="change")return t}var ur=!1;if(sn){var ss;if(sn){var cs="oninput"in document;if(!cs){var sr=document.createElement("div");sr.setAttribute("oninput","return;"),cs=typeof sr.oninput=="function"}ss=cs}else ss=!1;ur=ss&&(!document.documentMode||9<document.documentMode)}function cr(){Nl&&(Nl.detachEvent("onpropertychange",or),zl=Nl=null)}function or(e){if(e.propertyName==="value"&&Ni(zl)){var t=[];lr(t,zl,e,Iu(e)),Zo(Zh,t)}}function Jh(e,t,n){e==="focusin"?(cr(),Nl=t,zl=n,Nl.attachEvent("onpropertychange",or)):e==="focusout"&&cr()}function Kh(e){if(e==="selectionchange"||e==="keyup"||e==="keydown")return Ni(zl)}function $h(e,t){if(e==="click")return Ni(t)}function Fh(e,t){if(e==="input"||e==="change")return Ni(t)}function Wh(e,t){return e===t&&(e!==0||1/e===1/t)||e!==e&&t!==t}var Ct=typeof Object.is=="function"?Object.is:Wh;function Dl(e,t){if(Ct(e,t))return!0;if(typeof e!="object"||e===null||typeof t!="object"||t===null)return!1;var n=Object.keys(e),a=Object.keys(t);if(n.length!==a.length)return!1;for(a=0;a<n.length;a++){var l=n[a];if(!Ca.call(t,l)||!Ct(e[l],t[l]))return!1}return!0}function rr(e){for(;e&&e.firstChild;)e=e.firstChild;return e}function fr(e,t){var n=rr(e);e=0;for(var a;n;){if(n.nodeType===3){if(a=e+n.textContent.length,e<=t&&a>=t)return{node:n,offset:t-e};e=a}e:{for(;n;){if(n.nextSibling){n=n.nextSibling;break e}n=n.parentNode}n=void 0}n=rr(n)}}function dr(e,t){return e&&t?e===t?!0:e&&e.nodeType===3?!1:t&&t.nodeType===3?dr(e,t.parentNode):"contains"in e?e.contains(t):e.compareDocumentPosition?!!(e.compareDocumentPosition(t)&16):!1:!1}function mr(e){e=e!=null&&e.ownerDocument!=null&&e.ownerDocument.defaultView!=null?e.ownerDocument.defaultView:window;for(var t=_i(e.document);t instanceof e.HTMLIFrameElement;){try{var n=typeof t.contentWindow.location.href=="string"}catch{n=!1}if(n)e=t.contentWindow;else break;t=_i(e.document)}return t}function os(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t&&(t==="input"&&(e.type==="text"||e.type==="search"||e.type==="tel"||e.type==="url"||e.type==="password")||t==="textarea"||e.contentEditable==="true")}var Ih=sn&&"documentMode"in document&&11>=document.documentMode,Va=null,rs=null,Ml=null,fs=!1;function hr(e,t,n){var a=n.window===n?n.document:n.nodeType===9?n:n.ownerDocument;fs||Va==null||Va!==_i(a)||(a=Va,"selectionStart"in a&&os(a)?a={start:a.selectionStart,end:a.selectionEnd}:(a=(a.ownerDocument&&a.ownerDocument.defaultView||window).getSelection(),a={anchorNode:a.anchorNode,anchorOffset:a.anchorOffset,focusNode:a.focusNode,focusOffset:a.focusOffset}),Ml&&Dl(Ml,a)||(Ml=a,a=Su(rs,"onSelect"),0<a.length&&(t=new Ui("onSelect","select",null,t,n),e.push({event:t,listeners:a}),t.target=Va)))}function ua(e,t){var n={};return n[e.toLowerCase()]=t.toLowerCase(),n["Webkit"+e]="webkit"+t,n["Moz"+e]="moz"+t,n}var Ba={animationend:ua("Animation","AnimationEnd"),animationiteration:ua("Animation","AnimationIteration"),animationstart:ua("Animation","AnimationStart"),transitionrun:ua("Transition","TransitionRun"),transitionstart:ua("Transition","TransitionStart"),transitioncancel:ua("Transition","TransitionCancel"),transitionend:ua("Transition","TransitionEnd")},ds={},gr={};sn&&(gr=document.createElement("div").style,"AnimationEvent"in window||(delete Ba.animationend.animation,delete Ba.animationiteration.animation,delete Ba.animationstart.animation),"TransitionEvent"in window||delete Ba.transitionend.transition);function sa(e){if(ds[e])return ds[e];if(!Ba[e])return e;var t=Ba[e],n;for(n in t)if(t.hasOwnProperty(n)&&n in gr)return ds[e]=t[n];return e}var yr=sa("animationend"),pr=sa("animationiteration"),vr=sa("animationstart"),Ph=sa("transitionrun"),eg=sa("transitionstart"),tg=sa("transitioncancel"),br=sa("transitionend"),Sr=new Map,ms="abort auxClick beforeToggle cancel canPlay canPlayThrough click close contextMenu copy cut drag dragEnd dragEnter dragExit dragLeave dragOver dragStart drop durationChange emptied encrypted ended error gotPointerCapture input invalid keyDown keyPress keyUp load loadedData loadedMetadata loadStart lostPointerCapture mouseDown mouseMove mouseOut mouseOver mouseUp paste pause play playing pointerCancel pointerDown pointerMove pointerOut pointerOver pointerUp progress rateChange reset resize seeked seeking stalled submit suspend timeUpdate touchCancel touchEnd touchStart volumeChange scroll toggle touchMove waiting wheel".split(" ");ms.push("scrollEnd");function $t(e,t){Sr.set(e,t),la(t,[e])}var zi=typeof reportError=="function"?reportError:function(e){if(typeof window=="object"&&typeof window.ErrorEvent=="function"){var t=new window.ErrorEvent("error",{bubbles:!0,cancelable:!0,message:typeof e=="object"&&e!==null&&typeof e.message=="string"?String(e.message):String(e),error:e});if(!window.dispatchEvent(t))return}else if(typeof process=="object"&&typeof process.emit=="function"){process.emit("uncaughtException",e);return}console.error(e)},Bt=[],Ya=0,hs=0;function Di(){for(var e=Ya,t=hs=Ya=0;t<e;){var n=Bt[t];Bt[t++]=null;var a=Bt[t];Bt[t++]=null;var l=Bt[t];Bt[t++]=null;var i=Bt[t];if(Bt[t++]=null,a!==null&&l!==null){var u=a.pending;u===null?l.next=l:(l.next=u.next,u.next=l),a.pending=l}i!==0&&wr(n,l,i)}}function Mi(e,t,n,a){Bt[Ya++]=e,Bt[Ya++]=t,Bt[Ya++]=n,Bt[Ya++]=a,hs|=a,e.lanes|=a,e=e.alternate,e!==null&&(e.lanes|=a)}function gs(e,t,n,a){return Mi(e,t,n,a),qi(e)}function ca(e,t){return Mi(e,null,null,t),qi(e)}function wr(e,t,n){e.lanes|=n;var a=e.alternate;a!==null&&(a.lanes|=n);for(var l=!1,i=e.return;i!==null;)i.childLanes|=n,a=i.alternate,a!==null&&(a.childLanes|=n),i.tag===22&&(e=i.stateNode,e===null||e._visibility&1||(l=!0)),e=i,i=i.return;return e.tag===3?(i=e.stateNode,l&&t!==null&&(l=31-Le(n),e=i.hiddenUpdates,a=e[l],a===null?e[l]=[t]:a.push(t),t.lane=n|536870912),i):null}function qi(e){if(50<ai)throw ai=0,Ac=null,Error(o(185));for(var t=e.return;t!==null;)e=t,t=e.return;return e.tag===3?e.stateNode:null}var Ga={};function ng(e,t,n,a){this.tag=e,this.key=n,this.sibling=this.child=this.return=this.stateNode=this.type=this.elementType=null,this.index=0,this.refCleanup=this.ref=null,this.pendingProps=t,this.dependencies=this.memoizedState=this.updateQueue=this.memoizedProps=null,this.mode=a,this.subtreeFlags=this.flags=0,this.deletions=null,this.childLanes=this.lanes=0,this.alternate=null}function Rt(e,t,n,a){return new ng(e,t,n,a)}function ys(e){return e=e.prototype,!(!e||!e.isReactComponent)}function cn(e,t){var n=e.alternate;return n===null?(n=Rt(e.tag,t,e.key,e.mode),n.elementType=e.elementType,n.type=e.type,n.stateNode=e.stateNode,n.alternate=e,e.alternate=n):(n.pendingProps=t,n.type=e.type,n.flags=0,n.subtreeFlags=0,n.deletions=null),n.flags=e.flags&65011712,n.childLanes=e.childLanes,n.lanes=e.lanes,n.child=e.child,n.memoizedProps=e.memoizedProps,n.memoizedState=e.memoizedState,n.updateQueue=e.updateQueue,t=e.dependencies,n.dependencies=t===null?null:{lanes:t.lanes,firstContext:t.firstContext},n.sibling=e.sibling,n.index=e.index,n.ref=e.ref,n.refCleanup=e.refCleanup,n}function Er(e,t){e.flags&=65011714;var n=e.alternate;return n===null?(e.childLanes=0,e.lanes=t,e.child=null,e.subtreeFlags=0,e.memoizedProps=null,e.memoizedState=null,e.updateQueue=null,e.dependencies=null,e.stateNode=null):(e.childLanes=n.childLanes,e.lanes=n.lanes,e.child=n.child,e.subtreeFlags=0,e.deletions=null,e.memoizedProps=n.memoizedProps,e.memoizedState=n.memoizedState,e.updateQueue=n.updateQueue,e.type=n.type,t=n.dependencies,e.dependencies=t===null?null:{lanes:t.lanes,firstContext:t.firstContext}),e}function Li(e,t,n,a,l,i){var u=0;if(a=e,typeof e=="function")ys(e)&&(u=1);else if(typeof e=="string")u=sy(e,n,G.current)?26:e==="html"||e==="head"||e==="body"?27:5;else e:switch(e){case mt:return e=Rt(31,n,t,l),e.elementType=mt,e.lanes=i,e;case w:return oa(n.children,l,i,t);case q:u=8,l|=24;break;case pe:return e=Rt(12,n,t,l|2),e.elementType=pe,e.lanes=i,e;case ze:return e=Rt(13,n,t,l),e.elementType=ze,e.lanes=i,e;case je:return e=Rt(19,n,t,l),e.elementType=je,e.lanes=i,e;default:if(typeof e=="object"&&e!==null)switch(e.$$typeof){case Q:u=10;break e;case gt:u=9;break e;case Z:u=11;break e;case ae:u=14;break e;case Pe:u=16,a=null;break e}u=29,n=Error(o(130,e===null?"null":typeof e,"")),a=null}return t=Rt(u,n,t,l),t.elementType=e,t.type=a,t.lanes=i,t}function oa(e,t,n,a){return e=Rt(7,e,a,t),e.lanes=n,e}function ps(e,t,n){return e=Rt(6,e,null,t),e.lanes=n,e}function xr(e){var t=Rt(18,null,null,0);return t.stateNode=e,t}function vs(e,t,n){return t=Rt(4,e.children!==null?e.children:[],e.key,t),t.lanes=n,t.stateNode={containerInfo:e.containerInfo,pendingChildren:null,implementation:e.implementation},t}var Ar=new WeakMap;function Yt(e,t){if(typeof e=="object"&&e!==null){var n=Ar.get(e);return n!==void 0?n:(t={value:e,source:t,stack:Pn(t)},Ar.set(e,t),t)}return{value:e,source:t,stack:Pn(t)}}var ka=[],Xa=0,Hi=null,ql=0,Gt=[],kt=0,Cn=null,Pt=1,en="";function on(e,t){ka[Xa++]=ql,ka[Xa++]=Hi,Hi=e,ql=t}function _r(e,t,n){Gt[kt++]=Pt,Gt[kt++]=en,Gt[kt++]=Cn,Cn=e;var a=Pt;e=en;var l=32-Le(a)-1;a&=~(1<<l),n+=1;var i=32-Le(t)+l;if(30<i){var u=l-l%5;i=(a&(1<<u)-1).toString(32),a>>=u,l-=u,Pt=1<<32-Le(t)+l|n<<l|a,en=i+e}else Pt=1<<i|n<<l|a,en=e}function bs(e){e.return!==null&&(on(e,1),_r(e,1,0))}function Ss(e){for(;e===Hi;)Hi=ka[--Xa],ka[Xa]=null,ql=ka[--Xa],ka[Xa]=null;for(;e===Cn;)Cn=Gt[--kt],Gt[kt]=null,en=Gt[--kt],Gt[kt]=null,Pt=Gt[--kt],Gt[kt]=null}function Tr(e,t){Gt[kt++]=Pt,Gt[kt++]=en,Gt[kt++]=Cn,Pt=t.id,en=t.overflow,Cn=e}var it=null,De=null,he=!1,Rn=null,Xt=!1,ws=Error(o(519));function Un(e){var t=Error(o(418,1<arguments.length&&arguments[1]!==void 0&&arguments[1]?"text":"HTML",""));throw Ll(Yt(t,e)),ws}function jr(e){var t=e.stateNode,n=e.type,a=e.memoizedProps;switch(t[lt]=e,t[pt]=a,n){case"dialog":oe("cancel",t),oe("close",t);break;case"iframe":case"object":case"embed":oe("load",t);break;case"video":case"audio":for(n=0;n<ii.length;n++)oe(ii[n],t);break;case"source":oe("error",t);break;case"img":case"image":case"link":oe("error",t),oe("load",t);break;case"details":oe("toggle",t);break;case"input":oe("invalid",t),Bo(t,a.value,a.defaultValue,a.checked,a.defaultChecked,a.type,a.name,!0);break;case"select":oe("invalid",t);break;case"textarea":oe("invalid",t),Go(t,a.value,a.defaultValue,a.children)}n=a.children,typeof n!="string"&&typeof n!="number"&&typeof n!="bigint"||t.textContent===""+n||a.suppressHydrationWarning===!0||Qd(t.textContent,n)?(a.popover!=null&&(oe("beforetoggle",t),oe("toggle",t)),a.onScroll!=null&&oe("scroll",t),a.onScrollEnd!=null&&oe("scrollend",t),a.onClick!=null&&(t.onclick=un),t=!0):t=!1,t||Un(e,!0)}function Cr(e){for(it=e.return;it;)switch(it.tag){case 5:case 31:case 13:Xt=!1;return;case 27:case 3:Xt=!0;return;default:it=it.return}}function Qa(e){if(e!==it)return!1;if(!he)return Cr(e),he=!0,!1;var t=e.tag,n;if((n=t!==3&&t!==27)&&((n=t===5)&&(n=e.type,n=!(n!=="form"&&n!=="button")||Vc(e.type,e.memoizedProps)),n=!n),n&&De&&Un(e),Cr(e),t===13){if(e=e.memoizedState,e=e!==null?e.dehydrated:null,!e)throw Error(o(317));De=em(e)}else if(t===31){if(e=e.memoizedState,e=e!==null?e.dehydrated:null,!e)throw Error(o(317));De=em(e)}else t===27?(t=De,Xn(e.type)?(e=Xc,Xc=null,De=e):De=t):De=it?Zt(e.stateNode.nextSibling):null;return!0}function ra(){De=it=null,he=!1}function Es(){var e=Rn;return e!==null&&(Et===null?Et=e:Et.push.apply(Et,e),Rn=null),e}function Ll(e){Rn===null?Rn=[e]:Rn.push(e)}var xs=g(null),fa=null,rn=null;function On(e,t,n){B(xs,t._currentValue),t._currentValue=n}function fn(e){e._currentValue=xs.current,z(xs)}function As(e,t,n){for(;e!==null;){var a=e.alternate;if((e.childLanes&t)!==t?(e.childLanes|=t,a!==null&&(a.childLanes|=t)):a!==null&&(a.childLanes&t)!==t&&(a.childLanes|=t),e===n)break;e=e.return}}function _s(e,t,n,a){var l=e.child;for(l!==null&&(l.return=e);l!==null;){var i=l.dependencies;if(i!==null){var u=l.child;i=i.firstContext;e:for(;i!==null;){var r=i;i=l;for(var m=0;m<t.length;m++)if(r.context===t[m]){i.lanes|=n,r=i.alternate,r!==null&&(r.lanes|=n),As(i.return,n,e),a||(u=null);break e}i=r.next}}else if(l.tag===18){if(u=l.return,u===null)throw Error(o(341));u.lanes|=n,i=u.alternate,i!==null&&(i.lanes|=n),As(u,n,e),u=null}else u=l.child;if(u!==null)u.return=l;else for(u=l;u!==null;){if(u===e){u=null;break}if(l=u.sibling,l!==null){l.return=u.return,u=l;break}u=u.return}l=u}}function Za(e,t,n,a){e=null;for(var l=t,i=!1;l!==null;){if(!i){if((l.flags&524288)!==0)i=!0;else if((l.flags&262144)!==0)break}if(l.tag===10){var u=l.alternate;if(u===null)throw Error(o(387));if(u=u.memoizedProps,u!==null){var r=l.type;Ct(l.pendingProps.value,u.value)||(e!==null?e.push(r):e=[r])}}else if(l===ge.current){if(u=l.alternate,u===null)throw Error(o(387));u.memoizedState.memoizedState!==l.memoizedState.memoizedState&&(e!==null?e.push(ri):e=[ri])}l=l.return}e!==null&&_s(t,e,n,a),t.flags|=262144}function Vi(e){for(e=e.firstContext;e!==null;){if(!Ct(e.context._currentValue,e.memoizedValue))return!0;e=e.next}return!1}function da(e){fa=e,rn=null,e=e.dependencies,e!==null&&(e.firstContext=null)}function ut(e){return Rr(fa,e)}function Bi(e,t){return fa===null&&da(e),Rr(e,t)}function Rr(e,t){var n=t._currentValue;if(t={context:t,memoizedValue:n,next:null},rn===null){if(e===null)throw Error(o(308));rn=t,e.dependencies={lanes:0,firstContext:t},e.flags|=524288}else rn=rn.next=t;return n}var ag=typeof AbortController<"u"?AbortController:function(){var e=[],t=this.signal={aborted:!1,addEventListener:function(n,a){e.push(a)}};this.abort=function(){t.aborted=!0,e.forEach(function(n){return n()})}},lg=c.unstable_scheduleCallback,ig=c.unstable_NormalPriority,Je={$$typeof:Q,Consumer:null,Provider:null,_currentValue:null,_currentValue2:null,_threadCount:0};function Ts(){return{controller:new ag,data:new Map,refCount:0}}function Hl(e){e.refCount--,e.refCount===0&&lg(ig,function(){e.controller.abort()})}var Vl=null,js=0,Ja=0,Ka=null;function ug(e,t){if(Vl===null){var n=Vl=[];js=0,Ja=Uc(),Ka={status:"pending",value:void 0,then:function(a){n.push(a)}}}return js++,t.then(Ur,Ur),t}function Ur(){if(--js===0&&Vl!==null){Ka!==null&&(Ka.status="fulfilled");var e=Vl;Vl=null,Ja=0,Ka=null;for(var t=0;t<e.length;t++)(0,e[t])()}}function sg(e,t){var n=[],a={status:"pending",value:null,reason:null,then:function(l){n.push(l)}};return e.then(function(){a.status="fulfilled",a.value=t;for(var l=0;l<n.length;l++)(0,n[l])(t)},function(l){for(a.status="rejected",a.reason=l,l=0;l<n.length;l++)(0,n[l])(void 0)}),a}var Or=U.S;U.S=function(e,t){gd=We(),typeof t=="object"&&t!==null&&typeof t.then=="function"&&ug(e,t),Or!==null&&Or(e,t)};var ma=g(null);function Cs(){var e=ma.current;return e!==null?e:Oe.pooledCache}function Yi(e,t){t===null?B(ma,ma.current):B(ma,t.pool)}function Nr(){var e=Cs();return e===null?null:{parent:Je._currentValue,pool:e}}var $a=Error(o(460)),Rs=Error(o(474)),Gi=Error(o(542)),ki={then:function(){}};function zr(e){return e=e.status,e==="fulfilled"||e==="rejected"}function Dr(e,t,n){switch(n=e[n],n===void 0?e.push(t):n!==t&&(t.then(un,un),t=n),t.status){case"fulfilled":return t.value;case"rejected":throw e=t.reason,qr(e),e;default:if(typeof t.status=="string")t.then(un,un);else{if(e=Oe,e!==null&&100<e.shellSuspendCounter)throw Error(o(482));e=t,e.status="pending",e.then(function(a){if(t.status==="pending"){var l=t;l.status="fulfilled",l.value=a}},function(a){if(t.status==="pending"){var l=t;l.status="rejected",l.reason=a}})}switch(t.status){case"fulfilled":return t.value;case"rejected":throw e=t.reason,qr(e),e}throw ga=t,$a}}function ha(e){try{var t=e._init;return t(e._payload)}catch(n){throw n!==null&&typeof n=="object"&&typeof n.then=="function"?(ga=n,$a):n}}var ga=null;function Mr(){if(ga===null)throw Error(o(459));var e=ga;return ga=null,e}function qr(e){if(e===$a||e===Gi)throw Error(o(483))}var Fa=null,Bl=0;function Xi(e){var t=Bl;return Bl+=1,Fa===null&&(Fa=[]),Dr(Fa,e,t)}function Yl(e,t){t=t.props.ref,e.ref=t!==void 0?t:null}function Qi(e,t){throw t.$$typeof===v?Error(o(525)):(e=Object.prototype.toString.call(t),Error(o(31,e==="[object Object]"?"object with keys {"+Object.keys(t).join(", ")+"}":e)))}function Lr(e){function t(b,h){if(e){var E=b.deletions;E===null?(b.deletions=[h],b.flags|=16):E.push(h)}}function n(b,h){if(!e)return null;for(;h!==null;)t(b,h),h=h.sibling;return null}function a(b){for(var h=new Map;b!==null;)b.key!==null?h.set(b.key,b):h.set(b.index,b),b=b.sibling;return h}function l(b,h){return b=cn(b,h),b.index=0,b.sibling=null,b}function i(b,h,E){return b.index=E,e?(E=b.alternate,E!==null?(E=E.index,E<h?(b.flags|=67108866,h):E):(b.flags|=67108866,h)):(b.flags|=1048576,h)}function u(b){return e&&b.alternate===null&&(b.flags|=67108866),b}function r(b,h,E,N){return h===null||h.tag!==6?(h=ps(E,b.mode,N),h.return=b,h):(h=l(h,E),h.return=b,h)}function m(b,h,E,N){var J=E.type;return J===w?O(b,h,E.props.children,N,E.key):h!==null&&(h.elementType===J||typeof J=="object"&&J!==null&&J.$$typeof===Pe&&ha(J)===h.type)?(h=l(h,E.props),Yl(h,E),h.return=b,h):(h=Li(E.type,E.key,E.props,null,b.mode,N),Yl(h,E),h.return=b,h)}function x(b,h,E,N){return h===null||h.tag!==4||h.stateNode.containerInfo!==E.containerInfo||h.stateNode.implementation!==E.implementation?(h=vs(E,b.mode,N),h.return=b,h):(h=l(h,E.children||[]),h.return=b,h)}function O(b,h,E,N,J){return h===null||h.tag!==7?(h=oa(E,b.mode,N,J),h.return=b,h):(h=l(h,E),h.return=b,h)}function D(b,h,E){if(typeof h=="string"&&h!==""||typeof h=="number"||typeof h=="bigint")return h=ps(""+h,b.mode,E),h.return=b,h;if(typeof h=="object"&&h!==null){switch(h.$$typeof){case j:return E=Li(h.type,h.key,h.props,null,b.mode,E),Yl(E,h),E.return=b,E;case S:return h=vs(h,b.mode,E),h.return=b,h;case Pe:return h=ha(h),D(b,h,E)}if(jt(h)||at(h))return h=oa(h,b.mode,E,null),h.return=b,h;if(typeof h.then=="function")return D(b,Xi(h),E);if(h.$$typeof===Q)return D(b,Bi(b,h),E);Qi(b,h)}return null}function _(b,h,E,N){var J=h!==null?h.key:null;if(typeof E=="string"&&E!==""||typeof E=="number"||typeof E=="bigint")return J!==null?null:r(b,h,""+E,N);if(typeof E=="object"&&E!==null){switch(E.$$typeof){case j:return E.key===J?m(b,h,E,N):null;case S:return E.key===J?x(b,h,E,N):null;case Pe:return E=ha(E),_(b,h,E,N)}if(jt(E)||at(E))return J!==null?null:O(b,h,E,N,null);if(typeof E.then=="function")return _(b,h,Xi(E),N);if(E.$$typeof===Q)return _(b,h,Bi(b,E),N);Qi(b,E)}return null}function T(b,h,E,N,J){if(typeof N=="string"&&N!==""||typeof N=="number"||typeof N=="bigint")return b=b.get(E)||null,r(h,b,""+N,J);if(typeof N=="object"&&N!==null){switch(N.$$typeof){case j:return b=b.get(N.key===null?E:N.key)||null,m(h,b,N,J);case S:return b=b.get(N.key===null?E:N.key)||null,x(h,b,N,J);case Pe:return N=ha(N),T(b,h,E,N,J)}if(jt(N)||at(N))return b=b.get(E)||null,O(h,b,N,J,null);if(typeof N.then=="function")return T(b,h,E,Xi(N),J);if(N.$$typeof===Q)return T(b,h,E,Bi(h,N),J);Qi(h,N)}return null}function k(b,h,E,N){for(var J=null,be=null,X=h,le=h=0,me=null;X!==null&&le<E.length;le++){X.index>le?(me=X,X=null):me=X.sibling;var Se=_(b,X,E[le],N);if(Se===null){X===null&&(X=me);break}e&&X&&Se.alternate===null&&t(b,X),h=i(Se,h,le),be===null?J=Se:be.sibling=Se,be=Se,X=me}if(le===E.length)return n(b,X),he&&on(b,le),J;if(X===null){for(;le<E.length;le++)X=D(b,E[le],N),X!==null&&(h=i(X,h,le),be===null?J=X:be.sibling=X,be=X);return he&&on(b,le),J}for(X=a(X);le<E.length;le++)me=T(X,b,le,E[le],N),me!==null&&(e&&me.alternate!==null&&X.delete(me.key===null?le:me.key),h=i(me,h,le),be===null?J=me:be.sibling=me,be=me);return e&&X.forEach(function($n){return t(b,$n)}),he&&on(b,le),J}function $(b,h,E,N){if(E==null)throw Error(o(151));for(var J=null,be=null,X=h,le=h=0,me=null,Se=E.next();X!==null&&!Se.done;le++,Se=E.next()){X.index>le?(me=X,X=null):me=X.sibling;var $n=_(b,X,Se.value,N);if($n===null){X===null&&(X=me);break}e&&X&&$n.alternate===null&&t(b,X),h=i($n,h,le),be===null?J=$n:be.sibling=$n,be=$n,X=me}if(Se.done)return n(b,X),he&&on(b,le),J;if(X===null){for(;!Se.done;le++,Se=E.next())Se=D(b,Se.value,N),Se!==null&&(h=i(Se,h,le),be===null?J=Se:be.sibling=Se,be=Se);return he&&on(b,le),J}for(X=a(X);!Se.done;le++,Se=E.next())Se=T(X,b,le,Se.value,N),Se!==null&&(e&&Se.alternate!==null&&X.delete(Se.key===null?le:Se.key),h=i(Se,h,le),be===null?J=Se:be.sibling=Se,be=Se);return e&&X.forEach(function(vy){return t(b,vy)}),he&&on(b,le),J}function Ue(b,h,E,N){if(typeof E=="object"&&E!==null&&E.type===w&&E.key===null&&(E=E.props.children),typeof E=="object"&&E!==null){switch(E.$$typeof){case j:e:{for(var J=E.key;h!==null;){if(h.key===J){if(J=E.type,J===w){if(h.tag===7){n(b,h.sibling),N=l(h,E.props.children),N.return=b,b=N;break e}}else if(h.elementType===J||typeof J=="object"&&J!==null&&J.$$typeof===Pe&&ha(J)===h.type){n(b,h.sibling),N=l(h,E.props),Yl(N,E),N.return=b,b=N;break e}n(b,h);break}else t(b,h);h=h.sibling}E.type===w?(N=oa(E.props.children,b.mode,N,E.key),N.return=b,b=N):(N=Li(E.type,E.key,E.props,null,b.mode,N),Yl(N,E),N.return=b,b=N)}return u(b);case S:e:{for(J=E.key;h!==null;){if(h.key===J)if(h.tag===4&&h.stateNode.containerInfo===E.containerInfo&&h.stateNode.implementation===E.implementation){n(b,h.sibling),N=l(h,E.children||[]),N.return=b,b=N;break e}else{n(b,h);break}else t(b,h);h=h.sibling}N=vs(E,b.mode,N),N.return=b,b=N}return u(b);case Pe:return E=ha(E),Ue(b,h,E,N)}if(jt(E))return k(b,h,E,N);if(at(E)){if(J=at(E),typeof J!="function")throw Error(o(150));return E=J.call(E),$(b,h,E,N)}if(typeof E.then=="function")return Ue(b,h,Xi(E),N);if(E.$$typeof===Q)return Ue(b,h,Bi(b,E),N);Qi(b,E)}return typeof E=="string"&&E!==""||typeof E=="number"||typeof E=="bigint"?(E=""+E,h!==null&&h.tag===6?(n(b,h.sibling),N=l(h,E),N.return=b,b=N):(n(b,h),N=ps(E,b.mode,N),N.return=b,b=N),u(b)):n(b,h)}return function(b,h,E,N){try{Bl=0;var J=Ue(b,h,E,N);return Fa=null,J}catch(X){if(X===$a||X===Gi)throw X;var be=Rt(29,X,null,b.mode);return be.lanes=N,be.return=b,be}}}var ya=Lr(!0),Hr=Lr(!1),Nn=!1;function Us(e){e.updateQueue={baseState:e.memoizedState,firstBaseUpdate:null,lastBaseUpdate:null,shared:{pending:null,lanes:0,hiddenCallbacks:null},callbacks:null}}function Os(e,t){e=e.updateQueue,t.updateQueue===e&&(t.updateQueue={baseState:e.baseState,firstBaseUpdate:e.firstBaseUpdate,lastBaseUpdate:e.lastBaseUpdate,shared:e.shared,callbacks:null})}function zn(e){return{lane:e,tag:0,payload:null,callback:null,next:null}}function Dn(e,t,n){var a=e.updateQueue;if(a===null)return null;if(a=a.shared,(Ee&2)!==0){var l=a.pending;return l===null?t.next=t:(t.next=l.next,l.next=t),a.pending=t,t=qi(e),wr(e,null,n),t}return Mi(e,a,t,n),qi(e)}function Gl(e,t,n){if(t=t.updateQueue,t!==null&&(t=t.shared,(n&4194048)!==0)){var a=t.lanes;a&=e.pendingLanes,n|=a,t.lanes=n,Ro(e,n)}}function Ns(e,t){var n=e.updateQueue,a=e.alternate;if(a!==null&&(a=a.updateQueue,n===a)){var l=null,i=null;if(n=n.firstBaseUpdate,n!==null){do{var u={lane:n.lane,tag:n.tag,payload:n.payload,callback:null,next:null};i===null?l=i=u:i=i.next=u,n=n.next}while(n!==null);i===null?l=i=t:i=i.next=t}else l=i=t;n={baseState:a.baseState,firstBaseUpdate:l,lastBaseUpdate:i,shared:a.shared,callbacks:a.callbacks},e.updateQueue=n;return}e=n.lastBaseUpdate,e===null?n.firstBaseUpdate=t:e.next=t,n.lastBaseUpdate=t}var zs=!1;function kl(){if(zs){var e=Ka;if(e!==null)throw e}}function Xl(e,t,n,a){zs=!1;var l=e.updateQueue;Nn=!1;var i=l.firstBaseUpdate,u=l.lastBaseUpdate,r=l.shared.pending;if(r!==null){l.shared.pending=null;var m=r,x=m.next;m.next=null,u===null?i=x:u.next=x,u=m;var O=e.alternate;O!==null&&(O=O.updateQueue,r=O.lastBaseUpdate,r!==u&&(r===null?O.firstBaseUpdate=x:r.next=x,O.lastBaseUpdate=m))}if(i!==null){var D=l.baseState;u=0,O=x=m=null,r=i;do{var _=r.lane&-536870913,T=_!==r.lane;if(T?(de&_)===_:(a&_)===_){_!==0&&_===Ja&&(zs=!0),O!==null&&(O=O.next={lane:0,tag:r.tag,payload:r.payload,callback:null,next:null});e:{var k=e,$=r;_=t;var Ue=n;switch($.tag){case 1:if(k=$.payload,typeof k=="function"){D=k.call(Ue,D,_);break e}D=k;break e;case 3:k.flags=k.flags&-65537|128;case 0:if(k=$.payload,_=typeof k=="function"?k.call(Ue,D,_):k,_==null)break e;D=H({},D,_);break e;case 2:Nn=!0}}_=r.callback,_!==null&&(e.flags|=64,T&&(e.flags|=8192),T=l.callbacks,T===null?l.callbacks=[_]:T.push(_))}else T={lane:_,tag:r.tag,payload:r.payload,callback:r.callback,next:null},O===null?(x=O=T,m=D):O=O.next=T,u|=_;if(r=r.next,r===null){if(r=l.shared.pending,r===null)break;T=r,r=T.next,T.next=null,l.lastBaseUpdate=T,l.shared.pending=null}}while(!0);O===null&&(m=D),l.baseState=m,l.firstBaseUpdate=x,l.lastBaseUpdate=O,i===null&&(l.shared.lanes=0),Vn|=u,e.lanes=u,e.memoizedState=D}}function Vr(e,t){if(typeof e!="function")throw Error(o(191,e));e.call(t)}function Br(e,t){var n=e.callbacks;if(n!==null)for(e.callbacks=null,e=0;e<n.length;e++)Vr(n[e],t)}var Wa=g(null),Zi=g(0);function Yr(e,t){e=Sn,B(Zi,e),B(Wa,t),Sn=e|t.baseLanes}function Ds(){B(Zi,Sn),B(Wa,Wa.current)}function Ms(){Sn=Zi.current,z(Wa),z(Zi)}var Ut=g(null),Qt=null;function Mn(e){var t=e.alternate;B(Xe,Xe.current&1),B(Ut,e),Qt===null&&(t===null||Wa.current!==null||t.memoizedState!==null)&&(Qt=e)}function qs(e){B(Xe,Xe.current),B(Ut,e),Qt===null&&(Qt=e)}function Gr(e){e.tag===22?(B(Xe,Xe.current),B(Ut,e),Qt===null&&(Qt=e)):qn()}function qn(){B(Xe,Xe.current),B(Ut,Ut.current)}function Ot(e){z(Ut),Qt===e&&(Qt=null),z(Xe)}var Xe=g(0);function Ji(e){for(var t=e;t!==null;){if(t.tag===13){var n=t.memoizedState;if(n!==null&&(n=n.dehydrated,n===null||Gc(n)||kc(n)))return t}else if(t.tag===19&&(t.memoizedProps.revealOrder==="forwards"||t.memoizedProps.revealOrder==="backwards"||t.memoizedProps.revealOrder==="unstable_legacy-backwards"||t.memoizedProps.revealOrder==="together")){if((t.flags&128)!==0)return t}else if(t.child!==null){t.child.return=t,t=t.child;continue}if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return null;t=t.return}t.sibling.return=t.return,t=t.sibling}return null}var dn=0,ne=null,Ce=null,Ke=null,Ki=!1,Ia=!1,pa=!1,$i=0,Ql=0,Pa=null,cg=0;function Ye(){throw Error(o(321))}function Ls(e,t){if(t===null)return!1;for(var n=0;n<t.length&&n<e.length;n++)if(!Ct(e[n],t[n]))return!1;return!0}function Hs(e,t,n,a,l,i){return dn=i,ne=t,t.memoizedState=null,t.updateQueue=null,t.lanes=0,U.H=e===null||e.memoizedState===null?Tf:Ps,pa=!1,i=n(a,l),pa=!1,Ia&&(i=Xr(t,n,a,l)),kr(e),i}function kr(e){U.H=Kl;var t=Ce!==null&&Ce.next!==null;if(dn=0,Ke=Ce=ne=null,Ki=!1,Ql=0,Pa=null,t)throw Error(o(300));e===null||$e||(e=e.dependencies,e!==null&&Vi(e)&&($e=!0))}function Xr(e,t,n,a){ne=e;var l=0;do{if(Ia&&(Pa=null),Ql=0,Ia=!1,25<=l)throw Error(o(301));if(l+=1,Ke=Ce=null,e.updateQueue!=null){var i=e.updateQueue;i.lastEffect=null,i.events=null,i.stores=null,i.memoCache!=null&&(i.memoCache.index=0)}U.H=jf,i=t(n,a)}while(Ia);return i}function og(){var e=U.H,t=e.useState()[0];return t=typeof t.then=="function"?Zl(t):t,e=e.useState()[0],(Ce!==null?Ce.memoizedState:null)!==e&&(ne.flags|=1024),t}function Vs(){var e=$i!==0;return $i=0,e}function Bs(e,t,n){t.updateQueue=e.updateQueue,t.flags&=-2053,e.lanes&=~n}function Ys(e){if(Ki){for(e=e.memoizedState;e!==null;){var t=e.queue;t!==null&&(t.pending=null),e=e.next}Ki=!1}dn=0,Ke=Ce=ne=null,Ia=!1,Ql=$i=0,Pa=null}function ht(){var e={memoizedState:null,baseState:null,baseQueue:null,queue:null,next:null};return Ke===null?ne.memoizedState=Ke=e:Ke=Ke.next=e,Ke}function Qe(){if(Ce===null){var e=ne.alternate;e=e!==null?e.memoizedState:null}else e=Ce.next;var t=Ke===null?ne.memoizedState:Ke.next;if(t!==null)Ke=t,Ce=e;else{if(e===null)throw ne.alternate===null?Error(o(467)):Error(o(310));Ce=e,e={memoizedState:Ce.memoizedState,baseState:Ce.baseState,baseQueue:Ce.baseQueue,queue:Ce.queue,next:null},Ke===null?ne.memoizedState=Ke=e:Ke=Ke.next=e}return Ke}function Fi(){return{lastEffect:null,events:null,stores:null,memoCache:null}}function Zl(e){var t=Ql;return Ql+=1,Pa===null&&(Pa=[]),e=Dr(Pa,e,t),t=ne,(Ke===null?t.memoizedState:Ke.next)===null&&(t=t.alternate,U.H=t===null||t.memoizedState===null?Tf:Ps),e}function Wi(e){if(e!==null&&typeof e=="object"){if(typeof e.then=="function")return Zl(e);if(e.$$typeof===Q)return ut(e)}throw Error(o(438,String(e)))}function Gs(e){var t=null,n=ne.updateQueue;if(n!==null&&(t=n.memoCache),t==null){var a=ne.alternate;a!==null&&(a=a.updateQueue,a!==null&&(a=a.memoCache,a!=null&&(t={data:a.data.map(function(l){return l.slice()}),index:0})))}if(t==null&&(t={data:[],index:0}),n===null&&(n=Fi(),ne.updateQueue=n),n.memoCache=t,n=t.data[t.index],n===void 0)for(n=t.data[t.index]=Array(e),a=0;a<e;a++)n[a]=_t;return t.index++,n}function mn(e,t){return typeof t=="function"?t(e):t}function Ii(e){var t=Qe();return ks(t,Ce,e)}function ks(e,t,n){var a=e.queue;if(a===null)throw Error(o(311));a.lastRenderedReducer=n;var l=e.baseQueue,i=a.pending;if(i!==null){if(l!==null){var u=l.next;l.next=i.next,i.next=u}t.baseQueue=l=i,a.pending=null}if(i=e.baseState,l===null)e.memoizedState=i;else{t=l.next;var r=u=null,m=null,x=t,O=!1;do{var D=x.lane&-536870913;if(D!==x.lane?(de&D)===D:(dn&D)===D){var _=x.revertLane;if(_===0)m!==null&&(m=m.next={lane:0,revertLane:0,gesture:null,action:x.action,hasEagerState:x.hasEagerState,eagerState:x.eagerState,next:null}),D===Ja&&(O=!0);else if((dn&_)===_){x=x.next,_===Ja&&(O=!0);continue}else D={lane:0,revertLane:x.revertLane,gesture:null,action:x.action,hasEagerState:x.hasEagerState,eagerState:x.eagerState,next:null},m===null?(r=m=D,u=i):m=m.next=D,ne.lanes|=_,Vn|=_;D=x.action,pa&&n(i,D),i=x.hasEagerState?x.eagerState:n(i,D)}else _={lane:D,revertLane:x.revertLane,gesture:x.gesture,action:x.action,hasEagerState:x.hasEagerState,eagerState:x.eagerState,next:null},m===null?(r=m=_,u=i):m=m.next=_,ne.lanes|=D,Vn|=D;x=x.next}while(x!==null&&x!==t);if(m===null?u=i:m.next=r,!Ct(i,e.memoizedState)&&($e=!0,O&&(n=Ka,n!==null)))throw n;e.memoizedState=i,e.baseState=u,e.baseQueue=m,a.lastRenderedState=i}return l===null&&(a.lanes=0),[e.memoizedState,a.dispatch]}function Xs(e){var t=Qe(),n=t.queue;if(n===null)throw Error(o(311));n.lastRenderedReducer=e;var a=n.dispatch,l=n.pending,i=t.memoizedState;if(l!==null){n.pending=null;var u=l=l.next;do i=e(i,u.action),u=u.next;while(u!==l);Ct(i,t.memoizedState)||($e=!0),t.memoizedState=i,t.baseQueue===null&&(t.baseState=i),n.lastRenderedState=i}return[i,a]}function Qr(e,t,n){var a=ne,l=Qe(),i=he;if(i){if(n===void 0)throw Error(o(407));n=n()}else n=t();var u=!Ct((Ce||l).memoizedState,n);if(u&&(l.memoizedState=n,$e=!0),l=l.queue,Js(Kr.bind(null,a,l,e),[e]),l.getSnapshot!==t||u||Ke!==null&&Ke.memoizedState.tag&1){if(a.flags|=2048,el(9,{destroy:void 0},Jr.bind(null,a,l,n,t),null),Oe===null)throw Error(o(349));i||(dn&127)!==0||Zr(a,t,n)}return n}function Zr(e,t,n){e.flags|=16384,e={getSnapshot:t,value:n},t=ne.updateQueue,t===null?(t=Fi(),ne.updateQueue=t,t.stores=[e]):(n=t.stores,n===null?t.stores=[e]:n.push(e))}function Jr(e,t,n,a){t.value=n,t.getSnapshot=a,$r(t)&&Fr(e)}function Kr(e,t,n){return n(function(){$r(t)&&Fr(e)})}function $r(e){var t=e.getSnapshot;e=e.value;try{var n=t();return!Ct(e,n)}catch{return!0}}function Fr(e){var t=ca(e,2);t!==null&&xt(t,e,2)}function Qs(e){var t=ht();if(typeof e=="function"){var n=e;if(e=n(),pa){et(!0);try{n()}finally{et(!1)}}}return t.memoizedState=t.baseState=e,t.queue={pending:null,lanes:0,dispatch:null,lastRenderedReducer:mn,lastRenderedState:e},t}function Wr(e,t,n,a){return e.baseState=n,ks(e,Ce,typeof a=="function"?a:mn)}function rg(e,t,n,a,l){if(tu(e))throw Error(o(485));if(e=t.action,e!==null){var i={payload:l,action:e,next:null,isTransition:!0,status:"pending",value:null,reason:null,listeners:[],then:function(u){i.listeners.push(u)}};U.T!==null?n(!0):i.isTransition=!1,a(i),n=t.pending,n===null?(i.next=t.pending=i,Ir(t,i)):(i.next=n.next,t.pending=n.next=i)}}function Ir(e,t){var n=t.action,a=t.payload,l=e.state;if(t.isTransition){var i=U.T,u={};U.T=u;try{var r=n(l,a),m=U.S;m!==null&&m(u,r),Pr(e,t,r)}catch(x){Zs(e,t,x)}finally{i!==null&&u.types!==null&&(i.types=u.types),U.T=i}}else try{i=n(l,a),Pr(e,t,i)}catch(x){Zs(e,t,x)}}function Pr(e,t,n){n!==null&&typeof n=="object"&&typeof n.then=="function"?n.then(function(a){ef(e,t,a)},function(a){return Zs(e,t,a)}):ef(e,t,n)}function ef(e,t,n){t.status="fulfilled",t.value=n,tf(t),e.state=n,t=e.pending,t!==null&&(n=t.next,n===t?e.pending=null:(n=n.next,t.next=n,Ir(e,n)))}function Zs(e,t,n){var a=e.pending;if(e.pending=null,a!==null){a=a.next;do t.status="rejected",t.reason=n,tf(t),t=t.next;while(t!==a)}e.action=null}function tf(e){e=e.listeners;for(var t=0;t<e.length;t++)(0,e[t])()}function nf(e,t){return t}function af(e,t){if(he){var n=Oe.formState;if(n!==null){e:{var a=ne;if(he){if(De){t:{for(var l=De,i=Xt;l.nodeType!==8;){if(!i){l=null;break t}if(l=Zt(l.nextSibling),l===null){l=null;break t}}i=l.data,l=i==="F!"||i==="F"?l:null}if(l){De=Zt(l.nextSibling),a=l.data==="F!";break e}}Un(a)}a=!1}a&&(t=n[0])}}return n=ht(),n.memoizedState=n.baseState=t,a={pending:null,lanes:0,dispatch:null,lastRenderedReducer:nf,lastRenderedState:t},n.queue=a,n=xf.bind(null,ne,a),a.dispatch=n,a=Qs(!1),i=Is.bind(null,ne,!1,a.queue),a=ht(),l={state:t,dispatch:null,action:e,pending:null},a.queue=l,n=rg.bind(null,ne,l,i,n),l.dispatch=n,a.memoizedState=e,[t,n,!1]}function lf(e){var t=Qe();return uf(t,Ce,e)}function uf(e,t,n){if(t=ks(e,t,nf)[0],e=Ii(mn)[0],typeof t=="object"&&t!==null&&typeof t.then=="function")try{var a=Zl(t)}catch(u){throw u===$a?Gi:u}else a=t;t=Qe();var l=t.queue,i=l.dispatch;return n!==t.memoizedState&&(ne.flags|=2048,el(9,{destroy:void 0},fg.bind(null,l,n),null)),[a,i,e]}function fg(e,t){e.action=t}function sf(e){var t=Qe(),n=Ce;if(n!==null)return uf(t,n,e);Qe(),t=t.memoizedState,n=Qe();var a=n.queue.dispatch;return n.memoizedState=e,[t,a,!1]}function el(e,t,n,a){return e={tag:e,create:n,deps:a,inst:t,next:null},t=ne.updateQueue,t===null&&(t=Fi(),ne.updateQueue=t),n=t.lastEffect,n===null?t.lastEffect=e.next=e:(a=n.next,n.next=e,e.next=a,t.lastEffect=e),e}function cf(){return Qe().memoizedState}function Pi(e,t,n,a){var l=ht();ne.flags|=e,l.memoizedState=el(1|t,{destroy:void 0},n,a===void 0?null:a)}function eu(e,t,n,a){var l=Qe();a=a===void 0?null:a;var i=l.memoizedState.inst;Ce!==null&&a!==null&&Ls(a,Ce.memoizedState.deps)?l.memoizedState=el(t,i,n,a):(ne.flags|=e,l.memoizedState=el(1|t,i,n,a))}function of(e,t){Pi(8390656,8,e,t)}function Js(e,t){eu(2048,8,e,t)}function dg(e){ne.flags|=4;var t=ne.updateQueue;if(t===null)t=Fi(),ne.updateQueue=t,t.events=[e];else{var n=t.events;n===null?t.events=[e]:n.push(e)}}function rf(e){var t=Qe().memoizedState;return dg({ref:t,nextImpl:e}),function(){if((Ee&2)!==0)throw Error(o(440));return t.impl.apply(void 0,arguments)}}function ff(e,t){return eu(4,2,e,t)}function df(e,t){return eu(4,4,e,t)}function mf(e,t){if(typeof t=="function"){e=e();var n=t(e);return function(){typeof n=="function"?n():t(null)}}if(t!=null)return e=e(),t.current=e,function(){t.current=null}}function hf(e,t,n){n=n!=null?n.concat([e]):null,eu(4,4,mf.bind(null,t,e),n)}function Ks(){}function gf(e,t){var n=Qe();t=t===void 0?null:t;var a=n.memoizedState;return t!==null&&Ls(t,a[1])?a[0]:(n.memoizedState=[e,t],e)}function yf(e,t){var n=Qe();t=t===void 0?null:t;var a=n.memoizedState;if(t!==null&&Ls(t,a[1]))return a[0];if(a=e(),pa){et(!0);try{e()}finally{et(!1)}}return n.memoizedState=[a,t],a}function $s(e,t,n){return n===void 0||(dn&1073741824)!==0&&(de&261930)===0?e.memoizedState=t:(e.memoizedState=n,e=pd(),ne.lanes|=e,Vn|=e,n)}function pf(e,t,n,a){return Ct(n,t)?n:Wa.current!==null?(e=$s(e,n,a),Ct(e,t)||($e=!0),e):(dn&42)===0||(dn&1073741824)!==0&&(de&261930)===0?($e=!0,e.memoizedState=n):(e=pd(),ne.lanes|=e,Vn|=e,t)}function vf(e,t,n,a,l){var i=V.p;V.p=i!==0&&8>i?i:8;var u=U.T,r={};U.T=r,Is(e,!1,t,n);try{var m=l(),x=U.S;if(x!==null&&x(r,m),m!==null&&typeof m=="object"&&typeof m.then=="function"){var O=sg(m,a);Jl(e,t,O,Dt(e))}else Jl(e,t,a,Dt(e))}catch(D){Jl(e,t,{then:function(){},status:"rejected",reason:D},Dt())}finally{V.p=i,u!==null&&r.types!==null&&(u.types=r.types),U.T=u}}function mg(){}function Fs(e,t,n,a){if(e.tag!==5)throw Error(o(476));var l=bf(e).queue;vf(e,l,t,K,n===null?mg:function(){return Sf(e),n(a)})}function bf(e){var t=e.memoizedState;if(t!==null)return t;t={memoizedState:K,baseState:K,baseQueue:null,queue:{pending:null,lanes:0,dispatch:null,lastRenderedReducer:mn,lastRenderedState:K},next:null};var n={};return t.next={memoizedState:n,baseState:n,baseQueue:null,queue:{pending:null,lanes:0,dispatch:null,lastRenderedReducer:mn,lastRenderedState:n},next:null},e.memoizedState=t,e=e.alternate,e!==null&&(e.memoizedState=t),t}function Sf(e){var t=bf(e);t.next===null&&(t=e.alternate.memoizedState),Jl(e,t.next.queue,{},Dt())}function Ws(){return ut(ri)}function wf(){return Qe().memoizedState}function Ef(){return Qe().memoizedState}function hg(e){for(var t=e.return;t!==null;){switch(t.tag){case 24:case 3:var n=Dt();e=zn(n);var a=Dn(t,e,n);a!==null&&(xt(a,t,n),Gl(a,t,n)),t={cache:Ts()},e.payload=t;return}t=t.return}}function gg(e,t,n){var a=Dt();n={lane:a,revertLane:0,gesture:null,action:n,hasEagerState:!1,eagerState:null,next:null},tu(e)?Af(t,n):(n=gs(e,t,n,a),n!==null&&(xt(n,e,a),_f(n,t,a)))}function xf(e,t,n){var a=Dt();Jl(e,t,n,a)}function Jl(e,t,n,a){var l={lane:a,revertLane:0,gesture:null,action:n,hasEagerState:!1,eagerState:null,next:null};if(tu(e))Af(t,l);else{var i=e.alternate;if(e.lanes===0&&(i===null||i.lanes===0)&&(i=t.lastRenderedReducer,i!==null))try{var u=t.lastRenderedState,r=i(u,n);if(l.hasEagerState=!0,l.eagerState=r,Ct(r,u))return Mi(e,t,l,0),Oe===null&&Di(),!1}catch{}if(n=gs(e,t,l,a),n!==null)return xt(n,e,a),_f(n,t,a),!0}return!1}function Is(e,t,n,a){if(a={lane:2,revertLane:Uc(),gesture:null,action:a,hasEagerState:!1,eagerState:null,next:null},tu(e)){if(t)throw Error(o(479))}else t=gs(e,n,a,2),t!==null&&xt(t,e,2)}function tu(e){var t=e.alternate;return e===ne||t!==null&&t===ne}function Af(e,t){Ia=Ki=!0;var n=e.pending;n===null?t.next=t:(t.next=n.next,n.next=t),e.pending=t}function _f(e,t,n){if((n&4194048)!==0){var a=t.lanes;a&=e.pendingLanes,n|=a,t.lanes=n,Ro(e,n)}}var Kl={readContext:ut,use:Wi,useCallback:Ye,useContext:Ye,useEffect:Ye,useImperativeHandle:Ye,useLayoutEffect:Ye,useInsertionEffect:Ye,useMemo:Ye,useReducer:Ye,useRef:Ye,useState:Ye,useDebugValue:Ye,useDeferredValue:Ye,useTransition:Ye,useSyncExternalStore:Ye,useId:Ye,useHostTransitionStatus:Ye,useFormState:Ye,useActionState:Ye,useOptimistic:Ye,useMemoCache:Ye,useCacheRefresh:Ye};Kl.useEffectEvent=Ye;var Tf={readContext:ut,use:Wi,useCallback:function(e,t){return ht().memoizedState=[e,t===void 0?null:t],e},useContext:ut,useEffect:of,useImperativeHandle:function(e,t,n){n=n!=null?n.concat([e]):null,Pi(4194308,4,mf.bind(null,t,e),n)},useLayoutEffect:function(e,t){return Pi(4194308,4,e,t)},useInsertionEffect:function(e,t){Pi(4,2,e,t)},useMemo:function(e,t){var n=ht();t=t===void 0?null:t;var a=e();if(pa){et(!0);try{e()}finally{et(!1)}}return n.memoizedState=[a,t],a},useReducer:function(e,t,n){var a=ht();if(n!==void 0){var l=n(t);if(pa){et(!0);try{n(t)}finally{et(!1)}}}else l=t;return a.memoizedState=a.baseState=l,e={pending:null,lanes:0,dispatch:null,lastRenderedReducer:e,lastRenderedState:l},a.queue=e,e=e.dispatch=gg.bind(null,ne,e),[a.memoizedState,e]},useRef:function(e){var t=ht();return e={current:e},t.memoizedState=e},useState:function(e){e=Qs(e);var t=e.queue,n=xf.bind(null,ne,t);return t.dispatch=n,[e.memoizedState,n]},useDebugValue:Ks,useDeferredValue:function(e,t){var n=ht();return $s(n,e,t)},useTransition:function(){var e=Qs(!1);return e=vf.bind(null,ne,e.queue,!0,!1),ht().memoizedState=e,[!1,e]},useSyncExternalStore:function(e,t,n){var a=ne,l=ht();if(he){if(n===void 0)throw Error(o(407));n=n()}else{if(n=t(),Oe===null)throw Error(o(349));(de&127)!==0||Zr(a,t,n)}l.memoizedState=n;var i={value:n,getSnapshot:t};return l.queue=i,of(Kr.bind(null,a,i,e),[e]),a.flags|=2048,el(9,{destroy:void 0},Jr.bind(null,a,i,n,t),null),n},useId:function(){var e=ht(),t=Oe.identifierPrefix;if(he){var n=en,a=Pt;n=(a&~(1<<32-Le(a)-1)).toString(32)+n,t="_"+t+"R_"+n,n=$i++,0<n&&(t+="H"+n.toString(32)),t+="_"}else n=cg++,t="_"+t+"r_"+n.toString(32)+"_";return e.memoizedState=t},useHostTransitionStatus:Ws,useFormState:af,useActionState:af,useOptimistic:function(e){var t=ht();t.memoizedState=t.baseState=e;var n={pending:null,lanes:0,dispatch:null,lastRenderedReducer:null,lastRenderedState:null};return t.queue=n,t=Is.bind(null,ne,!0,n),n.dispatch=t,[e,t]},useMemoCache:Gs,useCacheRefresh:function(){return ht().memoizedState=hg.bind(null,ne)},useEffectEvent:function(e){var t=ht(),n={impl:e};return t.memoizedState=n,function(){if((Ee&2)!==0)throw Error(o(440));return n.impl.apply(void 0,arguments)}}},Ps={readContext:ut,use:Wi,useCallback:gf,useContext:ut,useEffect:Js,useImperativeHandle:hf,useInsertionEffect:ff,useLayoutEffect:df,useMemo:yf,useReducer:Ii,useRef:cf,useState:function(){return Ii(mn)},useDebugValue:Ks,useDeferredValue:function(e,t){var n=Qe();return pf(n,Ce.memoizedState,e,t)},useTransition:function(){var e=Ii(mn)[0],t=Qe().memoizedState;return[typeof e=="boolean"?e:Zl(e),t]},useSyncExternalStore:Qr,useId:wf,useHostTransitionStatus:Ws,useFormState:lf,useActionState:lf,useOptimistic:function(e,t){var n=Qe();return Wr(n,Ce,e,t)},useMemoCache:Gs,useCacheRefresh:Ef};Ps.useEffectEvent=rf;var jf={readContext:ut,use:Wi,useCallback:gf,useContext:ut,useEffect:Js,useImperativeHandle:hf,useInsertionEffect:ff,useLayoutEffect:df,useMemo:yf,useReducer:Xs,useRef:cf,useState:function(){return Xs(mn)},useDebugValue:Ks,useDeferredValue:function(e,t){var n=Qe();return Ce===null?$s(n,e,t):pf(n,Ce.memoizedState,e,t)},useTransition:function(){var e=Xs(mn)[0],t=Qe().memoizedState;return[typeof e=="boolean"?e:Zl(e),t]},useSyncExternalStore:Qr,useId:wf,useHostTransitionStatus:Ws,useFormState:sf,useActionState:sf,useOptimistic:function(e,t){var n=Qe();return Ce!==null?Wr(n,Ce,e,t):(n.baseState=e,[e,n.queue.dispatch])},useMemoCache:Gs,useCacheRefresh:Ef};jf.useEffectEvent=rf;function ec(e,t,n,a){t=e.memoizedState,n=n(a,t),n=n==null?t:H({},t,n),e.memoizedState=n,e.lanes===0&&(e.updateQueue.baseState=n)}var tc={enqueueSetState:function(e,t,n){e=e._reactInternals;var a=Dt(),l=zn(a);l.payload=t,n!=null&&(l.callback=n),t=Dn(e,l,a),t!==null&&(xt(t,e,a),Gl(t,e,a))},enqueueReplaceState:function(e,t,n){e=e._reactInternals;var a=Dt(),l=zn(a);l.tag=1,l.payload=t,n!=null&&(l.callback=n),t=Dn(e,l,a),t!==null&&(xt(t,e,a),Gl(t,e,a))},enqueueForceUpdate:function(e,t){e=e._reactInternals;var n=Dt(),a=zn(n);a.tag=2,t!=null&&(a.callback=t),t=Dn(e,a,n),t!==null&&(xt(t,e,n),Gl(t,e,n))}};function Cf(e,t,n,a,l,i,u){return e=e.stateNode,typeof e.shouldComponentUpdate=="function"?e.shouldComponentUpdate(a,i,u):t.prototype&&t.prototype.isPureReactComponent?!Dl(n,a)||!Dl(l,i):!0}function Rf(e,t,n,a){e=t.state,typeof t.componentWillReceiveProps=="function"&&t.componentWillReceiveProps(n,a),typeof t.UNSAFE_componentWillReceiveProps=="function"&&t.UNSAFE_componentWillReceiveProps(n,a),t.state!==e&&tc.enqueueReplaceState(t,t.state,null)}function va(e,t){var n=t;if("ref"in t){n={};for(var a in t)a!=="ref"&&(n[a]=t[a])}if(e=e.defaultProps){n===t&&(n=H({},n));for(var l in e)n[l]===void 0&&(n[l]=e[l])}return n}function Uf(e){zi(e)}function Of(e){console.error(e)}function Nf(e){zi(e)}function nu(e,t){try{var n=e.onUncaughtError;n(t.value,{componentStack:t.stack})}catch(a){setTimeout(function(){throw a})}}function zf(e,t,n){try{var a=e.onCaughtError;a(n.value,{componentStack:n.stack,errorBoundary:t.tag===1?t.stateNode:null})}catch(l){setTimeout(function(){throw l})}}function nc(e,t,n){return n=zn(n),n.tag=3,n.payload={element:null},n.callback=function(){nu(e,t)},n}function Df(e){return e=zn(e),e.tag=3,e}function Mf(e,t,n,a){var l=n.type.getDerivedStateFromError;if(typeof l=="function"){var i=a.value;e.payload=function(){return l(i)},e.callback=function(){zf(t,n,a)}}var u=n.stateNode;u!==null&&typeof u.componentDidCatch=="function"&&(e.callback=function(){zf(t,n,a),typeof l!="function"&&(Bn===null?Bn=new Set([this]):Bn.add(this));var r=a.stack;this.componentDidCatch(a.value,{componentStack:r!==null?r:""})})}function yg(e,t,n,a,l){if(n.flags|=32768,a!==null&&typeof a=="object"&&typeof a.then=="function"){if(t=n.alternate,t!==null&&Za(t,n,l,!0),n=Ut.current,n!==null){switch(n.tag){case 31:case 13:return Qt===null?hu():n.alternate===null&&Ge===0&&(Ge=3),n.flags&=-257,n.flags|=65536,n.lanes=l,a===ki?n.flags|=16384:(t=n.updateQueue,t===null?n.updateQueue=new Set([a]):t.add(a),jc(e,a,l)),!1;case 22:return n.flags|=65536,a===ki?n.flags|=16384:(t=n.updateQueue,t===null?(t={transitions:null,markerInstances:null,retryQueue:new Set([a])},n.updateQueue=t):(n=t.retryQueue,n===null?t.retryQueue=new Set([a]):n.add(a)),jc(e,a,l)),!1}throw Error(o(435,n.tag))}return jc(e,a,l),hu(),!1}if(he)return t=Ut.current,t!==null?((t.flags&65536)===0&&(t.flags|=256),t.flags|=65536,t.lanes=l,a!==ws&&(e=Error(o(422),{cause:a}),Ll(Yt(e,n)))):(a!==ws&&(t=Error(o(423),{cause:a}),Ll(Yt(t,n))),e=e.current.alternate,e.flags|=65536,l&=-l,e.lanes|=l,a=Yt(a,n),l=nc(e.stateNode,a,l),Ns(e,l),Ge!==4&&(Ge=2)),!1;var i=Error(o(520),{cause:a});if(i=Yt(i,n),ni===null?ni=[i]:ni.push(i),Ge!==4&&(Ge=2),t===null)return!0;a=Yt(a,n),n=t;do{switch(n.tag){case 3:return n.flags|=65536,e=l&-l,n.lanes|=e,e=nc(n.stateNode,a,e),Ns(n,e),!1;case 1:if(t=n.type,i=n.stateNode,(n.flags&128)===0&&(typeof t.getDerivedStateFromError=="function"||i!==null&&typeof i.componentDidCatch=="function"&&(Bn===null||!Bn.has(i))))return n.flags|=65536,l&=-l,n.lanes|=l,l=Df(l),Mf(l,e,n,a),Ns(n,l),!1}n=n.return}while(n!==null);return!1}var ac=Error(o(461)),$e=!1;function st(e,t,n,a){t.child=e===null?Hr(t,null,n,a):ya(t,e.child,n,a)}function qf(e,t,n,a,l){n=n.render;var i=t.ref;if("ref"in a){var u={};for(var r in a)r!=="ref"&&(u[r]=a[r])}else u=a;return da(t),a=Hs(e,t,n,u,i,l),r=Vs(),e!==null&&!$e?(Bs(e,t,l),hn(e,t,l)):(he&&r&&bs(t),t.flags|=1,st(e,t,a,l),t.child)}function Lf(e,t,n,a,l){if(e===null){var i=n.type;return typeof i=="function"&&!ys(i)&&i.defaultProps===void 0&&n.compare===null?(t.tag=15,t.type=i,Hf(e,t,i,a,l)):(e=Li(n.type,null,a,t,t.mode,l),e.ref=t.ref,e.return=t,t.child=e)}if(i=e.child,!fc(e,l)){var u=i.memoizedProps;if(n=n.compare,n=n!==null?n:Dl,n(u,a)&&e.ref===t.ref)return hn(e,t,l)}return t.flags|=1,e=cn(i,a),e.ref=t.ref,e.return=t,t.child=e}function Hf(e,t,n,a,l){if(e!==null){var i=e.memoizedProps;if(Dl(i,a)&&e.ref===t.ref)if($e=!1,t.pendingProps=a=i,fc(e,l))(e.flags&131072)!==0&&($e=!0);else return t.lanes=e.lanes,hn(e,t,l)}return lc(e,t,n,a,l)}function Vf(e,t,n,a){var l=a.children,i=e!==null?e.memoizedState:null;if(e===null&&t.stateNode===null&&(t.stateNode={_visibility:1,_pendingMarkers:null,_retryCache:null,_transitions:null}),a.mode==="hidden"){if((t.flags&128)!==0){if(i=i!==null?i.baseLanes|n:n,e!==null){for(a=t.child=e.child,l=0;a!==null;)l=l|a.lanes|a.childLanes,a=a.sibling;a=l&~i}else a=0,t.child=null;return Bf(e,t,i,n,a)}if((n&536870912)!==0)t.memoizedState={baseLanes:0,cachePool:null},e!==null&&Yi(t,i!==null?i.cachePool:null),i!==null?Yr(t,i):Ds(),Gr(t);else return a=t.lanes=536870912,Bf(e,t,i!==null?i.baseLanes|n:n,n,a)}else i!==null?(Yi(t,i.cachePool),Yr(t,i),qn(),t.memoizedState=null):(e!==null&&Yi(t,null),Ds(),qn());return st(e,t,l,n),t.child}function $l(e,t){return e!==null&&e.tag===22||t.stateNode!==null||(t.stateNode={_visibility:1,_pendingMarkers:null,_retryCache:null,_transitions:null}),t.sibling}function Bf(e,t,n,a,l){var i=Cs();return i=i===null?null:{parent:Je._currentValue,pool:i},t.memoizedState={baseLanes:n,cachePool:i},e!==null&&Yi(t,null),Ds(),Gr(t),e!==null&&Za(e,t,a,!0),t.childLanes=l,null}function au(e,t){return t=iu({mode:t.mode,children:t.children},e.mode),t.ref=e.ref,e.child=t,t.return=e,t}function Yf(e,t,n){return ya(t,e.child,null,n),e=au(t,t.pendingProps),e.flags|=2,Ot(t),t.memoizedState=null,e}function pg(e,t,n){var a=t.pendingProps,l=(t.flags&128)!==0;if(t.flags&=-129,e===null){if(he){if(a.mode==="hidden")return e=au(t,a),t.lanes=536870912,$l(null,e);if(qs(t),(e=De)?(e=Pd(e,Xt),e=e!==null&&e.data==="&"?e:null,e!==null&&(t.memoizedState={dehydrated:e,treeContext:Cn!==null?{id:Pt,overflow:en}:null,retryLane:536870912,hydrationErrors:null},n=xr(e),n.return=t,t.child=n,it=t,De=null)):e=null,e===null)throw Un(t);return t.lanes=536870912,null}return au(t,a)}var i=e.memoizedState;if(i!==null){var u=i.dehydrated;if(qs(t),l)if(t.flags&256)t.flags&=-257,t=Yf(e,t,n);else if(t.memoizedState!==null)t.child=e.child,t.flags|=128,t=null;else throw Error(o(558));else if($e||Za(e,t,n,!1),l=(n&e.childLanes)!==0,$e||l){if(a=Oe,a!==null&&(u=Uo(a,n),u!==0&&u!==i.retryLane))throw i.retryLane=u,ca(e,u),xt(a,e,u),ac;hu(),t=Yf(e,t,n)}else e=i.treeContext,De=Zt(u.nextSibling),it=t,he=!0,Rn=null,Xt=!1,e!==null&&Tr(t,e),t=au(t,a),t.flags|=4096;return t}return e=cn(e.child,{mode:a.mode,children:a.children}),e.ref=t.ref,t.child=e,e.return=t,e}function lu(e,t){var n=t.ref;if(n===null)e!==null&&e.ref!==null&&(t.flags|=4194816);else{if(typeof n!="function"&&typeof n!="object")throw Error(o(284));(e===null||e.ref!==n)&&(t.flags|=4194816)}}function lc(e,t,n,a,l){return da(t),n=Hs(e,t,n,a,void 0,l),a=Vs(),e!==null&&!$e?(Bs(e,t,l),hn(e,t,l)):(he&&a&&bs(t),t.flags|=1,st(e,t,n,l),t.child)}function Gf(e,t,n,a,l,i){return da(t),t.updateQueue=null,n=Xr(t,a,n,l),kr(e),a=Vs(),e!==null&&!$e?(Bs(e,t,i),hn(e,t,i)):(he&&a&&bs(t),t.flags|=1,st(e,t,n,i),t.child)}function kf(e,t,n,a,l){if(da(t),t.stateNode===null){var i=Ga,u=n.contextType;typeof u=="object"&&u!==null&&(i=ut(u)),i=new n(a,i),t.memoizedState=i.state!==null&&i.state!==void 0?i.state:null,i.updater=tc,t.stateNode=i,i._reactInternals=t,i=t.stateNode,i.props=a,i.state=t.memoizedState,i.refs={},Us(t),u=n.contextType,i.context=typeof u=="object"&&u!==null?ut(u):Ga,i.state=t.memoizedState,u=n.getDerivedStateFromProps,typeof u=="function"&&(ec(t,n,u,a),i.state=t.memoizedState),typeof n.getDerivedStateFromProps=="function"||typeof i.getSnapshotBeforeUpdate=="function"||typeof i.UNSAFE_componentWillMount!="function"&&typeof i.componentWillMount!="function"||(u=i.state,typeof i.componentWillMount=="function"&&i.componentWillMount(),typeof i.UNSAFE_componentWillMount=="function"&&i.UNSAFE_componentWillMount(),u!==i.state&&tc.enqueueReplaceState(i,i.state,null),Xl(t,a,i,l),kl(),i.state=t.memoizedState),typeof i.componentDidMount=="function"&&(t.flags|=4194308),a=!0}else if(e===null){i=t.stateNode;var r=t.memoizedProps,m=va(n,r);i.props=m;var x=i.context,O=n.contextType;u=Ga,typeof O=="object"&&O!==null&&(u=ut(O));var D=n.getDerivedStateFromProps;O=typeof D=="function"||typeof i.getSnapshotBeforeUpdate=="function",r=t.pendingProps!==r,O||typeof i.UNSAFE_componentWillReceiveProps!="function"&&typeof i.componentWillReceiveProps!="function"||(r||x!==u)&&Rf(t,i,a,u),Nn=!1;var _=t.memoizedState;i.state=_,Xl(t,a,i,l),kl(),x=t.memoizedState,r||_!==x||Nn?(typeof D=="function"&&(ec(t,n,D,a),x=t.memoizedState),(m=Nn||Cf(t,n,m,a,_,x,u))?(O||typeof i.UNSAFE_componentWillMount!="function"&&typeof i.componentWillMount!="function"||(typeof i.componentWillMount=="function"&&i.componentWillMount(),typeof i.UNSAFE_componentWillMount=="function"&&i.UNSAFE_componentWillMount()),typeof i.componentDidMount=="function"&&(t.flags|=4194308)):(typeof i.componentDidMount=="function"&&(t.flags|=4194308),t.memoizedProps=a,t.memoizedState=x),i.props=a,i.state=x,i.context=u,a=m):(typeof i.componentDidMount=="function"&&(t.flags|=4194308),a=!1)}else{i=t.stateNode,Os(e,t),u=t.memoizedProps,O=va(n,u),i.props=O,D=t.pendingProps,_=i.context,x=n.contextType,m=Ga,typeof x=="object"&&x!==null&&(m=ut(x)),r=n.getDerivedStateFromProps,(x=typeof r=="function"||typeof i.getSnapshotBeforeUpdate=="function")||typeof i.UNSAFE_componentWillReceiveProps!="function"&&typeof i.componentWillReceiveProps!="function"||(u!==D||_!==m)&&Rf(t,i,a,m),Nn=!1,_=t.memoizedState,i.state=_,Xl(t,a,i,l),kl();var T=t.memoizedState;u!==D||_!==T||Nn||e!==null&&e.dependencies!==null&&Vi(e.dependencies)?(typeof r=="function"&&(ec(t,n,r,a),T=t.memoizedState),(O=Nn||Cf(t,n,O,a,_,T,m)||e!==null&&e.dependencies!==null&&Vi(e.dependencies))?(x||typeof i.UNSAFE_componentWillUpdate!="function"&&typeof i.componentWillUpdate!="function"||(typeof i.componentWillUpdate=="function"&&i.componentWillUpdate(a,T,m),typeof i.UNSAFE_componentWillUpdate=="function"&&i.UNSAFE_componentWillUpdate(a,T,m)),typeof i.componentDidUpdate=="function"&&(t.flags|=4),typeof i.getSnapshotBeforeUpdate=="function"&&(t.flags|=1024)):(typeof i.componentDidUpdate!="function"||u===e.memoizedProps&&_===e.memoizedState||(t.flags|=4),typeof i.getSnapshotBeforeUpdate!="function"||u===e.memoizedProps&&_===e.memoizedState||(t.flags|=1024),t.memoizedProps=a,t.memoizedState=T),i.props=a,i.state=T,i.context=m,a=O):(typeof i.componentDidUpdate!="function"||u===e.memoizedProps&&_===e.memoizedState||(t.flags|=4),typeof i.getSnapshotBeforeUpdate!="function"||u===e.memoizedProps&&_===e.memoizedState||(t.flags|=1024),a=!1)}return i=a,lu(e,t),a=(t.flags&128)!==0,i||a?(i=t.stateNode,n=a&&typeof n.getDerivedStateFromError!="function"?null:i.render(),t.flags|=1,e!==null&&a?(t.child=ya(t,e.child,null,l),t.child=ya(t,null,n,l)):st(e,t,n,l),t.memoizedState=i.state,e=t.child):e=hn(e,t,l),e}function Xf(e,t,n,a){return ra(),t.flags|=256,st(e,t,n,a),t.child}var ic={dehydrated:null,treeContext:null,retryLane:0,hydrationErrors:null};function uc(e){return{baseLanes:e,cachePool:Nr()}}function sc(e,t,n){return e=e!==null?e.childLanes&~n:0,t&&(e|=zt),e}function Qf(e,t,n){var a=t.pendingProps,l=!1,i=(t.flags&128)!==0,u;if((u=i)||(u=e!==null&&e.memoizedState===null?!1:(Xe.current&2)!==0),u&&(l=!0,t.flags&=-129),u=(t.flags&32)!==0,t.flags&=-33,e===null){if(he){if(l?Mn(t):qn(),(e=De)?(e=Pd(e,Xt),e=e!==null&&e.data!=="&"?e:null,e!==null&&(t.memoizedState={dehydrated:e,treeContext:Cn!==null?{id:Pt,overflow:en}:null,retryLane:536870912,hydrationErrors:null},n=xr(e),n.return=t,t.child=n,it=t,De=null)):e=null,e===null)throw Un(t);return kc(e)?t.lanes=32:t.lanes=536870912,null}var r=a.children;return a=a.fallback,l?(qn(),l=t.mode,r=iu({mode:"hidden",children:r},l),a=oa(a,l,n,null),r.return=t,a.return=t,r.sibling=a,t.child=r,a=t.child,a.memoizedState=uc(n),a.childLanes=sc(e,u,n),t.memoizedState=ic,$l(null,a)):(Mn(t),cc(t,r))}var m=e.memoizedState;if(m!==null&&(r=m.dehydrated,r!==null)){if(i)t.flags&256?(Mn(t),t.flags&=-257,t=oc(e,t,n)):t.memoizedState!==null?(qn(),t.child=e.child,t.flags|=128,t=null):(qn(),r=a.fallback,l=t.mode,a=iu({mode:"visible",children:a.children},l),r=oa(r,l,n,null),r.flags|=2,a.return=t,r.return=t,a.sibling=r,t.child=a,ya(t,e.child,null,n),a=t.child,a.memoizedState=uc(n),a.childLanes=sc(e,u,n),t.memoizedState=ic,t=$l(null,a));else if(Mn(t),kc(r)){if(u=r.nextSibling&&r.nextSibling.dataset,u)var x=u.dgst;u=x,a=Error(o(419)),a.stack="",a.digest=u,Ll({value:a,source:null,stack:null}),t=oc(e,t,n)}else if($e||Za(e,t,n,!1),u=(n&e.childLanes)!==0,$e||u){if(u=Oe,u!==null&&(a=Uo(u,n),a!==0&&a!==m.retryLane))throw m.retryLane=a,ca(e,a),xt(u,e,a),ac;Gc(r)||hu(),t=oc(e,t,n)}else Gc(r)?(t.flags|=192,t.child=e.child,t=null):(e=m.treeContext,De=Zt(r.nextSibling),it=t,he=!0,Rn=null,Xt=!1,e!==null&&Tr(t,e),t=cc(t,a.children),t.flags|=4096);return t}return l?(qn(),r=a.fallback,l=t.mode,m=e.child,x=m.sibling,a=cn(m,{mode:"hidden",children:a.children}),a.subtreeFlags=m.subtreeFlags&65011712,x!==null?r=cn(x,r):(r=oa(r,l,n,null),r.flags|=2),r.return=t,a.return=t,a.sibling=r,t.child=a,$l(null,a),a=t.child,r=e.child.memoizedState,r===null?r=uc(n):(l=r.cachePool,l!==null?(m=Je._currentValue,l=l.parent!==m?{parent:m,pool:m}:l):l=Nr(),r={baseLanes:r.baseLanes|n,cachePool:l}),a.memoizedState=r,a.childLanes=sc(e,u,n),t.memoizedState=ic,$l(e.child,a)):(Mn(t),n=e.child,e=n.sibling,n=cn(n,{mode:"visible",children:a.children}),n.return=t,n.sibling=null,e!==null&&(u=t.deletions,u===null?(t.deletions=[e],t.flags|=16):u.push(e)),t.child=n,t.memoizedState=null,n)}function cc(e,t){return t=iu({mode:"visible",children:t},e.mode),t.return=e,e.child=t}function iu(e,t){return e=Rt(22,e,null,t),e.lanes=0,e}function oc(e,t,n){return ya(t,e.child,null,n),e=cc(t,t.pendingProps.children),e.flags|=2,t.memoizedState=null,e}function Zf(e,t,n){e.lanes|=t;var a=e.alternate;a!==null&&(a.lanes|=t),As(e.return,t,n)}function rc(e,t,n,a,l,i){var u=e.memoizedState;u===null?e.memoizedState={isBackwards:t,rendering:null,renderingStartTime:0,last:a,tail:n,tailMode:l,treeForkCount:i}:(u.isBackwards=t,u.rendering=null,u.renderingStartTime=0,u.last=a,u.tail=n,u.tailMode=l,u.treeForkCount=i)}function Jf(e,t,n){var a=t.pendingProps,l=a.revealOrder,i=a.tail;a=a.children;var u=Xe.current,r=(u&2)!==0;if(r?(u=u&1|2,t.flags|=128):u&=1,B(Xe,u),st(e,t,a,n),a=he?ql:0,!r&&e!==null&&(e.flags&128)!==0)e:for(e=t.child;e!==null;){if(e.tag===13)e.memoizedState!==null&&Zf(e,n,t);else if(e.tag===19)Zf(e,n,t);else if(e.child!==null){e.child.return=e,e=e.child;continue}if(e===t)break e;for(;e.sibling===null;){if(e.return===null||e.return===t)break e;e=e.return}e.sibling.return=e.return,e=e.sibling}switch(l){case"forwards":for(n=t.child,l=null;n!==null;)e=n.alternate,e!==null&&Ji(e)===null&&(l=n),n=n.sibling;n=l,n===null?(l=t.child,t.child=null):(l=n.sibling,n.sibling=null),rc(t,!1,l,n,i,a);break;case"backwards":case"unstable_legacy-backwards":for(n=null,l=t.child,t.child=null;l!==null;){if(e=l.alternate,e!==null&&Ji(e)===null){t.child=l;break}e=l.sibling,l.sibling=n,n=l,l=e}rc(t,!0,n,null,i,a);break;case"together":rc(t,!1,null,null,void 0,a);break;default:t.memoizedState=null}return t.child}function hn(e,t,n){if(e!==null&&(t.dependencies=e.dependencies),Vn|=t.lanes,(n&t.childLanes)===0)if(e!==null){if(Za(e,t,n,!1),(n&t.childLanes)===0)return null}else return null;if(e!==null&&t.child!==e.child)throw Error(o(153));if(t.child!==null){for(e=t.child,n=cn(e,e.pendingProps),t.child=n,n.return=t;e.sibling!==null;)e=e.sibling,n=n.sibling=cn(e,e.pendingProps),n.return=t;n.sibling=null}return t.child}function fc(e,t){return(e.lanes&t)!==0?!0:(e=e.dependencies,!!(e!==null&&Vi(e)))}function vg(e,t,n){switch(t.tag){case 3:ke(t,t.stateNode.containerInfo),On(t,Je,e.memoizedState.cache),ra();break;case 27:case 5:Kt(t);break;case 4:ke(t,t.stateNode.containerInfo);break;case 10:On(t,t.type,t.memoizedProps.value);break;case 31:if(t.memoizedState!==null)return t.flags|=128,qs(t),null;break;case 13:var a=t.memoizedState;if(a!==null)return a.dehydrated!==null?(Mn(t),t.flags|=128,null):(n&t.child.childLanes)!==0?Qf(e,t,n):(Mn(t),e=hn(e,t,n),e!==null?e.sibling:null);Mn(t);break;case 19:var l=(e.flags&128)!==0;if(a=(n&t.childLanes)!==0,a||(Za(e,t,n,!1),a=(n&t.childLanes)!==0),l){if(a)return Jf(e,t,n);t.flags|=128}if(l=t.memoizedState,l!==null&&(l.rendering=null,l.tail=null,l.lastEffect=null),B(Xe,Xe.current),a)break;return null;case 22:return t.lanes=0,Vf(e,t,n,t.pendingProps);case 24:On(t,Je,e.memoizedState.cache)}return hn(e,t,n)}function Kf(e,t,n){if(e!==null)if(e.memoizedProps!==t.pendingProps)$e=!0;else{if(!fc(e,n)&&(t.flags&128)===0)return $e=!1,vg(e,t,n);$e=(e.flags&131072)!==0}else $e=!1,he&&(t.flags&1048576)!==0&&_r(t,ql,t.index);switch(t.lanes=0,t.tag){case 16:e:{var a=t.pendingProps;if(e=ha(t.elementType),t.type=e,typeof e=="function")ys(e)?(a=va(e,a),t.tag=1,t=kf(null,t,e,a,n)):(t.tag=0,t=lc(null,t,e,a,n));else{if(e!=null){var l=e.$$typeof;if(l===Z){t.tag=11,t=qf(null,t,e,a,n);break e}else if(l===ae){t.tag=14,t=Lf(null,t,e,a,n);break e}}throw t=yt(e)||e,Error(o(306,t,""))}}return t;case 0:return lc(e,t,t.type,t.pendingProps,n);case 1:return a=t.type,l=va(a,t.pendingProps),kf(e,t,a,l,n);case 3:e:{if(ke(t,t.stateNode.containerInfo),e===null)throw Error(o(387));a=t.pendingProps;var i=t.memoizedState;l=i.element,Os(e,t),Xl(t,a,null,n);var u=t.memoizedState;if(a=u.cache,On(t,Je,a),a!==i.cache&&_s(t,[Je],n,!0),kl(),a=u.element,i.isDehydrated)if(i={element:a,isDehydrated:!1,cache:u.cache},t.updateQueue.baseState=i,t.memoizedState=i,t.flags&256){t=Xf(e,t,a,n);break e}else if(a!==l){l=Yt(Error(o(424)),t),Ll(l),t=Xf(e,t,a,n);break e}else for(e=t.stateNode.containerInfo,e.nodeType===9?e=e.body:e=e.nodeName==="HTML"?e.ownerDocument.body:e,De=Zt(e.firstChild),it=t,he=!0,Rn=null,Xt=!0,n=Hr(t,null,a,n),t.child=n;n;)n.flags=n.flags&-3|4096,n=n.sibling;else{if(ra(),a===l){t=hn(e,t,n);break e}st(e,t,a,n)}t=t.child}return t;case 26:return lu(e,t),e===null?(n=im(t.type,null,t.pendingProps,null))?t.memoizedState=n:he||(n=t.type,e=t.pendingProps,a=wu(te.current).createElement(n),a[lt]=t,a[pt]=e,ct(a,n,e),tt(a),t.stateNode=a):t.memoizedState=im(t.type,e.memoizedProps,t.pendingProps,e.memoizedState),null;case 27:return Kt(t),e===null&&he&&(a=t.stateNode=nm(t.type,t.pendingProps,te.current),it=t,Xt=!0,l=De,Xn(t.type)?(Xc=l,De=Zt(a.firstChild)):De=l),st(e,t,t.pendingProps.children,n),lu(e,t),e===null&&(t.flags|=4194304),t.child;case 5:return e===null&&he&&((l=a=De)&&(a=Kg(a,t.type,t.pendingProps,Xt),a!==null?(t.stateNode=a,it=t,De=Zt(a.firstChild),Xt=!1,l=!0):l=!1),l||Un(t)),Kt(t),l=t.type,i=t.pendingProps,u=e!==null?e.memoizedProps:null,a=i.children,Vc(l,i)?a=null:u!==null&&Vc(l,u)&&(t.flags|=32),t.memoizedState!==null&&(l=Hs(e,t,og,null,null,n),ri._currentValue=l),lu(e,t),st(e,t,a,n),t.child;case 6:return e===null&&he&&((e=n=De)&&(n=$g(n,t.pendingProps,Xt),n!==null?(t.stateNode=n,it=t,De=null,e=!0):e=!1),e||Un(t)),null;case 13:return Qf(e,t,n);case 4:return ke(t,t.stateNode.containerInfo),a=t.pendingProps,e===null?t.child=ya(t,null,a,n):st(e,t,a,n),t.child;case 11:return qf(e,t,t.type,t.pendingProps,n);case 7:return st(e,t,t.pendingProps,n),t.child;case 8:return st(e,t,t.pendingProps.children,n),t.child;case 12:return st(e,t,t.pendingProps.children,n),t.child;case 10:return a=t.pendingProps,On(t,t.type,a.value),st(e,t,a.children,n),t.child;case 9:return l=t.type._context,a=t.pendingProps.children,da(t),l=ut(l),a=a(l),t.flags|=1,st(e,t,a,n),t.child;case 14:return Lf(e,t,t.type,t.pendingProps,n);case 15:return Hf(e,t,t.type,t.pendingProps,n);case 19:return Jf(e,t,n);case 31:return pg(e,t,n);case 22:return Vf(e,t,n,t.pendingProps);case 24:return da(t),a=ut(Je),e===null?(l=Cs(),l===null&&(l=Oe,i=Ts(),l.pooledCache=i,i.refCount++,i!==null&&(l.pooledCacheLanes|=n),l=i),t.memoizedState={parent:a,cache:l},Us(t),On(t,Je,l)):((e.lanes&n)!==0&&(Os(e,t),Xl(t,null,null,n),kl()),l=e.memoizedState,i=t.memoizedState,l.parent!==a?(l={parent:a,cache:a},t.memoizedState=l,t.lanes===0&&(t.memoizedState=t.updateQueue.baseState=l),On(t,Je,a)):(a=i.cache,On(t,Je,a),a!==l.cache&&_s(t,[Je],n,!0))),st(e,t,t.pendingProps.children,n),t.child;case 29:throw t.pendingProps}throw Error(o(156,t.tag))}function gn(e){e.flags|=4}function dc(e,t,n,a,l){if((t=(e.mode&32)!==0)&&(t=!1),t){if(e.flags|=16777216,(l&335544128)===l)if(e.stateNode.complete)e.flags|=8192;else if(wd())e.flags|=8192;else throw ga=ki,Rs}else e.flags&=-16777217}function $f(e,t){if(t.type!=="stylesheet"||(t.state.loading&4)!==0)e.flags&=-16777217;else if(e.flags|=16777216,!rm(t))if(wd())e.flags|=8192;else throw ga=ki,Rs}function uu(e,t){t!==null&&(e.flags|=4),e.flags&16384&&(t=e.tag!==22?jo():536870912,e.lanes|=t,ll|=t)}function Fl(e,t){if(!he)switch(e.tailMode){case"hidden":t=e.tail;for(var n=null;t!==null;)t.alternate!==null&&(n=t),t=t.sibling;n===null?e.tail=null:n.sibling=null;break;case"collapsed":n=e.tail;for(var a=null;n!==null;)n.alternate!==null&&(a=n),n=n.sibling;a===null?t||e.tail===null?e.tail=null:e.tail.sibling=null:a.sibling=null}}function Me(e){var t=e.alternate!==null&&e.alternate.child===e.child,n=0,a=0;if(t)for(var l=e.child;l!==null;)n|=l.lanes|l.childLanes,a|=l.subtreeFlags&65011712,a|=l.flags&65011712,l.return=e,l=l.sibling;else for(l=e.child;l!==null;)n|=l.lanes|l.childLanes,a|=l.subtreeFlags,a|=l.flags,l.return=e,l=l.sibling;return e.subtreeFlags|=a,e.childLanes=n,t}function bg(e,t,n){var a=t.pendingProps;switch(Ss(t),t.tag){case 16:case 15:case 0:case 11:case 7:case 8:case 12:case 9:case 14:return Me(t),null;case 1:return Me(t),null;case 3:return n=t.stateNode,a=null,e!==null&&(a=e.memoizedState.cache),t.memoizedState.cache!==a&&(t.flags|=2048),fn(Je),qe(),n.pendingContext&&(n.context=n.pendingContext,n.pendingContext=null),(e===null||e.child===null)&&(Qa(t)?gn(t):e===null||e.memoizedState.isDehydrated&&(t.flags&256)===0||(t.flags|=1024,Es())),Me(t),null;case 26:var l=t.type,i=t.memoizedState;return e===null?(gn(t),i!==null?(Me(t),$f(t,i)):(Me(t),dc(t,l,null,a,n))):i?i!==e.memoizedState?(gn(t),Me(t),$f(t,i)):(Me(t),t.flags&=-16777217):(e=e.memoizedProps,e!==a&&gn(t),Me(t),dc(t,l,e,a,n)),null;case 27:if(xn(t),n=te.current,l=t.type,e!==null&&t.stateNode!=null)e.memoizedProps!==a&&gn(t);else{if(!a){if(t.stateNode===null)throw Error(o(166));return Me(t),null}e=G.current,Qa(t)?jr(t):(e=nm(l,a,n),t.stateNode=e,gn(t))}return Me(t),null;case 5:if(xn(t),l=t.type,e!==null&&t.stateNode!=null)e.memoizedProps!==a&&gn(t);else{if(!a){if(t.stateNode===null)throw Error(o(166));return Me(t),null}if(i=G.current,Qa(t))jr(t);else{var u=wu(te.current);switch(i){case 1:i=u.createElementNS("http://www.w3.org/2000/svg",l);break;case 2:i=u.createElementNS("http://www.w3.org/1998/Math/MathML",l);break;default:switch(l){case"svg":i=u.createElementNS("http://www.w3.org/2000/svg",l);break;case"math":i=u.createElementNS("http://www.w3.org/1998/Math/MathML",l);break;case"script":i=u.createElement("div"),i.innerHTML="<script><\/script>",i=i.removeChild(i.firstChild);break;case"select":i=typeof a.is=="string"?u.createElement("select",{is:a.is}):u.createElement("select"),a.multiple?i.multiple=!0:a.size&&(i.size=a.size);break;default:i=typeof a.is=="string"?u.createElement(l,{is:a.is}):u.createElement(l)}}i[lt]=t,i[pt]=a;e:for(u=t.child;u!==null;){if(u.tag===5||u.tag===6)i.appendChild(u.stateNode);else if(u.tag!==4&&u.tag!==27&&u.child!==null){u.child.return=u,u=u.child;continue}if(u===t)break e;for(;u.sibling===null;){if(u.return===null||u.return===t)break e;u=u.return}u.sibling.return=u.return,u=u.sibling}t.stateNode=i;e:switch(ct(i,l,a),l){case"button":case"input":case"select":case"textarea":a=!!a.autoFocus;break e;case"img":a=!0;break e;default:a=!1}a&&gn(t)}}return Me(t),dc(t,t.type,e===null?null:e.memoizedProps,t.pendingProps,n),null;case 6:if(e&&t.stateNode!=null)e.memoizedProps!==a&&gn(t);else{if(typeof a!="string"&&t.stateNode===null)throw Error(o(166));if(e=te.current,Qa(t)){if(e=t.stateNode,n=t.memoizedProps,a=null,l=it,l!==null)switch(l.tag){case 27:case 5:a=l.memoizedProps}e[lt]=t,e=!!(e.nodeValue===n||a!==null&&a.suppressHydrationWarning===!0||Qd(e.nodeValue,n)),e||Un(t,!0)}else e=wu(e).createTextNode(a),e[lt]=t,t.stateNode=e}return Me(t),null;case 31:if(n=t.memoizedState,e===null||e.memoizedState!==null){if(a=Qa(t),n!==null){if(e===null){if(!a)throw Error(o(318));if(e=t.memoizedState,e=e!==null?e.dehydrated:null,!e)throw Error(o(557));e[lt]=t}else ra(),(t.flags&128)===0&&(t.memoizedState=null),t.flags|=4;Me(t),e=!1}else n=Es(),e!==null&&e.memoizedState!==null&&(e.memoizedState.hydrationErrors=n),e=!0;if(!e)return t.flags&256?(Ot(t),t):(Ot(t),null);if((t.flags&128)!==0)throw Error(o(558))}return Me(t),null;case 13:if(a=t.memoizedState,e===null||e.memoizedState!==null&&e.memoizedState.dehydrated!==null){if(l=Qa(t),a!==null&&a.dehydrated!==null){if(e===null){if(!l)throw Error(o(318));if(l=t.memoizedState,l=l!==null?l.dehydrated:null,!l)throw Error(o(317));l[lt]=t}else ra(),(t.flags&128)===0&&(t.memoizedState=null),t.flags|=4;Me(t),l=!1}else l=Es(),e!==null&&e.memoizedState!==null&&(e.memoizedState.hydrationErrors=l),l=!0;if(!l)return t.flags&256?(Ot(t),t):(Ot(t),null)}return Ot(t),(t.flags&128)!==0?(t.lanes=n,t):(n=a!==null,e=e!==null&&e.memoizedState!==null,n&&(a=t.child,l=null,a.alternate!==null&&a.alternate.memoizedState!==null&&a.alternate.memoizedState.cachePool!==null&&(l=a.alternate.memoizedState.cachePool.pool),i=null,a.memoizedState!==null&&a.memoizedState.cachePool!==null&&(i=a.memoizedState.cachePool.pool),i!==l&&(a.flags|=2048)),n!==e&&n&&(t.child.flags|=8192),uu(t,t.updateQueue),Me(t),null);case 4:return qe(),e===null&&Dc(t.stateNode.containerInfo),Me(t),null;case 10:return fn(t.type),Me(t),null;case 19:if(z(Xe),a=t.memoizedState,a===null)return Me(t),null;if(l=(t.flags&128)!==0,i=a.rendering,i===null)if(l)Fl(a,!1);else{if(Ge!==0||e!==null&&(e.flags&128)!==0)for(e=t.child;e!==null;){if(i=Ji(e),i!==null){for(t.flags|=128,Fl(a,!1),e=i.updateQueue,t.updateQueue=e,uu(t,e),t.subtreeFlags=0,e=n,n=t.child;n!==null;)Er(n,e),n=n.sibling;return B(Xe,Xe.current&1|2),he&&on(t,a.treeForkCount),t.child}e=e.sibling}a.tail!==null&&We()>fu&&(t.flags|=128,l=!0,Fl(a,!1),t.lanes=4194304)}else{if(!l)if(e=Ji(i),e!==null){if(t.flags|=128,l=!0,e=e.updateQueue,t.updateQueue=e,uu(t,e),Fl(a,!0),a.tail===null&&a.tailMode==="hidden"&&!i.alternate&&!he)return Me(t),null}else 2*We()-a.renderingStartTime>fu&&n!==536870912&&(t.flags|=128,l=!0,Fl(a,!1),t.lanes=4194304);a.isBackwards?(i.sibling=t.child,t.child=i):(e=a.last,e!==null?e.sibling=i:t.child=i,a.last=i)}return a.tail!==null?(e=a.tail,a.rendering=e,a.tail=e.sibling,a.renderingStartTime=We(),e.sibling=null,n=Xe.current,B(Xe,l?n&1|2:n&1),he&&on(t,a.treeForkCount),e):(Me(t),null);case 22:case 23:return Ot(t),Ms(),a=t.memoizedState!==null,e!==null?e.memoizedState!==null!==a&&(t.flags|=8192):a&&(t.flags|=8192),a?(n&536870912)!==0&&(t.flags&128)===0&&(Me(t),t.subtreeFlags&6&&(t.flags|=8192)):Me(t),n=t.updateQueue,n!==null&&uu(t,n.retryQueue),n=null,e!==null&&e.memoizedState!==null&&e.memoizedState.cachePool!==null&&(n=e.memoizedState.cachePool.pool),a=null,t.memoizedState!==null&&t.memoizedState.cachePool!==null&&(a=t.memoizedState.cachePool.pool),a!==n&&(t.flags|=2048),e!==null&&z(ma),null;case 24:return n=null,e!==null&&(n=e.memoizedState.cache),t.memoizedState.cache!==n&&(t.flags|=2048),fn(Je),Me(t),null;case 25:return null;case 30:return null}throw Error(o(156,t.tag))}function Sg(e,t){switch(Ss(t),t.tag){case 1:return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 3:return fn(Je),qe(),e=t.flags,(e&65536)!==0&&(e&128)===0?(t.flags=e&-65537|128,t):null;case 26:case 27:case 5:return xn(t),null;case 31:if(t.memoizedState!==null){if(Ot(t),t.alternate===null)throw Error(o(340));ra()}return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 13:if(Ot(t),e=t.memoizedState,e!==null&&e.dehydrated!==null){if(t.alternate===null)throw Error(o(340));ra()}return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 19:return z(Xe),null;case 4:return qe(),null;case 10:return fn(t.type),null;case 22:case 23:return Ot(t),Ms(),e!==null&&z(ma),e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 24:return fn(Je),null;case 25:return null;default:return null}}function Ff(e,t){switch(Ss(t),t.tag){case 3:fn(Je),qe();break;case 26:case 27:case 5:xn(t);break;case 4:qe();break;case 31:t.memoizedState!==null&&Ot(t);break;case 13:Ot(t);break;case 19:z(Xe);break;case 10:fn(t.type);break;case 22:case 23:Ot(t),Ms(),e!==null&&z(ma);break;case 24:fn(Je)}}function Wl(e,t){try{var n=t.updateQueue,a=n!==null?n.lastEffect:null;if(a!==null){var l=a.next;n=l;do{if((n.tag&e)===e){a=void 0;var i=n.create,u=n.inst;a=i(),u.destroy=a}n=n.next}while(n!==l)}}catch(r){Te(t,t.return,r)}}function Ln(e,t,n){try{var a=t.updateQueue,l=a!==null?a.lastEffect:null;if(l!==null){var i=l.next;a=i;do{if((a.tag&e)===e){var u=a.inst,r=u.destroy;if(r!==void 0){u.destroy=void 0,l=t;var m=n,x=r;try{x()}catch(O){Te(l,m,O)}}}a=a.next}while(a!==i)}}catch(O){Te(t,t.return,O)}}function Wf(e){var t=e.updateQueue;if(t!==null){var n=e.stateNode;try{Br(t,n)}catch(a){Te(e,e.return,a)}}}function If(e,t,n){n.props=va(e.type,e.memoizedProps),n.state=e.memoizedState;try{n.componentWillUnmount()}catch(a){Te(e,t,a)}}function Il(e,t){try{var n=e.ref;if(n!==null){switch(e.tag){case 26:case 27:case 5:var a=e.stateNode;break;case 30:a=e.stateNode;break;default:a=e.stateNode}typeof n=="function"?e.refCleanup=n(a):n.current=a}}catch(l){Te(e,t,l)}}function tn(e,t){var n=e.ref,a=e.refCleanup;if(n!==null)if(typeof a=="function")try{a()}catch(l){Te(e,t,l)}finally{e.refCleanup=null,e=e.alternate,e!=null&&(e.refCleanup=null)}else if(typeof n=="function")try{n(null)}catch(l){Te(e,t,l)}else n.current=null}function Pf(e){var t=e.type,n=e.memoizedProps,a=e.stateNode;try{e:switch(t){case"button":case"input":case"select":case"textarea":n.autoFocus&&a.focus();break e;case"img":n.src?a.src=n.src:n.srcSet&&(a.srcset=n.srcSet)}}catch(l){Te(e,e.return,l)}}function mc(e,t,n){try{var a=e.stateNode;Gg(a,e.type,n,t),a[pt]=t}catch(l){Te(e,e.return,l)}}function ed(e){return e.tag===5||e.tag===3||e.tag===26||e.tag===27&&Xn(e.type)||e.tag===4}function hc(e){e:for(;;){for(;e.sibling===null;){if(e.return===null||ed(e.return))return null;e=e.return}for(e.sibling.return=e.return,e=e.sibling;e.tag!==5&&e.tag!==6&&e.tag!==18;){if(e.tag===27&&Xn(e.type)||e.flags&2||e.child===null||e.tag===4)continue e;e.child.return=e,e=e.child}if(!(e.flags&2))return e.stateNode}}function gc(e,t,n){var a=e.tag;if(a===5||a===6)e=e.stateNode,t?(n.nodeType===9?n.body:n.nodeName==="HTML"?n.ownerDocument.body:n).insertBefore(e,t):(t=n.nodeType===9?n.body:n.nodeName==="HTML"?n.ownerDocument.body:n,t.appendChild(e),n=n._reactRootContainer,n!=null||t.onclick!==null||(t.onclick=un));else if(a!==4&&(a===27&&Xn(e.type)&&(n=e.stateNode,t=null),e=e.child,e!==null))for(gc(e,t,n),e=e.sibling;e!==null;)gc(e,t,n),e=e.sibling}function su(e,t,n){var a=e.tag;if(a===5||a===6)e=e.stateNode,t?n.insertBefore(e,t):n.appendChild(e);else if(a!==4&&(a===27&&Xn(e.type)&&(n=e.stateNode),e=e.child,e!==null))for(su(e,t,n),e=e.sibling;e!==null;)su(e,t,n),e=e.sibling}function td(e){var t=e.stateNode,n=e.memoizedProps;try{for(var a=e.type,l=t.attributes;l.length;)t.removeAttributeNode(l[0]);ct(t,a,n),t[lt]=e,t[pt]=n}catch(i){Te(e,e.return,i)}}var yn=!1,Fe=!1,yc=!1,nd=typeof WeakSet=="function"?WeakSet:Set,nt=null;function wg(e,t){if(e=e.containerInfo,Lc=Cu,e=mr(e),os(e)){if("selectionStart"in e)var n={start:e.selectionStart,end:e.selectionEnd};else e:{n=(n=e.ownerDocument)&&n.defaultView||window;var a=n.getSelection&&n.getSelection();if(a&&a.rangeCount!==0){n=a.anchorNode;var l=a.anchorOffset,i=a.focusNode;a=a.focusOffset;try{n.nodeType,i.nodeType}catch{n=null;break e}var u=0,r=-1,m=-1,x=0,O=0,D=e,_=null;t:for(;;){for(var T;D!==n||l!==0&&D.nodeType!==3||(r=u+l),D!==i||a!==0&&D.nodeType!==3||(m=u+a),D.nodeType===3&&(u+=D.nodeValue.length),(T=D.firstChild)!==null;)_=D,D=T;for(;;){if(D===e)break t;if(_===n&&++x===l&&(r=u),_===i&&++O===a&&(m=u),(T=D.nextSibling)!==null)break;D=_,_=D.parentNode}D=T}n=r===-1||m===-1?null:{start:r,end:m}}else n=null}n=n||{start:0,end:0}}else n=null;for(Hc={focusedElem:e,selectionRange:n},Cu=!1,nt=t;nt!==null;)if(t=nt,e=t.child,(t.subtreeFlags&1028)!==0&&e!==null)e.return=t,nt=e;else for(;nt!==null;){switch(t=nt,i=t.alternate,e=t.flags,t.tag){case 0:if((e&4)!==0&&(e=t.updateQueue,e=e!==null?e.events:null,e!==null))for(n=0;n<e.length;n++)l=e[n],l.ref.impl=l.nextImpl;break;case 11:case 15:break;case 1:if((e&1024)!==0&&i!==null){e=void 0,n=t,l=i.memoizedProps,i=i.memoizedState,a=n.stateNode;try{var k=va(n.type,l);e=a.getSnapshotBeforeUpdate(k,i),a.__reactInternalSnapshotBeforeUpdate=e}catch($){Te(n,n.return,$)}}break;case 3:if((e&1024)!==0){if(e=t.stateNode.containerInfo,n=e.nodeType,n===9)Yc(e);else if(n===1)switch(e.nodeName){case"HEAD":case"HTML":case"BODY":Yc(e);break;default:e.textContent=""}}break;case 5:case 26:case 27:case 6:case 4:case 17:break;default:if((e&1024)!==0)throw Error(o(163))}if(e=t.sibling,e!==null){e.return=t.return,nt=e;break}nt=t.return}}function ad(e,t,n){var a=n.flags;switch(n.tag){case 0:case 11:case 15:vn(e,n),a&4&&Wl(5,n);break;case 1:if(vn(e,n),a&4)if(e=n.stateNode,t===null)try{e.componentDidMount()}catch(u){Te(n,n.return,u)}else{var l=va(n.type,t.memoizedProps);t=t.memoizedState;try{e.componentDidUpdate(l,t,e.__reactInternalSnapshotBeforeUpdate)}catch(u){Te(n,n.return,u)}}a&64&&Wf(n),a&512&&Il(n,n.return);break;case 3:if(vn(e,n),a&64&&(e=n.updateQueue,e!==null)){if(t=null,n.child!==null)switch(n.child.tag){case 27:case 5:t=n.child.stateNode;break;case 1:t=n.child.stateNode}try{Br(e,t)}catch(u){Te(n,n.return,u)}}break;case 27:t===null&&a&4&&td(n);case 26:case 5:vn(e,n),t===null&&a&4&&Pf(n),a&512&&Il(n,n.return);break;case 12:vn(e,n);break;case 31:vn(e,n),a&4&&ud(e,n);break;case 13:vn(e,n),a&4&&sd(e,n),a&64&&(e=n.memoizedState,e!==null&&(e=e.dehydrated,e!==null&&(n=Ug.bind(null,n),Fg(e,n))));break;case 22:if(a=n.memoizedState!==null||yn,!a){t=t!==null&&t.memoizedState!==null||Fe,l=yn;var i=Fe;yn=a,(Fe=t)&&!i?bn(e,n,(n.subtreeFlags&8772)!==0):vn(e,n),yn=l,Fe=i}break;case 30:break;default:vn(e,n)}}function ld(e){var t=e.alternate;t!==null&&(e.alternate=null,ld(t)),e.child=null,e.deletions=null,e.sibling=null,e.tag===5&&(t=e.stateNode,t!==null&&Zu(t)),e.stateNode=null,e.return=null,e.dependencies=null,e.memoizedProps=null,e.memoizedState=null,e.pendingProps=null,e.stateNode=null,e.updateQueue=null}var He=null,bt=!1;function pn(e,t,n){for(n=n.child;n!==null;)id(e,t,n),n=n.sibling}function id(e,t,n){if(ie&&typeof ie.onCommitFiberUnmount=="function")try{ie.onCommitFiberUnmount(F,n)}catch{}switch(n.tag){case 26:Fe||tn(n,t),pn(e,t,n),n.memoizedState?n.memoizedState.count--:n.stateNode&&(n=n.stateNode,n.parentNode.removeChild(n));break;case 27:Fe||tn(n,t);var a=He,l=bt;Xn(n.type)&&(He=n.stateNode,bt=!1),pn(e,t,n),si(n.stateNode),He=a,bt=l;break;case 5:Fe||tn(n,t);case 6:if(a=He,l=bt,He=null,pn(e,t,n),He=a,bt=l,He!==null)if(bt)try{(He.nodeType===9?He.body:He.nodeName==="HTML"?He.ownerDocument.body:He).removeChild(n.stateNode)}catch(i){Te(n,t,i)}else try{He.removeChild(n.stateNode)}catch(i){Te(n,t,i)}break;case 18:He!==null&&(bt?(e=He,Wd(e.nodeType===9?e.body:e.nodeName==="HTML"?e.ownerDocument.body:e,n.stateNode),dl(e)):Wd(He,n.stateNode));break;case 4:a=He,l=bt,He=n.stateNode.containerInfo,bt=!0,pn(e,t,n),He=a,bt=l;break;case 0:case 11:case 14:case 15:Ln(2,n,t),Fe||Ln(4,n,t),pn(e,t,n);break;case 1:Fe||(tn(n,t),a=n.stateNode,typeof a.componentWillUnmount=="function"&&If(n,t,a)),pn(e,t,n);break;case 21:pn(e,t,n);break;case 22:Fe=(a=Fe)||n.memoizedState!==null,pn(e,t,n),Fe=a;break;default:pn(e,t,n)}}function ud(e,t){if(t.memoizedState===null&&(e=t.alternate,e!==null&&(e=e.memoizedState,e!==null))){e=e.dehydrated;try{dl(e)}catch(n){Te(t,t.return,n)}}}function sd(e,t){if(t.memoizedState===null&&(e=t.alternate,e!==null&&(e=e.memoizedState,e!==null&&(e=e.dehydrated,e!==null))))try{dl(e)}catch(n){Te(t,t.return,n)}}function Eg(e){switch(e.tag){case 31:case 13:case 19:var t=e.stateNode;return t===null&&(t=e.stateNode=new nd),t;case 22:return e=e.stateNode,t=e._retryCache,t===null&&(t=e._retryCache=new nd),t;default:throw Error(o(435,e.tag))}}function cu(e,t){var n=Eg(e);t.forEach(function(a){if(!n.has(a)){n.add(a);var l=Og.bind(null,e,a);a.then(l,l)}})}function St(e,t){var n=t.deletions;if(n!==null)for(var a=0;a<n.length;a++){var l=n[a],i=e,u=t,r=u;e:for(;r!==null;){switch(r.tag){case 27:if(Xn(r.type)){He=r.stateNode,bt=!1;break e}break;case 5:He=r.stateNode,bt=!1;break e;case 3:case 4:He=r.stateNode.containerInfo,bt=!0;break e}r=r.return}if(He===null)throw Error(o(160));id(i,u,l),He=null,bt=!1,i=l.alternate,i!==null&&(i.return=null),l.return=null}if(t.subtreeFlags&13886)for(t=t.child;t!==null;)cd(t,e),t=t.sibling}var Ft=null;function cd(e,t){var n=e.alternate,a=e.flags;switch(e.tag){case 0:case 11:case 14:case 15:St(t,e),wt(e),a&4&&(Ln(3,e,e.return),Wl(3,e),Ln(5,e,e.return));break;case 1:St(t,e),wt(e),a&512&&(Fe||n===null||tn(n,n.return)),a&64&&yn&&(e=e.updateQueue,e!==null&&(a=e.callbacks,a!==null&&(n=e.shared.hiddenCallbacks,e.shared.hiddenCallbacks=n===null?a:n.concat(a))));break;case 26:var l=Ft;if(St(t,e),wt(e),a&512&&(Fe||n===null||tn(n,n.return)),a&4){var i=n!==null?n.memoizedState:null;if(a=e.memoizedState,n===null)if(a===null)if(e.stateNode===null){e:{a=e.type,n=e.memoizedProps,l=l.ownerDocument||l;t:switch(a){case"title":i=l.getElementsByTagName("title")[0],(!i||i[_l]||i[lt]||i.namespaceURI==="http://www.w3.org/2000/svg"||i.hasAttribute("itemprop"))&&(i=l.createElement(a),l.head.insertBefore(i,l.querySelector("head > title"))),ct(i,a,n),i[lt]=e,tt(i),a=i;break e;case"link":var u=cm("link","href",l).get(a+(n.href||""));if(u){for(var r=0;r<u.length;r++)if(i=u[r],i.getAttribute("href")===(n.href==null||n.href===""?null:n.href)&&i.getAttribute("rel")===(n.rel==null?null:n.rel)&&i.getAttribute("title")===(n.title==null?null:n.title)&&i.getAttribute("crossorigin")===(n.crossOrigin==null?null:n.crossOrigin)){u.splice(r,1);break t}}i=l.createElement(a),ct(i,a,n),l.head.appendChild(i);break;case"meta":if(u=cm("meta","content",l).get(a+(n.content||""))){for(r=0;r<u.length;r++)if(i=u[r],i.getAttribute("content")===(n.content==null?null:""+n.content)&&i.getAttribute("name")===(n.name==null?null:n.name)&&i.getAttribute("property")===(n.property==null?null:n.property)&&i.getAttribute("http-equiv")===(n.httpEquiv==null?null:n.httpEquiv)&&i.getAttribute("charset")===(n.charSet==null?null:n.charSet)){u.splice(r,1);break t}}i=l.createElement(a),ct(i,a,n),l.head.appendChild(i);break;default:throw Error(o(468,a))}i[lt]=e,tt(i),a=i}e.stateNode=a}else om(l,e.type,e.stateNode);else e.stateNode=sm(l,a,e.memoizedProps);else i!==a?(i===null?n.stateNode!==null&&(n=n.stateNode,n.parentNode.removeChild(n)):i.count--,a===null?om(l,e.type,e.stateNode):sm(l,a,e.memoizedProps)):a===null&&e.stateNode!==null&&mc(e,e.memoizedProps,n.memoizedProps)}break;case 27:St(t,e),wt(e),a&512&&(Fe||n===null||tn(n,n.return)),n!==null&&a&4&&mc(e,e.memoizedProps,n.memoizedProps);break;case 5:if(St(t,e),wt(e),a&512&&(Fe||n===null||tn(n,n.return)),e.flags&32){l=e.stateNode;try{Ma(l,"")}catch(k){Te(e,e.return,k)}}a&4&&e.stateNode!=null&&(l=e.memoizedProps,mc(e,l,n!==null?n.memoizedProps:l)),a&1024&&(yc=!0);break;case 6:if(St(t,e),wt(e),a&4){if(e.stateNode===null)throw Error(o(162));a=e.memoizedProps,n=e.stateNode;try{n.nodeValue=a}catch(k){Te(e,e.return,k)}}break;case 3:if(Au=null,l=Ft,Ft=Eu(t.containerInfo),St(t,e),Ft=l,wt(e),a&4&&n!==null&&n.memoizedState.isDehydrated)try{dl(t.containerInfo)}catch(k){Te(e,e.return,k)}yc&&(yc=!1,od(e));break;case 4:a=Ft,Ft=Eu(e.stateNode.containerInfo),St(t,e),wt(e),Ft=a;break;case 12:St(t,e),wt(e);break;case 31:St(t,e),wt(e),a&4&&(a=e.updateQueue,a!==null&&(e.updateQueue=null,cu(e,a)));break;case 13:St(t,e),wt(e),e.child.flags&8192&&e.memoizedState!==null!=(n!==null&&n.memoizedState!==null)&&(ru=We()),a&4&&(a=e.updateQueue,a!==null&&(e.updateQueue=null,cu(e,a)));break;case 22:l=e.memoizedState!==null;var m=n!==null&&n.memoizedState!==null,x=yn,O=Fe;if(yn=x||l,Fe=O||m,St(t,e),Fe=O,yn=x,wt(e),a&8192)e:for(t=e.stateNode,t._visibility=l?t._visibility&-2:t._visibility|1,l&&(n===null||m||yn||Fe||ba(e)),n=null,t=e;;){if(t.tag===5||t.tag===26){if(n===null){m=n=t;try{if(i=m.stateNode,l)u=i.style,typeof u.setProperty=="function"?u.setProperty("display","none","important"):u.display="none";else{r=m.stateNode;var D=m.memoizedProps.style,_=D!=null&&D.hasOwnProperty("display")?D.display:null;r.style.display=_==null||typeof _=="boolean"?"":(""+_).trim()}}catch(k){Te(m,m.return,k)}}}else if(t.tag===6){if(n===null){m=t;try{m.stateNode.nodeValue=l?"":m.memoizedProps}catch(k){Te(m,m.return,k)}}}else if(t.tag===18){if(n===null){m=t;try{var T=m.stateNode;l?Id(T,!0):Id(m.stateNode,!1)}catch(k){Te(m,m.return,k)}}}else if((t.tag!==22&&t.tag!==23||t.memoizedState===null||t===e)&&t.child!==null){t.child.return=t,t=t.child;continue}if(t===e)break e;for(;t.sibling===null;){if(t.return===null||t.return===e)break e;n===t&&(n=null),t=t.return}n===t&&(n=null),t.sibling.return=t.return,t=t.sibling}a&4&&(a=e.updateQueue,a!==null&&(n=a.retryQueue,n!==null&&(a.retryQueue=null,cu(e,n))));break;case 19:St(t,e),wt(e),a&4&&(a=e.updateQueue,a!==null&&(e.updateQueue=null,cu(e,a)));break;case 30:break;case 21:break;default:St(t,e),wt(e)}}function wt(e){var t=e.flags;if(t&2){try{for(var n,a=e.return;a!==null;){if(ed(a)){n=a;break}a=a.return}if(n==null)throw Error(o(160));switch(n.tag){case 27:var l=n.stateNode,i=hc(e);su(e,i,l);break;case 5:var u=n.stateNode;n.flags&32&&(Ma(u,""),n.flags&=-33);var r=hc(e);su(e,r,u);break;case 3:case 4:var m=n.stateNode.containerInfo,x=hc(e);gc(e,x,m);break;default:throw Error(o(161))}}catch(O){Te(e,e.return,O)}e.flags&=-3}t&4096&&(e.flags&=-4097)}function od(e){if(e.subtreeFlags&1024)for(e=e.child;e!==null;){var t=e;od(t),t.tag===5&&t.flags&1024&&t.stateNode.reset(),e=e.sibling}}function vn(e,t){if(t.subtreeFlags&8772)for(t=t.child;t!==null;)ad(e,t.alternate,t),t=t.sibling}function ba(e){for(e=e.child;e!==null;){var t=e;switch(t.tag){case 0:case 11:case 14:case 15:Ln(4,t,t.return),ba(t);break;case 1:tn(t,t.return);var n=t.stateNode;typeof n.componentWillUnmount=="function"&&If(t,t.return,n),ba(t);break;case 27:si(t.stateNode);case 26:case 5:tn(t,t.return),ba(t);break;case 22:t.memoizedState===null&&ba(t);break;case 30:ba(t);break;default:ba(t)}e=e.sibling}}function bn(e,t,n){for(n=n&&(t.subtreeFlags&8772)!==0,t=t.child;t!==null;){var a=t.alternate,l=e,i=t,u=i.flags;switch(i.tag){case 0:case 11:case 15:bn(l,i,n),Wl(4,i);break;case 1:if(bn(l,i,n),a=i,l=a.stateNode,typeof l.componentDidMount=="function")try{l.componentDidMount()}catch(x){Te(a,a.return,x)}if(a=i,l=a.updateQueue,l!==null){var r=a.stateNode;try{var m=l.shared.hiddenCallbacks;if(m!==null)for(l.shared.hiddenCallbacks=null,l=0;l<m.length;l++)Vr(m[l],r)}catch(x){Te(a,a.return,x)}}n&&u&64&&Wf(i),Il(i,i.return);break;case 27:td(i);case 26:case 5:bn(l,i,n),n&&a===null&&u&4&&Pf(i),Il(i,i.return);break;case 12:bn(l,i,n);break;case 31:bn(l,i,n),n&&u&4&&ud(l,i);break;case 13:bn(l,i,n),n&&u&4&&sd(l,i);break;case 22:i.memoizedState===null&&bn(l,i,n),Il(i,i.return);break;case 30:break;default:bn(l,i,n)}t=t.sibling}}function pc(e,t){var n=null;e!==null&&e.memoizedState!==null&&e.memoizedState.cachePool!==null&&(n=e.memoizedState.cachePool.pool),e=null,t.memoizedState!==null&&t.memoizedState.cachePool!==null&&(e=t.memoizedState.cachePool.pool),e!==n&&(e!=null&&e.refCount++,n!=null&&Hl(n))}function vc(e,t){e=null,t.alternate!==null&&(e=t.alternate.memoizedState.cache),t=t.memoizedState.cache,t!==e&&(t.refCount++,e!=null&&Hl(e))}function Wt(e,t,n,a){if(t.subtreeFlags&10256)for(t=t.child;t!==null;)rd(e,t,n,a),t=t.sibling}function rd(e,t,n,a){var l=t.flags;switch(t.tag){case 0:case 11:case 15:Wt(e,t,n,a),l&2048&&Wl(9,t);break;case 1:Wt(e,t,n,a);break;case 3:Wt(e,t,n,a),l&2048&&(e=null,t.alternate!==null&&(e=t.alternate.memoizedState.cache),t=t.memoizedState.cache,t!==e&&(t.refCount++,e!=null&&Hl(e)));break;case 12:if(l&2048){Wt(e,t,n,a),e=t.stateNode;try{var i=t.memoizedProps,u=i.id,r=i.onPostCommit;typeof r=="function"&&r(u,t.alternate===null?"mount":"update",e.passiveEffectDuration,-0)}catch(m){Te(t,t.return,m)}}else Wt(e,t,n,a);break;case 31:Wt(e,t,n,a);break;case 13:Wt(e,t,n,a);break;case 23:break;case 22:i=t.stateNode,u=t.alternate,t.memoizedState!==null?i._visibility&2?Wt(e,t,n,a):Pl(e,t):i._visibility&2?Wt(e,t,n,a):(i._visibility|=2,tl(e,t,n,a,(t.subtreeFlags&10256)!==0||!1)),l&2048&&pc(u,t);break;case 24:Wt(e,t,n,a),l&2048&&vc(t.alternate,t);break;default:Wt(e,t,n,a)}}function tl(e,t,n,a,l){for(l=l&&((t.subtreeFlags&10256)!==0||!1),t=t.child;t!==null;){var i=e,u=t,r=n,m=a,x=u.flags;switch(u.tag){case 0:case 11:case 15:tl(i,u,r,m,l),Wl(8,u);break;case 23:break;case 22:var O=u.stateNode;u.memoizedState!==null?O._visibility&2?tl(i,u,r,m,l):Pl(i,u):(O._visibility|=2,tl(i,u,r,m,l)),l&&x&2048&&pc(u.alternate,u);break;case 24:tl(i,u,r,m,l),l&&x&2048&&vc(u.alternate,u);break;default:tl(i,u,r,m,l)}t=t.sibling}}function Pl(e,t){if(t.subtreeFlags&10256)for(t=t.child;t!==null;){var n=e,a=t,l=a.flags;switch(a.tag){case 22:Pl(n,a),l&2048&&pc(a.alternate,a);break;case 24:Pl(n,a),l&2048&&vc(a.alternate,a);break;default:Pl(n,a)}t=t.sibling}}var ei=8192;function nl(e,t,n){if(e.subtreeFlags&ei)for(e=e.child;e!==null;)fd(e,t,n),e=e.sibling}function fd(e,t,n){switch(e.tag){case 26:nl(e,t,n),e.flags&ei&&e.memoizedState!==null&&cy(n,Ft,e.memoizedState,e.memoizedProps);break;case 5:nl(e,t,n);break;case 3:case 4:var a=Ft;Ft=Eu(e.stateNode.containerInfo),nl(e,t,n),Ft=a;break;case 22:e.memoizedState===null&&(a=e.alternate,a!==null&&a.memoizedState!==null?(a=ei,ei=16777216,nl(e,t,n),ei=a):nl(e,t,n));break;default:nl(e,t,n)}}function dd(e){var t=e.alternate;if(t!==null&&(e=t.child,e!==null)){t.child=null;do t=e.sibling,e.sibling=null,e=t;while(e!==null)}}function ti(e){var t=e.deletions;if((e.flags&16)!==0){if(t!==null)for(var n=0;n<t.length;n++){var a=t[n];nt=a,hd(a,e)}dd(e)}if(e.subtreeFlags&10256)for(e=e.child;e!==null;)md(e),e=e.sibling}function md(e){switch(e.tag){case 0:case 11:case 15:ti(e),e.flags&2048&&Ln(9,e,e.return);break;case 3:ti(e);break;case 12:ti(e);break;case 22:var t=e.stateNode;e.memoizedState!==null&&t._visibility&2&&(e.return===null||e.return.tag!==13)?(t._visibility&=-3,ou(e)):ti(e);break;default:ti(e)}}function ou(e){var t=e.deletions;if((e.flags&16)!==0){if(t!==null)for(var n=0;n<t.length;n++){var a=t[n];nt=a,hd(a,e)}dd(e)}for(e=e.child;e!==null;){switch(t=e,t.tag){case 0:case 11:case 15:Ln(8,t,t.return),ou(t);break;case 22:n=t.stateNode,n._visibility&2&&(n._visibility&=-3,ou(t));break;default:ou(t)}e=e.sibling}}function hd(e,t){for(;nt!==null;){var n=nt;switch(n.tag){case 0:case 11:case 15:Ln(8,n,t);break;case 23:case 22:if(n.memoizedState!==null&&n.memoizedState.cachePool!==null){var a=n.memoizedState.cachePool.pool;a!=null&&a.refCount++}break;case 24:Hl(n.memoizedState.cache)}if(a=n.child,a!==null)a.return=n,nt=a;else e:for(n=e;nt!==null;){a=nt;var l=a.sibling,i=a.return;if(ld(a),a===n){nt=null;break e}if(l!==null){l.return=i,nt=l;break e}nt=i}}}var xg={getCacheForType:function(e){var t=ut(Je),n=t.data.get(e);return n===void 0&&(n=e(),t.data.set(e,n)),n},cacheSignal:function(){return ut(Je).controller.signal}},Ag=typeof WeakMap=="function"?WeakMap:Map,Ee=0,Oe=null,ce=null,de=0,_e=0,Nt=null,Hn=!1,al=!1,bc=!1,Sn=0,Ge=0,Vn=0,Sa=0,Sc=0,zt=0,ll=0,ni=null,Et=null,wc=!1,ru=0,gd=0,fu=1/0,du=null,Bn=null,Ie=0,Yn=null,il=null,wn=0,Ec=0,xc=null,yd=null,ai=0,Ac=null;function Dt(){return(Ee&2)!==0&&de!==0?de&-de:U.T!==null?Uc():Oo()}function pd(){if(zt===0)if((de&536870912)===0||he){var e=na;na<<=1,(na&3932160)===0&&(na=262144),zt=e}else zt=536870912;return e=Ut.current,e!==null&&(e.flags|=32),zt}function xt(e,t,n){(e===Oe&&(_e===2||_e===9)||e.cancelPendingCommit!==null)&&(ul(e,0),Gn(e,de,zt,!1)),Al(e,n),((Ee&2)===0||e!==Oe)&&(e===Oe&&((Ee&2)===0&&(Sa|=n),Ge===4&&Gn(e,de,zt,!1)),nn(e))}function vd(e,t,n){if((Ee&6)!==0)throw Error(o(327));var a=!n&&(t&127)===0&&(t&e.expiredLanes)===0||xl(e,t),l=a?jg(e,t):Tc(e,t,!0),i=a;do{if(l===0){al&&!a&&Gn(e,t,0,!1);break}else{if(n=e.current.alternate,i&&!_g(n)){l=Tc(e,t,!1),i=!1;continue}if(l===2){if(i=t,e.errorRecoveryDisabledLanes&i)var u=0;else u=e.pendingLanes&-536870913,u=u!==0?u:u&536870912?536870912:0;if(u!==0){t=u;e:{var r=e;l=ni;var m=r.current.memoizedState.isDehydrated;if(m&&(ul(r,u).flags|=256),u=Tc(r,u,!1),u!==2){if(bc&&!m){r.errorRecoveryDisabledLanes|=i,Sa|=i,l=4;break e}i=Et,Et=l,i!==null&&(Et===null?Et=i:Et.push.apply(Et,i))}l=u}if(i=!1,l!==2)continue}}if(l===1){ul(e,0),Gn(e,t,0,!0);break}e:{switch(a=e,i=l,i){case 0:case 1:throw Error(o(345));case 4:if((t&4194048)!==t)break;case 6:Gn(a,t,zt,!Hn);break e;case 2:Et=null;break;case 3:case 5:break;default:throw Error(o(329))}if((t&62914560)===t&&(l=ru+300-We(),10<l)){if(Gn(a,t,zt,!Hn),Ei(a,0,!0)!==0)break e;wn=t,a.timeoutHandle=$d(bd.bind(null,a,n,Et,du,wc,t,zt,Sa,ll,Hn,i,"Throttled",-0,0),l);break e}bd(a,n,Et,du,wc,t,zt,Sa,ll,Hn,i,null,-0,0)}}break}while(!0);nn(e)}function bd(e,t,n,a,l,i,u,r,m,x,O,D,_,T){if(e.timeoutHandle=-1,D=t.subtreeFlags,D&8192||(D&16785408)===16785408){D={stylesheets:null,count:0,imgCount:0,imgBytes:0,suspenseyImages:[],waitingForImages:!0,waitingForViewTransition:!1,unsuspend:un},fd(t,i,D);var k=(i&62914560)===i?ru-We():(i&4194048)===i?gd-We():0;if(k=oy(D,k),k!==null){wn=i,e.cancelPendingCommit=k(jd.bind(null,e,t,i,n,a,l,u,r,m,O,D,null,_,T)),Gn(e,i,u,!x);return}}jd(e,t,i,n,a,l,u,r,m)}function _g(e){for(var t=e;;){var n=t.tag;if((n===0||n===11||n===15)&&t.flags&16384&&(n=t.updateQueue,n!==null&&(n=n.stores,n!==null)))for(var a=0;a<n.length;a++){var l=n[a],i=l.getSnapshot;l=l.value;try{if(!Ct(i(),l))return!1}catch{return!1}}if(n=t.child,t.subtreeFlags&16384&&n!==null)n.return=t,t=n;else{if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return!0;t=t.return}t.sibling.return=t.return,t=t.sibling}}return!0}function Gn(e,t,n,a){t&=~Sc,t&=~Sa,e.suspendedLanes|=t,e.pingedLanes&=~t,a&&(e.warmLanes|=t),a=e.expirationTimes;for(var l=t;0<l;){var i=31-Le(l),u=1<<i;a[i]=-1,l&=~u}n!==0&&Co(e,n,t)}function mu(){return(Ee&6)===0?(li(0),!1):!0}function _c(){if(ce!==null){if(_e===0)var e=ce.return;else e=ce,rn=fa=null,Ys(e),Fa=null,Bl=0,e=ce;for(;e!==null;)Ff(e.alternate,e),e=e.return;ce=null}}function ul(e,t){var n=e.timeoutHandle;n!==-1&&(e.timeoutHandle=-1,Qg(n)),n=e.cancelPendingCommit,n!==null&&(e.cancelPendingCommit=null,n()),wn=0,_c(),Oe=e,ce=n=cn(e.current,null),de=t,_e=0,Nt=null,Hn=!1,al=xl(e,t),bc=!1,ll=zt=Sc=Sa=Vn=Ge=0,Et=ni=null,wc=!1,(t&8)!==0&&(t|=t&32);var a=e.entangledLanes;if(a!==0)for(e=e.entanglements,a&=t;0<a;){var l=31-Le(a),i=1<<l;t|=e[l],a&=~i}return Sn=t,Di(),n}function Sd(e,t){ne=null,U.H=Kl,t===$a||t===Gi?(t=Mr(),_e=3):t===Rs?(t=Mr(),_e=4):_e=t===ac?8:t!==null&&typeof t=="object"&&typeof t.then=="function"?6:1,Nt=t,ce===null&&(Ge=1,nu(e,Yt(t,e.current)))}function wd(){var e=Ut.current;return e===null?!0:(de&4194048)===de?Qt===null:(de&62914560)===de||(de&536870912)!==0?e===Qt:!1}function Ed(){var e=U.H;return U.H=Kl,e===null?Kl:e}function xd(){var e=U.A;return U.A=xg,e}function hu(){Ge=4,Hn||(de&4194048)!==de&&Ut.current!==null||(al=!0),(Vn&134217727)===0&&(Sa&134217727)===0||Oe===null||Gn(Oe,de,zt,!1)}function Tc(e,t,n){var a=Ee;Ee|=2;var l=Ed(),i=xd();(Oe!==e||de!==t)&&(du=null,ul(e,t)),t=!1;var u=Ge;e:do try{if(_e!==0&&ce!==null){var r=ce,m=Nt;switch(_e){case 8:_c(),u=6;break e;case 3:case 2:case 9:case 6:Ut.current===null&&(t=!0);var x=_e;if(_e=0,Nt=null,sl(e,r,m,x),n&&al){u=0;break e}break;default:x=_e,_e=0,Nt=null,sl(e,r,m,x)}}Tg(),u=Ge;break}catch(O){Sd(e,O)}while(!0);return t&&e.shellSuspendCounter++,rn=fa=null,Ee=a,U.H=l,U.A=i,ce===null&&(Oe=null,de=0,Di()),u}function Tg(){for(;ce!==null;)Ad(ce)}function jg(e,t){var n=Ee;Ee|=2;var a=Ed(),l=xd();Oe!==e||de!==t?(du=null,fu=We()+500,ul(e,t)):al=xl(e,t);e:do try{if(_e!==0&&ce!==null){t=ce;var i=Nt;t:switch(_e){case 1:_e=0,Nt=null,sl(e,t,i,1);break;case 2:case 9:if(zr(i)){_e=0,Nt=null,_d(t);break}t=function(){_e!==2&&_e!==9||Oe!==e||(_e=7),nn(e)},i.then(t,t);break e;case 3:_e=7;break e;case 4:_e=5;break e;case 7:zr(i)?(_e=0,Nt=null,_d(t)):(_e=0,Nt=null,sl(e,t,i,7));break;case 5:var u=null;switch(ce.tag){case 26:u=ce.memoizedState;case 5:case 27:var r=ce;if(u?rm(u):r.stateNode.complete){_e=0,Nt=null;var m=r.sibling;if(m!==null)ce=m;else{var x=r.return;x!==null?(ce=x,gu(x)):ce=null}break t}}_e=0,Nt=null,sl(e,t,i,5);break;case 6:_e=0,Nt=null,sl(e,t,i,6);break;case 8:_c(),Ge=6;break e;default:throw Error(o(462))}}Cg();break}catch(O){Sd(e,O)}while(!0);return rn=fa=null,U.H=a,U.A=l,Ee=n,ce!==null?0:(Oe=null,de=0,Di(),Ge)}function Cg(){for(;ce!==null&&!Sl();)Ad(ce)}function Ad(e){var t=Kf(e.alternate,e,Sn);e.memoizedProps=e.pendingProps,t===null?gu(e):ce=t}function _d(e){var t=e,n=t.alternate;switch(t.tag){case 15:case 0:t=Gf(n,t,t.pendingProps,t.type,void 0,de);break;case 11:t=Gf(n,t,t.pendingProps,t.type.render,t.ref,de);break;case 5:Ys(t);default:Ff(n,t),t=ce=Er(t,Sn),t=Kf(n,t,Sn)}e.memoizedProps=e.pendingProps,t===null?gu(e):ce=t}function sl(e,t,n,a){rn=fa=null,Ys(t),Fa=null,Bl=0;var l=t.return;try{if(yg(e,l,t,n,de)){Ge=1,nu(e,Yt(n,e.current)),ce=null;return}}catch(i){if(l!==null)throw ce=l,i;Ge=1,nu(e,Yt(n,e.current)),ce=null;return}t.flags&32768?(he||a===1?e=!0:al||(de&536870912)!==0?e=!1:(Hn=e=!0,(a===2||a===9||a===3||a===6)&&(a=Ut.current,a!==null&&a.tag===13&&(a.flags|=16384))),Td(t,e)):gu(t)}function gu(e){var t=e;do{if((t.flags&32768)!==0){Td(t,Hn);return}e=t.return;var n=bg(t.alternate,t,Sn);if(n!==null){ce=n;return}if(t=t.sibling,t!==null){ce=t;return}ce=t=e}while(t!==null);Ge===0&&(Ge=5)}function Td(e,t){do{var n=Sg(e.alternate,e);if(n!==null){n.flags&=32767,ce=n;return}if(n=e.return,n!==null&&(n.flags|=32768,n.subtreeFlags=0,n.deletions=null),!t&&(e=e.sibling,e!==null)){ce=e;return}ce=e=n}while(e!==null);Ge=6,ce=null}function jd(e,t,n,a,l,i,u,r,m){e.cancelPendingCommit=null;do yu();while(Ie!==0);if((Ee&6)!==0)throw Error(o(327));if(t!==null){if(t===e.current)throw Error(o(177));if(i=t.lanes|t.childLanes,i|=hs,sh(e,n,i,u,r,m),e===Oe&&(ce=Oe=null,de=0),il=t,Yn=e,wn=n,Ec=i,xc=l,yd=a,(t.subtreeFlags&10256)!==0||(t.flags&10256)!==0?(e.callbackNode=null,e.callbackPriority=0,Ng(ot,function(){return Nd(),null})):(e.callbackNode=null,e.callbackPriority=0),a=(t.flags&13878)!==0,(t.subtreeFlags&13878)!==0||a){a=U.T,U.T=null,l=V.p,V.p=2,u=Ee,Ee|=4;try{wg(e,t,n)}finally{Ee=u,V.p=l,U.T=a}}Ie=1,Cd(),Rd(),Ud()}}function Cd(){if(Ie===1){Ie=0;var e=Yn,t=il,n=(t.flags&13878)!==0;if((t.subtreeFlags&13878)!==0||n){n=U.T,U.T=null;var a=V.p;V.p=2;var l=Ee;Ee|=4;try{cd(t,e);var i=Hc,u=mr(e.containerInfo),r=i.focusedElem,m=i.selectionRange;if(u!==r&&r&&r.ownerDocument&&dr(r.ownerDocument.documentElement,r)){if(m!==null&&os(r)){var x=m.start,O=m.end;if(O===void 0&&(O=x),"selectionStart"in r)r.selectionStart=x,r.selectionEnd=Math.min(O,r.value.length);else{var D=r.ownerDocument||document,_=D&&D.defaultView||window;if(_.getSelection){var T=_.getSelection(),k=r.textContent.length,$=Math.min(m.start,k),Ue=m.end===void 0?$:Math.min(m.end,k);!T.extend&&$>Ue&&(u=Ue,Ue=$,$=u);var b=fr(r,$),h=fr(r,Ue);if(b&&h&&(T.rangeCount!==1||T.anchorNode!==b.node||T.anchorOffset!==b.offset||T.focusNode!==h.node||T.focusOffset!==h.offset)){var E=D.createRange();E.setStart(b.node,b.offset),T.removeAllRanges(),$>Ue?(T.addRange(E),T.extend(h.node,h.offset)):(E.setEnd(h.node,h.offset),T.addRange(E))}}}}for(D=[],T=r;T=T.parentNode;)T.nodeType===1&&D.push({element:T,left:T.scrollLeft,top:T.scrollTop});for(typeof r.focus=="function"&&r.focus(),r=0;r<D.length;r++){var N=D[r];N.element.scrollLeft=N.left,N.element.scrollTop=N.top}}Cu=!!Lc,Hc=Lc=null}finally{Ee=l,V.p=a,U.T=n}}e.current=t,Ie=2}}function Rd(){if(Ie===2){Ie=0;var e=Yn,t=il,n=(t.flags&8772)!==0;if((t.subtreeFlags&8772)!==0||n){n=U.T,U.T=null;var a=V.p;V.p=2;var l=Ee;Ee|=4;try{ad(e,t.alternate,t)}finally{Ee=l,V.p=a,U.T=n}}Ie=3}}function Ud(){if(Ie===4||Ie===3){Ie=0,ea();var e=Yn,t=il,n=wn,a=yd;(t.subtreeFlags&10256)!==0||(t.flags&10256)!==0?Ie=5:(Ie=0,il=Yn=null,Od(e,e.pendingLanes));var l=e.pendingLanes;if(l===0&&(Bn=null),Xu(n),t=t.stateNode,ie&&typeof ie.onCommitFiberRoot=="function")try{ie.onCommitFiberRoot(F,t,void 0,(t.current.flags&128)===128)}catch{}if(a!==null){t=U.T,l=V.p,V.p=2,U.T=null;try{for(var i=e.onRecoverableError,u=0;u<a.length;u++){var r=a[u];i(r.value,{componentStack:r.stack})}}finally{U.T=t,V.p=l}}(wn&3)!==0&&yu(),nn(e),l=e.pendingLanes,(n&261930)!==0&&(l&42)!==0?e===Ac?ai++:(ai=0,Ac=e):ai=0,li(0)}}function Od(e,t){(e.pooledCacheLanes&=t)===0&&(t=e.pooledCache,t!=null&&(e.pooledCache=null,Hl(t)))}function yu(){return Cd(),Rd(),Ud(),Nd()}function Nd(){if(Ie!==5)return!1;var e=Yn,t=Ec;Ec=0;var n=Xu(wn),a=U.T,l=V.p;try{V.p=32>n?32:n,U.T=null,n=xc,xc=null;var i=Yn,u=wn;if(Ie=0,il=Yn=null,wn=0,(Ee&6)!==0)throw Error(o(331));var r=Ee;if(Ee|=4,md(i.current),rd(i,i.current,u,n),Ee=r,li(0,!1),ie&&typeof ie.onPostCommitFiberRoot=="function")try{ie.onPostCommitFiberRoot(F,i)}catch{}return!0}finally{V.p=l,U.T=a,Od(e,t)}}function zd(e,t,n){t=Yt(n,t),t=nc(e.stateNode,t,2),e=Dn(e,t,2),e!==null&&(Al(e,2),nn(e))}function Te(e,t,n){if(e.tag===3)zd(e,e,n);else for(;t!==null;){if(t.tag===3){zd(t,e,n);break}else if(t.tag===1){var a=t.stateNode;if(typeof t.type.getDerivedStateFromError=="function"||typeof a.componentDidCatch=="function"&&(Bn===null||!Bn.has(a))){e=Yt(n,e),n=Df(2),a=Dn(t,n,2),a!==null&&(Mf(n,a,t,e),Al(a,2),nn(a));break}}t=t.return}}function jc(e,t,n){var a=e.pingCache;if(a===null){a=e.pingCache=new Ag;var l=new Set;a.set(t,l)}else l=a.get(t),l===void 0&&(l=new Set,a.set(t,l));l.has(n)||(bc=!0,l.add(n),e=Rg.bind(null,e,t,n),t.then(e,e))}function Rg(e,t,n){var a=e.pingCache;a!==null&&a.delete(t),e.pingedLanes|=e.suspendedLanes&n,e.warmLanes&=~n,Oe===e&&(de&n)===n&&(Ge===4||Ge===3&&(de&62914560)===de&&300>We()-ru?(Ee&2)===0&&ul(e,0):Sc|=n,ll===de&&(ll=0)),nn(e)}function Dd(e,t){t===0&&(t=jo()),e=ca(e,t),e!==null&&(Al(e,t),nn(e))}function Ug(e){var t=e.memoizedState,n=0;t!==null&&(n=t.retryLane),Dd(e,n)}function Og(e,t){var n=0;switch(e.tag){case 31:case 13:var a=e.stateNode,l=e.memoizedState;l!==null&&(n=l.retryLane);break;case 19:a=e.stateNode;break;case 22:a=e.stateNode._retryCache;break;default:throw Error(o(314))}a!==null&&a.delete(t),Dd(e,n)}function Ng(e,t){return an(e,t)}var pu=null,cl=null,Cc=!1,vu=!1,Rc=!1,kn=0;function nn(e){e!==cl&&e.next===null&&(cl===null?pu=cl=e:cl=cl.next=e),vu=!0,Cc||(Cc=!0,Dg())}function li(e,t){if(!Rc&&vu){Rc=!0;do for(var n=!1,a=pu;a!==null;){if(e!==0){var l=a.pendingLanes;if(l===0)var i=0;else{var u=a.suspendedLanes,r=a.pingedLanes;i=(1<<31-Le(42|e)+1)-1,i&=l&~(u&~r),i=i&201326741?i&201326741|1:i?i|2:0}i!==0&&(n=!0,Hd(a,i))}else i=de,i=Ei(a,a===Oe?i:0,a.cancelPendingCommit!==null||a.timeoutHandle!==-1),(i&3)===0||xl(a,i)||(n=!0,Hd(a,i));a=a.next}while(n);Rc=!1}}function zg(){Md()}function Md(){vu=Cc=!1;var e=0;kn!==0&&Xg()&&(e=kn);for(var t=We(),n=null,a=pu;a!==null;){var l=a.next,i=qd(a,t);i===0?(a.next=null,n===null?pu=l:n.next=l,l===null&&(cl=n)):(n=a,(e!==0||(i&3)!==0)&&(vu=!0)),a=l}Ie!==0&&Ie!==5||li(e),kn!==0&&(kn=0)}function qd(e,t){for(var n=e.suspendedLanes,a=e.pingedLanes,l=e.expirationTimes,i=e.pendingLanes&-62914561;0<i;){var u=31-Le(i),r=1<<u,m=l[u];m===-1?((r&n)===0||(r&a)!==0)&&(l[u]=uh(r,t)):m<=t&&(e.expiredLanes|=r),i&=~r}if(t=Oe,n=de,n=Ei(e,e===t?n:0,e.cancelPendingCommit!==null||e.timeoutHandle!==-1),a=e.callbackNode,n===0||e===t&&(_e===2||_e===9)||e.cancelPendingCommit!==null)return a!==null&&a!==null&&bl(a),e.callbackNode=null,e.callbackPriority=0;if((n&3)===0||xl(e,n)){if(t=n&-n,t===e.callbackPriority)return t;switch(a!==null&&bl(a),Xu(n)){case 2:case 8:n=El;break;case 32:n=ot;break;case 268435456:n=ta;break;default:n=ot}return a=Ld.bind(null,e),n=an(n,a),e.callbackPriority=t,e.callbackNode=n,t}return a!==null&&a!==null&&bl(a),e.callbackPriority=2,e.callbackNode=null,2}function Ld(e,t){if(Ie!==0&&Ie!==5)return e.callbackNode=null,e.callbackPriority=0,null;var n=e.callbackNode;if(yu()&&e.callbackNode!==n)return null;var a=de;return a=Ei(e,e===Oe?a:0,e.cancelPendingCommit!==null||e.timeoutHandle!==-1),a===0?null:(vd(e,a,t),qd(e,We()),e.callbackNode!=null&&e.callbackNode===n?Ld.bind(null,e):null)}function Hd(e,t){if(yu())return null;vd(e,t,!0)}function Dg(){Zg(function(){(Ee&6)!==0?an(wl,zg):Md()})}function Uc(){if(kn===0){var e=Ja;e===0&&(e=_n,_n<<=1,(_n&261888)===0&&(_n=256)),kn=e}return kn}function Vd(e){return e==null||typeof e=="symbol"||typeof e=="boolean"?null:typeof e=="function"?e:Ti(""+e)}function Bd(e,t){var n=t.ownerDocument.createElement("input");return n.name=t.name,n.value=t.value,e.id&&n.setAttribute("form",e.id),t.parentNode.insertBefore(n,t),e=new FormData(e),n.parentNode.removeChild(n),e}function Mg(e,t,n,a,l){if(t==="submit"&&n&&n.stateNode===l){var i=Vd((l[pt]||null).action),u=a.submitter;u&&(t=(t=u[pt]||null)?Vd(t.formAction):u.getAttribute("formAction"),t!==null&&(i=t,u=null));var r=new Ui("action","action",null,a,l);e.push({event:r,listeners:[{instance:null,listener:function(){if(a.defaultPrevented){if(kn!==0){var m=u?Bd(l,u):new FormData(l);Fs(n,{pending:!0,data:m,method:l.method,action:i},null,m)}}else typeof i=="function"&&(r.preventDefault(),m=u?Bd(l,u):new FormData(l),Fs(n,{pending:!0,data:m,method:l.method,action:i},i,m))},currentTarget:l}]})}}for(var Oc=0;Oc<ms.length;Oc++){var Nc=ms[Oc],qg=Nc.toLowerCase(),Lg=Nc[0].toUpperCase()+Nc.slice(1);$t(qg,"on"+Lg)}$t(yr,"onAnimationEnd"),$t(pr,"onAnimationIteration"),$t(vr,"onAnimationStart"),$t("dblclick","onDoubleClick"),$t("focusin","onFocus"),$t("focusout","onBlur"),$t(Ph,"onTransitionRun"),$t(eg,"onTransitionStart"),$t(tg,"onTransitionCancel"),$t(br,"onTransitionEnd"),za("onMouseEnter",["mouseout","mouseover"]),za("onMouseLeave",["mouseout","mouseover"]),za("onPointerEnter",["pointerout","pointerover"]),za("onPointerLeave",["pointerout","pointerover"]),la("onChange","change click focusin focusout input keydown keyup selectionchange".split(" ")),la("onSelect","focusout contextmenu dragend focusin keydown keyup mousedown mouseup selectionchange".split(" ")),la("onBeforeInput",["compositionend","keypress","textInput","paste"]),la("onCompositionEnd","compositionend focusout keydown keypress keyup mousedown".split(" ")),la("onCompositionStart","compositionstart focusout keydown keypress keyup mousedown".split(" ")),la("onCompositionUpdate","compositionupdate focusout keydown keypress keyup mousedown".split(" "));var ii="abort canplay canplaythrough durationchange emptied encrypted ended error loadeddata loadedmetadata loadstart pause play playing progress ratechange resize seeked seeking stalled suspend timeupdate volumechange waiting".split(" "),Hg=new Set("beforetoggle cancel close invalid load scroll scrollend toggle".split(" ").concat(ii));function Yd(e,t){t=(t&4)!==0;for(var n=0;n<e.length;n++){var a=e[n],l=a.event;a=a.listeners;e:{var i=void 0;if(t)for(var u=a.length-1;0<=u;u--){var r=a[u],m=r.instance,x=r.currentTarget;if(r=r.listener,m!==i&&l.isPropagationStopped())break e;i=r,l.currentTarget=x;try{i(l)}catch(O){zi(O)}l.currentTarget=null,i=m}else for(u=0;u<a.length;u++){if(r=a[u],m=r.instance,x=r.currentTarget,r=r.listener,m!==i&&l.isPropagationStopped())break e;i=r,l.currentTarget=x;try{i(l)}catch(O){zi(O)}l.currentTarget=null,i=m}}}}function oe(e,t){var n=t[Qu];n===void 0&&(n=t[Qu]=new Set);var a=e+"__bubble";n.has(a)||(Gd(t,e,2,!1),n.add(a))}function zc(e,t,n){var a=0;t&&(a|=4),Gd(n,e,a,t)}var bu="_reactListening"+Math.random().toString(36).slice(2);function Dc(e){if(!e[bu]){e[bu]=!0,Do.forEach(function(n){n!=="selectionchange"&&(Hg.has(n)||zc(n,!1,e),zc(n,!0,e))});var t=e.nodeType===9?e:e.ownerDocument;t===null||t[bu]||(t[bu]=!0,zc("selectionchange",!1,t))}}function Gd(e,t,n,a){switch(pm(t)){case 2:var l=dy;break;case 8:l=my;break;default:l=$c}n=l.bind(null,t,n,e),l=void 0,!es||t!=="touchstart"&&t!=="touchmove"&&t!=="wheel"||(l=!0),a?l!==void 0?e.addEventListener(t,n,{capture:!0,passive:l}):e.addEventListener(t,n,!0):l!==void 0?e.addEventListener(t,n,{passive:l}):e.addEventListener(t,n,!1)}function Mc(e,t,n,a,l){var i=a;if((t&1)===0&&(t&2)===0&&a!==null)e:for(;;){if(a===null)return;var u=a.tag;if(u===3||u===4){var r=a.stateNode.containerInfo;if(r===l)break;if(u===4)for(u=a.return;u!==null;){var m=u.tag;if((m===3||m===4)&&u.stateNode.containerInfo===l)return;u=u.return}for(;r!==null;){if(u=Ua(r),u===null)return;if(m=u.tag,m===5||m===6||m===26||m===27){a=i=u;continue e}r=r.parentNode}}a=a.return}Zo(function(){var x=i,O=Iu(n),D=[];e:{var _=Sr.get(e);if(_!==void 0){var T=Ui,k=e;switch(e){case"keypress":if(Ci(n)===0)break e;case"keydown":case"keyup":T=Oh;break;case"focusin":k="focus",T=ls;break;case"focusout":k="blur",T=ls;break;case"beforeblur":case"afterblur":T=ls;break;case"click":if(n.button===2)break e;case"auxclick":case"dblclick":case"mousedown":case"mousemove":case"mouseup":case"mouseout":case"mouseover":case"contextmenu":T=$o;break;case"drag":case"dragend":case"dragenter":case"dragexit":case"dragleave":case"dragover":case"dragstart":case"drop":T=bh;break;case"touchcancel":case"touchend":case"touchmove":case"touchstart":T=Dh;break;case yr:case pr:case vr:T=Eh;break;case br:T=qh;break;case"scroll":case"scrollend":T=ph;break;case"wheel":T=Hh;break;case"copy":case"cut":case"paste":T=Ah;break;case"gotpointercapture":case"lostpointercapture":case"pointercancel":case"pointerdown":case"pointermove":case"pointerout":case"pointerover":case"pointerup":T=Wo;break;case"toggle":case"beforetoggle":T=Bh}var $=(t&4)!==0,Ue=!$&&(e==="scroll"||e==="scrollend"),b=$?_!==null?_+"Capture":null:_;$=[];for(var h=x,E;h!==null;){var N=h;if(E=N.stateNode,N=N.tag,N!==5&&N!==26&&N!==27||E===null||b===null||(N=jl(h,b),N!=null&&$.push(ui(h,N,E))),Ue)break;h=h.return}0<$.length&&(_=new T(_,k,null,n,O),D.push({event:_,listeners:$}))}}if((t&7)===0){e:{if(_=e==="mouseover"||e==="pointerover",T=e==="mouseout"||e==="pointerout",_&&n!==Wu&&(k=n.relatedTarget||n.fromElement)&&(Ua(k)||k[Ra]))break e;if((T||_)&&(_=O.window===O?O:(_=O.ownerDocument)?_.defaultView||_.parentWindow:window,T?(k=n.relatedTarget||n.toElement,T=x,k=k?Ua(k):null,k!==null&&(Ue=C(k),$=k.tag,k!==Ue||$!==5&&$!==27&&$!==6)&&(k=null)):(T=null,k=x),T!==k)){if($=$o,N="onMouseLeave",b="onMouseEnter",h="mouse",(e==="pointerout"||e==="pointerover")&&($=Wo,N="onPointerLeave",b="onPointerEnter",h="pointer"),Ue=T==null?_:Tl(T),E=k==null?_:Tl(k),_=new $(N,h+"leave",T,n,O),_.target=Ue,_.relatedTarget=E,N=null,Ua(O)===x&&($=new $(b,h+"enter",k,n,O),$.target=E,$.relatedTarget=Ue,N=$),Ue=N,T&&k)t:{for($=Vg,b=T,h=k,E=0,N=b;N;N=$(N))E++;N=0;for(var J=h;J;J=$(J))N++;for(;0<E-N;)b=$(b),E--;for(;0<N-E;)h=$(h),N--;for(;E--;){if(b===h||h!==null&&b===h.alternate){$=b;break t}b=$(b),h=$(h)}$=null}else $=null;T!==null&&kd(D,_,T,$,!1),k!==null&&Ue!==null&&kd(D,Ue,k,$,!0)}}e:{if(_=x?Tl(x):window,T=_.nodeName&&_.nodeName.toLowerCase(),T==="select"||T==="input"&&_.type==="file")var be=ir;else if(ar(_))if(ur)be=Fh;else{be=Kh;var X=Jh}else T=_.nodeName,!T||T.toLowerCase()!=="input"||_.type!=="checkbox"&&_.type!=="radio"?x&&Fu(x.elementType)&&(be=ir):be=$h;if(be&&(be=be(e,x))){lr(D,be,n,O);break e}X&&X(e,_,x),e==="focusout"&&x&&_.type==="number"&&x.memoizedProps.value!=null&&$u(_,"number",_.value)}switch(X=x?Tl(x):window,e){case"focusin":(ar(X)||X.contentEditable==="true")&&(Va=X,rs=x,Ml=null);break;case"focusout":Ml=rs=Va=null;break;case"mousedown":fs=!0;break;case"contextmenu":case"mouseup":case"dragend":fs=!1,hr(D,n,O);break;case"selectionchange":if(Ih)break;case"keydown":case"keyup":hr(D,n,O)}var le;if(us)e:{switch(e){case"compositionstart":var me="onCompositionStart";break e;case"compositionend":me="onCompositionEnd";break e;case"compositionupdate":me="onCompositionUpdate";break e}me=void 0}else Ha?tr(e,n)&&(me="onCompositionEnd"):e==="keydown"&&n.keyCode===229&&(me="onCompositionStart");me&&(Io&&n.locale!=="ko"&&(Ha||me!=="onCompositionStart"?me==="onCompositionEnd"&&Ha&&(le=Jo()):(jn=O,ts="value"in jn?jn.value:jn.textContent,Ha=!0)),X=Su(x,me),0<X.length&&(me=new Fo(me,e,null,n,O),D.push({event:me,listeners:X}),le?me.data=le:(le=nr(n),le!==null&&(me.data=le)))),(le=Gh?kh(e,n):Xh(e,n))&&(me=Su(x,"onBeforeInput"),0<me.length&&(X=new Fo("onBeforeInput","beforeinput",null,n,O),D.push({event:X,listeners:me}),X.data=le)),Mg(D,e,x,n,O)}Yd(D,t)})}function ui(e,t,n){return{instance:e,listener:t,currentTarget:n}}function Su(e,t){for(var n=t+"Capture",a=[];e!==null;){var l=e,i=l.stateNode;if(l=l.tag,l!==5&&l!==26&&l!==27||i===null||(l=jl(e,n),l!=null&&a.unshift(ui(e,l,i)),l=jl(e,t),l!=null&&a.push(ui(e,l,i))),e.tag===3)return a;e=e.return}return[]}function Vg(e){if(e===null)return null;do e=e.return;while(e&&e.tag!==5&&e.tag!==27);return e||null}function kd(e,t,n,a,l){for(var i=t._reactName,u=[];n!==null&&n!==a;){var r=n,m=r.alternate,x=r.stateNode;if(r=r.tag,m!==null&&m===a)break;r!==5&&r!==26&&r!==27||x===null||(m=x,l?(x=jl(n,i),x!=null&&u.unshift(ui(n,x,m))):l||(x=jl(n,i),x!=null&&u.push(ui(n,x,m)))),n=n.return}u.length!==0&&e.push({event:t,listeners:u})}var Bg=/\r\n?/g,Yg=/\u0000|\uFFFD/g;function Xd(e){return(typeof e=="string"?e:""+e).replace(Bg,`
`).replace(Yg,"")}function Qd(e,t){return t=Xd(t),Xd(e)===t}function Re(e,t,n,a,l,i){switch(n){case"children":typeof a=="string"?t==="body"||t==="textarea"&&a===""||Ma(e,a):(typeof a=="number"||typeof a=="bigint")&&t!=="body"&&Ma(e,""+a);break;case"className":Ai(e,"class",a);break;case"tabIndex":Ai(e,"tabindex",a);break;case"dir":case"role":case"viewBox":case"width":case"height":Ai(e,n,a);break;case"style":Xo(e,a,i);break;case"data":if(t!=="object"){Ai(e,"data",a);break}case"src":case"href":if(a===""&&(t!=="a"||n!=="href")){e.removeAttribute(n);break}if(a==null||typeof a=="function"||typeof a=="symbol"||typeof a=="boolean"){e.removeAttribute(n);break}a=Ti(""+a),e.setAttribute(n,a);break;case"action":case"formAction":if(typeof a=="function"){e.setAttribute(n,"javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() manually, consider using form.requestSubmit() instead. If you\\'re trying to use event.stopPropagation() in a submit event handler, consider also calling event.preventDefault().')");break}else typeof i=="function"&&(n==="formAction"?(t!=="input"&&Re(e,t,"name",l.name,l,null),Re(e,t,"formEncType",l.formEncType,l,null),Re(e,t,"formMethod",l.formMethod,l,null),Re(e,t,"formTarget",l.formTarget,l,null)):(Re(e,t,"encType",l.encType,l,null),Re(e,t,"method",l.method,l,null),Re(e,t,"target",l.target,l,null)));if(a==null||typeof a=="symbol"||typeof a=="boolean"){e.removeAttribute(n);break}a=Ti(""+a),e.setAttribute(n,a);break;case"onClick":a!=null&&(e.onclick=un);break;case"onScroll":a!=null&&oe("scroll",e);break;case"onScrollEnd":a!=null&&oe("scrollend",e);break;case"dangerouslySetInnerHTML":if(a!=null){if(typeof a!="object"||!("__html"in a))throw Error(o(61));if(n=a.__html,n!=null){if(l.children!=null)throw Error(o(60));e.innerHTML=n}}break;case"multiple":e.multiple=a&&typeof a!="function"&&typeof a!="symbol";break;case"muted":e.muted=a&&typeof a!="function"&&typeof a!="symbol";break;case"suppressContentEditableWarning":case"suppressHydrationWarning":case"defaultValue":case"defaultChecked":case"innerHTML":case"ref":break;case"autoFocus":break;case"xlinkHref":if(a==null||typeof a=="function"||typeof a=="boolean"||typeof a=="symbol"){e.removeAttribute("xlink:href");break}n=Ti(""+a),e.setAttributeNS("http://www.w3.org/1999/xlink","xlink:href",n);break;case"contentEditable":case"spellCheck":case"draggable":case"value":case"autoReverse":case"externalResourcesRequired":case"focusable":case"preserveAlpha":a!=null&&typeof a!="function"&&typeof a!="symbol"?e.setAttribute(n,""+a):e.removeAttribute(n);break;case"inert":case"allowFullScreen":case"async":case"autoPlay":case"controls":case"default":case"defer":case"disabled":case"disablePictureInPicture":case"disableRemotePlayback":case"formNoValidate":case"hidden":case"loop":case"noModule":case"noValidate":case"open":case"playsInline":case"readOnly":case"required":case"reversed":case"scoped":case"seamless":case"itemScope":a&&typeof a!="function"&&typeof a!="symbol"?e.setAttribute(n,""):e.removeAttribute(n);break;case"capture":case"download":a===!0?e.setAttribute(n,""):a!==!1&&a!=null&&typeof a!="function"&&typeof a!="symbol"?e.setAttribute(n,a):e.removeAttribute(n);break;case"cols":case"rows":case"size":case"span":a!=null&&typeof a!="function"&&typeof a!="symbol"&&!isNaN(a)&&1<=a?e.setAttribute(n,a):e.removeAttribute(n);break;case"rowSpan":case"start":a==null||typeof a=="function"||typeof a=="symbol"||isNaN(a)?e.removeAttribute(n):e.setAttribute(n,a);break;case"popover":oe("beforetoggle",e),oe("toggle",e),xi(e,"popover",a);break;case"xlinkActuate":ln(e,"http://www.w3.org/1999/xlink","xlink:actuate",a);break;case"xlinkArcrole":ln(e,"http://www.w3.org/1999/xlink","xlink:arcrole",a);break;case"xlinkRole":ln(e,"http://www.w3.org/1999/xlink","xlink:role",a);break;case"xlinkShow":ln(e,"http://www.w3.org/1999/xlink","xlink:show",a);break;case"xlinkTitle":ln(e,"http://www.w3.org/1999/xlink","xlink:title",a);break;case"xlinkType":ln(e,"http://www.w3.org/1999/xlink","xlink:type",a);break;case"xmlBase":ln(e,"http://www.w3.org/XML/1998/namespace","xml:base",a);break;case"xmlLang":ln(e,"http://www.w3.org/XML/1998/namespace","xml:lang",a);break;case"xmlSpace":ln(e,"http://www.w3.org/XML/1998/namespace","xml:space",a);break;case"is":xi(e,"is",a);break;case"innerText":case"textContent":break;default:(!(2<n.length)||n[0]!=="o"&&n[0]!=="O"||n[1]!=="n"&&n[1]!=="N")&&(n=gh.get(n)||n,xi(e,n,a))}}function qc(e,t,n,a,l,i){switch(n){case"style":Xo(e,a,i);break;case"dangerouslySetInnerHTML":if(a!=null){if(typeof a!="object"||!("__html"in a))throw Error(o(61));if(n=a.__html,n!=null){if(l.children!=null)throw Error(o(60));e.innerHTML=n}}break;case"children":typeof a=="string"?Ma(e,a):(typeof a=="number"||typeof a=="bigint")&&Ma(e,""+a);break;case"onScroll":a!=null&&oe("scroll",e);break;case"onScrollEnd":a!=null&&oe("scrollend",e);break;case"onClick":a!=null&&(e.onclick=un);break;case"suppressContentEditableWarning":case"suppressHydrationWarning":case"innerHTML":case"ref":break;case"innerText":case"textContent":break;default:if(!Mo.hasOwnProperty(n))e:{if(n[0]==="o"&&n[1]==="n"&&(l=n.endsWith("Capture"),t=n.slice(2,l?n.length-7:void 0),i=e[pt]||null,i=i!=null?i[n]:null,typeof i=="function"&&e.removeEventListener(t,i,l),typeof a=="function")){typeof i!="function"&&i!==null&&(n in e?e[n]=null:e.hasAttribute(n)&&e.removeAttribute(n)),e.addEventListener(t,a,l);break e}n in e?e[n]=a:a===!0?e.setAttribute(n,""):xi(e,n,a)}}}function ct(e,t,n){switch(t){case"div":case"span":case"svg":case"path":case"a":case"g":case"p":case"li":break;case"img":oe("error",e),oe("load",e);var a=!1,l=!1,i;for(i in n)if(n.hasOwnProperty(i)){var u=n[i];if(u!=null)switch(i){case"src":a=!0;break;case"srcSet":l=!0;break;case"children":case"dangerouslySetInnerHTML":throw Error(o(137,t));default:Re(e,t,i,u,n,null)}}l&&Re(e,t,"srcSet",n.srcSet,n,null),a&&Re(e,t,"src",n.src,n,null);return;case"input":oe("invalid",e);var r=i=u=l=null,m=null,x=null;for(a in n)if(n.hasOwnProperty(a)){var O=n[a];if(O!=null)switch(a){case"name":l=O;break;case"type":u=O;break;case"checked":m=O;break;case"defaultChecked":x=O;break;case"value":i=O;break;case"defaultValue":r=O;break;case"children":case"dangerouslySetInnerHTML":if(O!=null)throw Error(o(137,t));break;default:Re(e,t,a,O,n,null)}}Bo(e,i,r,m,x,u,l,!1);return;case"select":oe("invalid",e),a=u=i=null;for(l in n)if(n.hasOwnProperty(l)&&(r=n[l],r!=null))switch(l){case"value":i=r;break;case"defaultValue":u=r;break;case"multiple":a=r;default:Re(e,t,l,r,n,null)}t=i,n=u,e.multiple=!!a,t!=null?Da(e,!!a,t,!1):n!=null&&Da(e,!!a,n,!0);return;case"textarea":oe("invalid",e),i=l=a=null;for(u in n)if(n.hasOwnProperty(u)&&(r=n[u],r!=null))switch(u){case"value":a=r;break;case"defaultValue":l=r;break;case"children":i=r;break;case"dangerouslySetInnerHTML":if(r!=null)throw Error(o(91));break;default:Re(e,t,u,r,n,null)}Go(e,a,l,i);return;case"option":for(m in n)n.hasOwnProperty(m)&&(a=n[m],a!=null)&&(m==="selected"?e.selected=a&&typeof a!="function"&&typeof a!="symbol":Re(e,t,m,a,n,null));return;case"dialog":oe("beforetoggle",e),oe("toggle",e),oe("cancel",e),oe("close",e);break;case"iframe":case"object":oe("load",e);break;case"video":case"audio":for(a=0;a<ii.length;a++)oe(ii[a],e);break;case"image":oe("error",e),oe("load",e);break;case"details":oe("toggle",e);break;case"embed":case"source":case"link":oe("error",e),oe("load",e);case"area":case"base":case"br":case"col":case"hr":case"keygen":case"meta":case"param":case"track":case"wbr":case"menuitem":for(x in n)if(n.hasOwnProperty(x)&&(a=n[x],a!=null))switch(x){case"children":case"dangerouslySetInnerHTML":throw Error(o(137,t));default:Re(e,t,x,a,n,null)}return;default:if(Fu(t)){for(O in n)n.hasOwnProperty(O)&&(a=n[O],a!==void 0&&qc(e,t,O,a,n,void 0));return}}for(r in n)n.hasOwnProperty(r)&&(a=n[r],a!=null&&Re(e,t,r,a,n,null))}function Gg(e,t,n,a){switch(t){case"div":case"span":case"svg":case"path":case"a":case"g":case"p":case"li":break;case"input":var l=null,i=null,u=null,r=null,m=null,x=null,O=null;for(T in n){var D=n[T];if(n.hasOwnProperty(T)&&D!=null)switch(T){case"checked":break;case"value":break;case"defaultValue":m=D;default:a.hasOwnProperty(T)||Re(e,t,T,null,a,D)}}for(var _ in a){var T=a[_];if(D=n[_],a.hasOwnProperty(_)&&(T!=null||D!=null))switch(_){case"type":i=T;break;case"name":l=T;break;case"checked":x=T;break;case"defaultChecked":O=T;break;case"value":u=T;break;case"defaultValue":r=T;break;case"children":case"dangerouslySetInnerHTML":if(T!=null)throw Error(o(137,t));break;default:T!==D&&Re(e,t,_,T,a,D)}}Ku(e,u,r,m,x,O,i,l);return;case"select":T=u=r=_=null;for(i in n)if(m=n[i],n.hasOwnProperty(i)&&m!=null)switch(i){case"value":break;case"multiple":T=m;default:a.hasOwnProperty(i)||Re(e,t,i,null,a,m)}for(l in a)if(i=a[l],m=n[l],a.hasOwnProperty(l)&&(i!=null||m!=null))switch(l){case"value":_=i;break;case"defaultValue":r=i;break;case"multiple":u=i;default:i!==m&&Re(e,t,l,i,a,m)}t=r,n=u,a=T,_!=null?Da(e,!!n,_,!1):!!a!=!!n&&(t!=null?Da(e,!!n,t,!0):Da(e,!!n,n?[]:"",!1));return;case"textarea":T=_=null;for(r in n)if(l=n[r],n.hasOwnProperty(r)&&l!=null&&!a.hasOwnProperty(r))switch(r){case"value":break;case"children":break;default:Re(e,t,r,null,a,l)}for(u in a)if(l=a[u],i=n[u],a.hasOwnProperty(u)&&(l!=null||i!=null))switch(u){case"value":_=l;break;case"defaultValue":T=l;break;case"children":break;case"dangerouslySetInnerHTML":if(l!=null)throw Error(o(91));break;default:l!==i&&Re(e,t,u,l,a,i)}Yo(e,_,T);return;case"option":for(var k in n)_=n[k],n.hasOwnProperty(k)&&_!=null&&!a.hasOwnProperty(k)&&(k==="selected"?e.selected=!1:Re(e,t,k,null,a,_));for(m in a)_=a[m],T=n[m],a.hasOwnProperty(m)&&_!==T&&(_!=null||T!=null)&&(m==="selected"?e.selected=_&&typeof _!="function"&&typeof _!="symbol":Re(e,t,m,_,a,T));return;case"img":case"link":case"area":case"base":case"br":case"col":case"embed":case"hr":case"keygen":case"meta":case"param":case"source":case"track":case"wbr":case"menuitem":for(var $ in n)_=n[$],n.hasOwnProperty($)&&_!=null&&!a.hasOwnProperty($)&&Re(e,t,$,null,a,_);for(x in a)if(_=a[x],T=n[x],a.hasOwnProperty(x)&&_!==T&&(_!=null||T!=null))switch(x){case"children":case"dangerouslySetInnerHTML":if(_!=null)throw Error(o(137,t));break;default:Re(e,t,x,_,a,T)}return;default:if(Fu(t)){for(var Ue in n)_=n[Ue],n.hasOwnProperty(Ue)&&_!==void 0&&!a.hasOwnProperty(Ue)&&qc(e,t,Ue,void 0,a,_);for(O in a)_=a[O],T=n[O],!a.hasOwnProperty(O)||_===T||_===void 0&&T===void 0||qc(e,t,O,_,a,T);return}}for(var b in n)_=n[b],n.hasOwnProperty(b)&&_!=null&&!a.hasOwnProperty(b)&&Re(e,t,b,null,a,_);for(D in a)_=a[D],T=n[D],!a.hasOwnProperty(D)||_===T||_==null&&T==null||Re(e,t,D,_,a,T)}function Zd(e){switch(e){case"css":case"script":case"font":case"img":case"image":case"input":case"link":return!0;default:return!1}}function kg(){if(typeof performance.getEntriesByType=="function"){for(var e=0,t=0,n=performance.getEntriesByType("resource"),a=0;a<n.length;a++){var l=n[a],i=l.transferSize,u=l.initiatorType,r=l.duration;if(i&&r&&Zd(u)){for(u=0,r=l.responseEnd,a+=1;a<n.length;a++){var m=n[a],x=m.startTime;if(x>r)break;var O=m.transferSize,D=m.initiatorType;O&&Zd(D)&&(m=m.responseEnd,u+=O*(m<r?1:(r-x)/(m-x)))}if(--a,t+=8*(i+u)/(l.duration/1e3),e++,10<e)break}}if(0<e)return t/e/1e6}return navigator.connection&&(e=navigator.connection.downlink,typeof e=="number")?e:5}var Lc=null,Hc=null;function wu(e){return e.nodeType===9?e:e.ownerDocument}function Jd(e){switch(e){case"http://www.w3.org/2000/svg":return 1;case"http://www.w3.org/1998/Math/MathML":return 2;default:return 0}}function Kd(e,t){if(e===0)switch(t){case"svg":return 1;case"math":return 2;default:return 0}return e===1&&t==="foreignObject"?0:e}function Vc(e,t){return e==="textarea"||e==="noscript"||typeof t.children=="string"||typeof t.children=="number"||typeof t.children=="bigint"||typeof t.dangerouslySetInnerHTML=="object"&&t.dangerouslySetInnerHTML!==null&&t.dangerouslySetInnerHTML.__html!=null}var Bc=null;function Xg(){var e=window.event;return e&&e.type==="popstate"?e===Bc?!1:(Bc=e,!0):(Bc=null,!1)}var $d=typeof setTimeout=="function"?setTimeout:void 0,Qg=typeof clearTimeout=="function"?clearTimeout:void 0,Fd=typeof Promise=="function"?Promise:void 0,Zg=typeof queueMicrotask=="function"?queueMicrotask:typeof Fd<"u"?function(e){return Fd.resolve(null).then(e).catch(Jg)}:$d;function Jg(e){setTimeout(function(){throw e})}function Xn(e){return e==="head"}function Wd(e,t){var n=t,a=0;do{var l=n.nextSibling;if(e.removeChild(n),l&&l.nodeType===8)if(n=l.data,n==="/$"||n==="/&"){if(a===0){e.removeChild(l),dl(t);return}a--}else if(n==="$"||n==="$?"||n==="$~"||n==="$!"||n==="&")a++;else if(n==="html")si(e.ownerDocument.documentElement);else if(n==="head"){n=e.ownerDocument.head,si(n);for(var i=n.firstChild;i;){var u=i.nextSibling,r=i.nodeName;i[_l]||r==="SCRIPT"||r==="STYLE"||r==="LINK"&&i.rel.toLowerCase()==="stylesheet"||n.removeChild(i),i=u}}else n==="body"&&si(e.ownerDocument.body);n=l}while(n);dl(t)}function Id(e,t){var n=e;e=0;do{var a=n.nextSibling;if(n.nodeType===1?t?(n._stashedDisplay=n.style.display,n.style.display="none"):(n.style.display=n._stashedDisplay||"",n.getAttribute("style")===""&&n.removeAttribute("style")):n.nodeType===3&&(t?(n._stashedText=n.nodeValue,n.nodeValue=""):n.nodeValue=n._stashedText||""),a&&a.nodeType===8)if(n=a.data,n==="/$"){if(e===0)break;e--}else n!=="$"&&n!=="$?"&&n!=="$~"&&n!=="$!"||e++;n=a}while(n)}function Yc(e){var t=e.firstChild;for(t&&t.nodeType===10&&(t=t.nextSibling);t;){var n=t;switch(t=t.nextSibling,n.nodeName){case"HTML":case"HEAD":case"BODY":Yc(n),Zu(n);continue;case"SCRIPT":case"STYLE":continue;case"LINK":if(n.rel.toLowerCase()==="stylesheet")continue}e.removeChild(n)}}function Kg(e,t,n,a){for(;e.nodeType===1;){var l=n;if(e.nodeName.toLowerCase()!==t.toLowerCase()){if(!a&&(e.nodeName!=="INPUT"||e.type!=="hidden"))break}else if(a){if(!e[_l])switch(t){case"meta":if(!e.hasAttribute("itemprop"))break;return e;case"link":if(i=e.getAttribute("rel"),i==="stylesheet"&&e.hasAttribute("data-precedence"))break;if(i!==l.rel||e.getAttribute("href")!==(l.href==null||l.href===""?null:l.href)||e.getAttribute("crossorigin")!==(l.crossOrigin==null?null:l.crossOrigin)||e.getAttribute("title")!==(l.title==null?null:l.title))break;return e;case"style":if(e.hasAttribute("data-precedence"))break;return e;case"script":if(i=e.getAttribute("src"),(i!==(l.src==null?null:l.src)||e.getAttribute("type")!==(l.type==null?null:l.type)||e.getAttribute("crossorigin")!==(l.crossOrigin==null?null:l.crossOrigin))&&i&&e.hasAttribute("async")&&!e.hasAttribute("itemprop"))break;return e;default:return e}}else if(t==="input"&&e.type==="hidden"){var i=l.name==null?null:""+l.name;if(l.type==="hidden"&&e.getAttribute("name")===i)return e}else return e;if(e=Zt(e.nextSibling),e===null)break}return null}function $g(e,t,n){if(t==="")return null;for(;e.nodeType!==3;)if((e.nodeType!==1||e.nodeName!=="INPUT"||e.type!=="hidden")&&!n||(e=Zt(e.nextSibling),e===null))return null;return e}function Pd(e,t){for(;e.nodeType!==8;)if((e.nodeType!==1||e.nodeName!=="INPUT"||e.type!=="hidden")&&!t||(e=Zt(e.nextSibling),e===null))return null;return e}function Gc(e){return e.data==="$?"||e.data==="$~"}function kc(e){return e.data==="$!"||e.data==="$?"&&e.ownerDocument.readyState!=="loading"}function Fg(e,t){var n=e.ownerDocument;if(e.data==="$~")e._reactRetry=t;else if(e.data!=="$?"||n.readyState!=="loading")t();else{var a=function(){t(),n.removeEventListener("DOMContentLoaded",a)};n.addEventListener("DOMContentLoaded",a),e._reactRetry=a}}function Zt(e){for(;e!=null;e=e.nextSibling){var t=e.nodeType;if(t===1||t===3)break;if(t===8){if(t=e.data,t==="$"||t==="$!"||t==="$?"||t==="$~"||t==="&"||t==="F!"||t==="F")break;if(t==="/$"||t==="/&")return null}}return e}var Xc=null;function em(e){e=e.nextSibling;for(var t=0;e;){if(e.nodeType===8){var n=e.data;if(n==="/$"||n==="/&"){if(t===0)return Zt(e.nextSibling);t--}else n!=="$"&&n!=="$!"&&n!=="$?"&&n!=="$~"&&n!=="&"||t++}e=e.nextSibling}return null}function tm(e){e=e.previousSibling;for(var t=0;e;){if(e.nodeType===8){var n=e.data;if(n==="$"||n==="$!"||n==="$?"||n==="$~"||n==="&"){if(t===0)return e;t--}else n!=="/$"&&n!=="/&"||t++}e=e.previousSibling}return null}function nm(e,t,n){switch(t=wu(n),e){case"html":if(e=t.documentElement,!e)throw Error(o(452));return e;case"head":if(e=t.head,!e)throw Error(o(453));return e;case"body":if(e=t.body,!e)throw Error(o(454));return e;default:throw Error(o(451))}}function si(e){for(var t=e.attributes;t.length;)e.removeAttributeNode(t[0]);Zu(e)}var Jt=new Map,am=new Set;function Eu(e){return typeof e.getRootNode=="function"?e.getRootNode():e.nodeType===9?e:e.ownerDocument}var En=V.d;V.d={f:Wg,r:Ig,D:Pg,C:ey,L:ty,m:ny,X:ly,S:ay,M:iy};function Wg(){var e=En.f(),t=mu();return e||t}function Ig(e){var t=Oa(e);t!==null&&t.tag===5&&t.type==="form"?Sf(t):En.r(e)}var ol=typeof document>"u"?null:document;function lm(e,t,n){var a=ol;if(a&&typeof t=="string"&&t){var l=Vt(t);l='link[rel="'+e+'"][href="'+l+'"]',typeof n=="string"&&(l+='[crossorigin="'+n+'"]'),am.has(l)||(am.add(l),e={rel:e,crossOrigin:n,href:t},a.querySelector(l)===null&&(t=a.createElement("link"),ct(t,"link",e),tt(t),a.head.appendChild(t)))}}function Pg(e){En.D(e),lm("dns-prefetch",e,null)}function ey(e,t){En.C(e,t),lm("preconnect",e,t)}function ty(e,t,n){En.L(e,t,n);var a=ol;if(a&&e&&t){var l='link[rel="preload"][as="'+Vt(t)+'"]';t==="image"&&n&&n.imageSrcSet?(l+='[imagesrcset="'+Vt(n.imageSrcSet)+'"]',typeof n.imageSizes=="string"&&(l+='[imagesizes="'+Vt(n.imageSizes)+'"]')):l+='[href="'+Vt(e)+'"]';var i=l;switch(t){case"style":i=rl(e);break;case"script":i=fl(e)}Jt.has(i)||(e=H({rel:"preload",href:t==="image"&&n&&n.imageSrcSet?void 0:e,as:t},n),Jt.set(i,e),a.querySelector(l)!==null||t==="style"&&a.querySelector(ci(i))||t==="script"&&a.querySelector(oi(i))||(t=a.createElement("link"),ct(t,"link",e),tt(t),a.head.appendChild(t)))}}function ny(e,t){En.m(e,t);var n=ol;if(n&&e){var a=t&&typeof t.as=="string"?t.as:"script",l='link[rel="modulepreload"][as="'+Vt(a)+'"][href="'+Vt(e)+'"]',i=l;switch(a){case"audioworklet":case"paintworklet":case"serviceworker":case"sharedworker":case"worker":case"script":i=fl(e)}if(!Jt.has(i)&&(e=H({rel:"modulepreload",href:e},t),Jt.set(i,e),n.querySelector(l)===null)){switch(a){case"audioworklet":case"paintworklet":case"serviceworker":case"sharedworker":case"worker":case"script":if(n.querySelector(oi(i)))return}a=n.createElement("link"),ct(a,"link",e),tt(a),n.head.appendChild(a)}}}function ay(e,t,n){En.S(e,t,n);var a=ol;if(a&&e){var l=Na(a).hoistableStyles,i=rl(e);t=t||"default";var u=l.get(i);if(!u){var r={loading:0,preload:null};if(u=a.querySelector(ci(i)))r.loading=5;else{e=H({rel:"stylesheet",href:e,"data-precedence":t},n),(n=Jt.get(i))&&Qc(e,n);var m=u=a.createElement("link");tt(m),ct(m,"link",e),m._p=new Promise(function(x,O){m.onload=x,m.onerror=O}),m.addEventListener("load",function(){r.loading|=1}),m.addEventListener("error",function(){r.loading|=2}),r.loading|=4,xu(u,t,a)}u={type:"stylesheet",instance:u,count:1,state:r},l.set(i,u)}}}function ly(e,t){En.X(e,t);var n=ol;if(n&&e){var a=Na(n).hoistableScripts,l=fl(e),i=a.get(l);i||(i=n.querySelector(oi(l)),i||(e=H({src:e,async:!0},t),(t=Jt.get(l))&&Zc(e,t),i=n.createElement("script"),tt(i),ct(i,"link",e),n.head.appendChild(i)),i={type:"script",instance:i,count:1,state:null},a.set(l,i))}}function iy(e,t){En.M(e,t);var n=ol;if(n&&e){var a=Na(n).hoistableScripts,l=fl(e),i=a.get(l);i||(i=n.querySelector(oi(l)),i||(e=H({src:e,async:!0,type:"module"},t),(t=Jt.get(l))&&Zc(e,t),i=n.createElement("script"),tt(i),ct(i,"link",e),n.head.appendChild(i)),i={type:"script",instance:i,count:1,state:null},a.set(l,i))}}function im(e,t,n,a){var l=(l=te.current)?Eu(l):null;if(!l)throw Error(o(446));switch(e){case"meta":case"title":return null;case"style":return typeof n.precedence=="string"&&typeof n.href=="string"?(t=rl(n.href),n=Na(l).hoistableStyles,a=n.get(t),a||(a={type:"style",instance:null,count:0,state:null},n.set(t,a)),a):{type:"void",instance:null,count:0,state:null};case"link":if(n.rel==="stylesheet"&&typeof n.href=="string"&&typeof n.precedence=="string"){e=rl(n.href);var i=Na(l).hoistableStyles,u=i.get(e);if(u||(l=l.ownerDocument||l,u={type:"stylesheet",instance:null,count:0,state:{loading:0,preload:null}},i.set(e,u),(i=l.querySelector(ci(e)))&&!i._p&&(u.instance=i,u.state.loading=5),Jt.has(e)||(n={rel:"preload",as:"style",href:n.href,crossOrigin:n.crossOrigin,integrity:n.integrity,media:n.media,hrefLang:n.hrefLang,referrerPolicy:n.referrerPolicy},Jt.set(e,n),i||uy(l,e,n,u.state))),t&&a===null)throw Error(o(528,""));return u}if(t&&a!==null)throw Error(o(529,""));return null;case"script":return t=n.async,n=n.src,typeof n=="string"&&t&&typeof t!="function"&&typeof t!="symbol"?(t=fl(n),n=Na(l).hoistableScripts,a=n.get(t),a||(a={type:"script",instance:null,count:0,state:null},n.set(t,a)),a):{type:"void",instance:null,count:0,state:null};default:throw Error(o(444,e))}}function rl(e){return'href="'+Vt(e)+'"'}function ci(e){return'link[rel="stylesheet"]['+e+"]"}function um(e){return H({},e,{"data-precedence":e.precedence,precedence:null})}function uy(e,t,n,a){e.querySelector('link[rel="preload"][as="style"]['+t+"]")?a.loading=1:(t=e.createElement("link"),a.preload=t,t.addEventListener("load",function(){return a.loading|=1}),t.addEventListener("error",function(){return a.loading|=2}),ct(t,"link",n),tt(t),e.head.appendChild(t))}function fl(e){return'[src="'+Vt(e)+'"]'}function oi(e){return"script[async]"+e}function sm(e,t,n){if(t.count++,t.instance===null)switch(t.type){case"style":var a=e.querySelector('style[data-href~="'+Vt(n.href)+'"]');if(a)return t.instance=a,tt(a),a;var l=H({},n,{"data-href":n.href,"data-precedence":n.precedence,href:null,precedence:null});return a=(e.ownerDocument||e).createElement("style"),tt(a),ct(a,"style",l),xu(a,n.precedence,e),t.instance=a;case"stylesheet":l=rl(n.href);var i=e.querySelector(ci(l));if(i)return t.state.loading|=4,t.instance=i,tt(i),i;a=um(n),(l=Jt.get(l))&&Qc(a,l),i=(e.ownerDocument||e).createElement("link"),tt(i);var u=i;return u._p=new Promise(function(r,m){u.onload=r,u.onerror=m}),ct(i,"link",a),t.state.loading|=4,xu(i,n.precedence,e),t.instance=i;case"script":return i=fl(n.src),(l=e.querySelector(oi(i)))?(t.instance=l,tt(l),l):(a=n,(l=Jt.get(i))&&(a=H({},n),Zc(a,l)),e=e.ownerDocument||e,l=e.createElement("script"),tt(l),ct(l,"link",a),e.head.appendChild(l),t.instance=l);case"void":return null;default:throw Error(o(443,t.type))}else t.type==="stylesheet"&&(t.state.loading&4)===0&&(a=t.instance,t.state.loading|=4,xu(a,n.precedence,e));return t.instance}function xu(e,t,n){for(var a=n.querySelectorAll('link[rel="stylesheet"][data-precedence],style[data-precedence]'),l=a.length?a[a.length-1]:null,i=l,u=0;u<a.length;u++){var r=a[u];if(r.dataset.precedence===t)i=r;else if(i!==l)break}i?i.parentNode.insertBefore(e,i.nextSibling):(t=n.nodeType===9?n.head:n,t.insertBefore(e,t.firstChild))}function Qc(e,t){e.crossOrigin==null&&(e.crossOrigin=t.crossOrigin),e.referrerPolicy==null&&(e.referrerPolicy=t.referrerPolicy),e.title==null&&(e.title=t.title)}function Zc(e,t){e.crossOrigin==null&&(e.crossOrigin=t.crossOrigin),e.referrerPolicy==null&&(e.referrerPolicy=t.referrerPolicy),e.integrity==null&&(e.integrity=t.integrity)}var Au=null;function cm(e,t,n){if(Au===null){var a=new Map,l=Au=new Map;l.set(n,a)}else l=Au,a=l.get(n),a||(a=new Map,l.set(n,a));if(a.has(e))return a;for(a.set(e,null),n=n.getElementsByTagName(e),l=0;l<n.length;l++){var i=n[l];if(!(i[_l]||i[lt]||e==="link"&&i.getAttribute("rel")==="stylesheet")&&i.namespaceURI!=="http://www.w3.org/2000/svg"){var u=i.getAttribute(t)||"";u=e+u;var r=a.get(u);r?r.push(i):a.set(u,[i])}}return a}function om(e,t,n){e=e.ownerDocument||e,e.head.insertBefore(n,t==="title"?e.querySelector("head > title"):null)}function sy(e,t,n){if(n===1||t.itemProp!=null)return!1;switch(e){case"meta":case"title":return!0;case"style":if(typeof t.precedence!="string"||typeof t.href!="string"||t.href==="")break;return!0;case"link":if(typeof t.rel!="string"||typeof t.href!="string"||t.href===""||t.onLoad||t.onError)break;return t.rel==="stylesheet"?(e=t.disabled,typeof t.precedence=="string"&&e==null):!0;case"script":if(t.async&&typeof t.async!="function"&&typeof t.async!="symbol"&&!t.onLoad&&!t.onError&&t.src&&typeof t.src=="string")return!0}return!1}function rm(e){return!(e.type==="stylesheet"&&(e.state.loading&3)===0)}function cy(e,t,n,a){if(n.type==="stylesheet"&&(typeof a.media!="string"||matchMedia(a.media).matches!==!1)&&(n.state.loading&4)===0){if(n.instance===null){var l=rl(a.href),i=t.querySelector(ci(l));if(i){t=i._p,t!==null&&typeof t=="object"&&typeof t.then=="function"&&(e.count++,e=_u.bind(e),t.then(e,e)),n.state.loading|=4,n.instance=i,tt(i);return}i=t.ownerDocument||t,a=um(a),(l=Jt.get(l))&&Qc(a,l),i=i.createElement("link"),tt(i);var u=i;u._p=new Promise(function(r,m){u.onload=r,u.onerror=m}),ct(i,"link",a),n.instance=i}e.stylesheets===null&&(e.stylesheets=new Map),e.stylesheets.set(n,t),(t=n.state.preload)&&(n.state.loading&3)===0&&(e.count++,n=_u.bind(e),t.addEventListener("load",n),t.addEventListener("error",n))}}var Jc=0;function oy(e,t){return e.stylesheets&&e.count===0&&ju(e,e.stylesheets),0<e.count||0<e.imgCount?function(n){var a=setTimeout(function(){if(e.stylesheets&&ju(e,e.stylesheets),e.unsuspend){var i=e.unsuspend;e.unsuspend=null,i()}},6e4+t);0<e.imgBytes&&Jc===0&&(Jc=62500*kg());var l=setTimeout(function(){if(e.waitingForImages=!1,e.count===0&&(e.stylesheets&&ju(e,e.stylesheets),e.unsuspend)){var i=e.unsuspend;e.unsuspend=null,i()}},(e.imgBytes>Jc?50:800)+t);return e.unsuspend=n,function(){e.unsuspend=null,clearTimeout(a),clearTimeout(l)}}:null}function _u(){if(this.count--,this.count===0&&(this.imgCount===0||!this.waitingForImages)){if(this.stylesheets)ju(this,this.stylesheets);else if(this.unsuspend){var e=this.unsuspend;this.unsuspend=null,e()}}}var Tu=null;function ju(e,t){e.stylesheets=null,e.unsuspend!==null&&(e.count++,Tu=new Map,t.forEach(ry,e),Tu=null,_u.call(e))}function ry(e,t){if(!(t.state.loading&4)){var n=Tu.get(e);if(n)var a=n.get(null);else{n=new Map,Tu.set(e,n);for(var l=e.querySelectorAll("link[data-precedence],style[data-precedence]"),i=0;i<l.length;i++){var u=l[i];(u.nodeName==="LINK"||u.getAttribute("media")!=="not all")&&(n.set(u.dataset.precedence,u),a=u)}a&&n.set(null,a)}l=t.instance,u=l.getAttribute("data-precedence"),i=n.get(u)||a,i===a&&n.set(null,l),n.set(u,l),this.count++,a=_u.bind(this),l.addEventListener("load",a),l.addEventListener("error",a),i?i.parentNode.insertBefore(l,i.nextSibling):(e=e.nodeType===9?e.head:e,e.insertBefore(l,e.firstChild)),t.state.loading|=4}}var ri={$$typeof:Q,Provider:null,Consumer:null,_currentValue:K,_currentValue2:K,_threadCount:0};function fy(e,t,n,a,l,i,u,r,m){this.tag=1,this.containerInfo=e,this.pingCache=this.current=this.pendingChildren=null,this.timeoutHandle=-1,this.callbackNode=this.next=this.pendingContext=this.context=this.cancelPendingCommit=null,this.callbackPriority=0,this.expirationTimes=Gu(-1),this.entangledLanes=this.shellSuspendCounter=this.errorRecoveryDisabledLanes=this.expiredLanes=this.warmLanes=this.pingedLanes=this.suspendedLanes=this.pendingLanes=0,this.entanglements=Gu(0),this.hiddenUpdates=Gu(null),this.identifierPrefix=a,this.onUncaughtError=l,this.onCaughtError=i,this.onRecoverableError=u,this.pooledCache=null,this.pooledCacheLanes=0,this.formState=m,this.incompleteTransitions=new Map}function fm(e,t,n,a,l,i,u,r,m,x,O,D){return e=new fy(e,t,n,u,m,x,O,D,r),t=1,i===!0&&(t|=24),i=Rt(3,null,null,t),e.current=i,i.stateNode=e,t=Ts(),t.refCount++,e.pooledCache=t,t.refCount++,i.memoizedState={element:a,isDehydrated:n,cache:t},Us(i),e}function dm(e){return e?(e=Ga,e):Ga}function mm(e,t,n,a,l,i){l=dm(l),a.context===null?a.context=l:a.pendingContext=l,a=zn(t),a.payload={element:n},i=i===void 0?null:i,i!==null&&(a.callback=i),n=Dn(e,a,t),n!==null&&(xt(n,e,t),Gl(n,e,t))}function hm(e,t){if(e=e.memoizedState,e!==null&&e.dehydrated!==null){var n=e.retryLane;e.retryLane=n!==0&&n<t?n:t}}function Kc(e,t){hm(e,t),(e=e.alternate)&&hm(e,t)}function gm(e){if(e.tag===13||e.tag===31){var t=ca(e,67108864);t!==null&&xt(t,e,67108864),Kc(e,67108864)}}function ym(e){if(e.tag===13||e.tag===31){var t=Dt();t=ku(t);var n=ca(e,t);n!==null&&xt(n,e,t),Kc(e,t)}}var Cu=!0;function dy(e,t,n,a){var l=U.T;U.T=null;var i=V.p;try{V.p=2,$c(e,t,n,a)}finally{V.p=i,U.T=l}}function my(e,t,n,a){var l=U.T;U.T=null;var i=V.p;try{V.p=8,$c(e,t,n,a)}finally{V.p=i,U.T=l}}function $c(e,t,n,a){if(Cu){var l=Fc(a);if(l===null)Mc(e,t,a,Ru,n),vm(e,a);else if(gy(l,e,t,n,a))a.stopPropagation();else if(vm(e,a),t&4&&-1<hy.indexOf(e)){for(;l!==null;){var i=Oa(l);if(i!==null)switch(i.tag){case 3:if(i=i.stateNode,i.current.memoizedState.isDehydrated){var u=aa(i.pendingLanes);if(u!==0){var r=i;for(r.pendingLanes|=2,r.entangledLanes|=2;u;){var m=1<<31-Le(u);r.entanglements[1]|=m,u&=~m}nn(i),(Ee&6)===0&&(fu=We()+500,li(0))}}break;case 31:case 13:r=ca(i,2),r!==null&&xt(r,i,2),mu(),Kc(i,2)}if(i=Fc(a),i===null&&Mc(e,t,a,Ru,n),i===l)break;l=i}l!==null&&a.stopPropagation()}else Mc(e,t,a,null,n)}}function Fc(e){return e=Iu(e),Wc(e)}var Ru=null;function Wc(e){if(Ru=null,e=Ua(e),e!==null){var t=C(e);if(t===null)e=null;else{var n=t.tag;if(n===13){if(e=A(t),e!==null)return e;e=null}else if(n===31){if(e=M(t),e!==null)return e;e=null}else if(n===3){if(t.stateNode.current.memoizedState.isDehydrated)return t.tag===3?t.stateNode.containerInfo:null;e=null}else t!==e&&(e=null)}}return Ru=e,null}function pm(e){switch(e){case"beforetoggle":case"cancel":case"click":case"close":case"contextmenu":case"copy":case"cut":case"auxclick":case"dblclick":case"dragend":case"dragstart":case"drop":case"focusin":case"focusout":case"input":case"invalid":case"keydown":case"keypress":case"keyup":case"mousedown":case"mouseup":case"paste":case"pause":case"play":case"pointercancel":case"pointerdown":case"pointerup":case"ratechange":case"reset":case"resize":case"seeked":case"submit":case"toggle":case"touchcancel":case"touchend":case"touchstart":case"volumechange":case"change":case"selectionchange":case"textInput":case"compositionstart":case"compositionend":case"compositionupdate":case"beforeblur":case"afterblur":case"beforeinput":case"blur":case"fullscreenchange":case"focus":case"hashchange":case"popstate":case"select":case"selectstart":return 2;case"drag":case"dragenter":case"dragexit":case"dragleave":case"dragover":case"mousemove":case"mouseout":case"mouseover":case"pointermove":case"pointerout":case"pointerover":case"scroll":case"touchmove":case"wheel":case"mouseenter":case"mouseleave":case"pointerenter":case"pointerleave":return 8;case"message":switch(Yu()){case wl:return 2;case El:return 8;case ot:case An:return 32;case ta:return 268435456;default:return 32}default:return 32}}var Ic=!1,Qn=null,Zn=null,Jn=null,fi=new Map,di=new Map,Kn=[],hy="mousedown mouseup touchcancel touchend touchstart auxclick dblclick pointercancel pointerdown pointerup dragend dragstart drop compositionend compositionstart keydown keypress keyup input textInput copy cut paste click change contextmenu reset".split(" ");function vm(e,t){switch(e){case"focusin":case"focusout":Qn=null;break;case"dragenter":case"dragleave":Zn=null;break;case"mouseover":case"mouseout":Jn=null;break;case"pointerover":case"pointerout":fi.delete(t.pointerId);break;case"gotpointercapture":case"lostpointercapture":di.delete(t.pointerId)}}function mi(e,t,n,a,l,i){return e===null||e.nativeEvent!==i?(e={blockedOn:t,domEventName:n,eventSystemFlags:a,nativeEvent:i,targetContainers:[l]},t!==null&&(t=Oa(t),t!==null&&gm(t)),e):(e.eventSystemFlags|=a,t=e.targetContainers,l!==null&&t.indexOf(l)===-1&&t.push(l),e)}function gy(e,t,n,a,l){switch(t){case"focusin":return Qn=mi(Qn,e,t,n,a,l),!0;case"dragenter":return Zn=mi(Zn,e,t,n,a,l),!0;case"mouseover":return Jn=mi(Jn,e,t,n,a,l),!0;case"pointerover":var i=l.pointerId;return fi.set(i,mi(fi.get(i)||null,e,t,n,a,l)),!0;case"gotpointercapture":return i=l.pointerId,di.set(i,mi(di.get(i)||null,e,t,n,a,l)),!0}return!1}function bm(e){var t=Ua(e.target);if(t!==null){var n=C(t);if(n!==null){if(t=n.tag,t===13){if(t=A(n),t!==null){e.blockedOn=t,No(e.priority,function(){ym(n)});return}}else if(t===31){if(t=M(n),t!==null){e.blockedOn=t,No(e.priority,function(){ym(n)});return}}else if(t===3&&n.stateNode.current.memoizedState.isDehydrated){e.blockedOn=n.tag===3?n.stateNode.containerInfo:null;return}}}e.blockedOn=null}function Uu(e){if(e.blockedOn!==null)return!1;for(var t=e.targetContainers;0<t.length;){var n=Fc(e.nativeEvent);if(n===null){n=e.nativeEvent;var a=new n.constructor(n.type,n);Wu=a,n.target.dispatchEvent(a),Wu=null}else return t=Oa(n),t!==null&&gm(t),e.blockedOn=n,!1;t.shift()}return!0}function Sm(e,t,n){Uu(e)&&n.delete(t)}function yy(){Ic=!1,Qn!==null&&Uu(Qn)&&(Qn=null),Zn!==null&&Uu(Zn)&&(Zn=null),Jn!==null&&Uu(Jn)&&(Jn=null),fi.forEach(Sm),di.forEach(Sm)}function Ou(e,t){e.blockedOn===t&&(e.blockedOn=null,Ic||(Ic=!0,c.unstable_scheduleCallback(c.unstable_NormalPriority,yy)))}var Nu=null;function wm(e){Nu!==e&&(Nu=e,c.unstable_scheduleCallback(c.unstable_NormalPriority,function(){Nu===e&&(Nu=null);for(var t=0;t<e.length;t+=3){var n=e[t],a=e[t+1],l=e[t+2];if(typeof a!="function"){if(Wc(a||n)===null)continue;break}var i=Oa(n);i!==null&&(e.splice(t,3),t-=3,Fs(i,{pending:!0,data:l,method:n.method,action:a},a,l))}}))}function dl(e){function t(m){return Ou(m,e)}Qn!==null&&Ou(Qn,e),Zn!==null&&Ou(Zn,e),Jn!==null&&Ou(Jn,e),fi.forEach(t),di.forEach(t);for(var n=0;n<Kn.length;n++){var a=Kn[n];a.blockedOn===e&&(a.blockedOn=null)}for(;0<Kn.length&&(n=Kn[0],n.blockedOn===null);)bm(n),n.blockedOn===null&&Kn.shift();if(n=(e.ownerDocument||e).$$reactFormReplay,n!=null)for(a=0;a<n.length;a+=3){var l=n[a],i=n[a+1],u=l[pt]||null;if(typeof i=="function")u||wm(n);else if(u){var r=null;if(i&&i.hasAttribute("formAction")){if(l=i,u=i[pt]||null)r=u.formAction;else if(Wc(l)!==null)continue}else r=u.action;typeof r=="function"?n[a+1]=r:(n.splice(a,3),a-=3),wm(n)}}}function Em(){function e(i){i.canIntercept&&i.info==="react-transition"&&i.intercept({handler:function(){return new Promise(function(u){return l=u})},focusReset:"manual",scroll:"manual"})}function t(){l!==null&&(l(),l=null),a||setTimeout(n,20)}function n(){if(!a&&!navigation.transition){var i=navigation.currentEntry;i&&i.url!=null&&navigation.navigate(i.url,{state:i.getState(),info:"react-transition",history:"replace"})}}if(typeof navigation=="object"){var a=!1,l=null;return navigation.addEventListener("navigate",e),navigation.addEventListener("navigatesuccess",t),navigation.addEventListener("navigateerror",t),setTimeout(n,100),function(){a=!0,navigation.removeEventListener("navigate",e),navigation.removeEventListener("navigatesuccess",t),navigation.removeEventListener("navigateerror",t),l!==null&&(l(),l=null)}}}function Pc(e){this._internalRoot=e}zu.prototype.render=Pc.prototype.render=function(e){var t=this._internalRoot;if(t===null)throw Error(o(409));var n=t.current,a=Dt();mm(n,a,e,t,null,null)},zu.prototype.unmount=Pc.prototype.unmount=function(){var e=this._internalRoot;if(e!==null){this._internalRoot=null;var t=e.containerInfo;mm(e.current,2,null,e,null,null),mu(),t[Ra]=null}};function zu(e){this._internalRoot=e}zu.prototype.unstable_scheduleHydration=function(e){if(e){var t=Oo();e={blockedOn:null,target:e,priority:t};for(var n=0;n<Kn.length&&t!==0&&t<Kn[n].priority;n++);Kn.splice(n,0,e),n===0&&bm(e)}};var xm=d.version;if(xm!=="19.2.9")throw Error(o(527,xm,"19.2.9"));V.findDOMNode=function(e){var t=e._reactInternals;if(t===void 0)throw typeof e.render=="function"?Error(o(188)):(e=Object.keys(e).join(","),Error(o(268,e)));return e=p(t),e=e!==null?L(e):null,e=e===null?null:e.stateNode,e};var py={bundleType:0,version:"19.2.9",rendererPackageName:"react-dom",currentDispatcherRef:U,reconcilerVersion:"19.2.9"};if(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__<"u"){var Du=__REACT_DEVTOOLS_GLOBAL_HOOK__;if(!Du.isDisabled&&Du.supportsFiber)try{F=Du.inject(py),ie=Du}catch{}}return gi.createRoot=function(e,t){if(!y(e))throw Error(o(299));var n=!1,a="",l=Uf,i=Of,u=Nf;return t!=null&&(t.unstable_strictMode===!0&&(n=!0),t.identifierPrefix!==void 0&&(a=t.identifierPrefix),t.onUncaughtError!==void 0&&(l=t.onUncaughtError),t.onCaughtError!==void 0&&(i=t.onCaughtError),t.onRecoverableError!==void 0&&(u=t.onRecoverableError)),t=fm(e,1,!1,null,null,n,a,null,l,i,u,Em),e[Ra]=t.current,Dc(e),new Pc(t)},gi.hydrateRoot=function(e,t,n){if(!y(e))throw Error(o(299));var a=!1,l="",i=Uf,u=Of,r=Nf,m=null;return n!=null&&(n.unstable_strictMode===!0&&(a=!0),n.identifierPrefix!==void 0&&(l=n.identifierPrefix),n.onUncaughtError!==void 0&&(i=n.onUncaughtError),n.onCaughtError!==void 0&&(u=n.onCaughtError),n.onRecoverableError!==void 0&&(r=n.onRecoverableError),n.formState!==void 0&&(m=n.formState)),t=fm(e,1,!0,t,n??null,a,l,m,i,u,r,Em),t.context=dm(null),n=t.current,a=Dt(),a=ku(a),l=zn(a),l.callback=null,Dn(n,l,a),n=a,t.current.lanes=n,Al(t,n),nn(t),e[Ra]=t.current,Dc(e),new zu(t)},gi.version="19.2.9",gi}var zm;function jy(){if(zm)return no.exports;zm=1;function c(){if(!(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__>"u"||typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE!="function"))try{__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(c)}catch(d){console.error(d)}}return c(),no.exports=Ty(),no.exports}var Cy=jy();const Ry="/graphql",oo="accounts:signed-out",Lm="PAYLOAD_TOO_LARGE";class Fn extends Error{constructor(d,f){super(d),this.code=f}code}async function ue(c,...[d,f]){const o={};f?.session&&(o["Accounts-Session"]="cookie");const y={query:c.toString(),variables:d??{}};let C;const A=Object.entries(f?.files??{});if(A.length>0){const p=new FormData;p.append("operations",JSON.stringify(y)),p.append("map",JSON.stringify(Object.fromEntries(A.map(([L],H)=>[String(H),[`variables.${L}`]])))),A.forEach(([,L],H)=>p.append(String(H),L,L.name)),o["Apollo-Require-Preflight"]="true",C=p}else o["Content-Type"]="application/json",C=JSON.stringify(y);let M;try{M=await fetch(Ry,{method:"POST",headers:o,body:C,credentials:"same-origin"})}catch{throw new Fn("The service cannot be reached. Check your connection and try again.")}if(M.status===413)throw new Fn("The file is too large.",Lm);let R;try{R=await M.json()}catch{throw new Fn(`The service answered ${M.status} ${M.statusText}.`)}if(R.errors?.length){const p=R.errors[0];throw p.extensions?.code==="UNAUTHENTICATED"&&window.dispatchEvent(new Event(oo)),new Fn(p.message,p.extensions?.code)}if(!R.data)throw new Fn("The service answered no data.");return R.data}const Hm="accounts.deviceToken";function Wn(){try{return localStorage.getItem(Hm)}catch{return null}}function go(c){try{c&&localStorage.setItem(Hm,c)}catch{}}function Uy(){const c={productName:"Accounts",logoUrl:null,passkeyOrigins:[window.location.origin]},d=document.querySelector('meta[name="accounts-config"]')?.getAttribute("content");if(!d)return c;try{const f=JSON.parse(d);return{productName:typeof f.productName=="string"&&f.productName?f.productName:c.productName,logoUrl:typeof f.logoUrl=="string"?f.logoUrl:null,passkeyOrigins:Array.isArray(f.passkeyOrigins)?f.passkeyOrigins.filter(o=>typeof o=="string"):[]}}catch{return c}}const Aa=Uy();class re extends String{__apiType;value;__meta__;constructor(d,f){super(d),this.value=d,this.__meta__=f}toString(){return this.value}}const Oy=new re(`
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
    `,{fragmentName:"UserFields"}),Ny=new re(`
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
}`,{fragmentName:"LoginOutcome"}),zy=new re(`
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}
    `,{fragmentName:"StepUpFields"}),Dy=new re(`
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
}`,{fragmentName:"UpdateOutcome"}),My=new re(`
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
}`,{fragmentName:"RecoveryCodesOutcome"}),qy=new re(`
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
}`),Ly=new re(`
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
}`),Hy=new re(`
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
}`),Vy=new re(`
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
    `),By=new re(`
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
}`),Yy=new re(`
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
}`),Gy=new re(`
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
    `),ky=new re(`
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
}`),Xy=new re(`
    mutation Logout {
  logout {
    ... on LogoutSuccess {
      revokedSessions
    }
  }
}
    `),Qy=new re(`
    mutation LogoutAll {
  logoutAll {
    ... on LogoutSuccess {
      revokedSessions
    }
  }
}
    `),Zy=new re(`
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
    `),Jy=new re(`
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
    `),Ky=new re(`
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
    `),$y=new re(`
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
}`),Fy=new re(`
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
}`),Wy=new re(`
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
}`),Iy=new re(`
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
}`),Py=new re(`
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
}`),ep=new re(`
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
}`),tp=new re(`
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
    `),np=new re(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id) {
    ... on LogoutSuccess {
      revokedSessions
    }
  }
}
    `),ap=new re(`
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
    `),lp=new re(`
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
}`),ip=new re(`
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
}`),up=new re(`
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
}`),sp=new re(`
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
}`),cp=new re(`
    query Passkeys {
  passkeys {
    id
    name
    createdAt
    lastUsedAt
  }
}
    `),op=new re(`
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
}`),rp=new re(`
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
}`),fp=new re(`
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
}`),dp=new re(`
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
    `),mp=new re(`
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
}`),hp={"\n  fragment UserFields on User {\n    id\n    email\n    username\n    firstName\n    lastName\n    bio\n    contact\n    imageUrl\n    status\n    emailVerified\n    pendingEmail\n    twoFactorEnabled\n    hasPassword\n    dateJoined\n    lastLogin\n  }\n":Oy,"\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n":qy,"\n  fragment StepUpFields on ReauthenticationRequired {\n    message\n    methods\n    passwordRequired\n  }\n":zy,"\n  mutation RegisterUser($input: RegisterUserInput!) {\n    registerUser(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        deviceToken\n        user {\n          ...UserFields\n        }\n      }\n      ... on VerificationRequired {\n        email\n        handle\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on UserAlreadyExists {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Ly,"\n  fragment LoginOutcome on LoginResult {\n    __typename\n    ... on AuthSuccess {\n      deviceToken\n      user {\n        ...UserFields\n      }\n    }\n    ... on TwoFactorRequired {\n      challenge\n      methods\n      challengeExpiresAt: expiresAt\n    }\n    ... on InvalidCredentials {\n      message\n    }\n    ... on AccountSuspended {\n      message\n    }\n    ... on EmailNotVerified {\n      message\n      handle\n    }\n    ... on RateLimited {\n      message\n      retryAfterSeconds\n    }\n  }\n":Ny,"\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":Hy,"\n  mutation RequestLoginCode($input: RequestLoginCodeInput!) {\n    requestLoginCode(input: $input) {\n      __typename\n      ... on CodeSent {\n        message\n        expiresInSeconds\n        handle\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Vy,"\n  mutation LoginWithCode($input: LoginWithCodeInput!) {\n    loginWithCode(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":By,"\n  mutation CompleteLogin($input: CompleteLoginInput!) {\n    completeLogin(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":Yy,"\n  mutation BeginPasskeyLogin($input: BeginPasskeyLoginInput!) {\n    beginPasskeyLogin(input: $input) {\n      __typename\n      ... on PasskeyOptions {\n        challengeId\n        optionsJson\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Gy,"\n  mutation FinishPasskeyLogin($input: FinishPasskeyLoginInput!) {\n    finishPasskeyLogin(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":ky,"\n  mutation Logout {\n    logout {\n      ... on LogoutSuccess {\n        revokedSessions\n      }\n    }\n  }\n":Xy,"\n  mutation LogoutAll {\n    logoutAll {\n      ... on LogoutSuccess {\n        revokedSessions\n      }\n    }\n  }\n":Qy,"\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      __typename\n      ... on EmailVerified {\n        email\n        hasPassword\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Zy,"\n  mutation RequestEmailVerification {\n    requestEmailVerification {\n      __typename\n      ... on CodeSent {\n        message\n        expiresInSeconds\n        handle\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Jy,"\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      __typename\n      ... on CodeSent {\n        message\n        expiresInSeconds\n        handle\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Ky,"\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        deviceToken\n        user {\n          ...UserFields\n        }\n      }\n      ... on TwoFactorRequired {\n        challenge\n        methods\n        challengeExpiresAt: expiresAt\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":$y,"\n  fragment UpdateOutcome on UpdateUserResult {\n    __typename\n    ... on UpdateUserSuccess {\n      user {\n        ...UserFields\n      }\n    }\n    ... on ValidationError {\n      message\n      fields {\n        field\n        code\n        message\n      }\n    }\n    ... on UserAlreadyExists {\n      message\n      fields {\n        field\n        code\n        message\n      }\n    }\n    ... on InvalidCredentials {\n      message\n    }\n    ... on InvalidCode {\n      message\n    }\n    ... on RateLimited {\n      message\n      retryAfterSeconds\n    }\n    ...StepUpFields\n  }\n":Dy,"\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UpdateOutcome\n    }\n  }\n":Fy,"\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      ...UpdateOutcome\n    }\n  }\n":Wy,"\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        user {\n          id\n        }\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ...StepUpFields\n    }\n  }\n":Iy,"\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        user {\n          ...UserFields\n        }\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ...StepUpFields\n    }\n  }\n":Py,"\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      __typename\n      ... on AccountDeleted {\n        message\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ...StepUpFields\n    }\n  }\n":ep,"\n  query Sessions {\n    sessions {\n      id\n      current\n      createdAt\n      lastUsedAt\n      expiresAt\n      userAgent\n      ipAddress\n      methods\n      assurance\n      authenticatedAt\n    }\n  }\n":tp,"\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id) {\n      ... on LogoutSuccess {\n        revokedSessions\n      }\n    }\n  }\n":np,"\n  query SecurityEvents($first: Int!, $after: String) {\n    securityEvents(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          at\n          ipAddress\n          userAgent\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":ap,"\n  mutation BeginTotpSetup {\n    beginTotpSetup {\n      __typename\n      ... on TotpSetup {\n        secret\n        otpauthUri\n        qrSvg\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":lp,"\n  fragment RecoveryCodesOutcome on RecoveryCodesResult {\n    __typename\n    ... on RecoveryCodes {\n      codes\n    }\n    ... on InvalidCode {\n      message\n    }\n    ... on InvalidCredentials {\n      message\n    }\n    ... on RateLimited {\n      message\n      retryAfterSeconds\n    }\n    ... on EmailNotVerified {\n      message\n    }\n    ...StepUpFields\n  }\n":My,"\n  mutation ConfirmTotpSetup($input: ConfirmTotpSetupInput!) {\n    confirmTotpSetup(input: $input) {\n      ...RecoveryCodesOutcome\n    }\n  }\n":ip,"\n  mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      ...RecoveryCodesOutcome\n    }\n  }\n":up,"\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input) {\n      __typename\n      ... on TwoFactorDisabled {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ...StepUpFields\n    }\n  }\n":sp,"\n  query Passkeys {\n    passkeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n":cp,"\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration {\n      __typename\n      ... on PasskeyOptions {\n        challengeId\n        optionsJson\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":op,"\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      __typename\n      ... on PasskeyAdded {\n        passkey {\n          id\n          name\n        }\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":rp,"\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id) {\n      __typename\n      ... on PasskeyRemoved {\n        message\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ...StepUpFields\n    }\n  }\n":fp,"\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input) {\n      __typename\n      ... on Reauthenticated {\n        privilegedUntil\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n":dp,"\n  mutation BeginPasskeyReauthentication {\n    beginPasskeyReauthentication {\n      __typename\n      ... on PasskeyOptions {\n        challengeId\n        optionsJson\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":mp};function fe(c){return hp[c]??{}}fe(`
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
`);const gp=fe(`
  query Me {
    me {
      ...UserFields
    }
  }
`);fe(`
  fragment StepUpFields on ReauthenticationRequired {
    message
    methods
    passwordRequired
  }
`);const yp=fe(`
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
`);fe(`
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
`);const pp=fe(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...LoginOutcome
    }
  }
`),vp=fe(`
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
`),bp=fe(`
  mutation LoginWithCode($input: LoginWithCodeInput!) {
    loginWithCode(input: $input) {
      ...LoginOutcome
    }
  }
`),Sp=fe(`
  mutation CompleteLogin($input: CompleteLoginInput!) {
    completeLogin(input: $input) {
      ...LoginOutcome
    }
  }
`),wp=fe(`
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
`),Ep=fe(`
  mutation FinishPasskeyLogin($input: FinishPasskeyLoginInput!) {
    finishPasskeyLogin(input: $input) {
      ...LoginOutcome
    }
  }
`),xp=fe(`
  mutation Logout {
    logout {
      ... on LogoutSuccess {
        revokedSessions
      }
    }
  }
`),Ap=fe(`
  mutation LogoutAll {
    logoutAll {
      ... on LogoutSuccess {
        revokedSessions
      }
    }
  }
`),Vm=fe(`
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
`),Bm=fe(`
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
`),Ym=fe(`
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
`),_p=fe(`
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
`);fe(`
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
`);const Mu=fe(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UpdateOutcome
    }
  }
`),Tp=fe(`
  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {
    confirmEmailChange(input: $input) {
      ...UpdateOutcome
    }
  }
`),jp=fe(`
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
`),Cp=fe(`
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
`),Rp=fe(`
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
`),Up=fe(`
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
`),Op=fe(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id) {
      ... on LogoutSuccess {
        revokedSessions
      }
    }
  }
`),Np=fe(`
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
`),zp=fe(`
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
`);fe(`
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
`);const Dp=fe(`
  mutation ConfirmTotpSetup($input: ConfirmTotpSetupInput!) {
    confirmTotpSetup(input: $input) {
      ...RecoveryCodesOutcome
    }
  }
`),Mp=fe(`
  mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {
    regenerateRecoveryCodes(input: $input) {
      ...RecoveryCodesOutcome
    }
  }
`),qp=fe(`
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
`),Lp=fe(`
  query Passkeys {
    passkeys {
      id
      name
      createdAt
      lastUsedAt
    }
  }
`),Hp=fe(`
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
`),Vp=fe(`
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
`),Bp=fe(`
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
`),Dm=fe(`
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
`),Yp=fe(`
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
`),hl="/account";function ro(){return(window.location.pathname.startsWith(hl)?window.location.pathname.slice(hl.length):"/").replace(/\/+$/,"")||"/"}function At(c,d=!1,f=null){const o=hl+c;d?window.history.replaceState(f,"",o):window.history.pushState(f,"",o),window.dispatchEvent(new PopStateEvent("popstate"))}function Ea(c){const f=window.history.state?.[c];return typeof f=="string"?f:null}function yo(){const c=new URLSearchParams(window.location.search).get("next");return c&&/^\/[a-z-]*$/.test(c)?c:"/"}function Gp(){const[c,d]=Y.useState(()=>({path:ro(),query:new URLSearchParams(window.location.search)}));return Y.useEffect(()=>{const f=()=>d({path:ro(),query:new URLSearchParams(window.location.search)});return window.addEventListener("popstate",f),()=>window.removeEventListener("popstate",f)},[]),c}function kp(c){Y.useEffect(()=>{document.title=`${c} · ${Aa.productName}`},[c])}function ft({to:c,...d}){const f=y=>{y.button!==0||y.metaKey||y.ctrlKey||y.shiftKey||y.altKey||(y.preventDefault(),At(c))},o=ro()===c.split("?")[0];return s.jsx("a",{href:hl+c,onClick:f,"aria-current":o?"page":void 0,...d})}const Gm=Y.createContext(null);function Xp({children:c}){const[d,f]=Y.useState(null),[o,y]=Y.useState(!0),C=Y.useCallback(async()=>{try{const{me:A}=await ue(gp);return f(A??null),A??null}catch{return f(null),null}finally{y(!1)}},[]);return Y.useEffect(()=>{C();const A=()=>f(null);return window.addEventListener(oo,A),()=>window.removeEventListener(oo,A)},[C]),s.jsx(Gm.Provider,{value:{user:d,loading:o,refresh:C,setUser:f},children:c})}function dt(){const c=Y.useContext(Gm);if(!c)throw new Error("useSession outside SessionProvider");return c}const Qp=/^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;function km(){const c=Aa.passkeyOrigins,f=c.find(o=>new URL(o).port===window.location.port)??c[0];if(f)return{href:f+window.location.pathname,text:`Open this page at ${f}`}}function Lu(){if(typeof window.PublicKeyCredential>"u"||!navigator.credentials)return{message:"This browser cannot use passkeys. Use a recent Chrome, Edge, Firefox or Safari.",fields:{}};const c=window.location.origin;if(Aa.passkeyOrigins.includes(c))return null;const d=km();if(Qp.test(window.location.hostname))return{message:`Passkeys need a site name, and this page is open at an IP address (${window.location.host}), which browsers refuse for passkeys.`,fields:{},link:d};const f=Aa.passkeyOrigins.join(" or ")||"no address (ACCOUNTS_WEBAUTHN_ORIGINS is empty)";return{message:`Passkeys are not set up for this address (${c}): this service accepts them only at ${f}.`,fields:{},link:d}}function gl(c,d){const f=c instanceof Error?c.name:"",o=d?"No passkey was added":"No passkey was used";return{message:(()=>{switch(f){case"NotAllowedError":case"AbortError":return`${o}: the request was cancelled or took too long. Try again when you are ready.`;case"InvalidStateError":return d?"This device already has a passkey for your account. Use it to log in, or add one on another device.":`${o}: this device could not use the passkey. Try again, or use another device.`;case"NotSupportedError":return`${o}: this device cannot make the kind of passkey this service asks for.`;case"ConstraintError":return`${o}: your device cannot check that it is you. Set up a screen lock, PIN, fingerprint or face first.`;case"SecurityError":return Lu()?.message??`${o}: this page's address cannot use passkeys.`;default:return`${o}: your device could not complete the request. Try again, or use another device.`}})(),fields:{},link:f==="SecurityError"?km():void 0}}const uo={invalid:"Your device's answer could not be verified, so no passkey was added. Try again.",taken:"This passkey is already added to an account.",too_many:"You have as many passkeys as an account may have. Remove one to add another.",too_large:"Your device's answer was too large to check. Try another device."};function Zp(c){if(c.__typename==="InvalidCode")return{message:"The request expired before it was finished. Try again.",fields:{}};const d={};let f="";for(const o of c.fields??[])o.field==="name"?d.name=o.message:f=uo[o.code]??uo.invalid;return{message:f||(Object.keys(d).length?"":c.message??uo.invalid),fields:d}}function Jp(c,d){const f=PublicKeyCredential.signalUnknownCredential;f&&f.call(PublicKeyCredential,{rpId:c,credentialId:d}).catch(()=>{})}function Ve(c,d={}){const f=c.__typename?d[c.__typename]:void 0;if(f)return{message:"",fields:{[f.field]:f.message??c.message??""},retryAfterSeconds:c.retryAfterSeconds};const o={};for(const y of c.fields??[])o[y.field]=o[y.field]?`${o[y.field]} ${y.message}`:y.message;return{message:c.message??"Something went wrong.",fields:o,retryAfterSeconds:c.retryAfterSeconds}}const pi={InvalidCredentials:{field:"currentPassword",message:"That is not your current password."}};function Hu(c){return c instanceof Fn&&c.code==="UNAUTHENTICATED"?{message:"You are signed out. Log in again.",fields:{}}:c instanceof Fn&&c.code===Lm?{message:"",fields:{image:"This image is too large for the service: choose a smaller one."}}:{message:c instanceof Error?c.message:String(c),fields:{}}}function Kp(c){const d=new Date(Date.now()+c*1e3);return`Try again in ${c<90?`${c} seconds`:`${Math.ceil(c/60)} minutes`} (at ${d.toLocaleTimeString()}).`}function $p(c,d){if(!c||!(d in c.fields))return c;const f={...c.fields};return delete f[d],Object.keys(f).length===0&&(!c.message||c.message==="Some fields are invalid.")?null:{...c,fields:f}}function Ne(c){const[d,f]=Y.useState(c),[o,y]=Y.useState(!1),[C,A]=Y.useState(null),[M,R]=Y.useState(null),p=Y.useRef(null);Y.useEffect(()=>{C&&Object.keys(C.fields).length>0&&p.current?.querySelector('[aria-invalid="true"]')?.focus()},[C]);const L=(j,S)=>{f(w=>({...w,[j]:S})),A(w=>$p(w,j)),R(null)};return{values:d,setValues:f,change:L,bind:j=>({name:j,value:d[j],error:C?.fields[j],onChange:S=>L(j,S.target.value)}),reset:()=>f(c),busy:o,problem:C,setProblem:A,done:M,setDone:R,run:j=>async S=>{if(S?.preventDefault(),!o){S?.currentTarget instanceof HTMLFormElement&&(p.current=S.currentTarget),y(!0),A(null),R(null);try{const w=await j();typeof w=="string"?R(w):A(w??null)}catch(w){A(Hu(w))}finally{y(!1)}}}}}function ee({label:c,error:d,hint:f,multiline:o,...y}){const C=Y.useId(),A=[f?`${C}-hint`:"",d?`${C}-error`:""].filter(Boolean).join(" ")||void 0,M={id:C,"aria-invalid":d?!0:void 0,"aria-describedby":A};return s.jsxs("div",{className:d?"field invalid":"field",children:[s.jsx("label",{htmlFor:C,children:c}),o?s.jsx("textarea",{...M,name:y.name,value:y.value,onChange:y.onChange,rows:3}):s.jsx("input",{...M,...y}),f&&s.jsx("p",{className:"hint",id:`${C}-hint`,children:f}),d&&s.jsx("p",{className:"error",id:`${C}-error`,children:d})]})}function xe({problem:c,shown:d=[]}){if(!c)return null;const f=Object.entries(c.fields).filter(([o])=>!d.includes(o));return!c.message&&f.length===0&&c.retryAfterSeconds===void 0?null:s.jsxs("div",{className:"alert",role:"alert",children:[c.message&&s.jsx("p",{children:c.message}),f.map(([o,y])=>s.jsx("p",{children:y},o)),c.retryAfterSeconds!==void 0&&s.jsx("p",{children:Kp(c.retryAfterSeconds)}),c.link&&s.jsx("p",{children:s.jsx("a",{href:c.link.href,children:c.link.text})})]})}function Be({children:c,warn:d}){return s.jsx("div",{className:d?"notice warn":"notice",role:"status",children:c})}function Ze({busy:c,danger:d,children:f}){return s.jsx("button",{type:"submit",className:d?"danger":"primary",disabled:c,"aria-busy":c||void 0,children:f})}function qu(c){const d=c.replace(/-/g,"+").replace(/_/g,"/").padEnd(Math.ceil(c.length/4)*4,"="),f=atob(d),o=new Uint8Array(f.length);for(let y=0;y<f.length;y++)o[y]=f.charCodeAt(y);return o.buffer}function wa(c){let d="";for(const f of new Uint8Array(c))d+=String.fromCharCode(f);return btoa(d).replace(/\+/g,"-").replace(/\//g,"_").replace(/=+$/,"")}function Xm(c){return(c??[]).map(d=>({...d,id:qu(d.id)}))}function Fp(c){const d=JSON.parse(c);return{...d,challenge:qu(d.challenge),user:{...d.user,id:qu(d.user.id)},excludeCredentials:Xm(d.excludeCredentials)}}function Qm(c){const d=JSON.parse(c);return{...d,challenge:qu(d.challenge),allowCredentials:Xm(d.allowCredentials)}}function po(c){const d=c.response,f={id:c.id,rawId:wa(c.rawId),type:c.type,authenticatorAttachment:c.authenticatorAttachment,clientExtensionResults:{}};if(d instanceof AuthenticatorAttestationResponse)return JSON.stringify({...f,response:{clientDataJSON:wa(d.clientDataJSON),attestationObject:wa(d.attestationObject),transports:d.getTransports()}});const o=d;return JSON.stringify({...f,response:{clientDataJSON:wa(o.clientDataJSON),authenticatorData:wa(o.authenticatorData),signature:wa(o.signature),userHandle:o.userHandle?wa(o.userHandle):null}})}const Zm=Y.createContext(null),Wp=3;function Ip(c){return c.__typename==="ReauthenticationRequired"&&"methods"in c}function Pp({children:c}){const[d,f]=Y.useState(null),o=Y.useCallback(A=>new Promise(M=>f({...A,answer:M})),[]),y=Y.useCallback(async(A,M={})=>{let R=await A();for(let p=0;p<Wp;p++){let L;if(R.__typename==="EmailNotVerified")L=await o({kind:"verify"});else if(Ip(R))L=await o({kind:"proof",requirement:R,password:M.password??""});else return R;if(!L)return null;R=await A()}return R},[o]),C=A=>{d?.answer(A),f(null)};return s.jsxs(Zm.Provider,{value:y,children:[c,d?.kind==="proof"&&s.jsx(av,{requirement:d.requirement,password:d.password,onClose:C}),d?.kind==="verify"&&s.jsx(iv,{onClose:C})]})}function _a(){const c=Y.useContext(Zm);if(!c)throw new Error("useGuard outside GuardProvider");return c}function fo({title:c,intro:d,onCancel:f,children:o}){const y=Y.useRef(null),C=Y.useId();return Y.useEffect(()=>{const A=y.current;return A&&!A.open&&A.showModal(),()=>A?.close()},[]),s.jsxs("dialog",{ref:y,className:"confirm","aria-labelledby":`${C}-title`,"aria-describedby":`${C}-intro`,onCancel:A=>{A.preventDefault(),f()},children:[s.jsx("h2",{id:`${C}-title`,children:c}),s.jsx("div",{id:`${C}-intro`,children:d}),o]})}const ev="That is not your password.",tv="The code is not right. Type the code your app shows now, or an unused recovery code.";function nv(c,d,f){return c.passwordRequired?`Type ${d?"your password and a code from your authenticator app (or a recovery code)":"your password"}${f?", or use a passkey":""}.`:f?"Use one of your passkeys.":"Log out, log in again, and then make this change within a few minutes."}function av({requirement:c,password:d,onClose:f}){const o=c.methods.includes("TOTP")||c.methods.includes("RECOVERY_CODE"),y=c.methods.includes("PASSKEY"),C=c.passwordRequired,A=Ne({password:d,code:""}),M=(v,j)=>{if(v.__typename==="Reauthenticated")return f(!0),null;const S={};j.password&&(S.InvalidCredentials={field:"password",message:ev}),j.code&&(S.InvalidCode={field:"code",message:tv});const w=Ve(v,S);return w.fields.recoveryCode&&(w.fields.code=w.fields.recoveryCode,delete w.fields.recoveryCode),w},R=A.run(async()=>{const v=A.values.code.trim(),j={password:A.values.password,.../^\d{6,8}$/.test(v.replace(/\s/g,""))?{code:v}:v?{recoveryCode:v}:{}},{reauthenticate:S}=await ue(Dm,{input:j});return M(S,{password:!0,code:!!v})}),p=A.run(async()=>{const v=Lu();if(v)return v;const{beginPasskeyReauthentication:j}=await ue(Yp);if(j.__typename!=="PasskeyOptions")return Ve(j);let S;try{S=await navigator.credentials.get({publicKey:Qm(j.optionsJson)})}catch(pe){return gl(pe,!1)}if(!(S instanceof PublicKeyCredential))return gl(null,!1);const w={passkeyChallengeId:j.challengeId,passkeyCredentialJson:po(S)},{reauthenticate:q}=await ue(Dm,{input:w});return M(q,{password:!1,code:!1})}),L=s.jsxs("p",{children:["This change needs a recent sign-in. ",nv(c,o,y)]}),H=s.jsx("button",{type:"button",className:"secondary",onClick:()=>f(!1),children:"Cancel"});return C?s.jsxs(fo,{title:"Confirm it is you",intro:L,onCancel:()=>f(!1),children:[s.jsxs("form",{onSubmit:R,noValidate:!0,children:[s.jsx(ee,{label:"Your password",type:"password",autoComplete:"current-password",...A.bind("password")}),o&&s.jsx(ee,{label:"Code from your app, or a recovery code",autoComplete:"one-time-code",...A.bind("code")}),s.jsx(xe,{problem:A.problem,shown:["password","code"]}),s.jsxs("div",{className:"dialog-actions",children:[H,s.jsx(Ze,{busy:A.busy,children:"Confirm"})]})]}),y&&s.jsx("p",{className:"dialog-aside",children:s.jsx("button",{type:"button",className:"link",onClick:()=>{p()},disabled:A.busy,children:"Use a passkey instead"})})]}):s.jsxs(fo,{title:"Confirm it is you",intro:L,onCancel:()=>f(!1),children:[s.jsx(xe,{problem:A.problem}),s.jsxs("div",{className:"dialog-actions",children:[H,y&&s.jsx("button",{type:"button",className:"primary",onClick:()=>{p()},disabled:A.busy,"aria-busy":A.busy||void 0,children:"Use a passkey"})]})]})}const lv={InvalidCode:{field:"code",message:"The code is wrong or no longer valid. Use the code in the newest email."}};function iv({onClose:c}){const{user:d,refresh:f}=dt(),o=d?.email??"",[y,C]=Y.useState(null),A=Ne({}),M=Ne({code:""}),R=A.run(async()=>{const{requestEmailVerification:v}=await ue(Bm);return v.__typename!=="CodeSent"?Ve(v):(C(v.handle),`We sent a 6-digit code to ${o}.`)}),p=Y.useRef(!0);Y.useEffect(()=>{p.current&&(p.current=!1,R())},[R]);const L=M.run(async()=>{const{verifyEmail:v}=await ue(Vm,{input:{email:o,code:M.values.code.trim(),handle:y}});return v.__typename!=="EmailVerified"?Ve(v,lv):(await f(),c(!0),null)}),H=s.jsx("p",{children:"Two-factor sign-in and passkeys are added only to an email address you have proved."});return s.jsxs(fo,{title:"Verify your email first",intro:H,onCancel:()=>c(!1),children:[A.busy&&s.jsxs("p",{className:"muted",children:["Sending a code to ",o,"…"]}),A.done&&s.jsx(Be,{children:A.done}),s.jsx(xe,{problem:A.problem}),s.jsxs("form",{onSubmit:L,noValidate:!0,children:[s.jsx(ee,{label:"Code from the email",inputMode:"numeric",autoComplete:"one-time-code",...M.bind("code")}),s.jsx(xe,{problem:M.problem,shown:["code"]}),s.jsxs("div",{className:"dialog-actions",children:[s.jsx("button",{type:"button",className:"secondary",onClick:()=>c(!1),children:"Cancel"}),s.jsx(Ze,{busy:M.busy,children:"Verify and continue"})]})]}),s.jsx("p",{className:"dialog-aside",children:s.jsx("button",{type:"button",className:"link",onClick:()=>{R()},disabled:A.busy,children:"Send a new code"})})]})}var yi={exports:{}},uv=yi.exports,Mm;function sv(){return Mm||(Mm=1,(function(c,d){(function(f,o){var y="1.0.41",C="",A="?",M="function",R="undefined",p="object",L="string",H="major",v="model",j="name",S="type",w="vendor",q="version",pe="architecture",gt="console",Q="mobile",Z="tablet",ze="smarttv",je="wearable",ae="embedded",Pe=500,mt="Amazon",_t="Apple",Tt="ASUS",at="BlackBerry",qt="Browser",yt="Chrome",jt="Edge",U="Firefox",V="Google",K="Honor",we="Huawei",Ae="Lenovo",g="LG",z="Microsoft",B="Motorola",G="Nvidia",I="OnePlus",te="Opera",ge="OPPO",ke="Samsung",qe="Sharp",Kt="Sony",xn="Xiaomi",In="Zebra",vl="Facebook",It="Chromium OS",Ta="Mac OS",ja=" Browser",Bu=function(se,ye){var F={};for(var ie in se)ye[ie]&&ye[ie].length%2===0?F[ie]=ye[ie].concat(se[ie]):F[ie]=se[ie];return F},Pn=function(se){for(var ye={},F=0;F<se.length;F++)ye[se[F].toUpperCase()]=se[F];return ye},Ca=function(se,ye){return typeof se===L?an(ye).indexOf(an(se))!==-1:!1},an=function(se){return se.toLowerCase()},bl=function(se){return typeof se===L?se.replace(/[^\d\.]/g,C).split(".")[0]:o},Sl=function(se,ye){if(typeof se===L)return se=se.replace(/^\s\s*/,C),typeof ye===R?se:se.substring(0,Pe)},ea=function(se,ye){for(var F=0,ie,et,Le,ve,W,Lt;F<ye.length&&!W;){var _n=ye[F],na=ye[F+1];for(ie=et=0;ie<_n.length&&!W&&_n[ie];)if(W=_n[ie++].exec(se),W)for(Le=0;Le<na.length;Le++)Lt=W[++et],ve=na[Le],typeof ve===p&&ve.length>0?ve.length===2?typeof ve[1]==M?this[ve[0]]=ve[1].call(this,Lt):this[ve[0]]=ve[1]:ve.length===3?typeof ve[1]===M&&!(ve[1].exec&&ve[1].test)?this[ve[0]]=Lt?ve[1].call(this,Lt,ve[2]):o:this[ve[0]]=Lt?Lt.replace(ve[1],ve[2]):o:ve.length===4&&(this[ve[0]]=Lt?ve[3].call(this,Lt.replace(ve[1],ve[2])):o):this[ve]=Lt||o;F+=2}},We=function(se,ye){for(var F in ye)if(typeof ye[F]===p&&ye[F].length>0){for(var ie=0;ie<ye[F].length;ie++)if(Ca(ye[F][ie],se))return F===A?o:F}else if(Ca(ye[F],se))return F===A?o:F;return ye.hasOwnProperty("*")?ye["*"]:se},Yu={"1.0":"/8","1.2":"/1","1.3":"/3","2.0":"/412","2.0.2":"/416","2.0.3":"/417","2.0.4":"/419","?":"/"},wl={ME:"4.90","NT 3.11":"NT3.51","NT 4.0":"NT4.0",2e3:"NT 5.0",XP:["NT 5.1","NT 5.2"],Vista:"NT 6.0",7:"NT 6.1",8:"NT 6.2","8.1":"NT 6.3",10:["NT 6.4","NT 10.0"],RT:"ARM"},El={browser:[[/\b(?:crmo|crios)\/([\w\.]+)/i],[q,[j,"Chrome"]],[/edg(?:e|ios|a)?\/([\w\.]+)/i],[q,[j,"Edge"]],[/(opera mini)\/([-\w\.]+)/i,/(opera [mobiletab]{3,6})\b.+version\/([-\w\.]+)/i,/(opera)(?:.+version\/|[\/ ]+)([\w\.]+)/i],[j,q],[/opios[\/ ]+([\w\.]+)/i],[q,[j,te+" Mini"]],[/\bop(?:rg)?x\/([\w\.]+)/i],[q,[j,te+" GX"]],[/\bopr\/([\w\.]+)/i],[q,[j,te]],[/\bb[ai]*d(?:uhd|[ub]*[aekoprswx]{5,6})[\/ ]?([\w\.]+)/i],[q,[j,"Baidu"]],[/\b(?:mxbrowser|mxios|myie2)\/?([-\w\.]*)\b/i],[q,[j,"Maxthon"]],[/(kindle)\/([\w\.]+)/i,/(lunascape|maxthon|netfront|jasmine|blazer|sleipnir)[\/ ]?([\w\.]*)/i,/(avant|iemobile|slim(?:browser|boat|jet))[\/ ]?([\d\.]*)/i,/(?:ms|\()(ie) ([\w\.]+)/i,/(flock|rockmelt|midori|epiphany|silk|skyfire|ovibrowser|bolt|iron|vivaldi|iridium|phantomjs|bowser|qupzilla|falkon|rekonq|puffin|brave|whale(?!.+naver)|qqbrowserlite|duckduckgo|klar|helio|(?=comodo_)?dragon)\/([-\w\.]+)/i,/(heytap|ovi|115)browser\/([\d\.]+)/i,/(weibo)__([\d\.]+)/i],[j,q],[/quark(?:pc)?\/([-\w\.]+)/i],[q,[j,"Quark"]],[/\bddg\/([\w\.]+)/i],[q,[j,"DuckDuckGo"]],[/(?:\buc? ?browser|(?:juc.+)ucweb)[\/ ]?([\w\.]+)/i],[q,[j,"UC"+qt]],[/microm.+\bqbcore\/([\w\.]+)/i,/\bqbcore\/([\w\.]+).+microm/i,/micromessenger\/([\w\.]+)/i],[q,[j,"WeChat"]],[/konqueror\/([\w\.]+)/i],[q,[j,"Konqueror"]],[/trident.+rv[: ]([\w\.]{1,9})\b.+like gecko/i],[q,[j,"IE"]],[/ya(?:search)?browser\/([\w\.]+)/i],[q,[j,"Yandex"]],[/slbrowser\/([\w\.]+)/i],[q,[j,"Smart Lenovo "+qt]],[/(avast|avg)\/([\w\.]+)/i],[[j,/(.+)/,"$1 Secure "+qt],q],[/\bfocus\/([\w\.]+)/i],[q,[j,U+" Focus"]],[/\bopt\/([\w\.]+)/i],[q,[j,te+" Touch"]],[/coc_coc\w+\/([\w\.]+)/i],[q,[j,"Coc Coc"]],[/dolfin\/([\w\.]+)/i],[q,[j,"Dolphin"]],[/coast\/([\w\.]+)/i],[q,[j,te+" Coast"]],[/miuibrowser\/([\w\.]+)/i],[q,[j,"MIUI"+ja]],[/fxios\/([\w\.-]+)/i],[q,[j,U]],[/\bqihoobrowser\/?([\w\.]*)/i],[q,[j,"360"]],[/\b(qq)\/([\w\.]+)/i],[[j,/(.+)/,"$1Browser"],q],[/(oculus|sailfish|huawei|vivo|pico)browser\/([\w\.]+)/i],[[j,/(.+)/,"$1"+ja],q],[/samsungbrowser\/([\w\.]+)/i],[q,[j,ke+" Internet"]],[/metasr[\/ ]?([\d\.]+)/i],[q,[j,"Sogou Explorer"]],[/(sogou)mo\w+\/([\d\.]+)/i],[[j,"Sogou Mobile"],q],[/(electron)\/([\w\.]+) safari/i,/(tesla)(?: qtcarbrowser|\/(20\d\d\.[-\w\.]+))/i,/m?(qqbrowser|2345(?=browser|chrome|explorer))\w*[\/ ]?v?([\w\.]+)/i],[j,q],[/(lbbrowser|rekonq)/i,/\[(linkedin)app\]/i],[j],[/ome\/([\w\.]+) \w* ?(iron) saf/i,/ome\/([\w\.]+).+qihu (360)[es]e/i],[q,j],[/((?:fban\/fbios|fb_iab\/fb4a)(?!.+fbav)|;fbav\/([\w\.]+);)/i],[[j,vl],q],[/(Klarna)\/([\w\.]+)/i,/(kakao(?:talk|story))[\/ ]([\w\.]+)/i,/(naver)\(.*?(\d+\.[\w\.]+).*\)/i,/(daum)apps[\/ ]([\w\.]+)/i,/safari (line)\/([\w\.]+)/i,/\b(line)\/([\w\.]+)\/iab/i,/(alipay)client\/([\w\.]+)/i,/(twitter)(?:and| f.+e\/([\w\.]+))/i,/(chromium|instagram|snapchat)[\/ ]([-\w\.]+)/i],[j,q],[/\bgsa\/([\w\.]+) .*safari\//i],[q,[j,"GSA"]],[/musical_ly(?:.+app_?version\/|_)([\w\.]+)/i],[q,[j,"TikTok"]],[/headlesschrome(?:\/([\w\.]+)| )/i],[q,[j,yt+" Headless"]],[/ wv\).+(chrome)\/([\w\.]+)/i],[[j,yt+" WebView"],q],[/droid.+ version\/([\w\.]+)\b.+(?:mobile safari|safari)/i],[q,[j,"Android "+qt]],[/(chrome|omniweb|arora|[tizenoka]{5} ?browser)\/v?([\w\.]+)/i],[j,q],[/version\/([\w\.\,]+) .*mobile\/\w+ (safari)/i],[q,[j,"Mobile Safari"]],[/version\/([\w(\.|\,)]+) .*(mobile ?safari|safari)/i],[q,j],[/webkit.+?(mobile ?safari|safari)(\/[\w\.]+)/i],[j,[q,We,Yu]],[/(webkit|khtml)\/([\w\.]+)/i],[j,q],[/(navigator|netscape\d?)\/([-\w\.]+)/i],[[j,"Netscape"],q],[/(wolvic|librewolf)\/([\w\.]+)/i],[j,q],[/mobile vr; rv:([\w\.]+)\).+firefox/i],[q,[j,U+" Reality"]],[/ekiohf.+(flow)\/([\w\.]+)/i,/(swiftfox)/i,/(icedragon|iceweasel|camino|chimera|fennec|maemo browser|minimo|conkeror)[\/ ]?([\w\.\+]+)/i,/(seamonkey|k-meleon|icecat|iceape|firebird|phoenix|palemoon|basilisk|waterfox)\/([-\w\.]+)$/i,/(firefox)\/([\w\.]+)/i,/(mozilla)\/([\w\.]+) .+rv\:.+gecko\/\d+/i,/(amaya|dillo|doris|icab|ladybird|lynx|mosaic|netsurf|obigo|polaris|w3m|(?:go|ice|up)[\. ]?browser)[-\/ ]?v?([\w\.]+)/i,/\b(links) \(([\w\.]+)/i],[j,[q,/_/g,"."]],[/(cobalt)\/([\w\.]+)/i],[j,[q,/master.|lts./,""]]],cpu:[[/\b((amd|x|x86[-_]?|wow|win)64)\b/i],[[pe,"amd64"]],[/(ia32(?=;))/i,/\b((i[346]|x)86)(pc)?\b/i],[[pe,"ia32"]],[/\b(aarch64|arm(v?[89]e?l?|_?64))\b/i],[[pe,"arm64"]],[/\b(arm(v[67])?ht?n?[fl]p?)\b/i],[[pe,"armhf"]],[/( (ce|mobile); ppc;|\/[\w\.]+arm\b)/i],[[pe,"arm"]],[/((ppc|powerpc)(64)?)( mac|;|\))/i],[[pe,/ower/,C,an]],[/ sun4\w[;\)]/i],[[pe,"sparc"]],[/\b(avr32|ia64(?=;)|68k(?=\))|\barm(?=v([1-7]|[5-7]1)l?|;|eabi)|(irix|mips|sparc)(64)?\b|pa-risc)/i],[[pe,an]]],device:[[/\b(sch-i[89]0\d|shw-m380s|sm-[ptx]\w{2,4}|gt-[pn]\d{2,4}|sgh-t8[56]9|nexus 10)/i],[v,[w,ke],[S,Z]],[/\b((?:s[cgp]h|gt|sm)-(?![lr])\w+|sc[g-]?[\d]+a?|galaxy nexus)/i,/samsung[- ]((?!sm-[lr])[-\w]+)/i,/sec-(sgh\w+)/i],[v,[w,ke],[S,Q]],[/(?:\/|\()(ip(?:hone|od)[\w, ]*)(?:\/|;)/i],[v,[w,_t],[S,Q]],[/\((ipad);[-\w\),; ]+apple/i,/applecoremedia\/[\w\.]+ \((ipad)/i,/\b(ipad)\d\d?,\d\d?[;\]].+ios/i],[v,[w,_t],[S,Z]],[/(macintosh);/i],[v,[w,_t]],[/\b(sh-?[altvz]?\d\d[a-ekm]?)/i],[v,[w,qe],[S,Q]],[/\b((?:brt|eln|hey2?|gdi|jdn)-a?[lnw]09|(?:ag[rm]3?|jdn2|kob2)-a?[lw]0[09]hn)(?: bui|\)|;)/i],[v,[w,K],[S,Z]],[/honor([-\w ]+)[;\)]/i],[v,[w,K],[S,Q]],[/\b((?:ag[rs][2356]?k?|bah[234]?|bg[2o]|bt[kv]|cmr|cpn|db[ry]2?|jdn2|got|kob2?k?|mon|pce|scm|sht?|[tw]gr|vrd)-[ad]?[lw][0125][09]b?|605hw|bg2-u03|(?:gem|fdr|m2|ple|t1)-[7a]0[1-4][lu]|t1-a2[13][lw]|mediapad[\w\. ]*(?= bui|\)))\b(?!.+d\/s)/i],[v,[w,we],[S,Z]],[/(?:huawei)([-\w ]+)[;\)]/i,/\b(nexus 6p|\w{2,4}e?-[atu]?[ln][\dx][012359c][adn]?)\b(?!.+d\/s)/i],[v,[w,we],[S,Q]],[/oid[^\)]+; (2[\dbc]{4}(182|283|rp\w{2})[cgl]|m2105k81a?c)(?: bui|\))/i,/\b((?:red)?mi[-_ ]?pad[\w- ]*)(?: bui|\))/i],[[v,/_/g," "],[w,xn],[S,Z]],[/\b(poco[\w ]+|m2\d{3}j\d\d[a-z]{2})(?: bui|\))/i,/\b; (\w+) build\/hm\1/i,/\b(hm[-_ ]?note?[_ ]?(?:\d\w)?) bui/i,/\b(redmi[\-_ ]?(?:note|k)?[\w_ ]+)(?: bui|\))/i,/oid[^\)]+; (m?[12][0-389][01]\w{3,6}[c-y])( bui|; wv|\))/i,/\b(mi[-_ ]?(?:a\d|one|one[_ ]plus|note lte|max|cc)?[_ ]?(?:\d?\w?)[_ ]?(?:plus|se|lite|pro)?)(?: bui|\))/i,/ ([\w ]+) miui\/v?\d/i],[[v,/_/g," "],[w,xn],[S,Q]],[/; (\w+) bui.+ oppo/i,/\b(cph[12]\d{3}|p(?:af|c[al]|d\w|e[ar])[mt]\d0|x9007|a101op)\b/i],[v,[w,ge],[S,Q]],[/\b(opd2(\d{3}a?))(?: bui|\))/i],[v,[w,We,{OnePlus:["304","403","203"],"*":ge}],[S,Z]],[/vivo (\w+)(?: bui|\))/i,/\b(v[12]\d{3}\w?[at])(?: bui|;)/i],[v,[w,"Vivo"],[S,Q]],[/\b(rmx[1-3]\d{3})(?: bui|;|\))/i],[v,[w,"Realme"],[S,Q]],[/\b(milestone|droid(?:[2-4x]| (?:bionic|x2|pro|razr))?:?( 4g)?)\b[\w ]+build\//i,/\bmot(?:orola)?[- ](\w*)/i,/((?:moto(?! 360)[\w\(\) ]+|xt\d{3,4}|nexus 6)(?= bui|\)))/i],[v,[w,B],[S,Q]],[/\b(mz60\d|xoom[2 ]{0,2}) build\//i],[v,[w,B],[S,Z]],[/((?=lg)?[vl]k\-?\d{3}) bui| 3\.[-\w; ]{10}lg?-([06cv9]{3,4})/i],[v,[w,g],[S,Z]],[/(lm(?:-?f100[nv]?|-[\w\.]+)(?= bui|\))|nexus [45])/i,/\blg[-e;\/ ]+((?!browser|netcast|android tv|watch)\w+)/i,/\blg-?([\d\w]+) bui/i],[v,[w,g],[S,Q]],[/(ideatab[-\w ]+|602lv|d-42a|a101lv|a2109a|a3500-hv|s[56]000|pb-6505[my]|tb-?x?\d{3,4}(?:f[cu]|xu|[av])|yt\d?-[jx]?\d+[lfmx])( bui|;|\)|\/)/i,/lenovo ?(b[68]0[08]0-?[hf]?|tab(?:[\w- ]+?)|tb[\w-]{6,7})( bui|;|\)|\/)/i],[v,[w,Ae],[S,Z]],[/(nokia) (t[12][01])/i],[w,v,[S,Z]],[/(?:maemo|nokia).*(n900|lumia \d+|rm-\d+)/i,/nokia[-_ ]?(([-\w\. ]*))/i],[[v,/_/g," "],[S,Q],[w,"Nokia"]],[/(pixel (c|tablet))\b/i],[v,[w,V],[S,Z]],[/droid.+; (pixel[\daxl ]{0,6})(?: bui|\))/i],[v,[w,V],[S,Q]],[/droid.+; (a?\d[0-2]{2}so|[c-g]\d{4}|so[-gl]\w+|xq-a\w[4-7][12])(?= bui|\).+chrome\/(?![1-6]{0,1}\d\.))/i],[v,[w,Kt],[S,Q]],[/sony tablet [ps]/i,/\b(?:sony)?sgp\w+(?: bui|\))/i],[[v,"Xperia Tablet"],[w,Kt],[S,Z]],[/ (kb2005|in20[12]5|be20[12][59])\b/i,/(?:one)?(?:plus)? (a\d0\d\d)(?: b|\))/i],[v,[w,I],[S,Q]],[/(alexa)webm/i,/(kf[a-z]{2}wi|aeo(?!bc)\w\w)( bui|\))/i,/(kf[a-z]+)( bui|\)).+silk\//i],[v,[w,mt],[S,Z]],[/((?:sd|kf)[0349hijorstuw]+)( bui|\)).+silk\//i],[[v,/(.+)/g,"Fire Phone $1"],[w,mt],[S,Q]],[/(playbook);[-\w\),; ]+(rim)/i],[v,w,[S,Z]],[/\b((?:bb[a-f]|st[hv])100-\d)/i,/\(bb10; (\w+)/i],[v,[w,at],[S,Q]],[/(?:\b|asus_)(transfo[prime ]{4,10} \w+|eeepc|slider \w+|nexus 7|padfone|p00[cj])/i],[v,[w,Tt],[S,Z]],[/ (z[bes]6[027][012][km][ls]|zenfone \d\w?)\b/i],[v,[w,Tt],[S,Q]],[/(nexus 9)/i],[v,[w,"HTC"],[S,Z]],[/(htc)[-;_ ]{1,2}([\w ]+(?=\)| bui)|\w+)/i,/(zte)[- ]([\w ]+?)(?: bui|\/|\))/i,/(alcatel|geeksphone|nexian|panasonic(?!(?:;|\.))|sony(?!-bra))[-_ ]?([-\w]*)/i],[w,[v,/_/g," "],[S,Q]],[/droid [\w\.]+; ((?:8[14]9[16]|9(?:0(?:48|60|8[01])|1(?:3[27]|66)|2(?:6[69]|9[56])|466))[gqswx])\w*(\)| bui)/i],[v,[w,"TCL"],[S,Z]],[/(itel) ((\w+))/i],[[w,an],v,[S,We,{tablet:["p10001l","w7001"],"*":"mobile"}]],[/droid.+; ([ab][1-7]-?[0178a]\d\d?)/i],[v,[w,"Acer"],[S,Z]],[/droid.+; (m[1-5] note) bui/i,/\bmz-([-\w]{2,})/i],[v,[w,"Meizu"],[S,Q]],[/; ((?:power )?armor(?:[\w ]{0,8}))(?: bui|\))/i],[v,[w,"Ulefone"],[S,Q]],[/; (energy ?\w+)(?: bui|\))/i,/; energizer ([\w ]+)(?: bui|\))/i],[v,[w,"Energizer"],[S,Q]],[/; cat (b35);/i,/; (b15q?|s22 flip|s48c|s62 pro)(?: bui|\))/i],[v,[w,"Cat"],[S,Q]],[/((?:new )?andromax[\w- ]+)(?: bui|\))/i],[v,[w,"Smartfren"],[S,Q]],[/droid.+; (a(?:015|06[35]|142p?))/i],[v,[w,"Nothing"],[S,Q]],[/; (x67 5g|tikeasy \w+|ac[1789]\d\w+)( b|\))/i,/archos ?(5|gamepad2?|([\w ]*[t1789]|hello) ?\d+[\w ]*)( b|\))/i],[v,[w,"Archos"],[S,Z]],[/archos ([\w ]+)( b|\))/i,/; (ac[3-6]\d\w{2,8})( b|\))/i],[v,[w,"Archos"],[S,Q]],[/(imo) (tab \w+)/i,/(infinix) (x1101b?)/i],[w,v,[S,Z]],[/(blackberry|benq|palm(?=\-)|sonyericsson|acer|asus(?! zenw)|dell|jolla|meizu|motorola|polytron|infinix|tecno|micromax|advan)[-_ ]?([-\w]*)/i,/; (hmd|imo) ([\w ]+?)(?: bui|\))/i,/(hp) ([\w ]+\w)/i,/(microsoft); (lumia[\w ]+)/i,/(lenovo)[-_ ]?([-\w ]+?)(?: bui|\)|\/)/i,/(oppo) ?([\w ]+) bui/i],[w,v,[S,Q]],[/(kobo)\s(ereader|touch)/i,/(hp).+(touchpad(?!.+tablet)|tablet)/i,/(kindle)\/([\w\.]+)/i,/(nook)[\w ]+build\/(\w+)/i,/(dell) (strea[kpr\d ]*[\dko])/i,/(le[- ]+pan)[- ]+(\w{1,9}) bui/i,/(trinity)[- ]*(t\d{3}) bui/i,/(gigaset)[- ]+(q\w{1,9}) bui/i,/(vodafone) ([\w ]+)(?:\)| bui)/i],[w,v,[S,Z]],[/(surface duo)/i],[v,[w,z],[S,Z]],[/droid [\d\.]+; (fp\du?)(?: b|\))/i],[v,[w,"Fairphone"],[S,Q]],[/(u304aa)/i],[v,[w,"AT&T"],[S,Q]],[/\bsie-(\w*)/i],[v,[w,"Siemens"],[S,Q]],[/\b(rct\w+) b/i],[v,[w,"RCA"],[S,Z]],[/\b(venue[\d ]{2,7}) b/i],[v,[w,"Dell"],[S,Z]],[/\b(q(?:mv|ta)\w+) b/i],[v,[w,"Verizon"],[S,Z]],[/\b(?:barnes[& ]+noble |bn[rt])([\w\+ ]*) b/i],[v,[w,"Barnes & Noble"],[S,Z]],[/\b(tm\d{3}\w+) b/i],[v,[w,"NuVision"],[S,Z]],[/\b(k88) b/i],[v,[w,"ZTE"],[S,Z]],[/\b(nx\d{3}j) b/i],[v,[w,"ZTE"],[S,Q]],[/\b(gen\d{3}) b.+49h/i],[v,[w,"Swiss"],[S,Q]],[/\b(zur\d{3}) b/i],[v,[w,"Swiss"],[S,Z]],[/\b((zeki)?tb.*\b) b/i],[v,[w,"Zeki"],[S,Z]],[/\b([yr]\d{2}) b/i,/\b(dragon[- ]+touch |dt)(\w{5}) b/i],[[w,"Dragon Touch"],v,[S,Z]],[/\b(ns-?\w{0,9}) b/i],[v,[w,"Insignia"],[S,Z]],[/\b((nxa|next)-?\w{0,9}) b/i],[v,[w,"NextBook"],[S,Z]],[/\b(xtreme\_)?(v(1[045]|2[015]|[3469]0|7[05])) b/i],[[w,"Voice"],v,[S,Q]],[/\b(lvtel\-)?(v1[12]) b/i],[[w,"LvTel"],v,[S,Q]],[/\b(ph-1) /i],[v,[w,"Essential"],[S,Q]],[/\b(v(100md|700na|7011|917g).*\b) b/i],[v,[w,"Envizen"],[S,Z]],[/\b(trio[-\w\. ]+) b/i],[v,[w,"MachSpeed"],[S,Z]],[/\btu_(1491) b/i],[v,[w,"Rotor"],[S,Z]],[/((?:tegranote|shield t(?!.+d tv))[\w- ]*?)(?: b|\))/i],[v,[w,G],[S,Z]],[/(sprint) (\w+)/i],[w,v,[S,Q]],[/(kin\.[onetw]{3})/i],[[v,/\./g," "],[w,z],[S,Q]],[/droid.+; (cc6666?|et5[16]|mc[239][23]x?|vc8[03]x?)\)/i],[v,[w,In],[S,Z]],[/droid.+; (ec30|ps20|tc[2-8]\d[kx])\)/i],[v,[w,In],[S,Q]],[/smart-tv.+(samsung)/i],[w,[S,ze]],[/hbbtv.+maple;(\d+)/i],[[v,/^/,"SmartTV"],[w,ke],[S,ze]],[/(nux; netcast.+smarttv|lg (netcast\.tv-201\d|android tv))/i],[[w,g],[S,ze]],[/(apple) ?tv/i],[w,[v,_t+" TV"],[S,ze]],[/crkey/i],[[v,yt+"cast"],[w,V],[S,ze]],[/droid.+aft(\w+)( bui|\))/i],[v,[w,mt],[S,ze]],[/(shield \w+ tv)/i],[v,[w,G],[S,ze]],[/\(dtv[\);].+(aquos)/i,/(aquos-tv[\w ]+)\)/i],[v,[w,qe],[S,ze]],[/(bravia[\w ]+)( bui|\))/i],[v,[w,Kt],[S,ze]],[/(mi(tv|box)-?\w+) bui/i],[v,[w,xn],[S,ze]],[/Hbbtv.*(technisat) (.*);/i],[w,v,[S,ze]],[/\b(roku)[\dx]*[\)\/]((?:dvp-)?[\d\.]*)/i,/hbbtv\/\d+\.\d+\.\d+ +\([\w\+ ]*; *([\w\d][^;]*);([^;]*)/i],[[w,Sl],[v,Sl],[S,ze]],[/droid.+; ([\w- ]+) (?:android tv|smart[- ]?tv)/i],[v,[S,ze]],[/\b(android tv|smart[- ]?tv|opera tv|tv; rv:)\b/i],[[S,ze]],[/(ouya)/i,/(nintendo) ([wids3utch]+)/i],[w,v,[S,gt]],[/droid.+; (shield)( bui|\))/i],[v,[w,G],[S,gt]],[/(playstation \w+)/i],[v,[w,Kt],[S,gt]],[/\b(xbox(?: one)?(?!; xbox))[\); ]/i],[v,[w,z],[S,gt]],[/\b(sm-[lr]\d\d[0156][fnuw]?s?|gear live)\b/i],[v,[w,ke],[S,je]],[/((pebble))app/i,/(asus|google|lg|oppo) ((pixel |zen)?watch[\w ]*)( bui|\))/i],[w,v,[S,je]],[/(ow(?:19|20)?we?[1-3]{1,3})/i],[v,[w,ge],[S,je]],[/(watch)(?: ?os[,\/]|\d,\d\/)[\d\.]+/i],[v,[w,_t],[S,je]],[/(opwwe\d{3})/i],[v,[w,I],[S,je]],[/(moto 360)/i],[v,[w,B],[S,je]],[/(smartwatch 3)/i],[v,[w,Kt],[S,je]],[/(g watch r)/i],[v,[w,g],[S,je]],[/droid.+; (wt63?0{2,3})\)/i],[v,[w,In],[S,je]],[/droid.+; (glass) \d/i],[v,[w,V],[S,je]],[/(pico) (4|neo3(?: link|pro)?)/i],[w,v,[S,je]],[/; (quest( \d| pro)?)/i],[v,[w,vl],[S,je]],[/(tesla)(?: qtcarbrowser|\/[-\w\.]+)/i],[w,[S,ae]],[/(aeobc)\b/i],[v,[w,mt],[S,ae]],[/(homepod).+mac os/i],[v,[w,_t],[S,ae]],[/windows iot/i],[[S,ae]],[/droid .+?; ([^;]+?)(?: bui|; wv\)|\) applew).+? mobile safari/i],[v,[S,Q]],[/droid .+?; ([^;]+?)(?: bui|\) applew).+?(?! mobile) safari/i],[v,[S,Z]],[/\b((tablet|tab)[;\/]|focus\/\d(?!.+mobile))/i],[[S,Z]],[/(phone|mobile(?:[;\/]| [ \w\/\.]*safari)|pda(?=.+windows ce))/i],[[S,Q]],[/droid .+?; ([\w\. -]+)( bui|\))/i],[v,[w,"Generic"]]],engine:[[/windows.+ edge\/([\w\.]+)/i],[q,[j,jt+"HTML"]],[/(arkweb)\/([\w\.]+)/i],[j,q],[/webkit\/537\.36.+chrome\/(?!27)([\w\.]+)/i],[q,[j,"Blink"]],[/(presto)\/([\w\.]+)/i,/(webkit|trident|netfront|netsurf|amaya|lynx|w3m|goanna|servo)\/([\w\.]+)/i,/ekioh(flow)\/([\w\.]+)/i,/(khtml|tasman|links)[\/ ]\(?([\w\.]+)/i,/(icab)[\/ ]([23]\.[\d\.]+)/i,/\b(libweb)/i],[j,q],[/ladybird\//i],[[j,"LibWeb"]],[/rv\:([\w\.]{1,9})\b.+(gecko)/i],[q,j]],os:[[/microsoft (windows) (vista|xp)/i],[j,q],[/(windows (?:phone(?: os)?|mobile|iot))[\/ ]?([\d\.\w ]*)/i],[j,[q,We,wl]],[/windows nt 6\.2; (arm)/i,/windows[\/ ]([ntce\d\. ]+\w)(?!.+xbox)/i,/(?:win(?=3|9|n)|win 9x )([nt\d\.]+)/i],[[q,We,wl],[j,"Windows"]],[/[adehimnop]{4,7}\b(?:.*os ([\w]+) like mac|; opera)/i,/(?:ios;fbsv\/|iphone.+ios[\/ ])([\d\.]+)/i,/cfnetwork\/.+darwin/i],[[q,/_/g,"."],[j,"iOS"]],[/(mac os x) ?([\w\. ]*)/i,/(macintosh|mac_powerpc\b)(?!.+haiku)/i],[[j,Ta],[q,/_/g,"."]],[/droid ([\w\.]+)\b.+(android[- ]x86|harmonyos)/i],[q,j],[/(ubuntu) ([\w\.]+) like android/i],[[j,/(.+)/,"$1 Touch"],q],[/(android|bada|blackberry|kaios|maemo|meego|openharmony|qnx|rim tablet os|sailfish|series40|symbian|tizen|webos)\w*[-\/; ]?([\d\.]*)/i],[j,q],[/\(bb(10);/i],[q,[j,at]],[/(?:symbian ?os|symbos|s60(?=;)|series ?60)[-\/ ]?([\w\.]*)/i],[q,[j,"Symbian"]],[/mozilla\/[\d\.]+ \((?:mobile|tablet|tv|mobile; [\w ]+); rv:.+ gecko\/([\w\.]+)/i],[q,[j,U+" OS"]],[/web0s;.+rt(tv)/i,/\b(?:hp)?wos(?:browser)?\/([\w\.]+)/i],[q,[j,"webOS"]],[/watch(?: ?os[,\/]|\d,\d\/)([\d\.]+)/i],[q,[j,"watchOS"]],[/crkey\/([\d\.]+)/i],[q,[j,yt+"cast"]],[/(cros) [\w]+(?:\)| ([\w\.]+)\b)/i],[[j,It],q],[/panasonic;(viera)/i,/(netrange)mmh/i,/(nettv)\/(\d+\.[\w\.]+)/i,/(nintendo|playstation) ([wids345portablevuch]+)/i,/(xbox); +xbox ([^\);]+)/i,/\b(joli|palm)\b ?(?:os)?\/?([\w\.]*)/i,/(mint)[\/\(\) ]?(\w*)/i,/(mageia|vectorlinux)[; ]/i,/([kxln]?ubuntu|debian|suse|opensuse|gentoo|arch(?= linux)|slackware|fedora|mandriva|centos|pclinuxos|red ?hat|zenwalk|linpus|raspbian|plan 9|minix|risc os|contiki|deepin|manjaro|elementary os|sabayon|linspire)(?: gnu\/linux)?(?: enterprise)?(?:[- ]linux)?(?:-gnu)?[-\/ ]?(?!chrom|package)([-\w\.]*)/i,/(hurd|linux)(?: arm\w*| x86\w*| ?)([\w\.]*)/i,/(gnu) ?([\w\.]*)/i,/\b([-frentopcghs]{0,5}bsd|dragonfly)[\/ ]?(?!amd|[ix346]{1,2}86)([\w\.]*)/i,/(haiku) (\w+)/i],[j,q],[/(sunos) ?([\w\.\d]*)/i],[[j,"Solaris"],q],[/((?:open)?solaris)[-\/ ]?([\w\.]*)/i,/(aix) ((\d)(?=\.|\)| )[\w\.])*/i,/\b(beos|os\/2|amigaos|morphos|openvms|fuchsia|hp-ux|serenityos)/i,/(unix) ?([\w\.]*)/i],[j,q]]},ot=function(se,ye){if(typeof se===p&&(ye=se,se=o),!(this instanceof ot))return new ot(se,ye).getResult();var F=typeof f!==R&&f.navigator?f.navigator:o,ie=se||(F&&F.userAgent?F.userAgent:C),et=F&&F.userAgentData?F.userAgentData:o,Le=ye?Bu(El,ye):El,ve=F&&F.userAgent==ie;return this.getBrowser=function(){var W={};return W[j]=o,W[q]=o,ea.call(W,ie,Le.browser),W[H]=bl(W[q]),ve&&F&&F.brave&&typeof F.brave.isBrave==M&&(W[j]="Brave"),W},this.getCPU=function(){var W={};return W[pe]=o,ea.call(W,ie,Le.cpu),W},this.getDevice=function(){var W={};return W[w]=o,W[v]=o,W[S]=o,ea.call(W,ie,Le.device),ve&&!W[S]&&et&&et.mobile&&(W[S]=Q),ve&&W[v]=="Macintosh"&&F&&typeof F.standalone!==R&&F.maxTouchPoints&&F.maxTouchPoints>2&&(W[v]="iPad",W[S]=Z),W},this.getEngine=function(){var W={};return W[j]=o,W[q]=o,ea.call(W,ie,Le.engine),W},this.getOS=function(){var W={};return W[j]=o,W[q]=o,ea.call(W,ie,Le.os),ve&&!W[j]&&et&&et.platform&&et.platform!="Unknown"&&(W[j]=et.platform.replace(/chrome os/i,It).replace(/macos/i,Ta)),W},this.getResult=function(){return{ua:this.getUA(),browser:this.getBrowser(),engine:this.getEngine(),os:this.getOS(),device:this.getDevice(),cpu:this.getCPU()}},this.getUA=function(){return ie},this.setUA=function(W){return ie=typeof W===L&&W.length>Pe?Sl(W,Pe):W,this},this.setUA(ie),this};ot.VERSION=y,ot.BROWSER=Pn([j,q,H]),ot.CPU=Pn([pe]),ot.DEVICE=Pn([v,w,S,gt,Q,ze,Z,je,ae]),ot.ENGINE=ot.OS=Pn([j,q]),c.exports&&(d=c.exports=ot),d.UAParser=ot;var An=typeof f!==R&&(f.jQuery||f.Zepto);if(An&&!An.ua){var ta=new ot;An.ua=ta.getResult(),An.ua.get=function(){return ta.getUA()},An.ua.set=function(se){ta.setUA(se);var ye=ta.getResult();for(var F in ye)An.ua[F]=ye[F]}}})(typeof window=="object"?window:uv)})(yi,yi.exports)),yi.exports}var cv=sv();function mo(c){if(!c)return"Unknown device";const{browser:d,os:f,device:o}=new cv.UAParser(c).getResult(),y=o.model&&o.vendor==="Apple"?o.model:f.name;if(d.name&&y)return`${d.name} on ${y}`;if(d.name)return d.name;const C=c.trim().split(/[\s/]/,1)[0];return y?C?`${C} on ${y}`:`Unknown browser on ${y}`:C||"Unknown device"}const ov=new Intl.RelativeTimeFormat("en",{numeric:"auto"}),rv=[[60,"second"],[60,"minute"],[24,"hour"],[30,"day"],[12,"month"],[1/0,"year"]];function fv(c,d=new Date){let f=(c.getTime()-d.getTime())/1e3;if(Math.abs(f)<45)return"just now";for(const[o,y]of rv){if(Math.abs(f)<o||y==="year")return ov.format(Math.round(f),y);f/=o}return c.toLocaleString()}function Jm(c){const[d,f]=Y.useState(null),[o,y]=Y.useState(null),C=Y.useCallback(async()=>{try{f(await c()),y(null)}catch(A){y(Hu(A))}},[c]);return Y.useEffect(()=>{C()},[C]),{data:d,problem:o,reload:C}}function Mt({title:c,id:d,danger:f,children:o}){return s.jsxs("section",{"aria-labelledby":d,className:f?"card danger-zone":"card",children:[s.jsx("h2",{id:d,children:c}),o]})}function Vu({rows:c=3,label:d="Loading…"}){return s.jsxs("div",{className:"skeleton","aria-busy":"true",children:[s.jsx("span",{className:"visually-hidden",role:"status",children:d}),Array.from({length:c},(f,o)=>s.jsxs("div",{className:"skeleton-row","aria-hidden":"true",children:[s.jsx("span",{}),s.jsx("span",{})]},o))]})}function xa({iso:c,never:d="—"}){if(!c)return s.jsx(s.Fragment,{children:d});const f=new Date(c);return s.jsx("time",{dateTime:c,title:f.toLocaleString(),children:fv(f)})}function Km({userAgent:c}){return s.jsx("span",{title:c??void 0,children:mo(c)})}function yl({tone:c="neutral",children:d}){return s.jsx("span",{className:`badge ${c}`,children:d})}function Si(){const[c,d]=Y.useState(null),f=Y.useCallback(y=>new Promise(C=>d({...y,answer:C})),[]),o=y=>{c?.answer(y),d(null)};return{confirm:f,dialog:c?s.jsx(dv,{question:c,onClose:o}):null}}function dv({question:c,onClose:d}){const f=Y.useRef(null),o=Y.useId();return Y.useEffect(()=>{const y=f.current;return y&&!y.open&&y.showModal(),()=>y?.close()},[]),s.jsxs("dialog",{ref:f,className:"confirm","aria-labelledby":`${o}-title`,"aria-describedby":`${o}-body`,onCancel:y=>{y.preventDefault(),d(!1)},children:[s.jsx("h2",{id:`${o}-title`,children:c.title}),s.jsx("div",{id:`${o}-body`,children:c.body}),s.jsxs("div",{className:"dialog-actions",children:[s.jsx("button",{type:"button",className:"secondary",autoFocus:!0,onClick:()=>d(!1),children:"Cancel"}),s.jsx("button",{type:"button",className:"danger",onClick:()=>d(!0),children:c.confirm})]})]})}const $m="At least 8 characters, and not easy to guess.";function mv(){const c=_a(),d=Ne({currentPassword:"",newPassword:"",newPasswordConfirmation:""}),f=d.run(async()=>{const o=d.values,y=await c(async()=>(await ue(jp,{input:o},{session:!0})).changePassword,{password:o.currentPassword});return y?y.__typename!=="AuthSuccess"?Ve(y,pi):(d.reset(),"Your password was changed. Your other sessions were logged out."):null});return s.jsx(Mt,{title:"Change your password",id:"change-password",children:s.jsxs("form",{onSubmit:f,noValidate:!0,children:[s.jsx(ee,{label:"Current password",type:"password",autoComplete:"current-password",...d.bind("currentPassword")}),s.jsx(ee,{label:"New password",type:"password",autoComplete:"new-password",hint:$m,...d.bind("newPassword")}),s.jsx(ee,{label:"Repeat the new password",type:"password",autoComplete:"new-password",...d.bind("newPasswordConfirmation")}),s.jsx(xe,{problem:d.problem,shown:["currentPassword","newPassword","newPasswordConfirmation"]}),d.done&&s.jsx(Be,{children:d.done}),s.jsx(Ze,{busy:d.busy,children:"Change the password"})]})})}function hv({onSet:c}){const d=_a(),{setUser:f}=dt(),o=Ne({newPassword:"",newPasswordConfirmation:""}),y=o.run(async()=>{const C=o.values,A=await d(async()=>(await ue(Cp,{input:C},{session:!0})).setPassword);return A?A.__typename!=="AuthSuccess"?Ve(A):(c(),f(A.user),null):null});return s.jsxs(Mt,{title:"Set a password",id:"set-password",children:[s.jsx("p",{children:"Your account signs in without a password. Add one to sign in with it too; your other sessions are logged out."}),s.jsxs("form",{onSubmit:y,noValidate:!0,children:[s.jsx(ee,{label:"New password",type:"password",autoComplete:"new-password",hint:$m,...o.bind("newPassword")}),s.jsx(ee,{label:"Repeat the new password",type:"password",autoComplete:"new-password",...o.bind("newPasswordConfirmation")}),s.jsx(xe,{problem:o.problem,shown:["newPassword","newPasswordConfirmation"]}),s.jsx(Ze,{busy:o.busy,children:"Set the password"})]})]})}function gv({user:c}){const[d,f]=Y.useState(!1);return s.jsxs("main",{children:[s.jsx("h1",{children:"Password"}),d&&s.jsx(Be,{children:"Your password is set. Your other sessions were logged out."}),c.hasPassword?s.jsx(mv,{},"change"):s.jsx(hv,{onSet:()=>f(!0)},"set")]})}function yv({user:c}){const{setUser:d}=dt(),f=_a(),o=Ne({currentPassword:""}),{confirm:y,dialog:C}=Si(),A=o.run(async()=>{if(c.hasPassword&&!o.values.currentPassword)return{message:"",fields:{currentPassword:"Type your current password to delete the account."}};if(!await y({title:"Delete your account for good?",body:s.jsx("p",{children:"Your profile, sessions, passkeys, activity and image are deleted, and this cannot be undone."}),confirm:"Delete my account"}))return null;const R=o.values,p=await f(async()=>(await ue(Rp,{input:R})).deleteAccount,{password:R.currentPassword});return p?p.__typename!=="AccountDeleted"?Ve(p,pi):(d(null),At("/login?deleted=1"),null):null});return s.jsxs("main",{children:[s.jsx("h1",{children:"Danger zone"}),s.jsxs(Mt,{title:"Delete your account",id:"delete",danger:!0,children:[s.jsx("p",{children:"This deletes your account, its sessions, passkeys, activity and image for good. Your username and email become free for anyone."}),s.jsxs("form",{onSubmit:A,noValidate:!0,children:[c.hasPassword&&s.jsx(ee,{label:"Current password (to delete the account)",type:"password",autoComplete:"current-password",...o.bind("currentPassword")}),s.jsx(xe,{problem:o.problem,shown:["currentPassword"]}),s.jsx(Ze,{busy:o.busy,danger:!0,children:"Delete my account"})]})]}),C]})}const pv={PASSWORD:"Password",TOTP:"app code",RECOVERY_CODE:"recovery code",PASSKEY:"Passkey",EMAIL_CODE:"Email code",EXTERNAL:"Another provider"};function vv(c){const d=c.map(f=>pv[f]);return d.length===0?"—":d.map((f,o)=>o===0?f.charAt(0).toUpperCase()+f.slice(1):f.toLowerCase()).join(" + ")}const bv=async()=>(await ue(Up)).sessions;function Sv(){const{setUser:c}=dt(),{data:d,problem:f,reload:o}=Jm(bv),y=Ne({}),{confirm:C,dialog:A}=Si(),M=p=>y.run(async()=>await C({title:"Log out this session?",body:s.jsxs("p",{children:[mo(p.userAgent)," is signed out and must log in again."]}),confirm:"Log out the session"})?(await ue(Op,{id:p.id}),await o(),"The session was logged out."):null),R=y.run(async()=>{if(!await C({title:"Log out everywhere?",body:s.jsx("p",{children:"Every session ends, this one too, and every device must log in again."}),confirm:"Log out everywhere"}))return null;const{logoutAll:L}=await ue(Ap);return c(null),At(`/login?loggedOut=${L.revokedSessions}`),null});return s.jsxs("main",{children:[s.jsx("h1",{children:"Sessions"}),s.jsxs(Mt,{title:"Where you are signed in",id:"sessions",children:[s.jsx(xe,{problem:f??y.problem}),y.done&&s.jsx(Be,{children:y.done}),d===null&&!f&&s.jsx(Vu,{rows:3,label:"Loading your sessions…"}),d&&s.jsxs("table",{className:"stack",children:[s.jsx("caption",{className:"visually-hidden",children:"Active sessions, most recently used first"}),s.jsx("thead",{children:s.jsxs("tr",{children:[s.jsx("th",{scope:"col",children:"Device"}),s.jsx("th",{scope:"col",children:"IP address"}),s.jsx("th",{scope:"col",children:"Signed in"}),s.jsx("th",{scope:"col",children:"Proved with"}),s.jsx("th",{scope:"col",children:"Last used"}),s.jsx("th",{scope:"col",children:s.jsx("span",{className:"visually-hidden",children:"Action"})})]})}),s.jsx("tbody",{children:d.map(p=>s.jsxs("tr",{children:[s.jsx("td",{"data-label":"Device",className:"cell-title",children:s.jsxs("span",{children:[s.jsx(Km,{userAgent:p.userAgent})," ",p.current&&s.jsx(yl,{tone:"good",children:"This browser"})]})}),s.jsx("td",{"data-label":"IP address",children:p.ipAddress??"—"}),s.jsx("td",{"data-label":"Signed in",children:s.jsx(xa,{iso:p.createdAt})}),s.jsx("td",{"data-label":"Proved with",children:s.jsxs("span",{className:"proof",children:[vv(p.methods)," ",p.assurance==="AAL2"&&s.jsx(yl,{tone:"good",children:"Two factors"})," ",s.jsx("span",{className:"muted",children:s.jsx(xa,{iso:p.authenticatedAt})})]})}),s.jsx("td",{"data-label":"Last used",children:s.jsx(xa,{iso:p.lastUsedAt??p.createdAt})}),s.jsx("td",{className:"cell-action",children:!p.current&&s.jsx("button",{type:"button",className:"danger-outline small",onClick:()=>{M(p)()},disabled:y.busy,"aria-label":`Log out ${mo(p.userAgent)}, signed in ${new Date(p.createdAt).toLocaleString()}`,children:"Log out"})})]},p.id))})]})]}),s.jsxs(Mt,{title:"Log out everywhere",id:"everywhere",danger:!0,children:[s.jsx("p",{children:"Lost a device, or signed in somewhere you should not have? End every session at once."}),s.jsx("button",{type:"button",className:"danger",onClick:()=>{R()},disabled:y.busy,children:"Log out everywhere"})]}),A]})}const wv={REGISTERED:"Account created",LOGIN:"Signed in",LOGIN_FAILED:"Failed sign-in",LOGOUT:"Signed out",SESSION_REVOKED:"Session logged out",PASSWORD_CHANGED:"Password changed",PASSWORD_RESET:"Password reset",EMAIL_VERIFIED:"Email verified",EMAIL_CHANGED:"Email changed",ACCOUNT_DEACTIVATED:"Account deactivated",ACCOUNT_REACTIVATED:"Account reactivated",TWO_FACTOR_ENABLED:"Two-factor turned on",TWO_FACTOR_DISABLED:"Two-factor turned off",RECOVERY_CODE_USED:"Recovery code used",PASSKEY_ADDED:"Passkey added",PASSKEY_REMOVED:"Passkey removed"},Ev=10;function xv(){const[c,d]=Y.useState(null),[f,o]=Y.useState(null),[y,C]=Y.useState(null),[A,M]=Y.useState(!1),R=Y.useCallback(async p=>{M(!0);try{const{securityEvents:L}=await ue(Np,{first:Ev,after:p});d(H=>p&&H?[...H,...L.edges]:L.edges),o(L.pageInfo.hasNextPage?L.pageInfo.endCursor??null:null),C(null)}catch(L){C(Hu(L))}finally{M(!1)}},[]);return Y.useEffect(()=>{R(null)},[R]),s.jsxs("main",{children:[s.jsx("h1",{children:"Security activity"}),s.jsxs(Mt,{title:"What happened on your account",id:"events",children:[s.jsx(xe,{problem:y}),c===null&&!y&&s.jsx(Vu,{rows:4,label:"Loading your activity…"}),c&&s.jsxs("table",{className:"stack",children:[s.jsx("caption",{className:"visually-hidden",children:"Security events, newest first"}),s.jsx("thead",{children:s.jsxs("tr",{children:[s.jsx("th",{scope:"col",children:"Event"}),s.jsx("th",{scope:"col",children:"When"}),s.jsx("th",{scope:"col",children:"IP address"}),s.jsx("th",{scope:"col",children:"Device"})]})}),s.jsx("tbody",{children:c.map(({node:p})=>s.jsxs("tr",{children:[s.jsx("td",{"data-label":"Event",className:"cell-title",children:wv[p.kind]??p.kind}),s.jsx("td",{"data-label":"When",children:s.jsx(xa,{iso:p.at})}),s.jsx("td",{"data-label":"IP address",children:p.ipAddress??"—"}),s.jsx("td",{"data-label":"Device",children:p.userAgent?s.jsx(Km,{userAgent:p.userAgent}):"—"})]},p.id))})]}),f&&s.jsx("p",{className:"actions",children:s.jsx("button",{type:"button",className:"secondary",onClick:()=>{R(f)},disabled:A,"aria-busy":A||void 0,children:"Show older events"})})]})]})}const vo="accounts.mailLink",Av=/^[A-Za-z0-9-]{1,64}$/,bo=/^[A-Za-z0-9_-]{1,128}$/;function Fm(c){const d=window.location.hash.slice(1);if(!d)return!1;const f=new URLSearchParams(d),o=f.get("code");if(!o||!Av.test(o))return!1;const y=window.location.pathname.slice(c.length).replace(/\/+$/,"")||"/",C=f.get("handle"),A={page:y,code:o,email:f.get("email"),handle:C&&bo.test(C)?C:null};try{sessionStorage.setItem(vo,JSON.stringify(A))}catch{}return So=A,window.history.replaceState(window.history.state,"",window.location.pathname+window.location.search),!0}let So=null;function pl(c){let d=So;try{const f=sessionStorage.getItem(vo);f&&(d={handle:null,...JSON.parse(f)})}catch{}return d&&d.page===c?d:null}function vi(){So=null;try{sessionStorage.removeItem(vo)}catch{}}function wo(c,d){return d?.handle&&(d.code==null||d.code===c.trim())?d.handle:null}const Wm="accounts.verifyHandles";function Eo(){try{const c=JSON.parse(localStorage.getItem(Wm)??"{}");return c&&typeof c=="object"?c:{}}catch{return{}}}function Im(c){try{localStorage.setItem(Wm,JSON.stringify(c))}catch{}}function xo(c,d){!d||!bo.test(d)||Im({...Eo(),[c.trim().toLowerCase()]:d})}function _v(c){if(!c)return null;const d=Eo()[c.trim().toLowerCase()];return typeof d=="string"&&bo.test(d)?d:null}function Tv(c){const{[c.trim().toLowerCase()]:d,...f}=Eo();Im(f)}const jv="The code is wrong or was already used.",Cv="If you have just used this code (to turn two-factor on, say), wait for the next one: your app shows a new code every 30 seconds.";function Rv(){const{setUser:c}=dt();return(d,f)=>{go(f),c(d),At(yo())}}function Ao(c){const d=Rv();return(f,o)=>{switch(f.__typename){case"AuthSuccess":return d(f.user,f.deviceToken),null;case"TwoFactorRequired":return c({challenge:f.challenge,methods:f.methods}),null;case"EmailNotVerified":{const y=o?.includes("@")?o.trim():null;return y&&xo(y,f.handle),At("/verify",!1,{...y?{email:y}:{},sent:"login",handle:f.handle??""}),null}case"InvalidCredentials":return f.message===jv?{message:`${f.message} ${Cv}`,fields:{}}:Ve(f);default:return Ve(f)}}}async function Pm(c){const d=Lu();if(d)return d;const o=(await ue(wp,{input:{identifier:c}})).beginPasskeyLogin;if(o.__typename!=="PasskeyOptions")return Ve(o);let y;try{y=await navigator.credentials.get({publicKey:Qm(o.optionsJson)})}catch(A){return gl(A,!1)}return y instanceof PublicKeyCredential?(await ue(Ep,{input:{challengeId:o.challengeId,credentialJson:po(y),deviceToken:Wn()}},{session:!0})).finishPasskeyLogin:gl(null,!1)}function eh({challenge:c,onRestart:d}){const[f,o]=Y.useState(!1),y=Ne({code:"",recoveryCode:""}),C=Ao(()=>{}),A=y.run(async()=>{const R=f?{challenge:c.challenge,recoveryCode:y.values.recoveryCode.trim(),deviceToken:Wn()}:{challenge:c.challenge,code:y.values.code.trim(),deviceToken:Wn()},{completeLogin:p}=await ue(Sp,{input:R},{session:!0});return C(p)}),M=y.run(async()=>{const R=await Pm(null);return"__typename"in R?C(R):R});return s.jsxs("section",{"aria-labelledby":"second-factor",children:[s.jsx("h2",{id:"second-factor",children:"Second factor"}),s.jsxs("p",{children:["One more step: confirm it is you with your authenticator app",f?" or a recovery code":"","."]}),s.jsxs("form",{onSubmit:A,noValidate:!0,children:[f?s.jsx(ee,{label:"Recovery code",autoComplete:"off",...y.bind("recoveryCode"),required:!0}):s.jsx(ee,{label:"Code from your authenticator app",inputMode:"numeric",autoComplete:"one-time-code",...y.bind("code"),required:!0}),s.jsx(xe,{problem:y.problem,shown:["code","recoveryCode"]}),s.jsx(Ze,{busy:y.busy,children:"Continue"})]}),s.jsxs("p",{className:"actions",children:[c.methods.includes("RECOVERY_CODE")&&s.jsx("button",{type:"button",className:"link",onClick:()=>o(!f),children:f?"Use a code from the app instead":"Use a recovery code instead"}),c.methods.includes("PASSKEY")&&s.jsx("button",{type:"button",className:"link",onClick:()=>{M()},children:"Use a passkey instead"}),s.jsx("button",{type:"button",className:"link",onClick:d,children:"Start over"})]})]})}function Uv({onChallenge:c,onPassword:d}){const[f]=Y.useState(()=>pl("/login")),[o,y]=Y.useState(f?{code:f.code,handle:f.handle,message:"The code from your email is filled in. Press Sign in."}:null),C=Ne({email:f?.email??""}),A=Ne({code:f?.code??""}),M=Ao(c),R=C.run(async()=>{const L=C.values.email.trim(),{requestLoginCode:H}=await ue(vp,{input:{email:L,deviceToken:Wn()}});return H.__typename!=="CodeSent"?Ve(H):(y({code:null,handle:H.handle,message:`We sent a 6-digit code to ${L}, if it has an account.`}),null)}),p=A.run(async()=>{const L=A.values.code.trim(),H={email:C.values.email.trim(),code:L,handle:wo(L,o),deviceToken:Wn()},{loginWithCode:v}=await ue(bp,{input:H},{session:!0}),j=M(v);return j||vi(),j});return s.jsxs("section",{"aria-labelledby":"code-login",children:[s.jsx("h2",{id:"code-login",children:"Sign in with a code by email"}),o?s.jsxs(s.Fragment,{children:[s.jsx(Be,{children:o.message}),s.jsxs("form",{onSubmit:p,noValidate:!0,children:[s.jsx(ee,{label:"Email",type:"email",autoComplete:"email",...C.bind("email"),required:!0}),s.jsx(ee,{label:"Code from the email",inputMode:"numeric",autoComplete:"one-time-code",hint:"6 digits.",...A.bind("code"),required:!0}),s.jsx(xe,{problem:A.problem,shown:["code"]}),s.jsx(Ze,{busy:A.busy,children:"Sign in"})]})]}):s.jsxs("form",{onSubmit:R,noValidate:!0,children:[s.jsx(ee,{label:"Email",type:"email",autoComplete:"email",...C.bind("email"),required:!0}),s.jsx(xe,{problem:C.problem,shown:["email"]}),s.jsx(Ze,{busy:C.busy,children:"Email me a code"})]}),s.jsxs("p",{className:"actions",children:[o&&s.jsx("button",{type:"button",className:"link",onClick:()=>y(null),children:"Send another code"}),s.jsx("button",{type:"button",className:"link",onClick:d,children:"Use your password instead"})]})]})}function Ov(){const c=Ne({identifier:"",password:""}),[d,f]=Y.useState(null),[o,y]=Y.useState(()=>pl("/login")!==null),C=Ao(f),A=c.run(async()=>{const{login:R}=await ue(pp,{input:{...c.values,deviceToken:Wn()}},{session:!0});return C(R,c.values.identifier)}),M=c.run(async()=>{const R=await Pm(c.values.identifier.trim()||null);return"__typename"in R?C(R):R});return s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Log in"}),d?s.jsx(eh,{challenge:d,onRestart:()=>f(null)}):o?s.jsx(Uv,{onChallenge:f,onPassword:()=>y(!1)}):s.jsxs(s.Fragment,{children:[s.jsxs("form",{onSubmit:A,noValidate:!0,children:[s.jsx(ee,{label:"Email or username",autoComplete:"username webauthn",...c.bind("identifier"),required:!0}),s.jsx(ee,{label:"Password",type:"password",autoComplete:"current-password",...c.bind("password"),required:!0}),s.jsx("p",{className:"form-aside",children:s.jsx(ft,{to:"/forgot",children:"Forgot your password?"})}),s.jsx(xe,{problem:c.problem,shown:["identifier","password"]}),s.jsx(Ze,{busy:c.busy,children:"Log in"})]}),s.jsx("p",{className:"divider",children:s.jsx("span",{children:"or"})}),s.jsx("button",{type:"button",className:"secondary wide",onClick:()=>{M()},disabled:c.busy,children:"Log in with a passkey"}),s.jsx("button",{type:"button",className:"secondary wide",onClick:()=>y(!0),disabled:c.busy,children:"Email me a code"}),s.jsxs("p",{className:"switch",children:["New here? ",s.jsx(ft,{to:"/register",children:"Create an account"})," · ",s.jsx(ft,{to:"/verify",children:"Verify your email"})]})]})]})}function Nv(c){return new Promise((d,f)=>{const o=new FileReader;o.onload=()=>d(String(o.result)),o.onerror=()=>f(o.error),o.readAsDataURL(c)})}function th({label:c,error:d,onFile:f}){const[o,y]=Y.useState(null),C=async A=>{const M=A.target.files?.[0]??null;f(M),y(M&&M.type.startsWith("image/")?await Nv(M):null)};return s.jsxs("div",{className:d?"field invalid":"field",children:[s.jsx("label",{htmlFor:"image-input",children:c}),s.jsx("input",{id:"image-input",name:"image",type:"file",accept:"image/png,image/jpeg,image/webp,image/gif",onChange:A=>{C(A)},"aria-invalid":d?!0:void 0,"aria-describedby":d?"image-error":"image-hint"}),s.jsx("p",{className:"hint",id:"image-hint",children:"PNG, JPEG, WebP or GIF."}),o&&s.jsx("img",{className:"avatar",src:o,alt:"Preview of the chosen image"}),d&&s.jsx("p",{className:"error",id:"image-error",children:d})]})}const zv=["email","username","firstName","lastName","password","passwordConfirmation","bio","contact","image"];function Dv(){const c=Ne({email:"",username:"",firstName:"",lastName:"",password:"",passwordConfirmation:"",bio:"",contact:""}),[d,f]=Y.useState(null),{setUser:o}=dt(),y=A=>{f(A),c.setProblem(M=>M&&"image"in M.fields?{...M,fields:Object.fromEntries(Object.entries(M.fields).filter(([R])=>R!=="image"))}:M)},C=c.run(async()=>{const A={...c.values,image:null},{registerUser:M}=await ue(yp,{input:A},{session:!0,files:d?{"input.image":d}:void 0});switch(M.__typename){case"AuthSuccess":return go(M.deviceToken),o(M.user),At("/verify",!1,{email:M.user.email,sent:"1"}),null;case"VerificationRequired":return xo(M.email,M.handle),At("/verify",!1,{email:M.email,sent:"registered",handle:M.handle}),null;default:return Ve(M)}});return s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Create an account"}),s.jsxs("form",{onSubmit:C,noValidate:!0,children:[s.jsx(ee,{label:"Email",type:"email",autoComplete:"email",...c.bind("email"),required:!0}),s.jsx(ee,{label:"Username",autoComplete:"username",hint:"6 to 150 characters: letters, digits, dots, dashes or underscores.",...c.bind("username"),required:!0}),s.jsxs("div",{className:"pair",children:[s.jsx(ee,{label:"First name",autoComplete:"given-name",...c.bind("firstName"),required:!0}),s.jsx(ee,{label:"Last name",autoComplete:"family-name",...c.bind("lastName"),required:!0})]}),s.jsx(ee,{label:"Password",type:"password",autoComplete:"new-password",hint:"At least 8 characters, and not easy to guess.",...c.bind("password"),required:!0}),s.jsx(ee,{label:"Repeat the password",type:"password",autoComplete:"new-password",...c.bind("passwordConfirmation"),required:!0}),s.jsx(ee,{label:"About you (optional)",multiline:!0,...c.bind("bio")}),s.jsx(ee,{label:"Contact (optional)",...c.bind("contact")}),s.jsx(th,{label:"Profile image (optional)",error:c.problem?.fields.image,onFile:y}),s.jsx(xe,{problem:c.problem,shown:zv}),s.jsx(Ze,{busy:c.busy,children:"Create the account"})]}),s.jsxs("p",{className:"switch",children:["Have an account? ",s.jsx(ft,{to:"/login",children:"Log in"})]})]})}function bi(c,d,f={}){return c.__typename==="UpdateUserSuccess"?(d(c.user),null):Ve(c,f)}function _o({user:c,size:d="large",alt:f=""}){const o=`${c.firstName[0]??""}${c.lastName[0]??""}`.toUpperCase();return c.imageUrl?s.jsx("img",{className:`avatar ${d}`,src:c.imageUrl,alt:f}):s.jsx("span",{className:`avatar initials ${d}`,"aria-hidden":"true",children:o||"?"})}function Mv({user:c}){const{setUser:d}=dt(),f=Ne({username:c.username,firstName:c.firstName,lastName:c.lastName,bio:c.bio,contact:c.contact}),o=f.run(async()=>{const{updateUser:y}=await ue(Mu,{input:f.values});return bi(y,d)??"Your details are saved."});return s.jsx(Mt,{title:"Your details",id:"details",children:s.jsxs("form",{onSubmit:o,noValidate:!0,children:[s.jsx(ee,{label:"Username",autoComplete:"username",...f.bind("username")}),s.jsxs("div",{className:"pair",children:[s.jsx(ee,{label:"First name",autoComplete:"given-name",...f.bind("firstName")}),s.jsx(ee,{label:"Last name",autoComplete:"family-name",...f.bind("lastName")})]}),s.jsx(ee,{label:"About you",multiline:!0,...f.bind("bio")}),s.jsx(ee,{label:"Contact",hint:"A phone number or another way to reach you (optional).",...f.bind("contact")}),s.jsx(xe,{problem:f.problem,shown:["username","firstName","lastName","bio","contact"]}),f.done&&s.jsx(Be,{children:f.done}),s.jsx(Ze,{busy:f.busy,children:"Save details"})]})})}function qv({user:c}){const{setUser:d}=dt(),[f,o]=Y.useState(null),[y,C]=Y.useState(0),A=Ne({}),{confirm:M,dialog:R}=Si(),p=v=>{o(v),A.setProblem(null),A.setDone(null)},L=A.run(async()=>{if(!f)return{message:"",fields:{image:"Choose an image first."}};const{updateUser:v}=await ue(Mu,{input:{image:null}},{files:{"input.image":f}}),j=bi(v,d);return j||(o(null),C(S=>S+1),"Your new image is saved.")}),H=A.run(async()=>{if(!await M({title:"Remove your profile image?",body:s.jsx("p",{children:"Your initials are shown instead until you upload a new image."}),confirm:"Remove the image"}))return null;const{updateUser:j}=await ue(Mu,{input:{removeImage:!0}});return bi(j,d)??"Your image was removed."});return s.jsxs(Mt,{title:"Profile image",id:"image",children:[s.jsxs("div",{className:"image-row",children:[s.jsx(_o,{user:c,alt:c.imageUrl?"Your profile image":""}),s.jsxs("form",{onSubmit:L,noValidate:!0,children:[s.jsx(th,{label:"New image",error:A.problem?.fields.image,onFile:p},y),s.jsx(xe,{problem:A.problem,shown:["image"]}),A.done&&s.jsx(Be,{children:A.done}),s.jsxs("div",{className:"actions",children:[s.jsx(Ze,{busy:A.busy,children:"Upload"}),c.imageUrl&&s.jsx("button",{type:"button",className:"danger-outline",onClick:()=>{H()},disabled:A.busy,children:"Remove the image"})]})]})]}),R]})}function Lv({user:c}){return s.jsxs("main",{children:[s.jsxs("div",{className:"profile-head",children:[s.jsx(_o,{user:c}),s.jsxs("div",{children:[s.jsxs("h1",{children:[c.firstName," ",c.lastName]}),s.jsxs("p",{className:"muted",children:["@",c.username," · joined ",s.jsx(xa,{iso:c.dateJoined})]})]})]}),s.jsx(Mv,{user:c},`details-${c.id}`),s.jsx(qv,{user:c})]})}function Hv({user:c,onConfirmed:d}){const{setUser:f}=dt(),[o]=Y.useState(()=>pl("/confirm-email")),y=Ne({code:o?.code??""}),C=y.run(async()=>{const{confirmEmailChange:A}=await ue(Tp,{input:{code:y.values.code.trim()}}),M=bi(A,f,{InvalidCode:{field:"code"}});return M||(vi(),A.__typename==="UpdateUserSuccess"&&d(A.user.email),null)});return s.jsxs(Mt,{title:"Confirm your new email",id:"confirm-email",children:[s.jsxs("p",{children:["We sent a code to ",s.jsx("strong",{children:c.pendingEmail}),". Enter it to make it your email."]}),o&&s.jsx(Be,{children:"The code from your email is filled in. Press Confirm to finish."}),s.jsxs("form",{onSubmit:C,noValidate:!0,children:[s.jsx(ee,{label:"Code sent to the new address",inputMode:"numeric",autoComplete:"one-time-code",...y.bind("code")}),s.jsx(xe,{problem:y.problem,shown:["code"]}),s.jsx(Ze,{busy:y.busy,children:"Confirm the new email"})]})]})}function Vv({user:c,onChanged:d}){const{setUser:f}=dt(),o=_a(),y=Ne({email:"",currentPassword:""}),C=y.run(async()=>{const A={email:y.values.email.trim(),currentPassword:y.values.currentPassword||null},M=await o(async()=>(await ue(Mu,{input:A})).updateUser,{password:y.values.currentPassword});if(!M)return null;const R=bi(M,f,pi);return R||(y.reset(),d(),null)});return s.jsx(Mt,{title:"Change your email",id:"change-email",children:s.jsxs("form",{onSubmit:C,noValidate:!0,children:[s.jsx(ee,{label:"New email",type:"email",autoComplete:"email",...y.bind("email")}),c.hasPassword&&s.jsx(ee,{label:"Current password",type:"password",autoComplete:"current-password",...y.bind("currentPassword")}),s.jsx(xe,{problem:y.problem,shown:["email","currentPassword"]}),s.jsx(Ze,{busy:y.busy,children:"Change the email"})]})})}function qm({user:c}){const[d,f]=Y.useState(null),[o]=Y.useState(()=>pl("/confirm-email"));return s.jsxs("main",{children:[s.jsx("h1",{children:"Email"}),s.jsxs(Mt,{title:"Your email",id:"current-email",children:[s.jsxs("p",{className:"email-line",children:[s.jsx("strong",{children:c.email})," ",c.emailVerified?s.jsx(yl,{tone:"good",children:"Verified"}):s.jsx(yl,{tone:"warn",children:"Not verified"})]}),!c.emailVerified&&s.jsxs("p",{children:[s.jsx(ft,{to:"/verify",children:"Verify your email"})," to use two-factor sign-in and passkeys."]}),d&&s.jsxs(Be,{children:[d," is now your email."]})]}),c.pendingEmail&&s.jsx(Hv,{user:c,onConfirmed:f}),!c.pendingEmail&&o&&!d&&s.jsx(Be,{warn:!0,children:"No change of email is waiting for this code: it was confirmed already, or replaced by a newer one."}),s.jsx(Vv,{user:c,onChanged:()=>f(null)})]})}const nh={InvalidCode:{field:"code"}},ah="The code from your email is filled in.";function To(c){return c?{code:c.code,handle:c.handle}:{code:null,handle:Ea("handle")}}function Bv(c,d){const f=To(c);return f.handle?f:{...f,handle:_v(d)}}function Yv(){const{user:c,refresh:d}=dt(),[f]=Y.useState(()=>pl("/verify")),o=Ne({email:f?.email??Ea("email")??c?.email??"",code:f?.code??""}),[y,C]=Y.useState(null),[A,M]=Y.useState(()=>To(f)),R=Ne({}),p=Ne({}),L=Ea("sent")==="registered",H=Ea("sent")?"We sent a 6-digit code to your email.":null,v=o.run(async()=>{const w=o.values.email.trim(),q={email:w,code:o.values.code.trim(),handle:wo(o.values.code,A.handle?A:Bv(f,w))},{verifyEmail:pe}=await ue(Vm,{input:q});return pe.__typename!=="EmailVerified"?Ve(pe,nh):(vi(),Tv(pe.email),C({email:pe.email,hasPassword:pe.hasPassword}),await d(),null)}),j=p.run(async()=>{const{requestEmailVerification:w}=await ue(Bm);return w.__typename!=="CodeSent"?Ve(w):(M({code:null,handle:w.handle}),c&&xo(c.email,w.handle),w.message)}),S=R.run(async()=>{const w=y?.email??"",{requestPasswordReset:q}=await ue(Ym,{input:{email:w,deviceToken:Wn()}});return q.__typename!=="CodeSent"?Ve(q):(At("/reset-password",!1,{email:w,sent:q.message,handle:q.handle}),null)});return y?s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Verify your email"}),s.jsxs(Be,{children:[s.jsxs("p",{children:[y.email," is verified."]}),y.hasPassword?c?s.jsx("p",{children:s.jsx(ft,{to:"/",children:"Go to your profile"})}):s.jsxs("p",{children:["Your account is ready. ",s.jsx(ft,{to:"/login",children:"Log in"})]}):s.jsxs(s.Fragment,{children:[s.jsx("p",{children:"The account has no password now: whoever set the one it had did not prove this address. Choose yours with a code we email you."}),s.jsx("p",{children:s.jsx("button",{type:"button",onClick:()=>{S()},disabled:R.busy,children:"Choose a password"})}),s.jsx(xe,{problem:R.problem})]})]})]}):s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Verify your email"}),f?s.jsxs(Be,{children:[ah," Check the address and press Verify."]}):L?s.jsxs(Be,{children:[s.jsxs("p",{children:["Check your mail: we sent a 6-digit code to ",o.values.email||"your email","."]}),s.jsx("p",{children:"Enter it here, or open the link in the email, to finish creating your account. Then log in."})]}):H&&s.jsx(Be,{children:H}),s.jsxs("form",{onSubmit:v,noValidate:!0,children:[s.jsx(ee,{label:"Email",type:"email",autoComplete:"email",...o.bind("email"),required:!0}),s.jsx(ee,{label:"Code",inputMode:"numeric",autoComplete:"one-time-code",hint:"6 digits, from the email we sent.",...o.bind("code"),required:!0}),s.jsx(xe,{problem:o.problem,shown:["email","code"]}),s.jsx(Ze,{busy:o.busy,children:"Verify"})]}),c&&!c.emailVerified&&s.jsxs("div",{className:"secondary-actions",children:[s.jsx("button",{type:"button",className:"secondary",onClick:()=>{j()},disabled:p.busy,children:"Send a new code"}),p.done&&s.jsx(Be,{children:p.done}),s.jsx(xe,{problem:p.problem})]})]})}function Gv(){const c=Ne({email:Ea("email")??""}),d=c.run(async()=>{const f=c.values.email.trim(),{requestPasswordReset:o}=await ue(Ym,{input:{email:f,deviceToken:Wn()}});return o.__typename!=="CodeSent"?Ve(o):(At("/reset-password",!1,{email:f,sent:o.message,handle:o.handle}),null)});return s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Forgot your password?"}),s.jsx("p",{children:"We will email you a code to set a new one."}),s.jsxs("form",{onSubmit:d,noValidate:!0,children:[s.jsx(ee,{label:"Email",type:"email",autoComplete:"email",...c.bind("email"),required:!0}),s.jsx(xe,{problem:c.problem,shown:["email"]}),s.jsx(Ze,{busy:c.busy,children:"Send me a code"})]}),s.jsxs("p",{className:"switch",children:[s.jsx(ft,{to:"/reset-password",children:"I have a code"})," · ",s.jsx(ft,{to:"/login",children:"Back to log in"})]})]})}function kv(){const[c]=Y.useState(()=>pl("/reset-password")),d=Ne({email:c?.email??Ea("email")??"",code:c?.code??"",newPassword:"",newPasswordConfirmation:""}),[f,o]=Y.useState(null),[y]=Y.useState(()=>To(c)),{setUser:C}=dt(),A=Ea("sent"),M=d.run(async()=>{const R={...d.values,email:d.values.email.trim(),code:d.values.code.trim(),handle:wo(d.values.code,y)},{resetPassword:p}=await ue(_p,{input:R},{session:!0});switch(p.__typename){case"AuthSuccess":return vi(),go(p.deviceToken),C(p.user),At(yo()),null;case"TwoFactorRequired":return vi(),o({challenge:p.challenge,methods:p.methods}),null;default:return Ve(p,nh)}});return f?s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Set a new password"}),s.jsx("p",{children:"The new password takes effect once you confirm the second factor."}),s.jsx(eh,{challenge:f,onRestart:()=>o(null)})]}):s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Set a new password"}),c?s.jsxs(Be,{children:[ah," Choose your new password."]}):A&&s.jsx(Be,{children:A}),s.jsxs("form",{onSubmit:M,noValidate:!0,children:[s.jsx(ee,{label:"Email",type:"email",autoComplete:"email",...d.bind("email"),required:!0}),s.jsx(ee,{label:"Code from the email",inputMode:"numeric",autoComplete:"one-time-code",...d.bind("code"),required:!0}),s.jsx(ee,{label:"New password",type:"password",autoComplete:"new-password",...d.bind("newPassword"),required:!0}),s.jsx(ee,{label:"Repeat the new password",type:"password",autoComplete:"new-password",...d.bind("newPasswordConfirmation"),required:!0}),s.jsx(xe,{problem:d.problem,shown:["email","code","newPassword","newPasswordConfirmation"]}),s.jsx(Ze,{busy:d.busy,children:"Set the new password"})]}),s.jsxs("p",{className:"switch",children:[s.jsx(ft,{to:"/forgot",children:"Send me another code"})," · ",s.jsx(ft,{to:"/login",children:"Back to log in"})]})]})}const Xv="The code is not right. Type the code your app shows now; a code that was just used works once only, so wait for the next one.",lh={InvalidCode:{field:"code",message:Xv}};function Qv(c){return/^<svg[^>]*\sxmlns=/.test(c)||(c=c.replace(/^<svg\b/,'<svg xmlns="http://www.w3.org/2000/svg"')),`data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(c)))}`}function ih({codes:c}){return s.jsxs("section",{"aria-labelledby":"recovery-codes",className:"codes-box",children:[s.jsx("h3",{id:"recovery-codes",children:"Your recovery codes"}),s.jsx("p",{children:"Each works once, in place of a code from the app. They are shown only now: print them or keep them in a password manager."}),s.jsx("ul",{className:"codes","data-testid":"recovery-codes",children:c.map(d=>s.jsx("li",{children:s.jsx("code",{children:d})},d))})]})}function Zv({user:c,onEnabled:d}){const[f,o]=Y.useState(null),y=Ne({}),C=Ne({code:""}),A=_a(),M=y.run(async()=>{const p=await A(async()=>(await ue(zp)).beginTotpSetup);return p?p.__typename!=="TotpSetup"?Ve(p):(o(p),null):null}),R=C.run(async()=>{const p={code:C.values.code.trim()},L=await A(async()=>(await ue(Dp,{input:p})).confirmTotpSetup);return L?L.__typename!=="RecoveryCodes"?Ve(L,lh):(d(L.codes),null):null});return f?s.jsxs("form",{onSubmit:R,noValidate:!0,children:[s.jsx("p",{children:"Scan this code with your authenticator app, or type the key in by hand."}),s.jsx("img",{className:"qr",src:Qv(f.qrSvg),alt:"QR code to scan with your authenticator app",width:200,height:200}),s.jsxs("p",{className:"key",children:["Key: ",s.jsx("code",{"data-testid":"totp-secret",children:f.secret})]}),s.jsx(ee,{label:"Code from the app",inputMode:"numeric",autoComplete:"one-time-code",...C.bind("code")}),s.jsx(xe,{problem:C.problem,shown:["code"]}),s.jsx(Ze,{busy:C.busy,children:"Turn on two-factor sign-in"})]}):s.jsxs(s.Fragment,{children:[s.jsx("p",{children:"Ask for a code from an authenticator app (Google Authenticator, Aegis, 1Password…) after your password."}),!c.emailVerified&&s.jsxs(Be,{warn:!0,children:["Your email is not verified yet: setting up asks you for a code we email to ",c.email," first."]}),s.jsx(xe,{problem:y.problem}),s.jsx("button",{type:"button",className:"primary",onClick:()=>{M()},disabled:y.busy,children:"Set up an authenticator app"})]})}function Jv(){const{refresh:c}=dt(),[d,f]=Y.useState(null),o=Ne({currentPassword:""}),y=Ne({currentPassword:"",code:""}),{confirm:C,dialog:A}=Si(),M=_a(),R=o.run(async()=>{if(!await C({title:"Make new recovery codes?",body:s.jsx("p",{children:"Your current recovery codes stop working at once."}),confirm:"Make new codes"}))return null;const H=o.values,v=await M(async()=>(await ue(Mp,{input:H})).regenerateRecoveryCodes,{password:H.currentPassword});return v?v.__typename!=="RecoveryCodes"?Ve(v,pi):(o.reset(),f(v.codes),null):null}),p=y.run(async()=>{if(!await C({title:"Turn two-factor sign-in off?",body:s.jsx("p",{children:"Your password alone will sign you in again, and your recovery codes stop working."}),confirm:"Turn it off"}))return null;const H={...y.values,code:y.values.code.trim()},v=await M(async()=>(await ue(qp,{input:H})).disableTwoFactor,{password:H.currentPassword});return v?v.__typename!=="TwoFactorDisabled"?Ve(v,{...pi,...lh}):(await c(),null):null});return s.jsxs(s.Fragment,{children:[d&&s.jsx(ih,{codes:d}),s.jsxs("section",{"aria-labelledby":"regenerate",className:"subsection",children:[s.jsx("h3",{id:"regenerate",children:"New recovery codes"}),s.jsx("p",{children:"Lost some codes, or used most of them? Make a new set: the old codes stop working."}),s.jsxs("form",{onSubmit:R,noValidate:!0,children:[s.jsx(ee,{label:"Current password (for new codes)",type:"password",autoComplete:"current-password",...o.bind("currentPassword")}),s.jsx(xe,{problem:o.problem,shown:["currentPassword"]}),s.jsx(Ze,{busy:o.busy,children:"Make new recovery codes"})]})]}),s.jsxs("section",{"aria-labelledby":"disable",className:"subsection",children:[s.jsx("h3",{id:"disable",children:"Turn two-factor off"}),s.jsxs("form",{onSubmit:p,noValidate:!0,children:[s.jsx(ee,{label:"Current password (to turn two-factor off)",type:"password",autoComplete:"current-password",...y.bind("currentPassword")}),s.jsx(ee,{label:"Code from the app, or a recovery code",autoComplete:"one-time-code",...y.bind("code")}),s.jsx(xe,{problem:y.problem,shown:["currentPassword","code"]}),s.jsx(Ze,{busy:y.busy,danger:!0,children:"Turn two-factor off"})]})]}),A]})}function Kv({user:c}){const{refresh:d}=dt(),[f,o]=Y.useState(null),y=A=>{o(A),d()};let C;return f?C=s.jsxs(s.Fragment,{children:[s.jsx(Be,{children:"Two-factor sign-in is on."}),s.jsx(ih,{codes:f}),s.jsx("button",{type:"button",className:"primary",onClick:()=>o(null),children:"I have saved my recovery codes"})]}):C=c.twoFactorEnabled?s.jsx(Jv,{}):s.jsx(Zv,{user:c,onEnabled:y}),s.jsxs(Mt,{title:"Two-factor sign-in",id:"two-factor",children:[s.jsxs("p",{className:"status-line",children:[c.twoFactorEnabled?s.jsx(yl,{tone:"good",children:"On"}):s.jsx(yl,{children:"Off"}),c.twoFactorEnabled?" Logging in asks for a code from your app after your password.":""]}),C]})}const $v=async()=>(await ue(Lp)).passkeys;function Fv(){const{data:c,problem:d,reload:f}=Jm($v),o=Ne({name:""}),y=Ne({}),{confirm:C,dialog:A}=Si(),M=_a(),R=o.run(async()=>{y.setDone(null);const L=Lu();if(L)return L;const H=await M(async()=>(await ue(Hp)).beginPasskeyRegistration);if(!H)return null;if(H.__typename!=="PasskeyOptions")return Ve(H);let v;try{v=await navigator.credentials.create({publicKey:Fp(H.optionsJson)})}catch(S){return gl(S,!0)}if(!(v instanceof PublicKeyCredential))return gl(null,!0);const{finishPasskeyRegistration:j}=await ue(Vp,{input:{challengeId:H.challengeId,credentialJson:po(v),name:o.values.name.trim()||null}});if(j.__typename!=="PasskeyAdded"){const S=JSON.parse(H.optionsJson).rp.id;return j.__typename==="ValidationError"&&j.fields.some(w=>w.code==="invalid")&&Jp(S,v.id),Zp(j)}return o.reset(),await f(),`Passkey “${j.passkey.name}” added.`}),p=L=>y.run(async()=>{if(o.setDone(null),!await C({title:`Remove the passkey “${L.name}”?`,body:s.jsx("p",{children:"It stops signing you in. The device may keep it until you delete it there too."}),confirm:"Remove the passkey"}))return null;const v=await M(async()=>(await ue(Bp,{id:L.id})).removePasskey);return v?v.__typename!=="PasskeyRemoved"?Ve(v):(await f(),`Passkey “${L.name}” removed.`):null});return s.jsxs(Mt,{title:"Passkeys",id:"passkeys",children:[s.jsx("p",{children:"A passkey signs you in without a password: your device checks your fingerprint, face or PIN."}),s.jsx(xe,{problem:d??y.problem}),y.done&&s.jsx(Be,{children:y.done}),c===null&&!d&&s.jsx(Vu,{rows:2,label:"Loading your passkeys…"}),c&&c.length===0&&s.jsx("p",{className:"empty",children:"No passkeys yet."}),c&&c.length>0&&s.jsx("ul",{className:"rows",children:c.map(L=>s.jsxs("li",{className:"row",children:[s.jsxs("div",{className:"row-main",children:[s.jsx("strong",{children:L.name}),s.jsxs("span",{className:"muted",children:["Added ",s.jsx(xa,{iso:L.createdAt})," · last used ",s.jsx(xa,{iso:L.lastUsedAt,never:"never"})]})]}),s.jsx("button",{type:"button",className:"danger-outline small",onClick:()=>{p(L)()},disabled:y.busy,"aria-label":`Remove the passkey ${L.name}`,children:"Remove"})]},L.id))}),s.jsxs("section",{"aria-labelledby":"add-passkey",className:"subsection",children:[s.jsx("h3",{id:"add-passkey",children:"Add a passkey"}),s.jsxs("form",{onSubmit:R,noValidate:!0,children:[s.jsx(ee,{label:"Name (e.g. “Laptop”)",...o.bind("name")}),s.jsx(xe,{problem:o.problem,shown:["name"]}),o.done&&s.jsx(Be,{children:o.done}),s.jsx(Ze,{busy:o.busy,children:"Add a passkey"})]})]}),A]})}function Wv({user:c}){return s.jsxs("main",{children:[s.jsx("h1",{children:"Security"}),s.jsx(Kv,{user:c}),s.jsx(Fv,{})]})}const so={"/login":{title:"Log in",render:()=>s.jsx(Ov,{})},"/register":{title:"Create an account",render:()=>s.jsx(Dv,{})},"/verify":{title:"Verify your email",render:()=>s.jsx(Yv,{})},"/forgot":{title:"Forgot your password",render:()=>s.jsx(Gv,{})},"/reset-password":{title:"Set a new password",render:()=>s.jsx(kv,{})}},ml={"/":{title:"Profile",render:c=>s.jsx(Lv,{user:c},c.id)},"/email":{title:"Email",render:c=>s.jsx(qm,{user:c})},"/confirm-email":{title:"Confirm your new email",render:c=>s.jsx(qm,{user:c})},"/password":{title:"Password",render:c=>s.jsx(gv,{user:c})},"/security":{title:"Security",render:c=>s.jsx(Wv,{user:c})},"/sessions":{title:"Sessions",render:()=>s.jsx(Sv,{})},"/activity":{title:"Security activity",render:()=>s.jsx(xv,{})},"/delete":{title:"Delete your account",render:c=>s.jsx(yv,{user:c})}},co={"/two-factor":"/security","/passkeys":"/security"},Iv=[["/","Profile"],["/email","Email"],["/password","Password"],["/security","Security"],["/sessions","Sessions"],["/activity","Activity"],["/delete","Danger zone"]];function Pv(){return Aa.logoUrl?s.jsx("img",{className:"logo",src:Aa.logoUrl,alt:""}):s.jsxs("svg",{className:"logo",viewBox:"0 0 32 32","aria-hidden":"true",focusable:"false",children:[s.jsx("rect",{width:"32",height:"32",rx:"8",className:"logo-tile"}),s.jsx("circle",{cx:"16",cy:"12.5",r:"5",className:"logo-mark"}),s.jsx("path",{d:"M7.5 26c1.4-4.6 4.6-7 8.5-7s7.1 2.4 8.5 7z",className:"logo-mark"})]})}function eb({user:c}){const{setUser:d}=dt(),[f,o]=Y.useState(null),y=async()=>{o(null);try{await ue(xp)}catch(C){if(!(C instanceof Fn&&C.code==="UNAUTHENTICATED")){const A=Hu(C);o({...A,message:`You are still logged in: ${A.message}`});return}}d(null),At("/login")};return s.jsxs("header",{className:"topbar",children:[s.jsxs("div",{className:"topbar-inner",children:[s.jsxs(ft,{to:"/",className:"brand",children:[s.jsx(Pv,{}),s.jsx("span",{children:Aa.productName})]}),s.jsx("nav",{"aria-label":"Account",children:s.jsx("ul",{children:c?s.jsxs(s.Fragment,{children:[s.jsxs("li",{className:"who",children:[s.jsx(_o,{user:c,size:"small"}),s.jsx("span",{className:"who-name",children:c.firstName})]}),s.jsx("li",{children:s.jsx("button",{type:"button",className:"secondary small",onClick:()=>{y()},children:"Log out"})})]}):s.jsxs(s.Fragment,{children:[s.jsx("li",{children:s.jsx(ft,{to:"/login",children:"Log in"})}),s.jsx("li",{children:s.jsx(ft,{to:"/register",children:"Create an account"})})]})})})]}),c&&f&&s.jsx("div",{className:"topbar-problem",children:s.jsx(xe,{problem:f})})]})}function tb(){return s.jsx("nav",{"aria-label":"Settings",className:"sidenav",children:s.jsx("ul",{children:Iv.map(([c,d])=>s.jsx("li",{className:c==="/delete"?"danger-link":void 0,children:s.jsx(ft,{to:c,children:d})},c))})})}function nb(){const{path:c,query:d}=Gp(),{user:f,loading:o}=dt(),y=Y.useRef(null),C=Y.useRef(!0),A=co[c]??c,M=so[A]??ml[A];kp(M?.title??"Page not found"),Y.useEffect(()=>{if(C.current){C.current=!1;return}y.current?.focus()},[c]),Y.useEffect(()=>{o||(co[c]?At(co[c],!0):!f&&ml[c]?At(c==="/"?"/login":`/login?next=${encodeURIComponent(c)}`,!0):f&&(c==="/login"||c==="/register")&&At(yo(),!0))},[f,o,c]);let R;o||!f&&ml[A]?R=s.jsx(Vu,{rows:4}):so[A]?R=so[A].render():f&&ml[A]?R=ml[A].render(f):R=s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Page not found"}),s.jsx("p",{children:s.jsx(ft,{to:"/",children:"Go to your account"})})]});const p=!!(f&&ml[A]);return s.jsxs(s.Fragment,{children:[s.jsx("a",{className:"skip",href:"#content",children:"Skip to the content"}),s.jsx(eb,{user:f}),s.jsxs("div",{className:p?"layout":"layout single",children:[p&&s.jsx(tb,{}),s.jsxs("div",{id:"content",ref:y,tabIndex:-1,children:[d.get("deleted")&&c==="/login"&&s.jsx(Be,{children:"Your account was deleted."}),d.get("loggedOut")&&c==="/login"&&s.jsx(Be,{children:"You were logged out everywhere."}),R]})]})]})}Fm(hl);function ab(){const[c,d]=Y.useState(0);return Y.useEffect(()=>{const f=()=>{Fm(hl)&&d(o=>o+1)};return window.addEventListener("hashchange",f),()=>window.removeEventListener("hashchange",f)},[]),s.jsx(nb,{},c)}Cy.createRoot(document.getElementById("root")).render(s.jsx(Y.StrictMode,{children:s.jsx(Xp,{children:s.jsx(Pp,{children:s.jsx(ab,{})})})}));
