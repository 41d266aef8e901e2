import { OcrPageError, type OcrEngine, type OcrEngineInfo, type OcrImage, type OcrResult } from '../../ocr/engine.ts';
import type { MainMessage, WorkerMessage } from './protocol.ts';

/**
 * The OCR engine a reader process sees: each image goes to the main process, whose one shared
 * engine (a bounded pool for the whole run) recognises it. Errors come back as OcrPageError, so a
 * page that fails OCR is kept empty with its reason, as in-process.
 */
export class RemoteOcrEngine implements OcrEngine {
  info: OcrEngineInfo;
  readonly concurrency: number;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (r: OcrResult) => void; reject: (e: Error) => void }>();

  constructor(
    private readonly taskId: number,
    shape: { concurrency: number; info: OcrEngineInfo },
    private readonly send: (m: WorkerMessage) => void,
  ) {
    this.concurrency = shape.concurrency;
    this.info = shape.info;
  }

  recognize(image: OcrImage): Promise<OcrResult> {
    const req = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(req, { resolve, reject });
      this.send({ type: 'ocr', id: this.taskId, req, image });
    });
  }

  /** Settles the request a reply answers; replies for other tasks are ignored. */
  receive(m: MainMessage): void {
    const w = m.id === this.taskId ? this.waiting.get(m.req) : undefined;
    if (!w) return;
    this.waiting.delete(m.req);
    if (m.type === 'ocr-result') {
      this.info = m.info;
      w.resolve(m.result);
    } else w.reject(m.pageError ? new OcrPageError(m.error) : new Error(m.error));
  }

  async close(): Promise<void> {}
}
