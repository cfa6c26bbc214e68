// enquete: the interviewer's bar on interview guides. A compact bar that
// stays in view (respondent, clocks against the plan, progress, saving) with
// the session's actions in a menu; keyboard shortcuts, listed under "?", so
// that the interviewer can keep their eyes on the respondent. Loaded after
// enquete.js, whose window.enquete it works with.
(function () {
  'use strict';

  var E = window.enquete;
  if (!E || !E.interview) return;
  var t = E.t;
  var el = E.el;
  var $$ = E.$$;
  var form = E.form;
  var panel = E.panel;
  var D = form.dataset;
  var codeInput = form.querySelector('[name=respondent_code]');
  var sections = $$('section.section', form);

  function button(text, action, cls) {
    return el('button', { type: 'button', 'data-action': action, 'class': cls || '' }, text);
  }
  function mmss(ms) {
    var s = Math.floor(ms / 1000);
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }
  function planned(min) { return min ? ' / ' + t('duration_minutes', { min: min }) : ''; }

  // --- the bar -----------------------------------------------------------------
  panel.classList.add('interview-bar');
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', t('js_bar'));
  var bar = el('div', { 'class': 'bar-row' });
  var who = el('span', { 'class': 'bar-respondent' });
  var clockButton = button(t('js_clock_start'), 'clock', 'clock-button');
  clockButton.setAttribute('aria-pressed', 'false');
  var totalClock = el('span', { 'class': 'clock total-clock' });
  var partClock = el('span', { 'class': 'clock part-clock' });
  var progress = el('span', { 'class': 'progress' });
  var status = panel.querySelector('.save-status');

  // The session menu: a disclosure button and its list of actions.
  var menuButton = el('button', { type: 'button', 'class': 'menu-button', 'aria-expanded': 'false', 'aria-controls': 'session-menu' }, t('js_menu'));
  var menu = el('div', { id: 'session-menu', 'class': 'session-menu' });
  menu.hidden = true;
  var picker = el('select', { id: 'session-picker' });
  var pick = el('div', { 'class': 'session-pick' });
  pick.appendChild(el('label', { 'for': 'session-picker' }, t('js_sessions')));
  pick.appendChild(picker);
  menu.appendChild(pick);
  var importInput = el('input', { type: 'file', id: 'import-file', accept: 'application/json,.json', 'class': 'visually-hidden' });
  var removeAfter = el('input', { type: 'checkbox', id: 'remove-after-export' });
  // Encrypted studies export JSON only: a spreadsheet or Markdown file
  // would leave the device readable.
  var actions = [button(t('js_new_session'), 'new'), button(t('js_export_json'), 'export-json')]
    .concat(E.encrypted ? [] : [button(t('js_export_csv'), 'export-csv'), button(t('js_export_md'), 'export-md')])
    .concat([button(t('js_export_all'), 'export-all')]);
  if (E.canSend) actions.push(button(t('js_send'), 'send'));
  actions.forEach(function (b) { menu.appendChild(b); });
  menu.appendChild(importInput);
  menu.appendChild(el('label', { 'for': 'import-file', 'class': 'button-like' }, t('js_import')));
  var removeLine = el('div', { 'class': 'remove-after' });
  removeLine.appendChild(removeAfter);
  removeLine.appendChild(el('label', { 'for': 'remove-after-export' }, t('js_remove_after_export')));
  menu.appendChild(removeLine);
  menu.appendChild(button(t('js_delete_session'), 'delete', 'destructive'));
  var menuWrap = el('div', { 'class': 'menu' });
  menuWrap.appendChild(menuButton);
  menuWrap.appendChild(menu);
  var helpButton = el('button', { type: 'button', 'class': 'help-button', 'aria-haspopup': 'dialog', 'aria-label': t('js_shortcuts') }, '?');
  [who, clockButton, totalClock, partClock, progress, status, menuWrap, helpButton].forEach(function (x) { bar.appendChild(x); });
  panel.insertBefore(bar, panel.firstChild);

  function openMenu(open) {
    menu.hidden = !open;
    menuButton.setAttribute('aria-expanded', String(open));
    if (open) (menu.querySelector('select, button') || menu).focus();
  }
  menuButton.addEventListener('click', function () { openMenu(menu.hidden); });
  menu.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { openMenu(false); menuButton.focus(); }
  });
  document.addEventListener('click', function (e) {
    if (!menu.hidden && !menuWrap.contains(e.target)) openMenu(false);
  });

  menu.addEventListener('click', function (e) {
    var action = e.target.getAttribute && e.target.getAttribute('data-action');
    if (!action) return;
    var s = E.session();
    if (action === 'new') { E.startNew(); openMenu(false); codeInput.focus(); }
    else if (action === 'delete') {
      if (!window.confirm(t('js_delete_confirm', { code: E.codeLabel(s) }))) return;
      E.remove(); openMenu(false);
    } else if (action === 'export-all') E.exportAll();
    else if (action === 'send') {
      E.send().then(function (res) { if (res.ok) E.say(res.text); else E.warn(res.text); });
    } else E.exportAs(action.slice(7).replace('md', 'markdown'), removeAfter.checked && action === 'export-json');
  });
  picker.addEventListener('change', function () { E.switchTo(picker.value); });
  importInput.addEventListener('change', function () {
    var file = importInput.files && importInput.files[0];
    if (!file) return;
    file.text().then(function (text) {
      importInput.value = '';
      openMenu(false);
      return E.importText(text);
    });
  });
  codeInput.addEventListener('change', function () {
    var code = codeInput.value.trim();
    if (!codeInput.checkValidity()) { codeInput.reportValidity(); return; }
    E.rename(code);
  });

  function refreshPicker() {
    var s = E.session();
    var list = E.sessions();
    if (!list.some(function (r) { return r.respondent === s.respondent; })) list.unshift(s);
    picker.textContent = '';
    list.forEach(function (r) {
      var o = el('option', { value: r.respondent }, E.codeLabel(r));
      o.selected = r.respondent === s.respondent;
      picker.appendChild(o);
    });
  }
  function refreshProgress() {
    // A question that does not apply (skip logic) is not counted.
    var asked = E.questions.filter(function (q) { return E.applies(q.getAttribute('data-question')); });
    var n = asked.filter(function (q) { return E.isAnswered(q.getAttribute('data-question')); }).length;
    progress.textContent = t('js_progress', { answered: n, total: asked.length });
  }
  E.on('use', function (s) {
    // A code being typed while the stores open is not wiped by the blank
    // record it is about to name.
    if (!(document.activeElement === codeInput && E.isDraft(s.respondent))) codeInput.value = E.isDraft(s.respondent) ? '' : s.respondent;
    who.textContent = E.codeLabel(s);
    refreshPicker();
    resumeClock(s);
  });
  E.on('change', function () { refreshProgress(); showClocks(); });
  form.addEventListener('input', refreshProgress);
  form.addEventListener('change', refreshProgress);

  // --- clocks --------------------------------------------------------------------
  // The whole interview and each part, against the plan. The clock's state
  // is part of the record: it survives a reload, a crash and a change of
  // language (a running clock goes on; after a long gap it waits, paused).
  var running = null; // ms timestamp of the last count
  var interval = null;
  var sectionClocks = {};
  sections.forEach(function (s) {
    var c = el('p', { 'class': 'clock section-clock' }, t('js_clock_section') + ': ');
    c.appendChild(el('bdi'));
    var h = s.querySelector('h2');
    h.parentNode.insertBefore(c, h.nextSibling);
    sectionClocks[s.id] = c;
  });
  // A section's id in the guide (its element is `s-{id}`).
  function partId(s) { return s.id.replace(/^s-/, ''); }
  function currentSection() {
    var active = document.activeElement && document.activeElement.closest && document.activeElement.closest('section.section');
    if (active) return active;
    var best = null;
    sections.forEach(function (s) { if (s.getBoundingClientRect().top < window.innerHeight / 3) best = s; });
    return best || sections[0];
  }
  function tick() {
    if (running === null) return;
    var n = Date.now();
    var timers = E.session().timers;
    var d = n - running;
    running = n;
    timers.total += d;
    timers.running = new Date(n).toISOString();
    var sec = currentSection();
    if (sec) timers.sections[partId(sec)] = (timers.sections[partId(sec)] || 0) + d;
    showClocks();
  }
  function showClocks() {
    var timers = E.session().timers;
    var plan = Number(D.duration || 0);
    totalClock.textContent = '';
    totalClock.appendChild(el('bdi', {}, mmss(timers.total) + planned(plan)));
    totalClock.setAttribute('title', t('js_clock_total'));
    totalClock.classList.toggle('over', plan > 0 && timers.total > plan * 60000);
    var cur = currentSection();
    sections.forEach(function (s) {
      var ms = timers.sections[partId(s)] || 0;
      var p = Number(s.getAttribute('data-duration') || 0);
      var text = mmss(ms) + planned(p);
      sectionClocks[s.id].querySelector('bdi').textContent = text;
      sectionClocks[s.id].classList.toggle('over', p > 0 && ms > p * 60000);
      if (s === cur) {
        partClock.textContent = t('js_clock_section') + ': ';
        partClock.appendChild(el('bdi', {}, text));
        partClock.classList.toggle('over', p > 0 && ms > p * 60000);
      }
    });
  }
  function setRunning(on) {
    clearInterval(interval);
    if (on) {
      running = Date.now();
      var savedAt = running;
      interval = setInterval(function () {
        tick();
        // Saved every few seconds while it runs, and with every change.
        if (Date.now() - savedAt >= 5000) { savedAt = Date.now(); E.changed(); }
      }, 1000);
    } else {
      tick();
      running = null;
      E.session().timers.running = null;
    }
    clockButton.textContent = t(on ? 'js_clock_pause' : 'js_clock_start');
    clockButton.setAttribute('aria-pressed', String(on));
  }
  function toggleClock() { setRunning(running === null); E.changed(); }
  clockButton.addEventListener('click', toggleClock);
  function resumeClock(s) {
    clearInterval(interval);
    running = null;
    var was = s.timers.running;
    var gap = was ? Date.now() - Date.parse(was) : 0;
    if (was && gap >= 0 && gap < 60000) {
      s.timers.total += gap;
      setRunning(true);
    } else {
      setRunning(false);
      if (was) E.notice('clock', t('js_clock_stopped', { time: mmss(s.timers.total) }));
    }
    showClocks();
  }
  E.on('leave', function () { tick(); });
  E.clock = function () {
    var timers = E.session().timers;
    return running !== null || timers.total > 0 ? timers.total : null;
  };

  // --- conflicts on import ----------------------------------------------------------
  // A field changed both here and in the file: the interviewer picks, the
  // newer of the two preselected.
  E.resolve = function (names, mine, theirs) {
    return new Promise(function (resolve) {
      var dialog = el('dialog', { 'class': 'conflicts', 'aria-labelledby': 'conflicts-title' });
      var f = el('form', { method: 'dialog' });
      f.appendChild(el('h2', { id: 'conflicts-title' }, t('js_conflicts_title', { code: E.codeLabel(mine) })));
      f.appendChild(el('p', {}, t('js_conflicts_help')));
      function shown(v) { return v === null ? '—' : Array.isArray(v) ? v.join('; ') : v; }
      names.forEach(function (n, i) {
        var fs = el('fieldset');
        fs.appendChild(el('legend', {}, n));
        [['mine', mine, 'js_conflict_mine'], ['theirs', theirs, 'js_conflict_theirs']].forEach(function (side) {
          var field = side[1].fields[n];
          var id = 'conflict-' + i + '-' + side[0];
          var line = el('div', { 'class': 'choice' });
          var r = el('input', { type: 'radio', name: 'conflict-' + i, id: id, value: side[0] });
          var other = (side[0] === 'mine' ? theirs : mine).fields[n];
          r.checked = side[0] === 'mine' ? field.changed > other.changed : field.changed >= other.changed;
          line.appendChild(r);
          var label = el('label', { 'for': id }, t(side[2], { time: field.changed.slice(0, 16).replace('T', ' ') }) + ' ');
          label.appendChild(el('q', {}, shown(field.value)));
          line.appendChild(label);
          fs.appendChild(line);
        });
        f.appendChild(fs);
      });
      var ok = el('button', { type: 'submit', value: 'merge', 'class': 'primary' }, t('js_conflicts_merge'));
      var cancel = el('button', { type: 'submit', value: 'cancel' }, t('js_conflicts_cancel'));
      f.appendChild(ok);
      f.appendChild(cancel);
      dialog.appendChild(f);
      document.body.appendChild(dialog);
      dialog.addEventListener('close', function () {
        var choice = null;
        if (dialog.returnValue === 'merge') {
          choice = {};
          names.forEach(function (n, i) { choice[n] = f.elements['conflict-' + i].value; });
        }
        dialog.remove();
        resolve(choice);
      });
      dialog.showModal();
    });
  };

  // --- the keyboard ------------------------------------------------------------------
  // Tab from the top of the page reaches the skip link; it leads to the
  // first question, so that Tab, Enter, Tab is in question 1.
  var skip = document.querySelector('.skip-link');
  if (skip && E.questions[0]) {
    skip.setAttribute('href', '#' + E.questions[0].id);
    skip.textContent = t('js_skip_to_questions');
  }
  var inputs = function (q) { return $$('input:not([type=hidden]), textarea, select', q).filter(function (c) { return !c.closest('.question-notes') || c.closest('details').open; }); };
  function questionOfFocus() {
    var q = document.activeElement && document.activeElement.closest && document.activeElement.closest('.question[data-question]');
    return q ? E.questions.indexOf(q) : -1;
  }
  function goTo(i) {
    var q = E.questions[i];
    if (!q) return;
    var c = inputs(q)[0];
    q.scrollIntoView({ block: 'center' });
    if (c) c.focus({ preventScroll: true });
  }
  var SHORTCUTS = [
    // [code, key shown, message, action]
    ['ArrowDown', 'Alt+↓', 'js_key_next', function () { goTo(questionOfFocus() + 1); }],
    ['ArrowUp', 'Alt+↑', 'js_key_previous', function () { goTo(Math.max(questionOfFocus() - 1, 0)); }],
    ['KeyU', 'Alt+U', 'js_key_unanswered', function () {
      var from = questionOfFocus();
      var order = E.questions.slice(from + 1).concat(E.questions.slice(0, from + 1));
      var q = order.filter(function (x) { var id = x.getAttribute('data-question'); return E.applies(id) && !E.isAnswered(id); })[0];
      if (q) goTo(E.questions.indexOf(q));
    }],
    ['KeyC', 'Alt+C', 'js_key_clock', toggleClock],
    ['KeyP', 'Alt+P', 'js_key_probe', function () {
      var q = E.questions[Math.max(questionOfFocus(), 0)];
      var next = $$('.probes input[type=checkbox]', q).filter(function (c) { return !c.checked; })[0];
      if (next) { next.checked = true; next.dispatchEvent(new Event('change', { bubbles: true })); }
    }],
    ['KeyN', 'Alt+N', 'js_key_notes', function () {
      var q = E.questions[Math.max(questionOfFocus(), 0)];
      var d = q.querySelector('details.question-notes');
      if (!d) return;
      d.open = true;
      d.querySelector('textarea').focus();
    }],
    ['KeyM', 'Alt+M', 'js_key_mark', function () {
      var c = document.activeElement;
      if (!c || !(c.tagName === 'TEXTAREA' || c.type === 'text') || E.clock() === null) return;
      c.setRangeText('[' + mmss(E.clock()) + '] ', c.selectionStart, c.selectionEnd, 'end');
      c.dispatchEvent(new Event('input', { bubbles: true }));
    }]
  ];
  var help = el('dialog', { 'class': 'shortcuts', 'aria-labelledby': 'shortcuts-title' });
  help.appendChild(el('h2', { id: 'shortcuts-title' }, t('js_shortcuts')));
  var list = el('dl');
  SHORTCUTS.concat([[null, '?', 'js_key_help']]).forEach(function (s) {
    var dt = el('dt');
    dt.appendChild(el('kbd', {}, s[1]));
    list.appendChild(dt);
    list.appendChild(el('dd', {}, t(s[2])));
  });
  help.appendChild(list);
  var close = el('button', { type: 'button' }, t('js_close'));
  close.addEventListener('click', function () { help.close(); });
  help.appendChild(close);
  document.body.appendChild(help);
  helpButton.addEventListener('click', function () { help.showModal(); });
  document.addEventListener('keydown', function (e) {
    var typing = /^(TEXTAREA|INPUT|SELECT)$/.test(e.target.tagName) && !/^(radio|checkbox)$/.test(e.target.type);
    if (e.key === '?' && !typing && !e.altKey && !e.ctrlKey && !e.metaKey) { e.preventDefault(); help.showModal(); return; }
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    var s = SHORTCUTS.filter(function (x) { return x[0] === e.code; })[0];
    if (s) { e.preventDefault(); s[3](); }
  });
})();
