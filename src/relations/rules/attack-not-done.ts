/**
 * Words of wire news between a named party and an attack word that say the party did not make the attack (it was
 * plotted, called for or suffered; a court tried it): "a [Freedonian] military court sentenced ten militants for
 * plotting attacks on [X]", "[Red Hand] has called for new attacks on [X]", "[Freedonia] has been facing rocket fire
 * from militants in [X]", "rescued a [Freedonian] ship from a pirate attack in [X]". The attacker's gap (events.ts)
 * stops at them. On 300 unannotated wire-news stretches 4 of the 39 `attacked` statements left after
 * harmed-members.ts and speaking-party.ts crossed one of them, all wrong. Not "faces"/"faced": "the problems
 * [Freedonia] faces in its invasion of [X]" is its own attack (1 right ISW statement).
 */
export const ATTACK_NOT_DONE: readonly string[] = [
  'plot', 'plots', 'plotted', 'plotting', 'called', 'calls', 'calling', 'urged', 'urges', 'urging',
  'court', 'courts', 'tribunal', 'sentenced', 'convicted',
  'facing', 'rescued', 'rescue', 'wanted',
];
