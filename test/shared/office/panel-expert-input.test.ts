// The roster form's checks: a name is required, a typed fingerprint is read as people write it (groups, any
// case, spaces, `:` or `-`) or refused, and a key another expert already has is refused; text is trimmed.
import { describe, expect, it } from 'vitest';
import type { RosterEntry } from '../../../shared/files/session-payload';
import { checkExpertInput, EMPTY_EXPERT_INPUT, expertInputOf } from '../../../shared/office/panel-expert-input';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { parseTypedFingerprint } from '../../../shared/util/typed-fingerprint';

const HEX = '0123456789abcdef'.repeat(4);
const entry = (expertId: string, keyFingerprint: string | null): RosterEntry => ({ expertId, name: `专家${expertId}`, organisation: '', title: '', city: '', keyFingerprint });

describe('typed fingerprints', () => {
  it('reads grouped, upper-case, colon- and dash-separated text as the same 64 lowercase digits', () => {
    expect(parseTypedFingerprint(groupedFingerprint(HEX))).toBe(HEX);
    expect(parseTypedFingerprint(HEX.toUpperCase().match(/../g)?.join(':') ?? '')).toBe(HEX);
    expect(parseTypedFingerprint(` ${groupedFingerprint(HEX).replaceAll(' ', '-')} `)).toBe(HEX);
  });

  it('refuses 63 or 65 digits and a letter beyond f', () => {
    expect(parseTypedFingerprint(HEX.slice(1))).toBeNull();
    expect(parseTypedFingerprint(`${HEX}0`)).toBeNull();
    expect(parseTypedFingerprint(`g${HEX.slice(1)}`)).toBeNull();
  });
});

describe('checkExpertInput', () => {
  it('requires a name and says so on the name', () => {
    const checked = checkExpertInput({ ...EMPTY_EXPERT_INPUT, name: '  ', city: '海宁湾市' }, []);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors).toEqual({ name: { key: 'officePanel.expert.error.nameRequired' } });
  });

  it('trims the text and stores the fingerprint as 64 lowercase digits; empty is not known yet', () => {
    const checked = checkExpertInput({ name: ' 张三 ', organisation: ' 示例馆', title: '', city: '海宁湾市 ', keyFingerprint: groupedFingerprint(HEX) }, []);
    expect(checked).toEqual({ ok: true, details: { name: '张三', organisation: '示例馆', title: '', city: '海宁湾市', keyFingerprint: HEX } });
    const none = checkExpertInput({ ...EMPTY_EXPERT_INPUT, name: '李四', keyFingerprint: '   ' }, []);
    expect(none.ok && none.details.keyFingerprint).toBeNull();
  });

  it('refuses a fingerprint that is not 64 hex digits, on the fingerprint field', () => {
    const checked = checkExpertInput({ ...EMPTY_EXPERT_INPUT, name: '张三', keyFingerprint: 'ABCD 1234' }, []);
    expect(!checked.ok && checked.errors).toEqual({ keyFingerprint: { key: 'officePanel.expert.error.fingerprintNotHex' } });
  });

  it('refuses another expert’s key but not the edited expert’s own', () => {
    const roster = [entry('E1', HEX), entry('E2', null)];
    const clash = checkExpertInput({ ...EMPTY_EXPERT_INPUT, name: '张三', keyFingerprint: HEX.toUpperCase() }, roster, 'E2');
    expect(!clash.ok && clash.errors.keyFingerprint).toEqual({ key: 'officePanel.expert.error.fingerprintTaken', params: { name: '专家E1', expertId: 'E1' } });
    expect(checkExpertInput({ ...EMPTY_EXPERT_INPUT, name: '专家E1', keyFingerprint: HEX }, roster, 'E1').ok).toBe(true);
  });

  it('opens an entry for editing with its key in groups, which saves back unchanged', () => {
    const first = entry('E1', HEX);
    const input = expertInputOf(first);
    expect(input.keyFingerprint).toBe(groupedFingerprint(HEX));
    expect(checkExpertInput(input, [first], 'E1')).toEqual({ ok: true, details: { name: '专家E1', organisation: '', title: '', city: '', keyFingerprint: HEX } });
    expect(expertInputOf(entry('E2', null)).keyFingerprint).toBe('');
  });
});
