// List answers, round 12 (issue #12): a list's points come from more than its best paragraph.
// Scored passages in, answer out.
import { describe, expect, it } from "vitest";
import { type AnswerShape, DESCRIBE } from "../../src/answer/extractive.ts";
import { composeFrom as compose, labelledPassage as labelled, makeDocument } from "./fixtures.ts";

const story = makeDocument({ id: "note-story", title: "The roaming resolution" });
const framing = makeDocument({ id: "note-framing", title: "How the ITU framed it" });
const overview = makeDocument({ id: "note-overview", title: "Overview" });
const venue = makeDocument({ id: "note-venue", title: "Venue and hosts" });

const list: AnswerShape = { ...DESCRIBE, expected: "items", list: {} };

describe("list answers (round 12)", () => {
  it("leaves a place for a further passage's point when the best one could fill the list", () => {
    const passages = [
      labelled(
        story,
        1,
        "Roaming resolution",
        [
          "The roaming resolution was tabled late on the ninth day.",
          "The roaming resolution was read out twice by the chair.",
          "Spain asked whether the roaming resolution had been put to a vote.",
          "The roaming resolution was then noted in the minutes.",
          "Observers said the roaming resolution surprised several delegations.",
          "Reporters described the roaming resolution as a compromise. [1]",
        ].join(" "),
      ),
      labelled(
        framing,
        2,
        "Roaming resolution framing",
        "The roaming resolution asks operators to publish their wholesale roaming tariffs. [2]",
        0.95,
      ),
    ];
    const answer = compose("List what the roaming resolution asks", passages, list);
    const bullets = answer.text.split("\n");
    expect(bullets.length).toBeLessThanOrEqual(7);
    expect(answer.text).toContain("publish their wholesale roaming tariffs");
    expect(answer.text).toContain("tabled late on the ninth day");
  });

  it("takes a low-ranked sentence setting out the list asked for when the list is short", () => {
    const passages = [
      labelled(
        venue,
        1,
        "Agenda setting",
        "The plenipotentiary put Internet issues on the agenda of the forum. [1]",
      ),
      labelled(
        venue,
        2,
        "Hosts",
        "The host regulator booked the main hall for two weeks. [2]",
        0.9,
      ),
      labelled(
        overview,
        3,
        "The conference",
        "Issues announced beforehand included roaming, numbering fraud, taxation and spam. [3]",
        0.4,
      ),
    ];
    const answer = compose("What issues were on the agenda? Bullets", passages, list);
    expect(answer.text).toContain("included roaming, numbering fraud, taxation and spam");
  });

  it("leaves out a low-ranked series that holds little of the question", () => {
    const passages = [
      labelled(
        venue,
        1,
        "The delegate's speech",
        "The delegate named roaming and spam as the issues dividing the hall on the last night. [1]",
      ),
      labelled(
        overview,
        2,
        "The conference",
        "Issues announced beforehand included roaming, numbering fraud, taxation and spam. [2]",
        0.4,
      ),
    ];
    const answer = compose(
      "Which issues did the delegate name as dividing the hall on the last night?",
      passages,
      list,
    );
    expect(answer.text).not.toContain("announced beforehand");
  });
});
