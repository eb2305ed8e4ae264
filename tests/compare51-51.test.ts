// A comparison's side that no kept sentence tells (compare51, the fifty-first session's batch
// in-5676..in-5681, out-1932..out-1937). The rule that gave such a side a sentence of its own was
// not kept at the merge (a third of the answers it changed gained a sentence off the ask; its code
// and its positive test are on the tag `study/compare51`). What stays: a side the notes never name
// gains no sentence, and near misses with such a side stay refused. Through the engine on the
// shipped corpus, in wording of its own.
import { describe, expect, it } from "vitest";
import { shippedEngine } from "./support/extractive-engine.ts";

const suite = shippedEngine("wcit-compare51-51-");

describe("a side no kept sentence tells, through the engine", () => {
  it("gives no sentence for a side the notes never name, where the other side is answered", async () => {
    const answer = await suite.answerTo(
      "h. con. res. 127 vs the australian senate's motion on dubai - what did each demand?",
    );
    expect(answer.text).toContain("H. Con. Res. 127");
    expect(answer.text.toLowerCase()).not.toContain("australia");
  }, 60_000);

  it("gives no sentence for a side the notes never name", async () => {
    const answer = await suite.answerTo(
      "parminder vs the zagreb digital league on the final itrs - same verdict?",
    );
    expect(answer.coverage).toBe("none");
    expect(answer.text.toLowerCase()).not.toContain("zagreb");
  }, 60_000);

  it("keeps refusing near misses whose one side the notes lack", async () => {
    expect(
      await suite.coverageOf(
        "h. con. res. 127 vs the canadian parliament's motion on wcit - what did each ask for?",
      ),
    ).toBe("none");
    expect(
      await suite.coverageOf("the us's preferred operator label vs japan's - how did they differ?"),
    ).toBe("none");
  }, 60_000);
});
