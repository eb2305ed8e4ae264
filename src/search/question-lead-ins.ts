// A lead-in before a colon ("timeline slide, one line each: …", "For our team briefing
// tomorrow: …"): whether it names only a format or an occasion, and when it is an instruction
// rather than the topic ("Article 5B: the main criticisms").

import {
  FIRST_PERSON_CONTEXT,
  FORMAT_NOUN,
  OCCASION,
  OCCASION_PHRASE,
  TOPICS_ONLY_LEAD,
  VENUE_MODIFIER,
} from "./question-requests.ts";
import { isBareSeries } from "./question-series.ts";
import { AUXILIARY, QUESTION_WORD } from "./question-words.ts";

/** A lead-in before a colon: "timeline slide, one line each: …", "Quick question: …". */
export const LEAD_IN = /^((?:[^\s:?]+\s+){0,9}[^\s:?]+):\s+/;
export const ASKING_WORD = new RegExp(String.raw`\b${QUESTION_WORD}\b`, "i");
/** A text opening as an ask does: a question word or an auxiliary first. */
export const ASKING_OPENING = new RegExp(
  String.raw`^(?:${QUESTION_WORD}|what's|${AUXILIARY})\b`,
  "i",
);

/**
 * Whether a lead-in before a colon says only what the answer is for: an occasion ("For our team
 * briefing tomorrow", "ahead of the client call") or the asker's need of it ("Need this for a
 * memo"), not its look ("In bullets", "3 talking points for the panel").
 */
const OCCASION_ONLY = new RegExp(`^(?:${OCCASION_PHRASE}|${FIRST_PERSON_CONTEXT})$`, "i");
export function namesOnlyOccasion(lead: string): boolean {
  return OCCASION_ONLY.test(lead.trim());
}

/**
 * "timeline slide, one line each: key dates from…", "Quick profile for a slide: the main things…":
 * a request with no question in it, opened by a short lead-in before a colon that names what the
 * answer is for or how it should look (a format or a venue: "slide", "timeline", "memo", "bullets")
 * and nothing else (no asking word, no capital after its first word, no numbered name: "Article
 * 5B: the main criticisms" names its topic). The request after the colon is the content. (A
 * question with a question mark keeps its lead-in as retrieval context: see `withoutLeadIn`.)
 * With ", bulleted", "one line each" and "a 3-bullet brief" read as instructions too, on the
 * tuning half (550 questions): nugget recall 0.804 → 0.806, wrong refusals 28 → 25 of 441,
 * out-of-scope refused 93 of 109 and answered "full" 0 unchanged.
 */
const FORMAT_WORD = new RegExp(`\\b(?:${FORMAT_NOUN}|${OCCASION}|${VENUE_MODIFIER})\\b`, "i");
/**
 * Whether a lead-in names nothing but a format, occasion or writing venue ("For the timeline
 * slide", "quick memo"): each of its words is one of those or a determiner or preposition joining
 * them. "spam article summary" names a topic too.
 */
export function namesOnlyFormat(lead: string): boolean {
  if (namesOnlyTopics(lead)) return false;
  const words = lead
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "" && !FORMAT_JOINING.has(w));
  const whole = new RegExp(`^(?:${FORMAT_WORD.source})$`, "i");
  return words.length > 0 && words.every((w) => whole.test(w));
}
/**
 * Whether a lead-in is made only of media that are topics too (`TOPICS_ONLY_LEAD`): "talks", "the
 * meetings", "meeting notes". It names what is asked about ("the meetings: who chaired them?"), not
 * a format or an occasion.
 */
function namesOnlyTopics(lead: string): boolean {
  return TOPICS_ONLY.test(lead.trim());
}
const TOPICS_ONLY = new RegExp(`^${TOPICS_ONLY_LEAD}$`, "i");
const FORMAT_JOINING = new Set(["for", "the", "a", "an", "my", "our", "this", "in", "on", "quick"]);
export function formatLeadIn(text: string): { lead: string; length: number } | undefined {
  const m = LEAD_IN.exec(text);
  if (!m) return undefined;
  const lead = m[1] as string;
  // A question after the colon ("caveats box for a memo: what's still unverified…?") keeps its
  // lead-in as retrieval context (`withoutLeadIn` reads the ask without it); a request typed with
  // a question mark all the same ("timeline slide, one line each: the ITU decisions that…?!") is
  // read as it is without one.
  if (text.includes("?") && ASKING_OPENING.test(text.slice(m[0].length))) return undefined;
  // (A numbered name, "Article 5B", "Resolution 146", "WCIT-12", is a topic, not a format; so
  // is an acronym opening the lead-in, whose capitals are its own, not the opening's ("UNESCO vs
  // Kroes on the security article: what was each worried about"), and two sides set against each
  // other ("…vs…"): typed with no "?", the security "article" was read as a format and the sides
  // were cut (lower27).)
  const namesSomething =
    /\s\p{Lu}|\p{L}-?\d|\d\p{L}|^\p{Lu}\p{L}*\s+\d|^\p{Lu}{2,}(?![\p{Ll}])|\s(?:vs\.?|versus)\s/u.test(
      lead,
    );
  if (
    ASKING_WORD.test(lead) ||
    namesSomething ||
    !FORMAT_WORD.test(lead) ||
    namesOnlyTopics(lead)
  ) {
    return undefined;
  }
  // "key provisions of the new treaty text as bullets: preamble, scope, security and spam": after
  // the colon only the parts of a topic, which the lead-in names (cut as a format, the question
  // asked "preamble, scope, security and spam" of nothing and was refused). Tuning half (1,346 q):
  // 0.8255 -> 0.8258, wrong refusals 89 -> 88, one answer changed, no trust figure moved.
  // (Read up to its question mark: "…security and spam?! Thanks so much!!" is the same series.)
  if (isBareSeries(text.slice(m[0].length).replace(/(?<=\?)[^?]*$/, ""))) return undefined;
  return { lead, length: m[0].length };
}
