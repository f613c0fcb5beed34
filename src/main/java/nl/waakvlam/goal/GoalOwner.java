package nl.waakvlam.goal;

/** Who works on a goal; labels in {@code goalOwner.*}. */
public enum GoalOwner {
    CLIENT, COACH, OTHER_ORGANISATION
}
