/**
 * Deterministic pseudo-random articles for the benchmark: the same count and seed always give the
 * same archive, so two runs (or two machines) ingest and serve identical data. Lengths, dates,
 * languages, tags and authors vary the way a real archive does, so the list and article pages are
 * not measured on suspiciously uniform content.
 */

/** mulberry32: tiny, fast and good enough to vary content; not for anything secret. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENGLISH = (
  "government minister talks border election economy market city council report officials said " +
  "on the in of and to for with after amid new plan says week year people region president " +
  "parliament court ruling police security agreement trade energy prices water health hospital " +
  "school students farmers storm flood drought rescue teams villages coast port airport railway " +
  "budget tax reform opposition leader coalition vote result survey data record growth inflation " +
  "central bank rates talks summit delegation peace ceasefire aid convoy refugees camp winter"
).split(" ");

const TURKISH = (
  "hükümet bakan görüşme sınır seçim ekonomi piyasa şehir meclis rapor yetkililer açıkladı ve " +
  "ile için sonra yeni plan hafta yıl halk bölge cumhurbaşkanı mahkeme karar güvenlik anlaşma " +
  "ticaret enerji fiyatlar su sağlık hastane okul öğrenciler çiftçiler fırtına sel kuraklık " +
  "kurtarma ekipleri köyler kıyı liman havalimanı demiryolu bütçe vergi reform muhalefet lider"
).split(" ");

const TAGS = [
  "Politics",
  "Economy",
  "World",
  "Health",
  "Climate",
  "Sport",
  "Culture",
  "Türkiye",
  "Science",
];
const AUTHORS = [
  "Ayşe Demir",
  "John Carter",
  "Mehmet Yılmaz",
  "Sara Lindqvist",
  "News Desk",
];
const ZONES = [
  "Europe/Istanbul",
  "Europe/London",
  "America/New_York",
  "Asia/Tokyo",
  "Europe/Berlin",
];

/** The newest article; older ones step back from here, about ten years over 100,000 articles. */
const NEWEST = Date.UTC(2025, 5, 30, 9, 0, 0);
const MEAN_GAP_MINUTES = 52;

export interface SyntheticArticle {
  id: string;
  url: string;
  title: string;
  summary?: string;
  paragraphs: string[];
  publishedAt: Date;
  modifiedAt?: Date;
  language: "en" | "tr";
  timeZone: string;
  tags: string[];
  author?: string;
}

type Random = () => number;

const between = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

function words(
  random: Random,
  vocabulary: readonly string[],
  count: number,
): string {
  return Array.from({ length: count }, () => pick(random, vocabulary)).join(
    " ",
  );
}

function sentence(
  random: Random,
  vocabulary: readonly string[],
  min: number,
  max: number,
): string {
  const text = words(random, vocabulary, between(random, min, max));
  return `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}.`;
}

/**
 * A start time for `count` articles that are all newer than every article of an archive made with
 * the default start: the articles a later ingest adds to it.
 */
export function newerThanArchive(count: number): number {
  return NEWEST + count * MEAN_GAP_MINUTES * 2 * 60_000;
}

/**
 * Article `index` (0 = newest, published at `newest`) of an archive. Bodies are 1 to 14 paragraphs of 1 to 5 sentences,
 * skewed short like real news (median about 1.5 KB, a long tail to 8 KB).
 */
export function* syntheticArticles(
  count: number,
  seed = 1,
  newest = NEWEST,
): Generator<SyntheticArticle> {
  const random = createRandom(seed);
  let time = newest;
  for (let index = 0; index < count; index += 1) {
    const language = random() < 0.85 ? "en" : "tr";
    const vocabulary = language === "en" ? ENGLISH : TURKISH;
    // Squaring skews toward short bodies while keeping some long ones.
    const paragraphCount = 1 + Math.floor(random() * random() * 14);
    const paragraphs = Array.from({ length: paragraphCount }, () =>
      Array.from({ length: between(random, 1, 5) }, () =>
        sentence(random, vocabulary, 6, 24),
      ).join(" "),
    );
    const title = sentence(
      random,
      vocabulary,
      4,
      random() < 0.05 ? 30 : 12,
    ).slice(0, -1);
    const summary =
      random() < 0.7 ? sentence(random, vocabulary, 10, 30) : undefined;
    const modifiedAt =
      random() < 0.25
        ? new Date(time + between(random, 5, 600) * 60_000)
        : undefined;
    const tagCount = between(random, 0, 3);
    const tags = [
      ...new Set(Array.from({ length: tagCount }, () => pick(random, TAGS))),
    ];
    const author = random() < 0.7 ? pick(random, AUTHORS) : undefined;
    yield {
      id: `bench-${seed}-${index}`,
      url: `https://news.example/${index}`,
      title,
      ...(summary ? { summary } : {}),
      paragraphs,
      publishedAt: new Date(time),
      ...(modifiedAt ? { modifiedAt } : {}),
      language,
      timeZone: pick(random, ZONES),
      tags,
      ...(author ? { author } : {}),
    };
    time -= between(random, 1, MEAN_GAP_MINUTES * 2) * 60_000;
  }
}

/** One JSON Feed 1.1 item (content_text, so the ingest's text path, not the HTML sanitiser, is timed). */
export function toJsonFeedItem(
  article: SyntheticArticle,
): Record<string, unknown> {
  return {
    id: article.id,
    url: article.url,
    title: article.title,
    ...(article.summary ? { summary: article.summary } : {}),
    content_text: article.paragraphs.join("\n\n"),
    date_published: article.publishedAt.toISOString(),
    ...(article.modifiedAt
      ? { date_modified: article.modifiedAt.toISOString() }
      : {}),
    language: article.language,
    tags: article.tags,
    ...(article.author ? { authors: [{ name: article.author }] } : {}),
    _bulletin: { time_zone: article.timeZone },
  };
}

const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const TURKISH_MONTHS = [
  "Ocak",
  "Şubat",
  "Mart",
  "Nisan",
  "Mayıs",
  "Haziran",
  "Temmuz",
  "Ağustos",
  "Eylül",
  "Ekim",
  "Kasım",
  "Aralık",
];

const istanbulParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Istanbul",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The date line in the seed's style, in Istanbul wall time (ingest it with `--zone Europe/Istanbul`). */
function dateLine(article: SyntheticArticle): string {
  const updated = article.modifiedAt !== undefined;
  const parts = Object.fromEntries(
    istanbulParts
      .formatToParts(article.modifiedAt ?? article.publishedAt)
      .map((part) => [part.type, part.value]),
  );
  const month = Number(parts.month) - 1;
  const time = `${parts.hour}:${parts.minute}`;
  if (article.language === "tr") {
    const day = String(parts.day).padStart(2, "0");
    return `${updated ? "Güncelleme Tarihi" : "Yayın Tarihi"}: ${day} ${TURKISH_MONTHS[month]} ${parts.year}, ${time}`;
  }
  return `${updated ? "Updated" : "Published"}: ${Number(parts.day)} ${ENGLISH_MONTHS[month]} ${parts.year}, ${time}`;
}

/** A plain-text article in the seed's layout: headline, standfirst, desk line, paragraphs, date line. */
export function toPlainText(article: SyntheticArticle): string {
  const standfirst = article.summary ?? article.paragraphs[0] ?? article.title;
  return (
    [
      article.title,
      standfirst,
      "Bench Bulletin / News Desk",
      ...article.paragraphs,
      dateLine(article),
    ].join("\n\n") + "\n"
  );
}
