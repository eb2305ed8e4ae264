// Bolt and the Web API client log through our pino logger, so their lines are redacted like ours.
import type { Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../log.ts";

export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: "bolt" });
  let level = "info" as LogLevel;
  const line = (args: unknown[]) =>
    args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ");
  return {
    debug: (...args: unknown[]) => child.debug(line(args)),
    info: (...args: unknown[]) => child.info(line(args)),
    warn: (...args: unknown[]) => child.warn(line(args)),
    error: (...args: unknown[]) => child.error(line(args)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
