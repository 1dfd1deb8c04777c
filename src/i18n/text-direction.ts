// The languages written right to left among those Intl knows; a catalogue in one of them makes the
// page `dir="rtl"`, and a date line in one of them is isolated inside a left-to-right page.
const RIGHT_TO_LEFT = new Set([
  "ar",
  "arc",
  "ckb",
  "dv",
  "fa",
  "he",
  "ks",
  "ku",
  "ps",
  "sd",
  "ug",
  "ur",
  "yi",
]);

/** "rtl" or "ltr" for a language or locale tag ("ar-EG" → "rtl"). */
export function textDirection(language: string): "rtl" | "ltr" {
  const primary = language.split(/[-_]/)[0]?.toLowerCase() ?? "";
  return RIGHT_TO_LEFT.has(primary) ? "rtl" : "ltr";
}
