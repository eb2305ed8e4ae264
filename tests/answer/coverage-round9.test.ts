// The coverage decision on an analyst's Slack wording (issue #12), round 9: a request with no
// question mark opened by a lead-in naming its format ("timeline slide, one line each: …"), a
// format modifier with a count ("a 3-bullet brief"), a question asking what is NOT known ("what
// don't we know…? the gaps"), and a person named in full where the sources use the surname. Each
// in-scope request here was refused, or answered without what it asks, before its rule.
import { describe, expect, it } from "vitest";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyzeQuestion, questionContent } from "../../src/search/question.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";
import { makeDocument, smallCorpusOf } from "./fixtures.ts";

const NOTES: Record<string, string> = {
  "notes/report.md": note("The guild's harbour report", [
    "**Date.** The guild's blog post, dated 6 May 2012, describes the harbour report as issued that day. The guild's secretary announced the report on the harbour list. [1]",
    "**Related guild outputs.** The guild's newsletter ran an item on the harbour report. Its resource page listed a longer harbour report and a summary. [2]",
    "**Audience.** The secretary called the harbour report a short paper for pilots attending regional meetings. [1]",
    "**Not established.** The following could not be confirmed: the report's page count and section structure, and which port plans it analysed. [2]",
  ]),
  "notes/opening.md": note("Opening signals", [
    "**Opening.** At the opening ceremony, Secretary-General Marguerite Oyelaran addressed the delegates. [1]",
  ]),
  "notes/people.md": note("Fishing quotas at the harbour conference", [
    "**Her framing.** Throughout, Oyelaran insisted that the harbour conference could not give the guild regulatory powers over fishing quotas. [2]",
  ]),
  "notes/outcome.md": note("The harbour conference outcome", [
    "**Outcomes.** The harbour conference adopted a revised pilotage code, but not by consensus. According to the guild, 41 of the 60 eligible ports signed it. The new code contains a safety article and a non-binding resolution on fishing quotas. [1]",
    "**Signature count.** On 14 May, 41 ports signed the harbour code. [2]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo } = notesAppContext("wcit-coverage9-", NOTES);

describe("a request opened by a lead-in naming its format, with no question mark", () => {
  it("reads the lead-in as an instruction: 'timeline slide, one line each: …'", () => {
    const a = analyzeQuestion(
      "timeline slide, one line each: key dates from the run-up to Dubai through the aftermath",
    );
    expect(a.content).toBe("key dates from the run-up to Dubai through the aftermath");
    expect(a.instructions).toContain("timeline slide, one line each");
    expect(a.kind).toBe("list");
  });

  it("reads 'Quick profile for a slide: …, bulleted' as a list request on what follows", () => {
    const a = analyzeQuestion(
      "Quick profile for a slide: the main things Touré did or said around WCIT, bulleted",
    );
    expect(a.content).toBe("the main things Touré did or said around WCIT");
    expect(a.kind).toBe("list");
  });

  it("keeps a lead-in that names a topic: 'Article 5B: the main criticisms'", () => {
    expect(analyzeQuestion("Article 5B: the main criticisms").content).toBe(
      "Article 5B: the main criticisms",
    );
    expect(analyzeQuestion("WCIT-12 slide: the main outcomes").content).toBe(
      "WCIT-12 slide: the main outcomes",
    );
  });

  it("answers such a request the plain wording answers", async () => {
    const answer = await answerTo(
      "Quick profile for a slide: the main things Oyelaran did or said around the harbour conference, bulleted",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Oyelaran insisted");
  });
});

describe("an instruction ending a clause that a dash continues", () => {
  it("is not content: '… for a policy audience - who was that?'", () => {
    const a = analyzeQuestion(
      "Somebody boiled the delegation's objection down to one line for a policy audience - who was that?",
    );
    expect(a.instructions).toContain("for a policy audience");
    expect(a.content).toBe(
      "Somebody boiled the delegation's objection down to one line - who was that?",
    );
  });

  it("leaves a clause ending in content alone: '… in Dubai - and why?'", () => {
    const a = analyzeQuestion("What did the delegation say in Dubai - and why?");
    expect(a.instructions).toEqual([]);
  });
});

describe("a look the asker accepts ('bullets fine')", () => {
  it("is an instruction at the end or the start", () => {
    expect(
      analyzeQuestion("pull together everything the guild said about how it ended, bullets fine")
        .content,
    ).toBe("everything the guild said about how it ended");
    expect(analyzeQuestion("a list is ok: what did the guild say?").content).toBe(
      "what did the guild say?",
    );
  });

  it("lets a request on one name be answered", async () => {
    const answer = await answerTo(
      "pull together everything Oyelaran said about the harbour conference, bullets fine",
    );
    expect(answer.coverage).not.toBe("none");
  });
});

describe("a count joined to a format ('a 3-bullet brief for a minister on …')", () => {
  it("is an instruction, not content", () => {
    const a = analyzeQuestion(
      "draft a 3-bullet brief for a minister on what the ITRs cover and don't cover",
    );
    expect(a.content).toBe("what the ITRs cover and don't cover");
    expect(a.kind).toBe("list");
  });
});

describe("a question asking what is NOT known", () => {
  it("asks about what is known, as a list of the gaps", () => {
    const a = analyzeQuestion("What don't we actually know about the paper? Give me the gaps.");
    expect(a.asksIfKnown).toBe(true);
    expect(a.kind).toBe("list");
    expect(
      analyzeQuestion(
        "list what we can't say for sure about who has signed, i.e. the open questions",
      ).asksIfKnown,
    ).toBe(true);
    expect(questionContent("what's still unverified about who signed?").asksUnknown).toBe(true);
  });

  it("not where a source's word for a flaw is asked about ('which provisions were unclear?')", () => {
    expect(analyzeQuestion("Which provisions were unclear?").asksIfKnown).toBe(false);
    expect(analyzeQuestion("Why couldn't they confirm the date?").asksIfKnown).toBe(false);
    expect(questionContent("What did the report say?").asksUnknown).toBe(false);
  });

  it("is answered with what the sources say could not be confirmed", async () => {
    const answer = await answerTo(
      "What don't we actually know about the guild's harbour report? Give me the gaps.",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("could not be confirmed");
  });
});

describe("a person named in full where the sources use the surname", () => {
  it("is met by the surname: 'Marguerite Oyelaran' where a paragraph says 'Oyelaran insisted…'", async () => {
    const answer = await answerTo("what was Marguerite Oyelaran's line?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Oyelaran");
  });

  it("gives a given name its surname as another way of saying it, not a body's first word", () => {
    const alternativesOf = (question: string, word: string) =>
      keyTermsOf(question).find((k) => k.term === word)?.alternatives ?? [];
    expect(alternativesOf("what was Hamadoun Touré's line?", "hamadoun")).toContainEqual(["tour"]);
    expect(alternativesOf("What did Arab States propose on spam?", "arab")).not.toContainEqual([
      "state",
    ]);
    expect(alternativesOf("What did the Arab States propose?", "arab")).not.toContainEqual([
      "state",
    ]);
    expect(alternativesOf("What did South Africa propose?", "south")).not.toContainEqual([
      "africa",
    ]);
  });
});

describe("a count of a thing the corpus never names", () => {
  const doc = makeDocument({ id: "note", title: "The leak site" });
  const texts = [
    "Two researchers launched the leak site in mid-2012. Around the time of the conference they said the site had published 74 documents.",
    "Nothing else here.",
  ];
  const { judgeAs } = smallCorpusOf(doc, texts);
  const judge = (question: string) => judgeAs(question, "number");

  it("is refused though the place holds a number: 'how many visitors…'", () => {
    expect(
      judge("roughly how many visitors did the leak site get during the conference?").covered,
    ).toBe(false);
  });

  it("while a count of a thing it names, or clips ('docs'), is answered", () => {
    expect(judge("how many documents had the leak site published?").covered).toBe(true);
    expect(judge("how many docs had the leak site published?").covered).toBe(true);
  });
});
