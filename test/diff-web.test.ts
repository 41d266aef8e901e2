// The compare page and an evidence pack in a real browser (playwright-core driving Debian's chromium).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ingest } from '../src/ingest/ingest.ts';
import { openDbReadOnly, withDb } from '../src/db/open-db.ts';
import { loadRecord } from '../src/query/load-record.ts';
import { ReplayEngine } from '../src/ocr/fake-engines.ts';
import { startServer } from '../src/web/server.ts';
import { writeDocumentPack } from '../src/web/evidence/pack.ts';
import { ROOT, query, tempDir } from './helpers.ts';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const COMPARE = join(ROOT, 'fixtures/compare');
const SHOTS = join(ROOT, 'out');

describe.skipIf(!CHROMIUM)('compare page and evidence packs in a browser', () => {
  let app: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;
  const dir = tempDir();
  const db = join(dir, 'diff-web.db');
  const sha = (file: string) => query<{ sha256: string }>(db, 'SELECT sha256 FROM document_files WHERE path LIKE ?', `%${file}`)[0]!.sha256;

  beforeAll(async () => {
    await ingest({ inputs: [COMPARE], db, engine: new ReplayEngine(join(COMPARE, 'ocr')) });
    app = await startServer(db, { port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows both documents side by side with the changed value boxed on each', async () => {
    await page.goto(`${app.url}/compare?a=${sha('pcd679-final.a.digital.pdf')}&b=${sha('pcd679-draft.b.mixed.pdf')}`);
    const rows = page.locator('#compare tbody tr.change');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator('td.old del').innerText()).toBe('£353K');
    expect(await rows.first().locator('td.new ins').innerText()).toBe('£335K');
    expect(await page.locator('#side-a .page').count()).toBe(8);
    expect(await page.locator('#side-b .page').count()).toBe(7);
    await rows.first().click();
    for (const side of ['a', 'b']) {
      const box = page.locator(`#${side}-page-2 .cbox.on`);
      await expect.poll(() => box.count()).toBe(1);
      const img = page.locator(`#${side}-page-2 img`);
      await img.evaluate((el: HTMLImageElement) => el.complete || new Promise((r) => (el.onload = r)));
      const [i, b] = await Promise.all([img.boundingBox(), box.boundingBox()]);
      // The box sits on the page image, where the words are.
      expect(b!.x).toBeGreaterThan(i!.x);
      expect(b!.y).toBeGreaterThan(i!.y);
      expect(b!.y + b!.height).toBeLessThan(i!.y + i!.height);
    }
    await page.screenshot({ path: join(SHOTS, 'web-compare-sides.png') });
  });

  it('says so when only the typesetting differs', async () => {
    await page.goto(`${app.url}/compare?a=${sha('kent115.a.digital.pdf')}&b=${sha('kent115.c.mixed.pdf')}`);
    expect(await page.locator('#compare-summary').innerText()).toMatch(/^No changes: the words are the same/);
    expect(await page.locator('.cbox').count()).toBe(0);
  });

  it('opens an evidence pack: each flag with its crop, the value boxed, the PDF hash checkable', async () => {
    const s = sha('pcd450-final.b.digital.pdf');
    const record = withDb(openDbReadOnly(db), (d) => loadRecord(d, s));
    const out = join(dir, 'pack');
    await writeDocumentPack(record, join(COMPARE, 'pcd450-final.b.digital.pdf'), out);
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    expect(await page.locator('section.item').count()).toBe(record.flags.length);
    const sizes = await page.locator('section.item img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(sizes.length).toBe(record.flags.flatMap((f) => f.evidence).length);
    expect(sizes.every((w) => w > 100)).toBe(true);
    expect(await page.locator('#documents').innerText()).toContain(s);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).documents[0].sha256).toBe(s);
    await page.screenshot({ path: join(SHOTS, 'evidence-pack.png'), fullPage: true });
  });
});
