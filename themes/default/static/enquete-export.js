// enquete: the CSV and Markdown exports of a respondent's answers, as plain
// functions of the exported record (docs/answers.md) and the form on the
// page. Loaded before enquete.js, which offers them as downloads and in
// mailto messages. Both are data: nothing a respondent typed can become a
// spreadsheet formula or Markdown structure.
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

  // A spreadsheet runs a cell that starts with = + - @ (or a tab or CR
  // before one) as a formula: such a cell gets a leading apostrophe, which
  // spreadsheets show as text (OWASP, CSV injection). Numbers stay numbers.
  function csvCell(v) {
    v = Array.isArray(v) ? v.join('; ') : v === undefined || v === null ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(v) && !/^[-+]?\d+(\.\d+)?$/.test(v)) v = "'" + v;
    return /[",\n\r]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }
  function csv(r, questions) {
    var head = ['study', 'questionnaire', 'hash', 'version', 'language', 'respondent', 'started', 'saved', 'exported'];
    var row = head.map(function (k) { return r[k]; });
    function add(name, v) { head.push(name); row.push(v); }
    // Forms with skip logic: the questions that did not apply.
    if (r.not_applicable) add('not_applicable', r.not_applicable);
    questions.forEach(function (q) {
      var id = q.getAttribute('data-question');
      add(id, r.answers[id]);
      if (q.querySelector('[name="' + id + '.other"]')) add(id + '.other', r.other[id]);
      if (q.querySelector('[name="' + id + '.why"]')) add(id + '.why', r.why[id]);
      if (q.querySelector('[name^="' + id + '.probe."]')) add(id + '.probes', r.probes[id]);
      if (q.querySelector('[name="' + id + '.notes"]')) add(id + '.notes', r.notes[id]);
    });
    // Answers to questions no longer in the guide keep their columns.
    r.removed.forEach(function (id) {
      ['answers', 'other', 'why', 'probes', 'notes'].forEach(function (k) {
        if (r[k][id] !== undefined) add(k === 'answers' ? id : id + '.' + k, r[k][id]);
      });
    });
    return head.map(csvCell).join(',') + '\r\n' + row.map(csvCell).join(',') + '\r\n';
  }

  function labelOf(q, value) {
    var input = $$('input', q).filter(function (i) { return i.value === String(value) && i.type !== 'text'; })[0];
    var label = input && input.labels && input.labels[0];
    return label ? label.textContent.trim() : String(value);
  }
  // Every answer and note is a block quote, each line quoted, so that what
  // a respondent typed stays inside its quote whatever it contains.
  function quote(text) {
    return String(text).split(/\r\n|\r|\n/).map(function (l) { return '> ' + l; }).join('\n');
  }
  function markdown(r, form, t) {
    var title = (document.querySelector('h1') || {}).textContent || r.questionnaire;
    var md = ['# ' + title.trim(), '', '- ' + t('respondent_code') + ': `' + r.respondent.replace(/`/g, '') + '`',
      '- ' + t('date') + ': ' + (r.started || '').slice(0, 10), '- ' + r.questionnaire + ' #' + r.hash + (r.version ? ' (' + r.version + ')' : ''), ''];
    function answerOf(id, q) {
      var v = r.answers[id];
      if (v !== undefined) {
        var shown = Array.isArray(v) ? v.map(function (x) { return q ? labelOf(q, x) : x; }).join(', ') : (q && q.querySelector('input[type=radio]') ? labelOf(q, v) : v);
        md.push(quote(shown), '');
      }
      if (r.other[id]) md.push('*' + t('other') + '*', '', quote(r.other[id]), '');
      if (r.why[id]) md.push('*' + t('msc_why') + '*', '', quote(r.why[id]), '');
      if (r.probes[id]) {
        md.push('*' + t('probes') + '*: ' + r.probes[id].map(function (n) {
          var c = q && q.querySelector('[name="' + id + '.probe.' + n + '"]');
          var l = c && c.labels && c.labels[0];
          return l ? l.textContent.trim() : n;
        }).join('; '), '');
      }
      if (r.notes[id]) md.push('*' + t('notes') + '*', '', quote(r.notes[id]), '');
    }
    $$('section.section', form).forEach(function (s) {
      var h = s.querySelector('h2');
      md.push('## ' + (h ? h.textContent.trim() : ''), '');
      $$('.question[data-question]', s).forEach(function (q) {
        var id = q.getAttribute('data-question');
        md.push('**' + questionText(q) + '**', '');
        if (r.not_applicable && r.not_applicable.indexOf(id) >= 0) md.push('*' + t('not_applicable') + '*', '');
        answerOf(id, q);
      });
    });
    if (r.removed.length) {
      md.push('## ' + t('js_orphans_title'), '');
      r.removed.forEach(function (id) { md.push('**' + id + '**', ''); answerOf(id, null); });
    }
    return md.join('\n');
  }

  // Encrypted exports (study.yaml `privacy.public_key`): an ECDH P-256 key
  // made for this one export is agreed with the study's key; HKDF-SHA-256
  // (salt: that key's point) gives an AES-256-GCM key for the text. Only
  // the study's private key opens it (src/crypto.rs does the same steps).
  // The key made here is forgotten at once, so not even this device can
  // read the file again.
  var ENVELOPE = 'enquete-encrypted/1';
  function bytesToBase64(buffer) {
    var bytes = new Uint8Array(buffer), s = '';
    for (var i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }
  function base64ToBytes(text) {
    var s = atob(text), out = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  function seal(text, spki, keyId) {
    var subtle = window.crypto && window.crypto.subtle;
    if (!subtle) return Promise.reject(new Error('WebCrypto is not available on this page'));
    var ec = { name: 'ECDH', namedCurve: 'P-256' };
    var context = new TextEncoder().encode(ENVELOPE);
    var iv = window.crypto.getRandomValues(new Uint8Array(12));
    var point;
    return Promise.all([subtle.importKey('spki', base64ToBytes(spki), ec, false, []), subtle.generateKey(ec, false, ['deriveBits'])])
      .then(function (keys) {
        return Promise.all([subtle.deriveBits({ name: 'ECDH', public: keys[0] }, keys[1].privateKey, 256), subtle.exportKey('raw', keys[1].publicKey)]);
      })
      .then(function (agreed) {
        point = new Uint8Array(agreed[1]);
        return subtle.importKey('raw', agreed[0], 'HKDF', false, ['deriveKey']);
      })
      .then(function (secret) {
        return subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: point, info: context }, secret, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
      })
      .then(function (key) {
        return subtle.encrypt({ name: 'AES-GCM', iv: iv, additionalData: context }, key, new TextEncoder().encode(text));
      })
      .then(function (sealed) {
        return JSON.stringify({
          format: ENVELOPE, algorithm: 'ECDH-P256+HKDF-SHA256+A256GCM', key: keyId,
          epk: bytesToBase64(point), iv: bytesToBase64(iv), ciphertext: bytesToBase64(sealed)
        }, null, 2) + '\n';
      });
  }

  window.enqueteExport = { csv: csv, markdown: markdown, questionText: questionText, seal: seal, ENVELOPE: ENVELOPE };
})();
