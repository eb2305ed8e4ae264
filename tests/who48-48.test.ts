// A who ask of an originating act gets the sentence telling it with its doer (who48, the
// forty-eighth session's batch in-5430..in-5435, out-1794..out-1799): "which delegation floated X"
// is answered from the place best covering the question, which may name X without the party that
// put it forward; the retrieved sentence telling a proposing act with a doer the question does not
// name, and naming the ask's weightiest word, is added (`withProposerSentences`,
// proposer-sentence.ts, run in engine.ts after each ask's own sentence).
import { describe, expect, it } from "vitest";
import { proposerActAsked } from "../src/answer/proposer-sentence.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { shippedEngine } from "./support/extractive-engine.ts";
import { notesAppContext } from "./support/notes-app.ts";

const NOTES = {
  "notes/berths.md": note("Mooring in the harbour pact: proposals, Article 7 and the arguments", [
    "**Starting point.** The 1975 harbour rules said almost nothing about mooring. Critics argued that the port authority had treated mooring only vaguely. [1]",
    '**The compromise.** Halvorsen reports that Norway suggested the narrower word "berthing" (the mooring and loading of vessels). The Danish delegation\'s account explains why: "access" was heard as being about who may enter a port, while harbour engineers use "berthing" to mean mooring. [2]',
    '**Why some still objected.** The wording of Article 7 is hortatory and tied to quays. Even so, the dockers\' federation said Article 7, with its "access and berthing" wording, was unclear enough to be misread as licensing more state control. [3]',
  ]),
  "notes/signing.md": note("The Lisbon outcome: what the harbour pact contains and who signed", [
    '**Key provisions.** Article 7 asks states to endeavour to ensure "access and berthing" at international ports. Article 8 asks them to limit unsafe cargo transfers. A new provision applies the pact to "licensed berth operators". [1]',
    "**Signature count.** On 9 May 2019, the last day, 61 states signed the pact. According to the secretariat, 90 delegations were accredited, so 29 did not sign on the spot. [2]",
    "**Free-speech text.** Portugal proposed explicit free-speech language referring to the port workers' charter, and the federation's daily report described delegates debating it. [3]",
    "**Resolutions.** Ines Moreau, in a 2020 debriefing, listed the pact's three resolutions: pilot training, harbour emergency numbers and periodic review of the pact. [5]",
    '**Definitions and scope.** The final text does not define "terminal". Tariff-transparency ("right to know") language was also left out. [4]',
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-who48-48-", NOTES);

describe("which asks read as asking who originated something", () => {
  it("reads a floated, pushed or tabled thing and a whose-idea ask", () => {
    expect(proposerActAsked("which delegation floated 'berthing' for article 7")).toBe("floated");
    expect(proposerActAsked("who pushed for the cargo limit in the first place")).toBe(
      "pushed for",
    );
    expect(proposerActAsked("which govt put the word berthing on the table")).toBe(
      "put on the table",
    );
    expect(proposerActAsked("whose idea was it to limit cargo transfers")).toBe("idea");
  });

  it("does not read an ask of another act, or no who ask", () => {
    expect(proposerActAsked("who criticised article 7 after lisbon")).toBeUndefined();
    expect(proposerActAsked("what did norway propose for article 7")).toBeUndefined();
    expect(proposerActAsked("who got the word access dropped from article 7")).toBeUndefined();
  });
});

describe("a who ask of an originating act, through the engine", () => {
  // (Without `withProposerSentences` the answer is the signing paragraph and the provisions'
  // paragraph, which names no one putting "berthing" forward; run so, this fails.)
  it("adds the sentence telling who suggested the asked thing", async () => {
    const answer = await answerTo(
      "who floated berthing, and how many states signed the pact on the last day",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("61 states signed");
    expect(answer.text).toContain("Norway suggested");
  }, 60_000);

  it("does not add another thing's proposer: what was put forward must name the ask's word", async () => {
    const answer = await answerTo(
      "who floated the tariff right-to-know language, and how many states signed the pact on the last day",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).not.toContain("Portugal proposed");
  }, 60_000);

  // (The label rule in `keptOf` keeps such an answer from `full`. Here the answer is `partial`
  // without it too; the shipped corpus's test below fails without it.)
  it("never labels full a proposer asked where no sentence tells anyone putting it forward", async () => {
    expect(
      await coverageOf("whose proposal was the pact's resolution on periodic review"),
    ).not.toBe("full");
  }, 60_000);

  it("keeps refusing who came up with a provision the notes tell with no one proposing it", async () => {
    expect(
      await coverageOf("which delegation came up with the 'licensed berth operators' provision"),
    ).toBe("none");
    expect(await coverageOf("whose idea was the harmonised emergency number")).toBe("none");
  }, 60_000);
});

// The shipped notes list the 2012 resolutions (Guinena's debriefing) without saying who proposed
// any of them: a question asking whose proposal one was is answered at most in part.
const shipped = shippedEngine("wcit-who48-48-shipped-");

describe("a proposer asked of a resolution the shipped notes only list", () => {
  it("is not labelled full from the sentence listing it", async () => {
    const answer = await shipped.answerTo(
      "whose proposal was the dubai resolution on traffic termination",
    );
    expect(answer.coverage).not.toBe("full");
  }, 60_000);
});
