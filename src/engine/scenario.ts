// The typed scenario that `createGame` starts from. Raw JSON becomes this only through
// the validator in src/data, which checks every field.
import type {
  Controllers,
  EventDef,
  IslandDef,
  IslandId,
  Interests,
  Opinion,
  PowerId,
  ProjectDef,
  ScenarioTranslations,
  TreatyStage,
  World,
  AccessLevel,
  Tracks,
} from './types';

export interface PowerSetup {
  name: string;
  capitalCity: string;
  gdp: number;
  growth: number;
  military: number;
  budget: number;
  budgetPerTurn: number;
  capitalPerTurn: number;
  approval: number;
  interests: Interests;
}

export interface IslandSetup extends IslandDef {
  militarisation: number;
  access: AccessLevel;
}

export interface Scenario {
  id: string;
  version: string;
  title: string;
  description: string;
  start: { year: number; quarter: 1 | 2 | 3 | 4 };
  turns: number;
  turnOrder: PowerId[];
  defaultControllers: Controllers;
  powers: Record<PowerId, PowerSetup>;
  opinions: Record<PowerId, Partial<Record<PowerId, Opinion>>>;
  islands: Record<IslandId, IslandSetup>;
  treaty: { stage: TreatyStage; progress: number };
  /** The world's measures at the start, exactly as the state keeps them. */
  world: World;
  /** The tracks short of a treaty as they stand at the start. */
  tracks: Tracks;
  projects: ProjectDef[];
  events: EventDef[];
  randomEventChance: number;
  sources: Record<string, string>;
  /** The scenario's text in other languages than English, for the views (see ScenarioTexts). */
  translations?: ScenarioTranslations;
}
