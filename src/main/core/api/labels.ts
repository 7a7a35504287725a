import type { HandlersFor } from '../dispatch';
import { importLabelSheet } from '../labels/import';
import { labelSheet } from '../labels/sheet';
import { readAddedLanguages, removeLanguage } from '../labels/store';
import type { Store } from '../store/connection';
import { bytesOf } from './edit';

/** Settings → Printout languages: the label sheet out, a translated one in, an added language removed. */
export function labelHandlers(store: Store): HandlersFor<'labels'> {
  const { db } = store;
  return {
    'labels.sheet': async ({ from }) => {
      const sheet = await labelSheet(from, readAddedLanguages(db));
      return { fileName: sheet.fileName, base64: sheet.bytes.toString('base64') };
    },
    'labels.import': ({ fileName, base64, replace }) => importLabelSheet(db, { bytes: bytesOf(base64), fileName, replace: replace === true }, new Date(), null),
    'labels.remove': ({ code }) => removeLanguage(db, code),
  };
}
