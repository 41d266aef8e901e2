/** How a list item's or a paragraph's first words say it decides: shared by the list reader, its repairs and the list finders. */

/** A paragraph that states a decision ("To approve that ...", "Approval to ...", "That the ... be approved"). */
export const DECIDES = /^(?:It was (?:RESOLVED|resolved|AGREED|agreed) |The approval of |To |That,? |Approv|Agree|Authori[sz]|Delegat|Note[sd]? |Endorse|Accept|Award|Allocat|Adopt|Release|The (?:\S+ ){1,8}(?:is|are|be|was|were) (?:approved|agreed|authori[sz]ed|delegated|awarded|allocated|granted|noted|adopted))/;

/**
 * What opens a clause of its own inside a sentence, before "it was agreed": "and"/"but" or a comma, semicolon, colon or bracket
 * ("... were discussed and it was voted 5 - 1 that ...", "Item 6.9 (G) it was agreed that ..."); not an opening phrase ("After
 * discussions it was agreed ...", whose sentence it is). The minutes' readers of decisions told this way share it.
 */
export const CLAUSE_OPENING = String.raw`(?:\b(?:and|but)\s+|[;:),]\s*)`;
/** The words between "it" and the verb that agrees: " was ", " was unanimously ". */
export const IT_WAS_REST = String.raw`\s+was\s+(?:(?:also|further|then|unanimously)\s+)?`;

/** A body's decision minuted in the past after a bare number ("1 Cabinet noted ...", "3 Cabinet approved the release of £560,000 ..."). */
export const BODY_DECIDED = String.raw`(?:Cabinet|Council|Committee|Members|Board|Panel|Executive)\s+(?:noted|approved|agreed|resolved|delegated|acknowledged|endorsed|authori[sz]ed|accepted|deferred|refused)\b`;

/** A decision worded as an order, on its verb: "Approve the expenditure ...", "Award a contract to ...", "Delegate authority ...". */
export const IMPERATIVE_DECISION = /^(?:Approve|Agree|Award|Authori[sz]e|Delegate|Note|Endorse|Accept|Adopt|Allocate)\s+(?:the|a|an|to|that|authority|funding|expenditure|\w+ing)\b/;

/** A decision its maker states in the present: "The Portfolio Holder for Leisure approves ...", "The Combined Authority enters into a funding agreement ...". */
export const DECIDES_IN_PRESENT = /^The\s+(?:[\w,&'’-]+\s+){1,8}(?:approves|agrees|awards|authori[sz]es|allocates|endorses|delegates|enters\s+into)\b/;

/** A decision's verb in the third person, as a committee's or the Mayor's items begin ("(i) awards up to £11,000 to ...", "delegates authority ..."). */
export const THIRD_PERSON_VERB = /^(?:approves|delegates|agrees|notes|authori[sz]es|endorses|accepts|adopts|allocates|awards|grants|requests|instructs|resolves|confirms|commits|consents)\b/;
/** A decision's verb in lower case, opening an item of a list after "to:" ("award", "recommend", "refuse", "note", ...). */
export const LOWER_CASE_VERB = /^(?:award|approve|agree|recommend|refuse|reject|defer|note|delegate|authori[sz]e|allocate|accept|grant|give|provide|support|instruct|request|confirm|adopt|endorse|release|purchase|pay|fund|appoint|invite|ask)\s/;

/**
 * A minute's account of the meeting, not a decision: "The Committee received a report from ...", "Mike Kirk, Director of
 * Sutton Living briefly presented the report.", "Cabinet considered requests for grant assistance ...", "Considered – A report
 * of ...". Its subject (a name or a body: capitalised words and small joining words) then a reporting verb in the past; an
 * account that also resolves or agrees is a decision.
 */
// ("(Report of Chief Executive) The report reviewed and noted progress against ...": a listing's note of the report first.)
export const MINUTE_NARRATIVE = /^(?!I\s|We\s)(?:\((?:Report|Joint\s+report)\s+of\s[^)]{3,60}\)\s+)?(?:Considered\s*[–—:-]|(?:The|This)\s+report\s+|(?:The\s+)?(?:(?:[A-Z][\w'’.&()-]*|of|and|for|the|to|in|on|at),?\s+){1,10}?(?:(?:briefly|formally|then|also)\s+)?(?:considered|received|reviewed|had\s+before\s+(?:it|them)|presented|outlined|introduced|reported|explained|sought|submitted|discussed|debated|(?:was|were)\s+(?:presented\s+with|informed|advised))\b)/;
/** Words that make an account a decision after all ("The Cabinet considered the report and resolved to ..."). */
const ALSO_DECIDES = /\b(?:resolved|agreed|decided|approved|endorsed|awarded|authori[sz]ed|delegated|allocated)\b/i;
/** A minute's account of the meeting (see MINUTE_NARRATIVE), not preceded by a passive "be"/"been" ("That the report be received" decides; "I have considered a report ..." is the maker's own decision). */
export const isMinuteNarrative = (text: string): boolean => {
  const m = MINUTE_NARRATIVE.exec(text.trim());
  return !!m && !/\b(?:be|been|being|is|are|was|were)\s+(?:\w+\s+)?$/i.test(m[0].replace(/\S+$/, '')) && !ALSO_DECIDES.test(text) && !DECIDES.test(text.trim());
};

