// Shared by the browser tests: building fixture sites, serving them over
// HTTP on loopback, and launching Debian's Chromium (never downloaded).
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, statSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

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
  execFileSync('cargo', ['run', '--release', '--quiet', '--', 'build', '--quiet', '--root', root, '--out', out],
    { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] });
  return out;
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

/** Serves `dir` on 127.0.0.1 at a random port; resolves to { url, close }. */
export function serve(dir) {
  const server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = path.join(dir, rel);
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
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
