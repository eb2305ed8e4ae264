// A timeline framed by a period (issue #12, the twenty-ninth session's list29 work): "key dates on
// the road to Dubai, one line each" asks for the dated events of a stretch the note's title names
// ("The road to Dubai: …"), and the note tells them in its own words ("In 2009 the Council adopted
// Resolution 1312…"), naming no word of the question. Read as a list's points must be, naming what
// is asked, such a timeline kept the dates of one paragraph. Once every point has been read the
// usual way, a short timeline takes the dated sentences of passages whose note's title names the
// question (`fillsShortTimeline`); a note titled with something else gives none.
import { describe, expect, it } from "vitest";
import { briefingNote as note } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const NOTES: Record<string, string> = {
  "notes/road.md": note("The road to Dubai: preparatory work for the conference", [
    "**Earlier review work.** The formal road to the conference began with Resolution 146 of the 2006 Antalya Plenipotentiary. That resolution asked the standardization sector to review the old regulations. [1]",
    "**The Council Working Group.** In 2009 the Council adopted Resolution 1312, which set up a working group to prepare the conference. The 2010 Plenipotentiary in Guadalajara then adopted Resolution 171. [1]",
    "**Final steps.** Briefing sessions for delegates took place in Geneva on 8–9 October 2012. A secretariat compilation dated 30 November 2012 drew the member proposals together. [2]",
  ]),
  "notes/other.md": note("Other items on the agenda", [
    "**Roaming.** In March 2011 the roaming group met in Lisbon to compare tariffs between neighbouring countries. Small operators asked for transparent prices. [1]",
    "**Numbering.** Misuse of telephone numbers for fraud cost operators real money, and in June 2011 several regulators asked for a duty to report misused ranges. [2]",
  ]),
};

const { answerTo } = notesEngine("wcit-timeline-fill-29-", NOTES, { titled: true });

describe("a timeline framed by the period a note's title names", () => {
  it("gives the dated events of that note, not only those naming the question's words", async () => {
    const answer = await answerTo("key dates on the road to Dubai, one line each");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("2006 Antalya");
    // (Without the fill, the first paragraph's date alone: it is the only one naming "road".)
    expect(answer.text).toContain("30 November 2012");
  });

  it("takes no dated sentence from a note titled with something else", async () => {
    const answer = await answerTo("key dates on the road to Dubai, one line each");
    expect(answer.text).not.toContain("Lisbon");
    expect(answer.text).not.toContain("June 2011");
  });

  it("leaves a list that asks for no dates to the points naming what is asked", async () => {
    const answer = await answerTo("what were the main documents on the road to Dubai? bullets");
    expect(answer.text).not.toContain("8–9 October 2012");
  });
});
