// A short description or method reads on in the paragraph of a further passage it quotes. A note's
// paragraph tells a story sentence by sentence, each naming its subject again ("The US also
// opposed ETNO's 'sender-party-pays' idea." then "In October 2012 Kramer said ETNO's chairman had
// signalled the proposal would likely be withdrawn."); the further reading takes a sentence only
// for a question word the answer does not yet name, and the next sentence, naming what the first
// named, was passed by with the answer at 69 words ("How did Washington deal with ETNO's 'make
// the sending network pay' pitch before Dubai?" without how it ended). Tuning half (1,686 q):
// recall 0.8501 -> 0.8505 (that answer 0.50 -> 1.00), three more answers 15 words longer with the
// same sentence (one in scope, two near misses answered `partial` before and after), none worse,
// no trust figure moved.
import { inReadingOrder, type Sentence } from "./extractive-view.ts";

/**
 * For each sentence the answer quotes from a passage other than `best`, in reading order, the
 * sentence after it in its paragraph when that one names a required term it names too, while the
 * answer is under `roomLeft` words (`take` keeps the budget and what the sentence leans on).
 */
export function readOnInFurtherParagraphs(
  best: Sentence["view"],
  picked: ReadonlySet<Sentence>,
  required: ReadonlySet<number>,
  redundant: (s: Sentence) => boolean,
  take: (s: Sentence) => boolean,
  words: () => number,
  roomLeft: number,
): void {
  for (const s of inReadingOrder([...picked])) {
    if (s.view === best || words() >= roomLeft) continue;
    const next = s.view.sentences[s.index + 1];
    if (!next?.usable || picked.has(next) || redundant(next)) continue;
    if (next.keys.some((k) => required.has(k) && s.keys.includes(k))) take(next);
  }
}
