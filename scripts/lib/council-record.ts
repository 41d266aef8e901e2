/** The text of a council record of decision (modelled on Kent County Council's layout): fixtures/extra and tests. */
export const COUNCIL_RECORD = `KENT COUNTY COUNCIL - RECORD OF DECISION
DECISION TAKEN BY:
Cabinet Member for Highways and Transport
DECISION NO:
24/00093
Key decision: YES
Subject Matter / Title of Decision
Highways Term Maintenance Contract - Extension
Decision:
As Cabinet Member for Highways and Transport, I agree to:
a) APPROVE the extension of the Highways Term Maintenance Contract for a further 2 years at an
estimated annual value of £45m; and
b) DELEGATE authority to the Director of Highways to take relevant actions to implement the decision.
Reason(s) for decision:
The current contract expires on 30 April 2025 and a replacement cannot be procured in time.
Financial implications: the extension costs £90m over two years, within the approved budget.
Cabinet Committee recommendations and other consultation:
The proposed decision was discussed at the Environment & Transport
Cabinet Committee on 12 September 2024.
Any interest declared when the decision was taken: None
Signed: R Smith                                 Date: 08/10/2024`;
