import { describe, expect, it } from "vitest";
import { guidanceFor } from "../../src/answer/guidance.ts";

describe("guidanceFor", () => {
  it("asks for what each kind of question needs", () => {
    expect(guidanceFor("why")).toMatch(/reasons/);
    expect(guidanceFor("compare")).toMatch(/each side/);
    expect(guidanceFor("how-many")).toMatch(/number/);
    expect(guidanceFor("when")).toMatch(/date/);
    expect(guidanceFor("list")).toMatch(/one sentence per item/);
    expect(guidanceFor("yes-no")).toMatch(/yes or no/);
  });

  it("reads the kind's name loosely and falls back to the factual instruction", () => {
    expect(guidanceFor("How_Many")).toBe(guidanceFor("how-many"));
    expect(guidanceFor(" yes no ")).toBe(guidanceFor("yes-no"));
    expect(guidanceFor("drafting")).toBe(guidanceFor("list"));
    expect(guidanceFor("something else")).toBe(guidanceFor("fact"));
    const kinds = ["fact", "why", "how", "who", "when", "how-many", "compare", "list", "yes-no"];
    // One distinct instruction per kind.
    expect(new Set(kinds.map(guidanceFor)).size).toBe(kinds.length);
  });
});
