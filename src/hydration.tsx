import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";

/** Outside a HydrationBoundary (a client-only render, a test) the app is live from the start. */
const HydratedContext = createContext(true);

/**
 * Around an app that hydrates published HTML: its parts render as published until hydration is
 * done, then switch to what only the browser knows (the reader's zone, clock, saved state) in one
 * transition. As a transition the switch yields to the browser every few milliseconds; read
 * through plain useSyncExternalStore, each differing value forced a synchronous re-render of
 * everything that uses it (every timestamp), which Lighthouse counted as one long blocking task.
 */
export function HydrationBoundary({
  hydrating,
  children,
}: {
  hydrating: boolean;
  children: ReactNode;
}) {
  const [hydrated, setHydrated] = useState(!hydrating);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return <HydratedContext value={hydrated}>{children}</HydratedContext>;
}

/**
 * False in published HTML and while React hydrates it, true from the switch after: what needs
 * JavaScript to work (a button that opens a panel) can say so before it does.
 */
export function useHydrated(): boolean {
  return useContext(HydratedContext);
}

/**
 * useSyncExternalStore for what only the browser knows: the server's value until the hydration
 * switch, the store's own from then on (and its changes, as they come).
 */
export function useBrowserStore<T>(
  subscribe: (onChange: () => void) => () => void,
  getSnapshot: () => T,
  getServerSnapshot: () => T,
): T {
  const hydrated = useHydrated();
  return useSyncExternalStore(
    subscribe,
    hydrated ? getSnapshot : getServerSnapshot,
    getServerSnapshot,
  );
}
