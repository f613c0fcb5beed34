package nl.waakvlam.goal;

/** Where a goal stands; labels in {@code goalStatus.*}. */
public enum GoalStatus {
    OPEN, ACHIEVED, CHANGED, DROPPED
}
