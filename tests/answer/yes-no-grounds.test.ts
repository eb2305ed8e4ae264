// Yes-no answers (issue #12): a short answer stating the answer reads on for its grounds told in
// another passage. Scored passages in, answer out.
import { describe, expect, it } from "vitest";
import { type AnswerShape, composeExtractive } from "../../src/answer/extractive.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { labelledPassage as labelled, makeDocument } from "./fixtures.ts";

const YES_NO: AnswerShape = { expected: "yes-no", sides: [] };

function compose(question: string, passages: ScoredPassage[]) {
  const answer = composeExtractive(passages, keyTermsOf(question), analyze, YES_NO);
  if (!answer) throw new Error("no extractive answer");
  return answer;
}

const texts = (answer: { sentences: { text: string }[] }) => answer.sentences.map((s) => s.text);

describe("a short yes-no answer reads on for its grounds", () => {
  const code = makeDocument({ id: "note-code", title: "The harbour code" });
  const framing = labelled(
    code,
    6,
    "The guild's framing",
    "After the harbour resolution was adopted, the guild said publicly that resolutions do not have charter status.",
    1,
  );
  const adoption = labelled(
    code,
    5,
    "The compromise",
    "The Chair's compromise package included a non-binding harbour resolution on safe moorings. Late on 12 May the Chair asked for a show of flags.",
    0.6,
  );
  const elsewhere = labelled(code, 2, "Towage", "Towage fees were left to the ports.", 0.2);
  const question = "Is it true that the harbour resolution has charter status?";

  it("adds another passage's sentence on what is asked, though it names nothing new", () => {
    const shown = texts(compose(question, [framing, adoption, elsewhere]));
    expect(shown[0]).toContain("do not have charter status");
    expect(shown).toContain(
      "The Chair's compromise package included a non-binding harbour resolution on safe moorings.",
    );
  });

  it("reads no passage retrieval scored far below the best", () => {
    const shown = texts(compose(question, [framing, elsewhere]));
    expect(shown.join(" ")).not.toContain("Towage fees");
  });

  it("stops once the answer is no longer short", () => {
    const fuller = labelled(
      code,
      5,
      "The compromise",
      "The Chair's compromise package included a non-binding harbour resolution on safe moorings, which invites the ports to keep their moorings safe, to share what they learn about silting, and to report each year on the state of their approaches, channels and quays to the full assembly of the guild.",
      0.6,
    );
    const later = labelled(
      code,
      8,
      "Later readings",
      "A harbour historian later called the resolution a footnote.",
      0.6,
    );
    const shown = texts(compose(question, [framing, fuller, later]));
    expect(shown.some((t) => t.startsWith("The Chair's compromise package"))).toBe(true);
    expect(shown.join(" ")).not.toContain("footnote");
  });
});

describe("a sentence naming what the one before counted", () => {
  const code = makeDocument({ id: "note-structure", title: "The harbour code" });
  const structure = labelled(
    code,
    1,
    "Structure of the code",
    "The harbourmaster listed the code as follows: a preamble, ten articles, two appendices on tolls and pilotage, and five resolutions. The resolutions cover small island ports, a harbour emergency number, silting, and the periodic review of the code.",
    0.7,
  );
  const other = labelled(
    code,
    2,
    "The towage package",
    "A towage package leaked in May. It was withdrawn a week later, and the code kept no towage article.",
    1,
  );

  it("comes with that sentence", () => {
    const shown = texts(
      compose("does the code package say anything about emergency numbers?", [other, structure]),
    );
    const at = shown.findIndex((t) => t.startsWith("The resolutions cover"));
    expect(at).toBeGreaterThan(0);
    expect(shown[at - 1]).toContain("and five resolutions");
  });
});
