// A count asked after a premise stating figures of its own (trust45, the forty-fifth session's
// batch in-5180..in-5185, out-1694..out-1701): "touré had mobile subs going from 4.3m to 6bn+ -
// what number did he give for internet users", "how many of the million-plus petition signatures
// came from inside the us". A sentence whose only counts are the premise's figures, written the
// source's way, restates what the asker gave and does not tell the count asked (premise-ask.ts,
// read by `answerTypeGiven`).
import { describe, expect, it } from "vitest";
import { countsBeyondPremise, countsOnlyRestated, figuresIn } from "../src/answer/premise-ask.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

const NOTES = {
  "notes/petition.md": note("The harbour petition", [
    "**The harbour petition.** On 3 May 2014 a coalition of dock unions and port towns said it had delivered more than two million petition signatures urging port states to ban night landings in the harbour. Its members also sent an open letter that raised three problems with the harbour authority. [1]",
    "**Endorsements.** Twelve port states later endorsed the petition. [2]",
  ]),
  "notes/forum.md": note("The transit policy forum", [
    "**Night traffic.** The Transit Policy Forum met in Lisbon in May 2014 and agreed to review night traffic through the harbour. Several port states wanted a cap on night landings, and the shipping lines opposed any cap. [3]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-trust45-45-", NOTES);

describe("figures a question or a sentence writes", () => {
  it("reads an asker's shorthand and a source's words as the same value", () => {
    const values = (text: string) => figuresIn(text).map((f) => f.value);
    expect(values("mobile subs going from 4.3m to 6bn+")).toEqual([4.3e6, 6e9]);
    expect(values("about 4.3 million in 1988 to over six billion")).toEqual([4.3e6, 6e9]);
    expect(values("the million-plus petition and its 35k+ names")).toEqual([1e6, 35e3]);
    expect(values("more than one million petition signatures")).toEqual([1e6]);
  });

  it("leaves out years, codes and an article's paragraph", () => {
    expect(figuresIn("TD-62 in 2012, C-109, Resolution 1379 of 2016").map((f) => f.value)).toEqual([
      1379,
    ]);
    expect(figuresIn("one of the first leaks")).toEqual([]);
  });
});

describe("a count asked after a premise stating figures", () => {
  const any = () => true;

  it("is not told by a sentence restating the premise's figures only", () => {
    expect(
      countsOnlyRestated(
        [4.3e6, 6e9],
        "Touré used growth statistics (up from about 4.3 million in 1988 to over six billion).",
      ),
    ).toBe(true);
    expect(
      countsOnlyRestated([2e6], "Twelve port states endorsed the two million signatures."),
    ).toBe(false);
  });

  it("is told by a count of its own, and not read where the question states no figure", () => {
    const q = "the 2m+ petition - how many port states endorsed it";
    expect(countsBeyondPremise(q, ["Twelve port states later endorsed the petition."], any)).toBe(
      true,
    );
    expect(
      countsBeyondPremise(q, ["It said it had gathered more than two million signatures."], any),
    ).toBe(false);
    expect(
      countsBeyondPremise("how many signatures did it gather", ["No count is given."], any),
    ).toBe(true);
    // (A day beside its month dates the premise: in-1083's "leaked around 7-8 December".)
    expect(
      countsBeyondPremise(
        "how many governments backed the rewrite that leaked around 7-8 December?",
        ["Around 7–8 December a bloc text leaked."],
        any,
      ),
    ).toBe(true);
  });

  // (With `countsBeyondPremise` made to hold always, these two are answered `partial` from the
  // petition's paragraph, whose only counts are the premise's and the letter's "three problems",
  // a sentence naming nothing asked: run so, both fail. The guard is answered either way.)
  it("refuses a count the paragraph never gives beside the premise's figure", async () => {
    expect(
      await coverageOf(
        "the dock unions and port towns delivered 2m+ petition signatures - how many of those came from the dock unions",
      ),
    ).toBe("none");
  }, 60_000);

  it("refuses a how-many asking a part of the figure it states", async () => {
    expect(
      await coverageOf("how many of the 2m+ petition signatures came from the port towns"),
    ).toBe("none");
  }, 60_000);

  it("answers where the notes tell a count of its own", async () => {
    expect(
      await coverageOf(
        "the harbour petition had 2m+ signatures - how many port states later endorsed it",
      ),
    ).not.toBe("none");
  }, 60_000);
});
