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
 * "Who chaired / presided over X?", "who was its chair(man)?", "who held the chair?", "who had
 * the gavel?" asks who the holder was, which a sentence naming "the Chair" only as a party ("…
 * civil-society attendees wrote to Touré and the Chair…", "the Chair asked for a show of
 * placards") does not say, though a name stands in it. A place says who held it with the verb
 * ("Al Ghanim chaired the conference", "presided") or the title beside a name ("Chairman Smith",
 * "Kramer, the Chair,"), not another body's ("FCC Chairman Julius Genachowski"). (paraphrase24; "who asked the chair…" asks another party,
 * and `CHAIR_ASKED` alone holds for it.)
 */
const HOLDER_ASKED =
  /^(?:who|whom)\b[^?]*?\b(?:chaired|presided|(?:was|were|is)\s+(?:the\s+|its\s+|their\s+)?(?:chair|chairman|chairwoman|chairperson)\b(?!\s*['’]s)|(?:ha(?:d|s|ve|ving)|held|hold(?:s|ing)?|wield(?:s|ed|ing)?|t(?:ook|akes?|aking)|bang(?:s|ed|ing)?)\s+the\s+(?:chair|gavel)\b)/i;
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

/** The roles a who question may ask the holder of, and how a place says someone held each. */
const ROLES_ASKED: readonly { asked: RegExp; held: RegExp }[] = [
  { asked: CHAIR_ASKED, held: CHAIR_HELD },
  { asked: HOLDER_ASKED, held: HOLDER_HELD },
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
  if (read === undefined || !TOPIC_POINTER.test(read.ask)) return [];
  return [read.ask.replace(TOPIC_POINTER, read.topic)];
}
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
