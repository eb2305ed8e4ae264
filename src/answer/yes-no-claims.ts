// What kind of claim a yes/no question makes, and the sentences that deny it: a claim of a whole
// class (`asksOfEvery`, `deniesUniversal`), of one party alone (`soleClaimParty`), of a counted
// class (`countedClassAsked`, `deniesCount`), and of what a text does (`asksOfText`,
// `statesText`, `partyView`). Moved out of extractive-yes-no.ts (health30), unchanged; that file
// weighs the claim against each sentence (`propositionStated`, `claimDecider`, `deniesSole`).
import { MONTHS } from "../text.ts";
import type { CountedClass } from "./extractive-shape.ts";
import type { Sentence } from "./extractive-view.ts";

/**
 * A yes/no question asking its claim of a whole class, right after its auxiliary: "Were ALL the
 * civil society groups against…?", "Did EVERY member sign…?", "Has EVERYONE…?". (Not "all" as an
 * intensifier elsewhere: "…or was it all leaks?", "anything at all".)
 */
const UNIVERSAL_ASKED =
  /\b(?:did|do|does|was|were|is|are|has|have|had|will|would)\s+(?:all|every(?:one|body)?)\b/i;

export function asksOfEvery(question: string): boolean {
  return UNIVERSAL_ASKED.test(question);
}

/**
 * A sentence saying a class was not of one mind: "Civil society was not unanimous.", "Not all
 * members…", "not everyone agreed". For a question asking its claim of a whole class
 * (`asksOfEvery`), it denies the claim as "contain no X" denies a thing: it leads the answer
 * (`leadWithProposition`) and opens it (`decidingSentences`). "Were all the civil society groups
 * against the Dubai outcome?" had opened with the open letter's problems, every sentence naming
 * civil society as much, and left out "Civil society was not unanimous." and who dissented.
 */
const NOT_UNIVERSAL =
  /\b(?:not|never)\s+(?:(?:been|be)\s+)?(?:unanimous(?:ly)?|universal(?:ly)?|all|every(?:one|body)?)\b/i;

export function deniesUniversal(display: string): boolean {
  return NOT_UNIVERSAL.test(display);
}

/**
 * A yes/no question claiming one party alone did something: "Was Russia THE ONLY government
 * named…?", "Did the US stand ALONE against…?", "Was Washington THE LONE voice…?", "Did CDT write
 * it ON ITS OWN?", "was it ONLY governments…?". (Not "only" as "merely": "…or only about
 * networks?", "only took effect after…".)
 */
const SOLE_ASKED =
  /\bthe\s+(?:only|sole|lone)\b|\balone\b|\bon\s+(?:its|their|his|her)\s+own\b|\bby\s+(?:itself|themselves|himself|herself)\b|\bsingle-handedly\b|\b(?:was|were|is|are)\s+it\s+only\b|\b(?:did|does|do)\s+only\b/i;

/** A run of capitalised words: the party a sole claim names ("the US", "Russia", "CDT"). */
const PARTY_NAME = /\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}.'’-]*)*/gu;

/**
 * For a yes/no question claiming one party alone did something (`SOLE_ASKED`), the words naming
 * that party: the last name before the claim's marker ("the US" in "is it right that the US was
 * basically alone…"), else the first after it ("was it only Russia…"); empty when it names none.
 * Undefined for a question claiming no such thing.
 */
export function soleClaimParty(question: string): string | undefined {
  const marker = SOLE_ASKED.exec(question);
  if (!marker) return undefined;
  // (Not the question's first word, capitalised anyway: "Was", "Did".)
  const opening = question.match(/^\s*\S+/)?.[0].length ?? 0;
  const before = [...question.slice(opening, marker.index).matchAll(PARTY_NAME)];
  const after = question.slice(marker.index + marker[0].length).match(PARTY_NAME);
  return before.at(-1)?.[0] ?? after?.[0] ?? "";
}

/** How a yes/no question's claim is weighed: a count of a whole class, a claim about a text. */
export interface ClaimReading {
  counted?: CountedClass;
  text?: boolean;
}

/**
 * Nouns counting the members of an intergovernmental body: one count of them denies a claim
 * about another ("144 delegations were present and duly accredited to sign" for "could every one
 * of the ITU's 193 members sign?").
 */
const MEMBERSHIP_NOUNS = [
  "member",
  "state",
  "country",
  "delegation",
  "government",
  "administration",
  "nation",
];

/** A noun's singular and plural, as written in lower case: "country" → country, countries. */
function nounForms(noun: string): string[] {
  const one = noun.endsWith("ies") ? `${noun.slice(0, -3)}y` : noun.replace(/s$/, "");
  return [one, one.endsWith("y") ? `${one.slice(0, -1)}ies` : `${one}s`];
}

/**
 * A whole class a yes/no question counts: "all 193 ITU members", "every one of the ITU's 193
 * members", "each of the 55 countries", with the first plural noun in lower case within three
 * words of the count (not a name, "ITU"). Undefined where it counts none ("all the civil society
 * groups" is `asksOfEvery`'s).
 */
const COUNT_ASKED =
  /\b(?:all|every\s+one\s+of|each\s+(?:one\s+)?of)\s+(?:the\s+)?(?:\S+['’]s\s+)?(\d{1,3}(?:,\d{3})*)\s+((?:\S+\s+){0,3})/i;

export function countedClassAsked(question: string): CountedClass | undefined {
  const match = COUNT_ASKED.exec(`${question} `);
  if (!match) return undefined;
  const count = Number((match[1] ?? "").replace(/,/g, ""));
  const noun = (match[2] ?? "")
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}-]/gu, ""))
    .find((w) => /^\p{Ll}[\p{L}-]*s$/u.test(w));
  if (!noun || !(count > 1)) return undefined;
  const forms = nounForms(noun.toLowerCase());
  const nouns = MEMBERSHIP_NOUNS.some((n) => forms.includes(n)) ? MEMBERSHIP_NOUNS : forms;
  return { count, noun: [...new Set(nouns.flatMap(nounForms))] };
}

/** A share of a class smaller than the whole: "most CEPT members", "some delegations". */
const PART_OF_CLASS = new Set(["most", "some", "several", "many", "few"]);

/** Words between a count and its noun: a name, "of the ITU's 193" (no month, no clause end). */
const COUNT_TO_NOUN = 4;

/**
 * A sentence giving a smaller count of the class a count claim asks of (`countedClassAsked`): a
 * number below the claim's followed within four words by a noun of the class ("151 ITU Member
 * States attended", "89 of the ITU's 193 members", "more than 120 organisations from 55
 * countries"), or a part of the class named ("most CEPT members could not accept them"). As
 * "not unanimous" denies a claim asked of a whole class (`deniesUniversal`). (Not a day, an
 * article or a document's number: no month and no clause end between the number and the noun.)
 */
export function deniesCount(s: Sentence, counted: CountedClass): boolean {
  const words = s.display.split(/\s+/);
  const isClass = (w: string) =>
    counted.noun.includes(
      w
        .toLowerCase()
        .replace(/['’]s?$/, "")
        .replace(/[^\p{L}-]/gu, ""),
    );
  return words.some((w, i) => {
    const number = /^\d{1,3}(?:,\d{3})*$/.test(w) ? Number(w.replace(/,/g, "")) : undefined;
    const part = PART_OF_CLASS.has(w.toLowerCase());
    if (!(part || (number !== undefined && number > 0 && number < counted.count))) return false;
    // (Not "Article 5", "Resolution 146", "Document 27": a number after a capitalised word.)
    if (number !== undefined && i > 0 && /^\p{Lu}/u.test(words[i - 1] ?? "")) return false;
    for (const next of words.slice(i + 1, i + 1 + COUNT_TO_NOUN)) {
      if (isClass(next)) return true;
      if (MONTH_WORD.test(next) || /[,.;:!?)]$/.test(next)) return false;
    }
    return false;
  });
}

const MONTH_WORD = new RegExp(`^(?:${MONTHS})\\b`, "i");

/**
 * A yes/no question asking what a text does: a text is the subject of its ask, right after its
 * auxiliary or its determiner (the treaty, its text, the ITRs or Regulations, an article, the
 * preamble, a provision or a clause: "Does the new treaty let governments police internet content?", "…did
 * the 2012 ITRs get a spam article anyway?"). Not a text a party acts on ("Was civil society
 * united in opposing the final ITRs?", "Did Ruritania say the treaty should…?"), nor a claim naming a figure, which the figure settles
 * (`correctsFigure`: "Are the 2012 ITRs meant to apply from 1 January 2014?").
 */
const TEXT_NOUN = String.raw`(?:treaty|text|ITRs|Regulations|preamble|provision|clause|accord|convention|agreement|pact|resolution|Article\s+\d+(?:\.\d+)*[A-Z]?(?:\s*\([a-z]\))?)`;
const ASKED_OF_TEXT = new RegExp(
  String.raw`(?:^|[-–—:;,.?!]\s*|\bso\s+)(?:does|do|did|is|are|was|were|has|have|will|would|can|could)\s+(?:(?:the|a|an|this|that|its|their|these|those)\s+(?:[^\s?,;:]+\s+){0,2}?)?${TEXT_NOUN}\b`,
  "i",
);

/**
 * A text acted on, by parties, not acting: "Was the 1988 treaty SIGNED by more countries…?",
 * "Was the treaty ADOPTED by consensus?", "Was Resolution PLEN/3 ADOPTED by a formal vote?".
 */
const ACTED_ON =
  /^\s*(?:[\p{Lu}\d]\S*\s+)?(?:signed|adopted|ratified|approved|agreed|accepted|rejected|supported|opposed|backed|drafted|written|proposed|negotiated|\p{L}+ed\s+by)\b/u;

export function asksOfText(question: string): boolean {
  const match = ASKED_OF_TEXT.exec(question);
  return match !== null && !ACTED_ON.test(question.slice(match.index + match[0].length));
}

/**
 * A sentence saying what a text says, holds or leaves out, in its own words: a text (not a draft
 * or a proposal) as the subject, opening the sentence or a clause after "that", of a verb of
 * stating or holding in the indicative (not "…on which operators the treaty covers drew…") ("Article
 * 1.1(a) states that the Regulations do not deal with…", "The final text does not define
 * 'Internet'.", "Article 5B is headed…", "A new provision applies the treaty to…"), or "It"
 * doing so after such a sentence ("It also recognises Member States' right of access…").
 */
const TEXT_STATES = new RegExp(
  String.raw`(?:^|\bthat\s+)(?:(?:the|a|an|its|this)\s+)?(?:(?!draft\b|proposed\b)[\w-]+\s+){0,2}?${TEXT_NOUN}\s+(?:now\s+|also\s+|itself\s+|instead\s+)?(?:says|said|states|stated|provides|contains?|includes?|adds|recognises|recognizes|covers|applies|asks|is\s+headed|does\s+not|do\s+not|did\s+not|has\s+no|have\s+no|defines|requires|commits|avoids|refers|uses|lists|keeps|sets)\b`,
  "i",
);
const IT_STATES =
  /^It\s+(?:now\s+|also\s+)?(?:says|states|provides|contains|includes|adds|recognises|recognizes|covers|applies|asks|does\s+not|defines|requires|commits|avoids|refers|uses|lists|keeps|sets)\b/;

export function statesText(s: Sentence): boolean {
  if (TEXT_STATES.test(s.display)) return true;
  const before = s.view.sentences[s.index - 1];
  return IT_STATES.test(s.display) && before !== undefined && TEXT_STATES.test(before.display);
}

/**
 * A party's view of what ought to be ("He said the treaty should … not extend to … content",
 * "governments should not regulate it through a treaty"): a modal of what ought to be, outside
 * quotation marks, in a sentence not stating what a text says.
 */
const OUGHT = /\b(?:should(?:n't)?|must(?:n't)?|ought\s+to)\b/i;

export function partyView(s: Sentence): boolean {
  const unquoted = s.display.replace(/["“][^"”]*["”]/g, " ");
  return OUGHT.test(unquoted) && !statesText(s);
}
