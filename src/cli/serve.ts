/** `corroborate serve`: placeholder until its issue lands; it fails loudly rather than pretend. */
export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('corroborate serve: not built yet\n');
  return 1;
}
