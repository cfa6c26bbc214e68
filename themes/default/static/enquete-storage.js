// enquete: where the browser keeps answer records. Loaded before
// enquete.js; plain storage, nothing about the form.
(function () {
  'use strict';

  // Where answers live. localStorage is read at once, but Chromium writes it
  // to disk only seconds later, so a crash just after typing would lose the
  // last answers; every save therefore also goes to IndexedDB in a
  // transaction with strict durability, which is on disk when it completes.
  // On start the newest copy of each record wins. Both failing (private
  // mode, blocked or full storage) is said on the page.
  // The records are those under keys that start with `base`, and those
  // whose key matches `also` (records of the same questionnaire kept by
  // another build of the study, to be offered, never shown unasked).
  window.enqueteStorage = function (base, also) {
    function ours(key) { return key.indexOf(base) === 0 || also.test(key); }
    var local = true;
    try {
      localStorage.setItem(base + 'probe', '1');
      localStorage.removeItem(base + 'probe');
    } catch (e) { local = false; }
    var records = {};
    var db = new Promise(function (resolve) {
      try {
        var req = indexedDB.open('enquete', 1);
        req.onupgradeneeded = function () { req.result.createObjectStore('records'); };
        req.onsuccess = function () { resolve(req.result); };
        req.onerror = req.onblocked = function () { resolve(null); };
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
    function readLocal(key) {
      try { return JSON.parse(localStorage.getItem(key)); } catch (e) { return null; }
    }
    return {
      available: function () { return db.then(function (d) { return local || !!d; }); },
      // Loads every record of this questionnaire from both stores.
      open: function () {
        if (local) {
          try {
            for (var i = 0; i < localStorage.length; i++) {
              var key = localStorage.key(i);
              if (ours(key)) records[key] = readLocal(key);
            }
          } catch (e) { /* unreadable: IndexedDB may still have it */ }
        }
        return transaction('readonly', function (store) {
          var found = { value: {} };
          store.openCursor(IDBKeyRange.bound('enquete:', 'enquete:\uffff')).onsuccess = function (e) {
            var c = e.target.result;
            if (!c) return;
            if (ours(c.key)) found.value[c.key] = c.value;
            c.continue();
          };
          return found;
        }).then(function (stored) {
          for (var key in stored || {}) if (newer(stored[key], records[key])) records[key] = stored[key];
        });
      },
      get: function (key) { return records[key] || null; },
      // What another tab may have written since: localStorage is shared
      // and read synchronously.
      fresh: function (key) {
        var r = local && readLocal(key);
        if (r) records[key] = r;
        return records[key] || null;
      },
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
      },
      forget: function (key) { delete records[key]; },
      put: function (key, value) { records[key] = value; }
    };
  };
})();
