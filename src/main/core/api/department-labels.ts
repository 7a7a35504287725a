import type { Kysely } from 'kysely';
import { readAs, type Actor } from '../accounts/actor';
import type { HandlersFor } from '../dispatch';
import { labelSheet } from '../labels/sheet';
import { importLabelSheetAs, readAddedLanguagesIn, removeLanguageAs } from '../labels/store-as';
import type { StoreSchema } from '../store/store-schema';
import { bytesOf } from './edit';

/**
 * Settings → Printout languages on the department server (labels.ts is the workstation's): the
 * label sheet out (any counselor), a translated one in and an added language removed (a lead, as
 * method-roles.ts and the table's policies both say). Every print on the server reads the added
 * languages from the database when it starts (labels/store-as.ts), so an import is printed with at once.
 */
export function departmentLabels(db: Kysely<StoreSchema>, actor: Actor | null): HandlersFor<'labels'> {
  return {
    'labels.sheet': async ({ from }) => {
      const sheet = await labelSheet(from, await readAs(db, actor, (trx) => readAddedLanguagesIn(trx)));
      return { fileName: sheet.fileName, base64: sheet.bytes.toString('base64') };
    },
    'labels.import': ({ fileName, base64, replace }) => importLabelSheetAs(db, actor, { bytes: bytesOf(base64), fileName, replace: replace === true }, new Date()),
    'labels.remove': ({ code }) => removeLanguageAs(db, actor, code),
  };
}
