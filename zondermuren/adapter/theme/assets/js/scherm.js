/* The info screen (site.screens): one language at a time, what is over dropped by this screen's
   own clock, what does not fit hidden, and a reload only after the probe answered, so a screen
   that lost the network keeps showing what it has. No library, no storage, no other host. */
(function () {
  "use strict";
  var slides = document.querySelector(".zm-scherm__slides");
  if (!slides) return;
  var all = Array.prototype.slice.call(slides.querySelectorAll(".zm-scherm__slide"));
  var button = document.querySelector(".zm-scherm__pause");
  var clock = document.querySelector(".zm-scherm__clock");
  var cycle = (Number(slides.dataset.cycleSeconds) || 15) * 1000;
  var reload = (Number(slides.dataset.reloadMinutes) || 15) * 60000;
  var current = 0;
  var paused = false;

  function show(index) {
    current = index;
    all.forEach(function (slide, i) {
      slide.classList.toggle("is-current", i === index);
      if (i === index) slide.removeAttribute("aria-hidden");
      else slide.setAttribute("aria-hidden", "true");
    });
  }

  // Dates whose end has passed go; a day without dates left goes; then whatever no longer fits.
  function tidy() {
    var now = Date.now();
    all.forEach(function (slide) {
      var list = slide.querySelector(".zm-scherm__list");
      var items = slide.querySelectorAll(".zm-scherm__item");
      items.forEach(function (item) {
        item.hidden = Date.parse(item.dataset.end) <= now;
        item.classList.remove("is-cut");
      });
      var left = 0;
      slide.querySelectorAll(".zm-scherm__day").forEach(function (day) {
        var shown = day.querySelectorAll(".zm-scherm__item:not([hidden])").length;
        day.hidden = shown === 0;
        day.classList.remove("is-cut");
        left += shown;
      });
      slide.querySelector(".zm-scherm__empty").hidden = left > 0;
      if (!list || !list.clientHeight) return;
      var room = list.getBoundingClientRect().bottom;
      var cut = false;
      slide.querySelectorAll(".zm-scherm__day:not([hidden])").forEach(function (day) {
        var kept = 0;
        day.querySelectorAll(".zm-scherm__item:not([hidden])").forEach(function (item) {
          if (cut || item.getBoundingClientRect().bottom > room + 1) {
            cut = true;
            item.classList.add("is-cut");
          } else kept += 1;
        });
        if (kept === 0) day.classList.add("is-cut");
      });
    });
  }

  function tick() {
    if (clock) {
      clock.textContent = new Date().toLocaleTimeString(document.documentElement.lang, {
        hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/Brussels"
      });
      clock.hidden = false;
    }
    tidy();
  }

  // Reload only when the probe answers: offline, the page stays as it is.
  function probe() {
    fetch(slides.dataset.probe, {cache: "no-store"}).then(function (answer) {
      if (answer.ok) location.reload();
    }, function () {});
  }

  document.documentElement.classList.add("zm-scherm-js");
  show(0);
  tick();
  setInterval(tick, 60000);
  setInterval(probe, reload);
  addEventListener("resize", tidy);
  if (all.length > 1) {
    setInterval(function () {
      if (!paused) show((current + 1) % all.length);
    }, cycle);
  } else if (button) {
    button.hidden = true;  // one language: nothing moves, nothing to pause
  }
  if (button) {
    button.addEventListener("click", function () {
      paused = !paused;
      button.textContent = paused ? button.dataset.play : button.dataset.pause;
    });
  }
})();
