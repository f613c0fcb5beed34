package nl.waakvlam.dashboard;

import nl.waakvlam.shared.Bilingual;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The monitor report's figures for one period (a monitoring round or dates), by the external
 * monitor's four themes, with the time spent, the questionnaires' results and the selected stories.
 */
public record MonitorFigures(LocalDate from, LocalDate to, Long roundId, String roundName,
                             Connection connection, SelfReliance selfReliance, Prevention prevention,
                             Signalling signalling, TimeSpent time, List<QuestionResult> questions,
                             List<StoryText> stories) {

    /** Verbinding en samenwerking: referrals, misreferrals, time to the driegesprek, feedback agreements. */
    public record Connection(long referrals, long declined, Double medianDaysToDriegesprek, long feedbackAgreements,
                             long feedbackOverdue) {

        public long feedbackKept() {
            return feedbackAgreements - feedbackOverdue;
        }
    }

    /** Vergroten van zelfredzaamheid: paired scores, goals reached, contacts the client started. */
    public record SelfReliance(List<DashboardFigures.InstrumentResult> instruments,
                               List<DashboardFigures.DomainChange> domains, long goalsAchieved, long contacts,
                               long clientInitiated) {

        /** Share of the period's contacts that the client started, in per cent (null without contacts). */
        public Integer clientInitiatedPercent() {
            return contacts == 0 ? null : Math.round(100f * clientInitiated / contacts);
        }
    }

    /** Preventie: escalations the coaches judged prevented, and confirmed avoided costs per kind. */
    public record Prevention(long prevented, List<CostRow> costs) {

        public long confirmedCases() {
            return costs.stream().mapToLong(CostRow::cases).sum();
        }

        public long confirmedAmount() {
            return costs.stream().mapToLong(CostRow::amount).sum();
        }
    }

    /** Confirmed avoided costs of one kind: cases, the sum of the confirmed amounts and the kind's source. */
    public record CostRow(String nameNl, String nameEn, String source, long cases, long amount) {

        public String name(Locale locale) {
            return Bilingual.pick(locale, nameNl, nameEn);
        }
    }

    /** Signalering: scale-ups, the waiting days the coach bridged, scale-downs, relapses, signals, crises. */
    public record Signalling(long scaleUps, long bridged, long daysBridged, Double averageWaitingDays,
                             long scaleDowns, long relapses, long signals, long crises) {
    }

    /** Time spent: contact minutes in total, per client per month, the direct share, and per phase, coach and life domain. */
    public record TimeSpent(long minutes, long contactsWithDuration, long clientMonths, long directMinutes,
                            List<TimeRow> byPhase, List<TimeRow> byCoach, List<TimeRow> byDomain) {

        /** Average minutes per client per month in which the client had contact with a duration. */
        public Double minutesPerClientMonth() {
            return clientMonths == 0 ? null : (double) minutes / clientMonths;
        }

        public Integer directPercent() {
            return minutes == 0 ? null : Math.round(100f * directMinutes / minutes);
        }
    }

    /** Minutes and contacts of one group (a phase, a coach by name, a life domain). */
    public record TimeRow(String labelNl, String labelEn, long contacts, long minutes, long clientInitiated) {

        public String label(Locale locale) {
            return Bilingual.pick(locale, labelNl, labelEn);
        }
    }

    /** One question's answers in the period: how many, the average mark, the counts per choice. */
    public record QuestionResult(String audience, String code, String kind, String theme, String textNl, String textEn,
                                 String choicesNl, String choicesEn, long answers, Double average, long[] choiceCounts,
                                 long inWords) {

        public String text(Locale locale) {
            return Bilingual.pick(locale, textNl, textEn);
        }

        public List<String> choices(Locale locale) {
            String choices = Bilingual.pick(locale, choicesNl, choicesEn);
            return choices == null ? List.of() : Arrays.stream(choices.split("\\|")).map(String::strip).toList();
        }

        /** Whether the average may be shown (at least {@link DashboardFigures#SMALL_GROUP} answers). */
        public boolean averageShown() {
            return average != null && answers >= DashboardFigures.SMALL_GROUP;
        }

        public long choiceCount(int index) {
            return index < choiceCounts.length ? choiceCounts[index] : 0;
        }
    }

    /** A selected experience story. */
    public record StoryText(String title, String body) {
    }

    /** The questionnaire results of one theme (null: the general satisfaction questions). */
    public List<QuestionResult> questions(String theme) {
        return questions.stream().filter(q -> theme == null ? q.theme() == null : theme.equals(q.theme())).toList();
    }
}
