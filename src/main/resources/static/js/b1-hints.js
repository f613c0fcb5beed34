/*
 * The plain-language (B1) hints of a report draft, kept up to date while the coach types: after a
 * pause of a second the text goes to the server, which answers with the hints by the same rules as
 * when the page is shown (ReadabilityHints). Nothing is saved. Until the answer comes, the hints
 * shown are dimmed, so that "no long sentences" never stands beside a sentence being written.
 */
(function () {
  'use strict';
  var text = document.getElementById('body');
  var hints = document.getElementById('body-hints');
  var form = text && text.form;
  if (!text || !hints || !form || !window.fetch) {
    return;
  }
  var url = hints.getAttribute('data-hints-url');
  var token = form.querySelector('input[name="_csrf"]');
  var timer;
  var asked = 0;

  function refresh() {
    var mine = ++asked;
    var data = new URLSearchParams();
    data.append('body', text.value);
    if (token) {
      data.append('_csrf', token.value);
    }
    fetch(url, {method: 'POST', body: data, credentials: 'same-origin'})
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html === null || mine !== asked) {
          return;
        }
        var holder = document.createElement('div');
        holder.innerHTML = html;
        var fresh = holder.querySelector('#body-hints');
        if (fresh) {
          hints.innerHTML = fresh.innerHTML;
        }
        hints.classList.remove('wv-stale');
      })
      .catch(function () {
        hints.classList.remove('wv-stale');
      });
  }

  text.addEventListener('input', function () {
    hints.classList.add('wv-stale');
    clearTimeout(timer);
    timer = setTimeout(refresh, 1000);
  });
})();
