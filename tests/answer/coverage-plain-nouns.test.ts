// A missing noun of common English in a window that meets everything else (issue #12,
// coverage22): its corpus weight measures how seldom the notes use everyday words, not how much of
// the question it carries, so it costs what a common word does. The near misses beside each lack
// something more (the topic itself, the question's verbs, the thing asked) and stay refused.
import { describe } from "vitest";
import { answersEach, refusesEach } from "../support/coverage-cases.ts";
import { starterEngine } from "../support/extractive-engine.ts";

describe("on the starter corpus", () => {
  const starter = starterEngine("wcit-plain-nouns-");

  answersEach(starter, [
    // (in-1859: the window says how the CWG became "the official preparatory process")
    "How did the Council working group end up as the official prep track for Dubai?",
    // (in-1533: "leaked files", where the notes say "documents")
    "How many leaked files had WCITLeaks put up around the time of the conference?",
    // (in-881: a claim to correct, whose "project" the notes never use for WCITLeaks)
    "I heard WCITLeaks was an EFF project. Correct?",
  ]);

  refusesEach(
    starter,
    [
      // The topic itself ("roaming") is missing too.
      "What did Kramer's team say about roaming charges?",
      // The question's verbs ("react", "pulled") are missing too.
      "How did the Saudis react when the RUC text was pulled off the table?",
      // The word beside the plain noun ("global") is missing too.
      "Did anyone at WCIT-12 propose a global tax on Internet traffic?",
      // No count of submissions: "5A.4" names a paragraph.
      "how many submissions did the ITU's public comment page get before Dubai?",
    ],
    "still refuses %s",
  );
});
