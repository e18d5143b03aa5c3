// Whether the CLI's output stream takes colour: a terminal, and no NO_COLOR. Everything else about plain-text output
// is the terminal reporter's (report/terminal/).

export function colorEnabled(stream: NodeJS.WriteStream = process.stdout): boolean {
  return stream.isTTY === true && process.env['NO_COLOR'] === undefined;
}
