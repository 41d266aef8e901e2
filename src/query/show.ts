import type { DecisionRecord } from '../record/index.ts';
import { formatPounds } from '../layout/money.ts';

/** A readable summary of one decision: fields, amounts with pages, recommendations, exemptions, flags. */
export function renderDecision(r: DecisionRecord): string {
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  line(`${r.reference ?? '(no reference)'} — ${r.title ?? '(no title)'}`);
  line(`authority: ${r.authority ?? '?'}   decided: ${r.decisionDate ?? 'unsigned / unknown'}   headline: ${r.headlineAmount === null ? '—' : formatPounds(r.headlineAmount)}`);
  line(`file: ${r.file}${r.files.length > 1 ? ` (+${r.files.length - 1} more paths)` : ''}   sha256: ${r.sha256.slice(0, 16)}…   status: ${r.status}${r.error ? ` — ${r.error}` : ''}`);
  line(`pages: ${r.pageCount} (${r.pages.filter((p) => p.source === 'ocr').length} OCR${ocrConf(r)})`);
  if (r.documentType) line(`type: ${r.documentType}${r.documentTypeReason ? ` (${r.documentTypeReason}` : ''}${r.documentTypeConfidence !== null ? `, confidence ${r.documentTypeConfidence.toFixed(2)}` : ''}${r.documentTypeReason ? ')' : ''}${r.notExpected.length ? `   not expected: ${r.notExpected.join(', ')}` : ''}`);
  if (r.dates.length) {
    line('\ndates');
    for (const d of r.dates) line(`  ${d.role.padEnd(9)} ${d.date}  p.${d.page}  ${d.text.slice(0, 70)}`);
  }
  if (r.amounts.length) {
    line('\namounts');
    for (const a of r.amounts) line(`  ${formatPounds(a.value).padStart(14)}  ${a.text.padEnd(12)} ${(a.period ?? '').padEnd(6)} ${(a.kind ?? '').padEnd(8)} ${a.section.padEnd(14)} p.${a.page}${a.confidence !== null ? `  ocr ${a.confidence.toFixed(2)}` : ''}`);
  }
  if (r.recommendations.length) {
    line('\nrecommendations');
    for (const x of r.recommendations) line(`  ${x.index}. ${x.text}  (p.${x.page}${x.inferred ? ', inferred: no list or heading names the decision' : ''})`);
  }
  const e = r.exemptions;
  line('\nexemptions');
  line(`  part 1 deferred: ${yn(e.part1Deferred)}   part 2: ${yn(e.part2)}   FOIA sections: ${e.foiaSections.join(', ') || '—'}   classification: ${e.classification ?? '—'}`);
  if (e.grounds.length) line(`  grounds: ${e.grounds.join('; ')}`);
  if (e.until) line(`  until: ${e.until}`);
  line(`\nflags${r.flags.length ? '' : ': none'}`);
  for (const f of r.flags) {
    line(`  ${f.severity.toUpperCase().padEnd(7)} ${f.code}: ${f.message}  (p.${[...new Set(f.evidence.map((x) => x.page))].join(', p.')})`);
    if (f.explanation && f.explanation !== f.message) line(`          ${f.explanation}`);
  }
  return out.join('\n') + '\n';
}

const yn = (v: boolean | null) => (v === null ? '—' : v ? 'yes' : 'no');
function ocrConf(r: DecisionRecord): string {
  const c = r.pages.filter((p) => p.confidence !== null).map((p) => p.confidence!);
  return c.length ? `, mean confidence ${(c.reduce((a, b) => a + b, 0) / c.length).toFixed(2)}` : '';
}
