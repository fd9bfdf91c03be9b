import type { Doc, Mention } from '../model/document.js';
import { listHead } from './list-head.js';

/**
 * Where a withdrawal went is where a unit heads to rest or regroup, not where it operates: "elements of the A and B
 * withdrew to X after sustaining heavy losses", "a BTG of the C retreated back into Y", "units of the D are being
 * withdrawn to the X area" (fresh7-read: 2 such unit statements, neither annotated by its two blind annotators; 5 on the
 * 294 ISW reports; none in the ISW dev gold). Only the verb right before the place (and its list's head): "withdrew from
 * A to X" is a sending's (builtin.ts unit-sent-to-place), "redeployed to X" a deployment.
 */
const WITHDRAWN_TO = /\b(?:withdr[ae]w\w*|retreat\w*|pulled\s+back|fell\s+back)\s+(?:(?:back|further|fully|partially|completely)\s+)?(?:to|into)\s+(?:the\s+)?$/i;
/** Enough text before the place to see the verb. */
const LOOK_BEHIND = 48;

export function withdrawnTo(doc: Doc, place: Mention): boolean {
  const head = listHead(doc, place);
  return WITHDRAWN_TO.test(doc.text.slice(Math.max(0, head.start - LOOK_BEHIND), head.start));
}
