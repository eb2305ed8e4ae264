// List points (list21): a sentence naming what a list asks about only in one short, later item of
// a series of other things ("The resolutions cover …, the Internet (Resolution PLEN/3), periodic
// review…") is about that series, and gives no point of the list. It had taken the place of the
// answering paragraph's own sentence on who opposed the resolution.
import { describe, expect, it } from "vitest";
import { starterEngine } from "../support/extractive-engine.ts";

describe("a list point is about what is asked", () => {
  const starter = starterEngine("wcit-list-points-21-");

  it("gives the opponents of PLEN/3, not the list of resolutions naming it", async () => {
    const answer = await starter.answerTo(
      "bullets: what went wrong w/ how PLEN/3 got adopted, and who was against it?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Canada and the US opposed it");
    expect(answer.text).not.toContain("landlocked developing countries");
  });

  it("keeps a series item long enough to say something of its own", async () => {
    const answer = await starter.answerTo(
      "donor update: the headline numbers from the civil-society push (petitions, sign-ons etc), bullets",
    );
    expect(answer.text).toContain("120 organisations");
  });
});
