import { isValidTimeZone } from "./time-zone";

/** The zone used when the browser reports none Intl can use. */
const FALLBACK_TIME_ZONE = "UTC";

/**
 * The reader's zone from `Intl.DateTimeFormat().resolvedOptions().timeZone`, passed in so tests
 * never depend on the machine. Some environments report undefined or an id Intl then rejects.
 */
export function resolveDefaultTimeZone(
  resolvedTimeZone: string | undefined,
): string {
  return resolvedTimeZone && isValidTimeZone(resolvedTimeZone)
    ? resolvedTimeZone
    : FALLBACK_TIME_ZONE;
}
