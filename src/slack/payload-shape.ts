// The shapes a signed request from Slack must have before Bolt dispatches it. Bolt reads fields of
// the body without checking them (a body of `null`, an `event` that is a string, a `block_actions`
// without `user` throw inside it), so a malformed request is turned away here, with a 400 and a
// reason for the log, instead of crashing the process or answering 500. Only what Bolt and our
// listeners read is checked; everything else passes through untouched.
// Interaction payloads: https://docs.slack.dev/reference/interaction-payloads/block_actions-payload
import { z } from "zod";

const text = z.string();
const anObject = z.looseObject({});

const conversationEvent = z.looseObject({
  channel: text,
  ts: text,
  text: text.optional(),
  thread_ts: text.optional(),
  user: text.optional(),
});

const assistantThreadEvent = z.looseObject({
  assistant_thread: z.looseObject({ channel_id: text, thread_ts: text }),
});

/** What each event type we listen to must carry, beyond the common checks. */
const EVENT_FIELDS: Record<string, z.ZodType> = {
  app_mention: conversationEvent,
  message: conversationEvent,
  app_home_opened: z.looseObject({ user: text }),
  assistant_thread_started: assistantThreadEvent,
  assistant_thread_context_changed: assistantThreadEvent,
};

const event = z
  .looseObject({
    type: text.min(1),
    // Bolt reads these when present: a user, channel or item of the wrong kind throws inside it.
    user: z.union([text, z.looseObject({ id: text.optional() })]).optional(),
    channel: z.union([text, anObject]).optional(),
    item: anObject.optional(),
    subteam: anObject.optional(),
    message: anObject.optional(),
    previous_message: anObject.optional(),
    assistant_thread: anObject.optional(),
  })
  .superRefine((e, ctx) => {
    const fields = EVENT_FIELDS[e.type];
    if (!fields) return;
    const checked = fields.safeParse(e);
    for (const issue of checked.success ? [] : checked.error.issues) {
      ctx.addIssue({ code: "custom", path: issue.path, message: `${e.type}: ${issue.message}` });
    }
  });

const eventCallback = z.looseObject({
  event,
  event_id: text.optional(),
  team_id: text.optional(),
  authorizations: z.array(z.looseObject({ team_id: text.nullable().optional() })).optional(),
});

const slashCommand = z.looseObject({
  command: text.min(1),
  user_id: text.min(1),
  channel_id: text.min(1),
  team_id: text.optional(),
  text: text.optional(),
  response_url: text.optional(),
  trigger_id: text.optional(),
});

/** Every interaction names who did it; Bolt reads `user.id` and, when there is a team, `team.id`. */
const interaction = z.looseObject({
  type: text,
  user: z.looseObject({ id: text.min(1) }),
  team: z.looseObject({ id: text.optional() }).nullable().optional(),
  enterprise: anObject.nullable().optional(),
  channel: z.looseObject({ id: text.optional() }).optional(),
  container: anObject.optional(),
  message: anObject.optional(),
  response_url: text.optional(),
  trigger_id: text.optional(),
  actions: z.array(z.looseObject({ action_id: text, action_ts: text.optional() })).optional(),
  view: z
    .looseObject({
      callback_id: text.optional(),
      private_metadata: text.optional(),
      state: z.looseObject({ values: z.record(text, z.record(text, anObject)) }).optional(),
      app_installed_team_id: text.optional(),
    })
    .optional(),
});

/** Interaction payload types Slack sends to the request URL. */
const INTERACTION_TYPES = new Set([
  "block_actions",
  "block_suggestion",
  "interactive_message",
  "message_action",
  "shortcut",
  "view_submission",
  "view_closed",
  "dialog_submission",
  "dialog_cancellation",
  "dialog_suggestion",
]);

/** Requests Bolt answers itself (Events API URL check, SSL check) or that we only log. */
const PASSED_THROUGH = new Set(["url_verification"]);

export type PayloadVerdict =
  | { ok: true; kind: "event" | "command" | "interaction" | "url_verification" | "ssl_check" }
  /** Slack telling the app its events are being rate limited: acknowledged, logged, nothing else. */
  | { ok: true; kind: "app_rate_limited" }
  | { ok: false; reason: string };

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "malformed";
  const where = issue.path.length ? issue.path.join(".") : "body";
  return `${where}: ${issue.message}`;
}

/** Whether a parsed, signature-checked body is safe to hand to Bolt, and what kind it is. */
export function checkPayloadShape(body: unknown): PayloadVerdict {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return {
      ok: false,
      reason: `the body is ${body === null ? "null" : typeof body}, not an object`,
    };
  }
  const b = body as Record<string, unknown>;
  if (b.ssl_check === "1") return { ok: true, kind: "ssl_check" };
  if (typeof b.type === "string" && PASSED_THROUGH.has(b.type)) {
    return { ok: true, kind: "url_verification" };
  }
  if (b.type === "app_rate_limited") return { ok: true, kind: "app_rate_limited" };
  if (b.event !== undefined) {
    const r = eventCallback.safeParse(b);
    return r.success ? { ok: true, kind: "event" } : { ok: false, reason: firstIssue(r.error) };
  }
  if (b.command !== undefined) {
    const r = slashCommand.safeParse(b);
    return r.success ? { ok: true, kind: "command" } : { ok: false, reason: firstIssue(r.error) };
  }
  const looksInteractive =
    b.actions !== undefined ||
    b.name !== undefined ||
    (typeof b.type === "string" && INTERACTION_TYPES.has(b.type));
  if (looksInteractive) {
    const r = interaction.safeParse(b);
    return r.success
      ? { ok: true, kind: "interaction" }
      : { ok: false, reason: firstIssue(r.error) };
  }
  return {
    ok: false,
    reason: `not an event, a command or an interaction (type ${JSON.stringify(b.type ?? null).slice(0, 40)})`,
  };
}
