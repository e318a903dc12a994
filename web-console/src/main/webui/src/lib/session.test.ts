import { describe, expect, it } from 'vitest';
import { personName, roleLabel } from './session.svelte';

describe("the person's name", () => {
  it('writes a Korean name family name first, without a space for a one-syllable family name', () => {
    expect(personName({ sub: 's', given_name: '민수', family_name: '김' })).toBe('김민수');
    expect(personName({ sub: 's', given_name: '담당자', family_name: '성북구' })).toBe('성북구 담당자');
  });

  it('writes other names given name first', () => {
    expect(personName({ sub: 's', given_name: 'Jane', family_name: 'Doe' })).toBe('Jane Doe');
  });

  it('falls back to the name, the account name, then the subject', () => {
    expect(personName({ sub: 's', family_name: '박' })).toBe('박');
    expect(personName({ sub: 's', name: '서울시 관리자' })).toBe('서울시 관리자');
    expect(personName({ sub: 's', preferred_username: 'monitor' })).toBe('monitor');
    expect(personName({ sub: 'f3c1' })).toBe('f3c1');
  });

  it('names each platform role in Korean', () => {
    expect(roleLabel('district-officer')).toBe('자치구 담당 (district-officer)');
    expect(roleLabel(null)).toBe('역할 없음');
  });
});
