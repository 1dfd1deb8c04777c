import { screen, waitFor } from "@testing-library/react";
import { expect } from "vitest";

/** Waits until the keyboard shortcuts' listener (a chunk of its own) is live on the page. */
export async function shortcutsLive(): Promise<void> {
  await waitFor(() =>
    expect(
      screen.getByRole("button", { name: "Keyboard shortcuts" }),
    ).toHaveAttribute("aria-keyshortcuts", "?"),
  );
}
