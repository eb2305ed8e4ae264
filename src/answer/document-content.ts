// A question asking what a named document says (issue #12, content34): "what does resolution 5
// on traffic termination actually ask member states to do", "what did the reconvened expert
// group's final report conclude", "which options did the CWG's final report set out". The place
// that names the document may only name, date or file it ("A final report was due to Council
// 2026", "Resolution 5, which is non-binding, touches on traffic termination", "asked the group to
// produce a final report setting out all options"): every term met, nothing of what the document
// says. Such a place answers only where one of its sentences has the document (its noun, its name
// or number, its owner, or "It"/"They" right after a sentence naming it) as the subject of a verb
// stating content, in the active voice ("C-109 proposed…", "That resolution asked…", "Article
// 1.1(a) now says…", "UNESCO's submission to the public consultation objected to…"), and not with
// the document as that verb's own object ("called for an international convention"). Read by
// `judgeWindow` (coverage-window.ts) as `documentContentStated`.

import { isFamiliarWord } from "./common-words.ts";
import { MONTH_ABBREVIATIONS, MONTHS } from "./evidence.ts";
import { withoutFormWords, withoutSenseWords } from "./term-alternatives.ts";
import type { Analyze, KeyTerm } from "./terms.ts";
import type { Window } from "./window-reading.ts";

/**
 * A thing a question asks of by its head noun (a document's content here, an event's outcome in
 * event-outcome.ts): the noun, its owner, and the analyser its terms were read with.
 */
export interface HeadedAsk {
  /** The head noun and its other spellings, or its name, as a regular-expression alternation. */
  head: string;
  /**
   * Its owner ("ETNO's", "the Arab States'", or who wrote in a document): alternatives of index
   * terms, one list a word.
   */
  owners: readonly (readonly string[])[][];
  /** The analyser the terms were read with, to read a sentence's subject. */
  analyzeText: Analyze;
}

/** What a question asks the content of: its document's noun, names, owner and qualifying words. */
export interface DocumentAsk extends HeadedAsk {
  /** The index terms of the document's noun. */
  headTerms: readonly string[];
  /** Its names ("Document 27", "C-109", "PLEN/3"): each as alternatives of index terms. */
  names: readonly (readonly string[])[][];
  /** The uncommon words saying which document ("unity", "maritime"): alternatives of terms. */
  qualifiers: readonly (readonly string[])[][];
}

/** Nouns of a written document, with the short forms a Slack question uses for some. */
const DOCUMENT_NOUNS: Record<string, string> = {
  resolution: "resolutions?|res",
  res: "resolutions?|res",
  report: "reports?",
  paper: "papers?",
  letter: "letters?",
  statement: "statements?",
  proposal: "proposals?",
  proposals: "proposals?",
  text: "texts?",
  article: "articles?|art",
  art: "articles?|art",
  appendix: "appendi(?:x|ces)",
  annex: "annex(?:es)?",
  contribution: "contributions?",
  document: "documents?|doc",
  doc: "documents?|doc",
  draft: "drafts?",
  submission: "submissions?",
  comments: "comments",
  convention: "conventions?",
  petition: "petitions?",
  "e-mail": "e-?mails?",
  email: "e-?mails?",
  memo: "memos?",
  declaration: "declarations?",
  motion: "motions?",
};
export const DOCUMENT_NOUN = Object.keys(DOCUMENT_NOUNS).join("|");

/** The verbs a question asks a document's content by ("what does it ASK…", "…SET OUT"). */
const ASK_VERB =
  "say|says|said|ask|asks|asked|propose|proposes|proposed|require|requires|required|recommend|recommends|recommended|conclude|concludes|concluded|urge|urges|urged|call(?:s|ed)?\\s+(?:for|on)|demand|demands|demanded|oblige|obliges|obliged|contain|contains|contained|set\\s+out|sets\\s+out|lay\\s+out|lays\\s+out|list|lists|listed|state|states|stated|object\\s+to|objected\\s+to|write|wrote|argue|argues|argued|want|wants|wanted|tell|tells|told";
/** Past or third-person forms only: what a request clause writes with no auxiliary. */
const FINITE_ASK_VERB =
  "said|says|asks|asked|proposes|proposed|requires|required|recommends|recommended|concludes|concluded|urges|urged|call(?:s|ed)\\s+(?:for|on)|demands|demanded|obliges|obliged|contains|contained|sets\\s+out|set\\s+out|lists|listed|states|stated|objected\\s+to|wrote|argues|argued|wants|wanted|tells|told";
export const ADVERBS =
  "(?:(?:actually|really|exactly|specifically|basically|formally|precisely)\\s+)*";
/** The document's phrase: one to ten words, no clause break. */
export const PHRASE = "(?<doc>(?:[^\\s?,;:!]+\\s+){0,9}?[^\\s?,;:!]+)";

const ASKS = [
  // "what does resolution 5 … actually ask", "what did the final report conclude"
  new RegExp(
    `\\bwhat\\s+(?:did|does|do|has|have|had|would|will)\\s+${PHRASE}\\s+${ADVERBS}(?:${ASK_VERB})\\b`,
    "iu",
  ),
  // "which options did the CWG's final report set out"
  new RegExp(
    `\\b(?:which|what)\\s+(?:[\\p{L}-]+\\s+){1,6}?(?:did|does|do|has|have|had)\\s+${PHRASE}\\s+${ADVERBS}(?:${ASK_VERB})\\b`,
    "iu",
  ),
  // "talking points on what the unity statement actually asked…"
  new RegExp(
    `\\bwhat\\s+(?!(?:did|does|do|has|have|had|would|will|was|were|is|are)\\b)${PHRASE}\\s+${ADVERBS}(?:${FINITE_ASK_VERB})\\b`,
    "iu",
  ),
  // "what did ETNO's chairman write in his e-mail to Kramer"
  new RegExp(
    `\\bwhat\\s+(?:did|does|do|has|have|had)\\s+(?<who>[^?]{1,60}?)\\s+(?:${ASK_VERB})\\s+in\\s+${PHRASE}(?=\\s*(?:[?.,;:]|$|\\s+(?:to|about|on|for|at)\\b))`,
    "iu",
  ),
];

/** A word opening a clause inside a phrase ("that came", "is reported"). */
export const CLAUSE_WORD = /(?<![\p{L}-])(?:that|which|who|is|are|was|were|to)(?![\p{L}-])/iu;

/**
 * The document's noun heads its phrase: it ends the phrase or stands before a preposition, a
 * name or number ("Document 27", "art 1.1(a)", "Resolution PLEN/3") or a noun for its wording
 * ("appendix rules"); not "the petition coalition", a coalition named by a petition.
 */
function headsPhrase(after: string): boolean {
  const next = after.trim().split(/\s+/)[0] ?? "";
  return (
    next === "" ||
    /^(?:of|on|to|from|for|in|at|by|about|with|ahead|out|rules|provisions|wording|language)$/i.test(
      next,
    ) ||
    /\d|^\p{Lu}/u.test(next)
  );
}

/** Words of a phrase that say which document but not what it is ("the", "its", "back in"). */
export const NOT_QUALIFYING = new Set(
  "the a an its their his her this that these those of on in for to from at by with and or back up out".split(
    " ",
  ),
);

/**
 * What a question asks the content of, where it asks what a named document says, asks, proposes,
 * requires, concludes or sets out (`ASKS`) and the phrase before the verb (or after "in") is headed
 * by a document's noun; undefined otherwise (a pronoun, a body, a meeting: "what did WTPF-13
 * conclude"). `keyTerms` lend their other names ("Europarl": "European Parliament").
 */
export function documentAsked(
  question: string,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): DocumentAsk | undefined {
  for (const pattern of ASKS) {
    const match = pattern.exec(question);
    const phrase = match?.groups?.doc;
    if (match === null || phrase === undefined) continue;
    // (A phrase holding a clause of its own, "the article that came out of Dubai", "Resolution
    // PLEN/3 is reported to ask", is not read: its verb may be the one asked.)
    if (CLAUSE_WORD.test(phrase)) continue;
    const nounWord = documentNounOf(phrase);
    if (nounWord === undefined) continue;
    const headTerms = new Set(analyzeText(FULL_FORMS[nounWord] ?? nounWord));
    const namings = (word: string) => namingsOf(word, keyTerms, analyzeText, headTerms);
    const words = qualifyingWords(phrase);
    const ownerWords = ownerWordsOf(phrase, match.groups?.who);
    const names = words
      .filter(
        (w) =>
          (/^\p{Lu}/u.test(w) || (/\d/.test(w) && !/^(?:19|20)\d\d$/.test(w))) &&
          w.toLowerCase() !== nounWord,
      )
      .map(namings)
      .filter((n) => n.length > 0);
    const qualifiers = words
      .filter(
        (w) =>
          !isFamiliarWord(w) &&
          !/\d/.test(w) &&
          !MONTH.test(w) &&
          w.toLowerCase() !== nounWord &&
          !ownerWords.some((o) => o.toLowerCase() === w.toLowerCase()),
      )
      .map(namings)
      .filter((n) => n.length > 0);
    return {
      head: GENERIC_NOUNS.has(nounWord)
        ? [...new Set(Object.values(DOCUMENT_NOUNS))].join("|")
        : (DOCUMENT_NOUNS[nounWord] as string),
      headTerms: [...headTerms],
      names,
      owners: ownerWords.map(namings).filter((n) => n.length > 0),
      qualifiers,
      analyzeText,
    };
  }
  return undefined;
}

/** The document's noun heading `phrase`, in lower case, if any. */
function documentNounOf(phrase: string): string | undefined {
  const noun = [
    ...phrase.matchAll(new RegExp(`(?<![\\p{L}-])(${DOCUMENT_NOUN})(?![\\p{L}-])`, "giu")),
  ].find((m) => headsPhrase(phrase.slice(m.index + m[0].length)));
  return noun === undefined ? undefined : (noun[1] as string).toLowerCase();
}

/** The words of `phrase`, without possessive endings and quotes, that may say which document. */
function qualifyingWords(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .map((w) => w.replace(/(?:'s|’s|'|’)$/u, "").replace(/^[("“]+|[)"”.,]+$/gu, ""))
    .filter((w) => w !== "" && !NOT_QUALIFYING.has(w.toLowerCase()));
}

/**
 * The words of the owners `phrase` names (and of `who`, the asking pattern's owner) that name
 * them: capitalised as typed, or uncommon; "US" of "the US side's", "Americas" and "bloc" of
 * "the Americas bloc's".
 */
function ownerWordsOf(phrase: string, who: string | undefined): string[] {
  return [
    ...[...phrase.matchAll(OWNER)].map((m) => m[1] as string),
    ...(who !== undefined ? [who] : []),
  ].flatMap((o) =>
    o
      .replace(/(?:'s|’s|'|’)$/u, "")
      .split(/\s+/)
      .filter(
        (w) => !NOT_QUALIFYING.has(w.toLowerCase()) && (/^\p{Lu}/u.test(w) || !isFamiliarWord(w)),
      ),
  );
}

/**
 * A word of a question's phrase as alternatives of index terms: its own terms (without `head`'s,
 * the phrase's noun) and the other names the key terms give them. (Its other names as written, not
 * words of the same sense: "reconvened" is no "open".) None where only the noun's terms are left.
 */
export function namingsOf(
  word: string,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
  head: ReadonlySet<string>,
): string[][] {
  const terms = analyzeText(word).filter((t) => !head.has(t));
  if (terms.length === 0) return [];
  const own = keyTerms
    .filter((k) => terms.includes(k.term))
    .flatMap((k) => withoutFormWords(withoutSenseWords(k)).alternatives);
  return [terms, ...own];
}

/**
 * Nouns for any written document: "the adopted text" is named by "the adopted Article 5A", so
 * any document's noun stands for it.
 */
const GENERIC_NOUNS = new Set(["text", "document", "doc", "draft"]);

/** The nouns a question clips, by their full form: the form a sentence writes. */
const FULL_FORMS: Record<string, string> = {
  res: "resolution",
  art: "article",
  doc: "document",
  email: "e-mail",
};

/** An owner before its document: "ETNO's", "the US side's", "the Americas' joint…". */
export const OWNER = /((?:[\p{L}\p{N}.-]+\s+){0,2}?[\p{L}\p{N}.-]+)(?:'s|’s|s'|s’)(?!\p{L})/gu;

/**
 * A month's name or its short form, as a phrase dates a document ("the nov 22 resolution"): the
 * shared lists, whole words only (a prefix test read "marrakesh" or "junta" as months).
 */
export const MONTH = new RegExp(`^(?:${MONTHS}|${MONTH_ABBREVIATIONS})\\.?$`, "i");

/**
 * Verbs that state what a document or its author says, in the active voice: the content follows.
 * (Not verbs naming, dating or filing it: "filed", "adopted", "was due", "touches on", "covers".)
 * A modal before any verb but "be" tells what the document would do: "Data retention proposals
 * would let the ITU harmonize…", "the text shall require…"; not a guess at its fate ("…had
 * signalled the proposal would likely be withdrawn").
 */
const CONTENT_VERB =
  "made\\s+(?:this|that|the\\s+same|its|their)\\s+(?:case|point|argument)s?|repeated|echoed|says|said|asks|asked|calls\\s+(?:for|on)|called\\s+(?:for|on)|urges|urged|proposes|proposed|requires|required|recommends|recommended|concludes|concluded|lists|listed|states|stated|provides|provided|invites|invited|tells|told|demands|demanded|sets\\s+out|set\\s+out|gives|gave|argues|argued|includes|included|contains|contained|commits|committed|obliges|obliged|resolved|objected|criticised|criticized|describes|described|declares|declared|insists|insisted|notes|noted|wants|wanted|seeks|sought|adds|added|raised|raises|opposes|opposed|rejects|rejected|supports|supported|welcomed|stresses|stressed|recognises|recognised|recognizes|recognized|encourages|encouraged|instructs|instructed|defines|defined|guarantees|guaranteed|allows|allowed|enables|enabled|permits|permitted|(?:aims|aimed)\\s+to|envisages|envisaged|(?:would|will|shall|should|must|could|may|might)\\s+(?!(?:(?:likely|probably|possibly|perhaps|also|still|not|then)\\s+)*(?:be|have\\s+been)(?![\\p{L}-]))(?:(?:also|still|not)\\s+)*(?!(?:likely|probably|possibly|perhaps)(?![\\p{L}-]))[\\p{L}-]+|(?:does|do|did)\\s+not\\s+(?:define|address|deal|say|include|require|mention)";

/** A sentence opening with a pronoun for what a sentence before named ("It asked…"). */
export const PRONOUN_OPENING = /^\s*(?:It|They|This|These|Those)\b/u;

/** A sentence opening with its subject: a pronoun, or "That resolution", "The paper". */
export const SUBJECT_OPENING =
  /^\s*(?:It|They|This|These|Those|(?:That|This|These|The)\s+[\p{L}-]+)\b/u;

/** How many sentences back a pronoun's document may be named ("They are numbered…. They…"). */
export const PRONOUN_REACH = 3;

/** A sentence with its asides taken out: "(Rev. Bucharest, 2022)", ", which is non-binding,". */
export function withoutAsides(sentence: string): string {
  return sentence
    .replace(/\([^()]*\)/g, " ")
    .replace(/,\s+(?:which|who|in|as|at|like|for example)\b[^,]*,/giu, " ")
    .replace(/\s+/g, " ");
}

export const met = (alternatives: readonly (readonly string[])[], held: ReadonlySet<string>) =>
  alternatives.some((alt) => alt.length > 0 && alt.every((t) => held.has(t)));

/**
 * A qualifier met as written or clipped: "plenipot" is met by "plenipotentiari", a term it opens
 * (four letters or more).
 */
export const qualifierMet = (
  alternatives: readonly (readonly string[])[],
  held: ReadonlySet<string>,
) =>
  met(alternatives, held) ||
  alternatives.some(
    (alt) =>
      alt.length === 1 &&
      (alt[0] as string).length >= 4 &&
      [...held].some((t) => t.startsWith(alt[0] as string)),
  );

/**
 * The subjects of the verbs `verb` (by default those stating content) in `sentence`, in the
 * active voice, with something after the verb other than `head`, the asked thing's own noun
 * ("called for an international convention"): the words before each verb back to the clause's
 * start (a comma, semicolon, colon, "that", "which", "who", "and"), at most eight.
 */
export function contentSubjects(sentence: string, head: string, verb = CONTENT_VERB): string[] {
  const plain = withoutAsides(sentence);
  const subjects: string[] = [];
  const verbs = new RegExp(`(?<![\\p{L}-])(?:${verb})(?![\\p{L}-])`, "giu");
  for (const m of plain.matchAll(verbs)) {
    const after = plain.slice(m.index + m[0].length).trim();
    if (after === "" || /^[.;!?]/.test(after)) continue;
    if (new RegExp(`^(?:\\S+\\s+){0,2}(?:${head})(?![\\p{L}-])`, "iu").test(after)) continue;
    const before = plain.slice(0, m.index);
    const clause =
      before.split(/[,;:]|(?<![\p{L}-])(?:that|which|who|and)(?![\p{L}-])/iu).pop() ?? "";
    const words = clause
      .trim()
      .split(/\s+/)
      .filter((w) => w !== "");
    // "It made the CWG the official process, confirmed the dates, and ASKED…": a predicate
    // joined to the sentence's first has its subject, where that opens the sentence.
    if (words.length === 0) {
      const opening = SUBJECT_OPENING.exec(plain)?.[0];
      if (opening !== undefined && m.index > opening.length) subjects.push(opening);
      continue;
    }
    if (/^(?:is|are|was|were|be|been|being|to|not)$/i.test(words[words.length - 1] as string))
      continue;
    subjects.push(words.slice(-8).join(" "));
  }
  return subjects;
}

/**
 * Whether the window states what the asked document says: a sentence of it has the document (its
 * noun, a name of it, its owner) as the subject of a verb stating content (`contentSubjects`), or
 * a pronoun there for a sentence shortly before that names it; and the document's owner and its
 * uncommon qualifying words ("unity" in "the unity statement") are met in the window, the
 * sentences pointed back at, or the passage's title and headings (one qualifier of two or more may
 * be missing). A passage whose title and headings name the document is its text: any window of it
 * states it.
 */
export function documentContentStated(ask: DocumentAsk | undefined, w: Window): boolean {
  if (ask === undefined) return true;
  const { spans, sentences, contextTerms } = w.passage;
  const held = (extra: readonly number[]) =>
    new Set([...w.terms, ...contextTerms, ...extra.flatMap((k) => sentences[k] ?? [])]);
  const qualified = (terms: ReadonlySet<string>) =>
    ask.owners.every((o) => met(o, terms)) &&
    ask.qualifiers.filter((q) => !qualifierMet(q, terms)).length <=
      (ask.qualifiers.length >= 2 ? 1 : 0);
  const headNoun = new RegExp(`(?<![\\p{L}-])(?:${ask.head})(?![\\p{L}-])`, "iu");
  // (The noun as written: "reported" is no report.)
  const namesIt = (text: string, terms: ReadonlySet<string>) =>
    headNoun.test(text) ||
    ask.names.some((n) => met(n, terms)) ||
    ask.owners.some((o) => met(o, terms));
  // (A passage whose document's title names the asked document, "What the CDT cybersecurity
  // paper argued", holds its content: any window of it states it. Not a heading: a paragraph
  // headed "Unity statement and Best Bits" tells of two documents.)
  // (Its owner and qualifiers in that title: the CDT paper's title names no Internet Society.)
  const { title } = w.passage;
  if (headNoun.test(title) && qualified(new Set(ask.analyzeText(title)))) return true;
  for (let j = 0; j < w.spans.length; j++) {
    const at = w.at + j;
    const text = spans[at]?.text ?? "";
    for (const subject of contentSubjects(text, ask.head)) {
      // (The sentence before may name what "That resolution" or "The paper" is.)
      if (namesIt(subject, new Set(ask.analyzeText(subject))) && qualified(held([at - 1])))
        return true;
      if (!PRONOUN_OPENING.test(subject) || !PRONOUN_OPENING.test(text)) continue;
      for (let back = 1; back <= PRONOUN_REACH && at - back >= 0; back++) {
        const earlier = Array.from({ length: back }, (_, b) => at - b - 1);
        const before = spans[at - back]?.text ?? "";
        if (namesIt(before, new Set(sentences[at - back] ?? [])) && qualified(held(earlier)))
          return true;
        if (!PRONOUN_OPENING.test(spans[at - back]?.text ?? "")) break;
      }
    }
  }
  return false;
}
