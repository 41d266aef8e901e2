import { html, type Html } from '../html.ts';
import type { PackItem, PackManifest } from './pack-types.ts';

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;color:#1d2430;max-width:70rem;margin:1rem auto;padding:0 1rem}
h1{font-size:1.3rem}h2{font-size:1.05rem;margin:1.6rem 0 .3rem}table{border-collapse:collapse}td,th{padding:.2rem .5rem;border-bottom:1px solid #e3e6ea;text-align:left;vertical-align:top}
code{font-size:.85em;word-break:break-all}.item{border-top:2px solid #14325c;margin-top:1.4rem;padding-top:.4rem}.detail{white-space:pre-wrap;color:#333}
figure{margin:.6rem 0}figure img{max-width:100%;border:1px solid #ccd}figcaption{font-size:.85rem;color:#555}.quote{background:#fff7d6;padding:0 .2rem}
.muted{color:#777}.uncertain{color:#b35c00;font-weight:600}`;

/**
 * The pack's `index.html`: the documents with their SHA-256 (and how to check them), then each
 * claim with its facts and, for each place it rests on, the quoted words, page and crop. A static
 * page with no scripts: it opens from the folder in any browser.
 */
export function packIndexHtml(m: PackManifest): string {
  const title = m.kind === 'diff' ? 'Evidence: changes between two documents' : 'Evidence: flags raised on a document';
  const body = html`<h1>${title}</h1>
<p class="muted">Made by docket (pipeline ${m.pipelineVersion}) on ${m.createdAt}. Each crop is cut from the page of the PDF named below, with the words the claim rests on boxed in red; check any of them against the PDF copy in <code>pdf/</code>: <code>sha256sum pdf/*</code> must print the SHA-256 listed here.</p>
<table id="documents"><tr><th>Side</th><th>Reference</th><th>Title</th><th>SHA-256</th><th>Copy</th></tr>
${m.documents.map((d) => html`<tr><td>${d.role}</td><td>${d.reference ?? '—'}</td><td>${d.title ?? '—'}</td><td><code>${d.sha256}</code></td><td><a href="${d.copy ?? ''}">${d.copy ?? ''}</a><div class="muted">${d.file}</div></td></tr>`)}</table>
${m.items.length ? m.items.map(itemHtml) : html`<p id="none">Nothing to show: ${m.kind === 'diff' ? 'no changes were found' : 'no flags were raised'}.</p>`}
<h2>Files</h2><table>${m.files.map((f) => html`<tr><td><a href="${f.path}">${f.path}</a></td><td><code>${f.sha256}</code></td><td>${f.bytes} bytes</td></tr>`)}</table>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${STYLE}</style></head><body>${body.value}</body></html>\n`;
}

function itemHtml(item: PackItem): Html {
  const uncertain = item.facts.uncertain === true;
  return html`<section class="item" id="${item.id}"><h2>${item.title}</h2>
<div class="detail">${item.detail}</div>
${uncertain ? html`<p class="uncertain">Read by OCR (confidence ${String(item.facts.confidence ?? '?')}): check the crop against the words.</p>` : ''}
${item.quotes.map((q) => html`<figure><img src="${q.crop ?? ''}" alt="${q.side}, page ${q.page}">
<figcaption>${q.side} · page ${q.page}${q.box ? '' : ' (whole page: no position known)'} · ${q.text ? html`<span class="quote">${q.text}</span>` : html`<span class="muted">nothing here on this side (where the other side's words are)</span>`}${q.sentence ? html`<div>${q.sentence}</div>` : ''}<div class="muted">crop SHA-256 <code>${q.cropSha256 ?? ''}</code></div></figcaption></figure>`)}
</section>`;
}
