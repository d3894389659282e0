/** A typed, expected failure: a broken rule or bad input, never a fault. */
export interface DomainError<Code extends string = string> {
  /** Stable machine-readable code, e.g. `ID_CHECKSUM`. */
  readonly code: Code;
  /** Human-readable explanation (English). */
  readonly message: string;
  /** Where the problem is: a field path such as `['input', 'idNumber']`, when known. */
  readonly path?: readonly (string | number)[];
  /** The numbers or values behind the failure, for callers that explain it themselves. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** The outcome of a fallible function: a value, or a domain error. */
export type Result<T, Code extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: DomainError<Code> };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** Builds a failed result with a code, a message and optional path and details. */
export function err<Code extends string>(
  code: Code,
  message: string,
  extra: { path?: readonly (string | number)[]; details?: Record<string, unknown> } = {},
): { readonly ok: false; readonly error: DomainError<Code> } {
  return { ok: false, error: { code, message, ...extra } };
}
