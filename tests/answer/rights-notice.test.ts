// A web page's rights notice ("CDT can be freely copied … give us credit") is page furniture: it
// was quoted as part of the answer to "Why did CDT think the ITU was the wrong place for
// cybersecurity?". It answers only a question about reusing the page.
import { describe, expect, it } from "vitest";
import { asksAboutReuse, isRightsNotice } from "../../src/answer/sentences.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";
import { makeDocument, smallCorpusOf } from "./fixtures.ts";

const NOTICE =
  "The copyright © 2013 by the Center for Democracy & Technology. CDT can be freely copied and used as long as you make no substantive changes and clearly give us credit.";

const app = notesAppContext("wcit-rights-notice-", {
  "notes/blog.md": note("ITU ill-suited to regulate cybersecurity", [
    `**The post.** Cybersecurity requires agility, so CDT judged the ITU ill-suited to regulate it; workable fixes come from multi-stakeholder efforts. ${NOTICE} [1]`,
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("a rights notice", () => {
  it.each([
    "The copyright © 2013 by the Center for Democracy & Technology.",
    "CDT can be freely copied and used as long as you make no substantive changes and clearly give us credit.",
    "All rights reserved.",
  ])("is recognised: %s", (sentence) => {
    expect(isRightsNotice(sentence)).toBe(true);
  });

  it.each([
    "Cybersecurity requires agility.",
    "The proposal was copied into the Arab States' text.",
  ])("is not any sentence: %s", (sentence) => {
    expect(isRightsNotice(sentence)).toBe(false);
  });

  it("tells a question about reuse from others", () => {
    expect(asksAboutReuse(analyze("May we copy CDT's post, and what credit is needed?"))).toBe(
      true,
    );
    expect(asksAboutReuse(analyze("Why did CDT think the ITU was the wrong place?"))).toBe(false);
  });

  it("is not quoted in an answer about the page's subject", async () => {
    const answer = await app.answerTo(
      "Why did CDT think the ITU was the wrong place for cybersecurity?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("requires agility");
    expect(answer.text).not.toContain("freely copied");
    expect(answer.text).not.toContain("©");
  });

  // The coverage decision reads past it too: its year dates nothing the page reports, so "In which
  // month of 2013 did CDT put out a sequel…?" had been answered from "The copyright © 2013 by…".
  // Tuning half (1,484 q): out-of-scope refused 312 → 313 of 388, no other answer changed.
  it("does not cover a question dated by the notice's year", () => {
    const page = makeDocument({
      id: "cdt",
      title: "CDT paper: ITU ill-suited to regulate cybersecurity",
    });
    const { judgeAs } = smallCorpusOf(
      page,
      [
        "Cybersecurity requires agility, so the ITU is ill-suited to regulate it.",
        "The copyright © 2013 by the Center for Democracy & Technology.",
        "Delegates met in the main hall.",
      ],
      40,
    );
    const question = "In which month of 2013 did CDT put out a sequel to its cybersecurity paper?";
    expect(judgeAs(question, "date").covered).toBe(false);
  });

  it("answers a question about reusing the page", async () => {
    const answer = await app.answerTo(
      "Can CDT's post be freely copied, and what credit must we give?",
    );
    expect(answer.text).toContain("give us credit");
  });
});
