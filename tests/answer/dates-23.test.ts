// When and timeline questions whose dates the notes give (issue #12, the twenty-third session's
// batch in-2540..in-2549, out-888..out-889): an analyst's idiom for making a text public or for a
// body deciding meets the record's "decided to publish"; a request for the dates of a series of
// events is covered event by event and answered one dated point an event; a when question whose
// act the passage denies, or never names in any form of its family, is refused.
import { describe, expect, it } from "vitest";
import { timelineEvents } from "../../src/answer/asks.ts";
import { stem } from "../../src/search/analyze.ts";
import { idiomExpansions, idiomSenseTerms } from "../../src/search/idiom-readings.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/road.md": note("The road to the conference", [
    "**Why revise it.** When the 1990 text was agreed, most traffic was carried by monopoly operators, and commentators pointed to new networks as the reason an update was put on the agenda. [1]",
    "**The secretariat's answer.** On 20 June 2012 the Secretary-General told the group that some people had misrepresented the proposals. He acknowledged that the draft had leaked and said he would recommend a public consultation. [1]",
    "**The July 2012 Council decision.** On 11 July 2012 the governing Council decided to publish the draft of the future rules and to open a web page where anyone could submit views. It did not release the other preparatory documents. Campaigners said the decision fell short of what they had asked for. [2]",
  ]),
  "notes/drafts.md": note("Bloc drafts at the conference", [
    "**Ruritania's Document 9.** Ruritania filed Document 9 on 13 November 2012, ten days after the deadline, and revised it on 17 November. The revision renamed its network article and softened the tone. [1]",
    "**The joint draft.** Around 3 December a joint draft leaked. It was listed as coming from Ruritania, Freedonia and Sylvania, and amounted to a near-complete rewrite of the treaty. On 6 December the Chair said it was off the table, and the secretariat reported it withdrawn. [2]",
  ]),
  "notes/assembly.md": note("Parliaments on the conference", [
    "**Freedonia.** On 22 November 2012 the Freedonian Assembly resolved that no single body should gain authority over traffic flows. It also criticised the secrecy of the talks. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-dates-23-", NOTES);

describe("an analyst's idiom for a text made public or a body deciding", () => {
  it("is expanded to the record's words for retrieval", () => {
    const publish = stem("publish");
    const decide = stem("decide");
    expect(idiomExpansions("put the draft ITRs out for public comment")).toContain(publish);
    expect(idiomExpansions("letting the public see the draft treaty")).toContain(publish);
    expect(idiomExpansions("When did the Council agree to publish it?")).toContain(decide);
    expect(idiomExpansions("when did the council rule on it?")).toContain(decide);
  });

  it("is not read in other senses", () => {
    expect(idiomExpansions("did the US put up a fight on spam?")).toEqual([]);
    expect(idiomExpansions("which countries agreed to the final text?")).toEqual([]);
    expect(idiomExpansions("who drafted the public consultation?")).toEqual([]);
  });

  it("meets the record's words only for its own words, not the text it governs", () => {
    const senses = idiomSenseTerms("When did the Council agree to put the draft out for comment?");
    expect(senses.get(stem("put"))).toContain(stem("publish"));
    expect(senses.get(stem("agree"))).toContain(stem("decide"));
    expect(senses.has(stem("draft"))).toBe(false);
  });

  it("answers a when question worded so from the decision's date", async () => {
    const answer = await answerTo(
      "When did the governing Council agree to put the draft rules out for public comment?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("11 July 2012");
  });
});

describe("owning up to something, asked in another word", () => {
  it("is answered from the sentence saying it was acknowledged", async () => {
    const answer = await answerTo(
      "When did the Secretary-General concede that the draft had leaked?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("20 June 2012");
  });
});

describe("a request for the dates of a series of events", () => {
  it("reads the events set out after its colon", () => {
    const names = () => true;
    expect(
      timelineEvents(
        "Need dates for a timeline: Document 9 going in and getting revised, then the joint draft leaking and being taken off the table",
        names,
      ),
    ).toEqual([
      "Document 9 going in and getting revised",
      "the joint draft leaking and being taken off the table",
    ]);
    expect(
      timelineEvents("prep timeline: Antalya, the working group, and Guadalajara", names),
    ).toEqual(["Antalya", "the working group", "Guadalajara"]);
    // (Chat after the series' "?!" is not an event; more of the request after a "?" is.)
    expect(
      timelineEvents(
        "prep timeline: Antalya, the working group, Guadalajara?! Thanks so much!!",
        names,
      ),
    ).toEqual(["Antalya", "the working group", "Guadalajara"]);
    expect(timelineEvents("timeline pls: Antalya, the working group? and Busan", names)).toEqual(
      [],
    );
    // (No dates asked, or no series after a colon.)
    expect(
      timelineEvents("talking points: the letter, the petition and the statement", names),
    ).toEqual([]);
    expect(timelineEvents("When did Document 9 go in, and when was it revised?", names)).toEqual(
      [],
    );
  });

  it("is answered event by event where no one paragraph dates them all", async () => {
    const answer = await answerTo(
      "Need dates for a timeline: Ruritania's Document 9 going in and getting revised, then the joint draft leaking and being taken off the table",
    );
    expect(answer.coverage).toBe("partial");
    for (const date of ["13 November 2012", "17 November", "3 December", "6 December"]) {
      expect(answer.text).toContain(date);
    }
  });

  it("is refused where one event is dated nowhere", async () => {
    expect(
      await coverageOf(
        "Need dates for a timeline: Ruritania's Document 9 going in, then Sylvania's delegation walking out of the plenary",
      ),
    ).toBe("none");
  });
});

describe("a when question whose act the passage denies or never names", () => {
  it("is refused where the passage's only sentence of the act denies it", async () => {
    expect(
      await coverageOf("When did the governing Council release the other preparatory documents?"),
    ).toBe("none");
  });

  it("is refused where no form of the act's family is written", async () => {
    expect(await coverageOf("What day did Ruritania pull Document 9 from the conference?")).toBe(
      "none",
    );
  });

  it("is answered where an act making something is told in other words", async () => {
    // "adopt" has a family ("approve", "agree"), but a source tells a resolution "resolved": only
    // an act undoing another is never worded otherwise.
    const answer = await answerTo("When did the Freedonian Assembly adopt its resolution?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("22 November 2012");
  });

  it("is answered where a form of the family is written", async () => {
    const answer = await answerTo("When was the joint draft pulled?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("6 December");
  });
});
