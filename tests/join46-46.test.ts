// join46: the dates of two or three things asked with no ask after them ("exact dates for A, B
// and C", "give me the dates of A and B", "what dates were A and B", "when did A and B come out"),
// read as one "when was" ask per thing (part-asks.ts, `datesAskedOfParts`) and judged thing by
// thing (`byEachAsk`): every thing must be covered, and dated by a sentence naming it.
import { describe, expect, it } from "vitest";
import { datesAskedOfParts, partAsks } from "../src/answer/part-asks.ts";
import { sideAsks } from "../src/answer/side-asks.ts";
import { shippedEngine } from "./support/extractive-engine.ts";

describe("datesAskedOfParts: dates asked first, then the things", () => {
  it("reads the dates asked of two or three noun phrases as each one's date", () => {
    expect(
      datesAskedOfParts("exact dates for the Lomé vote, the Accra walkout and the Dakar memo")
        ?.asks,
    ).toEqual([
      "when was the Lomé vote?",
      "when was the Accra walkout?",
      "when was the Dakar memo?",
    ]);
    expect(
      datesAskedOfParts("give me the dates of the Lomé vote and the Accra walkout pls")?.items,
    ).toEqual(["the Lomé vote", "the Accra walkout"]);
    expect(
      datesAskedOfParts("what dates were the Lomé vote and the Accra walkout?")?.asks,
    ).toHaveLength(2);
    expect(
      datesAskedOfParts("busy spring - rough dates for the Lomé vote and the Accra walkout")?.asks,
    ).toEqual(["when was the Lomé vote?", "when was the Accra walkout?"]);
  });

  it("reads two things as the subject of one verb of taking place", () => {
    expect(datesAskedOfParts("when did the Lomé memo and the Accra draft come out")?.asks).toEqual([
      "when was the Lomé memo?",
      "when was the Accra draft?",
    ]);
    expect(
      datesAskedOfParts("when were the Lomé talks and the Accra summit held?")?.asks,
    ).toHaveLength(2);
  });

  it("reads no series after a colon, no thing told by a clause, and no act of each", () => {
    expect(
      datesAskedOfParts("dates for the slide: the Lomé vote, and the Accra walkout"),
    ).toBeUndefined();
    expect(
      datesAskedOfParts("dates of the Lomé meeting that merged the east and west blocs pls"),
    ).toBeUndefined();
    expect(
      datesAskedOfParts("when did the Lomé group and the Accra group each set out their line"),
    ).toBeUndefined();
    expect(datesAskedOfParts("dates for each of the Lomé votes")).toBeUndefined();
    expect(datesAskedOfParts("exact dates for the Lomé vote")).toBeUndefined();
  });

  it("is partAsks' and sideAsks' reading, marked as dated", () => {
    expect(partAsks("exact dates for the Lomé vote and the Accra walkout")?.dated).toBe(true);
    expect(sideAsks("exact dates for the Lomé vote and the Accra walkout")?.asks).toHaveLength(2);
  });
});

describe("dates asked of things told in two notes, through the shipped engine", () => {
  const shipped = shippedEngine("wcit-join46-46-");

  // (Note 03 dates C-109; note 02 the Geneva briefings. Refused on main: no one place holds both.)
  it("answers each thing's date from its own place", async () => {
    const answer = await shipped.answerTo(
      "exact dates for etno's c-109 filing and the geneva delegate briefings",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("6 June 2012");
    expect(answer.text).toContain("8–9 October 2012");
  }, 60_000);

  it("answers two things read as the subject of a verb of filing", async () => {
    const answer = await shipped.answerTo(
      "when were india's document 21 and russia's document 27 filed",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("3 November 2012");
    expect(answer.text).toContain("13 November 2012");
  }, 60_000);

  // (Note 10 names Denmark among the delegations that would not sign; no note tells of a
  // contribution by Denmark, so the second thing is not dated and the question stays refused.)
  it("leaves refused a question one of whose things no note dates", async () => {
    const question =
      "can i get the dates for india's document 21 and denmark's own cwg contribution";
    expect(datesAskedOfParts(question)?.asks).toHaveLength(2);
    expect(await shipped.coverageOf(question)).toBe("none");
  }, 60_000);
});
