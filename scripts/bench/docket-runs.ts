import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runTimed, type TimedRun } from './tree-rss.ts';

const BIN = join(import.meta.dirname, '../../bin/docket.mjs');

/** `docket ingest` as a user runs it (a fresh process), timed, with its process tree's peak memory. */
export async function docketIngest(inputs: string[], db: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []): Promise<TimedRun & { pages: number; ocrPages: number }> {
  const run = await runTimed(process.execPath, [...nodeArgs, BIN, 'ingest', ...inputs, '--db', db, ...extra], env);
  if (run.code !== 0 && run.code !== 1) throw new Error(`docket ingest failed (exit ${run.code}): ${run.stderr.trim().split('\n').pop()}`);
  const m = /; (\d+) pages \((\d+) OCR\)/.exec(run.stderr);
  return { ...run, pages: Number(m?.[1] ?? 0), ocrPages: Number(m?.[2] ?? 0) };
}

/** Each stored document's OCR'd text, pages in order, by file name. */
export function storedTexts(db: string): Map<string, string> {
  const d = new Database(db, { readonly: true });
  try {
    const rows = d.prepare('SELECT d.file, p.text FROM pages p JOIN documents d USING (sha256) ORDER BY d.file, p.number').all() as { file: string; text: string }[];
    const out = new Map<string, string>();
    for (const r of rows) out.set(r.file.split('/').pop()!, `${out.get(r.file.split('/').pop()!) ?? ''}${r.text}\n`);
    return out;
  } finally {
    d.close();
  }
}

/** The engine and data recorded for the run's OCR pages. */
export function storedEngine(db: string): string {
  const d = new Database(db, { readonly: true });
  try {
    const r = d.prepare('SELECT ocr_engine, ocr_data FROM documents WHERE ocr_engine IS NOT NULL LIMIT 1').get() as { ocr_engine: string; ocr_data: string } | undefined;
    return r ? `${r.ocr_engine}; ${r.ocr_data}` : 'none';
  } finally {
    d.close();
  }
}
