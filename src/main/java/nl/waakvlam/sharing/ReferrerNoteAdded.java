package nl.waakvlam.sharing;

import java.util.List;

/** Published when a referrer adds context to a client's file; the client's coaches hear of it after commit. */
public record ReferrerNoteAdded(Long clientId, Long noteId, List<Long> coachIds) {
}
