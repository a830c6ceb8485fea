// The data layer's public face: scenario schema, validation and the shipped scenarios.
export { scenarioSchema, type RawScenario } from './schema';
export { parseScenario, parseScenarioText, formatProblem, jsonPath, type ScenarioProblem } from './load';
export { builtinScenario, rawBuiltin, flatBuiltin, BUILTIN_SCENARIO_IDS } from './builtin';
