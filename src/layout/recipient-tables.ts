import { clean, type Line } from './doc-lines.ts';
import { findMoney } from './money.ts';

/** One row of a table of recipients: the party, its sum (pounds; null where the row's cell is not a sum) and the row's line. */
export interface RecipientRow {
  name: string;
  amount: number | null;
  line: Line;
}

/** Column headings that name the parties ("Organisation", "Applicant", "Borough") and the sums ("Award £", "Amount Granted", "Total"). */
const PARTY_HEAD = /^(?:name\s+of\s+)?(?:organi[sz]ations?|applicants?|recipients?|grantees?|providers?|suppliers?|contractors?|boroughs?|groups?|charit(?:y|ies)|bodies|body|local authorit(?:y|ies)|partners?)(?:\s+name)?$/i;
const SUM_HEAD = /\b(?:award(?:ed)?|amount|grant(?:ed)?|allocation|allocated|funding|value|total|sum)\b|£/i;
/** Rows that close or sum a table, not parties. */
const NOT_A_PARTY = /^(?:total|sub-?total|grand total|budget|balance|remaining|overall|of which|less|sum)\b/i;

const cellsOf = (l: Line) => l.text.split('\t').map((c) => clean(c));

/**
 * Rows of tables whose heading row names a column of parties and a column of sums ("Applicant | Amount
 * Granted", "Ref | Organisation | Purpose | Award £", "Borough | Total | FY 2023/24"): each row's party
 * and its sum (the first sum column; plain figures count as pounds under a "£" heading). Rows are read
 * while they keep the table's shape; totals and rows without a sum (DEFER, £0) are left out.
 */
export function recipientTableRows(lines: readonly Line[]): { rows: RecipientRow[]; header: Line }[] {
  const out: { rows: RecipientRow[]; header: Line }[] = [];
  lines.forEach((header, i) => {
    const head = cellsOf(header);
    if (head.length < 2) return;
    const party = head.findIndex((c) => PARTY_HEAD.test(c));
    const sum = head.findIndex((c, k) => k !== party && SUM_HEAD.test(c));
    if (party < 0 || sum < 0) return;
    const pounds = /£/.test(head[sum]!);
    const rows: RecipientRow[] = [];
    for (const line of lines.slice(i + 1, i + 60)) {
      const cells = cellsOf(line);
      if (cells.length < 2 || Math.abs(cells.length - head.length) > 1) break;
      const name = cells[party] ?? '';
      if (NOT_A_PARTY.test(name) || !/^\p{Lu}/u.test(name) || /\d{2,}/.test(name)) continue;
      const cell = cells[cells.length === head.length ? sum : Math.min(sum, cells.length - 1)] ?? '';
      const money = findMoney(cell)[0] ?? (pounds && /^\d[\d,]*(?:\.\d\d)?$/.test(cell) ? { value: Number(cell.replace(/,/g, '')) } : undefined);
      if (!money || !(money.value > 0)) continue;
      rows.push({ name, amount: money.value, line });
    }
    if (rows.length) out.push({ rows, header });
  });
  return out;
}
