// A verb typed in one form where the corpus writes an irregular other form of it ("bind" where the
// note says "remain bound", "hold" where it says "was held"): the stemmer reads "binds" as "bind"
// but "bound" as a word of its own, so the paragraph that answers never met the question's verb.
// The tagger's conjugation gives the verb's other forms (issue #12).
import { describe, expect, it } from "vitest";
import { irregularVerbs } from "../../src/answer/verb-forms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const ACCORD = briefingNote("The harbour accord", [
  "**Two texts.** Ports that did not sign the 2019 harbour accord remain bound by the 1990 harbour rules, which stay in force among their parties. [1]",
  "**Resolutions.** A resolution on port pricing was adopted alongside the accord; it is non-binding and sets no fees. [2]",
  "**Meetings.** A review meeting was held in Valletta on 3–4 May 2021. [3]",
]);

const ingested = notesEngine("wcit-verb-forms-", {
  "notes/accord.md": ACCORD,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("irregularVerbs: irregular other forms", () => {
  it("gives a verb's irregular other forms the stemmer reads apart", () => {
    const forms = irregularVerbs(
      "Which rules bind them, where do they hold the review, and who took it?",
      (w) => analyze(w),
    ).forms;
    expect(forms.get("bind")).toEqual(["bound"]);
    expect(forms.get("hold")).toEqual(["held"]);
    expect(forms.get("took")).toEqual(expect.arrayContaining(["take", "taken"]));
  });

  it("reads a verb's -s form the tagger took for a plural after its subject", () => {
    const forms = irregularVerbs("which one binds whom?", (w) => analyze(w)).forms;
    expect(forms.get("binds")).toEqual(["bound"]);
  });

  it("leaves nouns and regular verbs", () => {
    const forms = irregularVerbs(
      "Which ports signed the accord, and what were the leads and the draws?",
      (w) => analyze(w),
    ).forms;
    expect(forms.size).toBe(0);
  });
});

describe("a question whose verb the corpus writes in an irregular other form", () => {
  it("is answered from the paragraph with that form", async () => {
    // (Not from the paragraph saying "non-binding", which has the question's verb and no answer.)
    const answer = await ingested.answerTo("which text binds whom?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text.split("\n")[0]).toContain("remain bound by the 1990 harbour rules");
  });

  it("is still refused where the asked fact is absent", async () => {
    const answer = await ingested.answerTo(
      "where did they hold the first review meeting on pricing fees?",
    );
    expect(answer.coverage).toBe("none");
  });
});
