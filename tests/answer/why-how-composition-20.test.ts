// Why, how and when answers in fresh wording (why20): a lower passage's sentence saying again what
// the answer quotes from a better one no longer takes the room of the grounds asked for ("How did
// Washington justify keeping cyber security out of the treaty?" repeated the US proposal in the
// cybercrime note's words and lost "He said a treaty is too broad, rigid and slow…"); a short how
// answer reads on in a further passage's paragraph ("The US also opposed ETNO's … idea." then "In
// October 2012 Kramer said ETNO's chairman had signalled the proposal would likely be
// withdrawn."); a why answer's best passage, cut to the sentences naming the question, goes on from
// a quoted reason to the ground after it ("The more data is held, … the greater the risk."); and a
// day
// named by its ordinal before a dash is read as its number ("…couldn't sign on the 13th - what
// exactly was he objecting to?" had been refused for "13th", a word no source writes).
import { describe, expect, it } from "vitest";
import { type AnswerShape, composeExtractive, DESCRIBE } from "../../src/answer/extractive.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { withoutShorthand } from "../../src/search/question-shorthand.ts";
import { refusesEach } from "../support/coverage-cases.ts";
import { starterEngine } from "../support/extractive-engine.ts";
import { labelledPassage as labelled, makeDocument } from "./fixtures.ts";

describe("a lower passage restating a quoted point", () => {
  const portNote = makeDocument({ id: "note-port", title: "The port authority and the toll" });
  const tollNote = makeDocument({ id: "note-toll", title: "Tolls at the harbour conference" });
  const proposal = labelled(
    portNote,
    2,
    "Formal proposals",
    "As reported by Harbour Weekly, the port authority's proposal urged the conference to favour open docks. It sought to keep pilotage, dredging and customs out of the harbour code.",
    1,
  );
  const restating = labelled(
    tollNote,
    5,
    "Northern ports' line",
    "The port authority's proposal, as reported by Harbour Weekly, likewise sought to keep pilotage, dredging and customs out of the harbour code. Harbour Weekly counted 14 ports backing the proposal in Lisbon.",
    0.6,
  );
  const how: AnswerShape = { ...DESCRIBE, expected: "method" };
  const answerTo = (question: string, shape: AnswerShape) =>
    composeExtractive([proposal, restating], keyTermsOf(question), analyze, shape)?.sentences.map(
      (s) => s.text,
    ) ?? [];

  it("leaves out the restatement", () => {
    const texts = answerTo(
      "How did the port authority justify keeping pilotage out of the northern harbour code?",
      how,
    );
    expect(texts).toContain(
      "It sought to keep pilotage, dredging and customs out of the harbour code.",
    );
    expect(texts.some((t) => t.includes("likewise sought"))).toBe(false);
  });

  it("keeps a sentence that adds a name to the point", () => {
    const inLisbon = labelled(
      tollNote,
      5,
      "Northern ports' line",
      "The port authority's proposal in Lisbon, as reported by Harbour Weekly, likewise sought to keep pilotage, dredging and customs out of the harbour code.",
      0.6,
    );
    const texts =
      composeExtractive(
        [proposal, inLisbon],
        keyTermsOf(
          "How did the port authority justify keeping pilotage out of the northern harbour code?",
        ),
        analyze,
        how,
      )?.sentences.map((s) => s.text) ?? [];
    expect(texts.some((t) => t.includes("likewise sought"))).toBe(true);
  });

  it("keeps a who answer's restated sentence: it may be the plain answer", () => {
    const texts = answerTo("Who proposed keeping pilotage out of the northern harbour code?", {
      ...DESCRIBE,
      expected: "agent",
    });
    expect(texts.some((t) => t.includes("likewise sought"))).toBe(true);
  });
});

describe("a short how answer reading on in a further paragraph", () => {
  const guildNote = makeDocument({ id: "note-guild", title: "The pilots' guild and the toll" });
  const portNote = makeDocument({ id: "note-port-line", title: "The port authority's line" });
  const proposal = labelled(
    guildNote,
    3,
    "The toll idea",
    "The pilots' guild filed its toll idea on 6 June. It proposed that every foreign ship pay the guild's toll at the harbour mouth. Fishing crews called the toll incoherent.",
    1,
  );
  const portLine = labelled(
    portNote,
    2,
    "Formal proposals",
    "The port authority urged open docks for every ship. The port authority also opposed the guild's toll idea. In October its director said the guild's chairman had signalled the toll would likely be withdrawn. Norway's pilots kept their own fees.",
    0.8,
  );

  it("gives the next sentence naming what the quoted one named", () => {
    const texts =
      composeExtractive(
        [proposal, portLine],
        keyTermsOf("How did the port authority deal with the guild's toll idea?"),
        analyze,
        { ...DESCRIBE, expected: "method" },
      )?.sentences.map((s) => s.text) ?? [];
    const opposed = texts.indexOf("The port authority also opposed the guild's toll idea.");
    expect(opposed).toBeGreaterThanOrEqual(0);
    expect(texts[opposed + 1]).toBe(
      "In October its director said the guild's chairman had signalled the toll would likely be withdrawn.",
    );
    expect(texts).not.toContain("Norway's pilots kept their own fees.");
  });
});

describe("a why answer's long best passage going on from its reasons", () => {
  const guildNote = makeDocument({ id: "note-logs", title: "Log retention and the harbour code" });
  const logs = labelled(
    guildNote,
    4,
    "The southern log idea",
    "The southern regional input listed safety threats and fraud among its reasons for revising the harbour code. According to the pilots' guild's analysis, a southern proposal also imagined the harbour board helping to harmonise log-retention rules. National log-retention laws differ widely, and whether they should exist at all is disputed. Key choices about when captains may read retained logs, for example whether a court order is needed, are outside the harbour board's expertise. Retained logs can be reached by customs agencies or passed to foreign ports unless safeguards exist. The more logs are held, and the longer they are held, the greater the risk. A weekly paper attributes these arguments to the guild but does not name the guild's paper.",
    1,
  );

  it("gives the last ground, which names no word of the question", () => {
    const texts =
      composeExtractive(
        [logs],
        keyTermsOf(
          "What drove the pilots' guild's pushback on the southern idea of the harbour board harmonising log retention?",
        ),
        analyze,
        { ...DESCRIBE, expected: "reason" },
      )?.sentences.map((s) => s.text) ?? [];
    const reached = texts.indexOf(
      "Retained logs can be reached by customs agencies or passed to foreign ports unless safeguards exist.",
    );
    expect(reached).toBeGreaterThanOrEqual(0);
    expect(texts[reached + 1]).toBe(
      "The more logs are held, and the longer they are held, the greater the risk.",
    );
  });
});

describe("a day's ordinal before a dash", () => {
  it.each([
    [
      "what did he say on the 13th - was it a walkout?",
      "what did he say on the 13 - was it a walkout?",
    ],
    ["after the 12th — who objected?", "after the 12 — who objected?"],
  ])("reads %s as %s", (typed, read) => {
    expect(withoutShorthand(typed)).toBe(read);
  });

  it("leaves an ordinal hyphened to a noun as typed", () => {
    expect(withoutShorthand("what did the 19th-century rules say?")).toBe(
      "what did the 19th-century rules say?",
    );
  });
});

describe("a why question with a day's ordinal, on the starter corpus", () => {
  const starter = starterEngine("wcit-why20-");

  it("answers a reason asked with the day's ordinal before a dash", async () => {
    const answer = await starter.answerTo(
      "Kramer's reasoning when he said the US couldn't sign on the 13th - what exactly was he objecting to?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("out-of-scope proposals");
  });

  refusesEach(
    starter,
    [
      // The notes list Costa Rica among those not signing, never its reasons.
      "What drove Costa Rica to hold back its signature on the 13th?",
      // Germany was still consulting in Dubai; no later signature is reported.
      "How long after Dubai did Germany end up signing the 2012 ITRs?",
    ],
    "still refuses %s",
  );
});
