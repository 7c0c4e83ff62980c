/**
 * Loyalty actions per segment: the default catalogue (what to do with each
 * segment, in priority order); messages are filled in mailMerge.ts.
 */
import { actionText, type ActionKind } from './i18n/actionTexts';
import { segmentName, type SegmentKey } from './i18n/segmentNames';
import { SCHEME_IDS, schemeSegmentKeys } from './segments';
import type { Lang } from './types';

/** One line of the action catalogue. */
export interface ActionEntry {
  segment: string;
  /** 1 = most urgent. */
  priority: number;
  objective: string;
  action: string;
  channel: string;
  /** Message template; `{{client}}` and the other placeholders of mailMerge.ts stand for the client's values. */
  message: string;
}

/** The kind of action each shipped segment calls for. */
const KIND_OF_SEGMENT: Record<SegmentKey, ActionKind> = {
  champions: 'reward',
  loyal: 'raiseBasket',
  potentialLoyalists: 'buildHabit',
  newClients: 'welcome',
  promising: 'bringBack',
  needAttention: 'intensify',
  aboutToSleep: 'remind',
  cantLose: 'winBackNow',
  atRisk: 'retain',
  hibernating: 'reactivate',
  lost: 'askWhy',
  others: 'develop',
  rfmChampions: 'reward',
  rfmPotentialLoyalist: 'buildHabit',
  rfmLoyalCustomers: 'raiseBasket',
  rfmPromising: 'bringBack',
  rfmNewCustomers: 'welcome',
  rfmCantLose: 'winBackNow',
  rfmAtRisk: 'retain',
  rfmNeedAttention: 'intensify',
  rfmAboutToSleep: 'remind',
  rfmLost: 'askWhy',
  rfmOthers: 'develop',
  veryGood: 'reward',
  good: 'raiseBasket',
  newClient: 'welcome',
  futureNonClient: 'retain',
  inactive: 'reactivate',
  occasional: 'develop',
};

/** Priority of each kind of action: big clients slipping away first, cheap reactivation last. */
const PRIORITY: readonly ActionKind[] = [
  'winBackNow',
  'retain',
  'reward',
  'raiseBasket',
  'welcome',
  'buildHabit',
  'intensify',
  'bringBack',
  'remind',
  'develop',
  'reactivate',
  'askWhy',
];

/** The default catalogue in `lang`: one entry per segment name of every shipped scheme, by priority. */
export function defaultCatalogue(lang: Lang): ActionEntry[] {
  const entries = new Map<string, ActionEntry>();
  for (const scheme of SCHEME_IDS) {
    for (const key of schemeSegmentKeys(scheme)) {
      const segment = segmentName(key, lang);
      if (entries.has(segment.toLowerCase())) continue;
      const kind = KIND_OF_SEGMENT[key];
      entries.set(segment.toLowerCase(), { segment, priority: PRIORITY.indexOf(kind) + 1, ...actionText(kind, lang) });
    }
  }
  return [...entries.values()].sort((a, b) => a.priority - b.priority);
}

/** The catalogue entry of `segment` (names compared without case), or `undefined`. */
export function actionFor(catalogue: readonly ActionEntry[], segment: string): ActionEntry | undefined {
  const wanted = segment.trim().toLowerCase();
  return catalogue.find((entry) => entry.segment.trim().toLowerCase() === wanted);
}
