// Loading a scenario file in the browser, shared by the start screen and the strategy lab:
// a file picker, then either every problem the validator found (file, JSON path, what is
// wrong) with nothing else changed, or the scenario kept in this browser and offered in the
// scenario lists.
import { forgetCustomScenario, listCustomScenarios, MAX_SCENARIO_BYTES, parseCustomScenario, storeCustomScenario, type CustomScenario } from '../app/play/custom-scenarios';
import type { KeyValueStorage } from '../app/play/storage';
import type { ScenarioProblem } from '../app/play/scenarios';
import type { Scenario } from '../engine';
import { t } from '../app/views/i18n';
import { formatDecimal } from '../app/views/i18n/format';
import { button, h, render } from './dom';
import { scenarioTitle } from '../app/views/scenario-text';

export interface ScenarioLoader {
  /** The control (file input and its report); keep and re-append the same element across renders. */
  element: HTMLElement;
  /** Words the label and help again in the current language (the element outlives a language switch). */
  relabel(): void;
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
      return render(report, problemList(file.name, [{ file: file.name, path: '$', message: t('scenario.tooBig', { size: formatDecimal(file.size / 1024 / 1024, 1) }) }]));
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
        t('scenario.loaded', { file: t('saves.fileName', { name: file.name }), title: scenarioTitle(s), id: s.id, version: s.version, count: s.turns }),
        kept.ok ? null : h('p', { class: 'small', text: kept.error }),
      ),
    );
    onLoaded(s);
  });
  const label = h('span', { text: t('scenario.fileLabel') });
  const help = h('p', { class: 'muted small', text: t('scenario.help') });
  const element = h('div', { class: 'scenario-loader' }, h('label', { class: 'field-row' }, label, input), help, report);
  const relabel = () => {
    label.textContent = t('scenario.fileLabel');
    help.textContent = t('scenario.help');
  };
  return { element, relabel };
}

/** Every problem of a refused file, one per line: where (JSON path) and what. */
export function problemList(fileName: string, problems: readonly ScenarioProblem[]): HTMLElement {
  return h(
    'div',
    { class: 'alert', attrs: { role: 'alert', 'data-testid': 'scenario-problems' } },
    h('p', null, h('strong', { text: t('scenario.notLoaded', { file: t('saves.fileName', { name: fileName }), count: problems.length }) }), ' ', t('scenario.nothingElse')),
    h(
      'ul',
      { class: 'problem-list', attrs: { 'aria-label': t('scenario.problemsLabel', { file: fileName }) } },
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
        h('strong', { text: t('start.scenarioTurns', { title: scenarioTitle(s), count: s.turns }) }),
        h('span', { class: 'desc muted small', text: t('scenario.custom', { file: t('saves.fileName', { name: fileName }), id: s.id, version: s.version, description: s.description }) }),
      ),
      button(
        t('scenario.forget'),
        () => {
          forgetCustomScenario(storage, s.id);
          onForget();
        },
        { key: `forget-${s.id}`, attrs: { 'aria-label': t('scenario.forgetNamed', { title: scenarioTitle(s) }) } },
      ),
    );
  });
}
