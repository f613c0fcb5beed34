package nl.waakvlam.client;

/** How the client prefers to be reached; labels in {@code channel.*}. */
public enum ContactChannel {
    PHONE, APP, EMAIL, VISIT
}
