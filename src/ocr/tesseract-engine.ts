import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import PQueue from 'p-queue';
import type { Worker } from 'tesseract.js';
import { OcrPageError, type OcrEngine, type OcrImage, type OcrResult, type OcrWord } from './engine.ts';

const require = createRequire(import.meta.url);

/** Settings of the tesseract.js pool. */
export interface TesseractOptions {
  /** Workers (one per core is best on 2 cores). */
  size: number;
  /** Pages a worker recognises before it is replaced (tesseract.js grows memory: naptha/tesseract.js#977). */
  recycleAfter: number;
  /** Milliseconds one page may take before its worker is killed and the page given up. */
  timeoutMs: number;
  /** Tesseract page segmentation mode: 3 = automatic layout (the CLI's default). */
  psm: number;
  /** Language data variant shipped by @tesseract.js-data/eng. */
  variant: '4.0.0_best_int' | '4.0.0';
  /** A folder holding `eng.traineddata` (or `.gz`) to use instead of the npm data (`--ocr-data`). */
  dataDir?: string;
}

export const DEFAULT_TESSERACT: TesseractOptions = { size: 2, recycleAfter: 300, timeoutMs: 180_000, psm: 3, variant: '4.0.0_best_int' };

interface PooledWorker {
  worker: Worker;
  jobs: number;
}

/** A bounded, reused pool of tesseract.js workers with offline language data from npm. */
export class TesseractEngine implements OcrEngine {
  readonly info;
  readonly concurrency: number;
  private readonly opts: TesseractOptions;
  private readonly queue: PQueue;
  private readonly idle: PooledWorker[] = [];
  private readonly langPath: string;
  private readonly cachePath: string;
  private readonly gzip: boolean;

  constructor(options: Partial<TesseractOptions> = {}) {
    this.opts = { ...DEFAULT_TESSERACT, ...options };
    this.concurrency = this.opts.size;
    this.queue = new PQueue({ concurrency: this.opts.size });
    const pkg = require('@tesseract.js-data/eng/package.json') as { version: string };
    const tjs = require('tesseract.js/package.json') as { version: string };
    const dataDir = this.opts.dataDir ? resolve(this.opts.dataDir) : null;
    this.gzip = dataDir ? existsSync(join(dataDir, 'eng.traineddata.gz')) : true;
    this.langPath = dataDir ?? join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), this.opts.variant);
    // One cache directory per model: the cached file is only ever named eng.traineddata.
    const cacheKey = dataDir ? createHash('sha256').update(dataDir).digest('hex').slice(0, 16) : `${pkg.version}-${this.opts.variant}`;
    this.cachePath = join(tmpdir(), 'docket-tesseract', cacheKey);
    mkdirSync(this.cachePath, { recursive: true });
    const data = dataDir ? `eng ${join(dataDir, this.gzip ? 'eng.traineddata.gz' : 'eng.traineddata')}` : `@tesseract.js-data/eng ${pkg.version} ${this.opts.variant}`;
    this.info = { engine: `tesseract.js ${tjs.version} (psm ${this.opts.psm})`, data };
  }

  recognize(image: OcrImage): Promise<OcrResult> {
    return this.queue.add(() => this.runOnWorker(image)) as Promise<OcrResult>;
  }

  private async runOnWorker(image: OcrImage): Promise<OcrResult> {
    const pooled = this.idle.pop() ?? (await this.spawn());
    let timer: NodeJS.Timeout | undefined;
    try {
      await pooled.worker.setParameters({ user_defined_dpi: String(Math.round(image.dpi)), tessedit_pageseg_mode: String(image.psm ?? this.opts.psm) as never });
      const job = pooled.worker.recognize(Buffer.from(image.data), {}, { blocks: true, text: false });
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new OcrPageError(`OCR timed out after ${this.opts.timeoutMs / 1000} s`)), this.opts.timeoutMs);
      });
      const { data } = await Promise.race([job, timeout]);
      pooled.jobs++;
      if (pooled.jobs >= this.opts.recycleAfter) void pooled.worker.terminate();
      else this.idle.push(pooled);
      return toResult(data as unknown as TessData, image);
    } catch (err) {
      // A worker that failed or hung is never reused.
      void pooled.worker.terminate().catch(() => undefined);
      throw err instanceof OcrPageError ? err : new OcrPageError(`OCR failed: ${(err as Error)?.message ?? String(err)}`);
    } finally {
      clearTimeout(timer);
    }
  }

  private async spawn(): Promise<PooledWorker> {
    const { createWorker } = await import('tesseract.js'); // loaded when the js engine first starts a worker
    const worker = await createWorker('eng', 1, { langPath: this.langPath, gzip: this.gzip, cachePath: this.cachePath, logger: () => undefined, errorHandler: () => undefined });
    await worker.setParameters({ tessedit_pageseg_mode: String(this.opts.psm) as never, preserve_interword_spaces: '1' });
    return { worker, jobs: 0 };
  }

  async close(): Promise<void> {
    await this.queue.onIdle();
    await Promise.all(this.idle.splice(0).map((p) => p.worker.terminate().catch(() => undefined)));
  }
}

interface TessBox { x0: number; y0: number; x1: number; y1: number }
interface TessData {
  blocks: { paragraphs: { lines: { words: { text: string; confidence: number; bbox: TessBox }[] }[] }[] }[] | null;
}

function toResult(data: TessData, image: OcrImage): OcrResult {
  const paragraphs: OcrWord[][][] = [];
  let weighted = 0;
  let chars = 0;
  for (const block of data.blocks ?? [])
    for (const para of block.paragraphs) {
      const lines = para.lines
        .map((line) =>
          line.words
            .filter((w) => w.text.trim())
            .map((w) => {
              weighted += w.confidence * w.text.length;
              chars += w.text.length;
              const b = w.bbox;
              return { text: w.text.trim(), conf: w.confidence / 100, box: { x: b.x0 / image.width, y: b.y0 / image.height, w: (b.x1 - b.x0) / image.width, h: (b.y1 - b.y0) / image.height } };
            }),
        )
        .filter((l) => l.length);
      if (lines.length) paragraphs.push(lines);
    }
  return { paragraphs, confidence: chars ? weighted / chars / 100 : 0 };
}
