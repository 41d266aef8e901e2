import type Database from 'better-sqlite3';
import type { Link } from '../record/index.ts';

/** One paper related to a decision: the kind of link, and what the paper is. */
export interface FamilyPaper {
  kind: Link['kind'];
  ref: string;
  /** The paper, once the link resolved to a stored document; null while none does. */
  sha256: string | null;
  file: string | null;
  documentType: string | null;
  title: string | null;
}

/** A paper's relations: the papers that belong with it (its report, assessments, appendices, call-ins, minutes), the papers it belongs with, the decisions it cites and the papers citing it. */
export interface Family {
  members: FamilyPaper[];
  belongsTo: FamilyPaper[];
  cites: FamilyPaper[];
  citedBy: FamilyPaper[];
}

const PAPER = 'SELECT d.file, r.document_type AS documentType, r.title FROM decisions d LEFT JOIN records r USING (sha256) WHERE d.sha256 = ?';

/** The family of a stored paper, from the resolved links of every stored record (see `resolveLinks`). */
export function decisionFamily(db: Database.Database, sha256: string): Family {
  const paper = db.prepare(PAPER);
  const describe = (kind: Link['kind'], ref: string, sha: string | null): FamilyPaper => ({
    kind, ref, sha256: sha, ...((sha && (paper.get(sha) as Omit<FamilyPaper, 'kind' | 'ref' | 'sha256'> | undefined)) || { file: null, documentType: null, title: null }),
  });
  const own = JSON.parse((db.prepare('SELECT extracted_json FROM records WHERE sha256 = ?').pluck().get(sha256) as string | undefined) ?? '{}') as { links?: Link[] };
  const incoming = db
    .prepare(`SELECT r.sha256 AS sha, json_extract(j.value, '$.kind') AS kind, json_extract(j.value, '$.ref') AS ref FROM records r, json_each(r.extracted_json, '$.links') j
              WHERE json_extract(j.value, '$.sha256') = ? AND r.sha256 != ? ORDER BY kind, r.sha256`)
    .all(sha256, sha256) as { sha: string; kind: Link['kind']; ref: string }[];
  const links = own.links ?? [];
  return {
    members: incoming.filter((l) => l.kind !== 'cites').map((l) => describe(l.kind, l.ref, l.sha)),
    belongsTo: links.filter((l) => l.kind !== 'cites').map((l) => describe(l.kind, l.ref, l.sha256)),
    cites: links.filter((l) => l.kind === 'cites').map((l) => describe(l.kind, l.ref, l.sha256)),
    citedBy: incoming.filter((l) => l.kind === 'cites').map((l) => describe(l.kind, l.ref, l.sha)),
  };
}

/** The family as text for `docket show`: one line a paper, by kind. */
export function renderFamily(f: Family): string {
  const line = (p: FamilyPaper) => `  ${p.kind.padEnd(15)} ${p.ref.padEnd(10)} ${p.sha256 ? `${(p.documentType ?? '?').padEnd(10)} ${p.title ?? p.file ?? ''}`.slice(0, 100) + `  (${p.sha256.slice(0, 12)})` : '(not in the database)'}\n`;
  const part = (title: string, ps: FamilyPaper[]) => (ps.length ? `\n${title}\n${ps.map(line).join('')}` : '');
  const text = part('family (papers that belong with this one)', f.members) + part('belongs with', f.belongsTo) + part('cites', f.cites) + part('cited by', f.citedBy);
  return text || '\nfamily: none linked\n';
}
