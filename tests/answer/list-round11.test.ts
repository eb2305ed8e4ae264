// List and talking-point answers, round 11 (issue #12): where a list's items sit in the passages
// and why the picker missed them. Scored passages in, answer out.
import { describe, expect, it } from "vitest";
import { type AnswerShape, DESCRIBE } from "../../src/answer/extractive.ts";
import { composeFrom as compose, labelledPassage as labelled, makeDocument } from "./fixtures.ts";

const crime = makeDocument({ id: "note-crime", title: "Cybercrime and the treaty" });
const paper = makeDocument({ id: "note-paper", title: "The security paper" });
const diary = makeDocument({ id: "note-diary", title: "Conference diary" });

const reasons: AnswerShape = { ...DESCRIBE, expected: "reason", list: {} };
const list: AnswerShape = { ...DESCRIBE, expected: "items", list: {} };

describe("list answers (round 11)", () => {
  it("gives a conclusion drawn mid-sentence ('…therefore raised…') with the sentence it rests on", () => {
    const passages = [
      labelled(
        crime,
        1,
        "Crime or security",
        "The talks concerned a treaty on telecom operators, not a criminal-law treaty. Cybercrime proposals for the treaty therefore raised a prior question about police powers. [1]",
      ),
      labelled(
        paper,
        2,
        "Recommendations",
        "Security questions turn quickly into questions of surveillance. The ITU should thus keep out of vague treaty wording on cybercrime. [2]",
        0.8,
      ),
    ];
    const answer = compose(
      "Talking points on why cybercrime proposals were a poor fit for a telecom treaty",
      passages,
      reasons,
    );
    const bullets = answer.text.split("\n");
    expect(bullets[0]).toContain("not a criminal-law treaty");
    expect(bullets[0]).toContain("therefore raised a prior question");
    expect(bullets[1]).toMatch(/surveillance\. \[2\] The ITU should thus keep out/);
  });

  it("reads a list's points down to the last passage retrieved", () => {
    const filler = [2, 3, 4, 5, 6].map((ordinal) =>
      labelled(
        diary,
        ordinal,
        `Day ${ordinal}`,
        `Delegates met for ${ordinal} hours in the main hall that evening. [${ordinal}]`,
        0.95,
      ),
    );
    const passages = [
      labelled(crime, 1, "Filings", "Kenya filed a roaming contribution in June. [1]"),
      ...filler,
      labelled(
        crime,
        7,
        "Later filings",
        "Ghana filed a numbering contribution in October. [7]",
        0.9,
      ),
      labelled(diary, 8, "Day 8", "Delegates went home on the last day. [8]", 0.9),
    ];
    const answer = compose("Which contributions were filed?", passages, list);
    expect(answer.text).toContain("Kenya filed a roaming contribution");
    expect(answer.text).toContain("Ghana filed a numbering contribution");
  });

  it("leads a list with the sentence setting out its items, not a quoted 'and'", () => {
    const passages = [
      labelled(
        crime,
        2,
        "Key provisions",
        'Article 9 asks states to act, singly and jointly, to keep networks "safe and sound". [1]',
      ),
      labelled(
        crime,
        3,
        "Structure",
        "The text has new articles on roaming, numbering, energy and accessibility. [2]",
        0.85,
      ),
    ];
    const answer = compose("Which new articles does the text have?", passages, list);
    expect(answer.text.split("\n")[0]).toContain("new articles on roaming, numbering");
  });

  // (Five points until the list batch in-960..971: six when no count is asked.)
  it("gives seven points when no count is asked and more places give one", () => {
    const filings = [
      "Kenya filed a contribution on harbour dues for fishing fleets in June.",
      "Ghana's contribution on harbour dues asked for a cap on pilotage fees.",
      "A Chilean filing on harbour dues proposed regional price registers.",
      "Peru tabled harbour-dues text on transparency for cruise operators.",
      "Fiji's harbour-dues contribution sought relief for small island ports.",
      "Oman submitted a contribution linking harbour dues to dredging costs.",
      "Samoa filed harbour-dues text asking for longer payment terms.",
      "Tonga filed harbour-dues text on fees for ferries between islands.",
    ];
    const passages = filings.map((text, i) =>
      labelled(diary, 10 + i, `Filing ${i + 1}`, `${text} [${i + 1}]`, 1 - i * 0.02),
    );
    const answer = compose("Which contributions on harbour dues were filed?", passages, list);
    expect(answer.text.split("\n")).toHaveLength(7);
  });

  it("gives a point likened to the sentence before ('made similar points') with that sentence", () => {
    const passages = [
      labelled(
        crime,
        20,
        "Objections",
        "Kenya objected that the security treaty was too rigid for networks. [1]",
      ),
      labelled(
        paper,
        21,
        "Other voices",
        "Ghana's minister said a treaty would be too slow to follow new attacks. The harbour delegation made similar points about the security treaty. [2]",
        0.9,
      ),
    ];
    const answer = compose("Which objections to the security treaty were raised?", passages, list);
    expect(answer.text).toMatch(/too slow to follow new attacks\. \[2\] The harbour delegation/);
  });
});
