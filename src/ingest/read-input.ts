import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { describeKind } from './find-pdfs.ts';

/** A file's bytes, or why they could not be read (one line saying what to do). */
export type InputRead = { bytes: Uint8Array } | { error: string };

/**
 * Reads a file found earlier, checking again that it still is a regular file: a path that became a
 * FIFO is never opened for reading (it would block the run), and one that vanished since the folders
 * were listed is reported as such. Opened non-blocking and checked once more on the open descriptor,
 * so that a swap between the check and the open cannot block either.
 */
export function readInput(path: string): InputRead {
  let fd: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { error: notAFile(stat) };
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return { error: describeReadError(err) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { error: notAFile(stat) };
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    for (let n = 1; n > 0 && read < bytes.length; read += n) n = readSync(fd, bytes, read, bytes.length - read, read);
    return { bytes: bytes.subarray(0, read) };
  } catch (err) {
    return { error: describeReadError(err) };
  } finally {
    closeSync(fd);
  }
}

const notAFile = (stat: import('node:fs').Stats) => `${describeKind(stat)}, not a file: it was not opened; copy the PDF it should be to a real file and ingest again`;

function describeReadError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'vanished: the file was moved or deleted after the folders were listed; ingest it again if it should be in';
  if (code === 'ELOOP') return 'symlink loop (a link that leads back to itself): fix or remove the link and ingest again';
  if (code === 'EACCES' || code === 'EPERM') return `cannot read file (${code}): check its permissions and ingest again`;
  return `cannot read file (${code ?? String(err).split('\n')[0]}): check the file and the disk, then ingest again`;
}
