// What travels through Redis between the coordinator (`docket ingest --redis`) and the workers
// (`docket worker`): one job per distinct PDF, its id the PDF's SHA-256, its return value the
// document's DocumentResult (plain JSON).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { DocketError, EXIT, oneLine } from '../../errors.ts';
import { PIPELINE_VERSION } from '../../version.ts';

/**
 * The BullMQ queue both sides use. The pipeline version is part of the name, so a worker of
 * another docket version never takes a job whose record it would make differently.
 */
export const QUEUE_NAME = `docket-${PIPELINE_VERSION}`;

/** How the coordinator runs the queue; tests shorten the back-off. */
export interface QueueSettings {
  /** Attempts of a job (worker errors, unreadable shared file) before its document becomes a `failed` record. Default 3. */
  attempts: number;
  /** Milliseconds before the first retry, doubling at each later one (exponential back-off). Default 5000. */
  backoffMs: number;
  /** Documents enqueued and not yet stored at once: more PDFs are read as results come back, so Redis never holds the whole archive. Default 64. */
  window: number;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = { attempts: 3, backoffMs: 5000, window: 64 };

/** One document job: the PDF (bytes or a path under the shared root) and how to read it. */
export const DocumentJob = z
  .object({
    /** SHA-256 of the PDF's bytes (also the job id): the worker checks the bytes it reads against it. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** The path the coordinator found it at (for messages only). */
    file: z.string(),
    /** The PDF's bytes, base64; absent when `sharedPath` is given. */
    bytes: z.string().optional(),
    /** The PDF's path relative to the shared root (`/` separators), which workers mount too. */
    sharedPath: z.string().optional(),
    /** Reading settings, as in a local run (ReadSettings). */
    opts: z.object({ ocr: z.enum(['auto', 'always', 'never']), renderDpi: z.number(), stallMs: z.number(), text: z.enum(['auto', 'pdfjs', 'poppler']).optional() }).strict(),
  })
  .strict();
export type DocumentJob = z.infer<typeof DocumentJob>;

/** The job for `file`: its bytes inline, or its path under `sharedRoot` when one is given. */
export function documentJob(file: string, bytes: Uint8Array, sha256: string, opts: DocumentJob['opts'], sharedRoot?: string): DocumentJob {
  if (!sharedRoot) return { sha256, file, bytes: Buffer.from(bytes).toString('base64'), opts };
  return { sha256, file, sharedPath: pathUnder(sharedRoot, file), opts };
}

/** `file` relative to `root` with `/` separators; a usage error when it is not under it. */
export function pathUnder(root: string, file: string): string {
  const rel = relative(resolve(root), resolve(file));
  if (!rel || rel.startsWith('..') || isAbsolute(rel))
    throw new DocketError(`${file} is not under --shared-root ${root}: ingest files under that folder, or leave --shared-root out to send the PDFs' bytes through Redis`, EXIT.usage);
  return rel.split(sep).join('/');
}

/**
 * The PDF's bytes on a worker: decoded from the job, or read under the worker's `sharedRoot`.
 * Throws (the job is retried, then fails with this reason) when they cannot be read or are not
 * the bytes the coordinator hashed.
 */
export function jobBytes(job: DocumentJob, sharedRoot?: string): Uint8Array {
  let bytes: Uint8Array;
  if (job.bytes !== undefined) bytes = Buffer.from(job.bytes, 'base64');
  else {
    if (!sharedRoot) throw new Error(`the job names ${job.sharedPath} under a shared folder but this worker has none: start docket worker with --shared-root DIR (where the coordinator's --shared-root is mounted)`);
    const path = join(resolve(sharedRoot), ...(job.sharedPath ?? '').split('/'));
    if (relative(resolve(sharedRoot), path).startsWith('..')) throw new Error(`the job's path ${job.sharedPath} leaves the shared folder: run the coordinator again`);
    try {
      bytes = readFileSync(path);
    } catch (err) {
      throw new Error(`cannot read ${path} on this worker (${oneLine(err)}): mount the coordinator's --shared-root at the worker's --shared-root`);
    }
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== job.sha256) throw new Error(`the bytes this worker read are not the ones the coordinator hashed (the file changed, or another file is at that path): ingest it again`);
  return bytes;
}
