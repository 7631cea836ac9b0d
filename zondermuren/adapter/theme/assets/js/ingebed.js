/* A listing in an iframe (site.screens): tell the parent page how tall this page is, so that it can
   set the iframe's height (the snippet on /voor-gemeenten/ listens and checks our origin). Only a
   number leaves the page. Our own few lines: iframe-resizer is GPL. No cookie, no storage. */
(function () {
  "use strict";
  if (window.parent === window) return;
  var last = 0;
  function tell() {
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({type: "zondermuren-hoogte", height: height}, "*");
  }
  addEventListener("load", tell);
  addEventListener("resize", tell);
  if (window.ResizeObserver) new ResizeObserver(tell).observe(document.body);
})();
