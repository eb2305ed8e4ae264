// Near misses of the thirtieth session (issue #12, batch in-3416..in-3421, out-1126..out-1131).
// A how-many question may be answered by a series of names counted by its length
// (`listsCounted`, window-terms.ts); that series must stand in a sentence telling one of the
// question's verbs the corpus writes (`seriesTellsAskedAct`, counted-series-act.ts): "…it joined
// China, Tajikistan and Uzbekistan in asking the UN…" does not count the countries that ratified
// a treaty. And a when question stating a year is not answered by a sentence whose only dates
// are that year or a year naming a thing (`datesOnlyAsked`, stated-dates.ts): "when did the
// EG-ITRs first sit down - the group Council set up in 2016?" by "In 2016 the Council adopted
// Resolution 1379, creating an Expert Group…" or "Its mandate was to review the 2012 ITRs…".
import { describe, expect, it } from "vitest";
import { countingAsk, seriesTellsAskedAct } from "../../src/answer/counted-series-act.ts";
import { datesOnlyAsked } from "../../src/answer/stated-dates.ts";
import type { KeyTerm } from "../../src/answer/terms.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const verb = (term: string, more: Partial<KeyTerm> = {}): KeyTerm => ({
  term,
  alternatives: [],
  weight: 1,
  verb: true,
  ...more,
});

describe("seriesTellsAskedAct", () => {
  it("needs one of the question's verbs in the series' sentence", () => {
    expect(seriesTellsAskedAct([verb("ratifi")], ["join", "china", "ask"])).toBe(false);
    expect(seriesTellsAskedAct([verb("join"), verb("refus")], ["refus", "us", "uk"])).toBe(true);
  });

  it("leaves a question whose verbs are common, unseen or from the turn before", () => {
    expect(seriesTellsAskedAct([verb("team", { unseen: true })], ["join", "china"])).toBe(true);
    expect(seriesTellsAskedAct([verb("have", { generic: true })], ["join", "china"])).toBe(true);
    expect(seriesTellsAskedAct([verb("ratifi", { fromContext: true })], ["join"])).toBe(true);
    expect(seriesTellsAskedAct([], ["join", "china"])).toBe(true);
  });

  it("reads only the verbs of the ask that counts", () => {
    const q =
      "how many countries are on the early-signer list, and into how many languages did partners translate it?";
    expect(countingAsk(q)).toContain("countries are on the early-signer list");
    expect(countingAsk(q)).not.toContain("translate");
    expect(countingAsk("When did it open, and how many countries came?")).toBe(
      ", and how many countries came?",
    );
    expect(countingAsk("which countries signed?")).toBe("which countries signed?");
    const series = ["earli", "signatori", "countri", "argentina", "brazil"];
    expect(seriesTellsAskedAct([verb("translat")], series)).toBe(false);
    expect(seriesTellsAskedAct([verb("translat")], series, new Set(["countri", "list"]))).toBe(
      true,
    );
    expect(seriesTellsAskedAct([verb("ratifi")], ["join"], new Set(["ratifi", "countri"]))).toBe(
      false,
    );
  });
});

const NOTES: Record<string, string> = {
  "notes/cyber.md": note("Cybercrime proposals at WCIT-12 and the Budapest Convention", [
    "**The existing treaty.** The only binding international cybercrime instrument in 2012 was the Council of Europe's Convention on Cybercrime, known as the Budapest Convention. It harmonises offences and procedural powers and sets up cooperation between parties. Russia refused to join, citing sovereignty, and in September 2011 it joined China, Tajikistan and Uzbekistan in asking the UN for a resolution on a code of conduct for cyberspace. [1]",
  ]),
  "notes/signing.md": note("Signatures in Dubai", [
    "**Holdouts.** The countries that refused to sign included the US, the UK, Canada and Australia. [1]",
    "**The open letter.** Early signatories of the civil-society letter came from countries including Argentina, Brazil, Cambodia and India. Partner groups translated the letter into Spanish, Thai and Urdu. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-near-misses-30-", NOTES);

describe("a count read off a series of names", () => {
  it("is refused where the series tells another act", async () => {
    expect(
      await coverageOf(
        "How many countries had ratified the Budapest Convention by the time WCIT-12 opened?",
      ),
    ).toBe("none");
  });

  it("reads the act only in the ask that counts", async () => {
    expect(
      await coverageOf(
        "how many countries are among the open letter's early signatories, and into how many languages did partners translate it?",
      ),
    ).not.toBe("none");
  });

  it("still answers where the series tells the act asked", async () => {
    expect(await coverageOf("How many countries refused to sign?")).not.toBe("none");
    expect(
      await coverageOf("How many countries joined Russia in asking the UN for a code of conduct?"),
    ).not.toBe("none");
  });
});

describe("datesOnlyAsked", () => {
  const q = "when did the EG-ITRs first sit down - the group Council set up in 2016?";

  it("finds no date where the sentence gives only the question's year or a year in a name", () => {
    expect(datesOnlyAsked(q, "In 2016 the ITU Council adopted Resolution 1379.")).toBe(true);
    expect(datesOnlyAsked(q, "Its mandate was to review the 2012 ITRs.")).toBe(true);
  });

  it("keeps a date of its own beside the year", () => {
    expect(datesOnlyAsked(q, "It first met in Geneva in September 2016.")).toBe(false);
    expect(datesOnlyAsked(q, "A second meeting was held on 13–15 September 2017.")).toBe(false);
    expect(datesOnlyAsked(q, "The group met in 2017.")).toBe(false);
  });

  it("leaves a question stating no year", () => {
    expect(datesOnlyAsked("when did the EG-ITRs first meet?", "In 2016 it was set up.")).toBe(
      false,
    );
  });
});

const EG_NOTES: Record<string, string> = {
  "notes/review.md": note("After Dubai: the review of the ITRs", [
    "**Expert Group on the ITRs.** In 2016 the ITU Council adopted Resolution 1379, creating an Expert Group on the ITRs (EG-ITRs) open to Member States and Sector Members. Its mandate was to review the 2012 ITRs in light of new trends. A second meeting was held in Geneva on 13–15 September 2017. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const eg = notesAppContext("wcit-near-misses-30-eg-", EG_NOTES);

describe("a date the question itself gives", () => {
  it("does not answer when the group first met", async () => {
    expect(
      await eg.coverageOf(
        "when did the EG-ITRs first sit down - the group Council set up in 2016?",
      ),
    ).toBe("none");
  });

  it("leaves the dated meeting answered", async () => {
    expect(await eg.coverageOf("When did the EG-ITRs hold its second meeting?")).not.toBe("none");
  });
});
