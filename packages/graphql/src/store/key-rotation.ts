// `gonghui keys rotate`: every member's personal data (ID number, phone, birth date) and the
// ID-number blind index re-sealed under a new data key version, batch by batch in member-id order.
// Each value says which key version sealed it (`v1:…`, `v2:…`), so a run that stopped continues:
// rows already under the new version are passed over, the rest are opened with the old key and
// sealed with the new one. Run it with the servers stopped (a server holds one key; the lookup by ID
// number needs every row under that key), then start them with the new GONGHUI_DATA_KEY.

import type { Database } from './database.js';
import { PersonalDataCipher } from './personal-data.js';

/** Members re-sealed per transaction. */
export const ROTATION_BATCH = 500;

/** Where a rotation stands. */
export interface RotationProgress {
  /** Members looked at so far, and in all. */
  readonly seen: number;
  readonly total: number;
  /** Members re-sealed by this run (the rest were already under the new key). */
  readonly rotated: number;
}

/**
 * Re-seals every member under `cipher`'s key, opening what is still sealed under `cipher.previous`.
 * Throws (naming the member) on a value neither key opens, leaving the batches before it done.
 */
export async function rotatePersonalData(
  db: Pick<Database, 'prisma'>,
  cipher: PersonalDataCipher,
  onProgress: (progress: RotationProgress) => void = () => {},
  batch = ROTATION_BATCH,
): Promise<RotationProgress> {
  if (cipher.previous === null) throw new Error('a rotation needs the old key: give GONGHUI_OLD_DATA_KEY');
  const total = await db.prisma.member.count();
  let progress: RotationProgress = { seen: 0, total, rotated: 0 };
  let after = '';
  for (;;) {
    const page = await db.prisma.member.findMany({
      where: { id: { gt: after } },
      orderBy: { id: 'asc' },
      take: batch,
      select: { id: true },
    });
    const last = page[page.length - 1];
    if (last === undefined) break;
    const rotated = await db.prisma.$transaction(async (tx) => {
      // Locked as read: a change made meanwhile (there should be none) is not overwritten.
      const rows = await tx.$queryRaw<
        {
          id: string;
          idNumberHash: string;
          idNumberEncrypted: string;
          phoneEncrypted: string | null;
          birthDateEncrypted: string;
        }[]
      >`
        SELECT "id", "idNumberHash", "idNumberEncrypted", "phoneEncrypted", "birthDateEncrypted"
        FROM "Member" WHERE "id" > ${after} AND "id" <= ${last.id} ORDER BY "id" FOR UPDATE`;
      const stale = rows.filter(
        (r) =>
          PersonalDataCipher.keyIdOf(r.idNumberHash) !== cipher.keyId ||
          [r.idNumberEncrypted, r.phoneEncrypted, r.birthDateEncrypted].some(
            (v) => v !== null && PersonalDataCipher.keyIdOf(v) !== cipher.keyId,
          ),
      );
      if (stale.length === 0) return 0;
      const sealed = JSON.stringify(
        stale.map((r) => ({ id: r.id, ...cipher.seal(r.id, cipher.openAll(r)) })),
      );
      await tx.$executeRaw`
        UPDATE "Member" m SET "idNumberHash" = s."idNumberHash", "idNumberEncrypted" = s."idNumberEncrypted",
               "phoneEncrypted" = s."phoneEncrypted", "birthDateEncrypted" = s."birthDateEncrypted",
               "phoneHash" = s."phoneHash"
        FROM jsonb_to_recordset(${sealed}::jsonb) AS s("id" text, "idNumberHash" text, "idNumberEncrypted" text,
             "phoneEncrypted" text, "birthDateEncrypted" text, "phoneHash" text)
        WHERE m."id" = s."id"`;
      return stale.length;
    });
    progress = { seen: progress.seen + page.length, total, rotated: progress.rotated + rotated };
    onProgress(progress);
    after = last.id;
  }
  return progress;
}
