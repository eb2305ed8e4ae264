// A claim to check ("Fact check: 120 countries signed…", "Is it true that Kramer resigned…?"):
// the figures it states, which a place may correct with its own, and whether its verb stands where
// the question's terms meet.

import { MONTHS, trimWord } from "../text.ts";
import { isCommonWord } from "./common-words.ts";
import { isYearTerm } from "./evidence.ts";
import { claimsCompulsion, statesWeakerAct } from "./hedged-act.ts";
import type { Analyze, KeyTerm } from "./terms.ts";

/**
 * "Fact check: Saudi Arabia SIGNED the 2012 ITRs", "Is it true that Kramer RESIGNED…?": a claim
 * says its subject did something, and a place that names the subject without saying what it did
 * (Saudi Arabia among a leaked text's sponsors) neither confirms nor corrects the claim. The
 * claim's first verb (not a common one: "came into force", "was adopted" say little) must stand
 * where the question's terms meet. On the tuning half (754 questions): out-of-scope refused 132 →
 * 134 of 153, no in-scope answer changed.
 *
 * A plain yes/no ("Did Touré CHAIR WCIT-12?") is read the same way for its label only
 * (`assessRelevance`): where its verb is missing, or stands only as a title ("…sent Touré and the
 * Chair a letter"), the answer is never "full". Refusing such a question instead refused 13
 * in-scope yes/no questions of the tuning half ("did russia ever sign up to it?" is answered by
 * "Russia refused to join") for 1 more near miss; the label alone changed no tuning answer.
 */
export function claimVerbStood(
  claim: string,
  keyTerms: readonly KeyTerm[],
  window: { unmet: readonly KeyTerm[]; text: string },
  analyzeText: Analyze,
): "met" | "unmet" | "as a noun" {
  // A verb the claim inflects ("signed", "defines"): a bare form may be a noun the tagger took
  // for a verb ("ETNO's sender-pays PLAN made it into…"). Not an everyday one: "the coalition
  // HANDED delegates its signatures" is "delivered" in a source. After "did/does/will…" a bare
  // form not after a determiner or a possessive is the verb: "Did Touré CHAIR the conference?"
  // (The first clause's: "X came into force in 2004, and Russia signed up to it" claims two
  // things, and its first verb is "came"; the second clause's "signed" is no verb of the first.)
  const firstClause = claim.split(NEXT_CLAUSE)[0] ?? claim;
  const claimWords = firstClause.split(/\s+/);
  const bare = DO_SUPPORT.test(claim)
    ? claimWords.filter(
        (_w, i) =>
          i > 0 &&
          !DETERMINER_BEFORE.test(claimWords[i - 1] ?? "") &&
          !/['’]s?$/.test(claimWords[i - 1] ?? ""),
      )
    : [];
  const inflected = new Set(
    [...(firstClause.match(/[\p{L}'-]+(?:ed|s)\b/giu) ?? []), ...bare].flatMap((w) =>
      analyzeText(w),
    ),
  );
  const verb = keyTerms.find(
    (k) => k.verb === true && k.predicate === true && !k.fromContext && inflected.has(k.term),
  );
  if (verb === undefined || verb.generic || verb.everyday) return "met";
  if (window.unmet.some((k) => k.term === verb.term)) {
    // "EFF FORCED member states to hand over the prep docs, right?" where the place says EFF
    // "urged Member States to release…": a claimed compulsion the place states in a weaker form
    // is corrected there, not left unstated (`hedged-act.ts`); answered, never "full".
    const corrected = claimsCompulsion(verb.term) && statesWeakerAct(window.text);
    return idiomVerb(verb) || corrected ? "as a noun" : "unmet";
  }
  // "Touré CHAIRED it" is not stated by "…sent Touré and THE CHAIR a letter": where the word
  // stands only as a noun after a determiner, the place may be about the claim, but does not
  // state it.
  const words = window.text.split(/\s+/);
  const uses = words.flatMap((w, i) => (analyzeText(w).includes(verb.term) ? [i] : []));
  return uses.length > 0 && uses.every((i) => DETERMINER_BEFORE.test(words[i - 1] ?? ""))
    ? "as a noun"
    : "met";
}

/**
 * "any chance C59 SPELLED OUT which it meant", "H. Con. Res. 127 SAILED THROUGH the House, right":
 * a claim's verb that is a phrasal verb the corpus never writes in any form is the asker's idiom
 * for an act the notes word otherwise ("asked China to say which it meant", "approved it
 * unanimously"), not an event a place could state. No place can say it, so its absence there
 * neither confirms nor corrects the claim: the claim is answered as a plain yes/no whose verb the
 * place lacks is (never "full"), not refused. A verb the corpus does write ("signed", "chaired")
 * still has to stand where the claim's terms meet.
 */
function idiomVerb(verb: KeyTerm): boolean {
  return verb.phrasal === true && verb.unseen === true;
}

/**
 * ", and …": where a claim's second clause, with its own subject, starts. (Not ", but": "Correct
 * me if I'm wrong, but X chaired…" frames the one claim it opens.)
 */
const NEXT_CLAUSE = /\s*,\s*and\s+/i;

const DETERMINER_BEFORE = /^(?:the|a|an|its|their|his|her|our|this|that)$/i;

/** A yes/no question asked with "did", "does", "will"…: the verb after its subject is bare. */
const DO_SUPPORT = /^(?:did|does|do|didn't|doesn't|don't|will|would|won't|can|could|should)\b/i;

/** A figure a claim states: its index terms, and what it counts or that it is a date. */
export interface ClaimedFigure {
  terms: ReadonlySet<string>;
  date: boolean;
  /** For a count: whether a word is the thing counted ("120 COUNTRIES"). */
  counted?: (word: string) => boolean;
}

const FIGURE = /^\d(?:[\d,.]*\d)?$/;
/** A vote's tally written as one word: "89-55", "77–33". */
const TALLY = /^\d{1,3}[-–]\d{1,3}$/;
const MONTH = new RegExp(`^(?:${MONTHS})$`, "i");
/** What stands before a year that dates a claim: a preposition of time, or a day and month. */
const DATING_WORD = new RegExp(
  `^(?:in|from|by|since|until|till|on|before|after|during|around|of|${MONTHS})$`,
  "i",
);

/**
 * "120 countries signed", "took effect in 2013", "in November 2012": the figures a claim states,
 * which is what a claim heard second-hand most often has wrong. A count is of the word after it
 * (none when a common word follows: "passed 89 to 55"). A place giving its own count of that
 * thing, or its own date, answers the claim by correcting it. (Not a month: "in Geneva in
 * November" met a Geneva meeting of another November, the place and the month both wrong.) With
 * the claim's verb read as its first inflected one, on the tuning half (754 questions): nugget
 * recall 0.854 → 0.859, wrong refusals 32 → 29 of 601, out-of-scope refused 134 of 153 and
 * answered "full" 0 unchanged.
 *
 * A plain yes/no question stating a figure ("Did 100 countries sign…?", "Are the ITRs meant to
 * apply from 1 January 2014?", "passed 300 to 0") is such a claim too, with one difference
 * (`datedYearsOnly`): a year naming the thing asked ("the 2026 Plenipotentiary", "the 2012 ITRs")
 * says which thing, and only a year after a preposition of time or a month dates the claim
 * (read as a claim's date, "the 2026 Plenipotentiary" was met by "a final report was due to
 * Council 2026": a near miss answered). A tally written as one word ("89-55") is two counts. On
 * the tuning half (1,131 questions): recall 0.833 → 0.838, yes-no 0.841 → 0.866, wrong refusals
 * 58 → 54 of 848, out-of-scope refused 231 of 283 and answered "full" 0 unchanged.
 */
export function claimedFigures(
  claim: string,
  analyzeText: Analyze,
  options: { datedYearsOnly?: boolean } = {},
): ClaimedFigure[] {
  const words = claim
    .split(/\s+/)
    .map(trimWord)
    // "passed 89-55": a tally's two counts, each a figure of its own.
    .flatMap((w) => (TALLY.test(w) ? w.split(/[-–]/) : [w]));
  return words.flatMap((word, i): ClaimedFigure[] => {
    if (!FIGURE.test(word)) return [];
    const terms = new Set(analyzeText(word));
    // "from 1 January 2014": a day is part of the date it opens, not a count of January.
    if (MONTH.test(words[i + 1] ?? "")) return [{ terms, date: true }];
    if (isYearTerm(word)) {
      // "the 2026 Plenipotentiary", "the 2012 ITRs": a year naming the thing is which thing is
      // asked, not a detail of the claim; "in 2001", "from 1 January 2014" date what it says.
      if (options.datedYearsOnly && !DATING_WORD.test(words[i - 1] ?? "")) return [];
      return [{ terms, date: true }];
    }
    const next = words[i + 1] ?? "";
    const thing = /^\p{L}[\p{L}'-]*$/u.test(next) && !isCommonWord(next) ? analyzeText(next) : [];
    return [
      {
        terms,
        date: false,
        ...(thing.length > 0
          ? { counted: (w: string) => analyzeText(w).some((t) => thing.includes(t)) }
          : {}),
      },
    ];
  });
}
