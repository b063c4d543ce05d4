// digest: progressive enhancement only; every page works without this script.
(function () {
  "use strict";
  // Footnote links carry each source's own wording in their title; show it on focus too.
  document.querySelectorAll("sup.fn a[title]").forEach(function (link) {
    link.setAttribute("aria-label", link.getAttribute("title"));
  });
})();
