import type { OcrResult, OcrWord } from './engine.ts';

/**
 * Reads the TSV the tesseract CLI prints (`tesseract img stdout tsv`) into an OcrResult: words
 * (level 5 rows) grouped into lines and paragraphs in reading order, boxes as fractions of the
 * image (`width` x `height` pixels), confidences 0..1, and the mean confidence weighted by length.
 */
export function parseTesseractTsv(tsv: string, width: number, height: number): OcrResult {
  const paragraphs: OcrWord[][][] = [];
  let lastPara = '';
  let lastLine = '';
  let weighted = 0;
  let chars = 0;
  for (const row of tsv.split('\n')) {
    const cols = row.split('\t');
    if (cols[0] !== '5' || cols.length < 12) continue;
    const text = cols.slice(11).join('\t').trim();
    if (!text) continue;
    const [block, par, line] = [cols[2], cols[3], cols[4]];
    const [left, top, w, h, conf] = cols.slice(6, 11).map(Number) as [number, number, number, number, number];
    const paraKey = `${block}.${par}`;
    const lineKey = `${paraKey}.${line}`;
    if (paraKey !== lastPara) paragraphs.push([]);
    const para = paragraphs[paragraphs.length - 1]!;
    if (lineKey !== lastLine || paraKey !== lastPara) para.push([]);
    lastPara = paraKey;
    lastLine = lineKey;
    const c = Math.max(0, conf) / 100;
    para[para.length - 1]!.push({ text, conf: c, box: { x: left / width, y: top / height, w: w / width, h: h / height } });
    weighted += c * text.length;
    chars += text.length;
  }
  return { paragraphs, confidence: chars ? weighted / chars : 0 };
}
