// Whether a sentence tells the act an ask asks about, or only names the ask's words in passing
// (join43). part42's sentences meeting most of an ask's words were, in 13 of 17 answers, about
// another act: "This corpus did not verify how many states have since signed…" for "what day did
// the 89 actually sign", "Council 2023 set new terms of reference…" for "how do proposals get put
// forward". The act is read from the ask's verb (after its auxiliary: "did X SIGN", "over what
// stretch did it MEET") against the sentence's main clause, its words up to the first clause the
// sentence subordinates ("This corpus did not verify | how many states have since signed").

import nlp from "compromise/two";
import { broaderVerbs, sameSenseVerbs } from "../search/thesaurus.ts";
import { SPEECH_VERBS } from "./asked-acts.ts";
import { REPORT_VERB, sameWord } from "./subject-act.ts";
import { normalOf, type TaggedWord, taggedWords, wordsOf } from "./tagged-words.ts";
import type { Analyze } from "./terms.ts";

/** An ask's act as read from its wording. */
export type AskedAct =
  /** A verb of its own ("sign", "meet", "hold"): the sentence's main clause must tell it. */
  | { verb: string }
  /**
   * A view or a saying ("what did X say / think / argue"): the sentence's main clause must report
   * one, of a thing the question names (its subject).
   */
  | { saying: true }
  /**
   * No verb of its own ("who was behind X", "which part of the ITU got the job", "what did Res
   * 1379 set up"): the sentence must tell of a thing the ask names, as its subject.
   */
  | { ofSubject: true };

/** Verbs whose act lies in their object or particle ("GET the job", "PUT forward", "SET up"). */
const LIGHT_VERB =
  /^(?:get|gets|got|give|gives|gave|put|puts|make|makes|made|take|takes|took|have|has|had|do|does|did|done|go|goes|went|come|comes|came|keep|keeps|kept|bring|brings|brought|set|sets|let|lets|be|is|are|was|were|been|being|'s)$/u;

/** Verbs of holding a view, asked as what someone thought ("why did they THINK…"). */
const VIEW_VERB =
  /^(?:think|thinks|thought|feel|feels|felt|reckon|reckons|reckoned|believe|believed|believes|see|saw|view|viewed)$/u;

const SPEECH_VERB = new RegExp(`^(?:${SPEECH_VERBS})$`, "u");

/** The words opening a question. */
const WH_WORD = /^(?:who|whom|whose|what|which|when|where|why|how)$/u;

/** Question words and the like that open an ask before its verb phrase. */
const ASK_OPENING = /^(?:who|whom|whose|what|which|when|where|why|how|and|or|but|so)$/u;

const isVerb = (w: TaggedWord) => w.tags.includes("Verb");

/**
 * The act an ask asks about: its first verb after the auxiliary opening it ("did", "do", "does")
 * that is not a copula, an auxiliary or a light verb; a verb after "end up" / "go on" ("ended up
 * SITTING"). A view or a saying, a light verb, or no verb at all: `ofSubject`.
 */
export function askedActOf(ask: string): AskedAct {
  const all = taggedWords(ask);
  // (Read from its question word: "the expert group that looked at the ITRs - over what stretch
  // did it MEET", not the premise before it.)
  const opening = all.findIndex((w) => WH_WORD.test(normalOf(w)));
  const words = all.slice(Math.max(0, opening)).filter((w) => !ASK_OPENING.test(normalOf(w)));
  const verbs = words.filter(isVerb);
  let at = 0;
  const skipped = (w: TaggedWord) =>
    w.tags.includes("Auxiliary") || w.tags.includes("Copula") || w.tags.includes("Modal");
  while (at < verbs.length && skipped(verbs[at] as TaggedWord)) at++;
  // (An opening "did" is tagged a past-tense verb: it is the auxiliary when a verb follows.)
  if (/^(?:did|do|does|has|have|had)$/u.test(normalOf(verbs[at] ?? { text: "", tags: [] }))) at++;
  const first = verbs[at];
  if (first === undefined) return { ofSubject: true };
  // ("START reviewing", "ENDED UP sitting": the act is the verb after, in "-ing".)
  const next = verbs[at + 1]?.tags.includes("Particle") ? verbs[at + 2] : verbs[at + 1];
  if (next?.tags.includes("Gerund")) return actOfVerb(normalOf(next));
  return actOfVerb(normalOf(first));
}

/** A verb's act: its own where it is neither light nor of a view or a saying. */
function actOfVerb(verb: string): AskedAct {
  if (VIEW_VERB.test(verb) || SPEECH_VERB.test(verb)) return { saying: true };
  return LIGHT_VERB.test(verb) ? { ofSubject: true } : { verb };
}

/** Words opening a clause the sentence subordinates to its main one. */
const SUBORDINATOR =
  /^(?:that|which|who|whom|whose|how|whether|when|where|because|if|while|although|though|after|before|since|unless|until)$/u;

/**
 * A sentence's main clause: the verbs of its words (as written and bare: "met", "meet") up to the first subordinating word after its first verb
 * ("This corpus did not verify" of "This corpus did not verify how many states have since
 *  signed…"), and its subject, the words before that verb.
 */
export function mainClause(sentence: string): { subject: string; verbs: string[] } {
  const doc = nlp(sentence);
  doc.compute("root");
  const words = wordsOf(doc);
  const firstVerb = words.findIndex(isVerb);
  if (firstVerb < 0) return { subject: sentence, verbs: [] };
  let end = words.length;
  for (let i = firstVerb + 1; i < words.length; i++) {
    if (SUBORDINATOR.test(normalOf(words[i] as TaggedWord))) {
      end = i;
      break;
    }
  }
  const subject = words
    .slice(0, firstVerb)
    .map((w) => w.text)
    .join(" ");
  const verbs = words.slice(firstVerb, end).filter(isVerb);
  return { subject, verbs: verbs.flatMap((w) => [normalOf(w), ...(w.root ? [w.root] : [])]) };
}

/** What an ask names, for a sentence to be read against: the question's words and the ask's own. */
export interface AskWords {
  /** The whole question's analysed words (a saying's speaker is often named before the ask). */
  question: ReadonlySet<string>;
  /** The ask's own analysed words, other than what it asks for. */
  ask: ReadonlySet<string>;
}

/**
 * Whether a sentence tells the asked act (`askedActOf`): for a verb of its own, a verb of the
 * sentence's main clause in the verb's forms, its commonest sense or a broader verb (WordNet,
 * thesaurus.ts); for a saying, a verb of reporting or holding a view there, with a word of the
 * question in the sentence's subject; for an act with no verb of its own, a word of the ask in the
 * sentence's subject. Words of the ask named only further on, in a clause the sentence
 * subordinates or after its verb, are named in passing.
 */
export function tellsAskedAct(
  sentence: string,
  act: AskedAct,
  words: AskWords,
  analyzeText: Analyze,
): boolean {
  const { subject, verbs } = mainClause(sentence);
  const subjectNames = (terms: ReadonlySet<string>) =>
    analyzeText(subject).some((t) => terms.has(t));
  if ("ofSubject" in act) return subjectNames(words.ask);
  if ("saying" in act) {
    return (
      subjectNames(words.question) && verbs.some((v) => REPORT_VERB.test(v) || VIEW_VERB.test(v))
    );
  }
  const said = [act.verb, ...sameSenseVerbs(act.verb), ...broaderVerbs(act.verb)];
  const forms = said.flatMap((w) => analyzeText(w));
  return verbs.some((v) => analyzeText(v).some((t) => forms.some((f) => sameWord(f, t))));
}
