// The kinds of hostile input, each with what docket must make of it. A maker writes one input
// through the context and returns its expectation, or null when its source has nothing to damage.
import { mkdirSync, symlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as crafted from './crafted.ts';
import { endsWithEof, flipBytes, removeXref, truncate, wrongLengths } from './damage.ts';
import { CIPHERS, encrypt, qpdf } from './encrypt.ts';
import { htmlErrorPage, makeFifo as mkfifo, png, randomBytes, zipArchive } from './not-pdfs.ts';
import type { Rng } from './rng.ts';
import type { SourcePdf } from './sources.ts';

/**
 * What docket must make of an input: `ok` (with its text), `failed`, `partial`, `damaged` (failed
 * or partial), `any` (any status, a one-line reason unless ok), `input-error` (no record; an input
 * error with a reason).
 */
export type Expect = 'ok' | 'failed' | 'partial' | 'damaged' | 'any' | 'input-error';

/** One input of the corpus and what must become of it. */
export interface ManifestEntry {
  /** Path relative to the corpus folder. */
  path: string;
  kind: string;
  expect: Expect;
  /** Source of the reason's pattern (a regular expression) the error must match. */
  reason?: string;
  /** A line the stored text must contain. */
  phrase?: string;
  /** The stored text must be that of this entry (the undamaged source) word for word. */
  sameTextAs?: string;
  /** Must be the same record (the same bytes) as this entry. */
  sameRecordAs?: string;
  /** Pages in the PDF, where the kind is about page counts. */
  pages?: number;
  /** The real PDF it was made from. */
  source?: string;
}

/** What a maker needs: randomness, sources, texts, and a way to write files. */
export interface MakeContext {
  rng: Rng;
  quick: boolean;
  /** A digital or any real PDF (digital ones four times out of five). */
  source(digitalOnly?: boolean): SourcePdf;
  /** Lines of a real decision text. */
  lines(): string[];
  /** Path of the unmodified copy of `source` in the corpus (written on first use). */
  control(source: SourcePdf): string;
  /** Writes a file named from `kind` and returns its relative path. */
  write(kind: string, bytes: Uint8Array, slug?: string): string;
  /** Makes a filesystem entry (FIFO, folder, symlink) with `make(absolutePath)`; its relative path, or null when it cannot be made. */
  entry(kind: string, make: (abs: string) => boolean, name?: string): string | null;
  jpeg: Uint8Array;
}

type Made = Omit<ManifestEntry, 'kind'> | null;
type Maker = (c: MakeContext) => Made | Promise<Made>;

const textDoc = (c: MakeContext, kind: string, make: (lines: string[]) => Buffer, expect: Expect = 'ok'): Made => {
  const lines = c.lines();
  return { path: c.write(kind, make(lines)), expect, phrase: lines[0] };
};
const damaged = (c: MakeContext, kind: string, damage: (b: Uint8Array) => Uint8Array | null, expect: (b: Uint8Array) => Expect): Made => {
  const s = c.source();
  const bytes = damage(s.bytes);
  return bytes ? { path: c.write(kind, bytes, s.slug), expect: expect(bytes), source: s.slug } : null;
};
const disguised = (c: MakeContext, kind: string, args: (rng: Rng) => readonly string[]): Made => {
  const s = c.source(true);
  return { path: c.write(kind, qpdf(s.bytes, args(c.rng)), s.slug), expect: 'ok', sameTextAs: c.control(s), source: s.slug };
};
const notPdf = (c: MakeContext, kind: string, bytes: Buffer, reason: string): Made => ({ path: c.write(kind, bytes), expect: 'failed', reason });
const fsEntry = (c: MakeContext, kind: string, make: (abs: string) => boolean, reason: string, name?: string): Made => {
  const path = c.entry(kind, make, name);
  return path ? { path, expect: 'input-error', reason } : null;
};

/** Every kind, in the order they are made. */
export const KINDS: Record<string, Maker> = {
  control: (c) => ({ path: c.control(c.source()), expect: 'ok' }),
  copy: (c) => {
    const s = c.source();
    return { path: c.write('copy', s.bytes, s.slug), expect: 'ok', sameRecordAs: c.control(s) };
  },
  truncated: (c) => damaged(c, 'truncated', (b) => truncate(b, c.rng), (b) => (endsWithEof(b) ? 'any' : 'damaged')),
  flipped: (c) => damaged(c, 'flipped', (b) => flipBytes(b, c.rng), () => 'any'),
  'no-xref': (c) => damaged(c, 'no-xref', removeXref, () => 'damaged'),
  'wrong-length': (c) => damaged(c, 'wrong-length', (b) => wrongLengths(b, c.rng), () => 'damaged'),
  'encrypted-open': (c) => {
    const s = c.source(true);
    return { path: c.write('encrypted-open', encrypt(s.bytes, '', c.rng.pick(CIPHERS)), s.slug), expect: 'ok', sameTextAs: c.control(s), source: s.slug };
  },
  'encrypted-locked': (c) => {
    const s = c.source();
    return { path: c.write('encrypted-locked', encrypt(s.bytes, `pw${c.rng.int(1000, 9999)}`, c.rng.pick(CIPHERS)), s.slug), expect: 'failed', reason: '^encrypted: remove the password', source: s.slug };
  },
  'qpdf-rotated': (c) => disguised(c, 'qpdf-rotated', (rng) => [`--rotate=${rng.pick(['+90', '+180', '+270', '-90'])}:1-z`]),
  'qpdf-restructured': (c) => disguised(c, 'qpdf-restructured', (rng) => rng.pick([['--object-streams=generate'], ['--linearize'], ['--qdf', '--object-streams=disable']])),
  javascript: (c) => textDoc(c, 'javascript', (l) => crafted.withJavaScript(l)),
  attachment: (c) => textDoc(c, 'attachment', (l) => crafted.withAttachments(l, c.source(true).bytes)),
  rotated: (c) => textDoc(c, 'rotated', (l) => crafted.rotated([l, l.slice(3)], c.rng.pick([90, 180, 270, -90, 450]))),
  'upside-down': (c) => textDoc(c, 'upside-down', (l) => crafted.upsideDown([l])),
  'zero-size': (c) => textDoc(c, 'zero-size', (l) => crafted.oddSize([l], c.rng.pick(['[0 0 0 0]', '[0 0 595 0]', '[100 100 100 100]']))),
  'huge-page': (c) => textDoc(c, 'huge-page', (l) => crafted.oddSize([l], '[0 0 1000000 1000000]')),
  'many-pages': (c) => {
    const pages = c.quick ? 400 : 2000;
    const lines = c.lines();
    return { path: c.write('many-pages', crafted.manyPages(pages, lines)), expect: 'ok', phrase: `Annex page 1 of ${pages}`, pages };
  },
  'lying-count': (c) => textDoc(c, 'lying-count', (l) => crafted.lyingCount([l, l], c.rng.pick([1e9, 2 ** 31 - 1, 5000])), 'any'),
  'page-tree-loop': (c) => textDoc(c, 'page-tree-loop', (l) => crafted.pageTreeLoop(l), 'damaged'),
  'reference-loop': (c) => textDoc(c, 'reference-loop', (l) => crafted.referenceLoop(l), 'damaged'),
  'content-bomb': (c) => textDoc(c, 'content-bomb', (l) => crafted.contentBomb(l, c.quick ? 1_000_000 : 3_000_000)),
  'image-bomb': async (c) => ({ path: c.write('image-bomb', await crafted.imageBomb(20_000, `image-bomb ${c.rng.int(0, 1e9)}`)), expect: 'partial', reason: 'over the \\d+ MP limit' }),
  'jpeg-bomb': (c) => ({ path: c.write('jpeg-bomb', crafted.jpegBomb(c.jpeg, 20_000, `jpeg-bomb ${c.rng.int(0, 1e9)}`)), expect: 'partial', reason: 'over the \\d+ MP limit' }),
  'big-image': async (c) => ({ path: c.write('big-image', await crafted.imageBomb(6_000, `big-image ${c.rng.int(0, 1e9)}`)), expect: 'ok' }),
  html: (c) => notPdf(c, 'html', htmlErrorPage(c.rng.pick([403, 404, 500, 503])), 'HTML page'),
  png: (c) => notPdf(c, 'png', png(c.rng.int(1, 64), c.rng.int(1, 64)), 'PNG image'),
  zip: (c) => notPdf(c, 'zip', zipArchive(), 'ZIP archive'),
  empty: (c) => notPdf(c, 'empty', Buffer.alloc(0), '^empty file'),
  random: (c) => notPdf(c, 'random', randomBytes(c.rng, c.rng.int(1, 20_000), false), '^not a PDF'),
  'fake-header': (c) => notPdf(c, 'fake-header', randomBytes(c.rng, c.rng.int(1, 20_000), true), 'unreadable|truncated|damaged'),
  fifo: (c) => fsEntry(c, 'fifo', (p) => mkfifo(p), 'named pipe'),
  'folder-named-pdf': (c) => fsEntry(c, 'folder-named-pdf', (p) => mkdir(p), 'folder named like a PDF'),
  'symlink-loop': (c) => fsEntry(c, 'symlink-loop', (p) => loop(p, c.rng.next() < 0.5), 'symlink loop'),
  'broken-symlink': (c) => fsEntry(c, 'broken-symlink', (p) => symlink(`${p}.gone`, p), 'broken symlink'),
  'symlink-to-pdf': (c) => {
    const target = c.control(c.source());
    const path = c.entry('symlink-to-pdf', (p) => symlink(target.split('/').pop()!, p));
    return path ? { path, expect: 'ok', sameRecordAs: target } : null;
  },
};

const mkdir = (p: string) => (mkdirSync(p), true);
const symlink = (target: string, p: string) => (symlinkSync(target, p), true);
/** A link to itself, or (every other time) to a link elsewhere that leads back to it. */
function loop(p: string, viaOther: boolean): boolean {
  if (!viaOther) return symlink(basename(p), p);
  const other = join(dirname(p), 'loops', `${basename(p)}.back`);
  mkdirSync(dirname(other), { recursive: true });
  symlinkSync(p, other);
  return symlink(other, p);
}
