import { describe, expect, it } from 'vitest';
import type { Line } from '../src/layout/doc-lines.ts';
import { listingEntry } from '../src/layout/listing-entry.ts';

// Lines as the layout reader gives them: text, a paragraph break before, how far right the line runs.
const lines = (...rows: [string, boolean?, number?][]): Line[] =>
  rows.map(([text, breakBefore = false, rightEdge = 0.5], index) => ({ index, page: 1, text, start: 0, breakBefore, pageStart: index === 0, rightEdge, leftEdge: 0.1 }) as Line);

describe('decisions-list entries and decision pages', () => {
  it('reads a dated entry wrapped over two lines: title without its date, status or ref, and the list reference', () => {
    const head = lines(['Lambeth Council', true], ['Decisions by Individual Cabinet Members, Cabinet and Committees', true], ['06/04/2020 - Payment for Services Provided by SBEG under London Eye S106 Agreement', false, 0.9], ['2019/20 Q1 and 2 ref: 6569 Recommendations Approved'], ['Decision Maker: Strategic Director: Resident Services']);
    expect(listingEntry(head)).toMatchObject({ title: 'Payment for Services Provided by SBEG under London Eye S106 Agreement 2019/20 Q1 and 2', reference: '6569' });
  });

  it('keeps a wrapped title whose second line reads like a label ("Programme ref: 776")', () => {
    const head = lines(['Decisions published', true], ['15/06/2023 - Funding Contributions for Delivery of the Community Safety Work', true, 0.9], ['Programme ref: 776'], ['Recommendations Approved'], ['Decision Maker:\tCabinet Member', true]);
    expect(listingEntry(head)).toMatchObject({ title: 'Funding Contributions for Delivery of the Community Safety Work Programme', reference: '776' });
  });

  it('takes the line under a "Decision details" heading (no full stop), but not the label grid below it', () => {
    const head = lines(['Dacorum Borough Council', true], ['Decision details', true], ['To award a contract for the Window Replacements and Associated Works at Rossgate Shopping', false, 0.92], ['Precinct.'], ['Decision Maker: Chief Finance Officer (S151)'], ['Decision status: Recommendations Approved']);
    expect(listingEntry(head)).toMatchObject({ title: 'To award a contract for the Window Replacements and Associated Works at Rossgate Shopping Precinct', reference: null });
    const grid = lines(['Decision details', true], ['Investment Committee Papers', true, 0.4], ['Decision Maker\tDecision status'], ['Combined Authority Board\tRecommendations Approved']);
    expect(listingEntry(grid)?.title).toBe('Investment Committee Papers');
  });

  it('passes over the body\'s banner under the heading, but takes no label grid for a title after it', () => {
    const head = lines(['Issue details', true], ['South Northway District Council', true], ['Community Chest Funding Applications', true, 0.45], ['On 24 September 2021 the Grants Advisory Committee reviewed all applications.', true]);
    expect(listingEntry(head)?.title).toBe('Community Chest Funding Applications');
    const grid = lines(['Decision details', true], ['Northway Town Council', true], ['Decision Maker\tPolicy, Governance & Finance'], ['Decision status\tRecommendations Approved']);
    expect(listingEntry(grid)?.title ?? '').not.toMatch(/Decision Maker/);
  });

  it('finds nothing on a form without an entry or a details heading', () => {
    expect(listingEntry(lines(['DECISION RECORD', true], ['Title: Community grants', true], ['Reference: 24/00108']))).toBeNull();
  });
});

describe('a decisions-list entry under its title', () => {
  it('gives the reference of "23/04/2024 - ref: 632 - Recommendations Approved" and no title of its own', () => {
    const head = lines(['West of England Combined Authority', true], ['Skills Bootcamp Growth W4 and Carry Over Contracts W5', true], ['23/04/2024 - ref: 632 - Recommendations Approved', true], ['Decision Maker: Strategic Director']);
    expect(listingEntry(head)).toMatchObject({ title: '', reference: '632' });
  });
});

describe('an entry whose "ref:" a scan read without its colon', () => {
  it('still reads the reference and the title ("ref 7008", "ref. 7008")', () => {
    for (const ref of ['ref 7008', 'ref. 7008', 'ref; 7008']) {
      const head = lines(['Decisions published', true], ['Northway Council', true], [`17/04/2021 - Hybrid Mail ${ref} — Recommendations Approved`, true], ['Hybrid Mail']);
      expect(listingEntry(head)).toMatchObject({ title: 'Hybrid Mail', reference: '7008' });
    }
  });
});

describe('an issue\'s decision entry under its heading', () => {
  it('reads "22/07/2025 - <the heading again>" as the decision\'s entry, with no list reference', () => {
    const head = lines(['Northway Council', true], ['Issue - decisions', true], ['Ross Enterprise Park Phase 1; Construction Phase', true], ['22/07/2025 - Ross Enterprise Park Phase 1; Construction Phase', true], ['a) To approve expenditure of up to £7.229 million for construction works.', true]);
    expect(listingEntry(head)).toMatchObject({ title: 'Ross Enterprise Park Phase 1; Construction Phase', reference: null });
  });
  it('takes no entry from a dated line that names something else', () => {
    const head = lines(['Northway Council', true], ['Issue - decisions', true], ['Ross Enterprise Park', true], ['22/07/2025 - Cabinet', true]);
    expect(listingEntry(head)).toBeNull();
  });
});
