// Interviewing in the browser: answers saved as they are typed, restored
// after a reload and after the browser is closed, exported and imported,
// surveys that refuse to submit without their required answers. From
// file:// (a USB stick) and over HTTP (a web server).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite, launch, launchPersistent, launchKillable, serve, pageUrl, axeViolations, answersFile, plain, field, menuAction, importAnswers } from './helpers.mjs';
import { fillGuide, assertGuideFilled } from './guide.mjs';

let site;
let http;
let browser;

before(async () => {
  site = buildSite('minimal');
  http = await serve(site);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await http?.close();
  if (site) rmSync(path.dirname(site), { recursive: true, force: true });
});

const GUIDE = 'en/guide/index.html';

for (const via of ['file', 'http']) {
  test(`answers survive a reload (${via})`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pageUrl(site, GUIDE, via === 'http' && http));
    await fillGuide(page);
    await page.reload();
    await page.locator('.save-status', { hasText: 'restored' }).waitFor();
    await assertGuideFilled(page);
    assert.equal(plain(await page.textContent('.progress')), '8 of 8 questions answered');
    await context.close();
  });
}

// The stores can open before the later deferred scripts (the interviewer's
// bar, the skip logic) have run: a slow network or a busy laptop. The bar
// must still show the restored respondent, not an empty code field.
test('the bar shows the restored respondent even when its script arrives late', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl(site, GUIDE, http));
  await fillGuide(page);
  await page.route(/enquete-interview[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.reload();
  await page.locator('.save-status', { hasText: 'restored' }).waitFor();
  await assertGuideFilled(page);
  assert.equal(plain(await page.textContent('.bar-respondent')), 'R07');
  assert.equal(plain(await page.textContent('.progress')), '8 of 8 questions answered');
  await context.close();
});

test('answers survive a crash: the browser killed, then relaunched with the same profile', async () => {
  const profile = mkdtempSync(path.join(tmpdir(), 'enquete-profile-'));
  try {
    let chromium = await launchKillable(profile);
    let page = await chromium.page();
    await page.goto(pageUrl(site, GUIDE));
    await fillGuide(page);
    await chromium.kill();

    chromium = await launchKillable(profile);
    page = await chromium.page();
    await page.goto(pageUrl(site, GUIDE));
    await page.locator('.save-status', { hasText: 'restored' }).waitFor();
    await assertGuideFilled(page);
    await chromium.kill();
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});

test('answers survive closing and relaunching the browser (same profile)', async () => {
  const profile = mkdtempSync(path.join(tmpdir(), 'enquete-profile-'));
  try {
    let context = await launchPersistent(profile);
    let page = context.pages()[0] || (await context.newPage());
    await page.goto(pageUrl(site, GUIDE, http));
    await fillGuide(page);
    await context.close();

    context = await launchPersistent(profile);
    page = context.pages()[0] || (await context.newPage());
    await page.goto(pageUrl(site, GUIDE, http));
    await page.locator('.save-status', { hasText: 'restored' }).waitFor();
    await assertGuideFilled(page);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});

test('export JSON, delete, import: everything is back', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(pageUrl(site, GUIDE, http));
  await fillGuide(page);
  const [download] = await Promise.all([page.waitForEvent('download'), menuAction(page, 'export-json')]);
  const file = await download.path();
  const exported = await answersFile(download);
  const hash = await page.getAttribute('#questionnaire', 'data-hash');
  assert.equal(exported.format, 'enquete-answers/1');
  assert.equal(exported.questionnaire, 'guide');
  assert.equal(exported.hash, hash);
  assert.match(hash, /^[0-9a-f]{12}$/);
  assert.equal(exported.version, '1');
  assert.equal(exported.language, 'en');
  assert.equal(exported.respondent, 'R07');
  // Numbers are numbers: the number question and the scale.
  assert.deepEqual(exported.answers, {
    role: 'Through a friend at the library.', freq: 'other', trust: 4, msc: 'I found a job.',
    age: 34, when: '2024-05-01', things: ['walk', 'talk'], 'name-of-group': 'Tuesday walkers',
  });
  assert.deepEqual(exported.other, { freq: 'Every other week' });
  assert.deepEqual(exported.why, { msc: 'Because it changed everything.' });
  assert.deepEqual(exported.probes, { role: [1] });
  assert.deepEqual(exported.notes, { role: 'Laughed when telling this.' });
  assert.deepEqual(exported.removed, []);
  assert.equal(exported.fields.age.value, '34', 'the field keeps what was typed');
  assert.match(exported.fields.age.changed, /^\d{4}-\d\d-\d\dT/);

  page.once('dialog', (d) => d.accept());
  await menuAction(page, 'delete');
  await page.locator('.save-status', { hasText: 'deleted' }).waitFor();
  assert.equal(await field(page, 'role').inputValue(), '');
  assert.equal(await page.inputValue('[name=respondent_code]'), '');

  await importAnswers(page, file);
  await page.locator('.save-status', { hasText: 'imported' }).waitFor();
  await assertGuideFilled(page);
  await page.reload();
  await page.locator('.save-status', { hasText: 'restored' }).waitFor();
  await assertGuideFilled(page);
  await context.close();
});

test('CSV and Markdown exports carry the answers', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(pageUrl(site, GUIDE));
  await fillGuide(page);
  const [csv] = await Promise.all([page.waitForEvent('download'), menuAction(page, 'export-csv')]);
  const lines = readFileSync(await csv.path(), 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
  assert.equal(lines.length, 2);
  assert.ok(lines[0].startsWith('study,questionnaire,hash,version,language,respondent,started,saved,exported,role,role.probes,role.notes,freq,freq.other'), lines[0]);
  assert.ok(lines[1].includes(',R07,'), lines[1]);
  assert.ok(lines[1].includes('walk; talk'), lines[1]);
  const [md] = await Promise.all([page.waitForEvent('download'), menuAction(page, 'export-md')]);
  const text = readFileSync(await md.path(), 'utf8');
  assert.ok(text.startsWith('# Guide for members'), text);
  assert.ok(text.includes('**How did you join?**\n\n> Through a friend at the library.'), text);
  assert.ok(text.includes('Can you give an example?'), text);
  assert.ok(text.includes('> Walking, Talking'), text);
  await context.close();
});

test('several respondents on one device, listed and switchable', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl(site, GUIDE));
  await page.fill('[name=respondent_code]', 'R01');
  await page.locator('[name=respondent_code]').blur();
  await field(page, 'role').fill('first');
  await page.locator('.save-status', { hasText: 'Saved' }).waitFor();
  await menuAction(page, 'new');
  await page.fill('[name=respondent_code]', 'R02');
  await page.locator('[name=respondent_code]').blur();
  await field(page, 'role').fill('second');
  await page.locator('.save-status', { hasText: 'Saved' }).waitFor();
  assert.equal(await page.textContent('.bar-respondent'), 'R02');
  await page.click('.menu-button');
  const options = await page.locator('#session-picker option').allTextContents();
  assert.deepEqual([...options].sort(), ['R01', 'R02']);
  await page.selectOption('#session-picker', 'R01');
  assert.equal(await field(page, 'role').inputValue(), 'first');
  assert.equal(await page.inputValue('[name=respondent_code]'), 'R01');
  await context.close();
});

test('blocked storage is said, and the page keeps working', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const blocked = { get() { throw new DOMException('blocked', 'SecurityError'); } };
    Object.defineProperty(window, 'localStorage', blocked);
    Object.defineProperty(window, 'indexedDB', blocked);
  });
  const page = await context.newPage();
  await page.goto(pageUrl(site, GUIDE, http));
  await page.locator('.storage-alert', { hasText: 'cannot be saved in this browser' }).waitFor();
  await field(page, 'role').fill('still typing');
  assert.equal(await field(page, 'role').inputValue(), 'still typing');
  await context.close();
});

test('the interview clock runs against the planned durations', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(pageUrl(site, GUIDE));
  await page.click('[data-action=clock]');
  await field(page, 'role').focus();
  await page.clock.runFor(65_000);
  assert.equal(plain(await page.textContent('.total-clock bdi')), '1:05 / 45 min');
  assert.equal(plain(await page.textContent('#s-start .section-clock bdi')), '1:05 / 10 min');
  await page.clock.runFor(10 * 60_000);
  assert.ok(await page.locator('#s-start .section-clock.over').count(), 'past the planned 10 minutes');
  await context.close();
});

test('a survey refuses to submit without its required answers, and says why', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(pageUrl(site, 'en/survey/index.html', http));
  await page.click('[data-action=submit]');
  const summary = page.locator('#form-errors');
  const q1 = field(page, 'q1');
  assert.ok(await summary.isVisible());
  assert.equal(await summary.getAttribute('role'), 'alert');
  assert.match(plain(await summary.textContent()), /Some questions need an answer \(2\)/);
  assert.ok(await q1.evaluate((e) => e === document.activeElement));
  assert.equal(await q1.getAttribute('aria-invalid'), 'true');
  const describedBy = (await q1.getAttribute('aria-describedby')).split(' ');
  assert.ok(describedBy.includes('e-q1'));
  assert.equal(await page.textContent('#e-q1'), 'Please answer this question.');
  // The respondent view shows no interviewer material.
  assert.equal(await page.locator('.instructions, .probes, .interviewer-note, #respondent-code').count(), 0);
  assert.equal(await axeViolations(page).then((v) => v.length), 0);

  await q1.fill('9000');
  await field(page, 'q2', 'y').check();
  assert.equal(await page.locator('#e-q1').count(), 0, 'the message goes once answered');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=submit]')]);
  const answers = (await answersFile(download)).answers;
  assert.deepEqual(answers, { q1: '9000', q2: 'y' });
  await context.close();
});

test('no serious or critical accessibility violation, empty and filled in', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const rel of [GUIDE, 'en/survey/index.html', 'bilingual/en-nl/guide/index.html']) {
    await page.goto(pageUrl(site, rel));
    assert.deepEqual(await axeViolations(page), [], `${rel}, empty`);
  }
  await page.goto(pageUrl(site, GUIDE));
  await fillGuide(page);
  await page.click('[data-action=clock]');
  assert.deepEqual(await axeViolations(page), [], 'guide, filled in');
  await context.close();
});
