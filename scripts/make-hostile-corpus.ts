// Writes the hostile corpus (damaged, disguised and hostile inputs made from the fixtures and
// ../shared/corpus, from a fixed seed) and its manifest of expected outcomes:
//   npx tsx scripts/make-hostile-corpus.ts OUT_DIR [--seed N] [--quick] [--kinds a,b]
import { parseArgs } from 'node:util';
import { makeHostileCorpus } from './hostile/corpus.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { seed: { type: 'string' }, quick: { type: 'boolean' }, kinds: { type: 'string' } } });
if (positionals.length !== 1) {
  console.error('usage: tsx scripts/make-hostile-corpus.ts OUT_DIR [--seed N] [--quick] [--kinds a,b]');
  process.exit(2);
}
const started = performance.now();
const manifest = await makeHostileCorpus(positionals[0]!, { seed: values.seed ? Number(values.seed) : undefined, scale: values.quick ? 'quick' : 'full', kinds: values.kinds?.split(',') });
const byKind = new Map<string, number>();
for (const e of manifest.entries) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
console.log(`${manifest.entries.length} inputs in ${positionals[0]} (seed ${manifest.seed}, ${((performance.now() - started) / 1000).toFixed(1)} s): ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
if (manifest.leftOut.length) console.log(`left out: ${manifest.leftOut.join('; ')}`);
