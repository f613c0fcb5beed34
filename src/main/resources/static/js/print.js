// A print button for pages with a print style sheet; a script file because the CSP forbids inline handlers.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-wv-print]');
  if (button) {
    event.preventDefault();
    window.print();
  }
});
