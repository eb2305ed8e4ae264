// A who ask of an originating act is `full` only where the window tells someone putting forward a
// thing the question names (trust50): a window in which another body proposes another thing ("the
// European Commission proposed an EU line") does not tell who tabled the Parliament's resolution.
// Before this, `tellsProposal` counted any proposing act with a doer the question does not name,
// and the near miss out-1871 (join50's batch) was answered `full`.
import { describe, expect, it } from "vitest";
import { tellsProposal } from "../src/answer/proposer-sentence.ts";
import { shippedEngine } from "./support/extractive-engine.ts";

const analyze = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !["the", "an", "of", "it", "who"].includes(w));

describe("what a window's proposal puts forward", () => {
  it("counts a proposal of a thing the question names", () => {
    const terms = new Set(analyze("which delegation suggested the word berthing"));
    expect(tellsProposal(['Norway suggested the narrower word "berthing".'], terms, analyze)).toBe(
      true,
    );
  });

  it("does not count another body proposing another thing", () => {
    const terms = new Set(analyze("the harbour assembly's march resolution: who tabled it"));
    expect(
      tellsProposal(["In May the Port Commission proposed a customs line."], terms, analyze),
    ).toBe(false);
  });
});

// The shipped notes tell the European Parliament's resolution of 22 November 2012 without saying
// who tabled it; the window answering its content also holds the Commission's proposed EU line.
const shipped = shippedEngine("wcit-trust50-50-shipped-");

describe("a proposer asked of a thing the shipped notes tell with no one putting it forward", () => {
  // (Labelled `full` before trust50: the Commission's proposal counted as telling a proposer.)
  it("answers the resolution's content but not as full", async () => {
    const answer = await shipped.answerTo(
      "european parliament resolution of 22 nov 2012 - what should no single centralised body gain? also who tabled it",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("single centralised body");
  }, 60_000);

  it("still labels a proposer told of the asked thing as it did", async () => {
    const answer = await shipped.answerTo(
      "which senators sponsored the senate resolution the house passed 397 to 0 during dubai",
    );
    expect(answer.coverage).toBe("full");
    expect(answer.text).toContain("McCaskill");
  }, 60_000);
});
