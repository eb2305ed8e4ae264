// A later ask that ends on an owner and leaves its thing out, for the first ask names it: "who
// headed the US delegation in Dubai, and who headed the UK's?" asks who headed the UK's
// delegation. Read alone, "who headed the UK's" asked only who did something with the UK, which a
// paragraph naming the UK beside Kramer was taken to answer.
import { PREPOSITION } from "./gapped-asks.ts";

/** A later ask ending on an owner: "who headed the UK's", "…the Harbour Union's?". */
const OWNER_LAST = /[\p{L}\p{N}.-]+['’]s\s*[?!.]*\s*$/iu;

/** The most words an owner runs to before its "'s", its "the" among them. */
const MAX_OWNER_WORDS = 4;

/**
 * A later ask (`ask`) ending on an owner with its thing left out, written with the thing the
 * first ask (`first`) puts after the same verb: "who headed the UK's" after "who headed the US
 * delegation in Dubai" → "who headed the UK's delegation". The thing is the last word of what
 * follows that verb up to a preposition, a lower-case word after one word at least ("the US
 * DELEGATION"). Unchanged where the ask names its thing ("who headed the UK's team"), does not
 * end on an owner, or the first ask has no such verb and thing.
 */
export function withOwnerThing(first: string, ask: string): string {
  if (!OWNER_LAST.test(ask)) return ask;
  const words = first.split(/[\s,;:?!]+/).filter((w) => w !== "");
  const lower = words.map((w) => w.toLowerCase());
  // (The verb: the nearest word before the owner that the first ask writes, "headed".)
  const before = ask.split(/\s+/).slice(0, -1).reverse().slice(0, MAX_OWNER_WORDS);
  const verb = before.find((w) => !/^the$/i.test(w) && lower.includes(w.toLowerCase()));
  const at = verb === undefined ? -1 : lower.indexOf(verb.toLowerCase());
  if (at < 0) return ask;
  const after = words.slice(at + 1);
  const end = after.findIndex((w) => PREPOSITION.test(w));
  const thing = end < 0 ? after : after.slice(0, end);
  const noun = thing[thing.length - 1];
  if (thing.length < 2 || noun === undefined || !/^\p{Ll}+$/u.test(noun)) return ask;
  return `${ask.replace(/\s*[?!.]*\s*$/u, "")} ${noun}`;
}
