// Follow-ups read in their thread (issue #12): one whose own nouns the covering place never meets
// is about something the earlier turn's place does not hold, and one that names a topic of its
// own the thread's words do not reach is asked on its own. Runs the real engine on the frozen
// starter corpus, with the earlier turn as a Slack thread gives it.
import { describe, expect, it } from "vitest";
import { starterEngine } from "../support/extractive-engine.ts";

const starter = starterEngine("wcit-follow-up-own-words-");

const whoLed = [
  {
    question: "Who led the US delegation?",
    answer:
      "President Obama chose Ambassador Terry Kramer to head the US delegation to WCIT-12. [1]",
  },
];

describe("a follow-up's own words", () => {
  it("refuses a follow-up whose own nouns the earlier turn's place never meets", async () => {
    // The corpus says who led the delegation, nothing of Kramer's earlier career.
    const answer = await starter.engine.answer("what was his background before that job?", {
      history: whoLed,
    });
    expect(answer.coverage).toBe("none");
    expect(answer.citations).toEqual([]);
  });

  it("still answers a follow-up whose own noun the place meets", async () => {
    const answer = await starter.engine.answer("did his delegation end up signing the treaty?", {
      history: whoLed,
    });
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/could not sign/);
  });

  it("asks a follow-up on a topic of its own by itself when the thread's words miss it", async () => {
    const answer = await starter.engine.answer(
      "and how did he later lay out the structure of the 2012 treaty?",
      {
        history: [
          {
            question: "what reasons did the Africans give for revising the treaty?",
            answer:
              "An African regional contribution, coordinated through Egypt, gave reasons for revision: privatisation, commercialisation, growing IP and VoIP traffic. [1]",
          },
        ],
      },
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/five resolutions/);
    expect(
      answer.citations.some((c) => c.documentId === "note-11-dubai-outcome-and-signatures"),
    ).toBe(true);
  });

  it("still refuses a follow-up whose own topic the corpus lacks, asked alone too", async () => {
    const answer = await starter.engine.answer(
      "and when did the Supreme Court rule on the treaty?",
      {
        history: whoLed,
      },
    );
    expect(answer.coverage).toBe("none");
  });
});
