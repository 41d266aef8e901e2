#!/usr/bin/env node
// Thin launcher. Runs the CLI from a prebuilt bundle of src/ (bin/code-cache.mjs: rebuilt whenever a
// source file changes, so it never goes stale), else the TypeScript through tsx.
import { join } from 'node:path';
import { SRC, buildBundle } from './code-cache.mjs';

const entry = join(SRC, 'cli/main.ts');
const bundle = process.env.DOCKET_NO_BUNDLE ? null : await buildBundle(entry, 'cli', '*');
let main;
if (bundle) ({ main } = await import(bundle));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(entry));
}
process.exitCode = await main(process.argv.slice(2));
