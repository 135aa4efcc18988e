export function checkStructure(root: string): string[];
