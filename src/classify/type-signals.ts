/**
 * The scoring table for document types: weighted, genre-generic signals (headings, header
 * labels, layout), one group per type. A type's score is the sum of its signals' weights.
 * Patterns must hold for any UK public body's papers, never one council's wording.
 */
import { allOf, countLines, heading, phrase, repeated, TITLE_LINES, type TypeSignal } from "./signal-kit.ts";

/** Line starts with a field label ("Subject:", "From |"), so it is not a title. */
const LABELLED = /^[A-Za-z][\w ()/'’-]{0,30}\s*[:|]/;

/** A short title-like line: not a field label, a table cell or a sentence. */
function isTitleLine(line: string): boolean {
  const short = line.length <= 70 && line.split(" ").length <= 10;
  const numberedSection = /^\d+(\.\d+)*[.)]?\s/.test(line);
  const sentenceEnd = /[.,;]$/.test(line);
  return short && /^[A-Z0-9]/.test(line) && !numberedSection && !sentenceEnd && !line.includes("|") && !LABELLED.test(line);
}

const decision: TypeSignal[] = [
  heading(
    "decision",
    "decision-heading",
    /\b(record of (the )?([a-z]+ )?decisions?|decision (notice|record|sheet|form|report)|notice of (the )?decision|request for (an? )?([A-Z]{2,6} )?decision|(dmpc|mopac|pcc|pfcc|mayor'?s?|mayoral|officer|executive|delegated|individual (cabinet )?member|cabinet member|portfolio holder|director'?s?|chief officer'?s?|appeal) decisions?|decision details|issue\s*[-–]\s*decisions|issue details)\b/i,
    { title: 8, top: 6, head: 3 },
  ),
  // A decisions page's own heading: "Decisions of public interest", "Decisions of the PCC - February 2013", "Decisions published 08/05/2021 - ...";
  // a banner that ends on "– Decision" ("Police and Crime Commissioner for Warwickshire – Decision" / "Notice", "... for North Yorkshire –
  // Decision Notice"); "Decision 2021-00263176".
  heading("decision", "decisions-page", /^decisions\s+(?:of\s+(?:public\s+interest|the\s+[A-Z])|published\b|made\s+by\b)|^.{3,80}?\s[-–—]\s*decision(?:\s+(?:notice|record|sheet|form))?$|^decision\s+[A-Z]{0,4}[\s/-]?\d[\d/-]{3,}$/i, { top: 5, head: 3 }, "heading"),
  // A decision series reference in the header: MOPAC's PCD / DMPCD, the Mayor's MD / DD / ADD.
  phrase("decision", "series-reference", /\b(?:DMPC Decision|PCD\s?\d{2,5}|DMPCD\s?\d{4}|(?:MD|DD|ADD)\s?\d{3,5})\b/, { top: 5, head: 3 }, "a decision series reference "),
  // The labels of a published decision record's header (reference code, date signed, decision status, effective from).
  heading("decision", "record-labels", /^(reference code|date signed|decision by|decision date|date of decision|decision status|effective from|made at meeting|decision published)\b/i, { top: 3, head: 3 }, "label"),
  phrase("decision", "decision-number", /\bdecision\s*(no|number|ref(erence)?)\b\.?\s*[:|]?\s*[A-Z]{0,6}[\s-]?\d+/i, { top: 2, head: 2 }, "a decision number "),
  heading("decision", "decision-maker", /^(decision (to be )?taken by|decision[- ]maker|decided by)\b/i, { top: 2, head: 2 }, "label"),
  heading("decision", "decision-label", /^(the )?decisions?\s*(:|$|taken\b|made\b)|^reasons? for (the )?decision/i, { top: 2, head: 2 }, "label"),
  phrase(
    "decision",
    "sign-off",
    /has my approval|\bi (hereby )?(approve|agree)\b|final sign[- ]?off|\bsignature of (the )?decision|i confirm (that )?i have considered whether or not i have any/i,
    { top: 2, head: 2, body: 2 },
    "sign-off ",
  ),
];

const REPORT_LABEL = /^(from|to|by|subject|report (of|to|by|author|title)|author|lead officer|meeting|date of meeting|purpose|wards? affected|electoral divisions?|title of report)\s*[:|]/i;

const report: TypeSignal[] = [
  {
    type: "report",
    id: "report-header",
    read: (doc) => {
      const labels = new Set(doc.head.map((l) => REPORT_LABEL.exec(l)?.[1]?.toLowerCase()).filter(Boolean));
      const fromTo = (labels.has("from") || labels.has("by")) && labels.has("to") && labels.has("subject");
      if (fromTo) return { weight: 5, evidence: "report header From/To/Subject" };
      return labels.size >= 2 ? { weight: 3, evidence: `report header labels (${[...labels].join(", ")})` } : undefined;
    },
  },
  heading("report", "report-to", /^report (to|of|by)\b(?!\s*[:|])/i, { top: 3, head: 2 }, "title"),
  phrase("report", "report-phrase", /\b(purpose of (the |this )?report|this report)\b/i, { top: 3, head: 2, body: 1 }),
  {
    type: "report",
    id: "report-title",
    read: (doc) => {
      const line = doc.top.find((l) => isTitleLine(l) && /(?<!decision )\breport\b/i.test(l));
      return line ? { weight: 2, evidence: `title '${line.slice(0, 40)}'` } : undefined;
    },
  },
  phrase("report", "report-contacts", /^(report author|contact (officer|details)|background (papers|documents)|lead officer|relevant director|circulated to)\b/i, { top: 2, head: 2, body: 1 }),
  allOf("report", "summary-recommendations", "head", [/^(executive )?summary\b/i, /^recommendations?\b|\bis (asked|recommended) to\b/i], 2, "summary and recommendations"),
  repeated(
    "report",
    "implications",
    "body",
    /^(\d+(\.\d+)*\.?\s*\|?\s*)?(financial|legal|equalit(y|ies)|risk|staffing|human resources?|environmental|climate|data protection|governance)( and [a-z]+)?\s+(implications|considerations|comments)\b/i,
    2,
    1,
    "implications sections",
  ),
];

const minutes: TypeSignal[] = [
  heading("minutes", "minutes-heading", /^((draft|unconfirmed|confirmed|printed|signed):? )?minutes\b(?! of the (previous|last) meeting)/i, { title: 8, top: 6, head: 4 }),
  // ("PRESENT | Cllr. Pethurst (in the Chair), ...": the label in a cell of its own, the members named after it.)
  heading("minutes", "present", /^(members )?present(\s*[:|-]|\s+(cllrs?|councillors?)\b)/i, { top: 3, head: 3 }, "attendance list"),
  heading("minutes", "attendance", /^(in attendance|also present|officers present|apologies( for absence)?)\s*[:|]/i, { top: 1, head: 1 }, "label"),
  repeated("minutes", "resolved", "body", /\bRESOLVED\b|\bresolved (that|to)\b|\bagreed unanimously\b|\bit was agreed\b/, 1, 2, "'RESOLVED'"),
  phrase("minutes", "vote", /\bvoting was as follows\b|\bthe motion was (carried|lost|agreed)\b|\bon being put to the vote\b|\bproposed by\b.{0,60}\bseconded by\b/i, { top: 1, head: 1, body: 1 }),
];

const agenda: TypeSignal[] = [
  heading("agenda", "agenda-heading", /^((supplementary|supplemental|revised) )?agenda\b(?! item)|^summons\b|\bagenda (for|and)\b|^notice of (the )?meeting\b/i, { title: 8, top: 6, head: 4 }),
  phrase("agenda", "meeting-notice", /\b(will be held|to be held (at|on|in)|you are (hereby )?summoned|notice is (hereby )?given that (a|the) meeting)\b/i, { top: 2, head: 2 }),
  repeated(
    "agenda",
    "standard-items",
    "head",
    /^\d+[.)]?\s*\|?\s*(apologies|declarations?|(approval of (the )?)?minutes|urgent business|exclusion of (the )?(press|public)|(any )?other business|date of (the )?next meeting|public (questions|participation|speaking)|chair(man)?'?s announcements)/i,
    2,
    2,
    "numbered standard items",
  ),
  repeated("agenda", "page-refs", "body", /\(pages?\s+\d+\s*[-–]\s*\d+\)/i, 1, 2, "items with page numbers"),
];

const assessment: TypeSignal[] = [
  heading(
    "assessment",
    "assessment-heading",
    /\b((equality|equalities|community|health|environmental|climate( change)?|privacy|data protection|integrated|social value|rural|carbon|fairness)( and [a-z]+)? impact assessment|impact assessment|eq(i)?ia|dpia|equality analysis|risks? (assessment|register)|^assessment of [a-z]+)\b/i,
    { title: 8, top: 6, head: 3 },
  ),
  repeated("assessment", "protected", "body", /\bprotected (characteristic|group)s?\b/i, 1, 2, "protected characteristics"),
  allOf("assessment", "impacts", "body", [/\b(positive|negative|adverse|differential) impacts?\b/i, /\bmitigat/i], 1, "impacts and mitigations"),
  allOf("assessment", "risk-scoring", "body", [/\b(likelihood|probability)\b/i, /\b(impact|consequence|severity)\b/i, /\brisks?\b/i], 2, "risk scoring"),
];

const MONEY_UNIT = /£\s?'?000'?s?\b|\(£m\)|£m\b|£k\b|£'000/i;

const financial: TypeSignal[] = [
  {
    type: "financial",
    id: "figure-rows",
    read: ({ figureShare }) => {
      const evidence = `${Math.round(figureShare * 100)}% of lines are rows of figures`;
      if (figureShare >= 0.2) return { weight: 6, evidence };
      return figureShare >= 0.12 ? { weight: 3, evidence } : undefined;
    },
  },
  {
    type: "financial",
    id: "money-unit",
    read: (doc) => (doc.figureShare >= 0.12 && countLines(doc.head, MONEY_UNIT) > 0 ? { weight: 2, evidence: "money columns (£000s)" } : undefined),
  },
  heading(
    "financial",
    "financial-title",
    /\b(budget (book|by|monitoring|template|summary|and financing)|capital (programme|investment)|revenue (budget|plan|monitoring)|outturn|statement of accounts|annual (governance and accountability )?return|bank reconciliation|financial (schedule|summary))\b/i,
    { top: 1 },
    "title",
  ),
];

/** Titles of papers that are `other` even when full of figures (spec: policies and strategies). */
const POLICY_TITLE = /\b(strateg(y|ies)|polic(y|ies)|terms of reference|protocol|charter|code of (conduct|practice)|framework|white paper|green paper|constitution|scheme of delegation|procedure rules)\b/i;
/** Weaker title words: statements, guidance and plans are usually, not always, `other`. */
const PLAN_TITLE = /\b(statement(?! of accounts)|guidance|action plan|delivery plan)\b/i;

const other: TypeSignal[] = [
  { type: "other", id: "default", read: () => ({ weight: 1, evidence: "no stronger genre signal" }) },
  {
    type: "other",
    id: "policy-title",
    read: (doc) => {
      const i = doc.top.findIndex((l) => isTitleLine(l) && (POLICY_TITLE.test(l) || PLAN_TITLE.test(l)));
      const line = doc.top[i];
      if (line === undefined) return undefined;
      const strong = POLICY_TITLE.test(line);
      const weight = i < TITLE_LINES ? (strong ? 8 : 4) : strong ? 4 : 3;
      return { weight, evidence: `policy/strategy title '${line.slice(0, 40)}'` };
    },
  },
  phrase("other", "letter", /^dear\s+\S+/i, { top: 3, head: 3 }, "letter "),
  phrase("other", "letter-close", /\byours (sincerely|faithfully)\b/i, { top: 2, head: 2, body: 2 }),
  allOf("other", "motion", "head", [/\b(proposer|proposed by|mover|moved by)\b/i, /\b(seconder|seconded by)\b/i], 4, "proposer and seconder (a motion)"),
  heading("other", "motion-heading", /\b(notice of motion|amendment|motion)\b/i, { top: 2 }),
  phrase("other", "call-in", /\b(call[- ]in (request|notice|form)|request (for|to) call[- ]in|notice of call[- ]in|reasons? for (the )?call[- ]in)\b/i, { top: 4, head: 4 }),
  phrase("other", "q-and-a", /\b(questions? and answers|frequently asked questions|FAQs?)\b/i, { top: 4 }),
  repeated("other", "questions", "body", /^(q|question)\s*\d*\s*[:.)]/i, 3, 3, "numbered questions"),
  phrase("other", "election", /\b(notice of election|statement of persons nominated|notice of poll)\b/i, { top: 4 }),
];

/** Every signal, grouped by the type it scores. */
export const TYPE_SIGNALS: readonly TypeSignal[] = [...decision, ...report, ...minutes, ...agenda, ...assessment, ...financial, ...other];
