// The "In focus" topics: a list in corpus/digest-topics.json, each a title and the question that
// explains it. A channel sees every topic once, in file order, before any repeats.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { WcitError } from "../errors.ts";
import { readJsonFile } from "../json-file.ts";

export interface DigestTopic {
  id: string;
  title: string;
  /** The question whose answer explains the topic. */
  question: string;
  /** Asked too, in order, while the answer is shorter than three sentences (extractive answers often are). */
  followUps?: string[];
}

const topicSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "ids are lowercase words joined by hyphens"),
  title: z.string().trim().min(3).max(120),
  question: z.string().trim().min(10).max(400),
  followUps: z.array(z.string().trim().min(10).max(400)).max(3).optional(),
});

const fileSchema = z.object({
  topics: z
    .array(topicSchema)
    .min(1, "list at least one topic")
    .refine((ts) => new Set(ts.map((t) => t.id)).size === ts.length, "topic ids must be unique"),
});

export class DigestTopicsError extends WcitError {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super("digest_topics_invalid", message);
  }
}

/** Validates topics from parsed JSON; throws DigestTopicsError naming the file and each problem. */
export function parseDigestTopics(data: unknown, file = "digest-topics.json"): DigestTopic[] {
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join(".") || "(file)"}: ${i.message}`)
      .join("\n");
    throw new DigestTopicsError(`Digest topics in ${file} are malformed:\n${problems}`, file);
  }
  return parsed.data.topics;
}

export function loadDigestTopics(corpusDir: string): DigestTopic[] {
  const file = path.join(corpusDir, "digest-topics.json");
  const read = readJsonFile(file);
  if (!read.ok)
    throw new DigestTopicsError(`Cannot read digest topics at ${file}: ${read.reason}`, file);
  return parseDigestTopics(read.value, file);
}

/** Topics from the corpus folder; none (digests without "In focus") when it has no topic list. */
export function loadDigestTopicsIfPresent(corpusDir: string): DigestTopic[] {
  if (!fs.existsSync(path.join(corpusDir, "digest-topics.json"))) return [];
  return loadDigestTopics(corpusDir);
}

/**
 * The next topic for a channel: the first (in file order) not yet shown in this round. When every
 * topic has been shown the round starts again from the first. Ids no longer in the list are ignored.
 */
export function nextTopic(
  topics: DigestTopic[],
  shownThisRound: string[],
): DigestTopic | undefined {
  const shown = new Set(shownThisRound);
  return topics.find((t) => !shown.has(t.id)) ?? topics[0];
}
