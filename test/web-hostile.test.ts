// The web page under hostile documents and hostile requests: in Debian's chromium (playwright-core, as web.test.ts)
// no script runs and no 500 is answered; over raw HTTP no path reaches a file outside the ingested PDFs and no
// slow or huge request holds the server. Also `docket search` with invalid syntax: one line, never a stack.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ingest } from '../src/ingest/ingest.ts';
import { openDb } from '../src/db/open-db.ts';
import { storeResult } from '../src/db/store.ts';
import { runDocument } from '../src/pipeline/run-document.ts';
import { startServer } from '../src/web/server.ts';
import { ROOT, fixturePdf, makeTextPdf, query, replayEngine, tempDir } from './helpers.ts';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const XSS = `<script>alert(1)</script> "><img src=x onerror=alert(1)> '><svg onload=alert(1)>`;
/** Text of files that must never be served. */
const SECRET = /root:x:0:0|"name": "docket"|"devDependencies"/;
const STACK = /\n\s+at |node:internal|\.ts:\d+/;

type App = Awaited<ReturnType<typeof startServer>>;

/** Sends `request` as raw bytes (no client-side URL normalising) and reads the answer until the server closes. */
function raw(app: App, request: string, timeoutMs = 5000): Promise<{ status: number; text: string }> {
  const { port } = new URL(app.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
    let text = '';
    socket.on('data', (d) => (text += d.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text }));
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer to ${JSON.stringify(request.slice(0, 80))}`)));
  });
}
const get = (app: App, target: string) => raw(app, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);

let app: App;
let db: string;
let crafted: string; // a stored document whose every text field is markup
let fromPdf: string; // a PDF whose printed title is markup, through the real pipeline

beforeAll(async () => {
  const dir = tempDir();
  db = join(dir, 'hostile.db');
  const printed = join(dir, 'printed-markup.pdf');
  writeFileSync(printed, makeTextPdf([`Title: <script>alert(1)</script> Hostile "><img src=x onerror=alert(1)>`, 'Reference number: PCD 999', 'The cost is £1,000 for <b>bold</b> services.']));
  await ingest({ inputs: [printed], db, engine: replayEngine() });
  // A real PDF under a file name that is markup, stored with a record whose every text field is markup.
  const named = join(dir, `"><img src=x onerror=alert(1)>.pdf`);
  copyFileSync(fixturePdf('pcd450.digital.pdf'), named);
  const result = await runDocument(readFileSync(named), { ocr: 'never', renderDpi: 300 }, { ocr: replayEngine() });
  const x = result.extracted;
  Object.assign(x, { title: XSS, reference: XSS, authority: XSS, decisionMaker: XSS, documentTypeReason: XSS });
  x.amounts = x.amounts.map((a) => ({ ...a, text: XSS, subject: XSS, context: XSS }));
  x.recommendations = x.recommendations.map((r) => ({ ...r, text: XSS }));
  x.dates = x.dates.map((d) => ({ ...d, text: XSS }));
  x.flags = [...x.flags, { code: XSS, severity: 'error', message: XSS, explanation: XSS, evidence: [{ page: 1, text: XSS, box: null, confidence: null }] }];
  x.recipients = [{ name: XSS, amount: 100, role: 'grantee', page: 1, text: XSS }];
  x.exemptions = { ...x.exemptions, classification: XSS, grounds: [XSS] };
  result.pages[0]!.text += ` hostile ${XSS}`;
  const writer = openDb(db);
  storeResult(writer, named, result);
  writer.close();
  crafted = result.sha256;
  fromPdf = query<{ sha256: string }>(db, 'SELECT sha256 FROM document_files WHERE path LIKE ?', '%printed-markup.pdf')[0]!.sha256;
  app = await startServer(db, { port: 0, host: '127.0.0.1', limits: { headersTimeoutMs: 1000, requestTimeoutMs: 2000, checkEveryMs: 200 } });
});
afterAll(async () => {
  await app?.close();
});

describe.skipIf(!CHROMIUM)('hostile documents and URLs in a browser', () => {
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const blocked: string[] = []; // CSP violations and script errors: each would mean markup got through
  const fetched: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    page = await browser.newPage();
    page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
    page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && blocked.push(m.text()));
    page.on('pageerror', (e) => blocked.push(e.message));
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Loads `path`, lets the page settle, and checks nothing of the markup became elements. */
  async function visit(path: string): Promise<number> {
    const res = await page.goto(`${app.url}${path}`);
    await page.waitForLoadState('load');
    const injected = await page.evaluate(() => document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], script:not([src]), iframe').length);
    expect(injected, path).toBe(0);
    expect(await page.content(), path).not.toMatch(SECRET);
    return res!.status();
  }

  it('shows markup in document text, titles, values, flags and file names as text everywhere', async () => {
    for (const path of ['/', '/?q=hostile', `/d/${crafted}`, `/d/${fromPdf}`, `/compare?a=${crafted}&b=${fromPdf}`, '/spend?by=recipient', '/chart/spend.svg?by=recipient']) expect(await visit(path), path).toBeLessThan(500);
    await page.goto(`${app.url}/d/${crafted}`);
    expect(await page.locator('h1').innerText()).toContain('<script>alert(1)</script>');
    expect(await page.locator('#amounts').innerText()).toContain('"><img src=x onerror=alert(1)>');
    await page.goto(`${app.url}/d/${fromPdf}`);
    expect(await page.locator('h1').innerText()).toContain('<script>alert(1)</script>');
    expect(dialogs).toEqual([]);
    expect(blocked).toEqual([]);
    expect(fetched.filter((p) => p === '/x')).toEqual([]);
  });

  it('answers hostile addresses and invalid search syntax with a page, never a script, a file or a 500', async () => {
    const urls = [
      '/?q=<script>alert(1)</script>', '/?q="><img src=x onerror=alert(1)>', '/?authority="><script>alert(1)</script>', '/?year=<svg onload=alert(1)>',
      '/?type=<script>', '/?sort=<script>&dir="><img src=x>', '/d/<script>alert(1)</script>', '/compare?a=<script>alert(1)</script>&b=x',
      '/%3Cscript%3Ealert(1)%3C/script%3E', '/"><img src=x onerror=alert(1)>', '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/static/..%2f..%2fpackage.json', '/?q=%', '/?q=%E0%A4%A',
    ];
    for (const url of urls) expect(await visit(url), url).toBeLessThan(500);
    for (const q of ['"unbalanced', 'NEAR(', '*']) {
      expect(await visit(`/?q=${encodeURIComponent(q)}`), q).toBe(200);
      expect(await page.locator('#search-note').innerText()).toMatch(/is not valid search syntax .*searched for its words as typed/);
    }
    expect(dialogs).toEqual([]);
    expect(blocked).toEqual([]);
  });
});

describe('hostile requests over raw HTTP', () => {
  it('serves no file outside the ingested PDFs, whatever the path', async () => {
    const sha = crafted;
    const targets = [
      '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd', '/static/../../package.json', '/static/..%2f..%2fpackage.json',
      '/static/%2e%2e/%2e%2e/package.json', '//etc/passwd', '/\\..\\..\\etc\\passwd', '/page/../../../etc/passwd', `/page/${sha}/..%2f..%2f..%2fetc%2fpasswd.png`,
      `/page/${sha}/1.png/../../../../etc/passwd`, `/page/${sha}%2f..%2f..%2fetc%2fpasswd/1.png`, `/page/${'g'.repeat(64)}/1.png`, `/page/${sha.toUpperCase()}/1.png`,
      `/page/${sha.slice(0, 12)}/1.png`, `/page/${sha}/0.png`, `/page/${sha}/99999.png`, `/page/${sha}/-1.png`, `/page//etc/passwd/1.png`, `/page/${sha}/1.png%00.txt`,
      `/d/${sha.slice(0, 12)}`, '/d/../../etc/passwd', '/file/etc/passwd', '/etc/passwd', 'http://127.0.0.1/etc/passwd', '*', '//[', '/%00', `/compare?a=../../etc/passwd&b=${sha}`,
    ];
    for (const target of targets) {
      const { status, text } = await get(app, target);
      expect([400, 404], `${target} → ${status}`).toContain(status);
      expect(text, target).not.toMatch(SECRET);
      expect(text, target).not.toMatch(STACK);
    }
    const image = await get(app, `/page/${sha}/1.png`);
    expect(image.status).toBe(200);
    expect(image.text).toMatch(/content-type: image\/png/i);
  });

  it('refuses methods, bodies, huge addresses and headers, and cuts off a slow client without holding anyone else', async () => {
    expect((await raw(app, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello')).status).toBe(405);
    expect((await raw(app, 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello')).status).toBe(413);
    expect((await raw(app, 'GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n')).status).toBe(413);
    expect((await get(app, `/?q=${'a'.repeat(10_000)}`)).status).toBe(414);
    expect((await raw(app, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(40_000)}\r\nConnection: close\r\n\r\n`)).status).toBe(431);
    // A client that sends its headers a byte at a time (slowloris): others are served meanwhile, and it is cut off.
    const { port } = new URL(app.url);
    const slow = connect(Number(port), '127.0.0.1');
    const started = Date.now();
    const cut = new Promise<number>((r) => slow.on('close', () => r(Date.now() - started)));
    slow.on('error', () => undefined);
    slow.write('GET / HTTP/1.1\r\nHost: x\r\n');
    const drip = setInterval(() => !slow.destroyed && slow.write('X'), 100);
    const t = Date.now();
    expect((await fetch(`${app.url}/`)).status).toBe(200);
    expect(Date.now() - t).toBeLessThan(1500);
    const after = await cut;
    clearInterval(drip);
    expect(after).toBeLessThan(4000); // headersTimeoutMs 1000, checked every 200 ms
    expect((await fetch(`${app.url}/`)).status).toBe(200);
  });
});

describe('docket search with invalid syntax', () => {
  const search = (q: string) => spawnSync(process.execPath, [join(ROOT, 'bin/docket.mjs'), 'search', q, '--db', db], { encoding: 'utf8', cwd: ROOT });
  it('says so in one line and searches the words; a blank query is a usage error', () => {
    for (const q of ['"unbalanced', 'NEAR(', '*']) {
      const run = search(q);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^docket search: ".*" is not valid search syntax \(.+\): searched for its words as typed instead/);
    }
    const blank = search('  ');
    expect(blank.status).toBe(2);
    expect(blank.stderr).toMatch(/^docket search: nothing to search for: give words or FTS5 syntax/);
    expect(blank.stderr).not.toMatch(STACK);
  });
});
