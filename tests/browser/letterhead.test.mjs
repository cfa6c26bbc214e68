// The letterhead of consent sheets and letters (`logo:` and `address:` of
// study.yaml), as a respondent sees it from file:// and on paper: the logo
// is shown under the pages' CSP, named by the institution for screen
// readers, and a printed letter fills its one A4 page, its contact at the
// foot, rather than the upper third of it, and its address field sits
// blank where the window of an envelope shows it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSites, launch, axeViolations, havePdftotext, printedLayout } from './helpers.mjs';

let work;
let withLetterhead;
let bundled;
let browser;
let hasPdftotext = true;

before(async () => {
  hasPdftotext = havePdftotext();
  ({ work, sites: { letterhead: withLetterhead, bundled } } = buildSites('letterhead', { letterhead: 'letterhead', bundled: '' }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

// @page margins of the theme: 18 mm at the bottom, where the footer is.
const BOTTOM = 18 * (72 / 25.4);

/** Prints a page to A4 PDF and reads it back (helpers.printedLayout). */
async function printed(root, rel) {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(path.join(root, rel)).href, { waitUntil: 'load' });
    return await printedLayout(page, path.join(work, 'page.pdf'));
  } finally {
    await page.close();
  }
}

for (const [rel, institution] of [
  ['en/consent/index.html', 'Example University'],
  ['nl/letter/ghent/index.html', 'Voorbeelduniversiteit'],
]) {
  test(`${rel}: the logo shows from file://, named by the institution, with no serious axe violation`, async () => {
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(path.join(withLetterhead, rel)).href, { waitUntil: 'load' });
      const logo = page.locator('img.letterhead-logo');
      assert.equal(await logo.getAttribute('alt'), institution);
      assert.ok(await logo.evaluate((img) => img.complete && img.naturalWidth > 0), 'the logo did not load');
      assert.equal((await page.locator('.letterhead-address').textContent()).trim(), 'Main Street 1, 1000 Example City');
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await page.close();
    }
  });
}

test('with a letterhead, the written consent sheet prints on at most two pages and each letter on one', async (t) => {
  if (!hasPdftotext) return t.skip('pdftotext (poppler-utils) is not installed');
  const consent = await printed(withLetterhead, 'en/consent/index.html');
  assert.ok(consent.length >= 1 && consent.length <= 2, `consent: ${consent.length} pages`);
  for (const rel of ['en/letter/ghent/index.html', 'nl/letter/antwerp/index.html']) {
    assert.equal((await printed(withLetterhead, rel)).length, 1, rel);
  }
});

for (const [lang, date] of [['nl', 'Datum:'], ['en', 'Date:'], ['fr', 'Date :']]) {
  test(`printed invitation letter in ${lang}: one page, a date line, the contact at the foot of the page`, async (t) => {
    if (!hasPdftotext) return t.skip('pdftotext (poppler-utils) is not installed');
    const pages = await printed(bundled, `${lang}/invitation-letter/mechelen/index.html`);
    assert.equal(pages.length, 1);
    const [{ height, lines }] = pages;
    const body = lines.filter((l) => l.y1 <= height - BOTTOM);
    assert.ok(body.some((l) => l.text.replace(/\u202f/g, ' ').startsWith(date)), `no date line: ${JSON.stringify(body.slice(0, 4).map((l) => l.text))}`);
    // The last line of the letter (its contact) in the lowest fifth of the
    // page: before, the text ended in its upper half.
    const last = Math.max(...body.map((l) => l.y1));
    assert.ok(last > height * 0.8, `the letter ends at ${Math.round((100 * last) / height)}% of the page`);
  });
}

// The blank address field where a window envelope shows it (DIN 5008, DL
// and C5 windows): 20 mm from the sheet's start edge, 45 mm from its top,
// 85 × 45 mm. Measured laid out for paper: the text area's width in CSS px,
// positions from the start of the text, plus the @page margins (16 mm).
const MM_PX = 96 / 25.4;
const PAPER_WIDTH = Math.floor(178 * MM_PX);

for (const [name, root, rel] of [
  ['bundled', () => bundled, 'fr/invitation-letter/mechelen/index.html'],
  ['letterhead', () => withLetterhead, 'nl/letter/antwerp/index.html'],
]) {
  for (const dir of ['ltr', 'rtl']) {
    test(`${name} letter (${dir}): the address field is where a window envelope shows it, blank on paper`, async () => {
      const page = await browser.newPage({ viewport: { width: PAPER_WIDTH, height: 1100 } });
      try {
        await page.goto(pathToFileURL(path.join(root(), rel)).href, { waitUntil: 'load' });
        // The right-to-left layout is the same sheet mirrored: logical properties only.
        if (dir === 'rtl') await page.evaluate(() => { document.documentElement.dir = 'rtl'; });
        assert.ok(await page.locator('.address-hint').isVisible(), 'on screen the field says what it is for');
        await page.emulateMedia({ media: 'print' });
        const box = await page.evaluate(() => {
          const main = document.querySelector('main').getBoundingClientRect();
          const f = document.querySelector('.address-field').getBoundingClientRect();
          const hint = getComputedStyle(document.querySelector('.address-hint')).visibility;
          return { start: document.dir === 'rtl' ? main.right - f.right : f.left - main.left, top: f.top - main.top, width: f.width, height: f.height, hint };
        });
        const mm = (px) => px / MM_PX;
        const near = (got, want, what) => assert.ok(Math.abs(got - want) <= 1, `${what}: ${got.toFixed(1)} mm, not ${want} mm`);
        near(16 + mm(box.start), 20, 'from the start edge of the sheet');
        near(16 + mm(box.top), 45, 'from the top of the sheet');
        near(mm(box.width), 85, 'width');
        near(mm(box.height), 45, 'height');
        assert.equal(box.hint, 'hidden', 'the hint is not printed');
      } finally {
        await page.close();
      }
    });
  }

  test(`${name} letter printed: one page, nothing printed in the envelope's window`, async (t) => {
    if (!hasPdftotext) return t.skip('pdftotext (poppler-utils) is not installed');
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(path.join(root(), rel)).href, { waitUntil: 'load' });
      const pages = await printedLayout(page, path.join(work, 'letter.pdf'));
      assert.equal(pages.length, 1, 'one page');
      const PT = 72 / 25.4;
      const words = pages[0].words
        .map((w) => ({ x0: w.x0 / PT, y0: w.y0 / PT, x1: w.x1 / PT, y1: w.y1 / PT, text: w.text }));
      assert.ok(words.length > 20, 'the letter was read back');
      const inWindow = words.filter((w) => w.x1 > 20 && w.x0 < 105 && w.y1 > 45 && w.y0 < 90);
      assert.deepEqual(inWindow.map((w) => w.text), [], 'words in the window');
    } finally {
      await page.close();
    }
  });
}
