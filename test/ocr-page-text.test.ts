import { describe, expect, it } from 'vitest';
import { ocrToPageText } from '../src/ocr/ocr-page-text.ts';
import type { OcrResult } from '../src/ocr/engine.ts';

/** A line of OCR words at `top`, each `h` high (page fractions). */
const line = (text: string, top: number, h = 0.012) => text.split(' ').map((t, i) => ({ text: t, box: { x: 0.1 + i * 0.08, y: top, w: 0.07, h }, conf: 0.95 }));

describe('ocrToPageText', () => {
  it("drops a box's left rule read as a glyph before a wrapped line of prose, and keeps the pronoun", () => {
    // A rough scan's boxed decision: "I" where the box's rule runs, far left of the line it borders ("contribute towards ...").
    const rule = { text: 'I', box: { x: 0.105, y: 0.2, w: 0.004, h: 0.012 }, conf: 0.6 };
    const wrapped = line('contribute towards its operating costs', 0.2).map((w) => ({ ...w, box: { ...w.box, x: w.box.x + 0.06 } }));
    const pronoun = line('I will attend the meeting', 0.22);
    const result: OcrResult = { paragraphs: [[[rule, ...wrapped], pronoun]], confidence: 0.95 } as OcrResult;
    const text = ocrToPageText(result).text;
    expect(text).toMatch(/^contribute towards its operating costs\n/);
    expect(text).toMatch(/\nI will attend the meeting$/);
  });
  it('reads a councillor\'s "Cllr" that OCR read as "Clir" before a name, and leaves the word alone elsewhere', () => {
    // Parish minutes, scanned: "Clir Winder proposed we order the signs ..." (whole set: 3 records up, none down).
    const result: OcrResult = { paragraphs: [[line('Clir Winder proposed we order the signs', 0.2), line('seconded by Clirs Heppenstall and Till', 0.22), line('the Clir is', 0.24)]], confidence: 0.95 } as OcrResult;
    const text = ocrToPageText(result).text;
    expect(text).toMatch(/^Cllr Winder proposed/);
    expect(text).toMatch(/by Cllrs Heppenstall/);
    expect(text).toMatch(/the Clir is$/);
  });
  it('splits two words a scan ran together where neither half is a name, and leaves names and real words alone', () => {
    // Scanned decisions: "Abudget transfer of £20,000 ...", "Thatif it is necessary ...", "toapprove the detailed Project Appraisal"
    // (29 labelled copies whose OCR held such a word: 383.3 -> 387.3 points, 10 records up, 2 down where the page itself ran them together).
    const result: OcrResult = { paragraphs: [[line('Abudget transfer of £20,000', 0.2), line('Thatif it is necessary', 0.22), line('1. Inline with the VRU Strategy', 0.24), line('and toapprove the Appraisal', 0.26), line('Adamson proposed and Cllr Ashall seconded', 0.28), line('Adamson Ingrid Annie', 0.3), line('the thatched roof inline', 0.32)]], confidence: 0.95 } as OcrResult;
    const page = ocrToPageText(result);
    expect(page.text).toMatch(/^A budget transfer of £20,000\nThat if it is necessary\n1\. In line with the VRU Strategy\nand to approve the Appraisal\n/);
    expect(page.text).toMatch(/\nAdamson proposed and Cllr Ashall seconded\nAdamson Ingrid Annie\nthe thatched roof inline$/);
    // Each half keeps its share of the merged word's box.
    const [a, budget] = page.words.slice(0, 2);
    expect(a!.text).toBe('A');
    expect(budget!.text).toBe('budget');
    expect(budget!.box.x).toBeGreaterThan(a!.box.x);
  });
  it('reads a planning agreement\'s "S106" that a scan read as "$106", or as "5106" before its money\'s word, and leaves other numbers alone', () => {
    // Scanned S106 papers (10 labelled copies: 136.5 -> 138.8 points, 3 records up, none down).
    const result: OcrResult = { paragraphs: [[line('5106 Commuted sum funding for Hyde Housing', 0.2), line('the $106 monies received', 0.22), line('a $278 agreement', 0.24), line('5106 residents were consulted', 0.26)]], confidence: 0.95 } as OcrResult;
    const text = ocrToPageText(result).text;
    expect(text).toBe('S106 Commuted sum funding for Hyde Housing\nthe S106 monies received\na S278 agreement\n5106 residents were consulted');
  });
  it('reads paragraph breaks from the page\'s line pitch, not from one line\'s short boxes', () => {
    // Body text at a pitch of 0.0175; the first two lines' words were boxed short (0.0096 high, no tall letters read)
    // and sit a little low (0.0205 below the first): two heights' gap, yet no blank line on the page.
    const tops = [0.1, 0.1205, 0.138, 0.1555, 0.173, 0.1905, 0.208, 0.2355, 0.253];
    const result: OcrResult = {
      paragraphs: [tops.map((t, i) => line(`word${i} runs on here`, t, i < 2 ? 0.0096 : 0.012))],
      confidence: 0.95,
    } as OcrResult;
    const text = ocrToPageText(result).text;
    expect(text).toMatch(/^word0 runs on here\nword1 runs on here\n/);
    // A true paragraph break (0.0275 after a pitch of 0.0175, over two heights) is kept.
    expect(text).toMatch(/word6 runs on here\n\nword7/);
  });
  it('puts a paragraph the engine read early after the paragraph above it in the same column', () => {
    // "project." ends the paragraph above it; the engine gave it first. A label and its value side by side keep their order.
    const result: OcrResult = {
      paragraphs: [[line('Decision', 0.349)], [line('project.', 0.4328)], [line('To agree to the financial matters', 0.384), line('grant an award to the council', 0.402), line('to support the costs of the', 0.42)], [line('Date', 0.46)], [line('20/03/2019', 0.46).map((w) => ({ ...w, box: { ...w.box, x: w.box.x + 0.5 } }))]],
      confidence: 0.95,
    } as OcrResult;
    const text = ocrToPageText(result).text;
    expect(text.indexOf('project.')).toBeGreaterThan(text.indexOf('to support the costs'));
    expect(text.indexOf('Decision')).toBeLessThan(text.indexOf('To agree'));
    expect(text).toMatch(/Date\t20\/03\/2019|Date\n+20\/03\/2019/);
  });
  it('lets no speck the engine read as a glyph stretch a paragraph over the one below it', () => {
    // The lead-in lies above item 1, but the engine read it after, with a "|" speck beside item 1 in its paragraph.
    const speck = { text: '|', box: { x: 0.1, y: 0.495, w: 0.002, h: 0.014 }, conf: 0.64 };
    const result: OcrResult = {
      paragraphs: [[line('Recommendation', 0.426)], [line('1. Provide approval to proceed with the application', 0.481), line('Forward Works schemes at two stations to be', 0.498)], [line('The Deputy Mayor is recommended to', 0.461), [speck]], [line('2. Subject to the award approve expenditure', 0.534)]],
      confidence: 0.95,
    } as OcrResult;
    const text = ocrToPageText(result).text;
    expect(text.indexOf('recommended to')).toBeLessThan(text.indexOf('1. Provide'));
  });
});

describe('hanging list markers the engine read as a column of their own', () => {
  const at = (x: number) => (w: ReturnType<typeof line>[number]) => ({ ...w, box: { ...w.box, x: x + (w.box.x - 0.1) } });
  const marker = (text: string, top: number) => line(text, top).map((w) => ({ ...w, box: { ...w.box, x: 0.11, w: 0.02 } }));
  it('puts each marker back at the start of the item on its row', () => {
    // "(i)" and "(ii)" at the margin (x 0.11), each item's text indented at 0.15: the engine gave the markers first, as one paragraph.
    const result: OcrResult = {
      paragraphs: [
        [marker('(i)', 0.3), marker('(ii)', 0.36)],
        [line('That the proposal to allocate', 0.3).map(at(0.15)), line('the fund be approved.', 0.318).map(at(0.15)), line('That the Chief Officer be authorised', 0.36).map(at(0.15))],
      ],
      confidence: 0.95,
    } as OcrResult;
    const text = ocrToPageText(result).text;
    expect(text).toMatch(/^\(i\) That the proposal to allocate\nthe fund be approved\.\n\n?\(ii\) That the Chief Officer be authorised$/);
  });
  it('leaves a marker alone when no item starts to its right on its row', () => {
    const result: OcrResult = { paragraphs: [[line('1.', 0.3)], [line('Some text further down', 0.4)]], confidence: 0.95 } as OcrResult;
    expect(ocrToPageText(result).text).toMatch(/^1\.\n/);
  });

  it('reads a grid the engine split into column blocks row by row, as a text layer does, on a skewed scan too', () => {
    // "Publication date:" over "21/05/2019" in one block, "Date of decision:" over "20/05/2019" in another; the page leans
    // down to the right by a degree (0.0087 of the height over half the width: the right column's rows sit lower).
    const at = (text: string, x: number, top: number) => line(text, top).map((w, i) => ({ ...w, box: { ...w.box, x: x + i * 0.08, y: top + (x + i * 0.08 - 0.1) * 0.0175 } }));
    const body = [0.2, 0.218, 0.236].map((t) => at('running text of the page runs on across it', 0.1, t));
    const result: OcrResult = {
      paragraphs: [body, [at('Publication date:', 0.1, 0.3), at('21/05/2019', 0.1, 0.318)], [at('Date of decision:', 0.6, 0.3), at('20/05/2019', 0.6, 0.318)]],
      confidence: 0.95,
    } as OcrResult;
    expect(ocrToPageText(result).text).toMatch(/Publication date:\tDate of decision:\n21\/05\/2019\t20\/05\/2019/);
  });
  it('keeps a column of item numbers with the paragraphs they number, in order down the page, and joins no speck', () => {
    // "1.1." and "1.2." read as one block before their paragraphs; a speck "r" level with a label joins nothing.
    const right = (text: string, top: number) => line(text, top).map((w) => ({ ...w, box: { ...w.box, x: w.box.x + 0.1 } }));
    const result: OcrResult = {
      paragraphs: [[line('1.1.', 0.3), line('1.2.', 0.354)], [right('The Mayor consented in February 2015', 0.3), right('to grant funding the borough', 0.318)], [right('Subsequently consent was given to', 0.354), right('provide further assistance', 0.372)], [[{ text: 'r', box: { x: 0.02, y: 0.41, w: 0.01, h: 0.012 }, conf: 0.8 }]], [line('Publication date', 0.41).map((w) => ({ ...w, box: { ...w.box, x: w.box.x + 0.05 } }))]],
      confidence: 0.95,
    } as OcrResult;
    const text = ocrToPageText(result).text;
    expect(text).toMatch(/1\.1\.\sThe Mayor consented in February 2015\nto grant funding the borough\n+1\.2\.\sSubsequently consent was given to\nprovide further assistance/);
    expect(text).toMatch(/\n+r\n+Publication date$/);
  });
});

