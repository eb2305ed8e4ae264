// A list asking for one party's acts by the kind of act ("every move kramer made", "everything the
// czechs said"), whose acts are told in several paragraphs and notes (issue #12, the thirty-sixth
// session's batch in-4128..in-4137, out-1340..out-1341): an ask opening on a word of totality is
// read as a list (`TOTALITY_LEAD`), its party is read (`actsListParty`, question-lists.ts), the
// list reads the passages naming the party (`withPartyPassages`, party-acts.ts) and gives only
// points naming it, one a passage first (`pickListItems`, extractive-list.ts).
import { describe, expect, it } from "vitest";
import { namesParty } from "../../src/answer/party-acts.ts";
import { analyze } from "../../src/search/analyze.ts";
import { analyzeQuestion } from "../../src/search/question.ts";
import { actsListParty } from "../../src/search/question-lists.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("an ask opening on a word of totality", () => {
  it.each([
    "every thing access flagged or complained about, from the prep docs to the final text",
    "round up everything the czechs said or put on record about dubai in our notes",
    "each time somebody asked for or called a vote at the meeting",
    "all of the board's rulings on the floor",
  ])("is read as a list: %s", (question) => {
    const analysis = analyzeQuestion(question);
    expect(analysis.kind).toBe("list");
    expect(analysis.wantsList).toBe(true);
  });

  it.each([
    ["all told, how many groups signed the letter?", "how-many"],
    ["how did the delegation round up the votes for its sentence?", "how"],
  ])("is not read into an ask that only uses the words: %s", (question, kind) => {
    expect(analyzeQuestion(question).kind).toBe(kind);
  });
});

describe("the party a list of acts asks of", () => {
  it.each([
    ["every move kramer made in the run-up", "kramer"],
    ["every time touré stepped in or spoke up", "touré"],
    ["all the moves egypt made that our notes mention", "egypt"],
    ["everything the czechs said or put on record", "czechs"],
    ["all the stuff the us opposed going into dubai", "us"],
    ["every proposal saudi arabia tabled on its own", "saudi arabia"],
    ["all of access's verdicts on the final text", "access"],
  ])("%s → %s", (lead, party) => {
    expect(actsListParty(lead)).toBe(party);
  });

  it.each([
    "each time somebody asked for or called a vote",
    "every proposal that got pulled, withdrawn or dropped",
    "every european govt our notes name as not signing",
    "every spot where our notes hedge on the quotes",
  ])("none where the list asks no one party's acts: %s", (lead) => {
    expect(actsListParty(lead)).toBeUndefined();
  });

  it("is named by a word a text capitalises, not by the common word", () => {
    const party = [analyze("access")];
    expect(namesParty("Access said the decision fell short.", party, analyze)).toBe(true);
    expect(namesParty("Only members had access to the documents.", party, analyze)).toBe(false);
  });
});

const NOTES: Record<string, string> = {
  "notes/delegation.md": note("The Norrland delegation at the Tarn meeting", [
    "**Leadership.** The Premier chose Ambassador Ilse Vell to lead the Norrland delegation to the Tarn meeting. [1] In March 2015 Vell, in a speech at the Harbour Institute, argued that safety rules belong in national law. [1]",
    "**Formal proposals.** The Norrland proposal asked the Harbour Board to favour open ports over central rules. [2] It sought to keep customs and policing out of the code. [2]",
    "**Parliament's backing.** The Norrland parliament passed a motion backing open ports in April 2015. [1] The motion passed 301 to 0. [1]",
    "**Lines held at Tarn.** Vell said Norrland would oppose a fee on cargo manifests because it would burden small carriers. [2] On 4 May Vell denied press reports that Norrland had threatened to leave the meeting. [2]",
    "**Reactions.** The Norrland trade minister said the outcome added a new layer of port rules. [1] Observers in the press gallery called the week a stalemate. [1]",
    "**Refusal to sign.** On the last evening Vell announced that Norrland could not sign the code in its current form. [1]",
  ]),
  "notes/fees.md": note("Cargo fees at the Tarn meeting", [
    "**The fee proposal.** The Carriers' League proposed a fee on cargo manifests in June 2014. [1] Several port boards supported it. [1]",
    "**Objections.** Ambassador Vell accepted that manifest fraud is a real problem but said a fee was the wrong tool. [2] The Carriers' League later withdrew the proposal. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-list36-36-", NOTES);

describe("a list of one party's acts told in several paragraphs and notes", () => {
  it("gives the party's acts from every paragraph naming it, as cited bullets", async () => {
    const answer = await app.answerTo(
      "list every move vell made at the tarn meeting per our notes",
    );
    expect(answer.coverage).toBe("partial");
    for (const act of [
      "Harbour Institute",
      "denied press reports",
      "could not sign",
      "wrong tool",
    ]) {
      expect(answer.text).toContain(act);
    }
    expect(answer.text.split("\n").every((line) => line.startsWith("- "))).toBe(true);
    const cited = new Set(answer.citations.map((c) => c.passageId.split(":")[0]));
    expect(cited).toEqual(new Set(["delegation", "fees"]));
  });

  it("leaves out the sentences of those paragraphs about someone else", async () => {
    const answer = await app.answerTo(
      "list every move vell made at the tarn meeting per our notes",
    );
    expect(answer.text).not.toContain("301 to 0");
    expect(answer.text).not.toContain("Several port boards");
    expect(answer.text).not.toContain("stalemate");
  });

  // No passage names an Ambassador Quill: the list reads and gives what it did before the rule
  // (no point is held to a party no sentence names), here the question's own passages.
  it("leaves a list whose party no passage names as the list reading gives it", async () => {
    const answer = await app.answerTo("list every move ambassador quill made at the tarn meeting");
    expect(answer.text).not.toContain("Quill");
    expect(answer.text).toContain("Harbour Institute");
  });

  // No note tells of fishing quotas or of Reykjavik: such a list stays refused.
  refusesEach(app, [
    "list every move ambassador quill made on fishing quotas in reykjavik",
    "round up everything the kesh delegation said about fishing quotas in reykjavik",
  ]);
});
