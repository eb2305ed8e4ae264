// Why questions in an analyst's loose wording (issue #12, the twenty-eighth session's batch
// in-3166..in-3175, out-1064..out-1065): "what was Russia's beef with…" asks the party's grounds, as
// "what was Russia's reasoning" does, and the grievance noun is no thing a source must name; "what
// was in it for X to…" asks X's reasons, which a place only saying that X did it does not give.
import { describe, expect, it } from "vitest";
import { askedThing } from "../../src/answer/asked-thing.ts";
import { doerName } from "../../src/answer/doer-names.ts";
import { analyzeQuestion } from "../../src/search/question.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/quotas.md": note("The quota article in the fisheries talks", [
    "**Peru and the committee.** The draft quota article would have let a committee set national catch limits. Peru rejected the quota article, citing sovereignty over its coastal waters. [1]",
    "**Hosting.** The fisheries talks took place in Valparaíso from 3 to 14 March 2019. Chile's fisheries ministry hosted them at the port's conference centre. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-why28-", NOTES);

describe("reading a party's grievance or gain as a why question", () => {
  it("reads 'X's beef/gripe/problem with' and 'what was in it for X' as why questions", () => {
    expect(analyzeQuestion("what was Peru's beef with the quota article").kind).toBe("why");
    expect(analyzeQuestion("What was the Chair's problem with the draft?").kind).toBe("why");
    expect(analyzeQuestion("what was in it for Chile to host the talks").kind).toBe("why");
    expect(analyzeQuestion("what got Peru to reject the quota article").kind).toBe("why");
    expect(analyzeQuestion("what was driving Peru on the quota article").kind).toBe("why");
    expect(analyzeQuestion("what did Peru have against the quota article").kind).toBe("why");
    // (Not "what got added", nor what set something going: no party's reasons.)
    expect(analyzeQuestion("what got added to the quota article").kind).not.toBe("why");
    // (Not a problem asked of no party, nor problems listed without what they were held against.)
    expect(analyzeQuestion("What was the problem with the quota article?").kind).not.toBe("why");
    expect(analyzeQuestion("What were Peru's problems?").kind).not.toBe("why");
  });

  it("reads a why joined by 'so' to the statement it rests on as a why question", () => {
    expect(
      analyzeQuestion("the quota article isn't even binding, so why did Peru reject it").kind,
    ).toBe("why");
    expect(analyzeQuestion("Peru signed in the end - so why did it object at first").kind).toBe(
      "why",
    );
    expect(
      analyzeQuestion("the quota article isn't even binding, so what did Peru do").kind,
    ).not.toBe("why");
  });

  it("takes the party as the doer whose reasons are asked", () => {
    expect(doerName("What was Peru's beef with the quota article?")).toBe("Peru");
    expect(doerName("what was in it for Chile to host the talks")).toBe("Chile");
    expect(doerName("what got Peru to reject the quota article")).toBe("Peru");
  });

  it("asks for no thing named by the grievance noun, and still for a position", () => {
    expect(askedThing("What was Peru's beef with the quota article?")).toBeUndefined();
    expect(askedThing("What was Peru's position on the quota article?")?.word).toBe("position");
  });
});

describe("answering a why question typed loosely", () => {
  it("answers a party's beef with its stated grounds", async () => {
    const answer = await answerTo("what was Peru's beef with the quota article");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("citing sovereignty");
  });

  it("refuses what was in it for a party where the notes only say it acted", async () => {
    expect(await coverageOf("what was in it for Chile to host the fisheries talks")).toBe("none");
  });
});
