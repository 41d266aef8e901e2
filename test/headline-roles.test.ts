// The headline amount chosen by role across a decision's items: the sum approved to be spent over income
// accepted, one sum restated in two lists counted once, a lead-in total its items add up to, and a figure
// another item calls the total an approval brings a budget to.
import { describe, expect, it } from 'vitest';
import { textPage } from '../src/checks/text-page.ts';
import { extractFromPages as analyse } from '../src/pipeline/extract-from-pages.ts';
import { totalToRecipients } from '../src/extract/fields/headline.ts';

const headline = (text: string) => analyse([textPage(1, text)]).extracted.headlineAmount;
/** A MOPAC decision's recommendation: its lead-in, then numbered items set apart, then the signature. */
const mopacItems = (leadIn: string, ...items: string[]) => `MOPAC\nDecision\n\nRecommendation\n${leadIn}\n\n${items.map((t, i) => `${i + 1}. ${t}`).join('\n\n')}\n\nSignature`;

describe('headline amount by role across items', () => {
  it('takes the sum approved to be spent over the grant income accepted', () => {
    const text = 'Northway City Council\nRecord of Decision\nDecision\nThe Executive Member:\n1. Accepts the Winter Support Grant funding of £3.1m.\n2. Approves spend of £612.5k on fuel vouchers for eligible households.\n3. Notes the delivery plan.';
    expect(headline(text)).toBe(612500);
  });
  it('keeps a rounded sum when the finer figure near it is a different sum ("£17m additional expenditure" is no "£16.6m" of borrowing)', () => {
    const text = 'Northway Borough Council\nDecision details\n\nDecision:\n1. That approval be given to the addition of £17m additional expenditure to the highways capital programme.\n2. That it be recommended that Council approves the additional expenditure of £17m, financed from borrowing £16.6m and one-off contributions as detailed in the report.';
    expect(headline(text)).toBe(17000000);
  });
  it('takes the sum an item agrees to award over a larger one an item only notes', () => {
    const text = 'Royal Borough of Northway\nDecision details\n\nDecision:\n1. Noted that following a successful bid the Council has been awarded £18,000 grant funding under the Mayor\'s programme.\n2. Noted the intention to accept the grant funding and to add match funding.\n3. Agreed to award the sum of up to £14,750 to Northway Volunteers CIC to develop and deliver the programme.';
    expect(headline(text)).toBe(14750);
  });
  it('counts once a sum restated in a second list of the paper', () => {
    const text = 'Eastshire Combined Authority\nIssue - decisions\n12/03/2025 - Adult Skills Capital\nIt was resolved to:\nA approve the proposed grant approach to spend the £2.4m Capital Fund\nB delegate authority to the Director to sign grant agreements\n18/02/2025 - Adult Skills Capital\nA. To note the progress made on the programme.\nB. To recommend to the Board approval of the proposed grant approach to spend the £2.4m Capital Fund.';
    expect(headline(text)).toBe(2.4e6);
  });
  it('takes the lead-in total that its items add up to', () => {
    const text = 'Mayor of Westford\nDecision\nThat the Mayor approves expenditure of up to £800,000 from the Recovery Fund on:\na) up to £450,000 on small grants to community projects;\nb) up to £300,000 on larger grants to community projects; and\nc) up to £50,000 on outreach.';
    expect(headline(text)).toBe(800000);
  });
  it('does not take a figure another item calls the total an approval brings a budget to', () => {
    const text = 'Northway Combined Authority\nDecision\n1. The Riverside scheme proceeds through decision point 5.\n2. Approval to an additional £2.15 million from the Transport Fund is given, taking the total approval to £3.4 million.\n3. The Combined Authority enters into a funding agreement with Northway Council for expenditure of up to £3.4 million from the Transport Fund.';
    expect(headline(text)).toBe(2.15e6);
  });
  it('does not take the running total a sentence says the approval will "take" a fund\'s spending to', () => {
    const text = 'Greater Westford Authority\nDirector\'s decision\n\nDecision\nThat the Executive Director approves:\nCapital expenditure of £1,450,000 to support delivery of the Riverside Walk project. This will take total approved capital expenditure through the Growth Fund to £40,125,500.';
    expect(headline(text)).toBe(1450000);
  });
  it('reads "£1000,000", a group of thousands printed after four figures, as one sum', () => {
    const text = 'Mayor\'s Office for Policing and Crime\nDecision\nRecommendation\nThe DMPC is recommended to approve:\n- The continuation of the Board Fund at £1000,000 for 2018/19 and the related allocations.';
    expect(headline(text)).toBe(1000000);
  });
});

describe('items with no verb under a lead-in that approves them', () => {
  it('counts once the one sum that two parallel items both state', () => {
    const text = 'Northway National Park Authority\nMinutes\nResolved:\n1. That acceptance of funding for the Observatory project, as described in this report, of up to £650,000 for 2026-2027 is approved.\n2. That authority be delegated to the Solicitor to enter into the funding agreement.\n3. That approval be granted to incur expenditure up to £650,000 as detailed in the report.';
    expect(headline(text)).toBe(650000);
  });
  it('takes the paper\'s one sum when nothing else chose one', () => {
    const text = 'Office of the Police and Crime Commissioner for Northway\nDecision Record Form\n\nExecutive Summary\nThe Commissioner has agreed to extend grant arrangements for the delivery of the Kicks programme for four years.\n\nFinancial Implications\nFunding levels will be £24,000 per annum.';
    expect(headline(text)).toBe(24000);
  });
  it('totals the one sum each item states', () => {
    const text = mopacItems('The DMPC is recommended to approve contract awards for;', 'Custody Cleaning Services for a period of 3 years with 2 optional extension years in the sum of £420,000,', 'Vehicle Recovery Services for a period of 5 years in the sum of £2,300,000.');
    expect(headline(text)).toBe(2720000);
  });
  it('keeps the first sum when each item carries its own verb', () => {
    const text = mopacItems('The DMPC is recommended to:', 'Accept the grant of £420,000 from the Home Office.', 'Note the spend of £2,300,000 in 2019.');
    expect(headline(text)).not.toBe(2720000);
  });
});

describe('an award over its financial years', () => {
  it('totals the sums an item gives for successive years', () => {
    const text = mopacItems('The DMPC is recommended to:', 'Approve the award of £2.1m in 2022/23, £2.4m in 2023/24 and £0.3m in 2024/25 of grants to boroughs, as per Annex 1.');
    expect(headline(text)).toBe(4.8e6);
  });
});

describe('a cap on an approved sum', () => {
  it('takes "up to a maximum of £N be made available" as the sum approved, and still leaves a spending threshold aside', () => {
    const text = 'Northway County Council\nDecisions published\nHarbour Pool\nDecision Maker: Cabinet\nDecision:\nThat up to a maximum of £95,000 be made available to cover the shortfall in 2025/26, subject to the trust\'s willingness to run the pool.';
    expect(headline(text)).toBe(95000);
    const threshold = 'Northway County Council\nDecisions published\nHarbour Pool\nDecision Maker: Cabinet\nDecision:\nThat contracts up to a maximum of £95,000 may be let by officers, and the Cabinet approves the award of £40,000 to the pool trust.';
    expect(headline(threshold)).toBe(40000);
  });
});

describe('the price of what is approved', () => {
  it('takes "approved the scheme at a total estimated cost of £N" over a smaller sum another item approves', () => {
    const text = 'Northway City Council\nDecision details\nDecision:\nOn 19 January 2021, Cabinet:\n(i) Approved the full business case for Phase 1 of the scheme at a total estimated cost of £8.2m, funded from the Transforming Fund (£3.0m) and the Clean Air Fund (£5.2m);\n(ii) Approved the commencement of negotiations for the supply of paving materials up to the value of £0.400m;\n(iii) Noted that Phase 2 will be presented later in the year.';
    expect(headline(text)).toBe(8.2e6);
  });
});

describe('a list of where money comes from', () => {
  it('takes the contract an item awards over the total of budgets another item draws on', () => {
    const text = 'Northway Borough Council\nDecision details\nDepot Building\nDecision Maker: Deputy Leader\nDecision:\n1. To approve the direct award of the contract via the Modular Framework to Boxbuild Ltd for the depot building with a contract sum of £812,400.\n2. To allocate additional budget of £150,000 from the following budgets:\nParks theme budget: £100,000\nInsourcing budget: £50,000';
    expect(headline(text)).toBe(812400);
  });
});

describe('a value field of the form', () => {
  it('takes the sum the form gives as the contract value over larger figures of the background', () => {
    const text = 'Northway Council\nWAIVER DECISION NOTICE\nSUBJECT MATTER:          Harbour Hall scaffold contract\nVALUE OF CONTRACT:       The contract value is £41,250.\n\nBackground\nIn 2017 the Cabinet approved a £0.500m project development sum for the hall, of which £0.120m remains.';
    expect(headline(text)).toBe(41250);
  });
  it('does not take a scheme\'s rate per unit for the sum decided', () => {
    const text = 'Northway Council\nDecision details\nWARD GRANTS\nPurpose:\nThe delegated budgets scheme allocates budgets of £15,000 to each Ward for the financial year.\nCouncillors of Harbour Ward have requested £1,550 as funding to Harbour Primary Academy for the choir.\nDecision:\nThe Leader agreed the recommendations as outlined above namely: to authorise the requests, as submitted.';
    expect(headline(text)).toBe(1550);
  });
});

describe('a yearly sum and its stated whole', () => {
  it('takes the total a yearly cost comes to over its years ("annual cost of £727,667 and a total contract value of £2,183,000 over a 3-year period")', () => {
    expect(headline('Northway Council\nDecision\nThe Cabinet Member approves the Procurement Strategy for new door entry systems at an estimated annual cost of £727,667 and a total contract value of £2,183,000 over a 3-year period.')).toBe(2183000);
    expect(headline('Northway Council\nDecision\nThe Cabinet Member approves the contract at an annual cost of £700,000 and a total budget of £1,000,000 for the programme.')).toBe(700000);
  });
});

describe('a saving beside the sum spent', () => {
  it('is not the headline ("The total capital expenditure is £1,511,612, providing a contract revenue reduction of £2,247,268 over 5 years")', () => {
    const r = analyse([textPage(1, 'Police and Crime Commissioner for Northway – Decision Notice\n22/2016: Replacement of network services\n\nExecutive Summary and Recommendation:\nThe decision to replace the current network services solution was agreed in May 2016.\n\nThe contract will ensure all Police buildings are connected to its IT systems.\n\nThe total capital expenditure is £1,511,612, providing a contract revenue reduction of\n£2,247,268 over 5 years. This provides a total cost of change reduction of £2,069,699 to\nNorthway Police when compared to the past contract.')]).extracted;
    expect(r.headlineAmount).toBe(1511612);
  });
});

describe('a total split by kind of spending, beside parallel items', () => {
  it('adds the revenue and capital shares and the other items\' totals ("£152,500 in revenue grants and £77,871 in capital grants")', () => {
    const r = analyse([textPage(1, 'Cabinet\n\nRESOLVED:\n\n(a) That Community grants totalling £152,500 in revenue grants and £77,871 in capital grants, as detailed in Appendix 1, be included in the budget for 2025/26; and\n(b) That the Community Transport grants totalling £44,359, as set out in paragraph 25 of the report, be included in the budget for 2025/26.')]).extracted;
    expect(r.headlineAmount).toBe(274730);
  });
});

describe('a contract\'s own total value beside a first call-off the paper only notes', () => {
  it('is the headline ("Estimated Total upper Contract Value is £2.5m", not the noted "initial contract value is £410k")', () => {
    const r = analyse([textPage(1, 'Recommendations\n\n1. Approve the award a contract via the negotiated procedure to a sole UK reseller for weapon systems for a 36-month term. Estimated Total upper Contract Value is £2.5m.\n2. To note the initial call off purchase via this contract is for immediate need. Estimate initial contract value is £410k.\n3. To note all Call Offs will be approved by the Director of Commercial Services.')]).extracted;
    expect(r.headlineAmount).toBe(2500000);
  });
});

describe('what the approvals come to, beside the sums approved', () => {
  it('is no item under an approving lead-in ("This will bring the cumulative approved expenditure to £15,000")', () => {
    const text = 'Northway Development Corporation\nDirector Decision\n\nDecision\nThe Director of Planning approves:\nExpenditure of up to £5,000 to publicise planning applications in the local press.\nThis will bring the cumulative approved expenditure on this statutory activity to £15,000 in 2021/22\n\nPart 1: Non-confidential facts and advice';
    expect(headline(text)).toBe(5000);
  });
  it('is noted, not approved ("subject to the above being agreed, to note that the commitments will total £1,329,158")', () => {
    const text = 'Northway Council\nDecision\n\nDecision(s):\nThat the following be agreed:\n(i) £15,000 to Northway Nature CIC, as detailed in section 1.1\n(ii) £5,459 to Harbour Arts CIC, as detailed in section 1.2\n(iii) That subject to the above recommendation being agreed, to note that the commitments against the Community Fund will total £1,329,158 as set out in section 2.3\n\nReasons for the Decision(s):\nTo support community resilience.';
    expect(headline(text)).toBe(20459);
  });
});

describe('a variation capped at a maximum value, and the total it brings a contract to', () => {
  it('is the capped sum, the sentence on the total part of its item', () => {
    const r = analyse([textPage(1, 'Mayor\'s Office for Policing and Crime\nPCD 1587 Review – contract variation\n\nThe Deputy Mayor for Policing and Crime is recommended to:\nApprove the variation of the Northway Consulting LLP contract up to a maximum value of £100,000.\nThis will bring the total contract value to £595,270.\n\nPART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC\nIntroduction and background')]).extracted;
    expect(r.headlineAmount).toBe(100000);
    expect(r.recommendations.map((x) => x.text)).toEqual(['Approve the variation of the Northway Consulting LLP contract up to a maximum value of £100,000. This will bring the total contract value to £595,270.']);
  });
});

describe('a figure that stands for several equal grants', () => {
  it('approves them all ("three open call grants of £65,000 each")', () => {
    expect(headline('Northway District Council\n\nDecision:\nThe Portfolio Holder approves the delivery of the project through three open call grants of £65,000 each, circulating the opportunity to all community transport providers.')).toBe(195000);
    expect(headline('Northway District Council\n\nDecision:\nThe Portfolio Holder approves a grant of £65,000 to each eligible provider.')).toBe(65000);
  });
});

describe('a figure worked out from a list that missed some of its parties', () => {
  const amount = (value: number) => ({ value, text: `£${value}`, period: null, kind: null, section: 'body' as const, page: 1, box: null, confidence: null, subject: null, year: null });
  const recipients = [2772, 2850, 3510, 842.5, 4000].map((amount, i) => ({ name: `Party ${i}`, amount }));
  it('gives way to the named parties\' total when some of their sums add up to it and it is printed nowhere', () => {
    // 2772 + 3510 + 842.5 + 4000 = 11124.5: the list's total without the second party.
    expect(totalToRecipients(11124.5, recipients, recipients.map((r) => amount(r.amount)))).toBe(13974.5);
  });
  it('stays when the paper prints it (a sum the decision states, not one worked out)', () => {
    expect(totalToRecipients(11124.5, recipients, [...recipients.map((r) => amount(r.amount)), amount(11124.5)])).toBe(11124.5);
  });
  it('stays when no run of the parties\' sums makes it', () => {
    expect(totalToRecipients(11000, recipients, recipients.map((r) => amount(r.amount)))).toBe(11000);
  });
});

describe('a lead-in total over items that each open on their share', () => {
  it('is the total, an item\'s rate inside its share aside ("(1) £25,000 to award £5,000 to each of the libraries")', () => {
    const text = 'Northway District Council\nDecision details\n\nTHE DECISION:\nThat Cabinet approves an allocation of £125,000 from the One-Off fund to be used as follows:-\n(1) £25,000 to award £5,000 to each of the community libraries as detailed within the report; and\n(2) £100,000 to fund a Making a Difference Grants scheme, applying the criteria in Annex A.';
    expect(headline(text)).toBe(125000);
  });
});

describe('items under a lead-in that allocates to them', () => {
  const board = (items: string[]) => `Eastbridge Partnership\nDecision\n\n1. The Executive Board agrees to allocate additional or new resource to:\n\n${items.map((t, i) => `(${['i', 'ii', 'iii', 'iv'][i]}) ${t}`).join('\n')}\n\nReasons for the decision\nThe programme needs resources.`;
  it('adds each item\'s own sum, the parts one item breaks its sum into aside (the items marked "(i)")', () => {
    const text = board(['Developing cycling routes in the district (£480K for development work over 2 years).', 'City Access project – invest £5.045m to deliver the plan, including £250K for a parking strategy and £702K for staffing.', 'Co-investment in charging points across the city (£100K one off cost in 17/18).', 'Initial feasibility work on travel hubs, including on key routes (£100k one off cost in 17/18).']);
    expect(headline(text)).toBe(5725000);
  });
  it('leaves out a limit an item delegates ("Delegation of authority ... up to £500k")', () => {
    const text = 'Westley Council\nDecision\n\nCabinet agrees to recommend to Council:\n\na. General Fund capital programme budget of £213.1m (Appendix A)\nb. Budget carry forwards of £36.5m (Appendix B)\nc. Delegation of authority to the Executive Director of Resources to transfer unspent borrowing of up to £500k between projects\n\nReasons\nThe programme is affordable.';
    expect(headline(text)).toBe(213100000);
  });
});

describe('a grant split into revenue and capital without "in"', () => {
  it('adds the two ("grant aid to a maximum of £17,000 revenue and £8,000 capital")', () => {
    const text = 'Northby Council\nMinutes\n\nResolved – (a) That the extension of the scheme be approved, and (b) that grant aid to a maximum of £17,000 revenue and £8,000 capital be made available to town and parish councils.';
    expect(headline(text)).toBe(25000);
  });
});
