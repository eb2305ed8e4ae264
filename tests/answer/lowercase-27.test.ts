// Questions typed all in lower case with no question mark (issue #12, the twenty-seventh session's
// batch in-3022..in-3031, out-1026..out-1027). Two readings went by capitals or by the "?":
// - "access" is the group Access and the common noun, and the notes write both, so its case in the
//   corpus does not say which a question means. Where it stands does: the one who thinks, says or
//   owns ("why did access think…", "access said…", "access's verdict") is the name, where the
//   corpus writes the name standing alone inside its sentences (`agentNameAt`).
// - A lead-in before a colon naming a format word ("…the security article: what was each…") was
//   cut as a format when no "?" followed, though it opened on an acronym or set two sides against
//   each other (`formatLeadIn`).
import { describe, expect, it } from "vitest";
import { withCorpusCapitals } from "../../src/search/corpus-capitals.ts";
import { buildVocabulary } from "../../src/search/corpus-vocabulary.ts";
import { analyzeQuestion } from "../../src/search/question.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("withCorpusCapitals: a lower-case name told by where it stands", () => {
  const vocabulary = buildVocabulary([
    "Only members had access to the drafts. Public access to documents was debated, and open access to the text was asked for.",
    "After Dubai, Access described the final text as mixed. In its analysis Access counted several losses.",
    "Rights groups argued for access to information and against limits on access to services.",
    "The Council met in July. Delegates asked the council chair about access to the text.",
  ]);
  const capitals = (question: string) => withCorpusCapitals(question, () => vocabulary);

  it("reads the word as the name where it thinks, says or owns", () => {
    expect(capitals("why did access think the final deal was only so-so")).toBe(
      "why did Access think the final deal was only so-so",
    );
    expect(capitals("didn't access call the final text a win")).toBe(
      "didn't Access call the final text a win",
    );
    expect(capitals("what was access's overall verdict on the text")).toBe(
      "what was Access's overall verdict on the text",
    );
    expect(capitals("access said the compromise was still loose, why")).toBe(
      "Access said the compromise was still loose, why",
    );
  });

  it("leaves the common noun, and a word the corpus seldom writes as a name, as typed", () => {
    expect(capitals("did access to documents improve")).toBe("did access to documents improve");
    expect(capitals("who had access to the drafts")).toBe("who had access to the drafts");
    expect(capitals("how did the access-rights line get through")).toBe(
      "how did the access-rights line get through",
    );
    expect(capitals("what was the public access's scope")).toBe(
      "what was the public access's scope",
    );
    // "Council" opens a sentence and is written plain inside one: no name to read "council" as.
    expect(capitals("what did council say about the text")).toBe(
      "what did council say about the text",
    );
  });

  it("reads two joined subjects, and a name the corpus writes only with its capital", () => {
    const opening = buildVocabulary([
      "Hill later argued that the article is non-binding. Hill and Powers argued that the deadlock left cooperation uncertain.",
      "Richard Hill, formerly of the secretariat, disagreed. The group walked up the hill.",
      "CDT reported on the talks, and in its paper CDT argued for openness. Later, CDT said so again.",
      "Critics feared the worst. Critics read this as a bid for control.",
    ]);
    const read = (q: string) => withCorpusCapitals(q, () => opening);
    // ("hill" is written plain once: not a name the corpus always capitalises.)
    expect(read("what did hill and powers think")).toBe("what did hill and powers think");
    const hillOnly = buildVocabulary([
      "Hill later argued that the article is non-binding. Hill and Powers argued that the deadlock left cooperation uncertain.",
      "Richard Hill, formerly of the secretariat, disagreed.",
    ]);
    expect(withCorpusCapitals("what did hill and powers think", () => hillOnly)).toBe(
      "what did Hill and powers think",
    );
    // As the corpus writes it: "CDT", not "Cdt"; a common noun only ever opening a sentence
    // ("Critics feared…") is no name.
    expect(read("mueller vs cdt's paper: how did each see it")).toBe(
      "mueller vs CDT's paper: how did each see it",
    );
    expect(read("why did critics object to the text")).toBe("why did critics object to the text");
  });

  it("reads a word the corpus never writes, that English capitalises, as an absent name", () => {
    // ("google": SUBTLEX writes it "Google"; the vocabulary never has it.)
    expect(capitals("what did google say about the treaty")).toBe(
      "what did Google say about the treaty",
    );
    expect(capitals("what was google's position")).toBe("what was Google's position");
    // Not where it stands as no subject or owner, nor an English word written plain.
    expect(capitals("can you google the treaty")).toBe("can you google the treaty");
    expect(capitals("what was orange's position")).toBe("what was orange's position");
  });

  it("reads a possessive only where it opens its noun phrase", () => {
    expect(capitals("what was the spam access's scope")).toBe("what was the spam access's scope");
  });

  it("needs the corpus to write the word as a name standing alone at least twice", () => {
    const once = buildVocabulary([
      "Access described the final text as mixed, and access to documents was debated.",
      "Only members had access to the drafts, and Access said so.",
    ]);
    // (One "Access" opens a sentence: only the one inside a sentence counts.)
    expect(withCorpusCapitals("why did access think the text was mixed", () => once)).toBe(
      "why did access think the text was mixed",
    );
  });
});

describe("formatLeadIn: a comparison's lead-in typed with no question mark", () => {
  it("keeps sides opened by an acronym, or set against each other, as the question", () => {
    const side = analyzeQuestion(
      "UNESCO vs on the security article: what was each of them worried about",
    );
    expect(side.kind).toBe("compare");
    expect(side.content).toContain("UNESCO");
    const both = analyzeQuestion("the czechs vs hill on the spam article: where did each land");
    expect(both.content).toContain("czechs vs hill");
  });

  it("still cuts a lead-in that names only a format", () => {
    const a = analyzeQuestion("for the blog article: what did Kramer say about spam");
    expect(a.content).toBe("what did Kramer say about spam");
  });
});

const NOTES: Record<string, string> = {
  "notes/verdicts.md": note("Verdicts on the final text", [
    "**Specific textual concerns.** UNESCO criticised a draft clause that would have let states restrict access to avoid disclosure of sensitive information. [1]",
    "**Civil society after Dubai.** After Dubai, Access described the final text as mixed. In its analysis Access said the most dangerous proposals had been dropped, but vague provisions could still be used to justify more Internet regulation. [2]",
  ]),
  "notes/rights.md": note("Rights in the final text", [
    "**Key provisions.** The preamble recognises Member States' right of access to international telecommunication services. The final text also says the Regulations do not address content. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf, answerTo } = notesAppContext("wcit-lowercase-27-", NOTES);

describe("a lower-case question naming Access by where it stands", () => {
  it("is answered as it is typed with the capital", async () => {
    const typed = await answerTo("How did Access judge the final text?");
    const lower = await answerTo("how did access judge the final text");
    expect(lower.coverage).not.toBe("none");
    // (Read as the common noun, it was answered from the right of access in the preamble.)
    expect(lower.text).toBe(typed.text);
    expect(lower.text).not.toContain("right of access");
  });

  it("still refuses a view asked of a group the notes never name", async () => {
    expect(await coverageOf("what did greenpeace call the final text")).toBe("none");
  });
});
