// A yes/no asking how a thing turned out, answered only by the subject's state before it (issue
// #12, the twenty-seventh session's batch in-3072..in-3077, out-1036..out-1041): "did Italy end
// up signing…?" against "…countries still consulting their capitals (for example Germany, Italy
// and Poland at that stage)" is refused (`outcomeInterimOnly`, window-outcome.ts). A place
// telling the subject's outcome, or a yes/no asking no outcome, is answered as before.
import { describe, expect, it } from "vitest";
import { outcomeCountUntold, outcomeInterimOnly } from "../../src/answer/window-outcome.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/freetown.md": note("Who signed the Freetown accord", [
    "**Signature count.** On 9 March 2014, the last day, 61 parties signed the Freetown accord, so 40 delegations did not sign on the spot. Reports said the 40 included states that firmly refused (Norland and Ostmark) and states still consulting their capitals (for example Valdoria and Karsten at that stage). [1]",
    "**The Nordic bloc.** The bloc said its 12 members had removed the routing clause. It added that Article 4.2 and Articles 7A and 7B were unclear enough that most bloc members could not accept them, and it listed the bloc states that did not sign. [3]",
    "**Later.** Ostmark's cabinet rejected the Freetown accord in June 2014, and Ostmark never signed it. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-nearmiss-interim-27-", NOTES);

describe("the subject told only as it stood before the outcome", () => {
  const window =
    "Reports said the 40 included states that firmly refused (Norland and Ostmark) and states still consulting their capitals (for example Valdoria and Karsten at that stage).";

  it("is every sentence naming the subject marking its state as interim", () => {
    expect(
      outcomeInterimOnly(
        "did Valdoria end up signing the accord?",
        window,
        analyze("signing"),
        analyze,
      ),
    ).toBe(true);
    expect(
      outcomeInterimOnly(
        "did Valdoria end up signing the accord?",
        "Valdoria signed the accord in May 2014.",
        analyze("signing"),
        analyze,
      ),
    ).toBe(false);
    // A sentence naming the subject with the asked verb tells the outcome, interim word or not.
    expect(
      outcomeInterimOnly(
        "did Valdoria end up signing the accord?",
        "Valdoria was still consulting in March but signed the accord in May.",
        analyze("signing"),
        analyze,
      ),
    ).toBe(false);
    // "still" before a past verb says "nevertheless", no state before the outcome.
    expect(
      outcomeInterimOnly(
        "did Valdoria end up going along with a spam clause?",
        "In Freetown Valdoria narrowed the scope, but it still supported a spam clause.",
        analyze("going"),
        analyze,
      ),
    ).toBe(false);
    // No name of the question in the window: not this check's to judge.
    expect(
      outcomeInterimOnly("did they end up signing?", window, analyze("signing"), analyze),
    ).toBe(false);
  });
});

describe("a yes/no asking an outcome told only as interim", () => {
  refusesEach(app, [
    "did Valdoria end up signing the Freetown accord once its capital weighed in?",
  ]);

  // The outcome told, or no outcome asked: answered as before.
  answersStatingEach(app, [
    ["did Ostmark ever sign the Freetown accord?", "never signed"],
    ["was Karsten still consulting its capital when the Freetown accord was signed?", "Karsten"],
  ]);
});

describe("a count asked of an outcome", () => {
  it("is given only by a sentence with a count and the verb asked", () => {
    const bloc =
      "The bloc said its 12 members had removed the routing clause. It added that Article 4.2 and Articles 7A and 7B were unclear, and it listed the bloc states that did not sign.";
    expect(outcomeCountUntold(analyze("sign"), bloc, analyze)).toBe(true);
    expect(
      outcomeCountUntold(analyze("publishing"), "The site had published 74 documents.", analyze),
    ).toBe(false);
    expect(
      outcomeCountUntold(analyze("sign"), "Later, three more states signed it.", analyze),
    ).toBe(false);
    // No verb after "end up" or "go on to": not this check's to judge.
    expect(outcomeCountUntold([], bloc, analyze)).toBe(false);
  });

  refusesEach(app, ["how many bloc members went on to sign the Freetown accord later?"]);
  answersStatingEach(app, [["how many parties ended up signing the Freetown accord?", "61"]]);
});
