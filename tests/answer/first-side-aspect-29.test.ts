// "China's C59 vs what Russia first sent the CWG on security" (issue #12, the twenty-ninth
// session's batch in-3352..in-3361, out-1112..out-1113): the aspect written with the first side
// ("'s C59") is that side's own where the later side is written with one of its own, so the later
// side is not asked about it (`firstSideAspect`, read by `bySide`).
import { describe, expect, it } from "vitest";
import { firstSideAspect } from "../../src/answer/first-side-aspect.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("firstSideAspect", () => {
  it("reads the first side's aspect where the later side has its own", () => {
    expect(
      firstSideAspect("China's C59 vs what Russia first sent the CWG on security", [
        "China",
        "Russia first sent the CWG",
      ]),
    ).toBe("'s C59");
    expect(
      firstSideAspect("the ITU's line on the resolution vs Genachowski's verdict on the outcome", [
        "the ITU",
        "Genachowski",
      ]),
    ).toBe("'s line on the resolution");
  });

  it("reads none where the later side borrows the first side's aspect", () => {
    expect(
      firstSideAspect("how did India's stance on spam differ from the US one?", [
        "India",
        "the US",
      ]),
    ).toBe(undefined);
    expect(firstSideAspect("Kramer vs the Czechs on spam", ["Kramer", "the Czechs"])).toBe(
      undefined,
    );
    expect(
      firstSideAspect("how did India's stance on spam differ from the US's?", ["India", "the US"]),
    ).toBe(undefined);
  });
});

const NOTES: Record<string, string> = {
  "notes/proposals.md": note("Early proposals", [
    "**China.** At the September 2011 CWG meeting, China submitted contribution C59 proposing new articles on network and information security. [1]",
  ]),
  "notes/russia.md": note("Russia's early input", [
    "**Russia.** Russia's early CWG input called for a broad rewrite. Its proposed structure included an article on the security of telecommunication facilities and services. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-first-side-aspect-29-", NOTES);

describe("a comparison across two notes, each side with its own aspect", () => {
  it("is answered where each side's note gives it", async () => {
    expect(
      await coverageOf(
        "China's C59 vs what Russia first sent the CWG on security - what did each want added?",
      ),
    ).not.toBe("none");
  });

  it("is still refused where one side is absent from the notes", async () => {
    expect(
      await coverageOf(
        "Brazil's C71 vs what Russia first sent the CWG on security - what did each want added?",
      ),
    ).toBe("none");
  });
});
