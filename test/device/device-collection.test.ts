import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";

// A fresh IndexedDB and fresh modules (one storage status per page) for every test.
let device: typeof import("../../src/device/device-collection");
let status: typeof import("../../src/device/storage-status");
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  device = await import("../../src/device/device-collection");
  status = await import("../../src/device/storage-status");
});

const noteSchema = z.object({ title: z.string().check(z.minLength(1)) });

describe("createDeviceCollection", () => {
  it("keeps records by key and lists them", async () => {
    const notes = device.createDeviceCollection("notes", noteSchema);
    expect(await notes.write("a", { title: "First" })).toBe(true);
    expect(await notes.write("b", { title: "Second" })).toBe(true);
    expect(await notes.read("a")).toEqual({ title: "First" });
    expect((await notes.keys()).sort()).toEqual(["a", "b"]);
    await notes.remove("a");
    expect(await notes.read("a")).toBeUndefined();
    expect(await notes.keys()).toEqual(["b"]);
  });

  it("reads a record that fails its schema as absent", async () => {
    const notes = device.createDeviceCollection("notes", noteSchema);
    const loose = device.createDeviceCollection(
      "notes",
      z.unknown() as z.ZodMiniType<unknown>,
    );
    await loose.write("garbage", { title: "" });
    await loose.write("worse", "not an object");
    expect(await notes.read("garbage")).toBeUndefined();
    expect(await notes.read("worse")).toBeUndefined();
  });

  it("sees another tab's writes at once (nothing is cached in memory)", async () => {
    const here = device.createDeviceCollection("notes", noteSchema);
    const there = device.createDeviceCollection("notes", noteSchema);
    expect(await here.read("a")).toBeUndefined();
    await there.write("a", { title: "From the other tab" });
    expect(await here.read("a")).toEqual({ title: "From the other tab" });
  });

  it("says once, and never throws, when the quota is exceeded", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const notes = device.createDeviceCollection("notes", noteSchema);
    await notes.write("a", { title: "Kept" });
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException(
        "The quota has been exceeded.",
        "QuotaExceededError",
      );
    });
    expect(await notes.write("b", { title: "Too much" })).toBe(false);
    expect(await notes.write("c", { title: "Still too much" })).toBe(false);
    expect(status.storageStatus.getSnapshot()).toBe("unavailable");
    expect(warn).toHaveBeenCalledTimes(1);
    expect(await notes.read("a")).toEqual({ title: "Kept" });
  });

  it("works without IndexedDB: nothing is read, writes report that storage is unavailable", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    // @ts-expect-error: a browser without IndexedDB (some private modes)
    delete globalThis.indexedDB;
    const notes = device.createDeviceCollection("notes", noteSchema);
    expect(await notes.read("a")).toBeUndefined();
    expect(await notes.keys()).toEqual([]);
    expect(await notes.write("a", { title: "Nowhere" })).toBe(false);
    expect(status.storageStatus.getSnapshot()).toBe("unavailable");
  });
});
