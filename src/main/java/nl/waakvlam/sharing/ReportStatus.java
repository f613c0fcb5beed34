package nl.waakvlam.sharing;

/** Where a progress report stands; labels in {@code reportStatus.*}. */
public enum ReportStatus {
    DRAFT, RELEASED, SUPERSEDED
}
