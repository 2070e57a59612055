// Overview charts: nightly launched vs neutralised per weapon class, rolling mean,
// record nights and diplomacy markers on the same date axis. Data is embedded by the page.
(function () {
  "use strict";
  var node = document.getElementById("overview-data");
  if (!node || typeof Chart === "undefined") { return; }
  var data = JSON.parse(node.textContent);
  var axis = data.axis;
  window.skytallyCharts = {};

  function markers(values, dates) {
    var wanted = {};
    dates.forEach(function (d) { wanted[d.date] = d; });
    return axis.map(function (day, i) { return wanted[day] ? (values ? values[i] : 0) : null; });
  }

  function diplomacyPoints() {
    var byDate = {};
    data.diplomacy.forEach(function (d) { byDate[d.date] = d; });
    return axis.map(function (day) { return byDate[day] ? 0 : null; });
  }

  function draw(weapon, s) {
    var canvas = document.getElementById("chart-" + weapon);
    if (!canvas) { return; }
    var datasets = [
      // no spanGaps: a line never bridges nights without figures
      { label: "launched", data: s.launched, borderColor: "#c0392b", backgroundColor: "#c0392b",
        pointRadius: 2, borderWidth: 1.5, order: 3 },
      { label: "neutralised", data: s.neutralized, borderColor: "#2471a3", backgroundColor: "#2471a3",
        pointRadius: 2, borderWidth: 1.5, order: 2 },
      { label: "launched, 7-night mean", data: s.launched_mean, borderColor: "#7d3c98", borderDash: [6, 4],
        pointRadius: 1, borderWidth: 1.5, order: 1 },
      { label: "record nights", data: markers(s.launched, s.records), showLine: false, pointStyle: "star",
        pointRadius: 9, borderColor: "#d68910", backgroundColor: "#f5b041", order: 0 },
      { label: "diplomacy", data: diplomacyPoints(), showLine: false, pointStyle: "triangle",
        pointRadius: 7, borderColor: "#117a65", backgroundColor: "#48c9b0", order: 0 }
    ];
    window.skytallyCharts[weapon] = new Chart(canvas, {
      type: "line",
      data: { labels: axis, datasets: datasets },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        scales: { y: { beginAtZero: true, title: { display: true, text: s.name } },
                  x: { ticks: { maxTicksLimit: 12 } } },
        plugins: { tooltip: { callbacks: { afterBody: function (items) {
          var day = axis[items[0].dataIndex];
          return data.diplomacy.filter(function (d) { return d.date === day; })
            .map(function (d) { return "◆ " + d.kind + ": " + (d.summary || ""); });
        } } } }
      }
    });
  }

  Object.keys(data.series).forEach(function (w) { draw(w, data.series[w]); });
})();
