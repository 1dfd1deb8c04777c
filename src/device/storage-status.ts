/**
 * Whether this device is keeping what the reader does: the first write that fails (storage that is
 * full, blocked or missing) flips it, and the reader is told once (see storage-notice.tsx).
 */
export type StorageStatus = "ok" | "unavailable" | "acknowledged";

type Listener = () => void;

let status: StorageStatus = "ok";
const listeners = new Set<Listener>();

function setStatus(next: StorageStatus) {
  if (next === status) return;
  status = next;
  for (const listener of listeners) listener();
}

export const storageStatus = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: (): StorageStatus => status,
  // Nothing has been written before hydration.
  getServerSnapshot: (): StorageStatus => "ok",
};

/** Called by the persistence layer when storing fails; the reader keeps working meanwhile. */
export function reportStorageFailure(error: unknown): void {
  if (status !== "ok") return;
  // A warning, not an error: nothing is broken for this visit, and the reader is told in the page.
  console.warn("Bulletin cannot store anything on this device:", error);
  setStatus("unavailable");
}

/** The reader has seen the notice: later failures stay quiet. */
export function acknowledgeStorageStatus(): void {
  if (status === "unavailable") setStatus("acknowledged");
}
