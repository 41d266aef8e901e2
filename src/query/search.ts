import type Database from 'better-sqlite3';

/** A page that matches a full-text query. */
export interface SearchHit {
  reference: string | null;
  title: string | null;
  /** The document's type (`decision`, `report`, ...), null when not classified. */
  type: string | null;
  page: number;
  /** The matching passage with hits wrapped in [ ]. */
  snippet: string;
  file: string;
  sha256: string;
}

/** Quotes each word so text a user types ("£1.164M", "s.43", "C-19") cannot be an FTS5 syntax error. */
export const quoteTerms = (q: string) => q.split(/\s+/).filter(Boolean).map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');

/** How a query typed by someone is searched: `match` is valid FTS5; `note` says, in one line, why it is not the query as typed. */
export interface SearchPlan {
  match: string;
  note: string | null;
}

/** The FTS5 syntax a search understands, for messages. */
export const SEARCH_SYNTAX = 'words, "a phrase", a OR b, a NOT b, NEAR(a b, 5), prefix*';

/**
 * Plans a search: the query itself when it is valid FTS5, else its words each quoted (with a note saying the syntax
 * was not understood and why), or null when nothing in it can be searched for (blank). Never throws for syntax.
 */
export function planSearch(db: Database.Database, query: string): SearchPlan | null {
  if (!query.trim()) return null;
  const check = db.prepare('SELECT 1 FROM pages_fts WHERE pages_fts MATCH ? LIMIT 1');
  try {
    check.get(query);
    return { match: query, note: null };
  } catch (err) {
    if ((err as { code?: string }).code !== 'SQLITE_ERROR') throw err;
    const why = ((err as Error).message.replace(/^fts5: /, '').trim() || 'syntax error').replace(/:$/, '');
    const match = quoteTerms(query);
    check.get(match);
    return { match, note: `"${query}" is not valid search syntax (${why}): searched for its words as typed instead (syntax: ${SEARCH_SYNTAX})` };
  }
}

/**
 * Full-text search over page text, best match first, optionally in one document type only. FTS5 syntax (AND, OR,
 * NEAR, "phrases", prefix*) is passed through; a query that is not valid FTS5 is searched as its words (planSearch).
 */
export function search(db: Database.Database, query: string, limit = 50, opts: { type?: string } = {}): SearchHit[] {
  const sql = `SELECT r.reference, r.title, r.document_type AS type, p.number AS page, snippet(pages_fts, 0, '[', ']', '…', 14) AS snippet, d.file, d.sha256
    FROM pages_fts p JOIN documents d ON d.sha256 = p.sha256 LEFT JOIN records r ON r.sha256 = p.sha256
    WHERE pages_fts MATCH ? AND (? IS NULL OR r.document_type = ?) ORDER BY bm25(pages_fts) LIMIT ?`;
  const type = opts.type ?? null;
  const plan = planSearch(db, query);
  return plan ? (db.prepare(sql).all(plan.match, type, type, limit) as SearchHit[]) : [];
}
