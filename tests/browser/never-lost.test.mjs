// No answer is ever lost or hidden: a guide edited and rebuilt, an import
// over answers already on the device, the same respondent in two tabs, bad
// import files, exports that are data, a clock across reloads, privacy on
// shared machines. From file:// and over HTTP; every JSON export checked
// against docs/answers.schema.json.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  repo, buildStudy, copyFixture, launch, serve, pageUrl, axeViolations, answersFile, schemaErrors, plain, field, menuAction, importAnswers,
} from './helpers.mjs';
import { fillGuide, assertGuideFilled } from './guide.mjs';

let study;
let site;
let http;
let browser;

before(async () => {
  study = copyFixture('minimal');
  site = path.join(path.dirname(study), 'site');
  buildStudy(study, site);
  http = await serve(site);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await http?.close();
  if (study) rmSync(path.dirname(study), { recursive: true, force: true });
});

const GUIDE = 'en/guide/index.html';
const saved = (page) => page.locator('.save-status', { hasText: 'Saved' }).waitFor();

async function exportJson(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), menuAction(page, 'export-json')]);
  return { file: await download.path(), data: await answersFile(download) };
}

// One build of the guide as written, then edited: a probe reworded, the
// number question `age` removed, two questions added, an option dropped.
function editGuide() {
  const file = path.join(study, 'questionnaires/guide.yaml');
  const original = readFileSync(file, 'utf8');
  const edited = original
    .replace('Can you give an example?', 'Could you give an example?')
    .replace(/ {6}- \{ id: age,[^\n]*\n/, '')
    .replace("options: [ { value: walk, label: { en: Walking, nl: Wandelen } }, { value: talk, label: { en: Talking, nl: Praten } } ]",
      'options: [ { value: walk, label: { en: Walking, nl: Wandelen } } ]')
    .replace('      - id: freq\n', '      - { id: hopes, type: open, text: { en: What do you hope for?, nl: Waar hoop je op? } }\n'
      + '      - { id: fears, type: open, text: { en: What do you fear?, nl: Waar ben je bang voor? } }\n      - id: freq\n');
  assert.notEqual(edited, original);
  writeFileSync(file, edited);
  buildStudy(study, site);
  return () => { writeFileSync(file, original); buildStudy(study, site); };
}

for (const via of ['file', 'http']) {
  test(`a guide edited and rebuilt restores answers by question and keeps removed ones (${via})`, async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const url = pageUrl(site, GUIDE, via === 'http' && http);
    await page.goto(url);
    await fillGuide(page);
    const restore = editGuide();
    try {
      await page.reload();
      await page.locator('.save-status', { hasText: 'restored' }).waitFor();
      assert.equal(await field(page, 'role').inputValue(), 'Through a friend at the library.');
      assert.ok(await field(page, 'role.probe.1').isChecked(), 'the reworded probe is still ticked');
      assert.ok(await field(page, 'things', 'walk').isChecked());
      assert.equal(await field(page, 'age').count(), 0);
      assert.equal(plain(await page.textContent('.notice-definition p')),
        'This guide changed since these answers were saved: new questions: 2; removed questions: 1. '
        + 'Answers are matched by question; an answer to a removed question is kept and exported.');
      const orphans = page.locator('section.orphans');
      assert.equal(await orphans.locator('h2').textContent(), 'Answers to questions no longer in this guide');
      assert.deepEqual(await orphans.locator('dt').allTextContents(), ['age', 'things']);
      assert.deepEqual(await orphans.locator('dd').allTextContents(), ['34', 'walk; talk']);
      await page.click('.menu-button');
      assert.deepEqual(await page.locator('#session-picker option').allTextContents(), ['R07']);

      // Typing on goes on keeping the dropped option and the removed answer.
      await field(page, 'hopes').fill('A home.');
      await saved(page);
      const { data } = await exportJson(page);
      assert.equal(data.answers.age, 34);
      assert.deepEqual(data.answers.things, ['walk', 'talk']);
      assert.equal(data.answers.hopes, 'A home.');
      assert.deepEqual(data.removed, ['age']);
      assert.equal(data.hash, await page.getAttribute('#questionnaire', 'data-hash'));
    } finally {
      restore();
    }
    await context.close();
  });
}

test('answers kept under the old keys (with the definition hash) are moved, not hidden', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl(site, GUIDE));
  const study = await page.getAttribute('#questionnaire', 'data-study');
  await page.evaluate((s) => {
    localStorage.setItem(`enquete:${s}:guide:0123456789ab:r:R99`, JSON.stringify({
      respondent: 'R99', started: '2026-01-02T10:00:00.000Z', saved: '2026-01-02T11:00:00.000Z', exported: null,
      fields: { role: 'Saved by an older enquete', things: ['walk'] }, timers: { total: 60000, sections: {} },
    }));
    localStorage.setItem(`enquete:${s}:guide:current`, JSON.stringify({ respondent: 'R99' }));
  }, study);
  await page.reload();
  await page.locator('.save-status', { hasText: 'restored' }).waitFor();
  assert.equal(await page.inputValue('[name=respondent_code]'), 'R99');
  assert.equal(await field(page, 'role').inputValue(), 'Saved by an older enquete');
  assert.ok(await field(page, 'things', 'walk').isChecked());
  assert.match(plain(await page.textContent('.notice-definition p')), /^This guide changed since these answers were saved\./);
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':r:')));
  assert.deepEqual(keys, [`enquete:${study}:guide:r:R99`]);
  await context.close();
});

test('an import merges field by field, asks about a field changed on both sides, and can be undone', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(pageUrl(site, GUIDE, http));
  await fillGuide(page);
  const { data: exported } = await exportJson(page);

  // On this device after the export: `role` and `age` change.
  await field(page, 'role').fill('Changed here.');
  await field(page, 'age').fill('40');
  await saved(page);
  // On the other device, after the same export: `role` and `when` change.
  const later = new Date().toISOString();
  const file = structuredClone(exported);
  file.fields.role = { value: 'Changed there.', changed: later };
  file.fields.when = { value: '2024-06-01', changed: later };
  file.exported = later;
  assert.deepEqual(schemaErrors(file), []);

  await importAnswers(page, JSON.stringify(file));
  const dialog = page.locator('dialog.conflicts');
  await dialog.waitFor();
  assert.equal(plain(await dialog.locator('h2').textContent()), 'Answers changed on both sides: R07');
  assert.deepEqual(await dialog.locator('legend').allTextContents(), ['role']);
  assert.ok(await dialog.locator('input[value=theirs]').isChecked(), 'the newer one is preselected');
  assert.deepEqual(await axeViolations(page), [], 'with the question open');
  await dialog.locator('input[value=mine]').check();
  await dialog.locator('button[value=merge]').click();
  await page.locator('.save-status', { hasText: 'imported' }).waitFor();
  assert.equal(await field(page, 'role').inputValue(), 'Changed here.', 'the choice is kept');
  assert.equal(await field(page, 'age').inputValue(), '40', 'changed only here: kept');
  assert.equal(await field(page, 'when').inputValue(), '2024-06-01', 'changed only there: taken');

  // The version before the import stays recoverable.
  await page.click('.notice-undo button:not(.dismiss)');
  await page.locator('.save-status', { hasText: 'Import undone' }).waitFor();
  assert.equal(await field(page, 'when').inputValue(), '2024-05-01');
  await page.reload();
  await page.locator('.save-status', { hasText: 'restored' }).waitFor();
  assert.equal(await field(page, 'when').inputValue(), '2024-05-01');
  assert.equal(await field(page, 'age').inputValue(), '40');

  // Choosing the file's version, then cancelling an import: nothing changes.
  await importAnswers(page, JSON.stringify(file));
  await dialog.waitFor();
  await dialog.locator('button[value=cancel]').click();
  await page.locator('.save-status', { hasText: 'Import cancelled' }).waitFor();
  assert.equal(await field(page, 'role').inputValue(), 'Changed here.');
  await context.close();
});

test('the same respondent in two tabs: both tabs\' answers are kept, and each tab says so', async () => {
  const context = await browser.newContext();
  const a = await context.newPage();
  await a.goto(pageUrl(site, GUIDE));
  await a.fill('[name=respondent_code]', 'R12');
  await a.locator('[name=respondent_code]').blur();
  await field(a, 'role').fill('typed in tab A');
  await saved(a);
  // The Dutch page shares the record: that is the second tab.
  const b = await context.newPage();
  await b.goto(pageUrl(site, 'nl/guide/index.html'));
  await b.locator('.save-status', { hasText: 'teruggezet' }).waitFor();
  assert.equal(await field(b, 'role').inputValue(), 'typed in tab A');
  await a.locator('.notice-tabs', { hasText: 'also open in another tab' }).waitFor();
  await b.locator('.notice-tabs').waitFor();

  await field(b, 'msc').fill('typed in tab B');
  await field(a, 'age').fill('51');
  await b.locator('.save-status', { hasText: 'Bewaard' }).waitFor();
  await saved(a);
  // Each tab shows what the other typed, and neither save lost anything.
  await a.waitForFunction(() => document.querySelector('[name=msc]').value === 'typed in tab B');
  await b.waitForFunction(() => document.querySelector('[name=age]').value === '51');
  await field(a, 'role').fill('changed in tab A');
  await saved(a);
  await b.waitForFunction(() => document.querySelector('[name=role]').value === 'changed in tab A');
  await a.close();
  await b.reload();
  await b.locator('.save-status', { hasText: 'teruggezet' }).waitFor();
  assert.equal(await field(b, 'role').inputValue(), 'changed in tab A');
  assert.equal(await field(b, 'msc').inputValue(), 'typed in tab B');
  assert.equal(await field(b, 'age').inputValue(), '51');
  await context.close();
});

test('a bad import file is refused with the reason, and changes nothing', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(pageUrl(site, GUIDE));
  await fillGuide(page);
  const { data: good } = await exportJson(page);
  const bad = [
    ['{"started": 1}', 'format: expected "enquete-answers/1"'],
    [JSON.stringify({ ...good, started: 1 }), 'started: expected a date and time (UTC)'],
    [JSON.stringify({ ...good, timers: {} }), 'timers.total: expected milliseconds'],
    [JSON.stringify({ ...good, fields: { role: 'bare value' } }), 'fields.role: expected a value with the time it changed'],
    [JSON.stringify({ ...good, exported: '2026-13-45T00:00:00Z' }), 'exported: expected a date and time (UTC) or null'],
    [JSON.stringify({ format: 'enquete-answers/1', exported: good.exported, records: [good, { ...good, respondent: '' }] }), 'records[1].respondent: expected a text'],
    ['not json at all', null],
  ];
  for (const [text, reason] of bad) {
    if (reason) assert.notDeepEqual(schemaErrors(JSON.parse(text)), [], `the schema refuses it too: ${reason}`);
    await importAnswers(page, text);
    const alert = page.locator('.storage-alert');
    await alert.waitFor();
    const message = plain(await alert.textContent());
    assert.ok(message.startsWith('This file is not an answers file of enquete ('), message);
    if (reason) assert.ok(message.includes(`(${reason})`), message);
    assert.ok(message.endsWith('Nothing was changed.'), message);
    await page.evaluate(() => { document.querySelector('.storage-alert').hidden = true; });
  }
  await assertGuideFilled(page);
  await page.reload();
  await page.locator('.save-status', { hasText: 'restored' }).waitFor();
  await assertGuideFilled(page);
  await page.click('.menu-button');
  assert.deepEqual(await page.locator('#session-picker option').allTextContents(), ['R07']);
  await context.close();
});

test('exports are data: CSV formulas neutralised, Markdown quotes every answer, numbers are numbers', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(pageUrl(site, GUIDE));
  await page.fill('[name=respondent_code]', 'R20');
  await page.locator('[name=respondent_code]').blur();
  await field(page, 'role').fill('=HYPERLINK("http://evil.example","click")');
  await field(page, 'msc').fill('+cmd|calc');
  await field(page, 'msc.why').fill('@SUM(A1)');
  await field(page, 'name-of-group').fill('-2+3');
  await field(page, 'age').fill('-3');
  await page.locator('details.question-notes summary').first().click();
  await field(page, 'role.notes').fill('fine\n\n## Forged heading\n- forged item');
  await field(page, 'trust', '5').check();
  await saved(page);
  const [csv] = await Promise.all([page.waitForEvent('download'), menuAction(page, 'export-csv')]);
  const [head, row] = readFileSync(await csv.path(), 'utf8').replace(/^\ufeff/, '').split('\r\n');
  const columns = head.split(',');
  const cells = row.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, ''));
  const cell = (name) => cells[columns.indexOf(name)];
  assert.equal(cell('role'), '"\'=HYPERLINK(""http://evil.example"",""click"")"');
  assert.equal(cell('msc'), "'+cmd|calc");
  assert.equal(cell('msc.why'), "'@SUM(A1)");
  assert.equal(cell('name-of-group'), "'-2+3");
  assert.equal(cell('age'), '-3', 'a number stays a number');
  assert.equal(cell('role.notes'), '"fine\n\n## Forged heading\n- forged item"');

  const [md] = await Promise.all([page.waitForEvent('download'), menuAction(page, 'export-md')]);
  const text = readFileSync(await md.path(), 'utf8');
  assert.ok(text.includes('*Interviewer\'s notes*\n\n> fine\n> \n> ## Forged heading\n> - forged item\n'), text);
  assert.ok(!/^## Forged/m.test(text), 'no line of an answer starts outside its quote');
  assert.ok(!/^- forged/m.test(text));

  const { data } = await exportJson(page);
  assert.equal(data.answers.age, -3);
  assert.equal(data.answers.trust, 5);
  await context.close();
});

test('an export time in the future does not silence the warning about answers not exported', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(pageUrl(site, GUIDE));
  await fillGuide(page);
  const { data } = await exportJson(page);
  page.once('dialog', (d) => d.accept());
  await menuAction(page, 'delete');
  await page.locator('.save-status', { hasText: 'deleted' }).waitFor();
  data.exported = '2099-01-01T00:00:00.000Z';
  for (const f of Object.values(data.fields)) f.changed = '2098-01-01T00:00:00.000Z';
  await importAnswers(page, JSON.stringify(data));
  await page.locator('.save-status', { hasText: 'imported' }).waitFor();
  const asked = new Promise((resolve) => page.once('dialog', (d) => { resolve(d.type()); d.dismiss(); }));
  await page.close({ runBeforeUnload: true });
  assert.equal(await asked, 'beforeunload');
  // The page stays (the dialog was dismissed): closed without asking
  // first, as Chromium 156 refuses to close its context otherwise.
  await page.close();
  await context.close();
});

test('the clock survives a reload: it is part of the record', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(pageUrl(site, GUIDE));
  await page.click('[data-action=clock]');
  await field(page, 'role').focus();
  await page.clock.runFor(65_000);
  assert.equal(plain(await page.textContent('.total-clock bdi')), '1:05 / 45 min');
  await page.reload();
  await page.locator('.save-status', { hasText: 'restored' }).waitFor();
  assert.equal(await page.getAttribute('[data-action=clock]', 'aria-pressed'), 'true', 'still running');
  await page.clock.runFor(5_000);
  const shown = plain(await page.textContent('.total-clock bdi'));
  assert.match(shown, /^1:(0[5-9]|1\d) \/ 45 min$/, shown);
  await page.click('[data-action=clock]');
  const paused = plain(await page.textContent('.total-clock bdi'));
  await page.reload();
  await page.locator('.save-status', { hasText: 'restored' }).waitFor();
  assert.equal(await page.getAttribute('[data-action=clock]', 'aria-pressed'), 'false');
  assert.equal(plain(await page.textContent('.total-clock bdi')), paused, 'paused where it was paused');
  await context.close();
});

test('privacy on shared machines: said once on file:// pages, and a respondent can be removed after export', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(pageUrl(site, GUIDE, http));
  assert.equal(await page.locator('.notice-privacy').count(), 0, 'over HTTP storage is the site\'s own');
  await page.goto(pageUrl(site, GUIDE));
  const note = page.locator('.notice-privacy');
  assert.match(await note.textContent(), /any HTML file opened on this computer could read the answers/);
  await note.locator('.dismiss').click();
  await page.reload();
  await page.locator('#session-panel:not([hidden])').waitFor();
  assert.equal(await page.locator('.notice-privacy').count(), 0, 'once dismissed, not again');

  await fillGuide(page);
  await page.click('.menu-button');
  await page.check('#remove-after-export');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#session-menu [data-action=export-json]')]);
  assert.equal((await answersFile(download)).respondent, 'R07');
  await page.locator('.save-status', { hasText: 'removed from this device' }).waitFor();
  assert.equal(await field(page, 'role').inputValue(), '');
  const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':r:')));
  assert.deepEqual(left, []);
  await context.close();
});

test('the example of docs/answers.md follows the schema', () => {
  const doc = readFileSync(path.join(repo, 'docs/answers.md'), 'utf8');
  const example = JSON.parse(doc.match(/```json\n([\s\S]*?)```/)[1]);
  assert.deepEqual(schemaErrors(example), []);
});

test('all respondents on this device in one file, and back from it', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(pageUrl(site, GUIDE));
  for (const [code, answer] of [['R51', 'first'], ['R52', 'second']]) {
    if (code === 'R52') await menuAction(page, 'new');
    await page.fill('[name=respondent_code]', code);
    await page.locator('[name=respondent_code]').blur();
    await field(page, 'role').fill(answer);
    await saved(page);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), menuAction(page, 'export-all')]);
  const all = await answersFile(download);
  assert.deepEqual(all.records.map((r) => [r.respondent, r.answers.role]).sort(), [['R51', 'first'], ['R52', 'second']]);
  const file = await download.path();
  for (const next of ['R51', 'no code yet']) {
    page.once('dialog', (d) => d.accept());
    await menuAction(page, 'delete');
    await page.locator('.bar-respondent', { hasText: next }).waitFor();
  }
  await importAnswers(page, file);
  await page.locator('.save-status', { hasText: 'imported' }).waitFor();
  await page.click('.menu-button');
  assert.deepEqual((await page.locator('#session-picker option').allTextContents()).sort(), ['R51', 'R52']);
  await page.selectOption('#session-picker', 'R51');
  assert.equal(await field(page, 'role').inputValue(), 'first');
  await context.close();
});

test('answers kept before study.yaml was edited are found and, when asked, taken in', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl(site, GUIDE, http));
  await fillGuide(page);
  const before = await page.getAttribute('#questionnaire', 'data-study');
  const file = path.join(study, 'study.yaml');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace('Neighbourhood study', 'Neighbourhood study (2027)'));
  buildStudy(study, site);
  try {
    await page.reload();
    await page.locator('#session-panel:not([hidden])').waitFor();
    assert.notEqual(await page.getAttribute('#questionnaire', 'data-study'), before, 'the study key changed with study.yaml');
    const found = page.locator('.notice-elsewhere');
    await found.waitFor();
    assert.equal(plain(await found.locator('p').textContent()),
      'This browser also keeps answers to this questionnaire from another build of a study, made before its study.yaml was changed (respondents: 1). If they belong to this study, take them here.');
    assert.equal(await field(page, 'role').inputValue(), '', 'not shown unasked');
    await found.getByRole('button', { name: 'Take them into this study' }).click();
    await page.locator('.save-status', { hasText: 'taken into this study' }).waitFor();
    await assertGuideFilled(page);
    await page.reload();
    await page.locator('.save-status', { hasText: 'restored' }).waitFor();
    await assertGuideFilled(page);
    assert.equal(await page.locator('.notice-elsewhere').count(), 0);
  } finally {
    writeFileSync(file, original);
    buildStudy(study, site);
  }
  await context.close();
});
