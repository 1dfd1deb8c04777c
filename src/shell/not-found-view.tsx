import { Link } from "react-router";
import { paths } from "../paths";

export function NotFoundView() {
  return (
    <section className="status-view" aria-labelledby="status-heading">
      <title>Page not found · Bulletin</title>
      <meta name="robots" content="noindex" />
      <h1 id="status-heading" tabIndex={-1}>
        Page not found
      </h1>
      <p>
        There is no article or page at this address. It may have been mistyped,
        or the article may have been removed.
      </p>
      <p>
        <Link to={paths.headlines()}>Go to the latest headlines</Link>
      </p>
    </section>
  );
}
