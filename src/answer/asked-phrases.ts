// Phrases of a question that mark what some of its words do: the subject it asks a source said
// something "about", the class a "what kind of X is Y?" asks, and the place it searches ("anything
// in the Dubai package…"). `keyTermsOf` (terms.ts) marks those words' terms.

/**
 * The words of the subject a question asks about ("…say about the spam article in Dubai?" →
 * "the spam article"): after "about", "regarding" or "concerning", up to a clause boundary or a
 * preposition of time or place.
 */
export function aboutWords(question: string): string[] {
  const m = ABOUT_PHRASE.exec(question);
  return m ? (m[1] as string).split(/\s+/).filter((w) => w.length > 0) : [];
}

const ABOUT_PHRASE =
  /\b(?:about|regarding|concerning)\s+(.+?)(?=\s+(?:in|at|during|before|after|since|when|while|and|or)\b|[,.;:?!]|$)/i;

/**
 * The class noun of "what kind/type/sort of X is/was Y?" ("What kind of organisation is ETNO?",
 * "what sort of body was the CWG"): Y's class is asked, which a source states in its own word.
 * Only before a copula: "What kind of proposals did Russia file?" asks for Russia's proposals.
 * On the tuning half (923 questions): wrong refusals 40 → 39 of 717, nugget recall 0.843 →
 * 0.844, out-of-scope refused 169 of 206 and answered "full" 0 unchanged.
 */
export function classAskedWords(question: string): string[] {
  const m = CLASS_ASKED.exec(question);
  return m ? [m[1] as string] : [];
}

const CLASS_ASKED =
  /\b(?:what|which)\s+(?:kinds?|types?|sorts?)\s+of\s+([\p{L}-]+)\s+(?:is|was|are|were)\b/iu;

/**
 * The words of the place a question searches for something ("Was there anything IN THE DUBAI
 * PACKAGE for small islands?", "Does THE TREATY PACKAGE say anything about emergency numbers?"):
 * where to look, not what to find; a source stating the thing names the place in its own words
 * ("the resolutions cover…"), if at all.
 */
export function placeSearchedWords(question: string): string[] {
  return PLACE_SEARCHED.flatMap((pattern) => {
    const m = pattern.exec(question);
    return m ? (m[1] as string).split(/\s+/).filter((w) => w.length > 0) : [];
  });
}

const PLACE_SEARCHED = [
  /\b(?:anything|something)\s+(?:in|within|inside)\s+(?:the|its|their|this|that)\s+([\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+)?)\s+(?:about|on|for|regarding|concerning|that|to)\b/iu,
  /^\s*(?:does|did|do|will|would)\s+(?:the|its|their|this|that)\s+([\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+)?)\s+(?:say|said|mention|include|contain|cover|have)\s+anything\b/iu,
];
