// The expert's own profile: one row, written whole, createdAt kept from the first save.
import { error, type Problem } from '../../../shared/problems';
import type { ExpertDatabase } from './expert-database';
import { InvalidRecordError } from './invalid-record';
import { failedFields, parseRow, type ReadResult } from './read-record';
import { PROFILE_ID, profileRowSchema, type ProfileRow } from './records';

export interface ProfileInput {
  name: string;
  organisation?: string;
  title?: string;
  city?: string;
  keyFingerprint?: string | null;
}

const WHERE = `profile/${PROFILE_ID}`;
const damaged = (fields: string): Problem => error('expertSession.db.damaged.profile', WHERE, { fields });

export async function saveProfile(db: ExpertDatabase, input: ProfileInput, at: Date = new Date()): Promise<ProfileRow> {
  const now = at.toISOString();
  return db.transaction('rw', db.profile, async () => {
    const previous = profileRowSchema.safeParse(await db.profile.get(PROFILE_ID));
    const parsed = profileRowSchema.safeParse({
      id: PROFILE_ID,
      name: input.name,
      organisation: input.organisation ?? '',
      title: input.title ?? '',
      city: input.city ?? '',
      keyFingerprint: input.keyFingerprint ?? null,
      // A damaged previous row gives no creation time to keep; this save starts the profile again.
      createdAt: previous.success ? previous.data.createdAt : now,
      updatedAt: now,
    });
    // Checked inside the transaction only because createdAt comes from it; throwing aborts it unwritten.
    if (!parsed.success) throw new InvalidRecordError(error('expertSession.db.invalidProfile', WHERE, { fields: failedFields(parsed.error.issues) }));
    await db.profile.put(parsed.data);
    return parsed.data;
  });
}

/** The profile; `value: undefined` before the expert has saved one. */
export async function readProfile(db: ExpertDatabase): Promise<ReadResult<ProfileRow | undefined>> {
  const raw: unknown = await db.profile.get(PROFILE_ID);
  if (raw === undefined) return { ok: true, value: undefined };
  return parseRow(profileRowSchema, raw, damaged);
}
