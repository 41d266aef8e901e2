// Decisions minuted as one agreement in prose: the sentence is kept from its start ("It was agreed to ...", "The Sub-Committee
// agreed to ..."), as the labelled minutes of sets 189-238 print them; a "RESOLVED" label is still left off.
import { describe, expect, it } from 'vitest';
import { textPage } from '../src/checks/text-page.ts';
import { extractFromPages as analyse } from '../src/pipeline/extract-from-pages.ts';

const recs = (text: string) => analyse([textPage(1, text)]).extracted.recommendations.map((r) => r.text);

describe('one agreement told in prose', () => {
  it('keeps "It was agreed" as printed', () => {
    const text = 'Eastbridge Community Council\nMinutes of the meeting held on 16 September 2024\n\nM/75 To review training plan\n\nThe clerk reported that a trainer had given a final quote of £792.00 for a course. It was agreed to cover the extra cost and organise a date early next year.';
    expect(recs(text)).toEqual(['It was agreed to cover the extra cost and organise a date early next year.']);
  });
  it('keeps the body that agreed, from the start of its sentence', () => {
    const text = 'Northway Council\nRoads Sub-Committee\n\nArbroath High Street Improvements\n\nThe tenders received were reported. The Sub-Committee agreed to accept the lowest tender, from Torith Ltd, in the sum of £41,250.';
    expect(recs(text)).toEqual(['The Sub-Committee agreed to accept the lowest tender, from Torith Ltd, in the sum of £41,250.']);
  });
  it('still leaves out a resolution\'s label', () => {
    const text = 'Northway Town Council\nMinutes\n\nToilets\n\nFollowing discussion it was resolved to fund the year round opening of the toilets.';
    expect(recs(text)).toEqual(['to fund the year round opening of the toilets.']);
  });
  it('is not an agreement still to be made ("may be agreed to")', () => {
    const text = 'Northway County Council\nReserves Policy\n\nUse of reserves\n\nThe short term use of reserves may be agreed to provide time to plan for a sustainable funding solution in the following year.';
    expect(recs(text)).toEqual([]);
  });
});

describe("a minute's run-in label", () => {
  it('is left off a decision told in a sentence of its own, and kept before a bare "Agreed"', () => {
    const text = 'Eastby Parish Council\nMinutes of the meeting held on Thursday 3rd April 2025\n\n9) FINANCE - Precept of £12,000 received\na) Insurance - It was agreed by the councillors to take the 3-year fixed price offer at a\ncost of £270 per year\nb) Grass cutting - Mr Williams bill for £180.00 was agreed\nc) Audit costs - It was agreed that Mr Brooks would be paid £285 to carry out the audit.\nd) Eastby Youth Club - Agreed to provide a donation of £30.00.';
    expect(recs(text)).toEqual([
      'It was agreed by the councillors to take the 3-year fixed price offer at a cost of £270 per year',
      'Mr Williams bill for £180.00 was agreed',
      'It was agreed that Mr Brooks would be paid £285 to carry out the audit.',
      'Eastby Youth Club - Agreed to provide a donation of £30.00.',
    ]);
  });
});

describe('resolutions whose bullets were drawn as graphics', () => {
  it('start again at the same kind of lower-case verb after a line that stopped short', () => {
    const text = 'Eastby Town Council\nFinance Committee\n\nCOMMUNITY GRANT AWARDS\n\nIt was RESOLVED to:\n\naward a grant in kind to 1st Eastby Scouts up to a value of £1,500 by purchasing hand dryers, toilets and wash\nbasins for the new Scout Hut\naward a grant in kind to Crosstown Community Orchard up to a value of £1,500 by purchasing a bench\nand a sign for the orchard\nrefuse the grant application from Cycle Eastby but to reconsider the application should the Environment\nCommittee determine not to deliver the project directly';
    expect(recs(text).map((r) => r.slice(0, 35))).toEqual(['award a grant in kind to 1st Eastby', 'award a grant in kind to Crosstown ', 'refuse the grant application from C']);
  });
});

describe('a report that recommends in sentences of their own', () => {
  it('has each "It is recommended to award ..." sentence as one recommendation', () => {
    const text = 'WESTBY COUNCIL\nWestby Common Good Fund Committee – 11 May 2010\nReport by Head of Finance\nThe Committee is requested to consider the undernoted applications for financial assistance.\n\na) Westby Girls Choir\nAn application has been received from a 14 year old pupil. The fees are £385. This application qualifies for a grant of £100.\nIt is recommended to award a Westby pupil £100.\nb) Westby Academy Rugby Club\nThe group are seeking £1,000 from this Committee.\nIt is recommended to award the Westby Academy Rugby Club £1,000.';
    expect(recs(text)).toEqual(['It is recommended to award a Westby pupil £100.', 'It is recommended to award the Westby Academy Rugby Club £1,000.']);
  });
});

describe("a minute's verb in capitals opening its line", () => {
  it('records the decision it opens ("AGREED a grant of £646.32 ...")', () => {
    const text = 'Westby Borough Council\nAgenda item\nMembers received a report of the Corporate Director which detailed the applications received for Small Community Grants.\nMembers subsequently agreed which applications met the Council’s priorities, and if so how much they would each receive:\n11th Westby Guides\nAn application had been received for the amount of £646.32 towards the rental of a garage.\nMembers considered it to be a good application.\nAGREED a grant of £646.32 (subject to the understanding that the organisation would evidence its fundraising).';
    expect(recs(text)[0]).toMatch(/^AGREED a grant of £646\.32/);
  });
});

describe("a meeting's note of who came and its last minutes", () => {
  it('are no decisions where the meeting decided more', () => {
    const text = 'Westby Parish Council\nMinutes of the meeting held on 13 April 2015\n\nIt was resolved:\n1. to note apologies from Cllr Stier, T Clegg and J Walsh;\n2. to approve the minutes of the last meeting held on 9 March 2015;\n3. to note that the Parish Council will act as lead applicant for the drainage grant;\n4. that the Clerk will ask the grounds man to mark out the pitch.';
    expect(recs(text).map((t) => t.slice(0, 20))).toEqual(['to note that the Par', 'that the Clerk will ']);
  });
});

describe('a resolution whose parts are marked after its "That"', () => {
  it('is read as its parts ("RESOLVED, subject to ...," / "That (i) core funding ...;" / "(ii) funding ...")', () => {
    const text = 'Westby Borough Council\nExecutive\n\nRESOLVED, subject to the outcome of the Council’s budgetary process,\nThat (i) core funding of £218,000 be awarded from the Community Grants Budget to continue to\nsupport the core service of Citizens’ Advice Westby;\n(ii) funding of £10,000 be awarded from the Community Grants Budget towards the costs of the\nCounty Court Help Desk; and\n(iii) the Council continues to cover the service charge for the accommodation.\n\nReason: To enable the organisation to provide its services to Westby residents.';
    expect(recs(text).map((t) => t.slice(0, 20))).toEqual(['core funding of £218', 'funding of £10,000 b', 'the Council continue']);
  });
});

describe('a lead-in closed on a semicolon by mistake', () => {
  it('still leads in ("The DMPC is asked to;")', () => {
    const text = 'MOPAC\nDMPC Decision – PCD 424\n\nRecommendation\nThe DMPC is asked to;\nApprove the award of a contract to Eastby Motor Company Ltd for £436,260.\nApprove the award of a contract to Westby Motors Ltd for £330,272.';
    expect(recs(text).map((t) => t.slice(0, 30))).toEqual(['Approve the award of a contrac', 'Approve the award of a contrac']);
  });
});
