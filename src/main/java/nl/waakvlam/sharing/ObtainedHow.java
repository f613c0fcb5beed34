package nl.waakvlam.sharing;

/** How consent was obtained; labels in {@code obtainedHow.*}. */
public enum ObtainedHow {
    CONVERSATION, SIGNED_FORM
}
