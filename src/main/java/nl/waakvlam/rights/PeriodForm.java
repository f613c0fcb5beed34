package nl.waakvlam.rights;

import jakarta.validation.constraints.PastOrPresent;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import java.time.LocalDate;

/**
 * The period of the access overview, both days included. Left empty, it is the last twelve months
 * up to today; only {@code to} given, the twelve months before it.
 */
public class PeriodForm {

    /** No audit trail is older than this; an earlier date is a typing error. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    /** Fills in what was left out with the default period and adds the checks that span both fields. */
    void complete(LocalDate today, BindingResult result) {
        if (to == null && !result.hasFieldErrors("to")) {
            to = today;
        }
        if (from == null && to != null && !result.hasFieldErrors("from")) {
            from = to.minusMonths(12);
        }
        if (from != null && from.isBefore(EARLIEST) && !result.hasFieldErrors("from")) {
            result.rejectValue("from", "accessOverview.tooEarly");
        }
        if (from != null && to != null && from.isAfter(to) && !result.hasFieldErrors("to")) {
            result.rejectValue("to", "accessOverview.fromAfterTo");
        }
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
