/* Huis zonder muren: "lees voor" and "deel", for families who read little. Progressive enhancement:
   without this script the read-aloud bar stays hidden and an activity's page still offers its
   WhatsApp link and its address. Nothing here talks to another host: speech is the browser's own
   (speechSynthesis), sharing is the phone's share sheet, the clipboard or a plain link. */
(function () {
  "use strict";

  /* ---- Lees voor -------------------------------------------------------------------------------- */

  /* What is read: the page's main text, without the bar itself, navigation, buttons, forms, scripts,
     the share block, the links to print material and to calendar apps, and whatever is not shown. */
  var SKIP = ".zm-read, .zm-share, nav, button, form, script, style, template, .zm-prints, .zm-print-line, " +
             ".zm-subscribe, .zm-preview, .zm-map, .headerlink, .md-content__button, .md-source-file, [aria-hidden=\"true\"]";
  var BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, address, summary, figcaption, caption, th, td, blockquote, pre";

  function language() {
    return (document.documentElement.getAttribute("lang") || "nl").toLowerCase();
  }

  function sameLanguage(voice, lang) {
    return (voice.lang || "").toLowerCase().replace("_", "-").split("-")[0] === lang.split("-")[0];
  }

  /* A voice for the page's language; one in the device (localService) before one that sends the
     text to a server. None: the button stays hidden. */
  function voiceFor(lang) {
    var voices = window.speechSynthesis.getVoices().filter(function (v) { return sameLanguage(v, lang); });
    var local = voices.filter(function (v) { return v.localService; });
    return local[0] || voices[0] || null;
  }

  /* The text in reading order, one piece per block (a heading, a paragraph, a list item): a
     pause between them, and short utterances, which some browsers cut off when they are long. */
  function pieces(article) {
    var found = [];
    var current = null;
    var walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (node.tagName === "BR" && current) { current.text += " "; }  // the lines of an address
        continue;
      }
      var parent = node.parentElement;
      if (!parent || parent.closest(SKIP) || parent.closest("[hidden]") || !parent.getClientRects().length) { continue; }
      var block = parent.closest(BLOCKS) || article;
      if (!current || current.block !== block) {
        current = {block: block, text: ""};
        found.push(current);
      }
      current.text += node.data;
    }
    return found.map(function (piece) { return piece.text.replace(/\s+/g, " ").trim(); })
                .filter(function (text) { return text; });
  }

  function setUpReading(bar) {
    var article = bar.closest("article") || document.querySelector("article.md-content__inner");
    var play = bar.querySelector(".zm-read__play");
    var stop = bar.querySelector(".zm-read__stop");
    var status = bar.querySelector(".zm-read__status");
    var startLabel = play.textContent;
    var lang = language();
    var state = "idle";  // idle, speaking, paused
    var run = 0;  // each start counts: the end of an utterance of a stopped run changes nothing

    function show(next, said) {
      state = next;
      play.textContent = next === "speaking" ? bar.getAttribute("data-pause")
                       : next === "paused" ? bar.getAttribute("data-resume") : startLabel;
      stop.hidden = next === "idle";
      if (said) { status.textContent = bar.getAttribute("data-" + said); }
    }

    function start() {
      var voice = voiceFor(lang);
      var texts = pieces(article);
      if (!voice || !texts.length) { return; }
      window.speechSynthesis.cancel();
      var mine = ++run;
      texts.forEach(function (text, index) {
        var utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = lang;
        utterance.voice = voice;
        if (index === texts.length - 1) {
          utterance.onend = function () { if (run === mine && state !== "idle") { show("idle", "stopped"); } };
        }
        window.speechSynthesis.speak(utterance);
      });
      show("speaking", "started");
    }

    function halt() {
      run += 1;
      window.speechSynthesis.cancel();
      show("idle", "stopped");
    }

    play.addEventListener("click", function () {
      if (state === "idle") {
        start();
      } else if (state === "speaking") {
        window.speechSynthesis.pause();
        show("paused", "paused");
      } else {
        window.speechSynthesis.resume();
        show("speaking", "started");
      }
    });
    stop.addEventListener("click", function () { halt(); play.focus(); });
    /* Some browsers go on speaking after the page is left. */
    window.addEventListener("pagehide", function () { if (state !== "idle") { run += 1; window.speechSynthesis.cancel(); } });

    /* Voices often arrive after the page (Chrome fills the list later and says so with
       voiceschanged); the bar shows as soon as there is one for the page's language. */
    function offer() {
      bar.hidden = !voiceFor(lang);
      if (bar.hidden && state !== "idle") { halt(); }
    }
    offer();
    window.speechSynthesis.addEventListener("voiceschanged", offer);
  }

  /* ---- Deel ------------------------------------------------------------------------------------- */

  function setUpSharing(box) {
    var data = {title: box.getAttribute("data-title"), text: box.getAttribute("data-text"),
                url: box.getAttribute("data-url")};
    var status = box.querySelector(".zm-share__status");
    var native = box.querySelector(".zm-share__native");
    var copy = box.querySelector(".zm-share__copy");
    if (typeof navigator.share === "function" && (!navigator.canShare || navigator.canShare(data))) {
      /* The phone's share sheet lists WhatsApp, Signal, mail ... itself: one button instead of the links. */
      native.hidden = false;
      box.querySelector(".zm-share__whatsapp").hidden = true;
      box.querySelector(".zm-share__address").hidden = true;
      native.addEventListener("click", function () {
        navigator.share(data).catch(function () { /* closed without sharing: nothing to say */ });
      });
    } else if (navigator.clipboard && typeof navigator.clipboard.writeText === "function") {
      copy.hidden = false;
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(data.url).then(function () {
          status.textContent = box.getAttribute("data-copied");
        }, function () {
          status.textContent = "";  // refused: the address stays on the page to copy by hand
        });
      });
    }
  }

  function start() {
    if ("speechSynthesis" in window && typeof window.SpeechSynthesisUtterance === "function") {
      document.querySelectorAll(".zm-read").forEach(setUpReading);
    }
    document.querySelectorAll(".zm-share").forEach(setUpSharing);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
