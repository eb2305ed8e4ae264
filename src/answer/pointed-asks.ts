// A later ask that points at a passage instead of asking: "what did access make of the final
// text, plus the bit in chaparro's take comparing it with 1988", "…flags, plus the bit in
// llanso's post about speed". The asker joins a second fact told in another place by naming
// where it is told ("the bit in X's post", "the part of the cisco report on…"), with no question
// word of its own, so `splitAsks` cuts no ask there (or cuts inside the pointer, at "…about speed
// and who…"), and the question was judged as one ask whose words no one passage holds. Read here
// as two asks, the pointer written out as the question it stands for (`pointedAsks`), for
// `byEachAsk` to judge each alone on its own window.

/**
 * The first ask, then ", and", ", plus", "plus" or "+" (an "also" after it at most), then the
 * pointer: "the" or "that", a word for a piece of a text ("bit", "part", "line", "passage"…),
 * and "in", "from" or "of" before the source; the source and what is asked of it run to the end.
 */
const POINTED =
  /^(.*[^\s,])\s*(?:,\s*(?:and|plus)|\s+(?:plus|\+)|\s*\+)\s+(?:also\s+)?(?:the|that)\s+(?:bits?|parts?|lines?|pieces?|passages?|sections?|quotes?)\s+(?:in|from|of)\s+(.+?)[\s?!.]*$/isu;

/**
 * Where the source ends and what is asked of it begins: a word saying what the piece is about
 * ("about speed", "on which standards work…", "re the constitution"), or "of" before a question
 * word ("dourado's account of what it told the sec-gen to do").
 */
const ABOUT =
  /\s+(?:about|on|re|regarding|over|of(?=\s+(?:what|which|who|whom|how|why|when|where)\b))\s+/iu;

/** A topic that is itself a question ("which standards work…", "how many member states…"). */
const ASKING_TOPIC = /^(?:what|which|who|whom|whose|when|where|why|how)\b/iu;

/** A source longer than this is a clause of its own, not a text pointed at. */
const MAX_SOURCE_WORDS = 8;

/**
 * The two asks of a question whose later ask points at a passage, the pointer written as the
 * question it stands for: "…flags, plus the bit in llanso's post about speed" → [the first ask,
 * "what does llanso's post say about speed"]; "…, plus the bit in the cisco report on how many
 * member states showed up" → [the first ask, "how many member states showed up, in the cisco
 * report"]; with nothing asked of the source, "what does <source> say". Empty for any other
 * question, or where the source runs past `MAX_SOURCE_WORDS`.
 */
export function pointedAsks(question: string): string[] {
  const match = POINTED.exec(question);
  if (!match) return [];
  const first = (match[1] as string).trim();
  const rest = (match[2] as string).trim();
  const about = ABOUT.exec(rest);
  const source = about ? rest.slice(0, about.index) : rest;
  const topic = about ? rest.slice(about.index + about[0].length) : "";
  if (source.split(/\s+/).length > MAX_SOURCE_WORDS || first === "") return [];
  if (topic === "") return [first, `what does ${source} say`];
  const later = ASKING_TOPIC.test(topic)
    ? `${topic}, in ${source}`
    : `what does ${source} say about ${topic}`;
  return [first, later];
}
