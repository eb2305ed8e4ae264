import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/search/question.ts";
import { briefingNote as note } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/preparation.md": note("The road to Dubai", [
    "**Earlier review work.** The preparatory process for the Dubai conference started with Resolution 146 of the 2006 Plenipotentiary Conference in Antalya. [1]",
    "**The Council Working Group.** In 2009 the Council set up a working group, CWG-WCIT12, to prepare the conference. It collected member proposals into temporary documents. [2]",
    "**Final steps.** Briefing sessions for delegates took place in Geneva in October 2012. [1]",
  ]),
  "notes/proposals.md": note("National proposals", [
    "**India.** India submitted Document 21 to WCIT-12 on 3 November 2012. It was prepared through national stakeholder consultation and keyed to the draft text. [1]",
    "**China.** China submitted a contribution proposing new articles on network and information security. India and Brazil did not join it. [2]",
    "**Spam.** India still supported a spam provision in Dubai. [1]",
  ]),
  "notes/cybercrime.md": note("Cybercrime context", [
    "**The existing treaty.** The Budapest Convention was the only binding cybercrime instrument in 2012. India stayed outside it. [1]",
    "**Outcome.** The revised ITRs contain no cybercrime provisions. [2]",
  ]),
  "notes/outcome.md": note("The Dubai outcome", [
    "**Key provisions.** The Chair's package added a paragraph on human rights to the preamble. The key element of the security compromise was the word robustness. [1]",
    "**Signature count.** On 14 December 2012, 89 Member States signed the Final Acts. [2]",
  ]),
};

const { answerTo: ask } = notesAppContext("wcit-round7-", NOTES);

describe("a writing venue before the format asked for", () => {
  it("is an instruction word, not content", () => {
    expect(
      analyzeQuestion("Draft a short briefing paragraph on the preparatory process").content,
    ).toBe("the preparatory process");
    expect(analyzeQuestion("Give me press bullets on Article 5B").content).toBe("Article 5B");
  });

  it("keeps a topic word before the format: 'campaign talking points' stays about the campaign", () => {
    expect(analyzeQuestion("Give me the civil-society campaign talking points").content).toMatch(
      /campaign/,
    );
  });

  it("lets the request be answered from the passage on the topic", async () => {
    const answer = await ask(
      "Draft a short briefing paragraph on the preparatory process that led to the Dubai conference",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/Resolution 146|CWG-WCIT12/);
  });

  it("still refuses a topic the corpus lacks", async () => {
    const answer = await ask(
      "Draft a short briefing paragraph on the Asia-Pacific Telecommunity's proposals",
    );
    expect(answer.coverage).toBe("none");
  });
});

describe("a part noun asked for ('the main elements of…')", () => {
  it("is met by a passage stating the rest of the question", async () => {
    const answer = await ask("What were the main elements of India's proposals for WCIT-12?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/Document 21/);
  });

  it("does not carry a question whose subject the corpus lacks", async () => {
    const answer = await ask("What were the main elements of Chile's proposals for WCIT-12?");
    expect(answer.coverage).toBe("none");
  });
});
