// What a digest holds, as data: the topic in focus (answered by the same engine as questions),
// the questions asked in the channel since its last digest, the documents new in the corpus, and
// when the next digest comes. Rendering is separate (render.ts), so the CLI, previews and posts
// all show the same digest.
import { renumberCitations } from "../answer/citations.ts";
import { questionWords } from "../answer/common-words.ts";
import type { Logger } from "../log.ts";
import type { CorpusStore } from "../store/corpus.ts";
import type { Cadence, DigestSubscription } from "../store/digest.ts";
import type { LoggedQuestion, QuestionLog } from "../store/questions.ts";
import { normalizeQuestion, splitSentences } from "../text.ts";
import type { Answer, AnswerEngine } from "../types.ts";
import { localMoment, nextLocalDate } from "./time.ts";
import { type DigestTopic, nextTopic } from "./topics.ts";

/** Helpful / Not helpful votes per question log id (the Slack app's feedback store). */
type CountVotes = (
  questionIds: number[],
) => Promise<Map<number, { helpful: number; notHelpful: number }>>;

/** Everything a digest is composed from, shared by the scheduler, the command and the CLI. */
export interface DigestSources {
  engine: AnswerEngine;
  questions: QuestionLog;
  corpus: Pick<CorpusStore, "documentsIndexedSince">;
  topics: DigestTopic[];
  feedbackCounts?: CountVotes;
  log?: Logger;
}

export type DigestSchedule = Pick<
  DigestSubscription,
  "channelId" | "time" | "timeZone" | "cadence" | "activeSince" | "topicsShown"
>;

export interface ComposeInput extends DigestSources {
  subscription: DigestSchedule;
  now: Date;
  /** When the channel's last digest went out; the first digest looks back one day. */
  lastDigestAt?: Date;
  /** Whether today's digest is already taken (it is, while the scheduler composes it). */
  todayTaken?: boolean;
}

export interface AskedQuestion {
  /** The wording shown: the group's first phrasing. */
  question: string;
  /** Link to the thread of the group's latest answer that has one. */
  permalink?: string;
  /** How many times the group was asked. */
  times: number;
  helpful: number;
  notHelpful: number;
  notCovered: boolean;
  questionIds: number[];
  lastAskedAt: string;
}

interface NewDocument {
  id: string;
  title: string;
  url?: string;
  indexedAt: string;
}

export interface Digest {
  channelId: string;
  /** The channel's local date at composition. */
  localDate: string;
  timeZone: string;
  /** The instant "since the last digest" starts from. */
  since: string;
  focus?: { topic: DigestTopic; answer: Answer };
  /** Set when the engine failed on the topic; the rest of the digest still goes out. */
  focusError?: string;
  asked: AskedQuestion[];
  newDocuments: NewDocument[];
  /** New documents left out of the list. */
  moreNewDocuments: number;
  next: { localDate: string; time: string; timeZone: string; cadence: Cadence };
}

const DIGEST_LIMITS = {
  focusSentences: 5,
  /** Below this, the topic's follow-up questions are asked too. */
  minFocusSentences: 3,
  askedQuestions: 5,
  newDocuments: 8,
  /** The first digest of a channel looks back this far. */
  firstLookBackMs: 24 * 60 * 60 * 1000,
  /** Share of content words two phrasings must have in common to count as one question. */
  nearDuplicateOverlap: 0.6,
} as const;

export async function composeDigest(input: ComposeInput): Promise<Digest> {
  const { subscription: sub, now } = input;
  const since = input.lastDigestAt ?? new Date(now.getTime() - DIGEST_LIMITS.firstLookBackMs);
  const here = localMoment(now, sub.timeZone);

  const digest: Digest = {
    channelId: sub.channelId,
    localDate: here.date,
    timeZone: sub.timeZone,
    since: since.toISOString(),
    asked: [],
    newDocuments: [],
    moreNewDocuments: 0,
    next: {
      localDate: nextLocalDate(sub, now, input.todayTaken ?? true),
      time: sub.time,
      timeZone: sub.timeZone,
      cadence: sub.cadence,
    },
  };

  const topic = nextTopic(input.topics, sub.topicsShown);
  if (topic) {
    try {
      digest.focus = { topic, answer: await explainTopic(input.engine, topic) };
    } catch (err) {
      digest.focusError = (err as Error).message || String(err);
      input.log?.warn({ err, channel: sub.channelId, topic: topic.id }, "digest focus failed");
    }
  }

  const asked = (await input.questions.inChannelSince(sub.channelId, since)).filter(
    (q) => !q.error && askedInTheOpen(q),
  );
  const groups = groupQuestions(asked).slice(0, DIGEST_LIMITS.askedQuestions);
  if (groups.length && input.feedbackCounts) {
    const votes = await input.feedbackCounts(groups.flatMap((g) => g.questionIds));
    for (const g of groups) {
      for (const id of g.questionIds) {
        const v = votes.get(id);
        g.helpful += v?.helpful ?? 0;
        g.notHelpful += v?.notHelpful ?? 0;
      }
    }
  }
  digest.asked = groups;

  const docs = input.corpus.documentsIndexedSince(since);
  digest.newDocuments = docs.slice(0, DIGEST_LIMITS.newDocuments).map((d) => {
    const nd: NewDocument = { id: d.id, title: d.title, indexedAt: d.indexedAt };
    if (d.url) nd.url = d.url;
    return nd;
  });
  digest.moreNewDocuments = Math.max(0, docs.length - DIGEST_LIMITS.newDocuments);
  return digest;
}

/**
 * The topic explained in 3 to 5 cited sentences: the answer to its question, topped up with the
 * answers to its follow-ups while it is shorter than three sentences (an extractive answer often
 * stops at two), then cut to five. Every sentence and citation is the engine's own.
 */
export async function explainTopic(engine: AnswerEngine, topic: DigestTopic): Promise<Answer> {
  let answer = await engine.answer(topic.question);
  for (const followUp of topic.followUps ?? []) {
    if (sentenceCount(answer) >= DIGEST_LIMITS.minFocusSentences) break;
    const more = await engine.answer(followUp);
    if (more.coverage === "none") continue;
    answer = answer.coverage === "none" ? more : mergeAnswers(answer, more);
  }
  return limitSentences(answer, DIGEST_LIMITS.focusSentences);
}

function sentenceCount(answer: Answer): number {
  return answer.coverage === "none" ? 0 : splitSentences(answer.text).length;
}

const sentenceKey = (sentence: string) => normalizeQuestion(sentence.replace(/\[\d+\]/g, ""));

/**
 * Appends `more`'s sentences that `first` does not already say, renumbering their citations after
 * `first`'s (a passage quoted by both keeps its first number). Coverage and mode stay `first`'s.
 */
export function mergeAnswers(first: Answer, more: Answer): Answer {
  const seen = new Set(splitSentences(first.text).map((s) => sentenceKey(s.text)));
  // `more`'s markers move past `first`'s numbers, then one renumbering merges shared sources.
  const offset = Math.max(0, ...first.citations.map((c) => c.n));
  const added: string[] = [];
  for (const { text } of splitSentences(more.text)) {
    const key = sentenceKey(text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    added.push(text.replace(/\[(\d+)\]/g, (_marker, n: string) => `[${Number(n) + offset}]`));
  }
  if (!added.length) return first;
  const merged = renumberCitations(`${first.text} ${added.join(" ")}`, [
    ...first.citations,
    ...more.citations.map((c) => ({ ...c, n: c.n + offset })),
  ]);
  const passageIds = new Set(first.passages.map((p) => p.passage.id));
  return {
    ...first,
    text: merged.text,
    citations: merged.citations,
    passages: [...first.passages, ...more.passages.filter((p) => !passageIds.has(p.passage.id))],
    verification: {
      kept: first.verification.kept + more.verification.kept,
      dropped: first.verification.dropped + more.verification.dropped,
    },
    latencyMs: first.latencyMs + more.latencyMs,
  };
}

/**
 * Whether the channel saw the question: a mention answered in a thread, or an answer someone
 * shared (it has a permalink). A `/wcit` question answered only to the asker stays private.
 */
function askedInTheOpen(q: LoggedQuestion): boolean {
  return q.surface === "mention" || (q.permalink !== undefined && q.surface !== "digest");
}

/**
 * Content words of a question, lightly folded so "proposals" and "proposal" match. Not stemmed:
 * "signed" and "refused to sign" must stay apart when grouping what people asked.
 */
function questionTerms(question: string): Set<string> {
  return new Set(
    questionWords(question).map((w) =>
      w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w,
    ),
  );
}

/** Two phrasings are one question when their normalized text matches or their terms overlap enough. */
export function isNearDuplicate(a: string, b: string): boolean {
  if (normalizeQuestion(a) === normalizeQuestion(b)) return true;
  const ta = questionTerms(a);
  const tb = questionTerms(b);
  if (ta.size === 0 || tb.size === 0) return false;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common += 1;
  return common / (ta.size + tb.size - common) >= DIGEST_LIMITS.nearDuplicateOverlap;
}

/**
 * Merges near-duplicate questions (oldest first in, first phrasing kept), most asked first, then
 * most recent. Votes start at zero; the caller adds them.
 */
export function groupQuestions(questions: LoggedQuestion[]): AskedQuestion[] {
  const groups: AskedQuestion[] = [];
  for (const q of questions) {
    const group = groups.find((g) => isNearDuplicate(g.question, q.question));
    if (group) {
      group.times += 1;
      group.questionIds.push(q.id);
      group.lastAskedAt = q.askedAt;
      if (q.permalink) group.permalink = q.permalink;
      group.notCovered = group.notCovered && q.coverage === "none";
    } else {
      const g: AskedQuestion = {
        question: q.question.trim(),
        times: 1,
        helpful: 0,
        notHelpful: 0,
        notCovered: q.coverage === "none",
        questionIds: [q.id],
        lastAskedAt: q.askedAt,
      };
      if (q.permalink) g.permalink = q.permalink;
      groups.push(g);
    }
  }
  return groups.sort((a, b) => b.times - a.times || b.lastAskedAt.localeCompare(a.lastAskedAt));
}

/**
 * Keeps an answer's first `max` sentences, with only the citations they use, renumbered in order of
 * first use, so a digest stays brief and every marker still points at its source.
 */
export function limitSentences(answer: Answer, max: number): Answer {
  const sentences = splitSentences(answer.text);
  if (sentences.length <= max) return answer;
  const kept = sentences
    .slice(0, max)
    .map((s) => s.text)
    .join(" ");
  return { ...answer, ...renumberCitations(kept, answer.citations) };
}
