export type Cell = string | number;
export type Align = "left" | "right";

/** Figures such as "12.3", "1,024", "1.17×", "-4%" or "–" (not measured) line up on the right. */
const NUMERIC = /^(?:[-+]?[\d,]*\.?\d+\s?(?:×|%|ms|KB|MB)?|–)$/;

/**
 * A Markdown table padded so it also reads well in a terminal. Columns of figures are
 * right-aligned, text left-aligned; `align` overrides per column.
 */
export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  align: readonly Align[] = [],
): string {
  const text = rows.map((row) =>
    headers.map((_, column) => String(row[column] ?? "")),
  );
  const alignments = headers.map(
    (_, column): Align =>
      align[column] ??
      (text.length > 0 && text.every((row) => NUMERIC.test(row[column] ?? ""))
        ? "right"
        : "left"),
  );
  const widths = headers.map((header, column) =>
    Math.max(
      3,
      header.length,
      ...text.map((row) => (row[column] ?? "").length),
    ),
  );
  const pad = (value: string, column: number) =>
    alignments[column] === "right"
      ? value.padStart(widths[column] ?? 0)
      : value.padEnd(widths[column] ?? 0);
  const line = (cells: readonly string[]) =>
    `| ${cells.map(pad).join(" | ")} |`;
  const rule = widths.map((width, column) =>
    alignments[column] === "right"
      ? `${"-".repeat(width - 1)}:`
      : "-".repeat(width),
  );
  return [line(headers), `| ${rule.join(" | ")} |`, ...text.map(line)].join(
    "\n",
  );
}

/** Kilobytes (1 KB = 1,000 bytes, as bundlers report) with one decimal. */
export function kilobytes(bytes: number): string {
  return Number.isFinite(bytes) ? (bytes / 1000).toFixed(1) : "–";
}

export function milliseconds(value: number): string {
  return Number.isFinite(value) ? value.toFixed(0) : "–";
}

export function ratio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : "–";
}
