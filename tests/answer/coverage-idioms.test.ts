// Idioms in a question that say how the asker means it, or name an act in other words (issue #12,
// wr16): "in the first place", "all told", "at the end of the day" name no topic; "put pen to
// paper" is signing; the class noun of "what kind of X is Y?" is asked, not required. Each
// in-scope question here was refused before the rule; each near miss beside it must still be
// refused.

import { describe, expect, it } from "vitest";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { withoutTimeIdioms } from "../../src/search/question-idioms.ts";
import { shippedEngine } from "../support/extractive-engine.ts";

// The real corpus: whether an idiom's words weigh enough to refuse depends on its term weights.
const { coverageOf } = shippedEngine("wcit-coverage-idioms-");

const terms = (q: string) => keyTermsOf(q).map((k) => k.term);

describe("an idiom saying how the question is meant", () => {
  it("names no topic", () => {
    expect(terms("Who pushed for a spam definition in the first place?")).not.toContain("place");
    expect(terms("Who pushed for a spam definition in the first place?")).not.toContain("first");
    expect(terms("all told, how many groups signed?")).not.toContain("told");
    expect(terms("at the end of the day, who won?")).not.toContain("end");
    // The words themselves still count where they are the topic.
    expect(terms("Who took first place?")).toContain("place");
    expect(terms("What happened at the end of the conference?")).toContain("end");
  });

  it("reads an intensifier after a question word as no topic", () => {
    expect(terms("Why on earth did the Council refuse?")).not.toContain("earth");
    expect(terms("What in the world made Kroes worried?")).not.toContain("world");
    expect(terms("How the heck did the vote pass?")).not.toContain("heck");
    // Not where it names a topic of its own.
    expect(terms("Which treaty covers stations on earth?")).toContain("earth");
    expect(terms("What is the biggest network in the world?")).toContain("world");
  });

  it("lets the question be answered where the sources state it", async () => {
    expect(
      await coverageOf("Who pushed to get a spam definition into the ITRs in the first place?"),
    ).not.toBe("none");
  });

  it("still refuses what the sources do not state", async () => {
    expect(
      await coverageOf("Who pushed to get a taxation definition into the ITRs in the first place?"),
    ).toBe("none");
  });
});

describe("an idiom for an act", () => {
  it("is read as the act", () => {
    expect(withoutTimeIdioms("How many countries put pen to paper?")).toContain("signed");
    expect(terms("How many countries put pen to paper on the final acts?")).not.toContain("paper");
    expect(terms("What was printed on paper?")).toContain("paper");
  });

  it("lets a count of signers be answered by the sentence saying who signed", async () => {
    expect(
      await coverageOf(
        "How many countries actually put pen to paper on the final acts on the last day?",
      ),
    ).not.toBe("none");
  });
});

describe("a question asking what kind of thing something is", () => {
  it("does not require the class noun, which the answer words its own way", () => {
    const key = (q: string, term: string) => keyTermsOf(q).find((k) => k.term === term);
    expect(key("What kind of organisation is ETNO?", "organ")?.classAsked).toBe(true);
    expect(key("what sort of body was the CWG", "bodi")?.classAsked).toBe(true);
    // Not a kind of the thing asked for: "proposals" are what is asked.
    expect(key("What kind of proposals did Russia file?", "propos")?.classAsked).toBeUndefined();
  });

  it("is answered where the source says what the thing is", async () => {
    expect(
      await coverageOf(
        "What kind of organisation is ETNO, and what did it file with the preparatory group?",
      ),
    ).not.toBe("none");
  });

  it("is still refused for a thing the corpus does not name", async () => {
    expect(await coverageOf("What kind of organisation is Huawei?")).toBe("none");
  });
});
