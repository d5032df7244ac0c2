var uc={exports:{}},wi={};var Om;function Ly(){if(Om)return wi;Om=1;var u=Symbol.for("react.transitional.element"),f=Symbol.for("react.fragment");function d(c,h,U){var S=null;if(U!==void 0&&(S=""+U),h.key!==void 0&&(S=""+h.key),"key"in h){U={};for(var T in h)T!=="key"&&(U[T]=h[T])}else U=h;return h=U.ref,{$$typeof:u,type:c,key:S,ref:h!==void 0?h:null,props:U}}return wi.Fragment=f,wi.jsx=d,wi.jsxs=d,wi}var zm;function qy(){return zm||(zm=1,uc.exports=Ly()),uc.exports}var s=qy(),oc={exports:{}},ae={};var Lm;function My(){if(Lm)return ae;Lm=1;var u=Symbol.for("react.transitional.element"),f=Symbol.for("react.portal"),d=Symbol.for("react.fragment"),c=Symbol.for("react.strict_mode"),h=Symbol.for("react.profiler"),U=Symbol.for("react.consumer"),S=Symbol.for("react.context"),T=Symbol.for("react.forward_ref"),b=Symbol.for("react.suspense"),g=Symbol.for("react.memo"),O=Symbol.for("react.lazy"),M=Symbol.for("react.activity"),y=Symbol.iterator;function R(v){return v===null||typeof v!="object"?null:(v=y&&v[y]||v["@@iterator"],typeof v=="function"?v:null)}var E={isMounted:function(){return!1},enqueueForceUpdate:function(){},enqueueReplaceState:function(){},enqueueSetState:function(){}},x=Object.assign,V={};function pe(v,L,H){this.props=v,this.context=L,this.refs=V,this.updater=H||E}pe.prototype.isReactComponent={},pe.prototype.setState=function(v,L){if(typeof v!="object"&&typeof v!="function"&&v!=null)throw Error("takes an object of state variables to update or a function which returns an object of state variables.");this.updater.enqueueSetState(this,v,L,"setState")},pe.prototype.forceUpdate=function(v){this.updater.enqueueForceUpdate(this,v,"forceUpdate")};function ft(){}ft.prototype=pe.prototype;function G(v,L,H){this.props=v,this.context=L,this.refs=V,this.updater=H||E}var Q=G.prototype=new ft;Q.constructor=G,x(Q,pe.prototype),Q.isPureReactComponent=!0;var Le=Array.isArray;function Te(){}var se={H:null,A:null,T:null,S:null},tt=Object.prototype.hasOwnProperty;function yt(v,L,H){var Y=H.ref;return{$$typeof:u,type:v,key:L,ref:Y!==void 0?Y:null,props:H}}function Ut(v,L){return yt(v.type,L,v.props)}function _t(v){return typeof v=="object"&&v!==null&&v.$$typeof===u}function it(v){var L={"=":"=0",":":"=2"};return"$"+v.replace(/[=:]/g,function(H){return L[H]})}var Vt=/\/+/g;function vt(v,L){return typeof v=="object"&&v!==null&&v.key!=null?it(""+v.key):L.toString(36)}function Tt(v){switch(v.status){case"fulfilled":return v.value;case"rejected":throw v.reason;default:switch(typeof v.status=="string"?v.then(Te,Te):(v.status="pending",v.then(function(L){v.status==="pending"&&(v.status="fulfilled",v.value=L)},function(L){v.status==="pending"&&(v.status="rejected",v.reason=L)})),v.status){case"fulfilled":return v.value;case"rejected":throw v.reason}}throw v}function N(v,L,H,Y,ee){var le=typeof v;(le==="undefined"||le==="boolean")&&(v=null);var ye=!1;if(v===null)ye=!0;else switch(le){case"bigint":case"string":case"number":ye=!0;break;case"object":switch(v.$$typeof){case u:case f:ye=!0;break;case O:return ye=v._init,N(ye(v._payload),L,H,Y,ee)}}if(ye)return ee=ee(v),ye=Y===""?"."+vt(v,0):Y,Le(ee)?(H="",ye!=null&&(H=ye.replace(Vt,"$&/")+"/"),N(ee,L,H,"",function(Wt){return Wt})):ee!=null&&(_t(ee)&&(ee=Ut(ee,H+(ee.key==null||v&&v.key===ee.key?"":(""+ee.key).replace(Vt,"$&/")+"/")+ye)),L.push(ee)),1;ye=0;var Xe=Y===""?".":Y+":";if(Le(v))for(var Ve=0;Ve<v.length;Ve++)Y=v[Ve],le=Xe+vt(Y,Ve),ye+=N(Y,L,H,le,ee);else if(Ve=R(v),typeof Ve=="function")for(v=Ve.call(v),Ve=0;!(Y=v.next()).done;)Y=Y.value,le=Xe+vt(Y,Ve++),ye+=N(Y,L,H,le,ee);else if(le==="object"){if(typeof v.then=="function")return N(Tt(v),L,H,Y,ee);throw L=String(v),Error("Objects are not valid as a React child (found: "+(L==="[object Object]"?"object with keys {"+Object.keys(v).join(", ")+"}":L)+"). If you meant to render a collection of children, use an array instead.")}return ye}function B(v,L,H){if(v==null)return v;var Y=[],ee=0;return N(v,Y,"","",function(le){return L.call(H,le,ee++)}),Y}function J(v){if(v._status===-1){var L=v._result;L=L(),L.then(function(H){(v._status===0||v._status===-1)&&(v._status=1,v._result=H)},function(H){(v._status===0||v._status===-1)&&(v._status=2,v._result=H)}),v._status===-1&&(v._status=0,v._result=L)}if(v._status===1)return v._result.default;throw v._result}var xe=typeof reportError=="function"?reportError:function(v){if(typeof window=="object"&&typeof window.ErrorEvent=="function"){var L=new window.ErrorEvent("error",{bubbles:!0,cancelable:!0,message:typeof v=="object"&&v!==null&&typeof v.message=="string"?String(v.message):String(v),error:v});if(!window.dispatchEvent(L))return}else if(typeof process=="object"&&typeof process.emit=="function"){process.emit("uncaughtException",v);return}console.error(v)},Re={map:B,forEach:function(v,L,H){B(v,function(){L.apply(this,arguments)},H)},count:function(v){var L=0;return B(v,function(){L++}),L},toArray:function(v){return B(v,function(L){return L})||[]},only:function(v){if(!_t(v))throw Error("React.Children.only expected to receive a single React element child.");return v}};return ae.Activity=M,ae.Children=Re,ae.Component=pe,ae.Fragment=d,ae.Profiler=h,ae.PureComponent=G,ae.StrictMode=c,ae.Suspense=b,ae.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE=se,ae.__COMPILER_RUNTIME={__proto__:null,c:function(v){return se.H.useMemoCache(v)}},ae.cache=function(v){return function(){return v.apply(null,arguments)}},ae.cacheSignal=function(){return null},ae.cloneElement=function(v,L,H){if(v==null)throw Error("The argument must be a React element, but you passed "+v+".");var Y=x({},v.props),ee=v.key;if(L!=null)for(le in L.key!==void 0&&(ee=""+L.key),L)!tt.call(L,le)||le==="key"||le==="__self"||le==="__source"||le==="ref"&&L.ref===void 0||(Y[le]=L[le]);var le=arguments.length-2;if(le===1)Y.children=H;else if(1<le){for(var ye=Array(le),Xe=0;Xe<le;Xe++)ye[Xe]=arguments[Xe+2];Y.children=ye}return yt(v.type,ee,Y)},ae.createContext=function(v){return v={$$typeof:S,_currentValue:v,_currentValue2:v,_threadCount:0,Provider:null,Consumer:null},v.Provider=v,v.Consumer={$$typeof:U,_context:v},v},ae.createElement=function(v,L,H){var Y,ee={},le=null;if(L!=null)for(Y in L.key!==void 0&&(le=""+L.key),L)tt.call(L,Y)&&Y!=="key"&&Y!=="__self"&&Y!=="__source"&&(ee[Y]=L[Y]);var ye=arguments.length-2;if(ye===1)ee.children=H;else if(1<ye){for(var Xe=Array(ye),Ve=0;Ve<ye;Ve++)Xe[Ve]=arguments[Ve+2];ee.children=Xe}if(v&&v.defaultProps)for(Y in ye=v.defaultProps,ye)ee[Y]===void 0&&(ee[Y]=ye[Y]);return yt(v,le,ee)},ae.createRef=function(){return{current:null}},ae.forwardRef=function(v){return{$$typeof:T,render:v}},ae.isValidElement=_t,ae.lazy=function(v){return{$$typeof:O,_payload:{_status:-1,_result:v},_init:J}},ae.memo=function(v,L){return{$$typeof:g,type:v,compare:L===void 0?null:L}},ae.startTransition=function(v){var L=se.T,H={};se.T=H;try{var Y=v(),ee=se.S;ee!==null&&ee(H,Y),typeof Y=="object"&&Y!==null&&typeof Y.then=="function"&&Y.then(Te,xe)}catch(le){xe(le)}finally{L!==null&&H.types!==null&&(L.types=H.types),se.T=L}},ae.unstable_useCacheRefresh=function(){return se.H.useCacheRefresh()},ae.use=function(v){return se.H.use(v)},ae.useActionState=function(v,L,H){return se.H.useActionState(v,L,H)},ae.useCallback=function(v,L){return se.H.useCallback(v,L)},ae.useContext=function(v){return se.H.useContext(v)},ae.useDebugValue=function(){},ae.useDeferredValue=function(v,L){return se.H.useDeferredValue(v,L)},ae.useEffect=function(v,L){return se.H.useEffect(v,L)},ae.useEffectEvent=function(v){return se.H.useEffectEvent(v)},ae.useId=function(){return se.H.useId()},ae.useImperativeHandle=function(v,L,H){return se.H.useImperativeHandle(v,L,H)},ae.useInsertionEffect=function(v,L){return se.H.useInsertionEffect(v,L)},ae.useLayoutEffect=function(v,L){return se.H.useLayoutEffect(v,L)},ae.useMemo=function(v,L){return se.H.useMemo(v,L)},ae.useOptimistic=function(v,L){return se.H.useOptimistic(v,L)},ae.useReducer=function(v,L,H){return se.H.useReducer(v,L,H)},ae.useRef=function(v){return se.H.useRef(v)},ae.useState=function(v){return se.H.useState(v)},ae.useSyncExternalStore=function(v,L,H){return se.H.useSyncExternalStore(v,L,H)},ae.useTransition=function(){return se.H.useTransition()},ae.version="19.2.9",ae}var qm;function xc(){return qm||(qm=1,oc.exports=My()),oc.exports}var k=xc(),cc={exports:{}},xi={},rc={exports:{}},dc={};var Mm;function Vy(){return Mm||(Mm=1,(function(u){function f(N,B){var J=N.length;N.push(B);e:for(;0<J;){var xe=J-1>>>1,Re=N[xe];if(0<h(Re,B))N[xe]=B,N[J]=Re,J=xe;else break e}}function d(N){return N.length===0?null:N[0]}function c(N){if(N.length===0)return null;var B=N[0],J=N.pop();if(J!==B){N[0]=J;e:for(var xe=0,Re=N.length,v=Re>>>1;xe<v;){var L=2*(xe+1)-1,H=N[L],Y=L+1,ee=N[Y];if(0>h(H,J))Y<Re&&0>h(ee,H)?(N[xe]=ee,N[Y]=J,xe=Y):(N[xe]=H,N[L]=J,xe=L);else if(Y<Re&&0>h(ee,J))N[xe]=ee,N[Y]=J,xe=Y;else break e}}return B}function h(N,B){var J=N.sortIndex-B.sortIndex;return J!==0?J:N.id-B.id}if(u.unstable_now=void 0,typeof performance=="object"&&typeof performance.now=="function"){var U=performance;u.unstable_now=function(){return U.now()}}else{var S=Date,T=S.now();u.unstable_now=function(){return S.now()-T}}var b=[],g=[],O=1,M=null,y=3,R=!1,E=!1,x=!1,V=!1,pe=typeof setTimeout=="function"?setTimeout:null,ft=typeof clearTimeout=="function"?clearTimeout:null,G=typeof setImmediate<"u"?setImmediate:null;function Q(N){for(var B=d(g);B!==null;){if(B.callback===null)c(g);else if(B.startTime<=N)c(g),B.sortIndex=B.expirationTime,f(b,B);else break;B=d(g)}}function Le(N){if(x=!1,Q(N),!E)if(d(b)!==null)E=!0,Te||(Te=!0,it());else{var B=d(g);B!==null&&Tt(Le,B.startTime-N)}}var Te=!1,se=-1,tt=5,yt=-1;function Ut(){return V?!0:!(u.unstable_now()-yt<tt)}function _t(){if(V=!1,Te){var N=u.unstable_now();yt=N;var B=!0;try{e:{E=!1,x&&(x=!1,ft(se),se=-1),R=!0;var J=y;try{t:{for(Q(N),M=d(b);M!==null&&!(M.expirationTime>N&&Ut());){var xe=M.callback;if(typeof xe=="function"){M.callback=null,y=M.priorityLevel;var Re=xe(M.expirationTime<=N);if(N=u.unstable_now(),typeof Re=="function"){M.callback=Re,Q(N),B=!0;break t}M===d(b)&&c(b),Q(N)}else c(b);M=d(b)}if(M!==null)B=!0;else{var v=d(g);v!==null&&Tt(Le,v.startTime-N),B=!1}}break e}finally{M=null,y=J,R=!1}B=void 0}}finally{B?it():Te=!1}}}var it;if(typeof G=="function")it=function(){G(_t)};else if(typeof MessageChannel<"u"){var Vt=new MessageChannel,vt=Vt.port2;Vt.port1.onmessage=_t,it=function(){vt.postMessage(null)}}else it=function(){pe(_t,0)};function Tt(N,B){se=pe(function(){N(u.unstable_now())},B)}u.unstable_IdlePriority=5,u.unstable_ImmediatePriority=1,u.unstable_LowPriority=4,u.unstable_NormalPriority=3,u.unstable_Profiling=null,u.unstable_UserBlockingPriority=2,u.unstable_cancelCallback=function(N){N.callback=null},u.unstable_forceFrameRate=function(N){0>N||125<N?console.error("forceFrameRate takes a positive int between 0 and 125, forcing frame rates higher than 125 fps is not supported"):tt=0<N?Math.floor(1e3/N):5},u.unstable_getCurrentPriorityLevel=function(){return y},u.unstable_next=function(N){switch(y){case 1:case 2:case 3:var B=3;break;default:B=y}var J=y;y=B;try{return N()}finally{y=J}},u.unstable_requestPaint=function(){V=!0},u.unstable_runWithPriority=function(N,B){switch(N){case 1:case 2:case 3:case 4:case 5:break;default:N=3}var J=y;y=N;try{return B()}finally{y=J}},u.unstable_scheduleCallback=function(N,B,J){var xe=u.unstable_now();switch(typeof J=="object"&&J!==null?(J=J.delay,J=typeof J=="number"&&0<J?xe+J:xe):J=xe,N){case 1:var Re=-1;break;case 2:Re=250;break;case 5:Re=1073741823;break;case 4:Re=1e4;break;default:Re=5e3}return Re=J+Re,N={id:O++,callback:B,priorityLevel:N,startTime:J,expirationTime:Re,sortIndex:-1},J>xe?(N.sortIndex=J,f(g,N),d(b)===null&&N===d(g)&&(x?(ft(se),se=-1):x=!0,Tt(Le,J-xe))):(N.sortIndex=Re,f(b,N),E||R||(E=!0,Te||(Te=!0,it()))),N},u.unstable_shouldYield=Ut,u.unstable_wrapCallback=function(N){var B=y;return function(){var J=y;y=B;try{return N.apply(this,arguments)}finally{y=J}}}})(dc)),dc}var Vm;function ky(){return Vm||(Vm=1,rc.exports=Vy()),rc.exports}var fc={exports:{}},ht={};var km;function By(){if(km)return ht;km=1;var u=xc();function f(b){var g="https://react.dev/errors/"+b;if(1<arguments.length){g+="?args[]="+encodeURIComponent(arguments[1]);for(var O=2;O<arguments.length;O++)g+="&args[]="+encodeURIComponent(arguments[O])}return"Minified React error #"+b+"; visit "+g+" for the full message or use the non-minified dev environment for full errors and additional helpful warnings."}function d(){}var c={d:{f:d,r:function(){throw Error(f(522))},D:d,C:d,L:d,m:d,X:d,S:d,M:d},p:0,findDOMNode:null},h=Symbol.for("react.portal");function U(b,g,O){var M=3<arguments.length&&arguments[3]!==void 0?arguments[3]:null;return{$$typeof:h,key:M==null?null:""+M,children:b,containerInfo:g,implementation:O}}var S=u.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;function T(b,g){if(b==="font")return"";if(typeof g=="string")return g==="use-credentials"?g:""}return ht.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE=c,ht.createPortal=function(b,g){var O=2<arguments.length&&arguments[2]!==void 0?arguments[2]:null;if(!g||g.nodeType!==1&&g.nodeType!==9&&g.nodeType!==11)throw Error(f(299));return U(b,g,null,O)},ht.flushSync=function(b){var g=S.T,O=c.p;try{if(S.T=null,c.p=2,b)return b()}finally{S.T=g,c.p=O,c.d.f()}},ht.preconnect=function(b,g){typeof b=="string"&&(g?(g=g.crossOrigin,g=typeof g=="string"?g==="use-credentials"?g:"":void 0):g=null,c.d.C(b,g))},ht.prefetchDNS=function(b){typeof b=="string"&&c.d.D(b)},ht.preinit=function(b,g){if(typeof b=="string"&&g&&typeof g.as=="string"){var O=g.as,M=T(O,g.crossOrigin),y=typeof g.integrity=="string"?g.integrity:void 0,R=typeof g.fetchPriority=="string"?g.fetchPriority:void 0;O==="style"?c.d.S(b,typeof g.precedence=="string"?g.precedence:void 0,{crossOrigin:M,integrity:y,fetchPriority:R}):O==="script"&&c.d.X(b,{crossOrigin:M,integrity:y,fetchPriority:R,nonce:typeof g.nonce=="string"?g.nonce:void 0})}},ht.preinitModule=function(b,g){if(typeof b=="string")if(typeof g=="object"&&g!==null){if(g.as==null||g.as==="script"){var O=T(g.as,g.crossOrigin);c.d.M(b,{crossOrigin:O,integrity:typeof g.integrity=="string"?g.integrity:void 0,nonce:typeof g.nonce=="string"?g.nonce:void 0})}}else g==null&&c.d.M(b)},ht.preload=function(b,g){if(typeof b=="string"&&typeof g=="object"&&g!==null&&typeof g.as=="string"){var O=g.as,M=T(O,g.crossOrigin);c.d.L(b,O,{crossOrigin:M,integrity:typeof g.integrity=="string"?g.integrity:void 0,nonce:typeof g.nonce=="string"?g.nonce:void 0,type:typeof g.type=="string"?g.type:void 0,fetchPriority:typeof g.fetchPriority=="string"?g.fetchPriority:void 0,referrerPolicy:typeof g.referrerPolicy=="string"?g.referrerPolicy:void 0,imageSrcSet:typeof g.imageSrcSet=="string"?g.imageSrcSet:void 0,imageSizes:typeof g.imageSizes=="string"?g.imageSizes:void 0,media:typeof g.media=="string"?g.media:void 0})}},ht.preloadModule=function(b,g){if(typeof b=="string")if(g){var O=T(g.as,g.crossOrigin);c.d.m(b,{as:typeof g.as=="string"&&g.as!=="script"?g.as:void 0,crossOrigin:O,integrity:typeof g.integrity=="string"?g.integrity:void 0})}else c.d.m(b)},ht.requestFormReset=function(b){c.d.r(b)},ht.unstable_batchedUpdates=function(b,g){return b(g)},ht.useFormState=function(b,g,O){return S.H.useFormState(b,g,O)},ht.useFormStatus=function(){return S.H.useHostTransitionStatus()},ht.version="19.2.9",ht}var Bm;function Hy(){if(Bm)return fc.exports;Bm=1;function u(){if(!(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__>"u"||typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE!="function"))try{__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(u)}catch(f){console.error(f)}}return u(),fc.exports=By(),fc.exports}var Hm;function Yy(){if(Hm)return xi;Hm=1;var u=ky(),f=xc(),d=Hy();function c(e){var t="https://react.dev/errors/"+e;if(1<arguments.length){t+="?args[]="+encodeURIComponent(arguments[1]);for(var n=2;n<arguments.length;n++)t+="&args[]="+encodeURIComponent(arguments[n])}return"Minified React error #"+e+"; visit "+t+" for the full message or use the non-minified dev environment for full errors and additional helpful warnings."}function h(e){return!(!e||e.nodeType!==1&&e.nodeType!==9&&e.nodeType!==11)}function U(e){var t=e,n=e;if(e.alternate)for(;t.return;)t=t.return;else{e=t;do t=e,(t.flags&4098)!==0&&(n=t.return),e=t.return;while(e)}return t.tag===3?n:null}function S(e){if(e.tag===13){var t=e.memoizedState;if(t===null&&(e=e.alternate,e!==null&&(t=e.memoizedState)),t!==null)return t.dehydrated}return null}function T(e){if(e.tag===31){var t=e.memoizedState;if(t===null&&(e=e.alternate,e!==null&&(t=e.memoizedState)),t!==null)return t.dehydrated}return null}function b(e){if(U(e)!==e)throw Error(c(188))}function g(e){var t=e.alternate;if(!t){if(t=U(e),t===null)throw Error(c(188));return t!==e?null:e}for(var n=e,a=t;;){var l=n.return;if(l===null)break;var i=l.alternate;if(i===null){if(a=l.return,a!==null){n=a;continue}break}if(l.child===i.child){for(i=l.child;i;){if(i===n)return b(l),e;if(i===a)return b(l),t;i=i.sibling}throw Error(c(188))}if(n.return!==a.return)n=l,a=i;else{for(var o=!1,r=l.child;r;){if(r===n){o=!0,n=l,a=i;break}if(r===a){o=!0,a=l,n=i;break}r=r.sibling}if(!o){for(r=i.child;r;){if(r===n){o=!0,n=i,a=l;break}if(r===a){o=!0,a=i,n=l;break}r=r.sibling}if(!o)throw Error(c(189))}}if(n.alternate!==a)throw Error(c(190))}if(n.tag!==3)throw Error(c(188));return n.stateNode.current===n?e:t}function O(e){var t=e.tag;if(t===5||t===26||t===27||t===6)return e;for(e=e.child;e!==null;){if(t=O(e),t!==null)return t;e=e.sibling}return null}var M=Object.assign,y=Symbol.for("react.element"),R=Symbol.for("react.transitional.element"),E=Symbol.for("react.portal"),x=Symbol.for("react.fragment"),V=Symbol.for("react.strict_mode"),pe=Symbol.for("react.profiler"),ft=Symbol.for("react.consumer"),G=Symbol.for("react.context"),Q=Symbol.for("react.forward_ref"),Le=Symbol.for("react.suspense"),Te=Symbol.for("react.suspense_list"),se=Symbol.for("react.memo"),tt=Symbol.for("react.lazy"),yt=Symbol.for("react.activity"),Ut=Symbol.for("react.memo_cache_sentinel"),_t=Symbol.iterator;function it(e){return e===null||typeof e!="object"?null:(e=_t&&e[_t]||e["@@iterator"],typeof e=="function"?e:null)}var Vt=Symbol.for("react.client.reference");function vt(e){if(e==null)return null;if(typeof e=="function")return e.$$typeof===Vt?null:e.displayName||e.name||null;if(typeof e=="string")return e;switch(e){case x:return"Fragment";case pe:return"Profiler";case V:return"StrictMode";case Le:return"Suspense";case Te:return"SuspenseList";case yt:return"Activity"}if(typeof e=="object")switch(e.$$typeof){case E:return"Portal";case G:return e.displayName||"Context";case ft:return(e._context.displayName||"Context")+".Consumer";case Q:var t=e.render;return e=e.displayName,e||(e=t.displayName||t.name||"",e=e!==""?"ForwardRef("+e+")":"ForwardRef"),e;case se:return t=e.displayName||null,t!==null?t:vt(e.type)||"Memo";case tt:t=e._payload,e=e._init;try{return vt(e(t))}catch{}}return null}var Tt=Array.isArray,N=f.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,B=d.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,J={pending:!1,data:null,method:null,action:null},xe=[],Re=-1;function v(e){return{current:e}}function L(e){0>Re||(e.current=xe[Re],xe[Re]=null,Re--)}function H(e,t){Re++,xe[Re]=e.current,e.current=t}var Y=v(null),ee=v(null),le=v(null),ye=v(null);function Xe(e,t){switch(H(le,t),H(ee,e),H(Y,null),t.nodeType){case 9:case 11:e=(e=t.documentElement)&&(e=e.namespaceURI)?nm(e):0;break;default:if(e=t.tagName,t=t.namespaceURI)t=nm(t),e=am(t,e);else switch(e){case"svg":e=1;break;case"math":e=2;break;default:e=0}}L(Y),H(Y,e)}function Ve(){L(Y),L(ee),L(le)}function Wt(e){e.memoizedState!==null&&H(ye,e);var t=Y.current,n=am(t,e.type);t!==n&&(H(ee,e),H(Y,n))}function Nn(e){ee.current===e&&(L(Y),L(ee)),ye.current===e&&(L(ye),pi._currentValue=J)}var ua,Rl;function nn(e){if(ua===void 0)try{throw Error()}catch(n){var t=n.stack.trim().match(/\n( *(at )?)/);ua=t&&t[1]||"",Rl=-1<n.stack.indexOf(`
    at`)?" (<anonymous>)":-1<n.stack.indexOf("@")?"@unknown:0:0":""}return`
`+ua+e+Rl}var Oa=!1;function za(e,t){if(!e||Oa)return"";Oa=!0;var n=Error.prepareStackTrace;Error.prepareStackTrace=void 0;try{var a={DetermineComponentFrameRoot:function(){try{if(t){var q=function(){throw Error()};if(Object.defineProperty(q.prototype,"props",{set:function(){throw Error()}}),typeof Reflect=="object"&&Reflect.construct){try{Reflect.construct(q,[])}catch(C){var _=C}Reflect.construct(e,[],q)}else{try{q.call()}catch(C){_=C}e.call(q.prototype)}}else{try{throw Error()}catch(C){_=C}(q=e())&&typeof q.catch=="function"&&q.catch(function(){})}}catch(C){if(C&&_&&typeof C.stack=="string")return[C.stack,_.stack]}return[null,null]}};a.DetermineComponentFrameRoot.displayName="DetermineComponentFrameRoot";var l=Object.getOwnPropertyDescriptor(a.DetermineComponentFrameRoot,"name");l&&l.configurable&&Object.defineProperty(a.DetermineComponentFrameRoot,"name",{value:"DetermineComponentFrameRoot"});var i=a.DetermineComponentFrameRoot(),o=i[0],r=i[1];if(o&&r){var m=o.split(`
`),j=r.split(`
`);for(l=a=0;a<m.length&&!m[a].includes("DetermineComponentFrameRoot");)a++;for(;l<j.length&&!j[l].includes("DetermineComponentFrameRoot");)l++;if(a===m.length||l===j.length)for(a=m.length-1,l=j.length-1;1<=a&&0<=l&&m[a]!==j[l];)l--;for(;1<=a&&0<=l;a--,l--)if(m[a]!==j[l]){if(a!==1||l!==1)do if(a--,l--,0>l||m[a]!==j[l]){var D=`
`+m[a].replace(" at new "," at ");return e.displayName&&D.includes("<anonymous>")&&(D=D.replace("<anonymous>",e.displayName)),D}while(1<=a&&0<=l);break}}}finally{Oa=!1,Error.prepareStackTrace=n}return(n=e?e.displayName||e.name:"")?nn(n):""}function Qs(e,t){switch(e.tag){case 26:case 27:case 5:return nn(e.type);case 16:return nn("Lazy");case 13:return e.child!==t&&t!==null?nn("Suspense Fallback"):nn("Suspense");case 19:return nn("SuspenseList");case 0:case 15:return za(e.type,!1);case 11:return za(e.type.render,!1);case 1:return za(e.type,!0);case 31:return nn("Activity");default:return""}}function oa(e){try{var t="",n=null;do t+=Qs(e,n),n=e,e=e.return;while(e);return t}catch(a){return`
Error generating stack: `+a.message+`
`+a.stack}}var La=Object.prototype.hasOwnProperty,cn=u.unstable_scheduleCallback,jl=u.unstable_cancelCallback,Ul=u.unstable_shouldYield,ca=u.unstable_requestPaint,Pe=u.unstable_now,Zs=u.unstable_getCurrentPriorityLevel,_l=u.unstable_ImmediatePriority,Tl=u.unstable_UserBlockingPriority,mt=u.unstable_NormalPriority,Dn=u.unstable_LowPriority,ra=u.unstable_IdlePriority,re=u.log,ve=u.unstable_setDisableYieldValue,K=null,oe=null;function nt(e){if(typeof re=="function"&&ve(e),oe&&typeof oe.setStrictMode=="function")try{oe.setStrictMode(K,e)}catch{}}var ke=Math.clz32?Math.clz32:kt,be=Math.log,I=Math.LN2;function kt(e){return e>>>=0,e===0?32:31-(be(e)/I|0)|0}var On=256,da=262144,Ui=4194304;function fa(e){var t=e&42;if(t!==0)return t;switch(e&-e){case 1:return 1;case 2:return 2;case 4:return 4;case 8:return 8;case 16:return 16;case 32:return 32;case 64:return 64;case 128:return 128;case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:return e&261888;case 262144:case 524288:case 1048576:case 2097152:return e&3932160;case 4194304:case 8388608:case 16777216:case 33554432:return e&62914560;case 67108864:return 67108864;case 134217728:return 134217728;case 268435456:return 268435456;case 536870912:return 536870912;case 1073741824:return 0;default:return e}}function _i(e,t,n){var a=e.pendingLanes;if(a===0)return 0;var l=0,i=e.suspendedLanes,o=e.pingedLanes;e=e.warmLanes;var r=a&134217727;return r!==0?(a=r&~i,a!==0?l=fa(a):(o&=r,o!==0?l=fa(o):n||(n=r&~e,n!==0&&(l=fa(n))))):(r=a&~i,r!==0?l=fa(r):o!==0?l=fa(o):n||(n=a&~e,n!==0&&(l=fa(n)))),l===0?0:t!==0&&t!==l&&(t&i)===0&&(i=l&-l,n=t&-t,i>=n||i===32&&(n&4194048)!==0)?t:l}function Cl(e,t){return(e.pendingLanes&~(e.suspendedLanes&~e.pingedLanes)&t)===0}function xh(e,t){switch(e){case 1:case 2:case 4:case 8:case 64:return t+250;case 16:case 32:case 128:case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:return t+5e3;case 4194304:case 8388608:case 16777216:case 33554432:return-1;case 67108864:case 134217728:case 268435456:case 536870912:case 1073741824:return-1;default:return-1}}function qc(){var e=Ui;return Ui<<=1,(Ui&62914560)===0&&(Ui=4194304),e}function Js(e){for(var t=[],n=0;31>n;n++)t.push(e);return t}function Nl(e,t){e.pendingLanes|=t,t!==268435456&&(e.suspendedLanes=0,e.pingedLanes=0,e.warmLanes=0)}function Eh(e,t,n,a,l,i){var o=e.pendingLanes;e.pendingLanes=n,e.suspendedLanes=0,e.pingedLanes=0,e.warmLanes=0,e.expiredLanes&=n,e.entangledLanes&=n,e.errorRecoveryDisabledLanes&=n,e.shellSuspendCounter=0;var r=e.entanglements,m=e.expirationTimes,j=e.hiddenUpdates;for(n=o&~n;0<n;){var D=31-ke(n),q=1<<D;r[D]=0,m[D]=-1;var _=j[D];if(_!==null)for(j[D]=null,D=0;D<_.length;D++){var C=_[D];C!==null&&(C.lane&=-536870913)}n&=~q}a!==0&&Mc(e,a,0),i!==0&&l===0&&e.tag!==0&&(e.suspendedLanes|=i&~(o&~t))}function Mc(e,t,n){e.pendingLanes|=t,e.suspendedLanes&=~t;var a=31-ke(t);e.entangledLanes|=t,e.entanglements[a]=e.entanglements[a]|1073741824|n&261930}function Vc(e,t){var n=e.entangledLanes|=t;for(e=e.entanglements;n;){var a=31-ke(n),l=1<<a;l&t|e[a]&t&&(e[a]|=t),n&=~l}}function kc(e,t){var n=t&-t;return n=(n&42)!==0?1:Fs(n),(n&(e.suspendedLanes|t))!==0?0:n}function Fs(e){switch(e){case 2:e=1;break;case 8:e=4;break;case 32:e=16;break;case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:case 4194304:case 8388608:case 16777216:case 33554432:e=128;break;case 268435456:e=134217728;break;default:e=0}return e}function Ks(e){return e&=-e,2<e?8<e?(e&134217727)!==0?32:268435456:8:2}function Bc(){var e=B.p;return e!==0?e:(e=window.event,e===void 0?32:jm(e.type))}function Hc(e,t){var n=B.p;try{return B.p=e,t()}finally{B.p=n}}var zn=Math.random().toString(36).slice(2),st="__reactFiber$"+zn,bt="__reactProps$"+zn,qa="__reactContainer$"+zn,Is="__reactEvents$"+zn,Ah="__reactListeners$"+zn,Rh="__reactHandles$"+zn,Yc="__reactResources$"+zn,Dl="__reactMarker$"+zn;function Ws(e){delete e[st],delete e[bt],delete e[Is],delete e[Ah],delete e[Rh]}function Ma(e){var t=e[st];if(t)return t;for(var n=e.parentNode;n;){if(t=n[qa]||n[st]){if(n=t.alternate,t.child!==null||n!==null&&n.child!==null)for(e=rm(e);e!==null;){if(n=e[st])return n;e=rm(e)}return t}e=n,n=e.parentNode}return null}function Va(e){if(e=e[st]||e[qa]){var t=e.tag;if(t===5||t===6||t===13||t===31||t===26||t===27||t===3)return e}return null}function Ol(e){var t=e.tag;if(t===5||t===26||t===27||t===6)return e.stateNode;throw Error(c(33))}function ka(e){var t=e[Yc];return t||(t=e[Yc]={hoistableStyles:new Map,hoistableScripts:new Map}),t}function at(e){e[Dl]=!0}var $c=new Set,Gc={};function ma(e,t){Ba(e,t),Ba(e+"Capture",t)}function Ba(e,t){for(Gc[e]=t,e=0;e<t.length;e++)$c.add(t[e])}var jh=RegExp("^[:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD][:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$"),Xc={},Qc={};function Uh(e){return La.call(Qc,e)?!0:La.call(Xc,e)?!1:jh.test(e)?Qc[e]=!0:(Xc[e]=!0,!1)}function Ti(e,t,n){if(Uh(t))if(n===null)e.removeAttribute(t);else{switch(typeof n){case"undefined":case"function":case"symbol":e.removeAttribute(t);return;case"boolean":var a=t.toLowerCase().slice(0,5);if(a!=="data-"&&a!=="aria-"){e.removeAttribute(t);return}}e.setAttribute(t,""+n)}}function Ci(e,t,n){if(n===null)e.removeAttribute(t);else{switch(typeof n){case"undefined":case"function":case"symbol":case"boolean":e.removeAttribute(t);return}e.setAttribute(t,""+n)}}function rn(e,t,n,a){if(a===null)e.removeAttribute(n);else{switch(typeof a){case"undefined":case"function":case"symbol":case"boolean":e.removeAttribute(n);return}e.setAttributeNS(t,n,""+a)}}function Bt(e){switch(typeof e){case"bigint":case"boolean":case"number":case"string":case"undefined":return e;case"object":return e;default:return""}}function Zc(e){var t=e.type;return(e=e.nodeName)&&e.toLowerCase()==="input"&&(t==="checkbox"||t==="radio")}function _h(e,t,n){var a=Object.getOwnPropertyDescriptor(e.constructor.prototype,t);if(!e.hasOwnProperty(t)&&typeof a<"u"&&typeof a.get=="function"&&typeof a.set=="function"){var l=a.get,i=a.set;return Object.defineProperty(e,t,{configurable:!0,get:function(){return l.call(this)},set:function(o){n=""+o,i.call(this,o)}}),Object.defineProperty(e,t,{enumerable:a.enumerable}),{getValue:function(){return n},setValue:function(o){n=""+o},stopTracking:function(){e._valueTracker=null,delete e[t]}}}}function Ps(e){if(!e._valueTracker){var t=Zc(e)?"checked":"value";e._valueTracker=_h(e,t,""+e[t])}}function Jc(e){if(!e)return!1;var t=e._valueTracker;if(!t)return!0;var n=t.getValue(),a="";return e&&(a=Zc(e)?e.checked?"true":"false":e.value),e=a,e!==n?(t.setValue(e),!0):!1}function Ni(e){if(e=e||(typeof document<"u"?document:void 0),typeof e>"u")return null;try{return e.activeElement||e.body}catch{return e.body}}var Th=/[\n"\\]/g;function Ht(e){return e.replace(Th,function(t){return"\\"+t.charCodeAt(0).toString(16)+" "})}function eu(e,t,n,a,l,i,o,r){e.name="",o!=null&&typeof o!="function"&&typeof o!="symbol"&&typeof o!="boolean"?e.type=o:e.removeAttribute("type"),t!=null?o==="number"?(t===0&&e.value===""||e.value!=t)&&(e.value=""+Bt(t)):e.value!==""+Bt(t)&&(e.value=""+Bt(t)):o!=="submit"&&o!=="reset"||e.removeAttribute("value"),t!=null?tu(e,o,Bt(t)):n!=null?tu(e,o,Bt(n)):a!=null&&e.removeAttribute("value"),l==null&&i!=null&&(e.defaultChecked=!!i),l!=null&&(e.checked=l&&typeof l!="function"&&typeof l!="symbol"),r!=null&&typeof r!="function"&&typeof r!="symbol"&&typeof r!="boolean"?e.name=""+Bt(r):e.removeAttribute("name")}function Fc(e,t,n,a,l,i,o,r){if(i!=null&&typeof i!="function"&&typeof i!="symbol"&&typeof i!="boolean"&&(e.type=i),t!=null||n!=null){if(!(i!=="submit"&&i!=="reset"||t!=null)){Ps(e);return}n=n!=null?""+Bt(n):"",t=t!=null?""+Bt(t):n,r||t===e.value||(e.value=t),e.defaultValue=t}a=a??l,a=typeof a!="function"&&typeof a!="symbol"&&!!a,e.checked=r?e.checked:!!a,e.defaultChecked=!!a,o!=null&&typeof o!="function"&&typeof o!="symbol"&&typeof o!="boolean"&&(e.name=o),Ps(e)}function tu(e,t,n){t==="number"&&Ni(e.ownerDocument)===e||e.defaultValue===""+n||(e.defaultValue=""+n)}function Ha(e,t,n,a){if(e=e.options,t){t={};for(var l=0;l<n.length;l++)t["$"+n[l]]=!0;for(n=0;n<e.length;n++)l=t.hasOwnProperty("$"+e[n].value),e[n].selected!==l&&(e[n].selected=l),l&&a&&(e[n].defaultSelected=!0)}else{for(n=""+Bt(n),t=null,l=0;l<e.length;l++){if(e[l].value===n){e[l].selected=!0,a&&(e[l].defaultSelected=!0);return}t!==null||e[l].disabled||(t=e[l])}t!==null&&(t.selected=!0)}}function Kc(e,t,n){if(t!=null&&(t=""+Bt(t),t!==e.value&&(e.value=t),n==null)){e.defaultValue!==t&&(e.defaultValue=t);return}e.defaultValue=n!=null?""+Bt(n):""}function Ic(e,t,n,a){if(t==null){if(a!=null){if(n!=null)throw Error(c(92));if(Tt(a)){if(1<a.length)throw Error(c(93));a=a[0]}n=a}n==null&&(n=""),t=n}n=Bt(t),e.defaultValue=n,a=e.textContent,a===n&&a!==""&&a!==null&&(e.value=a),Ps(e)}function Ya(e,t){if(t){var n=e.firstChild;if(n&&n===e.lastChild&&n.nodeType===3){n.nodeValue=t;return}}e.textContent=t}var Ch=new Set("animationIterationCount aspectRatio borderImageOutset borderImageSlice borderImageWidth boxFlex boxFlexGroup boxOrdinalGroup columnCount columns flex flexGrow flexPositive flexShrink flexNegative flexOrder gridArea gridRow gridRowEnd gridRowSpan gridRowStart gridColumn gridColumnEnd gridColumnSpan gridColumnStart fontWeight lineClamp lineHeight opacity order orphans scale tabSize widows zIndex zoom fillOpacity floodOpacity stopOpacity strokeDasharray strokeDashoffset strokeMiterlimit strokeOpacity strokeWidth MozAnimationIterationCount MozBoxFlex MozBoxFlexGroup MozLineClamp msAnimationIterationCount msFlex msZoom msFlexGrow msFlexNegative msFlexOrder msFlexPositive msFlexShrink msGridColumn msGridColumnSpan msGridRow msGridRowSpan WebkitAnimationIterationCount WebkitBoxFlex WebKitBoxFlexGroup WebkitBoxOrdinalGroup WebkitColumnCount WebkitColumns WebkitFlex WebkitFlexGrow WebkitFlexPositive WebkitFlexShrink WebkitLineClamp".split(" "));function Wc(e,t,n){var a=t.indexOf("--")===0;n==null||typeof n=="boolean"||n===""?a?e.setProperty(t,""):t==="float"?e.cssFloat="":e[t]="":a?e.setProperty(t,n):typeof n!="number"||n===0||Ch.has(t)?t==="float"?e.cssFloat=n:e[t]=(""+n).trim():e[t]=n+"px"}function Pc(e,t,n){if(t!=null&&typeof t!="object")throw Error(c(62));if(e=e.style,n!=null){for(var a in n)!n.hasOwnProperty(a)||t!=null&&t.hasOwnProperty(a)||(a.indexOf("--")===0?e.setProperty(a,""):a==="float"?e.cssFloat="":e[a]="");for(var l in t)a=t[l],t.hasOwnProperty(l)&&n[l]!==a&&Wc(e,l,a)}else for(var i in t)t.hasOwnProperty(i)&&Wc(e,i,t[i])}function nu(e){if(e.indexOf("-")===-1)return!1;switch(e){case"annotation-xml":case"color-profile":case"font-face":case"font-face-src":case"font-face-uri":case"font-face-format":case"font-face-name":case"missing-glyph":return!1;default:return!0}}var Nh=new Map([["acceptCharset","accept-charset"],["htmlFor","for"],["httpEquiv","http-equiv"],["crossOrigin","crossorigin"],["accentHeight","accent-height"],["alignmentBaseline","alignment-baseline"],["arabicForm","arabic-form"],["baselineShift","baseline-shift"],["capHeight","cap-height"],["clipPath","clip-path"],["clipRule","clip-rule"],["colorInterpolation","color-interpolation"],["colorInterpolationFilters","color-interpolation-filters"],["colorProfile","color-profile"],["colorRendering","color-rendering"],["dominantBaseline","dominant-baseline"],["enableBackground","enable-background"],["fillOpacity","fill-opacity"],["fillRule","fill-rule"],["floodColor","flood-color"],["floodOpacity","flood-opacity"],["fontFamily","font-family"],["fontSize","font-size"],["fontSizeAdjust","font-size-adjust"],["fontStretch","font-stretch"],["fontStyle","font-style"],["fontVariant","font-variant"],["fontWeight","font-weight"],["glyphName","glyph-name"],["glyphOrientationHorizontal","glyph-orientation-horizontal"],["glyphOrientationVertical","glyph-orientation-vertical"],["horizAdvX","horiz-adv-x"],["horizOriginX","horiz-origin-x"],["imageRendering","image-rendering"],["letterSpacing","letter-spacing"],["lightingColor","lighting-color"],["markerEnd","marker-end"],["markerMid","marker-mid"],["markerStart","marker-start"],["overlinePosition","overline-position"],["overlineThickness","overline-thickness"],["paintOrder","paint-order"],["panose-1","panose-1"],["pointerEvents","pointer-events"],["renderingIntent","rendering-intent"],["shapeRendering","shape-rendering"],["stopColor","stop-color"],["stopOpacity","stop-opacity"],["strikethroughPosition","strikethrough-position"],["strikethroughThickness","strikethrough-thickness"],["strokeDasharray","stroke-dasharray"],["strokeDashoffset","stroke-dashoffset"],["strokeLinecap","stroke-linecap"],["strokeLinejoin","stroke-linejoin"],["strokeMiterlimit","stroke-miterlimit"],["strokeOpacity","stroke-opacity"],["strokeWidth","stroke-width"],["textAnchor","text-anchor"],["textDecoration","text-decoration"],["textRendering","text-rendering"],["transformOrigin","transform-origin"],["underlinePosition","underline-position"],["underlineThickness","underline-thickness"],["unicodeBidi","unicode-bidi"],["unicodeRange","unicode-range"],["unitsPerEm","units-per-em"],["vAlphabetic","v-alphabetic"],["vHanging","v-hanging"],["vIdeographic","v-ideographic"],["vMathematical","v-mathematical"],["vectorEffect","vector-effect"],["vertAdvY","vert-adv-y"],["vertOriginX","vert-origin-x"],["vertOriginY","vert-origin-y"],["wordSpacing","word-spacing"],["writingMode","writing-mode"],["xmlnsXlink","xmlns:xlink"],["xHeight","x-height"]]),Dh=/^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i;function Di(e){return Dh.test(""+e)?"javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')":e}function dn(){}var au=null;function lu(e){return e=e.target||e.srcElement||window,e.correspondingUseElement&&(e=e.correspondingUseElement),e.nodeType===3?e.parentNode:e}var $a=null,Ga=null;function er(e){var t=Va(e);if(t&&(e=t.stateNode)){var n=e[bt]||null;e:switch(e=t.stateNode,t.type){case"input":if(eu(e,n.value,n.defaultValue,n.defaultValue,n.checked,n.defaultChecked,n.type,n.name),t=n.name,n.type==="radio"&&t!=null){for(n=e;n.parentNode;)n=n.parentNode;for(n=n.querySelectorAll('input[name="'+Ht(""+t)+'"][type="radio"]'),t=0;t<n.length;t++){var a=n[t];if(a!==e&&a.form===e.form){var l=a[bt]||null;if(!l)throw Error(c(90));eu(a,l.value,l.defaultValue,l.defaultValue,l.checked,l.defaultChecked,l.type,l.name)}}for(t=0;t<n.length;t++)a=n[t],a.form===e.form&&Jc(a)}break e;case"textarea":Kc(e,n.value,n.defaultValue);break e;case"select":t=n.value,t!=null&&Ha(e,!!n.multiple,t,!1)}}}var iu=!1;function tr(e,t,n){if(iu)return e(t,n);iu=!0;try{var a=e(t);return a}finally{if(iu=!1,($a!==null||Ga!==null)&&(bs(),$a&&(t=$a,e=Ga,Ga=$a=null,er(t),e)))for(t=0;t<e.length;t++)er(e[t])}}function zl(e,t){var n=e.stateNode;if(n===null)return null;var a=n[bt]||null;if(a===null)return null;n=a[t];e:switch(t){case"onClick":case"onClickCapture":case"onDoubleClick":case"onDoubleClickCapture":case"onMouseDown":case"onMouseDownCapture":case"onMouseMove":case"onMouseMoveCapture":case"onMouseUp":case"onMouseUpCapture":case"onMouseEnter":(a=!a.disabled)||(e=e.type,a=!(e==="button"||e==="input"||e==="select"||e==="textarea")),e=!a;break e;default:e=!1}if(e)return null;if(n&&typeof n!="function")throw Error(c(231,t,typeof n));return n}var fn=!(typeof window>"u"||typeof window.document>"u"||typeof window.document.createElement>"u"),su=!1;if(fn)try{var Ll={};Object.defineProperty(Ll,"passive",{get:function(){su=!0}}),window.addEventListener("test",Ll,Ll),window.removeEventListener("test",Ll,Ll)}catch{su=!1}var Ln=null,uu=null,Oi=null;function nr(){if(Oi)return Oi;var e,t=uu,n=t.length,a,l="value"in Ln?Ln.value:Ln.textContent,i=l.length;for(e=0;e<n&&t[e]===l[e];e++);var o=n-e;for(a=1;a<=o&&t[n-a]===l[i-a];a++);return Oi=l.slice(e,1<a?1-a:void 0)}function zi(e){var t=e.keyCode;return"charCode"in e?(e=e.charCode,e===0&&t===13&&(e=13)):e=t,e===10&&(e=13),32<=e||e===13?e:0}function Li(){return!0}function ar(){return!1}function St(e){function t(n,a,l,i,o){this._reactName=n,this._targetInst=l,this.type=a,this.nativeEvent=i,this.target=o,this.currentTarget=null;for(var r in e)e.hasOwnProperty(r)&&(n=e[r],this[r]=n?n(i):i[r]);return this.isDefaultPrevented=(i.defaultPrevented!=null?i.defaultPrevented:i.returnValue===!1)?Li:ar,this.isPropagationStopped=ar,this}return M(t.prototype,{preventDefault:function(){this.defaultPrevented=!0;var n=this.nativeEvent;n&&(n.preventDefault?n.preventDefault():typeof n.returnValue!="unknown"&&(n.returnValue=!1),this.isDefaultPrevented=Li)},stopPropagation:function(){var n=this.nativeEvent;n&&(n.stopPropagation?n.stopPropagation():typeof n.cancelBubble!="unknown"&&(n.cancelBubble=!0),this.isPropagationStopped=Li)},persist:function(){},isPersistent:Li}),t}var ha={eventPhase:0,bubbles:0,cancelable:0,timeStamp:function(e){return e.timeStamp||Date.now()},defaultPrevented:0,isTrusted:0},qi=St(ha),ql=M({},ha,{view:0,detail:0}),Oh=St(ql),ou,cu,Ml,Mi=M({},ql,{screenX:0,screenY:0,clientX:0,clientY:0,pageX:0,pageY:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,getModifierState:du,button:0,buttons:0,relatedTarget:function(e){return e.relatedTarget===void 0?e.fromElement===e.srcElement?e.toElement:e.fromElement:e.relatedTarget},movementX:function(e){return"movementX"in e?e.movementX:(e!==Ml&&(Ml&&e.type==="mousemove"?(ou=e.screenX-Ml.screenX,cu=e.screenY-Ml.screenY):cu=ou=0,Ml=e),ou)},movementY:function(e){return"movementY"in e?e.movementY:cu}}),lr=St(Mi),zh=M({},Mi,{dataTransfer:0}),Lh=St(zh),qh=M({},ql,{relatedTarget:0}),ru=St(qh),Mh=M({},ha,{animationName:0,elapsedTime:0,pseudoElement:0}),Vh=St(Mh),kh=M({},ha,{clipboardData:function(e){return"clipboardData"in e?e.clipboardData:window.clipboardData}}),Bh=St(kh),Hh=M({},ha,{data:0}),ir=St(Hh),Yh={Esc:"Escape",Spacebar:" ",Left:"ArrowLeft",Up:"ArrowUp",Right:"ArrowRight",Down:"ArrowDown",Del:"Delete",Win:"OS",Menu:"ContextMenu",Apps:"ContextMenu",Scroll:"ScrollLock",MozPrintableKey:"Unidentified"},$h={8:"Backspace",9:"Tab",12:"Clear",13:"Enter",16:"Shift",17:"Control",18:"Alt",19:"Pause",20:"CapsLock",27:"Escape",32:" ",33:"PageUp",34:"PageDown",35:"End",36:"Home",37:"ArrowLeft",38:"ArrowUp",39:"ArrowRight",40:"ArrowDown",45:"Insert",46:"Delete",112:"F1",113:"F2",114:"F3",115:"F4",116:"F5",117:"F6",118:"F7",119:"F8",120:"F9",121:"F10",122:"F11",123:"F12",144:"NumLock",145:"ScrollLock",224:"Meta"},Gh={Alt:"altKey",Control:"ctrlKey",Meta:"metaKey",Shift:"shiftKey"};function Xh(e){var t=this.nativeEvent;return t.getModifierState?t.getModifierState(e):(e=Gh[e])?!!t[e]:!1}function du(){return Xh}var Qh=M({},ql,{key:function(e){if(e.key){var t=Yh[e.key]||e.key;if(t!=="Unidentified")return t}return e.type==="keypress"?(e=zi(e),e===13?"Enter":String.fromCharCode(e)):e.type==="keydown"||e.type==="keyup"?$h[e.keyCode]||"Unidentified":""},code:0,location:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,repeat:0,locale:0,getModifierState:du,charCode:function(e){return e.type==="keypress"?zi(e):0},keyCode:function(e){return e.type==="keydown"||e.type==="keyup"?e.keyCode:0},which:function(e){return e.type==="keypress"?zi(e):e.type==="keydown"||e.type==="keyup"?e.keyCode:0}}),Zh=St(Qh),Jh=M({},Mi,{pointerId:0,width:0,height:0,pressure:0,tangentialPressure:0,tiltX:0,tiltY:0,twist:0,pointerType:0,isPrimary:0}),sr=St(Jh),Fh=M({},ql,{touches:0,targetTouches:0,changedTouches:0,altKey:0,metaKey:0,ctrlKey:0,shiftKey:0,getModifierState:du}),Kh=St(Fh),Ih=M({},ha,{propertyName:0,elapsedTime:0,pseudoElement:0}),Wh=St(Ih),Ph=M({},Mi,{deltaX:function(e){return"deltaX"in e?e.deltaX:"wheelDeltaX"in e?-e.wheelDeltaX:0},deltaY:function(e){return"deltaY"in e?e.deltaY:"wheelDeltaY"in e?-e.wheelDeltaY:"wheelDelta"in e?-e.wheelDelta:0},deltaZ:0,deltaMode:0}),eg=St(Ph),tg=M({},ha,{newState:0,oldState:0}),ng=St(tg),ag=[9,13,27,32],fu=fn&&"CompositionEvent"in window,Vl=null;fn&&"documentMode"in document&&(Vl=document.documentMode);var lg=fn&&"TextEvent"in window&&!Vl,ur=fn&&(!fu||Vl&&8<Vl&&11>=Vl),or=" ",cr=!1;function rr(e,t){switch(e){case"keyup":return ag.indexOf(t.keyCode)!==-1;case"keydown":return t.keyCode!==229;case"keypress":case"mousedown":case"focusout":return!0;default:return!1}}function dr(e){return e=e.detail,typeof e=="object"&&"data"in e?e.data:null}var Xa=!1;function ig(e,t){switch(e){case"compositionend":return dr(t);case"keypress":return t.which!==32?null:(cr=!0,or);case"textInput":return e=t.data,e===or&&cr?null:e;default:return null}}function sg(e,t){if(Xa)return e==="compositionend"||!fu&&rr(e,t)?(e=nr(),Oi=uu=Ln=null,Xa=!1,e):null;switch(e){case"paste":return null;case"keypress":if(!(t.ctrlKey||t.altKey||t.metaKey)||t.ctrlKey&&t.altKey){if(t.char&&1<t.char.length)return t.char;if(t.which)return String.fromCharCode(t.which)}return null;case"compositionend":return ur&&t.locale!=="ko"?null:t.data;default:return null}}var ug={color:!0,date:!0,datetime:!0,"datetime-local":!0,email:!0,month:!0,number:!0,password:!0,range:!0,search:!0,tel:!0,text:!0,time:!0,url:!0,week:!0};function fr(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t==="input"?!!ug[e.type]:t==="textarea"}function mr(e,t,n,a){$a?Ga?Ga.push(a):Ga=[a]:$a=a,t=js(t,"onChange"),0<t.length&&(n=new qi("onChange","change",null,n,a),e.push({event:n,listeners:t}))}var kl=null,Bl=null;function og(e){Kf(e,0)}function Vi(e){var t=Ol(e);if(Jc(t))return e}function hr(e,t){if(e==="change")return t}var gr=!1;if(fn){var mu;if(fn){var hu="oninput"in document;if(!hu){var yr=document.createElement("div");yr.setAttribute("oninput","return;"),hu=typeof yr.oninput=="function"}mu=hu}else mu=!1;gr=mu&&(!document.documentMode||9<document.documentMode)}function pr(){kl&&(kl.detachEvent("onpropertychange",vr),Bl=kl=null)}function vr(e){if(e.propertyName==="value"&&Vi(Bl)){var t=[];mr(t,Bl,e,lu(e)),tr(og,t)}}function cg(e,t,n){e==="focusin"?(pr(),kl=t,Bl=n,kl.attachEvent("onpropertychange",vr)):e==="focusout"&&pr()}function rg(e){if(e==="selectionchange"||e==="keyup"||e==="keydown")return Vi(Bl)}function dg(e,t){if(e==="click")return Vi(t)}function fg(e,t){if(e==="input"||e==="change")return Vi(t)}function mg(e,t){return e===t&&(e!==0||1/e===1/t)||e!==e&&t!==t}var Ct=typeof Object.is=="function"?Object.is:mg;function Hl(e,t){if(Ct(e,t))return!0;if(typeof e!="object"||e===null||typeof t!="object"||t===null)return!1;var n=Object.keys(e),a=Object.keys(t);if(n.length!==a.length)return!1;for(a=0;a<n.length;a++){var l=n[a];if(!La.call(t,l)||!Ct(e[l],t[l]))return!1}return!0}function br(e){for(;e&&e.firstChild;)e=e.firstChild;return e}function Sr(e,t){var n=br(e);e=0;for(var a;n;){if(n.nodeType===3){if(a=e+n.textContent.length,e<=t&&a>=t)return{node:n,offset:t-e};e=a}e:{for(;n;){if(n.nextSibling){n=n.nextSibling;break e}n=n.parentNode}n=void 0}n=br(n)}}function wr(e,t){return e&&t?e===t?!0:e&&e.nodeType===3?!1:t&&t.nodeType===3?wr(e,t.parentNode):"contains"in e?e.contains(t):e.compareDocumentPosition?!!(e.compareDocumentPosition(t)&16):!1:!1}function xr(e){e=e!=null&&e.ownerDocument!=null&&e.ownerDocument.defaultView!=null?e.ownerDocument.defaultView:window;for(var t=Ni(e.document);t instanceof e.HTMLIFrameElement;){try{var n=typeof t.contentWindow.location.href=="string"}catch{n=!1}if(n)e=t.contentWindow;else break;t=Ni(e.document)}return t}function gu(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t&&(t==="input"&&(e.type==="text"||e.type==="search"||e.type==="tel"||e.type==="url"||e.type==="password")||t==="textarea"||e.contentEditable==="true")}var hg=fn&&"documentMode"in document&&11>=document.documentMode,Qa=null,yu=null,Yl=null,pu=!1;function Er(e,t,n){var a=n.window===n?n.document:n.nodeType===9?n:n.ownerDocument;pu||Qa==null||Qa!==Ni(a)||(a=Qa,"selectionStart"in a&&gu(a)?a={start:a.selectionStart,end:a.selectionEnd}:(a=(a.ownerDocument&&a.ownerDocument.defaultView||window).getSelection(),a={anchorNode:a.anchorNode,anchorOffset:a.anchorOffset,focusNode:a.focusNode,focusOffset:a.focusOffset}),Yl&&Hl(Yl,a)||(Yl=a,a=js(yu,"onSelect"),0<a.length&&(t=new qi("onSelect","select",null,t,n),e.push({event:t,listeners:a}),t.target=Qa)))}function ga(e,t){var n={};return n[e.toLowerCase()]=t.toLowerCase(),n["Webkit"+e]="webkit"+t,n["Moz"+e]="moz"+t,n}var Za={animationend:ga("Animation","AnimationEnd"),animationiteration:ga("Animation","AnimationIteration"),animationstart:ga("Animation","AnimationStart"),transitionrun:ga("Transition","TransitionRun"),transitionstart:ga("Transition","TransitionStart"),transitioncancel:ga("Transition","TransitionCancel"),transitionend:ga("Transition","TransitionEnd")},vu={},Ar={};fn&&(Ar=document.createElement("div").style,"AnimationEvent"in window||(delete Za.animationend.animation,delete Za.animationiteration.animation,delete Za.animationstart.animation),"TransitionEvent"in window||delete Za.transitionend.transition);function ya(e){if(vu[e])return vu[e];if(!Za[e])return e;var t=Za[e],n;for(n in t)if(t.hasOwnProperty(n)&&n in Ar)return vu[e]=t[n];return e}var Rr=ya("animationend"),jr=ya("animationiteration"),Ur=ya("animationstart"),gg=ya("transitionrun"),yg=ya("transitionstart"),pg=ya("transitioncancel"),_r=ya("transitionend"),Tr=new Map,bu="abort auxClick beforeToggle cancel canPlay canPlayThrough click close contextMenu copy cut drag dragEnd dragEnter dragExit dragLeave dragOver dragStart drop durationChange emptied encrypted ended error gotPointerCapture input invalid keyDown keyPress keyUp load loadedData loadedMetadata loadStart lostPointerCapture mouseDown mouseMove mouseOut mouseOver mouseUp paste pause play playing pointerCancel pointerDown pointerMove pointerOut pointerOver pointerUp progress rateChange reset resize seeked seeking stalled submit suspend timeUpdate touchCancel touchEnd touchStart volumeChange scroll toggle touchMove waiting wheel".split(" ");bu.push("scrollEnd");function Pt(e,t){Tr.set(e,t),ma(t,[e])}var ki=typeof reportError=="function"?reportError:function(e){if(typeof window=="object"&&typeof window.ErrorEvent=="function"){var t=new window.ErrorEvent("error",{bubbles:!0,cancelable:!0,message:typeof e=="object"&&e!==null&&typeof e.message=="string"?String(e.message):String(e),error:e});if(!window.dispatchEvent(t))return}else if(typeof process=="object"&&typeof process.emit=="function"){process.emit("uncaughtException",e);return}console.error(e)},Yt=[],Ja=0,Su=0;function Bi(){for(var e=Ja,t=Su=Ja=0;t<e;){var n=Yt[t];Yt[t++]=null;var a=Yt[t];Yt[t++]=null;var l=Yt[t];Yt[t++]=null;var i=Yt[t];if(Yt[t++]=null,a!==null&&l!==null){var o=a.pending;o===null?l.next=l:(l.next=o.next,o.next=l),a.pending=l}i!==0&&Cr(n,l,i)}}function Hi(e,t,n,a){Yt[Ja++]=e,Yt[Ja++]=t,Yt[Ja++]=n,Yt[Ja++]=a,Su|=a,e.lanes|=a,e=e.alternate,e!==null&&(e.lanes|=a)}function wu(e,t,n,a){return Hi(e,t,n,a),Yi(e)}function pa(e,t){return Hi(e,null,null,t),Yi(e)}function Cr(e,t,n){e.lanes|=n;var a=e.alternate;a!==null&&(a.lanes|=n);for(var l=!1,i=e.return;i!==null;)i.childLanes|=n,a=i.alternate,a!==null&&(a.childLanes|=n),i.tag===22&&(e=i.stateNode,e===null||e._visibility&1||(l=!0)),e=i,i=i.return;return e.tag===3?(i=e.stateNode,l&&t!==null&&(l=31-ke(n),e=i.hiddenUpdates,a=e[l],a===null?e[l]=[t]:a.push(t),t.lane=n|536870912),i):null}function Yi(e){if(50<ri)throw ri=0,No=null,Error(c(185));for(var t=e.return;t!==null;)e=t,t=e.return;return e.tag===3?e.stateNode:null}var Fa={};function vg(e,t,n,a){this.tag=e,this.key=n,this.sibling=this.child=this.return=this.stateNode=this.type=this.elementType=null,this.index=0,this.refCleanup=this.ref=null,this.pendingProps=t,this.dependencies=this.memoizedState=this.updateQueue=this.memoizedProps=null,this.mode=a,this.subtreeFlags=this.flags=0,this.deletions=null,this.childLanes=this.lanes=0,this.alternate=null}function Nt(e,t,n,a){return new vg(e,t,n,a)}function xu(e){return e=e.prototype,!(!e||!e.isReactComponent)}function mn(e,t){var n=e.alternate;return n===null?(n=Nt(e.tag,t,e.key,e.mode),n.elementType=e.elementType,n.type=e.type,n.stateNode=e.stateNode,n.alternate=e,e.alternate=n):(n.pendingProps=t,n.type=e.type,n.flags=0,n.subtreeFlags=0,n.deletions=null),n.flags=e.flags&65011712,n.childLanes=e.childLanes,n.lanes=e.lanes,n.child=e.child,n.memoizedProps=e.memoizedProps,n.memoizedState=e.memoizedState,n.updateQueue=e.updateQueue,t=e.dependencies,n.dependencies=t===null?null:{lanes:t.lanes,firstContext:t.firstContext},n.sibling=e.sibling,n.index=e.index,n.ref=e.ref,n.refCleanup=e.refCleanup,n}function Nr(e,t){e.flags&=65011714;var n=e.alternate;return n===null?(e.childLanes=0,e.lanes=t,e.child=null,e.subtreeFlags=0,e.memoizedProps=null,e.memoizedState=null,e.updateQueue=null,e.dependencies=null,e.stateNode=null):(e.childLanes=n.childLanes,e.lanes=n.lanes,e.child=n.child,e.subtreeFlags=0,e.deletions=null,e.memoizedProps=n.memoizedProps,e.memoizedState=n.memoizedState,e.updateQueue=n.updateQueue,e.type=n.type,t=n.dependencies,e.dependencies=t===null?null:{lanes:t.lanes,firstContext:t.firstContext}),e}function $i(e,t,n,a,l,i){var o=0;if(a=e,typeof e=="function")xu(e)&&(o=1);else if(typeof e=="string")o=Ey(e,n,Y.current)?26:e==="html"||e==="head"||e==="body"?27:5;else e:switch(e){case yt:return e=Nt(31,n,t,l),e.elementType=yt,e.lanes=i,e;case x:return va(n.children,l,i,t);case V:o=8,l|=24;break;case pe:return e=Nt(12,n,t,l|2),e.elementType=pe,e.lanes=i,e;case Le:return e=Nt(13,n,t,l),e.elementType=Le,e.lanes=i,e;case Te:return e=Nt(19,n,t,l),e.elementType=Te,e.lanes=i,e;default:if(typeof e=="object"&&e!==null)switch(e.$$typeof){case G:o=10;break e;case ft:o=9;break e;case Q:o=11;break e;case se:o=14;break e;case tt:o=16,a=null;break e}o=29,n=Error(c(130,e===null?"null":typeof e,"")),a=null}return t=Nt(o,n,t,l),t.elementType=e,t.type=a,t.lanes=i,t}function va(e,t,n,a){return e=Nt(7,e,a,t),e.lanes=n,e}function Eu(e,t,n){return e=Nt(6,e,null,t),e.lanes=n,e}function Dr(e){var t=Nt(18,null,null,0);return t.stateNode=e,t}function Au(e,t,n){return t=Nt(4,e.children!==null?e.children:[],e.key,t),t.lanes=n,t.stateNode={containerInfo:e.containerInfo,pendingChildren:null,implementation:e.implementation},t}var Or=new WeakMap;function $t(e,t){if(typeof e=="object"&&e!==null){var n=Or.get(e);return n!==void 0?n:(t={value:e,source:t,stack:oa(t)},Or.set(e,t),t)}return{value:e,source:t,stack:oa(t)}}var Ka=[],Ia=0,Gi=null,$l=0,Gt=[],Xt=0,qn=null,an=1,ln="";function hn(e,t){Ka[Ia++]=$l,Ka[Ia++]=Gi,Gi=e,$l=t}function zr(e,t,n){Gt[Xt++]=an,Gt[Xt++]=ln,Gt[Xt++]=qn,qn=e;var a=an;e=ln;var l=32-ke(a)-1;a&=~(1<<l),n+=1;var i=32-ke(t)+l;if(30<i){var o=l-l%5;i=(a&(1<<o)-1).toString(32),a>>=o,l-=o,an=1<<32-ke(t)+l|n<<l|a,ln=i+e}else an=1<<i|n<<l|a,ln=e}function Ru(e){e.return!==null&&(hn(e,1),zr(e,1,0))}function ju(e){for(;e===Gi;)Gi=Ka[--Ia],Ka[Ia]=null,$l=Ka[--Ia],Ka[Ia]=null;for(;e===qn;)qn=Gt[--Xt],Gt[Xt]=null,ln=Gt[--Xt],Gt[Xt]=null,an=Gt[--Xt],Gt[Xt]=null}function Lr(e,t){Gt[Xt++]=an,Gt[Xt++]=ln,Gt[Xt++]=qn,an=t.id,ln=t.overflow,qn=e}var ut=null,qe=null,ge=!1,Mn=null,Qt=!1,Uu=Error(c(519));function Vn(e){var t=Error(c(418,1<arguments.length&&arguments[1]!==void 0&&arguments[1]?"text":"HTML",""));throw Gl($t(t,e)),Uu}function qr(e){var t=e.stateNode,n=e.type,a=e.memoizedProps;switch(t[st]=e,t[bt]=a,n){case"dialog":fe("cancel",t),fe("close",t);break;case"iframe":case"object":case"embed":fe("load",t);break;case"video":case"audio":for(n=0;n<fi.length;n++)fe(fi[n],t);break;case"source":fe("error",t);break;case"img":case"image":case"link":fe("error",t),fe("load",t);break;case"details":fe("toggle",t);break;case"input":fe("invalid",t),Fc(t,a.value,a.defaultValue,a.checked,a.defaultChecked,a.type,a.name,!0);break;case"select":fe("invalid",t);break;case"textarea":fe("invalid",t),Ic(t,a.value,a.defaultValue,a.children)}n=a.children,typeof n!="string"&&typeof n!="number"&&typeof n!="bigint"||t.textContent===""+n||a.suppressHydrationWarning===!0||em(t.textContent,n)?(a.popover!=null&&(fe("beforetoggle",t),fe("toggle",t)),a.onScroll!=null&&fe("scroll",t),a.onScrollEnd!=null&&fe("scrollend",t),a.onClick!=null&&(t.onclick=dn),t=!0):t=!1,t||Vn(e,!0)}function Mr(e){for(ut=e.return;ut;)switch(ut.tag){case 5:case 31:case 13:Qt=!1;return;case 27:case 3:Qt=!0;return;default:ut=ut.return}}function Wa(e){if(e!==ut)return!1;if(!ge)return Mr(e),ge=!0,!1;var t=e.tag,n;if((n=t!==3&&t!==27)&&((n=t===5)&&(n=e.type,n=!(n!=="form"&&n!=="button")||Qo(e.type,e.memoizedProps)),n=!n),n&&qe&&Vn(e),Mr(e),t===13){if(e=e.memoizedState,e=e!==null?e.dehydrated:null,!e)throw Error(c(317));qe=cm(e)}else if(t===31){if(e=e.memoizedState,e=e!==null?e.dehydrated:null,!e)throw Error(c(317));qe=cm(e)}else t===27?(t=qe,Wn(e.type)?(e=Io,Io=null,qe=e):qe=t):qe=ut?Jt(e.stateNode.nextSibling):null;return!0}function ba(){qe=ut=null,ge=!1}function _u(){var e=Mn;return e!==null&&(At===null?At=e:At.push.apply(At,e),Mn=null),e}function Gl(e){Mn===null?Mn=[e]:Mn.push(e)}var Tu=v(null),Sa=null,gn=null;function kn(e,t,n){H(Tu,t._currentValue),t._currentValue=n}function yn(e){e._currentValue=Tu.current,L(Tu)}function Cu(e,t,n){for(;e!==null;){var a=e.alternate;if((e.childLanes&t)!==t?(e.childLanes|=t,a!==null&&(a.childLanes|=t)):a!==null&&(a.childLanes&t)!==t&&(a.childLanes|=t),e===n)break;e=e.return}}function Nu(e,t,n,a){var l=e.child;for(l!==null&&(l.return=e);l!==null;){var i=l.dependencies;if(i!==null){var o=l.child;i=i.firstContext;e:for(;i!==null;){var r=i;i=l;for(var m=0;m<t.length;m++)if(r.context===t[m]){i.lanes|=n,r=i.alternate,r!==null&&(r.lanes|=n),Cu(i.return,n,e),a||(o=null);break e}i=r.next}}else if(l.tag===18){if(o=l.return,o===null)throw Error(c(341));o.lanes|=n,i=o.alternate,i!==null&&(i.lanes|=n),Cu(o,n,e),o=null}else o=l.child;if(o!==null)o.return=l;else for(o=l;o!==null;){if(o===e){o=null;break}if(l=o.sibling,l!==null){l.return=o.return,o=l;break}o=o.return}l=o}}function Pa(e,t,n,a){e=null;for(var l=t,i=!1;l!==null;){if(!i){if((l.flags&524288)!==0)i=!0;else if((l.flags&262144)!==0)break}if(l.tag===10){var o=l.alternate;if(o===null)throw Error(c(387));if(o=o.memoizedProps,o!==null){var r=l.type;Ct(l.pendingProps.value,o.value)||(e!==null?e.push(r):e=[r])}}else if(l===ye.current){if(o=l.alternate,o===null)throw Error(c(387));o.memoizedState.memoizedState!==l.memoizedState.memoizedState&&(e!==null?e.push(pi):e=[pi])}l=l.return}e!==null&&Nu(t,e,n,a),t.flags|=262144}function Xi(e){for(e=e.firstContext;e!==null;){if(!Ct(e.context._currentValue,e.memoizedValue))return!0;e=e.next}return!1}function wa(e){Sa=e,gn=null,e=e.dependencies,e!==null&&(e.firstContext=null)}function ot(e){return Vr(Sa,e)}function Qi(e,t){return Sa===null&&wa(e),Vr(e,t)}function Vr(e,t){var n=t._currentValue;if(t={context:t,memoizedValue:n,next:null},gn===null){if(e===null)throw Error(c(308));gn=t,e.dependencies={lanes:0,firstContext:t},e.flags|=524288}else gn=gn.next=t;return n}var bg=typeof AbortController<"u"?AbortController:function(){var e=[],t=this.signal={aborted:!1,addEventListener:function(n,a){e.push(a)}};this.abort=function(){t.aborted=!0,e.forEach(function(n){return n()})}},Sg=u.unstable_scheduleCallback,wg=u.unstable_NormalPriority,Je={$$typeof:G,Consumer:null,Provider:null,_currentValue:null,_currentValue2:null,_threadCount:0};function Du(){return{controller:new bg,data:new Map,refCount:0}}function Xl(e){e.refCount--,e.refCount===0&&Sg(wg,function(){e.controller.abort()})}var Ql=null,Ou=0,el=0,tl=null;function xg(e,t){if(Ql===null){var n=Ql=[];Ou=0,el=Mo(),tl={status:"pending",value:void 0,then:function(a){n.push(a)}}}return Ou++,t.then(kr,kr),t}function kr(){if(--Ou===0&&Ql!==null){tl!==null&&(tl.status="fulfilled");var e=Ql;Ql=null,el=0,tl=null;for(var t=0;t<e.length;t++)(0,e[t])()}}function Eg(e,t){var n=[],a={status:"pending",value:null,reason:null,then:function(l){n.push(l)}};return e.then(function(){a.status="fulfilled",a.value=t;for(var l=0;l<n.length;l++)(0,n[l])(t)},function(l){for(a.status="rejected",a.reason=l,l=0;l<n.length;l++)(0,n[l])(void 0)}),a}var Br=N.S;N.S=function(e,t){Af=Pe(),typeof t=="object"&&t!==null&&typeof t.then=="function"&&xg(e,t),Br!==null&&Br(e,t)};var xa=v(null);function zu(){var e=xa.current;return e!==null?e:ze.pooledCache}function Zi(e,t){t===null?H(xa,xa.current):H(xa,t.pool)}function Hr(){var e=zu();return e===null?null:{parent:Je._currentValue,pool:e}}var nl=Error(c(460)),Lu=Error(c(474)),Ji=Error(c(542)),Fi={then:function(){}};function Yr(e){return e=e.status,e==="fulfilled"||e==="rejected"}function $r(e,t,n){switch(n=e[n],n===void 0?e.push(t):n!==t&&(t.then(dn,dn),t=n),t.status){case"fulfilled":return t.value;case"rejected":throw e=t.reason,Xr(e),e;default:if(typeof t.status=="string")t.then(dn,dn);else{if(e=ze,e!==null&&100<e.shellSuspendCounter)throw Error(c(482));e=t,e.status="pending",e.then(function(a){if(t.status==="pending"){var l=t;l.status="fulfilled",l.value=a}},function(a){if(t.status==="pending"){var l=t;l.status="rejected",l.reason=a}})}switch(t.status){case"fulfilled":return t.value;case"rejected":throw e=t.reason,Xr(e),e}throw Aa=t,nl}}function Ea(e){try{var t=e._init;return t(e._payload)}catch(n){throw n!==null&&typeof n=="object"&&typeof n.then=="function"?(Aa=n,nl):n}}var Aa=null;function Gr(){if(Aa===null)throw Error(c(459));var e=Aa;return Aa=null,e}function Xr(e){if(e===nl||e===Ji)throw Error(c(483))}var al=null,Zl=0;function Ki(e){var t=Zl;return Zl+=1,al===null&&(al=[]),$r(al,e,t)}function Jl(e,t){t=t.props.ref,e.ref=t!==void 0?t:null}function Ii(e,t){throw t.$$typeof===y?Error(c(525)):(e=Object.prototype.toString.call(t),Error(c(31,e==="[object Object]"?"object with keys {"+Object.keys(t).join(", ")+"}":e)))}function Qr(e){function t(w,p){if(e){var A=w.deletions;A===null?(w.deletions=[p],w.flags|=16):A.push(p)}}function n(w,p){if(!e)return null;for(;p!==null;)t(w,p),p=p.sibling;return null}function a(w){for(var p=new Map;w!==null;)w.key!==null?p.set(w.key,w):p.set(w.index,w),w=w.sibling;return p}function l(w,p){return w=mn(w,p),w.index=0,w.sibling=null,w}function i(w,p,A){return w.index=A,e?(A=w.alternate,A!==null?(A=A.index,A<p?(w.flags|=67108866,p):A):(w.flags|=67108866,p)):(w.flags|=1048576,p)}function o(w){return e&&w.alternate===null&&(w.flags|=67108866),w}function r(w,p,A,z){return p===null||p.tag!==6?(p=Eu(A,w.mode,z),p.return=w,p):(p=l(p,A),p.return=w,p)}function m(w,p,A,z){var Z=A.type;return Z===x?D(w,p,A.props.children,z,A.key):p!==null&&(p.elementType===Z||typeof Z=="object"&&Z!==null&&Z.$$typeof===tt&&Ea(Z)===p.type)?(p=l(p,A.props),Jl(p,A),p.return=w,p):(p=$i(A.type,A.key,A.props,null,w.mode,z),Jl(p,A),p.return=w,p)}function j(w,p,A,z){return p===null||p.tag!==4||p.stateNode.containerInfo!==A.containerInfo||p.stateNode.implementation!==A.implementation?(p=Au(A,w.mode,z),p.return=w,p):(p=l(p,A.children||[]),p.return=w,p)}function D(w,p,A,z,Z){return p===null||p.tag!==7?(p=va(A,w.mode,z,Z),p.return=w,p):(p=l(p,A),p.return=w,p)}function q(w,p,A){if(typeof p=="string"&&p!==""||typeof p=="number"||typeof p=="bigint")return p=Eu(""+p,w.mode,A),p.return=w,p;if(typeof p=="object"&&p!==null){switch(p.$$typeof){case R:return A=$i(p.type,p.key,p.props,null,w.mode,A),Jl(A,p),A.return=w,A;case E:return p=Au(p,w.mode,A),p.return=w,p;case tt:return p=Ea(p),q(w,p,A)}if(Tt(p)||it(p))return p=va(p,w.mode,A,null),p.return=w,p;if(typeof p.then=="function")return q(w,Ki(p),A);if(p.$$typeof===G)return q(w,Qi(w,p),A);Ii(w,p)}return null}function _(w,p,A,z){var Z=p!==null?p.key:null;if(typeof A=="string"&&A!==""||typeof A=="number"||typeof A=="bigint")return Z!==null?null:r(w,p,""+A,z);if(typeof A=="object"&&A!==null){switch(A.$$typeof){case R:return A.key===Z?m(w,p,A,z):null;case E:return A.key===Z?j(w,p,A,z):null;case tt:return A=Ea(A),_(w,p,A,z)}if(Tt(A)||it(A))return Z!==null?null:D(w,p,A,z,null);if(typeof A.then=="function")return _(w,p,Ki(A),z);if(A.$$typeof===G)return _(w,p,Qi(w,A),z);Ii(w,A)}return null}function C(w,p,A,z,Z){if(typeof z=="string"&&z!==""||typeof z=="number"||typeof z=="bigint")return w=w.get(A)||null,r(p,w,""+z,Z);if(typeof z=="object"&&z!==null){switch(z.$$typeof){case R:return w=w.get(z.key===null?A:z.key)||null,m(p,w,z,Z);case E:return w=w.get(z.key===null?A:z.key)||null,j(p,w,z,Z);case tt:return z=Ea(z),C(w,p,A,z,Z)}if(Tt(z)||it(z))return w=w.get(A)||null,D(p,w,z,Z,null);if(typeof z.then=="function")return C(w,p,A,Ki(z),Z);if(z.$$typeof===G)return C(w,p,A,Qi(p,z),Z);Ii(p,z)}return null}function $(w,p,A,z){for(var Z=null,Se=null,X=p,ue=p=0,he=null;X!==null&&ue<A.length;ue++){X.index>ue?(he=X,X=null):he=X.sibling;var we=_(w,X,A[ue],z);if(we===null){X===null&&(X=he);break}e&&X&&we.alternate===null&&t(w,X),p=i(we,p,ue),Se===null?Z=we:Se.sibling=we,Se=we,X=he}if(ue===A.length)return n(w,X),ge&&hn(w,ue),Z;if(X===null){for(;ue<A.length;ue++)X=q(w,A[ue],z),X!==null&&(p=i(X,p,ue),Se===null?Z=X:Se.sibling=X,Se=X);return ge&&hn(w,ue),Z}for(X=a(X);ue<A.length;ue++)he=C(X,w,ue,A[ue],z),he!==null&&(e&&he.alternate!==null&&X.delete(he.key===null?ue:he.key),p=i(he,p,ue),Se===null?Z=he:Se.sibling=he,Se=he);return e&&X.forEach(function(aa){return t(w,aa)}),ge&&hn(w,ue),Z}function F(w,p,A,z){if(A==null)throw Error(c(151));for(var Z=null,Se=null,X=p,ue=p=0,he=null,we=A.next();X!==null&&!we.done;ue++,we=A.next()){X.index>ue?(he=X,X=null):he=X.sibling;var aa=_(w,X,we.value,z);if(aa===null){X===null&&(X=he);break}e&&X&&aa.alternate===null&&t(w,X),p=i(aa,p,ue),Se===null?Z=aa:Se.sibling=aa,Se=aa,X=he}if(we.done)return n(w,X),ge&&hn(w,ue),Z;if(X===null){for(;!we.done;ue++,we=A.next())we=q(w,we.value,z),we!==null&&(p=i(we,p,ue),Se===null?Z=we:Se.sibling=we,Se=we);return ge&&hn(w,ue),Z}for(X=a(X);!we.done;ue++,we=A.next())we=C(X,w,ue,we.value,z),we!==null&&(e&&we.alternate!==null&&X.delete(we.key===null?ue:we.key),p=i(we,p,ue),Se===null?Z=we:Se.sibling=we,Se=we);return e&&X.forEach(function(zy){return t(w,zy)}),ge&&hn(w,ue),Z}function De(w,p,A,z){if(typeof A=="object"&&A!==null&&A.type===x&&A.key===null&&(A=A.props.children),typeof A=="object"&&A!==null){switch(A.$$typeof){case R:e:{for(var Z=A.key;p!==null;){if(p.key===Z){if(Z=A.type,Z===x){if(p.tag===7){n(w,p.sibling),z=l(p,A.props.children),z.return=w,w=z;break e}}else if(p.elementType===Z||typeof Z=="object"&&Z!==null&&Z.$$typeof===tt&&Ea(Z)===p.type){n(w,p.sibling),z=l(p,A.props),Jl(z,A),z.return=w,w=z;break e}n(w,p);break}else t(w,p);p=p.sibling}A.type===x?(z=va(A.props.children,w.mode,z,A.key),z.return=w,w=z):(z=$i(A.type,A.key,A.props,null,w.mode,z),Jl(z,A),z.return=w,w=z)}return o(w);case E:e:{for(Z=A.key;p!==null;){if(p.key===Z)if(p.tag===4&&p.stateNode.containerInfo===A.containerInfo&&p.stateNode.implementation===A.implementation){n(w,p.sibling),z=l(p,A.children||[]),z.return=w,w=z;break e}else{n(w,p);break}else t(w,p);p=p.sibling}z=Au(A,w.mode,z),z.return=w,w=z}return o(w);case tt:return A=Ea(A),De(w,p,A,z)}if(Tt(A))return $(w,p,A,z);if(it(A)){if(Z=it(A),typeof Z!="function")throw Error(c(150));return A=Z.call(A),F(w,p,A,z)}if(typeof A.then=="function")return De(w,p,Ki(A),z);if(A.$$typeof===G)return De(w,p,Qi(w,A),z);Ii(w,A)}return typeof A=="string"&&A!==""||typeof A=="number"||typeof A=="bigint"?(A=""+A,p!==null&&p.tag===6?(n(w,p.sibling),z=l(p,A),z.return=w,w=z):(n(w,p),z=Eu(A,w.mode,z),z.return=w,w=z),o(w)):n(w,p)}return function(w,p,A,z){try{Zl=0;var Z=De(w,p,A,z);return al=null,Z}catch(X){if(X===nl||X===Ji)throw X;var Se=Nt(29,X,null,w.mode);return Se.lanes=z,Se.return=w,Se}}}var Ra=Qr(!0),Zr=Qr(!1),Bn=!1;function qu(e){e.updateQueue={baseState:e.memoizedState,firstBaseUpdate:null,lastBaseUpdate:null,shared:{pending:null,lanes:0,hiddenCallbacks:null},callbacks:null}}function Mu(e,t){e=e.updateQueue,t.updateQueue===e&&(t.updateQueue={baseState:e.baseState,firstBaseUpdate:e.firstBaseUpdate,lastBaseUpdate:e.lastBaseUpdate,shared:e.shared,callbacks:null})}function Hn(e){return{lane:e,tag:0,payload:null,callback:null,next:null}}function Yn(e,t,n){var a=e.updateQueue;if(a===null)return null;if(a=a.shared,(Ee&2)!==0){var l=a.pending;return l===null?t.next=t:(t.next=l.next,l.next=t),a.pending=t,t=Yi(e),Cr(e,null,n),t}return Hi(e,a,t,n),Yi(e)}function Fl(e,t,n){if(t=t.updateQueue,t!==null&&(t=t.shared,(n&4194048)!==0)){var a=t.lanes;a&=e.pendingLanes,n|=a,t.lanes=n,Vc(e,n)}}function Vu(e,t){var n=e.updateQueue,a=e.alternate;if(a!==null&&(a=a.updateQueue,n===a)){var l=null,i=null;if(n=n.firstBaseUpdate,n!==null){do{var o={lane:n.lane,tag:n.tag,payload:n.payload,callback:null,next:null};i===null?l=i=o:i=i.next=o,n=n.next}while(n!==null);i===null?l=i=t:i=i.next=t}else l=i=t;n={baseState:a.baseState,firstBaseUpdate:l,lastBaseUpdate:i,shared:a.shared,callbacks:a.callbacks},e.updateQueue=n;return}e=n.lastBaseUpdate,e===null?n.firstBaseUpdate=t:e.next=t,n.lastBaseUpdate=t}var ku=!1;function Kl(){if(ku){var e=tl;if(e!==null)throw e}}function Il(e,t,n,a){ku=!1;var l=e.updateQueue;Bn=!1;var i=l.firstBaseUpdate,o=l.lastBaseUpdate,r=l.shared.pending;if(r!==null){l.shared.pending=null;var m=r,j=m.next;m.next=null,o===null?i=j:o.next=j,o=m;var D=e.alternate;D!==null&&(D=D.updateQueue,r=D.lastBaseUpdate,r!==o&&(r===null?D.firstBaseUpdate=j:r.next=j,D.lastBaseUpdate=m))}if(i!==null){var q=l.baseState;o=0,D=j=m=null,r=i;do{var _=r.lane&-536870913,C=_!==r.lane;if(C?(me&_)===_:(a&_)===_){_!==0&&_===el&&(ku=!0),D!==null&&(D=D.next={lane:0,tag:r.tag,payload:r.payload,callback:null,next:null});e:{var $=e,F=r;_=t;var De=n;switch(F.tag){case 1:if($=F.payload,typeof $=="function"){q=$.call(De,q,_);break e}q=$;break e;case 3:$.flags=$.flags&-65537|128;case 0:if($=F.payload,_=typeof $=="function"?$.call(De,q,_):$,_==null)break e;q=M({},q,_);break e;case 2:Bn=!0}}_=r.callback,_!==null&&(e.flags|=64,C&&(e.flags|=8192),C=l.callbacks,C===null?l.callbacks=[_]:C.push(_))}else C={lane:_,tag:r.tag,payload:r.payload,callback:r.callback,next:null},D===null?(j=D=C,m=q):D=D.next=C,o|=_;if(r=r.next,r===null){if(r=l.shared.pending,r===null)break;C=r,r=C.next,C.next=null,l.lastBaseUpdate=C,l.shared.pending=null}}while(!0);D===null&&(m=q),l.baseState=m,l.firstBaseUpdate=j,l.lastBaseUpdate=D,i===null&&(l.shared.lanes=0),Zn|=o,e.lanes=o,e.memoizedState=q}}function Jr(e,t){if(typeof e!="function")throw Error(c(191,e));e.call(t)}function Fr(e,t){var n=e.callbacks;if(n!==null)for(e.callbacks=null,e=0;e<n.length;e++)Jr(n[e],t)}var ll=v(null),Wi=v(0);function Kr(e,t){e=Rn,H(Wi,e),H(ll,t),Rn=e|t.baseLanes}function Bu(){H(Wi,Rn),H(ll,ll.current)}function Hu(){Rn=Wi.current,L(ll),L(Wi)}var Dt=v(null),Zt=null;function $n(e){var t=e.alternate;H(Qe,Qe.current&1),H(Dt,e),Zt===null&&(t===null||ll.current!==null||t.memoizedState!==null)&&(Zt=e)}function Yu(e){H(Qe,Qe.current),H(Dt,e),Zt===null&&(Zt=e)}function Ir(e){e.tag===22?(H(Qe,Qe.current),H(Dt,e),Zt===null&&(Zt=e)):Gn()}function Gn(){H(Qe,Qe.current),H(Dt,Dt.current)}function Ot(e){L(Dt),Zt===e&&(Zt=null),L(Qe)}var Qe=v(0);function Pi(e){for(var t=e;t!==null;){if(t.tag===13){var n=t.memoizedState;if(n!==null&&(n=n.dehydrated,n===null||Fo(n)||Ko(n)))return t}else if(t.tag===19&&(t.memoizedProps.revealOrder==="forwards"||t.memoizedProps.revealOrder==="backwards"||t.memoizedProps.revealOrder==="unstable_legacy-backwards"||t.memoizedProps.revealOrder==="together")){if((t.flags&128)!==0)return t}else if(t.child!==null){t.child.return=t,t=t.child;continue}if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return null;t=t.return}t.sibling.return=t.return,t=t.sibling}return null}var pn=0,ie=null,Ce=null,Fe=null,es=!1,il=!1,ja=!1,ts=0,Wl=0,sl=null,Ag=0;function Ye(){throw Error(c(321))}function $u(e,t){if(t===null)return!1;for(var n=0;n<t.length&&n<e.length;n++)if(!Ct(e[n],t[n]))return!1;return!0}function Gu(e,t,n,a,l,i){return pn=i,ie=t,t.memoizedState=null,t.updateQueue=null,t.lanes=0,N.H=e===null||e.memoizedState===null?zd:io,ja=!1,i=n(a,l),ja=!1,il&&(i=Pr(t,n,a,l)),Wr(e),i}function Wr(e){N.H=ti;var t=Ce!==null&&Ce.next!==null;if(pn=0,Fe=Ce=ie=null,es=!1,Wl=0,sl=null,t)throw Error(c(300));e===null||Ke||(e=e.dependencies,e!==null&&Xi(e)&&(Ke=!0))}function Pr(e,t,n,a){ie=e;var l=0;do{if(il&&(sl=null),Wl=0,il=!1,25<=l)throw Error(c(301));if(l+=1,Fe=Ce=null,e.updateQueue!=null){var i=e.updateQueue;i.lastEffect=null,i.events=null,i.stores=null,i.memoCache!=null&&(i.memoCache.index=0)}N.H=Ld,i=t(n,a)}while(il);return i}function Rg(){var e=N.H,t=e.useState()[0];return t=typeof t.then=="function"?Pl(t):t,e=e.useState()[0],(Ce!==null?Ce.memoizedState:null)!==e&&(ie.flags|=1024),t}function Xu(){var e=ts!==0;return ts=0,e}function Qu(e,t,n){t.updateQueue=e.updateQueue,t.flags&=-2053,e.lanes&=~n}function Zu(e){if(es){for(e=e.memoizedState;e!==null;){var t=e.queue;t!==null&&(t.pending=null),e=e.next}es=!1}pn=0,Fe=Ce=ie=null,il=!1,Wl=ts=0,sl=null}function pt(){var e={memoizedState:null,baseState:null,baseQueue:null,queue:null,next:null};return Fe===null?ie.memoizedState=Fe=e:Fe=Fe.next=e,Fe}function Ze(){if(Ce===null){var e=ie.alternate;e=e!==null?e.memoizedState:null}else e=Ce.next;var t=Fe===null?ie.memoizedState:Fe.next;if(t!==null)Fe=t,Ce=e;else{if(e===null)throw ie.alternate===null?Error(c(467)):Error(c(310));Ce=e,e={memoizedState:Ce.memoizedState,baseState:Ce.baseState,baseQueue:Ce.baseQueue,queue:Ce.queue,next:null},Fe===null?ie.memoizedState=Fe=e:Fe=Fe.next=e}return Fe}function ns(){return{lastEffect:null,events:null,stores:null,memoCache:null}}function Pl(e){var t=Wl;return Wl+=1,sl===null&&(sl=[]),e=$r(sl,e,t),t=ie,(Fe===null?t.memoizedState:Fe.next)===null&&(t=t.alternate,N.H=t===null||t.memoizedState===null?zd:io),e}function as(e){if(e!==null&&typeof e=="object"){if(typeof e.then=="function")return Pl(e);if(e.$$typeof===G)return ot(e)}throw Error(c(438,String(e)))}function Ju(e){var t=null,n=ie.updateQueue;if(n!==null&&(t=n.memoCache),t==null){var a=ie.alternate;a!==null&&(a=a.updateQueue,a!==null&&(a=a.memoCache,a!=null&&(t={data:a.data.map(function(l){return l.slice()}),index:0})))}if(t==null&&(t={data:[],index:0}),n===null&&(n=ns(),ie.updateQueue=n),n.memoCache=t,n=t.data[t.index],n===void 0)for(n=t.data[t.index]=Array(e),a=0;a<e;a++)n[a]=Ut;return t.index++,n}function vn(e,t){return typeof t=="function"?t(e):t}function ls(e){var t=Ze();return Fu(t,Ce,e)}function Fu(e,t,n){var a=e.queue;if(a===null)throw Error(c(311));a.lastRenderedReducer=n;var l=e.baseQueue,i=a.pending;if(i!==null){if(l!==null){var o=l.next;l.next=i.next,i.next=o}t.baseQueue=l=i,a.pending=null}if(i=e.baseState,l===null)e.memoizedState=i;else{t=l.next;var r=o=null,m=null,j=t,D=!1;do{var q=j.lane&-536870913;if(q!==j.lane?(me&q)===q:(pn&q)===q){var _=j.revertLane;if(_===0)m!==null&&(m=m.next={lane:0,revertLane:0,gesture:null,action:j.action,hasEagerState:j.hasEagerState,eagerState:j.eagerState,next:null}),q===el&&(D=!0);else if((pn&_)===_){j=j.next,_===el&&(D=!0);continue}else q={lane:0,revertLane:j.revertLane,gesture:null,action:j.action,hasEagerState:j.hasEagerState,eagerState:j.eagerState,next:null},m===null?(r=m=q,o=i):m=m.next=q,ie.lanes|=_,Zn|=_;q=j.action,ja&&n(i,q),i=j.hasEagerState?j.eagerState:n(i,q)}else _={lane:q,revertLane:j.revertLane,gesture:j.gesture,action:j.action,hasEagerState:j.hasEagerState,eagerState:j.eagerState,next:null},m===null?(r=m=_,o=i):m=m.next=_,ie.lanes|=q,Zn|=q;j=j.next}while(j!==null&&j!==t);if(m===null?o=i:m.next=r,!Ct(i,e.memoizedState)&&(Ke=!0,D&&(n=tl,n!==null)))throw n;e.memoizedState=i,e.baseState=o,e.baseQueue=m,a.lastRenderedState=i}return l===null&&(a.lanes=0),[e.memoizedState,a.dispatch]}function Ku(e){var t=Ze(),n=t.queue;if(n===null)throw Error(c(311));n.lastRenderedReducer=e;var a=n.dispatch,l=n.pending,i=t.memoizedState;if(l!==null){n.pending=null;var o=l=l.next;do i=e(i,o.action),o=o.next;while(o!==l);Ct(i,t.memoizedState)||(Ke=!0),t.memoizedState=i,t.baseQueue===null&&(t.baseState=i),n.lastRenderedState=i}return[i,a]}function ed(e,t,n){var a=ie,l=Ze(),i=ge;if(i){if(n===void 0)throw Error(c(407));n=n()}else n=t();var o=!Ct((Ce||l).memoizedState,n);if(o&&(l.memoizedState=n,Ke=!0),l=l.queue,Pu(ad.bind(null,a,l,e),[e]),l.getSnapshot!==t||o||Fe!==null&&Fe.memoizedState.tag&1){if(a.flags|=2048,ul(9,{destroy:void 0},nd.bind(null,a,l,n,t),null),ze===null)throw Error(c(349));i||(pn&127)!==0||td(a,t,n)}return n}function td(e,t,n){e.flags|=16384,e={getSnapshot:t,value:n},t=ie.updateQueue,t===null?(t=ns(),ie.updateQueue=t,t.stores=[e]):(n=t.stores,n===null?t.stores=[e]:n.push(e))}function nd(e,t,n,a){t.value=n,t.getSnapshot=a,ld(t)&&id(e)}function ad(e,t,n){return n(function(){ld(t)&&id(e)})}function ld(e){var t=e.getSnapshot;e=e.value;try{var n=t();return!Ct(e,n)}catch{return!0}}function id(e){var t=pa(e,2);t!==null&&Rt(t,e,2)}function Iu(e){var t=pt();if(typeof e=="function"){var n=e;if(e=n(),ja){nt(!0);try{n()}finally{nt(!1)}}}return t.memoizedState=t.baseState=e,t.queue={pending:null,lanes:0,dispatch:null,lastRenderedReducer:vn,lastRenderedState:e},t}function sd(e,t,n,a){return e.baseState=n,Fu(e,Ce,typeof a=="function"?a:vn)}function jg(e,t,n,a,l){if(us(e))throw Error(c(485));if(e=t.action,e!==null){var i={payload:l,action:e,next:null,isTransition:!0,status:"pending",value:null,reason:null,listeners:[],then:function(o){i.listeners.push(o)}};N.T!==null?n(!0):i.isTransition=!1,a(i),n=t.pending,n===null?(i.next=t.pending=i,ud(t,i)):(i.next=n.next,t.pending=n.next=i)}}function ud(e,t){var n=t.action,a=t.payload,l=e.state;if(t.isTransition){var i=N.T,o={};N.T=o;try{var r=n(l,a),m=N.S;m!==null&&m(o,r),od(e,t,r)}catch(j){Wu(e,t,j)}finally{i!==null&&o.types!==null&&(i.types=o.types),N.T=i}}else try{i=n(l,a),od(e,t,i)}catch(j){Wu(e,t,j)}}function od(e,t,n){n!==null&&typeof n=="object"&&typeof n.then=="function"?n.then(function(a){cd(e,t,a)},function(a){return Wu(e,t,a)}):cd(e,t,n)}function cd(e,t,n){t.status="fulfilled",t.value=n,rd(t),e.state=n,t=e.pending,t!==null&&(n=t.next,n===t?e.pending=null:(n=n.next,t.next=n,ud(e,n)))}function Wu(e,t,n){var a=e.pending;if(e.pending=null,a!==null){a=a.next;do t.status="rejected",t.reason=n,rd(t),t=t.next;while(t!==a)}e.action=null}function rd(e){e=e.listeners;for(var t=0;t<e.length;t++)(0,e[t])()}function dd(e,t){return t}function fd(e,t){if(ge){var n=ze.formState;if(n!==null){e:{var a=ie;if(ge){if(qe){t:{for(var l=qe,i=Qt;l.nodeType!==8;){if(!i){l=null;break t}if(l=Jt(l.nextSibling),l===null){l=null;break t}}i=l.data,l=i==="F!"||i==="F"?l:null}if(l){qe=Jt(l.nextSibling),a=l.data==="F!";break e}}Vn(a)}a=!1}a&&(t=n[0])}}return n=pt(),n.memoizedState=n.baseState=t,a={pending:null,lanes:0,dispatch:null,lastRenderedReducer:dd,lastRenderedState:t},n.queue=a,n=Nd.bind(null,ie,a),a.dispatch=n,a=Iu(!1),i=lo.bind(null,ie,!1,a.queue),a=pt(),l={state:t,dispatch:null,action:e,pending:null},a.queue=l,n=jg.bind(null,ie,l,i,n),l.dispatch=n,a.memoizedState=e,[t,n,!1]}function md(e){var t=Ze();return hd(t,Ce,e)}function hd(e,t,n){if(t=Fu(e,t,dd)[0],e=ls(vn)[0],typeof t=="object"&&t!==null&&typeof t.then=="function")try{var a=Pl(t)}catch(o){throw o===nl?Ji:o}else a=t;t=Ze();var l=t.queue,i=l.dispatch;return n!==t.memoizedState&&(ie.flags|=2048,ul(9,{destroy:void 0},Ug.bind(null,l,n),null)),[a,i,e]}function Ug(e,t){e.action=t}function gd(e){var t=Ze(),n=Ce;if(n!==null)return hd(t,n,e);Ze(),t=t.memoizedState,n=Ze();var a=n.queue.dispatch;return n.memoizedState=e,[t,a,!1]}function ul(e,t,n,a){return e={tag:e,create:n,deps:a,inst:t,next:null},t=ie.updateQueue,t===null&&(t=ns(),ie.updateQueue=t),n=t.lastEffect,n===null?t.lastEffect=e.next=e:(a=n.next,n.next=e,e.next=a,t.lastEffect=e),e}function yd(){return Ze().memoizedState}function is(e,t,n,a){var l=pt();ie.flags|=e,l.memoizedState=ul(1|t,{destroy:void 0},n,a===void 0?null:a)}function ss(e,t,n,a){var l=Ze();a=a===void 0?null:a;var i=l.memoizedState.inst;Ce!==null&&a!==null&&$u(a,Ce.memoizedState.deps)?l.memoizedState=ul(t,i,n,a):(ie.flags|=e,l.memoizedState=ul(1|t,i,n,a))}function pd(e,t){is(8390656,8,e,t)}function Pu(e,t){ss(2048,8,e,t)}function _g(e){ie.flags|=4;var t=ie.updateQueue;if(t===null)t=ns(),ie.updateQueue=t,t.events=[e];else{var n=t.events;n===null?t.events=[e]:n.push(e)}}function vd(e){var t=Ze().memoizedState;return _g({ref:t,nextImpl:e}),function(){if((Ee&2)!==0)throw Error(c(440));return t.impl.apply(void 0,arguments)}}function bd(e,t){return ss(4,2,e,t)}function Sd(e,t){return ss(4,4,e,t)}function wd(e,t){if(typeof t=="function"){e=e();var n=t(e);return function(){typeof n=="function"?n():t(null)}}if(t!=null)return e=e(),t.current=e,function(){t.current=null}}function xd(e,t,n){n=n!=null?n.concat([e]):null,ss(4,4,wd.bind(null,t,e),n)}function eo(){}function Ed(e,t){var n=Ze();t=t===void 0?null:t;var a=n.memoizedState;return t!==null&&$u(t,a[1])?a[0]:(n.memoizedState=[e,t],e)}function Ad(e,t){var n=Ze();t=t===void 0?null:t;var a=n.memoizedState;if(t!==null&&$u(t,a[1]))return a[0];if(a=e(),ja){nt(!0);try{e()}finally{nt(!1)}}return n.memoizedState=[a,t],a}function to(e,t,n){return n===void 0||(pn&1073741824)!==0&&(me&261930)===0?e.memoizedState=t:(e.memoizedState=n,e=jf(),ie.lanes|=e,Zn|=e,n)}function Rd(e,t,n,a){return Ct(n,t)?n:ll.current!==null?(e=to(e,n,a),Ct(e,t)||(Ke=!0),e):(pn&42)===0||(pn&1073741824)!==0&&(me&261930)===0?(Ke=!0,e.memoizedState=n):(e=jf(),ie.lanes|=e,Zn|=e,t)}function jd(e,t,n,a,l){var i=B.p;B.p=i!==0&&8>i?i:8;var o=N.T,r={};N.T=r,lo(e,!1,t,n);try{var m=l(),j=N.S;if(j!==null&&j(r,m),m!==null&&typeof m=="object"&&typeof m.then=="function"){var D=Eg(m,a);ei(e,t,D,qt(e))}else ei(e,t,a,qt(e))}catch(q){ei(e,t,{then:function(){},status:"rejected",reason:q},qt())}finally{B.p=i,o!==null&&r.types!==null&&(o.types=r.types),N.T=o}}function Tg(){}function no(e,t,n,a){if(e.tag!==5)throw Error(c(476));var l=Ud(e).queue;jd(e,l,t,J,n===null?Tg:function(){return _d(e),n(a)})}function Ud(e){var t=e.memoizedState;if(t!==null)return t;t={memoizedState:J,baseState:J,baseQueue:null,queue:{pending:null,lanes:0,dispatch:null,lastRenderedReducer:vn,lastRenderedState:J},next:null};var n={};return t.next={memoizedState:n,baseState:n,baseQueue:null,queue:{pending:null,lanes:0,dispatch:null,lastRenderedReducer:vn,lastRenderedState:n},next:null},e.memoizedState=t,e=e.alternate,e!==null&&(e.memoizedState=t),t}function _d(e){var t=Ud(e);t.next===null&&(t=e.alternate.memoizedState),ei(e,t.next.queue,{},qt())}function ao(){return ot(pi)}function Td(){return Ze().memoizedState}function Cd(){return Ze().memoizedState}function Cg(e){for(var t=e.return;t!==null;){switch(t.tag){case 24:case 3:var n=qt();e=Hn(n);var a=Yn(t,e,n);a!==null&&(Rt(a,t,n),Fl(a,t,n)),t={cache:Du()},e.payload=t;return}t=t.return}}function Ng(e,t,n){var a=qt();n={lane:a,revertLane:0,gesture:null,action:n,hasEagerState:!1,eagerState:null,next:null},us(e)?Dd(t,n):(n=wu(e,t,n,a),n!==null&&(Rt(n,e,a),Od(n,t,a)))}function Nd(e,t,n){var a=qt();ei(e,t,n,a)}function ei(e,t,n,a){var l={lane:a,revertLane:0,gesture:null,action:n,hasEagerState:!1,eagerState:null,next:null};if(us(e))Dd(t,l);else{var i=e.alternate;if(e.lanes===0&&(i===null||i.lanes===0)&&(i=t.lastRenderedReducer,i!==null))try{var o=t.lastRenderedState,r=i(o,n);if(l.hasEagerState=!0,l.eagerState=r,Ct(r,o))return Hi(e,t,l,0),ze===null&&Bi(),!1}catch{}if(n=wu(e,t,l,a),n!==null)return Rt(n,e,a),Od(n,t,a),!0}return!1}function lo(e,t,n,a){if(a={lane:2,revertLane:Mo(),gesture:null,action:a,hasEagerState:!1,eagerState:null,next:null},us(e)){if(t)throw Error(c(479))}else t=wu(e,n,a,2),t!==null&&Rt(t,e,2)}function us(e){var t=e.alternate;return e===ie||t!==null&&t===ie}function Dd(e,t){il=es=!0;var n=e.pending;n===null?t.next=t:(t.next=n.next,n.next=t),e.pending=t}function Od(e,t,n){if((n&4194048)!==0){var a=t.lanes;a&=e.pendingLanes,n|=a,t.lanes=n,Vc(e,n)}}var ti={readContext:ot,use:as,useCallback:Ye,useContext:Ye,useEffect:Ye,useImperativeHandle:Ye,useLayoutEffect:Ye,useInsertionEffect:Ye,useMemo:Ye,useReducer:Ye,useRef:Ye,useState:Ye,useDebugValue:Ye,useDeferredValue:Ye,useTransition:Ye,useSyncExternalStore:Ye,useId:Ye,useHostTransitionStatus:Ye,useFormState:Ye,useActionState:Ye,useOptimistic:Ye,useMemoCache:Ye,useCacheRefresh:Ye};ti.useEffectEvent=Ye;var zd={readContext:ot,use:as,useCallback:function(e,t){return pt().memoizedState=[e,t===void 0?null:t],e},useContext:ot,useEffect:pd,useImperativeHandle:function(e,t,n){n=n!=null?n.concat([e]):null,is(4194308,4,wd.bind(null,t,e),n)},useLayoutEffect:function(e,t){return is(4194308,4,e,t)},useInsertionEffect:function(e,t){is(4,2,e,t)},useMemo:function(e,t){var n=pt();t=t===void 0?null:t;var a=e();if(ja){nt(!0);try{e()}finally{nt(!1)}}return n.memoizedState=[a,t],a},useReducer:function(e,t,n){var a=pt();if(n!==void 0){var l=n(t);if(ja){nt(!0);try{n(t)}finally{nt(!1)}}}else l=t;return a.memoizedState=a.baseState=l,e={pending:null,lanes:0,dispatch:null,lastRenderedReducer:e,lastRenderedState:l},a.queue=e,e=e.dispatch=Ng.bind(null,ie,e),[a.memoizedState,e]},useRef:function(e){var t=pt();return e={current:e},t.memoizedState=e},useState:function(e){e=Iu(e);var t=e.queue,n=Nd.bind(null,ie,t);return t.dispatch=n,[e.memoizedState,n]},useDebugValue:eo,useDeferredValue:function(e,t){var n=pt();return to(n,e,t)},useTransition:function(){var e=Iu(!1);return e=jd.bind(null,ie,e.queue,!0,!1),pt().memoizedState=e,[!1,e]},useSyncExternalStore:function(e,t,n){var a=ie,l=pt();if(ge){if(n===void 0)throw Error(c(407));n=n()}else{if(n=t(),ze===null)throw Error(c(349));(me&127)!==0||td(a,t,n)}l.memoizedState=n;var i={value:n,getSnapshot:t};return l.queue=i,pd(ad.bind(null,a,i,e),[e]),a.flags|=2048,ul(9,{destroy:void 0},nd.bind(null,a,i,n,t),null),n},useId:function(){var e=pt(),t=ze.identifierPrefix;if(ge){var n=ln,a=an;n=(a&~(1<<32-ke(a)-1)).toString(32)+n,t="_"+t+"R_"+n,n=ts++,0<n&&(t+="H"+n.toString(32)),t+="_"}else n=Ag++,t="_"+t+"r_"+n.toString(32)+"_";return e.memoizedState=t},useHostTransitionStatus:ao,useFormState:fd,useActionState:fd,useOptimistic:function(e){var t=pt();t.memoizedState=t.baseState=e;var n={pending:null,lanes:0,dispatch:null,lastRenderedReducer:null,lastRenderedState:null};return t.queue=n,t=lo.bind(null,ie,!0,n),n.dispatch=t,[e,t]},useMemoCache:Ju,useCacheRefresh:function(){return pt().memoizedState=Cg.bind(null,ie)},useEffectEvent:function(e){var t=pt(),n={impl:e};return t.memoizedState=n,function(){if((Ee&2)!==0)throw Error(c(440));return n.impl.apply(void 0,arguments)}}},io={readContext:ot,use:as,useCallback:Ed,useContext:ot,useEffect:Pu,useImperativeHandle:xd,useInsertionEffect:bd,useLayoutEffect:Sd,useMemo:Ad,useReducer:ls,useRef:yd,useState:function(){return ls(vn)},useDebugValue:eo,useDeferredValue:function(e,t){var n=Ze();return Rd(n,Ce.memoizedState,e,t)},useTransition:function(){var e=ls(vn)[0],t=Ze().memoizedState;return[typeof e=="boolean"?e:Pl(e),t]},useSyncExternalStore:ed,useId:Td,useHostTransitionStatus:ao,useFormState:md,useActionState:md,useOptimistic:function(e,t){var n=Ze();return sd(n,Ce,e,t)},useMemoCache:Ju,useCacheRefresh:Cd};io.useEffectEvent=vd;var Ld={readContext:ot,use:as,useCallback:Ed,useContext:ot,useEffect:Pu,useImperativeHandle:xd,useInsertionEffect:bd,useLayoutEffect:Sd,useMemo:Ad,useReducer:Ku,useRef:yd,useState:function(){return Ku(vn)},useDebugValue:eo,useDeferredValue:function(e,t){var n=Ze();return Ce===null?to(n,e,t):Rd(n,Ce.memoizedState,e,t)},useTransition:function(){var e=Ku(vn)[0],t=Ze().memoizedState;return[typeof e=="boolean"?e:Pl(e),t]},useSyncExternalStore:ed,useId:Td,useHostTransitionStatus:ao,useFormState:gd,useActionState:gd,useOptimistic:function(e,t){var n=Ze();return Ce!==null?sd(n,Ce,e,t):(n.baseState=e,[e,n.queue.dispatch])},useMemoCache:Ju,useCacheRefresh:Cd};Ld.useEffectEvent=vd;function so(e,t,n,a){t=e.memoizedState,n=n(a,t),n=n==null?t:M({},t,n),e.memoizedState=n,e.lanes===0&&(e.updateQueue.baseState=n)}var uo={enqueueSetState:function(e,t,n){e=e._reactInternals;var a=qt(),l=Hn(a);l.payload=t,n!=null&&(l.callback=n),t=Yn(e,l,a),t!==null&&(Rt(t,e,a),Fl(t,e,a))},enqueueReplaceState:function(e,t,n){e=e._reactInternals;var a=qt(),l=Hn(a);l.tag=1,l.payload=t,n!=null&&(l.callback=n),t=Yn(e,l,a),t!==null&&(Rt(t,e,a),Fl(t,e,a))},enqueueForceUpdate:function(e,t){e=e._reactInternals;var n=qt(),a=Hn(n);a.tag=2,t!=null&&(a.callback=t),t=Yn(e,a,n),t!==null&&(Rt(t,e,n),Fl(t,e,n))}};function qd(e,t,n,a,l,i,o){return e=e.stateNode,typeof e.shouldComponentUpdate=="function"?e.shouldComponentUpdate(a,i,o):t.prototype&&t.prototype.isPureReactComponent?!Hl(n,a)||!Hl(l,i):!0}function Md(e,t,n,a){e=t.state,typeof t.componentWillReceiveProps=="function"&&t.componentWillReceiveProps(n,a),typeof t.UNSAFE_componentWillReceiveProps=="function"&&t.UNSAFE_componentWillReceiveProps(n,a),t.state!==e&&uo.enqueueReplaceState(t,t.state,null)}function Ua(e,t){var n=t;if("ref"in t){n={};for(var a in t)a!=="ref"&&(n[a]=t[a])}if(e=e.defaultProps){n===t&&(n=M({},n));for(var l in e)n[l]===void 0&&(n[l]=e[l])}return n}function Vd(e){ki(e)}function kd(e){console.error(e)}function Bd(e){ki(e)}function os(e,t){try{var n=e.onUncaughtError;n(t.value,{componentStack:t.stack})}catch(a){setTimeout(function(){throw a})}}function Hd(e,t,n){try{var a=e.onCaughtError;a(n.value,{componentStack:n.stack,errorBoundary:t.tag===1?t.stateNode:null})}catch(l){setTimeout(function(){throw l})}}function oo(e,t,n){return n=Hn(n),n.tag=3,n.payload={element:null},n.callback=function(){os(e,t)},n}function Yd(e){return e=Hn(e),e.tag=3,e}function $d(e,t,n,a){var l=n.type.getDerivedStateFromError;if(typeof l=="function"){var i=a.value;e.payload=function(){return l(i)},e.callback=function(){Hd(t,n,a)}}var o=n.stateNode;o!==null&&typeof o.componentDidCatch=="function"&&(e.callback=function(){Hd(t,n,a),typeof l!="function"&&(Jn===null?Jn=new Set([this]):Jn.add(this));var r=a.stack;this.componentDidCatch(a.value,{componentStack:r!==null?r:""})})}function Dg(e,t,n,a,l){if(n.flags|=32768,a!==null&&typeof a=="object"&&typeof a.then=="function"){if(t=n.alternate,t!==null&&Pa(t,n,l,!0),n=Dt.current,n!==null){switch(n.tag){case 31:case 13:return Zt===null?Ss():n.alternate===null&&$e===0&&($e=3),n.flags&=-257,n.flags|=65536,n.lanes=l,a===Fi?n.flags|=16384:(t=n.updateQueue,t===null?n.updateQueue=new Set([a]):t.add(a),zo(e,a,l)),!1;case 22:return n.flags|=65536,a===Fi?n.flags|=16384:(t=n.updateQueue,t===null?(t={transitions:null,markerInstances:null,retryQueue:new Set([a])},n.updateQueue=t):(n=t.retryQueue,n===null?t.retryQueue=new Set([a]):n.add(a)),zo(e,a,l)),!1}throw Error(c(435,n.tag))}return zo(e,a,l),Ss(),!1}if(ge)return t=Dt.current,t!==null?((t.flags&65536)===0&&(t.flags|=256),t.flags|=65536,t.lanes=l,a!==Uu&&(e=Error(c(422),{cause:a}),Gl($t(e,n)))):(a!==Uu&&(t=Error(c(423),{cause:a}),Gl($t(t,n))),e=e.current.alternate,e.flags|=65536,l&=-l,e.lanes|=l,a=$t(a,n),l=oo(e.stateNode,a,l),Vu(e,l),$e!==4&&($e=2)),!1;var i=Error(c(520),{cause:a});if(i=$t(i,n),ci===null?ci=[i]:ci.push(i),$e!==4&&($e=2),t===null)return!0;a=$t(a,n),n=t;do{switch(n.tag){case 3:return n.flags|=65536,e=l&-l,n.lanes|=e,e=oo(n.stateNode,a,e),Vu(n,e),!1;case 1:if(t=n.type,i=n.stateNode,(n.flags&128)===0&&(typeof t.getDerivedStateFromError=="function"||i!==null&&typeof i.componentDidCatch=="function"&&(Jn===null||!Jn.has(i))))return n.flags|=65536,l&=-l,n.lanes|=l,l=Yd(l),$d(l,e,n,a),Vu(n,l),!1}n=n.return}while(n!==null);return!1}var co=Error(c(461)),Ke=!1;function ct(e,t,n,a){t.child=e===null?Zr(t,null,n,a):Ra(t,e.child,n,a)}function Gd(e,t,n,a,l){n=n.render;var i=t.ref;if("ref"in a){var o={};for(var r in a)r!=="ref"&&(o[r]=a[r])}else o=a;return wa(t),a=Gu(e,t,n,o,i,l),r=Xu(),e!==null&&!Ke?(Qu(e,t,l),bn(e,t,l)):(ge&&r&&Ru(t),t.flags|=1,ct(e,t,a,l),t.child)}function Xd(e,t,n,a,l){if(e===null){var i=n.type;return typeof i=="function"&&!xu(i)&&i.defaultProps===void 0&&n.compare===null?(t.tag=15,t.type=i,Qd(e,t,i,a,l)):(e=$i(n.type,null,a,t,t.mode,l),e.ref=t.ref,e.return=t,t.child=e)}if(i=e.child,!vo(e,l)){var o=i.memoizedProps;if(n=n.compare,n=n!==null?n:Hl,n(o,a)&&e.ref===t.ref)return bn(e,t,l)}return t.flags|=1,e=mn(i,a),e.ref=t.ref,e.return=t,t.child=e}function Qd(e,t,n,a,l){if(e!==null){var i=e.memoizedProps;if(Hl(i,a)&&e.ref===t.ref)if(Ke=!1,t.pendingProps=a=i,vo(e,l))(e.flags&131072)!==0&&(Ke=!0);else return t.lanes=e.lanes,bn(e,t,l)}return ro(e,t,n,a,l)}function Zd(e,t,n,a){var l=a.children,i=e!==null?e.memoizedState:null;if(e===null&&t.stateNode===null&&(t.stateNode={_visibility:1,_pendingMarkers:null,_retryCache:null,_transitions:null}),a.mode==="hidden"){if((t.flags&128)!==0){if(i=i!==null?i.baseLanes|n:n,e!==null){for(a=t.child=e.child,l=0;a!==null;)l=l|a.lanes|a.childLanes,a=a.sibling;a=l&~i}else a=0,t.child=null;return Jd(e,t,i,n,a)}if((n&536870912)!==0)t.memoizedState={baseLanes:0,cachePool:null},e!==null&&Zi(t,i!==null?i.cachePool:null),i!==null?Kr(t,i):Bu(),Ir(t);else return a=t.lanes=536870912,Jd(e,t,i!==null?i.baseLanes|n:n,n,a)}else i!==null?(Zi(t,i.cachePool),Kr(t,i),Gn(),t.memoizedState=null):(e!==null&&Zi(t,null),Bu(),Gn());return ct(e,t,l,n),t.child}function ni(e,t){return e!==null&&e.tag===22||t.stateNode!==null||(t.stateNode={_visibility:1,_pendingMarkers:null,_retryCache:null,_transitions:null}),t.sibling}function Jd(e,t,n,a,l){var i=zu();return i=i===null?null:{parent:Je._currentValue,pool:i},t.memoizedState={baseLanes:n,cachePool:i},e!==null&&Zi(t,null),Bu(),Ir(t),e!==null&&Pa(e,t,a,!0),t.childLanes=l,null}function cs(e,t){return t=ds({mode:t.mode,children:t.children},e.mode),t.ref=e.ref,e.child=t,t.return=e,t}function Fd(e,t,n){return Ra(t,e.child,null,n),e=cs(t,t.pendingProps),e.flags|=2,Ot(t),t.memoizedState=null,e}function Og(e,t,n){var a=t.pendingProps,l=(t.flags&128)!==0;if(t.flags&=-129,e===null){if(ge){if(a.mode==="hidden")return e=cs(t,a),t.lanes=536870912,ni(null,e);if(Yu(t),(e=qe)?(e=om(e,Qt),e=e!==null&&e.data==="&"?e:null,e!==null&&(t.memoizedState={dehydrated:e,treeContext:qn!==null?{id:an,overflow:ln}:null,retryLane:536870912,hydrationErrors:null},n=Dr(e),n.return=t,t.child=n,ut=t,qe=null)):e=null,e===null)throw Vn(t);return t.lanes=536870912,null}return cs(t,a)}var i=e.memoizedState;if(i!==null){var o=i.dehydrated;if(Yu(t),l)if(t.flags&256)t.flags&=-257,t=Fd(e,t,n);else if(t.memoizedState!==null)t.child=e.child,t.flags|=128,t=null;else throw Error(c(558));else if(Ke||Pa(e,t,n,!1),l=(n&e.childLanes)!==0,Ke||l){if(a=ze,a!==null&&(o=kc(a,n),o!==0&&o!==i.retryLane))throw i.retryLane=o,pa(e,o),Rt(a,e,o),co;Ss(),t=Fd(e,t,n)}else e=i.treeContext,qe=Jt(o.nextSibling),ut=t,ge=!0,Mn=null,Qt=!1,e!==null&&Lr(t,e),t=cs(t,a),t.flags|=4096;return t}return e=mn(e.child,{mode:a.mode,children:a.children}),e.ref=t.ref,t.child=e,e.return=t,e}function rs(e,t){var n=t.ref;if(n===null)e!==null&&e.ref!==null&&(t.flags|=4194816);else{if(typeof n!="function"&&typeof n!="object")throw Error(c(284));(e===null||e.ref!==n)&&(t.flags|=4194816)}}function ro(e,t,n,a,l){return wa(t),n=Gu(e,t,n,a,void 0,l),a=Xu(),e!==null&&!Ke?(Qu(e,t,l),bn(e,t,l)):(ge&&a&&Ru(t),t.flags|=1,ct(e,t,n,l),t.child)}function Kd(e,t,n,a,l,i){return wa(t),t.updateQueue=null,n=Pr(t,a,n,l),Wr(e),a=Xu(),e!==null&&!Ke?(Qu(e,t,i),bn(e,t,i)):(ge&&a&&Ru(t),t.flags|=1,ct(e,t,n,i),t.child)}function Id(e,t,n,a,l){if(wa(t),t.stateNode===null){var i=Fa,o=n.contextType;typeof o=="object"&&o!==null&&(i=ot(o)),i=new n(a,i),t.memoizedState=i.state!==null&&i.state!==void 0?i.state:null,i.updater=uo,t.stateNode=i,i._reactInternals=t,i=t.stateNode,i.props=a,i.state=t.memoizedState,i.refs={},qu(t),o=n.contextType,i.context=typeof o=="object"&&o!==null?ot(o):Fa,i.state=t.memoizedState,o=n.getDerivedStateFromProps,typeof o=="function"&&(so(t,n,o,a),i.state=t.memoizedState),typeof n.getDerivedStateFromProps=="function"||typeof i.getSnapshotBeforeUpdate=="function"||typeof i.UNSAFE_componentWillMount!="function"&&typeof i.componentWillMount!="function"||(o=i.state,typeof i.componentWillMount=="function"&&i.componentWillMount(),typeof i.UNSAFE_componentWillMount=="function"&&i.UNSAFE_componentWillMount(),o!==i.state&&uo.enqueueReplaceState(i,i.state,null),Il(t,a,i,l),Kl(),i.state=t.memoizedState),typeof i.componentDidMount=="function"&&(t.flags|=4194308),a=!0}else if(e===null){i=t.stateNode;var r=t.memoizedProps,m=Ua(n,r);i.props=m;var j=i.context,D=n.contextType;o=Fa,typeof D=="object"&&D!==null&&(o=ot(D));var q=n.getDerivedStateFromProps;D=typeof q=="function"||typeof i.getSnapshotBeforeUpdate=="function",r=t.pendingProps!==r,D||typeof i.UNSAFE_componentWillReceiveProps!="function"&&typeof i.componentWillReceiveProps!="function"||(r||j!==o)&&Md(t,i,a,o),Bn=!1;var _=t.memoizedState;i.state=_,Il(t,a,i,l),Kl(),j=t.memoizedState,r||_!==j||Bn?(typeof q=="function"&&(so(t,n,q,a),j=t.memoizedState),(m=Bn||qd(t,n,m,a,_,j,o))?(D||typeof i.UNSAFE_componentWillMount!="function"&&typeof i.componentWillMount!="function"||(typeof i.componentWillMount=="function"&&i.componentWillMount(),typeof i.UNSAFE_componentWillMount=="function"&&i.UNSAFE_componentWillMount()),typeof i.componentDidMount=="function"&&(t.flags|=4194308)):(typeof i.componentDidMount=="function"&&(t.flags|=4194308),t.memoizedProps=a,t.memoizedState=j),i.props=a,i.state=j,i.context=o,a=m):(typeof i.componentDidMount=="function"&&(t.flags|=4194308),a=!1)}else{i=t.stateNode,Mu(e,t),o=t.memoizedProps,D=Ua(n,o),i.props=D,q=t.pendingProps,_=i.context,j=n.contextType,m=Fa,typeof j=="object"&&j!==null&&(m=ot(j)),r=n.getDerivedStateFromProps,(j=typeof r=="function"||typeof i.getSnapshotBeforeUpdate=="function")||typeof i.UNSAFE_componentWillReceiveProps!="function"&&typeof i.componentWillReceiveProps!="function"||(o!==q||_!==m)&&Md(t,i,a,m),Bn=!1,_=t.memoizedState,i.state=_,Il(t,a,i,l),Kl();var C=t.memoizedState;o!==q||_!==C||Bn||e!==null&&e.dependencies!==null&&Xi(e.dependencies)?(typeof r=="function"&&(so(t,n,r,a),C=t.memoizedState),(D=Bn||qd(t,n,D,a,_,C,m)||e!==null&&e.dependencies!==null&&Xi(e.dependencies))?(j||typeof i.UNSAFE_componentWillUpdate!="function"&&typeof i.componentWillUpdate!="function"||(typeof i.componentWillUpdate=="function"&&i.componentWillUpdate(a,C,m),typeof i.UNSAFE_componentWillUpdate=="function"&&i.UNSAFE_componentWillUpdate(a,C,m)),typeof i.componentDidUpdate=="function"&&(t.flags|=4),typeof i.getSnapshotBeforeUpdate=="function"&&(t.flags|=1024)):(typeof i.componentDidUpdate!="function"||o===e.memoizedProps&&_===e.memoizedState||(t.flags|=4),typeof i.getSnapshotBeforeUpdate!="function"||o===e.memoizedProps&&_===e.memoizedState||(t.flags|=1024),t.memoizedProps=a,t.memoizedState=C),i.props=a,i.state=C,i.context=m,a=D):(typeof i.componentDidUpdate!="function"||o===e.memoizedProps&&_===e.memoizedState||(t.flags|=4),typeof i.getSnapshotBeforeUpdate!="function"||o===e.memoizedProps&&_===e.memoizedState||(t.flags|=1024),a=!1)}return i=a,rs(e,t),a=(t.flags&128)!==0,i||a?(i=t.stateNode,n=a&&typeof n.getDerivedStateFromError!="function"?null:i.render(),t.flags|=1,e!==null&&a?(t.child=Ra(t,e.child,null,l),t.child=Ra(t,null,n,l)):ct(e,t,n,l),t.memoizedState=i.state,e=t.child):e=bn(e,t,l),e}function Wd(e,t,n,a){return ba(),t.flags|=256,ct(e,t,n,a),t.child}var fo={dehydrated:null,treeContext:null,retryLane:0,hydrationErrors:null};function mo(e){return{baseLanes:e,cachePool:Hr()}}function ho(e,t,n){return e=e!==null?e.childLanes&~n:0,t&&(e|=Lt),e}function Pd(e,t,n){var a=t.pendingProps,l=!1,i=(t.flags&128)!==0,o;if((o=i)||(o=e!==null&&e.memoizedState===null?!1:(Qe.current&2)!==0),o&&(l=!0,t.flags&=-129),o=(t.flags&32)!==0,t.flags&=-33,e===null){if(ge){if(l?$n(t):Gn(),(e=qe)?(e=om(e,Qt),e=e!==null&&e.data!=="&"?e:null,e!==null&&(t.memoizedState={dehydrated:e,treeContext:qn!==null?{id:an,overflow:ln}:null,retryLane:536870912,hydrationErrors:null},n=Dr(e),n.return=t,t.child=n,ut=t,qe=null)):e=null,e===null)throw Vn(t);return Ko(e)?t.lanes=32:t.lanes=536870912,null}var r=a.children;return a=a.fallback,l?(Gn(),l=t.mode,r=ds({mode:"hidden",children:r},l),a=va(a,l,n,null),r.return=t,a.return=t,r.sibling=a,t.child=r,a=t.child,a.memoizedState=mo(n),a.childLanes=ho(e,o,n),t.memoizedState=fo,ni(null,a)):($n(t),go(t,r))}var m=e.memoizedState;if(m!==null&&(r=m.dehydrated,r!==null)){if(i)t.flags&256?($n(t),t.flags&=-257,t=yo(e,t,n)):t.memoizedState!==null?(Gn(),t.child=e.child,t.flags|=128,t=null):(Gn(),r=a.fallback,l=t.mode,a=ds({mode:"visible",children:a.children},l),r=va(r,l,n,null),r.flags|=2,a.return=t,r.return=t,a.sibling=r,t.child=a,Ra(t,e.child,null,n),a=t.child,a.memoizedState=mo(n),a.childLanes=ho(e,o,n),t.memoizedState=fo,t=ni(null,a));else if($n(t),Ko(r)){if(o=r.nextSibling&&r.nextSibling.dataset,o)var j=o.dgst;o=j,a=Error(c(419)),a.stack="",a.digest=o,Gl({value:a,source:null,stack:null}),t=yo(e,t,n)}else if(Ke||Pa(e,t,n,!1),o=(n&e.childLanes)!==0,Ke||o){if(o=ze,o!==null&&(a=kc(o,n),a!==0&&a!==m.retryLane))throw m.retryLane=a,pa(e,a),Rt(o,e,a),co;Fo(r)||Ss(),t=yo(e,t,n)}else Fo(r)?(t.flags|=192,t.child=e.child,t=null):(e=m.treeContext,qe=Jt(r.nextSibling),ut=t,ge=!0,Mn=null,Qt=!1,e!==null&&Lr(t,e),t=go(t,a.children),t.flags|=4096);return t}return l?(Gn(),r=a.fallback,l=t.mode,m=e.child,j=m.sibling,a=mn(m,{mode:"hidden",children:a.children}),a.subtreeFlags=m.subtreeFlags&65011712,j!==null?r=mn(j,r):(r=va(r,l,n,null),r.flags|=2),r.return=t,a.return=t,a.sibling=r,t.child=a,ni(null,a),a=t.child,r=e.child.memoizedState,r===null?r=mo(n):(l=r.cachePool,l!==null?(m=Je._currentValue,l=l.parent!==m?{parent:m,pool:m}:l):l=Hr(),r={baseLanes:r.baseLanes|n,cachePool:l}),a.memoizedState=r,a.childLanes=ho(e,o,n),t.memoizedState=fo,ni(e.child,a)):($n(t),n=e.child,e=n.sibling,n=mn(n,{mode:"visible",children:a.children}),n.return=t,n.sibling=null,e!==null&&(o=t.deletions,o===null?(t.deletions=[e],t.flags|=16):o.push(e)),t.child=n,t.memoizedState=null,n)}function go(e,t){return t=ds({mode:"visible",children:t},e.mode),t.return=e,e.child=t}function ds(e,t){return e=Nt(22,e,null,t),e.lanes=0,e}function yo(e,t,n){return Ra(t,e.child,null,n),e=go(t,t.pendingProps.children),e.flags|=2,t.memoizedState=null,e}function ef(e,t,n){e.lanes|=t;var a=e.alternate;a!==null&&(a.lanes|=t),Cu(e.return,t,n)}function po(e,t,n,a,l,i){var o=e.memoizedState;o===null?e.memoizedState={isBackwards:t,rendering:null,renderingStartTime:0,last:a,tail:n,tailMode:l,treeForkCount:i}:(o.isBackwards=t,o.rendering=null,o.renderingStartTime=0,o.last=a,o.tail=n,o.tailMode=l,o.treeForkCount=i)}function tf(e,t,n){var a=t.pendingProps,l=a.revealOrder,i=a.tail;a=a.children;var o=Qe.current,r=(o&2)!==0;if(r?(o=o&1|2,t.flags|=128):o&=1,H(Qe,o),ct(e,t,a,n),a=ge?$l:0,!r&&e!==null&&(e.flags&128)!==0)e:for(e=t.child;e!==null;){if(e.tag===13)e.memoizedState!==null&&ef(e,n,t);else if(e.tag===19)ef(e,n,t);else if(e.child!==null){e.child.return=e,e=e.child;continue}if(e===t)break e;for(;e.sibling===null;){if(e.return===null||e.return===t)break e;e=e.return}e.sibling.return=e.return,e=e.sibling}switch(l){case"forwards":for(n=t.child,l=null;n!==null;)e=n.alternate,e!==null&&Pi(e)===null&&(l=n),n=n.sibling;n=l,n===null?(l=t.child,t.child=null):(l=n.sibling,n.sibling=null),po(t,!1,l,n,i,a);break;case"backwards":case"unstable_legacy-backwards":for(n=null,l=t.child,t.child=null;l!==null;){if(e=l.alternate,e!==null&&Pi(e)===null){t.child=l;break}e=l.sibling,l.sibling=n,n=l,l=e}po(t,!0,n,null,i,a);break;case"together":po(t,!1,null,null,void 0,a);break;default:t.memoizedState=null}return t.child}function bn(e,t,n){if(e!==null&&(t.dependencies=e.dependencies),Zn|=t.lanes,(n&t.childLanes)===0)if(e!==null){if(Pa(e,t,n,!1),(n&t.childLanes)===0)return null}else return null;if(e!==null&&t.child!==e.child)throw Error(c(153));if(t.child!==null){for(e=t.child,n=mn(e,e.pendingProps),t.child=n,n.return=t;e.sibling!==null;)e=e.sibling,n=n.sibling=mn(e,e.pendingProps),n.return=t;n.sibling=null}return t.child}function vo(e,t){return(e.lanes&t)!==0?!0:(e=e.dependencies,!!(e!==null&&Xi(e)))}function zg(e,t,n){switch(t.tag){case 3:Xe(t,t.stateNode.containerInfo),kn(t,Je,e.memoizedState.cache),ba();break;case 27:case 5:Wt(t);break;case 4:Xe(t,t.stateNode.containerInfo);break;case 10:kn(t,t.type,t.memoizedProps.value);break;case 31:if(t.memoizedState!==null)return t.flags|=128,Yu(t),null;break;case 13:var a=t.memoizedState;if(a!==null)return a.dehydrated!==null?($n(t),t.flags|=128,null):(n&t.child.childLanes)!==0?Pd(e,t,n):($n(t),e=bn(e,t,n),e!==null?e.sibling:null);$n(t);break;case 19:var l=(e.flags&128)!==0;if(a=(n&t.childLanes)!==0,a||(Pa(e,t,n,!1),a=(n&t.childLanes)!==0),l){if(a)return tf(e,t,n);t.flags|=128}if(l=t.memoizedState,l!==null&&(l.rendering=null,l.tail=null,l.lastEffect=null),H(Qe,Qe.current),a)break;return null;case 22:return t.lanes=0,Zd(e,t,n,t.pendingProps);case 24:kn(t,Je,e.memoizedState.cache)}return bn(e,t,n)}function nf(e,t,n){if(e!==null)if(e.memoizedProps!==t.pendingProps)Ke=!0;else{if(!vo(e,n)&&(t.flags&128)===0)return Ke=!1,zg(e,t,n);Ke=(e.flags&131072)!==0}else Ke=!1,ge&&(t.flags&1048576)!==0&&zr(t,$l,t.index);switch(t.lanes=0,t.tag){case 16:e:{var a=t.pendingProps;if(e=Ea(t.elementType),t.type=e,typeof e=="function")xu(e)?(a=Ua(e,a),t.tag=1,t=Id(null,t,e,a,n)):(t.tag=0,t=ro(null,t,e,a,n));else{if(e!=null){var l=e.$$typeof;if(l===Q){t.tag=11,t=Gd(null,t,e,a,n);break e}else if(l===se){t.tag=14,t=Xd(null,t,e,a,n);break e}}throw t=vt(e)||e,Error(c(306,t,""))}}return t;case 0:return ro(e,t,t.type,t.pendingProps,n);case 1:return a=t.type,l=Ua(a,t.pendingProps),Id(e,t,a,l,n);case 3:e:{if(Xe(t,t.stateNode.containerInfo),e===null)throw Error(c(387));a=t.pendingProps;var i=t.memoizedState;l=i.element,Mu(e,t),Il(t,a,null,n);var o=t.memoizedState;if(a=o.cache,kn(t,Je,a),a!==i.cache&&Nu(t,[Je],n,!0),Kl(),a=o.element,i.isDehydrated)if(i={element:a,isDehydrated:!1,cache:o.cache},t.updateQueue.baseState=i,t.memoizedState=i,t.flags&256){t=Wd(e,t,a,n);break e}else if(a!==l){l=$t(Error(c(424)),t),Gl(l),t=Wd(e,t,a,n);break e}else for(e=t.stateNode.containerInfo,e.nodeType===9?e=e.body:e=e.nodeName==="HTML"?e.ownerDocument.body:e,qe=Jt(e.firstChild),ut=t,ge=!0,Mn=null,Qt=!0,n=Zr(t,null,a,n),t.child=n;n;)n.flags=n.flags&-3|4096,n=n.sibling;else{if(ba(),a===l){t=bn(e,t,n);break e}ct(e,t,a,n)}t=t.child}return t;case 26:return rs(e,t),e===null?(n=hm(t.type,null,t.pendingProps,null))?t.memoizedState=n:ge||(n=t.type,e=t.pendingProps,a=Us(le.current).createElement(n),a[st]=t,a[bt]=e,rt(a,n,e),at(a),t.stateNode=a):t.memoizedState=hm(t.type,e.memoizedProps,t.pendingProps,e.memoizedState),null;case 27:return Wt(t),e===null&&ge&&(a=t.stateNode=dm(t.type,t.pendingProps,le.current),ut=t,Qt=!0,l=qe,Wn(t.type)?(Io=l,qe=Jt(a.firstChild)):qe=l),ct(e,t,t.pendingProps.children,n),rs(e,t),e===null&&(t.flags|=4194304),t.child;case 5:return e===null&&ge&&((l=a=qe)&&(a=ry(a,t.type,t.pendingProps,Qt),a!==null?(t.stateNode=a,ut=t,qe=Jt(a.firstChild),Qt=!1,l=!0):l=!1),l||Vn(t)),Wt(t),l=t.type,i=t.pendingProps,o=e!==null?e.memoizedProps:null,a=i.children,Qo(l,i)?a=null:o!==null&&Qo(l,o)&&(t.flags|=32),t.memoizedState!==null&&(l=Gu(e,t,Rg,null,null,n),pi._currentValue=l),rs(e,t),ct(e,t,a,n),t.child;case 6:return e===null&&ge&&((e=n=qe)&&(n=dy(n,t.pendingProps,Qt),n!==null?(t.stateNode=n,ut=t,qe=null,e=!0):e=!1),e||Vn(t)),null;case 13:return Pd(e,t,n);case 4:return Xe(t,t.stateNode.containerInfo),a=t.pendingProps,e===null?t.child=Ra(t,null,a,n):ct(e,t,a,n),t.child;case 11:return Gd(e,t,t.type,t.pendingProps,n);case 7:return ct(e,t,t.pendingProps,n),t.child;case 8:return ct(e,t,t.pendingProps.children,n),t.child;case 12:return ct(e,t,t.pendingProps.children,n),t.child;case 10:return a=t.pendingProps,kn(t,t.type,a.value),ct(e,t,a.children,n),t.child;case 9:return l=t.type._context,a=t.pendingProps.children,wa(t),l=ot(l),a=a(l),t.flags|=1,ct(e,t,a,n),t.child;case 14:return Xd(e,t,t.type,t.pendingProps,n);case 15:return Qd(e,t,t.type,t.pendingProps,n);case 19:return tf(e,t,n);case 31:return Og(e,t,n);case 22:return Zd(e,t,n,t.pendingProps);case 24:return wa(t),a=ot(Je),e===null?(l=zu(),l===null&&(l=ze,i=Du(),l.pooledCache=i,i.refCount++,i!==null&&(l.pooledCacheLanes|=n),l=i),t.memoizedState={parent:a,cache:l},qu(t),kn(t,Je,l)):((e.lanes&n)!==0&&(Mu(e,t),Il(t,null,null,n),Kl()),l=e.memoizedState,i=t.memoizedState,l.parent!==a?(l={parent:a,cache:a},t.memoizedState=l,t.lanes===0&&(t.memoizedState=t.updateQueue.baseState=l),kn(t,Je,a)):(a=i.cache,kn(t,Je,a),a!==l.cache&&Nu(t,[Je],n,!0))),ct(e,t,t.pendingProps.children,n),t.child;case 29:throw t.pendingProps}throw Error(c(156,t.tag))}function Sn(e){e.flags|=4}function bo(e,t,n,a,l){if((t=(e.mode&32)!==0)&&(t=!1),t){if(e.flags|=16777216,(l&335544128)===l)if(e.stateNode.complete)e.flags|=8192;else if(Cf())e.flags|=8192;else throw Aa=Fi,Lu}else e.flags&=-16777217}function af(e,t){if(t.type!=="stylesheet"||(t.state.loading&4)!==0)e.flags&=-16777217;else if(e.flags|=16777216,!bm(t))if(Cf())e.flags|=8192;else throw Aa=Fi,Lu}function fs(e,t){t!==null&&(e.flags|=4),e.flags&16384&&(t=e.tag!==22?qc():536870912,e.lanes|=t,dl|=t)}function ai(e,t){if(!ge)switch(e.tailMode){case"hidden":t=e.tail;for(var n=null;t!==null;)t.alternate!==null&&(n=t),t=t.sibling;n===null?e.tail=null:n.sibling=null;break;case"collapsed":n=e.tail;for(var a=null;n!==null;)n.alternate!==null&&(a=n),n=n.sibling;a===null?t||e.tail===null?e.tail=null:e.tail.sibling=null:a.sibling=null}}function Me(e){var t=e.alternate!==null&&e.alternate.child===e.child,n=0,a=0;if(t)for(var l=e.child;l!==null;)n|=l.lanes|l.childLanes,a|=l.subtreeFlags&65011712,a|=l.flags&65011712,l.return=e,l=l.sibling;else for(l=e.child;l!==null;)n|=l.lanes|l.childLanes,a|=l.subtreeFlags,a|=l.flags,l.return=e,l=l.sibling;return e.subtreeFlags|=a,e.childLanes=n,t}function Lg(e,t,n){var a=t.pendingProps;switch(ju(t),t.tag){case 16:case 15:case 0:case 11:case 7:case 8:case 12:case 9:case 14:return Me(t),null;case 1:return Me(t),null;case 3:return n=t.stateNode,a=null,e!==null&&(a=e.memoizedState.cache),t.memoizedState.cache!==a&&(t.flags|=2048),yn(Je),Ve(),n.pendingContext&&(n.context=n.pendingContext,n.pendingContext=null),(e===null||e.child===null)&&(Wa(t)?Sn(t):e===null||e.memoizedState.isDehydrated&&(t.flags&256)===0||(t.flags|=1024,_u())),Me(t),null;case 26:var l=t.type,i=t.memoizedState;return e===null?(Sn(t),i!==null?(Me(t),af(t,i)):(Me(t),bo(t,l,null,a,n))):i?i!==e.memoizedState?(Sn(t),Me(t),af(t,i)):(Me(t),t.flags&=-16777217):(e=e.memoizedProps,e!==a&&Sn(t),Me(t),bo(t,l,e,a,n)),null;case 27:if(Nn(t),n=le.current,l=t.type,e!==null&&t.stateNode!=null)e.memoizedProps!==a&&Sn(t);else{if(!a){if(t.stateNode===null)throw Error(c(166));return Me(t),null}e=Y.current,Wa(t)?qr(t):(e=dm(l,a,n),t.stateNode=e,Sn(t))}return Me(t),null;case 5:if(Nn(t),l=t.type,e!==null&&t.stateNode!=null)e.memoizedProps!==a&&Sn(t);else{if(!a){if(t.stateNode===null)throw Error(c(166));return Me(t),null}if(i=Y.current,Wa(t))qr(t);else{var o=Us(le.current);switch(i){case 1:i=o.createElementNS("http://www.w3.org/2000/svg",l);break;case 2:i=o.createElementNS("http://www.w3.org/1998/Math/MathML",l);break;default:switch(l){case"svg":i=o.createElementNS("http://www.w3.org/2000/svg",l);break;case"math":i=o.createElementNS("http://www.w3.org/1998/Math/MathML",l);break;case"script":i=o.createElement("div"),i.innerHTML="<script><\/script>",i=i.removeChild(i.firstChild);break;case"select":i=typeof a.is=="string"?o.createElement("select",{is:a.is}):o.createElement("select"),a.multiple?i.multiple=!0:a.size&&(i.size=a.size);break;default:i=typeof a.is=="string"?o.createElement(l,{is:a.is}):o.createElement(l)}}i[st]=t,i[bt]=a;e:for(o=t.child;o!==null;){if(o.tag===5||o.tag===6)i.appendChild(o.stateNode);else if(o.tag!==4&&o.tag!==27&&o.child!==null){o.child.return=o,o=o.child;continue}if(o===t)break e;for(;o.sibling===null;){if(o.return===null||o.return===t)break e;o=o.return}o.sibling.return=o.return,o=o.sibling}t.stateNode=i;e:switch(rt(i,l,a),l){case"button":case"input":case"select":case"textarea":a=!!a.autoFocus;break e;case"img":a=!0;break e;default:a=!1}a&&Sn(t)}}return Me(t),bo(t,t.type,e===null?null:e.memoizedProps,t.pendingProps,n),null;case 6:if(e&&t.stateNode!=null)e.memoizedProps!==a&&Sn(t);else{if(typeof a!="string"&&t.stateNode===null)throw Error(c(166));if(e=le.current,Wa(t)){if(e=t.stateNode,n=t.memoizedProps,a=null,l=ut,l!==null)switch(l.tag){case 27:case 5:a=l.memoizedProps}e[st]=t,e=!!(e.nodeValue===n||a!==null&&a.suppressHydrationWarning===!0||em(e.nodeValue,n)),e||Vn(t,!0)}else e=Us(e).createTextNode(a),e[st]=t,t.stateNode=e}return Me(t),null;case 31:if(n=t.memoizedState,e===null||e.memoizedState!==null){if(a=Wa(t),n!==null){if(e===null){if(!a)throw Error(c(318));if(e=t.memoizedState,e=e!==null?e.dehydrated:null,!e)throw Error(c(557));e[st]=t}else ba(),(t.flags&128)===0&&(t.memoizedState=null),t.flags|=4;Me(t),e=!1}else n=_u(),e!==null&&e.memoizedState!==null&&(e.memoizedState.hydrationErrors=n),e=!0;if(!e)return t.flags&256?(Ot(t),t):(Ot(t),null);if((t.flags&128)!==0)throw Error(c(558))}return Me(t),null;case 13:if(a=t.memoizedState,e===null||e.memoizedState!==null&&e.memoizedState.dehydrated!==null){if(l=Wa(t),a!==null&&a.dehydrated!==null){if(e===null){if(!l)throw Error(c(318));if(l=t.memoizedState,l=l!==null?l.dehydrated:null,!l)throw Error(c(317));l[st]=t}else ba(),(t.flags&128)===0&&(t.memoizedState=null),t.flags|=4;Me(t),l=!1}else l=_u(),e!==null&&e.memoizedState!==null&&(e.memoizedState.hydrationErrors=l),l=!0;if(!l)return t.flags&256?(Ot(t),t):(Ot(t),null)}return Ot(t),(t.flags&128)!==0?(t.lanes=n,t):(n=a!==null,e=e!==null&&e.memoizedState!==null,n&&(a=t.child,l=null,a.alternate!==null&&a.alternate.memoizedState!==null&&a.alternate.memoizedState.cachePool!==null&&(l=a.alternate.memoizedState.cachePool.pool),i=null,a.memoizedState!==null&&a.memoizedState.cachePool!==null&&(i=a.memoizedState.cachePool.pool),i!==l&&(a.flags|=2048)),n!==e&&n&&(t.child.flags|=8192),fs(t,t.updateQueue),Me(t),null);case 4:return Ve(),e===null&&Ho(t.stateNode.containerInfo),Me(t),null;case 10:return yn(t.type),Me(t),null;case 19:if(L(Qe),a=t.memoizedState,a===null)return Me(t),null;if(l=(t.flags&128)!==0,i=a.rendering,i===null)if(l)ai(a,!1);else{if($e!==0||e!==null&&(e.flags&128)!==0)for(e=t.child;e!==null;){if(i=Pi(e),i!==null){for(t.flags|=128,ai(a,!1),e=i.updateQueue,t.updateQueue=e,fs(t,e),t.subtreeFlags=0,e=n,n=t.child;n!==null;)Nr(n,e),n=n.sibling;return H(Qe,Qe.current&1|2),ge&&hn(t,a.treeForkCount),t.child}e=e.sibling}a.tail!==null&&Pe()>ps&&(t.flags|=128,l=!0,ai(a,!1),t.lanes=4194304)}else{if(!l)if(e=Pi(i),e!==null){if(t.flags|=128,l=!0,e=e.updateQueue,t.updateQueue=e,fs(t,e),ai(a,!0),a.tail===null&&a.tailMode==="hidden"&&!i.alternate&&!ge)return Me(t),null}else 2*Pe()-a.renderingStartTime>ps&&n!==536870912&&(t.flags|=128,l=!0,ai(a,!1),t.lanes=4194304);a.isBackwards?(i.sibling=t.child,t.child=i):(e=a.last,e!==null?e.sibling=i:t.child=i,a.last=i)}return a.tail!==null?(e=a.tail,a.rendering=e,a.tail=e.sibling,a.renderingStartTime=Pe(),e.sibling=null,n=Qe.current,H(Qe,l?n&1|2:n&1),ge&&hn(t,a.treeForkCount),e):(Me(t),null);case 22:case 23:return Ot(t),Hu(),a=t.memoizedState!==null,e!==null?e.memoizedState!==null!==a&&(t.flags|=8192):a&&(t.flags|=8192),a?(n&536870912)!==0&&(t.flags&128)===0&&(Me(t),t.subtreeFlags&6&&(t.flags|=8192)):Me(t),n=t.updateQueue,n!==null&&fs(t,n.retryQueue),n=null,e!==null&&e.memoizedState!==null&&e.memoizedState.cachePool!==null&&(n=e.memoizedState.cachePool.pool),a=null,t.memoizedState!==null&&t.memoizedState.cachePool!==null&&(a=t.memoizedState.cachePool.pool),a!==n&&(t.flags|=2048),e!==null&&L(xa),null;case 24:return n=null,e!==null&&(n=e.memoizedState.cache),t.memoizedState.cache!==n&&(t.flags|=2048),yn(Je),Me(t),null;case 25:return null;case 30:return null}throw Error(c(156,t.tag))}function qg(e,t){switch(ju(t),t.tag){case 1:return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 3:return yn(Je),Ve(),e=t.flags,(e&65536)!==0&&(e&128)===0?(t.flags=e&-65537|128,t):null;case 26:case 27:case 5:return Nn(t),null;case 31:if(t.memoizedState!==null){if(Ot(t),t.alternate===null)throw Error(c(340));ba()}return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 13:if(Ot(t),e=t.memoizedState,e!==null&&e.dehydrated!==null){if(t.alternate===null)throw Error(c(340));ba()}return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 19:return L(Qe),null;case 4:return Ve(),null;case 10:return yn(t.type),null;case 22:case 23:return Ot(t),Hu(),e!==null&&L(xa),e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 24:return yn(Je),null;case 25:return null;default:return null}}function lf(e,t){switch(ju(t),t.tag){case 3:yn(Je),Ve();break;case 26:case 27:case 5:Nn(t);break;case 4:Ve();break;case 31:t.memoizedState!==null&&Ot(t);break;case 13:Ot(t);break;case 19:L(Qe);break;case 10:yn(t.type);break;case 22:case 23:Ot(t),Hu(),e!==null&&L(xa);break;case 24:yn(Je)}}function li(e,t){try{var n=t.updateQueue,a=n!==null?n.lastEffect:null;if(a!==null){var l=a.next;n=l;do{if((n.tag&e)===e){a=void 0;var i=n.create,o=n.inst;a=i(),o.destroy=a}n=n.next}while(n!==l)}}catch(r){Ue(t,t.return,r)}}function Xn(e,t,n){try{var a=t.updateQueue,l=a!==null?a.lastEffect:null;if(l!==null){var i=l.next;a=i;do{if((a.tag&e)===e){var o=a.inst,r=o.destroy;if(r!==void 0){o.destroy=void 0,l=t;var m=n,j=r;try{j()}catch(D){Ue(l,m,D)}}}a=a.next}while(a!==i)}}catch(D){Ue(t,t.return,D)}}function sf(e){var t=e.updateQueue;if(t!==null){var n=e.stateNode;try{Fr(t,n)}catch(a){Ue(e,e.return,a)}}}function uf(e,t,n){n.props=Ua(e.type,e.memoizedProps),n.state=e.memoizedState;try{n.componentWillUnmount()}catch(a){Ue(e,t,a)}}function ii(e,t){try{var n=e.ref;if(n!==null){switch(e.tag){case 26:case 27:case 5:var a=e.stateNode;break;case 30:a=e.stateNode;break;default:a=e.stateNode}typeof n=="function"?e.refCleanup=n(a):n.current=a}}catch(l){Ue(e,t,l)}}function sn(e,t){var n=e.ref,a=e.refCleanup;if(n!==null)if(typeof a=="function")try{a()}catch(l){Ue(e,t,l)}finally{e.refCleanup=null,e=e.alternate,e!=null&&(e.refCleanup=null)}else if(typeof n=="function")try{n(null)}catch(l){Ue(e,t,l)}else n.current=null}function of(e){var t=e.type,n=e.memoizedProps,a=e.stateNode;try{e:switch(t){case"button":case"input":case"select":case"textarea":n.autoFocus&&a.focus();break e;case"img":n.src?a.src=n.src:n.srcSet&&(a.srcset=n.srcSet)}}catch(l){Ue(e,e.return,l)}}function So(e,t,n){try{var a=e.stateNode;ly(a,e.type,n,t),a[bt]=t}catch(l){Ue(e,e.return,l)}}function cf(e){return e.tag===5||e.tag===3||e.tag===26||e.tag===27&&Wn(e.type)||e.tag===4}function wo(e){e:for(;;){for(;e.sibling===null;){if(e.return===null||cf(e.return))return null;e=e.return}for(e.sibling.return=e.return,e=e.sibling;e.tag!==5&&e.tag!==6&&e.tag!==18;){if(e.tag===27&&Wn(e.type)||e.flags&2||e.child===null||e.tag===4)continue e;e.child.return=e,e=e.child}if(!(e.flags&2))return e.stateNode}}function xo(e,t,n){var a=e.tag;if(a===5||a===6)e=e.stateNode,t?(n.nodeType===9?n.body:n.nodeName==="HTML"?n.ownerDocument.body:n).insertBefore(e,t):(t=n.nodeType===9?n.body:n.nodeName==="HTML"?n.ownerDocument.body:n,t.appendChild(e),n=n._reactRootContainer,n!=null||t.onclick!==null||(t.onclick=dn));else if(a!==4&&(a===27&&Wn(e.type)&&(n=e.stateNode,t=null),e=e.child,e!==null))for(xo(e,t,n),e=e.sibling;e!==null;)xo(e,t,n),e=e.sibling}function ms(e,t,n){var a=e.tag;if(a===5||a===6)e=e.stateNode,t?n.insertBefore(e,t):n.appendChild(e);else if(a!==4&&(a===27&&Wn(e.type)&&(n=e.stateNode),e=e.child,e!==null))for(ms(e,t,n),e=e.sibling;e!==null;)ms(e,t,n),e=e.sibling}function rf(e){var t=e.stateNode,n=e.memoizedProps;try{for(var a=e.type,l=t.attributes;l.length;)t.removeAttributeNode(l[0]);rt(t,a,n),t[st]=e,t[bt]=n}catch(i){Ue(e,e.return,i)}}var wn=!1,Ie=!1,Eo=!1,df=typeof WeakSet=="function"?WeakSet:Set,lt=null;function Mg(e,t){if(e=e.containerInfo,Go=zs,e=xr(e),gu(e)){if("selectionStart"in e)var n={start:e.selectionStart,end:e.selectionEnd};else e:{n=(n=e.ownerDocument)&&n.defaultView||window;var a=n.getSelection&&n.getSelection();if(a&&a.rangeCount!==0){n=a.anchorNode;var l=a.anchorOffset,i=a.focusNode;a=a.focusOffset;try{n.nodeType,i.nodeType}catch{n=null;break e}var o=0,r=-1,m=-1,j=0,D=0,q=e,_=null;t:for(;;){for(var C;q!==n||l!==0&&q.nodeType!==3||(r=o+l),q!==i||a!==0&&q.nodeType!==3||(m=o+a),q.nodeType===3&&(o+=q.nodeValue.length),(C=q.firstChild)!==null;)_=q,q=C;for(;;){if(q===e)break t;if(_===n&&++j===l&&(r=o),_===i&&++D===a&&(m=o),(C=q.nextSibling)!==null)break;q=_,_=q.parentNode}q=C}n=r===-1||m===-1?null:{start:r,end:m}}else n=null}n=n||{start:0,end:0}}else n=null;for(Xo={focusedElem:e,selectionRange:n},zs=!1,lt=t;lt!==null;)if(t=lt,e=t.child,(t.subtreeFlags&1028)!==0&&e!==null)e.return=t,lt=e;else for(;lt!==null;){switch(t=lt,i=t.alternate,e=t.flags,t.tag){case 0:if((e&4)!==0&&(e=t.updateQueue,e=e!==null?e.events:null,e!==null))for(n=0;n<e.length;n++)l=e[n],l.ref.impl=l.nextImpl;break;case 11:case 15:break;case 1:if((e&1024)!==0&&i!==null){e=void 0,n=t,l=i.memoizedProps,i=i.memoizedState,a=n.stateNode;try{var $=Ua(n.type,l);e=a.getSnapshotBeforeUpdate($,i),a.__reactInternalSnapshotBeforeUpdate=e}catch(F){Ue(n,n.return,F)}}break;case 3:if((e&1024)!==0){if(e=t.stateNode.containerInfo,n=e.nodeType,n===9)Jo(e);else if(n===1)switch(e.nodeName){case"HEAD":case"HTML":case"BODY":Jo(e);break;default:e.textContent=""}}break;case 5:case 26:case 27:case 6:case 4:case 17:break;default:if((e&1024)!==0)throw Error(c(163))}if(e=t.sibling,e!==null){e.return=t.return,lt=e;break}lt=t.return}}function ff(e,t,n){var a=n.flags;switch(n.tag){case 0:case 11:case 15:En(e,n),a&4&&li(5,n);break;case 1:if(En(e,n),a&4)if(e=n.stateNode,t===null)try{e.componentDidMount()}catch(o){Ue(n,n.return,o)}else{var l=Ua(n.type,t.memoizedProps);t=t.memoizedState;try{e.componentDidUpdate(l,t,e.__reactInternalSnapshotBeforeUpdate)}catch(o){Ue(n,n.return,o)}}a&64&&sf(n),a&512&&ii(n,n.return);break;case 3:if(En(e,n),a&64&&(e=n.updateQueue,e!==null)){if(t=null,n.child!==null)switch(n.child.tag){case 27:case 5:t=n.child.stateNode;break;case 1:t=n.child.stateNode}try{Fr(e,t)}catch(o){Ue(n,n.return,o)}}break;case 27:t===null&&a&4&&rf(n);case 26:case 5:En(e,n),t===null&&a&4&&of(n),a&512&&ii(n,n.return);break;case 12:En(e,n);break;case 31:En(e,n),a&4&&gf(e,n);break;case 13:En(e,n),a&4&&yf(e,n),a&64&&(e=n.memoizedState,e!==null&&(e=e.dehydrated,e!==null&&(n=Qg.bind(null,n),fy(e,n))));break;case 22:if(a=n.memoizedState!==null||wn,!a){t=t!==null&&t.memoizedState!==null||Ie,l=wn;var i=Ie;wn=a,(Ie=t)&&!i?An(e,n,(n.subtreeFlags&8772)!==0):En(e,n),wn=l,Ie=i}break;case 30:break;default:En(e,n)}}function mf(e){var t=e.alternate;t!==null&&(e.alternate=null,mf(t)),e.child=null,e.deletions=null,e.sibling=null,e.tag===5&&(t=e.stateNode,t!==null&&Ws(t)),e.stateNode=null,e.return=null,e.dependencies=null,e.memoizedProps=null,e.memoizedState=null,e.pendingProps=null,e.stateNode=null,e.updateQueue=null}var Be=null,wt=!1;function xn(e,t,n){for(n=n.child;n!==null;)hf(e,t,n),n=n.sibling}function hf(e,t,n){if(oe&&typeof oe.onCommitFiberUnmount=="function")try{oe.onCommitFiberUnmount(K,n)}catch{}switch(n.tag){case 26:Ie||sn(n,t),xn(e,t,n),n.memoizedState?n.memoizedState.count--:n.stateNode&&(n=n.stateNode,n.parentNode.removeChild(n));break;case 27:Ie||sn(n,t);var a=Be,l=wt;Wn(n.type)&&(Be=n.stateNode,wt=!1),xn(e,t,n),hi(n.stateNode),Be=a,wt=l;break;case 5:Ie||sn(n,t);case 6:if(a=Be,l=wt,Be=null,xn(e,t,n),Be=a,wt=l,Be!==null)if(wt)try{(Be.nodeType===9?Be.body:Be.nodeName==="HTML"?Be.ownerDocument.body:Be).removeChild(n.stateNode)}catch(i){Ue(n,t,i)}else try{Be.removeChild(n.stateNode)}catch(i){Ue(n,t,i)}break;case 18:Be!==null&&(wt?(e=Be,sm(e.nodeType===9?e.body:e.nodeName==="HTML"?e.ownerDocument.body:e,n.stateNode),bl(e)):sm(Be,n.stateNode));break;case 4:a=Be,l=wt,Be=n.stateNode.containerInfo,wt=!0,xn(e,t,n),Be=a,wt=l;break;case 0:case 11:case 14:case 15:Xn(2,n,t),Ie||Xn(4,n,t),xn(e,t,n);break;case 1:Ie||(sn(n,t),a=n.stateNode,typeof a.componentWillUnmount=="function"&&uf(n,t,a)),xn(e,t,n);break;case 21:xn(e,t,n);break;case 22:Ie=(a=Ie)||n.memoizedState!==null,xn(e,t,n),Ie=a;break;default:xn(e,t,n)}}function gf(e,t){if(t.memoizedState===null&&(e=t.alternate,e!==null&&(e=e.memoizedState,e!==null))){e=e.dehydrated;try{bl(e)}catch(n){Ue(t,t.return,n)}}}function yf(e,t){if(t.memoizedState===null&&(e=t.alternate,e!==null&&(e=e.memoizedState,e!==null&&(e=e.dehydrated,e!==null))))try{bl(e)}catch(n){Ue(t,t.return,n)}}function Vg(e){switch(e.tag){case 31:case 13:case 19:var t=e.stateNode;return t===null&&(t=e.stateNode=new df),t;case 22:return e=e.stateNode,t=e._retryCache,t===null&&(t=e._retryCache=new df),t;default:throw Error(c(435,e.tag))}}function hs(e,t){var n=Vg(e);t.forEach(function(a){if(!n.has(a)){n.add(a);var l=Zg.bind(null,e,a);a.then(l,l)}})}function xt(e,t){var n=t.deletions;if(n!==null)for(var a=0;a<n.length;a++){var l=n[a],i=e,o=t,r=o;e:for(;r!==null;){switch(r.tag){case 27:if(Wn(r.type)){Be=r.stateNode,wt=!1;break e}break;case 5:Be=r.stateNode,wt=!1;break e;case 3:case 4:Be=r.stateNode.containerInfo,wt=!0;break e}r=r.return}if(Be===null)throw Error(c(160));hf(i,o,l),Be=null,wt=!1,i=l.alternate,i!==null&&(i.return=null),l.return=null}if(t.subtreeFlags&13886)for(t=t.child;t!==null;)pf(t,e),t=t.sibling}var en=null;function pf(e,t){var n=e.alternate,a=e.flags;switch(e.tag){case 0:case 11:case 14:case 15:xt(t,e),Et(e),a&4&&(Xn(3,e,e.return),li(3,e),Xn(5,e,e.return));break;case 1:xt(t,e),Et(e),a&512&&(Ie||n===null||sn(n,n.return)),a&64&&wn&&(e=e.updateQueue,e!==null&&(a=e.callbacks,a!==null&&(n=e.shared.hiddenCallbacks,e.shared.hiddenCallbacks=n===null?a:n.concat(a))));break;case 26:var l=en;if(xt(t,e),Et(e),a&512&&(Ie||n===null||sn(n,n.return)),a&4){var i=n!==null?n.memoizedState:null;if(a=e.memoizedState,n===null)if(a===null)if(e.stateNode===null){e:{a=e.type,n=e.memoizedProps,l=l.ownerDocument||l;t:switch(a){case"title":i=l.getElementsByTagName("title")[0],(!i||i[Dl]||i[st]||i.namespaceURI==="http://www.w3.org/2000/svg"||i.hasAttribute("itemprop"))&&(i=l.createElement(a),l.head.insertBefore(i,l.querySelector("head > title"))),rt(i,a,n),i[st]=e,at(i),a=i;break e;case"link":var o=pm("link","href",l).get(a+(n.href||""));if(o){for(var r=0;r<o.length;r++)if(i=o[r],i.getAttribute("href")===(n.href==null||n.href===""?null:n.href)&&i.getAttribute("rel")===(n.rel==null?null:n.rel)&&i.getAttribute("title")===(n.title==null?null:n.title)&&i.getAttribute("crossorigin")===(n.crossOrigin==null?null:n.crossOrigin)){o.splice(r,1);break t}}i=l.createElement(a),rt(i,a,n),l.head.appendChild(i);break;case"meta":if(o=pm("meta","content",l).get(a+(n.content||""))){for(r=0;r<o.length;r++)if(i=o[r],i.getAttribute("content")===(n.content==null?null:""+n.content)&&i.getAttribute("name")===(n.name==null?null:n.name)&&i.getAttribute("property")===(n.property==null?null:n.property)&&i.getAttribute("http-equiv")===(n.httpEquiv==null?null:n.httpEquiv)&&i.getAttribute("charset")===(n.charSet==null?null:n.charSet)){o.splice(r,1);break t}}i=l.createElement(a),rt(i,a,n),l.head.appendChild(i);break;default:throw Error(c(468,a))}i[st]=e,at(i),a=i}e.stateNode=a}else vm(l,e.type,e.stateNode);else e.stateNode=ym(l,a,e.memoizedProps);else i!==a?(i===null?n.stateNode!==null&&(n=n.stateNode,n.parentNode.removeChild(n)):i.count--,a===null?vm(l,e.type,e.stateNode):ym(l,a,e.memoizedProps)):a===null&&e.stateNode!==null&&So(e,e.memoizedProps,n.memoizedProps)}break;case 27:xt(t,e),Et(e),a&512&&(Ie||n===null||sn(n,n.return)),n!==null&&a&4&&So(e,e.memoizedProps,n.memoizedProps);break;case 5:if(xt(t,e),Et(e),a&512&&(Ie||n===null||sn(n,n.return)),e.flags&32){l=e.stateNode;try{Ya(l,"")}catch($){Ue(e,e.return,$)}}a&4&&e.stateNode!=null&&(l=e.memoizedProps,So(e,l,n!==null?n.memoizedProps:l)),a&1024&&(Eo=!0);break;case 6:if(xt(t,e),Et(e),a&4){if(e.stateNode===null)throw Error(c(162));a=e.memoizedProps,n=e.stateNode;try{n.nodeValue=a}catch($){Ue(e,e.return,$)}}break;case 3:if(Cs=null,l=en,en=_s(t.containerInfo),xt(t,e),en=l,Et(e),a&4&&n!==null&&n.memoizedState.isDehydrated)try{bl(t.containerInfo)}catch($){Ue(e,e.return,$)}Eo&&(Eo=!1,vf(e));break;case 4:a=en,en=_s(e.stateNode.containerInfo),xt(t,e),Et(e),en=a;break;case 12:xt(t,e),Et(e);break;case 31:xt(t,e),Et(e),a&4&&(a=e.updateQueue,a!==null&&(e.updateQueue=null,hs(e,a)));break;case 13:xt(t,e),Et(e),e.child.flags&8192&&e.memoizedState!==null!=(n!==null&&n.memoizedState!==null)&&(ys=Pe()),a&4&&(a=e.updateQueue,a!==null&&(e.updateQueue=null,hs(e,a)));break;case 22:l=e.memoizedState!==null;var m=n!==null&&n.memoizedState!==null,j=wn,D=Ie;if(wn=j||l,Ie=D||m,xt(t,e),Ie=D,wn=j,Et(e),a&8192)e:for(t=e.stateNode,t._visibility=l?t._visibility&-2:t._visibility|1,l&&(n===null||m||wn||Ie||_a(e)),n=null,t=e;;){if(t.tag===5||t.tag===26){if(n===null){m=n=t;try{if(i=m.stateNode,l)o=i.style,typeof o.setProperty=="function"?o.setProperty("display","none","important"):o.display="none";else{r=m.stateNode;var q=m.memoizedProps.style,_=q!=null&&q.hasOwnProperty("display")?q.display:null;r.style.display=_==null||typeof _=="boolean"?"":(""+_).trim()}}catch($){Ue(m,m.return,$)}}}else if(t.tag===6){if(n===null){m=t;try{m.stateNode.nodeValue=l?"":m.memoizedProps}catch($){Ue(m,m.return,$)}}}else if(t.tag===18){if(n===null){m=t;try{var C=m.stateNode;l?um(C,!0):um(m.stateNode,!1)}catch($){Ue(m,m.return,$)}}}else if((t.tag!==22&&t.tag!==23||t.memoizedState===null||t===e)&&t.child!==null){t.child.return=t,t=t.child;continue}if(t===e)break e;for(;t.sibling===null;){if(t.return===null||t.return===e)break e;n===t&&(n=null),t=t.return}n===t&&(n=null),t.sibling.return=t.return,t=t.sibling}a&4&&(a=e.updateQueue,a!==null&&(n=a.retryQueue,n!==null&&(a.retryQueue=null,hs(e,n))));break;case 19:xt(t,e),Et(e),a&4&&(a=e.updateQueue,a!==null&&(e.updateQueue=null,hs(e,a)));break;case 30:break;case 21:break;default:xt(t,e),Et(e)}}function Et(e){var t=e.flags;if(t&2){try{for(var n,a=e.return;a!==null;){if(cf(a)){n=a;break}a=a.return}if(n==null)throw Error(c(160));switch(n.tag){case 27:var l=n.stateNode,i=wo(e);ms(e,i,l);break;case 5:var o=n.stateNode;n.flags&32&&(Ya(o,""),n.flags&=-33);var r=wo(e);ms(e,r,o);break;case 3:case 4:var m=n.stateNode.containerInfo,j=wo(e);xo(e,j,m);break;default:throw Error(c(161))}}catch(D){Ue(e,e.return,D)}e.flags&=-3}t&4096&&(e.flags&=-4097)}function vf(e){if(e.subtreeFlags&1024)for(e=e.child;e!==null;){var t=e;vf(t),t.tag===5&&t.flags&1024&&t.stateNode.reset(),e=e.sibling}}function En(e,t){if(t.subtreeFlags&8772)for(t=t.child;t!==null;)ff(e,t.alternate,t),t=t.sibling}function _a(e){for(e=e.child;e!==null;){var t=e;switch(t.tag){case 0:case 11:case 14:case 15:Xn(4,t,t.return),_a(t);break;case 1:sn(t,t.return);var n=t.stateNode;typeof n.componentWillUnmount=="function"&&uf(t,t.return,n),_a(t);break;case 27:hi(t.stateNode);case 26:case 5:sn(t,t.return),_a(t);break;case 22:t.memoizedState===null&&_a(t);break;case 30:_a(t);break;default:_a(t)}e=e.sibling}}function An(e,t,n){for(n=n&&(t.subtreeFlags&8772)!==0,t=t.child;t!==null;){var a=t.alternate,l=e,i=t,o=i.flags;switch(i.tag){case 0:case 11:case 15:An(l,i,n),li(4,i);break;case 1:if(An(l,i,n),a=i,l=a.stateNode,typeof l.componentDidMount=="function")try{l.componentDidMount()}catch(j){Ue(a,a.return,j)}if(a=i,l=a.updateQueue,l!==null){var r=a.stateNode;try{var m=l.shared.hiddenCallbacks;if(m!==null)for(l.shared.hiddenCallbacks=null,l=0;l<m.length;l++)Jr(m[l],r)}catch(j){Ue(a,a.return,j)}}n&&o&64&&sf(i),ii(i,i.return);break;case 27:rf(i);case 26:case 5:An(l,i,n),n&&a===null&&o&4&&of(i),ii(i,i.return);break;case 12:An(l,i,n);break;case 31:An(l,i,n),n&&o&4&&gf(l,i);break;case 13:An(l,i,n),n&&o&4&&yf(l,i);break;case 22:i.memoizedState===null&&An(l,i,n),ii(i,i.return);break;case 30:break;default:An(l,i,n)}t=t.sibling}}function Ao(e,t){var n=null;e!==null&&e.memoizedState!==null&&e.memoizedState.cachePool!==null&&(n=e.memoizedState.cachePool.pool),e=null,t.memoizedState!==null&&t.memoizedState.cachePool!==null&&(e=t.memoizedState.cachePool.pool),e!==n&&(e!=null&&e.refCount++,n!=null&&Xl(n))}function Ro(e,t){e=null,t.alternate!==null&&(e=t.alternate.memoizedState.cache),t=t.memoizedState.cache,t!==e&&(t.refCount++,e!=null&&Xl(e))}function tn(e,t,n,a){if(t.subtreeFlags&10256)for(t=t.child;t!==null;)bf(e,t,n,a),t=t.sibling}function bf(e,t,n,a){var l=t.flags;switch(t.tag){case 0:case 11:case 15:tn(e,t,n,a),l&2048&&li(9,t);break;case 1:tn(e,t,n,a);break;case 3:tn(e,t,n,a),l&2048&&(e=null,t.alternate!==null&&(e=t.alternate.memoizedState.cache),t=t.memoizedState.cache,t!==e&&(t.refCount++,e!=null&&Xl(e)));break;case 12:if(l&2048){tn(e,t,n,a),e=t.stateNode;try{var i=t.memoizedProps,o=i.id,r=i.onPostCommit;typeof r=="function"&&r(o,t.alternate===null?"mount":"update",e.passiveEffectDuration,-0)}catch(m){Ue(t,t.return,m)}}else tn(e,t,n,a);break;case 31:tn(e,t,n,a);break;case 13:tn(e,t,n,a);break;case 23:break;case 22:i=t.stateNode,o=t.alternate,t.memoizedState!==null?i._visibility&2?tn(e,t,n,a):si(e,t):i._visibility&2?tn(e,t,n,a):(i._visibility|=2,ol(e,t,n,a,(t.subtreeFlags&10256)!==0||!1)),l&2048&&Ao(o,t);break;case 24:tn(e,t,n,a),l&2048&&Ro(t.alternate,t);break;default:tn(e,t,n,a)}}function ol(e,t,n,a,l){for(l=l&&((t.subtreeFlags&10256)!==0||!1),t=t.child;t!==null;){var i=e,o=t,r=n,m=a,j=o.flags;switch(o.tag){case 0:case 11:case 15:ol(i,o,r,m,l),li(8,o);break;case 23:break;case 22:var D=o.stateNode;o.memoizedState!==null?D._visibility&2?ol(i,o,r,m,l):si(i,o):(D._visibility|=2,ol(i,o,r,m,l)),l&&j&2048&&Ao(o.alternate,o);break;case 24:ol(i,o,r,m,l),l&&j&2048&&Ro(o.alternate,o);break;default:ol(i,o,r,m,l)}t=t.sibling}}function si(e,t){if(t.subtreeFlags&10256)for(t=t.child;t!==null;){var n=e,a=t,l=a.flags;switch(a.tag){case 22:si(n,a),l&2048&&Ao(a.alternate,a);break;case 24:si(n,a),l&2048&&Ro(a.alternate,a);break;default:si(n,a)}t=t.sibling}}var ui=8192;function cl(e,t,n){if(e.subtreeFlags&ui)for(e=e.child;e!==null;)Sf(e,t,n),e=e.sibling}function Sf(e,t,n){switch(e.tag){case 26:cl(e,t,n),e.flags&ui&&e.memoizedState!==null&&Ay(n,en,e.memoizedState,e.memoizedProps);break;case 5:cl(e,t,n);break;case 3:case 4:var a=en;en=_s(e.stateNode.containerInfo),cl(e,t,n),en=a;break;case 22:e.memoizedState===null&&(a=e.alternate,a!==null&&a.memoizedState!==null?(a=ui,ui=16777216,cl(e,t,n),ui=a):cl(e,t,n));break;default:cl(e,t,n)}}function wf(e){var t=e.alternate;if(t!==null&&(e=t.child,e!==null)){t.child=null;do t=e.sibling,e.sibling=null,e=t;while(e!==null)}}function oi(e){var t=e.deletions;if((e.flags&16)!==0){if(t!==null)for(var n=0;n<t.length;n++){var a=t[n];lt=a,Ef(a,e)}wf(e)}if(e.subtreeFlags&10256)for(e=e.child;e!==null;)xf(e),e=e.sibling}function xf(e){switch(e.tag){case 0:case 11:case 15:oi(e),e.flags&2048&&Xn(9,e,e.return);break;case 3:oi(e);break;case 12:oi(e);break;case 22:var t=e.stateNode;e.memoizedState!==null&&t._visibility&2&&(e.return===null||e.return.tag!==13)?(t._visibility&=-3,gs(e)):oi(e);break;default:oi(e)}}function gs(e){var t=e.deletions;if((e.flags&16)!==0){if(t!==null)for(var n=0;n<t.length;n++){var a=t[n];lt=a,Ef(a,e)}wf(e)}for(e=e.child;e!==null;){switch(t=e,t.tag){case 0:case 11:case 15:Xn(8,t,t.return),gs(t);break;case 22:n=t.stateNode,n._visibility&2&&(n._visibility&=-3,gs(t));break;default:gs(t)}e=e.sibling}}function Ef(e,t){for(;lt!==null;){var n=lt;switch(n.tag){case 0:case 11:case 15:Xn(8,n,t);break;case 23:case 22:if(n.memoizedState!==null&&n.memoizedState.cachePool!==null){var a=n.memoizedState.cachePool.pool;a!=null&&a.refCount++}break;case 24:Xl(n.memoizedState.cache)}if(a=n.child,a!==null)a.return=n,lt=a;else e:for(n=e;lt!==null;){a=lt;var l=a.sibling,i=a.return;if(mf(a),a===n){lt=null;break e}if(l!==null){l.return=i,lt=l;break e}lt=i}}}var kg={getCacheForType:function(e){var t=ot(Je),n=t.data.get(e);return n===void 0&&(n=e(),t.data.set(e,n)),n},cacheSignal:function(){return ot(Je).controller.signal}},Bg=typeof WeakMap=="function"?WeakMap:Map,Ee=0,ze=null,de=null,me=0,je=0,zt=null,Qn=!1,rl=!1,jo=!1,Rn=0,$e=0,Zn=0,Ta=0,Uo=0,Lt=0,dl=0,ci=null,At=null,_o=!1,ys=0,Af=0,ps=1/0,vs=null,Jn=null,et=0,Fn=null,fl=null,jn=0,To=0,Co=null,Rf=null,ri=0,No=null;function qt(){return(Ee&2)!==0&&me!==0?me&-me:N.T!==null?Mo():Bc()}function jf(){if(Lt===0)if((me&536870912)===0||ge){var e=da;da<<=1,(da&3932160)===0&&(da=262144),Lt=e}else Lt=536870912;return e=Dt.current,e!==null&&(e.flags|=32),Lt}function Rt(e,t,n){(e===ze&&(je===2||je===9)||e.cancelPendingCommit!==null)&&(ml(e,0),Kn(e,me,Lt,!1)),Nl(e,n),((Ee&2)===0||e!==ze)&&(e===ze&&((Ee&2)===0&&(Ta|=n),$e===4&&Kn(e,me,Lt,!1)),un(e))}function Uf(e,t,n){if((Ee&6)!==0)throw Error(c(327));var a=!n&&(t&127)===0&&(t&e.expiredLanes)===0||Cl(e,t),l=a?$g(e,t):Oo(e,t,!0),i=a;do{if(l===0){rl&&!a&&Kn(e,t,0,!1);break}else{if(n=e.current.alternate,i&&!Hg(n)){l=Oo(e,t,!1),i=!1;continue}if(l===2){if(i=t,e.errorRecoveryDisabledLanes&i)var o=0;else o=e.pendingLanes&-536870913,o=o!==0?o:o&536870912?536870912:0;if(o!==0){t=o;e:{var r=e;l=ci;var m=r.current.memoizedState.isDehydrated;if(m&&(ml(r,o).flags|=256),o=Oo(r,o,!1),o!==2){if(jo&&!m){r.errorRecoveryDisabledLanes|=i,Ta|=i,l=4;break e}i=At,At=l,i!==null&&(At===null?At=i:At.push.apply(At,i))}l=o}if(i=!1,l!==2)continue}}if(l===1){ml(e,0),Kn(e,t,0,!0);break}e:{switch(a=e,i=l,i){case 0:case 1:throw Error(c(345));case 4:if((t&4194048)!==t)break;case 6:Kn(a,t,Lt,!Qn);break e;case 2:At=null;break;case 3:case 5:break;default:throw Error(c(329))}if((t&62914560)===t&&(l=ys+300-Pe(),10<l)){if(Kn(a,t,Lt,!Qn),_i(a,0,!0)!==0)break e;jn=t,a.timeoutHandle=lm(_f.bind(null,a,n,At,vs,_o,t,Lt,Ta,dl,Qn,i,"Throttled",-0,0),l);break e}_f(a,n,At,vs,_o,t,Lt,Ta,dl,Qn,i,null,-0,0)}}break}while(!0);un(e)}function _f(e,t,n,a,l,i,o,r,m,j,D,q,_,C){if(e.timeoutHandle=-1,q=t.subtreeFlags,q&8192||(q&16785408)===16785408){q={stylesheets:null,count:0,imgCount:0,imgBytes:0,suspenseyImages:[],waitingForImages:!0,waitingForViewTransition:!1,unsuspend:dn},Sf(t,i,q);var $=(i&62914560)===i?ys-Pe():(i&4194048)===i?Af-Pe():0;if($=Ry(q,$),$!==null){jn=i,e.cancelPendingCommit=$(qf.bind(null,e,t,i,n,a,l,o,r,m,D,q,null,_,C)),Kn(e,i,o,!j);return}}qf(e,t,i,n,a,l,o,r,m)}function Hg(e){for(var t=e;;){var n=t.tag;if((n===0||n===11||n===15)&&t.flags&16384&&(n=t.updateQueue,n!==null&&(n=n.stores,n!==null)))for(var a=0;a<n.length;a++){var l=n[a],i=l.getSnapshot;l=l.value;try{if(!Ct(i(),l))return!1}catch{return!1}}if(n=t.child,t.subtreeFlags&16384&&n!==null)n.return=t,t=n;else{if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return!0;t=t.return}t.sibling.return=t.return,t=t.sibling}}return!0}function Kn(e,t,n,a){t&=~Uo,t&=~Ta,e.suspendedLanes|=t,e.pingedLanes&=~t,a&&(e.warmLanes|=t),a=e.expirationTimes;for(var l=t;0<l;){var i=31-ke(l),o=1<<i;a[i]=-1,l&=~o}n!==0&&Mc(e,n,t)}function bs(){return(Ee&6)===0?(di(0),!1):!0}function Do(){if(de!==null){if(je===0)var e=de.return;else e=de,gn=Sa=null,Zu(e),al=null,Zl=0,e=de;for(;e!==null;)lf(e.alternate,e),e=e.return;de=null}}function ml(e,t){var n=e.timeoutHandle;n!==-1&&(e.timeoutHandle=-1,uy(n)),n=e.cancelPendingCommit,n!==null&&(e.cancelPendingCommit=null,n()),jn=0,Do(),ze=e,de=n=mn(e.current,null),me=t,je=0,zt=null,Qn=!1,rl=Cl(e,t),jo=!1,dl=Lt=Uo=Ta=Zn=$e=0,At=ci=null,_o=!1,(t&8)!==0&&(t|=t&32);var a=e.entangledLanes;if(a!==0)for(e=e.entanglements,a&=t;0<a;){var l=31-ke(a),i=1<<l;t|=e[l],a&=~i}return Rn=t,Bi(),n}function Tf(e,t){ie=null,N.H=ti,t===nl||t===Ji?(t=Gr(),je=3):t===Lu?(t=Gr(),je=4):je=t===co?8:t!==null&&typeof t=="object"&&typeof t.then=="function"?6:1,zt=t,de===null&&($e=1,os(e,$t(t,e.current)))}function Cf(){var e=Dt.current;return e===null?!0:(me&4194048)===me?Zt===null:(me&62914560)===me||(me&536870912)!==0?e===Zt:!1}function Nf(){var e=N.H;return N.H=ti,e===null?ti:e}function Df(){var e=N.A;return N.A=kg,e}function Ss(){$e=4,Qn||(me&4194048)!==me&&Dt.current!==null||(rl=!0),(Zn&134217727)===0&&(Ta&134217727)===0||ze===null||Kn(ze,me,Lt,!1)}function Oo(e,t,n){var a=Ee;Ee|=2;var l=Nf(),i=Df();(ze!==e||me!==t)&&(vs=null,ml(e,t)),t=!1;var o=$e;e:do try{if(je!==0&&de!==null){var r=de,m=zt;switch(je){case 8:Do(),o=6;break e;case 3:case 2:case 9:case 6:Dt.current===null&&(t=!0);var j=je;if(je=0,zt=null,hl(e,r,m,j),n&&rl){o=0;break e}break;default:j=je,je=0,zt=null,hl(e,r,m,j)}}Yg(),o=$e;break}catch(D){Tf(e,D)}while(!0);return t&&e.shellSuspendCounter++,gn=Sa=null,Ee=a,N.H=l,N.A=i,de===null&&(ze=null,me=0,Bi()),o}function Yg(){for(;de!==null;)Of(de)}function $g(e,t){var n=Ee;Ee|=2;var a=Nf(),l=Df();ze!==e||me!==t?(vs=null,ps=Pe()+500,ml(e,t)):rl=Cl(e,t);e:do try{if(je!==0&&de!==null){t=de;var i=zt;t:switch(je){case 1:je=0,zt=null,hl(e,t,i,1);break;case 2:case 9:if(Yr(i)){je=0,zt=null,zf(t);break}t=function(){je!==2&&je!==9||ze!==e||(je=7),un(e)},i.then(t,t);break e;case 3:je=7;break e;case 4:je=5;break e;case 7:Yr(i)?(je=0,zt=null,zf(t)):(je=0,zt=null,hl(e,t,i,7));break;case 5:var o=null;switch(de.tag){case 26:o=de.memoizedState;case 5:case 27:var r=de;if(o?bm(o):r.stateNode.complete){je=0,zt=null;var m=r.sibling;if(m!==null)de=m;else{var j=r.return;j!==null?(de=j,ws(j)):de=null}break t}}je=0,zt=null,hl(e,t,i,5);break;case 6:je=0,zt=null,hl(e,t,i,6);break;case 8:Do(),$e=6;break e;default:throw Error(c(462))}}Gg();break}catch(D){Tf(e,D)}while(!0);return gn=Sa=null,N.H=a,N.A=l,Ee=n,de!==null?0:(ze=null,me=0,Bi(),$e)}function Gg(){for(;de!==null&&!Ul();)Of(de)}function Of(e){var t=nf(e.alternate,e,Rn);e.memoizedProps=e.pendingProps,t===null?ws(e):de=t}function zf(e){var t=e,n=t.alternate;switch(t.tag){case 15:case 0:t=Kd(n,t,t.pendingProps,t.type,void 0,me);break;case 11:t=Kd(n,t,t.pendingProps,t.type.render,t.ref,me);break;case 5:Zu(t);default:lf(n,t),t=de=Nr(t,Rn),t=nf(n,t,Rn)}e.memoizedProps=e.pendingProps,t===null?ws(e):de=t}function hl(e,t,n,a){gn=Sa=null,Zu(t),al=null,Zl=0;var l=t.return;try{if(Dg(e,l,t,n,me)){$e=1,os(e,$t(n,e.current)),de=null;return}}catch(i){if(l!==null)throw de=l,i;$e=1,os(e,$t(n,e.current)),de=null;return}t.flags&32768?(ge||a===1?e=!0:rl||(me&536870912)!==0?e=!1:(Qn=e=!0,(a===2||a===9||a===3||a===6)&&(a=Dt.current,a!==null&&a.tag===13&&(a.flags|=16384))),Lf(t,e)):ws(t)}function ws(e){var t=e;do{if((t.flags&32768)!==0){Lf(t,Qn);return}e=t.return;var n=Lg(t.alternate,t,Rn);if(n!==null){de=n;return}if(t=t.sibling,t!==null){de=t;return}de=t=e}while(t!==null);$e===0&&($e=5)}function Lf(e,t){do{var n=qg(e.alternate,e);if(n!==null){n.flags&=32767,de=n;return}if(n=e.return,n!==null&&(n.flags|=32768,n.subtreeFlags=0,n.deletions=null),!t&&(e=e.sibling,e!==null)){de=e;return}de=e=n}while(e!==null);$e=6,de=null}function qf(e,t,n,a,l,i,o,r,m){e.cancelPendingCommit=null;do xs();while(et!==0);if((Ee&6)!==0)throw Error(c(327));if(t!==null){if(t===e.current)throw Error(c(177));if(i=t.lanes|t.childLanes,i|=Su,Eh(e,n,i,o,r,m),e===ze&&(de=ze=null,me=0),fl=t,Fn=e,jn=n,To=i,Co=l,Rf=a,(t.subtreeFlags&10256)!==0||(t.flags&10256)!==0?(e.callbackNode=null,e.callbackPriority=0,Jg(mt,function(){return Hf(),null})):(e.callbackNode=null,e.callbackPriority=0),a=(t.flags&13878)!==0,(t.subtreeFlags&13878)!==0||a){a=N.T,N.T=null,l=B.p,B.p=2,o=Ee,Ee|=4;try{Mg(e,t,n)}finally{Ee=o,B.p=l,N.T=a}}et=1,Mf(),Vf(),kf()}}function Mf(){if(et===1){et=0;var e=Fn,t=fl,n=(t.flags&13878)!==0;if((t.subtreeFlags&13878)!==0||n){n=N.T,N.T=null;var a=B.p;B.p=2;var l=Ee;Ee|=4;try{pf(t,e);var i=Xo,o=xr(e.containerInfo),r=i.focusedElem,m=i.selectionRange;if(o!==r&&r&&r.ownerDocument&&wr(r.ownerDocument.documentElement,r)){if(m!==null&&gu(r)){var j=m.start,D=m.end;if(D===void 0&&(D=j),"selectionStart"in r)r.selectionStart=j,r.selectionEnd=Math.min(D,r.value.length);else{var q=r.ownerDocument||document,_=q&&q.defaultView||window;if(_.getSelection){var C=_.getSelection(),$=r.textContent.length,F=Math.min(m.start,$),De=m.end===void 0?F:Math.min(m.end,$);!C.extend&&F>De&&(o=De,De=F,F=o);var w=Sr(r,F),p=Sr(r,De);if(w&&p&&(C.rangeCount!==1||C.anchorNode!==w.node||C.anchorOffset!==w.offset||C.focusNode!==p.node||C.focusOffset!==p.offset)){var A=q.createRange();A.setStart(w.node,w.offset),C.removeAllRanges(),F>De?(C.addRange(A),C.extend(p.node,p.offset)):(A.setEnd(p.node,p.offset),C.addRange(A))}}}}for(q=[],C=r;C=C.parentNode;)C.nodeType===1&&q.push({element:C,left:C.scrollLeft,top:C.scrollTop});for(typeof r.focus=="function"&&r.focus(),r=0;r<q.length;r++){var z=q[r];z.element.scrollLeft=z.left,z.element.scrollTop=z.top}}zs=!!Go,Xo=Go=null}finally{Ee=l,B.p=a,N.T=n}}e.current=t,et=2}}function Vf(){if(et===2){et=0;var e=Fn,t=fl,n=(t.flags&8772)!==0;if((t.subtreeFlags&8772)!==0||n){n=N.T,N.T=null;var a=B.p;B.p=2;var l=Ee;Ee|=4;try{ff(e,t.alternate,t)}finally{Ee=l,B.p=a,N.T=n}}et=3}}function kf(){if(et===4||et===3){et=0,ca();var e=Fn,t=fl,n=jn,a=Rf;(t.subtreeFlags&10256)!==0||(t.flags&10256)!==0?et=5:(et=0,fl=Fn=null,Bf(e,e.pendingLanes));var l=e.pendingLanes;if(l===0&&(Jn=null),Ks(n),t=t.stateNode,oe&&typeof oe.onCommitFiberRoot=="function")try{oe.onCommitFiberRoot(K,t,void 0,(t.current.flags&128)===128)}catch{}if(a!==null){t=N.T,l=B.p,B.p=2,N.T=null;try{for(var i=e.onRecoverableError,o=0;o<a.length;o++){var r=a[o];i(r.value,{componentStack:r.stack})}}finally{N.T=t,B.p=l}}(jn&3)!==0&&xs(),un(e),l=e.pendingLanes,(n&261930)!==0&&(l&42)!==0?e===No?ri++:(ri=0,No=e):ri=0,di(0)}}function Bf(e,t){(e.pooledCacheLanes&=t)===0&&(t=e.pooledCache,t!=null&&(e.pooledCache=null,Xl(t)))}function xs(){return Mf(),Vf(),kf(),Hf()}function Hf(){if(et!==5)return!1;var e=Fn,t=To;To=0;var n=Ks(jn),a=N.T,l=B.p;try{B.p=32>n?32:n,N.T=null,n=Co,Co=null;var i=Fn,o=jn;if(et=0,fl=Fn=null,jn=0,(Ee&6)!==0)throw Error(c(331));var r=Ee;if(Ee|=4,xf(i.current),bf(i,i.current,o,n),Ee=r,di(0,!1),oe&&typeof oe.onPostCommitFiberRoot=="function")try{oe.onPostCommitFiberRoot(K,i)}catch{}return!0}finally{B.p=l,N.T=a,Bf(e,t)}}function Yf(e,t,n){t=$t(n,t),t=oo(e.stateNode,t,2),e=Yn(e,t,2),e!==null&&(Nl(e,2),un(e))}function Ue(e,t,n){if(e.tag===3)Yf(e,e,n);else for(;t!==null;){if(t.tag===3){Yf(t,e,n);break}else if(t.tag===1){var a=t.stateNode;if(typeof t.type.getDerivedStateFromError=="function"||typeof a.componentDidCatch=="function"&&(Jn===null||!Jn.has(a))){e=$t(n,e),n=Yd(2),a=Yn(t,n,2),a!==null&&($d(n,a,t,e),Nl(a,2),un(a));break}}t=t.return}}function zo(e,t,n){var a=e.pingCache;if(a===null){a=e.pingCache=new Bg;var l=new Set;a.set(t,l)}else l=a.get(t),l===void 0&&(l=new Set,a.set(t,l));l.has(n)||(jo=!0,l.add(n),e=Xg.bind(null,e,t,n),t.then(e,e))}function Xg(e,t,n){var a=e.pingCache;a!==null&&a.delete(t),e.pingedLanes|=e.suspendedLanes&n,e.warmLanes&=~n,ze===e&&(me&n)===n&&($e===4||$e===3&&(me&62914560)===me&&300>Pe()-ys?(Ee&2)===0&&ml(e,0):Uo|=n,dl===me&&(dl=0)),un(e)}function $f(e,t){t===0&&(t=qc()),e=pa(e,t),e!==null&&(Nl(e,t),un(e))}function Qg(e){var t=e.memoizedState,n=0;t!==null&&(n=t.retryLane),$f(e,n)}function Zg(e,t){var n=0;switch(e.tag){case 31:case 13:var a=e.stateNode,l=e.memoizedState;l!==null&&(n=l.retryLane);break;case 19:a=e.stateNode;break;case 22:a=e.stateNode._retryCache;break;default:throw Error(c(314))}a!==null&&a.delete(t),$f(e,n)}function Jg(e,t){return cn(e,t)}var Es=null,gl=null,Lo=!1,As=!1,qo=!1,In=0;function un(e){e!==gl&&e.next===null&&(gl===null?Es=gl=e:gl=gl.next=e),As=!0,Lo||(Lo=!0,Kg())}function di(e,t){if(!qo&&As){qo=!0;do for(var n=!1,a=Es;a!==null;){if(e!==0){var l=a.pendingLanes;if(l===0)var i=0;else{var o=a.suspendedLanes,r=a.pingedLanes;i=(1<<31-ke(42|e)+1)-1,i&=l&~(o&~r),i=i&201326741?i&201326741|1:i?i|2:0}i!==0&&(n=!0,Zf(a,i))}else i=me,i=_i(a,a===ze?i:0,a.cancelPendingCommit!==null||a.timeoutHandle!==-1),(i&3)===0||Cl(a,i)||(n=!0,Zf(a,i));a=a.next}while(n);qo=!1}}function Fg(){Gf()}function Gf(){As=Lo=!1;var e=0;In!==0&&sy()&&(e=In);for(var t=Pe(),n=null,a=Es;a!==null;){var l=a.next,i=Xf(a,t);i===0?(a.next=null,n===null?Es=l:n.next=l,l===null&&(gl=n)):(n=a,(e!==0||(i&3)!==0)&&(As=!0)),a=l}et!==0&&et!==5||di(e),In!==0&&(In=0)}function Xf(e,t){for(var n=e.suspendedLanes,a=e.pingedLanes,l=e.expirationTimes,i=e.pendingLanes&-62914561;0<i;){var o=31-ke(i),r=1<<o,m=l[o];m===-1?((r&n)===0||(r&a)!==0)&&(l[o]=xh(r,t)):m<=t&&(e.expiredLanes|=r),i&=~r}if(t=ze,n=me,n=_i(e,e===t?n:0,e.cancelPendingCommit!==null||e.timeoutHandle!==-1),a=e.callbackNode,n===0||e===t&&(je===2||je===9)||e.cancelPendingCommit!==null)return a!==null&&a!==null&&jl(a),e.callbackNode=null,e.callbackPriority=0;if((n&3)===0||Cl(e,n)){if(t=n&-n,t===e.callbackPriority)return t;switch(a!==null&&jl(a),Ks(n)){case 2:case 8:n=Tl;break;case 32:n=mt;break;case 268435456:n=ra;break;default:n=mt}return a=Qf.bind(null,e),n=cn(n,a),e.callbackPriority=t,e.callbackNode=n,t}return a!==null&&a!==null&&jl(a),e.callbackPriority=2,e.callbackNode=null,2}function Qf(e,t){if(et!==0&&et!==5)return e.callbackNode=null,e.callbackPriority=0,null;var n=e.callbackNode;if(xs()&&e.callbackNode!==n)return null;var a=me;return a=_i(e,e===ze?a:0,e.cancelPendingCommit!==null||e.timeoutHandle!==-1),a===0?null:(Uf(e,a,t),Xf(e,Pe()),e.callbackNode!=null&&e.callbackNode===n?Qf.bind(null,e):null)}function Zf(e,t){if(xs())return null;Uf(e,t,!0)}function Kg(){oy(function(){(Ee&6)!==0?cn(_l,Fg):Gf()})}function Mo(){if(In===0){var e=el;e===0&&(e=On,On<<=1,(On&261888)===0&&(On=256)),In=e}return In}function Jf(e){return e==null||typeof e=="symbol"||typeof e=="boolean"?null:typeof e=="function"?e:Di(""+e)}function Ff(e,t){var n=t.ownerDocument.createElement("input");return n.name=t.name,n.value=t.value,e.id&&n.setAttribute("form",e.id),t.parentNode.insertBefore(n,t),e=new FormData(e),n.parentNode.removeChild(n),e}function Ig(e,t,n,a,l){if(t==="submit"&&n&&n.stateNode===l){var i=Jf((l[bt]||null).action),o=a.submitter;o&&(t=(t=o[bt]||null)?Jf(t.formAction):o.getAttribute("formAction"),t!==null&&(i=t,o=null));var r=new qi("action","action",null,a,l);e.push({event:r,listeners:[{instance:null,listener:function(){if(a.defaultPrevented){if(In!==0){var m=o?Ff(l,o):new FormData(l);no(n,{pending:!0,data:m,method:l.method,action:i},null,m)}}else typeof i=="function"&&(r.preventDefault(),m=o?Ff(l,o):new FormData(l),no(n,{pending:!0,data:m,method:l.method,action:i},i,m))},currentTarget:l}]})}}for(var Vo=0;Vo<bu.length;Vo++){var ko=bu[Vo],Wg=ko.toLowerCase(),Pg=ko[0].toUpperCase()+ko.slice(1);Pt(Wg,"on"+Pg)}Pt(Rr,"onAnimationEnd"),Pt(jr,"onAnimationIteration"),Pt(Ur,"onAnimationStart"),Pt("dblclick","onDoubleClick"),Pt("focusin","onFocus"),Pt("focusout","onBlur"),Pt(gg,"onTransitionRun"),Pt(yg,"onTransitionStart"),Pt(pg,"onTransitionCancel"),Pt(_r,"onTransitionEnd"),Ba("onMouseEnter",["mouseout","mouseover"]),Ba("onMouseLeave",["mouseout","mouseover"]),Ba("onPointerEnter",["pointerout","pointerover"]),Ba("onPointerLeave",["pointerout","pointerover"]),ma("onChange","change click focusin focusout input keydown keyup selectionchange".split(" ")),ma("onSelect","focusout contextmenu dragend focusin keydown keyup mousedown mouseup selectionchange".split(" ")),ma("onBeforeInput",["compositionend","keypress","textInput","paste"]),ma("onCompositionEnd","compositionend focusout keydown keypress keyup mousedown".split(" ")),ma("onCompositionStart","compositionstart focusout keydown keypress keyup mousedown".split(" ")),ma("onCompositionUpdate","compositionupdate focusout keydown keypress keyup mousedown".split(" "));var fi="abort canplay canplaythrough durationchange emptied encrypted ended error loadeddata loadedmetadata loadstart pause play playing progress ratechange resize seeked seeking stalled suspend timeupdate volumechange waiting".split(" "),ey=new Set("beforetoggle cancel close invalid load scroll scrollend toggle".split(" ").concat(fi));function Kf(e,t){t=(t&4)!==0;for(var n=0;n<e.length;n++){var a=e[n],l=a.event;a=a.listeners;e:{var i=void 0;if(t)for(var o=a.length-1;0<=o;o--){var r=a[o],m=r.instance,j=r.currentTarget;if(r=r.listener,m!==i&&l.isPropagationStopped())break e;i=r,l.currentTarget=j;try{i(l)}catch(D){ki(D)}l.currentTarget=null,i=m}else for(o=0;o<a.length;o++){if(r=a[o],m=r.instance,j=r.currentTarget,r=r.listener,m!==i&&l.isPropagationStopped())break e;i=r,l.currentTarget=j;try{i(l)}catch(D){ki(D)}l.currentTarget=null,i=m}}}}function fe(e,t){var n=t[Is];n===void 0&&(n=t[Is]=new Set);var a=e+"__bubble";n.has(a)||(If(t,e,2,!1),n.add(a))}function Bo(e,t,n){var a=0;t&&(a|=4),If(n,e,a,t)}var Rs="_reactListening"+Math.random().toString(36).slice(2);function Ho(e){if(!e[Rs]){e[Rs]=!0,$c.forEach(function(n){n!=="selectionchange"&&(ey.has(n)||Bo(n,!1,e),Bo(n,!0,e))});var t=e.nodeType===9?e:e.ownerDocument;t===null||t[Rs]||(t[Rs]=!0,Bo("selectionchange",!1,t))}}function If(e,t,n,a){switch(jm(t)){case 2:var l=_y;break;case 8:l=Ty;break;default:l=nc}n=l.bind(null,t,n,e),l=void 0,!su||t!=="touchstart"&&t!=="touchmove"&&t!=="wheel"||(l=!0),a?l!==void 0?e.addEventListener(t,n,{capture:!0,passive:l}):e.addEventListener(t,n,!0):l!==void 0?e.addEventListener(t,n,{passive:l}):e.addEventListener(t,n,!1)}function Yo(e,t,n,a,l){var i=a;if((t&1)===0&&(t&2)===0&&a!==null)e:for(;;){if(a===null)return;var o=a.tag;if(o===3||o===4){var r=a.stateNode.containerInfo;if(r===l)break;if(o===4)for(o=a.return;o!==null;){var m=o.tag;if((m===3||m===4)&&o.stateNode.containerInfo===l)return;o=o.return}for(;r!==null;){if(o=Ma(r),o===null)return;if(m=o.tag,m===5||m===6||m===26||m===27){a=i=o;continue e}r=r.parentNode}}a=a.return}tr(function(){var j=i,D=lu(n),q=[];e:{var _=Tr.get(e);if(_!==void 0){var C=qi,$=e;switch(e){case"keypress":if(zi(n)===0)break e;case"keydown":case"keyup":C=Zh;break;case"focusin":$="focus",C=ru;break;case"focusout":$="blur",C=ru;break;case"beforeblur":case"afterblur":C=ru;break;case"click":if(n.button===2)break e;case"auxclick":case"dblclick":case"mousedown":case"mousemove":case"mouseup":case"mouseout":case"mouseover":case"contextmenu":C=lr;break;case"drag":case"dragend":case"dragenter":case"dragexit":case"dragleave":case"dragover":case"dragstart":case"drop":C=Lh;break;case"touchcancel":case"touchend":case"touchmove":case"touchstart":C=Kh;break;case Rr:case jr:case Ur:C=Vh;break;case _r:C=Wh;break;case"scroll":case"scrollend":C=Oh;break;case"wheel":C=eg;break;case"copy":case"cut":case"paste":C=Bh;break;case"gotpointercapture":case"lostpointercapture":case"pointercancel":case"pointerdown":case"pointermove":case"pointerout":case"pointerover":case"pointerup":C=sr;break;case"toggle":case"beforetoggle":C=ng}var F=(t&4)!==0,De=!F&&(e==="scroll"||e==="scrollend"),w=F?_!==null?_+"Capture":null:_;F=[];for(var p=j,A;p!==null;){var z=p;if(A=z.stateNode,z=z.tag,z!==5&&z!==26&&z!==27||A===null||w===null||(z=zl(p,w),z!=null&&F.push(mi(p,z,A))),De)break;p=p.return}0<F.length&&(_=new C(_,$,null,n,D),q.push({event:_,listeners:F}))}}if((t&7)===0){e:{if(_=e==="mouseover"||e==="pointerover",C=e==="mouseout"||e==="pointerout",_&&n!==au&&($=n.relatedTarget||n.fromElement)&&(Ma($)||$[qa]))break e;if((C||_)&&(_=D.window===D?D:(_=D.ownerDocument)?_.defaultView||_.parentWindow:window,C?($=n.relatedTarget||n.toElement,C=j,$=$?Ma($):null,$!==null&&(De=U($),F=$.tag,$!==De||F!==5&&F!==27&&F!==6)&&($=null)):(C=null,$=j),C!==$)){if(F=lr,z="onMouseLeave",w="onMouseEnter",p="mouse",(e==="pointerout"||e==="pointerover")&&(F=sr,z="onPointerLeave",w="onPointerEnter",p="pointer"),De=C==null?_:Ol(C),A=$==null?_:Ol($),_=new F(z,p+"leave",C,n,D),_.target=De,_.relatedTarget=A,z=null,Ma(D)===j&&(F=new F(w,p+"enter",$,n,D),F.target=A,F.relatedTarget=De,z=F),De=z,C&&$)t:{for(F=ty,w=C,p=$,A=0,z=w;z;z=F(z))A++;z=0;for(var Z=p;Z;Z=F(Z))z++;for(;0<A-z;)w=F(w),A--;for(;0<z-A;)p=F(p),z--;for(;A--;){if(w===p||p!==null&&w===p.alternate){F=w;break t}w=F(w),p=F(p)}F=null}else F=null;C!==null&&Wf(q,_,C,F,!1),$!==null&&De!==null&&Wf(q,De,$,F,!0)}}e:{if(_=j?Ol(j):window,C=_.nodeName&&_.nodeName.toLowerCase(),C==="select"||C==="input"&&_.type==="file")var Se=hr;else if(fr(_))if(gr)Se=fg;else{Se=rg;var X=cg}else C=_.nodeName,!C||C.toLowerCase()!=="input"||_.type!=="checkbox"&&_.type!=="radio"?j&&nu(j.elementType)&&(Se=hr):Se=dg;if(Se&&(Se=Se(e,j))){mr(q,Se,n,D);break e}X&&X(e,_,j),e==="focusout"&&j&&_.type==="number"&&j.memoizedProps.value!=null&&tu(_,"number",_.value)}switch(X=j?Ol(j):window,e){case"focusin":(fr(X)||X.contentEditable==="true")&&(Qa=X,yu=j,Yl=null);break;case"focusout":Yl=yu=Qa=null;break;case"mousedown":pu=!0;break;case"contextmenu":case"mouseup":case"dragend":pu=!1,Er(q,n,D);break;case"selectionchange":if(hg)break;case"keydown":case"keyup":Er(q,n,D)}var ue;if(fu)e:{switch(e){case"compositionstart":var he="onCompositionStart";break e;case"compositionend":he="onCompositionEnd";break e;case"compositionupdate":he="onCompositionUpdate";break e}he=void 0}else Xa?rr(e,n)&&(he="onCompositionEnd"):e==="keydown"&&n.keyCode===229&&(he="onCompositionStart");he&&(ur&&n.locale!=="ko"&&(Xa||he!=="onCompositionStart"?he==="onCompositionEnd"&&Xa&&(ue=nr()):(Ln=D,uu="value"in Ln?Ln.value:Ln.textContent,Xa=!0)),X=js(j,he),0<X.length&&(he=new ir(he,e,null,n,D),q.push({event:he,listeners:X}),ue?he.data=ue:(ue=dr(n),ue!==null&&(he.data=ue)))),(ue=lg?ig(e,n):sg(e,n))&&(he=js(j,"onBeforeInput"),0<he.length&&(X=new ir("onBeforeInput","beforeinput",null,n,D),q.push({event:X,listeners:he}),X.data=ue)),Ig(q,e,j,n,D)}Kf(q,t)})}function mi(e,t,n){return{instance:e,listener:t,currentTarget:n}}function js(e,t){for(var n=t+"Capture",a=[];e!==null;){var l=e,i=l.stateNode;if(l=l.tag,l!==5&&l!==26&&l!==27||i===null||(l=zl(e,n),l!=null&&a.unshift(mi(e,l,i)),l=zl(e,t),l!=null&&a.push(mi(e,l,i))),e.tag===3)return a;e=e.return}return[]}function ty(e){if(e===null)return null;do e=e.return;while(e&&e.tag!==5&&e.tag!==27);return e||null}function Wf(e,t,n,a,l){for(var i=t._reactName,o=[];n!==null&&n!==a;){var r=n,m=r.alternate,j=r.stateNode;if(r=r.tag,m!==null&&m===a)break;r!==5&&r!==26&&r!==27||j===null||(m=j,l?(j=zl(n,i),j!=null&&o.unshift(mi(n,j,m))):l||(j=zl(n,i),j!=null&&o.push(mi(n,j,m)))),n=n.return}o.length!==0&&e.push({event:t,listeners:o})}var ny=/\r\n?/g,ay=/\u0000|\uFFFD/g;function Pf(e){return(typeof e=="string"?e:""+e).replace(ny,`
`).replace(ay,"")}function em(e,t){return t=Pf(t),Pf(e)===t}function Ne(e,t,n,a,l,i){switch(n){case"children":typeof a=="string"?t==="body"||t==="textarea"&&a===""||Ya(e,a):(typeof a=="number"||typeof a=="bigint")&&t!=="body"&&Ya(e,""+a);break;case"className":Ci(e,"class",a);break;case"tabIndex":Ci(e,"tabindex",a);break;case"dir":case"role":case"viewBox":case"width":case"height":Ci(e,n,a);break;case"style":Pc(e,a,i);break;case"data":if(t!=="object"){Ci(e,"data",a);break}case"src":case"href":if(a===""&&(t!=="a"||n!=="href")){e.removeAttribute(n);break}if(a==null||typeof a=="function"||typeof a=="symbol"||typeof a=="boolean"){e.removeAttribute(n);break}a=Di(""+a),e.setAttribute(n,a);break;case"action":case"formAction":if(typeof a=="function"){e.setAttribute(n,"javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() manually, consider using form.requestSubmit() instead. If you\\'re trying to use event.stopPropagation() in a submit event handler, consider also calling event.preventDefault().')");break}else typeof i=="function"&&(n==="formAction"?(t!=="input"&&Ne(e,t,"name",l.name,l,null),Ne(e,t,"formEncType",l.formEncType,l,null),Ne(e,t,"formMethod",l.formMethod,l,null),Ne(e,t,"formTarget",l.formTarget,l,null)):(Ne(e,t,"encType",l.encType,l,null),Ne(e,t,"method",l.method,l,null),Ne(e,t,"target",l.target,l,null)));if(a==null||typeof a=="symbol"||typeof a=="boolean"){e.removeAttribute(n);break}a=Di(""+a),e.setAttribute(n,a);break;case"onClick":a!=null&&(e.onclick=dn);break;case"onScroll":a!=null&&fe("scroll",e);break;case"onScrollEnd":a!=null&&fe("scrollend",e);break;case"dangerouslySetInnerHTML":if(a!=null){if(typeof a!="object"||!("__html"in a))throw Error(c(61));if(n=a.__html,n!=null){if(l.children!=null)throw Error(c(60));e.innerHTML=n}}break;case"multiple":e.multiple=a&&typeof a!="function"&&typeof a!="symbol";break;case"muted":e.muted=a&&typeof a!="function"&&typeof a!="symbol";break;case"suppressContentEditableWarning":case"suppressHydrationWarning":case"defaultValue":case"defaultChecked":case"innerHTML":case"ref":break;case"autoFocus":break;case"xlinkHref":if(a==null||typeof a=="function"||typeof a=="boolean"||typeof a=="symbol"){e.removeAttribute("xlink:href");break}n=Di(""+a),e.setAttributeNS("http://www.w3.org/1999/xlink","xlink:href",n);break;case"contentEditable":case"spellCheck":case"draggable":case"value":case"autoReverse":case"externalResourcesRequired":case"focusable":case"preserveAlpha":a!=null&&typeof a!="function"&&typeof a!="symbol"?e.setAttribute(n,""+a):e.removeAttribute(n);break;case"inert":case"allowFullScreen":case"async":case"autoPlay":case"controls":case"default":case"defer":case"disabled":case"disablePictureInPicture":case"disableRemotePlayback":case"formNoValidate":case"hidden":case"loop":case"noModule":case"noValidate":case"open":case"playsInline":case"readOnly":case"required":case"reversed":case"scoped":case"seamless":case"itemScope":a&&typeof a!="function"&&typeof a!="symbol"?e.setAttribute(n,""):e.removeAttribute(n);break;case"capture":case"download":a===!0?e.setAttribute(n,""):a!==!1&&a!=null&&typeof a!="function"&&typeof a!="symbol"?e.setAttribute(n,a):e.removeAttribute(n);break;case"cols":case"rows":case"size":case"span":a!=null&&typeof a!="function"&&typeof a!="symbol"&&!isNaN(a)&&1<=a?e.setAttribute(n,a):e.removeAttribute(n);break;case"rowSpan":case"start":a==null||typeof a=="function"||typeof a=="symbol"||isNaN(a)?e.removeAttribute(n):e.setAttribute(n,a);break;case"popover":fe("beforetoggle",e),fe("toggle",e),Ti(e,"popover",a);break;case"xlinkActuate":rn(e,"http://www.w3.org/1999/xlink","xlink:actuate",a);break;case"xlinkArcrole":rn(e,"http://www.w3.org/1999/xlink","xlink:arcrole",a);break;case"xlinkRole":rn(e,"http://www.w3.org/1999/xlink","xlink:role",a);break;case"xlinkShow":rn(e,"http://www.w3.org/1999/xlink","xlink:show",a);break;case"xlinkTitle":rn(e,"http://www.w3.org/1999/xlink","xlink:title",a);break;case"xlinkType":rn(e,"http://www.w3.org/1999/xlink","xlink:type",a);break;case"xmlBase":rn(e,"http://www.w3.org/XML/1998/namespace","xml:base",a);break;case"xmlLang":rn(e,"http://www.w3.org/XML/1998/namespace","xml:lang",a);break;case"xmlSpace":rn(e,"http://www.w3.org/XML/1998/namespace","xml:space",a);break;case"is":Ti(e,"is",a);break;case"innerText":case"textContent":break;default:(!(2<n.length)||n[0]!=="o"&&n[0]!=="O"||n[1]!=="n"&&n[1]!=="N")&&(n=Nh.get(n)||n,Ti(e,n,a))}}function $o(e,t,n,a,l,i){switch(n){case"style":Pc(e,a,i);break;case"dangerouslySetInnerHTML":if(a!=null){if(typeof a!="object"||!("__html"in a))throw Error(c(61));if(n=a.__html,n!=null){if(l.children!=null)throw Error(c(60));e.innerHTML=n}}break;case"children":typeof a=="string"?Ya(e,a):(typeof a=="number"||typeof a=="bigint")&&Ya(e,""+a);break;case"onScroll":a!=null&&fe("scroll",e);break;case"onScrollEnd":a!=null&&fe("scrollend",e);break;case"onClick":a!=null&&(e.onclick=dn);break;case"suppressContentEditableWarning":case"suppressHydrationWarning":case"innerHTML":case"ref":break;case"innerText":case"textContent":break;default:if(!Gc.hasOwnProperty(n))e:{if(n[0]==="o"&&n[1]==="n"&&(l=n.endsWith("Capture"),t=n.slice(2,l?n.length-7:void 0),i=e[bt]||null,i=i!=null?i[n]:null,typeof i=="function"&&e.removeEventListener(t,i,l),typeof a=="function")){typeof i!="function"&&i!==null&&(n in e?e[n]=null:e.hasAttribute(n)&&e.removeAttribute(n)),e.addEventListener(t,a,l);break e}n in e?e[n]=a:a===!0?e.setAttribute(n,""):Ti(e,n,a)}}}function rt(e,t,n){switch(t){case"div":case"span":case"svg":case"path":case"a":case"g":case"p":case"li":break;case"img":fe("error",e),fe("load",e);var a=!1,l=!1,i;for(i in n)if(n.hasOwnProperty(i)){var o=n[i];if(o!=null)switch(i){case"src":a=!0;break;case"srcSet":l=!0;break;case"children":case"dangerouslySetInnerHTML":throw Error(c(137,t));default:Ne(e,t,i,o,n,null)}}l&&Ne(e,t,"srcSet",n.srcSet,n,null),a&&Ne(e,t,"src",n.src,n,null);return;case"input":fe("invalid",e);var r=i=o=l=null,m=null,j=null;for(a in n)if(n.hasOwnProperty(a)){var D=n[a];if(D!=null)switch(a){case"name":l=D;break;case"type":o=D;break;case"checked":m=D;break;case"defaultChecked":j=D;break;case"value":i=D;break;case"defaultValue":r=D;break;case"children":case"dangerouslySetInnerHTML":if(D!=null)throw Error(c(137,t));break;default:Ne(e,t,a,D,n,null)}}Fc(e,i,r,m,j,o,l,!1);return;case"select":fe("invalid",e),a=o=i=null;for(l in n)if(n.hasOwnProperty(l)&&(r=n[l],r!=null))switch(l){case"value":i=r;break;case"defaultValue":o=r;break;case"multiple":a=r;default:Ne(e,t,l,r,n,null)}t=i,n=o,e.multiple=!!a,t!=null?Ha(e,!!a,t,!1):n!=null&&Ha(e,!!a,n,!0);return;case"textarea":fe("invalid",e),i=l=a=null;for(o in n)if(n.hasOwnProperty(o)&&(r=n[o],r!=null))switch(o){case"value":a=r;break;case"defaultValue":l=r;break;case"children":i=r;break;case"dangerouslySetInnerHTML":if(r!=null)throw Error(c(91));break;default:Ne(e,t,o,r,n,null)}Ic(e,a,l,i);return;case"option":for(m in n)n.hasOwnProperty(m)&&(a=n[m],a!=null)&&(m==="selected"?e.selected=a&&typeof a!="function"&&typeof a!="symbol":Ne(e,t,m,a,n,null));return;case"dialog":fe("beforetoggle",e),fe("toggle",e),fe("cancel",e),fe("close",e);break;case"iframe":case"object":fe("load",e);break;case"video":case"audio":for(a=0;a<fi.length;a++)fe(fi[a],e);break;case"image":fe("error",e),fe("load",e);break;case"details":fe("toggle",e);break;case"embed":case"source":case"link":fe("error",e),fe("load",e);case"area":case"base":case"br":case"col":case"hr":case"keygen":case"meta":case"param":case"track":case"wbr":case"menuitem":for(j in n)if(n.hasOwnProperty(j)&&(a=n[j],a!=null))switch(j){case"children":case"dangerouslySetInnerHTML":throw Error(c(137,t));default:Ne(e,t,j,a,n,null)}return;default:if(nu(t)){for(D in n)n.hasOwnProperty(D)&&(a=n[D],a!==void 0&&$o(e,t,D,a,n,void 0));return}}for(r in n)n.hasOwnProperty(r)&&(a=n[r],a!=null&&Ne(e,t,r,a,n,null))}function ly(e,t,n,a){switch(t){case"div":case"span":case"svg":case"path":case"a":case"g":case"p":case"li":break;case"input":var l=null,i=null,o=null,r=null,m=null,j=null,D=null;for(C in n){var q=n[C];if(n.hasOwnProperty(C)&&q!=null)switch(C){case"checked":break;case"value":break;case"defaultValue":m=q;default:a.hasOwnProperty(C)||Ne(e,t,C,null,a,q)}}for(var _ in a){var C=a[_];if(q=n[_],a.hasOwnProperty(_)&&(C!=null||q!=null))switch(_){case"type":i=C;break;case"name":l=C;break;case"checked":j=C;break;case"defaultChecked":D=C;break;case"value":o=C;break;case"defaultValue":r=C;break;case"children":case"dangerouslySetInnerHTML":if(C!=null)throw Error(c(137,t));break;default:C!==q&&Ne(e,t,_,C,a,q)}}eu(e,o,r,m,j,D,i,l);return;case"select":C=o=r=_=null;for(i in n)if(m=n[i],n.hasOwnProperty(i)&&m!=null)switch(i){case"value":break;case"multiple":C=m;default:a.hasOwnProperty(i)||Ne(e,t,i,null,a,m)}for(l in a)if(i=a[l],m=n[l],a.hasOwnProperty(l)&&(i!=null||m!=null))switch(l){case"value":_=i;break;case"defaultValue":r=i;break;case"multiple":o=i;default:i!==m&&Ne(e,t,l,i,a,m)}t=r,n=o,a=C,_!=null?Ha(e,!!n,_,!1):!!a!=!!n&&(t!=null?Ha(e,!!n,t,!0):Ha(e,!!n,n?[]:"",!1));return;case"textarea":C=_=null;for(r in n)if(l=n[r],n.hasOwnProperty(r)&&l!=null&&!a.hasOwnProperty(r))switch(r){case"value":break;case"children":break;default:Ne(e,t,r,null,a,l)}for(o in a)if(l=a[o],i=n[o],a.hasOwnProperty(o)&&(l!=null||i!=null))switch(o){case"value":_=l;break;case"defaultValue":C=l;break;case"children":break;case"dangerouslySetInnerHTML":if(l!=null)throw Error(c(91));break;default:l!==i&&Ne(e,t,o,l,a,i)}Kc(e,_,C);return;case"option":for(var $ in n)_=n[$],n.hasOwnProperty($)&&_!=null&&!a.hasOwnProperty($)&&($==="selected"?e.selected=!1:Ne(e,t,$,null,a,_));for(m in a)_=a[m],C=n[m],a.hasOwnProperty(m)&&_!==C&&(_!=null||C!=null)&&(m==="selected"?e.selected=_&&typeof _!="function"&&typeof _!="symbol":Ne(e,t,m,_,a,C));return;case"img":case"link":case"area":case"base":case"br":case"col":case"embed":case"hr":case"keygen":case"meta":case"param":case"source":case"track":case"wbr":case"menuitem":for(var F in n)_=n[F],n.hasOwnProperty(F)&&_!=null&&!a.hasOwnProperty(F)&&Ne(e,t,F,null,a,_);for(j in a)if(_=a[j],C=n[j],a.hasOwnProperty(j)&&_!==C&&(_!=null||C!=null))switch(j){case"children":case"dangerouslySetInnerHTML":if(_!=null)throw Error(c(137,t));break;default:Ne(e,t,j,_,a,C)}return;default:if(nu(t)){for(var De in n)_=n[De],n.hasOwnProperty(De)&&_!==void 0&&!a.hasOwnProperty(De)&&$o(e,t,De,void 0,a,_);for(D in a)_=a[D],C=n[D],!a.hasOwnProperty(D)||_===C||_===void 0&&C===void 0||$o(e,t,D,_,a,C);return}}for(var w in n)_=n[w],n.hasOwnProperty(w)&&_!=null&&!a.hasOwnProperty(w)&&Ne(e,t,w,null,a,_);for(q in a)_=a[q],C=n[q],!a.hasOwnProperty(q)||_===C||_==null&&C==null||Ne(e,t,q,_,a,C)}function tm(e){switch(e){case"css":case"script":case"font":case"img":case"image":case"input":case"link":return!0;default:return!1}}function iy(){if(typeof performance.getEntriesByType=="function"){for(var e=0,t=0,n=performance.getEntriesByType("resource"),a=0;a<n.length;a++){var l=n[a],i=l.transferSize,o=l.initiatorType,r=l.duration;if(i&&r&&tm(o)){for(o=0,r=l.responseEnd,a+=1;a<n.length;a++){var m=n[a],j=m.startTime;if(j>r)break;var D=m.transferSize,q=m.initiatorType;D&&tm(q)&&(m=m.responseEnd,o+=D*(m<r?1:(r-j)/(m-j)))}if(--a,t+=8*(i+o)/(l.duration/1e3),e++,10<e)break}}if(0<e)return t/e/1e6}return navigator.connection&&(e=navigator.connection.downlink,typeof e=="number")?e:5}var Go=null,Xo=null;function Us(e){return e.nodeType===9?e:e.ownerDocument}function nm(e){switch(e){case"http://www.w3.org/2000/svg":return 1;case"http://www.w3.org/1998/Math/MathML":return 2;default:return 0}}function am(e,t){if(e===0)switch(t){case"svg":return 1;case"math":return 2;default:return 0}return e===1&&t==="foreignObject"?0:e}function Qo(e,t){return e==="textarea"||e==="noscript"||typeof t.children=="string"||typeof t.children=="number"||typeof t.children=="bigint"||typeof t.dangerouslySetInnerHTML=="object"&&t.dangerouslySetInnerHTML!==null&&t.dangerouslySetInnerHTML.__html!=null}var Zo=null;function sy(){var e=window.event;return e&&e.type==="popstate"?e===Zo?!1:(Zo=e,!0):(Zo=null,!1)}var lm=typeof setTimeout=="function"?setTimeout:void 0,uy=typeof clearTimeout=="function"?clearTimeout:void 0,im=typeof Promise=="function"?Promise:void 0,oy=typeof queueMicrotask=="function"?queueMicrotask:typeof im<"u"?function(e){return im.resolve(null).then(e).catch(cy)}:lm;function cy(e){setTimeout(function(){throw e})}function Wn(e){return e==="head"}function sm(e,t){var n=t,a=0;do{var l=n.nextSibling;if(e.removeChild(n),l&&l.nodeType===8)if(n=l.data,n==="/$"||n==="/&"){if(a===0){e.removeChild(l),bl(t);return}a--}else if(n==="$"||n==="$?"||n==="$~"||n==="$!"||n==="&")a++;else if(n==="html")hi(e.ownerDocument.documentElement);else if(n==="head"){n=e.ownerDocument.head,hi(n);for(var i=n.firstChild;i;){var o=i.nextSibling,r=i.nodeName;i[Dl]||r==="SCRIPT"||r==="STYLE"||r==="LINK"&&i.rel.toLowerCase()==="stylesheet"||n.removeChild(i),i=o}}else n==="body"&&hi(e.ownerDocument.body);n=l}while(n);bl(t)}function um(e,t){var n=e;e=0;do{var a=n.nextSibling;if(n.nodeType===1?t?(n._stashedDisplay=n.style.display,n.style.display="none"):(n.style.display=n._stashedDisplay||"",n.getAttribute("style")===""&&n.removeAttribute("style")):n.nodeType===3&&(t?(n._stashedText=n.nodeValue,n.nodeValue=""):n.nodeValue=n._stashedText||""),a&&a.nodeType===8)if(n=a.data,n==="/$"){if(e===0)break;e--}else n!=="$"&&n!=="$?"&&n!=="$~"&&n!=="$!"||e++;n=a}while(n)}function Jo(e){var t=e.firstChild;for(t&&t.nodeType===10&&(t=t.nextSibling);t;){var n=t;switch(t=t.nextSibling,n.nodeName){case"HTML":case"HEAD":case"BODY":Jo(n),Ws(n);continue;case"SCRIPT":case"STYLE":continue;case"LINK":if(n.rel.toLowerCase()==="stylesheet")continue}e.removeChild(n)}}function ry(e,t,n,a){for(;e.nodeType===1;){var l=n;if(e.nodeName.toLowerCase()!==t.toLowerCase()){if(!a&&(e.nodeName!=="INPUT"||e.type!=="hidden"))break}else if(a){if(!e[Dl])switch(t){case"meta":if(!e.hasAttribute("itemprop"))break;return e;case"link":if(i=e.getAttribute("rel"),i==="stylesheet"&&e.hasAttribute("data-precedence"))break;if(i!==l.rel||e.getAttribute("href")!==(l.href==null||l.href===""?null:l.href)||e.getAttribute("crossorigin")!==(l.crossOrigin==null?null:l.crossOrigin)||e.getAttribute("title")!==(l.title==null?null:l.title))break;return e;case"style":if(e.hasAttribute("data-precedence"))break;return e;case"script":if(i=e.getAttribute("src"),(i!==(l.src==null?null:l.src)||e.getAttribute("type")!==(l.type==null?null:l.type)||e.getAttribute("crossorigin")!==(l.crossOrigin==null?null:l.crossOrigin))&&i&&e.hasAttribute("async")&&!e.hasAttribute("itemprop"))break;return e;default:return e}}else if(t==="input"&&e.type==="hidden"){var i=l.name==null?null:""+l.name;if(l.type==="hidden"&&e.getAttribute("name")===i)return e}else return e;if(e=Jt(e.nextSibling),e===null)break}return null}function dy(e,t,n){if(t==="")return null;for(;e.nodeType!==3;)if((e.nodeType!==1||e.nodeName!=="INPUT"||e.type!=="hidden")&&!n||(e=Jt(e.nextSibling),e===null))return null;return e}function om(e,t){for(;e.nodeType!==8;)if((e.nodeType!==1||e.nodeName!=="INPUT"||e.type!=="hidden")&&!t||(e=Jt(e.nextSibling),e===null))return null;return e}function Fo(e){return e.data==="$?"||e.data==="$~"}function Ko(e){return e.data==="$!"||e.data==="$?"&&e.ownerDocument.readyState!=="loading"}function fy(e,t){var n=e.ownerDocument;if(e.data==="$~")e._reactRetry=t;else if(e.data!=="$?"||n.readyState!=="loading")t();else{var a=function(){t(),n.removeEventListener("DOMContentLoaded",a)};n.addEventListener("DOMContentLoaded",a),e._reactRetry=a}}function Jt(e){for(;e!=null;e=e.nextSibling){var t=e.nodeType;if(t===1||t===3)break;if(t===8){if(t=e.data,t==="$"||t==="$!"||t==="$?"||t==="$~"||t==="&"||t==="F!"||t==="F")break;if(t==="/$"||t==="/&")return null}}return e}var Io=null;function cm(e){e=e.nextSibling;for(var t=0;e;){if(e.nodeType===8){var n=e.data;if(n==="/$"||n==="/&"){if(t===0)return Jt(e.nextSibling);t--}else n!=="$"&&n!=="$!"&&n!=="$?"&&n!=="$~"&&n!=="&"||t++}e=e.nextSibling}return null}function rm(e){e=e.previousSibling;for(var t=0;e;){if(e.nodeType===8){var n=e.data;if(n==="$"||n==="$!"||n==="$?"||n==="$~"||n==="&"){if(t===0)return e;t--}else n!=="/$"&&n!=="/&"||t++}e=e.previousSibling}return null}function dm(e,t,n){switch(t=Us(n),e){case"html":if(e=t.documentElement,!e)throw Error(c(452));return e;case"head":if(e=t.head,!e)throw Error(c(453));return e;case"body":if(e=t.body,!e)throw Error(c(454));return e;default:throw Error(c(451))}}function hi(e){for(var t=e.attributes;t.length;)e.removeAttributeNode(t[0]);Ws(e)}var Ft=new Map,fm=new Set;function _s(e){return typeof e.getRootNode=="function"?e.getRootNode():e.nodeType===9?e:e.ownerDocument}var Un=B.d;B.d={f:my,r:hy,D:gy,C:yy,L:py,m:vy,X:Sy,S:by,M:wy};function my(){var e=Un.f(),t=bs();return e||t}function hy(e){var t=Va(e);t!==null&&t.tag===5&&t.type==="form"?_d(t):Un.r(e)}var yl=typeof document>"u"?null:document;function mm(e,t,n){var a=yl;if(a&&typeof t=="string"&&t){var l=Ht(t);l='link[rel="'+e+'"][href="'+l+'"]',typeof n=="string"&&(l+='[crossorigin="'+n+'"]'),fm.has(l)||(fm.add(l),e={rel:e,crossOrigin:n,href:t},a.querySelector(l)===null&&(t=a.createElement("link"),rt(t,"link",e),at(t),a.head.appendChild(t)))}}function gy(e){Un.D(e),mm("dns-prefetch",e,null)}function yy(e,t){Un.C(e,t),mm("preconnect",e,t)}function py(e,t,n){Un.L(e,t,n);var a=yl;if(a&&e&&t){var l='link[rel="preload"][as="'+Ht(t)+'"]';t==="image"&&n&&n.imageSrcSet?(l+='[imagesrcset="'+Ht(n.imageSrcSet)+'"]',typeof n.imageSizes=="string"&&(l+='[imagesizes="'+Ht(n.imageSizes)+'"]')):l+='[href="'+Ht(e)+'"]';var i=l;switch(t){case"style":i=pl(e);break;case"script":i=vl(e)}Ft.has(i)||(e=M({rel:"preload",href:t==="image"&&n&&n.imageSrcSet?void 0:e,as:t},n),Ft.set(i,e),a.querySelector(l)!==null||t==="style"&&a.querySelector(gi(i))||t==="script"&&a.querySelector(yi(i))||(t=a.createElement("link"),rt(t,"link",e),at(t),a.head.appendChild(t)))}}function vy(e,t){Un.m(e,t);var n=yl;if(n&&e){var a=t&&typeof t.as=="string"?t.as:"script",l='link[rel="modulepreload"][as="'+Ht(a)+'"][href="'+Ht(e)+'"]',i=l;switch(a){case"audioworklet":case"paintworklet":case"serviceworker":case"sharedworker":case"worker":case"script":i=vl(e)}if(!Ft.has(i)&&(e=M({rel:"modulepreload",href:e},t),Ft.set(i,e),n.querySelector(l)===null)){switch(a){case"audioworklet":case"paintworklet":case"serviceworker":case"sharedworker":case"worker":case"script":if(n.querySelector(yi(i)))return}a=n.createElement("link"),rt(a,"link",e),at(a),n.head.appendChild(a)}}}function by(e,t,n){Un.S(e,t,n);var a=yl;if(a&&e){var l=ka(a).hoistableStyles,i=pl(e);t=t||"default";var o=l.get(i);if(!o){var r={loading:0,preload:null};if(o=a.querySelector(gi(i)))r.loading=5;else{e=M({rel:"stylesheet",href:e,"data-precedence":t},n),(n=Ft.get(i))&&Wo(e,n);var m=o=a.createElement("link");at(m),rt(m,"link",e),m._p=new Promise(function(j,D){m.onload=j,m.onerror=D}),m.addEventListener("load",function(){r.loading|=1}),m.addEventListener("error",function(){r.loading|=2}),r.loading|=4,Ts(o,t,a)}o={type:"stylesheet",instance:o,count:1,state:r},l.set(i,o)}}}function Sy(e,t){Un.X(e,t);var n=yl;if(n&&e){var a=ka(n).hoistableScripts,l=vl(e),i=a.get(l);i||(i=n.querySelector(yi(l)),i||(e=M({src:e,async:!0},t),(t=Ft.get(l))&&Po(e,t),i=n.createElement("script"),at(i),rt(i,"link",e),n.head.appendChild(i)),i={type:"script",instance:i,count:1,state:null},a.set(l,i))}}function wy(e,t){Un.M(e,t);var n=yl;if(n&&e){var a=ka(n).hoistableScripts,l=vl(e),i=a.get(l);i||(i=n.querySelector(yi(l)),i||(e=M({src:e,async:!0,type:"module"},t),(t=Ft.get(l))&&Po(e,t),i=n.createElement("script"),at(i),rt(i,"link",e),n.head.appendChild(i)),i={type:"script",instance:i,count:1,state:null},a.set(l,i))}}function hm(e,t,n,a){var l=(l=le.current)?_s(l):null;if(!l)throw Error(c(446));switch(e){case"meta":case"title":return null;case"style":return typeof n.precedence=="string"&&typeof n.href=="string"?(t=pl(n.href),n=ka(l).hoistableStyles,a=n.get(t),a||(a={type:"style",instance:null,count:0,state:null},n.set(t,a)),a):{type:"void",instance:null,count:0,state:null};case"link":if(n.rel==="stylesheet"&&typeof n.href=="string"&&typeof n.precedence=="string"){e=pl(n.href);var i=ka(l).hoistableStyles,o=i.get(e);if(o||(l=l.ownerDocument||l,o={type:"stylesheet",instance:null,count:0,state:{loading:0,preload:null}},i.set(e,o),(i=l.querySelector(gi(e)))&&!i._p&&(o.instance=i,o.state.loading=5),Ft.has(e)||(n={rel:"preload",as:"style",href:n.href,crossOrigin:n.crossOrigin,integrity:n.integrity,media:n.media,hrefLang:n.hrefLang,referrerPolicy:n.referrerPolicy},Ft.set(e,n),i||xy(l,e,n,o.state))),t&&a===null)throw Error(c(528,""));return o}if(t&&a!==null)throw Error(c(529,""));return null;case"script":return t=n.async,n=n.src,typeof n=="string"&&t&&typeof t!="function"&&typeof t!="symbol"?(t=vl(n),n=ka(l).hoistableScripts,a=n.get(t),a||(a={type:"script",instance:null,count:0,state:null},n.set(t,a)),a):{type:"void",instance:null,count:0,state:null};default:throw Error(c(444,e))}}function pl(e){return'href="'+Ht(e)+'"'}function gi(e){return'link[rel="stylesheet"]['+e+"]"}function gm(e){return M({},e,{"data-precedence":e.precedence,precedence:null})}function xy(e,t,n,a){e.querySelector('link[rel="preload"][as="style"]['+t+"]")?a.loading=1:(t=e.createElement("link"),a.preload=t,t.addEventListener("load",function(){return a.loading|=1}),t.addEventListener("error",function(){return a.loading|=2}),rt(t,"link",n),at(t),e.head.appendChild(t))}function vl(e){return'[src="'+Ht(e)+'"]'}function yi(e){return"script[async]"+e}function ym(e,t,n){if(t.count++,t.instance===null)switch(t.type){case"style":var a=e.querySelector('style[data-href~="'+Ht(n.href)+'"]');if(a)return t.instance=a,at(a),a;var l=M({},n,{"data-href":n.href,"data-precedence":n.precedence,href:null,precedence:null});return a=(e.ownerDocument||e).createElement("style"),at(a),rt(a,"style",l),Ts(a,n.precedence,e),t.instance=a;case"stylesheet":l=pl(n.href);var i=e.querySelector(gi(l));if(i)return t.state.loading|=4,t.instance=i,at(i),i;a=gm(n),(l=Ft.get(l))&&Wo(a,l),i=(e.ownerDocument||e).createElement("link"),at(i);var o=i;return o._p=new Promise(function(r,m){o.onload=r,o.onerror=m}),rt(i,"link",a),t.state.loading|=4,Ts(i,n.precedence,e),t.instance=i;case"script":return i=vl(n.src),(l=e.querySelector(yi(i)))?(t.instance=l,at(l),l):(a=n,(l=Ft.get(i))&&(a=M({},n),Po(a,l)),e=e.ownerDocument||e,l=e.createElement("script"),at(l),rt(l,"link",a),e.head.appendChild(l),t.instance=l);case"void":return null;default:throw Error(c(443,t.type))}else t.type==="stylesheet"&&(t.state.loading&4)===0&&(a=t.instance,t.state.loading|=4,Ts(a,n.precedence,e));return t.instance}function Ts(e,t,n){for(var a=n.querySelectorAll('link[rel="stylesheet"][data-precedence],style[data-precedence]'),l=a.length?a[a.length-1]:null,i=l,o=0;o<a.length;o++){var r=a[o];if(r.dataset.precedence===t)i=r;else if(i!==l)break}i?i.parentNode.insertBefore(e,i.nextSibling):(t=n.nodeType===9?n.head:n,t.insertBefore(e,t.firstChild))}function Wo(e,t){e.crossOrigin==null&&(e.crossOrigin=t.crossOrigin),e.referrerPolicy==null&&(e.referrerPolicy=t.referrerPolicy),e.title==null&&(e.title=t.title)}function Po(e,t){e.crossOrigin==null&&(e.crossOrigin=t.crossOrigin),e.referrerPolicy==null&&(e.referrerPolicy=t.referrerPolicy),e.integrity==null&&(e.integrity=t.integrity)}var Cs=null;function pm(e,t,n){if(Cs===null){var a=new Map,l=Cs=new Map;l.set(n,a)}else l=Cs,a=l.get(n),a||(a=new Map,l.set(n,a));if(a.has(e))return a;for(a.set(e,null),n=n.getElementsByTagName(e),l=0;l<n.length;l++){var i=n[l];if(!(i[Dl]||i[st]||e==="link"&&i.getAttribute("rel")==="stylesheet")&&i.namespaceURI!=="http://www.w3.org/2000/svg"){var o=i.getAttribute(t)||"";o=e+o;var r=a.get(o);r?r.push(i):a.set(o,[i])}}return a}function vm(e,t,n){e=e.ownerDocument||e,e.head.insertBefore(n,t==="title"?e.querySelector("head > title"):null)}function Ey(e,t,n){if(n===1||t.itemProp!=null)return!1;switch(e){case"meta":case"title":return!0;case"style":if(typeof t.precedence!="string"||typeof t.href!="string"||t.href==="")break;return!0;case"link":if(typeof t.rel!="string"||typeof t.href!="string"||t.href===""||t.onLoad||t.onError)break;return t.rel==="stylesheet"?(e=t.disabled,typeof t.precedence=="string"&&e==null):!0;case"script":if(t.async&&typeof t.async!="function"&&typeof t.async!="symbol"&&!t.onLoad&&!t.onError&&t.src&&typeof t.src=="string")return!0}return!1}function bm(e){return!(e.type==="stylesheet"&&(e.state.loading&3)===0)}function Ay(e,t,n,a){if(n.type==="stylesheet"&&(typeof a.media!="string"||matchMedia(a.media).matches!==!1)&&(n.state.loading&4)===0){if(n.instance===null){var l=pl(a.href),i=t.querySelector(gi(l));if(i){t=i._p,t!==null&&typeof t=="object"&&typeof t.then=="function"&&(e.count++,e=Ns.bind(e),t.then(e,e)),n.state.loading|=4,n.instance=i,at(i);return}i=t.ownerDocument||t,a=gm(a),(l=Ft.get(l))&&Wo(a,l),i=i.createElement("link"),at(i);var o=i;o._p=new Promise(function(r,m){o.onload=r,o.onerror=m}),rt(i,"link",a),n.instance=i}e.stylesheets===null&&(e.stylesheets=new Map),e.stylesheets.set(n,t),(t=n.state.preload)&&(n.state.loading&3)===0&&(e.count++,n=Ns.bind(e),t.addEventListener("load",n),t.addEventListener("error",n))}}var ec=0;function Ry(e,t){return e.stylesheets&&e.count===0&&Os(e,e.stylesheets),0<e.count||0<e.imgCount?function(n){var a=setTimeout(function(){if(e.stylesheets&&Os(e,e.stylesheets),e.unsuspend){var i=e.unsuspend;e.unsuspend=null,i()}},6e4+t);0<e.imgBytes&&ec===0&&(ec=62500*iy());var l=setTimeout(function(){if(e.waitingForImages=!1,e.count===0&&(e.stylesheets&&Os(e,e.stylesheets),e.unsuspend)){var i=e.unsuspend;e.unsuspend=null,i()}},(e.imgBytes>ec?50:800)+t);return e.unsuspend=n,function(){e.unsuspend=null,clearTimeout(a),clearTimeout(l)}}:null}function Ns(){if(this.count--,this.count===0&&(this.imgCount===0||!this.waitingForImages)){if(this.stylesheets)Os(this,this.stylesheets);else if(this.unsuspend){var e=this.unsuspend;this.unsuspend=null,e()}}}var Ds=null;function Os(e,t){e.stylesheets=null,e.unsuspend!==null&&(e.count++,Ds=new Map,t.forEach(jy,e),Ds=null,Ns.call(e))}function jy(e,t){if(!(t.state.loading&4)){var n=Ds.get(e);if(n)var a=n.get(null);else{n=new Map,Ds.set(e,n);for(var l=e.querySelectorAll("link[data-precedence],style[data-precedence]"),i=0;i<l.length;i++){var o=l[i];(o.nodeName==="LINK"||o.getAttribute("media")!=="not all")&&(n.set(o.dataset.precedence,o),a=o)}a&&n.set(null,a)}l=t.instance,o=l.getAttribute("data-precedence"),i=n.get(o)||a,i===a&&n.set(null,l),n.set(o,l),this.count++,a=Ns.bind(this),l.addEventListener("load",a),l.addEventListener("error",a),i?i.parentNode.insertBefore(l,i.nextSibling):(e=e.nodeType===9?e.head:e,e.insertBefore(l,e.firstChild)),t.state.loading|=4}}var pi={$$typeof:G,Provider:null,Consumer:null,_currentValue:J,_currentValue2:J,_threadCount:0};function Uy(e,t,n,a,l,i,o,r,m){this.tag=1,this.containerInfo=e,this.pingCache=this.current=this.pendingChildren=null,this.timeoutHandle=-1,this.callbackNode=this.next=this.pendingContext=this.context=this.cancelPendingCommit=null,this.callbackPriority=0,this.expirationTimes=Js(-1),this.entangledLanes=this.shellSuspendCounter=this.errorRecoveryDisabledLanes=this.expiredLanes=this.warmLanes=this.pingedLanes=this.suspendedLanes=this.pendingLanes=0,this.entanglements=Js(0),this.hiddenUpdates=Js(null),this.identifierPrefix=a,this.onUncaughtError=l,this.onCaughtError=i,this.onRecoverableError=o,this.pooledCache=null,this.pooledCacheLanes=0,this.formState=m,this.incompleteTransitions=new Map}function Sm(e,t,n,a,l,i,o,r,m,j,D,q){return e=new Uy(e,t,n,o,m,j,D,q,r),t=1,i===!0&&(t|=24),i=Nt(3,null,null,t),e.current=i,i.stateNode=e,t=Du(),t.refCount++,e.pooledCache=t,t.refCount++,i.memoizedState={element:a,isDehydrated:n,cache:t},qu(i),e}function wm(e){return e?(e=Fa,e):Fa}function xm(e,t,n,a,l,i){l=wm(l),a.context===null?a.context=l:a.pendingContext=l,a=Hn(t),a.payload={element:n},i=i===void 0?null:i,i!==null&&(a.callback=i),n=Yn(e,a,t),n!==null&&(Rt(n,e,t),Fl(n,e,t))}function Em(e,t){if(e=e.memoizedState,e!==null&&e.dehydrated!==null){var n=e.retryLane;e.retryLane=n!==0&&n<t?n:t}}function tc(e,t){Em(e,t),(e=e.alternate)&&Em(e,t)}function Am(e){if(e.tag===13||e.tag===31){var t=pa(e,67108864);t!==null&&Rt(t,e,67108864),tc(e,67108864)}}function Rm(e){if(e.tag===13||e.tag===31){var t=qt();t=Fs(t);var n=pa(e,t);n!==null&&Rt(n,e,t),tc(e,t)}}var zs=!0;function _y(e,t,n,a){var l=N.T;N.T=null;var i=B.p;try{B.p=2,nc(e,t,n,a)}finally{B.p=i,N.T=l}}function Ty(e,t,n,a){var l=N.T;N.T=null;var i=B.p;try{B.p=8,nc(e,t,n,a)}finally{B.p=i,N.T=l}}function nc(e,t,n,a){if(zs){var l=ac(a);if(l===null)Yo(e,t,a,Ls,n),Um(e,a);else if(Ny(l,e,t,n,a))a.stopPropagation();else if(Um(e,a),t&4&&-1<Cy.indexOf(e)){for(;l!==null;){var i=Va(l);if(i!==null)switch(i.tag){case 3:if(i=i.stateNode,i.current.memoizedState.isDehydrated){var o=fa(i.pendingLanes);if(o!==0){var r=i;for(r.pendingLanes|=2,r.entangledLanes|=2;o;){var m=1<<31-ke(o);r.entanglements[1]|=m,o&=~m}un(i),(Ee&6)===0&&(ps=Pe()+500,di(0))}}break;case 31:case 13:r=pa(i,2),r!==null&&Rt(r,i,2),bs(),tc(i,2)}if(i=ac(a),i===null&&Yo(e,t,a,Ls,n),i===l)break;l=i}l!==null&&a.stopPropagation()}else Yo(e,t,a,null,n)}}function ac(e){return e=lu(e),lc(e)}var Ls=null;function lc(e){if(Ls=null,e=Ma(e),e!==null){var t=U(e);if(t===null)e=null;else{var n=t.tag;if(n===13){if(e=S(t),e!==null)return e;e=null}else if(n===31){if(e=T(t),e!==null)return e;e=null}else if(n===3){if(t.stateNode.current.memoizedState.isDehydrated)return t.tag===3?t.stateNode.containerInfo:null;e=null}else t!==e&&(e=null)}}return Ls=e,null}function jm(e){switch(e){case"beforetoggle":case"cancel":case"click":case"close":case"contextmenu":case"copy":case"cut":case"auxclick":case"dblclick":case"dragend":case"dragstart":case"drop":case"focusin":case"focusout":case"input":case"invalid":case"keydown":case"keypress":case"keyup":case"mousedown":case"mouseup":case"paste":case"pause":case"play":case"pointercancel":case"pointerdown":case"pointerup":case"ratechange":case"reset":case"resize":case"seeked":case"submit":case"toggle":case"touchcancel":case"touchend":case"touchstart":case"volumechange":case"change":case"selectionchange":case"textInput":case"compositionstart":case"compositionend":case"compositionupdate":case"beforeblur":case"afterblur":case"beforeinput":case"blur":case"fullscreenchange":case"focus":case"hashchange":case"popstate":case"select":case"selectstart":return 2;case"drag":case"dragenter":case"dragexit":case"dragleave":case"dragover":case"mousemove":case"mouseout":case"mouseover":case"pointermove":case"pointerout":case"pointerover":case"scroll":case"touchmove":case"wheel":case"mouseenter":case"mouseleave":case"pointerenter":case"pointerleave":return 8;case"message":switch(Zs()){case _l:return 2;case Tl:return 8;case mt:case Dn:return 32;case ra:return 268435456;default:return 32}default:return 32}}var ic=!1,Pn=null,ea=null,ta=null,vi=new Map,bi=new Map,na=[],Cy="mousedown mouseup touchcancel touchend touchstart auxclick dblclick pointercancel pointerdown pointerup dragend dragstart drop compositionend compositionstart keydown keypress keyup input textInput copy cut paste click change contextmenu reset".split(" ");function Um(e,t){switch(e){case"focusin":case"focusout":Pn=null;break;case"dragenter":case"dragleave":ea=null;break;case"mouseover":case"mouseout":ta=null;break;case"pointerover":case"pointerout":vi.delete(t.pointerId);break;case"gotpointercapture":case"lostpointercapture":bi.delete(t.pointerId)}}function Si(e,t,n,a,l,i){return e===null||e.nativeEvent!==i?(e={blockedOn:t,domEventName:n,eventSystemFlags:a,nativeEvent:i,targetContainers:[l]},t!==null&&(t=Va(t),t!==null&&Am(t)),e):(e.eventSystemFlags|=a,t=e.targetContainers,l!==null&&t.indexOf(l)===-1&&t.push(l),e)}function Ny(e,t,n,a,l){switch(t){case"focusin":return Pn=Si(Pn,e,t,n,a,l),!0;case"dragenter":return ea=Si(ea,e,t,n,a,l),!0;case"mouseover":return ta=Si(ta,e,t,n,a,l),!0;case"pointerover":var i=l.pointerId;return vi.set(i,Si(vi.get(i)||null,e,t,n,a,l)),!0;case"gotpointercapture":return i=l.pointerId,bi.set(i,Si(bi.get(i)||null,e,t,n,a,l)),!0}return!1}function _m(e){var t=Ma(e.target);if(t!==null){var n=U(t);if(n!==null){if(t=n.tag,t===13){if(t=S(n),t!==null){e.blockedOn=t,Hc(e.priority,function(){Rm(n)});return}}else if(t===31){if(t=T(n),t!==null){e.blockedOn=t,Hc(e.priority,function(){Rm(n)});return}}else if(t===3&&n.stateNode.current.memoizedState.isDehydrated){e.blockedOn=n.tag===3?n.stateNode.containerInfo:null;return}}}e.blockedOn=null}function qs(e){if(e.blockedOn!==null)return!1;for(var t=e.targetContainers;0<t.length;){var n=ac(e.nativeEvent);if(n===null){n=e.nativeEvent;var a=new n.constructor(n.type,n);au=a,n.target.dispatchEvent(a),au=null}else return t=Va(n),t!==null&&Am(t),e.blockedOn=n,!1;t.shift()}return!0}function Tm(e,t,n){qs(e)&&n.delete(t)}function Dy(){ic=!1,Pn!==null&&qs(Pn)&&(Pn=null),ea!==null&&qs(ea)&&(ea=null),ta!==null&&qs(ta)&&(ta=null),vi.forEach(Tm),bi.forEach(Tm)}function Ms(e,t){e.blockedOn===t&&(e.blockedOn=null,ic||(ic=!0,u.unstable_scheduleCallback(u.unstable_NormalPriority,Dy)))}var Vs=null;function Cm(e){Vs!==e&&(Vs=e,u.unstable_scheduleCallback(u.unstable_NormalPriority,function(){Vs===e&&(Vs=null);for(var t=0;t<e.length;t+=3){var n=e[t],a=e[t+1],l=e[t+2];if(typeof a!="function"){if(lc(a||n)===null)continue;break}var i=Va(n);i!==null&&(e.splice(t,3),t-=3,no(i,{pending:!0,data:l,method:n.method,action:a},a,l))}}))}function bl(e){function t(m){return Ms(m,e)}Pn!==null&&Ms(Pn,e),ea!==null&&Ms(ea,e),ta!==null&&Ms(ta,e),vi.forEach(t),bi.forEach(t);for(var n=0;n<na.length;n++){var a=na[n];a.blockedOn===e&&(a.blockedOn=null)}for(;0<na.length&&(n=na[0],n.blockedOn===null);)_m(n),n.blockedOn===null&&na.shift();if(n=(e.ownerDocument||e).$$reactFormReplay,n!=null)for(a=0;a<n.length;a+=3){var l=n[a],i=n[a+1],o=l[bt]||null;if(typeof i=="function")o||Cm(n);else if(o){var r=null;if(i&&i.hasAttribute("formAction")){if(l=i,o=i[bt]||null)r=o.formAction;else if(lc(l)!==null)continue}else r=o.action;typeof r=="function"?n[a+1]=r:(n.splice(a,3),a-=3),Cm(n)}}}function Nm(){function e(i){i.canIntercept&&i.info==="react-transition"&&i.intercept({handler:function(){return new Promise(function(o){return l=o})},focusReset:"manual",scroll:"manual"})}function t(){l!==null&&(l(),l=null),a||setTimeout(n,20)}function n(){if(!a&&!navigation.transition){var i=navigation.currentEntry;i&&i.url!=null&&navigation.navigate(i.url,{state:i.getState(),info:"react-transition",history:"replace"})}}if(typeof navigation=="object"){var a=!1,l=null;return navigation.addEventListener("navigate",e),navigation.addEventListener("navigatesuccess",t),navigation.addEventListener("navigateerror",t),setTimeout(n,100),function(){a=!0,navigation.removeEventListener("navigate",e),navigation.removeEventListener("navigatesuccess",t),navigation.removeEventListener("navigateerror",t),l!==null&&(l(),l=null)}}}function sc(e){this._internalRoot=e}ks.prototype.render=sc.prototype.render=function(e){var t=this._internalRoot;if(t===null)throw Error(c(409));var n=t.current,a=qt();xm(n,a,e,t,null,null)},ks.prototype.unmount=sc.prototype.unmount=function(){var e=this._internalRoot;if(e!==null){this._internalRoot=null;var t=e.containerInfo;xm(e.current,2,null,e,null,null),bs(),t[qa]=null}};function ks(e){this._internalRoot=e}ks.prototype.unstable_scheduleHydration=function(e){if(e){var t=Bc();e={blockedOn:null,target:e,priority:t};for(var n=0;n<na.length&&t!==0&&t<na[n].priority;n++);na.splice(n,0,e),n===0&&_m(e)}};var Dm=f.version;if(Dm!=="19.2.9")throw Error(c(527,Dm,"19.2.9"));B.findDOMNode=function(e){var t=e._reactInternals;if(t===void 0)throw typeof e.render=="function"?Error(c(188)):(e=Object.keys(e).join(","),Error(c(268,e)));return e=g(t),e=e!==null?O(e):null,e=e===null?null:e.stateNode,e};var Oy={bundleType:0,version:"19.2.9",rendererPackageName:"react-dom",currentDispatcherRef:N,reconcilerVersion:"19.2.9"};if(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__<"u"){var Bs=__REACT_DEVTOOLS_GLOBAL_HOOK__;if(!Bs.isDisabled&&Bs.supportsFiber)try{K=Bs.inject(Oy),oe=Bs}catch{}}return xi.createRoot=function(e,t){if(!h(e))throw Error(c(299));var n=!1,a="",l=Vd,i=kd,o=Bd;return t!=null&&(t.unstable_strictMode===!0&&(n=!0),t.identifierPrefix!==void 0&&(a=t.identifierPrefix),t.onUncaughtError!==void 0&&(l=t.onUncaughtError),t.onCaughtError!==void 0&&(i=t.onCaughtError),t.onRecoverableError!==void 0&&(o=t.onRecoverableError)),t=Sm(e,1,!1,null,null,n,a,null,l,i,o,Nm),e[qa]=t.current,Ho(e),new sc(t)},xi.hydrateRoot=function(e,t,n){if(!h(e))throw Error(c(299));var a=!1,l="",i=Vd,o=kd,r=Bd,m=null;return n!=null&&(n.unstable_strictMode===!0&&(a=!0),n.identifierPrefix!==void 0&&(l=n.identifierPrefix),n.onUncaughtError!==void 0&&(i=n.onUncaughtError),n.onCaughtError!==void 0&&(o=n.onCaughtError),n.onRecoverableError!==void 0&&(r=n.onRecoverableError),n.formState!==void 0&&(m=n.formState)),t=Sm(e,1,!0,t,n??null,a,l,m,i,o,r,Nm),t.context=wm(null),n=t.current,a=qt(),a=Fs(a),l=Hn(a),l.callback=null,Yn(n,l,a),n=a,t.current.lanes=n,Nl(t,n),un(t),e[qa]=t.current,Ho(e),new ks(t)},xi.version="19.2.9",xi}var Ym;function $y(){if(Ym)return cc.exports;Ym=1;function u(){if(!(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__>"u"||typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE!="function"))try{__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(u)}catch(f){console.error(f)}}return u(),cc.exports=Yy(),cc.exports}var Gy=$y();const Xy="/graphql",yc="accounts:signed-out",Zm="PAYLOAD_TOO_LARGE";class _n extends Error{constructor(f,d){super(f),this.code=d}code}async function P(u,...[f,d]){return Jm(Xy,u,f??{},d)}function Qy(u,f){const d=u.__meta__?.hash;return typeof d=="string"?{documentId:d,variables:f}:{query:u.toString(),variables:f}}async function Jm(u,f,d,c){const h={};c?.session&&(h["Accounts-Session"]="cookie");const U=Qy(f,d);let S;const T=Object.entries(c?.files??{});if(T.length>0){const O=new FormData;O.append("operations",JSON.stringify(U)),O.append("map",JSON.stringify(Object.fromEntries(T.map(([M],y)=>[String(y),[`variables.${M}`]])))),T.forEach(([,M],y)=>O.append(String(y),M,M.name)),h["Apollo-Require-Preflight"]="true",S=O}else h["Content-Type"]="application/json",S=JSON.stringify(U);let b;try{b=await fetch(u,{method:"POST",headers:h,body:S,credentials:"same-origin"})}catch{throw new _n("The service cannot be reached. Check your connection and try again.")}if(b.status===413)throw new _n("The file is too large.",Zm);if(b.status===404)throw new _n("This part of the service is switched off.","NOT_FOUND");let g;try{g=await b.json()}catch{throw new _n(`The service answered ${b.status} ${b.statusText}.`)}if(g.errors?.length){const O=g.errors[0];throw O.extensions?.code==="UNAUTHENTICATED"&&window.dispatchEvent(new Event(yc)),new _n(O.message,O.extensions?.code)}if(!g.data)throw new _n("The service answered no data.");return g.data}const Fm="accounts.deviceToken";function Tn(){try{return localStorage.getItem(Fm)}catch{return null}}function Ec(u){try{u&&localStorage.setItem(Fm,u)}catch{}}function Zy(){const u={productName:"Accounts",logoUrl:null,passkeyOrigins:[window.location.origin],adminApi:!1},f=document.querySelector('meta[name="accounts-config"]')?.getAttribute("content");if(!f)return u;try{const d=JSON.parse(f);return{productName:typeof d.productName=="string"&&d.productName?d.productName:u.productName,logoUrl:typeof d.logoUrl=="string"?d.logoUrl:null,passkeyOrigins:Array.isArray(d.passkeyOrigins)?d.passkeyOrigins.filter(c=>typeof c=="string"):[],adminApi:d.adminApi===!0}}catch{return u}}const ia=Zy();let Kt=class extends String{__apiType;value;__meta__;constructor(f,d){super(f),this.value=f,this.__meta__=d}toString(){return this.value}};const Jy=new Kt(`
    fragment ActionResultFields on AdminActionResult {
  __typename
  ... on UserActionDone {
    sessionsEnded
    changed
  }
  ... on UserNotFound {
    message
  }
  ... on ActionRefused {
    code
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
  ... on ReauthenticationRequired {
    message
    methods
    passwordRequired
  }
}
    `,{fragmentName:"ActionResultFields"}),Fy=new Kt(`
    query Whoami {
  whoami {
    actor
    role
    canAct
    canAdminister
  }
}
    `,{hash:"sha256:566b37db4f1808c74398c4c4305e34b3f3237a822e805d22fbe284fe92b9cf0a"}),Ky=new Kt(`
    query FindUsers($first: Int!, $after: String, $query: String, $status: AccountStatus, $role: Role) {
  users(first: $first, after: $after, query: $query, status: $status, role: $role) {
    edges {
      node {
        id
        email
        username
        firstName
        lastName
        status
        role
        dateJoined
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `,{hash:"sha256:8ec0f13a693b68ce768211bb8e6bbac39a585912a7b0bc54a29a920c16d9d1e9"}),Iy=new Kt(`
    query AdminUserDetail($id: ID!) {
  user(id: $id) {
    id
    email
    username
    firstName
    lastName
    status
    role
    emailVerified
    pendingEmail
    hasPassword
    dateJoined
    lastLogin
    twoFactorEnabled
    passkeyCount
    externalIdentities {
      id
      provider
      email
      linkedAt
    }
    sessions {
      id
      createdAt
      lastUsedAt
      userAgent
      ipAddress
      assurance
    }
    securityEvents(first: 20) {
      edges {
        node {
          id
          kind
          at
          ipAddress
        }
      }
    }
  }
}
    `,{hash:"sha256:86014f692b7e3f2fa7505cd9703fa9d32a0aaef7717cda1857df98302d4490a6"}),Wy=new Kt(`
    mutation SuspendUser($id: ID!, $reason: String!) {
  suspendUser(id: $id, reason: $reason) {
    ...ActionResultFields
  }
}
    fragment ActionResultFields on AdminActionResult {
  __typename
  ... on UserActionDone {
    sessionsEnded
    changed
  }
  ... on UserNotFound {
    message
  }
  ... on ActionRefused {
    code
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
  ... on ReauthenticationRequired {
    message
    methods
    passwordRequired
  }
}`,{hash:"sha256:b54fcd9c9f609afbc1ae6ed390ac653109916ba717d62e3422241a27402a8440"}),Py=new Kt(`
    mutation ReactivateUser($id: ID!, $reason: String) {
  reactivateUser(id: $id, reason: $reason) {
    ...ActionResultFields
  }
}
    fragment ActionResultFields on AdminActionResult {
  __typename
  ... on UserActionDone {
    sessionsEnded
    changed
  }
  ... on UserNotFound {
    message
  }
  ... on ActionRefused {
    code
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
  ... on ReauthenticationRequired {
    message
    methods
    passwordRequired
  }
}`,{hash:"sha256:3d16862c4b2408c48b8c4a6f14d705a20b80f28afe6955cf1aa941e39f43c045"}),ep=new Kt(`
    mutation RevokeUserSessions($id: ID!, $reason: String) {
  revokeUserSessions(id: $id, reason: $reason) {
    ...ActionResultFields
  }
}
    fragment ActionResultFields on AdminActionResult {
  __typename
  ... on UserActionDone {
    sessionsEnded
    changed
  }
  ... on UserNotFound {
    message
  }
  ... on ActionRefused {
    code
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
  ... on ReauthenticationRequired {
    message
    methods
    passwordRequired
  }
}`,{hash:"sha256:084bab509c27581c0f3a6b8a43078a7a38000b220ee11634fd1ecddb555c8b6d"}),tp=new Kt(`
    mutation ResetUserTwoFactor($id: ID!, $reason: String!) {
  resetUserTwoFactor(id: $id, reason: $reason) {
    ...ActionResultFields
  }
}
    fragment ActionResultFields on AdminActionResult {
  __typename
  ... on UserActionDone {
    sessionsEnded
    changed
  }
  ... on UserNotFound {
    message
  }
  ... on ActionRefused {
    code
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
  ... on ReauthenticationRequired {
    message
    methods
    passwordRequired
  }
}`,{hash:"sha256:a2402190af784a03297f2f0b2dd65cdc137e22354a0a796b98447640e130486d"}),np=new Kt(`
    mutation SendPasswordReset($id: ID!, $reason: String) {
  sendPasswordReset(id: $id, reason: $reason) {
    ...ActionResultFields
  }
}
    fragment ActionResultFields on AdminActionResult {
  __typename
  ... on UserActionDone {
    sessionsEnded
    changed
  }
  ... on UserNotFound {
    message
  }
  ... on ActionRefused {
    code
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
  ... on ReauthenticationRequired {
    message
    methods
    passwordRequired
  }
}`,{hash:"sha256:57b680ad98dbbe890a0769afeaba1ec7146e556da88f42ef7b81a5e29083a1bd"}),ap=new Kt(`
    mutation DeleteUser($id: ID!, $reason: String!) {
  deleteUser(id: $id, reason: $reason) {
    ...ActionResultFields
  }
}
    fragment ActionResultFields on AdminActionResult {
  __typename
  ... on UserActionDone {
    sessionsEnded
    changed
  }
  ... on UserNotFound {
    message
  }
  ... on ActionRefused {
    code
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
  ... on ReauthenticationRequired {
    message
    methods
    passwordRequired
  }
}`,{hash:"sha256:6553609103c81e42ff0f953c1682ebedcb3b1e6c025ac8dd52e5988c022161fd"}),lp=new Kt(`
    mutation SetUserRole($id: ID!, $role: Role!, $reason: String) {
  setUserRole(id: $id, role: $role, reason: $reason) {
    ...ActionResultFields
  }
}
    fragment ActionResultFields on AdminActionResult {
  __typename
  ... on UserActionDone {
    sessionsEnded
    changed
  }
  ... on UserNotFound {
    message
  }
  ... on ActionRefused {
    code
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
  ... on ReauthenticationRequired {
    message
    methods
    passwordRequired
  }
}`,{hash:"sha256:1ef6f14057ee824cc6c5c8bf3c157d53731d866af87481bc13d01dcfe641841e"}),ip=new Kt(`
    query AuditLog($first: Int!, $after: String, $actor: String, $target: ID) {
  auditLog(first: $first, after: $after, actor: $actor, target: $target) {
    edges {
      node {
        id
        at
        actor
        actorRole
        action
        targetId
        targetLabel
        reason
        detail
        ipAddress
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `,{hash:"sha256:23df7dcfa792f05279eeeb7fbb0534bda5887796686b91b5e034559eebdb2e04"}),sp={"\n  query Whoami {\n    whoami {\n      actor\n      role\n      canAct\n      canAdminister\n    }\n  }\n":Fy,"\n  query FindUsers($first: Int!, $after: String, $query: String, $status: AccountStatus, $role: Role) {\n    users(first: $first, after: $after, query: $query, status: $status, role: $role) {\n      edges {\n        node {\n          id\n          email\n          username\n          firstName\n          lastName\n          status\n          role\n          dateJoined\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":Ky,"\n  query AdminUserDetail($id: ID!) {\n    user(id: $id) {\n      id\n      email\n      username\n      firstName\n      lastName\n      status\n      role\n      emailVerified\n      pendingEmail\n      hasPassword\n      dateJoined\n      lastLogin\n      twoFactorEnabled\n      passkeyCount\n      externalIdentities {\n        id\n        provider\n        email\n        linkedAt\n      }\n      sessions {\n        id\n        createdAt\n        lastUsedAt\n        userAgent\n        ipAddress\n        assurance\n      }\n      securityEvents(first: 20) {\n        edges {\n          node {\n            id\n            kind\n            at\n            ipAddress\n          }\n        }\n      }\n    }\n  }\n":Iy,"\n  fragment ActionResultFields on AdminActionResult {\n    __typename\n    ... on UserActionDone {\n      sessionsEnded\n      changed\n    }\n    ... on UserNotFound {\n      message\n    }\n    ... on ActionRefused {\n      code\n      message\n    }\n    ... on ValidationError {\n      message\n      fields {\n        field\n        code\n        message\n      }\n    }\n    ... on UserAlreadyExists {\n      message\n      fields {\n        field\n        code\n        message\n      }\n    }\n    ... on RateLimited {\n      message\n      retryAfterSeconds\n    }\n    ... on ReauthenticationRequired {\n      message\n      methods\n      passwordRequired\n    }\n  }\n":Jy,"\n  mutation SuspendUser($id: ID!, $reason: String!) {\n    suspendUser(id: $id, reason: $reason) {\n      ...ActionResultFields\n    }\n  }\n":Wy,"\n  mutation ReactivateUser($id: ID!, $reason: String) {\n    reactivateUser(id: $id, reason: $reason) {\n      ...ActionResultFields\n    }\n  }\n":Py,"\n  mutation RevokeUserSessions($id: ID!, $reason: String) {\n    revokeUserSessions(id: $id, reason: $reason) {\n      ...ActionResultFields\n    }\n  }\n":ep,"\n  mutation ResetUserTwoFactor($id: ID!, $reason: String!) {\n    resetUserTwoFactor(id: $id, reason: $reason) {\n      ...ActionResultFields\n    }\n  }\n":tp,"\n  mutation SendPasswordReset($id: ID!, $reason: String) {\n    sendPasswordReset(id: $id, reason: $reason) {\n      ...ActionResultFields\n    }\n  }\n":np,"\n  mutation DeleteUser($id: ID!, $reason: String!) {\n    deleteUser(id: $id, reason: $reason) {\n      ...ActionResultFields\n    }\n  }\n":ap,"\n  mutation SetUserRole($id: ID!, $role: Role!, $reason: String) {\n    setUserRole(id: $id, role: $role, reason: $reason) {\n      ...ActionResultFields\n    }\n  }\n":lp,"\n  query AuditLog($first: Int!, $after: String, $actor: String, $target: ID) {\n    auditLog(first: $first, after: $after, actor: $actor, target: $target) {\n      edges {\n        node {\n          id\n          at\n          actor\n          actorRole\n          action\n          targetId\n          targetLabel\n          reason\n          detail\n          ipAddress\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":ip};function It(u){return sp[u]??{}}const Km=It(`
  query Whoami {
    whoami {
      actor
      role
      canAct
      canAdminister
    }
  }
`),up=It(`
  query FindUsers($first: Int!, $after: String, $query: String, $status: AccountStatus, $role: Role) {
    users(first: $first, after: $after, query: $query, status: $status, role: $role) {
      edges {
        node {
          id
          email
          username
          firstName
          lastName
          status
          role
          dateJoined
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`),op=It(`
  query AdminUserDetail($id: ID!) {
    user(id: $id) {
      id
      email
      username
      firstName
      lastName
      status
      role
      emailVerified
      pendingEmail
      hasPassword
      dateJoined
      lastLogin
      twoFactorEnabled
      passkeyCount
      externalIdentities {
        id
        provider
        email
        linkedAt
      }
      sessions {
        id
        createdAt
        lastUsedAt
        userAgent
        ipAddress
        assurance
      }
      securityEvents(first: 20) {
        edges {
          node {
            id
            kind
            at
            ipAddress
          }
        }
      }
    }
  }
`);It(`
  fragment ActionResultFields on AdminActionResult {
    __typename
    ... on UserActionDone {
      sessionsEnded
      changed
    }
    ... on UserNotFound {
      message
    }
    ... on ActionRefused {
      code
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
    ... on ReauthenticationRequired {
      message
      methods
      passwordRequired
    }
  }
`);const cp=It(`
  mutation SuspendUser($id: ID!, $reason: String!) {
    suspendUser(id: $id, reason: $reason) {
      ...ActionResultFields
    }
  }
`),rp=It(`
  mutation ReactivateUser($id: ID!, $reason: String) {
    reactivateUser(id: $id, reason: $reason) {
      ...ActionResultFields
    }
  }
`),dp=It(`
  mutation RevokeUserSessions($id: ID!, $reason: String) {
    revokeUserSessions(id: $id, reason: $reason) {
      ...ActionResultFields
    }
  }
`),fp=It(`
  mutation ResetUserTwoFactor($id: ID!, $reason: String!) {
    resetUserTwoFactor(id: $id, reason: $reason) {
      ...ActionResultFields
    }
  }
`),mp=It(`
  mutation SendPasswordReset($id: ID!, $reason: String) {
    sendPasswordReset(id: $id, reason: $reason) {
      ...ActionResultFields
    }
  }
`),hp=It(`
  mutation DeleteUser($id: ID!, $reason: String!) {
    deleteUser(id: $id, reason: $reason) {
      ...ActionResultFields
    }
  }
`),gp=It(`
  mutation SetUserRole($id: ID!, $role: Role!, $reason: String) {
    setUserRole(id: $id, role: $role, reason: $reason) {
      ...ActionResultFields
    }
  }
`),$m=It(`
  query AuditLog($first: Int!, $after: String, $actor: String, $target: ID) {
    auditLog(first: $first, after: $after, actor: $actor, target: $target) {
      edges {
        node {
          id
          at
          actor
          actorRole
          action
          targetId
          targetLabel
          reason
          detail
          ipAddress
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`),yp="/admin/graphql";function Mt(u,...[f]){return Jm(yp,u,f??{})}function pp(u){const[f,d]=k.useState(null);return k.useEffect(()=>{if(d(null),!u||!ia.adminApi)return;let c=!0;return Mt(Km).then(({whoami:h})=>c&&d(h)).catch(()=>c&&d(null)),()=>{c=!1}},[u]),f}const Na="/account";function pc(){return(window.location.pathname.startsWith(Na)?window.location.pathname.slice(Na.length):"/").replace(/\/+$/,"")||"/"}function dt(u,f=!1,d=null){const c=Na+u;f?window.history.replaceState(d,"",c):window.history.pushState(d,"",c),window.dispatchEvent(new PopStateEvent("popstate"))}function la(u){const d=window.history.state?.[u];return typeof d=="string"?d:null}function Ac(){const u=new URLSearchParams(window.location.search).get("next");return u&&/^\/[a-z-]*$/.test(u)?u:"/"}function Im(){const[u,f]=k.useState(()=>({path:pc(),query:new URLSearchParams(window.location.search)}));return k.useEffect(()=>{const d=()=>f({path:pc(),query:new URLSearchParams(window.location.search)});return window.addEventListener("popstate",d),()=>window.removeEventListener("popstate",d)},[]),u}function vp(u){k.useEffect(()=>{document.title=`${u} · ${ia.productName}`},[u])}function Ge({to:u,...f}){const d=h=>{h.button!==0||h.metaKey||h.ctrlKey||h.shiftKey||h.altKey||(h.preventDefault(),dt(u))},c=pc()===u.split("?")[0];return s.jsx("a",{href:Na+u,onClick:d,"aria-current":c?"page":void 0,...f})}function _e(u,f={}){const d=u.__typename?f[u.__typename]:void 0;if(d)return{message:"",fields:{[d.field]:d.message??u.message??""},retryAfterSeconds:u.retryAfterSeconds};const c={};for(const h of u.fields??[])c[h.field]=c[h.field]?`${c[h.field]} ${h.message}`:h.message;return{message:u.message??"Something went wrong.",fields:c,retryAfterSeconds:u.retryAfterSeconds}}const Ai={InvalidCredentials:{field:"currentPassword",message:"That is not your current password."}};function $s(u){return u instanceof _n&&u.code==="UNAUTHENTICATED"?{message:"You are signed out. Log in again.",fields:{}}:u instanceof _n&&u.code===Zm?{message:"",fields:{image:"This image is too large for the service: choose a smaller one."}}:{message:u instanceof Error?u.message:String(u),fields:{}}}function Wm(u){const f=new Date(Date.now()+u*1e3);return`Try again in ${u<90?`${u} seconds`:`${Math.ceil(u/60)} minutes`} (at ${f.toLocaleTimeString()}).`}function bp(u,f){if(!u||!(f in u.fields))return u;const d={...u.fields};return delete d[f],Object.keys(d).length===0&&(!u.message||u.message==="Some fields are invalid.")?null:{...u,fields:d}}function Ae(u){const[f,d]=k.useState(u),[c,h]=k.useState(!1),[U,S]=k.useState(null),[T,b]=k.useState(null),g=k.useRef(null);k.useEffect(()=>{U&&Object.keys(U.fields).length>0&&g.current?.querySelector('[aria-invalid="true"]')?.focus()},[U]);const O=(R,E)=>{d(x=>({...x,[R]:E})),S(x=>bp(x,R)),b(null)};return{values:f,setValues:d,change:O,bind:R=>({name:R,value:f[R],error:U?.fields[R],onChange:E=>O(R,E.target.value)}),reset:()=>d(u),busy:c,problem:U,setProblem:S,done:T,setDone:b,run:R=>async E=>{if(E?.preventDefault(),!c){E?.currentTarget instanceof HTMLFormElement&&(g.current=E.currentTarget),h(!0),S(null),b(null);try{const x=await R();typeof x=="string"?b(x):S(x??null)}catch(x){S($s(x))}finally{h(!1)}}}}}function W({label:u,error:f,hint:d,multiline:c,...h}){const U=k.useId(),S=[d?`${U}-hint`:"",f?`${U}-error`:""].filter(Boolean).join(" ")||void 0,T={id:U,"aria-invalid":f?!0:void 0,"aria-describedby":S};return s.jsxs("div",{className:f?"field invalid":"field",children:[s.jsx("label",{htmlFor:U,children:u}),c?s.jsx("textarea",{...T,name:h.name,value:h.value,onChange:h.onChange,rows:3}):s.jsx("input",{...T,...h}),d&&s.jsx("p",{className:"hint",id:`${U}-hint`,children:d}),f&&s.jsx("p",{className:"error",id:`${U}-error`,children:f})]})}function ce({problem:u,shown:f=[]}){if(!u)return null;const d=Object.entries(u.fields).filter(([c])=>!f.includes(c));return!u.message&&d.length===0&&u.retryAfterSeconds===void 0?null:s.jsxs("div",{className:"alert",role:"alert",children:[u.message&&s.jsx("p",{children:u.message}),d.map(([c,h])=>s.jsx("p",{children:h},c)),u.retryAfterSeconds!==void 0&&s.jsx("p",{children:Wm(u.retryAfterSeconds)}),u.link&&s.jsx("p",{children:s.jsx("a",{href:u.link.href,children:u.link.text})})]})}function Oe({children:u,warn:f}){return s.jsx("div",{className:f?"notice warn":"notice",role:"status",children:u})}function He({busy:u,danger:f,children:d}){return s.jsx("button",{type:"submit",className:f?"danger":"primary",disabled:u,"aria-busy":u||void 0,children:d})}class te extends String{__apiType;value;__meta__;constructor(f,d){super(f),this.value=f,this.__meta__=d}toString(){return this.value}}const Sp=new te(`
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
    `,{fragmentName:"UserFields"}),wp=new te(`
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
}`,{fragmentName:"LoginOutcome"}),xp=new te(`
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}
    `,{fragmentName:"StepUpFields"}),Ep=new te(`
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
}`,{fragmentName:"UpdateOutcome"}),Ap=new te(`
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
}`,{fragmentName:"RecoveryCodesOutcome"}),Rp=new te(`
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
}`,{fragmentName:"ExternalStart"}),jp=new te(`
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
}`,{hash:"sha256:60c292b0f70db1102a8627685385d301687e0a29671488ce2c5a580d63aa6a7e"}),Up=new te(`
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
}`,{hash:"sha256:85d0f8f3e5b0b0df63956153d711548c3c2aedaf4d5272b013a6cacea3f95cc3"}),_p=new te(`
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
}`,{hash:"sha256:08c20f8c1187a6544760ecfab4e084d3d5e20302855eef27cb0b927e362e97ea"}),Tp=new te(`
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
    `,{hash:"sha256:dccd9b65269f09c117a27fb58422509bc079072f33ea2041d1fe92079f6320c1"}),Cp=new te(`
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
}`,{hash:"sha256:3a0bce4d9b9d7344e9d2e488d0de8406923dfb94c399b65758ab6b3e9af30bb6"}),Np=new te(`
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
}`,{hash:"sha256:20a23dd7d0aee65cb849dba434b70dad9a9d00dbc555163ebc5291f0a1a02b73"}),Dp=new te(`
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
    `,{hash:"sha256:178bba2917522e5a62db63a67bb5b1a5919d8fe8ede4b684ebd567333f42f1c6"}),Op=new te(`
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
}`,{hash:"sha256:21ff6273d4ae6560e14f6d20718cfd26793d2716e2a74c71c52eb3fc6f1ba454"}),zp=new te(`
    mutation Logout {
  logout {
    ... on LogoutSuccess {
      revokedSessions
    }
  }
}
    `,{hash:"sha256:d17d01fe114e686cc843f3c687ac48593c8846d1bfea3fd39d4e4adf7e4e68da"}),Lp=new te(`
    mutation LogoutAll {
  logoutAll {
    ... on LogoutSuccess {
      revokedSessions
    }
  }
}
    `,{hash:"sha256:71560c191c768a194cdfb40b19c1046866d61fd94a5311ccb17e37e050556d64"}),qp=new te(`
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
    `,{hash:"sha256:9c1fafa61586b378928aafefc6b8c12e014187edc682eb9b1d7c6190f64f0540"}),Mp=new te(`
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
    `,{hash:"sha256:efc62d8377b6c6b812b21bae34d7a6ccb4c97729c75f875482227c85b6fede44"}),Vp=new te(`
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
    `,{hash:"sha256:42234dfb249ad42eb9f131eb3dd44e6b0d74d9a4acff2db99fd23fe2f9ab682d"}),kp=new te(`
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
}`,{hash:"sha256:045717299b6a0deafdb769a204a24bf655562128a2bd344b48ee1d4f20118af2"}),Bp=new te(`
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
}`,{hash:"sha256:656d66d9efbee1493e543f31a504c4e51aa55473ac25c6acef00fca8242da6b9"}),Hp=new te(`
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
}`,{hash:"sha256:81aac8ee3fc143bbf129bdaedc79bf131812c4c489e42d5e5022c9dd5642b5ec"}),Yp=new te(`
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
}`,{hash:"sha256:4c1aff098bcc4f3e5cba2620b5446e99b270baa72209d8b44376905a1ac50008"}),$p=new te(`
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
}`,{hash:"sha256:775b48db2b21b4e68a2161bd90af1b33321592e3121de4bb390506e013dfc107"}),Gp=new te(`
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
}`,{hash:"sha256:ff0b561d5abdd4b2b8068484650e7a84d62fd04f1971be20a1d8fcf09cb01e28"}),Xp=new te(`
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
    `,{hash:"sha256:850adbb4ed1c43b2282ff800f0858e42bc4e3859a85f9fc572cac10b4ea02edf"}),Qp=new te(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id) {
    ... on LogoutSuccess {
      revokedSessions
    }
  }
}
    `,{hash:"sha256:9e0c1a81c7c70a05a88c830a5106147476727ea3d2b8f14ecff0a54a0c062d5c"}),Zp=new te(`
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
    `,{hash:"sha256:d686829c11fe3c4e262d88dfb5219ec4ef18abcd8813653f7d378f09ca790608"}),Jp=new te(`
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
}`,{hash:"sha256:3f9bd22077bccd16d36e3c971d39322ba2f32f0b7e0ca3818d427b19ad793e52"}),Fp=new te(`
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
}`,{hash:"sha256:34dc25ae5da7cb629017a5de7e1c3bddc363fba3375c8862473309fd2dbac5ee"}),Kp=new te(`
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
}`,{hash:"sha256:59109c9e3fa68e70182cbeec37c9c960a7541dd1dce70cc0836b3ea8aa5667d9"}),Ip=new te(`
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
}`,{hash:"sha256:5c0666656d14d0d0f40c2959aad6c23013811e9e45254d5c706c91fd9b213658"}),Wp=new te(`
    query Passkeys {
  passkeys {
    id
    name
    createdAt
    lastUsedAt
  }
}
    `,{hash:"sha256:800c208ef4a935d392c5c5850edc9d856b5be9448f0254fd5b289564ddeadbec"}),Pp=new te(`
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
}`,{hash:"sha256:871a316a2623dc26b130164df27429ef1c7c0aed9d16009d256adae7c0f883fb"}),ev=new te(`
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
}`,{hash:"sha256:48d5185ad441d567d693d914f19cbbf9c35c70e30792dafeb971b7260887e8b0"}),tv=new te(`
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
}`,{hash:"sha256:8f757fa6ddf62208d7c718715fef7f983caf7f140b9c05dd40ad4d07ea007183"}),nv=new te(`
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
    `,{hash:"sha256:194f49882375163d425c57624680a68c85fcae38db42157f3d38fcd3d3f34f2d"}),av=new te(`
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
}`,{hash:"sha256:3b4f375e3859985c67deec1fe0e8ca2bd05ef7d8b993841b7d08ee396edd4c3b"}),lv=new te(`
    query ExternalProviders {
  externalProviders {
    id
    displayName
  }
}
    `,{hash:"sha256:f4491d44fd3971b1b3c7ab15078ba59c819372664648135e2e3df36f718dba1f"}),iv=new te(`
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
}`,{hash:"sha256:315b920eff1eaa7e34daa0d49d41d9631e9ec44a6427f23888f7bc65350197e1"}),sv=new te(`
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
}`,{hash:"sha256:359cb58ad28c761ef99b30028c5ad7a7cf17f900543b06c954733c2b4f5748ce"}),uv=new te(`
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
}`,{hash:"sha256:de9481ff2b10f897f97c5adb268cf226e61d720fe436d3d3a5298eb0b136e03e"}),ov=new te(`
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
}`,{hash:"sha256:dedc999393c26f3bb4182e260a2bbd4098bb69c6f1320f1794dd8e5ab0522c20"}),cv=new te(`
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
    `,{hash:"sha256:a26c20ad841e3bfab8fb616094b6ba415058676df85bc3a9292757343b705a10"}),rv=new te(`
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
}`,{hash:"sha256:3e7aabfaf7d0848b4e65bc8efa3a7842999014df58e219f6911f10194279f070"}),dv={"\n  fragment UserFields on User {\n    id\n    email\n    username\n    firstName\n    lastName\n    bio\n    contact\n    imageUrl\n    status\n    emailVerified\n    pendingEmail\n    twoFactorEnabled\n    hasPassword\n    dateJoined\n    lastLogin\n  }\n":Sp,"\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n":jp,"\n  fragment StepUpFields on ReauthenticationRequired {\n    message\n    methods\n    passwordRequired\n  }\n":xp,"\n  mutation RegisterUser($input: RegisterUserInput!) {\n    registerUser(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        deviceToken\n        user {\n          ...UserFields\n        }\n      }\n      ... on VerificationRequired {\n        email\n        handle\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on UserAlreadyExists {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Up,"\n  fragment LoginOutcome on LoginResult {\n    __typename\n    ... on AuthSuccess {\n      deviceToken\n      user {\n        ...UserFields\n      }\n    }\n    ... on TwoFactorRequired {\n      challenge\n      methods\n      challengeExpiresAt: expiresAt\n    }\n    ... on InvalidCredentials {\n      message\n    }\n    ... on AccountSuspended {\n      message\n    }\n    ... on EmailNotVerified {\n      message\n      handle\n    }\n    ... on RateLimited {\n      message\n      retryAfterSeconds\n    }\n  }\n":wp,"\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":_p,"\n  mutation RequestLoginCode($input: RequestLoginCodeInput!) {\n    requestLoginCode(input: $input) {\n      __typename\n      ... on CodeSent {\n        message\n        expiresInSeconds\n        handle\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Tp,"\n  mutation LoginWithCode($input: LoginWithCodeInput!) {\n    loginWithCode(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":Cp,"\n  mutation CompleteLogin($input: CompleteLoginInput!) {\n    completeLogin(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":Np,"\n  mutation BeginPasskeyLogin($input: BeginPasskeyLoginInput!) {\n    beginPasskeyLogin(input: $input) {\n      __typename\n      ... on PasskeyOptions {\n        challengeId\n        optionsJson\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Dp,"\n  mutation FinishPasskeyLogin($input: FinishPasskeyLoginInput!) {\n    finishPasskeyLogin(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":Op,"\n  mutation Logout {\n    logout {\n      ... on LogoutSuccess {\n        revokedSessions\n      }\n    }\n  }\n":zp,"\n  mutation LogoutAll {\n    logoutAll {\n      ... on LogoutSuccess {\n        revokedSessions\n      }\n    }\n  }\n":Lp,"\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      __typename\n      ... on EmailVerified {\n        email\n        hasPassword\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":qp,"\n  mutation RequestEmailVerification {\n    requestEmailVerification {\n      __typename\n      ... on CodeSent {\n        message\n        expiresInSeconds\n        handle\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Mp,"\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      __typename\n      ... on CodeSent {\n        message\n        expiresInSeconds\n        handle\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Vp,"\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        deviceToken\n        user {\n          ...UserFields\n        }\n      }\n      ... on TwoFactorRequired {\n        challenge\n        methods\n        challengeExpiresAt: expiresAt\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":kp,"\n  fragment UpdateOutcome on UpdateUserResult {\n    __typename\n    ... on UpdateUserSuccess {\n      user {\n        ...UserFields\n      }\n    }\n    ... on ValidationError {\n      message\n      fields {\n        field\n        code\n        message\n      }\n    }\n    ... on UserAlreadyExists {\n      message\n      fields {\n        field\n        code\n        message\n      }\n    }\n    ... on InvalidCredentials {\n      message\n    }\n    ... on InvalidCode {\n      message\n    }\n    ... on RateLimited {\n      message\n      retryAfterSeconds\n    }\n    ...StepUpFields\n  }\n":Ep,"\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UpdateOutcome\n    }\n  }\n":Bp,"\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      ...UpdateOutcome\n    }\n  }\n":Hp,"\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        user {\n          id\n        }\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ...StepUpFields\n    }\n  }\n":Yp,"\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        user {\n          ...UserFields\n        }\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ...StepUpFields\n    }\n  }\n":$p,"\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      __typename\n      ... on AccountDeleted {\n        message\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ...StepUpFields\n    }\n  }\n":Gp,"\n  query Sessions {\n    sessions {\n      id\n      current\n      createdAt\n      lastUsedAt\n      expiresAt\n      userAgent\n      ipAddress\n      methods\n      assurance\n      authenticatedAt\n    }\n  }\n":Xp,"\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id) {\n      ... on LogoutSuccess {\n        revokedSessions\n      }\n    }\n  }\n":Qp,"\n  query SecurityEvents($first: Int!, $after: String) {\n    securityEvents(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          at\n          ipAddress\n          userAgent\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":Zp,"\n  mutation BeginTotpSetup {\n    beginTotpSetup {\n      __typename\n      ... on TotpSetup {\n        secret\n        otpauthUri\n        qrSvg\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":Jp,"\n  fragment RecoveryCodesOutcome on RecoveryCodesResult {\n    __typename\n    ... on RecoveryCodes {\n      codes\n    }\n    ... on InvalidCode {\n      message\n    }\n    ... on InvalidCredentials {\n      message\n    }\n    ... on RateLimited {\n      message\n      retryAfterSeconds\n    }\n    ... on EmailNotVerified {\n      message\n    }\n    ...StepUpFields\n  }\n":Ap,"\n  mutation ConfirmTotpSetup($input: ConfirmTotpSetupInput!) {\n    confirmTotpSetup(input: $input) {\n      ...RecoveryCodesOutcome\n    }\n  }\n":Fp,"\n  mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      ...RecoveryCodesOutcome\n    }\n  }\n":Kp,"\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input) {\n      __typename\n      ... on TwoFactorDisabled {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ...StepUpFields\n    }\n  }\n":Ip,"\n  query Passkeys {\n    passkeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n":Wp,"\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration {\n      __typename\n      ... on PasskeyOptions {\n        challengeId\n        optionsJson\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":Pp,"\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      __typename\n      ... on PasskeyAdded {\n        passkey {\n          id\n          name\n        }\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":ev,"\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id) {\n      __typename\n      ... on PasskeyRemoved {\n        message\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ...StepUpFields\n    }\n  }\n":tv,"\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input) {\n      __typename\n      ... on Reauthenticated {\n        privilegedUntil\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n":nv,"\n  mutation BeginPasskeyReauthentication {\n    beginPasskeyReauthentication {\n      __typename\n      ... on PasskeyOptions {\n        challengeId\n        optionsJson\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":av,"\n  query ExternalProviders {\n    externalProviders {\n      id\n      displayName\n    }\n  }\n":lv,"\n  fragment ExternalStart on BeginExternalLoginResult {\n      __typename\n      ... on ExternalLoginStarted {\n        flowId\n        authorizationUrl\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ... on ReauthenticationRequired {\n        ...StepUpFields\n      }\n  }\n":Rp,"\n  mutation BeginExternalLogin($input: BeginExternalLoginInput!) {\n    beginExternalLogin(input: $input) {\n      ...ExternalStart\n    }\n  }\n":iv,"\n  mutation BeginExternalLink($input: BeginExternalLoginInput!) {\n    beginExternalLink(input: $input) {\n      ...ExternalStart\n    }\n  }\n":sv,"\n  mutation CompleteExternalLogin($input: CompleteExternalLoginInput!) {\n    completeExternalLogin(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":uv,"\n  mutation CompleteExternalLink($input: CompleteExternalLoginInput!) {\n    completeExternalLink(input: $input) {\n      __typename\n      ... on ExternalIdentityLinked {\n        identity {\n          id\n          provider\n        }\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on ReauthenticationRequired {\n        ...StepUpFields\n      }\n    }\n  }\n":ov,"\n  query ExternalIdentities {\n    me {\n      id\n      externalIdentities {\n        id\n        provider\n        email\n        linkedAt\n      }\n    }\n  }\n":cv,"\n  mutation UnlinkExternalIdentity($id: ID!) {\n    unlinkExternalIdentity(id: $id) {\n      __typename\n      ... on ExternalIdentityUnlinked {\n        message\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on ReauthenticationRequired {\n        ...StepUpFields\n      }\n    }\n  }\n":rv};function ne(u){return dv[u]??{}}ne(`
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
`);const fv=ne(`
  query Me {
    me {
      ...UserFields
    }
  }
`);ne(`
  fragment StepUpFields on ReauthenticationRequired {
    message
    methods
    passwordRequired
  }
`);const mv=ne(`
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
`);ne(`
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
`);const hv=ne(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...LoginOutcome
    }
  }
`),gv=ne(`
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
`),yv=ne(`
  mutation LoginWithCode($input: LoginWithCodeInput!) {
    loginWithCode(input: $input) {
      ...LoginOutcome
    }
  }
`),pv=ne(`
  mutation CompleteLogin($input: CompleteLoginInput!) {
    completeLogin(input: $input) {
      ...LoginOutcome
    }
  }
`),vv=ne(`
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
`),bv=ne(`
  mutation FinishPasskeyLogin($input: FinishPasskeyLoginInput!) {
    finishPasskeyLogin(input: $input) {
      ...LoginOutcome
    }
  }
`),Sv=ne(`
  mutation Logout {
    logout {
      ... on LogoutSuccess {
        revokedSessions
      }
    }
  }
`),wv=ne(`
  mutation LogoutAll {
    logoutAll {
      ... on LogoutSuccess {
        revokedSessions
      }
    }
  }
`),Pm=ne(`
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
`),eh=ne(`
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
`),th=ne(`
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
`),xv=ne(`
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
`);ne(`
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
`);const Hs=ne(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UpdateOutcome
    }
  }
`),Ev=ne(`
  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {
    confirmEmailChange(input: $input) {
      ...UpdateOutcome
    }
  }
`),Av=ne(`
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
`),Rv=ne(`
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
`),jv=ne(`
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
`),Uv=ne(`
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
`),_v=ne(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id) {
      ... on LogoutSuccess {
        revokedSessions
      }
    }
  }
`),Tv=ne(`
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
`),Cv=ne(`
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
`);ne(`
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
`);const Nv=ne(`
  mutation ConfirmTotpSetup($input: ConfirmTotpSetupInput!) {
    confirmTotpSetup(input: $input) {
      ...RecoveryCodesOutcome
    }
  }
`),Dv=ne(`
  mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {
    regenerateRecoveryCodes(input: $input) {
      ...RecoveryCodesOutcome
    }
  }
`),Ov=ne(`
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
`),zv=ne(`
  query Passkeys {
    passkeys {
      id
      name
      createdAt
      lastUsedAt
    }
  }
`),Lv=ne(`
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
`),qv=ne(`
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
`),Mv=ne(`
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
`),Gm=ne(`
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
`),Vv=ne(`
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
`),nh=ne(`
  query ExternalProviders {
    externalProviders {
      id
      displayName
    }
  }
`);ne(`
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
`);const kv=ne(`
  mutation BeginExternalLogin($input: BeginExternalLoginInput!) {
    beginExternalLogin(input: $input) {
      ...ExternalStart
    }
  }
`),Bv=ne(`
  mutation BeginExternalLink($input: BeginExternalLoginInput!) {
    beginExternalLink(input: $input) {
      ...ExternalStart
    }
  }
`),Hv=ne(`
  mutation CompleteExternalLogin($input: CompleteExternalLoginInput!) {
    completeExternalLogin(input: $input) {
      ...LoginOutcome
    }
  }
`),Yv=ne(`
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
`),$v=ne(`
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
`),Gv=ne(`
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
`),Xv=/^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;function ah(){const u=ia.passkeyOrigins,d=u.find(c=>new URL(c).port===window.location.port)??u[0];if(d)return{href:d+window.location.pathname,text:`Open this page at ${d}`}}function Gs(){if(typeof window.PublicKeyCredential>"u"||!navigator.credentials)return{message:"This browser cannot use passkeys. Use a recent Chrome, Edge, Firefox or Safari.",fields:{}};const u=window.location.origin;if(ia.passkeyOrigins.includes(u))return null;const f=ah();if(Xv.test(window.location.hostname))return{message:`Passkeys need a site name, and this page is open at an IP address (${window.location.host}), which browsers refuse for passkeys.`,fields:{},link:f};const d=ia.passkeyOrigins.join(" or ")||"no address (ACCOUNTS_WEBAUTHN_ORIGINS is empty)";return{message:`Passkeys are not set up for this address (${u}): this service accepts them only at ${d}.`,fields:{},link:f}}function xl(u,f){const d=u instanceof Error?u.name:"",c=f?"No passkey was added":"No passkey was used";return{message:(()=>{switch(d){case"NotAllowedError":case"AbortError":return`${c}: the request was cancelled or took too long. Try again when you are ready.`;case"InvalidStateError":return f?"This device already has a passkey for your account. Use it to log in, or add one on another device.":`${c}: this device could not use the passkey. Try again, or use another device.`;case"NotSupportedError":return`${c}: this device cannot make the kind of passkey this service asks for.`;case"ConstraintError":return`${c}: your device cannot check that it is you. Set up a screen lock, PIN, fingerprint or face first.`;case"SecurityError":return Gs()?.message??`${c}: this page's address cannot use passkeys.`;default:return`${c}: your device could not complete the request. Try again, or use another device.`}})(),fields:{},link:d==="SecurityError"?ah():void 0}}const mc={invalid:"Your device's answer could not be verified, so no passkey was added. Try again.",taken:"This passkey is already added to an account.",too_many:"You have as many passkeys as an account may have. Remove one to add another.",too_large:"Your device's answer was too large to check. Try another device."};function Qv(u){if(u.__typename==="InvalidCode")return{message:"The request expired before it was finished. Try again.",fields:{}};const f={};let d="";for(const c of u.fields??[])c.field==="name"?f.name=c.message:d=mc[c.code]??mc.invalid;return{message:d||(Object.keys(f).length?"":u.message??mc.invalid),fields:f}}function Zv(u,f){const d=PublicKeyCredential.signalUnknownCredential;d&&d.call(PublicKeyCredential,{rpId:u,credentialId:f}).catch(()=>{})}const lh=k.createContext(null);function Jv({children:u}){const[f,d]=k.useState(null),[c,h]=k.useState(!0),U=k.useCallback(async()=>{try{const{me:S}=await P(fv);return d(S??null),S??null}catch{return d(null),null}finally{h(!1)}},[]);return k.useEffect(()=>{U();const S=()=>d(null);return window.addEventListener(yc,S),()=>window.removeEventListener(yc,S)},[U]),s.jsx(lh.Provider,{value:{user:f,loading:c,refresh:U,setUser:d},children:u})}function gt(){const u=k.useContext(lh);if(!u)throw new Error("useSession outside SessionProvider");return u}function Ys(u){const f=u.replace(/-/g,"+").replace(/_/g,"/").padEnd(Math.ceil(u.length/4)*4,"="),d=atob(f),c=new Uint8Array(d.length);for(let h=0;h<d.length;h++)c[h]=d.charCodeAt(h);return c.buffer}function Ca(u){let f="";for(const d of new Uint8Array(u))f+=String.fromCharCode(d);return btoa(f).replace(/\+/g,"-").replace(/\//g,"_").replace(/=+$/,"")}function ih(u){return(u??[]).map(f=>({...f,id:Ys(f.id)}))}function Fv(u){const f=JSON.parse(u);return{...f,challenge:Ys(f.challenge),user:{...f.user,id:Ys(f.user.id)},excludeCredentials:ih(f.excludeCredentials)}}function sh(u){const f=JSON.parse(u);return{...f,challenge:Ys(f.challenge),allowCredentials:ih(f.allowCredentials)}}function Rc(u){const f=u.response,d={id:u.id,rawId:Ca(u.rawId),type:u.type,authenticatorAttachment:u.authenticatorAttachment,clientExtensionResults:{}};if(f instanceof AuthenticatorAttestationResponse)return JSON.stringify({...d,response:{clientDataJSON:Ca(f.clientDataJSON),attestationObject:Ca(f.attestationObject),transports:f.getTransports()}});const c=f;return JSON.stringify({...d,response:{clientDataJSON:Ca(c.clientDataJSON),authenticatorData:Ca(c.authenticatorData),signature:Ca(c.signature),userHandle:c.userHandle?Ca(c.userHandle):null}})}const uh=k.createContext(null),Kv=3;function Iv(u){return u.__typename==="ReauthenticationRequired"&&"methods"in u}function Wv({children:u}){const[f,d]=k.useState(null),c=k.useCallback(S=>new Promise(T=>d({...S,answer:T})),[]),h=k.useCallback(async(S,T={})=>{let b=await S();for(let g=0;g<Kv;g++){let O;if(b.__typename==="EmailNotVerified")O=await c({kind:"verify"});else if(Iv(b))O=await c({kind:"proof",requirement:b,password:T.password??""});else return b;if(!O)return null;b=await S()}return b},[c]),U=S=>{f?.answer(S),d(null)};return s.jsxs(uh.Provider,{value:h,children:[u,f?.kind==="proof"&&s.jsx(nb,{requirement:f.requirement,password:f.password,onClose:U}),f?.kind==="verify"&&s.jsx(lb,{onClose:U})]})}function Cn(){const u=k.useContext(uh);if(!u)throw new Error("useGuard outside GuardProvider");return u}function vc({title:u,intro:f,onCancel:d,children:c}){const h=k.useRef(null),U=k.useId();return k.useEffect(()=>{const S=h.current;return S&&!S.open&&S.showModal(),()=>S?.close()},[]),s.jsxs("dialog",{ref:h,className:"confirm","aria-labelledby":`${U}-title`,"aria-describedby":`${U}-intro`,onCancel:S=>{S.preventDefault(),d()},children:[s.jsx("h2",{id:`${U}-title`,children:u}),s.jsx("div",{id:`${U}-intro`,children:f}),c]})}const Pv="That is not your password.",eb="The code is not right. Type the code your app shows now, or an unused recovery code.";function tb(u,f,d){return u.passwordRequired?`Type ${f?"your password and a code from your authenticator app (or a recovery code)":"your password"}${d?", or use a passkey":""}.`:d?"Use one of your passkeys.":"Log out, log in again, and then make this change within a few minutes."}function nb({requirement:u,password:f,onClose:d}){const c=u.methods.includes("TOTP")||u.methods.includes("RECOVERY_CODE"),h=u.methods.includes("PASSKEY"),U=u.passwordRequired,S=Ae({password:f,code:""}),T=(y,R)=>{if(y.__typename==="Reauthenticated")return d(!0),null;const E={};R.password&&(E.InvalidCredentials={field:"password",message:Pv}),R.code&&(E.InvalidCode={field:"code",message:eb});const x=_e(y,E);return x.fields.recoveryCode&&(x.fields.code=x.fields.recoveryCode,delete x.fields.recoveryCode),x},b=S.run(async()=>{const y=S.values.code.trim(),R={password:S.values.password,.../^\d{6,8}$/.test(y.replace(/\s/g,""))?{code:y}:y?{recoveryCode:y}:{}},{reauthenticate:E}=await P(Gm,{input:R});return T(E,{password:!0,code:!!y})}),g=S.run(async()=>{const y=Gs();if(y)return y;const{beginPasskeyReauthentication:R}=await P(Vv);if(R.__typename!=="PasskeyOptions")return _e(R);let E;try{E=await navigator.credentials.get({publicKey:sh(R.optionsJson)})}catch(pe){return xl(pe,!1)}if(!(E instanceof PublicKeyCredential))return xl(null,!1);const x={passkeyChallengeId:R.challengeId,passkeyCredentialJson:Rc(E)},{reauthenticate:V}=await P(Gm,{input:x});return T(V,{password:!1,code:!1})}),O=s.jsxs("p",{children:["This change needs a recent sign-in. ",tb(u,c,h)]}),M=s.jsx("button",{type:"button",className:"secondary",onClick:()=>d(!1),children:"Cancel"});return U?s.jsxs(vc,{title:"Confirm it is you",intro:O,onCancel:()=>d(!1),children:[s.jsxs("form",{onSubmit:b,noValidate:!0,children:[s.jsx(W,{label:"Your password",type:"password",autoComplete:"current-password",...S.bind("password")}),c&&s.jsx(W,{label:"Code from your app, or a recovery code",autoComplete:"one-time-code",...S.bind("code")}),s.jsx(ce,{problem:S.problem,shown:["password","code"]}),s.jsxs("div",{className:"dialog-actions",children:[M,s.jsx(He,{busy:S.busy,children:"Confirm"})]})]}),h&&s.jsx("p",{className:"dialog-aside",children:s.jsx("button",{type:"button",className:"link",onClick:()=>{g()},disabled:S.busy,children:"Use a passkey instead"})})]}):s.jsxs(vc,{title:"Confirm it is you",intro:O,onCancel:()=>d(!1),children:[s.jsx(ce,{problem:S.problem}),s.jsxs("div",{className:"dialog-actions",children:[M,h&&s.jsx("button",{type:"button",className:"primary",onClick:()=>{g()},disabled:S.busy,"aria-busy":S.busy||void 0,children:"Use a passkey"})]})]})}const ab={InvalidCode:{field:"code",message:"The code is wrong or no longer valid. Use the code in the newest email."}};function lb({onClose:u}){const{user:f,refresh:d}=gt(),c=f?.email??"",[h,U]=k.useState(null),S=Ae({}),T=Ae({code:""}),b=S.run(async()=>{const{requestEmailVerification:y}=await P(eh);return y.__typename!=="CodeSent"?_e(y):(U(y.handle),`We sent a 6-digit code to ${c}.`)}),g=k.useRef(!0);k.useEffect(()=>{g.current&&(g.current=!1,b())},[b]);const O=T.run(async()=>{const{verifyEmail:y}=await P(Pm,{input:{email:c,code:T.values.code.trim(),handle:h}});return y.__typename!=="EmailVerified"?_e(y,ab):(await d(),u(!0),null)}),M=s.jsx("p",{children:"Two-factor sign-in and passkeys are added only to an email address you have proved."});return s.jsxs(vc,{title:"Verify your email first",intro:M,onCancel:()=>u(!1),children:[S.busy&&s.jsxs("p",{className:"muted",children:["Sending a code to ",c,"…"]}),S.done&&s.jsx(Oe,{children:S.done}),s.jsx(ce,{problem:S.problem}),s.jsxs("form",{onSubmit:O,noValidate:!0,children:[s.jsx(W,{label:"Code from the email",inputMode:"numeric",autoComplete:"one-time-code",...T.bind("code")}),s.jsx(ce,{problem:T.problem,shown:["code"]}),s.jsxs("div",{className:"dialog-actions",children:[s.jsx("button",{type:"button",className:"secondary",onClick:()=>u(!1),children:"Cancel"}),s.jsx(He,{busy:T.busy,children:"Verify and continue"})]})]}),s.jsx("p",{className:"dialog-aside",children:s.jsx("button",{type:"button",className:"link",onClick:()=>{b()},disabled:S.busy,children:"Send a new code"})})]})}var Ei={exports:{}},ib=Ei.exports,Xm;function sb(){return Xm||(Xm=1,(function(u,f){(function(d,c){var h="1.0.41",U="",S="?",T="function",b="undefined",g="object",O="string",M="major",y="model",R="name",E="type",x="vendor",V="version",pe="architecture",ft="console",G="mobile",Q="tablet",Le="smarttv",Te="wearable",se="embedded",tt=500,yt="Amazon",Ut="Apple",_t="ASUS",it="BlackBerry",Vt="Browser",vt="Chrome",Tt="Edge",N="Firefox",B="Google",J="Honor",xe="Huawei",Re="Lenovo",v="LG",L="Microsoft",H="Motorola",Y="Nvidia",ee="OnePlus",le="Opera",ye="OPPO",Xe="Samsung",Ve="Sharp",Wt="Sony",Nn="Xiaomi",ua="Zebra",Rl="Facebook",nn="Chromium OS",Oa="Mac OS",za=" Browser",Qs=function(re,ve){var K={};for(var oe in re)ve[oe]&&ve[oe].length%2===0?K[oe]=ve[oe].concat(re[oe]):K[oe]=re[oe];return K},oa=function(re){for(var ve={},K=0;K<re.length;K++)ve[re[K].toUpperCase()]=re[K];return ve},La=function(re,ve){return typeof re===O?cn(ve).indexOf(cn(re))!==-1:!1},cn=function(re){return re.toLowerCase()},jl=function(re){return typeof re===O?re.replace(/[^\d\.]/g,U).split(".")[0]:c},Ul=function(re,ve){if(typeof re===O)return re=re.replace(/^\s\s*/,U),typeof ve===b?re:re.substring(0,tt)},ca=function(re,ve){for(var K=0,oe,nt,ke,be,I,kt;K<ve.length&&!I;){var On=ve[K],da=ve[K+1];for(oe=nt=0;oe<On.length&&!I&&On[oe];)if(I=On[oe++].exec(re),I)for(ke=0;ke<da.length;ke++)kt=I[++nt],be=da[ke],typeof be===g&&be.length>0?be.length===2?typeof be[1]==T?this[be[0]]=be[1].call(this,kt):this[be[0]]=be[1]:be.length===3?typeof be[1]===T&&!(be[1].exec&&be[1].test)?this[be[0]]=kt?be[1].call(this,kt,be[2]):c:this[be[0]]=kt?kt.replace(be[1],be[2]):c:be.length===4&&(this[be[0]]=kt?be[3].call(this,kt.replace(be[1],be[2])):c):this[be]=kt||c;K+=2}},Pe=function(re,ve){for(var K in ve)if(typeof ve[K]===g&&ve[K].length>0){for(var oe=0;oe<ve[K].length;oe++)if(La(ve[K][oe],re))return K===S?c:K}else if(La(ve[K],re))return K===S?c:K;return ve.hasOwnProperty("*")?ve["*"]:re},Zs={"1.0":"/8","1.2":"/1","1.3":"/3","2.0":"/412","2.0.2":"/416","2.0.3":"/417","2.0.4":"/419","?":"/"},_l={ME:"4.90","NT 3.11":"NT3.51","NT 4.0":"NT4.0",2e3:"NT 5.0",XP:["NT 5.1","NT 5.2"],Vista:"NT 6.0",7:"NT 6.1",8:"NT 6.2","8.1":"NT 6.3",10:["NT 6.4","NT 10.0"],RT:"ARM"},Tl={browser:[[/\b(?:crmo|crios)\/([\w\.]+)/i],[V,[R,"Chrome"]],[/edg(?:e|ios|a)?\/([\w\.]+)/i],[V,[R,"Edge"]],[/(opera mini)\/([-\w\.]+)/i,/(opera [mobiletab]{3,6})\b.+version\/([-\w\.]+)/i,/(opera)(?:.+version\/|[\/ ]+)([\w\.]+)/i],[R,V],[/opios[\/ ]+([\w\.]+)/i],[V,[R,le+" Mini"]],[/\bop(?:rg)?x\/([\w\.]+)/i],[V,[R,le+" GX"]],[/\bopr\/([\w\.]+)/i],[V,[R,le]],[/\bb[ai]*d(?:uhd|[ub]*[aekoprswx]{5,6})[\/ ]?([\w\.]+)/i],[V,[R,"Baidu"]],[/\b(?:mxbrowser|mxios|myie2)\/?([-\w\.]*)\b/i],[V,[R,"Maxthon"]],[/(kindle)\/([\w\.]+)/i,/(lunascape|maxthon|netfront|jasmine|blazer|sleipnir)[\/ ]?([\w\.]*)/i,/(avant|iemobile|slim(?:browser|boat|jet))[\/ ]?([\d\.]*)/i,/(?:ms|\()(ie) ([\w\.]+)/i,/(flock|rockmelt|midori|epiphany|silk|skyfire|ovibrowser|bolt|iron|vivaldi|iridium|phantomjs|bowser|qupzilla|falkon|rekonq|puffin|brave|whale(?!.+naver)|qqbrowserlite|duckduckgo|klar|helio|(?=comodo_)?dragon)\/([-\w\.]+)/i,/(heytap|ovi|115)browser\/([\d\.]+)/i,/(weibo)__([\d\.]+)/i],[R,V],[/quark(?:pc)?\/([-\w\.]+)/i],[V,[R,"Quark"]],[/\bddg\/([\w\.]+)/i],[V,[R,"DuckDuckGo"]],[/(?:\buc? ?browser|(?:juc.+)ucweb)[\/ ]?([\w\.]+)/i],[V,[R,"UC"+Vt]],[/microm.+\bqbcore\/([\w\.]+)/i,/\bqbcore\/([\w\.]+).+microm/i,/micromessenger\/([\w\.]+)/i],[V,[R,"WeChat"]],[/konqueror\/([\w\.]+)/i],[V,[R,"Konqueror"]],[/trident.+rv[: ]([\w\.]{1,9})\b.+like gecko/i],[V,[R,"IE"]],[/ya(?:search)?browser\/([\w\.]+)/i],[V,[R,"Yandex"]],[/slbrowser\/([\w\.]+)/i],[V,[R,"Smart Lenovo "+Vt]],[/(avast|avg)\/([\w\.]+)/i],[[R,/(.+)/,"$1 Secure "+Vt],V],[/\bfocus\/([\w\.]+)/i],[V,[R,N+" Focus"]],[/\bopt\/([\w\.]+)/i],[V,[R,le+" Touch"]],[/coc_coc\w+\/([\w\.]+)/i],[V,[R,"Coc Coc"]],[/dolfin\/([\w\.]+)/i],[V,[R,"Dolphin"]],[/coast\/([\w\.]+)/i],[V,[R,le+" Coast"]],[/miuibrowser\/([\w\.]+)/i],[V,[R,"MIUI"+za]],[/fxios\/([\w\.-]+)/i],[V,[R,N]],[/\bqihoobrowser\/?([\w\.]*)/i],[V,[R,"360"]],[/\b(qq)\/([\w\.]+)/i],[[R,/(.+)/,"$1Browser"],V],[/(oculus|sailfish|huawei|vivo|pico)browser\/([\w\.]+)/i],[[R,/(.+)/,"$1"+za],V],[/samsungbrowser\/([\w\.]+)/i],[V,[R,Xe+" Internet"]],[/metasr[\/ ]?([\d\.]+)/i],[V,[R,"Sogou Explorer"]],[/(sogou)mo\w+\/([\d\.]+)/i],[[R,"Sogou Mobile"],V],[/(electron)\/([\w\.]+) safari/i,/(tesla)(?: qtcarbrowser|\/(20\d\d\.[-\w\.]+))/i,/m?(qqbrowser|2345(?=browser|chrome|explorer))\w*[\/ ]?v?([\w\.]+)/i],[R,V],[/(lbbrowser|rekonq)/i,/\[(linkedin)app\]/i],[R],[/ome\/([\w\.]+) \w* ?(iron) saf/i,/ome\/([\w\.]+).+qihu (360)[es]e/i],[V,R],[/((?:fban\/fbios|fb_iab\/fb4a)(?!.+fbav)|;fbav\/([\w\.]+);)/i],[[R,Rl],V],[/(Klarna)\/([\w\.]+)/i,/(kakao(?:talk|story))[\/ ]([\w\.]+)/i,/(naver)\(.*?(\d+\.[\w\.]+).*\)/i,/(daum)apps[\/ ]([\w\.]+)/i,/safari (line)\/([\w\.]+)/i,/\b(line)\/([\w\.]+)\/iab/i,/(alipay)client\/([\w\.]+)/i,/(twitter)(?:and| f.+e\/([\w\.]+))/i,/(chromium|instagram|snapchat)[\/ ]([-\w\.]+)/i],[R,V],[/\bgsa\/([\w\.]+) .*safari\//i],[V,[R,"GSA"]],[/musical_ly(?:.+app_?version\/|_)([\w\.]+)/i],[V,[R,"TikTok"]],[/headlesschrome(?:\/([\w\.]+)| )/i],[V,[R,vt+" Headless"]],[/ wv\).+(chrome)\/([\w\.]+)/i],[[R,vt+" WebView"],V],[/droid.+ version\/([\w\.]+)\b.+(?:mobile safari|safari)/i],[V,[R,"Android "+Vt]],[/(chrome|omniweb|arora|[tizenoka]{5} ?browser)\/v?([\w\.]+)/i],[R,V],[/version\/([\w\.\,]+) .*mobile\/\w+ (safari)/i],[V,[R,"Mobile Safari"]],[/version\/([\w(\.|\,)]+) .*(mobile ?safari|safari)/i],[V,R],[/webkit.+?(mobile ?safari|safari)(\/[\w\.]+)/i],[R,[V,Pe,Zs]],[/(webkit|khtml)\/([\w\.]+)/i],[R,V],[/(navigator|netscape\d?)\/([-\w\.]+)/i],[[R,"Netscape"],V],[/(wolvic|librewolf)\/([\w\.]+)/i],[R,V],[/mobile vr; rv:([\w\.]+)\).+firefox/i],[V,[R,N+" Reality"]],[/ekiohf.+(flow)\/([\w\.]+)/i,/(swiftfox)/i,/(icedragon|iceweasel|camino|chimera|fennec|maemo browser|minimo|conkeror)[\/ ]?([\w\.\+]+)/i,/(seamonkey|k-meleon|icecat|iceape|firebird|phoenix|palemoon|basilisk|waterfox)\/([-\w\.]+)$/i,/(firefox)\/([\w\.]+)/i,/(mozilla)\/([\w\.]+) .+rv\:.+gecko\/\d+/i,/(amaya|dillo|doris|icab|ladybird|lynx|mosaic|netsurf|obigo|polaris|w3m|(?:go|ice|up)[\. ]?browser)[-\/ ]?v?([\w\.]+)/i,/\b(links) \(([\w\.]+)/i],[R,[V,/_/g,"."]],[/(cobalt)\/([\w\.]+)/i],[R,[V,/master.|lts./,""]]],cpu:[[/\b((amd|x|x86[-_]?|wow|win)64)\b/i],[[pe,"amd64"]],[/(ia32(?=;))/i,/\b((i[346]|x)86)(pc)?\b/i],[[pe,"ia32"]],[/\b(aarch64|arm(v?[89]e?l?|_?64))\b/i],[[pe,"arm64"]],[/\b(arm(v[67])?ht?n?[fl]p?)\b/i],[[pe,"armhf"]],[/( (ce|mobile); ppc;|\/[\w\.]+arm\b)/i],[[pe,"arm"]],[/((ppc|powerpc)(64)?)( mac|;|\))/i],[[pe,/ower/,U,cn]],[/ sun4\w[;\)]/i],[[pe,"sparc"]],[/\b(avr32|ia64(?=;)|68k(?=\))|\barm(?=v([1-7]|[5-7]1)l?|;|eabi)|(irix|mips|sparc)(64)?\b|pa-risc)/i],[[pe,cn]]],device:[[/\b(sch-i[89]0\d|shw-m380s|sm-[ptx]\w{2,4}|gt-[pn]\d{2,4}|sgh-t8[56]9|nexus 10)/i],[y,[x,Xe],[E,Q]],[/\b((?:s[cgp]h|gt|sm)-(?![lr])\w+|sc[g-]?[\d]+a?|galaxy nexus)/i,/samsung[- ]((?!sm-[lr])[-\w]+)/i,/sec-(sgh\w+)/i],[y,[x,Xe],[E,G]],[/(?:\/|\()(ip(?:hone|od)[\w, ]*)(?:\/|;)/i],[y,[x,Ut],[E,G]],[/\((ipad);[-\w\),; ]+apple/i,/applecoremedia\/[\w\.]+ \((ipad)/i,/\b(ipad)\d\d?,\d\d?[;\]].+ios/i],[y,[x,Ut],[E,Q]],[/(macintosh);/i],[y,[x,Ut]],[/\b(sh-?[altvz]?\d\d[a-ekm]?)/i],[y,[x,Ve],[E,G]],[/\b((?:brt|eln|hey2?|gdi|jdn)-a?[lnw]09|(?:ag[rm]3?|jdn2|kob2)-a?[lw]0[09]hn)(?: bui|\)|;)/i],[y,[x,J],[E,Q]],[/honor([-\w ]+)[;\)]/i],[y,[x,J],[E,G]],[/\b((?:ag[rs][2356]?k?|bah[234]?|bg[2o]|bt[kv]|cmr|cpn|db[ry]2?|jdn2|got|kob2?k?|mon|pce|scm|sht?|[tw]gr|vrd)-[ad]?[lw][0125][09]b?|605hw|bg2-u03|(?:gem|fdr|m2|ple|t1)-[7a]0[1-4][lu]|t1-a2[13][lw]|mediapad[\w\. ]*(?= bui|\)))\b(?!.+d\/s)/i],[y,[x,xe],[E,Q]],[/(?:huawei)([-\w ]+)[;\)]/i,/\b(nexus 6p|\w{2,4}e?-[atu]?[ln][\dx][012359c][adn]?)\b(?!.+d\/s)/i],[y,[x,xe],[E,G]],[/oid[^\)]+; (2[\dbc]{4}(182|283|rp\w{2})[cgl]|m2105k81a?c)(?: bui|\))/i,/\b((?:red)?mi[-_ ]?pad[\w- ]*)(?: bui|\))/i],[[y,/_/g," "],[x,Nn],[E,Q]],[/\b(poco[\w ]+|m2\d{3}j\d\d[a-z]{2})(?: bui|\))/i,/\b; (\w+) build\/hm\1/i,/\b(hm[-_ ]?note?[_ ]?(?:\d\w)?) bui/i,/\b(redmi[\-_ ]?(?:note|k)?[\w_ ]+)(?: bui|\))/i,/oid[^\)]+; (m?[12][0-389][01]\w{3,6}[c-y])( bui|; wv|\))/i,/\b(mi[-_ ]?(?:a\d|one|one[_ ]plus|note lte|max|cc)?[_ ]?(?:\d?\w?)[_ ]?(?:plus|se|lite|pro)?)(?: bui|\))/i,/ ([\w ]+) miui\/v?\d/i],[[y,/_/g," "],[x,Nn],[E,G]],[/; (\w+) bui.+ oppo/i,/\b(cph[12]\d{3}|p(?:af|c[al]|d\w|e[ar])[mt]\d0|x9007|a101op)\b/i],[y,[x,ye],[E,G]],[/\b(opd2(\d{3}a?))(?: bui|\))/i],[y,[x,Pe,{OnePlus:["304","403","203"],"*":ye}],[E,Q]],[/vivo (\w+)(?: bui|\))/i,/\b(v[12]\d{3}\w?[at])(?: bui|;)/i],[y,[x,"Vivo"],[E,G]],[/\b(rmx[1-3]\d{3})(?: bui|;|\))/i],[y,[x,"Realme"],[E,G]],[/\b(milestone|droid(?:[2-4x]| (?:bionic|x2|pro|razr))?:?( 4g)?)\b[\w ]+build\//i,/\bmot(?:orola)?[- ](\w*)/i,/((?:moto(?! 360)[\w\(\) ]+|xt\d{3,4}|nexus 6)(?= bui|\)))/i],[y,[x,H],[E,G]],[/\b(mz60\d|xoom[2 ]{0,2}) build\//i],[y,[x,H],[E,Q]],[/((?=lg)?[vl]k\-?\d{3}) bui| 3\.[-\w; ]{10}lg?-([06cv9]{3,4})/i],[y,[x,v],[E,Q]],[/(lm(?:-?f100[nv]?|-[\w\.]+)(?= bui|\))|nexus [45])/i,/\blg[-e;\/ ]+((?!browser|netcast|android tv|watch)\w+)/i,/\blg-?([\d\w]+) bui/i],[y,[x,v],[E,G]],[/(ideatab[-\w ]+|602lv|d-42a|a101lv|a2109a|a3500-hv|s[56]000|pb-6505[my]|tb-?x?\d{3,4}(?:f[cu]|xu|[av])|yt\d?-[jx]?\d+[lfmx])( bui|;|\)|\/)/i,/lenovo ?(b[68]0[08]0-?[hf]?|tab(?:[\w- ]+?)|tb[\w-]{6,7})( bui|;|\)|\/)/i],[y,[x,Re],[E,Q]],[/(nokia) (t[12][01])/i],[x,y,[E,Q]],[/(?:maemo|nokia).*(n900|lumia \d+|rm-\d+)/i,/nokia[-_ ]?(([-\w\. ]*))/i],[[y,/_/g," "],[E,G],[x,"Nokia"]],[/(pixel (c|tablet))\b/i],[y,[x,B],[E,Q]],[/droid.+; (pixel[\daxl ]{0,6})(?: bui|\))/i],[y,[x,B],[E,G]],[/droid.+; (a?\d[0-2]{2}so|[c-g]\d{4}|so[-gl]\w+|xq-a\w[4-7][12])(?= bui|\).+chrome\/(?![1-6]{0,1}\d\.))/i],[y,[x,Wt],[E,G]],[/sony tablet [ps]/i,/\b(?:sony)?sgp\w+(?: bui|\))/i],[[y,"Xperia Tablet"],[x,Wt],[E,Q]],[/ (kb2005|in20[12]5|be20[12][59])\b/i,/(?:one)?(?:plus)? (a\d0\d\d)(?: b|\))/i],[y,[x,ee],[E,G]],[/(alexa)webm/i,/(kf[a-z]{2}wi|aeo(?!bc)\w\w)( bui|\))/i,/(kf[a-z]+)( bui|\)).+silk\//i],[y,[x,yt],[E,Q]],[/((?:sd|kf)[0349hijorstuw]+)( bui|\)).+silk\//i],[[y,/(.+)/g,"Fire Phone $1"],[x,yt],[E,G]],[/(playbook);[-\w\),; ]+(rim)/i],[y,x,[E,Q]],[/\b((?:bb[a-f]|st[hv])100-\d)/i,/\(bb10; (\w+)/i],[y,[x,it],[E,G]],[/(?:\b|asus_)(transfo[prime ]{4,10} \w+|eeepc|slider \w+|nexus 7|padfone|p00[cj])/i],[y,[x,_t],[E,Q]],[/ (z[bes]6[027][012][km][ls]|zenfone \d\w?)\b/i],[y,[x,_t],[E,G]],[/(nexus 9)/i],[y,[x,"HTC"],[E,Q]],[/(htc)[-;_ ]{1,2}([\w ]+(?=\)| bui)|\w+)/i,/(zte)[- ]([\w ]+?)(?: bui|\/|\))/i,/(alcatel|geeksphone|nexian|panasonic(?!(?:;|\.))|sony(?!-bra))[-_ ]?([-\w]*)/i],[x,[y,/_/g," "],[E,G]],[/droid [\w\.]+; ((?:8[14]9[16]|9(?:0(?:48|60|8[01])|1(?:3[27]|66)|2(?:6[69]|9[56])|466))[gqswx])\w*(\)| bui)/i],[y,[x,"TCL"],[E,Q]],[/(itel) ((\w+))/i],[[x,cn],y,[E,Pe,{tablet:["p10001l","w7001"],"*":"mobile"}]],[/droid.+; ([ab][1-7]-?[0178a]\d\d?)/i],[y,[x,"Acer"],[E,Q]],[/droid.+; (m[1-5] note) bui/i,/\bmz-([-\w]{2,})/i],[y,[x,"Meizu"],[E,G]],[/; ((?:power )?armor(?:[\w ]{0,8}))(?: bui|\))/i],[y,[x,"Ulefone"],[E,G]],[/; (energy ?\w+)(?: bui|\))/i,/; energizer ([\w ]+)(?: bui|\))/i],[y,[x,"Energizer"],[E,G]],[/; cat (b35);/i,/; (b15q?|s22 flip|s48c|s62 pro)(?: bui|\))/i],[y,[x,"Cat"],[E,G]],[/((?:new )?andromax[\w- ]+)(?: bui|\))/i],[y,[x,"Smartfren"],[E,G]],[/droid.+; (a(?:015|06[35]|142p?))/i],[y,[x,"Nothing"],[E,G]],[/; (x67 5g|tikeasy \w+|ac[1789]\d\w+)( b|\))/i,/archos ?(5|gamepad2?|([\w ]*[t1789]|hello) ?\d+[\w ]*)( b|\))/i],[y,[x,"Archos"],[E,Q]],[/archos ([\w ]+)( b|\))/i,/; (ac[3-6]\d\w{2,8})( b|\))/i],[y,[x,"Archos"],[E,G]],[/(imo) (tab \w+)/i,/(infinix) (x1101b?)/i],[x,y,[E,Q]],[/(blackberry|benq|palm(?=\-)|sonyericsson|acer|asus(?! zenw)|dell|jolla|meizu|motorola|polytron|infinix|tecno|micromax|advan)[-_ ]?([-\w]*)/i,/; (hmd|imo) ([\w ]+?)(?: bui|\))/i,/(hp) ([\w ]+\w)/i,/(microsoft); (lumia[\w ]+)/i,/(lenovo)[-_ ]?([-\w ]+?)(?: bui|\)|\/)/i,/(oppo) ?([\w ]+) bui/i],[x,y,[E,G]],[/(kobo)\s(ereader|touch)/i,/(hp).+(touchpad(?!.+tablet)|tablet)/i,/(kindle)\/([\w\.]+)/i,/(nook)[\w ]+build\/(\w+)/i,/(dell) (strea[kpr\d ]*[\dko])/i,/(le[- ]+pan)[- ]+(\w{1,9}) bui/i,/(trinity)[- ]*(t\d{3}) bui/i,/(gigaset)[- ]+(q\w{1,9}) bui/i,/(vodafone) ([\w ]+)(?:\)| bui)/i],[x,y,[E,Q]],[/(surface duo)/i],[y,[x,L],[E,Q]],[/droid [\d\.]+; (fp\du?)(?: b|\))/i],[y,[x,"Fairphone"],[E,G]],[/(u304aa)/i],[y,[x,"AT&T"],[E,G]],[/\bsie-(\w*)/i],[y,[x,"Siemens"],[E,G]],[/\b(rct\w+) b/i],[y,[x,"RCA"],[E,Q]],[/\b(venue[\d ]{2,7}) b/i],[y,[x,"Dell"],[E,Q]],[/\b(q(?:mv|ta)\w+) b/i],[y,[x,"Verizon"],[E,Q]],[/\b(?:barnes[& ]+noble |bn[rt])([\w\+ ]*) b/i],[y,[x,"Barnes & Noble"],[E,Q]],[/\b(tm\d{3}\w+) b/i],[y,[x,"NuVision"],[E,Q]],[/\b(k88) b/i],[y,[x,"ZTE"],[E,Q]],[/\b(nx\d{3}j) b/i],[y,[x,"ZTE"],[E,G]],[/\b(gen\d{3}) b.+49h/i],[y,[x,"Swiss"],[E,G]],[/\b(zur\d{3}) b/i],[y,[x,"Swiss"],[E,Q]],[/\b((zeki)?tb.*\b) b/i],[y,[x,"Zeki"],[E,Q]],[/\b([yr]\d{2}) b/i,/\b(dragon[- ]+touch |dt)(\w{5}) b/i],[[x,"Dragon Touch"],y,[E,Q]],[/\b(ns-?\w{0,9}) b/i],[y,[x,"Insignia"],[E,Q]],[/\b((nxa|next)-?\w{0,9}) b/i],[y,[x,"NextBook"],[E,Q]],[/\b(xtreme\_)?(v(1[045]|2[015]|[3469]0|7[05])) b/i],[[x,"Voice"],y,[E,G]],[/\b(lvtel\-)?(v1[12]) b/i],[[x,"LvTel"],y,[E,G]],[/\b(ph-1) /i],[y,[x,"Essential"],[E,G]],[/\b(v(100md|700na|7011|917g).*\b) b/i],[y,[x,"Envizen"],[E,Q]],[/\b(trio[-\w\. ]+) b/i],[y,[x,"MachSpeed"],[E,Q]],[/\btu_(1491) b/i],[y,[x,"Rotor"],[E,Q]],[/((?:tegranote|shield t(?!.+d tv))[\w- ]*?)(?: b|\))/i],[y,[x,Y],[E,Q]],[/(sprint) (\w+)/i],[x,y,[E,G]],[/(kin\.[onetw]{3})/i],[[y,/\./g," "],[x,L],[E,G]],[/droid.+; (cc6666?|et5[16]|mc[239][23]x?|vc8[03]x?)\)/i],[y,[x,ua],[E,Q]],[/droid.+; (ec30|ps20|tc[2-8]\d[kx])\)/i],[y,[x,ua],[E,G]],[/smart-tv.+(samsung)/i],[x,[E,Le]],[/hbbtv.+maple;(\d+)/i],[[y,/^/,"SmartTV"],[x,Xe],[E,Le]],[/(nux; netcast.+smarttv|lg (netcast\.tv-201\d|android tv))/i],[[x,v],[E,Le]],[/(apple) ?tv/i],[x,[y,Ut+" TV"],[E,Le]],[/crkey/i],[[y,vt+"cast"],[x,B],[E,Le]],[/droid.+aft(\w+)( bui|\))/i],[y,[x,yt],[E,Le]],[/(shield \w+ tv)/i],[y,[x,Y],[E,Le]],[/\(dtv[\);].+(aquos)/i,/(aquos-tv[\w ]+)\)/i],[y,[x,Ve],[E,Le]],[/(bravia[\w ]+)( bui|\))/i],[y,[x,Wt],[E,Le]],[/(mi(tv|box)-?\w+) bui/i],[y,[x,Nn],[E,Le]],[/Hbbtv.*(technisat) (.*);/i],[x,y,[E,Le]],[/\b(roku)[\dx]*[\)\/]((?:dvp-)?[\d\.]*)/i,/hbbtv\/\d+\.\d+\.\d+ +\([\w\+ ]*; *([\w\d][^;]*);([^;]*)/i],[[x,Ul],[y,Ul],[E,Le]],[/droid.+; ([\w- ]+) (?:android tv|smart[- ]?tv)/i],[y,[E,Le]],[/\b(android tv|smart[- ]?tv|opera tv|tv; rv:)\b/i],[[E,Le]],[/(ouya)/i,/(nintendo) ([wids3utch]+)/i],[x,y,[E,ft]],[/droid.+; (shield)( bui|\))/i],[y,[x,Y],[E,ft]],[/(playstation \w+)/i],[y,[x,Wt],[E,ft]],[/\b(xbox(?: one)?(?!; xbox))[\); ]/i],[y,[x,L],[E,ft]],[/\b(sm-[lr]\d\d[0156][fnuw]?s?|gear live)\b/i],[y,[x,Xe],[E,Te]],[/((pebble))app/i,/(asus|google|lg|oppo) ((pixel |zen)?watch[\w ]*)( bui|\))/i],[x,y,[E,Te]],[/(ow(?:19|20)?we?[1-3]{1,3})/i],[y,[x,ye],[E,Te]],[/(watch)(?: ?os[,\/]|\d,\d\/)[\d\.]+/i],[y,[x,Ut],[E,Te]],[/(opwwe\d{3})/i],[y,[x,ee],[E,Te]],[/(moto 360)/i],[y,[x,H],[E,Te]],[/(smartwatch 3)/i],[y,[x,Wt],[E,Te]],[/(g watch r)/i],[y,[x,v],[E,Te]],[/droid.+; (wt63?0{2,3})\)/i],[y,[x,ua],[E,Te]],[/droid.+; (glass) \d/i],[y,[x,B],[E,Te]],[/(pico) (4|neo3(?: link|pro)?)/i],[x,y,[E,Te]],[/; (quest( \d| pro)?)/i],[y,[x,Rl],[E,Te]],[/(tesla)(?: qtcarbrowser|\/[-\w\.]+)/i],[x,[E,se]],[/(aeobc)\b/i],[y,[x,yt],[E,se]],[/(homepod).+mac os/i],[y,[x,Ut],[E,se]],[/windows iot/i],[[E,se]],[/droid .+?; ([^;]+?)(?: bui|; wv\)|\) applew).+? mobile safari/i],[y,[E,G]],[/droid .+?; ([^;]+?)(?: bui|\) applew).+?(?! mobile) safari/i],[y,[E,Q]],[/\b((tablet|tab)[;\/]|focus\/\d(?!.+mobile))/i],[[E,Q]],[/(phone|mobile(?:[;\/]| [ \w\/\.]*safari)|pda(?=.+windows ce))/i],[[E,G]],[/droid .+?; ([\w\. -]+)( bui|\))/i],[y,[x,"Generic"]]],engine:[[/windows.+ edge\/([\w\.]+)/i],[V,[R,Tt+"HTML"]],[/(arkweb)\/([\w\.]+)/i],[R,V],[/webkit\/537\.36.+chrome\/(?!27)([\w\.]+)/i],[V,[R,"Blink"]],[/(presto)\/([\w\.]+)/i,/(webkit|trident|netfront|netsurf|amaya|lynx|w3m|goanna|servo)\/([\w\.]+)/i,/ekioh(flow)\/([\w\.]+)/i,/(khtml|tasman|links)[\/ ]\(?([\w\.]+)/i,/(icab)[\/ ]([23]\.[\d\.]+)/i,/\b(libweb)/i],[R,V],[/ladybird\//i],[[R,"LibWeb"]],[/rv\:([\w\.]{1,9})\b.+(gecko)/i],[V,R]],os:[[/microsoft (windows) (vista|xp)/i],[R,V],[/(windows (?:phone(?: os)?|mobile|iot))[\/ ]?([\d\.\w ]*)/i],[R,[V,Pe,_l]],[/windows nt 6\.2; (arm)/i,/windows[\/ ]([ntce\d\. ]+\w)(?!.+xbox)/i,/(?:win(?=3|9|n)|win 9x )([nt\d\.]+)/i],[[V,Pe,_l],[R,"Windows"]],[/[adehimnop]{4,7}\b(?:.*os ([\w]+) like mac|; opera)/i,/(?:ios;fbsv\/|iphone.+ios[\/ ])([\d\.]+)/i,/cfnetwork\/.+darwin/i],[[V,/_/g,"."],[R,"iOS"]],[/(mac os x) ?([\w\. ]*)/i,/(macintosh|mac_powerpc\b)(?!.+haiku)/i],[[R,Oa],[V,/_/g,"."]],[/droid ([\w\.]+)\b.+(android[- ]x86|harmonyos)/i],[V,R],[/(ubuntu) ([\w\.]+) like android/i],[[R,/(.+)/,"$1 Touch"],V],[/(android|bada|blackberry|kaios|maemo|meego|openharmony|qnx|rim tablet os|sailfish|series40|symbian|tizen|webos)\w*[-\/; ]?([\d\.]*)/i],[R,V],[/\(bb(10);/i],[V,[R,it]],[/(?:symbian ?os|symbos|s60(?=;)|series ?60)[-\/ ]?([\w\.]*)/i],[V,[R,"Symbian"]],[/mozilla\/[\d\.]+ \((?:mobile|tablet|tv|mobile; [\w ]+); rv:.+ gecko\/([\w\.]+)/i],[V,[R,N+" OS"]],[/web0s;.+rt(tv)/i,/\b(?:hp)?wos(?:browser)?\/([\w\.]+)/i],[V,[R,"webOS"]],[/watch(?: ?os[,\/]|\d,\d\/)([\d\.]+)/i],[V,[R,"watchOS"]],[/crkey\/([\d\.]+)/i],[V,[R,vt+"cast"]],[/(cros) [\w]+(?:\)| ([\w\.]+)\b)/i],[[R,nn],V],[/panasonic;(viera)/i,/(netrange)mmh/i,/(nettv)\/(\d+\.[\w\.]+)/i,/(nintendo|playstation) ([wids345portablevuch]+)/i,/(xbox); +xbox ([^\);]+)/i,/\b(joli|palm)\b ?(?:os)?\/?([\w\.]*)/i,/(mint)[\/\(\) ]?(\w*)/i,/(mageia|vectorlinux)[; ]/i,/([kxln]?ubuntu|debian|suse|opensuse|gentoo|arch(?= linux)|slackware|fedora|mandriva|centos|pclinuxos|red ?hat|zenwalk|linpus|raspbian|plan 9|minix|risc os|contiki|deepin|manjaro|elementary os|sabayon|linspire)(?: gnu\/linux)?(?: enterprise)?(?:[- ]linux)?(?:-gnu)?[-\/ ]?(?!chrom|package)([-\w\.]*)/i,/(hurd|linux)(?: arm\w*| x86\w*| ?)([\w\.]*)/i,/(gnu) ?([\w\.]*)/i,/\b([-frentopcghs]{0,5}bsd|dragonfly)[\/ ]?(?!amd|[ix346]{1,2}86)([\w\.]*)/i,/(haiku) (\w+)/i],[R,V],[/(sunos) ?([\w\.\d]*)/i],[[R,"Solaris"],V],[/((?:open)?solaris)[-\/ ]?([\w\.]*)/i,/(aix) ((\d)(?=\.|\)| )[\w\.])*/i,/\b(beos|os\/2|amigaos|morphos|openvms|fuchsia|hp-ux|serenityos)/i,/(unix) ?([\w\.]*)/i],[R,V]]},mt=function(re,ve){if(typeof re===g&&(ve=re,re=c),!(this instanceof mt))return new mt(re,ve).getResult();var K=typeof d!==b&&d.navigator?d.navigator:c,oe=re||(K&&K.userAgent?K.userAgent:U),nt=K&&K.userAgentData?K.userAgentData:c,ke=ve?Qs(Tl,ve):Tl,be=K&&K.userAgent==oe;return this.getBrowser=function(){var I={};return I[R]=c,I[V]=c,ca.call(I,oe,ke.browser),I[M]=jl(I[V]),be&&K&&K.brave&&typeof K.brave.isBrave==T&&(I[R]="Brave"),I},this.getCPU=function(){var I={};return I[pe]=c,ca.call(I,oe,ke.cpu),I},this.getDevice=function(){var I={};return I[x]=c,I[y]=c,I[E]=c,ca.call(I,oe,ke.device),be&&!I[E]&&nt&&nt.mobile&&(I[E]=G),be&&I[y]=="Macintosh"&&K&&typeof K.standalone!==b&&K.maxTouchPoints&&K.maxTouchPoints>2&&(I[y]="iPad",I[E]=Q),I},this.getEngine=function(){var I={};return I[R]=c,I[V]=c,ca.call(I,oe,ke.engine),I},this.getOS=function(){var I={};return I[R]=c,I[V]=c,ca.call(I,oe,ke.os),be&&!I[R]&&nt&&nt.platform&&nt.platform!="Unknown"&&(I[R]=nt.platform.replace(/chrome os/i,nn).replace(/macos/i,Oa)),I},this.getResult=function(){return{ua:this.getUA(),browser:this.getBrowser(),engine:this.getEngine(),os:this.getOS(),device:this.getDevice(),cpu:this.getCPU()}},this.getUA=function(){return oe},this.setUA=function(I){return oe=typeof I===O&&I.length>tt?Ul(I,tt):I,this},this.setUA(oe),this};mt.VERSION=h,mt.BROWSER=oa([R,V,M]),mt.CPU=oa([pe]),mt.DEVICE=oa([y,x,E,ft,G,Le,Q,Te,se]),mt.ENGINE=mt.OS=oa([R,V]),u.exports&&(f=u.exports=mt),f.UAParser=mt;var Dn=typeof d!==b&&(d.jQuery||d.Zepto);if(Dn&&!Dn.ua){var ra=new mt;Dn.ua=ra.getResult(),Dn.ua.get=function(){return ra.getUA()},Dn.ua.set=function(re){ra.setUA(re);var ve=ra.getResult();for(var K in ve)Dn.ua[K]=ve[K]}}})(typeof window=="object"?window:ib)})(Ei,Ei.exports)),Ei.exports}var ub=sb();function bc(u){if(!u)return"Unknown device";const{browser:f,os:d,device:c}=new ub.UAParser(u).getResult(),h=c.model&&c.vendor==="Apple"?c.model:d.name;if(f.name&&h)return`${f.name} on ${h}`;if(f.name)return f.name;const U=u.trim().split(/[\s/]/,1)[0];return h?U?`${U} on ${h}`:`Unknown browser on ${h}`:U||"Unknown device"}const ob=new Intl.RelativeTimeFormat("en",{numeric:"auto"}),cb=[[60,"second"],[60,"minute"],[24,"hour"],[30,"day"],[12,"month"],[1/0,"year"]];function rb(u,f=new Date){let d=(u.getTime()-f.getTime())/1e3;if(Math.abs(d)<45)return"just now";for(const[c,h]of cb){if(Math.abs(d)<c||h==="year")return ob.format(Math.round(d),h);d/=c}return u.toLocaleString()}function El(u){const[f,d]=k.useState(null),[c,h]=k.useState(null),U=k.useCallback(async()=>{try{d(await u()),h(null)}catch(S){h($s(S))}},[u]);return k.useEffect(()=>{U()},[U]),{data:f,problem:c,reload:U}}function We({title:u,id:f,danger:d,children:c}){return s.jsxs("section",{"aria-labelledby":f,className:d?"card danger-zone":"card",children:[s.jsx("h2",{id:f,children:u}),c]})}function sa({rows:u=3,label:f="Loading…"}){return s.jsxs("div",{className:"skeleton","aria-busy":"true",children:[s.jsx("span",{className:"visually-hidden",role:"status",children:f}),Array.from({length:u},(d,c)=>s.jsxs("div",{className:"skeleton-row","aria-hidden":"true",children:[s.jsx("span",{}),s.jsx("span",{})]},c))]})}function jt({iso:u,never:f="—"}){if(!u)return s.jsx(s.Fragment,{children:f});const d=new Date(u);return s.jsx("time",{dateTime:u,title:d.toLocaleString(),children:rb(d)})}function oh({userAgent:u}){return s.jsx("span",{title:u??void 0,children:bc(u)})}function on({tone:u="neutral",children:f}){return s.jsx("span",{className:`badge ${u}`,children:f})}function Da(){const[u,f]=k.useState(null),d=k.useCallback(h=>new Promise(U=>f({...h,answer:U})),[]),c=h=>{u?.answer(h),f(null)};return{confirm:d,dialog:u?s.jsx(db,{question:u,onClose:c}):null}}function db({question:u,onClose:f}){const d=k.useRef(null),c=k.useId();return k.useEffect(()=>{const h=d.current;return h&&!h.open&&h.showModal(),()=>h?.close()},[]),s.jsxs("dialog",{ref:d,className:"confirm","aria-labelledby":`${c}-title`,"aria-describedby":`${c}-body`,onCancel:h=>{h.preventDefault(),f(!1)},children:[s.jsx("h2",{id:`${c}-title`,children:u.title}),s.jsx("div",{id:`${c}-body`,children:u.body}),s.jsxs("div",{className:"dialog-actions",children:[s.jsx("button",{type:"button",className:"secondary",autoFocus:!0,onClick:()=>f(!1),children:"Cancel"}),s.jsx("button",{type:"button",className:"danger",onClick:()=>f(!0),children:u.confirm})]})]})}const Sc=25,ch={ACTIVE:"good",SUSPENDED:"warn",DEACTIVATED:"neutral"};function jc(){return s.jsxs("p",{className:"actions","aria-label":"Admin pages",children:[s.jsx(Ge,{to:"/admin",children:"Find accounts"}),s.jsx(Ge,{to:"/admin/audit",children:"Audit log"})]})}function rh(u){return u?s.jsx(ce,{problem:u}):null}function fb(){const u=Ae({query:"",status:"",role:""}),[f,d]=k.useState(null),[c,h]=k.useState(null),U=async b=>{const{values:g}=u,{users:O}=await Mt(up,{first:Sc,after:b,query:g.query.trim()||null,status:g.status||null,role:g.role||null}),M=O.edges.map(y=>y.node);d(y=>b&&y?[...y,...M]:M),h(O.pageInfo.hasNextPage?O.pageInfo.endCursor??null:null)},S=u.run(async()=>(await U(null),null)),T=u.run(async()=>(await U(c),null));return s.jsxs("main",{children:[s.jsx("h1",{children:"Admin"}),s.jsx(jc,{}),s.jsxs(We,{title:"Find accounts",id:"find-accounts",children:[s.jsxs("form",{onSubmit:S,noValidate:!0,role:"search",children:[s.jsx(W,{label:"Email, username or name (the start of it)",...u.bind("query")}),s.jsxs("div",{className:"field",children:[s.jsx("label",{htmlFor:"status-filter",children:"Status"}),s.jsxs("select",{id:"status-filter",value:u.values.status,onChange:b=>u.change("status",b.target.value),children:[s.jsx("option",{value:"",children:"Any status"}),s.jsx("option",{value:"ACTIVE",children:"Active"}),s.jsx("option",{value:"SUSPENDED",children:"Suspended"}),s.jsx("option",{value:"DEACTIVATED",children:"Deactivated"})]})]}),s.jsxs("div",{className:"field",children:[s.jsx("label",{htmlFor:"role-filter",children:"Role"}),s.jsxs("select",{id:"role-filter",value:u.values.role,onChange:b=>u.change("role",b.target.value),children:[s.jsx("option",{value:"",children:"Any role"}),s.jsx("option",{value:"USER",children:"User"}),s.jsx("option",{value:"SUPPORT",children:"Support"}),s.jsx("option",{value:"ADMIN",children:"Admin"})]})]}),s.jsx(ce,{problem:u.problem,shown:["query"]}),s.jsx(He,{busy:u.busy,children:"Search"})]}),f&&f.length===0&&s.jsx("p",{className:"empty",children:"No account matches."}),f&&f.length>0&&s.jsxs("table",{className:"stack","data-testid":"found-accounts",children:[s.jsx("caption",{className:"visually-hidden",children:"Accounts found, newest first"}),s.jsx("thead",{children:s.jsxs("tr",{children:[s.jsx("th",{scope:"col",children:"Account"}),s.jsx("th",{scope:"col",children:"Email"}),s.jsx("th",{scope:"col",children:"Status"}),s.jsx("th",{scope:"col",children:"Role"}),s.jsx("th",{scope:"col",children:"Joined"})]})}),s.jsx("tbody",{children:f.map(b=>s.jsxs("tr",{children:[s.jsxs("td",{children:[s.jsx(Ge,{to:`/admin/user?id=${encodeURIComponent(b.id)}`,children:b.username}),s.jsxs("span",{className:"muted",children:[" ",`${b.firstName} ${b.lastName}`]})]}),s.jsx("td",{children:b.email}),s.jsx("td",{children:s.jsx(on,{tone:ch[b.status],children:b.status.toLowerCase()})}),s.jsx("td",{children:b.role}),s.jsx("td",{children:s.jsx(jt,{iso:b.dateJoined})})]},b.id))})]}),c&&s.jsx("button",{type:"button",className:"secondary",onClick:()=>{T()},disabled:u.busy,children:"Show more"})]})]})}function mb(u,f){if(!u)return null;switch(u.__typename){case"UserActionDone":return f;case"RateLimited":return{message:`${u.message} ${Wm(u.retryAfterSeconds)}`,fields:{}};default:return _e(u)}}function hb({user:u,staff:f,onChanged:d}){const c=Ae({reason:"",role:u.role}),h=Cn(),{confirm:U,dialog:S}=Da(),T=u.username,b=g=>async O=>{O?.preventDefault();const M=c.values.reason.trim(),y={suspend:[`Suspend ${T}?`,"Every session ends, nobody can sign in, and the owner gets an email."],reactivate:[`Reactivate ${T}?`,"The account can sign in again."],revoke:[`End every session of ${T}?`,"Every device must sign in again."],reset2fa:[`Remove ${T}'s two-factor sign-in?`,"Their password alone signs in again; the owner gets an email. Check who is asking first."],sendReset:[`Email ${T} a password reset code?`,"A code goes to the account's address."],delete:[`Delete ${T} for good?`,"The account and everything of it go. This cannot be undone."],role:[`Make ${T} ${c.values.role}?`,"Roles decide what an account may do here."]};await c.run(async()=>{const[R,E]=y[g];if(!await U({title:R,body:s.jsx("p",{children:E}),confirm:R.replace(/\?$/,"")}))return null;const x=u.id,V=M||null,ft=await h(async()=>{switch(g){case"suspend":return(await Mt(cp,{id:x,reason:M})).suspendUser;case"reactivate":return(await Mt(rp,{id:x,reason:V})).reactivateUser;case"revoke":return(await Mt(dp,{id:x,reason:V})).revokeUserSessions;case"reset2fa":return(await Mt(fp,{id:x,reason:M})).resetUserTwoFactor;case"sendReset":return(await Mt(mp,{id:x,reason:V})).sendPasswordReset;case"delete":return(await Mt(hp,{id:x,reason:M})).deleteUser;case"role":return(await Mt(gp,{id:x,role:c.values.role,reason:V})).setUserRole}}),G=mb(ft,{suspend:`${T} is suspended.`,reactivate:`${T} is active.`,revoke:`Every session of ${T} ended.`,reset2fa:`${T}'s two-factor sign-in is removed.`,sendReset:`A reset code is on its way to ${u.email}.`,delete:`${T} is deleted.`,role:`${T} is ${c.values.role} now.`}[g]);return typeof G=="string"&&(c.change("reason",""),g==="delete"?dt("/admin"):await d()),G})()};return f.canAct?s.jsxs(We,{title:"Actions",id:"admin-actions",children:[s.jsxs("form",{onSubmit:g=>g.preventDefault(),noValidate:!0,children:[s.jsx(W,{label:"Reason (kept in the audit log; needed to suspend, reset two-factor or delete)",multiline:!0,...c.bind("reason")}),s.jsx(ce,{problem:c.problem,shown:["reason"]}),c.done&&s.jsx(Oe,{children:c.done}),s.jsxs("div",{className:"actions",children:[u.status==="SUSPENDED"?s.jsx("button",{type:"button",className:"secondary",onClick:()=>{b("reactivate")()},disabled:c.busy,children:"Reactivate"}):s.jsx("button",{type:"button",className:"danger-outline",onClick:()=>{b("suspend")()},disabled:c.busy,children:"Suspend"}),s.jsx("button",{type:"button",className:"secondary",onClick:()=>{b("revoke")()},disabled:c.busy,children:"End every session"}),u.twoFactorEnabled&&s.jsx("button",{type:"button",className:"secondary",onClick:()=>{b("reset2fa")()},disabled:c.busy,children:"Remove two-factor sign-in"}),s.jsx("button",{type:"button",className:"secondary",onClick:()=>{b("sendReset")()},disabled:c.busy,children:"Email a password reset code"})]}),f.canAdminister&&s.jsxs("div",{className:"actions",children:[s.jsx("label",{htmlFor:"role-choice",children:"Role"}),s.jsxs("select",{id:"role-choice",value:c.values.role,onChange:g=>c.change("role",g.target.value),children:[s.jsx("option",{value:"USER",children:"User"}),s.jsx("option",{value:"SUPPORT",children:"Support"}),s.jsx("option",{value:"ADMIN",children:"Admin"})]}),s.jsx("button",{type:"button",className:"secondary",onClick:()=>{b("role")()},disabled:c.busy||c.values.role===u.role,children:"Set the role"}),s.jsx("button",{type:"button",className:"danger",onClick:()=>{b("delete")()},disabled:c.busy,children:"Delete the account"})]})]}),S]}):s.jsx("p",{className:"muted",children:"Your key or role reads only."})}function gb({staff:u}){const{query:f}=Im(),d=f.get("id")??"",c=k.useCallback(async()=>(await Mt(op,{id:d})).user??!1,[d]),{data:h,problem:U,reload:S}=El(c),T=h||null;return s.jsxs("main",{children:[s.jsx("h1",{children:T?T.username:"Account"}),s.jsx(jc,{}),rh(U),h===null&&!U&&s.jsx(sa,{rows:4,label:"Loading the account…"}),h===!1&&s.jsx("p",{className:"empty",children:"No account has this id."}),T&&s.jsxs(s.Fragment,{children:[s.jsx(We,{title:"Account",id:"admin-account",children:s.jsxs("dl",{className:"facts",children:[s.jsx("dt",{children:"Name"}),s.jsx("dd",{children:`${T.firstName} ${T.lastName}`}),s.jsx("dt",{children:"Email"}),s.jsxs("dd",{children:[T.email," ",T.emailVerified?s.jsx(on,{tone:"good",children:"verified"}):s.jsx(on,{children:"not verified"})]}),T.pendingEmail&&s.jsxs(s.Fragment,{children:[s.jsx("dt",{children:"Changing to"}),s.jsx("dd",{children:T.pendingEmail})]}),s.jsx("dt",{children:"Status"}),s.jsx("dd",{children:s.jsx(on,{tone:ch[T.status],children:T.status.toLowerCase()})}),s.jsx("dt",{children:"Role"}),s.jsx("dd",{children:T.role}),s.jsx("dt",{children:"Signs in with"}),s.jsx("dd",{children:[T.hasPassword?"a password":null,T.twoFactorEnabled?"an authenticator app":null,T.passkeyCount?`${T.passkeyCount} passkey${T.passkeyCount===1?"":"s"}`:null,...T.externalIdentities.map(b=>b.provider)].filter(Boolean).join(", ")||"nothing yet"}),s.jsx("dt",{children:"Joined"}),s.jsx("dd",{children:s.jsx(jt,{iso:T.dateJoined})}),s.jsx("dt",{children:"Last sign-in"}),s.jsx("dd",{children:s.jsx(jt,{iso:T.lastLogin,never:"never"})})]})}),s.jsx(hb,{user:T,staff:u,onChanged:S}),s.jsxs(We,{title:"Sessions",id:"admin-sessions",children:[T.sessions.length===0&&s.jsx("p",{className:"empty",children:"No active session."}),s.jsx("ul",{className:"rows",children:T.sessions.map(b=>s.jsx("li",{className:"row",children:s.jsxs("div",{className:"row-main",children:[s.jsx("strong",{children:b.userAgent??"Unknown device"}),s.jsxs("span",{className:"muted",children:[b.ipAddress??"no address"," · ",b.assurance," · last used ",s.jsx(jt,{iso:b.lastUsedAt})]})]})},b.id))})]}),s.jsxs(We,{title:"Security events",id:"admin-events",children:[T.securityEvents.edges.length===0&&s.jsx("p",{className:"empty",children:"No events."}),s.jsx("ul",{className:"rows",children:T.securityEvents.edges.map(({node:b})=>s.jsx("li",{className:"row",children:s.jsxs("div",{className:"row-main",children:[s.jsx("strong",{children:b.kind.toLowerCase().replace(/_/g," ")}),s.jsxs("span",{className:"muted",children:[s.jsx(jt,{iso:b.at})," · ",b.ipAddress??"no address"]})]})},b.id))})]})]})]})}function yb(){const[u,f]=k.useState(null),[d,c]=k.useState(null),h=Ae({actor:""}),U=b=>h.run(async()=>{const g=h.values.actor.trim()||null,{auditLog:O}=await Mt($m,{first:Sc,after:b,actor:g}),M=O.edges.map(y=>y.node);return f(y=>b&&y?[...y,...M]:M),c(O.pageInfo.hasNextPage?O.pageInfo.endCursor??null:null),null}),S=k.useCallback(async()=>{const{auditLog:b}=await Mt($m,{first:Sc});return f(b.edges.map(g=>g.node)),c(b.pageInfo.hasNextPage?b.pageInfo.endCursor??null:null),!0},[]),{problem:T}=El(S);return s.jsxs("main",{children:[s.jsx("h1",{children:"Audit log"}),s.jsx(jc,{}),rh(T),s.jsxs(We,{title:"Every admin action, newest first",id:"audit-log",children:[s.jsxs("form",{onSubmit:U(null),noValidate:!0,role:"search",children:[s.jsx(W,{label:"Only by (e.g. key:ci or user:alice)",...h.bind("actor")}),s.jsx(ce,{problem:h.problem,shown:["actor"]}),s.jsx(He,{busy:h.busy,children:"Filter"})]}),u===null&&!T&&s.jsx(sa,{rows:3,label:"Loading the audit log…"}),u&&u.length===0&&s.jsx("p",{className:"empty",children:"Nothing yet."}),u&&u.length>0&&s.jsxs("table",{className:"stack","data-testid":"audit-entries",children:[s.jsx("caption",{className:"visually-hidden",children:"Admin actions, newest first"}),s.jsx("thead",{children:s.jsxs("tr",{children:[s.jsx("th",{scope:"col",children:"When"}),s.jsx("th",{scope:"col",children:"Who"}),s.jsx("th",{scope:"col",children:"What"}),s.jsx("th",{scope:"col",children:"Account"}),s.jsx("th",{scope:"col",children:"Why"})]})}),s.jsx("tbody",{children:u.map(b=>s.jsxs("tr",{children:[s.jsx("td",{children:s.jsx(jt,{iso:b.at})}),s.jsxs("td",{children:[b.actor," ",s.jsxs("span",{className:"muted",children:["(",b.actorRole,")"]})]}),s.jsxs("td",{children:[b.action.replace(/_/g," "),b.detail&&s.jsxs("span",{className:"muted",children:[" · ",b.detail]})]}),s.jsx("td",{children:b.targetId?s.jsx(Ge,{to:`/admin/user?id=${encodeURIComponent(b.targetId)}`,children:b.targetLabel}):"—"}),s.jsx("td",{children:b.reason??"—"})]},b.id))})]}),d&&s.jsx("button",{type:"button",className:"secondary",onClick:()=>{U(d)()},disabled:h.busy,children:"Show more"})]})]})}const pb=async()=>(await Mt(Km)).whoami;function vb(){const{data:u,problem:f}=El(pb);return s.jsxs("main",{children:[s.jsx("h1",{children:"Admin"}),u===null&&!f&&s.jsx(sa,{rows:1,label:"Checking your access…"}),f&&s.jsx(ce,{problem:f}),u&&s.jsx(Oe,{children:"Your access is ready: reload the page."})]})}const dh="At least 8 characters, and not easy to guess.";function bb(){const u=Cn(),f=Ae({currentPassword:"",newPassword:"",newPasswordConfirmation:""}),d=f.run(async()=>{const c=f.values,h=await u(async()=>(await P(Av,{input:c},{session:!0})).changePassword,{password:c.currentPassword});return h?h.__typename!=="AuthSuccess"?_e(h,Ai):(f.reset(),"Your password was changed. Your other sessions were logged out."):null});return s.jsx(We,{title:"Change your password",id:"change-password",children:s.jsxs("form",{onSubmit:d,noValidate:!0,children:[s.jsx(W,{label:"Current password",type:"password",autoComplete:"current-password",...f.bind("currentPassword")}),s.jsx(W,{label:"New password",type:"password",autoComplete:"new-password",hint:dh,...f.bind("newPassword")}),s.jsx(W,{label:"Repeat the new password",type:"password",autoComplete:"new-password",...f.bind("newPasswordConfirmation")}),s.jsx(ce,{problem:f.problem,shown:["currentPassword","newPassword","newPasswordConfirmation"]}),f.done&&s.jsx(Oe,{children:f.done}),s.jsx(He,{busy:f.busy,children:"Change the password"})]})})}function Sb({onSet:u}){const f=Cn(),{setUser:d}=gt(),c=Ae({newPassword:"",newPasswordConfirmation:""}),h=c.run(async()=>{const U=c.values,S=await f(async()=>(await P(Rv,{input:U},{session:!0})).setPassword);return S?S.__typename!=="AuthSuccess"?_e(S):(u(),d(S.user),null):null});return s.jsxs(We,{title:"Set a password",id:"set-password",children:[s.jsx("p",{children:"Your account signs in without a password. Add one to sign in with it too; your other sessions are logged out."}),s.jsxs("form",{onSubmit:h,noValidate:!0,children:[s.jsx(W,{label:"New password",type:"password",autoComplete:"new-password",hint:dh,...c.bind("newPassword")}),s.jsx(W,{label:"Repeat the new password",type:"password",autoComplete:"new-password",...c.bind("newPasswordConfirmation")}),s.jsx(ce,{problem:c.problem,shown:["newPassword","newPasswordConfirmation"]}),s.jsx(He,{busy:c.busy,children:"Set the password"})]})]})}function wb({user:u}){const[f,d]=k.useState(!1);return s.jsxs("main",{children:[s.jsx("h1",{children:"Password"}),f&&s.jsx(Oe,{children:"Your password is set. Your other sessions were logged out."}),u.hasPassword?s.jsx(bb,{},"change"):s.jsx(Sb,{onSet:()=>d(!0)},"set")]})}function xb({user:u}){const{setUser:f}=gt(),d=Cn(),c=Ae({currentPassword:""}),{confirm:h,dialog:U}=Da(),S=c.run(async()=>{if(u.hasPassword&&!c.values.currentPassword)return{message:"",fields:{currentPassword:"Type your current password to delete the account."}};if(!await h({title:"Delete your account for good?",body:s.jsx("p",{children:"Your profile, sessions, passkeys, activity and image are deleted, and this cannot be undone."}),confirm:"Delete my account"}))return null;const b=c.values,g=await d(async()=>(await P(jv,{input:b})).deleteAccount,{password:b.currentPassword});return g?g.__typename!=="AccountDeleted"?_e(g,Ai):(f(null),dt("/login?deleted=1"),null):null});return s.jsxs("main",{children:[s.jsx("h1",{children:"Danger zone"}),s.jsxs(We,{title:"Delete your account",id:"delete",danger:!0,children:[s.jsx("p",{children:"This deletes your account, its sessions, passkeys, activity and image for good. Your username and email become free for anyone."}),s.jsxs("form",{onSubmit:S,noValidate:!0,children:[u.hasPassword&&s.jsx(W,{label:"Current password (to delete the account)",type:"password",autoComplete:"current-password",...c.bind("currentPassword")}),s.jsx(ce,{problem:c.problem,shown:["currentPassword"]}),s.jsx(He,{busy:c.busy,danger:!0,children:"Delete my account"})]})]}),U]})}const Eb={PASSWORD:"Password",TOTP:"app code",RECOVERY_CODE:"recovery code",PASSKEY:"Passkey",EMAIL_CODE:"Email code",EXTERNAL:"Another provider"};function Ab(u){const f=u.map(d=>Eb[d]);return f.length===0?"—":f.map((d,c)=>c===0?d.charAt(0).toUpperCase()+d.slice(1):d.toLowerCase()).join(" + ")}const Rb=async()=>(await P(Uv)).sessions;function jb(){const{setUser:u}=gt(),{data:f,problem:d,reload:c}=El(Rb),h=Ae({}),{confirm:U,dialog:S}=Da(),T=g=>h.run(async()=>await U({title:"Log out this session?",body:s.jsxs("p",{children:[bc(g.userAgent)," is signed out and must log in again."]}),confirm:"Log out the session"})?(await P(_v,{id:g.id}),await c(),"The session was logged out."):null),b=h.run(async()=>{if(!await U({title:"Log out everywhere?",body:s.jsx("p",{children:"Every session ends, this one too, and every device must log in again."}),confirm:"Log out everywhere"}))return null;const{logoutAll:O}=await P(wv);return u(null),dt(`/login?loggedOut=${O.revokedSessions}`),null});return s.jsxs("main",{children:[s.jsx("h1",{children:"Sessions"}),s.jsxs(We,{title:"Where you are signed in",id:"sessions",children:[s.jsx(ce,{problem:d??h.problem}),h.done&&s.jsx(Oe,{children:h.done}),f===null&&!d&&s.jsx(sa,{rows:3,label:"Loading your sessions…"}),f&&s.jsxs("table",{className:"stack",children:[s.jsx("caption",{className:"visually-hidden",children:"Active sessions, most recently used first"}),s.jsx("thead",{children:s.jsxs("tr",{children:[s.jsx("th",{scope:"col",children:"Device"}),s.jsx("th",{scope:"col",children:"IP address"}),s.jsx("th",{scope:"col",children:"Signed in"}),s.jsx("th",{scope:"col",children:"Proved with"}),s.jsx("th",{scope:"col",children:"Last used"}),s.jsx("th",{scope:"col",children:s.jsx("span",{className:"visually-hidden",children:"Action"})})]})}),s.jsx("tbody",{children:f.map(g=>s.jsxs("tr",{children:[s.jsx("td",{"data-label":"Device",className:"cell-title",children:s.jsxs("span",{children:[s.jsx(oh,{userAgent:g.userAgent})," ",g.current&&s.jsx(on,{tone:"good",children:"This browser"})]})}),s.jsx("td",{"data-label":"IP address",children:g.ipAddress??"—"}),s.jsx("td",{"data-label":"Signed in",children:s.jsx(jt,{iso:g.createdAt})}),s.jsx("td",{"data-label":"Proved with",children:s.jsxs("span",{className:"proof",children:[Ab(g.methods)," ",g.assurance==="AAL2"&&s.jsx(on,{tone:"good",children:"Two factors"})," ",s.jsx("span",{className:"muted",children:s.jsx(jt,{iso:g.authenticatedAt})})]})}),s.jsx("td",{"data-label":"Last used",children:s.jsx(jt,{iso:g.lastUsedAt??g.createdAt})}),s.jsx("td",{className:"cell-action",children:!g.current&&s.jsx("button",{type:"button",className:"danger-outline small",onClick:()=>{T(g)()},disabled:h.busy,"aria-label":`Log out ${bc(g.userAgent)}, signed in ${new Date(g.createdAt).toLocaleString()}`,children:"Log out"})})]},g.id))})]})]}),s.jsxs(We,{title:"Log out everywhere",id:"everywhere",danger:!0,children:[s.jsx("p",{children:"Lost a device, or signed in somewhere you should not have? End every session at once."}),s.jsx("button",{type:"button",className:"danger",onClick:()=>{b()},disabled:h.busy,children:"Log out everywhere"})]}),S]})}const Ub={REGISTERED:"Account created",LOGIN:"Signed in",LOGIN_FAILED:"Failed sign-in",LOGOUT:"Signed out",SESSION_REVOKED:"Session logged out",PASSWORD_CHANGED:"Password changed",PASSWORD_RESET:"Password reset",EMAIL_VERIFIED:"Email verified",EMAIL_CHANGED:"Email changed",ACCOUNT_DEACTIVATED:"Account deactivated",ACCOUNT_REACTIVATED:"Account reactivated",TWO_FACTOR_ENABLED:"Two-factor turned on",TWO_FACTOR_DISABLED:"Two-factor turned off",RECOVERY_CODE_USED:"Recovery code used",PASSKEY_ADDED:"Passkey added",PASSKEY_REMOVED:"Passkey removed"},_b=10;function Tb(){const[u,f]=k.useState(null),[d,c]=k.useState(null),[h,U]=k.useState(null),[S,T]=k.useState(!1),b=k.useCallback(async g=>{T(!0);try{const{securityEvents:O}=await P(Tv,{first:_b,after:g});f(M=>g&&M?[...M,...O.edges]:O.edges),c(O.pageInfo.hasNextPage?O.pageInfo.endCursor??null:null),U(null)}catch(O){U($s(O))}finally{T(!1)}},[]);return k.useEffect(()=>{b(null)},[b]),s.jsxs("main",{children:[s.jsx("h1",{children:"Security activity"}),s.jsxs(We,{title:"What happened on your account",id:"events",children:[s.jsx(ce,{problem:h}),u===null&&!h&&s.jsx(sa,{rows:4,label:"Loading your activity…"}),u&&s.jsxs("table",{className:"stack",children:[s.jsx("caption",{className:"visually-hidden",children:"Security events, newest first"}),s.jsx("thead",{children:s.jsxs("tr",{children:[s.jsx("th",{scope:"col",children:"Event"}),s.jsx("th",{scope:"col",children:"When"}),s.jsx("th",{scope:"col",children:"IP address"}),s.jsx("th",{scope:"col",children:"Device"})]})}),s.jsx("tbody",{children:u.map(({node:g})=>s.jsxs("tr",{children:[s.jsx("td",{"data-label":"Event",className:"cell-title",children:Ub[g.kind]??g.kind}),s.jsx("td",{"data-label":"When",children:s.jsx(jt,{iso:g.at})}),s.jsx("td",{"data-label":"IP address",children:g.ipAddress??"—"}),s.jsx("td",{"data-label":"Device",children:g.userAgent?s.jsx(oh,{userAgent:g.userAgent}):"—"})]},g.id))})]}),d&&s.jsx("p",{className:"actions",children:s.jsx("button",{type:"button",className:"secondary",onClick:()=>{b(d)},disabled:S,"aria-busy":S||void 0,children:"Show older events"})})]})]})}const wc="accounts.externalFlow";function Cb(){return`${window.location.origin}${Na}/external`}async function fh(u,f){const d={provider:u,returnTo:Cb()},c=f==="login"?(await P(kv,{input:d})).beginExternalLogin:(await P(Bv,{input:d})).beginExternalLink;if(c.__typename==="ExternalLoginStarted"){const h={flowId:c.flowId,purpose:f,provider:u};sessionStorage.setItem(wc,JSON.stringify(h)),window.location.assign(c.authorizationUrl)}return c}function Nb(){try{const u=sessionStorage.getItem(wc);return sessionStorage.removeItem(wc),u?JSON.parse(u):null}catch{return null}}const Db={access_denied:"You cancelled the sign-in at the provider.",provider_unavailable:"The provider could not be reached. Try again in a moment."};function Ob(u){const f=new URLSearchParams(u.replace(/^#/,"")),d=f.get("handoff");if(d&&/^[A-Za-z0-9_-]{1,128}$/.test(d))return{handoff:d};const c=f.get("error")??"";return{error:Db[c]??"The provider's answer could not be used. Start again."}}const Uc="accounts.mailLink",zb=/^[A-Za-z0-9-]{1,64}$/,_c=/^[A-Za-z0-9_-]{1,128}$/;function mh(u){const f=window.location.hash.slice(1);if(!f)return!1;const d=new URLSearchParams(f),c=d.get("code");if(!c||!zb.test(c))return!1;const h=window.location.pathname.slice(u.length).replace(/\/+$/,"")||"/",U=d.get("handle"),S={page:h,code:c,email:d.get("email"),handle:U&&_c.test(U)?U:null};try{sessionStorage.setItem(Uc,JSON.stringify(S))}catch{}return Tc=S,window.history.replaceState(window.history.state,"",window.location.pathname+window.location.search),!0}let Tc=null;function Al(u){let f=Tc;try{const d=sessionStorage.getItem(Uc);d&&(f={handle:null,...JSON.parse(d)})}catch{}return f&&f.page===u?f:null}function Ri(){Tc=null;try{sessionStorage.removeItem(Uc)}catch{}}function Cc(u,f){return f?.handle&&(f.code==null||f.code===u.trim())?f.handle:null}const hh="accounts.verifyHandles";function Nc(){try{const u=JSON.parse(localStorage.getItem(hh)??"{}");return u&&typeof u=="object"?u:{}}catch{return{}}}function gh(u){try{localStorage.setItem(hh,JSON.stringify(u))}catch{}}function Dc(u,f){!f||!_c.test(f)||gh({...Nc(),[u.trim().toLowerCase()]:f})}function Lb(u){if(!u)return null;const f=Nc()[u.trim().toLowerCase()];return typeof f=="string"&&_c.test(f)?f:null}function qb(u){const{[u.trim().toLowerCase()]:f,...d}=Nc();gh(d)}const Mb="The code is wrong or was already used.",Vb="If you have just used this code (to turn two-factor on, say), wait for the next one: your app shows a new code every 30 seconds.";function kb(){const{setUser:u}=gt();return(f,d)=>{Ec(d),u(f),dt(Ac())}}function Xs(u){const f=kb();return(d,c)=>{switch(d.__typename){case"AuthSuccess":return f(d.user,d.deviceToken),null;case"TwoFactorRequired":return u({challenge:d.challenge,methods:d.methods}),null;case"EmailNotVerified":{const h=c?.includes("@")?c.trim():null;return h&&Dc(h,d.handle),dt("/verify",!1,{...h?{email:h}:{},sent:"login",handle:d.handle??""}),null}case"InvalidCredentials":return d.message===Mb?{message:`${d.message} ${Vb}`,fields:{}}:_e(d);default:return _e(d)}}}async function yh(u){const f=Gs();if(f)return f;const c=(await P(vv,{input:{identifier:u}})).beginPasskeyLogin;if(c.__typename!=="PasskeyOptions")return _e(c);let h;try{h=await navigator.credentials.get({publicKey:sh(c.optionsJson)})}catch(S){return xl(S,!1)}return h instanceof PublicKeyCredential?(await P(bv,{input:{challengeId:c.challengeId,credentialJson:Rc(h),deviceToken:Tn()}},{session:!0})).finishPasskeyLogin:xl(null,!1)}function Oc({challenge:u,onRestart:f}){const[d,c]=k.useState(!1),h=Ae({code:"",recoveryCode:""}),U=Xs(()=>{}),S=h.run(async()=>{const b=d?{challenge:u.challenge,recoveryCode:h.values.recoveryCode.trim(),deviceToken:Tn()}:{challenge:u.challenge,code:h.values.code.trim(),deviceToken:Tn()},{completeLogin:g}=await P(pv,{input:b},{session:!0});return U(g)}),T=h.run(async()=>{const b=await yh(null);return"__typename"in b?U(b):b});return s.jsxs("section",{"aria-labelledby":"second-factor",children:[s.jsx("h2",{id:"second-factor",children:"Second factor"}),s.jsxs("p",{children:["One more step: confirm it is you with your authenticator app",d?" or a recovery code":"","."]}),s.jsxs("form",{onSubmit:S,noValidate:!0,children:[d?s.jsx(W,{label:"Recovery code",autoComplete:"off",...h.bind("recoveryCode"),required:!0}):s.jsx(W,{label:"Code from your authenticator app",inputMode:"numeric",autoComplete:"one-time-code",...h.bind("code"),required:!0}),s.jsx(ce,{problem:h.problem,shown:["code","recoveryCode"]}),s.jsx(He,{busy:h.busy,children:"Continue"})]}),s.jsxs("p",{className:"actions",children:[u.methods.includes("RECOVERY_CODE")&&s.jsx("button",{type:"button",className:"link",onClick:()=>c(!d),children:d?"Use a code from the app instead":"Use a recovery code instead"}),u.methods.includes("PASSKEY")&&s.jsx("button",{type:"button",className:"link",onClick:()=>{T()},children:"Use a passkey instead"}),s.jsx("button",{type:"button",className:"link",onClick:f,children:"Start over"})]})]})}function Bb({busy:u}){const[f,d]=k.useState([]),[c,h]=k.useState(null);if(k.useEffect(()=>{P(nh).then(S=>d(S.externalProviders)).catch(()=>d([]))},[]),f.length===0)return null;const U=async S=>{h(null);const T=await fh(S,"login");T.__typename!=="ExternalLoginStarted"&&h(_e(T))};return s.jsxs("div",{className:"external-providers",children:[f.map(S=>s.jsxs("button",{type:"button",className:"secondary wide",onClick:()=>{U(S.id)},disabled:u,children:["Continue with ",S.displayName]},S.id)),s.jsx(ce,{problem:c})]})}function Hb({onChallenge:u,onPassword:f}){const[d]=k.useState(()=>Al("/login")),[c,h]=k.useState(d?{code:d.code,handle:d.handle,message:"The code from your email is filled in. Press Sign in."}:null),U=Ae({email:d?.email??""}),S=Ae({code:d?.code??""}),T=Xs(u),b=U.run(async()=>{const O=U.values.email.trim(),{requestLoginCode:M}=await P(gv,{input:{email:O,deviceToken:Tn()}});return M.__typename!=="CodeSent"?_e(M):(h({code:null,handle:M.handle,message:`We sent a 6-digit code to ${O}, if it has an account.`}),null)}),g=S.run(async()=>{const O=S.values.code.trim(),M={email:U.values.email.trim(),code:O,handle:Cc(O,c),deviceToken:Tn()},{loginWithCode:y}=await P(yv,{input:M},{session:!0}),R=T(y);return R||Ri(),R});return s.jsxs("section",{"aria-labelledby":"code-login",children:[s.jsx("h2",{id:"code-login",children:"Sign in with a code by email"}),c?s.jsxs(s.Fragment,{children:[s.jsx(Oe,{children:c.message}),s.jsxs("form",{onSubmit:g,noValidate:!0,children:[s.jsx(W,{label:"Email",type:"email",autoComplete:"email",...U.bind("email"),required:!0}),s.jsx(W,{label:"Code from the email",inputMode:"numeric",autoComplete:"one-time-code",hint:"6 digits.",...S.bind("code"),required:!0}),s.jsx(ce,{problem:S.problem,shown:["code"]}),s.jsx(He,{busy:S.busy,children:"Sign in"})]})]}):s.jsxs("form",{onSubmit:b,noValidate:!0,children:[s.jsx(W,{label:"Email",type:"email",autoComplete:"email",...U.bind("email"),required:!0}),s.jsx(ce,{problem:U.problem,shown:["email"]}),s.jsx(He,{busy:U.busy,children:"Email me a code"})]}),s.jsxs("p",{className:"actions",children:[c&&s.jsx("button",{type:"button",className:"link",onClick:()=>h(null),children:"Send another code"}),s.jsx("button",{type:"button",className:"link",onClick:f,children:"Use your password instead"})]})]})}function Yb(){const u=Ae({identifier:"",password:""}),[f,d]=k.useState(null),[c,h]=k.useState(()=>Al("/login")!==null),U=Xs(d),S=u.run(async()=>{const{login:b}=await P(hv,{input:{...u.values,deviceToken:Tn()}},{session:!0});return U(b,u.values.identifier)}),T=u.run(async()=>{const b=await yh(u.values.identifier.trim()||null);return"__typename"in b?U(b):b});return s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Log in"}),f?s.jsx(Oc,{challenge:f,onRestart:()=>d(null)}):c?s.jsx(Hb,{onChallenge:d,onPassword:()=>h(!1)}):s.jsxs(s.Fragment,{children:[s.jsxs("form",{onSubmit:S,noValidate:!0,children:[s.jsx(W,{label:"Email or username",autoComplete:"username webauthn",...u.bind("identifier"),required:!0}),s.jsx(W,{label:"Password",type:"password",autoComplete:"current-password",...u.bind("password"),required:!0}),s.jsx("p",{className:"form-aside",children:s.jsx(Ge,{to:"/forgot",children:"Forgot your password?"})}),s.jsx(ce,{problem:u.problem,shown:["identifier","password"]}),s.jsx(He,{busy:u.busy,children:"Log in"})]}),s.jsx("p",{className:"divider",children:s.jsx("span",{children:"or"})}),s.jsx("button",{type:"button",className:"secondary wide",onClick:()=>{T()},disabled:u.busy,children:"Log in with a passkey"}),s.jsx("button",{type:"button",className:"secondary wide",onClick:()=>h(!0),disabled:u.busy,children:"Email me a code"}),s.jsx(Bb,{busy:u.busy}),s.jsxs("p",{className:"switch",children:["New here? ",s.jsx(Ge,{to:"/register",children:"Create an account"})," · ",s.jsx(Ge,{to:"/verify",children:"Verify your email"})]})]})]})}function $b(u){return new Promise((f,d)=>{const c=new FileReader;c.onload=()=>f(String(c.result)),c.onerror=()=>d(c.error),c.readAsDataURL(u)})}function ph({label:u,error:f,onFile:d}){const[c,h]=k.useState(null),U=async S=>{const T=S.target.files?.[0]??null;d(T),h(T&&T.type.startsWith("image/")?await $b(T):null)};return s.jsxs("div",{className:f?"field invalid":"field",children:[s.jsx("label",{htmlFor:"image-input",children:u}),s.jsx("input",{id:"image-input",name:"image",type:"file",accept:"image/png,image/jpeg,image/webp,image/gif",onChange:S=>{U(S)},"aria-invalid":f?!0:void 0,"aria-describedby":f?"image-error":"image-hint"}),s.jsx("p",{className:"hint",id:"image-hint",children:"PNG, JPEG, WebP or GIF."}),c&&s.jsx("img",{className:"avatar",src:c,alt:"Preview of the chosen image"}),f&&s.jsx("p",{className:"error",id:"image-error",children:f})]})}const Gb=["email","username","firstName","lastName","password","passwordConfirmation","bio","contact","image"];function Xb(){const u=Ae({email:"",username:"",firstName:"",lastName:"",password:"",passwordConfirmation:"",bio:"",contact:""}),[f,d]=k.useState(null),{setUser:c}=gt(),h=S=>{d(S),u.setProblem(T=>T&&"image"in T.fields?{...T,fields:Object.fromEntries(Object.entries(T.fields).filter(([b])=>b!=="image"))}:T)},U=u.run(async()=>{const S={...u.values,image:null},{registerUser:T}=await P(mv,{input:S},{session:!0,files:f?{"input.image":f}:void 0});switch(T.__typename){case"AuthSuccess":return Ec(T.deviceToken),c(T.user),dt("/verify",!1,{email:T.user.email,sent:"1"}),null;case"VerificationRequired":return Dc(T.email,T.handle),dt("/verify",!1,{email:T.email,sent:"registered",handle:T.handle}),null;default:return _e(T)}});return s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Create an account"}),s.jsxs("form",{onSubmit:U,noValidate:!0,children:[s.jsx(W,{label:"Email",type:"email",autoComplete:"email",...u.bind("email"),required:!0}),s.jsx(W,{label:"Username",autoComplete:"username",hint:"6 to 150 characters: letters, digits, dots, dashes or underscores.",...u.bind("username"),required:!0}),s.jsxs("div",{className:"pair",children:[s.jsx(W,{label:"First name",autoComplete:"given-name",...u.bind("firstName"),required:!0}),s.jsx(W,{label:"Last name",autoComplete:"family-name",...u.bind("lastName"),required:!0})]}),s.jsx(W,{label:"Password",type:"password",autoComplete:"new-password",hint:"At least 8 characters, and not easy to guess.",...u.bind("password"),required:!0}),s.jsx(W,{label:"Repeat the password",type:"password",autoComplete:"new-password",...u.bind("passwordConfirmation"),required:!0}),s.jsx(W,{label:"About you (optional)",multiline:!0,...u.bind("bio")}),s.jsx(W,{label:"Contact (optional)",...u.bind("contact")}),s.jsx(ph,{label:"Profile image (optional)",error:u.problem?.fields.image,onFile:h}),s.jsx(ce,{problem:u.problem,shown:Gb}),s.jsx(He,{busy:u.busy,children:"Create the account"})]}),s.jsxs("p",{className:"switch",children:["Have an account? ",s.jsx(Ge,{to:"/login",children:"Log in"})]})]})}function ji(u,f,d={}){return u.__typename==="UpdateUserSuccess"?(f(u.user),null):_e(u,d)}function zc({user:u,size:f="large",alt:d=""}){const c=`${u.firstName[0]??""}${u.lastName[0]??""}`.toUpperCase();return u.imageUrl?s.jsx("img",{className:`avatar ${f}`,src:u.imageUrl,alt:d}):s.jsx("span",{className:`avatar initials ${f}`,"aria-hidden":"true",children:c||"?"})}function Qb({user:u}){const{setUser:f}=gt(),d=Ae({username:u.username,firstName:u.firstName,lastName:u.lastName,bio:u.bio,contact:u.contact}),c=d.run(async()=>{const{updateUser:h}=await P(Hs,{input:d.values});return ji(h,f)??"Your details are saved."});return s.jsx(We,{title:"Your details",id:"details",children:s.jsxs("form",{onSubmit:c,noValidate:!0,children:[s.jsx(W,{label:"Username",autoComplete:"username",...d.bind("username")}),s.jsxs("div",{className:"pair",children:[s.jsx(W,{label:"First name",autoComplete:"given-name",...d.bind("firstName")}),s.jsx(W,{label:"Last name",autoComplete:"family-name",...d.bind("lastName")})]}),s.jsx(W,{label:"About you",multiline:!0,...d.bind("bio")}),s.jsx(W,{label:"Contact",hint:"A phone number or another way to reach you (optional).",...d.bind("contact")}),s.jsx(ce,{problem:d.problem,shown:["username","firstName","lastName","bio","contact"]}),d.done&&s.jsx(Oe,{children:d.done}),s.jsx(He,{busy:d.busy,children:"Save details"})]})})}function Zb({user:u}){const{setUser:f}=gt(),[d,c]=k.useState(null),[h,U]=k.useState(0),S=Ae({}),{confirm:T,dialog:b}=Da(),g=y=>{c(y),S.setProblem(null),S.setDone(null)},O=S.run(async()=>{if(!d)return{message:"",fields:{image:"Choose an image first."}};const{updateUser:y}=await P(Hs,{input:{image:null}},{files:{"input.image":d}}),R=ji(y,f);return R||(c(null),U(E=>E+1),"Your new image is saved.")}),M=S.run(async()=>{if(!await T({title:"Remove your profile image?",body:s.jsx("p",{children:"Your initials are shown instead until you upload a new image."}),confirm:"Remove the image"}))return null;const{updateUser:R}=await P(Hs,{input:{removeImage:!0}});return ji(R,f)??"Your image was removed."});return s.jsxs(We,{title:"Profile image",id:"image",children:[s.jsxs("div",{className:"image-row",children:[s.jsx(zc,{user:u,alt:u.imageUrl?"Your profile image":""}),s.jsxs("form",{onSubmit:O,noValidate:!0,children:[s.jsx(ph,{label:"New image",error:S.problem?.fields.image,onFile:g},h),s.jsx(ce,{problem:S.problem,shown:["image"]}),S.done&&s.jsx(Oe,{children:S.done}),s.jsxs("div",{className:"actions",children:[s.jsx(He,{busy:S.busy,children:"Upload"}),u.imageUrl&&s.jsx("button",{type:"button",className:"danger-outline",onClick:()=>{M()},disabled:S.busy,children:"Remove the image"})]})]})]}),b]})}function Jb({user:u}){return s.jsxs("main",{children:[s.jsxs("div",{className:"profile-head",children:[s.jsx(zc,{user:u}),s.jsxs("div",{children:[s.jsxs("h1",{children:[u.firstName," ",u.lastName]}),s.jsxs("p",{className:"muted",children:["@",u.username," · joined ",s.jsx(jt,{iso:u.dateJoined})]})]})]}),s.jsx(Qb,{user:u},`details-${u.id}`),s.jsx(Zb,{user:u})]})}function Fb({user:u,onConfirmed:f}){const{setUser:d}=gt(),[c]=k.useState(()=>Al("/confirm-email")),h=Ae({code:c?.code??""}),U=h.run(async()=>{const{confirmEmailChange:S}=await P(Ev,{input:{code:h.values.code.trim()}}),T=ji(S,d,{InvalidCode:{field:"code"}});return T||(Ri(),S.__typename==="UpdateUserSuccess"&&f(S.user.email),null)});return s.jsxs(We,{title:"Confirm your new email",id:"confirm-email",children:[s.jsxs("p",{children:["We sent a code to ",s.jsx("strong",{children:u.pendingEmail}),". Enter it to make it your email."]}),c&&s.jsx(Oe,{children:"The code from your email is filled in. Press Confirm to finish."}),s.jsxs("form",{onSubmit:U,noValidate:!0,children:[s.jsx(W,{label:"Code sent to the new address",inputMode:"numeric",autoComplete:"one-time-code",...h.bind("code")}),s.jsx(ce,{problem:h.problem,shown:["code"]}),s.jsx(He,{busy:h.busy,children:"Confirm the new email"})]})]})}function Kb({user:u,onChanged:f}){const{setUser:d}=gt(),c=Cn(),h=Ae({email:"",currentPassword:""}),U=h.run(async()=>{const S={email:h.values.email.trim(),currentPassword:h.values.currentPassword||null},T=await c(async()=>(await P(Hs,{input:S})).updateUser,{password:h.values.currentPassword});if(!T)return null;const b=ji(T,d,Ai);return b||(h.reset(),f(),null)});return s.jsx(We,{title:"Change your email",id:"change-email",children:s.jsxs("form",{onSubmit:U,noValidate:!0,children:[s.jsx(W,{label:"New email",type:"email",autoComplete:"email",...h.bind("email")}),u.hasPassword&&s.jsx(W,{label:"Current password",type:"password",autoComplete:"current-password",...h.bind("currentPassword")}),s.jsx(ce,{problem:h.problem,shown:["email","currentPassword"]}),s.jsx(He,{busy:h.busy,children:"Change the email"})]})})}function Qm({user:u}){const[f,d]=k.useState(null),[c]=k.useState(()=>Al("/confirm-email"));return s.jsxs("main",{children:[s.jsx("h1",{children:"Email"}),s.jsxs(We,{title:"Your email",id:"current-email",children:[s.jsxs("p",{className:"email-line",children:[s.jsx("strong",{children:u.email})," ",u.emailVerified?s.jsx(on,{tone:"good",children:"Verified"}):s.jsx(on,{tone:"warn",children:"Not verified"})]}),!u.emailVerified&&s.jsxs("p",{children:[s.jsx(Ge,{to:"/verify",children:"Verify your email"})," to use two-factor sign-in and passkeys."]}),f&&s.jsxs(Oe,{children:[f," is now your email."]})]}),u.pendingEmail&&s.jsx(Fb,{user:u,onConfirmed:d}),!u.pendingEmail&&c&&!f&&s.jsx(Oe,{warn:!0,children:"No change of email is waiting for this code: it was confirmed already, or replaced by a newer one."}),s.jsx(Kb,{user:u,onChanged:()=>d(null)})]})}function Ib(){const[u]=k.useState(()=>{const g=Ob(window.location.hash);return window.history.replaceState(window.history.state,"",window.location.pathname),g}),[f,d]=k.useState("error"in u?{message:u.error,fields:{}}:null),[c,h]=k.useState(null),[U,S]=k.useState(!1),T=Xs(h),b=k.useRef(!1);return k.useEffect(()=>{if(b.current||!("handoff"in u))return;b.current=!0;const g=Nb();if(!g){d({message:"This sign-in was not started in this tab. Start it again.",fields:{}});return}const O={flowId:g.flowId,handoff:u.handoff,deviceToken:Tn()};(async()=>{try{if(g.purpose==="link"){const{completeExternalLink:y}=await P(Yv,{input:O});y.__typename==="ExternalIdentityLinked"?(S(!0),dt("/security",!0,{linked:g.provider})):d(_e(y));return}const{completeExternalLogin:M}=await P(Hv,{input:O},{session:!0});d(T(M))}catch(M){d({message:M instanceof Error?M.message:"Something went wrong.",fields:{}})}})()},[u,T]),s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Signing in"}),c?s.jsx(Oc,{challenge:c,onRestart:()=>dt("/login")}):f?s.jsxs(s.Fragment,{children:[s.jsx(ce,{problem:f}),s.jsx("p",{className:"switch",children:s.jsx(Ge,{to:"/login",children:"Back to the login page"})})]}):s.jsx(Oe,{children:U?"Linked.":"One moment…"})]})}const vh={InvalidCode:{field:"code"}},bh="The code from your email is filled in.";function Lc(u){return u?{code:u.code,handle:u.handle}:{code:null,handle:la("handle")}}function Wb(u,f){const d=Lc(u);return d.handle?d:{...d,handle:Lb(f)}}function Pb(){const{user:u,refresh:f}=gt(),[d]=k.useState(()=>Al("/verify")),c=Ae({email:d?.email??la("email")??u?.email??"",code:d?.code??""}),[h,U]=k.useState(null),[S,T]=k.useState(()=>Lc(d)),b=Ae({}),g=Ae({}),O=la("sent")==="registered",M=la("sent")?"We sent a 6-digit code to your email.":null,y=c.run(async()=>{const x=c.values.email.trim(),V={email:x,code:c.values.code.trim(),handle:Cc(c.values.code,S.handle?S:Wb(d,x))},{verifyEmail:pe}=await P(Pm,{input:V});return pe.__typename!=="EmailVerified"?_e(pe,vh):(Ri(),qb(pe.email),U({email:pe.email,hasPassword:pe.hasPassword}),await f(),null)}),R=g.run(async()=>{const{requestEmailVerification:x}=await P(eh);return x.__typename!=="CodeSent"?_e(x):(T({code:null,handle:x.handle}),u&&Dc(u.email,x.handle),x.message)}),E=b.run(async()=>{const x=h?.email??"",{requestPasswordReset:V}=await P(th,{input:{email:x,deviceToken:Tn()}});return V.__typename!=="CodeSent"?_e(V):(dt("/reset-password",!1,{email:x,sent:V.message,handle:V.handle}),null)});return h?s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Verify your email"}),s.jsxs(Oe,{children:[s.jsxs("p",{children:[h.email," is verified."]}),h.hasPassword?u?s.jsx("p",{children:s.jsx(Ge,{to:"/",children:"Go to your profile"})}):s.jsxs("p",{children:["Your account is ready. ",s.jsx(Ge,{to:"/login",children:"Log in"})]}):s.jsxs(s.Fragment,{children:[s.jsx("p",{children:"The account has no password now: whoever set the one it had did not prove this address. Choose yours with a code we email you."}),s.jsx("p",{children:s.jsx("button",{type:"button",onClick:()=>{E()},disabled:b.busy,children:"Choose a password"})}),s.jsx(ce,{problem:b.problem})]})]})]}):s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Verify your email"}),d?s.jsxs(Oe,{children:[bh," Check the address and press Verify."]}):O?s.jsxs(Oe,{children:[s.jsxs("p",{children:["Check your mail: we sent a 6-digit code to ",c.values.email||"your email","."]}),s.jsx("p",{children:"Enter it here, or open the link in the email, to finish creating your account. Then log in."})]}):M&&s.jsx(Oe,{children:M}),s.jsxs("form",{onSubmit:y,noValidate:!0,children:[s.jsx(W,{label:"Email",type:"email",autoComplete:"email",...c.bind("email"),required:!0}),s.jsx(W,{label:"Code",inputMode:"numeric",autoComplete:"one-time-code",hint:"6 digits, from the email we sent.",...c.bind("code"),required:!0}),s.jsx(ce,{problem:c.problem,shown:["email","code"]}),s.jsx(He,{busy:c.busy,children:"Verify"})]}),u&&!u.emailVerified&&s.jsxs("div",{className:"secondary-actions",children:[s.jsx("button",{type:"button",className:"secondary",onClick:()=>{R()},disabled:g.busy,children:"Send a new code"}),g.done&&s.jsx(Oe,{children:g.done}),s.jsx(ce,{problem:g.problem})]})]})}function e0(){const u=Ae({email:la("email")??""}),f=u.run(async()=>{const d=u.values.email.trim(),{requestPasswordReset:c}=await P(th,{input:{email:d,deviceToken:Tn()}});return c.__typename!=="CodeSent"?_e(c):(dt("/reset-password",!1,{email:d,sent:c.message,handle:c.handle}),null)});return s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Forgot your password?"}),s.jsx("p",{children:"We will email you a code to set a new one."}),s.jsxs("form",{onSubmit:f,noValidate:!0,children:[s.jsx(W,{label:"Email",type:"email",autoComplete:"email",...u.bind("email"),required:!0}),s.jsx(ce,{problem:u.problem,shown:["email"]}),s.jsx(He,{busy:u.busy,children:"Send me a code"})]}),s.jsxs("p",{className:"switch",children:[s.jsx(Ge,{to:"/reset-password",children:"I have a code"})," · ",s.jsx(Ge,{to:"/login",children:"Back to log in"})]})]})}function t0(){const[u]=k.useState(()=>Al("/reset-password")),f=Ae({email:u?.email??la("email")??"",code:u?.code??"",newPassword:"",newPasswordConfirmation:""}),[d,c]=k.useState(null),[h]=k.useState(()=>Lc(u)),{setUser:U}=gt(),S=la("sent"),T=f.run(async()=>{const b={...f.values,email:f.values.email.trim(),code:f.values.code.trim(),handle:Cc(f.values.code,h)},{resetPassword:g}=await P(xv,{input:b},{session:!0});switch(g.__typename){case"AuthSuccess":return Ri(),Ec(g.deviceToken),U(g.user),dt(Ac()),null;case"TwoFactorRequired":return Ri(),c({challenge:g.challenge,methods:g.methods}),null;default:return _e(g,vh)}});return d?s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Set a new password"}),s.jsx("p",{children:"The new password takes effect once you confirm the second factor."}),s.jsx(Oc,{challenge:d,onRestart:()=>c(null)})]}):s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Set a new password"}),u?s.jsxs(Oe,{children:[bh," Choose your new password."]}):S&&s.jsx(Oe,{children:S}),s.jsxs("form",{onSubmit:T,noValidate:!0,children:[s.jsx(W,{label:"Email",type:"email",autoComplete:"email",...f.bind("email"),required:!0}),s.jsx(W,{label:"Code from the email",inputMode:"numeric",autoComplete:"one-time-code",...f.bind("code"),required:!0}),s.jsx(W,{label:"New password",type:"password",autoComplete:"new-password",...f.bind("newPassword"),required:!0}),s.jsx(W,{label:"Repeat the new password",type:"password",autoComplete:"new-password",...f.bind("newPasswordConfirmation"),required:!0}),s.jsx(ce,{problem:f.problem,shown:["email","code","newPassword","newPasswordConfirmation"]}),s.jsx(He,{busy:f.busy,children:"Set the new password"})]}),s.jsxs("p",{className:"switch",children:[s.jsx(Ge,{to:"/forgot",children:"Send me another code"})," · ",s.jsx(Ge,{to:"/login",children:"Back to log in"})]})]})}async function n0(){return(await P($v)).me?.externalIdentities??[]}function a0(){const[u,f]=k.useState(null),{data:d,problem:c,reload:h}=El(n0),U=Ae({}),{confirm:S,dialog:T}=Da(),b=Cn(),g=la("linked");k.useEffect(()=>{P(nh).then(R=>f(R.externalProviders)).catch(()=>f([]))},[]);const O=R=>u?.find(E=>E.id===R)?.displayName??R;if(u!==null&&u.length===0&&d?.length===0)return null;const M=R=>U.run(async()=>{const E=await b(()=>fh(R,"link"));return!E||E.__typename==="ExternalLoginStarted"?null:_e(E)}),y=R=>U.run(async()=>{if(!await S({title:`Unlink ${O(R.provider)}?`,body:s.jsx("p",{children:"It stops signing you in to this account."}),confirm:"Unlink"}))return null;const x=await b(async()=>(await P(Gv,{id:R.id})).unlinkExternalIdentity);return x?x.__typename!=="ExternalIdentityUnlinked"?_e(x):(await h(),`${O(R.provider)} unlinked.`):null});return s.jsxs(We,{title:"Linked accounts",id:"linked-accounts",children:[s.jsx("p",{children:"Accounts at other providers that sign you in here."}),g&&!U.done&&s.jsxs(Oe,{children:[O(g)," linked."]}),s.jsx(ce,{problem:c??U.problem}),U.done&&s.jsx(Oe,{children:U.done}),d===null&&!c&&s.jsx(sa,{rows:1,label:"Loading your linked accounts…"}),d&&d.length===0&&s.jsx("p",{className:"empty",children:"No linked accounts."}),d&&d.length>0&&s.jsx("ul",{className:"rows",children:d.map(R=>s.jsxs("li",{className:"row",children:[s.jsxs("div",{className:"row-main",children:[s.jsx("strong",{children:O(R.provider)}),s.jsxs("span",{className:"muted",children:[R.email??"no email"," · linked ",s.jsx(jt,{iso:R.linkedAt})]})]}),s.jsx("button",{type:"button",className:"danger-outline small",onClick:()=>{y(R)()},disabled:U.busy,"aria-label":`Unlink ${O(R.provider)}`,children:"Unlink"})]},R.id))}),u&&u.length>0&&s.jsx("p",{className:"actions",children:u.map(R=>s.jsxs("button",{type:"button",className:"secondary",onClick:()=>{M(R.id)()},disabled:U.busy,children:["Link ",R.displayName]},R.id))}),T]})}const l0="The code is not right. Type the code your app shows now; a code that was just used works once only, so wait for the next one.",Sh={InvalidCode:{field:"code",message:l0}};function i0(u){return/^<svg[^>]*\sxmlns=/.test(u)||(u=u.replace(/^<svg\b/,'<svg xmlns="http://www.w3.org/2000/svg"')),`data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(u)))}`}function wh({codes:u}){return s.jsxs("section",{"aria-labelledby":"recovery-codes",className:"codes-box",children:[s.jsx("h3",{id:"recovery-codes",children:"Your recovery codes"}),s.jsx("p",{children:"Each works once, in place of a code from the app. They are shown only now: print them or keep them in a password manager."}),s.jsx("ul",{className:"codes","data-testid":"recovery-codes",children:u.map(f=>s.jsx("li",{children:s.jsx("code",{children:f})},f))})]})}function s0({user:u,onEnabled:f}){const[d,c]=k.useState(null),h=Ae({}),U=Ae({code:""}),S=Cn(),T=h.run(async()=>{const g=await S(async()=>(await P(Cv)).beginTotpSetup);return g?g.__typename!=="TotpSetup"?_e(g):(c(g),null):null}),b=U.run(async()=>{const g={code:U.values.code.trim()},O=await S(async()=>(await P(Nv,{input:g})).confirmTotpSetup);return O?O.__typename!=="RecoveryCodes"?_e(O,Sh):(f(O.codes),null):null});return d?s.jsxs("form",{onSubmit:b,noValidate:!0,children:[s.jsx("p",{children:"Scan this code with your authenticator app, or type the key in by hand."}),s.jsx("img",{className:"qr",src:i0(d.qrSvg),alt:"QR code to scan with your authenticator app",width:200,height:200}),s.jsxs("p",{className:"key",children:["Key: ",s.jsx("code",{"data-testid":"totp-secret",children:d.secret})]}),s.jsx(W,{label:"Code from the app",inputMode:"numeric",autoComplete:"one-time-code",...U.bind("code")}),s.jsx(ce,{problem:U.problem,shown:["code"]}),s.jsx(He,{busy:U.busy,children:"Turn on two-factor sign-in"})]}):s.jsxs(s.Fragment,{children:[s.jsx("p",{children:"Ask for a code from an authenticator app (Google Authenticator, Aegis, 1Password…) after your password."}),!u.emailVerified&&s.jsxs(Oe,{warn:!0,children:["Your email is not verified yet: setting up asks you for a code we email to ",u.email," first."]}),s.jsx(ce,{problem:h.problem}),s.jsx("button",{type:"button",className:"primary",onClick:()=>{T()},disabled:h.busy,children:"Set up an authenticator app"})]})}function u0(){const{refresh:u}=gt(),[f,d]=k.useState(null),c=Ae({currentPassword:""}),h=Ae({currentPassword:"",code:""}),{confirm:U,dialog:S}=Da(),T=Cn(),b=c.run(async()=>{if(!await U({title:"Make new recovery codes?",body:s.jsx("p",{children:"Your current recovery codes stop working at once."}),confirm:"Make new codes"}))return null;const M=c.values,y=await T(async()=>(await P(Dv,{input:M})).regenerateRecoveryCodes,{password:M.currentPassword});return y?y.__typename!=="RecoveryCodes"?_e(y,Ai):(c.reset(),d(y.codes),null):null}),g=h.run(async()=>{if(!await U({title:"Turn two-factor sign-in off?",body:s.jsx("p",{children:"Your password alone will sign you in again, and your recovery codes stop working."}),confirm:"Turn it off"}))return null;const M={...h.values,code:h.values.code.trim()},y=await T(async()=>(await P(Ov,{input:M})).disableTwoFactor,{password:M.currentPassword});return y?y.__typename!=="TwoFactorDisabled"?_e(y,{...Ai,...Sh}):(await u(),null):null});return s.jsxs(s.Fragment,{children:[f&&s.jsx(wh,{codes:f}),s.jsxs("section",{"aria-labelledby":"regenerate",className:"subsection",children:[s.jsx("h3",{id:"regenerate",children:"New recovery codes"}),s.jsx("p",{children:"Lost some codes, or used most of them? Make a new set: the old codes stop working."}),s.jsxs("form",{onSubmit:b,noValidate:!0,children:[s.jsx(W,{label:"Current password (for new codes)",type:"password",autoComplete:"current-password",...c.bind("currentPassword")}),s.jsx(ce,{problem:c.problem,shown:["currentPassword"]}),s.jsx(He,{busy:c.busy,children:"Make new recovery codes"})]})]}),s.jsxs("section",{"aria-labelledby":"disable",className:"subsection",children:[s.jsx("h3",{id:"disable",children:"Turn two-factor off"}),s.jsxs("form",{onSubmit:g,noValidate:!0,children:[s.jsx(W,{label:"Current password (to turn two-factor off)",type:"password",autoComplete:"current-password",...h.bind("currentPassword")}),s.jsx(W,{label:"Code from the app, or a recovery code",autoComplete:"one-time-code",...h.bind("code")}),s.jsx(ce,{problem:h.problem,shown:["currentPassword","code"]}),s.jsx(He,{busy:h.busy,danger:!0,children:"Turn two-factor off"})]})]}),S]})}function o0({user:u}){const{refresh:f}=gt(),[d,c]=k.useState(null),h=S=>{c(S),f()};let U;return d?U=s.jsxs(s.Fragment,{children:[s.jsx(Oe,{children:"Two-factor sign-in is on."}),s.jsx(wh,{codes:d}),s.jsx("button",{type:"button",className:"primary",onClick:()=>c(null),children:"I have saved my recovery codes"})]}):U=u.twoFactorEnabled?s.jsx(u0,{}):s.jsx(s0,{user:u,onEnabled:h}),s.jsxs(We,{title:"Two-factor sign-in",id:"two-factor",children:[s.jsxs("p",{className:"status-line",children:[u.twoFactorEnabled?s.jsx(on,{tone:"good",children:"On"}):s.jsx(on,{children:"Off"}),u.twoFactorEnabled?" Logging in asks for a code from your app after your password.":""]}),U]})}const c0=async()=>(await P(zv)).passkeys;function r0(){const{data:u,problem:f,reload:d}=El(c0),c=Ae({name:""}),h=Ae({}),{confirm:U,dialog:S}=Da(),T=Cn(),b=c.run(async()=>{h.setDone(null);const O=Gs();if(O)return O;const M=await T(async()=>(await P(Lv)).beginPasskeyRegistration);if(!M)return null;if(M.__typename!=="PasskeyOptions")return _e(M);let y;try{y=await navigator.credentials.create({publicKey:Fv(M.optionsJson)})}catch(E){return xl(E,!0)}if(!(y instanceof PublicKeyCredential))return xl(null,!0);const{finishPasskeyRegistration:R}=await P(qv,{input:{challengeId:M.challengeId,credentialJson:Rc(y),name:c.values.name.trim()||null}});if(R.__typename!=="PasskeyAdded"){const E=JSON.parse(M.optionsJson).rp.id;return R.__typename==="ValidationError"&&R.fields.some(x=>x.code==="invalid")&&Zv(E,y.id),Qv(R)}return c.reset(),await d(),`Passkey “${R.passkey.name}” added.`}),g=O=>h.run(async()=>{if(c.setDone(null),!await U({title:`Remove the passkey “${O.name}”?`,body:s.jsx("p",{children:"It stops signing you in. The device may keep it until you delete it there too."}),confirm:"Remove the passkey"}))return null;const y=await T(async()=>(await P(Mv,{id:O.id})).removePasskey);return y?y.__typename!=="PasskeyRemoved"?_e(y):(await d(),`Passkey “${O.name}” removed.`):null});return s.jsxs(We,{title:"Passkeys",id:"passkeys",children:[s.jsx("p",{children:"A passkey signs you in without a password: your device checks your fingerprint, face or PIN."}),s.jsx(ce,{problem:f??h.problem}),h.done&&s.jsx(Oe,{children:h.done}),u===null&&!f&&s.jsx(sa,{rows:2,label:"Loading your passkeys…"}),u&&u.length===0&&s.jsx("p",{className:"empty",children:"No passkeys yet."}),u&&u.length>0&&s.jsx("ul",{className:"rows",children:u.map(O=>s.jsxs("li",{className:"row",children:[s.jsxs("div",{className:"row-main",children:[s.jsx("strong",{children:O.name}),s.jsxs("span",{className:"muted",children:["Added ",s.jsx(jt,{iso:O.createdAt})," · last used ",s.jsx(jt,{iso:O.lastUsedAt,never:"never"})]})]}),s.jsx("button",{type:"button",className:"danger-outline small",onClick:()=>{g(O)()},disabled:h.busy,"aria-label":`Remove the passkey ${O.name}`,children:"Remove"})]},O.id))}),s.jsxs("section",{"aria-labelledby":"add-passkey",className:"subsection",children:[s.jsx("h3",{id:"add-passkey",children:"Add a passkey"}),s.jsxs("form",{onSubmit:b,noValidate:!0,children:[s.jsx(W,{label:"Name (e.g. “Laptop”)",...c.bind("name")}),s.jsx(ce,{problem:c.problem,shown:["name"]}),c.done&&s.jsx(Oe,{children:c.done}),s.jsx(He,{busy:c.busy,children:"Add a passkey"})]})]}),S]})}function d0({user:u}){return s.jsxs("main",{children:[s.jsx("h1",{children:"Security"}),s.jsx(o0,{user:u}),s.jsx(r0,{}),s.jsx(a0,{})]})}const hc={"/login":{title:"Log in",render:()=>s.jsx(Yb,{})},"/register":{title:"Create an account",render:()=>s.jsx(Xb,{})},"/verify":{title:"Verify your email",render:()=>s.jsx(Pb,{})},"/forgot":{title:"Forgot your password",render:()=>s.jsx(e0,{})},"/reset-password":{title:"Set a new password",render:()=>s.jsx(t0,{})},"/external":{title:"Signing in",render:()=>s.jsx(Ib,{})}},Sl={"/":{title:"Profile",render:u=>s.jsx(Jb,{user:u},u.id)},"/email":{title:"Email",render:u=>s.jsx(Qm,{user:u})},"/confirm-email":{title:"Confirm your new email",render:u=>s.jsx(Qm,{user:u})},"/password":{title:"Password",render:u=>s.jsx(wb,{user:u})},"/security":{title:"Security",render:u=>s.jsx(d0,{user:u})},"/sessions":{title:"Sessions",render:()=>s.jsx(jb,{})},"/activity":{title:"Security activity",render:()=>s.jsx(Tb,{})},"/delete":{title:"Delete your account",render:u=>s.jsx(xb,{user:u})}},wl={"/admin":{title:"Admin",render:()=>s.jsx(fb,{})},"/admin/user":{title:"Account · Admin",render:u=>s.jsx(gb,{staff:u})},"/admin/audit":{title:"Audit log · Admin",render:()=>s.jsx(yb,{})}},gc={"/two-factor":"/security","/passkeys":"/security"},f0=[["/","Profile"],["/email","Email"],["/password","Password"],["/security","Security"],["/sessions","Sessions"],["/activity","Activity"],["/delete","Danger zone"]];function m0(){return ia.logoUrl?s.jsx("img",{className:"logo",src:ia.logoUrl,alt:""}):s.jsxs("svg",{className:"logo",viewBox:"0 0 32 32","aria-hidden":"true",focusable:"false",children:[s.jsx("rect",{width:"32",height:"32",rx:"8",className:"logo-tile"}),s.jsx("circle",{cx:"16",cy:"12.5",r:"5",className:"logo-mark"}),s.jsx("path",{d:"M7.5 26c1.4-4.6 4.6-7 8.5-7s7.1 2.4 8.5 7z",className:"logo-mark"})]})}function h0({user:u}){const{setUser:f}=gt(),[d,c]=k.useState(null),h=async()=>{c(null);try{await P(Sv)}catch(U){if(!(U instanceof _n&&U.code==="UNAUTHENTICATED")){const S=$s(U);c({...S,message:`You are still logged in: ${S.message}`});return}}f(null),dt("/login")};return s.jsxs("header",{className:"topbar",children:[s.jsxs("div",{className:"topbar-inner",children:[s.jsxs(Ge,{to:"/",className:"brand",children:[s.jsx(m0,{}),s.jsx("span",{children:ia.productName})]}),s.jsx("nav",{"aria-label":"Account",children:s.jsx("ul",{children:u?s.jsxs(s.Fragment,{children:[s.jsxs("li",{className:"who",children:[s.jsx(zc,{user:u,size:"small"}),s.jsx("span",{className:"who-name",children:u.firstName})]}),s.jsx("li",{children:s.jsx("button",{type:"button",className:"secondary small",onClick:()=>{h()},children:"Log out"})})]}):s.jsxs(s.Fragment,{children:[s.jsx("li",{children:s.jsx(Ge,{to:"/login",children:"Log in"})}),s.jsx("li",{children:s.jsx(Ge,{to:"/register",children:"Create an account"})})]})})})]}),u&&d&&s.jsx("div",{className:"topbar-problem",children:s.jsx(ce,{problem:d})})]})}function g0({staff:u}){return s.jsx("nav",{"aria-label":"Settings",className:"sidenav",children:s.jsxs("ul",{children:[f0.map(([f,d])=>s.jsx("li",{className:f==="/delete"?"danger-link":void 0,children:s.jsx(Ge,{to:f,children:d})},f)),u&&s.jsx("li",{className:"admin-link",children:s.jsx(Ge,{to:"/admin",children:"Admin"})})]})})}function y0(){const{path:u,query:f}=Im(),{user:d,loading:c}=gt(),h=k.useRef(null),U=k.useRef(!0),S=gc[u]??u,T=pp(d?.id??null),b=hc[S]??Sl[S]??wl[S];vp(b?.title??"Page not found"),k.useEffect(()=>{if(U.current){U.current=!1;return}h.current?.focus()},[u]),k.useEffect(()=>{c||(gc[u]?dt(gc[u],!0):!d&&(Sl[u]||wl[u])?dt(u==="/"?"/login":`/login?next=${encodeURIComponent(u)}`,!0):d&&(u==="/login"||u==="/register")&&dt(Ac(),!0))},[d,c,u]);let g;c||!d&&(Sl[S]||wl[S])?g=s.jsx(sa,{rows:4}):hc[S]?g=hc[S].render():d&&Sl[S]?g=Sl[S].render(d):d&&wl[S]?g=T?wl[S].render(T):s.jsx(vb,{}):g=s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Page not found"}),s.jsx("p",{children:s.jsx(Ge,{to:"/",children:"Go to your account"})})]});const O=!!(d&&(Sl[S]||wl[S]));return s.jsxs(s.Fragment,{children:[s.jsx("a",{className:"skip",href:"#content",children:"Skip to the content"}),s.jsx(h0,{user:d}),s.jsxs("div",{className:O?"layout":"layout single",children:[O&&s.jsx(g0,{staff:T}),s.jsxs("div",{id:"content",ref:h,tabIndex:-1,children:[f.get("deleted")&&u==="/login"&&s.jsx(Oe,{children:"Your account was deleted."}),f.get("loggedOut")&&u==="/login"&&s.jsx(Oe,{children:"You were logged out everywhere."}),g]})]})]})}mh(Na);function p0(){const[u,f]=k.useState(0);return k.useEffect(()=>{const d=()=>{mh(Na)&&f(c=>c+1)};return window.addEventListener("hashchange",d),()=>window.removeEventListener("hashchange",d)},[]),s.jsx(y0,{},u)}Gy.createRoot(document.getElementById("root")).render(s.jsx(k.StrictMode,{children:s.jsx(Jv,{children:s.jsx(Wv,{children:s.jsx(p0,{})})})}));
