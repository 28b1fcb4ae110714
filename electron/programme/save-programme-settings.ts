// Saving the programme's settings, which live in two files: the intervals in the register (its file carries
// them, so next-due dates follow from the register alone), the quota and report deadlines in the settings
// file. Two files cannot change as one, so only what changed is written, the settings file first; when the
// register then cannot be written, the caller learns exactly which part was kept.
import type { ProgrammeSettings } from '../../shared/contract/programme-spec';
import type { Problem } from '../../shared/problems';
import { canonicalJson } from '../../shared/util/canonical-json';
import { FileError } from '../files/file-error';
import type { ProgrammeFiles } from './programme-files';

export type SettingsSaved = { ok: true; settings: ProgrammeSettings } | { ok: false; partlySaved: Problem };

export async function saveProgrammeSettings(files: ProgrammeFiles, settings: ProgrammeSettings): Promise<SettingsSaved> {
  const register = await files.readRegister();
  const before = await files.readSettings(register);
  const fileChanged = canonicalJson({ quota: before.quota, reports: before.reports }) !== canonicalJson({ quota: settings.quota, reports: settings.reports });
  const intervalsChanged = canonicalJson(before.lifecycle) !== canonicalJson(settings.lifecycle);
  if (fileChanged) await files.writeSettings(settings);
  if (intervalsChanged) {
    try {
      await files.writeRegister({ ...register, settings: settings.lifecycle });
    } catch (cause) {
      // Nothing was kept when the settings file was not written either: the error is the whole story then.
      if (!fileChanged || !(cause instanceof FileError)) throw cause;
      return { ok: false, partlySaved: cause.problem };
    }
  }
  return { ok: true, settings: await files.readSettings(await files.readRegister()) };
}
