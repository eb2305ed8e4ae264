// Near misses of the twenty-first session (nearmiss21): questions naming an event, a document or
// a party the notes cover but asking for a detail they never state (an exact date, an end where
// only a start is given, the doer of an act told in the passive, a part of a total, the backers
// of a proposal, the holder of an office named without a name). The notes give a date, a count
// or a name beside the asked words, so the answer's type seemed given; it is another thing's.
// The in-scope questions beside each ask the same shape where the notes do state the detail.
import { describe, expect, it } from "vitest";
import { answersEach, refusesEach } from "../support/coverage-cases.ts";
import { starterEngine } from "../support/extractive-engine.ts";

describe("on the starter corpus", () => {
  const starter = starterEngine("wcit-nearmiss-detail-21-");

  describe("a date asked to the day or the month must be given to it", () => {
    answersEach(starter, [
      "On which day did the ITU Council decide to publish the draft ITRs?",
      "When did the Arab group's Cairo prep meeting start and end?",
    ]);

    refusesEach(starter, [
      // "…the Plenipotentiary Conference in Busan in October–November 2014."
      "What was the exact date the Busan Plenipotentiary wrapped up?",
      // "In 2016 the ITU Council adopted Resolution 1379…"
      "Which month of 2016 did the Council set up the EG-ITRs?",
    ]);
  });

  describe("an end asked is not given by a start, nor a done act by a forecast", () => {
    answersEach(starter, [
      "When did the Dubai conference end?",
      "When exactly did Kramer announce the US wouldn't sign the treaty?",
    ]);

    refusesEach(starter, [
      // "…launched WCITLeaks.org in mid-2012 to post the documents publicly."
      "When was WCITLeaks shut down?",
      // "…had signalled the proposal would likely be withdrawn", "…was reported to be considering
      // withdrawing it": the forecast is dated, the withdrawal never is.
      "When did ETNO actually withdraw the sender-pays proposal?",
    ]);
  });

  describe("a who answer names the doer of the act asked, not a month or a bystander", () => {
    answersEach(starter, [
      "Who drafted the unity statement?",
      "Who presented the African group's regional preparations in 2012?",
      "which senators sponsored the resolution opposing UN control of the Internet?",
    ]);

    refusesEach(starter, [
      // "H. Con. Res. 127, introduced on 30 May 2012, stated the sense of Congress…"
      "Who introduced H. Con. Res. 127 back in 2012?",
      "Which congressman introduced H. Con. Res. 127?",
      // "In October 2012 Kramer said ETNO's chairman had signalled…": October names no one.
      "Who is the ETNO chairman Kramer heard from about sender-pays?",
    ]);
  });

  describe("a count asked within a total the question states is not that total", () => {
    it("answers a part the notes count", async () => {
      expect(
        await starter.coverageOf("Of the 144 delegations accredited to sign, how many signed?"),
      ).not.toBe("none");
    });

    it("refuses a part the notes only call 'many'", async () => {
      // "…published 74 documents. A 2014 FreedomInfo report said many of the documents were
      // obtained through ITU password access…"
      expect(
        await starter.coverageOf(
          "Of the 74 WCITLeaks documents, how many came through ITU passwords held by NGO members?",
        ),
      ).toBe("none");
    });
  });

  describe("the backers of a party's proposal stand where that party does", () => {
    it("answers who suggested it", async () => {
      expect(
        await starter.coverageOf("Which delegation suggested 'robustness' for Article 5A?"),
      ).not.toBe("none");
    });

    it("refuses who backed it, which no place names", async () => {
      // Only the UK is named with the word; "the United Kingdom" is the question's "UK", and the
      // places naming other countries ("Egypt's Sherif Guinena … listed … 5A") are on other acts.
      expect(
        await starter.coverageOf(
          "Which countries backed the UK's robustness wording for the security article?",
        ),
      ).toBe("none");
    });
  });
});
