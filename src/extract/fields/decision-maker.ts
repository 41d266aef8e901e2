import { clean } from '../../layout/doc-lines.ts';
import { findField } from '../../layout/form.ts';
import { defineExtractor } from '../define-extractor.ts';
import { LABELS } from '../form-labels.ts';

// "The Deputy Mayor for Policing and Crime is recommended to", "Cabinet agree to", "The Commissioner approved".
const ASKED = /\b(?:the\s+)?((?:Deputy\s+)?Mayor\s+for\s+Policing\s+and\s+Crime|Mayor\s+of\s+London|Police(?:,?\s+Fire)?\s+(?:and|&)\s+Crime\s+Commissioner(?:\s+for\s+[A-Z][a-z]+)?|(?:Cabinet|Executive)\s+Member\s+for\s+[A-Z][A-Za-z ,&-]{3,60}?|Leader\s+of\s+the\s+Council|Cabinet|Chief\s+Executive|Commissioner|[A-Z][A-Za-z ]{2,40}\s+Committee)\s+(?:is|are)?\s*(?:recommended|asked|requested|agreed?|approved?|resolved|decided|propose[sd]?)\b/;

/** The office of a commissioner as printed in a sign-off. */
const OFFICE = /\b((?:Deputy\s+)?Police(?:,?\s+Fire)?\s+(?:and|&)\s+Crime\s+Commissioner(?:\s+for\s+[A-Z][a-z]+)?|(?:Deputy\s+)?Mayor\s+for\s+Policing\s+and\s+Crime)\b/;

/** A value that names someone: words, not a yes/no answer nor another label ("Decision status"). */
const isNamed = (v: string) => /[A-Za-z]{3}/.test(v) && !/^(?:yes|no|n\/a|decision|lead officer)$/i.test(v.trim()) && !Object.values(LABELS).some((re) => re.test(v.trim())) && !/^decision\s+(?:status|published|date|type)/i.test(v.trim());

/** Who took or is asked to take the decision, as printed: the form's "Decision maker" field, else who the recommendations are put to. */
export const decisionMaker = defineExtractor({
  field: 'decisionMaker',
  extract(ctx) {
    const field = findField(ctx.form, LABELS.decisionMaker, isNamed);
    if (field) return clean(field.value).replace(/^the\s+/i, '').replace(/[\s:;,.]+$/, '');
    for (const line of ctx.doc.lines.slice(0, 150)) {
      const m = ASKED.exec(clean(line.text));
      if (m) return m[1]!.replace(/\s+/g, ' ');
    }
    // A commissioner's record names the office in its approval block ("Police and Crime Commissioner Approval").
    const office = ctx.doc.lines.map((l) => OFFICE.exec(clean(l.text))).find(Boolean);
    return office ? office[1]!.replace(/\s+/g, ' ') : null;
  },
});
