// The data layer's public face: scenario schema, validation and the shipped scenarios.
export { scenarioSchema, type RawScenario, type RawText } from './schema';
export { parseScenario, parseScenarioText, scenarioWarnings, formatProblem, jsonPath, type ScenarioProblem } from './load';
export { TRANSLATED_LANGUAGES } from './texts';
export { builtinScenario, rawBuiltin, flatBuiltin, BUILTIN_SCENARIO_IDS } from './builtin';
