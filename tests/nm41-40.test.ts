// A date of a handing over the notes never give (nm41): "when did X hand in its report" asks the
// date of the handing over, which a dated sentence telling that act gives, not X's launch dated
// beside it.
import { describe, expect, it } from "vitest";
import { askedFocus } from "../src/answer/asked-focus.ts";
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

describe("the date of a handing over asked", () => {
  it("is read from 'when did X hand in / deliver / submit…'", () => {
    expect(askedFocus("when did the review panel hand in its final report")).toBeDefined();
    expect(askedFocus("when did the group deliver its findings")).toBeDefined();
    // (Not a date asked of another act, nor a plan.)
    expect(askedFocus("when did the review panel start")).toBeUndefined();
    expect(askedFocus("when was the report due")).toBeUndefined();
  });

  // (With the handing-over shape made to hold always, this is answered: run so, it fails, the
  // guard below passes.)
  it("is refused where only the panel's launch is dated", async () => {
    expect(await coverageOf("when did the transit review panel hand in its final report")).toBe(
      "none",
    );
  }, 60_000);

  it("is answered where a dated sentence tells the handing over", async () => {
    const question = "when did the working group hand in its final report";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("9 June 2015");
  }, 60_000);
});
