/**
 * `PropertiesService`: document, script and user property stores kept in
 * memory with the spreadsheet (they survive reloading the bundle). Values are
 * strings, as in Apps Script.
 */
import { signatureMismatch } from './errors.ts';
import { EmulatorObject } from './objectModel.ts';

/** The three stores of a spreadsheet's script. */
export interface PropertyStores {
  document: Map<string, string>;
  script: Map<string, string>;
  user: Map<string, string>;
}

export function createPropertyStores(): PropertyStores {
  return { document: new Map(), script: new Map(), user: new Map() };
}

export class PropertiesServiceModel extends EmulatorObject {
  readonly _className = 'PropertiesService';

  constructor(readonly _stores: PropertyStores) {
    super();
  }

  getDocumentProperties(): PropertiesModel {
    return new PropertiesModel(this._stores.document);
  }

  getScriptProperties(): PropertiesModel {
    return new PropertiesModel(this._stores.script);
  }

  getUserProperties(): PropertiesModel {
    return new PropertiesModel(this._stores.user);
  }
}

export class PropertiesModel extends EmulatorObject {
  readonly _className = 'Properties';

  constructor(readonly _store: Map<string, string>) {
    super();
  }

  /** The value, or `null` when the key is absent. */
  getProperty(key: string): string | null {
    return this._store.get(checkedKey(key, 'Properties.getProperty')) ?? null;
  }

  setProperty(key: string, value: string): PropertiesModel {
    this._store.set(checkedKey(key, 'Properties.setProperty'), String(value));
    return this;
  }

  /** A copy of every key and value. */
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._store);
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): PropertiesModel {
    if (properties === null || typeof properties !== 'object') throw signatureMismatch('Properties.setProperties', [properties]);
    if (deleteAllOthers === true) this._store.clear();
    for (const [key, value] of Object.entries(properties)) this._store.set(key, String(value));
    return this;
  }

  getKeys(): string[] {
    return [...this._store.keys()];
  }

  deleteProperty(key: string): PropertiesModel {
    this._store.delete(checkedKey(key, 'Properties.deleteProperty'));
    return this;
  }

  deleteAllProperties(): PropertiesModel {
    this._store.clear();
    return this;
  }
}

function checkedKey(key: unknown, member: string): string {
  if (typeof key !== 'string') throw signatureMismatch(member, [key]);
  return key;
}
