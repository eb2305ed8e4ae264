// A role's holder asked after a dash (nm38): "the X - who chaired it" and "when did X meet - and
// who chaired it" must find the role stated (chaired, headed by…), as "who chaired X" and "…, and
// who chaired it" already must; a place naming X and no one holding it is no answer.
import { describe, expect, it } from "vitest";
import { whoAfterTopic } from "../../src/search/question-asks.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES = {
  "notes/meetings.md": note("Transit meetings and delegations", [
    "**The standards assembly.** The Northern Standards Assembly met in Lisbon in May 2015 and revised Recommendation 12 on transit rates. Its text went to every member for comment. [1]",
    "**The tariff conference.** The Tariff Conference took place in Porto from 3 to 9 June 2015. The board's director, Ana Lopes, chaired the conference. [2]",
    "**Delegations.** The Harbour delegation refused to sign the final text. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-nm38-38-", NOTES);

describe("a who asked after a topic and a dash", () => {
  it("reads the topic and the ask apart, only where the text before the dash asks nothing", () => {
    expect(whoAfterTopic("the harbour delegation that refused to sign - who headed it")).toEqual({
      topic: "the harbour delegation that refused to sign",
      ask: "who headed it",
    });
    expect(whoAfterTopic("when did the assembly meet - and who chaired it")).toBeUndefined();
    expect(whoAfterTopic("who chaired the assembly")).toBeUndefined();
  });
});

describe("a role's holder asked after a dash", () => {
  // (With the reading off, the meeting and the later ask are answered `partial` from the place
  // naming the assembly; the delegation is refused by another check too, and must stay so.)
  it("is refused where the notes name the meeting but no one chairing it", async () => {
    expect(
      await coverageOf(
        "the northern standards assembly that revised recommendation 12 - who chaired it",
      ),
    ).toBe("none");
  }, 60_000);

  it("is refused where the notes name the delegation but no one heading it", async () => {
    expect(await coverageOf("the harbour delegation that refused to sign - who headed it")).toBe(
      "none",
    );
  }, 60_000);

  it("is refused as a later ask set off by a dash, as by a comma", async () => {
    expect(
      await coverageOf("when did the northern standards assembly meet - and who chaired it"),
    ).toBe("none");
  }, 60_000);

  it("is answered where the notes say who chaired the meeting", async () => {
    const question = "the tariff conference in porto - who chaired it";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("Ana Lopes");
  }, 60_000);
});
