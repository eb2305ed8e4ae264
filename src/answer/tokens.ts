// Counting tokens locally: for the prompt budget, and for usage when a server reports none.
// cl100k_base rather than o200k_base (the encoding of gpt-4o/4.1): the counts differ by a few per
// cent on English, which a budget does not notice, and its table loads in half the time (seconds on a
// busy machine, paid on the first LLM answer). For other servers' models any count is an estimate.
// The ranks ship inside js-tiktoken, so nothing is downloaded.
import { Tiktoken } from "js-tiktoken/lite";
import cl100kBase from "js-tiktoken/ranks/cl100k_base";

let encoder: Tiktoken | undefined;

function getEncoder(): Tiktoken {
  // Built on first use: loading the ranks takes a noticeable moment that extractive mode never needs.
  encoder ??= new Tiktoken(cl100kBase);
  return encoder;
}

export function countTokens(text: string): number {
  if (text === "") return 0;
  return getEncoder().encode(text).length;
}

/** Per-message overhead of the chat format (role markers, separators), as OpenAI documents it. */
const TOKENS_PER_MESSAGE = 3;
const TOKENS_PER_REPLY = 3;

export function countMessageTokens(messages: { content: string }[]): number {
  return (
    messages.reduce((sum, m) => sum + TOKENS_PER_MESSAGE + countTokens(m.content), 0) +
    TOKENS_PER_REPLY
  );
}

/**
 * Keeps the longest prefix of `items` (best first) whose rendered sizes fit `budget`, so the
 * lowest-ranked items are the ones left out. The first item is always kept: an answer from one
 * long passage is better than no answer.
 */
export function fitToTokenBudget<T>(
  items: T[],
  budget: number,
  render: (item: T, index: number) => string,
): { kept: T[]; omitted: number; tokens: number } {
  const kept: T[] = [];
  let tokens = 0;
  for (const [i, item] of items.entries()) {
    const size = countTokens(render(item, i));
    if (i > 0 && tokens + size > budget) break;
    kept.push(item);
    tokens += size;
  }
  return { kept, omitted: items.length - kept.length, tokens };
}
