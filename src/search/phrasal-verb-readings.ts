// What an everyday phrasal verb of a question means in the formal verbs news and policy writing
// use ("turned up" → "attended", "watered down" → "weakened"): `phrasalVerbReadings`, for the
// coverage decision's words of the same sense. Moved out of analyze.ts (health30), unchanged.
import { analyze, stem } from "./analyze.ts";

/**
 * A verb's forms as a regular expression's alternatives: its bare form, "-s", past and "-ing"
 * (`past` for an irregular past and participle: "took|taken"; `double` for a doubled last
 * consonant: "stepped", "wrapping").
 */
function verbFormsPattern(base: string, past?: string, double = false): string {
  const stemPart = double ? base + base.slice(-1) : base.replace(/e$/, "");
  const third = /(?:s|sh|ch|x|z|o)$/.test(base)
    ? `${base}es`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  const regularPast = /e$/.test(base)
    ? `${base}d`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ied`
      : `${stemPart}ed`;
  const ing = /ee$/.test(base) ? `${base}ing` : `${stemPart}ing`;
  return [base, third, past ?? regularPast, ing].join("|");
}

/**
 * Everyday English phrasal verbs and the formal verbs news and policy writing use for the same
 * act ("turned up" → "attended", "walked away from" → "refused", "watered down" → "weakened",
 * "kicked off" → "began"). General English only, never a name or a word of one question. Each
 * entry: its verbs (bare form, or bare form with an irregular past "took|taken", or "!" before a
 * verb that doubles its last consonant), the particles that follow them (one or two words), and
 * the formal verbs, with the irregular past forms Porter keeps apart ("began", "withdrew"). The
 * particle means nothing alone in the phrase; the verb meets the formal verbs for the coverage
 * decision only (`phrasalVerbReadings`). Left out: a phrase whose everyday
 * senses part ("turn out": attend or prove; "take over": succeed or seize; "point out"), and one
 * the corpus's own writing uses for the act ("set up": "establish" drew a window away from the
 * sentence saying who set a group up, tuning in-1178). (`phrasalVerbWords`, in
 * src/answer/phrasal-verbs.ts, is the other reading: it finds any verb with its particle, known
 * here or not, so that an unseen one is taken for the asker's idiom rather than an event the corpus
 * lacks; this table says what a known one means.)
 */
const PHRASAL_VERBS: readonly {
  verbs: readonly string[];
  particles: readonly string[];
  formal: readonly string[];
  /** The particle stays a word of the question (see "put forward"). */
  keepsParticle?: boolean;
}[] = [
  // Being there.
  { verbs: ["turn", "show:showed|shown"], particles: ["up"], formal: ["attend", "present"] },
  { verbs: ["take:took|taken"], particles: ["part"], formal: ["attend", "participate"] },
  // Leaving, or refusing to go on.
  {
    verbs: ["walk", "storm"],
    particles: ["out", "away", "off"],
    formal: ["leave", "left", "refuse", "withdraw", "withdrew"],
  },
  {
    verbs: ["pull", "bow", "back", "!drop"],
    particles: ["out"],
    formal: ["withdraw", "withdrew", "leave", "left"],
  },
  // Giving ground.
  {
    verbs: ["back", "climb"],
    particles: ["down", "off", "away"],
    formal: ["withdraw", "withdrew", "concede", "retreat"],
  },
  { verbs: ["cave", "give:gave|given"], particles: ["in"], formal: ["concede", "yield"] },
  { verbs: ["give:gave|given"], particles: ["up"], formal: ["abandon", "drop"] },
  // Joining.
  { verbs: ["sign"], particles: ["on to", "up"], formal: ["sign", "join"] },
  { verbs: ["!team"], particles: ["up"], formal: ["join", "cooperate"] },
  // Asking for something, putting it forward.
  {
    verbs: ["push", "press", "argue", "lobby"],
    particles: ["for"],
    formal: ["propose", "urge", "seek", "sought", "call"],
  },
  // ("Forward" stays a word of the question: dropped, "What did Opco put forward?" as a thread's
  // earlier question let a follow-up on what survived into the treaty lead with Opco's filing
  // (tests/answer/follow-up-stand-in-23.test.ts).)
  {
    verbs: ["!put:put", "bring:brought"],
    particles: ["forward"],
    formal: ["propose", "submit"],
    keepsParticle: true,
  },
  { verbs: ["hand"], particles: ["in", "over"], formal: ["submit", "deliver"] },
  // Making a text milder.
  { verbs: ["water", "tone"], particles: ["down"], formal: ["weaken", "soften", "dilute"] },
  // Starting and ending.
  {
    verbs: ["kick", "start"],
    particles: ["off"],
    formal: ["begin", "began", "start", "open", "launch"],
  },
  { verbs: ["!wrap", "wind:wound"], particles: ["up"], formal: ["end", "conclude", "finish"] },
  // Taking a side for or against.
  {
    verbs: ["!get:got|gotten", "stand:stood"],
    particles: ["behind"],
    formal: ["support", "endorse"],
  },
  {
    verbs: ["come:came|come", "speak:spoke|spoken"],
    particles: ["out against"],
    formal: ["oppose", "criticise"],
  },
  {
    verbs: ["come:came|come", "speak:spoke|spoken"],
    particles: ["out for", "out in favour of", "out in favor of"],
    formal: ["support", "endorse"],
  },
  {
    verbs: ["shoot:shot", "vote", "knock", "strike:struck", "turn"],
    particles: ["down"],
    formal: ["reject", "refuse", "defeat"],
  },
  { verbs: ["throw:threw|thrown", "rule"], particles: ["out"], formal: ["reject", "exclude"] },
  { verbs: ["push"], particles: ["back"], formal: ["resist", "oppose", "object"] },
  { verbs: ["go:went|gone"], particles: ["along"], formal: ["accept", "agree"] },
  // Other acts.
  { verbs: ["!step"], particles: ["down"], formal: ["resign"] },
  { verbs: ["!sit:sat"], particles: ["out"], formal: ["abstain"] },
  { verbs: ["weigh"], particles: ["in"], formal: ["comment"] },
  { verbs: ["!put:put"], particles: ["off"], formal: ["postpone", "delay"] },
  { verbs: ["carry"], particles: ["out"], formal: ["implement", "conduct"] },
  { verbs: ["head"], particles: ["up"], formal: ["lead", "head"] },
  { verbs: ["roll"], particles: ["back"], formal: ["reverse"] },
  { verbs: ["break:broke|broken"], particles: ["down"], formal: ["collapse", "fail"] },
  { verbs: ["fall:fell|fallen"], particles: ["apart", "through"], formal: ["collapse", "fail"] },
];

/** `PHRASAL_VERBS` as patterns, with their verbs' and particles' terms: made at the first read. */
let phrasalPatterns:
  | readonly {
      pattern: RegExp;
      verbs: ReadonlySet<string>;
      particles: ReadonlySet<string>;
      formal: readonly string[];
    }[]
  | undefined;

function phrasalVerbPatterns(): NonNullable<typeof phrasalPatterns> {
  phrasalPatterns ??= PHRASAL_VERBS.map(({ verbs, particles, formal, keepsParticle }) => {
    const forms = verbs.map((v) => {
      const [word = "", past] = v.replace(/^!/, "").split(":");
      return verbFormsPattern(word, past, v.startsWith("!"));
    });
    // (The particle right after the verb, or after one adverb: "backed quietly down".)
    const particle = particles.map((p) => p.replace(/ /g, "\\s+")).join("|");
    return {
      pattern: new RegExp(`\\b(?:${forms.join("|")})\\s+(?:[a-z]+ly\\s+)?(?:${particle})\\b`, "gi"),
      verbs: new Set(verbs.map((v) => stem(v.replace(/^!/, "").split(":")[0] ?? ""))),
      particles: new Set(keepsParticle ? [] : particles.flatMap((p) => analyze(p))),
      formal: [...new Set(formal.map((w) => stem(w)))],
    };
  });
  return phrasalPatterns;
}

/** What ends right before a word that makes it a noun: an owner's "'s" or a determiner. */
const NOUN_BEFORE =
  /(?:['’]s|\b(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|whose|any|no|every))\s+$/i;

/**
 * The phrasal verbs of `PHRASAL_VERBS` a text uses: for each one's verb term, the formal verbs'
 * terms (words of the same sense, for the coverage decision only: `KeyTerm.senseWords`), and the
 * terms of their particles, which say nothing alone ("up" of "turned up" is no topic a source
 * names).
 */
export function phrasalVerbReadings(text: string): {
  senses: ReadonlyMap<string, readonly string[]>;
  particles: ReadonlySet<string>;
} {
  const senses = new Map<string, string[]>();
  const particles = new Set<string>();
  for (const { pattern, verbs, particles: own, formal } of phrasalVerbPatterns()) {
    for (const m of text.matchAll(pattern)) {
      // A noun, not a verb, after an owner or a determiner: "Sylvania's push for a filtering
      // centre", "a push for voluntary codes" name a proposal, whoever made it.
      if (NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const terms = analyze(m[0]);
      const verb = terms.find((t) => verbs.has(t)) ?? terms[0];
      if (verb === undefined) continue;
      const have = senses.get(verb) ?? [];
      for (const f of formal) if (f !== verb && !have.includes(f)) have.push(f);
      senses.set(verb, have);
      for (const t of terms) if (own.has(t) && t !== verb) particles.add(t);
    }
  }
  return { senses, particles };
}
