// trust47: a part asked only for its date (a span's or an order's end, two things set side by
// side, "dates of A and B") is dated only by a sentence naming it: its heaviest key term that its
// passage writes, read in a dated sentence (with the sentences going on about it), not one word it
// shares with a sentence dating something else (part-asks.ts, `partDatedThere`; checked for every
// dated part by `byEachAsk`, coverage-otherwise.ts).
import { describe, expect, it } from "vitest";
import { partDatedThere } from "../src/answer/part-asks.ts";
import { sideAsks } from "../src/answer/side-asks.ts";
import type { KeyTerm } from "../src/answer/terms.ts";
import { analyze } from "../src/search/analyze.ts";
import { labelledPassage, makeDocument } from "./answer/fixtures.ts";
import { shippedEngine } from "./support/extractive-engine.ts";

const harbourNote = makeDocument({ id: "note-harbour", title: "The harbour code and its envoys" });

/** Key terms as the one-ask check weighs them: the rarer, the heavier. */
const keys = (weights: Record<string, number>): KeyTerm[] =>
  Object.entries(weights).map(([term, weight]) => ({ term, alternatives: [], weight }));

describe("partDatedThere: a dated sentence must name the part, not share one word with it", () => {
  const leadership = labelledPassage(
    harbourNote,
    1,
    "Leadership",
    "The Premier chose Envoy Lund to head the harbour delegation. In March 2015 Lund, in a speech at the Dock Institute, argued that tariffs should stay out of the code.",
  );

  it("refuses a part whose name the passage writes only in an undated sentence", () => {
    expect(
      partDatedThere(
        "the premier picking lund to head the delegation",
        leadership,
        analyze,
        keys({ premier: 4, pick: 4, lund: 2, head: 2, deleg: 1.5 }),
      ),
    ).toBe(false);
  });

  it("reads a part's shorthand written out, as the question's key terms are", () => {
    const bill = labelledPassage(
      harbourNote,
      3,
      "Congressional backing",
      "H. Con. Res. 88, introduced on 2 June 2015, stated the sense of Congress that the harbour should stay open.",
    );
    // "the hill" is Congress: without reading it so, the part's only word of three letters is
    // "hill", which the dated sentence does not write ("res" stems to two letters).
    expect(
      partDatedThere("res 88 going in on the hill", bill, analyze, keys({ congress: 3, go: 0.5 })),
    ).toBe(true);
    expect(partDatedThere("res 88 going in on the quay", bill, analyze, keys({ quai: 3 }))).toBe(
      false,
    );
  });

  it("accepts the part the dated sentence names", () => {
    expect(
      partDatedThere(
        "lund's dock institute speech",
        leadership,
        analyze,
        keys({ lund: 2, dock: 3, institut: 2.5, speech: 2 }),
      ),
    ).toBe(true);
  });

  it("reads a sentence that goes on about the dated one, and a dated heading with its paragraph's first sentence", () => {
    const response = labelledPassage(
      harbourNote,
      2,
      "The Secretary's response",
      "On 4 April 2015 the Secretary told the board that the drafts had been misread. He admitted that HD-9 had leaked.",
    );
    expect(
      partDatedThere(
        "the secretary admitting the hd-9 leak",
        response,
        analyze,
        keys({ secretari: 2, admit: 3, hd: 2, "9": 3, leak: 3 }),
      ),
    ).toBe(true);
    const letter = labelledPassage(
      harbourNote,
      3,
      "Dockers' letter (May 2015)",
      "The union circulated a letter urging envoys to reject the tariff annex. Signatories came from Chile, Peru and Norway.",
    );
    expect(
      partDatedThere(
        "the letter the union circulated",
        letter,
        analyze,
        keys({ letter: 3, union: 3, circul: 4 }),
      ),
    ).toBe(true);
    // (A country named in the letter's list is not dated by the heading: "Norway's own proposal".)
    expect(
      partDatedThere(
        "norway's own proposal",
        letter,
        analyze,
        keys({ norway: 4, own: 1, propos: 1 }),
      ),
    ).toBe(false);
  });

  it("marks a span's ends, an order's ends and dates set side by side as dated parts", () => {
    const span = sideAsks("how many weeks between the lomé vote and the accra walkout");
    expect(span?.dated).toBe(true);
    expect(span?.items).toEqual(["the lomé vote", "the accra walkout"]);
    expect(sideAsks("was the lomé vote before or after the accra walkout")?.dated).toBe(true);
    expect(sideAsks("the lomé vote vs the accra walkout - what year was each")?.dated).toBe(true);
    // (A further ask after a span's ends is not a dated part.)
    const further = sideAsks(
      "how many days between the lomé vote and the accra walkout, and how many more till the dakar memo",
    );
    expect(further?.further).toBe(1);
    expect(sideAsks("give me the dates of the lomé vote and the accra walkout")?.dated).toBe(true);
  });
});

describe("spans, orders and dates of two things through the shipped engine", () => {
  const shipped = shippedEngine("wcit-trust47-47-");

  // (Note 10 tells Obama's choice of Kramer undated; its dated sentence in that paragraph is
  // Kramer's November speech. Answered `partial` from it without the rule: fails so.)
  it("refuses a span one of whose ends the notes never date", async () => {
    expect(
      await shipped.coverageOf(
        "how long between obama choosing kramer as delegation head and the 89 signing the final acts",
      ),
    ).toBe("none");
  }, 90_000);

  // (No note tells of a proposal by Sweden; answered `partial` with DT/1's date on main.)
  it("refuses the dates of two things where one is told nowhere", async () => {
    expect(
      await shipped.coverageOf(
        "need the dates of the dt/1 compilation and sweden's own proposal to the cwg",
      ),
    ).toBe("none");
  }, 90_000);

  it("leaves refused an order whose second end is never dated", async () => {
    expect(
      await shipped.coverageOf(
        "was etno's c-109 before or after obama choosing kramer to head the delegation",
      ),
    ).toBe("none");
  }, 90_000);

  it("answers both dates where each part is dated by a sentence naming it", async () => {
    const order = await shipped.answerTo(
      "which came first, russia's doc 27 going in or the european parliament's resolution? dates pls",
    );
    expect(order.coverage).toBe("partial");
    expect(order.text).toContain("13 November 2012");
    expect(order.text).toContain("22 November 2012");
    const dates = await shipped.answerTo(
      "what dates were the cairo prep meeting and india's doc 21",
    );
    expect(dates.coverage).toBe("partial");
    expect(dates.text).toContain("28 April to 1 May 2012");
    expect(dates.text).toContain("3 November 2012");
  }, 120_000);
});
