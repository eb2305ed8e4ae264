// A source named as the one speaking, its content asked (speaker47, the forty-seventh session's
// batch in-5328..in-5333, out-1740..out-1742): "per X's post, how should …", "does X's paper want
// …", "did X's post single out …". The source's name is not what makes a passage the answer: a
// passage naming the source but only identifying or dating it (its link, its title, its date, who
// announced it) does not lead, and what the question asks of the source chooses among the
// source's other passages (asked-source.ts, `sourceIdentifyingIds`, read by the engine's
// `passagesToAnswer`). A question asking who, when or where the source came out keeps them.
import { describe, expect, it } from "vitest";
import { identifiesOnly, sourceSpeaking } from "../src/answer/asked-source.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

const DATED =
  "Ana Reis's blog post, dated 3 March 2015, describes the quay institute's dredging paper as \"released today\".";

const NOTES = {
  "notes/dredging.md": note("The Quay Institute's dredging paper (March 2015): what is known", [
    `**Date.** ${DATED} The institute's Tomas Berg announced it to the Ports list in a message timestamped early 4 March. He said the institute had posted it "today" together with a harbour survey. The release date is therefore 3 or 4 March 2015, most likely 3 March. [1][2]`,
    '**Identification.** The blog post links to a PDF at quay.org/files/dredging-paper.pdf. The institute\'s website lists the paper under the title "Dredging and the Harbour Council". The full text of the PDF was not available to this research. [2]',
    "**Arguments (from the companion blog).** The blog post gives the paper's overall thesis. Dredging is vital for trade, but a poor fit for a central harbour council run by governments. The council should back existing survey work by the port boards and remain one venue among many for pilot-led efforts. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo } = notesAppContext("wcit-speaker47-47-", NOTES);

describe("a source named as the one speaking, its content asked", () => {
  it("is read where the source speaks, not where it is asked who, when or where it came out", () => {
    expect(
      sourceSpeaking("per reis's march post, should the harbour council run dredging itself?"),
    ).toMatchObject({ noun: "post" });
    expect(
      sourceSpeaking("does the quay institute's dredging paper want the council in charge?"),
    ).toMatchObject({ noun: "paper" });
    expect(sourceSpeaking("the harbour unity statement - what did it demand")).toBeDefined();
    expect(sourceSpeaking("when did the quay institute put out its dredging paper")).toBe(
      undefined,
    );
    expect(sourceSpeaking("who announced the quay institute's dredging paper")).toBeUndefined();
    expect(sourceSpeaking("a press release on the quay institute's dredging paper")).toBe(
      undefined,
    );
  });

  it("takes a paragraph of links, titles and dates as identifying, not one of arguments", () => {
    expect(
      identifiesOnly([
        "Date.",
        DATED,
        "Berg announced it to the Ports list in a message timestamped early 4 March.",
        "The release date is therefore 3 March 2015.",
      ]),
    ).toBe(true);
    expect(
      identifiesOnly([
        "Arguments.",
        "The blog post gives the paper's overall thesis.",
        "Dredging is vital for trade, but a poor fit for a central harbour council.",
      ]),
    ).toBe(false);
  });

  // (Without the rule, the date paragraph leads: it names Reis and the post, and the answer's
  // room is spent before the arguments. Run so, this fails.)
  it("leads with what the source says, not with the paragraph dating it", async () => {
    const answer = await answerTo(
      "per reis's march post, should the harbour council be the main home for dredging?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("one venue among many");
    expect(answer.text).not.toContain("dated 3 March 2015");
  }, 60_000);

  it("keeps the dating paragraph where the question asks when the source came out", async () => {
    const answer = await answerTo("when did reis's post say the quay institute's paper came out?");
    expect(answer.text).toContain("3 March 2015");
  }, 60_000);

  it("still refuses a source asked something none of its passages says", async () => {
    const answer = await answerTo(
      "per reis's march post, what did the quay institute's paper say about airline landing slots?",
    );
    expect(answer.coverage).toBe("none");
  }, 60_000);
});
