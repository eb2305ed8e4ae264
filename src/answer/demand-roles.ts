// Who held a role, as a who question asks it: the chair of a meeting, its holder, the lead of a
// delegation, the drafter of a text; each with the wording a place says it in. Read by
// `readQuestionDemands` (`coverage-demands.ts`) and by the later-ask check (`coverage-otherwise.ts`).

import { asksOnItsOwn, splitAsks, whoAfterTopic } from "../search/question-asks.ts";
import type { ExpectedAnswer } from "./evidence.ts";
import { withOwnerThing } from "./owner-noun.ts";

/**
 * "Who chaired / presided over X?" asks who held the chair: a place naming X and a person in
 * another role ("Touré launched X, advised by a group…") does not say who. Where the corpus
 * records it, it says so: "chaired", "the Chair", "presided", "headed".
 */
// (Also its idioms, paraphrase24: "who had / held / wielded the gavel", as idiom-readings.ts reads them.
// A chair only: window-doers.ts's `OFFICE_ASKED` reads any office's holder.)
const CHAIR_ASKED =
  /\b(?:chair(?:s|ed|ing)?|presid(?:e|es|ed|ing))\b|\b(?:ha(?:d|s|ve|ving)|held|hold(?:s|ing)?|wield(?:s|ed|ing)?|t(?:ook|akes?|aking)|bang(?:s|ed|ing)?)\s+(?:the\s+)?gavel\b/i;
const CHAIR_HELD = /\b(?:chair\w*|Chair|presid(?:e|es|ed|ing))\b/;

/**
 * "Who chaired / presided over X?", "who was the chair(man)?", "who held the chair?", "who had
 * the gavel?" asks who the holder was, which a sentence naming "the Chair" only as a party ("…
 * civil-society attendees wrote to Touré and the Chair…", "the Chair asked for a show of
 * placards") does not say, though a name stands in it. A place says who held it with the verb
 * ("Al Ghanim chaired the conference", "presided") or the title beside a name ("Chairman Smith",
 * "Kramer, the Chair,"), not another body's ("FCC Chairman Julius Genachowski"). (paraphrase24; "who asked the chair…" asks another party,
 * and `CHAIR_ASKED` alone holds for it.)
 */
const HOLDER_ASKED =
  /^(?:who|whom)\b[^?]*?\b(?:chaired|presided|(?:was|were|is)\s+(?:the\s+)?(?:chair|chairman|chairwoman|chairperson)\b(?!\s*['’]s)|(?:ha(?:d|s|ve|ving)|held|hold(?:s|ing)?|wield(?:s|ed|ing)?|t(?:ook|akes?|aking)|bang(?:s|ed|ing)?)\s+the\s+(?:chair|gavel)\b)/i;
const HOLDER_HELD =
  /\b(?:chaired|chairing|presided|presiding)\b|(?<!\p{Lu}{2,}\s+)\b[Cc]hair(?:man|woman|person)?,?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+,\s+(?:the\s+)?(?:[Cc]hair(?:man|woman|person)?)\b/u;

/**
 * "Who led / headed the Tunisian delegation?", "…the US team…", "…Egypt's side…" asks who held a
 * delegation's lead, which a place naming the delegation and someone else in it ("Tunisia
 * proposed … language referring to Article 19 of the Universal Declaration") does not say. Where
 * the corpus records it, it says so: "to head the US delegation", "The US head of delegation",
 * "headed by", "led by", "chaired". On the tuning half (1,402 questions): out-of-scope refused
 * 294 → 295 of 362 ("Who headed the Czech delegation in Dubai?" had been answered from the Czech
 * account of the vote), no in-scope answer changed.
 */
// (Also its idioms, paraphrase24: "who was at the helm of / in charge of the French delegation",
// "calling the shots for the US team". Not a team's thing, answertype24: "who ran the African
// team's prep" asks who ran the prep, which "Guinena, who coordinated the African common
// proposals" says without a word of leading the team.)
const LEAD_ASKED =
  /\b(?:led|leads?|leading|head(?:s|ed|ing)?|ran|runs?|running|at\s+the\s+helm\s+of|in\s+charge\s+of|call(?:s|ed|ing)?\s+the\s+shots\s+(?:for|in|on))\s+(?:\S+\s+){0,3}?(?:delegations?|teams?|side|contingent)\b(?!['’]s?\b)/i;
const LEAD_HELD =
  /\b(?:led|leads?|leader\w*|head(?:s|ed)?\s+by|head(?:s|ed|ing)?\s+(?:of\s+)?(?:the\s+)?(?:\S+\s+){0,2}?(?:delegations?|teams?)|chair\w*|presid(?:e|es|ed|ing))\b/i;

/**
 * "Which groups drafted…", "Who at the ministry drafted it?": who drew up a text, which a place
 * says by the drafting verb or an author's ("drafted by Access", "wrote", "authored"), not by the
 * text's own name ("the anticipated final draft", "filed Document 27").
 */
// (Not one act of a series done to a text, "Who drafted, amended, approved and signed it?": that
// asks what was done to it, and its authorship is not the question.)
const DRAFTER_ASKED = /\bdrafted\b(?!\s*,)/i;
const DRAFTER_HELD = /\b(?:drafted|drafting|authored|wrote|written\s+by)\b/i;

/**
 * A titled office: the words a question asks an office's holder by ("who was secretary-general of
 * the ITU in 2022", "who was its chairman") and a text writes before the holder's name.
 */
const TITLE =
  "(?:chair(?:man|woman|person)?|secretary[- ]general|director(?:[- ]general)?|president|minister|commissioner|ambassador|ceo|chief|head|boss|leader|administrator)";

/** A body headed by an office-holder: "who headed the ITU's standardization bureau". */
const BODY =
  "(?:bureau|sector|agency|commission|secretariat|ministry|department|regulator|authority|office)";

/**
 * A title as a text writes it, in either case at the start ("Chairman", "head", "Director
 * General"); no "i" flag, which would let \\p{Lu} match any letter.
 */
const TITLE_WRITTEN = `(?:${TITLE.slice(3, -1)
  .split("|")
  .map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1).replace(/g(?=eneral)/, "[gG]")}`)
  .join("|")}|CEO)`;

/**
 * "Who was secretary-general of the ITU when the review was reconvened in 2022?", "who was the
 * ITU's chief…", "the EG-ITRs' Geneva meeting - who was its chair", "who headed the ITU's
 * standardization bureau then" (nm39): who held a titled office, of the thing named, of the
 * topic "its" stands for, or at the head of a body. A place says so by naming the
 * holder with the title (`TITLED_HOLDER`), not by the title alone: "Resolution 146 (Rev.
 * Bucharest, 2022) told the Secretary-General to reconvene the EG-ITR" names an office, no one in
 * it. A chair asked of a thing the question names is `HOLDER_ASKED`'s, which reads another body's
 * "FCC Chairman Julius Genachowski" as not the thing's; "its" chair is the topic's, whatever the
 * body the title names.
 */
const TITLED_ASKED = new RegExp(
  `^(?:who|whom)\\b[^?]*?\\b(?:was|were|is|are)\\s+(?:(?:its|their)\\s+(?:\\S+\\s+)?${TITLE}|(?:the\\s+)?(?:\\S+\\s+){0,2}?(?!chair)${TITLE})\\b(?!\\s*['’]s)|^(?:who|whom)\\b[^?]*?\\b(?:headed|heads|ran|runs)\\s+(?:the\\s+)?(?:\\S+\\s+){0,3}?${BODY}\\b`,
  "i",
);
/**
 * A holder named with the title: the title before the name ("Secretary-General Hamadoun Touré",
 * "NTIA head Larry Strickling"), the name set beside the title ("The TRA's Director General,
 * Mohamed Nasser Al Ghanim,", "Al Ghanim, the Chair,"), or the office's verb ("chaired", "headed
 * by", "to head").
 */
const TITLED_HOLDER = new RegExp(
  `\\b${TITLE_WRITTEN},?\\s+(?:\\p{Lu}\\.\\s+)?\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+,\\s+(?:the\\s+)?(?:\\S+\\s+){0,2}?${TITLE_WRITTEN}\\b|\\b(?:chaired|presided|headed\\s+by|led\\s+by|to\\s+head)\\b`,
  "u",
);

/** The roles a who question may ask the holder of, and how a place says someone held each. */
const ROLES_ASKED: readonly { asked: RegExp; held: RegExp }[] = [
  { asked: CHAIR_ASKED, held: CHAIR_HELD },
  { asked: HOLDER_ASKED, held: HOLDER_HELD },
  { asked: TITLED_ASKED, held: TITLED_HOLDER },
  { asked: LEAD_ASKED, held: LEAD_HELD },
  { asked: DRAFTER_ASKED, held: DRAFTER_HELD },
];

/**
 * Whether an ask after the first asks who held a role ("…, and also who chaired it?"): the whole
 * question's demands require the role stated (`rolesAskedIn`), so the first ask covered alone does
 * not stand in for it.
 */
export function laterAskAsksRole(question: string): boolean {
  const asks = rolesAskedIn(undefined, question, undefined);
  return ROLES_ASKED.some((role) => asks.some((ask) => role.asked.test(ask)));
}

/** An ask asking who: "who chaired it", "which person…". */
const WHO_ASK = /^(?:who|whom)\b/i;

/**
 * The wording a role is asked in: a who question's whole text, with a remark after a first ask
 * judged alone ("who ran the Best Bits meeting? host organisation, venue and chair, quick
 * bullets" asks who chaired it); in a question asking something else first, each later ask asking
 * who ("When did the EG-ITRs hold their second meeting and also who chaired it?"), whose role a
 * place must state as it must for the question asked alone.
 */
function rolesAskedIn(
  expected: ExpectedAnswer | undefined,
  question: string,
  remarkText: string | undefined,
): string[] {
  if (expected === "agent") return [remarkText ?? question];
  const [first, ...later] = splitAsks(question);
  // (An owner whose thing the first ask names, "…, and who headed the UK's?": owner-noun.ts. A
  // later ask set off by a dash as by a comma: "when did it meet - and who chaired it", nm38.)
  const laterAsks = later
    .filter(asksOnItsOwn)
    .map((ask) => ask.replace(/^[\s,;:?!.–—-]*(?:(?:and|but|or|also)\s+)*/i, ""))
    .filter((ask) => WHO_ASK.test(ask))
    .map((ask) => withOwnerThing(first ?? "", ask));
  return [...whoAskedOfTopic(first ?? ""), ...laterAsks];
}

/**
 * "the WTPF in Geneva, May 2013 - who chaired it", "the Canadian delegation that wouldn't sign -
 * who headed it": a who asked after a topic named first (`whoAfterTopic`) asks the role of that
 * topic, which a pronoun in the ask stands for; the ask is read with the topic in the pronoun's
 * place ("who headed the Canadian delegation…"), so that a delegation's lead is read as asked.
 * Only where such a pronoun stands for the topic: "the FCC in 2012 - who was its chairman" asks
 * an office by its title, whose holder "FCC Chairman Julius Genachowski" names (`HOLDER_HELD`
 * takes that for another body's). (nm38: read as a fact question, the role was never required,
 * and a place naming the topic, no one holding it, answered.)
 */
function whoAskedOfTopic(piece: string): string[] {
  const read = whoAfterTopic(piece);
  if (read === undefined) return [];
  // (An office "its" or "their" stands for the topic's, read as written: `TITLED_ASKED`, nm39.)
  if (!TOPIC_POINTER.test(read.ask)) return TOPIC_OWNER.test(read.ask) ? [read.ask] : [];
  return [read.ask.replace(TOPIC_POINTER, read.topic)];
}
/** A possessive standing for the topic: "who was ITS chair", "who led ITS delegation there". */
const TOPIC_OWNER = /\b(?:its|their)\b/i;
/** A pronoun standing for the topic as the act's object: "who chaired IT", "who drafted THEM". */
const TOPIC_POINTER = /\b(?:it|them)\b/i;

/**
 * How a place says someone held each role the question asks the holder of (`ROLES_ASKED`, asked
 * in `rolesAskedIn`'s wording): a place must state the role so.
 */
export function rolesHeldIn(
  expected: ExpectedAnswer | undefined,
  question: string,
  remarkText: string | undefined,
): RegExp[] {
  const asks = rolesAskedIn(expected, question, remarkText);
  return ROLES_ASKED.flatMap((role) =>
    asks.some((ask) => role.asked.test(ask)) ? [role.held] : [],
  );
}
