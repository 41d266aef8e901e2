// Contract awards listed one per supplier under a lead-in that approves them ("Approve the award of contract ... to:" then
// "1. BMW UK Ltd for £5.5M for the purchase of Response Cars."): each supplier a recipient with its sum, the awards' total
// the headline, and the items found again where OCR lost every marker but the first.
import { describe, expect, it } from 'vitest';
import { textPage } from '../src/checks/text-page.ts';
import { extractFromPages as analyse } from '../src/pipeline/extract-from-pages.ts';
import { laidOutRecord, row } from './laid-out.ts';

const LEAD_IN = ['The Deputy Mayor for Policing and Crime is recommended to:', 'Approve the award of contract to be funded from the approved Fleet Capital Programme', '2017/18 to 2021/22, for a four year period commencing July 2018 to:'];
const AWARDS = ['Alder Motors UK Ltd for £5.5M for the purchase of Response Cars.', 'Birch Motor Company Plc for £4.8M for the purchase of Response Vehicles.', 'Cedar Motors in the UK for £0.75M for the purchase of Response Cars.'];

describe('contract awards listed one per supplier', () => {
  it('names each supplier with its sum, and the awards\' total is the headline (the lead-in\'s verb 130 characters before its colon)', () => {
    const text = `Mayor's Office for Policing and Crime\nDecision\n\nRecommendation\n${LEAD_IN.join('\n')}\n${AWARDS.map((a, i) => `${i + 1}. ${a}`).join('\n')}\n\nSignature`;
    const r = analyse([textPage(1, text)]).extracted;
    expect(r.recipients.map((g) => [g.name, g.amount])).toEqual([['Alder Motors UK Ltd', 5500000], ['Birch Motor Company Plc', 4800000], ['Cedar Motors in the UK', 750000]]);
    expect(r.headlineAmount).toBe(11050000);
  });
  it('adds the items\' sums under a lead-in whose verb stands far before its colon', () => {
    const text = `Mayor's Office for Policing and Crime\nDecision\n\nRecommendation\n${LEAD_IN.join('\n')}\n1. the purchase of marked response cars in the sum of £5.5M;\n2. the purchase of unmarked cars in the sum of £4.8M.\n\nSignature`;
    expect(analyse([textPage(1, text)]).extracted.headlineAmount).toBe(10300000);
  });
  it('items that carry their own verb in the past tense ("accepted the tender and approved ...") are not summed under "Approved ... That ...:"', () => {
    const text = 'London Borough of Westford\nDecision\n\nDecision made\nApproved\nThat the Cabinet Member for Finance and the Cabinet Member for Property, Highways and\nTransport:\n1. accepted the tender and approved the award of contract for the extension works in Elm Road\nto Oak Property Services Limited at a cost of £102,910; and\n2. agreed to the capital release request of £123,490 inclusive of contingencies and fees.';
    expect(analyse([textPage(1, text)]).extracted.headlineAmount).toBe(102910);
  });
  it('reads the items where OCR kept only the first marker, the others set in where its text starts', () => {
    const rows = [row(0.3, [[11, 'Recommendation']]), ...LEAD_IN.map((t, k) => row(0.32 + k * 0.0167, [[12, t]])), row(0.37, [[12, `1. ${AWARDS[0]}`]]), ...AWARDS.slice(1).map((t, k) => row(0.3867 + k * 0.0167, [[16, t]])), row(0.5, [[12, 'Signature']])];
    const r = laidOutRecord(textPage(1, "Mayor's Office for Policing and Crime\nDecision"), rows.flat());
    expect(r.recommendations.map((x) => x.text.slice(0, 12))).toEqual(['Alder Motors', 'Birch Motor ', 'Cedar Motors']);
  });
});
