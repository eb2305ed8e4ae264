// A Digest as a Slack message and as plain text. Uses the shared pure renderer for escaping,
// mention defanging, citation links and Block Kit limits, so a digest is as safe as an answer.
import type { KnownBlock } from "@slack/types";
import { readAsNote } from "../answer/limits.ts";
import { renderAnswerMessages } from "../slack/render/answer.ts";
import {
  contextBlock,
  fitMessage,
  type SlackMessage,
  section,
  truncate,
} from "../slack/render/blocks.ts";
import { citationLabel, link, safeText } from "../slack/render/mrkdwn.ts";
import { inertText } from "../text.ts";
import type { AskedQuestion, Digest } from "./compose.ts";
import { formatLocalDate } from "./time.ts";

/** A logged question is shown cut to this many characters (a digest line, not the question limit). */
const QUESTION_SHOWN_CHARS = 200;
const MAX_TITLE_CHARS = 150;

function digestTitle(digest: Digest): string {
  return `WCIT digest · ${formatLocalDate(digest.localDate)}`;
}

function nextDigestLine(digest: Digest): string {
  const { next } = digest;
  const cadence = next.cadence === "weekdays" ? "on weekdays" : "daily";
  return `Next digest: ${formatLocalDate(next.localDate)} at ${next.time} (${next.timeZone}), ${cadence}.`;
}

const DIGEST_HELP_LINE =
  "Change it with `/wcit digest time HH:MM`, `/wcit digest weekdays` or `daily`, `/wcit digest tz Europe/Brussels`; stop it with `/wcit digest off`.";

function votes(q: AskedQuestion): string {
  const parts = [`Helpful ${q.helpful}`, `Not helpful ${q.notHelpful}`];
  if (q.times > 1) parts.unshift(`asked ${q.times}×`);
  if (q.notCovered) parts.push("not covered by the corpus");
  return parts.join(" · ");
}

function askedLine(q: AskedQuestion): string {
  const question = truncate(q.question.replace(/\s+/g, " "), QUESTION_SHOWN_CHARS);
  return `• ${link(q.permalink, question)} — ${votes(q)}`;
}

/** The digest as one Slack message within Block Kit limits. */
export function renderDigest(digest: Digest): SlackMessage {
  const blocks: KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: digestTitle(digest), emoji: true } },
  ];

  if (digest.focus) {
    const { topic, answer } = digest.focus;
    blocks.push(
      section(`*In focus: ${safeText(topic.title)}*\n_${safeText(topic.question)}_`),
      ...(renderAnswerMessages(answer, { interactive: false, maxSources: 5 })[0]?.blocks ?? []),
    );
  } else if (digest.focusError) {
    blocks.push(contextBlock("_The topic in focus could not be prepared today._"));
  }

  if (digest.asked.length) {
    blocks.push(
      { type: "divider" },
      section(`*Asked since the last digest*\n${digest.asked.map(askedLine).join("\n")}`),
    );
  }

  if (digest.newDocuments.length) {
    const lines = digest.newDocuments.map(
      (d) => `• ${link(d.url, truncate(d.title, MAX_TITLE_CHARS))}`,
    );
    if (digest.moreNewDocuments > 0) {
      lines.push(`…and ${digest.moreNewDocuments} more: \`/wcit sources\` lists them all.`);
    }
    blocks.push({ type: "divider" }, section(`*New in the corpus*\n${lines.join("\n")}`));
  }

  blocks.push({ type: "divider" }, contextBlock(`${nextDigestLine(digest)} ${DIGEST_HELP_LINE}`));

  const [first] = fitMessage(blocks, digestFallbackText(digest));
  // The caps on sentences, questions and documents keep a digest far inside one message.
  if (!first) throw new Error("A digest rendered to no message");
  return first;
}

/** The message's `text`: what notifications and screen readers get. */
function digestFallbackText(digest: Digest): string {
  const parts = [digestTitle(digest)];
  if (digest.focus) parts.push(`In focus: ${digest.focus.topic.title}.`);
  if (digest.asked.length)
    parts.push(`${digest.asked.length} question(s) asked since the last digest.`);
  const newDocs = digest.newDocuments.length + digest.moreNewDocuments;
  if (newDocs) parts.push(`${newDocs} new document(s) in the corpus.`);
  return safeText(parts.join(" — "));
}

/**
 * A readable plain-text digest: the CLI's output, the README sample. Answer text and logged
 * questions are shown inert (links defanged, mentions bracketed); source links stay as they are.
 */
export function digestPlainText(digest: Digest): string {
  const out: string[] = [digestTitle(digest), ""];
  if (digest.focus) {
    const { topic, answer } = digest.focus;
    const note = readAsNote(answer.corrections);
    out.push(`IN FOCUS: ${topic.title}`, topic.question, "");
    if (note) out.push(inertText(note));
    out.push(inertText(answer.text.trim()));
    if (answer.coverage !== "none" && answer.citations.length) {
      out.push("", "Sources:");
      for (const c of answer.citations) {
        out.push(`  [${c.n}] ${citationLabel(c)}${c.url ? ` <${c.url}>` : ""}`);
      }
    }
    if (answer.mode === "extractive" && answer.coverage !== "none") {
      out.push("(extractive summary)");
    }
    out.push("");
  } else if (digest.focusError) {
    out.push("IN FOCUS: could not be prepared today.", "");
  }
  if (digest.asked.length) {
    out.push("ASKED SINCE THE LAST DIGEST");
    for (const q of digest.asked) {
      out.push(
        `  - ${inertText(q.question)} (${votes(q)})${q.permalink ? `\n    ${q.permalink}` : ""}`,
      );
    }
    out.push("");
  }
  if (digest.newDocuments.length) {
    out.push("NEW IN THE CORPUS");
    for (const d of digest.newDocuments) out.push(`  - ${d.title}${d.url ? ` <${d.url}>` : ""}`);
    if (digest.moreNewDocuments > 0) out.push(`  …and ${digest.moreNewDocuments} more`);
    out.push("");
  }
  out.push(nextDigestLine(digest), DIGEST_HELP_LINE.replace(/`/g, ""));
  return out.join("\n");
}
