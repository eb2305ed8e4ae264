// Names typed in lower case that the corpus never writes (issue #12, the twenty-fifth session's
// batch in-2798..in-2801, out-958..out-959): a word English writes only with a capital ("vienna",
// "vietnam") and a word English lacks that is the initials of one name of the corpus ("ituc" of
// "International Trade Union Confederation") are read as typed with capitals, so a question naming
// them is read as it is typed with capitals: a guessed place, an absent name. Words the corpus
// holds, short ones ("dec"), common English words and other unknown words stay as typed.
import { describe, expect, it } from "vitest";
import { type KnownName, withCorpusCapitals } from "../../src/search/corpus-capitals.ts";
import { buildVocabulary } from "../../src/search/corpus-vocabulary.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("withCorpusCapitals: names the corpus never writes", () => {
  const vocabulary = buildVocabulary([
    "On 14 December a coalition including Avaaz, the International Trade Union Confederation and Access delivered a petition.",
    "The expert group met in Geneva in September 2017. The Internet Democracy Project read it so.",
    "Open access to the network was debated, and the ITU said so.",
  ]);
  const glossary: KnownName[] = [{ written: "Russia", place: true }];
  const capitals = (question: string) => withCorpusCapitals(question, () => vocabulary, glossary);

  it("reads a name English writes with a capital, and a corpus name's initials", () => {
    expect(capitals("did the group meet in vienna")).toBe("did the group meet in Vienna");
    expect(capitals("did vietnam sign")).toBe("did Vietnam sign");
    expect(capitals("was the ituc in the coalition")).toBe("was the ITUC in the coalition");
    expect(capitals("what did the idp say")).toBe("what did the IDP say");
  });

  it("leaves corpus words, short words, English words and other unknown words as typed", () => {
    // "geneva" and "access" are the corpus's own; "dec" is too short; "petition" is English;
    // "xqz" is the initials of no name; a name typed with a capital is left as typed.
    expect(capitals("did they meet in geneva")).toBe("did they meet in Geneva");
    expect(capitals("why did access object")).toBe("why did access object");
    expect(capitals("on 14 dec who handed it over")).toBe("on 14 dec who handed it over");
    expect(capitals("was the petition signed by xqz")).toBe("was the petition signed by xqz");
    expect(capitals("did Vietnam sign")).toBe("did Vietnam sign");
    // Words the subtitles behind English's list mostly write with a capital, opening a line, but
    // the tagger knows as no place: "tally", "okay", "shut", "plus".
    expect(capitals("what was the tally when the council said okay")).toBe(
      "what was the tally when the council said okay",
    );
    expect(capitals("shut out of the talks, plus a summary")).toBe(
      "shut out of the talks, plus a summary",
    );
  });
});

const NOTES: Record<string, string> = {
  "notes/signing.md": note("Signing the treaty", [
    "**The signatures.** On 14 December 89 Member States signed the Final Acts, among them Ruritania and Freedonia. [1]",
  ]),
  "notes/petition.md": note("The petition", [
    "**The petition.** On 14 December a coalition including Avaaz, the International Trade Union Confederation, Access and OpenMedia said it had delivered more than one million petition signatures urging governments not to sign. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-lowercase-names-25-", NOTES);

describe("lower-case questions naming what the notes never write", () => {
  it("refuses a place the notes never name, typed in lower case as typed with capitals", async () => {
    expect(await coverageOf("Did Vietnam sign the Final Acts on 14 December?")).toBe("none");
    expect(await coverageOf("did vietnam sign the final acts on 14 december")).toBe("none");
  });

  it("still answers the place the notes name, and the coalition asked by its initials", async () => {
    expect(await coverageOf("did ruritania sign the final acts on 14 december")).not.toBe("none");
    expect(await coverageOf("was the ituc in the coalition that delivered the petition")).not.toBe(
      "none",
    );
  });
});
