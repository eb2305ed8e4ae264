// Where the passages give a name another ("the Northern Compact on Tides, known as the Halden
// Pact"), a question naming the first is met where they use the second (issue #12).
import { describe, expect, it } from "vitest";
import { makeDocument, smallCorpusOf } from "./fixtures.ts";

const doc = makeDocument({ id: "notes/tides.md", title: "Agreements" });
const { judgeAs } = smallCorpusOf(
  doc,
  [
    "The pilots' expert panel first met in 2007. In its talks, the Halden Pact was praised as a model by some and dismissed by others as a local instrument.",
    "The only binding agreement was the Northern Compact on Tides, known as the Halden Pact.",
    "The piers of Norland are repaired each spring.",
  ],
  20,
);
const judge = (question: string) => judgeAs(question, "description");

describe("the coverage decision and a name the passages give another", () => {
  it("meets the first name's words where the passages use the second", () => {
    const r = judge(
      "Inside the pilots' expert panel, how did opinions on the Northern tides compact split?",
    );
    expect(r.covered).toBe(true);
  });

  it("does not lend the other name to one shared word of the first", () => {
    // Only "Northern" of the compact's name: the Halden Pact is not what this asks about.
    expect(
      judge("Inside the pilots' expert panel, how did opinions on the Northern piers split?")
        .covered,
    ).toBe(false);
  });
});
