import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type Database from 'better-sqlite3';

/**
 * Claims: which docket run is reading which document right now, so that two runs on one database
 * (same or overlapping folders) never read the same PDF twice. A claim is a row of `claims`, written
 * in the same IMMEDIATE transaction that checked the document is not stored, and deleted in the one
 * that stores it. A run killed with `kill -9` leaves its claims behind, but they are dead: a claim
 * counts only while its run lives (on this host: the process with that id and start time exists; on
 * another host sharing the file: its heartbeat is under STALE_S old), and every run deletes dead claims when it starts. No
 * reader of the database ever looks at claims.
 */

/** Seconds without a heartbeat after which another host's claim is dead. */
export const STALE_S = 120;
/** How often a run refreshes its claims' heartbeat, in ms. */
export const HEARTBEAT_MS = 15_000;

/** When a process started, from /proc (Linux): with the pid, it names the process even after pid reuse. Null elsewhere. */
function startStamp(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** This process's run id: host, pid and start time. */
export const THIS_RUN = `${hostname()}/${process.pid}/${startStamp(process.pid) ?? ''}`;

/** Whether the run that wrote a claim is alive: on this host its process tells; on another (a container sharing the file) only its heartbeat can. */
function runAlive(run: string, heartbeatAt: string): boolean {
  const [host, pidText, stamp] = run.split('/');
  if (host !== hostname()) return Date.now() - Date.parse(heartbeatAt) < STALE_S * 1000;
  const pid = Number(pidText);
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as { code?: string }).code !== 'EPERM') return false;
  }
  return !stamp || startStamp(pid) === stamp;
}

/** What a run may do with a document: read it (claimed), skip it (stored), or come back to it later (another live run is reading it). */
export type ClaimOutcome = 'claimed' | 'stored' | 'elsewhere';

/**
 * Claims `sha256` for this run unless it is stored already (and `redo` is false) or a live run has claimed it.
 * Call inside an IMMEDIATE transaction (DbWriter.write) so that the check and the claim are one step.
 */
export function claimDocument(db: Database.Database, sha256: string, redo: (stored: { pipeline_version: string }) => boolean): ClaimOutcome {
  const stored = db.prepare('SELECT pipeline_version FROM documents WHERE sha256 = ?').get(sha256) as { pipeline_version: string } | undefined;
  if (stored && !redo(stored)) return 'stored';
  const other = db.prepare('SELECT run, heartbeat_at FROM claims WHERE sha256 = ?').get(sha256) as { run: string; heartbeat_at: string } | undefined;
  if (other && other.run !== THIS_RUN && runAlive(other.run, other.heartbeat_at)) return 'elsewhere';
  const now = new Date().toISOString();
  db.prepare('INSERT INTO claims (sha256, run, claimed_at, heartbeat_at) VALUES (?, ?, ?, ?) ON CONFLICT(sha256) DO UPDATE SET run = excluded.run, claimed_at = excluded.claimed_at, heartbeat_at = excluded.heartbeat_at').run(sha256, THIS_RUN, now, now);
  return 'claimed';
}

/** Whether this run still holds its claim on `sha256` (another host's run takes over a claim whose heartbeat stopped). */
export function holdsClaim(db: Database.Database, sha256: string): boolean {
  return db.prepare('SELECT run FROM claims WHERE sha256 = ?').pluck().get(sha256) === THIS_RUN;
}

/** Drops this run's claim on `sha256` (stored, or given up). */
export function releaseClaim(db: Database.Database, sha256: string): void {
  db.prepare('DELETE FROM claims WHERE sha256 = ? AND run = ?').run(sha256, THIS_RUN);
}

/** Drops every claim of this run (at its end). */
export function releaseRunClaims(db: Database.Database): void {
  db.prepare('DELETE FROM claims WHERE run = ?').run(THIS_RUN);
}

/** Refreshes this run's claims: they stay alive for other hosts while this run lives. */
export function heartbeat(db: Database.Database): void {
  db.prepare('UPDATE claims SET heartbeat_at = ? WHERE run = ?').run(new Date().toISOString(), THIS_RUN);
}

/** Deletes the claims of runs that are gone (killed, crashed); returns how many. */
export function clearDeadClaims(db: Database.Database): number {
  const rows = db.prepare('SELECT sha256, run, heartbeat_at FROM claims').all() as { sha256: string; run: string; heartbeat_at: string }[];
  const dead = rows.filter((r) => r.run !== THIS_RUN && !runAlive(r.run, r.heartbeat_at));
  const del = db.prepare('DELETE FROM claims WHERE sha256 = ?');
  for (const r of dead) del.run(r.sha256);
  return dead.length;
}
