import Tinypool from 'tinypool';
import { oneLine } from '../../errors.ts';
import { OcrPageError, type OcrEngine } from '../../ocr/engine.ts';
import type { DocumentResult, PageRecord } from '../../record/index.ts';
import type { MainMessage, ReadOutcome, ReadTask, WorkerMessage } from './protocol.ts';
import { fromWordsJson } from '../../db/words-json.ts';
import { failedResult } from './failed-result.ts';
import { residentMb } from './process-memory.ts';
import { readerCode } from './reader-bundle.ts';

/** Limits of one document in a reader process, and when readers are replaced. */
export interface PoolLimits {
  /** Seconds a document may take once its reader starts: `baseS` plus `perPageS` for each page. */
  baseS: number;
  perPageS: number;
  /** Seconds a reader may go without finishing a page while none of its OCR is pending (a page stuck in a loop). */
  silentS: number;
  /** Resident MB a reader may use; over it the document fails and the reader is ended and replaced. */
  memoryMb: number;
  /** Pages of one document read at most (`--max-pages`); later pages are recorded as skipped. */
  maxPages: number;
  /** Documents a reader reads before it is replaced (pdf.js and V8 heaps drift in long runs). */
  recycleAfter: number;
  /** A reader still holding more than this many resident MB after a document is replaced. */
  recycleMb: number;
}

export const DEFAULT_LIMITS: PoolLimits = { baseS: 60, perPageS: 30, silentS: 120, memoryMb: 640, maxPages: 5000, recycleAfter: 200, recycleMb: 512 };

/** Seconds a reader process may take to start and pick up a document. */
const START_S = 60;
/** How often readers' memory is sampled, in ms. */
const SAMPLE_MS = 200;

/**
 * Reads documents in child processes (tinypool, `child_process` runtime), `size` at once: each
 * document is opened, routed, read and extracted by runDocument in a reader, whose OCR requests
 * the main process serves from its one shared engine. Processes, not threads: a reader's whole
 * memory (decoded images, WASM, canvas) is its own and can be measured and bounded, and a crash
 * ends only that reader. A document that crashes its reader, or outlives its time or memory
 * limit, becomes a `failed` result; the pool replaces the reader and goes on.
 */
export class DocumentPool {
  private pool: Tinypool | undefined;
  private starting: Promise<Tinypool> | undefined;
  private seq = 0;
  /** Counts restarts (see restart), so that a document ended by one says so rather than blaming its PDF. */
  private generation = 0;
  private readonly docsByPid = new Map<number, number>();

  constructor(private readonly ocr: OcrEngine, private readonly size: number, private readonly limits: PoolLimits = DEFAULT_LIMITS) {}

  /** Starts the readers on first use, from the prebuilt reader code (see reader-bundle.ts). */
  private start(): Promise<Tinypool> {
    return (this.starting ??= readerCode().then((code) => {
      this.pool = new Tinypool({
        runtime: 'child_process',
        filename: code.filename,
        minThreads: this.size,
        maxThreads: this.size,
        concurrentTasksPerWorker: 1,
        serialization: 'advanced',
        // The heap limit is only a backstop: the resident-memory limit below is the one that holds.
        // DOCKET_READER_FLAGS adds node flags to readers (e.g. --cpu-prof, which NODE_OPTIONS refuses).
        // A larger young generation (32 MB semi-spaces): readers allocate short-lived words and runs by the
        // million, and fewer scavenges cost ~0.5 s less CPU over kent's 62 PDFs for ~20 MB more resident memory.
        // V8's optimising compiler kept to the code that is really hot: a reader's code is wide (hundreds of
        // patterns and layout rules, each warm for a while), and compiling it on background threads cost more
        // than the optimised code saved. No inlining (~10% less CPU and wall time over kent's 62 PDFs) and a
        // larger interrupt budget before a function is optimised (~6% less again, on kent and on 200 small
        // decision PDFs; measured with /usr/bin/time, both ingests alternating).
        execArgv: [...code.execArgv, `--max-old-space-size=${this.limits.memoryMb + 256}`, '--max-semi-space-size=32', '--no-turbo-inlining', '--interrupt-budget=1000000', ...(process.env.DOCKET_READER_FLAGS?.split(/\s+/).filter(Boolean) ?? [])],
        env: Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined)),
      });
      // A reader that dies between documents is replaced by tinypool; nothing is lost.
      this.pool.on('error', () => undefined);
      return this.pool;
    }));
  }

  /** Reads one document; never rejects for the document's faults (those become a failed result). */
  async run(bytes: Uint8Array, sha256: string, opts: ReadTask['opts'], onPage?: (source: PageRecord['source']) => void): Promise<DocumentResult> {
    const id = ++this.seq;
    const generation = this.generation;
    const started = performance.now();
    const controller = new AbortController();
    let reason: string | null = null;
    let pid = 0;
    let heard = performance.now();
    let ocrPending = 0;
    let reply: ((m: MainMessage) => void) | null = null;
    const fail = (why: string) => {
      reason ??= why;
      controller.abort();
    };
    let deadline = setTimeout(() => fail(`no reader process started within ${START_S} s: check that docket's dependencies are installed (npm ci), then ingest again`), START_S * 1000);
    const limitTime = (s: number, why: string) => {
      clearTimeout(deadline);
      deadline = setTimeout(() => fail(why), s * 1000);
    };
    const watch = setInterval(() => {
      const mb = pid ? residentMb(pid) : null;
      if (mb !== null && mb > this.limits.memoryMb)
        fail(`used more than ${this.limits.memoryMb} MB of memory while being read (--doc-memory ${this.limits.memoryMb}): the PDF may be hostile or huge; split it (qpdf --split-pages in.pdf out.pdf), or raise --doc-memory, and ingest again`);
      if (pid && !ocrPending && performance.now() - heard > this.limits.silentS * 1000)
        fail(`no page finished in ${this.limits.silentS} s: the PDF may be damaged; repair it (qpdf in.pdf out.pdf) and ingest again`);
    }, SAMPLE_MS);
    const serveOcr = (m: Extract<WorkerMessage, { type: 'ocr' }>) =>
      this.ocr.recognize(m.image).finally(() => {
        ocrPending--;
        heard = performance.now();
      }).then(
        (result) => reply?.({ type: 'ocr-result', id, req: m.req, result, info: this.ocr.info }),
        (err) => reply?.({ type: 'ocr-error', id, req: m.req, error: err instanceof OcrPageError ? err.message : `OCR failed: ${oneLine(err)}`, pageError: true }),
      );
    const channel = {
      onMessage: (send: (m: MainMessage) => void) => void (reply = send),
      postMessage: (m: WorkerMessage) => {
        if (m?.id !== id) return;
        heard = performance.now();
        if (m.type === 'hello') {
          pid = m.pid;
          limitTime(this.limits.baseS, `could not be opened within ${this.limits.baseS} s (--doc-timeout ${this.limits.baseS}+${this.limits.perPageS}): the PDF may be damaged or hostile; repair it (qpdf in.pdf out.pdf), or raise --doc-timeout, and ingest again`);
        } else if (m.type === 'open') {
          const s = this.limits.baseS + this.limits.perPageS * m.pages;
          limitTime(s - (performance.now() - started) / 1000, `took longer than ${Math.round(s * 10) / 10} s (--doc-timeout ${this.limits.baseS}+${this.limits.perPageS}: ${this.limits.baseS} s + ${this.limits.perPageS} s a page for ${m.pages} pages): the PDF may be damaged or hostile; repair it (qpdf in.pdf out.pdf), or raise --doc-timeout, and ingest again`);
        } else if (m.type === 'page') onPage?.(m.source);
        else if (m.type === 'ocr') {
          ocrPending++;
          void serveOcr(m);
        }
      },
    };
    const task: ReadTask = { id, bytes, opts: { ...opts, maxPages: this.limits.maxPages }, ocr: { concurrency: this.ocr.concurrency, info: this.ocr.info } };
    try {
      const pool = await this.start();
      const outcome = (await pool.run(task, { signal: controller.signal, channel })) as ReadOutcome;
      const result: DocumentResult = { ...outcome, pages: outcome.pages.map(fromWordsJson) };
      this.afterDocument(pid);
      return result;
    } catch (err) {
      if (!pid && generation === this.generation) this.restart(); // no reader ever took it: readers may not start at all
      else if (generation !== this.generation) reason ??= 'its reader was ended when docket restarted its readers (one could not start): ingest it again with --force';
      return failedResult(bytes, sha256, reason ?? `the reader process crashed (${oneLine(err)}): the PDF may be damaged; repair it (qpdf in.pdf out.pdf), or report this with the file`, performance.now() - started);
    } finally {
      clearTimeout(deadline);
      clearInterval(watch);
    }
  }

  /** Drops readers that do not start (their code removed, a broken install): the next document starts new ones from code found afresh. */
  private restart(): void {
    const old = this.starting;
    this.generation++;
    this.starting = undefined;
    this.pool = undefined;
    this.docsByPid.clear();
    void old?.then((p) => p.destroy()).catch(() => undefined);
  }

  /** Replaces readers that have read `recycleAfter` documents or still hold more than `recycleMb`. */
  private afterDocument(pid: number): void {
    const docs = (this.docsByPid.get(pid) ?? 0) + 1;
    this.docsByPid.set(pid, docs);
    const mb = residentMb(pid) ?? 0;
    if (docs >= this.limits.recycleAfter || mb > this.limits.recycleMb) {
      this.docsByPid.clear();
      // Idle readers are replaced now, busy ones after their document.
      void this.pool?.recycleWorkers();
    }
  }

  /** Process ids of the reader processes (for tests and measurements). */
  get pids(): number[] {
    return this.pool?.threads.map((w) => w.threadId) ?? [];
  }

  /** Ends every reader process. */
  async close(): Promise<void> {
    await (await this.starting)?.destroy();
  }
}
