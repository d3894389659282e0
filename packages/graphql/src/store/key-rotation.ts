// `gonghui keys rotate`: every member's personal data (ID number, phone, birth date) and the
// ID-number blind index re-sealed under a new data key version, batch by batch in member-id order.
// First the ID numbers a bulk import remembers ("MemberImportPerson", how a resumed import finds a
// person twice in its file) get the new blind index too: each is found under its old one in "Member",
// whose ID number gives the new one; a person no member holds (a row refused before it was
// registered: no clear value is kept) is forgotten, so no value under the old key stays.
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
  await rotateImportPeople(db, cipher, batch);
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

/**
 * Gives every ID number an import remembers the blind index under `cipher`'s key, batch by batch in
 * key order: the member holding the old one (its rows are not rotated yet: this runs first) gives
 * the ID number; one no member holds is deleted. Returns how many were re-hashed or deleted.
 */
export async function rotateImportPeople(
  db: Pick<Database, 'prisma'>,
  cipher: PersonalDataCipher,
  batch = ROTATION_BATCH,
): Promise<number> {
  let changed = 0;
  let after = { importId: '', idNumberHash: '' };
  for (;;) {
    const page = await db.prisma.$transaction(async (tx) => {
      const people = await tx.$queryRaw<{ importId: string; idNumberHash: string }[]>`
        SELECT "importId", "idNumberHash" FROM "MemberImportPerson"
        WHERE ("importId", "idNumberHash") > (${after.importId}, ${after.idNumberHash})
        ORDER BY "importId", "idNumberHash" LIMIT ${batch} FOR UPDATE`;
      const stale = people.filter((p) => PersonalDataCipher.keyIdOf(p.idNumberHash) !== cipher.keyId);
      if (stale.length === 0) return people;
      const holders = await tx.$queryRaw<{ id: string; idNumberHash: string; idNumberEncrypted: string }[]>`
        SELECT "id", "idNumberHash", "idNumberEncrypted" FROM "Member"
        WHERE "idNumberHash" = ANY(${stale.map((p) => p.idNumberHash)}::text[])`;
      const rehashed = new Map(
        holders.map((m) => [m.idNumberHash, cipher.idNumberHash(cipher.open(m, 'idNumber'))]),
      );
      const moves = JSON.stringify(
        stale.map((p) => ({ ...p, rehashed: rehashed.get(p.idNumberHash) ?? null })),
      );
      await tx.$executeRaw`
        DELETE FROM "MemberImportPerson" p
        USING jsonb_to_recordset(${moves}::jsonb) AS s("importId" text, "idNumberHash" text, "rehashed" text)
        WHERE p."importId" = s."importId" AND p."idNumberHash" = s."idNumberHash" AND s."rehashed" IS NULL`;
      await tx.$executeRaw`
        UPDATE "MemberImportPerson" p SET "idNumberHash" = s."rehashed"
        FROM jsonb_to_recordset(${moves}::jsonb) AS s("importId" text, "idNumberHash" text, "rehashed" text)
        WHERE p."importId" = s."importId" AND p."idNumberHash" = s."idNumberHash"`;
      changed += stale.length;
      return people;
    });
    const last = page[page.length - 1];
    if (last === undefined) return changed;
    after = last;
  }
}
