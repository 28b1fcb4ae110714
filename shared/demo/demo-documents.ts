// Stand-in application documents for the demo session file: a short application form (申报书) and an
// innovation plan (创新规划设计方案) per county, as UTF-8 text naming the county, so an expert opening the
// session has something per application to look at and the container carries real, hashed documents; and a
// one-page PDF of evidence (佐证材料), so the expert's PDF viewer has a real PDF to draw.
// The county whose intake found prerequisite P1 (the innovation plan) missing gets no plan, as in the demo.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Application } from '../model/application';
import type { DocumentRole } from '../model/document-role';
import { demoPdf } from './demo-pdf';

export interface DemoDocument {
  applicationId: string;
  role: DocumentRole;
  title: string;
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
}

/** The prerequisite leaf that is the innovation plan in the sample standard. */
const PLAN_PREREQUISITE = 'P1';

function documentOf(application: Application, role: DocumentRole, title: string, body: string): DemoDocument {
  return withBytes(application, role, title, `${application.countyName}-${title}.txt`, utf8ToBytes(`${title}\n\n${body}\n`));
}

function withBytes(application: Application, role: DocumentRole, title: string, fileName: string, bytes: Uint8Array): DemoDocument {
  return { applicationId: application.id, role, title, fileName, bytes, sha256: bytesToHex(sha256(bytes)) };
}

export function demoDocuments(application: Application): DemoDocument[] {
  const where = `${application.city}${application.countyName}（行政区划代码 ${application.countyCode}）`;
  const documents = [
    documentOf(application, 'applicationForm', '创建申报书', `申报单位：${where}\n申报批次：第${application.batch ?? 1}批\n（演示材料）`),
  ];
  if (!application.missingPrerequisites.includes(PLAN_PREREQUISITE)) {
    documents.push(documentOf(application, 'innovationPlan', '创新规划设计方案', `${where}公共文化服务高质量发展创新规划设计方案\n（演示材料）`));
  }
  const evidence = demoPdf([`Evidence - county ${application.countyCode} (${application.id})`, 'Review Desk demo document', 'Public cultural service demonstration county programme']);
  documents.push(withBytes(application, 'evidence', '佐证材料', `${application.countyName}-佐证材料.pdf`, evidence));
  return documents;
}
