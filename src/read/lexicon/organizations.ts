// International organisations, alliances, media and government bodies that are named rather than described.

import type { ActorKind } from '../../types.js';

export interface OrgEntry {
  name: string;
  kind: ActorKind;
  code: string | null;
  /** Id of the actor this one is part of ("united-nations" for the Security Council). */
  partOf?: string;
  /** Alpha-2 of the country a national body belongs to. */
  country?: string;
}

const ORGS: Array<[string[], OrgEntry]> = [
  [['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance', 'OTAN'], { name: 'NATO', kind: 'alliance', code: 'NATO' }],
  [['UN', 'U.N.', 'United Nations', 'UNO'], { name: 'United Nations', kind: 'international-organization', code: 'UN' }],
  [['UN Security Council', 'U.N. Security Council', 'United Nations Security Council', 'UNSC', 'Security Council'], { name: 'UN Security Council', kind: 'international-organization', code: 'UNSC', partOf: 'united-nations' }],
  [['UN General Assembly', 'United Nations General Assembly', 'UNGA', 'General Assembly'], { name: 'UN General Assembly', kind: 'international-organization', code: 'UNGA', partOf: 'united-nations' }],
  [['OSCE', 'Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'], { name: 'OSCE', kind: 'international-organization', code: 'OSCE' }],
  [['CSCE', 'Conference on Security and Co-operation in Europe', 'Conference on Security and Cooperation in Europe'], { name: 'CSCE', kind: 'international-organization', code: 'CSCE' }],
  [['EU', 'E.U.', 'European Union'], { name: 'European Union', kind: 'international-organization', code: 'EU' }],
  [['European Commission'], { name: 'European Commission', kind: 'international-organization', code: 'EC', partOf: 'european-union' }],
  [['European Parliament'], { name: 'European Parliament', kind: 'international-organization', code: 'EP', partOf: 'european-union' }],
  [['Council of Europe'], { name: 'Council of Europe', kind: 'international-organization', code: 'CoE' }],
  [['CSTO', 'Collective Security Treaty Organization'], { name: 'CSTO', kind: 'alliance', code: 'CSTO' }],
  [['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'], { name: 'Shanghai Cooperation Organisation', kind: 'international-organization', code: 'SCO' }],
  [['CIS', 'Commonwealth of Independent States'], { name: 'Commonwealth of Independent States', kind: 'international-organization', code: 'CIS' }],
  [['BRICS'], { name: 'BRICS', kind: 'international-organization', code: 'BRICS' }],
  [['G7', 'G-7', 'Group of Seven'], { name: 'G7', kind: 'international-organization', code: 'G7' }],
  [['G20', 'G-20', 'Group of Twenty'], { name: 'G20', kind: 'international-organization', code: 'G20' }],
  [['ASEAN'], { name: 'ASEAN', kind: 'international-organization', code: 'ASEAN' }],
  [['African Union'], { name: 'African Union', kind: 'international-organization', code: 'AU' }],
  [['Arab League', 'League of Arab States'], { name: 'Arab League', kind: 'international-organization', code: 'LAS' }],
  [['OPEC'], { name: 'OPEC', kind: 'international-organization', code: 'OPEC' }],
  [['IAEA', 'International Atomic Energy Agency'], { name: 'IAEA', kind: 'international-organization', code: 'IAEA' }],
  [['WHO', 'World Health Organization'], { name: 'World Health Organization', kind: 'international-organization', code: 'WHO' }],
  [['WTO', 'World Trade Organization'], { name: 'World Trade Organization', kind: 'international-organization', code: 'WTO' }],
  [['IMF', 'International Monetary Fund'], { name: 'IMF', kind: 'international-organization', code: 'IMF' }],
  [['World Bank'], { name: 'World Bank', kind: 'international-organization', code: 'WB' }],
  [['ICC', 'International Criminal Court'], { name: 'International Criminal Court', kind: 'international-organization', code: 'ICC' }],
  [['ICJ', 'International Court of Justice'], { name: 'International Court of Justice', kind: 'international-organization', code: 'ICJ' }],
  [['Pentagon'], { name: 'Pentagon', kind: 'ministry', code: null, country: 'US' }],
  [['White House'], { name: 'White House', kind: 'government', code: null, country: 'US' }],
  [['Kremlin'], { name: 'Kremlin', kind: 'government', code: null, country: 'RU' }],
  [['Downing Street'], { name: 'Downing Street', kind: 'government', code: null, country: 'GB' }],
  [['Elysee Palace', 'Élysée Palace', 'Elysee', 'Élysée'], { name: 'Élysée Palace', kind: 'government', code: null, country: 'FR' }],
  [['State Duma', 'Duma'], { name: 'State Duma', kind: 'government', code: null, country: 'RU' }],
  [['Verkhovna Rada', 'Rada'], { name: 'Verkhovna Rada', kind: 'government', code: null, country: 'UA' }],
  [['US Congress', 'U.S. Congress', 'Congress'], { name: 'US Congress', kind: 'government', code: null, country: 'US' }],
  [['CIA', 'Central Intelligence Agency'], { name: 'CIA', kind: 'government', code: null, country: 'US' }],
  [['FBI'], { name: 'FBI', kind: 'government', code: null, country: 'US' }],
  [['FSB'], { name: 'FSB', kind: 'government', code: null, country: 'RU' }],
  [['RIA Novosti', 'RIA'], { name: 'RIA Novosti', kind: 'media', code: null }],
  [['TASS', 'ITAR-TASS'], { name: 'TASS', kind: 'media', code: null }],
  [['Interfax'], { name: 'Interfax', kind: 'media', code: null }],
  [['RT', 'Russia Today'], { name: 'RT', kind: 'media', code: null }],
  [['Lenta.ru'], { name: 'Lenta.ru', kind: 'media', code: null }],
  [['Sputnik'], { name: 'Sputnik', kind: 'media', code: null }],
  [['Izvestia'], { name: 'Izvestia', kind: 'media', code: null }],
  [['Kommersant'], { name: 'Kommersant', kind: 'media', code: null }],
  [['Reuters'], { name: 'Reuters', kind: 'media', code: null }],
  [['AFP', 'Agence France-Presse'], { name: 'AFP', kind: 'media', code: null }],
  [['Associated Press', 'AP'], { name: 'Associated Press', kind: 'media', code: null }],
  [['BBC'], { name: 'BBC', kind: 'media', code: null }],
  [['CNN'], { name: 'CNN', kind: 'media', code: null }],
  [['Bloomberg'], { name: 'Bloomberg', kind: 'media', code: null }],
  [['The New York Times', 'New York Times'], { name: 'The New York Times', kind: 'media', code: null }],
  [['The Washington Post', 'Washington Post'], { name: 'The Washington Post', kind: 'media', code: null }],
  [['The Wall Street Journal', 'Wall Street Journal'], { name: 'The Wall Street Journal', kind: 'media', code: null }],
  [['The Guardian'], { name: 'The Guardian', kind: 'media', code: null }],
  [['Al Jazeera'], { name: 'Al Jazeera', kind: 'media', code: null }],
  [['Federal Reserve', 'Fed'], { name: 'Federal Reserve', kind: 'government', code: null, country: 'US' }],
  // Companies named constantly in news, whose names carry no organisation head word.
  ...[
    'Wells Fargo', 'Goldman Sachs', 'JPMorgan Chase', 'JPMorgan', 'Morgan Stanley', 'Citigroup', 'Bank of America',
    'Apple', 'Microsoft', 'Google', 'Alphabet', 'Amazon', 'Facebook', 'Twitter', 'Pfizer', 'Moderna',
    'AstraZeneca', 'Johnson & Johnson', 'Boeing', 'Airbus', 'General Motors', 'Exxon Mobil', 'ExxonMobil', 'Chevron',
    'Walmart', 'Gazprom', 'Rosneft', 'Lukoil', 'Toyota', 'Volkswagen', 'Samsung', 'Huawei', 'Tesla', 'Netflix',
    'Uber', 'Siemens', 'BP', 'Nestle', 'Nestlé', 'IBM', 'Intel', 'Nvidia', 'Disney',
  ].map((n): [string[], OrgEntry] => [[n], { name: n, kind: 'organization', code: null }]),
];

/** Surface form → entry (case-sensitive: "WHO" the organisation, not "who"). */
export const ORG_NAMES = new Map<string, OrgEntry>();
for (const [names, entry] of ORGS) for (const n of names) ORG_NAMES.set(n, entry);

/**
 * Government bodies named by function: "Foreign Ministry", "Ministry of Foreign Affairs", "MFA",
 * "State Department". The function word gives a stable canonical form, qualified by the country
 * demonym ("Russian Foreign Ministry") or, for US departments, "US ... Department".
 */
export interface MinistryForm {
  /** Canonical function ("Foreign Ministry", "State Department"). */
  fn: string;
  /** Country that owns the body by definition (only the US has a State Department). */
  country?: string;
}

// Every written form, spelled out (rather than as patterns) so that a phrase is looked up, not matched
// against each pattern in turn: the actor finder asks about every capitalised phrase of every text.
const MINISTRY_FUNCTIONS: Array<[string[], string]> = [
  [['Foreign Ministry', 'Foreign Affairs Ministry', 'Ministry of Foreign Affairs', 'Ministry for Foreign Affairs', 'Foreign Office', 'MFA', 'MID'], 'Foreign Ministry'],
  [['Defence Ministry', 'Defense Ministry', 'Ministry of Defence', 'Ministry of Defense', 'MoD'], 'Defence Ministry'],
  [['Interior Ministry', 'Ministry of Interior', 'Ministry of the Interior', 'Ministry of Internal Affairs', 'Home Office'], 'Interior Ministry'],
  [['Finance Ministry', 'Ministry of Finance', 'Treasury'], 'Finance Ministry'],
  [['Justice Ministry', 'Ministry of Justice'], 'Justice Ministry'],
  [['Economy Ministry', 'Economic Development Ministry', 'Ministry of Economy', 'Ministry of the Economy', 'Ministry of Economic Development'], 'Economy Ministry'],
  [['Energy Ministry', 'Ministry of Energy'], 'Energy Ministry'],
  [['Health Ministry', 'Ministry of Health'], 'Health Ministry'],
  [['Emergencies Ministry', 'Ministry of Emergency Situations', 'Emergency Situations Ministry'], 'Emergencies Ministry'],
];
const US_DEPARTMENTS: Array<[string[], string]> = [
  [['State Department', 'Department of State', 'DoS'], 'State Department'],
  [['Defense Department', 'Department of Defense', 'DoD'], 'Defense Department'],
  [['Treasury Department', 'Department of the Treasury'], 'Treasury Department'],
  [['Justice Department', 'Department of Justice', 'DoJ'], 'Justice Department'],
  [['Homeland Security Department', 'Department of Homeland Security', 'DHS'], 'Homeland Security Department'],
  [['Commerce Department', 'Department of Commerce'], 'Commerce Department'],
];

/** Written form → function (and owning country). */
export const MINISTRY_FORMS = new Map<string, MinistryForm>();
for (const [forms, fn] of MINISTRY_FUNCTIONS) for (const f of forms) if (!MINISTRY_FORMS.has(f)) MINISTRY_FORMS.set(f, { fn });
for (const [forms, fn] of US_DEPARTMENTS) for (const f of forms) if (!MINISTRY_FORMS.has(f)) MINISTRY_FORMS.set(f, { fn, country: 'US' });

export function ministryFunction(phrase: string): MinistryForm | null {
  const form = MINISTRY_FORMS.get(phrase);
  return form ? { ...form } : null;
}

/** Head nouns that make a capitalised phrase an organisation ("... Affairs Council", "... Institute"). */
export const ORG_HEADS = new Set([
  'Council', 'Committee', 'Commission', 'Ministry', 'Department', 'Agency', 'Institute', 'University', 'Party',
  'Bank', 'Fund', 'Organization', 'Organisation', 'Union', 'Association', 'Court', 'Parliament', 'Assembly',
  'Congress', 'Senate', 'Service', 'Office', 'Corporation', 'Company', 'Foundation', 'Center', 'Centre',
  'Forces', 'Army', 'Navy', 'Guard', 'Guards', 'Federation', 'League', 'Group', 'Government', 'Administration',
  'Cabinet', 'Directorate', 'Inspectorate', 'Bureau', 'Academy', 'Society', 'Club', 'Network', 'Authority',
  'Police', 'Command', 'Secretariat', 'Chamber', 'Board', 'Mission', 'Embassy', 'Consulate', 'Inc', 'Ltd',
  'LLC', 'Group', 'Holding', 'Media', 'News', 'Times', 'Post', 'Agency', 'Tribunal',
]);

/** Head nouns of documents, events and formats: capitalised but never actors ("Minsk agreements", "UN Charter"). */
export const NON_ACTOR_HEADS = new Set([
  'Treaty', 'Treaties', 'Agreement', 'Agreements', 'Memorandum', 'Charter', 'Resolution', 'Convention',
  'Declaration', 'Protocol', 'Accord', 'Accords', 'Act', 'Format', 'Formula', 'Doctrine', 'Plan', 'Strategy',
  'Summit', 'Conference', 'Talks', 'Initiative', 'Process', 'Program', 'Programme', 'Law', 'Code', 'Constitution',
  'Pact', 'Deal', 'Statement', 'Report', 'Package', 'War', 'Crisis', 'Operation', 'Day', 'Games', 'Cup',
  'Missiles', 'Missile', 'Arms', 'Weapons', 'Measures', 'Stream', 'Pipeline', 'Square', 'Street', 'Avenue',
]);
