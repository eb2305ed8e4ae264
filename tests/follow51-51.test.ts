// A follow-up its thread covers from a place meeting none of what it newly asks (follow51, the
// fifty-first session's batch in-5682..in-5687, out-1938..out-1943): read with its earlier question
// in front, "so after brokering that, did the brits actually sign in dubai?" was answered from the
// paragraph on who suggested "robustness", which says nothing of signing. Such a follow-up (not
// one pointing back by a pronoun or a stand-in) is asked on its own; that answer is taken where a
// passage its thread retrieved leads it, and where its own words cover nothing it is refused
// (`askUnmetInThread` in follow-up-reading.ts, `askedOwnAsk` in engine.ts).
import { describe, expect, it } from "vitest";
import { askUnmetInThread, type FollowUpReading } from "../src/answer/follow-up-reading.ts";
import type { KeyTerm } from "../src/answer/terms.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

const NOTES = {
  "notes/levy.md": note("The harbour levy before 2010", [
    "**Who paid before.** Before 2010 the harbour levy was paid by the shipping lines alone, at a flat rate per call. Ferries were exempt. [1]",
    "**Owners.** Vessel owners paid nothing before 2010, and the owners' association kept no register. [2]",
    "**Collection.** The port authority collected the levy each quarter and published the totals. [1]",
  ]),
  "notes/board.md": note("The harbour board's vote", [
    "**The vote.** Norway asked for a vote on the berthage schedule, which passed by 7 votes to 4, with 2 abstentions. [1]",
    "**Sign-off.** The council of Velden refused to approve the new schedule, and the fishing cooperatives firmly rejected it on 4 March 2014. [2]",
    "**Start.** For the lines that paid, the new schedule was to apply provisionally from 1 July 2015, after each board had approved it. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-follow51-51-", NOTES);

const LEVY_ASKED = {
  question: "who paid the harbour levy before 2010?",
  answer:
    "Before 2010 the harbour levy was paid by the shipping lines alone, at a flat rate per call. [1]",
};

async function answerAfter(question: string) {
  return app.ctx.engine.answer(question, { history: [LEVY_ASKED], forceExtractive: true });
}

const analyzeText = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
const term = (t: string, marks: Partial<KeyTerm> = {}): KeyTerm => ({
  term: t,
  alternatives: [],
  weight: 3,
  ...marks,
});
const reading = (ownTerms: KeyTerm[]): FollowUpReading => ({
  ownTerms,
  passages: async (thread) => thread,
  ownUnmet: () => false,
  asksAlone: true,
  asksWhere: false,
});
const THREAD = "who suggested robustness? The United Kingdom suggested robustness.";

describe("askUnmetInThread", () => {
  const own = [
    term("brits"),
    term("sign", { predicate: true }),
    term("actually", { generic: true }),
  ];

  it("gives the follow-up's own ask where its thread's place meets none of it", () => {
    const ask = askUnmetInThread(reading(own), "did the brits sign?", THREAD, analyzeText, {
      unmetTerms: ["brits", "sign"],
    });
    expect(ask?.map((k) => k.term)).toEqual(["brits", "sign"]);
  });

  it("reads none where the place meets some of it, or the thread wrote it", () => {
    expect(
      askUnmetInThread(reading(own), "did the brits sign?", THREAD, analyzeText, {
        unmetTerms: ["sign"],
      }),
    ).toBeUndefined();
    expect(
      askUnmetInThread(reading([term("robustness")]), "was robustness kept?", THREAD, analyzeText, {
        unmetTerms: ["robustness"],
      }),
    ).toBeUndefined();
  });

  it("reads none of a follow-up pointing back by a pronoun or a stand-in", () => {
    const unmet = { unmetTerms: ["brits", "sign"] };
    for (const question of [
      "did the brits sign it?",
      "so after brokering that, did the brits sign?",
      "did the brits sign the thing?",
    ]) {
      expect(askUnmetInThread(reading(own), question, THREAD, analyzeText, unmet)).toBeUndefined();
    }
  });
});

describe("a follow-up whose new ask its thread's place does not meet", () => {
  // (Without `askedOwnAsk`, it is answered from the levy paragraphs its earlier question asked
  // about: they meet every word of the thread, and "apply" and "provisionally" are no nouns.)
  it("is answered from the passage meeting its own ask", async () => {
    const answer = await answerAfter("from when was the new text meant to apply provisionally");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("1 July 2015");
  }, 60_000);

  it("stays refused where the notes lack what it newly asks", async () => {
    const answer = await answerAfter(
      "from when was the new text meant to be ratified by parliament",
    );
    expect(answer.coverage).toBe("none");
  }, 60_000);
});
