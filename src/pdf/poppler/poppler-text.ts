import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyFonts, parsePopplerTsv, type PopplerPage } from './poppler-tsv.ts';
import { parsePopplerXml } from './poppler-xml.ts';

/** Which reader gives born-digital pages their text: `auto` uses poppler when its `pdftohtml` works, else pdf.js. */
export const TEXT_ENGINES = ['auto', 'pdfjs', 'poppler'] as const;
export type TextEngineChoice = (typeof TEXT_ENGINES)[number];

/** Working poppler tools: `pdftotext` (words and boxes), `pdftohtml` (fonts), and the version (e.g. "poppler 22.12.0"). */
export interface PopplerProbe {
  pdftotext: string;
  binary: string;
  version: string;
}

/** Settings of one poppler read. */
export interface PopplerReadOptions {
  /** Pages read at most (the rest are left to the caller). */
  maxPages?: number;
  /** Pages whose bold spans are read (header pages: titles); default 2. */
  fontPages?: number;
  /** Milliseconds the process may take before it is killed and the document left to pdf.js. */
  timeoutMs: number;
  /** Bytes of XML accepted at most before the read is abandoned (a text bomb is left to pdf.js's guards). */
  maxOutputBytes?: number;
}

/** Checks that poppler's `pdftotext` (with -tsv) and `pdftohtml` run (~10 ms); null when either is missing or too old. */
export function probePoppler(pdftotext = 'pdftotext', binary = 'pdftohtml'): PopplerProbe | null {
  const said = (bin: string) => {
    const run = spawnSync(bin, ['-v'], { encoding: 'utf8', timeout: 10_000 });
    return run.status === 0 ? `${run.stdout ?? ''}${run.stderr ?? ''}` : '';
  };
  const version = /pdftotext version ([\d.]+)/.exec(said(pdftotext))?.[1];
  const help = spawnSync(pdftotext, ['-h'], { encoding: 'utf8', timeout: 10_000 });
  const tsv = `${help.stdout ?? ''}${help.stderr ?? ''}`.includes('-tsv');
  return version && tsv && /pdftohtml version/.test(said(binary)) ? { pdftotext, binary, version: `poppler ${version}` } : null;
}

/**
 * Reads a PDF's text with poppler (C++, ~3x faster than pdf.js's text extraction): every
 * page's words with their boxes (`pdftotext -tsv`), bold spans on the header pages (`pdftohtml -xml`). Returns null when
 * poppler fails, times out or says too much; the caller then reads every page with pdf.js.
 */
export async function readWithPoppler(bytes: Uint8Array, probe: PopplerProbe, opts: PopplerReadOptions): Promise<PopplerPage[] | null> {
  const file = join(tmpdir(), `docket-${process.pid}-${randomBytes(6).toString('hex')}.pdf`);
  try {
    await writeFile(file, bytes);
    const fontPages = Math.min(opts.fontPages ?? 2, opts.maxPages ?? Infinity);
    const out = await run(popplerCommand(probe, file, opts.maxPages ?? 1_000_000, fontPages), opts);
    if (out === null) return null;
    const pages = parsePopplerTsv(out.tsv);
    applyFonts(pages, out.xml ? parsePopplerXml(out.xml) : []);
    return pages;
  } finally {
    await rm(file, { force: true });
  }
}

/** One line the shell prints between pdftohtml's XML and pdftotext's TSV, with pdftohtml's exit status. */
const MARK = `docket-poppler-${randomBytes(8).toString('hex')}`;

/**
 * One process per document (spawning from a large Node process costs milliseconds each): a shell runs
 * `pdftohtml -xml` on the header pages (bold spans; they know fonts), prints the mark and its exit
 * status, then becomes `pdftotext -tsv` (words and their boxes) on the same output.
 */
function popplerCommand(probe: PopplerProbe, file: string, maxPages: number, fontPages: number): string[] {
  const tsv = [probe.pdftotext, '-tsv', '-l', String(maxPages), file, '-'];
  if (fontPages <= 0) return tsv;
  const xml = [probe.binary, '-xml', '-i', '-hidden', '-nodrm', '-stdout', '-q', '-zoom', '3', '-l', String(fontPages), file];
  const script = `"$@" 2>/dev/null; printf '\\n%s %s\\n' ${MARK} $?; exec ${tsv.map(quote).join(' ')}`;
  return ['/bin/sh', '-c', script, 'sh', ...xml];
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs the command (its own process group, ended whole on the time limit), splitting its output; null on a non-zero exit, a signal, the time limit or too much output. */
function run([binary, ...args]: string[], opts: PopplerReadOptions): Promise<{ tsv: string; xml: string } | null> {
  const cap = opts.maxOutputBytes ?? 256 * 1024 * 1024;
  return new Promise((resolve) => {
    const child = spawn(binary!, args, { stdio: ['ignore', 'pipe', 'ignore'], detached: true });
    const chunks: Buffer[] = [];
    let size = 0;
    const give = (v: string | null) => {
      clearTimeout(timer);
      resolve(v === null ? null : split(v));
    };
    const kill = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = setTimeout(() => (kill(), give(null)), opts.timeoutMs);
    child.stdout.on('data', (c: Buffer) => {
      size += c.length;
      if (size > cap) return kill(), give(null);
      chunks.push(c);
    });
    child.on('error', () => give(null));
    child.on('close', (code) => give(code === 0 ? Buffer.concat(chunks).toString('utf8') : null));
  });
}

/** The XML (empty when pdftohtml failed) and the TSV of one run's output; the TSV alone when pdftohtml was not run. */
function split(out: string): { tsv: string; xml: string } {
  const at = out.indexOf(`\n${MARK} `);
  if (at < 0) return { tsv: out, xml: '' };
  const eol = out.indexOf('\n', at + 1);
  const ok = out.slice(at + MARK.length + 2, eol).trim() === '0';
  return { tsv: out.slice(eol + 1), xml: ok ? out.slice(0, at) : '' };
}
