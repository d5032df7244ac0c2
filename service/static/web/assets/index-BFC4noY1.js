var Cs={exports:{}},La={};var Bd;function Ng(){if(Bd)return La;Bd=1;var f=Symbol.for("react.transitional.element"),b=Symbol.for("react.fragment");function p(o,R,x){var O=null;if(x!==void 0&&(O=""+x),R.key!==void 0&&(O=""+R.key),"key"in R){x={};for(var M in R)M!=="key"&&(x[M]=R[M])}else x=R;return R=x.ref,{$$typeof:f,type:o,key:O,ref:R!==void 0?R:null,props:x}}return La.Fragment=b,La.jsx=p,La.jsxs=p,La}var Yd;function Mg(){return Yd||(Yd=1,Cs.exports=Ng()),Cs.exports}var s=Mg(),Rs={exports:{}},X={};var Vd;function qg(){if(Vd)return X;Vd=1;var f=Symbol.for("react.transitional.element"),b=Symbol.for("react.portal"),p=Symbol.for("react.fragment"),o=Symbol.for("react.strict_mode"),R=Symbol.for("react.profiler"),x=Symbol.for("react.consumer"),O=Symbol.for("react.context"),M=Symbol.for("react.forward_ref"),z=Symbol.for("react.suspense"),g=Symbol.for("react.memo"),D=Symbol.for("react.lazy"),j=Symbol.for("react.activity"),te=Symbol.iterator;function Ee(m){return m===null||typeof m!="object"?null:(m=te&&m[te]||m["@@iterator"],typeof m=="function"?m:null)}var re={isMounted:function(){return!1},enqueueForceUpdate:function(){},enqueueReplaceState:function(){},enqueueSetState:function(){}},Le=Object.assign,Vt={};function it(m,C,q){this.props=m,this.context=C,this.refs=Vt,this.updater=q||re}it.prototype.isReactComponent={},it.prototype.setState=function(m,C){if(typeof m!="object"&&typeof m!="function"&&m!=null)throw Error("takes an object of state variables to update or a function which returns an object of state variables.");this.updater.enqueueSetState(this,m,C,"setState")},it.prototype.forceUpdate=function(m){this.updater.enqueueForceUpdate(this,m,"forceUpdate")};function sl(){}sl.prototype=it.prototype;function Xe(m,C,q){this.props=m,this.context=C,this.refs=Vt,this.updater=q||re}var pt=Xe.prototype=new sl;pt.constructor=Xe,Le(pt,it.prototype),pt.isPureReactComponent=!0;var Mt=Array.isArray;function ke(){}var P={H:null,A:null,T:null,S:null},Fe=Object.prototype.hasOwnProperty;function qt(m,C,q){var w=q.ref;return{$$typeof:f,type:m,key:C,ref:w!==void 0?w:null,props:q}}function nn(m,C){return qt(m.type,C,m.props)}function Lt(m){return typeof m=="object"&&m!==null&&m.$$typeof===f}function We(m){var C={"=":"=0",":":"=2"};return"$"+m.replace(/[=:]/g,function(q){return C[q]})}var ql=/\/+/g;function Gt(m,C){return typeof m=="object"&&m!==null&&m.key!=null?We(""+m.key):C.toString(36)}function xt(m){switch(m.status){case"fulfilled":return m.value;case"rejected":throw m.reason;default:switch(typeof m.status=="string"?m.then(ke,ke):(m.status="pending",m.then(function(C){m.status==="pending"&&(m.status="fulfilled",m.value=C)},function(C){m.status==="pending"&&(m.status="rejected",m.reason=C)})),m.status){case"fulfilled":return m.value;case"rejected":throw m.reason}}throw m}function T(m,C,q,w,Q){var K=typeof m;(K==="undefined"||K==="boolean")&&(m=null);var ce=!1;if(m===null)ce=!0;else switch(K){case"bigint":case"string":case"number":ce=!0;break;case"object":switch(m.$$typeof){case f:case b:ce=!0;break;case D:return ce=m._init,T(ce(m._payload),C,q,w,Q)}}if(ce)return Q=Q(m),ce=w===""?"."+Gt(m,0):w,Mt(Q)?(q="",ce!=null&&(q=ce.replace(ql,"$&/")+"/"),T(Q,C,q,"",function(Xn){return Xn})):Q!=null&&(Lt(Q)&&(Q=nn(Q,q+(Q.key==null||m&&m.key===Q.key?"":(""+Q.key).replace(ql,"$&/")+"/")+ce)),C.push(Q)),1;ce=0;var Ke=w===""?".":w+":";if(Mt(m))for(var Ue=0;Ue<m.length;Ue++)w=m[Ue],K=Ke+Gt(w,Ue),ce+=T(w,C,q,K,Q);else if(Ue=Ee(m),typeof Ue=="function")for(m=Ue.call(m),Ue=0;!(w=m.next()).done;)w=w.value,K=Ke+Gt(w,Ue++),ce+=T(w,C,q,K,Q);else if(K==="object"){if(typeof m.then=="function")return T(xt(m),C,q,w,Q);throw C=String(m),Error("Objects are not valid as a React child (found: "+(C==="[object Object]"?"object with keys {"+Object.keys(m).join(", ")+"}":C)+"). If you meant to render a collection of children, use an array instead.")}return ce}function N(m,C,q){if(m==null)return m;var w=[],Q=0;return T(m,w,"","",function(K){return C.call(q,K,Q++)}),w}function G(m){if(m._status===-1){var C=m._result;C=C(),C.then(function(q){(m._status===0||m._status===-1)&&(m._status=1,m._result=q)},function(q){(m._status===0||m._status===-1)&&(m._status=2,m._result=q)}),m._status===-1&&(m._status=0,m._result=C)}if(m._status===1)return m._result.default;throw m._result}var de=typeof reportError=="function"?reportError:function(m){if(typeof window=="object"&&typeof window.ErrorEvent=="function"){var C=new window.ErrorEvent("error",{bubbles:!0,cancelable:!0,message:typeof m=="object"&&m!==null&&typeof m.message=="string"?String(m.message):String(m),error:m});if(!window.dispatchEvent(C))return}else if(typeof process=="object"&&typeof process.emit=="function"){process.emit("uncaughtException",m);return}console.error(m)},he={map:N,forEach:function(m,C,q){N(m,function(){C.apply(this,arguments)},q)},count:function(m){var C=0;return N(m,function(){C++}),C},toArray:function(m){return N(m,function(C){return C})||[]},only:function(m){if(!Lt(m))throw Error("React.Children.only expected to receive a single React element child.");return m}};return X.Activity=j,X.Children=he,X.Component=it,X.Fragment=p,X.Profiler=R,X.PureComponent=Xe,X.StrictMode=o,X.Suspense=z,X.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE=P,X.__COMPILER_RUNTIME={__proto__:null,c:function(m){return P.H.useMemoCache(m)}},X.cache=function(m){return function(){return m.apply(null,arguments)}},X.cacheSignal=function(){return null},X.cloneElement=function(m,C,q){if(m==null)throw Error("The argument must be a React element, but you passed "+m+".");var w=Le({},m.props),Q=m.key;if(C!=null)for(K in C.key!==void 0&&(Q=""+C.key),C)!Fe.call(C,K)||K==="key"||K==="__self"||K==="__source"||K==="ref"&&C.ref===void 0||(w[K]=C[K]);var K=arguments.length-2;if(K===1)w.children=q;else if(1<K){for(var ce=Array(K),Ke=0;Ke<K;Ke++)ce[Ke]=arguments[Ke+2];w.children=ce}return qt(m.type,Q,w)},X.createContext=function(m){return m={$$typeof:O,_currentValue:m,_currentValue2:m,_threadCount:0,Provider:null,Consumer:null},m.Provider=m,m.Consumer={$$typeof:x,_context:m},m},X.createElement=function(m,C,q){var w,Q={},K=null;if(C!=null)for(w in C.key!==void 0&&(K=""+C.key),C)Fe.call(C,w)&&w!=="key"&&w!=="__self"&&w!=="__source"&&(Q[w]=C[w]);var ce=arguments.length-2;if(ce===1)Q.children=q;else if(1<ce){for(var Ke=Array(ce),Ue=0;Ue<ce;Ue++)Ke[Ue]=arguments[Ue+2];Q.children=Ke}if(m&&m.defaultProps)for(w in ce=m.defaultProps,ce)Q[w]===void 0&&(Q[w]=ce[w]);return qt(m,K,Q)},X.createRef=function(){return{current:null}},X.forwardRef=function(m){return{$$typeof:M,render:m}},X.isValidElement=Lt,X.lazy=function(m){return{$$typeof:D,_payload:{_status:-1,_result:m},_init:G}},X.memo=function(m,C){return{$$typeof:g,type:m,compare:C===void 0?null:C}},X.startTransition=function(m){var C=P.T,q={};P.T=q;try{var w=m(),Q=P.S;Q!==null&&Q(q,w),typeof w=="object"&&w!==null&&typeof w.then=="function"&&w.then(ke,de)}catch(K){de(K)}finally{C!==null&&q.types!==null&&(C.types=q.types),P.T=C}},X.unstable_useCacheRefresh=function(){return P.H.useCacheRefresh()},X.use=function(m){return P.H.use(m)},X.useActionState=function(m,C,q){return P.H.useActionState(m,C,q)},X.useCallback=function(m,C){return P.H.useCallback(m,C)},X.useContext=function(m){return P.H.useContext(m)},X.useDebugValue=function(){},X.useDeferredValue=function(m,C){return P.H.useDeferredValue(m,C)},X.useEffect=function(m,C){return P.H.useEffect(m,C)},X.useEffectEvent=function(m){return P.H.useEffectEvent(m)},X.useId=function(){return P.H.useId()},X.useImperativeHandle=function(m,C,q){return P.H.useImperativeHandle(m,C,q)},X.useInsertionEffect=function(m,C){return P.H.useInsertionEffect(m,C)},X.useLayoutEffect=function(m,C){return P.H.useLayoutEffect(m,C)},X.useMemo=function(m,C){return P.H.useMemo(m,C)},X.useOptimistic=function(m,C){return P.H.useOptimistic(m,C)},X.useReducer=function(m,C,q){return P.H.useReducer(m,C,q)},X.useRef=function(m){return P.H.useRef(m)},X.useState=function(m){return P.H.useState(m)},X.useSyncExternalStore=function(m,C,q){return P.H.useSyncExternalStore(m,C,q)},X.useTransition=function(){return P.H.useTransition()},X.version="19.2.9",X}var Gd;function Ms(){return Gd||(Gd=1,Rs.exports=qg()),Rs.exports}var V=Ms(),zs={exports:{}},wa={},js={exports:{}},xs={};var Xd;function Lg(){return Xd||(Xd=1,(function(f){function b(T,N){var G=T.length;T.push(N);e:for(;0<G;){var de=G-1>>>1,he=T[de];if(0<R(he,N))T[de]=N,T[G]=he,G=de;else break e}}function p(T){return T.length===0?null:T[0]}function o(T){if(T.length===0)return null;var N=T[0],G=T.pop();if(G!==N){T[0]=G;e:for(var de=0,he=T.length,m=he>>>1;de<m;){var C=2*(de+1)-1,q=T[C],w=C+1,Q=T[w];if(0>R(q,G))w<he&&0>R(Q,q)?(T[de]=Q,T[w]=G,de=w):(T[de]=q,T[C]=G,de=C);else if(w<he&&0>R(Q,G))T[de]=Q,T[w]=G,de=w;else break e}}return N}function R(T,N){var G=T.sortIndex-N.sortIndex;return G!==0?G:T.id-N.id}if(f.unstable_now=void 0,typeof performance=="object"&&typeof performance.now=="function"){var x=performance;f.unstable_now=function(){return x.now()}}else{var O=Date,M=O.now();f.unstable_now=function(){return O.now()-M}}var z=[],g=[],D=1,j=null,te=3,Ee=!1,re=!1,Le=!1,Vt=!1,it=typeof setTimeout=="function"?setTimeout:null,sl=typeof clearTimeout=="function"?clearTimeout:null,Xe=typeof setImmediate<"u"?setImmediate:null;function pt(T){for(var N=p(g);N!==null;){if(N.callback===null)o(g);else if(N.startTime<=T)o(g),N.sortIndex=N.expirationTime,b(z,N);else break;N=p(g)}}function Mt(T){if(Le=!1,pt(T),!re)if(p(z)!==null)re=!0,ke||(ke=!0,We());else{var N=p(g);N!==null&&xt(Mt,N.startTime-T)}}var ke=!1,P=-1,Fe=5,qt=-1;function nn(){return Vt?!0:!(f.unstable_now()-qt<Fe)}function Lt(){if(Vt=!1,ke){var T=f.unstable_now();qt=T;var N=!0;try{e:{re=!1,Le&&(Le=!1,sl(P),P=-1),Ee=!0;var G=te;try{t:{for(pt(T),j=p(z);j!==null&&!(j.expirationTime>T&&nn());){var de=j.callback;if(typeof de=="function"){j.callback=null,te=j.priorityLevel;var he=de(j.expirationTime<=T);if(T=f.unstable_now(),typeof he=="function"){j.callback=he,pt(T),N=!0;break t}j===p(z)&&o(z),pt(T)}else o(z);j=p(z)}if(j!==null)N=!0;else{var m=p(g);m!==null&&xt(Mt,m.startTime-T),N=!1}}break e}finally{j=null,te=G,Ee=!1}N=void 0}}finally{N?We():ke=!1}}}var We;if(typeof Xe=="function")We=function(){Xe(Lt)};else if(typeof MessageChannel<"u"){var ql=new MessageChannel,Gt=ql.port2;ql.port1.onmessage=Lt,We=function(){Gt.postMessage(null)}}else We=function(){it(Lt,0)};function xt(T,N){P=it(function(){T(f.unstable_now())},N)}f.unstable_IdlePriority=5,f.unstable_ImmediatePriority=1,f.unstable_LowPriority=4,f.unstable_NormalPriority=3,f.unstable_Profiling=null,f.unstable_UserBlockingPriority=2,f.unstable_cancelCallback=function(T){T.callback=null},f.unstable_forceFrameRate=function(T){0>T||125<T?console.error("forceFrameRate takes a positive int between 0 and 125, forcing frame rates higher than 125 fps is not supported"):Fe=0<T?Math.floor(1e3/T):5},f.unstable_getCurrentPriorityLevel=function(){return te},f.unstable_next=function(T){switch(te){case 1:case 2:case 3:var N=3;break;default:N=te}var G=te;te=N;try{return T()}finally{te=G}},f.unstable_requestPaint=function(){Vt=!0},f.unstable_runWithPriority=function(T,N){switch(T){case 1:case 2:case 3:case 4:case 5:break;default:T=3}var G=te;te=T;try{return N()}finally{te=G}},f.unstable_scheduleCallback=function(T,N,G){var de=f.unstable_now();switch(typeof G=="object"&&G!==null?(G=G.delay,G=typeof G=="number"&&0<G?de+G:de):G=de,T){case 1:var he=-1;break;case 2:he=250;break;case 5:he=1073741823;break;case 4:he=1e4;break;default:he=5e3}return he=G+he,T={id:D++,callback:N,priorityLevel:T,startTime:G,expirationTime:he,sortIndex:-1},G>de?(T.sortIndex=G,b(g,T),p(z)===null&&T===p(g)&&(Le?(sl(P),P=-1):Le=!0,xt(Mt,G-de))):(T.sortIndex=he,b(z,T),re||Ee||(re=!0,ke||(ke=!0,We()))),T},f.unstable_shouldYield=nn,f.unstable_wrapCallback=function(T){var N=te;return function(){var G=te;te=N;try{return T.apply(this,arguments)}finally{te=G}}}})(xs)),xs}var Qd;function wg(){return Qd||(Qd=1,js.exports=Lg()),js.exports}var Os={exports:{}},Qe={};var Zd;function Hg(){if(Zd)return Qe;Zd=1;var f=Ms();function b(z){var g="https://react.dev/errors/"+z;if(1<arguments.length){g+="?args[]="+encodeURIComponent(arguments[1]);for(var D=2;D<arguments.length;D++)g+="&args[]="+encodeURIComponent(arguments[D])}return"Minified React error #"+z+"; visit "+g+" for the full message or use the non-minified dev environment for full errors and additional helpful warnings."}function p(){}var o={d:{f:p,r:function(){throw Error(b(522))},D:p,C:p,L:p,m:p,X:p,S:p,M:p},p:0,findDOMNode:null},R=Symbol.for("react.portal");function x(z,g,D){var j=3<arguments.length&&arguments[3]!==void 0?arguments[3]:null;return{$$typeof:R,key:j==null?null:""+j,children:z,containerInfo:g,implementation:D}}var O=f.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;function M(z,g){if(z==="font")return"";if(typeof g=="string")return g==="use-credentials"?g:""}return Qe.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE=o,Qe.createPortal=function(z,g){var D=2<arguments.length&&arguments[2]!==void 0?arguments[2]:null;if(!g||g.nodeType!==1&&g.nodeType!==9&&g.nodeType!==11)throw Error(b(299));return x(z,g,null,D)},Qe.flushSync=function(z){var g=O.T,D=o.p;try{if(O.T=null,o.p=2,z)return z()}finally{O.T=g,o.p=D,o.d.f()}},Qe.preconnect=function(z,g){typeof z=="string"&&(g?(g=g.crossOrigin,g=typeof g=="string"?g==="use-credentials"?g:"":void 0):g=null,o.d.C(z,g))},Qe.prefetchDNS=function(z){typeof z=="string"&&o.d.D(z)},Qe.preinit=function(z,g){if(typeof z=="string"&&g&&typeof g.as=="string"){var D=g.as,j=M(D,g.crossOrigin),te=typeof g.integrity=="string"?g.integrity:void 0,Ee=typeof g.fetchPriority=="string"?g.fetchPriority:void 0;D==="style"?o.d.S(z,typeof g.precedence=="string"?g.precedence:void 0,{crossOrigin:j,integrity:te,fetchPriority:Ee}):D==="script"&&o.d.X(z,{crossOrigin:j,integrity:te,fetchPriority:Ee,nonce:typeof g.nonce=="string"?g.nonce:void 0})}},Qe.preinitModule=function(z,g){if(typeof z=="string")if(typeof g=="object"&&g!==null){if(g.as==null||g.as==="script"){var D=M(g.as,g.crossOrigin);o.d.M(z,{crossOrigin:D,integrity:typeof g.integrity=="string"?g.integrity:void 0,nonce:typeof g.nonce=="string"?g.nonce:void 0})}}else g==null&&o.d.M(z)},Qe.preload=function(z,g){if(typeof z=="string"&&typeof g=="object"&&g!==null&&typeof g.as=="string"){var D=g.as,j=M(D,g.crossOrigin);o.d.L(z,D,{crossOrigin:j,integrity:typeof g.integrity=="string"?g.integrity:void 0,nonce:typeof g.nonce=="string"?g.nonce:void 0,type:typeof g.type=="string"?g.type:void 0,fetchPriority:typeof g.fetchPriority=="string"?g.fetchPriority:void 0,referrerPolicy:typeof g.referrerPolicy=="string"?g.referrerPolicy:void 0,imageSrcSet:typeof g.imageSrcSet=="string"?g.imageSrcSet:void 0,imageSizes:typeof g.imageSizes=="string"?g.imageSizes:void 0,media:typeof g.media=="string"?g.media:void 0})}},Qe.preloadModule=function(z,g){if(typeof z=="string")if(g){var D=M(g.as,g.crossOrigin);o.d.m(z,{as:typeof g.as=="string"&&g.as!=="script"?g.as:void 0,crossOrigin:D,integrity:typeof g.integrity=="string"?g.integrity:void 0})}else o.d.m(z)},Qe.requestFormReset=function(z){o.d.r(z)},Qe.unstable_batchedUpdates=function(z,g){return z(g)},Qe.useFormState=function(z,g,D){return O.H.useFormState(z,g,D)},Qe.useFormStatus=function(){return O.H.useHostTransitionStatus()},Qe.version="19.2.9",Qe}var Jd;function Bg(){if(Jd)return Os.exports;Jd=1;function f(){if(!(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__>"u"||typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE!="function"))try{__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(f)}catch(b){console.error(b)}}return f(),Os.exports=Hg(),Os.exports}var Kd;function Yg(){if(Kd)return wa;Kd=1;var f=wg(),b=Ms(),p=Bg();function o(e){var t="https://react.dev/errors/"+e;if(1<arguments.length){t+="?args[]="+encodeURIComponent(arguments[1]);for(var l=2;l<arguments.length;l++)t+="&args[]="+encodeURIComponent(arguments[l])}return"Minified React error #"+e+"; visit "+t+" for the full message or use the non-minified dev environment for full errors and additional helpful warnings."}function R(e){return!(!e||e.nodeType!==1&&e.nodeType!==9&&e.nodeType!==11)}function x(e){var t=e,l=e;if(e.alternate)for(;t.return;)t=t.return;else{e=t;do t=e,(t.flags&4098)!==0&&(l=t.return),e=t.return;while(e)}return t.tag===3?l:null}function O(e){if(e.tag===13){var t=e.memoizedState;if(t===null&&(e=e.alternate,e!==null&&(t=e.memoizedState)),t!==null)return t.dehydrated}return null}function M(e){if(e.tag===31){var t=e.memoizedState;if(t===null&&(e=e.alternate,e!==null&&(t=e.memoizedState)),t!==null)return t.dehydrated}return null}function z(e){if(x(e)!==e)throw Error(o(188))}function g(e){var t=e.alternate;if(!t){if(t=x(e),t===null)throw Error(o(188));return t!==e?null:e}for(var l=e,n=t;;){var a=l.return;if(a===null)break;var u=a.alternate;if(u===null){if(n=a.return,n!==null){l=n;continue}break}if(a.child===u.child){for(u=a.child;u;){if(u===l)return z(a),e;if(u===n)return z(a),t;u=u.sibling}throw Error(o(188))}if(l.return!==n.return)l=a,n=u;else{for(var i=!1,c=a.child;c;){if(c===l){i=!0,l=a,n=u;break}if(c===n){i=!0,n=a,l=u;break}c=c.sibling}if(!i){for(c=u.child;c;){if(c===l){i=!0,l=u,n=a;break}if(c===n){i=!0,n=u,l=a;break}c=c.sibling}if(!i)throw Error(o(189))}}if(l.alternate!==n)throw Error(o(190))}if(l.tag!==3)throw Error(o(188));return l.stateNode.current===l?e:t}function D(e){var t=e.tag;if(t===5||t===26||t===27||t===6)return e;for(e=e.child;e!==null;){if(t=D(e),t!==null)return t;e=e.sibling}return null}var j=Object.assign,te=Symbol.for("react.element"),Ee=Symbol.for("react.transitional.element"),re=Symbol.for("react.portal"),Le=Symbol.for("react.fragment"),Vt=Symbol.for("react.strict_mode"),it=Symbol.for("react.profiler"),sl=Symbol.for("react.consumer"),Xe=Symbol.for("react.context"),pt=Symbol.for("react.forward_ref"),Mt=Symbol.for("react.suspense"),ke=Symbol.for("react.suspense_list"),P=Symbol.for("react.memo"),Fe=Symbol.for("react.lazy"),qt=Symbol.for("react.activity"),nn=Symbol.for("react.memo_cache_sentinel"),Lt=Symbol.iterator;function We(e){return e===null||typeof e!="object"?null:(e=Lt&&e[Lt]||e["@@iterator"],typeof e=="function"?e:null)}var ql=Symbol.for("react.client.reference");function Gt(e){if(e==null)return null;if(typeof e=="function")return e.$$typeof===ql?null:e.displayName||e.name||null;if(typeof e=="string")return e;switch(e){case Le:return"Fragment";case it:return"Profiler";case Vt:return"StrictMode";case Mt:return"Suspense";case ke:return"SuspenseList";case qt:return"Activity"}if(typeof e=="object")switch(e.$$typeof){case re:return"Portal";case Xe:return e.displayName||"Context";case sl:return(e._context.displayName||"Context")+".Consumer";case pt:var t=e.render;return e=e.displayName,e||(e=t.displayName||t.name||"",e=e!==""?"ForwardRef("+e+")":"ForwardRef"),e;case P:return t=e.displayName||null,t!==null?t:Gt(e.type)||"Memo";case Fe:t=e._payload,e=e._init;try{return Gt(e(t))}catch{}}return null}var xt=Array.isArray,T=b.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,N=p.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,G={pending:!1,data:null,method:null,action:null},de=[],he=-1;function m(e){return{current:e}}function C(e){0>he||(e.current=de[he],de[he]=null,he--)}function q(e,t){he++,de[he]=e.current,e.current=t}var w=m(null),Q=m(null),K=m(null),ce=m(null);function Ke(e,t){switch(q(K,t),q(Q,e),q(w,null),t.nodeType){case 9:case 11:e=(e=t.documentElement)&&(e=e.namespaceURI)?sd(e):0;break;default:if(e=t.tagName,t=t.namespaceURI)t=sd(t),e=fd(t,e);else switch(e){case"svg":e=1;break;case"math":e=2;break;default:e=0}}C(w),q(w,e)}function Ue(){C(w),C(Q),C(K)}function Xn(e){e.memoizedState!==null&&q(ce,e);var t=w.current,l=fd(t,e.type);t!==l&&(q(Q,e),q(w,l))}function Ba(e){Q.current===e&&(C(w),C(Q)),ce.current===e&&(C(ce),Da._currentValue=G)}var si,Ls;function Ll(e){if(si===void 0)try{throw Error()}catch(l){var t=l.stack.trim().match(/\n( *(at )?)/);si=t&&t[1]||"",Ls=-1<l.stack.indexOf(`
    at`)?" (<anonymous>)":-1<l.stack.indexOf("@")?"@unknown:0:0":""}return`
`+si+e+Ls}var fi=!1;function oi(e,t){if(!e||fi)return"";fi=!0;var l=Error.prepareStackTrace;Error.prepareStackTrace=void 0;try{var n={DetermineComponentFrameRoot:function(){try{if(t){var U=function(){throw Error()};if(Object.defineProperty(U.prototype,"props",{set:function(){throw Error()}}),typeof Reflect=="object"&&Reflect.construct){try{Reflect.construct(U,[])}catch(E){var S=E}Reflect.construct(e,[],U)}else{try{U.call()}catch(E){S=E}e.call(U.prototype)}}else{try{throw Error()}catch(E){S=E}(U=e())&&typeof U.catch=="function"&&U.catch(function(){})}}catch(E){if(E&&S&&typeof E.stack=="string")return[E.stack,S.stack]}return[null,null]}};n.DetermineComponentFrameRoot.displayName="DetermineComponentFrameRoot";var a=Object.getOwnPropertyDescriptor(n.DetermineComponentFrameRoot,"name");a&&a.configurable&&Object.defineProperty(n.DetermineComponentFrameRoot,"name",{value:"DetermineComponentFrameRoot"});var u=n.DetermineComponentFrameRoot(),i=u[0],c=u[1];if(i&&c){var r=i.split(`
`),v=c.split(`
`);for(a=n=0;n<r.length&&!r[n].includes("DetermineComponentFrameRoot");)n++;for(;a<v.length&&!v[a].includes("DetermineComponentFrameRoot");)a++;if(n===r.length||a===v.length)for(n=r.length-1,a=v.length-1;1<=n&&0<=a&&r[n]!==v[a];)a--;for(;1<=n&&0<=a;n--,a--)if(r[n]!==v[a]){if(n!==1||a!==1)do if(n--,a--,0>a||r[n]!==v[a]){var A=`
`+r[n].replace(" at new "," at ");return e.displayName&&A.includes("<anonymous>")&&(A=A.replace("<anonymous>",e.displayName)),A}while(1<=n&&0<=a);break}}}finally{fi=!1,Error.prepareStackTrace=l}return(l=e?e.displayName||e.name:"")?Ll(l):""}function om(e,t){switch(e.tag){case 26:case 27:case 5:return Ll(e.type);case 16:return Ll("Lazy");case 13:return e.child!==t&&t!==null?Ll("Suspense Fallback"):Ll("Suspense");case 19:return Ll("SuspenseList");case 0:case 15:return oi(e.type,!1);case 11:return oi(e.type.render,!1);case 1:return oi(e.type,!0);case 31:return Ll("Activity");default:return""}}function ws(e){try{var t="",l=null;do t+=om(e,l),l=e,e=e.return;while(e);return t}catch(n){return`
Error generating stack: `+n.message+`
`+n.stack}}var ri=Object.prototype.hasOwnProperty,di=f.unstable_scheduleCallback,mi=f.unstable_cancelCallback,rm=f.unstable_shouldYield,dm=f.unstable_requestPaint,ct=f.unstable_now,mm=f.unstable_getCurrentPriorityLevel,Hs=f.unstable_ImmediatePriority,Bs=f.unstable_UserBlockingPriority,Ya=f.unstable_NormalPriority,ym=f.unstable_LowPriority,Ys=f.unstable_IdlePriority,gm=f.log,hm=f.unstable_setDisableYieldValue,Qn=null,st=null;function fl(e){if(typeof gm=="function"&&hm(e),st&&typeof st.setStrictMode=="function")try{st.setStrictMode(Qn,e)}catch{}}var ft=Math.clz32?Math.clz32:Sm,vm=Math.log,pm=Math.LN2;function Sm(e){return e>>>=0,e===0?32:31-(vm(e)/pm|0)|0}var Va=256,Ga=262144,Xa=4194304;function wl(e){var t=e&42;if(t!==0)return t;switch(e&-e){case 1:return 1;case 2:return 2;case 4:return 4;case 8:return 8;case 16:return 16;case 32:return 32;case 64:return 64;case 128:return 128;case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:return e&261888;case 262144:case 524288:case 1048576:case 2097152:return e&3932160;case 4194304:case 8388608:case 16777216:case 33554432:return e&62914560;case 67108864:return 67108864;case 134217728:return 134217728;case 268435456:return 268435456;case 536870912:return 536870912;case 1073741824:return 0;default:return e}}function Qa(e,t,l){var n=e.pendingLanes;if(n===0)return 0;var a=0,u=e.suspendedLanes,i=e.pingedLanes;e=e.warmLanes;var c=n&134217727;return c!==0?(n=c&~u,n!==0?a=wl(n):(i&=c,i!==0?a=wl(i):l||(l=c&~e,l!==0&&(a=wl(l))))):(c=n&~u,c!==0?a=wl(c):i!==0?a=wl(i):l||(l=n&~e,l!==0&&(a=wl(l)))),a===0?0:t!==0&&t!==a&&(t&u)===0&&(u=a&-a,l=t&-t,u>=l||u===32&&(l&4194048)!==0)?t:a}function Zn(e,t){return(e.pendingLanes&~(e.suspendedLanes&~e.pingedLanes)&t)===0}function bm(e,t){switch(e){case 1:case 2:case 4:case 8:case 64:return t+250;case 16:case 32:case 128:case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:return t+5e3;case 4194304:case 8388608:case 16777216:case 33554432:return-1;case 67108864:case 134217728:case 268435456:case 536870912:case 1073741824:return-1;default:return-1}}function Vs(){var e=Xa;return Xa<<=1,(Xa&62914560)===0&&(Xa=4194304),e}function yi(e){for(var t=[],l=0;31>l;l++)t.push(e);return t}function Jn(e,t){e.pendingLanes|=t,t!==268435456&&(e.suspendedLanes=0,e.pingedLanes=0,e.warmLanes=0)}function Em(e,t,l,n,a,u){var i=e.pendingLanes;e.pendingLanes=l,e.suspendedLanes=0,e.pingedLanes=0,e.warmLanes=0,e.expiredLanes&=l,e.entangledLanes&=l,e.errorRecoveryDisabledLanes&=l,e.shellSuspendCounter=0;var c=e.entanglements,r=e.expirationTimes,v=e.hiddenUpdates;for(l=i&~l;0<l;){var A=31-ft(l),U=1<<A;c[A]=0,r[A]=-1;var S=v[A];if(S!==null)for(v[A]=null,A=0;A<S.length;A++){var E=S[A];E!==null&&(E.lane&=-536870913)}l&=~U}n!==0&&Gs(e,n,0),u!==0&&a===0&&e.tag!==0&&(e.suspendedLanes|=u&~(i&~t))}function Gs(e,t,l){e.pendingLanes|=t,e.suspendedLanes&=~t;var n=31-ft(t);e.entangledLanes|=t,e.entanglements[n]=e.entanglements[n]|1073741824|l&261930}function Xs(e,t){var l=e.entangledLanes|=t;for(e=e.entanglements;l;){var n=31-ft(l),a=1<<n;a&t|e[n]&t&&(e[n]|=t),l&=~a}}function Qs(e,t){var l=t&-t;return l=(l&42)!==0?1:gi(l),(l&(e.suspendedLanes|t))!==0?0:l}function gi(e){switch(e){case 2:e=1;break;case 8:e=4;break;case 32:e=16;break;case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:case 4194304:case 8388608:case 16777216:case 33554432:e=128;break;case 268435456:e=134217728;break;default:e=0}return e}function hi(e){return e&=-e,2<e?8<e?(e&134217727)!==0?32:268435456:8:2}function Zs(){var e=N.p;return e!==0?e:(e=window.event,e===void 0?32:Dd(e.type))}function Js(e,t){var l=N.p;try{return N.p=e,t()}finally{N.p=l}}var ol=Math.random().toString(36).slice(2),we="__reactFiber$"+ol,Ie="__reactProps$"+ol,an="__reactContainer$"+ol,vi="__reactEvents$"+ol,Am="__reactListeners$"+ol,Tm="__reactHandles$"+ol,Ks="__reactResources$"+ol,Kn="__reactMarker$"+ol;function pi(e){delete e[we],delete e[Ie],delete e[vi],delete e[Am],delete e[Tm]}function un(e){var t=e[we];if(t)return t;for(var l=e.parentNode;l;){if(t=l[an]||l[we]){if(l=t.alternate,t.child!==null||l!==null&&l.child!==null)for(e=hd(e);e!==null;){if(l=e[we])return l;e=hd(e)}return t}e=l,l=e.parentNode}return null}function cn(e){if(e=e[we]||e[an]){var t=e.tag;if(t===5||t===6||t===13||t===31||t===26||t===27||t===3)return e}return null}function $n(e){var t=e.tag;if(t===5||t===26||t===27||t===6)return e.stateNode;throw Error(o(33))}function sn(e){var t=e[Ks];return t||(t=e[Ks]={hoistableStyles:new Map,hoistableScripts:new Map}),t}function Me(e){e[Kn]=!0}var $s=new Set,ks={};function Hl(e,t){fn(e,t),fn(e+"Capture",t)}function fn(e,t){for(ks[e]=t,e=0;e<t.length;e++)$s.add(t[e])}var _m=RegExp("^[:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD][:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$"),Fs={},Ws={};function Um(e){return ri.call(Ws,e)?!0:ri.call(Fs,e)?!1:_m.test(e)?Ws[e]=!0:(Fs[e]=!0,!1)}function Za(e,t,l){if(Um(t))if(l===null)e.removeAttribute(t);else{switch(typeof l){case"undefined":case"function":case"symbol":e.removeAttribute(t);return;case"boolean":var n=t.toLowerCase().slice(0,5);if(n!=="data-"&&n!=="aria-"){e.removeAttribute(t);return}}e.setAttribute(t,""+l)}}function Ja(e,t,l){if(l===null)e.removeAttribute(t);else{switch(typeof l){case"undefined":case"function":case"symbol":case"boolean":e.removeAttribute(t);return}e.setAttribute(t,""+l)}}function Xt(e,t,l,n){if(n===null)e.removeAttribute(l);else{switch(typeof n){case"undefined":case"function":case"symbol":case"boolean":e.removeAttribute(l);return}e.setAttributeNS(t,l,""+n)}}function St(e){switch(typeof e){case"bigint":case"boolean":case"number":case"string":case"undefined":return e;case"object":return e;default:return""}}function Is(e){var t=e.type;return(e=e.nodeName)&&e.toLowerCase()==="input"&&(t==="checkbox"||t==="radio")}function Cm(e,t,l){var n=Object.getOwnPropertyDescriptor(e.constructor.prototype,t);if(!e.hasOwnProperty(t)&&typeof n<"u"&&typeof n.get=="function"&&typeof n.set=="function"){var a=n.get,u=n.set;return Object.defineProperty(e,t,{configurable:!0,get:function(){return a.call(this)},set:function(i){l=""+i,u.call(this,i)}}),Object.defineProperty(e,t,{enumerable:n.enumerable}),{getValue:function(){return l},setValue:function(i){l=""+i},stopTracking:function(){e._valueTracker=null,delete e[t]}}}}function Si(e){if(!e._valueTracker){var t=Is(e)?"checked":"value";e._valueTracker=Cm(e,t,""+e[t])}}function Ps(e){if(!e)return!1;var t=e._valueTracker;if(!t)return!0;var l=t.getValue(),n="";return e&&(n=Is(e)?e.checked?"true":"false":e.value),e=n,e!==l?(t.setValue(e),!0):!1}function Ka(e){if(e=e||(typeof document<"u"?document:void 0),typeof e>"u")return null;try{return e.activeElement||e.body}catch{return e.body}}var Rm=/[\n"\\]/g;function bt(e){return e.replace(Rm,function(t){return"\\"+t.charCodeAt(0).toString(16)+" "})}function bi(e,t,l,n,a,u,i,c){e.name="",i!=null&&typeof i!="function"&&typeof i!="symbol"&&typeof i!="boolean"?e.type=i:e.removeAttribute("type"),t!=null?i==="number"?(t===0&&e.value===""||e.value!=t)&&(e.value=""+St(t)):e.value!==""+St(t)&&(e.value=""+St(t)):i!=="submit"&&i!=="reset"||e.removeAttribute("value"),t!=null?Ei(e,i,St(t)):l!=null?Ei(e,i,St(l)):n!=null&&e.removeAttribute("value"),a==null&&u!=null&&(e.defaultChecked=!!u),a!=null&&(e.checked=a&&typeof a!="function"&&typeof a!="symbol"),c!=null&&typeof c!="function"&&typeof c!="symbol"&&typeof c!="boolean"?e.name=""+St(c):e.removeAttribute("name")}function ef(e,t,l,n,a,u,i,c){if(u!=null&&typeof u!="function"&&typeof u!="symbol"&&typeof u!="boolean"&&(e.type=u),t!=null||l!=null){if(!(u!=="submit"&&u!=="reset"||t!=null)){Si(e);return}l=l!=null?""+St(l):"",t=t!=null?""+St(t):l,c||t===e.value||(e.value=t),e.defaultValue=t}n=n??a,n=typeof n!="function"&&typeof n!="symbol"&&!!n,e.checked=c?e.checked:!!n,e.defaultChecked=!!n,i!=null&&typeof i!="function"&&typeof i!="symbol"&&typeof i!="boolean"&&(e.name=i),Si(e)}function Ei(e,t,l){t==="number"&&Ka(e.ownerDocument)===e||e.defaultValue===""+l||(e.defaultValue=""+l)}function on(e,t,l,n){if(e=e.options,t){t={};for(var a=0;a<l.length;a++)t["$"+l[a]]=!0;for(l=0;l<e.length;l++)a=t.hasOwnProperty("$"+e[l].value),e[l].selected!==a&&(e[l].selected=a),a&&n&&(e[l].defaultSelected=!0)}else{for(l=""+St(l),t=null,a=0;a<e.length;a++){if(e[a].value===l){e[a].selected=!0,n&&(e[a].defaultSelected=!0);return}t!==null||e[a].disabled||(t=e[a])}t!==null&&(t.selected=!0)}}function tf(e,t,l){if(t!=null&&(t=""+St(t),t!==e.value&&(e.value=t),l==null)){e.defaultValue!==t&&(e.defaultValue=t);return}e.defaultValue=l!=null?""+St(l):""}function lf(e,t,l,n){if(t==null){if(n!=null){if(l!=null)throw Error(o(92));if(xt(n)){if(1<n.length)throw Error(o(93));n=n[0]}l=n}l==null&&(l=""),t=l}l=St(t),e.defaultValue=l,n=e.textContent,n===l&&n!==""&&n!==null&&(e.value=n),Si(e)}function rn(e,t){if(t){var l=e.firstChild;if(l&&l===e.lastChild&&l.nodeType===3){l.nodeValue=t;return}}e.textContent=t}var zm=new Set("animationIterationCount aspectRatio borderImageOutset borderImageSlice borderImageWidth boxFlex boxFlexGroup boxOrdinalGroup columnCount columns flex flexGrow flexPositive flexShrink flexNegative flexOrder gridArea gridRow gridRowEnd gridRowSpan gridRowStart gridColumn gridColumnEnd gridColumnSpan gridColumnStart fontWeight lineClamp lineHeight opacity order orphans scale tabSize widows zIndex zoom fillOpacity floodOpacity stopOpacity strokeDasharray strokeDashoffset strokeMiterlimit strokeOpacity strokeWidth MozAnimationIterationCount MozBoxFlex MozBoxFlexGroup MozLineClamp msAnimationIterationCount msFlex msZoom msFlexGrow msFlexNegative msFlexOrder msFlexPositive msFlexShrink msGridColumn msGridColumnSpan msGridRow msGridRowSpan WebkitAnimationIterationCount WebkitBoxFlex WebKitBoxFlexGroup WebkitBoxOrdinalGroup WebkitColumnCount WebkitColumns WebkitFlex WebkitFlexGrow WebkitFlexPositive WebkitFlexShrink WebkitLineClamp".split(" "));function nf(e,t,l){var n=t.indexOf("--")===0;l==null||typeof l=="boolean"||l===""?n?e.setProperty(t,""):t==="float"?e.cssFloat="":e[t]="":n?e.setProperty(t,l):typeof l!="number"||l===0||zm.has(t)?t==="float"?e.cssFloat=l:e[t]=(""+l).trim():e[t]=l+"px"}function af(e,t,l){if(t!=null&&typeof t!="object")throw Error(o(62));if(e=e.style,l!=null){for(var n in l)!l.hasOwnProperty(n)||t!=null&&t.hasOwnProperty(n)||(n.indexOf("--")===0?e.setProperty(n,""):n==="float"?e.cssFloat="":e[n]="");for(var a in t)n=t[a],t.hasOwnProperty(a)&&l[a]!==n&&nf(e,a,n)}else for(var u in t)t.hasOwnProperty(u)&&nf(e,u,t[u])}function Ai(e){if(e.indexOf("-")===-1)return!1;switch(e){case"annotation-xml":case"color-profile":case"font-face":case"font-face-src":case"font-face-uri":case"font-face-format":case"font-face-name":case"missing-glyph":return!1;default:return!0}}var jm=new Map([["acceptCharset","accept-charset"],["htmlFor","for"],["httpEquiv","http-equiv"],["crossOrigin","crossorigin"],["accentHeight","accent-height"],["alignmentBaseline","alignment-baseline"],["arabicForm","arabic-form"],["baselineShift","baseline-shift"],["capHeight","cap-height"],["clipPath","clip-path"],["clipRule","clip-rule"],["colorInterpolation","color-interpolation"],["colorInterpolationFilters","color-interpolation-filters"],["colorProfile","color-profile"],["colorRendering","color-rendering"],["dominantBaseline","dominant-baseline"],["enableBackground","enable-background"],["fillOpacity","fill-opacity"],["fillRule","fill-rule"],["floodColor","flood-color"],["floodOpacity","flood-opacity"],["fontFamily","font-family"],["fontSize","font-size"],["fontSizeAdjust","font-size-adjust"],["fontStretch","font-stretch"],["fontStyle","font-style"],["fontVariant","font-variant"],["fontWeight","font-weight"],["glyphName","glyph-name"],["glyphOrientationHorizontal","glyph-orientation-horizontal"],["glyphOrientationVertical","glyph-orientation-vertical"],["horizAdvX","horiz-adv-x"],["horizOriginX","horiz-origin-x"],["imageRendering","image-rendering"],["letterSpacing","letter-spacing"],["lightingColor","lighting-color"],["markerEnd","marker-end"],["markerMid","marker-mid"],["markerStart","marker-start"],["overlinePosition","overline-position"],["overlineThickness","overline-thickness"],["paintOrder","paint-order"],["panose-1","panose-1"],["pointerEvents","pointer-events"],["renderingIntent","rendering-intent"],["shapeRendering","shape-rendering"],["stopColor","stop-color"],["stopOpacity","stop-opacity"],["strikethroughPosition","strikethrough-position"],["strikethroughThickness","strikethrough-thickness"],["strokeDasharray","stroke-dasharray"],["strokeDashoffset","stroke-dashoffset"],["strokeLinecap","stroke-linecap"],["strokeLinejoin","stroke-linejoin"],["strokeMiterlimit","stroke-miterlimit"],["strokeOpacity","stroke-opacity"],["strokeWidth","stroke-width"],["textAnchor","text-anchor"],["textDecoration","text-decoration"],["textRendering","text-rendering"],["transformOrigin","transform-origin"],["underlinePosition","underline-position"],["underlineThickness","underline-thickness"],["unicodeBidi","unicode-bidi"],["unicodeRange","unicode-range"],["unitsPerEm","units-per-em"],["vAlphabetic","v-alphabetic"],["vHanging","v-hanging"],["vIdeographic","v-ideographic"],["vMathematical","v-mathematical"],["vectorEffect","vector-effect"],["vertAdvY","vert-adv-y"],["vertOriginX","vert-origin-x"],["vertOriginY","vert-origin-y"],["wordSpacing","word-spacing"],["writingMode","writing-mode"],["xmlnsXlink","xmlns:xlink"],["xHeight","x-height"]]),xm=/^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i;function $a(e){return xm.test(""+e)?"javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')":e}function Qt(){}var Ti=null;function _i(e){return e=e.target||e.srcElement||window,e.correspondingUseElement&&(e=e.correspondingUseElement),e.nodeType===3?e.parentNode:e}var dn=null,mn=null;function uf(e){var t=cn(e);if(t&&(e=t.stateNode)){var l=e[Ie]||null;e:switch(e=t.stateNode,t.type){case"input":if(bi(e,l.value,l.defaultValue,l.defaultValue,l.checked,l.defaultChecked,l.type,l.name),t=l.name,l.type==="radio"&&t!=null){for(l=e;l.parentNode;)l=l.parentNode;for(l=l.querySelectorAll('input[name="'+bt(""+t)+'"][type="radio"]'),t=0;t<l.length;t++){var n=l[t];if(n!==e&&n.form===e.form){var a=n[Ie]||null;if(!a)throw Error(o(90));bi(n,a.value,a.defaultValue,a.defaultValue,a.checked,a.defaultChecked,a.type,a.name)}}for(t=0;t<l.length;t++)n=l[t],n.form===e.form&&Ps(n)}break e;case"textarea":tf(e,l.value,l.defaultValue);break e;case"select":t=l.value,t!=null&&on(e,!!l.multiple,t,!1)}}}var Ui=!1;function cf(e,t,l){if(Ui)return e(t,l);Ui=!0;try{var n=e(t);return n}finally{if(Ui=!1,(dn!==null||mn!==null)&&(qu(),dn&&(t=dn,e=mn,mn=dn=null,uf(t),e)))for(t=0;t<e.length;t++)uf(e[t])}}function kn(e,t){var l=e.stateNode;if(l===null)return null;var n=l[Ie]||null;if(n===null)return null;l=n[t];e:switch(t){case"onClick":case"onClickCapture":case"onDoubleClick":case"onDoubleClickCapture":case"onMouseDown":case"onMouseDownCapture":case"onMouseMove":case"onMouseMoveCapture":case"onMouseUp":case"onMouseUpCapture":case"onMouseEnter":(n=!n.disabled)||(e=e.type,n=!(e==="button"||e==="input"||e==="select"||e==="textarea")),e=!n;break e;default:e=!1}if(e)return null;if(l&&typeof l!="function")throw Error(o(231,t,typeof l));return l}var Zt=!(typeof window>"u"||typeof window.document>"u"||typeof window.document.createElement>"u"),Ci=!1;if(Zt)try{var Fn={};Object.defineProperty(Fn,"passive",{get:function(){Ci=!0}}),window.addEventListener("test",Fn,Fn),window.removeEventListener("test",Fn,Fn)}catch{Ci=!1}var rl=null,Ri=null,ka=null;function sf(){if(ka)return ka;var e,t=Ri,l=t.length,n,a="value"in rl?rl.value:rl.textContent,u=a.length;for(e=0;e<l&&t[e]===a[e];e++);var i=l-e;for(n=1;n<=i&&t[l-n]===a[u-n];n++);return ka=a.slice(e,1<n?1-n:void 0)}function Fa(e){var t=e.keyCode;return"charCode"in e?(e=e.charCode,e===0&&t===13&&(e=13)):e=t,e===10&&(e=13),32<=e||e===13?e:0}function Wa(){return!0}function ff(){return!1}function Pe(e){function t(l,n,a,u,i){this._reactName=l,this._targetInst=a,this.type=n,this.nativeEvent=u,this.target=i,this.currentTarget=null;for(var c in e)e.hasOwnProperty(c)&&(l=e[c],this[c]=l?l(u):u[c]);return this.isDefaultPrevented=(u.defaultPrevented!=null?u.defaultPrevented:u.returnValue===!1)?Wa:ff,this.isPropagationStopped=ff,this}return j(t.prototype,{preventDefault:function(){this.defaultPrevented=!0;var l=this.nativeEvent;l&&(l.preventDefault?l.preventDefault():typeof l.returnValue!="unknown"&&(l.returnValue=!1),this.isDefaultPrevented=Wa)},stopPropagation:function(){var l=this.nativeEvent;l&&(l.stopPropagation?l.stopPropagation():typeof l.cancelBubble!="unknown"&&(l.cancelBubble=!0),this.isPropagationStopped=Wa)},persist:function(){},isPersistent:Wa}),t}var Bl={eventPhase:0,bubbles:0,cancelable:0,timeStamp:function(e){return e.timeStamp||Date.now()},defaultPrevented:0,isTrusted:0},Ia=Pe(Bl),Wn=j({},Bl,{view:0,detail:0}),Om=Pe(Wn),zi,ji,In,Pa=j({},Wn,{screenX:0,screenY:0,clientX:0,clientY:0,pageX:0,pageY:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,getModifierState:Oi,button:0,buttons:0,relatedTarget:function(e){return e.relatedTarget===void 0?e.fromElement===e.srcElement?e.toElement:e.fromElement:e.relatedTarget},movementX:function(e){return"movementX"in e?e.movementX:(e!==In&&(In&&e.type==="mousemove"?(zi=e.screenX-In.screenX,ji=e.screenY-In.screenY):ji=zi=0,In=e),zi)},movementY:function(e){return"movementY"in e?e.movementY:ji}}),of=Pe(Pa),Dm=j({},Pa,{dataTransfer:0}),Nm=Pe(Dm),Mm=j({},Wn,{relatedTarget:0}),xi=Pe(Mm),qm=j({},Bl,{animationName:0,elapsedTime:0,pseudoElement:0}),Lm=Pe(qm),wm=j({},Bl,{clipboardData:function(e){return"clipboardData"in e?e.clipboardData:window.clipboardData}}),Hm=Pe(wm),Bm=j({},Bl,{data:0}),rf=Pe(Bm),Ym={Esc:"Escape",Spacebar:" ",Left:"ArrowLeft",Up:"ArrowUp",Right:"ArrowRight",Down:"ArrowDown",Del:"Delete",Win:"OS",Menu:"ContextMenu",Apps:"ContextMenu",Scroll:"ScrollLock",MozPrintableKey:"Unidentified"},Vm={8:"Backspace",9:"Tab",12:"Clear",13:"Enter",16:"Shift",17:"Control",18:"Alt",19:"Pause",20:"CapsLock",27:"Escape",32:" ",33:"PageUp",34:"PageDown",35:"End",36:"Home",37:"ArrowLeft",38:"ArrowUp",39:"ArrowRight",40:"ArrowDown",45:"Insert",46:"Delete",112:"F1",113:"F2",114:"F3",115:"F4",116:"F5",117:"F6",118:"F7",119:"F8",120:"F9",121:"F10",122:"F11",123:"F12",144:"NumLock",145:"ScrollLock",224:"Meta"},Gm={Alt:"altKey",Control:"ctrlKey",Meta:"metaKey",Shift:"shiftKey"};function Xm(e){var t=this.nativeEvent;return t.getModifierState?t.getModifierState(e):(e=Gm[e])?!!t[e]:!1}function Oi(){return Xm}var Qm=j({},Wn,{key:function(e){if(e.key){var t=Ym[e.key]||e.key;if(t!=="Unidentified")return t}return e.type==="keypress"?(e=Fa(e),e===13?"Enter":String.fromCharCode(e)):e.type==="keydown"||e.type==="keyup"?Vm[e.keyCode]||"Unidentified":""},code:0,location:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,repeat:0,locale:0,getModifierState:Oi,charCode:function(e){return e.type==="keypress"?Fa(e):0},keyCode:function(e){return e.type==="keydown"||e.type==="keyup"?e.keyCode:0},which:function(e){return e.type==="keypress"?Fa(e):e.type==="keydown"||e.type==="keyup"?e.keyCode:0}}),Zm=Pe(Qm),Jm=j({},Pa,{pointerId:0,width:0,height:0,pressure:0,tangentialPressure:0,tiltX:0,tiltY:0,twist:0,pointerType:0,isPrimary:0}),df=Pe(Jm),Km=j({},Wn,{touches:0,targetTouches:0,changedTouches:0,altKey:0,metaKey:0,ctrlKey:0,shiftKey:0,getModifierState:Oi}),$m=Pe(Km),km=j({},Bl,{propertyName:0,elapsedTime:0,pseudoElement:0}),Fm=Pe(km),Wm=j({},Pa,{deltaX:function(e){return"deltaX"in e?e.deltaX:"wheelDeltaX"in e?-e.wheelDeltaX:0},deltaY:function(e){return"deltaY"in e?e.deltaY:"wheelDeltaY"in e?-e.wheelDeltaY:"wheelDelta"in e?-e.wheelDelta:0},deltaZ:0,deltaMode:0}),Im=Pe(Wm),Pm=j({},Bl,{newState:0,oldState:0}),ey=Pe(Pm),ty=[9,13,27,32],Di=Zt&&"CompositionEvent"in window,Pn=null;Zt&&"documentMode"in document&&(Pn=document.documentMode);var ly=Zt&&"TextEvent"in window&&!Pn,mf=Zt&&(!Di||Pn&&8<Pn&&11>=Pn),yf=" ",gf=!1;function hf(e,t){switch(e){case"keyup":return ty.indexOf(t.keyCode)!==-1;case"keydown":return t.keyCode!==229;case"keypress":case"mousedown":case"focusout":return!0;default:return!1}}function vf(e){return e=e.detail,typeof e=="object"&&"data"in e?e.data:null}var yn=!1;function ny(e,t){switch(e){case"compositionend":return vf(t);case"keypress":return t.which!==32?null:(gf=!0,yf);case"textInput":return e=t.data,e===yf&&gf?null:e;default:return null}}function ay(e,t){if(yn)return e==="compositionend"||!Di&&hf(e,t)?(e=sf(),ka=Ri=rl=null,yn=!1,e):null;switch(e){case"paste":return null;case"keypress":if(!(t.ctrlKey||t.altKey||t.metaKey)||t.ctrlKey&&t.altKey){if(t.char&&1<t.char.length)return t.char;if(t.which)return String.fromCharCode(t.which)}return null;case"compositionend":return mf&&t.locale!=="ko"?null:t.data;default:return null}}var uy={color:!0,date:!0,datetime:!0,"datetime-local":!0,email:!0,month:!0,number:!0,password:!0,range:!0,search:!0,tel:!0,text:!0,time:!0,url:!0,week:!0};function pf(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t==="input"?!!uy[e.type]:t==="textarea"}function Sf(e,t,l,n){dn?mn?mn.push(n):mn=[n]:dn=n,t=Gu(t,"onChange"),0<t.length&&(l=new Ia("onChange","change",null,l,n),e.push({event:l,listeners:t}))}var ea=null,ta=null;function iy(e){ld(e,0)}function eu(e){var t=$n(e);if(Ps(t))return e}function bf(e,t){if(e==="change")return t}var Ef=!1;if(Zt){var Ni;if(Zt){var Mi="oninput"in document;if(!Mi){var Af=document.createElement("div");Af.setAttribute("oninput","return;"),Mi=typeof Af.oninput=="function"}Ni=Mi}else Ni=!1;Ef=Ni&&(!document.documentMode||9<document.documentMode)}function Tf(){ea&&(ea.detachEvent("onpropertychange",_f),ta=ea=null)}function _f(e){if(e.propertyName==="value"&&eu(ta)){var t=[];Sf(t,ta,e,_i(e)),cf(iy,t)}}function cy(e,t,l){e==="focusin"?(Tf(),ea=t,ta=l,ea.attachEvent("onpropertychange",_f)):e==="focusout"&&Tf()}function sy(e){if(e==="selectionchange"||e==="keyup"||e==="keydown")return eu(ta)}function fy(e,t){if(e==="click")return eu(t)}function oy(e,t){if(e==="input"||e==="change")return eu(t)}function ry(e,t){return e===t&&(e!==0||1/e===1/t)||e!==e&&t!==t}var ot=typeof Object.is=="function"?Object.is:ry;function la(e,t){if(ot(e,t))return!0;if(typeof e!="object"||e===null||typeof t!="object"||t===null)return!1;var l=Object.keys(e),n=Object.keys(t);if(l.length!==n.length)return!1;for(n=0;n<l.length;n++){var a=l[n];if(!ri.call(t,a)||!ot(e[a],t[a]))return!1}return!0}function Uf(e){for(;e&&e.firstChild;)e=e.firstChild;return e}function Cf(e,t){var l=Uf(e);e=0;for(var n;l;){if(l.nodeType===3){if(n=e+l.textContent.length,e<=t&&n>=t)return{node:l,offset:t-e};e=n}e:{for(;l;){if(l.nextSibling){l=l.nextSibling;break e}l=l.parentNode}l=void 0}l=Uf(l)}}function Rf(e,t){return e&&t?e===t?!0:e&&e.nodeType===3?!1:t&&t.nodeType===3?Rf(e,t.parentNode):"contains"in e?e.contains(t):e.compareDocumentPosition?!!(e.compareDocumentPosition(t)&16):!1:!1}function zf(e){e=e!=null&&e.ownerDocument!=null&&e.ownerDocument.defaultView!=null?e.ownerDocument.defaultView:window;for(var t=Ka(e.document);t instanceof e.HTMLIFrameElement;){try{var l=typeof t.contentWindow.location.href=="string"}catch{l=!1}if(l)e=t.contentWindow;else break;t=Ka(e.document)}return t}function qi(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t&&(t==="input"&&(e.type==="text"||e.type==="search"||e.type==="tel"||e.type==="url"||e.type==="password")||t==="textarea"||e.contentEditable==="true")}var dy=Zt&&"documentMode"in document&&11>=document.documentMode,gn=null,Li=null,na=null,wi=!1;function jf(e,t,l){var n=l.window===l?l.document:l.nodeType===9?l:l.ownerDocument;wi||gn==null||gn!==Ka(n)||(n=gn,"selectionStart"in n&&qi(n)?n={start:n.selectionStart,end:n.selectionEnd}:(n=(n.ownerDocument&&n.ownerDocument.defaultView||window).getSelection(),n={anchorNode:n.anchorNode,anchorOffset:n.anchorOffset,focusNode:n.focusNode,focusOffset:n.focusOffset}),na&&la(na,n)||(na=n,n=Gu(Li,"onSelect"),0<n.length&&(t=new Ia("onSelect","select",null,t,l),e.push({event:t,listeners:n}),t.target=gn)))}function Yl(e,t){var l={};return l[e.toLowerCase()]=t.toLowerCase(),l["Webkit"+e]="webkit"+t,l["Moz"+e]="moz"+t,l}var hn={animationend:Yl("Animation","AnimationEnd"),animationiteration:Yl("Animation","AnimationIteration"),animationstart:Yl("Animation","AnimationStart"),transitionrun:Yl("Transition","TransitionRun"),transitionstart:Yl("Transition","TransitionStart"),transitioncancel:Yl("Transition","TransitionCancel"),transitionend:Yl("Transition","TransitionEnd")},Hi={},xf={};Zt&&(xf=document.createElement("div").style,"AnimationEvent"in window||(delete hn.animationend.animation,delete hn.animationiteration.animation,delete hn.animationstart.animation),"TransitionEvent"in window||delete hn.transitionend.transition);function Vl(e){if(Hi[e])return Hi[e];if(!hn[e])return e;var t=hn[e],l;for(l in t)if(t.hasOwnProperty(l)&&l in xf)return Hi[e]=t[l];return e}var Of=Vl("animationend"),Df=Vl("animationiteration"),Nf=Vl("animationstart"),my=Vl("transitionrun"),yy=Vl("transitionstart"),gy=Vl("transitioncancel"),Mf=Vl("transitionend"),qf=new Map,Bi="abort auxClick beforeToggle cancel canPlay canPlayThrough click close contextMenu copy cut drag dragEnd dragEnter dragExit dragLeave dragOver dragStart drop durationChange emptied encrypted ended error gotPointerCapture input invalid keyDown keyPress keyUp load loadedData loadedMetadata loadStart lostPointerCapture mouseDown mouseMove mouseOut mouseOver mouseUp paste pause play playing pointerCancel pointerDown pointerMove pointerOut pointerOver pointerUp progress rateChange reset resize seeked seeking stalled submit suspend timeUpdate touchCancel touchEnd touchStart volumeChange scroll toggle touchMove waiting wheel".split(" ");Bi.push("scrollEnd");function Ot(e,t){qf.set(e,t),Hl(t,[e])}var tu=typeof reportError=="function"?reportError:function(e){if(typeof window=="object"&&typeof window.ErrorEvent=="function"){var t=new window.ErrorEvent("error",{bubbles:!0,cancelable:!0,message:typeof e=="object"&&e!==null&&typeof e.message=="string"?String(e.message):String(e),error:e});if(!window.dispatchEvent(t))return}else if(typeof process=="object"&&typeof process.emit=="function"){process.emit("uncaughtException",e);return}console.error(e)},Et=[],vn=0,Yi=0;function lu(){for(var e=vn,t=Yi=vn=0;t<e;){var l=Et[t];Et[t++]=null;var n=Et[t];Et[t++]=null;var a=Et[t];Et[t++]=null;var u=Et[t];if(Et[t++]=null,n!==null&&a!==null){var i=n.pending;i===null?a.next=a:(a.next=i.next,i.next=a),n.pending=a}u!==0&&Lf(l,a,u)}}function nu(e,t,l,n){Et[vn++]=e,Et[vn++]=t,Et[vn++]=l,Et[vn++]=n,Yi|=n,e.lanes|=n,e=e.alternate,e!==null&&(e.lanes|=n)}function Vi(e,t,l,n){return nu(e,t,l,n),au(e)}function Gl(e,t){return nu(e,null,null,t),au(e)}function Lf(e,t,l){e.lanes|=l;var n=e.alternate;n!==null&&(n.lanes|=l);for(var a=!1,u=e.return;u!==null;)u.childLanes|=l,n=u.alternate,n!==null&&(n.childLanes|=l),u.tag===22&&(e=u.stateNode,e===null||e._visibility&1||(a=!0)),e=u,u=u.return;return e.tag===3?(u=e.stateNode,a&&t!==null&&(a=31-ft(l),e=u.hiddenUpdates,n=e[a],n===null?e[a]=[t]:n.push(t),t.lane=l|536870912),u):null}function au(e){if(50<Ua)throw Ua=0,Fc=null,Error(o(185));for(var t=e.return;t!==null;)e=t,t=e.return;return e.tag===3?e.stateNode:null}var pn={};function hy(e,t,l,n){this.tag=e,this.key=l,this.sibling=this.child=this.return=this.stateNode=this.type=this.elementType=null,this.index=0,this.refCleanup=this.ref=null,this.pendingProps=t,this.dependencies=this.memoizedState=this.updateQueue=this.memoizedProps=null,this.mode=n,this.subtreeFlags=this.flags=0,this.deletions=null,this.childLanes=this.lanes=0,this.alternate=null}function rt(e,t,l,n){return new hy(e,t,l,n)}function Gi(e){return e=e.prototype,!(!e||!e.isReactComponent)}function Jt(e,t){var l=e.alternate;return l===null?(l=rt(e.tag,t,e.key,e.mode),l.elementType=e.elementType,l.type=e.type,l.stateNode=e.stateNode,l.alternate=e,e.alternate=l):(l.pendingProps=t,l.type=e.type,l.flags=0,l.subtreeFlags=0,l.deletions=null),l.flags=e.flags&65011712,l.childLanes=e.childLanes,l.lanes=e.lanes,l.child=e.child,l.memoizedProps=e.memoizedProps,l.memoizedState=e.memoizedState,l.updateQueue=e.updateQueue,t=e.dependencies,l.dependencies=t===null?null:{lanes:t.lanes,firstContext:t.firstContext},l.sibling=e.sibling,l.index=e.index,l.ref=e.ref,l.refCleanup=e.refCleanup,l}function wf(e,t){e.flags&=65011714;var l=e.alternate;return l===null?(e.childLanes=0,e.lanes=t,e.child=null,e.subtreeFlags=0,e.memoizedProps=null,e.memoizedState=null,e.updateQueue=null,e.dependencies=null,e.stateNode=null):(e.childLanes=l.childLanes,e.lanes=l.lanes,e.child=l.child,e.subtreeFlags=0,e.deletions=null,e.memoizedProps=l.memoizedProps,e.memoizedState=l.memoizedState,e.updateQueue=l.updateQueue,e.type=l.type,t=l.dependencies,e.dependencies=t===null?null:{lanes:t.lanes,firstContext:t.firstContext}),e}function uu(e,t,l,n,a,u){var i=0;if(n=e,typeof e=="function")Gi(e)&&(i=1);else if(typeof e=="string")i=Eg(e,l,w.current)?26:e==="html"||e==="head"||e==="body"?27:5;else e:switch(e){case qt:return e=rt(31,l,t,a),e.elementType=qt,e.lanes=u,e;case Le:return Xl(l.children,a,u,t);case Vt:i=8,a|=24;break;case it:return e=rt(12,l,t,a|2),e.elementType=it,e.lanes=u,e;case Mt:return e=rt(13,l,t,a),e.elementType=Mt,e.lanes=u,e;case ke:return e=rt(19,l,t,a),e.elementType=ke,e.lanes=u,e;default:if(typeof e=="object"&&e!==null)switch(e.$$typeof){case Xe:i=10;break e;case sl:i=9;break e;case pt:i=11;break e;case P:i=14;break e;case Fe:i=16,n=null;break e}i=29,l=Error(o(130,e===null?"null":typeof e,"")),n=null}return t=rt(i,l,t,a),t.elementType=e,t.type=n,t.lanes=u,t}function Xl(e,t,l,n){return e=rt(7,e,n,t),e.lanes=l,e}function Xi(e,t,l){return e=rt(6,e,null,t),e.lanes=l,e}function Hf(e){var t=rt(18,null,null,0);return t.stateNode=e,t}function Qi(e,t,l){return t=rt(4,e.children!==null?e.children:[],e.key,t),t.lanes=l,t.stateNode={containerInfo:e.containerInfo,pendingChildren:null,implementation:e.implementation},t}var Bf=new WeakMap;function At(e,t){if(typeof e=="object"&&e!==null){var l=Bf.get(e);return l!==void 0?l:(t={value:e,source:t,stack:ws(t)},Bf.set(e,t),t)}return{value:e,source:t,stack:ws(t)}}var Sn=[],bn=0,iu=null,aa=0,Tt=[],_t=0,dl=null,wt=1,Ht="";function Kt(e,t){Sn[bn++]=aa,Sn[bn++]=iu,iu=e,aa=t}function Yf(e,t,l){Tt[_t++]=wt,Tt[_t++]=Ht,Tt[_t++]=dl,dl=e;var n=wt;e=Ht;var a=32-ft(n)-1;n&=~(1<<a),l+=1;var u=32-ft(t)+a;if(30<u){var i=a-a%5;u=(n&(1<<i)-1).toString(32),n>>=i,a-=i,wt=1<<32-ft(t)+a|l<<a|n,Ht=u+e}else wt=1<<u|l<<a|n,Ht=e}function Zi(e){e.return!==null&&(Kt(e,1),Yf(e,1,0))}function Ji(e){for(;e===iu;)iu=Sn[--bn],Sn[bn]=null,aa=Sn[--bn],Sn[bn]=null;for(;e===dl;)dl=Tt[--_t],Tt[_t]=null,Ht=Tt[--_t],Tt[_t]=null,wt=Tt[--_t],Tt[_t]=null}function Vf(e,t){Tt[_t++]=wt,Tt[_t++]=Ht,Tt[_t++]=dl,wt=t.id,Ht=t.overflow,dl=e}var He=null,pe=null,ee=!1,ml=null,Ut=!1,Ki=Error(o(519));function yl(e){var t=Error(o(418,1<arguments.length&&arguments[1]!==void 0&&arguments[1]?"text":"HTML",""));throw ua(At(t,e)),Ki}function Gf(e){var t=e.stateNode,l=e.type,n=e.memoizedProps;switch(t[we]=e,t[Ie]=n,l){case"dialog":k("cancel",t),k("close",t);break;case"iframe":case"object":case"embed":k("load",t);break;case"video":case"audio":for(l=0;l<Ra.length;l++)k(Ra[l],t);break;case"source":k("error",t);break;case"img":case"image":case"link":k("error",t),k("load",t);break;case"details":k("toggle",t);break;case"input":k("invalid",t),ef(t,n.value,n.defaultValue,n.checked,n.defaultChecked,n.type,n.name,!0);break;case"select":k("invalid",t);break;case"textarea":k("invalid",t),lf(t,n.value,n.defaultValue,n.children)}l=n.children,typeof l!="string"&&typeof l!="number"&&typeof l!="bigint"||t.textContent===""+l||n.suppressHydrationWarning===!0||id(t.textContent,l)?(n.popover!=null&&(k("beforetoggle",t),k("toggle",t)),n.onScroll!=null&&k("scroll",t),n.onScrollEnd!=null&&k("scrollend",t),n.onClick!=null&&(t.onclick=Qt),t=!0):t=!1,t||yl(e,!0)}function Xf(e){for(He=e.return;He;)switch(He.tag){case 5:case 31:case 13:Ut=!1;return;case 27:case 3:Ut=!0;return;default:He=He.return}}function En(e){if(e!==He)return!1;if(!ee)return Xf(e),ee=!0,!1;var t=e.tag,l;if((l=t!==3&&t!==27)&&((l=t===5)&&(l=e.type,l=!(l!=="form"&&l!=="button")||rs(e.type,e.memoizedProps)),l=!l),l&&pe&&yl(e),Xf(e),t===13){if(e=e.memoizedState,e=e!==null?e.dehydrated:null,!e)throw Error(o(317));pe=gd(e)}else if(t===31){if(e=e.memoizedState,e=e!==null?e.dehydrated:null,!e)throw Error(o(317));pe=gd(e)}else t===27?(t=pe,zl(e.type)?(e=hs,hs=null,pe=e):pe=t):pe=He?Rt(e.stateNode.nextSibling):null;return!0}function Ql(){pe=He=null,ee=!1}function $i(){var e=ml;return e!==null&&(nt===null?nt=e:nt.push.apply(nt,e),ml=null),e}function ua(e){ml===null?ml=[e]:ml.push(e)}var ki=m(null),Zl=null,$t=null;function gl(e,t,l){q(ki,t._currentValue),t._currentValue=l}function kt(e){e._currentValue=ki.current,C(ki)}function Fi(e,t,l){for(;e!==null;){var n=e.alternate;if((e.childLanes&t)!==t?(e.childLanes|=t,n!==null&&(n.childLanes|=t)):n!==null&&(n.childLanes&t)!==t&&(n.childLanes|=t),e===l)break;e=e.return}}function Wi(e,t,l,n){var a=e.child;for(a!==null&&(a.return=e);a!==null;){var u=a.dependencies;if(u!==null){var i=a.child;u=u.firstContext;e:for(;u!==null;){var c=u;u=a;for(var r=0;r<t.length;r++)if(c.context===t[r]){u.lanes|=l,c=u.alternate,c!==null&&(c.lanes|=l),Fi(u.return,l,e),n||(i=null);break e}u=c.next}}else if(a.tag===18){if(i=a.return,i===null)throw Error(o(341));i.lanes|=l,u=i.alternate,u!==null&&(u.lanes|=l),Fi(i,l,e),i=null}else i=a.child;if(i!==null)i.return=a;else for(i=a;i!==null;){if(i===e){i=null;break}if(a=i.sibling,a!==null){a.return=i.return,i=a;break}i=i.return}a=i}}function An(e,t,l,n){e=null;for(var a=t,u=!1;a!==null;){if(!u){if((a.flags&524288)!==0)u=!0;else if((a.flags&262144)!==0)break}if(a.tag===10){var i=a.alternate;if(i===null)throw Error(o(387));if(i=i.memoizedProps,i!==null){var c=a.type;ot(a.pendingProps.value,i.value)||(e!==null?e.push(c):e=[c])}}else if(a===ce.current){if(i=a.alternate,i===null)throw Error(o(387));i.memoizedState.memoizedState!==a.memoizedState.memoizedState&&(e!==null?e.push(Da):e=[Da])}a=a.return}e!==null&&Wi(t,e,l,n),t.flags|=262144}function cu(e){for(e=e.firstContext;e!==null;){if(!ot(e.context._currentValue,e.memoizedValue))return!0;e=e.next}return!1}function Jl(e){Zl=e,$t=null,e=e.dependencies,e!==null&&(e.firstContext=null)}function Be(e){return Qf(Zl,e)}function su(e,t){return Zl===null&&Jl(e),Qf(e,t)}function Qf(e,t){var l=t._currentValue;if(t={context:t,memoizedValue:l,next:null},$t===null){if(e===null)throw Error(o(308));$t=t,e.dependencies={lanes:0,firstContext:t},e.flags|=524288}else $t=$t.next=t;return l}var vy=typeof AbortController<"u"?AbortController:function(){var e=[],t=this.signal={aborted:!1,addEventListener:function(l,n){e.push(n)}};this.abort=function(){t.aborted=!0,e.forEach(function(l){return l()})}},py=f.unstable_scheduleCallback,Sy=f.unstable_NormalPriority,ze={$$typeof:Xe,Consumer:null,Provider:null,_currentValue:null,_currentValue2:null,_threadCount:0};function Ii(){return{controller:new vy,data:new Map,refCount:0}}function ia(e){e.refCount--,e.refCount===0&&py(Sy,function(){e.controller.abort()})}var ca=null,Pi=0,Tn=0,_n=null;function by(e,t){if(ca===null){var l=ca=[];Pi=0,Tn=ls(),_n={status:"pending",value:void 0,then:function(n){l.push(n)}}}return Pi++,t.then(Zf,Zf),t}function Zf(){if(--Pi===0&&ca!==null){_n!==null&&(_n.status="fulfilled");var e=ca;ca=null,Tn=0,_n=null;for(var t=0;t<e.length;t++)(0,e[t])()}}function Ey(e,t){var l=[],n={status:"pending",value:null,reason:null,then:function(a){l.push(a)}};return e.then(function(){n.status="fulfilled",n.value=t;for(var a=0;a<l.length;a++)(0,l[a])(t)},function(a){for(n.status="rejected",n.reason=a,a=0;a<l.length;a++)(0,l[a])(void 0)}),n}var Jf=T.S;T.S=function(e,t){xr=ct(),typeof t=="object"&&t!==null&&typeof t.then=="function"&&by(e,t),Jf!==null&&Jf(e,t)};var Kl=m(null);function ec(){var e=Kl.current;return e!==null?e:ve.pooledCache}function fu(e,t){t===null?q(Kl,Kl.current):q(Kl,t.pool)}function Kf(){var e=ec();return e===null?null:{parent:ze._currentValue,pool:e}}var Un=Error(o(460)),tc=Error(o(474)),ou=Error(o(542)),ru={then:function(){}};function $f(e){return e=e.status,e==="fulfilled"||e==="rejected"}function kf(e,t,l){switch(l=e[l],l===void 0?e.push(t):l!==t&&(t.then(Qt,Qt),t=l),t.status){case"fulfilled":return t.value;case"rejected":throw e=t.reason,Wf(e),e;default:if(typeof t.status=="string")t.then(Qt,Qt);else{if(e=ve,e!==null&&100<e.shellSuspendCounter)throw Error(o(482));e=t,e.status="pending",e.then(function(n){if(t.status==="pending"){var a=t;a.status="fulfilled",a.value=n}},function(n){if(t.status==="pending"){var a=t;a.status="rejected",a.reason=n}})}switch(t.status){case"fulfilled":return t.value;case"rejected":throw e=t.reason,Wf(e),e}throw kl=t,Un}}function $l(e){try{var t=e._init;return t(e._payload)}catch(l){throw l!==null&&typeof l=="object"&&typeof l.then=="function"?(kl=l,Un):l}}var kl=null;function Ff(){if(kl===null)throw Error(o(459));var e=kl;return kl=null,e}function Wf(e){if(e===Un||e===ou)throw Error(o(483))}var Cn=null,sa=0;function du(e){var t=sa;return sa+=1,Cn===null&&(Cn=[]),kf(Cn,e,t)}function fa(e,t){t=t.props.ref,e.ref=t!==void 0?t:null}function mu(e,t){throw t.$$typeof===te?Error(o(525)):(e=Object.prototype.toString.call(t),Error(o(31,e==="[object Object]"?"object with keys {"+Object.keys(t).join(", ")+"}":e)))}function If(e){function t(y,d){if(e){var h=y.deletions;h===null?(y.deletions=[d],y.flags|=16):h.push(d)}}function l(y,d){if(!e)return null;for(;d!==null;)t(y,d),d=d.sibling;return null}function n(y){for(var d=new Map;y!==null;)y.key!==null?d.set(y.key,y):d.set(y.index,y),y=y.sibling;return d}function a(y,d){return y=Jt(y,d),y.index=0,y.sibling=null,y}function u(y,d,h){return y.index=h,e?(h=y.alternate,h!==null?(h=h.index,h<d?(y.flags|=67108866,d):h):(y.flags|=67108866,d)):(y.flags|=1048576,d)}function i(y){return e&&y.alternate===null&&(y.flags|=67108866),y}function c(y,d,h,_){return d===null||d.tag!==6?(d=Xi(h,y.mode,_),d.return=y,d):(d=a(d,h),d.return=y,d)}function r(y,d,h,_){var B=h.type;return B===Le?A(y,d,h.props.children,_,h.key):d!==null&&(d.elementType===B||typeof B=="object"&&B!==null&&B.$$typeof===Fe&&$l(B)===d.type)?(d=a(d,h.props),fa(d,h),d.return=y,d):(d=uu(h.type,h.key,h.props,null,y.mode,_),fa(d,h),d.return=y,d)}function v(y,d,h,_){return d===null||d.tag!==4||d.stateNode.containerInfo!==h.containerInfo||d.stateNode.implementation!==h.implementation?(d=Qi(h,y.mode,_),d.return=y,d):(d=a(d,h.children||[]),d.return=y,d)}function A(y,d,h,_,B){return d===null||d.tag!==7?(d=Xl(h,y.mode,_,B),d.return=y,d):(d=a(d,h),d.return=y,d)}function U(y,d,h){if(typeof d=="string"&&d!==""||typeof d=="number"||typeof d=="bigint")return d=Xi(""+d,y.mode,h),d.return=y,d;if(typeof d=="object"&&d!==null){switch(d.$$typeof){case Ee:return h=uu(d.type,d.key,d.props,null,y.mode,h),fa(h,d),h.return=y,h;case re:return d=Qi(d,y.mode,h),d.return=y,d;case Fe:return d=$l(d),U(y,d,h)}if(xt(d)||We(d))return d=Xl(d,y.mode,h,null),d.return=y,d;if(typeof d.then=="function")return U(y,du(d),h);if(d.$$typeof===Xe)return U(y,su(y,d),h);mu(y,d)}return null}function S(y,d,h,_){var B=d!==null?d.key:null;if(typeof h=="string"&&h!==""||typeof h=="number"||typeof h=="bigint")return B!==null?null:c(y,d,""+h,_);if(typeof h=="object"&&h!==null){switch(h.$$typeof){case Ee:return h.key===B?r(y,d,h,_):null;case re:return h.key===B?v(y,d,h,_):null;case Fe:return h=$l(h),S(y,d,h,_)}if(xt(h)||We(h))return B!==null?null:A(y,d,h,_,null);if(typeof h.then=="function")return S(y,d,du(h),_);if(h.$$typeof===Xe)return S(y,d,su(y,h),_);mu(y,h)}return null}function E(y,d,h,_,B){if(typeof _=="string"&&_!==""||typeof _=="number"||typeof _=="bigint")return y=y.get(h)||null,c(d,y,""+_,B);if(typeof _=="object"&&_!==null){switch(_.$$typeof){case Ee:return y=y.get(_.key===null?h:_.key)||null,r(d,y,_,B);case re:return y=y.get(_.key===null?h:_.key)||null,v(d,y,_,B);case Fe:return _=$l(_),E(y,d,h,_,B)}if(xt(_)||We(_))return y=y.get(h)||null,A(d,y,_,B,null);if(typeof _.then=="function")return E(y,d,h,du(_),B);if(_.$$typeof===Xe)return E(y,d,h,su(d,_),B);mu(d,_)}return null}function L(y,d,h,_){for(var B=null,le=null,H=d,J=d=0,W=null;H!==null&&J<h.length;J++){H.index>J?(W=H,H=null):W=H.sibling;var ne=S(y,H,h[J],_);if(ne===null){H===null&&(H=W);break}e&&H&&ne.alternate===null&&t(y,H),d=u(ne,d,J),le===null?B=ne:le.sibling=ne,le=ne,H=W}if(J===h.length)return l(y,H),ee&&Kt(y,J),B;if(H===null){for(;J<h.length;J++)H=U(y,h[J],_),H!==null&&(d=u(H,d,J),le===null?B=H:le.sibling=H,le=H);return ee&&Kt(y,J),B}for(H=n(H);J<h.length;J++)W=E(H,y,J,h[J],_),W!==null&&(e&&W.alternate!==null&&H.delete(W.key===null?J:W.key),d=u(W,d,J),le===null?B=W:le.sibling=W,le=W);return e&&H.forEach(function(Nl){return t(y,Nl)}),ee&&Kt(y,J),B}function Y(y,d,h,_){if(h==null)throw Error(o(151));for(var B=null,le=null,H=d,J=d=0,W=null,ne=h.next();H!==null&&!ne.done;J++,ne=h.next()){H.index>J?(W=H,H=null):W=H.sibling;var Nl=S(y,H,ne.value,_);if(Nl===null){H===null&&(H=W);break}e&&H&&Nl.alternate===null&&t(y,H),d=u(Nl,d,J),le===null?B=Nl:le.sibling=Nl,le=Nl,H=W}if(ne.done)return l(y,H),ee&&Kt(y,J),B;if(H===null){for(;!ne.done;J++,ne=h.next())ne=U(y,ne.value,_),ne!==null&&(d=u(ne,d,J),le===null?B=ne:le.sibling=ne,le=ne);return ee&&Kt(y,J),B}for(H=n(H);!ne.done;J++,ne=h.next())ne=E(H,y,J,ne.value,_),ne!==null&&(e&&ne.alternate!==null&&H.delete(ne.key===null?J:ne.key),d=u(ne,d,J),le===null?B=ne:le.sibling=ne,le=ne);return e&&H.forEach(function(Dg){return t(y,Dg)}),ee&&Kt(y,J),B}function ge(y,d,h,_){if(typeof h=="object"&&h!==null&&h.type===Le&&h.key===null&&(h=h.props.children),typeof h=="object"&&h!==null){switch(h.$$typeof){case Ee:e:{for(var B=h.key;d!==null;){if(d.key===B){if(B=h.type,B===Le){if(d.tag===7){l(y,d.sibling),_=a(d,h.props.children),_.return=y,y=_;break e}}else if(d.elementType===B||typeof B=="object"&&B!==null&&B.$$typeof===Fe&&$l(B)===d.type){l(y,d.sibling),_=a(d,h.props),fa(_,h),_.return=y,y=_;break e}l(y,d);break}else t(y,d);d=d.sibling}h.type===Le?(_=Xl(h.props.children,y.mode,_,h.key),_.return=y,y=_):(_=uu(h.type,h.key,h.props,null,y.mode,_),fa(_,h),_.return=y,y=_)}return i(y);case re:e:{for(B=h.key;d!==null;){if(d.key===B)if(d.tag===4&&d.stateNode.containerInfo===h.containerInfo&&d.stateNode.implementation===h.implementation){l(y,d.sibling),_=a(d,h.children||[]),_.return=y,y=_;break e}else{l(y,d);break}else t(y,d);d=d.sibling}_=Qi(h,y.mode,_),_.return=y,y=_}return i(y);case Fe:return h=$l(h),ge(y,d,h,_)}if(xt(h))return L(y,d,h,_);if(We(h)){if(B=We(h),typeof B!="function")throw Error(o(150));return h=B.call(h),Y(y,d,h,_)}if(typeof h.then=="function")return ge(y,d,du(h),_);if(h.$$typeof===Xe)return ge(y,d,su(y,h),_);mu(y,h)}return typeof h=="string"&&h!==""||typeof h=="number"||typeof h=="bigint"?(h=""+h,d!==null&&d.tag===6?(l(y,d.sibling),_=a(d,h),_.return=y,y=_):(l(y,d),_=Xi(h,y.mode,_),_.return=y,y=_),i(y)):l(y,d)}return function(y,d,h,_){try{sa=0;var B=ge(y,d,h,_);return Cn=null,B}catch(H){if(H===Un||H===ou)throw H;var le=rt(29,H,null,y.mode);return le.lanes=_,le.return=y,le}}}var Fl=If(!0),Pf=If(!1),hl=!1;function lc(e){e.updateQueue={baseState:e.memoizedState,firstBaseUpdate:null,lastBaseUpdate:null,shared:{pending:null,lanes:0,hiddenCallbacks:null},callbacks:null}}function nc(e,t){e=e.updateQueue,t.updateQueue===e&&(t.updateQueue={baseState:e.baseState,firstBaseUpdate:e.firstBaseUpdate,lastBaseUpdate:e.lastBaseUpdate,shared:e.shared,callbacks:null})}function vl(e){return{lane:e,tag:0,payload:null,callback:null,next:null}}function pl(e,t,l){var n=e.updateQueue;if(n===null)return null;if(n=n.shared,(ae&2)!==0){var a=n.pending;return a===null?t.next=t:(t.next=a.next,a.next=t),n.pending=t,t=au(e),Lf(e,null,l),t}return nu(e,n,t,l),au(e)}function oa(e,t,l){if(t=t.updateQueue,t!==null&&(t=t.shared,(l&4194048)!==0)){var n=t.lanes;n&=e.pendingLanes,l|=n,t.lanes=l,Xs(e,l)}}function ac(e,t){var l=e.updateQueue,n=e.alternate;if(n!==null&&(n=n.updateQueue,l===n)){var a=null,u=null;if(l=l.firstBaseUpdate,l!==null){do{var i={lane:l.lane,tag:l.tag,payload:l.payload,callback:null,next:null};u===null?a=u=i:u=u.next=i,l=l.next}while(l!==null);u===null?a=u=t:u=u.next=t}else a=u=t;l={baseState:n.baseState,firstBaseUpdate:a,lastBaseUpdate:u,shared:n.shared,callbacks:n.callbacks},e.updateQueue=l;return}e=l.lastBaseUpdate,e===null?l.firstBaseUpdate=t:e.next=t,l.lastBaseUpdate=t}var uc=!1;function ra(){if(uc){var e=_n;if(e!==null)throw e}}function da(e,t,l,n){uc=!1;var a=e.updateQueue;hl=!1;var u=a.firstBaseUpdate,i=a.lastBaseUpdate,c=a.shared.pending;if(c!==null){a.shared.pending=null;var r=c,v=r.next;r.next=null,i===null?u=v:i.next=v,i=r;var A=e.alternate;A!==null&&(A=A.updateQueue,c=A.lastBaseUpdate,c!==i&&(c===null?A.firstBaseUpdate=v:c.next=v,A.lastBaseUpdate=r))}if(u!==null){var U=a.baseState;i=0,A=v=r=null,c=u;do{var S=c.lane&-536870913,E=S!==c.lane;if(E?(F&S)===S:(n&S)===S){S!==0&&S===Tn&&(uc=!0),A!==null&&(A=A.next={lane:0,tag:c.tag,payload:c.payload,callback:null,next:null});e:{var L=e,Y=c;S=t;var ge=l;switch(Y.tag){case 1:if(L=Y.payload,typeof L=="function"){U=L.call(ge,U,S);break e}U=L;break e;case 3:L.flags=L.flags&-65537|128;case 0:if(L=Y.payload,S=typeof L=="function"?L.call(ge,U,S):L,S==null)break e;U=j({},U,S);break e;case 2:hl=!0}}S=c.callback,S!==null&&(e.flags|=64,E&&(e.flags|=8192),E=a.callbacks,E===null?a.callbacks=[S]:E.push(S))}else E={lane:S,tag:c.tag,payload:c.payload,callback:c.callback,next:null},A===null?(v=A=E,r=U):A=A.next=E,i|=S;if(c=c.next,c===null){if(c=a.shared.pending,c===null)break;E=c,c=E.next,E.next=null,a.lastBaseUpdate=E,a.shared.pending=null}}while(!0);A===null&&(r=U),a.baseState=r,a.firstBaseUpdate=v,a.lastBaseUpdate=A,u===null&&(a.shared.lanes=0),Tl|=i,e.lanes=i,e.memoizedState=U}}function eo(e,t){if(typeof e!="function")throw Error(o(191,e));e.call(t)}function to(e,t){var l=e.callbacks;if(l!==null)for(e.callbacks=null,e=0;e<l.length;e++)eo(l[e],t)}var Rn=m(null),yu=m(0);function lo(e,t){e=al,q(yu,e),q(Rn,t),al=e|t.baseLanes}function ic(){q(yu,al),q(Rn,Rn.current)}function cc(){al=yu.current,C(Rn),C(yu)}var dt=m(null),Ct=null;function Sl(e){var t=e.alternate;q(Ce,Ce.current&1),q(dt,e),Ct===null&&(t===null||Rn.current!==null||t.memoizedState!==null)&&(Ct=e)}function sc(e){q(Ce,Ce.current),q(dt,e),Ct===null&&(Ct=e)}function no(e){e.tag===22?(q(Ce,Ce.current),q(dt,e),Ct===null&&(Ct=e)):bl()}function bl(){q(Ce,Ce.current),q(dt,dt.current)}function mt(e){C(dt),Ct===e&&(Ct=null),C(Ce)}var Ce=m(0);function gu(e){for(var t=e;t!==null;){if(t.tag===13){var l=t.memoizedState;if(l!==null&&(l=l.dehydrated,l===null||ys(l)||gs(l)))return t}else if(t.tag===19&&(t.memoizedProps.revealOrder==="forwards"||t.memoizedProps.revealOrder==="backwards"||t.memoizedProps.revealOrder==="unstable_legacy-backwards"||t.memoizedProps.revealOrder==="together")){if((t.flags&128)!==0)return t}else if(t.child!==null){t.child.return=t,t=t.child;continue}if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return null;t=t.return}t.sibling.return=t.return,t=t.sibling}return null}var Ft=0,Z=null,me=null,je=null,hu=!1,zn=!1,Wl=!1,vu=0,ma=0,jn=null,Ay=0;function Ae(){throw Error(o(321))}function fc(e,t){if(t===null)return!1;for(var l=0;l<t.length&&l<e.length;l++)if(!ot(e[l],t[l]))return!1;return!0}function oc(e,t,l,n,a,u){return Ft=u,Z=t,t.memoizedState=null,t.updateQueue=null,t.lanes=0,T.H=e===null||e.memoizedState===null?Vo:Uc,Wl=!1,u=l(n,a),Wl=!1,zn&&(u=uo(t,l,n,a)),ao(e),u}function ao(e){T.H=ha;var t=me!==null&&me.next!==null;if(Ft=0,je=me=Z=null,hu=!1,ma=0,jn=null,t)throw Error(o(300));e===null||xe||(e=e.dependencies,e!==null&&cu(e)&&(xe=!0))}function uo(e,t,l,n){Z=e;var a=0;do{if(zn&&(jn=null),ma=0,zn=!1,25<=a)throw Error(o(301));if(a+=1,je=me=null,e.updateQueue!=null){var u=e.updateQueue;u.lastEffect=null,u.events=null,u.stores=null,u.memoCache!=null&&(u.memoCache.index=0)}T.H=Go,u=t(l,n)}while(zn);return u}function Ty(){var e=T.H,t=e.useState()[0];return t=typeof t.then=="function"?ya(t):t,e=e.useState()[0],(me!==null?me.memoizedState:null)!==e&&(Z.flags|=1024),t}function rc(){var e=vu!==0;return vu=0,e}function dc(e,t,l){t.updateQueue=e.updateQueue,t.flags&=-2053,e.lanes&=~l}function mc(e){if(hu){for(e=e.memoizedState;e!==null;){var t=e.queue;t!==null&&(t.pending=null),e=e.next}hu=!1}Ft=0,je=me=Z=null,zn=!1,ma=vu=0,jn=null}function $e(){var e={memoizedState:null,baseState:null,baseQueue:null,queue:null,next:null};return je===null?Z.memoizedState=je=e:je=je.next=e,je}function Re(){if(me===null){var e=Z.alternate;e=e!==null?e.memoizedState:null}else e=me.next;var t=je===null?Z.memoizedState:je.next;if(t!==null)je=t,me=e;else{if(e===null)throw Z.alternate===null?Error(o(467)):Error(o(310));me=e,e={memoizedState:me.memoizedState,baseState:me.baseState,baseQueue:me.baseQueue,queue:me.queue,next:null},je===null?Z.memoizedState=je=e:je=je.next=e}return je}function pu(){return{lastEffect:null,events:null,stores:null,memoCache:null}}function ya(e){var t=ma;return ma+=1,jn===null&&(jn=[]),e=kf(jn,e,t),t=Z,(je===null?t.memoizedState:je.next)===null&&(t=t.alternate,T.H=t===null||t.memoizedState===null?Vo:Uc),e}function Su(e){if(e!==null&&typeof e=="object"){if(typeof e.then=="function")return ya(e);if(e.$$typeof===Xe)return Be(e)}throw Error(o(438,String(e)))}function yc(e){var t=null,l=Z.updateQueue;if(l!==null&&(t=l.memoCache),t==null){var n=Z.alternate;n!==null&&(n=n.updateQueue,n!==null&&(n=n.memoCache,n!=null&&(t={data:n.data.map(function(a){return a.slice()}),index:0})))}if(t==null&&(t={data:[],index:0}),l===null&&(l=pu(),Z.updateQueue=l),l.memoCache=t,l=t.data[t.index],l===void 0)for(l=t.data[t.index]=Array(e),n=0;n<e;n++)l[n]=nn;return t.index++,l}function Wt(e,t){return typeof t=="function"?t(e):t}function bu(e){var t=Re();return gc(t,me,e)}function gc(e,t,l){var n=e.queue;if(n===null)throw Error(o(311));n.lastRenderedReducer=l;var a=e.baseQueue,u=n.pending;if(u!==null){if(a!==null){var i=a.next;a.next=u.next,u.next=i}t.baseQueue=a=u,n.pending=null}if(u=e.baseState,a===null)e.memoizedState=u;else{t=a.next;var c=i=null,r=null,v=t,A=!1;do{var U=v.lane&-536870913;if(U!==v.lane?(F&U)===U:(Ft&U)===U){var S=v.revertLane;if(S===0)r!==null&&(r=r.next={lane:0,revertLane:0,gesture:null,action:v.action,hasEagerState:v.hasEagerState,eagerState:v.eagerState,next:null}),U===Tn&&(A=!0);else if((Ft&S)===S){v=v.next,S===Tn&&(A=!0);continue}else U={lane:0,revertLane:v.revertLane,gesture:null,action:v.action,hasEagerState:v.hasEagerState,eagerState:v.eagerState,next:null},r===null?(c=r=U,i=u):r=r.next=U,Z.lanes|=S,Tl|=S;U=v.action,Wl&&l(u,U),u=v.hasEagerState?v.eagerState:l(u,U)}else S={lane:U,revertLane:v.revertLane,gesture:v.gesture,action:v.action,hasEagerState:v.hasEagerState,eagerState:v.eagerState,next:null},r===null?(c=r=S,i=u):r=r.next=S,Z.lanes|=U,Tl|=U;v=v.next}while(v!==null&&v!==t);if(r===null?i=u:r.next=c,!ot(u,e.memoizedState)&&(xe=!0,A&&(l=_n,l!==null)))throw l;e.memoizedState=u,e.baseState=i,e.baseQueue=r,n.lastRenderedState=u}return a===null&&(n.lanes=0),[e.memoizedState,n.dispatch]}function hc(e){var t=Re(),l=t.queue;if(l===null)throw Error(o(311));l.lastRenderedReducer=e;var n=l.dispatch,a=l.pending,u=t.memoizedState;if(a!==null){l.pending=null;var i=a=a.next;do u=e(u,i.action),i=i.next;while(i!==a);ot(u,t.memoizedState)||(xe=!0),t.memoizedState=u,t.baseQueue===null&&(t.baseState=u),l.lastRenderedState=u}return[u,n]}function io(e,t,l){var n=Z,a=Re(),u=ee;if(u){if(l===void 0)throw Error(o(407));l=l()}else l=t();var i=!ot((me||a).memoizedState,l);if(i&&(a.memoizedState=l,xe=!0),a=a.queue,Sc(fo.bind(null,n,a,e),[e]),a.getSnapshot!==t||i||je!==null&&je.memoizedState.tag&1){if(n.flags|=2048,xn(9,{destroy:void 0},so.bind(null,n,a,l,t),null),ve===null)throw Error(o(349));u||(Ft&127)!==0||co(n,t,l)}return l}function co(e,t,l){e.flags|=16384,e={getSnapshot:t,value:l},t=Z.updateQueue,t===null?(t=pu(),Z.updateQueue=t,t.stores=[e]):(l=t.stores,l===null?t.stores=[e]:l.push(e))}function so(e,t,l,n){t.value=l,t.getSnapshot=n,oo(t)&&ro(e)}function fo(e,t,l){return l(function(){oo(t)&&ro(e)})}function oo(e){var t=e.getSnapshot;e=e.value;try{var l=t();return!ot(e,l)}catch{return!0}}function ro(e){var t=Gl(e,2);t!==null&&at(t,e,2)}function vc(e){var t=$e();if(typeof e=="function"){var l=e;if(e=l(),Wl){fl(!0);try{l()}finally{fl(!1)}}}return t.memoizedState=t.baseState=e,t.queue={pending:null,lanes:0,dispatch:null,lastRenderedReducer:Wt,lastRenderedState:e},t}function mo(e,t,l,n){return e.baseState=l,gc(e,me,typeof n=="function"?n:Wt)}function _y(e,t,l,n,a){if(Tu(e))throw Error(o(485));if(e=t.action,e!==null){var u={payload:a,action:e,next:null,isTransition:!0,status:"pending",value:null,reason:null,listeners:[],then:function(i){u.listeners.push(i)}};T.T!==null?l(!0):u.isTransition=!1,n(u),l=t.pending,l===null?(u.next=t.pending=u,yo(t,u)):(u.next=l.next,t.pending=l.next=u)}}function yo(e,t){var l=t.action,n=t.payload,a=e.state;if(t.isTransition){var u=T.T,i={};T.T=i;try{var c=l(a,n),r=T.S;r!==null&&r(i,c),go(e,t,c)}catch(v){pc(e,t,v)}finally{u!==null&&i.types!==null&&(u.types=i.types),T.T=u}}else try{u=l(a,n),go(e,t,u)}catch(v){pc(e,t,v)}}function go(e,t,l){l!==null&&typeof l=="object"&&typeof l.then=="function"?l.then(function(n){ho(e,t,n)},function(n){return pc(e,t,n)}):ho(e,t,l)}function ho(e,t,l){t.status="fulfilled",t.value=l,vo(t),e.state=l,t=e.pending,t!==null&&(l=t.next,l===t?e.pending=null:(l=l.next,t.next=l,yo(e,l)))}function pc(e,t,l){var n=e.pending;if(e.pending=null,n!==null){n=n.next;do t.status="rejected",t.reason=l,vo(t),t=t.next;while(t!==n)}e.action=null}function vo(e){e=e.listeners;for(var t=0;t<e.length;t++)(0,e[t])()}function po(e,t){return t}function So(e,t){if(ee){var l=ve.formState;if(l!==null){e:{var n=Z;if(ee){if(pe){t:{for(var a=pe,u=Ut;a.nodeType!==8;){if(!u){a=null;break t}if(a=Rt(a.nextSibling),a===null){a=null;break t}}u=a.data,a=u==="F!"||u==="F"?a:null}if(a){pe=Rt(a.nextSibling),n=a.data==="F!";break e}}yl(n)}n=!1}n&&(t=l[0])}}return l=$e(),l.memoizedState=l.baseState=t,n={pending:null,lanes:0,dispatch:null,lastRenderedReducer:po,lastRenderedState:t},l.queue=n,l=Ho.bind(null,Z,n),n.dispatch=l,n=vc(!1),u=_c.bind(null,Z,!1,n.queue),n=$e(),a={state:t,dispatch:null,action:e,pending:null},n.queue=a,l=_y.bind(null,Z,a,u,l),a.dispatch=l,n.memoizedState=e,[t,l,!1]}function bo(e){var t=Re();return Eo(t,me,e)}function Eo(e,t,l){if(t=gc(e,t,po)[0],e=bu(Wt)[0],typeof t=="object"&&t!==null&&typeof t.then=="function")try{var n=ya(t)}catch(i){throw i===Un?ou:i}else n=t;t=Re();var a=t.queue,u=a.dispatch;return l!==t.memoizedState&&(Z.flags|=2048,xn(9,{destroy:void 0},Uy.bind(null,a,l),null)),[n,u,e]}function Uy(e,t){e.action=t}function Ao(e){var t=Re(),l=me;if(l!==null)return Eo(t,l,e);Re(),t=t.memoizedState,l=Re();var n=l.queue.dispatch;return l.memoizedState=e,[t,n,!1]}function xn(e,t,l,n){return e={tag:e,create:l,deps:n,inst:t,next:null},t=Z.updateQueue,t===null&&(t=pu(),Z.updateQueue=t),l=t.lastEffect,l===null?t.lastEffect=e.next=e:(n=l.next,l.next=e,e.next=n,t.lastEffect=e),e}function To(){return Re().memoizedState}function Eu(e,t,l,n){var a=$e();Z.flags|=e,a.memoizedState=xn(1|t,{destroy:void 0},l,n===void 0?null:n)}function Au(e,t,l,n){var a=Re();n=n===void 0?null:n;var u=a.memoizedState.inst;me!==null&&n!==null&&fc(n,me.memoizedState.deps)?a.memoizedState=xn(t,u,l,n):(Z.flags|=e,a.memoizedState=xn(1|t,u,l,n))}function _o(e,t){Eu(8390656,8,e,t)}function Sc(e,t){Au(2048,8,e,t)}function Cy(e){Z.flags|=4;var t=Z.updateQueue;if(t===null)t=pu(),Z.updateQueue=t,t.events=[e];else{var l=t.events;l===null?t.events=[e]:l.push(e)}}function Uo(e){var t=Re().memoizedState;return Cy({ref:t,nextImpl:e}),function(){if((ae&2)!==0)throw Error(o(440));return t.impl.apply(void 0,arguments)}}function Co(e,t){return Au(4,2,e,t)}function Ro(e,t){return Au(4,4,e,t)}function zo(e,t){if(typeof t=="function"){e=e();var l=t(e);return function(){typeof l=="function"?l():t(null)}}if(t!=null)return e=e(),t.current=e,function(){t.current=null}}function jo(e,t,l){l=l!=null?l.concat([e]):null,Au(4,4,zo.bind(null,t,e),l)}function bc(){}function xo(e,t){var l=Re();t=t===void 0?null:t;var n=l.memoizedState;return t!==null&&fc(t,n[1])?n[0]:(l.memoizedState=[e,t],e)}function Oo(e,t){var l=Re();t=t===void 0?null:t;var n=l.memoizedState;if(t!==null&&fc(t,n[1]))return n[0];if(n=e(),Wl){fl(!0);try{e()}finally{fl(!1)}}return l.memoizedState=[n,t],n}function Ec(e,t,l){return l===void 0||(Ft&1073741824)!==0&&(F&261930)===0?e.memoizedState=t:(e.memoizedState=l,e=Dr(),Z.lanes|=e,Tl|=e,l)}function Do(e,t,l,n){return ot(l,t)?l:Rn.current!==null?(e=Ec(e,l,n),ot(e,t)||(xe=!0),e):(Ft&42)===0||(Ft&1073741824)!==0&&(F&261930)===0?(xe=!0,e.memoizedState=l):(e=Dr(),Z.lanes|=e,Tl|=e,t)}function No(e,t,l,n,a){var u=N.p;N.p=u!==0&&8>u?u:8;var i=T.T,c={};T.T=c,_c(e,!1,t,l);try{var r=a(),v=T.S;if(v!==null&&v(c,r),r!==null&&typeof r=="object"&&typeof r.then=="function"){var A=Ey(r,n);ga(e,t,A,ht(e))}else ga(e,t,n,ht(e))}catch(U){ga(e,t,{then:function(){},status:"rejected",reason:U},ht())}finally{N.p=u,i!==null&&c.types!==null&&(i.types=c.types),T.T=i}}function Ry(){}function Ac(e,t,l,n){if(e.tag!==5)throw Error(o(476));var a=Mo(e).queue;No(e,a,t,G,l===null?Ry:function(){return qo(e),l(n)})}function Mo(e){var t=e.memoizedState;if(t!==null)return t;t={memoizedState:G,baseState:G,baseQueue:null,queue:{pending:null,lanes:0,dispatch:null,lastRenderedReducer:Wt,lastRenderedState:G},next:null};var l={};return t.next={memoizedState:l,baseState:l,baseQueue:null,queue:{pending:null,lanes:0,dispatch:null,lastRenderedReducer:Wt,lastRenderedState:l},next:null},e.memoizedState=t,e=e.alternate,e!==null&&(e.memoizedState=t),t}function qo(e){var t=Mo(e);t.next===null&&(t=e.alternate.memoizedState),ga(e,t.next.queue,{},ht())}function Tc(){return Be(Da)}function Lo(){return Re().memoizedState}function wo(){return Re().memoizedState}function zy(e){for(var t=e.return;t!==null;){switch(t.tag){case 24:case 3:var l=ht();e=vl(l);var n=pl(t,e,l);n!==null&&(at(n,t,l),oa(n,t,l)),t={cache:Ii()},e.payload=t;return}t=t.return}}function jy(e,t,l){var n=ht();l={lane:n,revertLane:0,gesture:null,action:l,hasEagerState:!1,eagerState:null,next:null},Tu(e)?Bo(t,l):(l=Vi(e,t,l,n),l!==null&&(at(l,e,n),Yo(l,t,n)))}function Ho(e,t,l){var n=ht();ga(e,t,l,n)}function ga(e,t,l,n){var a={lane:n,revertLane:0,gesture:null,action:l,hasEagerState:!1,eagerState:null,next:null};if(Tu(e))Bo(t,a);else{var u=e.alternate;if(e.lanes===0&&(u===null||u.lanes===0)&&(u=t.lastRenderedReducer,u!==null))try{var i=t.lastRenderedState,c=u(i,l);if(a.hasEagerState=!0,a.eagerState=c,ot(c,i))return nu(e,t,a,0),ve===null&&lu(),!1}catch{}if(l=Vi(e,t,a,n),l!==null)return at(l,e,n),Yo(l,t,n),!0}return!1}function _c(e,t,l,n){if(n={lane:2,revertLane:ls(),gesture:null,action:n,hasEagerState:!1,eagerState:null,next:null},Tu(e)){if(t)throw Error(o(479))}else t=Vi(e,l,n,2),t!==null&&at(t,e,2)}function Tu(e){var t=e.alternate;return e===Z||t!==null&&t===Z}function Bo(e,t){zn=hu=!0;var l=e.pending;l===null?t.next=t:(t.next=l.next,l.next=t),e.pending=t}function Yo(e,t,l){if((l&4194048)!==0){var n=t.lanes;n&=e.pendingLanes,l|=n,t.lanes=l,Xs(e,l)}}var ha={readContext:Be,use:Su,useCallback:Ae,useContext:Ae,useEffect:Ae,useImperativeHandle:Ae,useLayoutEffect:Ae,useInsertionEffect:Ae,useMemo:Ae,useReducer:Ae,useRef:Ae,useState:Ae,useDebugValue:Ae,useDeferredValue:Ae,useTransition:Ae,useSyncExternalStore:Ae,useId:Ae,useHostTransitionStatus:Ae,useFormState:Ae,useActionState:Ae,useOptimistic:Ae,useMemoCache:Ae,useCacheRefresh:Ae};ha.useEffectEvent=Ae;var Vo={readContext:Be,use:Su,useCallback:function(e,t){return $e().memoizedState=[e,t===void 0?null:t],e},useContext:Be,useEffect:_o,useImperativeHandle:function(e,t,l){l=l!=null?l.concat([e]):null,Eu(4194308,4,zo.bind(null,t,e),l)},useLayoutEffect:function(e,t){return Eu(4194308,4,e,t)},useInsertionEffect:function(e,t){Eu(4,2,e,t)},useMemo:function(e,t){var l=$e();t=t===void 0?null:t;var n=e();if(Wl){fl(!0);try{e()}finally{fl(!1)}}return l.memoizedState=[n,t],n},useReducer:function(e,t,l){var n=$e();if(l!==void 0){var a=l(t);if(Wl){fl(!0);try{l(t)}finally{fl(!1)}}}else a=t;return n.memoizedState=n.baseState=a,e={pending:null,lanes:0,dispatch:null,lastRenderedReducer:e,lastRenderedState:a},n.queue=e,e=e.dispatch=jy.bind(null,Z,e),[n.memoizedState,e]},useRef:function(e){var t=$e();return e={current:e},t.memoizedState=e},useState:function(e){e=vc(e);var t=e.queue,l=Ho.bind(null,Z,t);return t.dispatch=l,[e.memoizedState,l]},useDebugValue:bc,useDeferredValue:function(e,t){var l=$e();return Ec(l,e,t)},useTransition:function(){var e=vc(!1);return e=No.bind(null,Z,e.queue,!0,!1),$e().memoizedState=e,[!1,e]},useSyncExternalStore:function(e,t,l){var n=Z,a=$e();if(ee){if(l===void 0)throw Error(o(407));l=l()}else{if(l=t(),ve===null)throw Error(o(349));(F&127)!==0||co(n,t,l)}a.memoizedState=l;var u={value:l,getSnapshot:t};return a.queue=u,_o(fo.bind(null,n,u,e),[e]),n.flags|=2048,xn(9,{destroy:void 0},so.bind(null,n,u,l,t),null),l},useId:function(){var e=$e(),t=ve.identifierPrefix;if(ee){var l=Ht,n=wt;l=(n&~(1<<32-ft(n)-1)).toString(32)+l,t="_"+t+"R_"+l,l=vu++,0<l&&(t+="H"+l.toString(32)),t+="_"}else l=Ay++,t="_"+t+"r_"+l.toString(32)+"_";return e.memoizedState=t},useHostTransitionStatus:Tc,useFormState:So,useActionState:So,useOptimistic:function(e){var t=$e();t.memoizedState=t.baseState=e;var l={pending:null,lanes:0,dispatch:null,lastRenderedReducer:null,lastRenderedState:null};return t.queue=l,t=_c.bind(null,Z,!0,l),l.dispatch=t,[e,t]},useMemoCache:yc,useCacheRefresh:function(){return $e().memoizedState=zy.bind(null,Z)},useEffectEvent:function(e){var t=$e(),l={impl:e};return t.memoizedState=l,function(){if((ae&2)!==0)throw Error(o(440));return l.impl.apply(void 0,arguments)}}},Uc={readContext:Be,use:Su,useCallback:xo,useContext:Be,useEffect:Sc,useImperativeHandle:jo,useInsertionEffect:Co,useLayoutEffect:Ro,useMemo:Oo,useReducer:bu,useRef:To,useState:function(){return bu(Wt)},useDebugValue:bc,useDeferredValue:function(e,t){var l=Re();return Do(l,me.memoizedState,e,t)},useTransition:function(){var e=bu(Wt)[0],t=Re().memoizedState;return[typeof e=="boolean"?e:ya(e),t]},useSyncExternalStore:io,useId:Lo,useHostTransitionStatus:Tc,useFormState:bo,useActionState:bo,useOptimistic:function(e,t){var l=Re();return mo(l,me,e,t)},useMemoCache:yc,useCacheRefresh:wo};Uc.useEffectEvent=Uo;var Go={readContext:Be,use:Su,useCallback:xo,useContext:Be,useEffect:Sc,useImperativeHandle:jo,useInsertionEffect:Co,useLayoutEffect:Ro,useMemo:Oo,useReducer:hc,useRef:To,useState:function(){return hc(Wt)},useDebugValue:bc,useDeferredValue:function(e,t){var l=Re();return me===null?Ec(l,e,t):Do(l,me.memoizedState,e,t)},useTransition:function(){var e=hc(Wt)[0],t=Re().memoizedState;return[typeof e=="boolean"?e:ya(e),t]},useSyncExternalStore:io,useId:Lo,useHostTransitionStatus:Tc,useFormState:Ao,useActionState:Ao,useOptimistic:function(e,t){var l=Re();return me!==null?mo(l,me,e,t):(l.baseState=e,[e,l.queue.dispatch])},useMemoCache:yc,useCacheRefresh:wo};Go.useEffectEvent=Uo;function Cc(e,t,l,n){t=e.memoizedState,l=l(n,t),l=l==null?t:j({},t,l),e.memoizedState=l,e.lanes===0&&(e.updateQueue.baseState=l)}var Rc={enqueueSetState:function(e,t,l){e=e._reactInternals;var n=ht(),a=vl(n);a.payload=t,l!=null&&(a.callback=l),t=pl(e,a,n),t!==null&&(at(t,e,n),oa(t,e,n))},enqueueReplaceState:function(e,t,l){e=e._reactInternals;var n=ht(),a=vl(n);a.tag=1,a.payload=t,l!=null&&(a.callback=l),t=pl(e,a,n),t!==null&&(at(t,e,n),oa(t,e,n))},enqueueForceUpdate:function(e,t){e=e._reactInternals;var l=ht(),n=vl(l);n.tag=2,t!=null&&(n.callback=t),t=pl(e,n,l),t!==null&&(at(t,e,l),oa(t,e,l))}};function Xo(e,t,l,n,a,u,i){return e=e.stateNode,typeof e.shouldComponentUpdate=="function"?e.shouldComponentUpdate(n,u,i):t.prototype&&t.prototype.isPureReactComponent?!la(l,n)||!la(a,u):!0}function Qo(e,t,l,n){e=t.state,typeof t.componentWillReceiveProps=="function"&&t.componentWillReceiveProps(l,n),typeof t.UNSAFE_componentWillReceiveProps=="function"&&t.UNSAFE_componentWillReceiveProps(l,n),t.state!==e&&Rc.enqueueReplaceState(t,t.state,null)}function Il(e,t){var l=t;if("ref"in t){l={};for(var n in t)n!=="ref"&&(l[n]=t[n])}if(e=e.defaultProps){l===t&&(l=j({},l));for(var a in e)l[a]===void 0&&(l[a]=e[a])}return l}function Zo(e){tu(e)}function Jo(e){console.error(e)}function Ko(e){tu(e)}function _u(e,t){try{var l=e.onUncaughtError;l(t.value,{componentStack:t.stack})}catch(n){setTimeout(function(){throw n})}}function $o(e,t,l){try{var n=e.onCaughtError;n(l.value,{componentStack:l.stack,errorBoundary:t.tag===1?t.stateNode:null})}catch(a){setTimeout(function(){throw a})}}function zc(e,t,l){return l=vl(l),l.tag=3,l.payload={element:null},l.callback=function(){_u(e,t)},l}function ko(e){return e=vl(e),e.tag=3,e}function Fo(e,t,l,n){var a=l.type.getDerivedStateFromError;if(typeof a=="function"){var u=n.value;e.payload=function(){return a(u)},e.callback=function(){$o(t,l,n)}}var i=l.stateNode;i!==null&&typeof i.componentDidCatch=="function"&&(e.callback=function(){$o(t,l,n),typeof a!="function"&&(_l===null?_l=new Set([this]):_l.add(this));var c=n.stack;this.componentDidCatch(n.value,{componentStack:c!==null?c:""})})}function xy(e,t,l,n,a){if(l.flags|=32768,n!==null&&typeof n=="object"&&typeof n.then=="function"){if(t=l.alternate,t!==null&&An(t,l,a,!0),l=dt.current,l!==null){switch(l.tag){case 31:case 13:return Ct===null?Lu():l.alternate===null&&Te===0&&(Te=3),l.flags&=-257,l.flags|=65536,l.lanes=a,n===ru?l.flags|=16384:(t=l.updateQueue,t===null?l.updateQueue=new Set([n]):t.add(n),Pc(e,n,a)),!1;case 22:return l.flags|=65536,n===ru?l.flags|=16384:(t=l.updateQueue,t===null?(t={transitions:null,markerInstances:null,retryQueue:new Set([n])},l.updateQueue=t):(l=t.retryQueue,l===null?t.retryQueue=new Set([n]):l.add(n)),Pc(e,n,a)),!1}throw Error(o(435,l.tag))}return Pc(e,n,a),Lu(),!1}if(ee)return t=dt.current,t!==null?((t.flags&65536)===0&&(t.flags|=256),t.flags|=65536,t.lanes=a,n!==Ki&&(e=Error(o(422),{cause:n}),ua(At(e,l)))):(n!==Ki&&(t=Error(o(423),{cause:n}),ua(At(t,l))),e=e.current.alternate,e.flags|=65536,a&=-a,e.lanes|=a,n=At(n,l),a=zc(e.stateNode,n,a),ac(e,a),Te!==4&&(Te=2)),!1;var u=Error(o(520),{cause:n});if(u=At(u,l),_a===null?_a=[u]:_a.push(u),Te!==4&&(Te=2),t===null)return!0;n=At(n,l),l=t;do{switch(l.tag){case 3:return l.flags|=65536,e=a&-a,l.lanes|=e,e=zc(l.stateNode,n,e),ac(l,e),!1;case 1:if(t=l.type,u=l.stateNode,(l.flags&128)===0&&(typeof t.getDerivedStateFromError=="function"||u!==null&&typeof u.componentDidCatch=="function"&&(_l===null||!_l.has(u))))return l.flags|=65536,a&=-a,l.lanes|=a,a=ko(a),Fo(a,e,l,n),ac(l,a),!1}l=l.return}while(l!==null);return!1}var jc=Error(o(461)),xe=!1;function Ye(e,t,l,n){t.child=e===null?Pf(t,null,l,n):Fl(t,e.child,l,n)}function Wo(e,t,l,n,a){l=l.render;var u=t.ref;if("ref"in n){var i={};for(var c in n)c!=="ref"&&(i[c]=n[c])}else i=n;return Jl(t),n=oc(e,t,l,i,u,a),c=rc(),e!==null&&!xe?(dc(e,t,a),It(e,t,a)):(ee&&c&&Zi(t),t.flags|=1,Ye(e,t,n,a),t.child)}function Io(e,t,l,n,a){if(e===null){var u=l.type;return typeof u=="function"&&!Gi(u)&&u.defaultProps===void 0&&l.compare===null?(t.tag=15,t.type=u,Po(e,t,u,n,a)):(e=uu(l.type,null,n,t,t.mode,a),e.ref=t.ref,e.return=t,t.child=e)}if(u=e.child,!wc(e,a)){var i=u.memoizedProps;if(l=l.compare,l=l!==null?l:la,l(i,n)&&e.ref===t.ref)return It(e,t,a)}return t.flags|=1,e=Jt(u,n),e.ref=t.ref,e.return=t,t.child=e}function Po(e,t,l,n,a){if(e!==null){var u=e.memoizedProps;if(la(u,n)&&e.ref===t.ref)if(xe=!1,t.pendingProps=n=u,wc(e,a))(e.flags&131072)!==0&&(xe=!0);else return t.lanes=e.lanes,It(e,t,a)}return xc(e,t,l,n,a)}function er(e,t,l,n){var a=n.children,u=e!==null?e.memoizedState:null;if(e===null&&t.stateNode===null&&(t.stateNode={_visibility:1,_pendingMarkers:null,_retryCache:null,_transitions:null}),n.mode==="hidden"){if((t.flags&128)!==0){if(u=u!==null?u.baseLanes|l:l,e!==null){for(n=t.child=e.child,a=0;n!==null;)a=a|n.lanes|n.childLanes,n=n.sibling;n=a&~u}else n=0,t.child=null;return tr(e,t,u,l,n)}if((l&536870912)!==0)t.memoizedState={baseLanes:0,cachePool:null},e!==null&&fu(t,u!==null?u.cachePool:null),u!==null?lo(t,u):ic(),no(t);else return n=t.lanes=536870912,tr(e,t,u!==null?u.baseLanes|l:l,l,n)}else u!==null?(fu(t,u.cachePool),lo(t,u),bl(),t.memoizedState=null):(e!==null&&fu(t,null),ic(),bl());return Ye(e,t,a,l),t.child}function va(e,t){return e!==null&&e.tag===22||t.stateNode!==null||(t.stateNode={_visibility:1,_pendingMarkers:null,_retryCache:null,_transitions:null}),t.sibling}function tr(e,t,l,n,a){var u=ec();return u=u===null?null:{parent:ze._currentValue,pool:u},t.memoizedState={baseLanes:l,cachePool:u},e!==null&&fu(t,null),ic(),no(t),e!==null&&An(e,t,n,!0),t.childLanes=a,null}function Uu(e,t){return t=Ru({mode:t.mode,children:t.children},e.mode),t.ref=e.ref,e.child=t,t.return=e,t}function lr(e,t,l){return Fl(t,e.child,null,l),e=Uu(t,t.pendingProps),e.flags|=2,mt(t),t.memoizedState=null,e}function Oy(e,t,l){var n=t.pendingProps,a=(t.flags&128)!==0;if(t.flags&=-129,e===null){if(ee){if(n.mode==="hidden")return e=Uu(t,n),t.lanes=536870912,va(null,e);if(sc(t),(e=pe)?(e=yd(e,Ut),e=e!==null&&e.data==="&"?e:null,e!==null&&(t.memoizedState={dehydrated:e,treeContext:dl!==null?{id:wt,overflow:Ht}:null,retryLane:536870912,hydrationErrors:null},l=Hf(e),l.return=t,t.child=l,He=t,pe=null)):e=null,e===null)throw yl(t);return t.lanes=536870912,null}return Uu(t,n)}var u=e.memoizedState;if(u!==null){var i=u.dehydrated;if(sc(t),a)if(t.flags&256)t.flags&=-257,t=lr(e,t,l);else if(t.memoizedState!==null)t.child=e.child,t.flags|=128,t=null;else throw Error(o(558));else if(xe||An(e,t,l,!1),a=(l&e.childLanes)!==0,xe||a){if(n=ve,n!==null&&(i=Qs(n,l),i!==0&&i!==u.retryLane))throw u.retryLane=i,Gl(e,i),at(n,e,i),jc;Lu(),t=lr(e,t,l)}else e=u.treeContext,pe=Rt(i.nextSibling),He=t,ee=!0,ml=null,Ut=!1,e!==null&&Vf(t,e),t=Uu(t,n),t.flags|=4096;return t}return e=Jt(e.child,{mode:n.mode,children:n.children}),e.ref=t.ref,t.child=e,e.return=t,e}function Cu(e,t){var l=t.ref;if(l===null)e!==null&&e.ref!==null&&(t.flags|=4194816);else{if(typeof l!="function"&&typeof l!="object")throw Error(o(284));(e===null||e.ref!==l)&&(t.flags|=4194816)}}function xc(e,t,l,n,a){return Jl(t),l=oc(e,t,l,n,void 0,a),n=rc(),e!==null&&!xe?(dc(e,t,a),It(e,t,a)):(ee&&n&&Zi(t),t.flags|=1,Ye(e,t,l,a),t.child)}function nr(e,t,l,n,a,u){return Jl(t),t.updateQueue=null,l=uo(t,n,l,a),ao(e),n=rc(),e!==null&&!xe?(dc(e,t,u),It(e,t,u)):(ee&&n&&Zi(t),t.flags|=1,Ye(e,t,l,u),t.child)}function ar(e,t,l,n,a){if(Jl(t),t.stateNode===null){var u=pn,i=l.contextType;typeof i=="object"&&i!==null&&(u=Be(i)),u=new l(n,u),t.memoizedState=u.state!==null&&u.state!==void 0?u.state:null,u.updater=Rc,t.stateNode=u,u._reactInternals=t,u=t.stateNode,u.props=n,u.state=t.memoizedState,u.refs={},lc(t),i=l.contextType,u.context=typeof i=="object"&&i!==null?Be(i):pn,u.state=t.memoizedState,i=l.getDerivedStateFromProps,typeof i=="function"&&(Cc(t,l,i,n),u.state=t.memoizedState),typeof l.getDerivedStateFromProps=="function"||typeof u.getSnapshotBeforeUpdate=="function"||typeof u.UNSAFE_componentWillMount!="function"&&typeof u.componentWillMount!="function"||(i=u.state,typeof u.componentWillMount=="function"&&u.componentWillMount(),typeof u.UNSAFE_componentWillMount=="function"&&u.UNSAFE_componentWillMount(),i!==u.state&&Rc.enqueueReplaceState(u,u.state,null),da(t,n,u,a),ra(),u.state=t.memoizedState),typeof u.componentDidMount=="function"&&(t.flags|=4194308),n=!0}else if(e===null){u=t.stateNode;var c=t.memoizedProps,r=Il(l,c);u.props=r;var v=u.context,A=l.contextType;i=pn,typeof A=="object"&&A!==null&&(i=Be(A));var U=l.getDerivedStateFromProps;A=typeof U=="function"||typeof u.getSnapshotBeforeUpdate=="function",c=t.pendingProps!==c,A||typeof u.UNSAFE_componentWillReceiveProps!="function"&&typeof u.componentWillReceiveProps!="function"||(c||v!==i)&&Qo(t,u,n,i),hl=!1;var S=t.memoizedState;u.state=S,da(t,n,u,a),ra(),v=t.memoizedState,c||S!==v||hl?(typeof U=="function"&&(Cc(t,l,U,n),v=t.memoizedState),(r=hl||Xo(t,l,r,n,S,v,i))?(A||typeof u.UNSAFE_componentWillMount!="function"&&typeof u.componentWillMount!="function"||(typeof u.componentWillMount=="function"&&u.componentWillMount(),typeof u.UNSAFE_componentWillMount=="function"&&u.UNSAFE_componentWillMount()),typeof u.componentDidMount=="function"&&(t.flags|=4194308)):(typeof u.componentDidMount=="function"&&(t.flags|=4194308),t.memoizedProps=n,t.memoizedState=v),u.props=n,u.state=v,u.context=i,n=r):(typeof u.componentDidMount=="function"&&(t.flags|=4194308),n=!1)}else{u=t.stateNode,nc(e,t),i=t.memoizedProps,A=Il(l,i),u.props=A,U=t.pendingProps,S=u.context,v=l.contextType,r=pn,typeof v=="object"&&v!==null&&(r=Be(v)),c=l.getDerivedStateFromProps,(v=typeof c=="function"||typeof u.getSnapshotBeforeUpdate=="function")||typeof u.UNSAFE_componentWillReceiveProps!="function"&&typeof u.componentWillReceiveProps!="function"||(i!==U||S!==r)&&Qo(t,u,n,r),hl=!1,S=t.memoizedState,u.state=S,da(t,n,u,a),ra();var E=t.memoizedState;i!==U||S!==E||hl||e!==null&&e.dependencies!==null&&cu(e.dependencies)?(typeof c=="function"&&(Cc(t,l,c,n),E=t.memoizedState),(A=hl||Xo(t,l,A,n,S,E,r)||e!==null&&e.dependencies!==null&&cu(e.dependencies))?(v||typeof u.UNSAFE_componentWillUpdate!="function"&&typeof u.componentWillUpdate!="function"||(typeof u.componentWillUpdate=="function"&&u.componentWillUpdate(n,E,r),typeof u.UNSAFE_componentWillUpdate=="function"&&u.UNSAFE_componentWillUpdate(n,E,r)),typeof u.componentDidUpdate=="function"&&(t.flags|=4),typeof u.getSnapshotBeforeUpdate=="function"&&(t.flags|=1024)):(typeof u.componentDidUpdate!="function"||i===e.memoizedProps&&S===e.memoizedState||(t.flags|=4),typeof u.getSnapshotBeforeUpdate!="function"||i===e.memoizedProps&&S===e.memoizedState||(t.flags|=1024),t.memoizedProps=n,t.memoizedState=E),u.props=n,u.state=E,u.context=r,n=A):(typeof u.componentDidUpdate!="function"||i===e.memoizedProps&&S===e.memoizedState||(t.flags|=4),typeof u.getSnapshotBeforeUpdate!="function"||i===e.memoizedProps&&S===e.memoizedState||(t.flags|=1024),n=!1)}return u=n,Cu(e,t),n=(t.flags&128)!==0,u||n?(u=t.stateNode,l=n&&typeof l.getDerivedStateFromError!="function"?null:u.render(),t.flags|=1,e!==null&&n?(t.child=Fl(t,e.child,null,a),t.child=Fl(t,null,l,a)):Ye(e,t,l,a),t.memoizedState=u.state,e=t.child):e=It(e,t,a),e}function ur(e,t,l,n){return Ql(),t.flags|=256,Ye(e,t,l,n),t.child}var Oc={dehydrated:null,treeContext:null,retryLane:0,hydrationErrors:null};function Dc(e){return{baseLanes:e,cachePool:Kf()}}function Nc(e,t,l){return e=e!==null?e.childLanes&~l:0,t&&(e|=gt),e}function ir(e,t,l){var n=t.pendingProps,a=!1,u=(t.flags&128)!==0,i;if((i=u)||(i=e!==null&&e.memoizedState===null?!1:(Ce.current&2)!==0),i&&(a=!0,t.flags&=-129),i=(t.flags&32)!==0,t.flags&=-33,e===null){if(ee){if(a?Sl(t):bl(),(e=pe)?(e=yd(e,Ut),e=e!==null&&e.data!=="&"?e:null,e!==null&&(t.memoizedState={dehydrated:e,treeContext:dl!==null?{id:wt,overflow:Ht}:null,retryLane:536870912,hydrationErrors:null},l=Hf(e),l.return=t,t.child=l,He=t,pe=null)):e=null,e===null)throw yl(t);return gs(e)?t.lanes=32:t.lanes=536870912,null}var c=n.children;return n=n.fallback,a?(bl(),a=t.mode,c=Ru({mode:"hidden",children:c},a),n=Xl(n,a,l,null),c.return=t,n.return=t,c.sibling=n,t.child=c,n=t.child,n.memoizedState=Dc(l),n.childLanes=Nc(e,i,l),t.memoizedState=Oc,va(null,n)):(Sl(t),Mc(t,c))}var r=e.memoizedState;if(r!==null&&(c=r.dehydrated,c!==null)){if(u)t.flags&256?(Sl(t),t.flags&=-257,t=qc(e,t,l)):t.memoizedState!==null?(bl(),t.child=e.child,t.flags|=128,t=null):(bl(),c=n.fallback,a=t.mode,n=Ru({mode:"visible",children:n.children},a),c=Xl(c,a,l,null),c.flags|=2,n.return=t,c.return=t,n.sibling=c,t.child=n,Fl(t,e.child,null,l),n=t.child,n.memoizedState=Dc(l),n.childLanes=Nc(e,i,l),t.memoizedState=Oc,t=va(null,n));else if(Sl(t),gs(c)){if(i=c.nextSibling&&c.nextSibling.dataset,i)var v=i.dgst;i=v,n=Error(o(419)),n.stack="",n.digest=i,ua({value:n,source:null,stack:null}),t=qc(e,t,l)}else if(xe||An(e,t,l,!1),i=(l&e.childLanes)!==0,xe||i){if(i=ve,i!==null&&(n=Qs(i,l),n!==0&&n!==r.retryLane))throw r.retryLane=n,Gl(e,n),at(i,e,n),jc;ys(c)||Lu(),t=qc(e,t,l)}else ys(c)?(t.flags|=192,t.child=e.child,t=null):(e=r.treeContext,pe=Rt(c.nextSibling),He=t,ee=!0,ml=null,Ut=!1,e!==null&&Vf(t,e),t=Mc(t,n.children),t.flags|=4096);return t}return a?(bl(),c=n.fallback,a=t.mode,r=e.child,v=r.sibling,n=Jt(r,{mode:"hidden",children:n.children}),n.subtreeFlags=r.subtreeFlags&65011712,v!==null?c=Jt(v,c):(c=Xl(c,a,l,null),c.flags|=2),c.return=t,n.return=t,n.sibling=c,t.child=n,va(null,n),n=t.child,c=e.child.memoizedState,c===null?c=Dc(l):(a=c.cachePool,a!==null?(r=ze._currentValue,a=a.parent!==r?{parent:r,pool:r}:a):a=Kf(),c={baseLanes:c.baseLanes|l,cachePool:a}),n.memoizedState=c,n.childLanes=Nc(e,i,l),t.memoizedState=Oc,va(e.child,n)):(Sl(t),l=e.child,e=l.sibling,l=Jt(l,{mode:"visible",children:n.children}),l.return=t,l.sibling=null,e!==null&&(i=t.deletions,i===null?(t.deletions=[e],t.flags|=16):i.push(e)),t.child=l,t.memoizedState=null,l)}function Mc(e,t){return t=Ru({mode:"visible",children:t},e.mode),t.return=e,e.child=t}function Ru(e,t){return e=rt(22,e,null,t),e.lanes=0,e}function qc(e,t,l){return Fl(t,e.child,null,l),e=Mc(t,t.pendingProps.children),e.flags|=2,t.memoizedState=null,e}function cr(e,t,l){e.lanes|=t;var n=e.alternate;n!==null&&(n.lanes|=t),Fi(e.return,t,l)}function Lc(e,t,l,n,a,u){var i=e.memoizedState;i===null?e.memoizedState={isBackwards:t,rendering:null,renderingStartTime:0,last:n,tail:l,tailMode:a,treeForkCount:u}:(i.isBackwards=t,i.rendering=null,i.renderingStartTime=0,i.last=n,i.tail=l,i.tailMode=a,i.treeForkCount=u)}function sr(e,t,l){var n=t.pendingProps,a=n.revealOrder,u=n.tail;n=n.children;var i=Ce.current,c=(i&2)!==0;if(c?(i=i&1|2,t.flags|=128):i&=1,q(Ce,i),Ye(e,t,n,l),n=ee?aa:0,!c&&e!==null&&(e.flags&128)!==0)e:for(e=t.child;e!==null;){if(e.tag===13)e.memoizedState!==null&&cr(e,l,t);else if(e.tag===19)cr(e,l,t);else if(e.child!==null){e.child.return=e,e=e.child;continue}if(e===t)break e;for(;e.sibling===null;){if(e.return===null||e.return===t)break e;e=e.return}e.sibling.return=e.return,e=e.sibling}switch(a){case"forwards":for(l=t.child,a=null;l!==null;)e=l.alternate,e!==null&&gu(e)===null&&(a=l),l=l.sibling;l=a,l===null?(a=t.child,t.child=null):(a=l.sibling,l.sibling=null),Lc(t,!1,a,l,u,n);break;case"backwards":case"unstable_legacy-backwards":for(l=null,a=t.child,t.child=null;a!==null;){if(e=a.alternate,e!==null&&gu(e)===null){t.child=a;break}e=a.sibling,a.sibling=l,l=a,a=e}Lc(t,!0,l,null,u,n);break;case"together":Lc(t,!1,null,null,void 0,n);break;default:t.memoizedState=null}return t.child}function It(e,t,l){if(e!==null&&(t.dependencies=e.dependencies),Tl|=t.lanes,(l&t.childLanes)===0)if(e!==null){if(An(e,t,l,!1),(l&t.childLanes)===0)return null}else return null;if(e!==null&&t.child!==e.child)throw Error(o(153));if(t.child!==null){for(e=t.child,l=Jt(e,e.pendingProps),t.child=l,l.return=t;e.sibling!==null;)e=e.sibling,l=l.sibling=Jt(e,e.pendingProps),l.return=t;l.sibling=null}return t.child}function wc(e,t){return(e.lanes&t)!==0?!0:(e=e.dependencies,!!(e!==null&&cu(e)))}function Dy(e,t,l){switch(t.tag){case 3:Ke(t,t.stateNode.containerInfo),gl(t,ze,e.memoizedState.cache),Ql();break;case 27:case 5:Xn(t);break;case 4:Ke(t,t.stateNode.containerInfo);break;case 10:gl(t,t.type,t.memoizedProps.value);break;case 31:if(t.memoizedState!==null)return t.flags|=128,sc(t),null;break;case 13:var n=t.memoizedState;if(n!==null)return n.dehydrated!==null?(Sl(t),t.flags|=128,null):(l&t.child.childLanes)!==0?ir(e,t,l):(Sl(t),e=It(e,t,l),e!==null?e.sibling:null);Sl(t);break;case 19:var a=(e.flags&128)!==0;if(n=(l&t.childLanes)!==0,n||(An(e,t,l,!1),n=(l&t.childLanes)!==0),a){if(n)return sr(e,t,l);t.flags|=128}if(a=t.memoizedState,a!==null&&(a.rendering=null,a.tail=null,a.lastEffect=null),q(Ce,Ce.current),n)break;return null;case 22:return t.lanes=0,er(e,t,l,t.pendingProps);case 24:gl(t,ze,e.memoizedState.cache)}return It(e,t,l)}function fr(e,t,l){if(e!==null)if(e.memoizedProps!==t.pendingProps)xe=!0;else{if(!wc(e,l)&&(t.flags&128)===0)return xe=!1,Dy(e,t,l);xe=(e.flags&131072)!==0}else xe=!1,ee&&(t.flags&1048576)!==0&&Yf(t,aa,t.index);switch(t.lanes=0,t.tag){case 16:e:{var n=t.pendingProps;if(e=$l(t.elementType),t.type=e,typeof e=="function")Gi(e)?(n=Il(e,n),t.tag=1,t=ar(null,t,e,n,l)):(t.tag=0,t=xc(null,t,e,n,l));else{if(e!=null){var a=e.$$typeof;if(a===pt){t.tag=11,t=Wo(null,t,e,n,l);break e}else if(a===P){t.tag=14,t=Io(null,t,e,n,l);break e}}throw t=Gt(e)||e,Error(o(306,t,""))}}return t;case 0:return xc(e,t,t.type,t.pendingProps,l);case 1:return n=t.type,a=Il(n,t.pendingProps),ar(e,t,n,a,l);case 3:e:{if(Ke(t,t.stateNode.containerInfo),e===null)throw Error(o(387));n=t.pendingProps;var u=t.memoizedState;a=u.element,nc(e,t),da(t,n,null,l);var i=t.memoizedState;if(n=i.cache,gl(t,ze,n),n!==u.cache&&Wi(t,[ze],l,!0),ra(),n=i.element,u.isDehydrated)if(u={element:n,isDehydrated:!1,cache:i.cache},t.updateQueue.baseState=u,t.memoizedState=u,t.flags&256){t=ur(e,t,n,l);break e}else if(n!==a){a=At(Error(o(424)),t),ua(a),t=ur(e,t,n,l);break e}else for(e=t.stateNode.containerInfo,e.nodeType===9?e=e.body:e=e.nodeName==="HTML"?e.ownerDocument.body:e,pe=Rt(e.firstChild),He=t,ee=!0,ml=null,Ut=!0,l=Pf(t,null,n,l),t.child=l;l;)l.flags=l.flags&-3|4096,l=l.sibling;else{if(Ql(),n===a){t=It(e,t,l);break e}Ye(e,t,n,l)}t=t.child}return t;case 26:return Cu(e,t),e===null?(l=bd(t.type,null,t.pendingProps,null))?t.memoizedState=l:ee||(l=t.type,e=t.pendingProps,n=Xu(K.current).createElement(l),n[we]=t,n[Ie]=e,Ve(n,l,e),Me(n),t.stateNode=n):t.memoizedState=bd(t.type,e.memoizedProps,t.pendingProps,e.memoizedState),null;case 27:return Xn(t),e===null&&ee&&(n=t.stateNode=vd(t.type,t.pendingProps,K.current),He=t,Ut=!0,a=pe,zl(t.type)?(hs=a,pe=Rt(n.firstChild)):pe=a),Ye(e,t,t.pendingProps.children,l),Cu(e,t),e===null&&(t.flags|=4194304),t.child;case 5:return e===null&&ee&&((a=n=pe)&&(n=sg(n,t.type,t.pendingProps,Ut),n!==null?(t.stateNode=n,He=t,pe=Rt(n.firstChild),Ut=!1,a=!0):a=!1),a||yl(t)),Xn(t),a=t.type,u=t.pendingProps,i=e!==null?e.memoizedProps:null,n=u.children,rs(a,u)?n=null:i!==null&&rs(a,i)&&(t.flags|=32),t.memoizedState!==null&&(a=oc(e,t,Ty,null,null,l),Da._currentValue=a),Cu(e,t),Ye(e,t,n,l),t.child;case 6:return e===null&&ee&&((e=l=pe)&&(l=fg(l,t.pendingProps,Ut),l!==null?(t.stateNode=l,He=t,pe=null,e=!0):e=!1),e||yl(t)),null;case 13:return ir(e,t,l);case 4:return Ke(t,t.stateNode.containerInfo),n=t.pendingProps,e===null?t.child=Fl(t,null,n,l):Ye(e,t,n,l),t.child;case 11:return Wo(e,t,t.type,t.pendingProps,l);case 7:return Ye(e,t,t.pendingProps,l),t.child;case 8:return Ye(e,t,t.pendingProps.children,l),t.child;case 12:return Ye(e,t,t.pendingProps.children,l),t.child;case 10:return n=t.pendingProps,gl(t,t.type,n.value),Ye(e,t,n.children,l),t.child;case 9:return a=t.type._context,n=t.pendingProps.children,Jl(t),a=Be(a),n=n(a),t.flags|=1,Ye(e,t,n,l),t.child;case 14:return Io(e,t,t.type,t.pendingProps,l);case 15:return Po(e,t,t.type,t.pendingProps,l);case 19:return sr(e,t,l);case 31:return Oy(e,t,l);case 22:return er(e,t,l,t.pendingProps);case 24:return Jl(t),n=Be(ze),e===null?(a=ec(),a===null&&(a=ve,u=Ii(),a.pooledCache=u,u.refCount++,u!==null&&(a.pooledCacheLanes|=l),a=u),t.memoizedState={parent:n,cache:a},lc(t),gl(t,ze,a)):((e.lanes&l)!==0&&(nc(e,t),da(t,null,null,l),ra()),a=e.memoizedState,u=t.memoizedState,a.parent!==n?(a={parent:n,cache:n},t.memoizedState=a,t.lanes===0&&(t.memoizedState=t.updateQueue.baseState=a),gl(t,ze,n)):(n=u.cache,gl(t,ze,n),n!==a.cache&&Wi(t,[ze],l,!0))),Ye(e,t,t.pendingProps.children,l),t.child;case 29:throw t.pendingProps}throw Error(o(156,t.tag))}function Pt(e){e.flags|=4}function Hc(e,t,l,n,a){if((t=(e.mode&32)!==0)&&(t=!1),t){if(e.flags|=16777216,(a&335544128)===a)if(e.stateNode.complete)e.flags|=8192;else if(Lr())e.flags|=8192;else throw kl=ru,tc}else e.flags&=-16777217}function or(e,t){if(t.type!=="stylesheet"||(t.state.loading&4)!==0)e.flags&=-16777217;else if(e.flags|=16777216,!Ud(t))if(Lr())e.flags|=8192;else throw kl=ru,tc}function zu(e,t){t!==null&&(e.flags|=4),e.flags&16384&&(t=e.tag!==22?Vs():536870912,e.lanes|=t,Mn|=t)}function pa(e,t){if(!ee)switch(e.tailMode){case"hidden":t=e.tail;for(var l=null;t!==null;)t.alternate!==null&&(l=t),t=t.sibling;l===null?e.tail=null:l.sibling=null;break;case"collapsed":l=e.tail;for(var n=null;l!==null;)l.alternate!==null&&(n=l),l=l.sibling;n===null?t||e.tail===null?e.tail=null:e.tail.sibling=null:n.sibling=null}}function Se(e){var t=e.alternate!==null&&e.alternate.child===e.child,l=0,n=0;if(t)for(var a=e.child;a!==null;)l|=a.lanes|a.childLanes,n|=a.subtreeFlags&65011712,n|=a.flags&65011712,a.return=e,a=a.sibling;else for(a=e.child;a!==null;)l|=a.lanes|a.childLanes,n|=a.subtreeFlags,n|=a.flags,a.return=e,a=a.sibling;return e.subtreeFlags|=n,e.childLanes=l,t}function Ny(e,t,l){var n=t.pendingProps;switch(Ji(t),t.tag){case 16:case 15:case 0:case 11:case 7:case 8:case 12:case 9:case 14:return Se(t),null;case 1:return Se(t),null;case 3:return l=t.stateNode,n=null,e!==null&&(n=e.memoizedState.cache),t.memoizedState.cache!==n&&(t.flags|=2048),kt(ze),Ue(),l.pendingContext&&(l.context=l.pendingContext,l.pendingContext=null),(e===null||e.child===null)&&(En(t)?Pt(t):e===null||e.memoizedState.isDehydrated&&(t.flags&256)===0||(t.flags|=1024,$i())),Se(t),null;case 26:var a=t.type,u=t.memoizedState;return e===null?(Pt(t),u!==null?(Se(t),or(t,u)):(Se(t),Hc(t,a,null,n,l))):u?u!==e.memoizedState?(Pt(t),Se(t),or(t,u)):(Se(t),t.flags&=-16777217):(e=e.memoizedProps,e!==n&&Pt(t),Se(t),Hc(t,a,e,n,l)),null;case 27:if(Ba(t),l=K.current,a=t.type,e!==null&&t.stateNode!=null)e.memoizedProps!==n&&Pt(t);else{if(!n){if(t.stateNode===null)throw Error(o(166));return Se(t),null}e=w.current,En(t)?Gf(t):(e=vd(a,n,l),t.stateNode=e,Pt(t))}return Se(t),null;case 5:if(Ba(t),a=t.type,e!==null&&t.stateNode!=null)e.memoizedProps!==n&&Pt(t);else{if(!n){if(t.stateNode===null)throw Error(o(166));return Se(t),null}if(u=w.current,En(t))Gf(t);else{var i=Xu(K.current);switch(u){case 1:u=i.createElementNS("http://www.w3.org/2000/svg",a);break;case 2:u=i.createElementNS("http://www.w3.org/1998/Math/MathML",a);break;default:switch(a){case"svg":u=i.createElementNS("http://www.w3.org/2000/svg",a);break;case"math":u=i.createElementNS("http://www.w3.org/1998/Math/MathML",a);break;case"script":u=i.createElement("div"),u.innerHTML="<script><\/script>",u=u.removeChild(u.firstChild);break;case"select":u=typeof n.is=="string"?i.createElement("select",{is:n.is}):i.createElement("select"),n.multiple?u.multiple=!0:n.size&&(u.size=n.size);break;default:u=typeof n.is=="string"?i.createElement(a,{is:n.is}):i.createElement(a)}}u[we]=t,u[Ie]=n;e:for(i=t.child;i!==null;){if(i.tag===5||i.tag===6)u.appendChild(i.stateNode);else if(i.tag!==4&&i.tag!==27&&i.child!==null){i.child.return=i,i=i.child;continue}if(i===t)break e;for(;i.sibling===null;){if(i.return===null||i.return===t)break e;i=i.return}i.sibling.return=i.return,i=i.sibling}t.stateNode=u;e:switch(Ve(u,a,n),a){case"button":case"input":case"select":case"textarea":n=!!n.autoFocus;break e;case"img":n=!0;break e;default:n=!1}n&&Pt(t)}}return Se(t),Hc(t,t.type,e===null?null:e.memoizedProps,t.pendingProps,l),null;case 6:if(e&&t.stateNode!=null)e.memoizedProps!==n&&Pt(t);else{if(typeof n!="string"&&t.stateNode===null)throw Error(o(166));if(e=K.current,En(t)){if(e=t.stateNode,l=t.memoizedProps,n=null,a=He,a!==null)switch(a.tag){case 27:case 5:n=a.memoizedProps}e[we]=t,e=!!(e.nodeValue===l||n!==null&&n.suppressHydrationWarning===!0||id(e.nodeValue,l)),e||yl(t,!0)}else e=Xu(e).createTextNode(n),e[we]=t,t.stateNode=e}return Se(t),null;case 31:if(l=t.memoizedState,e===null||e.memoizedState!==null){if(n=En(t),l!==null){if(e===null){if(!n)throw Error(o(318));if(e=t.memoizedState,e=e!==null?e.dehydrated:null,!e)throw Error(o(557));e[we]=t}else Ql(),(t.flags&128)===0&&(t.memoizedState=null),t.flags|=4;Se(t),e=!1}else l=$i(),e!==null&&e.memoizedState!==null&&(e.memoizedState.hydrationErrors=l),e=!0;if(!e)return t.flags&256?(mt(t),t):(mt(t),null);if((t.flags&128)!==0)throw Error(o(558))}return Se(t),null;case 13:if(n=t.memoizedState,e===null||e.memoizedState!==null&&e.memoizedState.dehydrated!==null){if(a=En(t),n!==null&&n.dehydrated!==null){if(e===null){if(!a)throw Error(o(318));if(a=t.memoizedState,a=a!==null?a.dehydrated:null,!a)throw Error(o(317));a[we]=t}else Ql(),(t.flags&128)===0&&(t.memoizedState=null),t.flags|=4;Se(t),a=!1}else a=$i(),e!==null&&e.memoizedState!==null&&(e.memoizedState.hydrationErrors=a),a=!0;if(!a)return t.flags&256?(mt(t),t):(mt(t),null)}return mt(t),(t.flags&128)!==0?(t.lanes=l,t):(l=n!==null,e=e!==null&&e.memoizedState!==null,l&&(n=t.child,a=null,n.alternate!==null&&n.alternate.memoizedState!==null&&n.alternate.memoizedState.cachePool!==null&&(a=n.alternate.memoizedState.cachePool.pool),u=null,n.memoizedState!==null&&n.memoizedState.cachePool!==null&&(u=n.memoizedState.cachePool.pool),u!==a&&(n.flags|=2048)),l!==e&&l&&(t.child.flags|=8192),zu(t,t.updateQueue),Se(t),null);case 4:return Ue(),e===null&&is(t.stateNode.containerInfo),Se(t),null;case 10:return kt(t.type),Se(t),null;case 19:if(C(Ce),n=t.memoizedState,n===null)return Se(t),null;if(a=(t.flags&128)!==0,u=n.rendering,u===null)if(a)pa(n,!1);else{if(Te!==0||e!==null&&(e.flags&128)!==0)for(e=t.child;e!==null;){if(u=gu(e),u!==null){for(t.flags|=128,pa(n,!1),e=u.updateQueue,t.updateQueue=e,zu(t,e),t.subtreeFlags=0,e=l,l=t.child;l!==null;)wf(l,e),l=l.sibling;return q(Ce,Ce.current&1|2),ee&&Kt(t,n.treeForkCount),t.child}e=e.sibling}n.tail!==null&&ct()>Nu&&(t.flags|=128,a=!0,pa(n,!1),t.lanes=4194304)}else{if(!a)if(e=gu(u),e!==null){if(t.flags|=128,a=!0,e=e.updateQueue,t.updateQueue=e,zu(t,e),pa(n,!0),n.tail===null&&n.tailMode==="hidden"&&!u.alternate&&!ee)return Se(t),null}else 2*ct()-n.renderingStartTime>Nu&&l!==536870912&&(t.flags|=128,a=!0,pa(n,!1),t.lanes=4194304);n.isBackwards?(u.sibling=t.child,t.child=u):(e=n.last,e!==null?e.sibling=u:t.child=u,n.last=u)}return n.tail!==null?(e=n.tail,n.rendering=e,n.tail=e.sibling,n.renderingStartTime=ct(),e.sibling=null,l=Ce.current,q(Ce,a?l&1|2:l&1),ee&&Kt(t,n.treeForkCount),e):(Se(t),null);case 22:case 23:return mt(t),cc(),n=t.memoizedState!==null,e!==null?e.memoizedState!==null!==n&&(t.flags|=8192):n&&(t.flags|=8192),n?(l&536870912)!==0&&(t.flags&128)===0&&(Se(t),t.subtreeFlags&6&&(t.flags|=8192)):Se(t),l=t.updateQueue,l!==null&&zu(t,l.retryQueue),l=null,e!==null&&e.memoizedState!==null&&e.memoizedState.cachePool!==null&&(l=e.memoizedState.cachePool.pool),n=null,t.memoizedState!==null&&t.memoizedState.cachePool!==null&&(n=t.memoizedState.cachePool.pool),n!==l&&(t.flags|=2048),e!==null&&C(Kl),null;case 24:return l=null,e!==null&&(l=e.memoizedState.cache),t.memoizedState.cache!==l&&(t.flags|=2048),kt(ze),Se(t),null;case 25:return null;case 30:return null}throw Error(o(156,t.tag))}function My(e,t){switch(Ji(t),t.tag){case 1:return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 3:return kt(ze),Ue(),e=t.flags,(e&65536)!==0&&(e&128)===0?(t.flags=e&-65537|128,t):null;case 26:case 27:case 5:return Ba(t),null;case 31:if(t.memoizedState!==null){if(mt(t),t.alternate===null)throw Error(o(340));Ql()}return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 13:if(mt(t),e=t.memoizedState,e!==null&&e.dehydrated!==null){if(t.alternate===null)throw Error(o(340));Ql()}return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 19:return C(Ce),null;case 4:return Ue(),null;case 10:return kt(t.type),null;case 22:case 23:return mt(t),cc(),e!==null&&C(Kl),e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 24:return kt(ze),null;case 25:return null;default:return null}}function rr(e,t){switch(Ji(t),t.tag){case 3:kt(ze),Ue();break;case 26:case 27:case 5:Ba(t);break;case 4:Ue();break;case 31:t.memoizedState!==null&&mt(t);break;case 13:mt(t);break;case 19:C(Ce);break;case 10:kt(t.type);break;case 22:case 23:mt(t),cc(),e!==null&&C(Kl);break;case 24:kt(ze)}}function Sa(e,t){try{var l=t.updateQueue,n=l!==null?l.lastEffect:null;if(n!==null){var a=n.next;l=a;do{if((l.tag&e)===e){n=void 0;var u=l.create,i=l.inst;n=u(),i.destroy=n}l=l.next}while(l!==a)}}catch(c){oe(t,t.return,c)}}function El(e,t,l){try{var n=t.updateQueue,a=n!==null?n.lastEffect:null;if(a!==null){var u=a.next;n=u;do{if((n.tag&e)===e){var i=n.inst,c=i.destroy;if(c!==void 0){i.destroy=void 0,a=t;var r=l,v=c;try{v()}catch(A){oe(a,r,A)}}}n=n.next}while(n!==u)}}catch(A){oe(t,t.return,A)}}function dr(e){var t=e.updateQueue;if(t!==null){var l=e.stateNode;try{to(t,l)}catch(n){oe(e,e.return,n)}}}function mr(e,t,l){l.props=Il(e.type,e.memoizedProps),l.state=e.memoizedState;try{l.componentWillUnmount()}catch(n){oe(e,t,n)}}function ba(e,t){try{var l=e.ref;if(l!==null){switch(e.tag){case 26:case 27:case 5:var n=e.stateNode;break;case 30:n=e.stateNode;break;default:n=e.stateNode}typeof l=="function"?e.refCleanup=l(n):l.current=n}}catch(a){oe(e,t,a)}}function Bt(e,t){var l=e.ref,n=e.refCleanup;if(l!==null)if(typeof n=="function")try{n()}catch(a){oe(e,t,a)}finally{e.refCleanup=null,e=e.alternate,e!=null&&(e.refCleanup=null)}else if(typeof l=="function")try{l(null)}catch(a){oe(e,t,a)}else l.current=null}function yr(e){var t=e.type,l=e.memoizedProps,n=e.stateNode;try{e:switch(t){case"button":case"input":case"select":case"textarea":l.autoFocus&&n.focus();break e;case"img":l.src?n.src=l.src:l.srcSet&&(n.srcset=l.srcSet)}}catch(a){oe(e,e.return,a)}}function Bc(e,t,l){try{var n=e.stateNode;lg(n,e.type,l,t),n[Ie]=t}catch(a){oe(e,e.return,a)}}function gr(e){return e.tag===5||e.tag===3||e.tag===26||e.tag===27&&zl(e.type)||e.tag===4}function Yc(e){e:for(;;){for(;e.sibling===null;){if(e.return===null||gr(e.return))return null;e=e.return}for(e.sibling.return=e.return,e=e.sibling;e.tag!==5&&e.tag!==6&&e.tag!==18;){if(e.tag===27&&zl(e.type)||e.flags&2||e.child===null||e.tag===4)continue e;e.child.return=e,e=e.child}if(!(e.flags&2))return e.stateNode}}function Vc(e,t,l){var n=e.tag;if(n===5||n===6)e=e.stateNode,t?(l.nodeType===9?l.body:l.nodeName==="HTML"?l.ownerDocument.body:l).insertBefore(e,t):(t=l.nodeType===9?l.body:l.nodeName==="HTML"?l.ownerDocument.body:l,t.appendChild(e),l=l._reactRootContainer,l!=null||t.onclick!==null||(t.onclick=Qt));else if(n!==4&&(n===27&&zl(e.type)&&(l=e.stateNode,t=null),e=e.child,e!==null))for(Vc(e,t,l),e=e.sibling;e!==null;)Vc(e,t,l),e=e.sibling}function ju(e,t,l){var n=e.tag;if(n===5||n===6)e=e.stateNode,t?l.insertBefore(e,t):l.appendChild(e);else if(n!==4&&(n===27&&zl(e.type)&&(l=e.stateNode),e=e.child,e!==null))for(ju(e,t,l),e=e.sibling;e!==null;)ju(e,t,l),e=e.sibling}function hr(e){var t=e.stateNode,l=e.memoizedProps;try{for(var n=e.type,a=t.attributes;a.length;)t.removeAttributeNode(a[0]);Ve(t,n,l),t[we]=e,t[Ie]=l}catch(u){oe(e,e.return,u)}}var el=!1,Oe=!1,Gc=!1,vr=typeof WeakSet=="function"?WeakSet:Set,qe=null;function qy(e,t){if(e=e.containerInfo,fs=Fu,e=zf(e),qi(e)){if("selectionStart"in e)var l={start:e.selectionStart,end:e.selectionEnd};else e:{l=(l=e.ownerDocument)&&l.defaultView||window;var n=l.getSelection&&l.getSelection();if(n&&n.rangeCount!==0){l=n.anchorNode;var a=n.anchorOffset,u=n.focusNode;n=n.focusOffset;try{l.nodeType,u.nodeType}catch{l=null;break e}var i=0,c=-1,r=-1,v=0,A=0,U=e,S=null;t:for(;;){for(var E;U!==l||a!==0&&U.nodeType!==3||(c=i+a),U!==u||n!==0&&U.nodeType!==3||(r=i+n),U.nodeType===3&&(i+=U.nodeValue.length),(E=U.firstChild)!==null;)S=U,U=E;for(;;){if(U===e)break t;if(S===l&&++v===a&&(c=i),S===u&&++A===n&&(r=i),(E=U.nextSibling)!==null)break;U=S,S=U.parentNode}U=E}l=c===-1||r===-1?null:{start:c,end:r}}else l=null}l=l||{start:0,end:0}}else l=null;for(os={focusedElem:e,selectionRange:l},Fu=!1,qe=t;qe!==null;)if(t=qe,e=t.child,(t.subtreeFlags&1028)!==0&&e!==null)e.return=t,qe=e;else for(;qe!==null;){switch(t=qe,u=t.alternate,e=t.flags,t.tag){case 0:if((e&4)!==0&&(e=t.updateQueue,e=e!==null?e.events:null,e!==null))for(l=0;l<e.length;l++)a=e[l],a.ref.impl=a.nextImpl;break;case 11:case 15:break;case 1:if((e&1024)!==0&&u!==null){e=void 0,l=t,a=u.memoizedProps,u=u.memoizedState,n=l.stateNode;try{var L=Il(l.type,a);e=n.getSnapshotBeforeUpdate(L,u),n.__reactInternalSnapshotBeforeUpdate=e}catch(Y){oe(l,l.return,Y)}}break;case 3:if((e&1024)!==0){if(e=t.stateNode.containerInfo,l=e.nodeType,l===9)ms(e);else if(l===1)switch(e.nodeName){case"HEAD":case"HTML":case"BODY":ms(e);break;default:e.textContent=""}}break;case 5:case 26:case 27:case 6:case 4:case 17:break;default:if((e&1024)!==0)throw Error(o(163))}if(e=t.sibling,e!==null){e.return=t.return,qe=e;break}qe=t.return}}function pr(e,t,l){var n=l.flags;switch(l.tag){case 0:case 11:case 15:ll(e,l),n&4&&Sa(5,l);break;case 1:if(ll(e,l),n&4)if(e=l.stateNode,t===null)try{e.componentDidMount()}catch(i){oe(l,l.return,i)}else{var a=Il(l.type,t.memoizedProps);t=t.memoizedState;try{e.componentDidUpdate(a,t,e.__reactInternalSnapshotBeforeUpdate)}catch(i){oe(l,l.return,i)}}n&64&&dr(l),n&512&&ba(l,l.return);break;case 3:if(ll(e,l),n&64&&(e=l.updateQueue,e!==null)){if(t=null,l.child!==null)switch(l.child.tag){case 27:case 5:t=l.child.stateNode;break;case 1:t=l.child.stateNode}try{to(e,t)}catch(i){oe(l,l.return,i)}}break;case 27:t===null&&n&4&&hr(l);case 26:case 5:ll(e,l),t===null&&n&4&&yr(l),n&512&&ba(l,l.return);break;case 12:ll(e,l);break;case 31:ll(e,l),n&4&&Er(e,l);break;case 13:ll(e,l),n&4&&Ar(e,l),n&64&&(e=l.memoizedState,e!==null&&(e=e.dehydrated,e!==null&&(l=Qy.bind(null,l),og(e,l))));break;case 22:if(n=l.memoizedState!==null||el,!n){t=t!==null&&t.memoizedState!==null||Oe,a=el;var u=Oe;el=n,(Oe=t)&&!u?nl(e,l,(l.subtreeFlags&8772)!==0):ll(e,l),el=a,Oe=u}break;case 30:break;default:ll(e,l)}}function Sr(e){var t=e.alternate;t!==null&&(e.alternate=null,Sr(t)),e.child=null,e.deletions=null,e.sibling=null,e.tag===5&&(t=e.stateNode,t!==null&&pi(t)),e.stateNode=null,e.return=null,e.dependencies=null,e.memoizedProps=null,e.memoizedState=null,e.pendingProps=null,e.stateNode=null,e.updateQueue=null}var be=null,et=!1;function tl(e,t,l){for(l=l.child;l!==null;)br(e,t,l),l=l.sibling}function br(e,t,l){if(st&&typeof st.onCommitFiberUnmount=="function")try{st.onCommitFiberUnmount(Qn,l)}catch{}switch(l.tag){case 26:Oe||Bt(l,t),tl(e,t,l),l.memoizedState?l.memoizedState.count--:l.stateNode&&(l=l.stateNode,l.parentNode.removeChild(l));break;case 27:Oe||Bt(l,t);var n=be,a=et;zl(l.type)&&(be=l.stateNode,et=!1),tl(e,t,l),ja(l.stateNode),be=n,et=a;break;case 5:Oe||Bt(l,t);case 6:if(n=be,a=et,be=null,tl(e,t,l),be=n,et=a,be!==null)if(et)try{(be.nodeType===9?be.body:be.nodeName==="HTML"?be.ownerDocument.body:be).removeChild(l.stateNode)}catch(u){oe(l,t,u)}else try{be.removeChild(l.stateNode)}catch(u){oe(l,t,u)}break;case 18:be!==null&&(et?(e=be,dd(e.nodeType===9?e.body:e.nodeName==="HTML"?e.ownerDocument.body:e,l.stateNode),Gn(e)):dd(be,l.stateNode));break;case 4:n=be,a=et,be=l.stateNode.containerInfo,et=!0,tl(e,t,l),be=n,et=a;break;case 0:case 11:case 14:case 15:El(2,l,t),Oe||El(4,l,t),tl(e,t,l);break;case 1:Oe||(Bt(l,t),n=l.stateNode,typeof n.componentWillUnmount=="function"&&mr(l,t,n)),tl(e,t,l);break;case 21:tl(e,t,l);break;case 22:Oe=(n=Oe)||l.memoizedState!==null,tl(e,t,l),Oe=n;break;default:tl(e,t,l)}}function Er(e,t){if(t.memoizedState===null&&(e=t.alternate,e!==null&&(e=e.memoizedState,e!==null))){e=e.dehydrated;try{Gn(e)}catch(l){oe(t,t.return,l)}}}function Ar(e,t){if(t.memoizedState===null&&(e=t.alternate,e!==null&&(e=e.memoizedState,e!==null&&(e=e.dehydrated,e!==null))))try{Gn(e)}catch(l){oe(t,t.return,l)}}function Ly(e){switch(e.tag){case 31:case 13:case 19:var t=e.stateNode;return t===null&&(t=e.stateNode=new vr),t;case 22:return e=e.stateNode,t=e._retryCache,t===null&&(t=e._retryCache=new vr),t;default:throw Error(o(435,e.tag))}}function xu(e,t){var l=Ly(e);t.forEach(function(n){if(!l.has(n)){l.add(n);var a=Zy.bind(null,e,n);n.then(a,a)}})}function tt(e,t){var l=t.deletions;if(l!==null)for(var n=0;n<l.length;n++){var a=l[n],u=e,i=t,c=i;e:for(;c!==null;){switch(c.tag){case 27:if(zl(c.type)){be=c.stateNode,et=!1;break e}break;case 5:be=c.stateNode,et=!1;break e;case 3:case 4:be=c.stateNode.containerInfo,et=!0;break e}c=c.return}if(be===null)throw Error(o(160));br(u,i,a),be=null,et=!1,u=a.alternate,u!==null&&(u.return=null),a.return=null}if(t.subtreeFlags&13886)for(t=t.child;t!==null;)Tr(t,e),t=t.sibling}var Dt=null;function Tr(e,t){var l=e.alternate,n=e.flags;switch(e.tag){case 0:case 11:case 14:case 15:tt(t,e),lt(e),n&4&&(El(3,e,e.return),Sa(3,e),El(5,e,e.return));break;case 1:tt(t,e),lt(e),n&512&&(Oe||l===null||Bt(l,l.return)),n&64&&el&&(e=e.updateQueue,e!==null&&(n=e.callbacks,n!==null&&(l=e.shared.hiddenCallbacks,e.shared.hiddenCallbacks=l===null?n:l.concat(n))));break;case 26:var a=Dt;if(tt(t,e),lt(e),n&512&&(Oe||l===null||Bt(l,l.return)),n&4){var u=l!==null?l.memoizedState:null;if(n=e.memoizedState,l===null)if(n===null)if(e.stateNode===null){e:{n=e.type,l=e.memoizedProps,a=a.ownerDocument||a;t:switch(n){case"title":u=a.getElementsByTagName("title")[0],(!u||u[Kn]||u[we]||u.namespaceURI==="http://www.w3.org/2000/svg"||u.hasAttribute("itemprop"))&&(u=a.createElement(n),a.head.insertBefore(u,a.querySelector("head > title"))),Ve(u,n,l),u[we]=e,Me(u),n=u;break e;case"link":var i=Td("link","href",a).get(n+(l.href||""));if(i){for(var c=0;c<i.length;c++)if(u=i[c],u.getAttribute("href")===(l.href==null||l.href===""?null:l.href)&&u.getAttribute("rel")===(l.rel==null?null:l.rel)&&u.getAttribute("title")===(l.title==null?null:l.title)&&u.getAttribute("crossorigin")===(l.crossOrigin==null?null:l.crossOrigin)){i.splice(c,1);break t}}u=a.createElement(n),Ve(u,n,l),a.head.appendChild(u);break;case"meta":if(i=Td("meta","content",a).get(n+(l.content||""))){for(c=0;c<i.length;c++)if(u=i[c],u.getAttribute("content")===(l.content==null?null:""+l.content)&&u.getAttribute("name")===(l.name==null?null:l.name)&&u.getAttribute("property")===(l.property==null?null:l.property)&&u.getAttribute("http-equiv")===(l.httpEquiv==null?null:l.httpEquiv)&&u.getAttribute("charset")===(l.charSet==null?null:l.charSet)){i.splice(c,1);break t}}u=a.createElement(n),Ve(u,n,l),a.head.appendChild(u);break;default:throw Error(o(468,n))}u[we]=e,Me(u),n=u}e.stateNode=n}else _d(a,e.type,e.stateNode);else e.stateNode=Ad(a,n,e.memoizedProps);else u!==n?(u===null?l.stateNode!==null&&(l=l.stateNode,l.parentNode.removeChild(l)):u.count--,n===null?_d(a,e.type,e.stateNode):Ad(a,n,e.memoizedProps)):n===null&&e.stateNode!==null&&Bc(e,e.memoizedProps,l.memoizedProps)}break;case 27:tt(t,e),lt(e),n&512&&(Oe||l===null||Bt(l,l.return)),l!==null&&n&4&&Bc(e,e.memoizedProps,l.memoizedProps);break;case 5:if(tt(t,e),lt(e),n&512&&(Oe||l===null||Bt(l,l.return)),e.flags&32){a=e.stateNode;try{rn(a,"")}catch(L){oe(e,e.return,L)}}n&4&&e.stateNode!=null&&(a=e.memoizedProps,Bc(e,a,l!==null?l.memoizedProps:a)),n&1024&&(Gc=!0);break;case 6:if(tt(t,e),lt(e),n&4){if(e.stateNode===null)throw Error(o(162));n=e.memoizedProps,l=e.stateNode;try{l.nodeValue=n}catch(L){oe(e,e.return,L)}}break;case 3:if(Ju=null,a=Dt,Dt=Qu(t.containerInfo),tt(t,e),Dt=a,lt(e),n&4&&l!==null&&l.memoizedState.isDehydrated)try{Gn(t.containerInfo)}catch(L){oe(e,e.return,L)}Gc&&(Gc=!1,_r(e));break;case 4:n=Dt,Dt=Qu(e.stateNode.containerInfo),tt(t,e),lt(e),Dt=n;break;case 12:tt(t,e),lt(e);break;case 31:tt(t,e),lt(e),n&4&&(n=e.updateQueue,n!==null&&(e.updateQueue=null,xu(e,n)));break;case 13:tt(t,e),lt(e),e.child.flags&8192&&e.memoizedState!==null!=(l!==null&&l.memoizedState!==null)&&(Du=ct()),n&4&&(n=e.updateQueue,n!==null&&(e.updateQueue=null,xu(e,n)));break;case 22:a=e.memoizedState!==null;var r=l!==null&&l.memoizedState!==null,v=el,A=Oe;if(el=v||a,Oe=A||r,tt(t,e),Oe=A,el=v,lt(e),n&8192)e:for(t=e.stateNode,t._visibility=a?t._visibility&-2:t._visibility|1,a&&(l===null||r||el||Oe||Pl(e)),l=null,t=e;;){if(t.tag===5||t.tag===26){if(l===null){r=l=t;try{if(u=r.stateNode,a)i=u.style,typeof i.setProperty=="function"?i.setProperty("display","none","important"):i.display="none";else{c=r.stateNode;var U=r.memoizedProps.style,S=U!=null&&U.hasOwnProperty("display")?U.display:null;c.style.display=S==null||typeof S=="boolean"?"":(""+S).trim()}}catch(L){oe(r,r.return,L)}}}else if(t.tag===6){if(l===null){r=t;try{r.stateNode.nodeValue=a?"":r.memoizedProps}catch(L){oe(r,r.return,L)}}}else if(t.tag===18){if(l===null){r=t;try{var E=r.stateNode;a?md(E,!0):md(r.stateNode,!1)}catch(L){oe(r,r.return,L)}}}else if((t.tag!==22&&t.tag!==23||t.memoizedState===null||t===e)&&t.child!==null){t.child.return=t,t=t.child;continue}if(t===e)break e;for(;t.sibling===null;){if(t.return===null||t.return===e)break e;l===t&&(l=null),t=t.return}l===t&&(l=null),t.sibling.return=t.return,t=t.sibling}n&4&&(n=e.updateQueue,n!==null&&(l=n.retryQueue,l!==null&&(n.retryQueue=null,xu(e,l))));break;case 19:tt(t,e),lt(e),n&4&&(n=e.updateQueue,n!==null&&(e.updateQueue=null,xu(e,n)));break;case 30:break;case 21:break;default:tt(t,e),lt(e)}}function lt(e){var t=e.flags;if(t&2){try{for(var l,n=e.return;n!==null;){if(gr(n)){l=n;break}n=n.return}if(l==null)throw Error(o(160));switch(l.tag){case 27:var a=l.stateNode,u=Yc(e);ju(e,u,a);break;case 5:var i=l.stateNode;l.flags&32&&(rn(i,""),l.flags&=-33);var c=Yc(e);ju(e,c,i);break;case 3:case 4:var r=l.stateNode.containerInfo,v=Yc(e);Vc(e,v,r);break;default:throw Error(o(161))}}catch(A){oe(e,e.return,A)}e.flags&=-3}t&4096&&(e.flags&=-4097)}function _r(e){if(e.subtreeFlags&1024)for(e=e.child;e!==null;){var t=e;_r(t),t.tag===5&&t.flags&1024&&t.stateNode.reset(),e=e.sibling}}function ll(e,t){if(t.subtreeFlags&8772)for(t=t.child;t!==null;)pr(e,t.alternate,t),t=t.sibling}function Pl(e){for(e=e.child;e!==null;){var t=e;switch(t.tag){case 0:case 11:case 14:case 15:El(4,t,t.return),Pl(t);break;case 1:Bt(t,t.return);var l=t.stateNode;typeof l.componentWillUnmount=="function"&&mr(t,t.return,l),Pl(t);break;case 27:ja(t.stateNode);case 26:case 5:Bt(t,t.return),Pl(t);break;case 22:t.memoizedState===null&&Pl(t);break;case 30:Pl(t);break;default:Pl(t)}e=e.sibling}}function nl(e,t,l){for(l=l&&(t.subtreeFlags&8772)!==0,t=t.child;t!==null;){var n=t.alternate,a=e,u=t,i=u.flags;switch(u.tag){case 0:case 11:case 15:nl(a,u,l),Sa(4,u);break;case 1:if(nl(a,u,l),n=u,a=n.stateNode,typeof a.componentDidMount=="function")try{a.componentDidMount()}catch(v){oe(n,n.return,v)}if(n=u,a=n.updateQueue,a!==null){var c=n.stateNode;try{var r=a.shared.hiddenCallbacks;if(r!==null)for(a.shared.hiddenCallbacks=null,a=0;a<r.length;a++)eo(r[a],c)}catch(v){oe(n,n.return,v)}}l&&i&64&&dr(u),ba(u,u.return);break;case 27:hr(u);case 26:case 5:nl(a,u,l),l&&n===null&&i&4&&yr(u),ba(u,u.return);break;case 12:nl(a,u,l);break;case 31:nl(a,u,l),l&&i&4&&Er(a,u);break;case 13:nl(a,u,l),l&&i&4&&Ar(a,u);break;case 22:u.memoizedState===null&&nl(a,u,l),ba(u,u.return);break;case 30:break;default:nl(a,u,l)}t=t.sibling}}function Xc(e,t){var l=null;e!==null&&e.memoizedState!==null&&e.memoizedState.cachePool!==null&&(l=e.memoizedState.cachePool.pool),e=null,t.memoizedState!==null&&t.memoizedState.cachePool!==null&&(e=t.memoizedState.cachePool.pool),e!==l&&(e!=null&&e.refCount++,l!=null&&ia(l))}function Qc(e,t){e=null,t.alternate!==null&&(e=t.alternate.memoizedState.cache),t=t.memoizedState.cache,t!==e&&(t.refCount++,e!=null&&ia(e))}function Nt(e,t,l,n){if(t.subtreeFlags&10256)for(t=t.child;t!==null;)Ur(e,t,l,n),t=t.sibling}function Ur(e,t,l,n){var a=t.flags;switch(t.tag){case 0:case 11:case 15:Nt(e,t,l,n),a&2048&&Sa(9,t);break;case 1:Nt(e,t,l,n);break;case 3:Nt(e,t,l,n),a&2048&&(e=null,t.alternate!==null&&(e=t.alternate.memoizedState.cache),t=t.memoizedState.cache,t!==e&&(t.refCount++,e!=null&&ia(e)));break;case 12:if(a&2048){Nt(e,t,l,n),e=t.stateNode;try{var u=t.memoizedProps,i=u.id,c=u.onPostCommit;typeof c=="function"&&c(i,t.alternate===null?"mount":"update",e.passiveEffectDuration,-0)}catch(r){oe(t,t.return,r)}}else Nt(e,t,l,n);break;case 31:Nt(e,t,l,n);break;case 13:Nt(e,t,l,n);break;case 23:break;case 22:u=t.stateNode,i=t.alternate,t.memoizedState!==null?u._visibility&2?Nt(e,t,l,n):Ea(e,t):u._visibility&2?Nt(e,t,l,n):(u._visibility|=2,On(e,t,l,n,(t.subtreeFlags&10256)!==0||!1)),a&2048&&Xc(i,t);break;case 24:Nt(e,t,l,n),a&2048&&Qc(t.alternate,t);break;default:Nt(e,t,l,n)}}function On(e,t,l,n,a){for(a=a&&((t.subtreeFlags&10256)!==0||!1),t=t.child;t!==null;){var u=e,i=t,c=l,r=n,v=i.flags;switch(i.tag){case 0:case 11:case 15:On(u,i,c,r,a),Sa(8,i);break;case 23:break;case 22:var A=i.stateNode;i.memoizedState!==null?A._visibility&2?On(u,i,c,r,a):Ea(u,i):(A._visibility|=2,On(u,i,c,r,a)),a&&v&2048&&Xc(i.alternate,i);break;case 24:On(u,i,c,r,a),a&&v&2048&&Qc(i.alternate,i);break;default:On(u,i,c,r,a)}t=t.sibling}}function Ea(e,t){if(t.subtreeFlags&10256)for(t=t.child;t!==null;){var l=e,n=t,a=n.flags;switch(n.tag){case 22:Ea(l,n),a&2048&&Xc(n.alternate,n);break;case 24:Ea(l,n),a&2048&&Qc(n.alternate,n);break;default:Ea(l,n)}t=t.sibling}}var Aa=8192;function Dn(e,t,l){if(e.subtreeFlags&Aa)for(e=e.child;e!==null;)Cr(e,t,l),e=e.sibling}function Cr(e,t,l){switch(e.tag){case 26:Dn(e,t,l),e.flags&Aa&&e.memoizedState!==null&&Ag(l,Dt,e.memoizedState,e.memoizedProps);break;case 5:Dn(e,t,l);break;case 3:case 4:var n=Dt;Dt=Qu(e.stateNode.containerInfo),Dn(e,t,l),Dt=n;break;case 22:e.memoizedState===null&&(n=e.alternate,n!==null&&n.memoizedState!==null?(n=Aa,Aa=16777216,Dn(e,t,l),Aa=n):Dn(e,t,l));break;default:Dn(e,t,l)}}function Rr(e){var t=e.alternate;if(t!==null&&(e=t.child,e!==null)){t.child=null;do t=e.sibling,e.sibling=null,e=t;while(e!==null)}}function Ta(e){var t=e.deletions;if((e.flags&16)!==0){if(t!==null)for(var l=0;l<t.length;l++){var n=t[l];qe=n,jr(n,e)}Rr(e)}if(e.subtreeFlags&10256)for(e=e.child;e!==null;)zr(e),e=e.sibling}function zr(e){switch(e.tag){case 0:case 11:case 15:Ta(e),e.flags&2048&&El(9,e,e.return);break;case 3:Ta(e);break;case 12:Ta(e);break;case 22:var t=e.stateNode;e.memoizedState!==null&&t._visibility&2&&(e.return===null||e.return.tag!==13)?(t._visibility&=-3,Ou(e)):Ta(e);break;default:Ta(e)}}function Ou(e){var t=e.deletions;if((e.flags&16)!==0){if(t!==null)for(var l=0;l<t.length;l++){var n=t[l];qe=n,jr(n,e)}Rr(e)}for(e=e.child;e!==null;){switch(t=e,t.tag){case 0:case 11:case 15:El(8,t,t.return),Ou(t);break;case 22:l=t.stateNode,l._visibility&2&&(l._visibility&=-3,Ou(t));break;default:Ou(t)}e=e.sibling}}function jr(e,t){for(;qe!==null;){var l=qe;switch(l.tag){case 0:case 11:case 15:El(8,l,t);break;case 23:case 22:if(l.memoizedState!==null&&l.memoizedState.cachePool!==null){var n=l.memoizedState.cachePool.pool;n!=null&&n.refCount++}break;case 24:ia(l.memoizedState.cache)}if(n=l.child,n!==null)n.return=l,qe=n;else e:for(l=e;qe!==null;){n=qe;var a=n.sibling,u=n.return;if(Sr(n),n===l){qe=null;break e}if(a!==null){a.return=u,qe=a;break e}qe=u}}}var wy={getCacheForType:function(e){var t=Be(ze),l=t.data.get(e);return l===void 0&&(l=e(),t.data.set(e,l)),l},cacheSignal:function(){return Be(ze).controller.signal}},Hy=typeof WeakMap=="function"?WeakMap:Map,ae=0,ve=null,$=null,F=0,fe=0,yt=null,Al=!1,Nn=!1,Zc=!1,al=0,Te=0,Tl=0,en=0,Jc=0,gt=0,Mn=0,_a=null,nt=null,Kc=!1,Du=0,xr=0,Nu=1/0,Mu=null,_l=null,Ne=0,Ul=null,qn=null,ul=0,$c=0,kc=null,Or=null,Ua=0,Fc=null;function ht(){return(ae&2)!==0&&F!==0?F&-F:T.T!==null?ls():Zs()}function Dr(){if(gt===0)if((F&536870912)===0||ee){var e=Ga;Ga<<=1,(Ga&3932160)===0&&(Ga=262144),gt=e}else gt=536870912;return e=dt.current,e!==null&&(e.flags|=32),gt}function at(e,t,l){(e===ve&&(fe===2||fe===9)||e.cancelPendingCommit!==null)&&(Ln(e,0),Cl(e,F,gt,!1)),Jn(e,l),((ae&2)===0||e!==ve)&&(e===ve&&((ae&2)===0&&(en|=l),Te===4&&Cl(e,F,gt,!1)),Yt(e))}function Nr(e,t,l){if((ae&6)!==0)throw Error(o(327));var n=!l&&(t&127)===0&&(t&e.expiredLanes)===0||Zn(e,t),a=n?Vy(e,t):Ic(e,t,!0),u=n;do{if(a===0){Nn&&!n&&Cl(e,t,0,!1);break}else{if(l=e.current.alternate,u&&!By(l)){a=Ic(e,t,!1),u=!1;continue}if(a===2){if(u=t,e.errorRecoveryDisabledLanes&u)var i=0;else i=e.pendingLanes&-536870913,i=i!==0?i:i&536870912?536870912:0;if(i!==0){t=i;e:{var c=e;a=_a;var r=c.current.memoizedState.isDehydrated;if(r&&(Ln(c,i).flags|=256),i=Ic(c,i,!1),i!==2){if(Zc&&!r){c.errorRecoveryDisabledLanes|=u,en|=u,a=4;break e}u=nt,nt=a,u!==null&&(nt===null?nt=u:nt.push.apply(nt,u))}a=i}if(u=!1,a!==2)continue}}if(a===1){Ln(e,0),Cl(e,t,0,!0);break}e:{switch(n=e,u=a,u){case 0:case 1:throw Error(o(345));case 4:if((t&4194048)!==t)break;case 6:Cl(n,t,gt,!Al);break e;case 2:nt=null;break;case 3:case 5:break;default:throw Error(o(329))}if((t&62914560)===t&&(a=Du+300-ct(),10<a)){if(Cl(n,t,gt,!Al),Qa(n,0,!0)!==0)break e;ul=t,n.timeoutHandle=od(Mr.bind(null,n,l,nt,Mu,Kc,t,gt,en,Mn,Al,u,"Throttled",-0,0),a);break e}Mr(n,l,nt,Mu,Kc,t,gt,en,Mn,Al,u,null,-0,0)}}break}while(!0);Yt(e)}function Mr(e,t,l,n,a,u,i,c,r,v,A,U,S,E){if(e.timeoutHandle=-1,U=t.subtreeFlags,U&8192||(U&16785408)===16785408){U={stylesheets:null,count:0,imgCount:0,imgBytes:0,suspenseyImages:[],waitingForImages:!0,waitingForViewTransition:!1,unsuspend:Qt},Cr(t,u,U);var L=(u&62914560)===u?Du-ct():(u&4194048)===u?xr-ct():0;if(L=Tg(U,L),L!==null){ul=u,e.cancelPendingCommit=L(Gr.bind(null,e,t,u,l,n,a,i,c,r,A,U,null,S,E)),Cl(e,u,i,!v);return}}Gr(e,t,u,l,n,a,i,c,r)}function By(e){for(var t=e;;){var l=t.tag;if((l===0||l===11||l===15)&&t.flags&16384&&(l=t.updateQueue,l!==null&&(l=l.stores,l!==null)))for(var n=0;n<l.length;n++){var a=l[n],u=a.getSnapshot;a=a.value;try{if(!ot(u(),a))return!1}catch{return!1}}if(l=t.child,t.subtreeFlags&16384&&l!==null)l.return=t,t=l;else{if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return!0;t=t.return}t.sibling.return=t.return,t=t.sibling}}return!0}function Cl(e,t,l,n){t&=~Jc,t&=~en,e.suspendedLanes|=t,e.pingedLanes&=~t,n&&(e.warmLanes|=t),n=e.expirationTimes;for(var a=t;0<a;){var u=31-ft(a),i=1<<u;n[u]=-1,a&=~i}l!==0&&Gs(e,l,t)}function qu(){return(ae&6)===0?(Ca(0),!1):!0}function Wc(){if($!==null){if(fe===0)var e=$.return;else e=$,$t=Zl=null,mc(e),Cn=null,sa=0,e=$;for(;e!==null;)rr(e.alternate,e),e=e.return;$=null}}function Ln(e,t){var l=e.timeoutHandle;l!==-1&&(e.timeoutHandle=-1,ug(l)),l=e.cancelPendingCommit,l!==null&&(e.cancelPendingCommit=null,l()),ul=0,Wc(),ve=e,$=l=Jt(e.current,null),F=t,fe=0,yt=null,Al=!1,Nn=Zn(e,t),Zc=!1,Mn=gt=Jc=en=Tl=Te=0,nt=_a=null,Kc=!1,(t&8)!==0&&(t|=t&32);var n=e.entangledLanes;if(n!==0)for(e=e.entanglements,n&=t;0<n;){var a=31-ft(n),u=1<<a;t|=e[a],n&=~u}return al=t,lu(),l}function qr(e,t){Z=null,T.H=ha,t===Un||t===ou?(t=Ff(),fe=3):t===tc?(t=Ff(),fe=4):fe=t===jc?8:t!==null&&typeof t=="object"&&typeof t.then=="function"?6:1,yt=t,$===null&&(Te=1,_u(e,At(t,e.current)))}function Lr(){var e=dt.current;return e===null?!0:(F&4194048)===F?Ct===null:(F&62914560)===F||(F&536870912)!==0?e===Ct:!1}function wr(){var e=T.H;return T.H=ha,e===null?ha:e}function Hr(){var e=T.A;return T.A=wy,e}function Lu(){Te=4,Al||(F&4194048)!==F&&dt.current!==null||(Nn=!0),(Tl&134217727)===0&&(en&134217727)===0||ve===null||Cl(ve,F,gt,!1)}function Ic(e,t,l){var n=ae;ae|=2;var a=wr(),u=Hr();(ve!==e||F!==t)&&(Mu=null,Ln(e,t)),t=!1;var i=Te;e:do try{if(fe!==0&&$!==null){var c=$,r=yt;switch(fe){case 8:Wc(),i=6;break e;case 3:case 2:case 9:case 6:dt.current===null&&(t=!0);var v=fe;if(fe=0,yt=null,wn(e,c,r,v),l&&Nn){i=0;break e}break;default:v=fe,fe=0,yt=null,wn(e,c,r,v)}}Yy(),i=Te;break}catch(A){qr(e,A)}while(!0);return t&&e.shellSuspendCounter++,$t=Zl=null,ae=n,T.H=a,T.A=u,$===null&&(ve=null,F=0,lu()),i}function Yy(){for(;$!==null;)Br($)}function Vy(e,t){var l=ae;ae|=2;var n=wr(),a=Hr();ve!==e||F!==t?(Mu=null,Nu=ct()+500,Ln(e,t)):Nn=Zn(e,t);e:do try{if(fe!==0&&$!==null){t=$;var u=yt;t:switch(fe){case 1:fe=0,yt=null,wn(e,t,u,1);break;case 2:case 9:if($f(u)){fe=0,yt=null,Yr(t);break}t=function(){fe!==2&&fe!==9||ve!==e||(fe=7),Yt(e)},u.then(t,t);break e;case 3:fe=7;break e;case 4:fe=5;break e;case 7:$f(u)?(fe=0,yt=null,Yr(t)):(fe=0,yt=null,wn(e,t,u,7));break;case 5:var i=null;switch($.tag){case 26:i=$.memoizedState;case 5:case 27:var c=$;if(i?Ud(i):c.stateNode.complete){fe=0,yt=null;var r=c.sibling;if(r!==null)$=r;else{var v=c.return;v!==null?($=v,wu(v)):$=null}break t}}fe=0,yt=null,wn(e,t,u,5);break;case 6:fe=0,yt=null,wn(e,t,u,6);break;case 8:Wc(),Te=6;break e;default:throw Error(o(462))}}Gy();break}catch(A){qr(e,A)}while(!0);return $t=Zl=null,T.H=n,T.A=a,ae=l,$!==null?0:(ve=null,F=0,lu(),Te)}function Gy(){for(;$!==null&&!rm();)Br($)}function Br(e){var t=fr(e.alternate,e,al);e.memoizedProps=e.pendingProps,t===null?wu(e):$=t}function Yr(e){var t=e,l=t.alternate;switch(t.tag){case 15:case 0:t=nr(l,t,t.pendingProps,t.type,void 0,F);break;case 11:t=nr(l,t,t.pendingProps,t.type.render,t.ref,F);break;case 5:mc(t);default:rr(l,t),t=$=wf(t,al),t=fr(l,t,al)}e.memoizedProps=e.pendingProps,t===null?wu(e):$=t}function wn(e,t,l,n){$t=Zl=null,mc(t),Cn=null,sa=0;var a=t.return;try{if(xy(e,a,t,l,F)){Te=1,_u(e,At(l,e.current)),$=null;return}}catch(u){if(a!==null)throw $=a,u;Te=1,_u(e,At(l,e.current)),$=null;return}t.flags&32768?(ee||n===1?e=!0:Nn||(F&536870912)!==0?e=!1:(Al=e=!0,(n===2||n===9||n===3||n===6)&&(n=dt.current,n!==null&&n.tag===13&&(n.flags|=16384))),Vr(t,e)):wu(t)}function wu(e){var t=e;do{if((t.flags&32768)!==0){Vr(t,Al);return}e=t.return;var l=Ny(t.alternate,t,al);if(l!==null){$=l;return}if(t=t.sibling,t!==null){$=t;return}$=t=e}while(t!==null);Te===0&&(Te=5)}function Vr(e,t){do{var l=My(e.alternate,e);if(l!==null){l.flags&=32767,$=l;return}if(l=e.return,l!==null&&(l.flags|=32768,l.subtreeFlags=0,l.deletions=null),!t&&(e=e.sibling,e!==null)){$=e;return}$=e=l}while(e!==null);Te=6,$=null}function Gr(e,t,l,n,a,u,i,c,r){e.cancelPendingCommit=null;do Hu();while(Ne!==0);if((ae&6)!==0)throw Error(o(327));if(t!==null){if(t===e.current)throw Error(o(177));if(u=t.lanes|t.childLanes,u|=Yi,Em(e,l,u,i,c,r),e===ve&&($=ve=null,F=0),qn=t,Ul=e,ul=l,$c=u,kc=a,Or=n,(t.subtreeFlags&10256)!==0||(t.flags&10256)!==0?(e.callbackNode=null,e.callbackPriority=0,Jy(Ya,function(){return Kr(),null})):(e.callbackNode=null,e.callbackPriority=0),n=(t.flags&13878)!==0,(t.subtreeFlags&13878)!==0||n){n=T.T,T.T=null,a=N.p,N.p=2,i=ae,ae|=4;try{qy(e,t,l)}finally{ae=i,N.p=a,T.T=n}}Ne=1,Xr(),Qr(),Zr()}}function Xr(){if(Ne===1){Ne=0;var e=Ul,t=qn,l=(t.flags&13878)!==0;if((t.subtreeFlags&13878)!==0||l){l=T.T,T.T=null;var n=N.p;N.p=2;var a=ae;ae|=4;try{Tr(t,e);var u=os,i=zf(e.containerInfo),c=u.focusedElem,r=u.selectionRange;if(i!==c&&c&&c.ownerDocument&&Rf(c.ownerDocument.documentElement,c)){if(r!==null&&qi(c)){var v=r.start,A=r.end;if(A===void 0&&(A=v),"selectionStart"in c)c.selectionStart=v,c.selectionEnd=Math.min(A,c.value.length);else{var U=c.ownerDocument||document,S=U&&U.defaultView||window;if(S.getSelection){var E=S.getSelection(),L=c.textContent.length,Y=Math.min(r.start,L),ge=r.end===void 0?Y:Math.min(r.end,L);!E.extend&&Y>ge&&(i=ge,ge=Y,Y=i);var y=Cf(c,Y),d=Cf(c,ge);if(y&&d&&(E.rangeCount!==1||E.anchorNode!==y.node||E.anchorOffset!==y.offset||E.focusNode!==d.node||E.focusOffset!==d.offset)){var h=U.createRange();h.setStart(y.node,y.offset),E.removeAllRanges(),Y>ge?(E.addRange(h),E.extend(d.node,d.offset)):(h.setEnd(d.node,d.offset),E.addRange(h))}}}}for(U=[],E=c;E=E.parentNode;)E.nodeType===1&&U.push({element:E,left:E.scrollLeft,top:E.scrollTop});for(typeof c.focus=="function"&&c.focus(),c=0;c<U.length;c++){var _=U[c];_.element.scrollLeft=_.left,_.element.scrollTop=_.top}}Fu=!!fs,os=fs=null}finally{ae=a,N.p=n,T.T=l}}e.current=t,Ne=2}}function Qr(){if(Ne===2){Ne=0;var e=Ul,t=qn,l=(t.flags&8772)!==0;if((t.subtreeFlags&8772)!==0||l){l=T.T,T.T=null;var n=N.p;N.p=2;var a=ae;ae|=4;try{pr(e,t.alternate,t)}finally{ae=a,N.p=n,T.T=l}}Ne=3}}function Zr(){if(Ne===4||Ne===3){Ne=0,dm();var e=Ul,t=qn,l=ul,n=Or;(t.subtreeFlags&10256)!==0||(t.flags&10256)!==0?Ne=5:(Ne=0,qn=Ul=null,Jr(e,e.pendingLanes));var a=e.pendingLanes;if(a===0&&(_l=null),hi(l),t=t.stateNode,st&&typeof st.onCommitFiberRoot=="function")try{st.onCommitFiberRoot(Qn,t,void 0,(t.current.flags&128)===128)}catch{}if(n!==null){t=T.T,a=N.p,N.p=2,T.T=null;try{for(var u=e.onRecoverableError,i=0;i<n.length;i++){var c=n[i];u(c.value,{componentStack:c.stack})}}finally{T.T=t,N.p=a}}(ul&3)!==0&&Hu(),Yt(e),a=e.pendingLanes,(l&261930)!==0&&(a&42)!==0?e===Fc?Ua++:(Ua=0,Fc=e):Ua=0,Ca(0)}}function Jr(e,t){(e.pooledCacheLanes&=t)===0&&(t=e.pooledCache,t!=null&&(e.pooledCache=null,ia(t)))}function Hu(){return Xr(),Qr(),Zr(),Kr()}function Kr(){if(Ne!==5)return!1;var e=Ul,t=$c;$c=0;var l=hi(ul),n=T.T,a=N.p;try{N.p=32>l?32:l,T.T=null,l=kc,kc=null;var u=Ul,i=ul;if(Ne=0,qn=Ul=null,ul=0,(ae&6)!==0)throw Error(o(331));var c=ae;if(ae|=4,zr(u.current),Ur(u,u.current,i,l),ae=c,Ca(0,!1),st&&typeof st.onPostCommitFiberRoot=="function")try{st.onPostCommitFiberRoot(Qn,u)}catch{}return!0}finally{N.p=a,T.T=n,Jr(e,t)}}function $r(e,t,l){t=At(l,t),t=zc(e.stateNode,t,2),e=pl(e,t,2),e!==null&&(Jn(e,2),Yt(e))}function oe(e,t,l){if(e.tag===3)$r(e,e,l);else for(;t!==null;){if(t.tag===3){$r(t,e,l);break}else if(t.tag===1){var n=t.stateNode;if(typeof t.type.getDerivedStateFromError=="function"||typeof n.componentDidCatch=="function"&&(_l===null||!_l.has(n))){e=At(l,e),l=ko(2),n=pl(t,l,2),n!==null&&(Fo(l,n,t,e),Jn(n,2),Yt(n));break}}t=t.return}}function Pc(e,t,l){var n=e.pingCache;if(n===null){n=e.pingCache=new Hy;var a=new Set;n.set(t,a)}else a=n.get(t),a===void 0&&(a=new Set,n.set(t,a));a.has(l)||(Zc=!0,a.add(l),e=Xy.bind(null,e,t,l),t.then(e,e))}function Xy(e,t,l){var n=e.pingCache;n!==null&&n.delete(t),e.pingedLanes|=e.suspendedLanes&l,e.warmLanes&=~l,ve===e&&(F&l)===l&&(Te===4||Te===3&&(F&62914560)===F&&300>ct()-Du?(ae&2)===0&&Ln(e,0):Jc|=l,Mn===F&&(Mn=0)),Yt(e)}function kr(e,t){t===0&&(t=Vs()),e=Gl(e,t),e!==null&&(Jn(e,t),Yt(e))}function Qy(e){var t=e.memoizedState,l=0;t!==null&&(l=t.retryLane),kr(e,l)}function Zy(e,t){var l=0;switch(e.tag){case 31:case 13:var n=e.stateNode,a=e.memoizedState;a!==null&&(l=a.retryLane);break;case 19:n=e.stateNode;break;case 22:n=e.stateNode._retryCache;break;default:throw Error(o(314))}n!==null&&n.delete(t),kr(e,l)}function Jy(e,t){return di(e,t)}var Bu=null,Hn=null,es=!1,Yu=!1,ts=!1,Rl=0;function Yt(e){e!==Hn&&e.next===null&&(Hn===null?Bu=Hn=e:Hn=Hn.next=e),Yu=!0,es||(es=!0,$y())}function Ca(e,t){if(!ts&&Yu){ts=!0;do for(var l=!1,n=Bu;n!==null;){if(e!==0){var a=n.pendingLanes;if(a===0)var u=0;else{var i=n.suspendedLanes,c=n.pingedLanes;u=(1<<31-ft(42|e)+1)-1,u&=a&~(i&~c),u=u&201326741?u&201326741|1:u?u|2:0}u!==0&&(l=!0,Pr(n,u))}else u=F,u=Qa(n,n===ve?u:0,n.cancelPendingCommit!==null||n.timeoutHandle!==-1),(u&3)===0||Zn(n,u)||(l=!0,Pr(n,u));n=n.next}while(l);ts=!1}}function Ky(){Fr()}function Fr(){Yu=es=!1;var e=0;Rl!==0&&ag()&&(e=Rl);for(var t=ct(),l=null,n=Bu;n!==null;){var a=n.next,u=Wr(n,t);u===0?(n.next=null,l===null?Bu=a:l.next=a,a===null&&(Hn=l)):(l=n,(e!==0||(u&3)!==0)&&(Yu=!0)),n=a}Ne!==0&&Ne!==5||Ca(e),Rl!==0&&(Rl=0)}function Wr(e,t){for(var l=e.suspendedLanes,n=e.pingedLanes,a=e.expirationTimes,u=e.pendingLanes&-62914561;0<u;){var i=31-ft(u),c=1<<i,r=a[i];r===-1?((c&l)===0||(c&n)!==0)&&(a[i]=bm(c,t)):r<=t&&(e.expiredLanes|=c),u&=~c}if(t=ve,l=F,l=Qa(e,e===t?l:0,e.cancelPendingCommit!==null||e.timeoutHandle!==-1),n=e.callbackNode,l===0||e===t&&(fe===2||fe===9)||e.cancelPendingCommit!==null)return n!==null&&n!==null&&mi(n),e.callbackNode=null,e.callbackPriority=0;if((l&3)===0||Zn(e,l)){if(t=l&-l,t===e.callbackPriority)return t;switch(n!==null&&mi(n),hi(l)){case 2:case 8:l=Bs;break;case 32:l=Ya;break;case 268435456:l=Ys;break;default:l=Ya}return n=Ir.bind(null,e),l=di(l,n),e.callbackPriority=t,e.callbackNode=l,t}return n!==null&&n!==null&&mi(n),e.callbackPriority=2,e.callbackNode=null,2}function Ir(e,t){if(Ne!==0&&Ne!==5)return e.callbackNode=null,e.callbackPriority=0,null;var l=e.callbackNode;if(Hu()&&e.callbackNode!==l)return null;var n=F;return n=Qa(e,e===ve?n:0,e.cancelPendingCommit!==null||e.timeoutHandle!==-1),n===0?null:(Nr(e,n,t),Wr(e,ct()),e.callbackNode!=null&&e.callbackNode===l?Ir.bind(null,e):null)}function Pr(e,t){if(Hu())return null;Nr(e,t,!0)}function $y(){ig(function(){(ae&6)!==0?di(Hs,Ky):Fr()})}function ls(){if(Rl===0){var e=Tn;e===0&&(e=Va,Va<<=1,(Va&261888)===0&&(Va=256)),Rl=e}return Rl}function ed(e){return e==null||typeof e=="symbol"||typeof e=="boolean"?null:typeof e=="function"?e:$a(""+e)}function td(e,t){var l=t.ownerDocument.createElement("input");return l.name=t.name,l.value=t.value,e.id&&l.setAttribute("form",e.id),t.parentNode.insertBefore(l,t),e=new FormData(e),l.parentNode.removeChild(l),e}function ky(e,t,l,n,a){if(t==="submit"&&l&&l.stateNode===a){var u=ed((a[Ie]||null).action),i=n.submitter;i&&(t=(t=i[Ie]||null)?ed(t.formAction):i.getAttribute("formAction"),t!==null&&(u=t,i=null));var c=new Ia("action","action",null,n,a);e.push({event:c,listeners:[{instance:null,listener:function(){if(n.defaultPrevented){if(Rl!==0){var r=i?td(a,i):new FormData(a);Ac(l,{pending:!0,data:r,method:a.method,action:u},null,r)}}else typeof u=="function"&&(c.preventDefault(),r=i?td(a,i):new FormData(a),Ac(l,{pending:!0,data:r,method:a.method,action:u},u,r))},currentTarget:a}]})}}for(var ns=0;ns<Bi.length;ns++){var as=Bi[ns],Fy=as.toLowerCase(),Wy=as[0].toUpperCase()+as.slice(1);Ot(Fy,"on"+Wy)}Ot(Of,"onAnimationEnd"),Ot(Df,"onAnimationIteration"),Ot(Nf,"onAnimationStart"),Ot("dblclick","onDoubleClick"),Ot("focusin","onFocus"),Ot("focusout","onBlur"),Ot(my,"onTransitionRun"),Ot(yy,"onTransitionStart"),Ot(gy,"onTransitionCancel"),Ot(Mf,"onTransitionEnd"),fn("onMouseEnter",["mouseout","mouseover"]),fn("onMouseLeave",["mouseout","mouseover"]),fn("onPointerEnter",["pointerout","pointerover"]),fn("onPointerLeave",["pointerout","pointerover"]),Hl("onChange","change click focusin focusout input keydown keyup selectionchange".split(" ")),Hl("onSelect","focusout contextmenu dragend focusin keydown keyup mousedown mouseup selectionchange".split(" ")),Hl("onBeforeInput",["compositionend","keypress","textInput","paste"]),Hl("onCompositionEnd","compositionend focusout keydown keypress keyup mousedown".split(" ")),Hl("onCompositionStart","compositionstart focusout keydown keypress keyup mousedown".split(" ")),Hl("onCompositionUpdate","compositionupdate focusout keydown keypress keyup mousedown".split(" "));var Ra="abort canplay canplaythrough durationchange emptied encrypted ended error loadeddata loadedmetadata loadstart pause play playing progress ratechange resize seeked seeking stalled suspend timeupdate volumechange waiting".split(" "),Iy=new Set("beforetoggle cancel close invalid load scroll scrollend toggle".split(" ").concat(Ra));function ld(e,t){t=(t&4)!==0;for(var l=0;l<e.length;l++){var n=e[l],a=n.event;n=n.listeners;e:{var u=void 0;if(t)for(var i=n.length-1;0<=i;i--){var c=n[i],r=c.instance,v=c.currentTarget;if(c=c.listener,r!==u&&a.isPropagationStopped())break e;u=c,a.currentTarget=v;try{u(a)}catch(A){tu(A)}a.currentTarget=null,u=r}else for(i=0;i<n.length;i++){if(c=n[i],r=c.instance,v=c.currentTarget,c=c.listener,r!==u&&a.isPropagationStopped())break e;u=c,a.currentTarget=v;try{u(a)}catch(A){tu(A)}a.currentTarget=null,u=r}}}}function k(e,t){var l=t[vi];l===void 0&&(l=t[vi]=new Set);var n=e+"__bubble";l.has(n)||(nd(t,e,2,!1),l.add(n))}function us(e,t,l){var n=0;t&&(n|=4),nd(l,e,n,t)}var Vu="_reactListening"+Math.random().toString(36).slice(2);function is(e){if(!e[Vu]){e[Vu]=!0,$s.forEach(function(l){l!=="selectionchange"&&(Iy.has(l)||us(l,!1,e),us(l,!0,e))});var t=e.nodeType===9?e:e.ownerDocument;t===null||t[Vu]||(t[Vu]=!0,us("selectionchange",!1,t))}}function nd(e,t,l,n){switch(Dd(t)){case 2:var a=Cg;break;case 8:a=Rg;break;default:a=Es}l=a.bind(null,t,l,e),a=void 0,!Ci||t!=="touchstart"&&t!=="touchmove"&&t!=="wheel"||(a=!0),n?a!==void 0?e.addEventListener(t,l,{capture:!0,passive:a}):e.addEventListener(t,l,!0):a!==void 0?e.addEventListener(t,l,{passive:a}):e.addEventListener(t,l,!1)}function cs(e,t,l,n,a){var u=n;if((t&1)===0&&(t&2)===0&&n!==null)e:for(;;){if(n===null)return;var i=n.tag;if(i===3||i===4){var c=n.stateNode.containerInfo;if(c===a)break;if(i===4)for(i=n.return;i!==null;){var r=i.tag;if((r===3||r===4)&&i.stateNode.containerInfo===a)return;i=i.return}for(;c!==null;){if(i=un(c),i===null)return;if(r=i.tag,r===5||r===6||r===26||r===27){n=u=i;continue e}c=c.parentNode}}n=n.return}cf(function(){var v=u,A=_i(l),U=[];e:{var S=qf.get(e);if(S!==void 0){var E=Ia,L=e;switch(e){case"keypress":if(Fa(l)===0)break e;case"keydown":case"keyup":E=Zm;break;case"focusin":L="focus",E=xi;break;case"focusout":L="blur",E=xi;break;case"beforeblur":case"afterblur":E=xi;break;case"click":if(l.button===2)break e;case"auxclick":case"dblclick":case"mousedown":case"mousemove":case"mouseup":case"mouseout":case"mouseover":case"contextmenu":E=of;break;case"drag":case"dragend":case"dragenter":case"dragexit":case"dragleave":case"dragover":case"dragstart":case"drop":E=Nm;break;case"touchcancel":case"touchend":case"touchmove":case"touchstart":E=$m;break;case Of:case Df:case Nf:E=Lm;break;case Mf:E=Fm;break;case"scroll":case"scrollend":E=Om;break;case"wheel":E=Im;break;case"copy":case"cut":case"paste":E=Hm;break;case"gotpointercapture":case"lostpointercapture":case"pointercancel":case"pointerdown":case"pointermove":case"pointerout":case"pointerover":case"pointerup":E=df;break;case"toggle":case"beforetoggle":E=ey}var Y=(t&4)!==0,ge=!Y&&(e==="scroll"||e==="scrollend"),y=Y?S!==null?S+"Capture":null:S;Y=[];for(var d=v,h;d!==null;){var _=d;if(h=_.stateNode,_=_.tag,_!==5&&_!==26&&_!==27||h===null||y===null||(_=kn(d,y),_!=null&&Y.push(za(d,_,h))),ge)break;d=d.return}0<Y.length&&(S=new E(S,L,null,l,A),U.push({event:S,listeners:Y}))}}if((t&7)===0){e:{if(S=e==="mouseover"||e==="pointerover",E=e==="mouseout"||e==="pointerout",S&&l!==Ti&&(L=l.relatedTarget||l.fromElement)&&(un(L)||L[an]))break e;if((E||S)&&(S=A.window===A?A:(S=A.ownerDocument)?S.defaultView||S.parentWindow:window,E?(L=l.relatedTarget||l.toElement,E=v,L=L?un(L):null,L!==null&&(ge=x(L),Y=L.tag,L!==ge||Y!==5&&Y!==27&&Y!==6)&&(L=null)):(E=null,L=v),E!==L)){if(Y=of,_="onMouseLeave",y="onMouseEnter",d="mouse",(e==="pointerout"||e==="pointerover")&&(Y=df,_="onPointerLeave",y="onPointerEnter",d="pointer"),ge=E==null?S:$n(E),h=L==null?S:$n(L),S=new Y(_,d+"leave",E,l,A),S.target=ge,S.relatedTarget=h,_=null,un(A)===v&&(Y=new Y(y,d+"enter",L,l,A),Y.target=h,Y.relatedTarget=ge,_=Y),ge=_,E&&L)t:{for(Y=Py,y=E,d=L,h=0,_=y;_;_=Y(_))h++;_=0;for(var B=d;B;B=Y(B))_++;for(;0<h-_;)y=Y(y),h--;for(;0<_-h;)d=Y(d),_--;for(;h--;){if(y===d||d!==null&&y===d.alternate){Y=y;break t}y=Y(y),d=Y(d)}Y=null}else Y=null;E!==null&&ad(U,S,E,Y,!1),L!==null&&ge!==null&&ad(U,ge,L,Y,!0)}}e:{if(S=v?$n(v):window,E=S.nodeName&&S.nodeName.toLowerCase(),E==="select"||E==="input"&&S.type==="file")var le=bf;else if(pf(S))if(Ef)le=oy;else{le=sy;var H=cy}else E=S.nodeName,!E||E.toLowerCase()!=="input"||S.type!=="checkbox"&&S.type!=="radio"?v&&Ai(v.elementType)&&(le=bf):le=fy;if(le&&(le=le(e,v))){Sf(U,le,l,A);break e}H&&H(e,S,v),e==="focusout"&&v&&S.type==="number"&&v.memoizedProps.value!=null&&Ei(S,"number",S.value)}switch(H=v?$n(v):window,e){case"focusin":(pf(H)||H.contentEditable==="true")&&(gn=H,Li=v,na=null);break;case"focusout":na=Li=gn=null;break;case"mousedown":wi=!0;break;case"contextmenu":case"mouseup":case"dragend":wi=!1,jf(U,l,A);break;case"selectionchange":if(dy)break;case"keydown":case"keyup":jf(U,l,A)}var J;if(Di)e:{switch(e){case"compositionstart":var W="onCompositionStart";break e;case"compositionend":W="onCompositionEnd";break e;case"compositionupdate":W="onCompositionUpdate";break e}W=void 0}else yn?hf(e,l)&&(W="onCompositionEnd"):e==="keydown"&&l.keyCode===229&&(W="onCompositionStart");W&&(mf&&l.locale!=="ko"&&(yn||W!=="onCompositionStart"?W==="onCompositionEnd"&&yn&&(J=sf()):(rl=A,Ri="value"in rl?rl.value:rl.textContent,yn=!0)),H=Gu(v,W),0<H.length&&(W=new rf(W,e,null,l,A),U.push({event:W,listeners:H}),J?W.data=J:(J=vf(l),J!==null&&(W.data=J)))),(J=ly?ny(e,l):ay(e,l))&&(W=Gu(v,"onBeforeInput"),0<W.length&&(H=new rf("onBeforeInput","beforeinput",null,l,A),U.push({event:H,listeners:W}),H.data=J)),ky(U,e,v,l,A)}ld(U,t)})}function za(e,t,l){return{instance:e,listener:t,currentTarget:l}}function Gu(e,t){for(var l=t+"Capture",n=[];e!==null;){var a=e,u=a.stateNode;if(a=a.tag,a!==5&&a!==26&&a!==27||u===null||(a=kn(e,l),a!=null&&n.unshift(za(e,a,u)),a=kn(e,t),a!=null&&n.push(za(e,a,u))),e.tag===3)return n;e=e.return}return[]}function Py(e){if(e===null)return null;do e=e.return;while(e&&e.tag!==5&&e.tag!==27);return e||null}function ad(e,t,l,n,a){for(var u=t._reactName,i=[];l!==null&&l!==n;){var c=l,r=c.alternate,v=c.stateNode;if(c=c.tag,r!==null&&r===n)break;c!==5&&c!==26&&c!==27||v===null||(r=v,a?(v=kn(l,u),v!=null&&i.unshift(za(l,v,r))):a||(v=kn(l,u),v!=null&&i.push(za(l,v,r)))),l=l.return}i.length!==0&&e.push({event:t,listeners:i})}var eg=/\r\n?/g,tg=/\u0000|\uFFFD/g;function ud(e){return(typeof e=="string"?e:""+e).replace(eg,`
`).replace(tg,"")}function id(e,t){return t=ud(t),ud(e)===t}function ye(e,t,l,n,a,u){switch(l){case"children":typeof n=="string"?t==="body"||t==="textarea"&&n===""||rn(e,n):(typeof n=="number"||typeof n=="bigint")&&t!=="body"&&rn(e,""+n);break;case"className":Ja(e,"class",n);break;case"tabIndex":Ja(e,"tabindex",n);break;case"dir":case"role":case"viewBox":case"width":case"height":Ja(e,l,n);break;case"style":af(e,n,u);break;case"data":if(t!=="object"){Ja(e,"data",n);break}case"src":case"href":if(n===""&&(t!=="a"||l!=="href")){e.removeAttribute(l);break}if(n==null||typeof n=="function"||typeof n=="symbol"||typeof n=="boolean"){e.removeAttribute(l);break}n=$a(""+n),e.setAttribute(l,n);break;case"action":case"formAction":if(typeof n=="function"){e.setAttribute(l,"javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() manually, consider using form.requestSubmit() instead. If you\\'re trying to use event.stopPropagation() in a submit event handler, consider also calling event.preventDefault().')");break}else typeof u=="function"&&(l==="formAction"?(t!=="input"&&ye(e,t,"name",a.name,a,null),ye(e,t,"formEncType",a.formEncType,a,null),ye(e,t,"formMethod",a.formMethod,a,null),ye(e,t,"formTarget",a.formTarget,a,null)):(ye(e,t,"encType",a.encType,a,null),ye(e,t,"method",a.method,a,null),ye(e,t,"target",a.target,a,null)));if(n==null||typeof n=="symbol"||typeof n=="boolean"){e.removeAttribute(l);break}n=$a(""+n),e.setAttribute(l,n);break;case"onClick":n!=null&&(e.onclick=Qt);break;case"onScroll":n!=null&&k("scroll",e);break;case"onScrollEnd":n!=null&&k("scrollend",e);break;case"dangerouslySetInnerHTML":if(n!=null){if(typeof n!="object"||!("__html"in n))throw Error(o(61));if(l=n.__html,l!=null){if(a.children!=null)throw Error(o(60));e.innerHTML=l}}break;case"multiple":e.multiple=n&&typeof n!="function"&&typeof n!="symbol";break;case"muted":e.muted=n&&typeof n!="function"&&typeof n!="symbol";break;case"suppressContentEditableWarning":case"suppressHydrationWarning":case"defaultValue":case"defaultChecked":case"innerHTML":case"ref":break;case"autoFocus":break;case"xlinkHref":if(n==null||typeof n=="function"||typeof n=="boolean"||typeof n=="symbol"){e.removeAttribute("xlink:href");break}l=$a(""+n),e.setAttributeNS("http://www.w3.org/1999/xlink","xlink:href",l);break;case"contentEditable":case"spellCheck":case"draggable":case"value":case"autoReverse":case"externalResourcesRequired":case"focusable":case"preserveAlpha":n!=null&&typeof n!="function"&&typeof n!="symbol"?e.setAttribute(l,""+n):e.removeAttribute(l);break;case"inert":case"allowFullScreen":case"async":case"autoPlay":case"controls":case"default":case"defer":case"disabled":case"disablePictureInPicture":case"disableRemotePlayback":case"formNoValidate":case"hidden":case"loop":case"noModule":case"noValidate":case"open":case"playsInline":case"readOnly":case"required":case"reversed":case"scoped":case"seamless":case"itemScope":n&&typeof n!="function"&&typeof n!="symbol"?e.setAttribute(l,""):e.removeAttribute(l);break;case"capture":case"download":n===!0?e.setAttribute(l,""):n!==!1&&n!=null&&typeof n!="function"&&typeof n!="symbol"?e.setAttribute(l,n):e.removeAttribute(l);break;case"cols":case"rows":case"size":case"span":n!=null&&typeof n!="function"&&typeof n!="symbol"&&!isNaN(n)&&1<=n?e.setAttribute(l,n):e.removeAttribute(l);break;case"rowSpan":case"start":n==null||typeof n=="function"||typeof n=="symbol"||isNaN(n)?e.removeAttribute(l):e.setAttribute(l,n);break;case"popover":k("beforetoggle",e),k("toggle",e),Za(e,"popover",n);break;case"xlinkActuate":Xt(e,"http://www.w3.org/1999/xlink","xlink:actuate",n);break;case"xlinkArcrole":Xt(e,"http://www.w3.org/1999/xlink","xlink:arcrole",n);break;case"xlinkRole":Xt(e,"http://www.w3.org/1999/xlink","xlink:role",n);break;case"xlinkShow":Xt(e,"http://www.w3.org/1999/xlink","xlink:show",n);break;case"xlinkTitle":Xt(e,"http://www.w3.org/1999/xlink","xlink:title",n);break;case"xlinkType":Xt(e,"http://www.w3.org/1999/xlink","xlink:type",n);break;case"xmlBase":Xt(e,"http://www.w3.org/XML/1998/namespace","xml:base",n);break;case"xmlLang":Xt(e,"http://www.w3.org/XML/1998/namespace","xml:lang",n);break;case"xmlSpace":Xt(e,"http://www.w3.org/XML/1998/namespace","xml:space",n);break;case"is":Za(e,"is",n);break;case"innerText":case"textContent":break;default:(!(2<l.length)||l[0]!=="o"&&l[0]!=="O"||l[1]!=="n"&&l[1]!=="N")&&(l=jm.get(l)||l,Za(e,l,n))}}function ss(e,t,l,n,a,u){switch(l){case"style":af(e,n,u);break;case"dangerouslySetInnerHTML":if(n!=null){if(typeof n!="object"||!("__html"in n))throw Error(o(61));if(l=n.__html,l!=null){if(a.children!=null)throw Error(o(60));e.innerHTML=l}}break;case"children":typeof n=="string"?rn(e,n):(typeof n=="number"||typeof n=="bigint")&&rn(e,""+n);break;case"onScroll":n!=null&&k("scroll",e);break;case"onScrollEnd":n!=null&&k("scrollend",e);break;case"onClick":n!=null&&(e.onclick=Qt);break;case"suppressContentEditableWarning":case"suppressHydrationWarning":case"innerHTML":case"ref":break;case"innerText":case"textContent":break;default:if(!ks.hasOwnProperty(l))e:{if(l[0]==="o"&&l[1]==="n"&&(a=l.endsWith("Capture"),t=l.slice(2,a?l.length-7:void 0),u=e[Ie]||null,u=u!=null?u[l]:null,typeof u=="function"&&e.removeEventListener(t,u,a),typeof n=="function")){typeof u!="function"&&u!==null&&(l in e?e[l]=null:e.hasAttribute(l)&&e.removeAttribute(l)),e.addEventListener(t,n,a);break e}l in e?e[l]=n:n===!0?e.setAttribute(l,""):Za(e,l,n)}}}function Ve(e,t,l){switch(t){case"div":case"span":case"svg":case"path":case"a":case"g":case"p":case"li":break;case"img":k("error",e),k("load",e);var n=!1,a=!1,u;for(u in l)if(l.hasOwnProperty(u)){var i=l[u];if(i!=null)switch(u){case"src":n=!0;break;case"srcSet":a=!0;break;case"children":case"dangerouslySetInnerHTML":throw Error(o(137,t));default:ye(e,t,u,i,l,null)}}a&&ye(e,t,"srcSet",l.srcSet,l,null),n&&ye(e,t,"src",l.src,l,null);return;case"input":k("invalid",e);var c=u=i=a=null,r=null,v=null;for(n in l)if(l.hasOwnProperty(n)){var A=l[n];if(A!=null)switch(n){case"name":a=A;break;case"type":i=A;break;case"checked":r=A;break;case"defaultChecked":v=A;break;case"value":u=A;break;case"defaultValue":c=A;break;case"children":case"dangerouslySetInnerHTML":if(A!=null)throw Error(o(137,t));break;default:ye(e,t,n,A,l,null)}}ef(e,u,c,r,v,i,a,!1);return;case"select":k("invalid",e),n=i=u=null;for(a in l)if(l.hasOwnProperty(a)&&(c=l[a],c!=null))switch(a){case"value":u=c;break;case"defaultValue":i=c;break;case"multiple":n=c;default:ye(e,t,a,c,l,null)}t=u,l=i,e.multiple=!!n,t!=null?on(e,!!n,t,!1):l!=null&&on(e,!!n,l,!0);return;case"textarea":k("invalid",e),u=a=n=null;for(i in l)if(l.hasOwnProperty(i)&&(c=l[i],c!=null))switch(i){case"value":n=c;break;case"defaultValue":a=c;break;case"children":u=c;break;case"dangerouslySetInnerHTML":if(c!=null)throw Error(o(91));break;default:ye(e,t,i,c,l,null)}lf(e,n,a,u);return;case"option":for(r in l)l.hasOwnProperty(r)&&(n=l[r],n!=null)&&(r==="selected"?e.selected=n&&typeof n!="function"&&typeof n!="symbol":ye(e,t,r,n,l,null));return;case"dialog":k("beforetoggle",e),k("toggle",e),k("cancel",e),k("close",e);break;case"iframe":case"object":k("load",e);break;case"video":case"audio":for(n=0;n<Ra.length;n++)k(Ra[n],e);break;case"image":k("error",e),k("load",e);break;case"details":k("toggle",e);break;case"embed":case"source":case"link":k("error",e),k("load",e);case"area":case"base":case"br":case"col":case"hr":case"keygen":case"meta":case"param":case"track":case"wbr":case"menuitem":for(v in l)if(l.hasOwnProperty(v)&&(n=l[v],n!=null))switch(v){case"children":case"dangerouslySetInnerHTML":throw Error(o(137,t));default:ye(e,t,v,n,l,null)}return;default:if(Ai(t)){for(A in l)l.hasOwnProperty(A)&&(n=l[A],n!==void 0&&ss(e,t,A,n,l,void 0));return}}for(c in l)l.hasOwnProperty(c)&&(n=l[c],n!=null&&ye(e,t,c,n,l,null))}function lg(e,t,l,n){switch(t){case"div":case"span":case"svg":case"path":case"a":case"g":case"p":case"li":break;case"input":var a=null,u=null,i=null,c=null,r=null,v=null,A=null;for(E in l){var U=l[E];if(l.hasOwnProperty(E)&&U!=null)switch(E){case"checked":break;case"value":break;case"defaultValue":r=U;default:n.hasOwnProperty(E)||ye(e,t,E,null,n,U)}}for(var S in n){var E=n[S];if(U=l[S],n.hasOwnProperty(S)&&(E!=null||U!=null))switch(S){case"type":u=E;break;case"name":a=E;break;case"checked":v=E;break;case"defaultChecked":A=E;break;case"value":i=E;break;case"defaultValue":c=E;break;case"children":case"dangerouslySetInnerHTML":if(E!=null)throw Error(o(137,t));break;default:E!==U&&ye(e,t,S,E,n,U)}}bi(e,i,c,r,v,A,u,a);return;case"select":E=i=c=S=null;for(u in l)if(r=l[u],l.hasOwnProperty(u)&&r!=null)switch(u){case"value":break;case"multiple":E=r;default:n.hasOwnProperty(u)||ye(e,t,u,null,n,r)}for(a in n)if(u=n[a],r=l[a],n.hasOwnProperty(a)&&(u!=null||r!=null))switch(a){case"value":S=u;break;case"defaultValue":c=u;break;case"multiple":i=u;default:u!==r&&ye(e,t,a,u,n,r)}t=c,l=i,n=E,S!=null?on(e,!!l,S,!1):!!n!=!!l&&(t!=null?on(e,!!l,t,!0):on(e,!!l,l?[]:"",!1));return;case"textarea":E=S=null;for(c in l)if(a=l[c],l.hasOwnProperty(c)&&a!=null&&!n.hasOwnProperty(c))switch(c){case"value":break;case"children":break;default:ye(e,t,c,null,n,a)}for(i in n)if(a=n[i],u=l[i],n.hasOwnProperty(i)&&(a!=null||u!=null))switch(i){case"value":S=a;break;case"defaultValue":E=a;break;case"children":break;case"dangerouslySetInnerHTML":if(a!=null)throw Error(o(91));break;default:a!==u&&ye(e,t,i,a,n,u)}tf(e,S,E);return;case"option":for(var L in l)S=l[L],l.hasOwnProperty(L)&&S!=null&&!n.hasOwnProperty(L)&&(L==="selected"?e.selected=!1:ye(e,t,L,null,n,S));for(r in n)S=n[r],E=l[r],n.hasOwnProperty(r)&&S!==E&&(S!=null||E!=null)&&(r==="selected"?e.selected=S&&typeof S!="function"&&typeof S!="symbol":ye(e,t,r,S,n,E));return;case"img":case"link":case"area":case"base":case"br":case"col":case"embed":case"hr":case"keygen":case"meta":case"param":case"source":case"track":case"wbr":case"menuitem":for(var Y in l)S=l[Y],l.hasOwnProperty(Y)&&S!=null&&!n.hasOwnProperty(Y)&&ye(e,t,Y,null,n,S);for(v in n)if(S=n[v],E=l[v],n.hasOwnProperty(v)&&S!==E&&(S!=null||E!=null))switch(v){case"children":case"dangerouslySetInnerHTML":if(S!=null)throw Error(o(137,t));break;default:ye(e,t,v,S,n,E)}return;default:if(Ai(t)){for(var ge in l)S=l[ge],l.hasOwnProperty(ge)&&S!==void 0&&!n.hasOwnProperty(ge)&&ss(e,t,ge,void 0,n,S);for(A in n)S=n[A],E=l[A],!n.hasOwnProperty(A)||S===E||S===void 0&&E===void 0||ss(e,t,A,S,n,E);return}}for(var y in l)S=l[y],l.hasOwnProperty(y)&&S!=null&&!n.hasOwnProperty(y)&&ye(e,t,y,null,n,S);for(U in n)S=n[U],E=l[U],!n.hasOwnProperty(U)||S===E||S==null&&E==null||ye(e,t,U,S,n,E)}function cd(e){switch(e){case"css":case"script":case"font":case"img":case"image":case"input":case"link":return!0;default:return!1}}function ng(){if(typeof performance.getEntriesByType=="function"){for(var e=0,t=0,l=performance.getEntriesByType("resource"),n=0;n<l.length;n++){var a=l[n],u=a.transferSize,i=a.initiatorType,c=a.duration;if(u&&c&&cd(i)){for(i=0,c=a.responseEnd,n+=1;n<l.length;n++){var r=l[n],v=r.startTime;if(v>c)break;var A=r.transferSize,U=r.initiatorType;A&&cd(U)&&(r=r.responseEnd,i+=A*(r<c?1:(c-v)/(r-v)))}if(--n,t+=8*(u+i)/(a.duration/1e3),e++,10<e)break}}if(0<e)return t/e/1e6}return navigator.connection&&(e=navigator.connection.downlink,typeof e=="number")?e:5}var fs=null,os=null;function Xu(e){return e.nodeType===9?e:e.ownerDocument}function sd(e){switch(e){case"http://www.w3.org/2000/svg":return 1;case"http://www.w3.org/1998/Math/MathML":return 2;default:return 0}}function fd(e,t){if(e===0)switch(t){case"svg":return 1;case"math":return 2;default:return 0}return e===1&&t==="foreignObject"?0:e}function rs(e,t){return e==="textarea"||e==="noscript"||typeof t.children=="string"||typeof t.children=="number"||typeof t.children=="bigint"||typeof t.dangerouslySetInnerHTML=="object"&&t.dangerouslySetInnerHTML!==null&&t.dangerouslySetInnerHTML.__html!=null}var ds=null;function ag(){var e=window.event;return e&&e.type==="popstate"?e===ds?!1:(ds=e,!0):(ds=null,!1)}var od=typeof setTimeout=="function"?setTimeout:void 0,ug=typeof clearTimeout=="function"?clearTimeout:void 0,rd=typeof Promise=="function"?Promise:void 0,ig=typeof queueMicrotask=="function"?queueMicrotask:typeof rd<"u"?function(e){return rd.resolve(null).then(e).catch(cg)}:od;function cg(e){setTimeout(function(){throw e})}function zl(e){return e==="head"}function dd(e,t){var l=t,n=0;do{var a=l.nextSibling;if(e.removeChild(l),a&&a.nodeType===8)if(l=a.data,l==="/$"||l==="/&"){if(n===0){e.removeChild(a),Gn(t);return}n--}else if(l==="$"||l==="$?"||l==="$~"||l==="$!"||l==="&")n++;else if(l==="html")ja(e.ownerDocument.documentElement);else if(l==="head"){l=e.ownerDocument.head,ja(l);for(var u=l.firstChild;u;){var i=u.nextSibling,c=u.nodeName;u[Kn]||c==="SCRIPT"||c==="STYLE"||c==="LINK"&&u.rel.toLowerCase()==="stylesheet"||l.removeChild(u),u=i}}else l==="body"&&ja(e.ownerDocument.body);l=a}while(l);Gn(t)}function md(e,t){var l=e;e=0;do{var n=l.nextSibling;if(l.nodeType===1?t?(l._stashedDisplay=l.style.display,l.style.display="none"):(l.style.display=l._stashedDisplay||"",l.getAttribute("style")===""&&l.removeAttribute("style")):l.nodeType===3&&(t?(l._stashedText=l.nodeValue,l.nodeValue=""):l.nodeValue=l._stashedText||""),n&&n.nodeType===8)if(l=n.data,l==="/$"){if(e===0)break;e--}else l!=="$"&&l!=="$?"&&l!=="$~"&&l!=="$!"||e++;l=n}while(l)}function ms(e){var t=e.firstChild;for(t&&t.nodeType===10&&(t=t.nextSibling);t;){var l=t;switch(t=t.nextSibling,l.nodeName){case"HTML":case"HEAD":case"BODY":ms(l),pi(l);continue;case"SCRIPT":case"STYLE":continue;case"LINK":if(l.rel.toLowerCase()==="stylesheet")continue}e.removeChild(l)}}function sg(e,t,l,n){for(;e.nodeType===1;){var a=l;if(e.nodeName.toLowerCase()!==t.toLowerCase()){if(!n&&(e.nodeName!=="INPUT"||e.type!=="hidden"))break}else if(n){if(!e[Kn])switch(t){case"meta":if(!e.hasAttribute("itemprop"))break;return e;case"link":if(u=e.getAttribute("rel"),u==="stylesheet"&&e.hasAttribute("data-precedence"))break;if(u!==a.rel||e.getAttribute("href")!==(a.href==null||a.href===""?null:a.href)||e.getAttribute("crossorigin")!==(a.crossOrigin==null?null:a.crossOrigin)||e.getAttribute("title")!==(a.title==null?null:a.title))break;return e;case"style":if(e.hasAttribute("data-precedence"))break;return e;case"script":if(u=e.getAttribute("src"),(u!==(a.src==null?null:a.src)||e.getAttribute("type")!==(a.type==null?null:a.type)||e.getAttribute("crossorigin")!==(a.crossOrigin==null?null:a.crossOrigin))&&u&&e.hasAttribute("async")&&!e.hasAttribute("itemprop"))break;return e;default:return e}}else if(t==="input"&&e.type==="hidden"){var u=a.name==null?null:""+a.name;if(a.type==="hidden"&&e.getAttribute("name")===u)return e}else return e;if(e=Rt(e.nextSibling),e===null)break}return null}function fg(e,t,l){if(t==="")return null;for(;e.nodeType!==3;)if((e.nodeType!==1||e.nodeName!=="INPUT"||e.type!=="hidden")&&!l||(e=Rt(e.nextSibling),e===null))return null;return e}function yd(e,t){for(;e.nodeType!==8;)if((e.nodeType!==1||e.nodeName!=="INPUT"||e.type!=="hidden")&&!t||(e=Rt(e.nextSibling),e===null))return null;return e}function ys(e){return e.data==="$?"||e.data==="$~"}function gs(e){return e.data==="$!"||e.data==="$?"&&e.ownerDocument.readyState!=="loading"}function og(e,t){var l=e.ownerDocument;if(e.data==="$~")e._reactRetry=t;else if(e.data!=="$?"||l.readyState!=="loading")t();else{var n=function(){t(),l.removeEventListener("DOMContentLoaded",n)};l.addEventListener("DOMContentLoaded",n),e._reactRetry=n}}function Rt(e){for(;e!=null;e=e.nextSibling){var t=e.nodeType;if(t===1||t===3)break;if(t===8){if(t=e.data,t==="$"||t==="$!"||t==="$?"||t==="$~"||t==="&"||t==="F!"||t==="F")break;if(t==="/$"||t==="/&")return null}}return e}var hs=null;function gd(e){e=e.nextSibling;for(var t=0;e;){if(e.nodeType===8){var l=e.data;if(l==="/$"||l==="/&"){if(t===0)return Rt(e.nextSibling);t--}else l!=="$"&&l!=="$!"&&l!=="$?"&&l!=="$~"&&l!=="&"||t++}e=e.nextSibling}return null}function hd(e){e=e.previousSibling;for(var t=0;e;){if(e.nodeType===8){var l=e.data;if(l==="$"||l==="$!"||l==="$?"||l==="$~"||l==="&"){if(t===0)return e;t--}else l!=="/$"&&l!=="/&"||t++}e=e.previousSibling}return null}function vd(e,t,l){switch(t=Xu(l),e){case"html":if(e=t.documentElement,!e)throw Error(o(452));return e;case"head":if(e=t.head,!e)throw Error(o(453));return e;case"body":if(e=t.body,!e)throw Error(o(454));return e;default:throw Error(o(451))}}function ja(e){for(var t=e.attributes;t.length;)e.removeAttributeNode(t[0]);pi(e)}var zt=new Map,pd=new Set;function Qu(e){return typeof e.getRootNode=="function"?e.getRootNode():e.nodeType===9?e:e.ownerDocument}var il=N.d;N.d={f:rg,r:dg,D:mg,C:yg,L:gg,m:hg,X:pg,S:vg,M:Sg};function rg(){var e=il.f(),t=qu();return e||t}function dg(e){var t=cn(e);t!==null&&t.tag===5&&t.type==="form"?qo(t):il.r(e)}var Bn=typeof document>"u"?null:document;function Sd(e,t,l){var n=Bn;if(n&&typeof t=="string"&&t){var a=bt(t);a='link[rel="'+e+'"][href="'+a+'"]',typeof l=="string"&&(a+='[crossorigin="'+l+'"]'),pd.has(a)||(pd.add(a),e={rel:e,crossOrigin:l,href:t},n.querySelector(a)===null&&(t=n.createElement("link"),Ve(t,"link",e),Me(t),n.head.appendChild(t)))}}function mg(e){il.D(e),Sd("dns-prefetch",e,null)}function yg(e,t){il.C(e,t),Sd("preconnect",e,t)}function gg(e,t,l){il.L(e,t,l);var n=Bn;if(n&&e&&t){var a='link[rel="preload"][as="'+bt(t)+'"]';t==="image"&&l&&l.imageSrcSet?(a+='[imagesrcset="'+bt(l.imageSrcSet)+'"]',typeof l.imageSizes=="string"&&(a+='[imagesizes="'+bt(l.imageSizes)+'"]')):a+='[href="'+bt(e)+'"]';var u=a;switch(t){case"style":u=Yn(e);break;case"script":u=Vn(e)}zt.has(u)||(e=j({rel:"preload",href:t==="image"&&l&&l.imageSrcSet?void 0:e,as:t},l),zt.set(u,e),n.querySelector(a)!==null||t==="style"&&n.querySelector(xa(u))||t==="script"&&n.querySelector(Oa(u))||(t=n.createElement("link"),Ve(t,"link",e),Me(t),n.head.appendChild(t)))}}function hg(e,t){il.m(e,t);var l=Bn;if(l&&e){var n=t&&typeof t.as=="string"?t.as:"script",a='link[rel="modulepreload"][as="'+bt(n)+'"][href="'+bt(e)+'"]',u=a;switch(n){case"audioworklet":case"paintworklet":case"serviceworker":case"sharedworker":case"worker":case"script":u=Vn(e)}if(!zt.has(u)&&(e=j({rel:"modulepreload",href:e},t),zt.set(u,e),l.querySelector(a)===null)){switch(n){case"audioworklet":case"paintworklet":case"serviceworker":case"sharedworker":case"worker":case"script":if(l.querySelector(Oa(u)))return}n=l.createElement("link"),Ve(n,"link",e),Me(n),l.head.appendChild(n)}}}function vg(e,t,l){il.S(e,t,l);var n=Bn;if(n&&e){var a=sn(n).hoistableStyles,u=Yn(e);t=t||"default";var i=a.get(u);if(!i){var c={loading:0,preload:null};if(i=n.querySelector(xa(u)))c.loading=5;else{e=j({rel:"stylesheet",href:e,"data-precedence":t},l),(l=zt.get(u))&&vs(e,l);var r=i=n.createElement("link");Me(r),Ve(r,"link",e),r._p=new Promise(function(v,A){r.onload=v,r.onerror=A}),r.addEventListener("load",function(){c.loading|=1}),r.addEventListener("error",function(){c.loading|=2}),c.loading|=4,Zu(i,t,n)}i={type:"stylesheet",instance:i,count:1,state:c},a.set(u,i)}}}function pg(e,t){il.X(e,t);var l=Bn;if(l&&e){var n=sn(l).hoistableScripts,a=Vn(e),u=n.get(a);u||(u=l.querySelector(Oa(a)),u||(e=j({src:e,async:!0},t),(t=zt.get(a))&&ps(e,t),u=l.createElement("script"),Me(u),Ve(u,"link",e),l.head.appendChild(u)),u={type:"script",instance:u,count:1,state:null},n.set(a,u))}}function Sg(e,t){il.M(e,t);var l=Bn;if(l&&e){var n=sn(l).hoistableScripts,a=Vn(e),u=n.get(a);u||(u=l.querySelector(Oa(a)),u||(e=j({src:e,async:!0,type:"module"},t),(t=zt.get(a))&&ps(e,t),u=l.createElement("script"),Me(u),Ve(u,"link",e),l.head.appendChild(u)),u={type:"script",instance:u,count:1,state:null},n.set(a,u))}}function bd(e,t,l,n){var a=(a=K.current)?Qu(a):null;if(!a)throw Error(o(446));switch(e){case"meta":case"title":return null;case"style":return typeof l.precedence=="string"&&typeof l.href=="string"?(t=Yn(l.href),l=sn(a).hoistableStyles,n=l.get(t),n||(n={type:"style",instance:null,count:0,state:null},l.set(t,n)),n):{type:"void",instance:null,count:0,state:null};case"link":if(l.rel==="stylesheet"&&typeof l.href=="string"&&typeof l.precedence=="string"){e=Yn(l.href);var u=sn(a).hoistableStyles,i=u.get(e);if(i||(a=a.ownerDocument||a,i={type:"stylesheet",instance:null,count:0,state:{loading:0,preload:null}},u.set(e,i),(u=a.querySelector(xa(e)))&&!u._p&&(i.instance=u,i.state.loading=5),zt.has(e)||(l={rel:"preload",as:"style",href:l.href,crossOrigin:l.crossOrigin,integrity:l.integrity,media:l.media,hrefLang:l.hrefLang,referrerPolicy:l.referrerPolicy},zt.set(e,l),u||bg(a,e,l,i.state))),t&&n===null)throw Error(o(528,""));return i}if(t&&n!==null)throw Error(o(529,""));return null;case"script":return t=l.async,l=l.src,typeof l=="string"&&t&&typeof t!="function"&&typeof t!="symbol"?(t=Vn(l),l=sn(a).hoistableScripts,n=l.get(t),n||(n={type:"script",instance:null,count:0,state:null},l.set(t,n)),n):{type:"void",instance:null,count:0,state:null};default:throw Error(o(444,e))}}function Yn(e){return'href="'+bt(e)+'"'}function xa(e){return'link[rel="stylesheet"]['+e+"]"}function Ed(e){return j({},e,{"data-precedence":e.precedence,precedence:null})}function bg(e,t,l,n){e.querySelector('link[rel="preload"][as="style"]['+t+"]")?n.loading=1:(t=e.createElement("link"),n.preload=t,t.addEventListener("load",function(){return n.loading|=1}),t.addEventListener("error",function(){return n.loading|=2}),Ve(t,"link",l),Me(t),e.head.appendChild(t))}function Vn(e){return'[src="'+bt(e)+'"]'}function Oa(e){return"script[async]"+e}function Ad(e,t,l){if(t.count++,t.instance===null)switch(t.type){case"style":var n=e.querySelector('style[data-href~="'+bt(l.href)+'"]');if(n)return t.instance=n,Me(n),n;var a=j({},l,{"data-href":l.href,"data-precedence":l.precedence,href:null,precedence:null});return n=(e.ownerDocument||e).createElement("style"),Me(n),Ve(n,"style",a),Zu(n,l.precedence,e),t.instance=n;case"stylesheet":a=Yn(l.href);var u=e.querySelector(xa(a));if(u)return t.state.loading|=4,t.instance=u,Me(u),u;n=Ed(l),(a=zt.get(a))&&vs(n,a),u=(e.ownerDocument||e).createElement("link"),Me(u);var i=u;return i._p=new Promise(function(c,r){i.onload=c,i.onerror=r}),Ve(u,"link",n),t.state.loading|=4,Zu(u,l.precedence,e),t.instance=u;case"script":return u=Vn(l.src),(a=e.querySelector(Oa(u)))?(t.instance=a,Me(a),a):(n=l,(a=zt.get(u))&&(n=j({},l),ps(n,a)),e=e.ownerDocument||e,a=e.createElement("script"),Me(a),Ve(a,"link",n),e.head.appendChild(a),t.instance=a);case"void":return null;default:throw Error(o(443,t.type))}else t.type==="stylesheet"&&(t.state.loading&4)===0&&(n=t.instance,t.state.loading|=4,Zu(n,l.precedence,e));return t.instance}function Zu(e,t,l){for(var n=l.querySelectorAll('link[rel="stylesheet"][data-precedence],style[data-precedence]'),a=n.length?n[n.length-1]:null,u=a,i=0;i<n.length;i++){var c=n[i];if(c.dataset.precedence===t)u=c;else if(u!==a)break}u?u.parentNode.insertBefore(e,u.nextSibling):(t=l.nodeType===9?l.head:l,t.insertBefore(e,t.firstChild))}function vs(e,t){e.crossOrigin==null&&(e.crossOrigin=t.crossOrigin),e.referrerPolicy==null&&(e.referrerPolicy=t.referrerPolicy),e.title==null&&(e.title=t.title)}function ps(e,t){e.crossOrigin==null&&(e.crossOrigin=t.crossOrigin),e.referrerPolicy==null&&(e.referrerPolicy=t.referrerPolicy),e.integrity==null&&(e.integrity=t.integrity)}var Ju=null;function Td(e,t,l){if(Ju===null){var n=new Map,a=Ju=new Map;a.set(l,n)}else a=Ju,n=a.get(l),n||(n=new Map,a.set(l,n));if(n.has(e))return n;for(n.set(e,null),l=l.getElementsByTagName(e),a=0;a<l.length;a++){var u=l[a];if(!(u[Kn]||u[we]||e==="link"&&u.getAttribute("rel")==="stylesheet")&&u.namespaceURI!=="http://www.w3.org/2000/svg"){var i=u.getAttribute(t)||"";i=e+i;var c=n.get(i);c?c.push(u):n.set(i,[u])}}return n}function _d(e,t,l){e=e.ownerDocument||e,e.head.insertBefore(l,t==="title"?e.querySelector("head > title"):null)}function Eg(e,t,l){if(l===1||t.itemProp!=null)return!1;switch(e){case"meta":case"title":return!0;case"style":if(typeof t.precedence!="string"||typeof t.href!="string"||t.href==="")break;return!0;case"link":if(typeof t.rel!="string"||typeof t.href!="string"||t.href===""||t.onLoad||t.onError)break;return t.rel==="stylesheet"?(e=t.disabled,typeof t.precedence=="string"&&e==null):!0;case"script":if(t.async&&typeof t.async!="function"&&typeof t.async!="symbol"&&!t.onLoad&&!t.onError&&t.src&&typeof t.src=="string")return!0}return!1}function Ud(e){return!(e.type==="stylesheet"&&(e.state.loading&3)===0)}function Ag(e,t,l,n){if(l.type==="stylesheet"&&(typeof n.media!="string"||matchMedia(n.media).matches!==!1)&&(l.state.loading&4)===0){if(l.instance===null){var a=Yn(n.href),u=t.querySelector(xa(a));if(u){t=u._p,t!==null&&typeof t=="object"&&typeof t.then=="function"&&(e.count++,e=Ku.bind(e),t.then(e,e)),l.state.loading|=4,l.instance=u,Me(u);return}u=t.ownerDocument||t,n=Ed(n),(a=zt.get(a))&&vs(n,a),u=u.createElement("link"),Me(u);var i=u;i._p=new Promise(function(c,r){i.onload=c,i.onerror=r}),Ve(u,"link",n),l.instance=u}e.stylesheets===null&&(e.stylesheets=new Map),e.stylesheets.set(l,t),(t=l.state.preload)&&(l.state.loading&3)===0&&(e.count++,l=Ku.bind(e),t.addEventListener("load",l),t.addEventListener("error",l))}}var Ss=0;function Tg(e,t){return e.stylesheets&&e.count===0&&ku(e,e.stylesheets),0<e.count||0<e.imgCount?function(l){var n=setTimeout(function(){if(e.stylesheets&&ku(e,e.stylesheets),e.unsuspend){var u=e.unsuspend;e.unsuspend=null,u()}},6e4+t);0<e.imgBytes&&Ss===0&&(Ss=62500*ng());var a=setTimeout(function(){if(e.waitingForImages=!1,e.count===0&&(e.stylesheets&&ku(e,e.stylesheets),e.unsuspend)){var u=e.unsuspend;e.unsuspend=null,u()}},(e.imgBytes>Ss?50:800)+t);return e.unsuspend=l,function(){e.unsuspend=null,clearTimeout(n),clearTimeout(a)}}:null}function Ku(){if(this.count--,this.count===0&&(this.imgCount===0||!this.waitingForImages)){if(this.stylesheets)ku(this,this.stylesheets);else if(this.unsuspend){var e=this.unsuspend;this.unsuspend=null,e()}}}var $u=null;function ku(e,t){e.stylesheets=null,e.unsuspend!==null&&(e.count++,$u=new Map,t.forEach(_g,e),$u=null,Ku.call(e))}function _g(e,t){if(!(t.state.loading&4)){var l=$u.get(e);if(l)var n=l.get(null);else{l=new Map,$u.set(e,l);for(var a=e.querySelectorAll("link[data-precedence],style[data-precedence]"),u=0;u<a.length;u++){var i=a[u];(i.nodeName==="LINK"||i.getAttribute("media")!=="not all")&&(l.set(i.dataset.precedence,i),n=i)}n&&l.set(null,n)}a=t.instance,i=a.getAttribute("data-precedence"),u=l.get(i)||n,u===n&&l.set(null,a),l.set(i,a),this.count++,n=Ku.bind(this),a.addEventListener("load",n),a.addEventListener("error",n),u?u.parentNode.insertBefore(a,u.nextSibling):(e=e.nodeType===9?e.head:e,e.insertBefore(a,e.firstChild)),t.state.loading|=4}}var Da={$$typeof:Xe,Provider:null,Consumer:null,_currentValue:G,_currentValue2:G,_threadCount:0};function Ug(e,t,l,n,a,u,i,c,r){this.tag=1,this.containerInfo=e,this.pingCache=this.current=this.pendingChildren=null,this.timeoutHandle=-1,this.callbackNode=this.next=this.pendingContext=this.context=this.cancelPendingCommit=null,this.callbackPriority=0,this.expirationTimes=yi(-1),this.entangledLanes=this.shellSuspendCounter=this.errorRecoveryDisabledLanes=this.expiredLanes=this.warmLanes=this.pingedLanes=this.suspendedLanes=this.pendingLanes=0,this.entanglements=yi(0),this.hiddenUpdates=yi(null),this.identifierPrefix=n,this.onUncaughtError=a,this.onCaughtError=u,this.onRecoverableError=i,this.pooledCache=null,this.pooledCacheLanes=0,this.formState=r,this.incompleteTransitions=new Map}function Cd(e,t,l,n,a,u,i,c,r,v,A,U){return e=new Ug(e,t,l,i,r,v,A,U,c),t=1,u===!0&&(t|=24),u=rt(3,null,null,t),e.current=u,u.stateNode=e,t=Ii(),t.refCount++,e.pooledCache=t,t.refCount++,u.memoizedState={element:n,isDehydrated:l,cache:t},lc(u),e}function Rd(e){return e?(e=pn,e):pn}function zd(e,t,l,n,a,u){a=Rd(a),n.context===null?n.context=a:n.pendingContext=a,n=vl(t),n.payload={element:l},u=u===void 0?null:u,u!==null&&(n.callback=u),l=pl(e,n,t),l!==null&&(at(l,e,t),oa(l,e,t))}function jd(e,t){if(e=e.memoizedState,e!==null&&e.dehydrated!==null){var l=e.retryLane;e.retryLane=l!==0&&l<t?l:t}}function bs(e,t){jd(e,t),(e=e.alternate)&&jd(e,t)}function xd(e){if(e.tag===13||e.tag===31){var t=Gl(e,67108864);t!==null&&at(t,e,67108864),bs(e,67108864)}}function Od(e){if(e.tag===13||e.tag===31){var t=ht();t=gi(t);var l=Gl(e,t);l!==null&&at(l,e,t),bs(e,t)}}var Fu=!0;function Cg(e,t,l,n){var a=T.T;T.T=null;var u=N.p;try{N.p=2,Es(e,t,l,n)}finally{N.p=u,T.T=a}}function Rg(e,t,l,n){var a=T.T;T.T=null;var u=N.p;try{N.p=8,Es(e,t,l,n)}finally{N.p=u,T.T=a}}function Es(e,t,l,n){if(Fu){var a=As(n);if(a===null)cs(e,t,n,Wu,l),Nd(e,n);else if(jg(a,e,t,l,n))n.stopPropagation();else if(Nd(e,n),t&4&&-1<zg.indexOf(e)){for(;a!==null;){var u=cn(a);if(u!==null)switch(u.tag){case 3:if(u=u.stateNode,u.current.memoizedState.isDehydrated){var i=wl(u.pendingLanes);if(i!==0){var c=u;for(c.pendingLanes|=2,c.entangledLanes|=2;i;){var r=1<<31-ft(i);c.entanglements[1]|=r,i&=~r}Yt(u),(ae&6)===0&&(Nu=ct()+500,Ca(0))}}break;case 31:case 13:c=Gl(u,2),c!==null&&at(c,u,2),qu(),bs(u,2)}if(u=As(n),u===null&&cs(e,t,n,Wu,l),u===a)break;a=u}a!==null&&n.stopPropagation()}else cs(e,t,n,null,l)}}function As(e){return e=_i(e),Ts(e)}var Wu=null;function Ts(e){if(Wu=null,e=un(e),e!==null){var t=x(e);if(t===null)e=null;else{var l=t.tag;if(l===13){if(e=O(t),e!==null)return e;e=null}else if(l===31){if(e=M(t),e!==null)return e;e=null}else if(l===3){if(t.stateNode.current.memoizedState.isDehydrated)return t.tag===3?t.stateNode.containerInfo:null;e=null}else t!==e&&(e=null)}}return Wu=e,null}function Dd(e){switch(e){case"beforetoggle":case"cancel":case"click":case"close":case"contextmenu":case"copy":case"cut":case"auxclick":case"dblclick":case"dragend":case"dragstart":case"drop":case"focusin":case"focusout":case"input":case"invalid":case"keydown":case"keypress":case"keyup":case"mousedown":case"mouseup":case"paste":case"pause":case"play":case"pointercancel":case"pointerdown":case"pointerup":case"ratechange":case"reset":case"resize":case"seeked":case"submit":case"toggle":case"touchcancel":case"touchend":case"touchstart":case"volumechange":case"change":case"selectionchange":case"textInput":case"compositionstart":case"compositionend":case"compositionupdate":case"beforeblur":case"afterblur":case"beforeinput":case"blur":case"fullscreenchange":case"focus":case"hashchange":case"popstate":case"select":case"selectstart":return 2;case"drag":case"dragenter":case"dragexit":case"dragleave":case"dragover":case"mousemove":case"mouseout":case"mouseover":case"pointermove":case"pointerout":case"pointerover":case"scroll":case"touchmove":case"wheel":case"mouseenter":case"mouseleave":case"pointerenter":case"pointerleave":return 8;case"message":switch(mm()){case Hs:return 2;case Bs:return 8;case Ya:case ym:return 32;case Ys:return 268435456;default:return 32}default:return 32}}var _s=!1,jl=null,xl=null,Ol=null,Na=new Map,Ma=new Map,Dl=[],zg="mousedown mouseup touchcancel touchend touchstart auxclick dblclick pointercancel pointerdown pointerup dragend dragstart drop compositionend compositionstart keydown keypress keyup input textInput copy cut paste click change contextmenu reset".split(" ");function Nd(e,t){switch(e){case"focusin":case"focusout":jl=null;break;case"dragenter":case"dragleave":xl=null;break;case"mouseover":case"mouseout":Ol=null;break;case"pointerover":case"pointerout":Na.delete(t.pointerId);break;case"gotpointercapture":case"lostpointercapture":Ma.delete(t.pointerId)}}function qa(e,t,l,n,a,u){return e===null||e.nativeEvent!==u?(e={blockedOn:t,domEventName:l,eventSystemFlags:n,nativeEvent:u,targetContainers:[a]},t!==null&&(t=cn(t),t!==null&&xd(t)),e):(e.eventSystemFlags|=n,t=e.targetContainers,a!==null&&t.indexOf(a)===-1&&t.push(a),e)}function jg(e,t,l,n,a){switch(t){case"focusin":return jl=qa(jl,e,t,l,n,a),!0;case"dragenter":return xl=qa(xl,e,t,l,n,a),!0;case"mouseover":return Ol=qa(Ol,e,t,l,n,a),!0;case"pointerover":var u=a.pointerId;return Na.set(u,qa(Na.get(u)||null,e,t,l,n,a)),!0;case"gotpointercapture":return u=a.pointerId,Ma.set(u,qa(Ma.get(u)||null,e,t,l,n,a)),!0}return!1}function Md(e){var t=un(e.target);if(t!==null){var l=x(t);if(l!==null){if(t=l.tag,t===13){if(t=O(l),t!==null){e.blockedOn=t,Js(e.priority,function(){Od(l)});return}}else if(t===31){if(t=M(l),t!==null){e.blockedOn=t,Js(e.priority,function(){Od(l)});return}}else if(t===3&&l.stateNode.current.memoizedState.isDehydrated){e.blockedOn=l.tag===3?l.stateNode.containerInfo:null;return}}}e.blockedOn=null}function Iu(e){if(e.blockedOn!==null)return!1;for(var t=e.targetContainers;0<t.length;){var l=As(e.nativeEvent);if(l===null){l=e.nativeEvent;var n=new l.constructor(l.type,l);Ti=n,l.target.dispatchEvent(n),Ti=null}else return t=cn(l),t!==null&&xd(t),e.blockedOn=l,!1;t.shift()}return!0}function qd(e,t,l){Iu(e)&&l.delete(t)}function xg(){_s=!1,jl!==null&&Iu(jl)&&(jl=null),xl!==null&&Iu(xl)&&(xl=null),Ol!==null&&Iu(Ol)&&(Ol=null),Na.forEach(qd),Ma.forEach(qd)}function Pu(e,t){e.blockedOn===t&&(e.blockedOn=null,_s||(_s=!0,f.unstable_scheduleCallback(f.unstable_NormalPriority,xg)))}var ei=null;function Ld(e){ei!==e&&(ei=e,f.unstable_scheduleCallback(f.unstable_NormalPriority,function(){ei===e&&(ei=null);for(var t=0;t<e.length;t+=3){var l=e[t],n=e[t+1],a=e[t+2];if(typeof n!="function"){if(Ts(n||l)===null)continue;break}var u=cn(l);u!==null&&(e.splice(t,3),t-=3,Ac(u,{pending:!0,data:a,method:l.method,action:n},n,a))}}))}function Gn(e){function t(r){return Pu(r,e)}jl!==null&&Pu(jl,e),xl!==null&&Pu(xl,e),Ol!==null&&Pu(Ol,e),Na.forEach(t),Ma.forEach(t);for(var l=0;l<Dl.length;l++){var n=Dl[l];n.blockedOn===e&&(n.blockedOn=null)}for(;0<Dl.length&&(l=Dl[0],l.blockedOn===null);)Md(l),l.blockedOn===null&&Dl.shift();if(l=(e.ownerDocument||e).$$reactFormReplay,l!=null)for(n=0;n<l.length;n+=3){var a=l[n],u=l[n+1],i=a[Ie]||null;if(typeof u=="function")i||Ld(l);else if(i){var c=null;if(u&&u.hasAttribute("formAction")){if(a=u,i=u[Ie]||null)c=i.formAction;else if(Ts(a)!==null)continue}else c=i.action;typeof c=="function"?l[n+1]=c:(l.splice(n,3),n-=3),Ld(l)}}}function wd(){function e(u){u.canIntercept&&u.info==="react-transition"&&u.intercept({handler:function(){return new Promise(function(i){return a=i})},focusReset:"manual",scroll:"manual"})}function t(){a!==null&&(a(),a=null),n||setTimeout(l,20)}function l(){if(!n&&!navigation.transition){var u=navigation.currentEntry;u&&u.url!=null&&navigation.navigate(u.url,{state:u.getState(),info:"react-transition",history:"replace"})}}if(typeof navigation=="object"){var n=!1,a=null;return navigation.addEventListener("navigate",e),navigation.addEventListener("navigatesuccess",t),navigation.addEventListener("navigateerror",t),setTimeout(l,100),function(){n=!0,navigation.removeEventListener("navigate",e),navigation.removeEventListener("navigatesuccess",t),navigation.removeEventListener("navigateerror",t),a!==null&&(a(),a=null)}}}function Us(e){this._internalRoot=e}ti.prototype.render=Us.prototype.render=function(e){var t=this._internalRoot;if(t===null)throw Error(o(409));var l=t.current,n=ht();zd(l,n,e,t,null,null)},ti.prototype.unmount=Us.prototype.unmount=function(){var e=this._internalRoot;if(e!==null){this._internalRoot=null;var t=e.containerInfo;zd(e.current,2,null,e,null,null),qu(),t[an]=null}};function ti(e){this._internalRoot=e}ti.prototype.unstable_scheduleHydration=function(e){if(e){var t=Zs();e={blockedOn:null,target:e,priority:t};for(var l=0;l<Dl.length&&t!==0&&t<Dl[l].priority;l++);Dl.splice(l,0,e),l===0&&Md(e)}};var Hd=b.version;if(Hd!=="19.2.9")throw Error(o(527,Hd,"19.2.9"));N.findDOMNode=function(e){var t=e._reactInternals;if(t===void 0)throw typeof e.render=="function"?Error(o(188)):(e=Object.keys(e).join(","),Error(o(268,e)));return e=g(t),e=e!==null?D(e):null,e=e===null?null:e.stateNode,e};var Og={bundleType:0,version:"19.2.9",rendererPackageName:"react-dom",currentDispatcherRef:T,reconcilerVersion:"19.2.9"};if(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__<"u"){var li=__REACT_DEVTOOLS_GLOBAL_HOOK__;if(!li.isDisabled&&li.supportsFiber)try{Qn=li.inject(Og),st=li}catch{}}return wa.createRoot=function(e,t){if(!R(e))throw Error(o(299));var l=!1,n="",a=Zo,u=Jo,i=Ko;return t!=null&&(t.unstable_strictMode===!0&&(l=!0),t.identifierPrefix!==void 0&&(n=t.identifierPrefix),t.onUncaughtError!==void 0&&(a=t.onUncaughtError),t.onCaughtError!==void 0&&(u=t.onCaughtError),t.onRecoverableError!==void 0&&(i=t.onRecoverableError)),t=Cd(e,1,!1,null,null,l,n,null,a,u,i,wd),e[an]=t.current,is(e),new Us(t)},wa.hydrateRoot=function(e,t,l){if(!R(e))throw Error(o(299));var n=!1,a="",u=Zo,i=Jo,c=Ko,r=null;return l!=null&&(l.unstable_strictMode===!0&&(n=!0),l.identifierPrefix!==void 0&&(a=l.identifierPrefix),l.onUncaughtError!==void 0&&(u=l.onUncaughtError),l.onCaughtError!==void 0&&(i=l.onCaughtError),l.onRecoverableError!==void 0&&(c=l.onRecoverableError),l.formState!==void 0&&(r=l.formState)),t=Cd(e,1,!0,t,l??null,n,a,r,u,i,c,wd),t.context=Rd(null),l=t.current,n=ht(),n=gi(n),a=vl(n),a.callback=null,pl(l,a,n),l=n,t.current.lanes=l,Jn(t,l),Yt(t),e[an]=t.current,is(e),new ti(t)},wa.version="19.2.9",wa}var $d;function Vg(){if($d)return zs.exports;$d=1;function f(){if(!(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__>"u"||typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE!="function"))try{__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(f)}catch(b){console.error(b)}}return f(),zs.exports=Yg(),zs.exports}var Gg=Vg();const Xg="/graphql",Ds="accounts:signed-out",Fd="PAYLOAD_TOO_LARGE";class Ml extends Error{constructor(b,p){super(b),this.code=p}code}async function se(f,...[b,p]){const o={};p?.session&&(o["Accounts-Session"]="cookie");const R={query:f.toString(),variables:b??{}};let x;const O=Object.entries(p?.files??{});if(O.length>0){const g=new FormData;g.append("operations",JSON.stringify(R)),g.append("map",JSON.stringify(Object.fromEntries(O.map(([D],j)=>[String(j),[`variables.${D}`]])))),O.forEach(([,D],j)=>g.append(String(j),D,D.name)),o["Apollo-Require-Preflight"]="true",x=g}else o["Content-Type"]="application/json",x=JSON.stringify(R);let M;try{M=await fetch(Xg,{method:"POST",headers:o,body:x,credentials:"same-origin"})}catch{throw new Ml("The service cannot be reached. Check your connection and try again.")}if(M.status===413)throw new Ml("The file is too large.",Fd);let z;try{z=await M.json()}catch{throw new Ml(`The service answered ${M.status} ${M.statusText}.`)}if(z.errors?.length){const g=z.errors[0];throw g.extensions?.code==="UNAUTHENTICATED"&&window.dispatchEvent(new Event(Ds)),new Ml(g.message,g.extensions?.code)}if(!z.data)throw new Ml("The service answered no data.");return z.data}const Wd="accounts.deviceToken";function ai(){try{return localStorage.getItem(Wd)}catch{return null}}function Id(f){try{f&&localStorage.setItem(Wd,f)}catch{}}class ue extends String{__apiType;value;__meta__;constructor(b,p){super(b),this.value=b,this.__meta__=p}toString(){return this.value}}const Qg=new ue(`
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
  dateJoined
  lastLogin
}
    `,{fragmentName:"UserFields"}),Zg=new ue(`
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
  dateJoined
  lastLogin
}`,{fragmentName:"LoginOutcome"}),Jg=new ue(`
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
  dateJoined
  lastLogin
}`,{fragmentName:"UpdateOutcome"}),Kg=new ue(`
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
}
    `,{fragmentName:"RecoveryCodesOutcome"}),$g=new ue(`
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
  dateJoined
  lastLogin
}`),kg=new ue(`
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
  dateJoined
  lastLogin
}`),Fg=new ue(`
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
}`),Wg=new ue(`
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
}`),Ig=new ue(`
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
    `),Pg=new ue(`
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
}`),eh=new ue(`
    mutation Logout {
  logout {
    ... on LogoutSuccess {
      revokedSessions
    }
  }
}
    `),th=new ue(`
    mutation LogoutAll {
  logoutAll {
    ... on LogoutSuccess {
      revokedSessions
    }
  }
}
    `),lh=new ue(`
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
    `),nh=new ue(`
    mutation RequestEmailVerification {
  requestEmailVerification {
    __typename
    ... on CodeSent {
      message
      expiresInSeconds
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
    `),ah=new ue(`
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    __typename
    ... on CodeSent {
      message
      expiresInSeconds
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
    `),uh=new ue(`
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
  dateJoined
  lastLogin
}`),ih=new ue(`
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
  dateJoined
  lastLogin
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
}`),ch=new ue(`
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
  dateJoined
  lastLogin
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
}`),sh=new ue(`
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
    ... on RateLimited {
      message
      retryAfterSeconds
    }
  }
}
    `),fh=new ue(`
    mutation DeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input) {
    __typename
    ... on AccountDeleted {
      message
    }
    ... on InvalidCredentials {
      message
    }
    ... on RateLimited {
      message
      retryAfterSeconds
    }
  }
}
    `),oh=new ue(`
    query Sessions {
  sessions {
    id
    current
    createdAt
    lastUsedAt
    expiresAt
    userAgent
    ipAddress
  }
}
    `),rh=new ue(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id) {
    ... on LogoutSuccess {
      revokedSessions
    }
  }
}
    `),dh=new ue(`
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
    `),mh=new ue(`
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
  }
}
    `),yh=new ue(`
    mutation ConfirmTotpSetup($input: ConfirmTotpSetupInput!) {
  confirmTotpSetup(input: $input) {
    ...RecoveryCodesOutcome
  }
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
}`),gh=new ue(`
    mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {
  regenerateRecoveryCodes(input: $input) {
    ...RecoveryCodesOutcome
  }
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
}`),hh=new ue(`
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
  }
}
    `),vh=new ue(`
    query Passkeys {
  passkeys {
    id
    name
    createdAt
    lastUsedAt
  }
}
    `),ph=new ue(`
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
  }
}
    `),Sh=new ue(`
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
  }
}
    `),bh=new ue(`
    mutation RemovePasskey($id: ID!) {
  removePasskey(id: $id) {
    __typename
    ... on PasskeyRemoved {
      message
    }
    ... on InvalidCredentials {
      message
    }
  }
}
    `),Eh={"\n  fragment UserFields on User {\n    id\n    email\n    username\n    firstName\n    lastName\n    bio\n    contact\n    imageUrl\n    status\n    emailVerified\n    pendingEmail\n    twoFactorEnabled\n    dateJoined\n    lastLogin\n  }\n":Qg,"\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n":$g,"\n  mutation RegisterUser($input: RegisterUserInput!) {\n    registerUser(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        deviceToken\n        user {\n          ...UserFields\n        }\n      }\n      ... on VerificationRequired {\n        email\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on UserAlreadyExists {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":kg,"\n  fragment LoginOutcome on LoginResult {\n    __typename\n    ... on AuthSuccess {\n      deviceToken\n      user {\n        ...UserFields\n      }\n    }\n    ... on TwoFactorRequired {\n      challenge\n      methods\n      challengeExpiresAt: expiresAt\n    }\n    ... on InvalidCredentials {\n      message\n    }\n    ... on AccountSuspended {\n      message\n    }\n    ... on EmailNotVerified {\n      message\n    }\n    ... on RateLimited {\n      message\n      retryAfterSeconds\n    }\n  }\n":Zg,"\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":Fg,"\n  mutation CompleteLogin($input: CompleteLoginInput!) {\n    completeLogin(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":Wg,"\n  mutation BeginPasskeyLogin($input: BeginPasskeyLoginInput!) {\n    beginPasskeyLogin(input: $input) {\n      __typename\n      ... on PasskeyOptions {\n        challengeId\n        optionsJson\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":Ig,"\n  mutation FinishPasskeyLogin($input: FinishPasskeyLoginInput!) {\n    finishPasskeyLogin(input: $input) {\n      ...LoginOutcome\n    }\n  }\n":Pg,"\n  mutation Logout {\n    logout {\n      ... on LogoutSuccess {\n        revokedSessions\n      }\n    }\n  }\n":eh,"\n  mutation LogoutAll {\n    logoutAll {\n      ... on LogoutSuccess {\n        revokedSessions\n      }\n    }\n  }\n":th,"\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      __typename\n      ... on EmailVerified {\n        email\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":lh,"\n  mutation RequestEmailVerification {\n    requestEmailVerification {\n      __typename\n      ... on CodeSent {\n        message\n        expiresInSeconds\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":nh,"\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      __typename\n      ... on CodeSent {\n        message\n        expiresInSeconds\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":ah,"\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        deviceToken\n        user {\n          ...UserFields\n        }\n      }\n      ... on TwoFactorRequired {\n        challenge\n        methods\n        challengeExpiresAt: expiresAt\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":uh,"\n  fragment UpdateOutcome on UpdateUserResult {\n    __typename\n    ... on UpdateUserSuccess {\n      user {\n        ...UserFields\n      }\n    }\n    ... on ValidationError {\n      message\n      fields {\n        field\n        code\n        message\n      }\n    }\n    ... on UserAlreadyExists {\n      message\n      fields {\n        field\n        code\n        message\n      }\n    }\n    ... on InvalidCredentials {\n      message\n    }\n    ... on InvalidCode {\n      message\n    }\n    ... on RateLimited {\n      message\n      retryAfterSeconds\n    }\n  }\n":Jg,"\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UpdateOutcome\n    }\n  }\n":ih,"\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      ...UpdateOutcome\n    }\n  }\n":ch,"\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on AuthSuccess {\n        user {\n          id\n        }\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":sh,"\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      __typename\n      ... on AccountDeleted {\n        message\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":fh,"\n  query Sessions {\n    sessions {\n      id\n      current\n      createdAt\n      lastUsedAt\n      expiresAt\n      userAgent\n      ipAddress\n    }\n  }\n":oh,"\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id) {\n      ... on LogoutSuccess {\n        revokedSessions\n      }\n    }\n  }\n":rh,"\n  query SecurityEvents($first: Int!, $after: String) {\n    securityEvents(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          at\n          ipAddress\n          userAgent\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n":dh,"\n  mutation BeginTotpSetup {\n    beginTotpSetup {\n      __typename\n      ... on TotpSetup {\n        secret\n        otpauthUri\n        qrSvg\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n":mh,"\n  fragment RecoveryCodesOutcome on RecoveryCodesResult {\n    __typename\n    ... on RecoveryCodes {\n      codes\n    }\n    ... on InvalidCode {\n      message\n    }\n    ... on InvalidCredentials {\n      message\n    }\n    ... on RateLimited {\n      message\n      retryAfterSeconds\n    }\n  }\n":Kg,"\n  mutation ConfirmTotpSetup($input: ConfirmTotpSetupInput!) {\n    confirmTotpSetup(input: $input) {\n      ...RecoveryCodesOutcome\n    }\n  }\n":yh,"\n  mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      ...RecoveryCodesOutcome\n    }\n  }\n":gh,"\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input) {\n      __typename\n      ... on TwoFactorDisabled {\n        message\n      }\n      ... on InvalidCode {\n        message\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":hh,"\n  query Passkeys {\n    passkeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n":vh,"\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration {\n      __typename\n      ... on PasskeyOptions {\n        challengeId\n        optionsJson\n      }\n      ... on RateLimited {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n":ph,"\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      __typename\n      ... on PasskeyAdded {\n        passkey {\n          id\n          name\n        }\n      }\n      ... on ValidationError {\n        message\n        fields {\n          field\n          code\n          message\n        }\n      }\n      ... on InvalidCode {\n        message\n      }\n    }\n  }\n":Sh,"\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id) {\n      __typename\n      ... on PasskeyRemoved {\n        message\n      }\n      ... on InvalidCredentials {\n        message\n      }\n    }\n  }\n":bh};function ie(f){return Eh[f]??{}}ie(`
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
    dateJoined
    lastLogin
  }
`);const Ah=ie(`
  query Me {
    me {
      ...UserFields
    }
  }
`),Th=ie(`
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
`);ie(`
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
`);const _h=ie(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...LoginOutcome
    }
  }
`),Uh=ie(`
  mutation CompleteLogin($input: CompleteLoginInput!) {
    completeLogin(input: $input) {
      ...LoginOutcome
    }
  }
`),Ch=ie(`
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
`),Rh=ie(`
  mutation FinishPasskeyLogin($input: FinishPasskeyLoginInput!) {
    finishPasskeyLogin(input: $input) {
      ...LoginOutcome
    }
  }
`),zh=ie(`
  mutation Logout {
    logout {
      ... on LogoutSuccess {
        revokedSessions
      }
    }
  }
`),jh=ie(`
  mutation LogoutAll {
    logoutAll {
      ... on LogoutSuccess {
        revokedSessions
      }
    }
  }
`),xh=ie(`
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
`),Oh=ie(`
  mutation RequestEmailVerification {
    requestEmailVerification {
      __typename
      ... on CodeSent {
        message
        expiresInSeconds
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
`),Dh=ie(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      __typename
      ... on CodeSent {
        message
        expiresInSeconds
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
`),Nh=ie(`
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
`);ie(`
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
  }
`);const ui=ie(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UpdateOutcome
    }
  }
`),Mh=ie(`
  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {
    confirmEmailChange(input: $input) {
      ...UpdateOutcome
    }
  }
`),qh=ie(`
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
      ... on RateLimited {
        message
        retryAfterSeconds
      }
    }
  }
`),Lh=ie(`
  mutation DeleteAccount($input: DeleteAccountInput!) {
    deleteAccount(input: $input) {
      __typename
      ... on AccountDeleted {
        message
      }
      ... on InvalidCredentials {
        message
      }
      ... on RateLimited {
        message
        retryAfterSeconds
      }
    }
  }
`),wh=ie(`
  query Sessions {
    sessions {
      id
      current
      createdAt
      lastUsedAt
      expiresAt
      userAgent
      ipAddress
    }
  }
`),Hh=ie(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id) {
      ... on LogoutSuccess {
        revokedSessions
      }
    }
  }
`),Bh=ie(`
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
`),Yh=ie(`
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
    }
  }
`);ie(`
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
  }
`);const Vh=ie(`
  mutation ConfirmTotpSetup($input: ConfirmTotpSetupInput!) {
    confirmTotpSetup(input: $input) {
      ...RecoveryCodesOutcome
    }
  }
`),Gh=ie(`
  mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {
    regenerateRecoveryCodes(input: $input) {
      ...RecoveryCodesOutcome
    }
  }
`),Xh=ie(`
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
    }
  }
`),Qh=ie(`
  query Passkeys {
    passkeys {
      id
      name
      createdAt
      lastUsedAt
    }
  }
`),Zh=ie(`
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
    }
  }
`),Jh=ie(`
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
    }
  }
`),Kh=ie(`
  mutation RemovePasskey($id: ID!) {
    removePasskey(id: $id) {
      __typename
      ... on PasskeyRemoved {
        message
      }
      ... on InvalidCredentials {
        message
      }
    }
  }
`),ii="/account";function Ns(){return(window.location.pathname.startsWith(ii)?window.location.pathname.slice(ii.length):"/").replace(/\/+$/,"")||"/"}function cl(f,b=!1){const p=ii+f;b?window.history.replaceState(null,"",p):window.history.pushState(null,"",p),window.dispatchEvent(new PopStateEvent("popstate"))}function Pd(){const f=new URLSearchParams(window.location.search).get("next");return f&&/^\/[a-z-]*$/.test(f)?f:"/"}function em(){const[f,b]=V.useState(()=>({path:Ns(),query:new URLSearchParams(window.location.search)}));return V.useEffect(()=>{const p=()=>b({path:Ns(),query:new URLSearchParams(window.location.search)});return window.addEventListener("popstate",p),()=>window.removeEventListener("popstate",p)},[]),f}function Ze({to:f,...b}){const p=R=>{R.button!==0||R.metaKey||R.ctrlKey||R.shiftKey||R.altKey||(R.preventDefault(),cl(f))},o=Ns()===f.split("?")[0];return s.jsx("a",{href:ii+f,onClick:p,"aria-current":o?"page":void 0,...b})}const tm=V.createContext(null);function $h({children:f}){const[b,p]=V.useState(null),[o,R]=V.useState(!0),x=V.useCallback(async()=>{try{const{me:O}=await se(Ah);return p(O??null),O??null}catch{return p(null),null}finally{R(!1)}},[]);return V.useEffect(()=>{x();const O=()=>p(null);return window.addEventListener(Ds,O),()=>window.removeEventListener(Ds,O)},[x]),s.jsx(tm.Provider,{value:{user:b,loading:o,refresh:x,setUser:p},children:f})}function jt(){const f=V.useContext(tm);if(!f)throw new Error("useSession outside SessionProvider");return f}function Ge(f){const b={};for(const p of f.fields??[])b[p.field]=b[p.field]?`${b[p.field]} ${p.message}`:p.message;return{message:f.message??"Something went wrong.",fields:b,retryAfterSeconds:f.retryAfterSeconds}}function qs(f){return f instanceof Ml&&f.code==="UNAUTHENTICATED"?{message:"You are signed out. Log in again.",fields:{}}:f instanceof Ml&&f.code===Fd?{message:"Some fields are invalid.",fields:{image:"This image is too large for the service: choose a smaller one."}}:{message:f instanceof Error?f.message:String(f),fields:{}}}function kh(f){const b=new Date(Date.now()+f*1e3);return`Try again in ${f<90?`${f} seconds`:`${Math.ceil(f/60)} minutes`} (at ${b.toLocaleTimeString()}).`}function ut(f){const[b,p]=V.useState(f);return{values:b,setValues:p,bind:R=>({name:R,value:b[R],onChange:x=>p(O=>({...O,[R]:x.target.value}))}),reset:()=>p(f)}}function De(){const[f,b]=V.useState(!1),[p,o]=V.useState(null),R=V.useRef(null);return V.useEffect(()=>{p&&Object.keys(p.fields).length>0&&R.current?.querySelector('[aria-invalid="true"]')?.focus()},[p]),{busy:f,problem:p,setProblem:o,run:O=>async M=>{if(M?.preventDefault(),!f){R.current=M?.currentTarget instanceof HTMLFormElement?M.currentTarget:null,b(!0),o(null);try{o(await O()??null)}catch(z){o(qs(z))}finally{b(!1)}}}}}function I({label:f,error:b,hint:p,multiline:o,...R}){const x=V.useId(),O=[p?`${x}-hint`:"",b?`${x}-error`:""].filter(Boolean).join(" ")||void 0,M={id:x,"aria-invalid":b?!0:void 0,"aria-describedby":O};return s.jsxs("div",{className:b?"field invalid":"field",children:[s.jsx("label",{htmlFor:x,children:f}),o?s.jsx("textarea",{...M,name:R.name,value:R.value,onChange:R.onChange,rows:3}):s.jsx("input",{...M,...R}),p&&s.jsx("p",{className:"hint",id:`${x}-hint`,children:p}),b&&s.jsx("p",{className:"error",id:`${x}-error`,children:b})]})}function _e({problem:f,shown:b=[]}){if(!f)return null;const p=Object.entries(f.fields).filter(([o])=>!b.includes(o));return s.jsxs("div",{className:"alert",role:"alert",children:[s.jsx("p",{children:f.message}),f.retryAfterSeconds!==void 0&&s.jsx("p",{children:kh(f.retryAfterSeconds)}),p.length>0&&s.jsx("ul",{children:p.map(([o,R])=>s.jsxs("li",{children:[o,": ",R]},o))})]})}function vt({children:f}){return s.jsx("div",{className:"notice",role:"status",children:f})}function Je({busy:f,danger:b,children:p}){return s.jsx("button",{type:"submit",className:b?"danger":void 0,disabled:f,"aria-busy":f||void 0,children:p})}function ln(f){return f?new Date(f).toLocaleString():"—"}function ci(f){const b=f.replace(/-/g,"+").replace(/_/g,"/").padEnd(Math.ceil(f.length/4)*4,"="),p=atob(b),o=new Uint8Array(p.length);for(let R=0;R<p.length;R++)o[R]=p.charCodeAt(R);return o.buffer}function tn(f){let b="";for(const p of new Uint8Array(f))b+=String.fromCharCode(p);return btoa(b).replace(/\+/g,"-").replace(/\//g,"_").replace(/=+$/,"")}function lm(f){return(f??[]).map(b=>({...b,id:ci(b.id)}))}function Fh(f){const b=JSON.parse(f);return{...b,challenge:ci(b.challenge),user:{...b.user,id:ci(b.user.id)},excludeCredentials:lm(b.excludeCredentials)}}function Wh(f){const b=JSON.parse(f);return{...b,challenge:ci(b.challenge),allowCredentials:lm(b.allowCredentials)}}function nm(f){const b=f.response,p={id:f.id,rawId:tn(f.rawId),type:f.type,authenticatorAttachment:f.authenticatorAttachment,clientExtensionResults:{}};if(b instanceof AuthenticatorAttestationResponse)return JSON.stringify({...p,response:{clientDataJSON:tn(b.clientDataJSON),attestationObject:tn(b.attestationObject),transports:b.getTransports()}});const o=b;return JSON.stringify({...p,response:{clientDataJSON:tn(o.clientDataJSON),authenticatorData:tn(o.authenticatorData),signature:tn(o.signature),userHandle:o.userHandle?tn(o.userHandle):null}})}function am(){const{setUser:f}=jt();return(b,p)=>{Id(p),f(b),cl(Pd())}}function um(f){const b=am();return p=>{switch(p.__typename){case"AuthSuccess":return b(p.user,p.deviceToken),null;case"TwoFactorRequired":return f({challenge:p.challenge,methods:p.methods}),null;case"EmailNotVerified":return{message:`${p.message} A new code was sent to your email.`,fields:{}};default:return Ge(p)}}}async function im(f){const p=(await se(Ch,{input:{identifier:f}})).beginPasskeyLogin;if(p.__typename!=="PasskeyOptions")return Ge(p);let o;try{o=await navigator.credentials.get({publicKey:Wh(p.optionsJson)})}catch(x){return{message:`No passkey was used (${x instanceof Error?x.message:String(x)}).`,fields:{}}}return o instanceof PublicKeyCredential?(await se(Rh,{input:{challengeId:p.challengeId,credentialJson:nm(o),deviceToken:ai()}},{session:!0})).finishPasskeyLogin:{message:"No passkey was used.",fields:{}}}function cm({challenge:f,onRestart:b}){const[p,o]=V.useState(!1),R=ut({code:"",recoveryCode:""}),{busy:x,problem:O,run:M}=De(),z=um(()=>{}),g=M(async()=>{const j=p?{challenge:f.challenge,recoveryCode:R.values.recoveryCode.trim(),deviceToken:ai()}:{challenge:f.challenge,code:R.values.code.trim(),deviceToken:ai()},{completeLogin:te}=await se(Uh,{input:j},{session:!0});return z(te)}),D=M(async()=>{const j=await im(null);return"__typename"in j?z(j):j});return s.jsxs("section",{"aria-labelledby":"second-factor",children:[s.jsx("h2",{id:"second-factor",children:"Second factor"}),s.jsxs("p",{children:["Your password was right. Confirm it is you with your authenticator app",p?" or a recovery code":"","."]}),s.jsxs("form",{onSubmit:g,noValidate:!0,children:[p?s.jsx(I,{label:"Recovery code",autoComplete:"off",...R.bind("recoveryCode"),error:O?.fields.recoveryCode,required:!0}):s.jsx(I,{label:"Code from your authenticator app",inputMode:"numeric",autoComplete:"one-time-code",...R.bind("code"),error:O?.fields.code,required:!0}),s.jsx(_e,{problem:O,shown:["code","recoveryCode"]}),s.jsx(Je,{busy:x,children:"Continue"})]}),s.jsxs("p",{className:"actions",children:[f.methods.includes("RECOVERY_CODE")&&s.jsx("button",{type:"button",className:"link",onClick:()=>o(!p),children:p?"Use a code from the app instead":"Use a recovery code instead"}),f.methods.includes("PASSKEY")&&s.jsx("button",{type:"button",className:"link",onClick:()=>{D()},children:"Use a passkey instead"}),s.jsx("button",{type:"button",className:"link",onClick:b,children:"Start over"})]})]})}function Ih(){const f=ut({identifier:"",password:""}),[b,p]=V.useState(null),{busy:o,problem:R,run:x}=De(),O=um(p),M=x(async()=>{const{login:g}=await se(_h,{input:{...f.values,deviceToken:ai()}},{session:!0});return O(g)}),z=x(async()=>{const g=await im(f.values.identifier.trim()||null);return"__typename"in g?O(g):g});return s.jsxs("main",{children:[s.jsx("h1",{children:"Log in"}),b?s.jsx(cm,{challenge:b,onRestart:()=>p(null)}):s.jsxs(s.Fragment,{children:[s.jsxs("form",{onSubmit:M,noValidate:!0,children:[s.jsx(I,{label:"Email or username",autoComplete:"username webauthn",...f.bind("identifier"),error:R?.fields.identifier,required:!0}),s.jsx(I,{label:"Password",type:"password",autoComplete:"current-password",...f.bind("password"),error:R?.fields.password,required:!0}),s.jsx(_e,{problem:R,shown:["identifier","password"]}),s.jsx(Je,{busy:o,children:"Log in"})]}),s.jsx("p",{className:"actions",children:s.jsx("button",{type:"button",onClick:()=>{z()},disabled:o,children:"Log in with a passkey"})}),s.jsxs("p",{children:[s.jsx(Ze,{to:"/forgot",children:"Forgot your password?"})," · ",s.jsx(Ze,{to:"/register",children:"Create an account"})," ·"," ",s.jsx(Ze,{to:"/verify",children:"Verify your email"})]})]})]})}function Ph(f){return new Promise((b,p)=>{const o=new FileReader;o.onload=()=>b(String(o.result)),o.onerror=()=>p(o.error),o.readAsDataURL(f)})}function sm({label:f,error:b,onFile:p}){const[o,R]=V.useState(null),x=async O=>{const M=O.target.files?.[0]??null;p(M),R(M&&M.type.startsWith("image/")?await Ph(M):null)};return s.jsxs("div",{className:b?"field invalid":"field",children:[s.jsx("label",{htmlFor:"image-input",children:f}),s.jsx("input",{id:"image-input",name:"image",type:"file",accept:"image/png,image/jpeg,image/webp,image/gif",onChange:O=>{x(O)},"aria-invalid":b?!0:void 0,"aria-describedby":b?"image-error":void 0}),o&&s.jsx("img",{className:"avatar",src:o,alt:"Preview of the chosen image"}),b&&s.jsx("p",{className:"error",id:"image-error",children:b})]})}function ev(){const f=ut({email:"",username:"",firstName:"",lastName:"",password:"",passwordConfirmation:"",bio:"",contact:""}),[b,p]=V.useState(null),{busy:o,problem:R,run:x}=De(),{setUser:O}=jt(),M=x(async()=>{const g={...f.values,image:null},{registerUser:D}=await se(Th,{input:g},{session:!0,files:b?{"input.image":b}:void 0});switch(D.__typename){case"AuthSuccess":return Id(D.deviceToken),O(D.user),cl(`/verify?email=${encodeURIComponent(D.user.email)}&new=1`),null;case"VerificationRequired":return cl(`/verify?email=${encodeURIComponent(D.email)}&new=1`),null;default:return Ge(D)}}),z=R?.fields??{};return s.jsxs("main",{children:[s.jsx("h1",{children:"Create an account"}),s.jsxs("form",{onSubmit:M,noValidate:!0,children:[s.jsx(I,{label:"Email",type:"email",autoComplete:"email",...f.bind("email"),error:z.email,required:!0}),s.jsx(I,{label:"Username",autoComplete:"username",...f.bind("username"),error:z.username,required:!0}),s.jsx(I,{label:"First name",autoComplete:"given-name",...f.bind("firstName"),error:z.firstName,required:!0}),s.jsx(I,{label:"Last name",autoComplete:"family-name",...f.bind("lastName"),error:z.lastName,required:!0}),s.jsx(I,{label:"Password",type:"password",autoComplete:"new-password",...f.bind("password"),error:z.password,required:!0}),s.jsx(I,{label:"Repeat the password",type:"password",autoComplete:"new-password",...f.bind("passwordConfirmation"),error:z.passwordConfirmation,required:!0}),s.jsx(I,{label:"About you (optional)",multiline:!0,...f.bind("bio"),error:z.bio}),s.jsx(I,{label:"Contact (optional)",...f.bind("contact"),error:z.contact}),s.jsx(sm,{label:"Profile image (optional)",error:z.image,onFile:p}),s.jsx(_e,{problem:R,shown:["email","username","firstName","lastName","password","passwordConfirmation","bio","contact","image"]}),s.jsx(Je,{busy:o,children:"Create the account"})]}),s.jsxs("p",{children:["Have an account? ",s.jsx(Ze,{to:"/login",children:"Log in"})]})]})}function tv(){const{query:f}=em(),{user:b,refresh:p}=jt(),o=ut({email:f.get("email")??b?.email??"",code:""}),[R,x]=V.useState(null),[O,M]=V.useState(f.get("new")?"We sent a 6-digit code to your email.":null),{busy:z,problem:g,run:D}=De(),j=De(),te=D(async()=>{const{verifyEmail:re}=await se(xh,{input:{email:o.values.email.trim(),code:o.values.code.trim()}});return re.__typename!=="EmailVerified"?Ge(re):(x(re.email),await p(),null)}),Ee=j.run(async()=>{const{requestEmailVerification:re}=await se(Oh);return re.__typename!=="CodeSent"?Ge(re):(M(re.message),null)});return s.jsxs("main",{children:[s.jsx("h1",{children:"Verify your email"}),R?s.jsxs(vt,{children:[s.jsxs("p",{children:[R," is verified."]}),s.jsx("p",{children:b?s.jsx(Ze,{to:"/",children:"Go to your profile"}):s.jsx(Ze,{to:"/login",children:"Log in"})})]}):s.jsxs(s.Fragment,{children:[O&&s.jsx(vt,{children:O}),s.jsxs("form",{onSubmit:te,noValidate:!0,children:[s.jsx(I,{label:"Email",type:"email",autoComplete:"email",...o.bind("email"),error:g?.fields.email,required:!0}),s.jsx(I,{label:"Code",inputMode:"numeric",autoComplete:"one-time-code",...o.bind("code"),error:g?.fields.code,required:!0}),s.jsx(_e,{problem:g,shown:["email","code"]}),s.jsx(Je,{busy:z,children:"Verify"})]}),b&&s.jsxs(s.Fragment,{children:[s.jsx("p",{className:"actions",children:s.jsx("button",{type:"button",onClick:()=>{Ee()},disabled:j.busy,children:"Send a new code"})}),s.jsx(_e,{problem:j.problem})]})]})]})}function lv(){const f=ut({email:"",code:"",newPassword:"",newPasswordConfirmation:""}),[b,p]=V.useState(null),[o,R]=V.useState(null),x=De(),O=De(),M=am(),z=x.run(async()=>{const{requestPasswordReset:j}=await se(Dh,{input:{email:f.values.email.trim()}});return j.__typename!=="CodeSent"?Ge(j):(p(j.message),null)}),g=O.run(async()=>{const{resetPassword:j}=await se(Nh,{input:{...f.values,email:f.values.email.trim(),code:f.values.code.trim()}},{session:!0});switch(j.__typename){case"AuthSuccess":return M(j.user,j.deviceToken),null;case"TwoFactorRequired":return R({challenge:j.challenge,methods:j.methods}),null;default:return Ge(j)}}),D=O.problem?.fields??{};return o?s.jsxs("main",{children:[s.jsx("h1",{children:"Reset your password"}),s.jsx("p",{children:"The new password takes effect once you confirm the second factor."}),s.jsx(cm,{challenge:o,onRestart:()=>R(null)})]}):s.jsxs("main",{children:[s.jsx("h1",{children:"Reset your password"}),b?s.jsxs(s.Fragment,{children:[s.jsx(vt,{children:b}),s.jsxs("form",{onSubmit:g,noValidate:!0,children:[s.jsx(I,{label:"Email",type:"email",autoComplete:"email",...f.bind("email"),error:D.email,required:!0}),s.jsx(I,{label:"Code from the email",inputMode:"numeric",autoComplete:"one-time-code",...f.bind("code"),error:D.code,required:!0}),s.jsx(I,{label:"New password",type:"password",autoComplete:"new-password",...f.bind("newPassword"),error:D.newPassword,required:!0}),s.jsx(I,{label:"Repeat the new password",type:"password",autoComplete:"new-password",...f.bind("newPasswordConfirmation"),error:D.newPasswordConfirmation,required:!0}),s.jsx(_e,{problem:O.problem,shown:["email","code","newPassword","newPasswordConfirmation"]}),s.jsx(Je,{busy:O.busy,children:"Set the new password"})]}),s.jsx("p",{className:"actions",children:s.jsx("button",{type:"button",className:"link",onClick:()=>p(null),children:"Send another code"})})]}):s.jsxs("form",{onSubmit:z,noValidate:!0,children:[s.jsx(I,{label:"Email",type:"email",autoComplete:"email",...f.bind("email"),error:x.problem?.fields.email,required:!0}),s.jsx(_e,{problem:x.problem,shown:["email"]}),s.jsx(Je,{busy:x.busy,children:"Send me a code"})]}),s.jsx("p",{children:s.jsx(Ze,{to:"/login",children:"Back to log in"})})]})}function Ha(f,b){return f.__typename==="UpdateUserSuccess"?(b(f.user),null):Ge(f)}function nv({user:f}){const{setUser:b}=jt(),p=ut({username:f.username,firstName:f.firstName,lastName:f.lastName,bio:f.bio,contact:f.contact}),[o,R]=V.useState(!1),{busy:x,problem:O,run:M}=De(),z=M(async()=>{R(!1);const{updateUser:D}=await se(ui,{input:p.values}),j=Ha(D,b);return R(!j),j}),g=O?.fields??{};return s.jsxs("section",{"aria-labelledby":"details",children:[s.jsx("h2",{id:"details",children:"Your details"}),s.jsxs("form",{onSubmit:z,noValidate:!0,children:[s.jsx(I,{label:"Username",autoComplete:"username",...p.bind("username"),error:g.username}),s.jsx(I,{label:"First name",autoComplete:"given-name",...p.bind("firstName"),error:g.firstName}),s.jsx(I,{label:"Last name",autoComplete:"family-name",...p.bind("lastName"),error:g.lastName}),s.jsx(I,{label:"About you",multiline:!0,...p.bind("bio"),error:g.bio}),s.jsx(I,{label:"Contact",...p.bind("contact"),error:g.contact}),s.jsx(_e,{problem:O,shown:["username","firstName","lastName","bio","contact"]}),o&&s.jsx(vt,{children:"Saved."}),s.jsx(Je,{busy:x,children:"Save details"})]})]})}function av({user:f}){const{setUser:b}=jt(),[p,o]=V.useState(null),[R,x]=V.useState(null),[O,M]=V.useState(0),{busy:z,problem:g,run:D}=De(),j=D(async()=>{if(x(null),!p)return{message:"Choose an image first.",fields:{}};const{updateUser:Ee}=await se(ui,{input:{image:null}},{files:{"input.image":p}}),re=Ha(Ee,b);return re||(o(null),M(Le=>Le+1),x("Image updated.")),re}),te=D(async()=>{x(null);const{updateUser:Ee}=await se(ui,{input:{removeImage:!0}}),re=Ha(Ee,b);return re||x("Image removed."),re});return s.jsxs("section",{"aria-labelledby":"image",children:[s.jsx("h2",{id:"image",children:"Profile image"}),f.imageUrl?s.jsx("img",{className:"avatar",src:f.imageUrl,alt:"Your profile image"}):s.jsx("p",{children:"No image yet."}),s.jsxs("form",{onSubmit:j,noValidate:!0,children:[s.jsx(sm,{label:"New image",error:g?.fields.image,onFile:o},O),s.jsx(_e,{problem:g,shown:["image"]}),R&&s.jsx(vt,{children:R}),s.jsx(Je,{busy:z,children:"Upload"}),f.imageUrl&&s.jsx("button",{type:"button",onClick:()=>{te()},disabled:z,children:"Remove the image"})]})]})}function uv({user:f}){const{setUser:b}=jt(),p=ut({email:"",currentPassword:""}),o=ut({code:""}),R=De(),x=De(),O=R.run(async()=>{const{updateUser:z}=await se(ui,{input:{email:p.values.email.trim(),currentPassword:p.values.currentPassword}}),g=Ha(z,b);return g||p.reset(),g}),M=x.run(async()=>{const{confirmEmailChange:z}=await se(Mh,{input:{code:o.values.code.trim()}}),g=Ha(z,b);return g||o.reset(),g});return s.jsxs("section",{"aria-labelledby":"email",children:[s.jsx("h2",{id:"email",children:"Email"}),s.jsxs("p",{children:[f.email," ",f.emailVerified?"(verified)":s.jsx(Ze,{to:"/verify",children:"(not verified: verify it)"})]}),f.pendingEmail&&s.jsxs("form",{onSubmit:M,noValidate:!0,children:[s.jsxs(vt,{children:["We sent a code to ",f.pendingEmail,". Enter it to make it your email."]}),s.jsx(I,{label:"Code sent to the new address",inputMode:"numeric",autoComplete:"one-time-code",...o.bind("code"),error:x.problem?.fields.code}),s.jsx(_e,{problem:x.problem,shown:["code"]}),s.jsx(Je,{busy:x.busy,children:"Confirm the new email"})]}),s.jsxs("form",{onSubmit:O,noValidate:!0,children:[s.jsx(I,{label:"New email",type:"email",autoComplete:"email",...p.bind("email"),error:R.problem?.fields.email}),s.jsx(I,{label:"Current password",type:"password",autoComplete:"current-password",...p.bind("currentPassword"),error:R.problem?.fields.currentPassword}),s.jsx(_e,{problem:R.problem,shown:["email","currentPassword"]}),s.jsx(Je,{busy:R.busy,children:"Change the email"})]})]})}function iv(){const f=ut({currentPassword:"",newPassword:"",newPasswordConfirmation:""}),[b,p]=V.useState(!1),{busy:o,problem:R,run:x}=De(),O=x(async()=>{p(!1);const{changePassword:z}=await se(qh,{input:f.values},{session:!0});return z.__typename!=="AuthSuccess"?Ge(z):(f.reset(),p(!0),null)}),M=R?.fields??{};return s.jsxs("section",{"aria-labelledby":"password",children:[s.jsx("h2",{id:"password",children:"Password"}),s.jsxs("form",{onSubmit:O,noValidate:!0,children:[s.jsx(I,{label:"Current password",type:"password",autoComplete:"current-password",...f.bind("currentPassword"),error:M.currentPassword}),s.jsx(I,{label:"New password",type:"password",autoComplete:"new-password",...f.bind("newPassword"),error:M.newPassword}),s.jsx(I,{label:"Repeat the new password",type:"password",autoComplete:"new-password",...f.bind("newPasswordConfirmation"),error:M.newPasswordConfirmation}),s.jsx(_e,{problem:R,shown:["currentPassword","newPassword","newPasswordConfirmation"]}),b&&s.jsx(vt,{children:"Password changed. Your other sessions were logged out."}),s.jsx(Je,{busy:o,children:"Change the password"})]})]})}function cv(){const{setUser:f}=jt(),b=ut({currentPassword:""}),{busy:p,problem:o,run:R}=De(),x=R(async()=>{const{deleteAccount:O}=await se(Lh,{input:b.values});return O.__typename!=="AccountDeleted"?Ge(O):(f(null),cl("/login?deleted=1"),null)});return s.jsxs("section",{"aria-labelledby":"delete",children:[s.jsx("h2",{id:"delete",children:"Delete the account"}),s.jsx("p",{children:"This deletes your account, its sessions, passkeys, activity and image for good."}),s.jsxs("form",{onSubmit:x,noValidate:!0,children:[s.jsx(I,{label:"Current password (to delete the account)",type:"password",autoComplete:"current-password",...b.bind("currentPassword"),error:o?.fields.currentPassword}),s.jsx(_e,{problem:o,shown:["currentPassword"]}),s.jsx(Je,{busy:p,danger:!0,children:"Delete my account"})]})]})}function sv({user:f}){return s.jsxs("main",{children:[s.jsxs("h1",{children:[f.firstName," ",f.lastName]}),s.jsxs("p",{children:["@",f.username," · joined ",ln(f.dateJoined)]}),s.jsx(nv,{user:f},`details-${f.id}`),s.jsx(uv,{user:f}),s.jsx(av,{user:f}),s.jsx(iv,{}),s.jsx(cv,{})]})}function fv(){const{setUser:f}=jt(),[b,p]=V.useState(null),[o,R]=V.useState(null),{busy:x,problem:O,run:M}=De(),z=V.useCallback(async()=>{const{sessions:j}=await se(wh);p(j)},[]);V.useEffect(()=>{M(z)()},[z]);const g=j=>M(async()=>{await se(Hh,{id:j}),await z(),R("The session was logged out.")}),D=M(async()=>{const{logoutAll:j}=await se(jh);f(null),cl(`/login?loggedOut=${j.revokedSessions}`)});return s.jsxs("main",{children:[s.jsx("h1",{children:"Sessions"}),s.jsx("p",{children:"Every device and browser signed in to your account."}),o&&s.jsx(vt,{children:o}),s.jsx(_e,{problem:O}),b&&s.jsxs("table",{children:[s.jsx("caption",{children:"Active sessions, most recently used first"}),s.jsx("thead",{children:s.jsxs("tr",{children:[s.jsx("th",{scope:"col",children:"Device"}),s.jsx("th",{scope:"col",children:"IP address"}),s.jsx("th",{scope:"col",children:"Signed in"}),s.jsx("th",{scope:"col",children:"Last used"}),s.jsx("th",{scope:"col",children:s.jsx("span",{className:"visually-hidden",children:"Action"})})]})}),s.jsx("tbody",{children:b.map(j=>s.jsxs("tr",{children:[s.jsxs("td",{children:[j.userAgent??"Unknown device",j.current&&s.jsx("strong",{children:" (this browser)"})]}),s.jsx("td",{children:j.ipAddress??"—"}),s.jsx("td",{children:ln(j.createdAt)}),s.jsx("td",{children:ln(j.lastUsedAt)}),s.jsx("td",{children:!j.current&&s.jsx("button",{type:"button",onClick:()=>{g(j.id)()},disabled:x,"aria-label":`Log out the session from ${ln(j.createdAt)}`,children:"Log out"})})]},j.id))})]}),s.jsx("p",{className:"actions",children:s.jsx("button",{type:"button",onClick:()=>{D()},disabled:x,children:"Log out everywhere"})})]})}const ov={REGISTERED:"Account created",LOGIN:"Signed in",LOGIN_FAILED:"Failed sign-in",LOGOUT:"Signed out",SESSION_REVOKED:"Session logged out",PASSWORD_CHANGED:"Password changed",PASSWORD_RESET:"Password reset",EMAIL_VERIFIED:"Email verified",EMAIL_CHANGED:"Email changed",ACCOUNT_DEACTIVATED:"Account deactivated",ACCOUNT_REACTIVATED:"Account reactivated",TWO_FACTOR_ENABLED:"Two-factor turned on",TWO_FACTOR_DISABLED:"Two-factor turned off",RECOVERY_CODE_USED:"Recovery code used",PASSKEY_ADDED:"Passkey added",PASSKEY_REMOVED:"Passkey removed"},rv=10;function dv(){const[f,b]=V.useState([]),[p,o]=V.useState(null),[R,x]=V.useState(null),[O,M]=V.useState(!1),z=V.useCallback(async g=>{M(!0);try{const{securityEvents:D}=await se(Bh,{first:rv,after:g});b(j=>g?[...j,...D.edges]:D.edges),o(D.pageInfo.hasNextPage?D.pageInfo.endCursor??null:null),x(null)}catch(D){x(qs(D))}finally{M(!1)}},[]);return V.useEffect(()=>{z(null)},[z]),s.jsxs("main",{children:[s.jsx("h1",{children:"Security activity"}),s.jsx(_e,{problem:R}),s.jsxs("table",{children:[s.jsx("caption",{children:"What happened on your account, newest first"}),s.jsx("thead",{children:s.jsxs("tr",{children:[s.jsx("th",{scope:"col",children:"Event"}),s.jsx("th",{scope:"col",children:"When"}),s.jsx("th",{scope:"col",children:"IP address"}),s.jsx("th",{scope:"col",children:"Device"})]})}),s.jsx("tbody",{children:f.map(({node:g})=>s.jsxs("tr",{children:[s.jsx("td",{children:ov[g.kind]??g.kind}),s.jsx("td",{children:ln(g.at)}),s.jsx("td",{children:g.ipAddress??"—"}),s.jsx("td",{children:g.userAgent??"—"})]},g.id))})]}),p&&s.jsx("p",{className:"actions",children:s.jsx("button",{type:"button",onClick:()=>{z(p)},disabled:O,children:"Show older events"})})]})}function mv(f){return/^<svg[^>]*\sxmlns=/.test(f)||(f=f.replace(/^<svg\b/,'<svg xmlns="http://www.w3.org/2000/svg"')),`data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(f)))}`}function fm({codes:f}){return s.jsxs("section",{"aria-labelledby":"recovery-codes",className:"notice",children:[s.jsx("h2",{id:"recovery-codes",children:"Your recovery codes"}),s.jsx("p",{children:"Each works once, in place of a code from the app. They are shown only now: print them or keep them in a password manager."}),s.jsx("ul",{className:"codes","data-testid":"recovery-codes",children:f.map(b=>s.jsx("li",{children:s.jsx("code",{children:b})},b))})]})}function yv(){const{refresh:f}=jt(),[b,p]=V.useState(null),[o,R]=V.useState(null),x=ut({code:""}),O=De(),M=De(),z=O.run(async()=>{const{beginTotpSetup:D}=await se(Yh);return D.__typename!=="TotpSetup"?Ge(D):(p(D),null)}),g=M.run(async()=>{const{confirmTotpSetup:D}=await se(Vh,{input:{code:x.values.code.trim()}});return D.__typename!=="RecoveryCodes"?Ge(D):(R(D.codes),null)});return o?s.jsxs(s.Fragment,{children:[s.jsx(vt,{children:"Two-factor sign-in is on."}),s.jsx(fm,{codes:o}),s.jsx("p",{className:"actions",children:s.jsx("button",{type:"button",onClick:()=>{f()},children:"I have saved my recovery codes"})})]}):s.jsxs(s.Fragment,{children:[s.jsx("p",{children:"Two-factor sign-in is off. Turn it on to ask for a code from an authenticator app after your password."}),b?s.jsxs("form",{onSubmit:g,noValidate:!0,children:[s.jsx("p",{children:"Scan this code with your authenticator app, or type the key in by hand."}),s.jsx("img",{className:"qr",src:mv(b.qrSvg),alt:"QR code to scan with your authenticator app",width:200,height:200}),s.jsxs("p",{children:["Key: ",s.jsx("code",{"data-testid":"totp-secret",children:b.secret})]}),s.jsx(I,{label:"Code from the app",inputMode:"numeric",autoComplete:"one-time-code",...x.bind("code"),error:M.problem?.fields.code}),s.jsx(_e,{problem:M.problem,shown:["code"]}),s.jsx(Je,{busy:M.busy,children:"Turn on two-factor sign-in"})]}):s.jsxs(s.Fragment,{children:[s.jsx(_e,{problem:O.problem}),s.jsx("p",{className:"actions",children:s.jsx("button",{type:"button",onClick:()=>{z()},disabled:O.busy,children:"Set up an authenticator app"})})]})]})}function gv(){const{refresh:f}=jt(),[b,p]=V.useState(null),o=ut({currentPassword:""}),R=ut({currentPassword:"",code:""}),x=De(),O=De(),M=x.run(async()=>{const{regenerateRecoveryCodes:g}=await se(Gh,{input:o.values});return g.__typename!=="RecoveryCodes"?Ge(g):(o.reset(),p(g.codes),null)}),z=O.run(async()=>{const{disableTwoFactor:g}=await se(Xh,{input:{...R.values,code:R.values.code.trim()}});return g.__typename!=="TwoFactorDisabled"?Ge(g):(await f(),null)});return s.jsxs(s.Fragment,{children:[s.jsx(vt,{children:"Two-factor sign-in is on."}),b&&s.jsx(fm,{codes:b}),s.jsxs("section",{"aria-labelledby":"regenerate",children:[s.jsx("h2",{id:"regenerate",children:"New recovery codes"}),s.jsx("p",{children:"The old codes stop working."}),s.jsxs("form",{onSubmit:M,noValidate:!0,children:[s.jsx(I,{label:"Current password (for new codes)",type:"password",autoComplete:"current-password",...o.bind("currentPassword"),error:x.problem?.fields.currentPassword}),s.jsx(_e,{problem:x.problem,shown:["currentPassword"]}),s.jsx(Je,{busy:x.busy,children:"Make new recovery codes"})]})]}),s.jsxs("section",{"aria-labelledby":"disable",children:[s.jsx("h2",{id:"disable",children:"Turn two-factor off"}),s.jsxs("form",{onSubmit:z,noValidate:!0,children:[s.jsx(I,{label:"Current password (to turn two-factor off)",type:"password",autoComplete:"current-password",...R.bind("currentPassword"),error:O.problem?.fields.currentPassword}),s.jsx(I,{label:"Code from the app, or a recovery code",autoComplete:"one-time-code",...R.bind("code"),error:O.problem?.fields.code}),s.jsx(_e,{problem:O.problem,shown:["currentPassword","code"]}),s.jsx(Je,{busy:O.busy,children:"Turn two-factor off"})]})]})]})}function hv({user:f}){return s.jsxs("main",{children:[s.jsx("h1",{children:"Two-factor sign-in"}),f.twoFactorEnabled?s.jsx(gv,{}):s.jsx(yv,{})]})}function vv(){const[f,b]=V.useState(null),[p,o]=V.useState(null),R=ut({name:""}),x=De(),O=De(),M=V.useCallback(async()=>{const{passkeys:D}=await se(Qh);b(D)},[]);V.useEffect(()=>{O.run(M)()},[M]);const z=x.run(async()=>{o(null);const{beginPasskeyRegistration:D}=await se(Zh);if(D.__typename!=="PasskeyOptions")return Ge(D);let j;try{j=await navigator.credentials.create({publicKey:Fh(D.optionsJson)})}catch(Ee){return{message:`No passkey was created (${Ee instanceof Error?Ee.message:String(Ee)}).`,fields:{}}}if(!(j instanceof PublicKeyCredential))return{message:"No passkey was created.",fields:{}};const{finishPasskeyRegistration:te}=await se(Jh,{input:{challengeId:D.challengeId,credentialJson:nm(j),name:R.values.name.trim()||null}});return te.__typename!=="PasskeyAdded"?Ge(te):(R.reset(),o(`Passkey “${te.passkey.name}” added.`),await M(),null)}),g=D=>O.run(async()=>{o(null);const{removePasskey:j}=await se(Kh,{id:D.id});return j.__typename!=="PasskeyRemoved"?Ge(j):(o(`Passkey “${D.name}” removed.`),await M(),null)});return s.jsxs("main",{children:[s.jsx("h1",{children:"Passkeys"}),s.jsx("p",{children:"A passkey signs you in without a password: your device checks your fingerprint, face or PIN."}),p&&s.jsx(vt,{children:p}),s.jsx(_e,{problem:O.problem}),f&&f.length===0&&s.jsx("p",{children:"No passkeys yet."}),f&&f.length>0&&s.jsx("ul",{className:"passkeys",children:f.map(D=>s.jsxs("li",{children:[s.jsx("strong",{children:D.name})," · added ",ln(D.createdAt)," · last used ",ln(D.lastUsedAt)," ",s.jsx("button",{type:"button",onClick:()=>{g(D)()},disabled:O.busy,"aria-label":`Remove the passkey ${D.name}`,children:"Remove"})]},D.id))}),s.jsxs("section",{"aria-labelledby":"add-passkey",children:[s.jsx("h2",{id:"add-passkey",children:"Add a passkey"}),s.jsxs("form",{onSubmit:z,noValidate:!0,children:[s.jsx(I,{label:"Name (e.g. “Laptop”)",...R.bind("name"),error:x.problem?.fields.name}),s.jsx(_e,{problem:x.problem,shown:["name"]}),s.jsx(Je,{busy:x.busy,children:"Add a passkey"})]})]})]})}const kd={"/login":()=>s.jsx(Ih,{}),"/register":()=>s.jsx(ev,{}),"/verify":()=>s.jsx(tv,{}),"/forgot":()=>s.jsx(lv,{})},ni={"/":f=>s.jsx(sv,{user:f},f.id),"/sessions":()=>s.jsx(fv,{}),"/activity":()=>s.jsx(dv,{}),"/two-factor":f=>s.jsx(hv,{user:f}),"/passkeys":()=>s.jsx(vv,{})};function pv({user:f}){const{setUser:b}=jt(),[p,o]=V.useState(null),R=async()=>{o(null);try{await se(zh)}catch(x){if(!(x instanceof Ml&&x.code==="UNAUTHENTICATED")){const O=qs(x);o({...O,message:`You are still logged in: ${O.message}`});return}}b(null),cl("/login")};return s.jsxs("header",{children:[s.jsx("nav",{"aria-label":"Account",children:s.jsx("ul",{children:f?s.jsxs(s.Fragment,{children:[s.jsx("li",{children:s.jsx(Ze,{to:"/",children:"Profile"})}),s.jsx("li",{children:s.jsx(Ze,{to:"/sessions",children:"Sessions"})}),s.jsx("li",{children:s.jsx(Ze,{to:"/activity",children:"Activity"})}),s.jsx("li",{children:s.jsx(Ze,{to:"/two-factor",children:"Two-factor"})}),s.jsx("li",{children:s.jsx(Ze,{to:"/passkeys",children:"Passkeys"})}),s.jsx("li",{children:s.jsx("button",{type:"button",className:"link",onClick:()=>{R()},children:"Log out"})})]}):s.jsxs(s.Fragment,{children:[s.jsx("li",{children:s.jsx(Ze,{to:"/login",children:"Log in"})}),s.jsx("li",{children:s.jsx(Ze,{to:"/register",children:"Create an account"})})]})})}),f&&s.jsx(_e,{problem:p})]})}function Sv(){const{path:f,query:b}=em(),{user:p,loading:o}=jt(),R=V.useRef(null),x=V.useRef(!0);V.useEffect(()=>{if(x.current){x.current=!1;return}R.current?.focus()},[f]),V.useEffect(()=>{o||(!p&&ni[f]?cl(f==="/"?"/login":`/login?next=${encodeURIComponent(f)}`,!0):p&&(f==="/login"||f==="/register")&&cl(Pd(),!0))},[p,o,f]);let O;return o?O=s.jsx("p",{children:"Loading…"}):kd[f]?O=kd[f]():p&&ni[f]?O=ni[f](p):ni[f]?O=s.jsx("p",{children:"Loading…"}):O=s.jsxs("main",{children:[s.jsx("h1",{children:"Not found"}),s.jsx("p",{children:s.jsx(Ze,{to:"/",children:"Go to your account"})})]}),s.jsxs(s.Fragment,{children:[s.jsx("a",{className:"skip",href:"#content",children:"Skip to the content"}),s.jsx(pv,{user:p}),s.jsxs("div",{id:"content",ref:R,tabIndex:-1,children:[b.get("deleted")&&f==="/login"&&s.jsx(vt,{children:"Your account was deleted."}),b.get("loggedOut")&&f==="/login"&&s.jsx(vt,{children:"You were logged out everywhere."}),O]})]})}Gg.createRoot(document.getElementById("root")).render(s.jsx(V.StrictMode,{children:s.jsx($h,{children:s.jsx(Sv,{})})}));
