// The coverage decision on a question that asks two things (issue #12): "When did X happen, and
// what did he promise?" asks a date of its first clause's event; the later ask's verb is what it
// asks about, not an event whose date the corpus must record.
import { describe, expect, it } from "vitest";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { firstAsk } from "../../src/search/question-asks.ts";
import { withoutLaterPlaceVerb } from "../../src/search/question-idioms.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/leaks.md": note("The road to Dubai: the leaked drafts of the ITRs", [
    "**The leak.** TD-64 was the anticipated final draft of the future ITRs. [1]",
    "**The response.** On 20 June 2012 Secretary-General Hamadoun Touré acknowledged that TD-64 had leaked and said he would recommend that the Council open access to the documents. [2]",
  ]),
  "notes/site.md": note("WCITLeaks and the leaked drafts of the ITRs", [
    "**WCITLeaks.** Two researchers at George Mason University's Mercatus Center, Jerry Brito and Eli Dourado, launched the leak site WCITLeaks.org in mid-2012 to post the ITR drafts publicly. [1]",
  ]),
  // "Based" is a word of the corpus, in another sense.
  "notes/etno.md": note("Operators' proposals for the ITRs", [
    "**Sender pays.** ETNO proposed commercial fair compensation based on sending-party-network-pays. [1]",
  ]),
  "notes/outcome.md": note("The Dubai outcome and who signed the ITRs", [
    "**European non-signers.** CEPT said its 48 members had removed the most controversial proposals on routing and spam. It added that the scope clause was still unclear enough that most of them could not accept it. It listed the states that did not sign. The Czech account adds that no EU Member State signed in Dubai. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-two-asks-", NOTES);

describe("a when-question with a second ask", () => {
  it("is answered though the second ask's verb is one the corpus never uses", async () => {
    expect(
      await coverageOf(
        "when did Touré fess up that TD-64 had leaked, and what did he promise to do?",
      ),
    ).not.toBe("none");
  });

  it("still refuses a date of an event the corpus never records, asked first", async () => {
    expect(await coverageOf("When did Touré promise to publish TD-64?")).toBe("none");
  });
});

describe("firstAsk", () => {
  it("cuts a question before its second ask", () => {
    expect(firstAsk("when did X leak, and what did he promise?")).toBe("when did X leak");
    expect(firstAsk("Who wrote it; why?")).toBe("Who wrote it");
    expect(firstAsk("when did CEPT drop it, and on what grounds?")).toBe("when did CEPT drop it");
  });

  it("keeps a question that asks one thing, and reads past a clause of time before it", () => {
    expect(firstAsk("When was it held and where?")).toBe("When was it held and where?");
    expect(firstAsk("When Kramer walked out, who did he blame, and why?")).toBe(
      "When Kramer walked out, who did he blame",
    );
  });

  it("gives the verb flag only to the first ask's verbs", () => {
    const terms = keyTermsOf("when did the draft leak, and what did he promise?");
    expect(terms.find((k) => k.term === "leak")?.verb).toBe(true);
    expect(terms.find((k) => k.term === "promis")?.verb).toBeUndefined();
  });
});

describe("a later 'where … based?' ask", () => {
  it("asks a place, which a source gives without the verb: the question is answered", async () => {
    expect(
      await coverageOf("who were the two guys behind the leak site, and where were they based?"),
    ).not.toBe("none");
  });

  it("keeps the verb of a question asking nothing else", () => {
    expect(withoutLaterPlaceVerb("Where was WCITLeaks based?")).toBe("Where was WCITLeaks based?");
    expect(withoutLaterPlaceVerb("who ran it, and where were they based?")).toBe(
      "who ran it, and where were they ?",
    );
  });
});

describe("a question asking two things that no one place holds together", () => {
  it("is covered where its first ask is, on its own, and never labelled full", async () => {
    // The count stands two sentences before the EU's signature: no window holds every term.
    expect(
      await coverageOf("How many members does CEPT have, and did any EU state sign in Dubai?"),
    ).toBe("partial");
    expect(
      await coverageOf("How many members does CEPT have? did any EU state sign in Dubai?"),
    ).toBe("partial");
  });

  it("is refused when the first ask is not covered on its own", async () => {
    // The notes give no count of CEPT's staff; the second ask alone would be covered.
    expect(
      await coverageOf("How many staff does CEPT employ, and did any EU state sign in Dubai?"),
    ).toBe("none");
  });

  it("is refused when the rest names something the corpus never has", async () => {
    expect(
      await coverageOf("How many members does CEPT have, and did any EU state ratify GDPR?"),
    ).toBe("none");
  });
});

describe("a phrase set before the question", () => {
  it("is no first ask: the question after it is judged whole", async () => {
    // No place has CEPT say anything of the leak site; the phrase alone is covered.
    expect(await coverageOf("Regarding the leak site WCITLeaks, what did CEPT say about it?")).toBe(
      "none",
    );
    expect(await coverageOf("Regarding the leak site WCITLeaks, did CEPT launch it?")).toBe("none");
  });

  it("leaves a question it sets answered (in-scope twin)", async () => {
    expect(await coverageOf("Regarding the leak site WCITLeaks, who launched it?")).not.toBe(
      "none",
    );
  });
});
