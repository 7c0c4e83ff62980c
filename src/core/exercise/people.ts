/**
 * Plausible client names and shop contexts for the exercises. Names are drawn
 * by index, the same index in both languages, so that the French and English
 * versions of a seed hold the same figures.
 */
import type { ExerciseTextKey } from '../i18n/exerciseTexts';
import type { Lang } from '../types';

const FIRST_FR = [
  'Camille',
  'Léa',
  'Hugo',
  'Chloé',
  'Lucas',
  'Manon',
  'Nathan',
  'Inès',
  'Théo',
  'Jade',
  'Louis',
  'Emma',
  'Gabriel',
  'Sarah',
  'Jules',
  'Zoé',
  'Arthur',
  'Lina',
  'Paul',
  'Alice',
  'Mathis',
  'Anaïs',
  'Noah',
  'Julie',
  'Tom',
  'Clara',
  'Enzo',
  'Margaux',
  'Adam',
  'Louise',
] as const;

const LAST_FR = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefèvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Legrand',
] as const;

const FIRST_EN = [
  'Olivia',
  'Jack',
  'Amelia',
  'Harry',
  'Isla',
  'George',
  'Ava',
  'Noah',
  'Mia',
  'Leo',
  'Grace',
  'Oscar',
  'Lily',
  'Charlie',
  'Freya',
  'Jacob',
  'Emily',
  'Alfie',
  'Sophie',
  'Henry',
  'Ella',
  'Thomas',
  'Poppy',
  'James',
  'Ruby',
  'William',
  'Evie',
  'Archie',
  'Chloe',
  'Joshua',
] as const;

const LAST_EN = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Johnson',
  'Davies',
  'Robinson',
  'Wright',
  'Thompson',
  'Evans',
  'Walker',
  'White',
  'Roberts',
  'Green',
  'Hall',
  'Wood',
  'Jackson',
  'Clarke',
  'Patel',
  'Khan',
  'Lewis',
  'Harris',
  'Baker',
  'Turner',
  'Hill',
  'Cooper',
  'Ward',
  'Morris',
] as const;

/** How many distinct first names (and last names) there are. */
export const NAME_COUNT = FIRST_FR.length;

/** The client name for a first- and last-name index (0 … NAME_COUNT − 1). */
export function clientName(first: number, last: number, lang: Lang): string {
  const firsts = lang === 'fr' ? FIRST_FR : FIRST_EN;
  const lasts = lang === 'fr' ? LAST_FR : LAST_EN;
  return `${firsts[first % NAME_COUNT] ?? ''} ${lasts[last % NAME_COUNT] ?? ''}`;
}

/** A shop: its name, town, activity (text key) and the scale of its amounts (1 = baskets of about €20–120). */
export interface ShopContext {
  company: string;
  city: string;
  activity: ExerciseTextKey;
  amountScale: number;
}

/** The shops exercises are set in. */
export const SHOPS: readonly ShopContext[] = [
  { company: 'Au Fil des Saisons', city: 'Angers', activity: 'activityFashion', amountScale: 1 },
  { company: 'La Cave du Port', city: 'La Rochelle', activity: 'activityWine', amountScale: 1.5 },
  { company: 'Page après Page', city: 'Dijon', activity: 'activityBooks', amountScale: 0.5 },
  { company: 'Cap Montagne', city: 'Grenoble', activity: 'activitySport', amountScale: 2 },
  { company: 'Les Jardins de Loire', city: 'Tours', activity: 'activityGarden', amountScale: 1 },
  { company: 'Fromages & Cie', city: 'Annecy', activity: 'activityCheese', amountScale: 0.5 },
];
