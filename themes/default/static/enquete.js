// enquete: saving, restoring, merging, exporting and sending answers in the
// browser. Progressive enhancement: without this script every page still
// reads and prints. No framework, no request to any other host; answers stay
// in this browser until they are exported or, for surveys, sent to the
// study's own address. The record format is docs/answers.md
// (enquete-record.js); the interviewer's bar is enquete-interview.js.
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
  var R = window.enqueteRecord;
  var D = form.dataset;
  var interview = D.mode === 'interview';
  var now = R.now;
  var lang = document.documentElement.lang;
  var questions = $$('.question[data-question]', form);
  var kinds = {};
  questions.forEach(function (q) { kinds[q.getAttribute('data-question')] = (q.className.match(/\bq-(\w+)/) || [])[1]; });
  var meta = {
    study: D.study, questionnaire: D.questionnaire, hash: D.hash, version: D.version || null,
    language: D.lang, questions: kinds
  };
  // Records are kept per study, questionnaire and respondent; the
  // definition hash is inside the record, so that editing the guide hides
  // nothing. (Before, the hash was part of the key: such records are moved.)
  var base = ['enquete', D.study, D.questionnaire, ''].join(':');
  function keyOf(code) { return base + 'r:' + code; }
  var LEGACY = new RegExp('^' + base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '([0-9a-f]+):r:(.+)$');

  // The study's key changes when study.yaml is edited: records of this
  // questionnaire under another study key are found, and offered.
  var ELSEWHERE = new RegExp('^enquete:([^:]+):' + D.questionnaire + ':(?:[0-9a-f]+:)?r:(.+)$');
  var storage = window.enqueteStorage(base, ELSEWHERE);

  function draftCode() {
    return (interview ? 'draft-' : 'anon-') + now().replace(/\D/g, '').slice(0, 14) + '-' + Math.random().toString(36).slice(2, 6);
  }
  function isDraft(code) { return /^(draft|anon)-/.test(code); }
  function codeLabel(r) { return isDraft(r.respondent) ? t('js_no_code') + ' · ' + r.started.slice(0, 16).replace('T', ' ') : r.respondent; }
  function load(code) {
    var r = R.upgrade(storage.get(keyOf(code)), meta);
    return r ? R.copy(r) : null;
  }
  function sessions() {
    var p = base + 'r:';
    return storage.keys().filter(function (k) { return k.indexOf(p) === 0; })
      .map(function (k) { return load(k.slice(p.length)); })
      .filter(Boolean)
      .sort(function (a, b) { return (b.saved || '').localeCompare(a.saved || ''); });
  }

  // --- the form's fields --------------------------------------------------
  // Every named control but the respondent code, by name. The form does not
  // change once loaded, so they are looked up once.
  var byName = {};
  var answerFields = $$('input[name], textarea[name], select[name]', form).filter(function (c) {
    if (c.name === 'respondent_code' || c.type === 'file' || c.closest('[data-enquete-ui]')) return false;
    (byName[c.name] = byName[c.name] || []).push(c);
    return true;
  });
  // A field's value as the record keeps it: a text, a list of ticked
  // values, or null. Ticked values that this page no longer offers (an
  // option removed from the guide) stay in the list.
  function readField(name, kept) {
    var cs = byName[name];
    var c = cs[0];
    if (c.type === 'radio') {
      var on = cs.filter(function (x) { return x.checked; })[0];
      return on ? on.value : null;
    }
    if (c.type === 'checkbox') {
      var offered = cs.map(function (x) { return x.value; });
      var v = cs.filter(function (x) { return x.checked; }).map(function (x) { return x.value; });
      (Array.isArray(kept) ? kept : []).forEach(function (k) { if (offered.indexOf(k) < 0) v.push(k); });
      return v.length ? v : null;
    }
    return c.value === '' ? null : c.value;
  }
  // Shows a value (what the page cannot show is listed by showOrphans).
  function writeField(name, v) {
    byName[name].forEach(function (c) {
      if (c.type === 'radio') c.checked = v === c.value;
      else if (c.type === 'checkbox') c.checked = Array.isArray(v) && v.indexOf(c.value) >= 0;
      else c.value = typeof v === 'string' ? v : '';
    });
    if (/\.notes$/.test(name) && v) byName[name][0].closest('details').open = true;
  }
  function value(name) { var f = session.fields[name]; return f ? f.value : null; }
  function isAnswered(id) {
    var v = value(id);
    return v !== null && !(Array.isArray(v) && !v.length);
  }

  // --- the panel: status, warnings, notices --------------------------------
  var panel = document.getElementById('session-panel');
  panel.setAttribute('data-enquete-ui', '');
  var status = el('p', { 'class': 'save-status', role: 'status', 'aria-live': 'polite' });
  var alertBox = el('p', { 'class': 'storage-alert', role: 'alert' });
  alertBox.hidden = true;
  var notices = el('div', { 'class': 'notices', 'aria-live': 'polite' });
  panel.appendChild(status);
  panel.appendChild(alertBox);
  // Notices scroll with the page: the interviewer's bar stays small.
  panel.after(notices);
  panel.hidden = false;

  // How many messages were said: a save that ends after a newer message
  // (an import, say) leaves that message, the newer news, in place.
  var said = 0;
  function say(text) { said += 1; status.textContent = text; }
  function warn(text) { alertBox.textContent = text; alertBox.hidden = !text; }
  // A notice that stays until dismissed or replaced (by `kind`), with an
  // optional action button.
  function notice(kind, text, action, onAction) {
    $$('[data-notice="' + kind + '"]', notices).forEach(function (n) { n.remove(); });
    if (!text) return null;
    var n = el('div', { 'class': 'notice notice-' + kind, 'data-notice': kind });
    n.appendChild(el('p', {}, text));
    if (action) {
      var b = el('button', { type: 'button' }, action);
      b.addEventListener('click', function () { onAction(); n.remove(); });
      n.appendChild(b);
    }
    var close = el('button', { type: 'button', 'class': 'dismiss', 'aria-label': t('js_dismiss') }, '×');
    close.addEventListener('click', function () { n.remove(); if (kind === 'privacy') remember('privacy'); });
    n.appendChild(close);
    notices.appendChild(n);
    return n;
  }
  function remember(what) { try { localStorage.setItem('enquete:dismissed:' + what, now()); } catch (e) { /* blocked */ } }
  function remembered(what) { try { return !!localStorage.getItem('enquete:dismissed:' + what); } catch (e) { return false; } }
  storage.available().then(function (ok) { if (!ok) warn(t('js_not_saved')); });
  // Every file:// page of a browser profile shares one storage: any HTML
  // file opened on this computer could read the answers. Said once.
  if (location.protocol === 'file:' && !remembered('privacy')) notice('privacy', t('js_privacy_file'));

  // --- the session: the record of the respondent on screen ----------------
  var session;
  var dirty = {};
  var hooks = { change: [], use: [], leave: [] };
  function fire(kind) { hooks[kind].forEach(function (f) { f(session); }); }

  // Takes what was typed into the record, each field with its time (and
  // its time on the interview clock, when that runs).
  function collect() {
    var at = now();
    Object.keys(dirty).forEach(function (name) {
      var v = readField(name, value(name));
      if (R.same(v, value(name))) return;
      var f = { value: v, changed: at };
      if (api.clock() !== null) f.clock = api.clock();
      session.fields[name] = f;
    });
    dirty = {};
  }
  // Shows a record's fields; what the page cannot show is listed apart.
  function show(r, only) {
    for (var name in byName) if (!only || only.indexOf(name) >= 0) writeField(name, r.fields[name] ? r.fields[name].value : null);
    showOrphans();
    fire('change');
  }

  var timer = null;
  // Saving merges with what is stored, field by field: another tab (the
  // same respondent open twice, or the page in another language) may have
  // saved since, and its answers stay.
  function save() {
    if (timer) { clearTimeout(timer); timer = null; }
    collect();
    var key = keyOf(session.respondent);
    var stored = R.upgrade(storage.fresh(key), meta);
    var before = session;
    session.saved = now();
    session.language = D.lang;
    session.hash = D.hash;
    session.version = meta.version;
    // Types of removed questions are kept, for their answers' sake.
    for (var q in session.questions) if (!(q in kinds) && !session.fields[q]) delete session.questions[q];
    for (q in kinds) session.questions[q] = kinds[q];
    if (stored && stored.started) {
      session = R.merge(stored, session);
      var changedElsewhere = Object.keys(session.fields).filter(function (n) { return byName[n] && !R.same(session.fields[n], before.fields[n]); });
      if (changedElsewhere.length) show(session, changedElsewhere);
    }
    var record = R.copy(session);
    storage.set(base + 'current', { respondent: session.respondent, saved: session.saved });
    broadcast({ saved: session.respondent });
    fire('change');
    var mark = said;
    return storage.set(key, record).then(function (ok) {
      if (ok) {
        if (said === mark) say(t('js_saved', { time: new Date().toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' }) }));
        warn('');
      } else {
        say('');
        warn(t('js_not_saved'));
      }
      return ok;
    });
  }
  function changed(name) {
    if (name) dirty[name] = true;
    say(t('js_saving'));
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, 300);
  }
  function flush() { if (timer) save(); }
  function onEdit(e) {
    if (byName[e.target.name] && byName[e.target.name].indexOf(e.target) >= 0) changed(e.target.name);
  }
  form.addEventListener('input', onEdit);
  form.addEventListener('change', onEdit);
  // The form is never submitted as such: a survey sends its answers itself.
  form.addEventListener('submit', function (e) { e.preventDefault(); });

  function use(r) {
    flush();
    session = r;
    dirty = {};
    show(r);
    storage.set(base + 'current', { respondent: r.respondent, saved: now() });
    definitionNotice();
    announce();
    fire('use');
  }

  // --- a guide that changed since the answers were saved ------------------
  // Answers are matched by question id. An answer that this page cannot show
  // (its question or its option was removed) is listed at the end of the
  // form, kept in the record and exported.
  var orphans = el('section', { 'class': 'orphans', 'aria-labelledby': 'orphans-title', 'data-enquete-ui': '' });
  orphans.hidden = true;
  (form.querySelector('.form-end') || form.lastChild).before(orphans);
  function showOrphans() {
    var rows = Object.keys(session.fields).filter(function (n) {
      var v = session.fields[n].value;
      return v !== null && (!byName[n] || !writeFieldable(n, v));
    });
    orphans.textContent = '';
    orphans.hidden = !rows.length;
    if (!rows.length) return;
    orphans.appendChild(el('h2', { id: 'orphans-title' }, t('js_orphans_title')));
    orphans.appendChild(el('p', { 'class': 'help' }, t('js_orphans_help')));
    var dl = el('dl');
    rows.sort().forEach(function (n) {
      dl.appendChild(el('dt', {}, n));
      var v = session.fields[n].value;
      dl.appendChild(el('dd', {}, Array.isArray(v) ? v.join('; ') : v));
    });
    orphans.appendChild(dl);
  }
  function writeFieldable(name, v) {
    return byName[name].some(function (c) {
      if (c.type !== 'radio' && c.type !== 'checkbox') return true;
      return c.type === 'radio' ? v === c.value : v.every(function (x) { return byName[name].some(function (o) { return o.value === x; }); });
    });
  }
  function definitionNotice() {
    if (!session.saved || session.hash === D.hash) { notice('definition', ''); return; }
    var before = Object.keys(session.questions);
    var added = Object.keys(kinds).filter(function (q) { return before.length && before.indexOf(q) < 0; }).length;
    var removed = before.filter(function (q) { return !(q in kinds); });
    Object.keys(session.fields).forEach(function (n) {
      var q = R.questionOf(n);
      if (!(q in kinds) && removed.indexOf(q) < 0) removed.push(q);
    });
    notice('definition', before.length ? t('js_definition_changed', { added: added, removed: removed.length }) : t('js_definition_changed_since', { removed: removed.length }));
  }

  // --- other tabs and windows -----------------------------------------------
  // A save in another tab reaches this one as a `storage` event: its fields
  // are merged in, newest first, and the interviewer is told.
  var channel = null;
  try { channel = new BroadcastChannel(base); } catch (e) { /* none: storage events still come */ }
  function broadcast(msg) { if (channel) channel.postMessage(msg); }
  function elsewhere() { notice('tabs', t('js_open_elsewhere', { code: codeLabel(session) })); }
  function announce() { broadcast({ open: session.respondent }); }
  if (channel) {
    channel.onmessage = function (e) {
      var m = e.data || {};
      if (m.open === session.respondent || m.here === session.respondent) elsewhere();
      if (m.open === session.respondent) broadcast({ here: session.respondent });
    };
  }
  window.addEventListener('storage', function (e) {
    if (e.key !== keyOf(session.respondent) || !e.newValue) return;
    var theirs;
    try { theirs = R.upgrade(JSON.parse(e.newValue), meta); } catch (err) { return; }
    if (!theirs) return;
    collect();
    var before = session;
    session = R.merge(session, theirs);
    storage.put(e.key, R.copy(session));
    var names = Object.keys(session.fields).filter(function (n) { return byName[n] && !R.same(session.fields[n], before.fields[n]); });
    show(session, names);
    elsewhere();
  });

  // Records of this questionnaire kept under another key of the study (its
  // study.yaml was edited since) are not shown unasked: the same
  // questionnaire id could belong to another study opened in this browser.
  function offerElsewhere() {
    var found = storage.keys().filter(function (k) {
      var m = k.match(ELSEWHERE);
      return m && m[1] !== D.study;
    });
    if (!found.length) return;
    notice('elsewhere', t('js_found_elsewhere', { count: found.length }), t('js_take_found'), function () {
      Promise.all(found.map(function (k) {
        var r = R.upgrade(storage.get(k), meta);
        if (!r) return null;
        r.study = D.study;
        var existing = load(r.respondent);
        return storage.set(keyOf(r.respondent), existing ? R.merge(r, existing) : r).then(function (ok) {
          if (ok) storage.remove(k);
        });
      })).then(function () {
        var first = load(session.respondent) || sessions()[0];
        if (first) use(first);
        say(t('js_taken_found', { count: found.length }));
      });
    });
  }

  // --- respondents ------------------------------------------------------------
  function startNew() { use(R.blank(meta, draftCode())); }
  function switchTo(code) { var r = load(code); if (r) use(r); }
  function remove(quiet) {
    flush();
    return storage.remove(keyOf(session.respondent)).then(function () {
      storage.remove(base + 'backup:' + session.respondent);
      var rest = sessions();
      use(rest[0] || R.blank(meta, draftCode()));
      if (!quiet) say(t('js_deleted'));
    });
  }
  // The respondent code names the record; changing it moves the answers.
  function rename(code) {
    if (!code || code === session.respondent) return;
    var existing = load(code);
    if (existing) {
      use(existing);
      say(t('js_code_taken', { code: code }));
      return;
    }
    flush();
    storage.remove(keyOf(session.respondent));
    session.respondent = code;
    save();
    fire('use');
  }

  // Leaving with answers that were never exported loses nothing here (they
  // stay saved), but the interviewer should know before closing a borrowed
  // laptop. Going to the same page in another language is not leaving: the
  // record is shared by all languages of a questionnaire.
  var switching = false;
  $$('nav.languages a').forEach(function (a) {
    a.addEventListener('click', function () {
      switching = true;
      setTimeout(function () { switching = false; }, 5000);
      fire('leave');
      flush();
    });
  });
  window.addEventListener('pagehide', function () { flush(); });
  window.addEventListener('beforeunload', function (e) {
    flush();
    if (switching) { switching = false; return; }
    if (R.unexported(session)) {
      e.preventDefault();
      e.returnValue = t('js_unexported');
      return e.returnValue;
    }
  });

  // Exporting, importing and sending (enquete-transfer.js) work on the
  // session through these.
  var io = window.enqueteTransfer({
    t: t, el: el, form: form, questions: questions, kinds: kinds, meta: meta, storage: storage, base: base,
    keyOf: keyOf, load: load, sessions: sessions, codeLabel: codeLabel, remove: remove,
    flush: flush, collect: collect, save: save, say: say, warn: warn, notice: notice,
    session: function () { return session; },
    // Puts `r` on screen in place of the session (`clean`: dropping what
    // was typed and not yet collected).
    replace: function (r, clean) {
      session = r;
      if (clean) dirty = {};
      use(r);
    },
    resolve: function (ask, mine, theirs) { return api.resolve(ask, mine, theirs); }
  });

  // What the interviewer's bar (enquete-interview.js) and the survey's
  // submission (enquete-survey.js) work with.
  var api = window.enquete = {
    t: t, el: el, $$: $$, form: form, panel: panel, questions: questions, interview: interview,
    session: function () { return session; }, sessions: sessions, codeLabel: codeLabel, isDraft: isDraft,
    isAnswered: function (id) { collect(); return isAnswered(id); },
    on: function (kind, f) { (hooks[kind] = hooks[kind] || []).push(f); },
    say: say, warn: warn, notice: notice, changed: changed, save: save, flush: flush,
    startNew: startNew, switchTo: switchTo, remove: remove, rename: rename,
    exportAs: io.exportAs, exportAll: io.exportAll, importText: io.importText, send: io.send,
    // Removes the record on screen from this device, and nothing else.
    forget: function () { return storage.remove(keyOf(session.respondent)); },
    canSend: (D.submit === 'post' && !!D.submitUrl) || (D.submit === 'mailto' && !!D.submitAddress),
    encrypted: io.encrypted,
    // The interview clock, in ms, or null when it never ran (set by the bar).
    clock: function () { return null; },
    // Asks which side to keep of each field changed on both (set by the bar).
    resolve: function () { return Promise.resolve(null); },
    // Whether a question applies (set by the skip logic, enquete-skip.js).
    applies: function () { return true; }
  };

  // --- start: the last respondent, or a new one -------------------------------
  // Until the stores are read, a blank record that is not saved anywhere.
  session = R.blank(meta, draftCode());
  var parsed = new Promise(function (resolve) {
    if (document.readyState === 'complete') resolve();
    document.addEventListener('DOMContentLoaded', resolve);
    window.addEventListener('load', resolve);
  });
  storage.open().then(function () {
    // Records under the old keys (with the definition hash) move to the
    // new ones, merged with anything already there.
    var moves = storage.keys().map(function (k) {
      var m = k.match(LEGACY);
      if (!m) return null;
      var old = R.upgrade(storage.get(k), { study: D.study, questionnaire: D.questionnaire, hash: m[1], legacyHash: m[1], version: null, language: D.lang, questions: {} });
      if (!old) return null;
      var existing = load(old.respondent);
      return storage.set(keyOf(old.respondent), existing ? R.merge(old, existing) : old).then(function (ok) {
        if (ok) storage.remove(k);
      });
    }).filter(Boolean);
    return Promise.all(moves);
  }).then(function () {
    // The interviewer's bar and the skip logic are later deferred scripts
    // that hook `use`: the stores can open before they have run.
    return parsed;
  }).then(function () {
    offerElsewhere();
    var current = storage.get(base + 'current');
    var first = (current && load(current.respondent)) || sessions()[0];
    if (first) {
      use(first);
      say(t('js_restored', { code: codeLabel(first) }));
    } else {
      use(session);
    }
  });
})();
