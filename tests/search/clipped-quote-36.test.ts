import { describe, expect, it } from "vitest";
import { withClippedYearsRead } from "../../src/search/clipped-years.ts";

// A quotation opened by an apostrophe before a number is not a clipped year: "'54 other
// countries'" quotes a phrase and names no 1954 (found on a blind tuning question refused because
// the year 1954 was asked of its passage).
describe("clipped years and quotations", () => {
  it("leaves a quoted phrase that opens on two digits as typed", () => {
    expect(withClippedYearsRead("kramer's '54 other countries' line - how does it square")).toBe(
      "kramer's '54 other countries' line - how does it square",
    );
    expect(withClippedYearsRead("the ’12 new signers’ list")).toBe("the ’12 new signers’ list");
  });

  it("still reads a clipped year, also beside a possessive or another clipped year", () => {
    expect(withClippedYearsRead("the '88 regs vs kramer's view")).toBe(
      "the 1988 regs vs kramer's view",
    );
    expect(withClippedYearsRead("back in '12 and '13")).toBe("back in 2012 and 2013");
    expect(withClippedYearsRead("what did the '88 text say")).toBe("what did the 1988 text say");
  });

  it("reads a clipped year whose possessive comes more than six words on", () => {
    expect(
      withClippedYearsRead("in '12 did any of the eu and cept delegations back the members' votes"),
    ).toBe("in 2012 did any of the eu and cept delegations back the members' votes");
  });

  it("reads the clipped year and keeps the quotation in one question", () => {
    expect(withClippedYearsRead("the '88 rules vs kramer's '54 other countries' line")).toBe(
      "the 1988 rules vs kramer's '54 other countries' line",
    );
  });
});
