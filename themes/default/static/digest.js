// digest: progressive enhancement only; every page works without this script.
(function () {
  "use strict";
  // Tap on a footnote number shows that source's own words first; a second tap follows the link.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("sup.fn > a");
    document.querySelectorAll("sup.fn.open").forEach(function (open) {
      if (!link || open !== link.parentNode) open.classList.remove("open");
    });
    if (!link) return;
    var sup = link.parentNode;
    if (!sup.classList.contains("open") && window.matchMedia("(hover: none)").matches) {
      event.preventDefault();
      sup.classList.add("open");
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") document.querySelectorAll("sup.fn.open").forEach(function (o) { o.classList.remove("open"); });
  });
})();
