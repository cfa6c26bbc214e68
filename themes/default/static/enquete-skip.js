// enquete: skip logic. A question or section with `show_if` carries its
// condition as data (data-show-if: the validated condition as JSON). A
// survey hides what does not apply; an interview guide dims it (the
// interviewer may still need it). Nothing typed is ever cleared: an answer
// to a question that no longer applies stays in the record, and exports
// list the question under `not_applicable` (docs/answers.md). Without this
// script every question shows, with its condition written out. Loaded after
// enquete.js, on forms that have conditions.
(function () {
  'use strict';

  var form = document.getElementById('questionnaire');
  if (!form) return;

  function empty(v) { return v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length); }

  // Whether condition `c` holds, `value(id)` giving each answer as the
  // record keeps it (a text, a list of ticked values, or null).
  function holds(c, value) {
    var test = Object.keys(c)[0];
    var a = c[test];
    if (test === 'all') return a.every(function (x) { return holds(x, value); });
    if (test === 'any') return a.some(function (x) { return holds(x, value); });
    if (test === 'not') return !holds(a, value);
    var v = value(a.question);
    if (test === 'answered') return a.answered ? !empty(v) : empty(v);
    if (empty(v)) return false;
    if (test === 'includes') return Array.isArray(v) ? v.indexOf(a.value) >= 0 : v === a.value;
    var o = a.value;
    if (o.choice !== undefined) return v === o.choice;
    if (typeof v !== 'string') return false;
    var cmp;
    if (o.date !== undefined) {
      // A date field's value is YYYY-MM-DD, which sorts as it reads.
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
      cmp = v < o.date ? -1 : v > o.date ? 1 : 0;
    } else {
      var n = Number(v);
      if (v.trim() === '' || !isFinite(n)) return false;
      cmp = n < o.number ? -1 : n > o.number ? 1 : 0;
    }
    return test === 'equals' ? cmp === 0 : test === 'at_least' ? cmp >= 0 : cmp <= 0;
  }

  // Every section and question in page order, with its condition.
  function parse(node) {
    var data = node.getAttribute('data-show-if');
    if (!data) return null;
    try { return JSON.parse(data); } catch (e) { return null; }
  }
  var entries = [];
  Array.prototype.slice.call(form.querySelectorAll('section.section')).forEach(function (s) {
    var sectionEntry = { node: s, condition: parse(s), section: null, id: null };
    entries.push(sectionEntry);
    Array.prototype.slice.call(s.querySelectorAll('.question')).forEach(function (q) {
      entries.push({ node: q, condition: parse(q), section: sectionEntry, id: q.getAttribute('data-question') });
    });
  });

  // Which sections and questions apply, given the answers. A question that
  // does not apply counts as unanswered in later conditions, so that
  // conditions chain (as a non-relevant question in ODK).
  function evaluate(valueOf) {
    var applies = {};
    function value(id) { return applies[id] === false ? null : valueOf(id); }
    entries.forEach(function (e) {
      var ok = (!e.section || e.section.ok) && (!e.condition || holds(e.condition, value));
      e.ok = ok;
      if (e.id) applies[e.id] = ok;
    });
    return applies;
  }
  // The questions of a record's fields that do not apply, for its export.
  function notApplicable(fields) {
    var applies = evaluate(function (id) { return fields[id] ? fields[id].value : null; });
    return Object.keys(applies).filter(function (id) { return !applies[id]; }).sort();
  }
  window.enqueteSkip = { holds: holds, notApplicable: notApplicable };

  var E = window.enquete;
  if (!E) return;
  var survey = !E.interview;
  form.classList.add('skip-live');
  var live = E.el('p', { 'class': 'visually-hidden', 'aria-live': 'polite', 'data-enquete-ui': '' });
  form.appendChild(live);

  // What is on screen now: the answers as typed, before they are saved.
  var byName = {};
  Array.prototype.slice.call(form.querySelectorAll('input[name], textarea[name]')).forEach(function (c) {
    (byName[c.name] = byName[c.name] || []).push(c);
  });
  function onScreen(id) {
    var cs = byName[id];
    if (!cs) return null;
    if (cs[0].type === 'radio') {
      var on = cs.filter(function (c) { return c.checked; })[0];
      return on ? on.value : null;
    }
    if (cs[0].type === 'checkbox') return cs.filter(function (c) { return c.checked; }).map(function (c) { return c.value; });
    return cs[0].value;
  }

  var current = {};
  function update(announce) {
    var before = entries.map(function (e) { return e.ok; });
    current = evaluate(onScreen);
    var appeared = [];
    entries.forEach(function (e, i) {
      if (!e.condition && !(e.section && e.section.condition)) return;
      if (survey) {
        e.node.hidden = !e.ok;
        if (!e.id && e.node.id) {
          var link = document.querySelector('.toc a[href="#' + e.node.id + '"]');
          if (link) link.parentNode.hidden = !e.ok;
        }
      } else {
        e.node.classList.toggle('not-applicable', !e.ok);
      }
      if (e.ok && before[i] === false && e.id && (!e.section || e.section.ok)) appeared.push(window.enqueteExport.questionText(e.node));
    });
    if (announce && survey && appeared.length) live.textContent = E.t('js_shown_now', { question: appeared.join('; ') });
  }
  E.applies = function (id) { return current[id] !== false; };
  form.addEventListener('input', function () { update(true); });
  form.addEventListener('change', function () { update(true); });
  // A restored, imported or merged record: its answers decide anew.
  E.on('use', function () { update(false); });
  E.on('change', function () { update(false); });
  update(false);
})();
