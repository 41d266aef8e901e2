import type { Change, DiffResult, DiffSide, Place } from '../query/diff.ts';
import { formatPounds } from '../layout/money.ts';
import { html, layout, type Html } from './html.ts';

/** Which sides' PDFs can still be rendered (a moved PDF shows a message instead of its pages). */
export interface PagesAvailable {
  a: boolean;
  b: boolean;
}

const placeJson = (p: Place | null) => JSON.stringify(p ? { page: p.page, box: p.box } : null);

/** A place's sentence with the changed words marked (`del` on A, `ins` on B), all text escaped. */
function marked(p: Place | null, tag: 'del' | 'ins'): Html {
  if (!p) return html`<span class="muted">—</span>`;
  const [from, to] = p.mark;
  const body = p.sentence.slice(from, to);
  const mark = body ? (tag === 'del' ? html`<del>${body}</del>` : html`<ins>${body}</ins>`) : html`<span class="gap" title="nothing here on this side">‸</span>`;
  return html`${p.sentence.slice(0, from)}${mark}${p.sentence.slice(to)}`;
}

function valueCell(c: Change, side: 'old' | 'new'): Html {
  const v = side === 'old' ? c.oldValue : c.newValue;
  if (v === null) return html``;
  const shown = c.kind === 'amount' && typeof v === 'number' ? formatPounds(v) : typeof v === 'string' ? v : JSON.stringify(v);
  return html`<div class="val">${shown}</div>`;
}

function changeRow(c: Change, i: number): Html {
  const sure = c.uncertain ? html`<div class="uncertain">read by OCR${c.confidence !== null ? ` (${c.confidence.toFixed(2)})` : ''}: check the page</div>` : '';
  return html`<tr class="change" id="change-${i + 1}" data-a="${placeJson(c.change === 'added' ? null : c.a)}" data-b="${placeJson(c.change === 'removed' ? null : c.b)}" tabindex="0">
<td><b>${c.change} ${c.kind}</b><div class="muted">${c.what}</div>${sure}</td>
<td class="old">${c.change === 'added' ? html`<span class="muted">(not in A)</span>` : marked(c.a, 'del')}${valueCell(c, 'old')}<div class="muted">${c.oldPage ? `A p.${c.oldPage}` : ''}</div></td>
<td class="new">${c.change === 'removed' ? html`<span class="muted">(not in B)</span>` : marked(c.b, 'ins')}${valueCell(c, 'new')}<div class="muted">${c.newPage ? `B p.${c.newPage}` : ''}</div></td></tr>`;
}

/** One side's pages, each with a box over every change on it (positioned by the script from `data-box`). */
function sidePages(side: 'a' | 'b', s: DiffSide, changes: readonly Change[], available: boolean): Html {
  if (!available) return html`<div class="missing">The PDF of ${s.file} is no longer where it was ingested: move it back or ingest it again to see its pages.</div>`;
  const pages = Array.from({ length: s.pageCount }, (_, k) => k + 1);
  const boxes = (n: number) =>
    changes.flatMap((c, i) => {
      const p = side === 'a' ? (c.change === 'added' ? null : c.a) : c.change === 'removed' ? null : c.b;
      return p && p.page === n && p.box ? [html`<a class="cbox" href="#change-${i + 1}" data-box="${JSON.stringify(p.box)}" title="${c.kind} ${c.change}: ${c.what}"></a>`] : [];
    });
  return html`${pages.map((n) => html`<div class="page" id="${side}-page-${n}"><span class="label">${side.toUpperCase()} p.${n}${s.ocrPages.includes(n) ? ' · OCR' : ''}</span><img src="/page/${s.sha256}/${n}.png" alt="${side.toUpperCase()} page ${n}" loading="lazy" width="900">${boxes(n)}</div>`)}`;
}

/**
 * The compare page: A (old) and B (new) side by side. The changes first, each with its sentence on
 * both sides and the changed words marked, its values and pages; then the redline of every place
 * the words differ; then both documents' pages, with every changed value boxed. Clicking a change
 * shows it on both sides' pages.
 */
export function compareView(d: DiffResult, available: PagesAvailable): string {
  const head = (label: string, s: DiffSide) => html`<th>${label}: <a href="/d/${s.sha256}">${s.reference ?? s.file}</a> <span class="muted">${s.file} · ${s.sha256.slice(0, 12)} · ${s.pageCount} p.${s.ocrPages.length ? ` (OCR p.${s.ocrPages.join(',')})` : ''}</span></th>`;
  const summary = d.changes.length
    ? `${d.changes.length} change(s) in ${d.sections.map((s) => s.heading).join('; ')}`
    : `No changes: the words are the same (${d.a.words} words compared; line and page breaks, hyphenation and page furniture do not count).`;
  return layout('Compare', html`
<h1>Compare</h1>
<p id="compare-summary">${summary}</p>
<table class="compare" id="compare"><thead><tr><th>Change</th>${head('A (old)', d.a)}${head('B (new)', d.b)}</tr></thead>
<tbody>${d.changes.length ? d.changes.map(changeRow) : html`<tr><td colspan="3">no differences</td></tr>`}</tbody></table>
${d.notes.length ? html`<details id="notes"><summary>${d.notes.length} note(s): the records differ where the words do not (extraction differences, not changes)</summary><ul>${d.notes.map((n) => html`<li>${n}</li>`)}</ul></details>` : ''}
<h2>Redline</h2><div id="redline">${d.redline.length ? d.redline.map((h) => html`<p class="hunk"><span class="muted">A p.${h.aPage ?? '—'} · B p.${h.bPage ?? '—'} · ${h.section}</span><br>… ${h.before} ${h.removed ? html`<del>${h.removed}</del>` : ''} ${h.added ? html`<ins>${h.added}</ins>` : ''} ${h.after} …</p>`) : html`<p class="muted">The words are the same.</p>`}</div>
<div class="sides"><section class="side" id="side-a"><h2>A (old)</h2>${sidePages('a', d.a, d.changes, available.a)}</section><section class="side" id="side-b"><h2>B (new)</h2>${sidePages('b', d.b, d.changes, available.b)}</section></div>`);
}
