// An outcome or a date of an act the notes never give (nm41): "what dates did X run" asks days,
// as "what date" does (a month does not give them); "when did X hand in its report" asks the date
// of the handing over, which a dated sentence telling that act gives, not X's launch dated beside
// it.
import { describe, expect, it } from "vitest";
import { askedFocus } from "../src/answer/asked-focus.ts";
import { dateUnitAsked } from "../src/answer/demand-dates.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

const NOTES = {
  "notes/transit.md": note("The transit talks and their panels", [
    "**Panels.** In 2013 the Assembly launched a Transit Review Panel, advised by a board of engineers. In panel discussions, the Porto rules were endorsed by some members and questioned by others. [1]",
    "**The forum.** The Transit Policy Forum met in Lisbon in May 2014. Observers said it would put routing on the agenda openly. [2]",
    "**The working group.** The working group met in Oslo on 3–5 March 2015. It handed over its final report to the Assembly on 9 June 2015. [3]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-nm41-40-", NOTES);

describe("a date of an act asked", () => {
  it("reads 'what dates' as asking days, and 'when did X hand in' as asking the handing over", () => {
    expect(dateUnitAsked("what dates did the forum run")).toEqual({ dateUnit: "day" });
    expect(dateUnitAsked("what date was it")).toEqual({ dateUnit: "day" });
    expect(askedFocus("when did the review panel hand in its final report")).toBeDefined();
    expect(askedFocus("when did the group deliver its findings")).toBeDefined();
    // (Not a date asked of another act, nor a plan.)
    expect(askedFocus("when did the review panel start")).toBeUndefined();
    expect(askedFocus("when was the report due")).toBeUndefined();
  });
});

describe("a date the notes do not give", () => {
  // (With DAY_ASKED back to "day|date" and the handing-over shape made to hold always, both are
  // answered: run so, both fail, the guards below pass.)
  it("is refused: the days of a forum the notes date only to a month", async () => {
    expect(await coverageOf("the transit policy forum in lisbon - what dates did it run")).toBe(
      "none",
    );
  }, 60_000);

  it("is refused: when a panel handed in a report, where only its launch is dated", async () => {
    expect(await coverageOf("when did the transit review panel hand in its final report")).toBe(
      "none",
    );
  }, 60_000);
});

describe("a date the notes give", () => {
  it("is answered: the days a meeting ran", async () => {
    const question = "the working group's oslo meeting - what dates did it run";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("3–5 March 2015");
  }, 60_000);

  it("is answered: the date a group handed over its report", async () => {
    const question = "when did the working group hand in its final report";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("9 June 2015");
  }, 60_000);
});
