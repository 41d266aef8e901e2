import { DEFAULT_DB, DocketError, EXIT, OCR_ENGINE_KINDS, TEXT_ENGINES, ingest, streamProgress } from '../../index.ts';
import { choice, defineCommand, intOption, parse } from '../command.ts';
import { LIMITS_HELP, LIMIT_OPTIONS, limitOptions } from '../limit-options.ts';

const usage = 'docket ingest <file|dir>... [--db out/docket.db] [--jobs N] [--ocr auto|always|never] [--ocr-engine auto|js|native] [--ocr-data DIR] [--text-engine auto|pdfjs|poppler] [--force] [--page-timeout S] [--doc-timeout B+P] [--doc-memory MB] [--max-pages N] [--redis URL [--shared-root DIR]] [--verbose]';

export const ingestCommand = defineCommand({
  name: 'ingest',
  summary: 'read PDFs (text layer or OCR, per page) into the SQLite database',
  usage,
  help: `Walks folders recursively for *.pdf, routes each page to its text layer or OCR, and stores
one record per distinct PDF (by SHA-256). Re-running skips documents already stored by this
pipeline version; --force redoes them. Progress goes to stderr.

  --db FILE          database to write (default ${DEFAULT_DB})
  --jobs N           reader processes and OCR processes at once (default: CPU cores)
  --ocr MODE         auto (per page), always, never (default auto)
  --ocr-engine E     auto (the system's tesseract when it works, else js), js (tesseract.js,
                     npm language data), native (the tesseract CLI) (default auto)
  --ocr-data DIR     language data folder holding eng.traineddata (default the engine's own)
  --text-engine E    reader of born-digital pages' text: auto (poppler's pdftohtml when it works,
                     else pdf.js), pdfjs, poppler (default auto); scans and pages with little
                     text always go through pdf.js
  --force            redo documents already ingested
  --page-timeout S   seconds one page's OCR may take (default 180)
${LIMITS_HELP}
  --redis URL        scale out: enqueue the documents on this Redis server (redis://HOST:PORT) for
                     \`docket worker\`s to read, and store their results here (the one writer);
                     --jobs, the OCR options and the limits are then the workers'
  --shared-root DIR  with --redis: a folder the workers mount too; jobs carry paths under it
                     instead of the PDFs' bytes
  --verbose          a line per document; stack traces on errors

Exit codes: 0 all ok, 1 completed with failures, 2 bad arguments, 3 fatal.`,
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      {
        db: { type: 'string' },
        jobs: { type: 'string' },
        ocr: { type: 'string' },
        'ocr-engine': { type: 'string' },
        'ocr-data': { type: 'string' },
        'text-engine': { type: 'string' },
        force: { type: 'boolean' },
        'page-timeout': { type: 'string' },
        ...LIMIT_OPTIONS,
        redis: { type: 'string' },
        'shared-root': { type: 'string' },
        verbose: { type: 'boolean' },
      },
      usage,
    );
    if (!positionals.length) throw new DocketError(`name at least one PDF file or folder\nusage: ${usage}`, EXIT.usage);
    if (values['shared-root'] && !values.redis) throw new DocketError('--shared-root goes with --redis (the workers read the PDFs there); add --redis URL or leave it out', EXIT.usage);
    const workerOption = ['jobs', 'ocr-engine', 'ocr-data', ...Object.keys(LIMIT_OPTIONS)].find((o) => values.redis && values[o as 'jobs'] !== undefined);
    if (workerOption) throw new DocketError(`--${workerOption} is a worker setting with --redis: give it to docket worker instead`, EXIT.usage);
    const summary = await ingest({
      inputs: positionals,
      db: values.db ?? DEFAULT_DB,
      jobs: values.jobs === undefined ? undefined : intOption(values.jobs, 'jobs', 1),
      ocr: choice(values.ocr, 'ocr', ['auto', 'always', 'never'] as const, 'auto'),
      ocrEngine: choice(values['ocr-engine'], 'ocr-engine', OCR_ENGINE_KINDS, 'auto'),
      ocrData: values['ocr-data'],
      text: choice(values['text-engine'], 'text-engine', TEXT_ENGINES, 'auto'),
      force: values.force ?? false,
      pageTimeout: intOption(values['page-timeout'], 'page-timeout', 180),
      limits: limitOptions(values),
      progress: streamProgress(process.stderr, values.verbose ?? false),
      redis: values.redis,
      sharedRoot: values['shared-root'],
    });
    for (const m of summary.inputErrors) process.stderr.write(`failed: ${m.path} — ${m.error}\n`);
    if (!summary.files && !summary.inputErrors.length) process.stderr.write('no PDF files found in the given paths\n');
    return summary.failed || summary.inputErrors.length ? EXIT.completedWithFailures : EXIT.ok;
  },
});
