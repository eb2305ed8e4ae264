// An ask a joined answer leaves unstated gets the sentence of its own place only where one clause
// of it tells the ask's own act or thing and holds the value asked (join51, on join50's and
// join49's own-place reader; the fifty-first session's batch in-5670..in-5675, out-1926..out-1931).
// The shipped corpus, invented wording.
import { describe, expect, it } from "vitest";
import { shippedEngine } from "./support/extractive-engine.ts";

const { answerTo } = shippedEngine("wcit-join51-51-");

describe("an ask a joined answer leaves unstated", () => {
  it("gets its own sentence where a clause tells its act of its thing: Mueller's warning", async () => {
    const answer = await answerTo(
      "june 2012 was busy - on what day did toure own up to the td-64 leak, and what was mueller warning about in that same month",
    );
    expect(answer.text).toMatch(/On 20 June 2012/);
    expect(answer.text).toMatch(/Mueller \(June 2012\) warned that security/);
    expect(answer.coverage).not.toBe("full");
  }, 120_000);
});

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
