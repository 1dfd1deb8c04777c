import {
  lazy,
  Suspense,
  useId,
  useRef,
  useState,
  type MouseEvent,
} from "react";
import {
  Link,
  NavLink,
  Outlet,
  ScrollRestoration,
  useHref,
} from "react-router";
import { dataPaths } from "../articles/data-paths";
import { useT } from "../i18n/use-t";
import { paths } from "../paths";
import { KeyboardShortcuts } from "../shortcuts/keyboard-shortcuts";
import { SearchField } from "../search/search-field";
import { DeviceNotices } from "./device-notices";
import { NavigationProgress } from "./navigation-progress";
import { PartFailedBoundary } from "./part-failed-boundary";
import { useHydrated } from "../hydration";
import { useRouteFocus } from "./use-route-focus";

const PreferencesPanel = lazy(async () => ({
  default: (await import("./preferences-panel")).PreferencesPanel,
}));

export function AppLayout() {
  useRouteFocus();
  return (
    <>
      <FeedLink />
      <SiteHeader />
      <NavigationProgress />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<LoadingMessage />}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
      <DeviceNotices />
      <ScrollRestoration />
    </>
  );
}

/** Lets feed readers discover Bulletin's feed from any page (React hoists it into <head>). */
function FeedLink() {
  const href = useHref(`/data/${dataPaths.feed}`);
  return (
    <link
      rel="alternate"
      type="application/feed+json"
      title="Bulletin"
      href={href}
    />
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
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t("shell.skipLink")}
      </a>
      <header className="site-header">
        <Link className="brand" to={paths.front()}>
          Bulletin
        </Link>
        <NavLink className="saved-link" to={paths.saved()}>
          <span aria-hidden="true">★</span>{" "}
          <span className="saved-link-text">{t("shell.saved")}</span>
        </NavLink>
        <SearchField />
        <PreferencesDisclosure />
      </header>
    </>
  );
}

/**
 * Language and time settings behind one button, so the header stays one line on a phone. A
 * disclosure (button with aria-expanded) rather than a menu: the panel holds form controls.
 */
function PreferencesDisclosure() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  // Without JavaScript (and until the app takes over a published page) the button could not open
  // anything, so it says so instead of doing nothing.
  const hydrated = useHydrated();
  return (
    <>
      <button
        ref={toggle}
        type="button"
        className="preferences-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={!hydrated}
        onClick={() => setOpen(!open)}
      >
        {t("shell.preferences")}
      </button>
      <div
        id={panelId}
        className="preferences-panel"
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key !== "Escape") return;
          setOpen(false);
          toggle.current?.focus();
        }}
      >
        {/* Only when open: the settings need the browser (and JavaScript), and every published
            page and the initial JS are smaller without them. */}
        {open && (
          <PartFailedBoundary
            part="the settings"
            fallback={<p role="alert">{t("shell.preferencesUnavailable")}</p>}
          >
            <Suspense fallback={null}>
              <PreferencesPanel />
            </Suspense>
          </PartFailedBoundary>
        )}
      </div>
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
  const t = useT();
  return (
    <footer className="site-footer">
      <p>{t("shell.footer")}</p>
      <KeyboardShortcuts />
    </footer>
  );
}

function LoadingMessage() {
  const t = useT();
  return (
    <p className="loading" role="status">
      {t("shell.loading")}
    </p>
  );
}
