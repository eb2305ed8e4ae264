// An ask that points back at the statement before it (issue #12): "Someone argued that the
// observer scheme had no budget. Who was that?" asks who argued what the statement says; read
// from "Who was that?" alone, the question named nothing and was refused.
import { describe, expect, it } from "vitest";
import { analyzeQuestion, askedWithReferents } from "../../src/search/question.ts";
import { briefingNote } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const REFUSAL = briefingNote("The northern bloc at the fisheries talks", [
  "**Refusal to sign.** On 14 May 2019 the northern bloc announced that it could not sign the pact. Its envoy, Ingrid Solberg, said the quota rules were too rigid. She objected that the observer scheme had no budget. [1]",
  "**Licence fees.** Licence fees were set by each coastal state under the 2001 pact. [2]",
]);

const ingested = notesEngine("wcit-points-back-", { "notes/refusal.md": REFUSAL });

describe("askedWithReferents", () => {
  it("reads a statement with the ask that points back at it", () => {
    expect(askedWithReferents("An envoy said the quota rules were too rigid. Who was that?")).toBe(
      "An envoy said the quota rules were too rigid. Who was that?",
    );
    expect(askedWithReferents("The bloc walked out in May. When did that happen?")).toContain(
      "walked out",
    );
    expect(askedWithReferents("The northern bloc refused to sign. Why did they refuse?")).toContain(
      "northern bloc",
    );
  });

  it("leaves out a statement the ask does not point back at", () => {
    expect(
      askedWithReferents(
        "We are briefing the board on the pact. Why did the northern bloc refuse?",
      ),
    ).toBe("Why did the northern bloc refuse?");
  });

  it("leaves out the asker's own situation, though the ask has a pronoun", () => {
    // "it" points past "we're prepping the board" at what the question names; read with it,
    // "prepping" and "board" were required and the question was refused.
    expect(
      askedWithReferents(
        "Context: we're prepping the board on the pact. What got the review going again after it stalled?",
      ),
    ).toBe("What got the review going again after it stalled?");
  });

  it("keeps the kind of the ask", () => {
    expect(
      analyzeQuestion("An envoy said the quota rules were too rigid. Who was that?").kind,
    ).toBe("who");
  });
});

describe("answering an ask that points back", () => {
  it("answers who said what the statement reports", async () => {
    const answer = await ingested.engine.answer(
      "An envoy objected that the observer scheme had no budget. Who was that?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Ingrid Solberg");
  });

  it("still refuses when the statement is about something the corpus lacks", async () => {
    const answer = await ingested.engine.answer(
      "An envoy objected that the whaling moratorium had no budget. Who was that?",
    );
    expect(answer.coverage).toBe("none");
  });
});
