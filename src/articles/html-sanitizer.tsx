import { createContext, useContext, type ReactNode } from "react";
import { createHtmlSanitizer, type PurifyWindow } from "./sanitize-html";

export type { PurifyWindow };

/**
 * Which DOM window DOMPurify works in: the browser's, or at publish time a jsdom window that
 * render-page.tsx provides, so pre-rendered HTML bodies are sanitised by the same policy. A getter,
 * asked only when an HTML body renders: pages without one never load jsdom.
 */
const PurifyWindowContext = createContext<(() => PurifyWindow) | null>(null);

export function HtmlSanitizerProvider({
  purifyWindow,
  children,
}: {
  purifyWindow: () => PurifyWindow;
  children: ReactNode;
}) {
  return (
    <PurifyWindowContext value={purifyWindow}>{children}</PurifyWindowContext>
  );
}

const sanitizers = new WeakMap<PurifyWindow, (html: string) => string>();

/** The sanitiser for the window in context, or the browser's; made once per window. */
export function useHtmlSanitizer(): (html: string) => string {
  const purifyWindow = useContext(PurifyWindowContext)?.() ?? window;
  let sanitize = sanitizers.get(purifyWindow);
  if (!sanitize) {
    sanitize = createHtmlSanitizer(purifyWindow);
    sanitizers.set(purifyWindow, sanitize);
  }
  return sanitize;
}
