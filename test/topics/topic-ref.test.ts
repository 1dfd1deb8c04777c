import { describe, expect, it } from "vitest";
import { parseTopicRef, paths } from "../../src/paths";
import {
  TOPIC_ID_PATTERN,
  topicId,
  topicKey,
  topicRef,
  topicSlug,
} from "../../src/topics/topic-ref";

describe("tag and source addresses", () => {
  it("gives one id to every spelling of a name, whatever its case, accents or dotted İ", () => {
    const id = topicId("tag", "İstanbul Ferries");
    expect(id).toMatch(TOPIC_ID_PATTERN);
    for (const spelling of [
      "istanbul ferries",
      "ISTANBUL FERRIES",
      "İSTANBUL-FERRIES",
      "istanbul_ferries",
    ])
      expect(topicId("tag", spelling)).toBe(id);
    expect(topicKey("  Farmers' Market ")).toBe("farmers market");
  });

  it("keeps tags and sources, and different names, apart", () => {
    expect(topicId("tag", "Transport")).not.toBe(
      topicId("source", "Transport"),
    );
    expect(topicId("tag", "Transport")).not.toBe(topicId("tag", "Transit"));
  });

  it("slugs a name into lowercase ASCII words, with a fallback for names without any", () => {
    expect(topicSlug("Güncel Haberler: İzmir")).toBe("guncel-haberler-izmir");
    expect(topicSlug("World Bulletin / News Desk")).toBe(
      "world-bulletin-news-desk",
    );
    expect(topicSlug("東京")).toBe("topic");
  });

  it("builds and reads list addresses; the id is what counts", () => {
    const ref = topicRef("tag", "Harbour Ferries");
    const path = paths.topic(ref);
    expect(path).toBe(`/tags/${ref.id}-harbour-ferries`);
    expect(paths.topic(ref, 3)).toBe(`${path}/page/3`);
    expect(parseTopicRef(`${ref.id.toUpperCase()}-old-name`)).toEqual({
      id: ref.id,
      slug: "old-name",
    });
    expect(parseTopicRef(ref.id)).toEqual({ id: ref.id, slug: "" });
    expect(parseTopicRef("not-a-tag")).toBeNull();
  });
});
