// chooseFolder through the dispatcher: the dialogs port is asked with a title in the caller's language and the
// default path, its answer (a folder, or null when cancelled) passed on; getHostInfo says whether a dialog
// port is plugged in at all, and without one the call is refused with the unsupported message.
import { describe, expect, it, vi } from 'vitest';
import { callMethod, hostTarget } from '../../../electron/host/call-method';
import { createHostServices } from '../../../electron/host/host-services';
import { noDialogs, type DialogsPort } from '../../../electron/host/ports';
import { translate } from '../../../shared/i18n/translate';

function withDialogs(answer: string | null) {
  const chooseFolder = vi.fn<DialogsPort['chooseFolder']>(() => Promise.resolve(answer));
  const dialogs: DialogsPort = { ...noDialogs, chooseFolder };
  return { chooseFolder, target: hostTarget(createHostServices({ host: 'electron', dataDir: '/d', ports: { dialogs } })) };
}

describe('chooseFolder', () => {
  it('asks the dialogs port, titled in the caller’s language, and answers with the chosen folder', async () => {
    const { chooseFolder, target } = withDialogs('/media/u盘/评分');
    const outcome = await callMethod(target, 'chooseFolder', { purpose: 'exportScores', defaultPath: '/d/exports' }, { locale: 'en-US' });
    expect(outcome).toEqual({ ok: true, result: { path: '/media/u盘/评分' } });
    expect(chooseFolder).toHaveBeenCalledExactlyOnceWith({ title: translate('en-US', 'host.dialog.chooseFolder.exportScores'), defaultPath: '/d/exports' });
  });

  it('answers null when the user cancelled, and passes no default path when none was given', async () => {
    const { chooseFolder, target } = withDialogs(null);
    expect(await callMethod(target, 'chooseFolder', { purpose: 'exportScores' })).toEqual({ ok: true, result: { path: null } });
    expect(chooseFolder).toHaveBeenCalledExactlyOnceWith({ title: '选择导出评分文件的文件夹' });
  });

  it('refuses a purpose the contract does not name before any dialog opens', async () => {
    const { chooseFolder, target } = withDialogs('/x');
    expect(await callMethod(target, 'chooseFolder', { purpose: 'anything' })).toMatchObject({ ok: false, failure: 'badParams' });
    expect(chooseFolder).not.toHaveBeenCalled();
  });

  it('is refused with the unsupported message on a host without dialogs, which getHostInfo says', async () => {
    const target = hostTarget(createHostServices({ host: 'cli', dataDir: '/d' }));
    expect(await callMethod(target, 'getHostInfo', {})).toMatchObject({ ok: true, result: { dialogs: false } });
    const outcome = await callMethod(target, 'chooseFolder', { purpose: 'exportScores' });
    expect(outcome).toMatchObject({ ok: false, failure: 'refused', error: { code: 'host.error.unsupported', message: '此运行方式不支持该操作：dialogs.chooseFolder。' } });
  });

  it('reports dialogs: true only when a dialogs port is plugged in', async () => {
    const outcome = await callMethod(withDialogs(null).target, 'getHostInfo', {});
    expect(outcome).toMatchObject({ ok: true, result: { host: 'electron', dialogs: true } });
  });
});

describe('chooseSaveFile', () => {
  function withSaveDialog(answer: string | null) {
    const saveFile = vi.fn<DialogsPort['saveFile']>(() => Promise.resolve(answer));
    return { saveFile, target: hostTarget(createHostServices({ host: 'electron', dataDir: '/d', ports: { dialogs: { ...noDialogs, saveFile } } })) };
  }

  it('proposes the template’s file name and the Excel type in the caller’s language, and answers with the chosen path', async () => {
    const { saveFile, target } = withSaveDialog('D:\\标准\\创建标准模板.xlsx');
    expect(await callMethod(target, 'chooseSaveFile', { purpose: 'standardTemplate' })).toEqual({ ok: true, result: { path: 'D:\\标准\\创建标准模板.xlsx' } });
    expect(saveFile).toHaveBeenCalledExactlyOnceWith({ title: '保存创建标准模板', defaultName: '创建标准模板.xlsx', filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }] });
    await callMethod(target, 'chooseSaveFile', { purpose: 'standardTemplate' }, { locale: 'en-US' });
    expect(saveFile).toHaveBeenLastCalledWith({ title: 'Save the creation standard template', defaultName: 'creation-standard-template.xlsx', filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }] });
  });

  it('answers null when cancelled (an empty path too), refuses an unknown purpose, and is unsupported without dialogs', async () => {
    for (const answer of [null, '']) expect(await callMethod(withSaveDialog(answer).target, 'chooseSaveFile', { purpose: 'standardTemplate' })).toEqual({ ok: true, result: { path: null } });
    const { saveFile, target } = withSaveDialog('/x.xlsx');
    expect(await callMethod(target, 'chooseSaveFile', { purpose: 'anything' })).toMatchObject({ ok: false, failure: 'badParams' });
    expect(saveFile).not.toHaveBeenCalled();
    const plain = hostTarget(createHostServices({ host: 'web', dataDir: '/d' }));
    expect(await callMethod(plain, 'chooseSaveFile', { purpose: 'standardTemplate' })).toMatchObject({ ok: false, failure: 'refused', error: { code: 'host.error.unsupported' } });
  });
});
