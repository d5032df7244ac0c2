var eo={exports:{}},mi={};var Em;function by(){if(Em)return mi;Em=1;var c=Symbol.for("react.transitional.element"),d=Symbol.for("react.fragment");function f(o,p,C){var T=null;if(C!==void 0&&(T=""+C),p.key!==void 0&&(T=""+p.key),"key"in p){C={};for(var q in p)q!=="key"&&(C[q]=p[q])}else C=p;return p=C.ref,{$$typeof:c,type:o,key:T,ref:p!==void 0?p:null,props:C}}return mi.Fragment=d,mi.jsx=f,mi.jsxs=f,mi}var Am;function Sy(){return Am||(Am=1,eo.exports=by()),eo.exports}var s=Sy(),to={exports:{}},I={};var xm;function wy(){if(xm)return I;xm=1;var c=Symbol.for("react.transitional.element"),d=Symbol.for("react.portal"),f=Symbol.for("react.fragment"),o=Symbol.for("react.strict_mode"),p=Symbol.for("react.profiler"),C=Symbol.for("react.consumer"),T=Symbol.for("react.context"),q=Symbol.for("react.forward_ref"),O=Symbol.for("react.suspense"),y=Symbol.for("react.memo"),L=Symbol.for("react.lazy"),H=Symbol.for("react.activity"),v=Symbol.iterator;function j(g){return g===null||typeof g!="object"?null:(g=v&&g[v]||g["@@iterator"],typeof g=="function"?g:null)}var S={isMounted:function(){return!1},enqueueForceUpdate:function(){},enqueueReplaceState:function(){},enqueueSetState:function(){}},w=Object.assign,M={};function pe(g,z,B){this.props=g,this.context=z,this.refs=M,this.updater=B||S}pe.prototype.isReactComponent={},pe.prototype.setState=function(g,z){if(typeof g!="object"&&typeof g!="function"&&g!=null)throw Error("takes an object of state variables to update or a function which returns an object of state variables.");this.updater.enqueueSetState(this,g,z,"setState")},pe.prototype.forceUpdate=function(g){this.updater.enqueueForceUpdate(this,g,"forceUpdate")};function gt(){}gt.prototype=pe.prototype;function Q(g,z,B){this.props=g,this.context=z,this.refs=M,this.updater=B||S}var Z=Q.prototype=new gt;Z.constructor=Q,w(Z,pe.prototype),Z.isPureReactComponent=!0;var Ne=Array.isArray;function _e(){}var ne={H:null,A:null,T:null,S:null},Ie=Object.prototype.hasOwnProperty;function mt(g,z,B){var G=B.ref;return{$$typeof:c,type:g,key:z,ref:G!==void 0?G:null,props:B}}function Tt(g,z){return mt(g.type,z,g.props)}function _t(g){return typeof g=="object"&&g!==null&&g.$$typeof===c}function at(g){var z={"=":"=0",":":"=2"};return"$"+g.replace(/[=:]/g,function(B){return z[B]})}var qt=/\/+/g;function yt(g,z){return typeof g=="object"&&g!==null&&g.key!=null?at(""+g.key):z.toString(36)}function jt(g){switch(g.status){case"fulfilled":return g.value;case"rejected":throw g.reason;default:switch(typeof g.status=="string"?g.then(_e,_e):(g.status="pending",g.then(function(z){g.status==="pending"&&(g.status="fulfilled",g.value=z)},function(z){g.status==="pending"&&(g.status="rejected",g.reason=z)})),g.status){case"fulfilled":return g.value;case"rejected":throw g.reason}}throw g}function R(g,z,B,G,P){var ee=typeof g;(ee==="undefined"||ee==="boolean")&&(g=null);var ge=!1;if(g===null)ge=!0;else switch(ee){case"bigint":case"string":case"number":ge=!0;break;case"object":switch(g.$$typeof){case c:case d:ge=!0;break;case L:return ge=g._init,R(ge(g._payload),z,B,G,P)}}if(ge)return P=P(g),ge=G===""?"."+yt(g,0):G,Ne(P)?(B="",ge!=null&&(B=ge.replace(qt,"$&/")+"/"),R(P,z,B,"",function(Kt){return Kt})):P!=null&&(_t(P)&&(P=Tt(P,B+(P.key==null||g&&g.key===P.key?"":(""+P.key).replace(qt,"$&/")+"/")+ge)),z.push(P)),1;ge=0;var ke=G===""?".":G+":";if(Ne(g))for(var qe=0;qe<g.length;qe++)G=g[qe],ee=ke+yt(G,qe),ge+=R(G,z,B,ee,P);else if(qe=j(g),typeof qe=="function")for(g=qe.call(g),qe=0;!(G=g.next()).done;)G=G.value,ee=ke+yt(G,qe++),ge+=R(G,z,B,ee,P);else if(ee==="object"){if(typeof g.then=="function")return R(jt(g),z,B,G,P);throw z=String(g),Error("Objects are not valid as a React child (found: "+(z==="[object Object]"?"object with keys {"+Object.keys(g).join(", ")+"}":z)+"). If you meant to render a collection of children, use an array instead.")}return ge}function V(g,z,B){if(g==null)return g;var G=[],P=0;return R(g,G,"","",function(ee){return z.call(B,ee,P++)}),G}function K(g){if(g._status===-1){var z=g._result;z=z(),z.then(function(B){(g._status===0||g._status===-1)&&(g._status=1,g._result=B)},function(B){(g._status===0||g._status===-1)&&(g._status=2,g._result=B)}),g._status===-1&&(g._status=0,g._result=z)}if(g._status===1)return g._result.default;throw g._result}var we=typeof reportError=="function"?reportError:function(g){if(typeof window=="object"&&typeof window.ErrorEvent=="function"){var z=new window.ErrorEvent("error",{bubbles:!0,cancelable:!0,message:typeof g=="object"&&g!==null&&typeof g.message=="string"?String(g.message):String(g),error:g});if(!window.dispatchEvent(z))return}else if(typeof process=="object"&&typeof process.emit=="function"){process.emit("uncaughtException",g);return}console.error(g)},Ae={map:V,forEach:function(g,z,B){V(g,function(){z.apply(this,arguments)},B)},count:function(g){var z=0;return V(g,function(){z++}),z},toArray:function(g){return V(g,function(z){return z})||[]},only:function(g){if(!_t(g))throw Error("React.Children.only expected to receive a single React element child.");return g}};return I.Activity=H,I.Children=Ae,I.Component=pe,I.Fragment=f,I.Profiler=p,I.PureComponent=Q,I.StrictMode=o,I.Suspense=O,I.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE=ne,I.__COMPILER_RUNTIME={__proto__:null,c:function(g){return ne.H.useMemoCache(g)}},I.cache=function(g){return function(){return g.apply(null,arguments)}},I.cacheSignal=function(){return null},I.cloneElement=function(g,z,B){if(g==null)throw Error("The argument must be a React element, but you passed "+g+".");var G=w({},g.props),P=g.key;if(z!=null)for(ee in z.key!==void 0&&(P=""+z.key),z)!Ie.call(z,ee)||ee==="key"||ee==="__self"||ee==="__source"||ee==="ref"&&z.ref===void 0||(G[ee]=z[ee]);var ee=arguments.length-2;if(ee===1)G.children=B;else if(1<ee){for(var ge=Array(ee),ke=0;ke<ee;ke++)ge[ke]=arguments[ke+2];G.children=ge}return mt(g.type,P,G)},I.createContext=function(g){return g={$$typeof:T,_currentValue:g,_currentValue2:g,_threadCount:0,Provider:null,Consumer:null},g.Provider=g,g.Consumer={$$typeof:C,_context:g},g},I.createElement=function(g,z,B){var G,P={},ee=null;if(z!=null)for(G in z.key!==void 0&&(ee=""+z.key),z)Ie.call(z,G)&&G!=="key"&&G!=="__self"&&G!=="__source"&&(P[G]=z[G]);var ge=arguments.length-2;if(ge===1)P.children=B;else if(1<ge){for(var ke=Array(ge),qe=0;qe<ge;qe++)ke[qe]=arguments[qe+2];P.children=ke}if(g&&g.defaultProps)for(G in ge=g.defaultProps,ge)P[G]===void 0&&(P[G]=ge[G]);return mt(g,ee,P)},I.createRef=function(){return{current:null}},I.forwardRef=function(g){return{$$typeof:q,render:g}},I.isValidElement=_t,I.lazy=function(g){return{$$typeof:L,_payload:{_status:-1,_result:g},_init:K}},I.memo=function(g,z){return{$$typeof:y,type:g,compare:z===void 0?null:z}},I.startTransition=function(g){var z=ne.T,B={};ne.T=B;try{var G=g(),P=ne.S;P!==null&&P(B,G),typeof G=="object"&&G!==null&&typeof G.then=="function"&&G.then(_e,we)}catch(ee){we(ee)}finally{z!==null&&B.types!==null&&(z.types=B.types),ne.T=z}},I.unstable_useCacheRefresh=function(){return ne.H.useCacheRefresh()},I.use=function(g){return ne.H.use(g)},I.useActionState=function(g,z,B){return ne.H.useActionState(g,z,B)},I.useCallback=function(g,z){return ne.H.useCallback(g,z)},I.useContext=function(g){return ne.H.useContext(g)},I.useDebugValue=function(){},I.useDeferredValue=function(g,z){return ne.H.useDeferredValue(g,z)},I.useEffect=function(g,z){return ne.H.useEffect(g,z)},I.useEffectEvent=function(g){return ne.H.useEffectEvent(g)},I.useId=function(){return ne.H.useId()},I.useImperativeHandle=function(g,z,B){return ne.H.useImperativeHandle(g,z,B)},I.useInsertionEffect=function(g,z){return ne.H.useInsertionEffect(g,z)},I.useLayoutEffect=function(g,z){return ne.H.useLayoutEffect(g,z)},I.useMemo=function(g,z){return ne.H.useMemo(g,z)},I.useOptimistic=function(g,z){return ne.H.useOptimistic(g,z)},I.useReducer=function(g,z,B){return ne.H.useReducer(g,z,B)},I.useRef=function(g){return ne.H.useRef(g)},I.useState=function(g){return ne.H.useState(g)},I.useSyncExternalStore=function(g,z,B){return ne.H.useSyncExternalStore(g,z,B)},I.useTransition=function(){return ne.H.useTransition()},I.version="19.2.9",I}var Tm;function ho(){return Tm||(Tm=1,to.exports=wy()),to.exports}var Y=ho(),no={exports:{}},hi={},ao={exports:{}},lo={};var _m;function Ey(){return _m||(_m=1,(function(c){function d(R,V){var K=R.length;R.push(V);e:for(;0<K;){var we=K-1>>>1,Ae=R[we];if(0<p(Ae,V))R[we]=V,R[K]=Ae,K=we;else break e}}function f(R){return R.length===0?null:R[0]}function o(R){if(R.length===0)return null;var V=R[0],K=R.pop();if(K!==V){R[0]=K;e:for(var we=0,Ae=R.length,g=Ae>>>1;we<g;){var z=2*(we+1)-1,B=R[z],G=z+1,P=R[G];if(0>p(B,K))G<Ae&&0>p(P,B)?(R[we]=P,R[G]=K,we=G):(R[we]=B,R[z]=K,we=z);else if(G<Ae&&0>p(P,K))R[we]=P,R[G]=K,we=G;else break e}}return V}function p(R,V){var K=R.sortIndex-V.sortIndex;return K!==0?K:R.id-V.id}if(c.unstable_now=void 0,typeof performance=="object"&&typeof performance.now=="function"){var C=performance;c.unstable_now=function(){return C.now()}}else{var T=Date,q=T.now();c.unstable_now=function(){return T.now()-q}}var O=[],y=[],L=1,H=null,v=3,j=!1,S=!1,w=!1,M=!1,pe=typeof setTimeout=="function"?setTimeout:null,gt=typeof clearTimeout=="function"?clearTimeout:null,Q=typeof setImmediate<"u"?setImmediate:null;function Z(R){for(var V=f(y);V!==null;){if(V.callback===null)o(y);else if(V.startTime<=R)o(y),V.sortIndex=V.expirationTime,d(O,V);else break;V=f(y)}}function Ne(R){if(w=!1,Z(R),!S)if(f(O)!==null)S=!0,_e||(_e=!0,at());else{var V=f(y);V!==null&&jt(Ne,V.startTime-R)}}var _e=!1,ne=-1,Ie=5,mt=-1;function Tt(){return M?!0:!(c.unstable_now()-mt<Ie)}function _t(){if(M=!1,_e){var R=c.unstable_now();mt=R;var V=!0;try{e:{S=!1,w&&(w=!1,gt(ne),ne=-1),j=!0;var K=v;try{t:{for(Z(R),H=f(O);H!==null&&!(H.expirationTime>R&&Tt());){var we=H.callback;if(typeof we=="function"){H.callback=null,v=H.priorityLevel;var Ae=we(H.expirationTime<=R);if(R=c.unstable_now(),typeof Ae=="function"){H.callback=Ae,Z(R),V=!0;break t}H===f(O)&&o(O),Z(R)}else o(O);H=f(O)}if(H!==null)V=!0;else{var g=f(y);g!==null&&jt(Ne,g.startTime-R),V=!1}}break e}finally{H=null,v=K,j=!1}V=void 0}}finally{V?at():_e=!1}}}var at;if(typeof Q=="function")at=function(){Q(_t)};else if(typeof MessageChannel<"u"){var qt=new MessageChannel,yt=qt.port2;qt.port1.onmessage=_t,at=function(){yt.postMessage(null)}}else at=function(){pe(_t,0)};function jt(R,V){ne=pe(function(){R(c.unstable_now())},V)}c.unstable_IdlePriority=5,c.unstable_ImmediatePriority=1,c.unstable_LowPriority=4,c.unstable_NormalPriority=3,c.unstable_Profiling=null,c.unstable_UserBlockingPriority=2,c.unstable_cancelCallback=function(R){R.callback=null},c.unstable_forceFrameRate=function(R){0>R||125<R?console.error("forceFrameRate takes a positive int between 0 and 125, forcing frame rates higher than 125 fps is not supported"):Ie=0<R?Math.floor(1e3/R):5},c.unstable_getCurrentPriorityLevel=function(){return v},c.unstable_next=function(R){switch(v){case 1:case 2:case 3:var V=3;break;default:V=v}var K=v;v=V;try{return R()}finally{v=K}},c.unstable_requestPaint=function(){M=!0},c.unstable_runWithPriority=function(R,V){switch(R){case 1:case 2:case 3:case 4:case 5:break;default:R=3}var K=v;v=R;try{return V()}finally{v=K}},c.unstable_scheduleCallback=function(R,V,K){var we=c.unstable_now();switch(typeof K=="object"&&K!==null?(K=K.delay,K=typeof K=="number"&&0<K?we+K:we):K=we,R){case 1:var Ae=-1;break;case 2:Ae=250;break;case 5:Ae=1073741823;break;case 4:Ae=1e4;break;default:Ae=5e3}return Ae=K+Ae,R={id:L++,callback:V,priorityLevel:R,startTime:K,expirationTime:Ae,sortIndex:-1},K>we?(R.sortIndex=K,d(y,R),f(O)===null&&R===f(y)&&(w?(gt(ne),ne=-1):w=!0,jt(Ne,K-we))):(R.sortIndex=Ae,d(O,R),S||j||(S=!0,_e||(_e=!0,at()))),R},c.unstable_shouldYield=Tt,c.unstable_wrapCallback=function(R){var V=v;return function(){var K=v;v=V;try{return R.apply(this,arguments)}finally{v=K}}}})(lo)),lo}var jm;function Ay(){return jm||(jm=1,ao.exports=Ey()),ao.exports}var io={exports:{}},rt={};var Rm;function xy(){if(Rm)return rt;Rm=1;var c=ho();function d(O){var y="https://react.dev/errors/"+O;if(1<arguments.length){y+="?args[]="+encodeURIComponent(arguments[1]);for(var L=2;L<arguments.length;L++)y+="&args[]="+encodeURIComponent(arguments[L])}return"Minified React error #"+O+"; visit "+y+" for the full message or use the non-minified dev environment for full errors and additional helpful warnings."}function f(){}var o={d:{f,r:function(){throw Error(d(522))},D:f,C:f,L:f,m:f,X:f,S:f,M:f},p:0,findDOMNode:null},p=Symbol.for("react.portal");function C(O,y,L){var H=3<arguments.length&&arguments[3]!==void 0?arguments[3]:null;return{$$typeof:p,key:H==null?null:""+H,children:O,containerInfo:y,implementation:L}}var T=c.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;function q(O,y){if(O==="font")return"";if(typeof y=="string")return y==="use-credentials"?y:""}return rt.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE=o,rt.createPortal=function(O,y){var L=2<arguments.length&&arguments[2]!==void 0?arguments[2]:null;if(!y||y.nodeType!==1&&y.nodeType!==9&&y.nodeType!==11)throw Error(d(299));return C(O,y,null,L)},rt.flushSync=function(O){var y=T.T,L=o.p;try{if(T.T=null,o.p=2,O)return O()}finally{T.T=y,o.p=L,o.d.f()}},rt.preconnect=function(O,y){typeof O=="string"&&(y?(y=y.crossOrigin,y=typeof y=="string"?y==="use-credentials"?y:"":void 0):y=null,o.d.C(O,y))},rt.prefetchDNS=function(O){typeof O=="string"&&o.d.D(O)},rt.preinit=function(O,y){if(typeof O=="string"&&y&&typeof y.as=="string"){var L=y.as,H=q(L,y.crossOrigin),v=typeof y.integrity=="string"?y.integrity:void 0,j=typeof y.fetchPriority=="string"?y.fetchPriority:void 0;L==="style"?o.d.S(O,typeof y.precedence=="string"?y.precedence:void 0,{crossOrigin:H,integrity:v,fetchPriority:j}):L==="script"&&o.d.X(O,{crossOrigin:H,integrity:v,fetchPriority:j,nonce:typeof y.nonce=="string"?y.nonce:void 0})}},rt.preinitModule=function(O,y){if(typeof O=="string")if(typeof y=="object"&&y!==null){if(y.as==null||y.as==="script"){var L=q(y.as,y.crossOrigin);o.d.M(O,{crossOrigin:L,integrity:typeof y.integrity=="string"?y.integrity:void 0,nonce:typeof y.nonce=="string"?y.nonce:void 0})}}else y==null&&o.d.M(O)},rt.preload=function(O,y){if(typeof O=="string"&&typeof y=="object"&&y!==null&&typeof y.as=="string"){var L=y.as,H=q(L,y.crossOrigin);o.d.L(O,L,{crossOrigin:H,integrity:typeof y.integrity=="string"?y.integrity:void 0,nonce:typeof y.nonce=="string"?y.nonce:void 0,type:typeof y.type=="string"?y.type:void 0,fetchPriority:typeof y.fetchPriority=="string"?y.fetchPriority:void 0,referrerPolicy:typeof y.referrerPolicy=="string"?y.referrerPolicy:void 0,imageSrcSet:typeof y.imageSrcSet=="string"?y.imageSrcSet:void 0,imageSizes:typeof y.imageSizes=="string"?y.imageSizes:void 0,media:typeof y.media=="string"?y.media:void 0})}},rt.preloadModule=function(O,y){if(typeof O=="string")if(y){var L=q(y.as,y.crossOrigin);o.d.m(O,{as:typeof y.as=="string"&&y.as!=="script"?y.as:void 0,crossOrigin:L,integrity:typeof y.integrity=="string"?y.integrity:void 0})}else o.d.m(O)},rt.requestFormReset=function(O){o.d.r(O)},rt.unstable_batchedUpdates=function(O,y){return O(y)},rt.useFormState=function(O,y,L){return T.H.useFormState(O,y,L)},rt.useFormStatus=function(){return T.H.useHostTransitionStatus()},rt.version="19.2.9",rt}var Um;function Ty(){if(Um)return io.exports;Um=1;function c(){if(!(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__>"u"||typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE!="function"))try{__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(c)}catch(d){console.error(d)}}return c(),io.exports=xy(),io.exports}var Cm;function _y(){if(Cm)return hi;Cm=1;var c=Ay(),d=ho(),f=Ty();function o(e){var t="https://react.dev/errors/"+e;if(1<arguments.length){t+="?args[]="+encodeURIComponent(arguments[1]);for(var n=2;n<arguments.length;n++)t+="&args[]="+encodeURIComponent(arguments[n])}return"Minified React error #"+e+"; visit "+t+" for the full message or use the non-minified dev environment for full errors and additional helpful warnings."}function p(e){return!(!e||e.nodeType!==1&&e.nodeType!==9&&e.nodeType!==11)}function C(e){var t=e,n=e;if(e.alternate)for(;t.return;)t=t.return;else{e=t;do t=e,(t.flags&4098)!==0&&(n=t.return),e=t.return;while(e)}return t.tag===3?n:null}function T(e){if(e.tag===13){var t=e.memoizedState;if(t===null&&(e=e.alternate,e!==null&&(t=e.memoizedState)),t!==null)return t.dehydrated}return null}function q(e){if(e.tag===31){var t=e.memoizedState;if(t===null&&(e=e.alternate,e!==null&&(t=e.memoizedState)),t!==null)return t.dehydrated}return null}function O(e){if(C(e)!==e)throw Error(o(188))}function y(e){var t=e.alternate;if(!t){if(t=C(e),t===null)throw Error(o(188));return t!==e?null:e}for(var n=e,a=t;;){var l=n.return;if(l===null)break;var i=l.alternate;if(i===null){if(a=l.return,a!==null){n=a;continue}break}if(l.child===i.child){for(i=l.child;i;){if(i===n)return O(l),e;if(i===a)return O(l),t;i=i.sibling}throw Error(o(188))}if(n.return!==a.return)n=l,a=i;else{for(var u=!1,r=l.child;r;){if(r===n){u=!0,n=l,a=i;break}if(r===a){u=!0,a=l,n=i;break}r=r.sibling}if(!u){for(r=i.child;r;){if(r===n){u=!0,n=i,a=l;break}if(r===a){u=!0,a=i,n=l;break}r=r.sibling}if(!u)throw Error(o(189))}}if(n.alternate!==a)throw Error(o(190))}if(n.tag!==3)throw Error(o(188));return n.stateNode.current===n?e:t}function L(e){var t=e.tag;if(t===5||t===26||t===27||t===6)return e;for(e=e.child;e!==null;){if(t=L(e),t!==null)return t;e=e.sibling}return null}var H=Object.assign,v=Symbol.for("react.element"),j=Symbol.for("react.transitional.element"),S=Symbol.for("react.portal"),w=Symbol.for("react.fragment"),M=Symbol.for("react.strict_mode"),pe=Symbol.for("react.profiler"),gt=Symbol.for("react.consumer"),Q=Symbol.for("react.context"),Z=Symbol.for("react.forward_ref"),Ne=Symbol.for("react.suspense"),_e=Symbol.for("react.suspense_list"),ne=Symbol.for("react.memo"),Ie=Symbol.for("react.lazy"),mt=Symbol.for("react.activity"),Tt=Symbol.for("react.memo_cache_sentinel"),_t=Symbol.iterator;function at(e){return e===null||typeof e!="object"?null:(e=_t&&e[_t]||e["@@iterator"],typeof e=="function"?e:null)}var qt=Symbol.for("react.client.reference");function yt(e){if(e==null)return null;if(typeof e=="function")return e.$$typeof===qt?null:e.displayName||e.name||null;if(typeof e=="string")return e;switch(e){case w:return"Fragment";case pe:return"Profiler";case M:return"StrictMode";case Ne:return"Suspense";case _e:return"SuspenseList";case mt:return"Activity"}if(typeof e=="object")switch(e.$$typeof){case S:return"Portal";case Q:return e.displayName||"Context";case gt:return(e._context.displayName||"Context")+".Consumer";case Z:var t=e.render;return e=e.displayName,e||(e=t.displayName||t.name||"",e=e!==""?"ForwardRef("+e+")":"ForwardRef"),e;case ne:return t=e.displayName||null,t!==null?t:yt(e.type)||"Memo";case Ie:t=e._payload,e=e._init;try{return yt(e(t))}catch{}}return null}var jt=Array.isArray,R=d.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,V=f.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,K={pending:!1,data:null,method:null,action:null},we=[],Ae=-1;function g(e){return{current:e}}function z(e){0>Ae||(e.current=we[Ae],we[Ae]=null,Ae--)}function B(e,t){Ae++,we[Ae]=e.current,e.current=t}var G=g(null),P=g(null),ee=g(null),ge=g(null);function ke(e,t){switch(B(ee,t),B(P,e),B(G,null),t.nodeType){case 9:case 11:e=(e=t.documentElement)&&(e=e.namespaceURI)?Qd(e):0;break;default:if(e=t.tagName,t=t.namespaceURI)t=Qd(t),e=Zd(t,e);else switch(e){case"svg":e=1;break;case"math":e=2;break;default:e=0}}z(G),B(G,e)}function qe(){z(G),z(P),z(ee)}function Kt(e){e.memoizedState!==null&&B(ge,e);var t=G.current,n=Zd(t,e.type);t!==n&&(B(P,e),B(G,n))}function An(e){P.current===e&&(z(G),z(P)),ge.current===e&&(z(ge),oi._currentValue=K)}var Wn,pl;function Pt(e){if(Wn===void 0)try{throw Error()}catch(n){var t=n.stack.trim().match(/\n( *(at )?)/);Wn=t&&t[1]||"",pl=-1<n.stack.indexOf(`
    at`)?" (<anonymous>)":-1<n.stack.indexOf("@")?"@unknown:0:0":""}return`
`+Wn+e+pl}var Ta=!1;function _a(e,t){if(!e||Ta)return"";Ta=!0;var n=Error.prepareStackTrace;Error.prepareStackTrace=void 0;try{var a={DetermineComponentFrameRoot:function(){try{if(t){var D=function(){throw Error()};if(Object.defineProperty(D.prototype,"props",{set:function(){throw Error()}}),typeof Reflect=="object"&&Reflect.construct){try{Reflect.construct(D,[])}catch(_){var x=_}Reflect.construct(e,[],D)}else{try{D.call()}catch(_){x=_}e.call(D.prototype)}}else{try{throw Error()}catch(_){x=_}(D=e())&&typeof D.catch=="function"&&D.catch(function(){})}}catch(_){if(_&&x&&typeof _.stack=="string")return[_.stack,x.stack]}return[null,null]}};a.DetermineComponentFrameRoot.displayName="DetermineComponentFrameRoot";var l=Object.getOwnPropertyDescriptor(a.DetermineComponentFrameRoot,"name");l&&l.configurable&&Object.defineProperty(a.DetermineComponentFrameRoot,"name",{value:"DetermineComponentFrameRoot"});var i=a.DetermineComponentFrameRoot(),u=i[0],r=i[1];if(u&&r){var m=u.split(`
`),A=r.split(`
`);for(l=a=0;a<m.length&&!m[a].includes("DetermineComponentFrameRoot");)a++;for(;l<A.length&&!A[l].includes("DetermineComponentFrameRoot");)l++;if(a===m.length||l===A.length)for(a=m.length-1,l=A.length-1;1<=a&&0<=l&&m[a]!==A[l];)l--;for(;1<=a&&0<=l;a--,l--)if(m[a]!==A[l]){if(a!==1||l!==1)do if(a--,l--,0>l||m[a]!==A[l]){var U=`
`+m[a].replace(" at new "," at ");return e.displayName&&U.includes("<anonymous>")&&(U=U.replace("<anonymous>",e.displayName)),U}while(1<=a&&0<=l);break}}}finally{Ta=!1,Error.prepareStackTrace=n}return(n=e?e.displayName||e.name:"")?Pt(n):""}function Bu(e,t){switch(e.tag){case 26:case 27:case 5:return Pt(e.type);case 16:return Pt("Lazy");case 13:return e.child!==t&&t!==null?Pt("Suspense Fallback"):Pt("Suspense");case 19:return Pt("SuspenseList");case 0:case 15:return _a(e.type,!1);case 11:return _a(e.type.render,!1);case 1:return _a(e.type,!0);case 31:return Pt("Activity");default:return""}}function Pn(e){try{var t="",n=null;do t+=Bu(e,n),n=e,e=e.return;while(e);return t}catch(a){return`
Error generating stack: `+a.message+`
`+a.stack}}var ja=Object.prototype.hasOwnProperty,an=c.unstable_scheduleCallback,vl=c.unstable_cancelCallback,bl=c.unstable_shouldYield,In=c.unstable_requestPaint,Fe=c.unstable_now,Yu=c.unstable_getCurrentPriorityLevel,Sl=c.unstable_ImmediatePriority,wl=c.unstable_UserBlockingPriority,ot=c.unstable_NormalPriority,xn=c.unstable_LowPriority,ea=c.unstable_IdlePriority,ue=c.log,ye=c.unstable_setDisableYieldValue,F=null,ie=null;function et(e){if(typeof ue=="function"&&ye(e),ie&&typeof ie.setStrictMode=="function")try{ie.setStrictMode(F,e)}catch{}}var Le=Math.clz32?Math.clz32:Lt,ve=Math.log,W=Math.LN2;function Lt(e){return e>>>=0,e===0?32:31-(ve(e)/W|0)|0}var Tn=256,ta=262144,bi=4194304;function na(e){var t=e&42;if(t!==0)return t;switch(e&-e){case 1:return 1;case 2:return 2;case 4:return 4;case 8:return 8;case 16:return 16;case 32:return 32;case 64:return 64;case 128:return 128;case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:return e&261888;case 262144:case 524288:case 1048576:case 2097152:return e&3932160;case 4194304:case 8388608:case 16777216:case 33554432:return e&62914560;case 67108864:return 67108864;case 134217728:return 134217728;case 268435456:return 268435456;case 536870912:return 536870912;case 1073741824:return 0;default:return e}}function Si(e,t,n){var a=e.pendingLanes;if(a===0)return 0;var l=0,i=e.suspendedLanes,u=e.pingedLanes;e=e.warmLanes;var r=a&134217727;return r!==0?(a=r&~i,a!==0?l=na(a):(u&=r,u!==0?l=na(u):n||(n=r&~e,n!==0&&(l=na(n))))):(r=a&~i,r!==0?l=na(r):u!==0?l=na(u):n||(n=a&~e,n!==0&&(l=na(n)))),l===0?0:t!==0&&t!==l&&(t&i)===0&&(i=l&-l,n=t&-t,i>=n||i===32&&(n&4194048)!==0)?t:l}function El(e,t){return(e.pendingLanes&~(e.suspendedLanes&~e.pingedLanes)&t)===0}function uh(e,t){switch(e){case 1:case 2:case 4:case 8:case 64:return t+250;case 16:case 32:case 128:case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:return t+5e3;case 4194304:case 8388608:case 16777216:case 33554432:return-1;case 67108864:case 134217728:case 268435456:case 536870912:case 1073741824:return-1;default:return-1}}function To(){var e=bi;return bi<<=1,(bi&62914560)===0&&(bi=4194304),e}function Gu(e){for(var t=[],n=0;31>n;n++)t.push(e);return t}function Al(e,t){e.pendingLanes|=t,t!==268435456&&(e.suspendedLanes=0,e.pingedLanes=0,e.warmLanes=0)}function sh(e,t,n,a,l,i){var u=e.pendingLanes;e.pendingLanes=n,e.suspendedLanes=0,e.pingedLanes=0,e.warmLanes=0,e.expiredLanes&=n,e.entangledLanes&=n,e.errorRecoveryDisabledLanes&=n,e.shellSuspendCounter=0;var r=e.entanglements,m=e.expirationTimes,A=e.hiddenUpdates;for(n=u&~n;0<n;){var U=31-Le(n),D=1<<U;r[U]=0,m[U]=-1;var x=A[U];if(x!==null)for(A[U]=null,U=0;U<x.length;U++){var _=x[U];_!==null&&(_.lane&=-536870913)}n&=~D}a!==0&&_o(e,a,0),i!==0&&l===0&&e.tag!==0&&(e.suspendedLanes|=i&~(u&~t))}function _o(e,t,n){e.pendingLanes|=t,e.suspendedLanes&=~t;var a=31-Le(t);e.entangledLanes|=t,e.entanglements[a]=e.entanglements[a]|1073741824|n&261930}function jo(e,t){var n=e.entangledLanes|=t;for(e=e.entanglements;n;){var a=31-Le(n),l=1<<a;l&t|e[a]&t&&(e[a]|=t),n&=~l}}function Ro(e,t){var n=t&-t;return n=(n&42)!==0?1:ku(n),(n&(e.suspendedLanes|t))!==0?0:n}function ku(e){switch(e){case 2:e=1;break;case 8:e=4;break;case 32:e=16;break;case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:case 4194304:case 8388608:case 16777216:case 33554432:e=128;break;case 268435456:e=134217728;break;default:e=0}return e}function Xu(e){return e&=-e,2<e?8<e?(e&134217727)!==0?32:268435456:8:2}function Uo(){var e=V.p;return e!==0?e:(e=window.event,e===void 0?32:gm(e.type))}function Co(e,t){var n=V.p;try{return V.p=e,t()}finally{V.p=n}}var _n=Math.random().toString(36).slice(2),lt="__reactFiber$"+_n,pt="__reactProps$"+_n,Ra="__reactContainer$"+_n,Qu="__reactEvents$"+_n,ch="__reactListeners$"+_n,oh="__reactHandles$"+_n,Oo="__reactResources$"+_n,xl="__reactMarker$"+_n;function Zu(e){delete e[lt],delete e[pt],delete e[Qu],delete e[ch],delete e[oh]}function Ua(e){var t=e[lt];if(t)return t;for(var n=e.parentNode;n;){if(t=n[Ra]||n[lt]){if(n=t.alternate,t.child!==null||n!==null&&n.child!==null)for(e=Id(e);e!==null;){if(n=e[lt])return n;e=Id(e)}return t}e=n,n=e.parentNode}return null}function Ca(e){if(e=e[lt]||e[Ra]){var t=e.tag;if(t===5||t===6||t===13||t===31||t===26||t===27||t===3)return e}return null}function Tl(e){var t=e.tag;if(t===5||t===26||t===27||t===6)return e.stateNode;throw Error(o(33))}function Oa(e){var t=e[Oo];return t||(t=e[Oo]={hoistableStyles:new Map,hoistableScripts:new Map}),t}function tt(e){e[xl]=!0}var No=new Set,zo={};function aa(e,t){Na(e,t),Na(e+"Capture",t)}function Na(e,t){for(zo[e]=t,e=0;e<t.length;e++)No.add(t[e])}var rh=RegExp("^[:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD][:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$"),Do={},Mo={};function fh(e){return ja.call(Mo,e)?!0:ja.call(Do,e)?!1:rh.test(e)?Mo[e]=!0:(Do[e]=!0,!1)}function wi(e,t,n){if(fh(t))if(n===null)e.removeAttribute(t);else{switch(typeof n){case"undefined":case"function":case"symbol":e.removeAttribute(t);return;case"boolean":var a=t.toLowerCase().slice(0,5);if(a!=="data-"&&a!=="aria-"){e.removeAttribute(t);return}}e.setAttribute(t,""+n)}}function Ei(e,t,n){if(n===null)e.removeAttribute(t);else{switch(typeof n){case"undefined":case"function":case"symbol":case"boolean":e.removeAttribute(t);return}e.setAttribute(t,""+n)}}function ln(e,t,n,a){if(a===null)e.removeAttribute(n);else{switch(typeof a){case"undefined":case"function":case"symbol":case"boolean":e.removeAttribute(n);return}e.setAttributeNS(t,n,""+a)}}function Ht(e){switch(typeof e){case"bigint":case"boolean":case"number":case"string":case"undefined":return e;case"object":return e;default:return""}}function qo(e){var t=e.type;return(e=e.nodeName)&&e.toLowerCase()==="input"&&(t==="checkbox"||t==="radio")}function dh(e,t,n){var a=Object.getOwnPropertyDescriptor(e.constructor.prototype,t);if(!e.hasOwnProperty(t)&&typeof a<"u"&&typeof a.get=="function"&&typeof a.set=="function"){var l=a.get,i=a.set;return Object.defineProperty(e,t,{configurable:!0,get:function(){return l.call(this)},set:function(u){n=""+u,i.call(this,u)}}),Object.defineProperty(e,t,{enumerable:a.enumerable}),{getValue:function(){return n},setValue:function(u){n=""+u},stopTracking:function(){e._valueTracker=null,delete e[t]}}}}function Ju(e){if(!e._valueTracker){var t=qo(e)?"checked":"value";e._valueTracker=dh(e,t,""+e[t])}}function Lo(e){if(!e)return!1;var t=e._valueTracker;if(!t)return!0;var n=t.getValue(),a="";return e&&(a=qo(e)?e.checked?"true":"false":e.value),e=a,e!==n?(t.setValue(e),!0):!1}function Ai(e){if(e=e||(typeof document<"u"?document:void 0),typeof e>"u")return null;try{return e.activeElement||e.body}catch{return e.body}}var mh=/[\n"\\]/g;function Vt(e){return e.replace(mh,function(t){return"\\"+t.charCodeAt(0).toString(16)+" "})}function Ku(e,t,n,a,l,i,u,r){e.name="",u!=null&&typeof u!="function"&&typeof u!="symbol"&&typeof u!="boolean"?e.type=u:e.removeAttribute("type"),t!=null?u==="number"?(t===0&&e.value===""||e.value!=t)&&(e.value=""+Ht(t)):e.value!==""+Ht(t)&&(e.value=""+Ht(t)):u!=="submit"&&u!=="reset"||e.removeAttribute("value"),t!=null?$u(e,u,Ht(t)):n!=null?$u(e,u,Ht(n)):a!=null&&e.removeAttribute("value"),l==null&&i!=null&&(e.defaultChecked=!!i),l!=null&&(e.checked=l&&typeof l!="function"&&typeof l!="symbol"),r!=null&&typeof r!="function"&&typeof r!="symbol"&&typeof r!="boolean"?e.name=""+Ht(r):e.removeAttribute("name")}function Ho(e,t,n,a,l,i,u,r){if(i!=null&&typeof i!="function"&&typeof i!="symbol"&&typeof i!="boolean"&&(e.type=i),t!=null||n!=null){if(!(i!=="submit"&&i!=="reset"||t!=null)){Ju(e);return}n=n!=null?""+Ht(n):"",t=t!=null?""+Ht(t):n,r||t===e.value||(e.value=t),e.defaultValue=t}a=a??l,a=typeof a!="function"&&typeof a!="symbol"&&!!a,e.checked=r?e.checked:!!a,e.defaultChecked=!!a,u!=null&&typeof u!="function"&&typeof u!="symbol"&&typeof u!="boolean"&&(e.name=u),Ju(e)}function $u(e,t,n){t==="number"&&Ai(e.ownerDocument)===e||e.defaultValue===""+n||(e.defaultValue=""+n)}function za(e,t,n,a){if(e=e.options,t){t={};for(var l=0;l<n.length;l++)t["$"+n[l]]=!0;for(n=0;n<e.length;n++)l=t.hasOwnProperty("$"+e[n].value),e[n].selected!==l&&(e[n].selected=l),l&&a&&(e[n].defaultSelected=!0)}else{for(n=""+Ht(n),t=null,l=0;l<e.length;l++){if(e[l].value===n){e[l].selected=!0,a&&(e[l].defaultSelected=!0);return}t!==null||e[l].disabled||(t=e[l])}t!==null&&(t.selected=!0)}}function Vo(e,t,n){if(t!=null&&(t=""+Ht(t),t!==e.value&&(e.value=t),n==null)){e.defaultValue!==t&&(e.defaultValue=t);return}e.defaultValue=n!=null?""+Ht(n):""}function Bo(e,t,n,a){if(t==null){if(a!=null){if(n!=null)throw Error(o(92));if(jt(a)){if(1<a.length)throw Error(o(93));a=a[0]}n=a}n==null&&(n=""),t=n}n=Ht(t),e.defaultValue=n,a=e.textContent,a===n&&a!==""&&a!==null&&(e.value=a),Ju(e)}function Da(e,t){if(t){var n=e.firstChild;if(n&&n===e.lastChild&&n.nodeType===3){n.nodeValue=t;return}}e.textContent=t}var hh=new Set("animationIterationCount aspectRatio borderImageOutset borderImageSlice borderImageWidth boxFlex boxFlexGroup boxOrdinalGroup columnCount columns flex flexGrow flexPositive flexShrink flexNegative flexOrder gridArea gridRow gridRowEnd gridRowSpan gridRowStart gridColumn gridColumnEnd gridColumnSpan gridColumnStart fontWeight lineClamp lineHeight opacity order orphans scale tabSize widows zIndex zoom fillOpacity floodOpacity stopOpacity strokeDasharray strokeDashoffset strokeMiterlimit strokeOpacity strokeWidth MozAnimationIterationCount MozBoxFlex MozBoxFlexGroup MozLineClamp msAnimationIterationCount msFlex msZoom msFlexGrow msFlexNegative msFlexOrder msFlexPositive msFlexShrink msGridColumn msGridColumnSpan msGridRow msGridRowSpan WebkitAnimationIterationCount WebkitBoxFlex WebKitBoxFlexGroup WebkitBoxOrdinalGroup WebkitColumnCount WebkitColumns WebkitFlex WebkitFlexGrow WebkitFlexPositive WebkitFlexShrink WebkitLineClamp".split(" "));function Yo(e,t,n){var a=t.indexOf("--")===0;n==null||typeof n=="boolean"||n===""?a?e.setProperty(t,""):t==="float"?e.cssFloat="":e[t]="":a?e.setProperty(t,n):typeof n!="number"||n===0||hh.has(t)?t==="float"?e.cssFloat=n:e[t]=(""+n).trim():e[t]=n+"px"}function Go(e,t,n){if(t!=null&&typeof t!="object")throw Error(o(62));if(e=e.style,n!=null){for(var a in n)!n.hasOwnProperty(a)||t!=null&&t.hasOwnProperty(a)||(a.indexOf("--")===0?e.setProperty(a,""):a==="float"?e.cssFloat="":e[a]="");for(var l in t)a=t[l],t.hasOwnProperty(l)&&n[l]!==a&&Yo(e,l,a)}else for(var i in t)t.hasOwnProperty(i)&&Yo(e,i,t[i])}function Fu(e){if(e.indexOf("-")===-1)return!1;switch(e){case"annotation-xml":case"color-profile":case"font-face":case"font-face-src":case"font-face-uri":case"font-face-format":case"font-face-name":case"missing-glyph":return!1;default:return!0}}var gh=new Map([["acceptCharset","accept-charset"],["htmlFor","for"],["httpEquiv","http-equiv"],["crossOrigin","crossorigin"],["accentHeight","accent-height"],["alignmentBaseline","alignment-baseline"],["arabicForm","arabic-form"],["baselineShift","baseline-shift"],["capHeight","cap-height"],["clipPath","clip-path"],["clipRule","clip-rule"],["colorInterpolation","color-interpolation"],["colorInterpolationFilters","color-interpolation-filters"],["colorProfile","color-profile"],["colorRendering","color-rendering"],["dominantBaseline","dominant-baseline"],["enableBackground","enable-background"],["fillOpacity","fill-opacity"],["fillRule","fill-rule"],["floodColor","flood-color"],["floodOpacity","flood-opacity"],["fontFamily","font-family"],["fontSize","font-size"],["fontSizeAdjust","font-size-adjust"],["fontStretch","font-stretch"],["fontStyle","font-style"],["fontVariant","font-variant"],["fontWeight","font-weight"],["glyphName","glyph-name"],["glyphOrientationHorizontal","glyph-orientation-horizontal"],["glyphOrientationVertical","glyph-orientation-vertical"],["horizAdvX","horiz-adv-x"],["horizOriginX","horiz-origin-x"],["imageRendering","image-rendering"],["letterSpacing","letter-spacing"],["lightingColor","lighting-color"],["markerEnd","marker-end"],["markerMid","marker-mid"],["markerStart","marker-start"],["overlinePosition","overline-position"],["overlineThickness","overline-thickness"],["paintOrder","paint-order"],["panose-1","panose-1"],["pointerEvents","pointer-events"],["renderingIntent","rendering-intent"],["shapeRendering","shape-rendering"],["stopColor","stop-color"],["stopOpacity","stop-opacity"],["strikethroughPosition","strikethrough-position"],["strikethroughThickness","strikethrough-thickness"],["strokeDasharray","stroke-dasharray"],["strokeDashoffset","stroke-dashoffset"],["strokeLinecap","stroke-linecap"],["strokeLinejoin","stroke-linejoin"],["strokeMiterlimit","stroke-miterlimit"],["strokeOpacity","stroke-opacity"],["strokeWidth","stroke-width"],["textAnchor","text-anchor"],["textDecoration","text-decoration"],["textRendering","text-rendering"],["transformOrigin","transform-origin"],["underlinePosition","underline-position"],["underlineThickness","underline-thickness"],["unicodeBidi","unicode-bidi"],["unicodeRange","unicode-range"],["unitsPerEm","units-per-em"],["vAlphabetic","v-alphabetic"],["vHanging","v-hanging"],["vIdeographic","v-ideographic"],["vMathematical","v-mathematical"],["vectorEffect","vector-effect"],["vertAdvY","vert-adv-y"],["vertOriginX","vert-origin-x"],["vertOriginY","vert-origin-y"],["wordSpacing","word-spacing"],["writingMode","writing-mode"],["xmlnsXlink","xmlns:xlink"],["xHeight","x-height"]]),yh=/^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i;function xi(e){return yh.test(""+e)?"javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')":e}function un(){}var Wu=null;function Pu(e){return e=e.target||e.srcElement||window,e.correspondingUseElement&&(e=e.correspondingUseElement),e.nodeType===3?e.parentNode:e}var Ma=null,qa=null;function ko(e){var t=Ca(e);if(t&&(e=t.stateNode)){var n=e[pt]||null;e:switch(e=t.stateNode,t.type){case"input":if(Ku(e,n.value,n.defaultValue,n.defaultValue,n.checked,n.defaultChecked,n.type,n.name),t=n.name,n.type==="radio"&&t!=null){for(n=e;n.parentNode;)n=n.parentNode;for(n=n.querySelectorAll('input[name="'+Vt(""+t)+'"][type="radio"]'),t=0;t<n.length;t++){var a=n[t];if(a!==e&&a.form===e.form){var l=a[pt]||null;if(!l)throw Error(o(90));Ku(a,l.value,l.defaultValue,l.defaultValue,l.checked,l.defaultChecked,l.type,l.name)}}for(t=0;t<n.length;t++)a=n[t],a.form===e.form&&Lo(a)}break e;case"textarea":Vo(e,n.value,n.defaultValue);break e;case"select":t=n.value,t!=null&&za(e,!!n.multiple,t,!1)}}}var Iu=!1;function Xo(e,t,n){if(Iu)return e(t,n);Iu=!0;try{var a=e(t);return a}finally{if(Iu=!1,(Ma!==null||qa!==null)&&(fu(),Ma&&(t=Ma,e=qa,qa=Ma=null,ko(t),e)))for(t=0;t<e.length;t++)ko(e[t])}}function _l(e,t){var n=e.stateNode;if(n===null)return null;var a=n[pt]||null;if(a===null)return null;n=a[t];e:switch(t){case"onClick":case"onClickCapture":case"onDoubleClick":case"onDoubleClickCapture":case"onMouseDown":case"onMouseDownCapture":case"onMouseMove":case"onMouseMoveCapture":case"onMouseUp":case"onMouseUpCapture":case"onMouseEnter":(a=!a.disabled)||(e=e.type,a=!(e==="button"||e==="input"||e==="select"||e==="textarea")),e=!a;break e;default:e=!1}if(e)return null;if(n&&typeof n!="function")throw Error(o(231,t,typeof n));return n}var sn=!(typeof window>"u"||typeof window.document>"u"||typeof window.document.createElement>"u"),es=!1;if(sn)try{var jl={};Object.defineProperty(jl,"passive",{get:function(){es=!0}}),window.addEventListener("test",jl,jl),window.removeEventListener("test",jl,jl)}catch{es=!1}var jn=null,ts=null,Ti=null;function Qo(){if(Ti)return Ti;var e,t=ts,n=t.length,a,l="value"in jn?jn.value:jn.textContent,i=l.length;for(e=0;e<n&&t[e]===l[e];e++);var u=n-e;for(a=1;a<=u&&t[n-a]===l[i-a];a++);return Ti=l.slice(e,1<a?1-a:void 0)}function _i(e){var t=e.keyCode;return"charCode"in e?(e=e.charCode,e===0&&t===13&&(e=13)):e=t,e===10&&(e=13),32<=e||e===13?e:0}function ji(){return!0}function Zo(){return!1}function vt(e){function t(n,a,l,i,u){this._reactName=n,this._targetInst=l,this.type=a,this.nativeEvent=i,this.target=u,this.currentTarget=null;for(var r in e)e.hasOwnProperty(r)&&(n=e[r],this[r]=n?n(i):i[r]);return this.isDefaultPrevented=(i.defaultPrevented!=null?i.defaultPrevented:i.returnValue===!1)?ji:Zo,this.isPropagationStopped=Zo,this}return H(t.prototype,{preventDefault:function(){this.defaultPrevented=!0;var n=this.nativeEvent;n&&(n.preventDefault?n.preventDefault():typeof n.returnValue!="unknown"&&(n.returnValue=!1),this.isDefaultPrevented=ji)},stopPropagation:function(){var n=this.nativeEvent;n&&(n.stopPropagation?n.stopPropagation():typeof n.cancelBubble!="unknown"&&(n.cancelBubble=!0),this.isPropagationStopped=ji)},persist:function(){},isPersistent:ji}),t}var la={eventPhase:0,bubbles:0,cancelable:0,timeStamp:function(e){return e.timeStamp||Date.now()},defaultPrevented:0,isTrusted:0},Ri=vt(la),Rl=H({},la,{view:0,detail:0}),ph=vt(Rl),ns,as,Ul,Ui=H({},Rl,{screenX:0,screenY:0,clientX:0,clientY:0,pageX:0,pageY:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,getModifierState:is,button:0,buttons:0,relatedTarget:function(e){return e.relatedTarget===void 0?e.fromElement===e.srcElement?e.toElement:e.fromElement:e.relatedTarget},movementX:function(e){return"movementX"in e?e.movementX:(e!==Ul&&(Ul&&e.type==="mousemove"?(ns=e.screenX-Ul.screenX,as=e.screenY-Ul.screenY):as=ns=0,Ul=e),ns)},movementY:function(e){return"movementY"in e?e.movementY:as}}),Jo=vt(Ui),vh=H({},Ui,{dataTransfer:0}),bh=vt(vh),Sh=H({},Rl,{relatedTarget:0}),ls=vt(Sh),wh=H({},la,{animationName:0,elapsedTime:0,pseudoElement:0}),Eh=vt(wh),Ah=H({},la,{clipboardData:function(e){return"clipboardData"in e?e.clipboardData:window.clipboardData}}),xh=vt(Ah),Th=H({},la,{data:0}),Ko=vt(Th),_h={Esc:"Escape",Spacebar:" ",Left:"ArrowLeft",Up:"ArrowUp",Right:"ArrowRight",Down:"ArrowDown",Del:"Delete",Win:"OS",Menu:"ContextMenu",Apps:"ContextMenu",Scroll:"ScrollLock",MozPrintableKey:"Unidentified"},jh={8:"Backspace",9:"Tab",12:"Clear",13:"Enter",16:"Shift",17:"Control",18:"Alt",19:"Pause",20:"CapsLock",27:"Escape",32:" ",33:"PageUp",34:"PageDown",35:"End",36:"Home",37:"ArrowLeft",38:"ArrowUp",39:"ArrowRight",40:"ArrowDown",45:"Insert",46:"Delete",112:"F1",113:"F2",114:"F3",115:"F4",116:"F5",117:"F6",118:"F7",119:"F8",120:"F9",121:"F10",122:"F11",123:"F12",144:"NumLock",145:"ScrollLock",224:"Meta"},Rh={Alt:"altKey",Control:"ctrlKey",Meta:"metaKey",Shift:"shiftKey"};function Uh(e){var t=this.nativeEvent;return t.getModifierState?t.getModifierState(e):(e=Rh[e])?!!t[e]:!1}function is(){return Uh}var Ch=H({},Rl,{key:function(e){if(e.key){var t=_h[e.key]||e.key;if(t!=="Unidentified")return t}return e.type==="keypress"?(e=_i(e),e===13?"Enter":String.fromCharCode(e)):e.type==="keydown"||e.type==="keyup"?jh[e.keyCode]||"Unidentified":""},code:0,location:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,repeat:0,locale:0,getModifierState:is,charCode:function(e){return e.type==="keypress"?_i(e):0},keyCode:function(e){return e.type==="keydown"||e.type==="keyup"?e.keyCode:0},which:function(e){return e.type==="keypress"?_i(e):e.type==="keydown"||e.type==="keyup"?e.keyCode:0}}),Oh=vt(Ch),Nh=H({},Ui,{pointerId:0,width:0,height:0,pressure:0,tangentialPressure:0,tiltX:0,tiltY:0,twist:0,pointerType:0,isPrimary:0}),$o=vt(Nh),zh=H({},Rl,{touches:0,targetTouches:0,changedTouches:0,altKey:0,metaKey:0,ctrlKey:0,shiftKey:0,getModifierState:is}),Dh=vt(zh),Mh=H({},la,{propertyName:0,elapsedTime:0,pseudoElement:0}),qh=vt(Mh),Lh=H({},Ui,{deltaX:function(e){return"deltaX"in e?e.deltaX:"wheelDeltaX"in e?-e.wheelDeltaX:0},deltaY:function(e){return"deltaY"in e?e.deltaY:"wheelDeltaY"in e?-e.wheelDeltaY:"wheelDelta"in e?-e.wheelDelta:0},deltaZ:0,deltaMode:0}),Hh=vt(Lh),Vh=H({},la,{newState:0,oldState:0}),Bh=vt(Vh),Yh=[9,13,27,32],us=sn&&"CompositionEvent"in window,Cl=null;sn&&"documentMode"in document&&(Cl=document.documentMode);var Gh=sn&&"TextEvent"in window&&!Cl,Fo=sn&&(!us||Cl&&8<Cl&&11>=Cl),Wo=" ",Po=!1;function Io(e,t){switch(e){case"keyup":return Yh.indexOf(t.keyCode)!==-1;case"keydown":return t.keyCode!==229;case"keypress":case"mousedown":case"focusout":return!0;default:return!1}}function er(e){return e=e.detail,typeof e=="object"&&"data"in e?e.data:null}var La=!1;function kh(e,t){switch(e){case"compositionend":return er(t);case"keypress":return t.which!==32?null:(Po=!0,Wo);case"textInput":return e=t.data,e===Wo&&Po?null:e;default:return null}}function Xh(e,t){if(La)return e==="compositionend"||!us&&Io(e,t)?(e=Qo(),Ti=ts=jn=null,La=!1,e):null;switch(e){case"paste":return null;case"keypress":if(!(t.ctrlKey||t.altKey||t.metaKey)||t.ctrlKey&&t.altKey){if(t.char&&1<t.char.length)return t.char;if(t.which)return String.fromCharCode(t.which)}return null;case"compositionend":return Fo&&t.locale!=="ko"?null:t.data;default:return null}}var Qh={color:!0,date:!0,datetime:!0,"datetime-local":!0,email:!0,month:!0,number:!0,password:!0,range:!0,search:!0,tel:!0,text:!0,time:!0,url:!0,week:!0};function tr(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t==="input"?!!Qh[e.type]:t==="textarea"}function nr(e,t,n,a){Ma?qa?qa.push(a):qa=[a]:Ma=a,t=vu(t,"onChange"),0<t.length&&(n=new Ri("onChange","change",null,n,a),e.push({event:n,listeners:t}))}var Ol=null,Nl=null;function Zh(e){Vd(e,0)}function Ci(e){var t=Tl(e);if(Lo(t))return e}function ar(e,t){if(e==="change")return t}var lr=!1;if(sn){var ss;if(sn){var cs="oninput"in document;if(!cs){var ir=document.createElement("div");ir.setAttribute("oninput","return;"),cs=typeof ir.oninput=="function"}ss=cs}else ss=!1;lr=ss&&(!document.documentMode||9<document.documentMode)}function ur(){Ol&&(Ol.detachEvent("onpropertychange",sr),Nl=Ol=null)}function sr(e){if(e.propertyName==="value"&&Ci(Nl)){var t=[];nr(t,Nl,e,Pu(e)),Xo(Zh,t)}}function Jh(e,t,n){e==="focusin"?(ur(),Ol=t,Nl=n,Ol.attachEvent("onpropertychange",sr)):e==="focusout"&&ur()}function Kh(e){if(e==="selectionchange"||e==="keyup"||e==="keydown")return Ci(Nl)}function $h(e,t){if(e==="click")return Ci(t)}function Fh(e,t){if(e==="input"||e==="change")return Ci(t)}function Wh(e,t){return e===t&&(e!==0||1/e===1/t)||e!==e&&t!==t}var Rt=typeof Object.is=="function"?Object.is:Wh;function zl(e,t){if(Rt(e,t))return!0;if(typeof e!="object"||e===null||typeof t!="object"||t===null)return!1;var n=Object.keys(e),a=Object.keys(t);if(n.length!==a.length)return!1;for(a=0;a<n.length;a++){var l=n[a];if(!ja.call(t,l)||!Rt(e[l],t[l]))return!1}return!0}function cr(e){for(;e&&e.firstChild;)e=e.firstChild;return e}function or(e,t){var n=cr(e);e=0;for(var a;n;){if(n.nodeType===3){if(a=e+n.textContent.length,e<=t&&a>=t)return{node:n,offset:t-e};e=a}e:{for(;n;){if(n.nextSibling){n=n.nextSibling;break e}n=n.parentNode}n=void 0}n=cr(n)}}function rr(e,t){return e&&t?e===t?!0:e&&e.nodeType===3?!1:t&&t.nodeType===3?rr(e,t.parentNode):"contains"in e?e.contains(t):e.compareDocumentPosition?!!(e.compareDocumentPosition(t)&16):!1:!1}function fr(e){e=e!=null&&e.ownerDocument!=null&&e.ownerDocument.defaultView!=null?e.ownerDocument.defaultView:window;for(var t=Ai(e.document);t instanceof e.HTMLIFrameElement;){try{var n=typeof t.contentWindow.location.href=="string"}catch{n=!1}if(n)e=t.contentWindow;else break;t=Ai(e.document)}return t}function os(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t&&(t==="input"&&(e.type==="text"||e.type==="search"||e.type==="tel"||e.type==="url"||e.type==="password")||t==="textarea"||e.contentEditable==="true")}var Ph=sn&&"documentMode"in document&&11>=document.documentMode,Ha=null,rs=null,Dl=null,fs=!1;function dr(e,t,n){var a=n.window===n?n.document:n.nodeType===9?n:n.ownerDocument;fs||Ha==null||Ha!==Ai(a)||(a=Ha,"selectionStart"in a&&os(a)?a={start:a.selectionStart,end:a.selectionEnd}:(a=(a.ownerDocument&&a.ownerDocument.defaultView||window).getSelection(),a={anchorNode:a.anchorNode,anchorOffset:a.anchorOffset,focusNode:a.focusNode,focusOffset:a.focusOffset}),Dl&&zl(Dl,a)||(Dl=a,a=vu(rs,"onSelect"),0<a.length&&(t=new Ri("onSelect","select",null,t,n),e.push({event:t,listeners:a}),t.target=Ha)))}function ia(e,t){var n={};return n[e.toLowerCase()]=t.toLowerCase(),n["Webkit"+e]="webkit"+t,n["Moz"+e]="moz"+t,n}var Va={animationend:ia("Animation","AnimationEnd"),animationiteration:ia("Animation","AnimationIteration"),animationstart:ia("Animation","AnimationStart"),transitionrun:ia("Transition","TransitionRun"),transitionstart:ia("Transition","TransitionStart"),transitioncancel:ia("Transition","TransitionCancel"),transitionend:ia("Transition","TransitionEnd")},ds={},mr={};sn&&(mr=document.createElement("div").style,"AnimationEvent"in window||(delete Va.animationend.animation,delete Va.animationiteration.animation,delete Va.animationstart.animation),"TransitionEvent"in window||delete Va.transitionend.transition);function ua(e){if(ds[e])return ds[e];if(!Va[e])return e;var t=Va[e],n;for(n in t)if(t.hasOwnProperty(n)&&n in mr)return ds[e]=t[n];return e}var hr=ua("animationend"),gr=ua("animationiteration"),yr=ua("animationstart"),Ih=ua("transitionrun"),eg=ua("transitionstart"),tg=ua("transitioncancel"),pr=ua("transitionend"),vr=new Map,ms="abort auxClick beforeToggle cancel canPlay canPlayThrough click close contextMenu copy cut drag dragEnd dragEnter dragExit dragLeave dragOver dragStart drop durationChange emptied encrypted ended error gotPointerCapture input invalid keyDown keyPress keyUp load loadedData loadedMetadata loadStart lostPointerCapture mouseDown mouseMove mouseOut mouseOver mouseUp paste pause play playing pointerCancel pointerDown pointerMove pointerOut pointerOver pointerUp progress rateChange reset resize seeked seeking stalled submit suspend timeUpdate touchCancel touchEnd touchStart volumeChange scroll toggle touchMove waiting wheel".split(" ");ms.push("scrollEnd");function $t(e,t){vr.set(e,t),aa(t,[e])}var Oi=typeof reportError=="function"?reportError:function(e){if(typeof window=="object"&&typeof window.ErrorEvent=="function"){var t=new window.ErrorEvent("error",{bubbles:!0,cancelable:!0,message:typeof e=="object"&&e!==null&&typeof e.message=="string"?String(e.message):String(e),error:e});if(!window.dispatchEvent(t))return}else if(typeof process=="object"&&typeof process.emit=="function"){process.emit("uncaughtException",e);return}console.error(e)},Bt=[],Ba=0,hs=0;function Ni(){for(var e=Ba,t=hs=Ba=0;t<e;){var n=Bt[t];Bt[t++]=null;var a=Bt[t];Bt[t++]=null;var l=Bt[t];Bt[t++]=null;var i=Bt[t];if(Bt[t++]=null,a!==null&&l!==null){var u=a.pending;u===null?l.next=l:(l.next=u.next,u.next=l),a.pending=l}i!==0&&br(n,l,i)}}function zi(e,t,n,a){Bt[Ba++]=e,Bt[Ba++]=t,Bt[Ba++]=n,Bt[Ba++]=a,hs|=a,e.lanes|=a,e=e.alternate,e!==null&&(e.lanes|=a)}function gs(e,t,n,a){return zi(e,t,n,a),Di(e)}function sa(e,t){return zi(e,null,null,t),Di(e)}function br(e,t,n){e.lanes|=n;var a=e.alternate;a!==null&&(a.lanes|=n);for(var l=!1,i=e.return;i!==null;)i.childLanes|=n,a=i.alternate,a!==null&&(a.childLanes|=n),i.tag===22&&(e=i.stateNode,e===null||e._visibility&1||(l=!0)),e=i,i=i.return;return e.tag===3?(i=e.stateNode,l&&t!==null&&(l=31-Le(n),e=i.hiddenUpdates,a=e[l],a===null?e[l]=[t]:a.push(t),t.lane=n|536870912),i):null}function Di(e){if(50<ni)throw ni=0,xc=null,Error(o(185));for(var t=e.return;t!==null;)e=t,t=e.return;return e.tag===3?e.stateNode:null}var Ya={};function ng(e,t,n,a){this.tag=e,this.key=n,this.sibling=this.child=this.return=this.stateNode=this.type=this.elementType=null,this.index=0,this.refCleanup=this.ref=null,this.pendingProps=t,this.dependencies=this.memoizedState=this.updateQueue=this.memoizedProps=null,this.mode=a,this.subtreeFlags=this.flags=0,this.deletions=null,this.childLanes=this.lanes=0,this.alternate=null}function Ut(e,t,n,a){return new ng(e,t,n,a)}function ys(e){return e=e.prototype,!(!e||!e.isReactComponent)}function cn(e,t){var n=e.alternate;return n===null?(n=Ut(e.tag,t,e.key,e.mode),n.elementType=e.elementType,n.type=e.type,n.stateNode=e.stateNode,n.alternate=e,e.alternate=n):(n.pendingProps=t,n.type=e.type,n.flags=0,n.subtreeFlags=0,n.deletions=null),n.flags=e.flags&65011712,n.childLanes=e.childLanes,n.lanes=e.lanes,n.child=e.child,n.memoizedProps=e.memoizedProps,n.memoizedState=e.memoizedState,n.updateQueue=e.updateQueue,t=e.dependencies,n.dependencies=t===null?null:{lanes:t.lanes,firstContext:t.firstContext},n.sibling=e.sibling,n.index=e.index,n.ref=e.ref,n.refCleanup=e.refCleanup,n}function Sr(e,t){e.flags&=65011714;var n=e.alternate;return n===null?(e.childLanes=0,e.lanes=t,e.child=null,e.subtreeFlags=0,e.memoizedProps=null,e.memoizedState=null,e.updateQueue=null,e.dependencies=null,e.stateNode=null):(e.childLanes=n.childLanes,e.lanes=n.lanes,e.child=n.child,e.subtreeFlags=0,e.deletions=null,e.memoizedProps=n.memoizedProps,e.memoizedState=n.memoizedState,e.updateQueue=n.updateQueue,e.type=n.type,t=n.dependencies,e.dependencies=t===null?null:{lanes:t.lanes,firstContext:t.firstContext}),e}function Mi(e,t,n,a,l,i){var u=0;if(a=e,typeof e=="function")ys(e)&&(u=1);else if(typeof e=="string")u=sy(e,n,G.current)?26:e==="html"||e==="head"||e==="body"?27:5;else e:switch(e){case mt:return e=Ut(31,n,t,l),e.elementType=mt,e.lanes=i,e;case w:return ca(n.children,l,i,t);case M:u=8,l|=24;break;case pe:return e=Ut(12,n,t,l|2),e.elementType=pe,e.lanes=i,e;case Ne:return e=Ut(13,n,t,l),e.elementType=Ne,e.lanes=i,e;case _e:return e=Ut(19,n,t,l),e.elementType=_e,e.lanes=i,e;default:if(typeof e=="object"&&e!==null)switch(e.$$typeof){case Q:u=10;break e;case gt:u=9;break e;case Z:u=11;break e;case ne:u=14;break e;case Ie:u=16,a=null;break e}u=29,n=Error(o(130,e===null?"null":typeof e,"")),a=null}return t=Ut(u,n,t,l),t.elementType=e,t.type=a,t.lanes=i,t}function ca(e,t,n,a){return e=Ut(7,e,a,t),e.lanes=n,e}function ps(e,t,n){return e=Ut(6,e,null,t),e.lanes=n,e}function wr(e){var t=Ut(18,null,null,0);return t.stateNode=e,t}function vs(e,t,n){return t=Ut(4,e.children!==null?e.children:[],e.key,t),t.lanes=n,t.stateNode={containerInfo:e.containerInfo,pendingChildren:null,implementation:e.implementation},t}var Er=new WeakMap;function Yt(e,t){if(typeof e=="object"&&e!==null){var n=Er.get(e);return n!==void 0?n:(t={value:e,source:t,stack:Pn(t)},Er.set(e,t),t)}return{value:e,source:t,stack:Pn(t)}}var Ga=[],ka=0,qi=null,Ml=0,Gt=[],kt=0,Rn=null,It=1,en="";function on(e,t){Ga[ka++]=Ml,Ga[ka++]=qi,qi=e,Ml=t}function Ar(e,t,n){Gt[kt++]=It,Gt[kt++]=en,Gt[kt++]=Rn,Rn=e;var a=It;e=en;var l=32-Le(a)-1;a&=~(1<<l),n+=1;var i=32-Le(t)+l;if(30<i){var u=l-l%5;i=(a&(1<<u)-1).toString(32),a>>=u,l-=u,It=1<<32-Le(t)+l|n<<l|a,en=i+e}else It=1<<i|n<<l|a,en=e}function bs(e){e.return!==null&&(on(e,1),Ar(e,1,0))}function Ss(e){for(;e===qi;)qi=Ga[--ka],Ga[ka]=null,Ml=Ga[--ka],Ga[ka]=null;for(;e===Rn;)Rn=Gt[--kt],Gt[kt]=null,en=Gt[--kt],Gt[kt]=null,It=Gt[--kt],Gt[kt]=null}function xr(e,t){Gt[kt++]=It,Gt[kt++]=en,Gt[kt++]=Rn,It=t.id,en=t.overflow,Rn=e}var it=null,ze=null,de=!1,Un=null,Xt=!1,ws=Error(o(519));function Cn(e){var t=Error(o(418,1<arguments.length&&arguments[1]!==void 0&&arguments[1]?"text":"HTML",""));throw ql(Yt(t,e)),ws}function Tr(e){var t=e.stateNode,n=e.type,a=e.memoizedProps;switch(t[lt]=e,t[pt]=a,n){case"dialog":ce("cancel",t),ce("close",t);break;case"iframe":case"object":case"embed":ce("load",t);break;case"video":case"audio":for(n=0;n<li.length;n++)ce(li[n],t);break;case"source":ce("error",t);break;case"img":case"image":case"link":ce("error",t),ce("load",t);break;case"details":ce("toggle",t);break;case"input":ce("invalid",t),Ho(t,a.value,a.defaultValue,a.checked,a.defaultChecked,a.type,a.name,!0);break;case"select":ce("invalid",t);break;case"textarea":ce("invalid",t),Bo(t,a.value,a.defaultValue,a.children)}n=a.children,typeof n!="string"&&typeof n!="number"&&typeof n!="bigint"||t.textContent===""+n||a.suppressHydrationWarning===!0||kd(t.textContent,n)?(a.popover!=null&&(ce("beforetoggle",t),ce("toggle",t)),a.onScroll!=null&&ce("scroll",t),a.onScrollEnd!=null&&ce("scrollend",t),a.onClick!=null&&(t.onclick=un),t=!0):t=!1,t||Cn(e,!0)}function _r(e){for(it=e.return;it;)switch(it.tag){case 5:case 31:case 13:Xt=!1;return;case 27:case 3:Xt=!0;return;default:it=it.return}}function Xa(e){if(e!==it)return!1;if(!de)return _r(e),de=!0,!1;var t=e.tag,n;if((n=t!==3&&t!==27)&&((n=t===5)&&(n=e.type,n=!(n!=="form"&&n!=="button")||Vc(e.type,e.memoizedProps)),n=!n),n&&ze&&Cn(e),_r(e),t===13){if(e=e.memoizedState,e=e!==null?e.dehydrated:null,!e)throw Error(o(317));ze=Pd(e)}else if(t===31){if(e=e.memoizedState,e=e!==null?e.dehydrated:null,!e)throw Error(o(317));ze=Pd(e)}else t===27?(t=ze,Xn(e.type)?(e=Xc,Xc=null,ze=e):ze=t):ze=it?Zt(e.stateNode.nextSibling):null;return!0}function oa(){ze=it=null,de=!1}function Es(){var e=Un;return e!==null&&(Et===null?Et=e:Et.push.apply(Et,e),Un=null),e}function ql(e){Un===null?Un=[e]:Un.push(e)}var As=g(null),ra=null,rn=null;function On(e,t,n){B(As,t._currentValue),t._currentValue=n}function fn(e){e._currentValue=As.current,z(As)}function xs(e,t,n){for(;e!==null;){var a=e.alternate;if((e.childLanes&t)!==t?(e.childLanes|=t,a!==null&&(a.childLanes|=t)):a!==null&&(a.childLanes&t)!==t&&(a.childLanes|=t),e===n)break;e=e.return}}function Ts(e,t,n,a){var l=e.child;for(l!==null&&(l.return=e);l!==null;){var i=l.dependencies;if(i!==null){var u=l.child;i=i.firstContext;e:for(;i!==null;){var r=i;i=l;for(var m=0;m<t.length;m++)if(r.context===t[m]){i.lanes|=n,r=i.alternate,r!==null&&(r.lanes|=n),xs(i.return,n,e),a||(u=null);break e}i=r.next}}else if(l.tag===18){if(u=l.return,u===null)throw Error(o(341));u.lanes|=n,i=u.alternate,i!==null&&(i.lanes|=n),xs(u,n,e),u=null}else u=l.child;if(u!==null)u.return=l;else for(u=l;u!==null;){if(u===e){u=null;break}if(l=u.sibling,l!==null){l.return=u.return,u=l;break}u=u.return}l=u}}function Qa(e,t,n,a){e=null;for(var l=t,i=!1;l!==null;){if(!i){if((l.flags&524288)!==0)i=!0;else if((l.flags&262144)!==0)break}if(l.tag===10){var u=l.alternate;if(u===null)throw Error(o(387));if(u=u.memoizedProps,u!==null){var r=l.type;Rt(l.pendingProps.value,u.value)||(e!==null?e.push(r):e=[r])}}else if(l===ge.current){if(u=l.alternate,u===null)throw Error(o(387));u.memoizedState.memoizedState!==l.memoizedState.memoizedState&&(e!==null?e.push(oi):e=[oi])}l=l.return}e!==null&&Ts(t,e,n,a),t.flags|=262144}function Li(e){for(e=e.firstContext;e!==null;){if(!Rt(e.context._currentValue,e.memoizedValue))return!0;e=e.next}return!1}function fa(e){ra=e,rn=null,e=e.dependencies,e!==null&&(e.firstContext=null)}function ut(e){return jr(ra,e)}function Hi(e,t){return ra===null&&fa(e),jr(e,t)}function jr(e,t){var n=t._currentValue;if(t={context:t,memoizedValue:n,next:null},rn===null){if(e===null)throw Error(o(308));rn=t,e.dependencies={lanes:0,firstContext:t},e.flags|=524288}else rn=rn.next=t;return n}var ag=typeof AbortController<"u"?AbortController:function(){var e=[],t=this.signal={aborted:!1,addEventListener:function(n,a){e.push(a)}};this.abort=function(){t.aborted=!0,e.forEach(function(n){return n()})}},lg=c.unstable_scheduleCallback,ig=c.unstable_NormalPriority,Ze={$$typeof:Q,Consumer:null,Provider:null,_currentValue:null,_currentValue2:null,_threadCount:0};function _s(){return{controller:new ag,data:new Map,refCount:0}}function Ll(e){e.refCount--,e.refCount===0&&lg(ig,function(){e.controller.abort()})}var Hl=null,js=0,Za=0,Ja=null;function ug(e,t){if(Hl===null){var n=Hl=[];js=0,Za=Cc(),Ja={status:"pending",value:void 0,then:function(a){n.push(a)}}}return js++,t.then(Rr,Rr),t}function Rr(){if(--js===0&&Hl!==null){Ja!==null&&(Ja.status="fulfilled");var e=Hl;Hl=null,Za=0,Ja=null;for(var t=0;t<e.length;t++)(0,e[t])()}}function sg(e,t){var n=[],a={status:"pending",value:null,reason:null,then:function(l){n.push(l)}};return e.then(function(){a.status="fulfilled",a.value=t;for(var l=0;l<n.length;l++)(0,n[l])(t)},function(l){for(a.status="rejected",a.reason=l,l=0;l<n.length;l++)(0,n[l])(void 0)}),a}var Ur=R.S;R.S=function(e,t){md=Fe(),typeof t=="object"&&t!==null&&typeof t.then=="function"&&ug(e,t),Ur!==null&&Ur(e,t)};var da=g(null);function Rs(){var e=da.current;return e!==null?e:Oe.pooledCache}function Vi(e,t){t===null?B(da,da.current):B(da,t.pool)}function Cr(){var e=Rs();return e===null?null:{parent:Ze._currentValue,pool:e}}var Ka=Error(o(460)),Us=Error(o(474)),Bi=Error(o(542)),Yi={then:function(){}};function Or(e){return e=e.status,e==="fulfilled"||e==="rejected"}function Nr(e,t,n){switch(n=e[n],n===void 0?e.push(t):n!==t&&(t.then(un,un),t=n),t.status){case"fulfilled":return t.value;case"rejected":throw e=t.reason,Dr(e),e;default:if(typeof t.status=="string")t.then(un,un);else{if(e=Oe,e!==null&&100<e.shellSuspendCounter)throw Error(o(482));e=t,e.status="pending",e.then(function(a){if(t.status==="pending"){var l=t;l.status="fulfilled",l.value=a}},function(a){if(t.status==="pending"){var l=t;l.status="rejected",l.reason=a}})}switch(t.status){case"fulfilled":return t.value;case"rejected":throw e=t.reason,Dr(e),e}throw ha=t,Ka}}function ma(e){try{var t=e._init;return t(e._payload)}catch(n){throw n!==null&&typeof n=="object"&&typeof n.then=="function"?(ha=n,Ka):n}}var ha=null;function zr(){if(ha===null)throw Error(o(459));var e=ha;return ha=null,e}function Dr(e){if(e===Ka||e===Bi)throw Error(o(483))}var $a=null,Vl=0;function Gi(e){var t=Vl;return Vl+=1,$a===null&&($a=[]),Nr($a,e,t)}function Bl(e,t){t=t.props.ref,e.ref=t!==void 0?t:null}function ki(e,t){throw t.$$typeof===v?Error(o(525)):(e=Object.prototype.toString.call(t),Error(o(31,e==="[object Object]"?"object with keys {"+Object.keys(t).join(", ")+"}":e)))}function Mr(e){function t(b,h){if(e){var E=b.deletions;E===null?(b.deletions=[h],b.flags|=16):E.push(h)}}function n(b,h){if(!e)return null;for(;h!==null;)t(b,h),h=h.sibling;return null}function a(b){for(var h=new Map;b!==null;)b.key!==null?h.set(b.key,b):h.set(b.index,b),b=b.sibling;return h}function l(b,h){return b=cn(b,h),b.index=0,b.sibling=null,b}function i(b,h,E){return b.index=E,e?(E=b.alternate,E!==null?(E=E.index,E<h?(b.flags|=67108866,h):E):(b.flags|=67108866,h)):(b.flags|=1048576,h)}function u(b){return e&&b.alternate===null&&(b.flags|=67108866),b}function r(b,h,E,N){return h===null||h.tag!==6?(h=ps(E,b.mode,N),h.return=b,h):(h=l(h,E),h.return=b,h)}function m(b,h,E,N){var J=E.type;return J===w?U(b,h,E.props.children,N,E.key):h!==null&&(h.elementType===J||typeof J=="object"&&J!==null&&J.$$typeof===Ie&&ma(J)===h.type)?(h=l(h,E.props),Bl(h,E),h.return=b,h):(h=Mi(E.type,E.key,E.props,null,b.mode,N),Bl(h,E),h.return=b,h)}function A(b,h,E,N){return h===null||h.tag!==4||h.stateNode.containerInfo!==E.containerInfo||h.stateNode.implementation!==E.implementation?(h=vs(E,b.mode,N),h.return=b,h):(h=l(h,E.children||[]),h.return=b,h)}function U(b,h,E,N,J){return h===null||h.tag!==7?(h=ca(E,b.mode,N,J),h.return=b,h):(h=l(h,E),h.return=b,h)}function D(b,h,E){if(typeof h=="string"&&h!==""||typeof h=="number"||typeof h=="bigint")return h=ps(""+h,b.mode,E),h.return=b,h;if(typeof h=="object"&&h!==null){switch(h.$$typeof){case j:return E=Mi(h.type,h.key,h.props,null,b.mode,E),Bl(E,h),E.return=b,E;case S:return h=vs(h,b.mode,E),h.return=b,h;case Ie:return h=ma(h),D(b,h,E)}if(jt(h)||at(h))return h=ca(h,b.mode,E,null),h.return=b,h;if(typeof h.then=="function")return D(b,Gi(h),E);if(h.$$typeof===Q)return D(b,Hi(b,h),E);ki(b,h)}return null}function x(b,h,E,N){var J=h!==null?h.key:null;if(typeof E=="string"&&E!==""||typeof E=="number"||typeof E=="bigint")return J!==null?null:r(b,h,""+E,N);if(typeof E=="object"&&E!==null){switch(E.$$typeof){case j:return E.key===J?m(b,h,E,N):null;case S:return E.key===J?A(b,h,E,N):null;case Ie:return E=ma(E),x(b,h,E,N)}if(jt(E)||at(E))return J!==null?null:U(b,h,E,N,null);if(typeof E.then=="function")return x(b,h,Gi(E),N);if(E.$$typeof===Q)return x(b,h,Hi(b,E),N);ki(b,E)}return null}function _(b,h,E,N,J){if(typeof N=="string"&&N!==""||typeof N=="number"||typeof N=="bigint")return b=b.get(E)||null,r(h,b,""+N,J);if(typeof N=="object"&&N!==null){switch(N.$$typeof){case j:return b=b.get(N.key===null?E:N.key)||null,m(h,b,N,J);case S:return b=b.get(N.key===null?E:N.key)||null,A(h,b,N,J);case Ie:return N=ma(N),_(b,h,E,N,J)}if(jt(N)||at(N))return b=b.get(E)||null,U(h,b,N,J,null);if(typeof N.then=="function")return _(b,h,E,Gi(N),J);if(N.$$typeof===Q)return _(b,h,E,Hi(h,N),J);ki(h,N)}return null}function k(b,h,E,N){for(var J=null,be=null,X=h,ae=h=0,fe=null;X!==null&&ae<E.length;ae++){X.index>ae?(fe=X,X=null):fe=X.sibling;var Se=x(b,X,E[ae],N);if(Se===null){X===null&&(X=fe);break}e&&X&&Se.alternate===null&&t(b,X),h=i(Se,h,ae),be===null?J=Se:be.sibling=Se,be=Se,X=fe}if(ae===E.length)return n(b,X),de&&on(b,ae),J;if(X===null){for(;ae<E.length;ae++)X=D(b,E[ae],N),X!==null&&(h=i(X,h,ae),be===null?J=X:be.sibling=X,be=X);return de&&on(b,ae),J}for(X=a(X);ae<E.length;ae++)fe=_(X,b,ae,E[ae],N),fe!==null&&(e&&fe.alternate!==null&&X.delete(fe.key===null?ae:fe.key),h=i(fe,h,ae),be===null?J=fe:be.sibling=fe,be=fe);return e&&X.forEach(function($n){return t(b,$n)}),de&&on(b,ae),J}function $(b,h,E,N){if(E==null)throw Error(o(151));for(var J=null,be=null,X=h,ae=h=0,fe=null,Se=E.next();X!==null&&!Se.done;ae++,Se=E.next()){X.index>ae?(fe=X,X=null):fe=X.sibling;var $n=x(b,X,Se.value,N);if($n===null){X===null&&(X=fe);break}e&&X&&$n.alternate===null&&t(b,X),h=i($n,h,ae),be===null?J=$n:be.sibling=$n,be=$n,X=fe}if(Se.done)return n(b,X),de&&on(b,ae),J;if(X===null){for(;!Se.done;ae++,Se=E.next())Se=D(b,Se.value,N),Se!==null&&(h=i(Se,h,ae),be===null?J=Se:be.sibling=Se,be=Se);return de&&on(b,ae),J}for(X=a(X);!Se.done;ae++,Se=E.next())Se=_(X,b,ae,Se.value,N),Se!==null&&(e&&Se.alternate!==null&&X.delete(Se.key===null?ae:Se.key),h=i(Se,h,ae),be===null?J=Se:be.sibling=Se,be=Se);return e&&X.forEach(function(vy){return t(b,vy)}),de&&on(b,ae),J}function Ue(b,h,E,N){if(typeof E=="object"&&E!==null&&E.type===w&&E.key===null&&(E=E.props.children),typeof E=="object"&&E!==null){switch(E.$$typeof){case j:e:{for(var J=E.key;h!==null;){if(h.key===J){if(J=E.type,J===w){if(h.tag===7){n(b,h.sibling),N=l(h,E.props.children),N.return=b,b=N;break e}}else if(h.elementType===J||typeof J=="object"&&J!==null&&J.$$typeof===Ie&&ma(J)===h.type){n(b,h.sibling),N=l(h,E.props),Bl(N,E),N.return=b,b=N;break e}n(b,h);break}else t(b,h);h=h.sibling}E.type===w?(N=ca(E.props.children,b.mode,N,E.key),N.return=b,b=N):(N=Mi(E.type,E.key,E.props,null,b.mode,N),Bl(N,E),N.return=b,b=N)}return u(b);case S:e:{for(J=E.key;h!==null;){if(h.key===J)if(h.tag===4&&h.stateNode.containerInfo===E.containerInfo&&h.stateNode.implementation===E.implementation){n(b,h.sibling),N=l(h,E.children||[]),N.return=b,b=N;break e}else{n(b,h);break}else t(b,h);h=h.sibling}N=vs(E,b.mode,N),N.return=b,b=N}return u(b);case Ie:return E=ma(E),Ue(b,h,E,N)}if(jt(E))return k(b,h,E,N);if(at(E)){if(J=at(E),typeof J!="function")throw Error(o(150));return E=J.call(E),$(b,h,E,N)}if(typeof E.then=="function")return Ue(b,h,Gi(E),N);if(E.$$typeof===Q)return Ue(b,h,Hi(b,E),N);ki(b,E)}return typeof E=="string"&&E!==""||typeof E=="number"||typeof E=="bigint"?(E=""+E,h!==null&&h.tag===6?(n(b,h.sibling),N=l(h,E),N.return=b,b=N):(n(b,h),N=ps(E,b.mode,N),N.return=b,b=N),u(b)):n(b,h)}return function(b,h,E,N){try{Vl=0;var J=Ue(b,h,E,N);return $a=null,J}catch(X){if(X===Ka||X===Bi)throw X;var be=Ut(29,X,null,b.mode);return be.lanes=N,be.return=b,be}}}var ga=Mr(!0),qr=Mr(!1),Nn=!1;function Cs(e){e.updateQueue={baseState:e.memoizedState,firstBaseUpdate:null,lastBaseUpdate:null,shared:{pending:null,lanes:0,hiddenCallbacks:null},callbacks:null}}function Os(e,t){e=e.updateQueue,t.updateQueue===e&&(t.updateQueue={baseState:e.baseState,firstBaseUpdate:e.firstBaseUpdate,lastBaseUpdate:e.lastBaseUpdate,shared:e.shared,callbacks:null})}function zn(e){return{lane:e,tag:0,payload:null,callback:null,next:null}}function Dn(e,t,n){var a=e.updateQueue;if(a===null)return null;if(a=a.shared,(Ee&2)!==0){var l=a.pending;return l===null?t.next=t:(t.next=l.next,l.next=t),a.pending=t,t=Di(e),br(e,null,n),t}return zi(e,a,t,n),Di(e)}function Yl(e,t,n){if(t=t.updateQueue,t!==null&&(t=t.shared,(n&4194048)!==0)){var a=t.lanes;a&=e.pendingLanes,n|=a,t.lanes=n,jo(e,n)}}function Ns(e,t){var n=e.updateQueue,a=e.alternate;if(a!==null&&(a=a.updateQueue,n===a)){var l=null,i=null;if(n=n.firstBaseUpdate,n!==null){do{var u={lane:n.lane,tag:n.tag,payload:n.payload,callback:null,next:null};i===null?l=i=u:i=i.next=u,n=n.next}while(n!==null);i===null?l=i=t:i=i.next=t}else l=i=t;n={baseState:a.baseState,firstBaseUpdate:l,lastBaseUpdate:i,shared:a.shared,callbacks:a.callbacks},e.updateQueue=n;return}e=n.lastBaseUpdate,e===null?n.firstBaseUpdate=t:e.next=t,n.lastBaseUpdate=t}var zs=!1;function Gl(){if(zs){var e=Ja;if(e!==null)throw e}}function kl(e,t,n,a){zs=!1;var l=e.updateQueue;Nn=!1;var i=l.firstBaseUpdate,u=l.lastBaseUpdate,r=l.shared.pending;if(r!==null){l.shared.pending=null;var m=r,A=m.next;m.next=null,u===null?i=A:u.next=A,u=m;var U=e.alternate;U!==null&&(U=U.updateQueue,r=U.lastBaseUpdate,r!==u&&(r===null?U.firstBaseUpdate=A:r.next=A,U.lastBaseUpdate=m))}if(i!==null){var D=l.baseState;u=0,U=A=m=null,r=i;do{var x=r.lane&-536870913,_=x!==r.lane;if(_?(re&x)===x:(a&x)===x){x!==0&&x===Za&&(zs=!0),U!==null&&(U=U.next={lane:0,tag:r.tag,payload:r.payload,callback:null,next:null});e:{var k=e,$=r;x=t;var Ue=n;switch($.tag){case 1:if(k=$.payload,typeof k=="function"){D=k.call(Ue,D,x);break e}D=k;break e;case 3:k.flags=k.flags&-65537|128;case 0:if(k=$.payload,x=typeof k=="function"?k.call(Ue,D,x):k,x==null)break e;D=H({},D,x);break e;case 2:Nn=!0}}x=r.callback,x!==null&&(e.flags|=64,_&&(e.flags|=8192),_=l.callbacks,_===null?l.callbacks=[x]:_.push(x))}else _={lane:x,tag:r.tag,payload:r.payload,callback:r.callback,next:null},U===null?(A=U=_,m=D):U=U.next=_,u|=x;if(r=r.next,r===null){if(r=l.shared.pending,r===null)break;_=r,r=_.next,_.next=null,l.lastBaseUpdate=_,l.shared.pending=null}}while(!0);U===null&&(m=D),l.baseState=m,l.firstBaseUpdate=A,l.lastBaseUpdate=U,i===null&&(l.shared.lanes=0),Vn|=u,e.lanes=u,e.memoizedState=D}}function Lr(e,t){if(typeof e!="function")throw Error(o(191,e));e.call(t)}function Hr(e,t){var n=e.callbacks;if(n!==null)for(e.callbacks=null,e=0;e<n.length;e++)Lr(n[e],t)}var Fa=g(null),Xi=g(0);function Vr(e,t){e=Sn,B(Xi,e),B(Fa,t),Sn=e|t.baseLanes}function Ds(){B(Xi,Sn),B(Fa,Fa.current)}function Ms(){Sn=Xi.current,z(Fa),z(Xi)}var Ct=g(null),Qt=null;function Mn(e){var t=e.alternate;B(Xe,Xe.current&1),B(Ct,e),Qt===null&&(t===null||Fa.current!==null||t.memoizedState!==null)&&(Qt=e)}function qs(e){B(Xe,Xe.current),B(Ct,e),Qt===null&&(Qt=e)}function Br(e){e.tag===22?(B(Xe,Xe.current),B(Ct,e),Qt===null&&(Qt=e)):qn()}function qn(){B(Xe,Xe.current),B(Ct,Ct.current)}function Ot(e){z(Ct),Qt===e&&(Qt=null),z(Xe)}var Xe=g(0);function Qi(e){for(var t=e;t!==null;){if(t.tag===13){var n=t.memoizedState;if(n!==null&&(n=n.dehydrated,n===null||Gc(n)||kc(n)))return t}else if(t.tag===19&&(t.memoizedProps.revealOrder==="forwards"||t.memoizedProps.revealOrder==="backwards"||t.memoizedProps.revealOrder==="unstable_legacy-backwards"||t.memoizedProps.revealOrder==="together")){if((t.flags&128)!==0)return t}else if(t.child!==null){t.child.return=t,t=t.child;continue}if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return null;t=t.return}t.sibling.return=t.return,t=t.sibling}return null}var dn=0,te=null,je=null,Je=null,Zi=!1,Wa=!1,ya=!1,Ji=0,Xl=0,Pa=null,cg=0;function Be(){throw Error(o(321))}function Ls(e,t){if(t===null)return!1;for(var n=0;n<t.length&&n<e.length;n++)if(!Rt(e[n],t[n]))return!1;return!0}function Hs(e,t,n,a,l,i){return dn=i,te=t,t.memoizedState=null,t.updateQueue=null,t.lanes=0,R.H=e===null||e.memoizedState===null?xf:Is,ya=!1,i=n(a,l),ya=!1,Wa&&(i=Gr(t,n,a,l)),Yr(e),i}function Yr(e){R.H=Jl;var t=je!==null&&je.next!==null;if(dn=0,Je=je=te=null,Zi=!1,Xl=0,Pa=null,t)throw Error(o(300));e===null||Ke||(e=e.dependencies,e!==null&&Li(e)&&(Ke=!0))}function Gr(e,t,n,a){te=e;var l=0;do{if(Wa&&(Pa=null),Xl=0,Wa=!1,25<=l)throw Error(o(301));if(l+=1,Je=je=null,e.updateQueue!=null){var i=e.updateQueue;i.lastEffect=null,i.events=null,i.stores=null,i.memoCache!=null&&(i.memoCache.index=0)}R.H=Tf,i=t(n,a)}while(Wa);return i}function og(){var e=R.H,t=e.useState()[0];return t=typeof t.then=="function"?Ql(t):t,e=e.useState()[0],(je!==null?je.memoizedState:null)!==e&&(te.flags|=1024),t}function Vs(){var e=Ji!==0;return Ji=0,e}function Bs(e,t,n){t.updateQueue=e.updateQueue,t.flags&=-2053,e.lanes&=~n}function Ys(e){if(Zi){for(e=e.memoizedState;e!==null;){var t=e.queue;t!==null&&(t.pending=null),e=e.next}Zi=!1}dn=0,Je=je=te=null,Wa=!1,Xl=Ji=0,Pa=null}function ht(){var e={memoizedState:null,baseState:null,baseQueue:null,queue:null,next:null};return Je===null?te.memoizedState=Je=e:Je=Je.next=e,Je}function Qe(){if(je===null){var e=te.alternate;e=e!==null?e.memoizedState:null}else e=je.next;var t=Je===null?te.memoizedState:Je.next;if(t!==null)Je=t,je=e;else{if(e===null)throw te.alternate===null?Error(o(467)):Error(o(310));je=e,e={memoizedState:je.memoizedState,baseState:je.baseState,baseQueue:je.baseQueue,queue:je.queue,next:null},Je===null?te.memoizedState=Je=e:Je=Je.next=e}return Je}function Ki(){return{lastEffect:null,events:null,stores:null,memoCache:null}}function Ql(e){var t=Xl;return Xl+=1,Pa===null&&(Pa=[]),e=Nr(Pa,e,t),t=te,(Je===null?t.memoizedState:Je.next)===null&&(t=t.alternate,R.H=t===null||t.memoizedState===null?xf:Is),e}function $i(e){if(e!==null&&typeof e=="object"){if(typeof e.then=="function")return Ql(e);if(e.$$typeof===Q)return ut(e)}throw Error(o(438,String(e)))}function Gs(e){var t=null,n=te.updateQueue;if(n!==null&&(t=n.memoCache),t==null){var a=te.alternate;a!==null&&(a=a.updateQueue,a!==null&&(a=a.memoCache,a!=null&&(t={data:a.data.map(function(l){return l.slice()}),index:0})))}if(t==null&&(t={data:[],index:0}),n===null&&(n=Ki(),te.updateQueue=n),n.memoCache=t,n=t.data[t.index],n===void 0)for(n=t.data[t.index]=Array(e),a=0;a<e;a++)n[a]=Tt;return t.index++,n}function mn(e,t){return typeof t=="function"?t(e):t}function Fi(e){var t=Qe();return ks(t,je,e)}function ks(e,t,n){var a=e.queue;if(a===null)throw Error(o(311));a.lastRenderedReducer=n;var l=e.baseQueue,i=a.pending;if(i!==null){if(l!==null){var u=l.next;l.next=i.next,i.next=u}t.baseQueue=l=i,a.pending=null}if(i=e.baseState,l===null)e.memoizedState=i;else{t=l.next;var r=u=null,m=null,A=t,U=!1;do{var D=A.lane&-536870913;if(D!==A.lane?(re&D)===D:(dn&D)===D){var x=A.revertLane;if(x===0)m!==null&&(m=m.next={lane:0,revertLane:0,gesture:null,action:A.action,hasEagerState:A.hasEagerState,eagerState:A.eagerState,next:null}),D===Za&&(U=!0);else if((dn&x)===x){A=A.next,x===Za&&(U=!0);continue}else D={lane:0,revertLane:A.revertLane,gesture:null,action:A.action,hasEagerState:A.hasEagerState,eagerState:A.eagerState,next:null},m===null?(r=m=D,u=i):m=m.next=D,te.lanes|=x,Vn|=x;D=A.action,ya&&n(i,D),i=A.hasEagerState?A.eagerState:n(i,D)}else x={lane:D,revertLane:A.revertLane,gesture:A.gesture,action:A.action,hasEagerState:A.hasEagerState,eagerState:A.eagerState,next:null},m===null?(r=m=x,u=i):m=m.next=x,te.lanes|=D,Vn|=D;A=A.next}while(A!==null&&A!==t);if(m===null?u=i:m.next=r,!Rt(i,e.memoizedState)&&(Ke=!0,U&&(n=Ja,n!==null)))throw n;e.memoizedState=i,e.baseState=u,e.baseQueue=m,a.lastRenderedState=i}return l===null&&(a.lanes=0),[e.memoizedState,a.dispatch]}function Xs(e){var t=Qe(),n=t.queue;if(n===null)throw Error(o(311));n.lastRenderedReducer=e;var a=n.dispatch,l=n.pending,i=t.memoizedState;if(l!==null){n.pending=null;var u=l=l.next;do i=e(i,u.action),u=u.next;while(u!==l);Rt(i,t.memoizedState)||(Ke=!0),t.memoizedState=i,t.baseQueue===null&&(t.baseState=i),n.lastRenderedState=i}return[i,a]}function kr(e,t,n){var a=te,l=Qe(),i=de;if(i){if(n===void 0)throw Error(o(407));n=n()}else n=t();var u=!Rt((je||l).memoizedState,n);if(u&&(l.memoizedState=n,Ke=!0),l=l.queue,Js(Zr.bind(null,a,l,e),[e]),l.getSnapshot!==t||u||Je!==null&&Je.memoizedState.tag&1){if(a.flags|=2048,Ia(9,{destroy:void 0},Qr.bind(null,a,l,n,t),null),Oe===null)throw Error(o(349));i||(dn&127)!==0||Xr(a,t,n)}return n}function Xr(e,t,n){e.flags|=16384,e={getSnapshot:t,value:n},t=te.updateQueue,t===null?(t=Ki(),te.updateQueue=t,t.stores=[e]):(n=t.stores,n===null?t.stores=[e]:n.push(e))}function Qr(e,t,n,a){t.value=n,t.getSnapshot=a,Jr(t)&&Kr(e)}function Zr(e,t,n){return n(function(){Jr(t)&&Kr(e)})}function Jr(e){var t=e.getSnapshot;e=e.value;try{var n=t();return!Rt(e,n)}catch{return!0}}function Kr(e){var t=sa(e,2);t!==null&&At(t,e,2)}function Qs(e){var t=ht();if(typeof e=="function"){var n=e;if(e=n(),ya){et(!0);try{n()}finally{et(!1)}}}return t.memoizedState=t.baseState=e,t.queue={pending:null,lanes:0,dispatch:null,lastRenderedReducer:mn,lastRenderedState:e},t}function $r(e,t,n,a){return e.baseState=n,ks(e,je,typeof a=="function"?a:mn)}function rg(e,t,n,a,l){if(Ii(e))throw Error(o(485));if(e=t.action,e!==null){var i={payload:l,action:e,next:null,isTransition:!0,status:"pending",value:null,reason:null,listeners:[],then:function(u){i.listeners.push(u)}};R.T!==null?n(!0):i.isTransition=!1,a(i),n=t.pending,n===null?(i.next=t.pending=i,Fr(t,i)):(i.next=n.next,t.pending=n.next=i)}}function Fr(e,t){var n=t.action,a=t.payload,l=e.state;if(t.isTransition){var i=R.T,u={};R.T=u;try{var r=n(l,a),m=R.S;m!==null&&m(u,r),Wr(e,t,r)}catch(A){Zs(e,t,A)}finally{i!==null&&u.types!==null&&(i.types=u.types),R.T=i}}else try{i=n(l,a),Wr(e,t,i)}catch(A){Zs(e,t,A)}}function Wr(e,t,n){n!==null&&typeof n=="object"&&typeof n.then=="function"?n.then(function(a){Pr(e,t,a)},function(a){return Zs(e,t,a)}):Pr(e,t,n)}function Pr(e,t,n){t.status="fulfilled",t.value=n,Ir(t),e.state=n,t=e.pending,t!==null&&(n=t.next,n===t?e.pending=null:(n=n.next,t.next=n,Fr(e,n)))}function Zs(e,t,n){var a=e.pending;if(e.pending=null,a!==null){a=a.next;do t.status="rejected",t.reason=n,Ir(t),t=t.next;while(t!==a)}e.action=null}function Ir(e){e=e.listeners;for(var t=0;t<e.length;t++)(0,e[t])()}function ef(e,t){return t}function tf(e,t){if(de){var n=Oe.formState;if(n!==null){e:{var a=te;if(de){if(ze){t:{for(var l=ze,i=Xt;l.nodeType!==8;){if(!i){l=null;break t}if(l=Zt(l.nextSibling),l===null){l=null;break t}}i=l.data,l=i==="F!"||i==="F"?l:null}if(l){ze=Zt(l.nextSibling),a=l.data==="F!";break e}}Cn(a)}a=!1}a&&(t=n[0])}}return n=ht(),n.memoizedState=n.baseState=t,a={pending:null,lanes:0,dispatch:null,lastRenderedReducer:ef,lastRenderedState:t},n.queue=a,n=wf.bind(null,te,a),a.dispatch=n,a=Qs(!1),i=Ps.bind(null,te,!1,a.queue),a=ht(),l={state:t,dispatch:null,action:e,pending:null},a.queue=l,n=rg.bind(null,te,l,i,n),l.dispatch=n,a.memoizedState=e,[t,n,!1]}function nf(e){var t=Qe();return af(t,je,e)}function af(e,t,n){if(t=ks(e,t,ef)[0],e=Fi(mn)[0],typeof t=="object"&&t!==null&&typeof t.then=="function")try{var a=Ql(t)}catch(u){throw u===Ka?Bi:u}else a=t;t=Qe();var l=t.queue,i=l.dispatch;return n!==t.memoizedState&&(te.flags|=2048,Ia(9,{destroy:void 0},fg.bind(null,l,n),null)),[a,i,e]}function fg(e,t){e.action=t}function lf(e){var t=Qe(),n=je;if(n!==null)return af(t,n,e);Qe(),t=t.memoizedState,n=Qe();var a=n.queue.dispatch;return n.memoizedState=e,[t,a,!1]}function Ia(e,t,n,a){return e={tag:e,create:n,deps:a,inst:t,next:null},t=te.updateQueue,t===null&&(t=Ki(),te.updateQueue=t),n=t.lastEffect,n===null?t.lastEffect=e.next=e:(a=n.next,n.next=e,e.next=a,t.lastEffect=e),e}function uf(){return Qe().memoizedState}function Wi(e,t,n,a){var l=ht();te.flags|=e,l.memoizedState=Ia(1|t,{destroy:void 0},n,a===void 0?null:a)}function Pi(e,t,n,a){var l=Qe();a=a===void 0?null:a;var i=l.memoizedState.inst;je!==null&&a!==null&&Ls(a,je.memoizedState.deps)?l.memoizedState=Ia(t,i,n,a):(te.flags|=e,l.memoizedState=Ia(1|t,i,n,a))}function sf(e,t){Wi(8390656,8,e,t)}function Js(e,t){Pi(2048,8,e,t)}function dg(e){te.flags|=4;var t=te.updateQueue;if(t===null)t=Ki(),te.updateQueue=t,t.events=[e];else{var n=t.events;n===null?t.events=[e]:n.push(e)}}function cf(e){var t=Qe().memoizedState;return dg({ref:t,nextImpl:e}),function(){if((Ee&2)!==0)throw Error(o(440));return t.impl.apply(void 0,arguments)}}function of(e,t){return Pi(4,2,e,t)}function rf(e,t){return Pi(4,4,e,t)}function ff(e,t){if(typeof t=="function"){e=e();var n=t(e);return function(){typeof n=="function"?n():t(null)}}if(t!=null)return e=e(),t.current=e,function(){t.current=null}}function df(e,t,n){n=n!=null?n.concat([e]):null,Pi(4,4,ff.bind(null,t,e),n)}function Ks(){}function mf(e,t){var n=Qe();t=t===void 0?null:t;var a=n.memoizedState;return t!==null&&Ls(t,a[1])?a[0]:(n.memoizedState=[e,t],e)}function hf(e,t){var n=Qe();t=t===void 0?null:t;var a=n.memoizedState;if(t!==null&&Ls(t,a[1]))return a[0];if(a=e(),ya){et(!0);try{e()}finally{et(!1)}}return n.memoizedState=[a,t],a}function $s(e,t,n){return n===void 0||(dn&1073741824)!==0&&(re&261930)===0?e.memoizedState=t:(e.memoizedState=n,e=gd(),te.lanes|=e,Vn|=e,n)}function gf(e,t,n,a){return Rt(n,t)?n:Fa.current!==null?(e=$s(e,n,a),Rt(e,t)||(Ke=!0),e):(dn&42)===0||(dn&1073741824)!==0&&(re&261930)===0?(Ke=!0,e.memoizedState=n):(e=gd(),te.lanes|=e,Vn|=e,t)}function yf(e,t,n,a,l){var i=V.p;V.p=i!==0&&8>i?i:8;var u=R.T,r={};R.T=r,Ps(e,!1,t,n);try{var m=l(),A=R.S;if(A!==null&&A(r,m),m!==null&&typeof m=="object"&&typeof m.then=="function"){var U=sg(m,a);Zl(e,t,U,Dt(e))}else Zl(e,t,a,Dt(e))}catch(D){Zl(e,t,{then:function(){},status:"rejected",reason:D},Dt())}finally{V.p=i,u!==null&&r.types!==null&&(u.types=r.types),R.T=u}}function mg(){}function Fs(e,t,n,a){if(e.tag!==5)throw Error(o(476));var l=pf(e).queue;yf(e,l,t,K,n===null?mg:function(){return vf(e),n(a)})}function pf(e){var t=e.memoizedState;if(t!==null)return t;t={memoizedState:K,baseState:K,baseQueue:null,queue:{pending:null,lanes:0,dispatch:null,lastRenderedReducer:mn,lastRenderedState:K},next:null};var n={};return t.next={memoizedState:n,baseState:n,baseQueue:null,queue:{pending:null,lanes:0,dispatch:null,lastRenderedReducer:mn,lastRenderedState:n},next:null},e.memoizedState=t,e=e.alternate,e!==null&&(e.memoizedState=t),t}function vf(e){var t=pf(e);t.next===null&&(t=e.alternate.memoizedState),Zl(e,t.next.queue,{},Dt())}function Ws(){return ut(oi)}function bf(){return Qe().memoizedState}function Sf(){return Qe().memoizedState}function hg(e){for(var t=e.return;t!==null;){switch(t.tag){case 24:case 3:var n=Dt();e=zn(n);var a=Dn(t,e,n);a!==null&&(At(a,t,n),Yl(a,t,n)),t={cache:_s()},e.payload=t;return}t=t.return}}function gg(e,t,n){var a=Dt();n={lane:a,revertLane:0,gesture:null,action:n,hasEagerState:!1,eagerState:null,next:null},Ii(e)?Ef(t,n):(n=gs(e,t,n,a),n!==null&&(At(n,e,a),Af(n,t,a)))}function wf(e,t,n){var a=Dt();Zl(e,t,n,a)}function Zl(e,t,n,a){var l={lane:a,revertLane:0,gesture:null,action:n,hasEagerState:!1,eagerState:null,next:null};if(Ii(e))Ef(t,l);else{var i=e.alternate;if(e.lanes===0&&(i===null||i.lanes===0)&&(i=t.lastRenderedReducer,i!==null))try{var u=t.lastRenderedState,r=i(u,n);if(l.hasEagerState=!0,l.eagerState=r,Rt(r,u))return zi(e,t,l,0),Oe===null&&Ni(),!1}catch{}if(n=gs(e,t,l,a),n!==null)return At(n,e,a),Af(n,t,a),!0}return!1}function Ps(e,t,n,a){if(a={lane:2,revertLane:Cc(),gesture:null,action:a,hasEagerState:!1,eagerState:null,next:null},Ii(e)){if(t)throw Error(o(479))}else t=gs(e,n,a,2),t!==null&&At(t,e,2)}function Ii(e){var t=e.alternate;return e===te||t!==null&&t===te}function Ef(e,t){Wa=Zi=!0;var n=e.pending;n===null?t.next=t:(t.next=n.next,n.next=t),e.pending=t}function Af(e,t,n){if((n&4194048)!==0){var a=t.lanes;a&=e.pendingLanes,n|=a,t.lanes=n,jo(e,n)}}var Jl={readContext:ut,use:$i,useCallback:Be,useContext:Be,useEffect:Be,useImperativeHandle:Be,useLayoutEffect:Be,useInsertionEffect:Be,useMemo:Be,useReducer:Be,useRef:Be,useState:Be,useDebugValue:Be,useDeferredValue:Be,useTransition:Be,useSyncExternalStore:Be,useId:Be,useHostTransitionStatus:Be,useFormState:Be,useActionState:Be,useOptimistic:Be,useMemoCache:Be,useCacheRefresh:Be};Jl.useEffectEvent=Be;var xf={readContext:ut,use:$i,useCallback:function(e,t){return ht().memoizedState=[e,t===void 0?null:t],e},useContext:ut,useEffect:sf,useImperativeHandle:function(e,t,n){n=n!=null?n.concat([e]):null,Wi(4194308,4,ff.bind(null,t,e),n)},useLayoutEffect:function(e,t){return Wi(4194308,4,e,t)},useInsertionEffect:function(e,t){Wi(4,2,e,t)},useMemo:function(e,t){var n=ht();t=t===void 0?null:t;var a=e();if(ya){et(!0);try{e()}finally{et(!1)}}return n.memoizedState=[a,t],a},useReducer:function(e,t,n){var a=ht();if(n!==void 0){var l=n(t);if(ya){et(!0);try{n(t)}finally{et(!1)}}}else l=t;return a.memoizedState=a.baseState=l,e={pending:null,lanes:0,dispatch:null,lastRenderedReducer:e,lastRenderedState:l},a.queue=e,e=e.dispatch=gg.bind(null,te,e),[a.memoizedState,e]},useRef:function(e){var t=ht();return e={current:e},t.memoizedState=e},useState:function(e){e=Qs(e);var t=e.queue,n=wf.bind(null,te,t);return t.dispatch=n,[e.memoizedState,n]},useDebugValue:Ks,useDeferredValue:function(e,t){var n=ht();return $s(n,e,t)},useTransition:function(){var e=Qs(!1);return e=yf.bind(null,te,e.queue,!0,!1),ht().memoizedState=e,[!1,e]},useSyncExternalStore:function(e,t,n){var a=te,l=ht();if(de){if(n===void 0)throw Error(o(407));n=n()}else{if(n=t(),Oe===null)throw Error(o(349));(re&127)!==0||Xr(a,t,n)}l.memoizedState=n;var i={value:n,getSnapshot:t};return l.queue=i,sf(Zr.bind(null,a,i,e),[e]),a.flags|=2048,Ia(9,{destroy:void 0},Qr.bind(null,a,i,n,t),null),n},useId:function(){var e=ht(),t=Oe.identifierPrefix;if(de){var n=en,a=It;n=(a&~(1<<32-Le(a)-1)).toString(32)+n,t="_"+t+"R_"+n,n=Ji++,0<n&&(t+="H"+n.toString(32)),t+="_"}else n=cg++,t="_"+t+"r_"+n.toString(32)+"_";return e.memoizedState=t},useHostTransitionStatus:Ws,useFormState:tf,useActionState:tf,useOptimistic:function(e){var t=ht();t.memoizedState=t.baseState=e;var n={pending:null,lanes:0,dispatch:null,lastRenderedReducer:null,lastRenderedState:null};return t.queue=n,t=Ps.bind(null,te,!0,n),n.dispatch=t,[e,t]},useMemoCache:Gs,useCacheRefresh:function(){return ht().memoizedState=hg.bind(null,te)},useEffectEvent:function(e){var t=ht(),n={impl:e};return t.memoizedState=n,function(){if((Ee&2)!==0)throw Error(o(440));return n.impl.apply(void 0,arguments)}}},Is={readContext:ut,use:$i,useCallback:mf,useContext:ut,useEffect:Js,useImperativeHandle:df,useInsertionEffect:of,useLayoutEffect:rf,useMemo:hf,useReducer:Fi,useRef:uf,useState:function(){return Fi(mn)},useDebugValue:Ks,useDeferredValue:function(e,t){var n=Qe();return gf(n,je.memoizedState,e,t)},useTransition:function(){var e=Fi(mn)[0],t=Qe().memoizedState;return[typeof e=="boolean"?e:Ql(e),t]},useSyncExternalStore:kr,useId:bf,useHostTransitionStatus:Ws,useFormState:nf,useActionState:nf,useOptimistic:function(e,t){var n=Qe();return $r(n,je,e,t)},useMemoCache:Gs,useCacheRefresh:Sf};Is.useEffectEvent=cf;var Tf={readContext:ut,use:$i,useCallback:mf,useContext:ut,useEffect:Js,useImperativeHandle:df,useInsertionEffect:of,useLayoutEffect:rf,useMemo:hf,useReducer:Xs,useRef:uf,useState:function(){return Xs(mn)},useDebugValue:Ks,useDeferredValue:function(e,t){var n=Qe();return je===null?$s(n,e,t):gf(n,je.memoizedState,e,t)},useTransition:function(){var e=Xs(mn)[0],t=Qe().memoizedState;return[typeof e=="boolean"?e:Ql(e),t]},useSyncExternalStore:kr,useId:bf,useHostTransitionStatus:Ws,useFormState:lf,useActionState:lf,useOptimistic:function(e,t){var n=Qe();return je!==null?$r(n,je,e,t):(n.baseState=e,[e,n.queue.dispatch])},useMemoCache:Gs,useCacheRefresh:Sf};Tf.useEffectEvent=cf;function ec(e,t,n,a){t=e.memoizedState,n=n(a,t),n=n==null?t:H({},t,n),e.memoizedState=n,e.lanes===0&&(e.updateQueue.baseState=n)}var tc={enqueueSetState:function(e,t,n){e=e._reactInternals;var a=Dt(),l=zn(a);l.payload=t,n!=null&&(l.callback=n),t=Dn(e,l,a),t!==null&&(At(t,e,a),Yl(t,e,a))},enqueueReplaceState:function(e,t,n){e=e._reactInternals;var a=Dt(),l=zn(a);l.tag=1,l.payload=t,n!=null&&(l.callback=n),t=Dn(e,l,a),t!==null&&(At(t,e,a),Yl(t,e,a))},enqueueForceUpdate:function(e,t){e=e._reactInternals;var n=Dt(),a=zn(n);a.tag=2,t!=null&&(a.callback=t),t=Dn(e,a,n),t!==null&&(At(t,e,n),Yl(t,e,n))}};function _f(e,t,n,a,l,i,u){return e=e.stateNode,typeof e.shouldComponentUpdate=="function"?e.shouldComponentUpdate(a,i,u):t.prototype&&t.prototype.isPureReactComponent?!zl(n,a)||!zl(l,i):!0}function jf(e,t,n,a){e=t.state,typeof t.componentWillReceiveProps=="function"&&t.componentWillReceiveProps(n,a),typeof t.UNSAFE_componentWillReceiveProps=="function"&&t.UNSAFE_componentWillReceiveProps(n,a),t.state!==e&&tc.enqueueReplaceState(t,t.state,null)}function pa(e,t){var n=t;if("ref"in t){n={};for(var a in t)a!=="ref"&&(n[a]=t[a])}if(e=e.defaultProps){n===t&&(n=H({},n));for(var l in e)n[l]===void 0&&(n[l]=e[l])}return n}function Rf(e){Oi(e)}function Uf(e){console.error(e)}function Cf(e){Oi(e)}function eu(e,t){try{var n=e.onUncaughtError;n(t.value,{componentStack:t.stack})}catch(a){setTimeout(function(){throw a})}}function Of(e,t,n){try{var a=e.onCaughtError;a(n.value,{componentStack:n.stack,errorBoundary:t.tag===1?t.stateNode:null})}catch(l){setTimeout(function(){throw l})}}function nc(e,t,n){return n=zn(n),n.tag=3,n.payload={element:null},n.callback=function(){eu(e,t)},n}function Nf(e){return e=zn(e),e.tag=3,e}function zf(e,t,n,a){var l=n.type.getDerivedStateFromError;if(typeof l=="function"){var i=a.value;e.payload=function(){return l(i)},e.callback=function(){Of(t,n,a)}}var u=n.stateNode;u!==null&&typeof u.componentDidCatch=="function"&&(e.callback=function(){Of(t,n,a),typeof l!="function"&&(Bn===null?Bn=new Set([this]):Bn.add(this));var r=a.stack;this.componentDidCatch(a.value,{componentStack:r!==null?r:""})})}function yg(e,t,n,a,l){if(n.flags|=32768,a!==null&&typeof a=="object"&&typeof a.then=="function"){if(t=n.alternate,t!==null&&Qa(t,n,l,!0),n=Ct.current,n!==null){switch(n.tag){case 31:case 13:return Qt===null?du():n.alternate===null&&Ye===0&&(Ye=3),n.flags&=-257,n.flags|=65536,n.lanes=l,a===Yi?n.flags|=16384:(t=n.updateQueue,t===null?n.updateQueue=new Set([a]):t.add(a),jc(e,a,l)),!1;case 22:return n.flags|=65536,a===Yi?n.flags|=16384:(t=n.updateQueue,t===null?(t={transitions:null,markerInstances:null,retryQueue:new Set([a])},n.updateQueue=t):(n=t.retryQueue,n===null?t.retryQueue=new Set([a]):n.add(a)),jc(e,a,l)),!1}throw Error(o(435,n.tag))}return jc(e,a,l),du(),!1}if(de)return t=Ct.current,t!==null?((t.flags&65536)===0&&(t.flags|=256),t.flags|=65536,t.lanes=l,a!==ws&&(e=Error(o(422),{cause:a}),ql(Yt(e,n)))):(a!==ws&&(t=Error(o(423),{cause:a}),ql(Yt(t,n))),e=e.current.alternate,e.flags|=65536,l&=-l,e.lanes|=l,a=Yt(a,n),l=nc(e.stateNode,a,l),Ns(e,l),Ye!==4&&(Ye=2)),!1;var i=Error(o(520),{cause:a});if(i=Yt(i,n),ti===null?ti=[i]:ti.push(i),Ye!==4&&(Ye=2),t===null)return!0;a=Yt(a,n),n=t;do{switch(n.tag){case 3:return n.flags|=65536,e=l&-l,n.lanes|=e,e=nc(n.stateNode,a,e),Ns(n,e),!1;case 1:if(t=n.type,i=n.stateNode,(n.flags&128)===0&&(typeof t.getDerivedStateFromError=="function"||i!==null&&typeof i.componentDidCatch=="function"&&(Bn===null||!Bn.has(i))))return n.flags|=65536,l&=-l,n.lanes|=l,l=Nf(l),zf(l,e,n,a),Ns(n,l),!1}n=n.return}while(n!==null);return!1}var ac=Error(o(461)),Ke=!1;function st(e,t,n,a){t.child=e===null?qr(t,null,n,a):ga(t,e.child,n,a)}function Df(e,t,n,a,l){n=n.render;var i=t.ref;if("ref"in a){var u={};for(var r in a)r!=="ref"&&(u[r]=a[r])}else u=a;return fa(t),a=Hs(e,t,n,u,i,l),r=Vs(),e!==null&&!Ke?(Bs(e,t,l),hn(e,t,l)):(de&&r&&bs(t),t.flags|=1,st(e,t,a,l),t.child)}function Mf(e,t,n,a,l){if(e===null){var i=n.type;return typeof i=="function"&&!ys(i)&&i.defaultProps===void 0&&n.compare===null?(t.tag=15,t.type=i,qf(e,t,i,a,l)):(e=Mi(n.type,null,a,t,t.mode,l),e.ref=t.ref,e.return=t,t.child=e)}if(i=e.child,!fc(e,l)){var u=i.memoizedProps;if(n=n.compare,n=n!==null?n:zl,n(u,a)&&e.ref===t.ref)return hn(e,t,l)}return t.flags|=1,e=cn(i,a),e.ref=t.ref,e.return=t,t.child=e}function qf(e,t,n,a,l){if(e!==null){var i=e.memoizedProps;if(zl(i,a)&&e.ref===t.ref)if(Ke=!1,t.pendingProps=a=i,fc(e,l))(e.flags&131072)!==0&&(Ke=!0);else return t.lanes=e.lanes,hn(e,t,l)}return lc(e,t,n,a,l)}function Lf(e,t,n,a){var l=a.children,i=e!==null?e.memoizedState:null;if(e===null&&t.stateNode===null&&(t.stateNode={_visibility:1,_pendingMarkers:null,_retryCache:null,_transitions:null}),a.mode==="hidden"){if((t.flags&128)!==0){if(i=i!==null?i.baseLanes|n:n,e!==null){for(a=t.child=e.child,l=0;a!==null;)l=l|a.lanes|a.childLanes,a=a.sibling;a=l&~i}else a=0,t.child=null;return Hf(e,t,i,n,a)}if((n&536870912)!==0)t.memoizedState={baseLanes:0,cachePool:null},e!==null&&Vi(t,i!==null?i.cachePool:null),i!==null?Vr(t,i):Ds(),Br(t);else return a=t.lanes=536870912,Hf(e,t,i!==null?i.baseLanes|n:n,n,a)}else i!==null?(Vi(t,i.cachePool),Vr(t,i),qn(),t.memoizedState=null):(e!==null&&Vi(t,null),Ds(),qn());return st(e,t,l,n),t.child}function Kl(e,t){return e!==null&&e.tag===22||t.stateNode!==null||(t.stateNode={_visibility:1,_pendingMarkers:null,_retryCache:null,_transitions:null}),t.sibling}function Hf(e,t,n,a,l){var i=Rs();return i=i===null?null:{parent:Ze._currentValue,pool:i},t.memoizedState={baseLanes:n,cachePool:i},e!==null&&Vi(t,null),Ds(),Br(t),e!==null&&Qa(e,t,a,!0),t.childLanes=l,null}function tu(e,t){return t=au({mode:t.mode,children:t.children},e.mode),t.ref=e.ref,e.child=t,t.return=e,t}function Vf(e,t,n){return ga(t,e.child,null,n),e=tu(t,t.pendingProps),e.flags|=2,Ot(t),t.memoizedState=null,e}function pg(e,t,n){var a=t.pendingProps,l=(t.flags&128)!==0;if(t.flags&=-129,e===null){if(de){if(a.mode==="hidden")return e=tu(t,a),t.lanes=536870912,Kl(null,e);if(qs(t),(e=ze)?(e=Wd(e,Xt),e=e!==null&&e.data==="&"?e:null,e!==null&&(t.memoizedState={dehydrated:e,treeContext:Rn!==null?{id:It,overflow:en}:null,retryLane:536870912,hydrationErrors:null},n=wr(e),n.return=t,t.child=n,it=t,ze=null)):e=null,e===null)throw Cn(t);return t.lanes=536870912,null}return tu(t,a)}var i=e.memoizedState;if(i!==null){var u=i.dehydrated;if(qs(t),l)if(t.flags&256)t.flags&=-257,t=Vf(e,t,n);else if(t.memoizedState!==null)t.child=e.child,t.flags|=128,t=null;else throw Error(o(558));else if(Ke||Qa(e,t,n,!1),l=(n&e.childLanes)!==0,Ke||l){if(a=Oe,a!==null&&(u=Ro(a,n),u!==0&&u!==i.retryLane))throw i.retryLane=u,sa(e,u),At(a,e,u),ac;du(),t=Vf(e,t,n)}else e=i.treeContext,ze=Zt(u.nextSibling),it=t,de=!0,Un=null,Xt=!1,e!==null&&xr(t,e),t=tu(t,a),t.flags|=4096;return t}return e=cn(e.child,{mode:a.mode,children:a.children}),e.ref=t.ref,t.child=e,e.return=t,e}function nu(e,t){var n=t.ref;if(n===null)e!==null&&e.ref!==null&&(t.flags|=4194816);else{if(typeof n!="function"&&typeof n!="object")throw Error(o(284));(e===null||e.ref!==n)&&(t.flags|=4194816)}}function lc(e,t,n,a,l){return fa(t),n=Hs(e,t,n,a,void 0,l),a=Vs(),e!==null&&!Ke?(Bs(e,t,l),hn(e,t,l)):(de&&a&&bs(t),t.flags|=1,st(e,t,n,l),t.child)}function Bf(e,t,n,a,l,i){return fa(t),t.updateQueue=null,n=Gr(t,a,n,l),Yr(e),a=Vs(),e!==null&&!Ke?(Bs(e,t,i),hn(e,t,i)):(de&&a&&bs(t),t.flags|=1,st(e,t,n,i),t.child)}function Yf(e,t,n,a,l){if(fa(t),t.stateNode===null){var i=Ya,u=n.contextType;typeof u=="object"&&u!==null&&(i=ut(u)),i=new n(a,i),t.memoizedState=i.state!==null&&i.state!==void 0?i.state:null,i.updater=tc,t.stateNode=i,i._reactInternals=t,i=t.stateNode,i.props=a,i.state=t.memoizedState,i.refs={},Cs(t),u=n.contextType,i.context=typeof u=="object"&&u!==null?ut(u):Ya,i.state=t.memoizedState,u=n.getDerivedStateFromProps,typeof u=="function"&&(ec(t,n,u,a),i.state=t.memoizedState),typeof n.getDerivedStateFromProps=="function"||typeof i.getSnapshotBeforeUpdate=="function"||typeof i.UNSAFE_componentWillMount!="function"&&typeof i.componentWillMount!="function"||(u=i.state,typeof i.componentWillMount=="function"&&i.componentWillMount(),typeof i.UNSAFE_componentWillMount=="function"&&i.UNSAFE_componentWillMount(),u!==i.state&&tc.enqueueReplaceState(i,i.state,null),kl(t,a,i,l),Gl(),i.state=t.memoizedState),typeof i.componentDidMount=="function"&&(t.flags|=4194308),a=!0}else if(e===null){i=t.stateNode;var r=t.memoizedProps,m=pa(n,r);i.props=m;var A=i.context,U=n.contextType;u=Ya,typeof U=="object"&&U!==null&&(u=ut(U));var D=n.getDerivedStateFromProps;U=typeof D=="function"||typeof i.getSnapshotBeforeUpdate=="function",r=t.pendingProps!==r,U||typeof i.UNSAFE_componentWillReceiveProps!="function"&&typeof i.componentWillReceiveProps!="function"||(r||A!==u)&&jf(t,i,a,u),Nn=!1;var x=t.memoizedState;i.state=x,kl(t,a,i,l),Gl(),A=t.memoizedState,r||x!==A||Nn?(typeof D=="function"&&(ec(t,n,D,a),A=t.memoizedState),(m=Nn||_f(t,n,m,a,x,A,u))?(U||typeof i.UNSAFE_componentWillMount!="function"&&typeof i.componentWillMount!="function"||(typeof i.componentWillMount=="function"&&i.componentWillMount(),typeof i.UNSAFE_componentWillMount=="function"&&i.UNSAFE_componentWillMount()),typeof i.componentDidMount=="function"&&(t.flags|=4194308)):(typeof i.componentDidMount=="function"&&(t.flags|=4194308),t.memoizedProps=a,t.memoizedState=A),i.props=a,i.state=A,i.context=u,a=m):(typeof i.componentDidMount=="function"&&(t.flags|=4194308),a=!1)}else{i=t.stateNode,Os(e,t),u=t.memoizedProps,U=pa(n,u),i.props=U,D=t.pendingProps,x=i.context,A=n.contextType,m=Ya,typeof A=="object"&&A!==null&&(m=ut(A)),r=n.getDerivedStateFromProps,(A=typeof r=="function"||typeof i.getSnapshotBeforeUpdate=="function")||typeof i.UNSAFE_componentWillReceiveProps!="function"&&typeof i.componentWillReceiveProps!="function"||(u!==D||x!==m)&&jf(t,i,a,m),Nn=!1,x=t.memoizedState,i.state=x,kl(t,a,i,l),Gl();var _=t.memoizedState;u!==D||x!==_||Nn||e!==null&&e.dependencies!==null&&Li(e.dependencies)?(typeof r=="function"&&(ec(t,n,r,a),_=t.memoizedState),(U=Nn||_f(t,n,U,a,x,_,m)||e!==null&&e.dependencies!==null&&Li(e.dependencies))?(A||typeof i.UNSAFE_componentWillUpdate!="function"&&typeof i.componentWillUpdate!="function"||(typeof i.componentWillUpdate=="function"&&i.componentWillUpdate(a,_,m),typeof i.UNSAFE_componentWillUpdate=="function"&&i.UNSAFE_componentWillUpdate(a,_,m)),typeof i.componentDidUpdate=="function"&&(t.flags|=4),typeof i.getSnapshotBeforeUpdate=="function"&&(t.flags|=1024)):(typeof i.componentDidUpdate!="function"||u===e.memoizedProps&&x===e.memoizedState||(t.flags|=4),typeof i.getSnapshotBeforeUpdate!="function"||u===e.memoizedProps&&x===e.memoizedState||(t.flags|=1024),t.memoizedProps=a,t.memoizedState=_),i.props=a,i.state=_,i.context=m,a=U):(typeof i.componentDidUpdate!="function"||u===e.memoizedProps&&x===e.memoizedState||(t.flags|=4),typeof i.getSnapshotBeforeUpdate!="function"||u===e.memoizedProps&&x===e.memoizedState||(t.flags|=1024),a=!1)}return i=a,nu(e,t),a=(t.flags&128)!==0,i||a?(i=t.stateNode,n=a&&typeof n.getDerivedStateFromError!="function"?null:i.render(),t.flags|=1,e!==null&&a?(t.child=ga(t,e.child,null,l),t.child=ga(t,null,n,l)):st(e,t,n,l),t.memoizedState=i.state,e=t.child):e=hn(e,t,l),e}function Gf(e,t,n,a){return oa(),t.flags|=256,st(e,t,n,a),t.child}var ic={dehydrated:null,treeContext:null,retryLane:0,hydrationErrors:null};function uc(e){return{baseLanes:e,cachePool:Cr()}}function sc(e,t,n){return e=e!==null?e.childLanes&~n:0,t&&(e|=zt),e}function kf(e,t,n){var a=t.pendingProps,l=!1,i=(t.flags&128)!==0,u;if((u=i)||(u=e!==null&&e.memoizedState===null?!1:(Xe.current&2)!==0),u&&(l=!0,t.flags&=-129),u=(t.flags&32)!==0,t.flags&=-33,e===null){if(de){if(l?Mn(t):qn(),(e=ze)?(e=Wd(e,Xt),e=e!==null&&e.data!=="&"?e:null,e!==null&&(t.memoizedState={dehydrated:e,treeContext:Rn!==null?{id:It,overflow:en}:null,retryLane:536870912,hydrationErrors:null},n=wr(e),n.return=t,t.child=n,it=t,ze=null)):e=null,e===null)throw Cn(t);return kc(e)?t.lanes=32:t.lanes=536870912,null}var r=a.children;return a=a.fallback,l?(qn(),l=t.mode,r=au({mode:"hidden",children:r},l),a=ca(a,l,n,null),r.return=t,a.return=t,r.sibling=a,t.child=r,a=t.child,a.memoizedState=uc(n),a.childLanes=sc(e,u,n),t.memoizedState=ic,Kl(null,a)):(Mn(t),cc(t,r))}var m=e.memoizedState;if(m!==null&&(r=m.dehydrated,r!==null)){if(i)t.flags&256?(Mn(t),t.flags&=-257,t=oc(e,t,n)):t.memoizedState!==null?(qn(),t.child=e.child,t.flags|=128,t=null):(qn(),r=a.fallback,l=t.mode,a=au({mode:"visible",children:a.children},l),r=ca(r,l,n,null),r.flags|=2,a.return=t,r.return=t,a.sibling=r,t.child=a,ga(t,e.child,null,n),a=t.child,a.memoizedState=uc(n),a.childLanes=sc(e,u,n),t.memoizedState=ic,t=Kl(null,a));else if(Mn(t),kc(r)){if(u=r.nextSibling&&r.nextSibling.dataset,u)var A=u.dgst;u=A,a=Error(o(419)),a.stack="",a.digest=u,ql({value:a,source:null,stack:null}),t=oc(e,t,n)}else if(Ke||Qa(e,t,n,!1),u=(n&e.childLanes)!==0,Ke||u){if(u=Oe,u!==null&&(a=Ro(u,n),a!==0&&a!==m.retryLane))throw m.retryLane=a,sa(e,a),At(u,e,a),ac;Gc(r)||du(),t=oc(e,t,n)}else Gc(r)?(t.flags|=192,t.child=e.child,t=null):(e=m.treeContext,ze=Zt(r.nextSibling),it=t,de=!0,Un=null,Xt=!1,e!==null&&xr(t,e),t=cc(t,a.children),t.flags|=4096);return t}return l?(qn(),r=a.fallback,l=t.mode,m=e.child,A=m.sibling,a=cn(m,{mode:"hidden",children:a.children}),a.subtreeFlags=m.subtreeFlags&65011712,A!==null?r=cn(A,r):(r=ca(r,l,n,null),r.flags|=2),r.return=t,a.return=t,a.sibling=r,t.child=a,Kl(null,a),a=t.child,r=e.child.memoizedState,r===null?r=uc(n):(l=r.cachePool,l!==null?(m=Ze._currentValue,l=l.parent!==m?{parent:m,pool:m}:l):l=Cr(),r={baseLanes:r.baseLanes|n,cachePool:l}),a.memoizedState=r,a.childLanes=sc(e,u,n),t.memoizedState=ic,Kl(e.child,a)):(Mn(t),n=e.child,e=n.sibling,n=cn(n,{mode:"visible",children:a.children}),n.return=t,n.sibling=null,e!==null&&(u=t.deletions,u===null?(t.deletions=[e],t.flags|=16):u.push(e)),t.child=n,t.memoizedState=null,n)}function cc(e,t){return t=au({mode:"visible",children:t},e.mode),t.return=e,e.child=t}function au(e,t){return e=Ut(22,e,null,t),e.lanes=0,e}function oc(e,t,n){return ga(t,e.child,null,n),e=cc(t,t.pendingProps.children),e.flags|=2,t.memoizedState=null,e}function Xf(e,t,n){e.lanes|=t;var a=e.alternate;a!==null&&(a.lanes|=t),xs(e.return,t,n)}function rc(e,t,n,a,l,i){var u=e.memoizedState;u===null?e.memoizedState={isBackwards:t,rendering:null,renderingStartTime:0,last:a,tail:n,tailMode:l,treeForkCount:i}:(u.isBackwards=t,u.rendering=null,u.renderingStartTime=0,u.last=a,u.tail=n,u.tailMode=l,u.treeForkCount=i)}function Qf(e,t,n){var a=t.pendingProps,l=a.revealOrder,i=a.tail;a=a.children;var u=Xe.current,r=(u&2)!==0;if(r?(u=u&1|2,t.flags|=128):u&=1,B(Xe,u),st(e,t,a,n),a=de?Ml:0,!r&&e!==null&&(e.flags&128)!==0)e:for(e=t.child;e!==null;){if(e.tag===13)e.memoizedState!==null&&Xf(e,n,t);else if(e.tag===19)Xf(e,n,t);else if(e.child!==null){e.child.return=e,e=e.child;continue}if(e===t)break e;for(;e.sibling===null;){if(e.return===null||e.return===t)break e;e=e.return}e.sibling.return=e.return,e=e.sibling}switch(l){case"forwards":for(n=t.child,l=null;n!==null;)e=n.alternate,e!==null&&Qi(e)===null&&(l=n),n=n.sibling;n=l,n===null?(l=t.child,t.child=null):(l=n.sibling,n.sibling=null),rc(t,!1,l,n,i,a);break;case"backwards":case"unstable_legacy-backwards":for(n=null,l=t.child,t.child=null;l!==null;){if(e=l.alternate,e!==null&&Qi(e)===null){t.child=l;break}e=l.sibling,l.sibling=n,n=l,l=e}rc(t,!0,n,null,i,a);break;case"together":rc(t,!1,null,null,void 0,a);break;default:t.memoizedState=null}return t.child}function hn(e,t,n){if(e!==null&&(t.dependencies=e.dependencies),Vn|=t.lanes,(n&t.childLanes)===0)if(e!==null){if(Qa(e,t,n,!1),(n&t.childLanes)===0)return null}else return null;if(e!==null&&t.child!==e.child)throw Error(o(153));if(t.child!==null){for(e=t.child,n=cn(e,e.pendingProps),t.child=n,n.return=t;e.sibling!==null;)e=e.sibling,n=n.sibling=cn(e,e.pendingProps),n.return=t;n.sibling=null}return t.child}function fc(e,t){return(e.lanes&t)!==0?!0:(e=e.dependencies,!!(e!==null&&Li(e)))}function vg(e,t,n){switch(t.tag){case 3:ke(t,t.stateNode.containerInfo),On(t,Ze,e.memoizedState.cache),oa();break;case 27:case 5:Kt(t);break;case 4:ke(t,t.stateNode.containerInfo);break;case 10:On(t,t.type,t.memoizedProps.value);break;case 31:if(t.memoizedState!==null)return t.flags|=128,qs(t),null;break;case 13:var a=t.memoizedState;if(a!==null)return a.dehydrated!==null?(Mn(t),t.flags|=128,null):(n&t.child.childLanes)!==0?kf(e,t,n):(Mn(t),e=hn(e,t,n),e!==null?e.sibling:null);Mn(t);break;case 19:var l=(e.flags&128)!==0;if(a=(n&t.childLanes)!==0,a||(Qa(e,t,n,!1),a=(n&t.childLanes)!==0),l){if(a)return Qf(e,t,n);t.flags|=128}if(l=t.memoizedState,l!==null&&(l.rendering=null,l.tail=null,l.lastEffect=null),B(Xe,Xe.current),a)break;return null;case 22:return t.lanes=0,Lf(e,t,n,t.pendingProps);case 24:On(t,Ze,e.memoizedState.cache)}return hn(e,t,n)}function Zf(e,t,n){if(e!==null)if(e.memoizedProps!==t.pendingProps)Ke=!0;else{if(!fc(e,n)&&(t.flags&128)===0)return Ke=!1,vg(e,t,n);Ke=(e.flags&131072)!==0}else Ke=!1,de&&(t.flags&1048576)!==0&&Ar(t,Ml,t.index);switch(t.lanes=0,t.tag){case 16:e:{var a=t.pendingProps;if(e=ma(t.elementType),t.type=e,typeof e=="function")ys(e)?(a=pa(e,a),t.tag=1,t=Yf(null,t,e,a,n)):(t.tag=0,t=lc(null,t,e,a,n));else{if(e!=null){var l=e.$$typeof;if(l===Z){t.tag=11,t=Df(null,t,e,a,n);break e}else if(l===ne){t.tag=14,t=Mf(null,t,e,a,n);break e}}throw t=yt(e)||e,Error(o(306,t,""))}}return t;case 0:return lc(e,t,t.type,t.pendingProps,n);case 1:return a=t.type,l=pa(a,t.pendingProps),Yf(e,t,a,l,n);case 3:e:{if(ke(t,t.stateNode.containerInfo),e===null)throw Error(o(387));a=t.pendingProps;var i=t.memoizedState;l=i.element,Os(e,t),kl(t,a,null,n);var u=t.memoizedState;if(a=u.cache,On(t,Ze,a),a!==i.cache&&Ts(t,[Ze],n,!0),Gl(),a=u.element,i.isDehydrated)if(i={element:a,isDehydrated:!1,cache:u.cache},t.updateQueue.baseState=i,t.memoizedState=i,t.flags&256){t=Gf(e,t,a,n);break e}else if(a!==l){l=Yt(Error(o(424)),t),ql(l),t=Gf(e,t,a,n);break e}else for(e=t.stateNode.containerInfo,e.nodeType===9?e=e.body:e=e.nodeName==="HTML"?e.ownerDocument.body:e,ze=Zt(e.firstChild),it=t,de=!0,Un=null,Xt=!0,n=qr(t,null,a,n),t.child=n;n;)n.flags=n.flags&-3|4096,n=n.sibling;else{if(oa(),a===l){t=hn(e,t,n);break e}st(e,t,a,n)}t=t.child}return t;case 26:return nu(e,t),e===null?(n=am(t.type,null,t.pendingProps,null))?t.memoizedState=n:de||(n=t.type,e=t.pendingProps,a=bu(ee.current).createElement(n),a[lt]=t,a[pt]=e,ct(a,n,e),tt(a),t.stateNode=a):t.memoizedState=am(t.type,e.memoizedProps,t.pendingProps,e.memoizedState),null;case 27:return Kt(t),e===null&&de&&(a=t.stateNode=em(t.type,t.pendingProps,ee.current),it=t,Xt=!0,l=ze,Xn(t.type)?(Xc=l,ze=Zt(a.firstChild)):ze=l),st(e,t,t.pendingProps.children,n),nu(e,t),e===null&&(t.flags|=4194304),t.child;case 5:return e===null&&de&&((l=a=ze)&&(a=Kg(a,t.type,t.pendingProps,Xt),a!==null?(t.stateNode=a,it=t,ze=Zt(a.firstChild),Xt=!1,l=!0):l=!1),l||Cn(t)),Kt(t),l=t.type,i=t.pendingProps,u=e!==null?e.memoizedProps:null,a=i.children,Vc(l,i)?a=null:u!==null&&Vc(l,u)&&(t.flags|=32),t.memoizedState!==null&&(l=Hs(e,t,og,null,null,n),oi._currentValue=l),nu(e,t),st(e,t,a,n),t.child;case 6:return e===null&&de&&((e=n=ze)&&(n=$g(n,t.pendingProps,Xt),n!==null?(t.stateNode=n,it=t,ze=null,e=!0):e=!1),e||Cn(t)),null;case 13:return kf(e,t,n);case 4:return ke(t,t.stateNode.containerInfo),a=t.pendingProps,e===null?t.child=ga(t,null,a,n):st(e,t,a,n),t.child;case 11:return Df(e,t,t.type,t.pendingProps,n);case 7:return st(e,t,t.pendingProps,n),t.child;case 8:return st(e,t,t.pendingProps.children,n),t.child;case 12:return st(e,t,t.pendingProps.children,n),t.child;case 10:return a=t.pendingProps,On(t,t.type,a.value),st(e,t,a.children,n),t.child;case 9:return l=t.type._context,a=t.pendingProps.children,fa(t),l=ut(l),a=a(l),t.flags|=1,st(e,t,a,n),t.child;case 14:return Mf(e,t,t.type,t.pendingProps,n);case 15:return qf(e,t,t.type,t.pendingProps,n);case 19:return Qf(e,t,n);case 31:return pg(e,t,n);case 22:return Lf(e,t,n,t.pendingProps);case 24:return fa(t),a=ut(Ze),e===null?(l=Rs(),l===null&&(l=Oe,i=_s(),l.pooledCache=i,i.refCount++,i!==null&&(l.pooledCacheLanes|=n),l=i),t.memoizedState={parent:a,cache:l},Cs(t),On(t,Ze,l)):((e.lanes&n)!==0&&(Os(e,t),kl(t,null,null,n),Gl()),l=e.memoizedState,i=t.memoizedState,l.parent!==a?(l={parent:a,cache:a},t.memoizedState=l,t.lanes===0&&(t.memoizedState=t.updateQueue.baseState=l),On(t,Ze,a)):(a=i.cache,On(t,Ze,a),a!==l.cache&&Ts(t,[Ze],n,!0))),st(e,t,t.pendingProps.children,n),t.child;case 29:throw t.pendingProps}throw Error(o(156,t.tag))}function gn(e){e.flags|=4}function dc(e,t,n,a,l){if((t=(e.mode&32)!==0)&&(t=!1),t){if(e.flags|=16777216,(l&335544128)===l)if(e.stateNode.complete)e.flags|=8192;else if(bd())e.flags|=8192;else throw ha=Yi,Us}else e.flags&=-16777217}function Jf(e,t){if(t.type!=="stylesheet"||(t.state.loading&4)!==0)e.flags&=-16777217;else if(e.flags|=16777216,!cm(t))if(bd())e.flags|=8192;else throw ha=Yi,Us}function lu(e,t){t!==null&&(e.flags|=4),e.flags&16384&&(t=e.tag!==22?To():536870912,e.lanes|=t,al|=t)}function $l(e,t){if(!de)switch(e.tailMode){case"hidden":t=e.tail;for(var n=null;t!==null;)t.alternate!==null&&(n=t),t=t.sibling;n===null?e.tail=null:n.sibling=null;break;case"collapsed":n=e.tail;for(var a=null;n!==null;)n.alternate!==null&&(a=n),n=n.sibling;a===null?t||e.tail===null?e.tail=null:e.tail.sibling=null:a.sibling=null}}function De(e){var t=e.alternate!==null&&e.alternate.child===e.child,n=0,a=0;if(t)for(var l=e.child;l!==null;)n|=l.lanes|l.childLanes,a|=l.subtreeFlags&65011712,a|=l.flags&65011712,l.return=e,l=l.sibling;else for(l=e.child;l!==null;)n|=l.lanes|l.childLanes,a|=l.subtreeFlags,a|=l.flags,l.return=e,l=l.sibling;return e.subtreeFlags|=a,e.childLanes=n,t}function bg(e,t,n){var a=t.pendingProps;switch(Ss(t),t.tag){case 16:case 15:case 0:case 11:case 7:case 8:case 12:case 9:case 14:return De(t),null;case 1:return De(t),null;case 3:return n=t.stateNode,a=null,e!==null&&(a=e.memoizedState.cache),t.memoizedState.cache!==a&&(t.flags|=2048),fn(Ze),qe(),n.pendingContext&&(n.context=n.pendingContext,n.pendingContext=null),(e===null||e.child===null)&&(Xa(t)?gn(t):e===null||e.memoizedState.isDehydrated&&(t.flags&256)===0||(t.flags|=1024,Es())),De(t),null;case 26:var l=t.type,i=t.memoizedState;return e===null?(gn(t),i!==null?(De(t),Jf(t,i)):(De(t),dc(t,l,null,a,n))):i?i!==e.memoizedState?(gn(t),De(t),Jf(t,i)):(De(t),t.flags&=-16777217):(e=e.memoizedProps,e!==a&&gn(t),De(t),dc(t,l,e,a,n)),null;case 27:if(An(t),n=ee.current,l=t.type,e!==null&&t.stateNode!=null)e.memoizedProps!==a&&gn(t);else{if(!a){if(t.stateNode===null)throw Error(o(166));return De(t),null}e=G.current,Xa(t)?Tr(t):(e=em(l,a,n),t.stateNode=e,gn(t))}return De(t),null;case 5:if(An(t),l=t.type,e!==null&&t.stateNode!=null)e.memoizedProps!==a&&gn(t);else{if(!a){if(t.stateNode===null)throw Error(o(166));return De(t),null}if(i=G.current,Xa(t))Tr(t);else{var u=bu(ee.current);switch(i){case 1:i=u.createElementNS("http://www.w3.org/2000/svg",l);break;case 2:i=u.createElementNS("http://www.w3.org/1998/Math/MathML",l);break;default:switch(l){case"svg":i=u.createElementNS("http://www.w3.org/2000/svg",l);break;case"math":i=u.createElementNS("http://www.w3.org/1998/Math/MathML",l);break;case"script":i=u.createElement("div"),i.innerHTML="<script><\/script>",i=i.removeChild(i.firstChild);break;case"select":i=typeof a.is=="string"?u.createElement("select",{is:a.is}):u.createElement("select"),a.multiple?i.multiple=!0:a.size&&(i.size=a.size);break;default:i=typeof a.is=="string"?u.createElement(l,{is:a.is}):u.createElement(l)}}i[lt]=t,i[pt]=a;e:for(u=t.child;u!==null;){if(u.tag===5||u.tag===6)i.appendChild(u.stateNode);else if(u.tag!==4&&u.tag!==27&&u.child!==null){u.child.return=u,u=u.child;continue}if(u===t)break e;for(;u.sibling===null;){if(u.return===null||u.return===t)break e;u=u.return}u.sibling.return=u.return,u=u.sibling}t.stateNode=i;e:switch(ct(i,l,a),l){case"button":case"input":case"select":case"textarea":a=!!a.autoFocus;break e;case"img":a=!0;break e;default:a=!1}a&&gn(t)}}return De(t),dc(t,t.type,e===null?null:e.memoizedProps,t.pendingProps,n),null;case 6:if(e&&t.stateNode!=null)e.memoizedProps!==a&&gn(t);else{if(typeof a!="string"&&t.stateNode===null)throw Error(o(166));if(e=ee.current,Xa(t)){if(e=t.stateNode,n=t.memoizedProps,a=null,l=it,l!==null)switch(l.tag){case 27:case 5:a=l.memoizedProps}e[lt]=t,e=!!(e.nodeValue===n||a!==null&&a.suppressHydrationWarning===!0||kd(e.nodeValue,n)),e||Cn(t,!0)}else e=bu(e).createTextNode(a),e[lt]=t,t.stateNode=e}return De(t),null;case 31:if(n=t.memoizedState,e===null||e.memoizedState!==null){if(a=Xa(t),n!==null){if(e===null){if(!a)throw Error(o(318));if(e=t.memoizedState,e=e!==null?e.dehydrated:null,!e)throw Error(o(557));e[lt]=t}else oa(),(t.flags&128)===0&&(t.memoizedState=null),t.flags|=4;De(t),e=!1}else n=Es(),e!==null&&e.memoizedState!==null&&(e.memoizedState.hydrationErrors=n),e=!0;if(!e)return t.flags&256?(Ot(t),t):(Ot(t),null);if((t.flags&128)!==0)throw Error(o(558))}return De(t),null;case 13:if(a=t.memoizedState,e===null||e.memoizedState!==null&&e.memoizedState.dehydrated!==null){if(l=Xa(t),a!==null&&a.dehydrated!==null){if(e===null){if(!l)throw Error(o(318));if(l=t.memoizedState,l=l!==null?l.dehydrated:null,!l)throw Error(o(317));l[lt]=t}else oa(),(t.flags&128)===0&&(t.memoizedState=null),t.flags|=4;De(t),l=!1}else l=Es(),e!==null&&e.memoizedState!==null&&(e.memoizedState.hydrationErrors=l),l=!0;if(!l)return t.flags&256?(Ot(t),t):(Ot(t),null)}return Ot(t),(t.flags&128)!==0?(t.lanes=n,t):(n=a!==null,e=e!==null&&e.memoizedState!==null,n&&(a=t.child,l=null,a.alternate!==null&&a.alternate.memoizedState!==null&&a.alternate.memoizedState.cachePool!==null&&(l=a.alternate.memoizedState.cachePool.pool),i=null,a.memoizedState!==null&&a.memoizedState.cachePool!==null&&(i=a.memoizedState.cachePool.pool),i!==l&&(a.flags|=2048)),n!==e&&n&&(t.child.flags|=8192),lu(t,t.updateQueue),De(t),null);case 4:return qe(),e===null&&Dc(t.stateNode.containerInfo),De(t),null;case 10:return fn(t.type),De(t),null;case 19:if(z(Xe),a=t.memoizedState,a===null)return De(t),null;if(l=(t.flags&128)!==0,i=a.rendering,i===null)if(l)$l(a,!1);else{if(Ye!==0||e!==null&&(e.flags&128)!==0)for(e=t.child;e!==null;){if(i=Qi(e),i!==null){for(t.flags|=128,$l(a,!1),e=i.updateQueue,t.updateQueue=e,lu(t,e),t.subtreeFlags=0,e=n,n=t.child;n!==null;)Sr(n,e),n=n.sibling;return B(Xe,Xe.current&1|2),de&&on(t,a.treeForkCount),t.child}e=e.sibling}a.tail!==null&&Fe()>ou&&(t.flags|=128,l=!0,$l(a,!1),t.lanes=4194304)}else{if(!l)if(e=Qi(i),e!==null){if(t.flags|=128,l=!0,e=e.updateQueue,t.updateQueue=e,lu(t,e),$l(a,!0),a.tail===null&&a.tailMode==="hidden"&&!i.alternate&&!de)return De(t),null}else 2*Fe()-a.renderingStartTime>ou&&n!==536870912&&(t.flags|=128,l=!0,$l(a,!1),t.lanes=4194304);a.isBackwards?(i.sibling=t.child,t.child=i):(e=a.last,e!==null?e.sibling=i:t.child=i,a.last=i)}return a.tail!==null?(e=a.tail,a.rendering=e,a.tail=e.sibling,a.renderingStartTime=Fe(),e.sibling=null,n=Xe.current,B(Xe,l?n&1|2:n&1),de&&on(t,a.treeForkCount),e):(De(t),null);case 22:case 23:return Ot(t),Ms(),a=t.memoizedState!==null,e!==null?e.memoizedState!==null!==a&&(t.flags|=8192):a&&(t.flags|=8192),a?(n&536870912)!==0&&(t.flags&128)===0&&(De(t),t.subtreeFlags&6&&(t.flags|=8192)):De(t),n=t.updateQueue,n!==null&&lu(t,n.retryQueue),n=null,e!==null&&e.memoizedState!==null&&e.memoizedState.cachePool!==null&&(n=e.memoizedState.cachePool.pool),a=null,t.memoizedState!==null&&t.memoizedState.cachePool!==null&&(a=t.memoizedState.cachePool.pool),a!==n&&(t.flags|=2048),e!==null&&z(da),null;case 24:return n=null,e!==null&&(n=e.memoizedState.cache),t.memoizedState.cache!==n&&(t.flags|=2048),fn(Ze),De(t),null;case 25:return null;case 30:return null}throw Error(o(156,t.tag))}function Sg(e,t){switch(Ss(t),t.tag){case 1:return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 3:return fn(Ze),qe(),e=t.flags,(e&65536)!==0&&(e&128)===0?(t.flags=e&-65537|128,t):null;case 26:case 27:case 5:return An(t),null;case 31:if(t.memoizedState!==null){if(Ot(t),t.alternate===null)throw Error(o(340));oa()}return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 13:if(Ot(t),e=t.memoizedState,e!==null&&e.dehydrated!==null){if(t.alternate===null)throw Error(o(340));oa()}return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 19:return z(Xe),null;case 4:return qe(),null;case 10:return fn(t.type),null;case 22:case 23:return Ot(t),Ms(),e!==null&&z(da),e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 24:return fn(Ze),null;case 25:return null;default:return null}}function Kf(e,t){switch(Ss(t),t.tag){case 3:fn(Ze),qe();break;case 26:case 27:case 5:An(t);break;case 4:qe();break;case 31:t.memoizedState!==null&&Ot(t);break;case 13:Ot(t);break;case 19:z(Xe);break;case 10:fn(t.type);break;case 22:case 23:Ot(t),Ms(),e!==null&&z(da);break;case 24:fn(Ze)}}function Fl(e,t){try{var n=t.updateQueue,a=n!==null?n.lastEffect:null;if(a!==null){var l=a.next;n=l;do{if((n.tag&e)===e){a=void 0;var i=n.create,u=n.inst;a=i(),u.destroy=a}n=n.next}while(n!==l)}}catch(r){Te(t,t.return,r)}}function Ln(e,t,n){try{var a=t.updateQueue,l=a!==null?a.lastEffect:null;if(l!==null){var i=l.next;a=i;do{if((a.tag&e)===e){var u=a.inst,r=u.destroy;if(r!==void 0){u.destroy=void 0,l=t;var m=n,A=r;try{A()}catch(U){Te(l,m,U)}}}a=a.next}while(a!==i)}}catch(U){Te(t,t.return,U)}}function $f(e){var t=e.updateQueue;if(t!==null){var n=e.stateNode;try{Hr(t,n)}catch(a){Te(e,e.return,a)}}}function Ff(e,t,n){n.props=pa(e.type,e.memoizedProps),n.state=e.memoizedState;try{n.componentWillUnmount()}catch(a){Te(e,t,a)}}function Wl(e,t){try{var n=e.ref;if(n!==null){switch(e.tag){case 26:case 27:case 5:var a=e.stateNode;break;case 30:a=e.stateNode;break;default:a=e.stateNode}typeof n=="function"?e.refCleanup=n(a):n.current=a}}catch(l){Te(e,t,l)}}function tn(e,t){var n=e.ref,a=e.refCleanup;if(n!==null)if(typeof a=="function")try{a()}catch(l){Te(e,t,l)}finally{e.refCleanup=null,e=e.alternate,e!=null&&(e.refCleanup=null)}else if(typeof n=="function")try{n(null)}catch(l){Te(e,t,l)}else n.current=null}function Wf(e){var t=e.type,n=e.memoizedProps,a=e.stateNode;try{e:switch(t){case"button":case"input":case"select":case"textarea":n.autoFocus&&a.focus();break e;case"img":n.src?a.src=n.src:n.srcSet&&(a.srcset=n.srcSet)}}catch(l){Te(e,e.return,l)}}function mc(e,t,n){try{var a=e.stateNode;Gg(a,e.type,n,t),a[pt]=t}catch(l){Te(e,e.return,l)}}function Pf(e){return e.tag===5||e.tag===3||e.tag===26||e.tag===27&&Xn(e.type)||e.tag===4}function hc(e){e:for(;;){for(;e.sibling===null;){if(e.return===null||Pf(e.return))return null;e=e.return}for(e.sibling.return=e.return,e=e.sibling;e.tag!==5&&e.tag!==6&&e.tag!==18;){if(e.tag===27&&Xn(e.type)||e.flags&2||e.child===null||e.tag===4)continue e;e.child.return=e,e=e.child}if(!(e.flags&2))return e.stateNode}}function gc(e,t,n){var a=e.tag;if(a===5||a===6)e=e.stateNode,t?(n.nodeType===9?n.body:n.nodeName==="HTML"?n.ownerDocument.body:n).insertBefore(e,t):(t=n.nodeType===9?n.body:n.nodeName==="HTML"?n.ownerDocument.body:n,t.appendChild(e),n=n._reactRootContainer,n!=null||t.onclick!==null||(t.onclick=un));else if(a!==4&&(a===27&&Xn(e.type)&&(n=e.stateNode,t=null),e=e.child,e!==null))for(gc(e,t,n),e=e.sibling;e!==null;)gc(e,t,n),e=e.sibling}function iu(e,t,n){var a=e.tag;if(a===5||a===6)e=e.stateNode,t?n.insertBefore(e,t):n.appendChild(e);else if(a!==4&&(a===27&&Xn(e.type)&&(n=e.stateNode),e=e.child,e!==null))for(iu(e,t,n),e=e.sibling;e!==null;)iu(e,t,n),e=e.sibling}function If(e){var t=e.stateNode,n=e.memoizedProps;try{for(var a=e.type,l=t.attributes;l.length;)t.removeAttributeNode(l[0]);ct(t,a,n),t[lt]=e,t[pt]=n}catch(i){Te(e,e.return,i)}}var yn=!1,$e=!1,yc=!1,ed=typeof WeakSet=="function"?WeakSet:Set,nt=null;function wg(e,t){if(e=e.containerInfo,Lc=_u,e=fr(e),os(e)){if("selectionStart"in e)var n={start:e.selectionStart,end:e.selectionEnd};else e:{n=(n=e.ownerDocument)&&n.defaultView||window;var a=n.getSelection&&n.getSelection();if(a&&a.rangeCount!==0){n=a.anchorNode;var l=a.anchorOffset,i=a.focusNode;a=a.focusOffset;try{n.nodeType,i.nodeType}catch{n=null;break e}var u=0,r=-1,m=-1,A=0,U=0,D=e,x=null;t:for(;;){for(var _;D!==n||l!==0&&D.nodeType!==3||(r=u+l),D!==i||a!==0&&D.nodeType!==3||(m=u+a),D.nodeType===3&&(u+=D.nodeValue.length),(_=D.firstChild)!==null;)x=D,D=_;for(;;){if(D===e)break t;if(x===n&&++A===l&&(r=u),x===i&&++U===a&&(m=u),(_=D.nextSibling)!==null)break;D=x,x=D.parentNode}D=_}n=r===-1||m===-1?null:{start:r,end:m}}else n=null}n=n||{start:0,end:0}}else n=null;for(Hc={focusedElem:e,selectionRange:n},_u=!1,nt=t;nt!==null;)if(t=nt,e=t.child,(t.subtreeFlags&1028)!==0&&e!==null)e.return=t,nt=e;else for(;nt!==null;){switch(t=nt,i=t.alternate,e=t.flags,t.tag){case 0:if((e&4)!==0&&(e=t.updateQueue,e=e!==null?e.events:null,e!==null))for(n=0;n<e.length;n++)l=e[n],l.ref.impl=l.nextImpl;break;case 11:case 15:break;case 1:if((e&1024)!==0&&i!==null){e=void 0,n=t,l=i.memoizedProps,i=i.memoizedState,a=n.stateNode;try{var k=pa(n.type,l);e=a.getSnapshotBeforeUpdate(k,i),a.__reactInternalSnapshotBeforeUpdate=e}catch($){Te(n,n.return,$)}}break;case 3:if((e&1024)!==0){if(e=t.stateNode.containerInfo,n=e.nodeType,n===9)Yc(e);else if(n===1)switch(e.nodeName){case"HEAD":case"HTML":case"BODY":Yc(e);break;default:e.textContent=""}}break;case 5:case 26:case 27:case 6:case 4:case 17:break;default:if((e&1024)!==0)throw Error(o(163))}if(e=t.sibling,e!==null){e.return=t.return,nt=e;break}nt=t.return}}function td(e,t,n){var a=n.flags;switch(n.tag){case 0:case 11:case 15:vn(e,n),a&4&&Fl(5,n);break;case 1:if(vn(e,n),a&4)if(e=n.stateNode,t===null)try{e.componentDidMount()}catch(u){Te(n,n.return,u)}else{var l=pa(n.type,t.memoizedProps);t=t.memoizedState;try{e.componentDidUpdate(l,t,e.__reactInternalSnapshotBeforeUpdate)}catch(u){Te(n,n.return,u)}}a&64&&$f(n),a&512&&Wl(n,n.return);break;case 3:if(vn(e,n),a&64&&(e=n.updateQueue,e!==null)){if(t=null,n.child!==null)switch(n.child.tag){case 27:case 5:t=n.child.stateNode;break;case 1:t=n.child.stateNode}try{Hr(e,t)}catch(u){Te(n,n.return,u)}}break;case 27:t===null&&a&4&&If(n);case 26:case 5:vn(e,n),t===null&&a&4&&Wf(n),a&512&&Wl(n,n.return);break;case 12:vn(e,n);break;case 31:vn(e,n),a&4&&ld(e,n);break;case 13:vn(e,n),a&4&&id(e,n),a&64&&(e=n.memoizedState,e!==null&&(e=e.dehydrated,e!==null&&(n=Cg.bind(null,n),Fg(e,n))));break;case 22:if(a=n.memoizedState!==null||yn,!a){t=t!==null&&t.memoizedState!==null||$e,l=yn;var i=$e;yn=a,($e=t)&&!i?bn(e,n,(n.subtreeFlags&8772)!==0):vn(e,n),yn=l,$e=i}break;case 30:break;default:vn(e,n)}}function nd(e){var t=e.alternate;t!==null&&(e.alternate=null,nd(t)),e.child=null,e.deletions=null,e.sibling=null,e.tag===5&&(t=e.stateNode,t!==null&&Zu(t)),e.stateNode=null,e.return=null,e.dependencies=null,e.memoizedProps=null,e.memoizedState=null,e.pendingProps=null,e.stateNode=null,e.updateQueue=null}var He=null,bt=!1;function pn(e,t,n){for(n=n.child;n!==null;)ad(e,t,n),n=n.sibling}function ad(e,t,n){if(ie&&typeof ie.onCommitFiberUnmount=="function")try{ie.onCommitFiberUnmount(F,n)}catch{}switch(n.tag){case 26:$e||tn(n,t),pn(e,t,n),n.memoizedState?n.memoizedState.count--:n.stateNode&&(n=n.stateNode,n.parentNode.removeChild(n));break;case 27:$e||tn(n,t);var a=He,l=bt;Xn(n.type)&&(He=n.stateNode,bt=!1),pn(e,t,n),ui(n.stateNode),He=a,bt=l;break;case 5:$e||tn(n,t);case 6:if(a=He,l=bt,He=null,pn(e,t,n),He=a,bt=l,He!==null)if(bt)try{(He.nodeType===9?He.body:He.nodeName==="HTML"?He.ownerDocument.body:He).removeChild(n.stateNode)}catch(i){Te(n,t,i)}else try{He.removeChild(n.stateNode)}catch(i){Te(n,t,i)}break;case 18:He!==null&&(bt?(e=He,$d(e.nodeType===9?e.body:e.nodeName==="HTML"?e.ownerDocument.body:e,n.stateNode),fl(e)):$d(He,n.stateNode));break;case 4:a=He,l=bt,He=n.stateNode.containerInfo,bt=!0,pn(e,t,n),He=a,bt=l;break;case 0:case 11:case 14:case 15:Ln(2,n,t),$e||Ln(4,n,t),pn(e,t,n);break;case 1:$e||(tn(n,t),a=n.stateNode,typeof a.componentWillUnmount=="function"&&Ff(n,t,a)),pn(e,t,n);break;case 21:pn(e,t,n);break;case 22:$e=(a=$e)||n.memoizedState!==null,pn(e,t,n),$e=a;break;default:pn(e,t,n)}}function ld(e,t){if(t.memoizedState===null&&(e=t.alternate,e!==null&&(e=e.memoizedState,e!==null))){e=e.dehydrated;try{fl(e)}catch(n){Te(t,t.return,n)}}}function id(e,t){if(t.memoizedState===null&&(e=t.alternate,e!==null&&(e=e.memoizedState,e!==null&&(e=e.dehydrated,e!==null))))try{fl(e)}catch(n){Te(t,t.return,n)}}function Eg(e){switch(e.tag){case 31:case 13:case 19:var t=e.stateNode;return t===null&&(t=e.stateNode=new ed),t;case 22:return e=e.stateNode,t=e._retryCache,t===null&&(t=e._retryCache=new ed),t;default:throw Error(o(435,e.tag))}}function uu(e,t){var n=Eg(e);t.forEach(function(a){if(!n.has(a)){n.add(a);var l=Og.bind(null,e,a);a.then(l,l)}})}function St(e,t){var n=t.deletions;if(n!==null)for(var a=0;a<n.length;a++){var l=n[a],i=e,u=t,r=u;e:for(;r!==null;){switch(r.tag){case 27:if(Xn(r.type)){He=r.stateNode,bt=!1;break e}break;case 5:He=r.stateNode,bt=!1;break e;case 3:case 4:He=r.stateNode.containerInfo,bt=!0;break e}r=r.return}if(He===null)throw Error(o(160));ad(i,u,l),He=null,bt=!1,i=l.alternate,i!==null&&(i.return=null),l.return=null}if(t.subtreeFlags&13886)for(t=t.child;t!==null;)ud(t,e),t=t.sibling}var Ft=null;function ud(e,t){var n=e.alternate,a=e.flags;switch(e.tag){case 0:case 11:case 14:case 15:St(t,e),wt(e),a&4&&(Ln(3,e,e.return),Fl(3,e),Ln(5,e,e.return));break;case 1:St(t,e),wt(e),a&512&&($e||n===null||tn(n,n.return)),a&64&&yn&&(e=e.updateQueue,e!==null&&(a=e.callbacks,a!==null&&(n=e.shared.hiddenCallbacks,e.shared.hiddenCallbacks=n===null?a:n.concat(a))));break;case 26:var l=Ft;if(St(t,e),wt(e),a&512&&($e||n===null||tn(n,n.return)),a&4){var i=n!==null?n.memoizedState:null;if(a=e.memoizedState,n===null)if(a===null)if(e.stateNode===null){e:{a=e.type,n=e.memoizedProps,l=l.ownerDocument||l;t:switch(a){case"title":i=l.getElementsByTagName("title")[0],(!i||i[xl]||i[lt]||i.namespaceURI==="http://www.w3.org/2000/svg"||i.hasAttribute("itemprop"))&&(i=l.createElement(a),l.head.insertBefore(i,l.querySelector("head > title"))),ct(i,a,n),i[lt]=e,tt(i),a=i;break e;case"link":var u=um("link","href",l).get(a+(n.href||""));if(u){for(var r=0;r<u.length;r++)if(i=u[r],i.getAttribute("href")===(n.href==null||n.href===""?null:n.href)&&i.getAttribute("rel")===(n.rel==null?null:n.rel)&&i.getAttribute("title")===(n.title==null?null:n.title)&&i.getAttribute("crossorigin")===(n.crossOrigin==null?null:n.crossOrigin)){u.splice(r,1);break t}}i=l.createElement(a),ct(i,a,n),l.head.appendChild(i);break;case"meta":if(u=um("meta","content",l).get(a+(n.content||""))){for(r=0;r<u.length;r++)if(i=u[r],i.getAttribute("content")===(n.content==null?null:""+n.content)&&i.getAttribute("name")===(n.name==null?null:n.name)&&i.getAttribute("property")===(n.property==null?null:n.property)&&i.getAttribute("http-equiv")===(n.httpEquiv==null?null:n.httpEquiv)&&i.getAttribute("charset")===(n.charSet==null?null:n.charSet)){u.splice(r,1);break t}}i=l.createElement(a),ct(i,a,n),l.head.appendChild(i);break;default:throw Error(o(468,a))}i[lt]=e,tt(i),a=i}e.stateNode=a}else sm(l,e.type,e.stateNode);else e.stateNode=im(l,a,e.memoizedProps);else i!==a?(i===null?n.stateNode!==null&&(n=n.stateNode,n.parentNode.removeChild(n)):i.count--,a===null?sm(l,e.type,e.stateNode):im(l,a,e.memoizedProps)):a===null&&e.stateNode!==null&&mc(e,e.memoizedProps,n.memoizedProps)}break;case 27:St(t,e),wt(e),a&512&&($e||n===null||tn(n,n.return)),n!==null&&a&4&&mc(e,e.memoizedProps,n.memoizedProps);break;case 5:if(St(t,e),wt(e),a&512&&($e||n===null||tn(n,n.return)),e.flags&32){l=e.stateNode;try{Da(l,"")}catch(k){Te(e,e.return,k)}}a&4&&e.stateNode!=null&&(l=e.memoizedProps,mc(e,l,n!==null?n.memoizedProps:l)),a&1024&&(yc=!0);break;case 6:if(St(t,e),wt(e),a&4){if(e.stateNode===null)throw Error(o(162));a=e.memoizedProps,n=e.stateNode;try{n.nodeValue=a}catch(k){Te(e,e.return,k)}}break;case 3:if(Eu=null,l=Ft,Ft=Su(t.containerInfo),St(t,e),Ft=l,wt(e),a&4&&n!==null&&n.memoizedState.isDehydrated)try{fl(t.containerInfo)}catch(k){Te(e,e.return,k)}yc&&(yc=!1,sd(e));break;case 4:a=Ft,Ft=Su(e.stateNode.containerInfo),St(t,e),wt(e),Ft=a;break;case 12:St(t,e),wt(e);break;case 31:St(t,e),wt(e),a&4&&(a=e.updateQueue,a!==null&&(e.updateQueue=null,uu(e,a)));break;case 13:St(t,e),wt(e),e.child.flags&8192&&e.memoizedState!==null!=(n!==null&&n.memoizedState!==null)&&(cu=Fe()),a&4&&(a=e.updateQueue,a!==null&&(e.updateQueue=null,uu(e,a)));break;case 22:l=e.memoizedState!==null;var m=n!==null&&n.memoizedState!==null,A=yn,U=$e;if(yn=A||l,$e=U||m,St(t,e),$e=U,yn=A,wt(e),a&8192)e:for(t=e.stateNode,t._visibility=l?t._visibility&-2:t._visibility|1,l&&(n===null||m||yn||$e||va(e)),n=null,t=e;;){if(t.tag===5||t.tag===26){if(n===null){m=n=t;try{if(i=m.stateNode,l)u=i.style,typeof u.setProperty=="function"?u.setProperty("display","none","important"):u.display="none";else{r=m.stateNode;var D=m.memoizedProps.style,x=D!=null&&D.hasOwnProperty("display")?D.display:null;r.style.display=x==null||typeof x=="boolean"?"":(""+x).trim()}}catch(k){Te(m,m.return,k)}}}else if(t.tag===6){if(n===null){m=t;try{m.stateNode.nodeValue=l?"":m.memoizedProps}catch(k){Te(m,m.return,k)}}}else if(t.tag===18){if(n===null){m=t;try{var _=m.stateNode;l?Fd(_,!0):Fd(m.stateNode,!1)}catch(k){Te(m,m.return,k)}}}else if((t.tag!==22&&t.tag!==23||t.memoizedState===null||t===e)&&t.child!==null){t.child.return=t,t=t.child;continue}if(t===e)break e;for(;t.sibling===null;){if(t.return===null||t.return===e)break e;n===t&&(n=null),t=t.return}n===t&&(n=null),t.sibling.return=t.return,t=t.sibling}a&4&&(a=e.updateQueue,a!==null&&(n=a.retryQueue,n!==null&&(a.retryQueue=null,uu(e,n))));break;case 19:St(t,e),wt(e),a&4&&(a=e.updateQueue,a!==null&&(e.updateQueue=null,uu(e,a)));break;case 30:break;case 21:break;default:St(t,e),wt(e)}}function wt(e){var t=e.flags;if(t&2){try{for(var n,a=e.return;a!==null;){if(Pf(a)){n=a;break}a=a.return}if(n==null)throw Error(o(160));switch(n.tag){case 27:var l=n.stateNode,i=hc(e);iu(e,i,l);break;case 5:var u=n.stateNode;n.flags&32&&(Da(u,""),n.flags&=-33);var r=hc(e);iu(e,r,u);break;case 3:case 4:var m=n.stateNode.containerInfo,A=hc(e);gc(e,A,m);break;default:throw Error(o(161))}}catch(U){Te(e,e.return,U)}e.flags&=-3}t&4096&&(e.flags&=-4097)}function sd(e){if(e.subtreeFlags&1024)for(e=e.child;e!==null;){var t=e;sd(t),t.tag===5&&t.flags&1024&&t.stateNode.reset(),e=e.sibling}}function vn(e,t){if(t.subtreeFlags&8772)for(t=t.child;t!==null;)td(e,t.alternate,t),t=t.sibling}function va(e){for(e=e.child;e!==null;){var t=e;switch(t.tag){case 0:case 11:case 14:case 15:Ln(4,t,t.return),va(t);break;case 1:tn(t,t.return);var n=t.stateNode;typeof n.componentWillUnmount=="function"&&Ff(t,t.return,n),va(t);break;case 27:ui(t.stateNode);case 26:case 5:tn(t,t.return),va(t);break;case 22:t.memoizedState===null&&va(t);break;case 30:va(t);break;default:va(t)}e=e.sibling}}function bn(e,t,n){for(n=n&&(t.subtreeFlags&8772)!==0,t=t.child;t!==null;){var a=t.alternate,l=e,i=t,u=i.flags;switch(i.tag){case 0:case 11:case 15:bn(l,i,n),Fl(4,i);break;case 1:if(bn(l,i,n),a=i,l=a.stateNode,typeof l.componentDidMount=="function")try{l.componentDidMount()}catch(A){Te(a,a.return,A)}if(a=i,l=a.updateQueue,l!==null){var r=a.stateNode;try{var m=l.shared.hiddenCallbacks;if(m!==null)for(l.shared.hiddenCallbacks=null,l=0;l<m.length;l++)Lr(m[l],r)}catch(A){Te(a,a.return,A)}}n&&u&64&&$f(i),Wl(i,i.return);break;case 27:If(i);case 26:case 5:bn(l,i,n),n&&a===null&&u&4&&Wf(i),Wl(i,i.return);break;case 12:bn(l,i,n);break;case 31:bn(l,i,n),n&&u&4&&ld(l,i);break;case 13:bn(l,i,n),n&&u&4&&id(l,i);break;case 22:i.memoizedState===null&&bn(l,i,n),Wl(i,i.return);break;case 30:break;default:bn(l,i,n)}t=t.sibling}}function pc(e,t){var n=null;e!==null&&e.memoizedState!==null&&e.memoizedState.cachePool!==null&&(n=e.memoizedState.cachePool.pool),e=null,t.memoizedState!==null&&t.memoizedState.cachePool!==null&&(e=t.memoizedState.cachePool.pool),e!==n&&(e!=null&&e.refCount++,n!=null&&Ll(n))}function vc(e,t){e=null,t.alternate!==null&&(e=t.alternate.memoizedState.cache),t=t.memoizedState.cache,t!==e&&(t.refCount++,e!=null&&Ll(e))}function Wt(e,t,n,a){if(t.subtreeFlags&10256)for(t=t.child;t!==null;)cd(e,t,n,a),t=t.sibling}function cd(e,t,n,a){var l=t.flags;switch(t.tag){case 0:case 11:case 15:Wt(e,t,n,a),l&2048&&Fl(9,t);break;case 1:Wt(e,t,n,a);break;case 3:Wt(e,t,n,a),l&2048&&(e=null,t.alternate!==null&&(e=t.alternate.memoizedState.cache),t=t.memoizedState.cache,t!==e&&(t.refCount++,e!=null&&Ll(e)));break;case 12:if(l&2048){Wt(e,t,n,a),e=t.stateNode;try{var i=t.memoizedProps,u=i.id,r=i.onPostCommit;typeof r=="function"&&r(u,t.alternate===null?"mount":"update",e.passiveEffectDuration,-0)}catch(m){Te(t,t.return,m)}}else Wt(e,t,n,a);break;case 31:Wt(e,t,n,a);break;case 13:Wt(e,t,n,a);break;case 23:break;case 22:i=t.stateNode,u=t.alternate,t.memoizedState!==null?i._visibility&2?Wt(e,t,n,a):Pl(e,t):i._visibility&2?Wt(e,t,n,a):(i._visibility|=2,el(e,t,n,a,(t.subtreeFlags&10256)!==0||!1)),l&2048&&pc(u,t);break;case 24:Wt(e,t,n,a),l&2048&&vc(t.alternate,t);break;default:Wt(e,t,n,a)}}function el(e,t,n,a,l){for(l=l&&((t.subtreeFlags&10256)!==0||!1),t=t.child;t!==null;){var i=e,u=t,r=n,m=a,A=u.flags;switch(u.tag){case 0:case 11:case 15:el(i,u,r,m,l),Fl(8,u);break;case 23:break;case 22:var U=u.stateNode;u.memoizedState!==null?U._visibility&2?el(i,u,r,m,l):Pl(i,u):(U._visibility|=2,el(i,u,r,m,l)),l&&A&2048&&pc(u.alternate,u);break;case 24:el(i,u,r,m,l),l&&A&2048&&vc(u.alternate,u);break;default:el(i,u,r,m,l)}t=t.sibling}}function Pl(e,t){if(t.subtreeFlags&10256)for(t=t.child;t!==null;){var n=e,a=t,l=a.flags;switch(a.tag){case 22:Pl(n,a),l&2048&&pc(a.alternate,a);break;case 24:Pl(n,a),l&2048&&vc(a.alternate,a);break;default:Pl(n,a)}t=t.sibling}}var Il=8192;function tl(e,t,n){if(e.subtreeFlags&Il)for(e=e.child;e!==null;)od(e,t,n),e=e.sibling}function od(e,t,n){switch(e.tag){case 26:tl(e,t,n),e.flags&Il&&e.memoizedState!==null&&cy(n,Ft,e.memoizedState,e.memoizedProps);break;case 5:tl(e,t,n);break;case 3:case 4:var a=Ft;Ft=Su(e.stateNode.containerInfo),tl(e,t,n),Ft=a;break;case 22:e.memoizedState===null&&(a=e.alternate,a!==null&&a.memoizedState!==null?(a=Il,Il=16777216,tl(e,t,n),Il=a):tl(e,t,n));break;default:tl(e,t,n)}}function rd(e){var t=e.alternate;if(t!==null&&(e=t.child,e!==null)){t.child=null;do t=e.sibling,e.sibling=null,e=t;while(e!==null)}}function ei(e){var t=e.deletions;if((e.flags&16)!==0){if(t!==null)for(var n=0;n<t.length;n++){var a=t[n];nt=a,dd(a,e)}rd(e)}if(e.subtreeFlags&10256)for(e=e.child;e!==null;)fd(e),e=e.sibling}function fd(e){switch(e.tag){case 0:case 11:case 15:ei(e),e.flags&2048&&Ln(9,e,e.return);break;case 3:ei(e);break;case 12:ei(e);break;case 22:var t=e.stateNode;e.memoizedState!==null&&t._visibility&2&&(e.return===null||e.return.tag!==13)?(t._visibility&=-3,su(e)):ei(e);break;default:ei(e)}}function su(e){var t=e.deletions;if((e.flags&16)!==0){if(t!==null)for(var n=0;n<t.length;n++){var a=t[n];nt=a,dd(a,e)}rd(e)}for(e=e.child;e!==null;){switch(t=e,t.tag){case 0:case 11:case 15:Ln(8,t,t.return),su(t);break;case 22:n=t.stateNode,n._visibility&2&&(n._visibility&=-3,su(t));break;default:su(t)}e=e.sibling}}function dd(e,t){for(;nt!==null;){var n=nt;switch(n.tag){case 0:case 11:case 15:Ln(8,n,t);break;case 23:case 22:if(n.memoizedState!==null&&n.memoizedState.cachePool!==null){var a=n.memoizedState.cachePool.pool;a!=null&&a.refCount++}break;case 24:Ll(n.memoizedState.cache)}if(a=n.child,a!==null)a.return=n,nt=a;else e:for(n=e;nt!==null;){a=nt;var l=a.sibling,i=a.return;if(nd(a),a===n){nt=null;break e}if(l!==null){l.return=i,nt=l;break e}nt=i}}}var Ag={getCacheForType:function(e){var t=ut(Ze),n=t.data.get(e);return n===void 0&&(n=e(),t.data.set(e,n)),n},cacheSignal:function(){return ut(Ze).controller.signal}},xg=typeof WeakMap=="function"?WeakMap:Map,Ee=0,Oe=null,se=null,re=0,xe=0,Nt=null,Hn=!1,nl=!1,bc=!1,Sn=0,Ye=0,Vn=0,ba=0,Sc=0,zt=0,al=0,ti=null,Et=null,wc=!1,cu=0,md=0,ou=1/0,ru=null,Bn=null,We=0,Yn=null,ll=null,wn=0,Ec=0,Ac=null,hd=null,ni=0,xc=null;function Dt(){return(Ee&2)!==0&&re!==0?re&-re:R.T!==null?Cc():Uo()}function gd(){if(zt===0)if((re&536870912)===0||de){var e=ta;ta<<=1,(ta&3932160)===0&&(ta=262144),zt=e}else zt=536870912;return e=Ct.current,e!==null&&(e.flags|=32),zt}function At(e,t,n){(e===Oe&&(xe===2||xe===9)||e.cancelPendingCommit!==null)&&(il(e,0),Gn(e,re,zt,!1)),Al(e,n),((Ee&2)===0||e!==Oe)&&(e===Oe&&((Ee&2)===0&&(ba|=n),Ye===4&&Gn(e,re,zt,!1)),nn(e))}function yd(e,t,n){if((Ee&6)!==0)throw Error(o(327));var a=!n&&(t&127)===0&&(t&e.expiredLanes)===0||El(e,t),l=a?jg(e,t):_c(e,t,!0),i=a;do{if(l===0){nl&&!a&&Gn(e,t,0,!1);break}else{if(n=e.current.alternate,i&&!Tg(n)){l=_c(e,t,!1),i=!1;continue}if(l===2){if(i=t,e.errorRecoveryDisabledLanes&i)var u=0;else u=e.pendingLanes&-536870913,u=u!==0?u:u&536870912?536870912:0;if(u!==0){t=u;e:{var r=e;l=ti;var m=r.current.memoizedState.isDehydrated;if(m&&(il(r,u).flags|=256),u=_c(r,u,!1),u!==2){if(bc&&!m){r.errorRecoveryDisabledLanes|=i,ba|=i,l=4;break e}i=Et,Et=l,i!==null&&(Et===null?Et=i:Et.push.apply(Et,i))}l=u}if(i=!1,l!==2)continue}}if(l===1){il(e,0),Gn(e,t,0,!0);break}e:{switch(a=e,i=l,i){case 0:case 1:throw Error(o(345));case 4:if((t&4194048)!==t)break;case 6:Gn(a,t,zt,!Hn);break e;case 2:Et=null;break;case 3:case 5:break;default:throw Error(o(329))}if((t&62914560)===t&&(l=cu+300-Fe(),10<l)){if(Gn(a,t,zt,!Hn),Si(a,0,!0)!==0)break e;wn=t,a.timeoutHandle=Jd(pd.bind(null,a,n,Et,ru,wc,t,zt,ba,al,Hn,i,"Throttled",-0,0),l);break e}pd(a,n,Et,ru,wc,t,zt,ba,al,Hn,i,null,-0,0)}}break}while(!0);nn(e)}function pd(e,t,n,a,l,i,u,r,m,A,U,D,x,_){if(e.timeoutHandle=-1,D=t.subtreeFlags,D&8192||(D&16785408)===16785408){D={stylesheets:null,count:0,imgCount:0,imgBytes:0,suspenseyImages:[],waitingForImages:!0,waitingForViewTransition:!1,unsuspend:un},od(t,i,D);var k=(i&62914560)===i?cu-Fe():(i&4194048)===i?md-Fe():0;if(k=oy(D,k),k!==null){wn=i,e.cancelPendingCommit=k(Td.bind(null,e,t,i,n,a,l,u,r,m,U,D,null,x,_)),Gn(e,i,u,!A);return}}Td(e,t,i,n,a,l,u,r,m)}function Tg(e){for(var t=e;;){var n=t.tag;if((n===0||n===11||n===15)&&t.flags&16384&&(n=t.updateQueue,n!==null&&(n=n.stores,n!==null)))for(var a=0;a<n.length;a++){var l=n[a],i=l.getSnapshot;l=l.value;try{if(!Rt(i(),l))return!1}catch{return!1}}if(n=t.child,t.subtreeFlags&16384&&n!==null)n.return=t,t=n;else{if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return!0;t=t.return}t.sibling.return=t.return,t=t.sibling}}return!0}function Gn(e,t,n,a){t&=~Sc,t&=~ba,e.suspendedLanes|=t,e.pingedLanes&=~t,a&&(e.warmLanes|=t),a=e.expirationTimes;for(var l=t;0<l;){var i=31-Le(l),u=1<<i;a[i]=-1,l&=~u}n!==0&&_o(e,n,t)}function fu(){return(Ee&6)===0?(ai(0),!1):!0}function Tc(){if(se!==null){if(xe===0)var e=se.return;else e=se,rn=ra=null,Ys(e),$a=null,Vl=0,e=se;for(;e!==null;)Kf(e.alternate,e),e=e.return;se=null}}function il(e,t){var n=e.timeoutHandle;n!==-1&&(e.timeoutHandle=-1,Qg(n)),n=e.cancelPendingCommit,n!==null&&(e.cancelPendingCommit=null,n()),wn=0,Tc(),Oe=e,se=n=cn(e.current,null),re=t,xe=0,Nt=null,Hn=!1,nl=El(e,t),bc=!1,al=zt=Sc=ba=Vn=Ye=0,Et=ti=null,wc=!1,(t&8)!==0&&(t|=t&32);var a=e.entangledLanes;if(a!==0)for(e=e.entanglements,a&=t;0<a;){var l=31-Le(a),i=1<<l;t|=e[l],a&=~i}return Sn=t,Ni(),n}function vd(e,t){te=null,R.H=Jl,t===Ka||t===Bi?(t=zr(),xe=3):t===Us?(t=zr(),xe=4):xe=t===ac?8:t!==null&&typeof t=="object"&&typeof t.then=="function"?6:1,Nt=t,se===null&&(Ye=1,eu(e,Yt(t,e.current)))}function bd(){var e=Ct.current;return e===null?!0:(re&4194048)===re?Qt===null:(re&62914560)===re||(re&536870912)!==0?e===Qt:!1}function Sd(){var e=R.H;return R.H=Jl,e===null?Jl:e}function wd(){var e=R.A;return R.A=Ag,e}function du(){Ye=4,Hn||(re&4194048)!==re&&Ct.current!==null||(nl=!0),(Vn&134217727)===0&&(ba&134217727)===0||Oe===null||Gn(Oe,re,zt,!1)}function _c(e,t,n){var a=Ee;Ee|=2;var l=Sd(),i=wd();(Oe!==e||re!==t)&&(ru=null,il(e,t)),t=!1;var u=Ye;e:do try{if(xe!==0&&se!==null){var r=se,m=Nt;switch(xe){case 8:Tc(),u=6;break e;case 3:case 2:case 9:case 6:Ct.current===null&&(t=!0);var A=xe;if(xe=0,Nt=null,ul(e,r,m,A),n&&nl){u=0;break e}break;default:A=xe,xe=0,Nt=null,ul(e,r,m,A)}}_g(),u=Ye;break}catch(U){vd(e,U)}while(!0);return t&&e.shellSuspendCounter++,rn=ra=null,Ee=a,R.H=l,R.A=i,se===null&&(Oe=null,re=0,Ni()),u}function _g(){for(;se!==null;)Ed(se)}function jg(e,t){var n=Ee;Ee|=2;var a=Sd(),l=wd();Oe!==e||re!==t?(ru=null,ou=Fe()+500,il(e,t)):nl=El(e,t);e:do try{if(xe!==0&&se!==null){t=se;var i=Nt;t:switch(xe){case 1:xe=0,Nt=null,ul(e,t,i,1);break;case 2:case 9:if(Or(i)){xe=0,Nt=null,Ad(t);break}t=function(){xe!==2&&xe!==9||Oe!==e||(xe=7),nn(e)},i.then(t,t);break e;case 3:xe=7;break e;case 4:xe=5;break e;case 7:Or(i)?(xe=0,Nt=null,Ad(t)):(xe=0,Nt=null,ul(e,t,i,7));break;case 5:var u=null;switch(se.tag){case 26:u=se.memoizedState;case 5:case 27:var r=se;if(u?cm(u):r.stateNode.complete){xe=0,Nt=null;var m=r.sibling;if(m!==null)se=m;else{var A=r.return;A!==null?(se=A,mu(A)):se=null}break t}}xe=0,Nt=null,ul(e,t,i,5);break;case 6:xe=0,Nt=null,ul(e,t,i,6);break;case 8:Tc(),Ye=6;break e;default:throw Error(o(462))}}Rg();break}catch(U){vd(e,U)}while(!0);return rn=ra=null,R.H=a,R.A=l,Ee=n,se!==null?0:(Oe=null,re=0,Ni(),Ye)}function Rg(){for(;se!==null&&!bl();)Ed(se)}function Ed(e){var t=Zf(e.alternate,e,Sn);e.memoizedProps=e.pendingProps,t===null?mu(e):se=t}function Ad(e){var t=e,n=t.alternate;switch(t.tag){case 15:case 0:t=Bf(n,t,t.pendingProps,t.type,void 0,re);break;case 11:t=Bf(n,t,t.pendingProps,t.type.render,t.ref,re);break;case 5:Ys(t);default:Kf(n,t),t=se=Sr(t,Sn),t=Zf(n,t,Sn)}e.memoizedProps=e.pendingProps,t===null?mu(e):se=t}function ul(e,t,n,a){rn=ra=null,Ys(t),$a=null,Vl=0;var l=t.return;try{if(yg(e,l,t,n,re)){Ye=1,eu(e,Yt(n,e.current)),se=null;return}}catch(i){if(l!==null)throw se=l,i;Ye=1,eu(e,Yt(n,e.current)),se=null;return}t.flags&32768?(de||a===1?e=!0:nl||(re&536870912)!==0?e=!1:(Hn=e=!0,(a===2||a===9||a===3||a===6)&&(a=Ct.current,a!==null&&a.tag===13&&(a.flags|=16384))),xd(t,e)):mu(t)}function mu(e){var t=e;do{if((t.flags&32768)!==0){xd(t,Hn);return}e=t.return;var n=bg(t.alternate,t,Sn);if(n!==null){se=n;return}if(t=t.sibling,t!==null){se=t;return}se=t=e}while(t!==null);Ye===0&&(Ye=5)}function xd(e,t){do{var n=Sg(e.alternate,e);if(n!==null){n.flags&=32767,se=n;return}if(n=e.return,n!==null&&(n.flags|=32768,n.subtreeFlags=0,n.deletions=null),!t&&(e=e.sibling,e!==null)){se=e;return}se=e=n}while(e!==null);Ye=6,se=null}function Td(e,t,n,a,l,i,u,r,m){e.cancelPendingCommit=null;do hu();while(We!==0);if((Ee&6)!==0)throw Error(o(327));if(t!==null){if(t===e.current)throw Error(o(177));if(i=t.lanes|t.childLanes,i|=hs,sh(e,n,i,u,r,m),e===Oe&&(se=Oe=null,re=0),ll=t,Yn=e,wn=n,Ec=i,Ac=l,hd=a,(t.subtreeFlags&10256)!==0||(t.flags&10256)!==0?(e.callbackNode=null,e.callbackPriority=0,Ng(ot,function(){return Cd(),null})):(e.callbackNode=null,e.callbackPriority=0),a=(t.flags&13878)!==0,(t.subtreeFlags&13878)!==0||a){a=R.T,R.T=null,l=V.p,V.p=2,u=Ee,Ee|=4;try{wg(e,t,n)}finally{Ee=u,V.p=l,R.T=a}}We=1,_d(),jd(),Rd()}}function _d(){if(We===1){We=0;var e=Yn,t=ll,n=(t.flags&13878)!==0;if((t.subtreeFlags&13878)!==0||n){n=R.T,R.T=null;var a=V.p;V.p=2;var l=Ee;Ee|=4;try{ud(t,e);var i=Hc,u=fr(e.containerInfo),r=i.focusedElem,m=i.selectionRange;if(u!==r&&r&&r.ownerDocument&&rr(r.ownerDocument.documentElement,r)){if(m!==null&&os(r)){var A=m.start,U=m.end;if(U===void 0&&(U=A),"selectionStart"in r)r.selectionStart=A,r.selectionEnd=Math.min(U,r.value.length);else{var D=r.ownerDocument||document,x=D&&D.defaultView||window;if(x.getSelection){var _=x.getSelection(),k=r.textContent.length,$=Math.min(m.start,k),Ue=m.end===void 0?$:Math.min(m.end,k);!_.extend&&$>Ue&&(u=Ue,Ue=$,$=u);var b=or(r,$),h=or(r,Ue);if(b&&h&&(_.rangeCount!==1||_.anchorNode!==b.node||_.anchorOffset!==b.offset||_.focusNode!==h.node||_.focusOffset!==h.offset)){var E=D.createRange();E.setStart(b.node,b.offset),_.removeAllRanges(),$>Ue?(_.addRange(E),_.extend(h.node,h.offset)):(E.setEnd(h.node,h.offset),_.addRange(E))}}}}for(D=[],_=r;_=_.parentNode;)_.nodeType===1&&D.push({element:_,left:_.scrollLeft,top:_.scrollTop});for(typeof r.focus=="function"&&r.focus(),r=0;r<D.length;r++){var N=D[r];N.element.scrollLeft=N.left,N.element.scrollTop=N.top}}_u=!!Lc,Hc=Lc=null}finally{Ee=l,V.p=a,R.T=n}}e.current=t,We=2}}function jd(){if(We===2){We=0;var e=Yn,t=ll,n=(t.flags&8772)!==0;if((t.subtreeFlags&8772)!==0||n){n=R.T,R.T=null;var a=V.p;V.p=2;var l=Ee;Ee|=4;try{td(e,t.alternate,t)}finally{Ee=l,V.p=a,R.T=n}}We=3}}function Rd(){if(We===4||We===3){We=0,In();var e=Yn,t=ll,n=wn,a=hd;(t.subtreeFlags&10256)!==0||(t.flags&10256)!==0?We=5:(We=0,ll=Yn=null,Ud(e,e.pendingLanes));var l=e.pendingLanes;if(l===0&&(Bn=null),Xu(n),t=t.stateNode,ie&&typeof ie.onCommitFiberRoot=="function")try{ie.onCommitFiberRoot(F,t,void 0,(t.current.flags&128)===128)}catch{}if(a!==null){t=R.T,l=V.p,V.p=2,R.T=null;try{for(var i=e.onRecoverableError,u=0;u<a.length;u++){var r=a[u];i(r.value,{componentStack:r.stack})}}finally{R.T=t,V.p=l}}(wn&3)!==0&&hu(),nn(e),l=e.pendingLanes,(n&261930)!==0&&(l&42)!==0?e===xc?ni++:(ni=0,xc=e):ni=0,ai(0)}}function Ud(e,t){(e.pooledCacheLanes&=t)===0&&(t=e.pooledCache,t!=null&&(e.pooledCache=null,Ll(t)))}function hu(){return _d(),jd(),Rd(),Cd()}function Cd(){if(We!==5)return!1;var e=Yn,t=Ec;Ec=0;var n=Xu(wn),a=R.T,l=V.p;try{V.p=32>n?32:n,R.T=null,n=Ac,Ac=null;var i=Yn,u=wn;if(We=0,ll=Yn=null,wn=0,(Ee&6)!==0)throw Error(o(331));var r=Ee;if(Ee|=4,fd(i.current),cd(i,i.current,u,n),Ee=r,ai(0,!1),ie&&typeof ie.onPostCommitFiberRoot=="function")try{ie.onPostCommitFiberRoot(F,i)}catch{}return!0}finally{V.p=l,R.T=a,Ud(e,t)}}function Od(e,t,n){t=Yt(n,t),t=nc(e.stateNode,t,2),e=Dn(e,t,2),e!==null&&(Al(e,2),nn(e))}function Te(e,t,n){if(e.tag===3)Od(e,e,n);else for(;t!==null;){if(t.tag===3){Od(t,e,n);break}else if(t.tag===1){var a=t.stateNode;if(typeof t.type.getDerivedStateFromError=="function"||typeof a.componentDidCatch=="function"&&(Bn===null||!Bn.has(a))){e=Yt(n,e),n=Nf(2),a=Dn(t,n,2),a!==null&&(zf(n,a,t,e),Al(a,2),nn(a));break}}t=t.return}}function jc(e,t,n){var a=e.pingCache;if(a===null){a=e.pingCache=new xg;var l=new Set;a.set(t,l)}else l=a.get(t),l===void 0&&(l=new Set,a.set(t,l));l.has(n)||(bc=!0,l.add(n),e=Ug.bind(null,e,t,n),t.then(e,e))}function Ug(e,t,n){var a=e.pingCache;a!==null&&a.delete(t),e.pingedLanes|=e.suspendedLanes&n,e.warmLanes&=~n,Oe===e&&(re&n)===n&&(Ye===4||Ye===3&&(re&62914560)===re&&300>Fe()-cu?(Ee&2)===0&&il(e,0):Sc|=n,al===re&&(al=0)),nn(e)}function Nd(e,t){t===0&&(t=To()),e=sa(e,t),e!==null&&(Al(e,t),nn(e))}function Cg(e){var t=e.memoizedState,n=0;t!==null&&(n=t.retryLane),Nd(e,n)}function Og(e,t){var n=0;switch(e.tag){case 31:case 13:var a=e.stateNode,l=e.memoizedState;l!==null&&(n=l.retryLane);break;case 19:a=e.stateNode;break;case 22:a=e.stateNode._retryCache;break;default:throw Error(o(314))}a!==null&&a.delete(t),Nd(e,n)}function Ng(e,t){return an(e,t)}var gu=null,sl=null,Rc=!1,yu=!1,Uc=!1,kn=0;function nn(e){e!==sl&&e.next===null&&(sl===null?gu=sl=e:sl=sl.next=e),yu=!0,Rc||(Rc=!0,Dg())}function ai(e,t){if(!Uc&&yu){Uc=!0;do for(var n=!1,a=gu;a!==null;){if(e!==0){var l=a.pendingLanes;if(l===0)var i=0;else{var u=a.suspendedLanes,r=a.pingedLanes;i=(1<<31-Le(42|e)+1)-1,i&=l&~(u&~r),i=i&201326741?i&201326741|1:i?i|2:0}i!==0&&(n=!0,qd(a,i))}else i=re,i=Si(a,a===Oe?i:0,a.cancelPendingCommit!==null||a.timeoutHandle!==-1),(i&3)===0||El(a,i)||(n=!0,qd(a,i));a=a.next}while(n);Uc=!1}}function zg(){zd()}function zd(){yu=Rc=!1;var e=0;kn!==0&&Xg()&&(e=kn);for(var t=Fe(),n=null,a=gu;a!==null;){var l=a.next,i=Dd(a,t);i===0?(a.next=null,n===null?gu=l:n.next=l,l===null&&(sl=n)):(n=a,(e!==0||(i&3)!==0)&&(yu=!0)),a=l}We!==0&&We!==5||ai(e),kn!==0&&(kn=0)}function Dd(e,t){for(var n=e.suspendedLanes,a=e.pingedLanes,l=e.expirationTimes,i=e.pendingLanes&-62914561;0<i;){var u=31-Le(i),r=1<<u,m=l[u];m===-1?((r&n)===0||(r&a)!==0)&&(l[u]=uh(r,t)):m<=t&&(e.expiredLanes|=r),i&=~r}if(t=Oe,n=re,n=Si(e,e===t?n:0,e.cancelPendingCommit!==null||e.timeoutHandle!==-1),a=e.callbackNode,n===0||e===t&&(xe===2||xe===9)||e.cancelPendingCommit!==null)return a!==null&&a!==null&&vl(a),e.callbackNode=null,e.callbackPriority=0;if((n&3)===0||El(e,n)){if(t=n&-n,t===e.callbackPriority)return t;switch(a!==null&&vl(a),Xu(n)){case 2:case 8:n=wl;break;case 32:n=ot;break;case 268435456:n=ea;break;default:n=ot}return a=Md.bind(null,e),n=an(n,a),e.callbackPriority=t,e.callbackNode=n,t}return a!==null&&a!==null&&vl(a),e.callbackPriority=2,e.callbackNode=null,2}function Md(e,t){if(We!==0&&We!==5)return e.callbackNode=null,e.callbackPriority=0,null;var n=e.callbackNode;if(hu()&&e.callbackNode!==n)return null;var a=re;return a=Si(e,e===Oe?a:0,e.cancelPendingCommit!==null||e.timeoutHandle!==-1),a===0?null:(yd(e,a,t),Dd(e,Fe()),e.callbackNode!=null&&e.callbackNode===n?Md.bind(null,e):null)}function qd(e,t){if(hu())return null;yd(e,t,!0)}function Dg(){Zg(function(){(Ee&6)!==0?an(Sl,zg):zd()})}function Cc(){if(kn===0){var e=Za;e===0&&(e=Tn,Tn<<=1,(Tn&261888)===0&&(Tn=256)),kn=e}return kn}function Ld(e){return e==null||typeof e=="symbol"||typeof e=="boolean"?null:typeof e=="function"?e:xi(""+e)}function Hd(e,t){var n=t.ownerDocument.createElement("input");return n.name=t.name,n.value=t.value,e.id&&n.setAttribute("form",e.id),t.parentNode.insertBefore(n,t),e=new FormData(e),n.parentNode.removeChild(n),e}function Mg(e,t,n,a,l){if(t==="submit"&&n&&n.stateNode===l){var i=Ld((l[pt]||null).action),u=a.submitter;u&&(t=(t=u[pt]||null)?Ld(t.formAction):u.getAttribute("formAction"),t!==null&&(i=t,u=null));var r=new Ri("action","action",null,a,l);e.push({event:r,listeners:[{instance:null,listener:function(){if(a.defaultPrevented){if(kn!==0){var m=u?Hd(l,u):new FormData(l);Fs(n,{pending:!0,data:m,method:l.method,action:i},null,m)}}else typeof i=="function"&&(r.preventDefault(),m=u?Hd(l,u):new FormData(l),Fs(n,{pending:!0,data:m,method:l.method,action:i},i,m))},currentTarget:l}]})}}for(var Oc=0;Oc<ms.length;Oc++){var Nc=ms[Oc],qg=Nc.toLowerCase(),Lg=Nc[0].toUpperCase()+Nc.slice(1);$t(qg,"on"+Lg)}$t(hr,"onAnimationEnd"),$t(gr,"onAnimationIteration"),$t(yr,"onAnimationStart"),$t("dblclick","onDoubleClick"),$t("focusin","onFocus"),$t("focusout","onBlur"),$t(Ih,"onTransitionRun"),$t(eg,"onTransitionStart"),$t(tg,"onTransitionCancel"),$t(pr,"onTransitionEnd"),Na("onMouseEnter",["mouseout","mouseover"]),Na("onMouseLeave",["mouseout","mouseover"]),Na("onPointerEnter",["pointerout","pointerover"]),Na("onPointerLeave",["pointerout","pointerover"]),aa("onChange","change click focusin focusout input keydown keyup selectionchange".split(" ")),aa("onSelect","focusout contextmenu dragend focusin keydown keyup mousedown mouseup selectionchange".split(" ")),aa("onBeforeInput",["compositionend","keypress","textInput","paste"]),aa("onCompositionEnd","compositionend focusout keydown keypress keyup mousedown".split(" ")),aa("onCompositionStart","compositionstart focusout keydown keypress keyup mousedown".split(" ")),aa("onCompositionUpdate","compositionupdate focusout keydown keypress keyup mousedown".split(" "));var li="abort canplay canplaythrough durationchange emptied encrypted ended error loadeddata loadedmetadata loadstart pause play playing progress ratechange resize seeked seeking stalled suspend timeupdate volumechange waiting".split(" "),Hg=new Set("beforetoggle cancel close invalid load scroll scrollend toggle".split(" ").concat(li));function Vd(e,t){t=(t&4)!==0;for(var n=0;n<e.length;n++){var a=e[n],l=a.event;a=a.listeners;e:{var i=void 0;if(t)for(var u=a.length-1;0<=u;u--){var r=a[u],m=r.instance,A=r.currentTarget;if(r=r.listener,m!==i&&l.isPropagationStopped())break e;i=r,l.currentTarget=A;try{i(l)}catch(U){Oi(U)}l.currentTarget=null,i=m}else for(u=0;u<a.length;u++){if(r=a[u],m=r.instance,A=r.currentTarget,r=r.listener,m!==i&&l.isPropagationStopped())break e;i=r,l.currentTarget=A;try{i(l)}catch(U){Oi(U)}l.currentTarget=null,i=m}}}}function ce(e,t){var n=t[Qu];n===void 0&&(n=t[Qu]=new Set);var a=e+"__bubble";n.has(a)||(Bd(t,e,2,!1),n.add(a))}function zc(e,t,n){var a=0;t&&(a|=4),Bd(n,e,a,t)}var pu="_reactListening"+Math.random().toString(36).slice(2);function Dc(e){if(!e[pu]){e[pu]=!0,No.forEach(function(n){n!=="selectionchange"&&(Hg.has(n)||zc(n,!1,e),zc(n,!0,e))});var t=e.nodeType===9?e:e.ownerDocument;t===null||t[pu]||(t[pu]=!0,zc("selectionchange",!1,t))}}function Bd(e,t,n,a){switch(gm(t)){case 2:var l=dy;break;case 8:l=my;break;default:l=$c}n=l.bind(null,t,n,e),l=void 0,!es||t!=="touchstart"&&t!=="touchmove"&&t!=="wheel"||(l=!0),a?l!==void 0?e.addEventListener(t,n,{capture:!0,passive:l}):e.addEventListener(t,n,!0):l!==void 0?e.addEventListener(t,n,{passive:l}):e.addEventListener(t,n,!1)}function Mc(e,t,n,a,l){var i=a;if((t&1)===0&&(t&2)===0&&a!==null)e:for(;;){if(a===null)return;var u=a.tag;if(u===3||u===4){var r=a.stateNode.containerInfo;if(r===l)break;if(u===4)for(u=a.return;u!==null;){var m=u.tag;if((m===3||m===4)&&u.stateNode.containerInfo===l)return;u=u.return}for(;r!==null;){if(u=Ua(r),u===null)return;if(m=u.tag,m===5||m===6||m===26||m===27){a=i=u;continue e}r=r.parentNode}}a=a.return}Xo(function(){var A=i,U=Pu(n),D=[];e:{var x=vr.get(e);if(x!==void 0){var _=Ri,k=e;switch(e){case"keypress":if(_i(n)===0)break e;case"keydown":case"keyup":_=Oh;break;case"focusin":k="focus",_=ls;break;case"focusout":k="blur",_=ls;break;case"beforeblur":case"afterblur":_=ls;break;case"click":if(n.button===2)break e;case"auxclick":case"dblclick":case"mousedown":case"mousemove":case"mouseup":case"mouseout":case"mouseover":case"contextmenu":_=Jo;break;case"drag":case"dragend":case"dragenter":case"dragexit":case"dragleave":case"dragover":case"dragstart":case"drop":_=bh;break;case"touchcancel":case"touchend":case"touchmove":case"touchstart":_=Dh;break;case hr:case gr:case yr:_=Eh;break;case pr:_=qh;break;case"scroll":case"scrollend":_=ph;break;case"wheel":_=Hh;break;case"copy":case"cut":case"paste":_=xh;break;case"gotpointercapture":case"lostpointercapture":case"pointercancel":case"pointerdown":case"pointermove":case"pointerout":case"pointerover":case"pointerup":_=$o;break;case"toggle":case"beforetoggle":_=Bh}var $=(t&4)!==0,Ue=!$&&(e==="scroll"||e==="scrollend"),b=$?x!==null?x+"Capture":null:x;$=[];for(var h=A,E;h!==null;){var N=h;if(E=N.stateNode,N=N.tag,N!==5&&N!==26&&N!==27||E===null||b===null||(N=_l(h,b),N!=null&&$.push(ii(h,N,E))),Ue)break;h=h.return}0<$.length&&(x=new _(x,k,null,n,U),D.push({event:x,listeners:$}))}}if((t&7)===0){e:{if(x=e==="mouseover"||e==="pointerover",_=e==="mouseout"||e==="pointerout",x&&n!==Wu&&(k=n.relatedTarget||n.fromElement)&&(Ua(k)||k[Ra]))break e;if((_||x)&&(x=U.window===U?U:(x=U.ownerDocument)?x.defaultView||x.parentWindow:window,_?(k=n.relatedTarget||n.toElement,_=A,k=k?Ua(k):null,k!==null&&(Ue=C(k),$=k.tag,k!==Ue||$!==5&&$!==27&&$!==6)&&(k=null)):(_=null,k=A),_!==k)){if($=Jo,N="onMouseLeave",b="onMouseEnter",h="mouse",(e==="pointerout"||e==="pointerover")&&($=$o,N="onPointerLeave",b="onPointerEnter",h="pointer"),Ue=_==null?x:Tl(_),E=k==null?x:Tl(k),x=new $(N,h+"leave",_,n,U),x.target=Ue,x.relatedTarget=E,N=null,Ua(U)===A&&($=new $(b,h+"enter",k,n,U),$.target=E,$.relatedTarget=Ue,N=$),Ue=N,_&&k)t:{for($=Vg,b=_,h=k,E=0,N=b;N;N=$(N))E++;N=0;for(var J=h;J;J=$(J))N++;for(;0<E-N;)b=$(b),E--;for(;0<N-E;)h=$(h),N--;for(;E--;){if(b===h||h!==null&&b===h.alternate){$=b;break t}b=$(b),h=$(h)}$=null}else $=null;_!==null&&Yd(D,x,_,$,!1),k!==null&&Ue!==null&&Yd(D,Ue,k,$,!0)}}e:{if(x=A?Tl(A):window,_=x.nodeName&&x.nodeName.toLowerCase(),_==="select"||_==="input"&&x.type==="file")var be=ar;else if(tr(x))if(lr)be=Fh;else{be=Kh;var X=Jh}else _=x.nodeName,!_||_.toLowerCase()!=="input"||x.type!=="checkbox"&&x.type!=="radio"?A&&Fu(A.elementType)&&(be=ar):be=$h;if(be&&(be=be(e,A))){nr(D,be,n,U);break e}X&&X(e,x,A),e==="focusout"&&A&&x.type==="number"&&A.memoizedProps.value!=null&&$u(x,"number",x.value)}switch(X=A?Tl(A):window,e){case"focusin":(tr(X)||X.contentEditable==="true")&&(Ha=X,rs=A,Dl=null);break;case"focusout":Dl=rs=Ha=null;break;case"mousedown":fs=!0;break;case"contextmenu":case"mouseup":case"dragend":fs=!1,dr(D,n,U);break;case"selectionchange":if(Ph)break;case"keydown":case"keyup":dr(D,n,U)}var ae;if(us)e:{switch(e){case"compositionstart":var fe="onCompositionStart";break e;case"compositionend":fe="onCompositionEnd";break e;case"compositionupdate":fe="onCompositionUpdate";break e}fe=void 0}else La?Io(e,n)&&(fe="onCompositionEnd"):e==="keydown"&&n.keyCode===229&&(fe="onCompositionStart");fe&&(Fo&&n.locale!=="ko"&&(La||fe!=="onCompositionStart"?fe==="onCompositionEnd"&&La&&(ae=Qo()):(jn=U,ts="value"in jn?jn.value:jn.textContent,La=!0)),X=vu(A,fe),0<X.length&&(fe=new Ko(fe,e,null,n,U),D.push({event:fe,listeners:X}),ae?fe.data=ae:(ae=er(n),ae!==null&&(fe.data=ae)))),(ae=Gh?kh(e,n):Xh(e,n))&&(fe=vu(A,"onBeforeInput"),0<fe.length&&(X=new Ko("onBeforeInput","beforeinput",null,n,U),D.push({event:X,listeners:fe}),X.data=ae)),Mg(D,e,A,n,U)}Vd(D,t)})}function ii(e,t,n){return{instance:e,listener:t,currentTarget:n}}function vu(e,t){for(var n=t+"Capture",a=[];e!==null;){var l=e,i=l.stateNode;if(l=l.tag,l!==5&&l!==26&&l!==27||i===null||(l=_l(e,n),l!=null&&a.unshift(ii(e,l,i)),l=_l(e,t),l!=null&&a.push(ii(e,l,i))),e.tag===3)return a;e=e.return}return[]}function Vg(e){if(e===null)return null;do e=e.return;while(e&&e.tag!==5&&e.tag!==27);return e||null}function Yd(e,t,n,a,l){for(var i=t._reactName,u=[];n!==null&&n!==a;){var r=n,m=r.alternate,A=r.stateNode;if(r=r.tag,m!==null&&m===a)break;r!==5&&r!==26&&r!==27||A===null||(m=A,l?(A=_l(n,i),A!=null&&u.unshift(ii(n,A,m))):l||(A=_l(n,i),A!=null&&u.push(ii(n,A,m)))),n=n.return}u.length!==0&&e.push({event:t,listeners:u})}var Bg=/\r\n?/g,Yg=/\u0000|\uFFFD/g;function Gd(e){return(typeof e=="string"?e:""+e).replace(Bg,`
`).replace(Yg,"")}function kd(e,t){return t=Gd(t),Gd(e)===t}function Re(e,t,n,a,l,i){switch(n){case"children":typeof a=="string"?t==="body"||t==="textarea"&&a===""||Da(e,a):(typeof a=="number"||typeof a=="bigint")&&t!=="body"&&Da(e,""+a);break;case"className":Ei(e,"class",a);break;case"tabIndex":Ei(e,"tabindex",a);break;case"dir":case"role":case"viewBox":case"width":case"height":Ei(e,n,a);break;case"style":Go(e,a,i);break;case"data":if(t!=="object"){Ei(e,"data",a);break}case"src":case"href":if(a===""&&(t!=="a"||n!=="href")){e.removeAttribute(n);break}if(a==null||typeof a=="function"||typeof a=="symbol"||typeof a=="boolean"){e.removeAttribute(n);break}a=xi(""+a),e.setAttribute(n,a);break;case"action":case"formAction":if(typeof a=="function"){e.setAttribute(n,"javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() manually, consider using form.requestSubmit() instead. If you\\'re trying to use event.stopPropagation() in a submit event handler, consider also calling event.preventDefault().')");break}else typeof i=="function"&&(n==="formAction"?(t!=="input"&&Re(e,t,"name",l.name,l,null),Re(e,t,"formEncType",l.formEncType,l,null),Re(e,t,"formMethod",l.formMethod,l,null),Re(e,t,"formTarget",l.formTarget,l,null)):(Re(e,t,"encType",l.encType,l,null),Re(e,t,"method",l.method,l,null),Re(e,t,"target",l.target,l,null)));if(a==null||typeof a=="symbol"||typeof a=="boolean"){e.removeAttribute(n);break}a=xi(""+a),e.setAttribute(n,a);break;case"onClick":a!=null&&(e.onclick=un);break;case"onScroll":a!=null&&ce("scroll",e);break;case"onScrollEnd":a!=null&&ce("scrollend",e);break;case"dangerouslySetInnerHTML":if(a!=null){if(typeof a!="object"||!("__html"in a))throw Error(o(61));if(n=a.__html,n!=null){if(l.children!=null)throw Error(o(60));e.innerHTML=n}}break;case"multiple":e.multiple=a&&typeof a!="function"&&typeof a!="symbol";break;case"muted":e.muted=a&&typeof a!="function"&&typeof a!="symbol";break;case"suppressContentEditableWarning":case"suppressHydrationWarning":case"defaultValue":case"defaultChecked":case"innerHTML":case"ref":break;case"autoFocus":break;case"xlinkHref":if(a==null||typeof a=="function"||typeof a=="boolean"||typeof a=="symbol"){e.removeAttribute("xlink:href");break}n=xi(""+a),e.setAttributeNS("http://www.w3.org/1999/xlink","xlink:href",n);break;case"contentEditable":case"spellCheck":case"draggable":case"value":case"autoReverse":case"externalResourcesRequired":case"focusable":case"preserveAlpha":a!=null&&typeof a!="function"&&typeof a!="symbol"?e.setAttribute(n,""+a):e.removeAttribute(n);break;case"inert":case"allowFullScreen":case"async":case"autoPlay":case"controls":case"default":case"defer":case"disabled":case"disablePictureInPicture":case"disableRemotePlayback":case"formNoValidate":case"hidden":case"loop":case"noModule":case"noValidate":case"open":case"playsInline":case"readOnly":case"required":case"reversed":case"scoped":case"seamless":case"itemScope":a&&typeof a!="function"&&typeof a!="symbol"?e.setAttribute(n,""):e.removeAttribute(n);break;case"capture":case"download":a===!0?e.setAttribute(n,""):a!==!1&&a!=null&&typeof a!="function"&&typeof a!="symbol"?e.setAttribute(n,a):e.removeAttribute(n);break;case"cols":case"rows":case"size":case"span":a!=null&&typeof a!="function"&&typeof a!="symbol"&&!isNaN(a)&&1<=a?e.setAttribute(n,a):e.removeAttribute(n);break;case"rowSpan":case"start":a==null||typeof a=="function"||typeof a=="symbol"||isNaN(a)?e.removeAttribute(n):e.setAttribute(n,a);break;case"popover":ce("beforetoggle",e),ce("toggle",e),wi(e,"popover",a);break;case"xlinkActuate":ln(e,"http://www.w3.org/1999/xlink","xlink:actuate",a);break;case"xlinkArcrole":ln(e,"http://www.w3.org/1999/xlink","xlink:arcrole",a);break;case"xlinkRole":ln(e,"http://www.w3.org/1999/xlink","xlink:role",a);break;case"xlinkShow":ln(e,"http://www.w3.org/1999/xlink","xlink:show",a);break;case"xlinkTitle":ln(e,"http://www.w3.org/1999/xlink","xlink:title",a);break;case"xlinkType":ln(e,"http://www.w3.org/1999/xlink","xlink:type",a);break;case"xmlBase":ln(e,"http://www.w3.org/XML/1998/namespace","xml:base",a);break;case"xmlLang":ln(e,"http://www.w3.org/XML/1998/namespace","xml:lang",a);break;case"xmlSpace":ln(e,"http://www.w3.org/XML/1998/namespace","xml:space",a);break;case"is":wi(e,"is",a);break;case"innerText":case"textContent":break;default:(!(2<n.length)||n[0]!=="o"&&n[0]!=="O"||n[1]!=="n"&&n[1]!=="N")&&(n=gh.get(n)||n,wi(e,n,a))}}function qc(e,t,n,a,l,i){switch(n){case"style":Go(e,a,i);break;case"dangerouslySetInnerHTML":if(a!=null){if(typeof a!="object"||!("__html"in a))throw Error(o(61));if(n=a.__html,n!=null){if(l.children!=null)throw Error(o(60));e.innerHTML=n}}break;case"children":typeof a=="string"?Da(e,a):(typeof a=="number"||typeof a=="bigint")&&Da(e,""+a);break;case"onScroll":a!=null&&ce("scroll",e);break;case"onScrollEnd":a!=null&&ce("scrollend",e);break;case"onClick":a!=null&&(e.onclick=un);break;case"suppressContentEditableWarning":case"suppressHydrationWarning":case"innerHTML":case"ref":break;case"innerText":case"textContent":break;default:if(!zo.hasOwnProperty(n))e:{if(n[0]==="o"&&n[1]==="n"&&(l=n.endsWith("Capture"),t=n.slice(2,l?n.length-7:void 0),i=e[pt]||null,i=i!=null?i[n]:null,typeof i=="function"&&e.removeEventListener(t,i,l),typeof a=="function")){typeof i!="function"&&i!==null&&(n in e?e[n]=null:e.hasAttribute(n)&&e.removeAttribute(n)),e.addEventListener(t,a,l);break e}n in e?e[n]=a:a===!0?e.setAttribute(n,""):wi(e,n,a)}}}function ct(e,t,n){switch(t){case"div":case"span":case"svg":case"path":case"a":case"g":case"p":case"li":break;case"img":ce("error",e),ce("load",e);var a=!1,l=!1,i;for(i in n)if(n.hasOwnProperty(i)){var u=n[i];if(u!=null)switch(i){case"src":a=!0;break;case"srcSet":l=!0;break;case"children":case"dangerouslySetInnerHTML":throw Error(o(137,t));default:Re(e,t,i,u,n,null)}}l&&Re(e,t,"srcSet",n.srcSet,n,null),a&&Re(e,t,"src",n.src,n,null);return;case"input":ce("invalid",e);var r=i=u=l=null,m=null,A=null;for(a in n)if(n.hasOwnProperty(a)){var U=n[a];if(U!=null)switch(a){case"name":l=U;break;case"type":u=U;break;case"checked":m=U;break;case"defaultChecked":A=U;break;case"value":i=U;break;case"defaultValue":r=U;break;case"children":case"dangerouslySetInnerHTML":if(U!=null)throw Error(o(137,t));break;default:Re(e,t,a,U,n,null)}}Ho(e,i,r,m,A,u,l,!1);return;case"select":ce("invalid",e),a=u=i=null;for(l in n)if(n.hasOwnProperty(l)&&(r=n[l],r!=null))switch(l){case"value":i=r;break;case"defaultValue":u=r;break;case"multiple":a=r;default:Re(e,t,l,r,n,null)}t=i,n=u,e.multiple=!!a,t!=null?za(e,!!a,t,!1):n!=null&&za(e,!!a,n,!0);return;case"textarea":ce("invalid",e),i=l=a=null;for(u in n)if(n.hasOwnProperty(u)&&(r=n[u],r!=null))switch(u){case"value":a=r;break;case"defaultValue":l=r;break;case"children":i=r;break;case"dangerouslySetInnerHTML":if(r!=null)throw Error(o(91));break;default:Re(e,t,u,r,n,null)}Bo(e,a,l,i);return;case"option":for(m in n)n.hasOwnProperty(m)&&(a=n[m],a!=null)&&(m==="selected"?e.selected=a&&typeof a!="function"&&typeof a!="symbol":Re(e,t,m,a,n,null));return;case"dialog":ce("beforetoggle",e),ce("toggle",e),ce("cancel",e),ce("close",e);break;case"iframe":case"object":ce("load",e);break;case"video":case"audio":for(a=0;a<li.length;a++)ce(li[a],e);break;case"image":ce("error",e),ce("load",e);break;case"details":ce("toggle",e);break;case"embed":case"source":case"link":ce("error",e),ce("load",e);case"area":case"base":case"br":case"col":case"hr":case"keygen":case"meta":case"param":case"track":case"wbr":case"menuitem":for(A in n)if(n.hasOwnProperty(A)&&(a=n[A],a!=null))switch(A){case"children":case"dangerouslySetInnerHTML":throw Error(o(137,t));default:Re(e,t,A,a,n,null)}return;default:if(Fu(t)){for(U in n)n.hasOwnProperty(U)&&(a=n[U],a!==void 0&&qc(e,t,U,a,n,void 0));return}}for(r in n)n.hasOwnProperty(r)&&(a=n[r],a!=null&&Re(e,t,r,a,n,null))}function Gg(e,t,n,a){switch(t){case"div":case"span":case"svg":case"path":case"a":case"g":case"p":case"li":break;case"input":var l=null,i=null,u=null,r=null,m=null,A=null,U=null;for(_ in n){var D=n[_];if(n.hasOwnProperty(_)&&D!=null)switch(_){case"checked":break;case"value":break;case"defaultValue":m=D;default:a.hasOwnProperty(_)||Re(e,t,_,null,a,D)}}for(var x in a){var _=a[x];if(D=n[x],a.hasOwnProperty(x)&&(_!=null||D!=null))switch(x){case"type":i=_;break;case"name":l=_;break;case"checked":A=_;break;case"defaultChecked":U=_;break;case"value":u=_;break;case"defaultValue":r=_;break;case"children":case"dangerouslySetInnerHTML":if(_!=null)throw Error(o(137,t));break;default:_!==D&&Re(e,t,x,_,a,D)}}Ku(e,u,r,m,A,U,i,l);return;case"select":_=u=r=x=null;for(i in n)if(m=n[i],n.hasOwnProperty(i)&&m!=null)switch(i){case"value":break;case"multiple":_=m;default:a.hasOwnProperty(i)||Re(e,t,i,null,a,m)}for(l in a)if(i=a[l],m=n[l],a.hasOwnProperty(l)&&(i!=null||m!=null))switch(l){case"value":x=i;break;case"defaultValue":r=i;break;case"multiple":u=i;default:i!==m&&Re(e,t,l,i,a,m)}t=r,n=u,a=_,x!=null?za(e,!!n,x,!1):!!a!=!!n&&(t!=null?za(e,!!n,t,!0):za(e,!!n,n?[]:"",!1));return;case"textarea":_=x=null;for(r in n)if(l=n[r],n.hasOwnProperty(r)&&l!=null&&!a.hasOwnProperty(r))switch(r){case"value":break;case"children":break;default:Re(e,t,r,null,a,l)}for(u in a)if(l=a[u],i=n[u],a.hasOwnProperty(u)&&(l!=null||i!=null))switch(u){case"value":x=l;break;case"defaultValue":_=l;break;case"children":break;case"dangerouslySetInnerHTML":if(l!=null)throw Error(o(91));break;default:l!==i&&Re(e,t,u,l,a,i)}Vo(e,x,_);return;case"option":for(var k in n)x=n[k],n.hasOwnProperty(k)&&x!=null&&!a.hasOwnProperty(k)&&(k==="selected"?e.selected=!1:Re(e,t,k,null,a,x));for(m in a)x=a[m],_=n[m],a.hasOwnProperty(m)&&x!==_&&(x!=null||_!=null)&&(m==="selected"?e.selected=x&&typeof x!="function"&&typeof x!="symbol":Re(e,t,m,x,a,_));return;case"img":case"link":case"area":case"base":case"br":case"col":case"embed":case"hr":case"keygen":case"meta":case"param":case"source":case"track":case"wbr":case"menuitem":for(var $ in n)x=n[$],n.hasOwnProperty($)&&x!=null&&!a.hasOwnProperty($)&&Re(e,t,$,null,a,x);for(A in a)if(x=a[A],_=n[A],a.hasOwnProperty(A)&&x!==_&&(x!=null||_!=null))switch(A){case"children":case"dangerouslySetInnerHTML":if(x!=null)throw Error(o(137,t));break;default:Re(e,t,A,x,a,_)}return;default:if(Fu(t)){for(var Ue in n)x=n[Ue],n.hasOwnProperty(Ue)&&x!==void 0&&!a.hasOwnProperty(Ue)&&qc(e,t,Ue,void 0,a,x);for(U in a)x=a[U],_=n[U],!a.hasOwnProperty(U)||x===_||x===void 0&&_===void 0||qc(e,t,U,x,a,_);return}}for(var b in n)x=n[b],n.hasOwnProperty(b)&&x!=null&&!a.hasOwnProperty(b)&&Re(e,t,b,null,a,x);for(D in a)x=a[D],_=n[D],!a.hasOwnProperty(D)||x===_||x==null&&_==null||Re(e,t,D,x,a,_)}function Xd(e){switch(e){case"css":case"script":case"font":case"img":case"image":case"input":case"link":return!0;default:return!1}}function kg(){if(typeof performance.getEntriesByType=="function"){for(var e=0,t=0,n=performance.getEntriesByType("resource"),a=0;a<n.length;a++){var l=n[a],i=l.transferSize,u=l.initiatorType,r=l.duration;if(i&&r&&Xd(u)){for(u=0,r=l.responseEnd,a+=1;a<n.length;a++){var m=n[a],A=m.startTime;if(A>r)break;var U=m.transferSize,D=m.initiatorType;U&&Xd(D)&&(m=m.responseEnd,u+=U*(m<r?1:(r-A)/(m-A)))}if(--a,t+=8*(i+u)/(l.duration/1e3),e++,10<e)break}}if(0<e)return t/e/1e6}return navigator.connection&&(e=navigator.connection.downlink,typeof e=="number")?e:5}var Lc=null,Hc=null;function bu(e){return e.nodeType===9?e:e.ownerDocument}function Qd(e){switch(e){case"http://www.w3.org/2000/svg":return 1;case"http://www.w3.org/1998/Math/MathML":return 2;default:return 0}}function Zd(e,t){if(e===0)switch(t){case"svg":return 1;case"math":return 2;default:return 0}return e===1&&t==="foreignObject"?0:e}function Vc(e,t){return e==="textarea"||e==="noscript"||typeof t.children=="string"||typeof t.children=="number"||typeof t.children=="bigint"||typeof t.dangerouslySetInnerHTML=="object"&&t.dangerouslySetInnerHTML!==null&&t.dangerouslySetInnerHTML.__html!=null}var Bc=null;function Xg(){var e=window.event;return e&&e.type==="popstate"?e===Bc?!1:(Bc=e,!0):(Bc=null,!1)}var Jd=typeof setTimeout=="function"?setTimeout:void 0,Qg=typeof clearTimeout=="function"?clearTimeout:void 0,Kd=typeof Promise=="function"?Promise:void 0,Zg=typeof queueMicrotask=="function"?queueMicrotask:typeof Kd<"u"?function(e){return Kd.resolve(null).then(e).catch(Jg)}:Jd;function Jg(e){setTimeout(function(){throw e})}function Xn(e){return e==="head"}function $d(e,t){var n=t,a=0;do{var l=n.nextSibling;if(e.removeChild(n),l&&l.nodeType===8)if(n=l.data,n==="/$"||n==="/&"){if(a===0){e.removeChild(l),fl(t);return}a--}else if(n==="$"||n==="$?"||n==="$~"||n==="$!"||n==="&")a++;else if(n==="html")ui(e.ownerDocument.documentElement);else if(n==="head"){n=e.ownerDocument.head,ui(n);for(var i=n.firstChild;i;){var u=i.nextSibling,r=i.nodeName;i[xl]||r==="SCRIPT"||r==="STYLE"||r==="LINK"&&i.rel.toLowerCase()==="stylesheet"||n.removeChild(i),i=u}}else n==="body"&&ui(e.ownerDocument.body);n=l}while(n);fl(t)}function Fd(e,t){var n=e;e=0;do{var a=n.nextSibling;if(n.nodeType===1?t?(n._stashedDisplay=n.style.display,n.style.display="none"):(n.style.display=n._stashedDisplay||"",n.getAttribute("style")===""&&n.removeAttribute("style")):n.nodeType===3&&(t?(n._stashedText=n.nodeValue,n.nodeValue=""):n.nodeValue=n._stashedText||""),a&&a.nodeType===8)if(n=a.data,n==="/$"){if(e===0)break;e--}else n!=="$"&&n!=="$?"&&n!=="$~"&&n!=="$!"||e++;n=a}while(n)}function Yc(e){var t=e.firstChild;for(t&&t.nodeType===10&&(t=t.nextSibling);t;){var n=t;switch(t=t.nextSibling,n.nodeName){case"HTML":case"HEAD":case"BODY":Yc(n),Zu(n);continue;case"SCRIPT":case"STYLE":continue;case"LINK":if(n.rel.toLowerCase()==="stylesheet")continue}e.removeChild(n)}}function Kg(e,t,n,a){for(;e.nodeType===1;){var l=n;if(e.nodeName.toLowerCase()!==t.toLowerCase()){if(!a&&(e.nodeName!=="INPUT"||e.type!=="hidden"))break}else if(a){if(!e[xl])switch(t){case"meta":if(!e.hasAttribute("itemprop"))break;return e;case"link":if(i=e.getAttribute("rel"),i==="stylesheet"&&e.hasAttribute("data-precedence"))break;if(i!==l.rel||e.getAttribute("href")!==(l.href==null||l.href===""?null:l.href)||e.getAttribute("crossorigin")!==(l.crossOrigin==null?null:l.crossOrigin)||e.getAttribute("title")!==(l.title==null?null:l.title))break;return e;case"style":if(e.hasAttribute("data-precedence"))break;return e;case"script":if(i=e.getAttribute("src"),(i!==(l.src==null?null:l.src)||e.getAttribute("type")!==(l.type==null?null:l.type)||e.getAttribute("crossorigin")!==(l.crossOrigin==null?null:l.crossOrigin))&&i&&e.hasAttribute("async")&&!e.hasAttribute("itemprop"))break;return e;default:return e}}else if(t==="input"&&e.type==="hidden"){var i=l.name==null?null:""+l.name;if(l.type==="hidden"&&e.getAttribute("name")===i)return e}else return e;if(e=Zt(e.nextSibling),e===null)break}return null}function $g(e,t,n){if(t==="")return null;for(;e.nodeType!==3;)if((e.nodeType!==1||e.nodeName!=="INPUT"||e.type!=="hidden")&&!n||(e=Zt(e.nextSibling),e===null))return null;return e}function Wd(e,t){for(;e.nodeType!==8;)if((e.nodeType!==1||e.nodeName!=="INPUT"||e.type!=="hidden")&&!t||(e=Zt(e.nextSibling),e===null))return null;return e}function Gc(e){return e.data==="$?"||e.data==="$~"}function kc(e){return e.data==="$!"||e.data==="$?"&&e.ownerDocument.readyState!=="loading"}function Fg(e,t){var n=e.ownerDocument;if(e.data==="$~")e._reactRetry=t;else if(e.data!=="$?"||n.readyState!=="loading")t();else{var a=function(){t(),n.removeEventListener("DOMContentLoaded",a)};n.addEventListener("DOMContentLoaded",a),e._reactRetry=a}}function Zt(e){for(;e!=null;e=e.nextSibling){var t=e.nodeType;if(t===1||t===3)break;if(t===8){if(t=e.data,t==="$"||t==="$!"||t==="$?"||t==="$~"||t==="&"||t==="F!"||t==="F")break;if(t==="/$"||t==="/&")return null}}return e}var Xc=null;function Pd(e){e=e.nextSibling;for(var t=0;e;){if(e.nodeType===8){var n=e.data;if(n==="/$"||n==="/&"){if(t===0)return Zt(e.nextSibling);t--}else n!=="$"&&n!=="$!"&&n!=="$?"&&n!=="$~"&&n!=="&"||t++}e=e.nextSibling}return null}function Id(e){e=e.previousSibling;for(var t=0;e;){if(e.nodeType===8){var n=e.data;if(n==="$"||n==="$!"||n==="$?"||n==="$~"||n==="&"){if(t===0)return e;t--}else n!=="/$"&&n!=="/&"||t++}e=e.previousSibling}return null}function em(e,t,n){switch(t=bu(n),e){case"html":if(e=t.documentElement,!e)throw Error(o(452));return e;case"head":if(e=t.head,!e)throw Error(o(453));return e;case"body":if(e=t.body,!e)throw Error(o(454));return e;default:throw Error(o(451))}}function ui(e){for(var t=e.attributes;t.length;)e.removeAttributeNode(t[0]);Zu(e)}var Jt=new Map,tm=new Set;function Su(e){return typeof e.getRootNode=="function"?e.getRootNode():e.nodeType===9?e:e.ownerDocument}var En=V.d;V.d={f:Wg,r:Pg,D:Ig,C:ey,L:ty,m:ny,X:ly,S:ay,M:iy};function Wg(){var e=En.f(),t=fu();return e||t}function Pg(e){var t=Ca(e);t!==null&&t.tag===5&&t.type==="form"?vf(t):En.r(e)}var cl=typeof document>"u"?null:document;function nm(e,t,n){var a=cl;if(a&&typeof t=="string"&&t){var l=Vt(t);l='link[rel="'+e+'"][href="'+l+'"]',typeof n=="string"&&(l+='[crossorigin="'+n+'"]'),tm.has(l)||(tm.add(l),e={rel:e,crossOrigin:n,href:t},a.querySelector(l)===null&&(t=a.createElement("link"),ct(t,"link",e),tt(t),a.head.appendChild(t)))}}function Ig(e){En.D(e),nm("dns-prefetch",e,null)}function ey(e,t){En.C(e,t),nm("preconnect",e,t)}function ty(e,t,n){En.L(e,t,n);var a=cl;if(a&&e&&t){var l='link[rel="preload"][as="'+Vt(t)+'"]';t==="image"&&n&&n.imageSrcSet?(l+='[imagesrcset="'+Vt(n.imageSrcSet)+'"]',typeof n.imageSizes=="string"&&(l+='[imagesizes="'+Vt(n.imageSizes)+'"]')):l+='[href="'+Vt(e)+'"]';var i=l;switch(t){case"style":i=ol(e);break;case"script":i=rl(e)}Jt.has(i)||(e=H({rel:"preload",href:t==="image"&&n&&n.imageSrcSet?void 0:e,as:t},n),Jt.set(i,e),a.querySelector(l)!==null||t==="style"&&a.querySelector(si(i))||t==="script"&&a.querySelector(ci(i))||(t=a.createElement("link"),ct(t,"link",e),tt(t),a.head.appendChild(t)))}}function ny(e,t){En.m(e,t);var n=cl;if(n&&e){var a=t&&typeof t.as=="string"?t.as:"script",l='link[rel="modulepreload"][as="'+Vt(a)+'"][href="'+Vt(e)+'"]',i=l;switch(a){case"audioworklet":case"paintworklet":case"serviceworker":case"sharedworker":case"worker":case"script":i=rl(e)}if(!Jt.has(i)&&(e=H({rel:"modulepreload",href:e},t),Jt.set(i,e),n.querySelector(l)===null)){switch(a){case"audioworklet":case"paintworklet":case"serviceworker":case"sharedworker":case"worker":case"script":if(n.querySelector(ci(i)))return}a=n.createElement("link"),ct(a,"link",e),tt(a),n.head.appendChild(a)}}}function ay(e,t,n){En.S(e,t,n);var a=cl;if(a&&e){var l=Oa(a).hoistableStyles,i=ol(e);t=t||"default";var u=l.get(i);if(!u){var r={loading:0,preload:null};if(u=a.querySelector(si(i)))r.loading=5;else{e=H({rel:"stylesheet",href:e,"data-precedence":t},n),(n=Jt.get(i))&&Qc(e,n);var m=u=a.createElement("link");tt(m),ct(m,"link",e),m._p=new Promise(function(A,U){m.onload=A,m.onerror=U}),m.addEventListener("load",function(){r.loading|=1}),m.addEventListener("error",function(){r.loading|=2}),r.loading|=4,wu(u,t,a)}u={type:"stylesheet",instance:u,count:1,state:r},l.set(i,u)}}}function ly(e,t){En.X(e,t);var n=cl;if(n&&e){var a=Oa(n).hoistableScripts,l=rl(e),i=a.get(l);i||(i=n.querySelector(ci(l)),i||(e=H({src:e,async:!0},t),(t=Jt.get(l))&&Zc(e,t),i=n.createElement("script"),tt(i),ct(i,"link",e),n.head.appendChild(i)),i={type:"script",instance:i,count:1,state:null},a.set(l,i))}}function iy(e,t){En.M(e,t);var n=cl;if(n&&e){var a=Oa(n).hoistableScripts,l=rl(e),i=a.get(l);i||(i=n.querySelector(ci(l)),i||(e=H({src:e,async:!0,type:"module"},t),(t=Jt.get(l))&&Zc(e,t),i=n.createElement("script"),tt(i),ct(i,"link",e),n.head.appendChild(i)),i={type:"script",instance:i,count:1,state:null},a.set(l,i))}}function am(e,t,n,a){var l=(l=ee.current)?Su(l):null;if(!l)throw Error(o(446));switch(e){case"meta":case"title":return null;case"style":return typeof n.precedence=="string"&&typeof n.href=="string"?(t=ol(n.href),n=Oa(l).hoistableStyles,a=n.get(t),a||(a={type:"style",instance:null,count:0,state:null},n.set(t,a)),a):{type:"void",instance:null,count:0,state:null};case"link":if(n.rel==="stylesheet"&&typeof n.href=="string"&&typeof n.precedence=="string"){e=ol(n.href);var i=Oa(l).hoistableStyles,u=i.get(e);if(u||(l=l.ownerDocument||l,u={type:"stylesheet",instance:null,count:0,state:{loading:0,preload:null}},i.set(e,u),(i=l.querySelector(si(e)))&&!i._p&&(u.instance=i,u.state.loading=5),Jt.has(e)||(n={rel:"preload",as:"style",href:n.href,crossOrigin:n.crossOrigin,integrity:n.integrity,media:n.media,hrefLang:n.hrefLang,referrerPolicy:n.referrerPolicy},Jt.set(e,n),i||uy(l,e,n,u.state))),t&&a===null)throw Error(o(528,""));return u}if(t&&a!==null)throw Error(o(529,""));return null;case"script":return t=n.async,n=n.src,typeof n=="string"&&t&&typeof t!="function"&&typeof t!="symbol"?(t=rl(n),n=Oa(l).hoistableScripts,a=n.get(t),a||(a={type:"script",instance:null,count:0,state:null},n.set(t,a)),a):{type:"void",instance:null,count:0,state:null};default:throw Error(o(444,e))}}function ol(e){return'href="'+Vt(e)+'"'}function si(e){return'link[rel="stylesheet"]['+e+"]"}function lm(e){return H({},e,{"data-precedence":e.precedence,precedence:null})}function uy(e,t,n,a){e.querySelector('link[rel="preload"][as="style"]['+t+"]")?a.loading=1:(t=e.createElement("link"),a.preload=t,t.addEventListener("load",function(){return a.loading|=1}),t.addEventListener("error",function(){return a.loading|=2}),ct(t,"link",n),tt(t),e.head.appendChild(t))}function rl(e){return'[src="'+Vt(e)+'"]'}function ci(e){return"script[async]"+e}function im(e,t,n){if(t.count++,t.instance===null)switch(t.type){case"style":var a=e.querySelector('style[data-href~="'+Vt(n.href)+'"]');if(a)return t.instance=a,tt(a),a;var l=H({},n,{"data-href":n.href,"data-precedence":n.precedence,href:null,precedence:null});return a=(e.ownerDocument||e).createElement("style"),tt(a),ct(a,"style",l),wu(a,n.precedence,e),t.instance=a;case"stylesheet":l=ol(n.href);var i=e.querySelector(si(l));if(i)return t.state.loading|=4,t.instance=i,tt(i),i;a=lm(n),(l=Jt.get(l))&&Qc(a,l),i=(e.ownerDocument||e).createElement("link"),tt(i);var u=i;return u._p=new Promise(function(r,m){u.onload=r,u.onerror=m}),ct(i,"link",a),t.state.loading|=4,wu(i,n.precedence,e),t.instance=i;case"script":return i=rl(n.src),(l=e.querySelector(ci(i)))?(t.instance=l,tt(l),l):(a=n,(l=Jt.get(i))&&(a=H({},n),Zc(a,l)),e=e.ownerDocument||e,l=e.createElement("script"),tt(l),ct(l,"link",a),e.head.appendChild(l),t.instance=l);case"void":return null;default:throw Error(o(443,t.type))}else t.type==="stylesheet"&&(t.state.loading&4)===0&&(a=t.instance,t.state.loading|=4,wu(a,n.precedence,e));return t.instance}function wu(e,t,n){for(var a=n.querySelectorAll('link[rel="stylesheet"][data-precedence],style[data-precedence]'),l=a.length?a[a.length-1]:null,i=l,u=0;u<a.length;u++){var r=a[u];if(r.dataset.precedence===t)i=r;else if(i!==l)break}i?i.parentNode.insertBefore(e,i.nextSibling):(t=n.nodeType===9?n.head:n,t.insertBefore(e,t.firstChild))}function Qc(e,t){e.crossOrigin==null&&(e.crossOrigin=t.crossOrigin),e.referrerPolicy==null&&(e.referrerPolicy=t.referrerPolicy),e.title==null&&(e.title=t.title)}function Zc(e,t){e.crossOrigin==null&&(e.crossOrigin=t.crossOrigin),e.referrerPolicy==null&&(e.referrerPolicy=t.referrerPolicy),e.integrity==null&&(e.integrity=t.integrity)}var Eu=null;function um(e,t,n){if(Eu===null){var a=new Map,l=Eu=new Map;l.set(n,a)}else l=Eu,a=l.get(n),a||(a=new Map,l.set(n,a));if(a.has(e))return a;for(a.set(e,null),n=n.getElementsByTagName(e),l=0;l<n.length;l++){var i=n[l];if(!(i[xl]||i[lt]||e==="link"&&i.getAttribute("rel")==="stylesheet")&&i.namespaceURI!=="http://www.w3.org/2000/svg"){var u=i.getAttribute(t)||"";u=e+u;var r=a.get(u);r?r.push(i):a.set(u,[i])}}return a}function sm(e,t,n){e=e.ownerDocument||e,e.head.insertBefore(n,t==="title"?e.querySelector("head > title"):null)}function sy(e,t,n){if(n===1||t.itemProp!=null)return!1;switch(e){case"meta":case"title":return!0;case"style":if(typeof t.precedence!="string"||typeof t.href!="string"||t.href==="")break;return!0;case"link":if(typeof t.rel!="string"||typeof t.href!="string"||t.href===""||t.onLoad||t.onError)break;return t.rel==="stylesheet"?(e=t.disabled,typeof t.precedence=="string"&&e==null):!0;case"script":if(t.async&&typeof t.async!="function"&&typeof t.async!="symbol"&&!t.onLoad&&!t.onError&&t.src&&typeof t.src=="string")return!0}return!1}function cm(e){return!(e.type==="stylesheet"&&(e.state.loading&3)===0)}function cy(e,t,n,a){if(n.type==="stylesheet"&&(typeof a.media!="string"||matchMedia(a.media).matches!==!1)&&(n.state.loading&4)===0){if(n.instance===null){var l=ol(a.href),i=t.querySelector(si(l));if(i){t=i._p,t!==null&&typeof t=="object"&&typeof t.then=="function"&&(e.count++,e=Au.bind(e),t.then(e,e)),n.state.loading|=4,n.instance=i,tt(i);return}i=t.ownerDocument||t,a=lm(a),(l=Jt.get(l))&&Qc(a,l),i=i.createElement("link"),tt(i);var u=i;u._p=new Promise(function(r,m){u.onload=r,u.onerror=m}),ct(i,"link",a),n.instance=i}e.stylesheets===null&&(e.stylesheets=new Map),e.stylesheets.set(n,t),(t=n.state.preload)&&(n.state.loading&3)===0&&(e.count++,n=Au.bind(e),t.addEventListener("load",n),t.addEventListener("error",n))}}var Jc=0;function oy(e,t){return e.stylesheets&&e.count===0&&Tu(e,e.stylesheets),0<e.count||0<e.imgCount?function(n){var a=setTimeout(function(){if(e.stylesheets&&Tu(e,e.stylesheets),e.unsuspend){var i=e.unsuspend;e.unsuspend=null,i()}},6e4+t);0<e.imgBytes&&Jc===0&&(Jc=62500*kg());var l=setTimeout(function(){if(e.waitingForImages=!1,e.count===0&&(e.stylesheets&&Tu(e,e.stylesheets),e.unsuspend)){var i=e.unsuspend;e.unsuspend=null,i()}},(e.imgBytes>Jc?50:800)+t);return e.unsuspend=n,function(){e.unsuspend=null,clearTimeout(a),clearTimeout(l)}}:null}function Au(){if(this.count--,this.count===0&&(this.imgCount===0||!this.waitingForImages)){if(this.stylesheets)Tu(this,this.stylesheets);else if(this.unsuspend){var e=this.unsuspend;this.unsuspend=null,e()}}}var xu=null;function Tu(e,t){e.stylesheets=null,e.unsuspend!==null&&(e.count++,xu=new Map,t.forEach(ry,e),xu=null,Au.call(e))}function ry(e,t){if(!(t.state.loading&4)){var n=xu.get(e);if(n)var a=n.get(null);else{n=new Map,xu.set(e,n);for(var l=e.querySelectorAll("link[data-precedence],style[data-precedence]"),i=0;i<l.length;i++){var u=l[i];(u.nodeName==="LINK"||u.getAttribute("media")!=="not all")&&(n.set(u.dataset.precedence,u),a=u)}a&&n.set(null,a)}l=t.instance,u=l.getAttribute("data-precedence"),i=n.get(u)||a,i===a&&n.set(null,l),n.set(u,l),this.count++,a=Au.bind(this),l.addEventListener("load",a),l.addEventListener("error",a),i?i.parentNode.insertBefore(l,i.nextSibling):(e=e.nodeType===9?e.head:e,e.insertBefore(l,e.firstChild)),t.state.loading|=4}}var oi={$$typeof:Q,Provider:null,Consumer:null,_currentValue:K,_currentValue2:K,_threadCount:0};function fy(e,t,n,a,l,i,u,r,m){this.tag=1,this.containerInfo=e,this.pingCache=this.current=this.pendingChildren=null,this.timeoutHandle=-1,this.callbackNode=this.next=this.pendingContext=this.context=this.cancelPendingCommit=null,this.callbackPriority=0,this.expirationTimes=Gu(-1),this.entangledLanes=this.shellSuspendCounter=this.errorRecoveryDisabledLanes=this.expiredLanes=this.warmLanes=this.pingedLanes=this.suspendedLanes=this.pendingLanes=0,this.entanglements=Gu(0),this.hiddenUpdates=Gu(null),this.identifierPrefix=a,this.onUncaughtError=l,this.onCaughtError=i,this.onRecoverableError=u,this.pooledCache=null,this.pooledCacheLanes=0,this.formState=m,this.incompleteTransitions=new Map}function om(e,t,n,a,l,i,u,r,m,A,U,D){return e=new fy(e,t,n,u,m,A,U,D,r),t=1,i===!0&&(t|=24),i=Ut(3,null,null,t),e.current=i,i.stateNode=e,t=_s(),t.refCount++,e.pooledCache=t,t.refCount++,i.memoizedState={element:a,isDehydrated:n,cache:t},Cs(i),e}function rm(e){return e?(e=Ya,e):Ya}function fm(e,t,n,a,l,i){l=rm(l),a.context===null?a.context=l:a.pendingContext=l,a=zn(t),a.payload={element:n},i=i===void 0?null:i,i!==null&&(a.callback=i),n=Dn(e,a,t),n!==null&&(At(n,e,t),Yl(n,e,t))}function dm(e,t){if(e=e.memoizedState,e!==null&&e.dehydrated!==null){var n=e.retryLane;e.retryLane=n!==0&&n<t?n:t}}function Kc(e,t){dm(e,t),(e=e.alternate)&&dm(e,t)}function mm(e){if(e.tag===13||e.tag===31){var t=sa(e,67108864);t!==null&&At(t,e,67108864),Kc(e,67108864)}}function hm(e){if(e.tag===13||e.tag===31){var t=Dt();t=ku(t);var n=sa(e,t);n!==null&&At(n,e,t),Kc(e,t)}}var _u=!0;function dy(e,t,n,a){var l=R.T;R.T=null;var i=V.p;try{V.p=2,$c(e,t,n,a)}finally{V.p=i,R.T=l}}function my(e,t,n,a){var l=R.T;R.T=null;var i=V.p;try{V.p=8,$c(e,t,n,a)}finally{V.p=i,R.T=l}}function $c(e,t,n,a){if(_u){var l=Fc(a);if(l===null)Mc(e,t,a,ju,n),ym(e,a);else if(gy(l,e,t,n,a))a.stopPropagation();else if(ym(e,a),t&4&&-1<hy.indexOf(e)){for(;l!==null;){var i=Ca(l);if(i!==null)switch(i.tag){case 3:if(i=i.stateNode,i.current.memoizedState.isDehydrated){var u=na(i.pendingLanes);if(u!==0){var r=i;for(r.pendingLanes|=2,r.entangledLanes|=2;u;){var m=1<<31-Le(u);r.entanglements[1]|=m,u&=~m}nn(i),(Ee&6)===0&&(ou=Fe()+500,ai(0))}}break;case 31:case 13:r=sa(i,2),r!==null&&At(r,i,2),fu(),Kc(i,2)}if(i=Fc(a),i===null&&Mc(e,t,a,ju,n),i===l)break;l=i}l!==null&&a.stopPropagation()}else Mc(e,t,a,null,n)}}function Fc(e){return e=Pu(e),Wc(e)}var ju=null;function Wc(e){if(ju=null,e=Ua(e),e!==null){var t=C(e);if(t===null)e=null;else{var n=t.tag;if(n===13){if(e=T(t),e!==null)return e;e=null}else if(n===31){if(e=q(t),e!==null)return e;e=null}else if(n===3){if(t.stateNode.current.memoizedState.isDehydrated)return t.tag===3?t.stateNode.containerInfo:null;e=null}else t!==e&&(e=null)}}return ju=e,null}function gm(e){switch(e){case"beforetoggle":case"cancel":case"click":case"close":case"contextmenu":case"copy":case"cut":case"auxclick":case"dblclick":case"dragend":case"dragstart":case"drop":case"focusin":case"focusout":case"input":case"invalid":case"keydown":case"keypress":case"keyup":case"mousedown":case"mouseup":case"paste":case"pause":case"play":case"pointercancel":case"pointerdown":case"pointerup":case"ratechange":case"reset":case"resize":case"seeked":case"submit":case"toggle":case"touchcancel":case"touchend":case"touchstart":case"volumechange":case"change":case"selectionchange":case"textInput":case"compositionstart":case"compositionend":case"compositionupdate":case"beforeblur":case"afterblur":case"beforeinput":case"blur":case"fullscreenchange":case"focus":case"hashchange":case"popstate":case"select":case"selectstart":return 2;case"drag":case"dragenter":case"dragexit":case"dragleave":case"dragover":case"mousemove":case"mouseout":case"mouseover":case"pointermove":case"pointerout":case"pointerover":case"scroll":case"touchmove":case"wheel":case"mouseenter":case"mouseleave":case"pointerenter":case"pointerleave":return 8;case"message":switch(Yu()){case Sl:return 2;case wl:return 8;case ot:case xn:return 32;case ea:return 268435456;default:return 32}default:return 32}}var Pc=!1,Qn=null,Zn=null,Jn=null,ri=new Map,fi=new Map,Kn=[],hy="mousedown mouseup touchcancel touchend touchstart auxclick dblclick pointercancel pointerdown pointerup dragend dragstart drop compositionend compositionstart keydown keypress keyup input textInput copy cut paste click change contextmenu reset".split(" ");function ym(e,t){switch(e){case"focusin":case"focusout":Qn=null;break;case"dragenter":case"dragleave":Zn=null;break;case"mouseover":case"mouseout":Jn=null;break;case"pointerover":case"pointerout":ri.delete(t.pointerId);break;case"gotpointercapture":case"lostpointercapture":fi.delete(t.pointerId)}}function di(e,t,n,a,l,i){return e===null||e.nativeEvent!==i?(e={blockedOn:t,domEventName:n,eventSystemFlags:a,nativeEvent:i,targetContainers:[l]},t!==null&&(t=Ca(t),t!==null&&mm(t)),e):(e.eventSystemFlags|=a,t=e.targetContainers,l!==null&&t.indexOf(l)===-1&&t.push(l),e)}function gy(e,t,n,a,l){switch(t){case"focusin":return Qn=di(Qn,e,t,n,a,l),!0;case"dragenter":return Zn=di(Zn,e,t,n,a,l),!0;case"mouseover":return Jn=di(Jn,e,t,n,a,l),!0;case"pointerover":var i=l.pointerId;return ri.set(i,di(ri.get(i)||null,e,t,n,a,l)),!0;case"gotpointercapture":return i=l.pointerId,fi.set(i,di(fi.get(i)||null,e,t,n,a,l)),!0}return!1}function pm(e){var t=Ua(e.target);if(t!==null){var n=C(t);if(n!==null){if(t=n.tag,t===13){if(t=T(n),t!==null){e.blockedOn=t,Co(e.priority,function(){hm(n)});return}}else if(t===31){if(t=q(n),t!==null){e.blockedOn=t,Co(e.priority,function(){hm(n)});return}}else if(t===3&&n.stateNode.current.memoizedState.isDehydrated){e.blockedOn=n.tag===3?n.stateNode.containerInfo:null;return}}}e.blockedOn=null}function Ru(e){if(e.blockedOn!==null)return!1;for(var t=e.targetContainers;0<t.length;){var n=Fc(e.nativeEvent);if(n===null){n=e.nativeEvent;var a=new n.constructor(n.type,n);Wu=a,n.target.dispatchEvent(a),Wu=null}else return t=Ca(n),t!==null&&mm(t),e.blockedOn=n,!1;t.shift()}return!0}function vm(e,t,n){Ru(e)&&n.delete(t)}function yy(){Pc=!1,Qn!==null&&Ru(Qn)&&(Qn=null),Zn!==null&&Ru(Zn)&&(Zn=null),Jn!==null&&Ru(Jn)&&(Jn=null),ri.forEach(vm),fi.forEach(vm)}function Uu(e,t){e.blockedOn===t&&(e.blockedOn=null,Pc||(Pc=!0,c.unstable_scheduleCallback(c.unstable_NormalPriority,yy)))}var Cu=null;function bm(e){Cu!==e&&(Cu=e,c.unstable_scheduleCallback(c.unstable_NormalPriority,function(){Cu===e&&(Cu=null);for(var t=0;t<e.length;t+=3){var n=e[t],a=e[t+1],l=e[t+2];if(typeof a!="function"){if(Wc(a||n)===null)continue;break}var i=Ca(n);i!==null&&(e.splice(t,3),t-=3,Fs(i,{pending:!0,data:l,method:n.method,action:a},a,l))}}))}function fl(e){function t(m){return Uu(m,e)}Qn!==null&&Uu(Qn,e),Zn!==null&&Uu(Zn,e),Jn!==null&&Uu(Jn,e),ri.forEach(t),fi.forEach(t);for(var n=0;n<Kn.length;n++){var a=Kn[n];a.blockedOn===e&&(a.blockedOn=null)}for(;0<Kn.length&&(n=Kn[0],n.blockedOn===null);)pm(n),n.blockedOn===null&&Kn.shift();if(n=(e.ownerDocument||e).$$reactFormReplay,n!=null)for(a=0;a<n.length;a+=3){var l=n[a],i=n[a+1],u=l[pt]||null;if(typeof i=="function")u||bm(n);else if(u){var r=null;if(i&&i.hasAttribute("formAction")){if(l=i,u=i[pt]||null)r=u.formAction;else if(Wc(l)!==null)continue}else r=u.action;typeof r=="function"?n[a+1]=r:(n.splice(a,3),a-=3),bm(n)}}}function Sm(){function e(i){i.canIntercept&&i.info==="react-transition"&&i.intercept({handler:function(){return new Promise(function(u){return l=u})},focusReset:"manual",scroll:"manual"})}function t(){l!==null&&(l(),l=null),a||setTimeout(n,20)}function n(){if(!a&&!navigation.transition){var i=navigation.currentEntry;i&&i.url!=null&&navigation.navigate(i.url,{state:i.getState(),info:"react-transition",history:"replace"})}}if(typeof navigation=="object"){var a=!1,l=null;return navigation.addEventListener("navigate",e),navigation.addEventListener("navigatesuccess",t),navigation.addEventListener("navigateerror",t),setTimeout(n,100),function(){a=!0,navigation.removeEventListener("navigate",e),navigation.removeEventListener("navigatesuccess",t),navigation.removeEventListener("navigateerror",t),l!==null&&(l(),l=null)}}}function Ic(e){this._internalRoot=e}Ou.prototype.render=Ic.prototype.render=function(e){var t=this._internalRoot;if(t===null)throw Error(o(409));var n=t.current,a=Dt();fm(n,a,e,t,null,null)},Ou.prototype.unmount=Ic.prototype.unmount=function(){var e=this._internalRoot;if(e!==null){this._internalRoot=null;var t=e.containerInfo;fm(e.current,2,null,e,null,null),fu(),t[Ra]=null}};function Ou(e){this._internalRoot=e}Ou.prototype.unstable_scheduleHydration=function(e){if(e){var t=Uo();e={blockedOn:null,target:e,priority:t};for(var n=0;n<Kn.length&&t!==0&&t<Kn[n].priority;n++);Kn.splice(n,0,e),n===0&&pm(e)}};var wm=d.version;if(wm!=="19.2.9")throw Error(o(527,wm,"19.2.9"));V.findDOMNode=function(e){var t=e._reactInternals;if(t===void 0)throw typeof e.render=="function"?Error(o(188)):(e=Object.keys(e).join(","),Error(o(268,e)));return e=y(t),e=e!==null?L(e):null,e=e===null?null:e.stateNode,e};var py={bundleType:0,version:"19.2.9",rendererPackageName:"react-dom",currentDispatcherRef:R,reconcilerVersion:"19.2.9"};if(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__<"u"){var Nu=__REACT_DEVTOOLS_GLOBAL_HOOK__;if(!Nu.isDisabled&&Nu.supportsFiber)try{F=Nu.inject(py),ie=Nu}catch{}}return hi.createRoot=function(e,t){if(!p(e))throw Error(o(299));var n=!1,a="",l=Rf,i=Uf,u=Cf;return t!=null&&(t.unstable_strictMode===!0&&(n=!0),t.identifierPrefix!==void 0&&(a=t.identifierPrefix),t.onUncaughtError!==void 0&&(l=t.onUncaughtError),t.onCaughtError!==void 0&&(i=t.onCaughtError),t.onRecoverableError!==void 0&&(u=t.onRecoverableError)),t=om(e,1,!1,null,null,n,a,null,l,i,u,Sm),e[Ra]=t.current,Dc(e),new Ic(t)},hi.hydrateRoot=function(e,t,n){if(!p(e))throw Error(o(299));var a=!1,l="",i=Rf,u=Uf,r=Cf,m=null;return n!=null&&(n.unstable_strictMode===!0&&(a=!0),n.identifierPrefix!==void 0&&(l=n.identifierPrefix),n.onUncaughtError!==void 0&&(i=n.onUncaughtError),n.onCaughtError!==void 0&&(u=n.onCaughtError),n.onRecoverableError!==void 0&&(r=n.onRecoverableError),n.formState!==void 0&&(m=n.formState)),t=om(e,1,!0,t,n??null,a,l,m,i,u,r,Sm),t.context=rm(null),n=t.current,a=Dt(),a=ku(a),l=zn(a),l.callback=null,Dn(n,l,a),n=a,t.current.lanes=n,Al(t,n),nn(t),e[Ra]=t.current,Dc(e),new Ou(t)},hi.version="19.2.9",hi}var Om;function jy(){if(Om)return no.exports;Om=1;function c(){if(!(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__>"u"||typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE!="function"))try{__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(c)}catch(d){console.error(d)}}return c(),no.exports=_y(),no.exports}var Ry=jy();const Uy="/graphql",oo="accounts:signed-out",Mm="PAYLOAD_TOO_LARGE";class Fn extends Error{constructor(d,f){super(d),this.code=f}code}async function oe(c,...[d,f]){const o={};f?.session&&(o["Accounts-Session"]="cookie");const p={query:c.toString(),variables:d??{}};let C;const T=Object.entries(f?.files??{});if(T.length>0){const y=new FormData;y.append("operations",JSON.stringify(p)),y.append("map",JSON.stringify(Object.fromEntries(T.map(([L],H)=>[String(H),[`variables.${L}`]])))),T.forEach(([,L],H)=>y.append(String(H),L,L.name)),o["Apollo-Require-Preflight"]="true",C=y}else o["Content-Type"]="application/json",C=JSON.stringify(p);let q;try{q=await fetch(Uy,{method:"POST",headers:o,body:C,credentials:"same-origin"})}catch{throw new Fn("The service cannot be reached. Check your connection and try again.")}if(q.status===413)throw new Fn("The file is too large.",Mm);let O;try{O=await q.json()}catch{throw new Fn(`The service answered ${q.status} ${q.statusText}.`)}if(O.errors?.length){const y=O.errors[0];throw y.extensions?.code==="UNAUTHENTICATED"&&window.dispatchEvent(new Event(oo)),new Fn(y.message,y.extensions?.code)}if(!O.data)throw new Fn("The service answered no data.");return O.data}const qm="accounts.deviceToken";function ml(){try{return localStorage.getItem(qm)}catch{return null}}function go(c){try{c&&localStorage.setItem(qm,c)}catch{}}function Cy(){const c={productName:"Accounts",logoUrl:null,passkeyOrigins:[window.location.origin]},d=document.querySelector('meta[name="accounts-config"]')?.getAttribute("content");if(!d)return c;try{const f=JSON.parse(d);return{productName:typeof f.productName=="string"&&f.productName?f.productName:c.productName,logoUrl:typeof f.logoUrl=="string"?f.logoUrl:null,passkeyOrigins:Array.isArray(f.passkeyOrigins)?f.passkeyOrigins.filter(o=>typeof o=="string"):[]}}catch{return c}}const Aa=Cy();class me extends String{__apiType;value;__meta__;constructor(d,f){super(d),this.value=d,this.__meta__=f}toString(){return this.value}}const Oy=new me(`
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
    `,{fragmentName:"UserFields"}),Ny=new me(`
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
}`,{fragmentName:"LoginOutcome"}),zy=new me(`
    fragment StepUpFields on ReauthenticationRequired {
  message
  methods
  passwordRequired
}
    `,{fragmentName:"StepUpFields"}),Dy=new me(`
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
}`,{fragmentName:"UpdateOutcome"}),My=new me(`
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
}`,{fragmentName:"RecoveryCodesOutcome"}),qy=new me(`
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
}`),Ly=new me(`
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
}`),Hy=new me(`
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
}`),Vy=new me(`
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
}`),By=new me(`
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
    `),Yy=new me(`
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
}`),Gy=new me(`
    mutation Logout {
  logout {
    ... on LogoutSuccess {
      revokedSessions
    }
  }
}
    `),ky=new me(`
    mutation LogoutAll {
  logoutAll {
    ... on LogoutSuccess {
      revokedSessions
    }
  }
}
    `),Xy=new me(`
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
    `),Qy=new me(`
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
    `),Zy=new me(`
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
    `),Jy=new me(`
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
}`),Ky=new me(`
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
}`),$y=new me(`
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
}`),Fy=new me(`
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
}`),Wy=new me(`
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
}`),Py=new me(`
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
}`),Iy=new me(`
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
    `),ep=new me(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id) {
    ... on LogoutSuccess {
      revokedSessions
    }
  }
}
    `),tp=new me(`
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
    `),np=new me(`
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
}`),ap=new me(`
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
}`),lp=new me(`
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
}`),ip=new me(`
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
}`),up=new me(`
    query Passkeys {
  passkeys {
    id
    name
    createdAt
    lastUsedAt
  }
}
    `),sp=new me(`
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
}`),cp=new me(`
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
}`),op=new me(`
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
}`),rp=new me(`
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
    `),fp=new me(`
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
}`),dp={"\n  fragment UserFields on User {\n    id\n    email\n    username\n    firstName\n    lastName\n    bio\n    contact\n    imageUrl\n    status\n    emailVerified\n    pendingEmail\n    twoFactorEnabled\n    hasPassword\n    dateJoined\n    lastLogin\n  }\n":Oy,"\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n":qy,"\n  fragment StepUpFields on ReauthenticationRequired {\n    message\n    methods\n    passwordRequired\n  }\n":zy,"\n  mutation RegisterUser($input: RegisterUserInput!) {\n    registerUser(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        deviceToken\n        user {\n          ...UserFields\n        }\n      }\n      ... on VerificationRequired {\n        email\n        handle\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on UserAlreadyExists {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Ly,"\n  fragment LoginOutcome on LoginResult {\n    __typename\n    ... on AuthSuccess {\n      deviceToken\n      user {\n        ...UserFields\n      }\n    }\n    ... on TwoFactorRequired {\n      challenge\n      methods\n      challengeExpiresAt: expiresAt\n    }\n    ... on InvalidCredentials {\n      message\n    }\n    ... on AccountSuspended {\n      message\n    }\n    ... on EmailNotVerified {\n      message\n      handle\n    }\n    ... on RateLimited {\n      message\n      retryAfterSeconds\n    }\n  }\n":Ny,"\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":Hy,"\n  mutation CompleteLogin($input: CompleteLoginInput!) {\n    completeLogin(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":Vy,"\n  mutation BeginPasskeyLogin($input: BeginPasskeyLoginInput!) {\n    beginPasskeyLogin(input: $input) {\n      __typename\n      ... on PasskeyOptions {\n        challengeId\n        optionsJson\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":By,"\n  mutation FinishPasskeyLogin($input: FinishPasskeyLoginInput!) {\n    finishPasskeyLogin(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":Yy,"\n  mutation Logout {\n    logout {\n      ... on LogoutSuccess {\n        revokedSessions\n      }\n    }\n  }\n":Gy,"\n  mutation LogoutAll {\n    logoutAll {\n      ... on LogoutSuccess {\n        revokedSessions\n      }\n    }\n  }\n":ky,"\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      __typename\n      ... on EmailVerified {\n        email\n        hasPassword\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Xy,"\n  mutation RequestEmailVerification {\n    requestEmailVerification {\n      __typename\n      ... on CodeSent {\n        message\n        expiresInSeconds\n        handle\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Qy,"\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      __typename\n      ... on CodeSent {\n        message\n        expiresInSeconds\n        handle\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Zy,"\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        deviceToken\n        user {\n          ...UserFields\n        }\n      }\n      ... on TwoFactorRequired {\n        challenge\n        methods\n        challengeExpiresAt: expiresAt\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Jy,"\n  fragment UpdateOutcome on UpdateUserResult {\n    __typename\n    ... on UpdateUserSuccess {\n      user {\n        ...UserFields\n      }\n    }\n    ... on ValidationError {\n      message\n      fields {\n        field\n        code\n        message\n      }\n    }\n    ... on UserAlreadyExists {\n      message\n      fields {\n        field\n        code\n        message\n      }\n    }\n    ... on InvalidCredentials {\n      message\n    }\n    ... on InvalidCode {\n      message\n    }\n    ... on RateLimited {\n      message\n      retryAfterSeconds\n    }\n    ...StepUpFields\n  }\n":Dy,"\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UpdateOutcome\n    }\n  }\n":Ky,"\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      ...UpdateOutcome\n    }\n  }\n":$y,"\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        user {\n          id\n        }\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ...StepUpFields\n    }\n  }\n":Fy,"\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        user {\n          ...UserFields\n        }\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ...StepUpFields\n    }\n  }\n":Wy,"\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      __typename\n      ... on AccountDeleted {\n        message\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ...StepUpFields\n    }\n  }\n":Py,"\n  query Sessions {\n    sessions {\n      id\n      current\n      createdAt\n      lastUsedAt\n      expiresAt\n      userAgent\n      ipAddress\n      methods\n      assurance\n      authenticatedAt\n    }\n  }\n":Iy,"\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id) {\n      ... on LogoutSuccess {\n        revokedSessions\n      }\n    }\n  }\n":ep,"\n  query SecurityEvents($first: Int!, $after: String) {\n    securityEvents(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          at\n          ipAddress\n          userAgent\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":tp,"\n  mutation BeginTotpSetup {\n    beginTotpSetup {\n      __typename\n      ... on TotpSetup {\n        secret\n        otpauthUri\n        qrSvg\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":np,"\n  fragment RecoveryCodesOutcome on RecoveryCodesResult {\n    __typename\n    ... on RecoveryCodes {\n      codes\n    }\n    ... on InvalidCode {\n      message\n    }\n    ... on InvalidCredentials {\n      message\n    }\n    ... on RateLimited {\n      message\n      retryAfterSeconds\n    }\n    ... on EmailNotVerified {\n      message\n    }\n    ...StepUpFields\n  }\n":My,"\n  mutation ConfirmTotpSetup($input: ConfirmTotpSetupInput!) {\n    confirmTotpSetup(input: $input) {\n      ...RecoveryCodesOutcome\n    }\n  }\n":ap,"\n  mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      ...RecoveryCodesOutcome\n    }\n  }\n":lp,"\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input) {\n      __typename\n      ... on TwoFactorDisabled {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ...StepUpFields\n    }\n  }\n":ip,"\n  query Passkeys {\n    passkeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n":up,"\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration {\n      __typename\n      ... on PasskeyOptions {\n        challengeId\n        optionsJson\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":sp,"\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      __typename\n      ... on PasskeyAdded {\n        passkey {\n          id\n          name\n        }\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":cp,"\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id) {\n      __typename\n      ... on PasskeyRemoved {\n        message\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ...StepUpFields\n    }\n  }\n":op,"\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input) {\n      __typename\n      ... on Reauthenticated {\n        privilegedUntil\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n":rp,"\n  mutation BeginPasskeyReauthentication {\n    beginPasskeyReauthentication {\n      __typename\n      ... on PasskeyOptions {\n        challengeId\n        optionsJson\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n      ... on EmailNotVerified {\n        message\n      }\n      ...StepUpFields\n    }\n  }\n":fp};function he(c){return dp[c]??{}}he(`
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
`);const mp=he(`
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
`);const hp=he(`
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
      handle
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
  }
`);const gp=he(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...LoginOutcome
    }
  }
`),yp=he(`
  mutation CompleteLogin($input: CompleteLoginInput!) {
    completeLogin(input: $input) {
      ...LoginOutcome
    }
  }
`),pp=he(`
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
`),vp=he(`
  mutation FinishPasskeyLogin($input: FinishPasskeyLoginInput!) {
    finishPasskeyLogin(input: $input) {
      ...LoginOutcome
    }
  }
`),bp=he(`
  mutation Logout {
    logout {
      ... on LogoutSuccess {
        revokedSessions
      }
    }
  }
`),Sp=he(`
  mutation LogoutAll {
    logoutAll {
      ... on LogoutSuccess {
        revokedSessions
      }
    }
  }
`),Lm=he(`
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
`),Hm=he(`
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
`),Vm=he(`
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
`),wp=he(`
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
`),Ep=he(`
  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {
    confirmEmailChange(input: $input) {
      ...UpdateOutcome
    }
  }
`),Ap=he(`
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
`),xp=he(`
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
`),Tp=he(`
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
`),_p=he(`
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
`),jp=he(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id) {
      ... on LogoutSuccess {
        revokedSessions
      }
    }
  }
`),Rp=he(`
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
`),Up=he(`
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
`);const Cp=he(`
  mutation ConfirmTotpSetup($input: ConfirmTotpSetupInput!) {
    confirmTotpSetup(input: $input) {
      ...RecoveryCodesOutcome
    }
  }
`),Op=he(`
  mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {
    regenerateRecoveryCodes(input: $input) {
      ...RecoveryCodesOutcome
    }
  }
`),Np=he(`
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
`),zp=he(`
  query Passkeys {
    passkeys {
      id
      name
      createdAt
      lastUsedAt
    }
  }
`),Dp=he(`
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
`),Mp=he(`
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
`),qp=he(`
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
`),Nm=he(`
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
`),Lp=he(`
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
`),hl="/account";function ro(){return(window.location.pathname.startsWith(hl)?window.location.pathname.slice(hl.length):"/").replace(/\/+$/,"")||"/"}function xt(c,d=!1,f=null){const o=hl+c;d?window.history.replaceState(f,"",o):window.history.pushState(f,"",o),window.dispatchEvent(new PopStateEvent("popstate"))}function wa(c){const f=window.history.state?.[c];return typeof f=="string"?f:null}function yo(){const c=new URLSearchParams(window.location.search).get("next");return c&&/^\/[a-z-]*$/.test(c)?c:"/"}function Hp(){const[c,d]=Y.useState(()=>({path:ro(),query:new URLSearchParams(window.location.search)}));return Y.useEffect(()=>{const f=()=>d({path:ro(),query:new URLSearchParams(window.location.search)});return window.addEventListener("popstate",f),()=>window.removeEventListener("popstate",f)},[]),c}function Vp(c){Y.useEffect(()=>{document.title=`${c} · ${Aa.productName}`},[c])}function ft({to:c,...d}){const f=p=>{p.button!==0||p.metaKey||p.ctrlKey||p.shiftKey||p.altKey||(p.preventDefault(),xt(c))},o=ro()===c.split("?")[0];return s.jsx("a",{href:hl+c,onClick:f,"aria-current":o?"page":void 0,...d})}const Bm=Y.createContext(null);function Bp({children:c}){const[d,f]=Y.useState(null),[o,p]=Y.useState(!0),C=Y.useCallback(async()=>{try{const{me:T}=await oe(mp);return f(T??null),T??null}catch{return f(null),null}finally{p(!1)}},[]);return Y.useEffect(()=>{C();const T=()=>f(null);return window.addEventListener(oo,T),()=>window.removeEventListener(oo,T)},[C]),s.jsx(Bm.Provider,{value:{user:d,loading:o,refresh:C,setUser:f},children:c})}function dt(){const c=Y.useContext(Bm);if(!c)throw new Error("useSession outside SessionProvider");return c}const Yp=/^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;function Ym(){const c=Aa.passkeyOrigins,f=c.find(o=>new URL(o).port===window.location.port)??c[0];if(f)return{href:f+window.location.pathname,text:`Open this page at ${f}`}}function qu(){if(typeof window.PublicKeyCredential>"u"||!navigator.credentials)return{message:"This browser cannot use passkeys. Use a recent Chrome, Edge, Firefox or Safari.",fields:{}};const c=window.location.origin;if(Aa.passkeyOrigins.includes(c))return null;const d=Ym();if(Yp.test(window.location.hostname))return{message:`Passkeys need a site name, and this page is open at an IP address (${window.location.host}), which browsers refuse for passkeys.`,fields:{},link:d};const f=Aa.passkeyOrigins.join(" or ")||"no address (ACCOUNTS_WEBAUTHN_ORIGINS is empty)";return{message:`Passkeys are not set up for this address (${c}): this service accepts them only at ${f}.`,fields:{},link:d}}function gl(c,d){const f=c instanceof Error?c.name:"",o=d?"No passkey was added":"No passkey was used";return{message:(()=>{switch(f){case"NotAllowedError":case"AbortError":return`${o}: the request was cancelled or took too long. Try again when you are ready.`;case"InvalidStateError":return d?"This device already has a passkey for your account. Use it to log in, or add one on another device.":`${o}: this device could not use the passkey. Try again, or use another device.`;case"NotSupportedError":return`${o}: this device cannot make the kind of passkey this service asks for.`;case"ConstraintError":return`${o}: your device cannot check that it is you. Set up a screen lock, PIN, fingerprint or face first.`;case"SecurityError":return qu()?.message??`${o}: this page's address cannot use passkeys.`;default:return`${o}: your device could not complete the request. Try again, or use another device.`}})(),fields:{},link:f==="SecurityError"?Ym():void 0}}const uo={invalid:"Your device's answer could not be verified, so no passkey was added. Try again.",taken:"This passkey is already added to an account.",too_many:"You have as many passkeys as an account may have. Remove one to add another.",too_large:"Your device's answer was too large to check. Try another device."};function Gp(c){if(c.__typename==="InvalidCode")return{message:"The request expired before it was finished. Try again.",fields:{}};const d={};let f="";for(const o of c.fields??[])o.field==="name"?d.name=o.message:f=uo[o.code]??uo.invalid;return{message:f||(Object.keys(d).length?"":c.message??uo.invalid),fields:d}}function kp(c,d){const f=PublicKeyCredential.signalUnknownCredential;f&&f.call(PublicKeyCredential,{rpId:c,credentialId:d}).catch(()=>{})}function Ve(c,d={}){const f=c.__typename?d[c.__typename]:void 0;if(f)return{message:"",fields:{[f.field]:f.message??c.message??""},retryAfterSeconds:c.retryAfterSeconds};const o={};for(const p of c.fields??[])o[p.field]=o[p.field]?`${o[p.field]} ${p.message}`:p.message;return{message:c.message??"Something went wrong.",fields:o,retryAfterSeconds:c.retryAfterSeconds}}const yi={InvalidCredentials:{field:"currentPassword",message:"That is not your current password."}};function Lu(c){return c instanceof Fn&&c.code==="UNAUTHENTICATED"?{message:"You are signed out. Log in again.",fields:{}}:c instanceof Fn&&c.code===Mm?{message:"",fields:{image:"This image is too large for the service: choose a smaller one."}}:{message:c instanceof Error?c.message:String(c),fields:{}}}function Xp(c){const d=new Date(Date.now()+c*1e3);return`Try again in ${c<90?`${c} seconds`:`${Math.ceil(c/60)} minutes`} (at ${d.toLocaleTimeString()}).`}function Qp(c,d){if(!c||!(d in c.fields))return c;const f={...c.fields};return delete f[d],Object.keys(f).length===0&&(!c.message||c.message==="Some fields are invalid.")?null:{...c,fields:f}}function Me(c){const[d,f]=Y.useState(c),[o,p]=Y.useState(!1),[C,T]=Y.useState(null),[q,O]=Y.useState(null),y=Y.useRef(null);Y.useEffect(()=>{C&&Object.keys(C.fields).length>0&&y.current?.querySelector('[aria-invalid="true"]')?.focus()},[C]);const L=(j,S)=>{f(w=>({...w,[j]:S})),T(w=>Qp(w,j)),O(null)};return{values:d,setValues:f,change:L,bind:j=>({name:j,value:d[j],error:C?.fields[j],onChange:S=>L(j,S.target.value)}),reset:()=>f(c),busy:o,problem:C,setProblem:T,done:q,setDone:O,run:j=>async S=>{if(S?.preventDefault(),!o){S?.currentTarget instanceof HTMLFormElement&&(y.current=S.currentTarget),p(!0),T(null),O(null);try{const w=await j();typeof w=="string"?O(w):T(w??null)}catch(w){T(Lu(w))}finally{p(!1)}}}}}function le({label:c,error:d,hint:f,multiline:o,...p}){const C=Y.useId(),T=[f?`${C}-hint`:"",d?`${C}-error`:""].filter(Boolean).join(" ")||void 0,q={id:C,"aria-invalid":d?!0:void 0,"aria-describedby":T};return s.jsxs("div",{className:d?"field invalid":"field",children:[s.jsx("label",{htmlFor:C,children:c}),o?s.jsx("textarea",{...q,name:p.name,value:p.value,onChange:p.onChange,rows:3}):s.jsx("input",{...q,...p}),f&&s.jsx("p",{className:"hint",id:`${C}-hint`,children:f}),d&&s.jsx("p",{className:"error",id:`${C}-error`,children:d})]})}function Ce({problem:c,shown:d=[]}){if(!c)return null;const f=Object.entries(c.fields).filter(([o])=>!d.includes(o));return!c.message&&f.length===0&&c.retryAfterSeconds===void 0?null:s.jsxs("div",{className:"alert",role:"alert",children:[c.message&&s.jsx("p",{children:c.message}),f.map(([o,p])=>s.jsx("p",{children:p},o)),c.retryAfterSeconds!==void 0&&s.jsx("p",{children:Xp(c.retryAfterSeconds)}),c.link&&s.jsx("p",{children:s.jsx("a",{href:c.link.href,children:c.link.text})})]})}function Ge({children:c,warn:d}){return s.jsx("div",{className:d?"notice warn":"notice",role:"status",children:c})}function Pe({busy:c,danger:d,children:f}){return s.jsx("button",{type:"submit",className:d?"danger":"primary",disabled:c,"aria-busy":c||void 0,children:f})}function Du(c){const d=c.replace(/-/g,"+").replace(/_/g,"/").padEnd(Math.ceil(c.length/4)*4,"="),f=atob(d),o=new Uint8Array(f.length);for(let p=0;p<f.length;p++)o[p]=f.charCodeAt(p);return o.buffer}function Sa(c){let d="";for(const f of new Uint8Array(c))d+=String.fromCharCode(f);return btoa(d).replace(/\+/g,"-").replace(/\//g,"_").replace(/=+$/,"")}function Gm(c){return(c??[]).map(d=>({...d,id:Du(d.id)}))}function Zp(c){const d=JSON.parse(c);return{...d,challenge:Du(d.challenge),user:{...d.user,id:Du(d.user.id)},excludeCredentials:Gm(d.excludeCredentials)}}function km(c){const d=JSON.parse(c);return{...d,challenge:Du(d.challenge),allowCredentials:Gm(d.allowCredentials)}}function po(c){const d=c.response,f={id:c.id,rawId:Sa(c.rawId),type:c.type,authenticatorAttachment:c.authenticatorAttachment,clientExtensionResults:{}};if(d instanceof AuthenticatorAttestationResponse)return JSON.stringify({...f,response:{clientDataJSON:Sa(d.clientDataJSON),attestationObject:Sa(d.attestationObject),transports:d.getTransports()}});const o=d;return JSON.stringify({...f,response:{clientDataJSON:Sa(o.clientDataJSON),authenticatorData:Sa(o.authenticatorData),signature:Sa(o.signature),userHandle:o.userHandle?Sa(o.userHandle):null}})}const Xm=Y.createContext(null),Jp=3;function Kp(c){return c.__typename==="ReauthenticationRequired"&&"methods"in c}function $p({children:c}){const[d,f]=Y.useState(null),o=Y.useCallback(T=>new Promise(q=>f({...T,answer:q})),[]),p=Y.useCallback(async(T,q={})=>{let O=await T();for(let y=0;y<Jp;y++){let L;if(O.__typename==="EmailNotVerified")L=await o({kind:"verify"});else if(Kp(O))L=await o({kind:"proof",requirement:O,password:q.password??""});else return O;if(!L)return null;O=await T()}return O},[o]),C=T=>{d?.answer(T),f(null)};return s.jsxs(Xm.Provider,{value:p,children:[c,d?.kind==="proof"&&s.jsx(Ip,{requirement:d.requirement,password:d.password,onClose:C}),d?.kind==="verify"&&s.jsx(tv,{onClose:C})]})}function xa(){const c=Y.useContext(Xm);if(!c)throw new Error("useGuard outside GuardProvider");return c}function fo({title:c,intro:d,onCancel:f,children:o}){const p=Y.useRef(null),C=Y.useId();return Y.useEffect(()=>{const T=p.current;return T&&!T.open&&T.showModal(),()=>T?.close()},[]),s.jsxs("dialog",{ref:p,className:"confirm","aria-labelledby":`${C}-title`,"aria-describedby":`${C}-intro`,onCancel:T=>{T.preventDefault(),f()},children:[s.jsx("h2",{id:`${C}-title`,children:c}),s.jsx("div",{id:`${C}-intro`,children:d}),o]})}const Fp="That is not your password.",Wp="The code is not right. Type the code your app shows now, or an unused recovery code.";function Pp(c,d,f){return c.passwordRequired?`Type ${d?"your password and a code from your authenticator app (or a recovery code)":"your password"}${f?", or use a passkey":""}.`:f?"Use one of your passkeys.":"Log out, log in again, and then make this change within a few minutes."}function Ip({requirement:c,password:d,onClose:f}){const o=c.methods.includes("TOTP")||c.methods.includes("RECOVERY_CODE"),p=c.methods.includes("PASSKEY"),C=c.passwordRequired,T=Me({password:d,code:""}),q=(v,j)=>{if(v.__typename==="Reauthenticated")return f(!0),null;const S={};j.password&&(S.InvalidCredentials={field:"password",message:Fp}),j.code&&(S.InvalidCode={field:"code",message:Wp});const w=Ve(v,S);return w.fields.recoveryCode&&(w.fields.code=w.fields.recoveryCode,delete w.fields.recoveryCode),w},O=T.run(async()=>{const v=T.values.code.trim(),j={password:T.values.password,.../^\d{6,8}$/.test(v.replace(/\s/g,""))?{code:v}:v?{recoveryCode:v}:{}},{reauthenticate:S}=await oe(Nm,{input:j});return q(S,{password:!0,code:!!v})}),y=T.run(async()=>{const v=qu();if(v)return v;const{beginPasskeyReauthentication:j}=await oe(Lp);if(j.__typename!=="PasskeyOptions")return Ve(j);let S;try{S=await navigator.credentials.get({publicKey:km(j.optionsJson)})}catch(pe){return gl(pe,!1)}if(!(S instanceof PublicKeyCredential))return gl(null,!1);const w={passkeyChallengeId:j.challengeId,passkeyCredentialJson:po(S)},{reauthenticate:M}=await oe(Nm,{input:w});return q(M,{password:!1,code:!1})}),L=s.jsxs("p",{children:["This change needs a recent sign-in. ",Pp(c,o,p)]}),H=s.jsx("button",{type:"button",className:"secondary",onClick:()=>f(!1),children:"Cancel"});return C?s.jsxs(fo,{title:"Confirm it is you",intro:L,onCancel:()=>f(!1),children:[s.jsxs("form",{onSubmit:O,noValidate:!0,children:[s.jsx(le,{label:"Your password",type:"password",autoComplete:"current-password",...T.bind("password")}),o&&s.jsx(le,{label:"Code from your app, or a recovery code",autoComplete:"one-time-code",...T.bind("code")}),s.jsx(Ce,{problem:T.problem,shown:["password","code"]}),s.jsxs("div",{className:"dialog-actions",children:[H,s.jsx(Pe,{busy:T.busy,children:"Confirm"})]})]}),p&&s.jsx("p",{className:"dialog-aside",children:s.jsx("button",{type:"button",className:"link",onClick:()=>{y()},disabled:T.busy,children:"Use a passkey instead"})})]}):s.jsxs(fo,{title:"Confirm it is you",intro:L,onCancel:()=>f(!1),children:[s.jsx(Ce,{problem:T.problem}),s.jsxs("div",{className:"dialog-actions",children:[H,p&&s.jsx("button",{type:"button",className:"primary",onClick:()=>{y()},disabled:T.busy,"aria-busy":T.busy||void 0,children:"Use a passkey"})]})]})}const ev={InvalidCode:{field:"code",message:"The code is wrong or no longer valid. Use the code in the newest email."}};function tv({onClose:c}){const{user:d,refresh:f}=dt(),o=d?.email??"",[p,C]=Y.useState(null),T=Me({}),q=Me({code:""}),O=T.run(async()=>{const{requestEmailVerification:v}=await oe(Hm);return v.__typename!=="CodeSent"?Ve(v):(C(v.handle),`We sent a 6-digit code to ${o}.`)}),y=Y.useRef(!0);Y.useEffect(()=>{y.current&&(y.current=!1,O())},[O]);const L=q.run(async()=>{const{verifyEmail:v}=await oe(Lm,{input:{email:o,code:q.values.code.trim(),handle:p}});return v.__typename!=="EmailVerified"?Ve(v,ev):(await f(),c(!0),null)}),H=s.jsx("p",{children:"Two-factor sign-in and passkeys are added only to an email address you have proved."});return s.jsxs(fo,{title:"Verify your email first",intro:H,onCancel:()=>c(!1),children:[T.busy&&s.jsxs("p",{className:"muted",children:["Sending a code to ",o,"…"]}),T.done&&s.jsx(Ge,{children:T.done}),s.jsx(Ce,{problem:T.problem}),s.jsxs("form",{onSubmit:L,noValidate:!0,children:[s.jsx(le,{label:"Code from the email",inputMode:"numeric",autoComplete:"one-time-code",...q.bind("code")}),s.jsx(Ce,{problem:q.problem,shown:["code"]}),s.jsxs("div",{className:"dialog-actions",children:[s.jsx("button",{type:"button",className:"secondary",onClick:()=>c(!1),children:"Cancel"}),s.jsx(Pe,{busy:q.busy,children:"Verify and continue"})]})]}),s.jsx("p",{className:"dialog-aside",children:s.jsx("button",{type:"button",className:"link",onClick:()=>{O()},disabled:T.busy,children:"Send a new code"})})]})}var gi={exports:{}},nv=gi.exports,zm;function av(){return zm||(zm=1,(function(c,d){(function(f,o){var p="1.0.41",C="",T="?",q="function",O="undefined",y="object",L="string",H="major",v="model",j="name",S="type",w="vendor",M="version",pe="architecture",gt="console",Q="mobile",Z="tablet",Ne="smarttv",_e="wearable",ne="embedded",Ie=500,mt="Amazon",Tt="Apple",_t="ASUS",at="BlackBerry",qt="Browser",yt="Chrome",jt="Edge",R="Firefox",V="Google",K="Honor",we="Huawei",Ae="Lenovo",g="LG",z="Microsoft",B="Motorola",G="Nvidia",P="OnePlus",ee="Opera",ge="OPPO",ke="Samsung",qe="Sharp",Kt="Sony",An="Xiaomi",Wn="Zebra",pl="Facebook",Pt="Chromium OS",Ta="Mac OS",_a=" Browser",Bu=function(ue,ye){var F={};for(var ie in ue)ye[ie]&&ye[ie].length%2===0?F[ie]=ye[ie].concat(ue[ie]):F[ie]=ue[ie];return F},Pn=function(ue){for(var ye={},F=0;F<ue.length;F++)ye[ue[F].toUpperCase()]=ue[F];return ye},ja=function(ue,ye){return typeof ue===L?an(ye).indexOf(an(ue))!==-1:!1},an=function(ue){return ue.toLowerCase()},vl=function(ue){return typeof ue===L?ue.replace(/[^\d\.]/g,C).split(".")[0]:o},bl=function(ue,ye){if(typeof ue===L)return ue=ue.replace(/^\s\s*/,C),typeof ye===O?ue:ue.substring(0,Ie)},In=function(ue,ye){for(var F=0,ie,et,Le,ve,W,Lt;F<ye.length&&!W;){var Tn=ye[F],ta=ye[F+1];for(ie=et=0;ie<Tn.length&&!W&&Tn[ie];)if(W=Tn[ie++].exec(ue),W)for(Le=0;Le<ta.length;Le++)Lt=W[++et],ve=ta[Le],typeof ve===y&&ve.length>0?ve.length===2?typeof ve[1]==q?this[ve[0]]=ve[1].call(this,Lt):this[ve[0]]=ve[1]:ve.length===3?typeof ve[1]===q&&!(ve[1].exec&&ve[1].test)?this[ve[0]]=Lt?ve[1].call(this,Lt,ve[2]):o:this[ve[0]]=Lt?Lt.replace(ve[1],ve[2]):o:ve.length===4&&(this[ve[0]]=Lt?ve[3].call(this,Lt.replace(ve[1],ve[2])):o):this[ve]=Lt||o;F+=2}},Fe=function(ue,ye){for(var F in ye)if(typeof ye[F]===y&&ye[F].length>0){for(var ie=0;ie<ye[F].length;ie++)if(ja(ye[F][ie],ue))return F===T?o:F}else if(ja(ye[F],ue))return F===T?o:F;return ye.hasOwnProperty("*")?ye["*"]:ue},Yu={"1.0":"/8","1.2":"/1","1.3":"/3","2.0":"/412","2.0.2":"/416","2.0.3":"/417","2.0.4":"/419","?":"/"},Sl={ME:"4.90","NT 3.11":"NT3.51","NT 4.0":"NT4.0",2e3:"NT 5.0",XP:["NT 5.1","NT 5.2"],Vista:"NT 6.0",7:"NT 6.1",8:"NT 6.2","8.1":"NT 6.3",10:["NT 6.4","NT 10.0"],RT:"ARM"},wl={browser:[[/\b(?:crmo|crios)\/([\w\.]+)/i],[M,[j,"Chrome"]],[/edg(?:e|ios|a)?\/([\w\.]+)/i],[M,[j,"Edge"]],[/(opera mini)\/([-\w\.]+)/i,/(opera [mobiletab]{3,6})\b.+version\/([-\w\.]+)/i,/(opera)(?:.+version\/|[\/ ]+)([\w\.]+)/i],[j,M],[/opios[\/ ]+([\w\.]+)/i],[M,[j,ee+" Mini"]],[/\bop(?:rg)?x\/([\w\.]+)/i],[M,[j,ee+" GX"]],[/\bopr\/([\w\.]+)/i],[M,[j,ee]],[/\bb[ai]*d(?:uhd|[ub]*[aekoprswx]{5,6})[\/ ]?([\w\.]+)/i],[M,[j,"Baidu"]],[/\b(?:mxbrowser|mxios|myie2)\/?([-\w\.]*)\b/i],[M,[j,"Maxthon"]],[/(kindle)\/([\w\.]+)/i,/(lunascape|maxthon|netfront|jasmine|blazer|sleipnir)[\/ ]?([\w\.]*)/i,/(avant|iemobile|slim(?:browser|boat|jet))[\/ ]?([\d\.]*)/i,/(?:ms|\()(ie) ([\w\.]+)/i,/(flock|rockmelt|midori|epiphany|silk|skyfire|ovibrowser|bolt|iron|vivaldi|iridium|phantomjs|bowser|qupzilla|falkon|rekonq|puffin|brave|whale(?!.+naver)|qqbrowserlite|duckduckgo|klar|helio|(?=comodo_)?dragon)\/([-\w\.]+)/i,/(heytap|ovi|115)browser\/([\d\.]+)/i,/(weibo)__([\d\.]+)/i],[j,M],[/quark(?:pc)?\/([-\w\.]+)/i],[M,[j,"Quark"]],[/\bddg\/([\w\.]+)/i],[M,[j,"DuckDuckGo"]],[/(?:\buc? ?browser|(?:juc.+)ucweb)[\/ ]?([\w\.]+)/i],[M,[j,"UC"+qt]],[/microm.+\bqbcore\/([\w\.]+)/i,/\bqbcore\/([\w\.]+).+microm/i,/micromessenger\/([\w\.]+)/i],[M,[j,"WeChat"]],[/konqueror\/([\w\.]+)/i],[M,[j,"Konqueror"]],[/trident.+rv[: ]([\w\.]{1,9})\b.+like gecko/i],[M,[j,"IE"]],[/ya(?:search)?browser\/([\w\.]+)/i],[M,[j,"Yandex"]],[/slbrowser\/([\w\.]+)/i],[M,[j,"Smart Lenovo "+qt]],[/(avast|avg)\/([\w\.]+)/i],[[j,/(.+)/,"$1 Secure "+qt],M],[/\bfocus\/([\w\.]+)/i],[M,[j,R+" Focus"]],[/\bopt\/([\w\.]+)/i],[M,[j,ee+" Touch"]],[/coc_coc\w+\/([\w\.]+)/i],[M,[j,"Coc Coc"]],[/dolfin\/([\w\.]+)/i],[M,[j,"Dolphin"]],[/coast\/([\w\.]+)/i],[M,[j,ee+" Coast"]],[/miuibrowser\/([\w\.]+)/i],[M,[j,"MIUI"+_a]],[/fxios\/([\w\.-]+)/i],[M,[j,R]],[/\bqihoobrowser\/?([\w\.]*)/i],[M,[j,"360"]],[/\b(qq)\/([\w\.]+)/i],[[j,/(.+)/,"$1Browser"],M],[/(oculus|sailfish|huawei|vivo|pico)browser\/([\w\.]+)/i],[[j,/(.+)/,"$1"+_a],M],[/samsungbrowser\/([\w\.]+)/i],[M,[j,ke+" Internet"]],[/metasr[\/ ]?([\d\.]+)/i],[M,[j,"Sogou Explorer"]],[/(sogou)mo\w+\/([\d\.]+)/i],[[j,"Sogou Mobile"],M],[/(electron)\/([\w\.]+) safari/i,/(tesla)(?: qtcarbrowser|\/(20\d\d\.[-\w\.]+))/i,/m?(qqbrowser|2345(?=browser|chrome|explorer))\w*[\/ ]?v?([\w\.]+)/i],[j,M],[/(lbbrowser|rekonq)/i,/\[(linkedin)app\]/i],[j],[/ome\/([\w\.]+) \w* ?(iron) saf/i,/ome\/([\w\.]+).+qihu (360)[es]e/i],[M,j],[/((?:fban\/fbios|fb_iab\/fb4a)(?!.+fbav)|;fbav\/([\w\.]+);)/i],[[j,pl],M],[/(Klarna)\/([\w\.]+)/i,/(kakao(?:talk|story))[\/ ]([\w\.]+)/i,/(naver)\(.*?(\d+\.[\w\.]+).*\)/i,/(daum)apps[\/ ]([\w\.]+)/i,/safari (line)\/([\w\.]+)/i,/\b(line)\/([\w\.]+)\/iab/i,/(alipay)client\/([\w\.]+)/i,/(twitter)(?:and| f.+e\/([\w\.]+))/i,/(chromium|instagram|snapchat)[\/ ]([-\w\.]+)/i],[j,M],[/\bgsa\/([\w\.]+) .*safari\//i],[M,[j,"GSA"]],[/musical_ly(?:.+app_?version\/|_)([\w\.]+)/i],[M,[j,"TikTok"]],[/headlesschrome(?:\/([\w\.]+)| )/i],[M,[j,yt+" Headless"]],[/ wv\).+(chrome)\/([\w\.]+)/i],[[j,yt+" WebView"],M],[/droid.+ version\/([\w\.]+)\b.+(?:mobile safari|safari)/i],[M,[j,"Android "+qt]],[/(chrome|omniweb|arora|[tizenoka]{5} ?browser)\/v?([\w\.]+)/i],[j,M],[/version\/([\w\.\,]+) .*mobile\/\w+ (safari)/i],[M,[j,"Mobile Safari"]],[/version\/([\w(\.|\,)]+) .*(mobile ?safari|safari)/i],[M,j],[/webkit.+?(mobile ?safari|safari)(\/[\w\.]+)/i],[j,[M,Fe,Yu]],[/(webkit|khtml)\/([\w\.]+)/i],[j,M],[/(navigator|netscape\d?)\/([-\w\.]+)/i],[[j,"Netscape"],M],[/(wolvic|librewolf)\/([\w\.]+)/i],[j,M],[/mobile vr; rv:([\w\.]+)\).+firefox/i],[M,[j,R+" Reality"]],[/ekiohf.+(flow)\/([\w\.]+)/i,/(swiftfox)/i,/(icedragon|iceweasel|camino|chimera|fennec|maemo browser|minimo|conkeror)[\/ ]?([\w\.\+]+)/i,/(seamonkey|k-meleon|icecat|iceape|firebird|phoenix|palemoon|basilisk|waterfox)\/([-\w\.]+)$/i,/(firefox)\/([\w\.]+)/i,/(mozilla)\/([\w\.]+) .+rv\:.+gecko\/\d+/i,/(amaya|dillo|doris|icab|ladybird|lynx|mosaic|netsurf|obigo|polaris|w3m|(?:go|ice|up)[\. ]?browser)[-\/ ]?v?([\w\.]+)/i,/\b(links) \(([\w\.]+)/i],[j,[M,/_/g,"."]],[/(cobalt)\/([\w\.]+)/i],[j,[M,/master.|lts./,""]]],cpu:[[/\b((amd|x|x86[-_]?|wow|win)64)\b/i],[[pe,"amd64"]],[/(ia32(?=;))/i,/\b((i[346]|x)86)(pc)?\b/i],[[pe,"ia32"]],[/\b(aarch64|arm(v?[89]e?l?|_?64))\b/i],[[pe,"arm64"]],[/\b(arm(v[67])?ht?n?[fl]p?)\b/i],[[pe,"armhf"]],[/( (ce|mobile); ppc;|\/[\w\.]+arm\b)/i],[[pe,"arm"]],[/((ppc|powerpc)(64)?)( mac|;|\))/i],[[pe,/ower/,C,an]],[/ sun4\w[;\)]/i],[[pe,"sparc"]],[/\b(avr32|ia64(?=;)|68k(?=\))|\barm(?=v([1-7]|[5-7]1)l?|;|eabi)|(irix|mips|sparc)(64)?\b|pa-risc)/i],[[pe,an]]],device:[[/\b(sch-i[89]0\d|shw-m380s|sm-[ptx]\w{2,4}|gt-[pn]\d{2,4}|sgh-t8[56]9|nexus 10)/i],[v,[w,ke],[S,Z]],[/\b((?:s[cgp]h|gt|sm)-(?![lr])\w+|sc[g-]?[\d]+a?|galaxy nexus)/i,/samsung[- ]((?!sm-[lr])[-\w]+)/i,/sec-(sgh\w+)/i],[v,[w,ke],[S,Q]],[/(?:\/|\()(ip(?:hone|od)[\w, ]*)(?:\/|;)/i],[v,[w,Tt],[S,Q]],[/\((ipad);[-\w\),; ]+apple/i,/applecoremedia\/[\w\.]+ \((ipad)/i,/\b(ipad)\d\d?,\d\d?[;\]].+ios/i],[v,[w,Tt],[S,Z]],[/(macintosh);/i],[v,[w,Tt]],[/\b(sh-?[altvz]?\d\d[a-ekm]?)/i],[v,[w,qe],[S,Q]],[/\b((?:brt|eln|hey2?|gdi|jdn)-a?[lnw]09|(?:ag[rm]3?|jdn2|kob2)-a?[lw]0[09]hn)(?: bui|\)|;)/i],[v,[w,K],[S,Z]],[/honor([-\w ]+)[;\)]/i],[v,[w,K],[S,Q]],[/\b((?:ag[rs][2356]?k?|bah[234]?|bg[2o]|bt[kv]|cmr|cpn|db[ry]2?|jdn2|got|kob2?k?|mon|pce|scm|sht?|[tw]gr|vrd)-[ad]?[lw][0125][09]b?|605hw|bg2-u03|(?:gem|fdr|m2|ple|t1)-[7a]0[1-4][lu]|t1-a2[13][lw]|mediapad[\w\. ]*(?= bui|\)))\b(?!.+d\/s)/i],[v,[w,we],[S,Z]],[/(?:huawei)([-\w ]+)[;\)]/i,/\b(nexus 6p|\w{2,4}e?-[atu]?[ln][\dx][012359c][adn]?)\b(?!.+d\/s)/i],[v,[w,we],[S,Q]],[/oid[^\)]+; (2[\dbc]{4}(182|283|rp\w{2})[cgl]|m2105k81a?c)(?: bui|\))/i,/\b((?:red)?mi[-_ ]?pad[\w- ]*)(?: bui|\))/i],[[v,/_/g," "],[w,An],[S,Z]],[/\b(poco[\w ]+|m2\d{3}j\d\d[a-z]{2})(?: bui|\))/i,/\b; (\w+) build\/hm\1/i,/\b(hm[-_ ]?note?[_ ]?(?:\d\w)?) bui/i,/\b(redmi[\-_ ]?(?:note|k)?[\w_ ]+)(?: bui|\))/i,/oid[^\)]+; (m?[12][0-389][01]\w{3,6}[c-y])( bui|; wv|\))/i,/\b(mi[-_ ]?(?:a\d|one|one[_ ]plus|note lte|max|cc)?[_ ]?(?:\d?\w?)[_ ]?(?:plus|se|lite|pro)?)(?: bui|\))/i,/ ([\w ]+) miui\/v?\d/i],[[v,/_/g," "],[w,An],[S,Q]],[/; (\w+) bui.+ oppo/i,/\b(cph[12]\d{3}|p(?:af|c[al]|d\w|e[ar])[mt]\d0|x9007|a101op)\b/i],[v,[w,ge],[S,Q]],[/\b(opd2(\d{3}a?))(?: bui|\))/i],[v,[w,Fe,{OnePlus:["304","403","203"],"*":ge}],[S,Z]],[/vivo (\w+)(?: bui|\))/i,/\b(v[12]\d{3}\w?[at])(?: bui|;)/i],[v,[w,"Vivo"],[S,Q]],[/\b(rmx[1-3]\d{3})(?: bui|;|\))/i],[v,[w,"Realme"],[S,Q]],[/\b(milestone|droid(?:[2-4x]| (?:bionic|x2|pro|razr))?:?( 4g)?)\b[\w ]+build\//i,/\bmot(?:orola)?[- ](\w*)/i,/((?:moto(?! 360)[\w\(\) ]+|xt\d{3,4}|nexus 6)(?= bui|\)))/i],[v,[w,B],[S,Q]],[/\b(mz60\d|xoom[2 ]{0,2}) build\//i],[v,[w,B],[S,Z]],[/((?=lg)?[vl]k\-?\d{3}) bui| 3\.[-\w; ]{10}lg?-([06cv9]{3,4})/i],[v,[w,g],[S,Z]],[/(lm(?:-?f100[nv]?|-[\w\.]+)(?= bui|\))|nexus [45])/i,/\blg[-e;\/ ]+((?!browser|netcast|android tv|watch)\w+)/i,/\blg-?([\d\w]+) bui/i],[v,[w,g],[S,Q]],[/(ideatab[-\w ]+|602lv|d-42a|a101lv|a2109a|a3500-hv|s[56]000|pb-6505[my]|tb-?x?\d{3,4}(?:f[cu]|xu|[av])|yt\d?-[jx]?\d+[lfmx])( bui|;|\)|\/)/i,/lenovo ?(b[68]0[08]0-?[hf]?|tab(?:[\w- ]+?)|tb[\w-]{6,7})( bui|;|\)|\/)/i],[v,[w,Ae],[S,Z]],[/(nokia) (t[12][01])/i],[w,v,[S,Z]],[/(?:maemo|nokia).*(n900|lumia \d+|rm-\d+)/i,/nokia[-_ ]?(([-\w\. ]*))/i],[[v,/_/g," "],[S,Q],[w,"Nokia"]],[/(pixel (c|tablet))\b/i],[v,[w,V],[S,Z]],[/droid.+; (pixel[\daxl ]{0,6})(?: bui|\))/i],[v,[w,V],[S,Q]],[/droid.+; (a?\d[0-2]{2}so|[c-g]\d{4}|so[-gl]\w+|xq-a\w[4-7][12])(?= bui|\).+chrome\/(?![1-6]{0,1}\d\.))/i],[v,[w,Kt],[S,Q]],[/sony tablet [ps]/i,/\b(?:sony)?sgp\w+(?: bui|\))/i],[[v,"Xperia Tablet"],[w,Kt],[S,Z]],[/ (kb2005|in20[12]5|be20[12][59])\b/i,/(?:one)?(?:plus)? (a\d0\d\d)(?: b|\))/i],[v,[w,P],[S,Q]],[/(alexa)webm/i,/(kf[a-z]{2}wi|aeo(?!bc)\w\w)( bui|\))/i,/(kf[a-z]+)( bui|\)).+silk\//i],[v,[w,mt],[S,Z]],[/((?:sd|kf)[0349hijorstuw]+)( bui|\)).+silk\//i],[[v,/(.+)/g,"Fire Phone $1"],[w,mt],[S,Q]],[/(playbook);[-\w\),; ]+(rim)/i],[v,w,[S,Z]],[/\b((?:bb[a-f]|st[hv])100-\d)/i,/\(bb10; (\w+)/i],[v,[w,at],[S,Q]],[/(?:\b|asus_)(transfo[prime ]{4,10} \w+|eeepc|slider \w+|nexus 7|padfone|p00[cj])/i],[v,[w,_t],[S,Z]],[/ (z[bes]6[027][012][km][ls]|zenfone \d\w?)\b/i],[v,[w,_t],[S,Q]],[/(nexus 9)/i],[v,[w,"HTC"],[S,Z]],[/(htc)[-;_ ]{1,2}([\w ]+(?=\)| bui)|\w+)/i,/(zte)[- ]([\w ]+?)(?: bui|\/|\))/i,/(alcatel|geeksphone|nexian|panasonic(?!(?:;|\.))|sony(?!-bra))[-_ ]?([-\w]*)/i],[w,[v,/_/g," "],[S,Q]],[/droid [\w\.]+; ((?:8[14]9[16]|9(?:0(?:48|60|8[01])|1(?:3[27]|66)|2(?:6[69]|9[56])|466))[gqswx])\w*(\)| bui)/i],[v,[w,"TCL"],[S,Z]],[/(itel) ((\w+))/i],[[w,an],v,[S,Fe,{tablet:["p10001l","w7001"],"*":"mobile"}]],[/droid.+; ([ab][1-7]-?[0178a]\d\d?)/i],[v,[w,"Acer"],[S,Z]],[/droid.+; (m[1-5] note) bui/i,/\bmz-([-\w]{2,})/i],[v,[w,"Meizu"],[S,Q]],[/; ((?:power )?armor(?:[\w ]{0,8}))(?: bui|\))/i],[v,[w,"Ulefone"],[S,Q]],[/; (energy ?\w+)(?: bui|\))/i,/; energizer ([\w ]+)(?: bui|\))/i],[v,[w,"Energizer"],[S,Q]],[/; cat (b35);/i,/; (b15q?|s22 flip|s48c|s62 pro)(?: bui|\))/i],[v,[w,"Cat"],[S,Q]],[/((?:new )?andromax[\w- ]+)(?: bui|\))/i],[v,[w,"Smartfren"],[S,Q]],[/droid.+; (a(?:015|06[35]|142p?))/i],[v,[w,"Nothing"],[S,Q]],[/; (x67 5g|tikeasy \w+|ac[1789]\d\w+)( b|\))/i,/archos ?(5|gamepad2?|([\w ]*[t1789]|hello) ?\d+[\w ]*)( b|\))/i],[v,[w,"Archos"],[S,Z]],[/archos ([\w ]+)( b|\))/i,/; (ac[3-6]\d\w{2,8})( b|\))/i],[v,[w,"Archos"],[S,Q]],[/(imo) (tab \w+)/i,/(infinix) (x1101b?)/i],[w,v,[S,Z]],[/(blackberry|benq|palm(?=\-)|sonyericsson|acer|asus(?! zenw)|dell|jolla|meizu|motorola|polytron|infinix|tecno|micromax|advan)[-_ ]?([-\w]*)/i,/; (hmd|imo) ([\w ]+?)(?: bui|\))/i,/(hp) ([\w ]+\w)/i,/(microsoft); (lumia[\w ]+)/i,/(lenovo)[-_ ]?([-\w ]+?)(?: bui|\)|\/)/i,/(oppo) ?([\w ]+) bui/i],[w,v,[S,Q]],[/(kobo)\s(ereader|touch)/i,/(hp).+(touchpad(?!.+tablet)|tablet)/i,/(kindle)\/([\w\.]+)/i,/(nook)[\w ]+build\/(\w+)/i,/(dell) (strea[kpr\d ]*[\dko])/i,/(le[- ]+pan)[- ]+(\w{1,9}) bui/i,/(trinity)[- ]*(t\d{3}) bui/i,/(gigaset)[- ]+(q\w{1,9}) bui/i,/(vodafone) ([\w ]+)(?:\)| bui)/i],[w,v,[S,Z]],[/(surface duo)/i],[v,[w,z],[S,Z]],[/droid [\d\.]+; (fp\du?)(?: b|\))/i],[v,[w,"Fairphone"],[S,Q]],[/(u304aa)/i],[v,[w,"AT&T"],[S,Q]],[/\bsie-(\w*)/i],[v,[w,"Siemens"],[S,Q]],[/\b(rct\w+) b/i],[v,[w,"RCA"],[S,Z]],[/\b(venue[\d ]{2,7}) b/i],[v,[w,"Dell"],[S,Z]],[/\b(q(?:mv|ta)\w+) b/i],[v,[w,"Verizon"],[S,Z]],[/\b(?:barnes[& ]+noble |bn[rt])([\w\+ ]*) b/i],[v,[w,"Barnes & Noble"],[S,Z]],[/\b(tm\d{3}\w+) b/i],[v,[w,"NuVision"],[S,Z]],[/\b(k88) b/i],[v,[w,"ZTE"],[S,Z]],[/\b(nx\d{3}j) b/i],[v,[w,"ZTE"],[S,Q]],[/\b(gen\d{3}) b.+49h/i],[v,[w,"Swiss"],[S,Q]],[/\b(zur\d{3}) b/i],[v,[w,"Swiss"],[S,Z]],[/\b((zeki)?tb.*\b) b/i],[v,[w,"Zeki"],[S,Z]],[/\b([yr]\d{2}) b/i,/\b(dragon[- ]+touch |dt)(\w{5}) b/i],[[w,"Dragon Touch"],v,[S,Z]],[/\b(ns-?\w{0,9}) b/i],[v,[w,"Insignia"],[S,Z]],[/\b((nxa|next)-?\w{0,9}) b/i],[v,[w,"NextBook"],[S,Z]],[/\b(xtreme\_)?(v(1[045]|2[015]|[3469]0|7[05])) b/i],[[w,"Voice"],v,[S,Q]],[/\b(lvtel\-)?(v1[12]) b/i],[[w,"LvTel"],v,[S,Q]],[/\b(ph-1) /i],[v,[w,"Essential"],[S,Q]],[/\b(v(100md|700na|7011|917g).*\b) b/i],[v,[w,"Envizen"],[S,Z]],[/\b(trio[-\w\. ]+) b/i],[v,[w,"MachSpeed"],[S,Z]],[/\btu_(1491) b/i],[v,[w,"Rotor"],[S,Z]],[/((?:tegranote|shield t(?!.+d tv))[\w- ]*?)(?: b|\))/i],[v,[w,G],[S,Z]],[/(sprint) (\w+)/i],[w,v,[S,Q]],[/(kin\.[onetw]{3})/i],[[v,/\./g," "],[w,z],[S,Q]],[/droid.+; (cc6666?|et5[16]|mc[239][23]x?|vc8[03]x?)\)/i],[v,[w,Wn],[S,Z]],[/droid.+; (ec30|ps20|tc[2-8]\d[kx])\)/i],[v,[w,Wn],[S,Q]],[/smart-tv.+(samsung)/i],[w,[S,Ne]],[/hbbtv.+maple;(\d+)/i],[[v,/^/,"SmartTV"],[w,ke],[S,Ne]],[/(nux; netcast.+smarttv|lg (netcast\.tv-201\d|android tv))/i],[[w,g],[S,Ne]],[/(apple) ?tv/i],[w,[v,Tt+" TV"],[S,Ne]],[/crkey/i],[[v,yt+"cast"],[w,V],[S,Ne]],[/droid.+aft(\w+)( bui|\))/i],[v,[w,mt],[S,Ne]],[/(shield \w+ tv)/i],[v,[w,G],[S,Ne]],[/\(dtv[\);].+(aquos)/i,/(aquos-tv[\w ]+)\)/i],[v,[w,qe],[S,Ne]],[/(bravia[\w ]+)( bui|\))/i],[v,[w,Kt],[S,Ne]],[/(mi(tv|box)-?\w+) bui/i],[v,[w,An],[S,Ne]],[/Hbbtv.*(technisat) (.*);/i],[w,v,[S,Ne]],[/\b(roku)[\dx]*[\)\/]((?:dvp-)?[\d\.]*)/i,/hbbtv\/\d+\.\d+\.\d+ +\([\w\+ ]*; *([\w\d][^;]*);([^;]*)/i],[[w,bl],[v,bl],[S,Ne]],[/droid.+; ([\w- ]+) (?:android tv|smart[- ]?tv)/i],[v,[S,Ne]],[/\b(android tv|smart[- ]?tv|opera tv|tv; rv:)\b/i],[[S,Ne]],[/(ouya)/i,/(nintendo) ([wids3utch]+)/i],[w,v,[S,gt]],[/droid.+; (shield)( bui|\))/i],[v,[w,G],[S,gt]],[/(playstation \w+)/i],[v,[w,Kt],[S,gt]],[/\b(xbox(?: one)?(?!; xbox))[\); ]/i],[v,[w,z],[S,gt]],[/\b(sm-[lr]\d\d[0156][fnuw]?s?|gear live)\b/i],[v,[w,ke],[S,_e]],[/((pebble))app/i,/(asus|google|lg|oppo) ((pixel |zen)?watch[\w ]*)( bui|\))/i],[w,v,[S,_e]],[/(ow(?:19|20)?we?[1-3]{1,3})/i],[v,[w,ge],[S,_e]],[/(watch)(?: ?os[,\/]|\d,\d\/)[\d\.]+/i],[v,[w,Tt],[S,_e]],[/(opwwe\d{3})/i],[v,[w,P],[S,_e]],[/(moto 360)/i],[v,[w,B],[S,_e]],[/(smartwatch 3)/i],[v,[w,Kt],[S,_e]],[/(g watch r)/i],[v,[w,g],[S,_e]],[/droid.+; (wt63?0{2,3})\)/i],[v,[w,Wn],[S,_e]],[/droid.+; (glass) \d/i],[v,[w,V],[S,_e]],[/(pico) (4|neo3(?: link|pro)?)/i],[w,v,[S,_e]],[/; (quest( \d| pro)?)/i],[v,[w,pl],[S,_e]],[/(tesla)(?: qtcarbrowser|\/[-\w\.]+)/i],[w,[S,ne]],[/(aeobc)\b/i],[v,[w,mt],[S,ne]],[/(homepod).+mac os/i],[v,[w,Tt],[S,ne]],[/windows iot/i],[[S,ne]],[/droid .+?; ([^;]+?)(?: bui|; wv\)|\) applew).+? mobile safari/i],[v,[S,Q]],[/droid .+?; ([^;]+?)(?: bui|\) applew).+?(?! mobile) safari/i],[v,[S,Z]],[/\b((tablet|tab)[;\/]|focus\/\d(?!.+mobile))/i],[[S,Z]],[/(phone|mobile(?:[;\/]| [ \w\/\.]*safari)|pda(?=.+windows ce))/i],[[S,Q]],[/droid .+?; ([\w\. -]+)( bui|\))/i],[v,[w,"Generic"]]],engine:[[/windows.+ edge\/([\w\.]+)/i],[M,[j,jt+"HTML"]],[/(arkweb)\/([\w\.]+)/i],[j,M],[/webkit\/537\.36.+chrome\/(?!27)([\w\.]+)/i],[M,[j,"Blink"]],[/(presto)\/([\w\.]+)/i,/(webkit|trident|netfront|netsurf|amaya|lynx|w3m|goanna|servo)\/([\w\.]+)/i,/ekioh(flow)\/([\w\.]+)/i,/(khtml|tasman|links)[\/ ]\(?([\w\.]+)/i,/(icab)[\/ ]([23]\.[\d\.]+)/i,/\b(libweb)/i],[j,M],[/ladybird\//i],[[j,"LibWeb"]],[/rv\:([\w\.]{1,9})\b.+(gecko)/i],[M,j]],os:[[/microsoft (windows) (vista|xp)/i],[j,M],[/(windows (?:phone(?: os)?|mobile|iot))[\/ ]?([\d\.\w ]*)/i],[j,[M,Fe,Sl]],[/windows nt 6\.2; (arm)/i,/windows[\/ ]([ntce\d\. ]+\w)(?!.+xbox)/i,/(?:win(?=3|9|n)|win 9x )([nt\d\.]+)/i],[[M,Fe,Sl],[j,"Windows"]],[/[adehimnop]{4,7}\b(?:.*os ([\w]+) like mac|; opera)/i,/(?:ios;fbsv\/|iphone.+ios[\/ ])([\d\.]+)/i,/cfnetwork\/.+darwin/i],[[M,/_/g,"."],[j,"iOS"]],[/(mac os x) ?([\w\. ]*)/i,/(macintosh|mac_powerpc\b)(?!.+haiku)/i],[[j,Ta],[M,/_/g,"."]],[/droid ([\w\.]+)\b.+(android[- ]x86|harmonyos)/i],[M,j],[/(ubuntu) ([\w\.]+) like android/i],[[j,/(.+)/,"$1 Touch"],M],[/(android|bada|blackberry|kaios|maemo|meego|openharmony|qnx|rim tablet os|sailfish|series40|symbian|tizen|webos)\w*[-\/; ]?([\d\.]*)/i],[j,M],[/\(bb(10);/i],[M,[j,at]],[/(?:symbian ?os|symbos|s60(?=;)|series ?60)[-\/ ]?([\w\.]*)/i],[M,[j,"Symbian"]],[/mozilla\/[\d\.]+ \((?:mobile|tablet|tv|mobile; [\w ]+); rv:.+ gecko\/([\w\.]+)/i],[M,[j,R+" OS"]],[/web0s;.+rt(tv)/i,/\b(?:hp)?wos(?:browser)?\/([\w\.]+)/i],[M,[j,"webOS"]],[/watch(?: ?os[,\/]|\d,\d\/)([\d\.]+)/i],[M,[j,"watchOS"]],[/crkey\/([\d\.]+)/i],[M,[j,yt+"cast"]],[/(cros) [\w]+(?:\)| ([\w\.]+)\b)/i],[[j,Pt],M],[/panasonic;(viera)/i,/(netrange)mmh/i,/(nettv)\/(\d+\.[\w\.]+)/i,/(nintendo|playstation) ([wids345portablevuch]+)/i,/(xbox); +xbox ([^\);]+)/i,/\b(joli|palm)\b ?(?:os)?\/?([\w\.]*)/i,/(mint)[\/\(\) ]?(\w*)/i,/(mageia|vectorlinux)[; ]/i,/([kxln]?ubuntu|debian|suse|opensuse|gentoo|arch(?= linux)|slackware|fedora|mandriva|centos|pclinuxos|red ?hat|zenwalk|linpus|raspbian|plan 9|minix|risc os|contiki|deepin|manjaro|elementary os|sabayon|linspire)(?: gnu\/linux)?(?: enterprise)?(?:[- ]linux)?(?:-gnu)?[-\/ ]?(?!chrom|package)([-\w\.]*)/i,/(hurd|linux)(?: arm\w*| x86\w*| ?)([\w\.]*)/i,/(gnu) ?([\w\.]*)/i,/\b([-frentopcghs]{0,5}bsd|dragonfly)[\/ ]?(?!amd|[ix346]{1,2}86)([\w\.]*)/i,/(haiku) (\w+)/i],[j,M],[/(sunos) ?([\w\.\d]*)/i],[[j,"Solaris"],M],[/((?:open)?solaris)[-\/ ]?([\w\.]*)/i,/(aix) ((\d)(?=\.|\)| )[\w\.])*/i,/\b(beos|os\/2|amigaos|morphos|openvms|fuchsia|hp-ux|serenityos)/i,/(unix) ?([\w\.]*)/i],[j,M]]},ot=function(ue,ye){if(typeof ue===y&&(ye=ue,ue=o),!(this instanceof ot))return new ot(ue,ye).getResult();var F=typeof f!==O&&f.navigator?f.navigator:o,ie=ue||(F&&F.userAgent?F.userAgent:C),et=F&&F.userAgentData?F.userAgentData:o,Le=ye?Bu(wl,ye):wl,ve=F&&F.userAgent==ie;return this.getBrowser=function(){var W={};return W[j]=o,W[M]=o,In.call(W,ie,Le.browser),W[H]=vl(W[M]),ve&&F&&F.brave&&typeof F.brave.isBrave==q&&(W[j]="Brave"),W},this.getCPU=function(){var W={};return W[pe]=o,In.call(W,ie,Le.cpu),W},this.getDevice=function(){var W={};return W[w]=o,W[v]=o,W[S]=o,In.call(W,ie,Le.device),ve&&!W[S]&&et&&et.mobile&&(W[S]=Q),ve&&W[v]=="Macintosh"&&F&&typeof F.standalone!==O&&F.maxTouchPoints&&F.maxTouchPoints>2&&(W[v]="iPad",W[S]=Z),W},this.getEngine=function(){var W={};return W[j]=o,W[M]=o,In.call(W,ie,Le.engine),W},this.getOS=function(){var W={};return W[j]=o,W[M]=o,In.call(W,ie,Le.os),ve&&!W[j]&&et&&et.platform&&et.platform!="Unknown"&&(W[j]=et.platform.replace(/chrome os/i,Pt).replace(/macos/i,Ta)),W},this.getResult=function(){return{ua:this.getUA(),browser:this.getBrowser(),engine:this.getEngine(),os:this.getOS(),device:this.getDevice(),cpu:this.getCPU()}},this.getUA=function(){return ie},this.setUA=function(W){return ie=typeof W===L&&W.length>Ie?bl(W,Ie):W,this},this.setUA(ie),this};ot.VERSION=p,ot.BROWSER=Pn([j,M,H]),ot.CPU=Pn([pe]),ot.DEVICE=Pn([v,w,S,gt,Q,Ne,Z,_e,ne]),ot.ENGINE=ot.OS=Pn([j,M]),c.exports&&(d=c.exports=ot),d.UAParser=ot;var xn=typeof f!==O&&(f.jQuery||f.Zepto);if(xn&&!xn.ua){var ea=new ot;xn.ua=ea.getResult(),xn.ua.get=function(){return ea.getUA()},xn.ua.set=function(ue){ea.setUA(ue);var ye=ea.getResult();for(var F in ye)xn.ua[F]=ye[F]}}})(typeof window=="object"?window:nv)})(gi,gi.exports)),gi.exports}var lv=av();function mo(c){if(!c)return"Unknown device";const{browser:d,os:f,device:o}=new lv.UAParser(c).getResult(),p=o.model&&o.vendor==="Apple"?o.model:f.name;if(d.name&&p)return`${d.name} on ${p}`;if(d.name)return d.name;const C=c.trim().split(/[\s/]/,1)[0];return p?C?`${C} on ${p}`:`Unknown browser on ${p}`:C||"Unknown device"}const iv=new Intl.RelativeTimeFormat("en",{numeric:"auto"}),uv=[[60,"second"],[60,"minute"],[24,"hour"],[30,"day"],[12,"month"],[1/0,"year"]];function sv(c,d=new Date){let f=(c.getTime()-d.getTime())/1e3;if(Math.abs(f)<45)return"just now";for(const[o,p]of uv){if(Math.abs(f)<o||p==="year")return iv.format(Math.round(f),p);f/=o}return c.toLocaleString()}function Qm(c){const[d,f]=Y.useState(null),[o,p]=Y.useState(null),C=Y.useCallback(async()=>{try{f(await c()),p(null)}catch(T){p(Lu(T))}},[c]);return Y.useEffect(()=>{C()},[C]),{data:d,problem:o,reload:C}}function Mt({title:c,id:d,danger:f,children:o}){return s.jsxs("section",{"aria-labelledby":d,className:f?"card danger-zone":"card",children:[s.jsx("h2",{id:d,children:c}),o]})}function Hu({rows:c=3,label:d="Loading…"}){return s.jsxs("div",{className:"skeleton","aria-busy":"true",children:[s.jsx("span",{className:"visually-hidden",role:"status",children:d}),Array.from({length:c},(f,o)=>s.jsxs("div",{className:"skeleton-row","aria-hidden":"true",children:[s.jsx("span",{}),s.jsx("span",{})]},o))]})}function Ea({iso:c,never:d="—"}){if(!c)return s.jsx(s.Fragment,{children:d});const f=new Date(c);return s.jsx("time",{dateTime:c,title:f.toLocaleString(),children:sv(f)})}function Zm({userAgent:c}){return s.jsx("span",{title:c??void 0,children:mo(c)})}function yl({tone:c="neutral",children:d}){return s.jsx("span",{className:`badge ${c}`,children:d})}function vi(){const[c,d]=Y.useState(null),f=Y.useCallback(p=>new Promise(C=>d({...p,answer:C})),[]),o=p=>{c?.answer(p),d(null)};return{confirm:f,dialog:c?s.jsx(cv,{question:c,onClose:o}):null}}function cv({question:c,onClose:d}){const f=Y.useRef(null),o=Y.useId();return Y.useEffect(()=>{const p=f.current;return p&&!p.open&&p.showModal(),()=>p?.close()},[]),s.jsxs("dialog",{ref:f,className:"confirm","aria-labelledby":`${o}-title`,"aria-describedby":`${o}-body`,onCancel:p=>{p.preventDefault(),d(!1)},children:[s.jsx("h2",{id:`${o}-title`,children:c.title}),s.jsx("div",{id:`${o}-body`,children:c.body}),s.jsxs("div",{className:"dialog-actions",children:[s.jsx("button",{type:"button",className:"secondary",autoFocus:!0,onClick:()=>d(!1),children:"Cancel"}),s.jsx("button",{type:"button",className:"danger",onClick:()=>d(!0),children:c.confirm})]})]})}const Jm="At least 8 characters, and not easy to guess.";function ov(){const c=xa(),d=Me({currentPassword:"",newPassword:"",newPasswordConfirmation:""}),f=d.run(async()=>{const o=d.values,p=await c(async()=>(await oe(Ap,{input:o},{session:!0})).changePassword,{password:o.currentPassword});return p?p.__typename!=="AuthSuccess"?Ve(p,yi):(d.reset(),"Your password was changed. Your other sessions were logged out."):null});return s.jsx(Mt,{title:"Change your password",id:"change-password",children:s.jsxs("form",{onSubmit:f,noValidate:!0,children:[s.jsx(le,{label:"Current password",type:"password",autoComplete:"current-password",...d.bind("currentPassword")}),s.jsx(le,{label:"New password",type:"password",autoComplete:"new-password",hint:Jm,...d.bind("newPassword")}),s.jsx(le,{label:"Repeat the new password",type:"password",autoComplete:"new-password",...d.bind("newPasswordConfirmation")}),s.jsx(Ce,{problem:d.problem,shown:["currentPassword","newPassword","newPasswordConfirmation"]}),d.done&&s.jsx(Ge,{children:d.done}),s.jsx(Pe,{busy:d.busy,children:"Change the password"})]})})}function rv({onSet:c}){const d=xa(),{setUser:f}=dt(),o=Me({newPassword:"",newPasswordConfirmation:""}),p=o.run(async()=>{const C=o.values,T=await d(async()=>(await oe(xp,{input:C},{session:!0})).setPassword);return T?T.__typename!=="AuthSuccess"?Ve(T):(c(),f(T.user),null):null});return s.jsxs(Mt,{title:"Set a password",id:"set-password",children:[s.jsx("p",{children:"Your account signs in without a password. Add one to sign in with it too; your other sessions are logged out."}),s.jsxs("form",{onSubmit:p,noValidate:!0,children:[s.jsx(le,{label:"New password",type:"password",autoComplete:"new-password",hint:Jm,...o.bind("newPassword")}),s.jsx(le,{label:"Repeat the new password",type:"password",autoComplete:"new-password",...o.bind("newPasswordConfirmation")}),s.jsx(Ce,{problem:o.problem,shown:["newPassword","newPasswordConfirmation"]}),s.jsx(Pe,{busy:o.busy,children:"Set the password"})]})]})}function fv({user:c}){const[d,f]=Y.useState(!1);return s.jsxs("main",{children:[s.jsx("h1",{children:"Password"}),d&&s.jsx(Ge,{children:"Your password is set. Your other sessions were logged out."}),c.hasPassword?s.jsx(ov,{},"change"):s.jsx(rv,{onSet:()=>f(!0)},"set")]})}function dv({user:c}){const{setUser:d}=dt(),f=xa(),o=Me({currentPassword:""}),{confirm:p,dialog:C}=vi(),T=o.run(async()=>{if(c.hasPassword&&!o.values.currentPassword)return{message:"",fields:{currentPassword:"Type your current password to delete the account."}};if(!await p({title:"Delete your account for good?",body:s.jsx("p",{children:"Your profile, sessions, passkeys, activity and image are deleted, and this cannot be undone."}),confirm:"Delete my account"}))return null;const O=o.values,y=await f(async()=>(await oe(Tp,{input:O})).deleteAccount,{password:O.currentPassword});return y?y.__typename!=="AccountDeleted"?Ve(y,yi):(d(null),xt("/login?deleted=1"),null):null});return s.jsxs("main",{children:[s.jsx("h1",{children:"Danger zone"}),s.jsxs(Mt,{title:"Delete your account",id:"delete",danger:!0,children:[s.jsx("p",{children:"This deletes your account, its sessions, passkeys, activity and image for good. Your username and email become free for anyone."}),s.jsxs("form",{onSubmit:T,noValidate:!0,children:[c.hasPassword&&s.jsx(le,{label:"Current password (to delete the account)",type:"password",autoComplete:"current-password",...o.bind("currentPassword")}),s.jsx(Ce,{problem:o.problem,shown:["currentPassword"]}),s.jsx(Pe,{busy:o.busy,danger:!0,children:"Delete my account"})]})]}),C]})}const mv={PASSWORD:"Password",TOTP:"app code",RECOVERY_CODE:"recovery code",PASSKEY:"Passkey",EMAIL_CODE:"Email code",EXTERNAL:"Another provider"};function hv(c){const d=c.map(f=>mv[f]);return d.length===0?"—":d.map((f,o)=>o===0?f.charAt(0).toUpperCase()+f.slice(1):f.toLowerCase()).join(" + ")}const gv=async()=>(await oe(_p)).sessions;function yv(){const{setUser:c}=dt(),{data:d,problem:f,reload:o}=Qm(gv),p=Me({}),{confirm:C,dialog:T}=vi(),q=y=>p.run(async()=>await C({title:"Log out this session?",body:s.jsxs("p",{children:[mo(y.userAgent)," is signed out and must log in again."]}),confirm:"Log out the session"})?(await oe(jp,{id:y.id}),await o(),"The session was logged out."):null),O=p.run(async()=>{if(!await C({title:"Log out everywhere?",body:s.jsx("p",{children:"Every session ends, this one too, and every device must log in again."}),confirm:"Log out everywhere"}))return null;const{logoutAll:L}=await oe(Sp);return c(null),xt(`/login?loggedOut=${L.revokedSessions}`),null});return s.jsxs("main",{children:[s.jsx("h1",{children:"Sessions"}),s.jsxs(Mt,{title:"Where you are signed in",id:"sessions",children:[s.jsx(Ce,{problem:f??p.problem}),p.done&&s.jsx(Ge,{children:p.done}),d===null&&!f&&s.jsx(Hu,{rows:3,label:"Loading your sessions…"}),d&&s.jsxs("table",{className:"stack",children:[s.jsx("caption",{className:"visually-hidden",children:"Active sessions, most recently used first"}),s.jsx("thead",{children:s.jsxs("tr",{children:[s.jsx("th",{scope:"col",children:"Device"}),s.jsx("th",{scope:"col",children:"IP address"}),s.jsx("th",{scope:"col",children:"Signed in"}),s.jsx("th",{scope:"col",children:"Proved with"}),s.jsx("th",{scope:"col",children:"Last used"}),s.jsx("th",{scope:"col",children:s.jsx("span",{className:"visually-hidden",children:"Action"})})]})}),s.jsx("tbody",{children:d.map(y=>s.jsxs("tr",{children:[s.jsx("td",{"data-label":"Device",className:"cell-title",children:s.jsxs("span",{children:[s.jsx(Zm,{userAgent:y.userAgent})," ",y.current&&s.jsx(yl,{tone:"good",children:"This browser"})]})}),s.jsx("td",{"data-label":"IP address",children:y.ipAddress??"—"}),s.jsx("td",{"data-label":"Signed in",children:s.jsx(Ea,{iso:y.createdAt})}),s.jsx("td",{"data-label":"Proved with",children:s.jsxs("span",{className:"proof",children:[hv(y.methods)," ",y.assurance==="AAL2"&&s.jsx(yl,{tone:"good",children:"Two factors"})," ",s.jsx("span",{className:"muted",children:s.jsx(Ea,{iso:y.authenticatedAt})})]})}),s.jsx("td",{"data-label":"Last used",children:s.jsx(Ea,{iso:y.lastUsedAt??y.createdAt})}),s.jsx("td",{className:"cell-action",children:!y.current&&s.jsx("button",{type:"button",className:"danger-outline small",onClick:()=>{q(y)()},disabled:p.busy,"aria-label":`Log out ${mo(y.userAgent)}, signed in ${new Date(y.createdAt).toLocaleString()}`,children:"Log out"})})]},y.id))})]})]}),s.jsxs(Mt,{title:"Log out everywhere",id:"everywhere",danger:!0,children:[s.jsx("p",{children:"Lost a device, or signed in somewhere you should not have? End every session at once."}),s.jsx("button",{type:"button",className:"danger",onClick:()=>{O()},disabled:p.busy,children:"Log out everywhere"})]}),T]})}const pv={REGISTERED:"Account created",LOGIN:"Signed in",LOGIN_FAILED:"Failed sign-in",LOGOUT:"Signed out",SESSION_REVOKED:"Session logged out",PASSWORD_CHANGED:"Password changed",PASSWORD_RESET:"Password reset",EMAIL_VERIFIED:"Email verified",EMAIL_CHANGED:"Email changed",ACCOUNT_DEACTIVATED:"Account deactivated",ACCOUNT_REACTIVATED:"Account reactivated",TWO_FACTOR_ENABLED:"Two-factor turned on",TWO_FACTOR_DISABLED:"Two-factor turned off",RECOVERY_CODE_USED:"Recovery code used",PASSKEY_ADDED:"Passkey added",PASSKEY_REMOVED:"Passkey removed"},vv=10;function bv(){const[c,d]=Y.useState(null),[f,o]=Y.useState(null),[p,C]=Y.useState(null),[T,q]=Y.useState(!1),O=Y.useCallback(async y=>{q(!0);try{const{securityEvents:L}=await oe(Rp,{first:vv,after:y});d(H=>y&&H?[...H,...L.edges]:L.edges),o(L.pageInfo.hasNextPage?L.pageInfo.endCursor??null:null),C(null)}catch(L){C(Lu(L))}finally{q(!1)}},[]);return Y.useEffect(()=>{O(null)},[O]),s.jsxs("main",{children:[s.jsx("h1",{children:"Security activity"}),s.jsxs(Mt,{title:"What happened on your account",id:"events",children:[s.jsx(Ce,{problem:p}),c===null&&!p&&s.jsx(Hu,{rows:4,label:"Loading your activity…"}),c&&s.jsxs("table",{className:"stack",children:[s.jsx("caption",{className:"visually-hidden",children:"Security events, newest first"}),s.jsx("thead",{children:s.jsxs("tr",{children:[s.jsx("th",{scope:"col",children:"Event"}),s.jsx("th",{scope:"col",children:"When"}),s.jsx("th",{scope:"col",children:"IP address"}),s.jsx("th",{scope:"col",children:"Device"})]})}),s.jsx("tbody",{children:c.map(({node:y})=>s.jsxs("tr",{children:[s.jsx("td",{"data-label":"Event",className:"cell-title",children:pv[y.kind]??y.kind}),s.jsx("td",{"data-label":"When",children:s.jsx(Ea,{iso:y.at})}),s.jsx("td",{"data-label":"IP address",children:y.ipAddress??"—"}),s.jsx("td",{"data-label":"Device",children:y.userAgent?s.jsx(Zm,{userAgent:y.userAgent}):"—"})]},y.id))})]}),f&&s.jsx("p",{className:"actions",children:s.jsx("button",{type:"button",className:"secondary",onClick:()=>{O(f)},disabled:T,"aria-busy":T||void 0,children:"Show older events"})})]})]})}const vo="accounts.mailLink",Sv=/^[A-Za-z0-9-]{1,64}$/,bo=/^[A-Za-z0-9_-]{1,128}$/;function Km(c){const d=window.location.hash.slice(1);if(!d)return!1;const f=new URLSearchParams(d),o=f.get("code");if(!o||!Sv.test(o))return!1;const p=window.location.pathname.slice(c.length).replace(/\/+$/,"")||"/",C=f.get("handle"),T={page:p,code:o,email:f.get("email"),handle:C&&bo.test(C)?C:null};try{sessionStorage.setItem(vo,JSON.stringify(T))}catch{}return So=T,window.history.replaceState(window.history.state,"",window.location.pathname+window.location.search),!0}let So=null;function Vu(c){let d=So;try{const f=sessionStorage.getItem(vo);f&&(d={handle:null,...JSON.parse(f)})}catch{}return d&&d.page===c?d:null}function Mu(){So=null;try{sessionStorage.removeItem(vo)}catch{}}function $m(c,d){return d?.handle&&(d.code==null||d.code===c.trim())?d.handle:null}const Fm="accounts.verifyHandles";function wo(){try{const c=JSON.parse(localStorage.getItem(Fm)??"{}");return c&&typeof c=="object"?c:{}}catch{return{}}}function Wm(c){try{localStorage.setItem(Fm,JSON.stringify(c))}catch{}}function Eo(c,d){!d||!bo.test(d)||Wm({...wo(),[c.trim().toLowerCase()]:d})}function wv(c){if(!c)return null;const d=wo()[c.trim().toLowerCase()];return typeof d=="string"&&bo.test(d)?d:null}function Ev(c){const{[c.trim().toLowerCase()]:d,...f}=wo();Wm(f)}const Av="The code is wrong or was already used.",xv="If you have just used this code (to turn two-factor on, say), wait for the next one: your app shows a new code every 30 seconds.";function Tv(){const{setUser:c}=dt();return(d,f)=>{go(f),c(d),xt(yo())}}function Pm(c){const d=Tv();return(f,o)=>{switch(f.__typename){case"AuthSuccess":return d(f.user,f.deviceToken),null;case"TwoFactorRequired":return c({challenge:f.challenge,methods:f.methods}),null;case"EmailNotVerified":{const p=o?.includes("@")?o.trim():null;return p&&Eo(p,f.handle),xt("/verify",!1,{...p?{email:p}:{},sent:"login",handle:f.handle??""}),null}case"InvalidCredentials":return f.message===Av?{message:`${f.message} ${xv}`,fields:{}}:Ve(f);default:return Ve(f)}}}async function Im(c){const d=qu();if(d)return d;const o=(await oe(pp,{input:{identifier:c}})).beginPasskeyLogin;if(o.__typename!=="PasskeyOptions")return Ve(o);let p;try{p=await navigator.credentials.get({publicKey:km(o.optionsJson)})}catch(T){return gl(T,!1)}return p instanceof PublicKeyCredential?(await oe(vp,{input:{challengeId:o.challengeId,credentialJson:po(p),deviceToken:ml()}},{session:!0})).finishPasskeyLogin:gl(null,!1)}function eh({challenge:c,onRestart:d}){const[f,o]=Y.useState(!1),p=Me({code:"",recoveryCode:""}),C=Pm(()=>{}),T=p.run(async()=>{const O=f?{challenge:c.challenge,recoveryCode:p.values.recoveryCode.trim(),deviceToken:ml()}:{challenge:c.challenge,code:p.values.code.trim(),deviceToken:ml()},{completeLogin:y}=await oe(yp,{input:O},{session:!0});return C(y)}),q=p.run(async()=>{const O=await Im(null);return"__typename"in O?C(O):O});return s.jsxs("section",{"aria-labelledby":"second-factor",children:[s.jsx("h2",{id:"second-factor",children:"Second factor"}),s.jsxs("p",{children:["Your password was right. Confirm it is you with your authenticator app",f?" or a recovery code":"","."]}),s.jsxs("form",{onSubmit:T,noValidate:!0,children:[f?s.jsx(le,{label:"Recovery code",autoComplete:"off",...p.bind("recoveryCode"),required:!0}):s.jsx(le,{label:"Code from your authenticator app",inputMode:"numeric",autoComplete:"one-time-code",...p.bind("code"),required:!0}),s.jsx(Ce,{problem:p.problem,shown:["code","recoveryCode"]}),s.jsx(Pe,{busy:p.busy,children:"Continue"})]}),s.jsxs("p",{className:"actions",children:[c.methods.includes("RECOVERY_CODE")&&s.jsx("button",{type:"button",className:"link",onClick:()=>o(!f),children:f?"Use a code from the app instead":"Use a recovery code instead"}),c.methods.includes("PASSKEY")&&s.jsx("button",{type:"button",className:"link",onClick:()=>{q()},children:"Use a passkey instead"}),s.jsx("button",{type:"button",className:"link",onClick:d,children:"Start over"})]})]})}function _v(){const c=Me({identifier:"",password:""}),[d,f]=Y.useState(null),o=Pm(f),p=c.run(async()=>{const{login:T}=await oe(gp,{input:{...c.values,deviceToken:ml()}},{session:!0});return o(T,c.values.identifier)}),C=c.run(async()=>{const T=await Im(c.values.identifier.trim()||null);return"__typename"in T?o(T):T});return s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Log in"}),d?s.jsx(eh,{challenge:d,onRestart:()=>f(null)}):s.jsxs(s.Fragment,{children:[s.jsxs("form",{onSubmit:p,noValidate:!0,children:[s.jsx(le,{label:"Email or username",autoComplete:"username webauthn",...c.bind("identifier"),required:!0}),s.jsx(le,{label:"Password",type:"password",autoComplete:"current-password",...c.bind("password"),required:!0}),s.jsx("p",{className:"form-aside",children:s.jsx(ft,{to:"/forgot",children:"Forgot your password?"})}),s.jsx(Ce,{problem:c.problem,shown:["identifier","password"]}),s.jsx(Pe,{busy:c.busy,children:"Log in"})]}),s.jsx("p",{className:"divider",children:s.jsx("span",{children:"or"})}),s.jsx("button",{type:"button",className:"secondary wide",onClick:()=>{C()},disabled:c.busy,children:"Log in with a passkey"}),s.jsxs("p",{className:"switch",children:["New here? ",s.jsx(ft,{to:"/register",children:"Create an account"})," · ",s.jsx(ft,{to:"/verify",children:"Verify your email"})]})]})]})}function jv(c){return new Promise((d,f)=>{const o=new FileReader;o.onload=()=>d(String(o.result)),o.onerror=()=>f(o.error),o.readAsDataURL(c)})}function th({label:c,error:d,onFile:f}){const[o,p]=Y.useState(null),C=async T=>{const q=T.target.files?.[0]??null;f(q),p(q&&q.type.startsWith("image/")?await jv(q):null)};return s.jsxs("div",{className:d?"field invalid":"field",children:[s.jsx("label",{htmlFor:"image-input",children:c}),s.jsx("input",{id:"image-input",name:"image",type:"file",accept:"image/png,image/jpeg,image/webp,image/gif",onChange:T=>{C(T)},"aria-invalid":d?!0:void 0,"aria-describedby":d?"image-error":"image-hint"}),s.jsx("p",{className:"hint",id:"image-hint",children:"PNG, JPEG, WebP or GIF."}),o&&s.jsx("img",{className:"avatar",src:o,alt:"Preview of the chosen image"}),d&&s.jsx("p",{className:"error",id:"image-error",children:d})]})}const Rv=["email","username","firstName","lastName","password","passwordConfirmation","bio","contact","image"];function Uv(){const c=Me({email:"",username:"",firstName:"",lastName:"",password:"",passwordConfirmation:"",bio:"",contact:""}),[d,f]=Y.useState(null),{setUser:o}=dt(),p=T=>{f(T),c.setProblem(q=>q&&"image"in q.fields?{...q,fields:Object.fromEntries(Object.entries(q.fields).filter(([O])=>O!=="image"))}:q)},C=c.run(async()=>{const T={...c.values,image:null},{registerUser:q}=await oe(hp,{input:T},{session:!0,files:d?{"input.image":d}:void 0});switch(q.__typename){case"AuthSuccess":return go(q.deviceToken),o(q.user),xt("/verify",!1,{email:q.user.email,sent:"1"}),null;case"VerificationRequired":return Eo(q.email,q.handle),xt("/verify",!1,{email:q.email,sent:"registered",handle:q.handle}),null;default:return Ve(q)}});return s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Create an account"}),s.jsxs("form",{onSubmit:C,noValidate:!0,children:[s.jsx(le,{label:"Email",type:"email",autoComplete:"email",...c.bind("email"),required:!0}),s.jsx(le,{label:"Username",autoComplete:"username",hint:"6 to 150 characters: letters, digits, dots, dashes or underscores.",...c.bind("username"),required:!0}),s.jsxs("div",{className:"pair",children:[s.jsx(le,{label:"First name",autoComplete:"given-name",...c.bind("firstName"),required:!0}),s.jsx(le,{label:"Last name",autoComplete:"family-name",...c.bind("lastName"),required:!0})]}),s.jsx(le,{label:"Password",type:"password",autoComplete:"new-password",hint:"At least 8 characters, and not easy to guess.",...c.bind("password"),required:!0}),s.jsx(le,{label:"Repeat the password",type:"password",autoComplete:"new-password",...c.bind("passwordConfirmation"),required:!0}),s.jsx(le,{label:"About you (optional)",multiline:!0,...c.bind("bio")}),s.jsx(le,{label:"Contact (optional)",...c.bind("contact")}),s.jsx(th,{label:"Profile image (optional)",error:c.problem?.fields.image,onFile:p}),s.jsx(Ce,{problem:c.problem,shown:Rv}),s.jsx(Pe,{busy:c.busy,children:"Create the account"})]}),s.jsxs("p",{className:"switch",children:["Have an account? ",s.jsx(ft,{to:"/login",children:"Log in"})]})]})}function pi(c,d,f={}){return c.__typename==="UpdateUserSuccess"?(d(c.user),null):Ve(c,f)}function Ao({user:c,size:d="large",alt:f=""}){const o=`${c.firstName[0]??""}${c.lastName[0]??""}`.toUpperCase();return c.imageUrl?s.jsx("img",{className:`avatar ${d}`,src:c.imageUrl,alt:f}):s.jsx("span",{className:`avatar initials ${d}`,"aria-hidden":"true",children:o||"?"})}function Cv({user:c}){const{setUser:d}=dt(),f=Me({username:c.username,firstName:c.firstName,lastName:c.lastName,bio:c.bio,contact:c.contact}),o=f.run(async()=>{const{updateUser:p}=await oe(zu,{input:f.values});return pi(p,d)??"Your details are saved."});return s.jsx(Mt,{title:"Your details",id:"details",children:s.jsxs("form",{onSubmit:o,noValidate:!0,children:[s.jsx(le,{label:"Username",autoComplete:"username",...f.bind("username")}),s.jsxs("div",{className:"pair",children:[s.jsx(le,{label:"First name",autoComplete:"given-name",...f.bind("firstName")}),s.jsx(le,{label:"Last name",autoComplete:"family-name",...f.bind("lastName")})]}),s.jsx(le,{label:"About you",multiline:!0,...f.bind("bio")}),s.jsx(le,{label:"Contact",hint:"A phone number or another way to reach you (optional).",...f.bind("contact")}),s.jsx(Ce,{problem:f.problem,shown:["username","firstName","lastName","bio","contact"]}),f.done&&s.jsx(Ge,{children:f.done}),s.jsx(Pe,{busy:f.busy,children:"Save details"})]})})}function Ov({user:c}){const{setUser:d}=dt(),[f,o]=Y.useState(null),[p,C]=Y.useState(0),T=Me({}),{confirm:q,dialog:O}=vi(),y=v=>{o(v),T.setProblem(null),T.setDone(null)},L=T.run(async()=>{if(!f)return{message:"",fields:{image:"Choose an image first."}};const{updateUser:v}=await oe(zu,{input:{image:null}},{files:{"input.image":f}}),j=pi(v,d);return j||(o(null),C(S=>S+1),"Your new image is saved.")}),H=T.run(async()=>{if(!await q({title:"Remove your profile image?",body:s.jsx("p",{children:"Your initials are shown instead until you upload a new image."}),confirm:"Remove the image"}))return null;const{updateUser:j}=await oe(zu,{input:{removeImage:!0}});return pi(j,d)??"Your image was removed."});return s.jsxs(Mt,{title:"Profile image",id:"image",children:[s.jsxs("div",{className:"image-row",children:[s.jsx(Ao,{user:c,alt:c.imageUrl?"Your profile image":""}),s.jsxs("form",{onSubmit:L,noValidate:!0,children:[s.jsx(th,{label:"New image",error:T.problem?.fields.image,onFile:y},p),s.jsx(Ce,{problem:T.problem,shown:["image"]}),T.done&&s.jsx(Ge,{children:T.done}),s.jsxs("div",{className:"actions",children:[s.jsx(Pe,{busy:T.busy,children:"Upload"}),c.imageUrl&&s.jsx("button",{type:"button",className:"danger-outline",onClick:()=>{H()},disabled:T.busy,children:"Remove the image"})]})]})]}),O]})}function Nv({user:c}){return s.jsxs("main",{children:[s.jsxs("div",{className:"profile-head",children:[s.jsx(Ao,{user:c}),s.jsxs("div",{children:[s.jsxs("h1",{children:[c.firstName," ",c.lastName]}),s.jsxs("p",{className:"muted",children:["@",c.username," · joined ",s.jsx(Ea,{iso:c.dateJoined})]})]})]}),s.jsx(Cv,{user:c},`details-${c.id}`),s.jsx(Ov,{user:c})]})}function zv({user:c,onConfirmed:d}){const{setUser:f}=dt(),[o]=Y.useState(()=>Vu("/confirm-email")),p=Me({code:o?.code??""}),C=p.run(async()=>{const{confirmEmailChange:T}=await oe(Ep,{input:{code:p.values.code.trim()}}),q=pi(T,f,{InvalidCode:{field:"code"}});return q||(Mu(),T.__typename==="UpdateUserSuccess"&&d(T.user.email),null)});return s.jsxs(Mt,{title:"Confirm your new email",id:"confirm-email",children:[s.jsxs("p",{children:["We sent a code to ",s.jsx("strong",{children:c.pendingEmail}),". Enter it to make it your email."]}),o&&s.jsx(Ge,{children:"The code from your email is filled in. Press Confirm to finish."}),s.jsxs("form",{onSubmit:C,noValidate:!0,children:[s.jsx(le,{label:"Code sent to the new address",inputMode:"numeric",autoComplete:"one-time-code",...p.bind("code")}),s.jsx(Ce,{problem:p.problem,shown:["code"]}),s.jsx(Pe,{busy:p.busy,children:"Confirm the new email"})]})]})}function Dv({user:c,onChanged:d}){const{setUser:f}=dt(),o=xa(),p=Me({email:"",currentPassword:""}),C=p.run(async()=>{const T={email:p.values.email.trim(),currentPassword:p.values.currentPassword||null},q=await o(async()=>(await oe(zu,{input:T})).updateUser,{password:p.values.currentPassword});if(!q)return null;const O=pi(q,f,yi);return O||(p.reset(),d(),null)});return s.jsx(Mt,{title:"Change your email",id:"change-email",children:s.jsxs("form",{onSubmit:C,noValidate:!0,children:[s.jsx(le,{label:"New email",type:"email",autoComplete:"email",...p.bind("email")}),c.hasPassword&&s.jsx(le,{label:"Current password",type:"password",autoComplete:"current-password",...p.bind("currentPassword")}),s.jsx(Ce,{problem:p.problem,shown:["email","currentPassword"]}),s.jsx(Pe,{busy:p.busy,children:"Change the email"})]})})}function Dm({user:c}){const[d,f]=Y.useState(null),[o]=Y.useState(()=>Vu("/confirm-email"));return s.jsxs("main",{children:[s.jsx("h1",{children:"Email"}),s.jsxs(Mt,{title:"Your email",id:"current-email",children:[s.jsxs("p",{className:"email-line",children:[s.jsx("strong",{children:c.email})," ",c.emailVerified?s.jsx(yl,{tone:"good",children:"Verified"}):s.jsx(yl,{tone:"warn",children:"Not verified"})]}),!c.emailVerified&&s.jsxs("p",{children:[s.jsx(ft,{to:"/verify",children:"Verify your email"})," to use two-factor sign-in and passkeys."]}),d&&s.jsxs(Ge,{children:[d," is now your email."]})]}),c.pendingEmail&&s.jsx(zv,{user:c,onConfirmed:f}),!c.pendingEmail&&o&&!d&&s.jsx(Ge,{warn:!0,children:"No change of email is waiting for this code: it was confirmed already, or replaced by a newer one."}),s.jsx(Dv,{user:c,onChanged:()=>f(null)})]})}const nh={InvalidCode:{field:"code"}},ah="The code from your email is filled in.";function xo(c){return c?{code:c.code,handle:c.handle}:{code:null,handle:wa("handle")}}function Mv(c,d){const f=xo(c);return f.handle?f:{...f,handle:wv(d)}}function qv(){const{user:c,refresh:d}=dt(),[f]=Y.useState(()=>Vu("/verify")),o=Me({email:f?.email??wa("email")??c?.email??"",code:f?.code??""}),[p,C]=Y.useState(null),[T,q]=Y.useState(()=>xo(f)),O=Me({}),y=Me({}),L=wa("sent")==="registered",H=wa("sent")?"We sent a 6-digit code to your email.":null,v=o.run(async()=>{const w=o.values.email.trim(),M={email:w,code:o.values.code.trim(),handle:$m(o.values.code,T.handle?T:Mv(f,w))},{verifyEmail:pe}=await oe(Lm,{input:M});return pe.__typename!=="EmailVerified"?Ve(pe,nh):(Mu(),Ev(pe.email),C({email:pe.email,hasPassword:pe.hasPassword}),await d(),null)}),j=y.run(async()=>{const{requestEmailVerification:w}=await oe(Hm);return w.__typename!=="CodeSent"?Ve(w):(q({code:null,handle:w.handle}),c&&Eo(c.email,w.handle),w.message)}),S=O.run(async()=>{const w=p?.email??"",{requestPasswordReset:M}=await oe(Vm,{input:{email:w,deviceToken:ml()}});return M.__typename!=="CodeSent"?Ve(M):(xt("/reset-password",!1,{email:w,sent:M.message,handle:M.handle}),null)});return p?s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Verify your email"}),s.jsxs(Ge,{children:[s.jsxs("p",{children:[p.email," is verified."]}),p.hasPassword?c?s.jsx("p",{children:s.jsx(ft,{to:"/",children:"Go to your profile"})}):s.jsxs("p",{children:["Your account is ready. ",s.jsx(ft,{to:"/login",children:"Log in"})]}):s.jsxs(s.Fragment,{children:[s.jsx("p",{children:"The account has no password now: whoever set the one it had did not prove this address. Choose yours with a code we email you."}),s.jsx("p",{children:s.jsx("button",{type:"button",onClick:()=>{S()},disabled:O.busy,children:"Choose a password"})}),s.jsx(Ce,{problem:O.problem})]})]})]}):s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Verify your email"}),f?s.jsxs(Ge,{children:[ah," Check the address and press Verify."]}):L?s.jsxs(Ge,{children:[s.jsxs("p",{children:["Check your mail: we sent a 6-digit code to ",o.values.email||"your email","."]}),s.jsx("p",{children:"Enter it here, or open the link in the email, to finish creating your account. Then log in."})]}):H&&s.jsx(Ge,{children:H}),s.jsxs("form",{onSubmit:v,noValidate:!0,children:[s.jsx(le,{label:"Email",type:"email",autoComplete:"email",...o.bind("email"),required:!0}),s.jsx(le,{label:"Code",inputMode:"numeric",autoComplete:"one-time-code",hint:"6 digits, from the email we sent.",...o.bind("code"),required:!0}),s.jsx(Ce,{problem:o.problem,shown:["email","code"]}),s.jsx(Pe,{busy:o.busy,children:"Verify"})]}),c&&!c.emailVerified&&s.jsxs("div",{className:"secondary-actions",children:[s.jsx("button",{type:"button",className:"secondary",onClick:()=>{j()},disabled:y.busy,children:"Send a new code"}),y.done&&s.jsx(Ge,{children:y.done}),s.jsx(Ce,{problem:y.problem})]})]})}function Lv(){const c=Me({email:wa("email")??""}),d=c.run(async()=>{const f=c.values.email.trim(),{requestPasswordReset:o}=await oe(Vm,{input:{email:f,deviceToken:ml()}});return o.__typename!=="CodeSent"?Ve(o):(xt("/reset-password",!1,{email:f,sent:o.message,handle:o.handle}),null)});return s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Forgot your password?"}),s.jsx("p",{children:"We will email you a code to set a new one."}),s.jsxs("form",{onSubmit:d,noValidate:!0,children:[s.jsx(le,{label:"Email",type:"email",autoComplete:"email",...c.bind("email"),required:!0}),s.jsx(Ce,{problem:c.problem,shown:["email"]}),s.jsx(Pe,{busy:c.busy,children:"Send me a code"})]}),s.jsxs("p",{className:"switch",children:[s.jsx(ft,{to:"/reset-password",children:"I have a code"})," · ",s.jsx(ft,{to:"/login",children:"Back to log in"})]})]})}function Hv(){const[c]=Y.useState(()=>Vu("/reset-password")),d=Me({email:c?.email??wa("email")??"",code:c?.code??"",newPassword:"",newPasswordConfirmation:""}),[f,o]=Y.useState(null),[p]=Y.useState(()=>xo(c)),{setUser:C}=dt(),T=wa("sent"),q=d.run(async()=>{const O={...d.values,email:d.values.email.trim(),code:d.values.code.trim(),handle:$m(d.values.code,p)},{resetPassword:y}=await oe(wp,{input:O},{session:!0});switch(y.__typename){case"AuthSuccess":return Mu(),go(y.deviceToken),C(y.user),xt(yo()),null;case"TwoFactorRequired":return Mu(),o({challenge:y.challenge,methods:y.methods}),null;default:return Ve(y,nh)}});return f?s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Set a new password"}),s.jsx("p",{children:"The new password takes effect once you confirm the second factor."}),s.jsx(eh,{challenge:f,onRestart:()=>o(null)})]}):s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Set a new password"}),c?s.jsxs(Ge,{children:[ah," Choose your new password."]}):T&&s.jsx(Ge,{children:T}),s.jsxs("form",{onSubmit:q,noValidate:!0,children:[s.jsx(le,{label:"Email",type:"email",autoComplete:"email",...d.bind("email"),required:!0}),s.jsx(le,{label:"Code from the email",inputMode:"numeric",autoComplete:"one-time-code",...d.bind("code"),required:!0}),s.jsx(le,{label:"New password",type:"password",autoComplete:"new-password",...d.bind("newPassword"),required:!0}),s.jsx(le,{label:"Repeat the new password",type:"password",autoComplete:"new-password",...d.bind("newPasswordConfirmation"),required:!0}),s.jsx(Ce,{problem:d.problem,shown:["email","code","newPassword","newPasswordConfirmation"]}),s.jsx(Pe,{busy:d.busy,children:"Set the new password"})]}),s.jsxs("p",{className:"switch",children:[s.jsx(ft,{to:"/forgot",children:"Send me another code"})," · ",s.jsx(ft,{to:"/login",children:"Back to log in"})]})]})}const Vv="The code is not right. Type the code your app shows now; a code that was just used works once only, so wait for the next one.",lh={InvalidCode:{field:"code",message:Vv}};function Bv(c){return/^<svg[^>]*\sxmlns=/.test(c)||(c=c.replace(/^<svg\b/,'<svg xmlns="http://www.w3.org/2000/svg"')),`data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(c)))}`}function ih({codes:c}){return s.jsxs("section",{"aria-labelledby":"recovery-codes",className:"codes-box",children:[s.jsx("h3",{id:"recovery-codes",children:"Your recovery codes"}),s.jsx("p",{children:"Each works once, in place of a code from the app. They are shown only now: print them or keep them in a password manager."}),s.jsx("ul",{className:"codes","data-testid":"recovery-codes",children:c.map(d=>s.jsx("li",{children:s.jsx("code",{children:d})},d))})]})}function Yv({user:c,onEnabled:d}){const[f,o]=Y.useState(null),p=Me({}),C=Me({code:""}),T=xa(),q=p.run(async()=>{const y=await T(async()=>(await oe(Up)).beginTotpSetup);return y?y.__typename!=="TotpSetup"?Ve(y):(o(y),null):null}),O=C.run(async()=>{const y={code:C.values.code.trim()},L=await T(async()=>(await oe(Cp,{input:y})).confirmTotpSetup);return L?L.__typename!=="RecoveryCodes"?Ve(L,lh):(d(L.codes),null):null});return f?s.jsxs("form",{onSubmit:O,noValidate:!0,children:[s.jsx("p",{children:"Scan this code with your authenticator app, or type the key in by hand."}),s.jsx("img",{className:"qr",src:Bv(f.qrSvg),alt:"QR code to scan with your authenticator app",width:200,height:200}),s.jsxs("p",{className:"key",children:["Key: ",s.jsx("code",{"data-testid":"totp-secret",children:f.secret})]}),s.jsx(le,{label:"Code from the app",inputMode:"numeric",autoComplete:"one-time-code",...C.bind("code")}),s.jsx(Ce,{problem:C.problem,shown:["code"]}),s.jsx(Pe,{busy:C.busy,children:"Turn on two-factor sign-in"})]}):s.jsxs(s.Fragment,{children:[s.jsx("p",{children:"Ask for a code from an authenticator app (Google Authenticator, Aegis, 1Password…) after your password."}),!c.emailVerified&&s.jsxs(Ge,{warn:!0,children:["Your email is not verified yet: setting up asks you for a code we email to ",c.email," first."]}),s.jsx(Ce,{problem:p.problem}),s.jsx("button",{type:"button",className:"primary",onClick:()=>{q()},disabled:p.busy,children:"Set up an authenticator app"})]})}function Gv(){const{refresh:c}=dt(),[d,f]=Y.useState(null),o=Me({currentPassword:""}),p=Me({currentPassword:"",code:""}),{confirm:C,dialog:T}=vi(),q=xa(),O=o.run(async()=>{if(!await C({title:"Make new recovery codes?",body:s.jsx("p",{children:"Your current recovery codes stop working at once."}),confirm:"Make new codes"}))return null;const H=o.values,v=await q(async()=>(await oe(Op,{input:H})).regenerateRecoveryCodes,{password:H.currentPassword});return v?v.__typename!=="RecoveryCodes"?Ve(v,yi):(o.reset(),f(v.codes),null):null}),y=p.run(async()=>{if(!await C({title:"Turn two-factor sign-in off?",body:s.jsx("p",{children:"Your password alone will sign you in again, and your recovery codes stop working."}),confirm:"Turn it off"}))return null;const H={...p.values,code:p.values.code.trim()},v=await q(async()=>(await oe(Np,{input:H})).disableTwoFactor,{password:H.currentPassword});return v?v.__typename!=="TwoFactorDisabled"?Ve(v,{...yi,...lh}):(await c(),null):null});return s.jsxs(s.Fragment,{children:[d&&s.jsx(ih,{codes:d}),s.jsxs("section",{"aria-labelledby":"regenerate",className:"subsection",children:[s.jsx("h3",{id:"regenerate",children:"New recovery codes"}),s.jsx("p",{children:"Lost some codes, or used most of them? Make a new set: the old codes stop working."}),s.jsxs("form",{onSubmit:O,noValidate:!0,children:[s.jsx(le,{label:"Current password (for new codes)",type:"password",autoComplete:"current-password",...o.bind("currentPassword")}),s.jsx(Ce,{problem:o.problem,shown:["currentPassword"]}),s.jsx(Pe,{busy:o.busy,children:"Make new recovery codes"})]})]}),s.jsxs("section",{"aria-labelledby":"disable",className:"subsection",children:[s.jsx("h3",{id:"disable",children:"Turn two-factor off"}),s.jsxs("form",{onSubmit:y,noValidate:!0,children:[s.jsx(le,{label:"Current password (to turn two-factor off)",type:"password",autoComplete:"current-password",...p.bind("currentPassword")}),s.jsx(le,{label:"Code from the app, or a recovery code",autoComplete:"one-time-code",...p.bind("code")}),s.jsx(Ce,{problem:p.problem,shown:["currentPassword","code"]}),s.jsx(Pe,{busy:p.busy,danger:!0,children:"Turn two-factor off"})]})]}),T]})}function kv({user:c}){const{refresh:d}=dt(),[f,o]=Y.useState(null),p=T=>{o(T),d()};let C;return f?C=s.jsxs(s.Fragment,{children:[s.jsx(Ge,{children:"Two-factor sign-in is on."}),s.jsx(ih,{codes:f}),s.jsx("button",{type:"button",className:"primary",onClick:()=>o(null),children:"I have saved my recovery codes"})]}):C=c.twoFactorEnabled?s.jsx(Gv,{}):s.jsx(Yv,{user:c,onEnabled:p}),s.jsxs(Mt,{title:"Two-factor sign-in",id:"two-factor",children:[s.jsxs("p",{className:"status-line",children:[c.twoFactorEnabled?s.jsx(yl,{tone:"good",children:"On"}):s.jsx(yl,{children:"Off"}),c.twoFactorEnabled?" Logging in asks for a code from your app after your password.":""]}),C]})}const Xv=async()=>(await oe(zp)).passkeys;function Qv(){const{data:c,problem:d,reload:f}=Qm(Xv),o=Me({name:""}),p=Me({}),{confirm:C,dialog:T}=vi(),q=xa(),O=o.run(async()=>{p.setDone(null);const L=qu();if(L)return L;const H=await q(async()=>(await oe(Dp)).beginPasskeyRegistration);if(!H)return null;if(H.__typename!=="PasskeyOptions")return Ve(H);let v;try{v=await navigator.credentials.create({publicKey:Zp(H.optionsJson)})}catch(S){return gl(S,!0)}if(!(v instanceof PublicKeyCredential))return gl(null,!0);const{finishPasskeyRegistration:j}=await oe(Mp,{input:{challengeId:H.challengeId,credentialJson:po(v),name:o.values.name.trim()||null}});if(j.__typename!=="PasskeyAdded"){const S=JSON.parse(H.optionsJson).rp.id;return j.__typename==="ValidationError"&&j.fields.some(w=>w.code==="invalid")&&kp(S,v.id),Gp(j)}return o.reset(),await f(),`Passkey “${j.passkey.name}” added.`}),y=L=>p.run(async()=>{if(o.setDone(null),!await C({title:`Remove the passkey “${L.name}”?`,body:s.jsx("p",{children:"It stops signing you in. The device may keep it until you delete it there too."}),confirm:"Remove the passkey"}))return null;const v=await q(async()=>(await oe(qp,{id:L.id})).removePasskey);return v?v.__typename!=="PasskeyRemoved"?Ve(v):(await f(),`Passkey “${L.name}” removed.`):null});return s.jsxs(Mt,{title:"Passkeys",id:"passkeys",children:[s.jsx("p",{children:"A passkey signs you in without a password: your device checks your fingerprint, face or PIN."}),s.jsx(Ce,{problem:d??p.problem}),p.done&&s.jsx(Ge,{children:p.done}),c===null&&!d&&s.jsx(Hu,{rows:2,label:"Loading your passkeys…"}),c&&c.length===0&&s.jsx("p",{className:"empty",children:"No passkeys yet."}),c&&c.length>0&&s.jsx("ul",{className:"rows",children:c.map(L=>s.jsxs("li",{className:"row",children:[s.jsxs("div",{className:"row-main",children:[s.jsx("strong",{children:L.name}),s.jsxs("span",{className:"muted",children:["Added ",s.jsx(Ea,{iso:L.createdAt})," · last used ",s.jsx(Ea,{iso:L.lastUsedAt,never:"never"})]})]}),s.jsx("button",{type:"button",className:"danger-outline small",onClick:()=>{y(L)()},disabled:p.busy,"aria-label":`Remove the passkey ${L.name}`,children:"Remove"})]},L.id))}),s.jsxs("section",{"aria-labelledby":"add-passkey",className:"subsection",children:[s.jsx("h3",{id:"add-passkey",children:"Add a passkey"}),s.jsxs("form",{onSubmit:O,noValidate:!0,children:[s.jsx(le,{label:"Name (e.g. “Laptop”)",...o.bind("name")}),s.jsx(Ce,{problem:o.problem,shown:["name"]}),o.done&&s.jsx(Ge,{children:o.done}),s.jsx(Pe,{busy:o.busy,children:"Add a passkey"})]})]}),T]})}function Zv({user:c}){return s.jsxs("main",{children:[s.jsx("h1",{children:"Security"}),s.jsx(kv,{user:c}),s.jsx(Qv,{})]})}const so={"/login":{title:"Log in",render:()=>s.jsx(_v,{})},"/register":{title:"Create an account",render:()=>s.jsx(Uv,{})},"/verify":{title:"Verify your email",render:()=>s.jsx(qv,{})},"/forgot":{title:"Forgot your password",render:()=>s.jsx(Lv,{})},"/reset-password":{title:"Set a new password",render:()=>s.jsx(Hv,{})}},dl={"/":{title:"Profile",render:c=>s.jsx(Nv,{user:c},c.id)},"/email":{title:"Email",render:c=>s.jsx(Dm,{user:c})},"/confirm-email":{title:"Confirm your new email",render:c=>s.jsx(Dm,{user:c})},"/password":{title:"Password",render:c=>s.jsx(fv,{user:c})},"/security":{title:"Security",render:c=>s.jsx(Zv,{user:c})},"/sessions":{title:"Sessions",render:()=>s.jsx(yv,{})},"/activity":{title:"Security activity",render:()=>s.jsx(bv,{})},"/delete":{title:"Delete your account",render:c=>s.jsx(dv,{user:c})}},co={"/two-factor":"/security","/passkeys":"/security"},Jv=[["/","Profile"],["/email","Email"],["/password","Password"],["/security","Security"],["/sessions","Sessions"],["/activity","Activity"],["/delete","Danger zone"]];function Kv(){return Aa.logoUrl?s.jsx("img",{className:"logo",src:Aa.logoUrl,alt:""}):s.jsxs("svg",{className:"logo",viewBox:"0 0 32 32","aria-hidden":"true",focusable:"false",children:[s.jsx("rect",{width:"32",height:"32",rx:"8",className:"logo-tile"}),s.jsx("circle",{cx:"16",cy:"12.5",r:"5",className:"logo-mark"}),s.jsx("path",{d:"M7.5 26c1.4-4.6 4.6-7 8.5-7s7.1 2.4 8.5 7z",className:"logo-mark"})]})}function $v({user:c}){const{setUser:d}=dt(),[f,o]=Y.useState(null),p=async()=>{o(null);try{await oe(bp)}catch(C){if(!(C instanceof Fn&&C.code==="UNAUTHENTICATED")){const T=Lu(C);o({...T,message:`You are still logged in: ${T.message}`});return}}d(null),xt("/login")};return s.jsxs("header",{className:"topbar",children:[s.jsxs("div",{className:"topbar-inner",children:[s.jsxs(ft,{to:"/",className:"brand",children:[s.jsx(Kv,{}),s.jsx("span",{children:Aa.productName})]}),s.jsx("nav",{"aria-label":"Account",children:s.jsx("ul",{children:c?s.jsxs(s.Fragment,{children:[s.jsxs("li",{className:"who",children:[s.jsx(Ao,{user:c,size:"small"}),s.jsx("span",{className:"who-name",children:c.firstName})]}),s.jsx("li",{children:s.jsx("button",{type:"button",className:"secondary small",onClick:()=>{p()},children:"Log out"})})]}):s.jsxs(s.Fragment,{children:[s.jsx("li",{children:s.jsx(ft,{to:"/login",children:"Log in"})}),s.jsx("li",{children:s.jsx(ft,{to:"/register",children:"Create an account"})})]})})})]}),c&&f&&s.jsx("div",{className:"topbar-problem",children:s.jsx(Ce,{problem:f})})]})}function Fv(){return s.jsx("nav",{"aria-label":"Settings",className:"sidenav",children:s.jsx("ul",{children:Jv.map(([c,d])=>s.jsx("li",{className:c==="/delete"?"danger-link":void 0,children:s.jsx(ft,{to:c,children:d})},c))})})}function Wv(){const{path:c,query:d}=Hp(),{user:f,loading:o}=dt(),p=Y.useRef(null),C=Y.useRef(!0),T=co[c]??c,q=so[T]??dl[T];Vp(q?.title??"Page not found"),Y.useEffect(()=>{if(C.current){C.current=!1;return}p.current?.focus()},[c]),Y.useEffect(()=>{o||(co[c]?xt(co[c],!0):!f&&dl[c]?xt(c==="/"?"/login":`/login?next=${encodeURIComponent(c)}`,!0):f&&(c==="/login"||c==="/register")&&xt(yo(),!0))},[f,o,c]);let O;o||!f&&dl[T]?O=s.jsx(Hu,{rows:4}):so[T]?O=so[T].render():f&&dl[T]?O=dl[T].render(f):O=s.jsxs("main",{className:"auth-card",children:[s.jsx("h1",{children:"Page not found"}),s.jsx("p",{children:s.jsx(ft,{to:"/",children:"Go to your account"})})]});const y=!!(f&&dl[T]);return s.jsxs(s.Fragment,{children:[s.jsx("a",{className:"skip",href:"#content",children:"Skip to the content"}),s.jsx($v,{user:f}),s.jsxs("div",{className:y?"layout":"layout single",children:[y&&s.jsx(Fv,{}),s.jsxs("div",{id:"content",ref:p,tabIndex:-1,children:[d.get("deleted")&&c==="/login"&&s.jsx(Ge,{children:"Your account was deleted."}),d.get("loggedOut")&&c==="/login"&&s.jsx(Ge,{children:"You were logged out everywhere."}),O]})]})]})}Km(hl);function Pv(){const[c,d]=Y.useState(0);return Y.useEffect(()=>{const f=()=>{Km(hl)&&d(o=>o+1)};return window.addEventListener("hashchange",f),()=>window.removeEventListener("hashchange",f)},[]),s.jsx(Wv,{},c)}Ry.createRoot(document.getElementById("root")).render(s.jsx(Y.StrictMode,{children:s.jsx(Bp,{children:s.jsx($p,{children:s.jsx(Pv,{})})})}));
