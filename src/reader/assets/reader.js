// Progressive enhancement for the reader's document page: claim filters, and list entries that scroll to
// and flash their place in the text. Without this script every highlight shows and the list entries are
// plain #claim-… links. Loaded as an external file: the Content-Security-Policy forbids inline script.
(function () {
  'use strict';

  var page = document.querySelector('[data-reader-document]');
  if (!page) return;

  var marks = Array.prototype.slice.call(page.querySelectorAll('mark.claim'));
  var entries = Array.prototype.slice.call(page.querySelectorAll('li[data-claim-id]'));
  var groups = Array.prototype.slice.call(page.querySelectorAll('li.claim-group'));
  var emptyNotes = Array.prototype.slice.call(page.querySelectorAll('[data-empty-note]'));
  var form = document.getElementById('filters');
  var speakerSelect = document.getElementById('filter-speaker');
  var status = document.getElementById('filter-status');
  var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  function currentFilter() {
    var checked = form.querySelector('input[name="show"]:checked');
    return { mode: checked ? checked.value : 'all', speaker: speakerSelect ? speakerSelect.value : '' };
  }

  function matches(element, filter) {
    switch (filter.mode) {
      case 'attributed':
        return element.getAttribute('data-kind') === 'attributed';
      case 'editorial':
        return element.getAttribute('data-kind') === 'editorial';
      case 'unnamed':
        return element.getAttribute('data-unnamed') === 'true';
      case 'speaker':
        return (
          element.getAttribute('data-kind') === 'attributed' &&
          element.getAttribute('data-speaker') === filter.speaker
        );
      default:
        return true;
    }
  }

  function apply() {
    var filter = currentFilter();
    var shown = 0;
    marks.forEach(function (mark) {
      mark.classList.toggle('is-filtered-out', !matches(mark, filter));
    });
    entries.forEach(function (entry) {
      var match = matches(entry, filter);
      entry.hidden = !match;
      if (match) shown += 1;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('li[data-claim-id]:not([hidden])');
    });
    emptyNotes.forEach(function (note) {
      var list = document.getElementById(note.getAttribute('data-empty-note'));
      note.hidden = !list || !!list.querySelector('li[data-claim-id]:not([hidden])');
    });
    if (status) status.textContent = 'Showing ' + shown + ' of ' + entries.length + ' claims.';
  }

  function flash(id) {
    var mark = document.getElementById(id);
    if (!mark) return;
    mark.scrollIntoView({ behavior: reducedMotion ? 'auto' : 'smooth', block: 'center' });
    mark.focus({ preventScroll: true });
    mark.classList.remove('is-flashing');
    // Reading layout restarts the animation when the same entry is chosen twice.
    void mark.offsetWidth;
    mark.classList.add('is-flashing');
  }

  if (form) {
    form.hidden = false;
    form.addEventListener('change', function (event) {
      if (event.target === speakerSelect) {
        var speakerChoice = form.querySelector('input[name="show"][value="speaker"]');
        if (speakerChoice) speakerChoice.checked = true;
      }
      apply();
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
    });
    apply();
  }

  page.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#claim-"]');
    if (!link) return;
    event.preventDefault();
    var id = link.getAttribute('href').slice(1);
    if (window.history && window.history.pushState) window.history.pushState(null, '', '#' + id);
    flash(id);
  });

  page.addEventListener('animationend', function (event) {
    if (event.target.classList) event.target.classList.remove('is-flashing');
  });

  if (/^#claim-[0-9a-f-]+$/.test(window.location.hash)) flash(window.location.hash.slice(1));
})();
