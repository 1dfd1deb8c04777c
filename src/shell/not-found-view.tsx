import { Link } from "react-router";
import { paths } from "../paths";
import { documentTitle } from "./document-title";

export function NotFoundView() {
  return (
    <section className="status-view" aria-labelledby="status-heading">
      <title>{documentTitle("Page not found")}</title>
      <meta name="robots" content="noindex" />
      <h1 id="status-heading" tabIndex={-1}>
        Page not found
      </h1>
      <p>
        There is no article or page at this address. It may have been mistyped,
        or the article may have been removed.
      </p>
      <p>
        <Link to={paths.front()}>Go to the latest headlines</Link>
      </p>
    </section>
  );
}
