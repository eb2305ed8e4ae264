// The coverage decision on an analyst's plain wording (issue #12): questions written in the
// asker's own vocabulary, whose words the notes do not use for what they describe. Each in-scope
// question here was refused before its rule; each near miss beside it must still be refused.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/context.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/security.md": note("Security in the treaty", [
    "**Starting point.** The 1988 text said almost nothing about security. Critics of the 2012 process, citing a history of the agency's security work by Anthony Rutkowski, argued that the ITU had traditionally treated security only vaguely. [1]",
    "**Undefined.** A Secretariat draft of the new ITRs used the word security dozens of times without defining it. [1]",
    "**Left to states.** Rules on roaming prices and on taxing calls were left to national regulators. [2]",
    "**The compromise.** The United Kingdom suggested the more technical word robustness. The adopted Article 5A speaks of the security and robustness of networks. [2]",
  ]),
  "notes/rights.md": note("Human rights and the treaty", [
    "**Human-rights text inside the treaty.** Tunisia proposed explicit freedom-of-expression language referring to Article 19 of the Universal Declaration. The final preamble instead contains a shorter commitment to human-rights obligations. [1]",
  ]),
  "notes/us.md": note("The US position", [
    "**The US objection.** Ambassador Terry Kramer said that once governments vet bulk messages they could move on to restricting political speech. [2]",
  ]),
  "notes/groups.md": note("Regional groups", [
    "**How positions are formed.** Members coordinate through regional groups such as the Asia-Pacific Telecommunity and CEPT. [1]",
  ]),
  "notes/regions.md": note("Operators' proposals", [
    "**Sender pays.** ETNO proposed commercial fair compensation based on sending-party-network-pays. LIRNEasia called the link between quality of service and sender-pays incoherent. [2]",
  ]),
  "notes/critics.md": note("The spam article after Dubai", [
    "**Critics after Dubai.** Neelie Kroes criticised the spam article as a pretext for censorship. [1]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-coverage-plain-", NOTES, {
  "glossary.json": fs.readFileSync(path.join(PROJECT_ROOT, "corpus", "glossary.json"), "utf8"),
});

describe("a word the corpus never uses in a 'who' question", () => {
  it("is the asker's wording when it describes or goes with a stranded preposition", async () => {
    expect(
      await coverageOf(
        "Whose history of the ITU's security work did critics lean on when they said the agency had always been woolly about security?",
      ),
    ).not.toBe("none");
  });

  it("is an event the corpus lacks when it is the question's verb: who was elected is refused", async () => {
    expect(
      await coverageOf("Who was elected to write the history of the ITU's security work?"),
    ).toBe("none");
  });
});

describe("a plain word the glossary equates with the head of a name ('rules', 'Regulations')", () => {
  it("meets the name: how often the draft of the new rules mentioned security is answered", async () => {
    expect(
      await coverageOf("How often did the secretariat's draft of the new rules mention security?"),
    ).not.toBe("none");
  });

  it("meets nothing else: how often the draft of the new rules mentioned roaming is refused", async () => {
    expect(
      await coverageOf(
        "How often did the secretariat's draft of the new rules mention telephone fraud?",
      ),
    ).toBe("none");
  });
});

describe("the shipped glossary's plain synonyms ('free speech', 'freedom of expression')", () => {
  it("meet each other: what Tunisia wanted on free speech is answered", async () => {
    expect(await coverageOf("What did Tunisia want on free speech?")).not.toBe("none");
  });

  it("meet nothing else: what Tunisia wanted on roaming is refused", async () => {
    expect(await coverageOf("What did Tunisia want on roaming?")).toBe("none");
  });
});

describe("a people's adjective the corpus lacks whose place the glossary names ('Asian', Asia)", () => {
  it("is a word of the corpus: which Asian think tank called the sender-pays link incoherent is answered", async () => {
    expect(
      await coverageOf("Which Asian think tank called the sender-pays link incoherent?"),
    ).not.toBe("none");
  });

  it("unlike one the glossary does not know: which Swahili think tank did is refused", async () => {
    expect(
      await coverageOf("Which Swahili think tank called the sender-pays link incoherent?"),
    ).toBe("none");
  });
});

describe("a verb of stance or act the corpus words otherwise ('slammed' for 'criticised')", () => {
  it("meets the corpus's word of its family: who slammed the spam article is answered", async () => {
    expect(await coverageOf("Who slammed the spam article after Dubai?")).not.toBe("none");
  });

  it("meets no other family: who championed the spam article is refused", async () => {
    expect(await coverageOf("Who championed the spam article after Dubai?")).toBe("none");
  });
});
