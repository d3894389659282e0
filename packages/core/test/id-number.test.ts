import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROVINCE_CODES } from '../src/kernel/region.js';
import { idCheckCharacter, maskIdNumber, maskPhone, parseIdNumber } from '../src/member/id-number.js';
import { acftu2016, withRules } from '../src/ruleset/rule-set.js';

const TODAY = { today: '2025-06-01' };

/** Builds a valid 18-character number from its parts with the computed check character. */
function make(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`;
  return first17 + idCheckCharacter(first17);
}

function errorCode(input: string, options: { today?: string } = TODAY): string | undefined {
  const r = parseIdNumber(input, options);
  return r.ok ? undefined : r.error.code;
}

describe('idCheckCharacter', () => {
  it('gives X for the example number of GB 11643-1999', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X');
  });

  it('computes weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 and maps sum mod 11 to 1 0 X 9 8 7 6 5 4 3 2', () => {
    // A single 1 in position i gives sum = weight i, so the check character is MAP[weight mod 11].
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const map = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];
    weights.forEach((w, i) => {
      const digits = `${'0'.repeat(i)}1${'0'.repeat(16 - i)}`;
      expect(idCheckCharacter(digits)).toBe(map[w % 11]);
    });
    expect(idCheckCharacter('0'.repeat(17))).toBe('1');
  });

  it('gives every one of the 11 check characters for some input', () => {
    const seen = new Set<string>();
    for (let s = 120; s < 240; s++) seen.add(idCheckCharacter(`33010619900307${s}`));
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });

  it('rejects anything but 17 digits', () => {
    expect(() => idCheckCharacter('1101051949123100')).toThrow(RangeError);
    expect(() => idCheckCharacter('1101051949123100A')).toThrow(RangeError);
  });
});

describe('parseIdNumber', () => {
  it('parses the GB 11643 example: birth date, gender, region', () => {
    const r = parseIdNumber('11010519491231002X', TODAY);
    expect(r).toEqual({
      ok: true,
      value: { value: '11010519491231002X', birthDate: '1949-12-31', gender: 'FEMALE', regionCode: '110105' },
    });
  });

  it('reads an odd sequence as male and an even one as female', () => {
    const male = parseIdNumber('330106199003071236', TODAY);
    const female = parseIdNumber('330203198511120024', TODAY);
    expect(male.ok && male.value.gender).toBe('MALE');
    expect(male.ok && male.value.birthDate).toBe('1990-03-07');
    expect(female.ok && female.value.gender).toBe('FEMALE');
    expect(female.ok && female.value.regionCode).toBe('330203');
  });

  it('accepts a lowercase x and surrounding whitespace, normalising to upper case', () => {
    const r = parseIdNumber('  11010519491231002x\t', TODAY);
    expect(r.ok && r.value.value).toBe('11010519491231002X');
  });

  it('rejects a wrong check character with ID_CHECKSUM naming character 18 and the expected one', () => {
    const r = parseIdNumber('330106199003071237', TODAY);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('ID_CHECKSUM');
    expect(r.error.message).toContain('character 18');
    expect(r.error.details).toMatchObject({ expected: '6', actual: '7' });
  });

  it('rejects a single changed digit anywhere (checksum catches it)', () => {
    const good = '330106199003071236';
    for (let i = 0; i < 17; i++) {
      const d = Number(good[i]);
      const changed = good.slice(0, i) + String((d + 1) % 10) + good.slice(i + 1);
      expect(errorCode(changed), `position ${i + 1}`).toBe('ID_CHECKSUM');
    }
  });

  it('rejects wrong lengths with ID_FORMAT', () => {
    expect(errorCode('33010619900307123')).toBe('ID_FORMAT');
    expect(errorCode('3301061990030712366')).toBe('ID_FORMAT');
    expect(errorCode('')).toBe('ID_FORMAT');
    expect(errorCode('33010688051212')).toBe('ID_FORMAT');
  });

  it('rejects a non-digit with ID_FORMAT naming its position', () => {
    const r = parseIdNumber('330106A99003071236', TODAY);
    expect(!r.ok && r.error.code).toBe('ID_FORMAT');
    expect(!r.ok && r.error.message).toContain('character 7');
    expect(!r.ok && r.error.details).toMatchObject({ position: 7 });
  });

  it('accepts X only as the last character', () => {
    expect(errorCode('3301061990030712X6')).toBe('ID_FORMAT');
    // 15-digit numbers have no check character, so no X at all.
    expect(errorCode('33010688051212X')).toBe('ID_FORMAT');
  });

  it('rejects inner whitespace with ID_FORMAT', () => {
    expect(errorCode('330106 99003071236')).toBe('ID_FORMAT');
  });

  describe('birth date', () => {
    it('accepts Feb 29 of a leap year and rejects it in a non-leap year', () => {
      expect(errorCode(make('330106', '19920229', '004'))).toBeUndefined();
      const r = parseIdNumber(make('330106', '19930229', '004'), TODAY);
      expect(!r.ok && r.error.code).toBe('ID_BIRTH_DATE');
      expect(!r.ok && r.error.message).toContain('characters 7–14');
    });

    it('follows the century rule: 2000 is a leap year, 1900 is not', () => {
      expect(errorCode(make('330106', '20000229', '004'))).toBeUndefined();
      expect(errorCode(make('330106', '19000229', '004'))).toBe('ID_BIRTH_DATE');
    });

    it('rejects month 00 and 13, day 00 and day 31 of a 30-day month', () => {
      expect(errorCode(make('330106', '19900007', '123'))).toBe('ID_BIRTH_DATE');
      expect(errorCode(make('330106', '19901307', '123'))).toBe('ID_BIRTH_DATE');
      expect(errorCode(make('330106', '19900300', '123'))).toBe('ID_BIRTH_DATE');
      expect(errorCode(make('330106', '19900431', '123'))).toBe('ID_BIRTH_DATE');
      expect(errorCode(make('330106', '19900430', '123'))).toBeUndefined();
      expect(errorCode(make('330106', '19901231', '123'))).toBeUndefined();
    });

    it('accepts a birth date of today and rejects tomorrow', () => {
      expect(errorCode(make('330106', '20250601', '123'))).toBeUndefined();
      const r = parseIdNumber(make('330106', '20250602', '123'), TODAY);
      expect(!r.ok && r.error.code).toBe('ID_BIRTH_DATE');
      expect(!r.ok && r.error.message).toContain('future');
    });

    it('uses the current date when no today is given', () => {
      expect(parseIdNumber('330106199003071236').ok).toBe(true);
      expect(errorCode(make('330106', '29991231', '123'), {})).toBe('ID_BIRTH_DATE');
    });

    it('refuses birth years before 1900 under acftu2016: 1899-12-31 refused, 1900-01-01 accepted', () => {
      const r = parseIdNumber(make('330106', '18991231', '123'), TODAY);
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'ID_BIRTH_DATE', details: { birthYear: 1899, earliestBirthYear: 1900 } },
      });
      expect(!r.ok && r.error.message).toContain('before 1900, the earliest the rule set acftu2016 allows');
      expect(errorCode(make('330106', '19000101', '123'))).toBeUndefined();
      expect(errorCode(make('330106', '18000101', '123'))).toBe('ID_BIRTH_DATE');
    });

    it('accepts earlier years when the rule set allows them', () => {
      const rules = withRules(acftu2016, { identity: { earliestBirthYear: 1850 } });
      expect(parseIdNumber(make('330106', '18500101', '123'), { ...TODAY, rules }).ok).toBe(true);
      expect(parseIdNumber(make('330106', '18491231', '123'), { ...TODAY, rules })).toMatchObject({
        ok: false,
        error: { code: 'ID_BIRTH_DATE', details: { birthYear: 1849 } },
      });
    });

    it('applies the earliest year to 15-digit numbers too, which always give 19xx', () => {
      expect(errorCode('330106000101123')).toBeUndefined(); // 1900-01-01
      const rules = withRules(acftu2016, { identity: { earliestBirthYear: 1901 } });
      const r = parseIdNumber('330106001231123', { ...TODAY, rules });
      expect(r).toMatchObject({ ok: false, error: { code: 'ID_BIRTH_DATE', details: { birthYear: 1900 } } });
      expect(!r.ok && r.error.message).toContain("characters 7–12 '001231'");
      expect(parseIdNumber('330106010101123', { ...TODAY, rules }).ok).toBe(true);
    });

    it('throws on a malformed today option (a programming error, not user input)', () => {
      expect(() => parseIdNumber('330106199003071236', { today: '2025-02-30' })).toThrow(RangeError);
    });
  });

  describe('region', () => {
    it('accepts every province-level code and nothing else', () => {
      for (let p = 0; p <= 99; p++) {
        const pp = String(p).padStart(2, '0');
        const code = errorCode(make(`${pp}0000`, '19950101', '001'));
        if (PROVINCE_CODES.includes(pp)) expect(code, pp).toBeUndefined();
        else expect(code, pp).toBe('ID_REGION');
      }
    });

    it('lists the province-level codes of GB/T 2260 plus 81, 82, 83 of residence permits', () => {
      expect([...PROVINCE_CODES]).toEqual([
        '11',
        '12',
        '13',
        '14',
        '15',
        '21',
        '22',
        '23',
        '31',
        '32',
        '33',
        '34',
        '35',
        '36',
        '37',
        '41',
        '42',
        '43',
        '44',
        '45',
        '46',
        '50',
        '51',
        '52',
        '53',
        '54',
        '61',
        '62',
        '63',
        '64',
        '65',
        '71',
        '81',
        '82',
        '83',
      ]);
    });

    it('accepts the Hong Kong, Macao and Taiwan residence-permit codes 810000, 820000, 830000', () => {
      expect(errorCode('810000199501010015')).toBeUndefined();
      expect(errorCode('830000199501010027')).toBeUndefined();
      expect(errorCode('710000199501010011')).toBeUndefined();
    });

    it('names characters 1–2 in the message', () => {
      const r = parseIdNumber(make('990106', '19900307', '123'), TODAY);
      expect(!r.ok && r.error.message).toContain('characters 1–2');
    });
  });

  describe('15-digit first-generation numbers', () => {
    it('upgrades to 18 digits with century 19 and a computed check character', () => {
      const r = parseIdNumber('330106880512123', TODAY);
      expect(r).toEqual({
        ok: true,
        value: { value: '330106198805121237', birthDate: '1988-05-12', gender: 'MALE', regionCode: '330106' },
      });
    });

    it('validates the birth date of a 15-digit number (Feb 29 1900 is not a date; 1996 is a leap year)', () => {
      expect(errorCode('330106000229124')).toBe('ID_BIRTH_DATE');
      expect(errorCode('330106960229124')).toBeUndefined();
      const r = parseIdNumber('330106000229124', TODAY);
      expect(!r.ok && r.error.message).toContain('characters 7–12');
    });

    it('rejects a non-digit with its position', () => {
      const r = parseIdNumber('3301068805a2123', TODAY);
      expect(!r.ok && r.error.code).toBe('ID_FORMAT');
      expect(!r.ok && r.error.message).toContain('character 11');
    });
  });

  describe('properties', () => {
    const digits = (n: number) =>
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
    const province = fc.constantFrom(...PROVINCE_CODES);
    const date = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2025-06-01T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));

    it('every generated valid number parses and round-trips its parts', () => {
      fc.assert(
        fc.property(province, digits(4), date, digits(3), (p, rest, iso, seq) => {
          const id = make(p + rest, iso.replaceAll('-', ''), seq);
          const r = parseIdNumber(id.toLowerCase(), TODAY);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.value.value).toBe(id);
          expect(r.value.birthDate).toBe(iso);
          expect(r.value.regionCode).toBe(p + rest);
          expect(r.value.gender).toBe(Number(seq) % 2 === 1 ? 'MALE' : 'FEMALE');
        }),
      );
    });

    it('any other check character is rejected with ID_CHECKSUM', () => {
      fc.assert(
        fc.property(
          province,
          digits(4),
          date,
          digits(3),
          fc.constantFrom(...'0123456789X'),
          (p, rest, iso, seq, c) => {
            const first17 = p + rest + iso.replaceAll('-', '') + seq;
            fc.pre(c !== idCheckCharacter(first17));
            expect(errorCode(first17 + c)).toBe('ID_CHECKSUM');
          },
        ),
      );
    });

    it('a 15-digit number upgrades to an 18-digit number that parses to the same birth date and gender', () => {
      const date19 = fc
        .date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('1999-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10));
      fc.assert(
        fc.property(province, digits(4), date19, digits(3), (p, rest, iso, seq) => {
          const old = p + rest + iso.slice(2).replaceAll('-', '') + seq;
          const r15 = parseIdNumber(old, TODAY);
          expect(r15.ok).toBe(true);
          if (!r15.ok) return;
          expect(r15.value.value).toHaveLength(18);
          expect(r15.value.birthDate).toBe(iso);
          const r18 = parseIdNumber(r15.value.value, TODAY);
          expect(r18).toEqual(r15);
        }),
      );
    });
  });
});

describe('maskIdNumber', () => {
  it('keeps only the province-level address code, characters 1–2', () => {
    expect(maskIdNumber('330106199003071236')).toBe('33****************');
    expect(maskIdNumber('11010519491231002X')).toBe('11****************');
  });

  it('never reveals characters 3–18 (the rest of the address code, birth date, sequence, check character)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}[\dX]$/), (id) => {
        const masked = maskIdNumber(id);
        expect(masked).toHaveLength(18);
        expect(masked.slice(2)).toBe('*'.repeat(16));
      }),
    );
  });

  it('masks everything of a value of at most 2 characters', () => {
    expect(maskIdNumber('12')).toBe('**');
    expect(maskIdNumber('123')).toBe('12*');
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone(' 13812345678 ')).toBe('138****5678');
  });

  it('masks everything of a value too short to keep both ends', () => {
    expect(maskPhone('1234567')).toBe('*******');
  });
});
