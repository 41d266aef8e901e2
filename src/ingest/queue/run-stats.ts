import type { IngestStats, ProgressReporter } from '../progress.ts';
import type { StoredOutcome } from './queue-results.ts';

/** What a queued run did, as a local run reports it (IngestSummary). */
export interface QueueIngestSummary extends IngestStats {
  inputErrors: { path: string; error: string }[];
  failures: { file: string; error: string }[];
}

/** The coordinator's counters, reported to the same progress reporter as a local run's. */
export class RunStats {
  private readonly started = performance.now();
  readonly summary: QueueIngestSummary;

  constructor(files: number, inputErrors: QueueIngestSummary['inputErrors'], private readonly progress: ProgressReporter) {
    this.summary = { files, done: 0, ok: 0, failed: 0, skipped: 0, pages: 0, ocrPages: 0, seconds: 0, inputErrors, failures: [] };
  }

  /** One file settled. */
  count(file: string, status: 'ok' | 'failed' | 'skipped', note?: string): void {
    const s = this.summary;
    s.done++;
    s[status]++;
    if (status === 'failed') s.failures.push({ file, error: note ?? '' });
    s.seconds = (performance.now() - this.started) / 1000;
    this.progress.update(s, { file, status, note });
  }

  /** A document stored (or found stored already), with the other files that hold the same bytes. */
  stored({ files, result }: StoredOutcome): void {
    const [first, ...others] = files;
    if (!result) this.count(first!, 'skipped', 'already ingested');
    else {
      this.summary.pages += result.pages.length;
      this.summary.ocrPages += result.pages.filter((p) => p.source === 'ocr').length;
      this.count(first!, result.status === 'failed' ? 'failed' : 'ok', result.error ?? undefined);
    }
    for (const file of others) this.count(file, 'skipped', 'same bytes as another file');
  }

  /** The summary, once the run is over (the reporter's last line printed). */
  finish(): QueueIngestSummary {
    this.summary.seconds = (performance.now() - this.started) / 1000;
    this.progress.finish(this.summary);
    return this.summary;
  }
}
