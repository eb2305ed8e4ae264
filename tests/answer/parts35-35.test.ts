// Two things set side by side and asked a date, a count or a name each (issue #12, the
// thirty-fifth session's batch in-4032..in-4041, out-1314..out-1315): "A vs B - when did each one
// go in", "A and B: dates for each pls", "A vs B - tallies for both" are asked item by item
// (`itemAsks`, item-asks.ts), each judged on its own passages (`byEachAsk`); an item the notes do
// not hold keeps the question refused, and an ask of what each thought is left to `bySide`.
import { describe, expect, it } from "vitest";
import { itemAsks } from "../../src/answer/item-asks.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("items parted by vs, or asked as a kind for each", () => {
  it("parts two things at a vs where each is asked a date, a count or a name", () => {
    expect(itemAsks("the Kivu charter vs the Tana protocol - when did each one go in")).toEqual([
      "when did the Kivu charter go in?",
      "when did the Tana protocol go in?",
    ]);
    expect(itemAsks("the Kivu charter vs the Tana protocol: who drafted each?")).toEqual([
      "who drafted the Kivu charter?",
      "who drafted the Tana protocol?",
    ]);
  });

  it("writes a kind word for each as that kind's question", () => {
    expect(itemAsks("the Kivu charter and the Tana protocol: dates for each pls")).toEqual([
      "when was the Kivu charter?",
      "when was the Tana protocol?",
    ]);
    expect(itemAsks("the senate vote vs the assembly vote - tallies for both")).toEqual([
      "how many is the senate vote?",
      "how many is the assembly vote?",
    ]);
  });

  it("leaves a comparison of stances and any other ending as before", () => {
    // What each thought is bySide's: the vs does not part it, and "and" inside a side is kept.
    expect(itemAsks("Moreau vs Okafor on the roaming code: what did each make of it?")).toEqual([]);
    // A word that is no kind of answer ("thoughts for each") is a remark, not an ask.
    expect(itemAsks("the Kivu charter and the Tana protocol: thoughts for each")).toEqual([]);
    expect(itemAsks("the Kivu charter vs the Tana protocol - one line each")).toEqual([]);
  });
});

const NOTES: Record<string, string> = {
  "notes/kivu.md": note("The Kivu roaming charter", [
    "**Origins.** The Great Lakes Forum drafted the Kivu roaming charter. It was tabled on 12 May 2009. [1]",
    "**Contents.** The charter caps wholesale roaming rates between member networks. [2]",
  ]),
  "notes/tana.md": note("Spectrum talks in the Indian Ocean states", [
    "**Background.** Island regulators had long disputed the use of the upper bands. [1]",
    "**The protocol.** The Tana spectrum protocol was filed on 30 October 2013 by six regulators. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-parts35-35-", NOTES);

describe("answering each of two things from its own place", () => {
  answersStatingEach(app, [
    [
      "the kivu roaming charter vs the tana spectrum protocol - when did each one go in",
      "12 May 2009",
    ],
    [
      "the kivu roaming charter vs the tana spectrum protocol - when did each one go in",
      "30 October 2013",
    ],
    ["the kivu roaming charter and the tana spectrum protocol: dates for each pls", "12 May 2009"],
    [
      "the kivu roaming charter and the tana spectrum protocol: dates for each pls",
      "30 October 2013",
    ],
  ]);

  // Neither thing is in the notes: refused.
  refusesEach(app, [
    "the Dakar tariff charter vs the Bamako numbering pact - when did each one go in",
  ]);

  // One thing stated and one the notes do not hold: refused, as before, never half answered.
  refusesEach(app, [
    "the kivu roaming charter vs the Bamako numbering pact - when did each one go in",
    "the kivu roaming charter and the Bamako numbering pact: dates for each pls",
  ]);
});
