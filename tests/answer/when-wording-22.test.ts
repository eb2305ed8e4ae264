// When questions typed as analysts type them (issue #12) that were refused although the sources
// state the date: "what month did X own up to…" read "month" as a thing X owned; "when was it
// pulled?" and "anything clashing with union law" used words no source writes ("withdrawn",
// "conflicts with", "legal"); "need it for a timeline slide" turned one date into a timeline.
// A date the sources do not give is still refused.
import { describe, expect, it } from "vitest";
import { readQuestionDemands } from "../../src/answer/coverage-demands.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { analyzeQuestion } from "../../src/search/question.ts";
import { briefingNote } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const TALKS = briefingNote("The fisheries pact talks of 2018", [
  "**The bloc text.** Around 3–4 May a bloc text leaked. It was listed as coming from the northern states and amounted to a rewrite of the quota annex. Norland publicly denied ever supporting it. On 6 May the Chair said it was off the table, and the secretariat reported it withdrawn. [1]",
  "**The director's response.** On 20 June 2018 Director Ana Ruíz told the committee that some delegates had misrepresented the quota proposals. She acknowledged that the annex draft had leaked and said she would ask the board to publish it. [2]",
  "**Port inspections.** Port inspections were left to each coastal state under the 2001 pact. [4]",
]);

const ingested = notesEngine("wcit-when-wording-", { "notes/talks.md": TALKS });

describe("when questions in a staffer's wording", () => {
  it("reads 'pulled' as the text's withdrawal", async () => {
    const answer = await ingested.engine.answer("When was the bloc text pulled?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("On 6 May");
  });
});

describe("a noun of time after the question word", () => {
  const ownerOf = (question: string) =>
    readQuestionDemands(keyTermsOf(question), [], analyze, { expected: "date", question }).owner;

  it("asks when, not for a thing the name after it owns", () => {
    expect(ownerOf("what month did Ruiz own up to the annex draft having leaked?")).toBeUndefined();
    expect(ownerOf("Which year did Norland file its quota paper?")).toBeUndefined();
  });

  it("still leaves an asked thing its owner", () => {
    expect(ownerOf("What reason did Norland give for leaving the talks?")).toBe("Norland");
  });
});

describe("a timeline slide named as where the answer goes", () => {
  it("leaves a when question asking one date", () => {
    const one = analyzeQuestion(
      "what month did Ruiz own up to the draft having leaked? need it for a timeline slide",
    );
    expect(one.kind).toBe("when");
    expect(one.wantsList).toBe(false);
  });

  it("still asks for a timeline where the request is the list", () => {
    const list = analyzeQuestion(
      "for a timeline slide: the big moments from the annex leak to the signing, with dates",
    );
    expect(list.wantsList).toBe(true);
  });
});
