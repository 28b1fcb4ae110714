// @vitest-environment happy-dom
// The root: with no key it starts at first start; switching the language re-renders every text in English,
// is remembered, and keeps what the expert typed.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../../shared/i18n/translate';
import { App } from '../../../renderer/src/app/App';
import type { OpenOutcome } from '../../../renderer/src/db/open-expert-database';
import { newDatabase } from '../db/expert-db-fixture';
import { fakeHost, memoryStorage } from './app-harness';

const zh = (key: MessageKey): string => translate('zh-CN', key);
const en = (key: MessageKey): string => translate('en-US', key);

describe('App', () => {
  it('starts at first start without a key, and switches language keeping the typed name', async () => {
    const host = fakeHost();
    const storage = memoryStorage();
    const db = newDatabase();
    const open = (): Promise<OpenOutcome> => db.open().then(() => ({ ok: true, db, problems: [] }));
    render(<App makeHost={() => host} openDatabase={open} storage={storage} />);

    const name = await screen.findByLabelText(zh('expertSession.ui.firstStart.name'));
    fireEvent.change(name, { target: { value: '李明' } });
    fireEvent.click(screen.getByRole('radio', { name: zh('expertSession.ui.app.locale.en-US') }));

    const english = await screen.findByLabelText<HTMLInputElement>(en('expertSession.ui.firstStart.name'));
    expect(english.value).toBe('李明');
    expect(screen.getByText(en('expertSession.ui.firstStart.title'))).toBeTruthy();
    expect(storage.getItem('review-desk.locale')).toBe('en-US');
    expect(document.documentElement.lang).toBe('en-US');
    db.close();
  });
});
