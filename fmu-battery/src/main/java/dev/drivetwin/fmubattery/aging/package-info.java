/**
 * Semi-empirical calendar and cycle aging (Naumann 2018/2020 LFP, Schmalstieg 2014 NMC, Xu 2016), written as
 * stress integrals so that the laws hold under varying operation and integrate as ODE states.
 */
package dev.drivetwin.fmubattery.aging;
