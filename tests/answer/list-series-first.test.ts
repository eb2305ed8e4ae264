// List answers (issue #12, list18): a passage retrieval scored nearly as well, whose sentence sets
// out the series asked for, gives it before the other passages' lesser points fill the list.
import { describe, expect, it } from "vitest";
import { type AnswerShape, DESCRIBE } from "../../src/answer/extractive.ts";
import { composeFrom as compose, labelledPassage as labelled, makeDocument } from "./fixtures.ts";

const road = makeDocument({ id: "note-road", title: "The road to the conference" });
const leaks = makeDocument({ id: "note-leaks", title: "Leaked documents" });
const overview = makeDocument({ id: "note-overview", title: "Overview" });

const list: AnswerShape = { ...DESCRIBE, expected: "items", list: {} };

const passages = [
  labelled(
    road,
    1,
    "The working group",
    [
      "The council confirmed the conference agenda and its dates in 2010.",
      "The working group met six times on the agenda before the conference.",
      "Its chair reported on the agenda to the council every year.",
      "Regional meetings on the agenda were held alongside the standards assembly.",
      "A final report on the agenda was due four months before the conference.",
      "The secretariat published the agenda in six languages. [1]",
    ].join(" "),
  ),
  labelled(
    leaks,
    2,
    "Leaks",
    "The leak site posted the agenda drafts, and its founders announced more. [2]",
    0.9,
  ),
  labelled(leaks, 3, "Forum", "The forum put Internet issues on the agenda openly. [3]", 0.9),
  labelled(road, 4, "Final steps", "Briefings on the agenda were announced for October. [4]", 0.85),
  labelled(
    overview,
    5,
    "The conference",
    [
      "The conference took place in the host city over two weeks.",
      "Issues announced beforehand included mobile roaming, numbering misuse, taxation, energy efficiency and accessibility. [5]",
    ].join(" "),
    0.7,
  ),
];

describe("list answers: a nearly as good passage setting out the series asked", () => {
  it("gives the series before the best passage's further points fill the list", () => {
    const answer = compose("What issues were announced for the agenda? Bullets", passages, list);
    expect(answer.text).toContain(
      "included mobile roaming, numbering misuse, taxation, energy efficiency and accessibility",
    );
    expect(answer.text.split("\n").length).toBeLessThanOrEqual(7);
    expect(answer.citations.map((c) => c.documentId)).toContain("note-overview");
  });

  it("still opens with the best passage", () => {
    const answer = compose("What issues were announced for the agenda? Bullets", passages, list);
    expect(answer.text.split("\n")[0]).toContain("confirmed the conference agenda");
  });
});
