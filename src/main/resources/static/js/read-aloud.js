// Mijn Waakvlam: a "lees voor" button on each section, with the browser's own speech synthesis in the
// page's language. Added by this script, so a browser without speech (or without scripts) shows none.
(function () {
  'use strict';
  if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') {
    return;
  }
  var main = document.querySelector('main[data-wv-read-label]');
  if (!main) {
    return;
  }
  var language = document.documentElement.lang === 'en' ? 'en-GB' : 'nl-NL';
  main.querySelectorAll('section, article').forEach(function (part) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-sm btn-outline-secondary wv-tap wv-read-aloud mb-2';
    button.textContent = main.getAttribute('data-wv-read-label');
    button.addEventListener('click', function () {
      window.speechSynthesis.cancel();
      var text = Array.prototype.filter.call(part.childNodes, function (node) {
        return node !== button;
      }).map(function (node) {
        return node.textContent;
      }).join(' ');
      var utterance = new SpeechSynthesisUtterance(text.replace(/\s+/g, ' ').trim());
      utterance.lang = language;
      window.speechSynthesis.speak(utterance);
    });
    var heading = part.querySelector('h1, h2, h3');
    if (heading && heading.parentNode === part) {
      heading.insertAdjacentElement('afterend', button);
    } else {
      part.insertBefore(button, part.firstChild);
    }
  });
}());
