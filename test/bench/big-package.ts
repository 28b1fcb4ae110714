// A large application package for the import bench, the same bytes every run: a county's folder of
// mixed documents — a video and a scanned plan that do not compress, a long text-like PDF that does, and
// hundreds of small photos and PDFs — with a correct manifest, zipped with yazl as pack.ts does it
// (manifest first, deflate except for formats that are compressed already). Document bytes come from
// AES-256-CTR keyed by the seed (fast, deterministic, incompressible); text-like documents are 4 KiB
// slices, at random offsets, of a pool of PDF syntax and Chinese words, and deflate to about a quarter.
// Each document is generated twice, once to hash it for the manifest and once into the zip, so nothing
// but one chunk at a time is held in memory and nothing but the zip is written to disk.
import { createCipheriv, createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { seededRandom } from '../../shared/demo/seeded-random';
import { MANIFEST_NAME, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, type DocumentRole, type PackageManifest } from '../../shared/package/manifest';
import { readManifest } from '../../shared/package/read-manifest';

const MiB = 1024 * 1024;
const CHUNK = MiB;

export type Content = 'random' | 'text';

export interface BigDocument {
  path: string;
  role: DocumentRole;
  title: string;
  size: number;
  content: Content;
  /** Seeds this document's bytes. */
  seed: number;
}

/** As pack.ts: formats that are compressed already are stored, everything else deflated. */
const STORED = /\.(jpg|mp4|docx)$/;

/** 256 phrases: PDF page-description syntax, numbers and the words of a county's report. */
const PHRASES: Buffer[] = (() => {
  const words = [
    '公共文化服务', '体系建设', '示范区', '创建', '图书馆', '文化馆', '综合文化服务中心', '村级', '社区', '覆盖率', '达标', '年度',
    '经费保障', '财政投入', '人均', '藏书量', '流动服务', '数字化', '志愿者', '群众文化活动', '非物质文化遗产', '保护', '传承', '场馆',
    '免费开放', '服务人次', '考核', '评估', '制度', '设计方案', '创新', '规划', '实施', '成效', '问题', '整改', '，', '。', '；', '、',
  ];
  const syntax = ['BT ', 'ET\n', '/F1 12 Tf ', '/F2 10.5 Tf ', ' Td ', ' Tj\n', ' TJ\n', '0 0 0 rg ', 'q ', 'Q\n', ' re f\n', '<< /Length ', ' >>\nstream\n', 'endstream\nendobj\n', ' 0 obj\n', '(', ') '];
  const phrases: Buffer[] = [];
  for (let i = 0; phrases.length < 256; i += 1) {
    const kind = i % 4;
    const text = kind === 0 ? syntax[i % syntax.length] : kind === 1 ? String((i * 37) % 800) : (words[i % words.length] ?? '');
    phrases.push(Buffer.from(text ?? '', 'utf8'));
  }
  return phrases;
})();

function cipherFor(seed: number): ReturnType<typeof createCipheriv> {
  const key = createHash('sha256').update(`review-desk bench document ${seed}`).digest();
  return createCipheriv('aes-256-ctr', key, Buffer.alloc(16));
}

const POOL_BYTES = 8 * MiB;
const SLICE = 4096;
let textPool: Buffer | null = null;

/** 8 MiB of phrases in random order; text-like documents are 4 KiB slices of it at random offsets. */
function pool(): Buffer {
  if (textPool !== null) return textPool;
  const random = cipherFor(-1).update(Buffer.alloc(POOL_BYTES));
  const out = Buffer.alloc(POOL_BYTES + 64);
  let at = 0;
  for (let i = 0; at < POOL_BYTES; i += 1) at += (PHRASES[random[i] ?? 0] ?? Buffer.alloc(0)).copy(out, at);
  textPool = out.subarray(0, POOL_BYTES);
  return textPool;
}

/** A document's bytes, in chunks of at most 1 MiB. */
export function* documentChunks(document: BigDocument): Generator<Buffer> {
  const cipher = cipherFor(document.seed);
  const zeros = Buffer.alloc(CHUNK);
  let left = document.size;
  while (left > 0) {
    const length = Math.min(CHUNK, left);
    if (document.content === 'random') {
      yield cipher.update(zeros.subarray(0, length));
    } else {
      const text = pool();
      const offsets = cipher.update(zeros.subarray(0, 4 * Math.ceil(length / SLICE)));
      const out = Buffer.allocUnsafe(length);
      for (let at = 0, i = 0; at < length; at += SLICE, i += 4) {
        const from = offsets.readUInt32LE(i) % (POOL_BYTES - SLICE);
        text.copy(out, at, from, from + Math.min(SLICE, length - at));
      }
      yield out;
    }
    left -= length;
  }
}

/**
 * The documents of a package of exactly `totalBytes` (sizes below are for 1 GiB and scale with it): a
 * 300 MiB video (stored), a 160 MiB scanned plan and a 120 MiB text-like report (both deflated), a few
 * documents of 8–20 MiB, and small files of 20 KB to 2 MB (most under 1 MB) filling the rest.
 */
export function bigPackageDocuments(totalBytes: number, seed = 7): BigDocument[] {
  const random = seededRandom(seed);
  const scale = totalBytes / (1024 * MiB);
  const documents: BigDocument[] = [];
  const add = (path: string, role: DocumentRole, size: number, content: Content): void => {
    const title = (path.split('/').at(-1) ?? path).replace(/\.[^.]+$/, '');
    documents.push({ path, role, title, size: Math.round(size), content, seed: seed * 10_000 + documents.length });
  };
  add('佐证材料/01 活动影像/文化馆群众文化活动纪实.mp4', 'evidence', 300 * MiB * scale, 'random');
  add('创新规划设计方案（扫描件）.pdf', 'innovationPlan', 160 * MiB * scale, 'random');
  add('佐证材料/02 年度报告/公共文化服务年度报告汇编.pdf', 'evidence', 120 * MiB * scale, 'text');
  add('申报书.pdf', 'applicationForm', 12 * MiB * scale, 'text');
  add('自评报告.docx', 'selfAssessment', 3 * MiB * scale, 'random');
  for (let i = 1; i <= 4; i += 1) {
    add(`佐证材料/03 制度文件/制度文件汇编第${i}册.pdf`, 'evidence', random.int(8, 20) * MiB * scale, i % 2 === 0 ? 'text' : 'random');
  }
  let used = documents.reduce((sum, document) => sum + document.size, 0);
  const folders = ['04 图书馆', '05 文化馆', '06 乡镇综合文化站', '07 村级综合文化服务中心', '08 数字文化', '09 志愿服务'];
  for (let i = 1; used < totalBytes; i += 1) {
    const folder = folders[i % folders.length] ?? 'misc';
    const kind = random.int(0, 9);
    // Photos (stored), text-like PDFs, scanned PDFs (random bytes, deflated all the same).
    const [name, content]: [string, Content] = kind < 4 ? [`照片-${i}.jpg`, 'random'] : kind < 8 ? [`说明材料-${i}.pdf`, 'text'] : [`扫描件-${i}.pdf`, 'random'];
    const size = Math.min(20_000 + Math.floor(random.unit() ** 2 * 1_980_000), totalBytes - used);
    add(`佐证材料/${folder}/${name}`, 'evidence', size, content);
    used += size;
  }
  return documents;
}

export interface WrittenPackage {
  manifest: PackageManifest;
  documents: BigDocument[];
  totalBytes: number;
  zipBytes: number;
}

const MTIME = new Date(Date.UTC(2026, 0, 1));

/** Writes the package to `zipPath`; the manifest is checked with the importer's own reader first. */
export async function writeBigPackage(zipPath: string, documents: BigDocument[]): Promise<WrittenPackage> {
  const listed = documents.map((document) => {
    const hash = createHash('sha256');
    for (const chunk of documentChunks(document)) hash.update(chunk);
    return { path: document.path, role: document.role, title: document.title, size: document.size, sha256: hash.digest('hex') };
  });
  const { manifest, problems } = readManifest({
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    countyName: '清河县',
    countyCode: '990102',
    city: '云泽市',
    poverty: false,
    batch: 2,
    contact: { name: '王芳', phone: '0311-8888 8888' },
    documents: listed,
  });
  if (manifest === null || problems.some((problem) => problem.severity === 'error')) throw new Error(`bench manifest refused: ${JSON.stringify(problems.slice(0, 3))}`);
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'), MANIFEST_NAME, { mtime: MTIME });
  for (const document of documents) {
    zip.addReadStreamLazy(document.path, { compress: !STORED.test(document.path), mtime: MTIME, size: document.size }, (callback) =>
      callback(null, Readable.from(documentChunks(document))),
    );
  }
  zip.end();
  const out = createWriteStream(zipPath);
  let zipBytes = 0;
  out.on('finish', () => (zipBytes = out.bytesWritten));
  await pipeline(zip.outputStream, out);
  return { manifest, documents, totalBytes: documents.reduce((sum, document) => sum + document.size, 0), zipBytes };
}
