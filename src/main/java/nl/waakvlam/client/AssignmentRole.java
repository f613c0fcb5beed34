package nl.waakvlam.client;

/** Primary coach or designated cover coach; labels in {@code assignmentRole.*}. */
public enum AssignmentRole {
    PRIMARY, COVER
}
