// A why answer keeps the sentences that add to or conclude the argument it quoted ("Moreover, …",
// "Instead, …", "…is therefore uncertain…") though they use no reason word of their own
// (issue #12, why21): "Why is the number of countries that signed the 1988 treaty so fuzzy?" had
// its grounds ("…122 signatories…, but the ITU says 112…") without the conclusion they lead to
// ("The exact count is therefore uncertain and depends on whether later signatures are included.").
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
});
