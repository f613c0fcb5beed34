package nl.waakvlam.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** Context a referrer adds ("what I noticed this week"); it lands on the coach's timeline. */
@Entity
@Table(name = "referrer_note")
class ReferrerNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "referrer_id", nullable = false)
    private Long referrerId;

    @Column(name = "noticed_on", nullable = false)
    private LocalDate noticedOn;

    @Column(nullable = false)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReferrerNote() {
    }

    ReferrerNote(Long clientId, Long referrerId, LocalDate noticedOn, String note, Instant createdAt) {
        this.clientId = clientId;
        this.referrerId = referrerId;
        this.noticedOn = noticedOn;
        this.note = note.strip();
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getReferrerId() {
        return referrerId;
    }

    LocalDate getNoticedOn() {
        return noticedOn;
    }

    String getNote() {
        return note;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
