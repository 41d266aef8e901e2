import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type Database from 'better-sqlite3';
import { openDbReadOnly } from '../db/open-db.ts';
import { oneLine } from '../errors.ts';
import { diff } from '../query/diff.ts';
import { loadRecord } from '../query/load-record.ts';
import { layout, html } from './html.ts';
import { acceptRequest, DEFAULT_REQUEST_LIMITS, limitServer, serverOptions, type RequestLimits } from './guard.ts';
import { pageImage, pdfPathOf } from './render-page-image.ts';
import { SCRIPT, STYLE } from './static.ts';
import { decisionView, listView } from './views.ts';
import { compareView } from './compare-view.ts';
import { COMPARE_SCRIPT, COMPARE_STYLE } from './compare-static.ts';
import { DocumentType } from '../record/index.ts';
import { decisionFamily } from '../query/family.ts';
import { readSpendQuery, spendChart, spendView } from './spend-view.ts';

type Handler = (db: Database.Database, m: RegExpMatchArray, url: URL, res: ServerResponse) => Promise<void> | void;

const SHA = '([0-9a-f]{64})';
const HEADERS = {
  'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; form-action 'self'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
  res.writeHead(status, { ...HEADERS, 'Content-Type': type, 'Cache-Control': type === 'image/png' ? 'max-age=86400' : 'no-store' });
  res.end(body);
};
const page = (res: ServerResponse, body: string, status = 200) => send(res, status, 'text/html; charset=utf-8', body);
const notFound = (res: ServerResponse, what: string) => page(res, layout('Not found', html`<h1>Not found</h1><p>${what}</p><p><a href="/">All decisions</a></p>`), 404);
const exists = (db: Database.Database, sha: string) => Boolean(db.prepare("SELECT 1 FROM documents WHERE sha256 = ? AND status = 'ok'").get(sha));

/** Every route: a method-less GET path pattern and its handler. No route reads a file other than an ingested PDF. */
const ROUTES: readonly [RegExp, Handler][] = [
  [/^\/$/, (db, _m, url, res) => {
    const q = url.searchParams;
    page(res, listView(db, { q: q.get('q') || undefined, authority: q.get('authority') || undefined, year: q.get('year') || undefined, type: DocumentType.safeParse(q.get('type')).data, flagged: q.get('flagged') === '1', sort: q.get('sort') === 'amount' ? 'amount' : 'date', dir: q.get('dir') === 'asc' ? 'asc' : 'desc' }));
  }],
  [new RegExp(`^/d/${SHA}$`), (db, m, _url, res) => {
    if (!exists(db, m[1]!)) return notFound(res, 'No such decision in this database.');
    const others = (db.prepare("SELECT sha256, coalesce(reference, '?') || ' · ' || file AS label FROM decisions WHERE status = 'ok' AND sha256 != ? ORDER BY reference, file").all(m[1]!) as { sha256: string; label: string }[]);
    page(res, decisionView(loadRecord(db, m[1]!), pdfPathOf(db, m[1]!) !== null, others, decisionFamily(db, m[1]!)));
  }],
  [new RegExp(`^/page/${SHA}/(\\d{1,5})\\.png$`), async (db, m, _url, res) => {
    const path = pdfPathOf(db, m[1]!);
    if (!path) return notFound(res, 'The PDF is no longer where it was ingested: move it back or ingest it again.');
    try {
      send(res, 200, 'image/png', await pageImage(path, m[1]!, Number(m[2])));
    } catch (err) {
      notFound(res, `This page could not be rendered: ${oneLine(err)}`);
    }
  }],
  [/^\/compare$/, (db, _m, url, res) => {
    const [a, b] = [url.searchParams.get('a') ?? '', url.searchParams.get('b') ?? ''];
    if (!/^[0-9a-f]{64}$/.test(a) || !/^[0-9a-f]{64}$/.test(b) || !exists(db, a) || !exists(db, b)) return notFound(res, 'Choose two ingested decisions to compare.');
    page(res, compareView(diff(db, a, b), { a: pdfPathOf(db, a) !== null, b: pdfPathOf(db, b) !== null }));
  }],
  [/^\/spend$/, (db, _m, url, res) => page(res, spendView(db, readSpendQuery(url.searchParams)))],
  // Our own SVG, drawn by Vega on the server (the CSP forbids the code generation Vega does in a browser); served as an image.
  [/^\/chart\/spend\.svg$/, async (db, _m, url, res) => {
    const svg = await spendChart(db, readSpendQuery(url.searchParams));
    if (!svg) return notFound(res, 'Spend charts are drawn by year, fy or recipient.');
    send(res, 200, 'image/svg+xml; charset=utf-8', svg);
  }],
  [/^\/static\/style\.css$/, (_db, _m, _url, res) => send(res, 200, 'text/css; charset=utf-8', STYLE + COMPARE_STYLE)],
  [/^\/static\/app\.js$/, (_db, _m, _url, res) => send(res, 200, 'text/javascript; charset=utf-8', SCRIPT + COMPARE_SCRIPT)],
];

/** Runs a handler's database reads in one read transaction: a page never mixes two states of a document another process is writing. */
function inSnapshot<T>(db: Database.Database, fn: () => T): T {
  db.exec('BEGIN');
  try {
    return fn();
  } finally {
    db.exec('COMMIT');
  }
}

/**
 * The web app over a database opened read-only; resolves once listening. Requests are limited (guard.ts): GET and
 * HEAD only, no bodies, bounded URL, headers and time; a handler's error is a one-line page, never a stack trace.
 */
export async function startServer(dbPath: string, opts: { port: number; host: string; limits?: Partial<RequestLimits> }): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const db = openDbReadOnly(dbPath);
  const limits = { ...DEFAULT_REQUEST_LIMITS, ...opts.limits };
  const server = createServer(serverOptions(limits), (req: IncomingMessage, res: ServerResponse) => {
    const url = acceptRequest(req, res, limits);
    if (!url) return;
    const route = ROUTES.map(([re, h]) => [url.pathname.match(re), h] as const).find(([m]) => m);
    if (!route) return notFound(res, `Nothing at ${url.pathname}.`);
    const failed = (err: unknown) => (res.headersSent ? res.destroy() : page(res, layout('Error', html`<h1>Error</h1><p>${oneLine(err)}</p>`), 500));
    try {
      Promise.resolve(inSnapshot(db, () => route[1](db, route[0]!, url, res))).catch(failed);
    } catch (err) {
      failed(err);
    }
  });
  limitServer(server, limits);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  return {
    server,
    url: `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => { db.close(); resolve(); });
      server.closeAllConnections();
    }),
  };
}

