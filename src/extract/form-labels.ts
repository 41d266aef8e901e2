/**
 * The labels forms print beside each field, as whole-label patterns (one signal among several:
 * the form reader finds label/value pairs by layout; these say which field a label names).
 */
export const LABELS = {
  title: /^(?:(?:decision|report|paper|issue)\s+title|title(?:\s+of\s+(?:the\s+)?(?:report|decision|paper|issue|item)(?:\s*\/\s*(?:report|decision|paper|item))?)?|subject(?:\s+matter)?(?:\s*\/\s*title\s+of\s+decision)?|name\s+of\s+(?:project|scheme)|decision\s+subject|subject\s+of\s+(?:the\s+)?decision)$/i,
  reference: /^(?:ref(?:erence)?(?:\s+(?:code|number|no\.?))?|(?:decision\s+)?code|(?:decision|record|notice|report|document|delegated\s+decision|key\s+decision|decision\s+record)\s+(?:no\.?|number|ref(?:erence)?(?:\s+(?:no\.?|number))?|code)|decision\s+reference\s+number|forward\s+plan\s+ref(?:erence)?|title\s+and\s+ref(?:erence)?)$/i,
  decisionDate: /^(?:date\s+(?:of\s+)?(?:the\s+)?decision|(?:cabinet\s+|executive\s+)?decision\s+date|(?:cabinet|executive)\s+decision|date\s+signed|date\s+of\s+signature|date\s+(?:decision\s+)?(?:taken|made|approved)|decision\s+(?:taken|made)(?:\s+on)?|signed\s+on|date\s+of\s+approval|approved\s+on)$/i,
  effectiveDate: /^(?:effective\s+(?:from|date)|date\s+of\s+effect|takes?\s+effect)$/i,
  meetingDate: /^(?:made\s+at\s+meeting|decided\s+at\s+meeting|meeting(?:\s+date)?|date\s+of\s+meeting|decision\s+made\s+at)$/i,
  decisionMaker: /^(?:decision\s+(?:maker|taker|by|taken\s+by|made\s+by)|decision\s+to\s+be\s+taken\s+by|taken\s+by|decision-maker|(?:cabinet|executive)\s+member|portfolio\s+holder|authorisation\s+name|authorised\s+by|approved\s+by)$/i,
} as const;

/** A value that can be a reference: a short run of letters and figures with at least one digit. */
// "CSFR03 (21/22)": a code with its financial year in brackets keeps the year; "054/2024_25" its year joined by an underscore;
// "OPCC.D.036.25" its letters dotted; "D090029MEM" letters after its figures.
export const REFERENCE_VALUE = /^((?:[A-Z]{1,8}[\s/.-]?){0,3}\d{1,6}(?:\s?[/.–-]\s?[A-Z\d]{1,6}|_\d{2,4}){0,3}(?:[A-Z]{1,4}(?![a-z]))?(?:\s\d{1,4}){0,2}(?:\s?\(\d{2}\/\d{2}\))?)(?![\w/])/;

/** A field's whole value is a code ("Decision | CSFR03 (21/22)", "Decision | 24/00108"): the form names its decision by reference. */
export const CODE_ONLY = /^(?:[A-Z]{1,8}[\s/-]?)?\d{1,6}(?:[/.-][A-Z\d]{1,6}){0,2}(?:\s?\(\d{2}\/\d{2}\))?$/;
