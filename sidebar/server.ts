/**
 * Typed calls to the sidebar's server side through `google.script.run`,
 * one promise per call. Values follow the contract of `src/server/api.ts`.
 */
import type {
  AnalysisResult, AnalysisSettings, ExerciseCheck, ExerciseCreated, ExerciseDefaults, ExerciseRequest, SourceInfo, StudentVersion,
} from '../src/server/api';

/** The server functions the sidebar calls: their arguments and result. */
interface ServerFunctions {
  getSourceInfo: { args: []; result: SourceInfo };
  runAnalysis: { args: [AnalysisSettings]; result: AnalysisResult };
  getExerciseDefaults: { args: []; result: ExerciseDefaults };
  createExerciseSheets: { args: [ExerciseRequest]; result: ExerciseCreated };
  checkMyAnswers: { args: []; result: ExerciseCheck };
  prepareStudentVersion: { args: []; result: StudentVersion };
}

type FunctionName = keyof ServerFunctions;

/** The part of the client-side `google.script.run` API the sidebar uses. */
type ScriptRun = {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
} & { [Name in FunctionName]: (...args: ServerFunctions[Name]['args']) => void };

declare const google: { script: { run: ScriptRun } };

/** Calls server function `name`; rejects with the `Error` the failure handler receives. */
function callServer<Name extends FunctionName>(
  name: Name,
  ...args: ServerFunctions[Name]['args']
): Promise<ServerFunctions[Name]['result']> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ServerFunctions[Name]['result']))
      .withFailureHandler(reject);
    // Called as a method of the runner, as google.script.run expects.
    (runner as unknown as Record<Name, (...values: ServerFunctions[Name]['args']) => void>)[name](...args);
  });
}

/** Reads the active sheet: headers, preview rows and detected settings. */
export function getSourceInfo(): Promise<SourceInfo> {
  return callServer('getSourceInfo');
}

/** Runs the analysis and writes the owned sheets. */
export function runAnalysis(settings: AnalysisSettings): Promise<AnalysisResult> {
  return callServer('runAnalysis', settings);
}

/** Defaults of the Exercise panel: language, today, a random seed. */
export function getExerciseDefaults(): Promise<ExerciseDefaults> {
  return callServer('getExerciseDefaults');
}

/** Writes the exercise sheets. */
export function createExerciseSheets(request: ExerciseRequest): Promise<ExerciseCreated> {
  return callServer('createExerciseSheets', request);
}

/** Checks the answers of the Work sheet and writes the Result sheet. */
export function checkMyAnswers(): Promise<ExerciseCheck> {
  return callServer('checkMyAnswers');
}

/** Removes the Answer key after the user's confirmation. */
export function prepareStudentVersion(): Promise<StudentVersion> {
  return callServer('prepareStudentVersion');
}

/**
 * The text to show for a failed call. The server sends localised messages;
 * a leading "Error: " or "Exception: " that Apps Script may add is dropped.
 * Returns `''` when there is no message.
 */
export function messageOfFailure(error: unknown): string {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : error;
  if (typeof message !== 'string') return '';
  return message.replace(/^(?:[A-Z][A-Za-z]*Error|Exception):\s*/, '').trim();
}
