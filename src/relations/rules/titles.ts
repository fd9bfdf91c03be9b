/**
 * Offices and ranks, and what holding them says about the holder's tie to an organization or country.
 * `leader` → leaderOf, `member` → memberOf, `rank` → memberOf (a rank only ties a person to a unit or an
 * organization, never to a country: "Russian Major General X" says nothing about Russia's government).
 *
 * A title is classified by the first phrase found reading left to right, longest phrase first at each
 * position, so "Deputy Prime Minister" is a member ("deputy" comes first) and "Chief of Staff" is not a
 * leader although it contains "chief".
 */
export type TitleClass = 'leader' | 'member' | 'rank';

export const titlePhrases: Readonly<Record<TitleClass, readonly string[]>> = {
  leader: [
    'president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'monarch',
    'leader', 'supreme leader', 'head', 'chief', 'chairman', 'chairwoman', 'chair', 'secretary general',
    'secretary-general', 'director', 'director general', 'director-general', 'commander',
    'mayor', 'governor', 'ceo', 'chief executive', 'founder', 'owner', 'dictator', 'ruler', 'warlord', 'ataman', 'rector',
    // A parliament's presiding officer heads it ("State Duma Speaker X"); over a country the office is held in
    // its service (country-office.ts: "Parliamentary Speaker X" → memberOf the country).
    'speaker', 'chairperson',
    // "General Director of the Y plant X" heads it; read first, "general" would make the title a military rank.
    'general director',
    // The top command of an armed force or group, and offices shared by two heads ("co-chair of the Y Council",
    // "co-leader of the Y party"): each holder leads the body (branch defence8b, probe sentences).
    'commander-in-chief', 'commander in chief', 'co-chair', 'co-chairman', 'co-chairwoman', 'co-chairperson', 'co-leader',
    'co-founder',
  ],
  member: [
    'minister', 'deputy', 'vice', 'vice president', 'vice-president', 'spokesperson', 'spokesman', 'spokeswoman',
    'press secretary', 'secretary', 'ambassador', 'envoy', 'official', 'officer', 'adviser', 'advisor', 'aide',
    'member', 'lawmaker', 'senator', 'legislator', 'chief of staff', 'representative', 'negotiator', 'diplomat',
    'soldier', 'serviceman', 'servicemen', 'servicemember', 'servicemembers', 'fighter', 'commissioner', 'attorney general', 'prosecutor',
    'first deputy', 'undersecretary', 'under secretary', 'assistant', 'financier',
    // The reports' other spelling of it: "Y Group financer X" (6 sentences of 3 of the 294 ISW reports).
    'financer',
    // A country's top soldier serves its government; he does not lead the country.
    'chief of defense', 'chief of defence', 'chief of the general staff', 'chief of general staff',
    'journalist', 'correspondent',
    // The chief of a body's policy in a field serves the body ("the Y foreign policy chief X"), as its ministers do.
    'policy chief',
    // Seats of a parliament and callings over an outlet or a party: "Duma parliamentarian X", "Y lead milblogger X".
    'parliamentarian', 'mp', 'milblogger', 'blogger', 'employee', 'staffer', 'operative',
    // One who deserted a force was in it ("Y deserter X" → memberOf Y).
    'deserter',
    // One sent by a country or body to broker a deal serves it ("Freedonian mediator X" → memberOf Freedonian).
    'mediator',
    // A government's or a body's lawyer in office: "White House Counsel X".
    'counsel',
    // An activist of a party serves it ("Y Party activist X"; over a country it is a calling, privateCallings).
    'activist',
    // Officials of a region's military enlistment office and rights ombudsmen serve it (annotation guidelines:
    // commissars, ombudsmen → memberOf): "Y Oblast Military Commissar X", "Freedonian Ombudsperson X".
    'commissar', 'ombudsman', 'ombudswoman', 'ombudsperson',
  ],
  rank: [
    'general', 'lieutenant', 'lieutenant general', 'lieutenant-general', 'colonel', 'colonel general', 'major',
    'major general', 'captain', 'admiral', 'vice admiral', 'rear admiral', 'marshal', 'field marshal',
    'sergeant', 'brigadier', 'brigadier general', 'commodore', 'corporal', 'private', 'lieutenant colonel',
    'lieutenant-colonel', 'army general',
  ],
};

/** Offices that lead a country, not only a body in it: heads of state and of government. */
export const countryLeaders: readonly string[] = [
  'president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'monarch', 'leader',
  'supreme leader', 'dictator', 'ruler', 'head of state', 'head of government',
];

/**
 * Callings that are no office of a state: "Russian journalist X" says where X comes from, not that X serves
 * Russia (over an organization they do tie: "BBC journalist X" → memberOf).
 */
export const privateCallings: readonly string[] = [
  'journalist', 'correspondent', 'financier', 'financer', 'blogger', 'milblogger', 'analyst', 'expert', 'activist',
  // An office of the opposition is held against the government, not in the state's service: "Freedonian
  // opposition leader X" neither leads nor serves Freedonia (wire-news dev: such leaderOf statements were wrong).
  'opposition',
  // Nor does a militant's or a rebel's command serve the state of his nationality: "a former Freedonian militant
  // commander X" (ISW reports: 5 of 5 such memberOf statements were wrong once "militant" joined the title words).
  'militant', 'rebel',
];

/**
 * Offices a town, a district or an occupation administration has: "Melitopol Mayor X", "Kherson occupation
 * deputy X". A head of state or a minister before a town's name is where they were ("in Tbilisi President X").
 */
export const localOffices: readonly string[] = [
  'mayor', 'head', 'governor', 'deputy', 'adviser', 'advisor', 'aide', 'administrator', 'secretary', 'chairman',
  'chairwoman', 'chair', 'official', 'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'prosecutor',
  'commissioner', 'council', 'councillor', 'councilor', 'member', 'leader', 'commissar', 'ombudsman', 'ombudswoman',
  'ombudsperson',
];

/**
 * Offices that serve another office: after a leader's title in one compound ("Mayor Advisor", "President
 * Press Secretary") they make the holder a member, not the leader. A title going on with "of"/"for"/"to"
 * names what is headed ("Head of the Advisory Council") and is not such a compound.
 */
export const servingHeads: readonly string[] = [
  'adviser', 'advisor', 'aide', 'assistant', 'spokesperson', 'spokesman', 'spokeswoman', 'press secretary',
  'deputy', 'representative', 'secretary',
];

/**
 * Words that may sit inside a title without deciding its class ("Foreign", "acting", "Defence") — a
 * `$title` element spans a run of these and phrase words.
 */
export const titleModifiers: readonly string[] = [
  'acting', 'former', 'then', 'current', 'new', 'top', 'senior', 'incoming', 'outgoing', 'interim', 'first',
  'foreign', 'defence', 'defense', 'interior', 'finance', 'economy', 'economic', 'justice', 'health', 'energy',
  'trade', 'home', 'state', 'national', 'security', 'intelligence', 'military', 'political', 'artillery',
  'operational', 'regional', 'district', 'executive', 'general', 'of', 'staff', 'affairs', 'for', 'occupation',
  'community',
  // Ministries and offices named by their field: "First Deputy Information Minister", "Mayoral Advisor".
  'information', 'construction', 'culture', 'education', 'emergency', 'emergencies', 'transport', 'labor',
  'labour', 'industry', 'agriculture', 'digital', 'development', 'mayoral', 'presidential', 'lead',
  'internal', 'parliamentary',
  // Fields of international bodies' offices in wire news: "the top U.N. humanitarian official X", "an Afghan army
  // general, X", "the chief U.N. nuclear inspector X".
  'humanitarian', 'nuclear', 'refugee', 'relief', 'aid', 'peace', 'disarmament', 'sanctions', 'army',
  // How the office was come by or left: "the newly appointed commander", "the recently dismissed head".
  'newly', 'recently', 'appointed', 'dismissed', 'previous', 'temporary', 'permanent',
  // Where the holder is at the time says nothing of the office: "the visiting speaker of X's parliament", "Y's
  // exiled political chief".
  'visiting', 'exiled',
  // Rank among the holders said before the office: "Y's senior-most uniformed officer", "Y's most senior general".
  'most', 'senior-most', 'uniformed',
  // The body's kind between its name and the office, in wire news: "Y terror network chief X", "Y militant group
  // leader X", "Y's spiritual leader".
  'terror', 'terrorist', 'network', 'militant', 'rebel', 'movement', 'group', 'spiritual',
];

/**
 * Offices sent to another country or body: after them "to" names the host, not whom the holder serves
 * ("Y Ambassador to Z X", "Y Permanent Representative to the UN X" serve Y; envoy.ts).
 */
export const envoyOffices: readonly string[] = ['ambassador', 'ambassadors', 'envoy', 'envoys', 'emissary', 'representative', 'representatives', 'plenipotentiary'];
