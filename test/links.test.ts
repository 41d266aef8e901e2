// Links between papers: the Kent family of decision 24/00115 (record, report, appendices A and B, EqIA), and spend over a family.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, withDb } from '../src/db/open-db.ts';
import { datedDecisionsIn, referencesIn } from '../src/extract/fields/links.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { decisionFamily } from '../src/query/family.ts';
import { findDecision } from '../src/query/find-decision.ts';
import { financialYear, spend } from '../src/query/spend.ts';
import type { Link } from '../src/record/index.ts';
import { ROOT, makeTextPdf, replayEngine, tempDir } from './helpers.ts';
import { writeFileSync } from 'node:fs';

const FAMILY = join(ROOT, 'fixtures/family');
const pdf = (part: string) => join(FAMILY, readdirSync(FAMILY).find((f) => f.includes(part))!);
const run = (db: string, inputs: string[]) => ingest({ inputs, db, engine: replayEngine(), ocr: 'never' });
const linksOf = (db: string) =>
  withDb(openDb(db), (d) =>
    Object.fromEntries((d.prepare('SELECT sha256, document_type AS type, extracted_json AS j FROM records').all() as { sha256: string; type: string; j: string }[]).map((r) => [r.sha256, { type: r.type, links: (JSON.parse(r.j) as { links: Link[] }).links }])),
  );

describe('references to other decisions in text', () => {
  it('reads PCD, Mayoral and council decision numbers as printed, never dates', () => {
    expect(referencesIn('as approved under PCD 658 and MD2456, see ADD266 and decision 24/00093 of 12/03/2024')).toEqual(['PCD 658', 'MD2456', 'ADD266', '24/00093']);
  });
  it('reads a decision named by its date, with the year only when printed', () => {
    expect(datedDecisionsIn('following the Cabinet decision of 30th January and the decision taken on 4 March 2024')).toEqual(['decision of 30 January', 'decision of 4 March 2024']);
  });
  it('links a paper to the decision of the same body decided on the day it names', async () => {
    const dir = tempDir();
    const record = (day: string, title: string) => ['Kent County Council', 'Record of Decision', `Title: ${title}`, 'Decision: to adopt the delivery plan.', `Date of decision: ${day}`];
    writeFileSync(join(dir, 'a.pdf'), makeTextPdf(record('30 January 2025', 'Adoption of the delivery plan')));
    writeFileSync(join(dir, 'b.pdf'), makeTextPdf(record('12 March 2024', 'An earlier plan')));
    writeFileSync(join(dir, 'c.pdf'), makeTextPdf(['Kent County Council', 'Record of Decision', 'Title: Funding for the delivery plan', 'Decision: to fund the plan agreed by the decision of 30 January.', 'Date of decision: 20 February 2025']));
    const db = join(dir, 'dated.db');
    await run(db, [dir]);
    const shaOf = (title: string) => withDb(openDb(db), (d) => d.prepare('SELECT sha256 FROM records WHERE title = ?').pluck().get(title) as string);
    const cites = linksOf(db)[shaOf('Funding for the delivery plan')]!.links.filter((l) => l.ref.startsWith('decision of'));
    expect(cites).toEqual([{ kind: 'cites', ref: 'decision of 30 January', sha256: shaOf('Adoption of the delivery plan') }]);
  }, 60_000);
  it('knows the UK financial year', () => {
    expect([financialYear('2025-01-30'), financialYear('2024-04-01'), financialYear('2024-03-31'), financialYear(null)]).toEqual(['2024-25', '2024-25', '2023-24', 'undated']);
  });
});

describe('the family of decision 24/00115', () => {
  const db = join(tempDir(), 'family.db');
  let record = '';
  beforeAll(async () => {
    await run(db, [FAMILY]);
    record = withDb(openDb(db), (d) => findDecision(d, '24/00115'));
  }, 120_000);

  it('links the report, the impact assessment and both appendices to the decision record', () => {
    const all = linksOf(db);
    expect(all[record]!.type).toBe('decision');
    const belongs = Object.entries(all).filter(([sha]) => sha !== record).map(([, r]) => [r.type, r.links.filter((l) => l.kind !== 'cites')]);
    expect(belongs.map(([t, l]) => [t, (l as Link[]).map((x) => [x.kind, x.ref, x.sha256])]).sort()).toEqual([
      ['assessment', [['assessment-for', '24/00115', record]]],
      ['other', [['appendix-of', '24/00115', record]]],
      ['other', [['appendix-of', '24/00115', record]]],
      ['report', [['report-for', '24/00115', record]]],
    ]);
  });

  it('lists the family from the record, and the record from each member', () => {
    withDb(openDb(db), (d) => {
      const f = decisionFamily(d, record);
      expect(f.members.map((m) => m.kind).sort()).toEqual(['appendix-of', 'appendix-of', 'assessment-for', 'report-for']);
      for (const m of f.members) expect(decisionFamily(d, m.sha256!).belongsTo.map((b) => b.sha256)).toEqual([record]);
    });
  });

  it('shows the family with `docket show`', () => {
    const out = spawnSync(process.execPath, [join(ROOT, 'bin/docket.mjs'), 'show', '24/00115', '--db', db], { encoding: 'utf8', cwd: ROOT }).stdout;
    expect(out).toMatch(/family \(papers that belong with this one\)\n {2}appendix-of .*\n {2}appendix-of .*\n {2}assessment-for .*\n {2}report-for /);
  });

  it('resolves links when the decision they name arrives later', async () => {
    const late = join(tempDir(), 'late.db');
    await run(late, [pdf('EqIA'), pdf('Appendix_A')]);
    expect(Object.values(linksOf(late)).flatMap((r) => r.links)).toEqual([]);
    await run(late, [pdf('PROD')]);
    const prod = withDb(openDb(late), (d) => findDecision(d, '24/00115'));
    expect(Object.values(linksOf(late)).flatMap((r) => r.links.map((l) => [l.kind, l.sha256])).sort()).toEqual([['appendix-of', prod], ['assessment-for', prod]]);
  });

  it('counts spend once a decision, split by the recipients it states', () => {
    const copy = join(tempDir(), 'spend.db');
    copyFileSync(db, copy);
    withDb(openDb(copy), (d) => {
      const recipients = [{ name: 'Vodafone', amount: 60000, role: 'supplier', page: 1, text: '£60,000 to Vodafone' }];
      d.prepare("UPDATE records SET headline_amount = 100000, decision_date = '2025-01-30', extracted_json = json_set(extracted_json, '$.recipients', json(?)) WHERE sha256 = ?").run(JSON.stringify(recipients), record);
      // The report carries the same number and a figure: it is not spend.
      d.prepare("UPDATE records SET headline_amount = 5000000 WHERE document_type = 'report'").run();
      expect(spend(d, { by: 'recipient' }).map((g) => [g.group, g.decisions, g.total, g.items[0]!.page])).toEqual([['Vodafone', 1, 60000, 1], ['unattributed', 1, 40000, null]]);
      expect(spend(d, { by: 'fy' }).map((g) => [g.group, g.total])).toEqual([['2024-25', 100000]]);
      expect(spend(d, { by: 'kind' }).map((g) => [g.group, g.total])).toEqual([['unstated', 100000]]);
    });
  });
});
