// Guards from refuse42's study (no rule kept): a body named by its seat or a short form the notes do
// not write. Reading "Strasbourg" as the European Parliament (a glossary seat, as "Brussels" is the
// EU's) answered the first near miss below `partial`; it must stay refused. The second names the
// leak site's founders by a short form ("GMU") and asks a day no note gives.
import { describe, expect, it } from "vitest";
import { shippedEngine } from "./support/extractive-engine.ts";

describe("near misses naming a body by its seat or a short form", () => {
  const shipped = shippedEngine("wcit-refuse42-42-");

  // (Note 03 gives the Parliament's 22 November 2012 resolution; no note gives its vote.)
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
