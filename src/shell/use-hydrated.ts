import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * False in published HTML and while React hydrates it, true from the render after: what needs
 * JavaScript to work (a button that opens a panel) can say so before it does.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
