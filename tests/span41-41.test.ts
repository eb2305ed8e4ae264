// Guards from span41's study (no rule kept): an ask cut from a two-part question and judged as a
// one-ask question loses what it is about. "who chaired it", asked alone, is covered by the
// conference Chair's paragraph whatever "it" was, so reading each ask by the one-ask checks alone
// answered near misses like these. They must stay refused.
import { describe, expect, it } from "vitest";
import { shippedEngine } from "./support/extractive-engine.ts";

describe("two-part near misses whose later ask, alone, an unrelated paragraph would cover", () => {
  const shipped = shippedEngine("wcit-span41-41-");

  // (No note names a chair of the Council Working Group.)
  it("leaves refused a later ask pointing back by 'it'", async () => {
    expect(
      await shipped.coverageOf("when did the council set up the cwg-wcit12 - and who chaired it"),
    ).toBe("none");
  }, 60_000);

  // (Note 12 names Resolution 1379 but no chair of the expert group.)
  it("leaves refused a later ask the notes lack, its first ask told", async () => {
    expect(
      await shipped.coverageOf(
        "which council resolution set up the eg-itrs in 2016, and who chaired the expert group",
      ),
    ).toBe("none");
  }, 60_000);
});
