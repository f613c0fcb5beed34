package nl.waakvlam.sharing;

import nl.waakvlam.client.ClientFileSection;
import nl.waakvlam.contact.ContactService;
import nl.waakvlam.escalation.EventService;
import nl.waakvlam.organisation.OrganisationSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read models of the sharing module. */
public final class SharingViews {

    private SharingViews() {
    }

    /** A feedback agreement as the coach and the referrer see it. */
    public record AgreementView(Long id, Long referrerId, String referrer, FeedbackFrequency frequency, String topics,
                                FeedbackChannel channel, LocalDate madeOn, LocalDate nextDue, boolean overdue,
                                long version) {
    }

    /** One consent, active or withdrawn. */
    public record ConsentView(Long id, RecipientType recipientType, String recipient, boolean reports, boolean events,
                              boolean goals, ObtainedHow obtainedHow, LocalDate givenOn, String recordedBy,
                              LocalDate withdrawnOn) {

        public boolean active() {
            return withdrawnOn == null;
        }
    }

    /** A report in a list. */
    public record ReportSummary(Long id, LocalDate periodFrom, LocalDate periodTo, ReportStatus status, int versionNo,
                                Instant releasedAt, List<String> readBy) {
    }

    /** A referrer as an option in the agreement and consent forms. */
    public record Recipient(Long id, String name) {
    }

    /** What the coach (and project leader) see about sharing on the client file. */
    public record CoachPanel(Long clientId, boolean canEdit, List<AgreementView> agreements,
                             List<ConsentView> consents, List<ReportSummary> reports, List<Recipient> referrers,
                             List<OrganisationSummary> organisations, LocalDate today)
            implements ClientFileSection.Counted {

        @Override
        public int navCount() {
            return reports.size();
        }

        public FeedbackFrequency[] frequencies() {
            return FeedbackFrequency.values();
        }

        public FeedbackChannel[] channels() {
            return FeedbackChannel.values();
        }

        public ObtainedHow[] obtainedHows() {
            return ObtainedHow.values();
        }
    }

    /** What a referrer sees on the client page, all within consent. */
    public record ReferrerPanel(Long clientId, AgreementView agreement, boolean reportsConsent, boolean eventsConsent,
                                List<ReportSummary> reports,
                                List<ContactService.SharedNote> sharedNotes,
                                List<EventService.SharedEvent> events, String centralPhone)
            implements ClientFileSection.Counted {

        @Override
        public int navCount() {
            return reports.size();
        }
    }

    /** A referrer's context note on the coach's timeline. */
    public record ReferrerNoteView(Long id, String referrer, LocalDate noticedOn, String note) {
    }

    /** Agreements per referrer organisation, for the project leader. */
    public record OrganisationAgreements(String organisation, long onTime, long overdue, long withoutRhythm) {
    }
}
