/** Battery presets (cell, pack, thermal, aging) as JSON resources named after their source. */
package dev.drivetwin.fmubattery.parameters;
