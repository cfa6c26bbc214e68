// Right-to-left: an Arabic study gets dir="rtl" and a mirrored layout, in
// the web form, the print version and the side-by-side pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildSite, launch, pageUrl, axeViolations, ensureArtifacts, field } from './helpers.mjs';

let site;
let browser;

before(async () => {
  site = buildSite('rtl');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (site) rmSync(path.dirname(site), { recursive: true, force: true });
});

const box = (page, selector) => page.locator(selector).first().boundingBox();
// Where the text of an element actually is (a block spans the full width).
const textBox = (page, selector) => page.locator(selector).first().evaluate((e) => {
  const range = document.createRange();
  range.selectNodeContents(e);
  const r = range.getBoundingClientRect();
  return { x: r.x, width: r.width };
});

test('the Arabic guide is right to left and mirrored', async () => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  await page.goto(pageUrl(site, 'ar/guide/index.html'));
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  const main = await box(page, 'main');
  const h1 = await textBox(page, 'h1');
  // The title starts at the right edge of the content.
  assert.ok(Math.abs(main.x + main.width - 16 - (h1.x + h1.width)) < 4, `h1 ends at ${h1.x + h1.width}, main at ${main.x + main.width}`);
  assert.ok(h1.x > main.x + 50, 'and leaves the left side free');
  // The study title is on the right of the header, the languages on the left.
  const title = await box(page, '.site-title');
  const languages = await box(page, 'nav.languages');
  assert.ok(languages.x + languages.width < title.x, 'languages left of the title');
  // A probe's tick box is to the right of its text.
  const tick = await box(page, '[name="join.probe.1"]');
  const label = await box(page, '.probes li:has([name="join.probe.1"]) label');
  assert.ok(tick.x > label.x, 'tick box right of its label');
  // The interviewer's instructions have their edge on the right.
  const instructions = page.locator('.instructions').first();
  assert.equal(await instructions.evaluate((e) => getComputedStyle(e).borderRightWidth), '4px');
  assert.equal(await instructions.evaluate((e) => getComputedStyle(e).borderLeftWidth), '0px');
  // The question number stays a number in its own direction.
  assert.equal(await page.locator('.qnum').first().evaluate((e) => getComputedStyle(e).unicodeBidi), 'isolate');
  await page.screenshot({ path: path.join(ensureArtifacts(), 'rtl-guide.png'), fullPage: true });
  assert.deepEqual(await axeViolations(page), []);
  await page.fill('#respondent-code', 'R07');
  await field(page, 'join').fill('عن طريق صديق');
  await field(page, 'frequency', 'weekly').check();
  assert.deepEqual(await axeViolations(page), [], 'filled in');
  await page.close();
});

test('the English page of the same study stays left to right', async () => {
  const page = await browser.newPage();
  await page.goto(pageUrl(site, 'en/guide/index.html'));
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  const tick = await box(page, '[name="join.probe.1"]');
  const label = await box(page, '.probes li:has([name="join.probe.1"]) label');
  assert.ok(tick.x < label.x);
  await page.close();
});

test('side by side: each language in its own direction', async () => {
  const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
  await page.goto(pageUrl(site, 'bilingual/ar-en/guide/index.html'));
  const ar = page.locator('[data-question=join] .qtext .bi-a');
  const en = page.locator('[data-question=join] .qtext .bi-b');
  assert.equal(await ar.getAttribute('dir'), 'rtl');
  assert.equal(await en.getAttribute('lang'), 'en');
  assert.equal(await en.getAttribute('dir'), 'ltr');
  const a = await ar.boundingBox();
  const b = await en.boundingBox();
  assert.ok(a.x > b.x, 'Arabic, the page language, comes first: on the right');
  await page.screenshot({ path: path.join(ensureArtifacts(), 'rtl-bilingual.png') });
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

test('the print version is right to left too, and the survey validates in Arabic', async () => {
  const page = await browser.newPage();
  await page.goto(pageUrl(site, 'ar/guide/print/index.html'));
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await page.goto(pageUrl(site, 'ar/survey/index.html'));
  await page.click('[data-action=submit]');
  assert.equal(await page.textContent('#e-city'), 'يرجى الإجابة عن هذا السؤال.');
  assert.equal(await page.evaluate(() => document.activeElement.name), 'city');
  assert.deepEqual(await axeViolations(page), [], 'with its error messages');
  await page.close();
});
