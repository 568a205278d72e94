/**
 * The comparisons of docs/validation.md: fade law alone, network alone and hybrid, on a chronological split of one
 * cell and across cells, with hyper-parameters chosen on validation data inside the training cycles only.
 */
package dev.drivetwin.batterylearning.evaluation;
