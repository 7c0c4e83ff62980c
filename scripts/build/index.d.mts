/** Types of `index.mjs`, for the TypeScript tests. */

export declare const PROJECT_ROOT: string;
export declare const GLOBAL_NAME: 'ClientPortfolio';
/** Size budgets in bytes (1 KB = 1000 bytes). */
export declare const SIZE_LIMITS: { code: number; sidebar: number; paste: number };

/** A build problem the developer must fix; `problems` lists one line each. */
export declare class BuildError extends Error {
  constructor(summary: string, problems?: string[]);
  problems: string[];
}

export interface BuildOptions {
  /** Project root; other paths are resolved against it. Default: this repository. */
  root?: string;
  /** Server entry. Default `src/main.ts`. */
  entry?: string;
  /** Output folder, created if missing. Default `dist`. */
  outdir?: string;
  /** Sidebar sources (`main.ts`, `style.css`, `index.html`). Default `sidebar`. */
  sidebarDir?: string;
  /** Apps Script manifest. Default `appsscript.json`. */
  manifest?: string;
  /** Size budgets in bytes. Default {@link SIZE_LIMITS}. */
  limits?: { code?: number; sidebar?: number; paste?: number };
}

export interface BuildResult {
  /** Absolute path of the output folder. */
  outdir: string;
  /** Names of the top-level stubs appended to `Code.js`. */
  globals: string[];
  /** Bytes written per file name (`Code.js`, `sidebar.html`, `appsscript.json`, `paste/Code.gs`). */
  sizes: Record<string, number>;
}

export declare function build(options?: BuildOptions): Promise<BuildResult>;
