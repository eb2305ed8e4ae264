// A list point that restates, in a lower source, a point a better source already gave (a note
// paraphrasing the blog it cites) is no new point (issue #12, fifteenth session): "three talking
// points" gave the blog's point and the note's paraphrase of it, and left the blog's other point out.
import { describe, expect, it } from "vitest";
import { type AnswerShape, composeExtractive, DESCRIBE } from "../../src/answer/extractive.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { labelledPassage as labelled, makeDocument } from "./fixtures.ts";

const LIST: AnswerShape = { ...DESCRIBE, expected: "items", list: {} };

function points(question: string, passages: ScoredPassage[]): string {
  const answer = composeExtractive(passages, keyTermsOf(question), analyze, LIST);
  if (!answer) throw new Error("no extractive answer");
  return answer.text;
}

describe("a lower source restating a point gives no second point", () => {
  const blog = makeDocument({
    id: "guild-blog",
    title: "Why the guild should not set harbour tolls",
  });
  const note = makeDocument({ id: "note-guild", title: "The guild's paper on harbour tolls" });
  const fares = labelled(
    blog,
    1,
    "Fares",
    "Harbour tolls lead straight into questions of fishing rights, ferry fares and port access, which the guild has no means to weigh.",
    1,
  );
  const paraphrase = labelled(
    note,
    2,
    "The argument",
    "Tolls on harbours soon turn into disputes over fishing rights, ferry fares and port access, which the guild is not equipped to weigh.",
    0.95,
  );
  const speed = labelled(
    blog,
    3,
    "Speed",
    "Harbour tolls need speed: the guild meets once a year, while the ports change their fees every season.",
    0.9,
  );
  const question = "list the guild's points on harbour tolls";

  it("gives the better source's point once, and the next point in its room", () => {
    const text = points(question, [fares, paraphrase, speed]);
    expect(text).toContain("which the guild has no means to weigh");
    expect(text).not.toContain("which the guild is not equipped to weigh");
    expect(text).toContain("Harbour tolls need speed");
  });
});
