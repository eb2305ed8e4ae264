// The aspect written with a comparison's first side ("China's C59 vs what Russia first sent the
// CWG on security": "'s C59") is that side's, not the comparison's topic, where a later side is
// written with an aspect of its own ("what Russia first sent the CWG"): Russia's side is then not
// asked about C59. Read by `bySide` (coverage-otherwise.ts). Tuning half (2,812 q): recall
// 0.8711 -> 0.8726 (in-2930 and five of the compare29 batch better), no trust figure moved.

/** What sets the first side against the next: "vs", "compared with", "differ from"… */
const SEPARATOR =
  /\s+(?:versus|vs\.?|v\.|compared?\s+(?:with|to)|(?:differ|diverge)(?:ed|s)?\s+from|stack(?:s|ed)?\s+up\s+against|squares?\s+with|lines?\s+up\s+with)\s+/i;

/** Where a later side's clause ends: a dash, a colon, a question mark, a comma. */
const CLAUSE_END = /\s+[-–—]+\s+|[:;?,]/;

/** What a side's clause may hold besides its name without an aspect of its own. */
const NO_ASPECT =
  /^(?:(?:'s|’s|'|’|one|ones|the|what|how|did|does|do|was|were|of|in|at|on|and|or)\b|\W)*$/iu;

/**
 * The first side's own aspect, as written between its name and the separator, where there is one
 * and the second side's clause holds an aspect of its own; else undefined.
 */
export function firstSideAspect(focus: string, sides: readonly string[]): string | undefined {
  const [first, second] = sides;
  if (first === undefined || second === undefined) return undefined;
  const text = focus.toLowerCase();
  const start = text.indexOf(first.toLowerCase());
  if (start < 0) return undefined;
  const afterFirst = start + first.length;
  const sep = SEPARATOR.exec(text.slice(afterFirst));
  if (!sep) return undefined;
  const aspect = focus.slice(afterFirst, afterFirst + sep.index).trim();
  if (NO_ASPECT.test(aspect)) return undefined;
  const rest = text.slice(afterFirst + sep.index + sep[0].length);
  const clause = rest.split(CLAUSE_END)[0] ?? "";
  if (!clause.includes(second.toLowerCase())) return undefined;
  // The later sides named in the clause ("Hill and Powers after Dubai") are no aspect of theirs.
  const own = laterSidesOut(clause, sides.slice(1));
  return NO_ASPECT.test(own) ? undefined : aspect;
}

/**
 * The later side's clause without the names of the later sides ("hill and powers after dubai"
 * less "hill" and "powers"): what is left is that clause's own aspect, if any.
 */
function laterSidesOut(clause: string, later: readonly string[]): string {
  let own = clause;
  for (const side of later) {
    const at = own.indexOf(side.toLowerCase());
    if (at >= 0) own = `${own.slice(0, at)} ${own.slice(at + side.length)}`;
  }
  return own.trim();
}
