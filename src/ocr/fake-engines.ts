import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OcrPageError, OcrResult, type OcrEngine, type OcrImage } from './engine.ts';

/** SHA-256 of an image's bytes: the key of recorded OCR output. */
/** A recording's key: the image's hash, and the page segmentation when a page is read again with another. */
export const imageKey = (image: OcrImage) => createHash('sha256').update(image.data).digest('hex') + (image.psm ? `-psm${image.psm}` : '');

/** Replays OCR output recorded earlier (by RecordingEngine) for the same image bytes. */
export class ReplayEngine implements OcrEngine {
  readonly info = { engine: 'replay', data: 'recorded tesseract.js output' };
  readonly concurrency = 2;
  constructor(private readonly dir: string) {}
  async recognize(image: OcrImage) {
    const file = join(this.dir, `${imageKey(image)}.json`);
    if (!existsSync(file)) throw new OcrPageError(`no recorded OCR for image ${imageKey(image).slice(0, 12)} (run npm run record-ocr)`);
    return OcrResult.parse(JSON.parse(readFileSync(file, 'utf8')));
  }
  async close() {}
}

/** Wraps a real engine and saves each result under the image's hash, for replay in tests. */
export class RecordingEngine implements OcrEngine {
  constructor(private readonly inner: OcrEngine, private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }
  get info() { return this.inner.info; }
  get concurrency() { return this.inner.concurrency; }
  async recognize(image: OcrImage) {
    const result = await this.inner.recognize(image);
    writeFileSync(join(this.dir, `${imageKey(image)}.json`), JSON.stringify(result));
    return result;
  }
  close() { return this.inner.close(); }
}

/** Fails every page, as a crashed worker would. */
export class CrashingEngine implements OcrEngine {
  readonly info = { engine: 'crashing', data: 'none' };
  readonly concurrency = 1;
  async recognize(): Promise<never> { throw new OcrPageError('OCR failed: worker crashed'); }
  async close() {}
}

/** Never answers, as a wedged worker would; the document's stall watchdog must give up on it. */
export class HangingEngine implements OcrEngine {
  readonly info = { engine: 'hanging', data: 'none' };
  readonly concurrency = 1;
  recognize(): Promise<OcrResult> {
    return new Promise(() => undefined);
  }
  async close() {}
}
