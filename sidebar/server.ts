/**
 * Typed calls to the sidebar's server side through `google.script.run`, one
 * promise per call. The arguments and results are those of the Apps Script
 * globals themselves (the exports of `src/main.ts`), read from their types:
 * to call a new server function, export it from `src/main.ts` and add its
 * name below.
 */
import type * as appsScriptGlobals from '../src/main';

/** The server functions the sidebar calls. */
type ServerFunctions = Pick<
  typeof appsScriptGlobals,
  | 'getLanguage'
  | 'getActionsCsv'
  | 'getSourceInfo'
  | 'runAnalysis'
  | 'getExerciseDefaults'
  | 'createExerciseSheets'
  | 'checkMyAnswers'
  | 'prepareStudentVersion'
>;
type FunctionName = keyof ServerFunctions;

/** The arguments and the result of each server function. */
type Args = { [Name in FunctionName]: Parameters<ServerFunctions[Name]> };
type Results = { [Name in FunctionName]: ReturnType<ServerFunctions[Name]> };

/** The server functions as `google.script.run` exposes them: same arguments, the result goes to the success handler. */
type ServerCalls = { [Name in FunctionName]: (...args: Args[Name]) => void };

/** The part of the client-side `google.script.run` API the sidebar uses. */
interface ScriptRun extends ServerCalls {
  withSuccessHandler<Result>(handler: (value: Result) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
}

declare const google: { script: { run: ScriptRun } };

/**
 * Runs one server call: `call` invokes a server function on a runner whose
 * handlers settle the promise. Rejects with the `Error` the failure handler receives.
 */
function callServer<Name extends FunctionName>(call: (run: ScriptRun) => void): Promise<Results[Name]> {
  return new Promise((resolve, reject) => {
    call(google.script.run.withSuccessHandler(resolve).withFailureHandler(reject));
  });
}

/** The spreadsheet's language (the server answers even when the document cannot be read). */
export function getLanguage(): Promise<Results['getLanguage']> {
  return callServer<'getLanguage'>((run) => run.getLanguage());
}

/** The Actions sheet of the last run as CSV text, and a file name for it. */
export function getActionsCsv(): Promise<Results['getActionsCsv']> {
  return callServer<'getActionsCsv'>((run) => run.getActionsCsv());
}

/** Reads the active sheet: headers, preview rows and detected settings. */
export function getSourceInfo(): Promise<Results['getSourceInfo']> {
  return callServer<'getSourceInfo'>((run) => run.getSourceInfo());
}

/** Runs the analysis and writes the owned sheets. */
export function runAnalysis(...args: Args['runAnalysis']): Promise<Results['runAnalysis']> {
  return callServer<'runAnalysis'>((run) => run.runAnalysis(...args));
}

/** Defaults of the Exercise panel: language, today, a random seed. */
export function getExerciseDefaults(): Promise<Results['getExerciseDefaults']> {
  return callServer<'getExerciseDefaults'>((run) => run.getExerciseDefaults());
}

/** Writes the exercise sheets. */
export function createExerciseSheets(...args: Args['createExerciseSheets']): Promise<Results['createExerciseSheets']> {
  return callServer<'createExerciseSheets'>((run) => run.createExerciseSheets(...args));
}

/** Checks the answers of the Work sheet and writes the Result sheet. */
export function checkMyAnswers(): Promise<Results['checkMyAnswers']> {
  return callServer<'checkMyAnswers'>((run) => run.checkMyAnswers());
}

/** Removes the Answer key after the user's confirmation. */
export function prepareStudentVersion(): Promise<Results['prepareStudentVersion']> {
  return callServer<'prepareStudentVersion'>((run) => run.prepareStudentVersion());
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
