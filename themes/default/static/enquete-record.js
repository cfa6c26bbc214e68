// enquete: the answer record of one respondent, as plain functions. The
// format is the contract of docs/answers.md ("enquete-answers/1"); every
// field of the form keeps its value with the time it was last changed, so
// that two copies of a record (two tabs, two devices, an import) are merged
// field by field and no answer is lost. Loaded before enquete.js.
(function () {
  'use strict';

  var FORMAT = 'enquete-answers/1';
  var KINDS = ['open', 'text', 'number', 'date', 'single', 'multiple', 'scale', 'msc'];
  var TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

  function now() { return new Date().toISOString(); }
  function isObject(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }
  function copy(v) { return JSON.parse(JSON.stringify(v)); }

  function blank(meta, respondent) {
    return {
      format: FORMAT, study: meta.study, questionnaire: meta.questionnaire, hash: meta.hash,
      version: meta.version, language: meta.language, respondent: respondent,
      started: now(), saved: null, exported: null, questions: copy(meta.questions),
      timers: { total: 0, sections: {}, running: null }, fields: {}
    };
  }

  // Records saved before per-field times (values stored bare, under a key
  // that carried the definition hash) become records of this format: each
  // value counts as changed when the record was last saved.
  function upgrade(old, meta) {
    if (!isObject(old) || typeof old.respondent !== 'string') return null;
    if (old.format === FORMAT && isObject(old.fields) && Object.keys(old.fields).every(function (k) { return isObject(old.fields[k]); })) return old;
    var r = blank(meta, old.respondent);
    r.started = typeof old.started === 'string' ? old.started : r.started;
    r.saved = typeof old.saved === 'string' ? old.saved : null;
    r.exported = typeof old.exported === 'string' ? old.exported : null;
    r.hash = typeof old.hash === 'string' ? old.hash : meta.legacyHash || meta.hash;
    r.questions = isObject(old.questions) ? old.questions : {};
    var tm = old.timers;
    if (isObject(tm)) {
      r.timers.total = Number(tm.total) || 0;
      for (var s in isObject(tm.sections) ? tm.sections : {}) r.timers.sections[s.replace(/^s-/, '')] = Number(tm.sections[s]) || 0;
    }
    var changed = r.saved || r.started;
    for (var name in isObject(old.fields) ? old.fields : {}) {
      var v = old.fields[name];
      r.fields[name] = { value: Array.isArray(v) ? v.map(String) : v === null || v === undefined ? null : String(v), changed: changed };
    }
    return r;
  }

  // --- validation: the rules of docs/answers.schema.json, with messages --
  // Returns the first problem as "path: what is wrong", or '' when the
  // record follows the format.
  function check(r) {
    if (!isObject(r)) return 'the file holds no object';
    if (r.format !== FORMAT) return 'format: expected "' + FORMAT + '"';
    var problem = '';
    function need(ok, path, expected) {
      if (!problem && !ok) problem = path + ': expected ' + expected;
    }
    function str(v) { return typeof v === 'string'; }
    function time(v) { return str(v) && TIME.test(v) && !isNaN(Date.parse(v)); }
    function ms(v) { return typeof v === 'number' && v >= 0 && Math.floor(v) === v; }
    function each(obj, path, test, expected) {
      need(isObject(obj), path, 'an object');
      for (var k in isObject(obj) ? obj : {}) need(test(obj[k]), path + '.' + k, expected);
    }
    ['study', 'questionnaire', 'hash', 'language', 'respondent'].forEach(function (k) {
      need(str(r[k]) && r[k] !== '', k, 'a text');
    });
    need(r.version === null || str(r.version), 'version', 'a text or null');
    need(time(r.started), 'started', 'a date and time (UTC)');
    need(r.saved === null || time(r.saved), 'saved', 'a date and time (UTC) or null');
    need(r.exported === null || time(r.exported), 'exported', 'a date and time (UTC) or null');
    each(r.questions, 'questions', function (k) { return KINDS.indexOf(k) >= 0; }, 'a question type (' + KINDS.join(', ') + ')');
    var tm = r.timers;
    need(isObject(tm), 'timers', 'an object');
    if (isObject(tm)) {
      need(ms(tm.total), 'timers.total', 'milliseconds');
      each(tm.sections, 'timers.sections', ms, 'milliseconds');
      need(tm.running === null || time(tm.running), 'timers.running', 'a date and time (UTC) or null');
    }
    each(r.fields, 'fields', function (f) {
      var v = isObject(f) && f.value;
      return isObject(f) && time(f.changed) && (v === null || str(v) || (Array.isArray(v) && v.every(str))) &&
        (f.clock === undefined || ms(f.clock));
    }, 'a value with the time it changed');
    each(r.answers, 'answers', function (v) {
      return str(v) || typeof v === 'number' || (Array.isArray(v) && v.every(str));
    }, 'a text, a number or a list of texts');
    ['other', 'why', 'notes'].forEach(function (k) { each(r[k], k, str, 'a text'); });
    each(r.probes, 'probes', function (v) {
      return Array.isArray(v) && v.every(function (n) { return ms(n) && n > 0; });
    }, 'a list of probe numbers');
    need(Array.isArray(r.removed) && r.removed.every(str), 'removed', 'a list of question ids');
    // Written by forms with skip logic only.
    need(r.not_applicable === undefined || (Array.isArray(r.not_applicable) && r.not_applicable.every(str)), 'not_applicable', 'a list of question ids');
    return problem;
  }
  // A file of several respondents ("export all respondents").
  function checkFile(data) {
    if (isObject(data) && Array.isArray(data.records)) {
      if (data.format !== FORMAT) return 'format: expected "' + FORMAT + '"';
      if (!TIME.test(data.exported || '')) return 'exported: expected a date and time (UTC)';
      for (var i = 0; i < data.records.length; i++) {
        var p = check(data.records[i]);
        if (p) return 'records[' + i + '].' + p;
      }
      return '';
    }
    return check(data);
  }

  // --- merging -----------------------------------------------------------
  function same(a, b) { return JSON.stringify(a === undefined ? null : a) === JSON.stringify(b === undefined ? null : b); }
  function later(a, b) { return (a || '') > (b || '') ? a : b; }

  // Two copies of one respondent's record: each field from the copy that
  // changed it last. `theirs` wins ties, so that the newest write stays.
  function merge(mine, theirs) {
    var out = copy(later(mine.saved, theirs.saved) === mine.saved && mine.saved !== theirs.saved ? mine : theirs);
    out.started = (mine.started || '') < (theirs.started || '') ? mine.started : theirs.started;
    out.fields = {};
    var names = Object.keys(mine.fields).concat(Object.keys(theirs.fields));
    names.forEach(function (n) {
      var a = mine.fields[n];
      var b = theirs.fields[n];
      out.fields[n] = copy(!b || (a && a.changed > b.changed) ? a : b);
    });
    // A clock only runs forward: the larger count is the one kept.
    var ta = mine.timers;
    var tb = theirs.timers;
    out.timers.total = Math.max(ta.total, tb.total);
    Object.keys(ta.sections).concat(Object.keys(tb.sections)).forEach(function (s) {
      out.timers.sections[s] = Math.max(ta.sections[s] || 0, tb.sections[s] || 0);
    });
    out.exported = later(mine.exported, theirs.exported) || null;
    return out;
  }

  // Fields that both sides changed since `since` (this device's last
  // export) to different values: the person importing chooses.
  function conflicts(mine, theirs, since) {
    return Object.keys(theirs.fields).filter(function (n) {
      var a = mine.fields[n];
      var b = theirs.fields[n];
      return a && !same(a.value, b.value) && a.changed > (since || '') && b.changed > (since || '');
    });
  }

  // Times from another device may lie in the future (a wrong clock, or a
  // hand-edited file); they would win every merge and silence the warning
  // about answers not yet exported. None is kept later than now, and an
  // export time in the future counts as no export.
  function clampTimes(r) {
    var t = now();
    ['started', 'saved'].forEach(function (k) { if (r[k] && r[k] > t) r[k] = t; });
    if (r.exported && r.exported > t) r.exported = null;
    for (var n in r.fields) if (r.fields[n].changed > t) r.fields[n].changed = t;
    return r;
  }

  // Answers changed since the last export (or never exported).
  function unexported(r) {
    return Object.keys(r.fields).some(function (n) {
      return r.fields[n].value !== null && r.fields[n].changed > (r.exported || '');
    });
  }

  // --- the analysis view: answers by question -----------------------------
  // `kinds` maps each question of the page to its type (a removed question
  // keeps the type it had); answers to number and scale questions are
  // numbers, as far as they are numbers at all.
  function questionOf(name) { return name.split('.')[0]; }
  function derive(r, kinds) {
    var out = copy(r);
    out.answers = {}; out.other = {}; out.why = {}; out.probes = {}; out.notes = {};
    var removed = {};
    Object.keys(r.fields).sort().forEach(function (name) {
      var v = r.fields[name].value;
      if (v === null || (Array.isArray(v) && !v.length)) return;
      var parts = name.split('.');
      var q = parts[0];
      if (!(q in kinds)) removed[q] = true;
      var kind = kinds[q] || r.questions[q];
      if (parts.length === 1) {
        var n = Number(v);
        out.answers[q] = (kind === 'number' || kind === 'scale') && typeof v === 'string' && v.trim() !== '' && isFinite(n) ? n : v;
      } else if (parts[1] === 'probe') {
        (out.probes[q] = out.probes[q] || []).push(Number(parts[2]));
        out.probes[q].sort(function (a, b) { return a - b; });
      } else if (parts[1] === 'other' || parts[1] === 'why' || parts[1] === 'notes') {
        out[parts[1]][q] = Array.isArray(v) ? v.join('; ') : v;
      }
    });
    out.removed = Object.keys(removed).sort();
    return out;
  }

  window.enqueteRecord = {
    FORMAT: FORMAT, blank: blank, upgrade: upgrade, check: check, checkFile: checkFile,
    merge: merge, conflicts: conflicts, clampTimes: clampTimes, unexported: unexported,
    derive: derive, same: same, questionOf: questionOf, now: now, copy: copy
  };
})();
