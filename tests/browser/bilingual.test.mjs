// Side-by-side pages of the bundled study (bilingual/{a}-{b}/{id}/): every
// text in both languages, and each pair starting on the same line, on a
// desktop screen and laid out for paper, so that an interviewer moving
// between the languages finds the translation level with the original.
// (Their printed page count, at most twice the guide's, is checked in
// guide-print.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildSite, launch, pageUrl } from './helpers.mjs';

let site;
let browser;

before(async () => {
  site = buildSite();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (site) rmSync(path.dirname(site), { recursive: true, force: true });
});

// The A4 width within the margins of @page (210 mm less 2 × 16 mm), in CSS
// px: what Chromium lays a printed page out in.
const PAPER_WIDTH = Math.floor((178 / 25.4) * 96);

/**
 * Each text pair of the page: the top of the first line of text of each
 * half (not of its box, which may start with a margin), and what it is.
 * Pairs set inline in running text (the meta line, "a / b") are left out:
 * they are meant to follow each other.
 */
function pairs(page) {
  return page.evaluate(() => {
    const firstLine = (el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
      });
      const node = walker.nextNode();
      if (!node) return null;
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getClientRects()[0]?.top ?? null;
    };
    return [...document.querySelectorAll('main .bi')]
      .filter((bi) => getComputedStyle(bi).display !== 'inline' && bi.getClientRects().length)
      .map((bi) => {
        const [a, b] = [bi.querySelector(':scope > .bi-a'), bi.querySelector(':scope > .bi-b')];
        const where = bi.closest('.question, .section, .intro, h1, .instructions')?.id || bi.parentElement.className;
        return { where, text: a.textContent.trim().slice(0, 50), a: firstLine(a), b: firstLine(b) };
      });
  });
}

const GUIDES = ['buddy', 'coordinator', 'newcomer', 'policymaker'];

for (const pair of ['nl-en', 'nl-fr']) {
  for (const [medium, width] of [['screen', 1280], ['print', PAPER_WIDTH]]) {
    test(`side by side ${pair} (${medium}, ${width} px): each text and its translation start on one line`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      try {
        await page.emulateMedia({ media: medium });
        for (const guide of GUIDES) {
          await page.goto(pageUrl(site, `bilingual/${pair}/${guide}/index.html`));
          // Every question, section title and probe holds both languages.
          const missing = await page.evaluate(() => [
            ...document.querySelectorAll('main .question .qtext, main .section > h2, main .probes li, main .q-note .read-out'),
          ].filter((e) => !e.querySelector('.bi > .bi-a + .bi-b')).map((e) => e.textContent.trim().slice(0, 40)));
          assert.deepEqual(missing, [], `${guide}: texts in one language only`);
          const found = await pairs(page);
          const questions = await page.locator('main .question').count();
          assert.ok(found.length > questions, `${guide}: ${found.length} pairs for ${questions} questions`);
          const off = found.filter((p) => p.a === null || p.b === null || Math.abs(p.a - p.b) > 1);
          assert.deepEqual(off, [], `${guide}: pairs not level`);
        }
      } finally {
        await page.close();
      }
    });
  }
}

test('side by side: both columns take the width of the page (no reading measure halving them)', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(pageUrl(site, 'bilingual/nl-en/buddy/index.html'));
    const main = await page.locator('main').evaluate((m) => {
      const s = getComputedStyle(m);
      return m.clientWidth - parseFloat(s.paddingInlineStart) - parseFloat(s.paddingInlineEnd);
    });
    for (const selector of ['.question .qtext .bi', '.probes li .bi', '.instructions .bi']) {
      const width = await page.locator(`main ${selector}`).first().evaluate((e) => e.getBoundingClientRect().width);
      assert.ok(width > main * 0.85, `${selector}: ${Math.round(width)} of ${Math.round(main)} px`);
    }
  } finally {
    await page.close();
  }
});
