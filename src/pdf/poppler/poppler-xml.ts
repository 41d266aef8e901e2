import { glyphWidth, type Run } from '../text-runs.ts';
import { normaliseGlyphs, type PopplerPage } from './poppler-tsv.ts';

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITY[e] ?? m)));


// A fragment's text with its inline markup; <b> spans are bold, links and italics are plain text.
const TEXT = /<text top="(-?\d+)" left="(-?\d+)" width="(\d+)" height="(\d+)" font="(\d+)">(.*?)<\/text>/;
const FONT = /<fontspec id="(\d+)" size="(-?\d+)" family="([^"]*)"/;
const PAGE = /<page number="(\d+)"[^>]* height="(\d+)" width="(\d+)"/;

/** Share of a font's size below its baseline in poppler's boxes (a typical descent). */
const DESCENT = 0.2;

/**
 * Parses `pdftohtml -xml -i -hidden` output into pages of text runs (left, baseline, font size,
 * width, bold; output units): where the bold spans are. A fragment partly bold is split at its <b>
 * spans, each part given its share of the width by typical glyph widths.
 */
export function parsePopplerXml(xml: string): PopplerPage[] {
  const pages: PopplerPage[] = [];
  const fonts = new Map<string, { size: number; bold: boolean }>();
  let page: PopplerPage | null = null;
  for (const line of xml.split('\n')) {
    let m: RegExpExecArray | null;
    if ((m = PAGE.exec(line))) {
      page = { number: Number(m[1]), height: Number(m[2]), width: Number(m[3]), runs: [], sideways: 0 };
      pages.push(page);
    } else if ((m = FONT.exec(line))) {
      fonts.set(m[1]!, { size: Math.abs(Number(m[2])), bold: /bold|black|heavy|semibold|demi/i.test(m[3]!) });
    } else if (page && (m = TEXT.exec(line))) {
      const [top, left, width, height] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
      const font = fonts.get(m[5]!);
      const size = font?.size || height || 1;
      const parts = boldParts(m[6]!, font?.bold ?? false);
      const str = parts.map((p) => p.text).join('');
      if (!str.trim()) continue;
      const base = top + height - DESCENT * size;
      let x = left;
      const ems = (t: string) => [...t].reduce((a, c) => a + glyphWidth(c), 0);
      const total = Math.max(1e-6, ems(str));
      for (const p of parts) {
        const w = parts.length === 1 ? width : (width * ems(p.text)) / total;
        if (p.text.trim()) page.runs.push({ str: p.text, x, base, size, width: w, ...(p.bold ? { bold: true } : {}) });
        x += w;
      }
    }
  }
  return pages;
}

/** Splits a fragment's inner markup into plain text parts, bold where inside <b> (or the whole font is bold). */
function boldParts(inner: string, fontBold: boolean): { text: string; bold: boolean }[] {
  const out: { text: string; bold: boolean }[] = [];
  let bold = 0;
  for (const tok of inner.split(/(<\/?[a-z][^>]*>)/i)) {
    if (!tok) continue;
    if (tok.startsWith('<')) {
      if (/^<b\b/i.test(tok)) bold++;
      else if (/^<\/b>/i.test(tok)) bold = Math.max(0, bold - 1);
      continue;
    }
    const text = normaliseGlyphs(decode(tok));
    const last = out[out.length - 1];
    const isBold = fontBold || bold > 0;
    if (last && last.bold === isBold) last.text += text;
    else out.push({ text, bold: isBold });
  }
  return out;
}
