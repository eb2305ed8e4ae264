// A list short of its points reads on for the question's words it left unsaid, and a counted
// bullet is not spent on the best passage's sentences that name none of the question's words
// (list49, the forty-ninth session's batch in-5490..in-5495, out-1818..out-1823). Lists stopped
// at two points of seven while a top-eight paragraph stated the other side asked ("what did the
// Americas' Document 10 and the Commission's August line each want…": the Commission's own
// August line was never read), and "3 bullets on…" spent its second bullet on the best
// paragraph's scene-setting. A list of what the notes never state stays refused.
import { describe, expect, it } from "vitest";
import { shippedEngine } from "./support/extractive-engine.ts";

function bullets(text: string): string[] {
  return text.split("\n").filter((line) => line.startsWith("- "));
}

describe("a list reading on for what it left unsaid, on the shipped corpus", () => {
  const shipped = shippedEngine("wcit-list49-49-");

  // (Without `readOnForUnsaid`: five bullets, none from note 03's paragraph on the Commission's
  // August 2012 line.)
  it("reads on in a top-eight passage for a side the answer left unsaid", async () => {
    const answer = await shipped.answerTo(
      "bullets: apart from voluntary itu-t recs, what did the americas' document 10 and the commission's aug 2012 line each want left as it was",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/EU legal framework/);
  }, 120_000);

  // (Without `namedOnlyByHeading`: the second bullet is note 12's "Trade press and Latin
  // American commentators also reported 2015…", which names nothing the question asks.)
  it("folds the best passage's scene-setting into its bullet and reads another passage", async () => {
    const answer = await shipped.answerTo(
      "3 bullets on how the 2012 treaty is organised, beside what the 1988 one merged",
    );
    const listed = bullets(answer.text);
    expect(listed).toHaveLength(3);
    expect(listed[0]).toMatch(/Trade press/);
    expect(listed[1]).not.toMatch(/Trade press/);
    expect(answer.text).toMatch(/telegraph and telephone regulations/);
  }, 120_000);

  it("keeps refusing bullets on backers the notes never name", async () => {
    const answer = await shipped.answerTo(
      "3 bullets naming the telecom firms that lined up behind etno's fair-compensation push",
    );
    expect(answer.coverage).toBe("none");
  }, 120_000);
});
