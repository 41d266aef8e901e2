import type { Queue } from 'bullmq';
import type Database from 'better-sqlite3';
import { oneLine } from '../../errors.ts';
import { addPath, findDocument, storeResult } from '../../db/store.ts';
import { DocumentResult } from '../../record/index.ts';
import { PIPELINE_VERSION } from '../../version.ts';
import { failedResult } from '../pool/failed-result.ts';
import type { DocumentJob, QueueSettings } from './document-job.ts';

/** A document enqueued and not yet stored: the files it was found at and its size in bytes. */
interface PendingDocument {
  files: string[];
  bytes: number;
}

/** What became of one enqueued document once stored (the coordinator counts it). */
export interface StoredOutcome {
  files: readonly string[];
  /** The stored result; null when the database already had this pipeline version's record (nothing stored again). */
  result: DocumentResult | null;
}

/** How a lost job is rebuilt (Redis restarted without its data): from the file, or an error saying why not. */
export type JobBuilder = (sha256: string, file: string) => DocumentJob;

/**
 * The coordinator's side of the queue: enqueues documents (job id = SHA-256) and stores each
 * finished one with storeResult, the single writer. Results live in Redis as the jobs' return
 * values until stored, so a coordinator stopped at any point stores them when it runs again
 * (adding an existing job id is a no-op that finds the finished job). A document is stored at
 * most once: the job is removed only after its transaction commits, and a result whose record
 * the database already holds (this run, or this pipeline version without --force) is not stored.
 */
export class QueueResults {
  private readonly pending = new Map<string, PendingDocument>();
  private readonly storedHere = new Set<string>();

  constructor(
    private readonly db: Database.Database,
    private readonly queue: Queue,
    private readonly settings: QueueSettings,
    private readonly force: boolean,
    private readonly rebuild: JobBuilder,
    private readonly onStored: (outcome: StoredOutcome) => void,
  ) {}

  /** Documents enqueued and not yet stored. */
  get size(): number {
    return this.pending.size;
  }

  /** True when `sha256` is enqueued in this run: `file` is then added to it (same bytes at another path). */
  addFile(sha256: string, file: string): boolean {
    const doc = this.pending.get(sha256);
    doc?.files.push(file);
    return Boolean(doc);
  }

  /** Enqueues one document; with --force, a finished job left from an earlier run is removed first, so it is read again. */
  async enqueue(job: DocumentJob, bytes: number): Promise<void> {
    this.pending.set(job.sha256, { files: [job.file], bytes });
    if (this.force && ['completed', 'failed'].includes(await this.queue.getJobState(job.sha256))) await this.queue.remove(job.sha256);
    await this.add(job);
  }

  private add(job: DocumentJob) {
    const { attempts, backoffMs } = this.settings;
    return this.queue.add('document', job, { jobId: job.sha256, attempts, backoff: { type: 'exponential', delay: backoffMs }, removeOnComplete: false, removeOnFail: false });
  }

  /** Stores every finished document and re-enqueues jobs Redis lost; returns how many documents were settled. */
  async sweep(): Promise<number> {
    const states = await Promise.all([...this.pending.keys()].map(async (sha) => [sha, await this.queue.getJobState(sha)] as const));
    let settled = 0;
    for (const [sha, state] of states) {
      const doc = this.pending.get(sha);
      if (!doc) continue;
      if (state === 'unknown') {
        await this.requeue(sha, doc);
        continue;
      }
      if (state !== 'completed' && state !== 'failed') continue;
      const job = await this.queue.getJob(sha);
      if (!job) continue; // gone since: the next sweep enqueues it again
      const result = state === 'completed' ? this.readResult(sha, doc, job.returnvalue) : this.failure(sha, doc, job.failedReason, job.attemptsMade);
      this.store(sha, doc, result);
      settled++;
      await job.remove();
    }
    return settled;
  }

  /**
   * A job Redis no longer has (it restarted without its data, or another coordinator of the same
   * database stored and removed it): enqueued again from its file, unless the database has it now.
   */
  private async requeue(sha: string, doc: PendingDocument): Promise<void> {
    if (this.isStored(sha)) return this.store(sha, doc, null);
    let job: DocumentJob;
    try {
      job = this.rebuild(sha, doc.files[0]!);
    } catch (err) {
      return this.store(sha, doc, failed(sha, doc, oneLine(err)));
    }
    await this.add(job);
  }

  /** The worker's result, checked: a result this docket cannot read becomes a failed record saying so. */
  private readResult(sha: string, doc: PendingDocument, value: unknown): DocumentResult {
    const parsed = DocumentResult.safeParse(value);
    if (parsed.success && parsed.data.sha256 === sha) return parsed.data;
    return failed(sha, doc, `a worker returned a result this docket cannot read: run the same docket version on the workers and the coordinator, then ingest again with --force`);
  }

  /** A job that failed every attempt: a failed record with the reason, as a local run stores a document it could not read. */
  private failure(sha: string, doc: PendingDocument, reason: string | undefined, attempts: number): DocumentResult {
    const why = /stalled more than allowable limit/i.test(reason ?? '')
      ? `its worker stopped (killed, or out of memory) every time it was read: the PDF may be hostile or huge; split it (qpdf --split-pages in.pdf out.pdf) and ingest again`
      : `failed on every attempt (${attempts}) in the queue: ${reason ?? 'no reason given'}`;
    return failed(sha, doc, why);
  }

  /** True when the database holds this document's record already: stored in this run, or by this pipeline version (without --force). */
  private isStored(sha: string): boolean {
    return this.storedHere.has(sha) || (!this.force && findDocument(this.db, sha)?.pipeline_version === PIPELINE_VERSION);
  }

  /** Stores `result` (null: only known to be stored already) unless the database has it, and adds the other paths. */
  private store(sha: string, doc: PendingDocument, result: DocumentResult | null): void {
    const already = !result || this.isStored(sha);
    if (already) for (const file of doc.files) addPath(this.db, sha, file);
    else {
      storeResult(this.db, doc.files[0]!, result);
      for (const file of doc.files.slice(1)) addPath(this.db, sha, file);
    }
    this.storedHere.add(sha);
    this.pending.delete(sha);
    this.onStored({ files: doc.files, result: already ? null : result });
  }
}

/** A failed result for a document the coordinator holds no bytes of (only its size). */
function failed(sha: string, doc: PendingDocument, error: string): DocumentResult {
  return { ...failedResult(new Uint8Array(0), sha, error, 0), bytes: doc.bytes };
}
