// The words after `/wcit digest <subcommand>`: how many it takes, and the time or zone they give.
// Each mistake is a DigestCommandError whose message, with an example, goes straight to the user.
import { isValidTimeZone } from "../config.ts";
import { WcitError } from "../errors.ts";
import { parseClockTime } from "./time.ts";

/** A bad `/wcit digest` argument; its message (with an example) goes straight to the user. */
export class DigestCommandError extends WcitError {
  constructor(message: string) {
    super("digest_command_invalid", message);
  }
}

const TIME_EXAMPLE = "Use a 24-hour time like `08:30` or `17:45`";

export function parseTimeArgument(raw: string | undefined, command: string): string {
  if (raw === undefined) {
    throw new DigestCommandError(`Which time? For example: \`/wcit digest ${command} 08:30\`.`);
  }
  const time = parseClockTime(raw);
  if (!time) {
    throw new DigestCommandError(
      `“${raw}” is not a time. ${TIME_EXAMPLE}, for example: \`/wcit digest ${command} 08:30\`.`,
    );
  }
  return time;
}

/** An IANA zone name, canonicalized (`europe/brussels` → `Europe/Brussels`). */
export function parseTimeZoneArgument(raw: string | undefined): string {
  const example =
    "For example: `/wcit digest tz Europe/Brussels` (or `UTC`, `America/New_York`, `Africa/Nairobi`).";
  if (raw === undefined) throw new DigestCommandError(`Which time zone? ${example}`);
  // Offsets such as +02:00 would ignore daylight saving; only named zones are accepted.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(raw) || !isValidTimeZone(raw)) {
    throw new DigestCommandError(`“${raw}” is not an IANA time zone name. ${example}`);
  }
  return new Intl.DateTimeFormat("en-US", { timeZone: raw }).resolvedOptions().timeZone;
}

export function noArguments(command: string, rest: string[]): void {
  if (rest.length) {
    throw new DigestCommandError(
      `\`/wcit digest ${command}\` takes no arguments (got “${rest.join(" ")}”).`,
    );
  }
}

/** One argument at the most; `usage` says what the subcommand takes, with an example. */
export function atMostOneArgument(rest: string[], usage: string): void {
  if (rest.length > 1) {
    throw new DigestCommandError(`${usage} (got “${rest.join(" ")}”).`);
  }
}
