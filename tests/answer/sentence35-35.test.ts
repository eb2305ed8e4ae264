// A count's or a date's answer does not tell the same figure twice (issue #12, the thirty-fifth
// session's sentence35, `extractive-figure.ts`): a sentence whose every figure a picked sentence
// already states, in largely the same words ("It compared the figure with 1990, when 40 states
// signed on the spot." after "…the agency says 40 states signed on the spot at Varna."), is
// skipped and leaves its room to a sentence adding something. A sentence with a figure of its own
// (another source's count, a second date) is never skipped. The built corpus below is answered
// with both counts with or without the check (its two short paragraphs fit the room): it guards
// the answer and a refusal, and the unit tests the check itself.
import { describe, expect, it } from "vitest";
import { figuresIn, restatesFigure } from "../../src/answer/extractive-figure.ts";
import type { Sentence } from "../../src/answer/extractive-view.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

/** A sentence with only the fields the check reads. */
function sentence(display: string): Sentence {
  return { display, terms: new Set(analyze(display)) } as unknown as Sentence;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = [...a].filter((t) => b.has(t)).length;
  return shared / (a.size + b.size - shared);
}

describe("figuresIn", () => {
  it("reads counts, years and decimals, not citation markers", () => {
    expect(figuresIn("In 1990, 40 states signed, about 3.8 billion people. [2][3]")).toEqual([
      "1990",
      "40",
      "3.8",
    ]);
    expect(figuresIn("The agency stressed that states often sign later. [1]")).toEqual([]);
  });
});

/** The check as `startPicking` asks it: the two sentences' Jaccard measured first. */
function restates(s: Sentence, p: Sentence): boolean {
  return restatesFigure(s, p, jaccard(p.terms, s.terms));
}

describe("restatesFigure", () => {
  const picked = sentence(
    "Another register gives 42 signatories for 1990, but the agency says 40 states signed on the spot at Varna.",
  );

  it("is met by the same figures told again in largely the same words", () => {
    expect(
      restates(
        sentence("It compared the figure with 1990, when 40 states signed on the spot."),
        picked,
      ),
    ).toBe(true);
  });

  it("is not met by a figure of its own, by no figure, or by other words", () => {
    // A count the picked sentence does not give.
    expect(
      restates(
        sentence("An observer added that 25 more states signed the 1990 text later."),
        picked,
      ),
    ).toBe(false);
    // No figure: not this check's business.
    expect(restates(sentence("States signed on the spot at Varna."), picked)).toBe(false);
    // The same year about something else.
    expect(
      restates(
        sentence("In 1990 the regional bodies also met to review the roaming tariffs."),
        picked,
      ),
    ).toBe(false);
  });
});

const NOTES: Record<string, string> = {
  "notes/varna.md": note("The Varna accord of 1990", [
    "**The 1990 accord.** Another register gives 42 signatories for 1990, but the agency says 40 states signed on the spot at Varna. [1] The exact count therefore depends on whether later signatures are included. [1]",
    "**The agency's framing.** The agency stressed that states often sign accords after consulting at home. [2] It compared its new figure with 1990, when 40 states signed on the spot at Varna. [2] An observer added that 25 more states signed the Varna accord later. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-sentence35-35-", NOTES);

describe("a count's answer built over the notes", () => {
  it("gives the count on the spot and the later one, with the on-the-spot count once", async () => {
    const answer = await app.answerTo(
      "how many states signed the varna accord on the spot, and how many more signed later",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("40 states");
    expect(answer.text).toContain("25 more states");
    expect(answer.text.match(/40 states signed on the spot/g)?.length).toBe(1);
  });

  // The notes never say who paid for the Varna talks: refused, as before.
  refusesEach(app, ["who paid for the varna talks, and how much did they cost"]);
});
