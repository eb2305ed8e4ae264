// What a question asks of the thing it names, read from its shape ("what number did X carry",
// "how does X define Y", "what was X doing before", "what did X say once…", "what was X
// charging", "when did X hand in…"), and whether a sentence of the window states that focus of
// that thing (`focusStated`). A place naming the thing without the detail asked does not answer.

import { FUNDING_ASKED, paymentToldAt } from "./asked-funding.ts";
import { REPLY_ASKED, replyToldAt } from "./asked-reply.ts";
import { DEADLINE_ASKED } from "./demand-dates.ts";
import { asksForeseen, carriesAnswer, statesAmountOfMoney } from "./evidence.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/** One detail a question's shape can ask of a thing, and how a sentence states it. */
interface Focus {
  /** The question's shape; a `thing` group, where it has one, names what the detail is of. */
  asked: RegExp;
  /** Where in a sentence the detail is stated: the index of its word, or -1. */
  statedAt: (sentence: string) => number;
  /** Whether the thing must come before the stating word (its subject: "X said…"). */
  thingFirst: boolean;
  /** A question of the shape that asks something else, where it does ("by when did X have to…"). */
  asksOtherwise?: (question: string) => boolean;
}

/** The index of a pattern's first match in a sentence, or -1. */
function matchAt(pattern: RegExp): (sentence: string) => number {
  return (sentence) => sentence.search(pattern);
}

/**
 * A number a thing carries as its name: a numbered instrument or document ("Res. 127",
 * "Resolution 1379", "Document 27", "Article 5A"), or a code joining capitals and a number
 * ("C59", "TD-64", "PLEN/3").
 */
const IDENTIFIER =
  /\b(?:Res(?:olution)?s?\.?|Doc(?:ument)?s?\.?|Articles?|Art\.|Recommendations?|Decisions?|contributions?|No\.)\s*[A-Z]?\d+[A-Z]?\b|\b[A-Z]{1,4}[-/]?\d{1,3}[A-Z]?\b/;

/**
 * A definition told: the defining verbs of English ("means", "defined as", "described spam as",
 * "covers", "refers to", "use X to mean", "stands for") or a gloss ("i.e.", "essentially").
 */
const DEFINING =
  /\b(?:means|meaning|mean|(?:defined?s?|described?s?)\b[^.]*?\bas\b|covers|refers?\s+to|stands\s+for|i\.e\.|essentially)\b/i;

/**
 * An earlier post told: "former", "previously", "had been", a post held at a body ("researchers
 * at…", "a professor of…"), "worked at/for/as", a "career".
 */
const EARLIER_POST =
  /\b(?:former(?:ly)?|previously|before\s+(?:that|joining|becoming|taking)|had\s+(?:been|served|worked|led|run|headed)|(?:researchers?|professors?|fellows?|economists?|lawyers?|engineers?|officials?|executives?|staff(?:ers)?|employees?|directors?|analysts?|scholars?)\s+(?:at|of|with)|worked\s+(?:at|for|as)|career)\b/i;

/** A verb of saying, as a sentence tells what someone said (not "to say", an infinitive). */
const SAYING =
  /(?<!\bto\s)\b(?:said|says|told|stated|replied|responded|answered|denied|argued|insisted|warned|noted|called|announced|declared|claimed|complained|objected|urged|wrote|added|explained|acknowledged|dismissed|stressed|criticised|criticized|welcomed|rejected)\b/i;

/**
 * A handing over told: a past verb of delivering, submitting or reporting ("handed over",
 * "delivered", "submitted", "filed", "presented", "reported to"), not "report" the noun ("a final
 * report was due", a plan, not a delivery).
 */
const HANDED_OVER =
  /\b(?:hand(?:ed)?\s+(?:\S+\s+){0,3}?(?:in|over)|delivered|submitted|filed|lodged|presented|tabled|turned\s+in|reported\s+(?:to|back)|sent)\b/i;

/** A sentence telling a handing over with a date: the date of that act, not of another. */
function handedOverDated(sentence: string): number {
  return carriesAnswer(sentence, "date") ? sentence.search(HANDED_OVER) : -1;
}

/**
 * The details a question's shape asks of a thing it names. Each asks one thing of it that no
 * mention of it states by itself:
 * - its number: "what number did X carry", "what resolution number…", "what number was it"
 *   (not "what number did he point to", a figure, nor "what number of…", a count);
 * - its definition: "how does X define 'Y'", "X's own definition of Y", "what does X mean by Y"
 *   (not "the draft definition of spam", a definition named);
 * - an earlier post of a person: "what was X doing before…", "what did X do before…";
 * - what a party said after an act: "what did X say once / after / when…" (a party named, not
 *   "each of the treaty's defenders", a class whose members the answer names);
 * - what a body charged: "what was X charging", "what did X charge for…", a sum of money (not
 *   "roaming charges", a noun);
 * - when a body handed something in: "when did X hand in / hand over / deliver / submit…", a
 *   dated sentence telling the handing over (not X's launch or its deadline dated beside it;
 *   not where the question asks the deadline or the plan itself);
 * - who paid for a thing or how it was funded: "who paid for X", "how was X funded", "who put up
 *   the money for it" (asked-funding.ts), a sentence telling any payment, sum or funder;
 * - whether a party replied: "did X ever answer / respond to…", "what did X write back"
 *   (asked-reply.ts), a sentence telling a reply.
 */
const FOCI: readonly Focus[] = [
  {
    asked:
      /\b(?:what|which)\s+(?:resolution|res|document|doc|article|contribution|bill|item)\s+number\b|\b(?:what|which)\s+number\s+(?:was|is)\s+(?:it|that|this)\b|\bwhat\s+number\s+did\b[^?]*?\b(?:carry|bear|get|have|take)\b/iu,
    statedAt: matchAt(IDENTIFIER),
    thingFirst: false,
  },
  {
    asked:
      /\bhow\s+(?:does|did|do|is|was|are|were)\b[^?]*?\bdefin(?:e|es|ed)\b(?:[^?'‘"“]*(?<thing>['‘"“][^'’"”]+['’"”]))?|\b(?:own|actual|exact)\s+definition\s+of\s+(?<thing2>['‘"“][^'’"”]+['’"”])?|\bwhat\s+(?:does|did)\b[^?]*\bmean\s+by\s+(?<thing3>['‘"“][^'’"”]+['’"”])?/iu,
    statedAt: matchAt(DEFINING),
    thingFirst: false,
  },
  {
    asked:
      /\bwhat\s+(?:was|were)\s+(?<thing>[^?]+?)\s+(?:doing|up\s+to)\s+before\b|\bwhat\s+did\s+(?<thing2>[^?]+?)\s+do\s+before\b/iu,
    statedAt: matchAt(EARLIER_POST),
    thingFirst: false,
  },
  {
    asked:
      /\bwhat\s+did\s+(?!(?:each|every|all|any|some|both|other|others|they|he|she|it|people|folks)\b)(?<thing>[^?,;]+?)\s+(?:say|reply|respond|answer)(?:\s+back)?\s+(?:once|after|when|following)\b/iu,
    statedAt: matchAt(SAYING),
    thingFirst: true,
  },
  {
    asked:
      /\bwhat\s+(?:was|were|did|does|do|is|are)\b[^?]*?\b(?:charg(?:ing|ed)|charge\s+(?:for|to))\b/iu,
    statedAt: (sentence) => (statesAmountOfMoney(sentence) ? 0 : -1),
    thingFirst: false,
  },
  {
    asked: /\bwhen\s+did\b[^?]*?\b(?:hand(?:ed)?\s+(?:in|over)|deliver|submit|turn\s+in)\b/iu,
    statedAt: handedOverDated,
    thingFirst: false,
    // "by when did the panel have to hand in its report", "when was it due to hand over": a
    // deadline or a plan is asked, which a source states without the handing over.
    asksOtherwise: (question) => DEADLINE_ASKED.test(question) || asksForeseen(question),
  },
  { asked: FUNDING_ASKED, statedAt: paymentToldAt, thingFirst: false },
  { asked: REPLY_ASKED, statedAt: replyToldAt, thingFirst: false },
];

/** The detail a question's shape asks, with the words of the thing it asks it of, if written. */
export interface AskedFocus {
  focus: Focus;
  /** The thing's own words as the question writes them ("saudi arabia", "'technical harm'"). */
  thing?: string;
}

/** The detail a question's shape asks of a thing it names (`FOCI`), or undefined. */
export function askedFocus(question: string): AskedFocus | undefined {
  for (const focus of FOCI) {
    const m = focus.asked.exec(question);
    if (m === null || focus.asksOtherwise?.(question)) continue;
    const g = m.groups ?? {};
    const thing = g.thing ?? g.thing2 ?? g.thing3;
    return thing === undefined ? { focus } : { focus, thing };
  }
  return undefined;
}

/**
 * Whether a sentence of the window's paragraph states the focus asked of the thing: the stating
 * word in a sentence naming the thing, the thing before it where it must be its subject ("the
 * Chair said…", not "the United States asked China to say…"). A sentence names the thing where
 * it holds one of the thing's own words, where the question writes them; else where it is a
 * sentence of the window (which meets the question's words) or holds one of the question's key
 * terms. A thing the question writes and the paragraph never names is left to the checks of
 * names unmet.
 */
export function focusStated(
  asked: AskedFocus,
  read: { paragraph: readonly string[]; window: readonly string[] },
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): boolean {
  const thingTerms = asked.thing === undefined ? [] : analyzeText(asked.thing);
  const names = (text: string) => {
    const terms = new Set(analyzeText(text));
    return thingTerms.length > 0
      ? thingTerms.some((t) => terms.has(t))
      : read.window.includes(text) || keyTerms.some((k) => containsTerm(terms, k));
  };
  if (thingTerms.length > 0 && !read.paragraph.some(names)) return true;
  return read.paragraph.some((sentence) => {
    const at = asked.focus.statedAt(sentence);
    if (at < 0) return false;
    return asked.focus.thingFirst ? names(sentence.slice(0, at)) : names(sentence);
  });
}
