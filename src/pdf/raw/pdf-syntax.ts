/**
 * A small reader of PDF syntax (ISO 32000-1, 7.2-7.3): enough to walk object tables, page
 * dictionaries and content streams without decoding any image. Strings are kept as raw bytes.
 */

/** A PDF name (`/DCTDecode` is `{ name: 'DCTDecode' }`). */
export interface PdfName { readonly name: string }
/** An indirect reference `num gen R`. */
export interface PdfRef { readonly num: number; readonly gen: number }
/** An operator in a content stream (`cm`, `Do`, `BT`...). */
export interface PdfOp { readonly op: string }
export type PdfDict = Map<string, PdfValue>;
export type PdfValue = number | boolean | null | string | PdfName | PdfRef | PdfValue[] | PdfDict | Uint8Array;

export const isName = (v: unknown, name?: string): v is PdfName => typeof v === 'object' && v !== null && 'name' in v && (name === undefined || (v as PdfName).name === name);
export const isRef = (v: unknown): v is PdfRef => typeof v === 'object' && v !== null && 'num' in v && 'gen' in v;
export const isDict = (v: unknown): v is PdfDict => v instanceof Map;

const WHITE = new Set([0, 9, 10, 12, 13, 32]);
const DELIM = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const isRegular = (c: number) => !WHITE.has(c) && !DELIM.has(c);

/** Reads PDF tokens and values from bytes, starting at `pos`. */
export class PdfLexer {
  constructor(readonly buf: Uint8Array, public pos = 0) {}

  skipSpace(): void {
    const b = this.buf;
    while (this.pos < b.length) {
      const c = b[this.pos]!;
      if (WHITE.has(c)) this.pos++;
      else if (c === 0x25) while (this.pos < b.length && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++;
      else break;
    }
  }

  /** The next value or operator; `undefined` at the end of the bytes. */
  read(): PdfValue | PdfOp | undefined {
    const v = this.readToken();
    return typeof v === 'number' ? this.afterNumber(v) : v;
  }

  /** The next value or operator, numbers never taken as the start of a reference. */
  private readToken(): PdfValue | PdfOp | undefined {
    this.skipSpace();
    const b = this.buf;
    if (this.pos >= b.length) return undefined;
    const c = b[this.pos]!;
    if (c === 0x2f) return { name: this.readName() };
    if (c === 0x28) return this.readLiteral();
    if (c === 0x3c && b[this.pos + 1] === 0x3c) return this.readDict();
    if (c === 0x3c) return this.readHex();
    if (c === 0x5b) {
      this.pos++;
      const arr: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (b[this.pos] === 0x5d || this.pos >= b.length) return this.pos++, arr;
        const v = this.readValue();
        if (v !== undefined) arr.push(v);
      }
    }
    const start = this.pos;
    if (DELIM.has(c)) return this.pos++, { op: String.fromCharCode(c) };
    while (this.pos < b.length && isRegular(b[this.pos]!)) this.pos++;
    const word = latin1(b, start, this.pos);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return Number(word);
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    return { op: word };
  }

  /** A value (operators are not values: an unexpected one is skipped as null). */
  readValue(): PdfValue | undefined {
    const v = this.read();
    return v !== undefined && typeof v === 'object' && v !== null && 'op' in v ? null : v;
  }

  /** `num gen R` is a reference: look ahead two plain tokens after a whole number. */
  private afterNumber(n: number): PdfValue {
    if (!Number.isInteger(n) || n < 0) return n;
    const save = this.pos;
    const gen = this.readToken();
    if (typeof gen === 'number' && Number.isInteger(gen)) {
      const r = this.readToken();
      if (typeof r === 'object' && r !== null && 'op' in r && r.op === 'R') return { num: n, gen };
    }
    this.pos = save;
    return n;
  }

  private readName(): string {
    const b = this.buf;
    const start = ++this.pos;
    while (this.pos < b.length && isRegular(b[this.pos]!)) this.pos++;
    return latin1(b, start, this.pos).replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  }

  private readDict(): PdfDict {
    this.pos += 2;
    const dict: PdfDict = new Map();
    for (;;) {
      this.skipSpace();
      const b = this.buf;
      if (this.pos >= b.length) return dict;
      if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) return (this.pos += 2), dict;
      const key = this.read();
      if (!isName(key)) continue; // tolerate junk between entries
      const value = this.readValue();
      if (value !== undefined) dict.set(key.name, value);
    }
  }

  private readLiteral(): Uint8Array {
    const b = this.buf;
    const start = ++this.pos;
    let depth = 1;
    while (this.pos < b.length && depth > 0) {
      const c = b[this.pos++]!;
      if (c === 0x5c) this.pos++;
      else if (c === 0x28) depth++;
      else if (c === 0x29) depth--;
    }
    return b.subarray(start, this.pos - 1);
  }

  private readHex(): Uint8Array {
    const b = this.buf;
    const start = ++this.pos;
    while (this.pos < b.length && b[this.pos] !== 0x3e) this.pos++;
    const hex = latin1(b, start, this.pos++).replace(/[^0-9a-fA-F]/g, '');
    return Uint8Array.from(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex'));
  }
}

/** Bytes `start..end` as a latin1 string. */
export function latin1(b: Uint8Array, start: number, end: number): string {
  return Buffer.from(b.buffer, b.byteOffset + start, Math.max(0, end - start)).toString('latin1');
}
