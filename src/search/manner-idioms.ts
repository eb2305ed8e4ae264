// An analyst's idioms for how a party went about something (how29): "how did the ITU play down
// the signature count?", "how did activists lean on governments?", "how did CDT get the word
// out?". The notes tell the same act in the writer's verbs ("The ITU stressed that…", "Pressure
// during the conference", "Bankston announced it…"), and none of the idiom's words is there:
// "play", "down", "lean", "word" and "out" met other paragraphs or nothing, so the paragraph
// answering the how was not among the eight passages read (in-145, in-706, in-3057, in-1339).
// Read as the writer's verbs, at the weight of the question's own words (`reads`), as the
// record-keeping idioms of `IDIOMS` in idiom-readings.ts are.

/** One idiom: its pattern, its own words (the asker's), and the writer's words for its act. */
export interface MannerIdiom {
  pattern: RegExp;
  own: readonly string[];
  writer: readonly string[];
  reads: true;
}

/**
 * What "lean on" may not be followed by to mean pressing someone: "the stats the ITU leaned on
 * to talk up the treaty", "whose history did critics lean on when they said…" rely on something.
 * (A name or noun phrase after it is the one pressed: "lean on governments", "lean on the ITU".)
 */
const RELYING_AFTER = String.raw`(?!\s*(?:[?.,;:!)]|$|\s(?:to|when|for|as|because|in|while|and|but|so|heavily|most|more)\b))`;

export const MANNER_IDIOMS: readonly MannerIdiom[] = [
  // Pressing a party: "lean on governments", "put pressure on the ITU", "turn up the heat on".
  {
    pattern: new RegExp(
      String.raw`\b(?:lean(?:s|ed|t|ing)?\s+on\b${RELYING_AFTER}|put(?:s|ting)?\s+(?:the\s+)?heat\s+on\b|turn(?:s|ed|ing)?\s+up\s+the\s+heat\b)`,
      "gi",
    ),
    own: ["lean", "leant", "heat"],
    writer: ["pressure", "urge"],
    reads: true,
  },
  // Making a thing seem smaller or better than it looks: "play down the signature count", "put a
  // good face on it", "spin the numbers", "shrug off the fuss", "talk down the resolution": the
  // writer says what the party stressed or how it framed it.
  {
    pattern:
      /\b(?:play(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,4}?down|downplay(?:s|ed|ing)?|talk(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,4}?down|shrug(?:s|ged|ging)?\s+(?:[\w'’-]+\s+){0,4}?off|put(?:s|ting)?\s+(?:a\s+)?(?:good|brave|positive)\s+face\s+on|spin(?:s|ning)?\s+(?:on|the|its|their|his|her|it|this|that)\b|spun\b)/gi,
    own: [
      "play",
      "down",
      "downplay",
      "talk",
      "shrug",
      "off",
      "good",
      "brave",
      "face",
      "spin",
      "spun",
    ],
    writer: ["stress", "frame"],
    reads: true,
  },
  // Making a thing known: "get the word out about the paper", "spread the word".
  {
    pattern:
      /\b(?:g(?:et|ets|ot|etting)\s+(?:the\s+)?word\s+out|spread(?:s|ing)?\s+the\s+word)\b/gi,
    own: ["word", "out", "spread"],
    writer: ["announce", "circulate"],
    reads: true,
  },
];
