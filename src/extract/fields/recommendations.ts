import type { Recommendation } from '../../record/index.ts';
import { locate } from '../../layout/doc-lines.ts';
import type { ExtractContext } from '../../layout/context.ts';
import { defineExtractor } from '../define-extractor.ts';
import { itemText } from '../../layout/list-items.ts';
import { recommendationLists } from '../../layout/recommendation-lists.ts';

/** The recommendations put to the decision maker: the cleanest list found (the form's when it reads whole). */
export const recommendations = defineExtractor({
  field: 'recommendations',
  extract(ctx) {
    const lists = recommendationLists(ctx);
    const best = lists.reduce<(typeof lists)[number] | null>((b, l) => (!b || l.quality > b.quality + 1e-9 ? l : b), null);
    return (best?.items ?? []).map((item, k): Recommendation => {
      const first = item.lines[0]!;
      return { index: k + 1, text: itemText(item), ...locate(ctx.doc, first), ...(best!.inferred ? { inferred: true as const } : {}) };
    });
  },
});
