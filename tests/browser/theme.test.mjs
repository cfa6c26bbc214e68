// The default theme as an interviewer and a respondent see it: answer
// fields sized to the answer, the question read aloud set apart from the
// interviewer's material, the home page's grid of audiences, and
// no sideways scrolling on a phone, with screenshots of each page type at
// desktop and phone width in tests/browser/artifacts for review.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildSite, launch, pageUrl, field, ensureArtifacts } from './helpers.mjs';

let site;
let browser;

before(async () => {
  site = buildSite('minimal');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (site) rmSync(path.dirname(site), { recursive: true, force: true });
});

const style = (locator, property) => locator.evaluate((e, p) => getComputedStyle(e)[p], property);

test('a text question is one line; an open answer grows with what is typed', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pageUrl(site, 'en/guide/index.html'));
  const name = field(page, 'name-of-group');
  assert.equal(await name.evaluate((e) => e.tagName), 'INPUT');
  const open = field(page, 'role');
  const before = (await open.boundingBox()).height;
  await open.fill(Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n'));
  const after = (await open.boundingBox()).height;
  assert.ok(after > before * 2, `the field grew from ${before} to ${after} px`);
  assert.equal(await open.evaluate((e) => e.scrollHeight <= e.clientHeight + 1), true, 'all twelve lines in view');
  await page.close();
});

test('the question is read in regular weight; the interviewer material is set apart', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pageUrl(site, 'en/guide/index.html'));
  const question = page.locator('#q-role .qtext');
  assert.equal(await style(question, 'fontWeight'), '400');
  const questionBackground = await style(page.locator('#q-role'), 'backgroundColor');
  for (const selector of ['#q-role .interviewer-note', '#q-role .probes']) {
    const material = page.locator(selector);
    assert.notEqual(await style(material, 'backgroundColor'), questionBackground, selector);
    assert.ok(parseFloat(await style(material, 'fontSize')) < parseFloat(await style(question, 'fontSize')), `${selector} is smaller than the question`);
  }
  // Running text keeps a readable measure (about 75 characters at most).
  const measure = await question.evaluate((e) => e.getBoundingClientRect().width / parseFloat(getComputedStyle(e).fontSize));
  assert.ok(measure <= 75 * 0.6, `question text ${measure.toFixed(1)} em wide`);
  await page.close();
});

test('the home page shows the study title once and the audiences as headings of a grid', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pageUrl(site, 'en/index.html'));
  const title = await page.locator('h1').textContent();
  assert.equal(await page.getByText(title, { exact: true }).count(), 1, 'the title once');
  const card = page.locator('.group', { has: page.locator('.group-title', { hasText: 'members' }) }).locator('.card');
  assert.deepEqual(await card.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ['../en/guide/index.html', '../en/guide/print/index.html', '../bilingual/en-nl/guide/index.html']);
  assert.match(await card.locator('.card-meta').textContent(), /45 min/);
  // Two audiences side by side, not one above the other.
  const groups = await page.locator('.group').evaluateAll((gs) => gs.map((g) => g.getBoundingClientRect().top));
  assert.equal(new Set(groups.map(Math.round)).size, 1, `group tops ${groups}`);
  await page.close();
});

test('no page type scrolls sideways on a phone; screenshots of each at 1280 and 390 px', async () => {
  const dir = ensureArtifacts();
  for (const [name, rel] of [['home', 'en/index.html'], ['interview', 'en/guide/index.html'], ['survey', 'nl/survey/index.html'],
    ['print', 'en/guide/print/index.html'], ['consent', 'en/consent/index.html'], ['letter', 'nl/letter/ghent/index.html'],
    ['bilingual', 'bilingual/en-nl/guide/index.html']]) {
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(pageUrl(site, rel));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${name} at ${width} px is ${overflow} px too wide`);
      await page.screenshot({ path: path.join(dir, `theme-${name}-${width}.png`), fullPage: true });
      await page.close();
    }
  }
});
