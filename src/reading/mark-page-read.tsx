import type { Headline } from "../articles/article-schema";
import { useT } from "../i18n/use-t";
import { markRead } from "./read-articles";

/** "Mark all on this page as read": every headline the list shows. */
export function MarkPageRead({ headlines }: { headlines: Headline[] }) {
  const t = useT();
  if (headlines.length === 0) return null;
  return (
    <p className="reading-tools">
      <button
        type="button"
        className="reader-button"
        onClick={() => markRead(headlines.map((headline) => headline.id))}
      >
        {t("reading.markPageRead")}
      </button>
    </p>
  );
}
