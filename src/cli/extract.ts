/** `corroborate extract`: placeholder until its issue lands; it fails loudly rather than pretend. */
export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('corroborate extract: not built yet\n');
  return 1;
}
