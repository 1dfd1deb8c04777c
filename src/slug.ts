const MAX_SLUG_LENGTH = 80;

// Letters that Unicode decomposition does not reduce to ASCII.
const TRANSLITERATIONS: Record<string, string> = {
  ı: "i",
  ß: "ss",
  æ: "ae",
  ø: "o",
  đ: "d",
  ł: "l",
  œ: "oe",
};
const TRANSLITERATED = new RegExp(
  `[${Object.keys(TRANSLITERATIONS).join("")}]`,
  "g",
);

/**
 * A readable URL part for a headline or a tag: lowercase ASCII words joined by hyphens. Text in a
 * non-Latin script has none; the id before the slug identifies the page, so `fallback` stands in.
 */
export function slugify(text: string, fallback = "article"): string {
  let ascii = text.toLowerCase();
  // Most headlines are printable ASCII already; decomposing them would cost more than the rest.
  if (/[^ -~]/.test(ascii)) {
    ascii = ascii
      .replace(TRANSLITERATED, (char) => TRANSLITERATIONS[char] ?? char)
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "");
  }
  // "Istanbul'da" reads as one word.
  const words = ascii
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || (words[0]?.slice(0, MAX_SLUG_LENGTH) ?? fallback);
}
