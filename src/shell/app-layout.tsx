import { Suspense, type MouseEvent } from "react";
import { Link, Outlet, ScrollRestoration } from "react-router";
import { paths } from "../paths";
import { TimePreferencesControl } from "../time/time-preferences-control";
import { NavigationProgress } from "./navigation-progress";
import { useRouteFocus } from "./use-route-focus";

export function AppLayout() {
  useRouteFocus();
  return (
    <>
      <SiteHeader />
      <NavigationProgress />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<LoadingMessage />}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </>
  );
}

/** Shown while the first page's data loads. */
export function AppLoading() {
  return (
    <>
      <title>Bulletin</title>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <LoadingMessage />
      </main>
    </>
  );
}

function SiteHeader() {
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="site-header">
        <Link className="brand" to={paths.front()}>
          Bulletin
        </Link>
        <TimePreferencesControl />
      </header>
    </>
  );
}

// Moving focus directly keeps the skip link out of history: following "#main" would add an entry
// that the router treats as a back/forward navigation.
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById("main");
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Bulletin, a news reader. Sample articles are fictional unless a source
        is named.
      </p>
    </footer>
  );
}

function LoadingMessage() {
  return (
    <p className="loading" role="status">
      Loading…
    </p>
  );
}
