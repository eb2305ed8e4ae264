// A question naming two or three items first and asking the same of each at its end (issue #12,
// the twenty-ninth session's batch in-3326..in-3335, out-1102..out-1103): "A and B: when did each
// land?", "A and B - who filed each one?", "A and B, what did both want?" is asked item by item
// (`itemAsks`, item-asks.ts), judged and answered on each item's own passages (`byEachAsk`), and
// a place naming one item only does not cover it whole (`itemUnnamed`, engine.ts).
import { describe, expect, it } from "vitest";
import { itemAsks } from "../../src/answer/item-asks.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("items named first and asked of each at the end", () => {
  it("asks the question once per item, across a colon, a dash or a comma", () => {
    expect(itemAsks("the Lomé code and the Accra accord: when did each come out?")).toEqual([
      "when did the Lomé code come out?",
      "when did the Accra accord come out?",
    ]);
    expect(itemAsks("C-12 and DT/4 - who filed each one?")).toEqual([
      "who filed C-12?",
      "who filed DT/4?",
    ]);
    expect(itemAsks("Norway, Chile and Peru, what did each of them want?")).toEqual([
      "what did Norway want?",
      "what did Chile want?",
      "what did Peru want?",
    ]);
    expect(itemAsks("the House bill and the Senate one — how did the vote go on both?")).toEqual([
      "how did the vote go on the House bill?",
      "how did the vote go on the Senate one?",
    ]);
  });

  it("keeps the frame the items share after the last one", () => {
    expect(itemAsks("Moreau and Okafor on the roaming code: what did each make of it?")).toEqual([
      "what did Moreau make of it on the roaming code?",
      "what did Okafor make of it on the roaming code?",
    ]);
  });

  it("reads no items where the lead says something, asks, or the end is a remark", () => {
    // A clause, not a series of names.
    expect(itemAsks("norway and chile walked out in lomé - when did each sign?")).toEqual([]);
    expect(itemAsks("Moreau and Okafor both criticised it - what did each object to?")).toEqual([]);
    // A remark in the present before the series: its first part is no item.
    expect(
      itemAsks(
        "Res 9 comes up in two places, Lomé 2010 and the Accra 2014 rev - what did each say?",
      ),
    ).toEqual([]);
    // A lead asking on its own, a remark with no question word, "each other", each28's "for both".
    expect(itemAsks("who drafted the code and who signed it: one name each")).toEqual([]);
    expect(itemAsks("Norway vs Chile on roaming and prices - one line each")).toEqual([]);
    expect(itemAsks("Norway and Chile: did they answer each other?")).toEqual([]);
    expect(itemAsks("for both Norway and Chile: what did each want?")).toEqual([]);
    // (No "each" or "both" asked, but "they" points back at the items: since parts44 read as one
    // ask per item, distributed-asks.ts.)
    expect(itemAsks("the Lomé code and the Accra accord: when did they come out?")).toEqual([
      "when did the Lomé code come out?",
      "when did the Accra accord come out?",
    ]);
  });
});

const NOTES: Record<string, string> = {
  "notes/lome.md": note("The Lomé roaming code", [
    "**Origins.** The Sahel Forum drafted the Lomé roaming code and published it on 4 March 2010. [1]",
    "**Contents.** The code caps wholesale roaming rates and asks operators to publish their retail prices. [2]",
  ]),
  "notes/accra.md": note("Numbering disputes in West Africa", [
    "**Background.** Operators in the region had long quarrelled over the misuse of short codes. [1]",
    "**The settlement.** The Accra numbering accord was signed on 19 August 2014 by eleven regulators. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-item-asks-29-", NOTES);

describe("answering each item from its own place", () => {
  answersStatingEach(app, [
    [
      "the lomé roaming code and the accra numbering accord: when did each come out?",
      "4 March 2010",
    ],
    [
      "the lomé roaming code and the accra numbering accord: when did each come out?",
      "19 August 2014",
    ],
  ]);

  // Neither item is in the corpus: still refused.
  refusesEach(app, [
    "the Dakar tariff charter and the Bamako spectrum pact: when did each come out?",
  ]);

  it("answers one item stated and one lacking never in full", async () => {
    const answer = await app.answerTo(
      "the lomé roaming code and the Bamako spectrum pact: when did each come out?",
    );
    expect(answer.coverage).not.toBe("full");
  });

  // Without "each" the question is one ask, answered as before.
  answersStatingEach(app, [["when did the lomé roaming code come out?", "4 March 2010"]]);
});
