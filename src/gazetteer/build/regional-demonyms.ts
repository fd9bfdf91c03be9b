import { IndexBuilder, PAIR_DEMONYM } from '../index.js';

/**
 * Nationality words of regions rather than countries ("Chechen", "Transnistrian", "Crimean"): curated in
 * gazetteers/curated/regional-demonyms.json (its `source` says from what), keyed by the id of a record another
 * list already made (a subdivision, a curated region). world-countries has demonyms of countries only, so
 * "Chechen leader X" had no group and "Transnistrian forces" no actor.
 */
export interface RegionalDemonyms {
  source: string;
  licence?: string;
  /** Record id → its demonym forms. */
  demonyms: Record<string, string[]>;
}

/** Adds each demonym to its record; an id no list made is an error of the curated file, named. */
export function addRegionalDemonyms(builder: IndexBuilder, file: RegionalDemonyms): number {
  let added = 0;
  for (const [id, forms] of Object.entries(file.demonyms)) {
    const record = builder.recordById(id);
    if (record === undefined) throw new Error(`regional-demonyms.json: no gazetteer record has the id "${id}"`);
    for (const form of forms) builder.addName(record, form, PAIR_DEMONYM);
    added += forms.length;
  }
  return added;
}
