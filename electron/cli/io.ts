// What a CLI command may do to the outside world besides files: print. Tests pass a recorder.
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** A command reads its own arguments and returns the process exit code. */
export type CliCommand = (args: readonly string[], io: CliIo) => Promise<number>;
