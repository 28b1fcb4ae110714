// `npm run cli -- identity [--create --name NAME --role expert|office] [--data-dir DIR]`: shows the key of
// this data directory (name, role, grouped fingerprint, what protects it), making it with --create. The
// fingerprint is what the other side writes down: the office enrols an expert's, experts compare the
// office's with the one in the session file. Exit codes: 0 shown, 1 no key yet (or an unsafe key file), 2 usage.
import { identityRoleSchema } from '../../keys/key-file';
import { loadIdentity, loadOrCreateIdentity, type PublicIdentity } from '../../keys/key-store';
import { plainFileKeyWrapper } from '../../keys/key-wrapper';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { dataDirFrom, parseCommandArgs, UsageError, withUsage, zh } from '../command-kit';
import type { CliIo } from '../io';

const OPTIONS = { create: { type: 'boolean' }, name: { type: 'string' }, role: { type: 'string' } } as const;

export function printIdentity(io: CliIo, identity: PublicIdentity): void {
  io.out(zh('cli.identity.name', { name: identity.name }));
  io.out(zh('cli.identity.role', { role: zh(`cli.role.${identity.role}`) }));
  io.out(zh('cli.identity.fingerprint', { fingerprint: groupedFingerprint(identity.fingerprint) }));
  io.out(zh('cli.identity.protection', { protection: zh(`host.keyProtection.${identity.protection}` as 'host.keyProtection.file-permissions') }));
  io.out(zh('cli.identity.keyFile', { path: identity.keyFile }));
}

export const identityCommand = withUsage('cli.identity.usage', async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  if (positionals.length > 0) throw new UsageError('');
  const dataDir = await dataDirFrom(values['data-dir']);
  if (values.create !== true) {
    const loaded = await loadIdentity(dataDir, plainFileKeyWrapper);
    if (loaded === null) {
      io.out(zh('cli.identity.none', { dataDir }));
      return 1;
    }
    printIdentity(io, loaded.identity);
    return 0;
  }
  const role = identityRoleSchema.safeParse(values.role);
  const name = values.name?.trim() ?? '';
  if (!role.success || name === '') throw new UsageError(zh('cli.identity.needsNameAndRole'));
  const loaded = await loadOrCreateIdentity(dataDir, { name, role: role.data }, plainFileKeyWrapper);
  // An existing key is never replaced: it may already have signed files the other side holds.
  io.out(zh(loaded.created ? 'cli.identity.created' : 'cli.identity.exists'));
  printIdentity(io, loaded.identity);
  return 0;
});
