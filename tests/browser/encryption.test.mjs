// Encrypted answers (study.yaml `privacy.public_key`): with a key made by
// `enquete keys new`, every export and submission leaves Chromium as an
// envelope that only the private key opens; `enquete answers merge --key`
// opens it, and names every file it cannot open (no key, another key, a
// changed or cut-short file) while merging the others.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repo, buildStudy, copyFixture, launch, pageUrl, answersFile, axeViolations, field, menuAction, importAnswers, plain } from './helpers.mjs';

const enquete = path.join(repo, 'target/release/enquete');
let browser;
let root;
let work;
let site;

function run(...args) {
  return spawnSync(enquete, args, { encoding: 'utf8' });
}

before(async () => {
  root = copyFixture('minimal');
  work = path.dirname(root);
  const made = run('keys', 'new', '--root', root, '--private', path.join(work, 'private.pem'));
  assert.equal(made.status, 0, made.stderr);
  assert.match(made.stderr, /now add to study\.yaml:\n {2}privacy:\n {4}public_key: keys\/study\.pub\n/);
  // The fixture's `privacy:` mapping gets the key.
  const study = path.join(root, 'study.yaml');
  writeFileSync(study, readFileSync(study, 'utf8').replace('privacy:\n', 'privacy:\n  public_key: keys/study.pub\n'));
  site = path.join(work, 'site');
  buildStudy(root, site);
  mkdirSync(path.join(work, 'exports'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(rel) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(pageUrl(site, rel));
  await page.locator('#session-panel:not([hidden])').waitFor();
  return { context, page };
}

async function save(download, name) {
  const envelope = await answersFile(download);
  const file = path.join(work, 'exports', name);
  await download.saveAs(file);
  return { envelope, file };
}

function merge(...extra) {
  const out = path.join(work, 'dataset');
  return { out, ...run('answers', 'merge', path.join(work, 'exports'), '--root', root, '--out', out, ...extra) };
}

test('exports and submissions leave the browser encrypted, and merge --key opens them', async () => {
  // An interview: JSON only, encrypted; the page says so.
  let { context, page } = await open('en/guide/index.html');
  assert.equal(plain(await page.textContent('.encrypted-note')),
    'Answers are encrypted on this device before they are exported or sent: only the research team can open them.');
  await page.fill('[name=respondent_code]', 'R01');
  await page.locator('[name=respondent_code]').blur();
  await field(page, 'role').fill('Through a neighbour, "by chance".');
  await field(page, 'freq', 'weekly').check();
  await page.locator('.save-status', { hasText: /Saved in/ }).waitFor();
  await page.click('.menu-button');
  const offered = await page.locator('#session-menu [data-action^=export]').evaluateAll((b) => b.map((x) => x.dataset.action));
  assert.deepEqual(offered, ['export-json', 'export-all'], 'no CSV or Markdown: they would leave readable');
  const [download] = await Promise.all([page.waitForEvent('download'), menuAction(page, 'export-json')]);
  const { envelope, file } = await save(download, 'r01.json');
  assert.equal(envelope.format, 'enquete-encrypted/1');
  assert.ok(!readFileSync(file, 'utf8').includes('neighbour'), 'nothing readable in the file');
  assert.deepEqual(await axeViolations(page), []);

  // A device cannot open its own encrypted export: it says so and changes nothing.
  await importAnswers(page, file);
  const alert = page.locator('.storage-alert');
  await alert.waitFor();
  assert.equal(plain(await alert.textContent()),
    "This file is encrypted to the study's key, so no browser can open it: the research team opens it with enquete. Nothing was changed.");
  await context.close();

  // A survey's submission (download mode) is encrypted too.
  ({ context, page } = await open('nl/survey/index.html'));
  await field(page, 'q1').fill('2000');
  await field(page, 'q2', 'y').check();
  const [sent] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=submit]')]);
  assert.equal((await save(sent, 'survey.json')).envelope.key, envelope.key);
  await page.locator('section.thanks').waitFor();
  await context.close();

  // Without the key: each file named, nothing opened.
  let result = merge();
  assert.equal(result.status, 3, result.stderr);
  assert.match(result.stderr, new RegExp(`skipped \\S+r01\\.json: encrypted to the study's key ${envelope.key}: give its private key with --key`));

  // With it: the answers, as typed.
  result = merge('--key', path.join(work, 'private.pem'));
  assert.equal(result.status, 0, result.stderr);
  const guide = readFileSync(path.join(result.out, 'answers/guide.csv'), 'utf8');
  assert.ok(guide.includes('"Through a neighbour, ""by chance""."'), guide);
  assert.ok(readFileSync(path.join(result.out, 'answers/survey.csv'), 'utf8').includes(',2000,'));

  // A changed file and a cut-short one are named; the others still merge.
  const sealed = JSON.parse(readFileSync(file, 'utf8'));
  const c = sealed.ciphertext;
  const flipped = (c[10] === 'A' ? 'B' : 'A');
  writeFileSync(path.join(work, 'exports/changed.json'), JSON.stringify({ ...sealed, ciphertext: c.slice(0, 10) + flipped + c.slice(11) }));
  writeFileSync(path.join(work, 'exports/cut.json'), JSON.stringify({ ...sealed, ciphertext: c.slice(0, c.length - 8) }));
  result = merge('--key', path.join(work, 'private.pem'));
  assert.equal(result.status, 3, result.stderr);
  for (const name of ['changed', 'cut']) {
    assert.match(result.stderr, new RegExp(`skipped \\S+${name}\\.json: cannot be decrypted: the file was changed or cut short after it was exported`));
  }
  assert.ok(readFileSync(path.join(result.out, 'answers/guide.csv'), 'utf8').includes('neighbour'));

  // Another key opens nothing, and says whose the files are.
  const other = path.join(work, 'other.pem');
  const again = run('keys', 'new', '--root', root, '--private', other, '--public', 'keys/other.pub');
  assert.equal(again.status, 0, again.stderr);
  result = merge('--key', other);
  assert.equal(result.status, 3);
  assert.match(result.stderr, new RegExp(`skipped \\S+r01\\.json: encrypted to the key ${envelope.key}, not to the key given with --key`));
});
