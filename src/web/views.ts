import type Database from 'better-sqlite3';
import { DocumentType, type DecisionRecord } from '../record/index.ts';
import { planSearch } from '../query/search.ts';
import { formatPounds } from '../layout/money.ts';
import { html, layout, type Html } from './html.ts';
import type { Family } from '../query/family.ts';
import { familySection } from './family-view.ts';

/** Filters of the decisions list, from the query string. */
export interface ListFilters {
  q?: string;
  authority?: string;
  year?: string;
  /** Only documents of this type (`decision`, `report`, ...). */
  type?: DocumentType;
  flagged?: boolean;
  sort: 'date' | 'amount';
  dir: 'asc' | 'desc';
}

interface ListRow { decision_key: string; sha256: string; reference: string | null; title: string | null; document_type: string | null; authority: string | null; decision_date: string | null; headline_amount: number | null; flag_count: number; file: string; snippet?: string }

/** The decisions list: full-text search, filters, sorting, and the filtered spend. */
export function listView(db: Database.Database, f: ListFilters): string {
  const where = ["status = 'ok'"];
  const params: Record<string, unknown> = {};
  if (f.authority) (where.push('authority = @authority'), (params.authority = f.authority));
  if (f.year) (where.push('substr(decision_date, 1, 4) = @year'), (params.year = f.year));
  if (f.type) (where.push('document_type = @type'), (params.type = f.type));
  if (f.flagged) where.push('flag_count > 0');
  let snippets = new Map<string, string>();
  // Text that is not valid search syntax ("unbalanced, NEAR(, *) is searched as its words, and the page says so.
  const plan = f.q ? planSearch(db, f.q) : null;
  if (plan) {
    const found = db.prepare(`SELECT sha256, snippet(pages_fts, 0, '\u0001', '\u0002', '…', 12) AS s FROM pages_fts WHERE pages_fts MATCH ? ORDER BY bm25(pages_fts)`).all(plan.match) as { sha256: string; s: string }[];
    snippets = new Map(found.reverse().map((h) => [h.sha256, h.s]));
    where.push(`sha256 IN (${[...snippets.keys()].map((_, i) => `@h${i}`).join(',') || "''"})`);
    [...snippets.keys()].forEach((s, i) => (params[`h${i}`] = s));
  }
  const order = `${f.sort === 'amount' ? 'headline_amount' : 'decision_date'} ${f.dir === 'asc' ? 'ASC' : 'DESC'} NULLS LAST, reference`;
  const rows = db.prepare(`SELECT decision_key, sha256, reference, title, document_type, authority, decision_date, headline_amount, flag_count, file FROM decisions WHERE ${where.join(' AND ')} ORDER BY ${order}`).all(params) as ListRow[];
  const authorities = db.prepare("SELECT DISTINCT authority FROM decisions WHERE authority IS NOT NULL ORDER BY 1").pluck().all() as string[];
  const years = db.prepare("SELECT DISTINCT substr(decision_date, 1, 4) FROM decisions WHERE decision_date IS NOT NULL ORDER BY 1 DESC").pluck().all() as string[];
  // Copies of one decision (scan and digital, draft and final) count once, by their latest copy, as in `docket spend`.
  const keys = [...new Set(rows.map((r) => r.decision_key))];
  const total = keys.length
    ? (db.prepare(`SELECT coalesce(sum(headline_amount), 0) FROM decisions WHERE is_latest_copy AND decision_key IN (${keys.map(() => '?').join(',')})`).pluck().get(...keys) as number)
    : 0;
  const link = (sort: ListFilters['sort']) => `?${new URLSearchParams({ ...(f.q ? { q: f.q } : {}), ...(f.authority ? { authority: f.authority } : {}), ...(f.year ? { year: f.year } : {}), ...(f.type ? { type: f.type } : {}), ...(f.flagged ? { flagged: '1' } : {}), sort, dir: f.sort === sort && f.dir === 'desc' ? 'asc' : 'desc' })}`;
  const snippet = (s: string | undefined) => (s ? html`<div class="snippet">${highlightMarks(s)}</div>` : '');
  return layout('Decisions', html`
<h1>Decisions</h1>
${plan?.note ? html`<p class="missing" id="search-note">${plan.note}</p>` : ''}
<form class="filters" method="get" action="/">
  <label>Text<input type="search" name="q" value="${f.q ?? ''}" id="q"></label>
  <label>Authority<select name="authority"><option value="">all</option>${authorities.map((a) => html`<option${a === f.authority ? html` selected` : ''}>${a}</option>`)}</select></label>
  <label>Year<select name="year"><option value="">all</option>${years.map((y) => html`<option${y === f.year ? html` selected` : ''}>${y}</option>`)}</select></label>
  <label>Type<select name="type" id="type"><option value="">all</option>${DocumentType.options.map((t) => html`<option${t === f.type ? html` selected` : ''}>${t}</option>`)}</select></label>
  <label>Flags<select name="flagged"><option value="">any</option><option value="1"${f.flagged ? html` selected` : ''}>has flags</option></select></label>
  <button id="filter">Filter</button>
</form>
<p class="totals" id="totals">${rows.length} document(s), ${keys.length} decision(s) · headline total ${formatPounds(total)}</p>
<table id="decisions"><thead><tr><th>Reference</th><th>Title</th><th>Type</th><th>Authority</th><th><a href="${link('date')}">Decided</a></th><th class="num"><a href="${link('amount')}">Headline</a></th><th class="num">Flags</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><td><a href="/d/${r.sha256}">${r.reference ?? '(no reference)'}</a></td><td>${r.title ?? '(no title)'} <span class="muted">${r.file.split('/').pop()}</span>${snippet(snippets.get(r.sha256))}</td><td>${r.document_type ?? '—'}</td><td>${r.authority ?? '—'}</td><td>${r.decision_date ?? '—'}</td><td class="num">${formatPounds(r.headline_amount)}</td><td class="num">${r.flag_count}</td></tr>`)}</tbody></table>`);
}

/** Snippet markers (\u0001..\u0002 around hits) become <b>, everything else escaped. */
function highlightMarks(s: string): Html {
  return html`${s.split(/(\u0001[^\u0002]*\u0002)/).map((part) => (part.startsWith('\u0001') ? html`<b>${part.slice(1, -1)}</b>` : html`${part}`))}`;
}

const places = (xs: { page: number; box?: unknown }[]) => JSON.stringify(xs.map((x) => ({ page: x.page, box: x.box ?? null })));
const value = (label: unknown, where: { page: number; box?: unknown }[], cls = 'value') => html`<button class="${cls}" data-places="${places(where)}">${label}</button>`;

/** One decision: its fields, values and family on the left, its pages on the right; values and flags highlight their places. */
export function decisionView(r: DecisionRecord, pdfAvailable: boolean, others: { sha256: string; label: string }[], family?: Family): string {
  const e = r.exemptions;
  const pages = pdfAvailable
    ? html`${r.pages.map((p) => html`<div class="page" id="page-${p.number}"><span class="label">p.${p.number} · ${p.source}${p.confidence !== null ? ` ${p.confidence.toFixed(2)}` : ''}</span><img src="/page/${r.sha256}/${p.number}.png" alt="page ${p.number}" loading="lazy" width="900"></div>`)}`
    : html`<div class="missing" id="pdf-missing">The PDF is no longer where it was ingested (${r.files.join(', ')}). Move it back or ingest it again from its new place to see its pages.</div>`;
  return layout(`${r.reference ?? 'Decision'}`, html`
<h1>${r.reference ?? '(no reference)'} — ${r.title ?? '(no title)'}</h1>
<div class="decision"><section class="facts">
<dl><dt>Type</dt><dd>${r.documentType ?? '—'}${r.documentTypeReason ? html` <span class="muted">(${r.documentTypeReason})</span>` : ''}</dd><dt>Authority</dt><dd>${r.authority ?? '—'}</dd><dt>Decided</dt><dd>${r.decisionDate ?? 'unsigned / unknown'}</dd><dt>Headline</dt><dd>${formatPounds(r.headlineAmount)}</dd>
<dt>File</dt><dd>${r.file}</dd><dt>Pages</dt><dd>${r.pageCount} (${r.pages.filter((p) => p.source === 'ocr').length} OCR)</dd></dl>
${family ? familySection(family) : ''}
<h2>Flags</h2>${r.flags.length ? r.flags.map((f) => html`<div class="flag ${f.severity}"><button class="value flag-link" data-code="${f.code}" data-places="${places(f.evidence)}">${f.code}</button> ${f.message} <span class="muted">(${f.evidence.map((x) => `p.${x.page}`).join(', ')})</span><div class="muted explanation">${f.explanation}</div></div>`) : html`<p class="muted">none</p>`}
<h2>Amounts</h2><table id="amounts"><tr><th class="num">Value</th><th>As printed</th><th>Kind</th><th>Section</th><th>Page</th></tr>
${r.amounts.map((a) => html`<tr><td class="num">${formatPounds(a.value)}${a.period ? ' p.a.' : ''}</td><td>${value(a.text, [a], 'value amount')}</td><td>${a.kind ?? ''}</td><td>${a.section}</td><td>${a.page}${a.confidence !== null ? html` <span class="muted">ocr ${a.confidence.toFixed(2)}</span>` : ''}</td></tr>`)}</table>
<h2>Dates</h2><table>${r.dates.map((d) => html`<tr><td>${value(d.date, [d])}</td><td>${d.role}</td><td class="muted">${d.text}</td><td>p.${d.page}</td></tr>`)}</table>
<h2>Recommendations</h2><ol>${r.recommendations.map((x) => html`<li>${value(x.text, [x])} <span class="muted">p.${x.page}${x.inferred ? ' · inferred: no list or heading names the decision' : ''}</span></li>`)}</ol>
<h2>Exemptions</h2><dl><dt>Part 1 deferred</dt><dd>${yn(e.part1Deferred)}</dd><dt>Part 2</dt><dd>${yn(e.part2)}</dd><dt>FOIA sections</dt><dd>${e.foiaSections.join(', ') || '—'}</dd>
<dt>Classification</dt><dd>${e.classification ?? '—'}</dd><dt>Grounds</dt><dd>${e.grounds.join('; ') || '—'}</dd><dt>Until</dt><dd>${e.until ?? '—'}</dd></dl>
<h2>Compare</h2><form method="get" action="/compare"><input type="hidden" name="a" value="${r.sha256}"><select name="b">${others.map((o) => html`<option value="${o.sha256}">${o.label}</option>`)}</select> <button>Compare</button></form>
</section><section class="pages" id="pages">${pages}</section></div>`);
}

const yn = (v: boolean | null) => (v === null ? '—' : v ? 'yes' : 'no');
