// The verbs of a question's phrasal verbs (`phrasalVerbWords`): "kick in", "push back", "lean on",
// "trace the clause back", a verb with its particle or stranded preposition, whose meaning neither
// word gives alone, so an unseen one is the asker's idiom, not an event the corpus lacks; and a verb
// the tagger reads as a noun before its particle (`nounReadPhrasalVerb`). What a known phrasal verb
// means in the notes' formal verbs ("turn up" → "attend") is `PHRASAL_VERBS`,
// src/search/phrasal-verb-readings.ts.
import {
  auxiliaryIndex,
  endsClause,
  isBareVerb,
  normalOf,
  onlyNounPhraseTagged,
  type TaggedWord,
  taggedWords,
} from "./tagged-words.ts";

/**
 * The verbs of the question's phrasal verbs ("kick in", "fall apart", "storm out"): the verb with
 * its particle means what neither says alone, so an unseen one is the asker's idiom, not an event
 * the corpus lacks.
 */
export function phrasalVerbWords(question: string): Set<string> {
  const words = taggedWords(question);
  const nounRead = nounReadPhrasalVerb(words);
  return new Set(
    words
      .filter(
        (t, i) =>
          (t.tags.includes("PhrasalVerb") && !t.tags.includes("Particle")) ||
          i === nounRead ||
          strandsPreposition(words, i) ||
          separatedParticle(words, i) ||
          particleBeforePreposition(words, i) ||
          particleBeforeObject(words, i),
      )
      .map((t) => t.normal ?? t.text.toLowerCase()),
  );
}

/** A word of a noun phrase (no verb, no pronoun) with no clause break after it. */
function inNounPhrase(word: TaggedWord): boolean {
  return onlyNounPhraseTagged(word) && !endsClause(word);
}

/**
 * "When does the new rulebook KICK IN?", "How did civil society PUSH BACK against the treaty?":
 * after an auxiliary and its subject (the words of a noun phrase), a word the tagger reads as a
 * noun beside the subject's nouns but that can be a bare verb, with an adverb particle right after
 * it that ends the clause or comes before a preposition, is the question's verb, and a phrasal
 * one. Its index in `words`, if any. (On the tuning half, 724 questions: no figure moved; "When
 * does the treaty kick in for signatories?" had been refused, "kick" taken for an event the
 * corpus never records.)
 */
export function nounReadPhrasalVerb(words: readonly TaggedWord[]): number | undefined {
  const aux = auxiliaryIndex(words);
  if (aux < 0) return undefined;
  for (let at = aux + 2; at < words.length - 1; at++) {
    const before = words[at - 1] as TaggedWord;
    // ("the civil society people AT the conference push back": a preposition inside the subject
    // joins a noun phrase to it; the verb still stands after the subject's last noun.)
    if (!inNounPhrase(before)) {
      if (before.tags.includes("Preposition") && !endsClause(before)) continue;
      return undefined;
    }
    const verb = words[at] as TaggedWord;
    const particle = words[at + 1] as TaggedWord;
    if (
      !verb.tags.includes("Noun") ||
      endsClause(verb) ||
      !ADVERB_PARTICLES.has(normalOf(particle))
    ) {
      continue;
    }
    const next = words[at + 2];
    const closes = next === undefined || endsClause(particle);
    const beforePreposition =
      next !== undefined &&
      (next.tags.includes("Preposition") || PARTICLE_PREPOSITIONS.has(normalOf(next)));
    if ((closes || beforePreposition) && isBareVerb(verb)) return at;
  }
  return undefined;
}

/**
 * "When did Kramer SHOOT DOWN the press reports…?", "When did EFF LEAN ON member states…?", "…did
 * the chair SLIP IN the line…?": the bare verb of a question asked with "do" (after its subject,
 * the words of a noun phrase), with a particle right after it and then its object, is a phrasal
 * verb, whose meaning neither word gives alone. Not a verb whose particle is followed by a
 * number, a place or a name ("…elect in 2014?", "…apply in Lisbon?": a preposition of place or
 * time), and not a passive ("Who was elected in the…?"), which "do" does not ask. Tuning half (1,402 questions): wrong refusals 90 → 88, when 0.876 → 0.900, out-of-scope
 * refused 295 of 362 and `full` 0 unchanged.
 */
function particleBeforeObject(words: readonly TaggedWord[], at: number): boolean {
  const aux = words.findIndex((w) => DO_FORMS.has(normalOf(w)));
  if (aux < 0 || at < aux + 2) return false;
  for (let j = aux + 1; j < at; j++) {
    if (!inNounPhrase(words[j] as TaggedWord)) return false;
  }
  const verb = words[at] as TaggedWord;
  const particle = words[at + 1];
  const object = words[at + 2];
  if (!particle || !object || endsClause(verb) || endsClause(particle)) {
    return false;
  }
  const bare = verb.tags.includes("Infinitive") || (verb.tags.includes("Noun") && isBareVerb(verb));
  return (
    bare &&
    OBJECT_PARTICLES.has(normalOf(particle)) &&
    !["Value", "ProperNoun", "Place", "Date"].some((tag) => object.tags.includes(tag)) &&
    (object.tags.includes("Determiner") ||
      object.tags.includes("Possessive") ||
      object.tags.includes("Noun"))
  );
}
/** The forms of "do" that ask a question of a bare verb. */
const DO_FORMS = new Set(["did", "does", "do"]);
/** Particles that make a phrasal verb of the bare verb before them and its object. */
const OBJECT_PARTICLES = new Set(["in", "out", "up", "off", "down", "back", "away", "over", "on"]);

/** Prepositions after a phrasal verb's particle ("push back AGAINST", "kick in FOR"). */
const PARTICLE_PREPOSITIONS = new Set([
  "to",
  "into",
  "from",
  "of",
  "on",
  "at",
  "with",
  "for",
  "in",
  "against",
  "about",
]);

/** Adverb particles that make a phrasal verb of the verb right before them ("kick IN", "give UP"). */
const ADVERB_PARTICLES = new Set(["in", "out", "up", "off", "down", "back", "away", "over"]);

/**
 * "When do the rules KICK IN for signatories?", "Who STOOD UP for…?": a verb, its particle, then a
 * preposition. The tagger reads the particle as the preposition of a phrase when another follows
 * it, but two prepositions in a row make the first a particle of the verb.
 */
function particleBeforePreposition(words: readonly TaggedWord[], at: number): boolean {
  const verb = words[at];
  if (!verb?.tags.includes("Verb") || verb.tags.includes("Copula")) return false;
  if (verb.tags.includes("Auxiliary") || endsClause(verb)) return false;
  const particle = words[at + 1];
  if (!particle || endsClause(particle)) return false;
  // (An adverb may stand between them: "meant to kick in PROVISIONALLY for signers". On the
  // tuning half, 1,352 questions: one wrong refusal fewer, nothing else moved.)
  const adverb = words[at + 2]?.tags.includes("Adverb") === true;
  const next = words[at + (adverb ? 3 : 2)];
  if (!next || (adverb && endsClause(words[at + 2] as TaggedWord))) return false;
  return (
    ADVERB_PARTICLES.has(normalOf(particle)) &&
    (next.tags.includes("Preposition") || LINKING_PREPOSITIONS.has(normalOf(next)))
  );
}

/** Particles that, split from their verb by its object, still make a phrasal verb of it. */
const SEPARABLE_PARTICLES = new Set(["back", "out", "off", "up", "down", "away"]);
/** Pronouns that stand as a verb's object between it and its particle ("knock IT back"). */
const OBJECT_PRONOUNS = new Set(["it", "them", "this", "that", "these", "those", "him", "her"]);
/** Prepositions after such a particle, however the tagger reads them ("back TO", a conjunction to it). */
const LINKING_PREPOSITIONS = new Set(["to", "into", "from", "of", "on", "at", "with", "for", "in"]);

/**
 * "Who TRACED the clause BACK to…", "Who PUT the idea OFF until…": a verb whose particle follows
 * its object, before a preposition, in the same clause (no other verb or clause mark between), is
 * a phrasal verb as "trace back" written together is. (Not a hyphenated word: "carve-out".)
 * On the tuning half (486 questions): wrong refusals 16 → 15 of 389, out-of-scope figures unchanged.
 */
function separatedParticle(words: readonly TaggedWord[], at: number): boolean {
  const verb = words[at];
  if (!verb?.tags.includes("Verb") || verb.tags.includes("Copula")) return false;
  if (verb.tags.includes("Auxiliary") || endsClause(verb)) return false;
  if (describesNoun(words, at)) return false;
  // "When did CEPT KNOCK IT BACK?", "Who WATERED IT DOWN?": a pronoun object and the particle
  // ending the clause; a pronoun takes no particle of a phrase of its own ("it back" is no place).
  const object = (words[at + 1]?.normal ?? words[at + 1]?.text ?? "").toLowerCase();
  const particle = words[at + 2];
  if (
    OBJECT_PRONOUNS.has(object) &&
    particle !== undefined &&
    SEPARABLE_PARTICLES.has(normalOf(particle)) &&
    !particle.tags.includes("Hyphenated") &&
    (at + 3 === words.length || endsClause(particle))
  ) {
    return true;
  }
  for (let j = at + 2; j < words.length - 1; j++) {
    const word = words[j] as TaggedWord;
    const normal = normalOf(word);
    if (
      SEPARABLE_PARTICLES.has(normal) &&
      !word.tags.includes("Hyphenated") &&
      (words[j + 1]?.tags.includes("Preposition") ||
        LINKING_PREPOSITIONS.has((words[j + 1]?.normal ?? "").toLowerCase()))
    ) {
      return true;
    }
    const verbHere =
      word.tags.includes("Verb") && !word.tags.includes("Hyphenated") && !describesNoun(words, j);
    if (verbHere || endsClause(word)) return false;
  }
  return false;
}

/** A participle after a determiner describes the noun it comes before ("the LEAKED clause"). */
function describesNoun(words: readonly TaggedWord[], at: number): boolean {
  const before = words[at - 1];
  return (
    before !== undefined &&
    (before.tags.includes("Determiner") || before.tags.includes("Possessive"))
  );
}

/** Words that may follow a clause: a stranded preposition before one ends its verb's clause. */
const CLAUSE_OPENERS = new Set(["when", "while", "after", "before", "because", "since", "if"]);

/**
 * "Whose history did critics LEAN on when…", "Which study did they DRAW on?": a verb whose
 * preposition is left at the end of its clause, its object fronted, is a verb with its
 * preposition ("lean on", "draw on"), as a phrasal verb is. (Not "by": "Who was it signed by?"
 * is a passive's agent.)
 */
function strandsPreposition(words: readonly TaggedWord[], at: number): boolean {
  const verb = words[at];
  const preposition = words[at + 1];
  if (!verb?.tags.includes("Verb") || !preposition?.tags.includes("Preposition")) return false;
  if (normalOf(preposition) === "by") return false;
  const next = words[at + 2];
  return (
    next === undefined ||
    /[?,;:.!]\s*$/.test(preposition.post ?? "") ||
    CLAUSE_OPENERS.has(normalOf(next))
  );
}
