/**
 * What a user may choose for an analysis, and what is chosen when they do
 * not: the lists the sidebar offers and the defaults of the sidebar and of
 * the custom functions. Every adapter takes them from here.
 */
import type { SourceShape } from './sourceLayout';
import type { Axis, ReturnsPolicy, ScoreMethod } from './types';

/** Scoring methods, in the order shown to users. */
export const SCORE_METHODS: readonly ScoreMethod[] = ['quantile', 'rfm', 'ntile'];

/** Shapes of a source table, in the order shown to users. */
export const SOURCE_SHAPES: readonly SourceShape[] = ['clients', 'sales'];

/** What to do with returns, in the order shown to users. */
export const RETURNS_POLICIES: readonly ReturnsPolicy[] = ['net', 'ignore'];

/** Fewest and most classes per axis. */
export const MIN_BINS = 2;
export const MAX_BINS = 9;

/** Classes per axis when the user does not say. */
export const DEFAULT_BINS = 5;

/** Most bounds a grid axis holds: the lower bounds of classes 2..MAX_BINS. */
export const MAX_GRID_BOUNDS = MAX_BINS - 1;

/** Cumulative share of revenue closing class A when the user does not say (the 80/20 rule). */
export const DEFAULT_A_SHARE = 0.8;

/** Cumulative share of revenue closing class B when the user does not say. */
export const DEFAULT_B_SHARE = 0.95;

export const DEFAULT_METHOD: ScoreMethod = 'quantile';
export const DEFAULT_RETURNS: ReturnsPolicy = 'net';

/** The axes of a score, in the order R, F, M. */
export const AXES: readonly Axis[] = ['r', 'f', 'm'];
