// docket's TypeScript sources as prebuilt JavaScript bundles (esbuild), cached in
// node_modules/.cache/docket and reused while no source file changes: the key is esbuild's version
// and every src/ file's path, size and mtime. Plain JavaScript, so that the launcher can use it
// before any TypeScript loader is registered. Loading a bundle costs ~0.3 s of CPU against ~1.6 s
// for the same code through tsx.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** The source folder the bundles are built from (DOCKET_SRC once the launcher has set it: code bundled into the CLI no longer sits beside src/). */
export const SRC = process.env.DOCKET_SRC || fileURLToPath(new URL('../src/', import.meta.url));
process.env.DOCKET_SRC = SRC;
const DAY_MS = 24 * 3600 * 1000;

/** Where the bundle of `entry` (a path under src/) named `name` lives while the sources are unchanged; null when esbuild is not installed. */
export function bundlePath(name) {
  try {
    const esbuildDir = dirname(require.resolve('esbuild/package.json'));
    const version = JSON.parse(readFileSync(join(esbuildDir, 'package.json'), 'utf8')).version;
    const self = statSync(join(SRC, '../bin/code-cache.mjs'));
    const key = createHash('sha256').update(version).update(`${self.size}:${self.mtimeMs}`).update(sourceStamp(SRC)).digest('hex').slice(0, 16);
    return join(esbuildDir, '..', '.cache', 'docket', `${name}-${key}.mjs`);
  } catch {
    return null;
  }
}

/** The up-to-date bundle named `name` when it exists (marked as in use), else null. */
export function cachedBundle(name) {
  const file = bundlePath(name);
  return file && existsSync(file) ? touch(file) : null;
}

/**
 * Builds (or reuses) the bundle of `entry` named `name`; `external` packages are loaded from
 * node_modules as they are (`'*'`: every package). Returns its path, or null when it cannot be
 * built (no esbuild, a read-only cache): the caller then runs the TypeScript through tsx.
 */
export async function buildBundle(entry, name, external) {
  const file = bundlePath(name);
  if (!file) return null;
  if (existsSync(file)) return touch(file);
  try {
    const esbuild = await import('esbuild');
    mkdirSync(dirname(file), { recursive: true });
    // Built under another name and renamed: a second docket building at once never reads half a file.
    const partial = `${file}.${process.pid}.partial`;
    const packages = external === '*' ? { packages: 'external' } : { external };
    await esbuild.build({ entryPoints: [entry], outfile: partial, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent', ...packages });
    renameSync(partial, file);
    await esbuild.stop(); // its service process would otherwise live (and hold ~50 MB) as long as docket
    // Bundles of other source versions are removed once unused for a day: a run started before the
    // sources changed still starts (and replaces) its readers from its own bundle.
    const cache = dirname(file);
    for (const old of readdirSync(cache)) if (old.startsWith(`${name}-`) && join(cache, old) !== file && isStale(join(cache, old))) rmSync(join(cache, old), { force: true });
    return file;
  } catch {
    return null;
  }
}

/** Marks a bundle as in use (its mtime), so that no other docket removes it as stale. */
function touch(file) {
  try {
    utimesSync(file, new Date(), new Date());
  } catch {
    // read-only cache: nothing removes it either
  }
  return file;
}

function isStale(file) {
  try {
    return statSync(file).mtimeMs < Date.now() - DAY_MS;
  } catch {
    return false;
  }
}

/** Path, size and mtime of every TypeScript file under `dir`. */
function sourceStamp(dir) {
  const out = [];
  const walk = (d) => {
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
