// A yes/no question's guess at who held an office that one holder fills ("Did Hamadoun Touré
// chair the Dubai conference?"), and the sentence naming the one who did ("The TRA's Director
// General, Mohamed Nasser Al Ghanim, chaired the conference."), which then opens the answer.
// Ordering only: the coverage decision does not read it.
import { correctionOpening, type Sentence } from "./extractive-view.ts";
import { PERSON } from "./name-kinds.ts";
import { type CleftGuess, namesAnotherDoer } from "./premise-guess.ts";

/**
 * Acts one person does alone for a meeting or a body: it has one chair, one head. "Did Kenya
 * sign…?" names an act many share and is left alone; so is "host" (a host city, a host
 * country and a host authority are all named as hosts of one conference).
 */
const OFFICE_ACTS: readonly string[] = ["chair", "head", "preside"];

// "Did Hamadoun Touré chair…?", "Had the Secretary-General headed…?": the holder named after the
// auxiliary, capitalised, and the verb after the name.
const ASKED_HOLDER =
  /(?:^|[^\p{L}\p{M}'’-])(?:[Dd]id|[Hh]as|[Hh]ad)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,4}?)(\p{Ll}+)\b/u;

/** The holder a yes/no question guesses for an office act (`OFFICE_ACTS`), as a guess. */
export function officeGuess(
  question: string,
  analyzeText: (text: string) => string[],
): CleftGuess | undefined {
  const found = ASKED_HOLDER.exec(question);
  if (!found) return undefined;
  const verb = found[2] as string;
  const stem = analyzeText(verb)[0];
  if (stem === undefined || !OFFICE_ACTS.some((a) => analyzeText(a)[0] === stem)) {
    return undefined;
  }
  return { name: (found[1] as string).trim(), verb, kind: PERSON, acts: OFFICE_ACTS };
}

// A name set off by commas before a verb ("…Director General, Mohamed Nasser Al Ghanim,
// chaired…"): its commas dropped, so the name stands right before its verb and is read with its
// title, not as one item of a series.
const APPOSITIVE_NAME =
  /,(\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,4}\p{Lu}[\p{L}\p{M}.'’-]*),(?=\s+\p{Ll})/gu;

/** Whether a sentence says another person did the guessed office act (`namesAnotherDoer`). */
export function namesAnotherHolder(
  display: string,
  guess: CleftGuess,
  analyzeText: (text: string) => string[],
): boolean {
  return namesAnotherDoer(display.replace(APPOSITIVE_NAME, "$1"), guess, analyzeText);
}

/**
 * An answer to a yes/no question guessing an office's holder opens with the sentence naming the
 * one who held it, where the answer holds one and does not open with it: "The TRA's Director
 * General, Mohamed Nasser Al Ghanim, chaired the conference." before "…civil-society attendees
 * wrote to Touré and the Chair…" for "Did Hamadoun Touré chair the Dubai conference?". The
 * first such sentence in reading order, with the sentences it leans on.
 */
export function holderLead(
  chosen: readonly Sentence[],
  guess: CleftGuess,
  analyzeText: (text: string) => string[],
): Sentence[] {
  return correctionOpening(
    chosen,
    (s) => s.usable && namesAnotherHolder(s.display, guess, analyzeText),
  );
}
