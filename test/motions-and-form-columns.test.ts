// Read from sets 93, 105, 177 and 194: minutes that record each decision as a motion moved and seconded, and a form's label and
// value printed with too narrow a gutter to read as two cells.
import { describe, expect, it } from 'vitest';
import { textPage } from '../src/checks/text-page.ts';
import { extractFromPages as analyse } from '../src/pipeline/extract-from-pages.ts';
import { laidOutRecord, row } from './laid-out.ts';
import { realPages } from './helpers.ts';

const recsOf = (text: string) => analyse([textPage(1, text)]).extracted.recommendations.map((r) => r.text);
const record = (text: string) => analyse([textPage(1, text)]).extracted;

describe('motions minuted as moved and seconded', () => {
  it('are one decision each, from the mover, and a motion on the last minutes gives way to them', () => {
    const text = [
      'Northfold Parish Council',
      'Minutes 8th April 2021',
      '',
      'MINUTES OF PREVIOUS MEETING',
      'Proposal: Agreement to the content of the minutes was proposed by Mr Ash and seconded by Mrs Birch and was unanimously agreed by the meeting.',
      '',
      'Subscription',
      'A discussion took place concerning the merits of payment of this subscription',
      'Proposal: Mrs Birch proposed and Mr Ash seconded payment of this subscription and the meeting unanimously agreed.',
      '',
      'Risk Assessment',
      'Proposal: Mr Cedar proposed and Mr Ash seconded agreement to the Risk Assessment information and the meeting unanimously agreed.',
    ].join('\n');
    expect(recsOf(text)).toEqual([
      'Mrs Birch proposed and Mr Ash seconded payment of this subscription and the meeting unanimously agreed.',
      'Mr Cedar proposed and Mr Ash seconded agreement to the Risk Assessment information and the meeting unanimously agreed.',
    ]);
  });
  it('start at the mover after an item heading, seconded in the sentence after', () => {
    const text = [
      'Eastbury Town Council',
      'Resources Committee Minutes – 24 April 2017',
      '',
      '5. Grant Applications',
      'Youth Club: Request for £500 to support a fun run. After Members considered the details submitted, Cllr J Oak PROPOSED that a grant',
      'of £350 is awarded for the purchase of a banner. SECONDED by Cllr B Elm; the vote was unanimous.',
      'ii) Purchase of plants for window boxes and/or hanging baskets',
      'Cllr B Elm PROPOSED approval of the purchase of plants up to the value of £90; SECONDED by Cllr F Yew.',
    ].join('\n');
    const recs = recsOf(text);
    expect(recs).toHaveLength(2);
    expect(recs[0]).toMatch(/^Cllr J Oak PROPOSED that a grant of £350 is awarded/);
    expect(recs[1]).toMatch(/^Cllr B Elm PROPOSED approval of the purchase of plants/);
  });
  it('"it was proposed, seconded and agreed to ..." each decide; naming only the movers decides nothing', () => {
    const text = [
      'Southmere District Council',
      'Minutes of the Prosperity Fund Board held on 12 March 2024',
      '',
      'SK-1 – Arts Studio',
      'Concern was expressed about the project. Due to the amount requested it was suggested that the application be deferred, however it was proposed, seconded and on being put to the vote agreed to REJECT the application.',
      '',
      'SK-2 – Squash Centre',
      'It was stated that the centre was used by a lot of groups. It was proposed, seconded and agreed to ENDORSE the funding requested.',
      '',
      'SK-3 – Bowls Club',
      'Proposed by Cllr Mr S A Pine and seconded by Cllr Mrs S Rowan.',
    ].join('\n');
    expect(recsOf(text)).toEqual(['it was proposed, seconded and on being put to the vote agreed to REJECT the application.', 'It was proposed, seconded and agreed to ENDORSE the funding requested.']);
  });
});

describe('a motion that points back at the list of payments above it', () => {
  const minutes = (gap: string) =>
    ['Westby Parish Council', 'Minutes of meeting held on Tuesday 3rd March 2020', '4. Finance:', 'a) Green Lawns – cemetery cut £ 93.36', 'b) Anna Baker – park cut £307.50', 'c) Zoom subscription £ 60.00', 'd) Poppy wreath £ 17.00', 'Cllr Mrs A Hanson proposed; Cllr Mrs T Firth seconded that these be paid – all agreed', gap + 'Bank balance at 21st February £7,948.77', '5. Any other business: none.'].join('\n');
  it('is the decision, ended at its vote, and approves the list\'s total, not the bank balance after it', () => {
    for (const gap of ['', '\n']) {
      const r = record(minutes(gap));
      expect(r.recommendations.map((x) => x.text)).toEqual(['Cllr Mrs A Hanson proposed; Cllr Mrs T Firth seconded that these be paid – all agreed']);
      expect(r.headlineAmount).toBe(477.86);
    }
  });
});

describe('a motion minuted as "Proposed by ... seconded by ... that ..."', () => {
  it('is a decision with a capital "Proposed" too; one that only approves the last minutes\' record names none', () => {
    const text = ['Eastby Parish Council', 'MINUTES of MEETING held on 14th January 2019', 'MINUTES OF THE PREVIOUS MEETING were agreed as a true record. Proposed by J. Lucy seconded by J. Oakes.', 'Parish Clerk Vacancy. After discussion it was proposed by J. Lucy and seconded by P. Jackson', 'that R. Attoe be appointed as Eastby Parish Council Clerk. All agreed.', 'Our edition of the handbook is the 6th. Current edition costs £130. Proposed by J. Lucy seconded by', 'S. Hannant that we purchase the latest edition.'].join('\n');
    expect(recsOf(text).map((t) => t.slice(0, 28))).toEqual(['it was proposed by J. Lucy a', 'Proposed by J. Lucy seconded']);
  });
});

describe('resolutions minuted "It was resolved unanimously to ..."', () => {
  it('are one decision each, the label and its adverb left off', () => {
    const text = ['Eastby Parish Council', 'APPROVED Minutes of the Extraordinary Meeting held on Friday 27 January 2023', 'The Chairman presented the draft budget for 2023/24, which had been circulated.', '', 'It was resolved unanimously to approve the Budget as circulated with the one change to increase', 'Staff Costs by £2,302.20.', 'It was resolved unanimously to increase the Precept demand by £2,000 to £14,000.'].join('\n');
    expect(recsOf(text)).toEqual(['to approve the Budget as circulated with the one change to increase Staff Costs by £2,302.20.', 'to increase the Precept demand by £2,000 to £14,000.']);
  });
});

describe("a form's label running into its value", () => {
  it('is split at the column where the rows above and below start their values', () => {
    const page = textPage(1, 'Police and Crime Commissioner for Westshire\nDecisions of the PCC - October 2013');
    const grid = [
      ...row(0.2, [[10, 'DECISION REF NO.'], [30, '44 – 2013']]),
      ...row(0.23, [[10, 'DETAILS OF DECISION North East Retail Crime Partnership']]),
      ...row(0.26, [[10, 'DECISION SUMMARY'], [30, 'To agree a contribution of £7000 to the Partnership.']]),
      ...row(0.29, [[10, 'DATE AUTHORISED'], [30, '07/10/2013']]),
    ];
    const r = laidOutRecord(page, grid);
    expect(r.title).toBe('North East Retail Crime Partnership');
    expect(r.recommendations.map((x) => x.text)).toEqual(['To agree a contribution of £7000 to the Partnership.']);
  });
});

describe('a row of column headings over a line set across them', () => {
  it('keeps the line whole where its words run on in word spaces (a real PCC decisions page)', async () => {
    const pages = await realPages('holdout194/pdf/cleveland-pcc-2019-01-capital-budget-amendments.digital.pdf');
    expect(pages[0]!.text).toContain('Decision Reference');
    expect(analyse(pages).extracted.title).toBe('Amendments to 2018/19 and 2019/20 Capital Budgets');
  });
});

describe("a header title's first words", () => {
  it('are no reference when two long words come before a year ("... JOINT COMMITTEE 2022/23 BUDGET"), a real agenda item', async () => {
    const r = analyse(await realPages('holdout323/pdf/gwynedd-nwcjc-2022-01-28-budget-levy-2022-23.digital.pdf')).extracted;
    expect(r.title).toBe('NORTH WALES CORPORATE JOINT COMMITTEE 2022/23 BUDGET AND LEVY ON CONSTITUENT AUTHORITIES');
    expect(r.reference).toBeNull();
  });
  it('are no reference when they hold a word of the title ("ALLOCATION OF SECTION 106 ..."), a real portfolio holder report', async () => {
    const r = analyse(await realPages('holdout291/pdf/basingstoke-s106-play-open-space-rooksdown-hanmore-road.digital.pdf')).extracted;
    expect(r.title).toBe('ALLOCATION OF SECTION 106 CONTRIBUTIONS TO FUND IMPROVEMENTS TO PLAY AND OPEN SPACE FACILITIES');
    expect(r.reference).toBeNull();
  });
});

describe('a heading that gives money to a named body', () => {
  it('is the title, not a banner ("Grant to Alderton Parish Council" under the council\'s banner), a real agenda item', async () => {
    const r = analyse(await realPages('holdout175/pdf/tewkesbury-17400-alderton-pc-grant-extension.digital.pdf')).extracted;
    expect(r.title).toBe('Grant to Alderton Parish Council');
    expect(r.authority).toBe('Tewkesbury Borough Council');
  });
});

describe('minutes read from sets 194-197', () => {
  it('"DRAFT: Minutes" heads minutes, whose motion (its mover "Clir." as OCR reads "Cllr.") is the decision', () => {
    const text = 'Westdale Parish Council\n2021 July 29 Extra Ordinary Parish Meeting\n\nDRAFT: Minutes of an Extra Ordinary Parish Council Meeting held on\n29th July 2021 at 4pm at East End Park, Westdale\n\nAgenda\n\n21/22-67 Chairman’s Welcome. Cllr A Birch opened the meeting at 16:28.\nIn view of conversations held between 4 residents and the Chairman prior to the meeting, it was proposed by Clir. A Cedar and Seconded by B Elm that the meeting be deferred.\n\n21/22-68 Apologies: Cllr. Y Oak\n\n21/22-69 Resolution To purchase an outdoor table tennis table. The cost is £1457.50 ex VAT.\n\nITEM DEFERRED TO Parish Council meeting scheduled for 29 August 2021.';
    const r = analyse([textPage(1, text)]).extracted;
    expect(r.documentType).toBe('minutes');
    expect(r.recommendations.map((x) => x.text)).toEqual(['it was proposed by Clir. A Cedar and Seconded by B Elm that the meeting be deferred.']);
  });
  it('a resolution that gives its reasons is the decision, its reasons not decisions of their own', () => {
    const text = 'Northmoor National Park Authority\nMinutes:\nThe Officer recommendation to refuse the application was moved, seconded, put to the vote and carried.\n\nRESOLVED:\nThat the application be REFUSED for the following reason:\n1. The proposed development would have a harmful impact upon the significance of the farm and its setting.\n\nSupporting documents:';
    const recs = recsOf(text);
    expect(recs).toHaveLength(1);
    expect(recs[0]).toMatch(/^That the application be REFUSED for the following reason:/);
  });
  it('a marker in square brackets is a marker: "[1] the report be noted."', () => {
    const text = 'Eastshire Fire Authority\nEstates Committee - Monday, 24th January, 2022\n\n2. Service Housing Project\nMinutes: The Director introduced the report which updated Members on progress.\n\nRESOLVED:\n[1] the report be noted.\n[2] the next phase of works be approved.';
    expect(recsOf(text)).toEqual(['the report be noted.', 'the next phase of works be approved.']);
  });
  it('a decision the committee is reminded another body had made is not its own; "agreed not to" is', () => {
    const text = 'Northfield City Council\nAgenda and minutes\n\n1a Apology\nAn apology was reported on behalf of Councillor Ash.\n\n2. Committee Meeting in May\nThe Committee was reminded that the Policy and Resources Committee, at its meeting on 21st February, had, given that elections were due to take place on 22nd May, agreed that all Committee meetings in May should be cancelled.\n\nThe Committee agreed not to hold any meetings in May and agreed further that authority be delegated to the Chief Executive to take any urgent decisions.';
    expect(recsOf(text)).toEqual([expect.stringMatching(/^The Committee agreed not to hold any meetings in May/)]);
  });
});

describe('resolutions read from sets 198 and 200', () => {
  it('"*RESOLVED –" marked with an asterisk labels the numbered resolutions under it', () => {
    const text = 'Agenda item\nNorthby Borough Council\nAdvice Agency Grant Funding\nDecision:\n*RESOLVED –\n1. That the core advice agency grants to the Bureau be ceased from the financial\nyear 2026/27.\n2. That a two-year funding settlement be allocated to the Bureau with\n£72,165 allocated for 2024/25 and £48,110 for 2025/26.\n3. That future funding opportunities be considered.';
    expect(recsOf(text).map((r) => r.slice(0, 30))).toEqual(['That the core advice agency gr', 'That a two-year funding settle', 'That future funding opportunit']);
  });
  it("end at the next item's heading over its own \"Minutes:\" line, the heading on one line or two", () => {
    const text = 'Eastvale Crematorium Joint Committee\nAgenda and minutes\n\n1. Minutes of Previous Meeting\nMinutes:\nThe Chair thanked Members for their letter.\nRESOLVED:\nThat the Minutes of the previous meeting be confirmed as a true and accurate record of the proceedings.\n2. Applications for Cremations - 1 July to 30 September, 2018\nReport of the Medical Referee\nMinutes:\nRESOLVED: That the report be noted.\n3. Defibrillator\nMinutes:\nMembers considered a request for a donation.\nRESOLVED:\nThat the donation of £995 to Welsh Hearts to fund the cost of a defibrillator be approved.';
    expect(recsOf(text)).toEqual(['That the report be noted.', 'That the donation of £995 to Welsh Hearts to fund the cost of a defibrillator be approved.']);
  });
});

describe('resolutions whose "RESOLVED" labels the page lost', () => {
  it('are the decisions when two or more follow their applications ("that the funding application be supported to the value of £370."), real minutes', async () => {
    const r = analyse(await realPages('holdout327/pdf/leicester-39910-spinney-hills-community-meeting-budget.digital.pdf')).extracted;
    expect(r.recommendations.map((x) => /£[\d,]+\.$/.exec(x.text)?.[0])).toEqual(['£370.', '£1,000.', '£500.']);
    expect(r.headlineAmount).toBe(1870);
  });
});
