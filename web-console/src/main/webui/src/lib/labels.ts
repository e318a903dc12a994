// Korean names of the programme's values, as the 2016 plan names them.
export const FIELDS = ['WELFARE', 'VILLAGE', 'ADMINISTRATION', 'HEALTH'] as const;
export type Field = (typeof FIELDS)[number];
export const FIELD_KO: Record<string, string> = { WELFARE: '복지', VILLAGE: '마을', ADMINISTRATION: '행정', HEALTH: '건강', mean: '평균' };
export const ROUND_STATUS_KO: Record<string, string> = { PLANNED: '계획', IN_PROGRESS: '진행 중', COMPLETED: '완료' };
export const CONSULTING_STATUS = ['OPEN', 'ASSIGNED', 'SCHEDULED', 'VISITED', 'REPORTED', 'CLOSED', 'CANCELLED', 'WITHDRAWN'] as const;
export const CONSULTING_STATUS_KO: Record<string, string> = {
  OPEN: '배정 대기', ASSIGNED: '배정됨', SCHEDULED: '방문 예정', VISITED: '방문함', REPORTED: '보고함', CLOSED: '종결', CANCELLED: '취소', WITHDRAWN: '철회',
};
export const CASE_STATUS = ['NOMINATED', 'DRAFTING', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED', 'WITHDRAWN'] as const;
export const CASE_STATUS_KO: Record<string, string> = {
  NOMINATED: '추천됨', DRAFTING: '작성 중', IN_REVIEW: '검토 중', PUBLISHED: '게시됨', ARCHIVED: '보관', WITHDRAWN: '철회',
};
export const COHORT_STATUS_KO: Record<string, string> = { PLANNED: '계획', OPEN: '모집 중', CLOSED: '모집 마감', COMPLETED: '수료', CANCELLED: '취소' };
export const ENROLMENT_STATUS_KO: Record<string, string> = { ENROLLED: '등록', WAITLISTED: '대기', CANCELLED: '취소' };
export const ATTENDANCE_KO: Record<string, string> = { PRESENT: '출석', LATE: '지각', ABSENT: '결석', EXCUSED: '공결' };
export const ACTION_STATUS_KO: Record<string, string> = { OPEN: '미착수', IN_PROGRESS: '진행 중', DONE: '완료', DROPPED: '중단' };

// The plans' amounts are in thousand won (천원), as the 2016 plan states them.
export const thousandWon = (n: number | null | undefined) => (n == null ? '–' : n.toLocaleString('ko-KR') + '천원');
export const num = (n: number | null | undefined, digits = 1) => (n == null ? '–' : n.toFixed(digits));
export const dateTime = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString('ko-KR', { timeZone: 'Asia/Seoul', dateStyle: 'medium', timeStyle: 'short' }) : '–';
