// User-visible text lives in the locale files (zh-CN first, en-US second); code refers to it by key.
import i18next from 'i18next';
import zhStandard from './locales/zh-CN/standard.json';
import zhSheet from './locales/zh-CN/sheet.json';
import zhPanel from './locales/zh-CN/panel.json';
import zhExcel from './locales/zh-CN/excel.json';
import zhCli from './locales/zh-CN/cli.json';
import zhPreference from './locales/zh-CN/preference.json';
import zhCrypto from './locales/zh-CN/crypto.json';
import zhOffice from './locales/zh-CN/office.json';
import zhHost from './locales/zh-CN/host.json';
import zhPackage from './locales/zh-CN/package.json';
import zhSession from './locales/zh-CN/session.json';
import zhExchange from './locales/zh-CN/exchange.json';
import zhReport from './locales/zh-CN/report.json';
import zhReportPdf from './locales/zh-CN/report-pdf.json';
import zhReportWorkbook from './locales/zh-CN/report-workbook.json';
import zhScoringPanel from './locales/zh-CN/scoring-panel.json';
import zhExpertSession from './locales/zh-CN/expert-session.json';
import zhPresentation from './locales/zh-CN/presentation.json';
import zhOfficeWorkspace from './locales/zh-CN/office-workspace.json';
import zhOfficeStandard from './locales/zh-CN/office-standard.json';
import zhOfficeSession from './locales/zh-CN/office-session.json';
import zhOfficeApplications from './locales/zh-CN/office-applications.json';
import zhOfficePanel from './locales/zh-CN/office-panel.json';
import zhOfficeResults from './locales/zh-CN/office-results.json';
import zhOfficeCollect from './locales/zh-CN/office-collect.json';
import zhOfficeList from './locales/zh-CN/office-list.json';
import zhOfficeReports from './locales/zh-CN/office-reports.json';
import zhOfficeAudit from './locales/zh-CN/office-audit.json';
import zhDesktop from './locales/zh-CN/desktop.json';
import zhOpenRequests from './locales/zh-CN/open-requests.json';
import zhLifecycle from './locales/zh-CN/lifecycle.json';
import zhLifecycleProgress from './locales/zh-CN/lifecycle-progress.json';
import zhLifecycleReports from './locales/zh-CN/lifecycle-reports.json';
import zhProgramme from './locales/zh-CN/programme.json';
import zhProgrammeUi from './locales/zh-CN/programme-ui.json';
import zhStageOutcomes from './locales/zh-CN/stage-outcomes.json';
import enStandard from './locales/en-US/standard.json';
import enSheet from './locales/en-US/sheet.json';
import enPanel from './locales/en-US/panel.json';
import enExcel from './locales/en-US/excel.json';
import enCli from './locales/en-US/cli.json';
import enPreference from './locales/en-US/preference.json';
import enCrypto from './locales/en-US/crypto.json';
import enOffice from './locales/en-US/office.json';
import enHost from './locales/en-US/host.json';
import enPackage from './locales/en-US/package.json';
import enSession from './locales/en-US/session.json';
import enExchange from './locales/en-US/exchange.json';
import enReport from './locales/en-US/report.json';
import enReportPdf from './locales/en-US/report-pdf.json';
import enReportWorkbook from './locales/en-US/report-workbook.json';
import enScoringPanel from './locales/en-US/scoring-panel.json';
import enExpertSession from './locales/en-US/expert-session.json';
import enPresentation from './locales/en-US/presentation.json';
import enOfficeWorkspace from './locales/en-US/office-workspace.json';
import enOfficeStandard from './locales/en-US/office-standard.json';
import enOfficeSession from './locales/en-US/office-session.json';
import enOfficeApplications from './locales/en-US/office-applications.json';
import enOfficePanel from './locales/en-US/office-panel.json';
import enOfficeResults from './locales/en-US/office-results.json';
import enOfficeCollect from './locales/en-US/office-collect.json';
import enOfficeList from './locales/en-US/office-list.json';
import enOfficeReports from './locales/en-US/office-reports.json';
import enOfficeAudit from './locales/en-US/office-audit.json';
import enDesktop from './locales/en-US/desktop.json';
import enOpenRequests from './locales/en-US/open-requests.json';
import enLifecycle from './locales/en-US/lifecycle.json';
import enLifecycleProgress from './locales/en-US/lifecycle-progress.json';
import enLifecycleReports from './locales/en-US/lifecycle-reports.json';
import enProgramme from './locales/en-US/programme.json';
import enProgrammeUi from './locales/en-US/programme-ui.json';
import enStageOutcomes from './locales/en-US/stage-outcomes.json';

/** Values interpolated into a message's {{placeholders}}. */
export type MessageParams = Record<string, string | number>;

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

/** One file per area keeps edits apart; keys are prefixed with the area (`standard.sumMismatch`). */
const zhCN = { ...zhStandard, ...zhSheet, ...zhPanel, ...zhExcel, ...zhCli, ...zhPreference, ...zhOffice, ...zhCrypto, ...zhHost, ...zhPackage, ...zhSession, ...zhExchange, ...zhReport, ...zhReportPdf, ...zhReportWorkbook, ...zhScoringPanel, ...zhExpertSession, ...zhPresentation, ...zhOfficeWorkspace, ...zhOfficeStandard, ...zhOfficeSession, ...zhOfficePanel, ...zhOfficeApplications, ...zhOfficeResults, ...zhOfficeCollect, ...zhOfficeList, ...zhOfficeReports, ...zhOfficeAudit, ...zhDesktop, ...zhOpenRequests, ...zhLifecycle, ...zhLifecycleProgress, ...zhLifecycleReports, ...zhProgramme, ...zhProgrammeUi, ...zhStageOutcomes };
const enUS: Record<keyof typeof zhCN, string> = {
  ...enStandard,
  ...enSheet,
  ...enPanel,
  ...enExcel,
  ...enCli,
  ...enPreference,
  ...enOffice,
  ...enCrypto,
  ...enHost,
  ...enPackage,
  ...enSession,
  ...enExchange,
  ...enReport,
  ...enReportPdf,
  ...enReportWorkbook,
  ...enScoringPanel,
  ...enExpertSession,
  ...enPresentation,
  ...enOfficeWorkspace,
  ...enOfficeStandard,
  ...enOfficeSession,
  ...enOfficePanel,
  ...enOfficeApplications,
  ...enOfficeResults,
  ...enOfficeCollect,
  ...enOfficeList,
  ...enOfficeReports,
  ...enOfficeAudit,
  ...enDesktop,
  ...enOpenRequests,
  ...enLifecycle,
  ...enLifecycleProgress,
  ...enLifecycleReports,
  ...enProgramme,
  ...enProgrammeUi,
  ...enStageOutcomes,
};
export type MessageKey = keyof typeof zhCN;
/** Every key, for completeness checks of the locales. */
export const MESSAGE_KEYS = Object.keys(zhCN) as MessageKey[];

const translator = i18next.createInstance();
void translator.init({
  resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  initAsync: false,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return translator.getFixedT(locale)(key, params);
}
