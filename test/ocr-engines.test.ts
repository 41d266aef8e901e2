import { describe, expect, it } from 'vitest';
import { createOcrEngine } from '../src/ocr/engines.ts';
import { parseTesseractTsv } from '../src/ocr/tesseract-tsv.ts';
import { readJpegFrame } from '../src/pdf/embedded-jpeg.ts';
import { jpegSize } from './helpers.ts';

describe('native tesseract TSV', () => {
  const tsv = [
    'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
    '1\t1\t0\t0\t0\t0\t0\t0\t1000\t2000\t-1\t',
    '5\t1\t1\t1\t1\t1\t100\t200\t50\t20\t96.5\tTotal',
    '5\t1\t1\t1\t1\t2\t160\t200\t80\t20\t90\t£1.2M',
    '5\t1\t1\t1\t2\t1\t100\t240\t50\t20\t80\tnext',
    '5\t1\t1\t2\t1\t1\t100\t400\t50\t20\t70\tpara',
    '5\t1\t1\t2\t1\t2\t160\t400\t50\t20\t-1\t ',
  ].join('\n');

  it('groups words into lines and paragraphs with boxes as fractions of the image', () => {
    const r = parseTesseractTsv(tsv, 1000, 2000);
    expect(r.paragraphs.map((p) => p.map((l) => l.map((w) => w.text)))).toEqual([[['Total', '£1.2M'], ['next']], [['para']]]);
    expect(r.paragraphs[0]![0]![0]).toEqual({ text: 'Total', conf: 0.965, box: { x: 0.1, y: 0.1, w: 0.05, h: 0.01 } });
    expect(r.confidence).toBeCloseTo((0.965 * 5 + 0.9 * 5 + 0.8 * 4 + 0.7 * 4) / 18, 5);
  });
});

describe('engine choice', () => {
  it('gives the js engine when asked, whatever is installed', () => {
    expect(createOcrEngine('js', { size: 1, timeoutMs: 1000 }).info.engine).toMatch(/^tesseract\.js/);
  });

  it('refuses native with a language data folder that has no English data, saying what to do', () => {
    expect(() => createOcrEngine('native', { size: 1, timeoutMs: 1000, dataDir: '/nonexistent' })).toThrow(/^--ocr-engine native: no working tesseract .*use --ocr-engine js$/);
  });

  it('falls back to js under auto when native cannot run', () => {
    expect(createOcrEngine('auto', { size: 1, timeoutMs: 1000, dataDir: '/nonexistent' }).info.engine).toMatch(/^tesseract\.js/);
  });
});

describe('JPEG frame header', () => {
  it('reads size and components, and refuses what is not a plain 8-bit JPEG', () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0x01, 0x2c, 0x00, 0xc8, 3, 0, 0, 0]);
    expect(readJpegFrame(jpeg)).toEqual({ width: 200, height: 300, components: 3 });
    expect(readJpegFrame(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    const arithmetic = Buffer.from(jpeg);
    arithmetic[9] = 0xc9;
    expect(readJpegFrame(arithmetic)).toBeNull();
    void jpegSize;
  });
});
