import { beforeEach, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";

// The layer keeps one storage status per page: each test gets fresh modules.
let device: typeof import("../../src/device/device-value");
let status: typeof import("../../src/device/storage-status");
beforeEach(async () => {
  vi.resetModules();
  device = await import("../../src/device/device-value");
  status = await import("../../src/device/storage-status");
});

const KEY = "bulletin:test";
const itemSchema = z.object({ id: z.string(), count: z.int() });
type Item = z.infer<typeof itemSchema>;

/** Two tabs of the same browser: separate instances of the layer sharing one storage. */
function tab(storage: () => Storage | undefined = () => localStorage) {
  return device.createDeviceValue<Item[]>({
    key: KEY,
    schema: device.lenientList(itemSchema),
    fallback: [],
    storage,
  });
}

/** The `storage` event a browser fires in every other tab after a write. */
function announceWrite(key: string | null = KEY) {
  window.dispatchEvent(
    new StorageEvent("storage", { key, storageArea: localStorage }),
  );
}

function quotaExceeded(): Storage {
  const inner = new Map<string, string>();
  return {
    getItem: (key: string) => inner.get(key) ?? null,
    setItem: () => {
      throw new DOMException(
        "The quota has been exceeded.",
        "QuotaExceededError",
      );
    },
    removeItem: (key: string) => void inner.delete(key),
    clear: () => inner.clear(),
    key: () => null,
    length: 0,
  };
}

describe("createDeviceValue: garbage", () => {
  it.each([
    ["not JSON", "{oops"],
    ["JSON of another shape", '{"id":"a","count":1}'],
    ["a number", "42"],
    ["null", "null"],
  ])("reads %s as the fallback", (_, raw) => {
    localStorage.setItem(KEY, raw);
    expect(tab().getSnapshot()).toEqual([]);
  });

  it("keeps the valid items of a list and drops only the bad ones", () => {
    localStorage.setItem(
      KEY,
      JSON.stringify([
        { id: "a", count: 1 },
        { id: "b", count: "two" },
        "garbage",
        null,
        { id: "c", count: 3, extra: true },
      ]),
    );
    expect(tab().getSnapshot()).toEqual([
      { id: "a", count: 1 },
      { id: "c", count: 3 },
    ]);
  });

  it("returns the same object until the stored text changes", () => {
    const value = tab();
    value.update(() => [{ id: "a", count: 1 }]);
    const first = value.getSnapshot();
    expect(value.getSnapshot()).toBe(first);
    localStorage.setItem(KEY, JSON.stringify([{ id: "b", count: 2 }]));
    expect(value.getSnapshot()).toEqual([{ id: "b", count: 2 }]);
  });

  it("shows the fallback to a server render and hydration, whatever is stored", () => {
    localStorage.setItem(KEY, JSON.stringify([{ id: "a", count: 1 }]));
    expect(tab().getServerSnapshot()).toEqual([]);
  });
});

describe("createDeviceValue: two tabs", () => {
  it("tells one tab's readers when the other tab writes", () => {
    const first = tab();
    const second = tab();
    const listener = vi.fn();
    const unsubscribe = second.subscribe(listener);

    first.update((items) => [...items, { id: "a", count: 1 }]);
    // The browser fires `storage` in the other tab only.
    announceWrite("bulletin:something-else");
    expect(listener).not.toHaveBeenCalled();
    announceWrite();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(second.getSnapshot()).toEqual([{ id: "a", count: 1 }]);

    // Each tab's update starts from what the other stored.
    second.update((items) => [...items, { id: "b", count: 2 }]);
    expect(first.getSnapshot()).toEqual([
      { id: "a", count: 1 },
      { id: "b", count: 2 },
    ]);
    unsubscribe();
  });

  it("follows another tab clearing the storage", () => {
    const value = tab();
    value.update(() => [{ id: "a", count: 1 }]);
    const listener = vi.fn();
    value.subscribe(listener);
    localStorage.clear();
    announceWrite(null);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(value.getSnapshot()).toEqual([]);
  });

  it("listens for other tabs only while someone reads", () => {
    const add = vi.spyOn(window, "addEventListener");
    const remove = vi.spyOn(window, "removeEventListener");
    const value = tab();
    const stopA = value.subscribe(() => undefined);
    const stopB = value.subscribe(() => undefined);
    expect(add.mock.calls.filter(([type]) => type === "storage")).toHaveLength(
      1,
    );
    stopA();
    stopB();
    expect(
      remove.mock.calls.filter(([type]) => type === "storage"),
    ).toHaveLength(1);
  });
});

describe("createDeviceValue: storage that is full, throws or is missing", () => {
  it("keeps a write that exceeds the quota for this visit, and says so once", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const value = tab(quotaExceeded);
    const listener = vi.fn();
    value.subscribe(listener);

    expect(() => value.update(() => [{ id: "a", count: 1 }])).not.toThrow();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(value.getSnapshot()).toEqual([{ id: "a", count: 1 }]);
    expect(status.storageStatus.getSnapshot()).toBe("unavailable");

    value.update((items) => [...items, { id: "b", count: 2 }]);
    expect(value.getSnapshot()).toHaveLength(2);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[1])).toMatch(/QuotaExceededError/);

    // Once the reader has seen the notice, later failures stay quiet.
    status.acknowledgeStorageStatus();
    value.update(() => []);
    expect(status.storageStatus.getSnapshot()).toBe("acknowledged");
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("reads storage that throws as empty and never throws itself", () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const blocked = {
      getItem: () => {
        throw new DOMException("Access is denied.", "SecurityError");
      },
      setItem: () => {
        throw new DOMException("Access is denied.", "SecurityError");
      },
    } as unknown as Storage;
    const value = tab(() => blocked);
    expect(value.getSnapshot()).toEqual([]);
    value.update(() => [{ id: "a", count: 1 }]);
    expect(value.getSnapshot()).toEqual([{ id: "a", count: 1 }]);
    expect(status.storageStatus.getSnapshot()).toBe("unavailable");
  });

  it("works for the visit where there is no storage at all", () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const value = tab(() => undefined);
    value.update(() => [{ id: "a", count: 1 }]);
    expect(value.getSnapshot()).toEqual([{ id: "a", count: 1 }]);
    expect(status.storageStatus.getSnapshot()).toBe("unavailable");
  });

  it("lets another tab's successful write replace what this tab could not store", () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    let full = true;
    const sometimesFull = () => (full ? quotaExceeded() : localStorage);
    const value = tab(sometimesFull);
    value.update(() => [{ id: "mine", count: 1 }]);
    expect(value.getSnapshot()).toEqual([{ id: "mine", count: 1 }]);
    full = false;
    localStorage.setItem(KEY, JSON.stringify([{ id: "theirs", count: 2 }]));
    value.subscribe(() => undefined);
    announceWrite();
    expect(value.getSnapshot()).toEqual([{ id: "theirs", count: 2 }]);
  });
});
