// Joins whose one ask no note tells stay refused (join49, the forty-ninth session's batch
// in-5508..in-5513, out-1836..out-1841). join49's own-place reader (tag study/join49) was taken out
// at the merge: most of the sentences it added met two of the ask's words and said something else.
// The shipped corpus, invented wording.
import { describe, expect, it } from "vitest";
import { shippedEngine } from "./support/extractive-engine.ts";

const { answerTo } = shippedEngine("wcit-join49-49-");

describe("a join with one ask no note tells", () => {
  it("leaves a join refused where one ask's fact no note tells: Mueller on spam", async () => {
    const answer = await answerTo(
      "what day did touré concede the td-64 leak, and what was mueller cautioning about spam that june",
    );
    expect(answer.coverage).toBe("none");
    expect(answer.text).not.toMatch(/Mueller/);
  }, 120_000);

  it("leaves a join refused where the reply asked is told nowhere: Beijing's answer on C59", async () => {
    const answer = await answerTo(
      "which government quizzed china over what c59 meant, and what reply did beijing give",
    );
    expect(answer.coverage).toBe("none");
    expect(answer.text).not.toMatch(/China (?:replied|answered|said)/);
  }, 120_000);
});
