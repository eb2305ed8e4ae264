// A later yes/no ask joined by a dash and "and" (two40): "did touré ever say outright that dubai
// couldn't hand the itu powers over the net - and did he own up to the td-64 leak" asks two
// things, as ", and did he…" does. `JOIN_CUT` (question-ask-joins.ts) cut a dash's join only
// before a question word, so the yes/no after it was read as part of the first ask, and the
// question judged on one window. Each ask is now judged on its own; an ask the notes lack still
// refuses the question.
import { describe, expect, it } from "vitest";
import { splitAsks } from "../src/search/question-asks.ts";
import { shippedEngine } from "./support/extractive-engine.ts";

describe("a yes/no ask after a dash and a join word", () => {
  it("is cut as an ask of its own", () => {
    expect(splitAsks("who okayed h. con. res. 127 - and was anyone against it?")).toEqual([
      "who okayed h. con. res. 127",
      " - and was anyone against it?",
    ]);
  });

  it("leaves a dash with no join word uncut", () => {
    expect(splitAsks("what headcount did CEPT send to Dubai - how many delegates in all?")).toEqual(
      ["what headcount did CEPT send to Dubai - how many delegates in all?"],
    );
  });
});

describe("a dash-joined yes/no ask, on the shipped corpus", () => {
  const shipped = shippedEngine("wcit-two40-40-");

  // (Without the cut: one ask, answered from the 20 June paragraph alone, Touré's line that the
  // conference could not give the ITU regulatory powers left out.)
  it("answers each ask from its own paragraph", async () => {
    const answer = await shipped.answerTo(
      "did touré ever say outright that dubai couldn't hand the itu powers over the net - and did he own up to the td-64 leak",
    );
    expect(answer.text).toContain("regulatory powers over the Internet");
    expect(answer.text).toContain("TD-64 had leaked");
  }, 60_000);

  // The notes give no apology of Touré's to EFF: the later ask refuses the question.
  it("leaves refused a later ask the notes lack", async () => {
    expect(
      await shipped.coverageOf(
        "did touré ever say outright that dubai couldn't hand the itu powers over the net - and did he ever apologise to eff",
      ),
    ).toBe("none");
  }, 60_000);
});
