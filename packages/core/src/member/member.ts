import { err, ok, type Result } from '../kernel/result.js';
import { nameTextProblem } from '../kernel/text.js';
import type { Gender, IdNumberError } from './id-number.js';
import type { MembershipError, MembershipEvent, MembershipState } from './membership.js';

/** A membership that exists or existed: every registered member has one (never `NONE`). */
export type HeldMembershipState = Exclude<MembershipState, { readonly status: 'NONE' }>;

/**
 * A real-name member (实名会员): one record per person for life, identified by a verified ID number.
 * Gender and birth date come from the ID number; the membership holds the union it belongs to.
 */
export interface Member {
  readonly id: string;
  /** Full name as on the identity card, 1–50 printable characters. */
  readonly name: string;
  /** The normalised 18-character ID number (upper-case `X`); unique among all members. */
  readonly idNumber: string;
  /** From the ID number's sequence code. */
  readonly gender: Gender;
  /** Birth date `YYYY-MM-DD`, from the ID number. */
  readonly birthDate: string;
  /** Contact phone (see `checkPhone`), or null. */
  readonly phone: string | null;
  /** The current membership; `membership.organizationId` is the union holding it. */
  readonly membership: HeldMembershipState;
}

/** One stored transition of a member's membership history. */
export interface MembershipRecord extends MembershipEvent {
  readonly id: string;
  readonly memberId: string;
}

/**
 * A registration refused because its ID number is already registered: an audited event, shown to
 * the admins of the union holding that membership (who asked, when, from which union), which is
 * how a transfer (会籍转接) starts. Each one also counts against the asking viewer's hourly limit.
 */
export interface IdNumberClaim {
  /** When the answer was given, an ISO-8601 instant from the command's clock. */
  readonly at: string;
  /** The member already registered under the number. */
  readonly holderId: string;
  /** The union holding (or, for an ended membership, last holding) that member's membership. */
  readonly holderOrganizationId: string;
  /** The union the refused registration was for, and its name. */
  readonly organizationId: string;
  readonly organizationName: string;
  /** The person as the refused registration gave them (normalised; the ID number is the holder's). */
  readonly name: string;
  readonly idNumber: string;
  readonly phone: string | null;
  readonly joinedOn: string;
}

/** Stable codes of the member registry's own rules (member commands also return ID, membership and organization codes). */
export const MEMBER_RULE_CODES = [
  'MEMBER_NAME_INVALID',
  'MEMBER_PHONE_INVALID',
  'MEMBER_ID_NUMBER_TAKEN',
  'MEMBER_ID_NUMBER_CHECK_LIMIT',
  'MEMBER_NOT_FOUND',
  'MEMBER_ORGANIZATION_KIND',
  'MEMBER_JOIN_DATE_FUTURE',
  'MEMBER_DATE_FUTURE',
  'MEMBER_HOLDER_CHANGED',
  'MEMBER_HOLDER_KIND',
  'MEMBER_NO_HIGHER_UNION',
] as const;

/** Every code the member commands can return besides the organization codes, for API enums and translations. */
export const MEMBER_ERROR_CODES = [
  ...MEMBER_RULE_CODES,
  'ID_FORMAT',
  'ID_CHECKSUM',
  'ID_BIRTH_DATE',
  'ID_REGION',
  'MEMBERSHIP_UNDER_AGE',
  'MEMBERSHIP_INVALID_DATE',
  'MEMBERSHIP_ALREADY_ACTIVE',
  'MEMBERSHIP_ALREADY_RETAINED',
  'MEMBERSHIP_NOT_ACTIVE',
  'MEMBERSHIP_NOT_RETAINED',
  'MEMBERSHIP_NOT_MEMBER',
  'MEMBERSHIP_SAME_ORGANIZATION',
  'MEMBERSHIP_HOLDER_REQUIRED',
  'MEMBERSHIP_DATE_ORDER',
  'MEMBERSHIP_REASON_REQUIRED',
  'MEMBERSHIP_NOT_SPOKEN_TO',
  'MEMBERSHIP_GRACE_NOT_OVER',
] as const;

/** Chinese (zh-CN) text of every member registry error code. */
export const MEMBER_MESSAGES_ZH: Readonly<Record<(typeof MEMBER_ERROR_CODES)[number], string>> = {
  MEMBER_NAME_INVALID: '会员姓名应为1至50个可打印字符',
  MEMBER_PHONE_INVALID: '电话号码应为11位手机号码或带区号的固定电话（如0571-87654321）',
  MEMBER_ID_NUMBER_TAKEN:
    '该身份证号码已登记为会员，一人只能有一条会员记录；会籍所在工会已收到此次登记的记录，可办理会籍转接',
  MEMBER_ID_NUMBER_CHECK_LIMIT:
    '一小时内因身份证号码已登记而被拒绝的登记次数已达上限，本次未予核查，请稍后再试',
  MEMBER_NOT_FOUND: '找不到该会员',
  MEMBER_ORGANIZATION_KIND: '只有基层工会、联合基层工会及其分会、工会小组可以发展会员',
  MEMBER_JOIN_DATE_FUTURE: '入会日期不能晚于今天',
  MEMBER_DATE_FUTURE: '日期不能晚于今天',
  MEMBER_HOLDER_CHANGED: '会籍所在工会已变更，请重新读取会员信息后再办理',
  MEMBER_HOLDER_KIND: '所在单位未建工会的，会籍只能由乡镇（街道）或村（社区）工会代管',
  MEMBER_NO_HIGHER_UNION: '该工会没有上级工会，无法由上级工会代管会籍',
  ID_FORMAT: '身份证号码应为18位（末位可为X）或15位数字',
  ID_CHECKSUM: '身份证号码校验码不正确',
  ID_BIRTH_DATE: '身份证号码中的出生日期不正确',
  ID_REGION: '身份证号码中的地址码不正确',
  MEMBERSHIP_UNDER_AGE: '入会时须年满16周岁',
  MEMBERSHIP_INVALID_DATE: '日期不正确，应为YYYY-MM-DD格式的真实日期',
  MEMBERSHIP_ALREADY_ACTIVE: '该会员的会籍已是正常状态',
  MEMBERSHIP_ALREADY_RETAINED: '该会员的会籍已保留',
  MEMBERSHIP_NOT_ACTIVE: '只有正常状态的会籍可以办理此项',
  MEMBERSHIP_NOT_RETAINED: '只有保留的会籍可以恢复',
  MEMBERSHIP_NOT_MEMBER: '该人员没有正常或保留的会籍',
  MEMBERSHIP_SAME_ORGANIZATION: '会籍已在该工会',
  MEMBERSHIP_HOLDER_REQUIRED: '新单位未建工会的，须指定代管会籍的乡镇（街道）工会',
  MEMBERSHIP_DATE_ORDER: '日期早于当前会籍状态的开始日期',
  MEMBERSHIP_REASON_REQUIRED: '开除会籍须写明理由',
  MEMBERSHIP_NOT_SPOKEN_TO: '须先对会员进行教育（谈话），且在最后一次缴费和参加活动之后',
  MEMBERSHIP_GRACE_NOT_OVER: '连续不缴会费、不参加工会活动尚未满规定月数',
};

/** A stable code of a member registry rule. */
export type MemberRuleCode = (typeof MEMBER_RULE_CODES)[number];

/** A code a member command can return (organization codes included, e.g. `ORG_NOT_FOUND`). */
export type MemberErrorCode =
  | MemberRuleCode
  | IdNumberError
  | MembershipError
  | 'ORG_NOT_FOUND'
  | 'ORG_DISSOLVED';

/** Longest member name, in characters (Unicode code points). */
export const MAX_MEMBER_NAME_LENGTH = 50;

/**
 * Normalises and checks a member's name: trimmed, 1–50 characters (code points), no control,
 * format, bidi or separator character, and at least one visible character.
 */
export function checkMemberName(
  name: string,
  path: readonly string[] = ['name'],
): Result<string, MemberRuleCode> {
  const value = name.trim();
  const problem = nameTextProblem(value, MAX_MEMBER_NAME_LENGTH);
  if (problem !== null) {
    return err(
      'MEMBER_NAME_INVALID',
      `a member's name has 1 to ${MAX_MEMBER_NAME_LENGTH} printable characters; this one ${problem}`,
      { path },
    );
  }
  return ok(value);
}

/** A mainland mobile number: 11 digits starting 13–19. */
const MOBILE = /^1[3-9]\d{9}$/;
/** A mainland landline: area code `0` + 2–3 digits, a hyphen, then 7–8 digits (e.g. `0571-87654321`). */
const LANDLINE = /^0\d{2,3}-\d{7,8}$/;

/**
 * Normalises and checks a phone number; `null` means none. Accepted after removing spaces: a
 * mainland mobile number (11 digits starting 13–19, e.g. `13800000000`), or a landline written
 * with its area code and a hyphen (`0` + 2–3 digits, `-`, 7–8 digits, e.g. `0571-87654321`).
 * No country code, no extension.
 */
export function checkPhone(
  phone: string | null,
  path: readonly string[] = ['phone'],
): Result<string | null, MemberRuleCode> {
  if (phone === null) return ok(null);
  const value = phone.replace(/\s+/g, '');
  if (value === '') return ok(null);
  if (!MOBILE.test(value) && !LANDLINE.test(value)) {
    return err(
      'MEMBER_PHONE_INVALID',
      'a phone number is a mainland mobile number (11 digits starting 13–19) or a landline like 0571-87654321',
      { path },
    );
  }
  return ok(value);
}

/** Masks a birth date for display: the year kept, month and day stars (`1990-**-**`). */
export function maskBirthDate(value: string): string {
  return `${value.slice(0, 4)}-**-**`;
}
