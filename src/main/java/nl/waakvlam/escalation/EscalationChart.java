package nl.waakvlam.escalation;

import nl.waakvlam.client.Phase;
import nl.waakvlam.client.PhaseStep;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The escalation timeline as server-rendered SVG: the phase as a coloured band over time and the
 * events as markers above it. Coordinates are in a 0–1000 wide viewBox. The same data is shown
 * as a table for screen readers and print.
 */
public record EscalationChart(LocalDate start, LocalDate end, List<Band> bands, List<Marker> markers,
                              List<Tick> ticks) {

    public static final int WIDTH = 1000;

    public Set<Phase> legendPhases() {
        return Phase.COACHED;
    }

    /** One phase period on the band. */
    public record Band(Phase phase, LocalDate from, LocalDate until, int x, int width) {
    }

    /** One event marker. */
    public record Marker(EventType type, LocalDate on, int x, int row, String label) {
    }

    /** A month tick on the axis. */
    public record Tick(LocalDate on, int x) {
    }

    static EscalationChart of(List<PhaseStep> steps, List<ClientEvent> events, LocalDate today) {
        if (steps.isEmpty()) {
            return null;
        }
        LocalDate start = steps.get(0).on();
        if (!events.isEmpty() && events.get(0).getOccurredOn().isBefore(start)) {
            start = events.get(0).getOccurredOn();
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(start, today));
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            LocalDate from = steps.get(i).on();
            LocalDate until = i + 1 < steps.size() ? steps.get(i + 1).on() : today;
            int x = x(start, from, span);
            bands.add(new Band(steps.get(i).to(), from, until, x, Math.max(2, x(start, until, span) - x)));
        }
        List<Marker> markers = new ArrayList<>();
        int previousX = -100;
        int row = 0;
        for (ClientEvent event : events) {
            int x = x(start, event.getOccurredOn(), span);
            row = x - previousX < 16 ? (row + 1) % 3 : 0;
            previousX = x;
            markers.add(new Marker(event.getType(), event.getOccurredOn(), x, row, event.getType().name()));
        }
        List<Tick> ticks = new ArrayList<>();
        LocalDate month = start.withDayOfMonth(1).plusMonths(1);
        int step = span > 730 ? 6 : span > 365 ? 3 : 1;
        while (!month.isAfter(today)) {
            ticks.add(new Tick(month, x(start, month, span)));
            month = month.plusMonths(step);
        }
        return new EscalationChart(start, today, bands, markers, ticks);
    }

    private static int x(LocalDate start, LocalDate day, long span) {
        return (int) Math.round(WIDTH * (double) ChronoUnit.DAYS.between(start, day) / span);
    }
}
