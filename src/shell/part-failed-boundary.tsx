import { Component, type ReactNode } from "react";

/**
 * Keeps one part of a page from taking the page down: if its code cannot load (offline before it
 * was ever cached), that part shows `fallback` and the rest of the page stays.
 */
export class PartFailedBoundary extends Component<
  { part: string; fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.warn(`Bulletin: ${this.props.part} could not be shown`, error);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
