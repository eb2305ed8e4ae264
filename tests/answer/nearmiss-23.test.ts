// Near misses answered `partial` from a place that meets their words but gives another party's
// reason, counts another thing, names no venue or tells another of a series (issue #12, the
// twenty-third session's batch in-2520..in-2525, out-884..out-885, out-892..out-895): each is
// refused, and the twin asking the same shape where the note states the detail is still answered.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/review.md": note("The review of the rulebook", [
    "**Review Panel.** In 2016 the Council adopted Resolution 1379, creating a Review Panel on the rulebook open to Member States. Its mandate was to review the 2012 rulebook in light of new trends. A second meeting was held in Geneva on 13–15 September 2017. [1]",
    "**Later changes.** Observers reported that PP-20 made only minor changes to the main rulebook resolutions, such as Resolutions 101 and 102. The package adopted in Harbourtown came with five resolutions. [2]",
  ]),
  "notes/groups.md": note("How positions are formed", [
    "**Regional groupings.** Members usually coordinate through four regional groupings. These are ALPHA (the Americas), BETA (Europe), the Gamma Union (Africa) and the Delta Telecommunity (Asia). [1]",
  ]),
  "notes/outcome.md": note("The summit outcome", [
    "**European non-signers.** BETA said its 48 members had succeeded in removing the worst proposals on routing. [2]",
  ]),
  "notes/positions.md": note("Positions of the delegations", [
    "**Ruritania's proposals.** The Ruritanian text said the network had grown up in open bodies outside the treaty. Ruritania also opposed Freedonia's sender-pays idea. [1]",
    "**Lines held.** Ruritania opposed spam language because government vetting of bulk messages could lead to control of other speech. [1]",
    "**Sylvania.** Sylvanian civil society and industry had objected to an earlier draft. At the summit Sylvania limited telecom references to the physical layer, but it still supported a spam provision. [2]",
    "**Placards.** Late on 12 March the Chair asked for a show of placards on the openness resolution. When Freedonia asked whether that had been a vote, the Chair said it had not. [2]",
  ]),
  "notes/security.md": note("Security proposals", [
    "**Moravia.** At the September meeting, Moravia submitted contribution C12 proposing new articles on network and information security. [1]",
    "**Bohemia.** Bohemia objected to the data-retention idea because it threatened the privacy of users. [2]",
    "**The code of conduct.** Russia refused to join the pact, citing sovereignty, and in September 2011 it joined China, Tajikistan and Uzbekistan in asking the assembly for a code of conduct for networks. [3]",
  ]),
  "notes/venues.md": note("Venues", [
    "**The summit.** The Harbour Authority hosted the summit at the Harbourtown Trade Centre in March. [1]",
    "**Next venues: the forum and the assembly.** Observers immediately turned to the policy forum in Geneva in May 2013 and the assembly in Busan. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-nearmiss-23-", NOTES);

describe("another of a series picked out by an ordinal", () => {
  it("is refused where the place tells only another ordinal's meeting", async () => {
    expect(await coverageOf("Where did the Review Panel hold its first meeting?")).toBe("none");
  });

  it("is answered where the place tells the ordinal asked", async () => {
    expect(await coverageOf("Where did the Review Panel hold its second meeting?")).not.toBe(
      "none",
    );
    // ("Panel", capitalised in the question, is part of a name, not the act's verb.)
    expect(await coverageOf("When did the Review Panel hold its second meeting?")).not.toBe("none");
  });
});

describe("a count of another thing", () => {
  it("is refused where a series names the body asked about among its siblings", async () => {
    expect(await coverageOf("How many member countries does the Delta Telecommunity have?")).toBe(
      "none",
    );
  });

  it("is refused where the numbers after the noun name resolutions, not count them", async () => {
    expect(await coverageOf("How many resolutions did PP-20 amend?")).toBe("none");
  });

  it("is answered where a clause on the body opens a series of its fellows", async () => {
    // The first comma-cut piece, "Russia refused to join the pact", names the body but is a
    // clause, not an item beside the others: the series counts the governments that joined it.
    expect(
      await coverageOf(
        "How many other governments joined Russia in asking the assembly for a code of conduct?",
      ),
    ).not.toBe("none");
  });

  it("is answered where the body's own members are counted", async () => {
    expect(await coverageOf("How many members does BETA have?")).not.toBe("none");
    expect(await coverageOf("How many European governments does BETA speak for?")).not.toBe("none");
    expect(
      await coverageOf("How many resolutions came with the package adopted in Harbourtown?"),
    ).not.toBe("none");
  });
});

describe("a reason asked of one party", () => {
  it("is refused where the place restates the act or gives grounds for something else", async () => {
    expect(
      await coverageOf("What was behind Ruritania's opposition to Freedonia's sender-pays idea?"),
    ).toBe("none");
  });

  it("is refused where the grounds are held by the country's civil society", async () => {
    expect(await coverageOf("What made Sylvania back a spam provision at the summit?")).toBe(
      "none",
    );
  });

  it("is refused where the place gives the Chair's answer, named by the question too", async () => {
    expect(
      await coverageOf(
        "How come Freedonia asked the Chair whether the show of placards had been a vote?",
      ),
    ).toBe("none");
  });

  it("is refused under a heading naming the doer where no sentence gives a reason", async () => {
    expect(await coverageOf("What was Moravia's rationale for tabling contribution C12?")).toBe(
      "none",
    );
  });

  it("is answered where the doer's own sentence gives the grounds", async () => {
    expect(await coverageOf("Why did Ruritania oppose spam language?")).not.toBe("none");
    expect(await coverageOf("Why did Bohemia object to the data-retention idea?")).not.toBe("none");
  });
});

describe("a venue asked", () => {
  it("is refused where only a heading's 'venues' and a city meet it", async () => {
    expect(await coverageOf("Who hosted the policy forum, and at which venue in Geneva?")).toBe(
      "none",
    );
  });

  it("is answered where a named site is given", async () => {
    expect(await coverageOf("Who hosted the summit, and at which venue?")).not.toBe("none");
  });
});
