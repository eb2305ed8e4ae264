// Near misses asking a post's holder by their tie to another holder (issue #12, the twenty-fourth
// session's batch in-2686..in-2689, out-926..out-927): "who came before X", "X's successor",
// "X's deputy", "X's job before". A place naming only X in the post does not say; each is refused,
// and a place that tells the tie ("formerly of…", "succeeded…") still answers. Questions naming
// "work" as a noun before a date, and yes/no questions on "replace", keep their answers.
import { describe, expect, it } from "vitest";
import { readQuestionDemands } from "../../src/answer/coverage-demands.ts";
import { asksFounding } from "../../src/answer/founding.ts";
import { asksSuccession } from "../../src/answer/succession.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/opening.md": note("The summit opening", [
    "**Opening signals.** At the opening ceremony Union Secretary-General Ivo Marsh and Registry CEO Dana Petrov both addressed delegates. Marsh used growth statistics to argue that the old rules had served the sector well. [1]",
    "**Leadership.** The President chose Ambassador Lena Ortiz to head the Ruritanian delegation to the summit. Ortiz argued that security should be kept out of the rulebook. [2]",
  ]),
  "notes/defenders.md": note("Defenders of the spam article", [
    "**Defenders after the summit.** Omar Reyes, formerly of the Union secretariat, argued that the spam article is non-binding. [1]",
    "**The registry.** Dana Petrov succeeded Hal Brant as Registry CEO in 2012. [2]",
  ]),
  "notes/cyber.md": note("Earlier cyber work", [
    "**The Union's earlier cyber role.** Before the summit, in 2007 Secretary-General Marsh launched a cyber agenda, advised by a group of experts, and the Union wrote model laws for members. [1]",
  ]),
  "notes/bodies.md": note("The operators and the review", [
    "**Operators.** The operators' association FENO filed contribution C-7 on 6 June 2012. [1]",
    "**The review panel.** In 2016 the Council adopted Resolution 1379, creating a Review Panel on the rulebook. [2]",
  ]),
  "notes/congress.md": note("The US delegation's position", [
    "**Congressional backing.** H. Con. Res. 127, introduced on 30 May 2012, stated the sense of Congress that US policy should keep the Internet free from government control and preserve the multistakeholder model. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-nearmiss-24-", NOTES);

describe("a holder asked by their tie to another", () => {
  it("is refused where the place names only the holder asked about", async () => {
    expect(await coverageOf("Who was the Union's boss before Ivo Marsh took over?")).toBe("none");
    expect(await coverageOf("Who succeeded Marsh as Union Secretary-General?")).toBe("none");
    expect(await coverageOf("Who did the President choose as Ortiz's deputy?")).toBe("none");
    expect(await coverageOf("What was Lena Ortiz's job before she was named ambassador?")).toBe(
      "none",
    );
  });

  it("is answered where the place tells the tie", async () => {
    expect(await coverageOf("Who did Dana Petrov succeed as Registry CEO?")).not.toBe("none");
    expect(
      await coverageOf("Where had Omar Reyes worked before he defended the spam article?"),
    ).not.toBe("none");
  });

  it("leaves the holder asked at the time, and work before a date, as they were", async () => {
    expect(await coverageOf("Who was the Registry CEO at the summit opening?")).not.toBe("none");
    expect(
      await coverageOf("Who did the President choose to head the Ruritanian delegation?"),
    ).not.toBe("none");
    expect(
      await coverageOf("How was the Union already doing cyber work before the summit?"),
    ).not.toBe("none");
  });
});

describe("asksSuccession", () => {
  it("reads a tie to another holder, not work as a noun nor a yes/no ask", () => {
    expect(asksSuccession("Who took over from Lena Ortiz after the summit?", false)).toBe(true);
    expect(asksSuccession("Where had Reyes worked before the summit?", false)).toBe(true);
    expect(asksSuccession("How was the Union doing cyber work before the summit?", false)).toBe(
      false,
    );
    expect(asksSuccession("How do members work out a common stance before a summit?", false)).toBe(
      false,
    );
    expect(asksSuccession("Did the 2012 rulebook replace the old one for everyone?", true)).toBe(
      false,
    );
  });
});

describe("a founding date asked", () => {
  it("is refused where the place dates another act of the body", async () => {
    expect(await coverageOf("When was FENO, the operators' association, founded?")).toBe("none");
  });

  it("is answered where the place tells the founding", async () => {
    expect(await coverageOf("When was the Review Panel created?")).not.toBe("none");
    expect(await coverageOf("When did FENO file contribution C-7?")).not.toBe("none");
  });

  it("is read only where it is the whole ask", () => {
    expect(asksFounding("When was the ITU founded?")).toBe(true);
    expect(
      asksFounding("when did the Council set up the panel, and when was its report due?"),
    ).toBe(false);
    expect(asksFounding("Which body created the panel?")).toBe(false);
  });
});

describe("a when question's named doer", () => {
  // (In so small a corpus the thresholds refuse this one too; the reading below is what the rule
  // adds, and the tuning half's out-590 is the case it decides.)
  it("is refused where no window names the doer asked", async () => {
    expect(await coverageOf("When did the Senate vote on H. Con. Res. 127?")).toBe("none");
  });

  it("is answered where the doer is the one the place dates", async () => {
    expect(await coverageOf("When did the Council create the Review Panel?")).not.toBe("none");
  });
});

describe("the named doer a when question reads", () => {
  const doerOf = (question: string) =>
    readQuestionDemands(keyTermsOf(question), [], analyze, { expected: "date", question }).whenDoer
      ?.term;

  it("is the capitalised name after did", () => {
    expect(doerOf("When did the Senate vote on Motion 127?")).toBe("senat");
  });

  it("is none where no name stands there", () => {
    expect(doerOf("when did they vote on Motion 127?")).toBeUndefined();
    expect(doerOf("When was the Review Panel created?")).toBeUndefined();
  });
});
