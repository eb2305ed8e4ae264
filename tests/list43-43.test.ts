// A list counting a kind of name over the record (list43): "every european govt our notes name
// as not signing" asks for countries, which the notes write as the countries' names, never as the
// asker's noun; its points are the sentences naming several of them (`nameKindNamer`,
// list-name-kind.ts), not the paragraph saying "European" most often. And "round up" opening a
// question asks for a list as "list" does (`LIST_LEAD`, question-lists.ts). On the shipped corpus:
// note 10's "Delegations including the UK, Canada, Denmark, Sweden, … then either declared they
// would not sign or reserved their position", note 11's "(the US, UK, Canada, Australia and
// others) … (for example Germany, Italy and Poland at that stage)". A list of names the notes never give stays refused.
import { describe, expect, it } from "vitest";
import { listNameKind } from "../src/answer/list-name-kind.ts";
import { analyzeQuestion } from "../src/search/question.ts";
import { shippedEngine } from "./support/extractive-engine.ts";

describe("a list counting a kind of name", () => {
  it("reads the kind of name from the kind's last word, a describing word before it", () => {
    expect(listNameKind(["european government"])).toBeDefined();
    expect(listNameKind(["non-european government"])).toBeDefined();
    expect(listNameKind(["named person"])).toBeDefined();
    expect(listNameKind(["government"])).toBeDefined();
  });

  it("reads none from a noun before it, a series or a kind naming no name", () => {
    expect(listNameKind(["complaint people"])).toBeUndefined();
    expect(listNameKind(["working group", "expert"])).toBeUndefined();
    expect(listNameKind(["leak"])).toBeUndefined();
    expect(listNameKind(undefined)).toBeUndefined();
  });

  it("reads 'round up' opening a question as a list request, not one mid-question", () => {
    expect(analyzeQuestion("round up every 'first' our notes pin down").wantsList).toBe(true);
    expect(analyzeQuestion("how did iran round up the votes for its sentence").wantsList).toBe(
      false,
    );
  });
});

describe("a list of a kind of name, on the shipped corpus", () => {
  const shipped = shippedEngine("wcit-list43-43-");

  // (Without the rule: answered from note 03's CEPT paragraph and the EU lines, no country named
  // among those that would not sign.)
  it("gives the sentence naming the countries that would not sign", async () => {
    const answer = await shipped.answerTo(
      "round up every european govt our notes have saying no or holding off on signing in dubai",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/Denmark|Germany|New Zealand/);
  }, 60_000);

  it("stays refused where the notes give a tally and no names", async () => {
    const answer = await shipped.answerTo(
      "list every govt that voted against iran's right-of-access sentence",
    );
    expect(answer.coverage).toBe("none");
  }, 60_000);
});
