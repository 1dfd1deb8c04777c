import type { FormEvent } from "react";
import { useHref, useLocation, useNavigate } from "react-router";
import { useT } from "../i18n/use-t";
import { paths } from "../paths";
import { parseSearchParams } from "./search-params";
import "./search.css";

/**
 * The search form in the site header, on every page. A plain GET form to /search, so it works
 * before the app has loaded; with the app, it navigates in place. On a results page the field holds
 * that search's words and searching again keeps its order and filter.
 */
export function SearchField() {
  const t = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const action = useHref(paths.search());
  const onResults = /^\/search\/?$/.test(location.pathname);
  const current = onResults
    ? parseSearchParams(new URLSearchParams(location.search))
    : undefined;

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = new FormData(event.currentTarget).get("q");
    const to = paths.search({
      ...(current ? { sort: current.sort } : {}),
      ...(current?.tag ? { tag: current.tag } : {}),
      ...(current?.source ? { source: current.source } : {}),
      query: typeof query === "string" ? query.trim() : "",
    });
    void navigate(to, {
      replace: to === location.pathname + location.search,
    });
  };

  return (
    <form
      role="search"
      className="search-form"
      action={action}
      method="get"
      onSubmit={search}
    >
      <label htmlFor="search-field" className="visually-hidden">
        {t("search.label")}
      </label>
      <input
        // Uncontrolled, and reset whenever the address's words change (Back, a link to a search).
        key={current?.query ?? ""}
        id="search-field"
        type="search"
        name="q"
        defaultValue={current?.query ?? ""}
        placeholder={t("search.placeholder")}
        enterKeyHint="search"
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
      />
      <button type="submit">{t("search.submit")}</button>
    </form>
  );
}
