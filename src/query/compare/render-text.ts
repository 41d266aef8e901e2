import { formatPounds } from '../../layout/money.ts';
import type { Change, DiffResult, DiffSide, Place } from './schema.ts';

const ANSI = { red: '\x1b[31m', green: '\x1b[32m', bold: '\x1b[1m', under: '\x1b[4m', dim: '\x1b[2m', off: '\x1b[0m' };

/** Options of the terminal redline. */
export interface TextOptions {
  /** ANSI colour (on a TTY): removed words red, added words green, the changed words themselves bold and underlined. Without it, wdiff marks: `[-old-]`, `{+new+}`. */
  color: boolean;
}

const sideLine = (label: string, s: DiffSide) =>
  `${label}: ${s.file} · ${s.reference ?? 'no reference'} · sha256 ${s.sha256.slice(0, 12)} · ${s.pageCount} page(s)${s.ocrPages.length ? `, OCR on p.${s.ocrPages.join(',')}` : ''}\n`;

/**
 * The comparison for a terminal: both sides, a summary, then each change as a redline (`-` the
 * old sentence, `+` the new, the changed words marked), its values, pages and how sure the
 * reading is; then the notes (records that differ where the words do not).
 */
export function renderDiffText(r: DiffResult, opts: TextOptions): string {
  let out = sideLine('A (old)', r.a) + sideLine('B (new)', r.b);
  if (!r.changes.length) out += `\nno changes: the words of A and B are the same (${r.a.words} words compared; line and page breaks, hyphenation and page furniture do not count)\n`;
  else {
    const kinds = new Map<string, number>();
    for (const c of r.changes) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
    out += `\n${r.changes.length} change(s): ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}\n`;
    out += `in ${r.sections.map((s) => `${s.heading} (A p.${s.aPage ?? '—'}, B p.${s.bPage ?? '—'})`).join('; ')}\n`;
  }
  r.changes.forEach((c, i) => (out += `\n${renderChange(c, i + 1, opts)}`));
  if (r.notes.length) out += `\nnotes (the records differ where the words do not: extraction differences, not changes):\n${r.notes.map((n) => `  ${n}\n`).join('')}`;
  return out;
}

function renderChange(c: Change, n: number, opts: TextOptions): string {
  const where = `A p.${c.oldPage ?? '—'} → B p.${c.newPage ?? '—'}`;
  let s = `${n}. ${c.kind} ${c.change} · ${c.what} · ${where}\n`;
  if (c.a && c.change !== 'added') s += `${redline('-', c.a, opts)}\n`;
  if (c.b && c.change !== 'removed') s += `${redline('+', c.b, opts)}\n`;
  const values = valueLine(c);
  if (values) s += `   ${values}\n`;
  if (c.uncertain) s += `   uncertain: read by OCR${c.confidence !== null ? ` (confidence ${c.confidence.toFixed(2)})` : ''}; check the page\n`;
  return s;
}

function redline(sign: '-' | '+', p: Place, opts: TextOptions): string {
  const [from, to] = p.mark;
  const [head, body, tail] = [p.sentence.slice(0, from), p.sentence.slice(from, to), p.sentence.slice(to)];
  if (!opts.color) return `${sign}  ${head}${sign === '-' ? `[-${body}-]` : `{+${body}+}`}${tail}`;
  const colour = sign === '-' ? ANSI.red : ANSI.green;
  return `${colour}${sign}  ${head}${ANSI.bold}${ANSI.under}${body}${ANSI.off}${colour}${tail}${ANSI.off}`;
}

function valueLine(c: Change): string | null {
  const [o, v] = [c.oldValue, c.newValue];
  if (c.kind === 'amount') {
    const delta = typeof o === 'number' && typeof v === 'number' ? ` (${v >= o ? '+' : '−'}${formatPounds(Math.abs(v - o))})` : '';
    return `${typeof o === 'number' ? formatPounds(o) : '—'} → ${typeof v === 'number' ? formatPounds(v) : '—'}${delta}`;
  }
  if (c.kind === 'date' || c.kind === 'number' || c.kind === 'field' || c.kind === 'exemption') return `${show(o)} → ${show(v)}`;
  return null;
}

const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));
