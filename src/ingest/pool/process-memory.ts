import { readFileSync } from 'node:fs';

/** Resident memory of a process in MB, from /proc (Linux); null where it cannot be read (other systems, process gone). */
export function residentMb(pid: number): number | null {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ')[1]);
    return Number.isFinite(pages) ? (pages * 4096) / 2 ** 20 : null;
  } catch {
    return null;
  }
}
