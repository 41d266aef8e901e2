import { clean } from '../../layout/doc-lines.ts';
import { findField } from '../../layout/form.ts';
import { defineExtractor } from '../define-extractor.ts';
import { LABELS } from '../form-labels.ts';

// "The Deputy Mayor for Policing and Crime is recommended to", "Cabinet agree to", "The Commissioner approved".
const ASKED = /\b(?:the\s+)?((?:Deputy\s+)?Mayor\s+for\s+Policing\s+and\s+Crime|Mayor\s+of\s+London|Police(?:,?\s+Fire)?\s+(?:and|&)\s+Crime\s+Commissioner(?:\s+for\s+[A-Z][a-z]+)?|(?:Cabinet|Executive)\s+Member\s+for\s+[A-Z][A-Za-z ,&-]{3,60}?|Leader\s+of\s+the\s+Council|Cabinet|Chief\s+Executive|Commissioner|[A-Z][A-Za-z ]{2,40}\s+Committee)\s+(?:is|are)?\s*(?:recommended|asked|requested|agreed?|approved?|resolved|decided|propose[sd]?)\b/;

/** Who took or is asked to take the decision, as printed: the form's "Decision maker" field, else who the recommendations are put to. */
export const decisionMaker = defineExtractor({
  field: 'decisionMaker',
  extract(ctx) {
    const field = findField(ctx.form, LABELS.decisionMaker, (v) => /[A-Za-z]{3}/.test(v) && !/^(yes|no|n\/a)$/i.test(v.trim()));
    if (field) return clean(field.value).replace(/^the\s+/i, '').replace(/[\s:;,.]+$/, '');
    for (const line of ctx.doc.lines.slice(0, 150)) {
      const m = ASKED.exec(clean(line.text));
      if (m) return m[1]!.replace(/\s+/g, ' ');
    }
    return null;
  },
});
