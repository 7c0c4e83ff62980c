/**
 * The tone of a segment, from the best clients to the lost ones, for its
 * colour in the sheets and to tell whether a client moved up or down between
 * two runs. Known by the shipped segment names in both languages; a name the
 * user typed in the rules sheet has no tone (`null`).
 */
import { segmentName, type SegmentKey } from './i18n/segmentNames';

/** Best first: 0 `best`, 1 `growing`, 2 `watch`, 3 `risk`, 4 `gone`, 5 `other`. */
export const SEGMENT_TONES = ['best', 'growing', 'watch', 'risk', 'gone', 'other'] as const;

export type SegmentTone = (typeof SEGMENT_TONES)[number];

const TONE_OF_KEY: Record<SegmentKey, SegmentTone> = {
  champions: 'best',
  loyal: 'best',
  potentialLoyalists: 'growing',
  newClients: 'growing',
  promising: 'growing',
  needAttention: 'watch',
  aboutToSleep: 'watch',
  cantLose: 'risk',
  atRisk: 'risk',
  hibernating: 'gone',
  lost: 'gone',
  others: 'other',
  rfmChampions: 'best',
  rfmLoyalCustomers: 'best',
  rfmPotentialLoyalist: 'growing',
  rfmPromising: 'growing',
  rfmNewCustomers: 'growing',
  rfmNeedAttention: 'watch',
  rfmAboutToSleep: 'watch',
  rfmCantLose: 'risk',
  rfmAtRisk: 'risk',
  rfmLost: 'gone',
  rfmOthers: 'other',
  veryGood: 'best',
  good: 'best',
  newClient: 'growing',
  occasional: 'watch',
  futureNonClient: 'risk',
  inactive: 'gone',
};

/**
 * The tone of a segment name (case and surrounding spaces ignored). A name
 * shared by two schemes with different tones takes the first key's, in the
 * order of the keys above (e.g. "Lost" is `gone` in both).
 */
export function segmentTone(name: string): SegmentTone | null {
  const wanted = name.trim().toLowerCase();
  for (const [key, tone] of Object.entries(TONE_OF_KEY) as Array<[SegmentKey, SegmentTone]>) {
    if (segmentName(key, 'en').toLowerCase() === wanted || segmentName(key, 'fr').toLowerCase() === wanted) return tone;
  }
  return null;
}

/** Rank of a tone, 0 (best) to 5 (other). */
export function toneRank(tone: SegmentTone): number {
  return SEGMENT_TONES.indexOf(tone);
}
