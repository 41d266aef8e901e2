import type Database from 'better-sqlite3';

/** A named schema change, applied once, inside a transaction. */
export interface Migration {
  name: string;
  up: string;
  /** Rebuilds a table that others reference: run with foreign keys off (SQLite's documented 12-step table change). */
  rebuildsTable?: boolean;
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
  {
    name: '003-browsable-tables',
    up: `
      ALTER TABLE records ADD COLUMN reference TEXT;
      ALTER TABLE records ADD COLUMN title TEXT;
      ALTER TABLE records ADD COLUMN authority TEXT;
      ALTER TABLE records ADD COLUMN decision_date TEXT;
      ALTER TABLE records ADD COLUMN headline_amount REAL;
      CREATE INDEX records_reference ON records(reference);
      CREATE TABLE amounts (
        sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        value REAL NOT NULL,             -- pounds
        text TEXT NOT NULL,              -- as printed
        period TEXT, kind TEXT, section TEXT NOT NULL,
        page INTEGER NOT NULL,
        box_json TEXT,                   -- {x,y,w,h} page fractions, top-left origin
        confidence REAL,                 -- OCR confidence 0..1, NULL for the text layer
        context TEXT,
        PRIMARY KEY (sha256, idx)
      );
      CREATE TABLE dates (
        sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
        idx INTEGER NOT NULL, role TEXT NOT NULL, date TEXT NOT NULL, text TEXT NOT NULL,
        page INTEGER NOT NULL, box_json TEXT, confidence REAL,
        PRIMARY KEY (sha256, idx)
      );
      CREATE TABLE recommendations (
        sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
        idx INTEGER NOT NULL, text TEXT NOT NULL, page INTEGER NOT NULL, box_json TEXT, confidence REAL,
        PRIMARY KEY (sha256, idx)
      );
      CREATE TABLE flags (
        sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
        idx INTEGER NOT NULL, code TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL,
        evidence_json TEXT NOT NULL,     -- [{page, text, box, confidence}]
        PRIMARY KEY (sha256, idx)
      );
      CREATE VIEW decisions AS
        SELECT d.sha256, d.file, d.status, d.error, d.page_count, d.ocr_pages, r.authority, r.reference, r.title,
               r.decision_date, r.headline_amount,
               (SELECT count(*) FROM flags f WHERE f.sha256 = d.sha256) AS flag_count,
               d.pipeline_version, d.ocr_engine, d.ocr_data, d.processed_at
        FROM documents d LEFT JOIN records r USING (sha256);
      CREATE VIEW amounts_by_decision AS
        SELECT r.reference, r.title, r.authority, r.decision_date, a.value, a.text, a.period, a.kind, a.section, a.page,
               a.confidence, d.file, a.sha256
        FROM amounts a JOIN records r USING (sha256) JOIN documents d USING (sha256);
      CREATE VIEW flags_by_decision AS
        SELECT r.reference, r.title, f.code, f.severity, f.message, f.evidence_json, d.file, f.sha256
        FROM flags f JOIN records r USING (sha256) JOIN documents d USING (sha256);
    `,
  },
  {
    name: '004-absolute-paths',
    up: `ALTER TABLE document_files ADD COLUMN abs_path TEXT;  -- the path made absolute at ingest (the web page finds PDFs from any folder)`,
  },
  {
    name: '005-decision-copies',
    // One decision published in several files (a scan and a digital copy, a draft and its final) is one
    // decision: decision_key groups the copies, is_latest_copy marks the signed, most recent one.
    up: `
      DROP VIEW decisions;
      CREATE VIEW decisions AS
        SELECT *, row_number() OVER (PARTITION BY decision_key ORDER BY decision_date IS NULL, decision_date DESC, processed_at DESC) = 1 AS is_latest_copy
        FROM (
          SELECT d.sha256, d.file, d.status, d.error, d.page_count, d.ocr_pages, r.authority, r.reference, r.title,
                 r.decision_date, r.headline_amount,
                 (SELECT count(*) FROM flags f WHERE f.sha256 = d.sha256) AS flag_count,
                 d.pipeline_version, d.ocr_engine, d.ocr_data, d.processed_at,
                 coalesce(r.authority, '') || '|' || coalesce(r.reference, d.sha256) AS decision_key
          FROM documents d LEFT JOIN records r USING (sha256)
        );
    `,
  },
  {
    name: '006-record-floor',
    // Round 2's record: a partial status (some pages failed), per-page status, document type, decision
    // maker, flag explanations, amount subjects and years. SQLite cannot change a CHECK: documents is rebuilt.
    rebuildsTable: true,
    up: `
      CREATE TABLE documents_new (
        sha256 TEXT PRIMARY KEY,
        file TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('ok','partial','failed')),
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
      INSERT INTO documents_new SELECT * FROM documents;
      DROP TABLE documents;
      ALTER TABLE documents_new RENAME TO documents;
      ALTER TABLE pages ADD COLUMN status TEXT NOT NULL DEFAULT 'ok';
      ALTER TABLE records ADD COLUMN document_type TEXT;
      ALTER TABLE records ADD COLUMN decision_maker TEXT;
      ALTER TABLE flags ADD COLUMN explanation TEXT;
      ALTER TABLE amounts ADD COLUMN subject TEXT;
      ALTER TABLE amounts ADD COLUMN year TEXT;
      DROP VIEW decisions;
      CREATE VIEW decisions AS
        SELECT *, row_number() OVER (PARTITION BY decision_key ORDER BY decision_date IS NULL, decision_date DESC, processed_at DESC) = 1 AS is_latest_copy
        FROM (
          SELECT d.sha256, d.file, d.status, d.error, d.page_count, d.ocr_pages, r.document_type, r.authority, r.reference, r.title,
                 r.decision_maker, r.decision_date, r.headline_amount,
                 (SELECT count(*) FROM flags f WHERE f.sha256 = d.sha256) AS flag_count,
                 d.pipeline_version, d.ocr_engine, d.ocr_data, d.processed_at,
                 coalesce(r.authority, '') || '|' || coalesce(r.reference, d.sha256) AS decision_key
          FROM documents d LEFT JOIN records r USING (sha256)
        );
    `,
  },
  {
    name: '007-claims',
    // Which live docket run is reading which document (src/db/claims.ts): two runs on one database never read one
    // PDF twice. Rows of a killed run are dead (its process is gone) and deleted by the next run; readers ignore them.
    up: `
      CREATE TABLE claims (
        sha256 TEXT PRIMARY KEY,
        run TEXT NOT NULL,               -- host/pid/process start time of the claiming run
        claimed_at TEXT NOT NULL,
        heartbeat_at TEXT NOT NULL       -- refreshed while the run lives (read across hosts)
      );
    `,
  },
];

/** Migrations not yet applied to `db` (all of them on a new database). */
function pending(db: Database.Database): Migration[] {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").get();
  const done = new Set(table ? (db.prepare('SELECT name FROM migrations').pluck().all() as string[]) : []);
  return MIGRATIONS.filter((m) => !done.has(m.name));
}

/**
 * Applies every migration not yet applied, all in one BEGIN IMMEDIATE transaction that looks again at what is
 * applied once it holds the write lock: two processes opening a new or older database at once never both apply
 * one (the second waits, then finds nothing to do). A database already up to date is only read.
 * Foreign keys are off meanwhile (SQLite's documented way to rebuild a referenced table) and checked before commit.
 */
export function migrate(db: Database.Database): string[] {
  if (!pending(db).length) return [];
  const fks = db.pragma('foreign_keys', { simple: true });
  db.pragma('foreign_keys = OFF');
  try {
    return db.transaction(() => {
      db.exec('CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
      const todo = pending(db);
      for (const m of todo) {
        if (m.rebuildsTable) db.pragma('legacy_alter_table = ON');
        try {
          db.exec(m.up);
        } finally {
          if (m.rebuildsTable) db.pragma('legacy_alter_table = OFF');
        }
        if ((db.pragma('foreign_key_check') as unknown[]).length) throw new Error(`migration ${m.name} broke a foreign key`);
        db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)').run(m.name, new Date().toISOString());
      }
      return todo.map((m) => m.name);
    }).immediate();
  } finally {
    if (fks) db.pragma('foreign_keys = ON');
  }
}
