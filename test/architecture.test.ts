import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The floors of src/, ground first: a module may import its own floor or lower ones, never higher. */
const FLOORS: readonly string[][] = [
  ['record', 'errors.ts', 'version.ts'],
  ['layout'],
  ['pdf', 'ocr', 'route'],
  ['extract', 'classify', 'checks'],
  ['pipeline'],
  ['db'],
  ['ingest', 'export'],
  ['query'],
  ['web'],
  ['cli', 'index.ts'],
];

const SRC = resolve('src');
const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : f.endsWith('.ts') ? [join(d, f)] : []));
const unitOf = (file: string) => relative(SRC, file).split('/')[0]!;
const floorOf = (file: string) => FLOORS.findIndex((f) => f.includes(unitOf(file)));
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => resolve(dirname(file), m[1]!));

const files = walk(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('the import graph of src/', () => {
  it('places every folder on a floor', () => {
    expect(files.filter((f) => floorOf(f) < 0).map((f) => relative(SRC, f))).toEqual([]);
  });

  it('has record importing nothing of docket', () => {
    const bad = files.filter((f) => unitOf(f) === 'record').flatMap((f) => graph.get(f)!.filter((t) => unitOf(t) !== 'record').map((t) => `${relative(SRC, f)} -> ${relative(SRC, t)}`));
    expect(bad).toEqual([]);
  });

  it('never imports up a floor', () => {
    const up = files.flatMap((f) => graph.get(f)!.filter((t) => floorOf(t) > floorOf(f)).map((t) => `${relative(SRC, f)} -> ${relative(SRC, t)}`));
    expect(up).toEqual([]);
  });

  it('has the CLI commands use the public API of src/index.ts alone', () => {
    const allowed = new Set(['index.ts', 'errors.ts', 'cli/command.ts', 'cli/format.ts'].map((f) => join(SRC, f)));
    const bad = files
      .filter((f) => relative(SRC, f).startsWith('cli/commands/'))
      .flatMap((f) => graph.get(f)!.filter((t) => !allowed.has(t) && !relative(SRC, t).startsWith('cli/')).map((t) => `${relative(SRC, f)} -> ${relative(SRC, t)}`));
    expect(bad).toEqual([]);
  });

  it('has no cycles', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') return void cycles.push([...path.slice(path.indexOf(f)), f].map((p) => relative(SRC, p)).join(' -> '));
      state.set(f, 'open');
      for (const t of graph.get(f) ?? []) visit(t, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });
});
