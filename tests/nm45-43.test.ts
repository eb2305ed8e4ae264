// An attendance count asked that the notes never give (nm45, the forty-third session's batch
// in-4938..in-4941, out-1626..out-1635): "how many X showed up / attended / sent people", "how
// many delegates did X send", "how big was X's delegation", "what was the turnout at…" ask a
// count of those present, which a sentence with a word of attending and a count beside it gives
// ("151 Member States attended", "the delegation at 123 members"), not a passage naming the
// meeting, its dates or another act's tally (asked-attendance.ts, a shape of `askedFocus`).
import { describe, expect, it } from "vitest";
import { attendanceToldAt } from "../src/answer/asked-attendance.ts";
import { askedFocus } from "../src/answer/asked-focus.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

const NOTES = {
  "notes/forum.md": note("The transit policy forum", [
    "**The forum.** Member states showed up in Lisbon on 12–14 May 2014 for the Transit Policy Forum, which the Port Authority hosted. Its declaration on night traffic passed 40 to 12, and several coastal delegations said it went too far. [1]",
  ]),
  "notes/oslo.md": note("The Oslo working group", [
    "**Who came.** The Oslo working group on harbour safety met in June 2015. Its secretariat says 63 member states attended the opening session. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-nm45-43-", NOTES);

describe("an attendance count asked", () => {
  it("is read from 'how many X showed up / sent people', 'how big was X's delegation'", () => {
    expect(askedFocus("how many member states showed up to the lisbon forum")).toBeDefined();
    expect(askedFocus("the oslo group - how many governments sent people")).toBeDefined();
    expect(askedFocus("how many delegates did portugal send to lisbon")).toBeDefined();
    expect(askedFocus("how big was the spanish delegation in lisbon")).toBeDefined();
    expect(askedFocus("what was the turnout at the lisbon forum")).toBeDefined();
  });

  it("is not read from a count of another act or a turnout named in passing", () => {
    expect(askedFocus("how many states voted for the lisbon declaration")).toBeUndefined();
    expect(askedFocus("how many countries signed, and who attended as observers")).toBe(undefined);
    expect(askedFocus("two different turnout numbers for lisbon - what does each count")).toBe(
      undefined,
    );
  });

  it("is told by a count beside a word of attending, in the same clause", () => {
    expect(attendanceToldAt("Its secretariat says 63 member states attended.")).toBeGreaterThan(0);
    expect(attendanceToldAt("One outlet put the delegation at 123 members.")).toBeGreaterThan(0);
    expect(
      attendanceToldAt("It passed 77 to 33 with 8 abstentions, and several delegations objected."),
    ).toBe(-1);
    expect(attendanceToldAt("Delegates met in Geneva on 13–15 September 2017.")).toBe(-1);
  });

  // (With `attendanceToldAt` made to hold in every sentence, all three are answered `partial`:
  // run so, they fail, and the guard below passes.)
  it("is refused where the passage dates the meeting and tells a vote, but no one present", async () => {
    expect(
      await coverageOf("how many member states showed up to the transit policy forum in lisbon"),
    ).toBe("none");
    expect(await coverageOf("how many delegations attended the lisbon transit policy forum")).toBe(
      "none",
    );
    expect(await coverageOf("what was the turnout at the transit policy forum in lisbon")).toBe(
      "none",
    );
  }, 60_000);

  it("is answered where a sentence counts those present", async () => {
    const question = "how many member states showed up to the oslo working group's opening";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("63 member states");
  }, 60_000);
});
