// "How many countries are in CEPT?" is answered by "CEPT said its 48 members…": a count of what a
// body holds is a count of its members, whatever they are (issue #12).
import { describe, expect, it } from "vitest";
import { makeDocument, smallCorpusOf } from "./fixtures.ts";

const doc = makeDocument({ id: "notes/leagues.md", title: "Leagues" });
const { judgeAs } = smallCorpusOf(
  doc,
  [
    "The Tidewater League said its 12 members had removed the harshest proposals on anchorage fees.",
    "Ports along the coast publish their fees each spring.",
  ],
  20,
);
const judge = (question: string) => judgeAs(question, "number");

describe("the coverage decision on a count of what a body holds", () => {
  it("is met by a count of the body's members", () => {
    expect(judge("How many ports are in the Tidewater League?").covered).toBe(true);
    expect(judge("How many ports belong to the Tidewater League?").covered).toBe(true);
  });

  it("is not met by members where the count is of something else", () => {
    expect(judge("How many ports did the Tidewater League name?").covered).toBe(false);
  });
});
