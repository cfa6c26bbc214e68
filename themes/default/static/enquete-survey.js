// enquete: a survey is the respondent's page. Required questions are
// checked on submit, with messages tied to their fields; then the answers
// are sent the study's way (enquete.js) and the respondent gets a clear
// confirmation in their language. Loaded after enquete.js on surveys.
(function () {
  'use strict';

  var E = window.enquete;
  if (!E || E.interview) return;
  var t = E.t;
  var el = E.el;
  var $$ = E.$$;
  var form = E.form;
  var questions = E.questions;
  var X = window.enqueteExport;

  var errors = document.getElementById('form-errors');
  // A question that does not apply (skip logic) is never required.
  function missing(q) {
    var id = q.getAttribute('data-question');
    return q.hasAttribute('data-required') && E.applies(id) && !E.isAnswered(id);
  }
  function clearError(q) {
    var m = q.querySelector('.error-message');
    if (!m) return;
    $$('[aria-describedby]', q).forEach(function (c) {
      var ids = c.getAttribute('aria-describedby').split(' ').filter(function (x) { return x !== m.id; });
      if (ids.length) c.setAttribute('aria-describedby', ids.join(' '));
      else c.removeAttribute('aria-describedby');
      c.removeAttribute('aria-invalid');
    });
    m.remove();
  }
  function showError(q) {
    var id = q.getAttribute('data-question');
    var m = el('p', { 'class': 'error-message', id: 'e-' + id }, t('js_required_missing'));
    var anchor = q.querySelector('.qtext');
    anchor.parentNode.insertBefore(m, anchor.nextSibling);
    $$('[name="' + id + '"], [name="' + id + '.why"]', q).forEach(function (c) {
      var ids = (c.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      ids.push(m.id);
      c.setAttribute('aria-describedby', ids.join(' '));
      c.setAttribute('aria-invalid', 'true');
    });
  }
  function thanks(text) {
    var done = el('section', { 'class': 'thanks', tabindex: '-1', 'aria-labelledby': 'thanks-title' });
    done.appendChild(el('h2', { id: 'thanks-title' }, t('js_thanks_title')));
    done.appendChild(el('p', {}, text));
    var forget = el('button', { type: 'button' }, t('js_forget_answers'));
    forget.addEventListener('click', function () {
      E.forget().then(function () {
        forget.replaceWith(el('p', {}, t('js_forgotten')));
      });
    });
    done.appendChild(forget);
    form.hidden = true;
    form.before(done);
    done.focus();
  }
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    E.flush();
    var bad = questions.filter(missing);
    questions.forEach(clearError);
    bad.forEach(showError);
    errors.textContent = '';
    errors.hidden = !bad.length;
    if (bad.length) {
      errors.appendChild(el('span', {}, t('js_errors_summary', { count: bad.length }) + ' '));
      bad.forEach(function (q, i) {
        errors.appendChild(el('a', { href: '#' + q.id }, X.questionText(q)));
        if (i < bad.length - 1) errors.appendChild(document.createTextNode('; '));
      });
      var first = bad[0].querySelector('input:not([type=hidden]), textarea');
      if (first) first.focus();
      return;
    }
    E.send().then(function (res) {
      if (res.ok) thanks(res.text);
      else { errors.hidden = false; errors.textContent = res.text; errors.focus(); }
    });
  });
  form.addEventListener('input', function (e) {
    var q = e.target.closest && e.target.closest('.question[data-question]');
    if (q && q.querySelector('.error-message') && !missing(q)) clearError(q);
  });
  // An answer can make another question stop applying (skip logic): its
  // message goes, and the summary with the last message.
  if (form.classList.contains('skip-live')) {
    form.addEventListener('input', function () {
      questions.forEach(function (q) { if (q.querySelector('.error-message') && !missing(q)) clearError(q); });
      if (!errors.hidden && !form.querySelector('.error-message')) { errors.hidden = true; errors.textContent = ''; }
    });
  }

  // Progress, on forms with skip logic: of the questions that apply, how
  // many have an answer (a hidden question is not counted).
  if (form.classList.contains('skip-live')) {
    var progress = el('p', { 'class': 'progress' });
    E.panel.appendChild(progress);
    var refreshProgress = function () {
      var asked = questions.filter(function (q) { return E.applies(q.getAttribute('data-question')); });
      var n = asked.filter(function (q) { return E.isAnswered(q.getAttribute('data-question')); }).length;
      progress.textContent = t('js_progress', { answered: n, total: asked.length });
    };
    E.on('change', refreshProgress);
    form.addEventListener('input', refreshProgress);
    form.addEventListener('change', refreshProgress);
    refreshProgress();
  }
})();
