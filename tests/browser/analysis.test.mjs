// From fieldwork to analysis: the bundled study's newcomer and buddy guides
// filled in Chromium for three respondents (one on an older version of the
// newcomer guide, one exported twice with a change in between, one from
// "export all"), the exports merged by `enquete answers merge`, and the
// dataset checked: the CSV as a user opens it, the data package by the real
// `frictionless validate`, the REFI-QDA project as Python's zipfile opens it
// and xmllint validates it against the standard's schema.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repo, buildStudy, launch, pageUrl, answersFile, field, menuAction } from './helpers.mjs';

let work;
let browser;
let site;
let oldSite;
let exports;

before(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'enquete-analysis-'));
  // The older newcomer guide: an earlier version with a question that the
  // current one no longer has.
  const old = path.join(work, 'old-study');
  for (const part of ['study.yaml', 'codebook.yaml', 'questionnaires', 'locales', 'themes']) {
    cpSync(path.join(repo, part), path.join(old, part), { recursive: true });
  }
  const guide = path.join(old, 'questionnaires/newcomer.yaml');
  const text = readFileSync(guide, 'utf8');
  const edited = text
    .replace('version: "2024-01"', 'version: "2023-12"')
    .replace('    questions:\n      - id: introduce-yourself\n',
      '    questions:\n      - id: first-contact\n        type: open\n'
      + '        text: { nl: "Wie was je eerste contact?", en: "Who was your first contact?", fr: "Qui était votre premier contact ?" }\n'
      + '      - id: introduce-yourself\n');
  assert.notEqual(edited, text, 'the older guide differs');
  writeFileSync(guide, edited);
  oldSite = path.join(work, 'old-site');
  buildStudy(old, oldSite);
  site = path.join(work, 'site');
  buildStudy(repo, site);
  exports = path.join(work, 'exports');
  mkdirSync(exports);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const saved = (page) => page.locator('.save-status', { hasText: /Saved in|Bewaard in|Enregistré dans/ }).waitFor();

async function open(root, rel) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(pageUrl(root, rel));
  return { context, page };
}

async function code(page, respondent) {
  await page.fill('[name=respondent_code]', respondent);
  await page.locator('[name=respondent_code]').blur();
}

async function notes(page, question, text) {
  await page.locator(`[data-question="${question}"] details.question-notes summary`).click();
  await field(page, `${question}.notes`).fill(text);
}

/** Exports through the session menu into the exports directory, checked against the schema. */
async function exportTo(page, action, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), menuAction(page, action)]);
  const data = await answersFile(download);
  await download.saveAs(path.join(exports, name));
  return data;
}

function merge(...extra) {
  const out = path.join(work, 'dataset');
  const result = spawnSync(path.join(repo, 'target/release/enquete'),
    ['answers', 'merge', exports, '--root', repo, '--out', out, ...extra], { encoding: 'utf8' });
  return { out, ...result };
}

/** RFC 4180 as a spreadsheet reads it: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

test('three respondents filled in Chromium, merged into a CSV and a valid data package', async (t) => {
  // N01, in Dutch, on the older newcomer guide.
  let { context, page } = await open(oldSite, 'nl/newcomer/index.html');
  await code(page, 'N01');
  await field(page, 'first-contact').fill('Een maatschappelijk werker.');
  await field(page, 'introduce-yourself').fill('Ik woon sinds 2021 in Antwerpen.');
  await notes(page, 'introduce-yourself', '[0:40] Lacht.');
  await field(page, 'most-significant-change').fill('Ik heb vrienden gemaakt.');
  await field(page, 'most-significant-change.why').fill('Ik was eerst alleen.');
  await field(page, 'sex', 'female').check();
  await field(page, 'arrival-year').fill('2021');
  await saved(page);
  const n01 = await exportTo(page, 'export-json', 'n01.json');
  assert.equal(n01.version, '2023-12');
  await context.close();

  // N02, in English, on the current guide: exported, changed, exported again.
  ({ context, page } = await open(site, 'en/newcomer/index.html'));
  await code(page, 'N02');
  await field(page, 'introduce-yourself').fill('=I came, "with" my sister.');
  await field(page, 'liked').fill('The walks.');
  await field(page, 'arrival-year').fill('2019');
  await saved(page);
  await exportTo(page, 'export-json', 'n02-first.json');
  await field(page, 'liked').fill('The walks and the cooking.');
  await field(page, 'liked').blur();
  await saved(page);
  const second = await exportTo(page, 'export-json', 'n02-second.json');
  assert.equal(second.answers.liked, 'The walks and the cooking.');
  await context.close();

  // B01, in French, on the buddy guide, with a prompt asked; "export all".
  ({ context, page } = await open(site, 'fr/buddy/index.html'));
  await code(page, 'B01');
  await field(page, 'expectations').fill('Aider quelqu\'un à trouver son chemin.');
  await field(page, 'expectations.probe.1').check();
  await notes(page, 'expectations', 'Hésite longuement.');
  await field(page, 'employment', 'other').check();
  await field(page, 'employment.other').fill('Indépendant');
  await saved(page);
  const all = await exportTo(page, 'export-all', 'buddy-all.json');
  assert.equal(all.records.length, 1);
  await context.close();

  const { out, status, stdout, stderr } = merge();
  assert.equal(status, 0, stderr);
  assert.match(stdout, /^merged 3 respondents of 2 questionnaires from 4 files \(4 records\), nothing skipped/);
  assert.match(stderr, /n01\.json: answered on another version of `newcomer` \(version 2023-12, definition [0-9a-f]{12}; the study has version 2024-01/);
  assert.match(stderr, /n01\.json: answers to `first-contact`, a question no longer in the guide, are kept in its own columns/);
  assert.match(stderr, /conflict: `liked` of respondent `N02` \(newcomer\) differs between copies: kept the value changed \S+ in \S+n02-second\.json/);

  assert.deepEqual(readdirSync(path.join(out, 'answers')).sort(), ['buddy.csv', 'newcomer.csv']);
  const newcomer = parseCsv(readFileSync(path.join(out, 'answers/newcomer.csv'), 'utf8'));
  assert.deepEqual(newcomer.map((r) => r.respondent), ['N01', 'N02']);
  const [r1, r2] = newcomer;
  assert.equal(r1.language, 'nl');
  assert.equal(r1.version, '2023-12');
  assert.equal(r1['first-contact'], 'Een maatschappelijk werker.', 'the removed question is kept');
  assert.equal(r1['introduce-yourself.notes'], '[0:40] Lacht.');
  assert.equal(r1['most-significant-change.why'], 'Ik was eerst alleen.');
  assert.equal(r1.sex, 'female');
  assert.equal(r1['arrival-year'], '2021');
  assert.equal(r2.version, '2024-01');
  assert.equal(r2['introduce-yourself'], '\'=I came, "with" my sister.', 'a formula stays text');
  assert.equal(r2.liked, 'The walks and the cooking.', 'the newer export wins');
  assert.equal(r2.sex, '');
  const report = readFileSync(path.join(out, 'merge-report.md'), 'utf8');
  assert.ok(report.includes('    > The walks.\n'), 'the value set aside is in the report');

  const [b1] = parseCsv(readFileSync(path.join(out, 'answers/buddy.csv'), 'utf8'));
  assert.equal(b1.respondent, 'B01');
  assert.equal(b1.language, 'fr');
  assert.equal(b1['expectations.probe.1'], '1');
  assert.equal(b1['expectations.probe.2'], '0');
  assert.equal(b1['expectations.notes'], 'Hésite longuement.');
  assert.equal(b1.employment, 'other');
  assert.equal(b1['employment.other'], 'Indépendant');
  assert.equal(b1['matching-preference'], '');

  // The transcripts, in each interview's language and the guide's order.
  const t1 = readFileSync(path.join(out, 'transcripts/newcomer/N01.md'), 'utf8');
  assert.ok(t1.startsWith('# Vragenlijst nieuwkomers\n\n- Respondentcode: `N01`\n'), t1);
  assert.ok(t1.includes('**Je mag starten met jezelf eens voor te stellen.**\n\n> Ik woon sinds 2021 in Antwerpen.\n'), t1);
  assert.ok(t1.endsWith('**first-contact**\n\n> Een maatschappelijk werker.\n'), t1);
  const tb = readFileSync(path.join(out, 'transcripts/buddy/B01.md'), 'utf8');
  assert.ok(tb.includes(': Quelles étaient vos attentes envers le nouvel arrivant qui a été jumelé avec vous ?\n'), tb);

  const pkg = JSON.parse(readFileSync(path.join(out, 'datapackage.json'), 'utf8'));
  const fields = Object.fromEntries(pkg.resources.find((r) => r.name === 'buddy').schema.fields.map((f) => [f.name, f]));
  assert.deepEqual(fields.employment.constraints.enum, ['retired', 'permanent-job', 'unemployed', 'other']);
  assert.equal(fields['expectations.probe.1'].type, 'boolean');
  assert.equal(fields['expectations.probe.1'].title, 'Prompt asked: Wat waren uw verwachtingen van de nieuwkomer waaraan u werd gekoppeld?');
  const validated = spawnSync('frictionless', ['validate', '--json', path.join(out, 'datapackage.json')], { encoding: 'utf8' });
  if (validated.error && !process.env.CI) {
    t.skip('frictionless is not installed (pip install frictionless); .ci/run installs it');
  } else {
    assert.equal(validated.status, 0, validated.stdout + validated.stderr);
    assert.equal(JSON.parse(validated.stdout).valid, true);
  }

  // The workbook, as openpyxl reads it: the same rows as the CSVs.
  const book = spawnSync('python3', ['-c', 'import json, sys, openpyxl\n'
    + 'book = openpyxl.load_workbook(sys.argv[1])\n'
    + 'print(json.dumps({s.title: [list(r) for r in s.iter_rows(values_only=True)] for s in book.worksheets}))',
  path.join(out, 'answers.xlsx')], { encoding: 'utf8' });
  if (book.stderr.includes("No module named 'openpyxl'") && !process.env.CI) {
    t.skip('openpyxl is not installed (pip install openpyxl); .ci/run installs it');
  } else {
    assert.equal(book.status, 0, book.stderr);
    const sheets = JSON.parse(book.stdout);
    assert.deepEqual(Object.keys(sheets), ['buddy', 'newcomer', 'Data dictionary']);
    const [head, ...rows] = sheets.newcomer;
    const n02 = Object.fromEntries(head.map((h, i) => [h, rows[1][i]]));
    assert.equal(n02['introduce-yourself'], '=I came, "with" my sister.', 'the text as typed');
    assert.equal(n02['arrival-year'], 2019);
    const dictionary = sheets['Data dictionary'];
    assert.deepEqual(dictionary[0].slice(3, 6), ['question (nl)', 'question (en)', 'question (fr)']);
    const employment = dictionary.find((r) => r[0] === 'buddy' && r[1] === 'employment');
    assert.ok(employment.slice(3, 6).every((q) => q && q.length > 0), JSON.stringify(employment));
    assert.match(employment[7], /^retired = .+; permanent-job = .+; unemployed = .+; other = /);
  }

  // The REFI-QDA project: opened by another zip reader (Python's), its
  // project.qde valid against the standard's XSD, every answer coded.
  const qda = path.join(work, 'qda');
  const unzipped = spawnSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])',
    path.join(out, 'study.qdpx'), qda], { encoding: 'utf8' });
  assert.equal(unzipped.status, 0, unzipped.stderr);
  const qde = readFileSync(path.join(qda, 'project.qde'), 'utf8');
  const xmllint = spawnSync('xmllint', ['--noout', '--schema', path.join(repo, 'tests/schemas/refi-qda/Project.xsd'),
    path.join(qda, 'project.qde')], { encoding: 'utf8' });
  if (xmllint.error && !process.env.CI) {
    t.skip('xmllint is not installed (Debian: libxml2-utils); .ci/run installs it');
  } else {
    assert.equal(xmllint.status, 0, xmllint.stderr);
  }
  assert.equal(qde.match(/<Case /g).length, 3, 'a case per respondent');
  assert.equal(qde.match(/<TextSource /g).length, 3, 'a source per interview');
  // Each selection cut out of its source is the answer it names, coded at
  // least with its question and section (or, for a question no longer in
  // the guide, its questionnaire).
  const cuts = {};
  for (const source of qde.split('<TextSource ').slice(1)) {
    const file = source.match(/plainTextPath="internal:\/\/([^"]+)"/)[1];
    const text = [...readFileSync(path.join(qda, 'sources', file), 'utf8')];
    for (const [, name, start, end, body] of source.matchAll(
      /<PlainTextSelection guid="[^"]+" name="([^"]+)" startPosition="(\d+)" endPosition="(\d+)">([\s\S]*?)<\/PlainTextSelection>/g)) {
      const codings = body.match(/<Coding /g)?.length ?? 0;
      assert.ok(codings >= 1, `${name} is coded`);
      cuts[`${file}:${name}`] = { text: text.slice(Number(start), Number(end)).join(''), codings };
    }
  }
  const cut = (name) => Object.entries(cuts).filter(([k]) => k.endsWith(`:${name}`)).map(([, v]) => v);
  assert.deepEqual(cut('first-contact'), [{ text: 'Een maatschappelijk werker.', codings: 1 }]);
  assert.ok(cut('introduce-yourself').some((c) => c.text === '=I came, "with" my sister.' && c.codings === 2));
  assert.ok(cut('most-significant-change.why').some((c) => c.text === 'Ik was eerst alleen.'));
  // `expectations` names the codebook's `verwachtingen-buddy`: three codes.
  assert.deepEqual(cut('expectations'), [{ text: "Aider quelqu'un à trouver son chemin.", codings: 3 }]);
  assert.ok(cut('employment').some((c) => c.text === 'Autre'), JSON.stringify(cut('employment')));
  assert.ok(qde.includes('name="Verwachtingen buddy"'), 'the codebook is in the project');
});
