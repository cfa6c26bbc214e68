// The interview guide during a real conversation: a bar that stays in view,
// the keyboard path to question 1, shortcuts listed under "?", time marks
// on the interview clock, and a change of language that keeps everything.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildSite, launch, pageUrl, axeViolations, answersFile, plain, field, menuAction } from './helpers.mjs';

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

const GUIDE = 'en/guide/index.html';
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return e.name || e.className || e.tagName;
});

test('question 1 is three keys away: Tab, Enter on "Skip to the questions", Tab', async () => {
  const page = await browser.newPage();
  await page.goto(pageUrl(site, GUIDE));
  await page.locator('.interview-bar').waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the questions');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'role', 'two Tab presses and one Enter');
  // The bar does not cover the question it leads to.
  const bar = await page.locator('.interview-bar').boundingBox();
  const q = await field(page, 'role').boundingBox();
  assert.ok(q.y >= bar.y + bar.height, `question at ${q.y}, bar ends at ${bar.y + bar.height}`);
  await page.close();
});

test('shortcuts: next, previous and next unanswered question, clock, probes, notes, time marks; listed under "?"', async () => {
  const page = await browser.newPage();
  await page.clock.install();
  await page.goto(pageUrl(site, GUIDE));
  await page.locator('.interview-bar').waitFor();
  await page.keyboard.press('Alt+ArrowDown');
  assert.equal(await focused(page), 'role', 'from the top: question 1');
  await page.keyboard.press('Alt+ArrowDown');
  assert.equal(await focused(page), 'freq');
  await page.keyboard.press('Alt+ArrowUp');
  assert.equal(await focused(page), 'role');
  await page.keyboard.type('By chance.');
  await page.keyboard.press('Alt+KeyU');
  assert.equal(await focused(page), 'freq', 'the next question without an answer');

  await page.keyboard.press('Alt+KeyC');
  assert.equal(await page.getAttribute('[data-action=clock]', 'aria-pressed'), 'true');
  await page.clock.runFor(160_000);
  await field(page, 'role').focus();
  await page.keyboard.press('Alt+KeyP');
  assert.ok(await field(page, 'role.probe.1').isChecked(), 'the first prompt, ticked');
  await page.keyboard.press('Alt+KeyN');
  assert.equal(await focused(page), 'role.notes');
  await page.keyboard.press('Alt+KeyM');
  await page.keyboard.type('Laughed.');
  assert.equal(await field(page, 'role.notes').inputValue(), '[2:40] Laughed.');
  await page.clock.runFor(1_000);
  await page.locator('.save-status', { hasText: 'Saved' }).waitFor();

  // "?" outside a text field opens the list of shortcuts.
  await page.locator('h1').click();
  await page.keyboard.press('?');
  const help = page.locator('dialog.shortcuts');
  await help.waitFor();
  const keys = await help.locator('dt').allTextContents();
  assert.deepEqual(keys, ['Alt+↓', 'Alt+↑', 'Alt+U', 'Alt+C', 'Alt+P', 'Alt+N', 'Alt+M', '?']);
  assert.deepEqual(await axeViolations(page), [], 'with the list of shortcuts open');
  await page.keyboard.press('Escape');
  assert.ok(await help.isHidden());
  // Typed into a field, "?" is just a question mark.
  await field(page, 'msc').fill('Why');
  await field(page, 'msc').press('?');
  assert.equal(await field(page, 'msc').inputValue(), 'Why?');
  assert.ok(await help.isHidden());

  await page.keyboard.press('Alt+KeyC');
  const context = page.context();
  await context.close();
});

test('the bar stays in view, keeps the session actions in a menu, and is not printed', async () => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(pageUrl(site, GUIDE));
  await page.fill('[name=respondent_code]', 'R40');
  await page.locator('[name=respondent_code]').blur();
  await page.click('[data-action=clock]');
  await field(page, 'role').focus();
  await page.clock.runFor(90_000);
  await field(page, 'role').fill('Through work.');
  await page.locator('.save-status', { hasText: 'Saved' }).waitFor();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const bar = page.locator('.interview-bar');
  const box = await bar.boundingBox();
  assert.ok(box.y >= -1 && box.y < 5, `the bar at the top of the window (${box.y})`);
  assert.equal(await bar.locator('.bar-respondent').textContent(), 'R40');
  assert.match(plain(await bar.locator('.total-clock').textContent()), /^1:3\d \/ 45 min$/);
  assert.match(plain(await bar.locator('.part-clock').textContent()), /^Time in this part: \d+:\d\d( \/ 10 min)?$/);
  assert.equal(plain(await bar.locator('.progress').textContent()), '1 of 8 questions answered');

  // The menu: opened, read by axe, closed with Escape back on its button.
  await page.click('.menu-button');
  assert.equal(await page.getAttribute('.menu-button', 'aria-expanded'), 'true');
  const destructive = page.locator('#session-menu [data-action=delete]');
  assert.match(await destructive.getAttribute('class'), /destructive/);
  assert.deepEqual(await axeViolations(page), [], 'with the session menu open');
  await page.keyboard.press('Escape');
  assert.ok(await page.locator('#session-menu').isHidden());
  assert.equal(await page.evaluate(() => document.activeElement.className), 'menu-button');
  // Deleting asks; declining keeps everything.
  page.once('dialog', (d) => d.dismiss());
  await menuAction(page, 'delete');
  assert.equal(await field(page, 'role').inputValue(), 'Through work.');

  // Each change carries its time on the interview clock.
  const [download] = await Promise.all([page.waitForEvent('download'), menuAction(page, 'export-json')]);
  const data = await answersFile(download);
  assert.ok(data.fields.role.clock >= 90_000 && data.fields.role.clock < 92_000, `${data.fields.role.clock}`);
  assert.ok(data.timers.total >= 90_000);

  await page.emulateMedia({ media: 'print' });
  assert.ok(await bar.isHidden(), 'not on paper');
  await context.close();
});

test('switching language mid-interview keeps everything and does not ask to leave', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl(site, GUIDE));
  await page.fill('[name=respondent_code]', 'R41');
  await page.locator('[name=respondent_code]').blur();
  await page.click('[data-action=clock]');
  await field(page, 'role').fill('Through my neighbour.');
  await page.locator('.save-status', { hasText: 'Saved' }).waitFor();
  let asked = false;
  const onDialog = (d) => { asked = true; d.dismiss(); };
  page.on('dialog', onDialog);
  await Promise.all([page.waitForURL(/\/nl\/guide\//), page.click('nav.languages a[hreflang=nl]')]);
  await page.locator('.save-status', { hasText: 'teruggezet' }).waitFor();
  assert.equal(asked, false, 'no "leave site?"');
  assert.equal(await field(page, 'role').inputValue(), 'Through my neighbour.');
  assert.equal(await page.inputValue('[name=respondent_code]'), 'R41');
  assert.equal(await page.getAttribute('[data-action=clock]', 'aria-pressed'), 'true', 'the clock goes on');
  page.off('dialog', onDialog);
  // Leaving for another page does still ask, as answers were not exported.
  const leave = new Promise((resolve) => page.once('dialog', (d) => { resolve(d.type()); d.dismiss(); }));
  await page.close({ runBeforeUnload: true });
  assert.equal(await leave, 'beforeunload');
  // The page stays (the dialog was dismissed); closing it without asking
  // ends the test.
  await page.close();
  await context.close();
});
