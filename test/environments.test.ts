// One tsconfig per environment (DESIGN.md §1): shared/ compiles without DOM and Node types, the renderer
// without Node, the Node side without DOM. Planted files prove the configurations really say no.
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const fixture = (name: string): string => join(root, 'test/fixtures/environments', name);

function diagnosticsUnder(tsconfig: string, file: string): string[] {
  const configPath = join(root, tsconfig);
  const { config } = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath));
  const program = ts.createProgram([file], { ...parsed.options, noEmit: true });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('per-environment tsconfigs', () => {
  it('shared/ cannot use the DOM', () => {
    expect(diagnosticsUnder('shared/tsconfig.json', fixture('uses-dom.ts'))).toEqual([expect.stringContaining("Cannot find name 'document'")]);
  });

  it('shared/ cannot use Node', () => {
    expect(diagnosticsUnder('shared/tsconfig.json', fixture('uses-node.ts'))).toEqual([expect.stringContaining("'node:fs'")]);
  });

  it('renderer/ cannot use Node', () => {
    expect(diagnosticsUnder('renderer/tsconfig.json', fixture('uses-node.ts'))).toEqual([expect.stringContaining("'node:fs'")]);
  });

  it('electron/ cannot use the DOM', () => {
    expect(diagnosticsUnder('electron/tsconfig.json', fixture('uses-dom.ts'))).toEqual([expect.stringContaining("Cannot find name 'document'")]);
  });

  it('plain code compiles everywhere', () => {
    for (const config of ['shared', 'electron', 'renderer']) {
      expect(diagnosticsUnder(`${config}/tsconfig.json`, fixture('pure.ts')), config).toEqual([]);
    }
  });
});
