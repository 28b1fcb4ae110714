// Turning a key file's wrapped seed back into the key: only with the wrapper that wrapped it, and only when
// the seed it gives is the key the file says it holds. A keychain that refuses (HostError, e.g. no usable
// keychain on this system) is passed on as it is, so the user reads why and what to do.
import { fromBase64Url, toBase64Url } from '../../shared/crypto/base64url';
import { SEED_LENGTH } from '../../shared/crypto/keys';
import { signerFromSeed, type Signer } from '../../shared/crypto/signer';
import { error } from '../../shared/problems';
import { detailOf, FileError } from '../files/file-error';
import { HostError } from '../host/host-error';
import type { KeyFile } from './key-file';
import { OS_KEYCHAIN_PROTECTION, type KeyWrapper } from './key-wrapper';

function wrongProtection(file: KeyFile, path: string, wrapper: KeyWrapper): FileError {
  // The common case has its own message: a key the desktop app moved into the keychain, opened by the web host
  // or the CLI, which have no keychain. The user's way out is the desktop app, not another computer.
  if (file.protection === OS_KEYCHAIN_PROTECTION) return new FileError(error('crypto.keyStore.needsDesktopApp', path, { path }));
  return new FileError(error('crypto.keyStore.wrongProtection', path, { path, stored: file.protection, current: wrapper.protection }));
}

/**
 * The seed and its signer, checked against the file's public key and fingerprint. The caller zeroes the seed
 * once done with it.
 */
export async function unwrapVerifiedSeed(file: KeyFile, path: string, wrapper: KeyWrapper): Promise<{ seed: Uint8Array; signer: Signer }> {
  if (file.protection !== wrapper.protection) throw wrongProtection(file, path, wrapper);
  const wrapped = fromBase64Url(file.wrappedSeed);
  if (wrapped === null) throw new FileError(error('crypto.keyStore.corrupt', path, { path }));
  let seed: Uint8Array;
  try {
    seed = await wrapper.unwrap(wrapped);
  } catch (cause) {
    if (cause instanceof HostError) throw cause;
    throw new FileError(error('crypto.keyStore.cannotRead', path, { path, detail: detailOf(cause) }), cause);
  }
  if (seed.length !== SEED_LENGTH) throw new FileError(error('crypto.keyStore.corrupt', path, { path }));
  const signer = signerFromSeed(seed);
  if (signer.fingerprint !== file.fingerprint || toBase64Url(signer.publicKey) !== file.publicKey) {
    seed.fill(0);
    throw new FileError(error('crypto.keyStore.keyMismatch', path, { path }));
  }
  return { seed, signer };
}

/** The file's key as a Signer; the seed does not outlive this call. */
export async function unlock(file: KeyFile, path: string, wrapper: KeyWrapper): Promise<Signer> {
  const { seed, signer } = await unwrapVerifiedSeed(file, path, wrapper);
  seed.fill(0);
  return signer;
}
