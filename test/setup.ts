import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";

// The first visit to the lazily loaded article page transforms its module, which takes a while on a
// busy two-core machine; findBy* waits up to this long.
configure({ asyncUtilTimeout: 4000 });

// jsdom does not scroll; the router's scroll restoration calls this on every navigation.
window.scrollTo = () => undefined;

// An unexpected console.error (React warnings, act() misuse, failed renders) fails the test.
beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`Unexpected console.error: ${args.map(String).join(" ")}`);
  });
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
