/**
 * Semi-empirical calendar and cycle aging (Naumann 2018/2020 LFP, Wang 2011 LFP, Schmalstieg 2014 NMC, Xu 2016),
 * written as stress integrals so that the laws hold under varying operation and integrate as ODE states; cycle
 * aging of the depth-of-cycle laws advances per rainflow-counted cycle (ASTM E1049-85 (2017) section 5.4.4).
 */
package dev.drivetwin.fmubattery.aging;
