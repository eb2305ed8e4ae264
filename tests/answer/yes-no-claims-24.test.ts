// Yes/no questions whose deciding sentence was read but not weighed as deciding (issue #12, the
// twenty-fourth session's batch in-2614..in-2623, out-908..out-909): a claim of a whole class it
// counts ("Could every one of the union's 180 member states sign…?") is denied by a smaller count of that class, and a
// claim about what a text does ("Does the treaty set catch quotas…?") is decided by what the text
// says, ahead of a party's view of what it should do. Real notes, ingested into real SQLite.
import { describe, expect, it } from "vitest";
import { asksOfText, countedClassAsked } from "../../src/answer/yes-no-claims.ts";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const TALKS = briefingNote("Signing the fisheries treaty in Vienna", [
  "**Signing in Vienna.** All 180 member states of the union were invited to sign the fisheries treaty in Vienna on the last day. The union's 180 member states had debated the treaty for two weeks. [1]",
  "**Signature count.** The ceremony ran late on the last day. According to the union, 131 member states were present and accredited to sign. [2]",
]);

const ACCORD = briefingNote("The quota article of the fisheries treaty", [
  "**The Ruritanian view.** Ruritania said the treaty should not extend to catch quotas or inspection rules for national fleets. Its minister repeated that governments should not set catch quotas for fleets through a treaty. [1]",
  "**What was adopted.** Delegates worked late on the final day. Article 4 states that the treaty does not set catch quotas. [2]",
]);

const ingested = notesEngine("wcit-yes-no-claims-", {
  "notes/talks.md": TALKS,
  "notes/accord.md": ACCORD,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("a yes/no claim of a whole class it counts", () => {
  it("is told by 'all N', 'every one of the N', with the class's noun", () => {
    expect(countedClassAsked("Did all 193 ITU members turn up in Dubai?")?.count).toBe(193);
    expect(
      countedClassAsked("Could every one of the ITU's 193 members actually sign?")?.noun,
    ).toContain("delegations");
    expect(countedClassAsked("Were all 55 countries that didn't sign outright refusers?")).toEqual(
      expect.objectContaining({ count: 55 }),
    );
    expect(countedClassAsked("Were all the civil society groups against it?")).toBe(undefined);
    expect(countedClassAsked("Did 89 countries sign?")).toBe(undefined);
  });

  it("opens with the sentence giving a smaller count of the class", async () => {
    const answer = await ingested.engine.answer(
      "Could every one of the union's 180 member states sign the treaty in Vienna?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(
      answer.text.startsWith(
        "According to the union, 131 member states were present and accredited",
      ),
    ).toBe(true);
  });

  it("keeps its usual opening when the question counts no whole class", async () => {
    const answer = await ingested.engine.answer(
      "Were the union's member states invited to sign the treaty in Vienna?",
    );
    expect(answer.text.startsWith("According to the union, 131")).toBe(false);
  });
});

describe("a yes/no claim about what a text does", () => {
  it("is told by a text as the subject of its ask, not a text a party acts on", () => {
    expect(asksOfText("Does the new treaty let governments police internet content?")).toBe(true);
    expect(asksOfText("The Czechs argued so - did the 2012 ITRs get a spam article anyway?")).toBe(
      true,
    );
    expect(asksOfText("Was civil society united in opposing the final ITRs?")).toBe(false);
    expect(asksOfText("Was the 1988 treaty signed by more countries than the 2012 one?")).toBe(
      false,
    );
    expect(asksOfText("Did CEPT think the proposal belonged in the treaty?")).toBe(false);
    expect(asksOfText("Was Resolution PLEN/3 adopted by a formal vote?")).toBe(false);
    expect(asksOfText("Does the Budapest convention cover data retention?")).toBe(true);
  });

  it("opens with what the text says, not with a party's view of what it should do", async () => {
    const answer = await ingested.engine.answer(
      "Does the treaty set catch quotas for national fleets?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(
      answer.text.startsWith("Article 4 states that the treaty does not set catch quotas."),
    ).toBe(true);
  });

  it("keeps the party's view first when the party's view is what is asked", async () => {
    const answer = await ingested.engine.answer(
      "Did Ruritania say the treaty should not extend to catch quotas for national fleets?",
    );
    expect(answer.text.startsWith("Ruritania said the treaty should not extend")).toBe(true);
  });
});
