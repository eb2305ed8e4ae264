// Builders for Slack payloads in their documented shapes: Events API envelopes (`app_mention`,
// `message.im`, channel messages, assistant thread events, `app_home_opened`), slash command form
// fields, `block_actions` and `view_submission` interactions.
let counter = 0;
const next = () => ++counter;

const TEAM = "T0001";
const BOT_USER = "UBOT";
const APP_ID = "A0WCIT";

export function ts(): string {
  return `1700000000.${String(next()).padStart(6, "0")}`;
}

export interface EnvelopeOptions {
  eventId?: string;
  teamId?: string;
}

/** Wraps an event the way the Events API delivers it. */
export function envelope(event: Record<string, unknown>, opts: EnvelopeOptions = {}) {
  const teamId = opts.teamId ?? TEAM;
  return {
    token: "verification-token-unused",
    team_id: teamId,
    api_app_id: APP_ID,
    event: { event_ts: event.ts ?? ts(), ...event },
    type: "event_callback",
    event_id: opts.eventId ?? `Ev${String(next()).padStart(8, "0")}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: teamId,
        user_id: BOT_USER,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
}

export interface MessageFields {
  user?: string;
  channel?: string;
  text: string;
  ts?: string;
  threadTs?: string;
  teamId?: string;
}

/** The fields every message-like event carries: author, text, timestamps, channel, team, thread. */
function messageBase(f: MessageFields) {
  const t = f.ts ?? ts();
  return {
    user: f.user ?? "U0ALICE",
    text: f.text,
    ts: t,
    channel: f.channel ?? "C0POLICY",
    team: f.teamId ?? TEAM,
    event_ts: t,
    ...(f.threadTs ? { thread_ts: f.threadTs } : {}),
  };
}

export function appMention(f: MessageFields) {
  return { type: "app_mention", ...messageBase(f) };
}

/** A `message` event in a public channel (`message.channels`). */
export function channelMessage(f: MessageFields & { subtype?: string; botId?: string }) {
  return {
    type: "message",
    channel_type: "channel",
    ...messageBase(f),
    ...(f.subtype ? { subtype: f.subtype } : {}),
    ...(f.botId ? { bot_id: f.botId } : {}),
  };
}

/** A message in a private channel (`message.groups`). */
export function groupMessage(f: MessageFields & { subtype?: string }) {
  return { ...channelMessage({ channel: "C0PRIVATE", ...f }), channel_type: "group" };
}

/** A message in a group DM the bot is in (`message.mpim`). */
export function mpimMessage(f: MessageFields & { subtype?: string }) {
  return { ...channelMessage({ channel: "G0GROUPDM", ...f }), channel_type: "mpim" };
}

/** A direct message to the bot (`message.im`). */
export function imMessage(f: MessageFields & { subtype?: string; botId?: string }) {
  return { ...channelMessage({ channel: "D0ALICE", ...f }), channel_type: "im" };
}

export function assistantThreadStarted(f: {
  user?: string;
  channel?: string;
  threadTs?: string;
  contextChannel?: string;
}) {
  const threadTs = f.threadTs ?? ts();
  return {
    type: "assistant_thread_started",
    assistant_thread: {
      user_id: f.user ?? "U0ALICE",
      context: { channel_id: f.contextChannel ?? "C0POLICY", team_id: TEAM, enterprise_id: null },
      channel_id: f.channel ?? "D0ALICE",
      thread_ts: threadTs,
    },
    event_ts: ts(),
  };
}

export function assistantThreadContextChanged(f: {
  user?: string;
  channel?: string;
  threadTs: string;
  contextChannel: string;
}) {
  return {
    type: "assistant_thread_context_changed",
    assistant_thread: {
      user_id: f.user ?? "U0ALICE",
      context: { channel_id: f.contextChannel, team_id: TEAM, enterprise_id: null },
      channel_id: f.channel ?? "D0ALICE",
      thread_ts: f.threadTs,
    },
    event_ts: ts(),
  };
}

/** `app_home_opened`: the Home tab by default; `tab: "messages"` is the agent experience's DM. */
export function appHomeOpened(
  f: { user?: string; teamId?: string; channel?: string; tab?: "home" | "messages" } = {},
) {
  return {
    type: "app_home_opened",
    user: f.user ?? "U0ALICE",
    channel: f.channel ?? "D0ALICE",
    tab: f.tab ?? "home",
    event_ts: ts(),
  };
}

/** Slash command form fields. */
export function slashCommand(f: {
  text: string;
  responseUrl: string;
  user?: string;
  channel?: string;
  teamId?: string;
  command?: string;
}): Record<string, string> {
  return {
    token: "verification-token-unused",
    team_id: f.teamId ?? TEAM,
    team_domain: "wcit-test",
    channel_id: f.channel ?? "C0POLICY",
    channel_name: "policy",
    user_id: f.user ?? "U0ALICE",
    user_name: "alice",
    command: f.command ?? "/wcit",
    text: f.text,
    api_app_id: APP_ID,
    is_enterprise_install: "false",
    response_url: f.responseUrl,
    trigger_id: `${next()}.trigger`,
  };
}

/** A `block_actions` interaction: one button (or feedback button) clicked in a message. */
export function blockActions(f: {
  actionId: string;
  value: string;
  responseUrl: string;
  user?: string;
  channel?: string;
  messageTs?: string;
  threadTs?: string;
  teamId?: string;
  type?: string;
}) {
  const messageTs = f.messageTs ?? ts();
  return {
    type: "block_actions",
    user: { id: f.user ?? "U0ALICE", username: "alice", name: "alice", team_id: f.teamId ?? TEAM },
    api_app_id: APP_ID,
    token: "verification-token-unused",
    container: {
      type: "message",
      message_ts: messageTs,
      channel_id: f.channel ?? "C0POLICY",
      is_ephemeral: false,
    },
    trigger_id: `${next()}.trigger`,
    team: { id: f.teamId ?? TEAM, domain: "wcit-test" },
    channel: { id: f.channel ?? "C0POLICY", name: "policy" },
    message: {
      type: "message",
      ts: messageTs,
      text: "answer",
      ...(f.threadTs ? { thread_ts: f.threadTs } : {}),
    },
    response_url: f.responseUrl,
    actions: [
      {
        type: f.type ?? "button",
        action_id: f.actionId,
        block_id: "b1",
        value: f.value,
        action_ts: ts(),
        ...(f.type === "feedback_buttons" ? {} : { text: { type: "plain_text", text: "button" } }),
      },
    ],
  };
}

/** A `view_submission` for a modal with plain-text inputs. */
export function viewSubmission(f: {
  callbackId: string;
  privateMetadata: string;
  values: Record<string, Record<string, string>>;
  user?: string;
  teamId?: string;
}) {
  const values: Record<string, Record<string, { type: string; value: string }>> = {};
  for (const [block, actions] of Object.entries(f.values)) {
    values[block] = {};
    for (const [action, value] of Object.entries(actions)) {
      (values[block] as Record<string, { type: string; value: string }>)[action] = {
        type: "plain_text_input",
        value,
      };
    }
  }
  return {
    type: "view_submission",
    team: { id: f.teamId ?? TEAM, domain: "wcit-test" },
    user: { id: f.user ?? "U0ALICE", username: "alice", name: "alice", team_id: f.teamId ?? TEAM },
    api_app_id: APP_ID,
    token: "verification-token-unused",
    trigger_id: `${next()}.trigger`,
    view: {
      id: "V0MODAL",
      team_id: f.teamId ?? TEAM,
      type: "modal",
      callback_id: f.callbackId,
      private_metadata: f.privateMetadata,
      state: { values },
      hash: "h",
      title: { type: "plain_text", text: "Feedback" },
      blocks: [],
    },
    response_urls: [],
  };
}
