// A how-many question counted by a series of names given as examples (issue #12, the
// thirty-fourth session's batch in-3900..in-3905, out-1278..out-1281): "how many countries did the
// sign-on letter's signers come from in the end" (out-1252) was answered "full" because "Early
// signatories came from countries including Argentina, Brazil, …" was counted as the answer by its
// length. A series opened by "including", "such as", "for example" or closed by "and others"
// gives a floor, not the count (`seriesSampled`): it may still let a place answer, never "full".
import { describe, expect, it } from "vitest";
import { seriesItems } from "../../src/answer/sentences.ts";
import { seriesSampled } from "../../src/answer/series-sampled.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const sampled = (sentence: string) => seriesSampled(seriesItems(sentence));

describe("seriesSampled", () => {
  it("reads a series after a word introducing examples as a sample", () => {
    expect(
      sampled("Early backers came from countries including Chile, Ghana, Nepal, Norway and Peru."),
    ).toBe(true);
    expect(sampled("Groups such as the league, the guild and the union objected.")).toBe(true);
    expect(sampled("Delegations for example Chile, Ghana, Nepal and Peru held back.")).toBe(true);
  });

  it("reads a series closed by 'and others' or 'etc.' as a sample", () => {
    expect(sampled("The objectors were Chile, Ghana, Nepal and others.")).toBe(true);
  });

  it("leaves a series that names the whole set", () => {
    expect(sampled("Partners translated the letter into Spanish, Thai, Urdu and French.")).toBe(
      false,
    );
    expect(sampled("The forum's members are Chile, Ghana, Nepal and Peru.")).toBe(false);
    // (The verb "included" may set out the whole: not a sign of a sample.)
    expect(sampled("The package included a preamble, ten articles and two appendices.")).toBe(
      false,
    );
    // ("others" later in a long last item tells something else.)
    expect(
      sampled("Chile, Ghana and Nepal signed at once while others waited for their capitals."),
    ).toBe(false);
  });
});

const NOTES: Record<string, string> = {
  "notes/campaign.md": note("The Ruritanian tariff campaign", [
    "**Press league letter (May 2013).** The Ruritanian Press League circulated a letter urging the ministry not to extend the tariff code to broadcasting. Early signatories came from countries including Chile, Ghana, Nepal, Norway and Peru. [1]",
    "**Regional forum.** The tariff forum's member countries are Chile, Ghana, Nepal and Peru, which meet twice a year. [2]",
  ]),
  "notes/treaty.md": note("The tariff treaty: who signed, and the ministry's framing", [
    "**Ministry's framing.** The ministry stressed that countries often sign treaties after consulting at home. It compared the signatories with 2002, when 40 countries signed on the spot. A commentator added that 12 more countries signed the 2002 text later. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-fullnm34-34-", NOTES);

describe("a count asked where a series of examples stands", () => {
  it("is never full where the only names are examples", async () => {
    expect(
      await coverageOf(
        "how many countries did the press league letter's signatories come from in the end",
      ),
    ).not.toBe("full");
  }, 60_000);

  it("leaves a series naming the whole set counted", async () => {
    expect(
      await coverageOf("how many countries are members of the regional tariff forum"),
    ).not.toBe("none");
  });

  it("leaves a count stated in figures answered", async () => {
    expect(await coverageOf("how many countries signed the 2002 tariff text on the spot")).not.toBe(
      "none",
    );
  });
});
