import { Link } from "react-router";
import { paths } from "../paths";
import { topicRef } from "./topic-ref";

/** An article's source, as a link to the list of its articles. */
export function SourceLink({
  source,
  language,
}: {
  source: string;
  /** The article's language, which the source's name is in. */
  language: string;
}) {
  return (
    <Link
      className="source"
      lang={language}
      to={paths.topic(topicRef("source", source))}
    >
      {source}
    </Link>
  );
}
