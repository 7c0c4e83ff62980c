import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createMemorySpreadsheet, simulateScriptRun, toHost } from '../../tools/gas-emulator/index.ts';

describe('simulateScriptRun (google.script.run)', () => {
  it('copies JSON-like values deeply', () => {
    const original = { name: 'Alice', scores: [5, 4, 3], nested: { ok: true, none: null } };
    const copy = simulateScriptRun<typeof original>(original);
    expect(copy).toEqual(original);
    expect(copy).not.toBe(original);
    expect(copy.scores).not.toBe(original.scores);
  });

  it('turns undefined in arrays into null and drops undefined fields', () => {
    expect(simulateScriptRun({ list: [1, undefined, 3], gone: undefined })).toStrictEqual({ list: [1, null, 3] });
    expect(simulateScriptRun(undefined)).toBeUndefined();
  });

  it('refuses Dates, functions, class instances and non-finite numbers, naming the path', () => {
    expect(() => simulateScriptRun({ rows: [{ last: new Date() }] })).toThrow(
      'google.script.run cannot carry a Date (at value.rows[0].last)',
    );
    expect(() => simulateScriptRun({ f: () => 1 })).toThrow('cannot carry a function (at value.f)');
    expect(() => simulateScriptRun(new Map())).toThrow('cannot carry a [object Map] (at value)');
    expect(() => simulateScriptRun([Number.NaN])).toThrow('cannot carry the number NaN (at value[0])');
  });

  it('gives null for the whole value in "null" mode, as a real sidebar observes', () => {
    expect(simulateScriptRun({ ok: 1, when: new Date() }, { illegal: 'null' })).toBeNull();
    expect(simulateScriptRun({ ok: 1 }, { illegal: 'null' })).toEqual({ ok: 1 });
  });

  it('always refuses circular values', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => simulateScriptRun(loop, { illegal: 'null' })).toThrow('circular reference (at value.self)');
    const shared = { a: 1 };
    expect(simulateScriptRun({ x: shared, y: shared })).toEqual({ x: { a: 1 }, y: { a: 1 } });
  });

  it('refuses emulator objects', () => {
    const sheet = createMemorySpreadsheet().getSheets()[0];
    expect(() => simulateScriptRun({ sheet })).toThrow('(at value.sheet)');
  });

  it('accepts plain values made in another realm', () => {
    const foreign = vm.runInNewContext('({ list: [1, 2], inner: { a: "b" } })');
    expect(simulateScriptRun(foreign)).toEqual({ list: [1, 2], inner: { a: 'b' } });
  });
});

describe('toHost', () => {
  it('rebuilds dates, arrays and objects of another realm as host ones', () => {
    const foreign = vm.runInNewContext('({ when: new Date(Date.UTC(2024, 0, 2)), rows: [[1, "a"]] })');
    expect(foreign.when instanceof Date).toBe(false);
    const host = toHost<{ when: Date; rows: unknown[][] }>(foreign);
    expect(host.when).toBeInstanceOf(Date);
    expect(host.when.toISOString()).toBe('2024-01-02T00:00:00.000Z');
    expect(host.rows).toBeInstanceOf(Array);
    expect(host).toEqual({ when: new Date('2024-01-02T00:00:00Z'), rows: [[1, 'a']] });
  });
});
