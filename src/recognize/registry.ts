import type { RecognizerFactory } from './recognizer.js';
import { unitGrammarRecognizer } from './recognizers/unit-grammar.js';
import { personRecognizer } from './recognizers/person.js';
import { organizationRecognizer } from './recognizers/organization.js';
import { acronymRecognizer } from './recognizers/acronym.js';
import { compromiseRecognizer } from './recognizers/compromise.js';
import { gazetteerRecognizer } from './recognizers/gazetteer.js';
import { demonymRecognizer } from './recognizers/demonym.js';
import { contextPlaceRecognizer } from './recognizers/context-place.js';
import { cueOrganizationRecognizer } from './recognizers/cue-organization.js';
import { qualifiedPlaceRecognizer } from './recognizers/qualified-place.js';
import { listPlaceRecognizer } from './recognizers/list-place.js';
import { facilityPlaceRecognizer } from './recognizers/facility-place.js';
import { speakerNameRecognizer } from './recognizers/speaker-name.js';
import { quotedUnitRecognizer } from './recognizers/quoted-unit.js';

/**
 * Recognizers a pipeline file may name in the recognize stage's `recognizers` option. Each entry is one
 * module under `src/recognize/recognizers/`. Add a recognizer by adding its factory here.
 */
export const recognizerRegistry: Record<string, RecognizerFactory> = {
  'unit-grammar': unitGrammarRecognizer,
  person: personRecognizer,
  organization: organizationRecognizer,
  acronym: acronymRecognizer,
  compromise: compromiseRecognizer,
  gazetteer: gazetteerRecognizer,
  demonym: demonymRecognizer,
  'context-place': contextPlaceRecognizer,
  'cue-organization': cueOrganizationRecognizer,
  'qualified-place': qualifiedPlaceRecognizer,
  'list-place': listPlaceRecognizer,
  'facility-place': facilityPlaceRecognizer,
  'speaker-name': speakerNameRecognizer,
  'quoted-unit': quotedUnitRecognizer,
};
