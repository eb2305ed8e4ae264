// List answers (issue #12): a list question that names its items in a series ("every letter,
// statement and petition", "Russia, China and the Arab states each…") gets a point on each item,
// from whichever passage tells it, before the best paragraph's further points fill the list.
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/search/question.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { engineOver, makeDocument, sectionOf } from "./fixtures.ts";

const note = makeDocument({ id: "note-campaigns", title: "Campaigners around the conference" });
const passages: ScoredPassage[] = [
  sectionOf(
    note,
    0,
    "Campaigners divided",
    [
      "Campaigners around the conference were not of one mind.",
      "One campaigner said the final statement of the talks was fair.",
      "Another campaigner said campaigners had been heard at last.",
      "A third campaigner judged the conference better than the last one.",
      "A fourth campaigner refused to sign a joint statement or a letter by campaigners. [1]",
    ].join(" "),
    6,
  ),
  sectionOf(
    note,
    1,
    "Campaigners at the conference",
    "Campaigners around the conference met delegates every morning in the lobby. [2]",
    5,
  ),
  sectionOf(
    note,
    2,
    "Campaigners and the press",
    "Campaigners around the conference briefed reporters on the closing day. [3]",
    4.8,
  ),
  sectionOf(
    note,
    3,
    "The open letter",
    "In September campaigners sent governments an open letter asking for open preparations. [4]",
    3.2,
  ),
  sectionOf(
    note,
    4,
    "The petition",
    "On the last day campaigners handed in a petition with a million signatures. [5]",
    3.1,
  ),
];

describe("a list question naming its items in a series", () => {
  it("reads the items the question names", () => {
    expect(
      analyzeQuestion(
        "List what campaigners put out around the conference - every letter, statement and petition",
      ).members,
    ).toEqual(["every letter", "statement", "petition"]);
    expect(
      analyzeQuestion("bullets: what were Russia, China and the Arab states each pushing for?")
        .members,
    ).toEqual(["what were Russia", "China", "the Arab states each"]);
    // Two things asked of each, not one thing "each of them" did; and no list, no items.
    expect(
      analyzeQuestion("who were the Americans and what did each of them do? bullets").members,
    ).toEqual([]);
    expect(analyzeQuestion("Did Russia, China and the Arab states sign?").members).toEqual([]);
  });

  // The best paragraph tells the statement and the letter and could fill the list alone; the
  // petition, told only in a passage retrieval ranked low, was left out.
  it("gets a point on each item, though the best paragraph could fill the list", async () => {
    const engine = engineOver(passages);
    const answer = await engine.answer(
      "List what campaigners put out around the conference - every letter, statement and petition",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("a petition with a million signatures");
    expect(answer.text).toContain("joint statement");
  });
});

describe("an item of a list told in its own section", () => {
  const blocs = makeDocument({ id: "note-blocs", title: "Who pushed for what before the talks" });
  // A paragraph naming Russia in passing ranks first; Russia's own section ranks low.
  const passages: ScoredPassage[] = [
    sectionOf(
      blocs,
      0,
      "How blocs form",
      "Harbour states push their views through four blocs. These are the Nordic bloc, the Gulf bloc, the Pacific bloc and the bloc centred on Russia and its neighbours. Each bloc can push common proposals. Russia's neighbours met twice a year to push them. The Arab states and China sent observers to those meetings. Russia hosted the last one. [1]",
      6,
    ),
    sectionOf(
      blocs,
      1,
      "Russia's harbour filing",
      "Russia pushed for equal rights for every state to license harbour pilots. [2]",
      3,
    ),
    sectionOf(
      blocs,
      2,
      "China",
      "China pushed for a new article on the safety of harbour cranes. China later pushed for crane inspections. [3]",
      5.5,
    ),
    sectionOf(
      blocs,
      3,
      "Arab States",
      "The Arab states pushed for stronger enforcement of harbour rules. The Arab states also pushed for shared pilots. [4]",
      5.4,
    ),
  ];

  it("is taken from that section, not from a passage naming it in passing", async () => {
    const engine = engineOver(passages);
    const answer = await engine.answer(
      "bullets: what were Russia, China and the Arab states each pushing for?",
    );
    expect(answer.text).toContain("equal rights for every state to license harbour pilots");
    expect(answer.text).toContain("a new article on the safety of harbour cranes");
    expect(answer.text).toContain("stronger enforcement of harbour rules");
  });
});
