import { locate, type Line } from '../../layout/doc-lines.ts';
import { readMarker } from '../../layout/list-markers.ts';
import { headingKind } from '../../layout/segment.ts';
import { createRequire } from 'node:module';
import { DECISION_PAPERS, defineCheck } from '../define-check.ts';

// compromise (~0.2 s of CPU to load) is loaded when a passage first ends on a dangling cue: most runs never need it.
const require = createRequire(import.meta.url);
let nlpModule: typeof import('compromise').default | undefined;
const nlp = (text: string) => (nlpModule ??= require('compromise') as typeof import('compromise').default)(text);

// A sentence about money that stops where its figure should be: "... the shortfall for this project is".
const DANGLING = /\b(?:is|are|was|were|of|at|totals?|totalling|costing|approximately|circa|around|estimated at|valued at|amounts? to|comes? to)\s*£?\s*$/i; // a colon introduces a list: not a missing figure
const MONEY_CUE = /\b(?:cost|costs|budget|shortfall|funding|saving|savings|spend|value|price|sum|amount|total|fee|fees|contract|investment|overspend|underspend|grant|allocation)\b/i;

/** Does the passage a line belongs to end at this line? (a break, a heading, a new list item, or the end). */
function endsPassage(line: Line, next: Line | undefined): boolean {
  if (!next) return true;
  if (next.pageStart && /^[a-z]/.test(next.text.trim())) return false; // the sentence runs on to the next page
  return next.breakBefore || headingKind(next, line) !== null || readMarker(next.text, null) !== null;
}

export const missingFigure = defineCheck({
  id: 'missing-figure',
  severity: 'warning',
  description: 'a sentence or list item about money that ends where its figure should be',
  appliesTo: DECISION_PAPERS,
  check({ ctx }) {
    const lines = ctx.doc.lines;
    const flags = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!endsPassage(line, lines[i + 1])) continue;
      let sentence = line.text.trim();
      // Walk back to the start of the sentence (within the passage).
      for (let j = i - 1; j >= 0 && !/[.!?]\s/.test(sentence) && !lines[j + 1]!.breakBefore && i - j < 6; j--) sentence = `${lines[j]!.text.trim()} ${sentence}`;
      // compromise splits sentences properly (abbreviations such as "approx." and "p.a." do not end one).
      // The last sentence ends where the passage ends: test the cheap condition before compromise splits it.
      if (!DANGLING.test(sentence)) continue;
      // Only a passage with a full stop inside can hold more than one sentence.
      if (/[.!?]\s/.test(sentence)) sentence = (nlp(sentence).sentences().out('array') as string[]).pop() ?? sentence;
      if (!DANGLING.test(sentence) || !MONEY_CUE.test(sentence) || sentence.split(/\s+/).length < 4) continue;
      flags.push({
        message: `Expected a figure after "${sentence.slice(-60)}", found the sentence ends there`,
        explanation: `the sentence on page ${line.page} is about money ("${MONEY_CUE.exec(sentence)![0]}") and ends with "${DANGLING.exec(sentence)![0].trim()}", a word that leads to a figure, but the passage ends there with no £ figure`,
        evidence: [{ ...locate(ctx.doc, line), text: sentence }],
      });
    }
    return flags;
  },
  examples: {
    ok: [['Financial Comments\nThe shortfall for this project is £40,000 and will be met from reserves.\n\nLegal Comments\nNone.']],
    notOk: [
      ['Financial Comments\nThe cost of the first phase is known. The shortfall for this project is\n\nLegal Comments\nNone.'],
      ['Recommendations\nThe Deputy Mayor is asked to:\n1. Approve the contract, the total cost of which is\n2. Note the risks.'],
    ],
  },
});
