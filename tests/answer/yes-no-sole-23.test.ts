// Yes/no questions claiming one party alone did something ("Was Russia alone in staying out…?",
// "Was Kramer the only official arguing…?"), issue #12, the twenty-third session's batch
// in-2510..in-2519, out-882..out-883: a sentence saying others did so too decides them, and the
// answer opens with it rather than with the party's own act. Real notes, ingested into real SQLite.
import { describe, expect, it } from "vitest";
import { soleClaimParty } from "../../src/answer/yes-no-claims.ts";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const PACT = briefingNote("The Vienna Pact and the fisheries talks", [
  "**The existing pact.** The only binding fisheries instrument in 2012 was the Vienna Pact. Ruritania refused to join the Vienna Pact, citing sovereignty, and in 2011 it asked for a code of conduct instead. The pact was opened for signature on 2 May 2001 and entered into force in 2004. Freedonia and Sylvania also stayed outside the Vienna Pact. [1]",
  "**The quota debate.** Delegations argued for months over catch quotas and inspection rules. The chair tabled a compromise on 3 March. [2]",
]);

const SPEECHES = briefingNote("Officials on the quota article", [
  "**Leadership.** The President chose Ambassador Lena Vogt to head the delegation. In March 2012 Ambassador Lena Vogt, in a speech at a policy institute, and Minister Karl Ash both argued that quotas should be kept out of the accord. Ash said binding quotas are too rigid. [1]",
]);

const ingested = notesEngine("wcit-yes-no-sole-", {
  "notes/pact.md": PACT,
  "notes/speeches.md": SPEECHES,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("a yes/no question claiming one party alone did something", () => {
  it("is told by 'the only', 'alone', 'the lone' or 'on its own', and names its party", () => {
    expect(soleClaimParty("Was Russia the only government named on the leaked text?")).toBe(
      "Russia",
    );
    expect(soleClaimParty("is it right that the US was basically alone in refusing to sign?")).toBe(
      "US",
    );
    expect(soleClaimParty("Did CDT write the unity statement on its own?")).toBe("CDT");
    expect(soleClaimParty("Was Washington the lone voice against it?")).toBe("Washington");
    expect(soleClaimParty("Could associations file proposals, or was it only governments?")).toBe(
      "",
    );
  });

  it("is not told by 'only' meaning 'merely'", () => {
    expect(
      soleClaimParty("Does Article 5A talk about information security, or only networks?"),
    ).toBe(undefined);
    expect(soleClaimParty("Did the Budapest treaty only take effect in 2013?")).toBe(undefined);
    expect(soleClaimParty("Did Russia stay out of the Budapest convention?")).toBe(undefined);
  });

  it("opens with the sentence saying others did so too", async () => {
    const answer = await ingested.engine.answer(
      "Was Ruritania alone in staying out of the Vienna Pact?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(
      answer.text.startsWith("Freedonia and Sylvania also stayed outside the Vienna Pact."),
    ).toBe(true);
    expect(answer.text).toContain("Ruritania refused to join");
  });

  it("opens with a sentence naming the party with others who did the same", async () => {
    const answer = await ingested.engine.answer(
      "Was Vogt the only official arguing in 2012 that quotas should be kept out of the accord?",
    );
    expect(answer.text.startsWith("In March 2012 Ambassador Lena Vogt, in a speech")).toBe(true);
  });

  it("keeps its usual opening when the question claims no one did it alone", async () => {
    const answer = await ingested.engine.answer("Did Ruritania stay out of the Vienna Pact?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text.startsWith("Freedonia and Sylvania also stayed outside")).toBe(false);
  });
});
