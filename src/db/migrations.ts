import type Database from 'better-sqlite3';

/** A named schema change, applied once, inside a transaction. */
export interface Migration {
  name: string;
  up: string;
}

/** The ordered list of migrations; append only, never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    name: '001-documents-pages',
    up: `
      CREATE TABLE documents (
        sha256 TEXT PRIMARY KEY,
        file TEXT NOT NULL,              -- path as first given to ingest
        status TEXT NOT NULL CHECK (status IN ('ok','failed')),
        error TEXT,
        page_count INTEGER NOT NULL DEFAULT 0,
        bytes INTEGER NOT NULL,
        ocr_pages INTEGER NOT NULL DEFAULT 0,
        pipeline_version TEXT NOT NULL,
        ocr_engine TEXT,
        ocr_data TEXT,
        processed_at TEXT NOT NULL,
        duration_ms REAL NOT NULL
      );
      CREATE TABLE document_files (
        sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
        path TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (sha256, path)
      );
      CREATE TABLE pages (
        sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('text','ocr')),
        reason TEXT NOT NULL,
        confidence REAL,
        chars INTEGER NOT NULL,
        text TEXT NOT NULL,
        words_json TEXT NOT NULL,        -- [{text, box:{x,y,w,h} page fractions, conf, offset}]
        image TEXT,
        error TEXT,
        ms REAL NOT NULL,
        PRIMARY KEY (sha256, number)
      );
      CREATE VIRTUAL TABLE pages_fts USING fts5(text, sha256 UNINDEXED, number UNINDEXED, tokenize = 'porter unicode61');
      CREATE TABLE input_errors (
        path TEXT PRIMARY KEY,
        error TEXT NOT NULL,
        seen_at TEXT NOT NULL
      );
    `,
  },
  {
    name: '002-records',
    up: `
      CREATE TABLE records (
        sha256 TEXT PRIMARY KEY REFERENCES documents(sha256) ON DELETE CASCADE,
        extractor_version TEXT NOT NULL,
        extracted_at TEXT NOT NULL,
        extracted_json TEXT NOT NULL,    -- the record's extracted fields and flags (export contract)
        error TEXT                       -- why extraction failed, when it did (the record is then empty)
      );
    `,
  },
];

/** Applies every migration not yet applied, each in its own transaction. */
export function migrate(db: Database.Database): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const done = new Set(db.prepare('SELECT name FROM migrations').pluck().all() as string[]);
  const applied: string[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.name)) continue;
    db.transaction(() => {
      db.exec(m.up);
      db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)').run(m.name, new Date().toISOString());
    })();
    applied.push(m.name);
  }
  return applied;
}
