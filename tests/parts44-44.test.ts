// parts44: a joined question whose parts are noun phrases, its one ask written once after them
// ("A and B - which date goes with which", "- how did the numbers break down", "- dates for the
// pair pls") or before them ("where were they held: A, and B"), read as one ask per part
// (distributed-asks.ts) and judged part by part (`byEachAsk`): every part must be covered.
import { describe, expect, it } from "vitest";
import { distributedAsks } from "../src/answer/distributed-asks.ts";
import { itemAsks } from "../src/answer/item-asks.ts";
import { namesOnly } from "../src/answer/naming-lead.ts";
import { shippedEngine } from "./support/extractive-engine.ts";

describe("distributedAsks: one ask written once for two or three named parts", () => {
  it("reads 'which X … which' as the X of each part", () => {
    expect(
      distributedAsks("the Lomé vote and the Accra walkout - which date goes with which"),
    ).toEqual({
      items: ["the Lomé vote", "the Accra walkout"],
      asks: ["which date goes with the Lomé vote?", "which date goes with the Accra walkout?"],
    });
  });

  it("puts each part for a plural pointing back at them", () => {
    expect(
      distributedAsks("the Lomé meeting and the Accra summit - when did those sit")?.asks,
    ).toEqual(["when did the Lomé meeting sit?", "when did the Accra summit sit?"]);
  });

  it("reads a kind of answer named after the parts as that kind's question", () => {
    expect(
      distributedAsks("the Lomé vote and the Accra vote - dates for the pair pls")?.asks,
    ).toEqual(["when was the Lomé vote?", "when was the Accra vote?"]);
    expect(
      distributedAsks("the Lomé vote and the Accra vote - how did the numbers break down")?.asks,
    ).toEqual(["how many is the Lomé vote?", "how many is the Accra vote?"]);
  });

  it("distributes a question before the colon over the noun phrases after it", () => {
    expect(
      distributedAsks("where were they held: the Lomé talks, and the Accra summit")?.asks,
    ).toEqual(["where were the Lomé talks held?", "where were the Accra summit held?"]);
    expect(
      distributedAsks("what date goes on the slide for: the Lomé vote, and the Accra walkout")
        ?.asks,
    ).toEqual([
      "what date goes on the slide for the Lomé vote?",
      "what date goes on the slide for the Accra walkout?",
    ]);
  });

  it("reads no part that tells something, asks its own question or names no kind", () => {
    expect(
      distributedAsks("the uk and canada walked away in dubai - when did those sign"),
    ).toBeUndefined();
    expect(distributedAsks("where was it held: Lomé, and when did it end")).toBeUndefined();
    expect(distributedAsks("the Lomé vote and the Accra walkout - what a week")).toBeUndefined();
    expect(
      distributedAsks("the Lomé vote and the Accra vote - how do they differ"),
    ).toBeUndefined();
  });

  it("is itemAsks' reading where no 'each' is written", () => {
    expect(itemAsks("the Lomé vote and the Accra walkout - which night was which")).toEqual([
      "which night was the Lomé vote?",
      "which night was the Accra walkout?",
    ]);
  });
});

describe("namesOnly: a possessive names a thing", () => {
  it("reads a plural's and a singular's possessive as naming, a verb as telling", () => {
    expect(namesOnly("the arab states' prep meeting and the geneva briefings")).toBe(true);
    expect(namesOnly("the old group and the 2016 one's session")).toBe(true);
    expect(namesOnly("res 146 appears in both")).toBe(false);
  });
});

describe("a joined question of noun-phrase parts through the shipped engine", () => {
  const shipped = shippedEngine("wcit-parts44-44-");

  // (in-5051: note 11 gives Iran's 77–33 vote, note 10 the House's 397–0; on main, refused.)
  it("answers each part from its own place", async () => {
    const answer = await shipped.engine.answer(
      "iran's access-rights vote and the house vote on the mccaskill/rubio resolution - how did the numbers break down",
      { forceExtractive: true },
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("77 in favour");
    expect(answer.text).toContain("397");
  }, 60_000);

  // (out-1659's shape: note 11 counts Iran's preamble vote; note 07 says PLEN/3's placards were
  // no vote and gives no count. The reading reads it; the placards' part is refused alone.)
  it("leaves refused a question whose second part the notes lack", async () => {
    const question = "the preamble vote and the plen/3 placards - how did the numbers break down";
    expect(itemAsks(question)).toHaveLength(2);
    expect(await shipped.coverageOf(question)).toBe("none");
  }, 60_000);
});
