/**
 * `Ui` (from `SpreadsheetApp.getUi()`) and `Menu`: nothing is displayed, every
 * menu, sidebar, alert and toast is recorded in a `RecordedUi` that
 * tests read. Alerts answer from `alertResponses` (in order), else `OK`.
 */
import { signatureMismatch } from './errors.ts';
import { HtmlOutputModel } from './html.ts';
import { EmulatorObject } from './objectModel.ts';

export type RecordedMenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'subMenu'; menu: RecordedMenu };

/** A menu as added to the UI: the add-on menu (`caption` null) or a named menu. */
export interface RecordedMenu {
  kind: 'addon' | 'menu';
  caption: string | null;
  entries: RecordedMenuEntry[];
}

/** An HtmlOutput shown in a sidebar. */
export interface RecordedHtml {
  title: string;
  content: string;
  width: number | null;
  height: number | null;
}

export interface RecordedAlert {
  title: string | null;
  prompt: string;
  buttons: string | null;
  response: string;
}

export interface RecordedToast {
  message: string;
  title: string | null;
  timeoutSeconds: number | null;
}

/** Everything the script showed to the user, in order. */
export class RecordedUi {
  readonly menus: RecordedMenu[] = [];
  readonly sidebars: RecordedHtml[] = [];
  readonly alerts: RecordedAlert[] = [];
  readonly toasts: RecordedToast[] = [];
  /** Buttons (`'OK'`, `'YES'`, …) the next alerts return; `OK` when empty. */
  readonly alertResponses: string[] = [];

  /** Forgets everything recorded (not the queued alert responses). */
  clear(): void {
    this.menus.length = 0;
    this.sidebars.length = 0;
    this.alerts.length = 0;
    this.toasts.length = 0;
  }
}

/** `Ui.ButtonSet` */
export const BUTTON_SETS = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
});
/** `Ui.Button` */
export const BUTTONS = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });

export class UiModel extends EmulatorObject {
  readonly _className = 'Ui';
  readonly ButtonSet = BUTTON_SETS;
  readonly Button = BUTTONS;

  constructor(readonly _recorded: RecordedUi) {
    super();
  }

  createAddonMenu(): MenuModel {
    return new MenuModel(this._recorded, 'addon', null);
  }

  createMenu(caption: string): MenuModel {
    if (typeof caption !== 'string') throw signatureMismatch('Ui.createMenu', [caption]);
    return new MenuModel(this._recorded, 'menu', caption);
  }

  showSidebar(userInterface: HtmlOutputModel): void {
    this._recorded.sidebars.push(recordedHtml(userInterface, 'Ui.showSidebar'));
  }

  /** `alert(prompt)`, `alert(prompt, buttons)` or `alert(title, prompt, buttons)`; returns the button pressed. */
  alert(...args: unknown[]): string {
    const strings = args.every((arg) => typeof arg === 'string');
    if (args.length < 1 || args.length > 3 || !strings) throw signatureMismatch('Ui.alert', args);
    const [title, prompt, buttons] =
      args.length === 3
        ? (args as string[])
        : args.length === 2
          ? [null, args[0] as string, args[1] as string]
          : [null, args[0] as string, null];
    const response = this._recorded.alertResponses.shift() ?? BUTTONS.OK;
    this._recorded.alerts.push({ title, prompt, buttons, response });
    return response;
  }
}

export class MenuModel extends EmulatorObject {
  readonly _className = 'Menu';
  readonly _menu: RecordedMenu;

  constructor(
    readonly _recorded: RecordedUi,
    kind: RecordedMenu['kind'],
    caption: string | null,
  ) {
    super();
    this._menu = { kind, caption, entries: [] };
  }

  /** `functionName` must name a top-level function (checked by tests against the bundle's globals). */
  addItem(caption: string, functionName: string): MenuModel {
    if (typeof caption !== 'string' || typeof functionName !== 'string')
      throw signatureMismatch('Menu.addItem', [caption, functionName]);
    this._menu.entries.push({ kind: 'item', caption, functionName });
    return this;
  }

  addSeparator(): MenuModel {
    this._menu.entries.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: MenuModel): MenuModel {
    if (!(menu instanceof MenuModel)) throw signatureMismatch('Menu.addSubMenu', [menu]);
    this._menu.entries.push({ kind: 'subMenu', menu: copyMenu(menu._menu) });
    return this;
  }

  addToUi(): void {
    this._recorded.menus.push(copyMenu(this._menu));
  }
}

function copyMenu(menu: RecordedMenu): RecordedMenu {
  return {
    ...menu,
    entries: menu.entries.map((entry) =>
      entry.kind === 'subMenu' ? { kind: 'subMenu', menu: copyMenu(entry.menu) } : { ...entry },
    ),
  };
}

function recordedHtml(output: unknown, member: string): RecordedHtml {
  if (!(output instanceof HtmlOutputModel)) throw signatureMismatch(member, [output]);
  return { title: output._title, content: output._content, width: output._width, height: output._height };
}
