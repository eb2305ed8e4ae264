// Comparisons and how answers (issue #12): each side of a comparison is spoken for by where the
// corpus speaks of it, not by a sentence listing every side in a series. Scored passages in,
// answer out.
import { describe, expect, it } from "vitest";
import { type AnswerShape, composeExtractive } from "../../src/answer/extractive.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { labelledPassage as labelled, makeDocument } from "./fixtures.ts";

function compose(question: string, passages: ScoredPassage[], shape: AnswerShape) {
  const answer = composeExtractive(passages, keyTermsOf(question), analyze, shape);
  if (!answer) throw new Error("no extractive answer");
  return answer;
}

/** A comparison of the Hansa and the Levant League, as the engine shapes it. */
function hansaAndLevant(question: string, list?: AnswerShape["list"]): AnswerShape {
  const sides = keyTermsOf(question).filter((k) => ["hansa", "levant"].includes(k.term));
  return {
    expected: "both-sides",
    sides: sides.map((k) => [k]),
    names: ["hansa", "levant"],
    ...(list ? { list } : {}),
  };
}

describe("a comparison's sides, each from its own passage", () => {
  const leagues = makeDocument({
    id: "note-leagues",
    title: "Trading leagues at the harbour talks",
  });
  const overview = labelled(
    leagues,
    1,
    "How leagues take positions",
    "Ports usually coordinate through four trading leagues. These are the Hansa (the north), the Levant League (the east), the Guild of the Isles and the Southern Compact. Each can table common proposals for the harbour code.",
    1,
  );
  const hansa = labelled(
    leagues,
    2,
    "The Hansa",
    "The Hansa proposals were published as Paper 10 and revised in October. They asked to keep pilotage voluntary and to leave towage prices to the ports.",
    0.9,
  );
  const levant = labelled(
    leagues,
    3,
    "The Levant League",
    "The Levant League prepared common proposals of its own. Its stated aim was to keep the harbour code short and avoid burdensome rules.",
    0.6,
  );
  const question = "Hansa vs Levant League going in: what was each league after? one line per side";

  it("speaks for a side with its own passage, not a series naming every league", () => {
    const shape = hansaAndLevant(question, { count: 2 });
    const answer = compose(question, [overview, hansa, levant], shape);
    expect(answer.text).toContain("keep the harbour code short and avoid burdensome rules");
    expect(answer.text).toContain("keep pilotage voluntary");
    expect(answer.text).not.toContain("These are the Hansa");
  });
});
