import { isValidWallTime, type WallTime } from "./zoned-time.ts";

export type DateLineKind = "published" | "updated";

export type DateLine =
  | {
      ok: true;
      kind: DateLineKind;
      /** Turkish labels imply a Turkish publisher, so their default zone is Europe/Istanbul. */
      turkish: boolean;
      wall: WallTime;
      /** Present only when the line itself carried an offset such as "+03:00" or "GMT". */
      offsetMinutes?: number;
    }
  | { ok: false; reason: string };

const LABELS: { pattern: RegExp; kind: DateLineKind; turkish: boolean }[] = [
  { pattern: /^güncelleme tarihi$/, kind: "updated", turkish: true },
  {
    pattern: /^(?:yayın|yayınlanma) tarihi$/,
    kind: "published",
    turkish: true,
  },
  { pattern: /^(?:last )?updated(?: on)?$/, kind: "updated", turkish: false },
  {
    pattern: /^(?:first )?published(?: on)?$/,
    kind: "published",
    turkish: false,
  },
];

// Both alphabets are matched after Turkish-aware lowercasing; the ASCII spellings cover sources
// that lost their diacritics on the way.
const MONTHS: Record<string, number> = {
  ocak: 1,
  şubat: 2,
  subat: 2,
  mart: 3,
  nisan: 4,
  mayıs: 5,
  mayis: 5,
  haziran: 6,
  temmuz: 7,
  ağustos: 8,
  agustos: 8,
  eylül: 9,
  eylul: 9,
  ekim: 10,
  kasım: 11,
  kasim: 11,
  aralık: 12,
  aralik: 12,
};
[
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
].forEach((name, index) => {
  MONTHS[name] = index + 1;
  MONTHS[name.slice(0, 3)] = index + 1;
});
MONTHS.sept = 9;

/** A month's number from its Turkish or English name, full or abbreviated, any case; undefined if unknown. */
export function monthNumber(name: string): number | undefined {
  // Turkish lowercasing turns "I" into "ı"; English names in capitals need the plain one.
  return MONTHS[name.toLocaleLowerCase("tr")] ?? MONTHS[name.toLowerCase()];
}

const TIME = String.raw`(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?`;
const OFFSET = String.raw`(?:\s*(?:(?:utc|gmt)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?|([+-])(\d{2}):?(\d{2})))?`;
const DAY_FIRST = new RegExp(
  String.raw`^(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4}),?\s+${TIME}${OFFSET}$`,
  "u",
);
const MONTH_FIRST = new RegExp(
  String.raw`^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+${TIME}${OFFSET}$`,
  "u",
);

/** Whether a line starts with a date label ("Güncelleme Tarihi:", "Published:", …). */
export function isDateLine(line: string): boolean {
  return labelOf(line) !== undefined;
}

function labelOf(
  line: string,
): { kind: DateLineKind; turkish: boolean; rest: string } | undefined {
  const colon = line.indexOf(":");
  if (colon < 0) return undefined;
  const label = line
    .slice(0, colon)
    .trim()
    .toLocaleLowerCase("tr")
    .replace(/\s+/g, " ");
  const match = LABELS.find((candidate) => candidate.pattern.test(label));
  return (
    match && {
      kind: match.kind,
      turkish: match.turkish,
      rest: line.slice(colon + 1).trim(),
    }
  );
}

/** Reads a labelled date line such as "Güncelleme Tarihi: 04 Ekim 2015, 09:19". */
export function parseDateLine(line: string): DateLine | undefined {
  const label = labelOf(line);
  if (!label) return undefined;
  const text = label.rest.toLocaleLowerCase("tr");
  const dayFirst = DAY_FIRST.exec(text);
  const monthFirst = dayFirst ? undefined : MONTH_FIRST.exec(text);
  const match = dayFirst ?? monthFirst;
  if (!match) {
    return {
      ok: false,
      reason: `"${label.rest}" is not a date and time such as "04 Ekim 2015, 09:19" or "4 October 2015, 09:19"`,
    };
  }
  const [
    ,
    first,
    second,
    year,
    hour,
    minute,
    second_,
    utcSign,
    utcHours,
    utcMinutes,
    sign,
    oh,
    om,
  ] = match;
  const monthName = (dayFirst ? second : first) ?? "";
  const month = MONTHS[monthName];
  if (month === undefined) {
    return {
      ok: false,
      reason: `"${label.rest}" has an unknown month name "${monthName}"`,
    };
  }
  const wall = {
    year: Number(year),
    month,
    day: Number(dayFirst ? first : second),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second_ ?? 0),
  };
  if (!isValidWallTime(wall)) {
    return {
      ok: false,
      reason: `"${label.rest}" is not a real calendar date and time`,
    };
  }
  let offsetMinutes: number | undefined;
  if (sign) {
    offsetMinutes = (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om));
  } else if (/(?:utc|gmt)/.test(text.slice(text.search(/\d{1,2}[:.]\d{2}/)))) {
    offsetMinutes =
      (utcSign === "-" ? -1 : 1) *
      (Number(utcHours ?? 0) * 60 + Number(utcMinutes ?? 0));
  }
  return {
    ok: true,
    kind: label.kind,
    turkish: label.turkish,
    wall,
    ...(offsetMinutes === undefined ? {} : { offsetMinutes }),
  };
}
