// The thing a "what/which/how many" question asks about, as written (`askedThing`): the head noun
// after the question word, a kind after a quantifier ("did any EU country…"), a role after "who
// was" ("the Iranian delegate who…"), a kind before a relative clause ("the countries that
// backed…"); counted for "how many/much".
import { GRIEVANCE_ASKED, GRIEVANCE_NOUNS } from "../search/question-leads.ts";
import { kindOfName, PERSON } from "./name-kinds.ts";
import { RELATION_WORDS } from "./question-predicates.ts";
import { normalOf, type TaggedWord, taggedWords } from "./tagged-words.ts";

const QUESTION_WORDS = new Set(["what", "which", "how"]);
const COUNTING_WORDS = new Set(["many", "much"]);

/** The thing a "what/which/how many" question asks about; counted for "how many/much". */
export interface AskedThing {
  word: string;
  counted: boolean;
  /** Named by a possessive before it ("what AUSTRALIA'S delegation said"): no name is asked for. */
  owned?: boolean;
}

/**
 * The thing a "what/which/how many" question asks about, as written: the head noun right after
 * the question word ("How many pages…", "Which resolutions…", "What was Egypt's position on…"),
 * past a copula, determiners, possessives and adjectives. Undefined when a verb follows ("What
 * did…").
 */
export function askedThing(question: string): AskedThing | undefined {
  const words = taggedWords(question);
  const start = words.findIndex((w) => QUESTION_WORDS.has(normalOf(w)));
  const afterQuestionWord = start >= 0 ? thingAfterQuestionWord(words, start) : undefined;
  return (
    (grievanceNoun(question, afterQuestionWord) ? undefined : afterQuestionWord) ??
    kindAfterQuantifier(words) ??
    personAfterWho(words) ??
    kindBeforeRelative(words)
  );
}

/** Relative pronouns opening the clause that picks out which members of a kind are asked for. */
const RELATIVES = new Set(["that", "who", "which"]);

/**
 * "(list) the COUNTRIES that backed IAP-1", "(name) the delegations who walked out": a request
 * with no question word whose content opens with a kind noun and a relative clause asks for the
 * names of that kind, as "which countries backed IAP-1?" does; a place saying only "each shows
 * which countries backed it" names none. Read without it, such a list was answered in full from
 * that sentence. Only a kind of name (country, person, organisation…), only at the content's start.
 */
function kindBeforeRelative(words: readonly TaggedWord[]): AskedThing | undefined {
  if (!words[0]?.tags.includes("Determiner")) return undefined;
  const head = headNounFrom(words, 0);
  if (!head || !kindOfName(head)) return undefined;
  const at = words.findIndex((w) => normalOf(w) === head);
  const next = words[at + 1];
  return next && RELATIVES.has(normalOf(next)) ? { word: head, counted: false } : undefined;
}

/**
 * "Who was the Iranian DELEGATE who called the vote?": "who" and a copula before a role a person
 * is named by ask for that person's name, as "which delegate" does; a place naming only the
 * country ("Iran requested a vote") does not give it. Only those roles: "who was the ITU boss"
 * is answered however the source names the office. On the tuning half (542 questions): a near
 * miss answered "full" is refused (out-of-scope refused 90 → 91 of 109, answered "full" 1 → 0),
 * no in-scope answer changed.
 */
function personAfterWho(words: readonly TaggedWord[]): AskedThing | undefined {
  const start = words.findIndex((w) => normalOf(w) === "who");
  if (start < 0 || !words[start + 1]?.tags.includes("Copula")) return undefined;
  const head = headNounFrom(words, start + 2);
  return head && kindOfName(head) === PERSON ? { word: head, counted: false } : undefined;
}

function thingAfterQuestionWord(
  words: readonly TaggedWord[],
  start: number,
): AskedThing | undefined {
  let i = start + 1;
  const counted = normalOf(words[start] as TaggedWord) === "how";
  if (counted) {
    if (!words[i] || !COUNTING_WORDS.has(normalOf(words[i] as TaggedWord))) return undefined;
    i++;
  } else if (words[i]?.tags.includes("Copula")) i++;
  const head = headNounFrom(words, i);
  const owned = words[i]?.tags.includes("Possessive") === true;
  return head && !RELATION_WORDS.has(head)
    ? { word: head, counted, ...(owned ? { owned } : {}) }
    : undefined;
}

/**
 * Past determiners, possessives and adjectives from `i`, the last noun of the run that follows. A
 * people's adjective ("Asian", "Russian") modifies the noun after it, as any adjective does; its
 * plural ("Europeans") is a noun.
 */
function headNounFrom(words: readonly TaggedWord[], start: number): string | undefined {
  let i = start;
  const skippable = (w: TaggedWord) =>
    w.tags.includes("Determiner") ||
    w.tags.includes("Possessive") ||
    w.tags.includes("Adjective") ||
    w.tags.includes("Value") ||
    (w.tags.includes("Demonym") && !w.tags.includes("Plural") && !/s$/i.test(w.text));
  while (words[i] && skippable(words[i] as TaggedWord)) i++;
  let head: string | undefined;
  while (words[i]?.tags.includes("Noun") && !words[i]?.tags.includes("Pronoun")) {
    head = normalOf(words[i] as TaggedWord);
    i++;
  }
  return head;
}

/**
 * Determiners that ask whether there is one of a kind at all ("did ANY country…", "SOME city").
 * Not "each" or "every": "Did the treaty replace the old one for EVERY country?" asks whether it
 * held for all of them, which "only among parties to the 2012 text" answers without a name.
 */
const QUANTIFIERS = new Set(["any", "some"]);

/**
 * "Did any EU country sign?", "Has some organisation objected?": a question without a question
 * word asks for a name of a kind just as "which country" does when a quantifier stands before the
 * kind noun. Only kind nouns: "did any delegate object" is met by "delegates objected".
 */
function kindAfterQuantifier(words: readonly TaggedWord[]): AskedThing | undefined {
  for (let i = 0; i < words.length; i++) {
    if (!QUANTIFIERS.has(normalOf(words[i] as TaggedWord))) continue;
    const head = headNounFrom(words, i + 1);
    if (head && kindOfName(head)) return { word: head, counted: false };
  }
  return undefined;
}

const GRIEVANCE_NOUN = new RegExp(`^(?:${GRIEVANCE_NOUNS})$`, "i");

/**
 * "What was Russia's BEEF with the Budapest treaty?": a grievance asked is the party's reasons,
 * which a source states as grounds ("citing sovereignty"), never by the asker's noun: no thing is
 * asked.
 */
function grievanceNoun(question: string, thing: AskedThing | undefined): boolean {
  return thing !== undefined && GRIEVANCE_NOUN.test(thing.word) && GRIEVANCE_ASKED.test(question);
}
