import type Database from 'better-sqlite3';

export interface FlagRow {
  severity: string;
  code: string;
  reference: string | null;
  /** The document's type (`decision`, `report`, ...), null when not classified. */
  type: string | null;
  message: string;
  /** The arithmetic or comparison done, in words a reader can check. */
  explanation: string;
  pages: string;
  file: string;
  sha256: string;
}

/** Stored flags, worst first, optionally of one code, severity or document type. */
export function listFlags(db: Database.Database, opts: { code?: string; severity?: string; type?: string } = {}): FlagRow[] {
  const rows = db
    .prepare(
      `SELECT f.severity, f.code, r.reference, r.document_type AS type, f.message, coalesce(f.explanation, f.message) AS explanation, f.evidence_json, d.file, f.sha256 FROM flags f
       JOIN documents d USING (sha256) LEFT JOIN records r USING (sha256)
       WHERE (@code IS NULL OR f.code = @code) AND (@severity IS NULL OR f.severity = @severity) AND (@type IS NULL OR r.document_type = @type)
       ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, r.reference, f.code`,
    )
    .all({ code: opts.code ?? null, severity: opts.severity ?? null, type: opts.type ?? null }) as (Omit<FlagRow, 'pages'> & { evidence_json: string })[];
  return rows.map(({ evidence_json, ...r }) => ({
    ...r,
    pages: [...new Set((JSON.parse(evidence_json) as { page: number }[]).map((e) => e.page))].join(','),
  }));
}
