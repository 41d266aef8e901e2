import type { Extracted } from '../record/index.ts';
import type { ExtractContext } from '../layout/context.ts';

/** One field of the record: extractors run in table order and may read the fields extracted before them. */
export interface FieldExtractor<K extends keyof Extracted = keyof Extracted> {
  field: K;
  extract(ctx: ExtractContext, soFar: Readonly<Partial<Extracted>>): Extracted[K];
}

export const defineExtractor = <K extends keyof Extracted>(e: FieldExtractor<K>) => e;
