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

/** A readable URL part for a headline: lowercase ASCII words joined by hyphens. */
export function slugify(headline: string): string {
  const ascii = Array.from(
    headline.toLowerCase(),
    (char) => TRANSLITERATIONS[char] ?? char,
  )
    .join("")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    // "Istanbul'da" reads as one word.
    .replace(/['’]/g, "");
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  // A headline in a non-Latin script has no ASCII words; the id alone identifies it.
  return slug || (words[0]?.slice(0, MAX_SLUG_LENGTH) ?? "article");
}
