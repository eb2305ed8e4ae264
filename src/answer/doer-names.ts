// The doer a question names and where a sentence names it: the name a why/how question asks about
// as its verb's doer (`doerName`, `doerOwnsActor`), the body a when question names as its event's
// doer (`eventDoerName`), and whether a sentence writes that name only where it does nothing
// (`namesOnlyAsNonDoer`) or only qualifying a noun (`namesOnlyAsQualifier`).
import { GRIEVANCE_NOUNS } from "../search/question-leads.ts";
import { taggedWords } from "./tagged-words.ts";

/**
 * "Why did Tunisia back…", "How did ETNO lobby…", "Why did the Saudis back…": the name a why/how
 * question asks about as the doer of its verb (the word after the auxiliary and any "the",
 * capitalised, possessive dropped), if it names one. (With "the" read too, on the tuning half of
 * 1,345 questions: out-of-scope refused 285 → 286 of 346, no in-scope answer changed.) ("What did X
 * say…" has its own rule, which lets a role stand for the name: "the chair told delegates…".)
 */
// (And the why questions asked without an auxiliary: "How come Iran pushed…", "What made India
// back…", "What drove ETNO to…", "What was behind Washington's opposition…"; and "why on earth did
// X…"; and what X stood to gain: "what was in it for the UAE to host…".)
const DOER_NAME =
  /^\s*(?:(?:why|how)(?:\s+on\s+earth|\s+in\s+the\s+world)?\s+(?:did|does|do|was|were|is|are|has|have|had|would|could)|how\s+come|what(?:'s|’s|\s+(?:was|is|were|are))\s+in\s+it\s+for|what\s+(?:made|makes|drove|drives|got|possessed|(?:was|is)\s+driving|led|leads|prompted|prompts|pushed|pushes|motivated|motivates|(?:was|is|were|are|lay|lies)\s+behind))\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}-]*)/iu;

/**
 * "What was INDIA's reason for…", "what were the Czechs' grounds…", "what was the RUSSIAN
 * minister's reasoning…": the reasons asked are the possessor's, as a why question's are its
 * doer's (a possessor of a name and one noun is read by its name).
 */
const REASON_POSSESSOR = new RegExp(
  String.raw`^\s*what(?:'s|’s|\s+(?:was|were|is|are))\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}-]*?)(?:\s+\p{L}+)?(?:'s|’s|s'|s’|')\s+(?:(?:main|real|stated|actual|own|official)\s+)?(?:reasons?|motivations?|motives?|rationale|reasoning|thinking|logic|grounds|justifications?|${GRIEVANCE_NOUNS})\b`,
  "iu",
);

/**
 * Whether the doer a why question names is written only as the owner of what acts ("Why did
 * CHINA's C59 contribution draw a question…"): the act is its thing's, not the owner's own. (Not
 * "What was behind WASHINGTON's opposition…", where what it owns is the act asked.)
 */
export function doerOwnsActor(question: string): boolean {
  const m = DOER_NAME.exec(question);
  return (
    m !== null &&
    !/\bbehind\s/i.test(m[0]) &&
    /^['’]s?\s/.test(question.slice(m.index + m[0].length))
  );
}

export function doerName(question: string): string | undefined {
  const word = DOER_NAME.exec(question)?.[1] ?? REASON_POSSESSOR.exec(question)?.[1];
  // The "i" flag lets the wh-word be any case; the doer must still be capitalised.
  return word !== undefined && /^\p{Lu}/u.test(word) ? word : undefined;
}

/**
 * "When did the Senate pass…", "On what date did the House approve…": the body a when question
 * names as the doer of its event (a one-word name after "did" and any "the", before a word in
 * lower case: not "When did the Budapest Convention…", "When was the Melbourne gathering…"), if
 * it names one.
 */
const EVENT_DOER =
  /^\s*(?:[Ww]hen|[Oo]n\s+what\s+(?:date|day)|[Ww]hat\s+date)\s+(?:did|does|do|has|have|had)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}-]*)\s+(?:\p{Ll}+ly\s+)?\p{Ll}/u;

export function eventDoerName(question: string): string | undefined {
  const m = EVENT_DOER.exec(question);
  const name = m?.[1];
  if (m === null || name === undefined) return undefined;
  // "When did the Dubai conference kick off / finish?": a name before a noun and its verb
  // qualifies the noun, which is the doer ("the Dubai conference … took place in Dubai"); the
  // tagger reads the closing verb as a noun as often as not, so any word in lower case after
  // the noun but a preposition or a determiner is its verb ("the Senate vote on…" keeps the
  // Senate, "the House approve H. Con. Res. 127" the House).
  const after = taggedWords(question.slice(m.index + m[0].length - 1)).slice(0, 2);
  const [next, then] = after;
  const qualifies =
    next?.tags.includes("Noun") === true &&
    !next.tags.includes("Verb") &&
    then !== undefined &&
    /^\p{Ll}/u.test(then.text) &&
    !then.tags.some((tag) => ["Preposition", "Determiner", "Conjunction", "Pronoun"].includes(tag));
  return qualifies ? undefined : name;
}

/**
 * Words a doer's name may run on with before its verb: "the House also passed", "Canada and the
 * US opposed it", "the Czech Republic, other European countries, Canada and the US opposed it"
 * (and the capitalised words of other names).
 */
const AFTER_DOER = ["Adverb", "Auxiliary", "Negative", "Conjunction", "Determiner"];
/** How many such words at most. */
const AFTER_DOER_WORDS = 5;

/**
 * Whether `sentence` writes `name` (as the question wrote it), and only where it does nothing:
 * each time as where something went ("it was sent to the Senate") or as a word qualifying
 * another noun ("a related Senate resolution"), never before a verb as its doer ("the Senate
 * passed", "Canada and the US opposed it"), as an agent ("by the Senate") or as an owner ("the
 * Senate's vote").
 */
export function namesOnlyAsNonDoer(sentence: string, name: string): boolean {
  const folded = name.toLowerCase();
  const words = taggedWords(sentence);
  let named = false;
  for (const [j, w] of words.entries()) {
    const bare = w.text.toLowerCase().replace(/['’]s?$/, "");
    if (bare !== folded) continue;
    named = true;
    if (/['’]s?$/.test(w.text) || /^by$/i.test(words[j - 1]?.text ?? "")) return false;
    let k = j + 1;
    for (let skipped = 0; skipped < AFTER_DOER_WORDS; skipped++) {
      const next = words[k];
      if (next === undefined || next.tags.includes("Verb")) break;
      if (!AFTER_DOER.some((t) => next.tags.includes(t)) && !/^\p{Lu}/u.test(next.text)) break;
      k++;
    }
    if (words[k]?.tags.includes("Verb") === true) return false;
  }
  return named;
}

/**
 * Whether `sentence` writes `name` (one word, as the question wrote it) and each time only as a
 * word qualifying the noun after it, with a determiner before, in what a verb governs: "Not every delegation shared the US
 * view", "a related Senate resolution". Such a sentence speaks of the noun, not of what the named
 * party held. (The tagger takes some such nouns for bare verbs, "the US view"; a single capitalised
 * name after "the" never governs a bare present, which only a plural would.)
 */
export function namesOnlyAsQualifier(sentence: string, name: string): boolean {
  const folded = name.toLowerCase();
  const words = taggedWords(sentence);
  let named = false;
  for (const [j, w] of words.entries()) {
    if (w.text.toLowerCase() !== folded) continue;
    named = true;
    const before = words[j - 1];
    const after = words[j + 1];
    if (before === undefined || !before.tags.includes("Determiner")) return false;
    if (after === undefined || /^\p{Lu}/u.test(after.text) || (w.post ?? "").trim() !== "")
      return false;
    const noun = after.tags.includes("Noun") && !after.tags.includes("Pronoun");
    const bare = after.tags.includes("Infinitive") && !after.tags.includes("Auxiliary");
    if (!noun && !bare) return false;
    // Within what a verb before it governs, the noun not itself a doer: "shared the US view", not
    // "The US delegation walked out" nor "said the US delegation would…".
    if (!words.slice(0, j).some((x) => x.tags.includes("Verb"))) return false;
    if (words[j + 2]?.tags.includes("Verb") === true) return false;
  }
  return named;
}

/**
 * "Who in the Indonesian government…", "who at the FCC…", "which official at the ITU…", "which
 * two people at Mercatus…", "who from Egypt…", "who inside the US delegation…": a who question
 * asking for someone inside a body, not the body. The body's words (up to the question's verb),
 * if it asks so. A sentence naming only the body ("Indonesia urged…") does not say who.
 */
const MEMBER_ASKED =
  /^\s*(?:[Ww]ho|[Ww]hich\s+(?:(?:one|two|three|\d+)\s+)?(?:officials?|persons?|people|delegates?|individuals?|staffers?|officers?|ministers?))\s+(?:exactly\s+|specifically\s+)?(?:in|at|within|from|inside)\s+((?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*|[\p{Ll}'’.-]+)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|government|ministry|delegation|regulator|administration|agency|secretariat|team|side|camp))*)/u;

export function memberAskedOf(question: string): string | undefined {
  const m = MEMBER_ASKED.exec(question.replace(/^\s*(?:>[^\n]*\n|[^\n?]*\n)*/u, ""));
  const body = m?.[1];
  // (The body is named: a capitalised word in it, not "who in the room", "who at the time".)
  return body !== undefined && /\p{Lu}/u.test(body) ? body : undefined;
}
