import type { DomainError } from '../kernel/result.js';

/** Stable codes of the collective-bargaining and collective-contract rules, for API enums and translations. */
export const BARGAINING_ERROR_CODES = [
  'BARGAINING_SIDE_TOO_SMALL',
  'BARGAINING_SIDE_TOO_LARGE',
  'BARGAINING_EMPLOYER_SIDE_LARGER',
  'BARGAINING_TOO_MANY_OUTSIDE_EXPERTS',
  'BARGAINING_REPLY_LATE',
  'BARGAINING_DOCUMENTS_LATE',
  'BARGAINING_OVERRUN',
  'BARGAINING_COUNTS_INVALID',
  'BARGAINING_DATE_INVALID',
  'BARGAINING_DATES_REVERSED',
  'CONTRACT_QUORUM_NOT_MET',
  'CONTRACT_NOT_APPROVED',
  'CONTRACT_TERM_TOO_SHORT',
  'CONTRACT_TERM_TOO_LONG',
  'CONTRACT_FILING_LATE',
  'CONTRACT_OBJECTED',
  'CALENDAR_DATE_INVALID',
  'CALENDAR_DAY_CONFLICT',
  'CALENDAR_WORKDAY_NOT_WEEKEND',
  'CALENDAR_TOO_LARGE',
  'BARGAINING_CASE_NOT_FOUND',
  'BARGAINING_OUT_OF_ORDER',
  'BARGAINING_EMPLOYER_INVALID',
  'BARGAINING_RULES_UNKNOWN',
  'CONTRACT_OBJECTION_LATE',
  'CONTRACT_VOTES_EXHAUSTED',
] as const;

/** A stable code of a collective-bargaining, collective-contract or working-calendar rule. */
export type BargainingErrorCode = (typeof BARGAINING_ERROR_CODES)[number];

/** A broken collective-bargaining rule: what, where (`path`) and the numbers behind it (`details`). */
export type BargainingViolation = DomainError<BargainingErrorCode>;

/** Chinese (zh-CN) text of every collective-bargaining code. */
export const BARGAINING_MESSAGES_ZH: Readonly<Record<BargainingErrorCode, string>> = {
  BARGAINING_SIDE_TOO_SMALL: '每方协商代表至少3人，职工人数较多的企业每方至少5人',
  BARGAINING_SIDE_TOO_LARGE: '每方协商代表人数超过上限（宁波市每方3至10人）',
  BARGAINING_EMPLOYER_SIDE_LARGER: '用人单位一方的协商代表人数不得多于职工一方',
  BARGAINING_TOO_MANY_OUTSIDE_EXPERTS: '委托的本单位以外专业人员不得超过本方协商代表的三分之一',
  BARGAINING_REPLY_LATE: '应当在收到协商要求之日起10个工作日内书面回应',
  BARGAINING_DOCUMENTS_LATE: '协商资料应当在协商会议7日前提供给对方',
  BARGAINING_OVERRUN: '集体协商应当在开始之日起30个工作日内完成',
  BARGAINING_COUNTS_INVALID: '人数不正确：应为非负整数，且不能多于其所属的总人数',
  BARGAINING_DATE_INVALID: '日期不正确，应为YYYY-MM-DD格式的真实日期',
  BARGAINING_DATES_REVERSED: '日期先后顺序不正确',
  CONTRACT_QUORUM_NOT_MET: '到会职工代表不足全体代表的三分之二，不能表决集体合同草案',
  CONTRACT_NOT_APPROVED: '同意的人数未超过全体职工代表的半数，集体合同草案未获通过',
  CONTRACT_TERM_TOO_SHORT: '集体合同期限不得少于1年',
  CONTRACT_TERM_TOO_LONG: '集体合同期限不得超过3年',
  CONTRACT_FILING_LATE: '集体合同应当自签订之日起10日内报送劳动保障行政部门',
  CONTRACT_OBJECTED: '劳动保障行政部门在15日内提出异议，集体合同未生效',
  CALENDAR_DATE_INVALID: '工作日历中的日期不正确，应为YYYY-MM-DD格式的真实日期',
  CALENDAR_DAY_CONFLICT: '同一天不能既是节假日又是调休上班日',
  CALENDAR_WORKDAY_NOT_WEEKEND: '调休上班日应为星期六或星期日',
  CALENDAR_TOO_LARGE: '工作日历的日期过多',
  BARGAINING_CASE_NOT_FOUND: '集体协商不存在',
  BARGAINING_OUT_OF_ORDER:
    '集体协商的步骤顺序不正确：须依次为协商要求、书面回应、确定协商代表、协商会议、结束协商、职工代表大会表决、报送备案',
  BARGAINING_EMPLOYER_INVALID: '用人单位名称应为1至100个可见字符',
  BARGAINING_RULES_UNKNOWN: '没有这一集体协商规则',
  CONTRACT_OBJECTION_LATE: '异议期已过，集体合同已经生效',
  CONTRACT_VOTES_EXHAUSTED: '职工代表大会已多次否决本次协商的合同草案，请结束本次协商并重新提出协商要求',
};
