// Questions asking what a document or organisation argues as a whole (issue #12): "What was
// CDT's position on…", "What does the CDT paper say?", "What did CDT's paper argue?". A note on a
// paper gives its identification, date and authors in paragraphs sharing every word of such a
// question; the answer comes from the paragraphs stating its case, a stance noun ("position") is
// met by the case in any words, and a document or organisation the corpus does not hold is still
// refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { type IngestedEngine, ingestStarter } from "../support/extractive-engine.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/paper.md": note("The CDT paper on security proposals (September 2012): what is known", [
    '**Identification.** The announcement links to a PDF at cdt.org/files/pdfs/Security_Proposals.pdf. CDT\'s website lists the paper under the title "Security Proposals". The full text of the PDF was not available to this research. [1]',
    "**Date.** The blog post, dated 6 September 2012, describes the paper as issued today. CDT announced it to a mailing list the next day. [2]",
    "**Authors and audience.** The announcement attributed the paper to CDT's security team and called it a short paper on the proposals. It was meant for NGOs attending regional meetings. [2]",
    "**Arguments and recommendations.** CDT's blog post gives the paper's overall thesis. Security is a poor fit for centralised, government-dominated policymaking. The field needs agility, and fixes are more likely to come from multi-stakeholder efforts. The agency should therefore endorse existing standards work and remain one venue among many. [1]",
  ]),
  "notes/operators.md": note("Operators and sender pays", [
    "**The operators' proposal.** The operators' association ETNO proposed a sender-pays model for international traffic. The US opposed ETNO's sender-pays idea, and LIRNEasia called it incoherent. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-document-content-", NOTES);

async function ask(question: string) {
  return app.ctx.engine.answer(question, { forceExtractive: true });
}

describe("a document's content is asked", () => {
  it("answers an organisation's position from what its paper argues", async () => {
    const answer = await ask("What was CDT's position on the security proposals?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("poor fit");
  });

  it("leads 'what does the paper say' with its arguments, not its identification", async () => {
    const answer = await ask("What does the CDT paper say?");
    expect(answer.text.startsWith("CDT's blog post gives the paper's overall thesis.")).toBe(true);
    expect(answer.text).not.toContain("links to a PDF");
    expect(answer.text).not.toContain("dated 6 September");
  });

  it("answers what the paper argued from its arguments, not its authors", async () => {
    const answer = await ask("What did CDT's paper argue?");
    expect(answer.text).toContain("multi-stakeholder");
    expect(answer.text).not.toContain("attributed the paper");
  });
});

describe("a document or a view the corpus does not hold is still refused", () => {
  it("refuses the position of an organisation it never names", async () => {
    expect((await ask("What was Google's position on the security proposals?")).coverage).toBe(
      "none",
    );
  });

  it("still asks the stance noun of a country, which is not a document", async () => {
    expect((await ask("What was Egypt's position on the sender-pays proposal?")).coverage).toBe(
      "none",
    );
  });
});

describe("on the starter corpus", () => {
  let starter: IngestedEngine;
  beforeAll(async () => {
    starter = await ingestStarter("wcit-document-content-");
  }, 30_000);
  afterAll(() => starter?.close());
  const askStarter = (question: string) =>
    starter.engine.answer(question, { forceExtractive: true });

  it("answers CDT's position from the paper's arguments", async () => {
    const answer = await askStarter("What was CDT's position on the ITU cybersecurity proposals?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("multi-stakeholder");
  });

  it("leads 'What does the CDT paper say?' with its thesis, not where its PDF is", async () => {
    const answer = await askStarter("What does the CDT paper say?");
    expect(answer.text.startsWith("The blog post gives the paper's overall thesis.")).toBe(true);
    expect(answer.text).not.toContain("links to a PDF");
  });

  it("refuses CDT's position on a proposal the corpus records no CDT view of", async () => {
    const answer = await askStarter("What was CDT's position on ETNO's sender-pays proposal?");
    expect(answer.coverage).toBe("none");
  });

  it("refuses CDT's position on a topic its paper's note never states", async () => {
    const answer = await askStarter("What was the position taken in CDT's letter on roaming?");
    expect(answer.coverage).toBe("none");
  });

  it("refuses CDT's position on the Budapest Convention, named only in a note's title", async () => {
    const answer = await askStarter("What was CDT's position on the Budapest Convention?");
    expect(answer.coverage).toBe("none");
  });

  it("refuses CEPT's view of the Internet resolution, which its section gives as others'", async () => {
    const answer = await askStarter("What view did CEPT take of the Internet resolution?");
    expect(answer.coverage).toBe("none");
  });

  it("refuses the paper of an organisation the corpus names only in other words", async () => {
    const answer = await askStarter("What does the Internet Society's WCIT briefing paper say?");
    expect(answer.coverage).toBe("none");
  });
});
