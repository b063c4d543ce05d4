// digest: progressive enhancement only; every page works without this script.
(function () {
  "use strict";
  var touch = window.matchMedia("(hover: none)");
  var KEY = "digest.showSources";

  function closest(node, selector) { return node && node.closest ? node.closest(selector) : null; }

  // -- Footnotes: one focus stop per sentence; arrow keys move between its outlets. --------
  function setUp(root) {
    root.querySelectorAll(".fns").forEach(function (group) {
      group.querySelectorAll("a.fn").forEach(function (link, i) { link.tabIndex = i === 0 ? 0 : -1; });
    });
    var box = document.getElementById("show-sources");
    if (box) {
      var on = false;
      try { on = window.localStorage.getItem(KEY) === "1"; } catch (e) { /* storage refused: default off */ }
      box.checked = on;
      showSources(on);
    }
    searchPage();
  }

  function showSources(on) { document.documentElement.classList.toggle("show-sources", on); }

  function current(link) {
    var group = closest(link, ".fns");
    var id = link.getAttribute("href").slice("#source-".length);
    group.querySelectorAll(".note").forEach(function (note) {
      note.classList.toggle("current", note.getAttribute("data-source") === id);
    });
  }

  function move(link, step) {
    var links = Array.prototype.slice.call(closest(link, ".fns").querySelectorAll("a.fn"));
    var at = links.indexOf(link);
    var next = step === "first" ? links[0] : step === "last" ? links[links.length - 1] : links[(at + step + links.length) % links.length];
    links.forEach(function (l) { l.tabIndex = l === next ? 0 : -1; });
    next.focus();
  }

  function closeAll(except) {
    document.querySelectorAll(".fns.open").forEach(function (g) { if (g !== except) g.classList.remove("open"); });
  }

  document.addEventListener("keydown", function (event) {
    var link = closest(event.target, "a.fn");
    if (link) {
      var steps = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: "first", End: "last"};
      if (event.key in steps) { event.preventDefault(); move(link, steps[event.key]); return; }
    }
    if (event.key === "Escape") {
      closeAll(null);
      document.querySelectorAll(".fns").forEach(function (g) {
        if (g.matches(":hover") || g.matches(":focus-within")) g.classList.add("hush");
      });
    }
  });
  document.addEventListener("focusin", function (event) {
    document.querySelectorAll(".fns.hush").forEach(function (g) { g.classList.remove("hush"); });
    if (closest(event.target, "a.fn")) current(event.target);
  });
  document.addEventListener("mouseover", function (event) {
    var group = closest(event.target, ".fns");
    if (group && !group.contains(event.relatedTarget)) group.classList.remove("hush");
    var link = closest(event.target, "a.fn");
    if (link) current(link);
  });

  // Follow a footnote to the source list and remember the sentence, so "Back" returns to it.
  function remember(link) {
    var group = closest(link, ".fns");
    var item = document.getElementById(link.getAttribute("href").slice(1));
    var back = item && item.querySelector("a.back");
    if (group && back) back.setAttribute("href", "#" + group.getAttribute("data-sentence"));
  }

  document.addEventListener("click", function (event) {
    var group = closest(event.target, ".fns");
    if (!group) { closeAll(null); }
    var link = closest(event.target, "a.fn, a.note-who");
    if (group && touch.matches && !closest(event.target, "a.note-who")) {
      // A tap shows the outlets' own words; the outlet names in the note lead on to the source list.
      event.preventDefault();
      var open = group.classList.contains("open");
      closeAll(group);
      group.classList.toggle("open", !open);
      return;
    }
    if (link) remember(link);
    var back = closest(event.target, "a.back, .callout .back a, a.differs");
    if (back) {
      var target = document.getElementById(back.getAttribute("href").slice(1));
      if (target) window.setTimeout(function () { target.focus({preventScroll: true}); }, 0);
    }
  });

  document.addEventListener("change", function (event) {
    if (event.target.id !== "show-sources") return;
    showSources(event.target.checked);
    try { window.localStorage.setItem(KEY, event.target.checked ? "1" : "0"); } catch (e) { /* not remembered */ }
  });

  // -- Search page: Pagefind, loaded from this site (works offline and under a sub-path). ---
  function searchPage() {
    var list = document.getElementById("search-results");
    if (!list || list.getAttribute("data-done")) return;
    list.setAttribute("data-done", "1");
    var query = new URLSearchParams(window.location.search).get("q") || "";
    var box = document.getElementById("search-page-box");
    if (box) box.value = query;
    if (!query.trim()) return;
    var status = document.getElementById("search-status");
    var base = document.body.getAttribute("data-base") || "/";
    status.textContent = "Searching…";
    import(base + "pagefind/pagefind.js").then(function (pagefind) {
      return pagefind.options({baseUrl: base}).then(function () {
        // A large archive is indexed in parts: merge the others into this one, then search them all.
        return fetch(base + "pagefind/parts.json").then(function (response) { return response.ok ? response.json() : []; });
      }).then(function (parts) {
        return Promise.all(parts.map(function (part) { return pagefind.mergeIndex(base + "pagefind/" + part, {baseUrl: base}); }));
      }).then(function () { return pagefind.search(query); });
    }).then(function (search) {
      return Promise.all(search.results.slice(0, 30).map(function (r) { return r.data(); }));
    }).then(function (results) {
      list.textContent = "";
      results.forEach(function (data) { list.appendChild(result(data)); });
      status.textContent = results.length ? results.length + " stor" + (results.length === 1 ? "y" : "ies") + " found for “" + query + "”."
        : "No story found for “" + query + "”.";
    }).catch(function () {
      status.textContent = "Search is not available: this site has no search index yet (no stories, or built with --no-search).";
    });
  }

  function result(data) {
    var item = document.createElement("li");
    var heading = document.createElement("h2");
    var link = document.createElement("a");
    link.href = data.url;
    link.textContent = (data.meta && data.meta.title) || data.url;
    heading.appendChild(link);
    item.appendChild(heading);
    if (data.meta && data.meta.date) {
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = data.meta.date;
      item.appendChild(meta);
    }
    var excerpt = document.createElement("p");
    excerpt.className = "excerpt";
    appendExcerpt(excerpt, data.excerpt || "");
    item.appendChild(excerpt);
    return item;
  }

  // The excerpt is text with <mark> around the hits: keep exactly that, nothing else.
  function appendExcerpt(into, html) {
    var doc = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
    (function walk(node, out) {
      node.childNodes.forEach(function (child) {
        if (child.nodeType === 3) out.appendChild(document.createTextNode(child.nodeValue));
        else if (child.nodeType === 1 && child.tagName === "MARK") { var m = document.createElement("mark"); walk(child, m); out.appendChild(m); }
        else if (child.nodeType === 1) walk(child, out);
      });
    })(doc.body.firstChild, into);
  }

  setUp(document);
  // The dev server swaps a rebuilt page in without a reload: set the new page up too.
  document.addEventListener("digest:refreshed", function () { setUp(document); });
})();
