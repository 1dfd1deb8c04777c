import type { HydrationState } from "react-router";
import type {
  Article,
  HeadlinePage,
  LatestHeadlines,
} from "./articles/article-schema";
import type { PurifyWindow } from "./articles/sanitize-html";
import type { TopicLatest, TopicPage } from "./topics/topic-schema";

/**
 * The contract between publish (scripts/publish/) and the page renderer (render-page.tsx, built for
 * Node by vite build): what a page is rendered from and what comes back. Types only, so build-time
 * code can use them without compiling the app.
 */

/** The data a page is rendered from, as the app's data files hold it. */
export interface PageData {
  latest?: LatestHeadlines;
  page?: HeadlinePage;
  article?: Article;
  topicLatest?: TopicLatest;
  topicPage?: TopicPage;
}

/** What the browser needs to hydrate a pre-rendered page without a request or a mismatch. */
export interface PageState {
  /** The URL the page was rendered for (path and query, with the base). */
  url: string;
  siteUrl?: string;
  /** What the page was rendered from; it fills the query cache before hydration. */
  data: PageData;
  router: HydrationState;
}

export type RenderedPage =
  | { kind: "redirect"; location: string }
  | {
      kind: "page";
      status: number;
      /** Elements React hoists to the document head: title, meta, link. */
      head: string;
      body: string;
      state: PageState;
    };

export interface RenderOptions {
  /** The app path to render, e.g. `/articles/db2c26b7cd7b-iraq-ready` (without the base). */
  path: string;
  data: PageData;
  /** Where the site is deployed, for canonical and Open Graph addresses. */
  siteUrl?: string;
  /** A DOM window for DOMPurify to sanitise HTML bodies with (jsdom at publish time), asked for only when a page has one. */
  purifyWindow: () => PurifyWindow;
}

export type RenderPage = (options: RenderOptions) => Promise<RenderedPage>;
