// scenarios/scenario.schema.json is generated from the zod schema by
// scripts/export-schema.ts: it must not go stale, the scenario files must point editors at
// it, and it must accept the shipped files and refuse what the zod schema refuses.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, schemaText } from '../scripts/export-schema';
import { BUILTIN_SCENARIO_IDS, flatBuiltin, parseScenario, rawBuiltin, scenarioSchema } from '../src/data';

const ROOT = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
const committed = read(SCHEMA_FILE);
const schema = JSON.parse(committed) as Json;

type Json = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'default', '$defs']);

/**
 * A small validator for the subset of JSON Schema that z.toJSONSchema emits. It refuses
 * keywords it does not know, so that a new kind of constraint cannot pass unchecked.
 */
function validate(s: Json | boolean, value: unknown, path = '$'): string[] {
  if (s === true) return [];
  if (s === false) return [`${path}: not allowed`];
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${path}: ${message}`);
  const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
  for (const [key, arg] of Object.entries(s)) {
    switch (key) {
      case '$ref': {
        const name = String(arg).replace('#/$defs/', '');
        const target = (schema.$defs as Json)[name] as Json | undefined;
        if (!target) throw new Error(`unresolved $ref ${String(arg)}`);
        errors.push(...validate(target, value, path));
        break;
      }
      case 'if':
        if (validate(arg as Json, value, path).length === 0) errors.push(...(s.then ? validate(s.then as Json, value, path) : []));
        else errors.push(...(s.else ? validate(s.else as Json, value, path) : []));
        break;
      case 'then':
      case 'else':
        break;
      case 'anyOf':
        if (!(arg as Json[]).some((sub) => validate(sub, value, path).length === 0)) fail('matches none of anyOf');
        break;
      case 'oneOf':
        if ((arg as Json[]).filter((sub) => validate(sub, value, path).length === 0).length !== 1) fail('does not match exactly one of oneOf');
        break;
      case 'type': {
        const t = arg as string;
        const ok =
          t === 'integer' ? Number.isInteger(value) : t === 'array' ? Array.isArray(value) : t === 'object' ? isObject(value) : t === 'null' ? value === null : typeof value === t;
        if (!ok) fail(`expected ${t}`);
        break;
      }
      case 'const':
        if (value !== arg) fail(`expected ${JSON.stringify(arg)}`);
        break;
      case 'enum':
        if (!(arg as unknown[]).includes(value)) fail(`expected one of ${JSON.stringify(arg)}`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (arg as number)) fail(`below ${String(arg)}`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (arg as number)) fail(`above ${String(arg)}`);
        break;
      case 'exclusiveMinimum':
        if (typeof value === 'number' && value <= (arg as number)) fail(`not above ${String(arg)}`);
        break;
      case 'exclusiveMaximum':
        if (typeof value === 'number' && value >= (arg as number)) fail(`not below ${String(arg)}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(arg as string, 'u').test(value)) fail(`does not match ${String(arg)}`);
        break;
      case 'minLength':
        if (typeof value === 'string' && value.length < (arg as number)) fail('too short');
        break;
      case 'maxLength':
        if (typeof value === 'string' && value.length > (arg as number)) fail('too long');
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (arg as number)) fail('too few items');
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > (arg as number)) fail('too many items');
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((item, i) => errors.push(...validate(arg as Json, item, `${path}[${i}]`)));
        break;
      case 'required':
        if (isObject(value)) for (const k of arg as string[]) if (!(k in value)) fail(`lacks "${k}"`);
        break;
      case 'properties':
        if (isObject(value)) for (const [k, sub] of Object.entries(arg as Json)) if (k in value) errors.push(...validate(sub as Json, value[k], `${path}.${k}`));
        break;
      case 'additionalProperties':
        if (isObject(value)) {
          const known = Object.keys((s.properties as Json | undefined) ?? {});
          for (const k of Object.keys(value)) if (!known.includes(k)) errors.push(...validate(arg as Json | boolean, value[k], `${path}.${k}`));
        }
        break;
      case 'propertyNames':
        if (isObject(value)) for (const k of Object.keys(value)) errors.push(...validate(arg as Json, k, `${path}[${JSON.stringify(k)}] (name)`));
        break;
      default:
        if (!ANNOTATIONS.has(key)) throw new Error(`the test validator does not know the keyword "${key}" (at ${path})`);
    }
  }
  return errors;
}

const scenarioFiles = readdirSync(new URL('scenarios/', ROOT)).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
const rawFile = (id: string) => JSON.parse(read(`scenarios/${id}.json`)) as Json;

describe('scenarios/scenario.schema.json', () => {
  it('is exactly what scripts/export-schema.ts exports now (run `npm run schema` if not)', () => {
    expect(committed).toBe(schemaText());
    expect(committed.endsWith('}\n')).toBe(true);
    expect(committed).toContain('\n  "$defs": {\n');
  });

  it('is a draft 2020-12 schema with a title and a description', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(String(schema.title).length).toBeGreaterThan(5);
    expect(String(schema.description)).toContain('scripts/export-schema.ts');
  });

  it('is named in "$schema" by every scenario file', () => {
    expect(scenarioFiles.sort()).toEqual(BUILTIN_SCENARIO_IDS.map((id) => `${id}.json`).sort());
    for (const file of scenarioFiles) expect(JSON.parse(read(`scenarios/${file}`)).$schema, file).toBe('./scenario.schema.json');
  });

  it('describes the same top-level fields as the zod schema', () => {
    const properties = ((schema.$defs as Json).scenario as Json).properties as Json;
    expect(Object.keys(properties).sort()).toEqual(Object.keys(scenarioSchema.shape).sort());
    const overlay = (schema.$defs as Json).overlay as Json;
    expect([...(overlay.required as string[])].sort()).toEqual(['extends', 'id', 'version']);
    expect(Object.keys(overlay.properties as Json).sort()).toEqual([...Object.keys(scenarioSchema.shape), 'addEvents', 'extends', 'removeEvents'].sort());
  });

  it('accepts every shipped scenario file, full or overlay', () => {
    for (const id of BUILTIN_SCENARIO_IDS) expect(validate(schema, rawFile(id)), id).toEqual([]);
    // The overlay is valid only as an overlay, the full scenario only as a scenario.
    const defs = schema.$defs as Json;
    expect(validate(defs.scenario as Json, rawFile('classroom-short')).length).toBeGreaterThan(0);
    expect(validate(defs.overlay as Json, rawFile('north-asia-2016')).length).toBeGreaterThan(0);
  });

  const damaged: [string, (d: Json) => void][] = [
    ['a number out of range', (d) => void ((d.world as Json).sanctions = 120)],
    ['a missing field', (d) => void delete ((d.powers as Json).japan as Json).gdp],
    ['an unknown field', (d) => void (((d.powers as Json).japan as Json).gpd = 1)],
    ['a bad id', (d) => void ((d.projects as Json[])[0]!.id = 'Energy Plan')],
    ['an unknown effect kind', (d) => void ((d.events as Json[])[0]!.effects = [{ kind: 'earthquake', delta: 1 }])],
    ['a wrong type', (d) => void (d.turns = '24')],
    ['an island access level that is not one', (d) => void (((d.islands as Json).etorofu as Json).access = 'open')],
    ['an opinion held by a power that is not one', (d) => void ((d.opinions as Json).japan = { korea: { base: 0, modifiers: [] } })],
  ];

  it.each(damaged)('refuses a scenario with %s, as the zod schema does', (_what, damage) => {
    const doc = structuredClone(rawFile('north-asia-2016'));
    damage(doc);
    expect(parseScenario(doc, 'x.json', rawBuiltin).ok).toBe(false);
    expect(validate(schema, doc).length).toBeGreaterThan(0);
  });

  const overlayBase = { $schema: './scenario.schema.json', extends: 'north-asia-2016', id: 'what-if-test', version: '1.0.0' };
  const event = { id: 'helsinki', title: 'Helsinki', text: 'A summit.', trigger: { kind: 'scheduled', turn: 3 }, chooser: null, effects: [{ kind: 'tension', pair: 'russia-usa', delta: -10 }], options: [] };
  const overlays: [string, Json, boolean][] = [
    ['one value deep inside a section', { world: { tension: { 'russia-usa': 45 } } }, true],
    ['part of a power and of an opinion', { powers: { russia: { approval: 70, interests: { caution: 1 } } }, opinions: { russia: { japan: { base: 10 } } } }, true],
    ['event edits', { removeEvents: ['spy-row'], addEvents: [event] }, true],
    ['a value out of range deep inside a section', { world: { tension: { 'russia-usa': 145 } } }, false],
    ['an unknown key deep inside a section', { powers: { russia: { aproval: 70 } } }, false],
    ['an added event that lacks a field', { addEvents: [{ ...event, title: undefined }] }, false],
    ['an array item given only in part (arrays replace, they do not merge)', { projects: [{ id: 'energy', costPerTurn: 2 }] }, false],
  ];

  it.each(overlays)('judges an overlay with %s as the loader does', (_what, fields, valid) => {
    const doc = JSON.parse(JSON.stringify({ ...overlayBase, ...fields })) as Json;
    expect(parseScenario(doc, 'x.json', flatBuiltin).ok).toBe(valid);
    expect(validate(schema, doc).length === 0).toBe(valid);
  });

  it('refuses an overlay without an id, and an overlay with a field a scenario does not have', () => {
    const overlay = rawFile('classroom-short');
    const { id: _id, ...withoutId } = overlay;
    expect(validate(schema, withoutId).length).toBeGreaterThan(0);
    expect(validate(schema, { ...overlay, weather: 'fine' }).length).toBeGreaterThan(0);
    expect(parseScenario({ ...overlay, weather: 'fine' }, 'x.json', rawBuiltin).ok).toBe(false);
  });
});
