// Messages between the main process and a reader process (besides the task and its result, which
// tinypool carries). Sent with Node's advanced IPC serialisation, so Uint8Arrays cross as bytes.
import type { OcrEngineInfo, OcrImage, OcrResult } from '../../ocr/engine.ts';
import type { DocumentResult, PageRecord } from '../../record/index.ts';
import type { OcrMode } from '../../route/route-page.ts';
import type { TextEngineChoice } from '../../pdf/poppler/poppler-text.ts';
import type { PageWithWordsJson } from '../../db/words-json.ts';

/** One document for a reader process: its bytes, how to read them, and the shared OCR engine's shape. */
export interface ReadTask {
  /** Identifies the task in channel messages. */
  id: number;
  bytes: Uint8Array;
  opts: { ocr: OcrMode; renderDpi: number; stallMs: number; fontPages?: number; maxPages?: number; text?: TextEngineChoice };
  ocr: { concurrency: number; info: OcrEngineInfo };
}

/** The reader's answer: the document's result, its pages' words as JSON text (see db/words-json.ts). */
export type ReadOutcome = Omit<DocumentResult, 'pages'> & { pages: PageWithWordsJson[] };

/** Reader -> main, while a task runs. */
export type WorkerMessage =
  | { type: 'hello'; id: number; pid: number }
  | { type: 'open'; id: number; pages: number }
  | { type: 'page'; id: number; source: PageRecord['source'] }
  | { type: 'ocr'; id: number; req: number; image: OcrImage };

/** Main -> reader: the answer to one OCR request. */
export type MainMessage =
  | { type: 'ocr-result'; id: number; req: number; result: OcrResult; info: OcrEngineInfo }
  | { type: 'ocr-error'; id: number; req: number; error: string; pageError: boolean };
