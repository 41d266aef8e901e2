import { clean, locate } from '../../layout/doc-lines.ts';
import { ALL_TYPES, defineCheck } from '../define-check.ts';

const MINOR = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', '&']);

/** Does a phrase spell out an acronym (initials of its significant words, in order)? */
function spellsOut(words: string[], acronym: string): boolean {
  const initials = words.filter((w) => !MINOR.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');
  return initials === acronym.toUpperCase();
}

/** "Police Cloud Gateway (PCG)" and "PCG (Police Cloud Gateway)": the expansions of each acronym, with where they are. */
function expansions(text: string): { acronym: string; phrase: string; at: number }[] {
  const out: { acronym: string; phrase: string; at: number }[] = [];
  for (const m of text.matchAll(/\(([A-Z]{2,8})\)/g)) {
    const acronym = m[1]!;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 120), m.index).trim().split(/\s+/);
    for (let n = acronym.length; n <= acronym.length + 3 && n <= before.length; n++) {
      const words = before.slice(-n).map((w) => w.replace(/^[^A-Za-z&]+|[^A-Za-z]+$/g, '')).filter(Boolean);
      if (spellsOut(words, acronym)) {
        out.push({ acronym, phrase: words.join(' '), at: m.index ?? 0 });
        break;
      }
    }
  }
  for (const m of text.matchAll(/\b([A-Z]{2,8})\s+\(([^()]{3,80})\)/g)) {
    const words = m[2]!.split(/\s+/).map((w) => w.replace(/[^A-Za-z&]/g, '')).filter(Boolean);
    if (spellsOut(words, m[1]!)) out.push({ acronym: m[1]!, phrase: words.join(' '), at: m.index ?? 0 });
  }
  return out;
}

const key = (p: string) => p.toLowerCase().replace(/s\b/g, '').replace(/[^a-z]/g, '');

export const nameVariant = defineCheck({
  id: 'name-variant',
  severity: 'info',
  description: 'one acronym spelt out two different ways in one document',
  appliesTo: ALL_TYPES,
  check({ ctx }) {
    const byAcronym = new Map<string, Map<string, { phrase: string; line: (typeof ctx.doc.lines)[number] }>>();
    for (const line of ctx.doc.lines) {
      // With the line before, so an expansion that wraps ("... Data Centre" / "(NADC)") is still read.
      const prev = ctx.doc.lines[line.index - 1];
      const head = prev && !line.breakBefore ? `${clean(prev.text)} ` : '';
      for (const e of expansions(head + clean(line.text)).filter((x) => x.at >= head.length)) {
        const forms = byAcronym.get(e.acronym) ?? new Map();
        if (!forms.has(key(e.phrase))) forms.set(key(e.phrase), { phrase: e.phrase, line });
        byAcronym.set(e.acronym, forms);
      }
    }
    return [...byAcronym]
      .filter(([, forms]) => forms.size > 1)
      .map(([acronym, forms]) => {
        const [first, ...others] = [...forms.values()];
        return {
          message: `Expected one name for ${acronym} ("${first!.phrase}"), found ${others.map((o) => `"${o.phrase}"`).join(', ')}`,
          explanation: `${acronym} is spelt out as ${[...forms.values()].map((f) => `"${f.phrase}" (p.${f.line.page})`).join(' and as ')}; the initials of each give ${acronym}, but the words differ`,
          evidence: [...forms.values()].map((f) => ({ ...locate(ctx.doc, f.line), text: clean(f.line.text) })),
        };
      });
  },
  examples: {
    ok: [['The Police Cloud Gateway (PCG) replaces the old link.\nThe PCG (Police Cloud Gateway) goes live in May.']],
    notOk: [['The Police Cloud Gateway (PCG) replaces the old link.\nFunding for the Police Criminal Gateway (PCG) is approved.']],
  },
});
