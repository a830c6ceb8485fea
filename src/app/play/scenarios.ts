// The scenarios a game can be played on, for the screens and the command line: the ones
// built into the game and the reading of scenario files. The UI and the command line reach
// the data layer only through here.
export { BUILTIN_SCENARIO_IDS, builtinScenario, flatBuiltin, formatProblem, parseScenarioText, scenarioWarnings, type ScenarioProblem } from '../../data';
