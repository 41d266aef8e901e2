import type { Check } from './define-check.ts';
import { amountMismatch } from './rules/amount-mismatch.ts';
import { dateOrder } from './rules/date-order.ts';
import { lateDecision } from './rules/late-decision.ts';
import { lowConfidence } from './rules/low-confidence.ts';
import { missingFigure } from './rules/missing-figure.ts';
import { nameVariant } from './rules/name-variant.ts';
import { recommendationMismatch } from './rules/recommendation-mismatch.ts';
import { sumMismatch } from './rules/sum-mismatch.ts';
import { tableUnverified } from './rules/table-unverified.ts';

/** Every consistency check; adding one is one file in rules/ and one line here. */
export const CHECKS: readonly Check[] = [amountMismatch, sumMismatch, missingFigure, lateDecision, dateOrder, nameVariant, recommendationMismatch, lowConfidence, tableUnverified];
