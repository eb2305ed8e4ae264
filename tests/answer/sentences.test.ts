import { describe, expect, it } from "vitest";
import { countsIn } from "../../src/answer/evidence.ts";
import {
  announcedItems,
  countsNoun,
  displaySentence,
  enumerates,
  isAboutTheCorpus,
  isFragment,
  leansOnPrevious,
  negatedWords,
  openingPlural,
  opensWithReferent,
  pointsForward,
  seriesHead,
  seriesItems,
  seriesLength,
} from "../../src/answer/sentences.ts";
import { stripTrailingMarkers } from "../../src/text.ts";

describe("stripTrailingMarkers and displaySentence", () => {
  it("removes the markers that end a sentence and returns their numbers", () => {
    expect(stripTrailingMarkers("Spam was Article 5B. [8][9]")).toEqual({
      text: "Spam was Article 5B.",
      refs: [8, 9],
    });
    expect(stripTrailingMarkers("No markers here.")).toEqual({
      text: "No markers here.",
      refs: [],
    });
  });

  it("drops markup but keeps the words", () => {
    expect(displaySentence("We examine [some proposals](#) [2] in **detail**.")).toBe(
      "We examine some proposals in detail.",
    );
  });
});

describe("isFragment", () => {
  it.each([
    "**The compromise.**",
    "# Security in the ITRs",
    "[2] https://www.cdt.org/files/pdfs/Cybersecurity_ITU_WCIT_Proposals.pdf",
    "[3]",
    "- [WCIT](#)",
    "Source URL: <https://cdt.org/blogs/emma-llanso/0609itu>",
    "The copyright © 2013 by the Center for Democracy & Technology.",
    "See below.",
    "Too short.",
    "Who proposed what regional and national positions before WCIT-12",
  ])("treats %j as a fragment", (text) => {
    expect(isFragment(text)).toBe(true);
  });

  it.each([
    "The adopted Article 5A says Member States shall endeavour to ensure security and robustness. [8][9]",
    "Cybersecurity requires agility: governments are not likely to be the source of technical fixes.",
    // Short, but a claim: the sentence after it ("Its stated aim…") leans on it.
    "CEPT prepared European Common Proposals.",
    "Egypt denied supporting it.",
  ])("keeps the claim %j", (text) => {
    expect(isFragment(text)).toBe(false);
  });
});

describe("pointsForward", () => {
  it.each([
    ["CDT's objections, as reported, were these.", true],
    ["It listed the following:", true],
    ["The reasons were as follows.", true],
    ["The Czech account explains why: security was heard as content.", false],
    ["These are CITEL, CEPT and the Arab States group.", false],
  ])("%s → %s", (sentence, forward) => {
    expect(pointsForward(sentence)).toBe(forward);
  });
});

describe("announcedItems", () => {
  it.each([
    ["As reported, the union made four points.", 4],
    ["The panel raised 3 concerns.", 3],
    ["The review counted several losses for the trawler side.", Number.POSITIVE_INFINITY],
    ["It gives two reasons these rules were disputed.", 2],
    ["Their complaints were these.", Number.POSITIVE_INFINITY],
    ["It raised three problems: late papers, closed rooms and no votes.", 0],
    ["The treaty was signed by 89 countries.", 0],
    ["Delegates from two regions met in a small room near the harbour to talk.", 0],
  ])("%s → %s", (sentence, count) => {
    expect(announcedItems(sentence)).toBe(count);
  });

  it("announces no items when the next sentence sets them out itself", () => {
    const groups = "Fleets coordinate through six regional groups.";
    expect(announcedItems(groups, "Each group meets twice a year.")).toBe(6);
    expect(announcedItems(groups, "These are North, South, East, West, Delta and Lagoon.")).toBe(0);
  });
});

describe("negatedWords", () => {
  it.each([
    ['The final text does not define "harbour".', ["define harbour"]],
    ["The lawyer argued that the clause is non-binding.", ["binding"]],
    ["The code contains no fishing, netting or towing rules.", ["fishing"]],
    ["It was not adopted by consensus.", ["adopted by consensus"]],
    ["Nothing changed and nobody objected.", []],
  ])("%s → %s", (sentence, words) => {
    expect(negatedWords(sentence).map((w) => w.replace(/\s+/g, " "))).toEqual(words);
  });
});

describe("seriesItems", () => {
  it("gives each item of a series as written, parentheses kept", () => {
    expect(
      seriesItems("New are Articles 5A (security, robustness), 5B (spam) and 8B (access)."),
    ).toEqual(["New are Articles 5A (security, robustness)", " 5B (spam)", " and 8B (access)."]);
    expect(seriesItems("It bans spam, junk, bulk and content.")).toEqual([
      "It bans spam",
      " junk",
      " bulk",
      " and content.",
    ]);
  });
  it("splits no quotation, and gives nothing for fewer than three items", () => {
    expect(seriesItems('It names "spam, junk and bulk", fraud, roaming and fees.')).toEqual([
      'It names "spam, junk and bulk"',
      " fraud",
      " roaming",
      " and fees.",
    ]);
    expect(seriesItems("In May, the group met, as planned.")).toEqual([]);
  });
});

describe("seriesLength and enumerates", () => {
  it("counts the items of a series, with or without a serial comma", () => {
    expect(
      seriesLength("They asked for lower prices, open standards, fewer rules and a short text."),
    ).toBe(4);
    expect(seriesLength("They asked for lower prices, open standards, and a short text.")).toBe(3);
    expect(
      seriesLength("The text has a preamble; ten articles; two appendices; five resolutions."),
    ).toBe(4);
  });
  it("does not count clauses, or commas inside parentheses", () => {
    expect(seriesLength("In May, the group met, as planned.")).toBe(1);
    expect(seriesLength("The group (led by Chile, Peru and Mexico) met twice.")).toBe(1);
  });
  it("closes no series with an 'and' inside quotes", () => {
    const clause = 'It asks states to act, singly and jointly, to keep networks "safe and sound".';
    expect(seriesLength(clause)).toBe(1);
    expect(enumerates(clause)).toBe(false);
    expect(seriesLength('It bans the words "spam", "junk", "bulk" and "content".')).toBe(4);
  });
  it("takes four items as a list, three as everyday prose", () => {
    expect(enumerates("It covers roaming, numbering, spam and fraud.")).toBe(true);
    expect(enumerates("It covers security (5A), spam (5B) and the Internet.")).toBe(false);
  });
});

describe("seriesHead", () => {
  it("gives the words a series hangs on when the sentence opens with them", () => {
    expect(
      seriesHead("Issues announced beforehand included roaming, numbering, taxation and spam."),
    ).toBe("Issues announced beforehand");
    expect(
      seriesHead("Its aims: lower prices, open standards, fewer rules and a short text."),
    ).toBe("Its aims");
  });
  it("gives none for a series named late, a clause before it, or no series", () => {
    expect(
      seriesHead(
        "Proposals on security, spam, naming and numbering, and on operators drew criticism.",
      ),
    ).toBeUndefined();
    expect(
      seriesHead(
        "After a long night of talks in the main hall the delegates finally included roaming, numbering, taxation and spam.",
      ),
    ).toBeUndefined();
    expect(seriesHead("The issues included roaming and spam.")).toBeUndefined();
  });
});

describe("countsIn", () => {
  it("gives the counts written in digits, without years and days of a month", () => {
    expect(countsIn("On 14 December 2012, 89 of the 144 delegations signed.")).toEqual([
      "89",
      "144",
    ]);
    expect(countsIn("A petition signed by more than 35,000 members, in 2012.")).toEqual(["35,000"]);
    expect(countsIn("Article 5A and TD-64 were debated.")).toEqual([]);
  });
});

describe("leansOnPrevious", () => {
  it("reads a conclusion drawn within a sentence as leaning on the one before", () => {
    expect(leansOnPrevious("Cybercrime proposals therefore raised a prior question.")).toBe(true);
    expect(leansOnPrevious("The ITU should thus keep out of treaty wording.")).toBe(true);
    expect(leansOnPrevious("He said the treaty should stay high-level.")).toBe(true);
  });

  it("reads a sentence likening itself to the one before as leaning on it", () => {
    expect(leansOnPrevious("The head of delegation made similar points.")).toBe(true);
    expect(leansOnPrevious("The Czech delegation likewise said bulk mail is content.")).toBe(true);
    expect(leansOnPrevious("Kenya made the same argument in June.")).toBe(true);
    expect(leansOnPrevious("The two drafts used similar wording.")).toBe(false);
  });

  it("does not read 'thus far' or a sentence with its own grounds as leaning back", () => {
    expect(leansOnPrevious("No state has thus far ratified the text.")).toBe(false);
    expect(leansOnPrevious("The assembly revised Resolution 52 on spam.")).toBe(false);
  });
});

describe("opensWithReferent", () => {
  it("reads a sentence opening with a pronoun, a demonstrative or a connective as leaning back", () => {
    expect(opensWithReferent("He said the treaty should stay high-level.")).toBe(true);
    expect(opensWithReferent("These included three new articles.")).toBe(true);
    expect(opensWithReferent("That resolution lists five ways of fighting spam.")).toBe(true);
    expect(opensWithReferent("That was the first vote of the conference.")).toBe(true);
    expect(opensWithReferent("However, the vote went ahead.")).toBe(true);
  });

  it("reads a sentence opening with its own subject as standing alone", () => {
    expect(opensWithReferent("The assembly revised Resolution 52 on spam.")).toBe(false);
    expect(opensWithReferent("Thailand proposed a spam article.")).toBe(false);
    expect(opensWithReferent("Theirs was a minority view.")).toBe(false);
  });
});

describe("isAboutTheCorpus", () => {
  it("reads a sentence pointing at the corpus or one of its notes, named or not", () => {
    expect(isAboutTheCorpus("This corpus did not verify the full list.")).toBe(true);
    expect(
      isAboutTheCorpus("Its later proposals are covered in the Internet-governance note."),
    ).toBe(true);
    expect(isAboutTheCorpus("The other briefing notes give the details.")).toBe(true);
    expect(isAboutTheCorpus("Delegates took note of the Chair's proposal.")).toBe(false);
    expect(isAboutTheCorpus("A footnote in the draft was deleted.")).toBe(false);
  });
});

describe("openingPlural and countsNoun", () => {
  it("reads the plural noun a sentence opens with", () => {
    expect(openingPlural("The resolutions cover small island states.")).toBe("resolutions");
    expect(openingPlural("The US did not sign.")).toBeUndefined();
    expect(openingPlural("Five resolutions were adopted.")).toBeUndefined();
  });

  it("finds that noun counted, in words or digits, perhaps after an adjective", () => {
    expect(countsNoun("…two appendices, and five resolutions.", "resolutions")).toBe(true);
    expect(countsNoun("It added 32 new proposals.", "proposals")).toBe(true);
    expect(countsNoun("Several resolutions were discussed.", "resolutions")).toBe(true);
    expect(countsNoun("The resolutions were discussed.", "resolutions")).toBe(false);
    expect(countsNoun("It adopted five articles.", "resolutions")).toBe(false);
  });
});
