// Pictures for review (tests/browser/artifacts/, git-ignored): every page
// type in Dutch and French (the bundled study) and in Arabic (the
// right-to-left fixture), at desktop and phone width, full page, and the
// first printed page of each printed page type as a PNG (pdftoppm, 60 dpi).
// Along the way each page must fit a phone's width and carry its
// language's direction. Named review-{lang}-{type}-{1280|390|paper}.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repo, buildStudy, copyFixture, launch, pageUrl, ensureArtifacts } from './helpers.mjs';

let work;
let browser;
let dir;
const sites = {};

// The bundled study has no survey and the fixtures none in French: a
// two-question one in both languages.
const SURVEY = `kind: survey
title: { nl: Korte vragenlijst, fr: Petit questionnaire }
sections:
  - id: s
    title: { nl: Vragen, fr: Questions }
    questions:
      - { id: q1, type: text, required: true, text: { nl: Je postcode, fr: Votre code postal }, help: { nl: Vier cijfers., fr: Quatre chiffres. } }
      - { id: q2, type: single, required: true, text: { nl: Blij met de buurt?, fr: Satisfait du quartier ? }, options: [ { value: y, label: { nl: Ja, fr: Oui } }, { value: n, label: { nl: Nee, fr: Non } } ] }
      - { id: q3, type: open, text: { nl: Nog iets?, fr: Autre chose ? } }
`;

// The right-to-left fixture has no letter and no codebook: one of each in
// Arabic (and English, its second language).
const LETTER = `kind: letter
title: { ar: دعوة للمشاركة في البحث, en: Invitation to take part in the research }
body:
  ar: "**هل شاركت في { $programme }؟ نبحث عنك!**\\n\\n## البحث\\n\\nنبحث عن قادمين جدد شاركوا في { $programme } في { $city }. في مقابلة مدتها نحو 30 دقيقة تحدثنا عن تجربتك.\\n\\n## أسئلة؟\\n\\nاكتب إلى { $contact }."
  en: "**Have you taken part in { $programme }? We are looking for you!**\\n\\n## Research\\n\\nWe are looking for newcomers who took part in { $programme } in { $city }. In an interview of about 30 minutes you tell us about your experience.\\n\\n## Questions?\\n\\nWrite to { $contact }."
variants:
  - { id: antwerp, variables: { city: { ar: أنتويرب, en: Antwerp } } }
`;
const CODEBOOK = `codes:
  - id: process
    name: { ar: العملية, en: Process }
    description: { ar: كيف يسير برنامج المرافقة., en: How the buddy programme runs. }
    codes:
      - id: matching
        name: { ar: المطابقة, en: Matching }
      - id: trust
        name: { ar: الثقة, en: Trust }
        description: { ar: الثقة بين المرافق والقادم الجديد., en: The trust between buddy and newcomer. }
`;

before(async () => {
  dir = ensureArtifacts();
  work = mkdtempSync(path.join(tmpdir(), 'enquete-artifacts-'));
  const build = (name, root) => {
    sites[name] = path.join(work, name);
    buildStudy(root, sites[name]);
  };
  build('bundled', repo);
  const survey = path.join(work, 'survey-study');
  mkdirSync(path.join(survey, 'questionnaires'), { recursive: true });
  writeFileSync(path.join(survey, 'study.yaml'), 'title: { nl: Buurtonderzoek, fr: Étude de quartier }\nlanguages: [nl, fr]\n');
  writeFileSync(path.join(survey, 'questionnaires/survey.yaml'), SURVEY);
  build('survey', survey);
  const rtl = copyFixture('rtl');
  writeFileSync(path.join(rtl, 'questionnaires/letter.yaml'), LETTER);
  writeFileSync(path.join(rtl, 'codebook.yaml'), CODEBOOK);
  build('rtl', rtl);
  rmSync(path.dirname(rtl), { recursive: true, force: true });
  // Consent sheets in Arabic: the fixture of every built-in wording.
  build('languages', path.join(repo, 'tests/fixtures/languages'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** [type, site, page, printed?] for each page type in a language. */
function pagesOf(lang) {
  if (lang === 'ar') {
    return [
      ['home', 'rtl', 'ar/index.html'],
      ['guide', 'rtl', 'ar/guide/index.html'],
      ['survey', 'rtl', 'ar/survey/index.html'],
      ['print', 'rtl', 'ar/guide/print/index.html', true],
      ['consent', 'languages', 'ar/consent-written/index.html', true],
      ['letter', 'rtl', 'ar/letter/antwerp/index.html', true],
      ['bilingual', 'rtl', 'bilingual/ar-en/guide/index.html', true],
      ['codebook', 'rtl', 'ar/codebook/index.html', true],
    ];
  }
  return [
    ['home', 'bundled', `${lang}/index.html`],
    ['guide', 'bundled', `${lang}/buddy/index.html`],
    ['survey', 'survey', `${lang}/survey/index.html`],
    ['print', 'bundled', `${lang}/buddy/print/index.html`, true],
    ['consent', 'bundled', `${lang}/consent-written/index.html`, true],
    ['letter', 'bundled', `${lang}/invitation-letter/mechelen/index.html`, true],
    ['bilingual', 'bundled', `bilingual/${lang === 'nl' ? 'nl-en' : 'nl-fr'}/buddy/index.html`, true],
    ['codebook', 'bundled', `${lang}/codebook/index.html`, true],
  ];
}

function havePdftoppm() {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

for (const lang of ['nl', 'fr', 'ar']) {
  test(`review pictures in ${lang}: every page type at 1280 and 390 px, and on paper`, async () => {
    const paper = havePdftoppm();
    for (const [type, site, rel, printed] of pagesOf(lang)) {
      const url = pageUrl(sites[site], rel);
      for (const width of [1280, 390]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        try {
          await page.goto(url, { waitUntil: 'load' });
          const facts = await page.evaluate(() => ({
            dir: document.documentElement.dir,
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            // What sticks out, to say so when it does.
            wide: [...document.querySelectorAll('body *')]
              .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
              .slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent.trim().slice(0, 40)}`),
          }));
          assert.equal(facts.dir, lang === 'ar' ? 'rtl' : 'ltr', `${rel}: dir`);
          assert.ok(facts.overflow <= 0, `${rel} at ${width} px is ${facts.overflow} px too wide: ${facts.wide.join('; ')}`);
          await page.screenshot({ path: path.join(dir, `review-${lang}-${type}-${width}.png`), fullPage: true });
          if (printed && width === 1280 && paper) {
            const pdf = path.join(work, 'page.pdf');
            writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
            const stem = path.join(work, 'first');
            execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, stem]);
            copyFileSync(`${stem}.png`, path.join(dir, `review-${lang}-${type}-paper.png`));
          }
        } finally {
          await page.close();
        }
      }
    }
  });
}
