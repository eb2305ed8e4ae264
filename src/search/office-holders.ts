// A question may name a person by the office they hold ("the FCC chair", "the NTIA boss") where
// the passage that answers names them only by name ("Genachowski said…"). News and policy
// writing introduces an office-holder once with organisation, title and name together ("FCC
// Chairman Julius Genachowski", "NTIA head Larry Strickling"); the names read from such
// introductions in the best passages are what the question's office stands for.

/**
 * Words for a person's office, general English, whole, in the forms a question asks the office by
 * ("the FCC chairman", "who headed…", "the ITU's secretary-general"): a question's "<ORG>
 * <office>" asks about a person, and a text's "<ORG> <office> <Name>" introduces one. Read whole
 * by `doerAskOf` (src/answer/window-doers.ts); matched here at a word's start (`OFFICE`), so
 * "chair" also covers "chairmanship", "secretary" "Secretary-General".
 */
export const OFFICE_WORDS: readonly string[] = [
  "chair",
  "chairs",
  "chaired",
  "chairman",
  "chairwoman",
  "chairperson",
  "head",
  "heads",
  "headed",
  "boss",
  "chief",
  "director",
  "president",
  "minister",
  "secretary",
  "secretary-general",
  "commissioner",
  "ambassador",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "spokesmen",
  "spokeswomen",
  "spokespeople",
  "leader",
  "administrator",
];
/** The office words no other office word starts ("chair", not "chairman"): `OFFICE`'s stems. */
const OFFICE_STEMS = OFFICE_WORDS.filter(
  (w) => !OFFICE_WORDS.some((other) => other !== w && w.startsWith(other)),
);

// Either case at the start ("Chairman", "head"); no "i" flag, which would let \p{Lu} match any letter.
const OFFICE = `(?:${OFFICE_STEMS.map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`).join("|")})[\\p{L}-]*`;
/** An organisation written as an acronym: 2–8 capitals (digits allowed after the first). */
const ORG = "\\p{Lu}[\\p{Lu}\\d]{1,7}";
/**
 * An analyst's words for someone at an organisation, whatever the post ("the FCC guy", "the NTIA
 * folks", "the ETNO people", "the CDT person"): a question's "<ORG> <word>" names a person the
 * texts introduce with the organisation and a title ("FCC Chairman Julius Genachowski"). Only in
 * a question: a text never introduces anyone so.
 */
const PERSON_WORDS = "(?:guys?|gals?|folks|people|persons?|reps?|blokes?|man|woman|lady)";
/** "<ORG>('s) <office>" in a question: the organisation it names. */
const ASKED_OFFICE = new RegExp(`(?<![\\p{L}\\d])(${ORG})(?:['\u2019]s)?\\s+(${OFFICE})`, "gu");
/**
 * "<ORG>('s) <person word>" in a question. Not someone who has left it ("the ex-ITU guy", "the
 * former FCC guy"): the texts' office-holders of the organisation are other people.
 */
const ASKED_PERSON = new RegExp(
  `(?<![\\p{L}\\d-])(?<!\\b[Ff]ormer\\s+)(${ORG})(?:['\u2019]s)?\\s+(${PERSON_WORDS})(?![\\p{L}\\d-])`,
  "gu",
);
/**
 * "who at the FCC and NTIA reacted…", "who over at NTIA said…": a who question asking for someone
 * at an organisation, as "the FCC guy" does. The office is the word "at" (no index term).
 */
const WHO_AT = new RegExp(
  `\\b[Ww]ho(?:\\s+(?:was|were|is|are|over|else|exactly|actually|then))*\\s+(?:at|from)\\s+(?:the\\s+)?(${ORG})(?:\\s+(?:and|or|&)\\s+(?:the\\s+)?(${ORG}))?(?![\\p{L}\\d])`,
  "gu",
);
/** A capitalised name word: "Julius", "Genachowski", "Touré", "O'Neill". */
const NAME_WORD = "\\p{Lu}[\\p{Ll}'\u2019-]*\\p{Ll}";

/**
 * Everyday words for whoever heads an organisation, whatever the title ("the ITU's boss", "the UN
 * chief", "ICANN's head"): a source writes the title ("ITU Secretary-General Hamadoun Touré",
 * "ICANN CEO Fadi Chehadé"), which says the office asked. Not a titled office ("director",
 * "president", "chair"): an organisation has many directors, and its chair may not be its head.
 */
const HEAD_WORDS = /^(?:boss|chief|head|leader)(?:es|s)?$/i;
/** The analyst's words for someone at an organisation (`PERSON_WORDS`), and "at" (`WHO_AT`). */
const ANY_POST_WORDS = new RegExp(`^(?:${PERSON_WORDS}|at|from)$`, "i");

/** Whether an asked office word only says "the head of" its organisation (`HEAD_WORDS`). */
export function asksHeadOnly(office: string): boolean {
  return HEAD_WORDS.test(office) || ANY_POST_WORDS.test(office);
}

/**
 * The titles a text introduces an office-holder of `organisation` with: "ITU Secretary-General
 * Hamadoun Touré" → "Secretary-General", "ICANN CEO Fadi Chehadé" → "CEO" (the title before a
 * name, as `officeHolderNames` reads it, or a capitalised acronym title: "CEO").
 */
export function officeTitles(text: string, organisation: string): string[] {
  const out: string[] = [];
  const introduced = new RegExp(
    `(?<![\\p{L}\\d])${organisation}(?:['\u2019]s)?\\s+((?:${OFFICE}|\\p{Lu}{2,4}))\\s+${NAME_WORD}`,
    "gu",
  );
  for (const m of text.matchAll(introduced)) {
    const title = m[1] as string;
    if (!out.includes(title)) out.push(title);
  }
  return out;
}

/** An office a question asks about: "the FCC chair" → organisation "FCC", office "chair". */
export interface AskedOffice {
  organisation: string;
  office: string;
}

/** The offices a question asks about, each as its organisation's acronym and its office word. */
export function askedOfficeWords(question: string): AskedOffice[] {
  const asked = [...question.matchAll(ASKED_OFFICE), ...question.matchAll(ASKED_PERSON)].map(
    (m) => ({
      organisation: m[1] as string,
      office: m[2] as string,
    }),
  );
  for (const m of question.matchAll(WHO_AT)) {
    const at = /\b(?:at|from)\s/i.exec(m[0])?.[0].trim() ?? "at";
    for (const organisation of [m[1], m[2]]) {
      if (organisation !== undefined) asked.push({ organisation, office: at });
    }
  }
  return asked;
}

/** The acronyms of the organisations whose office a question asks about ("FCC" in "the FCC chair"). */
export function askedOffices(question: string): string[] {
  const out: string[] = [];
  for (const { organisation } of askedOfficeWords(question)) {
    if (!out.includes(organisation)) out.push(organisation);
  }
  return out;
}

/**
 * The names a text introduces as holding an office of one of `organisations`: "FCC Chairman
 * Julius Genachowski" → "Julius Genachowski" (one or two name words after the title; the title
 * may be two words, "Secretary-General" or "Deputy Director").
 */
export function officeHolderNames(text: string, organisations: readonly string[]): string[] {
  const out: string[] = [];
  for (const org of organisations) {
    const introduced = new RegExp(
      `(?<![\\p{L}\\d])${org}(?:['\u2019]s)?\\s+(?:\\p{L}+\\s+)?${OFFICE}\\s+(${NAME_WORD}(?:\\s+${NAME_WORD})?)`,
      "gu",
    );
    for (const m of text.matchAll(introduced)) {
      const name = m[1] as string;
      if (!out.includes(name)) out.push(name);
    }
  }
  return out;
}
