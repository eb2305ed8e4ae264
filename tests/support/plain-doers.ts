// `doersOnlyAsked` (window-doers.ts) read with plain lower-cased words instead of the index's
// analyzer and tagger, for tests of the reading itself.
import { doerAskOf, doersOnlyAsked } from "../../src/answer/window-doers.ts";

/** A text's words, lower-cased. */
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether a who question's window sentences (`texts`) name only the parties the question names:
 * the reading with plain lower-cased words, a name being a capitalised word the question lacks
 * that is none of `openers` (a sentence's opening words).
 */
export function plainDoersOnlyAsked(openers: ReadonlySet<string>) {
  return (question: string, texts: string[]): boolean => {
    const asked = new Set(words(question));
    const ask = doerAskOf(question);
    if (ask === undefined) return false;
    return doersOnlyAsked(ask, texts, asked, words, (text) =>
      [...text.matchAll(/(?:^|\s)(\p{Lu}[\p{L}'-]+)/gu)].some(
        (m) => !openers.has(m[1] as string) && !asked.has((m[1] as string).toLowerCase()),
      ),
    );
  };
}
