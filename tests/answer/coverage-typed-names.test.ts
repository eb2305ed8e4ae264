// Near misses asking a date or a count of something a source names, where the date or count it
// gives belongs to another thing (issue #12): the date or count must stand with the question's
// names, and "on which day…" asks for a date.
import { describe, expect, it } from "vitest";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const CAMPAIGNS = briefingNote("Civil society around the fisheries talks", [
  "**Pledge and the Harbour Charter.** A short pledge was drafted by five unions, and in a post written after the Lisbon forum the coalition reported that more than 80 organisations from 20 countries had signed it. Separately, groups meeting at the Harbour Charter forum in Lisbon (May 2019) sent the commission a charter. It asked the delegations to publish their proposals and to open the sessions. [1]",
]);

const BLOC = briefingNote("The joint text in Valparaíso", [
  "**The joint text.** Around 7–8 March a joint text leaked. It was listed as coming from Chile, Peru and Ecuador, and amounted to a rewrite of the accord. Ecuador publicly denied ever supporting it. On 10 March the Chair said it was off the table, and the secretariat reported it withdrawn. [1]",
]);

const VOTES = briefingNote("Votes at the fisheries talks", [
  "**The preamble vote.** During the preamble debate, Uruguay requested a vote on the bycatch sentence. The result was 40 in favour, 12 against and 3 abstentions. [1]",
  "**The resolution.** Late on 12 March the Chair asked for a show of hands on the coral resolution, then declared that most delegates supported it. [2]",
]);

const LETTERS = briefingNote("Letters around the fisheries talks", [
  "**The paper's date.** Bankston said the team had posted its paper together with a sign-on letter. The release date is therefore 6 or 7 March 2019, most likely 6 March. [1]",
  "**The harbour letter.** By June 2019, 6 or 7 dockworker groups had signed the harbour letter to the commission. [2]",
]);

const ingested = notesEngine("wcit-typed-names-", {
  "notes/campaigns.md": CAMPAIGNS,
  "notes/bloc.md": BLOC,
  "notes/votes.md": VOTES,
  "notes/letters.md": LETTERS,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("a date or count asked of a named thing", () => {
  it("refuses a count that stands with another thing beside the named one", async () => {
    const answer = await ingested.engine.answer(
      "How many organisations signed the Harbour Charter that went to the commission?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("answers the count of the thing it stands with (in-scope twin)", async () => {
    const answer = await ingested.engine.answer("How many organisations signed the pledge?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("more than 80 organisations");
  });

  it("refuses a date that stands with another event beside the named doer's", async () => {
    const answer = await ingested.engine.answer(
      "When did Ecuador publicly deny backing the leaked joint text?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("asks the date of the named doer's act when 'where' is asked with 'when'", async () => {
    // "When and where…" is one ask: the date must stand with Ecuador here too.
    const answer = await ingested.engine.answer(
      "When and where did Ecuador publicly deny backing the leaked joint text?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("answers a date standing with the named doer (in-scope twin)", async () => {
    const answer = await ingested.engine.answer(
      "When did the Chair say the joint text was off the table?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("On 10 March");
  });
});

describe("'on which day…'", () => {
  it("asks for a date: a place giving none does not answer it", async () => {
    const answer = await ingested.engine.answer(
      "On which day of the talks did Uruguay force the vote on the bycatch sentence?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("is answered where the date stands (in-scope twin)", async () => {
    const answer = await ingested.engine.answer(
      "On which day did the Chair ask for a show of hands on the coral resolution?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("12 March");
  });
});

describe("a date offering two days ('6 or 7 March')", () => {
  it("gives no count: a count asked is not answered by it", async () => {
    const answer = await ingested.engine.answer(
      "all told, how many groups ended up signing the team's March sign-on letter?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("leaves a count of alternatives a count (in-scope twin)", async () => {
    const answer = await ingested.engine.answer("How many groups signed the harbour letter?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("6 or 7 dockworker groups");
  });
});
