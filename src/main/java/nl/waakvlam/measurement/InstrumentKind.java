package nl.waakvlam.measurement;

/** How an instrument is answered. */
public enum InstrumentKind {
    /** One score on a numeric scale (1–10). */
    SCALE,
    /** One rung of the participation ladder; shown lying flat, movement both ways, no ranking. */
    LADDER,
    /** A score per domain (the ZRM); a domain may be left "not discussed". */
    MATRIX
}
