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

/**
 * Full-text search over page text, best match first, optionally in one document type only. FTS5 syntax (AND, OR,
 * NEAR, "phrases", prefix*) is passed through.
 */
export function search(db: Database.Database, query: string, limit = 50, opts: { type?: string } = {}): SearchHit[] {
  const sql = `SELECT r.reference, r.title, r.document_type AS type, p.number AS page, snippet(pages_fts, 0, '[', ']', '…', 14) AS snippet, d.file, d.sha256
    FROM pages_fts p JOIN documents d ON d.sha256 = p.sha256 LEFT JOIN records r ON r.sha256 = p.sha256
    WHERE pages_fts MATCH ? AND (? IS NULL OR r.document_type = ?) ORDER BY bm25(pages_fts) LIMIT ?`;
  const type = opts.type ?? null;
  try {
    return db.prepare(sql).all(query, type, type, limit) as SearchHit[];
  } catch {
    // Not valid FTS5 syntax: search for the words as typed.
    return db.prepare(sql).all(quoteTerms(query), type, type, limit) as SearchHit[];
  }
}
