// Follow-ups that name only a new subject ("what about the russians?", "same question for the EU
// countries") ask the earlier question of it, and "put on the table" asks what was proposed. Runs
// the real engine on the frozen starter corpus, with the earlier turn as a Slack thread gives it,
// and the reading rule itself on the starter glossary.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askedOfNewSubject } from "../../src/answer/follow-up-subject.ts";
import { PROJECT_ROOT } from "../../src/context.ts";
import { analyze } from "../../src/search/analyze.ts";
import { loadGlossary } from "../../src/search/glossary.ts";
import { starterEngine } from "../support/extractive-engine.ts";

const starter = starterEngine("wcit-follow-up-subject-20-");
// The shipped glossary, whose demonyms make "the russians" a party typed in lower case.
const glossary = loadGlossary(path.join(PROJECT_ROOT, "corpus", "glossary.json"));
const asked = (followUp: string, earlier: string) =>
  askedOfNewSubject(followUp, earlier, analyze, glossary);

const turn = (question: string, answer: string) => ({ history: [{ question, answer }] });

describe("a follow-up naming only a new subject", () => {
  it("asks the earlier question of the new subject", () => {
    const earlier = "Did Brazil and India ever join the Budapest Convention?";
    expect(asked("what about the russians?", earlier)).toBe(
      "Did the Russians ever join the Budapest Convention?",
    );
    expect(asked("same question for the EU countries", "Did the US sign the new ITRs?")).toBe(
      "Did the EU countries sign the new ITRs?",
    );
    expect(asked("ok and what about Egypt?", "What was ETNO's proposal?")).toBe(
      "What was Egypt's proposal?",
    );
    expect(asked("and the UK?", "Why did the US refuse to sign?")).toBe(
      "Why did the UK refuse to sign?",
    );
    expect(asked("same for canada then", "did the US sign?")).toBe("did Canada sign?");
    // A name ending in a number is replaced whole.
    expect(asked("same question for Article 5B", "Is Article 5A binding?")).toBe(
      "Is Article 5B binding?",
    );
  });

  it("leaves other follow-ups to be read in their thread", () => {
    // Another topic, not another party; an ask of its own; an earlier question with no subject.
    expect(asked("what about spam?", "What did Kramer say about cybersecurity?")).toBeUndefined();
    expect(asked("and why?", "Did the US sign?")).toBeUndefined();
    expect(asked("and when did it go to the Senate?", "Did the US sign?")).toBeUndefined();
    expect(asked("what about Russia?", "Who drafted the unity statement?")).toBeUndefined();
    // An article's number is no party ("Is 5B 5A binding?").
    expect(asked("same question for 5B", "Is Article 5A binding?")).toBeUndefined();
  });

  it("answers 'same question for X' with what was asked, not with anything X did", async () => {
    const answer = await starter.engine.answer(
      "same question for the EU countries",
      turn(
        "Did the US sign the new ITRs in Dubai?",
        "No. On the evening of 13 December 2012 Kramer announced that the United States could not sign the revised ITRs in their current form. [1]",
      ),
    );
    expect(answer.coverage).not.toBe("none");
    // Read in its thread, it was answered with the EU's negotiating line ("CEPT prepared
    // European Common Proposals").
    expect(answer.text).toMatch(/^The Czech account adds that no EU Member State signed/);
  });

  it("opens a yes/no answer on the new subject with the sentence naming it", async () => {
    const answer = await starter.engine.answer(
      "what about Russia?",
      turn(
        "Did Brazil and India ever join the Budapest Convention?",
        "No. Brazil and India also stayed outside the Convention. [1]",
      ),
    );
    expect(answer.text).toMatch(/^Russia refused to join, citing sovereignty/);
  });

  it("still refuses a new subject the corpus says nothing of", async () => {
    const answer = await starter.engine.answer(
      "what about Mexico?",
      turn(
        "Did Brazil and India ever join the Budapest Convention?",
        "No. Brazil and India also stayed outside the Convention. [1]",
      ),
    );
    expect(answer.coverage).toBe("none");
  });
});

describe("'put on the table'", () => {
  it("asks what was proposed", async () => {
    const answer = await starter.engine.answer(
      "and China, what did they put on the table?",
      turn(
        "What did India push for in Dubai?",
        "In Dubai India limited ICT references to the physical layer and backed human-rights language, but it still supported a spam provision. [1]",
      ),
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/China submitted contribution C59/);
  });
});
