import { isUtf8 } from "node:buffer";
import type { Rejection } from "./ingest-item.ts";

/**
 * Bytes to text for every source, with what went wrong on the way reported instead of hidden:
 * an encoding nobody can decode is a reason to refuse the source, and bytes that are not valid in
 * their encoding become U+FFFD plus one warning naming the first such byte's line and offset.
 */

/** Where an encoding came from, for messages. */
export type EncodingOrigin =
  "byte order mark" | "HTTP charset" | "XML declaration" | "default";

export interface ChosenEncoding {
  /** The WHATWG name TextDecoder uses, e.g. "utf-8", "windows-1252". */
  encoding: string;
  /** As the source wrote it, for messages. */
  label: string;
  origin: EncodingOrigin;
}

export class UnsupportedEncodingError extends Error {}

const LF = 0x0a;

function countNewlines(bytes: Uint8Array, end = bytes.length): number {
  let count = 0;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, end);
  for (
    let index = buffer.indexOf(LF);
    index >= 0;
    index = buffer.indexOf(LF, index + 1)
  )
    count += 1;
  return count;
}

/** Length of the valid UTF-8 sequence starting at `index`, 0 when the byte there starts none, -1 when it is cut off by the end. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0;
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  for (let offset = 1; offset < length; offset += 1) {
    if (index + offset >= bytes.length) return -1;
    const byte = bytes[index + offset] ?? 0;
    const [min, max] = offset === 1 ? [low, high] : [0x80, 0xbf];
    if (byte < min || byte > max) return 0;
  }
  return length;
}

/** Start of a multi-byte sequence cut off by the end of `bytes` (bytes.length when there is none). */
function completeEnd(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back += 1) {
    const byte = bytes[bytes.length - back] ?? 0;
    if (byte < 0x80) return bytes.length;
    if (byte >= 0xc0)
      return sequenceLength(bytes, bytes.length - back) === -1
        ? bytes.length - back
        : bytes.length;
  }
  return bytes.length;
}

const REPLACEMENT = new Uint8Array([0xef, 0xbf, 0xbd]);

/**
 * Watches a stream of bytes that should be UTF-8, remembers where the first invalid byte was and
 * how many invalid sequences there were, and passes the bytes on with each invalid byte replaced
 * by U+FFFD (so a parser that reads bytes never mistakes one for the start of a sequence and
 * swallows the quote after it). Valid chunks cost one native check and pass on unchanged.
 */
export class Utf8Check {
  private carry: Uint8Array = new Uint8Array(0);
  private offset = 0;
  private lines = 0;
  private first: { offset: number; line: number; byte: number } | undefined;
  private invalid = 0;

  /** The complete sequences of what has arrived so far, repaired; a cut-off sequence waits. */
  push(chunk: Uint8Array): Uint8Array {
    const bytes =
      this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const end = completeEnd(bytes);
    const complete = bytes.subarray(0, end);
    const passed = isUtf8(complete) ? complete : this.repair(complete);
    this.lines += countNewlines(complete);
    this.offset += end;
    this.carry = bytes.slice(end);
    return passed;
  }

  private repair(bytes: Uint8Array): Uint8Array {
    const pieces: Uint8Array[] = [];
    let from = 0;
    for (let index = 0; index < bytes.length;) {
      const length = sequenceLength(bytes, index);
      if (length > 0) {
        index += length;
        continue;
      }
      this.invalid += 1;
      this.first ??= {
        offset: this.offset + index,
        line: this.lines + countNewlines(bytes, index) + 1,
        byte: bytes[index] ?? 0,
      };
      pieces.push(bytes.subarray(from, index), REPLACEMENT);
      index += 1;
      from = index;
    }
    pieces.push(bytes.subarray(from));
    return Buffer.concat(pieces);
  }

  /** What is left at the end (a sequence cut off by the end of the input, replaced). */
  end(): Uint8Array {
    if (this.carry.length === 0) return this.carry;
    this.invalid += 1;
    this.first ??= {
      offset: this.offset,
      line: this.lines + 1,
      byte: this.carry[0] ?? 0,
    };
    this.carry = new Uint8Array(0);
    return REPLACEMENT;
  }

  /** The warning for the whole stream, once it has ended; undefined when every byte was valid. */
  finish(sourceName: string): Rejection | undefined {
    if (!this.first) return undefined;
    const { offset, line, byte } = this.first;
    const more =
      this.invalid > 1 ? ` (${this.invalid} invalid sequences in all)` : "";
    return {
      location: `${sourceName}:${line}`,
      field: "encoding",
      reason: `invalid UTF-8 (byte 0x${byte.toString(16).padStart(2, "0").toUpperCase()} at byte offset ${offset}) replaced with U+FFFD${more}`,
    };
  }
}

/** Counts characters that a non-UTF-8 decoder could not map, with the line of the first. */
class ReplacementCount {
  private lines = 0;
  private first: number | undefined;
  private count = 0;

  push(text: string): void {
    let index = text.indexOf("\ufffd");
    if (index >= 0 && this.first === undefined) {
      let lines = 0;
      for (
        let at = text.indexOf("\n");
        at >= 0 && at < index;
        at = text.indexOf("\n", at + 1)
      )
        lines += 1;
      this.first = this.lines + lines + 1;
    }
    while (index >= 0) {
      this.count += 1;
      index = text.indexOf("\ufffd", index + 1);
    }
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1))
      this.lines += 1;
  }

  finish(sourceName: string, label: string): Rejection | undefined {
    if (this.first === undefined) return undefined;
    return {
      location: `${sourceName}:${this.first}`,
      field: "encoding",
      reason: `${this.count} byte sequence${this.count === 1 ? "" : "s"} not valid in ${label} replaced with U+FFFD`,
    };
  }
}

/** A decoder for `label`, or UnsupportedEncodingError naming it and where it came from. */
function decoderFor(chosen: ChosenEncoding): TextDecoder {
  try {
    return new TextDecoder(chosen.encoding, { ignoreBOM: false });
  } catch {
    throw new UnsupportedEncodingError(
      `the ${chosen.origin} names the encoding "${chosen.label}", which this ingest cannot decode; convert the file to UTF-8`,
    );
  }
}

/** Checks that an encoding is one TextDecoder knows; throws UnsupportedEncodingError otherwise. */
export function checkEncoding(chosen: ChosenEncoding): ChosenEncoding {
  return { ...chosen, encoding: decoderFor(chosen).encoding };
}

/**
 * Decodes byte chunks as text in the chosen encoding. A byte order mark is dropped. The warning
 * about undecodable bytes, if any, is passed to `onWarning` when the input ends.
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  chosen: ChosenEncoding,
  sourceName: string,
  onWarning: (warning: Rejection) => void,
): AsyncGenerator<string> {
  const decoder = decoderFor(chosen);
  const utf8 = decoder.encoding === "utf-8";
  const check = utf8 ? new Utf8Check() : undefined;
  const replacements = utf8 ? undefined : new ReplacementCount();
  for await (const chunk of chunks) {
    check?.push(chunk);
    const text = decoder.decode(chunk, { stream: true });
    replacements?.push(text);
    if (text) yield text;
  }
  check?.end();
  const rest = decoder.decode();
  replacements?.push(rest);
  if (rest) yield rest;
  const warning = check
    ? check.finish(sourceName)
    : replacements?.finish(sourceName, chosen.label);
  if (warning) onWarning(warning);
}

/** A charset parameter of a Content-Type header, if any. */
export function charsetOf(
  contentType: string | null | undefined,
): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "");
  return match?.[1];
}

/** The byte order mark's encoding, if the bytes start with one. */
export function bomEncoding(head: Uint8Array): ChosenEncoding | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: "utf-8", label: "UTF-8", origin: "byte order mark" };
  if (head[0] === 0xfe && head[1] === 0xff)
    return {
      encoding: "utf-16be",
      label: "UTF-16BE",
      origin: "byte order mark",
    };
  if (head[0] === 0xff && head[1] === 0xfe)
    return {
      encoding: "utf-16le",
      label: "UTF-16LE",
      origin: "byte order mark",
    };
  return undefined;
}

/**
 * An XML document's encoding (XML 1.0 appendix F, RFC 7303): the byte order mark, else the HTTP
 * charset, else the XML declaration's `encoding`, else UTF-16 recognised by its first bytes, else UTF-8.
 */
export function xmlEncoding(
  head: Uint8Array,
  httpCharset?: string,
): ChosenEncoding {
  const bom = bomEncoding(head);
  if (bom) return checkEncoding(bom);
  if (httpCharset)
    return checkEncoding({
      encoding: httpCharset,
      label: httpCharset,
      origin: "HTTP charset",
    });
  if (
    head[0] === 0x3c &&
    head[1] === 0x00 &&
    head[2] === 0x3f &&
    head[3] === 0x00
  )
    return { encoding: "utf-16le", label: "UTF-16LE", origin: "default" };
  if (
    head[0] === 0x00 &&
    head[1] === 0x3c &&
    head[2] === 0x00 &&
    head[3] === 0x3f
  )
    return { encoding: "utf-16be", label: "UTF-16BE", origin: "default" };
  const start = Buffer.from(
    head.buffer,
    head.byteOffset,
    Math.min(head.length, 1024),
  ).toString("latin1");
  const declared =
    /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']\s*([^"'\s]+)\s*["']/.exec(
      start,
    )?.[1];
  if (declared)
    return checkEncoding({
      encoding: declared,
      label: declared,
      origin: "XML declaration",
    });
  return { encoding: "utf-8", label: "UTF-8", origin: "default" };
}

/** UTF-8 unless an HTTP charset says otherwise (a byte order mark always wins). */
export function textEncoding(
  head: Uint8Array,
  httpCharset?: string,
): ChosenEncoding {
  const bom = bomEncoding(head);
  if (bom) return checkEncoding(bom);
  if (httpCharset)
    return checkEncoding({
      encoding: httpCharset,
      label: httpCharset,
      origin: "HTTP charset",
    });
  return { encoding: "utf-8", label: "UTF-8", origin: "default" };
}
