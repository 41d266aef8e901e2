// Shapes met on papers of sets 329-331 (commissioners', councils' and combined authorities' decisions) when they were first
// scored unseen: a grid whose value starts under a short label and wraps, a typed signature block with no labels, a schedule
// of applications each followed by its labelled award, a numbered lead-in whose earlier items stand above it, sums named
// with their unit, kinds of body by their initials, and a paper that says what it decides.
import { describe, expect, it } from 'vitest';
import { textPage } from '../src/checks/text-page.ts';
import { extractFromPages as analyse } from '../src/pipeline/extract-from-pages.ts';
import { realPages } from './helpers.ts';
import { recipientsIn } from '../src/layout/recipient-phrases.ts';

const record = (text: string) => analyse([textPage(1, text)]).extracted;
/** The record of a real fixture page (fixtures/real, OCR replayed). */
const read = async (path: string) => analyse(await realPages(path)).extracted;

describe("a grid's value that starts under a short label and wraps", () => {
  it('is no second line of the label ("Title of report" over "Home Office funding (Violence" / "Reduction Unit, ..."): the reference under "Report reference" / "number" is read, digital and rough', async () => {
    for (const copy of ['digital', 'rough']) {
      const r = await read(`holdout329/pdf/essex-pfcc-031-24-home-office-vru-svd-funding-2024-25.${copy}.pdf`);
      expect(r.reference).toBe('031-24');
    }
  });
});

describe('a typed signature block', () => {
  it('dates the decision: a name beside the date, the signer\'s office under the name ("Stephen Mold | 08/01/2019" over "Police, Fire and Crime Commissioner")', async () => {
    const r = await read('holdout329/pdf/northants-pfcc-2019-dr93-fra-statutory-officers.digital.pdf');
    expect(r.decisionDate).toBe('2019-01-08');
  });
  it("reads a scan's \"Decision Record Number | 93\" as the reference", async () => {
    const r = await read('holdout329/pdf/northants-pfcc-2019-dr93-fra-statutory-officers.scanned.pdf');
    expect(r.reference).toBe('93');
  });
});

describe('a schedule of applications, each followed by its labelled award', () => {
  it('gives each applicant the sum its "Recommendation: £X" line awards, never the label as a name; the awards\' total heads the decision', async () => {
    const r = await read('holdout330/pdf/monmouthshire-2023-5728-welsh-church-fund-meeting-3-grants.digital.pdf');
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([
      ["St Mary's Church, Magor", 1500],
      ["St Bartholomew's Church, Llanover", 2500],
      ["St Mary's & St Michaels Catholic Church, Llanarth", 1500],
      ['Llandewi Rhydderch Baptist Chapel', 2500],
      ['Gilwern United Reform Church', 1500],
    ]);
    expect(r.headlineAmount).toBe(9500);
  });
  it('gives a refused application nothing', () => {
    const text = 'Northvale Council\nWELSH CHURCH FUND\nDecision: The Committee resolved that the following grants are awarded as per the schedule of applications.\n\nSt Anne\'s Church, Northvale requested £2,000 to repair the roof.\n\nRecommendation: £1,000 awarded to assist in repairing the roof.\n\nNorthvale Chapel requested £3,000 for a new kitchen.\n\nRecommendation: Refused as the works are complete.';
    expect(record(text).recipients.map((x) => [x.name, x.amount])).toEqual([["St Anne's Church, Northvale", 1000]]);
  });
});

describe('a numbered lead-in whose earlier items stand above it', () => {
  it('takes them into its list ("1) Note the process ..." over "2) Approve in principle:" / "a) ..."), digital and rough', async () => {
    for (const copy of ['digital', 'rough']) {
      const r = await read(`holdout331/pdf/derbyshire-2025-01-09-emcca-investment-fund-grant-in-principle.${copy}.pdf`);
      expect(r.recommendations.map((x) => x.text.slice(0, 16))).toEqual(['Note the process', 'Approve in princ', 'Request that the', 'Approve for the ']);
    }
  });
});

describe('recipients', () => {
  it('are not the decision maker given a sum "£22.1 million from" a funder (its unit read with it), a real Mayor\'s decision', async () => {
    const r = await read('holdout331/pdf/gla-md2692-getting-building-fund-allocation-london.digital.pdf');
    expect(r.recipients).toEqual([]);
  });
  it('are no kind of body by its plural initials ("grants up to £5,000 to SMEs")', async () => {
    const r = await read('holdout331/pdf/towerhamlets-2020-06-24-sme-energy-improvement-grants-phase-2.digital.pdf');
    expect(r.recipients).toEqual([]);
  });
});

describe('a paper that says what it decides', () => {
  it('has that sentence as its decision when no list is printed ("This decision note formally recognises that agreement ...")', async () => {
    const r = await read('holdout329/pdf/surrey-pcc-2024-25-037-svd-labour-grant-vawg-survey.digital.pdf');
    expect(r.recommendations.map((x) => x.text)).toEqual(['This decision note formally recognises that agreement and the funding split.']);
  });
});

describe("a paper's fields about itself", () => {
  it('are no title, however prominent a scan makes them ("Author and Job Role: George Bell, ...", "Protective Marking: Official")', async () => {
    const r = await read('holdout329/pdf/surrey-pcc-2024-25-055-bridge-the-gap-scc-120000.scanned.pdf');
    expect(r.title).not.toMatch(/Author|Protective Marking/);
  });
});

describe('sets 332-334 (first scored unseen, then read)', () => {
  it('a lead-in "The DMPC is asked to" with no verb after it leads its bulleted items in (a real MOPAC decision)', async () => {
    const r = await read('holdout332/pdf/mopac-pcd350-2018-sarc-rape-crisis-centres-extension.digital.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['Continue funding of ', 'Continue funding of ']);
    expect(r.headlineAmount).toBe(3425000);
  });
  it('a register\'s label over its date alone ("Date decision made" over "February 2 2019") dates the decision', async () => {
    const r = await read('holdout334/pdf/braintree-2019-02-02-i-construct-amended-funding.digital.pdf');
    expect(r.decisionDate).toBe('2019-02-02');
  });
  it('numbered applications ("(1) Llandogo Hall requested £5,200 ...") take the sum of the "Recommendation – £500" line under them', async () => {
    const r = await read('holdout195/pdf/monmouthshire-2015-welsh-church-fund-meeting-1-awards.digital.pdf');
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual(expect.arrayContaining([['Llandogo Hall', 500], ['Bulwark Community Centre', 500], ['Homemakers Community Recycling', 500]]));
  });
  it('"consideration of the officer report, confidential appendix and discussion" says a confidential part exists', async () => {
    const r = await read('holdout334/pdf/somersetcc-2017-12-13-colley-lane-southern-access-road-contract.digital.pdf');
    expect(r.exemptions.part2).toBe(true);
  });
  it('conditions listed under a decision "subject to the following:-" are part of it, not decisions of their own', async () => {
    const r = await read('holdout333/pdf/scottishborders-27827-selkirk-cgf-common-riding-trust-platform.digital.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['AGREED to RECOMMEND to C']);
  });
});

describe("a decision's words after the labels a page prints before them", () => {
  const first = async (path: string) => (await read(path)).recommendations[0]?.text.slice(0, 30);
  it('leave off a Teesside "ORDERED that ..."', async () => {
    expect(await first('holdout204/pdf/middlesbrough-2025-374-community-recovery-fund.digital.pdf')).toBe('that Executive approve the spe');
  });
  it('leave off a minute\'s own number ("76/2006 That the Director ...")', async () => {
    expect(await first('holdout295/pdf/medway-2006-609-housing-roof-town-and-country.digital.pdf')).toBe('That the Director of Community');
  });
  it('leave off "That:" set as a label after "RESOLVED -"', async () => {
    expect(await first('holdout150/pdf/oldham-2025-5420-ppf-community-grants.digital.pdf')).toBe('To allocate grant funding for ');
  });
  it('leave off a decisions list\'s status on the line above ("Recommendations Approved")', async () => {
    expect(await first('holdout199/pdf/barnet-2019-7339-liquid-fuels-harvest-energy.digital.pdf')).toBe('This report relates to the awa');
  });
});

describe('sets 335-337 (first scored unseen, then read)', () => {
  it('an issue page\'s "Meeting | 07/02/2023 - Cabinet (Item 444)" dates a decision whose portfolio holder the page names', async () => {
    const r = await read('holdout336/pdf/westsuffolk-2023-02-07-26876-community-chest-2023-24.digital.pdf');
    expect(r.decisionDate).toBe('2023-02-07');
  });
  it('a lettered list of awards keeps each award\'s own sum, the next letter read as no unit (a real cabinet decision)', async () => {
    const r = await read('holdout336/pdf/westsuffolk-2023-02-07-26876-community-chest-2023-24.digital.pdf');
    expect(r.amounts.map((a) => a.value)).not.toContain(7800000);
    expect(r.recipients.find((x) => x.name.startsWith('Cambridge Pringle Group'))?.amount).toBe(7800);
  });
  it('a listing page\'s note of what the council publishes ("In accordance with the constitution, the council publishes decisions ...") is no decision; the record\'s "do hereby approve:" list is', async () => {
    const r = await read('holdout337/pdf/salford-2023-11-22-agency-drainage-engineer-reed.digital.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['the award of the Contract for ']);
  });
});

describe('sets 338-340 (first scored unseen, then read)', () => {
  it('a road\'s number some words before its road word is no reference ("A4130 Steventon Lights Integrated Transport Corridor Scheme")', async () => {
    const r = await read('holdout340/pdf/oxfordshire-2024-05-23-10441-steventon-lights-task-order-milestone.digital.pdf');
    expect(r.reference).not.toBe('A 4130');
    expect(r.title).toMatch(/^A4130 Steventon Lights/);
  });
  it('a pair of small numbers is no reference ("Berth 4/5 - Port of Ramsgate - Additional Funding" is the whole title)', async () => {
    const r = await read('holdout338/pdf/thanet-2021-5073-berth-4-5-port-of-ramsgate-additional-funding.digital.pdf');
    expect(r.title).toBe('Berth 4/5 - Port of Ramsgate - Additional Funding');
    expect(r.reference).toBeNull();
  });
  it('a forward-plan code after a dash ending the title ("... scheme - KEY/7NOV22/03") is the reference; the dated entry with an en dash in its title dates the decision', async () => {
    const r = await read('holdout340/pdf/peterborough-2022-11-14-28211-eastern-industries-milestone.digital.pdf');
    expect(r.reference).toBe('KEY/7NOV22/03');
    expect(r.decisionDate).toBe('2022-11-14');
  });
});

describe('sets 341-343 (first scored unseen, then read)', () => {
  it('a council\'s exemption under its own rules ("Access to Information Procedure Rules 10.4 (3)") names no FOIA section, and its exempt appendix is a confidential part', async () => {
    const r = await read('holdout343/pdf/leeds-2017-89211-west-park-drive-east-heating-mears.digital.pdf');
    expect(r.exemptions.foiaSections).toEqual([]);
    expect(r.exemptions.part2).toBe(true);
  });
  it('a form\'s "Item Contains Exempt/Private Reports | No" says there is no confidential part', async () => {
    const r = await read('holdout343/pdf/birmingham-2025-015278-grove-primary-boiler-dodd-group.digital.pdf');
    expect(r.exemptions.part2).toBe(false);
  });
  it('a decisions list\'s entry titled with a code and one word ("20/11/2020 - A629 Phase 1b ref: 942") is titled so, and dated', async () => {
    const r = await read('holdout341/pdf/wyca-2020-942-a629-phase-1b-calderdale.digital.pdf');
    expect(r.title).toBe('A629 Phase 1b');
    expect(r.reference).toBe('942');
    expect(r.decisionDate).toBe('2020-11-20');
  });
});

describe('who is paid for what a decision buys (sets 338-352)', () => {
  const paid = (r: { recipients: { name: string; amount: number | null }[] }) => r.recipients.map((x) => [x.name, x.amount]);
  it('the seller of a tender is paid however the tender names it ("acceptance of the tender submitted by Neo Property Solution Ltd. for the sum of £45,427"), digital and rough', async () => {
    for (const copy of ['digital', 'rough']) {
      const r = await read(`holdout343/pdf/leeds-2017-d44609-grimes-dyke-bulge-neo-property.${copy}.pdf`);
      expect(paid(r)).toEqual([['Neo Property Solution Ltd', 45427]]);
    }
  });
  it('a company a decision appoints is its supplier, alone in its sentence, with the contract value the paper states ("approve the appointment of Mears Ltd." ... "approximately £218,000")', async () => {
    const r = await read('holdout343/pdf/leeds-2017-89211-west-park-drive-east-heating-mears.digital.pdf');
    expect(paid(r)).toEqual([['Mears Ltd', 218000]]);
  });
  it('a company a contract is made with is its seller, for all the "with" before its name', () => {
    const text = 'Northvale Council\nRecord of Officer Decision\n\nDecision:\n1. To agree the proposed contract for the enabling works of the Market Hall development with Ashby Construction Ltd.\n\nReason: the works must start this year.';
    expect(paid(record(text))).toEqual([['Ashby Construction Ltd', null]]);
  });
  it('"contract" as a verb names its contractor ("agreed to contract Open Water Dredging to carry out urgent work ... at a cost of £86,000"), digital and rough', async () => {
    for (const copy of ['digital', 'rough']) {
      const r = await read(`holdout338/pdf/angus-2011-arbroath-harbour-dredging-open-water-dredging.${copy}.pdf`);
      expect(paid(r)).toEqual([['Open Water Dredging', 86000]]);
    }
  });
  it('a supplier\'s postal address, up to its postcode (misread on the rough copy), stands between no name and its sum ("to Blakemore Foodservice of Steelmans Road, ..., WS10 9UZ, United Kingdom for ... up to £2.4 million")', async () => {
    for (const copy of ['digital', 'rough']) {
      const r = await read(`holdout345/pdf/wolverhampton-2020-5596-frozen-chilled-ambient-foods-blakemore.${copy}.pdf`);
      expect(paid(r)).toEqual([['Blakemore Foodservice', 2400000]]);
    }
  });
  it('a request granted as asked gives its maker the sum ("the request for £2,100 from the Rotary Club of Witney ... be granted")', async () => {
    const r = await read('holdout346/pdf/witney-tc-2021-09-27-rotary-christmas-lights-switch-on.digital.pdf');
    expect(paid(r)).toEqual([['Rotary Club of Witney', 2100]]);
  });
  it('"to award Breathe Easy Perthshire a grant of £170" names its grantee as "award X £170" does', async () => {
    const r = await read('holdout347/pdf/pkc-2009-209-perth-cgf-breathe-easy-gannochy-friday-club.digital.pdf');
    expect(paid(r)).toEqual([['Breathe Easy Perthshire', 170], ['Gannochy Pensioners Sheltered Housing Friday Club', 200]]);
  });
  it('a party named by its short form ("a direct award of a contract to LUMS") is the one named in full, paid once: the contract\'s value heads the decision', async () => {
    const r = await read('holdout350/pdf/gmca-2023-1785-gmp-dn-a0875-lums-research-contract.digital.pdf');
    expect(paid(r)).toEqual([['Lancaster University Management School (LUMS)', 600000]]);
    expect(r.headlineAmount).toBe(600000);
  });
});

describe('minutes and reports (sets 347-349)', () => {
  it('a report "dated" on a line of its own after its name ("(Reference: Report by Executive Director ..." / "dated 26 November 2024, submitted)") dates the report, not the decision', async () => {
    const r = await read('holdout347/pdf/argyll-bute-2024-5710-campbeltown-war-memorial-act-eco-hub.digital.pdf');
    expect(r.decisionDate).toBe('2024-12-05');
  });
  it('an item that only signs the last meeting\'s record is routine ("RESOLVED that the decision record ... be signed as a correct record"): the meeting\'s other resolutions are its decisions', async () => {
    const r = await read('holdout347/pdf/carmarthenshire-2019-02-11-event-support-scheme-marathon-sheep-festival.digital.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['that the following application', 'that some funds are kept in re']);
  });
});

describe('sets 350-358 (first scored unseen, then read)', () => {
  it('a transport body named "Transport for" its area is the deciding body, and its banner no title', async () => {
    const r = await read('holdout350/pdf/tfn-2023-03-23-budget-business-plan-2023-24.digital.pdf');
    expect(r.authority).toBe('Transport for the North');
    expect(r.title).toBe('Budget and Business Plan 2023/24');
  });
  it('a count of who attended ("1 Member of the Press" under "PRESENT:") is no numbered minute: the minutes keep their own heading as title', async () => {
    const r = await read('holdout352/pdf/llanidloes-tc-2013-07-22-brickwork-cleaning-cowan.digital.pdf');
    expect(r.title).toMatch(/^MINUTES OF A COUNCIL MEETING HELD AT THE COUNCIL CHAMBER/);
  });
  it('"It was RESOLVED to award grants as follows:" over "Knutsford Together – two laptops to the value of £1,165": each grantee its sum, their total the headline', async () => {
    const r = await read('holdout352/pdf/knutsford-tc-2022-05-23-community-grant-scheme.digital.pdf');
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([['Knutsford in Bloom', 1500], ['Knutsford Together', 1165], ['Knutsford Library (Cheshire East Council)', 400]]);
    expect(r.headlineAmount).toBe(3065);
  });
  it('"Mayor of London" above "MAYOR\'S OFFICE FOR POLICING AND CRIME": the policing office decides', async () => {
    const r = await read('holdout353/pdf/mopac-pcd1263-vru-3-year-funding-alteration.digital.pdf');
    expect(r.authority).toBe("Mayor's Office for Policing and Crime (MOPAC)");
  });
  it('a scan\'s speck above the banner ("—_ OOO") is no place of the commissioner nor a title', async () => {
    const r = await read('holdout353/pdf/warwickshire-pcc-wpcc3-0090-dapp-awards-2023-25.rough.pdf');
    expect(r.authority).toBe('Police and Crime Commissioner for Warwickshire (Warwickshire PCC)');
    expect(r.title).toBe('Domestic Abuse Perpetrator Programme Awards 2023-25');
  });
  it('a wordmark that lost its spaces ("GREATERLONDONAUTHORITY") names its body', async () => {
    const r = await read('holdout356/pdf/gla-dmfd48-lfb-museum-project-contract.digital.pdf');
    expect(r.authority).toBe('Greater London Authority (Mayor of London)');
  });
  it('a development corporation with its initials in brackets decides; "£65,000 to fund ... the existing contract commission with Savills" pays Savills', async () => {
    const r = await read('holdout356/pdf/opdc-cd165-savills-western-lands-soc.digital.pdf');
    expect(r.authority).toBe('Old Oak and Park Royal Development Corporation');
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([['Savills', 65000]]);
  });
  it('a framework\'s supplier takes its "anticipated value" when the paper states one', async () => {
    const r = await read('holdout358/pdf/surrey-2017-2993-office-stationery-framework-banner-group.digital.pdf');
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([['Banner Group Limited', 900000]]);
  });
  it('a sum agreed "in principle" gives way to the one approved outright', async () => {
    const r = await read('holdout356/pdf/mopac-pcd1532-county-lines-smin.digital.pdf');
    expect(r.headlineAmount).toBe(570567);
  });
  it('a letter in the next cell of a row ("£10\\tM Penfold") is no unit', async () => {
    const r = await read('holdout357/pdf/wardington-pc-2010-10-12-grass-cutting-cheques-wadland.digital.pdf');
    expect(r.amounts.map((a) => a.value)).not.toContain(10_000_000);
    expect(r.amounts.map((a) => a.value)).toContain(10);
  });
});

describe('a paper of another kind that reports a decision (sets 359-361)', () => {
  it('a council\'s news story quoting its member has the decision it reports as its one decision ("Stirling Council has awarded more than £125,000 to eight projects ...")', async () => {
    const r = await read('holdout359/pdf/stirling-2021-09-pbip-eight-community-projects.digital.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 40))).toEqual(['Stirling Council has awarded more than £']);
  });
  it('so has a news release whose key sentence names no decision verb ("News release from: 23/05/2024" over "Two village halls will receive funding ...")', async () => {
    const r = await read('holdout361/pdf/scambs-2024-05-23-two-village-halls-community-chest.digital.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 36))).toEqual(['Two village halls will receive fundi']);
  });
  it('a paper typed "other" whose key sentence says a decision was taken keeps it ("... an exemption from the requirement to obtain competitive tenders ... has been agreed")', async () => {
    const r = await read('holdout104/pdf/shropshire-fra-2016-clun-fire-station-architects-exemption.digital.pdf');
    expect(r.recommendations).toHaveLength(1);
  });
  it('an amendment or appendix that decides nothing has no decision, however its sentence names money ("This amendment seeks to reduce the amount of capital allocated to ...")', () => {
    const text = 'Appendix C\nAmendment to the Budget\nThis amendment seeks to reduce the amount of capital allocated to the Strategic Estate Programme and allocate it to the Local Electric Vehicle Infrastructure capital project.\nThe amendment would move £2.5m between the two programmes.';
    expect(record(text).recommendations).toEqual([]);
  });
});

describe('who is asked, told or charged is not paid (sets 344-367)', () => {
  it('a cost "to" the body itself names no party paid ("a total cost of change reduction of £2,069,699 to North Yorkshire Police"), digital and scanned', async () => {
    for (const copy of ['digital', 'scanned']) {
      const r = await read(`holdout113/pdf/nypcc-2016-22-network-services-contract.${copy}.pdf`);
      expect(r.recipients).toEqual([]);
    }
  });
  it('nor does a funder an application is submitted to ("Currently a grant application is submitted to Sport England for drainage of the cricket outfield"), digital and scanned', async () => {
    for (const copy of ['digital', 'scanned']) {
      const r = await read(`holdout228/pdf/silkstone-pfc-2015-04-cricket-drainage-grant-lead-applicant.${copy}.pdf`);
      expect(r.recipients).toEqual([]);
    }
  });
  it('nor does a bid or a recommendation made "to" a body, while a grant reported as made "to" one pays it', () => {
    const bid = record('Northvale Fire Authority\nDECISION NOTICE\nThe Commissioner approved the co-location. NYFRA submitted a bid for funding to the Department for Communities and Local Government of £2.42m to create a new Transport & Stores facility, which was approved.');
    expect(bid.recipients).toEqual([]);
    const recommended = record('Northvale District Council\nPolicy and Finance Committee\nAGREED that the Committee supports the General Fund Capital Programme 2019/20 totalling £33.322m and recommends these to Full Council on 7 March 2019.');
    expect(recommended.recipients).toEqual([]);
    const reported = record('Northvale Area Committee\nMINUTES\nIt was reported that a grant had been made to the Blewbury Women’s Institute in the sum of £200 towards a sound amplification system. The Committee agreed to note the grants made.');
    expect(reported.recipients.map((x) => [x.name, x.amount])).toEqual([["Blewbury Women's Institute", 200]]);
  });
});

describe('minutes whose items are told as run-in headings, with no minute numbers (sets 365-367)', () => {
  it('read each item\'s decisions ("Co-Option of Klaus Wahle to ESCC: ... The proposal was agreed unanimously", "ESCC Treasurer: ... It was unanimously agreed to appoint ..."), digital and rough', async () => {
    for (const copy of ['digital', 'rough']) {
      const r = await read(`holdout367/pdf/echtskene-cc-2019-08-01-kirkton-playgroup-donation.${copy}.pdf`);
      expect(r.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['The proposal was agreed ', 'It was unanimously agree', 'It was therefore agreed ']);
    }
  });
  it('but a form\'s own labels ("Document Title:", "Author:") and who attended ("Present:", "Officers:") make no items of minutes', () => {
    const r = record('Document Title: Minutes of the Grants Panel – 28 May 2013\nAuthor: Liz Hornby\nCreation Date: May 13\n\nPRESENT: Councillors Christine Bateson and Mr Smith\nOfficers: Liz Hornby, Harjit Hunjan\n\nREVENUE GRANTS\nRESOLVED that the following grants be approved: Maidenhead Scouts £500.');
    expect(r.title).not.toMatch(/^(?:Officers|Author|PRESENT)\b/);
  });
});

describe('a decision told with a word between its verb\'s parts', () => {
  it('is recorded like any other ("Members further agreed to make payment to Mr C J Maughan for ..."), digital and scanned', async () => {
    for (const copy of ['digital', 'scanned']) {
      const r = await read(`holdout300/pdf/farringdon-pc-2013-12-10-war-memorial-edging-payment.${copy}.pdf`);
      expect(r.recommendations.map((x) => x.text.slice(0, 28))).toEqual(['Members agreed that the Chai', 'Members further agreed to ma']);
    }
  });
});

describe("an agenda's routine instruction as a minute's heading", () => {
  it('is routine ("1. To receive and accept apologies.", "3. To approve the notes of the last meeting ..."): only the quotes accepted are decisions, digital and scanned', async () => {
    for (const copy of ['digital', 'scanned']) {
      const r = await read(`holdout367/pdf/ruskington-pc-2023-03-23-emc-apex-roofing-quotes.${copy}.pdf`);
      expect(r.recommendations).toHaveLength(2);
      expect(r.recommendations.every((x) => /Apex Roofing/.test(x.text))).toBe(true);
    }
  });
});

describe("a public agency's name as a whole banner (sets 368-370)", () => {
  it('names the body ("Highlands and Islands Enterprise", "Broads Authority"), and is no title, digital and scanned', async () => {
    for (const copy of ['digital', 'scanned']) {
      const hie = await read(`holdout370/pdf/hie-2022-12-21-argyll-islands-approvals-1-9m.${copy}.pdf`);
      expect(hie.authority).toBe('Highlands and Islands Enterprise');
      expect(hie.title).toBe('£1.9m investment approved by HIE in Argyll and Islands over six months');
      expect((await read(`holdout370/pdf/broads-authority-sdf-projects-supported-2003-04.${copy}.pdf`)).authority).toBe('Broads Authority');
    }
  });
  it('but a heading that ends on "Authority" names none ("Grants Approved under Delegated Authority" under "CITY OF LONDON")', async () => {
    expect((await read('holdout18/pdf/cityoflondon-cbt-26199-delegated-36150.digital.pdf')).authority).toBe('City of London Corporation');
  });
  it('nor does a heading in title case that names a role or a power ("Licensing Authority", "Decisions Taken Under Delegated Authority")', () => {
    for (const heading of ['Licensing Authority', 'Decisions Taken Under Delegated Authority']) {
      expect(record(`${heading}\nDecision Notice\nOn 3 March 2024 Northvale District Council approved the grant of £500 to Northvale Scouts.`).authority).toBe('Northvale District Council');
    }
  });
});

describe("a news story's decision, dated by its release", () => {
  it('the day before the release where the story says "yesterday" ("Published on: 25th January 2019" ... "yesterday unanimously approved"), digital and scanned', async () => {
    for (const copy of ['digital', 'scanned']) {
      expect((await read(`holdout361/pdf/teesvalley-ca-2019-01-24-investment-plan-airport-peel.${copy}.pdf`)).decisionDate).toBe('2019-01-24');
    }
  });
  it('a release\'s "Published Date:" line marks a news story ("Published Date: Dec 14th, 2023" ... "at their meeting yesterday")', async () => {
    expect((await read('holdout359/pdf/fife-2023-12-13-south-west-fife-community-recovery-fund.digital.pdf')).decisionDate).toBe('2023-12-13');
  });
  it('but a release\'s date alone is when it was published, not when the decision was taken ("Published 10/12/2014" over "... has been agreed")', async () => {
    expect((await read('holdout41/pdf/hertfordshire-pcc-2014-12-community-fund-westminster-drug-project.digital.pdf')).decisionDate).toBeNull();
  });
});

describe('money given by a verb the patterns missed', () => {
  it('"£100 be donated to X" pays X, digital and rough', async () => {
    for (const copy of ['digital', 'rough']) {
      const r = await read(`holdout232/pdf/kirkmahoe-cc-2011-09-donations-school-hall-church.${copy}.pdf`);
      expect(r.recipients.map((x) => x.name)).toContain('Kirkmahoe Parish Hall');
    }
  });
  it('a quotation named at the start of its sentence ("Quotation received from X in the sum of £310 + VAT.") names its supplier and sum', () => {
    const found = recipientsIn('Quotation received from Herts & Cambs Ground Maintenance in the sum of £310 + VAT.');
    expect(found.map((x) => [x.name, x.money?.value])).toEqual([['Herts & Cambs Ground Maintenance', 310]]);
  });
});

describe('a call-in deadline (sets 374-376)', () => {
  it('is no deadline the decision was needed by: a slip in its year ("The call-in deadline is 26 June 2016." under a decision of 18/06/2019) raises no late-decision flag, digital and scanned', async () => {
    for (const copy of ['digital', 'scanned']) {
      const r = await read(`holdout374/pdf/westsussex-2019-06-18-626-cif-st-pauls-church-parish-centre.${copy}.pdf`);
      expect(r.decisionDate).toBe('2019-06-18');
      expect(r.flags.map((f) => f.code)).not.toContain('late-decision');
      expect(r.dates.find((d) => d.date === '2016-06-26')?.role).toBe('other');
    }
  });
});

describe("a paper of minutes' heading", () => {
  it('titles the paper, not a routine item under its number ("46 Minutes of previous meeting"), though its date is misspelt ("... held at 8pm on Tuesday 13th Janaury 2009")', async () => {
    const r = await read('holdout372/pdf/upton-lovell-pc-2009-01-13-chestnut-tree-woodford-precept.digital.pdf');
    expect(r.title).toBe('Minutes of the meeting of the Parish Council held at 8pm on Tuesday 13th Janaury 2009');
  });
  it('a routine item under its number is no title when nothing else is ("2 Declaration of Group Decisions and Members Interests")', () => {
    const r = record('Northvale Council\n1 Apologies\nNone.\n2 Declaration of Group Decisions and Members Interests\nNone.\n3. The Committee agreed the funding of £500,000 for the Cultural Quarter.');
    expect(r.title ?? '').not.toMatch(/Declaration/);
  });
});

describe('a lettered item whose line ends on a bracket (set 378)', () => {
  it('is the next item, no minute\'s aside ending the list: "(e) agrees for £40,000 of the ... contribution set out in resolution (b)" after "(d) ...;", digital', async () => {
    const r = await read('holdout378/pdf/tendring-20878-football-foundation-playzones.digital.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['formally agrees to a', 'agrees to contribute', 'authorises the Assis', 'authorises the Assis', 'agrees for £40,000 o']);
  });
  it('while a bracketed aside after an item still ends it ("(Councillor Fletcher returned to the meeting)")', () => {
    const r = record('Northvale Council\nRESOLVED that Cabinet:\n(a) approves a grant of £5,000 to Northvale Scouts;\n(b) notes the report.\n(Councillor Fletcher returned to the meeting)\nThe meeting closed at 8pm.');
    expect(r.recommendations.map((x) => x.text)).toEqual(['approves a grant of £5,000 to Northvale Scouts;', 'notes the report.']);
  });
});

describe("a decision-details page's text after its fields (set 379)", () => {
  it('is the sentence that recommends, not each sentence of the story before it ("The recommissioning of ... commenced in 2022 ..." / "It is recommended that the following services ... are extended"), digital and scanned', async () => {
    for (const copy of ['digital', 'scanned']) {
      const r = await read(`holdout379/pdf/gmca-pcc-dn-2023-2021-tier2-victims-services-extension.${copy}.pdf`);
      expect(r.recommendations).toHaveLength(1);
      expect(r.recommendations[0]!.text).toMatch(/^It is recommended that the following services, currently grant funded by GMCA, are extended/);
    }
  });
});

describe('a decision the prose cites (set 377, 379)', () => {
  it('is not the paper\'s reference: "In December 2019, a Director Decision (DD2430) approved ...", digital and scanned', async () => {
    for (const copy of ['digital', 'scanned']) {
      const r = await read(`holdout377/pdf/gla-md2647-heythrop-college-appeal-legal-aecom.${copy}.pdf`);
      expect(r.reference).toBeNull();
    }
  });
  it('nor is one "read in conjunction with decision reference 2024 – 013", while a labelled reference is read', () => {
    expect(record('Northvale Police and Crime Commissioner\nThis decision record should be read in conjunction with decision reference 2024 – 013.\nThe Commissioner approves a grant of £5,000 to Northvale Scouts.').reference).toBeNull();
    expect(record('Northvale Police and Crime Commissioner\nDecision reference: 2024 – 026\nThe Commissioner approves a grant of £5,000 to Northvale Scouts.').reference).toBe('2024 – 026');
  });
});

describe('a line that is no title (sets 377, 379)', () => {
  it('a clause that tells what happened ("In December 2024, the Ministry of Justice ... allocation was confirmed and assessed ...") titles nothing', async () => {
    const r = await read('holdout379/pdf/cleveland-pcc-2025-26-0026-vawg-services-extension.digital.pdf');
    expect(r.title).toBeNull();
  });
  it('nor does a signatory with his office ("Sadiq Khan, Mayor of London"), scanned', async () => {
    const r = await read('holdout377/pdf/gla-md3189-trees-for-london-2023-24-conservation-volunteers.scanned.pdf');
    expect(r.title).toBeNull();
  });
  it('nor a decision\'s lead-in ("Additional net expenditure of £148,500 ... at the public inquiry, as follows:")', async () => {
    const r = await read('holdout377/pdf/gla-md2647-heythrop-college-appeal-legal-aecom.digital.pdf');
    expect(r.title).toBeNull();
  });
});

describe("a list's total printed under it (set 379)", () => {
  it('heads the decision, as printed, though its parts come to more ("Total funding of £703,660 via the MOJ Victims Budget for 2023/24." under eleven grants that add up to £782,253)', async () => {
    const r = await read('holdout379/pdf/gmca-pcc-dn-2023-2021-tier2-victims-services-extension.digital.pdf');
    expect(r.headlineAmount).toBe(703660);
  });
  it('while a total project cost under the list is not its total', () => {
    const text = 'Northvale Council\nDecision\nThe Committee agreed the following grants from the Community Fund:\n\n• Northvale Scouts - £1,000\n• Northvale Bowls Club - £2,000\n\nTotal project cost £9,000 for the two projects.';
    expect(record(text).headlineAmount).toBe(3000);
  });
});

describe("a supplier's contract value stated apart from its name (set 377)", () => {
  it('is its sum: "Approve the award of contract to \'Softcat PLC\' ... . The maximum value of the contract will be £900,000. Implementation costs of £159,000 ...", the value restated in the summary too, digital and rough', async () => {
    for (const copy of ['digital', 'rough']) {
      const r = await read(`holdout377/pdf/mopac-pcd1232-medical-sfr-softcat.${copy}.pdf`);
      expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([['Softcat PLC', 900000]]);
    }
  });
  it('"The contract has a total value of £6,953,020.70" gives it too, while two values stated leave it none', () => {
    const one = record('Northvale Council\nDecision Taken:\nThe decision to award the Construction Contract to Hartwell Construction Ltd for the new depot.\nThe contract has a total value of £6,953,020.70.');
    expect(one.recipients.map((x) => [x.name, x.amount])).toEqual([['Hartwell Construction Ltd', 6953020.7]]);
    const two = record('Northvale Council\nDecision Taken:\nThe decision to award the Construction Contract to Hartwell Construction Ltd for the new depot.\nThe contract has a total value of £6,953,020.70. For the second phase the contract value is £1,000,000.');
    expect(two.recipients.map((x) => [x.name, x.amount])).toEqual([['Hartwell Construction Ltd', null]]);
  });
});

describe('parties a table or a report names by letter or number (sets 380-382, read after they were scored)', () => {
  it('a bidder the report keeps anonymous is no recipient ("To award the contract for the delivery of the Bridleway to Tender A in Table 1 of the report."), digital and rough', async () => {
    for (const copy of ['digital', 'rough']) {
      const r = await read(`holdout380/pdf/southribble-2021-07-23-930-green-links-bridleway-leyland.${copy}.pdf`);
      expect(r.recipients).toEqual([]);
    }
  });
  it("a table's rows numbered in a column with no heading ('2.4 | Bicentenary Pipe Band Championships | ... | £10,019 | £4000' under 'Organisation | Narrative | Total Project Costs | Awarded') give the party the awarded sum, digital", async () => {
    const r = await read('holdout380/pdf/argyll-bute-2012-65514-helensburgh-lomond-third-sector-grants.digital.pdf');
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual(expect.arrayContaining([['Arrochar, Tarbet and Ardlui Heritage Group', 1110], ['Bicentenary Pipe Band Championships', 4000]]));
  });
});

describe("a paragraph-numbered resolution that opens on 'that' and a name (set 380, read after it was scored)", () => {
  it('is an item of its own ("9.3 that Carmarthenshire County Council requests an observer role ..."), not the last line of 9.2, digital and rough', async () => {
    for (const copy of ['digital', 'rough']) {
      const r = await read(`holdout380/pdf/carmarthenshire-2017-03-13-13-chrt-llanelly-house-financial-support.${copy}.pdf`);
      expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['to approve a grant to support ', 'that a charge for the value of', 'that Carmarthenshire County Co']);
    }
  });
});

describe('minutes that record a vote after each resolution (set 385, read after it was scored)', () => {
  it('take the words after a run-in "RESOLVED:" label, and a bare "Agreed." after them is the vote, no decision of its own, digital and rough', async () => {
    for (const copy of ['digital', 'rough']) {
      const r = await read(`holdout385/pdf/deal-tc-2013-07-22-fgp-rugby-club-grant-deferred.${copy}.pdf`);
      const texts = r.recommendations.map((x) => x.text);
      expect(texts.filter((t) => /^Agreed\.?$/.test(t)).length).toBeLessThanOrEqual(1);
      expect(texts).toContain('Members agreed to note the information.');
      expect(texts.some((t) => /^That the decision on the grant application from the Deal and Betteshanger Rugby Club is to be deferred\b/.test(t))).toBe(true);
    }
  });
  it('a bare "Agreed." after a motion the paragraph states is that motion agreed', () => {
    const r = record(['Minutes of the Parish Council meeting held on 3 March 2024', '', '1. Apologies: none.', '', '2. Minutes: the minutes of the last meeting were approved as a correct record.', '', '3. Finance and accounts', '', 'The Clerk presented the accounts. It was moved to pay the hall hire invoice of £120. (P) AB (S) CD. Agreed.', '', '4. Playground repairs', '', 'The inspection report was received. It was proposed to repair the swing seat at a cost of £85. (P) EF (S) GH. Agreed.'].join('\n'));
    expect(r.recommendations.map((x) => x.text)).toEqual(['It was moved to pay the hall hire invoice of £120.', 'It was proposed to repair the swing seat at a cost of £85.']);
  });
});

describe("a resolution approving the last minutes as amended (set 384, read after it was scored)", () => {
  it('is the minutes approval, left out where the meeting decided more ("(a) That subject to the amendment requested by Councillor Stringer to minute No 3 ... the minutes ... be approved as a correct record."), digital and scanned', async () => {
    for (const copy of ['digital', 'scanned']) {
      const r = await read(`holdout384/pdf/newcastle-staffs-2012-09-17-grants-panel-audley-community-chest.${copy}.pdf`);
      expect(r.recommendations[0]!.text).toMatch(/^That in respect of resolution \(e\) to minute No 5\b/);
      expect(r.recommendations.some((x) => /minutes of the meeting of this Committee/.test(x.text))).toBe(false);
    }
  });
});

describe("a news story's decision (set 383, read after it was scored)", () => {
  it('is the sentence that tells the award, not a recipient\'s words quoted ("Kev Saunders ... said, “We are thrilled to receive this funding ..."), digital and scanned', async () => {
    for (const copy of ['digital', 'scanned']) {
      const r = await read(`holdout383/pdf/hampshire-pcc-2019-06-24-search-rescue-dogs-6401.${copy}.pdf`);
      expect(r.recommendations.map((x) => x.text)).toEqual([expect.stringMatching(/Police and Crime Commissioner Michael Lane has awarded Hampshire Search and Rescue Dogs £6,401 in funding\b/)]);
    }
  });
  it('may tell it with "given" ("have both been given £2,000"), a sum given as much as one awarded', () => {
    const r = record(['Youth fund boosts three clubs', '', 'Police news, 3 March 2021', '', 'The youth fund helps young people take part in community projects across the county and keeps them safe.', '', 'The boxing club and the rugby club have both been given £2,000 by the Commissioner for their youth sessions this year.', '', 'The coach said, “This will let us open two more nights a week for the young people of the town.”'].join('\n'));
    expect(r.recommendations.map((x) => x.text)).toEqual(['The boxing club and the rugby club have both been given £2,000 by the Commissioner for their youth sessions this year.']);
  });
});

describe("a recipient's provenance", () => {
  it('says which reader named it: a list of sums under a lead-in that gives them, or a decision\'s sentence', () => {
    const list = record(['Decision of the Portfolio Holder', '', 'It was agreed to award grants to the following organisations:', 'Hartley Youth Club - £1,500', 'Meadow Lane Allotment Society - £750', 'Riverside Food Bank - £2,000'].join('\n'));
    expect(list.recipients.map((r) => [r.name, r.how])).toEqual([['Hartley Youth Club', 'sums-list'], ['Meadow Lane Allotment Society', 'sums-list'], ['Riverside Food Bank', 'sums-list']]);
    const sentence = record(['Decision of the Portfolio Holder', '', 'Decision', '', '1. To award a grant of £4,000 to Hartley Youth Club for its summer programme.'].join('\n'));
    expect(sentence.recipients.map((r) => [r.name, r.amount, r.how])).toEqual([['Hartley Youth Club', 4000, 'decision-sentence']]);
  });
});

describe("a party's name in Welsh, Gaelic or French letters (set 384, read after it was scored)", () => {
  it('is a row of a table of awards ("Gŵyl Cerddoriaeth Llandeilo | £1,500.00"), read whole, and the awards add up to the headline', () => {
    const r = record(['Executive Board Member Decisions', '', '3. EVENT SUPPORT FUND APPLICATIONS', '', 'RESOLVED that the following applications for assistance from the Events Support Fund be approved:-', '', 'Event                           Award', 'Gŵyl Cerddoriaeth Llandeilo     £1,500.00', 'Llandeilo Jazz Festival         £1,500.00', 'Fèis Rois Summer School         £2,000.00'].join('\n'));
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([['Gŵyl Cerddoriaeth Llandeilo', 1500], ['Llandeilo Jazz Festival', 1500], ['Fèis Rois Summer School', 2000]]);
    expect(r.headlineAmount).toBe(5000);
  });
  it('is named whole in a sentence ("£1,375 to Tain & District Youth Café"), not cut at its accent', () => {
    const r = record(['Decision of the Area Committee', '', 'It was agreed to award £1,375 to Tain & District Youth Café for its running costs.'].join('\n'));
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([['Tain & District Youth Café', 1375]]);
  });
});

describe("a commissioner known only by its initials (set 383, read after it was scored)", () => {
  it('is a police, fire and crime commissioner when they say so ("The Property Fund is held by the OPFCC ... which the PFCC then distributes"), digital and rough', async () => {
    for (const copy of ['digital', 'rough']) {
      const r = await read(`holdout383/pdf/cumbria-pfcc-property-fund-workington-boxing-academy-2500.${copy}.pdf`);
      expect(r.authority).toBe('Police, Fire and Crime Commissioner');
    }
  });
});

describe('minutes numbered year / meeting / item (set 387, read after it was scored)', () => {
  it('read "10/06/01", "10/06/02" as minute numbers, no dates: the meeting is dated by what the minutes say, or not at all', () => {
    const r = record(['Aldingham Parish Council', '', 'Present: Cllr Baumber, Cllr Butler, Cllr Park; Neil Whalley (Clerk)', '10/06/01 To receive apologies for absence', 'Janet Willis sent her apologies.', '10/06/02 To sign as a correct record the minutes of the meeting held 21st June 2010', 'The minutes were agreed and signed by the Chairman', '10/06/03 To receive declarations of interest', 'None were received', '10/06/04 New Close resurfacing', 'The Council agreed that their original donation of £350 would stand.'].join('\n'));
    expect(r.dates.map((d) => d.date)).toEqual(['2010-06-21']);
    expect(r.decisionDate).toBeNull();
  });
});

describe("a minute's agreement told in a clause of its own (set 387, read after it was scored)", () => {
  it('starts at its "it was agreed", also where "it was" ends the line above ("... with the new colour and it was" / "agreed that as the original supplier ...")', () => {
    const r = record(['Minutes of the meeting of Barkston Ash Parish Council held on Tuesday, 8th November 2016', '', 'Village signs', '', '20’s Plenty - the remaining village signs are to be updated with the new colour and it was', 'agreed that as the original supplier was not able to do this Signtifik would be used.'].join('\n'));
    expect(r.recommendations.map((x) => x.text)).toEqual(['it was agreed that as the original supplier was not able to do this Signtifik would be used.']);
  });
  it('after a clause set off by a comma ("... and, during the discussion that followed, it was agreed to ..."), but from the sentence\'s start after an opening phrase ("After discussions it was agreed to ...")', () => {
    const comma = record(['Minutes of the Community Council meeting held on 10 January 2018', '', 'Telephone kiosk', '', 'Sarah Jones was thanked for explaining the scheme and, during the discussion that followed, it was agreed to move forward in consultation with Cadwyn Clwyd.'].join('\n'));
    expect(comma.recommendations.map((x) => x.text)).toEqual(['it was agreed to move forward in consultation with Cadwyn Clwyd.']);
    const opening = record(['Minutes of the Parish Council meeting held on 14 August 2019', '', 'Village shop', '', 'After discussions it was agreed to secure the shop windows and front door to the maximum cost of £4,000 ex VAT.'].join('\n'));
    expect(opening.recommendations.map((x) => x.text)).toEqual(['After discussions it was agreed to secure the shop windows and front door to the maximum cost of £4,000 ex VAT.']);
  });
});

describe("a news story's awards told in the past (set 387, read after it was scored)", () => {
  it('name their recipients as minutes do ("Shrewsbury Railway Heritage Trust was awarded £500 ..."), and the awards add up to the headline', () => {
    const r = record(['Town council awards community grants', '', 'Published: 27 February 2023', '', 'The town council has awarded grants to local organisations following a recent finance committee meeting.', '', 'Shrewsbury Railway Heritage Trust was awarded £500 to help towards insulation costs.', '', 'Shrewsbury Repair Café was awarded £750 to help residents to re-use or repair items.', '', 'The committee chair said: “We had a diverse range of applications to consider at our meeting.”'].join('\n'));
    expect(r.recipients.map((x) => [x.name, x.amount]).sort()).toEqual([['Shrewsbury Railway Heritage Trust', 500], ['Shrewsbury Repair Café', 750]]);
    expect(r.headlineAmount).toBe(1250);
  });
});

describe("a banner that names a body's kind and no place (set 387, read after it was scored)", () => {
  it('gives way to the body the lines below name ("Parish Council Minutes - November 2016" over "Minutes of the meeting of Barkston Ash Parish Council ...")', () => {
    const r = record(['Parish Council Minutes - November 2016', '', 'Minutes of the meeting of Barkston Ash Parish Council held on Tuesday, 8th November 2016, in the Village Hall.', '', 'Present: Catherine Daniels - Chair, John Brassington', '', 'Library volunteers', '', 'It was agreed to give £160 to the library volunteers.'].join('\n'));
    expect(r.authority).toBe('Barkston Ash Parish Council');
  });
  it('is kept where nothing names the place', () => {
    const r = record(['Parish Council Minutes - November 2016', '', 'Present: Catherine Daniels - Chair, John Brassington', '', 'Library volunteers', '', 'It was agreed to give £160 to the library volunteers.'].join('\n'));
    expect(r.authority).toBe('Parish Council');
  });
});

describe('a lease granted at a rent (set 388, read after it was scored)', () => {
  it('gives its tenant no money: the tenant is no recipient ("to grant a new lease to ColinDeli Ltd ... at a rent of £35,000 per annum")', () => {
    const r = record(['Cabinet Member Decision', '', 'Decision', '', 'The property has since been marketed and the Council wishes to proceed to grant a new lease to ColinDeli Ltd for a term of 14 years on full repairing terms at a rent of £35,000 per annum.'].join('\n'));
    expect(r.recipients).toEqual([]);
  });
});

describe('a paragraph the OCR layout analysis skipped whole (set 387, read after it was scored)', () => {
  it('is read again as a block: the rough copy keeps "The Council agreed that their original donation of £350 would stand ..."', async () => {
    const r = await read('holdout387/pdf/aldingham-pc-2010-07-26-new-close-resurfacing-donation-350.rough.pdf');
    expect(r.amounts.map((a) => a.value)).toContain(350);
    expect(r.recommendations.some((x) => /original donation of £350/.test(x.text))).toBe(true);
  });
});

describe('a party that "will get" its sum (set 387, read after it was scored)', () => {
  it('is a recipient as one that "will receive" it is, and the two awards add up to the headline', () => {
    const r = record(['Two groups celebrate town council grants', '', 'Published: 12 May 2025', '', 'The Friends of Builth Wells Library will receive £400 and the Cylch group at Builth Wells Primary School will get £817.27.', '', 'The library group asked for £400 to carry out projects.'].join('\n'));
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([['Friends of Builth Wells Library', 400], ['Builth Wells Primary School', 817.27]]);
    expect(r.headlineAmount).toBe(1217.27);
  });
});

describe('applications granted together, each with its bracketed sum (set 389, read after it was scored)', () => {
  it('names each applicant with its sum, and their total heads the decision, digital and scanned', async () => {
    for (const copy of ['digital', 'scanned']) {
      const r = await read(`holdout389/pdf/gmca-2019-4748-investment-framework-four-loans.${copy}.pdf`);
      expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([
        ['Swim Sports Company Limited', 500000],
        ['Salford Evolution', 5800000],
        ['Intechnica Limited', 150000],
        ['Erlson Precision Holdings Limited', 700000],
      ]);
      expect(r.headlineAmount).toBe(7150000);
    }
  });
  it('names none where the applications are refused', () => {
    const r = record(['Grants Panel decision', '', '1. That the applications for Alpha Youth Club (grant of £500) and Beta Arts Trust (grant of £750) be refused.'].join('\n'));
    expect(r.recipients).toEqual([]);
  });
});

describe('parties counted, listed, then given a sum each (set 390, read after it was scored)', () => {
  it('gives each listed group the sum ("Three groups, A, B and C will each receive £50,000")', () => {
    const r = record(['Council grants announced', '', 'Three groups, Aughnacloy Community Group, Ballinderry Shamrocks GAC and Kildress Wolfe Tones GAC will each receive £50,000 towards the costs of new community hub buildings.'].join('\n'));
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([
      ['Aughnacloy Community Group', 50000],
      ['Ballinderry Shamrocks GAC', 50000],
      ['Kildress Wolfe Tones GAC', 50000],
    ]);
  });
});

describe('a sum released "by way of a grant" to a party (set 391, read after it was scored)', () => {
  it('is that party\'s, and the three sums released add up to the headline', async () => {
    const r = await read('holdout391/pdf/witney-tc-8364-annual-grants-volunteer-link-carnival.digital.pdf');
    expect(r.recipients.map((x) => [x.name, x.amount])).toContainEqual(['Witney Carnival Committee', 2400]);
    expect(r.headlineAmount).toBe(5400);
  });
});

describe('a news story of awards that states their total (set 391, read after it was scored)', () => {
  it('names a grantee described between commas ("X, which is run under the auspices of ..., was awarded £250"), and the stated total heads it', async () => {
    const r = await read('holdout391/pdf/langport-tc-community-grants-cricket-senior-citizens-memory-cafe.scanned.pdf');
    expect(r.recipients.map((x) => x.name)).toContain('Forget-me-not Memory Café');
    expect(r.headlineAmount).toBe(7490);
  });
});

describe("a numbered decision's own table between it and the next item (set 389, read after it was scored)", () => {
  it('does not end the list: "1. ... detailed in the table below ... be approved." over a table, then "2. That authority be delegated ..."', async () => {
    const r = await read('holdout389/pdf/gmca-2024-22644-manchester-new-square-loan-variation.digital.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 40))).toEqual(['That a variation to the terms of the GM ', 'That authority be delegated the GMCA Tre']);
  });
});

describe('minutes that print one resolution in prose and another over a list (set 391, read after it was scored)', () => {
  it('count the prose one too ("... and RESOLVED that the ASDM obtains three quotes ..." then "... and RESOLVED to:" over 1.-3.)', async () => {
    const r = await read('holdout391/pdf/saltash-tc-6177-christmas-lights-2022-contractor-a.digital.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['that the ASDM obtains three qu', 'Appoint contractor A at a fixe', 'Approve the cost of £2.40 per ', 'Approve the additional mainten']);
  });
});

describe('a prominent line cut before its phrase ends', () => {
  it('is no title ("... and another for use of")', () => {
    const r = record(['Members considered two applications for subsidised lettings: one from Witney Food Revolution and another for use of', '', 'Burwell Hall to host a Christmas Party.', '', 'Members approved funding for both applications.'].join('\n'));
    expect(r.title).toBeNull();
  });
});

describe("a numbered list's next item back at the markers' edge, its marker lost", () => {
  it('is the next item: "1. Approve the Supplementary Capital Programme ..." (wrapped lines set in) then "Agree that the current allocations ..." at the marker, digital and rough', async () => {
    for (const copy of ['digital', 'rough']) {
      const r = await read(`holdout340/pdf/rct-2023-11-20-845-highways-supplementary-capital-programme.${copy}.pdf`);
      expect(r.recommendations.map((x) => x.text.slice(0, 25))).toEqual(['Approve the Supplementary', 'Agree that the current al']);
    }
  });
});

describe("the body whose gov.uk address a page gives (set 394, read after it was scored)", () => {
  it('decides, not a borough the page only mentions ("procured by the Royal Borough of Kensington and Chelsea" on a page whose contact is "@southwark.gov.uk")', async () => {
    const r = await read('holdout394/pdf/southwark-2023-7853-ices-nrs-healthcare.digital.pdf');
    expect(r.authority).toBe('Southwark Council');
  });
  it("is not a government department's ('@communities.gov.uk')", () => {
    const r = record(['Letter', '', 'Dear Leader,', '', 'The department approves the grant of £20,000 to the Trust. Contact: team@communities.gov.uk'].join('\n'));
    expect(r.authority).not.toBe('Communities Council');
  });
});

describe('a schedule of one month\'s decisions', () => {
  it('is titled by its heading ("Wales: delegated decisions October 2023"), no form\'s name, digital and scanned', async () => {
    expect((await read('holdout188/pdf/heritagefund-wales-2023-10-delegated-valleys-kids-dance-floor.digital.pdf')).title).toBe('Wales: delegated decisions October 2023');
    expect((await read('holdout55/pdf/heritagefund-wales-2024-11-delegated-judges-lodging-flat-holm.scanned.pdf')).title).toBe('Wales: delegated decisions November 2024');
  });
});

describe('a loan or investment made into a party (set 392, read after it was scored)', () => {
  it('names the party with its sum ("the investment into The Modular Analytics Company Limited of £400,000"), not a place ("into the Ram Meadow site")', async () => {
    const r = await read('holdout392/pdf/gmca-2023-05-30-18051-investment-framework-egc-fund-modular-analytics.digital.pdf');
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([['Modular Analytics Company Limited', 400000], ['Miribase Limited', 350000]]);
    const site = record(['Clubhouse', '', '(1) subject to planning permission, an investment of £50,000 be made into the Ram Meadow site, Bury St Edmunds to enable the club to build a clubhouse;'].join('\n'));
    expect(site.recipients.map((x) => x.name)).not.toContain('Ram Meadow');
  });
});

describe('a sum allocated from a fund for a named project (set 394, read after it was scored)', () => {
  it('names the project ("To agree a £34,500 allocation from the Bath CIL neighbourhood portion for Bathwick Towpath Improvement Project Application BA059"), without its application number', async () => {
    const r = await read('holdout394/pdf/bathnes-2019-07-01-1267-neighbourhood-cil-bath-round-five.digital.pdf');
    expect(r.recipients.map((x) => [x.name, x.amount])).toContainEqual(['Bathwick Towpath Improvement Project', 34500]);
    expect(r.recipients.map((x) => [x.name, x.amount])).toContainEqual(['Bath City Farm Community Hub Project', 125000]);
  });
  it('names no party where what the sum is for is no organisation or project ("£1m from the capital programme for Education")', () => {
    const r = record(['Capital proposals', '', '1. To approve £1,000,000 from the capital programme for Education improvements at two schools.'].join('\n'));
    expect(r.recipients.map((x) => x.name)).not.toContain('Education');
  });
});

describe('a sum approved earlier under delegation and only noted now (set 392, read after it was scored)', () => {
  it('is not the headline: "That the loan facility of up to £1m ... be approved" heads it, not "the investment ... of £400,000, approved under delegation, be noted"', async () => {
    const r = await read('holdout392/pdf/gmca-2023-05-30-18051-investment-framework-egc-fund-modular-analytics.digital.pdf');
    expect(r.headlineAmount).toBe(1000000);
  });
});

describe('a resolution that leads in on a dash over its lettered list, a gap a scan set under it (set 142, scanned copies)', () => {
  it('reads the list, not the lead-in: "RESOLVED that Cabinet —" over "(a) approves ...", rough copy', async () => {
    const r = await read('holdout142/pdf/denbighshire-2026-3079-local-growth-fund-programme.rough.pdf');
    expect(r.recommendations.length).toBe(5);
    expect(r.recommendations[0]!.text).toMatch(/^approves the further development of the Local Growth Fund programme/);
  });
});

describe("a minute's account that runs on to the sentence that decides (set 395, read after it was scored)", () => {
  it('takes "The Executive agreed the award of £2,000 ..." as the decision, not "The Executive received a report ...", and its sum as the headline', async () => {
    const r = await read('holdout395/pdf/woking-2018-593-age-concern-woking-grant.digital.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 40))).toEqual(['The Executive agreed the award of £2,000']);
    expect(r.headlineAmount).toBe(2000);
  });
});

describe('an issue page that prints its item heading as a link to the report (set 395, read after it was scored)', () => {
  it('reads "That, subject to ... a one-off grant of up to £10,000 be awarded" as the resolution (its "That" before a comma), without the heading over it', async () => {
    const r = await read('holdout395/pdf/woking-2021-exe21-123-community-furniture-project-grant.digital.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 42))).toEqual(['That, subject to the outcome of the Counci']);
  });
  it('takes the report code after the heading that repeats the title ("37 The Woking Community Furniture Project - ... EXE21-123") as the reference', async () => {
    const r = await read('holdout395/pdf/woking-2021-exe21-123-community-furniture-project-grant.scanned.pdf');
    expect(r.reference?.replace(/\s/g, '')).toBe('EXE21-123');
  });
  it('titles the paper by the report, without the minute number or the link\'s "PDF 311 KB"; reads the decision under "Decision of the Executive Councillor for ...", not "Matter for Decision"', async () => {
    const r = await read('holdout395/pdf/cambridge-2019-24548-s106-play-areas-open-spaces.digital.pdf');
    expect(r.title).toBe('S106 Funding Round 2019: Play Areas and Open Spaces');
    expect(r.recommendations.map((x) => x.text.slice(0, 40))).toEqual(['Agreed to allocated s106 funding to the ']);
  });
});

describe('a news release that lists the awards members approved (set 397, read after it was scored)', () => {
  it('ends the last bullet at its full stop, before the prose set out at the margin after a gap; the total received heads it', async () => {
    const r = await read('holdout397/pdf/highland-2016-12-01-inverness-common-good-raigmore-skate-park.digital.pdf');
    expect(r.recommendations.at(-1)!.text).toBe('£20,000 for Blythswood Care, Highland Foodbank – Inverness project.');
    expect(r.headlineAmount).toBe(109800);
  });
  it('keeps a heading that leads in to more bullets inside the list ("• ... were granted £700." / "Cromarty Firth Ward COVID Response Budget:" / "• ...")', async () => {
    const r = await read('holdout297/pdf/highland-2023-easter-ross-area-committee-ward-discretionary-approvals.digital.pdf');
    expect(r.recommendations.length).toBe(9);
  });
});

describe('parallel items that approve equal sums for different applications (set 395, read after it was scored)', () => {
  it('adds every item, "a total £31,660" among them, and both £19,600 allocations: the items differ after the figure (92,715)', async () => {
    const r = await read('holdout395/pdf/bathnes-2018-1129-neighbourhood-cil-bath-third-round.digital.pdf');
    expect(r.headlineAmount).toBe(92715);
  });
});

describe("a listing page titled \"Decisions\" (set 398, read after it was scored)", () => {
  it('reads the entry\'s own "Decision:" ("Enter into a contract of a value of £30,158 with One YMCA ..."), not the grant\'s purposes quoted in its description', async () => {
    const r = await read('holdout398/pdf/eastherts-2021-1484-one-ymca-rough-sleeper-accommodation.digital.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 45))).toEqual(['Enter into a contract of a value of £30,158 w']);
    expect(r.headlineAmount).toBe(30158);
  });
});

describe('a tender named with its cost (set 398, read after it was scored)', () => {
  it('gives the tenderer the cost the report states ("lowest tender ... submitted by Clovemead Construction Ltd at a cost of £243,038.00")', async () => {
    const r = await read('holdout398/pdf/wirral-2012-07-09-our-lady-st-edwards-clovemead.digital.pdf');
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([['Clovemead Construction Ltd', 243038]]);
  });
  it('reads a tender "had been accepted ... with a contract sum of £3,056,375", its tenderer\'s place in brackets before "Limited"', () => {
    const found = recipientsIn('That Members note that the tender submitted by John Turner and Sons (Preston) Limited had been accepted by the Strategic Director, Corporate and Policy, and a contract had been entered into, with a contract sum of £3,056,375.');
    expect(found.map((x) => [x.name, x.money?.value])).toEqual([['John Turner and Sons (Preston) Limited', 3056375]]);
  });
  it('names no party by a fund\'s name in number words ("\'£50 for Fifty\' grants be awarded to ...")', () => {
    const r = record(['Grants', '', "2. That, '£50 for Fifty' grants be awarded to Friends of Witney Community Support Service, Springfield School and Witney Youth Council."].join('\n'));
    expect(r.recipients.map((x) => x.name)).not.toContain('Fifty');
  });
});

describe('bullets a scan lost after it read the first (sets 395 and 397, read after they were scored; set 199 as a guard)', () => {
  it('reads each "To agree a £... allocation" set in where the first bullet\'s words start as an item of its own (6 items, scanned)', async () => {
    const r = await read('holdout395/pdf/bathnes-2018-1129-neighbourhood-cil-bath-third-round.scanned.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 22))).toEqual(['To agree a £14,400 all', 'To agree a £19,600 all', 'To agree a £6,000 allo', 'To agree a £1,455 allo', 'To agree a total £31,6', 'To agree a £19,600 all']);
  });
  it('reads the line after an item\'s "; and" as the next item ("£20,000 for Blythswood Care ...", scanned)', async () => {
    const r = await read('holdout397/pdf/highland-2016-12-01-inverness-common-good-raigmore-skate-park.scanned.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['£54,800 to Inverness', '£35,000 to Community', '£20,000 for Blythswo']);
  });
  it('leaves an item\'s own figures that run on over a semicolon in the item ("(up to £1,809,700 in 2025-26;" / "£1,659,700 in 2026-27; ...")', async () => {
    const r = await read('holdout199/pdf/gla-md3351-community-events-programme-2025-28.digital.pdf');
    expect(r.recommendations.length).toBe(2);
  });
});

describe("a schedule of decisions taken over several days, each day's under its date (set 400, read after it was scored)", () => {
  it('is dated by its last day, in the year its title gives ("... delegated decisions October 2023" / "20 October" / "26 October")', async () => {
    const r = await read('holdout400/pdf/heritagefund-midlands-east-2023-10-delegated-opal22-increase-st-faiths.digital.pdf');
    expect(r.decisionDate).toBe('2023-10-26');
  });
  it('is not dated by one full date alone on its line, a release\'s ("28 March 2013" under a commissioner\'s banner)', () => {
    const r = record(['Police and Crime Commissioner for Suffolk', '', '28 March 2013', '', 'Community safety funds', '', 'The Commissioner has awarded £5,000 to the Ipswich Youth Project.'].join('\n'));
    expect(r.decisionDate).toBeNull();
  });
});

describe('minutes of a grants panel (set 401, read after it was scored)', () => {
  it('take no reference from a heading\'s own word and number ("RECOMMENDATION 1 - Grant Funding 2005/06"), and keep it in the title', async () => {
    const r = await read('holdout401/pdf/harrow-2005-01-24-grant-funding-2005-06-budget.digital.pdf');
    expect(r.reference).toBeNull();
    expect(r.title).toBe('RECOMMENDATION 1 - Grant Funding 2005/06');
  });
});

describe("a listing's account of the report before its resolution (set 402, read after it was scored)", () => {
  it('is no decision: "(Report of Chief Executive) The report reviewed and noted progress ..." gives way to "RESOLVED: That (1) ... (2) ..."', async () => {
    const r = await read('holdout402/pdf/tmbc-2023-1430-voluntary-community-sector-grants-canwk.digital.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['the good progress and support ', 'based on the good progress and']);
  });
});

describe('a joint committee of councils named for its service (set 403, read after it was scored)', () => {
  it('is the authority: "Chesterfield and District Joint Crematorium Committee" over its minutes, digital and scanned', async () => {
    for (const copy of ['digital', 'scanned']) {
      const r = await read(`holdout403/pdf/chesterfield-jcc-2021-03-22-cremator-repairs-reserve-20k.${copy}.pdf`);
      expect(r.authority).toBe('Chesterfield and District Joint Crematorium Committee');
    }
  });
});

describe("a minutes page whose items' headings sit over their reports' links (set 403, read after it was scored)", () => {
  it('is titled by the item that decides ("Budget Monitoring Report - Period 10" over "PDF 83 KB", "That approval be given ... £20k"), not by a link', async () => {
    for (const copy of ['digital', 'scanned']) {
      const r = await read(`holdout403/pdf/chesterfield-jcc-2021-03-22-cremator-repairs-reserve-20k.${copy}.pdf`);
      expect(r.title).toBe('Budget Monitoring Report - Period 10');
      expect(r.reference).toBeNull();
    }
  });
});

describe("a town council committee's minutes (set 404, read after it was scored)", () => {
  it('are titled by their own heading, which wraps after its day ("... held on Wednesday 1" / "November 2017 at 6pm ...")', async () => {
    const r = await read('holdout404/pdf/abergavenny-tc-2017-11-01-finance-grants-500-and-100.digital.pdf');
    expect(r.title).toBe("Minutes of the Finance Committee Meeting held on Wednesday 1 November 2017 at 6pm in the Mayor's Parlour, Town Hall, Abergavenny");
  });
  it('are not titled by a numbered line that says what the meeting did ("3. The following grant applications were considered:")', async () => {
    const r = await read('holdout404/pdf/abergavenny-tc-2013-02-06-finance-toy-fair-cycling-festival.digital.pdf');
    expect(r.title).toMatch(/^Minutes of the Finance Committee Meeting held on Wednesday 6 February 2013 at 6pm/);
  });
  it('head a decision by both sums it grants ("£2000 be granted for the September Festival and £1000 for the Winter Event")', async () => {
    const r = await read('holdout404/pdf/abergavenny-tc-2015-04-02-finance-food-festival-toy-fair.digital.pdf');
    expect(r.headlineAmount).toBe(3000);
  });
});

describe("an issue page's background (set 405, read after it was scored)", () => {
  it('dates the decision by the meeting it names ("Meeting: 05/09/2023 - Cabinet (Item 9)"), not by an earlier decision it tells of', () => {
    const text = ['Medway Council', 'Issue - meetings', '', 'Household Support Fund', '', 'Meeting: 05/09/2023 - Cabinet (Item 9)', '', 'Background:', '', 'On 4 April 2023, the Cabinet agreed plans for the Household Support Fund for 2023/2024, part of which had included grants to residents.', '', 'Decision:', '', 'The Cabinet agreed to delegate authority to the Director of Public Health to disburse £150,000 to members of the Medway Food Partnership.'].join('\n');
    expect(record(text).decisionDate).toBe('2023-09-05');
    // A decision told so with no meeting named dates it still.
    expect(record(text.replace('Meeting: 05/09/2023 - Cabinet (Item 9)', '')).decisionDate).toBe('2023-04-04');
  });
});

describe('a grant agreement paid from a budget (set 405, read after it was scored)', () => {
  it('is headed by the grant it enters into ("To enter into a £221,242 grant agreement ..."), not by the budget it is released from ("... Capital Programme budget of £1,407,409")', async () => {
    for (const copy of ['digital', 'scanned']) {
      const r = await read(`holdout405/pdf/buckinghamshire-2025-01-13-1500-meadowcroft-thrive-homes-grant.${copy}.pdf`);
      expect(r.headlineAmount).toBe(221242);
    }
  });
  it('in whichever order its items come', () => {
    const r = record(['Decision', '', 'i) To release funding from the ringfenced s.106 in the published Capital Programme budget of £1,407,409.', '', 'ii) To enter into a £221,242 grant agreement with Thrive Homes for 26 affordable homes.'].join('\n'));
    expect(r.headlineAmount).toBe(221242);
  });
});

describe('a yearly grant for a stated number of years (set 405, read after it was scored)', () => {
  it('gives its recipient the whole ("£5,000 per year for two years ... to the value of £10,000"), digital and rough', async () => {
    for (const copy of ['digital', 'rough']) {
      const r = await read(`holdout405/pdf/tamworth-2019-01-10-536-grant-agreement-tamworth-samaritans.${copy}.pdf`);
      expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([["Tamworth Samaritans", 10000]]);
    }
  });
});

describe("a resolution told in a minute's prose (set 406, read after it was scored)", () => {
  it('keeps its "that" and leaves its label off ("After consideration, it was RESOLVED that the Council grant the sum of £300 ...")', async () => {
    const r = await read('holdout406/pdf/clanfield-pc-2020-03-03-home-start-butser-grant-300.digital.pdf');
    expect(r.recommendations[0]?.text).toMatch(/^that the Council grant the sum of £300/);
  });
});

describe("a newspaper's name over its story (set 407, read after it was scored)", () => {
  it('is no title ("Great Yarmouth Mercury", "Express & Star"): the headline under it is', async () => {
    const yarmouth = await read('holdout407/pdf/greatyarmouth-2019-01-11-st-georges-theatre-70000-lifeline.digital.pdf');
    expect(yarmouth.title).toBe('The show WILL go on as threatened theatre is given £70,000 lifeline by council');
    const stafford = await read('holdout407/pdf/staffordshire-pcc-2015-06-23-people-power-fund-lichfield-youth-group.digital.pdf');
    expect(stafford.title).toBe("Commissioner's fund to help youth group");
  });
  it('a title that ends on a word a newspaper\'s name may end on ("Hybrid Mail", "Regional Managers Post") stays a title', () => {
    const r = record(['Wolverhampton City Council', '', 'Hybrid Mail', '', 'Decision:', '', 'To award the hybrid mail contract to CFH Docmail Ltd at a cost of £250,000.'].join('\n'));
    expect(r.title).toBe('Hybrid Mail');
  });
});

describe("a minute's lettered label over each resolution (set 406, read after it was scored)", () => {
  it('is the next resolution\'s label, no item of the one above it ("... memorial plaque." / "(b) Challengers" / "It was RESOLVED that no grant ...")', async () => {
    const r = await read('holdout406/pdf/chichester-city-2019-10-07-discretionary-grants-bernstein-forest-schools.digital.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 40))).toEqual([
      'that a grant of £2,000 be awarded to Ber',
      'that no grant be awarded to Challengers.',
      'that a grant of £2,000 be awarded to Chi',
      'that no grant be awarded to Chichester I',
    ]);
    expect(r.headlineAmount).toBe(4000);
  });
});

describe('lettered paragraphs of minutes told in sentences (set 404, read after it was scored)', () => {
  it('start a new paragraph after a sentence\'s end: "c) St Mary`s Priory Church ..." is no part of the decision above it', () => {
    const r = record(['Minutes of the Finance Committee Meeting held on 6 February 2013', '', '1. There were no apologies for absence.', '3. The following grant applications were considered:', 'a) Toy Fair.', 'It was agreed to recommend that £800 be granted towards the costs of the Toy Fair.', 'b) Cycling Festival.', 'It was agreed to recommend that a grant of £5000 be made with invoices being payable to the Council as per last year.', 'c) St Mary`s Priory Church Flower Arrangement Society', 'A request for sponsorship was considered. It was agreed to ask the Town Clerk to establish the sums.'].join('\n'));
    expect(r.recommendations.map((x) => x.text)).toContain('It was agreed to recommend that a grant of £5000 be made with invoices being payable to the Council as per last year.');
  });
});

describe('a grants panel that "supports" an application (set 408, read after it was scored)', () => {
  it('approves its sum: "that the application for £657 be Supported." and "... £1,000 be Supported." head the decision together', async () => {
    const r = await read('holdout408/pdf/leicester-32997-community-meeting-budget-muslim-burial-council-khidmah.digital.pdf');
    expect(r.headlineAmount).toBe(1657);
  });
});

describe('a news story that tells its awards a sentence each (set 407, read after it was scored)', () => {
  it('counts each award sentence and heads the decision with their total (£2,938 + £400 + £1,328)', async () => {
    const r = await read('holdout407/pdf/knutsford-tc-first-community-grants-community-spirit-canute.digital.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['The first grant went to ‘Commu', 'The Canute Lunch Club also rec', 'Great Places Housing Group was']);
    expect(r.headlineAmount).toBe(4666);
  });
  it("leaves out the lead that rounds a later award (\"... awarded almost £900 ...\" then \"... has been given £887 ...\") and the headline above it", async () => {
    const r = await read('holdout407/pdf/staffordshire-pcc-2015-06-23-people-power-fund-lichfield-youth-group.rough.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 45))).toEqual(['Lichfield Christian Church youth group has be']);
    expect(r.headlineAmount).toBe(887);
  });
  it('reads a case study page the same way ("£1600 was awarded to ...", "a grant of £3653 was awarded to ...")', () => {
    const r = record(['Loch Lomond & The Trossachs National Park', '', '2019-2020 Grant Scheme Case Studies', '', 'Here are some examples of funded projects from the previous years.', '', 'Fish in the Park Project', '', 'Last year, £1600 was awarded to the Forth Rivers Trust for the Fish in the Park project. The project introduced four young people to angling.', '', 'Nursery Garden', '', 'In 2019, a grant of £3653 was awarded to Callander Primary School Nursery for a garden.'].join('\n'));
    expect(r.recommendations).toHaveLength(2);
    expect(r.headlineAmount).toBe(5253);
    expect(r.authority).toBe('Loch Lomond & The Trossachs National Park Authority');
  });
});

describe('bodies named in a story that are not its author (set 410, read after it was scored)', () => {
  it('"the Second Homes Council Tax initiative" names a tax, and "Carew Community Council (£11,134)" a grantee: the council the story names is the author', async () => {
    const r = await read('holdout410/pdf/pembrokeshire-23116505-enhancing-pembrokeshire-26-grants.digital.pdf');
    expect(r.authority).toBe('Pembrokeshire County Council');
  });
});

describe("a local paper's name over its story (set 409, read after it was scored)", () => {
  it('is no title ("Bude Today", "West Somerset Free Press"): the headline under it is', () => {
    const r = record(['Bude Today', '', 'Fire service 999 centre to remain in Cornwall', '', 'Cornwall’s fire and rescue service critical control centre will remain in the Duchy after councillors agreed to retain the current 24-hour provision at a cost of £625,000.'].join('\n'));
    expect(r.title).toBe('Fire service 999 centre to remain in Cornwall');
  });
});

describe('parish minutes whose numbered items open on a verb in capitals (set 406, read after it was scored)', () => {
  it('"39.1 RECEIVED following planning decision:" leads in to no decisions; the APPROVED items are the decisions', async () => {
    const r = await read('holdout406/pdf/gorsley-kilcot-pc-2019-07-01-payments-gaptc-grcc-nalc.digital.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['APPROVED the following payment', 'APPROVED and signed Clerk’s ex']);
  });
});

describe('minutes whose items have no numbered headings (set 404, read after it was scored)', () => {
  it('tell each agreement in a sentence of its own, two in one paragraph counted apart, on a scan', async () => {
    const r = await read('holdout404/pdf/abergavenny-tc-2015-04-02-finance-food-festival-toy-fair.scanned.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 40))).toEqual(['It was generally agreed that the Council', 'It was agreed to recommend that £2000 be']);
    expect(r.headlineAmount).toBe(3000);
  });
});

describe("a story's awards and the total it gives them (whole labelled set, read after this session's first rules)", () => {
  it('ends a sentence at a quoted remark\'s closing mark, so the award after it counts: the awards come to the fund\'s £600,000', async () => {
    const r = await read('holdout11/pdf/suffolk-pcc-2013-community-safety-funds.digital.pdf');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['The Safer Suffolk Partnership ', 'The Suffolk Drug and Alcohol A', '£85,000 goes to Positive Futur']);
    expect(r.headlineAmount).toBe(599999);
  });
  it('takes what was spent "which includes" the awards as their total ("... spent his full grant allocation of £2.765m, which includes ...")', async () => {
    const r = await read('holdout22/pdf/thamesvalley-pcc-2017-18-victims-commissioning-performance.digital.pdf');
    expect(r.headlineAmount).toBe(2765000);
  });
  it("takes the headline's sum as the awards' total (\"£1.9m investment approved by HIE ...\"), never a pot (\"mayor's £1m fund\")", async () => {
    const hie = await read('holdout370/pdf/hie-2022-12-21-argyll-islands-approvals-1-9m.digital.pdf');
    expect(hie.headlineAmount).toBe(1900000);
    const hull = await read('holdout407/pdf/hull-east-yorkshire-ca-mayors-community-fund-first-three-grants.digital.pdf');
    expect(hull.headlineAmount).toBe(20000);
  });
  it("counts an award's own sum, not a breakdown inside it, against a lead that gives many parties their total (\"Eights projects ... are to receive £191,685\")", async () => {
    const r = await read('holdout327/pdf/highland-2022-02-17-inverness-common-good-191k-awards.digital.pdf');
    expect(r.headlineAmount).toBe(191685);
  });
  it('gives way to the story\'s own sentence where a caption repeats an award word for word to its sum', () => {
    const r = record(['Shrewsbury Town Council', '', 'News', '', 'Grants for groups', '', 'Shrewsbury Railway Heritage Trust was awarded £500', 'Members considered applications from fourteen groups. Shrewsbury Repair Café was awarded £750 to help residents repair items. Shrewsbury Railway Heritage Trust was awarded £500 to help towards insulation costs.', '', 'The Mayor said: “We are delighted.”'].join('\n'));
    expect(r.recommendations.map((x) => x.text.slice(0, 40))).toEqual(['Shrewsbury Repair Café was awarded £750 ', 'Shrewsbury Railway Heritage Trust was aw']);
  });
  it('reads a release\'s "A total of £36,611 has been handed out" as the total of the awards it tells ("securing £1,354", "got £1,470")', () => {
    const r = record(['Erewash Borough Council', '', 'Latest news', '', 'Community grants boost tots and OAPs', '', 'The boost has come in the form of fast funding grants. A total of £36,611 has been handed out since the scheme’s 2023 launch.', '', 'Two-year-olds have been buoyed by Westfield Preschool securing £1,354 towards equipment. Borrowash Youth FC got £1,470 towards coaching.'].join('\n'));
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['Two-year-olds have been buoyed', 'Borrowash Youth FC got £1,470 ']);
    expect(r.headlineAmount).toBe(36611);
  });
});

describe('minutes with no numbered items that open on their routine (whole labelled set, read after this session\'s first rules)', () => {
  it('take the first resolution of substance, not the apologies\' or the last minutes\' ("... RESOLVED to approve expenses for November 2021")', async () => {
    const r = await read('holdout254/pdf/scotton-pc-2021-12-02-november-expenses-lives-lalc.digital.pdf');
    expect(r.recommendations.map((x) => x.text)).toEqual(['to approve expenses for November 2021.']);
  });
});

describe('a body that decides, named in a story (set 410, read after it was scored)', () => {
  it('"Midlothian Council has approved three-year grant awards totalling £1,458,448 for 24 ..." is its decision', () => {
    const r = record(['Midlothian Council', '', 'Council approves grant awards', '', 'Midlothian Council has approved three-year grant awards totalling £1,458,448 for 24 voluntary and community organisations operating in the area.', '', 'A total of 61 applications were received, requesting funding totalling £4,455,709.'].join('\n'));
    expect(r.recommendations.map((x) => x.text.slice(0, 40))).toEqual(['Midlothian Council has approved three-ye']);
    expect(r.headlineAmount).toBe(1458448);
  });
});

describe('a recipient a story names with its sum (set 407, read after it was scored)', () => {
  it('"Rewilding Youth CIC gets £10,000", "‘Community Spirit’, which received £2,938": told in the present, or after a comma and "which"', () => {
    const r = record(['Knutsford Guardian', '', 'First community grants of the year', '', 'The first grant went to ‘Community Spirit’, which received £2,938 towards a variety of projects. Rewilding Youth CIC gets £10,000 towards encouraging young people to connect with nature.', '', 'The Mayor said: “We are delighted.”'].join('\n'));
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([['Community Spirit', 2938], ['Rewilding Youth CIC', 10000]]);
  });
});

describe("a story's lead that totals its awards (whole labelled set, read after this session's first rules)", () => {
  it('is no award of its own ("Grants totalling £4,400 were awarded to five organisations ..."): the awards after it are, and it heads them', async () => {
    const r = await read('holdout10/pdf/hertford-tc-2020-community-grants-4400.digital.pdf');
    expect(r.recommendations[0]?.text).toMatch(/^Edward Shattock, who was awarded £200/);
    expect(r.headlineAmount).toBe(4400);
  });
});

describe('minutes with no numbered items, under their heading (set 404, read after it was scored)', () => {
  it('leave out a sentence of routine ("Apologies for absence were accepted from Cllr Smith.") among the agreements', () => {
    const r = record(['Minutes of the Finance Committee Meeting held on 2 April 2015', '', 'Present: Cllr A Jones (Chairman)', '', 'Apologies for absence were accepted from Cllr Smith. Members considered the request for a bench. It was agreed to buy a bench for £300. The clerk reported on the insurance renewal. It was agreed to renew the insurance with Zurich at £450.'].join('\n'));
    expect(r.recommendations.map((x) => x.text)).toEqual(['It was agreed to buy a bench for £300.', 'It was agreed to renew the insurance with Zurich at £450.']);
  });
});

describe("a finance appendix's shares of a grant (Kent corpus, read after this session's rules)", () => {
  it('are no awards: "£556.4m of this was allocated via the existing ASC RNF" in a paper that is no news story decides nothing', () => {
    const r = record(['Details of Core Grants within the 2025-26 Final Local Government Finance Settlement', '', 'Social Care Grant', '', 'The 2022-23 settlement included an additional £636.4m, £556.4m of this was allocated via the existing ASC RNF and the remaining £80m was allocated to reflect the 1% adult social care council tax precept.', '', '£160m of this increase was allocated to reflect the 2% adult social care council tax precept, with the remaining £1.185bn allocated using the existing ASC RNF.'].join('\n'));
    expect(r.recommendations).toEqual([]);
  });
});
