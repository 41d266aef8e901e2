import { ABBREVIATION, sentences } from './sentences.ts';

// How minutes record a motion moved, seconded and carried: its wording, and the motions a paragraph's text holds.

/** A member named as the mover or seconder of a motion: "Cllr A Jordan", "Mrs Mitchell", "Cllr Mrs S Jureko", "Councillor J. P. Smith". */
const MEMBER = String.raw`(?:(?:Cllrs?|Clirs?|Councillors?)\.?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)(?:[A-Z]\.?\s+){0,3}[A-Z][\w'’-]+`;
/**
 * A motion minuted as moved: "Mrs Mitchell proposed and Mr Berry seconded payment ...", "It was proposed by Cllr Glassett and
 * seconded by ...", "Cllr A Jordan PROPOSED that ...", "Resolved, proposed by Cllr Benton, seconded by ..., that £600 be
 * donated", "It was proposed, seconded and agreed to ENDORSE ..." (not "the proposed awards", not "It is proposed that").
 */
const MOTION = new RegExp(String.raw`\b(?:was|were)\s+proposed\b|\b[Pp]roposed\s+(?:by\b|and\s+seconded\b|,\s*seconded\b)|\b${MEMBER}\s+(?:proposed|PROPOSED)\b`);
/** The motion's outcome or its seconder, said in the same sentence. */
const MOTION_CARRIED = /\b(?:[Ss]econded|SECONDED|agreed|AGREED|resolved|RESOLVED|carried|CARRIED|unanimous(?:ly)?|approved)\b/;
/** Words of moving and voting, not what a motion puts to the vote. */
const MOVING = /^(?:it|was|were|proposed|seconded|by|and|agreed|resolved|unanimously|carried|the|meeting|motion|all|favour|that|with|vote)$/i;
/** What a motion puts to the vote: its words of three letters or more and its sums, its movers' names and the words of moving left out. */
export const motionSubject = (sentence: string): string[] =>
  sentence
    .replace(new RegExp(MEMBER, 'g'), ' ')
    .split(/[^A-Za-z£0-9,.]+/)
    .map((w) => w.replace(/[,.]+$/, ''))
    .filter((w) => (/^[A-Za-z]{3,}$/.test(w) || /^£\d/.test(w)) && !MOVING.test(w));

/** A sentence's end inside a motion's paragraph: a full stop, not after an abbreviation or a member's initial ("Cllr A. Jordan"). */
const MOTION_BREAK = new RegExp(String.raw`(?<=\.)(?<!${ABBREVIATION})(?<!\b[A-Z]\.)\s+(?=[A-Z(£])`);
/** A motion's vote ("– all agreed", "unanimously carried") with a new line of the minutes run on after it, capitalised, no stop between. */
const VOTE_THEN_NEW = /(?:[–-]\s*|\b(?:all|unanimously)\s+)(?:agreed|carried|AGREED|CARRIED)\b(?=\s+[A-Z][a-z])/;
/** A decision that points back at the list above it: "... seconded that these be paid", "the above accounts were approved". */
export const POINTS_BACK = /\b(?:these|the\s+above|all\s+the\s+above)\s+(?:(?:accounts?|payments?|invoices?|grants?|items?)\s+)?(?:be|were|are\s+to\s+be)\s+(?:paid|approved|agreed|authori[sz]ed)\b/i;
/** A motion's label before it: "Proposal: Mrs Mitchell proposed ...". */
const MOTION_LABEL = /^(?:Proposal|Motion|Proposed\s+motion)\s*[:–-]\s*/i;
/** Where a motion's label starts a new sentence in a paragraph run on without a stop ("... this subscription Proposal: Mrs ..."). */
const BEFORE_LABEL = /\s+(?=(?:Proposal|Motion)\s*:)/;

/** A motion a paragraph records: its words from its mover, and where they start in the paragraph's text. */
export interface Motion {
  text: string;
  /** Offset of the motion's first word in the paragraph's text (characters). */
  at: number;
}

/**
 * The motions a paragraph's text records, each a sentence that puts something to the vote ("Mrs Mitchell proposed and Mr Berry
 * seconded payment of this subscription and the meeting unanimously agreed."), read from its mover, its label ("Proposal:")
 * left off; a sentence that only names the movers records none.
 */
export function motionsIn(text: string): Motion[] {
  const out: Motion[] = [];
  let offset = 0;
  const said = sentences(text, MOTION_BREAK).flatMap((s) => s.split(BEFORE_LABEL));
  for (const [k, sentence] of said.entries()) {
    const m = MOTION.exec(sentence);
    // (Seconded in the sentence after: "Cllr J Buckley PROPOSED that a grant of £350 is awarded ... . SECONDED by Cllr B Jackman".)
    // (A motion that points back at the list above it puts that list to the vote: "... seconded that these be paid".)
    if (m && MOTION_CARRIED.test(`${sentence.slice(m.index)} ${said[k + 1] ?? ''}`) && (motionSubject(sentence).length >= 3 || POINTS_BACK.test(sentence))) {
      // From its mover ("... baskets Cllr A Jordan PROPOSED ...", "..., however it was proposed, ..."), else the sentence's start.
      const mover = /^(?:was|were)\s/.test(m[0]) ? /\bit\s+$/i.exec(sentence.slice(0, m.index))?.index : /^proposed\b/i.test(m[0]) ? undefined : m.index;
      const said = sentence.slice(mover ?? 0).trim().replace(MOTION_LABEL, '');
      // (The vote ends the motion, though no stop follows: "... seconded that these be paid – all agreed" / "Bank balance at ...".)
      const vote = VOTE_THEN_NEW.exec(said);
      out.push({ text: vote ? said.slice(0, vote.index + vote[0].length) : said, at: offset + (mover ?? 0) });
    }
    offset += sentence.length + 1;
  }
  return out;
}
