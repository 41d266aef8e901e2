import { clean, withoutRowNumber, type Line } from './doc-lines.ts';
import { findMoney } from './money.ts';
import { findField, VALUE_FIELD, type Form } from './form.ts';
import { isTotalRow, ROW_MARKER, type Table } from './table-types.ts';
import { cleanName, REFUSED, roleOf } from './recipient-phrases.ts';
import type { Recipient } from '../record/index.ts';

/** One row of a table of recipients: the party, its sum (pounds; null where the row's cell is not a sum) and the row's line. */
export interface RecipientRow {
  name: string;
  amount: number | null;
  line: Line;
}

/** Column headings that name the parties ("Organisation", "Applicant", "Borough") and the sums ("Award £", "Amount Granted", "Total"). */
const PARTY_HEAD = /^(?:name\s+of\s+)?(?:organi[sz]ations?|applicants?|applications?|payees?|recipients?|grantees?|providers?|suppliers?|contractors?|boroughs?|groups?|charit(?:y|ies)|bodies|body|local authorit(?:y|ies)|partners?)(?:\s+name)?$/i;
// ("Organisation | Decision" over "Bollington War Memorial Fund | Awarded £5,500": a decision column whose cells give the sums.)
const SUM_HEAD = /\b(?:awards?|awarded|amount|grants?|granted|approved|agreed|allocations?|allocated|funding|value|total|sum|decision|recommend(?:ed|ation))\b|£/i;
/** A sum column that says what was decided ("Recommendation 2017", "Amount Awarded", "Approved £") over ones that give a year's grant or the bid. */
const DECIDED_HEAD = /\b(?:award(?:ed)?|granted|approved|agreed|allocat(?:ed|ion)|decision|recommend(?:ed|ation)?)\b/i;
/** A sum column of what was asked or what the project costs, not what is given ("Amount Requested", "Total Project Cost"). */
const ASKED_HEAD = /\b(?:request(?:ed)?|sought|applied|bid|cost|previous|last\s+year)\b/i;
/** "Recom- mendation 2017": a word broken at a hyphen across a cell's lines, joined again. */
const unbroken = (s: string) => s.replace(/(\p{Ll})- (\p{Ll})/gu, '$1$2');
// ("11 | Keeping it Local": OCR reads a ruling line between cells as a bar.)
const cellsOf = (l: Line) => l.text.split(/\t|\s+\|\s+/).map((c) => unbroken(clean(c))).filter(Boolean);

/** A reference column's heading ("Ref", "No.", "ID"), alone in its cell, or run into the next column's ("Ref Name of Group"). */
const REF_HEAD = String.raw`(?:ref(?:erence)?\.?(?:\s+no\.?)?|no\.?|id|number|#)`;
const REF_HEAD_ALONE = new RegExp(String.raw`^${REF_HEAD}$`, 'i');
const REF_HEAD_RUN_ON = new RegExp(String.raw`^(${REF_HEAD})\s+(\S.*)$`, 'i');

/**
 * Rows of tables whose heading row names a column of parties and a column of sums ("Applicant | Amount
 * Granted", "Ref | Organisation | Purpose | Award £", "Borough | Total | FY 2023/24"): each row's party
 * and its sum (the first sum column; plain figures count as pounds under a "£" heading). Rows are read
 * while they keep the table's shape; totals and rows without a sum (DEFER, £0) are left out.
 */
export function recipientTableRows(lines: readonly Line[]): { rows: RecipientRow[]; header: Line }[] {
  const out: { rows: RecipientRow[]; header: Line }[] = [];
  lines.forEach((header, i) => {
    // ("Ref Name of Group | Name of Project | Allocation": a reference column's heading run into the party's.)
    const head = cellsOf(header).flatMap((c, k) => (k === 0 && !REF_HEAD_ALONE.test(c) ? (REF_HEAD_RUN_ON.exec(c)?.slice(1) ?? [c]) : [c]));
    if (head.length < 2) return;
    const party = head.findIndex((c) => PARTY_HEAD.test(c));
    // Headings wrapped onto a second line of their own ("Recom-" over "mendation 2017", "Amount" over "Requested"), read with it, from the right.
    const next = lines[i + 1] ? cellsOf(lines[i + 1]!) : [];
    const wrapped = head.length >= 3 && next.length >= 2 && next.every((c) => c.split(' ').length <= 3) && !findMoney(lines[i + 1]!.text).length;
    const full = head.map((c, k) => (wrapped ? unbroken(`${c} ${next[next.length - (head.length - k)] ?? ''}`).trim() : c));
    const sums = full.map((c, k) => (k !== party && SUM_HEAD.test(c) ? k : -1)).filter((k) => k >= 0);
    const sum = sums.find((k) => DECIDED_HEAD.test(full[k]!) && !ASKED_HEAD.test(full[k]!)) ?? sums.find((k) => !ASKED_HEAD.test(full[k]!)) ?? sums[0] ?? -1;
    if (party < 0 || sum < 0) return;
    const pounds = /£/.test(head[sum]!);
    const rows: RecipientRow[] = [];
    let loose = 0;
    for (const line of lines.slice(i + 1, i + 60)) {
      // ("Ref | Name of Group | ..." over "3397 Blue Elephant Theatre (BET) | ...": a reference run into the party's cell is its own.)
      const cells = withoutRowMarker(splitRefCell(cellsOf(line), head), head);
      // (A wrapped name's line that did not join its row, "Initiative", is passed over; two in a row end the table.)
      if (cells.length === 1 && !findMoney(line.text).length && rows.length && loose++ < 2) continue;
      loose = 0;
      // (A row may be shorter where narrow cells ran together, "8 Ionad Chaluim Chille Ile n/a", but never holds more columns.)
      if (cells.length < Math.min(3, head.length - 1) || cells.length > head.length + 1 || (cells.length < head.length - 1 && !(sum > party))) break;
      const name = withoutRowNumber(cells[party] ?? '');
      if (isTotalRow(name) || !/^\p{Lu}/u.test(name) || /\d{2,}/.test(name)) continue;
      // (A row a cell short or long keeps its sums aligned from the right, where money columns stand: "£250 n/a" in one cell.)
      const cell = cells[cells.length === head.length ? sum : sum > party ? Math.max(party + 1, cells.length - (head.length - sum)) : Math.min(sum, cells.length - 1)] ?? '';
      // ("9 507": a figure grouped with a space.)
      const money = findMoney(cell)[0] ?? (pounds && /^\d{1,3}(?:[, ]?\d{3})*(?:\.\d\d)?$/.test(cell) ? { value: Number(cell.replace(/[, ]/g, '')) } : undefined);
      if (!money || !(money.value > 0)) continue;
      rows.push({ name, amount: money.value, line });
    }
    // A column whose names mostly repeat ("Cricket", "Cricket", "Swimming", ...) names kinds of applicant, not parties.
    const kinds = rows.length >= 4 && new Set(rows.map((r) => r.name.toLowerCase())).size * 2 <= rows.length;
    if (rows.length && !kinds) out.push({ rows, header });
  });
  return out;
}

/** A row a cell longer than its heading whose first cell is its number, a column with no heading ("2.1 | 1st Rhu Scout Group | ... | £0" under "Organisation | ... | Awarded"): the number left off. */
function withoutRowMarker(cells: string[], head: readonly string[]): string[] {
  return cells.length === head.length + 1 && ROW_MARKER.test(cells[0]!.trim()) ? cells.slice(1) : cells;
}

/** A row short of cells whose first cell starts with the reference a "Ref" column heads: that cell cut in two. */
function splitRefCell(cells: string[], head: readonly string[]): string[] {
  const m = /^(\S*\d\S*)\s+(\p{Lu}.*)$/u.exec(cells[0] ?? '');
  return cells.length < head.length && REF_HEAD_ALONE.test(head[0] ?? '') && m ? [m[1]!, m[2]!, ...cells.slice(1)] : cells;
}

/** Rows that keep or hold money back rather than give it. */
const NOT_GIVEN = /^(?:total|sub-?total|retained|unallocated|balance|contingency|reserve|held|central|admin)/i;

/** The part rows of money tables introduced as given to parties, each with its last column's figure. */
export function tableRecipients(tables: readonly Table[], lines: readonly Line[]): Recipient[] {
  return tables.flatMap((t) => {
    const head = t.headerLines[0]?.index ?? 0;
    const before = lines.slice(Math.max(0, head - 6), head).map((l) => l.text).join(' ');
    if (!/\b(?:given|granted|allocated|awarded|paid|distributed)\s+(?:in\s+grants?\s+)?to\b|\b(?:grants?|allocations?)\s+to\b/i.test(before)) return [];
    const col = t.columns.length - 1 - (t.totalColumn === t.columns.length - 1 ? 1 : 0);
    const parts = t.rows.filter((r) => !r.isTotal && !NOT_GIVEN.test(r.label) && /^\p{Lu}/u.test(r.label) && r.cells.get(col) && r.cells.get(col)!.value > 0);
    return parts.length >= 2 ? parts.map((r) => ({ name: cleanName(r.label), amount: r.cells.get(col)!.value, role: 'grantee' as const, page: r.line.page, text: clean(r.line.text) })) : [];
  });
}

/** A sum not yet known: "TBA", "to be advised". */
const TO_BE_ADVISED = /\b(?:TBA|TBC|to\s+be\s+(?:advised|confirmed))\s*$/i;

/**
 * The parties of a column of plain pounds under a payments or grants lead-in ("To approve the following payments:" over
 * "K & P Services (Handyman – January) | 120.00", "Bolingbroke Deanery (June magazine) | TBA"): each row's name, what it is for
 * in brackets left off, with its sum (null when still to be advised); rows for `excluded` kinds of payment (salaries, expenses) left out.
 */
export function columnPayees(tables: readonly Table[], excluded: RegExp): Recipient[] {
  return tables.flatMap((t) => {
    if (!t.leadIn || !/\b(?:payments?|grants?|awards?|donations?|accounts?|invoices?|cheques?|allocations?)\b/i.test(t.intro ?? '')) return [];
    const named = (label: string) => clean(label).replace(/\s*\([^()]*\)\s*$/, '').trim();
    const rows = t.rows.filter((r) => !r.isTotal).map((r) => ({ name: named(r.label), amount: r.cells.get(0)!.value as number | null, line: r.line }));
    const pending = t.dropped.filter((d) => TO_BE_ADVISED.test(d.line.text)).map((d) => ({ name: named(d.line.text.replace(TO_BE_ADVISED, '')), amount: null, line: d.line }));
    return [...rows, ...pending]
      // (A row OCR could not read whole, "Anglian Water ... al) Ltd I oo 7 - “10", names no one.)
      .filter((r) => /^\p{Lu}/u.test(r.name) && !excluded.test(r.name) && !/["“”|]|\s(?:oo|[-–])\s/.test(r.name))
      .map((r): Recipient => ({ name: cleanName(r.name), amount: r.amount, role: roleOf(`${t.intro} ${r.name}`), page: r.line.page, text: clean(r.line.text) }));
  });
}

/** A field that states the sum a party gets ("Loan", "Grant awarded", "Amount"). */
const SUM_LABEL = /^(?:loan|grant|award|allocation|amount|value|sum|funding)(?:\s+(?:amount|awarded|approved|value|sum))?$/i;

const APPLICANT = /^(?:applicant|organi[sz]ation|recipient|grantee|supplier|contractor|provider|borrower)(?:\s+name)?$/i;
/** A table's column heading ("Recommendation", "Amount Requested", "Award 2022/23"), not a party's name. */
const COLUMN_HEADING = /^(?:recommendations?|amounts?|awards?|awarded|purpose|project|grants?|decision|status|requested|total|sum|value|ref(?:erence)?|no\.?)(?:\s+(?:requested|awarded|recommended|\d{4}(?:\/\d{2,4})?))?$/i;

/** A field that names the party a contract goes to ("Name of Contractor", "Successful supplier"): a recipient whether or not a sum follows. */
const SUPPLIER = /^(?:name\s+of\s+(?:the\s+)?(?:(?:successful|preferred|appointed|selected)\s+)?(?:contractor|supplier|provider|bidder|tenderer)|(?:successful|preferred|appointed|selected)\s+(?:supplier|contractor|bidder|tenderer|provider)|(?:supplier|contractor|provider)(?:\s+name)?)$/i;

/** Parties named by an "Applicant:" label whose block goes on to award them a sum (a refused or rejected one receives nothing). */
export function labelledApplicants(form: Form, lines: readonly Line[]): Recipient[] {
  // "Applicant | Recommendation" over a table's rows: a column heading beside the label is no party.
  const fields = form.fields.filter((f) => (APPLICANT.test(f.label) || SUPPLIER.test(f.label)) && f.value && /^\p{Lu}/u.test(f.value) && !COLUMN_HEADING.test(f.value));
  return fields.flatMap((f, k): Recipient[] => {
    // "Borrower | Scheme | Loan" over "X Ltd | ... | £2.154m": the sum in a field beside it, on the same row of labels.
    const beside = form.fields.find((g) => g !== f && g.labelCell.line.index === f.labelCell.line.index && SUM_LABEL.test(g.label) && findMoney(g.value).length === 1);
    if (beside) return [{ name: cleanName(f.value), amount: findMoney(beside.value)[0]!.value, role: roleOf(`${f.label} ${beside.label}`), page: f.labelCell.line.page, text: clean(`${f.label}: ${f.value} · ${beside.label}: ${beside.value}`) }];
    const from = f.labelCell.line.index + 1;
    const to = k + 1 < fields.length ? fields[k + 1]!.labelCell.line.index : Math.min(lines.length, from + 12);
    const decided = lines.slice(from, Math.min(to, from + 12)).find((l) => /\b(?:award|grant|approv|agree|allocation|loan)\w*\b/i.test(l.text) && /£\s?\d/.test(l.text));
    // "Name of Contractor | WhistlUk Limited" with no sum awarded below it: the supplier, with the form's "Contract Value" where it states one.
    if (!decided && SUPPLIER.test(f.label) && !/\s[-–—]\s|\d/.test(f.value)) {
      const value = findField(form, VALUE_FIELD, (v) => findMoney(v).length === 1);
      const text = clean(`${f.label}: ${f.value}${value ? ` · ${value.label}: ${value.value}` : ''}`);
      return [{ name: cleanName(f.value), amount: value ? findMoney(value.value)[0]!.value : null, role: 'supplier' as const, page: f.labelCell.line.page, text }];
    }
    if (!decided || REFUSED.test(decided.text)) return [];
    const money = findMoney(decided.text).find((m) => !m.period);
    return money ? [{ name: cleanName(f.value), amount: money.value, role: roleOf(decided.text), page: decided.page, text: clean(`${f.label}: ${f.value} · ${decided.text}`) }] : [];
  });
}

// "B2) Igniting Hip Hop – request for £1,000 from 2Funcky Arts Ltd": an application, its sum and who made it.
// ("Kirkcolm Bowling club": a group's kind may close its name in lower case.)
const NAME = String.raw`((?:the\s+)?[\p{Lu}\d][\p{L}\d'’&.-]*(?:\s+(?:(?:&|and|of|the|for|in)\s+)*[\p{Lu}\d][\p{L}\d'’&.-]*){0,7}(?:\s+(?:club|group|society|association|trust|committee|council|centre))?)`;
const REQUEST = new RegExp(String.raw`\b(?:request|application|bid)\s+for\s+£\s?[\d,.]+\s+(?:from|by)\s+${NAME}`, 'u');
// "The Trustees considered an application from Campbeltown Grammar School.", "Members gave consideration to the application from X for funding ...".
const CONSIDERED = new RegExp(String.raw`\b(?:considered|consideration\s+to|received)\s+(?:an?|the)\s+application\s+from\s+${NAME}`, 'u');
// "Kirkcolm Bowling club applied for £3000 to upgrade the playing surface and it was agreed to award them £3000.": the applicant named first.
const APPLIED = new RegExp(String.raw`^${NAME}\s+(?:has\s+|have\s+)?applied\s+for\s+(?:£|funding|a\s+grant|any\s+sum)`, 'u');
// "St Mary's Church, Magor requested £1,500 to stop ...", "(1) Llandogo Hall requested £5,200 ...": a schedule's application, its
// applicant first (a place after a comma is part of the name; a name run on to its verb, "Llanarthrequested", is cut before it).
const REQUESTED = /^(?:\(?\d{1,2}[.)]\s+)?((?:the\s+)?[\p{Lu}\d][\p{L}\d'’&.-]*(?:(?:,\s*|\s+)(?:(?:&|and|of|the|for|in)\s+)*[\p{Lu}\d][\p{L}\d'’&.-]*){0,9})\s*requested\s+£\s?\d/u;
const asks = (t: string) => REQUEST.exec(t) ?? CONSIDERED.exec(t) ?? APPLIED.exec(t) ?? REQUESTED.exec(t);
// "Recommendation: £2,500 awarded to ...", "Award: £500" under an application: the sum the schedule gives it ("Recommendation: Nil" none).
const LABELLED_OUTCOME = /^\W*(?:recommendation|recommended(?:\s+award)?|decision|outcome|award(?:ed)?|grant(?:ed)?|amount\s+awarded)\s*[:–-]\s*(£\s?[\d,.]+\s?(?:k|m)?|nil|none|refused|declined|rejected|deferred|not\s+supported)\b/i;
// "AGREED: that £750 be awarded from the Ward Community Budget": the minute's decision on it;
// "The Trustees agreed to award £1280.", "... agreed to award the group £3,000.00.": the applicant is who it awards.
// "... it was agreed to award them £600.", "It was also agreed to give the Pupil Council £500 towards ...": the applicant, by a pronoun or its name.
const AWARDED = /\b(?:agreed|resolved|approved|decided)\b[^.]*?(£\s?[\d,.]+\s?(?:k|m)?)[^.]*?\b(?:be|is|was|being)\s+(?:awarded|granted|approved|allocated|given)|\b(?:agreed|resolved|decided)\s+to\s+(?:award|grant|allocate)\s+(?:(?:the|this)\s+(?:group|organi[sz]ation|applicant|club|charity)\s+)?(?:a\s+(?:grant|sum|award)\s+of\s+)?(£\s?[\d,.]+\s?(?:k|m)?)(?:\s+to\s+(?:the|this)\s+(?:group|organi[sz]ation|applicant|club|charity))?\s*[.;,]?\s*$|\b(?:agreed|resolved|decided)\s+to\s+(?:award|give|grant)\s+(?:them|it|(?:the|this)\s+(?:[A-Z][\w'’-]*\s+){1,4})\s*(?:the\s+)?(£\s?[\d,.]+\s?(?:k|m)?)/i;

/** The sum a minute's words award, whichever of AWARDED's wordings holds it. */
function awardedSum(text: string) {
  const m = AWARDED.exec(text);
  return m ? findMoney(m[1] ?? m[2] ?? m[3]!)[0] : undefined;
}

/** The text of line `i` and the lines its sentence runs on to (up to a full stop, a break, or four lines). */
function sentenceFrom(lines: readonly Line[], i: number): string {
  const taken = [lines[i]!];
  for (let k = i + 1; k < lines.length && taken.length < 4 && !/\.\s*$/.test(taken[taken.length - 1]!.text) && !lines[k]!.breakBefore; k++) taken.push(lines[k]!);
  return clean(taken.map((l) => l.text).join(' ')).replace(/(?<=[a-z]\.)\s.*$/, '');
}

/** Applications listed in minutes ("request for £X from Y", "considered an application from Y"), each followed by the minute deciding it: Y receives what the minute awards (a deferred or refused one nothing). */
export function minutedApplications(lines: readonly Line[]): Recipient[] {
  const out: Recipient[] = [];
  for (const [i, line] of lines.entries()) {
    const asked = asks(clean(line.text));
    if (!asked) continue;
    // The decision is in the application's own sentence ("... applied for £3000 ... and it was agreed to award them £3000."), else
    // the next minute line that decides, before the next application.
    const own = sentenceFrom(lines, i).slice(asked.index + asked[0].length);
    const sum = /\b(?:agreed|resolved|decided)\b/i.test(own) && !REFUSED.test(own) ? awardedSum(own) : undefined;
    if (sum) {
      out.push({ name: cleanName(asked[1]!), amount: sum.value, role: 'grantee', page: line.page, text: clean(`${line.text} ${own}`).slice(0, 300) });
      continue;
    }
    for (let k = i + 1; k < Math.min(lines.length, i + 10); k++) {
      const next = lines[k]!;
      const t = clean(next.text);
      if (asks(t)) break;
      const labelled = LABELLED_OUTCOME.exec(t);
      if (labelled) {
        const sum = /£/.test(labelled[1]!) ? findMoney(labelled[1]!)[0] : undefined;
        if (sum) out.push({ name: cleanName(asked[1]!), amount: sum.value, role: 'grantee', page: next.page, text: `${clean(line.text)} · ${t}` });
        break;
      }
      if (!/\b(?:agreed|resolved|approved|decided)\b/i.test(t)) continue;
      const money = REFUSED.test(t) || /\bdefer/i.test(t) ? undefined : awardedSum(t);
      if (money) out.push({ name: cleanName(asked[1]!), amount: money.value, role: 'grantee', page: next.page, text: `${clean(line.text)} · ${t}` });
      // (A decision of another kind first, "It was agreed the KCC would purchase ... It was also agreed to give the Pupil Council
      // £500": the paragraph goes on to its award.)
      if (money || !lines[k + 1] || lines[k + 1]!.breakBefore) break;
    }
  }
  return out;
}
