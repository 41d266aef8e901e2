import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/** The files to ingest and the inputs that could not be used, with why. */
export interface FoundInputs {
  files: string[];
  /** Input errors: paths that do not exist, symlink loops, FIFOs and other entries that are not files, folders that cannot be listed. */
  missing: { path: string; error: string }[];
}

const PDF_NAME = /\.pdf$/i;

/**
 * Expands files and folders (recursively, `*.pdf` in any case, following symlinks) into a sorted
 * list of PDF paths. Looks at entries with stat only: a FIFO, socket or device is never opened (a
 * FIFO would block the run), and a symlink loop or a folder seen before is never walked twice.
 * Entries that cannot be PDFs but are named or given as one become input errors with a reason.
 */
export function findPdfs(inputs: readonly string[]): FoundInputs {
  const files = new Set<string>();
  const missing = new Map<string, string>();
  const seenDirs = new Set<string>();
  const fail = (path: string, error: string) => void missing.set(path, error);

  // `given`: named on the command line (tried whatever its name); else found in a folder, where only
  // entries named *.pdf are taken or reported, and folders (or symlinks to them) are walked whatever their name.
  const visit = (path: string, given: boolean) => {
    const named = PDF_NAME.test(path);
    const stat = statOf(path);
    if (typeof stat === 'string') return (given || named) && fail(path, stat);
    if (stat.isDirectory()) {
      const before = files.size;
      walk(path, stat);
      if (named && files.size === before) fail(path, 'a folder named like a PDF, holding no PDFs: nothing to ingest there');
    } else if (!given && !named) return;
    else if (stat.isFile()) files.add(path);
    else fail(path, `${describeKind(stat)}, not a file: it was not opened; copy the PDF it should be to a real file and ingest again`);
  };

  const walk = (dir: string, stat: Stats) => {
    const key = `${stat.dev}:${stat.ino}`;
    if (seenDirs.has(key)) return; // a folder reached again through a symlink
    seenDirs.add(key);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      fail(dir, `cannot list folder (${(err as NodeJS.ErrnoException).code ?? 'error'}): check its permissions and ingest again`);
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, e.name);
      if (!e.isFile()) visit(path, false);
      else if (PDF_NAME.test(e.name)) files.add(path);
    }
  };

  for (const input of inputs) visit(input, true);
  return { files: [...files].sort(), missing: [...missing].map(([path, error]) => ({ path, error })) };
}

/** The entry's stat (following symlinks), or why it cannot be used. */
function statOf(path: string): Stats | string {
  try {
    return statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return 'symlink loop (a link that leads back to itself): fix or remove the link and ingest again';
    if (code === 'ENOENT' && isSymlink(path)) return 'broken symlink (its target does not exist): fix or remove the link and ingest again';
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'path does not exist: check the spelling or mount the folder, then ingest again';
    return `cannot look at it (${code ?? 'error'}): check its permissions and ingest again`;
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** What kind of entry a non-file, non-folder is, for messages. */
export function describeKind(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isDirectory()) return 'a folder';
  return 'not a regular file';
}
