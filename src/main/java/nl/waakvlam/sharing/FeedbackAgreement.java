package nl.waakvlam.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** The feedback agreement (terugkoppelafspraak) between coach and one referrer about one client. */
@Entity
@Table(name = "feedback_agreement")
class FeedbackAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "referrer_id", nullable = false)
    private Long referrerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FeedbackFrequency frequency;

    private String topics;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FeedbackChannel channel;

    @Column(name = "made_on", nullable = false)
    private LocalDate madeOn;

    @Column(name = "next_due")
    private LocalDate nextDue;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected FeedbackAgreement() {
    }

    FeedbackAgreement(Long clientId, Long referrerId, LocalDate madeOn, FeedbackFrequency frequency, String topics,
                      FeedbackChannel channel, LocalDate due, Instant now) {
        this.clientId = clientId;
        this.referrerId = referrerId;
        this.madeOn = madeOn;
        agree(frequency, topics, channel, due, now);
    }

    void agree(FeedbackFrequency newFrequency, String newTopics, FeedbackChannel newChannel, LocalDate due,
               Instant now) {
        this.frequency = newFrequency;
        this.topics = newTopics == null || newTopics.isBlank() ? null : newTopics.strip();
        this.channel = newChannel;
        // frequencies without a rhythm (only significant events, none) have no due date
        this.nextDue = newFrequency.nextAfter(LocalDate.EPOCH) == null ? null : due;
        this.updatedAt = now;
    }

    /** Feedback was given (a report released): the next one falls due one interval later. */
    void feedbackGiven(LocalDate on, Instant now) {
        this.nextDue = frequency.nextAfter(on);
        this.updatedAt = now;
    }

    boolean overdue(LocalDate today) {
        return overdue(nextDue, today);
    }

    /** Overdue: the next conversation was due before today. */
    static boolean overdue(LocalDate nextDue, LocalDate today) {
        return nextDue != null && nextDue.isBefore(today);
    }

    Long getId() {
        return id;
    }

    Long getClientId() {
        return clientId;
    }

    Long getReferrerId() {
        return referrerId;
    }

    FeedbackFrequency getFrequency() {
        return frequency;
    }

    String getTopics() {
        return topics;
    }

    FeedbackChannel getChannel() {
        return channel;
    }

    LocalDate getMadeOn() {
        return madeOn;
    }

    LocalDate getNextDue() {
        return nextDue;
    }

    long getVersion() {
        return version;
    }
}
