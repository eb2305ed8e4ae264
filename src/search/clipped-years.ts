// Years typed clipped to their last two digits ("the '88 regs", "back in sept '11", "WCIT '12")
// or as "2k12", written out as the sources write them ("1988", "September 2011", "2012"). Read as
// typed, "'88" is the number 88, which no source holds beside the year, so a question naming a
// year the notes state was refused for it: 28 of the tuning half's 206 wrong refusals type a
// year so (blindwr34), more than any other wording.

/**
 * An apostrophe (straight or curly) and two digits standing as a word: not inside a word
 * ("rock'n'roll"), not a number's tail ("1,000'00"), not a quoted number's closing mark ("'88'"
 * is a quotation) and not followed by another digit or letter ("'88s", "'12th").
 */
const APOSTROPHE_YEAR = /(?<![\p{L}\p{N}'’])['’](\d\d)(?![\p{L}\p{N}'’])/gu;

/**
 * What follows an apostrophe and two digits when the mark opens a quotation: a few words, the
 * last closed by the same mark ("kramer's '54 other countries' line" quotes a phrase; it names no
 * year 1954). Within six words, so that a plural possessive further on ("in '12 … the members'
 * votes") does not turn a clipped year into a quotation.
 */
const QUOTATION_CLOSED = /^(?:[^'’\s]*\s+){1,5}[^'’\s]*[\p{L}\p{N}]['’](?![\p{L}\p{N}])/u;

/** "2k12", "2K12": the year 2012 in chat. */
const KILO_YEAR = /(?<![\p{L}\p{N}])2[kK](\d\d)(?![\p{L}\p{N}])/gu;

/**
 * The first clipped year read as the twentieth century: the notes' years run from the 1980s
 * (WATTC-88) to the 2020s, so "'50" to "'99" are 19xx and "'00" to "'49" 20xx.
 */
const FIRST_OF_LAST_CENTURY = 50;

/** The full year a clipped one stands for ("88" → "1988", "12" → "2012"). */
export function fullYear(clipped: string): string {
  return `${Number(clipped) >= FIRST_OF_LAST_CENTURY ? "19" : "20"}${clipped}`;
}

/** The question with its clipped years written out ("the '88 regs" → "the 1988 regs"). */
export function withClippedYearsRead(question: string): string {
  return question
    .replace(APOSTROPHE_YEAR, (clipped: string, digits: string, at: number, whole: string) =>
      QUOTATION_CLOSED.test(whole.slice(at + clipped.length)) ? clipped : fullYear(digits),
    )
    .replace(KILO_YEAR, (_, digits: string) => `20${digits}`);
}
