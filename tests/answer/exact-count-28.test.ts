// A how-many question demanding the exact figure where the notes give only a round quantity
// (issue #12, the twenty-eighth session's batch, out-1057): "exact count needed: how many times
// did the draft use the word 'security'?" was answered `partial` with "dozens of times". It is
// refused now (`exactCountUnstated`); the same question without the demand is still answered.
import { describe, expect, it } from "vitest";
import { asksExactCount, exactCountUnstated } from "../../src/answer/exact-count-asked.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("exactCountUnstated", () => {
  it("reads the demand for an exact figure", () => {
    expect(asksExactCount("exact count needed: how many times was it used?")).toBe(true);
    expect(asksExactCount("how many delegations signed, exactly?")).toBe(true);
    expect(asksExactCount("exact number pls: how many CEPT countries didn't sign?")).toBe(true);
    expect(asksExactCount("how many times was it used?")).toBe(false);
    expect(asksExactCount("what exactly did UNESCO object to?")).toBe(false);
  });

  it("holds only where no sentence states a count exactly", () => {
    const q = "exact count needed: how many times did the draft use the word?";
    expect(exactCountUnstated(q, "The draft used the word dozens of times. It was 2012.")).toBe(
      true,
    );
    expect(exactCountUnstated(q, "The draft used the word 42 times.")).toBe(false);
    expect(exactCountUnstated("how many times was it used?", "It was used dozens of times.")).toBe(
      false,
    );
  });
});

const NOTES: Record<string, string> = {
  "notes/security.md": note("Security in the draft", [
    "**Starting point.** Critics noted that a Secretariat draft of the new rules used the word security dozens of times without defining it. [1]",
    "**Signatures.** According to the secretariat, 144 delegations were accredited to sign the final text. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-exact-count-28-", NOTES);

describe("a how-many question demanding the exact figure", () => {
  it("is refused where the notes give only a round quantity", async () => {
    expect(
      await coverageOf(
        "Exact count needed: how many times did the Secretariat draft use the word security?",
      ),
    ).toBe("none");
  });

  it("is answered where the notes give the figure, or where no exact figure is demanded", async () => {
    expect(
      await coverageOf("Exact number please: how many delegations were accredited to sign?"),
    ).not.toBe("none");
    expect(
      await coverageOf("How many times did the Secretariat draft use the word security?"),
    ).not.toBe("none");
  });
});
