import { describe, expect, it } from "vitest";
import { foldText } from "../../src/search/fold-text";

describe("foldText", () => {
  it("makes every Turkish spelling of İstanbul the same word", () => {
    for (const spelling of ["İstanbul", "ISTANBUL", "İSTANBUL", "istanbul"])
      expect(foldText(spelling)).toBe("istanbul");
  });

  it("joins dotless ı with i, and drops accents and cedillas", () => {
    expect(foldText("kapısı")).toBe("kapisi");
    expect(foldText("Güncelleme")).toBe("guncelleme");
    expect(foldText("Çağrı ŞÖYLE")).toBe("cagri soyle");
    expect(foldText("Fête")).toBe("fete");
  });

  it("does not depend on the browser's locale rules for I", () => {
    // In Turkish, "I".toLocaleLowerCase("tr") is "ı"; folding must still meet "i".
    expect(foldText("IRAQI")).toBe(foldText("iraqi"));
    expect(foldText("Iraqi")).toBe("iraqi");
  });
});
