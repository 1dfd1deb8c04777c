// No-break and other typographic spaces (U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000), tabs and
// line breaks all read as one space; "Russia,\u00a0 Iran" becomes "Russia, Iran" and no word is lost.
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
// Invisible characters that only get in the way of matching and slugging, and control characters
// (C0 except tab, line feed and carriage return, which read as spaces; DEL) that no text should hold.
const INVISIBLES =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u200b\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// Anything that the full treatment could change besides the ends: a character outside printable
// ASCII (NFC, invisibles, odd spaces, tabs, line breaks) or a run of plain spaces. Most English
// prose has none, and skipping normalize and the two replaces halves the cost of this function.
const NEEDS_NORMALISING = /[^\x20-\x7e]| {2}/;

/** One line of prose: characters kept as written (curly quotes, "--", Turkish letters), spaces tidied. */
export function normaliseText(text: string): string {
  if (!NEEDS_NORMALISING.test(text)) return text.trim();
  return text
    .normalize("NFC")
    .replace(INVISIBLES, "")
    .replace(SPACES, " ")
    .trim();
}

/** A short plain-text fallback headline from the start of a text, cut at a word boundary. */
export function headlineFromText(
  text: string,
  maxLength = 80,
): string | undefined {
  const clean = normaliseText(text);
  if (!clean) return undefined;
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}
