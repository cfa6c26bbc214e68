// The printed interview guides, as Chromium prints them to A4 PDF and
// pdftotext reads them back with the position of every line: each guide
// stays within its page count before the redesign of issue 14 plus one,
// every page carries the running header and a page number on one line,
// and no page ends with a heading whose text follows on the next page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSites, launch, havePdftotext, printedLayout } from './helpers.mjs';

// Pages per printed guide of the bundled study before issue 14 (Chromium,
// A4): the redesign may add at most one.
const BEFORE = {
  nl: { buddy: 12, coordinator: 11, newcomer: 6, policymaker: 9 },
  en: { buddy: 11, coordinator: 11, newcomer: 6, policymaker: 9 },
  fr: { buddy: 12, coordinator: 12, newcomer: 6, policymaker: 9 },
};

let work;
let site;
let rtlSite;
let browser;
let hasPdftotext = true;

before(async () => {
  hasPdftotext = havePdftotext();
  ({ work, sites: { site, rtl: rtlSite } } = buildSites('guide-print', { site: '', rtl: 'rtl' }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * Prints a page and reads it back: for each PDF page its lines, each with
 * its text and vertical position, and the texts of the page's headings.
 */
async function printed(root, rel) {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(path.join(root, rel)).href, { waitUntil: 'load' });
    const headings = await page.locator('main h1, main h2').evaluateAll(
      (els) => els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
    // Sections with a planned time, and sections with a box for the actual one.
    const timed = {
      planned: await page.locator('.section-time > span:not(.actual)').count(),
      actual: await page.locator('.section-time .actual').count(),
    };
    const pages = await printedLayout(page, path.join(work, 'page.pdf'));
    return { headings, pages, timed };
  } finally {
    await page.close();
  }
}

// @page margins of the theme: 16 mm at the top, 18 mm at the bottom.
const MM = 72 / 25.4;
const TOP = 16 * MM;
const BOTTOM = 18 * MM;

function checkPages({ headings, pages }, { rightToLeft = false } = {}) {
  pages.forEach(({ height, lines }, i) => {
    const n = i + 1;
    const where = `page ${n} of ${pages.length}`;
    const header = lines.filter((l) => l.y0 < TOP);
    const footer = lines.filter((l) => l.y0 > height - BOTTOM);
    const body = lines.filter((l) => l.y0 >= TOP && l.y0 <= height - BOTTOM);
    assert.ok(header.some((l) => /_{8,}/.test(l.text)), `${where}: no respondent code field in the running header: ${JSON.stringify(header.map((l) => l.text))}`);
    // The page number and the page count on one line: "pagina 1 van / 6"
    // was the wrapped footer before.
    // pdftotext gives right-to-left lines in visual order.
    const [a, b] = rightToLeft ? [pages.length, n] : [n, pages.length];
    const number = new RegExp(`(^|\\D)${a}\\D{1,12}${b}(\\D|$)`);
    assert.ok(footer.some((l) => number.test(l.text)), `${where}: page number not on one line: ${JSON.stringify(footer.map((l) => l.text))}`);
    if (!rightToLeft && n < pages.length && body.length) {
      const last = body.reduce((a, b) => (b.y0 >= a.y0 ? b : a)).text.replace(/\s+/g, ' ').trim();
      const orphan = headings.find((h) => h && last.startsWith(h));
      assert.equal(orphan, undefined, `${where} ends with the heading "${orphan}"`);
    }
  });
}

for (const [lang, guides] of Object.entries(BEFORE)) {
  for (const [guide, pagesBefore] of Object.entries(guides)) {
    test(`printed ${guide} guide in ${lang}: at most ${pagesBefore + 1} pages, header, page numbers, no heading at a page's end`, async (t) => {
      if (!hasPdftotext) return t.skip('pdftotext (poppler-utils) is not installed');
      const result = await printed(site, `${lang}/${guide}/print/index.html`);
      assert.ok(result.pages.length <= pagesBefore + 1, `${result.pages.length} pages (before: ${pagesBefore})`);
      checkPages(result);
    });
  }
}

for (const lang of ['ar', 'en']) {
  test(`printed right-to-left fixture guide in ${lang}: two pages, header and page numbers`, async (t) => {
    if (!hasPdftotext) return t.skip('pdftotext (poppler-utils) is not installed');
    const result = await printed(rtlSite, `${lang}/guide/print/index.html`);
    assert.equal(result.pages.length, 2);
    // Headings are compared in the left-to-right language only.
    checkPages(result, { rightToLeft: lang === 'ar' });
  });
}

// Issue 14: the interviewer's column at the start of each page. Every
// section's planned time and its box for the actual time lie there, beside
// the text: left of the question numbers' edge, right of it in Arabic. The
// bundled guides plan no time per section (only the cover does, in the
// text), so the planned times are checked in the right-to-left fixture.
// pdftotext gives Arabic words with their letters in visual order.
const LABELS = {
  nl: { planned: 'Gepland', actual: 'Werkelijk' },
  en: { planned: 'Planned', actual: 'Actual' },
  ar: { planned: 'المدة', actual: 'الفعلي' },
};

function inMarginColumn({ pages, timed }, lang, { rightToLeft = false } = {}) {
  const bare = (w) => w.text.replace(/[:\u202F]/g, '');
  const is = (w, label) => bare(w) === label || [...bare(w)].reverse().join('') === label;
  const words = pages.flatMap(({ height, words }) => words.filter((w) => w.y0 >= TOP && w.y0 <= height - BOTTOM));
  // The question numbers ("3.", or ".3" as pdftotext gives Arabic) start the text.
  const numbers = words.filter((w) => /^(\d+\.|\.\d+)$/.test(w.text));
  assert.ok(numbers.length > 0, 'no question numbers found');
  const edge = rightToLeft ? Math.max(...numbers.map((w) => w.x1)) : Math.min(...numbers.map((w) => w.x0));
  const outside = (w) => (rightToLeft ? w.x0 > edge : w.x1 < edge);
  for (const kind of ['planned', 'actual']) {
    const found = words.filter((w) => is(w, LABELS[lang][kind]));
    const column = found.filter(outside);
    assert.equal(column.length, timed[kind],
      `${kind}: ${column.length} of ${timed[kind]} sections' words in the margin column (text edge at ${edge.toFixed(1)} pt): ${JSON.stringify(found)}`);
  }
  assert.ok(timed.actual > 0, 'no section with a box for the actual time');
}

for (const guide of Object.keys(BEFORE.nl)) {
  test(`printed Dutch ${guide} guide: each section's time keeping in the start margin column`, async (t) => {
    if (!hasPdftotext) return t.skip('pdftotext (poppler-utils) is not installed');
    inMarginColumn(await printed(site, `nl/${guide}/print/index.html`), 'nl');
  });
}

for (const lang of ['en', 'ar']) {
  test(`printed right-to-left fixture guide in ${lang}: planned and actual time in the start margin column`, async (t) => {
    if (!hasPdftotext) return t.skip('pdftotext (poppler-utils) is not installed');
    const result = await printed(rtlSite, `${lang}/guide/print/index.html`);
    assert.ok(result.timed.planned > 0, 'the fixture plans a time for a section');
    inMarginColumn(result, lang, { rightToLeft: lang === 'ar' });
  });
}

test('on paper a question keeps its answer space, a section heading its first question', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(path.join(site, 'nl/buddy/print/index.html')).href);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.pq', '.section-start', '.cover']) {
      const breaks = await page.locator(selector).evaluateAll((els) => els.map((e) => getComputedStyle(e).breakInside));
      assert.ok(breaks.length > 0 && breaks.every((b) => b === 'avoid'), `${selector}: ${breaks}`);
    }
    // Single choice in circles, multiple choice and probes in squares.
    const radius = (selector) => page.locator(selector).evaluateAll((els) => els.map((e) => getComputedStyle(e).borderRadius));
    assert.ok((await radius('.pq-single .print-choices .box')).every((r) => r === '50%'));
    assert.ok((await radius('.pq-multiple .print-choices .box, .print-probes .box')).every((r) => r === '0px'));
  } finally {
    await page.close();
  }
});

// A side-by-side page prints every text twice: at most twice the pages of
// the printed guide in one language (nl-fr coordinator: 20 pages before
// issue 14, 16 after, for a guide of 11).
for (const pair of ['nl-en', 'nl-fr']) {
  test(`side-by-side ${pair} pages print on at most twice the pages of the Dutch guide`, async () => {
    for (const guide of Object.keys(BEFORE.nl)) {
      const single = await pdfPages(site, `nl/${guide}/print/index.html`);
      const both = await pdfPages(site, `bilingual/${pair}/${guide}/index.html`);
      assert.ok(both <= 2 * single, `${guide}: ${both} pages side by side, ${single} in Dutch`);
    }
  });
}

async function pdfPages(root, rel) {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(path.join(root, rel)).href, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) || []).length;
  } finally {
    await page.close();
  }
}
