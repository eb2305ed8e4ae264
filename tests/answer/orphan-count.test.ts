// The sentences an answer shows whose "this/these X" points at nothing the answer states, read from
// the answer's text and the passages its markers cite (orphan-count.ts), as `npm run eval` counts them.
import { describe, expect, it } from "vitest";
import { pointingPhrase } from "../../src/answer/demonstrative-referent.ts";
import { orphanSentences, type ShownAnswer } from "../../src/answer/orphan-count.ts";
import { makeDocument, makePassage } from "./fixtures.ts";

const ACCESS =
  "**Access to documents.** Only members could see these documents. In May EFF urged states to " +
  "release the preparatory materials. [12]";
const CONSULTATION =
  "**The public consultation.** Organisations filed comments to the public list in November. " +
  "During the conference, attendees wrote to the Chair that these comments had no formal standing. [13]";
const REVIEW =
  "**Still under review.** Council set new terms of reference: the group should consider how far " +
  "operators actually use the ITRs, and whether a high-level treaty of this kind is still relevant. [9]";

/** An answer quoting `sentences`, each cited to the passage (of its own document) given beside it. */
function answerOf(...sentences: [string, string][]): ShownAnswer {
  const texts = [...new Set(sentences.map(([, passage]) => passage))];
  const passages = texts.map((text, i) => {
    const document = makeDocument({ id: `doc-${i}`, title: `Note ${i} on the talks` });
    return { passage: makePassage(document, 0, text), document, score: 1 };
  });
  return {
    text: sentences.map(([s, passage]) => `${s} [${texts.indexOf(passage) + 1}]`).join(" "),
    citations: passages.map((p, i) => ({
      n: i + 1,
      passageId: p.passage.id,
      documentId: p.document.id,
      title: p.document.title,
      quote: "q",
    })),
    passages,
  };
}

describe("orphanSentences", () => {
  it("finds a sentence whose 'these X' points at nothing the answer states", () => {
    const answer = answerOf(
      ["In May EFF urged states to release the preparatory materials.", ACCESS],
      [
        "During the conference, attendees wrote to the Chair that these comments had no formal standing.",
        CONSULTATION,
      ],
    );
    expect(orphanSentences(answer, "what did eff want released?")).toEqual([
      "During the conference, attendees wrote to the Chair that these comments had no formal standing.",
    ]);
  });

  it("finds none where the answer states the referent before it", () => {
    const answer = answerOf(
      ["Organisations filed comments to the public list in November.", CONSULTATION],
      [
        "During the conference, attendees wrote to the Chair that these comments had no formal standing.",
        CONSULTATION,
      ],
    );
    expect(orphanSentences(answer, "did the filings count?")).toEqual([]);
  });

  it("reads the sentence before it in its passage as its referent, though no word of it is named", () => {
    const filed = "Groups filed their views to the public list in November.";
    const standing = "Attendees wrote that these comments had no formal standing.";
    const passage = `**Views.** ${filed} ${standing} [3]`;
    expect(orphanSentences(answerOf([standing, passage]), "did they count?")).toHaveLength(1);
    expect(
      orphanSentences(answerOf([filed, passage], [standing, passage]), "did they count?"),
    ).toEqual([]);
  });

  it("reads a sentence opening its paragraph as pointing at its document's subject", () => {
    const quoted = ["Only members could see these documents.", ACCESS] as [string, string];
    expect(orphanSentences(answerOf(quoted), "who could read the drafts?")).toHaveLength(1);
    // (The title, "Note 0 on the talks", names what the question does.)
    expect(orphanSentences(answerOf(quoted), "who could read the talks' drafts?")).toEqual([]);
  });

  it("finds none where 'this kind' classifies a thing its own sentence names", () => {
    const answer = answerOf([
      "Council set new terms of reference: the group should consider how far operators actually use the ITRs, and whether a high-level treaty of this kind is still relevant.",
      REVIEW,
    ]);
    expect(orphanSentences(answer, "what is the review group to consider?")).toEqual([]);
  });

  it("does not read a time, the text itself or a colon pointing forward as pointing back", () => {
    expect(pointingPhrase("The body meets this December as states renegotiate.")).toBeUndefined();
    expect(pointingPhrase("The full text was not available to this research.")).toBeUndefined();
    expect(pointingPhrase("The summary lists it this way: spam is content.")).toBeUndefined();
    expect(
      pointingPhrase("Governments cannot block this traffic without identifying it.")?.words,
    ).toEqual(["traffic"]);
  });
});
