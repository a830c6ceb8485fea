// A problem found in a scenario file: the file, the JSON path and what is wrong. The loader
// and the overlay both report them.
export interface ScenarioProblem {
  file: string;
  /** JSON path in the file, such as $.powers.japan.gdp */
  path: string;
  message: string;
}

export const formatProblem = (p: ScenarioProblem): string => `${p.file}: ${p.path}: ${p.message}`;
