// Paper is where consent sheets and letters are judged: printed by Chromium
// to A4 PDF, each written consent sheet takes at most two pages, each verbal
// consent sheet and each letter exactly one, in every language of the bundled
// study and in every language with built-in consent wording (the `languages`
// fixture, whose facts and Art. 9 sentence make the longest sheets).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildStudy } from './helpers.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let site;
let languagesSite;
let browser;

before(async () => {
  site = path.join(mkdtempSync(path.join(tmpdir(), 'enquete-print-')), 'site');
  buildStudy(repo, site);
  languagesSite = path.join(path.dirname(site), 'languages');
  buildStudy(path.join(repo, 'tests/fixtures/languages'), languagesSite);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  if (site) rmSync(path.dirname(site), { recursive: true, force: true });
});

// PDF page objects ("/Type /Page", not "/Pages").
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) || []).length;

async function printedPages(rel, root = site) {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(path.join(root, rel)).href, { waitUntil: 'load' });
    return pageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  } finally {
    await page.close();
  }
}

for (const lang of ['nl', 'en', 'fr']) {
  test(`written consent in ${lang} prints on at most two A4 pages`, async () => {
    const n = await printedPages(`${lang}/consent-written/index.html`);
    assert.ok(n >= 1 && n <= 2, `${n} pages`);
  });

  test(`verbal consent in ${lang} prints on one A4 page`, async () => {
    assert.equal(await printedPages(`${lang}/consent-verbal/index.html`), 1);
  });

  for (const variant of ['mechelen', 'turnhout']) {
    test(`invitation letter ${variant} in ${lang} prints on exactly one A4 page`, async () => {
      assert.equal(await printedPages(`${lang}/invitation-letter/${variant}/index.html`), 1);
    });
  }
}

const builtinLanguages = readdirSync(path.join(repo, 'locales')).sort();

for (const lang of builtinLanguages) {
  test(`built-in ${lang} wording: written consent on at most two A4 pages, verbal on one`, async () => {
    const written = await printedPages(`${lang}/consent-written/index.html`, languagesSite);
    assert.ok(written >= 1 && written <= 2, `written: ${written} pages`);
    assert.equal(await printedPages(`${lang}/consent-verbal/index.html`, languagesSite), 1, 'verbal');
  });
}

test('nothing of the screen furniture is printed', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(path.join(site, 'fr/consent-written/index.html')).href);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.print-toolbar', '.skip-link']) {
      assert.equal(await page.locator(selector).evaluate((e) => getComputedStyle(e).display), 'none', selector);
    }
    // Each statement and each signature block stays whole on a page.
    for (const selector of ['.consent-item', '.signature-block']) {
      const breaks = await page.locator(selector).evaluateAll((els) => els.map((e) => getComputedStyle(e).breakInside));
      assert.ok(breaks.length > 0 && breaks.every((b) => b === 'avoid'), `${selector}: ${breaks}`);
    }
  } finally {
    await page.close();
  }
});
