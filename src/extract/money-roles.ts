import { THRESHOLD_WORDING, type MoneyMatch } from '../layout/money.ts';

const APPROVES = /\b(?:approv\w*|release|award\w*|agree\w*|authori[sz]\w*|invest\w*|procure\w*|commit\w*|spend|allocat\w*|accept\w*|endorse\w*|grant\w*|fund\w*|contribution|budget|distribut\w*|provid\w*|contract (?:value|sum)|tender sum|value of|cost of|worth|uplift|increase\w*|(?<!\bin\s)addition|enter(?:s|ed)?\s+into)\b/i;
/** The figure is the sum the approval brings a wider total to, not the approval ("taking the total pot to £600,000"). */
// ("... to note that the commitments against the Fund will total £1,329,158": what all approvals come to; "This will take total approved
// capital expenditure through the Fund to £60,855,085": the same.)
const BROUGHT_TO = /\b(?:taking|bringing|brings|takes|bring)\b[^£.;]{0,80}$|\btake\s+(?:the\s+)?(?:\w+\s+){0,2}total\b[^£.;]{0,80}\bto\s*$|\bwill\s+(?:then\s+)?total\s*$/i;
// ("Approved the FBC for Phase 1 ... at a total estimated cost of £12.395m": the price of what is approved, not a wider total;
// nor is "Estimated Total upper Contract Value is £2.5m": the contract's own value.)
const CONTEXT_TOTAL = new RegExp(String.raw`${BROUGHT_TO.source}|(?<!\bat\s+a\s+)\btotal\s+(?!(?:\w+\s+)?contract\s+value\b)(?:\w+\s+){0,2}(?:value|cost|budget|pot|envelope|expenditure)\s+(?:is|of|was|will be)?\s*(?:up to\s*)?$|\b(?:cumulative|overall)\b[^£.;]{0,40}$`, 'i');
/** The figure was approved before, or is someone else's share ("In addition to the £975,000 approved in March"). */
const PRIOR = /\b(?:in addition to|previously|already|superseding|supersedes|match(?:ed)?\s+(?:contribution|funding)|of which|including|includes|comprised of|comprising|consisting of|made up of|broken down)\b[^£.;]{0,60}$/i;
/** The words before a council tax band's rate: "for a band D property of", "Band D equivalent of". */
const BAND_RATE = /\bband\s+[a-h]\b[^.;£]{0,30}$/i;
/** The words before a figure that say where an approval's money comes from ("be funded by borrowing of", "financed from reserves of"). */
// ("To release this funding from the ringfenced s.106 in the published Capital Programme budget of £1,407,409": the budget drawn on.)
const FUNDED_FROM = /\b(?:funded|financed|met)\s+(?:by|from|through)\b[^.;]{0,100}$|\bfrom\s+(?:the\s+)?(?:[^.;£]|\.(?=\S)){0,80}\b(?:budget|fund|reserve|pot)\s+of\s+$/i;
/** A figure a delegation may spend or vary is not the sum approved ("delegated authority ... to vary the contract by £20,000"). */
const DELEGATION = /\bdelegat\w*\b[^.;]{0,160}$/i;
const PRIOR_AFTER = /^[^.;£]{0,40}\b(?:approved\s+(?:in|on)\s+\w+|approved\s+under\s+delegat\w*|previously approved|match contribution|from [A-Z][a-z]+ Council)\b/;

/** "up to a maximum of", "up to a maximum value of" just before a figure. */
const CAP = /\bup\s+to\s+a\s+(?:maximum|limit)(?:\s+(?:value|sum|amount|cost))?(?:\s+of)?\s*$/i;

/** The words of a figure's sentence before it, and the 60 characters after it. */
function around(text: string, m: MoneyMatch): { before: string; after: string } {
  const sentenceStart = Math.max(text.lastIndexOf('. ', m.start), text.lastIndexOf('; ', m.start), 0);
  return { before: text.slice(sentenceStart, m.start), after: text.slice(m.end, m.end + 60) };
}

/** Whether a figure was approved before, or is someone else's share ("In addition to the £975,000 approved in March"). */
export function isPriorFigure(text: string, m: MoneyMatch): boolean {
  const { before, after } = around(text, m);
  return PRIOR.test(before) || PRIOR_AFTER.test(after);
}

/** Whether the figure is what a delegation may spend or vary ("Delegation of authority ... to transfer ... up to £500k"). */
export function isDelegatedLimit(text: string, m: MoneyMatch): boolean {
  return DELEGATION.test(around(text, m).before);
}

/** Whether the figure is the wider total an approval brings a budget to ("taking the total approval to £8.635 million"). */
export function isContextTotal(text: string, m: MoneyMatch): boolean {
  return BROUGHT_TO.test(around(text, m).before);
}

/** The words before a figure that call it a saving: "a contract revenue reduction of £2,247,268", "savings of £40,000" (not a sum spent). */
// (Not a sum net of them: "A net revenue budget after savings of £133.144m".)
export const SAVING_BEFORE = /(?<!\b(?:after|net\s+of|less)\s)\b(?:reduction|saving|savings|decrease)\s+(?:of\s+)?(?:up\s+to\s+|around\s+|approximately\s+)?$/i;

/** How strongly a figure reads as the sum a sentence approves: positive for an approved sum, negative for context. */
export function approvalScore(text: string, m: MoneyMatch): number {
  const { before, after } = around(text, m);
  // "That up to a maximum of £150,000 be made available": a cap on the sum an approval gives is that sum, not a threshold.
  const cap = CAP.test(before) && !THRESHOLD_WORDING.test(before.replace(CAP, '').slice(-30)) && !THRESHOLD_WORDING.test(after.slice(0, 20));
  if (!cap && (THRESHOLD_WORDING.test(after.slice(0, 20)) || THRESHOLD_WORDING.test(before.slice(-30)))) return -5;
  let score = APPROVES.test(before) ? 2 : 0;
  // "This Decision seeks approval ... to allocate up to £875,000": the sentence that states what is decided.
  if (score && /\b(?:seeks?|requests?)\s+(?:the\s+)?approval\b|\bis\s+(?:asked|recommended)\s+to\s+approve\b/i.test(before)) score += 1;
  // "the tender of X in the sum of £Y be accepted": the approval comes after the figure.
  // ("that the application for £657 be Supported.": a grants panel's word for the same; not "is supported by" a funder.)
  if (!score && /^[^.;£]{0,40}\b(?:be|is|are|being|was|were)\s+(?:accepted|approved|awarded|agreed|granted|made\s+available|allocated|released|supported(?!\s+by\b))\b/i.test(after)) score = 2;
  // "members refused a contribution of up to £4,025", "To not support the request ... for a supplementary grant of £3,500": a sum refused is not approved.
  if (/\b(?:refus|reject|declin)\w*\b[^.;]{0,80}$|\bnot\s+(?:to\s+)?(?:support|approve|award|fund|grant|agree)\b[^.;]{0,120}$/i.test(before)) score -= 6;
  if (CONTEXT_TOTAL.test(before)) score -= 4;
  if (SAVING_BEFORE.test(before)) score -= 3;
  // "A precept increase of 5.94% (£14.84 increase) for a Band D Property", "Council tax for a band D property of £289.71": a property's rate, no sum decided.
  if (BAND_RATE.test(before.slice(-50)) || /^\s*(?:increase\s*)?\)?\s*(?:for|on|per)\s+(?:a|each|every)?\s*band\s+[a-h]\b/i.test(after)) score -= 3;
  // "that the purchase be funded by borrowing of £335,000 and a revenue contribution of £50,000": where the money comes from, not what it buys.
  if (FUNDED_FROM.test(before)) score -= 2;
  // "Approves spend of £442.5k" beside "Accepts Household Support Fund grant funding of £5.2m": the sum approved to be spent.
  if (score && /\b(?:spend|expenditure)\s+of\s+(?:up\s+to\s+)?$/i.test(before)) score += 1;
  if (isPriorFigure(text, m)) score -= 4;
  if (/\bup to\s*$/i.test(before) || cap) score -= 0.5;
  if (DELEGATION.test(before)) score -= 3;
  // "Approve in principle to accept ... up to £1,000,000 for two years from 2025/26": agreed in principle, not yet approved.
  if (/\bin\s+principle\b[^.;£]{0,160}$/i.test(before)) score -= 1;
  // Inside a bracket that breaks down a figure stated before it ("£100,000 (comprised of £17,000 in 2022/23, ...)").
  const open = before.lastIndexOf('(');
  // "(total of £2,968,587 for the 3 years)" after a yearly figure states the whole commitment, not a part of it.
  const inBracket = open >= 0 && !before.slice(open).includes(')') && /£\s?\d/.test(before.slice(0, open));
  if (inBracket && /^\(\s*(?:a\s+|the\s+)?(?:in\s+)?total(?:ling)?(?:\s+of)?\s*$/i.test(before.slice(open))) score += 0.5;
  else if (inBracket) score -= 4;
  // "an increase to the budget of £43,610 up to £150,000": the level it is raised to is what is approved.
  if (/£\s?[\d,.]+\s?(?:m|k|bn|million)?\s+(?:up\s+)?to\s*$/i.test(before)) score += 1;
  if (m.period) score -= 1;
  return score;
}

/** Figures of one sentence set out as shares for named parties ("£301,579 for Haringey and £424,417 for Hackney"). */
export function namedShares(text: string, figures: readonly MoneyMatch[]): MoneyMatch[] {
  // "£301,579 for Haringey", "Foundation UK - £30,000", and "£28,049.50 and grant extension of £23,471.24 to X" (both X's).
  // ("£152,500 in revenue grants and £77,871 in capital grants", "£17,000 revenue and £8,000 capital": shares of one total by kind of spending.)
  // ("£2000 be granted for the September Festival and £1000 for the Winter Event": the verb between a sum and its party.)
  const toParty = /^\s*(?:be\s+(?:granted|awarded|allocated|given|paid)\s+)?(?:to|for)\s+(?:the\s+)?[A-Z]|^\s*(?:(?:in|of)\s+)?(?:revenue|capital)\b/;
  const bothTo = /^\s+and\s+(?:[a-z]+\s+){0,3}(?:of\s+)?£\s?[\d,.]+\s?(?:m|k|million)?\s+(?:to|for)\s+(?:the\s+)?[A-Z]/;
  const shares = figures.filter((m) => toParty.test(text.slice(m.end, m.end + 30)) || bothTo.test(text.slice(m.end, m.end + 90)) || /[A-Z][\w'’&.]*\s*[:–-]\s*$/.test(text.slice(Math.max(0, m.start - 40), m.start)));
  return shares.length >= 2 && shares.length === figures.length ? shares : [];
}
