// What the packaging configuration refers to exists, so a typo surfaces here and not on the one Windows or
// macOS machine that makes the installers: the app icons, the Linux icon sizes, and each file type's .ico and
// .icns (electron-builder adds the extension per system). Also the choices a reviewer would check by eye: the
// three file types with their Chinese names, and the Windows installer's options.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BUILD = join(ROOT, 'build');
// Loaded by path, as electron-builder does (no code imports build/: a layer rule).
const config = createRequire(import.meta.url)(join(BUILD, 'electron-builder.config.cjs')) as Configuration;

describe('build/electron-builder.config.cjs', () => {
  it('names app icons that exist: .ico, .icns, and the Linux sizes', () => {
    expect(existsSync(join(BUILD, String(config.win?.icon)))).toBe(true);
    expect(existsSync(join(BUILD, String(config.mac?.icon)))).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(existsSync(join(BUILD, String(config.linux?.icon), `${size}x${size}.png`)), `${size}px`).toBe(true);
    }
  });

  it('associates the three file types, by their Chinese names, with icons that exist for Windows and macOS', () => {
    const associations = [config.fileAssociations ?? []].flat();
    expect(associations.map((a) => [a.ext, a.name])).toEqual([
      ['rdsession', '评审会文件'],
      ['rdscores', '专家评分文件'],
      ['rdarchive', '评审归档'],
    ]);
    for (const association of associations) {
      for (const extension of ['ico', 'icns']) {
        expect(existsSync(join(BUILD, `${association.icon}.${extension}`)), `${association.icon}.${extension}`).toBe(true);
      }
    }
  });

  it('makes a Windows installer that asks for the folder, installs per user and speaks Chinese first', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      allowToChangeInstallationDirectory: true,
      perMachine: false,
      installerLanguages: ['zh_CN', 'en_US'],
      language: '2052',
    });
  });
});
