// Word lists for reading the party and the act a yes/no question asks about ("did LIRNEasia file a
// contribution…?", "was Strickling among the speakers…?"): `askedActUntold` and
// `askedPartyUnnamed` (src/answer/subject-act.ts) match them as whole words, in any case; and the
// unnamed parties a who question's window may name as doers (src/answer/window-doers.ts). The
// tagger gives none of these readings as they are meant here: it reads "adopted", "run", "known"
// after "was" as adjectives or nouns, and has no class of words naming a view or a mood, or of
// nouns standing for the party they follow.

/**
 * Words asking a party's view, wish or mood rather than an act ("did Kramer SEE Dubai as a
 * flop?", "did CEPT walk away HAPPY…?"): verbs of thinking, seeing, wanting and backing, and
 * adjectives of contentment. A place tells such a thing in whatever words the party used, so the
 * act's words are not looked for.
 */
export const VIEW_OR_MOOD_WORDS: readonly string[] = [
  "think",
  "thinks",
  "thought",
  "see",
  "sees",
  "saw",
  "view",
  "views",
  "believe",
  "believes",
  "consider",
  "considers",
  "reckon",
  "reckons",
  "feel",
  "feels",
  "regard",
  "regards",
  "want",
  "wants",
  "wanted",
  "like",
  "likes",
  "agree",
  "agrees",
  "support",
  "supports",
  "back",
  "backs",
  "oppose",
  "opposes",
  "accept",
  "accepts",
  "expect",
  "expects",
  "care",
  "cares",
  "worry",
  "worries",
  "fear",
  "fears",
  "mind",
  "minds",
  "buy",
  "buys",
  "happy",
  "unhappy",
  "satisfied",
  "pleased",
  "content",
  "comfortable",
  "keen",
];

/**
 * Nouns for a party that serve both readings below: after a party's name they stand for it ("the
 * US DELEGATION walked out", `PARTY_HEAD_NOUNS`), and alone they name a party that can do an act
 * ("the SECRETARIAT replied", `UNNAMED_PARTY_NOUNS`).
 */
const PARTY_NOUNS: readonly string[] = [
  "delegation",
  "delegations",
  "government",
  "governments",
  "administration",
  "secretariat",
  "member",
  "members",
  "people",
  "chair",
  "chairman",
  "minister",
];

/**
 * Nouns that, right after a party's name, stand for the party itself ("did the US DELEGATION
 * walk out?", "did the Brazil CAMP…", "did the EU FOLKS…"): left out of the subject, not read as
 * the act.
 */
export const PARTY_HEAD_NOUNS: readonly string[] = [
  ...PARTY_NOUNS,
  "team",
  "ministry",
  "side",
  "camp",
  "bloc",
  "folks",
  "guys",
  "lot",
];

/**
 * Nouns for a party no name gives, that can do an act ("ATTENDEES wrote to…", "partner GROUPS
 * signed…", "OFFICIALS said…"): a who question's window naming one where a doer stands names a
 * doer the question does not (`doersOnlyAsked`, src/answer/window-doers.ts).
 */
export const UNNAMED_PARTY_NOUNS: readonly string[] = [
  ...PARTY_NOUNS,
  "attendees",
  "delegate",
  "delegates",
  "official",
  "officials",
  "researcher",
  "researchers",
  "group",
  "groups",
  "organisation",
  "organisations",
  "organization",
  "organizations",
  "commentator",
  "commentators",
  "critic",
  "critics",
  "countries",
  "administrations",
  "operator",
  "operators",
  "analyst",
  "analysts",
  "commenter",
  "commenters",
  "activist",
  "activists",
  "advocate",
  "advocates",
  "coalition",
  "coalitions",
  "ministers",
  "ambassador",
  "ambassadors",
  "engineer",
  "engineers",
  "observer",
  "observers",
  "participant",
  "participants",
  "signatories",
  "expert",
  "experts",
  "insider",
  "insiders",
  "companies",
  "association",
  "associations",
  "agencies",
  "bodies",
  "press",
];

/**
 * Past participles that end in none of "-ed", "-en" or "-ing" (with two that do, kept as they
 * were written): after "was" or "were" they make the act passive ("Was the draft HELD over…?",
 * "Were the rules SET…?"), whose doer is another than the party named.
 */
export const IRREGULAR_PARTICIPLES: readonly string[] = [
  "run",
  "bound",
  "made",
  "held",
  "set",
  "put",
  "kept",
  "built",
  "told",
  "paid",
  "sent",
  "left",
  "led",
  "won",
  "shut",
  "hit",
  "cut",
  "done",
  "seen",
  "known",
  "taken",
  "given",
  "written",
  "chosen",
  "thought",
  "brought",
  "bought",
  "caught",
  "found",
  "got",
  "sold",
  "signed",
  "adopted",
];

/**
 * Pronouns and quantifiers that stand where a party's name would ("did ANYONE object…?", "did
 * THEY sign…?", "was THERE a vote…?"): no name, however they are typed.
 */
export const NOT_NAME_WORDS: readonly string[] = [
  "i",
  "we",
  "you",
  "he",
  "she",
  "it",
  "they",
  "anyone",
  "anybody",
  "any",
  "all",
  "both",
  "each",
  "either",
  "neither",
  "none",
  "someone",
  "somebody",
  "everyone",
  "this",
  "that",
  "these",
  "those",
  "one",
  "there",
];
