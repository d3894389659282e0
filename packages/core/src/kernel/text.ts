// Text rules shared by every name-like field of the core (organization names, member names,
// industry chains) and by the GraphQL API's input guard. Lengths count Unicode code points, so
// 60 emoji are 60 characters (not 120 UTF-16 units). The character classes are Unicode
// property escapes, so they follow the Unicode version of the JavaScript engine.

/**
 * A character no name may hold: controls (Cc: C0, DEL, C1 including U+0085 NEL), format
 * characters (Cf: U+200B zero width space, U+FEFF, U+00AD, the bidi embeddings and overrides
 * U+202A–U+202E, isolates U+2066–U+2069, marks U+200E/U+200F), lone surrogates (Cs) and the
 * line and paragraph separators U+2028/U+2029 (Zl, Zp).
 */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/** A character that shows: a letter, digit, punctuation or symbol that is not default-ignorable (e.g. not U+3164). */
const VISIBLE = /(?!\p{Default_Ignorable_Code_Point})[\p{L}\p{N}\p{P}\p{S}]/u;

/** What makes a string malformed as text anywhere: a NUL character or a lone surrogate (half of a UTF-16 pair). */
const MALFORMED = /[\0\p{Cs}]/u;

/**
 * Stable codes of refused raw text, for API enums: `TEXT_MALFORMED` (a NUL character or a lone
 * surrogate) and `TEXT_TOO_LONG` (more characters than the field takes at all).
 */
export const TEXT_ERROR_CODES = ['TEXT_MALFORMED', 'TEXT_TOO_LONG'] as const;

/** Chinese (zh-CN) text of every text error code. */
export const TEXT_MESSAGES_ZH: Readonly<Record<(typeof TEXT_ERROR_CODES)[number], string>> = {
  TEXT_MALFORMED: '输入含有空字符（NUL）或不成对的代理项，不是有效文本',
  TEXT_TOO_LONG: '输入过长，超出任何字段允许的字符数',
};

/** A stable code of refused raw text. */
export type TextErrorCode = (typeof TEXT_ERROR_CODES)[number];

/** Number of Unicode code points in `value` (a surrogate pair counts once, a lone surrogate once). */
export function codePointLength(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

/** `U+202E`-style name of the code point at the start of `character`. */
function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first match of `pattern` in `value` with its 1-based position in code points, or null. */
function firstMatch(value: string, pattern: RegExp): { character: string; position: number } | null {
  const match = pattern.exec(value);
  if (!match) return null;
  return { character: match[0], position: codePointLength(value.slice(0, match.index)) + 1 };
}

/**
 * What is wrong with a string as raw text — a NUL character or a lone surrogate, which no field of
 * any kind may hold (PostgreSQL cannot store them) — as a phrase such as
 * `holds U+0000 (NUL) at character 3`; null when it is well-formed.
 */
export function malformedText(value: string): string | null {
  const found = firstMatch(value, MALFORMED);
  if (!found) return null;
  const what = found.character === '\0' ? 'NUL' : 'a lone surrogate';
  return `holds ${codePointName(found.character)} (${what}) at character ${found.position}`;
}

/**
 * What is wrong with a name-like text (already trimmed) that must have 1 to `maxLength` code
 * points, no control, format, bidi or separator character (see `UNPRINTABLE`) and at least one
 * visible character — as a phrase such as `has 101 characters, more than 100`; null when it is fine.
 */
export function nameTextProblem(value: string, maxLength: number): string | null {
  const length = codePointLength(value);
  if (length === 0) return 'is empty';
  if (length > maxLength) return `has ${length} characters, more than ${maxLength}`;
  const unprintable = firstMatch(value, UNPRINTABLE);
  if (unprintable) {
    return `holds ${codePointName(unprintable.character)} at character ${unprintable.position}, a control, format, bidi or separator character`;
  }
  if (!VISIBLE.test(value)) return 'has no visible character';
  return null;
}
