// Places: a ranked horizontal bar chart of attack nights per place.
(function () {
  "use strict";
  var node = document.getElementById("places-data");
  var canvas = document.getElementById("places-chart");
  if (!node || !canvas || typeof Chart === "undefined") { return; }
  var all = JSON.parse(node.textContent);
  var rows = all.slice(0, 20);
  canvas.parentNode.style.height = Math.max(120, 26 * rows.length + 40) + "px";
  function open(place) { window.location.href = "/place?name=" + encodeURIComponent(place); }
  var located = all.filter(function (r) { return r.lat !== null && r.lon !== null; });
  var most = Math.max.apply(null, located.map(function (r) { return r.nights; }).concat([1]));
  var mapCanvas = document.getElementById("places-map");
  var map = mapCanvas && new Chart(mapCanvas, {
    type: "bubble",
    data: { datasets: [{ label: "nights", backgroundColor: "rgba(192,57,43,0.45)", borderColor: "#922b21",
      data: located.map(function (r) {
        return { x: r.lon, y: r.lat, r: 4 + 16 * Math.sqrt(r.nights / most), place: r.place, nights: r.nights };
      }) }] },
    options: { animation: false, responsive: true, maintainAspectRatio: false,
      scales: { x: { title: { display: true, text: "longitude °E" } },
                y: { title: { display: true, text: "latitude °N" } } },
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: function (c) {
        return c.raw.place + ": " + c.raw.nights + " night(s)"; } } } },
      onClick: function (_, els) { if (els.length) { open(located[els[0].index].place); } } }
  });
  window.skytallyCharts = { map: map, places: new Chart(canvas, {
    type: "bar",
    data: { labels: rows.map(function (r) { return r.place; }),
            datasets: [{ label: "nights", data: rows.map(function (r) { return r.nights; }),
                         backgroundColor: "#c0392b" }] },
    options: { indexAxis: "y", animation: false, responsive: true, maintainAspectRatio: false,
               onClick: function (_, els) { if (els.length) { open(rows[els[0].index].place); } } }
  }) };
})();
