package nl.waakvlam.shared;

/** Small text rules every form shares. */
public final class Text {

    private Text() {
    }

    /** An empty or blank optional field is stored as "not given" (null), anything else without outer spaces. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
