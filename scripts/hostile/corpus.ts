// Writes the hostile corpus: every kind of KINDS, so many times each, from one seed, with a
// manifest (manifest.json beside the files) saying what docket must make of each input.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasQpdf } from './encrypt.ts';
import { KINDS, type MakeContext, type ManifestEntry } from './kinds.ts';
import { Rng } from './rng.ts';
import { findSources, textSamples, type SourcePdf } from './sources.ts';

/** The corpus as written: its seed, what could not be made here, and every input's expectation. */
export interface Manifest {
  seed: number;
  scale: 'full' | 'quick';
  /** Kinds left out on this machine, with why (qpdf or mkfifo missing). */
  leftOut: string[];
  entries: ManifestEntry[];
}

/** How many inputs of each kind: `full` (npm run fuzz, >= 1,000) and `quick` (the test's subset). */
export const COUNTS: Record<'full' | 'quick', Record<string, number>> = {
  full: {
    control: 24, copy: 8, truncated: 300, flipped: 300, 'no-xref': 80, 'wrong-length': 120, 'encrypted-open': 24, 'encrypted-locked': 24,
    'qpdf-rotated': 12, 'qpdf-restructured': 12, javascript: 8, attachment: 8, rotated: 16, 'upside-down': 4, 'zero-size': 4, 'huge-page': 2,
    'many-pages': 2, 'lying-count': 4, 'page-tree-loop': 4, 'reference-loop': 4, 'content-bomb': 2, 'image-bomb': 2, 'jpeg-bomb': 2, 'big-image': 1,
    html: 8, png: 4, zip: 3, empty: 3, random: 6, 'fake-header': 6, fifo: 3, 'folder-named-pdf': 3, 'symlink-loop': 4, 'broken-symlink': 2, 'symlink-to-pdf': 2,
  },
  quick: {
    control: 3, copy: 1, truncated: 6, flipped: 6, 'no-xref': 2, 'wrong-length': 2, 'encrypted-open': 2, 'encrypted-locked': 1,
    'qpdf-rotated': 1, 'qpdf-restructured': 1, javascript: 1, attachment: 1, rotated: 2, 'upside-down': 1, 'zero-size': 1, 'huge-page': 1,
    'many-pages': 1, 'lying-count': 1, 'page-tree-loop': 1, 'reference-loop': 1, 'content-bomb': 1, 'image-bomb': 1, 'jpeg-bomb': 1, 'big-image': 0,
    html: 1, png: 1, zip: 1, empty: 1, random: 1, 'fake-header': 1, fifo: 1, 'folder-named-pdf': 1, 'symlink-loop': 2, 'broken-symlink': 1, 'symlink-to-pdf': 1,
  },
};

const NEEDS_QPDF = ['encrypted-open', 'encrypted-locked', 'qpdf-rotated', 'qpdf-restructured'];

/** Settings of a corpus. */
export interface CorpusOptions {
  seed?: number;
  scale?: 'full' | 'quick';
  /** The shared corpus folder (default ../shared/corpus beside the repository). */
  corpusDir?: string;
  /** Only these kinds (default all). */
  kinds?: readonly string[];
}

/** Writes the corpus into `dir` (which must be empty or absent) and returns its manifest (also written as dir/manifest.json). */
export async function makeHostileCorpus(dir: string, o: CorpusOptions = {}): Promise<Manifest> {
  const seed = o.seed ?? 18;
  const scale = o.scale ?? 'full';
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length) throw new Error(`${dir} is not empty: give an empty or new folder`);
  const rng = new Rng(seed);
  const sources = findSources(o.corpusDir);
  const digital = sources.filter((s) => s.digital);
  const samples = textSamples();
  const qpdfOk = hasQpdf();
  const leftOut: string[] = qpdfOk ? [] : NEEDS_QPDF.map((k) => `${k} (qpdf is not installed)`);
  const entries: ManifestEntry[] = [];
  const controls = new Map<string, string>();
  let n = 0;
  const name = (kind: string, slug?: string) => `${kind}-${String(++n).padStart(4, '0')}${slug ? `-${slug}` : ''}.pdf`;
  const ctx: MakeContext = {
    rng,
    quick: scale === 'quick',
    source: (digitalOnly) => rng.pick(digitalOnly || rng.next() < 0.8 ? digital : sources),
    lines: () => rng.pick(samples).slice(0, rng.int(6, 30)),
    control(s: SourcePdf) {
      let path = controls.get(s.path);
      if (!path) {
        path = name('control', s.slug);
        writeFileSync(join(dir, path), s.bytes);
        controls.set(s.path, path);
        entries.push({ path, kind: 'control', expect: 'ok', source: s.slug });
      }
      return path;
    },
    write(kind, bytes, slug) {
      const path = name(kind, slug);
      writeFileSync(join(dir, path), bytes);
      return path;
    },
    entry(kind, make) {
      const path = name(kind);
      return make(join(dir, path)) ? path : null;
    },
    jpeg: firstJpeg(sources),
  };
  for (const [kind, maker] of Object.entries(KINDS)) {
    if (o.kinds && !o.kinds.includes(kind)) continue;
    if (!qpdfOk && NEEDS_QPDF.includes(kind)) continue;
    // A source with nothing of the kind to damage (or a control already made) is a miss; 100 misses end the kind.
    for (let i = 0, misses = 0; i < (COUNTS[scale][kind] ?? 0) && misses < 100; ) {
      const before = entries.length;
      const made = await maker(ctx);
      if (made === null || (kind === 'control' && entries.length === before)) {
        misses++;
        continue;
      }
      if (kind !== 'control') entries.push({ kind, ...made });
      i++;
    }
    if (kind === 'fifo' && !entries.some((e) => e.kind === 'fifo')) leftOut.push('fifo (mkfifo failed)');
  }
  const manifest: Manifest = { seed, scale, leftOut, entries };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

/** The first stored JPEG of a scanned source (for the JPEG bomb's frame). */
function firstJpeg(sources: readonly SourcePdf[]): Uint8Array {
  for (const s of sources.filter((x) => !x.digital)) {
    const start = s.bytes.indexOf(Buffer.from([0xff, 0xd8, 0xff]));
    const end = start >= 0 ? s.bytes.indexOf(Buffer.from('endstream'), start) : -1;
    if (end > start) return s.bytes.subarray(start, end);
  }
  throw new Error('no scanned source PDF with a JPEG: is fixtures/pdf there?');
}

export const manifestPath = (dir: string) => join(dir, 'manifest.json');
export const hasManifest = (dir: string) => existsSync(manifestPath(dir));
