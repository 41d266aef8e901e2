// Encrypted copies of real PDFs, made with qpdf (absent: none are made, and the manifest says so).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether the qpdf command is installed. */
export function hasQpdf(): boolean {
  try {
    execFileSync('qpdf', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs qpdf on `bytes` with `args` placed before the input and output files. */
export function qpdf(bytes: Uint8Array, args: readonly string[]): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'docket-qpdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), bytes);
    try {
      execFileSync('qpdf', [...args, join(dir, 'in.pdf'), join(dir, 'out.pdf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (err) {
      // Exit code 3: written, with warnings (qpdf repaired something); anything else is a failure.
      const { status, stderr } = err as { status?: number; stderr?: Buffer };
      if (status !== 3) throw new Error(`qpdf ${args.join(' ')} failed: ${String(stderr ?? '').trim().split('\n')[0]}`);
    }
    return readFileSync(join(dir, 'out.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Ciphers qpdf can encrypt with: AES-256 (R6), AES-128 (R4), RC4-128 (R3, which qpdf calls weak). */
export const CIPHERS = [
  { name: 'aes256', before: [], bits: '256', after: [] },
  { name: 'aes128', before: [], bits: '128', after: ['--use-aes=y'] },
  { name: 'rc4', before: ['--allow-weak-crypto'], bits: '128', after: ['--use-aes=n'] },
] as const;

/** Encrypts with `user` as the user password (empty: anyone may open it) and a separate owner password. */
export function encrypt(bytes: Uint8Array, user: string, cipher: (typeof CIPHERS)[number]): Buffer {
  return qpdf(bytes, [...cipher.before, '--encrypt', user, 'owner-secret', cipher.bits, ...cipher.after, '--']);
}
