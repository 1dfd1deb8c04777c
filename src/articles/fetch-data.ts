import type { ZodMiniType } from "zod/mini";
import { DataError } from "./data-error";

/** The data folder sits beside index.html, so a publisher can replace it without rebuilding. */
export function dataUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}data/${path}`, document.baseURI)
    .href;
}

/** Fetches one JSON file from the data folder and checks it against its schema. */
export async function fetchData<T>(
  path: string,
  schema: ZodMiniType<T>,
  signal?: AbortSignal,
): Promise<T> {
  const url = dataUrl(path);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: "application/json" },
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataError(
      "network",
      url,
      "The request did not reach the server.",
    );
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
  let json: unknown;
  try {
    json = await response.json();
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
