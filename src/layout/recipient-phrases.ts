import { COUNT_WORD, countOf, eachCount, findMoney, round2, yearRun, type MoneyMatch } from './money.ts';
import { DECISION_WORDS } from './allocations.ts';
import { FULL_COUNCIL } from './org-names.ts';

/** A party named as receiving money in a sentence, with the figure the sentence gives it (null when none). */
export interface RecipientPhrase {
  name: string;
  money: MoneyMatch | null;
  role: 'supplier' | 'grantee' | 'partner' | 'other';
  /** The sentence it was read from. */
  text: string;
}

/** Joining words inside a name ("Parish of the Resurrection"), as a pattern source. */
export const SMALL = String.raw`(?:&|and|of|the|for|upon|on|in|de|at)`;
/** A capitalised word of a name, as a pattern source. */
// "Dimensions T/A MWUK": a slash between capitalised parts ("trading as") stays inside the word; "1st Eastby Scout Group" starts on its ordinal (not "16th May").
// (Letters of any Latin script, whatever the regex's flags: "Youth Café", "Féile an Phobail", "Meur Ìle", "Gŵyl".)
const UPPER = 'A-ZÀ-ÖØ-Þ';
const WORD = '\\wß-öø-ɏ';
export const CAPWORD = String.raw`(?:[${UPPER}][${WORD}'’&.-]*(?:\/[${UPPER}][${WORD}'’&.-]*)*|LB|St|[1-9]\d?(?:st|nd|rd|th)(?=\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]))`;
/** Words an organisation's name holds ("... Ltd", "... Trust", "... Club", "... Advice"), as a pattern source. */
export const ORG_WORDS = String.raw`Ltd|Limited|CIC|CIO|Trust|Council|Hall|Association|Church|Club|Group|Centre|Center|Society|Charity|Partnership|Foundation|Project|Service|Services|Police|Borough|University|College|School|Academy|Network|Agency|Campaign|Studios?|Bureau|Action|Alliance|Forum|Hub|Advice|Federation|Institute|Museum|Theatre|Hospice|Scouts?|Guides?|CVS|Enterprises?|Co-?operative|Union|LLP|PLC|Unit|Ministry|Team|Band|Festival|Library`;
/** A name with an organisation's word in it (or a London borough's "LB"): a list of such names is a list of parties. */
export const ORGANISATION = new RegExp(String.raw`\b(?:${ORG_WORDS})\b|^LB\b`);
/** A sentence in which a party is refused money, so receives none ("members refused a contribution ... to X", "Not to award a grant to the Earth Trust"). */
export const REFUSED = /\b(?:refus|reject|declin)\w*|\bnot\s+(?:be\s+)?(?:approved|awarded|agreed|supported)\b|\bnot\s+to\s+(?:award|grant|approve|fund|support|agree)\b/i;
/** A proper name: capitalised words, small joining words inside ("Parish of the Resurrection"). */
// "X and the Y" joins two parties ("Positive Futures and the Youth Offending Service will receive ..."), never one name.
// A sentence's opening "That" or "This" is no part of a name ("That Harbourside Trust be approved ...").
// (A place in brackets before the legal suffix is: "John Turner and Sons (Preston) Limited".)
/** A party's name in group `name`, as a pattern source. */
export const NAME = String.raw`(?<name>(?:the\s+)?(?!(?:That|This|These|Those)\s)${CAPWORD}(?:\s+(?:(?!and\s+the\b)${SMALL}\s+)*${CAPWORD}){0,8}(?:\s*\([A-Z][\w\s&'’-]{1,40}\)(?:\s+(?:[Ll]td|[Ll]imited|LTD|LIMITED|PLC|plc|LLP)\b\.?)?)?)`;
/** A sum; a pattern that gives one party two sums names the second `more`. */
const MONEY = String.raw`(?<money>£\s?[\d,.]+\s?(?:[mMkK]|bn|million|thousand)?(?:\.\d+)?)`;
const MORE_MONEY = MONEY.replace('?<money>', '?<more>');
/** A name a company's legal suffix marks, in any case, ungrouped ("Barry Beard Ltd", "John Macadam & Son Ltd", "Storm Environmental LTD"). */
const ORG_BARE = String.raw`${CAPWORD}(?:\s+(?:&\s+)?${CAPWORD}){0,5}\s+(?:[Ll]td|LTD|[Ll]imited|LIMITED|LLP|PLC|plc|CIC|CIO)\b\.?`;
/** A name an organisation's suffix marks ("Tilhill Forestry Ltd", "Hoylake Village Life CIC"). */
const ORG_NAME = String.raw`(?<name>${CAPWORD}(?:\s+(?:${SMALL}\s+)*${CAPWORD}){0,6}\s+(?:Ltd|Limited|LLP|PLC|plc|CIC|Trust|Group|Council|Partnership|Association))\b`;

/** A party's name in a list of parties: capitalised words, "&" inside, a bracketed trading name after ("C E Jeatt & Son (White Bus)"). */
const LISTED = String.raw`${CAPWORD}(?:\s+(?:&\s+)?${CAPWORD}){0,5}(?:\s*\([A-Z][^()]{1,30}\))?`;

/**
 * The sentence patterns that name who gets the money: the party in group `name`, its sum (if the sentence gives
 * one) in `money`, a second sum to the same party in `more`. `giving`: only in a sentence about giving money;
 * `receives`: the pattern names the party that receives (elsewhere "receive" means the body is paid).
 */
/** The sum a request asks for: "£2,100", "a grant of £500". */
const ASKED = String.raw`(?:(?:a\s+)?(?:grant|funding|contribution)\s+of\s+)?${MONEY}`;
/** ... granted as asked: no other sum after it in its sentence, and "be granted", "was approved" later in it. */
const GRANTED_AS_ASKED = String.raw`(?![^.;£]*£)(?=[^.;£]{0,200}?\b(?:be|is|was|were|are|has\s+been)\s+(?:granted|approved|agreed|supported|awarded|accepted)\b)`;

const PATTERNS: { re: RegExp; giving?: boolean; receives?: boolean; list?: boolean }[] = [
  // "£80,000 to Active Surrey", "£301,579 for Haringey", "£535,000 is allocated to Action Together CIO"
  // "initial grant of £28,049.50 and grant extension of £23,471.24 to Citizens Advice York": both sums to one party.
  { re: new RegExp(String.raw`${MONEY}\s+and\s+(?:[a-z]+\s+){0,3}(?:of\s+)?${MORE_MONEY}\s+(?:to|for)\s+${NAME}`, 'g') },
  // "£100,000, (comprised of £17,000 in 2022/23, ...) to London Plus": a bracketed breakdown may come between; "(£22,710) to X".
  // "£269,000 (made up of ...), to Groundwork London", "£882,984.10 to be let to Ellison Construction Limited"
  // "£84,000 of S106 Community Facilities contributions be released to Chidham and Hambrook Village Hall Management Committee"
  // "£2,400 be released by way of a grant to Witney Carnival Committee".
  // "To agree a £34,500 allocation from the Bath CIL neighbourhood portion for Bathwick Towpath Improvement Project": the fund named
  // between, where what it is for is named as an organisation or a project.
  // "£800 per annum to Scouts Wales", "To award £18,000 for one year to York Road Project's ...": the period between the sum and its party.
  { re: new RegExp(String.raw`${MONEY}\)?\s*,?\s*(?:\([^()]{0,240}\)\s*,?\s*)?(?:of\s+(?:[\w-]+\s+){0,5}(?:contributions?|monies|money)\s+)?(?:(?:capital|revenue|one-off|additional|further)\s+)?(?:(?:grant|award|contribution|payment|allocation)\s+)?(?:from\s+(?:the\s+)?(?:[\w'’-]+\s+){1,6}?(?=for\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,6}(?:${ORG_WORDS})\b))?(?:in\s+(?:fees?|grants?|funding)\s+)?(?:each\s+)?(?:(?:per\s+annum|per\s+year|a\s+year|p\.a\.?|(?:for|over)\s+(?:one|two|three|four|five|\d{1,2})\s+years?)\s+)?(?:(?:between|over|in|during)\s+\d{4}\/\d{2}(?:\s*[-–]\s*\d{4}\/\d{2})?\s+)?(?:(?:is|be|are|was|were|will be|to be|has been|have been)\s+)?(?:(?:allocated|awarded|granted|paid|given|let|released|made|provided|donated|transferred)\s+)?(?:(?:as|by\s+way\s+of)\s+(?:a\s+)?(?:funding|grant|contribution|donation|loan)\s+)?(?:to|for)\s+(?:the\s+(?:charity|organisation|company|group|club|trust)\s+(?=[A-Z]))?${NAME}`, 'g') },
  // "the £200K grant can be made in two instalments to Cleveland Pools Trust": a sum that will be made, paid or released to a party.
  // ("£180 be donated to Christ Church" reads in the pattern above.)
  // ("£72,445 will be allocated directly to Chocolate Films as the organisation to facilitate this programme", "£100 will be donated to Keiran’s Legacy".)
  { re: new RegExp(String.raw`${MONEY}\s+(?:[\w-]+\s+){0,2}(?:can|could|will|may|should|shall|would|to)\s+be\s+(?:made|paid|given|awarded|released|allocated|granted|transferred|provided|donated)\s+(?:(?:in|over|by)\s+(?:[\w-]+\s+){1,3})?(?:directly\s+)?to\s+${NAME}`, 'g') },
  // "to guarantee up to £3.0m of the 2018/19 LGF to the North Warwickshire and Hinckley College": a share of a named fund, to a party.
  { re: new RegExp(String.raw`${MONEY}\s+of\s+(?:the\s+)?(?:\d{4}\/\d{2}\s+)?(?:[A-Z][\w'’-]*\s+){1,4}to\s+${NAME}`, 'g') },
  // "That a two-year funding settlement be allocated to Derbyshire Law Centre with £20,849 allocated for 2024/25 and £20,828 for 2025/26"
  { re: new RegExp(String.raw`\b(?:allocated|awarded|granted|paid|given|made)\s+to\s+${NAME}\s+with\s+${MONEY}`, 'g') },
  // "£37.5k of funding to Hoylake Village Life CIC" (to: "£1.3m of grant funding for Kent" may be a loss)
  { re: new RegExp(String.raw`${MONEY}\s+of\s+(?:grant\s+)?(?:funding|grant)\s+to\s+${NAME}`, 'g') },
  // "£85,000 goes to Positive Futures"
  { re: new RegExp(String.raw`${MONEY}\s+(?:goes|will go|is to go|go)\s+to\s+${NAME}`, 'g') },
  // "The Safer Suffolk Partnership Board will receive £44,152", "the Cylch group ... will get £817.27" (not "... will receive £X from
  // the Home Office": the body receiving)
  // ("Rewilding Youth CIC gets £10,000 towards ...", "while Ladled with Love receives £5,000", "‘Community Spirit’, which received
  // £2,938", "Coniston Village Hall, which will get £5,000": told in the present, or after a comma and "which".)
  { re: new RegExp(String.raw`[‘'"“]?${NAME}[’'"”]?(?:\s*,\s*(?:which|who))?\s+(?:(?:will|is to|shall|would|is set to)\s+(?:receive|get)|(?:also\s+)?(?:receives|gets))\s+(?:a\s+(?:grant|donation|award|contribution|payment)\s+of\s+)?${MONEY}(?![\w,.])(?!\s*(?:\([^)]*\)\s*)?from\b)`, 'g'), receives: true },
  // "Greater Manchester Police are to be provided with £138,000 of this funding"
  { re: new RegExp(String.raw`${NAME}\s+(?:is|are|will\s+be|be|is\s+to\s+be|are\s+to\s+be)\s+provided\s+with\s+${MONEY}`, 'g') },
  // "the Fund for the programme being led and delivered by Bolton Council" (no sum: amount null): who delivers the funded programme.
  { re: new RegExp(String.raw`\b[Ff]und\b[^.;£]{0,40}\bfor\s+the\s+(?:programme|project|scheme)\s+(?:being\s+|to\s+be\s+)?(?:led\s+and\s+)?delivered\s+by\s+${NAME}`, 'g') },
  // "Taunton East Development Trust received £3,000 to support ...", "Cumbria Combat Sport in Barrow also received £2,500",
  // "Hindon Parish Council was awarded £487 toward the cost of ...", "X has been granted £2,000"
  // (not "... received £X from the Home Office", "... awarded £2m by DLUHC": the body receiving from a funder)
  // ("The Forget-me-not Memory Café, which is run under the auspices of the Rotary Club of ..., was awarded £250": who it is, between
  // commas; "Ballymaguigan St Trea’s has also been awarded £50,000".)
  { re: new RegExp(String.raw`[‘'"“]?${NAME}[’'"”]?(?:\s*,\s*(?:which|who)\s+[^,.;£]{1,120},)?\s*(?:,?\s*(?:who|which)\s+)?(?:also\s+)?(?:(?:has\s+|have\s+)?(?:also\s+)?received|(?:was|were|has\s+(?:also\s+)?been|have\s+(?:also\s+)?been|is|are|be)\s+(?:awarded|granted|allocated|given))\s+(?:a\s+(?:grant|donation|award|contribution|sum)\s+of\s+)?(?:up\s+to\s+)?${MONEY}(?![\w,.])(?!\s*(?:million|billion|bn|thousand)\b)(?!\s*(?:\([^)]*\)\s*)?(?:from|by)\b)`, 'g'), receives: true },
  // "a single tender action fixed contract award of £434,818 p.a. covering the 3 year period ... to Crimestoppers Trust":
  // the sum, then (not from a funder) the party.
  // "The allocation of £140,200 of VRU 2020/21 core budget for spend in 2021/22 to Power the Fight"
  // "Approve the award of up to £200,000 additional funding in 2023/24 to Galop"
  // "make a direct award for up to £1,720,000 under Negotiated Procedure without prior notice to GARAS"
  // "That the loan facility of up to £1m into the Enterprise Growth for Communities Fund be approved": a loan or investment goes into a
  // party (not into a place: "an investment of £50,000 be made into the Ram Meadow site").
  { re: new RegExp(String.raw`\b(?:award|grant|donation|contribution|payment|allocation|investment|loan)(?:\s+facility)?\s+(?:of|for)\s+(?:up\s+to\s+)?${MONEY}(?:\s*p\.?a\.?)?(?:(?!\b(?:from|by|and)\b)[^.;£,]){0,80}?\b(?:to|into)\s+${NAME}(?![\w'’-])(?!\s+(?:[A-Z][\w'’-]*\s+)*(?:site|land|building|premises|property|area)\b)`, 'g') },
  // "Analytical Services to Key Forensics Ltd for 11 months with a value of £0.9m": a party an organisation's suffix marks, and the value.
  { re: new RegExp(String.raw`\bto\s+${ORG_NAME}(?:\s+for\s+[^.;£]{0,60}?)?\s+(?:with\s+a\s+(?:total\s+)?value\s+of|valued\s+at|worth)\s+${MONEY}`, 'g') },
  // "grant funding of up to £3,000,000 from the Strategic Investment Fund ... in support of Vynova’s integration of ...": the party supported.
  { re: new RegExp(String.raw`\b(?:grant|funding|loan|investment)\s+(?:funding\s+)?of\s+(?:up\s+to\s+)?${MONEY}[^.;£]{0,120}?\bin\s+support\s+of\s+${NAME}`, 'g') },
  // "to provide grant funding to London & Partners over 4 years" (no sum: amount null)
  { re: new RegExp(String.raw`\b(?:provide|providing|give|giving)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:funding|loan|grant)\s+(?:from\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,5})?to\s+${NAME}(?![^.;]*£)`, 'g') },
  // "appointing Design Installation Service Ltd (DIS) and Barry Beard Ltd (BB) to deliver ...": two parties (no sums).
  { re: new RegExp(String.raw`\bappoint(?:s|ed|ing)?\s+(?<name>${ORG_BARE}(?:\s*\([A-Z]{2,6}\))?\s+(?:and|&)\s+${ORG_BARE}(?:\s*\([A-Z]{2,6}\))?)\s+to\s+(?:provide|deliver|supply|undertake|carry\s+out|run|operate)\b(?![^.;]*£)`, 'g') },
  // "appoint Groundwork Bolton, Bury, Oldham and Rochdale to deliver this scheme" (no sum: amount null)
  { re: new RegExp(String.raw`\bappoint(?:s|ed|ing)?\s+${NAME}\s+to\s+(?:provide|deliver|supply|undertake|carry\s+out|run|operate|progress|complete)\b(?![^.;]*£)`, 'g') },
  // "approve £6,144,288 of funding to enter into a regional agreement with Victim Support": the sum, then the agreement's party.
  { re: new RegExp(String.raw`${MONEY}\s+of\s+(?:grant\s+)?funding\s+to\s+enter\s+into\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:agreement|contract)\s+with\s+${NAME}`, 'g') },
  // "the award of contract for the provision of ... at Elsley and Newfield Primary Schools to Borras Construction Ltd for a total sum of £728,223.00":
  // past a long purpose, a party an organisation's suffix marks, then its sum.
  { re: new RegExp(String.raw`\baward\w*\s+of\s+(?:the\s+|a\s+)?contracts?\b[^.;£]{0,200}?\bto\s+${ORG_NAME}\s+(?:for|at|in\s+the\s+sum\s+of)\s+(?:a\s+)?(?:total\s+)?(?:sum\s+of\s+)?${MONEY}`, 'g') },
  // "Carers in Hertfordshire, who were awarded £1200"
  { re: new RegExp(String.raw`${NAME},?\s+(?:who|which)\s+(?:was|were|has been|have been|is|are)\s+(?:awarded|granted|given|allocated)\s+${MONEY}`, 'g') },
  // "the award of the contract to deliver landscape works for Dickens' Fields to Tilhill Forestry Ltd" (no sum: amount null):
  // past a purpose clause, only a name an organisation's suffix marks.
  // ("That the award of a new Contract for Electrical Maintenance and Installation for a period of 12 months ... to Morris and Blunt Electrical Ltd be approved".)
  { re: new RegExp(String.raw`\b(?:award|let)\w*\s+(?:of\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}[Cc]ontract\s+(?:to\s+[a-z]|for\s+)[^.;£]{0,160}?\bto\s+${ORG_NAME}(?![^.;]*£)`, 'g') },
  // "To award Active Surrey £80,000", "award Millane £1.2m", "to award Breathe Easy Perthshire a grant of £170"
  // ("to award Niall Alexander (Scotland Youth Cricketer and member of Dumfries Cricket Club) £300 towards ...": who they are, in brackets.)
  { re: new RegExp(String.raw`\baward(?:s|ed|ing)?\s+${NAME}(?:\s*\([^()£]{1,120}\))?\s+(?:(?:a|an)\s+(?:(?:one-off|further|additional|capital|revenue|small)\s+)?(?:grant|award|contribution|donation|sum|payment)\s+of\s+)?(?:up\s+to\s+)?${MONEY}`, 'g') },
  // "Westminster Drug Project (Countywide): Awarded £8,443 to help ...": a grants list's entry, the party as its label.
  { re: new RegExp(String.raw`(?<![\w'’&-]\s?)${NAME}\s*:\s*(?:Awarded|Granted|Allocated)\s+${MONEY}`, 'g') },
  // "contract to Drurycourt Limited at £500,000", "contribution to the London Councils Grants Scheme budget amounting to £290,085"
  // "contract award to the web agency Spindogs is approved to the value of £71,750.00": a lower-case descriptor may come before the name.
  // "a charitable donation to Southwark Cathedral of up to £12,000"; "a contract to Healthmatic for the provision of ... for the tendered sum of £90,000"
  // "the investment into The Modular Analytics Company Limited of £400,000".
  { re: new RegExp(String.raw`\b(?:award|grant|contract|funding|contribution|payment|agreement|allocation|donation|investment|loan|Grant Agreement|Funding Agreement|Contract)\w*\b(?:[^.;£]|\.(?=\d)){0,80}?\b(?:to|with|into)\s+(?:the\s+(?:[a-z]+\s+){1,2}(?=[A-Z]))?${NAME}[^.;£]{0,110}?(?:worth|of|at|valued at|totalling|amounting to|for|sum of|up to|costs?)\s+(?:[a-z]+\s+){0,6}${MONEY}`, 'g') },
  // "appoint Cooper Clarke Limited to complete works ... with a capital project spend of £451,163"
  // "commission DG Cities Ltd (Company Registration Number 09765525) to assist ..., through a contract award of up to £9,250"
  { re: new RegExp(String.raw`\b(?:appoint(?:s|ed|ing|ment of)?|commission(?:s|ed|ing)?)\s+${NAME}\s+to\b[^.;£]{0,280}?\b(?:[Ss]pend|[Vv]alue|[Cc]ost|[Ss]um|[Pp]rice|[Ww]orth|[Cc]ontract\s+award|[Ff]ee)\s+of\s+(?:up\s+to\s+)?${MONEY}`, 'g') },
  // "has given approval to a request for financial assistance from Mosscare St Vincent's Housing Group of £165,593": the applicant approved.
  { re: new RegExp(String.raw`\b(?:approv\w*|agree\w*|support\w*|accept\w*)\b[^.;£]{0,60}?\b(?:request|application)\s+(?:for\s+(?:financial\s+assistance|funding|a\s+grant|grant\s+(?:aid|funding))\s+)?from\s+${NAME}\s+(?:of|for)\s+${MONEY}`, 'g') },
  // "That, the request for £2,100 from the Rotary Club of Witney towards the ... event be granted", "the application from X for £500 be
  // approved": a request granted as asked (no other sum after it: a part of it granted is read elsewhere).
  { re: new RegExp(String.raw`\b(?:request|application|bid)\s+for\s+${ASKED}\s+(?:[a-z]+\s+){0,3}?from\s+${NAME}${GRANTED_AS_ASKED}`, 'g') },
  { re: new RegExp(String.raw`\b(?:request|application|bid)\s+from\s+${NAME}\s+for\s+${ASKED}${GRANTED_AS_ASKED}`, 'g') },
  // "the tender of Wates Construction Ltd in the sum of £10,303,306.91 be accepted", "Quotation received from Herts & Cambs Ground Maintenance in the sum of £310 + VAT"
  // "the tender received from Air Monitors Ltd in the sum of £175,998 is accepted" (the body receives the tender, the party the money)
  // "Accept the tender from B & X Construction Ltd to demolish and construct ... at a total cost of £819,485.21": past the works' purpose.
  // "Accept the tender from Bell Decorating Group UK Limited for Lot 1 (£118.25k)": a lot's sum in brackets.
  // ("The tenders of Amey Hallam Highways and ancillary professional service contractors in the sum of £570,370 is accepted": unnamed others aside.)
  { re: new RegExp(String.raw`\b(?:[Tt]ender|[Bb]id|[Qq]uot(?:e|ation)|[Oo]ffer)s?\s+(?:(?:received|submitted)\s+)?(?:of|from|by)\s+${NAME}(?:\s+and\s+(?:[a-z]+\s+){0,5}?(?:contractors?|suppliers?|partners?|consultants?|others?))?\s+(?:(?:to|for)\b[^.;£]{0,200}?\b(?=at\s+a\s))?(?:for\s+[Ll]ot\s+\w+\s+)?(?:(?:at\s+a\s+(?:total\s+)?cost\s+of|in\s+the\s+(?:[a-z]+\s+){0,2}sum\s+of|of|for|at|valued\s+at|totalling)\s+|\()${MONEY}`, 'g'), receives: true },
  // "Council unanimously approved to accept the quote from Glendale for fortnightly mowing" (no sum: amount null): one supplier.
  { re: new RegExp(String.raw`\baccept(?:s|ed|ing)?\s+(?:the\s+)?(?:tender|bid|quote|quotation)\s+(?:received\s+|submitted\s+)?(?:from|of|by)\s+${NAME}(?![^.;]*£)(?!\s*(?:,|and|&)\s*[A-Z])`, 'g') },
  // "The Commissioner has accepted tenders from John Macadam & Son Ltd, HB Panelcraft Ltd and James Alpe Ltd for a contract ..." (no sums):
  // each supplier the list names.
  { re: new RegExp(String.raw`\baccept(?:s|ed|ing)?\s+(?:the\s+)?(?:tenders?|bids?|quotations?)\s+(?:received\s+|submitted\s+)?(?:from|by)\s+(?<name>${ORG_BARE}(?:\s*,\s*${ORG_BARE})*\s+(?:and|&)\s+${ORG_BARE})(?![^.;]*£)`, 'g'), list: true },
  // "to award contracts to the following six operators was agreed:- BETC, Cardinal Buses, C E Jeatt & Son (White Bus) and Southdown" (no sums).
  { re: new RegExp(String.raw`\b(?:award|let)\w*\s+(?:the\s+)?contracts?\s+to\s+the\s+following\s+(?:\w+\s+)?(?:operators|suppliers|providers|contractors|companies|firms|bidders|organisations)\b[^:;.£]{0,30}:-?\s*(?<name>${LISTED}(?:\s*,\s*${LISTED})*\s+(?:and|&)\s+${LISTED})(?![^.;]*£)`, 'g'), list: true },
  // "issue a contract to appoint Groundwork London as the Grant Fund Manager" (no sum: amount null)
  { re: new RegExp(String.raw`\bcontract\b[^.;£]{0,40}\bappoint\s+${NAME}\s+as\b(?![^.;]*£)`, 'g') },
  // "enters into a funding agreement with: Kirklees council for expenditure up to £600,000; Calderdale council for expenditure up to ...": each party of the agreements and its sum.
  { re: new RegExp(String.raw`(?<=\bagreements?\s+with\s*:?\s*(?:[^.£]*?£[\d,.]+\s*(?:[mk]|million)?\s*(?:;|,)\s*(?:and\s+)?)*)${NAME}\s+(?:council\s+)?for\s+(?:expenditure|funding|spend|costs?)\s+(?:of\s+)?(?:up\s+to\s+)?${MONEY}`, 'g') },
  // "Approve the variation of the Ernst & Young LLP (EY) contract up to a maximum value of £100,000": the party a contract is named after.
  { re: new RegExp(String.raw`\b(?:variation|extension|uplift)\s+(?:of|to)\s+the\s+${NAME}\s+contract\b[^.;£]{0,60}?${MONEY}`, 'g') },
  // "vary the grant fund management contract of Groundwork London by £20,000"
  { re: new RegExp(String.raw`\b(?:contract|agreement)s?\s+(?:with|of)\s+${NAME}\s+by\s+${MONEY}`, 'g') },
  // "the award of the contract for resurfacing the road to Lancashire County Council" (no sum: amount null)
  // "the award of a call-off contract with Amazon Business", "direct contract award to Advanced KFS Ltd" (no sum: amount null);
  // the first "to" after the contract names the party ("a contract to enable connectivity to the X Service" names none)
  // "award the construction contracts for completion of the bypass to Amey LG"
  { re: new RegExp(String.raw`\b(?:award|let)\w*\s+(?:of\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){0,6}(?:[Cc]ontracts?|[Aa]greements?)\b(?:(?!\bto\b)[^.;£]){0,80}?\b(?:to|with)\s+${NAME}(?![^.;]*£)`, 'g') },
  // "the award of contract for the Mental Health Individual Placement and Support employment services contract to Hestia Housing and Support":
  // past a long purpose that names the contract again.
  { re: new RegExp(String.raw`\b(?:award|let)\w*\s+(?:of\s+)?(?:the\s+|a\s+)?[Cc]ontracts?\s+for\s+[^.;£]{0,160}?\b[Cc]ontract\s+to\s+${NAME}(?![^.;]*£)`, 'g') },
  // "the contract award for Lot 1 to Solo"
  { re: new RegExp(String.raw`\b[Cc]ontract\s+[Aa]ward(?:\s+for\s+[^.;£]{1,40}?)?\s+to\s+${NAME}(?![^.;]*£)`, 'g') },
  // "has entered into a new main waste contract with LondonWaste Ltd" (no sum: amount null; a funding agreement is not a contract)
  // "to extend its existing contract with Health Management Ltd (HML)"
  { re: new RegExp(String.raw`\b(?:enter(?:ed|s|ing)?\s+into|sign(?:ed|s|ing)?|extend(?:ed|s|ing)?)\s+(?:a\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}contract\s+with\s+${NAME}(?![^.;]*£)`, 'g') },
  // "the direct appointment of Emerging Futures to provide a specialised support service" (no sum: amount null)
  { re: new RegExp(String.raw`\bappointment\s+of\s+${NAME}\s+to\s+(?:provide|deliver|supply|undertake|carry\s+out|run|operate)\b(?![^.;]*£)`, 'g') },
  // "The Commissioner has agreed to fund Blackpool Teaching Hospitals NHS Foundation Trust to continue to deliver ..." (no sum)
  { re: new RegExp(String.raw`\b(?:agreed|agrees|approved|approves|decided|decides)\s+to\s+fund\s+${NAME}\s+(?:to|for)\b(?![^.;]*£)`, 'g') },
  // "the contract to build seven fire appliances be awarded to Emergency One (Uk) Ltd" (no sum: amount null)
  // "... be awarded in January 2017 to Rosenbauer UK Ltd": a time between the award and its party.
  { re: new RegExp(String.raw`\bcontracts?\b[^.;£]{0,80}?\b(?:be|is|are|was|were|has been|have been|will be)\s+awarded\s+(?:(?:in|on|from)\s+(?:\w+\s+){1,3})?to\s+${NAME}(?![^.;]*£)`, 'g') },
  // "£197,000 from the Incubator Support Fund to Durham County Council", "£250,000 from the Home Office Surge to British Transport Police"
  // ... "£3,500 to be granted from the Rural Committee budget to Codicote Tennis Club"
  { re: new RegExp(String.raw`${MONEY}\s*(?:\([^()£]{0,120}\)\s*)?(?:of\s+(?:grant\s+)?funding\s+)?(?:(?:to be|is|be|are)\s+(?:granted|awarded|paid|allocated|given)\s+)?from\s+[^.;£]{3,80}?\s+to\s+${NAME}`, 'g') },
  // "to pay Alastair Williams invoice of £198.00"
  { re: new RegExp(String.raw`\bpay\s+${NAME}(?:['’]s?)?\s+(?:invoice|fee|account|bill)\s+(?:of|for)\s+${MONEY}`, 'g') },
  // "enter into an agreement to pay ABP an annual payment of £150k from April 2019": the party paid, with the sum.
  { re: new RegExp(String.raw`\bpay\s+${NAME}\s+(?:an?\s+)?(?:annual\s+|one-off\s+|further\s+|additional\s+)?(?:payment|sum|grant|contribution|fee)\s+of\s+(?:up\s+to\s+)?${MONEY}`, 'g') },
  // "be approved for Witney Jazz (£160), and Aspire (£70)" (in a sentence about giving money)
  { re: new RegExp(String.raw`(?:\bfor|\bto|,\s*and|\band)\s+${NAME}\s*\(\s*${MONEY}\s*\)`, 'g'), giving: true },
  // "the funding application for Tootoot Ltd (investment of £80,000)"
  { re: new RegExp(String.raw`\bfor\s+${NAME}\s*\((?:an?\s+)?(?:investment|grant|loan|award)\s+of\s+${MONEY}`, 'g') },
  // "Millane Contract Services is awarded the contract ... tender sum of £1,195,764"
  // "Cambourne Town Council (RMTNDTSZ) be approved and partially funded £90,000 of the £100,000 requested"
  { re: new RegExp(String.raw`${NAME}\s+(?:applied\s+for\s+and\s+)?(?:is|are|be|has been|have been|was|were|will be)\s+(?:awarded|(?:approved\s+and\s+)?(?:partially\s+|fully\s+)?funded)\b[^.;£]{0,100}?${MONEY}`, 'g') },
  // "That Gracelands CMS Ltd be awarded the 1-year contract renewable annually ... for the planned block electrical testing ... in the
  // sum of £230,274.06": past a long description of the contract, its price.
  { re: new RegExp(String.raw`${NAME}\s+(?:is|are|be|has been|have been|was|were|will be)\s+awarded\s+(?:the|a|an)\s+[^.;£]{0,240}?\b(?:in\s+the\s+(?:[a-z]+\s+)?sum\s+of|for\s+(?:a|the)\s+(?:total\s+)?(?:sum|value|price)\s+of|at\s+a\s+(?:total\s+)?cost\s+of)\s+${MONEY}`, 'g') },
  // "to accept the lowest tender for the several works, that of W W Pert & Co Ltd, Montrose, in the amount of £124,772.51": the tenderer, its town aside.
  { re: new RegExp(String.raw`\b(?:tender|bid|quotation|offer)s?\b[^.;£]{0,120}?,?\s+(?:being\s+)?that\s+of\s+${NAME}\s*,?\s*(?:[A-Z][a-z]+\s*,\s*)?in\s+the\s+(?:amount|sum|value)\s+of\s+${MONEY}`, 'g'), receives: true },
  // "The Cabinet agreed that Mede Mill Construction be offered the contract, on the terms set out in the exempt appendix" (no sum: amount null)
  { re: new RegExp(String.raw`${NAME}\s+(?:is|are|be|was|were|will be)\s+offered\s+(?:the|a|this)\s+(?:[\w-]+\s+){0,2}contract\b(?![^.;]*£)`, 'g') },
  // "Approve the appointment of Northgate Vehicle Hire Ltd under the direct award under the ... framework agreement to provide a fleet
  // service" (its sum from the paragraph's "The estimated value of the contract is ...")
  { re: new RegExp(String.raw`\b(?:approv\w*|agree\w*|confirm\w*)\s+the\s+(?:direct\s+)?appointment\s+of\s+${NAME}\s+(?:under|via|through|using|from)\b(?![^.;]*£)`, 'g') },
  // "Approve increasing the value of the Equans (formerly Engie) contract by total value of £17,914,050": the party the contract is named after.
  // (Not a form of contract its initials name: "increasing the value of the JCT contract by £1.1m".)
  { re: new RegExp(String.raw`\bincreas\w*\s+(?:in\s+)?the\s+value\s+of\s+the\s+(?=\S*[a-z])${NAME}(?:\s*\([^()£]{1,40}\))?\s+contract\b[^.;£]{0,60}?${MONEY}`, 'g') },
  // "Following a competitive tender process First Bus have been awarded the contract to operate ..." (its sum, if any, in another sentence)
  { re: new RegExp(String.raw`${NAME}\s+(?:is|are|has been|have been|was|were)\s+awarded\s+(?:the|a|this)\s+(?:[\w-]+\s+){0,2}contract\b(?![^.;]*£)`, 'g') },
  // "The acquisition of furniture ... at a cost of £54,000 from within the agreed budget from Move Management Asset Removal Ltd": the supplier bought from.
  { re: new RegExp(String.raw`\b(?:acquisition|purchase|procurement|supply|hire)\s+of\b[^.;£]{0,160}?\bat\s+a\s+(?:total\s+)?cost\s+of\s+${MONEY}[^.;£]{0,80}?\bfrom\s+${ORG_NAME}`, 'g') },
  // "Local Partnerships be commissioned to provide the council with an assessment" (no sum: amount null)
  { re: new RegExp(String.raw`${NAME}\s+(?:be|is|are|was|were|will be)\s+(?:commissioned|engaged|appointed)\s+to\s+(?:provide|deliver|supply|undertake|carry\s+out|produce|prepare)\b(?![^.;]*£)`, 'g') },
  // "expenditure of £65,000 to fund the continuation of the existing contract commission with Savills, who will provide ...": the party the funded contract is with.
  { re: new RegExp(String.raw`${MONEY}\s+to\s+(?:fund|pay\s+for|meet\s+the\s+cost\s+of)\b[^.;£]{0,120}?\b(?:contract|commission|agreement|call-off)\s+(?:[a-z]+\s+){0,2}?with\s+${NAME}`, 'g') },
  // "agreed to contract Open Water Dredging to carry out urgent work ... at a cost of £86,000": "contract" as a verb, its object the contractor.
  { re: new RegExp(String.raw`\b(?:to|and)\s+contract\s+(?!the\b|a\b|an\b|out\b|with\b)${NAME}\s+to\s+(?:carry\s+out|provide|deliver|supply|undertake|complete|install|remove|repair|build|construct|design|manage|operate|run)\b`, 'g') },
  // "the allocation of £500k of VRU funding towards the GLA’s programme of ...": the party whose programme the funding goes to.
  { re: new RegExp(String.raw`${MONEY}\s+of\s+(?:[\w-]+\s+){0,3}(?:funding|grant|money)\s+towards\s+(?:the\s+)?${NAME}['’]s?\s+(?:programme|project|scheme|fund|work|costs?)\b`, 'g') },
  // "a Service Level Agreement with the GLA, allocating £0.5m of VRU funding"
  { re: new RegExp(String.raw`\b(?:[Aa]greement|[Cc]ontract)\s+with\s+(?:the\s+)?${NAME}\s*,?\s+(?:allocating|providing|paying|transferring)\s+${MONEY}`, 'g') },
  // "given delegated authority to direct award to Torbay and South Devon Foundation Trust the 0-5 services" (no sum: amount null)
  { re: new RegExp(String.raw`\bdirect(?:ly)?\s+award\s+(?:(?:a|the)\s+contract\s+)?to\s+${NAME}`, 'g') },
  // "to award to Apetito Services a community meals service contract" (no sum: amount null)
  { re: new RegExp(String.raw`\baward\s+to\s+${NAME}\s+(?:a|an|the)\s+[^.;£]{0,80}?\bcontract\b(?![^.;]*£)`, 'g') },
  // "To approve MouchelParkman as the Council’s preferred supplier", "using existing supplier Edenred" (no sum: amount null)
  { re: new RegExp(String.raw`\b(?:approve|appoint|select|confirm)s?\s+${NAME}\s+as\s+(?:the\s+)?(?:\S+['’]s?\s+)?(?:preferred|successful|sole)\s+(?:supplier|provider|contractor|bidder|tenderer)\b(?![^.;]*£)`, 'g') },
  { re: new RegExp(String.raw`\b(?:using|via|through)\s+(?:the\s+|its\s+|our\s+)?(?:existing|current|incumbent|framework|contracted)\s+(?:supplier|provider|contractor)\s*,?\s+${NAME}(?![^.;]*£\s?\d[^.;]*\bto\b)`, 'g') },
  // "approve an additional payment to The Phoenix Works (the procured operator ...)" (no sum: amount null)
  { re: new RegExp(String.raw`\b(?:approve|make|authori[sz]e)s?\s+(?:an?\s+|the\s+)?(?:additional\s+|further\s+|one-off\s+)?payment\s+to\s+${NAME}`, 'g') },
  // "Expenditure up to a maximum of £7,500 to procure the services of Anthony Mayer to undertake the review" (the sentence's one sum, when it states one)
  { re: new RegExp(String.raw`\b(?:procur|engag|secur|retain|commission|buy|purchas)\w*\s+the\s+services\s+of\s+${NAME}`, 'g') },
  // "A recent grant of £1,185 helped St Alkelda’s Church ...": the party the grant helped.
  { re: new RegExp(String.raw`\b(?:grant|award|donation)\s+of\s+${MONEY}\s+(?:has\s+|have\s+)?(?:helped|enabled|allowed)\s+${NAME}`, 'g') },
  // "to award £2000 of his Locality Budget funding to fund Malt Shovel football club": the party the sum is given to fund.
  { re: new RegExp(String.raw`\b(?:award|allocat|grant|provid|giv)\w*\s+${MONEY}\s+(?:of\s+(?:[\w'’-]+\s+){1,6})?to\s+(?:fund|support|help)\s+${NAME}`, 'g') },
  // "Award of a contract for the provision of hostel accommodation at ..., to Single Homeless Project (The) (company registration number
  // 01741926) from 1st April 2023 to 31st March 2026 for the contract value of £2,198,172": past the purpose, the register's number and the term.
  { re: new RegExp(String.raw`\b[Aa]ward\s+of\s+(?:a|the)\s+contract\b[^.;£]{0,250}?\bto\s+${NAME}\s*(?:\([^()]{0,80}\)\s*)?(?:from\s+[^.;£]{4,60}?\s+)?for\s+(?:the\s+|a\s+)?(?:total\s+)?(?:contract\s+)?(?:value|sum|price|cost)\s+of\s+(?:up\s+to\s+)?${MONEY}`, 'g') },
  // "Approves a variation to the works contract ... with Glenman Corporation Limited (Glenman) from £7,783,403 to £8,804,964 an increase
  // cost of £1,321,561": the party's sum is the increase the variation approves.
  { re: new RegExp(String.raw`\b(?:variation|increase|uplift|extension)\b[^.;£]{0,100}?\bwith\s+${NAME}\s*(?:\([^()]{1,40}\)\s*)?from\s+£\s?[\d,.]+\s?(?:m|k|million)?\s+to\s+£\s?[\d,.]+\s?(?:m|k|million)?\s*,?\s*(?:an?\s+)?(?:increase|uplift|additional)(?:\s+(?:cost|value|sum))?\s+of\s+${MONEY}`, 'g') },
  // "To conditionally approve the £500k application to the Low Carbon Challenge Fund from Ambition Community Energy Ltd": the applicant.
  { re: new RegExp(String.raw`\bapprov\w*\s+(?:the|an?)\s+${MONEY}\s+(?:grant\s+|funding\s+)?(?:application|bid)\b[^.;£]{0,80}?\bfrom\s+${NAME}`, 'g') },
  // "has given approval to an application received from Friends of Etherow Park for a grant of £650 from the Ward Flexibility Budget": the applicant.
  { re: new RegExp(String.raw`\bapplication\s+(?:received\s+|submitted\s+)?(?:from|by)\s+${NAME}\s+for\s+(?:a\s+|an\s+)?(?:grant|award|contribution|funding|donation)\s+of\s+(?:up\s+to\s+)?${MONEY}`, 'g'), receives: true },
  // "The winning supplier (Restore Ltd.) scored 86% ..." (its sum from the paragraph's "The contract value is £47,435.12")
  { re: new RegExp(String.raw`\b(?:winning|successful|preferred)\s+(?:supplier|bidder|tenderer|contractor|provider)\s*\(\s*${NAME}\s*\)`, 'g') },
  // "the lowest tender ... being that submitted by Torith Limited in the amount of £252,583.48"
  // ("... to accept lowest tender for construction of ... submitted by Clovemead Construction Ltd at a cost of £243,038.00": its cost.)
  { re: new RegExp(String.raw`\b(?:tender|bid|quotation|offer)s?\b[^.;£]{0,160}?\b(?:submitted|received|lodged)\s+(?:by|from)\s+${NAME}\s+(?:in\s+the\s+(?:amount|sum|value)|at\s+a\s+(?:total\s+)?(?:cost|price))\s+of\s+${MONEY}`, 'g'), receives: true },
  // "the tender submitted by John Turner and Sons (Preston) Limited had been accepted by the Strategic Director ..., and a contract had
  // been entered into, with a contract sum of £3,056,375": the tender accepted, and the contract's sum in the same sentence.
  { re: new RegExp(String.raw`\b(?:tender|bid|quotation)\s+(?:submitted|received|lodged)\s+(?:by|from)\s+${NAME}\s+(?:has|had|have)\s+been\s+accepted\b[^.;£]{0,160}?\bcontract\s+(?:sum|value|price)\s+of\s+${MONEY}`, 'g'), receives: true },
  // "entering into a sub-grant agreement or non-binding memorandum of understanding with LB Ealing" (no sum: amount null)
  { re: new RegExp(String.raw`\bsub-?grant\s+(?:agreement|funding)\b[^.;£]{0,80}?\bwith\s+${NAME}(?![^.;]*£)`, 'g') },
  // "To appoint MFD ductwork at the cost of £32,670.18"
  { re: new RegExp(String.raw`\bappoint(?:s|ed|ing)?\s+${NAME}(?:\s+[a-z]+)?\s+(?:at|for)\s+(?:the|a)\s+(?:total\s+)?(?:cost|sum|price|value)\s+of\s+(?:up\s+to\s+)?${MONEY}`, 'g') },
  // "The successful tenderer was HSL compliance ltd, with a final evaluation mark of 83.43%" (no sum: amount null)
  { re: new RegExp(String.raw`\b[Tt]he\s+successful\s+(?:tenderer|bidder|supplier|contractor|provider|applicant)\s+(?:was|is|were|are)\s+${NAME}(?![^.;]*£)`, 'g') },
];


const MAY_NAME = /£|\b(?:award|contract|appoint|tender|quot(?:e|ation)|let|loan)|\bsub-?grant\b|\bto fund\b|\bdelivered by\b|\bfunding to\b|\bpayment\s+to\b|\b(?:supplier|provider|contractor|bidder|tenderer)\b|\bcommissioned\b/i;
const GIVING = /\b(?:grants?|award\w*|allocat\w*|distribut\w*|payments?|contracts?|funding to|accept\w* the grant)\b/i;

const NOT_A_RECIPIENT = /^(?:the\s+)?(?:Home Office|Page|Agenda|Item|Paragraph|Minute|Deputy|Members?|Councillors?|Director|Head|Chief|Executive|Cabinet|Mayor|Commissioner|Treasurer|Officer|Monitoring|Council|Year|Call|Round|Phase|Appendix|Part|Section|Schedule|Table|Annex|Fund|Financial|January|February|March|April|May|June|July|August|September|October|November|December|Decision|Recommendation|Approval|Capital|Revenue|Total|Budget|This|That|These|It)\b/;
/** A kind of body in the plural, not a named one ("£6m to Police and Crime Commissioners (PCC) 'core' funding"). */
const PLURAL_KIND = /^(?:the\s+)?(?:(?:Police\s+and\s+Crime\s+Commissioners|Police\s+Forces|(?:Local|Parish|Town|District|County|Constituent|Partner)\s+(?:Councils|Authorities))(?:\s*\([^)]*\))?)$/i;
/** A role, not a name: "Supplier 3" (a bidder left anonymous), "the Preferred Bidder", "Contractor". */
const UNNAMED_ROLE = /^(?:the\s+)?(?:(?:preferred|successful|selected|recommended|appointed)\s+)?(?:supplier|provider|contractor|bidder|tenderer|consultant|applicant|organisation|company|operator)(?:s|\s+(?:[A-Z]|\d{1,2}))?$/i;
/** An officer's title ("the Acting Director, Inclusive Growth" a decision delegates an award to): a post, not a party paid. */
const OFFICER_TITLE = /^(?:the\s+)?(?:[A-Z]{2,6}\s+)?(?:(?:Acting|Interim|Assistant|Deputy|Executive|Strategic|Corporate|Service|Group)\s+)*(?:Director|Officer|Manager|Head|Chief\s+Executive|Solicitor|Treasurer)\b/;
/** A member's post or a council's working group ("the Lead Member with responsibility for Communities", "the Grants Working Group" a balance goes back to): the body's own, no party paid. */
const MEMBER_POST_OR_GROUP = /^(?:the\s+)?(?:Lead|Cabinet|Executive|Portfolio)\s+(?:Member|Holder)s?\b|\bWorking\s+(?:Group|Party)$/;
/** The clause before a name says where money comes from ("funded from ... (£4.000m) and", "allocated from Gainshare Revenue (£3,150,260) and"), and no "to" a party follows. */
const FUNDED_FROM = /\b(?:(?:funded|financed|met|paid)\s+(?:from|by)|(?:allocated|drawn|taken|sourced)\s+from)\b(?:(?!\bto\b)[^;])*$/i;
/**
 * Words before "to" a name that make it the party asked, told or charged, not one paid: a bid or application made to a funder
 * ("submitted a bid for funding to the Department for Communities and Local Government"), a recommendation or referral to a
 * body ("recommends these to Full Council"), with no giving word between ("reported that a grant had been made to X" pays X), a cost or saving to the body itself ("an overall cost to the MPS").
 */
export const ASKED_OR_CHARGED = /(?:\b(?:bids?|applications?|appl(?:y|ied|ying)|submit(?:s|ted|ting)?|submissions?|appeals?|recommend(?:s|ed|ing)?|refer(?:s|red|ring)?|report(?:s|ed|ing)?)\b(?:(?!\b(?:grant|award|made|paid|pay|allocat|fund|contract|approv)\w*)[^.;£]){0,50}|\b(?:costs?|savings?|reductions?)(?:\s+of\s+£[\d,.]+\s*(?:m|k|million|bn)?)?\s+)\bto\s+(?:the\s+)?$/i;
/** Words after a name that make it a sector or a programme of the body's own ("the VCSE sector", "the Climate Change Environment and Transport 2024/25 capital programme"). */
export const PROGRAMME_AFTER = /^\s+(?:\d{4}\/\d{2,4}\s+|capital\s+|revenue\s+)*(?:sector|programme|program|scheme)s?\b/i;
/** A fund, budget or programme the money goes into, not a party ("£383,000 of funding to the Community Safety Fund", "£7m to the Business Growth Programme"). */
const A_FUND = /\b(?:Fund|Funds|Budget|Pot|Reserve|Programme)$/;
/** ... unless it is a charity's own fund ("Police Mutual Welfare Fund", "Sheriffs’ and Recorder’s Fund"). */
const CHARITABLE_FUND = /\b(?:Welfare|Widows|Orphans|Benevolent|Relief|Homeless|Charit\w*)\b|['’]s?\b/;
/** A kind of party, not a named one ("Local Community Groups", "voluntary organisations"). */
const GENERIC_PARTIES = /^(?:local|various|other|community|voluntary|several|eligible|successful|all|the)\b.*\b(?:groups|organisations|organizations|charities|projects|bodies|clubs|schools|partners)$/i;
/** A name of generic words only, a kind of spending or a part of a programme, and no one's name ("Grants Scheme", "Crowdfunding", "Capital Programme", "Tranche"). */
const ONLY_GENERIC = /^(?:the\s+)?(?:(?:Grants?|Schemes?|Funds?|Funding|Crowdfunding|Programmes?|Projects?|Capital|Revenue|Community|Campaigns?|Initiatives?|Tranches?|Phases?|Rounds?|Stages?|Lots?)(?:\s+|$))+$/i;
/** A table's column heading, no party ("Project Title", "Organisation Name", "Name of Applicant", "Applicant"). */
export const COLUMN_HEADING = /^(?:(?:Project|Scheme|Organi[sz]ation|Group|Applicant|Company|Supplier|Provider|Grantee|Recipient|Payee)\s+(?:Title|Name|Details)|Name\s+of\s+(?:the\s+)?(?:Project|Scheme|Organi[sz]ation|Group|Applicant|Company|Supplier|Provider|Payee)|(?:Organi[sz]ation|Applicant|Payee|Grantee|Recipient|Supplier)s?)$/i;
/** A plural kind of body with its plural short form ("Community Safety Partnerships (CSP’s)"): bodies of a kind, none named. */
const PLURAL_SHORT = /[a-z]s\s*\([A-Z]{2,6}['’]?s\)$/;
/** Names that are no party paid: words of the page, a post, a role, a kind of body, a kind of party ("Cabinet", "the Acting Director", "Supplier 3", "Police and Crime Commissioners", "local community groups"). */
/** A kind of body by its plural initials ("grants up to £5,000 to SMEs", "GPs", "VCSEs"): bodies of a kind, none named. */
const PLURAL_INITIALS = /^(?:the\s+)?[A-Z]{2,6}['’]?s$/;
/** The body's own office by its kind ("the Authority’s Section 151 Office", "the Council's Finance Team"): no party paid. */
const OWN_OFFICE = /^(?:the\s+)?(?:Authority|Council|Commissioner|Corporation|Board|Committee)['’]s?\s/;

// (... nor a decision's own words read into a name, "Approve the Careers Hub": what is decided, not who is paid.)
/** A number in words alone, no party: "£50 for Fifty" names a fund's anniversary ("'£50 for Fifty' grants be awarded to ..."). */
const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand))*$/i;
export const notAParty = (name: string) => [FULL_COUNCIL, NOT_A_RECIPIENT, OFFICER_TITLE, MEMBER_POST_OR_GROUP, UNNAMED_ROLE, PLURAL_KIND, GENERIC_PARTIES, ONLY_GENERIC, PLURAL_SHORT, PLURAL_INITIALS, OWN_OFFICE, DECISION_WORDS, NUMBER_WORDS].some((re) => re.test(name));
// A name never ends on a joining word, in any case ("KCC Retained The").
const TRAIL = new RegExp(String.raw`\s+(?:${SMALL}|with|from|by|to)$`, 'i');

/** Role of a sentence's recipient from its words. */
export function roleOf(sentence: string): RecipientPhrase['role'] {
  if (/\b(?:contracts?|tender(?:s|ers?)?|procure\w*|suppliers?|framework|call.off|services agreement|appoint(?:s|ed|ing|ment)?)\b/i.test(sentence)) return 'supplier';
  if (/\b(?:grants?|fund\w*|award\w*|allocat\w*|investment|contribution)\b/i.test(sentence)) return 'grantee';
  if (/\bpartner/i.test(sentence)) return 'partner';
  return 'other';
}

/** A postal address after a name, up to its postcode (its inward part as a scan may misread it, "WS10 uz"): "of Steelmans Road, Jamesbridge, Darlaston, West Midlands, WS10 9UZ, United Kingdom", ", 12 High Street, Leeds LS1 4AB". */
const POSTAL_ADDRESS = /(?:,\s*|\s+of\s+|\s+at\s+)(?:(?:Unit|Suite|Flat)\s+\w+,?\s+)?(?:\d+[A-Za-z]?\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:Road|Street|Lane|Avenue|Way|Drive|Close|Place|Court|Park|Estate|Crescent|Square|Terrace|Row|Gardens|Hill|Green|Business\s+Park)\b(?:,?\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}){0,5},?\s*[A-Z]{1,2}\d[A-Z\d]?\s*\d?[A-Za-z]{2}\b(?:,?\s*United\s+Kingdom)?/g;

/** A register's number in brackets after a name: "(Company Registration Number 12229933)", "(CC Reg. 249360)". */
const REGISTER_NUMBER = /\s*\((?:CC\.?\s*)?(?:Company|Charity|Registered|Reg\b|No\b)[^)]*\)/gi;

/** Cleans a matched name: no leading "the", no dangling joining word, a closed bracket. */
export function cleanName(raw: string): string {
  // A word before "The" that does not join it to a name is the end of something else ("Summary The Safer Suffolk Partnership Board").
  let name = raw.replace(/\s+/g, ' ').trim().replace(/^(?:\S+\s+)+?(?=The\s+[A-Z])/, (pre) => (/\b(?:of|and|for|&)\s+$/i.test(pre) ? pre : '')).replace(/^(?:the|The(?=\s+\S+\s))\s+/, '');
  // ("Reference Selby Place Partnership": a form's label read on into its value.)
  name = name.replace(/^(?:Reference|Ref\.?|Applicant|Organisation|Organization|Recipient|Supplier|Provider)\s*:?\s+(?=[A-Z])/, '');
  // ("Argyll Drama Festival*": a footnote's star; "Ionad Chaluim Chille Ile n/a": the next cell's mark for nothing, run into the name.)
  name = name.replace(/(?:\s*\*+|\s+(?:n\/a|N\/A|nil))+$/, '');
  while (TRAIL.test(name)) name = name.replace(TRAIL, '');
  if ((name.match(/\(/g) ?? []).length > (name.match(/\)/g) ?? []).length) name = name.replace(/\s*\([^)]*$/, '');
  // "BME Volunteers CIC (Company Registration Number 12229933)", "First Aid Nursing Yeomanry (CC Reg. 249360)": a register's number is no part of the name.
  name = name.replace(REGISTER_NUMBER, '');
  // "Bathwick Towpath Improvement Project Application BA059": the application's number after the name is no part of it.
  name = name.replace(/\s+Application\s+(?:No\.?\s*|Number\s+|Ref\.?\s*)?[A-Z]{0,4}\d[\w/-]*$/, '');
  // "Doorway Wiltshire provides a drop-in service for homeless people": the name ends where a description starts.
  name = name.replace(/^(.*?\p{Lu}[\p{L}'’)]*)\s+(?:provides|helps|offers|runs|supports|works|delivers|is|are|has|have|will)\b.*$/u, '$1');
  // "West Lakes Squirrel Initiative - to safeguard ...", "Santon Bridge Village Hall – rejuvenation of the hall": a spaced dash before lower case starts what the money is for.
  name = name.replace(/\s+[-–—]\s+(?=\p{Ll}).*$/u, '').replace(/\s+[-–—]\s*$/, '');
  // "to GMCA in March 2022": a month after the name says when, and is no part of it.
  name = name.replace(/\s+(?:in|on|from|by|during)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/, '');
  // "in support of Acme Chemicals’ new plant": the party without its possessive.
  return name.replace(/[,.;:]+$/, '').replace(/(\p{L})['’]s?$/u, '$1');
}

/** The sentence a phrase was read from, cut to 300 characters. */
const excerpt = (sentence: string) => (sentence.length > 300 ? `${sentence.slice(0, 297)}...` : sentence);

/** A decision's verb that starts its sentence ("Appoint ...", "Award ..."), read in lower case so that it is not taken for a name. */
const IMPERATIVE = /^\W*(?:Appoint|Award|Approve|Agree|Enter|Commission|Provide|Allocate|Release|Vary|Extend|Authorise|Authorize|Delegate|Note)\b/;
/** Two parties an organisation's suffix marks, joined ("Orchid Cellmark Ltd and LGC Ltd", "Torry Development Trust and Grampian Housing Association"). */
const JOINT = /^(.+?\s(?:Ltd|Limited|PLC|plc|LLP|CIC|Trust|Association|Foundation|Society|Partnership|Charity|CIO|Club|Group|Centre))\s+(?:and|&)\s+(.+?\s(?:Ltd|Limited|PLC|plc|LLP|CIC|Trust|Association|Foundation|Society|Partnership|Charity|CIO|Club|Group|Centre))$/;

/** Every party a sentence names as receiving money, with its figure when the sentence gives one. */
export function recipientsIn(input: string): RecipientPhrase[] {
  let sentence = input;
  const out: RecipientPhrase[] = [];
  // Every pattern names a sum or an award, contract, appointment or tender: a sentence with none names no recipient.
  if (!MAY_NAME.test(sentence)) return out;
  // "members refused a contribution ... to Foddington Residents": a party refused money receives none.
  if (REFUSED.test(sentence)) return out;
  // "Appoint Balfour Beatty to ...", "Award the contract ...": a decision's sentence starts on its verb.
  sentence = sentence.replace(IMPERATIVE, (v) => v.toLowerCase());
  // "grants to B Young Stars Ltd (Company number: 10125229) and Big Red Bus Club (Company number: 08132170)": a register's number is no part of a name, nor ends a list of them.
  sentence = sentence.replace(REGISTER_NUMBER, '');
  // "to Blakemore Foodservice of Steelmans Road, Jamesbridge, Darlaston, West Midlands, WS10 9UZ, United Kingdom for ...": a party's postal address is no part of its name, nor of the words between it and its sum.
  sentence = sentence.replace(POSTAL_ADDRESS, '');
  for (const { re, giving, receives, list } of PATTERNS) {
    if (giving && !GIVING.test(sentence) && !/\b(?:approved|agreed|granted)\b/i.test(sentence)) continue;
    for (const m of sentence.matchAll(re)) {
      const g = m.groups!;
      // "enter into a funding agreement with Sustrans and receive a grant of £508,609": the named party pays, the body receives.
      if (!receives && /\breceiv\w*\b/i.test(m[0])) continue;
      // "£X for NAME" gives NAME the money only in a sentence about giving it (not "a cost of £57k for Essex").
      if (/^£\S+\s+(?:each\s+)?for\b/.test(m[0]) && !GIVING.test(sentence)) continue;
      // "a contract for the supply of digital services to the NPCC ... by Police Digital Services": the party supplied, not the supplier.
      if (/\b(?:supply|provision|delivery)\s+of\b/i.test(m[0]) && /^[^.;£]{0,80}?\bby\s+(?:the\s+)?[A-Z]/.test(sentence.slice((m.index ?? 0) + m[0].indexOf(g.name!) + g.name!.length))) continue;
      if (list) {
        for (const party of g.name!.split(/\s*,\s*|\s+and\s+(?=[A-Z])/)) out.push({ name: cleanName(party), money: null, role: roleOf(sentence), text: excerpt(sentence) });
        continue;
      }
      const name = cleanName(g.name!);
      // "the VCSE sector", "the Highways Department": a sector, or a department of the body itself, is no party.
      const after = sentence.slice((m.index ?? 0) + m[0].indexOf(g.name!) + g.name!.length);
      // ("... be deferred to the Delegated Decision meeting": a meeting, no party.)
      if (/^\s+(?:meeting|session)s?\b/i.test(after)) continue;
      // ("£650,000 ... to the Strategic Acquisitions programme", "£10 million to the Climate Change Environment and Transport 2024/25
      // capital programme": a programme or scheme of the body's own, no party.)
      // ("£265,945 to the Leeds Media Centre project": "the" before, "project" in lower case after, a project by its name, no party;
      // "to York Road Project's Rough Sleeper Coordinator project" names its party.)
      const before = sentence.slice(0, (m.index ?? 0) + m[0].indexOf(g.name!));
      const theProject = /^\s+project\b/.test(after) && (/^the\s/i.test(g.name!) || /\bthe\s+$/i.test(before));
      if (PROGRAMME_AFTER.test(after) || theProject || /\bDepartment$/.test(name)) continue;
      if (ASKED_OR_CHARGED.test(before)) continue;
      // "the virement of £100,000 from the Kitchen and Bathroom programme budget to the Roofing budget": money moved between
      // the body's own budgets goes to no party (a contribution "to the London Councils Grants Scheme budget" does).
      if (/^\s+(?:budget|fund|reserve|account)s?\b/.test(after) && /\bfrom\b[^.;]{0,80}\b(?:budget|fund|reserve|account)s?\b/i.test(sentence.slice(0, m.index! + m[0].indexOf(g.name!)))) continue;
      // "funded from Transforming Cities Fund (£4.000m) and Clean Air Zone (£8.395m)": where the money comes from, not who receives it.
      if (FUNDED_FROM.test(sentence.slice(Math.max(0, (m.index ?? 0) - 100), (m.index ?? 0) + m[0].indexOf(g.name!)))) continue;
      if (name.length < 3 || notAParty(name) || (A_FUND.test(name) && !CHARITABLE_FUND.test(name)) || !/[A-Za-z]{2}|^[A-Z]&[A-Z]$/.test(name)) continue;
      const found = g.money ? findMoney(g.money)[0] ?? null : null;
      const more = g.more ? findMoney(g.more)[0] ?? null : null;
      let money = found;
      const years = found ? yearsFrom(sentence, (m.index ?? 0) + m[0].lastIndexOf(g.money!)) : null;
      if (more) {
        // "initial grant of £28,049.50 and grant extension of £23,471.24 to X": both sums, one-off ones only.
        if (!found || found.period || more.period) continue;
        money = { ...found, value: Math.round((found.value + more.value) * 100) / 100 };
      } else if (found && years !== null) {
        // "allocated to X with £72,165 allocated for 2024/25 and £48,110 for 2025/26": the sums of the run of years, X's total.
        money = { ...found, value: years };
      } else if (found) {
        // "3 grants to the value of £30,000 each to X": the total to X, from this sentence's own figures.
        const pound = (m.index ?? 0) + Math.max(0, m[0].indexOf('£'));
        const n = eachCount(sentence.slice(Math.max(0, pound - 60), pound), sentence.slice(pound + g.money!.length));
        if (n > 1) money = { ...found, value: found.value * n };
      }
      // "contracts with Orchid Cellmark Ltd and LGC Ltd ... a total value of £6.62m": two parties share the sum, neither's own is stated.
      const joint = JOINT.exec(name.replace(/\s*\([A-Z]{2,6}\)/g, ''));
      if (joint) for (const party of [joint[1]!, joint[2]!]) out.push({ name: party, money: null, role: roleOf(sentence), text: excerpt(sentence) });
      else out.push({ name, money, role: roleOf(sentence), text: excerpt(sentence) });
    }
  }
  if (!out.length && PAYING.test(sentence)) out.push(...companiesPaid(sentence));
  return out;
}

/** The total of a run of sums each for its own year starting at `at` ("£72,165 allocated for 2024/25 and £48,110 for 2025/26"), null when there is no such run. */
function yearsFrom(sentence: string, at: number): number | null {
  const found = findMoney(sentence);
  const first = found.find((x) => x.start === at);
  const run = first ? yearRun(sentence, found, first) : [];
  return run.length >= 2 ? round2(run.reduce((a, x) => a + x.value, 0)) : null;
}

/** A sentence that awards or pays, not one that only mentions a contract ("the management of the contract with Invicta Law Ltd"). */
const PAYING = /\b(?:award\w*|appoint\w*|procur\w*|commission\w*|pay|paid|payments?|purchas\w*|tender\w*|quot(?:e|es|ation)|loan|grant(?:ed|ing)?\s+(?:of|to))\b/i;
/** Where a sentence says who is paid: "to" or "with" before the company ("to, Cable Test Limited,"), or a dash before it and its sum ("Young People's Grant ABG2023 – Mighty Girls CIC – £2,500"). */
const PAID_COMPANY = new RegExp(String.raw`\b(?:to|with)\s*,?\s+(?<name>${ORG_BARE})|(?<=[–—-]\s*)(?<name2>${ORG_BARE})\s*[–—-]\s*(?=£)`, 'g');

/**
 * A sentence about a contract, award or grant that no wording above reads, naming a company after "to" or "with"
 * ("direct award this contract via the ESPO Framework ... to Storm Environmental LTD at a budgeted
 * cost of £110,000"): the company, with the sentence's one sum (null when it states none or several).
 */
function companiesPaid(sentence: string): RecipientPhrase[] {
  const names = [...new Set([...sentence.matchAll(PAID_COMPANY)].map((m) => cleanName(m.groups!.name ?? m.groups!.name2!)))].filter((n) => !notAParty(n));
  const sum = soleSum(sentence);
  return names.map((name) => ({ name, money: names.length === 1 ? sum : null, role: roleOf(sentence), text: excerpt(sentence) }));
}

/** "in three instalments of", "4 annual payments of": a sum paid in parts, before one part. */
const INSTALMENTS = new RegExp(String.raw`\b${COUNT_WORD}\s+(?:equal\s+|annual\s+|yearly\s+|quarterly\s+)?(?:instalments|installments|payments|tranches)\s+of\s*$`, 'i');

/** A limit, not a payment: "contracts over £100,000", "spend in excess of £500k". */
// ("to the value of no more than £50,000" is a cap on the sum paid, as "up to" is: no limit of a rule.)
const LIMIT_BEFORE = /\b(?:over|above|exceeding|in\s+excess\s+of|under|below|less\s+than|(?<!\b(?:no|not)\s)more\s+than)\s*$/i;

/**
 * The one sum a sentence pays (limits aside), or null when it states none or several: a total with its parts is one sum
 * ("£269,021 (£168,191 in 2020/21 and £100,830 in 2021/22)").
 */
export function soleSum(sentence: string): MoneyMatch | null {
  const found = findMoney(sentence).filter((m) => !LIMIT_BEFORE.test(sentence.slice(Math.max(0, m.start - 20), m.start)));
  // ("This grant agreement is for £150,000 to be paid in three instalments of £50,000 per year": an instalment of a sum stated is no sum of its own.)
  const paid = found.filter((m) => {
    const n = INSTALMENTS.exec(sentence.slice(Math.max(0, m.start - 40), m.start))?.[1];
    const count = n ? countOf(n) ?? 0 : 0;
    return !(count > 1 && found.some((o) => o !== m && Math.abs(o.value - m.value * count) < 0.5));
  });
  const values = [...new Set(paid.map((m) => m.value))];
  if (values.length === 1) return paid[0]!;
  const total = values.find((v) => Math.abs(values.reduce((a, b) => a + b, 0) - 2 * v) < 0.5);
  return values.length >= 3 && total !== undefined ? paid.find((m) => m.value === total)! : null;
}

/**
 * A yearly sum's whole, when the sentence states it: "a grant of £270,500 per annum to X ... the total funding of £811,500
 * ... (3 years)" gives X £811,500, and "a grant ... to the value of £5,000 per year for two years ... to the value of £10,000"
 * gives £10,000. Only a whole number of years (two to ten) of the yearly sum, called a total or as many years as it says.
 */
export function wholeOfYearly(sentence: string, value: number): number {
  const found = findMoney(sentence);
  if (!found.some((m) => m.value === value && m.period === 'annual')) return value;
  const years = (m: MoneyMatch) => round2(m.value / value);
  const stated = new Set([...sentence.matchAll(YEARS_STATED)].map((m) => countOf(m[1]!)));
  const whole = found.find((m) => m.period === null && Number.isInteger(years(m)) && years(m) >= 2 && years(m) <= 10 && (/\btotal\b[^£.;]{0,30}$/i.test(sentence.slice(Math.max(0, m.start - 40), m.start)) || stated.has(years(m))));
  return whole?.value ?? value;
}

/** "for two years", "over 3 years": how many years a yearly sum runs. */
const YEARS_STATED = new RegExp(String.raw`\b(?:for|over)\s+(?:a\s+(?:period|term)\s+of\s+)?${COUNT_WORD}\s+(?:financial\s+)?years\b`, 'gi');
