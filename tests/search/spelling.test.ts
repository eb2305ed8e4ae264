import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, termOf } from "../../src/search/analyze.ts";
import { withCorpusCapitals } from "../../src/search/corpus-capitals.ts";
import {
  buildVocabulary,
  wordCaseIn,
  writesAsName,
  writesOnlyCommon,
} from "../../src/search/corpus-vocabulary.ts";
import { editDistance } from "../../src/search/edit-distance.ts";
import { correctSpelling } from "../../src/search/spelling.ts";

// A small corpus in the shape of the briefing notes: names written as names, a capitalised title
// whose words are also written plain, inflections, and words seen only once.
const TEXTS = [
  "Ambassador Terry Kramer said cybersecurity did not belong in a binding treaty. Kramer spoke in Dubai.",
  "Binding rules were refused. Dubai hosted the binding vote.",
  "The International Telecommunication Regulations were revised in Dubai. Critics said the regulations were vague.",
  "Delegates met in Dubai for two weeks. The delegates argued about cybersecurity and spam.",
  "A history by Anthony Rutkowski traced the security work. Rutkowski argued the treaty treated security vaguely.",
  "The recommendations were voluntary. Other recommendations followed, and regulations too.",
  "The Budapest Convention is the cybercrime treaty. The Convention opened for signature in Budapest.",
  "Signatures were collected; the signatories and their signatures were counted, then the spam text.",
  "The Regulations of 1988 gave way to the International Telecommunication Regulations of 2012.",
  "The prior draft stated it. A prior text had stated the same.",
  "Telephony was mentioned once. Security and robustness of networks. Security for the treaty.",
];

const vocabulary = buildVocabulary(TEXTS);
const terms = new Set(TEXTS.flatMap((t) => analyze(t)));
const isKnown = (word: string) => {
  const term = termOf(word);
  return term === undefined || terms.has(term);
};
const correct = (question: string) =>
  correctSpelling(question, { vocabulary: () => vocabulary, isKnown });

describe("correctSpelling", () => {
  it.each([
    "why hadn't the US signed by then?",
    "why hadn’t Kramer signed?",
    "mustn't the regulations be revised?",
  ])("reads a negated auxiliary's stem as a word, not a slip: %s", (question) => {
    expect(correct(question)).toEqual({ text: question, corrections: [] });
  });

  it("reads a swapped pair of letters in a long word as the corpus word", () => {
    expect(correct("why is the ITU ill suited to regulate cybersecuirty?")).toEqual({
      text: "why is the ITU ill suited to regulate cybersecurity?",
      corrections: [{ from: "cybersecuirty", to: "cybersecurity" }],
    });
  });

  it("reads a dropped letter, choosing the closest word over a farther form of its term", () => {
    // "regulation" is two edits away, "regulations" one. Mostly written in a title's capitals, it is
    // still no name (it is written plain too), so it is read as typed: in lower case.
    expect(correct("did the new reguations define spam?").corrections).toEqual([
      { from: "reguations", to: "regulations" },
    ]);
    expect(correct("why did Kramer say spam had no place in a bindng treaty?").text).toBe(
      "why did Kramer say spam had no place in a binding treaty?",
    );
  });

  it("reads a name typed with two letters swapped, as a name, whatever case it was typed in", () => {
    expect(correct("how many countries signed in Dubia?").corrections).toEqual([
      { from: "Dubia", to: "Dubai" },
    ]);
    expect(correct("how many countries signed in dubia?").text).toBe(
      "how many countries signed in Dubai?",
    );
    // A capitalised word keeps its capital when the corpus word is not a name.
    expect(correct("what does the Budapest Convnetion do?").corrections).toEqual([
      { from: "Convnetion", to: "Convention" },
    ]);
  });

  it("reads a long word within two edits, a shorter one within one only", () => {
    expect(correct("which recomendatons were voluntary?").corrections).toEqual([
      { from: "recomendatons", to: "recommendations" },
    ]);
    // "scurty" and "bxndxng" are two edits from "security" and "binding": too many below 9 letters,
    // even where nothing else is near.
    expect(correct("what about scurty?").corrections).toEqual([]);
    const onlyBinding = buildVocabulary(["A binding treaty has binding rules."]);
    expect(
      correctSpelling("a bxndxng treaty", { vocabulary: () => onlyBinding, isKnown }).corrections,
    ).toEqual([]);
    expect(
      correctSpelling("a bindxng treaty", { vocabulary: () => onlyBinding, isKnown }).corrections,
    ).toEqual([{ from: "bindxng", to: "binding" }]);
  });

  it("reads a short word only as a swap: 'teh' is 'the', 'spma' is 'spam', 'spum' is left", () => {
    expect(correct("what did teh treaty say about spma?").corrections).toEqual([
      { from: "teh", to: "the" },
      { from: "spma", to: "spam" },
    ]);
    expect(correct("what did the treaty say about spum?").corrections).toEqual([]);
  });

  it("leaves every word the index reads alone, and returns the question as it came", () => {
    const question = "What did the delegate say about Security, regulation and spam in Dubai?";
    expect(correct(question)).toEqual({ text: question, corrections: [] });
  });

  it("never corrects an English word, however close to a corpus word ('treats' is not 'treaty')", () => {
    expect(correct("which treats were signed?").corrections).toEqual([]);
  });

  it("leaves a slip that a common English word the corpus lacks may stand for as much", () => {
    // "priod" is one edit from the corpus's "prior" and from "period"; "strted" from "stated" and
    // "started".
    expect(correct("what did the priod draft say?").corrections).toEqual([]);
    expect(correct("when was it strted?").corrections).toEqual([]);
    // A rare word as near is no such reading: "Eth" beside "teh" (see the short-word case).
    expect(correct("what did the priorr draft say?").corrections).toEqual([
      { from: "priorr", to: "prior" },
    ]);
  });

  it("never reads a name as another name one letter away", () => {
    // Capitalised inside the question: only a swap is read.
    expect(correct("what did Kraemer tell the Senate?").corrections).toEqual([]);
    // Typed in lower case, but the corpus word is a name: other people are one letter apart.
    expect(correct("what did rutkowska argue about security?").corrections).toEqual([]);
  });

  it("leaves a word with two readings of different terms alone", () => {
    // One edit from both "signatories" and "signatures".
    expect(correct("how many signatores were there?").corrections).toEqual([]);
  });

  it("leaves acronyms, links, addresses, once-seen words and changed first letters alone", () => {
    expect(correct("what is CYBERSECUIRTY?").corrections).toEqual([]);
    expect(
      correct("see https://examle.org/cybersecuirty and x@cybersecuirty.org").corrections,
    ).toEqual([]);
    // "telephony" occurs once in the corpus: it may itself be a slip.
    expect(correct("what about telephnoy?").corrections).toEqual([]);
    expect(correct("what about xecurity?").corrections).toEqual([]);
  });

  it("corrects every occurrence and lists each misspelling once", () => {
    const { text, corrections } = correct(
      "cybersecuirty in Dubia: was cybersecuirty in the treaty?",
    );
    expect(text).toBe("cybersecurity in Dubai: was cybersecurity in the treaty?");
    expect(corrections).toEqual([
      { from: "cybersecuirty", to: "cybersecurity" },
      { from: "Dubia", to: "Dubai" },
    ]);
  });
});

/** Optimal string alignment distance, the plain full-matrix way. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

describe("editDistance", () => {
  it("counts a swap of adjacent letters as one edit", () => {
    expect(editDistance("dubia", "dubai", 2)).toBe(1);
    expect(editDistance("reguations", "regulations", 2)).toBe(1);
    expect(editDistance("kitten", "sitting", 5)).toBe(3);
  });

  it("equals the full computation up to the limit, and says limit + 1 beyond it", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(referenceDistance(a, b), max + 1));
        expect(editDistance(b, a, max)).toBe(editDistance(a, b, max));
      }),
    );
  });
});

describe("withCorpusCapitals", () => {
  // Names as the notes write them, beside words that are names only inside longer ones or only in
  // a title, and the pronoun "us" beside the acronym "US".
  const named = buildVocabulary([
    "The US delegation, led by Ambassador Terry Kramer, refused to sign in Dubai. Kramer said so.",
    "The FCC chair agreed with the US. Critics said the ITRs were vague; the ITRs were signed.",
    "Best Bits, a civil-society network, wrote to the Plenipotentiary. Best Bits met in Baku.",
    "The resolution, H. Con. Res. 127, passed. The Res. was sent on. Rutkowski wrote a history.",
    "The International Telecommunication Regulations were revised. The regulations were vague.",
    "Earlier, Russia proposed national control. The United States and Russia disagreed.",
  ]);
  const capitals = (question: string) => withCorpusCapitals(question, () => named);

  it("writes the names a lower-case question types as the corpus writes them", () => {
    expect(capitals("what did kramer and the fcc say about the itrs in dubai?")).toBe(
      "what did Kramer and the FCC say about the ITRs in Dubai?",
    );
    // Hyphenated and possessive forms too, and a name typed with a capital stays as typed.
    expect(capitals("rutkowski's view of the pre-dubai talks? Kramer agreed")).toBe(
      "Rutkowski's view of the pre-Dubai talks? Kramer agreed",
    );
  });

  it("reads a name English writes capitalised where the corpus writes it on its own", () => {
    // "Russia" stands alone in the corpus ("Russia proposed"); "United" only inside "United
    // States", so in lower case it is the adjective.
    expect(capitals("did russia and the united states agree?")).toBe(
      "did Russia and the united states agree?",
    );
  });

  it("reads 'us' as the acronym only after 'the'", () => {
    expect(capitals("did the us sign?")).toBe("did the US sign?");
    expect(capitals("can you tell us why kramer refused?")).toBe(
      "can you tell us why Kramer refused?",
    );
  });

  it("leaves common English words, short abbreviations, plain words and links as typed", () => {
    // "best" and "united" are English words, whatever the corpus capitalises; "res" an abbreviation
    // the corpus writes capitalised ("Res. 127"); "regulations" is written plain too.
    expect(capitals("what is the best summary of the res on the regulations?")).toBe(
      "what is the best summary of the res on the regulations?",
    );
    expect(capitals("see https://example.org/kramer or @kramer")).toBe(
      "see https://example.org/kramer or @kramer",
    );
  });

  it("leaves a question typed with its capitals as typed", () => {
    const question = "Why did Kramer and the US refuse the ITRs in Dubai?";
    expect(capitals(question)).toBe(question);
  });
});

describe("wordCaseIn, writesAsName, writesOnlyCommon", () => {
  const cased = buildVocabulary([
    "The delegates met Kramer. Later Kramer spoke, and the delegates listened.",
    "Access was limited. Critics said access to documents was poor.",
    "Touré opened the conference. The International Regulations were revised; the regulations were vague.",
  ]);
  const wordCase = (word: string) => wordCaseIn(cased, word);

  it("counts a folded word inside sentences and keeps its most frequent written form", () => {
    expect(wordCase("kramer")).toEqual({ inSentence: 2, capitalised: 2, written: "Kramer" });
    // Opening a sentence counts for the form, not inside sentences.
    expect(wordCase("access")).toEqual({ inSentence: 1, capitalised: 0, written: "Access" });
    expect(wordCase("toure")).toEqual({ inSentence: 0, capitalised: 0, written: "Touré" });
    expect(wordCase("rutkowski")).toEqual({ inSentence: 0, capitalised: 0 });
  });

  it.each([
    // Capitalised every time inside sentences: a name.
    ["kramer", true, false],
    // Never inside a sentence, written capitalised (opening one): read as a name.
    ["toure", true, false],
    // Inside sentences only in lower case: a common word.
    ["delegates", false, true],
    ["access", false, true],
    // Capitalised in a title, plain elsewhere: neither only a name nor only common.
    ["regulations", false, false],
    // A word the corpus lacks: its case tells nothing.
    ["rutkowski", false, false],
  ])("%s: name %s, only common %s", (word, name, onlyCommon) => {
    expect(writesAsName(wordCase(word))).toBe(name);
    expect(writesOnlyCommon(wordCase(word))).toBe(onlyCommon);
  });

  it("reads a case given without its written form (a word never seen inside a sentence)", () => {
    expect(writesAsName({ inSentence: 0, capitalised: 0 })).toBe(false);
    expect(writesAsName({ inSentence: 10, capitalised: 9 })).toBe(true);
    expect(writesAsName({ inSentence: 10, capitalised: 8 })).toBe(false);
    expect(writesOnlyCommon({ inSentence: 0, capitalised: 0 })).toBe(false);
  });
});
