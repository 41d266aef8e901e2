import { statedSums } from '../../layout/table-math.ts';
import { ALL_TYPES, defineCheck, type Finding } from '../define-check.ts';
import { explainSum, sumEvidence, totalLabel } from '../table-explain.ts';

/**
 * A table whose sums do not add up as read, but whose reading is not certain (a row not read whole, an
 * ambiguous Total column, a total whose rows are not known): said once per table, as information, with why,
 * so that a reader can check the page rather than trust a sum docket could not verify.
 */
export const tableUnverified = defineCheck({
  id: 'table-unverified',
  severity: 'info',
  description: "a table's sums do not add up as read, but its structure could not be read with certainty, so no sum-mismatch is raised",
  appliesTo: ALL_TYPES,
  check({ record }) {
    const flags: Finding[] = [];
    for (const t of record.tables.filter((x) => !x.certain)) {
      const failing = statedSums(t).filter((s) => !s.agrees);
      if (!failing.length) continue;
      const shown = failing.slice(0, 3);
      flags.push({
        message: `Expected the table on page ${t.page} to be read with certainty before its sums are checked, found ${t.reason ?? 'its reading uncertain'}`,
        explanation: `${failing.length} sum${failing.length > 1 ? 's' : ''} as read do${failing.length > 1 ? '' : 'es'} not add up, e.g. ${shown.map((s) => `${totalLabel(t, s)}: ${explainSum(t, s)}`).join('; ')}${failing.length > 3 ? '; …' : ''}. Not raised as sum-mismatch because ${t.reason ?? 'the reading is uncertain'}.`,
        evidence: shown.flatMap((s) => sumEvidence(t, s, 2)),
      });
    }
    return flags;
  },
  examples: {
    ok: [['                 2017/18   2018/19   TOTAL\n                 £000      £000      £000\nServer           30        20        50\nLicences         2.1       2.2       4.3\nTOTAL Costs      32.1      22.2      54.3\n\nThis is the end of the table and prose follows.']],
    notOk: [
      // The second row's first figure sits outside every column: the Total row is not checked, but said to be unverified.
      ['                     Prior Years   2025-26   2026-27\n                     £000s         £000s     £000s\nAdult Social Care           3,939  549       515\nChildren             162,244       97,113    105,761\nTotal Cash Limit     166,183       97,662    106,276\n\nThe table ends and prose follows.'],
    ],
  },
});
