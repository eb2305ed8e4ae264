// The topic of a party's reasons asked by a noun (issue #12, the twenty-ninth session's batch
// in-3260..in-3269, out-1084..out-1085): "What was the FCC chief's reasoning on the spam
// definition?" asks his reasons on the spam definition, and a paragraph giving his grounds on
// cybersecurity does not answer it, however common "spam" is in the corpus (here it is in a third
// of the passages, a word of the corpus's own topic that no window need say). The notes are those
// of coverage-round6.test.ts, where the question was answered `partial` from that paragraph.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reasonTopic } from "../../src/answer/reason-topic.ts";
import { PROJECT_ROOT } from "../../src/context.ts";
import { briefingNote as note } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/overview.md": note("WCIT-12 and the ITRs: overview", [
    "**The Dubai conference.** The World Conference on International Telecommunications (WCIT-12) took place in Dubai from 3 to 14 December 2012. The host regulator's Director General chaired the conference. [1]",
    "**Opening signals.** At the opening ceremony the ITU Secretary-General used growth figures to argue that the 1988 rules had served the sector well. [2]",
    "**Headline outcome.** A revised ITR text was adopted, but not by consensus; 89 of the 144 eligible countries signed it in Dubai. [1][2]",
  ]),
  "notes/us.md": note("The United States at WCIT-12", [
    "**Leadership.** Ambassador Terry Kramer headed the US delegation to WCIT-12. In November 2012 Kramer and FCC Chairman Julius Genachowski both argued that cybersecurity should be kept out of the ITRs. Genachowski said international regulations are too broad, too inflexible and too slow to deal with cybersecurity. [1]",
    "**Refusal to sign.** On 13 December 2012 Kramer announced that the United States could not sign the revised ITRs. He named spam, cybersecurity and Internet governance as the dividing issues. [2]",
  ]),
  "notes/spam.md": note("Spam and Article 5B", [
    "**The draft definition.** The public draft contained a bracketed definition of spam. A public commenter told the ITU the definition was unworkable, because what counts as spam depends on the recipient's judgement. [1]",
    "**What was adopted.** Article 5B says Member States should endeavour to prevent unsolicited bulk electronic communications from spreading. No definition of spam was added. [2]",
    "**Defenders after Dubai.** Richard Hill argued that the article is non-binding and cannot justify censorship. He pointed out that the ITRs sit below the ITU Constitution. He later argued that developed countries, having rejected spam language at the ITU, were promoting similar anti-spam commitments in trade agreements instead. [1]",
  ]),
  "notes/society.md": note("Human rights and civil society", [
    "**The core worry.** Digital-rights groups argued that bringing the Internet into a telecom treaty could threaten privacy and free expression. [1]",
    "**Dissent within civil society.** Civil society was not unanimous. Parminder of IT for Change argued that the final ITRs were broadly consistent with the Best Bits statement. [2]",
  ]),
  "notes/security.md": note("Security and Article 5A", [
    "**The compromise.** The United Kingdom suggested the more technical word robustness, meaning the resilience and availability of networks. The adopted Article 5A speaks of the security and robustness of international telecommunication networks. Delegates worked late to finish the compromise. [1]",
    "**Why some still objected.** CEPT said Article 5A was unclear enough to be misread as licensing more government control. [2]",
  ]),
  "notes/aftermath.md": note("After Dubai", [
    "**Busan 2014.** New America's Open Technology Institute reported that the 2014 Plenipotentiary made only minor changes to the Internet resolutions, with some transparency gains. [1]",
    "**Entry into force.** For signatories, the 2012 ITRs were to apply provisionally from 1 January 2015. Trade press also reported 2015 as the start date. [2]",
  ]),
};

const { answerTo, coverageOf } = notesAppContext("wcit-reason-topic29-", NOTES, {
  "glossary.json": fs.readFileSync(path.join(PROJECT_ROOT, "corpus", "glossary.json"), "utf8"),
});

describe("the topic of a party's reasons asked by a noun", () => {
  it("reads the topic after the reason noun, up to the end of the ask", () => {
    expect(reasonTopic("What was the FCC chief's reasoning on the spam definition?")).toBe(
      "the spam definition",
    );
    // (Not the asker's verb opening it, nor a clause saying when.)
    expect(
      reasonTopic("what were the Czechs' grounds for rejecting the quota article, and who"),
    ).toBe("the quota article");
    expect(reasonTopic("what was CEPT's gripe with the final regs once Dubai wrapped up?")).toBe(
      "the final regs",
    );
    expect(reasonTopic("what was his thinking behind the walkout - need it today")).toBe(
      "the walkout",
    );
    // (No topic: the reasons asked are on what the question is about as a whole.)
    expect(reasonTopic("what was his reasoning?")).toBeUndefined();
    // (A grievance, and the act a party's gain or push is asked for.)
    expect(reasonTopic("what was Russia's beef with the Budapest treaty - they never joined")).toBe(
      "the Budapest treaty",
    );
    expect(reasonTopic("what was in it for Chile to host the talks")).toBe("host the talks");
    expect(reasonTopic("what got Peru to reject the quota article")).toBe(
      "reject the quota article",
    );
    expect(reasonTopic("what got added to the quota article")).toBeUndefined();
    // (Not a reason noun: a stance is read by the stance rules.)
    expect(reasonTopic("What was Peru's position on the quota article?")).toBeUndefined();
  });

  it.each([
    "What was the FCC chief's reasoning on the spam definition?",
    "What was the FCC chief's thinking on the spam definition?",
    "What was Genachowski's reasoning on the spam definition?",
    "What was the FCC chief's beef with the spam definition?",
    "What was in it for the FCC chief to oppose the spam definition?",
  ])("refuses %s from his stance on cybersecurity", async (question) => {
    expect(await coverageOf(question)).toBe("none");
  });

  it("still answers his reasoning on the topic his paragraph is about", async () => {
    const answer = await answerTo("What was the FCC chief's reasoning on cybersecurity?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("too inflexible and too slow");
  });

  it("still answers a grievance on the topic his paragraph is about", async () => {
    const answer = await answerTo("What was the FCC chief's beef with handling cybersecurity?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("too inflexible and too slow");
  });

  it("still answers a party's reasoning on a topic its own sentence names", async () => {
    const answer = await answerTo("What was Hill's reasoning on the spam article?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("non-binding");
  });
});
