/** NASA PCoE per-cycle data (B. Saha and K. Goebel, 2007, Battery Data Set), converted to SI on reading. */
package dev.drivetwin.batterylearning.data;
