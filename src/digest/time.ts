// Local wall-clock arithmetic for digests. Everything a schedule decides is decided on the channel's
// local date and HH:MM, read through Intl with the zone, so daylight-saving changes need no offsets:
// a 02:30 digest on the spring-forward night goes out at the first local minute at or after 02:30
// (03:00), and on the fall-back night the second 02:30 finds the day already claimed.
import type { Cadence } from "../store/digest.ts";

export interface LocalMoment {
  /** YYYY-MM-DD in the zone. */
  date: string;
  /** HH:MM (24-hour) in the zone. */
  time: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local date, time and weekday of an instant in an IANA zone. */
export function localMoment(at: Date, timeZone: string): LocalMoment {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(at)) parts[p.type] = p.value;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  // Some engines print midnight as 24 even with h23; fold it back.
  const hour = parts.hour === "24" ? "00" : parts.hour;
  return { date, time: `${hour}:${parts.minute}`, weekday: weekdayOf(date) };
}

function utcOf(localDate: string): Date {
  const [y, m, d] = localDate.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

function weekdayOf(localDate: string): number {
  return utcOf(localDate).getUTCDay();
}

export function addDays(localDate: string, days: number): string {
  const d = utcOf(localDate);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function isDeliveryDay(localDate: string, cadence: Cadence): boolean {
  if (cadence === "daily") return true;
  const wd = weekdayOf(localDate);
  return wd !== 0 && wd !== 6;
}

/** "8:30", "08:30", "0830"? Only H:MM or HH:MM, 24-hour; returns the canonical HH:MM. */
export function parseClockTime(input: string): string | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(input.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
}

export interface Schedule {
  time: string;
  timeZone: string;
  cadence: Cadence;
  /** ISO instant from which digests may be due (subscription time). */
  activeSince: string;
}

/**
 * The local date whose digest is due at `now`, or undefined. Due means: a delivery day, the local
 * time is at or past the digest time, and that slot came after the channel subscribed. Only today's
 * slot is ever due, so a digest missed while the app was down is caught up the same local day and
 * skipped once the day has passed.
 */
export function dueLocalDate(schedule: Schedule, now: Date): string | undefined {
  const here = localMoment(now, schedule.timeZone);
  if (!isDeliveryDay(here.date, schedule.cadence)) return undefined;
  if (here.time < schedule.time) return undefined;
  const since = localMoment(new Date(schedule.activeSince), schedule.timeZone);
  if (`${here.date} ${schedule.time}` < `${since.date} ${since.time}`) return undefined;
  return here.date;
}

/** The local date of the next digest after `now`, given whether today's is already taken. */
export function nextLocalDate(schedule: Schedule, now: Date, todayTaken: boolean): string {
  const here = localMoment(now, schedule.timeZone);
  if (!todayTaken && here.time < schedule.time && isDeliveryDay(here.date, schedule.cadence)) {
    return here.date;
  }
  let d = addDays(here.date, 1);
  while (!isDeliveryDay(d, schedule.cadence)) d = addDays(d, 1);
  return d;
}

/** "Monday 2 December" for a local date (the zone does not matter: the date is already local). */
export function formatLocalDate(localDate: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    weekday: "long",
    day: "numeric",
    month: "long",
  }).format(utcOf(localDate));
}
