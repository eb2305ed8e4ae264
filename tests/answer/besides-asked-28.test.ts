// "Which industry groups besides ITI…?" where the notes name only ITI of that class (issue #12,
// the twenty-eighth session's batch in-3146..in-3151, out-1056..out-1061): the window says of ITI
// what the question already says, and nothing of another member, so the question is refused
// (`besidesOnlyExcepted`). A window naming another party saying as much of what is asked
// ("CEPT rejected the idea…" beside "LIRNEasia called… incoherent") still answers.
import { describe, expect, it } from "vitest";
import { besidesOnlyExcepted, exceptedParty } from "../../src/answer/besides-asked.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("exceptedParty", () => {
  it("reads the party a names question sets aside", () => {
    expect(exceptedParty("which industry groups besides ITI lobbied the conference?")).toBe("ITI");
    expect(exceptedParty("apart from Milton Mueller, who warned about security?")).toBe(
      "Milton Mueller",
    );
    expect(exceptedParty("besides Russia and the UAE, who was named on the text?")).toBe(
      "Russia and the UAE",
    );
  });

  it("reads none where no name is set aside or no party is asked", () => {
    expect(exceptedParty("besides security and spam, which new articles were added?")).toBe(
      undefined,
    );
    expect(exceptedParty("apart from ITI's letter, what happened at the conference?")).toBe(
      undefined,
    );
  });
});

describe("besidesOnlyExcepted", () => {
  const only = (q: string, w: string) => besidesOnlyExcepted(q, w, analyze);

  it("holds where the window names only the party set aside", () => {
    expect(
      only(
        "which industry groups besides ITI urged the conference not to launch a treaty process?",
        "The conference made minor changes. Beforehand, industry groups such as ITI had urged the conference not to launch any treaty process on cybersecurity.",
      ),
    ).toBe(true);
    expect(
      only(
        "apart from Mueller, which academics warned that security would curb anonymity?",
        "Sceptical views. Milton Mueller (June 2012) warned that security would curb anonymity and privacy.",
      ),
    ).toBe(true);
  });

  it("fails where another party says as much of what is asked", () => {
    expect(
      only(
        "besides LIRNEasia, who else shot down the sender-pays idea?",
        "LIRNEasia called the sender-pays link incoherent. In October CEPT rejected the idea as out of scope.",
      ),
    ).toBe(false);
    expect(
      only(
        "besides Russia and the UAE, who was named on the bloc text? names",
        "A bloc text leaked. It was listed as coming from Russia, the UAE, China and Egypt.",
      ),
    ).toBe(false);
  });
});

const NOTES: Record<string, string> = {
  "notes/busan.md": note("After Dubai", [
    "**Busan 2014.** The Plenipotentiary made only minor changes to the Internet resolutions. Beforehand, industry groups such as ITI had urged the conference not to launch any treaty process on cybersecurity. [1]",
  ]),
  "notes/etno.md": note("Operators' proposals", [
    "**ETNO.** ETNO filed contribution C-109 proposing sender-pays. LIRNEasia called the link between quality of service and sender-pays incoherent. In October 2012 CEPT rejected the idea in a draft report as out of scope. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-besides-asked-28-", NOTES);

describe("a names question setting one party aside", () => {
  it("is refused where the notes name only that party", async () => {
    expect(
      await coverageOf(
        "Which industry groups besides ITI urged the Busan conference not to launch a cybersecurity treaty process?",
      ),
    ).toBe("none");
  });

  it("is answered where the notes name another", async () => {
    expect(await coverageOf("Besides LIRNEasia, who rejected ETNO's sender-pays idea?")).not.toBe(
      "none",
    );
    expect(
      await coverageOf(
        "Which industry groups urged the Busan conference not to launch a cybersecurity treaty process?",
      ),
    ).not.toBe("none");
  });
});
