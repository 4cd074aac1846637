// App settings as a small key-value table: language, second time zone, last incident.
// A full disk refuses a write as storage.full (storageFull.ts); the old value stays.
import { z } from '../../../shared/zod';
import { LanguageSchema } from '../../../shared/ipc/contract';
import { TimeZoneSchema } from '../../../shared/domain/common';
import type { LanternDB } from '../db';
import { storageChecked } from './storageFull';

export const SettingSchemas = {
  language: LanguageSchema,
  secondaryZone: TimeZoneSchema.nullable(),
  lastIncidentId: z.string().nullable(),
} as const;
export type SettingKey = keyof typeof SettingSchemas;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SettingSchemas)[K]>;

export async function readSetting<K extends SettingKey>(db: LanternDB, key: K): Promise<SettingValue<K> | undefined> {
  const record = await db.settings.get(key);
  const parsed = SettingSchemas[key].safeParse(record?.value);
  return parsed.success ? (parsed.data as SettingValue<K>) : undefined;
}

export async function writeSetting<K extends SettingKey>(db: LanternDB, key: K, value: SettingValue<K>): Promise<void> {
  const parsed = SettingSchemas[key].parse(value);
  await storageChecked(() => db.settings.put({ key, value: parsed }));
}
