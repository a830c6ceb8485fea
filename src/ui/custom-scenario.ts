// Loading a scenario file in the browser, shared by the start screen and the strategy lab:
// a file picker, then either every problem the validator found (file, JSON path, what is
// wrong) with nothing else changed, or the scenario kept in this browser and offered in the
// scenario lists.
import { forgetCustomScenario, listCustomScenarios, MAX_SCENARIO_BYTES, parseCustomScenario, storeCustomScenario, type CustomScenario } from '../app/play/custom-scenarios';
import type { KeyValueStorage } from '../app/play/storage';
import type { ScenarioProblem } from '../app/play/scenarios';
import type { Scenario } from '../engine';
import { button, h, render } from './dom';

export interface ScenarioLoader {
  /** The control (file input and its report); keep and re-append the same element across renders. */
  element: HTMLElement;
}

/**
 * A labelled file input for scenario files. `onLoaded` runs after a valid file was kept;
 * a file with problems only fills the report.
 */
export function scenarioLoader(storage: KeyValueStorage, idPrefix: string, onLoaded: (scenario: Scenario) => void): ScenarioLoader {
  const inputId = `${idPrefix}-scenario-file`;
  const input = h('input', { key: inputId, attrs: { type: 'file', accept: '.json,application/json', id: inputId, 'data-testid': 'scenario-file' } });
  const report = h('div', { attrs: { 'data-testid': 'scenario-report', 'aria-live': 'polite' } });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_SCENARIO_BYTES) {
      input.value = '';
      return render(report, problemList(file.name, [{ file: file.name, path: '$', message: `the file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a scenario is far smaller` }]));
    }
    const text = await file.text();
    input.value = '';
    const parsed = parseCustomScenario(text, file.name);
    if (!parsed.ok) return render(report, problemList(file.name, parsed.error));
    const kept = storeCustomScenario(storage, parsed.value, text, file.name, Date.now());
    const s = parsed.value;
    render(
      report,
      h(
        'div',
        { class: 'note-ok', attrs: { role: 'status' } },
        `Loaded “${file.name}”: ${s.title} (${s.id}, version ${s.version}, ${s.turns} turns). It is now in the scenario list.`,
        kept.ok ? null : h('p', { class: 'small', text: kept.error }),
      ),
    );
    onLoaded(s);
  });
  const element = h(
    'div',
    { class: 'scenario-loader' },
    h('label', { class: 'field-row' }, h('span', { text: 'Load a scenario file:' }), input),
    h('p', { class: 'muted small', text: 'A scenario is a JSON file: a whole scenario, or an overlay that extends a built-in one and changes only what differs (see scenarios/GUIDE.md).' }),
    report,
  );
  return { element };
}

/** Every problem of a refused file, one per line: where (JSON path) and what. */
export function problemList(fileName: string, problems: readonly ScenarioProblem[]): HTMLElement {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return h(
    'div',
    { class: 'alert', attrs: { role: 'alert', 'data-testid': 'scenario-problems' } },
    h('p', null, h('strong', { text: `“${fileName}” was not loaded: ${count}.` }), ' Nothing else was changed.'),
    h(
      'ul',
      { class: 'problem-list', attrs: { 'aria-label': `Problems in ${fileName}` } },
      ...problems.map((p) => h('li', null, h('code', { text: p.path }), h('span', { text: p.message }))),
    ),
  );
}

/**
 * The kept custom scenarios as options of the start screen's scenario radio group, each
 * with a button to forget it.
 */
export function customScenarioOptions(
  storage: KeyValueStorage,
  chosenId: string,
  onChoose: (id: string) => void,
  onForget: () => void,
): HTMLElement[] {
  return listCustomScenarios(storage).map(({ scenario: s, fileName }: CustomScenario) => {
    const input = h('input', { key: `scenario-${s.id}`, attrs: { type: 'radio', name: 'scenario', value: s.id, checked: s.id === chosenId } });
    input.addEventListener('change', () => onChoose(s.id));
    return h(
      'div',
      { class: 'custom-option' },
      h(
        'label',
        { class: 'scenario-option' },
        input,
        h('strong', { text: `${s.title} · ${s.turns} turns` }),
        h('span', { class: 'desc muted small', text: `Your file “${fileName}” (${s.id}, version ${s.version}). ${s.description}` }),
      ),
      button(
        'Forget',
        () => {
          forgetCustomScenario(storage, s.id);
          onForget();
        },
        { key: `forget-${s.id}`, attrs: { 'aria-label': `Forget the scenario ${s.title}` } },
      ),
    );
  });
}
