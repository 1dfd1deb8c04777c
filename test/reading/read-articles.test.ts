import { afterEach, describe, expect, it } from "vitest";
import {
  markRead,
  markUnread,
  READ_ARTICLES_KEY,
  READ_LIMIT,
  readArticles,
} from "../../src/reading/read-articles";

const id = (n: number) => n.toString(16).padStart(12, "0");
const stored = () =>
  JSON.parse(localStorage.getItem(READ_ARTICLES_KEY) ?? "null") as unknown;

afterEach(() => localStorage.clear());

describe("read marks", () => {
  it("marks articles read once each, oldest first, and unread again", () => {
    markRead([id(1), id(2)]);
    markRead([id(2), id(3)]);
    expect(stored()).toEqual([id(1), id(2), id(3)]);
    markUnread(id(2));
    expect(readArticles.getSnapshot()).toEqual([id(1), id(3)]);
  });

  it("keeps only the most recent marks", () => {
    markRead(Array.from({ length: READ_LIMIT }, (_, n) => id(n)));
    markRead([id(READ_LIMIT)]);
    const list = readArticles.getSnapshot();
    expect(list).toHaveLength(READ_LIMIT);
    expect(list[0]).toBe(id(1));
    expect(list.at(-1)).toBe(id(READ_LIMIT));
  });

  it("drops what is not an article id and keeps the rest", () => {
    localStorage.setItem(
      READ_ARTICLES_KEY,
      JSON.stringify([id(7), "../etc", 12, null, "ABCDEF012345"]),
    );
    expect(readArticles.getSnapshot()).toEqual([id(7)]);
  });

  it("writes nothing when nothing changes", () => {
    markUnread(id(1));
    markRead([]);
    expect(localStorage.getItem(READ_ARTICLES_KEY)).toBeNull();
  });
});
