// A question comparing: the words that ask for a comparison ("compare", "vs", "differ", "at
// odds"), the sides it names as written, the holder a side is written with, and an ask of one side
// after a lead-in setting two against each other. Read by `analyzeQuestion` (question.ts).

import { splitSentences } from "../text.ts";
import { NAMED_SIDE_ON_ASPECT, TIMING_ADVERB } from "./named-side-on-aspect.ts";
import { AUXILIARY } from "./question-words.ts";

export const COMPARE_SIGNAL =
  /\b(?:compar(?:e|ed|es|ing|ison)|contrast(?:ed|s|ing)?|versus|vs\.?|v\.|differ(?:s|ed|ent|ence|ences)?|distinguish(?:es|ed)?|similarit(?:y|ies)|(?:on )?the same page|(?:see|saw|seeing) eye to eye|far apart|at odds|alike|stack(?:s|ed)? up against|squares? with|lines? up with|set\s.+?\sagainst|each (?:of (?:them|the two|those)|one(?:'s)?|side|camp)|(?:one|a) (?:line|sentence) (?:each|apiece|on each|for each))\b/i;

/** "the US's and Russia's positions", "the US and Russia's positions": two sides' views side by side. */
export const POSITIONS_PAIR =
  /\b[\w.-]+(?:'s|')?\s+(?:and|or)\s+(?:[\w.-]+\s+){0,3}?[\w.-]+(?:'s|')\s+(?:respective\s+)?(?:positions|views|stances|approaches|proposals|policies|arguments)\b/i;

/** What may follow the last side: the aspect compared ("positions on spam"), never part of a side. */
const SIDE_TAIL = new RegExp(
  String.raw`\s+(?:(?:positions?|views?|stances?|approach(?:es)?|proposals?|attitudes?|lines?|policies|policy|arguments?|votes?|roles?|reactions?|responses?|delegations?|definitions?|treatment|wording|texts?|versions?|language|objections?|concerns?)\b.*|${TIMING_ADVERB}(?:on|about|over|regarding|concerning|towards?|in|at|during|before|after|when|going|with regard to|with respect to|as to|differ(?:ed|s)?|compare|diverge(?:d)?|stand|disagree(?:d)?)\b(?!-).*)$`,
  "i",
);

/**
 * "the US, the EU and Russia" → ["the US", "the EU", "Russia"]. A part opening with one possessor
 * ("Chaparro's verdict on the 2012 text", "Brazil's position on the security article") is that
 * possessor alone: what follows is the aspect compared, and its own "and" ("the final security and
 * spam articles") joins no sides.
 */
function splitSides(text: string): string[] {
  return text
    .split(/\s+(?:versus|vs\.?|v\.|with|to|from|against)\s+/i)
    .flatMap((part) => {
      const possessor = POSSESSOR_LED.exec(part.trim());
      if (possessor) return [possessor[1] as string];
      return part.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/i);
    })
    .map((s) => cleanSide(s))
    .filter((s) => s.length > 0 && !EMPTY_SIDE.test(s));
}

/**
 * A phrase led by a possessor of a few words, no list among them: "the ITU's official line on…".
 * Not where the aspect names a possessor of its own ("Kramer's read of Iran's vote"): the phrase
 * is then one nested name, kept whole as the side, which the side's passages must meet. Nor a
 * contraction ("what's new in…").
 */
const POSSESSOR_LED =
  /^((?:(?!\b(?:and|or|what|how|whether)\b)[^,'’\s]+\s+){0,3}?(?!(?:what|that|it|who|there|here|where|how)['’]s\b)[^,'’\s]+)(?:'s|'|’s|’)\s+(?!(?:and|or)\b)(?![^'’]*\p{L}(?:'s|’s|s'|s’)(?:\s|$))[\p{L}\d]/iu;

/** What names no side: a pronoun, a time, a bare question word ("or not", "before vs after"). */
const EMPTY_SIDE =
  /^(?:not|them|they|it|each|both|either|before|after|then|now|how|what|which|others?|different|same)$/i;

function cleanSide(side: string): string {
  return (
    side
      // "what did Indonesia want", "what the House passed": the ask around a side is not the side.
      .replace(/^(?:what|how)\s+(?:(?:did|do|does|was|were|is|are)\s+)?/i, "")
      // "what's new in the 2012 text vs 1988": the side is what the change is in.
      .replace(/^what(?:['’]s|\s+is|\s+was)\s+(?:new|different|changed)\s+in\s+/i, "")
      .replace(SIDE_TAIL, "")
      // "the US one", "the European ones": the pro-form stands for the aspect compared.
      .replace(/(?<=\S)\s+ones?$/i, "")
      .replace(/(?:'s|'|’s|’)$/u, "")
      .replace(/^(?:both|either|between)\s+/i, "")
      .replace(/[\s?.!,:;]+$/, "")
      .trim()
  );
}

/**
 * The holder a comparison's side is written with, before what it did: "the African regional
 * contribution" of "the African regional contribution wanted out of the ITR revision", "CEPT" of
 * "CEPT said it actually got out of Dubai". The subject before a verb in the past tense (a
 * regular "-ed" form or a common irregular one, after an adverb at most) that names someone (a
 * capital: "the number of countries that signed" has no holder), and holds a word besides a
 * determiner or a pronoun ("they asked for"); else the side as written. The words after it are
 * what the side did, which the last side written runs on into (the comparison's topic).
 */
export function sideHolder(side: string): string {
  const m = SIDE_CLAUSE.exec(side.trim());
  if (!m) return side;
  const holder = m[2] as string;
  if (PRONOUN_HOLDER.test(holder) || !/\p{Lu}/u.test(holder)) return side;
  return `${m[1] ?? ""}${holder}`;
}

const SIDE_CLAUSE =
  /^((?:the|its|their|his|her|our)\s+)?((?:(?!(?:did|do|does|was|were|is|are|has|have|had|that|who|which)\b)[\p{L}\p{N}.'’-]+\s+){0,3}?(?!(?:that|who|which)\b)[\p{L}\p{N}.'’-]+)\s+(?:(?:first|later|then|originally|initially|actually|really|eventually|\p{L}+ly)\s+)?(?:\p{Ll}+ed|said|sent|got|made|thought|saw|meant|sought|gave|took|won|told|wrote|put|brought|came|did|had|pitched|pushed)\b.*$/u;

const PRONOUN_HOLDER = /^(?:they|he|she|it|we|you|i|that|this|those|these)$/i;

/** "the positions of" before the sides: what is compared, not who. */
const ASPECT_OF =
  /^(?:the\s+)?(?:respective\s+)?(?:positions?|views?|stances?|approach(?:es)?|proposals?|roles?|arguments?|policies|reactions?|responses?)\s+(?:of|taken by|by|from)\s+/i;

/**
 * The sides a comparison names, as written; [] when it names fewer than two. `whole`: the
 * content is itself the list of sides (the request said "compare" and was removed).
 */
export function comparisonSides(content: string, whole: boolean): string[] {
  return readSides(content, whole).sides;
}

/**
 * The sides a comparison names, and whether they were read from a list after a count
 * (`countedSides`), read once: the question's analysis needs both.
 */
export function readSides(content: string, whole: boolean): { sides: string[]; counted: boolean } {
  const counted = countedSides(content);
  if (counted.length >= 2) return { sides: counted, counted: true };
  return { sides: namedSides(content.replace(/[?.!]+\s*$/, ""), whole), counted: false };
}

/** The sides a comparison names in its wording ("A vs B", "compare A and B"), not after a count. */
function namedSides(text: string, whole: boolean): string[] {
  if (whole) {
    for (const clause of [...text.split(CLAUSE_BREAK), text]) {
      const sides = splitSides((clause ?? "").trim().replace(ASPECT_OF, ""));
      if (sides.length >= 2) return sides;
    }
  }
  // A side never spans a clause: "quick one for the memo - Kramer vs the Czechs on 5B, what was
  // each one's beef?" compares in its middle clause; the clauses are read first, then the whole.
  // Nor a sentence: "Context: we're prepping the board on WCIT. Genachowski vs Kramer: …" has no
  // side "WCIT. Genachowski".
  const clauses = splitSentences(text).flatMap((s) => s.text.split(CLAUSE_BREAK));
  for (const clause of clauses) {
    if (clause === undefined || clause.trim() === text) continue;
    const sides = sidesIn(clause.trim());
    if (sides.length >= 2) return sides;
  }
  return sidesIn(text);
}

/**
 * "two different access guarantees - the draft 5A.4 one and the preamble line Iran forced a vote
 * on - how do they differ", "three different things in our notes - the EP's gripe, the routing
 * language and what Busan delivered": a clause counting the things compared ("two different",
 * "three separate") names none of them; the clause after its dash or colon lists them, and is
 * read as the sides where it lists as many as were counted (up to its sentence's end: "…set up in
 * 2016. how do they differ"). Read as a whole, the count's clause ran into the first side ("two
 * different access guarantees - the draft 5a.4") or no side was read at all, and the question
 * was judged as one fact whose parts lie in different passages.
 */
export function countedSides(content: string): string[] {
  const text = content.replace(/[?.!]+\s*$/, "");
  const clauses = text.split(CLAUSE_BREAK_KEPT);
  for (let i = 0; i + 2 < clauses.length; i += 2) {
    const count = COUNTED_THINGS.exec(clauses[i] ?? "")?.[1]?.toLowerCase();
    if (count === undefined || !/^[-–—:]/.test((clauses[i + 1] ?? "").trim())) continue;
    const sides = listedItems(clauses[i + 2] ?? "");
    if (sides.length === (COUNT_WORDS[count] ?? 0)) return sides;
  }
  return [];
}

/**
 * The items a clause lists, up to its sentence's end: "the EP's gripe, the routing language and
 * what Busan delivered. break it down" → three. Each item whole, its own possessor kept ("China's
 * C59"): the thing compared is what the item names, not only whose it is.
 */
function listedItems(clause: string): string[] {
  const listed = clause.split(/[.?!]\s+/)[0] ?? "";
  return listed
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/i)
    .map((s) => cleanSide(s))
    .filter((s) => s.length > 0 && !EMPTY_SIDE.test(s));
}

/** A count of distinct things compared: "two different", "three separate", "2 distinct". */
const COUNTED_THINGS = /\b(two|three|four|2|3|4)\s+(?:different|separate|distinct)\b/i;
const COUNT_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  "2": 2,
  "3": 3,
  "4": 4,
};
/** A dash or colon between clauses, kept in the split so the count's clause knows what follows. */
const CLAUSE_BREAK_KEPT = /(\s+[-–—]+\s+|:\s+)/;

/**
 * Where a clause ends inside a question: a dash, colon, semicolon or question mark, a comma before
 * a question word ("…, what was each one's beef?") or before a request for a line each.
 */
const CLAUSE_BREAK =
  /\s+[-–—]+\s+|:\s+|;\s*|\?\s*|,\s*(?=(?:what|how|where|which|who|why|when|were|was|did|do|does|is|are|(?:a|one|in one) (?:line|sentence)|please)\b)/i;

/** The sides one clause names, by the patterns a comparison is worded in; [] for fewer than two. */
function sidesIn(text: string): string[] {
  const patterns: RegExp[] = [
    // "difference(s) between X and Y", "the dispute between X and Y"
    /\bbetween\s+(.+?)(?:\s+(?:on|over|about|regarding|in|at|during|when)\s+.*)?$/i,
    // "compare X and/with/to Y"
    /\b(?:compare|contrast|comparing|contrasting|comparison of)\s+(.+?)$/i,
    // "how did X and Y differ", "how do X's and Y's positions compare"
    /^how (?:did|do|does|were|are|was|is)\s+(.+?)\s+(?:differ|compare|diverge|contrast)\b/i,
    // "how did X's position differ from Y's", "in what ways did X differ from Y"
    // "how did X compare with Y", "how does X stack up against Y", "square with", "line up with"
    /^(?:how|in what ways?|in which ways?|where|why|what)\s+(?:did|do|does|were|are|was|is)\s+(.+?\s+(?:(?:differ|diverge)(?:ed|s)?\s+(?:from|with)|compared?\s+(?:with|to)|stack(?:ed)?\s+up\s+against|square\s+with|line\s+up\s+with)\s+.+)$/i,
    // "how were X and Y different", "in what ways are X and Y alike" (an adjective that ends the
    // clause: in "how did they deal with countries on different versions" it is no comparison)
    /^(?:how|in what ways?|in which ways?)\s+(?:did|do|does|were|are|was|is)\s+(.+?)\s+(?:(?:different|similar|alike)(?=\s*(?:$|[,;:?!.]|\s(?:in|on|from|to|over|about|when|at)\b))|(?:differ|compare|diverge)\b)/i,
    // "were X and Y (basically) on the same page", "are X and Y at odds": a yes/no question whose
    // idiom compares the two it names
    /^(?:were|are|was|is|did|do|does|have|had)\s+(.+?\s+(?:and|or)\s+.+?)\s+(?:[\w-]+ly\s+)?(?:(?:on )?the same page|at odds|far apart|alike|(?:see|saw|seeing) eye to eye)\b/i,
    // "X and Y ended up in very different places on… - how so?", "X and Y were far apart": a
    // statement setting the two against each other. (Tuning half, 650 q: recall 0.860 → 0.862,
    // wrong refusals 21 → 20 of 523, out-of-scope refused 104 of 127 and "full" 0 unchanged.)
    /^(.+?\s+and\s+.+?)\s+(?:(?:ended|wound)\s+up|were|are|stood|landed)\s+(?:in\s+)?(?:very\s+|quite\s+|so\s+)?(?:different|far apart|at odds)\b/i,
    // "how far apart were X and Y"
    /^how far apart (?:were|are|was|is)\s+(.+?)(?:\s+(?:on|over|about|in|when|going)\b.*)?$/i,
    // "set X against Y (for me)"
    /^set\s+(.+?\s+against\s+.+?)(?:\s+for\s+(?:me|us))?$/i,
    // "one line each for X, Y and Z on…", "a sentence apiece on X and Y"
    /\b(?:each|apiece)\s+(?:for|on|from|about)\s+(.+)$/i,
    // "X's verdict on the text vs Y's": the possessors, the aspect being theirs
    /^((?:[^\s'’]+\s+){0,3}?(?!(?:what|that|it|who|there|here|where|how)['’]s\b)[^\s'’]+(?:'s|'|’s|’)\s+.+?\s+(?:versus|vs\.?|v\.)\s+.+)$/iu,
    // "Kramer on cybersecurity vs Hill and Powers": a name with its aspect after "on"
    NAMED_SIDE_ON_ASPECT,
    // "X versus Y", "X vs. Y"
    /(?:^|\b(?:over|of|on|about|is|was|were|are|what|which)\s+)((?:(?!\b(?:over|of|on|about)\b).)+?\s+(?:versus|vs\.?|v\.)\s+.+)$/i,
    // "X and Y's positions": the two possessors
    /^(?:what|which|how)\s+(?:(?:were|was|are|is|did|do|does)\s+)?(.+?(?:'s|')\s+(?:and|or)\s+.+?(?:'s|'))\s+(?:positions?|views?|stances?|approach(?:es)?|proposals?)\b/i,
    /^(?:what|which|how)\s+(?:(?:were|was|are|is|did|do|does)\s+)?(.+?\s+and\s+.+?)(?:'s|')\s+(?:positions?|views?|stances?|approach(?:es)?|proposals?)\b/i,
    // "X and Y on the security scare", opening the clause that a later one asks of ("- where did
    // each of them come down?", "- how far apart were they?")
    /^(.+?\s+(?:and|vs\.?|versus)\s+.+?)\s+(?:on|about|over|regarding|concerning)\s+\S.*$/i,
  ];
  for (const re of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const sides = splitSides(
      (m[1] as string).replace(
        /\s+(?:(?:differ|diverge)(?:ed|s)?\s+(?:from|with)|compared?\s+(?:with|to)|stack(?:ed)?\s+up\s+against|square\s+with|line\s+up\s+with)\s+/i,
        " from ",
      ),
    );
    if (sides.length >= 2) return sides;
  }
  return [];
}

/**
 * "CEPT vs ETNO on sender-pays - why did CEPT knock ETNO's idea down?": a lead-in setting two
 * sides against each other, then, after a dash or a colon, an ask whose subject is one of them
 * and that compares nothing. The lead-in says what the thread of talk is; the ask is a why
 * question, and is answered as one (read as a comparison, its answer gave a sentence on each
 * side). Not where the ask compares ("…: how did their spin differ?"), asks of both ("what did
 * each / they / both…") or opens on no side ("…: who was right?").
 */
const SIDES_THEN_ASK = /^(.*?\s(?:versus|vs\.?|v\.)\s.+?)(?:\s+[-–—]+\s+|:\s+)(.+)$/iu;

/** The subject of an ask after its question word and auxiliary: "why did CEPT…", "when did the Russians…". */
// (Its question words stay written out: it has never read "whom" or "whose".)
const ASK_SUBJECT = new RegExp(
  String.raw`^(?:what|when|why|how|where|who|which)(?:\s+\w+)?\s+${AUXILIARY}\s+(?:the\s+)?([\p{L}\p{N}.&/-]+)`,
  "iu",
);

const BOTH_SIDES = /\b(?:they|them|both|each|either|the two|between|together)\b/i;

export function askOfOneSide(lead: string, sides: readonly string[]): string | undefined {
  if (sides.length < 2) return undefined;
  const m = SIDES_THEN_ASK.exec(lead);
  const ask = m?.[2]?.trim();
  if (!ask || COMPARE_SIGNAL.test(ask) || BOTH_SIDES.test(ask)) return undefined;
  const subject = ASK_SUBJECT.exec(ask)?.[1]?.toLowerCase();
  if (!subject || subject.length < 2) return undefined;
  // A side is named by its last word ("the Parliament", "Russia" for "the Russians").
  const named = sides.filter((side) => {
    const head = side.split(/\s+/).at(-1)?.toLowerCase() ?? "";
    if (head.length < 2) return false;
    return subject === head || (head.length >= 4 && subject.startsWith(head));
  });
  return named.length === 1 ? ask : undefined;
}
