package nl.waakvlam.coach;

/** A coach's gender as the coach states it; labels in {@code gender.*}. */
public enum Gender {
    FEMALE, MALE, OTHER
}
