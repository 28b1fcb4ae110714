// The remembered export destination is read from storage anyone can edit: unreadable or odd values fall back
// field by field to "another folder, the default one", never to an exception on the export screen.
import { describe, expect, it } from 'vitest';
import { exportsFolder, folderOf, NO_DESTINATION, recallDestination, rememberDestination } from '../../../renderer/src/app/export-destination';
import { memoryStorage } from './app-harness';

const KEY = 'review-desk.export-destination';

describe('export destination', () => {
  it('round-trips what was remembered', () => {
    const storage = memoryStorage();
    const destination = { choice: 'sync' as const, syncFolder: '/mnt/共享', otherFolder: 'E:\\评分' };
    rememberDestination(storage, destination);
    expect(recallDestination(storage)).toEqual(destination);
  });

  it('falls back without storage, for text that is not JSON, and field by field for odd values', () => {
    expect(recallDestination(undefined)).toEqual(NO_DESTINATION);
    const storage = memoryStorage();
    storage.setItem(KEY, '{not json');
    expect(recallDestination(storage)).toEqual(NO_DESTINATION);
    storage.setItem(KEY, JSON.stringify({ choice: 'cloud', syncFolder: '/mnt/共享', otherFolder: 42 }));
    expect(recallDestination(storage)).toEqual({ choice: 'other', syncFolder: '/mnt/共享', otherFolder: '' });
    storage.setItem(KEY, '"just text"');
    expect(recallDestination(storage)).toEqual(NO_DESTINATION);
  });

  it('survives storage that refuses to be read or written', () => {
    const refusing = { getItem: () => { throw new DOMException('denied', 'SecurityError'); }, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(recallDestination(refusing)).toEqual(NO_DESTINATION);
    expect(() => rememberDestination(refusing, NO_DESTINATION)).not.toThrow();
  });

  it('exports to the chosen field, trimmed, and defaults beside the data directory with its own separator', () => {
    expect(folderOf({ choice: 'sync', syncFolder: ' /mnt/共享 ', otherFolder: '/x' })).toBe('/mnt/共享');
    expect(folderOf({ choice: 'other', syncFolder: '/mnt/共享', otherFolder: '' })).toBe('');
    expect(exportsFolder('/home/张/.review-desk/')).toBe('/home/张/.review-desk/exports');
    expect(exportsFolder('C:\\Users\\张\\评审台')).toBe('C:\\Users\\张\\评审台\\exports');
    expect(exportsFolder('')).toBe('');
  });
});
