// A when question's date must be the asked act's (issue #12, the twenty-second session's batch
// in-2450..in-2459, out-870..out-871): a date in a sentence about another act of the same
// paragraph does not answer it; a date in the act's own sentence, or in the one it leans on ("He
// acknowledged…", "…replied…") does.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/drafts.md": note("Bloc drafts at the conference", [
    "**The joint draft.** Around 3 March a joint draft leaked. It was listed as coming from Ruritania, Freedonia and Sylvania, and amounted to a near-complete rewrite of the treaty with many network provisions. Sylvania publicly denied ever supporting it. On 6 March the Chair said it was off the table, and the secretariat reported it withdrawn. [1]",
    "**The older pact.** The Vienna Pact was opened for signature on 2 May 2001. Ruritania refused to join, citing sovereignty, and in March 2011 it joined Freedonia in asking for a code of conduct. [2]",
  ]),
  "notes/leaks.md": note("Leaks before the conference", [
    "**The Secretary-General's answer.** On 20 June 2012 the Secretary-General told the group that some people had misrepresented the proposals. He acknowledged that the draft had leaked and said he would recommend a public consultation. [1]",
    "**Security.** At the September 2011 meeting, Freedonia submitted contribution C12 on network security. Ruritania replied by asking whether the text meant the content of messages. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-act-date-", NOTES);

describe("a when question dated by another act of the paragraph", () => {
  it("is refused where the asked act's sentence gives no date", async () => {
    expect(await coverageOf("What day did Sylvania deny backing the joint draft?")).toBe("none");
  });

  it("is refused where the date stands in a later clause about another act", async () => {
    expect(await coverageOf("What day did Ruritania refuse to join the Vienna Pact?")).toBe("none");
  });
});

describe("a when question dated where the act is told", () => {
  it("is answered from the act's own sentence", async () => {
    expect(await coverageOf("When did the Chair say the joint draft was off the table?")).not.toBe(
      "none",
    );
    expect(await coverageOf("When was the Vienna Pact opened for signature?")).not.toBe("none");
  });

  it("is answered from the dated sentence the act's sentence leans on", async () => {
    expect(
      await coverageOf("When did the Secretary-General acknowledge that the draft had leaked?"),
    ).not.toBe("none");
    expect(await coverageOf("When did Ruritania ask what contribution C12 meant?")).not.toBe(
      "none",
    );
  });
});
