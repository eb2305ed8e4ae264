// A which-organisation question (which org, ngo, outfit, group, association) answered where the
// sentence about the act names no organisation as its doer (issue #12, the thirty-fifth session's
// batch in-3984..in-3991, out-1300..out-1305): "Civil-society groups also sent a joint letter to
// the Secretary-General…" for which groups signed it. The act's sentence (or one it leans on by a
// pronoun) must name an organisation before its first verb or after a "by", and not one the
// question gives itself (`namesOrganisationDoer`, organisation-doers.ts, read by `kindNamedIn`,
// window-answer-type.ts). (The answered cases ask "which groups": "ngo", "organisation" and
// "outfit" are kinds the tagger must read as organisations, which it does not for this built
// corpus's invented names, so another check refuses them here.)
import { describe, expect, it } from "vitest";
import { namesOrganisationDoer, organisationAsked } from "../../src/answer/organisation-doers.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/estuary.md": note("The estuary compact talks", [
    "**Access to drafts.** Only member states could read the draft compact. In March 2014 Tidewatch urged the basin states to publish it. Some groups also sent a joint letter to the Commissioner asking for public hearings. [1]",
    "**Petition.** On 9 April a coalition including Tidewatch, Delta Voices and the Fishers' Union said it had delivered 40,000 signatures against the dredging annex. [1]",
    "**Industry.** Beforehand, shipping groups such as MarineLink had urged the conference not to set any binding dredging quota. A local commentator added that 12 more ports joined the pilotage code later. [2]",
    "**Drafting.** The pilotage code was drafted by Harbourwatch and the Pilots' Guild in 2013. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf, answerTo } = notesAppContext("wcit-nm35-35-", NOTES);

describe("the question's form", () => {
  it("reads an organisation asked as a doer or through a copula", () => {
    expect(organisationAsked("which ngos called out the placard count")).toBe("doer");
    expect(organisationAsked("which industry group told the plenipot to hold off")).toBe("doer");
    expect(organisationAsked("which groups were in the coalition")).toBe("named");
  });

  it("reads none counted, owned, asked as an object or after a copula's subject", () => {
    expect(organisationAsked("how many groups were in the coalition")).toBeUndefined();
    expect(organisationAsked("which org's petition had 35k signatures")).toBeUndefined();
    expect(organisationAsked("which countries signed the letter")).toBeUndefined();
    expect(
      organisationAsked("which internet outfits did the US text say the net grew up in"),
    ).toBeUndefined();
    expect(organisationAsked("what were civil-society groups after in the letter")).toBeUndefined();
  });

  it("reads the doer before the first verb or after a by", () => {
    // (The first verb is not a gerund nor a name the tagger reads as a verb.)
    expect(
      namesOrganisationDoer(
        "A coalition including Tidewatch, Access and Delta Voices said so.",
        () => false,
        () => false,
      ),
    ).toBe(true);
    const none = () => false;
    expect(namesOrganisationDoer("In March 2014 Tidewatch urged the states.", none, none)).toBe(
      true,
    );
    expect(namesOrganisationDoer("The code was drafted by Harbourwatch.", none, none)).toBe(true);
    // (The addressee after the verb is no doer.)
    expect(
      namesOrganisationDoer("Some groups sent a letter to the Commissioner.", none, none),
    ).toBe(false);
    // (A name the question gives is none.)
    const marineLink = (w: string) => w.toLowerCase() === "marinelink";
    expect(
      namesOrganisationDoer(
        "Beforehand, shipping groups such as MarineLink urged it.",
        marineLink,
        none,
      ),
    ).toBe(false);
  });
});

describe("an organisation asked for an act only an unnamed party did", () => {
  it("is refused where the doer is a class of groups", async () => {
    expect(
      await coverageOf(
        "which orgs signed the joint letter asking the commissioner for public hearings",
      ),
    ).toBe("none");
  });

  it("is refused where the only organisation named is the one the question excludes", async () => {
    // (In this built corpus another check refuses it too, with the rule off: it must stay refused.)
    expect(
      await coverageOf(
        "other than marinelink, which shipping groups urged the conference not to set a binding dredging quota",
      ),
    ).toBe("none");
  });

  it("is refused where an unnamed commentator did it", async () => {
    expect(
      await coverageOf(
        "which org was the local commentator who said 12 more ports joined the pilotage code later",
      ),
    ).toBe("none");
  });
});

describe("an organisation named as the act's doer", () => {
  it("is answered where it stands before the verb", async () => {
    const asked = "which groups urged the basin states to publish the draft compact?";
    expect(await coverageOf(asked)).not.toBe("none");
    expect((await answerTo(asked)).text).toContain("Tidewatch");
  });

  it("is answered where a coalition's members stand before its verb", async () => {
    const asked =
      "which groups were in the coalition that delivered 40,000 signatures against the dredging annex?";
    expect(await coverageOf(asked)).not.toBe("none");
    expect((await answerTo(asked)).text).toContain("Delta Voices");
  });

  it("is answered where it stands after a by", async () => {
    const asked = "which groups drafted the pilotage code?";
    expect(await coverageOf(asked)).not.toBe("none");
    expect((await answerTo(asked)).text).toContain("Harbourwatch");
  });
});
