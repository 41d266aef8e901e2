/** Counters of an ingest run, reported while it runs and at the end. */
export interface IngestStats {
  /** Files to look at in this run. */
  files: number;
  /** Files looked at so far (processed, skipped or failed). */
  done: number;
  ok: number;
  failed: number;
  /** Already stored by this pipeline version, or the same bytes as another file of the run. */
  skipped: number;
  pages: number;
  ocrPages: number;
  /** Seconds since the run started. */
  seconds: number;
}

/** Receives progress events; the CLI prints them on stderr, the API may ignore them. */
export interface ProgressReporter {
  update(stats: Readonly<IngestStats>, last?: { file: string; status: string; note?: string }): void;
  finish(stats: Readonly<IngestStats>): void;
  /** A one-line message about the run itself (e.g. waiting for another run's write lock). */
  note?(message: string): void;
}

export const silentProgress: ProgressReporter = { update() {}, finish() {} };

/** Prints progress on a stream: a live line on a terminal, plain lines otherwise. */
export function streamProgress(stream: NodeJS.WriteStream, verbose = false): ProgressReporter {
  const tty = Boolean(stream.isTTY);
  let lastPlain = 0;
  const line = (s: Readonly<IngestStats>) => {
    const rate = s.seconds > 0 ? s.pages / s.seconds : 0;
    const perDoc = s.done ? s.seconds / s.done : 0;
    const eta = s.done ? Math.round(perDoc * (s.files - s.done)) : 0;
    return `docs ${s.done}/${s.files} (ok ${s.ok}, failed ${s.failed}, skipped ${s.skipped}) · pages ${s.pages} (${s.ocrPages} OCR) · ${rate.toFixed(1)} pages/s · ETA ${formatSeconds(eta)}`;
  };
  return {
    update(s, last) {
      if (last && (last.status === 'failed' || verbose)) {
        if (tty) stream.write('\r\x1b[K');
        stream.write(`${last.status}: ${last.file}${last.note ? ` — ${last.note}` : ''}\n`);
      }
      if (tty) stream.write(`\r\x1b[K${line(s)}`);
      else if (s.seconds - lastPlain >= 5 || s.done === s.files) {
        lastPlain = s.seconds;
        stream.write(`${line(s)}\n`);
      }
    },
    note(message) {
      if (tty) stream.write('\r\x1b[K');
      stream.write(`docket: ${message}\n`);
    },
    finish(s) {
      if (tty) stream.write('\r\x1b[K');
      stream.write(
        `ingested ${s.files} file(s) in ${formatSeconds(s.seconds)}: ${s.ok} ok, ${s.failed} failed, ${s.skipped} skipped; ${s.pages} pages (${s.ocrPages} OCR)\n`,
      );
    },
  };
}

function formatSeconds(t: number): string {
  t = Math.round(t);
  return t >= 3600 ? `${Math.floor(t / 3600)}h${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}m` : t >= 60 ? `${Math.floor(t / 60)}m${String(t % 60).padStart(2, '0')}s` : `${t}s`;
}
