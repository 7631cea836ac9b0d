/* Huis zonder muren: progressive enhancement only. Without this script every page is complete;
   with it, dates that passed since the build disappear and the lists can be filtered. */
(function () {
  "use strict";

  /* Material's script fetches a sitemap.xml next to every <link rel="alternate"> when the page
     loads: four full sitemaps on a language root, 404s elsewhere, on every page view. The hreflang
     links are for search engines, so they leave the DOM until Material has looked (its
     DOMContentLoaded listener was registered before this script ran) and then come back. */
  var alternates = Array.prototype.slice.call(document.querySelectorAll('link[rel="alternate"][hreflang]'));
  if (document.readyState === "loading") {
    alternates.forEach(function (link) { link.parentNode.removeChild(link); });
    document.addEventListener("DOMContentLoaded", function () {
      alternates.forEach(function (link) { document.head.appendChild(link); });
    });
  }

  function visibleItems(list) {
    return Array.prototype.filter.call(list.children, function (li) { return !li.hidden; });
  }

  function hideEmptyContainers() {
    document.querySelectorAll(".zm-day, .zm-group").forEach(function (section) {
      var items = section.querySelectorAll("[data-filterable] > li");
      var shown = Array.prototype.some.call(items, function (li) { return !li.hidden; });
      section.hidden = items.length > 0 && !shown;
    });
  }

  /* A site built days ago must not show yesterday as upcoming. */
  function hidePast(now) {
    document.querySelectorAll(".zm-events > li[data-end]").forEach(function (li) {
      if (new Date(li.getAttribute("data-end")) < now) {
        li.hidden = true;
        li.setAttribute("data-past", "");
      }
    });
    document.querySelectorAll(".zm-past-note[data-last-end]").forEach(function (note) {
      if (new Date(note.getAttribute("data-last-end")) < now) { note.hidden = false; }
    });
  }

  function matches(li, form) {
    var data = new FormData(form);
    var ok = true;
    data.forEach(function (value, name) {
      if (!value || !ok) { return; }
      var have = (li.getAttribute("data-" + name) || "").split(" ");
      if (have.indexOf(value) === -1) { ok = false; }
    });
    return ok;
  }

  function apply(form) {
    var scope = form.parentElement;
    var total = 0;
    scope.querySelectorAll("[data-filterable] > li").forEach(function (li) {
      var show = !li.hasAttribute("data-past") && matches(li, form);
      li.hidden = !show;
      if (show) { total += 1; }
    });
    hideEmptyContainers();
    var count = form.querySelector(".zm-filters__count");
    if (count) {
      count.textContent = total ? count.getAttribute("data-template").replace("{aantal}", total)
                                : count.getAttribute("data-empty");
    }
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) { if (value) { params.set(name, value); } });
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  function setUp(form) {
    var params = new URLSearchParams(location.search);
    params.forEach(function (value, name) {
      var field = form.elements[name];
      if (!field) { return; }
      if (field.type === "checkbox") { field.checked = field.value === value; } else { field.value = value; }
    });
    form.hidden = false;
    var box = form.querySelector("details");
    if (box && (params.toString() || window.matchMedia("(min-width: 60em)").matches)) { box.open = true; }
    form.addEventListener("change", function () { apply(form); });
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(form); });
    form.addEventListener("reset", function () { setTimeout(function () { apply(form); }, 0); });
    apply(form);
  }

  /* A folded feed (agenda page) that an address points to, "agenda/#gemeente-x", opens. */
  function openTarget() {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.tagName === "DETAILS") { target.open = true; }
  }

  /* A site whose nightly build stopped says so itself: the build's day is in the page
     (data-built), the reader's clock decides. More than two days ago: the notice shows. Days are
     counted on the calendar, so a change to or from summer time changes nothing. */
  function staleNotice(now) {
    var today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    document.querySelectorAll(".zm-stale[data-built]").forEach(function (note) {
      var parts = note.getAttribute("data-built").split("-");
      var built = new Date(+parts[0], +parts[1] - 1, +parts[2]);
      if (Math.round((today - built) / 86400000) > 2) { note.hidden = false; }
    });
  }

  function start() {
    staleNotice(new Date());
    openTarget();
    window.addEventListener("hashchange", openTarget);
    hidePast(new Date());
    document.querySelectorAll("form.zm-filters").forEach(setUp);
    hideEmptyContainers();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
