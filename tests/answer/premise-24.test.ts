// A why, when or yes/no question with a false premise (issue #12, the twenty-fourth session's batch
// in-2644..in-2653, out-914..out-915): "Why did Peru file Document 9?" where Chile filed it, "Why
// did Peru back the rewrite?" where Peru denied backing it, "When did the group hold its second
// meeting in Caracas?" where it met in Bogotá are answered `partial`, the correction first. A why
// question of a party whose act no place records for anyone, or whose act the notes leave
// unexplained ("back away from"), stays refused; a yes/no's correction opens its answer even where
// another passage's denial ranked first; a true doer written "the X delegation proposed" is stated.
import { describe, expect, it } from "vitest";
import {
  cleftGuess,
  deniesAskedAct,
  namesAnotherDoer,
  premiseGuess,
} from "../../src/answer/premise-guess.ts";
import { analyze } from "../../src/search/analyze.ts";
import { analyzeQuestion } from "../../src/search/question.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/filings.md": note("Late filings in the fisheries talks", [
    "**Chile's Document 9.** Chile filed Document 9 on 4 March 2019, a week after the deadline. It would have added an article on coastal quotas. Critics read it as aimed at the distant-water fleets. [1]",
    "**The bloc rewrite.** Around 2 May a bloc text on quotas leaked. It was listed as coming from Chile, Ecuador and Peru. Peru publicly denied ever supporting it. On 5 May the Chair said it was off the table. [2]",
  ]),
  "notes/bycatch.md": note("Bycatch in the fisheries rules", [
    "**What was adopted.** Article 6 asks parties to limit bycatch. No definition of bycatch was added to Article 2. The obligation is soft. [1]",
    "**Where the idea came from.** Spain asked the drafting group to add a definition of bycatch to Article 2. In its view, bycatch was a fisheries problem. [2]",
    "**The wording.** The Uruguay delegation proposed the more precise word selectivity for the gear article. [3]",
  ]),
  "notes/meetings.md": note("The review group after the fisheries talks", [
    "**Review group.** In 2016 the Commission set up a review group on the fisheries rules. Its mandate was to review the rules. A second meeting was held in Bogotá on 3–5 June 2019. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-premise24-", NOTES);

describe("reading the doer a why or when question takes for granted", () => {
  it("reads the doer of an act with one author, a party's own noun allowed", () => {
    expect(premiseGuess("Why did Peru file Document 9?", analyze)).toMatchObject({
      name: "Peru",
      verb: "file",
    });
    expect(premiseGuess("why did Peru's delegation pitch 'selectivity'?", analyze)).toMatchObject({
      name: "Peru",
      verb: "pitch",
    });
    expect(premiseGuess("What made Peru force a vote on Article 6?", analyze)?.acts).toContain(
      "request",
    );
    // (An act many share presupposes no one doer.)
    expect(premiseGuess("Why did Peru sign the fisheries treaty?", analyze)).toBeUndefined();
  });

  it("reads a meeting's guessed place after the meeting's own noun", () => {
    const guess = premiseGuess(
      "when did the review group have its second meeting in Caracas?",
      analyze,
    );
    expect(guess).toMatchObject({ name: "Caracas", place: true });
    if (!guess) return;
    expect(namesAnotherDoer("A second meeting was held in Bogotá in June.", guess, analyze)).toBe(
      true,
    );
    expect(namesAnotherDoer("The review group met often.", guess, analyze)).toBe(false);
  });

  it("reads the party's own denial of the asked act, not of another act", () => {
    const denial = "Peru publicly denied ever supporting it.";
    expect(deniesAskedAct(denial, "Why did Peru sponsor the bloc rewrite?", analyze)).toBe(true);
    expect(deniesAskedAct(denial, "Why did Peru back away from the bloc text?", analyze)).toBe(
      false,
    );
    expect(deniesAskedAct(denial, "Why did Chile sponsor the bloc rewrite?", analyze)).toBe(false);
    expect(deniesAskedAct(denial, "Why did Peru file the bloc rewrite?", analyze)).toBe(false);
  });

  it("reads a party named with its own noun as that party", () => {
    const guess = cleftGuess("Did Uruguay propose the word selectivity?", analyze);
    if (!guess) throw new Error("no guess");
    const sentence = "The Uruguay delegation proposed the more precise word selectivity.";
    expect(namesAnotherDoer(sentence, guess, analyze, true)).toBe(true);
    expect(namesAnotherDoer(sentence, guess, analyze)).toBe(false);
    const other = cleftGuess("Did Paraguay propose the word selectivity?", analyze);
    if (!other) throw new Error("no guess");
    expect(namesAnotherDoer(sentence, other, analyze)).toBe(true);
  });
});

describe("a false premise typed with chat around it", () => {
  it("reads the guessed doer and its denial after a greeting or a lead-in", () => {
    for (const asked of [
      "Hey wcit-desk, why did Peru file Document 9?",
      "Morning all why did Peru file Document 9?",
      "For our team briefing tomorrow: why did Peru file Document 9?",
    ]) {
      expect(premiseGuess(asked, analyze)).toMatchObject({ name: "Peru", verb: "file" });
    }
    expect(
      deniesAskedAct(
        "Peru publicly denied ever supporting it.",
        "Sorry if this is obvious, but why did Peru sponsor the bloc rewrite?",
        analyze,
      ),
    ).toBe(true);
  });

  it("answers the greeted question as it answers the bare one, the correction first", async () => {
    const answer = await answerTo("Hey wcit-desk, why did Peru file Document 9 on coastal quotas?");
    expect(answer.coverage).toBe("partial");
    expect(answer.text.startsWith("Chile filed Document 9")).toBe(true);
  });
});

describe("a false premise corrected by the notes", () => {
  it("answers a why question whose act another party did, the correction first", async () => {
    const answer = await answerTo("Why did Peru file Document 9 on coastal quotas?");
    expect(answer.coverage).toBe("partial");
    expect(answer.text.startsWith("Chile filed Document 9")).toBe(true);
  });

  it("answers a why question whose party denied the act", async () => {
    const answer = await answerTo("Why did Peru sponsor the bloc rewrite on quotas?");
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("Peru publicly denied ever supporting it.");
  });

  it("answers a when question whose meeting was held elsewhere", async () => {
    const answer = await answerTo("When did the review group have its second meeting in Caracas?");
    expect(answer.coverage).toBe("partial");
    expect(answer.text.startsWith("A second meeting was held in Bogotá")).toBe(true);
  });

  it("opens a yes/no with the correction, not another passage's denial", async () => {
    const answer = await answerTo(
      "Did Peru ask the drafting group to add a definition of bycatch to Article 2?",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text.startsWith("Spain asked the drafting group")).toBe(true);
  });
});

describe("what stays as it was", () => {
  it("refuses a why question whose act no place records for anyone", async () => {
    expect(await coverageOf("Why did Peru file Document 14 on coastal quotas?")).toBe("none");
  });

  it("refuses a why question of another act the denial does not dispute", async () => {
    expect(await coverageOf("Why did Peru back away from the bloc text on quotas?")).toBe("none");
  });

  it("keeps the true doer's why question answered", async () => {
    const answer = await answerTo("Why did Chile file Document 9 on coastal quotas?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Chile filed Document 9");
  });

  it("labels a true doer written with its delegation noun full", async () => {
    expect(await coverageOf("Did Uruguay propose the more precise word selectivity?")).toBe("full");
  });
});

describe("a day ordinal before a clause of what was said", () => {
  it('reads the ordinal before "that" as the day\'s number', () => {
    expect(
      analyzeQuestion("who announced on the evening of the 13th that they could not sign?").content,
    ).toContain("of the 13 that");
    // (Not an ordinal before a noun.)
    expect(analyzeQuestion("what did the 6th meeting decide that week?").content).toContain(
      "the 6th meeting",
    );
  });
});
