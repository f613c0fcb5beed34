/*
 * Draws a Chart.js chart from the table next to it, so the table stays the single source of the
 * figures (and their accessible alternative). Markup:
 *   <div class="wv-chart" data-chart-from="table-id" data-chart-type="bar|line"
 *        [data-chart-stacked] [data-chart-horizontal] [data-chart-min="1"] [data-chart-max="10"]></div>
 * The table's header row names the series (first cell skipped, and any marked data-chart-skip),
 * each body row is one label (its <th>) with one value per series (a cell's data-value, else its
 * number; empty = no value).
 */
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  var palette = ['#b33c06', '#1f6f8b', '#6c757d', '#2e7d32', '#7b1fa2', '#c99a06', '#37474f', '#ad1457'];

  function number(cell) {
    var raw = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent;
    raw = (raw || '').trim().replace(',', '.');
    if (raw === '') {
      return null;
    }
    var value = parseFloat(raw);
    return isNaN(value) ? null : value;
  }

  function read(table) {
    // value columns: every header after the first, unless marked data-chart-skip
    var columns = [];
    Array.prototype.slice.call(table.querySelectorAll('thead th')).slice(1).forEach(function (th, i) {
      if (!th.hasAttribute('data-chart-skip')) {
        columns.push({index: i, name: th.textContent.trim()});
      }
    });
    var labels = [];
    var series = columns.map(function () { return []; });
    Array.prototype.forEach.call(table.querySelectorAll('tbody tr'), function (row) {
      var head = row.querySelector('th');
      var cells = row.querySelectorAll('td');
      if (!head) {
        return;
      }
      labels.push(head.textContent.trim());
      columns.forEach(function (column, i) {
        series[i].push(cells[column.index] ? number(cells[column.index]) : null);
      });
    });
    return {headers: columns.map(function (c) { return c.name; }), labels: labels, series: series};
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-chart-from]'), function (holder) {
    var table = document.getElementById(holder.getAttribute('data-chart-from'));
    if (!table) {
      return;
    }
    var data = read(table);
    var type = holder.getAttribute('data-chart-type') || 'bar';
    var stacked = holder.hasAttribute('data-chart-stacked');
    var horizontal = holder.hasAttribute('data-chart-horizontal');
    var canvas = document.createElement('canvas');
    var caption = table.querySelector('caption');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', caption ? caption.textContent.trim() : '');
    holder.appendChild(canvas);
    var valueAxis = {beginAtZero: !holder.hasAttribute('data-chart-min'), stacked: stacked, ticks: {precision: 0}};
    if (holder.hasAttribute('data-chart-min')) {
      valueAxis.min = parseFloat(holder.getAttribute('data-chart-min'));
    }
    if (holder.hasAttribute('data-chart-max')) {
      valueAxis.max = parseFloat(holder.getAttribute('data-chart-max'));
    }
    var labelAxis = {stacked: stacked, ticks: {autoSkip: true, maxRotation: 0}};
    new Chart(canvas, {
      type: type,
      data: {
        labels: data.labels,
        datasets: data.series.map(function (values, i) {
          return {
            label: data.headers[i], data: values, backgroundColor: palette[i % palette.length],
            borderColor: palette[i % palette.length], spanGaps: true, pointRadius: 3, tension: 0
          };
        })
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false, indexAxis: horizontal ? 'y' : 'x',
        plugins: {legend: {display: data.series.length > 1, position: 'bottom', labels: {boxWidth: 12}}},
        scales: horizontal ? {x: valueAxis, y: labelAxis} : {x: labelAxis, y: valueAxis}
      }
    });
  });
})();
