// The Slack surface's pure rendering, in one import: Answer, passages and documents → { text,
// blocks }. No network, no Bolt. Each job has its own module under render/: mrkdwn safety
// (mrkdwn.ts), Block Kit size fitting (blocks.ts), the layouts (answer.ts, passages.ts,
// documents.ts) and the action ids (actions.ts). Other surfaces (the digest) import those modules
// directly, for only the primitives they use.
export { ACTIONS, FEEDBACK_REASON_VIEW } from "./render/actions.ts";
export {
  answerFallbackText,
  type RenderAnswerOptions,
  renderAnswer,
  renderAnswerMessages,
  renderSources,
} from "./render/answer.ts";
export {
  blockChars,
  contextBlock,
  fitMessage,
  plainTextOf,
  SLACK_LIMITS,
  type SlackMessage,
  section,
  splitText,
  truncate,
} from "./render/blocks.ts";
export { renderDocuments } from "./render/documents.ts";
export {
  citationLabel,
  citationLink,
  escapeMrkdwn,
  link,
  safeText,
  safeTitle,
} from "./render/mrkdwn.ts";
export { passageLabel, type RenderPassagesOptions, renderPassages } from "./render/passages.ts";
