/** Written by scripts/fit-disputes.mjs: do not edit by hand. Null until a model is fit: every candidate is kept. */
import type { DisputeModel } from './model.js';

export const SHIPPED_MODEL: DisputeModel | null = null;
