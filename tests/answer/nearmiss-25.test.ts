// Near misses asking who drafted, wrote or proposed a text (issue #12, the twenty-fifth session's
// batch in-2744..in-2749, out-940..out-945): a place naming another text's drafters beside the one
// asked, a text "drafted with partners", or one a body "adopted", does not say who drafted or
// proposed the text asked; each is refused. A place telling the authorship ("drafted by…",
// "X submitted…", "is by…", "attributed … to…") still answers, and a question asking who "can"
// table proposals (a right, not a text's authorship) is read as before.
import { describe, expect, it } from "vitest";
import { asksAuthorship, tellsAuthorship } from "../../src/answer/authorship.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/campaigns.md": note("Civil-society campaigning at the summit", [
    '**Harmony pledge and Bright Hills.** A short "harmony pledge" was drafted by Openline, Netfree and Wirewatch, and in a post written after the Bright Hills meeting Openline reported that more than 90 organisations had signed it. Separately, groups meeting at the "Bright Hills" forum sent the Union a statement. It asked members to publish their proposals in time for comment. [1]',
    "**Sign-on letter.** Openline circulated a letter, drafted with partners, urging Union members not to extend the rulebook to the Internet. Partner groups translated the letter into Spanish and Thai. [2]",
  ]),
  "notes/setup.md": note("How the preparations began", [
    "**The working group.** In 2009 the Council adopted Resolution 1450, which set up the preparatory working group for the summit. [1]",
    "**National proposals.** Ruritania submitted Document 31 on 3 November 2012. It said the document had been prepared through national consultation. [2]",
  ]),
  "notes/paper.md": note("The Openline cyber paper", [
    "**Authors and audience.** Kemp attributed the paper to Openline's security team and said it was meant for NGOs at the regional meetings. The blog post is by Ada Moss. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-nearmiss-25-", NOTES);

describe("a text's drafters or proposer asked", () => {
  it("is refused where the place names another text's drafters or no drafter", async () => {
    expect(await coverageOf("Which organisations drafted the Bright Hills statement?")).toBe(
      "none",
    );
    expect(
      await coverageOf("Which partners helped Openline draft its letter urging Union members?"),
    ).toBe("none");
    expect(await coverageOf("which member state put forward the council's Resolution 1450?")).toBe(
      "none",
    );
    expect(await coverageOf("which Ruritanian ministry drafted Document 31?")).toBe("none");
  });

  it("is answered where the place tells who drafted, proposed or wrote it", async () => {
    expect(await coverageOf("Who drafted the harmony pledge?")).not.toBe("none");
    expect(await coverageOf("Who submitted Document 31?")).not.toBe("none");
    expect(await coverageOf("Who wrote the Openline blog post on the cyber paper?")).not.toBe(
      "none",
    );
    expect(await coverageOf("who did Kemp say put the cyber paper together?")).not.toBe("none");
  });
});

describe("asksAuthorship", () => {
  it("reads the act asked and the text's document noun", () => {
    const asked = asksAuthorship(
      "Which groups drafted the Bright Hills statement?",
      false,
      analyze,
    );
    expect(asked?.writing).toBe(true);
    expect(asked?.head).toBe(analyze("statement")[0]);
    expect(
      asksAuthorship("which state put forward Resolution 1450?", false, analyze)?.writing,
    ).toBe(false);
  });

  it("leaves a right, a noun, a report and a yes/no ask alone", () => {
    expect(asksAuthorship("Which groupings can table common proposals?", false, analyze)).toBe(
      undefined,
    );
    expect(asksAuthorship("Who saw the chair's draft of the resolution?", false, analyze)).toBe(
      undefined,
    );
    expect(asksAuthorship("who on the team wrote up the draft's problems?", false, analyze)).toBe(
      undefined,
    );
    expect(asksAuthorship("Did Openline draft the harmony pledge?", true, analyze)).toBe(undefined);
  });

  it("leaves what a text holds alone: a thing written into it or out of it", () => {
    expect(
      asksAuthorship("Which states wanted spam rules written into the rulebook?", false, analyze),
    ).toBe(undefined);
    expect(
      asksAuthorship("who got the Internet clause written out of the final text", false, analyze),
    ).toBe(undefined);
    expect(asksAuthorship("who wrote out the spam article", false, analyze)).toBe(undefined);
    // A relative "who" after a noun, and a letter written in to a body, ask no drafter.
    expect(
      asksAuthorship(
        "why did the guy who wrote in to the Union say the spam rule would fail?",
        false,
        analyze,
      ),
    ).toBe(undefined);
    expect(asksAuthorship("why did the member who drafted the pledge leave?", false, analyze)).toBe(
      undefined,
    );
    expect(asksAuthorship("ok so who drafted the pledge", false, analyze)?.writing).toBe(true);
    expect(
      asksAuthorship("Quick one - which state filed Document 31?", false, analyze)?.writing,
    ).toBe(false);
    expect(asksAuthorship("who wrote the spam article", false, analyze)?.writing).toBe(true);
  });
});

describe("tellsAuthorship", () => {
  const asked = asksAuthorship("Which groups drafted the Bright Hills statement?", false, analyze);
  it("needs the doer written and the text not another one", () => {
    if (asked === undefined) throw new Error("not read");
    expect(
      tellsAuthorship(asked, "The Bright Hills statement was drafted by Netfree.", analyze),
    ).toBe(true);
    expect(
      tellsAuthorship(asked, 'A short "harmony statement" was drafted by Openline.', analyze),
    ).toBe(false);
    expect(tellsAuthorship(asked, "The statement was drafted with partners.", analyze)).toBe(false);
  });
});
