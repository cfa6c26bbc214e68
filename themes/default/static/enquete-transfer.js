// enquete: exporting, importing and sending a respondent's answers, for
// web forms. Loaded before enquete.js, which hands it the session's
// workings (the `core` below) and offers what it returns in its interface
// (window.enquete): exportAs, exportAll, importText and send.
(function () {
  'use strict';

  window.enqueteTransfer = function (core) {
    var R = window.enqueteRecord;
    var X = window.enqueteExport;
    var t = core.t, el = core.el, form = core.form, D = form.dataset, questions = core.questions, kinds = core.kinds;
    var meta = core.meta, storage = core.storage, base = core.base, keyOf = core.keyOf, load = core.load;
    var sessions = core.sessions, codeLabel = core.codeLabel, now = R.now;
    var flush = core.flush, collect = core.collect, save = core.save, remove = core.remove;
    var say = core.say, warn = core.warn, notice = core.notice;
    // The record on screen: saving and importing replace it, so it is
    // asked for each time, never kept here.
    var S = core.session;

    // --- exporting ----------------------------------------------------------
    // A form with skip logic lists the questions that did not apply.
    function exportRecord(r) {
      var x = R.derive(r, kinds);
      if (window.enqueteSkip) x.not_applicable = window.enqueteSkip.notApplicable(r.fields);
      return x;
    }
    function fileName(ext, who) {
      return [D.questionnaire, who || S().respondent, now().slice(0, 10)].join('-').replace(/[^\w.-]+/g, '_') + '.' + ext;
    }
    // The link is never put on the page: it is only clicked.
    function download(name, type, text) {
      var a = el('a', { href: URL.createObjectURL(new Blob([text], { type: type })), download: name });
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
    }
    function json(data) { return JSON.stringify(data, null, 2) + '\n'; }
    // With the study's public key on the form, every file and submission
    // leaves this device encrypted, or not at all: a failure is reported
    // and nothing is marked exported.
    var encrypted = !!D.publicKey;
    function protect(text) { return encrypted ? X.seal(text, D.publicKey, D.keyId) : Promise.resolve(text); }
    function encryptFailed(err) { warn(t('js_encrypt_failed', { reason: err && err.message || String(err) })); }
    function markExported(r, at) {
      r.exported = at;
      storage.remove(base + 'backup:' + r.respondent);
      notice('undo', '');
    }
    // The current respondent as JSON, CSV or Markdown; then, if asked, the
    // respondent is removed from this device.
    function exportAs(format, removeAfter) {
      flush();
      collect();
      var at = now();
      var r = exportRecord(S());
      r.exported = at;
      // Spreadsheets and Markdown cannot be encrypted files: JSON only then.
      if (encrypted) format = 'json';
      var name = fileName(format === 'markdown' ? 'md' : format);
      var made = format === 'json' ? protect(json(r)).then(function (text) { download(name, 'application/json', text); })
        : Promise.resolve(format === 'csv' ? download(name, 'text/csv', '\ufeff' + X.csv(r, questions))
          : download(name, 'text/markdown', X.markdown(r, form, t)));
      return made.then(function () {
        markExported(S(), at);
        return save().then(function () {
          say(t('js_downloaded', { file: name }));
          if (removeAfter) return remove(true).then(function () { say(t('js_exported_removed', { file: name })); });
        });
      }, encryptFailed);
    }
    function exportAll() {
      flush();
      var at = now();
      var all = sessions().map(function (r) { return r.respondent === S().respondent ? S() : r; });
      var name = fileName('json', 'all');
      var text = json({ format: R.FORMAT, exported: at, records: all.map(function (r) { var x = exportRecord(r); x.exported = at; return x; }) });
      return protect(text).then(function (sealed) {
        download(name, 'application/json', sealed);
        var done = all.map(function (r) {
          markExported(r, at);
          return r === S() ? save() : storage.set(keyOf(r.respondent), r);
        });
        return Promise.all(done).then(function () { say(t('js_downloaded', { file: name })); });
      }, encryptFailed);
    }

    // --- importing ------------------------------------------------------------
    // A file is checked against the format first: a bad file changes nothing.
    // Its answers are merged field by field into what this device has, the
    // newest of each field kept; a field changed on both sides since this
    // device last exported is asked about. What was here before stays as a
    // backup until the next export, and the import can be undone.
    function importText(text) {
      var data;
      try { data = JSON.parse(text); } catch (e) { return Promise.resolve(warn(t('js_import_invalid', { reason: e.message }))); }
      if (data && data.format === X.ENVELOPE) return Promise.resolve(warn(t('js_import_encrypted')));
      var problem = R.checkFile(data);
      if (problem) return Promise.resolve(warn(t('js_import_invalid', { reason: problem })));
      var list = data.records || [data];
      var wrong = list.filter(function (r) { return r.questionnaire !== D.questionnaire || r.study !== D.study; })[0];
      if (wrong) return Promise.resolve(warn(t('js_import_wrong', { id: wrong.questionnaire })));
      flush();
      warn('');
      var chain = Promise.resolve();
      list.forEach(function (incoming) {
        chain = chain.then(function () { return importOne(incoming); });
      });
      return chain;
    }
    function importOne(incoming) {
      var theirs = R.clampTimes(R.upgrade(R.copy(incoming), meta));
      ['answers', 'other', 'why', 'probes', 'notes', 'removed'].forEach(function (k) { delete theirs[k]; });
      var code = theirs.respondent;
      var mine = code === S().respondent ? (collect(), S()) : load(code);
      var ask = mine ? R.conflicts(mine, theirs, mine.exported) : [];
      return (ask.length ? core.resolve(ask, mine, theirs) : Promise.resolve({})).then(function (choice) {
        if (!choice) { say(t('js_import_cancelled')); return; }
        var merged = theirs;
        if (mine) {
          storage.set(base + 'backup:' + code, mine);
          merged = R.merge(mine, theirs);
          ask.forEach(function (n) { merged.fields[n] = R.copy((choice[n] === 'mine' ? mine : theirs).fields[n]); });
          // What this device added is exported only when this device says so.
          merged.exported = mine.exported;
        }
        merged.timers.running = null;
        return storage.set(keyOf(code), merged).then(function () {
          core.replace(merged, true);
          say(t('js_import_done', { code: codeLabel(merged) }));
          if (mine) notice('undo', t('js_import_merged', { code: codeLabel(merged) }), t('js_undo_import'), function () { undoImport(code); });
        });
      });
    }
    function undoImport(code) {
      var backup = R.upgrade(storage.get(base + 'backup:' + code), meta);
      if (!backup) return;
      storage.set(keyOf(code), backup).then(function () {
        storage.remove(base + 'backup:' + code);
        core.replace(backup);
        say(t('js_import_undone', { code: codeLabel(backup) }));
      });
    }

    // --- sending: the study's `submit` ------------------------------------------
    // Never claims what did not happen: a mailto link is used only when the
    // whole message fits (mail programs cut long links), else the file is
    // downloaded to be attached; a post reports what the server answered.
    var MAILTO_MAX = 2000;
    function send() {
      flush();
      collect();
      var at = now();
      var r = exportRecord(S());
      r.exported = at;
      return protect(json(r)).then(function (body) { return deliver(r, at, body); }, function (err) {
        return { ok: false, text: t('js_encrypt_failed', { reason: err && err.message || String(err) }) };
      });
    }
    function deliver(r, at, body) {
      var sent = function (text) {
        markExported(S(), at);
        return save().then(function () { return { ok: true, text: text }; });
      };
      if (D.submit === 'post' && D.submitUrl) {
        return fetch(D.submitUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body })
          .then(function (res) {
            if (!res.ok) return { ok: false, text: t('js_submit_failed', { reason: res.status + ' ' + res.statusText }) };
            return sent(t('js_submitted'));
          }, function (err) {
            return { ok: false, text: t('js_submit_failed', { reason: err.message }) };
          });
      }
      var name = fileName('json');
      if (D.submit === 'mailto' && D.submitAddress) {
        var head = 'mailto:' + D.submitAddress + '?subject=' + encodeURIComponent(document.title);
        // An encrypted export is never put in a mail's text: it is attached.
        var link = head + '&body=' + encodeURIComponent(X.markdown(r, form, t));
        if (!encrypted && link.length <= MAILTO_MAX) {
          openLink(link);
          return sent(t('js_mail_opened', { address: D.submitAddress }));
        }
        download(name, 'application/json', body);
        openLink(head + '&body=' + encodeURIComponent(t('js_mail_attach_body', { file: name })));
        return sent(t('js_mail_too_long', { file: name, address: D.submitAddress }));
      }
      download(name, 'application/json', body);
      return sent(t('js_download_done', { file: name }));
    }
    function openLink(href) { el('a', { href: href }).click(); }

    return { exportAs: exportAs, exportAll: exportAll, importText: importText, send: send, encrypted: encrypted };
  };
})();
