// The county register signed with the office key, like the office's other records (the suggestion lists): the
// replay in parseCountyRegister catches a history the rules would not give, but not a 文号, a date or a review
// session changed by hand within the rules; the signature does. A register signed by another key is refused
// as well, so a file copied in from another office is never taken for this office's own record.
import type { SigningKey } from '../../shared/crypto/signer';
import { buildSignedFile, readSignedFile, type SignedFileFormat } from '../../shared/files/signed-file';
import { countyRegisterSchema, parseCountyRegister, type CountyRegister } from '../../shared/lifecycle/county-register';
import { error, type Problem } from '../../shared/problems';
import { nodeCrypto } from '../crypto/node-crypto';

export const SIGNED_COUNTY_REGISTER_FORMAT = 'review-desk/signed-county-register';

/** Far above any real programme (a province has a few hundred counties, each a dozen events). */
const MAX_BYTES = 64 * 1024 * 1024;

const signedRegisterFormat: SignedFileFormat<typeof countyRegisterSchema> = {
  format: SIGNED_COUNTY_REGISTER_FORMAT,
  formatVersion: 1,
  schema: countyRegisterSchema,
  maxBytes: MAX_BYTES,
};

export const signedRegisterBytes = (register: CountyRegister, key: SigningKey): Uint8Array => buildSignedFile(signedRegisterFormat, register, key).bytes;

export type RegisterRead = { ok: true; register: CountyRegister } | { ok: false; problems: Problem[] };

/** The register if the file verifies, was signed by `officeFingerprint` and replays under the rules. */
export function readSignedRegister(bytes: Uint8Array, officeFingerprint: string): RegisterRead {
  const read = readSignedFile(signedRegisterFormat, bytes, { crypto: nodeCrypto });
  if (!read.ok) return { ok: false, problems: [read.problem, ...(read.details ?? [])] };
  if (read.file.signerFingerprint !== officeFingerprint) {
    return { ok: false, problems: [error('programme.file.otherSigner', 'signer', { signer: read.file.signerFingerprint, office: officeFingerprint })] };
  }
  const replayed = parseCountyRegister(read.file.payload);
  return replayed.ok ? { ok: true, register: replayed.register } : { ok: false, problems: replayed.problems };
}
