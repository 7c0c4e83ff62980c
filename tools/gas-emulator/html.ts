/**
 * `HtmlService` over a map of files (`name.html` → content): no rendering, the
 * HtmlOutput just carries its content and settings to `Ui.showSidebar`. No
 * templates: the bundled sidebar is plain HTML.
 */
import { appsScriptException, signatureMismatch } from './errors.ts';
import { EmulatorObject } from './objectModel.ts';

export class HtmlServiceModel extends EmulatorObject {
  readonly _className = 'HtmlService';

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

  constructor(public _content: string) {
    super();
  }

  getContent(): string {
    return this._content;
  }

  /** Replaces the whole content (used to open the sidebar page on its Exercise panel). */
  setContent(content: string): HtmlOutputModel {
    if (typeof content !== 'string') throw signatureMismatch('HtmlOutput.setContent', [content]);
    this._content = content;
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

  /** Pixels. */
  setWidth(width: number): HtmlOutputModel {
    if (!Number.isInteger(width)) throw signatureMismatch('HtmlOutput.setWidth', [width]);
    this._width = width;
    return this;
  }

  /** Pixels. */
  setHeight(height: number): HtmlOutputModel {
    if (!Number.isInteger(height)) throw signatureMismatch('HtmlOutput.setHeight', [height]);
    this._height = height;
    return this;
  }
}
