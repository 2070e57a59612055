// Places: a ranked horizontal bar chart of attack nights per place.
(function () {
  "use strict";
  var node = document.getElementById("places-data");
  var canvas = document.getElementById("places-chart");
  if (!node || !canvas || typeof Chart === "undefined") { return; }
  var rows = JSON.parse(node.textContent).slice(0, 20);
  canvas.parentNode.style.height = Math.max(120, 26 * rows.length + 40) + "px";
  window.skytallyCharts = { places: new Chart(canvas, {
    type: "bar",
    data: { labels: rows.map(function (r) { return r.place; }),
            datasets: [{ label: "nights", data: rows.map(function (r) { return r.nights; }),
                         backgroundColor: "#c0392b" }] },
    options: { indexAxis: "y", animation: false, responsive: true, maintainAspectRatio: false,
               onClick: function (_, els) {
                 if (els.length) { window.location.href = "/place?name=" + encodeURIComponent(rows[els[0].index].place); }
               } }
  }) };
})();
