package nl.waakvlam.client;

import java.util.List;

/**
 * A module's part of the client's data on request (AVG articles 15 and 20): every record it holds
 * about one client, as tables of plain values, so that the export can print them in a readable
 * PDF and write them as one CSV file per record type. Each module reads only its own tables. The
 * caller has admitted the user through the client gate; implementations do not check again.
 */
public interface ClientDataExport {

    /** The record types this module holds about the client, each with all its rows (possibly none). */
    List<ClientRecords> records(Long clientId);

    /** Where this module's records go in the export (lower first). */
    default int order() {
        return 100;
    }
}
