// Yes/no near misses of the thirtieth session (issue #12, batch in-3432..in-3437,
// out-1134..out-1139): "did LIRNEasia file a contribution of its own with the CWG?" was answered
// from a window where LIRNEasia only calls ETNO's link incoherent. A yes/no asking what a named
// party did is refused where none of the asked act's words stands in the sentences the party acts
// in, or those leaning on them (`askedActUntold`, subject-act.ts). Views and moods asked, and
// acts on a pronoun, are left alone.
import { describe, expect, it } from "vitest";
import { askedActUntold } from "../../src/answer/subject-act.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const untold = (question: string, windowText: string, passageText?: string) =>
  askedActUntold(question, windowText, analyze, passageText);

describe("askedActUntold: the party stands acting, in another act", () => {
  const lirne =
    'It proposed commercial "fair compensation". LIRNEasia called the link between quality of service and sender-pays incoherent.';

  it("finds the asked act untold where the party does something else", () => {
    expect(untold("did LIRNEasia file a contribution of its own with the CWG?", lirne)).toBe(true);
    expect(untold("did lirneasia file a contribution of its own with the CWG?", lirne)).toBe(true);
    expect(
      untold(
        "Did Genachowski travel to Dubai with the US delegation?",
        "President Obama chose Kramer to head the US delegation. Genachowski argued that cybersecurity should be kept out of the ITRs.",
      ),
    ).toBe(true);
  });

  it("finds it told where the act's object stands beside the party", () => {
    expect(untold("did LIRNEasia criticise the sender-pays link?", lirne)).toBe(false);
    // (In a sentence leaning on the party's by a pronoun.)
    expect(
      untold(
        "did Parminder oppose the joint statement on the resolution?",
        "Parminder argued that the resolution was not part of the treaty. He objected to a proposed joint statement condemning it.",
      ),
    ).toBe(false);
    // (In the sentence the party's leans back on.)
    expect(
      untold(
        "Did the House do anything on ITU control of the Internet?",
        "The resolution said the Internet should stay free from government control. The House approved it unanimously.",
      ),
    ).toBe(false);
    // (In the passage's sentence counting a group the party's sentence names again.)
    expect(
      untold(
        "did Germany sign the ITRs in Dubai?",
        "News reports said the 55 included countries still consulting their capitals (for example Germany).",
        "So 55 did not sign the ITRs on the spot. News reports said the 55 included countries still consulting their capitals (for example Germany).",
      ),
    ).toBe(false);
  });

  it("leaves views, moods, pronoun objects and a party that is only an owner", () => {
    const kramer = "In early 2013 Kramer said the US did not regard WCIT as a failure.";
    expect(untold("did Kramer see Dubai as a flop?", kramer)).toBe(false);
    expect(untold("did Kramer walk away happy with the result?", kramer)).toBe(false);
    expect(untold("did Kramer ever sign up to it?", kramer)).toBe(false);
    expect(
      untold(
        "Did Congress take a side before the conference?",
        "The resolution stated the sense of Congress that the Internet should stay free.",
      ),
    ).toBe(false);
    // (Nor a window that never names the party: it may name it otherwise.)
    expect(untold("did LIRNEasia file a contribution with the CWG?", kramer)).toBe(false);
  });
});

const NOTES: Record<string, string> = {
  "notes/etno.md": note("Regional proposals", [
    "**ETNO.** The operators' association ETNO filed CWG contribution C-109 on 6 June 2012. It proposed end-to-end quality of service and commercial fair compensation based on sender-pays. LIRNEasia called the link between quality of service and sender-pays incoherent. [1]",
  ]),
  "notes/us.md": note("The US at the conference", [
    "**Leadership.** President Obama chose Ambassador Terry Kramer to head the US delegation to the Dubai conference. FCC Chairman Julius Genachowski argued that cybersecurity should be kept out of the treaty. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-yes-no-acts-30-", NOTES);

describe("a yes/no asking an act the notes tell of no one but another", () => {
  it("is refused", async () => {
    expect(await coverageOf("did LIRNEasia file a contribution of its own with the CWG?")).toBe(
      "none",
    );
    expect(await coverageOf("Did Genachowski travel to Dubai with the US delegation?")).toBe(
      "none",
    );
  });

  it("leaves the act the notes tell answered", async () => {
    expect(await coverageOf("did ETNO file a contribution with the CWG?")).not.toBe("none");
    expect(
      await coverageOf("did LIRNEasia buy the link between quality of service and sender-pays?"),
    ).not.toBe("none");
    expect(await coverageOf("did Genachowski want cybersecurity in the treaty?")).not.toBe("none");
  });
});
