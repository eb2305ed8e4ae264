// Lists asking for the items of a class that a place names only as a class (issue #12): "What
// reservations did signatories attach?" is not answered by "…many signatories attached
// reservations", while a place setting items out in any of the ways sources do still answers.
import { describe, expect, it } from "vitest";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine, starterEngine } from "../support/extractive-engine.ts";

const AFTER = briefingNote("After the fisheries talks in Valparaíso", [
  "**Two pacts in force at once.** The new pact replaces the 2001 one only among its parties. For signatories, the 2019 pact was to apply provisionally from 1 January 2021. Observers noted that each state would still need its own domestic approval, and that many signatories and non-signatories attached reservations. [1]",
  "**Next venues.** Observers turned to the 2020 ocean forum in Lisbon. Activist groups also campaigned around the forum. [2]",
]);

const PROPOSALS = briefingNote("Who proposed what before the fisheries talks", [
  "**Chile.** Chile submitted Document 12 on 3 May 2018. It said the document had been prepared through national consultation, with additions and modifications keyed to the secretariat draft. [1]",
  "**Northern proposals.** The northern proposals were published as Document 4 and revised in January. They included keeping the existing quota definitions, keeping the technical Guidelines voluntary, avoiding overlap with the port rules, and several items on licence fees. [2]",
]);

const OUTCOME = briefingNote("What the fisheries accord contains", [
  "**Scope.** The Fisheries Watch analysis counted several losses for the hardliners. The final text does not define bycatch. The quota definitions were unchanged. The proposed umbrella term was dropped. [1]",
  "**Norway.** Norway raised three objections: the quota was too low, the observers were too few, and the licence fees were unfair. [2]",
  "**Criticism.** Commissioner Lund called the bycatch and licence provisions undesirably vague. [3]",
]);

const ingested = notesEngine("wcit-class-only-", {
  "notes/after.md": AFTER,
  "notes/proposals.md": PROPOSALS,
  "notes/outcome.md": OUTCOME,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("a list whose class a place names only as a class", () => {
  it("refuses items a place only says were attached ('attached reservations')", async () => {
    const answer = await ingested.engine.answer(
      "bullets: what reservations did signatories attach to the 2019 pact?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("refuses a class with no items beside it ('with additions and modifications')", async () => {
    const answer = await ingested.engine.answer(
      "What additions and modifications did Chile's Document 12 make to the secretariat draft?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("refuses the class written as one item of a series of other things", async () => {
    const answer = await ingested.engine.answer(
      "Which items on licence fees were in the northern proposals? list them",
    );
    expect(answer.coverage).toBe("none");
  });
});

describe("a list whose items a place sets out (in-scope twins)", () => {
  it("answers a count announced and the items in the sentences after it", async () => {
    const answer = await ingested.engine.answer(
      "What losses did Fisheries Watch count for the hardliners?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("does not define bycatch");
  });

  it("answers items introduced by a colon", async () => {
    const answer = await ingested.engine.answer("Which objections did Norway raise?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("the quota was too low");
  });

  it("answers items written as the class's modifiers ('the bycatch and licence provisions')", async () => {
    const answer = await ingested.engine.answer("Which provisions did Lund call vague?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("bycatch and licence provisions");
  });

  it("answers the other items of a series the class is one item of", async () => {
    const answer = await ingested.engine.answer("What items did the northern proposals include?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("keeping the existing quota definitions");
  });
});

describe("on the starter corpus", () => {
  const starter = starterEngine("wcit-class-only-");

  it("refuses the signatories' reservations, which no source names (out-392)", async () => {
    // "…many signatories and non-signatories attached reservations"; "did not verify … any
    // reservations filed": the class, never an item. It had been answered "full".
    const answer = await starter.engine.answer(
      "bullets: what reservations did signatories attach to the 2012 ITRs?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("still answers the delegations that reserved their position (in-scope twin)", async () => {
    const answer = await starter.engine.answer(
      "Which delegations reserved their position or said they would not sign after the US announcement?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("New Zealand");
  });
});
