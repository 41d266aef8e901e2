// A reader process (tinypool child_process runtime): runs one document at a time through
// runDocument and hands back its DocumentResult. OCR goes to the main process's shared engine.
import { runDocument } from '../../pipeline/run-document.ts';
import type { MainMessage, ReadOutcome, ReadTask, WorkerMessage } from './protocol.ts';
import { RemoteOcrEngine } from './remote-ocr.ts';
import { toWordsJson } from '../../db/words-json.ts';

// stdout belongs to the CLI's data: anything a library prints here goes to stderr instead.
console.log = console.error;
console.info = console.error;
// A reader whose main process has gone (killed) has no one to answer: end with it.
process.on('disconnect', () => process.exit(0));
// Profiling (DOCKET_READER_FLAGS=--cpu-prof): end through Node's exit path when the pool ends a
// reader, so the profile is written. Otherwise SIGTERM keeps its default: it ends even a busy reader.
if (process.execArgv.some((a) => a.startsWith('--cpu-prof'))) process.on('SIGTERM', () => process.exit(0));

const send = (m: WorkerMessage) => process.send?.(m);
let current: RemoteOcrEngine | null = null;
process.on('message', (m: MainMessage) => {
  if (m && (m.type === 'ocr-result' || m.type === 'ocr-error')) current?.receive(m);
});

/** Reads one document: the pool's task handler. */
export default async function readDocument(task: ReadTask): Promise<ReadOutcome> {
  send({ type: 'hello', id: task.id, pid: process.pid });
  const engine = new RemoteOcrEngine(task.id, task.ocr, send);
  current = engine;
  try {
    const result = await runDocument(
      task.bytes,
      {
        ...task.opts,
        onOpen: (pages) => send({ type: 'open', id: task.id, pages }),
        onPage: (p) => send({ type: 'page', id: task.id, source: p.source }),
      },
      { ocr: engine },
    );
    return { ...result, pages: result.pages.map(toWordsJson) };
  } finally {
    current = null;
  }
}
