import { parseArgs } from "node:util";
import { DEFAULT_ARCHIVE } from "../archive/default-archive.ts";
import { DEFAULT_MAX_BYTES } from "./sources.ts";
import { isTimeZone } from "./zoned-time.ts";

export const USAGE = `Usage: npm run ingest -- [options] SOURCE...
       npm run ingest -- [--archive PATH] --withdraw ID --reason TEXT

Adds and updates articles in the archive. Nothing is removed because a source stops listing it.

  SOURCE              a file (.txt article, .json JSON Feed, .xml/.rss/.atom feed), a folder of
                      them, or an http(s) URL
  --archive PATH      the archive (default: ${DEFAULT_ARCHIVE}); created if missing
  --zone ZONE         IANA time zone for dates written without an offset, e.g. Europe/Istanbul;
                      also recorded as every article's publisher zone
  --timeout SECONDS   how long to wait for each URL (default: 30)
  --max-bytes SIZE    refuse a source larger than this, e.g. 50MB (default: ${DEFAULT_MAX_BYTES / 2 ** 20}MB)
  --wait SECONDS      when another run holds the archive, wait this long for it (default: 0)
  --withdraw ID       withdraw an article: its URL stays and shows --reason instead of the text
  --reason TEXT       why, shown to readers (required with --withdraw)
  --help              show this help`;

export type CliOptions =
  | { help: true }
  | {
      help: false;
      archive: string;
      waitMs: number;
      action:
        | {
            kind: "ingest";
            sources: string[];
            zone?: string;
            fetchTimeoutMs: number;
            maxBytes: number;
          }
        | { kind: "withdraw"; id: string; reason: string };
    };

export class UsageError extends Error {}

/** "50MB", "512k", "1048576" → bytes. */
function parseSize(value: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (!match) return undefined;
  const unit = { "": 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 }[
    (match[2] ?? "").toLowerCase() as "" | "k" | "m" | "g"
  ];
  const bytes = Math.round(Number(match[1]) * unit);
  return bytes > 0 ? bytes : undefined;
}

function seconds(
  name: string,
  value: string | undefined,
  fallback: number,
  allowZero: boolean,
): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (
    !value.trim() ||
    !Number.isFinite(number) ||
    number < 0 ||
    (!allowZero && number === 0)
  ) {
    throw new UsageError(
      `--${name}: "${value}" is not a ${allowZero ? "" : "positive "}number of seconds`,
    );
  }
  return number;
}

/** Reads the command line; throws UsageError for anything the user must fix (exit status 2). */
export function parseCliArgs(args: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        archive: { type: "string" },
        zone: { type: "string" },
        timeout: { type: "string" },
        "max-bytes": { type: "string" },
        wait: { type: "string" },
        withdraw: { type: "string" },
        reason: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (values.archive !== undefined && !values.archive.trim())
    throw new UsageError("--archive: needs a file");
  const common = {
    help: false as const,
    archive: values.archive ?? DEFAULT_ARCHIVE,
    waitMs: seconds("wait", values.wait, 0, true) * 1000,
  };

  if (values.withdraw !== undefined || values.reason !== undefined) {
    if (values.withdraw === undefined)
      throw new UsageError("--reason: only goes with --withdraw ID");
    const id = values.withdraw.trim().toLowerCase();
    if (!/^[0-9a-f]{12}$/.test(id))
      throw new UsageError(
        `--withdraw: "${values.withdraw}" is not an article id (12 hexadecimal characters, as in /articles/<id>-…)`,
      );
    const reason = values.reason?.trim();
    if (!reason)
      throw new UsageError(
        "--withdraw: needs --reason TEXT, which readers see in place of the article",
      );
    if (positionals.length > 0)
      throw new UsageError("--withdraw: ingest sources in a run of their own");
    return { ...common, action: { kind: "withdraw", id, reason } };
  }

  if (values.zone !== undefined && !isTimeZone(values.zone)) {
    throw new UsageError(
      `--zone: "${values.zone}" is not an IANA time zone such as Europe/Istanbul`,
    );
  }
  const maxBytes =
    values["max-bytes"] === undefined
      ? DEFAULT_MAX_BYTES
      : parseSize(values["max-bytes"]);
  if (maxBytes === undefined)
    throw new UsageError(
      `--max-bytes: "${values["max-bytes"]}" is not a size such as 50MB`,
    );
  if (positionals.length === 0)
    throw new UsageError("name at least one SOURCE, for example content/");
  return {
    ...common,
    action: {
      kind: "ingest",
      sources: positionals,
      ...(values.zone === undefined ? {} : { zone: values.zone }),
      fetchTimeoutMs: seconds("timeout", values.timeout, 30, false) * 1000,
      maxBytes,
    },
  };
}
