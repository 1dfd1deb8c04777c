import { http, HttpResponse } from "msw";
import * as z from "zod/mini";
import { describe, expect, it, vi } from "vitest";
import { DataError } from "../../src/articles/data-error";
import { dataUrl, fetchData } from "../../src/articles/fetch-data";
import { dataServer } from "../support/data-server";

const schema = z.object({ name: z.string() });

function respondWith(response: () => Response) {
  dataServer.use(http.get("*/data/sample.json", response));
}

async function failure(): Promise<DataError> {
  const error: unknown = await fetchData("sample.json", schema).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DataError))
    throw new Error(`expected a DataError, got ${String(error)}`);
  return error;
}

describe("fetchData", () => {
  it("reads the data folder beside the app and asks for JSON", async () => {
    let accept: string | null = null;
    dataServer.use(
      http.get("*/data/sample.json", ({ request }) => {
        accept = request.headers.get("Accept");
        return HttpResponse.json({ name: "Bulletin" });
      }),
    );
    await expect(fetchData("sample.json", schema)).resolves.toEqual({
      name: "Bulletin",
    });
    expect(accept).toBe("application/json");
    expect(dataUrl("sample.json")).toBe(
      new URL("/data/sample.json", document.baseURI).href,
    );
  });

  it.each([
    [
      "a 404",
      () => new HttpResponse(null, { status: 404 }),
      "not-found",
      "There is no such file.",
    ],
    [
      "an HTML fallback page",
      () => HttpResponse.html("<!doctype html>"),
      "not-found",
      "There is no such file (the server sent a web page).",
    ],
    [
      "a 500",
      () => new HttpResponse(null, { status: 500 }),
      "server",
      "The server answered 500.",
    ],
    [
      "a network error",
      () => HttpResponse.error(),
      "network",
      "The request did not reach the server.",
    ],
    [
      "broken JSON",
      () =>
        new HttpResponse("{", {
          headers: { "Content-Type": "application/json" },
        }),
      "malformed",
      "The file is not valid JSON.",
    ],
    [
      "the wrong shape",
      () => HttpResponse.json({ name: 42 }),
      "invalid",
      "name: Invalid input",
    ],
  ])("turns %s into a %s error", async (_, response, kind, message) => {
    respondWith(response);
    const error = await failure();
    expect(error.kind).toBe(kind);
    expect(error.message).toBe(message);
    expect(error.url).toMatch(/\/data\/sample\.json$/);
  });
});

describe("fetchData when the network fails the reader", () => {
  it("says the device is offline when the browser knows it is", async () => {
    respondWith(() => HttpResponse.error());
    const onLine = vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    const error = await failure();
    expect(error.kind).toBe("offline");
    expect(error.message).toBe("This device is offline.");
    onLine.mockRestore();
  });

  it("gives up on an answer that never comes, with a timeout error", async () => {
    dataServer.use(
      http.get("*/data/sample.json", () => new Promise<Response>(() => {})),
    );
    const error: unknown = await fetchData("sample.json", schema, undefined, 50)
      .then(() => undefined)
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).kind).toBe("timeout");
    expect((error as DataError).message).toBe(
      "The server did not answer within 0.05 seconds.",
    );
  });

  it("lets the caller's own cancellation through as it is", async () => {
    dataServer.use(
      http.get("*/data/sample.json", () => new Promise<Response>(() => {})),
    );
    const controller = new AbortController();
    const pending = fetchData("sample.json", schema, controller.signal);
    controller.abort();
    await expect(pending).rejects.not.toBeInstanceOf(DataError);
  });
});
