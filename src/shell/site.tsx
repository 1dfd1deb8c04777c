import { createContext, useContext, type ReactNode } from "react";
import { useHref } from "react-router";

/** Where the site is deployed (publish's --site-url), when known; pages use it for absolute links. */
const SiteUrlContext = createContext<string | undefined>(undefined);

export function SiteProvider({
  siteUrl,
  children,
}: {
  siteUrl: string | undefined;
  children: ReactNode;
}) {
  return <SiteUrlContext value={siteUrl}>{children}</SiteUrlContext>;
}

/**
 * The address of an app path: absolute when the site's address is known, else the path with the
 * app's base (which crawlers and chat apps resolve against the page they fetched).
 */
export function useSiteAddress(appPath: string): string {
  const siteUrl = useContext(SiteUrlContext);
  const href = useHref(appPath);
  return siteUrl ? new URL(href, siteUrl).href : href;
}

/** Whether absolute addresses are known (Open Graph needs them). */
export function useSiteUrl(): string | undefined {
  return useContext(SiteUrlContext);
}
