import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { DocketError, EXIT, OCR_ENGINE_KINDS, TEXT_ENGINES, createOcrEngine, oneLine, runDocument, toRecord } from '../../index.ts';
import { choice, defineCommand, parse } from '../command.ts';

const usage = 'docket run FILE [--ocr auto|always|never] [--ocr-engine auto|js|native] [--ocr-data DIR] [--text-engine auto|pdfjs|poppler] [--with-text] [--pretty]';

export const runCommand = defineCommand({
  name: 'run',
  summary: "print one PDF's record (export contract, JSON) without a database",
  usage,
  help: 'Reads FILE through the whole pipeline in this process (pages, OCR where needed, fields, checks) and\nprints its record as JSON on stdout. Nothing is stored. Exit 1 when the PDF failed or was partly read.\n  --ocr-engine E  auto (the system\'s tesseract when it works, else js), js, native (default auto)\n  --ocr-data DIR  language data folder holding eng.traineddata\n  --text-engine E  reader of born-digital text: auto (poppler when it works, else pdf.js), pdfjs, poppler\n  --with-text  include each page\'s text\n  --pretty     indent the JSON',
  async run(argv) {
    const { values, positionals } = parse(argv, { ocr: { type: 'string' }, 'ocr-engine': { type: 'string' }, 'ocr-data': { type: 'string' }, 'text-engine': { type: 'string' }, 'with-text': { type: 'boolean' }, pretty: { type: 'boolean' } }, usage);
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new DocketError(`give exactly one PDF: ${usage}`, EXIT.usage);
    const ocr = choice(values.ocr, 'ocr', ['auto', 'always', 'never'] as const, 'auto');
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      throw new DocketError(`cannot read ${file} (${oneLine(err)}): check the path and its permissions`, EXIT.usage);
    }
    const engine = createOcrEngine(choice(values['ocr-engine'], 'ocr-engine', OCR_ENGINE_KINDS, 'auto'), { size: availableParallelism(), timeoutMs: 180_000, dataDir: values['ocr-data'] });
    try {
      const result = await runDocument(bytes, { ocr, renderDpi: 300, text: choice(values['text-engine'], 'text-engine', TEXT_ENGINES, 'auto') }, { ocr: engine });
      const record = toRecord(result, file, { withText: values['with-text'] });
      process.stdout.write(`${JSON.stringify(record, null, values.pretty ? 2 : undefined)}\n`);
      return result.status === 'ok' ? EXIT.ok : EXIT.completedWithFailures;
    } finally {
      await engine.close();
    }
  },
});
