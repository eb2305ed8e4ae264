// Retrieval rules of issue 12's second round, each on a real corpus: Markdown notes written to
// disk, ingested by the app's loaders and chunker into a real SQLite file, searched through
// openSearchIndex as the answer engine searches (`notesIndexPerTest`).
import { describe, expect, it } from "vitest";
import { clippedWordCompletions } from "../../src/search/index.ts";
import {
  admitStrongOverflow,
  capPerDocument,
  OVERFLOW_SCORE_RATIO,
  PER_DOCUMENT_CAP,
} from "../../src/search/top-k.ts";
import { notesIndexPerTest, sectionedNote } from "../support/notes-index.ts";

const indexOf = notesIndexPerTest("wcit-retrieval2-");

/**
 * Words that pad a paragraph to the size at which the chunker gives each bold-lead section a
 * passage of its own (chunk.ts, `labelBreakWords`); none of them is a word the questions ask for.
 */
const PADDING =
  "Delegates from many regions followed this closely, and several observers wrote about it at length in the weeks that came next, in newsletters, in blogs and in reports to their members.";

/** A briefing note, each section padded to a passage of its own. */
const note = (title: string, paragraphs: [lead: string, text: string][]) =>
  sectionedNote(title, paragraphs, PADDING);

describe("the per-document cap is soft", () => {
  // One note holds the whole story of the review, in four sections that all match the question
  // well; other notes match one of its words in passing.
  const FILES: Record<string, string> = {
    "notes/review.md": note("Review of the treaty rules", [
      [
        "Formal status",
        "By 2018 the review of the treaty rules had stalled: the review group could not agree on the rules.",
      ],
      [
        "Expert group",
        "In 2016 the Council created a review group on the treaty rules, to report on the review.",
      ],
      [
        "Two texts",
        "The review found two sets of treaty rules in force at once, and listed which rules applied where.",
      ],
      [
        "Still open",
        "The review of the treaty rules was revived in 2022, when a resolution set new terms of reference.",
      ],
    ]),
    "notes/outcome.md": note("Outcome", [
      ["Signatures", "89 countries signed the new treaty rules in Dubai on the last day."],
      ["Non-signers", "55 countries did not sign in Dubai."],
    ]),
    "notes/spam.md": note("Spam", [
      ["Article 5B", "The spam rules were debated at length in Dubai."],
      ["Critics", "Critics said the spam article touched content."],
    ]),
  };
  // Notes on other subjects, so that the review's words are rare in the corpus, as in a real one.
  for (const subject of ["Budget", "Venue", "Languages", "Membership", "Standards", "Satellites"]) {
    FILES[`notes/${subject.toLowerCase()}.md`] = note(subject, [
      ["Background", `${subject} came up in the preparatory meetings in Geneva.`],
      ["Positions", `Regional groups stated positions on ${subject.toLowerCase()} before Dubai.`],
    ]);
  }

  it("lets the best fourth passage of a document in when it far outscores the other documents' passages", async () => {
    const index = await indexOf(FILES);
    const question = "What came of the review of the treaty rules?";
    const hits = index.search(question, { k: 5 });
    const ids = hits.map((h) => h.passage.id);
    const fromReview = hits.filter((h) => h.document.id === "review");
    // Beyond the cap by exactly one passage: the best one the cap turned away.
    expect(fromReview).toHaveLength(PER_DOCUMENT_CAP + 1);
    expect(fromReview.map((h) => h.passage.text).join(" ")).toContain("revived in 2022");
    // Best first, no passage twice, k passages.
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // The best passage of another document keeps its place.
    expect(hits.map((h) => h.document.id)).toContain("outcome");
  });
});

describe("admitStrongOverflow and capPerDocument", () => {
  const item = (document: string, score: number) => ({ document, score });
  const documentOf = (i: { document: string }) => i.document;

  it("admits only the best turned-away passage per document, and only at the score ratio", () => {
    const kept = [item("a", 10), item("a", 9), item("a", 8), item("b", 4), item("c", 3)];
    const overflow = [item("a", 7), item("a", 6.5), item("d", 5)];
    const out = admitStrongOverflow(kept, overflow, 5, documentOf);
    expect(out).toEqual([item("a", 10), item("a", 9), item("a", 8), item("a", 7), item("b", 4)]);
    // Just below the ratio: nothing changes.
    const weak = [item("a", OVERFLOW_SCORE_RATIO * 3 - 0.01)];
    expect(admitStrongOverflow(kept, weak, 5, documentOf)).toBe(kept);
  });

  it("changes nothing while the kept list is short of k", () => {
    const kept = [item("a", 10), item("a", 9), item("a", 8), item("b", 1)];
    expect(admitStrongOverflow(kept, [item("a", 7)], 5, documentOf)).toBe(kept);
  });

  // One document's five passages, best first, ahead of any other document's.
  const fromA = [0.9, 0.8, 0.7, 0.6, 0.5].map((score) => item("a", score));

  it("caps hybrid rankings by the same rule, and not at all for one document", () => {
    const fused = [...fromA, item("b", 0.2), item("c", 0.1)];
    expect(capPerDocument(fused, 5, documentOf)).toEqual([...fromA.slice(0, 4), item("b", 0.2)]);
    const single = fused.filter((i) => i.document === "a");
    expect(capPerDocument(single, 5, documentOf)).toEqual(single);
  });

  it("takes a caller's cap instead of the default (a list's further passages)", () => {
    const fused = [...fromA, item("b", 0.3)];
    expect(capPerDocument(fused, 5, documentOf, 4)).toEqual([...fromA.slice(0, 4), item("b", 0.3)]);
  });
});

describe("event verbs meet their family", () => {
  it("finds the passage that says an event was revived when the question says restarted", async () => {
    const index = await indexOf({
      "notes/talks.md": note("The talks", [
        ["Pause", "The talks stopped in 2019, and the talks were not held again for years."],
        [
          "Revival",
          "In 2022 the parties revived the talks and agreed to reconvene in Geneva with a new agenda.",
        ],
      ]),
      "notes/other.md": note("Other matters", [
        ["Budget", "The budget talks ended without agreement on fees."],
      ]),
    });
    const hits = index.search("When were the talks restarted?", { k: 3 });
    expect(hits[0]?.passage.text).toContain("revived the talks");
  });

  it("reads begin, launch and open as the same event, both ways", async () => {
    const index = await indexOf({
      "notes/conference.md": note("The conference", [
        [
          "Venue",
          "The conference hall was large, and the conference had many delegations present.",
        ],
        ["Opening", "The conference opened on 3 December with a speech by the chair."],
      ]),
      "notes/other.md": note("Other matters", [
        ["Delegations", "Delegations from many regions held meetings before the conference."],
      ]),
    });
    for (const question of [
      "When did the conference begin?",
      "When was the conference launched?",
    ]) {
      expect(index.search(question, { k: 3 })[0]?.passage.text, question).toContain(
        "opened on 3 December",
      );
    }
  });
});

describe("a clipped query word finds the full word the corpus uses", () => {
  // The answer says "preparatory"; the other notes repeat "meetings", the question's other word.
  const FILES: Record<string, string> = {
    "notes/road.md": note("Road to the conference", [
      [
        "Working group",
        "The preparatory meetings of the working group ran from 2009 to 2012 in Geneva.",
      ],
    ]),
    "notes/dubai.md": note("Dubai", [
      [
        "Schedule",
        "The plenary meetings in Dubai ran late; the meetings of the committees ran later still, and meetings of the regional groups filled the mornings.",
      ],
    ]),
    "notes/venue.md": note("Venue", [
      ["Hall", "The venue hosted side meetings and press meetings for the whole fortnight."],
    ]),
  };

  it("ranks the passage with the full word first", async () => {
    const index = await indexOf(FILES);
    // Without the completion, "prep" matches nothing and "meetings" alone ranks the Dubai note
    // (which says it three times) first.
    const hits = index.search("When were the prep meetings?", { k: 3 });
    expect(hits[0]?.document.id).toBe("road");
  });
});

describe("clippedWordCompletions", () => {
  const vocabulary = [
    "inform",
    "prepar",
    "preparatori",
    "prep",
    "reg",
    "regard",
    "region",
    "regul",
    "registri",
  ];
  const sorted = [...vocabulary].sort();
  const known = new Map(vocabulary.map((t, i) => [t, i]));
  const unknownPrep = new Map([...known].filter(([t]) => t !== "prep"));

  it("completes an unseen word of 4+ letters that starts at most 3 index terms", () => {
    expect(clippedWordCompletions("info", sorted, known)).toEqual(["inform"]);
    expect(
      clippedWordCompletions(
        "prep",
        sorted.filter((t) => t !== "prep"),
        unknownPrep,
      ),
    ).toEqual(["prepar", "preparatori"]);
  });

  it("leaves a word the index holds, a short word, a number and a start of many terms alone", () => {
    expect(clippedWordCompletions("prep", sorted, known)).toEqual([]);
    expect(clippedWordCompletions("inf", sorted, known)).toEqual([]);
    expect(clippedWordCompletions("2012", ["20121", "20122"], new Map())).toEqual([]);
    // "regi" starts two terms, "reg" would start five but is too short anyway.
    expect(clippedWordCompletions("regi", sorted, known)).toEqual(["region", "registri"]);
    expect(clippedWordCompletions("rexx", sorted, known)).toEqual([]);
    // A full word is no clipping, though its stem ("recip", "elect") starts other terms.
    expect(clippedWordCompletions("recipe", ["recipi"], new Map())).toEqual([]);
    expect(clippedWordCompletions("elected", ["elect", "election"], new Map())).toEqual([]);
    const many = ["regard", "region", "regul", "registri"].map((t) => `z${t}`);
    expect(clippedWordCompletions("zreg", many, new Map())).toEqual([]);
  });
});
