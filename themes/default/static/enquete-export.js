// enquete: the export formats of a session's answers, as plain functions of
// the exported record and the form on the page. Loaded before enquete.js,
// which offers them as downloads (CSV, Markdown) and in mailto submissions.
(function () {
  'use strict';

  function $$(sel, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(sel));
  }

  // A question's text as shown, without its number or markers.
  function questionText(q) {
    var label = q.querySelector('.qtext');
    if (!label) return '';
    var clone = label.cloneNode(true);
    $$('.qnum, .required, .untranslated-mark', clone).forEach(function (n) { n.remove(); });
    return clone.textContent.replace(/\s+/g, ' ').trim();
  }
  function csvCell(v) {
    v = Array.isArray(v) ? v.join('; ') : v === undefined || v === null ? '' : String(v);
    return /[",\n\r]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }
  function csv(r, questions) {
    var head = ['study', 'questionnaire', 'hash', 'version', 'language', 'respondent', 'started', 'saved'];
    var row = [r.study, r.questionnaire, r.hash, r.version, r.language, r.respondent, r.started, r.saved];
    questions.forEach(function (q) {
      var id = q.getAttribute('data-question');
      head.push(id); row.push(r.answers[id]);
      if (q.querySelector('[name="' + id + '.other"]')) { head.push(id + '.other'); row.push(r.other[id]); }
      if (q.querySelector('[name="' + id + '.why"]')) { head.push(id + '.why'); row.push(r.why[id]); }
      if (q.querySelector('[name^="' + id + '.probe."]')) { head.push(id + '.probes'); row.push(r.probes[id]); }
      if (q.querySelector('[name="' + id + '.notes"]')) { head.push(id + '.notes'); row.push(r.notes[id]); }
    });
    return head.map(csvCell).join(',') + '\r\n' + row.map(csvCell).join(',') + '\r\n';
  }
  function labelOf(q, value) {
    var input = q.querySelector('input[value="' + String(value).replace(/"/g, '') + '"]');
    var label = input && q.querySelector('label[for="' + input.id + '"]');
    return label ? label.textContent.trim() : value;
  }
  function markdown(r, form, t) {
    var title = (document.querySelector('h1') || {}).textContent || r.questionnaire;
    var md = ['# ' + title.trim(), '', '- ' + t('respondent_code') + ': ' + r.respondent,
      '- ' + t('date') + ': ' + (r.started || '').slice(0, 10), '- ' + r.questionnaire + ' #' + r.hash + (r.version ? ' (' + r.version + ')' : ''), ''];
    $$('section.section', form).forEach(function (s) {
      var h = s.querySelector('h2');
      md.push('## ' + (h ? h.textContent.trim() : ''), '');
      $$('.question[data-question]', s).forEach(function (q) {
        var id = q.getAttribute('data-question');
        md.push('**' + questionText(q) + '**', '');
        var v = r.answers[id];
        if (v !== undefined) {
          var shown = Array.isArray(v) ? v.map(function (x) { return labelOf(q, x); }).join(', ') : (q.querySelector('input[type=radio]') ? labelOf(q, v) : v);
          md.push(String(shown).split('\n').map(function (l) { return '> ' + l; }).join('\n'), '');
        }
        if (r.other[id]) md.push('> ' + t('other') + ': ' + r.other[id], '');
        if (r.why[id]) md.push('*' + t('msc_why') + '*', '', '> ' + r.why[id].split('\n').join('\n> '), '');
        if (r.probes[id]) {
          md.push('*' + t('probes') + '*: ' + r.probes[id].map(function (n) {
            var c = q.querySelector('[name="' + id + '.probe.' + n + '"]');
            var l = c && q.querySelector('label[for="' + c.id + '"]');
            return l ? l.textContent.trim() : n;
          }).join('; '), '');
        }
        if (r.notes[id]) md.push('*' + t('notes') + '*: ' + r.notes[id], '');
      });
    });
    return md.join('\n');
  }

  window.enqueteExport = { csv: csv, markdown: markdown, questionText: questionText };
})();
