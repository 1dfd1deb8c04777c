import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import type { Article } from "../../src/articles/article-schema";
import { buildSiteLists } from "./article-fixtures";

/** The network, mocked at the fetch level: tests add handlers per case with `dataServer.use`. */
export const dataServer = setupServer();

beforeAll(() => dataServer.listen({ onUnhandledRequest: "error" }));
afterEach(() => dataServer.resetHandlers());
afterAll(() => dataServer.close());

/** Serves a data folder holding these articles (newest first), as publish would lay it out. */
export function serveArticles(articles: Article[], pageSize = 20) {
  const { latest, pages } = buildSiteLists(articles, pageSize);
  dataServer.use(
    http.get("*/data/headlines/latest.json", () => HttpResponse.json(latest)),
    http.get("*/data/headlines/:file", ({ params }) => {
      const page = pages.find(
        (candidate) => `${candidate.page}.json` === params.file,
      );
      return page
        ? HttpResponse.json(page)
        : new HttpResponse("Not found", { status: 404 });
    }),
    http.get("*/data/articles/:file", ({ params }) => {
      const article = articles.find(
        (candidate) => `${candidate.id}.json` === params.file,
      );
      return article
        ? HttpResponse.json(article)
        : new HttpResponse("Not found", { status: 404 });
    }),
  );
}
