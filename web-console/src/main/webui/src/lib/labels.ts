// Korean names of the programme's values, as the 2016 plan names them. Each table is keyed by the
// contract's own enum (src/lib/contract): a value a service adds or renames fails svelte-check here
// until it has its Korean name.
import type { Cases, Governance, Monitoring, Training } from './api';

export type Field = Monitoring['Field'];
/** A score column of a round's results: one of the four fields or their mean. */
export type ScoreColumn = keyof Monitoring['FieldScores'];
export const FIELDS: readonly Field[] = ['WELFARE', 'VILLAGE', 'ADMINISTRATION', 'HEALTH'];
export const FIELD_KO: Record<ScoreColumn, string> = { WELFARE: '복지', VILLAGE: '마을', ADMINISTRATION: '행정', HEALTH: '건강', mean: '평균' };
export const ROUND_STATUS_KO: Record<Monitoring['RoundStatus'], string> = { PLANNED: '계획', IN_PROGRESS: '진행 중', COMPLETED: '완료' };
export const CONSULTING_STATUS: readonly Monitoring['ConsultingStatus'][] = ['OPEN', 'ASSIGNED', 'SCHEDULED', 'VISITED', 'REPORTED', 'CLOSED', 'CANCELLED', 'WITHDRAWN'];
export const CONSULTING_STATUS_KO: Record<Monitoring['ConsultingStatus'], string> = {
  OPEN: '배정 대기', ASSIGNED: '배정됨', SCHEDULED: '방문 예정', VISITED: '방문함', REPORTED: '보고함', CLOSED: '종결', CANCELLED: '취소', WITHDRAWN: '철회',
};
export const CASE_STATUS: readonly Cases['CaseStatus'][] = ['NOMINATED', 'DRAFTING', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED', 'WITHDRAWN'];
export const CASE_STATUS_KO: Record<Cases['CaseStatus'], string> = {
  NOMINATED: '추천됨', DRAFTING: '작성 중', IN_REVIEW: '검토 중', PUBLISHED: '게시됨', ARCHIVED: '보관', WITHDRAWN: '철회',
};
export const COHORT_STATUS_KO: Record<Training['CohortStatus'], string> = { PLANNED: '계획', OPEN: '모집 중', CLOSED: '모집 마감', COMPLETED: '수료', CANCELLED: '취소' };
export const ENROLMENT_STATUS_KO: Record<Training['EnrolmentStatus'], string> = { ENROLLED: '등록', WAITLISTED: '대기', CANCELLED: '취소' };
export const ATTENDANCE_KO: Record<Training['AttendanceStatus'], string> = { PRESENT: '출석', LATE: '지각', ABSENT: '결석', EXCUSED: '공결' };
export const ACTION_STATUS_KO: Record<Governance['ActionItemStatus'], string> = { OPEN: '미착수', IN_PROGRESS: '진행 중', DONE: '완료', DROPPED: '중단' };
export const TARGET_AUDIENCE_KO: Record<Training['TargetAudience'], string> = {
  CIVIL_SERVANT: '공무원', PRIVATE_WELFARE_WORKER: '민간 복지기관 종사자', RESIDENT: '주민', INSTRUCTOR: '강사',
  SUPPORT_TEAM: '자치구 추진지원단',
};
export const COUNCIL_KIND_KO: Record<Governance['CouncilKind'], string> = {
  METROPOLITAN: '광역 민관협력 협의체', DISTRICT: '자치구 민관협력 협의체', TASK_FORCE: '민관협력 T/F', ADVISORY: '자문위원회',
  EDUCATION_PLANNING: '교육기획위원회', DISTRICT_SUPPORT_TEAM: '자치구 추진지원단', CITY_TASKFORCE: '시 추진단',
  STEERING_COMMITTEE: '운영위원회', SUPPORT_TEAM_NETWORK: '추진지원단 연석회의',
};
export const MEETING_STATUS_KO: Record<Governance['MeetingStatus'], string> = { SCHEDULED: '예정', HELD: '개최', CANCELLED: '취소' };
/** 매뉴얼: a version's life cycle, in its order. */
export const MANUAL_STATUS: readonly Cases['ManualVersionStatus'][] = ['DRAFTING', 'IN_REVIEW', 'APPROVED', 'DISTRIBUTED'];
export const MANUAL_STATUS_KO: Record<Cases['ManualVersionStatus'], string> = { DRAFTING: '작성 중', IN_REVIEW: '검토 중', APPROVED: '승인됨', DISTRIBUTED: '배포됨' };
export const MANUAL_KIND_KO: Record<Cases['ManualKind'], string> = { MANUAL: '매뉴얼', HANDBOOK: '핸드북', GUIDELINE: '지침' };
export const MANUAL_AUDIENCE_KO: Record<Cases['ManualAudience'], string> = {
  NEW_CIVIL_SERVANT: '신규 공무원', SERVING_CIVIL_SERVANT: '재직 공무원', PRIVATE_WELFARE_WORKER: '민간 복지기관 종사자',
  RESIDENT: '주민', INSTRUCTOR: '강사', SUPPORT_TEAM: '자치구 추진지원단',
};
export const CHANNEL_KO: Record<Cases['ManualDistributionChannel'], string> = { PRINT: '인쇄본', WEB: '누리집', BRIEFING: '설명회' };
export const QUESTION_STATUS_KO: Record<Cases['Status1'], string> = { OPEN: '답변 대기', ANSWERED: '답변함', PUBLISHED_AS_FAQ: 'FAQ 게시' };
/** The monitoring report's organisers and audiences (strings there, not enums): the city, then training's audiences. */
export const ORGANISER_KO: Record<string, string> = { CITY: '서울시' };
export const WAVE_KIND_KO: Record<Monitoring['WaveKind'], string> = { BASELINE: '기준', FOLLOW_UP: '사후' };

/** A value's Korean name from a table; a value the table does not know shows as itself, none as –. */
export const label = (table: Record<string, string>, value: string | null | undefined) => (value == null ? '–' : (table[value] ?? value));

/** The keys of a label table, in its order (for a select's options), typed as the enum. */
export const keysOf = <K extends string>(labels: Record<K, string>) => Object.keys(labels) as K[];

// The plans' amounts are in thousand won (천원), as the 2016 plan states them.
export const thousandWon = (n: number | null | undefined) => (n == null ? '–' : n.toLocaleString('ko-KR') + '천원');
export const num = (n: number | null | undefined, digits = 1) => (n == null ? '–' : n.toFixed(digits));
export const dateTime = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString('ko-KR', { timeZone: 'Asia/Seoul', dateStyle: 'medium', timeStyle: 'short' }) : '–';

/** A year-month ("2016-04") as its month in Korean ("4월"); anything else as it is. */
export const monthKo = (yearMonth: string) => {
  const m = /^\d{4}-(\d{2})$/.exec(yearMonth);
  return m ? `${Number(m[1])}월` : yearMonth;
};
