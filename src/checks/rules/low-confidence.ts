import { cellAt, isSuspect, SUSPECT_CONFIDENCE, tableSums } from '../../layout/tables.ts';
import { ALL_TYPES, defineCheck, num } from '../define-check.ts';
import { evidenceOf } from '../evidence.ts';

/** Below this page confidence an OCR page's figures are not to be trusted. */
export const LOW_PAGE_CONFIDENCE = 0.75;

export const lowConfidence = defineCheck({
  id: 'low-confidence',
  severity: 'warning',
  description: 'OCR figures too unreliable to trust: a poorly read page with money on it, or a table sum resting on a doubtful cell',
  appliesTo: ALL_TYPES,
  check({ record, ctx }) {
    const flags = [];
    for (const page of ctx.doc.pages.filter((p) => p.source === 'ocr')) {
      const words = page.words.filter((w) => w.conf !== null);
      const conf = words.length ? words.reduce((a, w) => a + (w.conf ?? 0), 0) / words.length : 0;
      const figures = record.amounts.filter((a) => a.page === page.number);
      if (conf < LOW_PAGE_CONFIDENCE && figures.length)
        flags.push({
          message: `Expected OCR confidence of at least ${LOW_PAGE_CONFIDENCE} for page ${page.number}'s figures, found ${conf.toFixed(2)}`,
          explanation: `the mean OCR confidence of the ${words.length} words read on page ${page.number} is ${conf.toFixed(2)}, below ${LOW_PAGE_CONFIDENCE}; ${figures.length} money figure${figures.length === 1 ? '' : 's'} on it (${figures.slice(0, 5).map((a) => a.text).join(', ')}${figures.length > 5 ? ', …' : ''}) may be misread`,
          evidence: figures.slice(0, 10).map((a) => evidenceOf(a)),
        });
    }
    for (const t of ctx.tables)
      for (const s of tableSums(t)) {
        const cells = [s.total, ...s.parts].map((p) => cellAt(t, p)!);
        const doubtful = cells.filter(isSuspect);
        const expected = s.parts.reduce((a, p) => a + (cellAt(t, p)!.value || 0), 0);
        if (!doubtful.length || Math.abs(expected - cellAt(t, s.total)!.value) < t.unit * 0.05) continue;
        flags.push({
          message: `Expected table figures read with confidence of at least ${SUSPECT_CONFIDENCE}, found ${doubtful.map((c) => `"${c.raw}" (${c.confidence?.toFixed(2) ?? 'unread'})`).join(', ')} in a ${s.kind} sum that does not add up`,
          explanation: `the ${s.kind} sum on page ${cells[0]!.line.page}: ${s.parts.map((p) => cellAt(t, p)!.raw).join(' + ')} = ${num(expected / t.unit)}, stated ${cellAt(t, s.total)!.raw}; it rests on ${doubtful.map((c) => `"${c.raw}"${c.repair ? ` (${c.repair})` : ` read with confidence ${c.confidence?.toFixed(2) ?? 'n/a'}`}`).join(', ')}`,
          evidence: doubtful.map((c) => ({ page: c.line.page, text: c.raw, box: c.box, confidence: c.confidence })),
        });
      }
    return flags;
  },
  examples: { ok: [['Financial Comments\nThe capital cost is £1.2m.']], notOk: [] },
});
