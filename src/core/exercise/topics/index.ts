/**
 * The registry of exercise topics. A new topic (for example the satisfaction
 * indicators or the value quadrant) is one module implementing `Topic`, added
 * here and to `TopicId`.
 */
import type { Topic } from '../topic';
import type { TopicId } from '../types';
import { clientValueTopic } from './clientValue';
import { paretoAbc } from './paretoAbc';
import { rfmGrid } from './rfmGrid';
import { rfmPoints } from './rfmPoints';

export const TOPICS: Readonly<Record<TopicId, Topic>> = {
  'rfm-grid': rfmGrid,
  'rfm-points': rfmPoints,
  'pareto-abc': paretoAbc,
  'client-value': clientValueTopic,
};

/** Topic ids in the order shown to teachers. */
export const TOPIC_IDS = Object.keys(TOPICS) as TopicId[];
