import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { classifyDocument, DocumentType, DocumentTypeVerdict, type ClassifyPage } from "../src/classify/document-type.ts";
import { figureRowShare, isWrapperPage, pageLines } from "../src/classify/page-lines.ts";

const dir = fileURLToPath(new URL("../fixtures/doctype/", import.meta.url));

interface Label {
  readonly id: string;
  readonly type: DocumentType;
  readonly note: string;
  readonly heldOut?: boolean;
}

const labels: Label[] = JSON.parse(readFileSync(`${dir}labels.json`, "utf8"));

function pagesOf(id: string): ClassifyPage[] {
  return JSON.parse(readFileSync(`${dir}pages/${id}.json`, "utf8")).pages;
}

/** Classifies every labelled document; returns accuracy and the misclassified ones. */
function score(set: readonly Label[]) {
  const wrong = set.flatMap((l) => {
    const v = classifyDocument(pagesOf(l.id));
    return v.documentType === l.type ? [] : [`${l.id} expected ${l.type}, got ${v.documentType} (${v.documentTypeReason}) — ${l.note}`];
  });
  return { accuracy: (set.length - wrong.length) / set.length, wrong };
}

const page = (text: string, number = 1): ClassifyPage => ({ number, text });

describe("labelled set (fixtures/doctype)", () => {
  it("has valid labels, each with its pages", () => {
    expect(labels.length).toBeGreaterThan(40);
    for (const l of labels) {
      expect(DocumentType.options).toContain(l.type);
      expect(pagesOf(l.id).length).toBeGreaterThan(0);
    }
  });

  for (const [name, heldOut] of [
    ["dev", false],
    ["held-out", true],
  ] as const) {
    it(`classifies the ${name} part with accuracy >= 0.9`, () => {
      const set = labels.filter((l) => (l.heldOut ?? false) === heldOut);
      const { accuracy, wrong } = score(set);
      expect(set.length).toBeGreaterThan(10);
      expect(accuracy, `confusion (${name}):\n${wrong.join("\n")}`).toBeGreaterThanOrEqual(0.9);
    });
  }

  it("returns verdicts that match the schema", () => {
    for (const l of labels.slice(0, 10)) {
      const v = classifyDocument(pagesOf(l.id));
      expect(() => DocumentTypeVerdict.parse(v)).not.toThrow();
      expect(v.documentTypeReason.length).toBeGreaterThan(0);
    }
  });
});

const MINUTES = `CABINET
Minutes of the meeting held on Tuesday, 4 March 2025 at 7.00 pm
Present: Councillor A Patel (Chair), Councillors B Jones, C Okafor and D Wright
Also present: Councillor E Hughes
45. Apologies for absence
Apologies were received from Councillor F Green.
46. Declarations of interest
None.
47. Revenue budget monitoring, quarter 3
The Portfolio Holder for Finance introduced the report.
RESOLVED that the forecast outturn be noted.`;

const AGENDA = `Police and Crime Panel
Notice of Meeting
Thursday, 6 February 2025 at 10.00 am, Council Chamber, Civic Centre
Membership: Councillors Ahmed, Baker, Clarke (Chair), Davies
Agenda
1. Apologies for absence
2. Declarations of interest
3. Minutes of the previous meeting (Pages 1 - 8)
4. Proposed police precept 2025/26 (Pages 9 - 30)
5. Date of next meeting`;

const DECISION = `OFFICER DECISION RECORD
Decision reference: ODR/2025/014
Decision maker: Director of Place
Title: Award of contract for winter gritting
Decision: To award the contract to Acme Highways Ltd for £240,000.
Reasons for the decision: the tender was the most economically advantageous.
Signed: J Smith        Date: 12 March 2025`;

const MOPAC = `DMPC Decision – PCD 1234
Title: Body worn video replacement
Executive Summary:
The MPS requests approval to replace its body worn video cameras.
Recommendation:
The Deputy Mayor for Policing and Crime is recommended to approve expenditure of £4.2m.
Deputy Mayor for Policing and Crime
I confirm I have considered whether or not I have any personal or prejudicial interest in this matter.
The above request has my approval.
Signature                      Date`;

const EQIA = `Equality Impact Assessment
Name of policy or service: Library opening hours review
Lead officer: Head of Libraries
Which protected characteristics could be affected?
Age: negative impact for older residents who visit on weekday mornings.
Disability: neutral.
Mitigating actions: extend the home library service.`;

const BUDGET = `Revenue Budget Monitoring 2024/25 - Month 9
                      £000        £000        £000
Service            Budget    Forecast    Variance
Adult Services     120,450     123,900       3,450
Children's Services 98,200     101,350       3,150
Environment         41,800      40,950        -850
Housing             12,300      12,100        -200
Corporate           22,150      21,700        -450
Total              294,900     299,000       5,100`;

describe("classifyDocument on small examples", () => {
  it.each([
    ["minutes", MINUTES],
    ["agenda", AGENDA],
    ["decision", DECISION],
    ["decision", MOPAC],
    ["assessment", EQIA],
    ["financial", BUDGET],
  ] as const)("reads %s", (type, text) => {
    const v = classifyDocument([page(text)]);
    expect(v.documentType, v.documentTypeReason).toBe(type);
    expect(v.documentTypeConfidence).toBeGreaterThan(0.5);
  });

  it("reads a prose line wrapped onto 'agenda in accordance ...' as no agenda heading, and 'PRESENT  Cllr. ...' as minutes", () => {
    const text = ["Eastby Parish Council", "PRESENT\tCllr. Pethurst (in the Chair), Cllrs. Bunyan, Fletcher and Gilbert.", "Declaration of Interests:", "Members are required to declare any interests on items on this", "agenda in accordance with the Council's Code of Conduct.", "42/23: Invoices for Payment:", "Cllr. Pethurst proposed the payments be approved as presented, this was seconded and agreed."].join("\n");
    const v = classifyDocument([page(text)]);
    expect(v.documentType, v.documentTypeReason).toBe("minutes");
  });

  it.each([
    ["a banner ending '– Decision Notice'", "Police and Crime Commissioner for Northshire – Decision Notice\nCo-location of the police and fire stations at Eastwold\nThe Commissioner has agreed to the co-location of the two stations."],
    ["an 'Issue details' page", "Issue details\nNorthway City Council\nApproval of Contract Award to Care Providers\nThe urgency procedure has been invoked for this issue."],
  ])("reads %s as a decision", (_what, text) => {
    const v = classifyDocument([page(text)]);
    expect(v.documentType, v.documentTypeReason).toBe("decision");
  });

  it("types a strategy full of figures as other", () => {
    const text = `Treasury Management Strategy 2025/26\n${BUDGET.split("\n").slice(1).join("\n")}`;
    expect(classifyDocument([page(text)]).documentType).toBe("other");
  });

  it("types a pack by its first paper, skipping the covering letter and blank pages", () => {
    const letter = page("Dear Member\nCABINET - THURSDAY, 13 MARCH 2025\nPlease find enclosed the documents for Item 4, which were not available when the agenda was published.\nYours sincerely", 1);
    const blank = page("This page is intentionally left blank", 2);
    const report = page("Report to: Cabinet\nReport of: Director of Finance\nSubject: Fees and charges 2025/26\nSummary\nThis report sets out the proposed fees.\nRecommendations\nCabinet is asked to approve the fees.", 3);
    const v = classifyDocument([letter, blank, report]);
    expect(v.documentType).toBe("report");
    expect(v.notExpected).toEqual(["decisionDate"]);
  });

  it("reads OCR words when a page has no text layer", () => {
    const words = MINUTES.split("\n").flatMap((line, row) =>
      line.split(" ").map((text, col) => ({ text, box: { x: 0.1 + col * 0.05, y: 0.05 + row * 0.03, w: 0.04, h: 0.012 } })),
    );
    const v = classifyDocument([{ number: 1, text: "", words }]);
    expect(v.documentType).toBe("minutes");
    expect(v.notExpected).toEqual(["reference", "decisionDate", "recommendations", "headlineAmount", "decisionMaker"]);
  });

  it("falls back to other with low confidence when nothing matches", () => {
    const v = classifyDocument([page("Some notes about the weather in spring.")]);
    expect(v.documentType).toBe("other");
    expect(v.documentTypeConfidence).toBeLessThan(0.5);
  });

  it("types a decisions page by its own heading, a banner ending on 'Decision' and a bare decision number", () => {
    const body = "The Commissioner has agreed to fund the service for a further year.\nThe cost will be met from the Community Safety Fund.";
    for (const head of ["Police and Crime Commissioner for Northshire\nDecisions of public interest\nReference Number: 000835", "Police and Crime Commissioner for Northshire – Decision\nNotice", "Police and Crime Commissioner for Northshire\nDecision 2021-00263176", "Decisions published 08/05/2021 - 22/05/2021\nNorthway Borough Council"])
      expect(classifyDocument([page(`${head}\nFunding for the Youth Service\n${body}`)]).documentType).toBe("decision");
  });

  it("gives decisions no notExpected fields", () => {
    expect(classifyDocument([page(DECISION)]).notExpected).toEqual([]);
  });
});

describe("page-lines helpers", () => {
  it("counts rows of figures, not years or page ranges", () => {
    expect(figureRowShare(pageLines(page(BUDGET)))).toBeGreaterThan(0.5);
    expect(figureRowShare(pageLines(page("3. Budget 2025 2026 2027 (Pages 1 - 18)")))).toBe(0);
  });

  it("spots wrapper pages", () => {
    expect(isWrapperPage(["This page is intentionally left blank"])).toBe(true);
    expect(isWrapperPage(pageLines(page(MINUTES)))).toBe(false);
  });
});
