/**
 * Li-ion battery model: a Thevenin cell with two RC pairs ({@code cell}), identical cells in series and parallel
 * ({@code pack}), a lumped thermal model ({@code thermal}) and semi-empirical calendar and cycle aging
 * ({@code aging}), with presets loaded from JSON ({@code parameters}). Only {@code fmu} knows FMI. Equations and
 * sources: docs/models.md, section Battery. A package {@code residual} (learned capacity correction) is left for
 * later work.
 */
package dev.drivetwin.fmubattery;
