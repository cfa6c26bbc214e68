// Skip logic (`show_if`) in the browser, on the chained conditions of
// tests/fixtures/skip: a survey hides what does not apply and announces
// what appears, never loses what was typed, requires and counts only what
// applies; an interview guide dims instead; without the script everything
// shows with its condition written out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSite, launch, serve, pageUrl, axeViolations, answersFile, plain, field, importAnswers, menuAction } from './helpers.mjs';

let site;
let http;
let browser;

before(async () => {
  site = buildSite('skip');
  http = await serve(site);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await http?.close();
  if (site) rmSync(path.dirname(site), { recursive: true, force: true });
});

const SURVEY = 'en/work/index.html';
const GUIDE = 'en/guide/index.html';
const ALL = ['works', 'employer', 'languages', 'dutch-class', 'age', 'pension', 'happy'];

/** The questions on screen, in order. */
async function shown(page) {
  const out = [];
  for (const id of ALL) if (await page.locator(`#q-${id}`).isVisible()) out.push(id);
  return out;
}

async function saved(page) {
  await page.locator('.save-status', { hasText: 'Saved' }).waitFor();
}

test('a survey shows, hides and hides again along a chain, keeping every answer', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(pageUrl(site, SURVEY, http));
  await page.locator('.progress').waitFor();
  // Not answered yet: "not ticked Dutch" holds, nothing else does.
  assert.deepEqual(await shown(page), ['works', 'dutch-class']);
  assert.equal(plain(await page.textContent('.progress')), '0 of 2 questions answered');
  assert.ok(await page.locator('#s-retirement').isHidden(), 'a section that does not apply is hidden');
  assert.ok(await page.locator('.toc a[href="#s-retirement"]').isHidden(), 'and so is its link');
  // The routing lines are for readers without the script.
  assert.equal(await page.locator('.routing:visible').count(), 0);

  // By keyboard: the first choice, then Space.
  await field(page, 'works', 'yes').focus();
  await page.keyboard.press('Space');
  await page.locator('#q-employer').waitFor();
  assert.deepEqual(await shown(page), ['works', 'employer', 'dutch-class']);
  assert.equal(plain(await page.textContent('[aria-live=polite].visually-hidden')), 'Now shown: Who is your employer?');
  assert.equal(plain(await page.textContent('.progress')), '1 of 3 questions answered');
  await page.keyboard.press('Tab');
  assert.ok(await field(page, 'employer').evaluate((e) => e === document.activeElement), 'Tab goes to the question that appeared');
  await page.keyboard.type('Acme');
  assert.deepEqual(await shown(page), ['works', 'employer', 'languages', 'dutch-class']);
  await field(page, 'languages', 'nl').check();
  assert.deepEqual(await shown(page), ['works', 'employer', 'languages']);
  await field(page, 'languages', 'fr').check();
  assert.deepEqual(await shown(page), ['works', 'employer', 'languages', 'age']);
  await field(page, 'age').fill('70');
  await field(page, 'pension').fill('2019-05-01');
  assert.deepEqual(await shown(page), ALL.filter((q) => q !== 'dutch-class'));
  assert.deepEqual(await axeViolations(page), [], 'everything shown');

  // "No": the employer goes, and with it the languages (they depend on
  // it), so "not ticked Dutch" holds again; the retirement section stays.
  await field(page, 'works', 'no').check();
  assert.deepEqual(await shown(page), ['works', 'dutch-class', 'age', 'pension', 'happy']);
  assert.equal(await field(page, 'employer').inputValue(), 'Acme', 'a hidden answer is kept');
  assert.ok(await field(page, 'languages', 'nl').isChecked());
  assert.ok(await field(page, 'employer').isHidden());
  await field(page, 'works', 'no').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.name), 'dutch-class', 'Tab passes over what is hidden');
  assert.equal(plain(await page.textContent('.progress')), '3 of 5 questions answered');
  assert.deepEqual(await axeViolations(page), [], 'some hidden');

  // Back to "Yes": what was typed is there again.
  await field(page, 'works', 'yes').check();
  assert.equal(await page.locator('#a-employer').inputValue(), 'Acme');
  assert.deepEqual(await shown(page), ALL.filter((q) => q !== 'dutch-class'));
  await context.close();
});

test('a hidden question is not required; its answer is exported as not applicable', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(pageUrl(site, SURVEY, http));
  await page.locator('.progress').waitFor();
  await field(page, 'works', 'yes').check();
  await page.click('[data-action=submit]');
  assert.match(plain(await page.textContent('#form-errors')), /Some questions need an answer \(1\)/);
  assert.equal(await page.textContent('#e-employer'), 'Please answer this question.');
  // "No" instead: the employer no longer applies, nor its message.
  await field(page, 'works', 'no').check();
  assert.equal(await page.locator('#e-employer').count(), 0);
  assert.ok(await page.locator('#form-errors').isHidden());
  await field(page, 'works', 'yes').check();
  await field(page, 'employer').fill('Acme');
  await field(page, 'works', 'no').check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=submit]')]);
  const record = await answersFile(download);
  assert.equal(record.fields.employer.value, 'Acme', 'kept in the record');
  assert.equal(record.answers.employer, 'Acme');
  assert.deepEqual(record.not_applicable, ['employer', 'happy', 'languages', 'pension']);
  await context.close();
});

test('after a reload the same questions show, and another tab follows the changes', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl(site, SURVEY, http));
  await page.locator('.progress').waitFor();
  await field(page, 'works', 'yes').check();
  await field(page, 'employer').fill('Acme');
  await field(page, 'languages', 'fr').check();
  await saved(page);
  await page.reload();
  await page.locator('.save-status', { hasText: 'restored' }).waitFor();
  assert.deepEqual(await shown(page), ['works', 'employer', 'languages', 'dutch-class', 'age']);
  assert.equal(plain(await page.textContent('.progress')), '3 of 5 questions answered');

  const other = await context.newPage();
  await other.goto(pageUrl(site, SURVEY, http));
  await other.locator('.save-status', { hasText: 'restored' }).waitFor();
  assert.deepEqual(await shown(other), ['works', 'employer', 'languages', 'dutch-class', 'age']);
  await field(other, 'works', 'no').check();
  await saved(other);
  await page.locator('#q-employer').waitFor({ state: 'hidden' });
  assert.deepEqual(await shown(page), ['works', 'dutch-class', 'age']);
  assert.equal(await field(page, 'employer').inputValue(), 'Acme');
  await context.close();
});

test('an interview guide dims what does not apply, with its condition, and counts only the rest', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl(site, GUIDE, http));
  await page.locator('.interview-bar .progress').waitFor();
  assert.deepEqual(await shown(page), ALL, 'nothing is hidden from the interviewer');
  assert.ok(await page.locator('#q-employer.not-applicable').isVisible());
  assert.equal(plain(await page.locator('#q-employer .routing').textContent()), 'Only if question 1 is “Yes”');
  assert.ok(await page.locator('#q-employer .routing').isVisible());
  await field(page, 'works', 'yes').check();
  await field(page, 'employer').fill('Acme');
  assert.equal(await page.locator('#q-employer.not-applicable').count(), 0);
  await saved(page);
  assert.equal(plain(await page.locator('.interview-bar .progress').textContent()), '2 of 4 questions answered');
  assert.deepEqual(await axeViolations(page), []);

  // An import decides anew: a record where the respondent does not work.
  const file = JSON.parse(JSON.stringify({
    format: 'enquete-answers/1', study: await page.getAttribute('#questionnaire', 'data-study'), questionnaire: 'guide',
    hash: await page.getAttribute('#questionnaire', 'data-hash'), version: null, language: 'en', respondent: 'R09',
    started: '2026-12-01T09:00:00.000Z', saved: '2026-12-01T09:10:00.000Z', exported: '2026-12-01T09:10:00.000Z',
    questions: {}, timers: { total: 0, sections: {}, running: null },
    fields: { works: { value: 'no', changed: '2026-12-01T09:05:00.000Z' }, employer: { value: 'Before', changed: '2026-12-01T09:04:00.000Z' } },
    answers: {}, other: {}, why: {}, probes: {}, notes: {}, removed: [], not_applicable: ['employer'],
  }));
  await importAnswers(page, JSON.stringify(file));
  await page.locator('.save-status', { hasText: 'R09' }).waitFor();
  assert.ok(await page.locator('#q-employer.not-applicable').isVisible());
  assert.equal(await field(page, 'employer').inputValue(), 'Before');
  assert.equal(await page.locator('#q-age.not-applicable').count(), 0, 'the retirement section applies');
  const [csv] = await Promise.all([page.waitForEvent('download'), menuAction(page, 'export-csv')]);
  const [head, row] = readFileSync(await csv.path(), 'utf8').replace(/^\ufeff/, '').trim().split('\r\n').map((l) => l.split(','));
  assert.equal(row[head.indexOf('not_applicable')], 'employer; happy; languages; pension');
  assert.equal(row[head.indexOf('employer')], 'Before');
  const [md] = await Promise.all([page.waitForEvent('download'), menuAction(page, 'export-md')]);
  assert.match(readFileSync(await md.path(), 'utf8'), /\*\*Who is your employer\?\*\*\n\n\*Not applicable, given the earlier answers\*\n\n> Before\n/);
  await context.close();
});

test('without JavaScript every question shows with its condition written out', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pageUrl(site, SURVEY, http));
  assert.deepEqual(await shown(page), ALL);
  assert.deepEqual((await page.locator('.routing').allTextContents()).map(plain), [
    'Only if question 1 is “Yes”',
    'Only if question 1 is “Yes” and question 2 is answered',
    'Only if “Dutch” is not ticked at question 3',
    'Only if question 1 is “No” or “French” is ticked at question 3',
    'Only if the answer to question 5 is 65 or more',
    'Only if the answer to question 6 is 2020-12-31 or earlier',
  ]);
  await context.close();
});
