package nl.waakvlam.coach;

/** Why a coach is away; labels in {@code absence.reason.*}. */
public enum AbsenceReason {
    HOLIDAY, SICK, LEAVE, TRAINING, OTHER
}
