// A list of one party's acts asked by the kind of act ("every move kramer made", "everything the
// czechs said": `actsListParty`, question-lists.ts): its items are the party's acts, told in
// whatever paragraph or note tells each. The passages the list reads are those naming the party
// (`withPartyPassages`), and each point names it (`partyNamer`, read by `pickListItems`).
import type { ScoredPassage } from "../types.ts";
import type { Deadline } from "./deadline.ts";
import type { Sentence } from "./extractive-view.ts";
import { LIST_ANSWER_PASSAGES } from "./limits.ts";
import type { Retrieve } from "./llm-contract.ts";
import type { Analyze } from "./terms.ts";

/** A word a text capitalises: a name, as a party is named ("Kramer", "the Chair", "US"). */
const CAPITALISED = /\p{Lu}[\p{L}\p{M}'’.-]*/gu;

/**
 * Whether a text names the party: every index term of the party among the words it capitalises,
 * since a party is named by a name ("Access said…", not "access to documents"; "the Chair
 * said…", not "a chair").
 */
export function namesParty(text: string, party: readonly string[], analyzeText: Analyze): boolean {
  const named = new Set(analyzeText((text.match(CAPITALISED) ?? []).join(" ")));
  return party.length > 0 && party.every((term) => named.has(term));
}

/**
 * Whether a sentence names the party a list of acts asks of (`AnswerShape.list.party`), read
 * once a sentence. Undefined where the list asks no party's acts.
 */
export function partyNamer(
  party: readonly string[] | undefined,
  analyzeText: Analyze,
): ((s: Sentence) => boolean) | undefined {
  if (party === undefined || party.length === 0) return undefined;
  const told = new Map<Sentence, boolean>();
  return (s) => {
    let names = told.get(s);
    if (names === undefined) {
      names = namesParty(s.display, party, analyzeText);
      told.set(s, names);
    }
    return names;
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
  party: { typed: string; terms: readonly string[] },
  analyzeText: Analyze,
  otherThings: ReadonlySet<string>,
  deadline: Deadline | undefined,
): Promise<ScoredPassage[]> {
  const naming = (p: ScoredPassage) => namesParty(p.passage.text, party.terms, analyzeText);
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
