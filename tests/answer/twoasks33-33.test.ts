// A later ask that names nothing of its own ("…, and when did it hold its second meeting?") whose
// answer is a sentence of a paragraph the answer quotes, cut to the first ask's sentences (issue
// #12, the thirty-third session's batch in-3758..in-3767, out-1230..out-1231): that sentence is
// added after the answer (`withAskSentence`, asks.ts), within the answer's length.
import { describe, expect, it } from "vitest";
import { withAskSentence } from "../../src/answer/asks.ts";
import { cited } from "../support/cited-text.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

/** How many of the later ask's words ("hold", "second", "meeting") a sentence meets. */
const meets = (s: string) =>
  [/\bhel[dl]\b|\bhold/i, /\bsecond\b/i, /\bmeeting/i].filter((w) => w.test(s)).length;
const rule = (maxWords = 160) => ({
  maxWords,
  filler: (s: string) => !/\b(?:panel|board)\b/i.test(s),
});

const ANSWER = cited([
  ["In 2016 the Board adopted Resolution 88, creating the Review Panel.", "panel:5"],
  ["Its mandate was to review the code in light of new trends.", "panel:5"],
]);
const OWN = cited([
  ["In 2016 the Board adopted Resolution 88, creating the Review Panel.", "panel:5"],
  ["A second meeting was held in Tarn on 4–6 May 2017.", "panel:5"],
]);

describe("a later ask naming nothing of its own", () => {
  it("gets its sentence from a paragraph the answer quotes", () => {
    const answer = withAskSentence(ANSWER, OWN, meets, rule());
    expect(answer.text).toBe(
      "In 2016 the Board adopted Resolution 88, creating the Review Panel. [1] Its mandate was to " +
        "review the code in light of new trends. [1] A second meeting was held in Tarn on 4–6 May " +
        "2017. [1]",
    );
    expect(answer.citations.map((c) => c.passageId)).toEqual(["panel:5"]);
  });

  it("leaves the answer as it is otherwise", () => {
    // From a paragraph the answer does not cite: another place, perhaps beside the point.
    const elsewhere = cited([["A second meeting was held in Tarn on 4–6 May 2017.", "tarn:2"]]);
    expect(withAskSentence(ANSWER, elsewhere, meets, rule())).toBe(ANSWER);
    // Meeting one of the ask's words only.
    const one = cited([["The panel met in Tarn in May 2017.", "panel:5"]]);
    expect(withAskSentence(ANSWER, one, meets, rule())).toBe(ANSWER);
    // The answer already holds a sentence meeting as many.
    const held = cited([
      ["The second meeting was held in Tarn.", "panel:5"],
      ["Its mandate was to review the code in light of new trends.", "panel:5"],
    ]);
    expect(withAskSentence(held, OWN, meets, rule())).toBe(held);
    // No room, with nothing but what the question requires to give way.
    expect(withAskSentence(ANSWER, OWN, meets, { maxWords: 20, filler: () => false })).toBe(ANSWER);
  });
});

const NOTES: Record<string, string> = {
  "notes/panel.md": note("The Review Panel after Lomé", [
    "**Before.** In 2009 the Board adopted Resolution 12, which set up a working group on the code. [1] The group met in Lomé and reported in 2010. [1]",
    "**Review Panel.** In 2016 the Board adopted Resolution 88, creating the Review Panel on the code, open to members and observers. [2] Its mandate was to review the code in light of new trends and obstacles to applying it. [2] It was to report to the Board in 2018. [2] A second meeting was held in Tarn on 4–6 May 2017. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-twoasks33-33-", NOTES);

// (On this small corpus the panel's paragraph is short enough to be read whole, so the date is
// stated with or without `withAskSentence`: a guard that the two asks stay answered and the
// unanswered later ask refused, not a case only the rule passes.)
describe("answering a later ask from the paragraph the answer quotes", () => {
  it("states the second meeting's date beside the panel's creation", async () => {
    const answer = await app.answerTo(
      "when did the board create the review panel and when did it hold its second meeting",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("2016");
    expect(answer.text).toContain("4–6 May 2017");
  });

  // The notes name no third meeting and no chair of the panel: refused, as before.
  refusesEach(app, ["when did the board create the review panel and who chaired the panel"]);
});
