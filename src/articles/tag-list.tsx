import { useT } from "../i18n/use-t";

export function TagList({ tags }: { tags: string[] }) {
  const t = useT();
  return (
    <ul className="tag-list" aria-label={t("tags.label")}>
      {tags.map((tag) => (
        <li key={tag}>{tag}</li>
      ))}
    </ul>
  );
}
