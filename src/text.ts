// Text rules that every layer shares, the store included, so they live below all of them (as the
// domain types do). One home each; import, never re-implement.

/** Folds case, punctuation and spacing so "What is 5A?" and "what is 5a" count as one question. */
export function normalizeQuestion(q: string): string {
  return q
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * A word without the punctuation around it, its case kept: "(Egypt)," → "Egypt", "'shall'" →
 * "shall", "89-55." → "89-55"; a word of punctuation alone → "". The one trim of a word split on
 * spaces (a claim's figures, a later ask's hedge words).
 */
export function trimWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

// ---- Links and mentions in untrusted text ----
// The one definition of "something a reader's client would turn into a link or a ping", used by the
// citation verifier (a model sentence may carry only links its cited passage carries) and by the
// plain-text outputs (which show them inert). Slack's mrkdwn escaping is src/slack's own job.

type LinkKind = "url" | "email" | "domain" | "markup" | "broadcast";

export interface LinkSpan {
  kind: LinkKind;
  start: number;
  end: number;
  text: string;
}

/** Top-level domains a bare host name (no scheme, no `www.`) is recognised by: chat clients link these. */
const BARE_HOST_TLDS =
  "com|org|net|int|gov|edu|mil|info|biz|io|ai|app|dev|xyz|online|site|top|news|example|test|invalid|[a-z]{2}";

const LINK_PATTERNS: { kind: LinkKind; source: string }[] = [
  // Slack's own markup: <!channel>, <!subteam^S1|@team>, <@U1>, <#C1|general>, <https://x|label>.
  {
    kind: "markup",
    source: String.raw`<(?:[!@#][^<>\s|]*|[a-z][a-z0-9+.-]*:[^<>\s|]+)(?:\|[^<>]*)?>`,
  },
  { kind: "url", source: String.raw`\b[a-z][a-z0-9+.-]{1,15}:\/\/[^\s<>"]+` },
  { kind: "email", source: String.raw`\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b` },
  { kind: "url", source: String.raw`\bwww\.[^\s<>"]+` },
  {
    kind: "domain",
    source: String.raw`\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:${BARE_HOST_TLDS})\b(?:[/?#][^\s<>"]*)?`,
  },
  { kind: "broadcast", source: String.raw`@(?:channel|here|everyone)\b` },
];

// One alternation, so spans never overlap and the leftmost wins.
const LINK = new RegExp(LINK_PATTERNS.map((p) => `(${p.source})`).join("|"), "gi");

/** Sentence punctuation that ends a bare link in prose without being part of it. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]'"\u2019\u201D]+$/;

/** Every link, e-mail address, host name and Slack mention/link markup in `text`, in order. */
export function findLinks(text: string): LinkSpan[] {
  const spans: LinkSpan[] = [];
  for (const m of text.matchAll(LINK)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const kind = LINK_PATTERNS[group]?.kind ?? "url";
    let found = m[0];
    if (kind !== "markup") found = found.replace(TRAILING_PUNCTUATION, "");
    // A bare host name is written in lower case; "H.Con.Res" or "Art.IV" is an abbreviation.
    if (found === "" || (kind === "domain" && /[A-Z]/.test(found))) continue;
    spans.push({ kind, start: m.index, end: m.index + found.length, text: found });
  }
  return spans;
}

/** A dot not already defanged as "[.]". */
const BARE_DOT = /(?<!\[)\.(?!\])/g;

/** Shown schemes: the web's two get the customary "hxxp", any other has its colon bracketed. */
function inertScheme(scheme: string): string {
  const name = scheme.toLowerCase();
  if (name === "http" || name === "https") return `${name.replace("tt", "xx")}://`;
  if (name === "hxxp" || name === "hxxps") return `${name}://`;
  return `${scheme}[:]//`;
}

/**
 * A link with its scheme and host defanged; a path keeps its dots readable ("report.pdf"), but an
 * address or a host name inside it ("?to=press@itu.int") is made inert too.
 */
function inertUrl(url: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url);
  const rest = scheme ? url.slice(scheme[0].length) : url;
  const hostEnd = rest.search(/[/?#]/);
  const host = hostEnd < 0 ? rest : rest.slice(0, hostEnd);
  const tail = hostEnd < 0 ? "" : rest.slice(hostEnd);
  return `${scheme ? inertScheme(scheme[1] as string) : ""}${host.replace(BARE_DOT, "[.]")}${inertText(tail)}`;
}

function inertMarkup(markup: string): string {
  const inner = markup.slice(1, -1);
  const bar = inner.indexOf("|");
  const target = bar < 0 ? inner : inner.slice(0, bar);
  const label = bar < 0 ? "" : inner.slice(bar + 1).replace(/^@/, "");
  const sigil = target[0];
  if (sigil === "!") {
    const word = target.slice(1).split("^")[0] ?? "";
    if (word === "date") return label;
    return `[@]${label || (word === "subteam" ? "group" : word)}`;
  }
  if (sigil === "@") return `[@]${label || target.slice(1)}`;
  if (sigil === "#") return `[#]${label || target.slice(1)}`;
  const shown = inertUrl(target.replace(/^mailto:/i, "").replace("@", "[@]"));
  return label ? `${label} (${shown})` : shown;
}

/**
 * Untrusted text (model sentences, quotes from the corpus) made safe to print where a reader might
 * click or paste it: links and e-mail addresses are "defanged" in the usual security notation
 * (`https://evil.example/login` → `hxxps://evil[.]example/login`, `a@b.org` → `a[@]b[.]org`), and
 * Slack mentions and broadcasts become bracketed look-alikes (`<!channel>` → `[@]channel`,
 * `<@U123>` → `[@]U123`, `<#C1|general>` → `[#]general`). Readable, never clickable, never a ping.
 * Source links the product itself prints (a citation's URL) do not go through this.
 */
export function inertText(text: string): string {
  let out = "";
  let at = 0;
  for (const span of findLinks(text)) {
    out += text.slice(at, span.start);
    if (span.kind === "markup") out += inertMarkup(span.text);
    else if (span.kind === "broadcast") out += `[@]${span.text.slice(1)}`;
    else if (span.kind === "email") out += span.text.replace("@", "[@]").replace(BARE_DOT, "[.]");
    else out += inertUrl(span.text);
    at = span.end;
  }
  return out + text.slice(at);
}

// ---- Sentences ----
// Intl.Segmenter does the splitting; the repairs below undo the splits it gets wrong on our corpus
// (a bold lead-in's closing "**", note markers like "[2][3]" after the full stop, "Art. 5A",
// "H. Con. Res. 127", "the U.S. Congress"). Used by the answer layer (quotes, extracts, coverage),
// the digest and the question analysis.

export interface SentenceSpan {
  /** Offsets into the text that was split: `text.slice(start, end)` is the sentence. */
  start: number;
  end: number;
  /** The sentence as written, trimmed, trailing `[n]` markers included. */
  text: string;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * Abbreviations after which a full stop does not end the sentence: legal and document references
 * (Art., Res., Con., Doc., No.), titles (Amb., Sen.), months, Latin (e.g., i.e., cf.), and initials
 * ("H. Con. Res. 127", "J. R. Smith"). A sentence that really ends in a single capital ("Plan B.")
 * is rare in this field; a citation cut in two ("Res. 127" without "H. Con.") is not.
 */
const ABBREVIATION_AT_END =
  /(?:^|[\s(])(?:Art|Arts|No|Nos|Rev|Res|Con|Cong|Sess|Doc|Docs|Mr|Mrs|Ms|Dr|St|Amb|Sen|Rep|Gov|Gen|Prof|Hon|Dept|vs|cf|para|paras|p|pp|Vol|Fig|Sec|Ch|Jr|Sr|Inc|Ltd|Corp|approx|ca|e\.g|i\.e|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|\p{Lu})\.\s*$/u;
/** A dotted acronym ("U.S.", "U.N.") at the end of a piece: an abbreviation, unless a sentence follows. */
const DOTTED_ACRONYM_AT_END = /(?:^|[\s(])(?:\p{Lu}\.){2,}\s*$/u;
/** `s` with every character a regular expression reads specially escaped, to match as written. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The months, as a regex alternation, capitalised as written. */
export const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December";
/** Words that open sentences: after "the U.S." they start a new one ("…from the U.S. The UK…"). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  "A An And As At But By During For From He Her His However If In It Its Meanwhile Moreover Nor On Only Or She Since So Some That The Their Then There These They This Those Thus To Under Unlike We When Where While Yet".split(
    " ",
  ),
);
/** What may follow a sentence end and still belong to it: closing emphasis, brackets, quote marks. */
const LEADING_CLOSERS = /^(?:\*\*|__|[*_)\]"”’])+/;
/** Note markers (`[2]`, `[2][3]`) that a sentence carries after its full stop. */
const LEADING_MARKERS = /^(?:\s*\[\d{1,3}\])+/;
const TRAILING_MARKERS = /(?:\s*\[\d{1,3}\])+\s*$/;

/**
 * ASCII text with no sentence terminator or line break before its last run of terminators and
 * spaces: the segmenter (Unicode's sentence rules) breaks it nowhere but at its end, so it is one
 * segment. Most questions are; the segmenter is the slowest step of reading one (health24).
 */
const ONE_SEGMENT = /^[^\u0080-\uffff.!?\r\n]*[.!?]*[ \t]*$/;

/** Splits text into sentences; every span's text is the trimmed slice at its offsets. */
export function splitSentences(text: string): SentenceSpan[] {
  const raw: { start: number; end: number }[] = [];
  if (ONE_SEGMENT.test(text)) {
    if (text.length > 0) raw.push({ start: 0, end: text.length });
  } else {
    for (const segment of segmenter.segment(text)) {
      raw.push({ start: segment.index, end: segment.index + segment.segment.length });
    }
  }
  const merged: { start: number; end: number }[] = [];
  for (const piece of raw) {
    const previous = merged[merged.length - 1];
    if (!previous) {
      merged.push({ ...piece });
      continue;
    }
    const previousText = text.slice(previous.start, previous.end);
    const pieceText = text.slice(piece.start, piece.end);
    const paragraphEnded = /\n\s*$/.test(previousText);
    if (!paragraphEnded && shouldJoin(previousText, pieceText)) {
      previous.end = piece.end;
      continue;
    }
    // Move closers and note markers that open this piece back onto the sentence they end.
    const moved = paragraphEnded ? 0 : leadingTailLength(pieceText);
    if (moved > 0) {
      previous.end = piece.start + moved;
      if (moved < pieceText.length) merged.push({ start: piece.start + moved, end: piece.end });
      continue;
    }
    merged.push({ ...piece });
  }
  const spans: SentenceSpan[] = [];
  for (const { start, end } of merged) {
    const slice = text.slice(start, end);
    const leading = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed === "") continue;
    spans.push({ start: start + leading, end: start + leading + trimmed.length, text: trimmed });
  }
  return spans;
}

function shouldJoin(previousText: string, pieceText: string): boolean {
  if (ABBREVIATION_AT_END.test(previousText)) return true;
  // A sentence never starts in lower case; the segmenter broke inside one (e.g. after "U.S.").
  if (/^\s*[a-z]/.test(pieceText)) return true;
  // "The U.S. Congress", "the U.N. Charter": a name goes on after the acronym.
  if (DOTTED_ACRONYM_AT_END.test(previousText)) {
    const next = /^\s*([\p{L}]+)/u.exec(pieceText)?.[1];
    return next !== undefined && !SENTENCE_OPENERS.has(next);
  }
  return false;
}

/** Length of the closers, markers and spaces at the start of a piece that belong to the previous sentence. */
function leadingTailLength(pieceText: string): number {
  let length = 0;
  for (;;) {
    const rest = pieceText.slice(length);
    const closer = LEADING_CLOSERS.exec(rest) ?? LEADING_MARKERS.exec(rest);
    if (!closer || closer[0].length === 0) break;
    length += closer[0].length;
  }
  if (length === 0) return 0;
  const after = pieceText.slice(length);
  return length + (after.length - after.trimStart().length);
}

/** A text without its `[n]` note markers, wherever they stand: they point at sources, they are not words. */
export function withoutNoteMarkers(text: string): string {
  return text.replace(/\s*\[\d{1,3}\]/g, "");
}

/** Removes the `[n]` note markers that end a sentence and returns their numbers. */
export function stripTrailingMarkers(sentence: string): { text: string; refs: number[] } {
  const match = TRAILING_MARKERS.exec(sentence);
  if (!match) return { text: sentence, refs: [] };
  const refs = [...match[0].matchAll(/\[(\d{1,3})\]/g)].map((m) => Number(m[1]));
  return { text: sentence.slice(0, match.index).trimEnd(), refs };
}
