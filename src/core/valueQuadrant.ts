/**
 * The course's portfolio matrix: value now × value to come.
 */

/** Quadrant of a client: Develop (now and later), Retain (now only), Nurture (later only), Maintain (neither). */
export type ValueQuadrant = 'develop' | 'retain' | 'nurture' | 'maintain';

/** Every quadrant, from the most to the least valuable now and later. */
export const VALUE_QUADRANTS: readonly ValueQuadrant[] = ['develop', 'retain', 'nurture', 'maintain'];

/**
 * Quadrant of a client whose value now is `now` and value to come `future`: a value is high when it is strictly
 * above its threshold (default 0: profitable), so a value equal to the threshold is low.
 * Examples: (120, 300) → develop; (120, 0) → retain (0 is not above 0); (−10, 50) → nurture; (0, 0) → maintain.
 */
export function valueQuadrant(now: number, future: number, thresholdNow = 0, thresholdFuture = 0): ValueQuadrant {
  const highNow = now > thresholdNow;
  const highLater = future > thresholdFuture;
  if (highNow) return highLater ? 'develop' : 'retain';
  return highLater ? 'nurture' : 'maintain';
}
