// Small helpers every page shares: the JSON twin link and pager links keep the filters.
(function () {
  "use strict";
  var here = new URL(window.location.href);
  var twin = document.getElementById("json-twin");
  if (twin) {
    var u = new URL(here);
    u.pathname = u.pathname === "/" ? "/index.json" : u.pathname.replace(/\/$/, "") + ".json";
    twin.href = u.pathname + u.search;
  }
  document.querySelectorAll(".pager a[data-offset]").forEach(function (a) {
    var u = new URL(here);
    u.searchParams.set("offset", a.dataset.offset);
    a.href = u.pathname + u.search;
  });
  // Clicking a figure's evidence link flashes the highlighted sentence in the source text.
  document.querySelectorAll("a.evidence-link").forEach(function (a) {
    a.addEventListener("click", function () {
      var anchor = document.getElementById(a.getAttribute("href").slice(1));
      var target = anchor && anchor.nextElementSibling;
      if (target && target.tagName === "MARK") {
        target.classList.add("focus");
        setTimeout(function () { target.classList.remove("focus"); }, 1600);
      }
    });
  });
})();
