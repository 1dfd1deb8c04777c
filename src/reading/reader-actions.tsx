import type { Article, Headline } from "../articles/article-schema";
import { useInterfaceLanguage } from "../i18n/use-t";
import { ReadToggle } from "./read-toggle";
import { SaveToggle } from "./save-toggle";

/**
 * The reader's controls for one article, save and read: under each headline of a list, and under
 * an article's dates (where `s` and `m` press them).
 */
export function ReaderActions({
  item,
  inList = false,
}: {
  item: Headline | Article;
  inList?: boolean;
}) {
  // They sit inside the article's element, which carries its language; these words are the interface's.
  const language = useInterfaceLanguage();
  return (
    <div className="reader-actions" lang={language}>
      <SaveToggle item={item} inList={inList} />
      <ReadToggle headline={item} inList={inList} />
    </div>
  );
}
