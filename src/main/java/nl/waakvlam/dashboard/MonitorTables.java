package nl.waakvlam.dashboard;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The monitor report as tables, once, for every form it takes (the screen, the PDF, the workbook and
 * the CSV files), so that each shows the same figures under the same small-number rule: a count of
 * people or of what happened to them (clients, referrals, events, answers, cases) of 1–4 as
 * "&lt; 5", an average only over at least five; minutes and contacts (work, not people) exact.
 */
@Component
class MonitorTables {

    /** One table: an id (for its CSV file and workbook sheet), its title, a header row and the rows. */
    record Table(String id, String title, List<String> header, List<List<String>> rows) {
    }

    /** One part of the report: a theme (or time, satisfaction, stories) with its tables and notes. */
    record Section(String id, String title, String question, List<Table> tables, List<String> notes) {
    }

    private final MessageSource messages;

    MonitorTables(MessageSource messages) {
        this.messages = messages;
    }

    List<Section> sections(MonitorFigures f, MonitorFigures previous, Locale locale) {
        Fmt fmt = new Fmt(locale);
        List<Section> sections = new ArrayList<>();
        boolean compare = previous != null;

        // verbinding en samenwerking
        List<Table> connection = new ArrayList<>();
        connection.add(keyFigures("connection", msg("monitor.connection.figures", locale), locale, compare, List.of(
                row(msg("monitor.connection.referrals", locale), f, previous, x -> fmt.count(x.connection().referrals())),
                row(msg("monitor.connection.declined", locale), f, previous, x -> fmt.count(x.connection().declined())),
                row(msg("monitor.connection.daysToDriegesprek", locale), f, previous,
                        x -> fmt.averageOver(x.connection().medianDaysToDriegesprek(), x.connection().referrals())),
                row(msg("monitor.connection.agreements", locale), f, previous,
                        x -> fmt.count(x.connection().feedbackAgreements())),
                row(msg("monitor.connection.agreementsKept", locale), f, previous,
                        x -> fmt.count(x.connection().feedbackKept())))));
        addQuestions(connection, "connection-questions", "CONNECTION", f, previous, fmt, locale);
        sections.add(new Section("connection", msg("theme.CONNECTION", locale), msg("monitor.connection.question", locale),
                connection, List.of()));

        // vergroten van zelfredzaamheid
        List<Table> self = new ArrayList<>();
        self.add(keyFigures("selfreliance", msg("monitor.self.figures", locale), locale, compare, List.of(
                row(msg("monitor.self.goalsAchieved", locale), f, previous, x -> fmt.count(x.selfReliance().goalsAchieved())),
                row(msg("monitor.self.contacts", locale), f, previous, x -> fmt.exact(x.selfReliance().contacts())),
                row(msg("monitor.self.clientInitiated", locale), f, previous,
                        x -> fmt.exact(x.selfReliance().clientInitiated())),
                row(msg("monitor.self.clientInitiatedShare", locale), f, previous,
                        x -> fmt.percent(x.selfReliance().clientInitiatedPercent())))));
        List<List<String>> instruments = new ArrayList<>();
        for (DashboardFigures.InstrumentResult r : f.selfReliance().instruments()) {
            instruments.add(List.of(r.name(locale), fmt.count(r.repeated()),
                    fmt.average(r.averageFirst(), r.changeShown()), fmt.average(r.averageLatest(), r.changeShown()),
                    fmt.signed(r.averageChange(), r.changeShown()), r.changeShown() ? fmt.count(r.up()) : "",
                    r.changeShown() ? fmt.count(r.same()) : "", r.changeShown() ? fmt.count(r.down()) : ""));
        }
        self.add(new Table("instruments", msg("monitor.self.instruments", locale), List.of(
                msg("dashboard.measurements.instrument", locale), msg("monitor.self.paired", locale),
                msg("dashboard.measurements.first", locale), msg("dashboard.measurements.latest", locale),
                msg("dashboard.measurements.change", locale), msg("dashboard.measurements.up", locale),
                msg("dashboard.measurements.same", locale), msg("dashboard.measurements.down", locale)), instruments));
        if (!f.selfReliance().domains().isEmpty()) {
            List<List<String>> domains = new ArrayList<>();
            for (DashboardFigures.DomainChange d : f.selfReliance().domains()) {
                domains.add(List.of(d.name(locale), fmt.count(d.clients()), fmt.average(d.averageFirst(), d.shown()),
                        fmt.average(d.averageLatest(), d.shown()), fmt.signed(d.averageChange(), d.shown())));
            }
            self.add(new Table("zrm", msg("monitor.self.zrm", locale), List.of(msg("measurement.domain", locale),
                    msg("monitor.self.paired", locale), msg("dashboard.measurements.first", locale),
                    msg("dashboard.measurements.latest", locale), msg("dashboard.measurements.change", locale)), domains));
        }
        addQuestions(self, "selfreliance-questions", "SELF_RELIANCE", f, previous, fmt, locale);
        sections.add(new Section("selfreliance", msg("theme.SELF_RELIANCE", locale), msg("monitor.self.question", locale),
                self, List.of()));

        // preventie
        List<Table> prevention = new ArrayList<>();
        prevention.add(keyFigures("prevention", msg("monitor.prevention.figures", locale), locale, compare, List.of(
                row(msg("monitor.prevention.prevented", locale), f, previous, x -> fmt.count(x.prevention().prevented())),
                row(msg("monitor.prevention.cases", locale), f, previous, x -> fmt.count(x.prevention().confirmedCases())),
                row(msg("monitor.prevention.amount", locale), f, previous, x -> fmt.euros(x.prevention().confirmedAmount())))));
        List<List<String>> costs = new ArrayList<>();
        for (MonitorFigures.CostRow c : f.prevention().costs()) {
            costs.add(List.of(c.name(locale), fmt.count(c.cases()), fmt.euros(c.amount()), c.source()));
        }
        prevention.add(new Table("costs", msg("monitor.prevention.costs", locale), List.of(msg("monitor.prevention.kind", locale),
                msg("monitor.prevention.cases", locale), msg("monitor.prevention.amount", locale),
                msg("monitor.prevention.source", locale)), costs));
        addQuestions(prevention, "prevention-questions", "PREVENTION", f, previous, fmt, locale);
        sections.add(new Section("prevention", msg("theme.PREVENTION", locale), msg("monitor.prevention.question", locale),
                prevention, List.of(msg("monitor.prevention.caveat", locale))));

        // signalering
        List<Table> signalling = new ArrayList<>();
        signalling.add(keyFigures("signalling", msg("monitor.signalling.figures", locale), locale, compare, List.of(
                row(msg("monitor.signalling.scaleUps", locale), f, previous, x -> fmt.count(x.signalling().scaleUps())),
                row(msg("monitor.signalling.bridged", locale), f, previous, x -> fmt.count(x.signalling().bridged())),
                row(msg("monitor.signalling.daysBridged", locale), f, previous,
                        x -> x.signalling().bridged() >= DashboardFigures.SMALL_GROUP ? fmt.exact(x.signalling().daysBridged()) : ""),
                row(msg("monitor.signalling.waiting", locale), f, previous,
                        x -> fmt.averageOver(x.signalling().averageWaitingDays(), x.signalling().scaleUps())),
                row(msg("monitor.signalling.scaleDowns", locale), f, previous, x -> fmt.count(x.signalling().scaleDowns())),
                row(msg("monitor.signalling.relapses", locale), f, previous, x -> fmt.count(x.signalling().relapses())),
                row(msg("monitor.signalling.signals", locale), f, previous, x -> fmt.count(x.signalling().signals())),
                row(msg("monitor.signalling.crises", locale), f, previous, x -> fmt.count(x.signalling().crises())))));
        addQuestions(signalling, "signalling-questions", "SIGNALLING", f, previous, fmt, locale);
        sections.add(new Section("signalling", msg("theme.SIGNALLING", locale), msg("monitor.signalling.question", locale),
                signalling, List.of()));

        // tijdsbesteding
        List<Table> time = new ArrayList<>();
        time.add(keyFigures("time", msg("monitor.time.figures", locale), locale, compare, List.of(
                row(msg("monitor.time.hours", locale), f, previous, x -> fmt.hours(x.time().minutes())),
                row(msg("monitor.time.contacts", locale), f, previous, x -> fmt.exact(x.time().contactsWithDuration())),
                row(msg("monitor.time.perClientMonth", locale), f, previous,
                        x -> fmt.averageOver(x.time().minutesPerClientMonth(), x.time().clientMonths())),
                row(msg("monitor.time.direct", locale), f, previous, x -> fmt.percent(x.time().directPercent())))));
        List<String> timeHeader = List.of("", msg("monitor.time.contactsAll", locale), msg("monitor.time.hours", locale),
                msg("monitor.self.clientInitiated", locale));
        time.add(new Table("time-phase", msg("monitor.time.byPhase", locale), withFirst(timeHeader, msg("common.phase", locale)),
                f.time().byPhase().stream().map(r -> List.of(msg("phase." + r.labelNl(), locale), fmt.exact(r.contacts()),
                        fmt.hours(r.minutes()), fmt.exact(r.clientInitiated()))).toList()));
        time.add(new Table("time-domain", msg("monitor.time.byDomain", locale), withFirst(timeHeader, msg("measurement.domain", locale)),
                f.time().byDomain().stream().map(r -> List.of(r.label(locale), fmt.exact(r.contacts()),
                        fmt.hours(r.minutes()), fmt.exact(r.clientInitiated()))).toList()));
        time.add(new Table("time-coach", msg("monitor.time.byCoach", locale), withFirst(timeHeader, msg("clientFile.coach", locale)),
                f.time().byCoach().stream().map(r -> List.of(r.labelNl(), fmt.exact(r.contacts()),
                        fmt.hours(r.minutes()), fmt.exact(r.clientInitiated()))).toList()));
        sections.add(new Section("time", msg("monitor.time.heading", locale), msg("monitor.time.question", locale), time,
                List.of(msg("monitor.time.note", locale))));

        // tevredenheid: the questions without a theme
        List<Table> satisfaction = new ArrayList<>();
        addQuestions(satisfaction, "satisfaction", null, f, previous, fmt, locale);
        sections.add(new Section("satisfaction", msg("monitor.satisfaction.heading", locale),
                msg("monitor.satisfaction.question", locale), satisfaction, List.of()));
        return sections;
    }

    private void addQuestions(List<Table> tables, String id, String theme, MonitorFigures f, MonitorFigures previous,
                              Fmt fmt, Locale locale) {
        List<MonitorFigures.QuestionResult> questions = f.questions(theme);
        if (questions.isEmpty()) {
            return;
        }
        List<String> header = new ArrayList<>(List.of(msg("monitor.questions.audience", locale),
                msg("monitor.questions.question", locale), msg("monitor.questions.answers", locale),
                msg("monitor.questions.average", locale), msg("monitor.questions.spread", locale)));
        if (previous != null) {
            header.add(msg("monitor.questions.previousAverage", locale));
        }
        List<List<String>> rows = new ArrayList<>();
        for (MonitorFigures.QuestionResult q : questions) {
            List<String> row = new ArrayList<>(List.of(msg("audience." + q.audience(), locale), q.text(locale),
                    fmt.count(q.answers()), q.averageShown() ? fmt.decimal(q.average()) : "", spread(q, fmt, locale)));
            if (previous != null) {
                row.add(previous.questions().stream().filter(p -> p.audience().equals(q.audience()) && p.code().equals(q.code()))
                        .findFirst().filter(MonitorFigures.QuestionResult::averageShown).map(p -> fmt.decimal(p.average()))
                        .orElse(""));
            }
            rows.add(row);
        }
        tables.add(new Table(id, msg("monitor.questions.heading", locale), header, rows));
    }

    /** The counts per choice ("Ja: 12 · Een beetje: &lt; 5 · Nee: 0"), or how many answered in words. */
    private String spread(MonitorFigures.QuestionResult q, Fmt fmt, Locale locale) {
        if ("CHOICE".equals(q.kind()) || "MULTI".equals(q.kind())) {
            List<String> choices = q.choices(locale);
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) {
                // kept together on a line: "Een beetje: < 5", never "Een beetje: <" and "5"
                parts.add((choices.get(i) + ": " + fmt.count(q.choiceCount(i))).replace(' ', '\u00a0'));
            }
            return String.join(" · ", parts);
        }
        if ("TEXT".equals(q.kind())) {
            return messages.getMessage("monitor.questions.inWords", new Object[]{fmt.count(q.inWords())}, locale);
        }
        return "";
    }

    private Table keyFigures(String id, String title, Locale locale, boolean compare, List<List<String>> rows) {
        List<String> header = new ArrayList<>(List.of(msg("monitor.figure", locale), msg("monitor.thisPeriod", locale)));
        if (compare) {
            header.add(msg("monitor.previousRound", locale));
        }
        return new Table(id, title, header, rows.stream().map(r -> compare ? r : r.subList(0, 2)).toList());
    }

    private static List<String> row(String label, MonitorFigures f, MonitorFigures previous,
                                    Function<MonitorFigures, String> value) {
        return List.of(label, value.apply(f), previous == null ? "" : value.apply(previous));
    }

    private static List<String> withFirst(List<String> header, String first) {
        List<String> copy = new ArrayList<>(header);
        copy.set(0, first);
        return copy;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** How the report writes numbers, in the reader's language. */
    static final class Fmt {

        private final Locale locale;

        Fmt(Locale locale) {
            this.locale = locale;
        }

        /** A count of people or of what happened to them: "&lt; 5" for 1–4. */
        String count(long n) {
            return DashboardFigures.suppressed(n);
        }

        /** A count of work (contacts, minutes): exact. */
        String exact(long n) {
            return Long.toString(n);
        }

        String decimal(Double value) {
            return value == null ? "" : String.format(locale, "%.1f", value);
        }

        String signed(Double value, boolean shown) {
            return value == null || !shown ? "" : String.format(locale, "%+.1f", value);
        }

        String average(Double value, boolean shown) {
            return shown ? decimal(value) : "";
        }

        /** An average or median over {@code n}: only where n is at least five. */
        String averageOver(Double value, long n) {
            return n >= DashboardFigures.SMALL_GROUP ? decimal(value) : "";
        }

        String percent(Integer value) {
            return value == null ? "" : value + " %";
        }

        String hours(long minutes) {
            return String.format(locale, "%.1f", minutes / 60.0);
        }

        String euros(long amount) {
            return "€ " + String.format(Locale.forLanguageTag("nl"), "%,d", amount);
        }
    }
}
