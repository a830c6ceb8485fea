// Writes scenarios/scenario.schema.json, the JSON Schema (draft 2020-12) of scenario files,
// from the zod schema in src/data/schema.ts, so that editors can check and complete
// scenario files. tests/schema-export.test.ts fails when the committed file is stale.
//
//   npm run schema              (tsx scripts/export-schema.ts)
//
// A scenario file is either a complete scenario or an overlay (see src/data/overlay.ts): a
// document with "extends" naming a base scenario, laid over it. Objects merge key by key
// and arrays and values replace the base's, so an overlay may give any part of any section
// (a deep partial of the scenario) but whole array items; "removeEvents" and "addEvents"
// edit the base's event list. Only extends, id and version are required. A readable text
// (English, or { "en", "ja" }) is a value: an overlay gives it whole.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { scenarioOverlaySchema, scenarioSchema } from '../src/data/schema';

export const SCHEMA_FILE = 'scenarios/scenario.schema.json';

type Json = Record<string, unknown>;
type Meta = { id: string; description?: string };
type AnyObject = z.ZodObject<z.ZodRawShape>;
type AnyRecord = z.ZodRecord<z.core.$ZodRecordKey, z.ZodType>;

/** Names for the parts of the schema, so that $defs read "event", "effect", ... */
function namedParts(): z.core.$ZodRegistry<Meta> {
  const registry = z.registry<Meta>();
  const s = scenarioSchema.shape;
  const power = s.powers.shape.japan;
  const island = s.islands.shape.etorofu;
  const event = s.events.element;
  const row = s.opinions.shape.japan as unknown as AnyRecord;
  const opinion = row.valueType as AnyObject;
  const parts: [z.ZodType, Meta][] = [
    [scenarioSchema, { id: 'scenario', description: 'A complete scenario: every section is required.' }],
    [s.title, { id: 'shortText', description: 'A name, title or label the player reads: English, or { "en": ..., "ja": ... } with its Japanese.' }],
    [s.description, { id: 'text', description: 'A text the player reads: English, or { "en": ..., "ja": ... } with its Japanese.' }],
    [s.id, { id: 'id', description: 'Lower-case words joined by hyphens.' }],
    [s.turnOrder.element, { id: 'power' }],
    [s.world.shape.sanctions, { id: 'percent', description: 'A level from 0 to 100.' }],
    [island.shape.id, { id: 'island' }],
    [power, { id: 'powerSetup', description: "A power's economy, standing and AI personality at the start." }],
    [power.shape.interests, { id: 'interests', description: "The personality weights of a power's AI (and of Russia's weighing of proposals)." }],
    [power.shape.sources.unwrap(), { id: 'sourceRefs', description: 'Field name to a key of the top-level "sources".' }],
    [row, { id: 'opinionRow', description: "A power's opinions of the others, by power." }],
    [opinion, { id: 'opinion', description: 'A base from -100 to 100 and named modifiers.' }],
    [(opinion.shape.modifiers as z.ZodArray<z.ZodType>).element, { id: 'modifier', description: 'Moves toward zero by "decay" each turn; decay 0 lasts.' }],
    [island, { id: 'islandSetup' }],
    [s.projects.element, { id: 'project', description: 'A project of the eight-point plan.' }],
    [event, { id: 'event' }],
    [event.shape.trigger, { id: 'trigger' }],
    [event.shape.options.element, { id: 'eventOption' }],
    [event.shape.effects.element, { id: 'effect' }],
  ];
  for (const [schema, meta] of parts) registry.add(schema, meta);
  return registry;
}

/**
 * The overlay form of a schema: objects and records with every key optional, all the way
 * down, as deepMerge merges them; arrays and values as they are, since they replace.
 * Named parts get a named "...Patch" counterpart.
 */
function deepPartial(schema: z.ZodType, registry: z.core.$ZodRegistry<Meta>, done = new Map<z.ZodType, z.ZodType>()): z.ZodType {
  const known = done.get(schema);
  if (known) return known;
  let out: z.ZodType = schema;
  if (schema instanceof z.ZodOptional) {
    out = deepPartial(schema.unwrap() as z.ZodType, registry, done).optional();
  } else if (schema instanceof z.ZodObject) {
    const shape: Record<string, z.ZodType> = {};
    for (const [key, field] of Object.entries((schema as AnyObject).shape)) {
      const partial = deepPartial(field as z.ZodType, registry, done);
      shape[key] = partial instanceof z.ZodOptional ? partial : partial.optional();
    }
    out = (schema as AnyObject).extend(shape);
  } else if (schema instanceof z.ZodRecord) {
    const record = schema as unknown as AnyRecord;
    const valueType = deepPartial(record.valueType, registry, done);
    if (valueType !== record.valueType) out = record.clone({ ...record._zod.def, valueType }) as unknown as z.ZodType;
  }
  const meta = registry.get(schema);
  if (out !== schema && meta) registry.add(out, { id: `${meta.id}Patch`, description: `Part of ${meta.id}: any of its fields.` });
  done.set(schema, out);
  return out;
}

export function scenarioJsonSchema(): Json {
  const registry = namedParts();
  const patch = deepPartial(scenarioSchema, registry) as AnyObject;
  registry.remove(patch);
  const overlay = patch.extend({
    extends: scenarioOverlaySchema.shape.extends,
    id: scenarioSchema.shape.id,
    version: scenarioSchema.shape.version,
    removeEvents: z.array(z.string()).optional(),
    addEvents: scenarioSchema.shape.events.optional(),
  });
  registry.add(overlay, {
    id: 'overlay',
    description:
      'A scenario laid over the one named by "extends": objects merge key by key, arrays and values replace the base\'s; ' +
      '"removeEvents" lists ids of the base\'s events to drop and "addEvents" events to append.',
  });
  const both = z.object({ scenario: scenarioSchema, overlay });
  const generated = z.toJSONSchema(both, { target: 'draft-2020-12', metadata: registry }) as Json;
  return {
    $schema: generated.$schema,
    title: 'North Asia Statecraft scenario',
    description:
      'A scenario file: a complete scenario, or an overlay that "extends" another scenario and changes part of it. ' +
      'Generated from src/data/schema.ts by scripts/export-schema.ts (npm run schema); do not edit by hand.',
    if: { type: 'object', required: ['extends'] },
    then: { $ref: '#/$defs/overlay' },
    else: { $ref: '#/$defs/scenario' },
    $defs: generated.$defs,
  };
}

/** The schema file's text: pretty printed, with a trailing newline. */
export function schemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  writeFileSync(join(root, SCHEMA_FILE), schemaText());
  console.log(`export-schema: wrote ${SCHEMA_FILE}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
