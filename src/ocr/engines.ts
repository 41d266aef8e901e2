import { DocketError, EXIT } from '../errors.ts';
import type { OcrEngine } from './engine.ts';
import { NativeTesseractEngine, probeNative } from './native-engine.ts';
import { TesseractEngine } from './tesseract-engine.ts';

/** Which OCR engine to use: `auto` = native when the tesseract binary is present and works, else js. */
export type OcrEngineKind = 'auto' | 'js' | 'native';
export const OCR_ENGINE_KINDS: readonly OcrEngineKind[] = ['auto', 'js', 'native'];

/** Settings every engine takes. */
export interface OcrEngineSettings {
  /** Pages recognised at once (one per core is best). */
  size: number;
  /** Milliseconds one page may take. */
  timeoutMs: number;
  /** Language data folder (`--ocr-data`): `--tessdata-dir` for native, `langPath` for js. */
  dataDir?: string;
}

/** The engines docket can run, by name; adding one is one file and one line here. */
export const OCR_ENGINES: Record<Exclude<OcrEngineKind, 'auto'>, (s: OcrEngineSettings) => OcrEngine | null> = {
  /** tesseract.js with its npm language data: always available. */
  js: (s) => new TesseractEngine({ size: s.size, timeoutMs: s.timeoutMs, dataDir: s.dataDir }),
  /** The system's tesseract CLI, one process per page; null when it is absent or has no English data. */
  native: (s) => {
    const probe = probeNative('tesseract', s.dataDir);
    return probe && new NativeTesseractEngine({ size: s.size, timeoutMs: s.timeoutMs, psm: 3, dataDir: s.dataDir, binary: 'tesseract' }, probe);
  },
};

/** Creates the engine `kind` names; `native` without a working binary is a usage error that says what to do. */
export function createOcrEngine(kind: OcrEngineKind, settings: OcrEngineSettings): OcrEngine {
  if (kind === 'js') return OCR_ENGINES.js(settings)!;
  const native = OCR_ENGINES.native(settings);
  if (native) return native;
  if (kind === 'native')
    throw new DocketError(`--ocr-engine native: no working tesseract with English data${settings.dataDir ? ` in ${settings.dataDir}` : ''}; install it (apt-get install tesseract-ocr tesseract-ocr-eng) or use --ocr-engine js`, EXIT.usage);
  return OCR_ENGINES.js(settings)!;
}
