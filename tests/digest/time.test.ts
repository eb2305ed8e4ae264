import { describe, expect, it } from "vitest";
import {
  addDays,
  dueLocalDate,
  formatLocalDate,
  localMoment,
  nextLocalDate,
  parseClockTime,
} from "../../src/digest/time.ts";

describe("localMoment", () => {
  it("reads the wall clock of a zone, including across daylight-saving changes", () => {
    // Brussels: CET (UTC+1) in winter, CEST (UTC+2) from the last Sunday of March.
    expect(localMoment(new Date("2026-03-28T07:30:00Z"), "Europe/Brussels")).toEqual({
      date: "2026-03-28",
      time: "08:30",
      weekday: 6,
    });
    expect(localMoment(new Date("2026-03-30T06:30:00Z"), "Europe/Brussels").time).toBe("08:30");
    expect(localMoment(new Date("2026-03-29T23:30:00Z"), "UTC")).toMatchObject({
      date: "2026-03-29",
      time: "23:30",
    });
    expect(localMoment(new Date("2026-11-29T23:30:00Z"), "Asia/Tokyo")).toMatchObject({
      date: "2026-11-30",
      time: "08:30",
    });
    expect(localMoment(new Date("2026-11-30T00:05:00Z"), "UTC").time).toBe("00:05");
  });
});

describe("parseClockTime", () => {
  it("accepts H:MM and HH:MM on a 24-hour clock and canonicalizes", () => {
    expect(parseClockTime("8:30")).toBe("08:30");
    expect(parseClockTime(" 17:05 ")).toBe("17:05");
    expect(parseClockTime("00:00")).toBe("00:00");
  });
  it.each(["24:00", "8.30", "830", "08:60", "8:3", "noon", "", "8:30pm", "-1:00"])(
    "rejects %j",
    (input) => {
      expect(parseClockTime(input)).toBeUndefined();
    },
  );
});

describe("dueLocalDate", () => {
  const schedule = {
    time: "08:30",
    timeZone: "Europe/Brussels",
    cadence: "daily" as const,
    activeSince: "2026-01-01T00:00:00Z",
  };
  it("is due from the local digest time on, for that local date only", () => {
    expect(dueLocalDate(schedule, new Date("2026-11-30T07:29:00Z"))).toBeUndefined();
    expect(dueLocalDate(schedule, new Date("2026-11-30T07:30:00Z"))).toBe("2026-11-30");
    expect(dueLocalDate(schedule, new Date("2026-11-30T22:59:00Z"))).toBe("2026-11-30");
    expect(dueLocalDate(schedule, new Date("2026-11-30T23:01:00Z"))).toBeUndefined();
  });
  it("skips weekends for weekday cadence", () => {
    const weekdays = { ...schedule, cadence: "weekdays" as const };
    expect(dueLocalDate(weekdays, new Date("2026-11-28T09:00:00Z"))).toBeUndefined(); // Saturday
    expect(dueLocalDate(weekdays, new Date("2026-11-29T09:00:00Z"))).toBeUndefined(); // Sunday
    expect(dueLocalDate(weekdays, new Date("2026-11-30T09:00:00Z"))).toBe("2026-11-30");
  });
  it("is not due for a slot that passed before the channel subscribed", () => {
    const late = { ...schedule, activeSince: "2026-11-30T10:00:00Z" };
    expect(dueLocalDate(late, new Date("2026-11-30T11:00:00Z"))).toBeUndefined();
    expect(dueLocalDate(late, new Date("2026-12-01T07:30:00Z"))).toBe("2026-12-01");
  });
  it("posts a 02:30 digest at 03:00 on the night the clocks skip 02:00-03:00", () => {
    const night = { ...schedule, time: "02:30" };
    // 2026-03-29 01:00Z is 03:00 CEST; 00:59Z is 01:59 CET.
    expect(dueLocalDate(night, new Date("2026-03-29T00:59:00Z"))).toBeUndefined();
    expect(dueLocalDate(night, new Date("2026-03-29T01:00:00Z"))).toBe("2026-03-29");
  });
});

describe("nextLocalDate", () => {
  const schedule = {
    time: "08:30",
    timeZone: "UTC",
    cadence: "weekdays" as const,
    activeSince: "2026-01-01T00:00:00Z",
  };
  it("is today before the time, else the next delivery day", () => {
    expect(nextLocalDate(schedule, new Date("2026-11-30T07:00:00Z"), false)).toBe("2026-11-30");
    expect(nextLocalDate(schedule, new Date("2026-11-30T07:00:00Z"), true)).toBe("2026-12-01");
    expect(nextLocalDate(schedule, new Date("2026-12-04T09:00:00Z"), false)).toBe("2026-12-07");
  });
  it("formats local dates and adds days across month ends", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(formatLocalDate("2026-12-07")).toBe("Monday 7 December");
  });
});
