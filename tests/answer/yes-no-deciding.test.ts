// Yes/no questions (issue #12): answered from the place that decides them, and not answered from
// a place that only shares their words. Real notes, ingested into real SQLite.
import { describe, expect, it } from "vitest";
import { type AnswerShape, composeExtractive } from "../../src/answer/extractive.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { standaloneNames } from "../../src/search/question-names.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";
import { labelledPassage as labelled, makeDocument } from "./fixtures.ts";

const HISTORY = briefingNote("Safety in the fisheries accord", [
  "**Starting point.** The 2001 accord said almost nothing about safety. Critics of the 2019 process, citing a history of the secretariat's safety work by Marta Okafor, argued that the secretariat had always treated safety vaguely. They noted that a draft of the new accord used the word safety dozens of times without defining it. [1]",
]);

const DELEGATION = briefingNote("The US at the fisheries talks", [
  "**Insiders.** Jon Pelle, a harbour economist who served on the US delegation, wrote that the compromise draft had scope problems. [1]",
  "**Lines held.** The US opposed the quota article, and the US head of delegation said the US would not accept port inspections. [1]",
  "**Uncertain.** One outlet put the US delegation at 40 members. [2]",
]);

const RIGHTS = briefingNote("Rights groups and the fisheries accord", [
  "**The core worry.** Digital-rights groups argued that a fisheries accord could threaten access to information and digital rights of coastal communities. They made this case in their comments. [1]",
  "**Verdicts.** After the talks, Access described the final text as mixed. The worst proposals had been dropped, but vague clauses remained. [2]",
]);

const PACT = briefingNote("Bycatch rules before the talks", [
  "**The existing pact.** The only binding regional bycatch instrument in 2018 was the Andean Commission's Convention on Bycatch, known as the Lima Convention. It was opened for signature in Lima on 3 May 2001 and entered into force on 1 July 2004. It sets up cooperation between parties. Chile refused to join, citing sovereignty. Peru, Ecuador and Bolivia also stayed outside the Convention. [1]",
]);

const ingested = notesEngine("wcit-yes-no-deciding-", {
  "notes/history.md": HISTORY,
  "notes/delegation.md": DELEGATION,
  "notes/rights.md": RIGHTS,
  "notes/pact.md": PACT,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("an acronym the question writes in capitals", () => {
  it("is not met by a common word stemmed as it is ('used' for 'US')", async () => {
    const answer = await ingested.engine.answer("Was Okafor on the US delegation?");
    expect(answer.coverage).toBe("none");
  });

  it("is met where a sentence writes it as a name", async () => {
    const answer = await ingested.engine.answer("Was Jon Pelle on the US delegation?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("served on the US delegation");
  });
});

describe("a name right after the word opening a yes/no question", () => {
  it("stands alone: the opening auxiliary is no part of it", () => {
    expect(standaloneNames("Didn't Access call the final text a win?")).toEqual(["Access"]);
    expect(standaloneNames("Was Egypt on board?")).toEqual(["Egypt"]);
    // (An acronym has no lower-case word to be told from.)
    expect(standaloneNames("Is PLEN/3 binding?")).toEqual([]);
  });

  it("is met only where a sentence capitalises it, not in 'access to information'", async () => {
    const answer = await ingested.engine.answer(
      "Didn't Access call the final text a win for digital rights?",
    );
    expect(answer.text).toContain("Access described the final text as mixed");
    expect(answer.text).toContain("vague clauses remained");
  });
});

describe("a yes/no answer opens with the sentence denying what is asked", () => {
  const YES_NO: AnswerShape = { expected: "yes-no", sides: [] };
  const accord = makeDocument({ id: "note-accord", title: "The bycatch article" });
  const adopted = labelled(
    accord,
    4,
    "What was adopted",
    'Article 6 is headed "Incidental catch", avoiding the word bycatch. It says parties should endeavour to limit incidental catch. No definition of bycatch was added to the accord.',
    1,
  );
  /** The yes/no answer composed from `passage` alone. */
  const composeYesNo = (passage: ScoredPassage, question: string) =>
    composeExtractive([passage], keyTermsOf(question), analyze, YES_NO);
  const opening = (question: string) => {
    const answer = composeYesNo(adopted, question);
    if (!answer) throw new Error("no extractive answer");
    return answer.sentences.map((s) => s.text);
  };

  it("puts the denial first, the rest in reading order", () => {
    expect(opening("Did the final accord end up defining bycatch?")).toEqual([
      "No definition of bycatch was added to the accord.",
      'Article 6 is headed "Incidental catch", avoiding the word bycatch.',
      "It says parties should endeavour to limit incidental catch.",
    ]);
  });

  it("without a denial, opens with the sentence stating all of what is asked", () => {
    const india = labelled(
      accord,
      6,
      "Chile",
      "Chile submitted Document 12 on 3 November 2018. It said the document came from national consultation. At the talks Chile limited the text to vessels, but it still backed a bycatch provision.",
      1,
    );
    const answer = composeYesNo(india, "Did Chile back a bycatch provision at the talks?");
    expect(answer?.sentences.map((s) => s.text)).toEqual([
      "At the talks Chile limited the text to vessels, but it still backed a bycatch provision.",
      "Chile submitted Document 12 on 3 November 2018.",
      "It said the document came from national consultation.",
    ]);
    // Not a sentence whose object pronoun points outside it.
    const described = labelled(
      accord,
      7,
      "The council decision",
      "On 3 May 2019 the council decided to publish the draft. The fishers' union dismissed the council's description of it as a landmark decision.",
      1,
    );
    const dismissed = composeYesNo(
      described,
      "Did the fishers' union dismiss the landmark decision?",
    );
    expect(dismissed?.sentences[0]?.text).toBe(
      "On 3 May 2019 the council decided to publish the draft.",
    );
    // An opening sentence stating it already stays first.
    const stated = composeYesNo(india, "Did Chile submit Document 12?");
    expect(stated?.sentences[0]?.text).toBe("Chile submitted Document 12 on 3 November 2018.");
  });

  it("leaves a party named by what it did not do where it stands", () => {
    const parties = labelled(
      accord,
      5,
      "Two accords at once",
      "The secretariat said the 2019 accord binds only its parties. Observers noted that each country must approve it at home, and that many non-signatories attached reservations.",
      1,
    );
    const answer = composeYesNo(
      parties,
      "Is the 2019 accord binding on countries that did not sign it?",
    );
    expect(answer?.sentences[0]?.text).toBe(
      "The secretariat said the 2019 accord binds only its parties.",
    );
  });
});

describe("a year asked of what a name's head refers back to", () => {
  it("stands where the passage introduced and dated the name ('the Convention')", async () => {
    const answer = await ingested.engine.answer(
      "Were Peru, Ecuador and Bolivia parties to the Convention on Bycatch back in 2018?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Peru, Ecuador and Bolivia also stayed outside the Convention.");
  });
});
