// The covering document's next passage (cap36): a question about one note, whose first three
// places that note's passages take, still reads the note's further passage that the per-document
// cap turned away when it holds a question term no listed passage holds, at the sixth place or
// later, so the first five places stay as the cap left them.
import { describe, expect, it } from "vitest";
import { admitCoveringPassage, KEPT_TOP_PLACES, PER_DOCUMENT_CAP } from "../../src/search/top-k.ts";
import { notesIndexPerTest, sectionedNote } from "../support/notes-index.ts";

const indexOf = notesIndexPerTest("wcit-cap36-");

// Pads each section to a passage of its own (chunk.ts); none of its words is asked.
const PADDING =
  "Observers from several regions wrote about this at length in the weeks after, in newsletters, blogs and reports to their members.";

describe("admitCoveringPassage", () => {
  const item = (document: string, score: number, says = "") => ({ document, score, says });
  type Item = ReturnType<typeof item>;
  const documentOf = (i: Item) => i.document;
  const saysNew = (i: Item) => i.says === "new";
  const list = [
    item("a", 10),
    item("a", 9),
    item("a", 8),
    item("b", 7),
    item("c", 6),
    item("d", 5),
    item("e", 4),
    item("f", 3),
  ];

  it("puts the covering document's turned-away passage holding something new after the first five", () => {
    const out = admitCoveringPassage(list, [item("a", 7.5, "new")], 8, documentOf, saysNew);
    // It outscores b's and c's passages but never takes their places; it takes the score of the
    // passage before it, and the last passage gives way.
    expect(out.map(documentOf)).toEqual(["a", "a", "a", "b", "c", "a", "d", "e"]);
    expect(out[KEPT_TOP_PLACES]).toEqual(item("a", 6, "new"));
    const scores = out.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it("places it by its own score when that is below the sixth place", () => {
    const out = admitCoveringPassage(list, [item("a", 3.5, "new")], 8, documentOf, saysNew);
    expect(out.map(documentOf)).toEqual(["a", "a", "a", "b", "c", "d", "e", "a"]);
    expect(out[7]).toEqual(item("a", 3.5, "new"));
  });

  it("skips a turned-away passage holding nothing new for a later one that does", () => {
    const overflow = [item("a", 7.5), item("a", 7.2, "new")];
    const out = admitCoveringPassage(list, overflow, 8, documentOf, saysNew);
    expect(out[KEPT_TOP_PLACES]).toEqual(item("a", 6, "new"));
  });

  it("changes nothing when the passage holds nothing new, or is not the covering document's", () => {
    expect(admitCoveringPassage(list, [item("a", 7.5)], 8, documentOf, saysNew)).toBe(list);
    expect(admitCoveringPassage(list, [item("b", 6.5, "new")], 8, documentOf, saysNew)).toBe(list);
  });

  it("changes nothing unless one document holds the first cap places", () => {
    const mixed = [list[0], list[3], list[1], ...list.slice(4), item("g", 2)] as Item[];
    expect(admitCoveringPassage(mixed, [item("a", 7.5, "new")], 8, documentOf, saysNew)).toBe(
      mixed,
    );
    // A caller's larger cap asks for more of the document's passages at the top.
    const out = admitCoveringPassage(list, [item("a", 7.5, "new")], 8, documentOf, saysNew, 4);
    expect(out).toBe(list);
  });

  it("changes nothing in a list of five or fewer, or one short of k", () => {
    const five = list.slice(0, 5);
    expect(admitCoveringPassage(five, [item("a", 7.5, "new")], 5, documentOf, saysNew)).toBe(five);
    const short = list.slice(0, 7);
    expect(admitCoveringPassage(short, [item("a", 7.5, "new")], 8, documentOf, saysNew)).toBe(
      short,
    );
  });
});

describe("a question about one note reads its further passage", () => {
  // One note about the review whose first sections repeat the question's topic words; its
  // fourth tells when the work was revived, in words the others lack.
  const FILES: Record<string, string> = {
    "notes/review.md": sectionedNote(
      "Review of the treaty rules",
      [
        [
          "Expert group",
          "In 2016 the Council set up a review group for the review of the treaty rules, and the review group met on the treaty rules twice.",
        ],
        [
          "Mandate",
          "The review group was to review the treaty rules, report on the review of the treaty rules and list what the treaty rules left open.",
        ],
        [
          "Two texts",
          "The review group found two sets of treaty rules in force, and its review of the treaty rules said which treaty rules applied where.",
        ],
        ["Later", "The work was revived in 2022, when a resolution set new terms of reference."],
      ],
      PADDING,
    ),
  };
  // Other notes naming the treaty rules or a group in passing, so that a list of eight fills.
  for (const subject of ["Outcome", "Spam", "Security", "Budget", "Venue"]) {
    FILES[`notes/${subject.toLowerCase()}.md`] = sectionedNote(
      subject,
      [
        ["Background", `${subject} came up when a regional group discussed the treaty rules.`],
        ["Positions", `The group stated its view on ${subject.toLowerCase()} in a review.`],
      ],
      PADDING,
    );
  }

  // Notes where the asked act is common, so that it weighs no more than the topic.
  for (const subject of [
    "Languages",
    "Membership",
    "Standards",
    "Satellites",
    "Tariffs",
    "Roaming",
  ]) {
    FILES[`notes/${subject.toLowerCase()}.md`] = sectionedNote(
      subject,
      [["Background", `${subject} work was revived twice, then dropped.`]],
      PADDING,
    );
  }

  it("lists the revival after the first five places", async () => {
    const index = await indexOf(FILES);
    const hits = index.search(
      "review of the treaty rules by the review group - when was it revived",
      {
        k: 8,
      },
    );
    const documents = hits.map((h) => h.document.id);
    expect(documents.slice(0, PER_DOCUMENT_CAP)).toEqual(["review", "review", "review"]);
    expect(documents.slice(PER_DOCUMENT_CAP, KEPT_TOP_PLACES)).not.toContain("review");
    const at = hits.findIndex((h) => h.passage.text.includes("revived in 2022"));
    expect(at).toBeGreaterThanOrEqual(KEPT_TOP_PLACES);
    expect(hits).toHaveLength(8);
  });

  it("leaves the list as the cap made it when the turned-away passage says nothing asked", async () => {
    const index = await indexOf(FILES);
    const hits = index.search("review of the treaty rules by the review group", { k: 8 });
    expect(hits.some((h) => h.passage.text.includes("revived in 2022"))).toBe(false);
    expect(hits.filter((h) => h.document.id === "review")).toHaveLength(PER_DOCUMENT_CAP);
  });
});
