// A question joining two asks, each told in its own paragraph or note, whose leading place states
// only one (issue #12, the thirty-seventh session's batch in-4186..in-4195, out-1354..out-1355):
// a later ask naming nothing of its own (no capitalised name, no number) of whose own required
// words the window's passage meets none, and which points back with no pronoun, is read as unmet
// (`someAskUnmet`, each-ask.ts), and the question is then answered ask by ask where every ask is
// covered on its own passages (`askByAsk`, engine.ts). The reading never refuses: `laterAskUnmet`,
// which refuses, still reads a later ask only by the names it writes.
import { describe, expect, it } from "vitest";
import { laterAskUnmet, someAskUnmet } from "../../src/answer/each-ask.ts";
import type { Relevance } from "../../src/answer/relevance.ts";
import type { KeyTerm } from "../../src/answer/terms.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("someAskUnmet: a later ask naming nothing, met by nothing of the leading place", () => {
  const term = (t: string, weight = 3): KeyTerm => ({ term: t, alternatives: [], weight });
  const TERMS: Record<string, KeyTerm[]> = {
    "how big was the league delegation said to be": [term("big"), term("leagu"), term("deleg")],
    "what did the assembly's vote come to": [term("assembl"), term("vote")],
    "what did they vote on in the assembly": [term("assembl"), term("vote")],
  };
  const stems: Record<string, string> = {
    league: "leagu",
    delegation: "deleg",
    assembly: "assembl",
  };
  const words = (text: string) =>
    (text.toLowerCase().match(/[a-z]+/g) ?? []).map((w) => stems[w] ?? w);
  const tools = {
    keyTermsFor: (ask: string) => TERMS[ask] ?? [],
    analyzeText: words,
    readText: words,
  };
  const passageSaying = (text: string) =>
    [{ passage: { id: "p1", sectionPath: ["Uncertain"], text } }] as unknown as ScoredPassage[];
  const assessed = { windowPassageId: "p1" } as Relevance;
  const sizeOnly = passageSaying("One outlet put the League delegation at 212 members. It is big.");

  it("is unmet where the leading place says nothing of the later ask's own words", () => {
    const question =
      "how big was the league delegation said to be, and what did the assembly's vote come to";
    expect(someAskUnmet(question, assessed, sizeOnly, tools)).toBe(true);
    // (The refusing reading is unchanged: the later ask names nothing.)
    expect(laterAskUnmet(question, assessed, sizeOnly, tools)).toBe(false);
  });

  it("is met where the leading place says the later ask's words too", () => {
    const question =
      "how big was the league delegation said to be, and what did the assembly's vote come to";
    const both = passageSaying("The League delegation was big. The assembly's vote was 301 to 0.");
    expect(someAskUnmet(question, assessed, both, tools)).toBe(false);
  });

  it("is not read for a later ask pointing back with a pronoun", () => {
    const question =
      "how big was the league delegation said to be, and what did they vote on in the assembly";
    expect(someAskUnmet(question, assessed, sizeOnly, tools)).toBe(false);
  });
});

const NOTES: Record<string, string> = {
  "notes/envoys.md": note("The Harbour League at the Tarn meeting: its envoy and its delegation", [
    "**Leadership.** The Governor chose Envoy Mara Quist to head the Harbour League delegation to the Tarn meeting. [1] Quist said the League would oppose any clause on port closures. [1]",
    "**Uncertain.** One outlet put the Harbour League delegation at 212 members. [2] That figure is not corroborated elsewhere in these notes and should not be relied on. [2]",
  ]),
  "notes/assembly.md": note("The Assembly and the Tarn meeting", [
    "**Assembly backing.** During the Tarn meeting the Assembly passed, 301 to 0, a motion opposing port closures. [1] The 301–0 figure comes from a single news source. [1]",
    "**Later work.** The Assembly's trade committee met again in the spring. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-asks37-37-", NOTES);

describe("two asks told in two notes, one of them not in the notes", () => {
  it("states both asks where the notes tell each", async () => {
    const answer = await app.answerTo(
      "how big was the league delegation said to be, and what did the assembly's mid-tarn vote come to",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("212 members");
    expect(answer.text).toContain("301 to 0");
  }, 60_000);

  // The notes name no treasurer of the League and no Assembly speaker. On so small a corpus a
  // question with one ask they do hold is answered for that ask, as before this rule: never full,
  // and nothing stated of the ask they lack.
  it.each([
    [
      "how big was the league delegation said to be, and who was the league's treasurer",
      "treasurer",
    ],
    [
      "what did the assembly's mid-tarn vote come to, and who was the assembly's speaker",
      "speaker",
    ],
  ])("is never full where one ask is not in the notes: %s", async (question, lacking) => {
    const answer = await app.answerTo(question);
    expect(answer.coverage).not.toBe("full");
    expect(answer.text.toLowerCase()).not.toContain(lacking);
  });
});
