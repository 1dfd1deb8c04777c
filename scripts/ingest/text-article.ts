import type { BodyBlock } from "../../src/articles/article-schema.ts";
import { textFileIdentity } from "./article-id.ts";
import { isDateLine, parseDateLine } from "./date-line.ts";
import {
  itemEvent,
  rejectionEvent,
  type ArticleDraft,
  type SourceEvent,
} from "./ingest-item.ts";
import { normaliseText } from "./normalise-text.ts";
import { resolveWallTime } from "./parse-timestamp.ts";
import { isTimeZone } from "./zoned-time.ts";

export interface TextArticleOptions {
  /** How messages name the file, e.g. `content/000_4aef69e2e173efbd.txt`. */
  sourceName: string;
  /** File name without extension: the article's identity. */
  basename: string;
  /** `--zone`: how to read date lines that carry no offset. */
  zone?: string;
}

interface Block {
  line: number;
  lines: string[];
}

const HEADER_KEYS = [
  "zone",
  "language",
  "tags",
  "byline",
  "url",
  "standfirst",
] as const;
type HeaderKey = (typeof HEADER_KEYS)[number];
const DEFAULT_LANGUAGE = "en";
const TURKISH_DEFAULT_ZONE = "Europe/Istanbul";

function isHeaderKey(key: string): key is HeaderKey {
  return (HEADER_KEYS as readonly string[]).includes(key);
}

/**
 * Parses a plain-text article in the seed's layout:
 *
 *     [--- optional header of `key: value` lines ---]
 *     headline
 *     standfirst               (absent when the header says `standfirst: none`)
 *     [headline again]         (dropped)
 *     source / desk line
 *     body paragraphs, separated by blank lines
 *     date line(s)             ("Güncelleme Tarihi: 04 Ekim 2015, 09:19", "Published: …")
 */
export function parseTextArticle(
  text: string,
  options: TextArticleOptions,
): SourceEvent {
  const { sourceName } = options;
  const reject = (line: number | undefined, field: string, reason: string) =>
    rejectionEvent(
      line === undefined ? sourceName : `${sourceName}:${line}`,
      field,
      reason,
    );

  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  const header = new Map<HeaderKey, string>();
  let start = 0;
  if (lines[0]?.trim() === "---") {
    const end = lines.findIndex(
      (line, index) => index > 0 && line.trim() === "---",
    );
    if (end < 0)
      return reject(
        1,
        "header",
        'the header that starts with "---" never ends',
      );
    for (let index = 1; index < end; index += 1) {
      const line = lines[index] ?? "";
      if (!line.trim()) continue;
      const match = /^\s*([a-z]+)\s*:\s*(.*?)\s*$/i.exec(line);
      const key = match?.[1]?.toLowerCase() ?? "";
      if (!match || !isHeaderKey(key)) {
        return reject(
          index + 1,
          "header",
          `"${line.trim()}" is not one of ${HEADER_KEYS.join(", ")} followed by ":"`,
        );
      }
      header.set(key, match[2] ?? "");
    }
    start = end + 1;
  }

  const blocks: Block[] = [];
  for (let index = start; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    if (!normaliseText(line)) continue;
    const previous = blocks.at(-1);
    if (previous && normaliseText(lines[index - 1] ?? "") && index - 1 >= start)
      previous.lines.push(line);
    else blocks.push({ line: index + 1, lines: [line] });
  }
  if (blocks.length === 0)
    return reject(start + 1, "headline", "the file has no text");

  // Trailing date lines, each possibly its own paragraph.
  const dateLines: { line: number; text: string }[] = [];
  while (blocks.length > 1) {
    const last = blocks.at(-1);
    if (!last || !last.lines.every(isDateLine)) break;
    blocks.pop();
    dateLines.unshift(
      ...last.lines.map((line, offset) => ({
        line: last.line + offset,
        text: line.trim(),
      })),
    );
  }

  const joined = (block: Block | undefined) =>
    normaliseText(block?.lines.join(" ") ?? "");
  const [headlineBlock, ...rest] = blocks;
  const headline = joined(headlineBlock);
  const noStandfirst = header.get("standfirst")?.toLowerCase() === "none";
  const standfirstBlock = noStandfirst ? undefined : rest.shift();
  if (normaliseText(joined(rest[0])) === headline) rest.shift();
  const sourceBlock = rest.shift();
  if (!sourceBlock) {
    return reject(
      standfirstBlock?.line ?? headlineBlock?.line,
      "source",
      "no source line after the headline and standfirst",
    );
  }
  const body: BodyBlock[] = rest.map((block) => ({
    type: "paragraph",
    text: joined(block),
  }));
  if (body.length === 0)
    return reject(
      sourceBlock.line,
      "body",
      "no body paragraphs after the source line",
    );

  const headerZone = header.get("zone");
  if (headerZone !== undefined && !isTimeZone(headerZone)) {
    return reject(
      undefined,
      "zone",
      `"${headerZone}" is not an IANA time zone such as Europe/Istanbul`,
    );
  }

  const dates: Partial<Record<"publishedAt" | "updatedAt", string>> = {};
  let timeZone: string | undefined;
  for (const { line, text: dateText } of dateLines) {
    const parsed = parseDateLine(dateText);
    if (!parsed) continue;
    if (!parsed.ok) return reject(line, "date", parsed.reason);
    const zone =
      headerZone ??
      options.zone ??
      (parsed.turkish ? TURKISH_DEFAULT_ZONE : undefined);
    const value = dateText.slice(dateText.indexOf(":") + 1).trim();
    if (zone === undefined && parsed.offsetMinutes === undefined) {
      return reject(
        line,
        "date",
        `"${value}" has no time zone; pass --zone IANA_ZONE or add "zone:" to the file's header`,
      );
    }
    const resolved = resolveWallTime(
      parsed.wall,
      parsed.offsetMinutes,
      zone,
      value,
    );
    if (!resolved.ok) return reject(line, "date", resolved.reason);
    const field = parsed.kind === "published" ? "publishedAt" : "updatedAt";
    if (dates[field])
      return reject(line, "date", `a second ${parsed.kind} date line`);
    dates[field] = resolved.instant;
    timeZone = zone;
  }

  const tags = [
    ...new Set(
      (header.get("tags") ?? "").split(",").map(normaliseText).filter(Boolean),
    ),
  ];
  const draft: ArticleDraft = {
    headline,
    ...(standfirstBlock ? { standfirst: joined(standfirstBlock) } : {}),
    source: joined(sourceBlock),
    language: header.get("language") || DEFAULT_LANGUAGE,
    ...dates,
    ...(timeZone ? { timeZone } : {}),
    tags,
    ...(header.get("byline")
      ? { byline: normaliseText(header.get("byline") ?? "") }
      : {}),
    ...(header.get("url") ? { url: header.get("url") } : {}),
    ...(dateLines.length > 0
      ? { dateLine: dateLines.map((line) => line.text).join("\n") }
      : {}),
    body,
  };
  return itemEvent({
    location: sourceName,
    identity: textFileIdentity(options.basename),
    draft,
  });
}
