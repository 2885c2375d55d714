/**
 * How strong a new password is, judged by zxcvbn-ts with its common dictionary (the most used
 * passwords, names, words) and the person's own details (email, name, phone). Pure: no I/O.
 * Score 0–4; a new password needs MIN_SCORE (guessing it takes ~10^8 tries or more).
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

export const MIN_SCORE = 3;
/** Vietnamese words common in passwords that the English-leaning dictionary misses. */
const LOCAL_WORDS = ["motcua", "matkhau", "vietnam", "hanoi", "saigon", "anhyeuem", "yeuem", "congdan", "ninhbinh", "dichvucong"];

let factory: ZxcvbnFactory | undefined;

function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ dictionary: { ...dictionary, local: LOCAL_WORDS }, graphs: adjacencyGraphs });
  return factory;
}

export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  ok: boolean;
}

/** Judges a password; `userInputs` are the person's own details (a password made of them is weak). */
export function passwordStrength(password: string, userInputs: string[] = []): Strength {
  const inputs = userInputs.flatMap((v) => [v, ...v.toLowerCase().split(/[\s@.+_-]+/)]).filter((v) => v.length >= 3);
  const result = zxcvbn().check(password.slice(0, 128), inputs);
  const score = result.score as Strength["score"];
  return { score, ok: score >= MIN_SCORE };
}
