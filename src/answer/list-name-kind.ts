// A list counting a kind of name over the whole record ("every european govt our notes name as
// not signing", "every named person our notes have defending the text"): its items are names of
// that kind (countries, people, organisations), which the notes write as the names themselves,
// never as the asker's noun. Read as `kindNamer` reads a kind the notes do write.
import type { PassageView, Sentence } from "./extractive-view.ts";
import { isOfKind, kindOfName, type NameKind } from "./name-kinds.ts";
import { taggedWords } from "./tagged-words.ts";

/**
 * The kind of name a list counts (`listKind`, as typed), where it is one kind whose last word
 * asks for one ("govt", "person"): alone, or after a describing word that narrows it (a people's
 * adjective, "non-…", a participle: "european govt", "named person"), left to the question's
 * other terms. Not a series ("every working group or expert panel": "expert" cut from its
 * "panel"), nor a noun before it that is the kind itself ("every complaint people made").
 */
export function listNameKind(listKind: readonly string[] | undefined): NameKind | undefined {
  if (listKind?.length !== 1) return undefined;
  const words = (listKind[0] ?? "").trim().split(/\s+/);
  const head = words.at(-1);
  if (head === undefined || (words.length === 2 && !DESCRIBING.test(words[0] ?? ""))) {
    return undefined;
  }
  return words.length <= 2 ? kindOfName(head) : undefined;
}

/** A word describing a kind of name rather than naming a kind: "european", "non-…", "named". */
const DESCRIBING = /^(?:non-[\w-]+|[a-z]+(?:an|ish|ese|ic|ed))$/i;

/**
 * Whether a sentence names something of the list's kind of name: undefined where none is asked or
 * fewer than `NAME_KIND_PASSAGES` passages read name one in a usable sentence (as `kindNamer`).
 * "Round up every european govt our notes name as not signing" was answered from the paragraph
 * on CEPT's common proposals (it says "European" four times) and named no government; the
 * countries that would not sign are named in two other passages read. With "round up" read as a
 * list (`LIST_LEAD`), tuning half (4,502 q): 0.8121 -> 0.8127, four up (in-3954, in-4135,
 * in-4344, in-4978), one down (in-4525), no trust figure moved.
 */
export function nameKindNamer(
  kind: NameKind | undefined,
  read: readonly PassageView[],
): ((s: Sentence) => boolean) | undefined {
  if (kind === undefined) return undefined;
  const names = (s: Sentence) => namesOfKind(s.quote, kind) >= SERIES_NAMES;
  const telling = read.filter((v) => v.sentences.some((s) => s.usable && names(s)));
  return telling.length >= NAME_KIND_PASSAGES ? names : undefined;
}

/**
 * How many names of the kind a sentence gives, a name of several words ("the United States",
 * "Member State") counted once: words of the kind written together are one name.
 */
function namesOfKind(sentence: string, kind: NameKind): number {
  let names = 0;
  let inName = false;
  for (const word of taggedWords(sentence)) {
    const ofKind = isOfKind(word, kind);
    if (ofKind && !inName) names += 1;
    inName = ofKind;
  }
  return names;
}

/**
 * Names of the kind a point gives: a list of names is answered by the sentences naming several
 * ("Delegations including the UK, Canada, Denmark…"), not by one naming one party as a doer
 * ("Kramer announced that the United States could not sign").
 */
const SERIES_NAMES = 2;

/** Passages read that must name a name of the kind before a list's points are held to it. */
const NAME_KIND_PASSAGES = 2;
