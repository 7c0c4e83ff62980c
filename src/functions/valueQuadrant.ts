import { btydText } from '../core/i18n/btydTexts';
import { valueQuadrant } from '../core/valueQuadrant';
import { runCustomFunction, shapeResult, spread } from './args';
import { modelColumns, numbersAt, optionalNumbersAt } from './btydArgs';

/**
 * Portfolio matrix: above both thresholds Develop, now only Retain, later only Nurture, else Maintain.
 *
 * @param {number} value_now Value of the client now (e.g. this year's margin).
 * @param {number} value_future Value to come (e.g. CLV_FORECAST).
 * @param {number} threshold_now Optional. Threshold of the value now (default 0).
 * @param {number} threshold_future Optional. Threshold of the value to come (default 0).
 * @return The quadrant of each row, in the spreadsheet's language.
 * @customfunction
 */
export function VALUE_QUADRANT(
  value_now: unknown,
  value_future: unknown,
  threshold_now?: unknown,
  threshold_future?: unknown,
): unknown {
  return runCustomFunction('VALUE_QUADRANT', (context) => {
    const model = modelColumns({ value_now, value_future }, { threshold_now, threshold_future });
    const now = numbersAt('value_now', model, context);
    const future = numbersAt('value_future', model, context);
    const nowThresholds = optionalNumbersAt('threshold_now', model, context, 0);
    const futureThresholds = optionalNumbersAt('threshold_future', model, context, 0);
    const labels = model.rows.map((_, i) =>
      btydText(context.lang, valueQuadrant(now[i] ?? 0, future[i] ?? 0, nowThresholds[i], futureThresholds[i])),
    );
    return shapeResult(spread(labels, model.rows, model.length), model.scalar);
  });
}
