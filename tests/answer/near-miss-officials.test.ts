// "Officials" asked of where the corpus names no official (issue #12, trust): a rule letting any
// person's name meet "officials" (fresh18, this session) answered these two near misses, and was
// taken out. They stay refused.
import { describe } from "vitest";
import { refusesEach } from "../support/coverage-cases.ts";
import { shippedEngine } from "../support/extractive-engine.ts";

const real = shippedEngine("wcit-near-miss-officials-");

describe("officials the corpus never names (real corpus)", () => {
  refusesEach(
    real,
    ["Which officials leaked TD-64?", "Which US officials went to the 2014 Busan conference?"],
    "%s is not covered",
  );
});
