/**
 * `HtmlService` over a map of files (`name.html` → content): no rendering, the
 * HtmlOutput just carries its content and settings to `Ui.showSidebar`. No
 * templates: the bundled sidebar is plain HTML.
 */
import { appsScriptException, signatureMismatch } from './errors.ts';
import { EmulatorObject } from './objectModel.ts';

/** `HtmlService.SandboxMode` */
export const SANDBOX_MODES = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
/** `HtmlService.XFrameOptionsMode` */
export const XFRAME_OPTIONS_MODES = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

export class HtmlServiceModel extends EmulatorObject {
  readonly _className = 'HtmlService';
  readonly SandboxMode = SANDBOX_MODES;
  readonly XFrameOptionsMode = XFRAME_OPTIONS_MODES;

  constructor(readonly _files: Readonly<Record<string, string>>) {
    super();
  }

  createHtmlOutput(html?: string): HtmlOutputModel {
    if (html !== undefined && typeof html !== 'string') throw signatureMismatch('HtmlService.createHtmlOutput', [html]);
    return new HtmlOutputModel(html ?? '');
  }

  /** Reads `filename.html` (or `filename` itself) from the project files. */
  createHtmlOutputFromFile(filename: string): HtmlOutputModel {
    return new HtmlOutputModel(this._read(filename, 'HtmlService.createHtmlOutputFromFile'));
  }

  private _read(filename: unknown, member: string): string {
    if (typeof filename !== 'string') throw signatureMismatch(member, [filename]);
    const content = this._files[`${filename}.html`] ?? this._files[filename];
    if (content === undefined) throw appsScriptException(`No HTML file named ${filename} was found.`);
    return content;
  }
}

export class HtmlOutputModel extends EmulatorObject {
  readonly _className = 'HtmlOutput';
  _title = '';
  _width: number | null = null;
  _height: number | null = null;
  _sandboxMode: string = SANDBOX_MODES.IFRAME;
  _xFrameOptionsMode: string = XFRAME_OPTIONS_MODES.DEFAULT;
  readonly _metaTags: { name: string; content: string }[] = [];

  constructor(public _content: string) {
    super();
  }

  getContent(): string {
    return this._content;
  }

  setContent(content: string): HtmlOutputModel {
    this._content = String(content);
    return this;
  }

  append(addedContent: string): HtmlOutputModel {
    this._content += String(addedContent);
    return this;
  }

  clear(): HtmlOutputModel {
    this._content = '';
    return this;
  }

  setTitle(title: string): HtmlOutputModel {
    this._title = String(title);
    return this;
  }

  getTitle(): string {
    return this._title;
  }

  /** Pixels. */
  setWidth(width: number): HtmlOutputModel {
    if (!Number.isInteger(width)) throw signatureMismatch('HtmlOutput.setWidth', [width]);
    this._width = width;
    return this;
  }

  getWidth(): number | null {
    return this._width;
  }

  /** Pixels. */
  setHeight(height: number): HtmlOutputModel {
    if (!Number.isInteger(height)) throw signatureMismatch('HtmlOutput.setHeight', [height]);
    this._height = height;
    return this;
  }

  getHeight(): number | null {
    return this._height;
  }

  setSandboxMode(mode: string): HtmlOutputModel {
    if (!(mode in SANDBOX_MODES)) throw signatureMismatch('HtmlOutput.setSandboxMode', [mode]);
    this._sandboxMode = mode;
    return this;
  }

  setXFrameOptionsMode(mode: string): HtmlOutputModel {
    if (!(mode in XFRAME_OPTIONS_MODES)) throw signatureMismatch('HtmlOutput.setXFrameOptionsMode', [mode]);
    this._xFrameOptionsMode = mode;
    return this;
  }

  addMetaTag(name: string, content: string): HtmlOutputModel {
    this._metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
}
