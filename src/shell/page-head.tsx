import { DocumentTitle } from "./document-title";
import { useSiteAddress, useSiteUrl } from "./site";

export interface PageHeadProps {
  /** What the page is: its heading, used in the title and for link previews. */
  name: string;
  description: string;
  /** The page's own app path (its canonical address). */
  path: string;
  /** For an article: what link previews show beyond the title. */
  article?: {
    image?: string;
    publishedAt?: string;
    updatedAt?: string;
    tags: readonly string[];
  };
}

/**
 * A page's head: title, description, canonical address and the Open Graph and Twitter card tags
 * that chat apps and social sites read for a link preview. React hoists these into <head>, in the
 * published HTML and after every navigation alike.
 */
export function PageHead({ name, description, path, article }: PageHeadProps) {
  const canonical = useSiteAddress(path);
  // Open Graph wants absolute addresses; without the site's (publish --site-url), leave url out.
  const absolute = useSiteUrl() !== undefined;
  return (
    <>
      <DocumentTitle name={name} />
      <meta name="description" content={description} />
      <link rel="canonical" href={canonical} />
      <meta property="og:site_name" content="Bulletin" />
      <meta property="og:type" content={article ? "article" : "website"} />
      <meta property="og:title" content={name} />
      <meta property="og:description" content={description} />
      {absolute && <meta property="og:url" content={canonical} />}
      {article?.image && <meta property="og:image" content={article.image} />}
      {article?.publishedAt && (
        <meta property="article:published_time" content={article.publishedAt} />
      )}
      {article?.updatedAt && (
        <meta property="article:modified_time" content={article.updatedAt} />
      )}
      {article?.tags.map((tag) => (
        <meta key={tag} property="article:tag" content={tag} />
      ))}
      <meta
        name="twitter:card"
        content={article?.image ? "summary_large_image" : "summary"}
      />
    </>
  );
}
