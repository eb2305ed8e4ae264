// What a meeting, conference or body decided (issue #12, the thirty-sixth session's batch
// in-4120..in-4127, out-1334..out-1339): a place that only says the event was held or was sent
// something ("A regional meeting followed in Porto from 2 to 4 May 2015", "it was sent to the
// upper chamber"), or tells another meeting's decision beside it, tells no outcome of it.
// `eventOutcomeAsked` reads the asked event; `eventOutcomeStated` asks a window for a sentence with
// the event, a document of it or a pointer to it as the doer of a verb of outcome.
import { describe, expect, it } from "vitest";
import { eventOutcomeAsked, eventOutcomeStated } from "../../src/answer/event-outcome.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";
import { windowOver } from "../support/one-passage-window.ts";

const asked = (question: string) => eventOutcomeAsked(question, [], analyze);

describe("eventOutcomeAsked", () => {
  it("reads the meeting or body whose outcome a question asks", () => {
    expect(asked("what did the 2011 valdoria plenipot decide about tariffs")?.head).toContain(
      "plenipot",
    );
    expect(
      asked("What came out of the guild's Porto prep meeting in spring 2015?")?.head,
    ).toContain("meeting");
    expect(asked("a one-pager on what TPF-17 actually concluded on roaming")?.head).toContain(
      "tpf",
    );
    expect(asked("did the 2016 tariff forum in Lyon adopt anything on roaming")?.head).toContain(
      "forum",
    );
    // (Its figures and the words saying which event; a clipped year is met written out.)
    const porto = asked("What came out of the guild's Porto prep meeting in spring 2015?");
    expect(porto?.dated).toEqual([[["2015"]]]);
    expect(porto?.owners.length).toBe(1);
    expect(asked("what did the july '12 board session decide to publish")?.dated).toEqual([
      [["12"], ["2012"]],
    ]);
  });

  it("reads no event where a person, a document or a clause asks", () => {
    expect(asked("what did the minister decide about tariffs")).toBeUndefined();
    expect(asked("what did the final report conclude")).toBeUndefined();
    expect(asked("what did the watchdog's report on the Lyon conference conclude")).toBeUndefined();
    expect(asked("what was adopted at the plenipot")).toBeUndefined();
    expect(asked("did the forum adopt a resolution on roaming")).toBeUndefined();
  });
});

describe("eventOutcomeStated", () => {
  const plenipot = asked("what did the 2011 valdoria plenipot decide about tariffs");

  it("is met by the event, a document of it or a pointer to it as the doer of an outcome", () => {
    expect(
      eventOutcomeStated(
        plenipot,
        windowOver(["The 2011 Plenipotentiary in Valdoria adopted Resolution 12 on tariffs."], 0),
      ),
    ).toBe(true);
    // ("That resolution" after the sentence naming the conference.)
    expect(
      eventOutcomeStated(
        plenipot,
        windowOver(
          [
            "The road began with Resolution 12 of the 2011 Valdoria Plenipotentiary Conference.",
            "That resolution asked the tariff board to review the 1990 rules.",
          ],
          0,
        ),
      ),
    ).toBe(true);
    // (A document whose aside names the event.)
    expect(
      eventOutcomeStated(
        plenipot,
        windowOver(["Resolution 12 (Rev. Valdoria, 2011) told the board to publish tariffs."], 0),
      ),
    ).toBe(true);
  });

  it("is not met where the event is only held, or another meeting decides", () => {
    const porto = asked("What came out of the guild's Porto prep meeting in spring 2015?");
    expect(
      eventOutcomeStated(
        porto,
        windowOver(
          [
            "After a first meeting in Lyon in 2014, the guild's members set out principles.",
            "A regional preparatory meeting followed in Porto from 2 to 4 May 2015.",
          ],
          0,
        ),
      ),
    ).toBe(false);
    const chamber = asked("what did the senate decide on the roaming bill");
    expect(
      eventOutcomeStated(
        chamber,
        windowOver(["The House approved the bill and it was sent to the Senate in June."], 0),
      ),
    ).toBe(false);
    // (Another year's plenipotentiary.)
    expect(
      eventOutcomeStated(
        plenipot,
        windowOver(["The 2015 Plenipotentiary in Valdoria adopted Resolution 14 on tariffs."], 0),
      ),
    ).toBe(false);
  });

  it("leaves a question asking no event's outcome alone", () => {
    expect(eventOutcomeStated(undefined, windowOver(["Nothing was decided."], 0))).toBe(true);
  });
});

const NOTES: Record<string, string> = {
  "notes/guild.md": note("How the tariff guild prepared", [
    "**Guild preparations.** After a first preparatory meeting in Lyon in December 2014, the tariff guild's members set out preliminary principles on transit fees. A regional preparatory meeting of the guild followed in Porto from 2 to 4 May 2015. [1]",
  ]),
  "notes/conference.md": note("The 2011 plenipotentiary conference", [
    "**Settlement rates.** The 2011 Plenipotentiary in Valdoria adopted Resolution 12 on settlement rates. It asked the tariff board to publish settlement rates every year. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-nm36-36-", NOTES);

describe("an event's outcome asked", () => {
  // (With the check off, both near misses are answered from the guild's paragraph.)
  it("is refused where the notes only say the event was held", async () => {
    expect(
      await coverageOf("what came out of the tariff guild's porto prep meeting in may 2015?"),
    ).toBe("none");
    expect(
      await coverageOf(
        "what came out of the tariff guild's porto prep meeting in may 2015 - the decisions",
      ),
    ).toBe("none");
  }, 60_000);

  it("is answered where a sentence has the event deciding", async () => {
    const question = "what did the 2011 valdoria plenipot adopt on settlement rates";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("publish settlement rates");
  });
});
