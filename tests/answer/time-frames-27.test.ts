// Time framing an analyst puts around an ask (issue #12, the twenty-seventh session's batch
// in-3062..in-3071, out-1034..out-1035): "once Dubai wrapped up", "in the run-up to Dubai", "in
// the wake of the signing" are read as "after Dubai" / "before Dubai", not as words ("wrap",
// "run-up") a passage must state. A verb of ending that asks the time, or names what ended, stays
// as typed, and a fact the notes do not give is still refused.
import { describe, expect, it } from "vitest";
import { withoutShorthand } from "../../src/search/question-shorthand.ts";
import { withTimeFramesRead } from "../../src/search/question-time-frames.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("withTimeFramesRead", () => {
  it.each([
    ["what was CEPT's gripe once Dubai wrapped up?", "what was CEPT's gripe after Dubai?"],
    ["once the conference was over, who spoke first?", "after the conference, who spoke first?"],
    ["once the talks had ended, what did Hill say?", "after the talks, what did Hill say?"],
    ["In the run-up to Dubai, what did EFF ask for?", "Before Dubai, what did EFF ask for?"],
    ["what leaked in the lead-up to WCIT-12?", "what leaked before WCIT-12?"],
    [
      "in the aftermath of the signing, what did the ITU say?",
      "after the signing, what did the ITU say?",
    ],
    ["in the wake of Busan, who wrote it up?", "after Busan, who wrote it up?"],
  ])("reads %j as %j", (typed, read) => {
    expect(withTimeFramesRead(typed)).toBe(read);
  });

  it("leaves a verb of ending that asks the time, or names what ended, as typed", () => {
    for (const question of [
      "when did the Dubai conference kick off and wrap up?",
      "what day did the talks in Dubai wrap up?",
      "once Kramer finished his speech, who spoke?",
      "how many signed after the Dubai conference ended?",
      "what was going into effect in 2015?",
      "once the detail wrapped up, what then?",
    ]) {
      expect(withTimeFramesRead(question)).toBe(question);
    }
  });

  it("is part of the question's shorthand reading", () => {
    expect(withoutShorthand("CEPT's gripe once Dubai wrapped up?")).toBe(
      "CEPT's gripe after Dubai?",
    );
  });
});

const NOTES: Record<string, string> = {
  "notes/outcome.md": note("The Ostrava outcome: what the final text contains", [
    "**Signature.** On 14 December 2012, the last day, 41 delegations signed the final text in Ostrava. [1]",
    "**Regional objections.** Ruritel said its members had removed the worst proposals on routing. It added that the scope clause and the security article were still unclear enough that most Ruritel members could not accept them. [2]",
  ]),
  "notes/later.md": note("After Ostrava: the Varna meeting and the review", [
    "**Varna 2014.** When the Varna meeting wrapped up, an institute reported that it had made only minor changes to the main resolutions. It concluded that the agency's role would stay roughly where it was, with some gains in openness. [1]",
    "**Review group.** In 2016 the council set up a review group on the final text, to report in 2018. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-time-frames-27-", NOTES);

describe("a question framed by the end of the conference", () => {
  it("answers Ruritel's objection 'once Ostrava wrapped up' from the paragraph that states it", async () => {
    const answer = await answerTo(
      "what was Ruritel's main gripe with the final text once Ostrava wrapped up?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("scope clause");
    // Read as a word, "wrapped up" was met by the later meeting's paragraph, which led the answer.
    expect(answer.text).not.toContain("Varna");
  });

  it("still refuses a later fact the notes do not give", async () => {
    expect(
      await coverageOf("once Ostrava wrapped up, when did the Ruritel members finally sign?"),
    ).toBe("none");
  });
});
