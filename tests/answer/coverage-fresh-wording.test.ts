// The coverage decision on questions in an analyst's own wording (issue #12, the fifteenth
// session's batch in-1070..in-1085): a date asked with a preposition ("On which day…"), met by the
// date a source gives; a phrase of time that only says "then" ("at the time"); a question asking
// two things, each told in its own place; a gerund naming a kind of noun ("the mailing list") and
// a quantifier standing for the subject ("where did each land?"), read as the tagger misses them;
// a claim framed by asking for evidence ("Any evidence…, or is that just rumour?"); and a count of
// a kind of name given by a list of the names. Each in-scope question here was refused before its
// rule; each near miss beside it must still be refused.
import { describe, expect, it } from "vitest";
import { verbWords } from "../../src/answer/question-predicates.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyzeQuestion } from "../../src/search/question.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/security.md": note("Security in the ITRs", [
    "**In Dubai.** CDT reported that security first came up on 5 December, during a discussion of quality of service. Delegations split between those who wanted no security language at all and those who wanted it at the centre of the treaty. [1]",
    "**Spam.** Delegations met again to discuss spam, and split as they had over security. [2]",
  ]),
  "notes/road.md": note("The road to Dubai", [
    "**Final steps.** Briefing sessions for delegates took place in Geneva on 8–9 October 2012. Member-state proposals to the conference itself were issued as Documents WCIT-12/1 onward. A secretariat compilation (DT/1, dated 30 November 2012) drew together the proposals published as Documents 1 to 32. [1]",
    "**Later venues.** Observers turned to the policy forum in Geneva and the Plenipotentiary in Busan. [2]",
  ]),
  "notes/paper.md": note("The CDT paper on cybersecurity", [
    "**Date.** Emma Llansó's blog post describes the paper as issued today. CDT's Kevin Bankston announced it to the Internet Rights and Principles list in a message timestamped early 8 September. [1]",
  ]),
  "notes/spam.md": note("Spam and the treaty", [
    "**Critics after Dubai.** The Czech delegation said bulk messaging is always about content that some find intrusive and others useful, and that governments should not regulate it through a treaty. [1]",
    "**Defenders after Dubai.** Richard Hill, formerly of the ITU secretariat, argued that the spam article is non-binding. [2]",
  ]),
  "notes/bloc.md": note("Internet governance at WCIT-12", [
    "**The RUC package.** Around 7–8 December a bloc text leaked. It was listed as coming from Russia, the UAE, China, Saudi Arabia, Algeria, Sudan and Egypt. Egypt publicly denied ever supporting it. [1]",
    "**Cybercrime.** Proposals on cybercrime raised questions about evidence, data retention and police cooperation. [2]",
    "**Signature count.** On 14 December 89 Member States signed the Final Acts. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-coverage-fresh-", NOTES);

describe("a date asked with a preposition before 'which day'", () => {
  it("asks when", () => {
    for (const q of [
      "On which day in Dubai was security first raised?",
      "By what date were proposals due?",
      "In which month did the Council decide?",
      "From what year did the 2012 ITRs apply?",
      "Which year did delegations meet?",
    ]) {
      expect(analyzeQuestion(q).kind, q).toBe("when");
    }
    expect(analyzeQuestion("On which grounds did CDT object?").kind).not.toBe("when");
  });

  it("is met by the date a source gives, which never says 'the day'", async () => {
    expect(
      await coverageOf("On which day in Dubai was security first raised on the floor?"),
    ).not.toBe("none");
  });

  it("meets the unit asked ('which month') with the date a sentence gives", async () => {
    expect(await coverageOf("Which month did security first come up?")).not.toBe("none");
  });

  it("still needs a date where the terms meet", async () => {
    expect(await coverageOf("On which day did delegations meet again to discuss spam?")).toBe(
      "none",
    );
    expect(await coverageOf("Which month did delegations meet again to discuss spam?")).toBe(
      "none",
    );
  });
});

describe("a phrase of time that only says 'then'", () => {
  it("names no topic", () => {
    const terms = (q: string) => keyTermsOf(q).map((k) => k.term);
    expect(terms("what were delegates talking about at the time?")).not.toContain("time");
    expect(terms("Who had the floor at that point, and by this stage who objected?")).not.toContain(
      "point",
    );
    expect(terms("How much time did delegates get to speak?")).toContain("time");
  });
});

describe("a question asking two things", () => {
  it("is answered where one ask is stated whole", async () => {
    expect(
      await coverageOf(
        "When did delegates get briefed in Geneva, and what date is on the secretariat's roundup of country proposals?",
      ),
    ).not.toBe("none");
  });

  it("is refused where neither ask is stated whole", async () => {
    expect(
      await coverageOf(
        "When were delegates briefed in Busan, and what date is on the secretariat's roundup of spam proposals?",
      ),
    ).toBe("none");
  });
});

describe("a gerund between a noun phrase's first words and its noun", () => {
  it("names a kind of the noun; it is no verb of the question", () => {
    const verbs = (q: string) => [...verbWords(q)];
    expect(
      verbs(
        "Who at CDT flagged the cyber paper to the Internet Rights and Principles mailing list?",
      ),
    ).not.toContain("mailing");
    expect(verbs("Who spoke at the opening ceremony?")).not.toContain("opening");
    expect(verbs("who was leaking documents?")).toContain("leaking");
  });

  it("is not an event the corpus must record in a who question", async () => {
    expect(
      await coverageOf(
        "Who at CDT flagged the cyber paper to the Internet Rights and Principles mailing list?",
      ),
    ).not.toBe("none");
  });

  it("leaves the question's own verb asked of", async () => {
    // "Elected" is no word of the corpus: the event is one it does not record.
    expect(
      await coverageOf("Who was elected to the Internet Rights and Principles mailing list?"),
    ).toBe("none");
  });
});

describe("a quantifier standing for the subject before a closing verb", () => {
  it("makes the closing word the verb ('where did each land?')", () => {
    expect([
      ...verbWords("The Czechs vs Richard Hill on the spam article: where did each land?"),
    ]).toContain("land");
  });

  it("so a comparison's closing verb is no noun its sources must name", async () => {
    expect(
      await coverageOf(
        "The Czechs vs Richard Hill on the bulk-messaging article: where did each land?",
      ),
    ).not.toBe("none");
  });
});

describe("asking whether the sources bear a claim out", () => {
  it("frames the claim, as 'is it accurate to say' does", () => {
    for (const q of [
      "Any evidence the Russians were behind the loophole, or is that just rumour?",
      "Is there any proof that Egypt backed the bloc text?",
      "Any truth to the claim that Egypt backed the bloc text?",
      "Is it safe to say Egypt backed the bloc text?",
      "Can we say Egypt backed the bloc text?",
      "Do the sources say Egypt backed the bloc text?",
    ]) {
      const read = analyzeQuestion(q);
      expect(read.checksClaim, q).toBe(true);
      expect(read.focus, q).not.toMatch(/evidence|proof|truth|safe|sources|rumour/i);
    }
    expect(
      analyzeQuestion("What evidence did the proposals on cybercrime raise?").checksClaim,
    ).toBe(false);
  });

  it("is answered where a source settles the claim", async () => {
    expect(
      await coverageOf("Any evidence that Egypt publicly denied it, or is that just rumour?"),
    ).not.toBe("none");
  });

  it("still needs the claim's act where its terms meet", async () => {
    // Sudan stands only in the list of the text's sponsors: its signing is nowhere.
    expect(
      await coverageOf("Any evidence Sudan signed the Final Acts, or is that just rumour?"),
    ).toBe("none");
  });
});

describe("a count of a kind of name", () => {
  it("is given by a list of such names, though no number stands there", async () => {
    expect(
      await coverageOf("How many governments were listed as backers of the bloc text that leaked?"),
    ).not.toBe("none");
  });

  it("is not given by a list where the thing counted is no kind of name", async () => {
    expect(
      await coverageOf("How many drafts were listed as backers of the bloc text that leaked?"),
    ).toBe("none");
  });
});
