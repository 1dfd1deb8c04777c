import { hash } from "node:crypto";

/**
 * An article's id: the first 12 hex characters of the SHA-256 of its source identity. The identity
 * never includes the headline, so a corrected headline keeps its URL.
 */
export function articleIdFor(identity: string): string {
  return hash("sha256", identity).slice(0, 12);
}

/** A plain-text file is identified by its name: renaming the file is what makes a new article. */
export function textFileIdentity(basenameWithoutExtension: string): string {
  return `text:${basenameWithoutExtension}`;
}
