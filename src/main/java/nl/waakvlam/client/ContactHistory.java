package nl.waakvlam.client;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by the contact module: the last contacts of clients, in one query, so the caseload
 * can show the flame without this module knowing about contact moments.
 */
public interface ContactHistory {

    Map<Long, LastContacts> lastContacts(Collection<Long> clientIds);
}
