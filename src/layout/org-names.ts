import { clean, type Doc, type Line } from './doc-lines.ts';
import { isSpeck } from './list-markers.ts';
/**
 * Names of public bodies as papers print them in banners and headings: councils, boroughs, combined
 * authorities, police and crime commissioners, the Mayor of London and MOPAC. Shared by the authority
 * extractor and the header reader (which must not take a banner for a title).
 */
// Not a protective marking printed above a banner ("OFFICIAL", "RESTRICTED").
// (Nor a form's name before a banner: "OPCC Surrey – Decision Making Record" / "Police and Crime Commissioner for Surrey".)
const CAP = String.raw`(?!The\b|This\b|News\b|That\b|A\b|Decision\b|Making\b|Record\b|Notice\b|Chair\b|Chairman\b|Deputy\b|Acting\b|Interim\b|Vice\b|Official\b|OFFICIAL\b|Restricted\b|RESTRICTED\b|Confidential\b|CONFIDENTIAL\b|Sensitive\b|SENSITIVE\b|Protect\b|PROTECT\b)[A-Z][A-Za-z'’.-]+`;
// ("Bournemouth, Christchurch and Poole Council": places listed with a comma.)
const PLACE = String.raw`${CAP}(?:(?:\s+(?:and|upon|on|under|in|of|&)\s+|,\s+|\s|-)${CAP}){0,3}`;

/** A council meeting in full ("Full Council – Precept", "recommends these to Full Council"): a meeting of the body, no body or party of its own. */
export const FULL_COUNCIL = /^\s*(?:the\s+)?full\s+council\s*$/i;

/** Kinds of council, not places ("Parish and Town Councils", "Partner Councils"). */
const KINDS = String.raw`(?:Parish|Town|Partner|County|District|Borough|City|Community|Constituent|Local|Member|Neighbouring|Other|Unitary|Participating|All|Principal)\b`;

/** Words that make "... Authority" a role or a heading, not an agency's name. */
const ROLE_WORD = String.raw`(?:Local|Licensing|Planning|Housing|Billing|Highways?|Education|Contracting|Awarding|Accountable|Lead|Responsible|Competent|Relevant|Statutory|Precepting|Collection|Administering|Managing|Unitary|Supervisory|Regulatory|Funding|Commissioning|Delegated|Approved|Grants?|Decisions?|Officers?|Executive|Financial|Spending|Budget|Under|Of|For|By|With)\b`;

/** MOPAC as papers name it, in full and by its initials (both spellings are how its papers print it). */
export const MOPAC_NAME = "Mayor's Office for Policing and Crime (MOPAC)";

/** Each kind of body with its pattern; the first group is the place or full name. */
export const ORG_PATTERNS: readonly { kind: 'mopac' | 'gla' | 'combined' | 'pcc' | 'fire' | 'borough' | 'council' | 'city' | 'authority' | 'metropolitan' | 'park' | 'national' | 'mayor'; re: RegExp }[] = [
  { kind: 'mopac', re: /\bMOPAC\b|Mayor'?s Office for Policing and Crime|Office for Policing and Crime|\bDMPC\b|Deputy Mayor for Policing/i },
  { kind: 'combined', re: new RegExp(String.raw`\b(${PLACE}\s+Combined\s+(?:County\s+)?Authority)\b`) },
  { kind: 'pcc', re: new RegExp(String.raw`(?:Office of the\s+)?Police(?:,?\s+Fire)?\s+(?:and|&)\s+Crime\s+Commissioner\s+(?:for|of)\s+(${PLACE})|\bP(?:F)?CC\s+(?:for|of)\s+(${PLACE})|\b(${PLACE})\s+(?:Office of the\s+)?Police(?:,?\s+Fire)?\s+(?:and|&)\s+Crime\s+Commissioner`) },
  // "London Fire and Emergency Planning Authority" (LFEPA, until 2018), "London Fire Commissioner", "LONDON FIRE BRIGADE", "Devon and Somerset Fire and Rescue Authority", "East Sussex Fire Authority"
  { kind: 'fire', re: new RegExp(String.raw`\b(London\s+Fire\s+and\s+Emergency\s+Planning\s+Authority|London\s+Fire\s+(?:Commissioner|Brigade)|${PLACE}\s+Fire\s+(?:(?:and|&)\s+Rescue\s+)?(?:Authority|Service))\b`) },
  { kind: 'borough', re: new RegExp(String.raw`\b((?:Royal\s+|London\s+)?Borough\s+of\s+${PLACE})`) },
  // "Borough Council of King's Lynn & West Norfolk": the kind of council first, its place after.
  { kind: 'council', re: new RegExp(String.raw`\b((?:Borough|County|City|District)\s+Council\s+of\s+${PLACE})`) },
  // "Cyngor Gwynedd", "Cyngor Sir Ddinbych", "Cyngor Bwrdeistref Sirol Conwy": a Welsh council by its Welsh name.
  { kind: 'council', re: new RegExp(String.raw`\b(Cyngor\s+(?:(?:Sir|Bwrdeistref\s+Sirol|Dinas|Tref|Cymuned)\s+)?${PLACE})`) },
  // "City and County of Swansea", "City and County of Cardiff": a Welsh principal council by its charter name.
  { kind: 'council', re: new RegExp(String.raw`\b(City\s+and\s+County\s+of\s+${PLACE})`) },
  // (Not a tax: "the Second Homes Council Tax initiative".)
  { kind: 'council', re: new RegExp(String.raw`\b(${PLACE}\s+(?:County\s+|Borough\s+|City\s+|District\s+|Metropolitan\s+Borough\s+|Town\s+|Parish\s+)?Council(?!\s+Tax\b)|City\s+of\s+London\s+Corporation)\b`) },
  // "Adur & Worthing Councils": two named councils that decide together (not kinds of council: "Parish and Town Councils").
  { kind: 'council', re: new RegExp(String.raw`\b((?!${KINDS})${CAP}\s+(?:&|and)\s+(?!${KINDS})${CAP}\s+Councils)\b`) },
  // Single-purpose authorities: "North London Waste Authority", "Yorkshire Dales National Park Authority", "Port of London Authority",
  // a police authority (before commissioners, 2012: "Metropolitan Police Authority").
  // (A news report may name it without its place: "the National Park Authority".)
  { kind: 'authority', re: new RegExp(String.raw`\b((?:${PLACE}\s+)?(?:Waste(?:\s+Disposal)?|National\s+Park|(?:Integrated\s+)?Transport|Port|Harbour|Conservancy|Police)\s+Authority)\b`) },
  // A police and crime panel, the councils' joint committee that reviews a commissioner's precept ("Dyfed Powys Police and Crime Panel").
  { kind: 'authority', re: new RegExp(String.raw`\b(${PLACE}\s+Police(?:,?\s+Fire)?\s+(?:and|&)\s+Crime\s+Panel)\b`) },
  // Joint bodies of councils: city region cabinets and joint committees ("Cardiff Capital Region Cabinet", "Swansea Bay City Region
  // Joint Committee", "North Wales Corporate Joint Committee" or "North Wales CJC", "North Wales Economic Ambition Board"), one
  // named for its service ("Chesterfield and District Joint Crematorium Committee", "Adur and Worthing Joint Strategic Committee",
  // "Lothian Valuation Joint Board").
  { kind: 'authority', re: new RegExp(String.raw`\b(${PLACE}\s+(?:City|Capital)\s+Region(?:\s+Joint)?\s+(?:Cabinet|Committee)|${PLACE}\s+(?:(?:Corporate\s+)?Joint\s+Committee|CJC)|${PLACE}\s+Joint\s+(?:${CAP}\s+){1,2}(?:Committee|Board)|${PLACE}\s+Joint\s+Board|${PLACE}\s+Economic\s+Ambition\s+Board)\b`) },
  // A transport body named "Transport for" its area ("Transport for the North", "Transport for Greater Manchester", "Transport for London").
  { kind: 'authority', re: new RegExp(String.raw`\b(Transport\s+for\s+(?:the\s+)?${PLACE})\b`) },
  // A mayoral development corporation ("Old Oak and Park Royal Development Corporation", "London Legacy Development Corporation").
  // (As a banner or heading of its own: a title may name one, "London Legacy Development Corporation Transition – ...".)
  // ("Old Oak and Park Royal Development Corporation – OPDC": with its initials after a dash.)
  // ("Old Oak and Park Royal Development Corporation (OPDC)": with them in brackets.)
  { kind: 'authority', re: new RegExp(String.raw`^\W*(${PLACE}\s+Development\s+Corporation)(?:\s*[–—-]\s*[A-Z]{2,6}|\s*\([A-Z]{2,6}\))?\W*$`) },
  // "Loch Lomond & The Trossachs National Park" as a whole banner: the park's authority.
  { kind: 'park', re: new RegExp(String.raw`^\W*(${PLACE}(?:\s+(?:&|and)\s+(?:The\s+)?${CAP})?\s+National\s+Park)\W*$`) },
  // "TAMESIDE METROPOLITAN BOROUGH" as a whole banner: the borough's council.
  { kind: 'metropolitan', re: new RegExp(String.raw`^\W*(${PLACE}\s+Metropolitan\s+Borough)(?:\s+Council)?\W*$`) },
  // "City of London" as a whole banner or heading, or before a committee's name ("City of London – City Bridge Trust Committee"):
  // the City of London Corporation (in running text the place, or its police force).
  { kind: 'city', re: /^\W*(?:The\s+)?City\s+of\s+London(?:\s+[–—-]\s+[A-Z][^–—]*)?\W*$/i },
  // ("GREATERLONDONAUTHORITY": a wordmark whose text lost its spaces.)
  { kind: 'gla', re: /Greater\s*London\s*Authority|\bGLA\b|Mayor of London|\bMayoral Decision\b/i },
  // A combined authority's mayor by the area's name ("Mayor of West Yorkshire – Policing and Crime"; the Mayor of London is the GLA's).
  { kind: 'mayor', re: new RegExp(String.raw`\b(Mayor\s+of\s+(?!London\b)${PLACE})`) },
  // National bodies that decide on grants under delegated powers ("The National Lottery Heritage Fund" over its schedule of decisions).
  { kind: 'national', re: /\b((?:The\s+)?National\s+Lottery\s+(?:Heritage|Community)\s+Fund|Arts\s+Council\s+(?:England|of\s+Wales)|(?:Sport|Historic|Homes|Natural)\s+England|Environment\s+Agency|Welsh\s+Government|Scottish\s+Government)\b/ },
  // A public agency's name as a whole banner ("Broads Authority", "Highlands and Islands Enterprise", "Scottish Environment
  // Protection Agency"): capitalised words, "and" between them, none a role or a heading's word ("Licensing Authority", "Local
  // Planning Authority", "Decisions Taken Under Delegated Authority"). Last, so that every kind above is read first ("Greater
  // London Authority" is the GLA's).
  { kind: 'authority', re: new RegExp(String.raw`^\W*((?:(?!${ROLE_WORD})${CAP}\s+(?:(?:and|&)\s+)?){1,5}(?:Authority|Enterprise|Agency|Commission))\W*$`) },
];

/** The body patterns, each matching every occurrence in any case (built once). */
const ORG_PATTERNS_ALL = ORG_PATTERNS.map(({ re }) => new RegExp(re.source, 'gi'));

/** Genre words of form names and banners ("RECORD OF DECISION", "Officer decision", "Decision details"). */
const GENRE = /^(?:assistant|director(?:['’]?s)?|chief|deputy|head|leader(?:['’]?s)?|member(?:['’]?s)?|mayor['’]s|officer(?:['’]?s)?|decisions?|record|notice|details|officer|officers|mayoral|and|of|for|the|a|to|request|dmpc|dmpcd|pcd|md|dd|proposed|key|executive|issue|published|log|form|report|cabinet|member|delegated|individual|portfolio|holder|non-key|public|part|ref|reference|no|number|date|office|sheet|summary|approval|taken|by|under|powers|urgent|board|committee|meeting|agenda|venue|am|pm|monday|tuesday|wednesday|thursday|friday|saturday|sunday|[–—-]|&|\W+)$/i;
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/i;

/** What a title does to something, before "of" ("Acceptance of", "Approval of", "Sale of"): a title's first words, never a banner's ("Acceptance of South Yorkshire Mayoral Combined Authority" / "Grant: Feasibility Fund"). */
const ACTION_OF = /^\W*(?:(?!Corporation\b|Statement\b)[A-Z][a-z]+(?:ance|ence|ment|ion|al|ure|ase|ard)|Sale|Use|Grant|Transfer|Release|Review)\s+of\s/;
/** Money given to a body, before "to" or "for" ("Grant to Alderton Parish Council", "Funding for ... Town Council"): a title, never a banner. */
const GIVEN_TO = /\b(?:Grants?|Payments?|Contributions?|Donations?|Loans?|Awards?|Funding)\s+(?:to|for)\s/i;

/** True for a banner or form name: once body names, genre words, references and dates are taken out, at most one word is left. */
export function isBannerOrFormName(text: string): boolean {
  // A line that starts in lower case or names a sum goes on from something else ("and award of £6.18m to City of Doncaster Council").
  if (/^\s*[a-z]/.test(text) || /£\s?\d/.test(text) || ACTION_OF.test(text) || GIVEN_TO.test(text)) return false;
  if (MASTHEAD.test(text)) return true;
  let rest = titleCaseCaps(text);
  for (const re of ORG_PATTERNS_ALL) rest = rest.replace(re, (m) => (kindAfterWord(m) ? m : ' '));
  rest = rest.replace(/\b(?:police|crime|commissioner|council|county|authority|combined|london|mayor)\b/gi, ' ').replace(/\b\d{1,2}[.:]\d{2}\b/g, ' ');
  const words = rest.split(/\s+/).filter((w) => w && !GENRE.test(w) && !/\d/.test(w) && !MONTH.test(w));
  // "MOPAC Budget 2015/16": a body's name, a word and a year is a title (a banner names no year of its own).
  if (words.length === 1 && /\b(?:19|20)\d{2}\s*[/-]\s*\d{2,4}\b/.test(text) && !orgIn(words[0]!)) return false;
  // "Wales: delegated decisions December 2023": a schedule of one month's decisions is that paper's title (a banner or a form's name is dated by no month).
  // (Not a listing's page of many papers, "Decisions of the PCC - February 2013", whose entries have titles of their own.)
  if (/\bdecisions\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d{2}\s*$/i.test(text)) return false;
  return words.length <= 1;
}

/** A newspaper's name over its story: "Great Yarmouth Mercury", "Knutsford Guardian", "Bude Today", "West Somerset Free Press", "Express & Star", "BBC News". */
const MASTHEAD = /^\W*(?:The\s+)?(?:(?:[A-Z][\w'’.-]*\s+){1,3}(?:Mercury|Guardian|Gazette|Echo|Herald|Chronicle|Advertiser|Observer|Argus|Courier|Telegraph|Sentinel|Examiner|Journal|Today|Free\s+Press)|Express\s*&\s*Star|(?:BBC|ITV|Sky)\s+News)\W*$/;

const SMALL = /^(?:of|and|for|upon|on|the|in|under|to|at)$/i;

/** "SURREY COUNTY COUNCIL" -> "Surrey County Council" (banners in capitals); other text unchanged. Acronyms of 2-4 letters stay. */
export function titleCaseCaps(text: string): string {
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length < 4 || letters !== letters.toUpperCase()) return text;
  return text.replace(/[A-Za-z][A-Za-z'’]*/g, (w, i: number) => (SMALL.test(w) && i > 0 ? w.toLowerCase() : /^(?:MOPAC|DMPC|PCC|PFCC|GLA|CA)$/.test(w) ? w : w[0]! + w.slice(1).toLowerCase()));
}

/** A council by its kind after a word and a preposition ("Disposal of City Council", "Sale of County Council"): the council's, no place's name. */
const kindAfterWord = (name: string) => /^\W*\S+.*\s(?:of|for|to|at|on|by)\s+(?:(?:City|County|Borough|District|Town|Parish)\s+)?Council$/i.test(name.trim());

/** The body a line of text names, normalised ("MOPAC", "Surrey PCC", "Kent County Council"), or null. */
export function orgIn(text: string): string | null {
  // "cambridge City Council" alone on its line: OCR may read a banner's first capital as a small letter ("full Council, it must ..." is prose).
  const t = titleCaseCaps(text).replace(/^(\W*)([a-z])(?=[a-z'’-]{3,}\s+(?:(?:City|County|Borough|District|Metropolitan\s+Borough)\s+)?Council\s*$)/, (_m, lead: string, c: string) => lead + c.toUpperCase());
  for (const { kind, re } of ORG_PATTERNS) {
    const m = re.exec(t);
    // ("Full Council – Precept": the council meeting in full, a meeting's name, no body's.)
    if (!m || kindAfterWord(m[0]) || FULL_COUNCIL.test(m[0])) continue;
    // "Cumbria’s Police and Crime Commissioner": the place without its possessive.
    const name = (m.slice(1).find(Boolean) ?? m[0]).replace(/\s+/g, ' ').trim().replace(/['’]s$/, '');
    if (kind === 'mopac') return MOPAC_NAME;
    if (kind === 'gla') return 'Greater London Authority (Mayor of London)';
    if (kind === 'city') return 'City of London Corporation';
    if (kind === 'metropolitan') return `${name} Council`;
    if (kind === 'park') return `${name} Authority`;
    // A police, fire and crime commissioner is a PFCC ("Essex PFCC").
    if (kind === 'pcc') return `${name} ${commissionerKind(m[0])}`;
    return name;
  }
  return null;
}

/**
 * The first page's lines from its banner on: a scan's specks above the banner ("—_ OOO" where a logo was) are no line of its
 * header (read with the banner, "OOO" would be the place of "OOO Police and Crime Commissioner").
 */
export function firstPageFromBanner(doc: Doc): Line[] {
  const page = doc.lines.filter((l) => l.page === doc.lines[0]?.page);
  if (doc.pages.find((p) => p.number === doc.lines[0]?.page)?.source !== 'ocr') return page;
  return page.slice(Math.max(0, page.findIndex((l) => !isSpeck(clean(l.text)) || !!orgIn(l.text))));
}

/** A commissioner's kind as its name or initials print it: a police, fire and crime commissioner ("Fire", "PFCC", "OPFCC") is a PFCC, else a PCC. */
export const commissionerKind = (printed: string): 'PFCC' | 'PCC' => (/\bFire\b|\bO?PFCC\b/i.test(printed) ? 'PFCC' : 'PCC');
