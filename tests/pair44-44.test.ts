// pair44: a two-sided question (a span, an order, a fact set next to another, "A vs B - what
// year was each") read as one ask per side, each with the detail asked (side-asks.ts), for
// `byEachAsk` to judge each side alone; a side the notes lack leaves the question refused.
import { describe, expect, it } from "vitest";
import { sideAsks } from "../src/answer/side-asks.ts";
import { shippedEngine } from "./support/extractive-engine.ts";

describe("sideAsks: one ask per side, with the detail asked", () => {
  it("reads a span's two ends as dates", () => {
    expect(
      sideAsks("how many weeks between the harbour accord going in and the ostrian walkout")?.asks,
    ).toEqual(["when was the harbour accord going in?", "when was the ostrian walkout?"]);
    expect(
      sideAsks("from the first drafting round to the signing - dates for both ends")?.asks,
    ).toEqual(["when was the first drafting round?", "when was the signing?"]);
  });

  it("reads an order's acts as dates, two joined by 'and' after 'before or after'", () => {
    expect(
      sideAsks("was the k-12 filing before or after the leak push and the portal going live")?.asks,
    ).toEqual([
      "when was the k-12 filing?",
      "when was the leak push?",
      "when was the portal going live?",
    ]);
  });

  it("gives the side set next to a count the same kind of question", () => {
    expect(
      sideAsks("how many voted against the harbour text, next to the tally of later signers")?.asks,
    ).toEqual([
      "how many voted against the harbour text?",
      "how many is the tally of later signers?",
    ]);
  });

  it("reads 'A vs B - what year was each' as each side's date", () => {
    expect(sideAsks("the harbour accord vs the ostria charter - what year was each")?.asks).toEqual(
      ["when was the harbour accord?", "when was the ostria charter?"],
    );
  });

  it("leaves a stance compared, a list over a span and a lone ask unread", () => {
    expect(sideAsks("the harbour union vs ostria - which one's rosier, and on what")).toBe(
      undefined,
    );
    expect(sideAsks("every push by the union, from the first draft to the signing")).toBe(
      undefined,
    );
    expect(sideAsks("how many countries signed the harbour accord?")).toBe(undefined);
    expect(sideAsks("what did each say, next to the chair's line")).toBe(undefined);
  });
});

describe("a two-sided question answered side by side", () => {
  const shipped = shippedEngine("wcit-pair44-44-");

  // (in-4933: refused on main; the vote's paragraph and Kramer's 54 sit in two notes.)
  it("states each side's count from its own passage", async () => {
    const answer = await shipped.engine.answer(
      "how big was the 'no' side on iran's access vote, next to dourado's count of countries that stood with the us",
      { forceExtractive: true },
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("33 against");
    expect(answer.text).toContain("54 other countries");
  }, 60_000);

  // (in-4840: refused on main; C-109's date in note 03, EFF's push and WCITLeaks in note 02.)
  it("dates each act of an order question", async () => {
    const answer = await shipped.engine.answer(
      "was etno's c-109 before or after eff's release-the-docs push and wcitleaks going live",
      { forceExtractive: true },
    );
    expect(answer.text).toContain("6 June 2012");
    expect(answer.text).toContain("In May 2012 EFF");
    expect(answer.text).toContain("mid-2012");
  }, 60_000);

  // (out-1661: note 10 gives one outlet's 123 for the US delegation; no note sizes a UK one.)
  it("leaves refused a question whose one side the notes lack", async () => {
    expect(
      await shipped.coverageOf(
        "how many delegates did the uk send to dubai, next to the 123 one outlet gave for the us delegation",
      ),
    ).toBe("none");
  }, 60_000);
});
