// Whether the words before an ask's dash or colon only name things (item-asks.ts,
// distributed-asks.ts): "the uk and canada walked away in dubai - …" tells something, "the leaked
// draft and c59 - …" names two things.

import { taggedWords } from "./tagged-words.ts";

/** The most items read one by one; more are a list's. */
export const MAX_ITEMS = 3;
/** An item is a name or a short noun phrase, not a clause. */
export const MAX_ITEM_WORDS = 8;
/** Where one item ends and the next begins: a comma (with "and" or "or"), "and", "or" or "&". */
export const ITEM_BREAK = /,\s+(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+/i;

/**
 * Whether a lead names things and says nothing of them: no "each" or "both" of its own ("unesco
 * and mueller both went after the text - …"), no "for each/both" (each28's reading), and no verb
 * in the past but a participle after a determiner ("the uk and canada WALKED away in dubai - …"
 * says something; "the leaked draft" names a thing).
 */
export function namesOnly(lead: string): boolean {
  if (/\b(?:each|both)\b/i.test(lead) || /^\s*for\b/i.test(lead)) return false;
  if (presentVerbIn(lead)) return false;
  // (The tagger reads a possessive's "'s" as an empty word of its own, "is": "the commission's
  // proposed eu line" names a thing as "the proposed eu line" does, so the empty word is passed.)
  const words = taggedWords(lead).filter((word) => word.text !== "");
  return !words.some(
    (word, i) =>
      word.tags.includes("PastTense") &&
      !/^(?:the|a|an|its|their|his|her|our|this|that|these|those)$|'s$/i.test(
        words[i - 1]?.normal ?? words[i - 1]?.text ?? "",
      ),
  );
}

/**
 * Whether a lead tells something in the present: an inflected verb ("res 146 APPEARS in both,
 * …") or a phrasal verb's particle ("Res 146 shows UP twice in my notes, Antalya 2006 and the
 * Bucharest 2022 rev – what did each version do?"). Its first part is then the asker's remark,
 * not an item, and the question's own reading stands. A bare verb form is the tagger's guess at
 * a noun ("document 27", "side by side"), and a hyphen joins a compound noun ("the run-up").
 * A possessive is a noun's (parts44): the tagger reads a plural's ("the arab STATES' prep
 * meeting") as a verb and a singular's "'s" as an empty "is" ("the 2016 one's session").
 */
function presentVerbIn(lead: string): boolean {
  const possessives = new Set(
    [...lead.matchAll(/(\p{L}+s)['’](?=\s|$)/gu)].map((m) => (m[1] as string).toLowerCase()),
  );
  return taggedWords(lead.replace(/(?<=\p{L})-(?=\p{L})/gu, "")).some(
    ({ text, tags }) =>
      text !== "" &&
      !possessives.has(text.toLowerCase()) &&
      tags.includes("Verb") &&
      (tags.includes("PhrasalVerb") || tags.includes("PresentTense")) &&
      !tags.includes("Infinitive") &&
      !tags.includes("Gerund"),
  );
}
