// Shared by the browser tests: building fixture sites, serving them over
// HTTP on loopback, and launching Debian's Chromium (never downloaded).
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const artifacts = path.join(repo, 'tests/browser/artifacts');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

/** Builds a study (a fixture name, or the repository root) into a fresh temporary directory. */
export function buildSite(fixture) {
  const root = fixture ? path.join(repo, 'tests/fixtures', fixture) : repo;
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'enquete-browser-')), 'site');
  buildStudy(root, out);
  return out;
}

/** Builds studies side by side in one fresh temporary directory: `studies` maps a name to a
 * fixture name ('' for the repository's own study); returns the directory (to remove after)
 * and, under each name, its site. */
export function buildSites(prefix, studies) {
  const work = mkdtempSync(path.join(tmpdir(), `enquete-${prefix}-`));
  const sites = {};
  for (const [name, fixture] of Object.entries(studies)) {
    sites[name] = path.join(work, name);
    buildStudy(fixture ? path.join(repo, 'tests/fixtures', fixture) : repo, sites[name]);
  }
  return { work, sites };
}

/** Builds the study at `root` into `out` (replacing the site built there before), with the
 * release binary, or with the binary that ENQUETE_BIN names (a debug build, to spare a release
 * compile while working on the theme). */
export function buildStudy(root, out) {
  const args = ['build', '--quiet', '--root', root, '--out', out];
  const [command, full] = process.env.ENQUETE_BIN
    ? [process.env.ENQUETE_BIN, args]
    : ['cargo', ['run', '--release', '--quiet', '--', ...args]];
  execFileSync(command, full, { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** A copy of a fixture study in a temporary directory, to be edited by a test. */
export function copyFixture(fixture) {
  const root = path.join(mkdtempSync(path.join(tmpdir(), 'enquete-study-')), fixture);
  cpSync(path.join(repo, 'tests/fixtures', fixture), root, { recursive: true });
  return root;
}

// The JSON Schema of answer files (docs/answers.schema.json), checked by a
// real validator: every export of the suite goes through it.
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(path.join(repo, 'docs/answers.schema.json'), 'utf8')));

/** The problems of an answers file by the schema, as strings; [] when valid. */
export function schemaErrors(data) {
  return validate(data) ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
}

/** Reads a downloaded JSON answers file, failing unless it follows the schema. */
export async function answersFile(download) {
  const data = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const errors = schemaErrors(data);
  if (errors.length) throw new Error(`${download.suggestedFilename()} does not follow docs/answers.schema.json:\n${errors.join('\n')}`);
  return data;
}

export function launch() {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** A browser whose profile lives in `dir`, so that it survives a restart. */
export function launchPersistent(dir, options = {}) {
  return chromium.launchPersistentContext(dir, { executablePath, args: CHROMIUM_ARGS, acceptDownloads: true, ...options });
}

/**
 * Chromium started by hand with a profile in `dir`, so that it can be killed
 * like a crash (SIGKILL: no shutdown, no flush) rather than closed.
 */
export async function launchKillable(dir) {
  const proc = spawn(executablePath, ['--headless', ...CHROMIUM_ARGS, `--user-data-dir=${dir}`, '--remote-debugging-port=0', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const endpoint = await new Promise((resolve, reject) => {
    let output = '';
    proc.stderr.on('data', (d) => {
      output += d;
      const m = output.match(/DevTools listening on (ws:\S+)/);
      if (m) resolve(m[1]);
    });
    proc.on('exit', () => reject(new Error(`chromium exited: ${output}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return {
    page: async () => browser.contexts()[0].pages()[0] || browser.contexts()[0].newPage(),
    // The whole process group, renderers included, as a crash would.
    kill: () => new Promise((resolve) => {
      proc.on('exit', () => setTimeout(resolve, 300));
      process.kill(-proc.pid, 'SIGKILL');
    }),
  };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json' };

/**
 * Serves `dir` (or the directory that `dir()` names at each request) on
 * 127.0.0.1 at a random port; resolves to { url, port, close }. A POST goes
 * to `onPost(body, res)` when given.
 */
export function serve(dir, onPost) {
  const server = createServer((req, res) => {
    if (req.method === 'POST' && onPost) {
      let body = '';
      req.on('data', (d) => { body += d; });
      req.on('end', () => onPost(body, res));
      return;
    }
    const root = typeof dir === 'function' ? dir() : dir;
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = path.join(root, rel);
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}/`,
    port: server.address().port,
    close: () => new Promise((r) => server.close(r)),
  })));
}

/** The address of a page of `site`, over file:// or over `http`. */
export function pageUrl(site, rel, http) {
  return http ? new URL(rel, http.url).href : pathToFileURL(path.join(site, rel)).href;
}

/** Serious and critical axe-core violations of the page as it is now. */
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol: the pages' CSP forbids inline
  // scripts, and rightly so.
  await page.evaluate(readFileSync(path.join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export function ensureArtifacts() {
  mkdirSync(artifacts, { recursive: true });
  return artifacts;
}

// Values in interface messages are bidi-isolated (U+2068 … U+2069).
export const plain = (s) => s.replace(/[\u2068\u2069]/g, '');

/** A form control by its name (and value, for ticked choices): ids are not part of the contract. */
export function field(page, name, value) {
  return page.locator(value === undefined ? `[name="${name}"]` : `[name="${name}"][value="${value}"]`);
}

/** Opens the interviewer's session menu and clicks one of its actions. */
export async function menuAction(page, action) {
  if (await page.getAttribute('.menu-button', 'aria-expanded') !== 'true') await page.click('.menu-button');
  await page.click(`#session-menu [data-action=${action}]`);
}

/** Imports an answers file (a path or the text itself) through the session menu. */
export async function importAnswers(page, file) {
  if (await page.getAttribute('.menu-button', 'aria-expanded') !== 'true') await page.click('.menu-button');
  const payload = path.isAbsolute(file) ? file : { name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(file) };
  await page.setInputFiles('#import-file', payload);
}

/** Whether pdftotext (poppler-utils) is there for the checks that read a
 * printed page's lines; under CI it must be (.ci/run installs it), and
 * only a developer's machine may go without. */
export function havePdftotext() {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI) throw new Error('pdftotext (poppler-utils) is missing');
    return false;
  }
}

const unescapeXml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const box = (m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]) });

/** Prints the open page as Chromium prints it on A4 (to `pdfPath`) and reads
 * the PDF back with pdftotext: for each PDF page its height and its blocks,
 * each block a list of lines, each line its box, its words and their text.
 * Boxes are in points from the page's top left; pdftotext gives
 * right-to-left words in visual order. */
export async function printedLayout(page, pdfPath) {
  writeFileSync(pdfPath, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const BOX = 'xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)"';
  const line = new RegExp(`<line ${BOX}>([\\s\\S]*?)</line>`, 'g');
  const word = new RegExp(`<word ${BOX}>([^<]*)</word>`, 'g');
  return xml.split('<page ').slice(1).map((p) => {
    const blocks = [...p.matchAll(/<block [^>]*>([\s\S]*?)<\/block>/g)].map((b) =>
      [...b[1].matchAll(line)].map((l) => {
        const words = [...l[5].matchAll(word)].map((w) => ({ ...box(w), text: unescapeXml(w[5]) }));
        return { ...box(l), words, text: words.map((w) => w.text).join(' ') };
      }));
    const lines = blocks.flat();
    return { height: Number(p.match(/height="([\d.]+)"/)[1]), blocks, lines, words: lines.flatMap((l) => l.words) };
  });
}
