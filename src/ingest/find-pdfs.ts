import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The files to ingest and the inputs that could not be used, with why. */
export interface FoundInputs {
  files: string[];
  missing: { path: string; error: string }[];
}

/** Expands files and folders (recursively, `*.pdf` in any case) into a sorted list of PDF paths. */
export function findPdfs(inputs: readonly string[]): FoundInputs {
  const files = new Set<string>();
  const missing: FoundInputs['missing'] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch {
      missing.push({ path: input, error: 'path does not exist: check the spelling or mount the folder, then ingest again' });
      continue;
    }
    if (stat.isDirectory()) walk(input, files);
    else files.add(input); // a file named explicitly is tried whatever its extension
  }
  return { files: [...files].sort(), missing };
}

function walk(dir: string, out: Set<string>): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) walk(path, out);
    else if (e.isFile() && /\.pdf$/i.test(e.name)) out.add(path);
  }
}
