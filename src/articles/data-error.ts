/** Why a data file could not be used; each kind gets its own message and recovery in the error view. */
export type DataErrorKind =
  | "not-found"
  | "offline"
  | "network"
  | "timeout"
  | "server"
  | "malformed"
  | "invalid";

export class DataError extends Error {
  readonly kind: DataErrorKind;
  readonly url: string;

  constructor(kind: DataErrorKind, url: string, detail: string) {
    super(detail);
    this.name = "DataError";
    this.kind = kind;
    this.url = url;
  }
}
