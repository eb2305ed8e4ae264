// A comparison's own ask (refuse51, the fifty-first session's batch in-5658..in-5663,
// out-1914..out-1919): the last clause of "X vs Y on Z - same take or not", "- which one's more
// worried?", "- how do their complaints differ", "- do they pull in different directions?" asks
// only how the two sides stand to each other, and neither it nor the "vs" is a topic either side's
// passages must write (`withoutComparingAsk`, comparing-ask.ts, read by `bySide`,
// coverage-otherwise.ts). A side the notes never give a view of is still refused.
import { describe, expect, it } from "vitest";
import { withoutComparingAsk } from "../src/answer/comparing-ask.ts";
import { shippedEngine } from "./support/extractive-engine.ts";

// The shipped notes, asked in wording of this file's own (none of it is an eval question).
const shipped = shippedEngine("wcit-refuse51-51-");

describe("a comparison's own ask", () => {
  it("takes out the clause asking only how the sides stand, and the vs", () => {
    expect(withoutComparingAsk("  vs   on the safety scare - same take or not")).toBe(
      "on the safety scare",
    );
    expect(withoutComparingAsk("  vs   on the levy - how do their complaints differ")).toBe(
      "on the levy",
    );
    expect(withoutComparingAsk(" 's verdict vs  's - which one's rosier, and on what")).toBe(
      "'s verdict 's , and",
    );
    expect(withoutComparingAsk("  and   on the levy - do they pull in different directions?")).toBe(
      "and on the levy ?",
    );
    expect(withoutComparingAsk("  vs   on the levy - where do they split")).toBe("on the levy");
  });

  it("keeps a clause that names a topic of its own", () => {
    expect(
      withoutComparingAsk("  vs   - how did each read the safety outcome from the summit"),
    ).toBe("- how did each read the safety outcome from the summit");
    expect(withoutComparingAsk("  vs   on the levy - toothless, or a step into crew rules?")).toBe(
      "on the levy - toothless, or a step into crew rules?",
    );
  });
});

describe("a comparison's own ask, through the engine", () => {
  it("answers two sides each told in its own sentence, the comparing words unwritten", async () => {
    // (Refused without the rule: "pull" and "direct" were asked of the ABI analyst's side.)
    expect(
      await shipped.coverageOf(
        "kroes and the abi research analyst on security in the itrs - do they pull in different directions?",
      ),
    ).not.toBe("none");
  }, 120_000);

  it("keeps refusing a side named only in another act", async () => {
    // (Saudi Arabia is named only among the sponsors of a leaked rewrite.)
    expect(
      await shipped.coverageOf(
        "genachowski and the saudi delegation on security in the itrs - do they pull in different directions?",
      ),
    ).toBe("none");
  }, 120_000);

  it("keeps refusing a side the notes never name", async () => {
    expect(
      await shipped.coverageOf("mueller vs ericsson on the security scare - same take or not"),
    ).toBe("none");
  }, 120_000);
});
