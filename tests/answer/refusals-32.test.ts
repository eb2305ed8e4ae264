// A who question asked with an everyday verb the notes never use, read as another verb of that
// verb's own sense (issue #12, the thirty-second session's batch in-3668..in-3677,
// out-1206..out-1207): "who steered the US delegation?" where the note says Obama chose Kramer "to
// head" it, "who penned that…?" where it says Dourado "wrote that…". The asker's verb is a word the
// corpus lacks, so the question was refused as an event the corpus does not record
// (`absentTerms`). The other verbs of its commonest WordNet sense, with their irregular pasts
// (`KeyTerm.verbSenseWords`), tell the act where the best place meets every other required word
// (`verbsSaidOtherwise`); only in who questions.
import { describe, expect, it } from "vitest";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { pastForms } from "../../src/answer/verb-forms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { sameSenseVerbs } from "../../src/search/thesaurus.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("sameSenseVerbs", () => {
  it("gives the verbs of a verb's commonest sense, in any form", () => {
    expect(sameSenseVerbs("steered")).toContain("head");
    expect(sameSenseVerbs("penned")).toContain("write");
  });

  it("gives no derived noun or other part of speech", () => {
    // (sameSenseWords gives "leaning" and "inclination" for "lean".)
    expect(sameSenseVerbs("lean")).not.toContain("leaning");
    expect(sameSenseVerbs("lean")).not.toContain("inclination");
  });
});

describe("pastForms", () => {
  it("gives a bare verb's irregular past and participle", () => {
    expect(pastForms("write")).toEqual(["wrote", "written"]);
    expect(pastForms("pull together")).toEqual([]);
  });
});

describe("the key terms of a verb the corpus never uses", () => {
  const unseen = /^(pen|steer)/;
  const termWeight = Object.assign((t: string) => (unseen.test(t) ? undefined : 2), {});

  it("gives an unseen verb its own sense's verbs with their pasts", () => {
    const keys = keyTermsOf("who penned that the draft had scope problems?", { termWeight });
    const penned = keys.find((k) => k.term === analyze("penned")[0]);
    expect(penned?.verbSenseWords).toContainEqual(analyze("wrote"));
    expect(penned?.verbSenseWords).toContainEqual(analyze("write"));
  });

  it("gives a verb the corpus uses none", () => {
    const keys = keyTermsOf("who penned that the draft had scope problems?", {
      termWeight: Object.assign(() => 2, {}),
    });
    expect(keys.find((k) => k.term === analyze("penned")[0])?.verbSenseWords).toBeUndefined();
  });
});

const NOTES: Record<string, string> = {
  "notes/delegation.md": note("The Ruritanian delegation", [
    "**Leadership.** The President chose Ambassador Ilse Varga to head the Ruritanian delegation to the treaty conference. [1]",
    "**Insiders.** Tomas Brenner, who served on the delegation, wrote that the compromise draft had scope problems and kept the numbering text. [2]",
  ]),
  "notes/leaks.md": note("The leaked drafts", [
    "**The response.** On 20 June 2012 the Secretary-General acknowledged that the draft had leaked and promised a public consultation. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-refusals-32-", NOTES);

describe("a who question asked with a verb the notes never use", () => {
  it("is answered where the place says a verb of its sense and every other word", async () => {
    const steered = "who steered the ruritanian delegation at the treaty conference?";
    expect(await coverageOf(steered)).toBe("partial");
    expect((await answerTo(steered)).text).toContain("Varga");
    const penned = "who penned that the compromise draft had scope problems?";
    expect(await coverageOf(penned)).toBe("partial");
    expect((await answerTo(penned)).text).toContain("Brenner");
  });

  it("stays refused where the place lacks another word the question requires", async () => {
    expect(await coverageOf("who penned that the compromise draft had budget overruns?")).toBe(
      "none",
    );
    expect(await coverageOf("who steered the ruritanian working groups on tariffs?")).toBe("none");
  });

  it("stays refused in a when question", async () => {
    // ("admit" where the note says "acknowledged": a when question's date may be another act's.)
    expect(
      await coverageOf("when did the Secretary-General admit that the draft had leaked?"),
    ).toBe("none");
  });
});
