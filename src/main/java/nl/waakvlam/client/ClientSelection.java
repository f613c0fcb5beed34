package nl.waakvlam.client;

import java.time.LocalDate;
import java.util.Collection;

/**
 * A set of clients another module can name, for the programme-wide client list: clients whose
 * feedback to the referrer is overdue (sharing), clients with an open scale-up (escalation). The
 * dashboard's figures link to the list filtered by these, so that a count can be clicked through.
 */
public interface ClientSelection {

    /** The selection's name in the list's {@code need} parameter, for example {@code OVERDUE_FEEDBACK}. */
    String need();

    /** The ids of the clients in the selection today, in one statement, unfiltered by visibility. */
    Collection<Long> clientIds(LocalDate today);
}
