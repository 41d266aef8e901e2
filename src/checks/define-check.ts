import type { DocumentType, Extracted, Flag } from '../record/index.ts';
import type { ExtractContext } from '../layout/context.ts';

/** What a check reads: the extracted record and the document it came from. */
export interface CheckInput {
  record: Readonly<Extracted>;
  ctx: ExtractContext;
}

/** A page of example text for a check's own tests (laid out on a fixed grid so tables keep their columns). */
export type ExamplePage = string;

/**
 * What a check reports: the flag without its code and severity (the check's own). `explanation` says which
 * rows or phrases were used and the arithmetic or comparison done; each evidence quote carries its `box`.
 */
export type Finding = Omit<Flag, 'code' | 'severity'>;

/** A consistency rule, written like a lint rule: an id (the flag code), a severity, the check, and examples. */
export interface Check {
  id: string;
  severity: Flag['severity'];
  /** One line saying what the rule looks for. */
  description: string;
  /** The document types the rule runs on; a record whose type is not known (null) is checked by every rule. */
  appliesTo: readonly DocumentType[];
  check(input: CheckInput): Finding[];
  /** Documents (as pages of text) that must raise no flag of this rule, and ones that must raise it. */
  examples: { ok: ExamplePage[][]; notOk: ExamplePage[][] };
}

export const defineCheck = (c: Check): Check => c;

/** Every document type: for rules that hold whatever the paper is. */
export const ALL_TYPES: readonly DocumentType[] = ['decision', 'report', 'minutes', 'agenda', 'assessment', 'financial', 'other'];

/** Papers that carry a decision or a recommendation to one, with a summary, recommendations and a body. */
export const DECISION_PAPERS: readonly DocumentType[] = ['decision', 'report'];

/** Whether a check runs on a record of this type (an unknown type runs every check). */
export const appliesTo = (c: Pick<Check, 'appliesTo'>, type: DocumentType | null | undefined) => !type || c.appliesTo.includes(type);

/** " (OCR confidence 0.72)" for values read by OCR, "" for text-layer values. */
export const ocrNote = (confidence: number | null | undefined) => (confidence === null || confidence === undefined ? '' : ` (OCR confidence ${confidence.toFixed(2)})`);

/** A figure in pounds for an explanation: thousands separated, up to two decimals. */
export const num = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 2 });
