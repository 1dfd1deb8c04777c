/**
 * Splits a JSON Feed into its top-level members and the elements of its `items` array without
 * parsing the whole document at once: a 100,000-item feed never exists in memory as one object,
 * only one chunk of text and one item at a time. Each piece is then parsed with JSON.parse, so a
 * broken item is reported on its own and the items around it are still read.
 */

export type ScanEvent =
  | { kind: "member"; key: string; raw: string }
  | { kind: "item"; raw: string; index: number }
  | { kind: "items-start" }
  | { kind: "items-not-array"; line: number };

export class JsonStructureError extends Error {
  readonly reason: string;
  readonly line: number;

  constructor(reason: string, line: number) {
    super(reason);
    this.reason = reason;
    this.line = line;
  }
}

type State =
  | "start"
  | "key"
  | "colon"
  | "value"
  | "member-separator"
  | "items-open"
  | "item"
  | "item-separator"
  | "done";

const NEED_MORE = -1;
const STRUCTURAL = /["{}[\]]/g;
const SCALAR_END = /[\s,\]}]/g;
const WHITESPACE = /[ \t\n\r\ufeff]/;

function countLines(text: string, end: number): number {
  let count = 0;
  for (
    let index = text.indexOf("\n");
    index >= 0 && index < end;
    index = text.indexOf("\n", index + 1)
  )
    count += 1;
  return count;
}

function stringEnd(buffer: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quote = buffer.indexOf('"', from);
    if (quote < 0) return NEED_MORE;
    let backslashes = 0;
    for (let index = quote - 1; buffer.charCodeAt(index) === 92; index -= 1)
      backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** End (exclusive) of the JSON value starting at `start`, or NEED_MORE when it continues past the buffer. */
function valueEnd(buffer: string, start: number, final: boolean): number {
  const first = buffer[start];
  if (first === '"') return stringEnd(buffer, start);
  if (first === "{" || first === "[") {
    let depth = 0;
    STRUCTURAL.lastIndex = start;
    for (;;) {
      const match = STRUCTURAL.exec(buffer);
      if (!match) return NEED_MORE;
      const char = match[0];
      if (char === '"') {
        const end = stringEnd(buffer, match.index);
        if (end === NEED_MORE) return NEED_MORE;
        STRUCTURAL.lastIndex = end;
      } else if (char === "{" || char === "[") {
        depth += 1;
      } else {
        depth -= 1;
        if (depth === 0) return match.index + 1;
      }
    }
  }
  SCALAR_END.lastIndex = start;
  const match = SCALAR_END.exec(buffer);
  if (!match) return final ? buffer.length : NEED_MORE;
  return match.index;
}

export class JsonFeedScanner {
  private buffer = "";
  private position = 0;
  private linesBefore = 0;
  private state: State = "start";
  private key = "";
  private itemIndex = 0;

  private readonly keepItems: boolean;

  constructor(keepItems: boolean) {
    this.keepItems = keepItems;
  }

  /** Feeds the next piece of text; returns the members and items completed by it. */
  push(chunk: string): ScanEvent[] {
    if (this.position > 0) {
      this.linesBefore += countLines(this.buffer, this.position);
      this.buffer = this.buffer.slice(this.position);
      this.position = 0;
    }
    this.buffer += chunk;
    return this.scan(false);
  }

  /** Signals the end of the text; throws when the document stopped half-way. */
  end(): ScanEvent[] {
    const events = this.scan(true);
    if (this.state !== "done") {
      throw new JsonStructureError(
        "unexpected end of input; the file looks truncated",
        this.lineAt(this.buffer.length),
      );
    }
    return events;
  }

  private lineAt(position: number): number {
    return this.linesBefore + countLines(this.buffer, position) + 1;
  }

  private fail(position: number, expected: string): never {
    const found = this.buffer[position];
    const what =
      found === undefined ? "the end of the input" : JSON.stringify(found);
    throw new JsonStructureError(
      `expected ${expected} but found ${what}`,
      this.lineAt(position),
    );
  }

  private scan(final: boolean): ScanEvent[] {
    const events: ScanEvent[] = [];
    const buffer = this.buffer;
    for (;;) {
      while (
        this.position < buffer.length &&
        WHITESPACE.test(buffer[this.position] ?? "")
      )
        this.position += 1;
      if (this.position >= buffer.length) return events;
      const at = this.position;
      const char = buffer[at];
      switch (this.state) {
        case "start":
          if (char !== "{") this.fail(at, "a JSON object");
          this.position += 1;
          this.state = "key";
          break;
        case "key": {
          if (char === "}") {
            this.position += 1;
            this.state = "done";
            break;
          }
          if (char !== '"') this.fail(at, "a member name");
          const end = stringEnd(buffer, at);
          if (end === NEED_MORE) return events;
          this.key = JSON.parse(buffer.slice(at, end)) as string;
          this.position = end;
          this.state = "colon";
          break;
        }
        case "colon":
          if (char !== ":") this.fail(at, '":"');
          this.position += 1;
          this.state = this.key === "items" ? "items-open" : "value";
          break;
        case "value": {
          const end = valueEnd(buffer, at, final);
          if (end === NEED_MORE) return events;
          if (end === at) this.fail(at, "a value");
          events.push({
            kind: "member",
            key: this.key,
            raw: buffer.slice(at, end),
          });
          this.position = end;
          this.state = "member-separator";
          break;
        }
        case "member-separator":
          if (char === ",") this.state = "key";
          else if (char === "}") this.state = "done";
          else this.fail(at, '"," or "}"');
          this.position += 1;
          break;
        case "items-open":
          if (char !== "[") {
            events.push({ kind: "items-not-array", line: this.lineAt(at) });
            this.state = "value";
            break;
          }
          this.position += 1;
          this.state = "item";
          events.push({ kind: "items-start" });
          break;
        case "item": {
          if (char === "]" && this.itemIndex === 0) {
            this.position += 1;
            this.state = "member-separator";
            break;
          }
          const end = valueEnd(buffer, at, final);
          if (end === NEED_MORE) return events;
          if (end === at) this.fail(at, "an item");
          this.itemIndex += 1;
          if (this.keepItems) {
            events.push({
              kind: "item",
              raw: buffer.slice(at, end),
              index: this.itemIndex,
            });
          }
          this.position = end;
          this.state = "item-separator";
          break;
        }
        case "item-separator":
          if (char === ",") this.state = "item";
          else if (char === "]") this.state = "member-separator";
          else this.fail(at, '"," or "]" after an item');
          this.position += 1;
          break;
        case "done":
          this.fail(at, "nothing after the closing brace");
      }
    }
  }
}
