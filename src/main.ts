// Browser entry point. The Phaser game arrives with the browser issue; until then the page
// shows the scenario list so the build has a real entry.
import { BUILTIN_SCENARIO_IDS, builtinScenario } from './data';

const app = document.getElementById('app');
if (app) {
  app.innerHTML = `<h1>North Asia 2016</h1><ul>${BUILTIN_SCENARIO_IDS.map((id) => `<li>${builtinScenario(id).title}</li>`).join('')}</ul>`;
}
