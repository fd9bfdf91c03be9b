/**
 * Words right before a name (or a list of names) that make it a place: prepositions of place and movement
 * and the verbs of taking or hitting a place. Weaker words are left out on purpose: "of" ("Secretary of
 * …"), "on" ("on Russian, Ukrainian, and Western reporting"), "against" and "with" (units and people are
 * fought and met), "between" (sides), "including" (officials including …). Used where another sign already
 * points at a settlement: a Ukrainian or Russian qualifier ("near Mali X", qualified-place.ts), a list with
 * a known place in it ("near A, B, and C", list-place.ts).
 */
export const STRONG_PLACE_CUES: ReadonlySet<string> = new Set([
  'near', 'in', 'at', 'from', 'to', 'toward', 'towards', 'around', 'outside', 'into', 'via', 'through',
  'captured', 'seized', 'shelled', 'struck', 'attacked', 'liberated', 'recaptured', 'retook', 'occupied', 'entered',
  'reached', 'assaulted', 'stormed', 'bombarded', 'encircled', 'targeted', 'hit',
  'capturing', 'seizing', 'liberating', 'shelling', 'striking', 'attacking', 'targeting', 'entering', 'reaching',
  'capture', 'seize', 'liberate', 'recapture', 'retake', 'encircle', 'storm', 'enter', 'reach',
]);
