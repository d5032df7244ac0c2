var eo={exports:{}},di={};var vm;function my(){if(vm)return di;vm=1;var c=Symbol.for("react.transitional.element"),d=Symbol.for("react.fragment");function f(o,v,O){var x=null;if(O!==void 0&&(x=""+O),v.key!==void 0&&(x=""+v.key),"key"in v){O={};for(var M in v)M!=="key"&&(O[M]=v[M])}else O=v;return v=O.ref,{$$typeof:c,type:o,key:x,ref:v!==void 0?v:null,props:O}}return di.Fragment=d,di.jsx=f,di.jsxs=f,di}var bm;function hy(){return bm||(bm=1,eo.exports=my()),eo.exports}var s=hy(),to={exports:{}},P={};var Sm;function gy(){if(Sm)return P;Sm=1;var c=Symbol.for("react.transitional.element"),d=Symbol.for("react.portal"),f=Symbol.for("react.fragment"),o=Symbol.for("react.strict_mode"),v=Symbol.for("react.profiler"),O=Symbol.for("react.consumer"),x=Symbol.for("react.context"),M=Symbol.for("react.forward_ref"),C=Symbol.for("react.suspense"),y=Symbol.for("react.memo"),L=Symbol.for("react.lazy"),H=Symbol.for("react.activity"),p=Symbol.iterator;function j(g){return g===null||typeof g!="object"?null:(g=p&&g[p]||g["@@iterator"],typeof g=="function"?g:null)}var S={isMounted:function(){return!1},enqueueForceUpdate:function(){},enqueueReplaceState:function(){},enqueueSetState:function(){}},T=Object.assign,q={};function Oe(g,z,B){this.props=g,this.context=z,this.refs=q,this.updater=B||S}Oe.prototype.isReactComponent={},Oe.prototype.setState=function(g,z){if(typeof g!="object"&&typeof g!="function"&&g!=null)throw Error("takes an object of state variables to update or a function which returns an object of state variables.");this.updater.enqueueSetState(this,g,z,"setState")},Oe.prototype.forceUpdate=function(g){this.updater.enqueueForceUpdate(this,g,"forceUpdate")};function gt(){}gt.prototype=Oe.prototype;function Q(g,z,B){this.props=g,this.context=z,this.refs=q,this.updater=B||S}var Z=Q.prototype=new gt;Z.constructor=Q,T(Z,Oe.prototype),Z.isPureReactComponent=!0;var Ne=Array.isArray;function Te(){}var ne={H:null,A:null,T:null,S:null},Pe=Object.prototype.hasOwnProperty;function mt(g,z,B){var G=B.ref;return{$$typeof:c,type:g,key:z,ref:G!==void 0?G:null,props:B}}function xt(g,z){return mt(g.type,z,g.props)}function Tt(g){return typeof g=="object"&&g!==null&&g.$$typeof===c}function at(g){var z={"=":"=0",":":"=2"};return"$"+g.replace(/[=:]/g,function(B){return z[B]})}var Mt=/\/+/g;function yt(g,z){return typeof g=="object"&&g!==null&&g.key!=null?at(""+g.key):z.toString(36)}function _t(g){switch(g.status){case"fulfilled":return g.value;case"rejected":throw g.reason;default:switch(typeof g.status=="string"?g.then(Te,Te):(g.status="pending",g.then(function(z){g.status==="pending"&&(g.status="fulfilled",g.value=z)},function(z){g.status==="pending"&&(g.status="rejected",g.reason=z)})),g.status){case"fulfilled":return g.value;case"rejected":throw g.reason}}throw g}function R(g,z,B,G,I){var ee=typeof g;(ee==="undefined"||ee==="boolean")&&(g=null);var ge=!1;if(g===null)ge=!0;else switch(ee){case"bigint":case"string":case"number":ge=!0;break;case"object":switch(g.$$typeof){case c:case d:ge=!0;break;case L:return ge=g._init,R(ge(g._payload),z,B,G,I)}}if(ge)return I=I(g),ge=G===""?"."+yt(g,0):G,Ne(I)?(B="",ge!=null&&(B=ge.replace(Mt,"$&/")+"/"),R(I,z,B,"",function(Kt){return Kt})):I!=null&&(Tt(I)&&(I=xt(I,B+(I.key==null||g&&g.key===I.key?"":(""+I.key).replace(Mt,"$&/")+"/")+ge)),z.push(I)),1;ge=0;var Xe=G===""?".":G+":";if(Ne(g))for(var Me=0;Me<g.length;Me++)G=g[Me],ee=Xe+yt(G,Me),ge+=R(G,z,B,ee,I);else if(Me=j(g),typeof Me=="function")for(g=Me.call(g),Me=0;!(G=g.next()).done;)G=G.value,ee=Xe+yt(G,Me++),ge+=R(G,z,B,ee,I);else if(ee==="object"){if(typeof g.then=="function")return R(_t(g),z,B,G,I);throw z=String(g),Error("Objects are not valid as a React child (found: "+(z==="[object Object]"?"object with keys {"+Object.keys(g).join(", ")+"}":z)+"). If you meant to render a collection of children, use an array instead.")}return ge}function V(g,z,B){if(g==null)return g;var G=[],I=0;return R(g,G,"","",function(ee){return z.call(B,ee,I++)}),G}function K(g){if(g._status===-1){var z=g._result;z=z(),z.then(function(B){(g._status===0||g._status===-1)&&(g._status=1,g._result=B)},function(B){(g._status===0||g._status===-1)&&(g._status=2,g._result=B)}),g._status===-1&&(g._status=0,g._result=z)}if(g._status===1)return g._result.default;throw g._result}var Se=typeof reportError=="function"?reportError:function(g){if(typeof window=="object"&&typeof window.ErrorEvent=="function"){var z=new window.ErrorEvent("error",{bubbles:!0,cancelable:!0,message:typeof g=="object"&&g!==null&&typeof g.message=="string"?String(g.message):String(g),error:g});if(!window.dispatchEvent(z))return}else if(typeof process=="object"&&typeof process.emit=="function"){process.emit("uncaughtException",g);return}console.error(g)},Ee={map:V,forEach:function(g,z,B){V(g,function(){z.apply(this,arguments)},B)},count:function(g){var z=0;return V(g,function(){z++}),z},toArray:function(g){return V(g,function(z){return z})||[]},only:function(g){if(!Tt(g))throw Error("React.Children.only expected to receive a single React element child.");return g}};return P.Activity=H,P.Children=Ee,P.Component=Oe,P.Fragment=f,P.Profiler=v,P.PureComponent=Q,P.StrictMode=o,P.Suspense=C,P.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE=ne,P.__COMPILER_RUNTIME={__proto__:null,c:function(g){return ne.H.useMemoCache(g)}},P.cache=function(g){return function(){return g.apply(null,arguments)}},P.cacheSignal=function(){return null},P.cloneElement=function(g,z,B){if(g==null)throw Error("The argument must be a React element, but you passed "+g+".");var G=T({},g.props),I=g.key;if(z!=null)for(ee in z.key!==void 0&&(I=""+z.key),z)!Pe.call(z,ee)||ee==="key"||ee==="__self"||ee==="__source"||ee==="ref"&&z.ref===void 0||(G[ee]=z[ee]);var ee=arguments.length-2;if(ee===1)G.children=B;else if(1<ee){for(var ge=Array(ee),Xe=0;Xe<ee;Xe++)ge[Xe]=arguments[Xe+2];G.children=ge}return mt(g.type,I,G)},P.createContext=function(g){return g={$$typeof:x,_currentValue:g,_currentValue2:g,_threadCount:0,Provider:null,Consumer:null},g.Provider=g,g.Consumer={$$typeof:O,_context:g},g},P.createElement=function(g,z,B){var G,I={},ee=null;if(z!=null)for(G in z.key!==void 0&&(ee=""+z.key),z)Pe.call(z,G)&&G!=="key"&&G!=="__self"&&G!=="__source"&&(I[G]=z[G]);var ge=arguments.length-2;if(ge===1)I.children=B;else if(1<ge){for(var Xe=Array(ge),Me=0;Me<ge;Me++)Xe[Me]=arguments[Me+2];I.children=Xe}if(g&&g.defaultProps)for(G in ge=g.defaultProps,ge)I[G]===void 0&&(I[G]=ge[G]);return mt(g,ee,I)},P.createRef=function(){return{current:null}},P.forwardRef=function(g){return{$$typeof:M,render:g}},P.isValidElement=Tt,P.lazy=function(g){return{$$typeof:L,_payload:{_status:-1,_result:g},_init:K}},P.memo=function(g,z){return{$$typeof:y,type:g,compare:z===void 0?null:z}},P.startTransition=function(g){var z=ne.T,B={};ne.T=B;try{var G=g(),I=ne.S;I!==null&&I(B,G),typeof G=="object"&&G!==null&&typeof G.then=="function"&&G.then(Te,Se)}catch(ee){Se(ee)}finally{z!==null&&B.types!==null&&(z.types=B.types),ne.T=z}},P.unstable_useCacheRefresh=function(){return ne.H.useCacheRefresh()},P.use=function(g){return ne.H.use(g)},P.useActionState=function(g,z,B){return ne.H.useActionState(g,z,B)},P.useCallback=function(g,z){return ne.H.useCallback(g,z)},P.useContext=function(g){return ne.H.useContext(g)},P.useDebugValue=function(){},P.useDeferredValue=function(g,z){return ne.H.useDeferredValue(g,z)},P.useEffect=function(g,z){return ne.H.useEffect(g,z)},P.useEffectEvent=function(g){return ne.H.useEffectEvent(g)},P.useId=function(){return ne.H.useId()},P.useImperativeHandle=function(g,z,B){return ne.H.useImperativeHandle(g,z,B)},P.useInsertionEffect=function(g,z){return ne.H.useInsertionEffect(g,z)},P.useLayoutEffect=function(g,z){return ne.H.useLayoutEffect(g,z)},P.useMemo=function(g,z){return ne.H.useMemo(g,z)},P.useOptimistic=function(g,z){return ne.H.useOptimistic(g,z)},P.useReducer=function(g,z,B){return ne.H.useReducer(g,z,B)},P.useRef=function(g){return ne.H.useRef(g)},P.useState=function(g){return ne.H.useState(g)},P.useSyncExternalStore=function(g,z,B){return ne.H.useSyncExternalStore(g,z,B)},P.useTransition=function(){return ne.H.useTransition()},P.version="19.2.9",P}var wm;function ho(){return wm||(wm=1,to.exports=gy()),to.exports}var Y=ho(),no={exports:{}},mi={},ao={exports:{}},lo={};var Em;function yy(){return Em||(Em=1,(function(c){function d(R,V){var K=R.length;R.push(V);e:for(;0<K;){var Se=K-1>>>1,Ee=R[Se];if(0<v(Ee,V))R[Se]=V,R[K]=Ee,K=Se;else break e}}function f(R){return R.length===0?null:R[0]}function o(R){if(R.length===0)return null;var V=R[0],K=R.pop();if(K!==V){R[0]=K;e:for(var Se=0,Ee=R.length,g=Ee>>>1;Se<g;){var z=2*(Se+1)-1,B=R[z],G=z+1,I=R[G];if(0>v(B,K))G<Ee&&0>v(I,B)?(R[Se]=I,R[G]=K,Se=G):(R[Se]=B,R[z]=K,Se=z);else if(G<Ee&&0>v(I,K))R[Se]=I,R[G]=K,Se=G;else break e}}return V}function v(R,V){var K=R.sortIndex-V.sortIndex;return K!==0?K:R.id-V.id}if(c.unstable_now=void 0,typeof performance=="object"&&typeof performance.now=="function"){var O=performance;c.unstable_now=function(){return O.now()}}else{var x=Date,M=x.now();c.unstable_now=function(){return x.now()-M}}var C=[],y=[],L=1,H=null,p=3,j=!1,S=!1,T=!1,q=!1,Oe=typeof setTimeout=="function"?setTimeout:null,gt=typeof clearTimeout=="function"?clearTimeout:null,Q=typeof setImmediate<"u"?setImmediate:null;function Z(R){for(var V=f(y);V!==null;){if(V.callback===null)o(y);else if(V.startTime<=R)o(y),V.sortIndex=V.expirationTime,d(C,V);else break;V=f(y)}}function Ne(R){if(T=!1,Z(R),!S)if(f(C)!==null)S=!0,Te||(Te=!0,at());else{var V=f(y);V!==null&&_t(Ne,V.startTime-R)}}var Te=!1,ne=-1,Pe=5,mt=-1;function xt(){return q?!0:!(c.unstable_now()-mt<Pe)}function Tt(){if(q=!1,Te){var R=c.unstable_now();mt=R;var V=!0;try{e:{S=!1,T&&(T=!1,gt(ne),ne=-1),j=!0;var K=p;try{t:{for(Z(R),H=f(C);H!==null&&!(H.expirationTime>R&&xt());){var Se=H.callback;if(typeof Se=="function"){H.callback=null,p=H.priorityLevel;var Ee=Se(H.expirationTime<=R);if(R=c.unstable_now(),typeof Ee=="function"){H.callback=Ee,Z(R),V=!0;break t}H===f(C)&&o(C),Z(R)}else o(C);H=f(C)}if(H!==null)V=!0;else{var g=f(y);g!==null&&_t(Ne,g.startTime-R),V=!1}}break e}finally{H=null,p=K,j=!1}V=void 0}}finally{V?at():Te=!1}}}var at;if(typeof Q=="function")at=function(){Q(Tt)};else if(typeof MessageChannel<"u"){var Mt=new MessageChannel,yt=Mt.port2;Mt.port1.onmessage=Tt,at=function(){yt.postMessage(null)}}else at=function(){Oe(Tt,0)};function _t(R,V){ne=Oe(function(){R(c.unstable_now())},V)}c.unstable_IdlePriority=5,c.unstable_ImmediatePriority=1,c.unstable_LowPriority=4,c.unstable_NormalPriority=3,c.unstable_Profiling=null,c.unstable_UserBlockingPriority=2,c.unstable_cancelCallback=function(R){R.callback=null},c.unstable_forceFrameRate=function(R){0>R||125<R?console.error("forceFrameRate takes a positive int between 0 and 125, forcing frame rates higher than 125 fps is not supported"):Pe=0<R?Math.floor(1e3/R):5},c.unstable_getCurrentPriorityLevel=function(){return p},c.unstable_next=function(R){switch(p){case 1:case 2:case 3:var V=3;break;default:V=p}var K=p;p=V;try{return R()}finally{p=K}},c.unstable_requestPaint=function(){q=!0},c.unstable_runWithPriority=function(R,V){switch(R){case 1:case 2:case 3:case 4:case 5:break;default:R=3}var K=p;p=R;try{return V()}finally{p=K}},c.unstable_scheduleCallback=function(R,V,K){var Se=c.unstable_now();switch(typeof K=="object"&&K!==null?(K=K.delay,K=typeof K=="number"&&0<K?Se+K:Se):K=Se,R){case 1:var Ee=-1;break;case 2:Ee=250;break;case 5:Ee=1073741823;break;case 4:Ee=1e4;break;default:Ee=5e3}return Ee=K+Ee,R={id:L++,callback:V,priorityLevel:R,startTime:K,expirationTime:Ee,sortIndex:-1},K>Se?(R.sortIndex=K,d(y,R),f(C)===null&&R===f(y)&&(T?(gt(ne),ne=-1):T=!0,_t(Ne,K-Se))):(R.sortIndex=Ee,d(C,R),S||j||(S=!0,Te||(Te=!0,at()))),R},c.unstable_shouldYield=xt,c.unstable_wrapCallback=function(R){var V=p;return function(){var K=p;p=V;try{return R.apply(this,arguments)}finally{p=K}}}})(lo)),lo}var Am;function py(){return Am||(Am=1,ao.exports=yy()),ao.exports}var io={exports:{}},rt={};var xm;function vy(){if(xm)return rt;xm=1;var c=ho();function d(C){var y="https://react.dev/errors/"+C;if(1<arguments.length){y+="?args[]="+encodeURIComponent(arguments[1]);for(var L=2;L<arguments.length;L++)y+="&args[]="+encodeURIComponent(arguments[L])}return"Minified React error #"+C+"; visit "+y+" for the full message or use the non-minified dev environment for full errors and additional helpful warnings."}function f(){}var o={d:{f,r:function(){throw Error(d(522))},D:f,C:f,L:f,m:f,X:f,S:f,M:f},p:0,findDOMNode:null},v=Symbol.for("react.portal");function O(C,y,L){var H=3<arguments.length&&arguments[3]!==void 0?arguments[3]:null;return{$$typeof:v,key:H==null?null:""+H,children:C,containerInfo:y,implementation:L}}var x=c.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;function M(C,y){if(C==="font")return"";if(typeof y=="string")return y==="use-credentials"?y:""}return rt.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE=o,rt.createPortal=function(C,y){var L=2<arguments.length&&arguments[2]!==void 0?arguments[2]:null;if(!y||y.nodeType!==1&&y.nodeType!==9&&y.nodeType!==11)throw Error(d(299));return O(C,y,null,L)},rt.flushSync=function(C){var y=x.T,L=o.p;try{if(x.T=null,o.p=2,C)return C()}finally{x.T=y,o.p=L,o.d.f()}},rt.preconnect=function(C,y){typeof C=="string"&&(y?(y=y.crossOrigin,y=typeof y=="string"?y==="use-credentials"?y:"":void 0):y=null,o.d.C(C,y))},rt.prefetchDNS=function(C){typeof C=="string"&&o.d.D(C)},rt.preinit=function(C,y){if(typeof C=="string"&&y&&typeof y.as=="string"){var L=y.as,H=M(L,y.crossOrigin),p=typeof y.integrity=="string"?y.integrity:void 0,j=typeof y.fetchPriority=="string"?y.fetchPriority:void 0;L==="style"?o.d.S(C,typeof y.precedence=="string"?y.precedence:void 0,{crossOrigin:H,integrity:p,fetchPriority:j}):L==="script"&&o.d.X(C,{crossOrigin:H,integrity:p,fetchPriority:j,nonce:typeof y.nonce=="string"?y.nonce:void 0})}},rt.preinitModule=function(C,y){if(typeof C=="string")if(typeof y=="object"&&y!==null){if(y.as==null||y.as==="script"){var L=M(y.as,y.crossOrigin);o.d.M(C,{crossOrigin:L,integrity:typeof y.integrity=="string"?y.integrity:void 0,nonce:typeof y.nonce=="string"?y.nonce:void 0})}}else y==null&&o.d.M(C)},rt.preload=function(C,y){if(typeof C=="string"&&typeof y=="object"&&y!==null&&typeof y.as=="string"){var L=y.as,H=M(L,y.crossOrigin);o.d.L(C,L,{crossOrigin:H,integrity:typeof y.integrity=="string"?y.integrity:void 0,nonce:typeof y.nonce=="string"?y.nonce:void 0,type:typeof y.type=="string"?y.type:void 0,fetchPriority:typeof y.fetchPriority=="string"?y.fetchPriority:void 0,referrerPolicy:typeof y.referrerPolicy=="string"?y.referrerPolicy:void 0,imageSrcSet:typeof y.imageSrcSet=="string"?y.imageSrcSet:void 0,imageSizes:typeof y.imageSizes=="string"?y.imageSizes:void 0,media:typeof y.media=="string"?y.media:void 0})}},rt.preloadModule=function(C,y){if(typeof C=="string")if(y){var L=M(y.as,y.crossOrigin);o.d.m(C,{as:typeof y.as=="string"&&y.as!=="script"?y.as:void 0,crossOrigin:L,integrity:typeof y.integrity=="string"?y.integrity:void 0})}else o.d.m(C)},rt.requestFormReset=function(C){o.d.r(C)},rt.unstable_batchedUpdates=function(C,y){return C(y)},rt.useFormState=function(C,y,L){return x.H.useFormState(C,y,L)},rt.useFormStatus=function(){return x.H.useHostTransitionStatus()},rt.version="19.2.9",rt}var Tm;function by(){if(Tm)return io.exports;Tm=1;function c(){if(!(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__>"u"||typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE!="function"))try{__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(c)}catch(d){console.error(d)}}return c(),io.exports=vy(),io.exports}var _m;function Sy(){if(_m)return mi;_m=1;var c=py(),d=ho(),f=by();function o(e){var t="https://react.dev/errors/"+e;if(1<arguments.length){t+="?args[]="+encodeURIComponent(arguments[1]);for(var n=2;n<arguments.length;n++)t+="&args[]="+encodeURIComponent(arguments[n])}return"Minified React error #"+e+"; visit "+t+" for the full message or use the non-minified dev environment for full errors and additional helpful warnings."}function v(e){return!(!e||e.nodeType!==1&&e.nodeType!==9&&e.nodeType!==11)}function O(e){var t=e,n=e;if(e.alternate)for(;t.return;)t=t.return;else{e=t;do t=e,(t.flags&4098)!==0&&(n=t.return),e=t.return;while(e)}return t.tag===3?n:null}function x(e){if(e.tag===13){var t=e.memoizedState;if(t===null&&(e=e.alternate,e!==null&&(t=e.memoizedState)),t!==null)return t.dehydrated}return null}function M(e){if(e.tag===31){var t=e.memoizedState;if(t===null&&(e=e.alternate,e!==null&&(t=e.memoizedState)),t!==null)return t.dehydrated}return null}function C(e){if(O(e)!==e)throw Error(o(188))}function y(e){var t=e.alternate;if(!t){if(t=O(e),t===null)throw Error(o(188));return t!==e?null:e}for(var n=e,a=t;;){var l=n.return;if(l===null)break;var i=l.alternate;if(i===null){if(a=l.return,a!==null){n=a;continue}break}if(l.child===i.child){for(i=l.child;i;){if(i===n)return C(l),e;if(i===a)return C(l),t;i=i.sibling}throw Error(o(188))}if(n.return!==a.return)n=l,a=i;else{for(var u=!1,r=l.child;r;){if(r===n){u=!0,n=l,a=i;break}if(r===a){u=!0,a=l,n=i;break}r=r.sibling}if(!u){for(r=i.child;r;){if(r===n){u=!0,n=i,a=l;break}if(r===a){u=!0,a=i,n=l;break}r=r.sibling}if(!u)throw Error(o(189))}}if(n.alternate!==a)throw Error(o(190))}if(n.tag!==3)throw Error(o(188));return n.stateNode.current===n?e:t}function L(e){var t=e.tag;if(t===5||t===26||t===27||t===6)return e;for(e=e.child;e!==null;){if(t=L(e),t!==null)return t;e=e.sibling}return null}var H=Object.assign,p=Symbol.for("react.element"),j=Symbol.for("react.transitional.element"),S=Symbol.for("react.portal"),T=Symbol.for("react.fragment"),q=Symbol.for("react.strict_mode"),Oe=Symbol.for("react.profiler"),gt=Symbol.for("react.consumer"),Q=Symbol.for("react.context"),Z=Symbol.for("react.forward_ref"),Ne=Symbol.for("react.suspense"),Te=Symbol.for("react.suspense_list"),ne=Symbol.for("react.memo"),Pe=Symbol.for("react.lazy"),mt=Symbol.for("react.activity"),xt=Symbol.for("react.memo_cache_sentinel"),Tt=Symbol.iterator;function at(e){return e===null||typeof e!="object"?null:(e=Tt&&e[Tt]||e["@@iterator"],typeof e=="function"?e:null)}var Mt=Symbol.for("react.client.reference");function yt(e){if(e==null)return null;if(typeof e=="function")return e.$$typeof===Mt?null:e.displayName||e.name||null;if(typeof e=="string")return e;switch(e){case T:return"Fragment";case Oe:return"Profiler";case q:return"StrictMode";case Ne:return"Suspense";case Te:return"SuspenseList";case mt:return"Activity"}if(typeof e=="object")switch(e.$$typeof){case S:return"Portal";case Q:return e.displayName||"Context";case gt:return(e._context.displayName||"Context")+".Consumer";case Z:var t=e.render;return e=e.displayName,e||(e=t.displayName||t.name||"",e=e!==""?"ForwardRef("+e+")":"ForwardRef"),e;case ne:return t=e.displayName||null,t!==null?t:yt(e.type)||"Memo";case Pe:t=e._payload,e=e._init;try{return yt(e(t))}catch{}}return null}var _t=Array.isArray,R=d.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,V=f.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,K={pending:!1,data:null,method:null,action:null},Se=[],Ee=-1;function g(e){return{current:e}}function z(e){0>Ee||(e.current=Se[Ee],Se[Ee]=null,Ee--)}function B(e,t){Ee++,Se[Ee]=e.current,e.current=t}var G=g(null),I=g(null),ee=g(null),ge=g(null);function Xe(e,t){switch(B(ee,t),B(I,e),B(G,null),t.nodeType){case 9:case 11:e=(e=t.documentElement)&&(e=e.namespaceURI)?Yd(e):0;break;default:if(e=t.tagName,t=t.namespaceURI)t=Yd(t),e=Gd(t,e);else switch(e){case"svg":e=1;break;case"math":e=2;break;default:e=0}}z(G),B(G,e)}function Me(){z(G),z(I),z(ee)}function Kt(e){e.memoizedState!==null&&B(ge,e);var t=G.current,n=Gd(t,e.type);t!==n&&(B(I,e),B(G,n))}function An(e){I.current===e&&(z(G),z(I)),ge.current===e&&(z(ge),ci._currentValue=K)}var Wn,yl;function It(e){if(Wn===void 0)try{throw Error()}catch(n){var t=n.stack.trim().match(/\n( *(at )?)/);Wn=t&&t[1]||"",yl=-1<n.stack.indexOf(`
    at`)?" (<anonymous>)":-1<n.stack.indexOf("@")?"@unknown:0:0":""}return`
`+Wn+e+yl}var Ta=!1;function _a(e,t){if(!e||Ta)return"";Ta=!0;var n=Error.prepareStackTrace;Error.prepareStackTrace=void 0;try{var a={DetermineComponentFrameRoot:function(){try{if(t){var D=function(){throw Error()};if(Object.defineProperty(D.prototype,"props",{set:function(){throw Error()}}),typeof Reflect=="object"&&Reflect.construct){try{Reflect.construct(D,[])}catch(_){var A=_}Reflect.construct(e,[],D)}else{try{D.call()}catch(_){A=_}e.call(D.prototype)}}else{try{throw Error()}catch(_){A=_}(D=e())&&typeof D.catch=="function"&&D.catch(function(){})}}catch(_){if(_&&A&&typeof _.stack=="string")return[_.stack,A.stack]}return[null,null]}};a.DetermineComponentFrameRoot.displayName="DetermineComponentFrameRoot";var l=Object.getOwnPropertyDescriptor(a.DetermineComponentFrameRoot,"name");l&&l.configurable&&Object.defineProperty(a.DetermineComponentFrameRoot,"name",{value:"DetermineComponentFrameRoot"});var i=a.DetermineComponentFrameRoot(),u=i[0],r=i[1];if(u&&r){var m=u.split(`
`),E=r.split(`
`);for(l=a=0;a<m.length&&!m[a].includes("DetermineComponentFrameRoot");)a++;for(;l<E.length&&!E[l].includes("DetermineComponentFrameRoot");)l++;if(a===m.length||l===E.length)for(a=m.length-1,l=E.length-1;1<=a&&0<=l&&m[a]!==E[l];)l--;for(;1<=a&&0<=l;a--,l--)if(m[a]!==E[l]){if(a!==1||l!==1)do if(a--,l--,0>l||m[a]!==E[l]){var U=`
`+m[a].replace(" at new "," at ");return e.displayName&&U.includes("<anonymous>")&&(U=U.replace("<anonymous>",e.displayName)),U}while(1<=a&&0<=l);break}}}finally{Ta=!1,Error.prepareStackTrace=n}return(n=e?e.displayName||e.name:"")?It(n):""}function Bu(e,t){switch(e.tag){case 26:case 27:case 5:return It(e.type);case 16:return It("Lazy");case 13:return e.child!==t&&t!==null?It("Suspense Fallback"):It("Suspense");case 19:return It("SuspenseList");case 0:case 15:return _a(e.type,!1);case 11:return _a(e.type.render,!1);case 1:return _a(e.type,!0);case 31:return It("Activity");default:return""}}function In(e){try{var t="",n=null;do t+=Bu(e,n),n=e,e=e.return;while(e);return t}catch(a){return`
Error generating stack: `+a.message+`
`+a.stack}}var ja=Object.prototype.hasOwnProperty,an=c.unstable_scheduleCallback,pl=c.unstable_cancelCallback,vl=c.unstable_shouldYield,Pn=c.unstable_requestPaint,Fe=c.unstable_now,Yu=c.unstable_getCurrentPriorityLevel,bl=c.unstable_ImmediatePriority,Sl=c.unstable_UserBlockingPriority,ot=c.unstable_NormalPriority,xn=c.unstable_LowPriority,ea=c.unstable_IdlePriority,ue=c.log,ye=c.unstable_setDisableYieldValue,F=null,ie=null;function et(e){if(typeof ue=="function"&&ye(e),ie&&typeof ie.setStrictMode=="function")try{ie.setStrictMode(F,e)}catch{}}var qe=Math.clz32?Math.clz32:qt,pe=Math.log,W=Math.LN2;function qt(e){return e>>>=0,e===0?32:31-(pe(e)/W|0)|0}var Tn=256,ta=262144,vi=4194304;function na(e){var t=e&42;if(t!==0)return t;switch(e&-e){case 1:return 1;case 2:return 2;case 4:return 4;case 8:return 8;case 16:return 16;case 32:return 32;case 64:return 64;case 128:return 128;case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:return e&261888;case 262144:case 524288:case 1048576:case 2097152:return e&3932160;case 4194304:case 8388608:case 16777216:case 33554432:return e&62914560;case 67108864:return 67108864;case 134217728:return 134217728;case 268435456:return 268435456;case 536870912:return 536870912;case 1073741824:return 0;default:return e}}function bi(e,t,n){var a=e.pendingLanes;if(a===0)return 0;var l=0,i=e.suspendedLanes,u=e.pingedLanes;e=e.warmLanes;var r=a&134217727;return r!==0?(a=r&~i,a!==0?l=na(a):(u&=r,u!==0?l=na(u):n||(n=r&~e,n!==0&&(l=na(n))))):(r=a&~i,r!==0?l=na(r):u!==0?l=na(u):n||(n=a&~e,n!==0&&(l=na(n)))),l===0?0:t!==0&&t!==l&&(t&i)===0&&(i=l&-l,n=t&-t,i>=n||i===32&&(n&4194048)!==0)?t:l}function wl(e,t){return(e.pendingLanes&~(e.suspendedLanes&~e.pingedLanes)&t)===0}function eh(e,t){switch(e){case 1:case 2:case 4:case 8:case 64:return t+250;case 16:case 32:case 128:case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:return t+5e3;case 4194304:case 8388608:case 16777216:case 33554432:return-1;case 67108864:case 134217728:case 268435456:case 536870912:case 1073741824:return-1;default:return-1}}function wo(){var e=vi;return vi<<=1,(vi&62914560)===0&&(vi=4194304),e}function Gu(e){for(var t=[],n=0;31>n;n++)t.push(e);return t}function El(e,t){e.pendingLanes|=t,t!==268435456&&(e.suspendedLanes=0,e.pingedLanes=0,e.warmLanes=0)}function th(e,t,n,a,l,i){var u=e.pendingLanes;e.pendingLanes=n,e.suspendedLanes=0,e.pingedLanes=0,e.warmLanes=0,e.expiredLanes&=n,e.entangledLanes&=n,e.errorRecoveryDisabledLanes&=n,e.shellSuspendCounter=0;var r=e.entanglements,m=e.expirationTimes,E=e.hiddenUpdates;for(n=u&~n;0<n;){var U=31-qe(n),D=1<<U;r[U]=0,m[U]=-1;var A=E[U];if(A!==null)for(E[U]=null,U=0;U<A.length;U++){var _=A[U];_!==null&&(_.lane&=-536870913)}n&=~D}a!==0&&Eo(e,a,0),i!==0&&l===0&&e.tag!==0&&(e.suspendedLanes|=i&~(u&~t))}function Eo(e,t,n){e.pendingLanes|=t,e.suspendedLanes&=~t;var a=31-qe(t);e.entangledLanes|=t,e.entanglements[a]=e.entanglements[a]|1073741824|n&261930}function Ao(e,t){var n=e.entangledLanes|=t;for(e=e.entanglements;n;){var a=31-qe(n),l=1<<a;l&t|e[a]&t&&(e[a]|=t),n&=~l}}function xo(e,t){var n=t&-t;return n=(n&42)!==0?1:Xu(n),(n&(e.suspendedLanes|t))!==0?0:n}function Xu(e){switch(e){case 2:e=1;break;case 8:e=4;break;case 32:e=16;break;case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:case 4194304:case 8388608:case 16777216:case 33554432:e=128;break;case 268435456:e=134217728;break;default:e=0}return e}function ku(e){return e&=-e,2<e?8<e?(e&134217727)!==0?32:268435456:8:2}function To(){var e=V.p;return e!==0?e:(e=window.event,e===void 0?32:fm(e.type))}function _o(e,t){var n=V.p;try{return V.p=e,t()}finally{V.p=n}}var _n=Math.random().toString(36).slice(2),lt="__reactFiber$"+_n,pt="__reactProps$"+_n,Ra="__reactContainer$"+_n,Qu="__reactEvents$"+_n,nh="__reactListeners$"+_n,ah="__reactHandles$"+_n,jo="__reactResources$"+_n,Al="__reactMarker$"+_n;function Zu(e){delete e[lt],delete e[pt],delete e[Qu],delete e[nh],delete e[ah]}function Ua(e){var t=e[lt];if(t)return t;for(var n=e.parentNode;n;){if(t=n[Ra]||n[lt]){if(n=t.alternate,t.child!==null||n!==null&&n.child!==null)for(e=$d(e);e!==null;){if(n=e[lt])return n;e=$d(e)}return t}e=n,n=e.parentNode}return null}function Ca(e){if(e=e[lt]||e[Ra]){var t=e.tag;if(t===5||t===6||t===13||t===31||t===26||t===27||t===3)return e}return null}function xl(e){var t=e.tag;if(t===5||t===26||t===27||t===6)return e.stateNode;throw Error(o(33))}function Oa(e){var t=e[jo];return t||(t=e[jo]={hoistableStyles:new Map,hoistableScripts:new Map}),t}function tt(e){e[Al]=!0}var Ro=new Set,Uo={};function aa(e,t){Na(e,t),Na(e+"Capture",t)}function Na(e,t){for(Uo[e]=t,e=0;e<t.length;e++)Ro.add(t[e])}var lh=RegExp("^[:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD][:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$"),Co={},Oo={};function ih(e){return ja.call(Oo,e)?!0:ja.call(Co,e)?!1:lh.test(e)?Oo[e]=!0:(Co[e]=!0,!1)}function Si(e,t,n){if(ih(t))if(n===null)e.removeAttribute(t);else{switch(typeof n){case"undefined":case"function":case"symbol":e.removeAttribute(t);return;case"boolean":var a=t.toLowerCase().slice(0,5);if(a!=="data-"&&a!=="aria-"){e.removeAttribute(t);return}}e.setAttribute(t,""+n)}}function wi(e,t,n){if(n===null)e.removeAttribute(t);else{switch(typeof n){case"undefined":case"function":case"symbol":case"boolean":e.removeAttribute(t);return}e.setAttribute(t,""+n)}}function ln(e,t,n,a){if(a===null)e.removeAttribute(n);else{switch(typeof a){case"undefined":case"function":case"symbol":case"boolean":e.removeAttribute(n);return}e.setAttributeNS(t,n,""+a)}}function Lt(e){switch(typeof e){case"bigint":case"boolean":case"number":case"string":case"undefined":return e;case"object":return e;default:return""}}function No(e){var t=e.type;return(e=e.nodeName)&&e.toLowerCase()==="input"&&(t==="checkbox"||t==="radio")}function uh(e,t,n){var a=Object.getOwnPropertyDescriptor(e.constructor.prototype,t);if(!e.hasOwnProperty(t)&&typeof a<"u"&&typeof a.get=="function"&&typeof a.set=="function"){var l=a.get,i=a.set;return Object.defineProperty(e,t,{configurable:!0,get:function(){return l.call(this)},set:function(u){n=""+u,i.call(this,u)}}),Object.defineProperty(e,t,{enumerable:a.enumerable}),{getValue:function(){return n},setValue:function(u){n=""+u},stopTracking:function(){e._valueTracker=null,delete e[t]}}}}function Ju(e){if(!e._valueTracker){var t=No(e)?"checked":"value";e._valueTracker=uh(e,t,""+e[t])}}function zo(e){if(!e)return!1;var t=e._valueTracker;if(!t)return!0;var n=t.getValue(),a="";return e&&(a=No(e)?e.checked?"true":"false":e.value),e=a,e!==n?(t.setValue(e),!0):!1}function Ei(e){if(e=e||(typeof document<"u"?document:void 0),typeof e>"u")return null;try{return e.activeElement||e.body}catch{return e.body}}var sh=/[\n"\\]/g;function Ht(e){return e.replace(sh,function(t){return"\\"+t.charCodeAt(0).toString(16)+" "})}function Ku(e,t,n,a,l,i,u,r){e.name="",u!=null&&typeof u!="function"&&typeof u!="symbol"&&typeof u!="boolean"?e.type=u:e.removeAttribute("type"),t!=null?u==="number"?(t===0&&e.value===""||e.value!=t)&&(e.value=""+Lt(t)):e.value!==""+Lt(t)&&(e.value=""+Lt(t)):u!=="submit"&&u!=="reset"||e.removeAttribute("value"),t!=null?$u(e,u,Lt(t)):n!=null?$u(e,u,Lt(n)):a!=null&&e.removeAttribute("value"),l==null&&i!=null&&(e.defaultChecked=!!i),l!=null&&(e.checked=l&&typeof l!="function"&&typeof l!="symbol"),r!=null&&typeof r!="function"&&typeof r!="symbol"&&typeof r!="boolean"?e.name=""+Lt(r):e.removeAttribute("name")}function Do(e,t,n,a,l,i,u,r){if(i!=null&&typeof i!="function"&&typeof i!="symbol"&&typeof i!="boolean"&&(e.type=i),t!=null||n!=null){if(!(i!=="submit"&&i!=="reset"||t!=null)){Ju(e);return}n=n!=null?""+Lt(n):"",t=t!=null?""+Lt(t):n,r||t===e.value||(e.value=t),e.defaultValue=t}a=a??l,a=typeof a!="function"&&typeof a!="symbol"&&!!a,e.checked=r?e.checked:!!a,e.defaultChecked=!!a,u!=null&&typeof u!="function"&&typeof u!="symbol"&&typeof u!="boolean"&&(e.name=u),Ju(e)}function $u(e,t,n){t==="number"&&Ei(e.ownerDocument)===e||e.defaultValue===""+n||(e.defaultValue=""+n)}function za(e,t,n,a){if(e=e.options,t){t={};for(var l=0;l<n.length;l++)t["$"+n[l]]=!0;for(n=0;n<e.length;n++)l=t.hasOwnProperty("$"+e[n].value),e[n].selected!==l&&(e[n].selected=l),l&&a&&(e[n].defaultSelected=!0)}else{for(n=""+Lt(n),t=null,l=0;l<e.length;l++){if(e[l].value===n){e[l].selected=!0,a&&(e[l].defaultSelected=!0);return}t!==null||e[l].disabled||(t=e[l])}t!==null&&(t.selected=!0)}}function Mo(e,t,n){if(t!=null&&(t=""+Lt(t),t!==e.value&&(e.value=t),n==null)){e.defaultValue!==t&&(e.defaultValue=t);return}e.defaultValue=n!=null?""+Lt(n):""}function qo(e,t,n,a){if(t==null){if(a!=null){if(n!=null)throw Error(o(92));if(_t(a)){if(1<a.length)throw Error(o(93));a=a[0]}n=a}n==null&&(n=""),t=n}n=Lt(t),e.defaultValue=n,a=e.textContent,a===n&&a!==""&&a!==null&&(e.value=a),Ju(e)}function Da(e,t){if(t){var n=e.firstChild;if(n&&n===e.lastChild&&n.nodeType===3){n.nodeValue=t;return}}e.textContent=t}var ch=new Set("animationIterationCount aspectRatio borderImageOutset borderImageSlice borderImageWidth boxFlex boxFlexGroup boxOrdinalGroup columnCount columns flex flexGrow flexPositive flexShrink flexNegative flexOrder gridArea gridRow gridRowEnd gridRowSpan gridRowStart gridColumn gridColumnEnd gridColumnSpan gridColumnStart fontWeight lineClamp lineHeight opacity order orphans scale tabSize widows zIndex zoom fillOpacity floodOpacity stopOpacity strokeDasharray strokeDashoffset strokeMiterlimit strokeOpacity strokeWidth MozAnimationIterationCount MozBoxFlex MozBoxFlexGroup MozLineClamp msAnimationIterationCount msFlex msZoom msFlexGrow msFlexNegative msFlexOrder msFlexPositive msFlexShrink msGridColumn msGridColumnSpan msGridRow msGridRowSpan WebkitAnimationIterationCount WebkitBoxFlex WebKitBoxFlexGroup WebkitBoxOrdinalGroup WebkitColumnCount WebkitColumns WebkitFlex WebkitFlexGrow WebkitFlexPositive WebkitFlexShrink WebkitLineClamp".split(" "));function Lo(e,t,n){var a=t.indexOf("--")===0;n==null||typeof n=="boolean"||n===""?a?e.setProperty(t,""):t==="float"?e.cssFloat="":e[t]="":a?e.setProperty(t,n):typeof n!="number"||n===0||ch.has(t)?t==="float"?e.cssFloat=n:e[t]=(""+n).trim():e[t]=n+"px"}function Ho(e,t,n){if(t!=null&&typeof t!="object")throw Error(o(62));if(e=e.style,n!=null){for(var a in n)!n.hasOwnProperty(a)||t!=null&&t.hasOwnProperty(a)||(a.indexOf("--")===0?e.setProperty(a,""):a==="float"?e.cssFloat="":e[a]="");for(var l in t)a=t[l],t.hasOwnProperty(l)&&n[l]!==a&&Lo(e,l,a)}else for(var i in t)t.hasOwnProperty(i)&&Lo(e,i,t[i])}function Fu(e){if(e.indexOf("-")===-1)return!1;switch(e){case"annotation-xml":case"color-profile":case"font-face":case"font-face-src":case"font-face-uri":case"font-face-format":case"font-face-name":case"missing-glyph":return!1;default:return!0}}var oh=new Map([["acceptCharset","accept-charset"],["htmlFor","for"],["httpEquiv","http-equiv"],["crossOrigin","crossorigin"],["accentHeight","accent-height"],["alignmentBaseline","alignment-baseline"],["arabicForm","arabic-form"],["baselineShift","baseline-shift"],["capHeight","cap-height"],["clipPath","clip-path"],["clipRule","clip-rule"],["colorInterpolation","color-interpolation"],["colorInterpolationFilters","color-interpolation-filters"],["colorProfile","color-profile"],["colorRendering","color-rendering"],["dominantBaseline","dominant-baseline"],["enableBackground","enable-background"],["fillOpacity","fill-opacity"],["fillRule","fill-rule"],["floodColor","flood-color"],["floodOpacity","flood-opacity"],["fontFamily","font-family"],["fontSize","font-size"],["fontSizeAdjust","font-size-adjust"],["fontStretch","font-stretch"],["fontStyle","font-style"],["fontVariant","font-variant"],["fontWeight","font-weight"],["glyphName","glyph-name"],["glyphOrientationHorizontal","glyph-orientation-horizontal"],["glyphOrientationVertical","glyph-orientation-vertical"],["horizAdvX","horiz-adv-x"],["horizOriginX","horiz-origin-x"],["imageRendering","image-rendering"],["letterSpacing","letter-spacing"],["lightingColor","lighting-color"],["markerEnd","marker-end"],["markerMid","marker-mid"],["markerStart","marker-start"],["overlinePosition","overline-position"],["overlineThickness","overline-thickness"],["paintOrder","paint-order"],["panose-1","panose-1"],["pointerEvents","pointer-events"],["renderingIntent","rendering-intent"],["shapeRendering","shape-rendering"],["stopColor","stop-color"],["stopOpacity","stop-opacity"],["strikethroughPosition","strikethrough-position"],["strikethroughThickness","strikethrough-thickness"],["strokeDasharray","stroke-dasharray"],["strokeDashoffset","stroke-dashoffset"],["strokeLinecap","stroke-linecap"],["strokeLinejoin","stroke-linejoin"],["strokeMiterlimit","stroke-miterlimit"],["strokeOpacity","stroke-opacity"],["strokeWidth","stroke-width"],["textAnchor","text-anchor"],["textDecoration","text-decoration"],["textRendering","text-rendering"],["transformOrigin","transform-origin"],["underlinePosition","underline-position"],["underlineThickness","underline-thickness"],["unicodeBidi","unicode-bidi"],["unicodeRange","unicode-range"],["unitsPerEm","units-per-em"],["vAlphabetic","v-alphabetic"],["vHanging","v-hanging"],["vIdeographic","v-ideographic"],["vMathematical","v-mathematical"],["vectorEffect","vector-effect"],["vertAdvY","vert-adv-y"],["vertOriginX","vert-origin-x"],["vertOriginY","vert-origin-y"],["wordSpacing","word-spacing"],["writingMode","writing-mode"],["xmlnsXlink","xmlns:xlink"],["xHeight","x-height"]]),rh=/^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i;function Ai(e){return rh.test(""+e)?"javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')":e}function un(){}var Wu=null;function Iu(e){return e=e.target||e.srcElement||window,e.correspondingUseElement&&(e=e.correspondingUseElement),e.nodeType===3?e.parentNode:e}var Ma=null,qa=null;function Vo(e){var t=Ca(e);if(t&&(e=t.stateNode)){var n=e[pt]||null;e:switch(e=t.stateNode,t.type){case"input":if(Ku(e,n.value,n.defaultValue,n.defaultValue,n.checked,n.defaultChecked,n.type,n.name),t=n.name,n.type==="radio"&&t!=null){for(n=e;n.parentNode;)n=n.parentNode;for(n=n.querySelectorAll('input[name="'+Ht(""+t)+'"][type="radio"]'),t=0;t<n.length;t++){var a=n[t];if(a!==e&&a.form===e.form){var l=a[pt]||null;if(!l)throw Error(o(90));Ku(a,l.value,l.defaultValue,l.defaultValue,l.checked,l.defaultChecked,l.type,l.name)}}for(t=0;t<n.length;t++)a=n[t],a.form===e.form&&zo(a)}break e;case"textarea":Mo(e,n.value,n.defaultValue);break e;case"select":t=n.value,t!=null&&za(e,!!n.multiple,t,!1)}}}var Pu=!1;function Bo(e,t,n){if(Pu)return e(t,n);Pu=!0;try{var a=e(t);return a}finally{if(Pu=!1,(Ma!==null||qa!==null)&&(ru(),Ma&&(t=Ma,e=qa,qa=Ma=null,Vo(t),e)))for(t=0;t<e.length;t++)Vo(e[t])}}function Tl(e,t){var n=e.stateNode;if(n===null)return null;var a=n[pt]||null;if(a===null)return null;n=a[t];e:switch(t){case"onClick":case"onClickCapture":case"onDoubleClick":case"onDoubleClickCapture":case"onMouseDown":case"onMouseDownCapture":case"onMouseMove":case"onMouseMoveCapture":case"onMouseUp":case"onMouseUpCapture":case"onMouseEnter":(a=!a.disabled)||(e=e.type,a=!(e==="button"||e==="input"||e==="select"||e==="textarea")),e=!a;break e;default:e=!1}if(e)return null;if(n&&typeof n!="function")throw Error(o(231,t,typeof n));return n}var sn=!(typeof window>"u"||typeof window.document>"u"||typeof window.document.createElement>"u"),es=!1;if(sn)try{var _l={};Object.defineProperty(_l,"passive",{get:function(){es=!0}}),window.addEventListener("test",_l,_l),window.removeEventListener("test",_l,_l)}catch{es=!1}var jn=null,ts=null,xi=null;function Yo(){if(xi)return xi;var e,t=ts,n=t.length,a,l="value"in jn?jn.value:jn.textContent,i=l.length;for(e=0;e<n&&t[e]===l[e];e++);var u=n-e;for(a=1;a<=u&&t[n-a]===l[i-a];a++);return xi=l.slice(e,1<a?1-a:void 0)}function Ti(e){var t=e.keyCode;return"charCode"in e?(e=e.charCode,e===0&&t===13&&(e=13)):e=t,e===10&&(e=13),32<=e||e===13?e:0}function _i(){return!0}function Go(){return!1}function vt(e){function t(n,a,l,i,u){this._reactName=n,this._targetInst=l,this.type=a,this.nativeEvent=i,this.target=u,this.currentTarget=null;for(var r in e)e.hasOwnProperty(r)&&(n=e[r],this[r]=n?n(i):i[r]);return this.isDefaultPrevented=(i.defaultPrevented!=null?i.defaultPrevented:i.returnValue===!1)?_i:Go,this.isPropagationStopped=Go,this}return H(t.prototype,{preventDefault:function(){this.defaultPrevented=!0;var n=this.nativeEvent;n&&(n.preventDefault?n.preventDefault():typeof n.returnValue!="unknown"&&(n.returnValue=!1),this.isDefaultPrevented=_i)},stopPropagation:function(){var n=this.nativeEvent;n&&(n.stopPropagation?n.stopPropagation():typeof n.cancelBubble!="unknown"&&(n.cancelBubble=!0),this.isPropagationStopped=_i)},persist:function(){},isPersistent:_i}),t}var la={eventPhase:0,bubbles:0,cancelable:0,timeStamp:function(e){return e.timeStamp||Date.now()},defaultPrevented:0,isTrusted:0},ji=vt(la),jl=H({},la,{view:0,detail:0}),fh=vt(jl),ns,as,Rl,Ri=H({},jl,{screenX:0,screenY:0,clientX:0,clientY:0,pageX:0,pageY:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,getModifierState:is,button:0,buttons:0,relatedTarget:function(e){return e.relatedTarget===void 0?e.fromElement===e.srcElement?e.toElement:e.fromElement:e.relatedTarget},movementX:function(e){return"movementX"in e?e.movementX:(e!==Rl&&(Rl&&e.type==="mousemove"?(ns=e.screenX-Rl.screenX,as=e.screenY-Rl.screenY):as=ns=0,Rl=e),ns)},movementY:function(e){return"movementY"in e?e.movementY:as}}),Xo=vt(Ri),dh=H({},Ri,{dataTransfer:0}),mh=vt(dh),hh=H({},jl,{relatedTarget:0}),ls=vt(hh),gh=H({},la,{animationName:0,elapsedTime:0,pseudoElement:0}),yh=vt(gh),ph=H({},la,{clipboardData:function(e){return"clipboardData"in e?e.clipboardData:window.clipboardData}}),vh=vt(ph),bh=H({},la,{data:0}),ko=vt(bh),Sh={Esc:"Escape",Spacebar:" ",Left:"ArrowLeft",Up:"ArrowUp",Right:"ArrowRight",Down:"ArrowDown",Del:"Delete",Win:"OS",Menu:"ContextMenu",Apps:"ContextMenu",Scroll:"ScrollLock",MozPrintableKey:"Unidentified"},wh={8:"Backspace",9:"Tab",12:"Clear",13:"Enter",16:"Shift",17:"Control",18:"Alt",19:"Pause",20:"CapsLock",27:"Escape",32:" ",33:"PageUp",34:"PageDown",35:"End",36:"Home",37:"ArrowLeft",38:"ArrowUp",39:"ArrowRight",40:"ArrowDown",45:"Insert",46:"Delete",112:"F1",113:"F2",114:"F3",115:"F4",116:"F5",117:"F6",118:"F7",119:"F8",120:"F9",121:"F10",122:"F11",123:"F12",144:"NumLock",145:"ScrollLock",224:"Meta"},Eh={Alt:"altKey",Control:"ctrlKey",Meta:"metaKey",Shift:"shiftKey"};function Ah(e){var t=this.nativeEvent;return t.getModifierState?t.getModifierState(e):(e=Eh[e])?!!t[e]:!1}function is(){return Ah}var xh=H({},jl,{key:function(e){if(e.key){var t=Sh[e.key]||e.key;if(t!=="Unidentified")return t}return e.type==="keypress"?(e=Ti(e),e===13?"Enter":String.fromCharCode(e)):e.type==="keydown"||e.type==="keyup"?wh[e.keyCode]||"Unidentified":""},code:0,location:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,repeat:0,locale:0,getModifierState:is,charCode:function(e){return e.type==="keypress"?Ti(e):0},keyCode:function(e){return e.type==="keydown"||e.type==="keyup"?e.keyCode:0},which:function(e){return e.type==="keypress"?Ti(e):e.type==="keydown"||e.type==="keyup"?e.keyCode:0}}),Th=vt(xh),_h=H({},Ri,{pointerId:0,width:0,height:0,pressure:0,tangentialPressure:0,tiltX:0,tiltY:0,twist:0,pointerType:0,isPrimary:0}),Qo=vt(_h),jh=H({},jl,{touches:0,targetTouches:0,changedTouches:0,altKey:0,metaKey:0,ctrlKey:0,shiftKey:0,getModifierState:is}),Rh=vt(jh),Uh=H({},la,{propertyName:0,elapsedTime:0,pseudoElement:0}),Ch=vt(Uh),Oh=H({},Ri,{deltaX:function(e){return"deltaX"in e?e.deltaX:"wheelDeltaX"in e?-e.wheelDeltaX:0},deltaY:function(e){return"deltaY"in e?e.deltaY:"wheelDeltaY"in e?-e.wheelDeltaY:"wheelDelta"in e?-e.wheelDelta:0},deltaZ:0,deltaMode:0}),Nh=vt(Oh),zh=H({},la,{newState:0,oldState:0}),Dh=vt(zh),Mh=[9,13,27,32],us=sn&&"CompositionEvent"in window,Ul=null;sn&&"documentMode"in document&&(Ul=document.documentMode);var qh=sn&&"TextEvent"in window&&!Ul,Zo=sn&&(!us||Ul&&8<Ul&&11>=Ul),Jo=" ",Ko=!1;function $o(e,t){switch(e){case"keyup":return Mh.indexOf(t.keyCode)!==-1;case"keydown":return t.keyCode!==229;case"keypress":case"mousedown":case"focusout":return!0;default:return!1}}function Fo(e){return e=e.detail,typeof e=="object"&&"data"in e?e.data:null}var La=!1;function Lh(e,t){switch(e){case"compositionend":return Fo(t);case"keypress":return t.which!==32?null:(Ko=!0,Jo);case"textInput":return e=t.data,e===Jo&&Ko?null:e;default:return null}}function Hh(e,t){if(La)return e==="compositionend"||!us&&$o(e,t)?(e=Yo(),xi=ts=jn=null,La=!1,e):null;switch(e){case"paste":return null;case"keypress":if(!(t.ctrlKey||t.altKey||t.metaKey)||t.ctrlKey&&t.altKey){if(t.char&&1<t.char.length)return t.char;if(t.which)return String.fromCharCode(t.which)}return null;case"compositionend":return Zo&&t.locale!=="ko"?null:t.data;default:return null}}var Vh={color:!0,date:!0,datetime:!0,"datetime-local":!0,email:!0,month:!0,number:!0,password:!0,range:!0,search:!0,tel:!0,text:!0,time:!0,url:!0,week:!0};function Wo(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t==="input"?!!Vh[e.type]:t==="textarea"}function Io(e,t,n,a){Ma?qa?qa.push(a):qa=[a]:Ma=a,t=pu(t,"onChange"),0<t.length&&(n=new ji("onChange","change",null,n,a),e.push({event:n,listeners:t}))}var Cl=null,Ol=null;function Bh(e){Md(e,0)}function Ui(e){var t=xl(e);if(zo(t))return e}function Po(e,t){if(e==="change")return t}var er=!1;if(sn){var ss;if(sn){var cs="oninput"in document;if(!cs){var tr=document.createElement("div");tr.setAttribute("oninput","return;"),cs=typeof tr.oninput=="function"}ss=cs}else ss=!1;er=ss&&(!document.documentMode||9<document.documentMode)}function nr(){Cl&&(Cl.detachEvent("onpropertychange",ar),Ol=Cl=null)}function ar(e){if(e.propertyName==="value"&&Ui(Ol)){var t=[];Io(t,Ol,e,Iu(e)),Bo(Bh,t)}}function Yh(e,t,n){e==="focusin"?(nr(),Cl=t,Ol=n,Cl.attachEvent("onpropertychange",ar)):e==="focusout"&&nr()}function Gh(e){if(e==="selectionchange"||e==="keyup"||e==="keydown")return Ui(Ol)}function Xh(e,t){if(e==="click")return Ui(t)}function kh(e,t){if(e==="input"||e==="change")return Ui(t)}function Qh(e,t){return e===t&&(e!==0||1/e===1/t)||e!==e&&t!==t}var jt=typeof Object.is=="function"?Object.is:Qh;function Nl(e,t){if(jt(e,t))return!0;if(typeof e!="object"||e===null||typeof t!="object"||t===null)return!1;var n=Object.keys(e),a=Object.keys(t);if(n.length!==a.length)return!1;for(a=0;a<n.length;a++){var l=n[a];if(!ja.call(t,l)||!jt(e[l],t[l]))return!1}return!0}function lr(e){for(;e&&e.firstChild;)e=e.firstChild;return e}function ir(e,t){var n=lr(e);e=0;for(var a;n;){if(n.nodeType===3){if(a=e+n.textContent.length,e<=t&&a>=t)return{node:n,offset:t-e};e=a}e:{for(;n;){if(n.nextSibling){n=n.nextSibling;break e}n=n.parentNode}n=void 0}n=lr(n)}}function ur(e,t){return e&&t?e===t?!0:e&&e.nodeType===3?!1:t&&t.nodeType===3?ur(e,t.parentNode):"contains"in e?e.contains(t):e.compareDocumentPosition?!!(e.compareDocumentPosition(t)&16):!1:!1}function sr(e){e=e!=null&&e.ownerDocument!=null&&e.ownerDocument.defaultView!=null?e.ownerDocument.defaultView:window;for(var t=Ei(e.document);t instanceof e.HTMLIFrameElement;){try{var n=typeof t.contentWindow.location.href=="string"}catch{n=!1}if(n)e=t.contentWindow;else break;t=Ei(e.document)}return t}function os(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t&&(t==="input"&&(e.type==="text"||e.type==="search"||e.type==="tel"||e.type==="url"||e.type==="password")||t==="textarea"||e.contentEditable==="true")}var Zh=sn&&"documentMode"in document&&11>=document.documentMode,Ha=null,rs=null,zl=null,fs=!1;function cr(e,t,n){var a=n.window===n?n.document:n.nodeType===9?n:n.ownerDocument;fs||Ha==null||Ha!==Ei(a)||(a=Ha,"selectionStart"in a&&os(a)?a={start:a.selectionStart,end:a.selectionEnd}:(a=(a.ownerDocument&&a.ownerDocument.defaultView||window).getSelection(),a={anchorNode:a.anchorNode,anchorOffset:a.anchorOffset,focusNode:a.focusNode,focusOffset:a.focusOffset}),zl&&Nl(zl,a)||(zl=a,a=pu(rs,"onSelect"),0<a.length&&(t=new ji("onSelect","select",null,t,n),e.push({event:t,listeners:a}),t.target=Ha)))}function ia(e,t){var n={};return n[e.toLowerCase()]=t.toLowerCase(),n["Webkit"+e]="webkit"+t,n["Moz"+e]="moz"+t,n}var Va={animationend:ia("Animation","AnimationEnd"),animationiteration:ia("Animation","AnimationIteration"),animationstart:ia("Animation","AnimationStart"),transitionrun:ia("Transition","TransitionRun"),transitionstart:ia("Transition","TransitionStart"),transitioncancel:ia("Transition","TransitionCancel"),transitionend:ia("Transition","TransitionEnd")},ds={},or={};sn&&(or=document.createElement("div").style,"AnimationEvent"in window||(delete Va.animationend.animation,delete Va.animationiteration.animation,delete Va.animationstart.animation),"TransitionEvent"in window||delete Va.transitionend.transition);function ua(e){if(ds[e])return ds[e];if(!Va[e])return e;var t=Va[e],n;for(n in t)if(t.hasOwnProperty(n)&&n in or)return ds[e]=t[n];return e}var rr=ua("animationend"),fr=ua("animationiteration"),dr=ua("animationstart"),Jh=ua("transitionrun"),Kh=ua("transitionstart"),$h=ua("transitioncancel"),mr=ua("transitionend"),hr=new Map,ms="abort auxClick beforeToggle cancel canPlay canPlayThrough click close contextMenu copy cut drag dragEnd dragEnter dragExit dragLeave dragOver dragStart drop durationChange emptied encrypted ended error gotPointerCapture input invalid keyDown keyPress keyUp load loadedData loadedMetadata loadStart lostPointerCapture mouseDown mouseMove mouseOut mouseOver mouseUp paste pause play playing pointerCancel pointerDown pointerMove pointerOut pointerOver pointerUp progress rateChange reset resize seeked seeking stalled submit suspend timeUpdate touchCancel touchEnd touchStart volumeChange scroll toggle touchMove waiting wheel".split(" ");ms.push("scrollEnd");function $t(e,t){hr.set(e,t),aa(t,[e])}var Ci=typeof reportError=="function"?reportError:function(e){if(typeof window=="object"&&typeof window.ErrorEvent=="function"){var t=new window.ErrorEvent("error",{bubbles:!0,cancelable:!0,message:typeof e=="object"&&e!==null&&typeof e.message=="string"?String(e.message):String(e),error:e});if(!window.dispatchEvent(t))return}else if(typeof process=="object"&&typeof process.emit=="function"){process.emit("uncaughtException",e);return}console.error(e)},Vt=[],Ba=0,hs=0;function Oi(){for(var e=Ba,t=hs=Ba=0;t<e;){var n=Vt[t];Vt[t++]=null;var a=Vt[t];Vt[t++]=null;var l=Vt[t];Vt[t++]=null;var i=Vt[t];if(Vt[t++]=null,a!==null&&l!==null){var u=a.pending;u===null?l.next=l:(l.next=u.next,u.next=l),a.pending=l}i!==0&&gr(n,l,i)}}function Ni(e,t,n,a){Vt[Ba++]=e,Vt[Ba++]=t,Vt[Ba++]=n,Vt[Ba++]=a,hs|=a,e.lanes|=a,e=e.alternate,e!==null&&(e.lanes|=a)}function gs(e,t,n,a){return Ni(e,t,n,a),zi(e)}function sa(e,t){return Ni(e,null,null,t),zi(e)}function gr(e,t,n){e.lanes|=n;var a=e.alternate;a!==null&&(a.lanes|=n);for(var l=!1,i=e.return;i!==null;)i.childLanes|=n,a=i.alternate,a!==null&&(a.childLanes|=n),i.tag===22&&(e=i.stateNode,e===null||e._visibility&1||(l=!0)),e=i,i=i.return;return e.tag===3?(i=e.stateNode,l&&t!==null&&(l=31-qe(n),e=i.hiddenUpdates,a=e[l],a===null?e[l]=[t]:a.push(t),t.lane=n|536870912),i):null}function zi(e){if(50<ti)throw ti=0,xc=null,Error(o(185));for(var t=e.return;t!==null;)e=t,t=e.return;return e.tag===3?e.stateNode:null}var Ya={};function Fh(e,t,n,a){this.tag=e,this.key=n,this.sibling=this.child=this.return=this.stateNode=this.type=this.elementType=null,this.index=0,this.refCleanup=this.ref=null,this.pendingProps=t,this.dependencies=this.memoizedState=this.updateQueue=this.memoizedProps=null,this.mode=a,this.subtreeFlags=this.flags=0,this.deletions=null,this.childLanes=this.lanes=0,this.alternate=null}function Rt(e,t,n,a){return new Fh(e,t,n,a)}function ys(e){return e=e.prototype,!(!e||!e.isReactComponent)}function cn(e,t){var n=e.alternate;return n===null?(n=Rt(e.tag,t,e.key,e.mode),n.elementType=e.elementType,n.type=e.type,n.stateNode=e.stateNode,n.alternate=e,e.alternate=n):(n.pendingProps=t,n.type=e.type,n.flags=0,n.subtreeFlags=0,n.deletions=null),n.flags=e.flags&65011712,n.childLanes=e.childLanes,n.lanes=e.lanes,n.child=e.child,n.memoizedProps=e.memoizedProps,n.memoizedState=e.memoizedState,n.updateQueue=e.updateQueue,t=e.dependencies,n.dependencies=t===null?null:{lanes:t.lanes,firstContext:t.firstContext},n.sibling=e.sibling,n.index=e.index,n.ref=e.ref,n.refCleanup=e.refCleanup,n}function yr(e,t){e.flags&=65011714;var n=e.alternate;return n===null?(e.childLanes=0,e.lanes=t,e.child=null,e.subtreeFlags=0,e.memoizedProps=null,e.memoizedState=null,e.updateQueue=null,e.dependencies=null,e.stateNode=null):(e.childLanes=n.childLanes,e.lanes=n.lanes,e.child=n.child,e.subtreeFlags=0,e.deletions=null,e.memoizedProps=n.memoizedProps,e.memoizedState=n.memoizedState,e.updateQueue=n.updateQueue,e.type=n.type,t=n.dependencies,e.dependencies=t===null?null:{lanes:t.lanes,firstContext:t.firstContext}),e}function Di(e,t,n,a,l,i){var u=0;if(a=e,typeof e=="function")ys(e)&&(u=1);else if(typeof e=="string")u=ty(e,n,G.current)?26:e==="html"||e==="head"||e==="body"?27:5;else e:switch(e){case mt:return e=Rt(31,n,t,l),e.elementType=mt,e.lanes=i,e;case T:return ca(n.children,l,i,t);case q:u=8,l|=24;break;case Oe:return e=Rt(12,n,t,l|2),e.elementType=Oe,e.lanes=i,e;case Ne:return e=Rt(13,n,t,l),e.elementType=Ne,e.lanes=i,e;case Te:return e=Rt(19,n,t,l),e.elementType=Te,e.lanes=i,e;default:if(typeof e=="object"&&e!==null)switch(e.$$typeof){case Q:u=10;break e;case gt:u=9;break e;case Z:u=11;break e;case ne:u=14;break e;case Pe:u=16,a=null;break e}u=29,n=Error(o(130,e===null?"null":typeof e,"")),a=null}return t=Rt(u,n,t,l),t.elementType=e,t.type=a,t.lanes=i,t}function ca(e,t,n,a){return e=Rt(7,e,a,t),e.lanes=n,e}function ps(e,t,n){return e=Rt(6,e,null,t),e.lanes=n,e}function pr(e){var t=Rt(18,null,null,0);return t.stateNode=e,t}function vs(e,t,n){return t=Rt(4,e.children!==null?e.children:[],e.key,t),t.lanes=n,t.stateNode={containerInfo:e.containerInfo,pendingChildren:null,implementation:e.implementation},t}var vr=new WeakMap;function Bt(e,t){if(typeof e=="object"&&e!==null){var n=vr.get(e);return n!==void 0?n:(t={value:e,source:t,stack:In(t)},vr.set(e,t),t)}return{value:e,source:t,stack:In(t)}}var Ga=[],Xa=0,Mi=null,Dl=0,Yt=[],Gt=0,Rn=null,Pt=1,en="";function on(e,t){Ga[Xa++]=Dl,Ga[Xa++]=Mi,Mi=e,Dl=t}function br(e,t,n){Yt[Gt++]=Pt,Yt[Gt++]=en,Yt[Gt++]=Rn,Rn=e;var a=Pt;e=en;var l=32-qe(a)-1;a&=~(1<<l),n+=1;var i=32-qe(t)+l;if(30<i){var u=l-l%5;i=(a&(1<<u)-1).toString(32),a>>=u,l-=u,Pt=1<<32-qe(t)+l|n<<l|a,en=i+e}else Pt=1<<i|n<<l|a,en=e}function bs(e){e.return!==null&&(on(e,1),br(e,1,0))}function Ss(e){for(;e===Mi;)Mi=Ga[--Xa],Ga[Xa]=null,Dl=Ga[--Xa],Ga[Xa]=null;for(;e===Rn;)Rn=Yt[--Gt],Yt[Gt]=null,en=Yt[--Gt],Yt[Gt]=null,Pt=Yt[--Gt],Yt[Gt]=null}function Sr(e,t){Yt[Gt++]=Pt,Yt[Gt++]=en,Yt[Gt++]=Rn,Pt=t.id,en=t.overflow,Rn=e}var it=null,ze=null,de=!1,Un=null,Xt=!1,ws=Error(o(519));function Cn(e){var t=Error(o(418,1<arguments.length&&arguments[1]!==void 0&&arguments[1]?"text":"HTML",""));throw Ml(Bt(t,e)),ws}function wr(e){var t=e.stateNode,n=e.type,a=e.memoizedProps;switch(t[lt]=e,t[pt]=a,n){case"dialog":ce("cancel",t),ce("close",t);break;case"iframe":case"object":case"embed":ce("load",t);break;case"video":case"audio":for(n=0;n<ai.length;n++)ce(ai[n],t);break;case"source":ce("error",t);break;case"img":case"image":case"link":ce("error",t),ce("load",t);break;case"details":ce("toggle",t);break;case"input":ce("invalid",t),Do(t,a.value,a.defaultValue,a.checked,a.defaultChecked,a.type,a.name,!0);break;case"select":ce("invalid",t);break;case"textarea":ce("invalid",t),qo(t,a.value,a.defaultValue,a.children)}n=a.children,typeof n!="string"&&typeof n!="number"&&typeof n!="bigint"||t.textContent===""+n||a.suppressHydrationWarning===!0||Vd(t.textContent,n)?(a.popover!=null&&(ce("beforetoggle",t),ce("toggle",t)),a.onScroll!=null&&ce("scroll",t),a.onScrollEnd!=null&&ce("scrollend",t),a.onClick!=null&&(t.onclick=un),t=!0):t=!1,t||Cn(e,!0)}function Er(e){for(it=e.return;it;)switch(it.tag){case 5:case 31:case 13:Xt=!1;return;case 27:case 3:Xt=!0;return;default:it=it.return}}function ka(e){if(e!==it)return!1;if(!de)return Er(e),de=!0,!1;var t=e.tag,n;if((n=t!==3&&t!==27)&&((n=t===5)&&(n=e.type,n=!(n!=="form"&&n!=="button")||Vc(e.type,e.memoizedProps)),n=!n),n&&ze&&Cn(e),Er(e),t===13){if(e=e.memoizedState,e=e!==null?e.dehydrated:null,!e)throw Error(o(317));ze=Kd(e)}else if(t===31){if(e=e.memoizedState,e=e!==null?e.dehydrated:null,!e)throw Error(o(317));ze=Kd(e)}else t===27?(t=ze,kn(e.type)?(e=kc,kc=null,ze=e):ze=t):ze=it?Qt(e.stateNode.nextSibling):null;return!0}function oa(){ze=it=null,de=!1}function Es(){var e=Un;return e!==null&&(Et===null?Et=e:Et.push.apply(Et,e),Un=null),e}function Ml(e){Un===null?Un=[e]:Un.push(e)}var As=g(null),ra=null,rn=null;function On(e,t,n){B(As,t._currentValue),t._currentValue=n}function fn(e){e._currentValue=As.current,z(As)}function xs(e,t,n){for(;e!==null;){var a=e.alternate;if((e.childLanes&t)!==t?(e.childLanes|=t,a!==null&&(a.childLanes|=t)):a!==null&&(a.childLanes&t)!==t&&(a.childLanes|=t),e===n)break;e=e.return}}function Ts(e,t,n,a){var l=e.child;for(l!==null&&(l.return=e);l!==null;){var i=l.dependencies;if(i!==null){var u=l.child;i=i.firstContext;e:for(;i!==null;){var r=i;i=l;for(var m=0;m<t.length;m++)if(r.context===t[m]){i.lanes|=n,r=i.alternate,r!==null&&(r.lanes|=n),xs(i.return,n,e),a||(u=null);break e}i=r.next}}else if(l.tag===18){if(u=l.return,u===null)throw Error(o(341));u.lanes|=n,i=u.alternate,i!==null&&(i.lanes|=n),xs(u,n,e),u=null}else u=l.child;if(u!==null)u.return=l;else for(u=l;u!==null;){if(u===e){u=null;break}if(l=u.sibling,l!==null){l.return=u.return,u=l;break}u=u.return}l=u}}function Qa(e,t,n,a){e=null;for(var l=t,i=!1;l!==null;){if(!i){if((l.flags&524288)!==0)i=!0;else if((l.flags&262144)!==0)break}if(l.tag===10){var u=l.alternate;if(u===null)throw Error(o(387));if(u=u.memoizedProps,u!==null){var r=l.type;jt(l.pendingProps.value,u.value)||(e!==null?e.push(r):e=[r])}}else if(l===ge.current){if(u=l.alternate,u===null)throw Error(o(387));u.memoizedState.memoizedState!==l.memoizedState.memoizedState&&(e!==null?e.push(ci):e=[ci])}l=l.return}e!==null&&Ts(t,e,n,a),t.flags|=262144}function qi(e){for(e=e.firstContext;e!==null;){if(!jt(e.context._currentValue,e.memoizedValue))return!0;e=e.next}return!1}function fa(e){ra=e,rn=null,e=e.dependencies,e!==null&&(e.firstContext=null)}function ut(e){return Ar(ra,e)}function Li(e,t){return ra===null&&fa(e),Ar(e,t)}function Ar(e,t){var n=t._currentValue;if(t={context:t,memoizedValue:n,next:null},rn===null){if(e===null)throw Error(o(308));rn=t,e.dependencies={lanes:0,firstContext:t},e.flags|=524288}else rn=rn.next=t;return n}var Wh=typeof AbortController<"u"?AbortController:function(){var e=[],t=this.signal={aborted:!1,addEventListener:function(n,a){e.push(a)}};this.abort=function(){t.aborted=!0,e.forEach(function(n){return n()})}},Ih=c.unstable_scheduleCallback,Ph=c.unstable_NormalPriority,Ze={$$typeof:Q,Consumer:null,Provider:null,_currentValue:null,_currentValue2:null,_threadCount:0};function _s(){return{controller:new Wh,data:new Map,refCount:0}}function ql(e){e.refCount--,e.refCount===0&&Ih(Ph,function(){e.controller.abort()})}var Ll=null,js=0,Za=0,Ja=null;function eg(e,t){if(Ll===null){var n=Ll=[];js=0,Za=Cc(),Ja={status:"pending",value:void 0,then:function(a){n.push(a)}}}return js++,t.then(xr,xr),t}function xr(){if(--js===0&&Ll!==null){Ja!==null&&(Ja.status="fulfilled");var e=Ll;Ll=null,Za=0,Ja=null;for(var t=0;t<e.length;t++)(0,e[t])()}}function tg(e,t){var n=[],a={status:"pending",value:null,reason:null,then:function(l){n.push(l)}};return e.then(function(){a.status="fulfilled",a.value=t;for(var l=0;l<n.length;l++)(0,n[l])(t)},function(l){for(a.status="rejected",a.reason=l,l=0;l<n.length;l++)(0,n[l])(void 0)}),a}var Tr=R.S;R.S=function(e,t){od=Fe(),typeof t=="object"&&t!==null&&typeof t.then=="function"&&eg(e,t),Tr!==null&&Tr(e,t)};var da=g(null);function Rs(){var e=da.current;return e!==null?e:Ue.pooledCache}function Hi(e,t){t===null?B(da,da.current):B(da,t.pool)}function _r(){var e=Rs();return e===null?null:{parent:Ze._currentValue,pool:e}}var Ka=Error(o(460)),Us=Error(o(474)),Vi=Error(o(542)),Bi={then:function(){}};function jr(e){return e=e.status,e==="fulfilled"||e==="rejected"}function Rr(e,t,n){switch(n=e[n],n===void 0?e.push(t):n!==t&&(t.then(un,un),t=n),t.status){case"fulfilled":return t.value;case"rejected":throw e=t.reason,Cr(e),e;default:if(typeof t.status=="string")t.then(un,un);else{if(e=Ue,e!==null&&100<e.shellSuspendCounter)throw Error(o(482));e=t,e.status="pending",e.then(function(a){if(t.status==="pending"){var l=t;l.status="fulfilled",l.value=a}},function(a){if(t.status==="pending"){var l=t;l.status="rejected",l.reason=a}})}switch(t.status){case"fulfilled":return t.value;case"rejected":throw e=t.reason,Cr(e),e}throw ha=t,Ka}}function ma(e){try{var t=e._init;return t(e._payload)}catch(n){throw n!==null&&typeof n=="object"&&typeof n.then=="function"?(ha=n,Ka):n}}var ha=null;function Ur(){if(ha===null)throw Error(o(459));var e=ha;return ha=null,e}function Cr(e){if(e===Ka||e===Vi)throw Error(o(483))}var $a=null,Hl=0;function Yi(e){var t=Hl;return Hl+=1,$a===null&&($a=[]),Rr($a,e,t)}function Vl(e,t){t=t.props.ref,e.ref=t!==void 0?t:null}function Gi(e,t){throw t.$$typeof===p?Error(o(525)):(e=Object.prototype.toString.call(t),Error(o(31,e==="[object Object]"?"object with keys {"+Object.keys(t).join(", ")+"}":e)))}function Or(e){function t(b,h){if(e){var w=b.deletions;w===null?(b.deletions=[h],b.flags|=16):w.push(h)}}function n(b,h){if(!e)return null;for(;h!==null;)t(b,h),h=h.sibling;return null}function a(b){for(var h=new Map;b!==null;)b.key!==null?h.set(b.key,b):h.set(b.index,b),b=b.sibling;return h}function l(b,h){return b=cn(b,h),b.index=0,b.sibling=null,b}function i(b,h,w){return b.index=w,e?(w=b.alternate,w!==null?(w=w.index,w<h?(b.flags|=67108866,h):w):(b.flags|=67108866,h)):(b.flags|=1048576,h)}function u(b){return e&&b.alternate===null&&(b.flags|=67108866),b}function r(b,h,w,N){return h===null||h.tag!==6?(h=ps(w,b.mode,N),h.return=b,h):(h=l(h,w),h.return=b,h)}function m(b,h,w,N){var J=w.type;return J===T?U(b,h,w.props.children,N,w.key):h!==null&&(h.elementType===J||typeof J=="object"&&J!==null&&J.$$typeof===Pe&&ma(J)===h.type)?(h=l(h,w.props),Vl(h,w),h.return=b,h):(h=Di(w.type,w.key,w.props,null,b.mode,N),Vl(h,w),h.return=b,h)}function E(b,h,w,N){return h===null||h.tag!==4||h.stateNode.containerInfo!==w.containerInfo||h.stateNode.implementation!==w.implementation?(h=vs(w,b.mode,N),h.return=b,h):(h=l(h,w.children||[]),h.return=b,h)}function U(b,h,w,N,J){return h===null||h.tag!==7?(h=ca(w,b.mode,N,J),h.return=b,h):(h=l(h,w),h.return=b,h)}function D(b,h,w){if(typeof h=="string"&&h!==""||typeof h=="number"||typeof h=="bigint")return h=ps(""+h,b.mode,w),h.return=b,h;if(typeof h=="object"&&h!==null){switch(h.$$typeof){case j:return w=Di(h.type,h.key,h.props,null,b.mode,w),Vl(w,h),w.return=b,w;case S:return h=vs(h,b.mode,w),h.return=b,h;case Pe:return h=ma(h),D(b,h,w)}if(_t(h)||at(h))return h=ca(h,b.mode,w,null),h.return=b,h;if(typeof h.then=="function")return D(b,Yi(h),w);if(h.$$typeof===Q)return D(b,Li(b,h),w);Gi(b,h)}return null}function A(b,h,w,N){var J=h!==null?h.key:null;if(typeof w=="string"&&w!==""||typeof w=="number"||typeof w=="bigint")return J!==null?null:r(b,h,""+w,N);if(typeof w=="object"&&w!==null){switch(w.$$typeof){case j:return w.key===J?m(b,h,w,N):null;case S:return w.key===J?E(b,h,w,N):null;case Pe:return w=ma(w),A(b,h,w,N)}if(_t(w)||at(w))return J!==null?null:U(b,h,w,N,null);if(typeof w.then=="function")return A(b,h,Yi(w),N);if(w.$$typeof===Q)return A(b,h,Li(b,w),N);Gi(b,w)}return null}function _(b,h,w,N,J){if(typeof N=="string"&&N!==""||typeof N=="number"||typeof N=="bigint")return b=b.get(w)||null,r(h,b,""+N,J);if(typeof N=="object"&&N!==null){switch(N.$$typeof){case j:return b=b.get(N.key===null?w:N.key)||null,m(h,b,N,J);case S:return b=b.get(N.key===null?w:N.key)||null,E(h,b,N,J);case Pe:return N=ma(N),_(b,h,w,N,J)}if(_t(N)||at(N))return b=b.get(w)||null,U(h,b,N,J,null);if(typeof N.then=="function")return _(b,h,w,Yi(N),J);if(N.$$typeof===Q)return _(b,h,w,Li(h,N),J);Gi(h,N)}return null}function X(b,h,w,N){for(var J=null,ve=null,k=h,ae=h=0,re=null;k!==null&&ae<w.length;ae++){k.index>ae?(re=k,k=null):re=k.sibling;var be=A(b,k,w[ae],N);if(be===null){k===null&&(k=re);break}e&&k&&be.alternate===null&&t(b,k),h=i(be,h,ae),ve===null?J=be:ve.sibling=be,ve=be,k=re}if(ae===w.length)return n(b,k),de&&on(b,ae),J;if(k===null){for(;ae<w.length;ae++)k=D(b,w[ae],N),k!==null&&(h=i(k,h,ae),ve===null?J=k:ve.sibling=k,ve=k);return de&&on(b,ae),J}for(k=a(k);ae<w.length;ae++)re=_(k,b,ae,w[ae],N),re!==null&&(e&&re.alternate!==null&&k.delete(re.key===null?ae:re.key),h=i(re,h,ae),ve===null?J=re:ve.sibling=re,ve=re);return e&&k.forEach(function($n){return t(b,$n)}),de&&on(b,ae),J}function $(b,h,w,N){if(w==null)throw Error(o(151));for(var J=null,ve=null,k=h,ae=h=0,re=null,be=w.next();k!==null&&!be.done;ae++,be=w.next()){k.index>ae?(re=k,k=null):re=k.sibling;var $n=A(b,k,be.value,N);if($n===null){k===null&&(k=re);break}e&&k&&$n.alternate===null&&t(b,k),h=i($n,h,ae),ve===null?J=$n:ve.sibling=$n,ve=$n,k=re}if(be.done)return n(b,k),de&&on(b,ae),J;if(k===null){for(;!be.done;ae++,be=w.next())be=D(b,be.value,N),be!==null&&(h=i(be,h,ae),ve===null?J=be:ve.sibling=be,ve=be);return de&&on(b,ae),J}for(k=a(k);!be.done;ae++,be=w.next())be=_(k,b,ae,be.value,N),be!==null&&(e&&be.alternate!==null&&k.delete(be.key===null?ae:be.key),h=i(be,h,ae),ve===null?J=be:ve.sibling=be,ve=be);return e&&k.forEach(function(dy){return t(b,dy)}),de&&on(b,ae),J}function Re(b,h,w,N){if(typeof w=="object"&&w!==null&&w.type===T&&w.key===null&&(w=w.props.children),typeof w=="object"&&w!==null){switch(w.$$typeof){case j:e:{for(var J=w.key;h!==null;){if(h.key===J){if(J=w.type,J===T){if(h.tag===7){n(b,h.sibling),N=l(h,w.props.children),N.return=b,b=N;break e}}else if(h.elementType===J||typeof J=="object"&&J!==null&&J.$$typeof===Pe&&ma(J)===h.type){n(b,h.sibling),N=l(h,w.props),Vl(N,w),N.return=b,b=N;break e}n(b,h);break}else t(b,h);h=h.sibling}w.type===T?(N=ca(w.props.children,b.mode,N,w.key),N.return=b,b=N):(N=Di(w.type,w.key,w.props,null,b.mode,N),Vl(N,w),N.return=b,b=N)}return u(b);case S:e:{for(J=w.key;h!==null;){if(h.key===J)if(h.tag===4&&h.stateNode.containerInfo===w.containerInfo&&h.stateNode.implementation===w.implementation){n(b,h.sibling),N=l(h,w.children||[]),N.return=b,b=N;break e}else{n(b,h);break}else t(b,h);h=h.sibling}N=vs(w,b.mode,N),N.return=b,b=N}return u(b);case Pe:return w=ma(w),Re(b,h,w,N)}if(_t(w))return X(b,h,w,N);if(at(w)){if(J=at(w),typeof J!="function")throw Error(o(150));return w=J.call(w),$(b,h,w,N)}if(typeof w.then=="function")return Re(b,h,Yi(w),N);if(w.$$typeof===Q)return Re(b,h,Li(b,w),N);Gi(b,w)}return typeof w=="string"&&w!==""||typeof w=="number"||typeof w=="bigint"?(w=""+w,h!==null&&h.tag===6?(n(b,h.sibling),N=l(h,w),N.return=b,b=N):(n(b,h),N=ps(w,b.mode,N),N.return=b,b=N),u(b)):n(b,h)}return function(b,h,w,N){try{Hl=0;var J=Re(b,h,w,N);return $a=null,J}catch(k){if(k===Ka||k===Vi)throw k;var ve=Rt(29,k,null,b.mode);return ve.lanes=N,ve.return=b,ve}}}var ga=Or(!0),Nr=Or(!1),Nn=!1;function Cs(e){e.updateQueue={baseState:e.memoizedState,firstBaseUpdate:null,lastBaseUpdate:null,shared:{pending:null,lanes:0,hiddenCallbacks:null},callbacks:null}}function Os(e,t){e=e.updateQueue,t.updateQueue===e&&(t.updateQueue={baseState:e.baseState,firstBaseUpdate:e.firstBaseUpdate,lastBaseUpdate:e.lastBaseUpdate,shared:e.shared,callbacks:null})}function zn(e){return{lane:e,tag:0,payload:null,callback:null,next:null}}function Dn(e,t,n){var a=e.updateQueue;if(a===null)return null;if(a=a.shared,(we&2)!==0){var l=a.pending;return l===null?t.next=t:(t.next=l.next,l.next=t),a.pending=t,t=zi(e),gr(e,null,n),t}return Ni(e,a,t,n),zi(e)}function Bl(e,t,n){if(t=t.updateQueue,t!==null&&(t=t.shared,(n&4194048)!==0)){var a=t.lanes;a&=e.pendingLanes,n|=a,t.lanes=n,Ao(e,n)}}function Ns(e,t){var n=e.updateQueue,a=e.alternate;if(a!==null&&(a=a.updateQueue,n===a)){var l=null,i=null;if(n=n.firstBaseUpdate,n!==null){do{var u={lane:n.lane,tag:n.tag,payload:n.payload,callback:null,next:null};i===null?l=i=u:i=i.next=u,n=n.next}while(n!==null);i===null?l=i=t:i=i.next=t}else l=i=t;n={baseState:a.baseState,firstBaseUpdate:l,lastBaseUpdate:i,shared:a.shared,callbacks:a.callbacks},e.updateQueue=n;return}e=n.lastBaseUpdate,e===null?n.firstBaseUpdate=t:e.next=t,n.lastBaseUpdate=t}var zs=!1;function Yl(){if(zs){var e=Ja;if(e!==null)throw e}}function Gl(e,t,n,a){zs=!1;var l=e.updateQueue;Nn=!1;var i=l.firstBaseUpdate,u=l.lastBaseUpdate,r=l.shared.pending;if(r!==null){l.shared.pending=null;var m=r,E=m.next;m.next=null,u===null?i=E:u.next=E,u=m;var U=e.alternate;U!==null&&(U=U.updateQueue,r=U.lastBaseUpdate,r!==u&&(r===null?U.firstBaseUpdate=E:r.next=E,U.lastBaseUpdate=m))}if(i!==null){var D=l.baseState;u=0,U=E=m=null,r=i;do{var A=r.lane&-536870913,_=A!==r.lane;if(_?(oe&A)===A:(a&A)===A){A!==0&&A===Za&&(zs=!0),U!==null&&(U=U.next={lane:0,tag:r.tag,payload:r.payload,callback:null,next:null});e:{var X=e,$=r;A=t;var Re=n;switch($.tag){case 1:if(X=$.payload,typeof X=="function"){D=X.call(Re,D,A);break e}D=X;break e;case 3:X.flags=X.flags&-65537|128;case 0:if(X=$.payload,A=typeof X=="function"?X.call(Re,D,A):X,A==null)break e;D=H({},D,A);break e;case 2:Nn=!0}}A=r.callback,A!==null&&(e.flags|=64,_&&(e.flags|=8192),_=l.callbacks,_===null?l.callbacks=[A]:_.push(A))}else _={lane:A,tag:r.tag,payload:r.payload,callback:r.callback,next:null},U===null?(E=U=_,m=D):U=U.next=_,u|=A;if(r=r.next,r===null){if(r=l.shared.pending,r===null)break;_=r,r=_.next,_.next=null,l.lastBaseUpdate=_,l.shared.pending=null}}while(!0);U===null&&(m=D),l.baseState=m,l.firstBaseUpdate=E,l.lastBaseUpdate=U,i===null&&(l.shared.lanes=0),Vn|=u,e.lanes=u,e.memoizedState=D}}function zr(e,t){if(typeof e!="function")throw Error(o(191,e));e.call(t)}function Dr(e,t){var n=e.callbacks;if(n!==null)for(e.callbacks=null,e=0;e<n.length;e++)zr(n[e],t)}var Fa=g(null),Xi=g(0);function Mr(e,t){e=Sn,B(Xi,e),B(Fa,t),Sn=e|t.baseLanes}function Ds(){B(Xi,Sn),B(Fa,Fa.current)}function Ms(){Sn=Xi.current,z(Fa),z(Xi)}var Ut=g(null),kt=null;function Mn(e){var t=e.alternate;B(ke,ke.current&1),B(Ut,e),kt===null&&(t===null||Fa.current!==null||t.memoizedState!==null)&&(kt=e)}function qs(e){B(ke,ke.current),B(Ut,e),kt===null&&(kt=e)}function qr(e){e.tag===22?(B(ke,ke.current),B(Ut,e),kt===null&&(kt=e)):qn()}function qn(){B(ke,ke.current),B(Ut,Ut.current)}function Ct(e){z(Ut),kt===e&&(kt=null),z(ke)}var ke=g(0);function ki(e){for(var t=e;t!==null;){if(t.tag===13){var n=t.memoizedState;if(n!==null&&(n=n.dehydrated,n===null||Gc(n)||Xc(n)))return t}else if(t.tag===19&&(t.memoizedProps.revealOrder==="forwards"||t.memoizedProps.revealOrder==="backwards"||t.memoizedProps.revealOrder==="unstable_legacy-backwards"||t.memoizedProps.revealOrder==="together")){if((t.flags&128)!==0)return t}else if(t.child!==null){t.child.return=t,t=t.child;continue}if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return null;t=t.return}t.sibling.return=t.return,t=t.sibling}return null}var dn=0,te=null,_e=null,Je=null,Qi=!1,Wa=!1,ya=!1,Zi=0,Xl=0,Ia=null,ng=0;function Ve(){throw Error(o(321))}function Ls(e,t){if(t===null)return!1;for(var n=0;n<t.length&&n<e.length;n++)if(!jt(e[n],t[n]))return!1;return!0}function Hs(e,t,n,a,l,i){return dn=i,te=t,t.memoizedState=null,t.updateQueue=null,t.lanes=0,R.H=e===null||e.memoizedState===null?Sf:Ps,ya=!1,i=n(a,l),ya=!1,Wa&&(i=Hr(t,n,a,l)),Lr(e),i}function Lr(e){R.H=Zl;var t=_e!==null&&_e.next!==null;if(dn=0,Je=_e=te=null,Qi=!1,Xl=0,Ia=null,t)throw Error(o(300));e===null||Ke||(e=e.dependencies,e!==null&&qi(e)&&(Ke=!0))}function Hr(e,t,n,a){te=e;var l=0;do{if(Wa&&(Ia=null),Xl=0,Wa=!1,25<=l)throw Error(o(301));if(l+=1,Je=_e=null,e.updateQueue!=null){var i=e.updateQueue;i.lastEffect=null,i.events=null,i.stores=null,i.memoCache!=null&&(i.memoCache.index=0)}R.H=wf,i=t(n,a)}while(Wa);return i}function ag(){var e=R.H,t=e.useState()[0];return t=typeof t.then=="function"?kl(t):t,e=e.useState()[0],(_e!==null?_e.memoizedState:null)!==e&&(te.flags|=1024),t}function Vs(){var e=Zi!==0;return Zi=0,e}function Bs(e,t,n){t.updateQueue=e.updateQueue,t.flags&=-2053,e.lanes&=~n}function Ys(e){if(Qi){for(e=e.memoizedState;e!==null;){var t=e.queue;t!==null&&(t.pending=null),e=e.next}Qi=!1}dn=0,Je=_e=te=null,Wa=!1,Xl=Zi=0,Ia=null}function ht(){var e={memoizedState:null,baseState:null,baseQueue:null,queue:null,next:null};return Je===null?te.memoizedState=Je=e:Je=Je.next=e,Je}function Qe(){if(_e===null){var e=te.alternate;e=e!==null?e.memoizedState:null}else e=_e.next;var t=Je===null?te.memoizedState:Je.next;if(t!==null)Je=t,_e=e;else{if(e===null)throw te.alternate===null?Error(o(467)):Error(o(310));_e=e,e={memoizedState:_e.memoizedState,baseState:_e.baseState,baseQueue:_e.baseQueue,queue:_e.queue,next:null},Je===null?te.memoizedState=Je=e:Je=Je.next=e}return Je}function Ji(){return{lastEffect:null,events:null,stores:null,memoCache:null}}function kl(e){var t=Xl;return Xl+=1,Ia===null&&(Ia=[]),e=Rr(Ia,e,t),t=te,(Je===null?t.memoizedState:Je.next)===null&&(t=t.alternate,R.H=t===null||t.memoizedState===null?Sf:Ps),e}function Ki(e){if(e!==null&&typeof e=="object"){if(typeof e.then=="function")return kl(e);if(e.$$typeof===Q)return ut(e)}throw Error(o(438,String(e)))}function Gs(e){var t=null,n=te.updateQueue;if(n!==null&&(t=n.memoCache),t==null){var a=te.alternate;a!==null&&(a=a.updateQueue,a!==null&&(a=a.memoCache,a!=null&&(t={data:a.data.map(function(l){return l.slice()}),index:0})))}if(t==null&&(t={data:[],index:0}),n===null&&(n=Ji(),te.updateQueue=n),n.memoCache=t,n=t.data[t.index],n===void 0)for(n=t.data[t.index]=Array(e),a=0;a<e;a++)n[a]=xt;return t.index++,n}function mn(e,t){return typeof t=="function"?t(e):t}function $i(e){var t=Qe();return Xs(t,_e,e)}function Xs(e,t,n){var a=e.queue;if(a===null)throw Error(o(311));a.lastRenderedReducer=n;var l=e.baseQueue,i=a.pending;if(i!==null){if(l!==null){var u=l.next;l.next=i.next,i.next=u}t.baseQueue=l=i,a.pending=null}if(i=e.baseState,l===null)e.memoizedState=i;else{t=l.next;var r=u=null,m=null,E=t,U=!1;do{var D=E.lane&-536870913;if(D!==E.lane?(oe&D)===D:(dn&D)===D){var A=E.revertLane;if(A===0)m!==null&&(m=m.next={lane:0,revertLane:0,gesture:null,action:E.action,hasEagerState:E.hasEagerState,eagerState:E.eagerState,next:null}),D===Za&&(U=!0);else if((dn&A)===A){E=E.next,A===Za&&(U=!0);continue}else D={lane:0,revertLane:E.revertLane,gesture:null,action:E.action,hasEagerState:E.hasEagerState,eagerState:E.eagerState,next:null},m===null?(r=m=D,u=i):m=m.next=D,te.lanes|=A,Vn|=A;D=E.action,ya&&n(i,D),i=E.hasEagerState?E.eagerState:n(i,D)}else A={lane:D,revertLane:E.revertLane,gesture:E.gesture,action:E.action,hasEagerState:E.hasEagerState,eagerState:E.eagerState,next:null},m===null?(r=m=A,u=i):m=m.next=A,te.lanes|=D,Vn|=D;E=E.next}while(E!==null&&E!==t);if(m===null?u=i:m.next=r,!jt(i,e.memoizedState)&&(Ke=!0,U&&(n=Ja,n!==null)))throw n;e.memoizedState=i,e.baseState=u,e.baseQueue=m,a.lastRenderedState=i}return l===null&&(a.lanes=0),[e.memoizedState,a.dispatch]}function ks(e){var t=Qe(),n=t.queue;if(n===null)throw Error(o(311));n.lastRenderedReducer=e;var a=n.dispatch,l=n.pending,i=t.memoizedState;if(l!==null){n.pending=null;var u=l=l.next;do i=e(i,u.action),u=u.next;while(u!==l);jt(i,t.memoizedState)||(Ke=!0),t.memoizedState=i,t.baseQueue===null&&(t.baseState=i),n.lastRenderedState=i}return[i,a]}function Vr(e,t,n){var a=te,l=Qe(),i=de;if(i){if(n===void 0)throw Error(o(407));n=n()}else n=t();var u=!jt((_e||l).memoizedState,n);if(u&&(l.memoizedState=n,Ke=!0),l=l.queue,Js(Gr.bind(null,a,l,e),[e]),l.getSnapshot!==t||u||Je!==null&&Je.memoizedState.tag&1){if(a.flags|=2048,Pa(9,{destroy:void 0},Yr.bind(null,a,l,n,t),null),Ue===null)throw Error(o(349));i||(dn&127)!==0||Br(a,t,n)}return n}function Br(e,t,n){e.flags|=16384,e={getSnapshot:t,value:n},t=te.updateQueue,t===null?(t=Ji(),te.updateQueue=t,t.stores=[e]):(n=t.stores,n===null?t.stores=[e]:n.push(e))}function Yr(e,t,n,a){t.value=n,t.getSnapshot=a,Xr(t)&&kr(e)}function Gr(e,t,n){return n(function(){Xr(t)&&kr(e)})}function Xr(e){var t=e.getSnapshot;e=e.value;try{var n=t();return!jt(e,n)}catch{return!0}}function kr(e){var t=sa(e,2);t!==null&&At(t,e,2)}function Qs(e){var t=ht();if(typeof e=="function"){var n=e;if(e=n(),ya){et(!0);try{n()}finally{et(!1)}}}return t.memoizedState=t.baseState=e,t.queue={pending:null,lanes:0,dispatch:null,lastRenderedReducer:mn,lastRenderedState:e},t}function Qr(e,t,n,a){return e.baseState=n,Xs(e,_e,typeof a=="function"?a:mn)}function lg(e,t,n,a,l){if(Ii(e))throw Error(o(485));if(e=t.action,e!==null){var i={payload:l,action:e,next:null,isTransition:!0,status:"pending",value:null,reason:null,listeners:[],then:function(u){i.listeners.push(u)}};R.T!==null?n(!0):i.isTransition=!1,a(i),n=t.pending,n===null?(i.next=t.pending=i,Zr(t,i)):(i.next=n.next,t.pending=n.next=i)}}function Zr(e,t){var n=t.action,a=t.payload,l=e.state;if(t.isTransition){var i=R.T,u={};R.T=u;try{var r=n(l,a),m=R.S;m!==null&&m(u,r),Jr(e,t,r)}catch(E){Zs(e,t,E)}finally{i!==null&&u.types!==null&&(i.types=u.types),R.T=i}}else try{i=n(l,a),Jr(e,t,i)}catch(E){Zs(e,t,E)}}function Jr(e,t,n){n!==null&&typeof n=="object"&&typeof n.then=="function"?n.then(function(a){Kr(e,t,a)},function(a){return Zs(e,t,a)}):Kr(e,t,n)}function Kr(e,t,n){t.status="fulfilled",t.value=n,$r(t),e.state=n,t=e.pending,t!==null&&(n=t.next,n===t?e.pending=null:(n=n.next,t.next=n,Zr(e,n)))}function Zs(e,t,n){var a=e.pending;if(e.pending=null,a!==null){a=a.next;do t.status="rejected",t.reason=n,$r(t),t=t.next;while(t!==a)}e.action=null}function $r(e){e=e.listeners;for(var t=0;t<e.length;t++)(0,e[t])()}function Fr(e,t){return t}function Wr(e,t){if(de){var n=Ue.formState;if(n!==null){e:{var a=te;if(de){if(ze){t:{for(var l=ze,i=Xt;l.nodeType!==8;){if(!i){l=null;break t}if(l=Qt(l.nextSibling),l===null){l=null;break t}}i=l.data,l=i==="F!"||i==="F"?l:null}if(l){ze=Qt(l.nextSibling),a=l.data==="F!";break e}}Cn(a)}a=!1}a&&(t=n[0])}}return n=ht(),n.memoizedState=n.baseState=t,a={pending:null,lanes:0,dispatch:null,lastRenderedReducer:Fr,lastRenderedState:t},n.queue=a,n=pf.bind(null,te,a),a.dispatch=n,a=Qs(!1),i=Is.bind(null,te,!1,a.queue),a=ht(),l={state:t,dispatch:null,action:e,pending:null},a.queue=l,n=lg.bind(null,te,l,i,n),l.dispatch=n,a.memoizedState=e,[t,n,!1]}function Ir(e){var t=Qe();return Pr(t,_e,e)}function Pr(e,t,n){if(t=Xs(e,t,Fr)[0],e=$i(mn)[0],typeof t=="object"&&t!==null&&typeof t.then=="function")try{var a=kl(t)}catch(u){throw u===Ka?Vi:u}else a=t;t=Qe();var l=t.queue,i=l.dispatch;return n!==t.memoizedState&&(te.flags|=2048,Pa(9,{destroy:void 0},ig.bind(null,l,n),null)),[a,i,e]}function ig(e,t){e.action=t}function ef(e){var t=Qe(),n=_e;if(n!==null)return Pr(t,n,e);Qe(),t=t.memoizedState,n=Qe();var a=n.queue.dispatch;return n.memoizedState=e,[t,a,!1]}function Pa(e,t,n,a){return e={tag:e,create:n,deps:a,inst:t,next:null},t=te.updateQueue,t===null&&(t=Ji(),te.updateQueue=t),n=t.lastEffect,n===null?t.lastEffect=e.next=e:(a=n.next,n.next=e,e.next=a,t.lastEffect=e),e}function tf(){return Qe().memoizedState}function Fi(e,t,n,a){var l=ht();te.flags|=e,l.memoizedState=Pa(1|t,{destroy:void 0},n,a===void 0?null:a)}function Wi(e,t,n,a){var l=Qe();a=a===void 0?null:a;var i=l.memoizedState.inst;_e!==null&&a!==null&&Ls(a,_e.memoizedState.deps)?l.memoizedState=Pa(t,i,n,a):(te.flags|=e,l.memoizedState=Pa(1|t,i,n,a))}function nf(e,t){Fi(8390656,8,e,t)}function Js(e,t){Wi(2048,8,e,t)}function ug(e){te.flags|=4;var t=te.updateQueue;if(t===null)t=Ji(),te.updateQueue=t,t.events=[e];else{var n=t.events;n===null?t.events=[e]:n.push(e)}}function af(e){var t=Qe().memoizedState;return ug({ref:t,nextImpl:e}),function(){if((we&2)!==0)throw Error(o(440));return t.impl.apply(void 0,arguments)}}function lf(e,t){return Wi(4,2,e,t)}function uf(e,t){return Wi(4,4,e,t)}function sf(e,t){if(typeof t=="function"){e=e();var n=t(e);return function(){typeof n=="function"?n():t(null)}}if(t!=null)return e=e(),t.current=e,function(){t.current=null}}function cf(e,t,n){n=n!=null?n.concat([e]):null,Wi(4,4,sf.bind(null,t,e),n)}function Ks(){}function of(e,t){var n=Qe();t=t===void 0?null:t;var a=n.memoizedState;return t!==null&&Ls(t,a[1])?a[0]:(n.memoizedState=[e,t],e)}function rf(e,t){var n=Qe();t=t===void 0?null:t;var a=n.memoizedState;if(t!==null&&Ls(t,a[1]))return a[0];if(a=e(),ya){et(!0);try{e()}finally{et(!1)}}return n.memoizedState=[a,t],a}function $s(e,t,n){return n===void 0||(dn&1073741824)!==0&&(oe&261930)===0?e.memoizedState=t:(e.memoizedState=n,e=fd(),te.lanes|=e,Vn|=e,n)}function ff(e,t,n,a){return jt(n,t)?n:Fa.current!==null?(e=$s(e,n,a),jt(e,t)||(Ke=!0),e):(dn&42)===0||(dn&1073741824)!==0&&(oe&261930)===0?(Ke=!0,e.memoizedState=n):(e=fd(),te.lanes|=e,Vn|=e,t)}function df(e,t,n,a,l){var i=V.p;V.p=i!==0&&8>i?i:8;var u=R.T,r={};R.T=r,Is(e,!1,t,n);try{var m=l(),E=R.S;if(E!==null&&E(r,m),m!==null&&typeof m=="object"&&typeof m.then=="function"){var U=tg(m,a);Ql(e,t,U,zt(e))}else Ql(e,t,a,zt(e))}catch(D){Ql(e,t,{then:function(){},status:"rejected",reason:D},zt())}finally{V.p=i,u!==null&&r.types!==null&&(u.types=r.types),R.T=u}}function sg(){}function Fs(e,t,n,a){if(e.tag!==5)throw Error(o(476));var l=mf(e).queue;df(e,l,t,K,n===null?sg:function(){return hf(e),n(a)})}function mf(e){var t=e.memoizedState;if(t!==null)return t;t={memoizedState:K,baseState:K,baseQueue:null,queue:{pending:null,lanes:0,dispatch:null,lastRenderedReducer:mn,lastRenderedState:K},next:null};var n={};return t.next={memoizedState:n,baseState:n,baseQueue:null,queue:{pending:null,lanes:0,dispatch:null,lastRenderedReducer:mn,lastRenderedState:n},next:null},e.memoizedState=t,e=e.alternate,e!==null&&(e.memoizedState=t),t}function hf(e){var t=mf(e);t.next===null&&(t=e.alternate.memoizedState),Ql(e,t.next.queue,{},zt())}function Ws(){return ut(ci)}function gf(){return Qe().memoizedState}function yf(){return Qe().memoizedState}function cg(e){for(var t=e.return;t!==null;){switch(t.tag){case 24:case 3:var n=zt();e=zn(n);var a=Dn(t,e,n);a!==null&&(At(a,t,n),Bl(a,t,n)),t={cache:_s()},e.payload=t;return}t=t.return}}function og(e,t,n){var a=zt();n={lane:a,revertLane:0,gesture:null,action:n,hasEagerState:!1,eagerState:null,next:null},Ii(e)?vf(t,n):(n=gs(e,t,n,a),n!==null&&(At(n,e,a),bf(n,t,a)))}function pf(e,t,n){var a=zt();Ql(e,t,n,a)}function Ql(e,t,n,a){var l={lane:a,revertLane:0,gesture:null,action:n,hasEagerState:!1,eagerState:null,next:null};if(Ii(e))vf(t,l);else{var i=e.alternate;if(e.lanes===0&&(i===null||i.lanes===0)&&(i=t.lastRenderedReducer,i!==null))try{var u=t.lastRenderedState,r=i(u,n);if(l.hasEagerState=!0,l.eagerState=r,jt(r,u))return Ni(e,t,l,0),Ue===null&&Oi(),!1}catch{}if(n=gs(e,t,l,a),n!==null)return At(n,e,a),bf(n,t,a),!0}return!1}function Is(e,t,n,a){if(a={lane:2,revertLane:Cc(),gesture:null,action:a,hasEagerState:!1,eagerState:null,next:null},Ii(e)){if(t)throw Error(o(479))}else t=gs(e,n,a,2),t!==null&&At(t,e,2)}function Ii(e){var t=e.alternate;return e===te||t!==null&&t===te}function vf(e,t){Wa=Qi=!0;var n=e.pending;n===null?t.next=t:(t.next=n.next,n.next=t),e.pending=t}function bf(e,t,n){if((n&4194048)!==0){var a=t.lanes;a&=e.pendingLanes,n|=a,t.lanes=n,Ao(e,n)}}var Zl={readContext:ut,use:Ki,useCallback:Ve,useContext:Ve,useEffect:Ve,useImperativeHandle:Ve,useLayoutEffect:Ve,useInsertionEffect:Ve,useMemo:Ve,useReducer:Ve,useRef:Ve,useState:Ve,useDebugValue:Ve,useDeferredValue:Ve,useTransition:Ve,useSyncExternalStore:Ve,useId:Ve,useHostTransitionStatus:Ve,useFormState:Ve,useActionState:Ve,useOptimistic:Ve,useMemoCache:Ve,useCacheRefresh:Ve};Zl.useEffectEvent=Ve;var Sf={readContext:ut,use:Ki,useCallback:function(e,t){return ht().memoizedState=[e,t===void 0?null:t],e},useContext:ut,useEffect:nf,useImperativeHandle:function(e,t,n){n=n!=null?n.concat([e]):null,Fi(4194308,4,sf.bind(null,t,e),n)},useLayoutEffect:function(e,t){return Fi(4194308,4,e,t)},useInsertionEffect:function(e,t){Fi(4,2,e,t)},useMemo:function(e,t){var n=ht();t=t===void 0?null:t;var a=e();if(ya){et(!0);try{e()}finally{et(!1)}}return n.memoizedState=[a,t],a},useReducer:function(e,t,n){var a=ht();if(n!==void 0){var l=n(t);if(ya){et(!0);try{n(t)}finally{et(!1)}}}else l=t;return a.memoizedState=a.baseState=l,e={pending:null,lanes:0,dispatch:null,lastRenderedReducer:e,lastRenderedState:l},a.queue=e,e=e.dispatch=og.bind(null,te,e),[a.memoizedState,e]},useRef:function(e){var t=ht();return e={current:e},t.memoizedState=e},useState:function(e){e=Qs(e);var t=e.queue,n=pf.bind(null,te,t);return t.dispatch=n,[e.memoizedState,n]},useDebugValue:Ks,useDeferredValue:function(e,t){var n=ht();return $s(n,e,t)},useTransition:function(){var e=Qs(!1);return e=df.bind(null,te,e.queue,!0,!1),ht().memoizedState=e,[!1,e]},useSyncExternalStore:function(e,t,n){var a=te,l=ht();if(de){if(n===void 0)throw Error(o(407));n=n()}else{if(n=t(),Ue===null)throw Error(o(349));(oe&127)!==0||Br(a,t,n)}l.memoizedState=n;var i={value:n,getSnapshot:t};return l.queue=i,nf(Gr.bind(null,a,i,e),[e]),a.flags|=2048,Pa(9,{destroy:void 0},Yr.bind(null,a,i,n,t),null),n},useId:function(){var e=ht(),t=Ue.identifierPrefix;if(de){var n=en,a=Pt;n=(a&~(1<<32-qe(a)-1)).toString(32)+n,t="_"+t+"R_"+n,n=Zi++,0<n&&(t+="H"+n.toString(32)),t+="_"}else n=ng++,t="_"+t+"r_"+n.toString(32)+"_";return e.memoizedState=t},useHostTransitionStatus:Ws,useFormState:Wr,useActionState:Wr,useOptimistic:function(e){var t=ht();t.memoizedState=t.baseState=e;var n={pending:null,lanes:0,dispatch:null,lastRenderedReducer:null,lastRenderedState:null};return t.queue=n,t=Is.bind(null,te,!0,n),n.dispatch=t,[e,t]},useMemoCache:Gs,useCacheRefresh:function(){return ht().memoizedState=cg.bind(null,te)},useEffectEvent:function(e){var t=ht(),n={impl:e};return t.memoizedState=n,function(){if((we&2)!==0)throw Error(o(440));return n.impl.apply(void 0,arguments)}}},Ps={readContext:ut,use:Ki,useCallback:of,useContext:ut,useEffect:Js,useImperativeHandle:cf,useInsertionEffect:lf,useLayoutEffect:uf,useMemo:rf,useReducer:$i,useRef:tf,useState:function(){return $i(mn)},useDebugValue:Ks,useDeferredValue:function(e,t){var n=Qe();return ff(n,_e.memoizedState,e,t)},useTransition:function(){var e=$i(mn)[0],t=Qe().memoizedState;return[typeof e=="boolean"?e:kl(e),t]},useSyncExternalStore:Vr,useId:gf,useHostTransitionStatus:Ws,useFormState:Ir,useActionState:Ir,useOptimistic:function(e,t){var n=Qe();return Qr(n,_e,e,t)},useMemoCache:Gs,useCacheRefresh:yf};Ps.useEffectEvent=af;var wf={readContext:ut,use:Ki,useCallback:of,useContext:ut,useEffect:Js,useImperativeHandle:cf,useInsertionEffect:lf,useLayoutEffect:uf,useMemo:rf,useReducer:ks,useRef:tf,useState:function(){return ks(mn)},useDebugValue:Ks,useDeferredValue:function(e,t){var n=Qe();return _e===null?$s(n,e,t):ff(n,_e.memoizedState,e,t)},useTransition:function(){var e=ks(mn)[0],t=Qe().memoizedState;return[typeof e=="boolean"?e:kl(e),t]},useSyncExternalStore:Vr,useId:gf,useHostTransitionStatus:Ws,useFormState:ef,useActionState:ef,useOptimistic:function(e,t){var n=Qe();return _e!==null?Qr(n,_e,e,t):(n.baseState=e,[e,n.queue.dispatch])},useMemoCache:Gs,useCacheRefresh:yf};wf.useEffectEvent=af;function ec(e,t,n,a){t=e.memoizedState,n=n(a,t),n=n==null?t:H({},t,n),e.memoizedState=n,e.lanes===0&&(e.updateQueue.baseState=n)}var tc={enqueueSetState:function(e,t,n){e=e._reactInternals;var a=zt(),l=zn(a);l.payload=t,n!=null&&(l.callback=n),t=Dn(e,l,a),t!==null&&(At(t,e,a),Bl(t,e,a))},enqueueReplaceState:function(e,t,n){e=e._reactInternals;var a=zt(),l=zn(a);l.tag=1,l.payload=t,n!=null&&(l.callback=n),t=Dn(e,l,a),t!==null&&(At(t,e,a),Bl(t,e,a))},enqueueForceUpdate:function(e,t){e=e._reactInternals;var n=zt(),a=zn(n);a.tag=2,t!=null&&(a.callback=t),t=Dn(e,a,n),t!==null&&(At(t,e,n),Bl(t,e,n))}};function Ef(e,t,n,a,l,i,u){return e=e.stateNode,typeof e.shouldComponentUpdate=="function"?e.shouldComponentUpdate(a,i,u):t.prototype&&t.prototype.isPureReactComponent?!Nl(n,a)||!Nl(l,i):!0}function Af(e,t,n,a){e=t.state,typeof t.componentWillReceiveProps=="function"&&t.componentWillReceiveProps(n,a),typeof t.UNSAFE_componentWillReceiveProps=="function"&&t.UNSAFE_componentWillReceiveProps(n,a),t.state!==e&&tc.enqueueReplaceState(t,t.state,null)}function pa(e,t){var n=t;if("ref"in t){n={};for(var a in t)a!=="ref"&&(n[a]=t[a])}if(e=e.defaultProps){n===t&&(n=H({},n));for(var l in e)n[l]===void 0&&(n[l]=e[l])}return n}function xf(e){Ci(e)}function Tf(e){console.error(e)}function _f(e){Ci(e)}function Pi(e,t){try{var n=e.onUncaughtError;n(t.value,{componentStack:t.stack})}catch(a){setTimeout(function(){throw a})}}function jf(e,t,n){try{var a=e.onCaughtError;a(n.value,{componentStack:n.stack,errorBoundary:t.tag===1?t.stateNode:null})}catch(l){setTimeout(function(){throw l})}}function nc(e,t,n){return n=zn(n),n.tag=3,n.payload={element:null},n.callback=function(){Pi(e,t)},n}function Rf(e){return e=zn(e),e.tag=3,e}function Uf(e,t,n,a){var l=n.type.getDerivedStateFromError;if(typeof l=="function"){var i=a.value;e.payload=function(){return l(i)},e.callback=function(){jf(t,n,a)}}var u=n.stateNode;u!==null&&typeof u.componentDidCatch=="function"&&(e.callback=function(){jf(t,n,a),typeof l!="function"&&(Bn===null?Bn=new Set([this]):Bn.add(this));var r=a.stack;this.componentDidCatch(a.value,{componentStack:r!==null?r:""})})}function rg(e,t,n,a,l){if(n.flags|=32768,a!==null&&typeof a=="object"&&typeof a.then=="function"){if(t=n.alternate,t!==null&&Qa(t,n,l,!0),n=Ut.current,n!==null){switch(n.tag){case 31:case 13:return kt===null?fu():n.alternate===null&&Be===0&&(Be=3),n.flags&=-257,n.flags|=65536,n.lanes=l,a===Bi?n.flags|=16384:(t=n.updateQueue,t===null?n.updateQueue=new Set([a]):t.add(a),jc(e,a,l)),!1;case 22:return n.flags|=65536,a===Bi?n.flags|=16384:(t=n.updateQueue,t===null?(t={transitions:null,markerInstances:null,retryQueue:new Set([a])},n.updateQueue=t):(n=t.retryQueue,n===null?t.retryQueue=new Set([a]):n.add(a)),jc(e,a,l)),!1}throw Error(o(435,n.tag))}return jc(e,a,l),fu(),!1}if(de)return t=Ut.current,t!==null?((t.flags&65536)===0&&(t.flags|=256),t.flags|=65536,t.lanes=l,a!==ws&&(e=Error(o(422),{cause:a}),Ml(Bt(e,n)))):(a!==ws&&(t=Error(o(423),{cause:a}),Ml(Bt(t,n))),e=e.current.alternate,e.flags|=65536,l&=-l,e.lanes|=l,a=Bt(a,n),l=nc(e.stateNode,a,l),Ns(e,l),Be!==4&&(Be=2)),!1;var i=Error(o(520),{cause:a});if(i=Bt(i,n),ei===null?ei=[i]:ei.push(i),Be!==4&&(Be=2),t===null)return!0;a=Bt(a,n),n=t;do{switch(n.tag){case 3:return n.flags|=65536,e=l&-l,n.lanes|=e,e=nc(n.stateNode,a,e),Ns(n,e),!1;case 1:if(t=n.type,i=n.stateNode,(n.flags&128)===0&&(typeof t.getDerivedStateFromError=="function"||i!==null&&typeof i.componentDidCatch=="function"&&(Bn===null||!Bn.has(i))))return n.flags|=65536,l&=-l,n.lanes|=l,l=Rf(l),Uf(l,e,n,a),Ns(n,l),!1}n=n.return}while(n!==null);return!1}var ac=Error(o(461)),Ke=!1;function st(e,t,n,a){t.child=e===null?Nr(t,null,n,a):ga(t,e.child,n,a)}function Cf(e,t,n,a,l){n=n.render;var i=t.ref;if("ref"in a){var u={};for(var r in a)r!=="ref"&&(u[r]=a[r])}else u=a;return fa(t),a=Hs(e,t,n,u,i,l),r=Vs(),e!==null&&!Ke?(Bs(e,t,l),hn(e,t,l)):(de&&r&&bs(t),t.flags|=1,st(e,t,a,l),t.child)}function Of(e,t,n,a,l){if(e===null){var i=n.type;return typeof i=="function"&&!ys(i)&&i.defaultProps===void 0&&n.compare===null?(t.tag=15,t.type=i,Nf(e,t,i,a,l)):(e=Di(n.type,null,a,t,t.mode,l),e.ref=t.ref,e.return=t,t.child=e)}if(i=e.child,!fc(e,l)){var u=i.memoizedProps;if(n=n.compare,n=n!==null?n:Nl,n(u,a)&&e.ref===t.ref)return hn(e,t,l)}return t.flags|=1,e=cn(i,a),e.ref=t.ref,e.return=t,t.child=e}function Nf(e,t,n,a,l){if(e!==null){var i=e.memoizedProps;if(Nl(i,a)&&e.ref===t.ref)if(Ke=!1,t.pendingProps=a=i,fc(e,l))(e.flags&131072)!==0&&(Ke=!0);else return t.lanes=e.lanes,hn(e,t,l)}return lc(e,t,n,a,l)}function zf(e,t,n,a){var l=a.children,i=e!==null?e.memoizedState:null;if(e===null&&t.stateNode===null&&(t.stateNode={_visibility:1,_pendingMarkers:null,_retryCache:null,_transitions:null}),a.mode==="hidden"){if((t.flags&128)!==0){if(i=i!==null?i.baseLanes|n:n,e!==null){for(a=t.child=e.child,l=0;a!==null;)l=l|a.lanes|a.childLanes,a=a.sibling;a=l&~i}else a=0,t.child=null;return Df(e,t,i,n,a)}if((n&536870912)!==0)t.memoizedState={baseLanes:0,cachePool:null},e!==null&&Hi(t,i!==null?i.cachePool:null),i!==null?Mr(t,i):Ds(),qr(t);else return a=t.lanes=536870912,Df(e,t,i!==null?i.baseLanes|n:n,n,a)}else i!==null?(Hi(t,i.cachePool),Mr(t,i),qn(),t.memoizedState=null):(e!==null&&Hi(t,null),Ds(),qn());return st(e,t,l,n),t.child}function Jl(e,t){return e!==null&&e.tag===22||t.stateNode!==null||(t.stateNode={_visibility:1,_pendingMarkers:null,_retryCache:null,_transitions:null}),t.sibling}function Df(e,t,n,a,l){var i=Rs();return i=i===null?null:{parent:Ze._currentValue,pool:i},t.memoizedState={baseLanes:n,cachePool:i},e!==null&&Hi(t,null),Ds(),qr(t),e!==null&&Qa(e,t,a,!0),t.childLanes=l,null}function eu(e,t){return t=nu({mode:t.mode,children:t.children},e.mode),t.ref=e.ref,e.child=t,t.return=e,t}function Mf(e,t,n){return ga(t,e.child,null,n),e=eu(t,t.pendingProps),e.flags|=2,Ct(t),t.memoizedState=null,e}function fg(e,t,n){var a=t.pendingProps,l=(t.flags&128)!==0;if(t.flags&=-129,e===null){if(de){if(a.mode==="hidden")return e=eu(t,a),t.lanes=536870912,Jl(null,e);if(qs(t),(e=ze)?(e=Jd(e,Xt),e=e!==null&&e.data==="&"?e:null,e!==null&&(t.memoizedState={dehydrated:e,treeContext:Rn!==null?{id:Pt,overflow:en}:null,retryLane:536870912,hydrationErrors:null},n=pr(e),n.return=t,t.child=n,it=t,ze=null)):e=null,e===null)throw Cn(t);return t.lanes=536870912,null}return eu(t,a)}var i=e.memoizedState;if(i!==null){var u=i.dehydrated;if(qs(t),l)if(t.flags&256)t.flags&=-257,t=Mf(e,t,n);else if(t.memoizedState!==null)t.child=e.child,t.flags|=128,t=null;else throw Error(o(558));else if(Ke||Qa(e,t,n,!1),l=(n&e.childLanes)!==0,Ke||l){if(a=Ue,a!==null&&(u=xo(a,n),u!==0&&u!==i.retryLane))throw i.retryLane=u,sa(e,u),At(a,e,u),ac;fu(),t=Mf(e,t,n)}else e=i.treeContext,ze=Qt(u.nextSibling),it=t,de=!0,Un=null,Xt=!1,e!==null&&Sr(t,e),t=eu(t,a),t.flags|=4096;return t}return e=cn(e.child,{mode:a.mode,children:a.children}),e.ref=t.ref,t.child=e,e.return=t,e}function tu(e,t){var n=t.ref;if(n===null)e!==null&&e.ref!==null&&(t.flags|=4194816);else{if(typeof n!="function"&&typeof n!="object")throw Error(o(284));(e===null||e.ref!==n)&&(t.flags|=4194816)}}function lc(e,t,n,a,l){return fa(t),n=Hs(e,t,n,a,void 0,l),a=Vs(),e!==null&&!Ke?(Bs(e,t,l),hn(e,t,l)):(de&&a&&bs(t),t.flags|=1,st(e,t,n,l),t.child)}function qf(e,t,n,a,l,i){return fa(t),t.updateQueue=null,n=Hr(t,a,n,l),Lr(e),a=Vs(),e!==null&&!Ke?(Bs(e,t,i),hn(e,t,i)):(de&&a&&bs(t),t.flags|=1,st(e,t,n,i),t.child)}function Lf(e,t,n,a,l){if(fa(t),t.stateNode===null){var i=Ya,u=n.contextType;typeof u=="object"&&u!==null&&(i=ut(u)),i=new n(a,i),t.memoizedState=i.state!==null&&i.state!==void 0?i.state:null,i.updater=tc,t.stateNode=i,i._reactInternals=t,i=t.stateNode,i.props=a,i.state=t.memoizedState,i.refs={},Cs(t),u=n.contextType,i.context=typeof u=="object"&&u!==null?ut(u):Ya,i.state=t.memoizedState,u=n.getDerivedStateFromProps,typeof u=="function"&&(ec(t,n,u,a),i.state=t.memoizedState),typeof n.getDerivedStateFromProps=="function"||typeof i.getSnapshotBeforeUpdate=="function"||typeof i.UNSAFE_componentWillMount!="function"&&typeof i.componentWillMount!="function"||(u=i.state,typeof i.componentWillMount=="function"&&i.componentWillMount(),typeof i.UNSAFE_componentWillMount=="function"&&i.UNSAFE_componentWillMount(),u!==i.state&&tc.enqueueReplaceState(i,i.state,null),Gl(t,a,i,l),Yl(),i.state=t.memoizedState),typeof i.componentDidMount=="function"&&(t.flags|=4194308),a=!0}else if(e===null){i=t.stateNode;var r=t.memoizedProps,m=pa(n,r);i.props=m;var E=i.context,U=n.contextType;u=Ya,typeof U=="object"&&U!==null&&(u=ut(U));var D=n.getDerivedStateFromProps;U=typeof D=="function"||typeof i.getSnapshotBeforeUpdate=="function",r=t.pendingProps!==r,U||typeof i.UNSAFE_componentWillReceiveProps!="function"&&typeof i.componentWillReceiveProps!="function"||(r||E!==u)&&Af(t,i,a,u),Nn=!1;var A=t.memoizedState;i.state=A,Gl(t,a,i,l),Yl(),E=t.memoizedState,r||A!==E||Nn?(typeof D=="function"&&(ec(t,n,D,a),E=t.memoizedState),(m=Nn||Ef(t,n,m,a,A,E,u))?(U||typeof i.UNSAFE_componentWillMount!="function"&&typeof i.componentWillMount!="function"||(typeof i.componentWillMount=="function"&&i.componentWillMount(),typeof i.UNSAFE_componentWillMount=="function"&&i.UNSAFE_componentWillMount()),typeof i.componentDidMount=="function"&&(t.flags|=4194308)):(typeof i.componentDidMount=="function"&&(t.flags|=4194308),t.memoizedProps=a,t.memoizedState=E),i.props=a,i.state=E,i.context=u,a=m):(typeof i.componentDidMount=="function"&&(t.flags|=4194308),a=!1)}else{i=t.stateNode,Os(e,t),u=t.memoizedProps,U=pa(n,u),i.props=U,D=t.pendingProps,A=i.context,E=n.contextType,m=Ya,typeof E=="object"&&E!==null&&(m=ut(E)),r=n.getDerivedStateFromProps,(E=typeof r=="function"||typeof i.getSnapshotBeforeUpdate=="function")||typeof i.UNSAFE_componentWillReceiveProps!="function"&&typeof i.componentWillReceiveProps!="function"||(u!==D||A!==m)&&Af(t,i,a,m),Nn=!1,A=t.memoizedState,i.state=A,Gl(t,a,i,l),Yl();var _=t.memoizedState;u!==D||A!==_||Nn||e!==null&&e.dependencies!==null&&qi(e.dependencies)?(typeof r=="function"&&(ec(t,n,r,a),_=t.memoizedState),(U=Nn||Ef(t,n,U,a,A,_,m)||e!==null&&e.dependencies!==null&&qi(e.dependencies))?(E||typeof i.UNSAFE_componentWillUpdate!="function"&&typeof i.componentWillUpdate!="function"||(typeof i.componentWillUpdate=="function"&&i.componentWillUpdate(a,_,m),typeof i.UNSAFE_componentWillUpdate=="function"&&i.UNSAFE_componentWillUpdate(a,_,m)),typeof i.componentDidUpdate=="function"&&(t.flags|=4),typeof i.getSnapshotBeforeUpdate=="function"&&(t.flags|=1024)):(typeof i.componentDidUpdate!="function"||u===e.memoizedProps&&A===e.memoizedState||(t.flags|=4),typeof i.getSnapshotBeforeUpdate!="function"||u===e.memoizedProps&&A===e.memoizedState||(t.flags|=1024),t.memoizedProps=a,t.memoizedState=_),i.props=a,i.state=_,i.context=m,a=U):(typeof i.componentDidUpdate!="function"||u===e.memoizedProps&&A===e.memoizedState||(t.flags|=4),typeof i.getSnapshotBeforeUpdate!="function"||u===e.memoizedProps&&A===e.memoizedState||(t.flags|=1024),a=!1)}return i=a,tu(e,t),a=(t.flags&128)!==0,i||a?(i=t.stateNode,n=a&&typeof n.getDerivedStateFromError!="function"?null:i.render(),t.flags|=1,e!==null&&a?(t.child=ga(t,e.child,null,l),t.child=ga(t,null,n,l)):st(e,t,n,l),t.memoizedState=i.state,e=t.child):e=hn(e,t,l),e}function Hf(e,t,n,a){return oa(),t.flags|=256,st(e,t,n,a),t.child}var ic={dehydrated:null,treeContext:null,retryLane:0,hydrationErrors:null};function uc(e){return{baseLanes:e,cachePool:_r()}}function sc(e,t,n){return e=e!==null?e.childLanes&~n:0,t&&(e|=Nt),e}function Vf(e,t,n){var a=t.pendingProps,l=!1,i=(t.flags&128)!==0,u;if((u=i)||(u=e!==null&&e.memoizedState===null?!1:(ke.current&2)!==0),u&&(l=!0,t.flags&=-129),u=(t.flags&32)!==0,t.flags&=-33,e===null){if(de){if(l?Mn(t):qn(),(e=ze)?(e=Jd(e,Xt),e=e!==null&&e.data!=="&"?e:null,e!==null&&(t.memoizedState={dehydrated:e,treeContext:Rn!==null?{id:Pt,overflow:en}:null,retryLane:536870912,hydrationErrors:null},n=pr(e),n.return=t,t.child=n,it=t,ze=null)):e=null,e===null)throw Cn(t);return Xc(e)?t.lanes=32:t.lanes=536870912,null}var r=a.children;return a=a.fallback,l?(qn(),l=t.mode,r=nu({mode:"hidden",children:r},l),a=ca(a,l,n,null),r.return=t,a.return=t,r.sibling=a,t.child=r,a=t.child,a.memoizedState=uc(n),a.childLanes=sc(e,u,n),t.memoizedState=ic,Jl(null,a)):(Mn(t),cc(t,r))}var m=e.memoizedState;if(m!==null&&(r=m.dehydrated,r!==null)){if(i)t.flags&256?(Mn(t),t.flags&=-257,t=oc(e,t,n)):t.memoizedState!==null?(qn(),t.child=e.child,t.flags|=128,t=null):(qn(),r=a.fallback,l=t.mode,a=nu({mode:"visible",children:a.children},l),r=ca(r,l,n,null),r.flags|=2,a.return=t,r.return=t,a.sibling=r,t.child=a,ga(t,e.child,null,n),a=t.child,a.memoizedState=uc(n),a.childLanes=sc(e,u,n),t.memoizedState=ic,t=Jl(null,a));else if(Mn(t),Xc(r)){if(u=r.nextSibling&&r.nextSibling.dataset,u)var E=u.dgst;u=E,a=Error(o(419)),a.stack="",a.digest=u,Ml({value:a,source:null,stack:null}),t=oc(e,t,n)}else if(Ke||Qa(e,t,n,!1),u=(n&e.childLanes)!==0,Ke||u){if(u=Ue,u!==null&&(a=xo(u,n),a!==0&&a!==m.retryLane))throw m.retryLane=a,sa(e,a),At(u,e,a),ac;Gc(r)||fu(),t=oc(e,t,n)}else Gc(r)?(t.flags|=192,t.child=e.child,t=null):(e=m.treeContext,ze=Qt(r.nextSibling),it=t,de=!0,Un=null,Xt=!1,e!==null&&Sr(t,e),t=cc(t,a.children),t.flags|=4096);return t}return l?(qn(),r=a.fallback,l=t.mode,m=e.child,E=m.sibling,a=cn(m,{mode:"hidden",children:a.children}),a.subtreeFlags=m.subtreeFlags&65011712,E!==null?r=cn(E,r):(r=ca(r,l,n,null),r.flags|=2),r.return=t,a.return=t,a.sibling=r,t.child=a,Jl(null,a),a=t.child,r=e.child.memoizedState,r===null?r=uc(n):(l=r.cachePool,l!==null?(m=Ze._currentValue,l=l.parent!==m?{parent:m,pool:m}:l):l=_r(),r={baseLanes:r.baseLanes|n,cachePool:l}),a.memoizedState=r,a.childLanes=sc(e,u,n),t.memoizedState=ic,Jl(e.child,a)):(Mn(t),n=e.child,e=n.sibling,n=cn(n,{mode:"visible",children:a.children}),n.return=t,n.sibling=null,e!==null&&(u=t.deletions,u===null?(t.deletions=[e],t.flags|=16):u.push(e)),t.child=n,t.memoizedState=null,n)}function cc(e,t){return t=nu({mode:"visible",children:t},e.mode),t.return=e,e.child=t}function nu(e,t){return e=Rt(22,e,null,t),e.lanes=0,e}function oc(e,t,n){return ga(t,e.child,null,n),e=cc(t,t.pendingProps.children),e.flags|=2,t.memoizedState=null,e}function Bf(e,t,n){e.lanes|=t;var a=e.alternate;a!==null&&(a.lanes|=t),xs(e.return,t,n)}function rc(e,t,n,a,l,i){var u=e.memoizedState;u===null?e.memoizedState={isBackwards:t,rendering:null,renderingStartTime:0,last:a,tail:n,tailMode:l,treeForkCount:i}:(u.isBackwards=t,u.rendering=null,u.renderingStartTime=0,u.last=a,u.tail=n,u.tailMode=l,u.treeForkCount=i)}function Yf(e,t,n){var a=t.pendingProps,l=a.revealOrder,i=a.tail;a=a.children;var u=ke.current,r=(u&2)!==0;if(r?(u=u&1|2,t.flags|=128):u&=1,B(ke,u),st(e,t,a,n),a=de?Dl:0,!r&&e!==null&&(e.flags&128)!==0)e:for(e=t.child;e!==null;){if(e.tag===13)e.memoizedState!==null&&Bf(e,n,t);else if(e.tag===19)Bf(e,n,t);else if(e.child!==null){e.child.return=e,e=e.child;continue}if(e===t)break e;for(;e.sibling===null;){if(e.return===null||e.return===t)break e;e=e.return}e.sibling.return=e.return,e=e.sibling}switch(l){case"forwards":for(n=t.child,l=null;n!==null;)e=n.alternate,e!==null&&ki(e)===null&&(l=n),n=n.sibling;n=l,n===null?(l=t.child,t.child=null):(l=n.sibling,n.sibling=null),rc(t,!1,l,n,i,a);break;case"backwards":case"unstable_legacy-backwards":for(n=null,l=t.child,t.child=null;l!==null;){if(e=l.alternate,e!==null&&ki(e)===null){t.child=l;break}e=l.sibling,l.sibling=n,n=l,l=e}rc(t,!0,n,null,i,a);break;case"together":rc(t,!1,null,null,void 0,a);break;default:t.memoizedState=null}return t.child}function hn(e,t,n){if(e!==null&&(t.dependencies=e.dependencies),Vn|=t.lanes,(n&t.childLanes)===0)if(e!==null){if(Qa(e,t,n,!1),(n&t.childLanes)===0)return null}else return null;if(e!==null&&t.child!==e.child)throw Error(o(153));if(t.child!==null){for(e=t.child,n=cn(e,e.pendingProps),t.child=n,n.return=t;e.sibling!==null;)e=e.sibling,n=n.sibling=cn(e,e.pendingProps),n.return=t;n.sibling=null}return t.child}function fc(e,t){return(e.lanes&t)!==0?!0:(e=e.dependencies,!!(e!==null&&qi(e)))}function dg(e,t,n){switch(t.tag){case 3:Xe(t,t.stateNode.containerInfo),On(t,Ze,e.memoizedState.cache),oa();break;case 27:case 5:Kt(t);break;case 4:Xe(t,t.stateNode.containerInfo);break;case 10:On(t,t.type,t.memoizedProps.value);break;case 31:if(t.memoizedState!==null)return t.flags|=128,qs(t),null;break;case 13:var a=t.memoizedState;if(a!==null)return a.dehydrated!==null?(Mn(t),t.flags|=128,null):(n&t.child.childLanes)!==0?Vf(e,t,n):(Mn(t),e=hn(e,t,n),e!==null?e.sibling:null);Mn(t);break;case 19:var l=(e.flags&128)!==0;if(a=(n&t.childLanes)!==0,a||(Qa(e,t,n,!1),a=(n&t.childLanes)!==0),l){if(a)return Yf(e,t,n);t.flags|=128}if(l=t.memoizedState,l!==null&&(l.rendering=null,l.tail=null,l.lastEffect=null),B(ke,ke.current),a)break;return null;case 22:return t.lanes=0,zf(e,t,n,t.pendingProps);case 24:On(t,Ze,e.memoizedState.cache)}return hn(e,t,n)}function Gf(e,t,n){if(e!==null)if(e.memoizedProps!==t.pendingProps)Ke=!0;else{if(!fc(e,n)&&(t.flags&128)===0)return Ke=!1,dg(e,t,n);Ke=(e.flags&131072)!==0}else Ke=!1,de&&(t.flags&1048576)!==0&&br(t,Dl,t.index);switch(t.lanes=0,t.tag){case 16:e:{var a=t.pendingProps;if(e=ma(t.elementType),t.type=e,typeof e=="function")ys(e)?(a=pa(e,a),t.tag=1,t=Lf(null,t,e,a,n)):(t.tag=0,t=lc(null,t,e,a,n));else{if(e!=null){var l=e.$$typeof;if(l===Z){t.tag=11,t=Cf(null,t,e,a,n);break e}else if(l===ne){t.tag=14,t=Of(null,t,e,a,n);break e}}throw t=yt(e)||e,Error(o(306,t,""))}}return t;case 0:return lc(e,t,t.type,t.pendingProps,n);case 1:return a=t.type,l=pa(a,t.pendingProps),Lf(e,t,a,l,n);case 3:e:{if(Xe(t,t.stateNode.containerInfo),e===null)throw Error(o(387));a=t.pendingProps;var i=t.memoizedState;l=i.element,Os(e,t),Gl(t,a,null,n);var u=t.memoizedState;if(a=u.cache,On(t,Ze,a),a!==i.cache&&Ts(t,[Ze],n,!0),Yl(),a=u.element,i.isDehydrated)if(i={element:a,isDehydrated:!1,cache:u.cache},t.updateQueue.baseState=i,t.memoizedState=i,t.flags&256){t=Hf(e,t,a,n);break e}else if(a!==l){l=Bt(Error(o(424)),t),Ml(l),t=Hf(e,t,a,n);break e}else for(e=t.stateNode.containerInfo,e.nodeType===9?e=e.body:e=e.nodeName==="HTML"?e.ownerDocument.body:e,ze=Qt(e.firstChild),it=t,de=!0,Un=null,Xt=!0,n=Nr(t,null,a,n),t.child=n;n;)n.flags=n.flags&-3|4096,n=n.sibling;else{if(oa(),a===l){t=hn(e,t,n);break e}st(e,t,a,n)}t=t.child}return t;case 26:return tu(e,t),e===null?(n=Pd(t.type,null,t.pendingProps,null))?t.memoizedState=n:de||(n=t.type,e=t.pendingProps,a=vu(ee.current).createElement(n),a[lt]=t,a[pt]=e,ct(a,n,e),tt(a),t.stateNode=a):t.memoizedState=Pd(t.type,e.memoizedProps,t.pendingProps,e.memoizedState),null;case 27:return Kt(t),e===null&&de&&(a=t.stateNode=Fd(t.type,t.pendingProps,ee.current),it=t,Xt=!0,l=ze,kn(t.type)?(kc=l,ze=Qt(a.firstChild)):ze=l),st(e,t,t.pendingProps.children,n),tu(e,t),e===null&&(t.flags|=4194304),t.child;case 5:return e===null&&de&&((l=a=ze)&&(a=Gg(a,t.type,t.pendingProps,Xt),a!==null?(t.stateNode=a,it=t,ze=Qt(a.firstChild),Xt=!1,l=!0):l=!1),l||Cn(t)),Kt(t),l=t.type,i=t.pendingProps,u=e!==null?e.memoizedProps:null,a=i.children,Vc(l,i)?a=null:u!==null&&Vc(l,u)&&(t.flags|=32),t.memoizedState!==null&&(l=Hs(e,t,ag,null,null,n),ci._currentValue=l),tu(e,t),st(e,t,a,n),t.child;case 6:return e===null&&de&&((e=n=ze)&&(n=Xg(n,t.pendingProps,Xt),n!==null?(t.stateNode=n,it=t,ze=null,e=!0):e=!1),e||Cn(t)),null;case 13:return Vf(e,t,n);case 4:return Xe(t,t.stateNode.containerInfo),a=t.pendingProps,e===null?t.child=ga(t,null,a,n):st(e,t,a,n),t.child;case 11:return Cf(e,t,t.type,t.pendingProps,n);case 7:return st(e,t,t.pendingProps,n),t.child;case 8:return st(e,t,t.pendingProps.children,n),t.child;case 12:return st(e,t,t.pendingProps.children,n),t.child;case 10:return a=t.pendingProps,On(t,t.type,a.value),st(e,t,a.children,n),t.child;case 9:return l=t.type._context,a=t.pendingProps.children,fa(t),l=ut(l),a=a(l),t.flags|=1,st(e,t,a,n),t.child;case 14:return Of(e,t,t.type,t.pendingProps,n);case 15:return Nf(e,t,t.type,t.pendingProps,n);case 19:return Yf(e,t,n);case 31:return fg(e,t,n);case 22:return zf(e,t,n,t.pendingProps);case 24:return fa(t),a=ut(Ze),e===null?(l=Rs(),l===null&&(l=Ue,i=_s(),l.pooledCache=i,i.refCount++,i!==null&&(l.pooledCacheLanes|=n),l=i),t.memoizedState={parent:a,cache:l},Cs(t),On(t,Ze,l)):((e.lanes&n)!==0&&(Os(e,t),Gl(t,null,null,n),Yl()),l=e.memoizedState,i=t.memoizedState,l.parent!==a?(l={parent:a,cache:a},t.memoizedState=l,t.lanes===0&&(t.memoizedState=t.updateQueue.baseState=l),On(t,Ze,a)):(a=i.cache,On(t,Ze,a),a!==l.cache&&Ts(t,[Ze],n,!0))),st(e,t,t.pendingProps.children,n),t.child;case 29:throw t.pendingProps}throw Error(o(156,t.tag))}function gn(e){e.flags|=4}function dc(e,t,n,a,l){if((t=(e.mode&32)!==0)&&(t=!1),t){if(e.flags|=16777216,(l&335544128)===l)if(e.stateNode.complete)e.flags|=8192;else if(gd())e.flags|=8192;else throw ha=Bi,Us}else e.flags&=-16777217}function Xf(e,t){if(t.type!=="stylesheet"||(t.state.loading&4)!==0)e.flags&=-16777217;else if(e.flags|=16777216,!lm(t))if(gd())e.flags|=8192;else throw ha=Bi,Us}function au(e,t){t!==null&&(e.flags|=4),e.flags&16384&&(t=e.tag!==22?wo():536870912,e.lanes|=t,al|=t)}function Kl(e,t){if(!de)switch(e.tailMode){case"hidden":t=e.tail;for(var n=null;t!==null;)t.alternate!==null&&(n=t),t=t.sibling;n===null?e.tail=null:n.sibling=null;break;case"collapsed":n=e.tail;for(var a=null;n!==null;)n.alternate!==null&&(a=n),n=n.sibling;a===null?t||e.tail===null?e.tail=null:e.tail.sibling=null:a.sibling=null}}function De(e){var t=e.alternate!==null&&e.alternate.child===e.child,n=0,a=0;if(t)for(var l=e.child;l!==null;)n|=l.lanes|l.childLanes,a|=l.subtreeFlags&65011712,a|=l.flags&65011712,l.return=e,l=l.sibling;else for(l=e.child;l!==null;)n|=l.lanes|l.childLanes,a|=l.subtreeFlags,a|=l.flags,l.return=e,l=l.sibling;return e.subtreeFlags|=a,e.childLanes=n,t}function mg(e,t,n){var a=t.pendingProps;switch(Ss(t),t.tag){case 16:case 15:case 0:case 11:case 7:case 8:case 12:case 9:case 14:return De(t),null;case 1:return De(t),null;case 3:return n=t.stateNode,a=null,e!==null&&(a=e.memoizedState.cache),t.memoizedState.cache!==a&&(t.flags|=2048),fn(Ze),Me(),n.pendingContext&&(n.context=n.pendingContext,n.pendingContext=null),(e===null||e.child===null)&&(ka(t)?gn(t):e===null||e.memoizedState.isDehydrated&&(t.flags&256)===0||(t.flags|=1024,Es())),De(t),null;case 26:var l=t.type,i=t.memoizedState;return e===null?(gn(t),i!==null?(De(t),Xf(t,i)):(De(t),dc(t,l,null,a,n))):i?i!==e.memoizedState?(gn(t),De(t),Xf(t,i)):(De(t),t.flags&=-16777217):(e=e.memoizedProps,e!==a&&gn(t),De(t),dc(t,l,e,a,n)),null;case 27:if(An(t),n=ee.current,l=t.type,e!==null&&t.stateNode!=null)e.memoizedProps!==a&&gn(t);else{if(!a){if(t.stateNode===null)throw Error(o(166));return De(t),null}e=G.current,ka(t)?wr(t):(e=Fd(l,a,n),t.stateNode=e,gn(t))}return De(t),null;case 5:if(An(t),l=t.type,e!==null&&t.stateNode!=null)e.memoizedProps!==a&&gn(t);else{if(!a){if(t.stateNode===null)throw Error(o(166));return De(t),null}if(i=G.current,ka(t))wr(t);else{var u=vu(ee.current);switch(i){case 1:i=u.createElementNS("http://www.w3.org/2000/svg",l);break;case 2:i=u.createElementNS("http://www.w3.org/1998/Math/MathML",l);break;default:switch(l){case"svg":i=u.createElementNS("http://www.w3.org/2000/svg",l);break;case"math":i=u.createElementNS("http://www.w3.org/1998/Math/MathML",l);break;case"script":i=u.createElement("div"),i.innerHTML="<script><\/script>",i=i.removeChild(i.firstChild);break;case"select":i=typeof a.is=="string"?u.createElement("select",{is:a.is}):u.createElement("select"),a.multiple?i.multiple=!0:a.size&&(i.size=a.size);break;default:i=typeof a.is=="string"?u.createElement(l,{is:a.is}):u.createElement(l)}}i[lt]=t,i[pt]=a;e:for(u=t.child;u!==null;){if(u.tag===5||u.tag===6)i.appendChild(u.stateNode);else if(u.tag!==4&&u.tag!==27&&u.child!==null){u.child.return=u,u=u.child;continue}if(u===t)break e;for(;u.sibling===null;){if(u.return===null||u.return===t)break e;u=u.return}u.sibling.return=u.return,u=u.sibling}t.stateNode=i;e:switch(ct(i,l,a),l){case"button":case"input":case"select":case"textarea":a=!!a.autoFocus;break e;case"img":a=!0;break e;default:a=!1}a&&gn(t)}}return De(t),dc(t,t.type,e===null?null:e.memoizedProps,t.pendingProps,n),null;case 6:if(e&&t.stateNode!=null)e.memoizedProps!==a&&gn(t);else{if(typeof a!="string"&&t.stateNode===null)throw Error(o(166));if(e=ee.current,ka(t)){if(e=t.stateNode,n=t.memoizedProps,a=null,l=it,l!==null)switch(l.tag){case 27:case 5:a=l.memoizedProps}e[lt]=t,e=!!(e.nodeValue===n||a!==null&&a.suppressHydrationWarning===!0||Vd(e.nodeValue,n)),e||Cn(t,!0)}else e=vu(e).createTextNode(a),e[lt]=t,t.stateNode=e}return De(t),null;case 31:if(n=t.memoizedState,e===null||e.memoizedState!==null){if(a=ka(t),n!==null){if(e===null){if(!a)throw Error(o(318));if(e=t.memoizedState,e=e!==null?e.dehydrated:null,!e)throw Error(o(557));e[lt]=t}else oa(),(t.flags&128)===0&&(t.memoizedState=null),t.flags|=4;De(t),e=!1}else n=Es(),e!==null&&e.memoizedState!==null&&(e.memoizedState.hydrationErrors=n),e=!0;if(!e)return t.flags&256?(Ct(t),t):(Ct(t),null);if((t.flags&128)!==0)throw Error(o(558))}return De(t),null;case 13:if(a=t.memoizedState,e===null||e.memoizedState!==null&&e.memoizedState.dehydrated!==null){if(l=ka(t),a!==null&&a.dehydrated!==null){if(e===null){if(!l)throw Error(o(318));if(l=t.memoizedState,l=l!==null?l.dehydrated:null,!l)throw Error(o(317));l[lt]=t}else oa(),(t.flags&128)===0&&(t.memoizedState=null),t.flags|=4;De(t),l=!1}else l=Es(),e!==null&&e.memoizedState!==null&&(e.memoizedState.hydrationErrors=l),l=!0;if(!l)return t.flags&256?(Ct(t),t):(Ct(t),null)}return Ct(t),(t.flags&128)!==0?(t.lanes=n,t):(n=a!==null,e=e!==null&&e.memoizedState!==null,n&&(a=t.child,l=null,a.alternate!==null&&a.alternate.memoizedState!==null&&a.alternate.memoizedState.cachePool!==null&&(l=a.alternate.memoizedState.cachePool.pool),i=null,a.memoizedState!==null&&a.memoizedState.cachePool!==null&&(i=a.memoizedState.cachePool.pool),i!==l&&(a.flags|=2048)),n!==e&&n&&(t.child.flags|=8192),au(t,t.updateQueue),De(t),null);case 4:return Me(),e===null&&Dc(t.stateNode.containerInfo),De(t),null;case 10:return fn(t.type),De(t),null;case 19:if(z(ke),a=t.memoizedState,a===null)return De(t),null;if(l=(t.flags&128)!==0,i=a.rendering,i===null)if(l)Kl(a,!1);else{if(Be!==0||e!==null&&(e.flags&128)!==0)for(e=t.child;e!==null;){if(i=ki(e),i!==null){for(t.flags|=128,Kl(a,!1),e=i.updateQueue,t.updateQueue=e,au(t,e),t.subtreeFlags=0,e=n,n=t.child;n!==null;)yr(n,e),n=n.sibling;return B(ke,ke.current&1|2),de&&on(t,a.treeForkCount),t.child}e=e.sibling}a.tail!==null&&Fe()>cu&&(t.flags|=128,l=!0,Kl(a,!1),t.lanes=4194304)}else{if(!l)if(e=ki(i),e!==null){if(t.flags|=128,l=!0,e=e.updateQueue,t.updateQueue=e,au(t,e),Kl(a,!0),a.tail===null&&a.tailMode==="hidden"&&!i.alternate&&!de)return De(t),null}else 2*Fe()-a.renderingStartTime>cu&&n!==536870912&&(t.flags|=128,l=!0,Kl(a,!1),t.lanes=4194304);a.isBackwards?(i.sibling=t.child,t.child=i):(e=a.last,e!==null?e.sibling=i:t.child=i,a.last=i)}return a.tail!==null?(e=a.tail,a.rendering=e,a.tail=e.sibling,a.renderingStartTime=Fe(),e.sibling=null,n=ke.current,B(ke,l?n&1|2:n&1),de&&on(t,a.treeForkCount),e):(De(t),null);case 22:case 23:return Ct(t),Ms(),a=t.memoizedState!==null,e!==null?e.memoizedState!==null!==a&&(t.flags|=8192):a&&(t.flags|=8192),a?(n&536870912)!==0&&(t.flags&128)===0&&(De(t),t.subtreeFlags&6&&(t.flags|=8192)):De(t),n=t.updateQueue,n!==null&&au(t,n.retryQueue),n=null,e!==null&&e.memoizedState!==null&&e.memoizedState.cachePool!==null&&(n=e.memoizedState.cachePool.pool),a=null,t.memoizedState!==null&&t.memoizedState.cachePool!==null&&(a=t.memoizedState.cachePool.pool),a!==n&&(t.flags|=2048),e!==null&&z(da),null;case 24:return n=null,e!==null&&(n=e.memoizedState.cache),t.memoizedState.cache!==n&&(t.flags|=2048),fn(Ze),De(t),null;case 25:return null;case 30:return null}throw Error(o(156,t.tag))}function hg(e,t){switch(Ss(t),t.tag){case 1:return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 3:return fn(Ze),Me(),e=t.flags,(e&65536)!==0&&(e&128)===0?(t.flags=e&-65537|128,t):null;case 26:case 27:case 5:return An(t),null;case 31:if(t.memoizedState!==null){if(Ct(t),t.alternate===null)throw Error(o(340));oa()}return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 13:if(Ct(t),e=t.memoizedState,e!==null&&e.dehydrated!==null){if(t.alternate===null)throw Error(o(340));oa()}return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 19:return z(ke),null;case 4:return Me(),null;case 10:return fn(t.type),null;case 22:case 23:return Ct(t),Ms(),e!==null&&z(da),e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 24:return fn(Ze),null;case 25:return null;default:return null}}function kf(e,t){switch(Ss(t),t.tag){case 3:fn(Ze),Me();break;case 26:case 27:case 5:An(t);break;case 4:Me();break;case 31:t.memoizedState!==null&&Ct(t);break;case 13:Ct(t);break;case 19:z(ke);break;case 10:fn(t.type);break;case 22:case 23:Ct(t),Ms(),e!==null&&z(da);break;case 24:fn(Ze)}}function $l(e,t){try{var n=t.updateQueue,a=n!==null?n.lastEffect:null;if(a!==null){var l=a.next;n=l;do{if((n.tag&e)===e){a=void 0;var i=n.create,u=n.inst;a=i(),u.destroy=a}n=n.next}while(n!==l)}}catch(r){xe(t,t.return,r)}}function Ln(e,t,n){try{var a=t.updateQueue,l=a!==null?a.lastEffect:null;if(l!==null){var i=l.next;a=i;do{if((a.tag&e)===e){var u=a.inst,r=u.destroy;if(r!==void 0){u.destroy=void 0,l=t;var m=n,E=r;try{E()}catch(U){xe(l,m,U)}}}a=a.next}while(a!==i)}}catch(U){xe(t,t.return,U)}}function Qf(e){var t=e.updateQueue;if(t!==null){var n=e.stateNode;try{Dr(t,n)}catch(a){xe(e,e.return,a)}}}function Zf(e,t,n){n.props=pa(e.type,e.memoizedProps),n.state=e.memoizedState;try{n.componentWillUnmount()}catch(a){xe(e,t,a)}}function Fl(e,t){try{var n=e.ref;if(n!==null){switch(e.tag){case 26:case 27:case 5:var a=e.stateNode;break;case 30:a=e.stateNode;break;default:a=e.stateNode}typeof n=="function"?e.refCleanup=n(a):n.current=a}}catch(l){xe(e,t,l)}}function tn(e,t){var n=e.ref,a=e.refCleanup;if(n!==null)if(typeof a=="function")try{a()}catch(l){xe(e,t,l)}finally{e.refCleanup=null,e=e.alternate,e!=null&&(e.refCleanup=null)}else if(typeof n=="function")try{n(null)}catch(l){xe(e,t,l)}else n.current=null}function Jf(e){var t=e.type,n=e.memoizedProps,a=e.stateNode;try{e:switch(t){case"button":case"input":case"select":case"textarea":n.autoFocus&&a.focus();break e;case"img":n.src?a.src=n.src:n.srcSet&&(a.srcset=n.srcSet)}}catch(l){xe(e,e.return,l)}}function mc(e,t,n){try{var a=e.stateNode;qg(a,e.type,n,t),a[pt]=t}catch(l){xe(e,e.return,l)}}function Kf(e){return e.tag===5||e.tag===3||e.tag===26||e.tag===27&&kn(e.type)||e.tag===4}function hc(e){e:for(;;){for(;e.sibling===null;){if(e.return===null||Kf(e.return))return null;e=e.return}for(e.sibling.return=e.return,e=e.sibling;e.tag!==5&&e.tag!==6&&e.tag!==18;){if(e.tag===27&&kn(e.type)||e.flags&2||e.child===null||e.tag===4)continue e;e.child.return=e,e=e.child}if(!(e.flags&2))return e.stateNode}}function gc(e,t,n){var a=e.tag;if(a===5||a===6)e=e.stateNode,t?(n.nodeType===9?n.body:n.nodeName==="HTML"?n.ownerDocument.body:n).insertBefore(e,t):(t=n.nodeType===9?n.body:n.nodeName==="HTML"?n.ownerDocument.body:n,t.appendChild(e),n=n._reactRootContainer,n!=null||t.onclick!==null||(t.onclick=un));else if(a!==4&&(a===27&&kn(e.type)&&(n=e.stateNode,t=null),e=e.child,e!==null))for(gc(e,t,n),e=e.sibling;e!==null;)gc(e,t,n),e=e.sibling}function lu(e,t,n){var a=e.tag;if(a===5||a===6)e=e.stateNode,t?n.insertBefore(e,t):n.appendChild(e);else if(a!==4&&(a===27&&kn(e.type)&&(n=e.stateNode),e=e.child,e!==null))for(lu(e,t,n),e=e.sibling;e!==null;)lu(e,t,n),e=e.sibling}function $f(e){var t=e.stateNode,n=e.memoizedProps;try{for(var a=e.type,l=t.attributes;l.length;)t.removeAttributeNode(l[0]);ct(t,a,n),t[lt]=e,t[pt]=n}catch(i){xe(e,e.return,i)}}var yn=!1,$e=!1,yc=!1,Ff=typeof WeakSet=="function"?WeakSet:Set,nt=null;function gg(e,t){if(e=e.containerInfo,Lc=Tu,e=sr(e),os(e)){if("selectionStart"in e)var n={start:e.selectionStart,end:e.selectionEnd};else e:{n=(n=e.ownerDocument)&&n.defaultView||window;var a=n.getSelection&&n.getSelection();if(a&&a.rangeCount!==0){n=a.anchorNode;var l=a.anchorOffset,i=a.focusNode;a=a.focusOffset;try{n.nodeType,i.nodeType}catch{n=null;break e}var u=0,r=-1,m=-1,E=0,U=0,D=e,A=null;t:for(;;){for(var _;D!==n||l!==0&&D.nodeType!==3||(r=u+l),D!==i||a!==0&&D.nodeType!==3||(m=u+a),D.nodeType===3&&(u+=D.nodeValue.length),(_=D.firstChild)!==null;)A=D,D=_;for(;;){if(D===e)break t;if(A===n&&++E===l&&(r=u),A===i&&++U===a&&(m=u),(_=D.nextSibling)!==null)break;D=A,A=D.parentNode}D=_}n=r===-1||m===-1?null:{start:r,end:m}}else n=null}n=n||{start:0,end:0}}else n=null;for(Hc={focusedElem:e,selectionRange:n},Tu=!1,nt=t;nt!==null;)if(t=nt,e=t.child,(t.subtreeFlags&1028)!==0&&e!==null)e.return=t,nt=e;else for(;nt!==null;){switch(t=nt,i=t.alternate,e=t.flags,t.tag){case 0:if((e&4)!==0&&(e=t.updateQueue,e=e!==null?e.events:null,e!==null))for(n=0;n<e.length;n++)l=e[n],l.ref.impl=l.nextImpl;break;case 11:case 15:break;case 1:if((e&1024)!==0&&i!==null){e=void 0,n=t,l=i.memoizedProps,i=i.memoizedState,a=n.stateNode;try{var X=pa(n.type,l);e=a.getSnapshotBeforeUpdate(X,i),a.__reactInternalSnapshotBeforeUpdate=e}catch($){xe(n,n.return,$)}}break;case 3:if((e&1024)!==0){if(e=t.stateNode.containerInfo,n=e.nodeType,n===9)Yc(e);else if(n===1)switch(e.nodeName){case"HEAD":case"HTML":case"BODY":Yc(e);break;default:e.textContent=""}}break;case 5:case 26:case 27:case 6:case 4:case 17:break;default:if((e&1024)!==0)throw Error(o(163))}if(e=t.sibling,e!==null){e.return=t.return,nt=e;break}nt=t.return}}function Wf(e,t,n){var a=n.flags;switch(n.tag){case 0:case 11:case 15:vn(e,n),a&4&&$l(5,n);break;case 1:if(vn(e,n),a&4)if(e=n.stateNode,t===null)try{e.componentDidMount()}catch(u){xe(n,n.return,u)}else{var l=pa(n.type,t.memoizedProps);t=t.memoizedState;try{e.componentDidUpdate(l,t,e.__reactInternalSnapshotBeforeUpdate)}catch(u){xe(n,n.return,u)}}a&64&&Qf(n),a&512&&Fl(n,n.return);break;case 3:if(vn(e,n),a&64&&(e=n.updateQueue,e!==null)){if(t=null,n.child!==null)switch(n.child.tag){case 27:case 5:t=n.child.stateNode;break;case 1:t=n.child.stateNode}try{Dr(e,t)}catch(u){xe(n,n.return,u)}}break;case 27:t===null&&a&4&&$f(n);case 26:case 5:vn(e,n),t===null&&a&4&&Jf(n),a&512&&Fl(n,n.return);break;case 12:vn(e,n);break;case 31:vn(e,n),a&4&&ed(e,n);break;case 13:vn(e,n),a&4&&td(e,n),a&64&&(e=n.memoizedState,e!==null&&(e=e.dehydrated,e!==null&&(n=xg.bind(null,n),kg(e,n))));break;case 22:if(a=n.memoizedState!==null||yn,!a){t=t!==null&&t.memoizedState!==null||$e,l=yn;var i=$e;yn=a,($e=t)&&!i?bn(e,n,(n.subtreeFlags&8772)!==0):vn(e,n),yn=l,$e=i}break;case 30:break;default:vn(e,n)}}function If(e){var t=e.alternate;t!==null&&(e.alternate=null,If(t)),e.child=null,e.deletions=null,e.sibling=null,e.tag===5&&(t=e.stateNode,t!==null&&Zu(t)),e.stateNode=null,e.return=null,e.dependencies=null,e.memoizedProps=null,e.memoizedState=null,e.pendingProps=null,e.stateNode=null,e.updateQueue=null}var Le=null,bt=!1;function pn(e,t,n){for(n=n.child;n!==null;)Pf(e,t,n),n=n.sibling}function Pf(e,t,n){if(ie&&typeof ie.onCommitFiberUnmount=="function")try{ie.onCommitFiberUnmount(F,n)}catch{}switch(n.tag){case 26:$e||tn(n,t),pn(e,t,n),n.memoizedState?n.memoizedState.count--:n.stateNode&&(n=n.stateNode,n.parentNode.removeChild(n));break;case 27:$e||tn(n,t);var a=Le,l=bt;kn(n.type)&&(Le=n.stateNode,bt=!1),pn(e,t,n),ii(n.stateNode),Le=a,bt=l;break;case 5:$e||tn(n,t);case 6:if(a=Le,l=bt,Le=null,pn(e,t,n),Le=a,bt=l,Le!==null)if(bt)try{(Le.nodeType===9?Le.body:Le.nodeName==="HTML"?Le.ownerDocument.body:Le).removeChild(n.stateNode)}catch(i){xe(n,t,i)}else try{Le.removeChild(n.stateNode)}catch(i){xe(n,t,i)}break;case 18:Le!==null&&(bt?(e=Le,Qd(e.nodeType===9?e.body:e.nodeName==="HTML"?e.ownerDocument.body:e,n.stateNode),fl(e)):Qd(Le,n.stateNode));break;case 4:a=Le,l=bt,Le=n.stateNode.containerInfo,bt=!0,pn(e,t,n),Le=a,bt=l;break;case 0:case 11:case 14:case 15:Ln(2,n,t),$e||Ln(4,n,t),pn(e,t,n);break;case 1:$e||(tn(n,t),a=n.stateNode,typeof a.componentWillUnmount=="function"&&Zf(n,t,a)),pn(e,t,n);break;case 21:pn(e,t,n);break;case 22:$e=(a=$e)||n.memoizedState!==null,pn(e,t,n),$e=a;break;default:pn(e,t,n)}}function ed(e,t){if(t.memoizedState===null&&(e=t.alternate,e!==null&&(e=e.memoizedState,e!==null))){e=e.dehydrated;try{fl(e)}catch(n){xe(t,t.return,n)}}}function td(e,t){if(t.memoizedState===null&&(e=t.alternate,e!==null&&(e=e.memoizedState,e!==null&&(e=e.dehydrated,e!==null))))try{fl(e)}catch(n){xe(t,t.return,n)}}function yg(e){switch(e.tag){case 31:case 13:case 19:var t=e.stateNode;return t===null&&(t=e.stateNode=new Ff),t;case 22:return e=e.stateNode,t=e._retryCache,t===null&&(t=e._retryCache=new Ff),t;default:throw Error(o(435,e.tag))}}function iu(e,t){var n=yg(e);t.forEach(function(a){if(!n.has(a)){n.add(a);var l=Tg.bind(null,e,a);a.then(l,l)}})}function St(e,t){var n=t.deletions;if(n!==null)for(var a=0;a<n.length;a++){var l=n[a],i=e,u=t,r=u;e:for(;r!==null;){switch(r.tag){case 27:if(kn(r.type)){Le=r.stateNode,bt=!1;break e}break;case 5:Le=r.stateNode,bt=!1;break e;case 3:case 4:Le=r.stateNode.containerInfo,bt=!0;break e}r=r.return}if(Le===null)throw Error(o(160));Pf(i,u,l),Le=null,bt=!1,i=l.alternate,i!==null&&(i.return=null),l.return=null}if(t.subtreeFlags&13886)for(t=t.child;t!==null;)nd(t,e),t=t.sibling}var Ft=null;function nd(e,t){var n=e.alternate,a=e.flags;switch(e.tag){case 0:case 11:case 14:case 15:St(t,e),wt(e),a&4&&(Ln(3,e,e.return),$l(3,e),Ln(5,e,e.return));break;case 1:St(t,e),wt(e),a&512&&($e||n===null||tn(n,n.return)),a&64&&yn&&(e=e.updateQueue,e!==null&&(a=e.callbacks,a!==null&&(n=e.shared.hiddenCallbacks,e.shared.hiddenCallbacks=n===null?a:n.concat(a))));break;case 26:var l=Ft;if(St(t,e),wt(e),a&512&&($e||n===null||tn(n,n.return)),a&4){var i=n!==null?n.memoizedState:null;if(a=e.memoizedState,n===null)if(a===null)if(e.stateNode===null){e:{a=e.type,n=e.memoizedProps,l=l.ownerDocument||l;t:switch(a){case"title":i=l.getElementsByTagName("title")[0],(!i||i[Al]||i[lt]||i.namespaceURI==="http://www.w3.org/2000/svg"||i.hasAttribute("itemprop"))&&(i=l.createElement(a),l.head.insertBefore(i,l.querySelector("head > title"))),ct(i,a,n),i[lt]=e,tt(i),a=i;break e;case"link":var u=nm("link","href",l).get(a+(n.href||""));if(u){for(var r=0;r<u.length;r++)if(i=u[r],i.getAttribute("href")===(n.href==null||n.href===""?null:n.href)&&i.getAttribute("rel")===(n.rel==null?null:n.rel)&&i.getAttribute("title")===(n.title==null?null:n.title)&&i.getAttribute("crossorigin")===(n.crossOrigin==null?null:n.crossOrigin)){u.splice(r,1);break t}}i=l.createElement(a),ct(i,a,n),l.head.appendChild(i);break;case"meta":if(u=nm("meta","content",l).get(a+(n.content||""))){for(r=0;r<u.length;r++)if(i=u[r],i.getAttribute("content")===(n.content==null?null:""+n.content)&&i.getAttribute("name")===(n.name==null?null:n.name)&&i.getAttribute("property")===(n.property==null?null:n.property)&&i.getAttribute("http-equiv")===(n.httpEquiv==null?null:n.httpEquiv)&&i.getAttribute("charset")===(n.charSet==null?null:n.charSet)){u.splice(r,1);break t}}i=l.createElement(a),ct(i,a,n),l.head.appendChild(i);break;default:throw Error(o(468,a))}i[lt]=e,tt(i),a=i}e.stateNode=a}else am(l,e.type,e.stateNode);else e.stateNode=tm(l,a,e.memoizedProps);else i!==a?(i===null?n.stateNode!==null&&(n=n.stateNode,n.parentNode.removeChild(n)):i.count--,a===null?am(l,e.type,e.stateNode):tm(l,a,e.memoizedProps)):a===null&&e.stateNode!==null&&mc(e,e.memoizedProps,n.memoizedProps)}break;case 27:St(t,e),wt(e),a&512&&($e||n===null||tn(n,n.return)),n!==null&&a&4&&mc(e,e.memoizedProps,n.memoizedProps);break;case 5:if(St(t,e),wt(e),a&512&&($e||n===null||tn(n,n.return)),e.flags&32){l=e.stateNode;try{Da(l,"")}catch(X){xe(e,e.return,X)}}a&4&&e.stateNode!=null&&(l=e.memoizedProps,mc(e,l,n!==null?n.memoizedProps:l)),a&1024&&(yc=!0);break;case 6:if(St(t,e),wt(e),a&4){if(e.stateNode===null)throw Error(o(162));a=e.memoizedProps,n=e.stateNode;try{n.nodeValue=a}catch(X){xe(e,e.return,X)}}break;case 3:if(wu=null,l=Ft,Ft=bu(t.containerInfo),St(t,e),Ft=l,wt(e),a&4&&n!==null&&n.memoizedState.isDehydrated)try{fl(t.containerInfo)}catch(X){xe(e,e.return,X)}yc&&(yc=!1,ad(e));break;case 4:a=Ft,Ft=bu(e.stateNode.containerInfo),St(t,e),wt(e),Ft=a;break;case 12:St(t,e),wt(e);break;case 31:St(t,e),wt(e),a&4&&(a=e.updateQueue,a!==null&&(e.updateQueue=null,iu(e,a)));break;case 13:St(t,e),wt(e),e.child.flags&8192&&e.memoizedState!==null!=(n!==null&&n.memoizedState!==null)&&(su=Fe()),a&4&&(a=e.updateQueue,a!==null&&(e.updateQueue=null,iu(e,a)));break;case 22:l=e.memoizedState!==null;var m=n!==null&&n.memoizedState!==null,E=yn,U=$e;if(yn=E||l,$e=U||m,St(t,e),$e=U,yn=E,wt(e),a&8192)e:for(t=e.stateNode,t._visibility=l?t._visibility&-2:t._visibility|1,l&&(n===null||m||yn||$e||va(e)),n=null,t=e;;){if(t.tag===5||t.tag===26){if(n===null){m=n=t;try{if(i=m.stateNode,l)u=i.style,typeof u.setProperty=="function"?u.setProperty("display","none","important"):u.display="none";else{r=m.stateNode;var D=m.memoizedProps.style,A=D!=null&&D.hasOwnProperty("display")?D.display:null;r.style.display=A==null||typeof A=="boolean"?"":(""+A).trim()}}catch(X){xe(m,m.return,X)}}}else if(t.tag===6){if(n===null){m=t;try{m.stateNode.nodeValue=l?"":m.memoizedProps}catch(X){xe(m,m.return,X)}}}else if(t.tag===18){if(n===null){m=t;try{var _=m.stateNode;l?Zd(_,!0):Zd(m.stateNode,!1)}catch(X){xe(m,m.return,X)}}}else if((t.tag!==22&&t.tag!==23||t.memoizedState===null||t===e)&&t.child!==null){t.child.return=t,t=t.child;continue}if(t===e)break e;for(;t.sibling===null;){if(t.return===null||t.return===e)break e;n===t&&(n=null),t=t.return}n===t&&(n=null),t.sibling.return=t.return,t=t.sibling}a&4&&(a=e.updateQueue,a!==null&&(n=a.retryQueue,n!==null&&(a.retryQueue=null,iu(e,n))));break;case 19:St(t,e),wt(e),a&4&&(a=e.updateQueue,a!==null&&(e.updateQueue=null,iu(e,a)));break;case 30:break;case 21:break;default:St(t,e),wt(e)}}function wt(e){var t=e.flags;if(t&2){try{for(var n,a=e.return;a!==null;){if(Kf(a)){n=a;break}a=a.return}if(n==null)throw Error(o(160));switch(n.tag){case 27:var l=n.stateNode,i=hc(e);lu(e,i,l);break;case 5:var u=n.stateNode;n.flags&32&&(Da(u,""),n.flags&=-33);var r=hc(e);lu(e,r,u);break;case 3:case 4:var m=n.stateNode.containerInfo,E=hc(e);gc(e,E,m);break;default:throw Error(o(161))}}catch(U){xe(e,e.return,U)}e.flags&=-3}t&4096&&(e.flags&=-4097)}function ad(e){if(e.subtreeFlags&1024)for(e=e.child;e!==null;){var t=e;ad(t),t.tag===5&&t.flags&1024&&t.stateNode.reset(),e=e.sibling}}function vn(e,t){if(t.subtreeFlags&8772)for(t=t.child;t!==null;)Wf(e,t.alternate,t),t=t.sibling}function va(e){for(e=e.child;e!==null;){var t=e;switch(t.tag){case 0:case 11:case 14:case 15:Ln(4,t,t.return),va(t);break;case 1:tn(t,t.return);var n=t.stateNode;typeof n.componentWillUnmount=="function"&&Zf(t,t.return,n),va(t);break;case 27:ii(t.stateNode);case 26:case 5:tn(t,t.return),va(t);break;case 22:t.memoizedState===null&&va(t);break;case 30:va(t);break;default:va(t)}e=e.sibling}}function bn(e,t,n){for(n=n&&(t.subtreeFlags&8772)!==0,t=t.child;t!==null;){var a=t.alternate,l=e,i=t,u=i.flags;switch(i.tag){case 0:case 11:case 15:bn(l,i,n),$l(4,i);break;case 1:if(bn(l,i,n),a=i,l=a.stateNode,typeof l.componentDidMount=="function")try{l.componentDidMount()}catch(E){xe(a,a.return,E)}if(a=i,l=a.updateQueue,l!==null){var r=a.stateNode;try{var m=l.shared.hiddenCallbacks;if(m!==null)for(l.shared.hiddenCallbacks=null,l=0;l<m.length;l++)zr(m[l],r)}catch(E){xe(a,a.return,E)}}n&&u&64&&Qf(i),Fl(i,i.return);break;case 27:$f(i);case 26:case 5:bn(l,i,n),n&&a===null&&u&4&&Jf(i),Fl(i,i.return);break;case 12:bn(l,i,n);break;case 31:bn(l,i,n),n&&u&4&&ed(l,i);break;case 13:bn(l,i,n),n&&u&4&&td(l,i);break;case 22:i.memoizedState===null&&bn(l,i,n),Fl(i,i.return);break;case 30:break;default:bn(l,i,n)}t=t.sibling}}function pc(e,t){var n=null;e!==null&&e.memoizedState!==null&&e.memoizedState.cachePool!==null&&(n=e.memoizedState.cachePool.pool),e=null,t.memoizedState!==null&&t.memoizedState.cachePool!==null&&(e=t.memoizedState.cachePool.pool),e!==n&&(e!=null&&e.refCount++,n!=null&&ql(n))}function vc(e,t){e=null,t.alternate!==null&&(e=t.alternate.memoizedState.cache),t=t.memoizedState.cache,t!==e&&(t.refCount++,e!=null&&ql(e))}function Wt(e,t,n,a){if(t.subtreeFlags&10256)for(t=t.child;t!==null;)ld(e,t,n,a),t=t.sibling}function ld(e,t,n,a){var l=t.flags;switch(t.tag){case 0:case 11:case 15:Wt(e,t,n,a),l&2048&&$l(9,t);break;case 1:Wt(e,t,n,a);break;case 3:Wt(e,t,n,a),l&2048&&(e=null,t.alternate!==null&&(e=t.alternate.memoizedState.cache),t=t.memoizedState.cache,t!==e&&(t.refCount++,e!=null&&ql(e)));break;case 12:if(l&2048){Wt(e,t,n,a),e=t.stateNode;try{var i=t.memoizedProps,u=i.id,r=i.onPostCommit;typeof r=="function"&&r(u,t.alternate===null?"mount":"update",e.passiveEffectDuration,-0)}catch(m){xe(t,t.return,m)}}else Wt(e,t,n,a);break;case 31:Wt(e,t,n,a);break;case 13:Wt(e,t,n,a);break;case 23:break;case 22:i=t.stateNode,u=t.alternate,t.memoizedState!==null?i._visibility&2?Wt(e,t,n,a):Wl(e,t):i._visibility&2?Wt(e,t,n,a):(i._visibility|=2,el(e,t,n,a,(t.subtreeFlags&10256)!==0||!1)),l&2048&&pc(u,t);break;case 24:Wt(e,t,n,a),l&2048&&vc(t.alternate,t);break;default:Wt(e,t,n,a)}}function el(e,t,n,a,l){for(l=l&&((t.subtreeFlags&10256)!==0||!1),t=t.child;t!==null;){var i=e,u=t,r=n,m=a,E=u.flags;switch(u.tag){case 0:case 11:case 15:el(i,u,r,m,l),$l(8,u);break;case 23:break;case 22:var U=u.stateNode;u.memoizedState!==null?U._visibility&2?el(i,u,r,m,l):Wl(i,u):(U._visibility|=2,el(i,u,r,m,l)),l&&E&2048&&pc(u.alternate,u);break;case 24:el(i,u,r,m,l),l&&E&2048&&vc(u.alternate,u);break;default:el(i,u,r,m,l)}t=t.sibling}}function Wl(e,t){if(t.subtreeFlags&10256)for(t=t.child;t!==null;){var n=e,a=t,l=a.flags;switch(a.tag){case 22:Wl(n,a),l&2048&&pc(a.alternate,a);break;case 24:Wl(n,a),l&2048&&vc(a.alternate,a);break;default:Wl(n,a)}t=t.sibling}}var Il=8192;function tl(e,t,n){if(e.subtreeFlags&Il)for(e=e.child;e!==null;)id(e,t,n),e=e.sibling}function id(e,t,n){switch(e.tag){case 26:tl(e,t,n),e.flags&Il&&e.memoizedState!==null&&ny(n,Ft,e.memoizedState,e.memoizedProps);break;case 5:tl(e,t,n);break;case 3:case 4:var a=Ft;Ft=bu(e.stateNode.containerInfo),tl(e,t,n),Ft=a;break;case 22:e.memoizedState===null&&(a=e.alternate,a!==null&&a.memoizedState!==null?(a=Il,Il=16777216,tl(e,t,n),Il=a):tl(e,t,n));break;default:tl(e,t,n)}}function ud(e){var t=e.alternate;if(t!==null&&(e=t.child,e!==null)){t.child=null;do t=e.sibling,e.sibling=null,e=t;while(e!==null)}}function Pl(e){var t=e.deletions;if((e.flags&16)!==0){if(t!==null)for(var n=0;n<t.length;n++){var a=t[n];nt=a,cd(a,e)}ud(e)}if(e.subtreeFlags&10256)for(e=e.child;e!==null;)sd(e),e=e.sibling}function sd(e){switch(e.tag){case 0:case 11:case 15:Pl(e),e.flags&2048&&Ln(9,e,e.return);break;case 3:Pl(e);break;case 12:Pl(e);break;case 22:var t=e.stateNode;e.memoizedState!==null&&t._visibility&2&&(e.return===null||e.return.tag!==13)?(t._visibility&=-3,uu(e)):Pl(e);break;default:Pl(e)}}function uu(e){var t=e.deletions;if((e.flags&16)!==0){if(t!==null)for(var n=0;n<t.length;n++){var a=t[n];nt=a,cd(a,e)}ud(e)}for(e=e.child;e!==null;){switch(t=e,t.tag){case 0:case 11:case 15:Ln(8,t,t.return),uu(t);break;case 22:n=t.stateNode,n._visibility&2&&(n._visibility&=-3,uu(t));break;default:uu(t)}e=e.sibling}}function cd(e,t){for(;nt!==null;){var n=nt;switch(n.tag){case 0:case 11:case 15:Ln(8,n,t);break;case 23:case 22:if(n.memoizedState!==null&&n.memoizedState.cachePool!==null){var a=n.memoizedState.cachePool.pool;a!=null&&a.refCount++}break;case 24:ql(n.memoizedState.cache)}if(a=n.child,a!==null)a.return=n,nt=a;else e:for(n=e;nt!==null;){a=nt;var l=a.sibling,i=a.return;if(If(a),a===n){nt=null;break e}if(l!==null){l.return=i,nt=l;break e}nt=i}}}var pg={getCacheForType:function(e){var t=ut(Ze),n=t.data.get(e);return n===void 0&&(n=e(),t.data.set(e,n)),n},cacheSignal:function(){return ut(Ze).controller.signal}},vg=typeof WeakMap=="function"?WeakMap:Map,we=0,Ue=null,se=null,oe=0,Ae=0,Ot=null,Hn=!1,nl=!1,bc=!1,Sn=0,Be=0,Vn=0,ba=0,Sc=0,Nt=0,al=0,ei=null,Et=null,wc=!1,su=0,od=0,cu=1/0,ou=null,Bn=null,We=0,Yn=null,ll=null,wn=0,Ec=0,Ac=null,rd=null,ti=0,xc=null;function zt(){return(we&2)!==0&&oe!==0?oe&-oe:R.T!==null?Cc():To()}function fd(){if(Nt===0)if((oe&536870912)===0||de){var e=ta;ta<<=1,(ta&3932160)===0&&(ta=262144),Nt=e}else Nt=536870912;return e=Ut.current,e!==null&&(e.flags|=32),Nt}function At(e,t,n){(e===Ue&&(Ae===2||Ae===9)||e.cancelPendingCommit!==null)&&(il(e,0),Gn(e,oe,Nt,!1)),El(e,n),((we&2)===0||e!==Ue)&&(e===Ue&&((we&2)===0&&(ba|=n),Be===4&&Gn(e,oe,Nt,!1)),nn(e))}function dd(e,t,n){if((we&6)!==0)throw Error(o(327));var a=!n&&(t&127)===0&&(t&e.expiredLanes)===0||wl(e,t),l=a?wg(e,t):_c(e,t,!0),i=a;do{if(l===0){nl&&!a&&Gn(e,t,0,!1);break}else{if(n=e.current.alternate,i&&!bg(n)){l=_c(e,t,!1),i=!1;continue}if(l===2){if(i=t,e.errorRecoveryDisabledLanes&i)var u=0;else u=e.pendingLanes&-536870913,u=u!==0?u:u&536870912?536870912:0;if(u!==0){t=u;e:{var r=e;l=ei;var m=r.current.memoizedState.isDehydrated;if(m&&(il(r,u).flags|=256),u=_c(r,u,!1),u!==2){if(bc&&!m){r.errorRecoveryDisabledLanes|=i,ba|=i,l=4;break e}i=Et,Et=l,i!==null&&(Et===null?Et=i:Et.push.apply(Et,i))}l=u}if(i=!1,l!==2)continue}}if(l===1){il(e,0),Gn(e,t,0,!0);break}e:{switch(a=e,i=l,i){case 0:case 1:throw Error(o(345));case 4:if((t&4194048)!==t)break;case 6:Gn(a,t,Nt,!Hn);break e;case 2:Et=null;break;case 3:case 5:break;default:throw Error(o(329))}if((t&62914560)===t&&(l=su+300-Fe(),10<l)){if(Gn(a,t,Nt,!Hn),bi(a,0,!0)!==0)break e;wn=t,a.timeoutHandle=Xd(md.bind(null,a,n,Et,ou,wc,t,Nt,ba,al,Hn,i,"Throttled",-0,0),l);break e}md(a,n,Et,ou,wc,t,Nt,ba,al,Hn,i,null,-0,0)}}break}while(!0);nn(e)}function md(e,t,n,a,l,i,u,r,m,E,U,D,A,_){if(e.timeoutHandle=-1,D=t.subtreeFlags,D&8192||(D&16785408)===16785408){D={stylesheets:null,count:0,imgCount:0,imgBytes:0,suspenseyImages:[],waitingForImages:!0,waitingForViewTransition:!1,unsuspend:un},id(t,i,D);var X=(i&62914560)===i?su-Fe():(i&4194048)===i?od-Fe():0;if(X=ay(D,X),X!==null){wn=i,e.cancelPendingCommit=X(wd.bind(null,e,t,i,n,a,l,u,r,m,U,D,null,A,_)),Gn(e,i,u,!E);return}}wd(e,t,i,n,a,l,u,r,m)}function bg(e){for(var t=e;;){var n=t.tag;if((n===0||n===11||n===15)&&t.flags&16384&&(n=t.updateQueue,n!==null&&(n=n.stores,n!==null)))for(var a=0;a<n.length;a++){var l=n[a],i=l.getSnapshot;l=l.value;try{if(!jt(i(),l))return!1}catch{return!1}}if(n=t.child,t.subtreeFlags&16384&&n!==null)n.return=t,t=n;else{if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return!0;t=t.return}t.sibling.return=t.return,t=t.sibling}}return!0}function Gn(e,t,n,a){t&=~Sc,t&=~ba,e.suspendedLanes|=t,e.pingedLanes&=~t,a&&(e.warmLanes|=t),a=e.expirationTimes;for(var l=t;0<l;){var i=31-qe(l),u=1<<i;a[i]=-1,l&=~u}n!==0&&Eo(e,n,t)}function ru(){return(we&6)===0?(ni(0),!1):!0}function Tc(){if(se!==null){if(Ae===0)var e=se.return;else e=se,rn=ra=null,Ys(e),$a=null,Hl=0,e=se;for(;e!==null;)kf(e.alternate,e),e=e.return;se=null}}function il(e,t){var n=e.timeoutHandle;n!==-1&&(e.timeoutHandle=-1,Vg(n)),n=e.cancelPendingCommit,n!==null&&(e.cancelPendingCommit=null,n()),wn=0,Tc(),Ue=e,se=n=cn(e.current,null),oe=t,Ae=0,Ot=null,Hn=!1,nl=wl(e,t),bc=!1,al=Nt=Sc=ba=Vn=Be=0,Et=ei=null,wc=!1,(t&8)!==0&&(t|=t&32);var a=e.entangledLanes;if(a!==0)for(e=e.entanglements,a&=t;0<a;){var l=31-qe(a),i=1<<l;t|=e[l],a&=~i}return Sn=t,Oi(),n}function hd(e,t){te=null,R.H=Zl,t===Ka||t===Vi?(t=Ur(),Ae=3):t===Us?(t=Ur(),Ae=4):Ae=t===ac?8:t!==null&&typeof t=="object"&&typeof t.then=="function"?6:1,Ot=t,se===null&&(Be=1,Pi(e,Bt(t,e.current)))}function gd(){var e=Ut.current;return e===null?!0:(oe&4194048)===oe?kt===null:(oe&62914560)===oe||(oe&536870912)!==0?e===kt:!1}function yd(){var e=R.H;return R.H=Zl,e===null?Zl:e}function pd(){var e=R.A;return R.A=pg,e}function fu(){Be=4,Hn||(oe&4194048)!==oe&&Ut.current!==null||(nl=!0),(Vn&134217727)===0&&(ba&134217727)===0||Ue===null||Gn(Ue,oe,Nt,!1)}function _c(e,t,n){var a=we;we|=2;var l=yd(),i=pd();(Ue!==e||oe!==t)&&(ou=null,il(e,t)),t=!1;var u=Be;e:do try{if(Ae!==0&&se!==null){var r=se,m=Ot;switch(Ae){case 8:Tc(),u=6;break e;case 3:case 2:case 9:case 6:Ut.current===null&&(t=!0);var E=Ae;if(Ae=0,Ot=null,ul(e,r,m,E),n&&nl){u=0;break e}break;default:E=Ae,Ae=0,Ot=null,ul(e,r,m,E)}}Sg(),u=Be;break}catch(U){hd(e,U)}while(!0);return t&&e.shellSuspendCounter++,rn=ra=null,we=a,R.H=l,R.A=i,se===null&&(Ue=null,oe=0,Oi()),u}function Sg(){for(;se!==null;)vd(se)}function wg(e,t){var n=we;we|=2;var a=yd(),l=pd();Ue!==e||oe!==t?(ou=null,cu=Fe()+500,il(e,t)):nl=wl(e,t);e:do try{if(Ae!==0&&se!==null){t=se;var i=Ot;t:switch(Ae){case 1:Ae=0,Ot=null,ul(e,t,i,1);break;case 2:case 9:if(jr(i)){Ae=0,Ot=null,bd(t);break}t=function(){Ae!==2&&Ae!==9||Ue!==e||(Ae=7),nn(e)},i.then(t,t);break e;case 3:Ae=7;break e;case 4:Ae=5;break e;case 7:jr(i)?(Ae=0,Ot=null,bd(t)):(Ae=0,Ot=null,ul(e,t,i,7));break;case 5:var u=null;switch(se.tag){case 26:u=se.memoizedState;case 5:case 27:var r=se;if(u?lm(u):r.stateNode.complete){Ae=0,Ot=null;var m=r.sibling;if(m!==null)se=m;else{var E=r.return;E!==null?(se=E,du(E)):se=null}break t}}Ae=0,Ot=null,ul(e,t,i,5);break;case 6:Ae=0,Ot=null,ul(e,t,i,6);break;case 8:Tc(),Be=6;break e;default:throw Error(o(462))}}Eg();break}catch(U){hd(e,U)}while(!0);return rn=ra=null,R.H=a,R.A=l,we=n,se!==null?0:(Ue=null,oe=0,Oi(),Be)}function Eg(){for(;se!==null&&!vl();)vd(se)}function vd(e){var t=Gf(e.alternate,e,Sn);e.memoizedProps=e.pendingProps,t===null?du(e):se=t}function bd(e){var t=e,n=t.alternate;switch(t.tag){case 15:case 0:t=qf(n,t,t.pendingProps,t.type,void 0,oe);break;case 11:t=qf(n,t,t.pendingProps,t.type.render,t.ref,oe);break;case 5:Ys(t);default:kf(n,t),t=se=yr(t,Sn),t=Gf(n,t,Sn)}e.memoizedProps=e.pendingProps,t===null?du(e):se=t}function ul(e,t,n,a){rn=ra=null,Ys(t),$a=null,Hl=0;var l=t.return;try{if(rg(e,l,t,n,oe)){Be=1,Pi(e,Bt(n,e.current)),se=null;return}}catch(i){if(l!==null)throw se=l,i;Be=1,Pi(e,Bt(n,e.current)),se=null;return}t.flags&32768?(de||a===1?e=!0:nl||(oe&536870912)!==0?e=!1:(Hn=e=!0,(a===2||a===9||a===3||a===6)&&(a=Ut.current,a!==null&&a.tag===13&&(a.flags|=16384))),Sd(t,e)):du(t)}function du(e){var t=e;do{if((t.flags&32768)!==0){Sd(t,Hn);return}e=t.return;var n=mg(t.alternate,t,Sn);if(n!==null){se=n;return}if(t=t.sibling,t!==null){se=t;return}se=t=e}while(t!==null);Be===0&&(Be=5)}function Sd(e,t){do{var n=hg(e.alternate,e);if(n!==null){n.flags&=32767,se=n;return}if(n=e.return,n!==null&&(n.flags|=32768,n.subtreeFlags=0,n.deletions=null),!t&&(e=e.sibling,e!==null)){se=e;return}se=e=n}while(e!==null);Be=6,se=null}function wd(e,t,n,a,l,i,u,r,m){e.cancelPendingCommit=null;do mu();while(We!==0);if((we&6)!==0)throw Error(o(327));if(t!==null){if(t===e.current)throw Error(o(177));if(i=t.lanes|t.childLanes,i|=hs,th(e,n,i,u,r,m),e===Ue&&(se=Ue=null,oe=0),ll=t,Yn=e,wn=n,Ec=i,Ac=l,rd=a,(t.subtreeFlags&10256)!==0||(t.flags&10256)!==0?(e.callbackNode=null,e.callbackPriority=0,_g(ot,function(){return _d(),null})):(e.callbackNode=null,e.callbackPriority=0),a=(t.flags&13878)!==0,(t.subtreeFlags&13878)!==0||a){a=R.T,R.T=null,l=V.p,V.p=2,u=we,we|=4;try{gg(e,t,n)}finally{we=u,V.p=l,R.T=a}}We=1,Ed(),Ad(),xd()}}function Ed(){if(We===1){We=0;var e=Yn,t=ll,n=(t.flags&13878)!==0;if((t.subtreeFlags&13878)!==0||n){n=R.T,R.T=null;var a=V.p;V.p=2;var l=we;we|=4;try{nd(t,e);var i=Hc,u=sr(e.containerInfo),r=i.focusedElem,m=i.selectionRange;if(u!==r&&r&&r.ownerDocument&&ur(r.ownerDocument.documentElement,r)){if(m!==null&&os(r)){var E=m.start,U=m.end;if(U===void 0&&(U=E),"selectionStart"in r)r.selectionStart=E,r.selectionEnd=Math.min(U,r.value.length);else{var D=r.ownerDocument||document,A=D&&D.defaultView||window;if(A.getSelection){var _=A.getSelection(),X=r.textContent.length,$=Math.min(m.start,X),Re=m.end===void 0?$:Math.min(m.end,X);!_.extend&&$>Re&&(u=Re,Re=$,$=u);var b=ir(r,$),h=ir(r,Re);if(b&&h&&(_.rangeCount!==1||_.anchorNode!==b.node||_.anchorOffset!==b.offset||_.focusNode!==h.node||_.focusOffset!==h.offset)){var w=D.createRange();w.setStart(b.node,b.offset),_.removeAllRanges(),$>Re?(_.addRange(w),_.extend(h.node,h.offset)):(w.setEnd(h.node,h.offset),_.addRange(w))}}}}for(D=[],_=r;_=_.parentNode;)_.nodeType===1&&D.push({element:_,left:_.scrollLeft,top:_.scrollTop});for(typeof r.focus=="function"&&r.focus(),r=0;r<D.length;r++){var N=D[r];N.element.scrollLeft=N.left,N.element.scrollTop=N.top}}Tu=!!Lc,Hc=Lc=null}finally{we=l,V.p=a,R.T=n}}e.current=t,We=2}}function Ad(){if(We===2){We=0;var e=Yn,t=ll,n=(t.flags&8772)!==0;if((t.subtreeFlags&8772)!==0||n){n=R.T,R.T=null;var a=V.p;V.p=2;var l=we;we|=4;try{Wf(e,t.alternate,t)}finally{we=l,V.p=a,R.T=n}}We=3}}function xd(){if(We===4||We===3){We=0,Pn();var e=Yn,t=ll,n=wn,a=rd;(t.subtreeFlags&10256)!==0||(t.flags&10256)!==0?We=5:(We=0,ll=Yn=null,Td(e,e.pendingLanes));var l=e.pendingLanes;if(l===0&&(Bn=null),ku(n),t=t.stateNode,ie&&typeof ie.onCommitFiberRoot=="function")try{ie.onCommitFiberRoot(F,t,void 0,(t.current.flags&128)===128)}catch{}if(a!==null){t=R.T,l=V.p,V.p=2,R.T=null;try{for(var i=e.onRecoverableError,u=0;u<a.length;u++){var r=a[u];i(r.value,{componentStack:r.stack})}}finally{R.T=t,V.p=l}}(wn&3)!==0&&mu(),nn(e),l=e.pendingLanes,(n&261930)!==0&&(l&42)!==0?e===xc?ti++:(ti=0,xc=e):ti=0,ni(0)}}function Td(e,t){(e.pooledCacheLanes&=t)===0&&(t=e.pooledCache,t!=null&&(e.pooledCache=null,ql(t)))}function mu(){return Ed(),Ad(),xd(),_d()}function _d(){if(We!==5)return!1;var e=Yn,t=Ec;Ec=0;var n=ku(wn),a=R.T,l=V.p;try{V.p=32>n?32:n,R.T=null,n=Ac,Ac=null;var i=Yn,u=wn;if(We=0,ll=Yn=null,wn=0,(we&6)!==0)throw Error(o(331));var r=we;if(we|=4,sd(i.current),ld(i,i.current,u,n),we=r,ni(0,!1),ie&&typeof ie.onPostCommitFiberRoot=="function")try{ie.onPostCommitFiberRoot(F,i)}catch{}return!0}finally{V.p=l,R.T=a,Td(e,t)}}function jd(e,t,n){t=Bt(n,t),t=nc(e.stateNode,t,2),e=Dn(e,t,2),e!==null&&(El(e,2),nn(e))}function xe(e,t,n){if(e.tag===3)jd(e,e,n);else for(;t!==null;){if(t.tag===3){jd(t,e,n);break}else if(t.tag===1){var a=t.stateNode;if(typeof t.type.getDerivedStateFromError=="function"||typeof a.componentDidCatch=="function"&&(Bn===null||!Bn.has(a))){e=Bt(n,e),n=Rf(2),a=Dn(t,n,2),a!==null&&(Uf(n,a,t,e),El(a,2),nn(a));break}}t=t.return}}function jc(e,t,n){var a=e.pingCache;if(a===null){a=e.pingCache=new vg;var l=new Set;a.set(t,l)}else l=a.get(t),l===void 0&&(l=new Set,a.set(t,l));l.has(n)||(bc=!0,l.add(n),e=Ag.bind(null,e,t,n),t.then(e,e))}function Ag(e,t,n){var a=e.pingCache;a!==null&&a.delete(t),e.pingedLanes|=e.suspendedLanes&n,e.warmLanes&=~n,Ue===e&&(oe&n)===n&&(Be===4||Be===3&&(oe&62914560)===oe&&300>Fe()-su?(we&2)===0&&il(e,0):Sc|=n,al===oe&&(al=0)),nn(e)}function Rd(e,t){t===0&&(t=wo()),e=sa(e,t),e!==null&&(El(e,t),nn(e))}function xg(e){var t=e.memoizedState,n=0;t!==null&&(n=t.retryLane),Rd(e,n)}function Tg(e,t){var n=0;switch(e.tag){case 31:case 13:var a=e.stateNode,l=e.memoizedState;l!==null&&(n=l.retryLane);break;case 19:a=e.stateNode;break;case 22:a=e.stateNode._retryCache;break;default:throw Error(o(314))}a!==null&&a.delete(t),Rd(e,n)}function _g(e,t){return an(e,t)}var hu=null,sl=null,Rc=!1,gu=!1,Uc=!1,Xn=0;function nn(e){e!==sl&&e.next===null&&(sl===null?hu=sl=e:sl=sl.next=e),gu=!0,Rc||(Rc=!0,Rg())}function ni(e,t){if(!Uc&&gu){Uc=!0;do for(var n=!1,a=hu;a!==null;){if(e!==0){var l=a.pendingLanes;if(l===0)var i=0;else{var u=a.suspendedLanes,r=a.pingedLanes;i=(1<<31-qe(42|e)+1)-1,i&=l&~(u&~r),i=i&201326741?i&201326741|1:i?i|2:0}i!==0&&(n=!0,Nd(a,i))}else i=oe,i=bi(a,a===Ue?i:0,a.cancelPendingCommit!==null||a.timeoutHandle!==-1),(i&3)===0||wl(a,i)||(n=!0,Nd(a,i));a=a.next}while(n);Uc=!1}}function jg(){Ud()}function Ud(){gu=Rc=!1;var e=0;Xn!==0&&Hg()&&(e=Xn);for(var t=Fe(),n=null,a=hu;a!==null;){var l=a.next,i=Cd(a,t);i===0?(a.next=null,n===null?hu=l:n.next=l,l===null&&(sl=n)):(n=a,(e!==0||(i&3)!==0)&&(gu=!0)),a=l}We!==0&&We!==5||ni(e),Xn!==0&&(Xn=0)}function Cd(e,t){for(var n=e.suspendedLanes,a=e.pingedLanes,l=e.expirationTimes,i=e.pendingLanes&-62914561;0<i;){var u=31-qe(i),r=1<<u,m=l[u];m===-1?((r&n)===0||(r&a)!==0)&&(l[u]=eh(r,t)):m<=t&&(e.expiredLanes|=r),i&=~r}if(t=Ue,n=oe,n=bi(e,e===t?n:0,e.cancelPendingCommit!==null||e.timeoutHandle!==-1),a=e.callbackNode,n===0||e===t&&(Ae===2||Ae===9)||e.cancelPendingCommit!==null)return a!==null&&a!==null&&pl(a),e.callbackNode=null,e.callbackPriority=0;if((n&3)===0||wl(e,n)){if(t=n&-n,t===e.callbackPriority)return t;switch(a!==null&&pl(a),ku(n)){case 2:case 8:n=Sl;break;case 32:n=ot;break;case 268435456:n=ea;break;default:n=ot}return a=Od.bind(null,e),n=an(n,a),e.callbackPriority=t,e.callbackNode=n,t}return a!==null&&a!==null&&pl(a),e.callbackPriority=2,e.callbackNode=null,2}function Od(e,t){if(We!==0&&We!==5)return e.callbackNode=null,e.callbackPriority=0,null;var n=e.callbackNode;if(mu()&&e.callbackNode!==n)return null;var a=oe;return a=bi(e,e===Ue?a:0,e.cancelPendingCommit!==null||e.timeoutHandle!==-1),a===0?null:(dd(e,a,t),Cd(e,Fe()),e.callbackNode!=null&&e.callbackNode===n?Od.bind(null,e):null)}function Nd(e,t){if(mu())return null;dd(e,t,!0)}function Rg(){Bg(function(){(we&6)!==0?an(bl,jg):Ud()})}function Cc(){if(Xn===0){var e=Za;e===0&&(e=Tn,Tn<<=1,(Tn&261888)===0&&(Tn=256)),Xn=e}return Xn}function zd(e){return e==null||typeof e=="symbol"||typeof e=="boolean"?null:typeof e=="function"?e:Ai(""+e)}function Dd(e,t){var n=t.ownerDocument.createElement("input");return n.name=t.name,n.value=t.value,e.id&&n.setAttribute("form",e.id),t.parentNode.insertBefore(n,t),e=new FormData(e),n.parentNode.removeChild(n),e}function Ug(e,t,n,a,l){if(t==="submit"&&n&&n.stateNode===l){var i=zd((l[pt]||null).action),u=a.submitter;u&&(t=(t=u[pt]||null)?zd(t.formAction):u.getAttribute("formAction"),t!==null&&(i=t,u=null));var r=new ji("action","action",null,a,l);e.push({event:r,listeners:[{instance:null,listener:function(){if(a.defaultPrevented){if(Xn!==0){var m=u?Dd(l,u):new FormData(l);Fs(n,{pending:!0,data:m,method:l.method,action:i},null,m)}}else typeof i=="function"&&(r.preventDefault(),m=u?Dd(l,u):new FormData(l),Fs(n,{pending:!0,data:m,method:l.method,action:i},i,m))},currentTarget:l}]})}}for(var Oc=0;Oc<ms.length;Oc++){var Nc=ms[Oc],Cg=Nc.toLowerCase(),Og=Nc[0].toUpperCase()+Nc.slice(1);$t(Cg,"on"+Og)}$t(rr,"onAnimationEnd"),$t(fr,"onAnimationIteration"),$t(dr,"onAnimationStart"),$t("dblclick","onDoubleClick"),$t("focusin","onFocus"),$t("focusout","onBlur"),$t(Jh,"onTransitionRun"),$t(Kh,"onTransitionStart"),$t($h,"onTransitionCancel"),$t(mr,"onTransitionEnd"),Na("onMouseEnter",["mouseout","mouseover"]),Na("onMouseLeave",["mouseout","mouseover"]),Na("onPointerEnter",["pointerout","pointerover"]),Na("onPointerLeave",["pointerout","pointerover"]),aa("onChange","change click focusin focusout input keydown keyup selectionchange".split(" ")),aa("onSelect","focusout contextmenu dragend focusin keydown keyup mousedown mouseup selectionchange".split(" ")),aa("onBeforeInput",["compositionend","keypress","textInput","paste"]),aa("onCompositionEnd","compositionend focusout keydown keypress keyup mousedown".split(" ")),aa("onCompositionStart","compositionstart focusout keydown keypress keyup mousedown".split(" ")),aa("onCompositionUpdate","compositionupdate focusout keydown keypress keyup mousedown".split(" "));var ai="abort canplay canplaythrough durationchange emptied encrypted ended error loadeddata loadedmetadata loadstart pause play playing progress ratechange resize seeked seeking stalled suspend timeupdate volumechange waiting".split(" "),Ng=new Set("beforetoggle cancel close invalid load scroll scrollend toggle".split(" ").concat(ai));function Md(e,t){t=(t&4)!==0;for(var n=0;n<e.length;n++){var a=e[n],l=a.event;a=a.listeners;e:{var i=void 0;if(t)for(var u=a.length-1;0<=u;u--){var r=a[u],m=r.instance,E=r.currentTarget;if(r=r.listener,m!==i&&l.isPropagationStopped())break e;i=r,l.currentTarget=E;try{i(l)}catch(U){Ci(U)}l.currentTarget=null,i=m}else for(u=0;u<a.length;u++){if(r=a[u],m=r.instance,E=r.currentTarget,r=r.listener,m!==i&&l.isPropagationStopped())break e;i=r,l.currentTarget=E;try{i(l)}catch(U){Ci(U)}l.currentTarget=null,i=m}}}}function ce(e,t){var n=t[Qu];n===void 0&&(n=t[Qu]=new Set);var a=e+"__bubble";n.has(a)||(qd(t,e,2,!1),n.add(a))}function zc(e,t,n){var a=0;t&&(a|=4),qd(n,e,a,t)}var yu="_reactListening"+Math.random().toString(36).slice(2);function Dc(e){if(!e[yu]){e[yu]=!0,Ro.forEach(function(n){n!=="selectionchange"&&(Ng.has(n)||zc(n,!1,e),zc(n,!0,e))});var t=e.nodeType===9?e:e.ownerDocument;t===null||t[yu]||(t[yu]=!0,zc("selectionchange",!1,t))}}function qd(e,t,n,a){switch(fm(t)){case 2:var l=uy;break;case 8:l=sy;break;default:l=$c}n=l.bind(null,t,n,e),l=void 0,!es||t!=="touchstart"&&t!=="touchmove"&&t!=="wheel"||(l=!0),a?l!==void 0?e.addEventListener(t,n,{capture:!0,passive:l}):e.addEventListener(t,n,!0):l!==void 0?e.addEventListener(t,n,{passive:l}):e.addEventListener(t,n,!1)}function Mc(e,t,n,a,l){var i=a;if((t&1)===0&&(t&2)===0&&a!==null)e:for(;;){if(a===null)return;var u=a.tag;if(u===3||u===4){var r=a.stateNode.containerInfo;if(r===l)break;if(u===4)for(u=a.return;u!==null;){var m=u.tag;if((m===3||m===4)&&u.stateNode.containerInfo===l)return;u=u.return}for(;r!==null;){if(u=Ua(r),u===null)return;if(m=u.tag,m===5||m===6||m===26||m===27){a=i=u;continue e}r=r.parentNode}}a=a.return}Bo(function(){var E=i,U=Iu(n),D=[];e:{var A=hr.get(e);if(A!==void 0){var _=ji,X=e;switch(e){case"keypress":if(Ti(n)===0)break e;case"keydown":case"keyup":_=Th;break;case"focusin":X="focus",_=ls;break;case"focusout":X="blur",_=ls;break;case"beforeblur":case"afterblur":_=ls;break;case"click":if(n.button===2)break e;case"auxclick":case"dblclick":case"mousedown":case"mousemove":case"mouseup":case"mouseout":case"mouseover":case"contextmenu":_=Xo;break;case"drag":case"dragend":case"dragenter":case"dragexit":case"dragleave":case"dragover":case"dragstart":case"drop":_=mh;break;case"touchcancel":case"touchend":case"touchmove":case"touchstart":_=Rh;break;case rr:case fr:case dr:_=yh;break;case mr:_=Ch;break;case"scroll":case"scrollend":_=fh;break;case"wheel":_=Nh;break;case"copy":case"cut":case"paste":_=vh;break;case"gotpointercapture":case"lostpointercapture":case"pointercancel":case"pointerdown":case"pointermove":case"pointerout":case"pointerover":case"pointerup":_=Qo;break;case"toggle":case"beforetoggle":_=Dh}var $=(t&4)!==0,Re=!$&&(e==="scroll"||e==="scrollend"),b=$?A!==null?A+"Capture":null:A;$=[];for(var h=E,w;h!==null;){var N=h;if(w=N.stateNode,N=N.tag,N!==5&&N!==26&&N!==27||w===null||b===null||(N=Tl(h,b),N!=null&&$.push(li(h,N,w))),Re)break;h=h.return}0<$.length&&(A=new _(A,X,null,n,U),D.push({event:A,listeners:$}))}}if((t&7)===0){e:{if(A=e==="mouseover"||e==="pointerover",_=e==="mouseout"||e==="pointerout",A&&n!==Wu&&(X=n.relatedTarget||n.fromElement)&&(Ua(X)||X[Ra]))break e;if((_||A)&&(A=U.window===U?U:(A=U.ownerDocument)?A.defaultView||A.parentWindow:window,_?(X=n.relatedTarget||n.toElement,_=E,X=X?Ua(X):null,X!==null&&(Re=O(X),$=X.tag,X!==Re||$!==5&&$!==27&&$!==6)&&(X=null)):(_=null,X=E),_!==X)){if($=Xo,N="onMouseLeave",b="onMouseEnter",h="mouse",(e==="pointerout"||e==="pointerover")&&($=Qo,N="onPointerLeave",b="onPointerEnter",h="pointer"),Re=_==null?A:xl(_),w=X==null?A:xl(X),A=new $(N,h+"leave",_,n,U),A.target=Re,A.relatedTarget=w,N=null,Ua(U)===E&&($=new $(b,h+"enter",X,n,U),$.target=w,$.relatedTarget=Re,N=$),Re=N,_&&X)t:{for($=zg,b=_,h=X,w=0,N=b;N;N=$(N))w++;N=0;for(var J=h;J;J=$(J))N++;for(;0<w-N;)b=$(b),w--;for(;0<N-w;)h=$(h),N--;for(;w--;){if(b===h||h!==null&&b===h.alternate){$=b;break t}b=$(b),h=$(h)}$=null}else $=null;_!==null&&Ld(D,A,_,$,!1),X!==null&&Re!==null&&Ld(D,Re,X,$,!0)}}e:{if(A=E?xl(E):window,_=A.nodeName&&A.nodeName.toLowerCase(),_==="select"||_==="input"&&A.type==="file")var ve=Po;else if(Wo(A))if(er)ve=kh;else{ve=Gh;var k=Yh}else _=A.nodeName,!_||_.toLowerCase()!=="input"||A.type!=="checkbox"&&A.type!=="radio"?E&&Fu(E.elementType)&&(ve=Po):ve=Xh;if(ve&&(ve=ve(e,E))){Io(D,ve,n,U);break e}k&&k(e,A,E),e==="focusout"&&E&&A.type==="number"&&E.memoizedProps.value!=null&&$u(A,"number",A.value)}switch(k=E?xl(E):window,e){case"focusin":(Wo(k)||k.contentEditable==="true")&&(Ha=k,rs=E,zl=null);break;case"focusout":zl=rs=Ha=null;break;case"mousedown":fs=!0;break;case"contextmenu":case"mouseup":case"dragend":fs=!1,cr(D,n,U);break;case"selectionchange":if(Zh)break;case"keydown":case"keyup":cr(D,n,U)}var ae;if(us)e:{switch(e){case"compositionstart":var re="onCompositionStart";break e;case"compositionend":re="onCompositionEnd";break e;case"compositionupdate":re="onCompositionUpdate";break e}re=void 0}else La?$o(e,n)&&(re="onCompositionEnd"):e==="keydown"&&n.keyCode===229&&(re="onCompositionStart");re&&(Zo&&n.locale!=="ko"&&(La||re!=="onCompositionStart"?re==="onCompositionEnd"&&La&&(ae=Yo()):(jn=U,ts="value"in jn?jn.value:jn.textContent,La=!0)),k=pu(E,re),0<k.length&&(re=new ko(re,e,null,n,U),D.push({event:re,listeners:k}),ae?re.data=ae:(ae=Fo(n),ae!==null&&(re.data=ae)))),(ae=qh?Lh(e,n):Hh(e,n))&&(re=pu(E,"onBeforeInput"),0<re.length&&(k=new ko("onBeforeInput","beforeinput",null,n,U),D.push({event:k,listeners:re}),k.data=ae)),Ug(D,e,E,n,U)}Md(D,t)})}function li(e,t,n){return{instance:e,listener:t,currentTarget:n}}function pu(e,t){for(var n=t+"Capture",a=[];e!==null;){var l=e,i=l.stateNode;if(l=l.tag,l!==5&&l!==26&&l!==27||i===null||(l=Tl(e,n),l!=null&&a.unshift(li(e,l,i)),l=Tl(e,t),l!=null&&a.push(li(e,l,i))),e.tag===3)return a;e=e.return}return[]}function zg(e){if(e===null)return null;do e=e.return;while(e&&e.tag!==5&&e.tag!==27);return e||null}function Ld(e,t,n,a,l){for(var i=t._reactName,u=[];n!==null&&n!==a;){var r=n,m=r.alternate,E=r.stateNode;if(r=r.tag,m!==null&&m===a)break;r!==5&&r!==26&&r!==27||E===null||(m=E,l?(E=Tl(n,i),E!=null&&u.unshift(li(n,E,m))):l||(E=Tl(n,i),E!=null&&u.push(li(n,E,m)))),n=n.return}u.length!==0&&e.push({event:t,listeners:u})}var Dg=/\r\n?/g,Mg=/\u0000|\uFFFD/g;function Hd(e){return(typeof e=="string"?e:""+e).replace(Dg,`
`).replace(Mg,"")}function Vd(e,t){return t=Hd(t),Hd(e)===t}function je(e,t,n,a,l,i){switch(n){case"children":typeof a=="string"?t==="body"||t==="textarea"&&a===""||Da(e,a):(typeof a=="number"||typeof a=="bigint")&&t!=="body"&&Da(e,""+a);break;case"className":wi(e,"class",a);break;case"tabIndex":wi(e,"tabindex",a);break;case"dir":case"role":case"viewBox":case"width":case"height":wi(e,n,a);break;case"style":Ho(e,a,i);break;case"data":if(t!=="object"){wi(e,"data",a);break}case"src":case"href":if(a===""&&(t!=="a"||n!=="href")){e.removeAttribute(n);break}if(a==null||typeof a=="function"||typeof a=="symbol"||typeof a=="boolean"){e.removeAttribute(n);break}a=Ai(""+a),e.setAttribute(n,a);break;case"action":case"formAction":if(typeof a=="function"){e.setAttribute(n,"javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() manually, consider using form.requestSubmit() instead. If you\\'re trying to use event.stopPropagation() in a submit event handler, consider also calling event.preventDefault().')");break}else typeof i=="function"&&(n==="formAction"?(t!=="input"&&je(e,t,"name",l.name,l,null),je(e,t,"formEncType",l.formEncType,l,null),je(e,t,"formMethod",l.formMethod,l,null),je(e,t,"formTarget",l.formTarget,l,null)):(je(e,t,"encType",l.encType,l,null),je(e,t,"method",l.method,l,null),je(e,t,"target",l.target,l,null)));if(a==null||typeof a=="symbol"||typeof a=="boolean"){e.removeAttribute(n);break}a=Ai(""+a),e.setAttribute(n,a);break;case"onClick":a!=null&&(e.onclick=un);break;case"onScroll":a!=null&&ce("scroll",e);break;case"onScrollEnd":a!=null&&ce("scrollend",e);break;case"dangerouslySetInnerHTML":if(a!=null){if(typeof a!="object"||!("__html"in a))throw Error(o(61));if(n=a.__html,n!=null){if(l.children!=null)throw Error(o(60));e.innerHTML=n}}break;case"multiple":e.multiple=a&&typeof a!="function"&&typeof a!="symbol";break;case"muted":e.muted=a&&typeof a!="function"&&typeof a!="symbol";break;case"suppressContentEditableWarning":case"suppressHydrationWarning":case"defaultValue":case"defaultChecked":case"innerHTML":case"ref":break;case"autoFocus":break;case"xlinkHref":if(a==null||typeof a=="function"||typeof a=="boolean"||typeof a=="symbol"){e.removeAttribute("xlink:href");break}n=Ai(""+a),e.setAttributeNS("http://www.w3.org/1999/xlink","xlink:href",n);break;case"contentEditable":case"spellCheck":case"draggable":case"value":case"autoReverse":case"externalResourcesRequired":case"focusable":case"preserveAlpha":a!=null&&typeof a!="function"&&typeof a!="symbol"?e.setAttribute(n,""+a):e.removeAttribute(n);break;case"inert":case"allowFullScreen":case"async":case"autoPlay":case"controls":case"default":case"defer":case"disabled":case"disablePictureInPicture":case"disableRemotePlayback":case"formNoValidate":case"hidden":case"loop":case"noModule":case"noValidate":case"open":case"playsInline":case"readOnly":case"required":case"reversed":case"scoped":case"seamless":case"itemScope":a&&typeof a!="function"&&typeof a!="symbol"?e.setAttribute(n,""):e.removeAttribute(n);break;case"capture":case"download":a===!0?e.setAttribute(n,""):a!==!1&&a!=null&&typeof a!="function"&&typeof a!="symbol"?e.setAttribute(n,a):e.removeAttribute(n);break;case"cols":case"rows":case"size":case"span":a!=null&&typeof a!="function"&&typeof a!="symbol"&&!isNaN(a)&&1<=a?e.setAttribute(n,a):e.removeAttribute(n);break;case"rowSpan":case"start":a==null||typeof a=="function"||typeof a=="symbol"||isNaN(a)?e.removeAttribute(n):e.setAttribute(n,a);break;case"popover":ce("beforetoggle",e),ce("toggle",e),Si(e,"popover",a);break;case"xlinkActuate":ln(e,"http://www.w3.org/1999/xlink","xlink:actuate",a);break;case"xlinkArcrole":ln(e,"http://www.w3.org/1999/xlink","xlink:arcrole",a);break;case"xlinkRole":ln(e,"http://www.w3.org/1999/xlink","xlink:role",a);break;case"xlinkShow":ln(e,"http://www.w3.org/1999/xlink","xlink:show",a);break;case"xlinkTitle":ln(e,"http://www.w3.org/1999/xlink","xlink:title",a);break;case"xlinkType":ln(e,"http://www.w3.org/1999/xlink","xlink:type",a);break;case"xmlBase":ln(e,"http://www.w3.org/XML/1998/namespace","xml:base",a);break;case"xmlLang":ln(e,"http://www.w3.org/XML/1998/namespace","xml:lang",a);break;case"xmlSpace":ln(e,"http://www.w3.org/XML/1998/namespace","xml:space",a);break;case"is":Si(e,"is",a);break;case"innerText":case"textContent":break;default:(!(2<n.length)||n[0]!=="o"&&n[0]!=="O"||n[1]!=="n"&&n[1]!=="N")&&(n=oh.get(n)||n,Si(e,n,a))}}function qc(e,t,n,a,l,i){switch(n){case"style":Ho(e,a,i);break;case"dangerouslySetInnerHTML":if(a!=null){if(typeof a!="object"||!("__html"in a))throw Error(o(61));if(n=a.__html,n!=null){if(l.children!=null)throw Error(o(60));e.innerHTML=n}}break;case"children":typeof a=="string"?Da(e,a):(typeof a=="number"||typeof a=="bigint")&&Da(e,""+a);break;case"onScroll":a!=null&&ce("scroll",e);break;case"onScrollEnd":a!=null&&ce("scrollend",e);break;case"onClick":a!=null&&(e.onclick=un);break;case"suppressContentEditableWarning":case"suppressHydrationWarning":case"innerHTML":case"ref":break;case"innerText":case"textContent":break;default:if(!Uo.hasOwnProperty(n))e:{if(n[0]==="o"&&n[1]==="n"&&(l=n.endsWith("Capture"),t=n.slice(2,l?n.length-7:void 0),i=e[pt]||null,i=i!=null?i[n]:null,typeof i=="function"&&e.removeEventListener(t,i,l),typeof a=="function")){typeof i!="function"&&i!==null&&(n in e?e[n]=null:e.hasAttribute(n)&&e.removeAttribute(n)),e.addEventListener(t,a,l);break e}n in e?e[n]=a:a===!0?e.setAttribute(n,""):Si(e,n,a)}}}function ct(e,t,n){switch(t){case"div":case"span":case"svg":case"path":case"a":case"g":case"p":case"li":break;case"img":ce("error",e),ce("load",e);var a=!1,l=!1,i;for(i in n)if(n.hasOwnProperty(i)){var u=n[i];if(u!=null)switch(i){case"src":a=!0;break;case"srcSet":l=!0;break;case"children":case"dangerouslySetInnerHTML":throw Error(o(137,t));default:je(e,t,i,u,n,null)}}l&&je(e,t,"srcSet",n.srcSet,n,null),a&&je(e,t,"src",n.src,n,null);return;case"input":ce("invalid",e);var r=i=u=l=null,m=null,E=null;for(a in n)if(n.hasOwnProperty(a)){var U=n[a];if(U!=null)switch(a){case"name":l=U;break;case"type":u=U;break;case"checked":m=U;break;case"defaultChecked":E=U;break;case"value":i=U;break;case"defaultValue":r=U;break;case"children":case"dangerouslySetInnerHTML":if(U!=null)throw Error(o(137,t));break;default:je(e,t,a,U,n,null)}}Do(e,i,r,m,E,u,l,!1);return;case"select":ce("invalid",e),a=u=i=null;for(l in n)if(n.hasOwnProperty(l)&&(r=n[l],r!=null))switch(l){case"value":i=r;break;case"defaultValue":u=r;break;case"multiple":a=r;default:je(e,t,l,r,n,null)}t=i,n=u,e.multiple=!!a,t!=null?za(e,!!a,t,!1):n!=null&&za(e,!!a,n,!0);return;case"textarea":ce("invalid",e),i=l=a=null;for(u in n)if(n.hasOwnProperty(u)&&(r=n[u],r!=null))switch(u){case"value":a=r;break;case"defaultValue":l=r;break;case"children":i=r;break;case"dangerouslySetInnerHTML":if(r!=null)throw Error(o(91));break;default:je(e,t,u,r,n,null)}qo(e,a,l,i);return;case"option":for(m in n)n.hasOwnProperty(m)&&(a=n[m],a!=null)&&(m==="selected"?e.selected=a&&typeof a!="function"&&typeof a!="symbol":je(e,t,m,a,n,null));return;case"dialog":ce("beforetoggle",e),ce("toggle",e),ce("cancel",e),ce("close",e);break;case"iframe":case"object":ce("load",e);break;case"video":case"audio":for(a=0;a<ai.length;a++)ce(ai[a],e);break;case"image":ce("error",e),ce("load",e);break;case"details":ce("toggle",e);break;case"embed":case"source":case"link":ce("error",e),ce("load",e);case"area":case"base":case"br":case"col":case"hr":case"keygen":case"meta":case"param":case"track":case"wbr":case"menuitem":for(E in n)if(n.hasOwnProperty(E)&&(a=n[E],a!=null))switch(E){case"children":case"dangerouslySetInnerHTML":throw Error(o(137,t));default:je(e,t,E,a,n,null)}return;default:if(Fu(t)){for(U in n)n.hasOwnProperty(U)&&(a=n[U],a!==void 0&&qc(e,t,U,a,n,void 0));return}}for(r in n)n.hasOwnProperty(r)&&(a=n[r],a!=null&&je(e,t,r,a,n,null))}function qg(e,t,n,a){switch(t){case"div":case"span":case"svg":case"path":case"a":case"g":case"p":case"li":break;case"input":var l=null,i=null,u=null,r=null,m=null,E=null,U=null;for(_ in n){var D=n[_];if(n.hasOwnProperty(_)&&D!=null)switch(_){case"checked":break;case"value":break;case"defaultValue":m=D;default:a.hasOwnProperty(_)||je(e,t,_,null,a,D)}}for(var A in a){var _=a[A];if(D=n[A],a.hasOwnProperty(A)&&(_!=null||D!=null))switch(A){case"type":i=_;break;case"name":l=_;break;case"checked":E=_;break;case"defaultChecked":U=_;break;case"value":u=_;break;case"defaultValue":r=_;break;case"children":case"dangerouslySetInnerHTML":if(_!=null)throw Error(o(137,t));break;default:_!==D&&je(e,t,A,_,a,D)}}Ku(e,u,r,m,E,U,i,l);return;case"select":_=u=r=A=null;for(i in n)if(m=n[i],n.hasOwnProperty(i)&&m!=null)switch(i){case"value":break;case"multiple":_=m;default:a.hasOwnProperty(i)||je(e,t,i,null,a,m)}for(l in a)if(i=a[l],m=n[l],a.hasOwnProperty(l)&&(i!=null||m!=null))switch(l){case"value":A=i;break;case"defaultValue":r=i;break;case"multiple":u=i;default:i!==m&&je(e,t,l,i,a,m)}t=r,n=u,a=_,A!=null?za(e,!!n,A,!1):!!a!=!!n&&(t!=null?za(e,!!n,t,!0):za(e,!!n,n?[]:"",!1));return;case"textarea":_=A=null;for(r in n)if(l=n[r],n.hasOwnProperty(r)&&l!=null&&!a.hasOwnProperty(r))switch(r){case"value":break;case"children":break;default:je(e,t,r,null,a,l)}for(u in a)if(l=a[u],i=n[u],a.hasOwnProperty(u)&&(l!=null||i!=null))switch(u){case"value":A=l;break;case"defaultValue":_=l;break;case"children":break;case"dangerouslySetInnerHTML":if(l!=null)throw Error(o(91));break;default:l!==i&&je(e,t,u,l,a,i)}Mo(e,A,_);return;case"option":for(var X in n)A=n[X],n.hasOwnProperty(X)&&A!=null&&!a.hasOwnProperty(X)&&(X==="selected"?e.selected=!1:je(e,t,X,null,a,A));for(m in a)A=a[m],_=n[m],a.hasOwnProperty(m)&&A!==_&&(A!=null||_!=null)&&(m==="selected"?e.selected=A&&typeof A!="function"&&typeof A!="symbol":je(e,t,m,A,a,_));return;case"img":case"link":case"area":case"base":case"br":case"col":case"embed":case"hr":case"keygen":case"meta":case"param":case"source":case"track":case"wbr":case"menuitem":for(var $ in n)A=n[$],n.hasOwnProperty($)&&A!=null&&!a.hasOwnProperty($)&&je(e,t,$,null,a,A);for(E in a)if(A=a[E],_=n[E],a.hasOwnProperty(E)&&A!==_&&(A!=null||_!=null))switch(E){case"children":case"dangerouslySetInnerHTML":if(A!=null)throw Error(o(137,t));break;default:je(e,t,E,A,a,_)}return;default:if(Fu(t)){for(var Re in n)A=n[Re],n.hasOwnProperty(Re)&&A!==void 0&&!a.hasOwnProperty(Re)&&qc(e,t,Re,void 0,a,A);for(U in a)A=a[U],_=n[U],!a.hasOwnProperty(U)||A===_||A===void 0&&_===void 0||qc(e,t,U,A,a,_);return}}for(var b in n)A=n[b],n.hasOwnProperty(b)&&A!=null&&!a.hasOwnProperty(b)&&je(e,t,b,null,a,A);for(D in a)A=a[D],_=n[D],!a.hasOwnProperty(D)||A===_||A==null&&_==null||je(e,t,D,A,a,_)}function Bd(e){switch(e){case"css":case"script":case"font":case"img":case"image":case"input":case"link":return!0;default:return!1}}function Lg(){if(typeof performance.getEntriesByType=="function"){for(var e=0,t=0,n=performance.getEntriesByType("resource"),a=0;a<n.length;a++){var l=n[a],i=l.transferSize,u=l.initiatorType,r=l.duration;if(i&&r&&Bd(u)){for(u=0,r=l.responseEnd,a+=1;a<n.length;a++){var m=n[a],E=m.startTime;if(E>r)break;var U=m.transferSize,D=m.initiatorType;U&&Bd(D)&&(m=m.responseEnd,u+=U*(m<r?1:(r-E)/(m-E)))}if(--a,t+=8*(i+u)/(l.duration/1e3),e++,10<e)break}}if(0<e)return t/e/1e6}return navigator.connection&&(e=navigator.connection.downlink,typeof e=="number")?e:5}var Lc=null,Hc=null;function vu(e){return e.nodeType===9?e:e.ownerDocument}function Yd(e){switch(e){case"http://www.w3.org/2000/svg":return 1;case"http://www.w3.org/1998/Math/MathML":return 2;default:return 0}}function Gd(e,t){if(e===0)switch(t){case"svg":return 1;case"math":return 2;default:return 0}return e===1&&t==="foreignObject"?0:e}function Vc(e,t){return e==="textarea"||e==="noscript"||typeof t.children=="string"||typeof t.children=="number"||typeof t.children=="bigint"||typeof t.dangerouslySetInnerHTML=="object"&&t.dangerouslySetInnerHTML!==null&&t.dangerouslySetInnerHTML.__html!=null}var Bc=null;function Hg(){var e=window.event;return e&&e.type==="popstate"?e===Bc?!1:(Bc=e,!0):(Bc=null,!1)}var Xd=typeof setTimeout=="function"?setTimeout:void 0,Vg=typeof clearTimeout=="function"?clearTimeout:void 0,kd=typeof Promise=="function"?Promise:void 0,Bg=typeof queueMicrotask=="function"?queueMicrotask:typeof kd<"u"?function(e){return kd.resolve(null).then(e).catch(Yg)}:Xd;function Yg(e){setTimeout(function(){throw e})}function kn(e){return e==="head"}function Qd(e,t){var n=t,a=0;do{var l=n.nextSibling;if(e.removeChild(n),l&&l.nodeType===8)if(n=l.data,n==="/$"||n==="/&"){if(a===0){e.removeChild(l),fl(t);return}a--}else if(n==="$"||n==="$?"||n==="$~"||n==="$!"||n==="&")a++;else if(n==="html")ii(e.ownerDocument.documentElement);else if(n==="head"){n=e.ownerDocument.head,ii(n);for(var i=n.firstChild;i;){var u=i.nextSibling,r=i.nodeName;i[Al]||r==="SCRIPT"||r==="STYLE"||r==="LINK"&&i.rel.toLowerCase()==="stylesheet"||n.removeChild(i),i=u}}else n==="body"&&ii(e.ownerDocument.body);n=l}while(n);fl(t)}function Zd(e,t){var n=e;e=0;do{var a=n.nextSibling;if(n.nodeType===1?t?(n._stashedDisplay=n.style.display,n.style.display="none"):(n.style.display=n._stashedDisplay||"",n.getAttribute("style")===""&&n.removeAttribute("style")):n.nodeType===3&&(t?(n._stashedText=n.nodeValue,n.nodeValue=""):n.nodeValue=n._stashedText||""),a&&a.nodeType===8)if(n=a.data,n==="/$"){if(e===0)break;e--}else n!=="$"&&n!=="$?"&&n!=="$~"&&n!=="$!"||e++;n=a}while(n)}function Yc(e){var t=e.firstChild;for(t&&t.nodeType===10&&(t=t.nextSibling);t;){var n=t;switch(t=t.nextSibling,n.nodeName){case"HTML":case"HEAD":case"BODY":Yc(n),Zu(n);continue;case"SCRIPT":case"STYLE":continue;case"LINK":if(n.rel.toLowerCase()==="stylesheet")continue}e.removeChild(n)}}function Gg(e,t,n,a){for(;e.nodeType===1;){var l=n;if(e.nodeName.toLowerCase()!==t.toLowerCase()){if(!a&&(e.nodeName!=="INPUT"||e.type!=="hidden"))break}else if(a){if(!e[Al])switch(t){case"meta":if(!e.hasAttribute("itemprop"))break;return e;case"link":if(i=e.getAttribute("rel"),i==="stylesheet"&&e.hasAttribute("data-precedence"))break;if(i!==l.rel||e.getAttribute("href")!==(l.href==null||l.href===""?null:l.href)||e.getAttribute("crossorigin")!==(l.crossOrigin==null?null:l.crossOrigin)||e.getAttribute("title")!==(l.title==null?null:l.title))break;return e;case"style":if(e.hasAttribute("data-precedence"))break;return e;case"script":if(i=e.getAttribute("src"),(i!==(l.src==null?null:l.src)||e.getAttribute("type")!==(l.type==null?null:l.type)||e.getAttribute("crossorigin")!==(l.crossOrigin==null?null:l.crossOrigin))&&i&&e.hasAttribute("async")&&!e.hasAttribute("itemprop"))break;return e;default:return e}}else if(t==="input"&&e.type==="hidden"){var i=l.name==null?null:""+l.name;if(l.type==="hidden"&&e.getAttribute("name")===i)return e}else return e;if(e=Qt(e.nextSibling),e===null)break}return null}function Xg(e,t,n){if(t==="")return null;for(;e.nodeType!==3;)if((e.nodeType!==1||e.nodeName!=="INPUT"||e.type!=="hidden")&&!n||(e=Qt(e.nextSibling),e===null))return null;return e}function Jd(e,t){for(;e.nodeType!==8;)if((e.nodeType!==1||e.nodeName!=="INPUT"||e.type!=="hidden")&&!t||(e=Qt(e.nextSibling),e===null))return null;return e}function Gc(e){return e.data==="$?"||e.data==="$~"}function Xc(e){return e.data==="$!"||e.data==="$?"&&e.ownerDocument.readyState!=="loading"}function kg(e,t){var n=e.ownerDocument;if(e.data==="$~")e._reactRetry=t;else if(e.data!=="$?"||n.readyState!=="loading")t();else{var a=function(){t(),n.removeEventListener("DOMContentLoaded",a)};n.addEventListener("DOMContentLoaded",a),e._reactRetry=a}}function Qt(e){for(;e!=null;e=e.nextSibling){var t=e.nodeType;if(t===1||t===3)break;if(t===8){if(t=e.data,t==="$"||t==="$!"||t==="$?"||t==="$~"||t==="&"||t==="F!"||t==="F")break;if(t==="/$"||t==="/&")return null}}return e}var kc=null;function Kd(e){e=e.nextSibling;for(var t=0;e;){if(e.nodeType===8){var n=e.data;if(n==="/$"||n==="/&"){if(t===0)return Qt(e.nextSibling);t--}else n!=="$"&&n!=="$!"&&n!=="$?"&&n!=="$~"&&n!=="&"||t++}e=e.nextSibling}return null}function $d(e){e=e.previousSibling;for(var t=0;e;){if(e.nodeType===8){var n=e.data;if(n==="$"||n==="$!"||n==="$?"||n==="$~"||n==="&"){if(t===0)return e;t--}else n!=="/$"&&n!=="/&"||t++}e=e.previousSibling}return null}function Fd(e,t,n){switch(t=vu(n),e){case"html":if(e=t.documentElement,!e)throw Error(o(452));return e;case"head":if(e=t.head,!e)throw Error(o(453));return e;case"body":if(e=t.body,!e)throw Error(o(454));return e;default:throw Error(o(451))}}function ii(e){for(var t=e.attributes;t.length;)e.removeAttributeNode(t[0]);Zu(e)}var Zt=new Map,Wd=new Set;function bu(e){return typeof e.getRootNode=="function"?e.getRootNode():e.nodeType===9?e:e.ownerDocument}var En=V.d;V.d={f:Qg,r:Zg,D:Jg,C:Kg,L:$g,m:Fg,X:Ig,S:Wg,M:Pg};function Qg(){var e=En.f(),t=ru();return e||t}function Zg(e){var t=Ca(e);t!==null&&t.tag===5&&t.type==="form"?hf(t):En.r(e)}var cl=typeof document>"u"?null:document;function Id(e,t,n){var a=cl;if(a&&typeof t=="string"&&t){var l=Ht(t);l='link[rel="'+e+'"][href="'+l+'"]',typeof n=="string"&&(l+='[crossorigin="'+n+'"]'),Wd.has(l)||(Wd.add(l),e={rel:e,crossOrigin:n,href:t},a.querySelector(l)===null&&(t=a.createElement("link"),ct(t,"link",e),tt(t),a.head.appendChild(t)))}}function Jg(e){En.D(e),Id("dns-prefetch",e,null)}function Kg(e,t){En.C(e,t),Id("preconnect",e,t)}function $g(e,t,n){En.L(e,t,n);var a=cl;if(a&&e&&t){var l='link[rel="preload"][as="'+Ht(t)+'"]';t==="image"&&n&&n.imageSrcSet?(l+='[imagesrcset="'+Ht(n.imageSrcSet)+'"]',typeof n.imageSizes=="string"&&(l+='[imagesizes="'+Ht(n.imageSizes)+'"]')):l+='[href="'+Ht(e)+'"]';var i=l;switch(t){case"style":i=ol(e);break;case"script":i=rl(e)}Zt.has(i)||(e=H({rel:"preload",href:t==="image"&&n&&n.imageSrcSet?void 0:e,as:t},n),Zt.set(i,e),a.querySelector(l)!==null||t==="style"&&a.querySelector(ui(i))||t==="script"&&a.querySelector(si(i))||(t=a.createElement("link"),ct(t,"link",e),tt(t),a.head.appendChild(t)))}}function Fg(e,t){En.m(e,t);var n=cl;if(n&&e){var a=t&&typeof t.as=="string"?t.as:"script",l='link[rel="modulepreload"][as="'+Ht(a)+'"][href="'+Ht(e)+'"]',i=l;switch(a){case"audioworklet":case"paintworklet":case"serviceworker":case"sharedworker":case"worker":case"script":i=rl(e)}if(!Zt.has(i)&&(e=H({rel:"modulepreload",href:e},t),Zt.set(i,e),n.querySelector(l)===null)){switch(a){case"audioworklet":case"paintworklet":case"serviceworker":case"sharedworker":case"worker":case"script":if(n.querySelector(si(i)))return}a=n.createElement("link"),ct(a,"link",e),tt(a),n.head.appendChild(a)}}}function Wg(e,t,n){En.S(e,t,n);var a=cl;if(a&&e){var l=Oa(a).hoistableStyles,i=ol(e);t=t||"default";var u=l.get(i);if(!u){var r={loading:0,preload:null};if(u=a.querySelector(ui(i)))r.loading=5;else{e=H({rel:"stylesheet",href:e,"data-precedence":t},n),(n=Zt.get(i))&&Qc(e,n);var m=u=a.createElement("link");tt(m),ct(m,"link",e),m._p=new Promise(function(E,U){m.onload=E,m.onerror=U}),m.addEventListener("load",function(){r.loading|=1}),m.addEventListener("error",function(){r.loading|=2}),r.loading|=4,Su(u,t,a)}u={type:"stylesheet",instance:u,count:1,state:r},l.set(i,u)}}}function Ig(e,t){En.X(e,t);var n=cl;if(n&&e){var a=Oa(n).hoistableScripts,l=rl(e),i=a.get(l);i||(i=n.querySelector(si(l)),i||(e=H({src:e,async:!0},t),(t=Zt.get(l))&&Zc(e,t),i=n.createElement("script"),tt(i),ct(i,"link",e),n.head.appendChild(i)),i={type:"script",instance:i,count:1,state:null},a.set(l,i))}}function Pg(e,t){En.M(e,t);var n=cl;if(n&&e){var a=Oa(n).hoistableScripts,l=rl(e),i=a.get(l);i||(i=n.querySelector(si(l)),i||(e=H({src:e,async:!0,type:"module"},t),(t=Zt.get(l))&&Zc(e,t),i=n.createElement("script"),tt(i),ct(i,"link",e),n.head.appendChild(i)),i={type:"script",instance:i,count:1,state:null},a.set(l,i))}}function Pd(e,t,n,a){var l=(l=ee.current)?bu(l):null;if(!l)throw Error(o(446));switch(e){case"meta":case"title":return null;case"style":return typeof n.precedence=="string"&&typeof n.href=="string"?(t=ol(n.href),n=Oa(l).hoistableStyles,a=n.get(t),a||(a={type:"style",instance:null,count:0,state:null},n.set(t,a)),a):{type:"void",instance:null,count:0,state:null};case"link":if(n.rel==="stylesheet"&&typeof n.href=="string"&&typeof n.precedence=="string"){e=ol(n.href);var i=Oa(l).hoistableStyles,u=i.get(e);if(u||(l=l.ownerDocument||l,u={type:"stylesheet",instance:null,count:0,state:{loading:0,preload:null}},i.set(e,u),(i=l.querySelector(ui(e)))&&!i._p&&(u.instance=i,u.state.loading=5),Zt.has(e)||(n={rel:"preload",as:"style",href:n.href,crossOrigin:n.crossOrigin,integrity:n.integrity,media:n.media,hrefLang:n.hrefLang,referrerPolicy:n.referrerPolicy},Zt.set(e,n),i||ey(l,e,n,u.state))),t&&a===null)throw Error(o(528,""));return u}if(t&&a!==null)throw Error(o(529,""));return null;case"script":return t=n.async,n=n.src,typeof n=="string"&&t&&typeof t!="function"&&typeof t!="symbol"?(t=rl(n),n=Oa(l).hoistableScripts,a=n.get(t),a||(a={type:"script",instance:null,count:0,state:null},n.set(t,a)),a):{type:"void",instance:null,count:0,state:null};default:throw Error(o(444,e))}}function ol(e){return'href="'+Ht(e)+'"'}function ui(e){return'link[rel="stylesheet"]['+e+"]"}function em(e){return H({},e,{"data-precedence":e.precedence,precedence:null})}function ey(e,t,n,a){e.querySelector('link[rel="preload"][as="style"]['+t+"]")?a.loading=1:(t=e.createElement("link"),a.preload=t,t.addEventListener("load",function(){return a.loading|=1}),t.addEventListener("error",function(){return a.loading|=2}),ct(t,"link",n),tt(t),e.head.appendChild(t))}function rl(e){return'[src="'+Ht(e)+'"]'}function si(e){return"script[async]"+e}function tm(e,t,n){if(t.count++,t.instance===null)switch(t.type){case"style":var a=e.querySelector('style[data-href~="'+Ht(n.href)+'"]');if(a)return t.instance=a,tt(a),a;var l=H({},n,{"data-href":n.href,"data-precedence":n.precedence,href:null,precedence:null});return a=(e.ownerDocument||e).createElement("style"),tt(a),ct(a,"style",l),Su(a,n.precedence,e),t.instance=a;case"stylesheet":l=ol(n.href);var i=e.querySelector(ui(l));if(i)return t.state.loading|=4,t.instance=i,tt(i),i;a=em(n),(l=Zt.get(l))&&Qc(a,l),i=(e.ownerDocument||e).createElement("link"),tt(i);var u=i;return u._p=new Promise(function(r,m){u.onload=r,u.onerror=m}),ct(i,"link",a),t.state.loading|=4,Su(i,n.precedence,e),t.instance=i;case"script":return i=rl(n.src),(l=e.querySelector(si(i)))?(t.instance=l,tt(l),l):(a=n,(l=Zt.get(i))&&(a=H({},n),Zc(a,l)),e=e.ownerDocument||e,l=e.createElement("script"),tt(l),ct(l,"link",a),e.head.appendChild(l),t.instance=l);case"void":return null;default:throw Error(o(443,t.type))}else t.type==="stylesheet"&&(t.state.loading&4)===0&&(a=t.instance,t.state.loading|=4,Su(a,n.precedence,e));return t.instance}function Su(e,t,n){for(var a=n.querySelectorAll('link[rel="stylesheet"][data-precedence],style[data-precedence]'),l=a.length?a[a.length-1]:null,i=l,u=0;u<a.length;u++){var r=a[u];if(r.dataset.precedence===t)i=r;else if(i!==l)break}i?i.parentNode.insertBefore(e,i.nextSibling):(t=n.nodeType===9?n.head:n,t.insertBefore(e,t.firstChild))}function Qc(e,t){e.crossOrigin==null&&(e.crossOrigin=t.crossOrigin),e.referrerPolicy==null&&(e.referrerPolicy=t.referrerPolicy),e.title==null&&(e.title=t.title)}function Zc(e,t){e.crossOrigin==null&&(e.crossOrigin=t.crossOrigin),e.referrerPolicy==null&&(e.referrerPolicy=t.referrerPolicy),e.integrity==null&&(e.integrity=t.integrity)}var wu=null;function nm(e,t,n){if(wu===null){var a=new Map,l=wu=new Map;l.set(n,a)}else l=wu,a=l.get(n),a||(a=new Map,l.set(n,a));if(a.has(e))return a;for(a.set(e,null),n=n.getElementsByTagName(e),l=0;l<n.length;l++){var i=n[l];if(!(i[Al]||i[lt]||e==="link"&&i.getAttribute("rel")==="stylesheet")&&i.namespaceURI!=="http://www.w3.org/2000/svg"){var u=i.getAttribute(t)||"";u=e+u;var r=a.get(u);r?r.push(i):a.set(u,[i])}}return a}function am(e,t,n){e=e.ownerDocument||e,e.head.insertBefore(n,t==="title"?e.querySelector("head > title"):null)}function ty(e,t,n){if(n===1||t.itemProp!=null)return!1;switch(e){case"meta":case"title":return!0;case"style":if(typeof t.precedence!="string"||typeof t.href!="string"||t.href==="")break;return!0;case"link":if(typeof t.rel!="string"||typeof t.href!="string"||t.href===""||t.onLoad||t.onError)break;return t.rel==="stylesheet"?(e=t.disabled,typeof t.precedence=="string"&&e==null):!0;case"script":if(t.async&&typeof t.async!="function"&&typeof t.async!="symbol"&&!t.onLoad&&!t.onError&&t.src&&typeof t.src=="string")return!0}return!1}function lm(e){return!(e.type==="stylesheet"&&(e.state.loading&3)===0)}function ny(e,t,n,a){if(n.type==="stylesheet"&&(typeof a.media!="string"||matchMedia(a.media).matches!==!1)&&(n.state.loading&4)===0){if(n.instance===null){var l=ol(a.href),i=t.querySelector(ui(l));if(i){t=i._p,t!==null&&typeof t=="object"&&typeof t.then=="function"&&(e.count++,e=Eu.bind(e),t.then(e,e)),n.state.loading|=4,n.instance=i,tt(i);return}i=t.ownerDocument||t,a=em(a),(l=Zt.get(l))&&Qc(a,l),i=i.createElement("link"),tt(i);var u=i;u._p=new Promise(function(r,m){u.onload=r,u.onerror=m}),ct(i,"link",a),n.instance=i}e.stylesheets===null&&(e.stylesheets=new Map),e.stylesheets.set(n,t),(t=n.state.preload)&&(n.state.loading&3)===0&&(e.count++,n=Eu.bind(e),t.addEventListener("load",n),t.addEventListener("error",n))}}var Jc=0;function ay(e,t){return e.stylesheets&&e.count===0&&xu(e,e.stylesheets),0<e.count||0<e.imgCount?function(n){var a=setTimeout(function(){if(e.stylesheets&&xu(e,e.stylesheets),e.unsuspend){var i=e.unsuspend;e.unsuspend=null,i()}},6e4+t);0<e.imgBytes&&Jc===0&&(Jc=62500*Lg());var l=setTimeout(function(){if(e.waitingForImages=!1,e.count===0&&(e.stylesheets&&xu(e,e.stylesheets),e.unsuspend)){var i=e.unsuspend;e.unsuspend=null,i()}},(e.imgBytes>Jc?50:800)+t);return e.unsuspend=n,function(){e.unsuspend=null,clearTimeout(a),clearTimeout(l)}}:null}function Eu(){if(this.count--,this.count===0&&(this.imgCount===0||!this.waitingForImages)){if(this.stylesheets)xu(this,this.stylesheets);else if(this.unsuspend){var e=this.unsuspend;this.unsuspend=null,e()}}}var Au=null;function xu(e,t){e.stylesheets=null,e.unsuspend!==null&&(e.count++,Au=new Map,t.forEach(ly,e),Au=null,Eu.call(e))}function ly(e,t){if(!(t.state.loading&4)){var n=Au.get(e);if(n)var a=n.get(null);else{n=new Map,Au.set(e,n);for(var l=e.querySelectorAll("link[data-precedence],style[data-precedence]"),i=0;i<l.length;i++){var u=l[i];(u.nodeName==="LINK"||u.getAttribute("media")!=="not all")&&(n.set(u.dataset.precedence,u),a=u)}a&&n.set(null,a)}l=t.instance,u=l.getAttribute("data-precedence"),i=n.get(u)||a,i===a&&n.set(null,l),n.set(u,l),this.count++,a=Eu.bind(this),l.addEventListener("load",a),l.addEventListener("error",a),i?i.parentNode.insertBefore(l,i.nextSibling):(e=e.nodeType===9?e.head:e,e.insertBefore(l,e.firstChild)),t.state.loading|=4}}var ci={$$typeof:Q,Provider:null,Consumer:null,_currentValue:K,_currentValue2:K,_threadCount:0};function iy(e,t,n,a,l,i,u,r,m){this.tag=1,this.containerInfo=e,this.pingCache=this.current=this.pendingChildren=null,this.timeoutHandle=-1,this.callbackNode=this.next=this.pendingContext=this.context=this.cancelPendingCommit=null,this.callbackPriority=0,this.expirationTimes=Gu(-1),this.entangledLanes=this.shellSuspendCounter=this.errorRecoveryDisabledLanes=this.expiredLanes=this.warmLanes=this.pingedLanes=this.suspendedLanes=this.pendingLanes=0,this.entanglements=Gu(0),this.hiddenUpdates=Gu(null),this.identifierPrefix=a,this.onUncaughtError=l,this.onCaughtError=i,this.onRecoverableError=u,this.pooledCache=null,this.pooledCacheLanes=0,this.formState=m,this.incompleteTransitions=new Map}function im(e,t,n,a,l,i,u,r,m,E,U,D){return e=new iy(e,t,n,u,m,E,U,D,r),t=1,i===!0&&(t|=24),i=Rt(3,null,null,t),e.current=i,i.stateNode=e,t=_s(),t.refCount++,e.pooledCache=t,t.refCount++,i.memoizedState={element:a,isDehydrated:n,cache:t},Cs(i),e}function um(e){return e?(e=Ya,e):Ya}function sm(e,t,n,a,l,i){l=um(l),a.context===null?a.context=l:a.pendingContext=l,a=zn(t),a.payload={element:n},i=i===void 0?null:i,i!==null&&(a.callback=i),n=Dn(e,a,t),n!==null&&(At(n,e,t),Bl(n,e,t))}function cm(e,t){if(e=e.memoizedState,e!==null&&e.dehydrated!==null){var n=e.retryLane;e.retryLane=n!==0&&n<t?n:t}}function Kc(e,t){cm(e,t),(e=e.alternate)&&cm(e,t)}function om(e){if(e.tag===13||e.tag===31){var t=sa(e,67108864);t!==null&&At(t,e,67108864),Kc(e,67108864)}}function rm(e){if(e.tag===13||e.tag===31){var t=zt();t=Xu(t);var n=sa(e,t);n!==null&&At(n,e,t),Kc(e,t)}}var Tu=!0;function uy(e,t,n,a){var l=R.T;R.T=null;var i=V.p;try{V.p=2,$c(e,t,n,a)}finally{V.p=i,R.T=l}}function sy(e,t,n,a){var l=R.T;R.T=null;var i=V.p;try{V.p=8,$c(e,t,n,a)}finally{V.p=i,R.T=l}}function $c(e,t,n,a){if(Tu){var l=Fc(a);if(l===null)Mc(e,t,a,_u,n),dm(e,a);else if(oy(l,e,t,n,a))a.stopPropagation();else if(dm(e,a),t&4&&-1<cy.indexOf(e)){for(;l!==null;){var i=Ca(l);if(i!==null)switch(i.tag){case 3:if(i=i.stateNode,i.current.memoizedState.isDehydrated){var u=na(i.pendingLanes);if(u!==0){var r=i;for(r.pendingLanes|=2,r.entangledLanes|=2;u;){var m=1<<31-qe(u);r.entanglements[1]|=m,u&=~m}nn(i),(we&6)===0&&(cu=Fe()+500,ni(0))}}break;case 31:case 13:r=sa(i,2),r!==null&&At(r,i,2),ru(),Kc(i,2)}if(i=Fc(a),i===null&&Mc(e,t,a,_u,n),i===l)break;l=i}l!==null&&a.stopPropagation()}else Mc(e,t,a,null,n)}}function Fc(e){return e=Iu(e),Wc(e)}var _u=null;function Wc(e){if(_u=null,e=Ua(e),e!==null){var t=O(e);if(t===null)e=null;else{var n=t.tag;if(n===13){if(e=x(t),e!==null)return e;e=null}else if(n===31){if(e=M(t),e!==null)return e;e=null}else if(n===3){if(t.stateNode.current.memoizedState.isDehydrated)return t.tag===3?t.stateNode.containerInfo:null;e=null}else t!==e&&(e=null)}}return _u=e,null}function fm(e){switch(e){case"beforetoggle":case"cancel":case"click":case"close":case"contextmenu":case"copy":case"cut":case"auxclick":case"dblclick":case"dragend":case"dragstart":case"drop":case"focusin":case"focusout":case"input":case"invalid":case"keydown":case"keypress":case"keyup":case"mousedown":case"mouseup":case"paste":case"pause":case"play":case"pointercancel":case"pointerdown":case"pointerup":case"ratechange":case"reset":case"resize":case"seeked":case"submit":case"toggle":case"touchcancel":case"touchend":case"touchstart":case"volumechange":case"change":case"selectionchange":case"textInput":case"compositionstart":case"compositionend":case"compositionupdate":case"beforeblur":case"afterblur":case"beforeinput":case"blur":case"fullscreenchange":case"focus":case"hashchange":case"popstate":case"select":case"selectstart":return 2;case"drag":case"dragenter":case"dragexit":case"dragleave":case"dragover":case"mousemove":case"mouseout":case"mouseover":case"pointermove":case"pointerout":case"pointerover":case"scroll":case"touchmove":case"wheel":case"mouseenter":case"mouseleave":case"pointerenter":case"pointerleave":return 8;case"message":switch(Yu()){case bl:return 2;case Sl:return 8;case ot:case xn:return 32;case ea:return 268435456;default:return 32}default:return 32}}var Ic=!1,Qn=null,Zn=null,Jn=null,oi=new Map,ri=new Map,Kn=[],cy="mousedown mouseup touchcancel touchend touchstart auxclick dblclick pointercancel pointerdown pointerup dragend dragstart drop compositionend compositionstart keydown keypress keyup input textInput copy cut paste click change contextmenu reset".split(" ");function dm(e,t){switch(e){case"focusin":case"focusout":Qn=null;break;case"dragenter":case"dragleave":Zn=null;break;case"mouseover":case"mouseout":Jn=null;break;case"pointerover":case"pointerout":oi.delete(t.pointerId);break;case"gotpointercapture":case"lostpointercapture":ri.delete(t.pointerId)}}function fi(e,t,n,a,l,i){return e===null||e.nativeEvent!==i?(e={blockedOn:t,domEventName:n,eventSystemFlags:a,nativeEvent:i,targetContainers:[l]},t!==null&&(t=Ca(t),t!==null&&om(t)),e):(e.eventSystemFlags|=a,t=e.targetContainers,l!==null&&t.indexOf(l)===-1&&t.push(l),e)}function oy(e,t,n,a,l){switch(t){case"focusin":return Qn=fi(Qn,e,t,n,a,l),!0;case"dragenter":return Zn=fi(Zn,e,t,n,a,l),!0;case"mouseover":return Jn=fi(Jn,e,t,n,a,l),!0;case"pointerover":var i=l.pointerId;return oi.set(i,fi(oi.get(i)||null,e,t,n,a,l)),!0;case"gotpointercapture":return i=l.pointerId,ri.set(i,fi(ri.get(i)||null,e,t,n,a,l)),!0}return!1}function mm(e){var t=Ua(e.target);if(t!==null){var n=O(t);if(n!==null){if(t=n.tag,t===13){if(t=x(n),t!==null){e.blockedOn=t,_o(e.priority,function(){rm(n)});return}}else if(t===31){if(t=M(n),t!==null){e.blockedOn=t,_o(e.priority,function(){rm(n)});return}}else if(t===3&&n.stateNode.current.memoizedState.isDehydrated){e.blockedOn=n.tag===3?n.stateNode.containerInfo:null;return}}}e.blockedOn=null}function ju(e){if(e.blockedOn!==null)return!1;for(var t=e.targetContainers;0<t.length;){var n=Fc(e.nativeEvent);if(n===null){n=e.nativeEvent;var a=new n.constructor(n.type,n);Wu=a,n.target.dispatchEvent(a),Wu=null}else return t=Ca(n),t!==null&&om(t),e.blockedOn=n,!1;t.shift()}return!0}function hm(e,t,n){ju(e)&&n.delete(t)}function ry(){Ic=!1,Qn!==null&&ju(Qn)&&(Qn=null),Zn!==null&&ju(Zn)&&(Zn=null),Jn!==null&&ju(Jn)&&(Jn=null),oi.forEach(hm),ri.forEach(hm)}function Ru(e,t){e.blockedOn===t&&(e.blockedOn=null,Ic||(Ic=!0,c.unstable_scheduleCallback(c.unstable_NormalPriority,ry)))}var Uu=null;function gm(e){Uu!==e&&(Uu=e,c.unstable_scheduleCallback(c.unstable_NormalPriority,function(){Uu===e&&(Uu=null);for(var t=0;t<e.length;t+=3){var n=e[t],a=e[t+1],l=e[t+2];if(typeof a!="function"){if(Wc(a||n)===null)continue;break}var i=Ca(n);i!==null&&(e.splice(t,3),t-=3,Fs(i,{pending:!0,data:l,method:n.method,action:a},a,l))}}))}function fl(e){function t(m){return Ru(m,e)}Qn!==null&&Ru(Qn,e),Zn!==null&&Ru(Zn,e),Jn!==null&&Ru(Jn,e),oi.forEach(t),ri.forEach(t);for(var n=0;n<Kn.length;n++){var a=Kn[n];a.blockedOn===e&&(a.blockedOn=null)}for(;0<Kn.length&&(n=Kn[0],n.blockedOn===null);)mm(n),n.blockedOn===null&&Kn.shift();if(n=(e.ownerDocument||e).$$reactFormReplay,n!=null)for(a=0;a<n.length;a+=3){var l=n[a],i=n[a+1],u=l[pt]||null;if(typeof i=="function")u||gm(n);else if(u){var r=null;if(i&&i.hasAttribute("formAction")){if(l=i,u=i[pt]||null)r=u.formAction;else if(Wc(l)!==null)continue}else r=u.action;typeof r=="function"?n[a+1]=r:(n.splice(a,3),a-=3),gm(n)}}}function ym(){function e(i){i.canIntercept&&i.info==="react-transition"&&i.intercept({handler:function(){return new Promise(function(u){return l=u})},focusReset:"manual",scroll:"manual"})}function t(){l!==null&&(l(),l=null),a||setTimeout(n,20)}function n(){if(!a&&!navigation.transition){var i=navigation.currentEntry;i&&i.url!=null&&navigation.navigate(i.url,{state:i.getState(),info:"react-transition",history:"replace"})}}if(typeof navigation=="object"){var a=!1,l=null;return navigation.addEventListener("navigate",e),navigation.addEventListener("navigatesuccess",t),navigation.addEventListener("navigateerror",t),setTimeout(n,100),function(){a=!0,navigation.removeEventListener("navigate",e),navigation.removeEventListener("navigatesuccess",t),navigation.removeEventListener("navigateerror",t),l!==null&&(l(),l=null)}}}function Pc(e){this._internalRoot=e}Cu.prototype.render=Pc.prototype.render=function(e){var t=this._internalRoot;if(t===null)throw Error(o(409));var n=t.current,a=zt();sm(n,a,e,t,null,null)},Cu.prototype.unmount=Pc.prototype.unmount=function(){var e=this._internalRoot;if(e!==null){this._internalRoot=null;var t=e.containerInfo;sm(e.current,2,null,e,null,null),ru(),t[Ra]=null}};function Cu(e){this._internalRoot=e}Cu.prototype.unstable_scheduleHydration=function(e){if(e){var t=To();e={blockedOn:null,target:e,priority:t};for(var n=0;n<Kn.length&&t!==0&&t<Kn[n].priority;n++);Kn.splice(n,0,e),n===0&&mm(e)}};var pm=d.version;if(pm!=="19.2.9")throw Error(o(527,pm,"19.2.9"));V.findDOMNode=function(e){var t=e._reactInternals;if(t===void 0)throw typeof e.render=="function"?Error(o(188)):(e=Object.keys(e).join(","),Error(o(268,e)));return e=y(t),e=e!==null?L(e):null,e=e===null?null:e.stateNode,e};var fy={bundleType:0,version:"19.2.9",rendererPackageName:"react-dom",currentDispatcherRef:R,reconcilerVersion:"19.2.9"};if(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__<"u"){var Ou=__REACT_DEVTOOLS_GLOBAL_HOOK__;if(!Ou.isDisabled&&Ou.supportsFiber)try{F=Ou.inject(fy),ie=Ou}catch{}}return mi.createRoot=function(e,t){if(!v(e))throw Error(o(299));var n=!1,a="",l=xf,i=Tf,u=_f;return t!=null&&(t.unstable_strictMode===!0&&(n=!0),t.identifierPrefix!==void 0&&(a=t.identifierPrefix),t.onUncaughtError!==void 0&&(l=t.onUncaughtError),t.onCaughtError!==void 0&&(i=t.onCaughtError),t.onRecoverableError!==void 0&&(u=t.onRecoverableError)),t=im(e,1,!1,null,null,n,a,null,l,i,u,ym),e[Ra]=t.current,Dc(e),new Pc(t)},mi.hydrateRoot=function(e,t,n){if(!v(e))throw Error(o(299));var a=!1,l="",i=xf,u=Tf,r=_f,m=null;return n!=null&&(n.unstable_strictMode===!0&&(a=!0),n.identifierPrefix!==void 0&&(l=n.identifierPrefix),n.onUncaughtError!==void 0&&(i=n.onUncaughtError),n.onCaughtError!==void 0&&(u=n.onCaughtError),n.onRecoverableError!==void 0&&(r=n.onRecoverableError),n.formState!==void 0&&(m=n.formState)),t=im(e,1,!0,t,n??null,a,l,m,i,u,r,ym),t.context=um(null),n=t.current,a=zt(),a=Xu(a),l=zn(a),l.callback=null,Dn(n,l,a),n=a,t.current.lanes=n,El(t,n),nn(t),e[Ra]=t.current,Dc(e),new Cu(t)},mi.version="19.2.9",mi}var jm;function wy(){if(jm)return no.exports;jm=1;function c(){if(!(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__>"u"||typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE!="function"))try{__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(c)}catch(d){console.error(d)}}return c(),no.exports=Sy(),no.exports}var Ey=wy();const Ay="/graphql",oo="accounts:signed-out",Om="PAYLOAD_TOO_LARGE";class Fn extends Error{constructor(d,f){super(d),this.code=f}code}async function fe(c,...[d,f]){const o={};f?.session&&(o["Accounts-Session"]="cookie");const v={query:c.toString(),variables:d??{}};let O;const x=Object.entries(f?.files??{});if(x.length>0){const y=new FormData;y.append("operations",JSON.stringify(v)),y.append("map",JSON.stringify(Object.fromEntries(x.map(([L],H)=>[String(H),[`variables.${L}`]])))),x.forEach(([,L],H)=>y.append(String(H),L,L.name)),o["Apollo-Require-Preflight"]="true",O=y}else o["Content-Type"]="application/json",O=JSON.stringify(v);let M;try{M=await fetch(Ay,{method:"POST",headers:o,body:O,credentials:"same-origin"})}catch{throw new Fn("The service cannot be reached. Check your connection and try again.")}if(M.status===413)throw new Fn("The file is too large.",Om);let C;try{C=await M.json()}catch{throw new Fn(`The service answered ${M.status} ${M.statusText}.`)}if(C.errors?.length){const y=C.errors[0];throw y.extensions?.code==="UNAUTHENTICATED"&&window.dispatchEvent(new Event(oo)),new Fn(y.message,y.extensions?.code)}if(!C.data)throw new Fn("The service answered no data.");return C.data}const Nm="accounts.deviceToken";function Nu(){try{return localStorage.getItem(Nm)}catch{return null}}function go(c){try{c&&localStorage.setItem(Nm,c)}catch{}}function xy(){const c={productName:"Accounts",logoUrl:null,passkeyOrigins:[window.location.origin]},d=document.querySelector('meta[name="accounts-config"]')?.getAttribute("content");if(!d)return c;try{const f=JSON.parse(d);return{productName:typeof f.productName=="string"&&f.productName?f.productName:c.productName,logoUrl:typeof f.logoUrl=="string"?f.logoUrl:null,passkeyOrigins:Array.isArray(f.passkeyOrigins)?f.passkeyOrigins.filter(o=>typeof o=="string"):[]}}catch{return c}}const Aa=xy();class me extends String{__apiType;value;__meta__;constructor(d,f){super(d),this.value=d,this.__meta__=f}toString(){return this.value}}const Ty=new me(`
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
    `,{fragmentName:"UserFields"}),_y=new me(`
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
}`,{fragmentName:"LoginOutcome"}),jy=new me(`
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}
    `,{fragmentName:"StepUpFields"}),Ry=new me(`
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
}`,{fragmentName:"UpdateOutcome"}),Uy=new me(`
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
}`,{fragmentName:"RecoveryCodesOutcome"}),Cy=new me(`
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
}`),Oy=new me(`
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
}`),Ny=new me(`
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
  }
  ... on RateLimited {
    message
    retryAfterSeconds
  }
}`),zy=new me(`
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
  }
  ... on RateLimited {
    message
    retryAfterSeconds
  }
}`),Dy=new me(`
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
    `),My=new me(`
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
  }
  ... on RateLimited {
    message
    retryAfterSeconds
  }
}`),qy=new me(`
    mutation Logout {
  logout {
    ... on LogoutSuccess {
      revokedSessions
    }
  }
}
    `),Ly=new me(`
    mutation LogoutAll {
  logoutAll {
    ... on LogoutSuccess {
      revokedSessions
    }
  }
}
    `),Hy=new me(`
    mutation VerifyEmail($input: VerifyEmailInput!) {
  verifyEmail(input: $input) {
    __typename
    ... on EmailVerified {
      email
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
    `),Vy=new me(`
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
    `),By=new me(`
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
    `),Yy=new me(`
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
}`),Gy=new me(`
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
}`),Xy=new me(`
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
}`),ky=new me(`
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
}`),Qy=new me(`
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
}`),Zy=new me(`
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
}`),Jy=new me(`
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
    `),Ky=new me(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id) {
    ... on LogoutSuccess {
      revokedSessions
    }
  }
}
    `),$y=new me(`
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
    `),Fy=new me(`
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
}`),Wy=new me(`
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
}`),Iy=new me(`
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
}`),Py=new me(`
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
}`),ep=new me(`
    query Passkeys {
  passkeys {
    id
    name
    createdAt
    lastUsedAt
  }
}
    `),tp=new me(`
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
}`),np=new me(`
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
}`),ap=new me(`
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
}`),lp=new me(`
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
    `),ip=new me(`
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
}`),up={"\n  fragment UserFields on User {\n    id\n    email\n    username\n    firstName\n    lastName\n    bio\n    contact\n    imageUrl\n    status\n    emailVerified\n    pendingEmail\n    twoFactorEnabled\n    hasPassword\n    dateJoined\n    lastLogin\n  }\n":Ty,"\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n":Cy,"\n  fragment StepUpFields on ReauthenticationRequired {\n    message\n    methods\n    passwordRequired\n  }\n":jy,"\n  mutation RegisterUser($input: RegisterUserInput!) {\n    registerUser(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        deviceToken\n        user {\n          ...UserFields\n        }\n      }\n      ... on VerificationRequired {\n        email\n        handle\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on UserAlreadyExists {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Oy,"\n  fragment LoginOutcome on LoginResult {\n    __typename\n    ... on AuthSuccess {\n      deviceToken\n      user {\n        ...UserFields\n      }\n    }\n    ... on TwoFactorRequired {\n      challenge\n      methods\n      challengeExpiresAt: expiresAt\n    }\n    ... on InvalidCredentials {\n      message\n    }\n    ... on AccountSuspended {\n      message\n    }\n    ... on EmailNotVerified {\n      message\n    }\n    ... on RateLimited {\n      message\n      retryAfterSeconds\n    }\n  }\n":_y,"\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":Ny,"\n  mutation CompleteLogin($input: CompleteLoginInput!) {\n    completeLogin(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":zy,"\n  mutation BeginPasskeyLogin($input: BeginPasskeyLoginInput!) {\n    beginPasskeyLogin(input: $input) {\n      __typename\n      ... on PasskeyOptions {\n        challengeId\n        optionsJson\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Dy,"\n  mutation FinishPasskeyLogin($input: FinishPasskeyLoginInput!) {\n    finishPasskeyLogin(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":My,"\n  mutation Logout {\n    logout {\n      ... on LogoutSuccess {\n        revokedSessions\n      }\n    }\n  }\n":qy,"\n  mutation LogoutAll {\n    logoutAll {\n      ... on LogoutSuccess {\n        revokedSessions\n      }\n    }\n  }\n":Ly,"\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      __typename\n      ... on EmailVerified {\n        email\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Hy,"\n  mutation RequestEmailVerification {\n    requestEmailVerification {\n      __typename\n      ... on CodeSent {\n        message\n        expiresInSeconds\n        handle\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Vy,"\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      __typename\n      ... on CodeSent {\n        message\n        expiresInSeconds\n        handle\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":By,"\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        deviceToken\n        user {\n          ...UserFields\n        }\n      }\n      ... on TwoFactorRequired {\n        challenge\n        methods\n        challengeExpiresAt: expiresAt\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Yy,"\n  fragment UpdateOutcome on UpdateUserResult {\n    __typename\n    ... on UpdateUserSuccess {\n      user {\n        ...UserFields\n      }\n    }\n    ... on ValidationError {\n      message\n      fields {\n        field\n        code\n        message\n      }\n    }\n    ... on UserAlreadyExists {\n      message\n      fields {\n        field\n        code\n        message\n      }\n    }\n    ... on InvalidCredentials {\n      message\n    }\n    ... on InvalidCode {\n      message\n    }\n    ... on RateLimited {\n      message\n      retryAfterSeconds\n    }\n    ...StepUpFields\n  }\n":Ry,"\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UpdateOutcome\n    }\n  }\n":Gy,"\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      ...UpdateOutcome\n    }\n  }\n":Xy,"\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        user {\n          id\n        }\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ...StepUpFields\n    }\n  }\n":ky,"\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        user {\n          ...UserFields\n        }\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ...StepUpFields\n    }\n  }\n":Qy,"\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      __typename\n      ... on AccountDeleted {\n        message\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ...StepUpFields\n    }\n  }\n":Zy,"\n  query Sessions {\n    sessions {\n      id\n      current\n      createdAt\n      lastUsedAt\n      expiresAt\n      userAgent\n      ipAddress\n      methods\n      assurance\n      authenticatedAt\n    }\n  }\n":Jy,"\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id) {\n      ... on LogoutSuccess {\n        revokedSessions\n      }\n    }\n  }\n":Ky,"\n  query SecurityEvents($first: Int!, $after: String) {\n    securityEvents(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          at\n          ipAddress\n          userAgent\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":$y,"\n  mutation BeginTotpSetup {\n    beginTotpSetup {\n      __typename\n      ... on TotpSetup {\n        secret\n        otpauthUri\n        qrSvg\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":Fy,"\n  fragment RecoveryCodesOutcome on RecoveryCodesResult {\n    __typename\n    ... on RecoveryCodes {\n      codes\n    }\n    ... on InvalidCode {\n      message\n    }\n    ... on InvalidCredentials {\n      message\n    }\n    ... on RateLimited {\n      message\n      retryAfterSeconds\n    }\n    ... on EmailNotVerified {\n      message\n    }\n    ...StepUpFields\n  }\n":Uy,"\n  mutation ConfirmTotpSetup($input: ConfirmTotpSetupInput!) {\n    confirmTotpSetup(input: $input) {\n      ...RecoveryCodesOutcome\n    }\n  }\n":Wy,"\n  mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      ...RecoveryCodesOutcome\n    }\n  }\n":Iy,"\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input) {\n      __typename\n      ... on TwoFactorDisabled {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ...StepUpFields\n    }\n  }\n":Py,"\n  query Passkeys {\n    passkeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n":ep,"\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration {\n      __typename\n      ... on PasskeyOptions {\n        challengeId\n        optionsJson\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":tp,"\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      __typename\n      ... on PasskeyAdded {\n        passkey {\n          id\n          name\n        }\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":np,"\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id) {\n      __typename\n      ... on PasskeyRemoved {\n        message\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ...StepUpFields\n    }\n  }\n":ap,"\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input) {\n      __typename\n      ... on Reauthenticated {\n        privilegedUntil\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n":lp,"\n  mutation BeginPasskeyReauthentication {\n    beginPasskeyReauthentication {\n      __typename\n      ... on PasskeyOptions {\n        challengeId\n        optionsJson\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":ip};function he(c){return up[c]??{}}he(`
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
`);const sp=he(`
  query Me {
    me {
      ...UserFields
    }
  }
`);he(`
  fragment StepUpFields on ReauthenticationRequired {
    message
    methods
    passwordRequired
  }
`);const cp=he(`
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
`);he(`
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
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
  }
`);const op=he(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...LoginOutcome
    }
  }
`),rp=he(`
  mutation CompleteLogin($input: CompleteLoginInput!) {
    completeLogin(input: $input) {
      ...LoginOutcome
    }
  }
`),fp=he(`
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
`),dp=he(`
  mutation FinishPasskeyLogin($input: FinishPasskeyLoginInput!) {
    finishPasskeyLogin(input: $input) {
      ...LoginOutcome
    }
  }
`),mp=he(`
  mutation Logout {
    logout {
      ... on LogoutSuccess {
        revokedSessions
      }
    }
  }
`),hp=he(`
  mutation LogoutAll {
    logoutAll {
      ... on LogoutSuccess {
        revokedSessions
      }
    }
  }
`),zm=he(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      __typename
      ... on EmailVerified {
        email
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
`),Dm=he(`
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
`),gp=he(`
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
`),yp=he(`
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
`);he(`
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
`);const zu=he(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UpdateOutcome
    }
  }
`),pp=he(`
  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {
    confirmEmailChange(input: $input) {
      ...UpdateOutcome
    }
  }
`),vp=he(`
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
`),bp=he(`
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
`),Sp=he(`
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
`),wp=he(`
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
`),Ep=he(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id) {
      ... on LogoutSuccess {
        revokedSessions
      }
    }
  }
`),Ap=he(`
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
`),xp=he(`
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
`);he(`
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
`);const Tp=he(`
  mutation ConfirmTotpSetup($input: ConfirmTotpSetupInput!) {
    confirmTotpSetup(input: $input) {
      ...RecoveryCodesOutcome
    }
  }
`),_p=he(`
  mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {
    regenerateRecoveryCodes(input: $input) {
      ...RecoveryCodesOutcome
    }
  }
`),jp=he(`
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
`),Rp=he(`
  query Passkeys {
    passkeys {
      id
      name
      createdAt
      lastUsedAt
    }
  }
`),Up=he(`
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
`),Cp=he(`
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
`),Op=he(`
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
`),Rm=he(`
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
`),Np=he(`
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
`),ml="/account";function ro(){return(window.location.pathname.startsWith(ml)?window.location.pathname.slice(ml.length):"/").replace(/\/+$/,"")||"/"}function Jt(c,d=!1,f=null){const o=ml+c;d?window.history.replaceState(f,"",o):window.history.pushState(f,"",o),window.dispatchEvent(new PopStateEvent("popstate"))}function wa(c){const f=window.history.state?.[c];return typeof f=="string"?f:null}function yo(){const c=new URLSearchParams(window.location.search).get("next");return c&&/^\/[a-z-]*$/.test(c)?c:"/"}function zp(){const[c,d]=Y.useState(()=>({path:ro(),query:new URLSearchParams(window.location.search)}));return Y.useEffect(()=>{const f=()=>d({path:ro(),query:new URLSearchParams(window.location.search)});return window.addEventListener("popstate",f),()=>window.removeEventListener("popstate",f)},[]),c}function Dp(c){Y.useEffect(()=>{document.title=`${c} · ${Aa.productName}`},[c])}function ft({to:c,...d}){const f=v=>{v.button!==0||v.metaKey||v.ctrlKey||v.shiftKey||v.altKey||(v.preventDefault(),Jt(c))},o=ro()===c.split("?")[0];return s.jsx("a",{href:ml+c,onClick:f,"aria-current":o?"page":void 0,...d})}const Mm=Y.createContext(null);function Mp({children:c}){const[d,f]=Y.useState(null),[o,v]=Y.useState(!0),O=Y.useCallback(async()=>{try{const{me:x}=await fe(sp);return f(x??null),x??null}catch{return f(null),null}finally{v(!1)}},[]);return Y.useEffect(()=>{O();const x=()=>f(null);return window.addEventListener(oo,x),()=>window.removeEventListener(oo,x)},[O]),s.jsx(Mm.Provider,{value:{user:d,loading:o,refresh:O,setUser:f},children:c})}function dt(){const c=Y.useContext(Mm);if(!c)throw new Error("useSession outside SessionProvider");return c}const qp=/^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;function qm(){const c=Aa.passkeyOrigins,f=c.find(o=>new URL(o).port===window.location.port)??c[0];if(f)return{href:f+window.location.pathname,text:`Open this page at ${f}`}}function qu(){if(typeof window.PublicKeyCredential>"u"||!navigator.credentials)return{message:"This browser cannot use passkeys. Use a recent Chrome, Edge, Firefox or Safari.",fields:{}};const c=window.location.origin;if(Aa.passkeyOrigins.includes(c))return null;const d=qm();if(qp.test(window.location.hostname))return{message:`Passkeys need a site name, and this page is open at an IP address (${window.location.host}), which browsers refuse for passkeys.`,fields:{},link:d};const f=Aa.passkeyOrigins.join(" or ")||"no address (ACCOUNTS_WEBAUTHN_ORIGINS is empty)";return{message:`Passkeys are not set up for this address (${c}): this service accepts them only at ${f}.`,fields:{},link:d}}function hl(c,d){const f=c instanceof Error?c.name:"",o=d?"No passkey was added":"No passkey was used";return{message:(()=>{switch(f){case"NotAllowedError":case"AbortError":return`${o}: the request was cancelled or took too long. Try again when you are ready.`;case"InvalidStateError":return d?"This device already has a passkey for your account. Use it to log in, or add one on another device.":`${o}: this device could not use the passkey. Try again, or use another device.`;case"NotSupportedError":return`${o}: this device cannot make the kind of passkey this service asks for.`;case"ConstraintError":return`${o}: your device cannot check that it is you. Set up a screen lock, PIN, fingerprint or face first.`;case"SecurityError":return qu()?.message??`${o}: this page's address cannot use passkeys.`;default:return`${o}: your device could not complete the request. Try again, or use another device.`}})(),fields:{},link:f==="SecurityError"?qm():void 0}}const uo={invalid:"Your device's answer could not be verified, so no passkey was added. Try again.",taken:"This passkey is already added to an account.",too_many:"You have as many passkeys as an account may have. Remove one to add another.",too_large:"Your device's answer was too large to check. Try another device."};function Lp(c){if(c.__typename==="InvalidCode")return{message:"The request expired before it was finished. Try again.",fields:{}};const d={};let f="";for(const o of c.fields??[])o.field==="name"?d.name=o.message:f=uo[o.code]??uo.invalid;return{message:f||(Object.keys(d).length?"":c.message??uo.invalid),fields:d}}function Hp(c,d){const f=PublicKeyCredential.signalUnknownCredential;f&&f.call(PublicKeyCredential,{rpId:c,credentialId:d}).catch(()=>{})}function Ge(c,d={}){const f=c.__typename?d[c.__typename]:void 0;if(f)return{message:"",fields:{[f.field]:f.message??c.message??""},retryAfterSeconds:c.retryAfterSeconds};const o={};for(const v of c.fields??[])o[v.field]=o[v.field]?`${o[v.field]} ${v.message}`:v.message;return{message:c.message??"Something went wrong.",fields:o,retryAfterSeconds:c.retryAfterSeconds}}const gi={InvalidCredentials:{field:"currentPassword",message:"That is not your current password."}};function Lu(c){return c instanceof Fn&&c.code==="UNAUTHENTICATED"?{message:"You are signed out. Log in again.",fields:{}}:c instanceof Fn&&c.code===Om?{message:"",fields:{image:"This image is too large for the service: choose a smaller one."}}:{message:c instanceof Error?c.message:String(c),fields:{}}}function Vp(c){const d=new Date(Date.now()+c*1e3);return`Try again in ${c<90?`${c} seconds`:`${Math.ceil(c/60)} minutes`} (at ${d.toLocaleTimeString()}).`}function Bp(c,d){if(!c||!(d in c.fields))return c;const f={...c.fields};return delete f[d],Object.keys(f).length===0&&(!c.message||c.message==="Some fields are invalid.")?null:{...c,fields:f}}function He(c){const[d,f]=Y.useState(c),[o,v]=Y.useState(!1),[O,x]=Y.useState(null),[M,C]=Y.useState(null),y=Y.useRef(null);Y.useEffect(()=>{O&&Object.keys(O.fields).length>0&&y.current?.querySelector('[aria-invalid="true"]')?.focus()},[O]);const L=(j,S)=>{f(T=>({...T,[j]:S})),x(T=>Bp(T,j)),C(null)};return{values:d,setValues:f,change:L,bind:j=>({name:j,value:d[j],error:O?.fields[j],onChange:S=>L(j,S.target.value)}),reset:()=>f(c),busy:o,problem:O,setProblem:x,done:M,setDone:C,run:j=>async S=>{if(S?.preventDefault(),!o){S?.currentTarget instanceof HTMLFormElement&&(y.current=S.currentTarget),v(!0),x(null),C(null);try{const T=await j();typeof T=="string"?C(T):x(T??null)}catch(T){x(Lu(T))}finally{v(!1)}}}}}function le({label:c,error:d,hint:f,multiline:o,...v}){const O=Y.useId(),x=[f?`${O}-hint`:"",d?`${O}-error`:""].filter(Boolean).join(" ")||void 0,M={id:O,"aria-invalid":d?!0:void 0,"aria-describedby":x};return s.jsxs("div",{className:d?"field invalid":"field",children:[s.jsx("label",{htmlFor:O,children:c}),o?s.jsx("textarea",{...M,name:v.name,value:v.value,onChange:v.onChange,rows:3}):s.jsx("input",{...M,...v}),f&&s.jsx("p",{className:"hint",id:`${O}-hint`,children:f}),d&&s.jsx("p",{className:"error",id:`${O}-error`,children:d})]})}function Ce({problem:c,shown:d=[]}){if(!c)return null;const f=Object.entries(c.fields).filter(([o])=>!d.includes(o));return!c.message&&f.length===0&&c.retryAfterSeconds===void 0?null:s.jsxs("div",{className:"alert",role:"alert",children:[c.message&&s.jsx("p",{children:c.message}),f.map(([o,v])=>s.jsx("p",{children:v},o)),c.retryAfterSeconds!==void 0&&s.jsx("p",{children:Vp(c.retryAfterSeconds)}),c.link&&s.jsx("p",{children:s.jsx("a",{href:c.link.href,children:c.link.text})})]})}function Ye({children:c,warn:d}){return s.jsx("div",{className:d?"notice warn":"notice",role:"status",children:c})}function Ie({busy:c,danger:d,children:f}){return s.jsx("button",{type:"submit",className:d?"danger":"primary",disabled:c,"aria-busy":c||void 0,children:f})}function Du(c){const d=c.replace(/-/g,"+").replace(/_/g,"/").padEnd(Math.ceil(c.length/4)*4,"="),f=atob(d),o=new Uint8Array(f.length);for(let v=0;v<f.length;v++)o[v]=f.charCodeAt(v);return o.buffer}function Sa(c){let d="";for(const f of new Uint8Array(c))d+=String.fromCharCode(f);return btoa(d).replace(/\+/g,"-").replace(/\//g,"_").replace(/=+$/,"")}function Lm(c){return(c??[]).map(d=>({...d,id:Du(d.id)}))}function Yp(c){const d=JSON.parse(c);return{...d,challenge:Du(d.challenge),user:{...d.user,id:Du(d.user.id)},excludeCredentials:Lm(d.excludeCredentials)}}function Hm(c){const d=JSON.parse(c);return{...d,challenge:Du(d.challenge),allowCredentials:Lm(d.allowCredentials)}}function po(c){const d=c.response,f={id:c.id,rawId:Sa(c.rawId),type:c.type,authenticatorAttachment:c.authenticatorAttachment,clientExtensionResults:{}};if(d instanceof AuthenticatorAttestationResponse)return JSON.stringify({...f,response:{clientDataJSON:Sa(d.clientDataJSON),attestationObject:Sa(d.attestationObject),transports:d.getTransports()}});const o=d;return JSON.stringify({...f,response:{clientDataJSON:Sa(o.clientDataJSON),authenticatorData:Sa(o.authenticatorData),signature:Sa(o.signature),userHandle:o.userHandle?Sa(o.userHandle):null}})}const Vm=Y.createContext(null),Gp=3;function Xp(c){return c.__typename==="ReauthenticationRequired"&&"methods"in c}function kp({children:c}){const[d,f]=Y.useState(null),o=Y.useCallback(x=>new Promise(M=>f({...x,answer:M})),[]),v=Y.useCallback(async(x,M={})=>{let C=await x();for(let y=0;y<Gp;y++){let L;if(C.__typename==="EmailNotVerified")L=await o({kind:"verify"});else if(Xp(C))L=await o({kind:"proof",requirement:C,password:M.password??""});else return C;if(!L)return null;C=await x()}return C},[o]),O=x=>{d?.answer(x),f(null)};return s.jsxs(Vm.Provider,{value:v,children:[c,d?.kind==="proof"&&s.jsx(Kp,{requirement:d.requirement,password:d.password,onClose:O}),d?.kind==="verify"&&s.jsx(Fp,{onClose:O})]})}function xa(){const c=Y.useContext(Vm);if(!c)throw new Error("useGuard outside GuardProvider");return c}function fo({title:c,intro:d,onCancel:f,children:o}){const v=Y.useRef(null),O=Y.useId();return Y.useEffect(()=>{const x=v.current;return x&&!x.open&&x.showModal(),()=>x?.close()},[]),s.jsxs("dialog",{ref:v,className:"confirm","aria-labelledby":`${O}-title`,"aria-describedby":`${O}-intro`,onCancel:x=>{x.preventDefault(),f()},children:[s.jsx("h2",{id:`${O}-title`,children:c}),s.jsx("div",{id:`${O}-intro`,children:d}),o]})}const Qp="That is not your password.",Zp="The code is not right. Type the code your app shows now, or an unused recovery code.";function Jp(c,d,f){return c.passwordRequired?`Type ${d?"your password and a code from your authenticator app (or a recovery code)":"your password"}${f?", or use a passkey":""}.`:f?"Use one of your passkeys.":"Log out, log in again, and then make this change within a few minutes."}function Kp({requirement:c,password:d,onClose:f}){const o=c.methods.includes("TOTP")||c.methods.includes("RECOVERY_CODE"),v=c.methods.includes("PASSKEY"),O=c.passwordRequired,x=He({password:d,code:""}),M=(p,j)=>{if(p.__typename==="Reauthenticated")return f(!0),null;const S={};j.password&&(S.InvalidCredentials={field:"password",message:Qp}),j.code&&(S.InvalidCode={field:"code",message:Zp});const T=Ge(p,S);return T.fields.recoveryCode&&(T.fields.code=T.fields.recoveryCode,delete T.fields.recoveryCode),T},C=x.run(async()=>{const p=x.values.code.trim(),j={password:x.values.password,.../^\d{6,8}$/.test(p.replace(/\s/g,""))?{code:p}:p?{recoveryCode:p}:{}},{reauthenticate:S}=await fe(Rm,{input:j});return M(S,{password:!0,code:!!p})}),y=x.run(async()=>{const p=qu();if(p)return p;const{beginPasskeyReauthentication:j}=await fe(Np);if(j.__typename!=="PasskeyOptions")return Ge(j);let S;try{S=await navigator.credentials.get({publicKey:Hm(j.optionsJson)})}catch(Oe){return hl(Oe,!1)}if(!(S instanceof PublicKeyCredential))return hl(null,!1);const T={passkeyChallengeId:j.challengeId,passkeyCredentialJson:po(S)},{reauthenticate:q}=await fe(Rm,{input:T});return M(q,{password:!1,code:!1})}),L=s.jsxs("p",{children:["This change needs a recent sign-in. ",Jp(c,o,v)]}),H=s.jsx("button",{type:"button",className:"secondary",onClick:()=>f(!1),children:"Cancel"});return O?s.jsxs(fo,{title:"Confirm it is you",intro:L,onCancel:()=>f(!1),children:[s.jsxs("form",{onSubmit:C,noValidate:!0,children:[s.jsx(le,{label:"Your password",type:"password",autoComplete:"current-password",...x.bind("password")}),o&&s.jsx(le,{label:"Code from your app, or a recovery code",autoComplete:"one-time-code",...x.bind("code")}),s.jsx(Ce,{problem:x.problem,shown:["password","code"]}),s.jsxs("div",{className:"dialog-actions",children:[H,s.jsx(Ie,{busy:x.busy,children:"Confirm"})]})]}),v&&s.jsx("p",{className:"dialog-aside",children:s.jsx("button",{type:"button",className:"link",onClick:()=>{y()},disabled:x.busy,children:"Use a passkey instead"})})]}):s.jsxs(fo,{title:"Confirm it is you",intro:L,onCancel:()=>f(!1),children:[s.jsx(Ce,{problem:x.problem}),s.jsxs("div",{className:"dialog-actions",children:[H,v&&s.jsx("button",{type:"button",className:"primary",onClick:()=>{y()},disabled:x.busy,"aria-busy":x.busy||void 0,children:"Use a passkey"})]})]})}const $p={InvalidCode:{field:"code",message:"The code is wrong or no longer valid. Use the code in the newest email."}};function Fp({onClose:c}){const{user:d,refresh:f}=dt(),o=d?.email??"",[v,O]=Y.useState(null),x=He({}),M=He({code:""}),C=x.run(async()=>{const{requestEmailVerification:p}=await fe(Dm);return p.__typename!=="CodeSent"?Ge(p):(O(p.handle),`We sent a 6-digit code to ${o}.`)}),y=Y.useRef(!0);Y.useEffect(()=>{y.current&&(y.current=!1,C())},[C]);const L=M.run(async()=>{const{verifyEmail:p}=await fe(zm,{input:{email:o,code:M.values.code.trim(),handle:v}});return p.__typename!=="EmailVerified"?Ge(p,$p):(await f(),c(!0),null)}),H=s.jsx("p",{children:"Two-factor sign-in and passkeys are added only to an email address you have proved."});return s.jsxs(fo,{title:"Verify your email first",intro:H,onCancel:()=>c(!1),children:[x.busy&&s.jsxs("p",{className:"muted",children:["Sending a code to ",o,"…"]}),x.done&&s.jsx(Ye,{children:x.done}),s.jsx(Ce,{problem:x.problem}),s.jsxs("form",{onSubmit:L,noValidate:!0,children:[s.jsx(le,{label:"Code from the email",inputMode:"numeric",autoComplete:"one-time-code",...M.bind("code")}),s.jsx(Ce,{problem:M.problem,shown:["code"]}),s.jsxs("div",{className:"dialog-actions",children:[s.jsx("button",{type:"button",className:"secondary",onClick:()=>c(!1),children:"Cancel"}),s.jsx(Ie,{busy:M.busy,children:"Verify and continue"})]})]}),s.jsx("p",{className:"dialog-aside",children:s.jsx("button",{type:"button",className:"link",onClick:()=>{C()},disabled:x.busy,children:"Send a new code"})})]})}var hi={exports:{}},Wp=hi.exports,Um;function Ip(){return Um||(Um=1,(function(c,d){(function(f,o){var v="1.0.41",O="",x="?",M="function",C="undefined",y="object",L="string",H="major",p="model",j="name",S="type",T="vendor",q="version",Oe="architecture",gt="console",Q="mobile",Z="tablet",Ne="smarttv",Te="wearable",ne="embedded",Pe=500,mt="Amazon",xt="Apple",Tt="ASUS",at="BlackBerry",Mt="Browser",yt="Chrome",_t="Edge",R="Firefox",V="Google",K="Honor",Se="Huawei",Ee="Lenovo",g="LG",z="Microsoft",B="Motorola",G="Nvidia",I="OnePlus",ee="Opera",ge="OPPO",Xe="Samsung",Me="Sharp",Kt="Sony",An="Xiaomi",Wn="Zebra",yl="Facebook",It="Chromium OS",Ta="Mac OS",_a=" Browser",Bu=function(ue,ye){var F={};for(var ie in ue)ye[ie]&&ye[ie].length%2===0?F[ie]=ye[ie].concat(ue[ie]):F[ie]=ue[ie];return F},In=function(ue){for(var ye={},F=0;F<ue.length;F++)ye[ue[F].toUpperCase()]=ue[F];return ye},ja=function(ue,ye){return typeof ue===L?an(ye).indexOf(an(ue))!==-1:!1},an=function(ue){return ue.toLowerCase()},pl=function(ue){return typeof ue===L?ue.replace(/[^\d\.]/g,O).split(".")[0]:o},vl=function(ue,ye){if(typeof ue===L)return ue=ue.replace(/^\s\s*/,O),typeof ye===C?ue:ue.substring(0,Pe)},Pn=function(ue,ye){for(var F=0,ie,et,qe,pe,W,qt;F<ye.length&&!W;){var Tn=ye[F],ta=ye[F+1];for(ie=et=0;ie<Tn.length&&!W&&Tn[ie];)if(W=Tn[ie++].exec(ue),W)for(qe=0;qe<ta.length;qe++)qt=W[++et],pe=ta[qe],typeof pe===y&&pe.length>0?pe.length===2?typeof pe[1]==M?this[pe[0]]=pe[1].call(this,qt):this[pe[0]]=pe[1]:pe.length===3?typeof pe[1]===M&&!(pe[1].exec&&pe[1].test)?this[pe[0]]=qt?pe[1].call(this,qt,pe[2]):o:this[pe[0]]=qt?qt.replace(pe[1],pe[2]):o:pe.length===4&&(this[pe[0]]=qt?pe[3].call(this,qt.replace(pe[1],pe[2])):o):this[pe]=qt||o;F+=2}},Fe=function(ue,ye){for(var F in ye)if(typeof ye[F]===y&&ye[F].length>0){for(var ie=0;ie<ye[F].length;ie++)if(ja(ye[F][ie],ue))return F===x?o:F}else if(ja(ye[F],ue))return F===x?o:F;return ye.hasOwnProperty("*")?ye["*"]:ue},Yu={"1.0":"/8","1.2":"/1","1.3":"/3","2.0":"/412","2.0.2":"/416","2.0.3":"/417","2.0.4":"/419","?":"/"},bl={ME:"4.90","NT 3.11":"NT3.51","NT 4.0":"NT4.0",2e3:"NT 5.0",XP:["NT 5.1","NT 5.2"],Vista:"NT 6.0",7:"NT 6.1",8:"NT 6.2","8.1":"NT 6.3",10:["NT 6.4","NT 10.0"],RT:"ARM"},Sl={browser:[[/\b(?:crmo|crios)\/([\w\.]+)/i],[q,[j,"Chrome"]],[/edg(?:e|ios|a)?\/([\w\.]+)/i],[q,[j,"Edge"]],[/(opera mini)\/([-\w\.]+)/i,/(opera [mobiletab]{3,6})\b.+version\/([-\w\.]+)/i,/(opera)(?:.+version\/|[\/ ]+)([\w\.]+)/i],[j,q],[/opios[\/ ]+([\w\.]+)/i],[q,[j,ee+" Mini"]],[/\bop(?:rg)?x\/([\w\.]+)/i],[q,[j,ee+" GX"]],[/\bopr\/([\w\.]+)/i],[q,[j,ee]],[/\bb[ai]*d(?:uhd|[ub]*[aekoprswx]{5,6})[\/ ]?([\w\.]+)/i],[q,[j,"Baidu"]],[/\b(?:mxbrowser|mxios|myie2)\/?([-\w\.]*)\b/i],[q,[j,"Maxthon"]],[/(kindle)\/([\w\.]+)/i,/(lunascape|maxthon|netfront|jasmine|blazer|sleipnir)[\/ ]?([\w\.]*)/i,/(avant|iemobile|slim(?:browser|boat|jet))[\/ ]?([\d\.]*)/i,/(?:ms|\()(ie) ([\w\.]+)/i,/(flock|rockmelt|midori|epiphany|silk|skyfire|ovibrowser|bolt|iron|vivaldi|iridium|phantomjs|bowser|qupzilla|falkon|rekonq|puffin|brave|whale(?!.+naver)|qqbrowserlite|duckduckgo|klar|helio|(?=comodo_)?dragon)\/([-\w\.]+)/i,/(heytap|ovi|115)browser\/([\d\.]+)/i,/(weibo)__([\d\.]+)/i],[j,q],[/quark(?:pc)?\/([-\w\.]+)/i],[q,[j,"Quark"]],[/\bddg\/([\w\.]+)/i],[q,[j,"DuckDuckGo"]],[/(?:\buc? ?browser|(?:juc.+)ucweb)[\/ ]?([\w\.]+)/i],[q,[j,"UC"+Mt]],[/microm.+\bqbcore\/([\w\.]+)/i,/\bqbcore\/([\w\.]+).+microm/i,/micromessenger\/([\w\.]+)/i],[q,[j,"WeChat"]],[/konqueror\/([\w\.]+)/i],[q,[j,"Konqueror"]],[/trident.+rv[: ]([\w\.]{1,9})\b.+like gecko/i],[q,[j,"IE"]],[/ya(?:search)?browser\/([\w\.]+)/i],[q,[j,"Yandex"]],[/slbrowser\/([\w\.]+)/i],[q,[j,"Smart Lenovo "+Mt]],[/(avast|avg)\/([\w\.]+)/i],[[j,/(.+)/,"$1 Secure "+Mt],q],[/\bfocus\/([\w\.]+)/i],[q,[j,R+" Focus"]],[/\bopt\/([\w\.]+)/i],[q,[j,ee+" Touch"]],[/coc_coc\w+\/([\w\.]+)/i],[q,[j,"Coc Coc"]],[/dolfin\/([\w\.]+)/i],[q,[j,"Dolphin"]],[/coast\/([\w\.]+)/i],[q,[j,ee+" Coast"]],[/miuibrowser\/([\w\.]+)/i],[q,[j,"MIUI"+_a]],[/fxios\/([\w\.-]+)/i],[q,[j,R]],[/\bqihoobrowser\/?([\w\.]*)/i],[q,[j,"360"]],[/\b(qq)\/([\w\.]+)/i],[[j,/(.+)/,"$1Browser"],q],[/(oculus|sailfish|huawei|vivo|pico)browser\/([\w\.]+)/i],[[j,/(.+)/,"$1"+_a],q],[/samsungbrowser\/([\w\.]+)/i],[q,[j,Xe+" Internet"]],[/metasr[\/ ]?([\d\.]+)/i],[q,[j,"Sogou Explorer"]],[/(sogou)mo\w+\/([\d\.]+)/i],[[j,"Sogou Mobile"],q],[/(electron)\/([\w\.]+) safari/i,/(tesla)(?: qtcarbrowser|\/(20\d\d\.[-\w\.]+))/i,/m?(qqbrowser|2345(?=browser|chrome|explorer))\w*[\/ ]?v?([\w\.]+)/i],[j,q],[/(lbbrowser|rekonq)/i,/\[(linkedin)app\]/i],[j],[/ome\/([\w\.]+) \w* ?(iron) saf/i,/ome\/([\w\.]+).+qihu (360)[es]e/i],[q,j],[/((?:fban\/fbios|fb_iab\/fb4a)(?!.+fbav)|;fbav\/([\w\.]+);)/i],[[j,yl],q],[/(Klarna)\/([\w\.]+)/i,/(kakao(?:talk|story))[\/ ]([\w\.]+)/i,/(naver)\(.*?(\d+\.[\w\.]+).*\)/i,/(daum)apps[\/ ]([\w\.]+)/i,/safari (line)\/([\w\.]+)/i,/\b(line)\/([\w\.]+)\/iab/i,/(alipay)client\/([\w\.]+)/i,/(twitter)(?:and| f.+e\/([\w\.]+))/i,/(chromium|instagram|snapchat)[\/ ]([-\w\.]+)/i],[j,q],[/\bgsa\/([\w\.]+) .*safari\//i],[q,[j,"GSA"]],[/musical_ly(?:.+app_?version\/|_)([\w\.]+)/i],[q,[j,"TikTok"]],[/headlesschrome(?:\/([\w\.]+)| )/i],[q,[j,yt+" Headless"]],[/ wv\).+(chrome)\/([\w\.]+)/i],[[j,yt+" WebView"],q],[/droid.+ version\/([\w\.]+)\b.+(?:mobile safari|safari)/i],[q,[j,"Android "+Mt]],[/(chrome|omniweb|arora|[tizenoka]{5} ?browser)\/v?([\w\.]+)/i],[j,q],[/version\/([\w\.\,]+) .*mobile\/\w+ (safari)/i],[q,[j,"Mobile Safari"]],[/version\/([\w(\.|\,)]+) .*(mobile ?safari|safari)/i],[q,j],[/webkit.+?(mobile ?safari|safari)(\/[\w\.]+)/i],[j,[q,Fe,Yu]],[/(webkit|khtml)\/([\w\.]+)/i],[j,q],[/(navigator|netscape\d?)\/([-\w\.]+)/i],[[j,"Netscape"],q],[/(wolvic|librewolf)\/([\w\.]+)/i],[j,q],[/mobile vr; rv:([\w\.]+)\).+firefox/i],[q,[j,R+" Reality"]],[/ekiohf.+(flow)\/([\w\.]+)/i,/(swiftfox)/i,/(icedragon|iceweasel|camino|chimera|fennec|maemo browser|minimo|conkeror)[\/ ]?([\w\.\+]+)/i,/(seamonkey|k-meleon|icecat|iceape|firebird|phoenix|palemoon|basilisk|waterfox)\/([-\w\.]+)$/i,/(firefox)\/([\w\.]+)/i,/(mozilla)\/([\w\.]+) .+rv\:.+gecko\/\d+/i,/(amaya|dillo|doris|icab|ladybird|lynx|mosaic|netsurf|obigo|polaris|w3m|(?:go|ice|up)[\. ]?browser)[-\/ ]?v?([\w\.]+)/i,/\b(links) \(([\w\.]+)/i],[j,[q,/_/g,"."]],[/(cobalt)\/([\w\.]+)/i],[j,[q,/master.|lts./,""]]],cpu:[[/\b((amd|x|x86[-_]?|wow|win)64)\b/i],[[Oe,"amd64"]],[/(ia32(?=;))/i,/\b((i[346]|x)86)(pc)?\b/i],[[Oe,"ia32"]],[/\b(aarch64|arm(v?[89]e?l?|_?64))\b/i],[[Oe,"arm64"]],[/\b(arm(v[67])?ht?n?[fl]p?)\b/i],[[Oe,"armhf"]],[/( (ce|mobile); ppc;|\/[\w\.]+arm\b)/i],[[Oe,"arm"]],[/((ppc|powerpc)(64)?)( mac|;|\))/i],[[Oe,/ower/,O,an]],[/ sun4\w[;\)]/i],[[Oe,"sparc"]],[/\b(avr32|ia64(?=;)|68k(?=\))|\barm(?=v([1-7]|[5-7]1)l?|;|eabi)|(irix|mips|sparc)(64)?\b|pa-risc)/i],[[Oe,an]]],device:[[/\b(sch-i[89]0\d|shw-m380s|sm-[ptx]\w{2,4}|gt-[pn]\d{2,4}|sgh-t8[56]9|nexus 10)/i],[p,[T,Xe],[S,Z]],[/\b((?:s[cgp]h|gt|sm)-(?![lr])\w+|sc[g-]?[\d]+a?|galaxy nexus)/i,/samsung[- ]((?!sm-[lr])[-\w]+)/i,/sec-(sgh\w+)/i],[p,[T,Xe],[S,Q]],[/(?:\/|\()(ip(?:hone|od)[\w, ]*)(?:\/|;)/i],[p,[T,xt],[S,Q]],[/\((ipad);[-\w\),; ]+apple/i,/applecoremedia\/[\w\.]+ \((ipad)/i,/\b(ipad)\d\d?,\d\d?[;\]].+ios/i],[p,[T,xt],[S,Z]],[/(macintosh);/i],[p,[T,xt]],[/\b(sh-?[altvz]?\d\d[a-ekm]?)/i],[p,[T,Me],[S,Q]],[/\b((?:brt|eln|hey2?|gdi|jdn)-a?[lnw]09|(?:ag[rm]3?|jdn2|kob2)-a?[lw]0[09]hn)(?: bui|\)|;)/i],[p,[T,K],[S,Z]],[/honor([-\w ]+)[;\)]/i],[p,[T,K],[S,Q]],[/\b((?:ag[rs][2356]?k?|bah[234]?|bg[2o]|bt[kv]|cmr|cpn|db[ry]2?|jdn2|got|kob2?k?|mon|pce|scm|sht?|[tw]gr|vrd)-[ad]?[lw][0125][09]b?|605hw|bg2-u03|(?:gem|fdr|m2|ple|t1)-[7a]0[1-4][lu]|t1-a2[13][lw]|mediapad[\w\. ]*(?= bui|\)))\b(?!.+d\/s)/i],[p,[T,Se],[S,Z]],[/(?:huawei)([-\w ]+)[;\)]/i,/\b(nexus 6p|\w{2,4}e?-[atu]?[ln][\dx][012359c][adn]?)\b(?!.+d\/s)/i],[p,[T,Se],[S,Q]],[/oid[^\)]+; (2[\dbc]{4}(182|283|rp\w{2})[cgl]|m2105k81a?c)(?: bui|\))/i,/\b((?:red)?mi[-_ ]?pad[\w- ]*)(?: bui|\))/i],[[p,/_/g," "],[T,An],[S,Z]],[/\b(poco[\w ]+|m2\d{3}j\d\d[a-z]{2})(?: bui|\))/i,/\b; (\w+) build\/hm\1/i,/\b(hm[-_ ]?note?[_ ]?(?:\d\w)?) bui/i,/\b(redmi[\-_ ]?(?:note|k)?[\w_ ]+)(?: bui|\))/i,/oid[^\)]+; (m?[12][0-389][01]\w{3,6}[c-y])( bui|; wv|\))/i,/\b(mi[-_ ]?(?:a\d|one|one[_ ]plus|note lte|max|cc)?[_ ]?(?:\d?\w?)[_ ]?(?:plus|se|lite|pro)?)(?: bui|\))/i,/ ([\w ]+) miui\/v?\d/i],[[p,/_/g," "],[T,An],[S,Q]],[/; (\w+) bui.+ oppo/i,/\b(cph[12]\d{3}|p(?:af|c[al]|d\w|e[ar])[mt]\d0|x9007|a101op)\b/i],[p,[T,ge],[S,Q]],[/\b(opd2(\d{3}a?))(?: bui|\))/i],[p,[T,Fe,{OnePlus:["304","403","203"],"*":ge}],[S,Z]],[/vivo (\w+)(?: bui|\))/i,/\b(v[12]\d{3}\w?[at])(?: bui|;)/i],[p,[T,"Vivo"],[S,Q]],[/\b(rmx[1-3]\d{3})(?: bui|;|\))/i],[p,[T,"Realme"],[S,Q]],[/\b(milestone|droid(?:[2-4x]| (?:bionic|x2|pro|razr))?:?( 4g)?)\b[\w ]+build\//i,/\bmot(?:orola)?[- ](\w*)/i,/((?:moto(?! 360)[\w\(\) ]+|xt\d{3,4}|nexus 6)(?= bui|\)))/i],[p,[T,B],[S,Q]],[/\b(mz60\d|xoom[2 ]{0,2}) build\//i],[p,[T,B],[S,Z]],[/((?=lg)?[vl]k\-?\d{3}) bui| 3\.[-\w; ]{10}lg?-([06cv9]{3,4})/i],[p,[T,g],[S,Z]],[/(lm(?:-?f100[nv]?|-[\w\.]+)(?= bui|\))|nexus [45])/i,/\blg[-e;\/ ]+((?!browser|netcast|android tv|watch)\w+)/i,/\blg-?([\d\w]+) bui/i],[p,[T,g],[S,Q]],[/(ideatab[-\w ]+|602lv|d-42a|a101lv|a2109a|a3500-hv|s[56]000|pb-6505[my]|tb-?x?\d{3,4}(?:f[cu]|xu|[av])|yt\d?-[jx]?\d+[lfmx])( bui|;|\)|\/)/i,/lenovo ?(b[68]0[08]0-?[hf]?|tab(?:[\w- ]+?)|tb[\w-]{6,7})( bui|;|\)|\/)/i],[p,[T,Ee],[S,Z]],[/(nokia) (t[12][01])/i],[T,p,[S,Z]],[/(?:maemo|nokia).*(n900|lumia \d+|rm-\d+)/i,/nokia[-_ ]?(([-\w\. ]*))/i],[[p,/_/g," "],[S,Q],[T,"Nokia"]],[/(pixel (c|tablet))\b/i],[p,[T,V],[S,Z]],[/droid.+; (pixel[\daxl ]{0,6})(?: bui|\))/i],[p,[T,V],[S,Q]],[/droid.+; (a?\d[0-2]{2}so|[c-g]\d{4}|so[-gl]\w+|xq-a\w[4-7][12])(?= bui|\).+chrome\/(?![1-6]{0,1}\d\.))/i],[p,[T,Kt],[S,Q]],[/sony tablet [ps]/i,/\b(?:sony)?sgp\w+(?: bui|\))/i],[[p,"Xperia Tablet"],[T,Kt],[S,Z]],[/ (kb2005|in20[12]5|be20[12][59])\b/i,/(?:one)?(?:plus)? (a\d0\d\d)(?: b|\))/i],[p,[T,I],[S,Q]],[/(alexa)webm/i,/(kf[a-z]{2}wi|aeo(?!bc)\w\w)( bui|\))/i,/(kf[a-z]+)( bui|\)).+silk\//i],[p,[T,mt],[S,Z]],[/((?:sd|kf)[0349hijorstuw]+)( bui|\)).+silk\//i],[[p,/(.+)/g,"Fire Phone $1"],[T,mt],[S,Q]],[/(playbook);[-\w\),; ]+(rim)/i],[p,T,[S,Z]],[/\b((?:bb[a-f]|st[hv])100-\d)/i,/\(bb10; (\w+)/i],[p,[T,at],[S,Q]],[/(?:\b|asus_)(transfo[prime ]{4,10} \w+|eeepc|slider \w+|nexus 7|padfone|p00[cj])/i],[p,[T,Tt],[S,Z]],[/ (z[bes]6[027][012][km][ls]|zenfone \d\w?)\b/i],[p,[T,Tt],[S,Q]],[/(nexus 9)/i],[p,[T,"HTC"],[S,Z]],[/(htc)[-;_ ]{1,2}([\w ]+(?=\)| bui)|\w+)/i,/(zte)[- ]([\w ]+?)(?: bui|\/|\))/i,/(alcatel|geeksphone|nexian|panasonic(?!(?:;|\.))|sony(?!-bra))[-_ ]?([-\w]*)/i],[T,[p,/_/g," "],[S,Q]],[/droid [\w\.]+; ((?:8[14]9[16]|9(?:0(?:48|60|8[01])|1(?:3[27]|66)|2(?:6[69]|9[56])|466))[gqswx])\w*(\)| bui)/i],[p,[T,"TCL"],[S,Z]],[/(itel) ((\w+))/i],[[T,an],p,[S,Fe,{tablet:["p10001l","w7001"],"*":"mobile"}]],[/droid.+; ([ab][1-7]-?[0178a]\d\d?)/i],[p,[T,"Acer"],[S,Z]],[/droid.+; (m[1-5] note) bui/i,/\bmz-([-\w]{2,})/i],[p,[T,"Meizu"],[S,Q]],[/; ((?:power )?armor(?:[\w ]{0,8}))(?: bui|\))/i],[p,[T,"Ulefone"],[S,Q]],[/; (energy ?\w+)(?: bui|\))/i,/; energizer ([\w ]+)(?: bui|\))/i],[p,[T,"Energizer"],[S,Q]],[/; cat (b35);/i,/; (b15q?|s22 flip|s48c|s62 pro)(?: bui|\))/i],[p,[T,"Cat"],[S,Q]],[/((?:new )?andromax[\w- ]+)(?: bui|\))/i],[p,[T,"Smartfren"],[S,Q]],[/droid.+; (a(?:015|06[35]|142p?))/i],[p,[T,"Nothing"],[S,Q]],[/; (x67 5g|tikeasy \w+|ac[1789]\d\w+)( b|\))/i,/archos ?(5|gamepad2?|([\w ]*[t1789]|hello) ?\d+[\w ]*)( b|\))/i],[p,[T,"Archos"],[S,Z]],[/archos ([\w ]+)( b|\))/i,/; (ac[3-6]\d\w{2,8})( b|\))/i],[p,[T,"Archos"],[S,Q]],[/(imo) (tab \w+)/i,/(infinix) (x1101b?)/i],[T,p,[S,Z]],[/(blackberry|benq|palm(?=\-)|sonyericsson|acer|asus(?! zenw)|dell|jolla|meizu|motorola|polytron|infinix|tecno|micromax|advan)[-_ ]?([-\w]*)/i,/; (hmd|imo) ([\w ]+?)(?: bui|\))/i,/(hp) ([\w ]+\w)/i,/(microsoft); (lumia[\w ]+)/i,/(lenovo)[-_ ]?([-\w ]+?)(?: bui|\)|\/)/i,/(oppo) ?([\w ]+) bui/i],[T,p,[S,Q]],[/(kobo)\s(ereader|touch)/i,/(hp).+(touchpad(?!.+tablet)|tablet)/i,/(kindle)\/([\w\.]+)/i,/(nook)[\w ]+build\/(\w+)/i,/(dell) (strea[kpr\d ]*[\dko])/i,/(le[- ]+pan)[- ]+(\w{1,9}) bui/i,/(trinity)[- ]*(t\d{3}) bui/i,/(gigaset)[- ]+(q\w{1,9}) bui/i,/(vodafone) ([\w ]+)(?:\)| bui)/i],[T,p,[S,Z]],[/(surface duo)/i],[p,[T,z],[S,Z]],[/droid [\d\.]+; (fp\du?)(?: b|\))/i],[p,[T,"Fairphone"],[S,Q]],[/(u304aa)/i],[p,[T,"AT&T"],[S,Q]],[/\bsie-(\w*)/i],[p,[T,"Siemens"],[S,Q]],[/\b(rct\w+) b/i],[p,[T,"RCA"],[S,Z]],[/\b(venue[\d ]{2,7}) b/i],[p,[T,"Dell"],[S,Z]],[/\b(q(?:mv|ta)\w+) b/i],[p,[T,"Verizon"],[S,Z]],[/\b(?:barnes[& ]+noble |bn[rt])([\w\+ ]*) b/i],[p,[T,"Barnes & Noble"],[S,Z]],[/\b(tm\d{3}\w+) b/i],[p,[T,"NuVision"],[S,Z]],[/\b(k88) b/i],[p,[T,"ZTE"],[S,Z]],[/\b(nx\d{3}j) b/i],[p,[T,"ZTE"],[S,Q]],[/\b(gen\d{3}) b.+49h/i],[p,[T,"Swiss"],[S,Q]],[/\b(zur\d{3}) b/i],[p,[T,"Swiss"],[S,Z]],[/\b((zeki)?tb.*\b) b/i],[p,[T,"Zeki"],[S,Z]],[/\b([yr]\d{2}) b/i,/\b(dragon[- ]+touch |dt)(\w{5}) b/i],[[T,"Dragon Touch"],p,[S,Z]],[/\b(ns-?\w{0,9}) b/i],[p,[T,"Insignia"],[S,Z]],[/\b((nxa|next)-?\w{0,9}) b/i],[p,[T,"NextBook"],[S,Z]],[/\b(xtreme\_)?(v(1[045]|2[015]|[3469]0|7[05])) b/i],[[T,"Voice"],p,[S,Q]],[/\b(lvtel\-)?(v1[12]) b/i],[[T,"LvTel"],p,[S,Q]],[/\b(ph-1) /i],[p,[T,"Essential"],[S,Q]],[/\b(v(100md|700na|7011|917g).*\b) b/i],[p,[T,"Envizen"],[S,Z]],[/\b(trio[-\w\. ]+) b/i],[p,[T,"MachSpeed"],[S,Z]],[/\btu_(1491) b/i],[p,[T,"Rotor"],[S,Z]],[/((?:tegranote|shield t(?!.+d tv))[\w- ]*?)(?: b|\))/i],[p,[T,G],[S,Z]],[/(sprint) (\w+)/i],[T,p,[S,Q]],[/(kin\.[onetw]{3})/i],[[p,/\./g," "],[T,z],[S,Q]],[/droid.+; (cc6666?|et5[16]|mc[239][23]x?|vc8[03]x?)\)/i],[p,[T,Wn],[S,Z]],[/droid.+; (ec30|ps20|tc[2-8]\d[kx])\)/i],[p,[T,Wn],[S,Q]],[/smart-tv.+(samsung)/i],[T,[S,Ne]],[/hbbtv.+maple;(\d+)/i],[[p,/^/,"SmartTV"],[T,Xe],[S,Ne]],[/(nux; netcast.+smarttv|lg (netcast\.tv-201\d|android tv))/i],[[T,g],[S,Ne]],[/(apple) ?tv/i],[T,[p,xt+" TV"],[S,Ne]],[/crkey/i],[[p,yt+"cast"],[T,V],[S,Ne]],[/droid.+aft(\w+)( bui|\))/i],[p,[T,mt],[S,Ne]],[/(shield \w+ tv)/i],[p,[T,G],[S,Ne]],[/\(dtv[\);].+(aquos)/i,/(aquos-tv[\w ]+)\)/i],[p,[T,Me],[S,Ne]],[/(bravia[\w ]+)( bui|\))/i],[p,[T,Kt],[S,Ne]],[/(mi(tv|box)-?\w+) bui/i],[p,[T,An],[S,Ne]],[/Hbbtv.*(technisat) (.*);/i],[T,p,[S,Ne]],[/\b(roku)[\dx]*[\)\/]((?:dvp-)?[\d\.]*)/i,/hbbtv\/\d+\.\d+\.\d+ +\([\w\+ ]*; *([\w\d][^;]*);([^;]*)/i],[[T,vl],[p,vl],[S,Ne]],[/droid.+; ([\w- ]+) (?:android tv|smart[- ]?tv)/i],[p,[S,Ne]],[/\b(android tv|smart[- ]?tv|opera tv|tv; rv:)\b/i],[[S,Ne]],[/(ouya)/i,/(nintendo) ([wids3utch]+)/i],[T,p,[S,gt]],[/droid.+; (shield)( bui|\))/i],[p,[T,G],[S,gt]],[/(playstation \w+)/i],[p,[T,Kt],[S,gt]],[/\b(xbox(?: one)?(?!; xbox))[\); ]/i],[p,[T,z],[S,gt]],[/\b(sm-[lr]\d\d[0156][fnuw]?s?|gear live)\b/i],[p,[T,Xe],[S,Te]],[/((pebble))app/i,/(asus|google|lg|oppo) ((pixel |zen)?watch[\w ]*)( bui|\))/i],[T,p,[S,Te]],[/(ow(?:19|20)?we?[1-3]{1,3})/i],[p,[T,ge],[S,Te]],[/(watch)(?: ?os[,\/]|\d,\d\/)[\d\.]+/i],[p,[T,xt],[S,Te]],[/(opwwe\d{3})/i],[p,[T,I],[S,Te]],[/(moto 360)/i],[p,[T,B],[S,Te]],[/(smartwatch 3)/i],[p,[T,Kt],[S,Te]],[/(g watch r)/i],[p,[T,g],[S,Te]],[/droid.+; (wt63?0{2,3})\)/i],[p,[T,Wn],[S,Te]],[/droid.+; (glass) \d/i],[p,[T,V],[S,Te]],[/(pico) (4|neo3(?: link|pro)?)/i],[T,p,[S,Te]],[/; (quest( \d| pro)?)/i],[p,[T,yl],[S,Te]],[/(tesla)(?: qtcarbrowser|\/[-\w\.]+)/i],[T,[S,ne]],[/(aeobc)\b/i],[p,[T,mt],[S,ne]],[/(homepod).+mac os/i],[p,[T,xt],[S,ne]],[/windows iot/i],[[S,ne]],[/droid .+?; ([^;]+?)(?: bui|; wv\)|\) applew).+? mobile safari/i],[p,[S,Q]],[/droid .+?; ([^;]+?)(?: bui|\) applew).+?(?! mobile) safari/i],[p,[S,Z]],[/\b((tablet|tab)[;\/]|focus\/\d(?!.+mobile))/i],[[S,Z]],[/(phone|mobile(?:[;\/]| [ \w\/\.]*safari)|pda(?=.+windows ce))/i],[[S,Q]],[/droid .+?; ([\w\. -]+)( bui|\))/i],[p,[T,"Generic"]]],engine:[[/windows.+ edge\/([\w\.]+)/i],[q,[j,_t+"HTML"]],[/(arkweb)\/([\w\.]+)/i],[j,q],[/webkit\/537\.36.+chrome\/(?!27)([\w\.]+)/i],[q,[j,"Blink"]],[/(presto)\/([\w\.]+)/i,/(webkit|trident|netfront|netsurf|amaya|lynx|w3m|goanna|servo)\/([\w\.]+)/i,/ekioh(flow)\/([\w\.]+)/i,/(khtml|tasman|links)[\/ ]\(?([\w\.]+)/i,/(icab)[\/ ]([23]\.[\d\.]+)/i,/\b(libweb)/i],[j,q],[/ladybird\//i],[[j,"LibWeb"]],[/rv\:([\w\.]{1,9})\b.+(gecko)/i],[q,j]],os:[[/microsoft (windows) (vista|xp)/i],[j,q],[/(windows (?:phone(?: os)?|mobile|iot))[\/ ]?([\d\.\w ]*)/i],[j,[q,Fe,bl]],[/windows nt 6\.2; (arm)/i,/windows[\/ ]([ntce\d\. ]+\w)(?!.+xbox)/i,/(?:win(?=3|9|n)|win 9x )([nt\d\.]+)/i],[[q,Fe,bl],[j,"Windows"]],[/[adehimnop]{4,7}\b(?:.*os ([\w]+) like mac|; opera)/i,/(?:ios;fbsv\/|iphone.+ios[\/ ])([\d\.]+)/i,/cfnetwork\/.+darwin/i],[[q,/_/g,"."],[j,"iOS"]],[/(mac os x) ?([\w\. ]*)/i,/(macintosh|mac_powerpc\b)(?!.+haiku)/i],[[j,Ta],[q,/_/g,"."]],[/droid ([\w\.]+)\b.+(android[- ]x86|harmonyos)/i],[q,j],[/(ubuntu) ([\w\.]+) like android/i],[[j,/(.+)/,"$1 Touch"],q],[/(android|bada|blackberry|kaios|maemo|meego|openharmony|qnx|rim tablet os|sailfish|series40|symbian|tizen|webos)\w*[-\/; ]?([\d\.]*)/i],[j,q],[/\(bb(10);/i],[q,[j,at]],[/(?:symbian ?os|symbos|s60(?=;)|series ?60)[-\/ ]?([\w\.]*)/i],[q,[j,"Symbian"]],[/mozilla\/[\d\.]+ \((?:mobile|tablet|tv|mobile; [\w ]+); rv:.+ gecko\/([\w\.]+)/i],[q,[j,R+" OS"]],[/web0s;.+rt(tv)/i,/\b(?:hp)?wos(?:browser)?\/([\w\.]+)/i],[q,[j,"webOS"]],[/watch(?: ?os[,\/]|\d,\d\/)([\d\.]+)/i],[q,[j,"watchOS"]],[/crkey\/([\d\.]+)/i],[q,[j,yt+"cast"]],[/(cros) [\w]+(?:\)| ([\w\.]+)\b)/i],[[j,It],q],[/panasonic;(viera)/i,/(netrange)mmh/i,/(nettv)\/(\d+\.[\w\.]+)/i,/(nintendo|playstation) ([wids345portablevuch]+)/i,/(xbox); +xbox ([^\);]+)/i,/\b(joli|palm)\b ?(?:os)?\/?([\w\.]*)/i,/(mint)[\/\(\) ]?(\w*)/i,/(mageia|vectorlinux)[; ]/i,/([kxln]?ubuntu|debian|suse|opensuse|gentoo|arch(?= linux)|slackware|fedora|mandriva|centos|pclinuxos|red ?hat|zenwalk|linpus|raspbian|plan 9|minix|risc os|contiki|deepin|manjaro|elementary os|sabayon|linspire)(?: gnu\/linux)?(?: enterprise)?(?:[- ]linux)?(?:-gnu)?[-\/ ]?(?!chrom|package)([-\w\.]*)/i,/(hurd|linux)(?: arm\w*| x86\w*| ?)([\w\.]*)/i,/(gnu) ?([\w\.]*)/i,/\b([-frentopcghs]{0,5}bsd|dragonfly)[\/ ]?(?!amd|[ix346]{1,2}86)([\w\.]*)/i,/(haiku) (\w+)/i],[j,q],[/(sunos) ?([\w\.\d]*)/i],[[j,"Solaris"],q],[/((?:open)?solaris)[-\/ ]?([\w\.]*)/i,/(aix) ((\d)(?=\.|\)| )[\w\.])*/i,/\b(beos|os\/2|amigaos|morphos|openvms|fuchsia|hp-ux|serenityos)/i,/(unix) ?([\w\.]*)/i],[j,q]]},ot=function(ue,ye){if(typeof ue===y&&(ye=ue,ue=o),!(this instanceof ot))return new ot(ue,ye).getResult();var F=typeof f!==C&&f.navigator?f.navigator:o,ie=ue||(F&&F.userAgent?F.userAgent:O),et=F&&F.userAgentData?F.userAgentData:o,qe=ye?Bu(Sl,ye):Sl,pe=F&&F.userAgent==ie;return this.getBrowser=function(){var W={};return W[j]=o,W[q]=o,Pn.call(W,ie,qe.browser),W[H]=pl(W[q]),pe&&F&&F.brave&&typeof F.brave.isBrave==M&&(W[j]="Brave"),W},this.getCPU=function(){var W={};return W[Oe]=o,Pn.call(W,ie,qe.cpu),W},this.getDevice=function(){var W={};return W[T]=o,W[p]=o,W[S]=o,Pn.call(W,ie,qe.device),pe&&!W[S]&&et&&et.mobile&&(W[S]=Q),pe&&W[p]=="Macintosh"&&F&&typeof F.standalone!==C&&F.maxTouchPoints&&F.maxTouchPoints>2&&(W[p]="iPad",W[S]=Z),W},this.getEngine=function(){var W={};return W[j]=o,W[q]=o,Pn.call(W,ie,qe.engine),W},this.getOS=function(){var W={};return W[j]=o,W[q]=o,Pn.call(W,ie,qe.os),pe&&!W[j]&&et&&et.platform&&et.platform!="Unknown"&&(W[j]=et.platform.replace(/chrome os/i,It).replace(/macos/i,Ta)),W},this.getResult=function(){return{ua:this.getUA(),browser:this.getBrowser(),engine:this.getEngine(),os:this.getOS(),device:this.getDevice(),cpu:this.getCPU()}},this.getUA=function(){return ie},this.setUA=function(W){return ie=typeof W===L&&W.length>Pe?vl(W,Pe):W,this},this.setUA(ie),this};ot.VERSION=v,ot.BROWSER=In([j,q,H]),ot.CPU=In([Oe]),ot.DEVICE=In([p,T,S,gt,Q,Ne,Z,Te,ne]),ot.ENGINE=ot.OS=In([j,q]),c.exports&&(d=c.exports=ot),d.UAParser=ot;var xn=typeof f!==C&&(f.jQuery||f.Zepto);if(xn&&!xn.ua){var ea=new ot;xn.ua=ea.getResult(),xn.ua.get=function(){return ea.getUA()},xn.ua.set=function(ue){ea.setUA(ue);var ye=ea.getResult();for(var F in ye)xn.ua[F]=ye[F]}}})(typeof window=="object"?window:Wp)})(hi,hi.exports)),hi.exports}var Pp=Ip();function mo(c){if(!c)return"Unknown device";const{browser:d,os:f,device:o}=new Pp.UAParser(c).getResult(),v=o.model&&o.vendor==="Apple"?o.model:f.name;if(d.name&&v)return`${d.name} on ${v}`;if(d.name)return d.name;const O=c.trim().split(/[\s/]/,1)[0];return v?O?`${O} on ${v}`:`Unknown browser on ${v}`:O||"Unknown device"}const ev=new Intl.RelativeTimeFormat("en",{numeric:"auto"}),tv=[[60,"second"],[60,"minute"],[24,"hour"],[30,"day"],[12,"month"],[1/0,"year"]];function nv(c,d=new Date){let f=(c.getTime()-d.getTime())/1e3;if(Math.abs(f)<45)return"just now";for(const[o,v]of tv){if(Math.abs(f)<o||v==="year")return ev.format(Math.round(f),v);f/=o}return c.toLocaleString()}function Bm(c){const[d,f]=Y.useState(null),[o,v]=Y.useState(null),O=Y.useCallback(async()=>{try{f(await c()),v(null)}catch(x){v(Lu(x))}},[c]);return Y.useEffect(()=>{O()},[O]),{data:d,problem:o,reload:O}}function Dt({title:c,id:d,danger:f,children:o}){return s.jsxs("section",{"aria-labelledby":d,className:f?"card danger-zone":"card",children:[s.jsx("h2",{id:d,children:c}),o]})}function Hu({rows:c=3,label:d="Loading…"}){return s.jsxs("div",{className:"skeleton","aria-busy":"true",children:[s.jsx("span",{className:"visually-hidden",role:"status",children:d}),Array.from({length:c},(f,o)=>s.jsxs("div",{className:"skeleton-row","aria-hidden":"true",children:[s.jsx("span",{}),s.jsx("span",{})]},o))]})}function Ea({iso:c,never:d="—"}){if(!c)return s.jsx(s.Fragment,{children:d});const f=new Date(c);return s.jsx("time",{dateTime:c,title:f.toLocaleString(),children:nv(f)})}function Ym({userAgent:c}){return s.jsx("span",{title:c??void 0,children:mo(c)})}function gl({tone:c="neutral",children:d}){return s.jsx("span",{className:`badge ${c}`,children:d})}function pi(){const[c,d]=Y.useState(null),f=Y.useCallback(v=>new Promise(O=>d({...v,answer:O})),[]),o=v=>{c?.answer(v),d(null)};return{confirm:f,dialog:c?s.jsx(av,{question:c,onClose:o}):null}}function av({question:c,onClose:d}){const f=Y.useRef(null),o=Y.useId();return Y.useEffect(()=>{const v=f.current;return v&&!v.open&&v.showModal(),()=>v?.close()},[]),s.jsxs("dialog",{ref:f,className:"confirm","aria-labelledby":`${o}-title`,"aria-describedby":`${o}-body`,onCancel:v=>{v.preventDefault(),d(!1)},children:[s.jsx("h2",{id:`${o}-title`,children:c.title}),s.jsx("div",{id:`${o}-body`,children:c.body}),s.jsxs("div",{className:"dialog-actions",children:[s.jsx("button",{type:"button",className:"secondary",autoFocus:!0,onClick:()=>d(!1),children:"Cancel"}),s.jsx("button",{type:"button",className:"danger",onClick:()=>d(!0),children:c.confirm})]})]})}const Gm="At least 8 characters, and not easy to guess.";function lv(){const c=xa(),d=He({currentPassword:"",newPassword:"",newPasswordConfirmation:""}),f=d.run(async()=>{const o=d.values,v=await c(async()=>(await fe(vp,{input:o},{session:!0})).changePassword,{password:o.currentPassword});return v?v.__typename!=="AuthSuccess"?Ge(v,gi):(d.reset(),"Your password was changed. Your other sessions were logged out."):null});return s.jsx(Dt,{title:"Change your password",id:"change-password",children:s.jsxs("form",{onSubmit:f,noValidate:!0,children:[s.jsx(le,{label:"Current password",type:"password",autoComplete:"current-password",...d.bind("currentPassword")}),s.jsx(le,{label:"New password",type:"password",autoComplete:"new-password",hint:Gm,...d.bind("newPassword")}),s.jsx(le,{label:"Repeat the new password",type:"password",autoComplete:"new-password",...d.bind("newPasswordConfirmation")}),s.jsx(Ce,{problem:d.problem,shown:["currentPassword","newPassword","newPasswordConfirmation"]}),d.done&&s.jsx(Ye,{children:d.done}),s.jsx(Ie,{busy:d.busy,children:"Change the password"})]})})}function iv({onSet:c}){const d=xa(),{setUser:f}=dt(),o=He({newPassword:"",newPasswordConfirmation:""}),v=o.run(async()=>{const O=o.values,x=await d(async()=>(await fe(bp,{input:O},{session:!0})).setPassword);return x?x.__typename!=="AuthSuccess"?Ge(x):(c(),f(x.user),null):null});return s.jsxs(Dt,{title:"Set a password",id:"set-password",children:[s.jsx("p",{children:"Your account signs in without a password. Add one to sign in with it too; your other sessions are logged out."}),s.jsxs("form",{onSubmit:v,noValidate:!0,children:[s.jsx(le,{label:"New password",type:"password",autoComplete:"new-password",hint:Gm,...o.bind("newPassword")}),s.jsx(le,{label:"Repeat the new password",type:"password",autoComplete:"new-password",...o.bind("newPasswordConfirmation")}),s.jsx(Ce,{problem:o.problem,shown:["newPassword","newPasswordConfirmation"]}),s.jsx(Ie,{busy:o.busy,children:"Set the password"})]})]})}function uv({user:c}){const[d,f]=Y.useState(!1);return s.jsxs("main",{children:[s.jsx("h1",{children:"Password"}),d&&s.jsx(Ye,{children:"Your password is set. Your other sessions were logged out."}),c.hasPassword?s.jsx(lv,{},"change"):s.jsx(iv,{onSet:()=>f(!0)},"set")]})}function sv({user:c}){const{setUser:d}=dt(),f=xa(),o=He({currentPassword:""}),{confirm:v,dialog:O}=pi(),x=o.run(async()=>{if(c.hasPassword&&!o.values.currentPassword)return{message:"",fields:{currentPassword:"Type your current password to delete the account."}};if(!await v({title:"Delete your account for good?",body:s.jsx("p",{children:"Your profile, sessions, passkeys, activity and image are deleted, and this cannot be undone."}),confirm:"Delete my account"}))return null;const C=o.values,y=await f(async()=>(await fe(Sp,{input:C})).deleteAccount,{password:C.currentPassword});return y?y.__typename!=="AccountDeleted"?Ge(y,gi):(d(null),Jt("/login?deleted=1"),null):null});return s.jsxs("main",{children:[s.jsx("h1",{children:"Danger zone"}),s.jsxs(Dt,{title:"Delete your account",id:"delete",danger:!0,children:[s.jsx("p",{children:"This deletes your account, its sessions, passkeys, activity and image for good. Your username and email become free for anyone."}),s.jsxs("form",{onSubmit:x,noValidate:!0,children:[c.hasPassword&&s.jsx(le,{label:"Current password (to delete the account)",type:"password",autoComplete:"current-password",...o.bind("currentPassword")}),s.jsx(Ce,{problem:o.problem,shown:["currentPassword"]}),s.jsx(Ie,{busy:o.busy,danger:!0,children:"Delete my account"})]})]}),O]})}const cv={PASSWORD:"Password",TOTP:"app code",RECOVERY_CODE:"recovery code",PASSKEY:"Passkey",EMAIL_CODE:"Email code",EXTERNAL:"Another provider"};function ov(c){const d=c.map(f=>cv[f]);return d.length===0?"—":d.map((f,o)=>o===0?f.charAt(0).toUpperCase()+f.slice(1):f.toLowerCase()).join(" + ")}const rv=async()=>(await fe(wp)).sessions;function fv(){const{setUser:c}=dt(),{data:d,problem:f,reload:o}=Bm(rv),v=He({}),{confirm:O,dialog:x}=pi(),M=y=>v.run(async()=>await O({title:"Log out this session?",body:s.jsxs("p",{children:[mo(y.userAgent)," is signed out and must log in again."]}),confirm:"Log out the session"})?(await fe(Ep,{id:y.id}),await o(),"The session was logged out."):null),C=v.run(async()=>{if(!await O({title:"Log out everywhere?",body:s.jsx("p",{children:"Every session ends, this one too, and every device must log in again."}),confirm:"Log out everywhere"}))return null;const{logoutAll:L}=await fe(hp);return c(null),Jt(`/login?loggedOut=${L.revokedSessions}`),null});return s.jsxs("main",{children:[s.jsx("h1",{children:"Sessions"}),s.jsxs(Dt,{title:"Where you are signed in",id:"sessions",children:[s.jsx(Ce,{problem:f??v.problem}),v.done&&s.jsx(Ye,{children:v.done}),d===null&&!f&&s.jsx(Hu,{rows:3,label:"Loading your sessions…"}),d&&s.jsxs("table",{className:"stack",children:[s.jsx("caption",{className:"visually-hidden",children:"Active sessions, most recently used first"}),s.jsx("thead",{children:s.jsxs("tr",{children:[s.jsx("th",{scope:"col",children:"Device"}),s.jsx("th",{scope:"col",children:"IP address"}),s.jsx("th",{scope:"col",children:"Signed in"}),s.jsx("th",{scope:"col",children:"Proved with"}),s.jsx("th",{scope:"col",children:"Last used"}),s.jsx("th",{scope:"col",children:s.jsx("span",{className:"visually-hidden",children:"Action"})})]})}),s.jsx("tbody",{children:d.map(y=>s.jsxs("tr",{children:[s.jsx("td",{"data-label":"Device",className:"cell-title",children:s.jsxs("span",{children:[s.jsx(Ym,{userAgent:y.userAgent})," ",y.current&&s.jsx(gl,{tone:"good",children:"This browser"})]})}),s.jsx("td",{"data-label":"IP address",children:y.ipAddress??"—"}),s.jsx("td",{"data-label":"Signed in",children:s.jsx(Ea,{iso:y.createdAt})}),s.jsx("td",{"data-label":"Proved with",children:s.jsxs("span",{className:"proof",children:[ov(y.methods)," ",y.assurance==="AAL2"&&s.jsx(gl,{tone:"good",children:"Two factors"})," ",s.jsx("span",{className:"muted",children:s.jsx(Ea,{iso:y.authenticatedAt})})]})}),s.jsx("td",{"data-label":"Last used",children:s.jsx(Ea,{iso:y.lastUsedAt??y.createdAt})}),s.jsx("td",{className:"cell-action",children:!y.current&&s.jsx("button",{type:"button",className:"danger-outline small",onClick:()=>{M(y)()},disabled:v.busy,"aria-label":`Log out ${mo(y.userAgent)}, signed in ${new Date(y.createdAt).toLocaleString()}`,children:"Log out"})})]},y.id))})]})]}),s.jsxs(Dt,{title:"Log out everywhere",id:"everywhere",danger:!0,children:[s.jsx("p",{children:"Lost a device, or signed in somewhere you should not have? End every session at once."}),s.jsx("button",{type:"button",className:"danger",onClick:()=>{C()},disabled:v.busy,children:"Log out everywhere"})]}),x]})}const dv={REGISTERED:"Account created",LOGIN:"Signed in",LOGIN_FAILED:"Failed sign-in",LOGOUT:"Signed out",SESSION_REVOKED:"Session logged out",PASSWORD_CHANGED:"Password changed",PASSWORD_RESET:"Password reset",EMAIL_VERIFIED:"Email verified",EMAIL_CHANGED:"Email changed",ACCOUNT_DEACTIVATED:"Account deactivated",ACCOUNT_REACTIVATED:"Account reactivated",TWO_FACTOR_ENABLED:"Two-factor turned on",TWO_FACTOR_DISABLED:"Two-factor turned off",RECOVERY_CODE_USED:"Recovery code used",PASSKEY_ADDED:"Passkey added",PASSKEY_REMOVED:"Passkey removed"},mv=10;function hv(){const[c,d]=Y.useState(null),[f,o]=Y.useState(null),[v,O]=Y.useState(null),[x,M]=Y.useState(!1),C=Y.useCallback(async y=>{M(!0);try{const{securityEvents:L}=await fe(Ap,{first:mv,after:y});d(H=>y&&H?[...H,...L.edges]:L.edges),o(L.pageInfo.hasNextPage?L.pageInfo.endCursor??null:null),O(null)}catch(L){O(Lu(L))}finally{M(!1)}},[]);return Y.useEffect(()=>{C(null)},[C]),s.jsxs("main",{children:[s.jsx("h1",{children:"Security activity"}),s.jsxs(Dt,{title:"What happened on your account",id:"events",children:[s.jsx(Ce,{problem:v}),c===null&&!v&&s.jsx(Hu,{rows:4,label:"Loading your activity…"}),c&&s.jsxs("table",{className:"stack",children:[s.jsx("caption",{className:"visually-hidden",children:"Security events, newest first"}),s.jsx("thead",{children:s.jsxs("tr",{children:[s.jsx("th",{scope:"col",children:"Event"}),s.jsx("th",{scope:"col",children:"When"}),s.jsx("th",{scope:"col",children:"IP address"}),s.jsx("th",{scope:"col",children:"Device"})]})}),s.jsx("tbody",{children:c.map(({node:y})=>s.jsxs("tr",{children:[s.jsx("td",{"data-label":"Event",className:"cell-title",children:dv[y.kind]??y.kind}),s.jsx("td",{"data-label":"When",children:s.jsx(Ea,{iso:y.at})}),s.jsx("td",{"data-label":"IP address",children:y.ipAddress??"—"}),s.jsx("td",{"data-label":"Device",children:y.userAgent?s.jsx(Ym,{userAgent:y.userAgent}):"—"})]},y.id))})]}),f&&s.jsx("p",{className:"actions",children:s.jsx("button",{type:"button",className:"secondary",onClick:()=>{C(f)},disabled:x,"aria-busy":x||void 0,children:"Show older events"})})]})]})}const gv="The code is wrong or was already used.",yv="If you have just used this code (to turn two-factor on, say), wait for the next one: your app shows a new code every 30 seconds.";function pv(){const{setUser:c}=dt();return(d,f)=>{go(f),c(d),Jt(yo())}}function Xm(c){const d=pv();return f=>{switch(f.__typename){case"AuthSuccess":return d(f.user,f.deviceToken),null;case"TwoFactorRequired":return c({challenge:f.challenge,methods:f.methods}),null;case"EmailNotVerified":return{message:`${f.message} A new code was sent to your email.`,fields:{}};case"InvalidCredentials":return f.message===gv?{message:`${f.message} ${yv}`,fields:{}}:Ge(f);default:return Ge(f)}}}async function km(c){const d=qu();if(d)return d;const o=(await fe(fp,{input:{identifier:c}})).beginPasskeyLogin;if(o.__typename!=="PasskeyOptions")return Ge(o);let v;try{v=await navigator.credentials.get({publicKey:Hm(o.optionsJson)})}catch(x){return hl(x,!1)}return v instanceof PublicKeyCredential?(await fe(dp,{input:{challengeId:o.challengeId,credentialJson:po(v),deviceToken:Nu()}},{session:!0})).finishPasskeyLogin:hl(null,!1)}function Qm({challenge:c,onRestart:d}){const[f,o]=Y.useState(!1),v=He({code:"",recoveryCode:""}),O=Xm(()=>{}),x=v.run(async()=>{const C=f?{challenge:c.challenge,recoveryCode:v.values.recoveryCode.trim(),deviceToken:Nu()}:{challenge:c.challenge,code:v.values.code.trim(),deviceToken:Nu()},{completeLogin:y}=await fe(rp,{input:C},{session:!0});return O(y)}),M=v.run(async()=>{const C=await km(null);return"__typename"in C?O(C):C});return s.jsxs("section",{"aria-labelledby":"second-factor",children:[s.jsx("h2",{id:"second-factor",children:"Second factor"}),s.jsxs("p",{children:["Your password was right. Confirm it is you with your authenticator app",f?" or a recovery code":"","."]}),s.jsxs("form",{onSubmit:x,noValidate:!0,children:[f?s.jsx(le,{label:"Recovery code",autoComplete:"off",...v.bind("recoveryCode"),required:!0}):s.jsx(le,{label:"Code from your authenticator app",inputMode:"numeric",autoComplete:"one-time-code",...v.bind("code"),required:!0}),s.jsx(Ce,{problem:v.problem,shown:["code","recoveryCode"]}),s.jsx(Ie,{busy:v.busy,children:"Continue"})]}),s.jsxs("p",{className:"actions",children:[c.methods.includes("RECOVERY_CODE")&&s.jsx("button",{type:"button",className:"link",onClick:()=>o(!f),children:f?"Use a code from the app instead":"Use a recovery code instead"}),c.methods.includes("PASSKEY")&&s.jsx("button",{type:"button",className:"link",onClick:()=>{M()},children:"Use a passkey instead"}),s.jsx("button",{type:"button",className:"link",onClick:d,children:"Start over"})]})]})}function vv(){const c=He({identifier:"",password:""}),[d,f]=Y.useState(null),o=Xm(f),v=c.run(async()=>{const{login:x}=await fe(op,{input:{...c.values,deviceToken:Nu()}},{session:!0});return o(x)}),O=c.run(async()=>{const x=await km(c.values.identifier.trim()||null);return"__typename"in x?o(x):x});return s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Log in"}),d?s.jsx(Qm,{challenge:d,onRestart:()=>f(null)}):s.jsxs(s.Fragment,{children:[s.jsxs("form",{onSubmit:v,noValidate:!0,children:[s.jsx(le,{label:"Email or username",autoComplete:"username webauthn",...c.bind("identifier"),required:!0}),s.jsx(le,{label:"Password",type:"password",autoComplete:"current-password",...c.bind("password"),required:!0}),s.jsx("p",{className:"form-aside",children:s.jsx(ft,{to:"/forgot",children:"Forgot your password?"})}),s.jsx(Ce,{problem:c.problem,shown:["identifier","password"]}),s.jsx(Ie,{busy:c.busy,children:"Log in"})]}),s.jsx("p",{className:"divider",children:s.jsx("span",{children:"or"})}),s.jsx("button",{type:"button",className:"secondary wide",onClick:()=>{O()},disabled:c.busy,children:"Log in with a passkey"}),s.jsxs("p",{className:"switch",children:["New here? ",s.jsx(ft,{to:"/register",children:"Create an account"})," · ",s.jsx(ft,{to:"/verify",children:"Verify your email"})]})]})]})}function bv(c){return new Promise((d,f)=>{const o=new FileReader;o.onload=()=>d(String(o.result)),o.onerror=()=>f(o.error),o.readAsDataURL(c)})}function Zm({label:c,error:d,onFile:f}){const[o,v]=Y.useState(null),O=async x=>{const M=x.target.files?.[0]??null;f(M),v(M&&M.type.startsWith("image/")?await bv(M):null)};return s.jsxs("div",{className:d?"field invalid":"field",children:[s.jsx("label",{htmlFor:"image-input",children:c}),s.jsx("input",{id:"image-input",name:"image",type:"file",accept:"image/png,image/jpeg,image/webp,image/gif",onChange:x=>{O(x)},"aria-invalid":d?!0:void 0,"aria-describedby":d?"image-error":"image-hint"}),s.jsx("p",{className:"hint",id:"image-hint",children:"PNG, JPEG, WebP or GIF."}),o&&s.jsx("img",{className:"avatar",src:o,alt:"Preview of the chosen image"}),d&&s.jsx("p",{className:"error",id:"image-error",children:d})]})}const Sv=["email","username","firstName","lastName","password","passwordConfirmation","bio","contact","image"];function wv(){const c=He({email:"",username:"",firstName:"",lastName:"",password:"",passwordConfirmation:"",bio:"",contact:""}),[d,f]=Y.useState(null),{setUser:o}=dt(),v=x=>{f(x),c.setProblem(M=>M&&"image"in M.fields?{...M,fields:Object.fromEntries(Object.entries(M.fields).filter(([C])=>C!=="image"))}:M)},O=c.run(async()=>{const x={...c.values,image:null},{registerUser:M}=await fe(cp,{input:x},{session:!0,files:d?{"input.image":d}:void 0});switch(M.__typename){case"AuthSuccess":return go(M.deviceToken),o(M.user),Jt("/verify",!1,{email:M.user.email,sent:"1"}),null;case"VerificationRequired":return Jt("/verify",!1,{email:M.email,sent:"registered",handle:M.handle}),null;default:return Ge(M)}});return s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Create an account"}),s.jsxs("form",{onSubmit:O,noValidate:!0,children:[s.jsx(le,{label:"Email",type:"email",autoComplete:"email",...c.bind("email"),required:!0}),s.jsx(le,{label:"Username",autoComplete:"username",hint:"6 to 150 characters: letters, digits, dots, dashes or underscores.",...c.bind("username"),required:!0}),s.jsxs("div",{className:"pair",children:[s.jsx(le,{label:"First name",autoComplete:"given-name",...c.bind("firstName"),required:!0}),s.jsx(le,{label:"Last name",autoComplete:"family-name",...c.bind("lastName"),required:!0})]}),s.jsx(le,{label:"Password",type:"password",autoComplete:"new-password",hint:"At least 8 characters, and not easy to guess.",...c.bind("password"),required:!0}),s.jsx(le,{label:"Repeat the password",type:"password",autoComplete:"new-password",...c.bind("passwordConfirmation"),required:!0}),s.jsx(le,{label:"About you (optional)",multiline:!0,...c.bind("bio")}),s.jsx(le,{label:"Contact (optional)",...c.bind("contact")}),s.jsx(Zm,{label:"Profile image (optional)",error:c.problem?.fields.image,onFile:v}),s.jsx(Ce,{problem:c.problem,shown:Sv}),s.jsx(Ie,{busy:c.busy,children:"Create the account"})]}),s.jsxs("p",{className:"switch",children:["Have an account? ",s.jsx(ft,{to:"/login",children:"Log in"})]})]})}const vo="accounts.mailLink",Ev=/^[A-Za-z0-9-]{1,64}$/,Av=/^[A-Za-z0-9_-]{1,128}$/;function Jm(c){const d=window.location.hash.slice(1);if(!d)return!1;const f=new URLSearchParams(d),o=f.get("code");if(!o||!Ev.test(o))return!1;const v=window.location.pathname.slice(c.length).replace(/\/+$/,"")||"/",O=f.get("handle"),x={page:v,code:o,email:f.get("email"),handle:O&&Av.test(O)?O:null};try{sessionStorage.setItem(vo,JSON.stringify(x))}catch{}return bo=x,window.history.replaceState(window.history.state,"",window.location.pathname+window.location.search),!0}let bo=null;function Vu(c){let d=bo;try{const f=sessionStorage.getItem(vo);f&&(d={handle:null,...JSON.parse(f)})}catch{}return d&&d.page===c?d:null}function Mu(){bo=null;try{sessionStorage.removeItem(vo)}catch{}}function Km(c,d){return d?.handle&&(d.code==null||d.code===c.trim())?d.handle:null}function yi(c,d,f={}){return c.__typename==="UpdateUserSuccess"?(d(c.user),null):Ge(c,f)}function So({user:c,size:d="large",alt:f=""}){const o=`${c.firstName[0]??""}${c.lastName[0]??""}`.toUpperCase();return c.imageUrl?s.jsx("img",{className:`avatar ${d}`,src:c.imageUrl,alt:f}):s.jsx("span",{className:`avatar initials ${d}`,"aria-hidden":"true",children:o||"?"})}function xv({user:c}){const{setUser:d}=dt(),f=He({username:c.username,firstName:c.firstName,lastName:c.lastName,bio:c.bio,contact:c.contact}),o=f.run(async()=>{const{updateUser:v}=await fe(zu,{input:f.values});return yi(v,d)??"Your details are saved."});return s.jsx(Dt,{title:"Your details",id:"details",children:s.jsxs("form",{onSubmit:o,noValidate:!0,children:[s.jsx(le,{label:"Username",autoComplete:"username",...f.bind("username")}),s.jsxs("div",{className:"pair",children:[s.jsx(le,{label:"First name",autoComplete:"given-name",...f.bind("firstName")}),s.jsx(le,{label:"Last name",autoComplete:"family-name",...f.bind("lastName")})]}),s.jsx(le,{label:"About you",multiline:!0,...f.bind("bio")}),s.jsx(le,{label:"Contact",hint:"A phone number or another way to reach you (optional).",...f.bind("contact")}),s.jsx(Ce,{problem:f.problem,shown:["username","firstName","lastName","bio","contact"]}),f.done&&s.jsx(Ye,{children:f.done}),s.jsx(Ie,{busy:f.busy,children:"Save details"})]})})}function Tv({user:c}){const{setUser:d}=dt(),[f,o]=Y.useState(null),[v,O]=Y.useState(0),x=He({}),{confirm:M,dialog:C}=pi(),y=p=>{o(p),x.setProblem(null),x.setDone(null)},L=x.run(async()=>{if(!f)return{message:"",fields:{image:"Choose an image first."}};const{updateUser:p}=await fe(zu,{input:{image:null}},{files:{"input.image":f}}),j=yi(p,d);return j||(o(null),O(S=>S+1),"Your new image is saved.")}),H=x.run(async()=>{if(!await M({title:"Remove your profile image?",body:s.jsx("p",{children:"Your initials are shown instead until you upload a new image."}),confirm:"Remove the image"}))return null;const{updateUser:j}=await fe(zu,{input:{removeImage:!0}});return yi(j,d)??"Your image was removed."});return s.jsxs(Dt,{title:"Profile image",id:"image",children:[s.jsxs("div",{className:"image-row",children:[s.jsx(So,{user:c,alt:c.imageUrl?"Your profile image":""}),s.jsxs("form",{onSubmit:L,noValidate:!0,children:[s.jsx(Zm,{label:"New image",error:x.problem?.fields.image,onFile:y},v),s.jsx(Ce,{problem:x.problem,shown:["image"]}),x.done&&s.jsx(Ye,{children:x.done}),s.jsxs("div",{className:"actions",children:[s.jsx(Ie,{busy:x.busy,children:"Upload"}),c.imageUrl&&s.jsx("button",{type:"button",className:"danger-outline",onClick:()=>{H()},disabled:x.busy,children:"Remove the image"})]})]})]}),C]})}function _v({user:c}){return s.jsxs("main",{children:[s.jsxs("div",{className:"profile-head",children:[s.jsx(So,{user:c}),s.jsxs("div",{children:[s.jsxs("h1",{children:[c.firstName," ",c.lastName]}),s.jsxs("p",{className:"muted",children:["@",c.username," · joined ",s.jsx(Ea,{iso:c.dateJoined})]})]})]}),s.jsx(xv,{user:c},`details-${c.id}`),s.jsx(Tv,{user:c})]})}function jv({user:c,onConfirmed:d}){const{setUser:f}=dt(),[o]=Y.useState(()=>Vu("/confirm-email")),v=He({code:o?.code??""}),O=v.run(async()=>{const{confirmEmailChange:x}=await fe(pp,{input:{code:v.values.code.trim()}}),M=yi(x,f,{InvalidCode:{field:"code"}});return M||(Mu(),x.__typename==="UpdateUserSuccess"&&d(x.user.email),null)});return s.jsxs(Dt,{title:"Confirm your new email",id:"confirm-email",children:[s.jsxs("p",{children:["We sent a code to ",s.jsx("strong",{children:c.pendingEmail}),". Enter it to make it your email."]}),o&&s.jsx(Ye,{children:"The code from your email is filled in. Press Confirm to finish."}),s.jsxs("form",{onSubmit:O,noValidate:!0,children:[s.jsx(le,{label:"Code sent to the new address",inputMode:"numeric",autoComplete:"one-time-code",...v.bind("code")}),s.jsx(Ce,{problem:v.problem,shown:["code"]}),s.jsx(Ie,{busy:v.busy,children:"Confirm the new email"})]})]})}function Rv({user:c,onChanged:d}){const{setUser:f}=dt(),o=xa(),v=He({email:"",currentPassword:""}),O=v.run(async()=>{const x={email:v.values.email.trim(),currentPassword:v.values.currentPassword||null},M=await o(async()=>(await fe(zu,{input:x})).updateUser,{password:v.values.currentPassword});if(!M)return null;const C=yi(M,f,gi);return C||(v.reset(),d(),null)});return s.jsx(Dt,{title:"Change your email",id:"change-email",children:s.jsxs("form",{onSubmit:O,noValidate:!0,children:[s.jsx(le,{label:"New email",type:"email",autoComplete:"email",...v.bind("email")}),c.hasPassword&&s.jsx(le,{label:"Current password",type:"password",autoComplete:"current-password",...v.bind("currentPassword")}),s.jsx(Ce,{problem:v.problem,shown:["email","currentPassword"]}),s.jsx(Ie,{busy:v.busy,children:"Change the email"})]})})}function Cm({user:c}){const[d,f]=Y.useState(null),[o]=Y.useState(()=>Vu("/confirm-email"));return s.jsxs("main",{children:[s.jsx("h1",{children:"Email"}),s.jsxs(Dt,{title:"Your email",id:"current-email",children:[s.jsxs("p",{className:"email-line",children:[s.jsx("strong",{children:c.email})," ",c.emailVerified?s.jsx(gl,{tone:"good",children:"Verified"}):s.jsx(gl,{tone:"warn",children:"Not verified"})]}),!c.emailVerified&&s.jsxs("p",{children:[s.jsx(ft,{to:"/verify",children:"Verify your email"})," to use two-factor sign-in and passkeys."]}),d&&s.jsxs(Ye,{children:[d," is now your email."]})]}),c.pendingEmail&&s.jsx(jv,{user:c,onConfirmed:f}),!c.pendingEmail&&o&&!d&&s.jsx(Ye,{warn:!0,children:"No change of email is waiting for this code: it was confirmed already, or replaced by a newer one."}),s.jsx(Rv,{user:c,onChanged:()=>f(null)})]})}const $m={InvalidCode:{field:"code"}},Fm="The code from your email is filled in.";function Wm(c){return c?{code:c.code,handle:c.handle}:{code:null,handle:wa("handle")}}function Uv(){const{user:c,refresh:d}=dt(),[f]=Y.useState(()=>Vu("/verify")),o=He({email:f?.email??wa("email")??c?.email??"",code:f?.code??""}),[v,O]=Y.useState(null),[x,M]=Y.useState(()=>Wm(f)),C=He({}),y=wa("sent")==="registered",L=wa("sent")?"We sent a 6-digit code to your email.":null,H=o.run(async()=>{const j={email:o.values.email.trim(),code:o.values.code.trim(),handle:Km(o.values.code,x)},{verifyEmail:S}=await fe(zm,{input:j});return S.__typename!=="EmailVerified"?Ge(S,$m):(Mu(),O(S.email),await d(),null)}),p=C.run(async()=>{const{requestEmailVerification:j}=await fe(Dm);return j.__typename!=="CodeSent"?Ge(j):(M({code:null,handle:j.handle}),j.message)});return v?s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Verify your email"}),s.jsxs(Ye,{children:[s.jsxs("p",{children:[v," is verified."]}),c?s.jsx("p",{children:s.jsx(ft,{to:"/",children:"Go to your profile"})}):s.jsxs("p",{children:["Your account is ready. ",s.jsx(ft,{to:"/login",children:"Log in"})]})]})]}):s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Verify your email"}),f?s.jsxs(Ye,{children:[Fm," Check the address and press Verify."]}):y?s.jsxs(Ye,{children:[s.jsxs("p",{children:["Check your mail: we sent a 6-digit code to ",o.values.email||"your email","."]}),s.jsx("p",{children:"Enter it here, or open the link in the email, to finish creating your account. Then log in."})]}):L&&s.jsx(Ye,{children:L}),s.jsxs("form",{onSubmit:H,noValidate:!0,children:[s.jsx(le,{label:"Email",type:"email",autoComplete:"email",...o.bind("email"),required:!0}),s.jsx(le,{label:"Code",inputMode:"numeric",autoComplete:"one-time-code",hint:"6 digits, from the email we sent.",...o.bind("code"),required:!0}),s.jsx(Ce,{problem:o.problem,shown:["email","code"]}),s.jsx(Ie,{busy:o.busy,children:"Verify"})]}),c&&!c.emailVerified&&s.jsxs("div",{className:"secondary-actions",children:[s.jsx("button",{type:"button",className:"secondary",onClick:()=>{p()},disabled:C.busy,children:"Send a new code"}),C.done&&s.jsx(Ye,{children:C.done}),s.jsx(Ce,{problem:C.problem})]})]})}function Cv(){const c=He({email:wa("email")??""}),d=c.run(async()=>{const f=c.values.email.trim(),{requestPasswordReset:o}=await fe(gp,{input:{email:f}});return o.__typename!=="CodeSent"?Ge(o):(Jt("/reset-password",!1,{email:f,sent:o.message,handle:o.handle}),null)});return s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Forgot your password?"}),s.jsx("p",{children:"We will email you a code to set a new one."}),s.jsxs("form",{onSubmit:d,noValidate:!0,children:[s.jsx(le,{label:"Email",type:"email",autoComplete:"email",...c.bind("email"),required:!0}),s.jsx(Ce,{problem:c.problem,shown:["email"]}),s.jsx(Ie,{busy:c.busy,children:"Send me a code"})]}),s.jsxs("p",{className:"switch",children:[s.jsx(ft,{to:"/reset-password",children:"I have a code"})," · ",s.jsx(ft,{to:"/login",children:"Back to log in"})]})]})}function Ov(){const[c]=Y.useState(()=>Vu("/reset-password")),d=He({email:c?.email??wa("email")??"",code:c?.code??"",newPassword:"",newPasswordConfirmation:""}),[f,o]=Y.useState(null),[v]=Y.useState(()=>Wm(c)),{setUser:O}=dt(),x=wa("sent"),M=d.run(async()=>{const C={...d.values,email:d.values.email.trim(),code:d.values.code.trim(),handle:Km(d.values.code,v)},{resetPassword:y}=await fe(yp,{input:C},{session:!0});switch(y.__typename){case"AuthSuccess":return Mu(),go(y.deviceToken),O(y.user),Jt(yo()),null;case"TwoFactorRequired":return Mu(),o({challenge:y.challenge,methods:y.methods}),null;default:return Ge(y,$m)}});return f?s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Set a new password"}),s.jsx("p",{children:"The new password takes effect once you confirm the second factor."}),s.jsx(Qm,{challenge:f,onRestart:()=>o(null)})]}):s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Set a new password"}),c?s.jsxs(Ye,{children:[Fm," Choose your new password."]}):x&&s.jsx(Ye,{children:x}),s.jsxs("form",{onSubmit:M,noValidate:!0,children:[s.jsx(le,{label:"Email",type:"email",autoComplete:"email",...d.bind("email"),required:!0}),s.jsx(le,{label:"Code from the email",inputMode:"numeric",autoComplete:"one-time-code",...d.bind("code"),required:!0}),s.jsx(le,{label:"New password",type:"password",autoComplete:"new-password",...d.bind("newPassword"),required:!0}),s.jsx(le,{label:"Repeat the new password",type:"password",autoComplete:"new-password",...d.bind("newPasswordConfirmation"),required:!0}),s.jsx(Ce,{problem:d.problem,shown:["email","code","newPassword","newPasswordConfirmation"]}),s.jsx(Ie,{busy:d.busy,children:"Set the new password"})]}),s.jsxs("p",{className:"switch",children:[s.jsx(ft,{to:"/forgot",children:"Send me another code"})," · ",s.jsx(ft,{to:"/login",children:"Back to log in"})]})]})}const Nv="The code is not right. Type the code your app shows now; a code that was just used works once only, so wait for the next one.",Im={InvalidCode:{field:"code",message:Nv}};function zv(c){return/^<svg[^>]*\sxmlns=/.test(c)||(c=c.replace(/^<svg\b/,'<svg xmlns="http://www.w3.org/2000/svg"')),`data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(c)))}`}function Pm({codes:c}){return s.jsxs("section",{"aria-labelledby":"recovery-codes",className:"codes-box",children:[s.jsx("h3",{id:"recovery-codes",children:"Your recovery codes"}),s.jsx("p",{children:"Each works once, in place of a code from the app. They are shown only now: print them or keep them in a password manager."}),s.jsx("ul",{className:"codes","data-testid":"recovery-codes",children:c.map(d=>s.jsx("li",{children:s.jsx("code",{children:d})},d))})]})}function Dv({user:c,onEnabled:d}){const[f,o]=Y.useState(null),v=He({}),O=He({code:""}),x=xa(),M=v.run(async()=>{const y=await x(async()=>(await fe(xp)).beginTotpSetup);return y?y.__typename!=="TotpSetup"?Ge(y):(o(y),null):null}),C=O.run(async()=>{const y={code:O.values.code.trim()},L=await x(async()=>(await fe(Tp,{input:y})).confirmTotpSetup);return L?L.__typename!=="RecoveryCodes"?Ge(L,Im):(d(L.codes),null):null});return f?s.jsxs("form",{onSubmit:C,noValidate:!0,children:[s.jsx("p",{children:"Scan this code with your authenticator app, or type the key in by hand."}),s.jsx("img",{className:"qr",src:zv(f.qrSvg),alt:"QR code to scan with your authenticator app",width:200,height:200}),s.jsxs("p",{className:"key",children:["Key: ",s.jsx("code",{"data-testid":"totp-secret",children:f.secret})]}),s.jsx(le,{label:"Code from the app",inputMode:"numeric",autoComplete:"one-time-code",...O.bind("code")}),s.jsx(Ce,{problem:O.problem,shown:["code"]}),s.jsx(Ie,{busy:O.busy,children:"Turn on two-factor sign-in"})]}):s.jsxs(s.Fragment,{children:[s.jsx("p",{children:"Ask for a code from an authenticator app (Google Authenticator, Aegis, 1Password…) after your password."}),!c.emailVerified&&s.jsxs(Ye,{warn:!0,children:["Your email is not verified yet: setting up asks you for a code we email to ",c.email," first."]}),s.jsx(Ce,{problem:v.problem}),s.jsx("button",{type:"button",className:"primary",onClick:()=>{M()},disabled:v.busy,children:"Set up an authenticator app"})]})}function Mv(){const{refresh:c}=dt(),[d,f]=Y.useState(null),o=He({currentPassword:""}),v=He({currentPassword:"",code:""}),{confirm:O,dialog:x}=pi(),M=xa(),C=o.run(async()=>{if(!await O({title:"Make new recovery codes?",body:s.jsx("p",{children:"Your current recovery codes stop working at once."}),confirm:"Make new codes"}))return null;const H=o.values,p=await M(async()=>(await fe(_p,{input:H})).regenerateRecoveryCodes,{password:H.currentPassword});return p?p.__typename!=="RecoveryCodes"?Ge(p,gi):(o.reset(),f(p.codes),null):null}),y=v.run(async()=>{if(!await O({title:"Turn two-factor sign-in off?",body:s.jsx("p",{children:"Your password alone will sign you in again, and your recovery codes stop working."}),confirm:"Turn it off"}))return null;const H={...v.values,code:v.values.code.trim()},p=await M(async()=>(await fe(jp,{input:H})).disableTwoFactor,{password:H.currentPassword});return p?p.__typename!=="TwoFactorDisabled"?Ge(p,{...gi,...Im}):(await c(),null):null});return s.jsxs(s.Fragment,{children:[d&&s.jsx(Pm,{codes:d}),s.jsxs("section",{"aria-labelledby":"regenerate",className:"subsection",children:[s.jsx("h3",{id:"regenerate",children:"New recovery codes"}),s.jsx("p",{children:"Lost some codes, or used most of them? Make a new set: the old codes stop working."}),s.jsxs("form",{onSubmit:C,noValidate:!0,children:[s.jsx(le,{label:"Current password (for new codes)",type:"password",autoComplete:"current-password",...o.bind("currentPassword")}),s.jsx(Ce,{problem:o.problem,shown:["currentPassword"]}),s.jsx(Ie,{busy:o.busy,children:"Make new recovery codes"})]})]}),s.jsxs("section",{"aria-labelledby":"disable",className:"subsection",children:[s.jsx("h3",{id:"disable",children:"Turn two-factor off"}),s.jsxs("form",{onSubmit:y,noValidate:!0,children:[s.jsx(le,{label:"Current password (to turn two-factor off)",type:"password",autoComplete:"current-password",...v.bind("currentPassword")}),s.jsx(le,{label:"Code from the app, or a recovery code",autoComplete:"one-time-code",...v.bind("code")}),s.jsx(Ce,{problem:v.problem,shown:["currentPassword","code"]}),s.jsx(Ie,{busy:v.busy,danger:!0,children:"Turn two-factor off"})]})]}),x]})}function qv({user:c}){const{refresh:d}=dt(),[f,o]=Y.useState(null),v=x=>{o(x),d()};let O;return f?O=s.jsxs(s.Fragment,{children:[s.jsx(Ye,{children:"Two-factor sign-in is on."}),s.jsx(Pm,{codes:f}),s.jsx("button",{type:"button",className:"primary",onClick:()=>o(null),children:"I have saved my recovery codes"})]}):O=c.twoFactorEnabled?s.jsx(Mv,{}):s.jsx(Dv,{user:c,onEnabled:v}),s.jsxs(Dt,{title:"Two-factor sign-in",id:"two-factor",children:[s.jsxs("p",{className:"status-line",children:[c.twoFactorEnabled?s.jsx(gl,{tone:"good",children:"On"}):s.jsx(gl,{children:"Off"}),c.twoFactorEnabled?" Logging in asks for a code from your app after your password.":""]}),O]})}const Lv=async()=>(await fe(Rp)).passkeys;function Hv(){const{data:c,problem:d,reload:f}=Bm(Lv),o=He({name:""}),v=He({}),{confirm:O,dialog:x}=pi(),M=xa(),C=o.run(async()=>{v.setDone(null);const L=qu();if(L)return L;const H=await M(async()=>(await fe(Up)).beginPasskeyRegistration);if(!H)return null;if(H.__typename!=="PasskeyOptions")return Ge(H);let p;try{p=await navigator.credentials.create({publicKey:Yp(H.optionsJson)})}catch(S){return hl(S,!0)}if(!(p instanceof PublicKeyCredential))return hl(null,!0);const{finishPasskeyRegistration:j}=await fe(Cp,{input:{challengeId:H.challengeId,credentialJson:po(p),name:o.values.name.trim()||null}});if(j.__typename!=="PasskeyAdded"){const S=JSON.parse(H.optionsJson).rp.id;return j.__typename==="ValidationError"&&j.fields.some(T=>T.code==="invalid")&&Hp(S,p.id),Lp(j)}return o.reset(),await f(),`Passkey “${j.passkey.name}” added.`}),y=L=>v.run(async()=>{if(o.setDone(null),!await O({title:`Remove the passkey “${L.name}”?`,body:s.jsx("p",{children:"It stops signing you in. The device may keep it until you delete it there too."}),confirm:"Remove the passkey"}))return null;const p=await M(async()=>(await fe(Op,{id:L.id})).removePasskey);return p?p.__typename!=="PasskeyRemoved"?Ge(p):(await f(),`Passkey “${L.name}” removed.`):null});return s.jsxs(Dt,{title:"Passkeys",id:"passkeys",children:[s.jsx("p",{children:"A passkey signs you in without a password: your device checks your fingerprint, face or PIN."}),s.jsx(Ce,{problem:d??v.problem}),v.done&&s.jsx(Ye,{children:v.done}),c===null&&!d&&s.jsx(Hu,{rows:2,label:"Loading your passkeys…"}),c&&c.length===0&&s.jsx("p",{className:"empty",children:"No passkeys yet."}),c&&c.length>0&&s.jsx("ul",{className:"rows",children:c.map(L=>s.jsxs("li",{className:"row",children:[s.jsxs("div",{className:"row-main",children:[s.jsx("strong",{children:L.name}),s.jsxs("span",{className:"muted",children:["Added ",s.jsx(Ea,{iso:L.createdAt})," · last used ",s.jsx(Ea,{iso:L.lastUsedAt,never:"never"})]})]}),s.jsx("button",{type:"button",className:"danger-outline small",onClick:()=>{y(L)()},disabled:v.busy,"aria-label":`Remove the passkey ${L.name}`,children:"Remove"})]},L.id))}),s.jsxs("section",{"aria-labelledby":"add-passkey",className:"subsection",children:[s.jsx("h3",{id:"add-passkey",children:"Add a passkey"}),s.jsxs("form",{onSubmit:C,noValidate:!0,children:[s.jsx(le,{label:"Name (e.g. “Laptop”)",...o.bind("name")}),s.jsx(Ce,{problem:o.problem,shown:["name"]}),o.done&&s.jsx(Ye,{children:o.done}),s.jsx(Ie,{busy:o.busy,children:"Add a passkey"})]})]}),x]})}function Vv({user:c}){return s.jsxs("main",{children:[s.jsx("h1",{children:"Security"}),s.jsx(qv,{user:c}),s.jsx(Hv,{})]})}const so={"/login":{title:"Log in",render:()=>s.jsx(vv,{})},"/register":{title:"Create an account",render:()=>s.jsx(wv,{})},"/verify":{title:"Verify your email",render:()=>s.jsx(Uv,{})},"/forgot":{title:"Forgot your password",render:()=>s.jsx(Cv,{})},"/reset-password":{title:"Set a new password",render:()=>s.jsx(Ov,{})}},dl={"/":{title:"Profile",render:c=>s.jsx(_v,{user:c},c.id)},"/email":{title:"Email",render:c=>s.jsx(Cm,{user:c})},"/confirm-email":{title:"Confirm your new email",render:c=>s.jsx(Cm,{user:c})},"/password":{title:"Password",render:c=>s.jsx(uv,{user:c})},"/security":{title:"Security",render:c=>s.jsx(Vv,{user:c})},"/sessions":{title:"Sessions",render:()=>s.jsx(fv,{})},"/activity":{title:"Security activity",render:()=>s.jsx(hv,{})},"/delete":{title:"Delete your account",render:c=>s.jsx(sv,{user:c})}},co={"/two-factor":"/security","/passkeys":"/security"},Bv=[["/","Profile"],["/email","Email"],["/password","Password"],["/security","Security"],["/sessions","Sessions"],["/activity","Activity"],["/delete","Danger zone"]];function Yv(){return Aa.logoUrl?s.jsx("img",{className:"logo",src:Aa.logoUrl,alt:""}):s.jsxs("svg",{className:"logo",viewBox:"0 0 32 32","aria-hidden":"true",focusable:"false",children:[s.jsx("rect",{width:"32",height:"32",rx:"8",className:"logo-tile"}),s.jsx("circle",{cx:"16",cy:"12.5",r:"5",className:"logo-mark"}),s.jsx("path",{d:"M7.5 26c1.4-4.6 4.6-7 8.5-7s7.1 2.4 8.5 7z",className:"logo-mark"})]})}function Gv({user:c}){const{setUser:d}=dt(),[f,o]=Y.useState(null),v=async()=>{o(null);try{await fe(mp)}catch(O){if(!(O instanceof Fn&&O.code==="UNAUTHENTICATED")){const x=Lu(O);o({...x,message:`You are still logged in: ${x.message}`});return}}d(null),Jt("/login")};return s.jsxs("header",{className:"topbar",children:[s.jsxs("div",{className:"topbar-inner",children:[s.jsxs(ft,{to:"/",className:"brand",children:[s.jsx(Yv,{}),s.jsx("span",{children:Aa.productName})]}),s.jsx("nav",{"aria-label":"Account",children:s.jsx("ul",{children:c?s.jsxs(s.Fragment,{children:[s.jsxs("li",{className:"who",children:[s.jsx(So,{user:c,size:"small"}),s.jsx("span",{className:"who-name",children:c.firstName})]}),s.jsx("li",{children:s.jsx("button",{type:"button",className:"secondary small",onClick:()=>{v()},children:"Log out"})})]}):s.jsxs(s.Fragment,{children:[s.jsx("li",{children:s.jsx(ft,{to:"/login",children:"Log in"})}),s.jsx("li",{children:s.jsx(ft,{to:"/register",children:"Create an account"})})]})})})]}),c&&f&&s.jsx("div",{className:"topbar-problem",children:s.jsx(Ce,{problem:f})})]})}function Xv(){return s.jsx("nav",{"aria-label":"Settings",className:"sidenav",children:s.jsx("ul",{children:Bv.map(([c,d])=>s.jsx("li",{className:c==="/delete"?"danger-link":void 0,children:s.jsx(ft,{to:c,children:d})},c))})})}function kv(){const{path:c,query:d}=zp(),{user:f,loading:o}=dt(),v=Y.useRef(null),O=Y.useRef(!0),x=co[c]??c,M=so[x]??dl[x];Dp(M?.title??"Page not found"),Y.useEffect(()=>{if(O.current){O.current=!1;return}v.current?.focus()},[c]),Y.useEffect(()=>{o||(co[c]?Jt(co[c],!0):!f&&dl[c]?Jt(c==="/"?"/login":`/login?next=${encodeURIComponent(c)}`,!0):f&&(c==="/login"||c==="/register")&&Jt(yo(),!0))},[f,o,c]);let C;o||!f&&dl[x]?C=s.jsx(Hu,{rows:4}):so[x]?C=so[x].render():f&&dl[x]?C=dl[x].render(f):C=s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Page not found"}),s.jsx("p",{children:s.jsx(ft,{to:"/",children:"Go to your account"})})]});const y=!!(f&&dl[x]);return s.jsxs(s.Fragment,{children:[s.jsx("a",{className:"skip",href:"#content",children:"Skip to the content"}),s.jsx(Gv,{user:f}),s.jsxs("div",{className:y?"layout":"layout single",children:[y&&s.jsx(Xv,{}),s.jsxs("div",{id:"content",ref:v,tabIndex:-1,children:[d.get("deleted")&&c==="/login"&&s.jsx(Ye,{children:"Your account was deleted."}),d.get("loggedOut")&&c==="/login"&&s.jsx(Ye,{children:"You were logged out everywhere."}),C]})]})]})}Jm(ml);function Qv(){const[c,d]=Y.useState(0);return Y.useEffect(()=>{const f=()=>{Jm(ml)&&d(o=>o+1)};return window.addEventListener("hashchange",f),()=>window.removeEventListener("hashchange",f)},[]),s.jsx(kv,{},c)}Ey.createRoot(document.getElementById("root")).render(s.jsx(Y.StrictMode,{children:s.jsx(Mp,{children:s.jsx(kp,{children:s.jsx(Qv,{})})})}));
