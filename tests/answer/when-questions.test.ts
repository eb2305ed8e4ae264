// "When" questions worded as analysts write them in Slack: the when asked after the topic ("X -
// as of what date was that count?"), the time between two events ("How long before the signing
// did…"), a date given by the heading of the paragraph that tells the event ("Lisbon 2031. … At
// the assembly the minister called for…"), and a figure typed with its magnitude clipped
// ("4.2bn"). Each is read as a when question and answered from the place that dates the event.
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/search/question.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/aftermath.md": note("After the harbour conference", [
    "**Next venues.** Observers turned at once to the harbour forum in Porto in May 2030 and to the assembly in Lisbon in October–November 2031. The forum was no treaty conference, but it would put the canal questions on the agenda openly, and the assembly can revise the council's charter. At the forum's opening ceremony the mayor of Porto welcomed the delegates. [1]",
    "**Lisbon 2031.** The assembly made only minor changes to the pilotage resolutions. Beforehand, shipping firms had urged it not to open any treaty process on canal safety. At the assembly the ferry minister called for an international convention on managing canal locks. [2]",
    "**Buoys.** The ferry minister also asked the council for brighter buoys in the outer channel, saying that night crossings had become dangerous for small boats. Pilots backed the request, and the harbour master promised to look at the cost of new lamps. [2]",
  ]),
  "notes/signing.md": note("The signing of the harbour code", [
    "**Tonnage.** The guild stressed that ports often sign codes after consulting their owners. It said the signatory ports, as of 3 March 2040, handled about 4.2 billion tonnes of cargo, over 70% of the region's trade. [1]",
    "**Signing.** On 14 May 2040, the last day, forty ports signed the harbour code. [2]",
  ]),
  "notes/island.md": note("The island delegation", [
    "**Envoy.** The island's envoy, Marta Quell, led its delegation to the harbour conference. [1]",
    "**Refusal.** On the evening of 13 May 2040 Quell announced that the island could not sign the harbour code in its current form. She named pilotage fees and canal safety as the dividing issues. [2]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo } = notesAppContext("wcit-when-questions-", NOTES);

describe("a when asked after the question's topic", () => {
  it("is a when question", () => {
    for (const q of [
      "the guild's line that the signatory ports handled 4.2 billion tonnes - as of what date was that count?",
      "the envoy's refusal, when was that?",
      "Lisbon assembly: when did the ferry minister call for a convention?",
    ]) {
      expect(analyzeQuestion(q).kind, q).toBe("when");
    }
  });

  it("is answered with the date the source gives", async () => {
    const answer = await answerTo(
      "the guild's line that the signatory ports handled 4.2 billion tonnes - as of what date was that count?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("as of 3 March 2040");
  });

  it("leaves a question opening with its ask as it was", () => {
    expect(analyzeQuestion("What is the harbour code, and when was it signed?").kind).toBe("fact");
    expect(analyzeQuestion("As of what date did the guild count the tonnage?").kind).toBe("when");
  });
});

describe("how long before or after one event another happened", () => {
  it("asks for the dates of both, not a count", () => {
    const read = analyzeQuestion(
      "How long before the signing ceremony did the island's envoy say it was out?",
    );
    expect(read.kind).toBe("when");
    expect(read.answerType).toBe("date");
    expect(analyzeQuestion("How long did the harbour conference last?").kind).toBe("how-many");
  });

  it("is answered from the place dating the event asked about, though it never names the other", async () => {
    const answer = await answerTo(
      "How long before the signing ceremony did Quell say she was out? need both dates",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("On the evening of 13 May 2040 Quell announced");
  });
});

describe("a date in the heading of the paragraph telling the event", () => {
  it("dates the sentences under it", async () => {
    const answer = await answerTo(
      "When did the ferry minister pitch an international convention on managing canal locks?",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("At the assembly the ferry minister called for");
  });

  it("is no date where the heading gives none", async () => {
    const answer = await answerTo("When did the ferry minister ask for brighter buoys?");
    expect(answer.coverage).toBe("none");
  });
});

describe("a figure typed with its magnitude clipped", () => {
  it("is read as the source writes it", async () => {
    const answer = await answerTo(
      "what share of the region's trade was the 4.2bn tonnes the guild cited for the signatory ports?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("over 70% of the region's trade");
    expect(analyzeQuestion("did 35k people sign the petition?").content).toContain(
      "35 thousand people",
    );
    expect(analyzeQuestion("What does Article 5B say?").content).toContain("5B");
  });
});
