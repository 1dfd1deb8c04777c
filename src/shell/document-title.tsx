import { useT } from "../i18n/use-t";

/** The tab and bookmark name for a page: what is on it first, then the site. */
export function DocumentTitle({ name }: { name: string }) {
  const t = useT();
  return <title>{t("shell.documentTitle", { name })}</title>;
}
