/**
 * The Apps Script global services over a memory spreadsheet: SpreadsheetApp,
 * Charts, HtmlService, LockService, Session, Utilities, Logger, console and ScriptApp. `createServices` gives them to host code (for
 * server modules tested without the bundle); `loadBundle` builds the same
 * objects for its `vm` context.
 */
import { randomUUID } from 'node:crypto';
import { format } from 'node:util';
import { AUTH_MODES } from './authMode.ts';
import { CHART_TYPES, LEGEND_POSITIONS } from './charts.ts';
import { ConditionalFormatRuleBuilderModel } from './conditionalFormats.ts';
import { DATA_VALIDATION_CRITERIA, DataValidationBuilderModel } from './dataValidation.ts';
import { formatSimpleDate } from './dateFormat.ts';
import { signatureMismatch } from './errors.ts';
import { HtmlServiceModel } from './html.ts';
import { LockServiceModel } from './lock.ts';
import { EmulatorObject, expose, type View } from './objectModel.ts';
import { PROTECTION_TYPES } from './protection.ts';
import { isDate } from './realm.ts';
import type { RangeModel } from './range.ts';
import type { SheetModel } from './sheet.ts';
import { spreadsheetModelOf, type MemorySpreadsheet, type SpreadsheetModel } from './spreadsheet.ts';
import { UiModel } from './ui.ts';

/** The globals Apps Script gives a script, typed as the real services (only the emulated subset works). */
export interface AppsScriptServices {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Charts: GoogleAppsScript.Charts.Charts;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  console: Console;
}

export interface ServicesOptions {
  /** Project HTML files for HtmlService, `name.html` → content. Default: none. */
  files?: Record<string, string>;
  /** `Session.getActiveUserLocale()`; default: the spreadsheet locale's language (`fr_FR` → `fr`). */
  userLocale?: string;
  /** `Session.getScriptTimeZone()`; default: the spreadsheet's time zone. */
  scriptTimeZone?: string;
  /** Also print log lines on the host console. Default false. */
  echoLogs?: boolean;
}

/** How services know which execution they run in (lock ownership). */
export interface ExecutionSource {
  current(): string;
}

class SpreadsheetAppModel extends EmulatorObject {
  readonly _className = 'SpreadsheetApp';
  readonly DataValidationCriteria = DATA_VALIDATION_CRITERIA;
  readonly ProtectionType = PROTECTION_TYPES;

  constructor(
    readonly _book: SpreadsheetModel,
    readonly _uiModel: UiModel,
  ) {
    super();
  }

  getActive(): SpreadsheetModel {
    return this._book;
  }

  getActiveSpreadsheet(): SpreadsheetModel {
    return this._book;
  }

  getActiveSheet(): SheetModel {
    return this._book._activeSheet;
  }

  getActiveRange(): RangeModel | null {
    return this._book._activeRange;
  }

  getUi(): UiModel {
    return this._uiModel;
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilderModel {
    return new ConditionalFormatRuleBuilderModel();
  }

  /** A builder of data validation rules (list rules only, see dataValidation.ts). */
  newDataValidation(): DataValidationBuilderModel {
    return new DataValidationBuilderModel();
  }

  /** Writes are immediate in memory: nothing to flush. */
  flush(): void {
    return undefined;
  }
}

class ChartsModel extends EmulatorObject {
  readonly _className = 'Charts';
  readonly ChartType = CHART_TYPES;
  readonly Position = LEGEND_POSITIONS;
}

class UserModel extends EmulatorObject {
  readonly _className = 'User';

  /** The emulator has no signed-in user: `''`, as Apps Script returns when it may not tell. */
  getEmail(): string {
    return '';
  }
}

class SessionModel extends EmulatorObject {
  readonly _className = 'Session';

  constructor(
    readonly _userLocale: () => string,
    readonly _scriptTimeZone: () => string,
  ) {
    super();
  }

  /** A language code such as `en` or `fr`. */
  getActiveUserLocale(): string {
    return this._userLocale();
  }

  getScriptTimeZone(): string {
    return this._scriptTimeZone();
  }

  getActiveUser(): UserModel {
    return new UserModel();
  }

  getEffectiveUser(): UserModel {
    return new UserModel();
  }
}

class UtilitiesModel extends EmulatorObject {
  readonly _className = 'Utilities';

  /** Java SimpleDateFormat pattern on the wall clock of `timeZone` (see dateFormat.ts). */
  formatDate(date: Date, timeZone: string, pattern: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof pattern !== 'string') {
      throw signatureMismatch('Utilities.formatDate', [date, timeZone, pattern]);
    }
    return formatSimpleDate(date, timeZone, pattern);
  }

  /** Does not wait: tests must not depend on time passing. */
  sleep(milliseconds: number): void {
    if (!Number.isInteger(milliseconds) || milliseconds < 0) throw signatureMismatch('Utilities.sleep', [milliseconds]);
  }

  getUuid(): string {
    return randomUUID();
  }
}

/** Where log lines go: the spreadsheet's log book, and the host console when echoing. */
class LogBook {
  constructor(
    readonly lines: string[],
    readonly echo: boolean,
  ) {}

  write(line: string): void {
    this.lines.push(line);
    if (this.echo) process.stdout.write(`[apps script] ${line}\n`);
  }
}

class LoggerModel extends EmulatorObject {
  readonly _className = 'Logger';

  constructor(readonly _book: LogBook) {
    super();
  }

  /** `log(data)` or `log(format, values…)` with `%s` placeholders. */
  log(...args: unknown[]): LoggerModel {
    this._book.write(format(...args));
    return this;
  }

  getLog(): string {
    return this._book.lines.join('\n');
  }

  clear(): void {
    this._book.lines.length = 0;
  }
}

class ConsoleModel extends EmulatorObject {
  readonly _className = 'console';

  constructor(readonly _book: LogBook) {
    super();
  }

  log(...args: unknown[]): void {
    this._book.write(format(...args));
  }

  info(...args: unknown[]): void {
    this._book.write(format(...args));
  }

  warn(...args: unknown[]): void {
    this._book.write(`WARN ${format(...args)}`);
  }

  error(...args: unknown[]): void {
    this._book.write(`ERROR ${format(...args)}`);
  }
}

class ScriptAppModel extends EmulatorObject {
  readonly _className = 'ScriptApp';
  readonly AuthMode = AUTH_MODES;
}

/** The raw service objects of one script over one spreadsheet. */
export function serviceModels(
  book: SpreadsheetModel,
  options: ServicesOptions,
  execution: ExecutionSource,
): Record<keyof AppsScriptServices, EmulatorObject> {
  const logBook = new LogBook(book._logs, options.echoLogs === true);
  const userLocale = () => options.userLocale ?? book._locale.split(/[_-]/)[0] ?? book._locale;
  const scriptTimeZone = () => options.scriptTimeZone ?? book._timeZone;
  return {
    SpreadsheetApp: new SpreadsheetAppModel(book, new UiModel(book._ui)),
    Charts: new ChartsModel(),
    HtmlService: new HtmlServiceModel({ ...(options.files ?? {}) }),
    LockService: new LockServiceModel(book._locks, () => execution.current()),
    Session: new SessionModel(userLocale, scriptTimeZone),
    Utilities: new UtilitiesModel(),
    Logger: new LoggerModel(logBook),
    ScriptApp: new ScriptAppModel(),
    console: new ConsoleModel(logBook),
  };
}

/** The service objects as seen through a view. */
export function exposeServices(
  models: Record<keyof AppsScriptServices, EmulatorObject>,
  view: View,
): AppsScriptServices {
  const services: Record<string, unknown> = {};
  for (const [name, model] of Object.entries(models)) services[name] = expose(model, view);
  return services as unknown as AppsScriptServices;
}

/**
 * Services for host code (tests of server modules without the bundle):
 * `Object.assign(globalThis, createServices(ss))` makes them globals. The
 * host is one execution named `host` (for locks), with every permission.
 */
export function createServices(spreadsheet: MemorySpreadsheet, options: ServicesOptions = {}): AppsScriptServices {
  const book = spreadsheetModelOf(spreadsheet);
  return exposeServices(serviceModels(book, options, { current: () => 'host' }), book._hostView);
}
