// A why answer keeps the sentences that add to or conclude the argument it quoted ("Moreover, …",
// "Instead, …", "…is therefore uncertain…") though they use no reason word of their own
// (issue #12, why21): "Why is the number of countries that signed the 1988 treaty so fuzzy?" had
// its grounds ("…122 signatories…, but the ITU says 112…") without the conclusion they lead to
// ("The exact count is therefore uncertain and depends on whether later signatures are included."),
// and the same speaker's next ground told without pointing back ("…a poor fit for centralised,
// government-dominated ITU policymaking." then "The field needs agility, …").
import { describe, expect, it } from "vitest";
import { type AnswerShape, composeExtractive, DESCRIBE } from "../../src/answer/extractive.ts";
import { carriesArgumentOn } from "../../src/answer/sentences.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { labelledPassage as labelled, makeDocument } from "./fixtures.ts";

describe("an argument carried on", () => {
  it("is an argument's next step or its conclusion", () => {
    expect(carriesArgumentOn("Moreover, the toll leads straight into questions of trade.")).toBe(
      true,
    );
    expect(carriesArgumentOn("Instead, those fixes will come from the ports themselves.")).toBe(
      true,
    );
    expect(carriesArgumentOn("The exact count is therefore uncertain.")).toBe(true);
  });

  it("not a sentence naming its own point, nor 'thus far'", () => {
    expect(carriesArgumentOn("In 2007 the harbour board launched an agenda.")).toBe(false);
    expect(carriesArgumentOn("Thus far no port has paid the toll.")).toBe(false);
  });

  const note = makeDocument({ id: "note-harbour", title: "The harbour code" });
  const framing = labelled(
    note,
    4,
    "The board's framing",
    "The board stressed that ports often join the old harbour code after consulting at home. It said the number of ports that joined the old harbour code on the spot was 40, and that the board keeps the record.",
    1,
  );
  const count = labelled(
    note,
    1,
    "The old code",
    "One registry gives 52 ports for the old harbour code, but the board says 40 ports joined it on the spot. The exact count is therefore uncertain and depends on whether later accessions are included.",
    0.9,
  );
  const why: AnswerShape = { ...DESCRIBE, expected: "reason" };

  it("comes with the further passage's reason it concludes, for a why question", () => {
    const answer = composeExtractive(
      [framing, count],
      keyTermsOf("Why is the number of ports that joined the old harbour code so unclear?"),
      analyze,
      why,
    );
    const texts = answer?.sentences.map((s) => s.text) ?? [];
    const grounds = texts.findIndex((t) => t.startsWith("One registry gives 52 ports"));
    expect(grounds).toBeGreaterThanOrEqual(0);
    expect(texts[grounds + 1]).toBe(
      "The exact count is therefore uncertain and depends on whether later accessions are included.",
    );
  });

  it("goes on to the same speaker's next ground, not to another speaker's", () => {
    const paper = labelled(
      note,
      6,
      "The toll paper",
      "The harbour board said it would publish its paper on the toll for small ports in May. The board said the paper on the toll for small ports runs to twelve pages.",
      1,
    );
    const argument = labelled(
      note,
      3,
      "Arguments",
      "The board argued that the toll matters for trade but is a poor fit for small ports. The charge needs agility, and workable fixes are more likely to come from the ports themselves. Norway's pilots would weigh the rest.",
      0.8,
    );
    const answer = composeExtractive(
      [paper, argument],
      keyTermsOf("Why does the harbour board think the toll is a poor fit for small ports?"),
      analyze,
      why,
    );
    const texts = answer?.sentences.map((s) => s.text) ?? [];
    const argued = texts.findIndex((t) => t.startsWith("The board argued that the toll"));
    expect(argued).toBeGreaterThanOrEqual(0);
    expect(texts[argued + 1]).toBe(
      "The charge needs agility, and workable fixes are more likely to come from the ports themselves.",
    );
    expect(texts).not.toContain("Norway's pilots would weigh the rest.");
  });
});
