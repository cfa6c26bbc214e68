// A survey is the respondent's page, and sending never claims what did not
// happen: no interviewer tools on a survey, a thank-you in the respondent's
// language, a mailto only when the whole message fits, a post that reports
// what the server answered; interview guides get the same ways of sending.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildStudy, copyFixture, launch, serve, pageUrl, axeViolations, answersFile, schemaErrors, plain, field, menuAction,
} from './helpers.mjs';

const studies = [];
let browser;

before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  for (const s of studies) rmSync(path.dirname(s), { recursive: true, force: true });
});

/** The minimal fixture with `submit:` set, built; resolves to the site's directory. */
function studyWith(submit, edit) {
  const root = copyFixture('minimal');
  studies.push(root);
  appendFileSync(path.join(root, 'study.yaml'), `submit: ${submit}\n`);
  if (edit) edit(root);
  const site = path.join(path.dirname(root), 'site');
  buildStudy(root, site);
  return site;
}

// mailto links are opened by clicking a link; the test keeps them instead.
async function recordMailto(context) {
  await context.addInitScript(() => {
    window.mailtoLinks = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.href.startsWith('mailto:')) window.mailtoLinks.push(this.href);
      else click.call(this);
    };
  });
}

test('a survey has no interviewer tools, and thanks the respondent in their language', async () => {
  const site = studyWith('{ mode: download }', (root) => {
    // One text without its Dutch translation.
    const file = path.join(root, 'questionnaires/survey.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('help: { en: Four digits., nl: Vier cijfers. }', 'help: { en: Four digits. }'));
  });
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(pageUrl(site, 'nl/survey/index.html'));
  await page.locator('#session-panel:not([hidden])').waitFor();
  assert.equal(await page.locator('.interview-bar, .menu-button, #import-file, [data-action=new], [data-action=delete], [data-action^=export]').count(), 0);
  // The untranslated help is in English, marked as English, without a label.
  const help = page.locator('.question .help').first();
  assert.equal(await help.locator('[lang=en]').textContent(), 'Four digits.');
  assert.equal(await page.locator('.untranslated-mark').count(), 0);
  assert.ok(!(await page.textContent('main')).includes('not yet translated'));
  // The guide, for the interviewer, still says so, in Dutch.
  const guide = await context.newPage();
  await guide.goto(pageUrl(site, 'nl/guide/index.html'));
  assert.equal(await guide.locator('.untranslated-mark').first().textContent(), '(nog niet vertaald)');
  await guide.close();

  await field(page, 'q1').fill('2000');
  await field(page, 'q2', 'y').check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=submit]')]);
  const sent = await answersFile(download);
  assert.deepEqual(sent.answers, { q1: '2000', q2: 'y' });
  const thanks = page.locator('section.thanks');
  await thanks.waitFor();
  assert.equal(await thanks.locator('h2').textContent(), 'Bedankt');
  assert.equal(plain(await thanks.locator('p').first().textContent()),
    `Uw antwoorden zijn bewaard als het bestand ${download.suggestedFilename()} in de downloadmap van uw browser.`);
  assert.ok(await thanks.evaluate((e) => e === document.activeElement), 'the confirmation has the focus');
  assert.ok(await page.locator('#questionnaire').isHidden());
  assert.ok(await page.locator('#form-errors').isHidden(), 'not a message in the error box');
  assert.deepEqual(await axeViolations(page), []);
  // On a shared computer the respondent can take their answers away.
  await thanks.locator('button').click();
  await thanks.getByText('Uw antwoorden zijn uit deze browser verwijderd.').waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':r:'))), []);
  await context.close();
});

test('mailto: a message that fits is sent whole; a long one becomes a file to attach', async () => {
  const site = studyWith('{ mode: mailto, address: answers@example.org }');
  const context = await browser.newContext({ acceptDownloads: true });
  await recordMailto(context);
  const page = await context.newPage();
  await page.goto(pageUrl(site, 'en/survey/index.html'));
  await field(page, 'q1').fill('2000');
  await field(page, 'q2', 'n').check();
  await page.click('[data-action=submit]');
  await page.locator('section.thanks').waitFor();
  let links = await page.evaluate(() => window.mailtoLinks);
  assert.equal(links.length, 1);
  assert.ok(links[0].length <= 2000, `${links[0].length} characters`);
  const body = decodeURIComponent(links[0].split('&body=')[1]);
  assert.ok(body.includes('**Your postcode**\n\n> 2000'), body);
  assert.match(plain(await page.textContent('section.thanks p')), /should now open a message to answers@example\.org with your answers\. Send that message to finish\./);

  const long = 'x'.repeat(3000);
  await page.reload();
  await page.locator('#session-panel:not([hidden])').waitFor();
  await field(page, 'q1').fill(long);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=submit]')]);
  const file = await answersFile(download);
  assert.equal(file.answers.q1, long, 'the whole answer, in the file');
  links = await page.evaluate(() => window.mailtoLinks);
  assert.equal(links.length, 1);
  assert.equal(decodeURIComponent(links[0].split('&body=')[1]), `My answers are in the attached file \u2068${download.suggestedFilename()}\u2069.`);
  assert.equal(plain(await page.textContent('section.thanks p')),
    `Your answers are too long for an e-mail link, so they were saved as the file ${download.suggestedFilename()} in your browser's downloads. Attach that file to an e-mail to answers@example.org.`);
  await context.close();
});

test('post: a failure is said and keeps the answers; success shows what the server confirmed', async () => {
  const received = [];
  let answer = 500;
  // The site and the address that receives answers are the same server,
  // whose address is written into the study before it is built.
  let site;
  const server = await serve(() => site, (body, res) => {
    received.push(JSON.parse(body));
    res.writeHead(answer, { 'Content-Type': 'text/plain' }).end(answer === 200 ? 'ok' : 'broken');
  });
  site = studyWith(`{ mode: post, url: "${server.url}answers" }`);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('en/survey/index.html', server.url).href);
    await field(page, 'q1').fill('2000');
    await field(page, 'q2', 'y').check();
    await page.click('[data-action=submit]');
    const errors = page.locator('#form-errors');
    await errors.getByText('could not be sent').waitFor();
    assert.equal(plain(await errors.textContent()),
      'Your answers could not be sent (500 Internal Server Error). They are still saved in this browser: try again later.');
    assert.ok(await page.locator('#questionnaire').isVisible());
    assert.equal(await field(page, 'q1').inputValue(), '2000');
    answer = 200;
    await page.click('[data-action=submit]');
    await page.locator('section.thanks').waitFor();
    assert.equal(plain(await page.textContent('section.thanks p')), 'Your answers have been sent, and the study has received them.');
    assert.equal(received.length, 2);
    for (const r of received) assert.deepEqual(schemaErrors(r), []);
    assert.deepEqual(received[1].answers, { q1: '2000', q2: 'y' });
    await context.close();
  } finally {
    await server.close();
  }
});

test('an interview guide sends the same way, from its session menu', async () => {
  const site = studyWith('{ mode: mailto, address: answers@example.org }');
  const context = await browser.newContext();
  await recordMailto(context);
  const page = await context.newPage();
  await page.goto(pageUrl(site, 'en/guide/index.html'));
  await page.fill('[name=respondent_code]', 'R30');
  await page.locator('[name=respondent_code]').blur();
  await field(page, 'role').fill('By chance.');
  await page.locator('.save-status', { hasText: 'Saved' }).waitFor();
  await menuAction(page, 'send');
  await page.locator('.save-status', { hasText: 'should now open a message' }).waitFor();
  const links = await page.evaluate(() => window.mailtoLinks);
  assert.ok(decodeURIComponent(links[0]).includes('> By chance.'));
  await context.close();
});
