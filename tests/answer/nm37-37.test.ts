// A question asking two dates, the notes dating only the first act (nm37): refused where the later
// ask, judged alone, is not covered for want of its act's date (`laterDateUnstated`); answered
// where the notes date both acts, in words of their own.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES = {
  "notes/tariffs.md": note("Transit tariff proposals", [
    "**The guild's proposal.** The Northern Tariff Guild filed contribution T-42 on 4 March 2015. It proposed a common settlement rate for transit calls and a yearly review of that rate. Two small carriers called the yearly review unworkable. [1]",
    "**The island states.** The Island States Group filed contribution T-57 on 9 June 2015, asking for a transit discount for small islands. The tariff board granted the discount on 2 October 2015. [2]",
    "**The board's report.** The tariff board met in Lisbon in November 2015 and published its first report on transit rates. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-nm37-37-", NOTES);

describe("two dates asked", () => {
  // (With the check off, both are answered `partial` from the paragraph dating the filing.)
  it("is refused where the notes date only the first act, the later one an undoing", async () => {
    expect(
      await coverageOf(
        "when did the northern tariff guild file t-42, and what day did they pull it",
      ),
    ).toBe("none");
  }, 60_000);

  it("is refused where the later act is never told of its thing", async () => {
    expect(
      await coverageOf(
        "when did the tariff guild file t-42 and when did it drop the yearly review",
      ),
    ).toBe("none");
  }, 60_000);

  it("is answered where the notes date both acts, the second in other words", async () => {
    const question =
      "when did the island states group file t-57, and when did the tariff board approve the discount";
    expect(await coverageOf(question)).not.toBe("none");
    const { text } = await answerTo(question);
    expect(text).toContain("9 June 2015");
    expect(text).toContain("2 October 2015");
  });
});
