// A follow-up's pointer at a thing only the earlier answer names (follow46, the forty-sixth
// session's batch in-5250..in-5259, out-1722..out-1723): after "what did the ports adopt on night
// landings?" answered "Resolution 88, adopted by the ports in 2014.", "what did it set up later"
// points at Resolution 88, which the earlier question never names. The pointer keeps its words and
// is read with the answer's thing after it ("it (Resolution 88)") for the search and the asks
// (follow-up-referent.ts, `thingPointed`); the follow-up's own words are still only those typed.
import { describe, expect, it } from "vitest";
import { withReferentNamed } from "../src/answer/follow-up-referent.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

const NOTES = {
  "notes/landings.md": note("Night landings at the harbour", [
    "**The rule.** In 2014 the ports adopted Resolution 88 on night landings after two years of complaints from residents. [1]",
  ]),
  "notes/review.md": note("The pilots' review", [
    "**The review panel.** Resolution 88 set up a review panel of nine pilots, which first met in Bergen in 2016. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-follow46-46-", NOTES);

const RULE_ASKED = {
  question: "what did the ports adopt on night landings",
  answer: "In 2014 the ports adopted Resolution 88 on night landings. [1]",
};

async function answerAfter(question: string) {
  return app.ctx.engine.answer(question, { history: [RULE_ASKED], forceExtractive: true });
}

describe("withReferentNamed, a thing pointer", () => {
  it("reads 'it' or 'that one' after a what question with the answer's numbered document", () => {
    expect(withReferentNamed("what did it set up later", [RULE_ASKED])).toBe(
      "what did it (Resolution 88) set up later",
    );
    expect(
      withReferentNamed("so when was that one revised", [
        {
          question: "what did the dock union file in may",
          answer: "Document 14, filed on 3 May. [1]",
        },
      ]),
    ).toBe("so when was that one (Document 14) revised");
  });

  it("reads a quoted term, after the noun the pointer carries", () => {
    expect(
      withReferentNamed("why that word though", [
        {
          question: "which word did the pilots want in the rule",
          answer: 'The pilots asked for the word "steadiness" instead. [1]',
        },
      ]),
    ).toBe("why that word (steadiness) though");
  });

  it("reads 'those' as the answer's count with its noun", () => {
    expect(
      withReferentNamed("add those up for me", [
        {
          question: "what did the vote on the night rule come to",
          answer: "It passed 40 to 12 with 3 abstentions. [1]",
        },
      ]),
    ).toBe("add those (40 to 12 with 3 abstentions) up for me");
  });

  it("reads a pointer opening the ask after a dash clause naming no one", () => {
    expect(withReferentNamed("and the later panel - what did it do", [RULE_ASKED])).toBe(
      "and the later panel - what did it (Resolution 88) do",
    );
    expect(
      withReferentNamed("and the report it cites - did she write that herself", [
        { question: "who wrote the harbour blog post", answer: "Mara Velden, in May 2015. [1]" },
      ]),
    ).toBe("and the report it cites - did Mara Velden write that herself");
  });

  it("leaves the pointer as typed where the thread or the follow-up carries its thing", () => {
    // The earlier question names the document itself.
    expect(
      withReferentNamed("how did it become public", [
        { question: "What was Resolution 88?", answer: "Resolution 88 is the night rule. [1]" },
      ]),
    ).toBe("how did it become public");
    // A clause opened by "that", chat ("got it") and a time ("that week") point at no thing.
    expect(withReferentNamed("did the residents say that the rule worked", [RULE_ASKED])).toBe(
      "did the residents say that the rule worked",
    );
    expect(withReferentNamed("got it. who complained first", [RULE_ASKED])).toBe(
      "got it. who complained first",
    );
    expect(withReferentNamed("what else happened that week", [RULE_ASKED])).toBe(
      "what else happened that week",
    );
    // "it" after the follow-up's own nouns points at them.
    expect(
      withReferentNamed("after the mayor's big harbour review, how did it go", [RULE_ASKED]),
    ).toBe("after the mayor's big harbour review, how did it go");
  });
});

describe("a follow-up pointing at a thing only the earlier answer names", () => {
  // (With `thingPointed` left out, the search carries only the earlier question and "it": run so,
  // the first test fails.)
  it("is searched, and answered, with the thing the answer named", async () => {
    const answer = await answerAfter("what did it set up, and where did that panel first meet");
    expect(answer.searchQuery).toContain("Resolution 88");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Bergen");
  }, 60_000);

  it("stays refused where the notes lack what is asked of that thing", async () => {
    const answer = await answerAfter("did anyone vote against it, and by how much");
    expect(answer.searchQuery).toContain("Resolution 88");
    expect(answer.coverage).toBe("none");
  }, 60_000);
});
