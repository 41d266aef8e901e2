import { Flag, type Extracted } from '../record/index.ts';
import type { ExtractContext } from '../layout/context.ts';
import { oneLine } from '../errors.ts';
import { appliesTo } from './define-check.ts';
import { CHECKS } from './index.ts';

const ORDER: Record<Flag['severity'], number> = { error: 0, warning: 1, info: 2 };

/**
 * Runs the checks that apply to the record's document type; a check that throws becomes a flag of its own,
 * never a crash.
 */
export function runChecks(record: Readonly<Extracted>, ctx: ExtractContext): Flag[] {
  const flags: Flag[] = [];
  for (const c of CHECKS) {
    if (!appliesTo(c, record.documentType)) continue;
    try {
      for (const f of c.check({ record, ctx })) flags.push(Flag.parse({ ...f, code: c.id, severity: c.severity }));
    } catch (err) {
      flags.push({ code: 'check-error', severity: 'info', message: `Expected check ${c.id} to run, found it failed: ${oneLine(err)}`, explanation: 'the check threw an error; report it with the file', evidence: [] });
    }
  }
  return flags.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
