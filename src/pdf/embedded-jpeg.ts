import { isDict, isName, isRef, PdfLexer, type PdfDict, type PdfRef, type PdfValue } from './raw/pdf-syntax.ts';
import type { RawPdf } from './raw/raw-pdf.ts';
import { contentRefs } from './content-size.ts';
import { mul, type Matrix } from './matrix.ts';

export type { Matrix } from './matrix.ts';

/** A page's one image, still JPEG-encoded as stored in the PDF, and where it is painted. */
export interface EmbeddedJpeg {
  /** The JPEG file's bytes (the DCTDecode stream, untouched). */
  data: Uint8Array;
  /** Pixel size. */
  width: number;
  height: number;
  /** Maps the image's unit square to PDF user space (the CTM when it is painted). */
  ctm: Matrix;
}

const PAINT_OPS = new Set(['f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'S', 's', 'sh', 'BI']);

/**
 * The page's scan when the page paints exactly one image, that image is a baseline or progressive
 * 8-bit grey or RGB JPEG with no mask, and nothing else is painted but text: then its bytes can go
 * straight to the OCR engine (what `pdfimages -j` extracts). Null for anything else (vector
 * content, several images, other encodings), which pdf.js decodes or renders instead.
 */
export function findEmbeddedJpeg(raw: RawPdf, pageRef: PdfRef): EmbeddedJpeg | null {
  const page = raw.dict(pageRef);
  if (!page) return null;
  const draws: { ref: PdfRef; ctm: Matrix }[] = [];
  const contents = contentRefs(raw, page).map((c) => (isRef(c) ? raw.decodedStream(c) : undefined));
  if (!contents.length || contents.some((c) => !c)) return null;
  const joined = Buffer.concat(contents.flatMap((c) => [c!, Buffer.from('\n')]));
  if (!walkContent(raw, joined, inheritedResources(raw, page), [1, 0, 0, 1, 0, 0], draws, 0)) return null;
  if (draws.length !== 1) return null;
  const { ref, ctm } = draws[0]!;
  const dict = raw.dict(ref);
  const data = raw.rawStream(ref);
  if (!dict || !data || !isPlainJpeg(raw, dict)) return null;
  const sof = readJpegFrame(data);
  if (!sof || sof.width !== raw.get(dict, 'Width') || sof.height !== raw.get(dict, 'Height')) return null;
  return { data, width: sof.width, height: sof.height, ctm };
}

/** Collects image draws with their CTM; false when the content paints anything but text and images. */
function walkContent(raw: RawPdf, content: Uint8Array, resources: PdfDict | undefined, base: Matrix, draws: { ref: PdfRef; ctm: Matrix }[], depth: number): boolean {
  const lex = new PdfLexer(content);
  const stack: Matrix[] = [];
  let ctm = base;
  let operands: PdfValue[] = [];
  for (let t = lex.read(); t !== undefined; t = lex.read()) {
    if (!(typeof t === 'object' && t !== null && 'op' in t)) {
      operands.push(t);
      continue;
    }
    const op = t.op;
    if (PAINT_OPS.has(op)) return false;
    if (op === 'q') stack.push(ctm);
    else if (op === 'Q') ctm = stack.pop() ?? base;
    else if (op === 'cm' && operands.length >= 6) ctm = mul(operands.slice(-6).map(Number) as Matrix, ctm);
    else if (op === 'Do') {
      const name = operands[operands.length - 1];
      const xobjects = resources && raw.get(resources, 'XObject');
      const ref = isName(name) && isDict(xobjects) ? xobjects.get(name.name) : undefined;
      const dict = isRef(ref) ? raw.dict(ref) : undefined;
      if (!dict || !isRef(ref)) return false;
      const subtype = raw.get(dict, 'Subtype');
      if (isName(subtype, 'Image')) draws.push({ ref, ctm });
      else if (isName(subtype, 'Form') && depth < 3) {
        const body = raw.decodedStream(ref);
        const m = raw.get(dict, 'Matrix');
        const own = raw.get(dict, 'Resources');
        const matrix = Array.isArray(m) && m.length === 6 ? (m.map(Number) as Matrix) : ([1, 0, 0, 1, 0, 0] as Matrix);
        if (!body || !walkContent(raw, body, isDict(own) ? own : resources, mul(matrix, ctm), draws, depth + 1)) return false;
      } else return false;
    }
    operands = [];
  }
  return true;
}

/** A page's /Resources, inherited from its /Pages ancestors when it has none. */
export function inheritedResources(raw: RawPdf, page: PdfDict): PdfDict | undefined {
  let node: PdfDict | undefined = page;
  for (let i = 0; node && i < 32; i++) {
    const r = raw.get(node, 'Resources');
    if (isDict(r)) return r;
    const parent: PdfValue | undefined = raw.get(node, 'Parent');
    node = isDict(parent) ? parent : undefined;
  }
  return undefined;
}

/** DCTDecode alone, 8 bits, grey or RGB (device, calibrated or ICC with 1 or 3 components), no mask or decode array. */
function isPlainJpeg(raw: RawPdf, dict: PdfDict): boolean {
  const filter = [raw.get(dict, 'Filter')].flat();
  if (filter.length !== 1 || !isName(filter[0], 'DCTDecode')) return false;
  if (raw.get(dict, 'ImageMask') === true || dict.has('SMask') || dict.has('Mask') || dict.has('Decode')) return false;
  if (raw.get(dict, 'BitsPerComponent') !== 8) return false;
  const cs = raw.get(dict, 'ColorSpace');
  if (isName(cs)) return ['DeviceGray', 'DeviceRGB', 'CalGray', 'CalRGB'].includes(cs.name);
  if (Array.isArray(cs) && isName(cs[0], 'ICCBased')) {
    const icc = isRef(cs[1]) ? raw.dict(cs[1]) : undefined;
    const n = icc && raw.get(icc, 'N');
    return n === 1 || n === 3;
  }
  return Array.isArray(cs) && (isName(cs[0], 'CalGray') || isName(cs[0], 'CalRGB'));
}

/** Size and components from a JPEG's frame header; null unless it is an 8-bit baseline/extended/progressive Huffman JPEG of 1 or 3 components. */
export function readJpegFrame(jpeg: Uint8Array): { width: number; height: number; components: number } | null {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return null;
  for (let i = 2; i + 9 < jpeg.length; ) {
    if (jpeg[i] !== 0xff) return null;
    const marker = jpeg[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    const len = (jpeg[i + 2]! << 8) | jpeg[i + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (marker > 0xc2) return null; // lossless, hierarchical or arithmetic-coded: leave to pdf.js
      const precision = jpeg[i + 4];
      const height = (jpeg[i + 5]! << 8) | jpeg[i + 6]!;
      const width = (jpeg[i + 7]! << 8) | jpeg[i + 8]!;
      const components = jpeg[i + 9]!;
      return precision === 8 && (components === 1 || components === 3) && width && height ? { width, height, components } : null;
    }
    i += 2 + len;
  }
  return null;
}
