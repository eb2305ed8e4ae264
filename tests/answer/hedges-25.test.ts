// The asker's hedges around a question (issue #12, the twenty-fifth session's batch
// in-2714..in-2723, out-934..out-935): a doubt about their own memory or about what the notes hold
// ("not 100% sure on this but", "off the top of your head", ", if that makes sense") is no content,
// and a claim frame before a question of its own ("correct me if I'm wrong, but why…", "…, I
// think? or am I misremembering") frames no claim to check. A claim put as a statement is still
// checked, and a when question's named doer in the possessive ("what day did X's vote…") must
// still be where the date is.
import { describe, expect, it } from "vitest";
import { readQuestionDemands } from "../../src/answer/coverage-demands.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { analyzeQuestion } from "../../src/search/question.ts";
import { stripInstructions } from "../../src/search/question-instructions.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/refusal.md": note("The Ruritanian delegation at the summit", [
    "**Refusal to sign.** On the evening of 13 December Ambassador Lena Ortiz announced that Ruritania could not sign the revised rulebook. She said the rulebook should not extend to content. [1]",
    "**Walk out.** On 10 December Ruritania's delegation walked out of the plenary for an hour. [2]",
  ]),
  "notes/votes.md": note("Votes at the summit", [
    "**The placards.** Late on 12 December the Chair asked for a show of placards on the access sentence, and Spain asked whether that had been a vote. [1]",
    "**The access vote.** During the preamble debate, Borduria requested a vote on the access sentence. It passed 77 to 33. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-hedges-25-", NOTES);

describe("the asker's doubt", () => {
  it("is not content", () => {
    expect(
      stripInstructions("not 100% sure on this but why did Ruritania refuse to sign").content,
    ).toBe("why did Ruritania refuse to sign");
    expect(
      stripInstructions("I'm not sure if this is covered, but who chaired the summit?").content,
    ).toBe("who chaired the summit?");
    expect(stripInstructions("off the top of your head, why did Ruritania refuse").content).toBe(
      "why did Ruritania refuse",
    );
    expect(stripInstructions("why did Ruritania refuse to sign, if that makes sense").content).toBe(
      "why did Ruritania refuse to sign",
    );
  });

  it("nor is the asker's own check before the question", () => {
    expect(stripInstructions("want to double check - who chaired the summit").content).toBe(
      "who chaired the summit",
    );
    expect(stripInstructions("we wanted to check something: when did it meet").content).toBe(
      "when did it meet",
    );
    expect(stripInstructions("do they want to check the figures").content).toBe(
      "do they want to check the figures",
    );
  });

  it("leaves a question asking how sure someone was, and what a doubt is about, as typed", () => {
    expect(stripInstructions("how sure was the Union about the count?").content).toBe(
      "how sure was the Union about the count?",
    );
    expect(stripInstructions("Not sure whether Ruritania signed - did it?").content).toBe(
      "whether Ruritania signed - did it?",
    );
  });

  it("no longer refuses the question it opens", async () => {
    expect(await coverageOf("why did Ruritania refuse to sign")).not.toBe("none");
    expect(await coverageOf("not 100% sure on this but why did Ruritania refuse to sign")).not.toBe(
      "none",
    );
  });
});

describe("a claim frame before a question of its own", () => {
  it("frames no claim", () => {
    expect(
      analyzeQuestion("correct me if i'm wrong but why did Ruritania refuse to sign").checksClaim,
    ).toBe(false);
    expect(analyzeQuestion("if i remember right, who walked out on 10 December?").checksClaim).toBe(
      false,
    );
    expect(
      analyzeQuestion("Did Ruritania walk out of the plenary, i think? or am i misremembering")
        .checksClaim,
    ).toBe(false);
  });

  it("still frames a claim put as a statement, tag or not", () => {
    expect(
      analyzeQuestion("Correct me if I'm wrong, but Ortiz chaired the summit").checksClaim,
    ).toBe(true);
    expect(analyzeQuestion("Fact check: 89 countries signed, did they?").checksClaim).toBe(true);
    expect(analyzeQuestion("Someone told me Borduria walked out — right?").checksClaim).toBe(true);
  });

  it("answers the hedged question as the bare one", async () => {
    expect(
      await coverageOf("correct me if i'm wrong but why did Ruritania refuse to sign the rulebook"),
    ).not.toBe("none");
  });
});

describe("a when question's doer in the possessive", () => {
  const doerOf = (question: string) =>
    readQuestionDemands(keyTermsOf(question), [], analyze, { expected: "date", question }).whenDoer
      ?.term;

  it('is the possessor, not its "\'s"', () => {
    expect(doerOf("what day did Borduria's access vote happen?")).toBe("borduria");
    expect(doerOf("When did Ortiz's team walk out?")).toBe("ortiz");
  });

  it("must be where the date is", async () => {
    expect(
      await coverageOf("what day did Borduria's access vote happen, i think it was late?"),
    ).toBe("none");
    expect(await coverageOf("what day did Borduria's access vote happen?")).toBe("none");
  });

  it("is met where the place dates the doer's act", async () => {
    expect(await coverageOf("what day did Ruritania's delegation walk out?")).not.toBe("none");
  });
});
