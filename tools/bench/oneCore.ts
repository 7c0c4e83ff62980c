/**
 * Pins this process (all its threads, and the children it starts later) to
 * one CPU with `taskset`, so the bench measures one core. Best effort: says
 * why when it cannot.
 */
import { execFileSync } from 'node:child_process';

/** The CPU the process is now pinned to, or the reason it is not pinned. */
export function pinToOneCore(cpu = 0): { pinned: true; cpu: number } | { pinned: false; reason: string } {
  try {
    execFileSync('taskset', ['-a', '-cp', String(cpu), String(process.pid)], { stdio: 'ignore' });
    return { pinned: true, cpu };
  } catch (error) {
    return { pinned: false, reason: `taskset failed (${(error as Error).message.split('\n')[0]})` };
  }
}
