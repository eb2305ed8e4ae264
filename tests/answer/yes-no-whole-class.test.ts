// Yes/no questions asking their claim of a whole class ("Were all the … groups against…?"): a
// sentence saying the class was not of one mind decides them, and the answer opens with it rather
// than with a passage naming the class as often. Real notes, ingested into real SQLite.
import { describe, expect, it } from "vitest";
import { asksOfEvery } from "../../src/answer/yes-no-claims.ts";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const PRESSURE = briefingNote("Fishing cooperatives and the fisheries accord", [
  "**Pressure during the talks.** On 9 May fishing cooperatives sent the chair an open letter about the accord. It raised three problems for fishing cooperatives: comments had no standing, the working groups were closed, and fishing cooperatives could not take part. On 14 May a coalition of fishing cooperatives called on delegations to reject the accord. [1]",
  "**Dissent among the cooperatives.** Fishing cooperatives were not unanimous. Ana Ruiz of the Coastal Union argued that the final accord was better than the 2001 text on quotas. Ben Ode of Harbour Voice judged it a fair deal. [2]",
]);

const ingested = notesEngine("wcit-yes-no-whole-class-", {
  "notes/pressure.md": PRESSURE,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("a yes/no question asking its claim of a whole class", () => {
  it("is told by 'all' or 'every' right after its auxiliary, not by 'all' as an intensifier", () => {
    expect(asksOfEvery("Were all the civil society groups against the outcome?")).toBe(true);
    expect(asksOfEvery("Did every member sign the Final Acts?")).toBe(true);
    expect(asksOfEvery("Did the ITU publish the drafts, or was it all leaks?")).toBe(false);
    expect(asksOfEvery("Did the text define spam at all?")).toBe(false);
  });

  it("opens with the sentence saying the class was not of one mind", async () => {
    const answer = await ingested.engine.answer(
      "Were all the fishing cooperatives against the final accord?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text.startsWith("Fishing cooperatives were not unanimous.")).toBe(true);
    expect(answer.text).toContain("Ana Ruiz");
  });

  it("keeps its usual opening when the question asks it of no whole class", async () => {
    const answer = await ingested.engine.answer(
      "Were the fishing cooperatives against the final accord?",
    );
    expect(answer.text.startsWith("Fishing cooperatives were not unanimous.")).toBe(false);
  });
});
