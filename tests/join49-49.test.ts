// A joined question's ask that the answer leaves unstated, read from its own place (join49, the
// forty-ninth session's batch in-5508..in-5513, out-1836..out-1841): the answer quotes Touré's
// June 2012 paragraph for "what day did touré concede the td-64 leak" and nothing of Mueller's,
// though the ask's own search finds "Milton Mueller (June 2012) warned that security was becoming
// the main justification…" first; that sentence, meeting two of the ask's words ("Mueller",
// "June"), one of them its own, is added after the answer with its citation
// (`withAsksOwnPlaces`, ask-own-place.ts). The shipped corpus, invented wording.
import { describe, expect, it } from "vitest";
import { shippedEngine } from "./support/extractive-engine.ts";

const { answerTo } = shippedEngine("wcit-join49-49-");

describe("a joined question's unstated ask read from its own place", () => {
  // (Without `withAsksOwnPlaces` the answer ends on Brito's TD-62 line and names no Mueller: run
  // so, this test fails.)
  it("adds the sentence of the ask's own passages meeting two of its words", async () => {
    const answer = await answerTo(
      "what day did touré concede the td-64 leak, and what was mueller cautioning about that june",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("On 20 June 2012");
    expect(answer.text).toMatch(
      /Milton Mueller \(June 2012\) warned that security was becoming the main justification for proposals[^[]*\[(\d+)\]$/,
    );
    const marker = /\[(\d+)\]$/.exec(answer.text)?.[1];
    const cited = answer.citations.find((c) => c.n === Number(marker));
    expect(cited?.passageId).toMatch(/^note-04-security-article-5a:/);
  }, 120_000);

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
