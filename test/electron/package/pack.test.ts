// The pack command: a folder of loose files becomes a package whose roles were guessed and printed, the
// package is written without leftovers, Info-ZIP's unzip accepts it, and it imports to the same bytes.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { packCommand } from '../../../electron/cli/commands/pack';
import type { CliIo } from '../../../electron/cli/io';
import { importPackage } from '../../../electron/package/import-package';
import { formatBytes } from '../../../electron/package/zip-limits';
import { BlobStore } from '../../../electron/store/blob-store';
import { noise, sha256Hex } from './package-fixtures';

const run = promisify(execFile);
const hasUnzip = existsSync('/usr/bin/unzip');
const hasZip = existsSync('/usr/bin/zip');

function recorder(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

const FILES: Record<string, Buffer> = {
  '清河县申报书.pdf': noise(30_000, 1),
  '清河县公共文化服务创新规划设计方案.docx': noise(20_000, 2),
  '自评报告.pdf': noise(4_000, 3),
  '佐证材料/图书馆照片.jpg': noise(8_000, 4),
  '佐证材料/活动统计表.xlsx': noise(2_000, 5),
  '会议纪要.txt': Buffer.from('2025年文化工作会议纪要\n'.repeat(200)),
  '.DS_Store': noise(100, 6),
};

let dir: string;
let folder: string;
let out: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'review-desk-pack-'));
  made.push(dir);
  folder = join(dir, '清河县材料');
  for (const [path, bytes] of Object.entries(FILES)) {
    await mkdir(join(folder, path, '..'), { recursive: true });
    await writeFile(join(folder, path), bytes);
  }
  out = join(dir, '清河县申报材料包.zip');
});

const documentBytes = Object.entries(FILES).reduce((sum, [path, bytes]) => (path === '.DS_Store' ? sum : sum + bytes.length), 0);
const COUNTY = ['--county', '清河县', '--code', '990102', '--city', '云泽市', '--poverty', '--batch', '2'];

describe('pack', () => {
  it('guesses and prints roles, writes a verified package, and it imports to the same bytes', async () => {
    const io = recorder();
    expect(await packCommand([folder, ...COUNTY, '--out', out], io)).toBe(0);
    expect(io.errors).toEqual([]);
    expect(io.lines).toEqual([
      '已跳过系统文件 .DS_Store',
      '材料及其角色：',
      '  会议纪要.txt → 佐证材料（未识别，按佐证材料）',
      '  佐证材料/图书馆照片.jpg → 佐证材料（按名称中的「佐证」）',
      '  佐证材料/活动统计表.xlsx → 佐证材料（按名称中的「佐证」）',
      '  清河县公共文化服务创新规划设计方案.docx → 创新规划设计方案（按名称中的「创新规划」）',
      '  清河县申报书.pdf → 申报书（按名称中的「申报书」）',
      '  自评报告.pdf → 自评报告（按名称中的「自评」）',
      '角色是按名称推测的；如有误，用 --role 路径=角色 或 --meta 元数据文件更正后重新打包。',
      `已写出申报材料包 ${out}：6 个文件，共 ${formatBytes(documentBytes)}；已重新读取核验无误。`,
    ]);
    expect(await readdir(dir)).toEqual(['清河县材料', '清河县申报材料包.zip'].sort());

    const store = await BlobStore.open(join(dir, 'data'));
    const outcome = await importPackage(out, store);
    if (!outcome.ok) throw new Error(outcome.code);
    expect(outcome.application).toMatchObject({ countyName: '清河县', countyCode: '990102', city: '云泽市', poverty: true, batch: 2 });
    expect(outcome.documents.map((d) => [d.path, d.role])).toEqual([
      ['会议纪要.txt', 'evidence'],
      ['佐证材料/图书馆照片.jpg', 'evidence'],
      ['佐证材料/活动统计表.xlsx', 'evidence'],
      ['清河县公共文化服务创新规划设计方案.docx', 'innovationPlan'],
      ['清河县申报书.pdf', 'applicationForm'],
      ['自评报告.pdf', 'selfAssessment'],
    ]);
    for (const document of outcome.documents) expect(document.sha256).toBe(sha256Hex(FILES[document.path] ?? Buffer.alloc(0)));
  });

  it.runIf(hasUnzip)('writes a zip that Info-ZIP unzip tests clean and lists with the Chinese names', async () => {
    await packCommand([folder, ...COUNTY, '--out', out], recorder());
    const { stdout } = await run('unzip', ['-t', out]);
    expect(stdout).toContain('No errors detected');
    const listing = (await run('unzip', ['-Z1', out])).stdout.split('\n').filter(Boolean).sort();
    expect(listing).toEqual(['manifest.json', ...Object.keys(FILES).filter((p) => p !== '.DS_Store')].sort());
  });

  it('takes roles, titles and contact from a metadata file, and corrections from --role', async () => {
    const meta = join(dir, 'meta.json');
    await writeFile(
      meta,
      JSON.stringify({
        countyName: '清河县',
        countyCode: '990102',
        city: '云泽市',
        batch: 2,
        contact: { name: '王芳', phone: '0311-8888 8888' },
        documents: [{ path: '会议纪要.txt', role: 'selfAssessment', title: '县委常委会会议纪要' }],
      }),
    );
    const io = recorder();
    const code = await packCommand([folder, '--meta', meta, '--role', '佐证材料/活动统计表.xlsx=selfAssessment', '--contact-email', 'wf@example.cn', '--out', out], io);
    expect(io.lines.filter((line) => line.includes('✗'))).toEqual([]);
    expect(code).toBe(0);
    expect(io.lines).toContain('  会议纪要.txt → 自评报告（元数据文件指定）');
    expect(io.lines).toContain('  佐证材料/活动统计表.xlsx → 自评报告（命令行指定）');
    const outcome = await importPackage(out, await BlobStore.open(join(dir, 'data')));
    if (!outcome.ok) throw new Error(outcome.code);
    expect(outcome.manifest.contact).toEqual({ name: '王芳', phone: '0311-8888 8888', email: 'wf@example.cn' });
    expect(outcome.manifest.poverty).toBe(false);
    expect(outcome.documents.find((d) => d.path === '会议纪要.txt')).toMatchObject({ role: 'selfAssessment', title: '县委常委会会议纪要' });
  });

  it('refuses wrong details in Chinese, writing nothing', async () => {
    const io = recorder();
    expect(await packCommand([folder, ...COUNTY.map((a) => (a === '990102' ? '99010' : a)), '--out', out], io)).toBe(1);
    expect(io.lines).toEqual(['申报信息有误：', '  ✗ 材料清单 countyCode：县级行政区划代码应为 6 位数字，如 130102。']);
    expect(existsSync(out)).toBe(false);
  });

  it('says which metadata document is not in the folder', async () => {
    const meta = join(dir, 'meta.json');
    await writeFile(meta, JSON.stringify({ countyName: '清河县', countyCode: '990102', city: '云泽市', batch: 2, documents: [{ path: '不存在.pdf', role: 'evidence' }] }));
    const io = recorder();
    expect(await packCommand([folder, '--meta', meta, '--out', out], io)).toBe(1);
    expect(io.lines).toEqual(['  ✗ 元数据中列出的「不存在.pdf」在文件夹中不存在。']);
  });

  it('exits 2 with the usage on wrong arguments', async () => {
    for (const args of [[], [folder, ...COUNTY], [folder, '--out', out, '--colour'], [folder, ...COUNTY, '--out', out, '--role', 'a.pdf=plan'], [folder, 'extra', ...COUNTY, '--out', out]]) {
      const io = recorder();
      expect(await packCommand(args, io), args.join(' ')).toBe(2);
      expect(io.errors.at(-1)).toMatch(/^用法：npm run cli -- pack 文件夹/);
    }
    const io = recorder();
    expect(await packCommand([join(dir, 'no-such-folder'), ...COUNTY, '--out', out], io)).toBe(2);
    expect(io.errors[0]).toContain('无法读取文件夹');
  });

  it('refuses an empty folder', async () => {
    const empty = join(dir, 'empty');
    await mkdir(empty);
    const io = recorder();
    expect(await packCommand([empty, ...COUNTY, '--out', out], io)).toBe(1);
    expect(io.lines).toEqual([`文件夹 ${empty} 中没有可打包的文件。`]);
  });
});

describe('packages made by other tools', () => {
  it.runIf(hasZip)('imports a folder zipped whole by Info-ZIP zip -r, once it holds a manifest', async () => {
    await packCommand([folder, ...COUNTY, '--out', out], recorder());
    await run('unzip', ['-q', out, 'manifest.json', '-d', folder]);
    const county = join(dir, 'county.zip');
    await run('zip', ['-r', '-q', county, '清河县材料', '-x', '*.DS_Store'], { cwd: dir });
    const outcome = await importPackage(county, await BlobStore.open(join(dir, 'data')));
    expect(outcome.ok ? outcome.documents.length : outcome.code).toBe(6);
  });
});
