// A joined question's ask whose sentence the answer quotes, read on to the sentence beside it in
// its passage that tells what the ask asks (join48, the forty-eighth session's batch
// in-5418..in-5423, out-1782..out-1787): "Throughout, Secretary-General Touré insisted that the
// conference could not give the ITU regulatory powers over the Internet." quoted for "why was the
// itu so sure …", and the next sentence of its paragraph, "After the Internet resolution was
// adopted, the ITU said publicly that resolutions do not have treaty status…", added after it
// under the same marker (`withAsksReadOn`, ask-read-on.ts). The shipped corpus, invented wording.
import { describe, expect, it } from "vitest";
import { shippedEngine } from "./support/extractive-engine.ts";

const { answerTo } = shippedEngine("wcit-join48-48-");

describe("a joined question's ask read on to its sentence's neighbour", () => {
  // (Without `withAsksReadOn` the answer quotes Touré's line and not the ITU's reason after it:
  // run so, the first two tests fail.)
  it("adds the sentence after the ask's quoted one where it meets two of the ask's words", async () => {
    const answer = await answerTo(
      "why was the itu so sure the internet resolution handed it no new powers, and what did rsf blame most refusals on",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("most refusals to Resolution PLEN/3");
    expect(answer.text).toMatch(
      /regulatory powers over the Internet\. \[(\d+)\] After the Internet resolution was adopted, the ITU said publicly that resolutions do not have treaty status[^[]*\[\1\]/,
    );
  }, 120_000);

  it("adds the sentence before it where the quoted one points back at it", async () => {
    const answer = await answerTo(
      "who lined up with washington on opening the council's internet group to all, and who joined moscow and beijing on the 2011 un code-of-conduct push",
    );
    expect(answer.text).toMatch(
      /Council working group on Internet-related public policy\. \[(\d+)\] Sweden and the United States pushed instead for that group to be open to all stakeholders\. \[\1\]/,
    );
  }, 120_000);

  it("states nothing for an ask the notes lack: the Parliament's vote count", async () => {
    const answer = await answerTo(
      "why was the itu so sure the internet resolution handed it no new powers, and how many meps voted for the parliament's nov '12 resolution",
    );
    expect(answer.coverage).not.toBe("full");
    expect(answer.text).not.toMatch(/\bMEPs?\b|\bvoted (?:for|in favour)\b|\b\d+ votes?\b/);
  }, 120_000);

  it("keeps a join whose second ask no note tells from full, its official unnamed", async () => {
    const answer = await answerTo(
      "what did cept say its members had managed to strip out, and which cept official signed that statement",
    );
    expect(answer.coverage).not.toBe("full");
    expect(answer.text).not.toMatch(/\bofficial\b/i);
  }, 120_000);
});
