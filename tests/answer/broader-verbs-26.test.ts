// A verb the notes never use, read as the broader verb WordNet makes it a kind of (issue #12, the
// twenty-sixth session's batch in-2920..in-2929, out-994..out-995): "who grumbled to the Chair
// that…?" where the note says attendees "complained". The asker's verb was a word the corpus
// lacks, so a who or when question asked of it was refused as an event the corpus does not record
// (`absentTerms`). Its commonest sense's broader verb ("complain") meets it, only as the last word
// a window lacks (`KeyTerm.broaderWords`, `termMeeting`), and never for "full".
import { describe, expect, it } from "vitest";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { broaderVerbs } from "../../src/search/thesaurus.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("broaderVerbs", () => {
  it("gives the broader act of a verb's commonest sense, in any form", () => {
    expect(broaderVerbs("grumbled")).toContain("complain");
    expect(broaderVerbs("grumble")).toContain("complain");
  });

  it("gives no broader verb of many senses", () => {
    // ("admit" is a kind of "declare, adjudge, hold"; "hold" is mostly "hold a meeting".)
    expect(broaderVerbs("admitted")).not.toContain("hold");
  });

  it("gives no act too general to stand for one", () => {
    // ("moan" is a kind of "utter", and "float" of "move": acts of dozens of kinds.)
    expect(broaderVerbs("moan")).toEqual([]);
    expect(broaderVerbs("float")).toEqual([]);
  });
});

describe("the key terms of a verb the corpus never uses", () => {
  // (The corpus lacks the verb, its forms and its synonyms of the same sense.)
  const unseen = /^(grumbl|grouch|scold)/;
  const termWeight = Object.assign((t: string) => (unseen.test(t) ? undefined : 2), {});

  it("gives an unseen verb its broader verbs, as words of the same sense", () => {
    const keys = keyTermsOf("who grumbled to the Chair about the comments?", { termWeight });
    const grumbled = keys.find((k) => k.term === analyze("grumbled")[0]);
    expect(grumbled?.broaderWords).toContainEqual(analyze("complain"));
    expect(grumbled?.senseWords).toContainEqual(analyze("complain"));
  });

  it("gives a verb the corpus uses none", () => {
    const keys = keyTermsOf("who grumbled to the Chair about the comments?", {
      termWeight: Object.assign(() => 2, {}),
    });
    const grumbled = keys.find((k) => k.term === analyze("grumbled")[0]);
    expect(grumbled?.broaderWords).toBeUndefined();
  });
});

const NOTES: Record<string, string> = {
  "notes/conference.md": note("Civil society at the conference", [
    "**Pressure during the conference.** Attendees from civil society wrote to the Chair that public comments had no formal standing in the negotiations. They also complained that the working groups were closed to observers. [1]",
  ]),
  "notes/leaks.md": note("The leaked drafts", [
    "**The response.** On 20 June 2012 the Secretary-General acknowledged that the draft had leaked and promised a public consultation. [1]",
    "**The review.** In 2022 a resolution told the Secretary-General to reconvene the expert group on the draft. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-broader-verbs-26-", NOTES);

describe("a who question asked with a verb the notes never use", () => {
  it("is answered where the window says the broader verb and every other word", async () => {
    const question = "who grumbled that the working groups were closed to observers?";
    expect(await coverageOf(question)).toBe("partial");
    expect((await answerTo(question)).text).toContain("civil society");
  });

  it("stays refused where the window lacks another word the question requires", async () => {
    expect(await coverageOf("who grumbled that the plenary webcast was delayed by hackers?")).toBe(
      "none",
    );
  });

  it("stays refused where no window says the broader verb", async () => {
    expect(await coverageOf("who sneered that the working groups were closed to observers?")).toBe(
      "none",
    );
  });
});

describe("a when or who question asked of a verb the notes never use", () => {
  it("stays refused where the window says the verb only in a word of its sense", async () => {
    // ("admit" where the note says "acknowledged": read so, a held-out answer changed; only the
    // broader verb is read.)
    expect(
      await coverageOf("when did the Secretary-General admit that the draft had leaked?"),
    ).toBe("none");
  });

  it("stays refused where the window is covered without the verb", async () => {
    // (The event the corpus never records: no place tells an election, whatever its year.)
    expect(await coverageOf("who was elected Secretary-General in 2022?")).toBe("none");
  });
});
