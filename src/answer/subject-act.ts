// A yes/no question asking what a named party did (issue #12, nearyn30): "did LIRNEasia file a
// contribution of its own with the CWG?", "did Genachowski travel to Dubai with the US
// delegation?". The best window may name the party acting, but doing another thing ("LIRNEasia
// called the link between quality of service and sender-pays incoherent"): the act asked is not
// told there. An asked verb missing from the window is no such sign (nearmiss29, nearmiss29b): the
// notes tell the same act in other words. What is read here is the rest of the asked act, its
// object or complement: where none of its words stands in the sentences the party acts in (or a
// sentence leaning on one by a pronoun), the window tells a different act. Read by
// `assessRelevance` (relevance.ts).

import {
  IRREGULAR_PARTICIPLES,
  NOT_NAME_WORDS,
  PARTY_HEAD_NOUNS,
  VIEW_OR_MOOD_WORDS,
} from "../search/asked-act-words.ts";
import { OBJECT_PRONOUNS, POINTING_WORDS, pointingWords } from "../search/pointing-words.ts";
import { POINTS_BACK } from "../search/question-focus.ts";
import { alt } from "../search/question-words.ts";
import { broaderVerbs, sameSenseVerbs, sameSenseWords } from "../search/thesaurus.ts";
import { isBareVerb, type TaggedWord, taggedWords } from "./tagged-words.ts";
import type { Analyze } from "./terms.ts";
import { wholeWord, windowSentences } from "./window-words.ts";

/**
 * Whether a yes/no question's asked act ("did X <verb> <object…>?", with "do", "does", "has",
 * "have" or "had") is told by none of the window's sentences where its subject X stands: none of
 * the act's words (the question's words after the subject, the verb included) is met there. The
 * subject is the run of names right after the auxiliary (capitalised, or typed in lower case where
 * the window writes them capitalised inside a sentence), with a following head noun
 * ("delegation", "government"…) left out. False where no subject or no act word is read, or where
 * no window sentence names the subject (the window may name it otherwise).
 */
export function askedActUntold(
  question: string,
  windowText: string,
  analyzeText: Analyze,
  passageText = windowText,
): boolean {
  return actUntold(partyActing(question, windowText, analyzeText, passageText), analyzeText);
}

/**
 * Both readings of a yes/no question's act against one window, the party read once: `otherAct`
 * (`askedActUntold`) and, where that does not hold, `verbUntold` (`askedVerbUntold`). What
 * `assessRelevance` asks of each window.
 */
export function askedActReadings(
  question: string,
  windowText: string,
  analyzeText: Analyze,
  passageText = windowText,
): { otherAct: boolean; verbUntold: boolean } {
  const judged = partyActing(question, windowText, analyzeText, passageText);
  const otherAct = actUntold(judged, analyzeText);
  return { otherAct, verbUntold: !otherAct && verbUntold(judged, windowText, analyzeText) };
}

type PartyActing = NonNullable<ReturnType<typeof partyActing>>;

/** `askedActUntold` on a party already read. */
function actUntold(judged: PartyActing | undefined, analyzeText: Analyze): boolean {
  if (judged === undefined) return false;
  const { asked, subjectTerms, acting } = judged;
  const actTerms = analyzeText(asked.act).filter((t) => !subjectTerms.has(t));
  if (actTerms.length === 0) return false;
  return !actTerms.some((a) => [...acting].some((t) => sameWord(a, t)));
}

/**
 * A do-question's asked act, its subject's words and the words of the window's sentences where
 * the subject acts (`actingTerms`), or none where any of them is not read.
 */
function partyActing(
  question: string,
  windowText: string,
  analyzeText: Analyze,
  passageText: string,
):
  | {
      asked: { subject: string; act: string };
      subjectTerms: ReadonlySet<string>;
      acting: ReadonlySet<string>;
    }
  | undefined {
  const asked = askedAct(question, windowText);
  if (asked === undefined || asked.copula) return undefined;
  const subjectTerms = new Set(analyzeText(asked.subject));
  if (subjectTerms.size === 0) return undefined;
  const acting = actingTerms(asked.subject, subjectTerms, windowText, analyzeText, passageText);
  return acting === undefined ? undefined : { asked, subjectTerms, acting };
}

/**
 * Whether a yes/no question asks an act ("did Hill TESTIFY before Congress…?", "did the Czech
 * delegation WALK out…?") of a party the window only reports speaking: every window sentence
 * where the party stands as doer gives it a verb of saying, asking or proposing as its first verb
 * ("Hill … argued that…", "The Czech delegation records that…"), and none of the sentences it acts
 * in tells the asked verb in any form (its stem, a word of its commonest sense or a derived one,
 * "sign" → "signature", or a broader verb; WordNet, thesaurus.ts). Other words of the act may
 * stand there ("spam article", "preamble vote"): they are what the party spoke about. A party told
 * doing another act ("Obama chose Kramer…", "the Council decided to publish…", "Canada … opposed
 * it") is left alone: that act often answers the question by ruling the asked one in or out.
 * Not judged (false): an asked verb itself of saying, asking or proposing (`REPORT_VERB`), a light
 * verb whose act lies in its object ("get", "put", "hand"…), a view or a mood (as for
 * `askedActUntold`, with its "-ing" and "-ed" forms: "cop to BACKING"), a first word the tagger
 * does not read as a bare verb, or whatever `askedActUntold` does not judge.
 */
export function askedVerbUntold(
  question: string,
  windowText: string,
  analyzeText: Analyze,
  passageText = windowText,
): boolean {
  return verbUntold(
    partyActing(question, windowText, analyzeText, passageText),
    windowText,
    analyzeText,
  );
}

/** `askedVerbUntold` on a party already read. */
function verbUntold(
  judged: PartyActing | undefined,
  windowText: string,
  analyzeText: Analyze,
): boolean {
  if (judged === undefined) return false;
  const { asked, subjectTerms, acting } = judged;
  const verb = headVerb(asked.act);
  if (verb === undefined) return false;
  const firstVerbs = windowSentences(windowText)
    .filter((s) => analyzeText(s).some((t) => subjectTerms.has(t)))
    .map((s) => verbAfterSubject(s, asked.subject));
  // (Where the party stands as no sentence's subject, the window is not judged here.)
  const told = firstVerbs.filter((v) => v !== undefined);
  if (told.length === 0 || !told.every((v) => REPORT_VERB.test(v))) return false;
  const said = [verb, ...sameSenseWords(verb), ...sameSenseVerbs(verb), ...broaderVerbs(verb)];
  const forms = new Set(said.flatMap((w) => analyzeText(w)));
  return ![...forms].some((f) => [...acting].some((t) => sameWord(f, t)));
}

/**
 * The act's verb: its first word after adverbs and "go on to", "end up", "go ahead and"
 * (`VERB_LEAD`); none where that word is a light verb (`LIGHT_VERB`), of saying (`REPORT_VERB`),
 * not a bare verb as the tagger reads it, or where a view or a mood stands in the first words.
 */
function headVerb(act: string): string | undefined {
  const words = act
    .toLowerCase()
    .split(/\s+/u)
    .map((w) => w.replace(/[^\p{L}'’-]/gu, ""));
  const lead = VERB_LEAD.exec(words.join(" "));
  const rest = lead === null ? words : words.slice(lead[0].trim().split(" ").length);
  let at = 0;
  while (at < rest.length && ADVERB.test(rest[at] ?? "")) at++;
  const verb = rest[at];
  if (verb === undefined || !/^\p{L}{3,}$/u.test(verb)) return undefined;
  if (LIGHT_VERB.test(verb) || REPORT_VERB.test(verb)) return undefined;
  if (rest.slice(at, at + 4).some((w) => ATTITUDE.test(w.replace(/(?:ing|ed)$/u, "")))) {
    return undefined;
  }
  return isBareVerb({ text: verb, tags: [] }) ? verb : undefined;
}
/** "go on to", "end up", "go ahead and" before an act's verb. */
const VERB_LEAD =
  /^(?:(?:go|goes|went)\s+on\s+to|(?:end|ends|ended)\s+up|(?:go|went)\s+ahead\s+and)\s/u;
/** Adverbs before an act's verb ("did X EVER sign", "FORMALLY object"). */
const ADVERB = /^(?:\p{L}+ly|ever|also|still|then|even|already|just|later|again|actually)$/u;
/** Verbs whose act lies in their object ("did X GET the House's approval", "PUT its signature"). */
const LIGHT_VERB =
  /^(?:get|gets|got|give|gives|gave|put|puts|make|makes|made|making|take|takes|took|have|has|had|hand|hands|handed|do|does|did|done|go|goes|went|come|comes|came|keep|keeps|kept|bring|brings|brought|be|been|being|set|sets|let|lets)$/u;
/**
 * Verbs of saying, asking and proposing, in their written forms: an act told in words. A party
 * whose sentences give only these has spoken, not acted; an asked act of this kind is told in
 * whatever words the party used, so it is not judged.
 */
export const REPORT_VERB =
  /^(?:say|says|said|tell|tells|told|argue|argues|argued|record|records|recorded|note|notes|noted|list|lists|listed|ask|asks|asked|point|points|pointed|present|presents|presented|report|reports|reported|write|writes|wrote|written|state|states|stated|explain|explains|explained|add|adds|added|warn|warns|warned|describe|describes|described|claim|claims|claimed|announce|announces|announced|declare|declares|declared|criticise|criticises|criticised|criticize|criticizes|criticized|complain|complains|complained|deny|denies|denied|acknowledge|acknowledges|acknowledged|insist|insists|insisted|suggest|suggests|suggested|comment|comments|commented|observe|observes|observed|propose|proposes|proposed|recommend|recommends|recommended|demand|demands|demanded|request|requests|requested|urge|urges|urged|admit|admits|admitted|concede|concedes|conceded|confirm|confirms|confirmed|object|objects|objected|promise|promises|promised|threaten|threatens|threatened|call|calls|called|quote|quotes|quoted)$/u;

/**
 * The first verb after the subject in a sentence where the subject stands before the sentence's
 * first verb (its grammatical subject, roughly: not "It was listed as coming from … Egypt"), a
 * relative clause after it ("Guinena, who coordinated…, presented") and "-ing" forms
 * ("in a 2013 debriefing") left out; lower case as written. Undefined where the subject does not
 * stand so, or no verb follows it.
 */
function verbAfterSubject(sentence: string, subject: string): string | undefined {
  const words = taggedWords(sentence);
  const last = (subject.split(" ").pop() ?? subject).toLowerCase();
  const named = (w: TaggedWord) =>
    (w.normal ?? w.text.toLowerCase()).replace(/['’]s$/u, "") === last;
  const verb = (w: TaggedWord) =>
    w.tags.includes("Verb") && !w.tags.includes("Auxiliary") && !w.tags.includes("Gerund");
  let at = words.findIndex((w) => named(w) || verb(w));
  if (at < 0 || !named(words[at] as TaggedWord)) return undefined;
  for (at++; at < words.length; at++) {
    const w = words[at] as TaggedWord;
    const normal = w.normal ?? w.text.toLowerCase();
    if (/^(?:who|which)$/u.test(normal)) {
      while (at < words.length && !(words[at]?.post ?? "").includes(",")) at++;
      continue;
    }
    if (verb(w)) return normal;
  }
  return undefined;
}

/**
 * The words of the window's sentences where the subject acts (`askedActUntold`): those naming it
 * as more than another's owner, the sentence one of them leans on by a pronoun, the passage's
 * sentence counting a group it belongs to, a paragraph's earlier sentences where its act leaves
 * the object out, and the sentences after it opening on a pronoun. Undefined where no window
 * sentence names the subject, or where the first one opens on a pronoun whose antecedent lies
 * before the window (not judged).
 */
function actingTerms(
  subject: string,
  subjectTerms: ReadonlySet<string>,
  windowText: string,
  analyzeText: Analyze,
  passageText: string,
): Set<string> | undefined {
  const sentences = windowSentences(windowText);
  const read = sentences.map((s) => analyzeText(s));
  const acting = new Set<string>();
  let found = false;
  for (const [i, terms] of read.entries()) {
    const sentence = sentences[i] ?? "";
    if (!terms.some((t) => subjectTerms.has(t)) || !standsAsDoer(sentence, subject)) continue;
    // A sentence opening on a pronoun whose antecedent lies before the window: not judged here.
    if (i === 0 && LEANS.test(sentence)) return undefined;
    found = true;
    for (const t of terms) acting.add(t);
    // The sentence it leans on by a pronoun ("The House approved IT unanimously").
    if (i > 0 && POINTS_BACK.test(sentence)) for (const t of read[i - 1] ?? []) acting.add(t);
    // A group counted before ("the 55 included… Germany…"): the passage's sentence counting it.
    for (const counted of sentence.matchAll(COUNTED_BEFORE)) {
      for (const earlier of windowSentences(passageText)) {
        if (earlier !== sentence && new RegExp(`\\b${counted[1]}\\b`).test(earlier)) {
          for (const t of analyzeText(earlier)) acting.add(t);
        }
      }
    }
    // An act told with its object left out ("Ecuador refused to join, citing sovereignty"): the
    // object is what the paragraph told before it, so its earlier sentences are read with it.
    if (OBJECT_LEFT_OUT.test(sentence)) {
      const all = windowSentences(passageText);
      const at = all.indexOf(sentence);
      for (const earlier of all.slice(0, Math.max(0, at))) {
        for (const t of analyzeText(earlier)) acting.add(t);
      }
    }
    // The sentences after it that lean on it by a pronoun ("He objected to…").
    for (let j = i + 1; j < sentences.length && LEANS.test(sentences[j] ?? ""); j++) {
      for (const t of read[j] ?? []) acting.add(t);
    }
  }
  return found ? acting : undefined;
}

/**
 * A yes/no question's named party that neither the window nor its passage names, where the window
 * does not tell the rest of the asked act either (nearyn30b): "Is ETNO one of the groups that
 * signed…?", "Was Strickling among the speakers at WTPF-13 in Geneva?" answered from a place on
 * the event that never names the party. The window then tells neither the party nor all of its
 * act. (Where every word of the act stands in the window, it may tell another party doing it:
 * "Did Nigeria coordinate the African common proposals?" is answered by "coordinated through
 * Egypt".) Read for a be-question only ("was", "is", "were", "are"; the subject read as for
 * `askedActUntold`), and only for a party the corpus names somewhere (`vocabulary`): on the tuning
 * half, do-questions and parties named otherwise ("did WASHINGTON come out against…", "did
 * Stockholm…", "Were the KIWIS among…") lost 18 answers. A passive or progressive act ("Was
 * Resolution 171 ADOPTED…", "Were the Latin Americans PUSHING…") is left alone.
 */
export function askedPartyUnnamed(
  question: string,
  windowText: string,
  analyzeText: Analyze,
  passageText: string,
  vocabulary: ReadonlySet<string>,
): boolean {
  const asked = askedAct(question, windowText);
  if (asked === undefined || !asked.copula) return false;
  // (A number after the name is still the name's: "Was Resolution 171 adopted…".)
  const first = (asked.act.split(/\s+/).find((w) => !/^[\d.,-]+$/u.test(w)) ?? "").toLowerCase();
  if (asked.copula && (PARTICIPLE.test(first) || first === "by")) return false;
  const subjectTerms = analyzeText(asked.subject);
  // (A party the corpus never names, "the Kiwis", may be one it names otherwise.)
  if (subjectTerms.length === 0 || !subjectTerms.every((t) => vocabulary.has(t))) return false;
  const actTerms = analyzeText(asked.act).filter((t) => !subjectTerms.includes(t));
  if (actTerms.length === 0) return false;
  const windowTerms = analyzeText(windowText);
  const named = new Set([...windowTerms, ...analyzeText(passageText)]);
  if (subjectTerms.some((t) => named.has(t))) return false;
  return !actTerms.every((a) => windowTerms.some((t) => sameWord(a, t)));
}
/** A past participle or a present one: a regular form, or one of `IRREGULAR_PARTICIPLES`. */
const PARTICIPLE = new RegExp(`^(?:\\p{L}+(?:ed|en|ing)|${alt(IRREGULAR_PARTICIPLES)})$`, "iu");

/** The subject and the rest of the asked act of a do-, have- or be-question, or none. */
function askedAct(
  question: string,
  windowText: string,
): { subject: string; act: string; copula: boolean } | undefined {
  const m = ASKED.exec(question);
  if (m?.[2] === undefined) return undefined;
  const copula = /^(?:was|were|is|are)$/iu.test(m[1] ?? "");
  const words = m[2].split(/\s+/).filter((w) => w !== "");
  let at = 0;
  while (at < words.length && DETERMINER.test(words[at] ?? "")) at++;
  const names: string[] = [];
  for (; at < words.length; at++) {
    const word = (words[at] ?? "").replace(/['’]s$/u, "").replace(/[^\p{L}\p{N}'’.-]/gu, "");
    if (word === "" || !nameLike(word, windowText)) break;
    names.push(word);
  }
  if (names.length === 0) return undefined;
  // "did CDT's blogger…": the subject is the owned noun, not the name.
  if (/['’]s$/u.test(words[at - 1] ?? "") && !HEAD_NOUN.test(words[at] ?? "")) return undefined;
  if (HEAD_NOUN.test(words[at] ?? "")) at++;
  const act = words.slice(at).join(" ");
  if (act === "") return undefined;
  // An act done to a thing named before ("did russia ever sign up to IT?") leans on what the
  // asker read; a view or a mood asked ("did Kramer SEE Dubai as a flop?", "did CEPT walk away
  // HAPPY…?") is told by whatever the party said, in its own words.
  if (PRONOUN_OBJECT.test(act)) return undefined;
  if (words.slice(at, at + 4).some((w) => ATTITUDE.test(w.replace(/[^\p{L}]/gu, "")))) {
    return undefined;
  }
  return { subject: names.join(" "), act, copula };
}
const ASKED = /(?:^|[:;,?!–—]\s*|\s-\s+)(did|does|do|has|have|had|was|were|is|are)\s+([^?]+)/iu;
const DETERMINER = /^(?:the|its|their)$/iu;
const HEAD_NOUN = new RegExp(`^${alt(PARTY_HEAD_NOUNS)}$`, "iu");
/**
 * A sentence opening on a word pointing back (pointing-words.ts): not an object form, which opens
 * none, nor "that", which opens a clause as often ("That the text…").
 */
const LEANS = new RegExp(
  String.raw`^${pointingWords(POINTING_WORDS, [...OBJECT_PRONOUNS, "that"])}\b`,
  "iu",
);
/**
 * An infinitive ending its clause ("Ecuador refused TO JOIN, citing sovereignty"): the act is told
 * with its object left out. A pattern of word order, not a list of words: no tagger reading gives it.
 */
const OBJECT_LEFT_OUT = /\bto\s+\p{L}+\s*[,.;]/u;
const COUNTED_BEFORE = /\bthe\s+(\d+)\b(?!\s*(?:%|per\s*cent))/giu;
const PRONOUN_OBJECT = /\b(?:it|them)\b|\b(?:this|that|those|these)\s*$/iu;
const ATTITUDE = new RegExp(`^${alt(VIEW_OR_MOOD_WORDS)}$`, "iu");

/**
 * Whether the subject stands in the sentence as more than another's owner or part: not only after
 * "of" ("the sense of Congress").
 */
function standsAsDoer(sentence: string, subject: string): boolean {
  const last = subject.split(" ").pop() ?? subject;
  const at = wholeWord(last, "giu");
  const found = [...sentence.matchAll(at)];
  if (found.length === 0) return true;
  return found.some((m) => !/\bof\s+(?:the\s+)?$/iu.test(sentence.slice(0, m.index)));
}

/**
 * A name: capitalised or an acronym as typed, or a word typed in lower case that the window writes
 * capitalised inside a sentence ("lirneasia" for "LIRNEasia", "czech" for "Czech"). A pronoun or
 * a function word is none.
 */
function nameLike(word: string, windowText: string): boolean {
  if (NOT_NAME.test(word)) return false;
  if (/^\p{Lu}/u.test(word)) return true;
  const written = wholeWord(word, "giu");
  for (const w of windowText.matchAll(written)) {
    const inside = /[\p{L},;:]\s+$/u.test(windowText.slice(0, w.index));
    // (At a sentence's start only a name written with a capital inside it, "LIRNEasia", counts.)
    if (/^\p{Lu}/u.test(w[0]) && (inside || /^.+\p{Lu}/u.test(w[0]))) return true;
  }
  return false;
}
const NOT_NAME = new RegExp(`^${alt(NOT_NAME_WORDS)}$`, "iu");

export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5);
}
