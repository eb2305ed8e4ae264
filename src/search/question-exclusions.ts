// What a question sets aside from what it asks: "what did the us want kept out of the treaty
// besides cybersecurity", "apart from the uk which delegations reserved", "what the 2012 text
// added that wasn't security or spam". The words set aside name what the answer is not about:
// read as asked, they were required of the passages, so a window naming the asked items but not
// the excluded ones was refused, and retrieval leaned to the passages about the excluded thing.
// Read by shape: an excepting word and the words after it up to a clause boundary or an asking
// word, a few words at most. ("Besides X, …" opening the question is `openingContext`'s.)

/** The most words a set-aside phrase holds: longer, the clause is no exception but an ask. */
const SET_ASIDE_WORDS = 5;

/** Words that end a set-aside phrase: an asking word starts the ask ("apart from the uk WHICH…"). */
const ENDS_AT =
  /\s(?:which|what|who|whom|whose|when|where|why|how|did|does|do|is|are|was|were|has|have|had|and|but|plus)\b/i;

/**
 * An excepting word and what follows up to a boundary: "besides", "apart from", "aside from",
 * "other than", "except (for)", "excluding", "not counting", and "that wasn't/isn't/weren't"
 * before a choice of two ("that wasn't security or spam"; alone, "the show that wasn't a vote" says
 * what something is not, and stays).
 */
const SET_ASIDE =
  /\b(?:besides|apart from|aside from|other than|except(?: for)?|excluding|not counting)\s+([^,;:?!()"\u0001]+)|\bthat (?:wasn't|was not|isn't|is not|weren't|were not|aren't|are not)\s+([\p{L}\p{N}'-]+(?: [\p{L}\p{N}'-]+)? or [\p{L}\p{N}'-]+(?: [\p{L}\p{N}'-]+)?)(?=\s*(?:[,;:?!]|\s[-–—]\s|$))/giu;

/**
 * The phrases a question sets aside ("cybersecurity" of "… besides cybersecurity", "the uk" of
 * "apart from the uk which …", "security or spam" of "… that wasn't security or spam - …"), each
 * cut before a dash or an asking word. None where the phrase runs past `SET_ASIDE_WORDS` words
 * or names nothing.
 */
export function setAsidePhrases(question: string): string[] {
  const out: string[] = [];
  SET_ASIDE.lastIndex = 0;
  for (let m = SET_ASIDE.exec(question); m; m = SET_ASIDE.exec(question)) {
    let phrase = (m[1] ?? m[2] ?? "").split(/\s[-–—]+\s/)[0] ?? "";
    const end = ENDS_AT.exec(` ${phrase}`);
    if (end) phrase = ` ${phrase}`.slice(0, end.index);
    phrase = phrase.trim();
    const words = phrase.split(/\s+/).filter((w) => w !== "");
    if (words.length === 0 || words.length > SET_ASIDE_WORDS) continue;
    out.push(phrase);
  }
  return out;
}
