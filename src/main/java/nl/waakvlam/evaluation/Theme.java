package nl.waakvlam.evaluation;

/** The four themes the programme is judged on by the external monitor; labels in {@code theme.*}. */
public enum Theme {
    CONNECTION, SELF_RELIANCE, PREVENTION, SIGNALLING
}
