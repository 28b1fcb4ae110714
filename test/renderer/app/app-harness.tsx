// Renders a workspace screen as the app does: inside antd's ConfigProvider and the app context, with a fake
// host (each method a vi.fn the test may replace), a database on its own fake IndexedDB, the real save
// queue and an in-memory Storage.
import { cleanup, render, type RenderResult } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { afterEach, vi } from 'vitest';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import type { Locale } from '../../../shared/i18n/translate';
import { AppContext, contextValue } from '../../../renderer/src/app/app-context';
import type { AppHost } from '../../../renderer/src/app/app-host';
import type { ExpertDatabase } from '../../../renderer/src/db/expert-database';
import { createSaveQueue, type SaveQueue } from '../../../renderer/src/db/save-queue';

afterEach(cleanup);

export const KEY = 'd'.repeat(64);

export const identity = (name: string): NonNullable<HostResult<'getIdentity'>> => ({
  name,
  role: 'expert',
  fingerprint: KEY,
  publicKey: 'public-key',
  x25519PublicKey: 'x25519-key',
  createdAt: '2026-11-27T09:00:00.000Z',
  keyFile: '/data/key.json',
  protection: 'file-permissions',
});

/** A host whose calls fail unless the test says otherwise: a screen calling what it should not shows up. */
export function fakeHost(): { [M in keyof AppHost]: ReturnType<typeof vi.fn<AppHost[M]>> } {
  const unexpected = (name: string) => () => Promise.reject(new Error(`unexpected host call: ${name}`));
  return {
    getHostInfo: vi.fn<AppHost['getHostInfo']>(() => Promise.resolve({ version: '0.1.0', host: 'web', dataDir: '/data', dialogs: false })),
    chooseFolder: vi.fn<AppHost['chooseFolder']>(unexpected('chooseFolder')),
    chooseSaveFile: vi.fn<AppHost['chooseSaveFile']>(unexpected('chooseSaveFile')),
    getIdentity: vi.fn<AppHost['getIdentity']>(() => Promise.resolve(null)),
    createIdentity: vi.fn<AppHost['createIdentity']>(unexpected('createIdentity')),
    openSession: vi.fn<AppHost['openSession']>(unexpected('openSession')),
    exportScores: vi.fn<AppHost['exportScores']>(unexpected('exportScores')),
    upload: vi.fn<AppHost['upload']>(unexpected('upload')),
    fetchDocument: vi.fn<AppHost['fetchDocument']>(unexpected('fetchDocument')),
    writeSessionFile: vi.fn<AppHost['writeSessionFile']>(unexpected('writeSessionFile')),
    readStandard: vi.fn<AppHost['readStandard']>(unexpected('readStandard')),
    saveStandardTemplate: vi.fn<AppHost['saveStandardTemplate']>(unexpected('saveStandardTemplate')),
    standardTemplateUrl: vi.fn<AppHost['standardTemplateUrl']>(() => '/api/templates/standard.xlsx?locale=zh-CN'),
    importPackages: vi.fn<AppHost['importPackages']>(unexpected('importPackages')),
    assembleFromUploads: vi.fn<AppHost['assembleFromUploads']>(unexpected('assembleFromUploads')),
    importScores: vi.fn<AppHost['importScores']>(unexpected('importScores')),
    officeSessionOverview: vi.fn<AppHost['officeSessionOverview']>(unexpected('officeSessionOverview')),
    officeResults: vi.fn<AppHost['officeResults']>(unexpected('officeResults')),
    listOfficeSessions: vi.fn<AppHost['listOfficeSessions']>(unexpected('listOfficeSessions')),
    officeAuditLog: vi.fn<AppHost['officeAuditLog']>(unexpected('officeAuditLog')),
    exportAuditLog: vi.fn<AppHost['exportAuditLog']>(unexpected('exportAuditLog')),
    writeSessionReports: vi.fn<AppHost['writeSessionReports']>(unexpected('writeSessionReports')),
    officeSuggestionLists: vi.fn<AppHost['officeSuggestionLists']>(unexpected('officeSuggestionLists')),
    signSuggestionList: vi.fn<AppHost['signSuggestionList']>(unexpected('signSuggestionList')),
    // Nothing double-clicked unless the test says so: the app asks at every start.
    takeOpenRequests: vi.fn<AppHost['takeOpenRequests']>(() => Promise.resolve({ files: [], more: false })),
    stageOutcomes: vi.fn<AppHost['stageOutcomes']>(unexpected('stageOutcomes')),
    confirmStageOutcomes: vi.fn<AppHost['confirmStageOutcomes']>(unexpected('confirmStageOutcomes')),
    programmeOverview: vi.fn<AppHost['programmeOverview']>(unexpected('programmeOverview')),
    addCounties: vi.fn<AppHost['addCounties']>(unexpected('addCounties')),
    recordTransition: vi.fn<AppHost['recordTransition']>(unexpected('recordTransition')),
    recordProgressReport: vi.fn<AppHost['recordProgressReport']>(unexpected('recordProgressReport')),
    setProgressReportStatus: vi.fn<AppHost['setProgressReportStatus']>(unexpected('setProgressReportStatus')),
    programmeSettings: vi.fn<AppHost['programmeSettings']>(unexpected('programmeSettings')),
    setProgrammeSettings: vi.fn<AppHost['setProgrammeSettings']>(unexpected('setProgrammeSettings')),
    writeProgrammeOverview: vi.fn<AppHost['writeProgrammeOverview']>(unexpected('writeProgrammeOverview')),
    writeCountyTimeline: vi.fn<AppHost['writeCountyTimeline']>(unexpected('writeCountyTimeline')),
  };
}

/** Storage kept in a Map, as localStorage behaves. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

export interface ScreenOptions {
  host: AppHost;
  db: ExpertDatabase;
  storage?: Storage;
  locale?: Locale;
  queue?: SaveQueue;
}

export function renderScreen(ui: ReactNode, options: ScreenOptions): RenderResult & { queue: SaveQueue } {
  const queue = options.queue ?? createSaveQueue(options.db);
  const value = contextValue({ host: options.host, db: options.db, queue, storage: options.storage ?? memoryStorage(), locale: options.locale ?? 'zh-CN' });
  const view = render(
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <AppContext.Provider value={value}>{ui}</AppContext.Provider>
    </ConfigProvider>,
  );
  return { ...view, queue };
}
