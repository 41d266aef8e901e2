// Shapes of a decision's list that no heading or marker states outright: a resolution's clauses each opening "that", paragraphs
// that call themselves recommendations, a numbered lead-in over items whose bullets a text layer left out, a maker's label that
// leads in to nothing, a form's title or header line printed again, a decision whose sentence runs on into its items, and a
// delegation's scope.
import { describe, expect, it } from 'vitest';
import { textPage } from '../src/checks/text-page.ts';
import { extractFromPages as analyse } from '../src/pipeline/extract-from-pages.ts';
import { laidOutRecord, row } from './laid-out.ts';
import { realPages } from './helpers.ts';

/** A row that opens a paragraph: a blank line before it, as the text layer gives a wider gap. */
const para = (r: ReturnType<typeof row>) => r.map((w, k) => (k === 0 ? { ...w, sep: '\n\n' as const } : w)) as unknown as ReturnType<typeof row>;

const recs = (text: string) => analyse([textPage(1, text)]).extracted.recommendations.map((r) => r.text.slice(0, 24));

describe('list shapes', () => {
  it('reads a resolution\'s lettered clauses that each open on "that", whatever their verb', () => {
    const text = 'Northvale County Council\nIssue - decisions\n12/05/2024 - Footway Capital Programme 2024/25\n(a) that the progress on the 2023/24 footway programme as detailed in Appendix A is noted;\n(b) that the footway programme for 2024/25 as set out in Appendix B is approved;\n(c) that the capital programme is increased by £1,250,000, funded by external grants; and\n(d) that detailed allocation of the budget be determined by the Director of Highways.';
    expect(recs(text)).toEqual(['that the progress on the', 'that the footway program', 'that the capital program', 'that detailed allocation']);
  });
  it('reads a bulleted list of decisions under a short lead-in that names no decision ("Cabinet:")', () => {
    const cabinet = 'Northvale Borough Council\nIssue - decisions\nOld Hall Barns and Parks\n\nCabinet:\n• Agreed that £250k be allocated from the Transformation Fund to fund the project\nmanagement and master planning.\n• Delegated authority to the Chief Operating Officer to authorise the submission of\nrelated funding applications to external bodies to a limit of £2m.';
    expect(recs(cabinet)).toEqual(['Agreed that £250k be all', 'Delegated authority to t']);
  });
  it('reads them under "For the PCC to:" on a real commissioner\'s record of decision', async () => {
    const pages = await realPages('holdout253/pdf/westmercia-pcc-2024-13-the-firs-hindlip-sale.digital.pdf');
    expect(pages.map((p) => p.text).join('\n')).toContain('For the PCC to:');
    expect(analyse(pages).extracted.recommendations.map((r) => r.text.slice(0, 24))).toEqual(['Approve the sale of The ', 'Approve the Marketing Ag']);
  });
  it('starts a new item at a bullet set where the last one opened, over its hanging wrapped lines, though the item did not end (a real mayoral decision, both copies)', async () => {
    for (const copy of ['digital', 'scanned']) {
      const pages = await realPages(`holdout259/pdf/gla-md3437-sport-for-social-outcomes-2025-26.${copy}.pdf`);
      expect(pages.map((p) => p.text).join('\n')).toContain('That the Mayor approves:');
      expect(analyse(pages).extracted.recommendations.map((r) => r.text.slice(0, 24))).toEqual(['receipt of an £800,000 r', 'expenditure of up to £80']);
    }
  });
  it('reads on past a table\'s row of headings set under an item, to the items after the table (a real council\'s grants, both copies)', async () => {
    for (const copy of ['digital', 'scanned']) {
      const pages = await realPages(`holdout315/pdf/surreyheath-13994-revenue-grants-2022-24.${copy}.pdf`);
      expect(pages.map((p) => p.text).join('\n')).toMatch(/Organisation\s+Grant/);
      expect(analyse(pages).extracted.recommendations.map((r) => r.text.slice(0, 20))).toEqual(['the following Revenu', 'the other in-kind be', 'all grants be subjec', 'No Revenue Grants to', 'the funds available ', 'the available funds ']);
    }
  });
  it('reads a lettered list on past "h." and "i." to "j." and "k." as items of their own', () => {
    const text = 'Northvale Borough Council\nRecord of decision\nThe Executive RESOLVED:\n' + 'abcdefghijk'.split('').map((l, k) => `${l}. That the report of the working group on area ${k + 1} be noted;`).join('\n');
    const items = recs(text);
    expect(items).toHaveLength(11);
    expect(items.slice(8)).toEqual(['That the report of the w', 'That the report of the w', 'That the report of the w']);
  });
  it('reads each paragraph "That Cabinet approves/considers/reaffirms ..." under a page heading as one decision, a resolution\'s bullets its own parts', () => {
    const text = 'Northshire County Council\nIssue - decisions\nThat Cabinet approves the release of its draft capital budget proposals for 2021/22 for consultation\npurposes.\nThat Cabinet reaffirms the principle that new capital schemes can only be added to the capital\nprogramme if the business case demonstrates that either:\n• they are self-financing\n• they do not compromise the core principles of affordability or prudence\nThat Cabinet specifically approves the use of £1.7m of capital receipts to fund revenue costs associated\nwith service reform.\nThat Cabinet issues its draft capital budget proposals for consultation purposes as set out in Appendix 3.';
    expect(recs(text)).toEqual(['That Cabinet approves th', 'That Cabinet reaffirms t', 'That Cabinet specificall', 'That Cabinet issues its ']);
  });
  it('reads a news item\'s "The Panel has accepted the £5 increase ..." as its decision', () => {
    const text = 'Northshire Police and Crime Panel\nFeb 08 2016\nThe Northshire Police and Crime Panel has accepted the £5 increase to the policing precept\nproposed by the Police and Crime Commissioner.\nThe Panel, that had the power to veto the proposal, accepted the increase after a detailed question and\nanswer session with the Commissioner on 1st February.';
    expect(recs(text)).toEqual(['The Northshire Police an']);
  });
  it('takes no short colon line over items that decide nothing as a lead-in', () => {
    const text = 'Northvale Borough Council\nIssue - decisions\nPark Works\n\nThe works include:\n• new paths around the lake and the bandstand;\n• replacement benches along the river walk.\n\nCabinet agreed that £40,000 be allocated to the park works from the Parks Reserve.';
    expect(recs(text)).toEqual(['Cabinet agreed that £40,']);
  });
  it('reads paragraphs that say they are recommendations, each one an item', () => {
    const text = 'Office of the Police, Fire and Crime Commissioner for Westshire\nDecision Report\n\n2. Recommendations\n\nThe first recommendation to the PFCC is to agree to the sale of the former police house at Mill\nLane for £310,000.\nThe second recommendation to the PFCC is to sign the sales contract held in the papers\nof Section 16.\nThe third recommendation to the PFCC is to seal the transfer.\n\n3. Background to the Proposal\n\nThe property is a former police house.';
    expect(recs(text)).toEqual(['The first recommendation', 'The second recommendatio', 'The third recommendation']);
  });
  it('reads the parts under a numbered lead-in, set in where the text layer left out their bullets (a part ends where the next one\'s first word would have fitted)', () => {
    const rows = [row(0.3, [[11, '2. Recommendations']]), row(0.32, [[11, '2.1. It is recommended that the Commissioner approves:']]), row(0.34, [[16, 'The 2025/26 Revenue Budget and the Medium-Term Financial Strategy covering the period']]), row(0.3567, [[16, '2025/26 to 2029/30 attached at Appendix 1']]), row(0.3734, [[16, 'The Capital Programme for the period attached at Appendix 2 of the report']]), row(0.3901, [[16, 'The Reserves Strategy attached at Appendix 3']]), row(0.44, [[11, '3. Background']])];
    const r = laidOutRecord(textPage(1, 'Office of the Police and Crime Commissioner for Eastshire\nDecision Report'), rows.flat());
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['The 2025/26 Revenue ', 'The Capital Programm', 'The Reserves Strateg']);
  });
  it('takes no lead-in from a form\'s "Decision by:" over its maker, and keeps a scope set in under its item', () => {
    const rows = [
      row(0.15, [[10, 'Reference code:'], [40, 'Date signed:'], [60, 'Date published:']]),
      row(0.1667, [[10, 'PCD 2001']]),
      row(0.1834, [[10, 'Decision by:']]),
      row(0.2001, [[10, 'Jane Doe, Deputy Mayor, Policing and Crime']]),
      para(row(0.25, [[10, 'This paper seeks approval for the purchase of 4,000 lockers at a cost of £1,200,000.']])),
      para(row(0.28, [[11, 'The Deputy Mayor for Policing and Crime is recommended to:']])),
      row(0.3, [[16, 'Approve the new locker design for single lockers, reducing their width.']]),
      row(0.3167, [[16, 'Approve the preferred option and the funding of £1,200,000 of capital to']]),
      row(0.3334, [[16, 'deliver the following scope;']]),
      row(0.3501, [[19, 'Purchase and installation of 4,000 lockers at the critical capacity']]),
      row(0.3668, [[19, 'Continuation of the smart lock design']]),
      para(row(0.4, [[10, 'PART I - NON-CONFIDENTIAL FACTS AND ADVICE']])),
    ];
    const r = laidOutRecord(textPage(1, "Mayor's Office for Policing and Crime\nPCD 2001 Personal Lockers"), rows.flat());
    expect(r.recommendations.map((x) => x.text.slice(0, 28))).toEqual(['Approve the new locker desig', 'Approve the preferred option']);
  });
  it('nests bullets all alike by how far they are set in: the scope under "the following scope;" stays with its item', () => {
    const rows = [
      para(row(0.28, [[11, 'The Deputy Mayor for Policing and Crime is recommended to:']])),
      para(row(0.3, [[14, '•'], [16, 'Approve the new locker design for single lockers, reducing their width.']])),
      row(0.3167, [[14, '•'], [16, 'Approve the preferred option and the funding of £1,200,000 of capital to']]),
      row(0.3334, [[16, 'deliver the following scope;']]),
      row(0.3501, [[17, '•'], [19, 'Purchase and installation of 4,000 lockers at the critical capacity']]),
      row(0.3668, [[17, '•'], [19, 'Continuation of the smart lock design']]),
      para(row(0.4, [[10, 'PART I - NON-CONFIDENTIAL FACTS AND ADVICE']])),
    ];
    const r = laidOutRecord(textPage(1, "Mayor's Office for Policing and Crime\nPCD 2002 Personal Lockers"), rows.flat());
    expect(r.recommendations.map((x) => x.text.slice(0, 28))).toEqual(['Approve the new locker desig', 'Approve the preferred option']);
  });
  it('keeps as one decision a sentence left open on a semicolon or comma over items that each give a party its sum', () => {
    const text = 'Office of the Police and Crime Commissioner for Westshire\nDecision 28/2024\n\nRecommendation\n\nThe Commissioner supports these applications to the Youth Fund and awards;\n• £28,070 to Active Westshire to provide payments to six Friday Night Projects;\n• £5,000 to the Northtown Youth Hub for their Boxing Club;\n• £4,320 to Buddy Up for a part time mentor.\n\nSignature\tDate';
    expect(recs(text)).toEqual(['The Commissioner support']);
  });
  it('takes neither a form\'s title in capitals nor its header line printed again for a decision', () => {
    const form = 'Eastford Metropolitan Borough Council\nDecision details\nCommunity Fund\n\nDecision:\n\nRECORD OF OFFICER EXECUTIVE DECISION\n\nTo approve the use of £40,000 of community funding.';
    expect(recs(form)).toEqual(['To approve the use of £4']);
    const repeated = 'Office of the Westshire Police, Fire and Crime Commissioner\n\nDecision Record 12 – Estates Strategy\nDecision taken\nThe Commissioner has taken the decision to:\nPublish the new Estates Strategy, which will be reviewed annually.\nDecision Record 12 – Estates Strategy';
    expect(recs(repeated)).toEqual(['Publish the new Estates ']);
  });
  it('keeps as one decision a sentence that runs on into its lettered items, and a delegation with the scope it delegates', () => {
    const runOn = 'London Borough of Northfield\nDecision details\n\nDecision:\n\nTo award a contract to Acme Lifts Limited for an estimated £250,000 to replace lifts at\na) Town Hall,\nb) Central Library and\nc) North Housing Office\n\nReasons for the decision:\nThe lifts are beyond repair.';
    expect(recs(runOn)).toEqual(['To award a contract to A']);
    const delegation = 'Westshire County Council\nDecisions:\nRESOLVED to:\na) Delegate authority to the Director of Highways in consultation with the Head of Legal to:\n(i) finalise the target cost for the scheme; and\n(ii) award the construction contract for the scheme to Beta Civils Limited.\n\nReport author\tA Person';
    expect(recs(delegation)).toEqual(['Delegate authority to th']);
  });
});

describe('decisions printed without markers, their details bulleted under them', () => {
  it('are one item each, "To confirm ..." / "To approve ... with totals:" over set-in bullets (a real agenda item, digital and scanned)', async () => {
    for (const copy of ['digital', 'scanned']) {
      const r = analyse(await realPages(`holdout323/pdf/gwynedd-nwcjc-2022-01-28-budget-levy-2022-23.${copy}.pdf`)).extracted;
      expect(r.recommendations.map((x) => x.text.slice(0, 22))).toEqual(['To confirm the Budget ', 'To approve the Budget ', 'To approve the levy on']);
    }
  });
});

describe('a lead-in over prose and a later one over a marked list', () => {
  it('the marked list is the decision ("The Commissioner is recommended to approve:"), its sum net "after savings" the headline (a real decision notice)', async () => {
    const r = analyse(await realPages('holdout323/pdf/warwickshire-pcc-wpcc3-0122-budget-mtfp-2024-25.digital.pdf')).extracted;
    expect(r.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['A net revenue budget aft', 'A net revenue contributi', 'A net budget requirement', 'Council tax for a band D']);
    expect(r.headlineAmount).toBe(133144000);
  });
});

describe("a council tax band's rate", () => {
  it('is no sum decided ("A precept increase of 5.94% (£14.84 increase) for a Band D Property"): the budget it sets is (a real record of decision)', async () => {
    const r = analyse(await realPages('holdout323/pdf/westmercia-pcc-2023-08-setting-the-budget-2023-24.digital.pdf')).extracted;
    expect(r.headlineAmount).toBe(273038000);
  });
});

describe("a form's row of labels over its row of values after the decision", () => {
  it('is no item ("Publication date | Date of decision | Effective from" over its dates), a real decision page', async () => {
    const r = analyse(await realPages('holdout114/pdf/blackpool-2019-1328-ward-grants-norbreck-talbot.digital.pdf')).extracted;
    expect(r.recommendations.map((x) => x.text)).toEqual(['To authorise the requests, as submitted.']);
  });
});

describe('unmarked decisions that open alike', () => {
  it('part where a sentence ended short of the margin by more than the next "To ..." line\'s first word (a real scanned decision)', async () => {
    const r = analyse(await realPages('holdout134/pdf/wyca-2019-614-investment-readiness-project.scanned.pdf')).extracted;
    expect(r.recommendations.map((x) => x.text.slice(0, 22))).toEqual(['To approve that the In', 'To give full approval ']);
  });
});

describe("a body's name set off by a dash over what it did", () => {
  it('leads in as a colon would ("The Policy and Resources Committee -" over "noted ...;" / "agreed ..."), past a scan\'s speck where a boxed number was', async () => {
    const r = analyse(await realPages('holdout326/pdf/argyll-bute-2024-5709-rgd-development-costs-fund.rough.pdf')).extracted;
    expect(r.recommendations.map((x) => x.text.slice(0, 12))).toEqual(['noted that t', 'agreed that ', 'agreed that ', 'delegated to']);
  });
});
