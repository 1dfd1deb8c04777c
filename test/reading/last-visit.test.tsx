import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import type { LatestHeadlines } from "../../src/articles/article-schema";
import {
  LAST_VISIT_KEY,
  useNewSinceLastVisit,
  VISIT_GAP_MS,
} from "../../src/reading/last-visit";
import { markRead } from "../../src/reading/read-articles";
import { TimePreferencesProvider } from "../../src/time/time-preferences";
import { buildArticle, buildSiteLists } from "../support/article-fixtures";

const now = new Date("2026-11-27T12:00:00Z");
// 45 articles, newest first; the front page shows the newest 25.
const articles = Array.from({ length: 45 }, (_, index) =>
  buildArticle({ headline: `Story ${45 - index}` }),
);
const latest: LatestHeadlines = buildSiteLists(articles, 20).latest;

function count(at: Date = now) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TimePreferencesProvider
      browserLanguages={["en-GB"]}
      readerTimeZone="Europe/London"
      now={at}
    >
      {children}
    </TimePreferencesProvider>
  );
  const { result, unmount } = renderHook(() => useNewSinceLastVisit(latest), {
    wrapper,
  });
  const value = result.current;
  unmount();
  return value;
}

const storedVisit = () =>
  JSON.parse(localStorage.getItem(LAST_VISIT_KEY) ?? "null") as unknown;
const setVisit = (visit: unknown) =>
  localStorage.setItem(LAST_VISIT_KEY, JSON.stringify(visit));

afterEach(() => localStorage.clear());

describe("new since the last visit", () => {
  it("counts nothing on a first visit, and records it", () => {
    // Recorded at once, so the visit counts from now: nothing is new.
    expect(count()).toBe(0);
    expect(storedVisit()).toEqual({
      before: 45,
      seen: 45,
      seenAt: now.getTime(),
    });
  });

  it("counts the articles that arrived since a visit that ended, less those read", () => {
    setVisit({
      before: 38,
      seen: 40,
      seenAt: now.getTime() - VISIT_GAP_MS - 1,
    });
    markRead([articles[1]?.id ?? ""]);
    expect(count()).toBe(4);
    // This visit now counts from 40 articles.
    expect(storedVisit()).toEqual({
      before: 40,
      seen: 45,
      seenAt: now.getTime(),
    });
  });

  it("keeps counting from the start of a visit that is still going on", () => {
    setVisit({ before: 40, seen: 45, seenAt: now.getTime() - 60_000 });
    expect(count()).toBe(5);
  });

  it("counts arrivals beyond the front page as unread", () => {
    setVisit({ before: 10, seen: 10, seenAt: 0 });
    markRead(articles.slice(0, 25).map((article) => article.id));
    expect(count()).toBe(10);
  });

  it("treats a damaged record as a first visit", () => {
    localStorage.setItem(LAST_VISIT_KEY, '{"before":"many"}');
    expect(count()).toBe(0);
    expect(storedVisit()).toEqual({
      before: 45,
      seen: 45,
      seenAt: now.getTime(),
    });
  });
});
