import { setupI18n, type I18n, type Messages } from "@lingui/core";

/** Lazy loaders from `import.meta.glob`, keyed by path ("./locales/tr.json"). */
export type CatalogueLoaders = Record<string, () => Promise<Messages>>;

export interface CatalogueSet {
  /** The source language first, then the others in file-name order. */
  languages: readonly string[];
  /** The ready `I18n` for a language already loaded, else undefined. */
  loaded(language: string): I18n | undefined;
  /** Loads a language's catalogue once; rejects for a language the set does not have. */
  load(language: string): Promise<I18n>;
}

const languageOfPath = (path: string) =>
  path.slice(path.lastIndexOf("/") + 1, path.lastIndexOf("."));

/**
 * One family of compiled catalogues (the interface's, or the timestamp lines'): the source
 * language is bundled, every other language is its own chunk, fetched the first time it is needed.
 * Each `I18n` is built once per language and never changed afterwards, so it is safe to share
 * between renders, tabs of a server and tests.
 */
export function createCatalogueSet(
  sourceLanguage: string,
  sourceMessages: Messages,
  lazy: CatalogueLoaders,
): CatalogueSet {
  const loaders = new Map(
    Object.entries(lazy).map(([path, load]) => [languageOfPath(path), load]),
  );
  const ready = new Map<string, I18n>();
  const pending = new Map<string, Promise<I18n>>();
  const activate = (language: string, messages: Messages) => {
    const i18n = setupI18n({
      locale: language,
      messages: { [language]: messages },
    });
    ready.set(language, i18n);
    return i18n;
  };
  activate(sourceLanguage, sourceMessages);

  return {
    languages: [sourceLanguage, ...[...loaders.keys()].sort()],
    loaded: (language) => ready.get(language),
    load(language) {
      const i18n = ready.get(language);
      if (i18n) return Promise.resolve(i18n);
      let loading = pending.get(language);
      if (!loading) {
        const loader = loaders.get(language);
        if (!loader) {
          return Promise.reject(
            new Error(`There is no "${language}" catalogue`),
          );
        }
        loading = loader().then(
          (messages) => activate(language, messages),
          (error: unknown) => {
            // A failed chunk (offline, a deploy replaced it) may load on the next attempt.
            pending.delete(language);
            throw error;
          },
        );
        pending.set(language, loading);
      }
      return loading;
    },
  };
}
