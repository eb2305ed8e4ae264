// The coverage decision on list, drafting and yes-no questions as advocacy staff word them (issue
// #12): a noun asked where the source uses its verb ("resolution" / "resolved"), and the subject a
// question asks a source spoke "about". Each in-scope question here was refused before its rule;
// each near miss beside it must still be refused. A real corpus, ingested into a real SQLite file.
import { describe, expect, it } from "vitest";
import { predicateWords } from "../../src/answer/question-predicates.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const NOTES: Record<string, string> = {
  "notes/overview.md": briefingNote("WCIT-12 and the ITRs: overview", [
    "**The Dubai conference.** WCIT-12 met in Dubai for two weeks in December 2012, chaired by the head of the host country's regulator. Issues announced beforehand included mobile roaming, numbering misuse, taxation and accessibility. [1]",
    "**Opening signals.** In his opening speech the ITU Secretary-General cited the growth of mobile subscriptions since 1988 as proof that the old rules had worked. [2]",
    "**Headline outcome.** The revised ITRs were adopted by a divided conference, and 89 of the 144 delegations entitled to sign did so in Dubai. [1][2]",
  ]),
  "notes/europe.md": briefingNote("Who proposed what: Europe", [
    "**How positions are formed.** ITU members usually coordinate through six regional groupings: CITEL for the Americas, CEPT for Europe, the African Telecommunications Union, the Arab States group, the Regional Commonwealth in the field of Communications and the Asia-Pacific Telecommunity. Each can table common proposals. [1]",
    "**CEPT.** CEPT prepared European Common Proposals. Its stated aim was to keep the treaty high-level and avoid burdensome regulation. [1]",
    "**The Parliament.** On 22 November 2012 the European Parliament resolved that no single centralised body should gain regulatory authority over Internet governance or traffic flows. It also criticised the lack of transparency in the negotiations. [2]",
    "**The Commission.** In August 2012 the European Commission proposed that cybercrime, content and national security stay national matters. [1]",
  ]),
  "notes/spam.md": briefingNote("Spam and Article 5B", [
    "**The draft definition.** The public draft contained a bracketed definition of spam. A public commenter told the ITU the definition was unworkable, because what counts as spam depends on the recipient's judgement. [1]",
    "**What was adopted.** Article 5B says Member States should endeavour to prevent unsolicited bulk electronic communications from spreading. No definition of spam was added. [2]",
    "**Critics after Dubai.** Reporters Without Borders argued that governments cannot block this traffic without first looking at content. [1]",
    "**The content carve-out.** To address those worries, the conference added to Article 1.1(a) a sentence saying the Regulations do not address the content-related aspects of telecommunications. The Chair proposed it in the middle of the debate on the security article. [2]",
  ]),
  "notes/security.md": briefingNote("Security and Article 5A", [
    "**The compromise.** The United Kingdom suggested the more technical word robustness, meaning the resilience and availability of networks. The adopted Article 5A speaks of the security and robustness of international telecommunication networks. [1]",
    "**Why some still objected.** CEPT said Article 5A was unclear enough to be misread as licensing more government control. [2]",
  ]),
  "notes/aftermath.md": briefingNote("After Dubai", [
    "**Busan 2014.** New America's Open Technology Institute reported that the 2014 Plenipotentiary made only minor changes to the Internet resolutions, with some transparency gains. [1]",
    "**Entry into force.** For signatories, the 2012 ITRs were to apply provisionally from 1 January 2015. Trade press also reported 2015 as the start date. [2]",
  ]),
  "notes/outcome.md": briefingNote("The Dubai outcome: what the final 2012 ITRs contain", [
    "**Structure of the new text.** A debriefing listed the 2012 ITRs as a preamble, ten articles with two new ones on security and on unsolicited bulk communications, two appendices on accounting and maritime matters, and five resolutions adopted alongside them. [1]",
    "**Key provisions.** The preamble adds a commitment to implement the treaty consistently with Member States' human-rights obligations. Article 1.1(a) states that the Regulations do not deal with the content-related aspects of telecommunications. A new article applies the treaty to authorized operating agencies. [1]",
    "**Signature count.** On 14 December 2012, the last day of the conference, 89 Member States signed the Final Acts, and 55 of the 144 delegations accredited to sign did not do so on the spot. [2]",
  ]),
  "notes/leaks.md": briefingNote("The road to Dubai: the working documents and their leaks", [
    "**The working documents.** The Council Working Group collected member proposals into a series of temporary documents. A compilation in June 2011 was followed by a version with numbered options for each article, and later versions culminated in the anticipated final draft, which WCITLeaks later posted. [1]",
    "**WCITLeaks.** Two researchers at George Mason University's Mercatus Center launched WCITLeaks.org in mid-2012 to post the documents publicly. Around the time of the conference the site had published 74 documents, many obtained through password access held by members of national delegations. [2]",
    "**Access to documents.** Only ITU members could see these documents. Digital-rights groups criticised a model in which access is effectively sold to paying members, and financial barriers kept most of civil society out until WCITLeaks posted them. [1]",
  ]),
  "notes/governance.md": briefingNote("Internet governance and Resolution PLEN/3", [
    "**Resolution PLEN/3.** The Chair's compromise package included a non-binding resolution on fostering the growth of the Internet. Late on 12 December the Chair asked for a show of placards to gauge the feel of the room, then declared that most delegates supported including it. When Spain asked whether that had been a vote, the Chair said it had not. Critics claimed the resolution was a step towards ITU control of the Internet, a claim the ITU denied. [1]",
    "**What remains uncertain.** This corpus has not verified the verbatim operative paragraphs of Resolution PLEN/3. Summaries, including those posted on WCITLeaks, should be checked against the official Final Acts before they are quoted. [2]",
  ]),
  "notes/society.md": briefingNote("Human rights and civil society", [
    "**The core worry.** Digital-rights groups argued that bringing the Internet into a telecom treaty could threaten privacy and free expression. [1]",
    "**Sign-on letter.** Early signatories came from countries including Argentina, Brazil, Pakistan and Tunisia. [2]",
    "**Petition.** On 14 December a coalition running a campaign against the new rules said it had delivered more than one million petition signatures urging governments not to sign. [2]",
  ]),
};

const { coverageOf } = notesEngine("wcit-coverage-lists-", NOTES, { titled: true });

describe("a Latin noun and its verb ('resolution' / 'resolved')", () => {
  it("meet each other as the same word", () => {
    const alternatives = (word: string) =>
      keyTermsOf(word).flatMap((k) => k.alternatives.map((a) => a.join(" ")));
    expect(alternatives("resolution")).toContain(analyze("resolved")[0]);
    expect(alternatives("decided")).toContain(analyze("decision")[0]);
    expect(alternatives("provision")).toContain(analyze("provide")[0]);
    expect(alternatives("admission")).toContain(analyze("admit")[0]);
  });

  it("lets the main points of the Parliament's resolution be answered from 'resolved'", async () => {
    expect(await coverageOf("What are the main points of the Parliament's resolution?")).not.toBe(
      "none",
    );
  });
});

describe("the subject a question asks a source spoke 'about'", () => {
  it("must be named: what the Parliament's resolution said about spam is refused", async () => {
    expect(await coverageOf("What did the Parliament's resolution say about spam?")).toBe("none");
  });

  it("is answered where the source names it", async () => {
    expect(
      await coverageOf("What did the Parliament's resolution say about transparency?"),
    ).not.toBe("none");
  });
});

describe("a heading naming the one word a question turns on ('Key provisions.')", () => {
  it("makes the paragraph under it about that word: the final ITRs' key provisions are answered", async () => {
    expect(await coverageOf("Summarise the key provisions of the final text in bullets")).not.toBe(
      "none",
    );
  });

  it("still needs the question's other words there: the provisions later vetoed are refused", async () => {
    expect(await coverageOf("Summarise in bullets which provisions were vetoed")).toBe("none");
  });
});

describe("a sentence saying the corpus could not verify something", () => {
  it("answers a question asking whether it is known", async () => {
    expect(
      await coverageOf("Does the corpus have the verbatim text of Resolution PLEN/3?"),
    ).not.toBe("none");
  });

  it("answers no question asking for the thing itself", async () => {
    expect(await coverageOf("Quote the verbatim operative paragraphs of Resolution PLEN/3")).toBe(
      "none",
    );
  });
});

describe("the verb an auxiliary asks about, inside the question", () => {
  it("is a verb where the tagger reads a noun beside nouns", () => {
    expect(predicateWords("Does the 2012 treaty itself claim to cover content?").has("claim")).toBe(
      true,
    );
    expect(
      predicateWords("Which bodies did the US proposal credit with growing the Internet?").has(
        "credit",
      ),
    ).toBe(true);
    expect(
      predicateWords("How did Congress signal support for the resolution?").has("signal"),
    ).toBe(true);
  });

  it("leaves a noun that is no verb a noun", () => {
    expect(predicateWords("Did the draft definition of spam survive?").has("definition")).toBe(
      false,
    );
    expect(
      predicateWords("Did the Parliament's resolution on the ITU pass?").has("resolution"),
    ).toBe(false);
  });

  it("lets 'does the 2012 treaty itself claim to cover content?' be answered", async () => {
    expect(await coverageOf("Does the 2012 treaty itself claim to cover content?")).not.toBe(
      "none",
    );
  });

  it("still refuses when the rest is not there: whether it claims to cover petitions", async () => {
    expect(await coverageOf("Does the 2012 treaty itself claim to cover petitions?")).toBe("none");
  });
});

describe("an everyday word a source says otherwise ('get started' for 'launched')", () => {
  it("lets 'How did WCITLeaks get started?' be answered under its heading", async () => {
    expect(await coverageOf("How did WCITLeaks get started?")).not.toBe("none");
  });

  it("is no licence for a word of substance: how WCITLeaks was financed is refused", async () => {
    expect(await coverageOf("How was WCITLeaks financed?")).toBe("none");
  });
});

describe("a name left first once the instructions are stripped", () => {
  it("is a name the corpus lacks: a press paragraph on Google's campaign is refused", async () => {
    expect(
      await coverageOf(
        "Draft a short paragraph for a press release on Google's campaign against the new rules",
      ),
    ).toBe("none");
  });

  it("is a name the corpus has: talking points on Parliament's resolution are answered", async () => {
    expect(
      await coverageOf("Give me talking points on Parliament's resolution about transparency"),
    ).not.toBe("none");
  });
});

describe("a full answer", () => {
  it("states the question's words in one sentence: the APT's common proposals are not 'full'", async () => {
    const coverage = await coverageOf(
      "Summarise in bullets the Asia-Pacific Telecommunity's common proposals",
    );
    expect(coverage).not.toBe("full");
  });

  it("is still 'full' where one sentence states them", async () => {
    expect(await coverageOf("What did CEPT prepare?")).toBe("full");
  });
});

describe("how much the asker cares ('key', 'major', 'is it true that')", () => {
  it("is no word of the topic", () => {
    const terms = keyTermsOf("Is it true that the key and major proposals were significant?").map(
      (k) => k.term,
    );
    expect(terms).toEqual([analyze("proposals")[0]]);
  });

  it.each([
    "Is it true that the United Kingdom suggested robustness?",
    "Which significant proposals did CEPT prepare?",
  ])("leaves a full answer full: %s", async (question) => {
    expect(await coverageOf(question)).toBe("full");
  });

  it("is no licence for a missing name: the key provisions of the Melbourne text are refused", async () => {
    expect(await coverageOf("What were the key provisions of the Melbourne text?")).toBe("none");
  });
});

describe("a word the corpus has only in a longer form ('tax', taxation)", () => {
  it("is a word the corpus has: whether taxation was on the agenda is answered", async () => {
    expect(await coverageOf("Was tax among the issues announced for the conference?")).not.toBe(
      "none",
    );
  });

  it("must then be met: a proposal for a global tax on Internet traffic is refused", async () => {
    expect(await coverageOf("Did anyone propose a global tax on Internet traffic?")).toBe("none");
  });

  it("is weighed from that form, not taken for the asker's own wording", () => {
    const weight = (term: string) => (term === "taxat" ? 2 : undefined);
    const [tax] = keyTermsOf("tax", { termWeight: weight });
    expect(tax?.unseen).toBeUndefined();
    expect(tax?.weight).toBe(2);
    // A shorter form is another word: "non-starter" is no "start".
    const [starter] = keyTermsOf("starter", { termWeight: (t) => (t === "start" ? 2 : undefined) });
    expect(starter?.unseen).toBe(true);
  });
});
