// A list of one party's acts asked by the kind of act ("every move kramer made", "everything the
// czechs said": `actsListParty`, question-lists.ts): its items are the party's acts, told in
// whatever paragraph or note tells each. The passages the list reads are those naming the party
// (`withPartyPassages`), and each point names it (`partyNamer`, read by `pickListItems`).
import type { ScoredPassage } from "../types.ts";
import type { Deadline } from "./deadline.ts";
import type { Sentence } from "./extractive-view.ts";
import { LIST_ANSWER_PASSAGES } from "./limits.ts";
import type { Retrieve } from "./llm-contract.ts";
import type { Analyze, KeyTerm } from "./terms.ts";

/** A word a text capitalises: a name, as a party is named ("Kramer", "the Chair", "US"). */
const CAPITALISED = /\p{Lu}[\p{L}\p{M}'’.-]*/gu;

/**
 * The names of a party: its index terms as typed, and where it is one of the question's key terms,
 * the other names the glossary gives it ("RSF", "Reporters Without Borders"), not words of the same
 * sense only. An answer naming the party by its long name names it: "pull together everything RSF
 * said" lost Reporters Without Borders' count and grounds, read by the acronym alone.
 */
export function partyNames(
  party: readonly string[],
  keyTerms: readonly KeyTerm[],
): readonly (readonly string[])[] {
  const [term, ...rest] = party;
  const key = rest.length === 0 ? keyTerms.find((k) => k.term === term) : undefined;
  const sense = new Set((key?.senseWords ?? []).map((words) => words.join(" ")));
  const others = (key?.alternatives ?? []).filter(
    (words) => words.length > 0 && !sense.has(words.join(" ")),
  );
  return [party, ...others];
}

/**
 * Whether a text names the party by one of its names (`partyNames`): every index term of the name
 * among the words it capitalises, since a party is named by a name ("Access said…", not "access
 * to documents"; "the Chair said…", not "a chair").
 */
export function namesParty(
  text: string,
  names: readonly (readonly string[])[],
  analyzeText: Analyze,
): boolean {
  const named = new Set(analyzeText((text.match(CAPITALISED) ?? []).join(" ")));
  return names.some((name) => name.length > 0 && name.every((term) => named.has(term)));
}

/**
 * Whether a sentence names the party a list of acts asks of (`AnswerShape.list.party`), read
 * once a sentence. Undefined where the list asks no party's acts.
 */
export function partyNamer(
  party: readonly string[] | undefined,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): ((s: Sentence) => boolean) | undefined {
  if (party === undefined || party.length === 0) return undefined;
  const names = partyNames(party, keyTerms);
  const told = new Map<Sentence, boolean>();
  return (s) => {
    if (!told.has(s)) {
      told.set(s, namesParty(s.display, names, analyzeText));
    }
    return told.get(s) === true;
  };
}

/**
 * The passages a list of one party's acts reads: those of the question's that name the party,
 * in their order, then the other passages a search of the party alone finds naming it (every
 * paragraph that tells of the party, with no cap on one document: a note on one delegation tells
 * its acts in six paragraphs), then the question's others, twelve in all. Read for the question's
 * words alone, the list read five paragraphs of the note on the US delegation, one of them on
 * Congress, and never reached the one where Kramer announced the US would not sign. (None is
 * added where none names the party, nor a passage about another thing.)
 */
export async function withPartyPassages(
  retrieve: Retrieve,
  passages: readonly ScoredPassage[],
  party: { typed: string; names: readonly (readonly string[])[] },
  analyzeText: Analyze,
  otherThings: ReadonlySet<string>,
  deadline: Deadline | undefined,
): Promise<ScoredPassage[]> {
  const naming = (p: ScoredPassage) => namesParty(p.passage.text, party.names, analyzeText);
  const found = await retrieve(party.typed, LIST_ANSWER_PASSAGES, {
    perDocumentCap: LIST_ANSWER_PASSAGES,
    ...(deadline ? { signal: deadline.signal } : {}),
  });
  const seen = new Set(passages.map((p) => p.passage.id));
  // (Scored as the question's last passage naming the party: the search's own scores, of one
  // word, do not compare with the question's.)
  const floor = Math.min(...passages.filter(naming).map((p) => p.score));
  const added = found
    .filter((p) => !seen.has(p.passage.id) && !otherThings.has(p.passage.id) && naming(p))
    .map((p) => ({ ...p, score: Number.isFinite(floor) ? floor : p.score }));
  if (added.length === 0) return [...passages];
  return [...passages.filter(naming), ...added, ...passages.filter((p) => !naming(p))].slice(
    0,
    LIST_ANSWER_PASSAGES,
  );
}
