import { DEFAULT_LIMITS, DocketError, EXIT, type PoolLimits } from '../index.ts';
import { intOption } from './command.ts';

const d = DEFAULT_LIMITS;

/** parseArgs options of the per-document limits (`ingest`, and any command that reads documents). */
export const LIMIT_OPTIONS = {
  'doc-timeout': { type: 'string' },
  'doc-memory': { type: 'string' },
  'max-pages': { type: 'string' },
} as const;

/** Their lines of --help, with the defaults. */
export const LIMITS_HELP = `  --doc-timeout B+P  seconds one document may take: B, plus P for each page (default ${d.baseS}+${d.perPageS});
                     a document over it is stored as failed, saying so
  --doc-memory MB    resident memory one document's reader may use (default ${d.memoryMb}); over it the
                     document is stored as failed and the reader replaced
  --max-pages N      pages of one document read at most (default ${d.maxPages}); later pages are stored
                     as skipped and the document as partial`;

/** The limits the options set (only those given; the rest keep their defaults). */
export function limitOptions(values: { 'doc-timeout'?: string; 'doc-memory'?: string; 'max-pages'?: string }): Partial<PoolLimits> {
  const limits: Partial<PoolLimits> = {};
  const timeout = values['doc-timeout'];
  if (timeout !== undefined) {
    const m = /^(\d+(?:\.\d+)?)(?:\+(\d+(?:\.\d+)?))?$/.exec(timeout.trim());
    if (!m || !(Number(m[1]) > 0)) throw new DocketError(`--doc-timeout takes seconds as BASE or BASE+PERPAGE (e.g. ${d.baseS}+${d.perPageS}), got "${timeout}"`, EXIT.usage);
    limits.baseS = Number(m[1]);
    if (m[2] !== undefined) limits.perPageS = Number(m[2]);
  }
  if (values['doc-memory'] !== undefined) limits.memoryMb = intOption(values['doc-memory'], 'doc-memory', d.memoryMb, 64);
  if (values['max-pages'] !== undefined) limits.maxPages = intOption(values['max-pages'], 'max-pages', d.maxPages, 1);
  return limits;
}
