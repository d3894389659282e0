// The full pinyin and initials of members' names (the search columns `namePinyin`, `nameInitials`),
// in a module of their own so that an import's preparing worker thread (src/import/prepare.ts) loads
// pinyin-pro without the store.

import { LRUCache } from 'lru-cache';
import { pinyin } from 'pinyin-pro';

/** A name's search columns: its full pinyin and its initials. */
interface NamePinyin {
  readonly namePinyin: string;
  readonly nameInitials: string;
}

/** How many names' pinyin `namePinyin` remembers (the most recently used; a bulk import's batches are smaller). */
const PINYIN_MEMO_SIZE = 20_000;
const pinyinMemo = new LRUCache<string, NamePinyin>({ max: PINYIN_MEMO_SIZE });

/**
 * The full pinyin and the initials of a name (pinyin-pro, surnames read as surnames: 单 shan, 曾
 * zeng; letters of non-Chinese names kept as words). Remembered for the most recently used names
 * (lru-cache): a bulk import computes them while it reads a batch (overlapping the commit of the
 * batch before), and writing the batch finds them here.
 */
export function namePinyin(name: string): NamePinyin {
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
  pinyinMemo.set(name, columns);
  return columns;
}

/** Remembers a name's pinyin computed elsewhere (an import's preparing worker thread), as `namePinyin` would. */
export function rememberPinyin(name: string, columns: NamePinyin): void {
  if (!pinyinMemo.has(name)) pinyinMemo.set(name, columns);
}
