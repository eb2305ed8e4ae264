// refuse42: an analyst's informal or clipped noun for a kind of body or text ("outfits", "orgs",
// "recs") written as the sources write it where it is a word of the topic, not the kind asked
// (CHAT_SHORTHAND and namesAskedKind, question-shorthand.ts). And guards from the study: a body named by its seat or a short form.
import { describe, expect, it } from "vitest";
import { withoutShorthand } from "../src/search/question-shorthand.ts";
import { shippedEngine } from "./support/extractive-engine.ts";

describe("withoutShorthand", () => {
  it("writes out a topic's informal noun", () => {
    expect(withoutShorthand("the radio regs, the itu-t recs, a line each")).toBe(
      "the radio regs, the itu-t recommendations, a line each",
    );
    expect(withoutShorthand("is that the kind of outfit that counts")).toBe(
      "is that the kind of organisation that counts",
    );
    expect(withoutShorthand("Outfits like ETNO")).toBe("Organisations like ETNO");
  });

  it("leaves the kind asked, a web address and a longer word as typed", () => {
    expect(withoutShorthand("which industry outfits filed?")).toBe("which industry outfits filed?");
    expect(withoutShorthand("how many orgs signed it")).toBe("how many orgs signed it");
    expect(withoutShorthand("when did WCITLeaks.org go up")).toBe("when did WCITLeaks.org go up");
    expect(withoutShorthand("the outfitters")).toBe("the outfitters");
  });
});

describe("informal nouns of a topic, on the shipped corpus", () => {
  const shipped = shippedEngine("wcit-refuse42-42-");

  // in-4687's wording: note 03's Americas paragraph says "keeping ITU-T Recommendations voluntary".
  it("answers a question naming the itu-t recs", async () => {
    const answer = await shipped.answerTo(
      "explainer box: the other itu rulebooks and texts the itrs sit beside or under - the constitution, the radio regs, the itu-t recs, a line each on how they relate",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("ITU-T Recommendations");
  }, 60_000);

  // in-4089's wording, after note 03's question on who may submit proposals.
  it("answers a question naming the kind of outfit asked about", async () => {
    expect(
      await shipped.coverageOf(
        "so could an operators' club like etno have had a seat - is that the kind of outfit that counts as one",
      ),
    ).not.toBe("none");
  }, 60_000);

  // (No note says which organisation made the Thai translation of CDT's sign-on letter.)
  it("leaves refused an outfit the notes do not name", async () => {
    expect(
      await shipped.coverageOf("which outfit did the thai translation of cdt's sign-on letter"),
    ).toBe("none");
  }, 60_000);

  // (Note 03 gives the Parliament's 22 November 2012 resolution; no note gives its vote.) Reading
  // "Strasbourg" as the European Parliament in the glossary (tried) answered it `partial`.
  it("leaves refused the Parliament's vote asked by its seat", async () => {
    expect(
      await shipped.coverageOf(
        "what did strasbourg resolve on 22 nov about who should run the net, and how did the meps split in the vote on it",
      ),
    ).toBe("none");
  }, 60_000);

  // (Note 02 says WCITLeaks.org was launched in mid-2012; no note gives the day.)
  it("leaves refused the leak site's launch day asked by a short form", async () => {
    expect(await shipped.coverageOf("what day did the gmu duo's leak site go live")).toBe("none");
  }, 60_000);
});
