// Joins whose second ask (a date, a count, a doer) no note tells gain no sentence pretending to
// answer it (join51, the fifty-first session's batch in-5670..in-5675, out-1926..out-1931).
// join51's own-place reader (tag study/join51, on join50's and join49's) was not kept: it lifted
// one question, where the reach bar asks two. The shipped corpus, invented wording.
import { describe, expect, it } from "vitest";
import { shippedEngine } from "./support/extractive-engine.ts";

const { answerTo } = shippedEngine("wcit-join51-51-");

describe("a join with one ask no note tells", () => {
  it("adds no date of another signing for a signature no note records: Britain", async () => {
    const answer = await answerTo(
      'Which word did the British put forward in place of "security" in 5A, and on what date did Britain end up signing the 2012 treaty?',
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toMatch(/robustness/);
    expect(answer.text).not.toMatch(/\bsigned\b/);
  }, 120_000);

  it("adds no count for a delegation no note counts: UNESCO in Dubai", async () => {
    const answer = await answerTo(
      "unesco's objection to draft 5a.4 - what criterion did it attack? also how many people did unesco have in dubai",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toMatch(/information of a sensitive nature/);
    expect(answer.text).not.toMatch(/\b\d+ (?:people|delegates|staff|members)\b/);
  }, 120_000);

  it("stays refused where the doer asked is named nowhere: the Czech delegation's head", async () => {
    const answer = await answerTo(
      "why did the czech delegation favour robustness over security, and who led the czech team in dubai",
    );
    expect(answer.coverage).toBe("none");
    expect(answer.text).not.toMatch(/led the Czech/);
  }, 120_000);
});
