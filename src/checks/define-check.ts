import type { Extracted, Flag } from '../record/index.ts';
import type { ExtractContext } from '../layout/context.ts';

/** What a check reads: the extracted record and the document it came from. */
export interface CheckInput {
  record: Readonly<Extracted>;
  ctx: ExtractContext;
}

/** A page of example text for a check's own tests (laid out on a fixed grid so tables keep their columns). */
export type ExamplePage = string;

/** What a check reports: the flag without its code and severity (the check's own); `explanation` defaults to the message. */
export type Finding = Omit<Flag, 'code' | 'severity' | 'explanation'> & { explanation?: string };

/** A consistency rule, written like a lint rule: an id (the flag code), a severity, the check, and examples. */
export interface Check {
  id: string;
  severity: Flag['severity'];
  /** One line saying what the rule looks for. */
  description: string;
  check(input: CheckInput): Finding[];
  /** Documents (as pages of text) that must raise no flag of this rule, and ones that must raise it. */
  examples: { ok: ExamplePage[][]; notOk: ExamplePage[][] };
}

export const defineCheck = (c: Check): Check => c;

/** " (OCR confidence 0.72)" for values read by OCR, "" for text-layer values. */
export const ocrNote = (confidence: number | null | undefined) => (confidence === null || confidence === undefined ? '' : ` (OCR confidence ${confidence.toFixed(2)})`);
