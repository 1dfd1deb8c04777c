import { parseArgs } from "node:util";
import { isTimeZone } from "./zoned-time.ts";

export const USAGE = `Usage: npm run ingest -- [--out DIR] [--zone IANA_ZONE] [--site-url URL] [--timeout SECONDS] [SOURCE...]

  SOURCE            a file (.txt article, .json JSON Feed, .xml/.rss/.atom feed), a folder of
                    them, or an http(s) URL. Default: the bundled content/ folder.
  --out DIR         data folder to replace (default: public/data)
  --zone ZONE       IANA time zone for dates written without an offset, e.g. Europe/Istanbul;
                    also recorded as every article's publisher zone
  --site-url URL    where the app is deployed; gives feed.json items absolute urls
  --timeout SECONDS how long to wait for each URL (default: 30)
  --help            show this help`;

export interface CliOptions {
  sources: string[];
  out?: string;
  zone?: string;
  siteUrl?: string;
  fetchTimeoutMs: number;
  help: boolean;
}

export class UsageError extends Error {}

/** Reads the command line; throws UsageError for anything the user must fix (exit status 2). */
export function parseCliArgs(args: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string" },
        zone: { type: "string" },
        "site-url": { type: "string" },
        timeout: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.zone !== undefined && !isTimeZone(values.zone)) {
    throw new UsageError(
      `--zone: "${values.zone}" is not an IANA time zone such as Europe/Istanbul`,
    );
  }
  const siteUrl = values["site-url"];
  if (siteUrl !== undefined && !/^https?:\/\/[^/]/i.test(siteUrl)) {
    throw new UsageError(`--site-url: "${siteUrl}" is not an http(s) URL`);
  }
  const timeout = values.timeout === undefined ? 30 : Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) {
    throw new UsageError(
      `--timeout: "${values.timeout}" is not a positive number of seconds`,
    );
  }
  if (values.out !== undefined && !values.out.trim())
    throw new UsageError("--out: needs a folder");
  return {
    sources: positionals,
    ...(values.out === undefined ? {} : { out: values.out }),
    ...(values.zone === undefined ? {} : { zone: values.zone }),
    ...(siteUrl === undefined ? {} : { siteUrl }),
    fetchTimeoutMs: timeout * 1000,
    help: values.help ?? false,
  };
}
