import { DocketError, EXIT, OCR_ENGINE_KINDS, QUEUE_NAME, startWorker } from '../../index.ts';
import { choice, defineCommand, intOption, parse } from '../command.ts';
import { LIMITS_HELP, LIMIT_OPTIONS, limitOptions } from '../limit-options.ts';

const usage = 'docket worker --redis redis://HOST:PORT [--concurrency N] [--ocr-engine auto|js|native] [--ocr-data DIR] [--shared-root DIR] [--page-timeout S] [--doc-timeout B+P] [--doc-memory MB] [--max-pages N] [--stall-timeout S]';

export const workerCommand = defineCommand({
  name: 'worker',
  summary: 'read documents queued in Redis by `docket ingest --redis` (scale out on many machines)',
  usage,
  help: `Serves the document queue (${QUEUE_NAME}, BullMQ) of a Redis server: each job's PDF is routed,
read (text layer or OCR) and extracted by this machine's reader processes, as in a local run, and its
result goes back to the coordinator (\`docket ingest DIR --redis URL\`), which stores it. Run as
many workers as you have machines; each needs only Redis (and the --shared-root folder, when the
coordinator uses one). Stops on Ctrl-C (or SIGTERM) after the documents in hand; a second
Ctrl-C leaves them to another worker.

  --redis URL        the Redis server, redis://HOST:PORT (required)
  --concurrency N    documents read at once: reader processes and OCR processes (default: CPU cores)
  --ocr-engine E     auto (the system's tesseract when it works, else js), js, native (default auto)
  --ocr-data DIR     language data folder holding eng.traineddata (default the engine's own)
  --shared-root DIR  where this machine mounts the coordinator's --shared-root folder
  --page-timeout S   seconds one page's OCR may take (default 180)
${LIMITS_HELP}
  --stall-timeout S  seconds after which the job of a worker that stopped answering (killed, machine
                     lost) goes to another worker (default 30)

Exit codes: 0 stopped, 2 bad arguments, 3 fatal (Redis unreachable).`,
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      {
        redis: { type: 'string' },
        concurrency: { type: 'string' },
        'ocr-engine': { type: 'string' },
        'ocr-data': { type: 'string' },
        'shared-root': { type: 'string' },
        'page-timeout': { type: 'string' },
        'stall-timeout': { type: 'string' },
        ...LIMIT_OPTIONS,
        verbose: { type: 'boolean' },
      },
      usage,
    );
    if (!values.redis) throw new DocketError(`give the Redis server to take jobs from with --redis redis://HOST:PORT\nusage: ${usage}`, EXIT.usage);
    if (positionals.length) throw new DocketError(`docket worker takes no files (the coordinator, docket ingest --redis, sends them)\nusage: ${usage}`, EXIT.usage);
    const worker = await startWorker({
      redis: values.redis,
      concurrency: values.concurrency === undefined ? undefined : intOption(values.concurrency, 'concurrency', 1),
      ocrEngine: choice(values['ocr-engine'], 'ocr-engine', OCR_ENGINE_KINDS, 'auto'),
      ocrData: values['ocr-data'],
      sharedRoot: values['shared-root'],
      pageTimeout: intOption(values['page-timeout'], 'page-timeout', 180),
      stallTimeout: intOption(values['stall-timeout'], 'stall-timeout', 30),
      limits: limitOptions(values),
    });
    await new Promise<void>((resolve) => {
      let stopping = false;
      const stop = () => {
        if (stopping) {
          // Their locks lapse and other workers take them (--stall-timeout).
          process.stderr.write('docket worker: leaving the documents in hand to another worker\n');
          process.exit(EXIT.ok);
        }
        stopping = true;
        process.stderr.write('docket worker: finishing the documents in hand (Ctrl-C again to leave them to another worker)\n');
        void worker.close().then(resolve, resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    process.stderr.write(`docket worker: stopped after ${worker.done} document(s)\n`);
    return EXIT.ok;
  },
});
