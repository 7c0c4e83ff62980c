/**
 * Errors carry a message key and parameters; texts exist in French and
 * English with the same placeholders; locales pick the language, the decimal
 * separator and the date order.
 */
import { describe, expect, it } from 'vitest';
import { isPortfolioError, PortfolioError } from '../../src/core/errors';
import { dateOrderOf, langFromLocale, usesDecimalComma } from '../../src/core/i18n/language';
import { formatMessage, MESSAGE_KEYS } from '../../src/core/i18n/messages';
import { actionText } from '../../src/core/i18n/actionTexts';
import { describeMessage } from '../../src/core/i18n/describe';
import { roleName } from '../../src/core/i18n/roleNames';
import { segmentName } from '../../src/core/i18n/segmentNames';
import { tableHeader } from '../../src/core/i18n/tableHeaders';
import { dayParam } from '../../src/core/i18n/textTable';
import { dayFromIso } from '../../src/core/days';
import { checkBins } from '../../src/core/rfm';

const keys = MESSAGE_KEYS;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('formatMessage', () => {
  it('fills placeholders in English and French', () => {
    expect(formatMessage('en', 'binsOutOfRange', { value: 12 })).toBe(
      'the number of classes must be a whole number from 2 to 9, as an RFM code holds one digit per score (12)',
    );
    expect(formatMessage('fr', 'binsOutOfRange', { value: 12 })).toBe(
      'le nombre de classes doit être un entier de 2 à 9, car un code RFM a un chiffre par note (12)',
    );
    expect(formatMessage('en', 'dateAfterAsOf', { date: '2007-01-01', asOf: '2006-12-31' })).toBe(
      'the date 2007-01-01 is after the reference date 2006-12-31',
    );
    expect(formatMessage('fr', 'dateAfterAsOf', { date: '2007-01-01', asOf: '2006-12-31' })).toBe(
      'la date 2007-01-01 est postérieure à la date de référence 2006-12-31',
    );
  });

  it('wraps a message with its location', () => {
    const inner = formatMessage('fr', 'notANumber', { value: '"abc"' });
    expect(formatMessage('fr', 'inFunction', { fn: 'RFM_SCORE', arg: 'monetary', row: 3, message: inner })).toBe(
      'RFM_SCORE : argument « monetary », ligne 3 : "abc" n’est pas un nombre',
    );
    expect(
      formatMessage('en', 'inFunction', {
        fn: 'RFM_SCORE',
        arg: 'monetary',
        row: 3,
        message: formatMessage('en', 'notANumber', { value: '"abc"' }),
      }),
    ).toBe('RFM_SCORE: argument "monetary", row 3: "abc" is not a number');
  });

  it('leaves a placeholder with no value as it is', () => {
    expect(formatMessage('en', 'notANumber')).toBe('{value} is not a number');
  });

  it('has every key in both languages, with the same placeholders, all filled when given', () => {
    expect(keys.length).toBeGreaterThan(30);
    expect(keys).toEqual(expect.arrayContaining(['notANumber', 'binsOutOfRange', 'infiniteHorizon', 'inFunction']));
    for (const key of keys) {
      const en = formatMessage('en', key);
      const fr = formatMessage('fr', key);
      expect(en, key).not.toBe('');
      expect(fr, key).not.toBe('');
      expect(placeholders(fr), key).toEqual(placeholders(en));
      const params = Object.fromEntries(placeholders(en).map((name) => [name, `<${name}>`]));
      expect(formatMessage('en', key, params), key).not.toMatch(/\{\w+\}/);
      expect(formatMessage('fr', key, params), key).not.toMatch(/\{\w+\}/);
    }
  });

  it('really translates: French and English texts differ', () => {
    const same = keys.filter((key) => formatMessage('en', key) === formatMessage('fr', key));
    expect(same).toEqual([]);
  });
});

describe('PortfolioError', () => {
  it('carries its key and parameters, with an English message for logs', () => {
    const error = new PortfolioError('notANumber', { value: '"x"' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PortfolioError');
    expect(error.key).toBe('notANumber');
    expect(error.params).toEqual({ value: '"x"' });
    expect(error.message).toBe('"x" is not a number');
    expect(error.index).toBeUndefined();
    expect(formatMessage('fr', error.key, error.params)).toBe('"x" n’est pas un nombre');
  });

  it('is attached to a position with at(), unchanged otherwise', () => {
    const error = new PortfolioError('negativeDays', { value: -2 }).at(4);
    expect(error).toBeInstanceOf(PortfolioError);
    expect(error).toMatchObject({ key: 'negativeDays', params: { value: -2 }, index: 4 });
  });

  it('is told from programming errors', () => {
    let thrown: unknown;
    try {
      checkBins(42);
    } catch (error) {
      thrown = error;
    }
    expect(isPortfolioError(thrown)).toBe(true);
    expect(isPortfolioError(new TypeError('x'))).toBe(false);
    expect(isPortfolioError('binsOutOfRange')).toBe(false);
    const error = thrown as PortfolioError;
    expect(formatMessage('fr', error.key, error.params)).toBe(
      'le nombre de classes doit être un entier de 2 à 9, car un code RFM a un chiffre par note (42)',
    );
    expect(formatMessage('en', error.key, error.params)).toBe(
      'the number of classes must be a whole number from 2 to 9, as an RFM code holds one digit per score (42)',
    );
  });
});

describe('locale helpers', () => {
  it('picks French for fr* locales and English otherwise', () => {
    for (const locale of ['fr', 'fr_FR', 'fr-CA', 'FR_be', ' fr_CH '])
      expect(langFromLocale(locale), locale).toBe('fr');
    for (const locale of ['en_US', 'en_GB', 'de_DE', 'frr', 'fur', '', null, undefined])
      expect(langFromLocale(locale), String(locale)).toBe('en');
  });

  it('knows which locales write 12,5', () => {
    for (const locale of ['fr_FR', 'de_DE', 'pt_BR', 'es_ES']) expect(usesDecimalComma(locale), locale).toBe(true);
    for (const locale of ['en_US', 'en_GB', 'ja_JP', 'zh_CN', null])
      expect(usesDecimalComma(locale), String(locale)).toBe(false);
  });

  it('knows which locales write month/day', () => {
    for (const locale of ['en_US', 'en-PH', 'es_US', null]) expect(dateOrderOf(locale), String(locale)).toBe('mdy');
    for (const locale of ['en_GB', 'fr_FR', 'de_DE', 'en_AU']) expect(dateOrderOf(locale), locale).toBe('dmy');
  });
});

describe('text tables', () => {
  it('look segment names, headers, role names and action texts up per language', () => {
    expect(segmentName('atRisk', 'fr')).toBe('À risque (futurs non-clients)');
    expect(segmentName('atRisk', 'en')).toBe('At risk');
    // the rfm scheme has the R package's English names in English, the classic scheme's kind of names in French
    expect(segmentName('rfmAtRisk', 'en')).toBe('At Risk');
    expect(segmentName('rfmAtRisk', 'fr')).toBe('À risque (futurs non-clients)');
    expect(tableHeader('purchases', 'en')).toBe('Purchases');
    expect(tableHeader('purchases', 'fr')).toBe('Nombre d’achats');
    expect(roleName('amount', 'fr')).toBe('du montant');
    expect(actionText('welcome', 'en').channel).toBe('Email');
    expect(actionText('welcome', 'fr').channel).toBe('E-mail');
  });

  it('write the dates of messages in the language’s order', () => {
    const params = { date: dayParam(dayFromIso('2026-12-13')), asOf: dayParam(dayFromIso('2026-12-01')) };
    expect(formatMessage('fr', 'dateAfterAsOf', params)).toBe(
      'la date 13/12/2026 est postérieure à la date de référence 01/12/2026',
    );
    expect(formatMessage('en', 'dateAfterAsOf', params)).toBe(
      'the date 2026-12-13 is after the reference date 2026-12-01',
    );
  });

  it('name a malformed part of the settings in words, never by its field name', () => {
    expect(describeMessage('badSettings', { field: 'aShare' }, 'en')).toBe(
      'the analysis settings are incomplete (A share): reload the sidebar and try again',
    );
    expect(describeMessage('badSettings', { field: 'mapping' }, 'fr')).toContain('(colonnes)');
  });
});
