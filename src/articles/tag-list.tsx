import { Link } from "react-router";
import { useT } from "../i18n/use-t";
import { paths } from "../paths";
import { topicRef } from "../topics/topic-ref";

/** An article's tags, each a link to the list of articles with that tag. */
export function TagList({ tags }: { tags: string[] }) {
  const t = useT();
  return (
    <ul className="tag-list" aria-label={t("tags.label")}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link to={paths.topic(topicRef("tag", tag))}>{tag}</Link>
        </li>
      ))}
    </ul>
  );
}
