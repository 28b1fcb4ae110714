// @vitest-environment happy-dom
// 基本信息: a new session is created only with a name, a batch from 1 to 20 (or none) and a last day not
// before the first; each refusal says why at the field. The name follows the suggestion from stage and batch
// until the office types its own. Editing an existing draft saves each valid change and none that is not.
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DraftBasics } from '../../../shared/office/session-draft';
import { BasicsForm } from '../../../renderer/src/office/basics/BasicsForm';
import { newOfficeDatabase } from './office-fixture';
import { renderOffice, zh } from './office-harness';

const field = (key: Parameters<typeof zh>[0]): HTMLInputElement => screen.getByLabelText<HTMLInputElement>(zh(key));
const type = (key: Parameters<typeof zh>[0], value: string): void => void fireEvent.change(field(key), { target: { value } });
const create = (): void => void fireEvent.click(screen.getByRole('button', { name: zh('officeWorkspace.basics.create') }));
const errorOf = (input: HTMLInputElement): string | null => {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((element) => element?.getAttribute('role') === 'alert');
  return error?.textContent ?? null;
};

function renderCreate(): { onCreate: ReturnType<typeof vi.fn<(basics: DraftBasics) => void>> } {
  const onCreate = vi.fn<(basics: DraftBasics) => void>();
  renderOffice(<BasicsForm mode="create" onCreate={onCreate} />, { db: newOfficeDatabase() });
  return { onCreate };
}

function fillDates(startsOn: string, endsOn: string): void {
  type('officeWorkspace.basics.startsOn', startsOn);
  type('officeWorkspace.basics.endsOn', endsOn);
}

describe('BasicsForm (new session)', () => {
  it('suggests a name from stage and batch, and creates the session with what was chosen', () => {
    const { onCreate } = renderCreate();
    expect(field('officeWorkspace.basics.name').value).toBe('示范县资格评审');
    type('officeWorkspace.basics.batch', '2');
    fireEvent.click(screen.getByRole('radio', { name: zh('standard.stage.midterm') }));
    expect(field('officeWorkspace.basics.name').value).toBe('第2批示范县中期检查');
    fillDates('2026-12-01', '2026-12-01');
    create();
    expect(onCreate).toHaveBeenCalledWith({ stage: 'midterm', batch: 2, name: '第2批示范县中期检查', startsOn: '2026-12-01', endsOn: '2026-12-01' });
  });

  it('refuses an empty name, saying so at the field', () => {
    const { onCreate } = renderCreate();
    type('officeWorkspace.basics.name', '   ');
    fillDates('2026-12-01', '2026-12-02');
    create();
    const name = field('officeWorkspace.basics.name');
    expect(errorOf(name)).toBe(zh('officeWorkspace.basics.error.nameRequired'));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(onCreate).not.toHaveBeenCalled();
    // The suggestion brings a name back, and the message goes.
    fireEvent.click(screen.getByRole('button', { name: zh('officeWorkspace.basics.useSuggestion', { name: '示范县资格评审' }) }));
    expect(errorOf(field('officeWorkspace.basics.name'))).toBeNull();
    create();
    expect(onCreate).toHaveBeenCalledOnce();
  });

  it('refuses a last day before the first, and missing dates', () => {
    const { onCreate } = renderCreate();
    create();
    expect(errorOf(field('officeWorkspace.basics.startsOn'))).toBe(zh('officeWorkspace.basics.error.startRequired'));
    expect(errorOf(field('officeWorkspace.basics.endsOn'))).toBe(zh('officeWorkspace.basics.error.endRequired'));
    fillDates('2026-12-03', '2026-12-02');
    expect(errorOf(field('officeWorkspace.basics.startsOn'))).toBeNull();
    expect(errorOf(field('officeWorkspace.basics.endsOn'))).toBe(zh('officeWorkspace.basics.error.endBeforeStart'));
    create();
    expect(onCreate).not.toHaveBeenCalled();
    type('officeWorkspace.basics.endsOn', '2026-12-03');
    expect(errorOf(field('officeWorkspace.basics.endsOn'))).toBeNull();
    create();
    expect(onCreate).toHaveBeenCalledOnce();
  });

  it('takes a batch from 1 to 20 or none, and refuses anything else', () => {
    const { onCreate } = renderCreate();
    fillDates('2026-12-01', '2026-12-02');
    for (const batch of ['0', '21', '1.5', '二', '-1']) {
      type('officeWorkspace.basics.batch', batch);
      create();
      expect(errorOf(field('officeWorkspace.basics.batch')), batch).toBe(zh('officeWorkspace.basics.error.batchRange'));
    }
    expect(onCreate).not.toHaveBeenCalled();
    type('officeWorkspace.basics.batch', '20');
    expect(errorOf(field('officeWorkspace.basics.batch'))).toBeNull();
    create();
    expect(onCreate).toHaveBeenLastCalledWith(expect.objectContaining({ batch: 20 }));
    type('officeWorkspace.basics.batch', '');
    create();
    expect(onCreate.mock.lastCall?.[0]).not.toHaveProperty('batch');
  });
});

describe('BasicsForm (existing draft)', () => {
  it('passes on each valid change and holds back an invalid one, showing why', () => {
    const onChange = vi.fn<(basics: DraftBasics) => void>();
    const basics: DraftBasics = { stage: 'qualification', batch: 2, name: '第二批资格评审会', startsOn: '2026-12-01', endsOn: '2026-12-03' };
    renderOffice(<BasicsForm mode="edit" basics={basics} onChange={onChange} />, { db: newOfficeDatabase() });
    expect(field('officeWorkspace.basics.name').value).toBe('第二批资格评审会');
    type('officeWorkspace.basics.endsOn', '2026-11-30');
    expect(errorOf(field('officeWorkspace.basics.endsOn'))).toBe(zh('officeWorkspace.basics.error.endBeforeStart'));
    expect(onChange).not.toHaveBeenCalled();
    type('officeWorkspace.basics.endsOn', '2026-12-04');
    expect(onChange).toHaveBeenLastCalledWith({ ...basics, endsOn: '2026-12-04' });
    type('officeWorkspace.basics.name', '');
    expect(errorOf(field('officeWorkspace.basics.name'))).toBe(zh('officeWorkspace.basics.error.nameRequired'));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
