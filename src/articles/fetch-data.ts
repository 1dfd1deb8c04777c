import type { ZodMiniType } from "zod/mini";
import { DataError } from "./data-error";

/** The data folder sits beside index.html, so a publisher can replace it without rebuilding. */
export function dataUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}data/${path}`, document.baseURI)
    .href;
}

/** How long a data file may take, answer and body, before the reader is told and offered Retry. */
export const DATA_TIMEOUT_MS = 15_000;

/**
 * Fetches one JSON file from the data folder and checks it against its schema. `signal` is the
 * caller's (a navigation that moved on); the request also gives up after `timeoutMs`.
 */
export async function fetchData<T>(
  path: string,
  schema: ZodMiniType<T>,
  signal?: AbortSignal,
  timeoutMs = DATA_TIMEOUT_MS,
): Promise<T> {
  const url = dataUrl(path);
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const failed = (error: unknown): never => {
    if (signal?.aborted) throw error;
    if (timeout.aborted) {
      throw new DataError(
        "timeout",
        url,
        `The server did not answer within ${timeoutMs / 1000} seconds.`,
      );
    }
    if (!navigator.onLine) {
      throw new DataError("offline", url, "This device is offline.");
    }
    throw new DataError(
      "network",
      url,
      "The request did not reach the server.",
    );
  };
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: "application/json" },
      signal: combined,
    });
  } catch (error) {
    return failed(error);
  }
  if (response.status === 404 || response.status === 410) {
    throw new DataError("not-found", url, "There is no such file.");
  }
  if (!response.ok) {
    throw new DataError(
      "server",
      url,
      `The server answered ${response.status}.`,
    );
  }
  // Dev servers and SPA hosts answer a missing file with index.html and status 200.
  const contentType = response.headers.get("Content-Type") ?? "";
  if (contentType.includes("text/html")) {
    throw new DataError(
      "not-found",
      url,
      "There is no such file (the server sent a web page).",
    );
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return failed(error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DataError("malformed", url, "The file is not valid JSON.");
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "the file";
    throw new DataError(
      "invalid",
      url,
      `${where}: ${issue?.message ?? "does not match the schema"}`,
    );
  }
  return result.data;
}
