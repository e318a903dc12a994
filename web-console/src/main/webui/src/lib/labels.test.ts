import { describe, expect, it } from 'vitest';
import {
  ATTENDANCE_KO, CASE_STATUS, CASE_STATUS_KO, CONSULTING_STATUS, CONSULTING_STATUS_KO, FIELDS, FIELD_KO, MANUAL_STATUS, MANUAL_STATUS_KO, TARGET_AUDIENCE_KO,
  dateTime, keysOf, label, monthKo, num, thousandWon,
} from './labels';

describe('labels', () => {
  it('names the four fields as the 2016 plan does, and their mean', () => {
    expect(FIELDS.map((f) => FIELD_KO[f])).toEqual(['복지', '마을', '행정', '건강']);
    expect(FIELD_KO.mean).toBe('평균');
  });

  it('has a Korean name for every workflow state it lists, in workflow order', () => {
    expect(CONSULTING_STATUS.map((s) => CONSULTING_STATUS_KO[s])).toEqual(['배정 대기', '배정됨', '방문 예정', '방문함', '보고함', '종결', '취소', '철회']);
    expect(CASE_STATUS.map((s) => CASE_STATUS_KO[s])).toEqual(['추천됨', '작성 중', '검토 중', '게시됨', '보관', '철회']);
  });

  it('shows a value the table does not know as itself, and none as a dash', () => {
    expect(label(TARGET_AUDIENCE_KO, 'CIVIL_SERVANT')).toBe('공무원');
    expect(label(TARGET_AUDIENCE_KO, 'ASTRONAUT')).toBe('ASTRONAUT');
    expect(label(TARGET_AUDIENCE_KO, null)).toBe('–');
    expect(label(TARGET_AUDIENCE_KO, undefined)).toBe('–');
  });

  it('lists a table\'s keys in its order (a select\'s options)', () => {
    expect(keysOf(ATTENDANCE_KO)).toEqual(['PRESENT', 'LATE', 'ABSENT', 'EXCUSED']);
  });
});

describe('formatting', () => {
  it('writes plan amounts in thousand won with Korean digit grouping', () => {
    expect(thousandWon(2_451_000)).toBe('2,451,000천원');
    expect(thousandWon(0)).toBe('0천원');
    expect(thousandWon(null)).toBe('–');
    expect(thousandWon(undefined)).toBe('–');
  });

  it('rounds numbers to the digits asked (one by default), a dash for none', () => {
    expect(num(71.46)).toBe('71.5');
    expect(num(71.44)).toBe('71.4');
    expect(num(93.083, 2)).toBe('93.08');
    expect(num(66, 0)).toBe('66');
    expect(num(0)).toBe('0.0');
    expect(num(null)).toBe('–');
  });

  it('shows instants in Seoul time, whatever the computer\'s zone', () => {
    // 23:30 UTC is 08:30 the next morning in Seoul (UTC+9).
    // (Node built without Korean locale data writes AM for 오전: the date and time are asserted.)
    const shown = dateTime('2016-07-14T23:30:00Z');
    expect(shown).toMatch(/^2016\. 7\. 15\./);
    expect(shown).toMatch(/(오전|AM) 8:30$/);
    expect(dateTime(null)).toBe('–');
    expect(dateTime('')).toBe('–');
  });
});

describe('the new screens\' names', () => {
  it('names a manual version\'s states in their order', () => {
    expect(MANUAL_STATUS.map((s) => MANUAL_STATUS_KO[s])).toEqual(['작성 중', '검토 중', '승인됨', '배포됨']);
  });

  it('writes a quota month as its month in Korean', () => {
    expect(monthKo('2016-04')).toBe('4월');
    expect(monthKo('2016-12')).toBe('12월');
    expect(monthKo('합계')).toBe('합계');
  });
});
