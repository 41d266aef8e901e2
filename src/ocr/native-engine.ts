import { spawn, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import PQueue from 'p-queue';
import { OcrPageError, type OcrEngine, type OcrEngineInfo, type OcrImage, type OcrResult } from './engine.ts';
import { parseTesseractTsv } from './tesseract-tsv.ts';

/** Settings of the native tesseract engine. */
export interface NativeOptions {
  /** Processes at once (one per core: each runs with OMP_THREAD_LIMIT=1). */
  size: number;
  /** Milliseconds one page may take before its process is killed and the page given up. */
  timeoutMs: number;
  /** Page segmentation mode; 3 (automatic layout) is the CLI's default and the js engine's. */
  psm: number;
  /** Language data folder (`--tessdata-dir`); default the system's. */
  dataDir?: string;
  /** The tesseract binary; default `tesseract` on the PATH. */
  binary: string;
}

/** What a working tesseract binary said about itself. */
export interface NativeProbe {
  version: string;
  /** Folder its English data was found in. */
  dataDir: string;
}

/**
 * Checks that the tesseract binary runs and has English data; null when it does not (missing
 * binary, no `eng` language), with no output. Takes ~30 ms.
 */
export function probeNative(binary = 'tesseract', dataDir?: string): NativeProbe | null {
  const run = (args: string[]) => spawnSync(binary, args, { encoding: 'utf8', timeout: 10_000 });
  const version = run(['--version']);
  if (version.status !== 0) return null;
  const langs = run(['--list-langs', ...(dataDir ? ['--tessdata-dir', dataDir] : [])]);
  const out = `${langs.stdout}${langs.stderr}`;
  if (langs.status !== 0 || !/^eng$/m.test(out)) return null;
  const dir = dataDir ?? /languages in "([^"]+)"/.exec(out)?.[1] ?? 'system tessdata';
  return { version: `${version.stdout}${version.stderr}`.split('\n')[0]!.trim(), dataDir: dir };
}

/** Runs the system's tesseract CLI, one process per page, at most `size` at once; word boxes from its TSV output. */
export class NativeTesseractEngine implements OcrEngine {
  readonly info: OcrEngineInfo;
  readonly concurrency: number;
  private readonly queue: PQueue;

  constructor(private readonly opts: NativeOptions, probe: NativeProbe) {
    this.concurrency = opts.size;
    this.queue = new PQueue({ concurrency: opts.size });
    const data = join(probe.dataDir, 'eng.traineddata');
    let bytes = '';
    try {
      bytes = `, ${statSync(data).size} bytes`;
    } catch {
      // The size only helps tell data files apart in provenance.
    }
    this.info = { engine: `${probe.version} (native, psm ${opts.psm})`, data: `eng ${data}${bytes}` };
  }

  recognize(image: OcrImage): Promise<OcrResult> {
    return this.queue.add(() => this.runOnce(image)) as Promise<OcrResult>;
  }

  private runOnce(image: OcrImage): Promise<OcrResult> {
    const args = ['stdin', 'stdout', '-l', 'eng', '--psm', String(image.psm ?? this.opts.psm), '--dpi', String(Math.round(image.dpi))];
    if (this.opts.dataDir) args.push('--tessdata-dir', this.opts.dataDir);
    args.push('tsv');
    return new Promise((resolve, reject) => {
      // One thread per process: tesseract's OpenMP threads on top of one process per core were 5x slower here.
      const child = spawn(this.opts.binary, args, { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      let err = '';
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new OcrPageError(`OCR timed out after ${this.opts.timeoutMs / 1000} s`));
      }, this.opts.timeoutMs);
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.stdin.on('error', () => undefined); // a process that dies early closes its stdin: the exit code says why
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(new OcrPageError(`OCR failed: cannot run ${this.opts.binary} (${e.message}); install tesseract-ocr or use --ocr-engine js`));
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        if (code === 0) resolve(parseTesseractTsv(Buffer.concat(out).toString('utf8'), image.width, image.height));
        else reject(new OcrPageError(`OCR failed: tesseract exited with ${signal ?? code}: ${lastLine(err)}`));
      });
      child.stdin.end(image.data);
    });
  }

  async close(): Promise<void> {
    await this.queue.onIdle();
  }
}

const lastLine = (s: string) => s.trim().split('\n').filter(Boolean).pop()?.slice(0, 200) ?? 'no message';
