// Names of bodies, people and peoples the notes never write, typed in lower case (issue #12, the
// twenty-eighth session's batch in-3146..in-3151, out-1056..out-1061). "What was Microsoft's view
// of…?" is refused, since the notes never name Microsoft; "what was microsoft's view of…" was
// answered `partial` from what the notes say of the rest, because SUBTLEX writes "microsoft" in
// lower case and "microsoft" was read as a plain word no passage holds. English's tagger knows it
// as an organisation (`tagsAsBearer`), so a word the corpus never writes that the tagger takes for
// an organisation, a person or a people is read with its capital (`withCorpusCapitals`), unless
// it stands as a verb ("can you google the text").
import { describe, expect, it } from "vitest";
import { withCorpusCapitals } from "../../src/search/corpus-capitals.ts";
import { buildVocabulary } from "../../src/search/corpus-vocabulary.ts";
import { tagsAsBearer } from "../../src/search/tagged-bearers.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("tagsAsBearer: bodies, people and peoples English's tagger knows", () => {
  it("knows companies, people and peoples, not common words", () => {
    for (const w of ["microsoft", "vodafone", "obama", "norwegians"]) {
      expect(tagsAsBearer(w)).toBe(true);
    }
    for (const w of ["orange", "liberty", "tally", "treaty"]) expect(tagsAsBearer(w)).toBe(false);
  });
});

describe("withCorpusCapitals: an absent name typed in lower case", () => {
  const vocabulary = buildVocabulary([
    "The European operators' association ETNO filed contribution C-109. LIRNEasia called it incoherent.",
    "In October CEPT rejected the idea as out of scope. Delegations from Norway and Sweden reserved.",
  ]);
  const capitals = (question: string) => withCorpusCapitals(question, () => vocabulary);

  it("writes it with its capital wherever it stands as a name", () => {
    expect(capitals("what was microsoft's view of the compromise")).toBe(
      "what was Microsoft's view of the compromise",
    );
    expect(capitals("did vodafone put its name to the contribution")).toBe(
      "did Vodafone put its name to the contribution",
    );
    expect(capitals("did the norwegians sign in dubai")).toContain("Norwegians");
  });

  it("leaves a verb, a common word and a word the corpus writes as typed", () => {
    expect(capitals("can you google the contribution")).toBe("can you google the contribution");
    expect(capitals("what was orange's position")).toBe("what was orange's position");
    // ("etno" is the corpus's own name, read as the corpus writes it.)
    expect(capitals("did etno file the contribution")).toBe("did ETNO file the contribution");
  });
});

const NOTES: Record<string, string> = {
  "notes/etno.md": note("Operators' proposals", [
    "**ETNO.** The European operators' association ETNO filed contribution C-109 on 6 June 2012. It proposed commercial fair compensation based on sending-party-network-pays. LIRNEasia called the link between quality of service and sender-pays incoherent. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-absent-names-28-", NOTES);

describe("a yes/no about a company the notes never name, typed in lower case", () => {
  it("is refused as it is when typed with the capital", async () => {
    expect(await coverageOf("Did Vodafone put its name to ETNO's sender-pays contribution?")).toBe(
      "none",
    );
    expect(await coverageOf("did vodafone put its name to etno's sender-pays contribution")).toBe(
      "none",
    );
  });

  it("still answers the same question about the body the notes name", async () => {
    expect(await coverageOf("did etno file a sender-pays contribution")).not.toBe("none");
  });
});
