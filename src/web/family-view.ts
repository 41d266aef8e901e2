import type { Family, FamilyPaper } from '../query/family.ts';
import { html, type Html } from './html.ts';

/** What each kind of link makes of the paper, read from the family's side. */
const ROLE: Record<FamilyPaper['kind'], string> = {
  'report-for': 'report',
  'assessment-for': 'impact assessment',
  'appendix-of': 'appendix',
  'record-of': 'decision record',
  'minutes-of': 'minutes',
  'call-in-of': 'call-in',
  cites: 'cites',
};

/** Family members in reading order: the record, then report, assessments, appendices, call-ins, minutes. */
const ORDER: FamilyPaper['kind'][] = ['record-of', 'report-for', 'assessment-for', 'appendix-of', 'call-in-of', 'minutes-of', 'cites'];
const inOrder = (ps: FamilyPaper[]) => [...ps].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || (a.title ?? a.file ?? '').localeCompare(b.title ?? b.file ?? ''));

/** One related paper, linked to its page once stored. A member's link names this paper, so it shows by its own title. */
const paper = (p: FamilyPaper, role: string, byRef: boolean): Html => {
  const name = p.title ?? p.file?.split('/').pop() ?? p.ref;
  if (!p.sha256) return html`<li data-kind="${p.kind}"><span class="role">${role}</span><span>${p.ref} <span class="muted">(not in this database)</span></span></li>`;
  return html`<li data-kind="${p.kind}"><span class="role">${role}</span><span><a href="/d/${p.sha256}">${byRef ? p.ref : name}</a>${byRef ? html` ${name}` : ''} <span class="muted">${p.documentType ?? ''}</span></span></li>`;
};

const part = (id: string, title: string, items: Html[]) => (items.length ? html`<h3>${title}</h3><ul class="family" id="${id}">${items}</ul>` : '');

/**
 * A paper's family on its page, each paper linked to its own page: the papers that belong with it (report, impact
 * assessments, appendices, call-ins, minutes), the decision it belongs with, the decisions it cites and the papers citing it.
 */
export function familySection(f: Family): Html {
  const empty = !f.members.length && !f.belongsTo.length && !f.cites.length && !f.citedBy.length;
  return html`<h2>Family</h2>${empty ? html`<p class="muted" id="family-none">No linked papers in this database.</p>` : html`
${part('family-members', 'Papers of this decision', inOrder(f.members).map((p) => paper(p, ROLE[p.kind], false)))}
${part('family-belongs', 'Belongs with', inOrder(f.belongsTo).map((p) => paper(p, `${ROLE[p.kind]} of`, true)))}
${part('family-cites', 'Decisions it cites', f.cites.map((p) => paper(p, 'cites', true)))}
${part('family-cited-by', 'Cited by', f.citedBy.map((p) => paper(p, 'cited by', false)))}`}`;
}
