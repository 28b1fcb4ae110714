// What the workspace needs from the machine: the host API's calls it makes, plus the byte routes outside the
// JSON contract (uploading a dropped file, reading a document, downloading the standard's template). Screens
// get it from the app context, never by importing the page client, so component tests inject a fake and the
// Electron binding can later supply its own.
import type { HostParams, HostProgress, HostResult } from '../../../shared/contract/host-api-spec';
import {
  documentPath,
  standardTemplatePath,
  UPLOAD_CONTENT_TYPE,
  UPLOAD_NAME_HEADER,
  UPLOADS_PATH,
  uploadResultSchema,
  type UploadResult,
} from '../../../shared/contract/document-routes';
import { translate, type Locale } from '../../../shared/i18n/translate';
import type { HostApiSpec } from '../../../shared/contract/host-api-spec';
import type { ReviewDeskBridge } from '../../../shared/contract/ipc-channels';
import { createHostClient, HostCallError, hostResponseSchema, type SpecClient } from '../host-client';
import { createBridgeClient, findReviewDeskBridge } from './bridge-host-client';

export interface AppHost {
  getHostInfo(): Promise<HostResult<'getHostInfo'>>;
  /** The host's folder dialog; only where getHostInfo says `dialogs: true`. */
  chooseFolder(params: HostParams<'chooseFolder'>): Promise<HostResult<'chooseFolder'>>;
  /** The host's save dialog for a file the app writes; only where getHostInfo says `dialogs: true`. */
  chooseSaveFile(params: HostParams<'chooseSaveFile'>): Promise<HostResult<'chooseSaveFile'>>;
  getIdentity(): Promise<HostResult<'getIdentity'>>;
  createIdentity(params: HostParams<'createIdentity'>): Promise<HostResult<'createIdentity'>>;
  openSession(params: HostParams<'openSession'>, onProgress?: (progress: HostProgress) => void): Promise<HostResult<'openSession'>>;
  exportScores(params: HostParams<'exportScores'>): Promise<HostResult<'exportScores'>>;
  /** The office's draft signed and written for the experts (and kept in the office's workspace). */
  writeSessionFile(params: HostParams<'writeSessionFile'>, onProgress?: (progress: HostProgress) => void): Promise<HostResult<'writeSessionFile'>>;
  /** Hands the host a file the user chose or dropped; the answer's path is for openSession. */
  upload(file: File): Promise<UploadResult>;
  /** A document of an opened session, typed from its file name when the type is allowed. */
  fetchDocument(sha256: string, fileName: string): Promise<Blob>;
  /** The office's creation standard from a file (a path from upload): the standard, or every problem by row. */
  readStandard(params: HostParams<'readStandard'>): Promise<HostResult<'readStandard'>>;
  /** Writes the standard's Excel template to a path (Electron's save dialog; the browser downloads instead). */
  saveStandardTemplate(params: HostParams<'saveStandardTemplate'>): Promise<HostResult<'saveStandardTemplate'>>;
  /** Where the browser downloads the standard's Excel template, named in the current language. */
  standardTemplateUrl(): string;
  /** Application packages (.zip paths from upload), each imported all or nothing; one line per package. */
  importPackages(params: HostParams<'importPackages'>, onProgress?: (progress: HostProgress) => void): Promise<HostResult<'importPackages'>>;
  /** A package assembled from uploaded loose files and the county the office typed, then imported. */
  assembleFromUploads(params: HostParams<'assembleFromUploads'>, onProgress?: (progress: HostProgress) => void): Promise<HostResult<'assembleFromUploads'>>;
  /** Experts' .rdscores (uploaded paths or a folder) taken into a sent session's workspace; one line per file. */
  importScores(params: HostParams<'importScores'>, onProgress?: (progress: HostProgress) => void): Promise<HostResult<'importScores'>>;
  /** A sent session with who has handed in what; refused until the session file has been exported. */
  officeSessionOverview(params: HostParams<'officeSessionOverview'>): Promise<HostResult<'officeSessionOverview'>>;
  /** The panel's results from each expert's latest accepted export. */
  officeResults(params: HostParams<'officeResults'>): Promise<HostResult<'officeResults'>>;
  /** The sessions this office has sent out, newest first. */
  listOfficeSessions(): Promise<HostResult<'listOfficeSessions'>>;
  /** A sent session's audit log, each entry with a plain line; refused when its chain does not verify. */
  officeAuditLog(params: HostParams<'officeAuditLog'>): Promise<HostResult<'officeAuditLog'>>;
  /** The audit log written into a folder as a workbook and its raw JSON, then the export entered in the log. */
  exportAuditLog(params: HostParams<'exportAuditLog'>): Promise<HostResult<'exportAuditLog'>>;
  /** Every signed version of a sent session's suggestion list, checked, with the current data's fingerprint. */
  officeSuggestionLists(params: HostParams<'officeSuggestionLists'>): Promise<HostResult<'officeSuggestionLists'>>;
  /** Signs the next version of the suggestion list with the office key; it is locked from then on. */
  signSuggestionList(params: HostParams<'signSuggestionList'>): Promise<HostResult<'signSuggestionList'>>;
  /** A sent session's reports written into a folder, carrying the latest signed list; `signal` cancels. */
  writeSessionReports(params: HostParams<'writeSessionReports'>, onProgress?: (progress: HostProgress) => void, signal?: AbortSignal): Promise<HostResult<'writeSessionReports'>>;
  /**
   * Files double-clicked or chosen with the desktop menu since the last call (each given once); none outside
   * Electron. With `wait`, answers once there are some (Electron); `signal` cancels the waiting call.
   */
  takeOpenRequests(params?: HostParams<'takeOpenRequests'>, signal?: AbortSignal): Promise<HostResult<'takeOpenRequests'>>;
  /** A sent session's results county by county beside the county register, with what keeps each out. */
  stageOutcomes(params: HostParams<'stageOutcomes'>): Promise<HostResult<'stageOutcomes'>>;
  /** Writes the ticked counties' outcomes into the register, all or none, and logs it in the session. */
  confirmStageOutcomes(params: HostParams<'confirmStageOutcomes'>): Promise<HostResult<'confirmStageOutcomes'>>;
  /** Every county of the programme with its state and what is due next, the quota per batch, the overdue reports. */
  programmeOverview(): Promise<HostResult<'programmeOverview'>>;
  /** Adds counties to the register as applied, all or none. */
  addCounties(params: HostParams<'addCounties'>): Promise<HostResult<'addCounties'>>;
  /** Records a decision about a county (the office key's owner as recorder); refused when the rules forbid it. */
  recordTransition(params: HostParams<'recordTransition'>): Promise<HostResult<'recordTransition'>>;
  /** Records a progress report the county handed in; the file is kept in the store by its hash. */
  recordProgressReport(params: HostParams<'recordProgressReport'>): Promise<HostResult<'recordProgressReport'>>;
  /** Accepts or returns a recorded progress report. */
  setProgressReportStatus(params: HostParams<'setProgressReportStatus'>): Promise<HostResult<'setProgressReportStatus'>>;
  /** The programme's settings: the quota's base, the intervals, the report deadlines. */
  programmeSettings(): Promise<HostResult<'programmeSettings'>>;
  /** Replaces the programme's settings. */
  setProgrammeSettings(params: HostParams<'setProgrammeSettings'>): Promise<HostResult<'setProgrammeSettings'>>;
  /** The programme overview workbook written into a folder, read back and checked. */
  writeProgrammeOverview(params: HostParams<'writeProgrammeOverview'>, onProgress?: (progress: HostProgress) => void): Promise<HostResult<'writeProgrammeOverview'>>;
  /** A county's timeline PDF written into a folder, read back and checked. */
  writeCountyTimeline(params: HostParams<'writeCountyTimeline'>, onProgress?: (progress: HostProgress) => void): Promise<HostResult<'writeCountyTimeline'>>;
}

const badAnswer = (locale: Locale, method: string, status: number): HostCallError =>
  new HostCallError(method, status, { code: 'host.error.badResult', message: translate(locale, 'host.error.badResult', { method }), params: { method }, problems: [] });

/** A file the user gave the Electron window that has no place on disk (dragged out of another program). */
const fileWithoutPath = (locale: Locale, name: string): HostCallError =>
  new HostCallError(UPLOADS_PATH, 0, { code: 'host.error.fileWithoutPath', message: translate(locale, 'host.error.fileWithoutPath', { name }), params: { name }, problems: [] });

/** The error a byte route answered with, or a generic one when its body is not the host's error shape. */
async function routeError(locale: Locale, route: string, response: Response): Promise<HostCallError> {
  const parsed = hostResponseSchema.safeParse(await response.json().catch(() => undefined));
  return parsed.success && !parsed.data.ok ? new HostCallError(route, response.status, parsed.data.error) : badAnswer(locale, route, response.status);
}

/**
 * How the contract's calls travel: HTTP to the page's own origin (the web host), or Electron's preload bridge.
 * Documents are read from the page's own origin either way (the web host and Electron's app:// protocol serve the
 * same route). A file the user gives the page reaches the host as bytes in a browser (POST /api/uploads), and as
 * its own path in Electron (`pathForFile`), so nothing is copied.
 */
export interface HostTransport {
  client(locale: Locale): SpecClient<HostApiSpec>;
  /** Electron only: the file's place on disk, '' when it has none. */
  pathForFile?: (file: File) => string;
}

const httpTransport: HostTransport = { client: (locale) => createHostClient({ locale }) };

/** The transport over `window.reviewDesk`: the contract's calls by IPC, files by their own paths. */
export const bridgeTransport = (bridge: ReviewDeskBridge): HostTransport => ({
  client: (locale) => createBridgeClient(bridge, { locale }),
  pathForFile: (file) => bridge.pathForFile(file),
});

/** The host for this page: over the preload's bridge inside the Electron window, over HTTP in a browser. */
export function chooseMakeHost(scope: object = globalThis): (locale: () => Locale) => AppHost {
  const bridge = findReviewDeskBridge(scope);
  if (!bridge) return createPageHost;
  const transport = bridgeTransport(bridge);
  return (locale) => createPageHost(locale, transport);
}

/**
 * The page's host (same origin, cookie auth, unless `transport` says otherwise). `locale` is read at each call,
 * so the host answers refusals in the language the expert has chosen at that moment; one client per language
 * keeps its progress stream.
 */
export function createPageHost(locale: () => Locale, transport: HostTransport = httpTransport): AppHost {
  const clients = new Map<Locale, SpecClient<HostApiSpec>>();
  const client = (): SpecClient<HostApiSpec> => {
    const wanted = locale();
    let found = clients.get(wanted);
    if (!found) {
      found = transport.client(wanted);
      clients.set(wanted, found);
    }
    return found;
  };
  return {
    getHostInfo: () => client().call('getHostInfo', {}),
    chooseSaveFile: (params) => client().call('chooseSaveFile', params),
    chooseFolder: (params) => client().call('chooseFolder', params),
    getIdentity: () => client().call('getIdentity', {}),
    createIdentity: (params) => client().call('createIdentity', params),
    openSession: (params, onProgress) => client().call('openSession', params, onProgress ? { onProgress } : {}),
    exportScores: (params) => client().call('exportScores', params),
    writeSessionFile: (params, onProgress) => client().call('writeSessionFile', params, onProgress ? { onProgress } : {}),
    readStandard: (params) => client().call('readStandard', params),
    saveStandardTemplate: (params) => client().call('saveStandardTemplate', params),
    // The browser's download link; where getHostInfo says `dialogs: true` (Electron) the screen saves through
    // chooseSaveFile and saveStandardTemplate instead.
    standardTemplateUrl: () => standardTemplatePath(locale()),
    importPackages: (params, onProgress) => client().call('importPackages', params, onProgress ? { onProgress } : {}),
    assembleFromUploads: (params, onProgress) => client().call('assembleFromUploads', params, onProgress ? { onProgress } : {}),
    importScores: (params, onProgress) => client().call('importScores', params, onProgress ? { onProgress } : {}),
    officeSessionOverview: (params) => client().call('officeSessionOverview', params),
    officeResults: (params) => client().call('officeResults', params),
    listOfficeSessions: () => client().call('listOfficeSessions', {}),
    officeAuditLog: (params) => client().call('officeAuditLog', params),
    exportAuditLog: (params) => client().call('exportAuditLog', params),
    officeSuggestionLists: (params) => client().call('officeSuggestionLists', params),
    signSuggestionList: (params) => client().call('signSuggestionList', params),
    writeSessionReports: (params, onProgress, signal) => client().call('writeSessionReports', params, { ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) }),
    takeOpenRequests: (params = {}, signal) => client().call('takeOpenRequests', params, signal ? { signal } : {}),
    stageOutcomes: (params) => client().call('stageOutcomes', params),
    confirmStageOutcomes: (params) => client().call('confirmStageOutcomes', params),
    programmeOverview: () => client().call('programmeOverview', {}),
    addCounties: (params) => client().call('addCounties', params),
    recordTransition: (params) => client().call('recordTransition', params),
    recordProgressReport: (params) => client().call('recordProgressReport', params),
    setProgressReportStatus: (params) => client().call('setProgressReportStatus', params),
    programmeSettings: () => client().call('programmeSettings', {}),
    setProgrammeSettings: (params) => client().call('setProgrammeSettings', params),
    writeProgrammeOverview: (params, onProgress) => client().call('writeProgrammeOverview', params, onProgress ? { onProgress } : {}),
    writeCountyTimeline: (params, onProgress) => client().call('writeCountyTimeline', params, onProgress ? { onProgress } : {}),
    async upload(file) {
      if (transport.pathForFile) {
        const path = transport.pathForFile(file);
        if (path === '') throw fileWithoutPath(locale(), file.name);
        return { path, name: file.name, size: file.size };
      }
      const response = await fetch(UPLOADS_PATH, {
        method: 'POST',
        headers: { 'Content-Type': UPLOAD_CONTENT_TYPE, [UPLOAD_NAME_HEADER]: encodeURIComponent(file.name), 'Accept-Language': locale() },
        body: file,
        cache: 'no-store',
      });
      if (!response.ok) throw await routeError(locale(), UPLOADS_PATH, response);
      const body = hostResponseSchema.safeParse(await response.json().catch(() => undefined));
      const result = body.success && body.data.ok ? uploadResultSchema.safeParse(body.data.result) : null;
      if (!result?.success) throw badAnswer(locale(), UPLOADS_PATH, response.status);
      return result.data;
    },
    async fetchDocument(sha256, fileName) {
      const path = documentPath(sha256, fileName);
      const response = await fetch(path, { headers: { 'Accept-Language': locale() } });
      if (!response.ok) throw await routeError(locale(), path, response);
      return response.blob();
    },
  };
}
