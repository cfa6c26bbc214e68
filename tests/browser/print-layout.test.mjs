// How every printed page type breaks across A4 pages, read back from the
// PDF that Chromium prints (pdftotext -bbox-layout: each word with its box
// on its page): the bundled study's printed guides, consent sheets, letters
// and codebook in its three languages, and the right-to-left fixture. On
// no page is the last block of text a heading; no question is split from
// its answer space, no consent statement from its boxes, no signature
// block from its lines; and the running footer and header are one line on
// every page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSites, launch, havePdftotext, printedLayout } from './helpers.mjs';

let work;
let site;
let rtlSite;
let browser;
let context;
let hasPdftotext = true;

before(async () => {
  hasPdftotext = havePdftotext();
  ({ work, sites: { site, rtl: rtlSite } } = buildSites('print-layout', { site: '', rtl: 'rtl' }));
  browser = await launch();
  // The test adds its own style sheet (the markers below) to pages whose
  // CSP forbids inline styles.
  context = await browser.newContext({ bypassCSP: true });
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

// What must not be split: a question of a printed guide with its answer
// space, a consent statement with its boxes, a signature block.
const WHOLE = '.pq, .consent-item, .signature-block';

// Whether a block is split cannot be read from the text alone: answer
// space (ruled lines, boxes) has no text, and a question's last line says
// nothing of what follows it. So each such block gets two markers, tiny
// words placed absolutely at its first and at its last line's corner: out
// of the flow, they change no line and no break, and pdftotext reports the
// page each one landed on. A block is whole when both markers are on one
// page. The markers are added here, not in the theme: the printed pages
// carry nothing for tests.
const MARKERS = `
  [data-print-mark] { position: relative; }
  [data-print-mark]::before, [data-print-mark]::after {
    position: absolute; inset-inline-end: 0; font: 4px/1 monospace; color: #000; white-space: nowrap;
  }
  [data-print-mark]::before { content: "QS" attr(data-print-mark) "Q"; inset-block-start: 0; }
  [data-print-mark]::after { content: "QE" attr(data-print-mark) "Q"; inset-block-end: 0; }`;
const MARK = /Q([SE])(\d+)Q/g;

const MM = 72 / 25.4;
// @page margins: 16 mm at the top, 18 mm at the bottom (the footer's).
const TOP = 16 * MM;
const BOTTOM = 18 * MM;

/** Prints a page to A4 and reads it back: its headings' texts from the DOM,
 * the markers' pages, and per page its height, blocks of words and footer words. */
async function printed(root, rel) {
  const page = await context.newPage();
  try {
    await page.goto(pathToFileURL(path.join(root, rel)).href, { waitUntil: 'load' });
    await page.addStyleTag({ content: MARKERS });
    const wholes = await page.evaluate((sel) => {
      const els = [...document.querySelectorAll(`main :is(${sel})`)];
      els.forEach((e, i) => { e.dataset.printMark = String(i); });
      return els.map((e) => e.textContent.replace(/\s+/g, ' ').trim().slice(0, 60));
    }, WHOLE);
    const headings = await page.locator('main :is(h1, h2, h3, h4)').evaluateAll(
      (els) => els.filter((e) => e.getClientRects().length).map((e) => e.textContent));
    const marks = { S: new Map(), E: new Map() };
    const layout = await printedLayout(page, path.join(work, 'page.pdf'));
    const pages = layout.map(({ height, blocks: printedBlocks }, n) => {
      const blocks = printedBlocks.map((lines) => {
        const words = lines.flatMap((l) => l.words).map(({ y0, y1, text }) => ({ y0, y1, text }));
        for (const w of words) {
          for (const [, kind, i] of w.text.matchAll(MARK)) marks[kind].set(Number(i), n);
          w.text = w.text.replace(MARK, '');
        }
        return words.filter((w) => w.text.trim());
      }).filter((words) => words.length);
      return { height, blocks };
    });
    return { headings, wholes, marks, pages };
  } finally {
    await page.close();
  }
}

// Words compared without marks and punctuation; pdftotext gives Arabic
// words in visual order, letters reversed, so a word also matches reversed.
const norm = (s) => s.normalize('NFKD').replace(/[\p{M}\p{P}\p{S}\p{Cf}]/gu, '').toLowerCase();
const words = (s) => s.split(/\s+/).map(norm).filter(Boolean);

/** Whether the words of a block are those of a heading (all of them, or, for
 * a heading cut by the page's end, its beginning): a heading left alone. */
function isHeading(block, headings) {
  const got = block.map((w) => norm(w.text)).filter(Boolean);
  if (!got.length) return false;
  const reversed = got.map((w) => [...w].reverse().join(''));
  return headings.some((h) => {
    const want = words(h);
    const has = (ws) => ws.every((w) => want.includes(w)) && ws.length >= Math.min(2, want.length);
    return has(got) || has(reversed);
  });
}

function check({ headings, wholes, marks, pages }, where) {
  const problems = [];
  pages.forEach(({ height, blocks }, n) => {
    const at = `${where} page ${n + 1}/${pages.length}`;
    const body = blocks.filter((b) => b[0].y0 >= TOP && b[0].y1 <= height - BOTTOM);
    // (a) The last block of text of the page (lowest on it) is no heading.
    if (body.length) {
      const last = body.reduce((a, b) => (Math.max(...b.map((w) => w.y1)) >= Math.max(...a.map((w) => w.y1)) ? b : a));
      if (isHeading(last, headings)) problems.push(`${at} ends with the heading "${last.map((w) => w.text).join(' ')}"`);
    }
    // (c) The running footer: all its words on one line.
    const footer = blocks.flat().filter((w) => w.y0 > height - BOTTOM);
    const ys = footer.map((w) => w.y0);
    if (!footer.length) problems.push(`${at}: no running footer`);
    else if (Math.max(...ys) - Math.min(...ys) > 2) problems.push(`${at}: the footer wraps: ${footer.map((w) => w.text).join(' ')}`);
    // (d) The running header of a printed guide, where there is one: one line.
    const header = blocks.flat().filter((w) => w.y1 < TOP);
    const hs = header.map((w) => w.y0);
    if (header.length && Math.max(...hs) - Math.min(...hs) > 2) problems.push(`${at}: the header wraps: ${header.map((w) => w.text).join(' ')}`);
  });
  // (b) Both markers of each block that must stay whole on one page.
  wholes.forEach((text, i) => {
    const [s, e] = [marks.S.get(i), marks.E.get(i)];
    if (s === undefined || e === undefined) problems.push(`${where}: marker ${i} not found ("${text}")`);
    else if (s !== e) problems.push(`${where}: "${text}" runs from page ${s + 1} to page ${e + 1}`);
  });
  return problems;
}

const BUNDLED = ['nl', 'en', 'fr'].flatMap((lang) => [
  ...['buddy', 'coordinator', 'newcomer', 'policymaker'].map((g) => `${lang}/${g}/print/index.html`),
  `${lang}/consent-written/index.html`,
  `${lang}/consent-verbal/index.html`,
  `${lang}/invitation-letter/mechelen/index.html`,
  `${lang}/invitation-letter/turnhout/index.html`,
  `${lang}/codebook/index.html`,
]);
const RTL = ['ar', 'en'].flatMap((lang) => [`${lang}/guide/print/index.html`, `${lang}/survey/print/index.html`]);

for (const [name, root, pages] of [['bundled study', () => site, BUNDLED], ['right-to-left fixture', () => rtlSite, RTL]]) {
  test(`${name}: no heading ends a printed page, nothing kept whole is split, one-line footers and headers`, async (t) => {
    if (!hasPdftotext) return t.skip('pdftotext (poppler-utils) is not installed');
    const problems = [];
    let count = 0;
    for (const rel of pages) {
      const result = await printed(root(), rel);
      count += result.wholes.length;
      problems.push(...check(result, rel));
    }
    assert.ok(count > 0, 'no question, statement or signature block found');
    assert.equal(problems.length, 0, `${problems.length} problems:\n${problems.slice(0, 40).join('\n')}`);
  });
}
