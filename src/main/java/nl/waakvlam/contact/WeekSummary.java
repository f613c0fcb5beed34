package nl.waakvlam.contact;

import nl.waakvlam.reference.LifeDomainView;

import java.time.LocalDate;
import java.util.List;

/** A coach's own week: contacts reached and attempted, direct and indirect time, domains and types. */
public record WeekSummary(LocalDate monday, LocalDate sunday, long reached, long attempts, long clientsReached,
                          long directMinutes, long indirectMinutes, List<DomainCount> domains,
                          List<TypeCount> types) {

    public long total() {
        return reached + attempts;
    }

    public int directSharePercent() {
        long all = directMinutes + indirectMinutes;
        return all == 0 ? 0 : Math.round(100f * directMinutes / all);
    }

    /** Contacts touching a life domain. */
    public record DomainCount(LifeDomainView domain, long contacts) {
    }

    /** Contacts of one type. */
    public record TypeCount(ContactType type, long contacts) {
    }
}
