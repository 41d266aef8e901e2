import { z } from 'zod';

/**
 * Which reader named a recipient: a list of sums under a lead-in that gives them (`sums-list`), a table whose headings name parties
 * and sums (`party-table`), a money table a passage gives to its rows (`money-table`), a payments column (`payee-column`), an
 * application's labelled field (`applicant-field`), minutes of applications (`minuted-application`), a decision item's sentence
 * (`decision-sentence`) or another sentence (`sentence`), a sentence that lists parties (`listing-sentence`), a marked list
 * (`marked-list`, `allocation-item`, `contracted-provider`), a decision item per party (`item-party`); or, where none of those named
 * anyone, a fallback reading the decision's items (`sole-organisation`, `act-party`, `item-heading`, `title-applicant`, `title-party`).
 */
export const RecipientReader = z.enum(['sums-list', 'party-table', 'money-table', 'payee-column', 'applicant-field', 'minuted-application', 'decision-sentence', 'sentence', 'listing-sentence', 'marked-list', 'allocation-item', 'contracted-provider', 'item-party', 'sole-organisation', 'act-party', 'item-heading', 'title-applicant', 'title-party']);
export type RecipientReader = z.infer<typeof RecipientReader>;

/** Who receives money under a decision, as named in it. */
export const Recipient = z.object({
  name: z.string(),
  /** Pounds for that recipient when stated, else null. */
  amount: z.number().nullable(),
  role: z.enum(['supplier', 'grantee', 'partner', 'other']),
  page: z.number().int(),
  /** The phrase it was read from. */
  text: z.string(),
  /** Which reader named it (absent on records extracted before readers were recorded). */
  how: RecipientReader.optional(),
});
export type Recipient = z.infer<typeof Recipient>;

export const LinkKind = z.enum(['cites', 'report-for', 'assessment-for', 'record-of', 'minutes-of', 'appendix-of', 'call-in-of']);

/** Another paper this one cites or belongs with; `sha256` is filled once it resolves to a stored document. */
export const Link = z.object({ kind: LinkKind, ref: z.string(), sha256: z.string().nullable() });
export type Link = z.infer<typeof Link>;
