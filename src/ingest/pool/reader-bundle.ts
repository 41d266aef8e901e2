import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const SRC = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./read-worker.ts', import.meta.url));
/** Packages the reader loads from node_modules as they are (native addons, WASM, large prebuilt files). */
const EXTERNAL = ['pdfjs-dist', 'better-sqlite3', 'tesseract.js', '@napi-rs/canvas', 'zod', 'p-queue', 'tinypool', '@tesseract.js-data/*', 'tsx'];

/** How a reader process loads its code: a prebuilt file, or the TypeScript entry through tsx. */
export interface ReaderCode {
  filename: string;
  execArgv: string[];
}

/**
 * The reader's code as one JavaScript file, built with esbuild from src/ into
 * node_modules/.cache/docket and reused while no source file changes (the key is every file's
 * path, size and mtime). Loading it takes ~0.6 s of CPU against ~2.6 s through tsx's loader,
 * paid by every reader. Falls back to tsx when the cache cannot be written or esbuild fails.
 */
export async function readerCode(): Promise<ReaderCode> {
  const viaTsx = { filename: ENTRY, execArgv: ['--import', import.meta.resolve('tsx')] };
  try {
    const esbuild = (await import('esbuild')) as typeof import('esbuild');
    const cache = join(dirname(require.resolve('esbuild/package.json')), '..', '.cache', 'docket');
    const key = createHash('sha256').update(esbuild.version).update(sourceStamp(SRC)).digest('hex').slice(0, 16);
    const file = join(cache, `reader-${key}.mjs`);
    if (existsSync(file)) return { filename: touch(file), execArgv: [] };
    mkdirSync(cache, { recursive: true });
    // Built under another name and renamed: a second docket building at once never reads half a file.
    const partial = `${file}.${process.pid}.partial`;
    await esbuild.build({ entryPoints: [ENTRY], outfile: partial, bundle: true, platform: 'node', format: 'esm', target: 'node20', external: EXTERNAL, logLevel: 'silent' });
    renameSync(partial, file);
    await esbuild.stop(); // its service process would otherwise live (and hold ~50 MB) as long as docket
    // Bundles of other source versions are removed once unused for a day: a run started before the
    // sources changed still starts (and replaces) its readers from its own bundle.
    for (const old of readdirSync(cache)) if (old.startsWith('reader-') && join(cache, old) !== file && isStale(join(cache, old))) rmSync(join(cache, old), { force: true });
    return { filename: file, execArgv: [] };
  } catch {
    return viaTsx;
  }
}

const DAY_MS = 24 * 3600 * 1000;

/** Marks a bundle as in use (its mtime), so that no other docket removes it as stale. */
function touch(file: string): string {
  try {
    utimesSync(file, new Date(), new Date());
  } catch {
    // read-only cache: nothing removes it either
  }
  return file;
}

function isStale(file: string): boolean {
  try {
    return statSync(file).mtimeMs < Date.now() - DAY_MS;
  } catch {
    return false;
  }
}

/** Path, size and mtime of every TypeScript file under `dir`. */
function sourceStamp(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) {
        const s = statSync(p);
        out.push(`${relative(dir, p)}:${s.size}:${s.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return out.sort().join('\n');
}
