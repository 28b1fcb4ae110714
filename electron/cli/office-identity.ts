// The identity a command needs before it can sign or decrypt: loaded from the data directory, or a hint
// telling the user how to make it (exit 1). Never created implicitly: a key the user has not seen being
// made has no fingerprint anyone wrote down.
import { loadIdentity, type LoadedIdentity } from '../keys/key-store';
import { plainFileKeyWrapper } from '../keys/key-wrapper';
import { zh } from './command-kit';
import type { CliIo } from './io';

export async function requireIdentity(io: CliIo, dataDir: string, role: 'expert' | 'office'): Promise<LoadedIdentity | null> {
  const loaded = await loadIdentity(dataDir, plainFileKeyWrapper);
  if (loaded === null) io.out(zh(role === 'office' ? 'cli.identity.needOffice' : 'cli.identity.needExpert', { dataDir }));
  return loaded;
}
