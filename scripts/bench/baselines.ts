import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runAll } from './tools.ts';

/** pdf.js getTextContent alone over `files` in `procs` processes fed from one queue: wall seconds (start-up included) and pages. */
export async function pdfjsAlone(files: readonly string[], procs: number): Promise<{ seconds: number; pages: number }> {
  const started = performance.now();
  const queue = [...files];
  let pages = 0;
  const worker = fileURLToPath(new URL('./pdfjs-text-worker.mjs', import.meta.url));
  await Promise.all(
    Array.from({ length: procs }, () =>
      new Promise<void>((resolve, reject) => {
        const child = fork(worker, { stdio: ['ignore', 'ignore', 'ignore', 'ipc'], execArgv: [] });
        child.on('message', (m: { pages: number }) => {
          pages += m.pages;
          child.send(queue.shift() ?? '');
        });
        child.on('exit', () => resolve());
        child.on('error', reject);
      }),
    ),
  );
  return { seconds: (performance.now() - started) / 1000, pages };
}

/** poppler's pdftotext over `files`, `procs` at once: wall seconds. */
export async function pdftotext(files: readonly string[], procs: number): Promise<{ seconds: number }> {
  const started = performance.now();
  await runAll(files.map((f) => ({ file: 'pdftotext', args: ['-layout', f, '/dev/null'] })), procs);
  return { seconds: (performance.now() - started) / 1000 };
}

/** The native tesseract CLI over image files, `procs` processes at once with OMP_THREAD_LIMIT=1: wall seconds and each page's text. */
export async function nativeOcr(images: readonly string[], procs: number, tessdata?: string): Promise<{ seconds: number; texts: string[] }> {
  const started = performance.now();
  const runs = await runAll(
    images.map((im) => ({ file: 'tesseract', args: [im, 'stdout', ...(tessdata ? ['--tessdata-dir', tessdata] : [])], env: { OMP_THREAD_LIMIT: '1' } })),
    procs,
  );
  return { seconds: (performance.now() - started) / 1000, texts: runs.map((r) => r.stdout) };
}
