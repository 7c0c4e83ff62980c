/**
 * The sidebar's "Points scale" method: each client's points per criterion,
 * weighted total and class by total, from the settings of the scale sheet.
 */
import { formatMessage } from './i18n/messages';
import { pointsText } from './i18n/pointsTexts';
import { PortfolioError } from './errors';
import { pointsOf, rfmPoints, type ClientPoints } from './points';
import type { PointsSettings } from './pointsSheet';
import type { Lang } from './types';

/** What scoring needs to know of a client. */
export interface ScorecardClient {
  name: unknown;
  /** 1-based source row, for messages. */
  row: number;
  recencyDays: number;
  purchases: number;
  amount: number;
  /** Product types bought, comma-separated, or ''. */
  types: string;
}

/** Points and class of every client, in input order. */
export interface Scorecard {
  points: ClientPoints[];
  classes: string[];
}

/** The product types of a client as a list (`"Bijoux, Montres"` → two labels). */
function typeList(types: string): string[] {
  return types
    .split(', ')
    .map((type) => type.trim())
    .filter((type) => type !== '');
}

/**
 * Scores `clients` on the scales of `settings`: R on days since the last
 * purchase, F on purchases, M on amount and, when `withTypes` and the sheet
 * has a T scale, T on the product types bought (the best-scored type counts).
 * The class is the class-scale entry of the weighted total. Throws
 * `clientOutOfScale` naming the client, its row, the criterion and the sheet
 * `sheet` when a value is below a scale's first bound or a type matches no label.
 */
export function scoreClients(
  clients: readonly ScorecardClient[],
  settings: PointsSettings,
  withTypes: boolean,
  lang: Lang,
  sheet: string,
): Scorecard {
  const scales = withTypes ? settings.scales : { ...settings.scales, t: undefined };
  const outOfScale = (error: PortfolioError, client: ScorecardClient | undefined, criterion: string) =>
    new PortfolioError('clientOutOfScale', {
      client: String(client?.name ?? ''),
      row: client?.row ?? 0,
      criterion,
      problem: formatMessage(lang, error.key, error.params),
      sheet,
    });
  let points: ClientPoints[];
  try {
    points = rfmPoints(
      clients.map((c) => c.recencyDays),
      clients.map((c) => c.purchases),
      clients.map((c) => c.amount),
      scales,
      { types: scales.t ? clients.map((c) => typeList(c.types)) : undefined, weights: settings.weights },
    );
  } catch (error) {
    if (
      error instanceof PortfolioError &&
      error.key !== 'pointsNotNumber' &&
      error.index !== undefined &&
      typeof error.params.criterion === 'string'
    ) {
      throw outOfScale(error, clients[error.index], error.params.criterion);
    }
    throw error;
  }
  const classes = points.map((client, index) => {
    try {
      return String(pointsOf(client.total, settings.classes));
    } catch (error) {
      if (error instanceof PortfolioError) throw outOfScale(error, clients[index], pointsText(lang, 'criterionClass'));
      throw error;
    }
  });
  return { points, classes };
}
