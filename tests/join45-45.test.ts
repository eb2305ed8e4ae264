// join45: a joined question of two or three parts with one ask over them all, a comparison of
// their dates ("did A, B and C all land in the same month", "A and B - same month? dates pls") or
// the reason of each stated part ("X, and Y - why, in each case"), read as one ask per part
// (part-asks.ts) and judged part by part (`byEachAsk`): every part must be covered, and a part
// asked for its date must be dated by a sentence naming it.
import { describe, expect, it } from "vitest";
import { partAsks } from "../src/answer/part-asks.ts";
import { sideAsks } from "../src/answer/side-asks.ts";
import { shippedEngine } from "./support/extractive-engine.ts";

describe("partAsks: one ask over two or three parts, asked of each", () => {
  it("reads a comparison of dates before or after the parts as each part's date", () => {
    expect(
      partAsks("did the Lomé vote, the Accra walkout and the Dakar memo all land in the same month")
        ?.asks,
    ).toEqual([
      "when was the Lomé vote?",
      "when was the Accra walkout?",
      "when was the Dakar memo?",
    ]);
    expect(partAsks("the Lomé vote and the Accra walkout - same month? dates pls")?.asks).toEqual([
      "when was the Lomé vote?",
      "when was the Accra walkout?",
    ]);
    expect(
      partAsks(
        "the Lomé vote, the Accra walkout and the Dakar memo - were all three in different years?",
      )?.dated,
    ).toBe(true);
  });

  it("reads a tail asking the reason of each stated part as a why ask per part", () => {
    expect(
      partAsks("the Lomé group walked out, and Accra stayed to the end - why, in each case")?.asks,
    ).toEqual(["why the Lomé group walked out?", "why Accra stayed to the end?"]);
    expect(
      partAsks(
        "Lomé called it a win, and Accra said nothing had moved - what was each one's reasoning",
      )?.items,
    ).toEqual(["Lomé called it a win", "Accra said nothing had moved"]);
  });

  it("reads no tail asking more than dates or reasons, and no part leaving its act unsaid", () => {
    expect(
      partAsks("the Lomé vote and the Accra walkout - same month, and who called them"),
    ).toBeUndefined();
    expect(partAsks("did the Lomé vote and the Accra walkout all pass")).toBeUndefined();
    expect(
      partAsks("Lomé thought the text went too far, and so did Accra - why, in each case"),
    ).toBeUndefined();
    expect(partAsks("why did Lomé walk out, and Accra stay - why, in each case")).toBeUndefined();
  });

  it("is sideAsks' reading where no two-sided form reads the question", () => {
    expect(
      sideAsks("the Lomé vote and the Accra walkout - same month? dates pls")?.asks,
    ).toHaveLength(2);
  });
});

describe("a joined question of dated parts through the shipped engine", () => {
  const shipped = shippedEngine("wcit-join45-45-");

  // (in-5040, blind: notes 09 and 08 date the paper, the letter and the resource centre; refused
  // on main.)
  it("answers each dated part from its own place", async () => {
    const answer = await shipped.answerTo(
      "did cdt's paper, the ngo sign-on letter it circulated and its itu resource hub all land in the same month",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("6 September 2012");
    expect(answer.text).toContain("Sign-on letter (September 2012)");
    expect(answer.text).toContain("launched in September 2012");
  }, 60_000);

  // (out-1691's shape: notes 03 date the Parliament's resolution and India's Document 21; no note
  // tells of a proposal by Brazil. "when was brazil's own proposal?" alone passes on note 06's
  // Budapest paragraph, which dates the Convention and says Brazil stayed out of it; no sentence
  // there dates anything of Brazil's, so the part is not dated and the question stays refused.)
  it("leaves refused a question whose third part no sentence dates", async () => {
    const question =
      "did the eu parliament's resolution, india's doc 21 and brazil's own proposal all land in november 2012? dates pls";
    expect(partAsks(question)?.asks).toHaveLength(3);
    expect(await shipped.coverageOf(question)).toBe("none");
  }, 60_000);
});
