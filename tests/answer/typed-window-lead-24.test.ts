// A question wanting a count, a date or a name is led by the passage whose window covers it when
// the passage valued best carries no such answer (issue #12, the twenty-fourth session's batch
// in-2664..in-2669, out-918..out-919): "How many countries put their names to the new treaty…?"
// was answered from a paragraph naming the treaty and countries at length but giving no count,
// while the count stood lower down ("…89 Member States signed the Final Acts").
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/after.md": note("After Freeport: the new treaty and the old one", [
    "**Two treaties at once.** The Bureau explained that the new treaty replaces the old one only among countries that are parties to the new treaty. Countries that do not join the new treaty remain bound by the old treaty, and relations between countries on the new treaty and countries outside it continue under the old rules. Trade press said countries would still need their own approval of the treaty. [1]",
    "**Later review.** A review group of countries met in Freeport to look at the treaty again. [2]",
  ]),
  "notes/outcome.md": note("The Freeport outcome", [
    "**Signature count.** On 14 March 2014, the last day, 89 Member States signed the Final Acts in Freeport. According to the Bureau, 144 delegations were present and accredited to sign, so 55 did not sign on the spot. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo } = notesAppContext("wcit-typed-window-", NOTES);

describe("a count held by a window below a passage giving none", () => {
  it("leads the answer", async () => {
    const answer = await answerTo(
      "How many countries put their names to the new treaty in Freeport?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/^On 14 March 2014, the last day, 89 Member States signed/);
  });
});

describe("a question whose best passage already carries what it asks", () => {
  it("keeps that passage's lead", async () => {
    const answer = await answerTo("When did the review group of countries meet in Freeport?");
    expect(answer.text).not.toMatch(/^On 14 March 2014/);
  });
});

describe("a why question", () => {
  it("is not led by the window's passage for its type", async () => {
    const answer = await answerTo("Why do countries outside the new treaty stay on the old rules?");
    expect(answer.text).toMatch(/^The Bureau explained/);
  });
});
