import { describe, expect, it } from "vitest";
import { coverageOf } from "../../src/answer/coverage-label.ts";
import type { RelevanceOptions } from "../../src/answer/coverage-reading.ts";
import {
  carriesAnswer,
  countsThing,
  onlySaysSpoke,
  reportsContent,
  reportsOutcome,
} from "../../src/answer/evidence.ts";
import { glossaryNamesOfKind } from "../../src/answer/glossary-terms.ts";
import { assessRelevance } from "../../src/answer/relevance.ts";
import { allowedMissing } from "../../src/answer/relevance-rule.ts";
import { idfFromTexts } from "../../src/answer/term-weights.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { createGlossary } from "../../src/search/glossary.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { makeDocument, makePassage, smallCorpusOf } from "./fixtures.ts";

const doc = makeDocument({ id: "note", title: "Signatures at the Dubai conference" });
const texts = [
  "On 14 December 2012, the last day, 89 Member States signed the Final Acts. Cisco's report counted the states attending. Germany and Italy were still consulting their capitals.",
  "Early signatories of the civil-society statement came from countries including Argentina, Brazil, Pakistan and Tunisia.",
  "This corpus did not verify how many pages the paper has.",
  "Russia asked the working group to add a definition of spam to the treaty. The United States objected to any spam text.",
  "Tunisia proposed language referring to Article 19 of the Universal Declaration.",
];
const passages: ScoredPassage[] = texts.map((text, i) => ({
  passage: makePassage(doc, i, text),
  document: doc,
  score: 5 - i,
}));
const termWeight = idfFromTexts([
  ...texts,
  "Filler text about telecommunications.",
  "More filler.",
]);
const keys = (question: string) => keyTermsOf(question, { analyze, termWeight });
const covered = (question: string, expected: RelevanceOptions["expected"] = "description") =>
  assessRelevance(passages, keys(question), analyze, { expected }).covered;

/** Passages of `doc` from texts, best first, and a judge of questions on them. */
const smallCorpus = (texts: readonly string[]) => smallCorpusOf(doc, texts);

describe("assessRelevance: why a question was refused, for the debug log", () => {
  it("names nothing when the question is covered", () => {
    const r = assessRelevance(passages, keys("What did Russia propose about spam?"), analyze);
    expect(r.covered).toBe(true);
    expect(r.failedChecks).toEqual([]);
  });

  it("names the thresholds when the question's terms never meet", () => {
    const r = assessRelevance(passages, keys("What is the capital of Pakistan?"), analyze);
    expect(r.failedChecks).toContain("thresholds");
  });

  it("names a term the corpus never has", () => {
    const r = assessRelevance(passages, keys("What did the GDPR say about spam?"), analyze);
    expect(r.failedChecks).toContain("absentTerms");
  });

  it("names the check of the answer asked for: a count of another thing", () => {
    const r = assessRelevance(
      passages,
      keys("How many countries did Cisco's report count?"),
      analyze,
      { expected: "number" },
    );
    expect(r.covered).toBe(false);
    // Cisco's report counted states, not countries: no count of what is asked stands there.
    expect(r.failedChecks).toContain("answerTypeGiven");
  });
});

describe("assessRelevance", () => {
  it("answers when the question's nouns meet in one place", () => {
    expect(covered("What did Russia propose about spam?")).toBe(true);
  });

  it("refuses when the few terms never meet in one place", () => {
    // "capitals" and "Pakistan" are both in the corpus, never together.
    expect(covered("What is the capital of Pakistan?")).toBe(false);
    expect(allowedMissing(2)).toBe(0);
  });

  it("refuses a name or number the corpus never has, not a plain word it never uses", () => {
    const gdpr = assessRelevance(passages, keys("What did the GDPR say about spam?"), analyze);
    expect(gdpr.absentTerms).toEqual(["gdpr"]);
    expect(gdpr.covered).toBe(false);
    // "squabble" is only the asker's word for what the corpus calls objecting.
    const squabble = assessRelevance(
      passages,
      keys("Why did Russia and the United States squabble over spam?"),
      analyze,
    );
    expect(squabble.absentTerms).toEqual([]);
    expect(squabble.covered).toBe(true);
  });

  it("needs a date, a count or a name where the terms meet, for when, how many and who", () => {
    // Germany is named beside the signing, but no sentence says when it signed.
    expect(covered("When did Germany finally sign?", "date")).toBe(false);
    expect(covered("When were the Final Acts signed?", "date")).toBe(true);
    expect(covered("How many Member States signed the Final Acts?", "number")).toBe(true);
    // "Article 19" names a text; it counts nothing.
    expect(
      covered("How many votes did Tunisia's proposal on the Universal Declaration get?", "number"),
    ).toBe(false);
  });

  it("does not count a sentence about the corpus as covering anything", () => {
    expect(covered("How many pages does the paper have?")).toBe(false);
  });

  it("does not count a sentence saying something is unconfirmed as covering it", () => {
    const only = (text: string): ScoredPassage[] => [
      { passage: makePassage(doc, 0, text), document: doc, score: 2 },
    ];
    const question = keyTermsOf("What was the size of Spain's delegation?", { analyze });
    const verdict = (text: string) => assessRelevance(only(text), question, analyze).covered;
    expect(verdict("The size of Spain's delegation could not be confirmed.")).toBe(false);
    expect(verdict("The size of Spain's delegation is unverified.")).toBe(false);
    // A source that could not be obtained states nothing about what it holds.
    expect(verdict("This research could not retrieve the size of Spain's delegation.")).toBe(false);
    expect(verdict("The size of Spain's delegation could not be retrieved.")).toBe(false);
    expect(verdict("Reporters could not confirm the size of Spain's delegation.")).toBe(false);
    expect(verdict("The size of Spain's delegation was about 40.")).toBe(true);
  });

  it("lets an everyday noun of the question be missing where a rarer one may not be", () => {
    const { judge } = smallCorpus([
      "Russia obtained the draft spam definition from the working group.",
      "Russia and Brazil discussed the spam definition.",
      "Spam was defined by Russia in a draft.",
      "On the other hand, the budget was approved.",
    ]);
    // "hands" is as rare in these passages as "budget", but everyday English uses it loosely.
    const hands = judge("How did Russia get its hands on the spam definition?");
    expect(hands.missingTerms).toEqual(["hand"]);
    expect(hands.covered).toBe(true);
    expect(judge("How did Russia get its budget on the spam definition?").covered).toBe(false);
  });

  it("needs the thing a what/which question asks about where the rest meets", () => {
    const { judge } = smallCorpus([
      "Russia and Brazil discussed spam rules in the working group.",
      "Brazil's position on roaming was firm.",
    ]);
    // Russia, spam and the working group meet, but no position of Russia's is stated.
    expect(judge("What was Russia's position on spam rules in the working group?").covered).toBe(
      false,
    );
    expect(judge("What did Russia say on spam rules in the working group?").covered).toBe(true);
  });

  it("lets a passage about its only required name meet the rest in any sentence", () => {
    const { judge } = smallCorpus(["Spain attended. The delegation threatened to leave."]);
    const titled = (title: string, text: string): ScoredPassage[] => {
      const document = makeDocument({ id: "spain", title });
      return [{ passage: makePassage(document, 0, text), document, score: 2 }];
    };
    const question = "Did Spain threaten to leave?";
    const inSpain = titled("Spain at the conference", "The delegation threatened to leave early.");
    expect(judge(question, inSpain).covered).toBe(true);
    // Named only in passing, Spain is not what the threat is about.
    const inPassing = titled(
      "The conference",
      "Delegates from Spain, Peru and Chile attended. The delegation threatened to leave.",
    );
    expect(judge(question, inPassing).covered).toBe(false);
  });

  it("reads an unseen phrasal verb in a when/who question as the asker's idiom", () => {
    const { judgeAs } = smallCorpus([
      "The roaming rules took effect on 1 July 2004.",
      "Nothing else here.",
    ]);
    expect(judgeAs("When did the roaming rules kick in?", "date").covered).toBe(true);
    // A plain verb the corpus never uses is still an event it does not record.
    expect(judgeAs("When were the roaming rules repealed?", "date").covered).toBe(false);
  });

  it("reads an unseen verb whose object is an unseen plain word as an idiom", () => {
    const { judgeAs } = smallCorpus([
      "The chair withdrew the roaming text on 10 July 2004.",
      "Nothing else here.",
    ]);
    expect(judgeAs("When did the chair pull the plug on the roaming text?", "date").covered).toBe(
      true,
    );
    // Its object a word of the corpus, the unseen verb is still an event it does not record.
    expect(judgeAs("When did the chair repeal the roaming text?", "date").covered).toBe(false);
  });

  it("finds the country a 'which country' question asks for in a country's name", () => {
    const { judge } = smallCorpus([
      "Russia asked the working group for a definition of spam.",
      "The working group asked for a definition of roaming.",
      "Several countries signed.",
    ]);
    const only = (text: string) => [
      { passage: makePassage(doc, 0, text), document: doc, score: 1 },
    ];
    const question = "Which country asked the working group for a definition of spam?";
    expect(judge(question).covered).toBe(true);
    const unnamed = only("The chair asked the working group for a definition of spam.");
    expect(judge(question, unnamed).covered).toBe(false);
  });

  it("refuses who and when for an event whose verb the corpus never uses", () => {
    // "persuaded" is in no passage: the corpus records no persuading, whoever it names.
    const persuaded = "Who persuaded the working group to add a definition of spam?";
    expect(covered(persuaded, "agent")).toBe(false);
    expect(covered("When was the working group persuaded to add spam?", "date")).toBe(false);
    // The same verb in a question asking what was said is only the asker's wording.
    expect(covered(persuaded.replace("Who", "Why did Russia"), "description")).toBe(true);
    expect(covered("Who asked the working group to add a definition of spam?", "agent")).toBe(true);
  });

  it("lets a follow-up's passage word one of its few nouns otherwise", () => {
    const question = keys("Was the statement about Russia?");
    // Two required nouns allow none missing, unless the question follows up a covered one.
    expect(assessRelevance(passages, question, analyze).covered).toBe(false);
    const lenient = { floor: 0.35, maxMissingShare: 0.5, extraMissing: 1 };
    expect(assessRelevance(passages, question, analyze, { rule: lenient }).covered).toBe(true);
  });

  it("does not refuse for a describing word joined to a lower-case one, but for a people's name", () => {
    const { judge } = smallCorpus([
      "Partner groups translated the letter into Urdu and Thai.",
      "Nothing else here.",
    ]);
    expect(judge("Did Tamil-speaking groups translate the letter?").covered).toBe(true);
    // …unless it picks out the very groups asked for.
    const which = judge("Which Tamil-speaking groups translated the letter?");
    expect(which.absentTerms).toEqual(["tamil"]);
    expect(which.covered).toBe(false);
    const norwegian = judge("Did Norwegian-led groups translate the letter?");
    expect(norwegian.absentTerms).toEqual(["norwegian"]);
    expect(norwegian.covered).toBe(false);
  });

  it("needs a passing mention to meet the rest of the question", () => {
    // Pakistan is only in a list of signatories; nothing there is about what it argued on spam.
    expect(covered("What did Pakistan argue about spam?")).toBe(false);
  });
});

describe("assessRelevance: what the question asks of its terms", () => {
  it("needs a 'how many' count to stand beside the thing counted", () => {
    const { judgeAs } = smallCorpus([
      "The Lisbon report gives two reasons for concern. Its landing page lists the sections.",
      "Nothing else here.",
    ]);
    // Report, pages and a count are all there, but the count is of reasons.
    const pages = "How many pages does the Lisbon report have?";
    expect(judgeAs(pages, "number").covered).toBe(false);
    const counted = smallCorpus([
      "The Lisbon report runs to 40 pages and gives two reasons for concern.",
      "Nothing else here.",
    ]);
    expect(counted.judgeAs(pages, "number").covered).toBe(true);
  });

  it("takes any count where the text words the thing counted otherwise", () => {
    const { judgeAs } = smallCorpus([
      "More than 120 organisations from 55 countries endorsed the Lisbon statement.",
      "Nothing else here.",
    ]);
    // "orgs" is the asker's word; the text counts organisations.
    expect(judgeAs("How many orgs endorsed the Lisbon statement?", "number").covered).toBe(true);
  });

  it("needs an outcome, not only that a meeting came, for 'what did X agree/decide'", () => {
    const question = "What did the Lisbon forum agree on roaming charges?";
    const coming = smallCorpus([
      "Observers turned to the Lisbon forum on roaming charges in May. It would put roaming charges on the agenda.",
      "Nothing else here.",
    ]);
    expect(coming.judgeAs(question, "description").covered).toBe(false);
    const agreed = smallCorpus([
      "In May the Lisbon forum agreed that roaming charges should fall by half.",
      "Nothing else here.",
    ]);
    expect(agreed.judgeAs(question, "description").covered).toBe(true);
    // Asked plainly, the forum's coming is about it.
    const plain = "What about the Lisbon forum on roaming charges?";
    expect(coming.judgeAs(plain, "description").covered).toBe(true);
  });

  it("needs what was said, not only that someone spoke, for 'what did X tell/say'", () => {
    const question = "What did Ana Oliveira tell delegates in her opening remarks?";
    const spoke = smallCorpus([
      "At the opening, the chair and Ana Oliveira both addressed delegates in short remarks.",
      "Nothing else here.",
    ]);
    expect(spoke.judgeAs(question, "description").covered).toBe(false);
    const told = smallCorpus([
      "At the opening, Ana Oliveira told delegates in her remarks that the old rules had worked.",
      "Nothing else here.",
    ]);
    expect(told.judgeAs(question, "description").covered).toBe(true);
    // The content may follow in a sentence that points back at her.
    const after = smallCorpus([
      "At the opening, Ana Oliveira addressed delegates in her remarks. She warned against haste.",
      "Nothing else here.",
    ]);
    expect(after.judgeAs(question, "description").covered).toBe(true);
    // Content in a sentence about someone else is not what she said.
    const other = smallCorpus([
      "At the opening, Ana Oliveira addressed delegates in her remarks. The chair said the old rules had worked.",
      "Nothing else here.",
    ]);
    expect(other.judgeAs(question, "description").covered).toBe(false);
  });

  it("needs what was said, not what else the speaker did, for 'what did X say'", () => {
    const question = "What did Ana Oliveira say at the closing session?";
    // Chairing is no saying: the sentence names her, and reports nothing she said.
    const chaired = smallCorpus([
      "The regulator's director, Ana Oliveira, chaired the conference and its closing session.",
      "Nothing else here.",
    ]);
    expect(chaired.judgeAs(question, "description").covered).toBe(false);
    const said = smallCorpus([
      "At the closing session, Ana Oliveira said the conference had kept its promises.",
      "Nothing else here.",
    ]);
    expect(said.judgeAs(question, "description").covered).toBe(true);
    // "…about the final text": an adjective of a plain noun may be worded otherwise ("the
    // revised charter"), where what the speaker said is reported.
    const revised = smallCorpus([
      "On the last evening Oliveira announced that her country could not accept the revised charter. She said it should stay high-level.",
      "The final session closed late.",
      "Nothing else here.",
    ]);
    expect(
      revised.judgeAs("What did Oliveira say about the final text?", "description").covered,
    ).toBe(true);
    // "What did X think of…" asks a view: what X did is no view of it.
    const stayedOut = smallCorpus([
      "The old charter still binds. Ghana and Peru stayed outside the charter.",
      "Nothing else here.",
    ]);
    expect(stayedOut.judgeAs("What did Peru think about the charter?", "description").covered).toBe(
      false,
    );
    const judged = smallCorpus([
      "The old charter still binds. Peru called the charter a step backwards.",
      "Nothing else here.",
    ]);
    expect(judged.judgeAs("What did Peru think about the charter?", "description").covered).toBe(
      true,
    );
    // "What does the charter say?" asks what a text holds: a sentence describing it gives that.
    const described = smallCorpus([
      "Page two is about the charter, its security and robustness of networks.",
      "Nothing else here.",
    ]);
    expect(
      described.judgeAs("What does the charter say about robustness?", "description").covered,
    ).toBe(true);
  });

  it.each([
    "At the closing session, Ana Oliveira called the harbour deal a fragile compromise.",
    "At the closing session, Ana Oliveira noted the gains for small ports.",
    "At the closing session, Ana Oliveira counted four losses for the fishing fleets.",
    "At the closing session, Ana Oliveira denied reports of a walkout.",
  ])("takes a verb of reporting as what was said: %s", (sentence) => {
    const question = "What did Ana Oliveira say at the closing session?";
    expect(
      smallCorpus([sentence, "Nothing else here."]).judgeAs(question, "description").covered,
    ).toBe(true);
  });

  it("refuses a window that never names the speaker asked about (fifteenth session)", () => {
    // No corpus weights: every term weighs the same, and one of four required may be missing.
    const passages: ScoredPassage[] = [
      {
        passage: makePassage(
          doc,
          0,
          "In Lisbon the chair told delegates the roaming rules had worked.",
        ),
        document: doc,
        score: 1,
      },
    ];
    const question = "What did Oliveira tell delegates about the roaming rules in Lisbon?";
    const relevance = assessRelevance(passages, keyTermsOf(question, { analyze }), analyze, {
      expected: "description",
      question,
    });
    // Its terms would do (one of four required may be missing), but a place that never names
    // Oliveira reports nothing she said.
    expect(relevance.missingTerms).toEqual(["oliveira"]);
    expect(relevance.covered).toBe(false);
  });

  it("does not count the corpus's topic word against a window that leaves it unsaid", () => {
    // "treaty" is in most passages: the corpus's topic, which any passage may leave unsaid.
    const texts = [
      "The expansionist camp counted losses: the final text does not define the Internet.",
      ...Array.from({ length: 6 }, (_, i) => `Treaty filler ${i}.`),
    ];
    const { judge } = smallCorpusOf(doc, texts, 0);
    const withTopic = judge("What did the Internet camp lose in the final treaty text?");
    const without = judge("What did the Internet camp lose in the final text?");
    expect(withTopic.missingTerms).toEqual([]);
    expect(withTopic.termCoverage).toBeCloseTo(without.termCoverage, 6);
  });

  it("reports the question's own words the best window lacks, verbs included", () => {
    const { judge } = smallCorpus([
      "Observers turned to the Lisbon forum on roaming, due in May.",
      "Nothing else here.",
    ]);
    const relevance = judge("What did the Lisbon forum agree on roaming?");
    expect(relevance.missingTerms).toEqual([]);
    expect(relevance.unmetTerms).toEqual(["agre"]);
  });
});

describe("assessRelevance: a word nearly as common as the corpus's topic", () => {
  // Five of fourteen passages say "treaty" (over a third, under the topic's share): the corpus's
  // everyday word for its topic, which a passage about one part of it need not repeat.
  const texts = [
    "The appendices cover accounting and maritime services.",
    "A protocol on roaming was signed.",
    ...Array.from({ length: 5 }, (_, i) => `The treaty clause ${i} was debated.`),
    "People signed petitions.",
    ...Array.from({ length: 6 }, (_, i) => `Filler ${i}.`),
  ];
  const scored: ScoredPassage[] = texts.slice(0, 2).map((text, i) => ({
    passage: makePassage(doc, i, text),
    document: doc,
    score: 2 - i,
  }));
  const termWeight = idfFromTexts(texts);
  const judge = (question: string) =>
    assessRelevance(scored, keyTermsOf(question, { analyze, termWeight }), analyze);

  it("spares a lone missing word that common the count of missing terms", () => {
    const relevance = judge("What is in the appendices of the new treaty?");
    expect(relevance.missingTerms).toEqual(["treati"]);
    expect(relevance.covered).toBe(true);
  });

  it("still refuses a lone missing word the corpus says less often", () => {
    expect(judge("What is in the appendices of the new protocol?").covered).toBe(false);
  });

  it("spares two missing words that common, the topic's word and an everyday one", () => {
    const relevance = judge(
      "What do people find in the appendices on maritime services of the new treaty?",
    );
    expect(relevance.missingTerms).toEqual(["peopl", "treati"]);
    expect(relevance.covered).toBe(true);
  });

  it("does not spare an everyday word beside a missing word the corpus says less often", () => {
    expect(
      judge("What do people find in the appendices on maritime services of the new protocol?")
        .covered,
    ).toBe(false);
  });
});

describe("assessRelevance: a question asking for a kind of name", () => {
  it("answers 'which country' with a country the glossary knows and the tagger does not", () => {
    const texts = ["The UAE's regulator hosted the talks in December.", "Nothing else here."];
    const { scored: passages, termWeight } = smallCorpusOf(doc, texts, 2);
    const glossary = createGlossary([
      { id: "uae", variants: ["UAE", "United Arab Emirates"], demonyms: ["Emirati"] },
      { id: "itu", variants: ["ITU", "International Telecommunication Union"] },
    ]);
    const question = "Which country hosted the talks?";
    const judge = (namesOfKind?: ReturnType<typeof glossaryNamesOfKind>) =>
      assessRelevance(passages, keyTermsOf(question, { analyze, termWeight, namesOfKind }), analyze)
        .covered;
    expect(judge(glossaryNamesOfKind(glossary))).toBe(true);
    expect(judge()).toBe(false);
    // Only countries and regions (entries with demonyms) are names of countries.
    const country = keyTermsOf(question, { namesOfKind: glossaryNamesOfKind(glossary) });
    expect(country.find((k) => k.kind)?.kindNames).toEqual([["uae"], ["unit", "arab", "emir"]]);
  });

  it("needs a name of the kind, not the kind's own noun", () => {
    const question = "Which countries signed the treaty after the deadline?";
    const unnamed = smallCorpus([
      "Countries that signed the treaty after the deadline are bound by it.",
      "Nothing else here.",
    ]);
    expect(unnamed.judge(question).covered).toBe(false);
    const named = smallCorpus([
      "Ghana and Peru signed the treaty after the deadline.",
      "Nothing else here.",
    ]);
    expect(named.judge(question).covered).toBe(true);
  });

  it("meets 'which countries did not…' where 'the 55' names those a sentence before counted", () => {
    const question = "Which countries did not sign?";
    const passage = (reference: string) =>
      smallCorpus([
        `On the last day 89 states signed the final acts, so 55 did not sign. Observers noted the mood in the hall. Reports said ${reference} included countries that refused outright, such as Ghana, Peru and Chile.`,
        "Nothing else here.",
      ]);
    expect(passage("the 55").judgeAs(question, "items").covered).toBe(true);
    // So is a yes/no question about one of them.
    expect(passage("the 55").judgeAs("Did Peru sign?", "yes-no").covered).toBe(true);
    // Another number refers back to no count of those who did not sign.
    expect(passage("the 12").judgeAs(question, "items").covered).toBe(false);
  });

  it("reads a treaty that enters into force as one that applies from a date", () => {
    const corpus = smallCorpus([
      "Two texts at once. For parties, the new regulations were to apply provisionally from 1 January 2015.",
      "Nothing else here.",
    ]);
    expect(corpus.judgeAs("When do the new regulations enter into force?", "date").covered).toBe(
      true,
    );
  });

  it("reads every paragraph under a 'who proposed what' title as the headed one's proposal", () => {
    const question = "What did the Ruritanian states propose?";
    const judged = (title: string) => {
      const doc = makeDocument({ id: "positions", title });
      const texts = [
        "Ruritanian states. After a first meeting in the capital, the Ruritanian administrations set out principles. These included moving ship radio rules into the charter and stronger enforcement.",
        "Nothing else here.",
      ];
      const termWeight = idfFromTexts([
        ...texts,
        ...Array.from({ length: 6 }, (_, i) => `Filler ${i}.`),
      ]);
      const scored: ScoredPassage[] = texts.map((text, i) => ({
        passage: makePassage(doc, i, text, i === 0 ? { sectionPath: ["Ruritanian states"] } : {}),
        document: doc,
        score: texts.length - i,
      }));
      return assessRelevance(scored, keyTermsOf(question, { analyze, termWeight }), analyze, {
        question,
      }).covered;
    };
    expect(judged("Who proposed what: regional positions before the talks")).toBe(true);
    // Under a plain title, setting out principles is no proposal reported.
    expect(judged("Regional positions before the talks")).toBe(false);
  });

  it("needs a name of the kind other than the question's own", () => {
    const question = "Which countries objected to Ghana's amendment?";
    const own = smallCorpus([
      "Ghana tabled an amendment on roaming. Several delegations objected to it.",
      "Nothing else here.",
    ]);
    expect(own.judge(question).covered).toBe(false);
    const other = smallCorpus([
      "Ghana tabled an amendment on roaming. Peru and Chile objected to it.",
      "Nothing else here.",
    ]);
    expect(other.judge(question).covered).toBe(true);
  });

  it("reads 'did any country…' as asking for a country's name", () => {
    // "nation" is a word these passages never use: the asker's, met by a country's name.
    const question = "Did any nation sign the protocol in Lisbon?";
    const named = smallCorpus(["Only Ghana signed the protocol in Lisbon.", "Nothing else here."]);
    expect(named.judge(question).covered).toBe(true);
    const unnamed = smallCorpus(["The protocol was signed in Lisbon.", "Nothing else here."]);
    expect(unnamed.judge(question).covered).toBe(false);
  });

  it("counts a name of the kind asked as the asker's unknown noun met", () => {
    // "person" is a word these passages never use: the asker's, met by a person's name.
    const { judge } = smallCorpus([
      "In June the minister chose Ambassador Terry Kramer to head the delegation.",
      "Nothing else here.",
    ]);
    const relevance = judge("Which person headed the delegation in June?");
    expect(relevance.termCoverage).toBe(1);
  });
});

describe("assessRelevance: where the expected answer stands", () => {
  const judgeAs = (texts: string[], question: string, expected: "agent" | "date") =>
    smallCorpus([...texts, "Nothing else here."]).judgeAs(question, expected);

  it("finds the name a 'who' question asks for in the sentence about its subject", () => {
    const question = "Who chaired Committee 9 in Lisbon?";
    // A name and Committee 9 in the window, but not in one sentence: whoever chaired it is unsaid.
    const apart = judgeAs(
      [
        "In Lisbon delegates wrote to Ana Ruiz and the Chair. They said the Committee 9 groups were closed.",
      ],
      question,
      "agent",
    );
    expect(apart.typedAtSubject).toBe(false);
    const together = judgeAs(["In Lisbon Ana Ruiz chaired Committee 9."], question, "agent");
    expect(together.typedAtSubject).toBe(true);
  });

  it("finds the date a 'when' question asks for beside its subject, or pointing back at it", () => {
    const question = "When did Norway ratify the roaming protocol?";
    const back = judgeAs(
      ["Norway ratified the roaming protocol. It did so on 3 May 2014."],
      question,
      "date",
    );
    expect(back.typedAtSubject).toBe(true);
    const apart = judgeAs(
      ["Norway ratified the roaming protocol. Sweden followed on 3 May 2014."],
      question,
      "date",
    );
    expect(apart.typedAtSubject).toBe(false);
  });
});

describe("coverageOf", () => {
  it("is partial when the date or name asked for stands apart from the question's subject", () => {
    const window = { missingTerms: [], termCoverage: 1, unmetTerms: [] };
    const answer = { termCoverage: 1, answersType: true };
    expect(coverageOf(answer, { ...window, typedAtSubject: true })).toBe("full");
    expect(coverageOf(answer, { ...window, typedAtSubject: false })).toBe("partial");
  });

  it("is full only when the window holds every word of the question but common ones", () => {
    const window = { missingTerms: [], termCoverage: 0.95 };
    const answer = { termCoverage: 0.9, answersType: true };
    expect(coverageOf(answer, { ...window, unmetTerms: [] })).toBe("full");
    // The forum and the topic are there, but nothing says what it agreed.
    expect(coverageOf(answer, { ...window, unmetTerms: ["agre"] })).toBe("partial");
  });
});

describe("countsThing", () => {
  const isPage = (word: string) => /^pages?\b/i.test(word);
  it.each([
    ["The paper runs to 40 pages.", true],
    ["It has 40 numbered pages.", true],
    ["The report, all pages included, ran to 40.", true],
    ["It gives two reasons, and its landing page lists the sections.", false],
    ["It gives two reasons for concern and ends on a landing page.", false],
    ["Page 12 of the 2012 report.", false],
    ["The vote was 77 in favour, 33 against.", true],
    ["Two delegations walked out.", false],
  ])("%s → %s", (sentence, counts) => {
    expect(countsThing(sentence, isPage)).toBe(counts);
  });
});

describe("reportsOutcome", () => {
  it.each([
    ["On 11 July the council decided to publish the draft.", true],
    ["The text was adopted by a vote of 89 to 55.", true],
    ["Observers turned to the forum in Geneva in May.", false],
    ["The forum would put the issues on the agenda.", false],
  ])("%s → %s", (sentence, reports) => {
    expect(reportsOutcome(sentence)).toBe(reports);
  });
});

describe("reportsContent", () => {
  it.each([
    ["She told delegates that the rules had worked.", true],
    ["He warned against haste.", true],
    ['It called the text "a step back".', true],
    ["Article 5B says Member States should endeavour to act.", true],
    ["The chair and the minister both addressed delegates.", false],
    ["He spoke by video at the opening ceremony.", false],
  ])("%s → %s", (sentence, reports) => {
    expect(reportsContent(sentence)).toBe(reports);
  });
});

describe("onlySaysSpoke", () => {
  it.each([
    ["The chair and the minister both addressed delegates.", true],
    ["He spoke by video at the opening ceremony.", true],
    ["In her speech she warned against haste.", false],
    ["The lobby called the link between the two ideas incoherent.", false],
    ["The minister attended the opening.", false],
  ])("%s → %s", (sentence, only) => {
    expect(onlySaysSpoke(sentence)).toBe(only);
  });
});

describe("carriesAnswer", () => {
  it.each([
    ["On 14 December 2012, 89 Member States signed.", "number", true],
    ["ETNO filed contribution C-109 on 6 June 2012.", "number", false],
    ["It referred to Article 19 and Resolution 146.", "number", false],
    ["It passed 77 to 33 with 8 abstentions.", "number", true],
    ["It was signed on 14 December 2012.", "date", true],
    ["President Obama chose Ambassador Terry Kramer to head the delegation.", "agent", true],
    ["One outlet put the US delegation at 123 members.", "agent", false],
    ["Kramer said the US would oppose it because it could lead to censorship.", "reason", true],
    ["Two delegations objected. [2][3]", "number", true],
    ["The delegations objected. [2][3]", "number", false],
    ["The talks ran from 3 to 14 December 2012 in Lisbon.", "number", false],
    ["Briefings took place on 8–9 October and 2-3 November.", "number", false],
    ["The talks ran from 3 to 14 December 2012 in Lisbon.", "date", true],
  ] as const)("%s → %s: %s", (sentence, expected, carries) => {
    expect(carriesAnswer(sentence, expected)).toBe(carries);
  });
});

describe("assessRelevance: a word written as part of a compound", () => {
  const { judge } = smallCorpus([
    "The minister said cyberattacks should stay out of the charter. Attacks on budgets were not discussed.",
    "A cyber unit was set up later.",
    "The ministry filed a trademark complaint about roaming charges.",
    "Another trade body complained about fees.",
  ]);

  it("meets a question's word where the text writes it as the start of a compound", () => {
    const relevance = judge("Did the minister want cyber kept out of the charter?");
    expect(relevance.missingTerms).toEqual([]);
    expect(relevance.covered).toBe(true);
  });

  it("meets a word ending in 'y' written as the start of a compound ('policy' in 'policymaking')", () => {
    const { judge: judgeY } = smallCorpus([
      "The report called central ITU policymaking a poor fit for network safety. Making rules there was slow.",
      "A cyber unit was set up later. Its radio policy was unchanged.",
    ]);
    const relevance = judgeY("Why did the report call ITU policy a poor fit for network safety?");
    expect(relevance.missingTerms).toEqual([]);
  });

  it("does not meet it in a longer word whose rest is no word of the passages", () => {
    // "trademark" is not "trade" + "mark" here: "mark" is no word of these passages.
    const relevance = judge("What trade complaint did the ministry file about roaming charges?");
    expect(relevance.missingTerms).toEqual(["trade"]);
  });
});

describe("assessRelevance: the doer a question names", () => {
  const { judgeAs } = smallCorpus([
    "Norway proposed a clause on ship radio. Several delegates spoke on radio safety. Peru then called a vote on the roaming fee amendment. It passed because fees had risen.",
    "Anna Berg chaired the roaming group. She opened its first session. She argued that the roaming fee amendment would cut fees, because carriers had overcharged for years.",
  ]);

  it("refuses a why-question where the place about its topic does not name its doer", () => {
    expect(judgeAs("Why did Norway back the roaming fee amendment vote?", "reason").covered).toBe(
      false,
    );
  });

  it("answers where a sentence about the topic leans on one naming the doer", () => {
    expect(judgeAs("Why did Berg back the roaming fee amendment?", "reason").covered).toBe(true);
  });
});

describe("assessRelevance: the name a 'who' question asks for", () => {
  it("needs a name the question does not give in the sentence about its subject", () => {
    const { judgeAs } = smallCorpus([
      "The Council asked for a report. A second roaming meeting was held in Lisbon in May 2017.",
      "Ana Costa chaired the first roaming meeting.",
    ]);
    // "Council" is a name, but the sentence about the meeting names only what is asked.
    expect(judgeAs("Who chaired the roaming meeting in Lisbon in May 2017?", "agent").covered).toBe(
      false,
    );
    const named = smallCorpus([
      "The Council asked for a report. Ana Costa chaired a roaming meeting in Lisbon in May 2017.",
    ]);
    expect(
      named.judgeAs("Who chaired the roaming meeting in Lisbon in May 2017?", "agent").covered,
    ).toBe(true);
  });
});

describe("assessRelevance: a personal pronoun pointing back past a sentence naming no one", () => {
  const { judge } = smallCorpus([
    "Richard Hill argued that the article is binding on no one. He pointed out that it sits below the Constitution. On that reading, the provision cannot justify censorship. He later argued that rich countries were pushing similar commitments in trade agreements instead.",
    "Ambassador Ruiz argued that the clause was vague. Kramer disagreed with him. He later argued that operators were pushing fee commitments in roaming agreements instead.",
  ]);

  it("meets the name it points back at: what Hill argued about trade agreements", () => {
    const relevance = judge("What did Hill argue about trade agreements?");
    expect(relevance.missingTerms).toEqual([]);
    expect(relevance.covered).toBe(true);
  });

  it("stops at a sentence naming someone else: what Ruiz argued about roaming agreements", () => {
    expect(judge("What did Ruiz argue about roaming agreements?").missingTerms).toEqual(["ruiz"]);
  });
});

describe("assessRelevance: a thing the question gives an owner ('EFF's petition')", () => {
  const { judgeAs } = smallCorpus([
    "The Lisbon Group urged members to release the documents. Access said more than 35,000 people had signed its petition.",
    "Nothing else here.",
  ]);

  it("is answered where the owner's thing is", () => {
    expect(judgeAs("How many people signed Access's petition?", "number").covered).toBe(true);
  });

  it("is not answered by someone else's: how many signed the Lisbon Group's petition is refused", () => {
    expect(judgeAs("How many people signed the Lisbon Group's petition?", "number").covered).toBe(
      false,
    );
  });
});

describe("a heading joining two topics", () => {
  // "Pledge and Open Letter." heads a sentence about the pledge and one about the letter: the
  // pledge's drafters are not stated as the letter's, though the window holds every word.
  const headed = (heading: string): ScoredPassage[] => {
    const text = `${heading} A short pledge was drafted by Alpha, Beta and Gamma, and more than 90 organisations signed it. Separately, groups meeting in Oslo sent the agency an open letter.`;
    return [
      { passage: makePassage(doc, 0, text, { sectionPath: [heading] }), document: doc, score: 3 },
    ];
  };
  const termWeight = idfFromTexts([
    headed("Pledge and Open Letter.")[0]?.passage.text ?? "",
    ...Array.from({ length: 6 }, (_, i) => `Filler ${i}.`),
  ]);
  const judge = (question: string, heading: string) =>
    assessRelevance(headed(heading), keyTermsOf(question, { analyze, termWeight }), analyze);

  it("lends each sentence only the topic it names", () => {
    const relevance = judge(
      "Which organisations drafted the open letter?",
      "Pledge and Open Letter.",
    );
    expect(relevance.statedTogether).toBe(false);
    expect(coverageOf({ termCoverage: 1, answersType: true }, relevance)).toBe("partial");
  });

  it("lends a sentence the whole of a heading with one topic", () => {
    const relevance = judge("Which organisations drafted the open letter?", "The Open Letter.");
    expect(relevance.statedTogether).toBe(true);
  });
});

describe("where something was said", () => {
  // "Geneva" is in most passages (the corpus's topic): it is never required, yet "what did Lee
  // say in Geneva" is not answered by what Lee wrote on a blog.
  const { judgeAs } = smallCorpus([
    "Lee Park wrote in a blog post that the rules were too vague.",
    "Ann Moss said in Geneva that the rules were fine.",
    "The Geneva talks ran for two weeks.",
    "Delegates in Geneva met daily.",
    "Geneva hosted the secretariat.",
  ]);

  it("refuses what the speaker said elsewhere", () => {
    expect(judgeAs("What did Lee Park say in Geneva?", "description").covered).toBe(false);
  });

  it("answers what was said there, and what the speaker said anywhere when no place is asked", () => {
    expect(judgeAs("What did Ann Moss say in Geneva?", "description").covered).toBe(true);
    expect(judgeAs("What did Lee Park say about the rules?", "description").covered).toBe(true);
  });
});
