// Near misses of the twenty-ninth session (issue #12, batch in-3270..in-3275, out-1086..out-1091).
// (1) A body numbered in its name is no count: "Committee 5 working groups were closed" had told
// "how many working groups did Committee 5 split into?" (and "how many groups signed the open
// letter?") a count, the 5, of working groups (`countsThing`, evidence.ts). (2) A lower-case word
// no English word list and no source writes, standing where only a name can ("what did etisalat
// make of…"), is read with its capital (`unknownWordAsName`, `withCorpusCapitals`), and so as a
// name the corpus lacks, as when typed with it; so too after "the" as an owner or an auxiliary's
// subject ("what did the gsma's submission…", "did the gsma say…").
import { describe, expect, it } from "vitest";
import { countsThing } from "../../src/answer/evidence.ts";
import { withCorpusCapitals } from "../../src/search/corpus-capitals.ts";
import { buildVocabulary } from "../../src/search/corpus-vocabulary.ts";
import { unknownWordAsName } from "../../src/search/unknown-names.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("countsThing: a body numbered in its name", () => {
  const isGroups = (w: string) => /^groups?\W*$/i.test(w);

  it("does not count the body's own kind", () => {
    expect(countsThing("The Committee 5 working groups were closed.", isGroups)).toBe(false);
    expect(countsThing("Study Group 17 groups met in Geneva.", isGroups)).toBe(false);
  });

  it("still counts a figure before the noun", () => {
    expect(countsThing("Committee 5 set up three working groups.", isGroups)).toBe(true);
    expect(countsThing("The conference ran 5 working groups.", isGroups)).toBe(true);
  });
});

describe("unknownWordAsName: a word no word list knows", () => {
  it("writes an unknown word with its capital", () => {
    expect(unknownWordAsName("etisalat")).toBe("Etisalat");
    expect(unknownWordAsName("mozilla")).toBe("Mozilla");
  });

  it("leaves English words, chat shorthand and short words", () => {
    for (const w of ["treaty", "orange", "govts", "pls", "thx", "abt"]) {
      expect(unknownWordAsName(w)).toBeUndefined();
    }
  });

  it("leaves a plural or a doer's word made from an English word the list lacks", () => {
    for (const w of ["drafters", "drafter"]) expect(unknownWordAsName(w)).toBeUndefined();
    // (A name that only ends like one keeps its capital.)
    expect(unknownWordAsName("reuters")).toBe("Reuters");
  });
});

describe("withCorpusCapitals: an unknown name typed in lower case", () => {
  const vocabulary = buildVocabulary([
    "The UAE proposed an Internet article. Russia and the UAE tabled a bloc text.",
    "Access said the final text was mixed.",
  ]);
  const capitals = (question: string) => withCorpusCapitals(question, () => vocabulary);

  it("capitalises it where it stands as the one who says or thinks", () => {
    expect(capitals("what did etisalat make of the proposals")).toBe(
      "what did Etisalat make of the proposals",
    );
    expect(capitals("what did mozilla say about the bloc text")).toBe(
      "what did Mozilla say about the bloc text",
    );
  });

  it("capitalises it as an owner or a subject after 'the'", () => {
    expect(capitals("what did the gsma's submission recommend")).toBe(
      "what did the Gsma's submission recommend",
    );
    expect(capitals("did the gsma say anything about the bloc text")).toBe(
      "did the Gsma say anything about the bloc text",
    );
    expect(capitals("the uae vs the gsma on the bloc text")).toContain("the Gsma on");
    // (A word the corpus writes is a common noun there: "the access rights".)
    expect(capitals("did the access rights matter")).toBe("did the access rights matter");
  });

  it("leaves it where no name need stand, and shorthand as typed", () => {
    expect(capitals("is the etisalat angle covered")).toBe("is the etisalat angle covered");
    expect(capitals("what did govts say about the bloc text")).toBe(
      "what did govts say about the bloc text",
    );
    expect(capitals("how did the drafters make the bloc text softer")).toBe(
      "how did the drafters make the bloc text softer",
    );
  });
});

const NOTES: Record<string, string> = {
  "notes/letter.md": note("Civil society in Dubai", [
    "**Pressure during the conference.** On 9–10 December civil-society attendees sent the Secretary-General and the Chair an open letter. It complained that the Committee 5 working groups were closed and not webcast. [1]",
    "**Unity statement.** More than 120 organisations from 55 countries had signed the unity statement. [2]",
  ]),
  "notes/uae.md": note("Regional proposals", [
    "**The UAE.** The UAE proposed an article on the Internet, and Russia and the UAE later tabled a bloc text with many Internet provisions. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-near-misses-29-", NOTES);

describe("a count the notes give only as a body's number", () => {
  it("is refused", async () => {
    expect(await coverageOf("How many working groups did Committee 5 split into in Dubai?")).toBe(
      "none",
    );
  });

  it("leaves a count the notes state answered", async () => {
    expect(await coverageOf("How many organisations signed the unity statement?")).not.toBe("none");
  });
});

describe("an unknown body typed in lower case", () => {
  it("is refused as when typed with its capital", async () => {
    expect(await coverageOf("what did Etisalat make of the UAE's Internet proposals")).toBe("none");
    expect(await coverageOf("what did etisalat make of the uae's internet proposals")).toBe("none");
  });

  it("leaves the same question about the body the notes name answered", async () => {
    expect(await coverageOf("what did the uae propose on the internet")).not.toBe("none");
  });
});
