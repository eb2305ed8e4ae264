// A question may ask for a role or a kind the corpus never writes ("Which ACADEMIC warned…",
// "Which OUTLETS reported…", "What SHARE of…") while the corpus gives a name or figure of that
// kind ("Mueller warned…", "Techdirt summarised…", "60 per cent"): the name or figure meets the
// asked noun (issue #12). Near misses, where no such name or figure stands with the rest of the
// question, stay refused.
import { describe, expect, it } from "vitest";
import { briefingNote } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const SECURITY = briefingNote("Security and anonymity before Dubai", [
  "**Sceptical views.** In June 2012 Milton Mueller warned that security was becoming the main excuse for proposals that would curb anonymity online. [1]",
  "**Spam filtering.** Advocates worried that the spam article could let operators filter content, though the final text left content out. [2]",
]);

const PAPER = briefingNote("The CDT cybersecurity paper", [
  "**The paper.** In September 2012 CDT published a paper on the cybersecurity proposals before the conference. [1]",
  "**Content reported by others.** Techdirt summarised the CDT paper's objections to harmonised data-retention rules a few days after it appeared. [2]",
]);

const SIGNATURES = briefingNote("Signatures in Dubai", [
  "**Coverage of the signers.** The ITU said the signatories held about 3.8 billion people, over 60 per cent of the world population. [1]",
  "**Walkout.** On 13 December 2012 the United States walked out of the final plenary and did not sign. [2]",
  "**The leak.** A draft of the treaty leaked in June through a website that two researchers ran. [1]",
  "**Show of hands.** The resolution on the Internet was adopted by a show of hands late at night. [2]",
]);

// The asked nouns stand elsewhere in the corpus, so they are words it uses (a word it never uses
// is the asker's wording and is spared): only a name or a figure can meet them where it answers.
const OUTREACH = briefingNote("Outreach by the secretariat", [
  "**Briefings.** The secretariat held a briefing for academic institutions and media outlets in Geneva, among them reporters for Techdirt, and each regional group had a share of the seats. [1]",
]);

const ingested = notesEngine("wcit-coverage-roles-", {
  "notes/security.md": SECURITY,
  "notes/paper.md": PAPER,
  "notes/signatures.md": SIGNATURES,
  "notes/outreach.md": OUTREACH,
});

describe("a role noun asks for a person's name", () => {
  it("answers 'which academic' with the person the corpus names", async () => {
    const answer = await ingested.engine.answer(
      "Which academic warned that security was becoming an excuse to curb anonymity?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Mueller");
  });

  it("refuses 'which journalist' where the passage names no person (near miss)", async () => {
    const answer = await ingested.engine.answer("Which journalist first reported the leak?");
    expect(answer.coverage).toBe("none");
  });

  it("refuses 'which academic' where the passage on the topic names no one (near miss)", async () => {
    const answer = await ingested.engine.answer(
      "Which academic warned that the spam article could let operators filter content?",
    );
    expect(answer.coverage).toBe("none");
  });
});

describe("a publication noun asks for a publication's name", () => {
  // The tagger reads "Techdirt" as a name only mid-sentence, as the outreach note writes it.
  it("answers 'which outlets' with the publication, though it opens the sentence", async () => {
    const answer = await ingested.engine.answer(
      "Which outlets reported on the objections in the CDT paper?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Techdirt");
  });

  it("refuses 'which newspaper' met only by a country's name (near miss)", async () => {
    const answer = await ingested.engine.answer(
      "Which newspaper reported the walkout from the final plenary?",
    );
    expect(answer.coverage).toBe("none");
  });
});

describe("a share asks for a percentage", () => {
  it("answers 'what share' with the percentage, written 'per cent'", async () => {
    const answer = await ingested.engine.answer(
      "What share of the world's population did the signatories hold?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("60 per cent");
  });

  it("refuses 'what percentage' where the passage gives no figure (near miss)", async () => {
    const answer = await ingested.engine.answer(
      "What percentage of the vote did the resolution on the Internet get?",
    );
    expect(answer.coverage).toBe("none");
  });
});
