package dev.drivetwin.fmubattery.aging;

/** The built-in aging laws. */
public enum AgingModelKind {
    /** LFP/graphite: Naumann et al. 2018 (calendar) and 2020 (cycle). */
    NAUMANN_LFP,
    /** NMC/graphite 18650: Schmalstieg et al. 2014. */
    SCHMALSTIEG_NMC,
    /** Xu et al. 2016 degradation form with its LMO parameters. */
    XU_LMO
}
