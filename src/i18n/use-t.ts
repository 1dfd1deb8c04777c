import { useLingui } from "@lingui/react";
import type { InterfaceMessageId } from "./interface-catalogues";

/** Values for a message's placeholders: `{ page: 2, pageCount: 3 }`. */
export type MessageValues = Record<string, string | number>;

/**
 * The interface text for a message id in the reader's language. Ids are checked against the
 * English catalogue at compile time; test/i18n/catalogues.test.ts checks every other catalogue.
 */
export function useT(): (
  id: InterfaceMessageId,
  values?: MessageValues,
) => string {
  const { _ } = useLingui();
  return (id, values) => _(id, values);
}

/**
 * The language the interface is shown in, for `lang` on interface text inside content in another
 * language (an article's byline and dates): during a switch, the one still on screen.
 */
export function useInterfaceLanguage(): string {
  return useLingui().i18n.locale;
}
