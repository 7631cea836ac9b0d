/* Huis zonder muren: the search (Pagefind), loaded at a visitor's first keystroke in a search field
   (the starter in partials/search.html). Every element marked data-zm-search (the header's dialog,
   the home page's field) gets its own results; the filters are chips (toggle buttons: Tab, Enter,
   Space), one group per filter the index has: municipality, age, kind of offer. Pagefind's files
   of the page's language come from the site itself (no other host); results are built as text,
   and an excerpt keeps only Pagefind's <mark>: nothing a partner typed becomes markup. */
(function () {
  "use strict";
  var box = document.getElementById("zm-search");
  if (!box) { return; }
  var texts = JSON.parse(box.getAttribute("data-t"));
  var bundle = new URL(box.getAttribute("data-bundle"), location.href);
  var root = new URL("..", bundle).pathname;  /* the site's root path: pagefind/ sits there */
  var GROUPS = ["gemeente", "leeftijd", "soort"];
  var SHOWN = 10;
  var engine = null;

  function pagefind() {
    if (!engine) {
      engine = import(new URL("pagefind.js", bundle).href).then(function (found) {
        return found.options({ baseUrl: root, excerptLength: 24 }).then(function () {
          found.init();
          return found;
        });
      });
    }
    return engine;
  }

  function element(tag, className, text) {
    var made = document.createElement(tag);
    if (className) { made.className = className; }
    if (text !== undefined) { made.textContent = text; }
    return made;
  }

  /* Pagefind's excerpt is text with <mark> around the words found: only those are kept. */
  function excerpt(html) {
    var holder = document.createElement("template");
    holder.innerHTML = html;
    var out = element("p", "zm-search__excerpt");
    holder.content.childNodes.forEach(function (node) {
      if (node.nodeType === 1 && node.tagName === "MARK") { out.appendChild(element("mark", "", node.textContent)); }
      else { out.appendChild(document.createTextNode(node.textContent)); }
    });
    return out;
  }

  function count(n) {
    if (n === 0) { return texts.none; }
    return n === 1 ? texts.one : texts.other.replace("{aantal}", String(n));
  }

  function widget(area) {
    if (area.zmSearch) { return area.zmSearch; }
    var input = area.querySelector("[data-zm-search-input]");
    var chosen = {};
    var asked = 0;
    /* Folded under "Verfijn": on a phone the chips would push the results off the screen. */
    var filters = element("details", "zm-search__filters");
    filters.hidden = true;
    var status = element("p", "zm-search__status");
    status.setAttribute("role", "status");
    var list = element("ol", "zm-search__results");
    area.appendChild(filters);
    area.appendChild(status);
    area.appendChild(list);
    area.querySelector("form").addEventListener("submit", function (event) { event.preventDefault(); run(); });

    function chips(all) {
      filters.textContent = "";
      filters.appendChild(element("summary", "zm-search__refine", texts.filters));
      GROUPS.forEach(function (group) {
        var values = Object.keys(all[group] || {}).sort(function (a, b) { return a.localeCompare(b, undefined, { numeric: true }); });
        if (!values.length) { return; }
        var set = element("fieldset", "zm-search__group");
        set.appendChild(element("legend", "", texts[group]));
        values.forEach(function (value) {
          var chip = element("button", "zm-search__chip", value);
          chip.type = "button";
          chip.setAttribute("aria-pressed", "false");
          chip.setAttribute("data-filter", group);
          chip.addEventListener("click", function () {
            var on = chip.getAttribute("aria-pressed") !== "true";
            chip.setAttribute("aria-pressed", on ? "true" : "false");
            chosen[group] = (chosen[group] || []).filter(function (v) { return v !== value; });
            if (on) { chosen[group].push(value); }
            if (!chosen[group].length) { delete chosen[group]; }
            run();
          });
          set.appendChild(chip);
        });
        filters.appendChild(set);
      });
      filters.hidden = filters.childNodes.length < 2;
    }

    function show(found, number) {
      if (number !== asked) { return; }
      list.textContent = "";
      status.textContent = count(found.length);
      found.forEach(function (data) {
        var item = element("li", "zm-search__result");
        var link = element("a", "zm-search__link", (data.meta && data.meta.title) || data.url);
        link.href = data.url;
        item.appendChild(link);
        var facts = [data.meta && data.meta.datum, data.meta && data.meta.plaats].filter(Boolean);
        if (facts.length) { item.appendChild(element("p", "zm-search__facts", facts.join(" · "))); }
        item.appendChild(excerpt(data.excerpt || ""));
        list.appendChild(item);
      });
    }

    function run() {
      var number = ++asked;
      var query = input.value.trim();
      if (!query && !Object.keys(chosen).length) { list.textContent = ""; status.textContent = ""; return; }
      status.textContent = texts.loading;
      pagefind().then(function (api) {
        if (filters.hidden && !filters.zmAsked) {
          filters.zmAsked = true;
          api.filters().then(chips);
        }
        /* Chips of one group widen (any of them), groups narrow (all of them). */
        var wanted = {};
        Object.keys(chosen).forEach(function (group) { wanted[group] = { any: chosen[group] }; });
        return api.search(query || null, { filters: wanted }).then(function (search) {
          return Promise.all(search.results.slice(0, SHOWN).map(function (r) { return r.data(); }));
        });
      }).then(function (found) { show(found, number); }, function () {
        if (number === asked) { status.textContent = texts.failed; }
      });
    }

    /* A short pause after the last keystroke: no results fetched for every letter typed. */
    var pause = 0;
    input.addEventListener("input", function () {
      clearTimeout(pause);
      pause = setTimeout(run, 180);
    });
    area.zmSearch = { run: run };
    return area.zmSearch;
  }

  var areas = document.querySelectorAll("[data-zm-search]");
  if (location.protocol === "file:") {
    /* Browsers refuse Pagefind's files from a folder: say so, and show the lists instead. */
    areas.forEach(function (area) {
      var lists = area.querySelector("[data-zm-search-lists]");
      var why = lists && lists.querySelector("[data-zm-search-why]");
      if (why) { why.textContent = texts.offline; }
      if (lists) { lists.hidden = false; lists.classList.add("zm-search__lists--shown"); }
    });
    return;
  }
  areas.forEach(function (area) {
    var made = widget(area);
    if (area.querySelector("[data-zm-search-input]").value.trim()) { made.run(); }
  });
})();
