import { describe, expect, it } from 'vitest';
import { textPage } from '../src/checks/text-page.ts';
import { extractFromPages } from '../src/pipeline/extract-from-pages.ts';

const recipientsOf = (...pages: string[]) => extractFromPages(pages.map((t, i) => textPage(i + 1, t))).extracted.recipients.map((r) => [r.name, r.amount, r.role]);

describe('recipients: who gets the money, as named', () => {
  it('reads a supplier and its contract value from one sentence', () => {
    expect(recipientsOf('Recommendation\nThe DMPC is asked to approve the award of a direct call off contract to Vodafone, worth £2.025m, for mobile voice and data.')).toEqual([['Vodafone', 2025000, 'supplier']]);
  });

  it('reads two grantees from one sentence, each with its own sum', () => {
    expect(recipientsOf('Recommendation\n1. Approve a grant of £20,000 to LB Enfield and £20,000 to LB Haringey.')).toEqual([
      ['LB Enfield', 20000, 'grantee'],
      ['LB Haringey', 20000, 'grantee'],
    ]);
  });

  it('totals counted grants from figures in the same sentence', () => {
    expect(recipientsOf('Recommendation\n1. Approve 3 grants to the value of £30,000 each to Safer Business Network.')).toEqual([['Safer Business Network', 90000, 'grantee']]);
  });

  it('reads an allocation list under a lead-in', () => {
    const page = 'Summary\nThe funding will be awarded as below:\nHarbour Support Service - £60,000\nFoundation UK - £30,000\nMy Sisters Place - £30,000\n\nFurther text follows here.';
    expect(recipientsOf(page)).toEqual([
      ['Harbour Support Service', 60000, 'grantee'],
      ['Foundation UK', 30000, 'grantee'],
      ['My Sisters Place', 30000, 'grantee'],
    ]);
  });

  it('names no one for an unnamed party, and invents no sum', () => {
    expect(recipientsOf('Recommendation\n1. Approve the award of a contract to the recommended supplier, worth £400,000.')).toEqual([]);
    expect(recipientsOf('Recommendation\n1. Approve a budget of £1.2m for the programme.')).toEqual([]);
  });
});
