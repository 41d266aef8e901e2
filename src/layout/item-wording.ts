/** How a list item's or a paragraph's first words say it decides: shared by the list reader, its repairs and the list finders. */

/** A paragraph that states a decision ("To approve that ...", "Approval to ...", "That the ... be approved"). */
export const DECIDES = /^(?:It was (?:RESOLVED|resolved|AGREED|agreed) |The approval of |To |That |Approv|Agree|Authori[sz]|Delegat|Note[sd]? |Endorse|Accept|Award|Allocat|Adopt|Release|The (?:\S+ ){1,8}(?:is|are|be|was|were) (?:approved|agreed|authori[sz]ed|delegated|awarded|allocated|granted|noted|adopted))/;

/** A decision worded as an order, on its verb: "Approve the expenditure ...", "Award a contract to ...", "Delegate authority ...". */
export const IMPERATIVE_DECISION = /^(?:Approve|Agree|Award|Authori[sz]e|Delegate|Note|Endorse|Accept|Adopt|Allocate)\s+(?:the|a|an|to|that|authority|funding|expenditure|\w+ing)\b/;

/** A decision its maker states in the present: "The Portfolio Holder for Leisure approves ...", "The Combined Authority enters into a funding agreement ...". */
export const DECIDES_IN_PRESENT = /^The\s+(?:[\w,&'’-]+\s+){1,8}(?:approves|agrees|awards|authori[sz]es|allocates|endorses|delegates|enters\s+into)\b/;

/** A decision's verb in the third person, as a committee's or the Mayor's items begin ("(i) awards up to £11,000 to ...", "delegates authority ..."). */
export const THIRD_PERSON_VERB = /^(?:approves|delegates|agrees|notes|authori[sz]es|endorses|accepts|adopts|allocates|awards|grants|requests|instructs|resolves|confirms|commits|consents)\b/;
