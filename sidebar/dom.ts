/**
 * Building DOM nodes without HTML parsing: every text goes in as a text node,
 * so user text (headers, client names, reasons) can never become markup.
 */

/** An attribute value; `false` and `undefined` leave the attribute out, `true` sets it empty. */
type AttributeValue = string | number | boolean | undefined;

/** A child: a node, or a string inserted as a text node. */
export type Child = Node | string;

/** Creates `<tag>` with the given attributes and children. */
export function el<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, AttributeValue> = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  element.append(...children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with the given attributes and children. */
export function svg<Tag extends keyof SVGElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, AttributeValue> = {},
  ...children: Child[]
): SVGElementTagNameMap[Tag] {
  const element = document.createElementNS(SVG_NS, tag);
  setAttributes(element, attributes);
  element.append(...children);
  return element;
}

function setAttributes(element: Element, attributes: Record<string, AttributeValue>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
}

/** A `<select>` with one `<option>` per choice; `selected` is the value to select. */
export function selectOf(
  attributes: Record<string, AttributeValue>,
  choices: ReadonlyArray<{ value: string; label: string }>,
  selected: string,
): HTMLSelectElement {
  const select = el('select', attributes);
  for (const choice of choices) {
    const option = el('option', { value: choice.value }, choice.label);
    option.selected = choice.value === selected;
    select.append(option);
  }
  return select;
}

/** A small table: one header row, then the body rows, every cell as text. */
export function tableOf(
  attributes: Record<string, AttributeValue>,
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  caption?: string,
): HTMLTableElement {
  const table = el('table', attributes);
  if (caption !== undefined) table.append(el('caption', {}, caption));
  const headRow = el('tr', {}, ...headers.map((header) => el('th', { scope: 'col' }, header)));
  const body = el('tbody', {}, ...rows.map((row) => el('tr', {}, ...row.map((cell) => el('td', {}, cell)))));
  table.append(el('thead', {}, headRow), body);
  return table;
}
