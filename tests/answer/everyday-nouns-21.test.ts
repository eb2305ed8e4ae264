// Everyday paraphrases of the corpus's own words (paraphrase21): an analyst's "rulebook" for the
// treaty's regulations and "junk mail" for spam (glossary); "agreed" for "adopted"; "a threat"
// for what "could threaten" (a verb made with "-en" meets its noun); "how many governments" for a
// count of "countries" in a question resting on that one noun; "public consultation" for a
// "public commenter"; and "kick in provisionally for" as a phrasal verb. Each had left a word the
// answering place lacks, and the question refused. The near misses beside them still lack what
// they ask.
import { describe, expect, it } from "vitest";
import { phrasalVerbWords } from "../../src/answer/phrasal-verbs.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { shippedGlossary, starterEngine } from "../support/extractive-engine.ts";

describe("a phrasal verb whose particle an adverb follows", () => {
  it("is read as a phrasal verb before the preposition", () => {
    expect([
      ...phrasalVerbWords("when were the new ITRs due to kick in provisionally for signatories?"),
    ]).toContain("kick");
  });
});

describe("on the corpus's notes, with its glossary", () => {
  const corpus = starterEngine("wcit-everyday-nouns-", shippedGlossary());

  answersStatingEach(
    corpus,
    [
      // A noun meets the verb made from it with "-en".
      [
        "What was the threat civil-society groups saw in bringing the Internet under a telecom treaty?",
        "could threaten privacy",
      ],
      // "agree" is of the adopting family; "rulebook" is the glossary's "regulations".
      ["Is it right that the 2012 ITRs were agreed by consensus?", "not adopted by consensus"],
      ["When will the new rulebook kick in?", "apply provisionally from 1 January 2015"],
      // The one noun a count question rests on, counted by the corpus's noun for its class.
      ["how many governments signed the ITRs in Dubai?", "89 of the 144 eligible countries"],
      // "junk mail" is spam.
      [
        "what did Kramer say about putting junk mail in the treaty?",
        "did not belong in a binding treaty",
      ],
      // A phrasal verb is the asker's idiom, not an event the corpus never records.
      [
        "when were the new ITRs due to kick in provisionally for signatories?",
        "apply provisionally from 1 January 2015",
      ],
      // A public consultation's commenter.
      [
        "Why did someone in the public consultation think the junk-mail definition was unworkable?",
        "A public commenter told the ITU the definition was unworkable",
      ],
    ],
    "answers %j",
  );

  refusesEach(
    corpus,
    [
      // PP-14 is covered, never a decision on the spam article.
      "What did PP-14 agree about strengthening the spam article?",
      // A bare count ("so 55 did not sign") counts no NGOs.
      "How many NGOs were accredited to attend WCIT-12?",
      // UNESCO spoke on the draft security clause, not on the spam article.
      "What did UNESCO make of the junk-mail article in the final treaty?",
    ],
    "still refuses %j",
  );
});
