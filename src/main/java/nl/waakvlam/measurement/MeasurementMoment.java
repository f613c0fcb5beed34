package nl.waakvlam.measurement;

/** When in the support a measurement was taken. */
public enum MeasurementMoment {
    START, PERIODIC, MID, END,
    /** In one of the programme's monitoring rounds (the round is recorded with it). */
    ROUND
}
