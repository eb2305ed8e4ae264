// A when question asking a deadline (issue #12, the thirty-fifth session's batch in-4012..in-4021,
// out-1310..out-1311, and blind35's out-1293): "by what date did comments on the open consultation
// page have to be in" was answered with the date comments were filed, and "by what date did
// proposals have to be filed" with the date one late proposal was filed, "ten days after the
// deadline". Such a question (`DEADLINE_ASKED`, demand-dates.ts) now needs a passage dating a
// deadline (`tellsDeadline`, evidence.ts); a when question not asking a deadline, and a deadline
// the notes do date, still answer.
import { describe, expect, it } from "vitest";
import { DEADLINE_ASKED } from "../../src/answer/demand-dates.ts";
import { tellsDeadline } from "../../src/answer/evidence.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("DEADLINE_ASKED", () => {
  it("reads a date by which something had to be done", () => {
    for (const q of [
      "by what date did bids for the harbour lease have to be in",
      "by when must the member states sign",
      "until when could delegations file amendments",
      "what was the deadline for the tariff proposals",
      "when's the filing cutoff",
      "by when did the panel have to hand in its final report",
    ]) {
      expect(DEADLINE_ASKED.test(q), q).toBe(true);
    }
  });
  it("does not read a deadline named as a reference point, or a plain when", () => {
    for (const q of [
      "was ostria's bid in past the cutoff",
      "how late was it vs the deadline",
      "when were the new harbour rules due to kick in",
      "when was the panel's final report due",
      "by what date had the secretariat pulled the bids together",
      "when were the new rules supposed to kick in",
      "when did the panel meet",
    ]) {
      expect(DEADLINE_ASKED.test(q), q).toBe(false);
    }
  });
});

describe("tellsDeadline", () => {
  it("reads a date bound to a deadline", () => {
    expect(tellsDeadline("Bids had to be submitted by 4 March 2019.")).toBe(true);
    expect(tellsDeadline("The panel's final report was due to Assembly 2021.")).toBe(true);
    expect(tellsDeadline("The panel was to report to Council 2020 for the summit.")).toBe(true);
    expect(tellsDeadline("The deadline of 12 May passed quietly.")).toBe(true);
  });
  it("does not read another act's date beside a deadline's noun, or a time frame", () => {
    expect(
      tellsDeadline(
        "Ostria filed its bid on 20 March 2019, two weeks after the announced deadline.",
      ),
    ).toBe(false);
    expect(tellsDeadline("By 2020 the panel described the rules plainly.")).toBe(false);
    expect(tellsDeadline("States that do not sign remain bound by the 1999 Rules.")).toBe(false);
    expect(tellsDeadline("Several firms filed comments on the harbour lease in March 2019.")).toBe(
      false,
    );
  });
});

const NOTES: Record<string, string> = {
  "notes/harbour-lease.md": note("The Ruritanian harbour lease", [
    "**The consultation.** On 2 February 2019 the port authority opened a web page where anyone could comment on the harbour lease. Several shipping firms filed comments on the harbour lease in March 2019. [1]",
    "**The bids.** Ostria filed its bid for the harbour lease on 20 March 2019, two weeks after the announced bid deadline, and revised it on 28 March. [2]",
  ]),
  // (A note of its own: the rule reads the passage, and a short note is one passage.)
  "notes/harbour-panel.md": note("The harbour lease review panel", [
    "**The review panel.** The port authority set up a review panel on the harbour lease in 2019. The review panel's final report was due to Assembly 2021. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-when35-35-", NOTES);

describe("a when question asking a deadline", () => {
  it("is refused where the notes date only the act, not a deadline", async () => {
    expect(
      await coverageOf(
        "by what date did comments on the port authority's harbour lease page have to be in",
      ),
    ).toBe("none");
    expect(await coverageOf("by what date did bids for the harbour lease have to be filed")).toBe(
      "none",
    );
  });

  it("still answers a deadline the notes date", async () => {
    const asked =
      "by when did the review panel have to hand in its final report on the harbour lease";
    expect(await coverageOf(asked)).not.toBe("none");
    expect((await answerTo(asked)).text).toContain("Assembly 2021");
  });

  it("still answers a plain when of the same topic", async () => {
    const asked = "when did ostria file its bid for the harbour lease";
    expect(await coverageOf(asked)).not.toBe("none");
    expect((await answerTo(asked)).text).toContain("20 March 2019");
  });
});
