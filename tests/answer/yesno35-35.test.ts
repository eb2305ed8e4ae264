// Yes/no near misses of the thirty-fifth session (issue #12, batch in-3992..in-4001,
// out-1306..out-1307): "did Hill testify before Congress on the spam article?" was answered from a
// window where Hill only argues about the article. A yes/no asking an act of a party the window
// only reports speaking (its sentences give it a verb of saying, asking or proposing first), whose
// verb none of its sentences tells in any form, is refused (`askedVerbUntold`, subject-act.ts). A
// party told doing another act ("chose", "decided", "opposed") stays answered: that act often
// rules the asked one in or out.
import { describe, expect, it } from "vitest";
import { askedVerbUntold } from "../../src/answer/subject-act.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const untold = (question: string, windowText: string) =>
  askedVerbUntold(question, windowText, analyze, windowText);

const HARBOUR =
  "Marta Solberg, formerly of the port authority, argued that the levy is voluntary. She pointed out that the harbour code sits below the national charter.";
const FERRY =
  "The Danish delegation records that the ferry package voted on contained both tariff clauses.";

describe("askedVerbUntold: a party only reported speaking, the act asked told nowhere", () => {
  it("finds the act untold where the party only argues or records", () => {
    expect(untold("Did Marta Solberg testify before parliament on the levy?", HARBOUR)).toBe(true);
    expect(untold("Did the Danish delegation walk out during the ferry vote?", FERRY)).toBe(true);
  });

  it("leaves a party told doing another act, which may answer the question", () => {
    const chose =
      "The minister chose Solberg to head the port delegation. Solberg argued that the levy is voluntary.";
    expect(untold("Did Solberg head the port delegation?", chose)).toBe(false);
    expect(
      untold(
        "Did the Danish delegation support the tariff clauses?",
        "The Danish delegation opposed the tariff clauses.",
      ),
    ).toBe(false);
    expect(
      untold(
        "Did the Harbour Council vote to publish the tariff draft?",
        "On 3 May the Harbour Council decided to publish the tariff draft.",
      ),
    ).toBe(false);
  });

  it("leaves an asked verb the reported speech tells in another form", () => {
    // ("testimony" is a form of "testify": the act is told.)
    expect(
      untold(
        "Did Marta Solberg testify on the levy?",
        "Marta Solberg said in her testimony that the levy is voluntary.",
      ),
    ).toBe(false);
  });

  it("leaves asked acts of saying, light verbs, views and a party that is no subject", () => {
    expect(untold("Did Marta Solberg propose the levy?", HARBOUR)).toBe(false);
    expect(untold("Did Marta Solberg get the authority's approval?", HARBOUR)).toBe(false);
    expect(untold("Did Marta Solberg cop to backing the levy?", HARBOUR)).toBe(false);
    expect(
      untold(
        "Did Denmark walk out of the ferry talks?",
        "The text was listed as coming from Norway and Denmark, and amounted to a rewrite of the ferry talks.",
      ),
    ).toBe(false);
  });
});

const NOTES: Record<string, string> = {
  "notes/harbour.md": note("The harbour levy", [
    "**Commentary.** Marta Solberg, formerly of the port authority, argued that the harbour levy is voluntary and cannot justify fees on small boats. She pointed out that the harbour code sits below the national charter. [1]",
  ]),
  "notes/ferry.md": note("The ferry talks", [
    "**Leadership.** The transport minister chose Ingrid Holm to head the ferry delegation to the Bergen talks. Holm argued that ferry tariffs should stay national. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-yesno35-35-", NOTES);

describe("a yes/no asking an act of a party the notes only report speaking", () => {
  it("is refused", async () => {
    expect(
      await coverageOf("Did Marta Solberg testify before parliament on the harbour levy?"),
    ).toBe("none");
  });

  it("leaves the act the notes tell, and another act that answers, answered", async () => {
    expect(
      await coverageOf("did Marta Solberg argue that the harbour levy is voluntary?"),
    ).not.toBe("none");
    expect(
      await coverageOf("did the transport minister pick Ingrid Holm to head the ferry delegation?"),
    ).not.toBe("none");
  });
});
