export declare const TARGETS: Record<string, { inputs: string[]; output: string; build: () => Promise<void> | void }>;
export declare const PACKAGE: string[];
export declare function buildTargets(
  names: readonly string[],
  options?: { force?: boolean; log?: (line: string) => void },
): Promise<void>;
