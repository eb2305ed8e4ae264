// Near misses of the coverage decision (issue #12): questions whose words a passage holds while it
// does not hold the thing asked. Each near miss here was answered before its rule, and the
// in-scope twin beside it, of the same shape, must still be answered; the reason-noun rule runs the
// other way (its in-scope question was refused before it; its near miss must stay refused).
import { describe, expect, it } from "vitest";
import { onlyListsName } from "../../src/answer/evidence.ts";
import { briefingNote } from "../support/corpus-builder.ts";
import { notesEngine, starterEngine, starterGlossary } from "../support/extractive-engine.ts";

const REFUSAL = briefingNote("The United States and the signing in Dubai", [
  "**Refusal to sign.** On 13 December 2012 Ambassador Terry Kramer announced that the United States would not sign the revised treaty, because it reached into Internet governance and content. Delegations including the UK, Canada, Finland, Norway, New Zealand and Poland then either declared they would not sign or reserved their position. [1]",
  "**Reactions.** The FCC chairman said the outcome added a layer of international regulation instead of expanding networks. [2]",
]);

const CONVENTION = briefingNote("The cybercrime convention backdrop", [
  "**The existing treaty.** The only binding cybercrime treaty in 2012 was the Budapest Convention, in force since 2004. Russia refused to join the convention, citing sovereignty, and later joined China, Tajikistan and Uzbekistan in asking for a code of conduct. [1]",
  "**Spam elsewhere.** The standardization assembly's Resolution 52 lists legislation, technical measures and cooperation as the main ways of fighting spam. [2]",
]);

const SIGNING = briefingNote("The signing and the review", [
  "**Signature count.** On 14 December 2012 Kenya, Ghana and Brazil signed the 2012 ITRs in Dubai, with most other African delegations. [1]",
  "**Debriefing.** A delegate from Egypt, in a 2013 debriefing, listed the contents of the 2012 ITRs: a preamble, ten articles, two appendices and five resolutions. [2]",
  "**Entry into force.** For signatories, the 2012 ITRs were to enter into force provisionally on 1 January 2015. [1]",
  "**Expert group.** In 2018 the expert group's report recommended keeping the two treaty versions side by side. [1]",
  "**Still under review.** Council 2023 gave the expert group new terms of reference on emerging issues. A final report of the expert group was due to Council 2026. [2]",
]);

const REVIEW = briefingNote("The review after Dubai", [
  "**Revived.** Resolution 146 (Rev. Bucharest, 2022) of the Plenipotentiary told the Secretary-General to reconvene the expert group on the treaty. [1]",
]);

/** Notes by name (name → text), as the files `notes/<name>.md`. */
function notesByName(notes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(notes).map(([n, text]) => [`notes/${n}.md`, text]));
}

// The starter corpus, for rules that turn on its word weights ("justification" a required term)
// or on the words it never uses ("retail", "cap").
const starter = starterEngine("wcit-coverage-nearmiss-");
// Written notes, each its own manifest entry (`note-<name>`), with the starter's glossary.
const ingested = notesEngine(
  "wcit-coverage-nearmiss-",
  notesByName({ refusal: REFUSAL, convention: CONVENTION, signing: SIGNING, review: REVIEW }),
  { idPrefix: "note-", glossary: starterGlossary() },
);

describe("onlyListsName", () => {
  const listed =
    "Delegations including the UK, Canada, Finland, New Zealand and Poland then declared they would not sign.";

  it("is true for a name that stands only inside a list of three or more names", () => {
    expect(onlyListsName(listed, "New Zealand")).toBe(true);
    expect(onlyListsName(listed, "Poland")).toBe(true);
  });

  it("is false for the subject of a sentence that also lists others, and for a name not there", () => {
    const subject = "Russia refused to join, and later joined China, Tajikistan and Uzbekistan.";
    expect(onlyListsName(subject, "Russia")).toBe(false);
    expect(onlyListsName(listed, "Sweden")).toBe(false);
  });
});

describe("the asked thing must be the named one's own", () => {
  it("refuses a reason asked of a delegation that is only one name in a list", async () => {
    const answer = await ingested.engine.answer(
      "What reason did New Zealand give for refusing to sign the revised treaty?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("refuses reservations asked of a delegation that is only one name in a list", async () => {
    const answer = await ingested.engine.answer(
      "Which reservations did Poland attach when it signed the revised treaty?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("answers a reason asked of the one who gave it (in-scope twin)", async () => {
    const answer = await ingested.engine.answer(
      "What reason did Kramer give for refusing to sign the revised treaty?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Internet governance and content");
  });

  it("answers a reason asked of a name that is the subject, though a list follows it", async () => {
    const answer = await ingested.engine.answer(
      "What reason did Russia give for refusing to join the Budapest Convention?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("sovereignty");
  });
});

describe("a year the question asks about must stand with what happened in it", () => {
  it("refuses a signing asked of a year the passage gives only to a debriefing", async () => {
    const answer = await ingested.engine.answer(
      "Which countries signed the 2012 ITRs later on in 2013?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("answers a signing asked of the year the passage gives it (in-scope twin)", async () => {
    const answer = await ingested.engine.answer(
      "Which countries signed the 2012 ITRs in December 2012?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Kenya");
  });

  it("reads a year that opens a name as a label, not as the time asked about", async () => {
    const answer = await ingested.engine.answer("When did the 2012 ITRs enter into force?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("1 January 2015");
  });

  it("refuses what a report recommended when the passage only says it was due that year", async () => {
    const answer = await ingested.engine.answer(
      "What did the expert group's 2026 report recommend?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("answers what a report of a year recommended when the passage says it (in-scope twin)", async () => {
    const answer = await ingested.engine.answer(
      "What did the expert group's 2018 report recommend?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("side by side");
  });
});

describe("what a decision was about must be where the decision is", () => {
  it("refuses a decision asked about a topic the decision's passage never names", async () => {
    const answer = await ingested.engine.answer(
      "What did the 2022 Bucharest Plenipotentiary decide about spam?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("answers a decision asked about what the passage says it decided (in-scope twin)", async () => {
    const answer = await ingested.engine.answer(
      "What did the 2022 Bucharest Plenipotentiary decide about the expert group?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("reconvene the expert group");
  });
});

describe("an asked reason noun is met by the grounds given", () => {
  it("answers the justification someone gave in a sentence giving grounds", async () => {
    const answer = await starter.engine.answer(
      "What justification did Kramer give for opposing spam language in the treaty?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("other speech");
  });

  it("still refuses a justification asked of one the corpus gives none", async () => {
    const answer = await starter.engine.answer(
      "What justification did Sweden offer for opposing Resolution PLEN/3?",
    );
    expect(answer.coverage).toBe("none");
  });
});

describe("a compound whose head and a modifier the corpus never uses", () => {
  it("refuses a retail price cap where the corpus has only roaming prices", async () => {
    const answer = await starter.engine.answer(
      "What retail price cap on roaming did CITEL propose?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("answers a compound with one word of the asker's own (in-scope twin)", async () => {
    const answer = await starter.engine.answer("What fair compensation scheme did ETNO propose?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("sending-party-network-pays");
  });
});

describe("the words picking out the things asked (fifteenth session)", () => {
  it("refuses a class whose picking word no window of its noun meets", async () => {
    const answer = await starter.engine.answer(
      "Which activist groups campaigned around the 2013 policy forum, WTPF-13?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("refuses a class whose picking word the corpus never uses", async () => {
    const answer = await starter.engine.answer(
      "which ITU-T study groups got follow-up work on spam after Dubai? list them",
    );
    expect(answer.coverage).toBe("none");
  });

  it("answers a class picked out by a word the sources use with it (in-scope twin)", async () => {
    const answer = await starter.engine.answer(
      "Which industry groups urged the Busan Plenipotentiary not to launch a cybersecurity treaty process?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("ITI");
  });

  it("answers a count whose noun's picking word the sources use (in-scope twin)", async () => {
    const answer = await starter.engine.answer(
      "How many petition signatures did Avaaz and the other groups hand over in Dubai?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/million/);
  });
});

describe("what a named person said needs a place naming them (fifteenth session)", () => {
  it("refuses what Touré said at an event the sources report without him", async () => {
    const answer = await starter.engine.answer("What did Touré say at the 2014 Busan conference?");
    expect(answer.coverage).toBe("none");
  });

  it("refuses what Genachowski said at the Busan Plenipotentiary", async () => {
    const answer = await starter.engine.answer(
      "What did Genachowski say at the 2014 Busan Plenipotentiary?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("answers what Kroes said where the sources quote her (in-scope twin)", async () => {
    const answer = await starter.engine.answer(
      "What did Kroes say about the Dubai security and spam provisions?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("undesirably vague");
  });
});

describe("the asked things must stand in the named one's own sentence", () => {
  // A note whose title does not name the one asked about: only "He listed…" can be his.
  const closing = notesEngine(
    "wcit-coverage-nearmiss-closing-",
    notesByName({
      closing: briefingNote("The closing night in Dubai", [
        "**The announcement.** Late on 13 December Kramer spoke for the US delegation. He listed three grievances with the text: spam, cybersecurity and Internet governance. [1]",
        "**The vote.** Earlier, Iran requested a vote on a sentence about the right of access. It passed 77 to 33. [2]",
      ]),
      signing: SIGNING,
      review: REVIEW,
      refusal: REFUSAL,
      convention: CONVENTION,
    }),
    { idPrefix: "note-" },
  );

  it("refuses the treaties asked of one whose sentence names none", async () => {
    const answer = await starter.engine.answer(
      "Which human-rights treaties did Iran invoke when it asked for the vote?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("answers the issues asked of one whose next sentence names them (in-scope twin)", async () => {
    const answer = await starter.engine.answer(
      "Which issues did Kramer name as dividing the conference?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("dividing issues");
  });

  it("takes a sentence opening with a referent as the owner's (in-scope twin)", async () => {
    const answer = await closing.engine.answer("Which grievances did Kramer list?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("three grievances");
  });
});
