/**
 * Read a country the way members type it: "india", "Indian", "NMC India", "MBBS from India",
 * "Republic of the Philippines", "Ukrain". The names come from the runtime's own region list (no
 * table of ours to go stale); only the ways of writing a country that no rule derives (UK, Dutch,
 * Filipino) are listed here.
 */
import { editDistance, regionDisplayNames } from './friendly.js';

interface Country {
  name: string;
  /** Lower-case words, diacritics folded, "St." as "saint", "&" as "and". */
  words: string[];
}

/** Words of a name or an answer, folded so "Côte d’Ivoire" and "cote divoire" compare equal. */
function words(s: string): string[] {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’'`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => (w === 'st' ? 'saint' : w));
}

/** Region names that are not countries a school or a residency is in. */
const NOT_A_COUNTRY = /union|eurozone|nations|outlying|pseudo|unknown|antarctica/i;

/** Display names as a person writes them ("Myanmar", not "Myanmar (Burma)"). */
const CLEAN: Record<string, string> = {
  'Congo - Kinshasa': 'DR Congo',
  'Congo - Brazzaville': 'Republic of the Congo',
  'Hong Kong SAR China': 'Hong Kong',
  'Macao SAR China': 'Macao',
};

/** Other names for a country: short forms and older or longer names. */
const ALIASES: Record<string, string> = {
  us: 'United States',
  usa: 'United States',
  'u s a': 'United States',
  'u s': 'United States',
  america: 'United States',
  'united states of america': 'United States',
  uk: 'United Kingdom',
  'great britain': 'United Kingdom',
  britain: 'United Kingdom',
  england: 'United Kingdom',
  scotland: 'United Kingdom',
  wales: 'United Kingdom',
  'northern ireland': 'United Kingdom',
  uae: 'United Arab Emirates',
  emirates: 'United Arab Emirates',
  'czech republic': 'Czechia',
  turkey: 'Türkiye',
  burma: 'Myanmar',
  'ivory coast': 'Côte d’Ivoire',
  drc: 'DR Congo',
  'democratic republic of the congo': 'DR Congo',
  palestine: 'Palestinian Territories',
  korea: 'South Korea',
  'republic of korea': 'South Korea',
  antigua: 'Antigua & Barbuda',
  trinidad: 'Trinidad & Tobago',
  'saint kitts': 'St. Kitts & Nevis',
  'saint vincent': 'St. Vincent & Grenadines',
  swaziland: 'Eswatini',
  'cape verde': 'Cape Verde',
  'cabo verde': 'Cape Verde',
  'east timor': 'Timor-Leste',
  holland: 'Netherlands',
  'the netherlands': 'Netherlands',
};

/** Demonyms no suffix rule reaches (the rule handles Indian, Kenyan, Ukrainian, Pakistani, ...). */
const DEMONYMS: Record<string, string> = {
  american: 'United States',
  british: 'United Kingdom',
  english: 'United Kingdom',
  scottish: 'United Kingdom',
  welsh: 'United Kingdom',
  irish: 'Ireland',
  filipino: 'Philippines',
  filipina: 'Philippines',
  dutch: 'Netherlands',
  swiss: 'Switzerland',
  french: 'France',
  german: 'Germany',
  greek: 'Greece',
  polish: 'Poland',
  turkish: 'Türkiye',
  danish: 'Denmark',
  swedish: 'Sweden',
  finnish: 'Finland',
  spanish: 'Spain',
  portuguese: 'Portugal',
  lebanese: 'Lebanon',
  thai: 'Thailand',
  emirati: 'United Arab Emirates',
  afghan: 'Afghanistan',
  uzbek: 'Uzbekistan',
  kazakh: 'Kazakhstan',
  peruvian: 'Peru',
  trinidadian: 'Trinidad & Tobago',
  palestinian: 'Palestinian Territories',
  burmese: 'Myanmar',
  kiwi: 'New Zealand',
  'south korean': 'South Korea',
  'north korean': 'North Korea',
};

let table: Country[] | undefined;
function countries(): Country[] {
  // With no region names in this runtime, only the aliases below are read.
  table ??= [
    ...new Set(
      regionDisplayNames()
        .filter((name) => !NOT_A_COUNTRY.test(name))
        .map((name) => CLEAN[name] ?? name.replace(/ \(.*\)$/, '')),
    ),
  ].map((name) => ({ name, words: words(name) }));
  return table;
}

const joined = (w: readonly string[]) => w.join(' ');

/** "Indian" → India, "Kenyan" → Kenya, "Ukrainian" → Ukraine: a demonym by its usual endings. */
function fromDemonym(phrase: string): string | undefined {
  if (DEMONYMS[phrase]) return DEMONYMS[phrase];
  const key = phrase.replace(/ /g, '');
  if (key.length < 4) return undefined;
  const found = new Set<string>();
  // "-ian" from a name in "-ia" (Nigerian → Nigeria, not Niger): that reading first when it is one.
  const preferred = new Set<string>();
  for (const end of ['ian', 'ean', 'ese', 'ish', 'an', 'i', 'n']) {
    if (!key.endsWith(end)) continue;
    const stem = key.slice(0, -end.length);
    if (stem.length < 3) continue;
    for (const c of countries()) {
      const name = c.words.join('');
      if (['', 'a', 'e', 'o', 'i', 'y', 'ia'].some((tail) => name === stem + tail)) found.add(c.name);
      if (end === 'ian' && name === `${stem}ia`) preferred.add(c.name);
    }
    if (found.size) break;
  }
  if (found.size > 1 && preferred.size === 1) return [...preferred][0];
  return found.size === 1 ? [...found][0] : undefined;
}

/** Whole-answer match: a name, an alias or a demonym, with "the" and "citizen" dropped. */
function exact(ws: readonly string[]): string | undefined {
  const phrase = joined(ws);
  const c = countries().find((x) => joined(x.words) === phrase);
  return c?.name ?? ALIASES[phrase] ?? fromDemonym(phrase);
}

/** Every country named inside a longer answer ("NMC India", "MBBS from India"). */
function named(ws: readonly string[]): Set<string> {
  const spans: { from: number; to: number; name: string }[] = [];
  const candidates: [string[], string][] = [
    ...countries().map((c): [string[], string] => [c.words, c.name]),
    ...Object.entries(ALIASES)
      // Two-letter short forms inside a sentence are words ("us"), not countries.
      .filter(([a]) => a.replace(/ /g, '').length > 2)
      .map(([a, n]): [string[], string] => [a.split(' '), n]),
  ];
  for (const [cw, name] of candidates) {
    for (let i = 0; i + cw.length <= ws.length; i++) {
      if (cw.every((w, j) => ws[i + j] === w)) spans.push({ from: i, to: i + cw.length, name });
    }
  }
  ws.forEach((w, i) => {
    // "American University of the Caribbean" names a school, not the US: that demonym only counts alone.
    const name = w === 'american' ? undefined : fromDemonym(w);
    if (name) spans.push({ from: i, to: i + 1, name });
  });
  // "Guinea" inside "Papua New Guinea" is not a second country.
  const kept = spans.filter(
    (s) => !spans.some((o) => o !== s && o.from <= s.from && o.to >= s.to && o.to - o.from > s.to - s.from),
  );
  return new Set(kept.map((s) => s.name));
}

/** One slip in the spelling ("Ukrain", "Phillipines", "Egpyt") of exactly one country. */
function misspelt(ws: readonly string[]): string | undefined {
  const key = ws.join('');
  if (key.length < 5) return undefined;
  const max = key.length >= 8 ? 2 : 1;
  const near = new Set(
    [
      ...countries().map((c): [string, string] => [c.words.join(''), c.name]),
      ...Object.entries(ALIASES).map(([a, n]): [string, string] => [a.replace(/ /g, ''), n]),
    ]
      .filter(([k]) => editDistance(key, k, max) <= max)
      .map(([, n]) => n),
  );
  return near.size === 1 ? [...near][0] : undefined;
}

/**
 * US states, by the words people type ("New Jersey", "texas", "NY" is left out: two letters are
 * words). Georgia is left out: it is also a country. "Jersey" inside "New Jersey" is not the island.
 */
const US_STATES = [
  'alabama',
  'alaska',
  'arizona',
  'arkansas',
  'california',
  'colorado',
  'connecticut',
  'delaware',
  'florida',
  'hawaii',
  'idaho',
  'illinois',
  'indiana',
  'iowa',
  'kansas',
  'kentucky',
  'louisiana',
  'maine',
  'maryland',
  'massachusetts',
  'michigan',
  'minnesota',
  'mississippi',
  'missouri',
  'montana',
  'nebraska',
  'nevada',
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york',
  'north carolina',
  'north dakota',
  'ohio',
  'oklahoma',
  'oregon',
  'pennsylvania',
  'rhode island',
  'south carolina',
  'south dakota',
  'tennessee',
  'texas',
  'utah',
  'vermont',
  'virginia',
  'washington',
  'west virginia',
  'wisconsin',
  'wyoming',
  'district of columbia',
].map((s) => s.split(' '));

/**
 * An answer naming a US state ("USA, New Jersey", "New Jersey", "Texas, US"): the United States when
 * the rest names the US or nothing; "none" when it also names another country (asked again, never a
 * guess); undefined when no state is named (newcomer trial 20: "USA, New Jersey" was refused and
 * "New Jersey" read as Jersey).
 */
function usStateAnswer(ws: readonly string[]): string | undefined {
  let rest = [...ws];
  let found = false;
  for (const st of [...US_STATES].sort((a, b) => b.length - a.length)) {
    for (let i = 0; i + st.length <= rest.length; i++) {
      if (st.every((w, j) => rest[i + j] === w)) {
        rest = [...rest.slice(0, i), ...rest.slice(i + st.length)];
        found = true;
        i -= 1;
      }
    }
  }
  if (!found) return undefined;
  const left = rest.filter((w) => !/^(?:the|state|of|in|at|usa?|u\.?s\.?a?\.?|united|states|america)$/.test(w));
  if (!left.length) return 'United States';
  const other = readCountry(rest.join(' '));
  return other === 'United States' ? other : other ? 'none' : 'United States';
}

/**
 * The country an answer names, in its usual English spelling, or undefined when it names none
 * or more than one (the caller asks again with examples rather than store a guess).
 */
export function readCountry(raw: string): string | undefined {
  const inState = usStateAnswer(words(raw));
  if (inState) return inState === 'none' ? undefined : inState;
  let ws = words(raw);
  while (ws[0] === 'the') ws = ws.slice(1);
  while (ws.length > 1 && /^(?:citizen|national|passport|citizenship)$/.test(ws[ws.length - 1] ?? '')) {
    ws = ws.slice(0, -1);
  }
  if (!ws.length) return undefined;
  const whole = exact(ws);
  if (whole) return whole;
  const inside = named(ws);
  if (inside.size === 1) return [...inside][0];
  if (inside.size > 1) return undefined;
  const whole2 = misspelt(ws);
  if (whole2) return whole2;
  // A country written its own way or with one slip beside a school's name ("brasil - UFMG",
  // "UFMG, brasil", "Univ. of Lagos, Nigeira"): each word (and each pair, for two-word names) is
  // tried alone, and only an answer whose spans point to exactly one country is read.
  const near = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    for (const n of [1, 2]) {
      if (i + n > ws.length) continue;
      // A demonym is read (or, for "American University", deliberately not) by named() alone.
      if (fromDemonym(joined(ws.slice(i, i + n)))) continue;
      const hit = misspelt(ws.slice(i, i + n));
      if (hit) near.add(hit);
    }
  }
  if (near.size === 1) return [...near][0];
  // A school named with its city only ("DOW medical college karachi", trial 17 was refused): the
  // city's country, when exactly one city of the table is named.
  const cities = new Set(
    ws.flatMap((w, i) => [CITY_COUNTRY[w], CITY_COUNTRY[`${w} ${ws[i + 1] ?? ''}`]]).filter((c) => c),
  );
  return cities.size === 1 ? [...cities][0] : undefined;
}

/**
 * Cities where many IMGs' medical schools are, by country (the commonest countries of IMGs in US
 * training, per ECFMG's yearly data), for an answer that names a school and its city but no country.
 * Only cities whose name is no country's and no other large city's.
 */
const CITY_COUNTRY: Readonly<Record<string, string>> = Object.fromEntries(
  (
    [
      [
        'Pakistan',
        [
          'karachi',
          'lahore',
          'islamabad',
          'rawalpindi',
          'peshawar',
          'multan',
          'faisalabad',
          'quetta',
          'hyderabad sindh',
          'abbottabad',
          'jamshoro',
          'larkana',
          'nawabshah',
          'sialkot',
          'gujranwala',
          'bahawalpur',
        ],
      ],
      [
        'India',
        [
          'delhi',
          'new delhi',
          'mumbai',
          'bombay',
          'kolkata',
          'calcutta',
          'chennai',
          'madras',
          'bangalore',
          'bengaluru',
          'pune',
          'ahmedabad',
          'lucknow',
          'manipal',
          'vellore',
          'chandigarh',
          'jaipur',
          'kochi',
          'trivandrum',
          'thiruvananthapuram',
          'mangalore',
          'mysore',
          'nagpur',
          'indore',
          'bhopal',
          'patna',
          'varanasi',
          'amritsar',
          'ludhiana',
        ],
      ],
      [
        'Egypt',
        [
          'cairo',
          'alexandria',
          'mansoura',
          'assiut',
          'tanta',
          'zagazig',
          'ain shams',
          'kasr al ainy',
          'menoufia',
          'suez',
        ],
      ],
      ['Nigeria', ['lagos', 'ibadan', 'ilorin', 'enugu', 'benin city', 'zaria', 'kano', 'calabar', 'nsukka', 'ife']],
      ['Philippines', ['manila', 'quezon city', 'cebu', 'davao', 'iloilo', 'makati']],
      ['Bangladesh', ['dhaka', 'chittagong', 'chattogram', 'sylhet', 'rajshahi', 'khulna', 'mymensingh']],
      ['Iran', ['tehran', 'shiraz', 'mashhad', 'tabriz', 'isfahan']],
      ['Syria', ['damascus', 'aleppo', 'latakia', 'homs']],
      ['Lebanon', ['beirut']],
      ['Jordan', ['amman', 'irbid']],
      ['Nepal', ['kathmandu', 'pokhara', 'dharan']],
      ['Sri Lanka', ['colombo', 'peradeniya', 'kandy']],
      ['Ukraine', ['kyiv', 'kiev', 'kharkiv', 'odesa', 'odessa', 'lviv', 'dnipro', 'zaporizhzhia']],
      ['Russia', ['moscow', 'saint petersburg', 'st petersburg', 'kazan', 'novosibirsk']],
      [
        'Brazil',
        ['sao paulo', 'rio de janeiro', 'belo horizonte', 'porto alegre', 'curitiba', 'salvador bahia', 'recife'],
      ],
      ['Mexico', ['guadalajara', 'monterrey', 'puebla']],
      ['Colombia', ['bogota', 'medellin', 'cali', 'barranquilla']],
      ['Venezuela', ['caracas', 'maracaibo']],
      ['Ethiopia', ['addis ababa']],
      ['Kenya', ['nairobi', 'eldoret']],
      ['Ghana', ['accra', 'kumasi']],
      ['Saudi Arabia', ['riyadh', 'jeddah', 'dammam']],
      ['Iraq', ['baghdad', 'basra', 'mosul', 'erbil']],
      ['China', ['beijing', 'shanghai', 'guangzhou', 'wuhan']],
      ['Türkiye', ['istanbul', 'ankara', 'izmir']],
    ] as const
  ).flatMap(([country, cities]) => cities.map((c) => [c, country] as const)),
);

/** Said when an answer names no country: the field's name is added by the caller. */
export function notACountry(quoted: string): string {
  return `${quoted} is not a country I can read: type the country's name, e.g. India, Philippines or Ukraine`;
}
