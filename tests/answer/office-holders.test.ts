// A question naming a person by office ("the ABC chair") is answered by the passage naming them
// only by name, where the corpus introduces them with the office ("ABC Chairman Julius
// Smithers"): the coverage decision, the extractive answer's sentences, and a comparison whose
// sides are offices. Tuning half (604 questions): nugget recall 0.848 → 0.853, wrong refusals
// 26 → 24 of 485, out-of-scope refused 98 of 119 and answered "full" 0 unchanged.
import { describe, expect, it } from "vitest";
import { NOT_COVERED_TEXT } from "../../src/answer/limits.ts";
import { makeDocument, smallCorpusOf } from "./fixtures.ts";

const doc = makeDocument({ id: "notes/reactions.md", title: "Reactions abroad" });

/** An engine retrieving `texts` in order (best first), term weights from them (`smallCorpusOf`). */
const engineOn = (texts: readonly string[], fillers = 12) =>
  smallCorpusOf(doc, texts, fillers).engine();

const INTRODUCTION =
  "In November ABC Chairman Julius Smithers and XYZ head Larry Barnes argued for open networks.";
const REACTIONS =
  "Smithers said the outcome added a new layer of regulation instead of building networks. Barnes said the talks had kept the network out of the rules.";

describe("an office named in the question meets its holder's name", () => {
  it("answers 'the ABC chair' from the sentence naming Smithers only", async () => {
    const engine = engineOn([INTRODUCTION, REACTIONS]);
    const answer = await engine.answer("Why was the ABC chair unhappy with the outcome?");
    expect(answer.text).not.toBe(NOT_COVERED_TEXT);
    expect(answer.text).toContain("new layer of regulation");
  });

  it("reads a comparison's side named by office from its holder's sentence", async () => {
    const engine = engineOn([
      "The chair of the outcome panel and its boss said the same thing about the rules.",
      INTRODUCTION,
      "Smithers said the outcome added a new layer of regulation instead of building networks.",
      "Barnes said the talks had kept the network out of the rules.",
    ]);
    const answer = await engine.answer(
      "ABC chair vs the XYZ boss after the outcome: were they saying the same thing?",
    );
    expect(answer.text).toContain("new layer of regulation");
    expect(answer.text).toContain("Barnes");
  });

  it("does not stand for an office the texts give no one", async () => {
    const engine = engineOn([INTRODUCTION, REACTIONS]);
    const answer = await engine.answer("Why was the QRS chair unhappy with the outcome?");
    expect(answer.text).toBe(NOT_COVERED_TEXT);
  });

  // Without this guard, out-of-scope refused fell 98 → 97 of 119 on the tuning half ("How did the
  // ITU Secretary-General respond to…" met by "…fell short of Touré's recommendations").
  it("leaves the office of the corpus's own topic organisation to be said", async () => {
    // "ABC" in over a third of the passages: the corpus's topic, its office-holders everywhere.
    const engine = engineOn(
      [INTRODUCTION, "The ABC met in May.", "ABC members voted.", REACTIONS],
      0,
    );
    const answer = await engine.answer("Why was the ABC chair unhappy with the outcome?");
    expect(answer.text).toBe(NOT_COVERED_TEXT);
  });
});
