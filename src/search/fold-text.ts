/**
 * How Bulletin compares words, in search and in tag and source names: without case, without
 * accents, and with Turkish dotted and dotless i as one letter (docs/decisions/0011). So "istanbul"
 * matches "İstanbul", "ISTANBUL" and "İSTANBUL", "guncelleme" matches "Güncelleme", and "kapisi"
 * matches "kapısı". Locale-independent on purpose: in a Turkish browser "I".toLocaleLowerCase() is
 * "ı", which would part "ISTANBUL" from "istanbul".
 */
export function foldText(text: string): string {
  return (
    text
      // Before lowercasing: "İ" lowercases to "i" plus a combining dot, "I" must not become "ı".
      .replace(/[İIı]/g, "i")
      .toLowerCase()
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .normalize("NFC")
  );
}
