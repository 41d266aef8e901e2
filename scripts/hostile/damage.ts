// Byte-level damage to real PDFs, as downloads, disks and careless tools do it. Each function
// returns the damaged bytes, or null when the source has nothing of the kind to damage.
import type { Rng } from './rng.ts';

const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
/** A copy (a Buffer's own `slice` is a view: damaging it would damage the source). */
const copy = (b: Uint8Array) => new Uint8Array(b);

/** Whether `%%EOF` is in the last KB (what docket, like Acrobat, takes as "the file ends properly"). */
export const endsWithEof = (b: Uint8Array) => latin1(b.subarray(Math.max(0, b.length - 1024))).includes('%%EOF');

/** Cut at a random offset before the final `%%EOF` (an interrupted download). */
export function truncate(bytes: Uint8Array, rng: Rng): Uint8Array {
  const eof = latin1(bytes).lastIndexOf('%%EOF');
  const end = eof > 16 ? eof : bytes.length - 1;
  // Half the cuts land in the last tenth, where the cross-reference table and the last objects are.
  const from = rng.next() < 0.5 ? Math.floor(end * 0.9) : 8;
  return copy(bytes.subarray(0, rng.int(from, end)));
}

/** Overwrite 1 to 16 random bytes with random values (a bad disk, a broken transfer). */
export function flipBytes(bytes: Uint8Array, rng: Rng): Uint8Array {
  const out = copy(bytes);
  const n = rng.int(1, 17);
  for (let i = 0; i < n; i++) {
    const at = rng.int(0, out.length);
    out[at] = (out[at]! + rng.int(1, 256)) & 255;
  }
  return out;
}

/** Remove the last cross-reference table (or blank the xref stream), leaving `startxref` pointing at nothing. */
export function removeXref(bytes: Uint8Array): Uint8Array | null {
  const text = latin1(bytes);
  const m = [...text.matchAll(/startxref\s+(\d+)/g)].pop();
  if (!m) return null;
  const at = Number(m[1]);
  if (text.startsWith('xref', at)) {
    const trailer = text.indexOf('trailer', at);
    if (trailer < 0) return null;
    return Buffer.concat([bytes.subarray(0, at), bytes.subarray(trailer)]);
  }
  const end = text.indexOf('endobj', at);
  if (end < 0 || !/^\d+\s+\d+\s+obj/.test(text.slice(at, at + 32))) return null;
  const out = copy(bytes);
  out.fill(0x20, at, end + 6);
  return out;
}

/** Give 1 to 3 streams a wrong /Length (same number of digits, so nothing else moves). */
export function wrongLengths(bytes: Uint8Array, rng: Rng): Uint8Array | null {
  const text = latin1(bytes);
  const found = [...text.matchAll(/\/Length\s+(\d+)(?!\s+\d+\s+R)(?=[\s/>])/g)];
  if (!found.length) return null;
  const out = copy(bytes);
  const n = Math.min(found.length, rng.int(1, 4));
  for (let i = 0; i < n; i++) {
    const m = rng.pick(found);
    const digits = m[1]!;
    const start = m.index! + m[0].length - digits.length;
    let value = digits;
    while (value === digits) value = String(rng.int(digits.length > 1 ? 10 ** (digits.length - 1) : 0, 10 ** digits.length));
    out.set(Buffer.from(value, 'latin1'), start);
  }
  return out;
}
