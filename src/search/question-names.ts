// The names a question writes with a capital: every capitalised name not opening it, and the words
// capitalised on their own ("Access" in "what was Access's verdict?"), which name someone or
// something rather than the lower-case word.

/** A word written with a capital ("Access", "Arab", "CEPT", "Touré's"), as a regex source. */
export const CAPITALISED_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";

/**
 * Every name a question capitalises, not opening it, whole: "Arab States" in "How did the Arab
 * States prepare…?", "CEPT". Unlike `standaloneNames`, a name of several words counts: it is what a
 * section about it is headed with ("**Arab States.**").
 */
export function capitalisedNames(question: string): string[] {
  return question.match(CAPITALISED_NAMES) ?? [];
}

const CAPITALISED_NAMES = new RegExp(
  `(?<=\\S\\s+)${CAPITALISED_WORD}(?:\\s+${CAPITALISED_WORD})*`,
  "gu",
);

/**
 * The words a question capitalises on their own, not opening it and not part of a longer
 * capitalised name: "Access" in "what was Access's verdict?", "Busan" in "the Plenipotentiary
 * Conference in Busan" (but not "Plenipotentiary" or "Conference", parts of a name whose words a
 * text also writes in lower case, "the conference"). Such a word names someone or something, and
 * the same word written in lower case elsewhere ("a right of access") is another word.
 */
export function standaloneNames(question: string): string[] {
  const standing: string[] = question.match(STANDALONE_NAMES) ?? [];
  // "Didn't Access call…?": the opening word of an ask is capitalised as an opening, not as part
  // of a name, and leaves a word after it that English also writes in lower case ("access") a name
  // of its own. (Not an acronym, "Is PLEN/3 binding?": no lower-case word is written as it is.)
  const opened = question.replace(ASK_OPENER, (word) => word.toLowerCase());
  const afterOpener = (opened.match(STANDALONE_NAMES) ?? []).filter(
    (w) => !standing.includes(w) && /^\p{Lu}\p{Ll}/u.test(w),
  );
  return [...standing, ...afterOpener];
}

/** The auxiliary or question word opening an ask, or a sentence of it. */
const ASK_OPENER =
  /(?<=^\s*|[.?!:]\s+)(?:Did|Didn['’]t|Does|Doesn['’]t|Do|Don['’]t|Was|Wasn['’]t|Were|Weren['’]t|Is|Isn['’]t|Are|Aren['’]t|Has|Hasn['’]t|Have|Haven['’]t|Had|Hadn['’]t|Can|Can['’]t|Could|Couldn['’]t|Will|Won['’]t|Would|Wouldn['’]t|Should|Shouldn['’]t|Am|What|Why|How|Who|When|Where|Which)(?=\s)/gu;

const STANDALONE_NAMES = new RegExp(
  `(?<=\\S\\s+)(?<!${CAPITALISED_WORD}\\s+)${CAPITALISED_WORD}(?![\\p{L}\\p{M}'’-]*\\s+\\p{Lu})`,
  "gu",
);
