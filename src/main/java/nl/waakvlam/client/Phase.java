package nl.waakvlam.client;

/**
 * A client's phase in the programme. Labels in {@code phase.*}. The order is the lifecycle order
 * and is used for sorting counts.
 */
public enum Phase {
    REFERRED, DECLINED, ACCEPTED, INTAKE, INTENSIVE, SCALING_DOWN, WAAKVLAM, ENDED
}
