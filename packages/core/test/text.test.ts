import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkChainName,
  checkMemberName,
  checkOrganizationName,
  codePointLength,
  MAX_CHAIN_NAME_LENGTH,
  MAX_MEMBER_NAME_LENGTH,
  MAX_ORGANIZATION_NAME_LENGTH,
  malformedText,
  nameTextProblem,
} from '../src/index.js';

const EMOJI = '😀'; // one code point, two UTF-16 units

describe('codePointLength', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(codePointLength('')).toBe(0);
    expect(codePointLength('工会')).toBe(2);
    expect(codePointLength(EMOJI.repeat(60))).toBe(60);
    expect(EMOJI.repeat(60).length).toBe(120);
    expect(codePointLength('e\u0301')).toBe(2); // a combining mark is a code point of its own
    expect(codePointLength('\ud800x')).toBe(2); // a lone surrogate counts once
  });
});

describe('malformedText', () => {
  it('names NUL and lone surrogates with their position, and passes everything else', () => {
    expect(malformedText('工会\0x')).toBe('holds U+0000 (NUL) at character 3');
    expect(malformedText(`${EMOJI}\ud800`)).toBe('holds U+D800 (a lone surrogate) at character 2');
    expect(malformedText('a\udfff')).toBe('holds U+DFFF (a lone surrogate) at character 2');
    for (const fine of ['', '梅园石', EMOJI, '\u202E', '\u0085', 'tab\there', 'e\u0301']) {
      expect(malformedText(fine), fine).toBeNull();
    }
  });

  it('finds a NUL or lone surrogate wherever it is (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        fc.constantFrom('\0', '\ud800', '\udbff', '\udc00', '\udfff'),
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        (before, bad, after) => {
          expect(malformedText(before + bad + after)).not.toBeNull();
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });
});

describe('nameTextProblem', () => {
  it('counts the maximum in code points: 60 emoji are 60 characters', () => {
    expect(nameTextProblem(EMOJI.repeat(60), 60)).toBeNull();
    expect(nameTextProblem(EMOJI.repeat(61), 60)).toBe('has 61 characters, more than 60');
    expect(nameTextProblem('', 60)).toBe('is empty');
  });

  it('refuses controls, format, bidi and separator characters, naming the first and where it is', () => {
    const refused = [
      '\u0000',
      '\u0007',
      '\u001F',
      '\u007F',
      '\u0085', // NEL (C1 control)
      '\u009F',
      '\u00AD', // soft hyphen (Cf)
      '\u200B', // zero width space
      '\u200E', // left-to-right mark
      '\u200F',
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E', // right-to-left override
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u2028', // line separator
      '\u2029', // paragraph separator
      '\uFEFF',
      '\ud800',
      '\n',
      '\t',
    ];
    for (const character of refused) {
      const problem = nameTextProblem(`工会${character}exe`, 100);
      const code = `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      expect(problem, code).toBe(
        `holds ${code} at character 3, a control, format, bidi or separator character`,
      );
    }
  });

  it('refuses a name with nothing visible, and accepts real names with marks, dots and emoji', () => {
    for (const invisible of ['\u3164', '\u0301', '\u3164\u115F', '\u200B']) {
      expect(nameTextProblem(invisible, 100), invisible).not.toBeNull();
    }
    expect(nameTextProblem('\u3164', 100)).toBe('has no visible character');
    for (const name of [
      '周建国',
      '阿卜杜·热合曼',
      'Zoë',
      'Zoe\u0308',
      '宁波梅园石矿开采有限公司工会',
      `茶叶${EMOJI}`,
      'A-1',
    ]) {
      expect(nameTextProblem(name, 100), name).toBeNull();
    }
  });
});

describe('the name rules use the shared text rule', () => {
  it('organization names: 100 code points, no invisible or bidi characters', () => {
    expect(checkOrganizationName(` ${EMOJI.repeat(MAX_ORGANIZATION_NAME_LENGTH)} `)).toEqual({
      ok: true,
      value: EMOJI.repeat(MAX_ORGANIZATION_NAME_LENGTH),
    });
    const long = checkOrganizationName('工'.repeat(MAX_ORGANIZATION_NAME_LENGTH + 1));
    expect(long).toMatchObject({ ok: false, error: { code: 'ORG_NAME_INVALID', path: ['name'] } });
    expect(long.ok ? '' : long.error.message).toBe(
      'an organization name has 1 to 100 printable characters; this one has 101 characters, more than 100',
    );
    for (const bad of ['\u200B', '工会\u202Eexe.tab', '工会\u0085', '工\u2028会', '\u3164']) {
      expect(checkOrganizationName(bad), JSON.stringify(bad)).toMatchObject({
        ok: false,
        error: { code: 'ORG_NAME_INVALID', path: ['name'] },
      });
    }
  });

  it('member names: 50 code points, no invisible or bidi characters', () => {
    expect(checkMemberName(EMOJI.repeat(MAX_MEMBER_NAME_LENGTH)).ok).toBe(true);
    expect(checkMemberName('周'.repeat(MAX_MEMBER_NAME_LENGTH + 1))).toMatchObject({
      ok: false,
      error: { code: 'MEMBER_NAME_INVALID' },
    });
    for (const bad of ['\u200B', '周\u202E国', '周\u0085', '\uFEFF\u200B']) {
      expect(checkMemberName(bad), JSON.stringify(bad)).toMatchObject({
        ok: false,
        error: { code: 'MEMBER_NAME_INVALID', path: ['name'] },
      });
    }
  });

  it('industry chains: blank is none, 50 code points, no invisible or bidi characters', () => {
    expect(checkChainName(null)).toEqual({ ok: true, value: null });
    expect(checkChainName('   ')).toEqual({ ok: true, value: null });
    expect(checkChainName(' 梅园石 ')).toEqual({ ok: true, value: '梅园石' });
    expect(checkChainName(EMOJI.repeat(MAX_CHAIN_NAME_LENGTH))).toMatchObject({ ok: true });
    const long = checkChainName('茶'.repeat(MAX_CHAIN_NAME_LENGTH + 1));
    expect(long).toMatchObject({ ok: false, error: { code: 'FEDERATION_CHAIN_INVALID', path: ['chain'] } });
    expect(long.ok ? '' : long.error.message).toBe(
      'an industry chain is named in 1 to 50 printable characters; this one has 51 characters, more than 50',
    );
    for (const bad of ['梅园\u202E石', '梅\u0007', '\u2066梅园石\u2069', '\u200B']) {
      expect(checkChainName(bad), JSON.stringify(bad)).toMatchObject({
        ok: false,
        error: { code: 'FEDERATION_CHAIN_INVALID' },
      });
    }
  });
});
