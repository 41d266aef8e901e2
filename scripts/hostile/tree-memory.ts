import { readdirSync, readFileSync } from 'node:fs';

/** Resident MB of a process tree, by role: the main docket process, its reader processes, OCR (tesseract) and the rest. */
export interface TreeMemory {
  totalMb: number;
  byRole: Record<'main' | 'readers' | 'ocr' | 'other', number>;
}

/** Reads /proc for every process under `root` (itself included). */
export function treeMemory(root: number): TreeMemory {
  const procs = new Map<number, { parent: number; mb: number; name: string }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'latin1');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'latin1');
      procs.set(Number(d), { parent: Number(fields[1]), mb: (Number(fields[21]) * 4096) / 2 ** 20, name: cmd });
    } catch {
      // the process ended while we looked
    }
  }
  const out: TreeMemory = { totalMb: 0, byRole: { main: 0, readers: 0, ocr: 0, other: 0 } };
  for (const [pid, p] of procs) {
    let inTree = false;
    for (let q: number | undefined = pid, hops = 0; q && hops < 64 && !inTree; q = procs.get(q)?.parent, hops++) inTree = q === root;
    if (!inTree) continue;
    const role = pid === root ? 'main' : p.name.includes('tinypool') ? 'readers' : p.name.startsWith('tesseract') ? 'ocr' : 'other';
    out.byRole[role] += p.mb;
    out.totalMb += p.mb;
  }
  return out;
}
