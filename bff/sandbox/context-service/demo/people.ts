/**
 * Name pools by preferred language, and the places demo customers live. Most live in the US (one contact center's
 * customers), a few abroad. Emails use the reserved example domains (RFC 2606).
 */
export interface NamePool {
  readonly language: string;
  readonly firstNames: readonly string[];
  readonly lastNames: readonly string[];
  /** How often a customer speaks it, relative to the others. */
  readonly weight: number;
}

export const NAME_POOLS: readonly NamePool[] = [
  {
    language: 'en-US',
    weight: 9,
    firstNames: [
      'James',
      'Emily',
      'Michael',
      'Sarah',
      'Robert',
      'Jessica',
      'William',
      'Ashley',
      'Daniel',
      'Megan',
      'Thomas',
      'Rachel',
    ],
    lastNames: [
      'Smith',
      'Johnson',
      'Brown',
      'Miller',
      'Davis',
      'Wilson',
      'Anderson',
      'Taylor',
      'Moore',
      'Jackson',
      'Harris',
      'Clark',
    ],
  },
  {
    language: 'es-ES',
    weight: 4,
    firstNames: ['Carlos', 'Lucía', 'Javier', 'Sofía', 'Alejandro', 'Carmen', 'Diego', 'Elena'],
    lastNames: ['López', 'Martínez', 'Rodríguez', 'Hernández', 'González', 'Pérez', 'Sánchez', 'Ramírez'],
  },
  {
    language: 'fr-FR',
    weight: 2,
    firstNames: ['Camille', 'Julien', 'Chloé', 'Antoine', 'Léa', 'Mathieu'],
    lastNames: ['Dubois', 'Moreau', 'Lefèvre', 'Laurent', 'Girard', 'Bonnet'],
  },
  {
    language: 'de-DE',
    weight: 2,
    firstNames: ['Lukas', 'Hannah', 'Felix', 'Lena', 'Jonas', 'Katrin'],
    lastNames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Wagner'],
  },
  {
    language: 'it-IT',
    weight: 2,
    firstNames: ['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Matteo'],
    lastNames: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano'],
  },
  {
    language: 'pt-BR',
    weight: 2,
    firstNames: ['João', 'Ana', 'Pedro', 'Beatriz', 'Rafael', 'Larissa'],
    lastNames: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Costa', 'Pereira'],
  },
  {
    language: 'ja-JP',
    weight: 1,
    firstNames: ['Haruto', 'Yui', 'Sota', 'Aoi', 'Kenji'],
    lastNames: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe'],
  },
  {
    language: 'zh-CN',
    weight: 2,
    firstNames: ['Wei', 'Li', 'Jun', 'Xiu', 'Hao'],
    lastNames: ['Wang', 'Zhang', 'Liu', 'Yang', 'Huang'],
  },
  {
    language: 'hi-IN',
    weight: 2,
    firstNames: ['Priya', 'Arjun', 'Ananya', 'Rohan', 'Kavya'],
    lastNames: ['Sharma', 'Patel', 'Gupta', 'Iyer', 'Reddy'],
  },
  {
    language: 'vi-VN',
    weight: 1,
    firstNames: ['Minh', 'Linh', 'Tuan', 'Thao'],
    lastNames: ['Nguyen', 'Tran', 'Le', 'Pham'],
  },
  {
    language: 'ko-KR',
    weight: 1,
    firstNames: ['Ji-woo', 'Min-jun', 'Seo-yeon', 'Hyun'],
    lastNames: ['Kim', 'Lee', 'Park', 'Choi'],
  },
  {
    language: 'pl-PL',
    weight: 1,
    firstNames: ['Anna', 'Piotr', 'Katarzyna', 'Tomasz'],
    lastNames: ['Kowalska', 'Nowak', 'Wiśniewski', 'Wójcik'],
  },
  {
    language: 'en-GB',
    weight: 2,
    firstNames: ['Oliver', 'Amelia', 'Harry', 'Isla', 'George'],
    lastNames: ['Wright', 'Walker', 'Hughes', 'Evans', 'Roberts'],
  },
];

export interface Place {
  readonly city: string;
  readonly state?: string;
  readonly country: string;
  readonly zip: string;
  /** `us`: 555-01xx numbers in these area codes; `gb`: Ofcom's drama range 020 7946 0xxx. */
  readonly phones: 'us' | 'gb';
  readonly areaCodes?: readonly string[];
}

export const US_PLACES: readonly Place[] = [
  { city: 'San Francisco', state: 'CA', country: 'US', zip: '94107', phones: 'us', areaCodes: ['415'] },
  { city: 'Oakland', state: 'CA', country: 'US', zip: '94612', phones: 'us', areaCodes: ['510'] },
  { city: 'San Jose', state: 'CA', country: 'US', zip: '95113', phones: 'us', areaCodes: ['408'] },
  { city: 'Palo Alto', state: 'CA', country: 'US', zip: '94301', phones: 'us', areaCodes: ['650'] },
  { city: 'Austin', state: 'TX', country: 'US', zip: '78701', phones: 'us', areaCodes: ['512'] },
  { city: 'Chicago', state: 'IL', country: 'US', zip: '60601', phones: 'us', areaCodes: ['312'] },
  { city: 'New York', state: 'NY', country: 'US', zip: '10001', phones: 'us', areaCodes: ['212', '917'] },
  { city: 'Boston', state: 'MA', country: 'US', zip: '02108', phones: 'us', areaCodes: ['617'] },
  { city: 'Seattle', state: 'WA', country: 'US', zip: '98101', phones: 'us', areaCodes: ['206'] },
  { city: 'Denver', state: 'CO', country: 'US', zip: '80202', phones: 'us', areaCodes: ['303'] },
  { city: 'Miami', state: 'FL', country: 'US', zip: '33131', phones: 'us', areaCodes: ['305'] },
];

/** Where a customer of a language lives when not in the US. */
export const ABROAD: Readonly<Record<string, Place>> = {
  'en-GB': { city: 'London', country: 'GB', zip: 'EC1A 1BB', phones: 'gb' },
};

export const STREET_NAMES: readonly string[] = [
  'Market St',
  'Valencia St',
  'Broadway',
  'Oak Ave',
  'Elm St',
  'Mission St',
  'Lake Shore Dr',
  'Pine St',
  'Maple Ave',
  'Cedar Ln',
  'Sunset Blvd',
  'High St',
];

export const EMPLOYERS: readonly string[] = [
  'acme.example',
  'globex.example',
  'initech.example',
  'umbrella.example',
  'hooli.example',
  'cumulus-motorcycles.example',
];

/** An email-safe form of a name: lower case, no accents, no spaces. */
export function emailName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
