export const NOT_YET_MOVED: readonly string[];
export function checkStructure(
  root: string,
  options?: { notYetMoved?: readonly string[] },
): string[];
