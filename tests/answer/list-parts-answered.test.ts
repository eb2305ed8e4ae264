// A one-pager's series of parts ("dates, host, venue and chair") is answered from the paragraph
// giving them, not refused for want of a date on every point (issue #12). Runs the real engine on
// the frozen starter corpus.
import { describe, expect, it } from "vitest";
import { starterEngine } from "../support/extractive-engine.ts";

const starter = starterEngine("wcit-list-parts-");

describe("a list naming its parts", () => {
  it("answers a one-pager's basics with the host, venue and chair", async () => {
    const answer = await starter.engine.answer(
      "the Dubai basics for a one-pager: dates, host, venue and chair - bullets",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/Telecommunications Regulatory Authority hosted it/);
    expect(answer.text).toMatch(/Al Ghanim, chaired the conference/);
  });
});
