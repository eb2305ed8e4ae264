// `/wcit help` and an empty `/wcit`.
import { helpText } from "../../messages.ts";
import type { WcitReply } from "./types.ts";

export function helpReply(extraSubcommands: string[]): WcitReply {
  const extra = extraSubcommands.length
    ? `\n• ${extraSubcommands.map((n) => `\`/wcit ${n} …\``).join(", ")}: see \`/wcit ${extraSubcommands[0]} help\`.`
    : "";
  return { response_type: "ephemeral", text: `${helpText()}${extra}` };
}
