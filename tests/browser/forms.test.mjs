// Interviewing in the browser: answers saved as they are typed, restored
// after a reload and after the browser is closed, exported and imported,
// surveys that refuse to submit without their required answers. From
// file:// (a USB stick) and over HTTP (a web server).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite, launch, launchPersistent, launchKillable, serve, pageUrl, axeViolations } from './helpers.mjs';

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

// Values in interface messages are bidi-isolated (U+2068 … U+2069).
const plain = (s) => s.replace(/[\u2068\u2069]/g, '');

// Every kind of answer of the interview guide of the minimal fixture.
async function fillGuide(page) {
  await page.fill('#respondent-code', 'R07');
  await page.locator('#respondent-code').blur();
  await page.fill('#a-role', 'Through a friend at the library.');
  await page.check('[id="p-role.1"]');
  await page.locator('details.question-notes summary').first().click();
  await page.fill('#n-role', 'Laughed when telling this.');
  await page.check('[id="a-freq:other"]');
  await page.fill('[id="a-freq:other-text"]', 'Every other week');
  await page.check('[id="a-trust.4"]');
  await page.fill('#a-msc', 'I found a job.');
  await page.fill('[id="a-msc:why"]', 'Because it changed everything.');
  await page.fill('#a-age', '34');
  await page.fill('#a-when', '2024-05-01');
  await page.check('[id="a-things.walk"]');
  await page.check('[id="a-things.talk"]');
  await page.fill('#a-name-of-group', 'Tuesday walkers');
  await page.locator('.save-status', { hasText: 'Saved' }).waitFor();
}

async function assertGuideFilled(page) {
  assert.equal(await page.inputValue('#respondent-code'), 'R07');
  assert.equal(await page.inputValue('#a-role'), 'Through a friend at the library.');
  assert.ok(await page.isChecked('[id="p-role.1"]'));
  assert.equal(await page.inputValue('#n-role'), 'Laughed when telling this.');
  assert.ok(await page.isChecked('[id="a-freq:other"]'));
  assert.equal(await page.inputValue('[id="a-freq:other-text"]'), 'Every other week');
  assert.ok(await page.isChecked('[id="a-trust.4"]'));
  assert.equal(await page.inputValue('#a-msc'), 'I found a job.');
  assert.equal(await page.inputValue('[id="a-msc:why"]'), 'Because it changed everything.');
  assert.equal(await page.inputValue('#a-age'), '34');
  assert.equal(await page.inputValue('#a-when'), '2024-05-01');
  assert.ok(await page.isChecked('[id="a-things.walk"]'));
  assert.ok(await page.isChecked('[id="a-things.talk"]'));
  assert.equal(await page.inputValue('#a-name-of-group'), 'Tuesday walkers');
}

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
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=export-json]')]);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  const hash = await page.getAttribute('#questionnaire', 'data-hash');
  assert.equal(exported.format, 'enquete-answers/1');
  assert.equal(exported.questionnaire, 'guide');
  assert.equal(exported.hash, hash);
  assert.match(hash, /^[0-9a-f]{12}$/);
  assert.equal(exported.version, '1');
  assert.equal(exported.language, 'en');
  assert.equal(exported.respondent, 'R07');
  assert.deepEqual(exported.answers, {
    role: 'Through a friend at the library.', freq: 'other', trust: '4', msc: 'I found a job.',
    age: '34', when: '2024-05-01', things: ['walk', 'talk'], 'name-of-group': 'Tuesday walkers',
  });
  assert.deepEqual(exported.other, { freq: 'Every other week' });
  assert.deepEqual(exported.why, { msc: 'Because it changed everything.' });
  assert.deepEqual(exported.probes, { role: [1] });
  assert.deepEqual(exported.notes, { role: 'Laughed when telling this.' });

  page.once('dialog', (d) => d.accept());
  await page.click('[data-action=delete]');
  assert.equal(await page.inputValue('#a-role'), '');
  assert.equal(await page.inputValue('#respondent-code'), '');

  await page.setInputFiles('#import-file', file);
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
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=export-csv]')]);
  const lines = readFileSync(await csv.path(), 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
  assert.equal(lines.length, 2);
  assert.ok(lines[0].startsWith('study,questionnaire,hash,version,language,respondent,started,saved,role,role.probes,role.notes,freq,freq.other'), lines[0]);
  assert.ok(lines[1].includes(',R07,'), lines[1]);
  assert.ok(lines[1].includes('walk; talk'), lines[1]);
  const [md] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=export-md]')]);
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
  await page.fill('#respondent-code', 'R01');
  await page.locator('#respondent-code').blur();
  await page.fill('#a-role', 'first');
  await page.locator('.save-status', { hasText: 'Saved' }).waitFor();
  await page.click('[data-action=new]');
  await page.fill('#respondent-code', 'R02');
  await page.locator('#respondent-code').blur();
  await page.fill('#a-role', 'second');
  await page.locator('.save-status', { hasText: 'Saved' }).waitFor();
  const options = await page.locator('#session-picker option').allTextContents();
  assert.deepEqual([...options].sort(), ['R01', 'R02']);
  await page.selectOption('#session-picker', 'R01');
  assert.equal(await page.inputValue('#a-role'), 'first');
  assert.equal(await page.inputValue('#respondent-code'), 'R01');
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
  await page.fill('#a-role', 'still typing');
  assert.equal(await page.inputValue('#a-role'), 'still typing');
  await context.close();
});

test('the interview clock runs against the planned durations', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(pageUrl(site, GUIDE));
  await page.click('[data-action=clock]');
  await page.focus('#a-role');
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
  assert.ok(await summary.isVisible());
  assert.equal(await summary.getAttribute('role'), 'alert');
  assert.match(plain(await summary.textContent()), /Some questions need an answer \(2\)/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'a-q1');
  assert.equal(await page.getAttribute('#a-q1', 'aria-invalid'), 'true');
  assert.ok((await page.getAttribute('#a-q1', 'aria-describedby')).split(' ').includes('e-q1'));
  assert.equal(await page.textContent('#e-q1'), 'Please answer this question.');
  // The respondent view shows no interviewer material.
  assert.equal(await page.locator('.instructions, .probes, .interviewer-note, #respondent-code').count(), 0);
  assert.equal(await axeViolations(page).then((v) => v.length), 0);

  await page.fill('#a-q1', '9000');
  await page.check('[id="a-q2.y"]');
  assert.equal(await page.locator('#e-q1').count(), 0, 'the message goes once answered');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=submit]')]);
  const answers = JSON.parse(readFileSync(await download.path(), 'utf8')).answers;
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
