/**
 * The schedule of a personal experiment (docs/statistics.md, "Personal experiments"): nights in
 * blocks of `blockDays`, blocks in consecutive pairs, each pair one "on" block and one "off"
 * block in an order drawn at random per pair (ABBA-style counterbalancing, Kravitz & Duan 2014,
 * ch. 4). The order is drawn once, at creation, and stored as a string of A (on) and B (off),
 * one letter per block, so the analysis can be repeated from the stored record alone.
 */

import { addDays, daysBetween } from "@/lib/time";

/** A source of fair coin flips: true means "on first". */
export type CoinFlip = () => boolean;

export type ExperimentDesign = {
  /** The first night, a local date "YYYY-MM-DD". */
  startDate: string;
  blockDays: number;
  /** One letter per block: "A" = on, "B" = off; every pair (letters 2k, 2k+1) is "AB" or "BA". */
  blockOrder: string;
};

export type Block = {
  index: number;
  pair: number;
  isOn: boolean;
  /** First and last night of the block (local dates, both included). */
  from: string;
  to: string;
};

export type NightPlan = { night: number; block: Block };

const PAIR_ORDER = /^(?:AB|BA)+$/;

/** The order of `pairs` pairs, one coin flip each: "AB" (on first) or "BA". */
export function drawBlockOrder({ pairs, flip }: { pairs: number; flip: CoinFlip }): string {
  if (!Number.isInteger(pairs) || pairs < 1)
    throw new RangeError("pairs must be a positive integer");
  let order = "";
  for (let pair = 0; pair < pairs; pair++) order += flip() ? "AB" : "BA";
  return order;
}

export function isBlockOrder(order: string): boolean {
  return PAIR_ORDER.test(order);
}

export function pairCount(design: Pick<ExperimentDesign, "blockOrder">): number {
  return design.blockOrder.length / 2;
}

export function totalNights(design: Pick<ExperimentDesign, "blockOrder" | "blockDays">): number {
  return design.blockOrder.length * design.blockDays;
}

/** The last night of the experiment. */
export function lastNight(design: ExperimentDesign): string {
  return addDays(design.startDate, totalNights(design) - 1);
}

export function blocksOf(design: ExperimentDesign): Block[] {
  return [...design.blockOrder].map((letter, index) => {
    const from = addDays(design.startDate, index * design.blockDays);
    return {
      index,
      pair: Math.floor(index / 2),
      isOn: letter === "A",
      from,
      to: addDays(from, design.blockDays - 1),
    };
  });
}

/** Tonight's place in the schedule, or null before the first night or after the last. */
export function planFor(design: ExperimentDesign, date: string): NightPlan | null {
  const night = daysBetween(design.startDate, date);
  const block = blockOfNight(design, night);
  return block ? { night, block } : null;
}

/** The block of the night `night` nights after the first (0-based), or null outside. */
export function blockOfNight(design: ExperimentDesign, night: number): Block | null {
  if (!Number.isInteger(night) || night < 0 || night >= totalNights(design)) return null;
  const index = Math.floor(night / design.blockDays);
  const from = addDays(design.startDate, index * design.blockDays);
  return {
    index,
    pair: Math.floor(index / 2),
    isOn: design.blockOrder[index] === "A",
    from,
    to: addDays(from, design.blockDays - 1),
  };
}

/** Whether the night `night` nights after the first is an "on" night (false outside). */
export function isOnNight(design: ExperimentDesign, night: number): boolean {
  return design.blockOrder[Math.floor(night / design.blockDays)] === "A" && night >= 0;
}
