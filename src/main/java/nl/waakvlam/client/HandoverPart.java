package nl.waakvlam.client;

/**
 * A part of the handover summary that another module contributes: open goals with their owners, the
 * early-warning plan and open scale-ups, the feedback agreements and consent, the last contacts and
 * the notes marked "voor de overdracht", the driegesprek still to come. Each part is read when the
 * summary is opened, so a coach who reads it a week late reads the file as it is then.
 *
 * <p>{@link #data} returns null when the part has nothing to show; otherwise the fragment named by
 * {@link #fragment} renders it as {@code data}. It never shows what the viewer may not read on the
 * file itself (private notes follow the same rule as on the timeline).
 */
public interface HandoverPart {

    /** A Thymeleaf fragment taking one parameter {@code data}, e.g. {@code goal/section :: handover}. */
    String fragment();

    /** The part's data for the client of {@code file}, read by the coach, cover or project leader. */
    Object data(FileView file);

    /** Place in the summary, lowest first. */
    default int order() {
        return 100;
    }
}
