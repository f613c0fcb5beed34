/*
 * What every page does in the browser, for the width it is shown at. Without script everything still
 * works: tables then scroll sideways and folded filters open with a tap.
 *
 * Folded filters (details.wv-more-filters) stay folded on a phone, where they would push the list
 * below the first screen, and open by themselves on a wide screen.
 *
 * Wide tables on a narrow screen. A table that does not fit its container becomes stacked rows:
 * every row a block, every cell on a line of its own after its column's heading. Otherwise it would
 * scroll sideways with its last columns (often the actions) out of sight. Tables that fit stay
 * tables; the check runs again when the window changes size or a folded part opens.
 */
(function () {
  'use strict';

  function label(table) {
    if (table.dataset.labelled) {
      return;
    }
    var heads = [];
    table.querySelectorAll('thead tr:last-child > th, thead tr:last-child > td').forEach(function (th) {
      for (var i = 0; i < (th.colSpan || 1); i++) {
        heads.push(th.textContent.replace(/\s+/g, ' ').trim());
      }
    });
    table.querySelectorAll('tbody > tr, tfoot > tr').forEach(function (row) {
      var column = 0;
      Array.prototype.forEach.call(row.children, function (cell) {
        if (heads[column] && !cell.hasAttribute('data-label')) {
          cell.setAttribute('data-label', heads[column]);
        }
        column += cell.colSpan || 1;
      });
    });
    table.dataset.labelled = 'true';
  }

  function fit() {
    document.querySelectorAll('main table').forEach(function (table) {
      table.classList.remove('wv-stacked');
      if (!table.tHead || table.offsetWidth === 0) {
        return;
      }
      if (table.offsetWidth > table.parentElement.clientWidth + 1) {
        label(table);
        table.classList.add('wv-stacked');
      }
    });
  }

  if (window.matchMedia('(min-width: 768px)').matches) {
    document.querySelectorAll('details.wv-more-filters').forEach(function (details) {
      details.open = true;
    });
  }
  fit();
  var timer;
  window.addEventListener('resize', function () {
    clearTimeout(timer);
    timer = setTimeout(fit, 100);
  });
  document.addEventListener('toggle', fit, true);
})();
