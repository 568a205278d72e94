package dev.drivetwin.fmubattery.aging;

/** The built-in aging laws. */
public enum AgingModelKind {
    /** LFP/graphite: Naumann et al. 2018 (calendar) and 2020 (cycle). */
    NAUMANN_LFP,
    /** NMC/graphite 18650: Schmalstieg et al. 2014. */
    SCHMALSTIEG_NMC,
    /** LFP/graphite: Wang et al. 2011 (cycle, rate-dependent), Naumann et al. 2018 (calendar). */
    WANG_LFP,
    /** Xu et al. 2016 degradation form with its LMO parameters. */
    XU_LMO
}
