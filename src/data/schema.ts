// The scenario file format as a zod schema: the one place that says what a valid scenario
// is. `scripts/export-schema.ts` turns it into scenarios/scenario.schema.json for editors.
import { z } from 'zod';
import { ACCESS_LEVELS, ISLANDS, JOINT_ACTIVITY_STAGES, MAX_ID_LENGTH, MAX_TURNS, POWERS, TENSION_PAIRS, TREATY_STAGES, WORLD_FIELDS } from '../engine';

const power = z.enum(POWERS);
const island = z.enum(ISLANDS);
const percent = z.number().min(0).max(100);
const opinionValue = z.number().min(-100).max(100);
const id = z.string().max(MAX_ID_LENGTH).regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens');
/**
 * Every number has bounds, so that no scenario can make play overflow to Infinity or NaN
 * (a trade of 1e307 once did). The bounds are generous: ten times anything real.
 */
const turn = z.number().int().min(1).max(MAX_TURNS);
/** A turn in an event's trigger; past the scenario's last it means "never" or "to the end" (the shipped files write 99). */
const triggerTurn = z.number().int().min(1).max(999);
/** A name or a label, and a paragraph of text. */
const name = z.string().min(1).max(200);
const text = z.string().min(1).max(5_000);
/**
 * A text the player reads, in English alone or in English and Japanese side by side:
 * `"Nagato summit"` or `{ "en": "Nagato summit", "ja": "長門での首脳会談" }`. A text without
 * Japanese is shown in English in both languages (scenario:check warns of it).
 */
const readable = <T extends z.ZodString>(english: T) =>
  z.union([english, z.strictObject({ en: english, ja: english })], {
    error: (issue) =>
      typeof issue.input === 'object' && issue.input !== null && !Array.isArray(issue.input)
        ? 'a text in two languages gives both "en" and "ja" as text'
        : 'must be a text: "…" in English, or { "en": "…", "ja": "…" }',
  });
const shortText = readable(name);
const longText = readable(text);
const decay = z.number().min(0).max(100);
/** Optional map from a field name to a key of the scenario's `sources`. */
const sourceRefs = z.record(z.string().max(MAX_ID_LENGTH), z.string().max(MAX_ID_LENGTH)).optional();

const interests = z.strictObject({
  sovereignty: z.number().min(0).max(3),
  military: z.number().min(0).max(3),
  investment: z.number().min(0).max(3),
  nationalism: z.number().min(0).max(3),
  chinaTies: z.number().min(0).max(3),
  alliance: z.number().min(0).max(3),
  caution: z.number().min(0).max(3),
  noise: z.number().min(0).max(20),
});

const powerSetup = z.strictObject({
  name,
  capitalCity: name,
  gdp: z.number().positive().max(200_000),
  growth: z.number().min(-20).max(20),
  military: z.number().positive().max(10_000),
  budget: z.number().min(0).max(1_000),
  budgetPerTurn: z.number().min(0).max(100),
  capitalPerTurn: z.number().int().min(1).max(20),
  approval: percent,
  interests,
  sources: sourceRefs,
});

const modifier = z.strictObject({
  id: z.string().min(1).max(MAX_ID_LENGTH),
  label: shortText,
  value: opinionValue,
  decay,
});
const opinion = z.strictObject({ base: opinionValue, modifiers: z.array(modifier).max(50) });
const opinionRow = z.partialRecord(power, opinion);

const effect = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('opinion'), from: power, to: power, value: z.number().min(-60).max(60), decay, label: shortText }),
  z.strictObject({ kind: z.literal('tension'), pair: z.enum(TENSION_PAIRS), delta: z.number().min(-100).max(100) }),
  z.strictObject({ kind: z.literal('world'), field: z.enum(WORLD_FIELDS), delta: z.number().min(-100).max(100) }),
  z.strictObject({ kind: z.literal('trade'), field: z.enum(['chinaRussia', 'japanRussia']), delta: z.number().min(-100).max(100) }),
  z.strictObject({ kind: z.literal('approval'), power, delta: z.number().min(-100).max(100) }),
  z.strictObject({ kind: z.literal('budget'), power, delta: z.number().min(-50).max(50) }),
  z.strictObject({ kind: z.literal('militarisation'), island, delta: z.number().min(-100).max(100) }),
  z.strictObject({ kind: z.literal('treatyProgress'), delta: z.number().min(-100).max(100) }),
  z.strictObject({ kind: z.literal('suspendTalks'), turns: z.number().int().min(1).max(8) }),
  z.strictObject({ kind: z.literal('treatySetback') }),
  z.strictObject({ kind: z.literal('implementation'), delta: z.number().min(-100).max(100) }),
]);

const effects = z.array(effect).max(30);
const eventOption = z.strictObject({ id, label: shortText, text: longText, effects });

const trigger = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('scheduled'), turn: triggerTurn }),
  z.strictObject({
    kind: z.literal('random'),
    weight: z.number().positive().max(1_000),
    fromTurn: triggerTurn,
    toTurn: triggerTurn,
    repeatable: z.boolean(),
    cooldown: z.number().int().min(1).max(80).optional(),
    stages: z.array(z.enum(TREATY_STAGES)).min(1).optional(),
  }),
]);

const eventDef = z.strictObject({
  id,
  title: shortText,
  text: longText,
  trigger,
  chooser: power.nullable(),
  effects,
  options: z.array(eventOption).max(10),
});

const projectDef = z.strictObject({
  id,
  point: z.number().int().min(1).max(8),
  name: shortText,
  description: longText,
  costPerTurn: z.number().positive().max(100),
  turns: z.number().int().min(1).max(12),
  capital: z.number().int().min(0).max(10),
  tradeGain: z.number().min(0).max(1_000),
  goodwill: z.number().min(0).max(30),
  tiesCut: z.number().min(0).max(30),
});

const islandSetup = z.strictObject({
  id: island,
  nameJa: name,
  nameRu: name,
  areaKm2: z.number().positive().max(1_000_000),
  sovereigntyValue: z.number().min(0).max(200),
  militaryValue: z.number().min(0).max(200),
  militarisation: percent,
  access: z.enum(ACCESS_LEVELS as [string, ...string[]]),
  sources: sourceRefs,
});

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  version: z.string().max(32).regex(/^\d+\.\d+\.\d+$/, 'version must look like 1.0.0'),
  title: shortText,
  description: longText,
  sources: z.record(z.string().max(MAX_ID_LENGTH), z.string().min(1).max(1_000)),
  start: z.strictObject({ year: z.number().int().min(1945).max(2100), quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }),
  turns: turn,
  turnOrder: z.array(power).length(POWERS.length),
  defaultControllers: z.strictObject({ japan: z.enum(['human', 'ai']), russia: z.enum(['human', 'ai']), china: z.enum(['human', 'ai']), usa: z.enum(['human', 'ai']) }),
  powers: z.strictObject({ japan: powerSetup, russia: powerSetup, china: powerSetup, usa: powerSetup }),
  opinions: z.strictObject({ japan: opinionRow, russia: opinionRow, china: opinionRow, usa: opinionRow }),
  opinionSources: z.string().optional(),
  islands: z.strictObject({ etorofu: islandSetup, kunashiri: islandSetup, shikotan: islandSetup, habomai: islandSetup }),
  treaty: z.strictObject({ stage: z.enum(TREATY_STAGES), progress: percent, source: z.string().optional() }),
  world: z.strictObject({
    sanctions: percent,
    usStance: percent,
    missileDefence: percent,
    tension: z.strictObject({ 'russia-usa': percent, 'china-usa': percent, 'china-japan': percent, 'japan-russia': percent }),
    trade: z.strictObject({ chinaRussia: z.number().min(0).max(10_000), japanRussia: z.number().min(0).max(10_000) }),
    strategicTies: percent,
    farEastUnease: percent,
    nationalism: percent,
    chinaAlarm: percent,
    constitution: percent,
    hardLine: percent.optional(),
    chinaCurbs: percent.optional(),
    investmentStock: z.number().min(0).max(1000).optional(),
    sources: sourceRefs,
  }),
  tracks: z
    .strictObject({
      visits: z.enum(['running', 'suspended']),
      jointActivity: z.enum(JOINT_ACTIVITY_STAGES as [string, ...string[]]),
      dialogue: percent,
      contacts: percent,
      sources: sourceRefs,
    })
    .optional(),
  projects: z.array(projectDef).min(1).max(50),
  projectsSource: z.string().optional(),
  randomEventChance: z.number().min(0).max(1),
  events: z.array(eventDef).max(100),
});

/**
 * A scenario file may start from another by id and replace whole top-level sections:
 * `{ "extends": "north-asia-2016", "id": ..., "turns": 8 }`.
 */
export const scenarioOverlaySchema = z
  .object({ extends: id, id, version: z.string() })
  .passthrough();

export type RawScenario = z.infer<typeof scenarioSchema>;
/** A readable text as the file gives it: English, or English with Japanese. */
export type RawText = z.infer<typeof shortText>;
