// orph43: an answer's sentence pointing back by "this/these X" at nothing the answer states shows,
// in brackets in place of X, the words its passage names X with before it
// (bracketed-referent.ts, read in extractiveRest of engine.ts). The answer's sentences are not
// changed, only the orphan's X; and a near miss the rule must leave refused.
import { describe, expect, it } from "vitest";
import { withBracketedReferents } from "../src/answer/bracketed-referent.ts";
import type { ShownAnswer } from "../src/answer/orphan-count.ts";
import type { ScoredPassage } from "../src/types.ts";
import { makeDocument, makePassage } from "./answer/fixtures.ts";
import { shippedEngine } from "./support/extractive-engine.ts";

const CONSULTATION =
  "**The public consultation.** Organisations filed comments to the public list in November. " +
  "During the conference, attendees wrote to the Chair that these comments had no formal standing. [13]";
const LEAKS =
  "**The working documents.** The group collected proposals into temporary documents (TDs).";
const ACCESS = "**Access to documents.** Only members could see these documents. [12]";
const OPINION =
  "**Views.** Several proposals drew fire. Critics said these proposals went too far.";

/** The passages of `scored` by id, as the engine's `passageById` gives them. */
function byId(scored: readonly ScoredPassage[]) {
  return (id: string) => scored.find((p) => p.passage.id === id)?.passage;
}

/** An answer quoting `sentence` from the passage `text` (ordinal `ordinal` of one document). */
function answerOf(sentence: string, text: string, ordinal = 1): ShownAnswer {
  const document = makeDocument({ id: "doc", title: "A note on the talks" });
  const scored = { passage: makePassage(document, ordinal, text), document, score: 1 };
  return {
    text: `${sentence} [1]`,
    citations: [
      { n: 1, passageId: scored.passage.id, documentId: "doc", title: "t", quote: sentence },
    ],
    passages: [scored],
  };
}

describe("withBracketedReferents", () => {
  it("brackets the words the sentence before names X with", () => {
    const answer = answerOf(
      "During the conference, attendees wrote to the Chair that these comments had no formal standing.",
      CONSULTATION,
    );
    expect(withBracketedReferents(answer, "did the filings count?", byId(answer.passages))).toBe(
      "During the conference, attendees wrote to the Chair that these [comments to the public list] had no formal standing. [1]",
    );
  });

  it("reads the paragraph before, where the sentence opens its paragraph", () => {
    const answer = answerOf("Only members could see these documents.", ACCESS, 2);
    const document = answer.passages[0]?.document ?? makeDocument({ id: "doc" });
    const before = { passage: makePassage(document, 1, LEAKS), document, score: 1 };
    expect(
      withBracketedReferents(answer, "who saw them?", byId([...answer.passages, before])),
    ).toBe("Only members could see these [temporary documents (TDs)]. [1]");
    // No paragraph before in the corpus: left as quoted.
    expect(withBracketedReferents(answer, "who saw them?", byId(answer.passages))).toBe(
      answer.text,
    );
  });

  it("leaves a sentence whose referent adds no word, or is stated already", () => {
    const bare = answerOf("Critics said these proposals went too far.", OPINION);
    expect(withBracketedReferents(bare, "what did critics say?", byId(bare.passages))).toBe(
      bare.text,
    );
    const stated = answerOf(
      "Organisations filed comments to the public list in November. During the conference, attendees wrote to the Chair that these comments had no formal standing.",
      CONSULTATION,
    );
    expect(withBracketedReferents(stated, "did they count?", byId(stated.passages))).toBe(
      stated.text,
    );
  });
});

describe("bracketed referents, on the shipped corpus", () => {
  const shipped = shippedEngine("wcit-orph43-43-");

  // in-4967's wording: note 02's "…that these comments had no formal standing…" is quoted without
  // "Organisations including CDT filed comments to the ITU's wcit-public list in November 2012."
  it("shows what 'these comments' were, in the passage's words", async () => {
    const answer = await shipped.answerTo(
      "what were the civil-society folks in dubai griping to toure and the chair about",
    );
    expect(answer.text).toContain("these [comments to the ITU's wcit-public list] had no formal");
  }, 60_000);

  // in-365's wording: note 02's "Only ITU members could see these documents." opens its paragraph;
  // the TDs are named in the paragraph before, which the answer does not read.
  it("shows what 'these documents' were, from the paragraph before", async () => {
    const answer = await shipped.answerTo(
      "Were the preparatory working documents open to the public?",
    );
    expect(answer.text).toContain("Only ITU members could see these [temporary documents (TDs)].");
  }, 60_000);

  // out-1640: no note records a reply to civil society's letter; the rule must not answer it.
  it("leaves refused a reply no note records", async () => {
    expect(
      await shipped.coverageOf(
        "did toure or the chair ever write back to civil society about the letter saying public comments had no standing",
      ),
    ).toBe("none");
  }, 60_000);
});
