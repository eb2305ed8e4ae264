// The share of the question's weight a place must hold (issue #12, thresholds20): a verb,
// adjective or adverb of the asker's own ("advise", "defended", "pushed") that a place lacks costs
// little, since sources word what happened otherwise; the near misses beside each lack a noun or
// a name the question turns on, and stay refused.
import { describe, expect, it } from "vitest";
import { answersEach, refusesEach } from "../support/coverage-cases.ts";
import { starterEngine } from "../support/extractive-engine.ts";

describe("on the starter corpus", () => {
  const starter = starterEngine("wcit-thresholds-20-");

  answersEach(starter, [
    // (in-1429: "Russia asked the preparatory working group to add a definition of spam")
    "Who pushed to get a spam definition into the treaty's glossary section?",
    // (in-1205: "Parminder … argued that the final ITRs were broadly consistent…")
    "Which civil-society voices defended the final ITRs, and on what grounds?",
  ]);

  refusesEach(
    starter,
    [
      // Deep packet inspection is nowhere in the notes (out-194).
      "what did WTSA-12 decide on deep packet inspection right before Dubai?",
      // Nothing on roaming.
      "What did Kramer's team say about roaming charges?",
    ],
    "still refuses %s",
  );

  // The asker's hedge and an aside's label are no part of the question (thresholds20's batch):
  // read as content, "Hedging" and "Slack" opened it as names the corpus lacks.
  answersEach(starter, [
    "Hedging a bit because I'm not an expert on this, but why were people so worried about the African idea of the ITU harmonising data-retention rules?",
    "Slack aside: someone on our team swore the WCITLeaks people came out of some think tank - who actually founded the leak site?",
  ]);

  // A claim's verb keeps its weight: the place that settles it ("does not define 'Internet'") is
  // the one judged, not one lacking the verb.
  it("still answers a claim from the place stating its verb", async () => {
    expect(
      await starter.coverageOf(
        "Fact check: the final treaty text defines 'Internet'. true or false?",
      ),
    ).not.toBe("none");
  });
});
