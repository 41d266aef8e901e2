import { inflateSync, constants } from 'node:zlib';
import { isDict, isName, isRef, latin1, PdfLexer, type PdfDict, type PdfRef, type PdfValue } from './pdf-syntax.ts';

/** Readers made by `RawPdf.of`, kept as long as their bytes are. */
const opened = new WeakMap<Uint8Array, RawPdf>();

/** Where an object lives: at a byte offset, or inside an object stream. */
type Entry = { offset: number } | { stream: number };

/** An indirect object as stored: its value and, for a stream, where its bytes start. */
export interface Stored {
  value: PdfValue;
  streamStart?: number;
}

/**
 * Random access to a PDF's objects and raw stream bytes (ISO 32000-1, 7.5), from its bytes:
 * cross-reference tables and streams (following /Prev), object streams, and a scan of the file
 * for `N G obj` when the tables are broken. Decodes Flate streams only; images stay encoded.
 */
export class RawPdf {
  private readonly entries = new Map<number, Entry>();
  private readonly cache = new Map<number, Stored>();
  private readonly objectStreams = new Map<number, { first: number; offsets: Map<number, number>; data: Uint8Array }>();

  /** Whether the cross-reference chain from `startxref` could be read (false: objects were found by scanning the file). */
  readonly xrefReadable: boolean;
  /** The newest trailer (the one `startxref` points at); undefined when the chain could not be read. */
  private trailer: PdfDict | undefined;

  /** The reader of `bytes`, made once per byte array: the pipeline asks about one document's structure in several steps. */
  static of(bytes: Uint8Array): RawPdf {
    let raw = opened.get(bytes);
    if (!raw) opened.set(bytes, (raw = new RawPdf(bytes)));
    return raw;
  }

  constructor(readonly bytes: Uint8Array) {
    try {
      this.readXrefChain();
    } catch {
      this.entries.clear();
    }
    this.xrefReadable = this.entries.size > 0;
    if (!this.entries.size) this.scanObjects();
  }

  /** Object numbers and the byte offsets the cross-reference tables give them (objects outside object streams). */
  offsets(): [num: number, offset: number][] {
    return [...this.entries].flatMap(([num, e]) => ('offset' in e ? [[num, e.offset] as [number, number]] : []));
  }

  /** Object `num` as it starts at `offset`: its value and where its stream's bytes start; undefined when `num G obj` is not there. */
  objectAt(num: number, offset: number): Readonly<Stored> | undefined {
    return this.parseAt(offset, num);
  }

  /**
   * The page count the document's catalog states (/Root /Pages /Count), read only from a whole
   * cross-reference chain of an unencrypted file; null otherwise (a reader then counts the pages itself).
   */
  statedPageCount(): number | null {
    if (!this.xrefReadable || !this.trailer || this.trailer.has('Encrypt')) return null;
    const root = this.resolve(this.trailer.get('Root'));
    const pages = isDict(root) ? this.get(root, 'Pages') : undefined;
    const count = isDict(pages) ? this.get(pages, 'Count') : undefined;
    return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : null;
  }

  /** The document catalog (/Root of the newest trailer); undefined when the cross-reference chain could not be read. */
  root(): PdfDict | undefined {
    const root = this.trailer && this.resolve(this.trailer.get('Root'));
    return isDict(root) ? root : undefined;
  }

  /** The value of an object, following references; undefined when it cannot be found. */
  resolve(v: PdfValue | undefined): PdfValue | undefined {
    for (let hops = 0; isRef(v) && hops < 32; hops++) v = this.load(v.num)?.value;
    return v;
  }

  /** A dictionary entry, resolved. */
  get(dict: PdfDict, key: string): PdfValue | undefined {
    return this.resolve(dict.get(key));
  }

  /** The dictionary of object `ref` (a stream's dictionary for a stream). */
  dict(ref: PdfRef): PdfDict | undefined {
    const v = this.load(ref.num)?.value;
    return isDict(v) ? v : undefined;
  }

  /** A stream's bytes exactly as stored (still encoded). */
  rawStream(ref: PdfRef): Uint8Array | undefined {
    const s = this.load(ref.num);
    if (!s || s.streamStart === undefined || !isDict(s.value)) return undefined;
    const length = this.resolve(s.value.get('Length'));
    const start = s.streamStart;
    const byLength = typeof length === 'number' ? start + length : -1;
    // Trust /Length only when `endstream` follows it; otherwise look for `endstream`.
    const end = byLength > 0 && /^\s*endstream/.test(latin1(this.bytes, byLength, byLength + 20)) ? byLength : this.indexOf('endstream', start);
    return end > start ? this.bytes.subarray(start, end) : undefined;
  }

  /** A stream's bytes decoded (none or FlateDecode with a PNG predictor); undefined for other filters. */
  decodedStream(ref: PdfRef): Uint8Array | undefined {
    const raw = this.rawStream(ref);
    const dict = this.dict(ref);
    if (!raw || !dict) return undefined;
    const filters = [this.get(dict, 'Filter')].flat().filter((f) => f !== undefined && f !== null);
    if (!filters.length) return raw;
    if (filters.length > 1 || !isName(filters[0], 'FlateDecode')) return undefined;
    const data = inflateSync(raw, { finishFlush: constants.Z_SYNC_FLUSH });
    const parms = this.get(dict, 'DecodeParms');
    const predictor = isDict(parms) ? this.get(parms, 'Predictor') : undefined;
    const columns = isDict(parms) ? this.get(parms, 'Columns') : undefined;
    return typeof predictor === 'number' && predictor >= 10 ? unpredictPng(data, typeof columns === 'number' ? columns : 1) : data;
  }

  private load(num: number): Stored | undefined {
    const hit = this.cache.get(num);
    if (hit) return hit;
    const e = this.entries.get(num);
    let stored: Stored | undefined;
    if (e && 'offset' in e) stored = this.parseAt(e.offset, num);
    else if (e) stored = this.fromObjectStream(e.stream, num);
    if (stored) this.cache.set(num, stored);
    return stored;
  }

  private parseAt(offset: number, num?: number): Stored | undefined {
    const lex = new PdfLexer(this.bytes, offset);
    const [n, , obj] = [lex.read(), lex.read(), lex.read()];
    if (typeof n !== 'number' || (num !== undefined && n !== num) || !(typeof obj === 'object' && obj && 'op' in obj && obj.op === 'obj')) return undefined;
    const value = lex.readValue() ?? null;
    const after = lex.pos;
    const kw = lex.read();
    if (!(typeof kw === 'object' && kw && 'op' in kw && kw.op === 'stream')) return { value };
    let start = lex.pos;
    if (this.bytes[start] === 13) start++;
    if (this.bytes[start] === 10) start++;
    return after <= start ? { value, streamStart: start } : { value };
  }

  private fromObjectStream(stream: number, num: number): Stored | undefined {
    let os = this.objectStreams.get(stream);
    if (!os) {
      const data = this.decodedStream({ num: stream, gen: 0 });
      const dict = this.dict({ num: stream, gen: 0 });
      if (!data || !dict) return undefined;
      const n = Number(this.get(dict, 'N'));
      const lex = new PdfLexer(data);
      const offsets = new Map<number, number>();
      for (let i = 0; i < n; i++) {
        const [num, off] = [lex.read(), lex.read()];
        if (typeof num !== 'number' || typeof off !== 'number') break; // a header shorter than /N says
        offsets.set(num, off);
      }
      os = { first: Number(this.get(dict, 'First')), offsets, data };
      this.objectStreams.set(stream, os);
    }
    const at = os.offsets.get(num);
    // The stream's header names each object with its offset, so the table's index is not needed.
    return at === undefined ? undefined : { value: new PdfLexer(os.data, os.first + at).readValue() ?? null };
  }

  private readXrefChain(): void {
    const tail = latin1(this.bytes, Math.max(0, this.bytes.length - 2048), this.bytes.length);
    const m = /startxref\s+(\d+)/g;
    let last: RegExpExecArray | null = null;
    for (let r; (r = m.exec(tail)); ) last = r;
    let offset = last ? Number(last[1]) : -1;
    const seen = new Set<number>();
    while (offset >= 0 && offset < this.bytes.length && !seen.has(offset)) {
      seen.add(offset);
      const trailer = /^\s*xref/.test(latin1(this.bytes, offset, offset + 8)) ? this.readXrefTable(offset) : this.readXrefStream(offset);
      this.trailer ??= trailer;
      const stm = trailer.get('XRefStm');
      if (typeof stm === 'number') this.readXrefStream(stm);
      const prev = trailer.get('Prev');
      offset = typeof prev === 'number' ? prev : -1;
    }
  }

  /** Reads a classic table; earlier sections (found later in the chain) never override. */
  private readXrefTable(offset: number): PdfDict {
    const lex = new PdfLexer(this.bytes, offset);
    lex.read(); // xref
    for (;;) {
      const first = lex.read();
      if (typeof first !== 'number') {
        const t = lex.readValue();
        if (!isDict(t)) throw new Error('no trailer');
        return t;
      }
      const count = Number(lex.read());
      for (let i = 0; i < count && lex.pos < this.bytes.length; i++) {
        const [off, , kind] = [lex.read(), lex.read(), lex.read()];
        const inUse = typeof kind === 'object' && kind !== null && 'op' in kind && kind.op === 'n';
        if (inUse && typeof off === 'number' && !this.entries.has(first + i)) this.entries.set(first + i, { offset: off });
      }
    }
  }

  private readXrefStream(offset: number): PdfDict {
    const stored = this.parseAt(offset);
    if (!stored || !isDict(stored.value) || stored.streamStart === undefined) throw new Error('no xref stream');
    const dict = stored.value;
    const num = Number(new PdfLexer(this.bytes, offset).read());
    this.cache.set(num, stored);
    this.entries.set(num, { offset });
    const data = this.decodedStream({ num, gen: 0 });
    const w = (dict.get('W') as number[] | undefined) ?? [];
    const index = (dict.get('Index') as number[] | undefined) ?? [0, Number(dict.get('Size'))];
    if (!data || w.length !== 3 || !(w[0]! + w[1]! + w[2]! > 0)) throw new Error('bad xref stream');
    const field = (pos: number, len: number, dflt: number) => (len ? data.subarray(pos, pos + len).reduce((a, b) => a * 256 + b, 0) : dflt);
    let pos = 0;
    for (let s = 0; s + 1 < index.length; s += 2)
      for (let i = 0; i < index[s + 1]! && pos < data.length; i++, pos += w[0]! + w[1]! + w[2]!) {
        const n = index[s]! + i;
        const type = field(pos, w[0]!, 1);
        const a = field(pos + w[0]!, w[1]!, 0);
        if (this.entries.has(n)) continue;
        if (type === 1) this.entries.set(n, { offset: a });
        else if (type === 2) this.entries.set(n, { stream: a });
      }
    return dict;
  }

  /** Broken tables: every `N G obj` in the file, later ones winning (incremental updates). */
  private scanObjects(): void {
    const text = latin1(this.bytes, 0, this.bytes.length);
    for (const m of text.matchAll(/(?<![\d])(\d+)\s+\d+\s+obj\b/g)) this.entries.set(Number(m[1]), { offset: m.index });
  }

  private indexOf(word: string, from: number): number {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength).indexOf(word, from, 'latin1');
  }
}

/** Undoes PNG row predictors (PDF predictor >= 10) for `columns` bytes a row. */
function unpredictPng(data: Uint8Array, columns: number): Uint8Array {
  const rows = Math.floor(data.length / (columns + 1));
  const out = new Uint8Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (columns + 1)]!;
    for (let c = 0; c < columns; c++) {
      const x = data[r * (columns + 1) + 1 + c]!;
      const up = r ? out[(r - 1) * columns + c]! : 0;
      const left = c ? out[r * columns + c - 1]! : 0;
      const ul = r && c ? out[(r - 1) * columns + c - 1]! : 0;
      const p = left + up - ul;
      const paeth = Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - ul) ? left : Math.abs(p - up) <= Math.abs(p - ul) ? up : ul;
      out[r * columns + c] = (x + [0, left, up, (left + up) >> 1, paeth][type]!) & 255;
    }
  }
  return out;
}
