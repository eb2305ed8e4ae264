// The stance a question asks (`stanceAsked`): whose stance, on what, and the words that only ask
// for one ("position", "take", "on record", "pushing for"). Where one of them is a required term,
// `readQuestionDemands` drops them from the content the coverage decision requires and
// `stanceStated` (window-stance.ts) tests the stance itself.

/** What a stance question asks: whose stance (none for "who was pushing for…") and on what. */
export interface StanceAsked {
  /** The party whose stance is asked, as written ("India", "the European regulators' bloc"). */
  party?: string;
  /** What the stance is on, as written ("the spam article"). */
  topic?: string;
  /** The question's words that only ask for a stance ("position", "take", "on record"). */
  wording: string[];
}

/** A stance noun, as asked ("position", "stance", "view", "take"). */
const STANCE_NOUN = "(?:positions?|stances?|views?|take)";
/** What a stance is on. */
const ON = "(?:on|of|about|towards?|regarding|over|concerning)";
/** The question's lead before the party ("What was", "what's", "Where did"). */
const LEAD = String.raw`^(?:.*?\b)?(?:what|what's|whats|which|where)\s+(?:(?:was|is|were|are|did|does|do|had|has)\s+)?`;

/**
 * "What was Brazil's position on X?", "what's the EU's take on X?", "What was Microsoft's view of
 * X?" (the possessor is the party; a stance noun that is the last word asks the party's stance on
 * what the question is about as a whole).
 */
const POSSESSED_STANCE = new RegExp(
  `${LEAD}(?<party>[^?]+?)(?:'s|’s|'|’)\\s+(?:(?:own|official|overall|public|formal|initial|early)\\s+)?(?<noun>${STANCE_NOUN})\\b(?:\\s+${ON}\\s+(?<topic>[^?]+))?`,
  "i",
);
/** "What position did India take on X?", "What view did the post take of X?" */
const STANCE_TAKEN = new RegExp(
  `^(?:.*?\\b)?(?:what|which)\\s+(?<noun>${STANCE_NOUN})\\s+(?:did|does|do|had|has)\\s+(?<party>[^?]+?)\\s+(?<verb>take|adopt|hold|have|express|stake\\s+out)\\b(?:\\s+${ON}\\s+(?<topic>[^?]+))?`,
  "i",
);
/** "What was the position taken in the open letter…?", "the view held by X on Y". */
const STANCE_TAKEN_BY = new RegExp(
  `^(?:.*?\\b)?(?:what|which)\\s+(?:was|is|were|are)\\s+the\\s+(?<noun>${STANCE_NOUN})\\s+(?<verb>taken|held|adopted|expressed)\\s+(?:by|in)\\s+(?<party>[^?]+?)(?:\\s+${ON}\\s+(?<topic>[^?]+))?\\s*(?:\\?|$)`,
  "i",
);
/**
 * "Was India on record wanting X?", "Were both the Americas group and the EU on record wanting…",
 * "Anything on record from Genachowski about X?"
 */
const ON_RECORD =
  /^(?:.*?\b)?(?:was|were|is|are|has|have|had|did|does)\s+(?:(?<party>[^?]+?)\s+)?(?:go\s+|gone\s+|went\s+)?(?<noun>on\s+(?:the\s+)?record)\s+(?:as\s+)?(?:(?:wanting|saying|supporting|opposing|backing|favou?ring|rejecting|urging|calling\s+for|objecting\s+to|against|for|about|on|complaining\s+about)\s+)(?<topic>[^?]+)/i;
const RECORD_FROM = new RegExp(
  String.raw`\b(?<noun>on\s+(?:the\s+)?record)\s+from\s+(?<party>[^?]+?)\s+${ON}\s+(?<topic>[^?]+)`,
  "i",
);
/** "who was pushing for X?", "which delegations were lobbying for X?" */
const PUSHING_FOR =
  /^(?:.*?\b)?(?:who|which\s+\S+)\s+(?:was|were|is|are)\s+(?<noun>pushing|pressing|lobbying)\s+(?:hard(?:est)?\s+)?for\s+(?<topic>[^?]+)/i;
/**
 * "what were the Europeans pushing for going into WCIT?": the party's stance is asked, on nothing
 * the question names ("going into WCIT" says when).
 */
const PARTY_PUSHING_FOR =
  /^(?:.*?\b)?what\s+(?:was|were|is|are)\s+(?<party>[^?]+?)\s+(?:(?:actually|really|mainly|most)\s+)?(?<noun>pushing|pressing|lobbying)\s+(?:hard(?:est)?\s+)?for\b/i;
/** "Where did Kramer stand on X?", "where did the Czechs come down on X?" */
const WHERE_STAND = new RegExp(
  String.raw`^(?:.*?\b)?where\s+(?:did|does|do)\s+(?<party>[^?]+?)\s+(?<noun>stand|come\s+down|land)\s+${ON}\s+(?<topic>[^?]+)`,
  "i",
);

const READINGS: readonly RegExp[] = [
  STANCE_TAKEN,
  STANCE_TAKEN_BY,
  POSSESSED_STANCE,
  ON_RECORD,
  RECORD_FROM,
  PUSHING_FOR,
  PARTY_PUSHING_FOR,
  WHERE_STAND,
];

/** Words left at a party's start that name no party ("the", "both"). */
const PARTY_LEAD = /^(?:(?:the|both|all|any|either|each)\s+)+/i;
/** A party that is the question word itself ("who", "which countries"): no party is named. */
const NO_PARTY = /^(?:who|whom|which|what)\b/i;

/**
 * The stance a question asks, read from its first sentence asking ("…? need it for a memo" reads
 * the part before the mark); undefined when it asks none. Only a stance of a party named, or
 * asked for by "who"; a comparison ("X's and Y's positions") is read by the comparison's rules.
 */
export function stanceAsked(question: string): StanceAsked | undefined {
  const ask = question.split(/(?<=\?)/)[0] ?? question;
  for (const reading of READINGS) {
    const m = reading.exec(ask);
    if (!m?.groups) continue;
    const { noun, verb } = m.groups;
    const party = m.groups.party?.replace(PARTY_LEAD, "").trim();
    // (Two parties, "both the Americas group and the EU on record…": each may be stated in a
    // place of its own, so no one sentence is asked to name them; a comparison of two parties'
    // positions is read by the comparison's rules.)
    const several = party !== undefined && /\s(?:and|or|vs\.?|versus)\s/i.test(party);
    if (several && reading === POSSESSED_STANCE) continue;
    const topic = m.groups.topic?.replace(/[.!]+$/, "").trim();
    const wording = [noun, verb].filter((w): w is string => w !== undefined);
    return {
      ...(party !== undefined && party !== "" && !several && !NO_PARTY.test(party)
        ? { party }
        : {}),
      ...(topic !== undefined && topic !== "" ? { topic } : {}),
      wording,
    };
  }
  return undefined;
}
