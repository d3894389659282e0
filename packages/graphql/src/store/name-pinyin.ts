// The full pinyin and initials of members' names (the search columns `namePinyin`, `nameInitials`),
// in a module of their own so that an import's preparing worker thread (src/import/prepare.ts) loads
// pinyin-pro without the store.

import { pinyin } from 'pinyin-pro';

/** How many names' pinyin `namePinyin` remembers (the latest; a bulk import's batches are smaller). */
const PINYIN_MEMO_SIZE = 20_000;
const pinyinMemo = new Map<string, { namePinyin: string; nameInitials: string }>();

/**
 * The full pinyin and the initials of a name (pinyin-pro, surnames read as surnames: 单 shan, 曾
 * zeng; letters of non-Chinese names kept as words). Remembered for the latest names: a bulk import
 * computes them while it reads a batch (overlapping the commit of the batch before), and writing
 * the batch finds them here.
 */
export function namePinyin(name: string): { namePinyin: string; nameInitials: string } {
  const known = pinyinMemo.get(name);
  if (known !== undefined) return known;
  const words = pinyin(name, {
    toneType: 'none',
    type: 'array',
    surname: 'head',
    v: true,
    nonZh: 'consecutive',
  })
    .flatMap((syllable) => syllable.toLowerCase().split(/[^a-z]+/))
    .filter((word) => word !== '');
  const columns = { namePinyin: words.join(''), nameInitials: words.map((word) => word[0]).join('') };
  rememberPinyin(name, columns);
  return columns;
}

/** Remembers a name's pinyin computed elsewhere (an import's preparing worker thread), as `namePinyin` would. */
export function rememberPinyin(name: string, columns: { namePinyin: string; nameInitials: string }): void {
  if (pinyinMemo.has(name)) return;
  if (pinyinMemo.size >= PINYIN_MEMO_SIZE) pinyinMemo.delete(pinyinMemo.keys().next().value as string);
  pinyinMemo.set(name, columns);
}
