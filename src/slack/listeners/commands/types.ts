// What a built-in `/wcit` subcommand receives and returns.
import type { KnownBlock } from "@slack/types";
import type { Logger } from "../../../log.ts";

export interface WcitInvocation {
  /** Text after the subcommand word (or the whole text for a question). */
  args: string;
  teamId: string;
  channelId: string;
  userId: string;
  log: Logger;
  /** Posts through the command's `response_url` before the reply (progress while answering). */
  progress?: (reply: WcitReply) => Promise<unknown>;
  /** A question's turn in the answer queue: answering waits for it, progress does not. */
  turn?: Promise<void>;
}

/** A reply sent through the command's `response_url`. */
export interface WcitReply {
  response_type: "ephemeral" | "in_channel";
  replace_original?: boolean;
  text: string;
  blocks?: KnownBlock[];
  /** More messages to send after this one, in order (a long `/wcit sources`). */
  followUps?: Omit<WcitReply, "followUps">[];
}
