// Countries (ISO 3166-1 alpha-2 names from i18n-iso-countries), their demonyms and capitals.
import { createRequire } from 'node:module';

interface CountryLocale {
  countries: Record<string, string | string[]>;
}

// Only the English name list is needed; loading the package entry point would register ~80 locales.
const en = createRequire(import.meta.url)('i18n-iso-countries/langs/en.json') as CountryLocale;

/** Short names used as the canonical name where the ISO list's first choice is a formal or inverted one. */
const CANONICAL: Record<string, string> = {
  US: 'United States', GB: 'United Kingdom', RU: 'Russia', KR: 'South Korea', KP: 'North Korea', IR: 'Iran',
  SY: 'Syria', MD: 'Moldova', LA: 'Laos', VA: 'Vatican', FM: 'Micronesia', CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo', TW: 'Taiwan', TR: 'Turkey', CZ: 'Czech Republic', MK: 'North Macedonia',
  PS: 'Palestine', TZ: 'Tanzania', CN: 'China', VE: 'Venezuela', BO: 'Bolivia', NL: 'Netherlands', GM: 'Gambia',
  CI: 'Ivory Coast', BN: 'Brunei', VN: 'Vietnam', BS: 'Bahamas',
};

/** Extra names seen in news text that the ISO list lacks. */
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['America', 'the States'],
  GB: ['Britain', 'U.K.'],
  RU: ['RF'],
  UA: ['the Ukraine'],
  CN: ['PRC'],
  KP: ['DPRK'],
  KR: ['ROK'],
  AE: ['UAE'],
  BY: ['Byelorussia'],
  MD: ['Moldavia'],
};

export interface CountryEntry {
  code: string;
  name: string;
}

/** Country name (as written, case-sensitive) → entry. Names with a comma ("Korea, Republic of") are inverted forms and left out. */
export const COUNTRY_NAMES = new Map<string, CountryEntry>();
/** Canonical name by alpha-2 code. */
export const COUNTRY_BY_CODE = new Map<string, CountryEntry>();

for (const [code, names] of Object.entries(en.countries)) {
  const list = Array.isArray(names) ? names : [names];
  const canonical = CANONICAL[code] ?? list.filter((n) => !/[,(]/.test(n)).sort((a, b) => a.length - b.length)[0] ?? list[0]!;
  const entry = { code, name: canonical };
  COUNTRY_BY_CODE.set(code, entry);
  for (const n of [...list, canonical, ...(EXTRA_NAMES[code] ?? [])]) {
    if (/[,(]/.test(n)) continue;
    // "Congo" names two countries; leave ambiguous short names out.
    if (COUNTRY_NAMES.has(n) && COUNTRY_NAMES.get(n)!.code !== code) {
      COUNTRY_NAMES.delete(n);
      continue;
    }
    COUNTRY_NAMES.set(n.replace(/^the /, ''), entry);
  }
}
COUNTRY_NAMES.delete('Congo');
// "Jersey" and "Chad" are everyday words or names too often to trust without context.
COUNTRY_NAMES.delete('Jersey');

/** Adjective / demonym → alpha-2. Adjectives are not actors by themselves ("Russian troops"). */
export const DEMONYMS: Record<string, string> = {
  Russian: 'RU', American: 'US', Ukrainian: 'UA', British: 'GB', French: 'FR', German: 'DE', Chinese: 'CN',
  Japanese: 'JP', Polish: 'PL', Turkish: 'TR', Iranian: 'IR', Israeli: 'IL', Belarusian: 'BY', Belarussian: 'BY',
  Georgian: 'GE', Italian: 'IT', Spanish: 'ES', Canadian: 'CA', Indian: 'IN', Syrian: 'SY', Kazakh: 'KZ',
  Kazakhstani: 'KZ', Lithuanian: 'LT', Latvian: 'LV', Estonian: 'EE', Finnish: 'FI', Swedish: 'SE',
  Norwegian: 'NO', Danish: 'DK', Dutch: 'NL', Belgian: 'BE', Austrian: 'AT', Swiss: 'CH', Czech: 'CZ',
  Slovak: 'SK', Hungarian: 'HU', Romanian: 'RO', Bulgarian: 'BG', Serbian: 'RS', Croatian: 'HR', Greek: 'GR',
  Portuguese: 'PT', Irish: 'IE', Moldovan: 'MD', Armenian: 'AM', Azerbaijani: 'AZ', Uzbek: 'UZ', Afghan: 'AF',
  Pakistani: 'PK', Saudi: 'SA', Egyptian: 'EG', Iraqi: 'IQ', Brazilian: 'BR', Mexican: 'MX', Venezuelan: 'VE',
  Cuban: 'CU', Australian: 'AU', Vietnamese: 'VN', Indonesian: 'ID', Qatari: 'QA', Emirati: 'AE', Libyan: 'LY',
  Palestinian: 'PS', Lebanese: 'LB', Jordanian: 'JO', Yemeni: 'YE', Nigerian: 'NG', 'South African': 'ZA',
  Ethiopian: 'ET', Kenyan: 'KE', Slovenian: 'SI', Bosnian: 'BA', Albanian: 'AL', Macedonian: 'MK',
  Montenegrin: 'ME', Kyrgyz: 'KG', Tajik: 'TJ', Turkmen: 'TM', Mongolian: 'MN', Thai: 'TH', Filipino: 'PH',
  Malaysian: 'MY', Singaporean: 'SG', 'North Korean': 'KP', 'South Korean': 'KR', Argentine: 'AR',
  Argentinian: 'AR', Chilean: 'CL', Colombian: 'CO', Peruvian: 'PE', Algerian: 'DZ', Moroccan: 'MA',
  Tunisian: 'TN', Sudanese: 'SD', Somali: 'SO', Kuwaiti: 'KW', Omani: 'OM', Bahraini: 'BH', Icelandic: 'IS',
  Luxembourgish: 'LU', Cypriot: 'CY', Maltese: 'MT', Taiwanese: 'TW', 'New Zealand': 'NZ', Bangladeshi: 'BD',
  'Sri Lankan': 'LK', Nepalese: 'NP', Burmese: 'MM', Cambodian: 'KH', Laotian: 'LA', Angolan: 'AO',
  Congolese: 'CD', Ghanaian: 'GH', Malian: 'ML', Nicaraguan: 'NI', Bolivian: 'BO', Ecuadorian: 'EC',
  Uruguayan: 'UY', Paraguayan: 'PY',
};

/**
 * Capital → alpha-2, for metonymy ("Moscow objected" = Russia's government). Cities whose name
 * stands for something else (Brussels for the EU or NATO, Jerusalem, The Hague for courts) are left out.
 */
export const CAPITALS: Record<string, string> = {
  Moscow: 'RU', Washington: 'US', Kiev: 'UA', Kyiv: 'UA', Berlin: 'DE', Paris: 'FR', London: 'GB',
  Beijing: 'CN', Peking: 'CN', Tokyo: 'JP', Minsk: 'BY', Warsaw: 'PL', Ankara: 'TR', Tehran: 'IR', Teheran: 'IR',
  Pyongyang: 'KP', Seoul: 'KR', 'New Delhi': 'IN', Delhi: 'IN', Rome: 'IT', Madrid: 'ES', Ottawa: 'CA',
  Canberra: 'AU', Damascus: 'SY', Baghdad: 'IQ', Kabul: 'AF', Riyadh: 'SA', Cairo: 'EG', Tbilisi: 'GE',
  Baku: 'AZ', Yerevan: 'AM', Vilnius: 'LT', Riga: 'LV', Tallinn: 'EE', Helsinki: 'FI', Stockholm: 'SE',
  Oslo: 'NO', Copenhagen: 'DK', Budapest: 'HU', Prague: 'CZ', Bratislava: 'SK', Bucharest: 'RO', Sofia: 'BG',
  Belgrade: 'RS', Athens: 'GR', Lisbon: 'PT', Dublin: 'IE', Vienna: 'AT', Bern: 'CH', Havana: 'CU',
  Caracas: 'VE', Brasilia: 'BR', 'Mexico City': 'MX', Chisinau: 'MD', Astana: 'KZ', Tashkent: 'UZ',
  Islamabad: 'PK', Hanoi: 'VN', Manila: 'PH', Jakarta: 'ID', Pretoria: 'ZA', Abuja: 'NG', Nairobi: 'KE',
  'Addis Ababa': 'ET', Doha: 'QA', 'Abu Dhabi': 'AE', Tripoli: 'LY', Beirut: 'LB', Amman: 'JO', Sanaa: 'YE',
  Dushanbe: 'TJ', Bishkek: 'KG', Ashgabat: 'TM', 'Ulan Bator': 'MN', Bangkok: 'TH', Taipei: 'TW',
};

/** Canonical spelling of a capital for its place actor ("Kiev" and "Kyiv" are one place). */
export const CAPITAL_CANONICAL: Record<string, string> = { Kiev: 'Kyiv', Peking: 'Beijing', Teheran: 'Tehran', Delhi: 'New Delhi' };

/** Regions and places often named in news that are not countries; only recognised as places. */
export const REGIONS = new Set([
  'Europe', 'Asia', 'Africa', 'Latin America', 'North America', 'South America', 'Middle East', 'Near East',
  'Far East', 'Baltics', 'Balkans', 'Caucasus', 'Crimea', 'Donbass', 'Donbas', 'Donetsk', 'Lugansk', 'Luhansk',
  'Sevastopol', 'Kharkiv', 'Kharkov', 'Odessa', 'Odesa', 'Mariupol', 'Gaza', 'Gaza Strip', 'West Bank',
  'Kosovo', 'Transnistria', 'Abkhazia', 'South Ossetia', 'Nagorno-Karabakh', 'Kashmir', 'Siberia', 'Arctic',
  'Scandinavia', 'Central Asia', 'Eastern Europe', 'Western Europe', 'Central Europe', 'Black Sea', 'Baltic Sea',
  'Mediterranean', 'Pacific', 'Atlantic', 'Indo-Pacific', 'Kaliningrad', 'St. Petersburg', 'Saint Petersburg',
  'New York', 'Geneva', 'Vienna', 'Brussels', 'Jerusalem', 'The Hague', 'Munich', 'Istanbul', 'Kherson',
  'Zaporizhzhia', 'Zaporozhye', 'Belgorod', 'Kursk', 'Idlib', 'Aleppo',
]);
