/** A relief item of the person: built-in (text from library/relief-library.ts) or their own. */
export type ReliefItemDTO = {
  id: string;
  builtinKey: string | null;
  name: string;
  lastUsed: string | null;
  uses: number;
};

/** A relief item by id, for labelling comparisons and finding a built-in one's cautions. */
export type ReliefItemName = Pick<ReliefItemDTO, "id" | "name" | "builtinKey">;
