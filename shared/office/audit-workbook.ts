// The exported audit log as a workbook for people (Excel/WPS): one sheet with every entry (序号, 时间, 操作人,
// 操作, 说明, 哈希, 前一条哈希) and one with the chain check and the anchor to write down elsewhere. Every
// text goes through safe-cell.ts, so a detail that looks like a formula (`=HYPERLINK(…)`) stays text.
import { translate, type Locale, type MessageKey } from '../i18n/translate';
import { LOOK } from '../reports/workbook/cell-styles';
import { numberCell, textCell } from '../reports/workbook/safe-cell';
import type { SheetSetup, WorkbookSink } from '../reports/workbook/sheet-sink';
import { wrappedHeight } from '../reports/workbook/sheet-layout';
import type { ChainAnchor } from './audit-log';

export interface AuditWorkbookRow {
  readonly index: number;
  readonly recordedAt: string;
  readonly actorLabel: string;
  readonly actionLabel: string;
  readonly description: string;
  readonly hash: string;
  readonly previousHash: string | null;
}

export interface AuditWorkbookFacts {
  readonly sessionName: string;
  readonly sessionId: string;
  readonly exportedAt: string;
  readonly anchor: ChainAnchor;
  /** The JSON copy's file name, so the reader knows what to verify against. */
  readonly jsonFileName: string;
}

const COLUMNS: ReadonlyArray<{ key: MessageKey; width: number }> = [
  { key: 'officeAudit.column.number', width: 7 },
  { key: 'officeAudit.column.time', width: 22 },
  { key: 'officeAudit.column.actor', width: 22 },
  { key: 'officeAudit.column.action', width: 14 },
  { key: 'officeAudit.column.description', width: 60 },
  { key: 'officeAudit.column.hash', width: 66 },
  { key: 'officeAudit.column.previousHash', width: 66 },
];
const DESCRIPTION_WIDTH = 60;

function setup(name: string, columnWidths: readonly number[], frozenRows: number, landscape: boolean, sessionName: string): SheetSetup {
  // In header codes `&` starts a command: a literal one is `&&` (sheet-layout.ts does the same).
  const header = `&C${`${sessionName} · ${name}`.slice(0, 80).replaceAll('&', '&&')}`;
  return { name, columnWidths, frozenRows, frozenColumns: 0, landscape, printTitleRow: Math.max(1, frozenRows), header, footer: '&R&P / &N' };
}

export function writeAuditWorkbook(sink: WorkbookSink, locale: Locale, rows: readonly AuditWorkbookRow[], facts: AuditWorkbookFacts): void {
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale, key, params);
  sink.properties({ creator: 'Review Desk', title: t('officeAudit.sheet.title', { session: facts.sessionName }), subject: facts.sessionId, keywords: '', created: facts.exportedAt });

  const entries = sink.addSheet(setup(t('officeAudit.sheet.entries'), COLUMNS.map((c) => c.width), 1, true, facts.sessionName));
  entries.row(COLUMNS.map((column) => textCell(t(column.key), LOOK.header)), 30);
  for (const row of rows) {
    entries.row(
      [
        numberCell(row.index + 1, LOOK.integer),
        textCell(row.recordedAt, LOOK.text),
        textCell(row.actorLabel, LOOK.text),
        textCell(row.actionLabel, LOOK.text),
        textCell(row.description, LOOK.wrapped),
        textCell(row.hash, LOOK.text),
        textCell(row.previousHash ?? '', LOOK.text),
      ],
      wrappedHeight(row.description, DESCRIPTION_WIDTH),
    );
  }
  entries.filter({ firstRow: 1, lastRow: Math.max(1, rows.length + 1), columns: COLUMNS.length });
  entries.end();

  const check = sink.addSheet(setup(t('officeAudit.sheet.check'), [24, 80], 0, false, facts.sessionName));
  check.row([textCell(t('officeAudit.sheet.title', { session: facts.sessionName }), LOOK.title)]);
  check.skip();
  const fact = (key: MessageKey, value: string) => check.row([textCell(t(key), LOOK.label), textCell(value, LOOK.wrapped)]);
  fact('officeAudit.sheet.session', facts.sessionName);
  fact('officeAudit.sheet.sessionId', facts.sessionId);
  fact('officeAudit.sheet.exportedAt', facts.exportedAt);
  fact('officeAudit.sheet.chain', t('officeAudit.sheet.chainOk'));
  check.row([textCell(t('officeAudit.sheet.length'), LOOK.label), numberCell(facts.anchor.length, LOOK.integer)]);
  fact('officeAudit.sheet.headHash', facts.anchor.headHash ?? t('officeAudit.sheet.none'));
  fact('officeAudit.sheet.jsonFile', facts.jsonFileName);
  check.skip();
  const how = t('officeAudit.sheet.howToVerify');
  check.row([null, textCell(how, LOOK.wrapped)], wrappedHeight(how, 80));
  check.end();
}
