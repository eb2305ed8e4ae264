// A yes/no question about legal force ("is X binding?", "can the ITU enforce…?", "does article 5A
// oblige states…?") opens with the sentence stating that force in the source's own words and
// carrying the rest of what is asked (verdict21): the answers had opened with a scene, a list of
// the treaty's parts, or another matter's "enforcement" ("…strengthening enforcement of the
// treaty" for "can the ITU enforce the Internet resolution…?").
import { describe, expect, it } from "vitest";
import {
  forceAsked,
  forceStated,
  NAMES_FORCE,
  STATES_FORCE,
} from "../../src/answer/yes-no-legal-force.ts";
import { analyze } from "../../src/search/analyze.ts";
import { starterEngine } from "../support/extractive-engine.ts";

describe("reading a question about legal force", () => {
  it.each([
    ["Is PLEN/3 binding on anyone?", ["bind"]],
    ["are states legally required to act on spam?", ["legal", "requir"]],
    ["can the ITU enforce the Internet resolution?", ["enforc"]],
    ["Is the 1988 text still in force?", ["forc"]],
    ["does the resolution have treaty status?", ["statu"]],
  ])("reads the force asked in %s", (question, terms) => {
    expect(forceAsked(question, analyze)).toEqual(terms);
  });

  it.each([
    "Which delegation forced the vote on the preamble?",
    "Did Sweden back a global legal platform on cybersecurity?",
  ])("reads no force asked in %s", (question) => {
    expect(forceAsked(question, analyze)).toEqual([]);
  });
});

describe("recognising a sentence that states legal force", () => {
  it.each([
    "Richard Hill argued that the article is non-binding.",
    'It says Member States "should endeavour" to take necessary measures.',
    "Member States shall individually and collectively endeavour to ensure it.",
    'The obligation is soft: "should", not "shall".',
    "The ITU said that resolutions do not have treaty status.",
    "Countries that do not join it remain bound by the 1988 ITRs.",
    "It entered into force on 1 July 2004.",
  ])("states force: %s", (sentence) => {
    expect(forceStated(sentence)).toBe(STATES_FORCE);
  });

  it.each([
    "Governments should not regulate it through a treaty.",
    "Claims should be checked against the conference documents.",
  ])("an advising modal states no force: %s", (sentence) => {
    expect(forceStated(sentence)).toBe(0);
  });

  it("names only in passing the force of a thing the question does not ask", () => {
    const asked = (word: string) => ["security", "article", "5a"].includes(word.toLowerCase());
    const sentence =
      "The new text contains a security article (5A), a spam article (5B) and an accompanying non-binding Internet resolution.";
    expect(forceStated(sentence, asked)).toBe(NAMES_FORCE);
    expect(forceStated("The only security language is the hortatory Article 5A.", asked)).toBe(
      STATES_FORCE,
    );
  });
});

describe("on the starter corpus", () => {
  const starter = starterEngine("wcit-yes-no-legal-force-21-");

  it.each([
    [
      "does article 5A oblige states to do anything legally?",
      "Article 5A asks Member States to endeavour",
    ],
    [
      "Is Resolution 5 on traffic termination mandatory?",
      "Access noted that Resolution 5, which is non-binding",
    ],
    [
      "Is the security and robustness article enforceable against member states?",
      "The adopted Article 5A says Member States shall individually and collectively endeavour",
    ],
    [
      "can the ITU enforce the Internet resolution on member states?",
      "After the Internet resolution was adopted, the ITU said publicly that resolutions do not have treaty status",
    ],
  ])("answers %s opening with the force the source states", async (question, opening) => {
    const answer = await starter.answerTo(question);
    expect(answer.coverage).not.toBe("none");
    expect(answer.text.startsWith(opening)).toBe(true);
  });
});
