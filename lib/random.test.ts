import { describe, expect, test } from "vitest";
import { mulberry32, normal } from "./random";

describe("seeded randomness", () => {
  test("the same seed gives the same sequence, another seed another", () => {
    const draw = (seed: number) => {
      const random = mulberry32(seed);
      return Array.from({ length: 5 }, random);
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  test("uniform on [0, 1) and standard normal, by their first two moments", () => {
    const random = mulberry32(1);
    const n = 100_000;
    const uniforms = Array.from({ length: n }, random);
    expect(Math.min(...uniforms)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...uniforms)).toBeLessThan(1);
    expect(uniforms.reduce((s, u) => s + u, 0) / n).toBeCloseTo(0.5, 2);
    const normals = Array.from({ length: n }, () => normal(random));
    const mean = normals.reduce((s, z) => s + z, 0) / n;
    const variance = normals.reduce((s, z) => s + (z - mean) ** 2, 0) / (n - 1);
    // Standard errors: 1/√n ≈ 0.003 for the mean, √(2/n) ≈ 0.0045 for the variance.
    expect(Math.abs(mean)).toBeLessThan(0.015);
    expect(Math.abs(variance - 1)).toBeLessThan(0.025);
  });
});
