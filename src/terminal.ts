// Text bound for a terminal. Questions, search terms, corpus passages and model output all reach
// the CLI's output, and any of them may carry terminal control sequences (an ESC [ 2 J clears the
// screen, an OSC 52 writes the clipboard, a bare CR overwrites what was printed). Everything the
// CLI prints goes through `terminalSafe`, so none of them reaches the terminal as a command.

/**
 * ESC sequences, whole: CSI (ESC [ … final byte), OSC/DCS/SOS/PM/APC strings (ESC ] … BEL or
 * ESC \), and two-byte escapes. Their 8-bit C1 forms (0x9B CSI, 0x9D OSC, …) are matched too.
 */
const ESCAPE_SEQUENCE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -/]*[0-~]?/g;

/** Every other C0 control but tab and newline, DEL, and the C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `text` without terminal control sequences or control characters (tab and newline stay). */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, "").replace(CONTROL, "");
}
