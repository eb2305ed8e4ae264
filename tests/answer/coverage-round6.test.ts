// The coverage decision on a staffer's own wording (issue #12): common English the corpus never
// uses, a closing verb the tagger reads as a noun, an everyday noun left unsaid, and the domain
// words an analyst treats as one (the shipped glossary). Each in-scope question here was refused
// before its rule; each near miss beside it must still be refused.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { glossaryAlternatives } from "../../src/answer/glossary-terms.ts";
import { predicateWords } from "../../src/answer/question-predicates.ts";
import { PROJECT_ROOT } from "../../src/context.ts";
import { analyze } from "../../src/search/analyze.ts";
import { glossaryExpansions, loadGlossary } from "../../src/search/glossary.ts";
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

const { coverageOf } = notesAppContext("wcit-coverage6-", NOTES, {
  // The shipped glossary, as it is: its domain words are under test too.
  "glossary.json": fs.readFileSync(path.join(PROJECT_ROOT, "corpus", "glossary.json"), "utf8"),
});

describe("a common word the corpus never uses, where every required term meets", () => {
  it("is the asker's wording: the FCC chief's knock on handling cyber is answered", async () => {
    expect(await coverageOf("What was the FCC chief's knock on handling cybersecurity?")).not.toBe(
      "none",
    );
  });

  it("still counts where a required term is missing: the FCC chief's knock on spam is refused", async () => {
    expect(await coverageOf("What was the FCC chief's knock on the spam definition?")).toBe("none");
  });
});

describe("a name a sentence points back at ('He later argued…')", () => {
  it("meets the question: where Hill says the rich countries took their anti-spam push", async () => {
    expect(
      await coverageOf("Where does Hill say developed countries took their anti-spam push?"),
    ).not.toBe("none");
  });

  it("meets a short question too: what Hill said about trade", async () => {
    expect(await coverageOf("What did Hill say about trade?")).not.toBe("none");
  });

  it("only through sentences pointing back: what Kramer said about trade is refused", async () => {
    expect(await coverageOf("What did Kramer say about trade?")).toBe("none");
  });
});

describe("the word closing a question after an auxiliary and a noun phrase", () => {
  it("is a verb, not a noun the corpus must hold", () => {
    expect(predicateWords("When did the Dubai conference start?").has("start")).toBe(true);
    // A plural after the verb is its object, not a bare verb.
    expect(predicateWords("How does the ITU coordinate orbit slots?").has("slots")).toBe(false);
  });

  it("lets 'When did the Dubai conference finish?' be answered", async () => {
    expect(await coverageOf("When did the Dubai conference finish?")).not.toBe("none");
  });
});

describe("a lone everyday noun the place leaves unsaid", () => {
  it("does not sink an answer: civil society's split over 'the final deal' is answered", async () => {
    expect(await coverageOf("Was civil society unanimous about the final deal?")).not.toBe("none");
  });

  it("does not carry a question missing a name too", async () => {
    expect(await coverageOf("Was civil society unanimous about the Melbourne deal?")).toBe("none");
  });
});

describe("the shipped glossary's domain words", () => {
  it.each([
    "Were the NGOs unanimous about the final ITRs?",
    "What was the FCC chief's knock on handling cyber through global rules?",
    "What word did the Brits suggest instead of security?",
    "What did the Open Tech Institute report about Busan?",
  ])("answers %s", async (question) => {
    expect(await coverageOf(question)).not.toBe("none");
  });

  it("still refuses a near miss worded the same way", async () => {
    expect(await coverageOf("What did the NGOs say about the 1988 Melbourne rules?")).toBe("none");
  });
});

describe("the shipped glossary's plain words of the field", () => {
  const glossary = loadGlossary(path.join(PROJECT_ROOT, "corpus", "glossary.json"));
  const meets = (questionWord: string, sourceWords: string) => {
    const alternatives = glossaryAlternatives(analyze(questionWord), glossary);
    const wanted = analyze(sourceWords).join(" ");
    return analyze(questionWord).some((t) =>
      alternatives(t).some((alt) => alt.join(" ") === wanted),
    );
  };

  it.each([
    ["NGOs", "civil society"],
    ["rules", "regulations"],
    ["signers", "signatories"],
    ["tech", "technology"],
    ["cyber", "cybersecurity"],
    ["Brits", "United Kingdom"],
  ])("lets a question's %s meet a source's %s", (questionWord, sourceWords) => {
    expect(meets(questionWord, sourceWords)).toBe(true);
  });

  it("leaves a demonym one way: a question on the UK does not ask about Brits", () => {
    expect(meets("United Kingdom", "Brits")).toBe(false);
  });
});

describe("the shipped glossary's expansions for retrieval", () => {
  const glossary = loadGlossary(path.join(PROJECT_ROOT, "corpus", "glossary.json"));

  // Retrieval adds every word of every form of an entry. A long form made of words that are
  // common in their own right ("non-governmental organisations") would add "government" to any
  // question on civil society and rank governments' passages above the groups asked about.
  it("adds no word that is common on its own to a question on civil society", () => {
    const added = glossaryExpansions(analyze("Who spoke for civil society in Dubai?"), glossary);
    expect(added).toContain("ngo");
    expect(added).not.toContain("government");
    expect(added).not.toContain("organis");
  });
});
