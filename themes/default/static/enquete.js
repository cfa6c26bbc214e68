// enquete: saving, restoring and exporting answers in the browser.
// Progressive enhancement: without this script every page still reads and
// prints. No framework, no request to any other host; answers stay in this
// browser (localStorage) until they are exported or, for surveys, submitted
// to the study's own address.
(function () {
  'use strict';

  var S = window.enqueteStrings || {};
  // An interface string, with `{name}` filled in from `args`. Each value is
  // bidi-isolated (FSI…PDI), so that a code such as R07 or a number keeps
  // its order inside right-to-left text.
  function t(id, args) {
    var s = S[id] || id;
    return s.replace(/\{(\w+)\}/g, function (m, k) {
      return args && args[k] !== undefined ? '\u2068' + args[k] + '\u2069' : m;
    });
  }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function $$(sel, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(sel));
  }

  // Print buttons exist on printable pages; they need a script to work.
  $$('[data-action=print]').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () { window.print(); });
  });

  var form = document.getElementById('questionnaire');
  if (!form) return;
  // The export formats, from enquete-export.js.
  var X = window.enqueteExport;
  var D = form.dataset;
  var interview = D.mode === 'interview';
  var prefix = ['enquete', D.study, D.questionnaire, D.hash].join(':');
  var codeInput = document.getElementById('respondent-code');

  // Where answers live. localStorage is read at once, but Chromium writes it
  // to disk only seconds later, so a crash just after typing would lose the
  // last answers; every save therefore also goes to IndexedDB in a
  // transaction with strict durability, which is on disk when it completes.
  // On start the newest copy of each session wins. Both failing (private
  // mode, blocked or full storage) is said on the page.
  var storage = (function () {
    var local = true;
    try {
      var k = prefix + ':probe';
      localStorage.setItem(k, '1');
      localStorage.removeItem(k);
    } catch (e) { local = false; }
    var records = {};
    var db = new Promise(function (resolve) {
      try {
        var req = indexedDB.open('enquete', 1);
        req.onupgradeneeded = function () { req.result.createObjectStore('records'); };
        req.onsuccess = function () { resolve(req.result); };
        req.onerror = function () { resolve(null); };
        req.onblocked = function () { resolve(null); };
      } catch (e) { resolve(null); }
    });
    function transaction(mode, work) {
      return db.then(function (d) {
        if (!d) return false;
        return new Promise(function (resolve) {
          try {
            var tx = d.transaction('records', mode, { durability: 'strict' });
            var result = work(tx.objectStore('records'));
            tx.oncomplete = function () { resolve(result.value === undefined ? true : result.value); };
            tx.onerror = tx.onabort = function () { resolve(false); };
          } catch (e) { resolve(false); }
        });
      });
    }
    function newer(a, b) { return !b || (a && (a.saved || '') > (b.saved || '')); }
    return {
      // Whether anything can be kept at all.
      available: function () { return db.then(function (d) { return local || !!d; }); },
      // Loads every record of this questionnaire from both stores.
      open: function () {
        var p = prefix + ':';
        if (local) {
          try {
            for (var i = 0; i < localStorage.length; i++) {
              var key = localStorage.key(i);
              if (key.indexOf(p) === 0) records[key] = JSON.parse(localStorage.getItem(key));
            }
          } catch (e) { /* unreadable: IndexedDB may still have it */ }
        }
        return transaction('readonly', function (store) {
          var found = { value: {} };
          var range = IDBKeyRange.bound(p, p + '\uffff');
          store.openCursor(range).onsuccess = function (e) {
            var c = e.target.result;
            if (!c) return;
            found.value[c.key] = c.value;
            c.continue();
          };
          return found;
        }).then(function (stored) {
          for (var key in stored || {}) {
            if (newer(stored[key], records[key])) records[key] = stored[key];
          }
        });
      },
      get: function (key) { return records[key] || null; },
      keys: function () { return Object.keys(records); },
      // Resolves to whether the record is on disk somewhere.
      set: function (key, value) {
        records[key] = value;
        var saved = false;
        if (local) {
          try { localStorage.setItem(key, JSON.stringify(value)); saved = true; } catch (e) { /* full */ }
        }
        return transaction('readwrite', function (store) { store.put(value, key); return {}; })
          .then(function (durable) { return durable || saved; });
      },
      remove: function (key) {
        delete records[key];
        try { localStorage.removeItem(key); } catch (e) { /* blocked */ }
        return transaction('readwrite', function (store) { store.delete(key); return {}; });
      }
    };
  })();

  function now() { return new Date().toISOString(); }
  function sessionKey(code) { return prefix + ':r:' + code; }
  function draftCode() {
    return (interview ? 'draft-' : 'anon-') + now().replace(/\D/g, '').slice(0, 14) + '-' + Math.random().toString(36).slice(2, 6);
  }

  // --- the session: answers of one respondent --------------------------
  var session;
  function newSession(code) {
    return {
      respondent: code || draftCode(), started: now(), saved: null, exported: null,
      fields: {}, timers: { total: 0, sections: {} }
    };
  }
  function load(code) {
    var r = storage.get(sessionKey(code));
    return r && r.respondent ? JSON.parse(JSON.stringify(r)) : null;
  }
  function sessions() {
    var p = prefix + ':r:';
    return storage.keys().filter(function (k) { return k.indexOf(p) === 0; })
      .map(function (k) { return load(k.slice(p.length)); })
      .filter(Boolean)
      .sort(function (a, b) { return (b.saved || '').localeCompare(a.saved || ''); });
  }

  // Fields: every named control but the respondent code. The form does not
  // change once loaded, so they are looked up once, not on every keystroke.
  var answerFields = $$('input[name], textarea[name], select[name]', form).filter(function (c) {
    return c.name !== 'respondent_code' && c.type !== 'file';
  });
  function readFields() {
    var f = {};
    answerFields.forEach(function (c) {
      if (c.type === 'radio') { if (c.checked) f[c.name] = c.value; }
      else if (c.type === 'checkbox') {
        if (c.checked) (f[c.name] = f[c.name] || []).push(c.value);
      } else if (c.value !== '') f[c.name] = c.value;
    });
    return f;
  }
  function writeFields(f) {
    answerFields.forEach(function (c) {
      var v = f[c.name];
      if (c.type === 'radio') c.checked = v === c.value;
      else if (c.type === 'checkbox') c.checked = Array.isArray(v) ? v.indexOf(c.value) >= 0 : v === c.value;
      else c.value = v === undefined ? '' : v;
    });
    $$('details.question-notes').forEach(function (d) {
      var area = d.querySelector('textarea');
      if (area && area.value) d.open = true;
    });
  }

  // --- the panel ---------------------------------------------------------
  var panel = document.getElementById('session-panel');
  var status = el('p', { 'class': 'save-status', role: 'status', 'aria-live': 'polite' });
  var alertBox = el('p', { 'class': 'storage-alert', role: 'alert' });
  alertBox.hidden = true;
  var progress = el('p', { 'class': 'progress', 'aria-live': 'polite' });
  var picker = el('select', { id: 'session-picker' });
  var pickerLabel = el('label', { 'for': 'session-picker' }, t('js_sessions'));
  function button(text, action) {
    var b = el('button', { type: 'button', 'data-action': action }, text);
    return b;
  }
  var importInput = el('input', { type: 'file', id: 'import-file', accept: 'application/json,.json', 'class': 'visually-hidden' });
  var importLabel = el('label', { 'for': 'import-file', 'class': 'button-like' }, t('js_import'));
  var actions = el('div', { 'class': 'session-actions' });
  [button(t('js_new_session'), 'new'), button(t('js_delete_session'), 'delete'),
    button(t('js_export_json'), 'export-json'), button(t('js_export_csv'), 'export-csv'),
    button(t('js_export_md'), 'export-md')].forEach(function (b) { actions.appendChild(b); });
  actions.appendChild(importLabel);
  actions.appendChild(importInput);
  var pick = el('div', { 'class': 'session-pick' });
  pick.appendChild(pickerLabel);
  pick.appendChild(picker);
  panel.appendChild(pick);
  panel.appendChild(actions);
  panel.appendChild(progress);
  panel.appendChild(status);
  panel.appendChild(alertBox);
  panel.hidden = false;

  function say(text) { status.textContent = text; }
  function warn(text) { alertBox.textContent = text; alertBox.hidden = !text; }
  storage.available().then(function (ok) { if (!ok) warn(t('js_not_saved')); });

  function codeLabel(s) { return /^(draft|anon)-/.test(s.respondent) ? t('js_no_code') + ' · ' + s.started.slice(0, 16).replace('T', ' ') : s.respondent; }
  function refreshPicker() {
    var list = sessions();
    if (!list.some(function (s) { return s.respondent === session.respondent; })) list.unshift(session);
    picker.textContent = '';
    list.forEach(function (s) {
      var o = el('option', { value: s.respondent }, codeLabel(s));
      o.selected = s.respondent === session.respondent;
      picker.appendChild(o);
    });
  }

  // Answered questions out of those that take an answer.
  var questions = $$('.question[data-question]', form);
  function answered(q) {
    var id = q.getAttribute('data-question');
    var f = readFieldsCache || readFields();
    return f[id] !== undefined && f[id] !== '' && !(Array.isArray(f[id]) && !f[id].length);
  }
  var readFieldsCache = null;
  function refreshProgress() {
    readFieldsCache = readFields();
    var n = questions.filter(answered).length;
    progress.textContent = t('js_progress', { answered: n, total: questions.length });
    readFieldsCache = null;
  }

  // --- saving ------------------------------------------------------------
  var timer = null;
  function save() {
    timer = null;
    session.fields = readFields();
    session.saved = now();
    session.language = D.lang;
    var record = JSON.parse(JSON.stringify(session));
    refreshProgress();
    storage.set(prefix + ':current', { respondent: session.respondent, saved: session.saved });
    return storage.set(sessionKey(session.respondent), record).then(function (ok) {
      if (ok) {
        say(t('js_saved', { time: new Date().toLocaleTimeString(document.documentElement.lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' }) }));
        warn('');
      } else {
        say('');
        warn(t('js_not_saved'));
      }
      return ok;
    });
  }
  function changed() {
    say(t('js_saving'));
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, 300);
  }
  // Only answers count as changes; the panel's own controls do not.
  function isAnswer(target) { return answerFields.indexOf(target) >= 0; }
  form.addEventListener('input', function (e) { if (isAnswer(e.target)) changed(); });
  form.addEventListener('change', function (e) { if (isAnswer(e.target)) changed(); });

  function use(s) {
    if (timer) { clearTimeout(timer); save(); }
    session = s;
    writeFields(s.fields || {});
    if (codeInput) codeInput.value = /^(draft|anon)-/.test(s.respondent) ? '' : s.respondent;
    storage.set(prefix + ':current', { respondent: s.respondent, saved: now() });
    refreshPicker();
    refreshProgress();
    showClocks();
  }

  // The respondent code names the session; changing it moves the answers.
  if (codeInput) {
    codeInput.addEventListener('change', function () {
      var code = codeInput.value.trim();
      if (!code || code === session.respondent) return;
      if (!codeInput.checkValidity()) { codeInput.reportValidity(); return; }
      var existing = load(code);
      if (existing) {
        say(t('js_code_taken', { code: code }));
        use(existing);
        return;
      }
      storage.remove(sessionKey(session.respondent));
      session.respondent = code;
      save();
      refreshPicker();
    });
  }
  picker.addEventListener('change', function () {
    var s = load(picker.value);
    if (s) use(s);
  });

  // --- exports ----------------------------------------------------------
  function record() {
    var f = readFields();
    var out = {
      format: 'enquete-answers/1', study: D.study, questionnaire: D.questionnaire,
      hash: D.hash, version: D.version || null, language: D.lang,
      respondent: session.respondent, started: session.started, saved: session.saved,
      exported: now(), timers: session.timers,
      answers: {}, other: {}, why: {}, probes: {}, notes: {}
    };
    questions.forEach(function (q) {
      var id = q.getAttribute('data-question');
      if (f[id] !== undefined) out.answers[id] = f[id];
      if (f[id + '.other']) out.other[id] = f[id + '.other'];
      if (f[id + '.why']) out.why[id] = f[id + '.why'];
      if (f[id + '.notes']) out.notes[id] = f[id + '.notes'];
      var asked = $$('input[name^="' + id + '.probe."]', q).filter(function (c) { return c.checked; })
        .map(function (c) { return Number(c.name.slice(id.length + 7)); });
      if (asked.length) out.probes[id] = asked;
    });
    out.fields = f;
    return out;
  }
  function fileName(ext) {
    return [D.questionnaire, session.respondent, now().slice(0, 10)].join('-').replace(/[^\w.-]+/g, '_') + '.' + ext;
  }
  function download(name, type, text) {
    var a = el('a', { href: URL.createObjectURL(new Blob([text], { type: type })), download: name });
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  function exported(name) {
    session.exported = now();
    save().then(function () { say(t('js_downloaded', { file: name })); });
  }
  actions.addEventListener('click', function (e) {
    var action = e.target.getAttribute && e.target.getAttribute('data-action');
    if (!action) return;
    if (timer) { clearTimeout(timer); save(); }
    var r, name;
    if (action === 'new') {
      use(newSession());
      if (codeInput) codeInput.focus();
    } else if (action === 'delete') {
      if (!window.confirm(t('js_delete_confirm', { code: codeLabel(session) }))) return;
      storage.remove(sessionKey(session.respondent));
      var rest = sessions();
      use(rest[0] || newSession());
      say(t('js_deleted'));
    } else if (action === 'export-json') {
      r = record(); name = fileName('json');
      download(name, 'application/json', JSON.stringify(r, null, 2) + '\n');
      exported(name);
    } else if (action === 'export-csv') {
      r = record(); name = fileName('csv');
      download(name, 'text/csv', '\ufeff' + X.csv(r, questions));
      exported(name);
    } else if (action === 'export-md') {
      r = record(); name = fileName('md');
      download(name, 'text/markdown', X.markdown(r, form, t));
      exported(name);
    }
  });

  importInput.addEventListener('change', function () {
    var file = importInput.files && importInput.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () {
      var r;
      try { r = JSON.parse(reader.result); } catch (e) { r = null; }
      importInput.value = '';
      if (!r || r.format !== 'enquete-answers/1' || !r.fields) { warn(t('js_import_invalid')); return; }
      if (r.questionnaire !== D.questionnaire) { warn(t('js_import_wrong', { id: r.questionnaire })); return; }
      var s = newSession(r.respondent);
      s.started = r.started || s.started;
      s.fields = r.fields;
      s.timers = r.timers || s.timers;
      s.exported = r.exported || null;
      use(s);
      save().then(function () {
        warn(r.hash !== D.hash ? t('js_import_other_version') : '');
        say(t('js_import_done', { code: codeLabel(s) }));
      });
    };
    reader.readAsText(file);
  });

  // Leaving with answers that were never exported loses nothing here (they
  // stay saved), but the interviewer should know before closing a borrowed
  // laptop.
  window.addEventListener('beforeunload', function (e) {
    if (timer) { clearTimeout(timer); save(); }
    var dirty = session.saved && (!session.exported || session.saved > session.exported);
    if (dirty && Object.keys(session.fields || {}).length) {
      e.preventDefault();
      e.returnValue = t('js_unexported');
      return e.returnValue;
    }
  });

  // --- interview clocks ---------------------------------------------------
  var clockButton = null;
  var totalClock = null;
  var running = null; // { since: ms, section: id }
  var sectionClocks = {};
  function mmss(ms) {
    var s = Math.floor(ms / 1000);
    var m = Math.floor(s / 60);
    return m + ':' + String(s % 60).padStart(2, '0');
  }
  function currentSection() {
    var active = document.activeElement && document.activeElement.closest && document.activeElement.closest('section.section');
    if (active) return active.id;
    var best = null;
    $$('section.section', form).forEach(function (s) {
      if (s.getBoundingClientRect().top < window.innerHeight / 3) best = s.id;
    });
    return best || (form.querySelector('section.section') || {}).id;
  }
  function tick() {
    if (!running) return;
    var n = Date.now();
    var d = n - running.since;
    running.since = n;
    session.timers.total += d;
    var sec = currentSection();
    if (sec) session.timers.sections[sec] = (session.timers.sections[sec] || 0) + d;
    showClocks();
  }
  function showClocks() {
    if (!totalClock) return;
    var planned = Number(D.duration || 0);
    totalClock.textContent = t('js_clock_total') + ': ';
    totalClock.appendChild(el('bdi', {}, mmss(session.timers.total) + (planned ? ' / ' + t('duration_minutes', { min: planned }) : '')));
    totalClock.classList.toggle('over', planned > 0 && session.timers.total > planned * 60000);
    $$('section.section', form).forEach(function (s) {
      var c = sectionClocks[s.id];
      var ms = session.timers.sections[s.id] || 0;
      var p = Number(s.getAttribute('data-duration') || 0);
      c.querySelector('bdi').textContent = mmss(ms) + (p ? ' / ' + t('duration_minutes', { min: p }) : '');
      c.classList.toggle('over', p > 0 && ms > p * 60000);
    });
  }
  if (interview) {
    clockButton = button(t('js_clock_start'), 'clock');
    clockButton.setAttribute('aria-pressed', 'false');
    totalClock = el('span', { 'class': 'clock total-clock' });
    var clocks = el('div', { 'class': 'clocks' });
    clocks.appendChild(clockButton);
    clocks.appendChild(totalClock);
    panel.insertBefore(clocks, progress);
    $$('section.section', form).forEach(function (s) {
      var c = el('p', { 'class': 'clock section-clock' }, t('js_clock_section') + ': ');
      c.appendChild(el('bdi'));
      var h = s.querySelector('h2');
      h.parentNode.insertBefore(c, h.nextSibling);
      sectionClocks[s.id] = c;
    });
    var interval = null;
    clockButton.addEventListener('click', function () {
      if (running) {
        tick();
        running = null;
        clearInterval(interval);
        changed();
      } else {
        running = { since: Date.now() };
        interval = setInterval(function () { tick(); }, 1000);
      }
      clockButton.textContent = t(running ? 'js_clock_pause' : 'js_clock_start');
      clockButton.setAttribute('aria-pressed', running ? 'true' : 'false');
    });
    // The clocks are saved with the answers every half minute while running.
    setInterval(function () { if (running) changed(); }, 30000);
  }

  // --- surveys: required questions and submitting ------------------------
  var errors = document.getElementById('form-errors');
  function missing(q) { return q.hasAttribute('data-required') && !answered(q); }
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
    $$('input, textarea', q).filter(function (c) { return c.name === id || c.name === id + '.why'; }).forEach(function (c) {
      var ids = (c.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      ids.push(m.id);
      c.setAttribute('aria-describedby', ids.join(' '));
      c.setAttribute('aria-invalid', 'true');
    });
  }
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (timer) { clearTimeout(timer); save(); }
    readFieldsCache = readFields();
    var bad = questions.filter(missing);
    readFieldsCache = null;
    questions.forEach(clearError);
    bad.forEach(showError);
    if (errors) {
      errors.textContent = '';
      errors.hidden = !bad.length;
    }
    if (bad.length) {
      if (errors) {
        errors.appendChild(el('span', {}, t('js_errors_summary', { count: bad.length }) + ' '));
        bad.forEach(function (q, i) {
          var a = el('a', { href: '#' + q.id }, X.questionText(q));
          errors.appendChild(a);
          if (i < bad.length - 1) errors.appendChild(document.createTextNode('; '));
        });
      }
      var first = bad[0].querySelector('input:not([type=hidden]), textarea');
      if (first) first.focus();
      return;
    }
    var r = record();
    var body = JSON.stringify(r, null, 2) + '\n';
    var done = function (text) {
      session.exported = now();
      save();
      if (errors) { errors.hidden = false; errors.textContent = text; }
    };
    if (D.submit === 'post' && D.submitUrl) {
      fetch(D.submitUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body })
        .then(function (res) {
          if (!res.ok) throw new Error(res.status + ' ' + res.statusText);
          done(t('js_submitted'));
        })
        .catch(function (err) {
          if (errors) { errors.hidden = false; errors.textContent = t('js_submit_failed', { reason: err.message }); }
        });
    } else if (D.submit === 'mailto' && D.submitAddress) {
      var text = X.markdown(r, form, t);
      window.location.href = 'mailto:' + D.submitAddress + '?subject=' + encodeURIComponent(document.title) +
        '&body=' + encodeURIComponent(text.length > 1800 ? text.slice(0, 1800) + '\n…' : text);
      done(t('js_submitted'));
    } else {
      var name = fileName('json');
      download(name, 'application/json', body);
      done(t('js_downloaded', { file: name }));
    }
  });
  form.addEventListener('input', function (e) {
    var q = e.target.closest && e.target.closest('.question[data-question]');
    if (q && q.querySelector('.error-message') && !missing(q)) clearError(q);
  });

  // --- start: the last session used, or a new one -------------------------
  // Until the stores are read, a blank session that is not saved anywhere.
  session = newSession();
  refreshPicker();
  refreshProgress();
  showClocks();
  storage.open().then(function () {
    var current = storage.get(prefix + ':current');
    var first = (current && load(current.respondent)) || sessions()[0];
    if (first) {
      use(first);
      say(t('js_restored', { code: codeLabel(first) }));
    }
  });
})();
