// List and talking-point answers in extractive mode (issue #12): which passage leads a list, what
// counts as a list answered. Scored passages in, answer out.
import { describe, expect, it } from "vitest";
import { type AnswerShape, DESCRIBE } from "../../src/answer/extractive.ts";
import { composeFrom as compose, labelledPassage as labelled, makeDocument } from "./fixtures.ts";

const note = makeDocument({ id: "note-rights", title: "Rights groups at the conference" });
const regions = makeDocument({ id: "note-regions", title: "Regional proposals" });
const security = makeDocument({ id: "note-security", title: "The security article" });

const list: AnswerShape = { ...DESCRIBE, expected: "items", list: {} };

describe("list answers", () => {
  it("does not take a series of names for the list asked because a name holds a question word", () => {
    const passages = [
      labelled(
        note,
        4,
        "Pressure during the conference",
        "On 14 December a coalition including Avaaz, the International Trade Union Confederation, Fight for the Future, Human Rights Watch and OpenMedia delivered petitions to delegates. [1]",
        0.9,
      ),
      labelled(
        note,
        5,
        "Rights language in the treaty",
        "Tunisia proposed language referring to Article 19 of the Universal Declaration and the ICCPR. The final preamble instead commits Member States to their human-rights obligations. [2]",
        1,
      ),
    ];
    const answer = compose(
      "Which international human-rights texts got cited in the treaty fight?",
      passages,
      list,
    );
    expect(answer.text.split("\n")[0]).toContain("Universal Declaration and the ICCPR");
  });

  it("counts a list set out in one sentence as a list answered", () => {
    const passages = [
      labelled(
        regions,
        2,
        "Inter-American proposals",
        "The Inter-American proposals were published as Document 10. They included keeping the existing definitions, keeping Recommendations voluntary, avoiding overlap with the Radio Regulations, and several items on roaming prices. [1]",
      ),
    ];
    const answer = compose("What did the Inter-American proposals ask for?", passages, list);
    expect(answer.text.split("\n")).toHaveLength(1);
    expect(answer.answersType).toBe(true);
  });

  it("reads on for points in a passage retrieval scored nearly as well when a list is short", () => {
    const passages = [
      labelled(
        note,
        6,
        "Specific textual concerns",
        "UNESCO criticised a draft clause that would have let states restrict access to avoid disclosure of sensitive information. UNESCO said this did not match accepted limits on expression. [1]",
        1,
      ),
      labelled(
        security,
        3,
        "Released wording",
        "The publicly released text included a draft Article 5A. Its clause 5A.4 would have guaranteed public services except where they are used to interfere in other states' internal affairs or undermine their sovereignty. [2]",
        0.7,
      ),
      labelled(
        note,
        2,
        "Access to documents",
        "Only members could see the documents. In May civil-society groups urged governments to release the drafts. [3]",
        0.4,
      ),
    ];
    const answer = compose(
      "On what grounds could governments restrict access under the draft clause?",
      passages,
      { ...DESCRIBE, expected: "reason", list: {} },
    );
    expect(answer.text).toContain("internal affairs or undermine their sovereignty");
    // A passage retrieval scored well below the top gives no point.
    expect(answer.text).not.toContain("urged governments to release the drafts");
  });

  it("keeps the count of bullets asked, folding the best paragraph's further points into the last", () => {
    const operators = makeDocument({ id: "note-operators", title: "Which operators are covered" });
    const passages = [
      labelled(
        operators,
        4,
        "The operators dispute",
        "The operators dispute was between licensed carriers and a much broader class of operators. Critics feared the broader class could reach any online provider. The compromise covers operators authorised by a Member State to serve the public. Access said this left room for dispute, because the text says 'public' rather than 'public correspondence'. [1]",
      ),
    ];
    const answer = compose(
      "Summarise in three bullets how the operators dispute was settled",
      passages,
      { ...DESCRIBE, expected: "method", list: { count: 3 } },
    );
    const bullets = answer.text.split("\n");
    expect(bullets).toHaveLength(3);
    expect(bullets[2]).toContain("serve the public");
    expect(bullets[2]).toContain("'public correspondence'");
  });

  it("gives first the points of the best paragraph that name what is asked in their own words", () => {
    const harbour = makeDocument({ id: "note-harbour", title: "The harbour conference" });
    const passages = [
      labelled(
        harbour,
        5,
        "Resolution R7",
        "The chair's package included a non-binding resolution on harbours. Late on 12 May the chair called for a show of hands. When one port wondered whether that had been a vote, the chair said it had not. Two guilds criticised the procedure. The session closed after midnight. Delegates left by boat. The harbour lights stayed on. According to the minutes, the resolution tells the harbour master to play an active role in dredging. [1]",
      ),
    ];
    const answer = compose("List what Resolution R7 expects of the harbour master", passages, list);
    expect(answer.text.split("\n")).toHaveLength(7);
    expect(answer.text).toContain("play an active role in dredging");
  });

  it("does not lead a list with a series in a passage about something else than what is asked", () => {
    const paperNote = makeDocument({ id: "note-paper", title: "The harbour guild's safety paper" });
    const blog = makeDocument({ id: "blog-safety", title: "Safety at sea" });
    const passages = [
      labelled(
        paperNote,
        7,
        "Related guild outputs",
        "The guild's newsletter ran an item headed 'Safety Proposals Threaten Trade'. Its resource page listed a longer paper and a summary. [1]",
        1,
      ),
      labelled(
        blog,
        1,
        "Safety at sea",
        "The safety proposals matter for shipping, commerce, fishing, tourism and the climate. The harbour body is the wrong place to regulate it. [2]",
        0.9,
      ),
    ];
    const answer = compose(
      "Besides the paper itself, what else did the guild put out on the safety proposals?",
      passages,
      list,
    );
    expect(answer.text.split("\n")[0]).toContain("The guild's newsletter ran an item");
  });

  it("lists from each source what it could not confirm about the thing its title names", () => {
    const paper = makeDocument({ id: "note-paper", title: "The guild's safety paper" });
    const passages = [
      labelled(
        paper,
        8,
        "Not established",
        "The following could not be confirmed: the paper's page count; whether it discussed the towage clause by number. Answers on these points should say they are unverified. [1]",
        1,
      ),
      labelled(
        paper,
        3,
        "Authors and audience",
        "Bankston attributed the paper to the guild's safety team and called it a short paper. He said it was meant for crews attending the spring meetings. The individual authors could not be verified. [2]",
        0.9,
      ),
    ];
    const answer = compose(
      "List the points about the guild safety paper that could not be confirmed.",
      passages,
      { ...list, expected: "description", asksIfKnown: true },
    );
    expect(answer.text).toContain("The individual authors could not be verified.");
    // A line naming what it speaks of only by pointing back is no point of its own.
    expect(answer.text).not.toContain("Answers on these points");
  });
});
