import { z } from 'zod';

/** Who receives money under a decision, as named in it. */
export const Recipient = z.object({
  name: z.string(),
  /** Pounds for that recipient when stated, else null. */
  amount: z.number().nullable(),
  role: z.enum(['supplier', 'grantee', 'partner', 'other']),
  page: z.number().int(),
  /** The phrase it was read from. */
  text: z.string(),
  /** Which reader named it (a list of sums, a table, a sentence, a fallback ...): see `RecipientReader`. */
  how: z.string().optional(),
});
export type Recipient = z.infer<typeof Recipient>;

export const LinkKind = z.enum(['cites', 'report-for', 'assessment-for', 'record-of', 'minutes-of', 'appendix-of', 'call-in-of']);

/** Another paper this one cites or belongs with; `sha256` is filled once it resolves to a stored document. */
export const Link = z.object({ kind: LinkKind, ref: z.string(), sha256: z.string().nullable() });
export type Link = z.infer<typeof Link>;
