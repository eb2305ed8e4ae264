// Minimal types for the two wink packages the benchmark drives (they ship none).
declare module "wink-bm25-text-search" {
  interface WinkBm25Engine {
    defineConfig(config: {
      fldWeights: Record<string, number>;
      bm25Params?: { k1?: number; b?: number; k?: number };
      ovFieldNames?: string[];
    }): boolean;
    definePrepTasks(tasks: ((input: unknown) => unknown)[], field?: string): number;
    addDoc(doc: Record<string, string>, id: string | number): number;
    consolidate(fp?: number): boolean;
    search(text: string, limit?: number): [string, number][];
  }
  const bm25: () => WinkBm25Engine;
  export default bm25;
}

declare module "wink-nlp-utils" {
  type Task = (input: never) => unknown;
  const nlp: {
    string: Record<string, Task>;
    tokens: Record<string, Task>;
  };
  export default nlp;
}
