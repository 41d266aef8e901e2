// The local web page in a real browser (playwright-core driving Debian's chromium; .ci/run installs it).
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ingest } from '../src/ingest/ingest.ts';
import { startServer } from '../src/web/server.ts';
import { openDb, openDbReadOnly, withDb } from '../src/db/open-db.ts';
import { formatPounds } from '../src/layout/money.ts';
import { spend } from '../src/query/spend.ts';
import { FIXTURE_PDFS, ROOT, makeTextPdf, query, replayEngine, tempDir } from './helpers.ts';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const SHOTS = join(ROOT, 'out');
// The Kent decision 24/00115 with its report and impact assessment (fixtures/family; the appendices are left out for speed).
const FAMILY = join(ROOT, 'fixtures/family');
const KENT = readdirSync(FAMILY).filter((f) => /_(PROD|Report|EqIA)\.pdf$/.test(f)).map((f) => join(FAMILY, f));
const HOSTILE_RECIPIENT = '<script>window.pwned=2</script> Trust <b>Ltd</b>';

describe.skipIf(!CHROMIUM)('docket serve in a browser', () => {
  let app: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;
  const dir = tempDir();
  const db = join(dir, 'web.db');
  const sha = (file: string) => query<{ sha256: string }>(db, 'SELECT sha256 FROM document_files WHERE path LIKE ?', `%${file}`)[0]!.sha256;

  beforeAll(async () => {
    const hostile = join(dir, 'hostile.pdf');
    writeFileSync(hostile, makeTextPdf(['Title: <script>window.pwned=1</script> Hostile <b>title</b>', 'Reference number: 999/2024', 'The cost is £1,000.']));
    const moved = join(dir, 'moved.pdf');
    writeFileSync(moved, makeTextPdf(['Title: A decision whose PDF moved away', 'The cost is £2,000.']));
    await ingest({ inputs: [FIXTURE_PDFS, hostile, moved, ...KENT], db, engine: replayEngine() });
    // A recipient whose name is markup, as a database could hold it: the spend page and its chart must show it as text.
    const recipients = [{ name: HOSTILE_RECIPIENT, amount: 600, role: 'grantee', page: 1, text: 'a grant' }];
    withDb(openDb(db), (d) => d.prepare("UPDATE records SET extracted_json = json_set(extracted_json, '$.recipients', json(?)) WHERE sha256 = ?").run(JSON.stringify(recipients), sha('hostile.pdf')));
    rmSync(moved); // the PDF is moved after ingest: its page must say so, not break
    app = await startServer(db, { port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('searches, opens PCD 450, and highlights £1.164M on its page', async () => {
    await page.goto(`${app.url}/`);
    await page.fill('#q', '"management server"');
    await page.click('#filter');
    await expect.poll(() => page.locator('#decisions tbody tr').count()).toBeGreaterThan(3);
    expect(await page.locator('#totals').innerText()).toMatch(/document\(s\), 2 decision\(s\) · headline total £1,916,700/);
    await page.screenshot({ path: join(SHOTS, 'web-list.png') });
    await page.goto(`${app.url}/d/${sha('pcd450.digital.pdf')}`);
    await page.locator('#page-1 img').evaluate((img: HTMLImageElement) => img.complete || new Promise((r) => (img.onload = r)));
    const amount = page.locator('button.amount', { hasText: '£1.164M' }).first();
    const where = JSON.parse((await amount.getAttribute('data-places'))!) as { page: number; box: { x: number; y: number; w: number; h: number } }[];
    await amount.click();
    const hl = page.locator(`#page-${where[0]!.page} .hl`);
    await expect.poll(() => hl.count()).toBe(1);
    // The highlight sits over the value: inside the page image, where the box says.
    const [img, box] = await Promise.all([page.locator(`#page-${where[0]!.page} img`).boundingBox(), hl.boundingBox()]);
    expect(box!.x).toBeGreaterThan(img!.x);
    expect(box!.x + box!.width).toBeLessThan(img!.x + img!.width);
    expect(Math.abs((box!.y - img!.y) / img!.height - where[0]!.box.y)).toBeLessThan(0.01);
    await page.screenshot({ path: join(SHOTS, 'web-decision.png') });
  });

  it('follows the late-decision flag to the two dates', async () => {
    await page.goto(`${app.url}/d/${sha('pcd450.digital.pdf')}`);
    await page.click('button.flag-link[data-code="late-decision"]');
    await expect.poll(() => page.locator('.hl').count()).toBe(2);
    const pages = await page.locator('.hl').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.page).sort());
    expect(pages).toEqual(['1', '4']);
    await page.screenshot({ path: join(SHOTS, 'web-flag.png') });
  });

  it('compares a draft with its final side by side', async () => {
    await page.goto(`${app.url}/compare?a=${sha('pcd679.mixed.pdf')}&b=${sha('pcd679-draft.mixed.pdf')}`);
    const rows = await page.locator('#compare tbody tr', { hasText: 'amount' }).allInnerTexts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/£435K[\s\S]*£453K/);
    await page.screenshot({ path: join(SHOTS, 'web-compare.png') });
  });

  it('filters the decisions list by document type', async () => {
    await page.goto(`${app.url}/`);
    await page.selectOption('#type', 'decision');
    await page.click('#filter');
    await expect.poll(() => page.locator('#decisions tbody tr').count()).toBeGreaterThan(3);
    expect(new URL(page.url()).searchParams.get('type')).toBe('decision');
    expect(await page.locator('#decisions tbody tr td:nth-child(3)').allInnerTexts()).toEqual(expect.arrayContaining(['decision']));
    await page.goto(`${app.url}/?type=agenda`);
    expect(await page.locator('#decisions tbody tr').count()).toBe(0);
  });

  it('shows document text as text, never as markup', async () => {
    await page.goto(`${app.url}/d/${sha('hostile.pdf')}`);
    expect(await page.locator('h1').innerText()).toContain('<script>window.pwned=1</script>');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('h1 b').count()).toBe(0);
  });

  it('draws spend by year on the server as an SVG image holding the figures from the database', async () => {
    const groups = withDb(openDbReadOnly(db), (d) => spend(d, { by: 'year' }));
    expect(groups.length).toBeGreaterThan(1);
    await page.goto(`${app.url}/spend?by=year`);
    const img = page.locator('#spend-chart');
    await img.evaluate((el: HTMLImageElement) => el.complete || new Promise((r) => (el.onload = r)));
    const [natural, shown] = await img.evaluate((el: HTMLImageElement) => [el.naturalWidth * el.naturalHeight, el.getBoundingClientRect().width * el.getBoundingClientRect().height]);
    expect(natural).toBeGreaterThan(100 * 100);
    expect(shown).toBeGreaterThan(100 * 100);
    expect(await page.locator('#spend tbody tr').count()).toBe(groups.length);
    await page.screenshot({ path: join(SHOTS, 'web-spend.png') });
    // The image itself, as the browser parses it: an SVG document whose bars carry the totals.
    const res = await page.goto(new URL((await img.getAttribute('src'))!, app.url).href);
    expect(res!.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    expect(await page.evaluate(() => document.documentElement.localName)).toBe('svg');
    const labels = await page.locator('[aria-roledescription="text mark"]').allTextContents();
    for (const g of groups) expect(labels).toContain(formatPounds(g.total));
  });

  it('shows a recipient named with markup as text, in the spend table and in the chart', async () => {
    const { type } = query<{ type: string }>(db, 'SELECT document_type AS type FROM decisions WHERE sha256 = ?', sha('hostile.pdf'))[0]!;
    await page.goto(`${app.url}/spend?by=recipient&type=${type}`);
    expect(await page.locator('#spend tbody').innerText()).toContain(HOSTILE_RECIPIENT);
    expect(await page.locator('#spend b').count()).toBe(0);
    await page.goto(new URL((await page.locator('#spend-chart').getAttribute('src'))!, app.url).href);
    expect(await page.evaluate(() => document.documentElement.textContent)).toContain(HOSTILE_RECIPIENT);
    expect(await page.locator('script, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  it('lists a decision\'s family on its page, each paper linked to its own page', async () => {
    const [record, report, eqia] = ['PROD.pdf', 'Report.pdf', 'EqIA.pdf'].map(sha);
    await page.goto(`${app.url}/d/${record}`);
    const members = await page.locator('#family-members li').evaluateAll((lis) => lis.map((li) => [(li as HTMLElement).dataset.kind, li.querySelector('a')?.getAttribute('href')]));
    expect(members).toEqual([['report-for', `/d/${report}`], ['assessment-for', `/d/${eqia}`]]);
    await page.locator('#family-members').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'web-family.png') });
    await page.click(`#family-members a[href="/d/${report}"]`);
    await expect.poll(() => page.url()).toBe(`${app.url}/d/${report}`);
    expect(await page.locator('#family-belongs a').getAttribute('href')).toBe(`/d/${record}`);
    expect(await page.locator('#family-belongs').innerText()).toMatch(/report of\s+24\/00115/);
  });

  it('refuses paths outside the ingested PDFs and says when a PDF has moved', async () => {
    for (const path of ['/../../etc/passwd', '/static/../../package.json', `/page/${'0'.repeat(64)}/1.png`]) expect((await page.goto(`${app.url}${path}`))!.status()).toBe(404);
    const res = await page.goto(`${app.url}/page/${sha('pcd450.digital.pdf')}/999.png`);
    expect(res!.status()).toBe(404);
    await page.goto(`${app.url}/d/${sha('moved.pdf')}`);
    expect(await page.locator('#pdf-missing').innerText()).toMatch(/no longer where it was ingested/);
    expect((await page.goto(`${app.url}/page/${sha('moved.pdf')}/1.png`))!.status()).toBe(404);
  });
});
