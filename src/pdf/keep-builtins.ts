/**
 * The engine's own `Array.prototype.push`, `JSON.stringify` and `JSON.parse`, captured before
 * pdf.js's legacy build is evaluated: its bundled core-js replaces all three with JavaScript
 * polyfills on Node 20 (for `JSON.rawJSON` and an edge case of non-writable array lengths, neither
 * of which docket or pdf.js uses), which slowed every push and JSON call in the process by ~10%
 * of an ingest's CPU. `restoreBuiltins` puts the natives back once pdf.js has loaded.
 */
const isNative = (f: unknown) => typeof f === 'function' && /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(f));

const saved = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };

/** Puts back the builtins captured when this module was evaluated (only those that were native then). */
export function restoreBuiltins(): void {
  if (isNative(saved.push)) Array.prototype.push = saved.push;
  if (isNative(saved.stringify)) JSON.stringify = saved.stringify;
  if (isNative(saved.parse)) JSON.parse = saved.parse;
}
