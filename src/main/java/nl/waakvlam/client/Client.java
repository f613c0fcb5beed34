package nl.waakvlam.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.waakvlam.shared.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * A client of the programme. Guards the lifecycle: every phase change goes through
 * {@link #moveTo}, which refuses transitions the lifecycle does not allow.
 */
@Entity
@Table(name = "client")
class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    private String phone;
    private String email;
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel")
    private ContactChannel preferredChannel;

    @Column(name = "living_situation")
    private String livingSituation;

    @Column(name = "track_id", nullable = false)
    private Long trackId;

    @Column(name = "intake_category")
    private Integer intakeCategory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Phase phase;

    @Column(name = "phase_since", nullable = false)
    private LocalDate phaseSince;

    @Column(name = "referring_organisation_id", nullable = false)
    private Long referringOrganisationId;

    @Column(name = "referring_department_id")
    private Long referringDepartmentId;

    @Column(name = "referrer_id")
    private Long referrerId;

    @Column(name = "coach_id")
    private Long coachId;

    @Column(name = "cover_coach_id")
    private Long coverCoachId;

    @Column(name = "expected_school_leaving_date")
    private LocalDate expectedSchoolLeavingDate;

    private String indication;

    @Column(name = "own_question")
    private String ownQuestion;

    @Column(name = "preferred_coach_gender")
    private String preferredCoachGender;

    @Column(name = "preferred_language")
    private String preferredLanguage;

    private String interests;

    @Column(name = "matching_preferences")
    private String matchingPreferences;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    /** The code of an end reason ({@code reference} module's list); its name is looked up when shown. */
    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "aftercare_note")
    private String aftercareNote;

    @Column(name = "rhythm_days")
    private Integer rhythmDays;

    @Column(name = "rhythm_reason")
    private String rhythmReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Set when retention or an approved erasure removed the personal details; the client is then out of reach. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Version
    private long version;

    protected Client() {
    }

    Client(ClientIdentity identity, ClientProfile profile, Long referringOrganisationId,
           Long referringDepartmentId, Long referrerId, Phase phase, LocalDate phaseSince, Instant createdAt) {
        if (profile.intakeCategory() != null && (profile.intakeCategory() < 1 || profile.intakeCategory() > 3)) {
            throw new IllegalArgumentException("intake category is 1, 2 or 3");
        }
        this.firstName = identity.firstName().trim();
        this.lastName = identity.lastName().trim();
        this.dateOfBirth = identity.dateOfBirth();
        this.phone = Text.blankToNull(identity.phone());
        this.email = Text.blankToNull(identity.email());
        this.address = Text.blankToNull(identity.address());
        this.preferredChannel = identity.preferredChannel();
        this.livingSituation = Text.blankToNull(identity.livingSituation());
        this.trackId = profile.trackId();
        this.intakeCategory = profile.intakeCategory();
        this.expectedSchoolLeavingDate = profile.expectedSchoolLeavingDate();
        this.indication = Text.blankToNull(profile.indication());
        this.ownQuestion = Text.blankToNull(profile.ownQuestion());
        this.preferredCoachGender = profile.preferredCoachGender();
        this.preferredLanguage = Text.blankToNull(profile.preferredLanguage());
        this.interests = Text.blankToNull(profile.interests());
        this.referringOrganisationId = referringOrganisationId;
        this.referringDepartmentId = referringDepartmentId;
        this.referrerId = referrerId;
        this.phase = phase;
        this.phaseSince = phaseSince;
        this.createdAt = createdAt;
    }


    /**
     * Moves the client to another phase. Refuses what the lifecycle does not allow, dates in the
     * future or before the current phase began, and a start without a coach.
     */
    PhaseChange moveTo(Phase target, LocalDate on, String reason, Long changedBy, LocalDate today, Instant now) {
        if (!phase.canMoveTo(target)) {
            throw new LifecycleException("lifecycle.invalidTransition", phase, target);
        }
        if (reason == null || reason.isBlank()) {
            throw new LifecycleException("lifecycle.reasonRequired");
        }
        if (on.isAfter(today)) {
            throw new LifecycleException("lifecycle.dateInFuture");
        }
        if (on.isBefore(phaseSince)) {
            throw new LifecycleException("lifecycle.dateBeforePhase", phaseSince);
        }
        if (target == Phase.ENDED) {
            throw new LifecycleException("lifecycle.useEnd");
        }
        if ((target == Phase.INTAKE || target == Phase.INTENSIVE) && coachId == null) {
            throw new LifecycleException("lifecycle.coachRequired");
        }
        Phase from = phase;
        if (from == Phase.ENDED) {
            endedOn = null;
            endReason = null;
        }
        if (target == Phase.INTENSIVE && startedOn == null) {
            startedOn = on;
        }
        phase = target;
        phaseSince = on;
        return new PhaseChange(id, from, target, on, reason.trim(), changedBy, now);
    }

    /**
     * Ends support. An end reason (the code of an active item of the end-reason list; the caller checks
     * the list) and an aftercare note (who the client can turn to) are required.
     */
    PhaseChange end(String reason, String aftercare, LocalDate on, Long changedBy, LocalDate today, Instant now) {
        if (!phase.canMoveTo(Phase.ENDED)) {
            throw new LifecycleException("lifecycle.invalidTransition", phase, Phase.ENDED);
        }
        if (reason == null || reason.isBlank()) {
            throw new LifecycleException("lifecycle.endReasonRequired");
        }
        if (aftercare == null || aftercare.isBlank()) {
            throw new LifecycleException("lifecycle.aftercareRequired");
        }
        if (on.isAfter(today)) {
            throw new LifecycleException("lifecycle.dateInFuture");
        }
        if (on.isBefore(phaseSince)) {
            throw new LifecycleException("lifecycle.dateBeforePhase", phaseSince);
        }
        Phase from = phase;
        phase = Phase.ENDED;
        phaseSince = on;
        endedOn = on;
        endReason = reason;
        aftercareNote = aftercare.trim();
        return new PhaseChange(id, from, Phase.ENDED, on, PhaseReason.END_REASON_PREFIX + reason, changedBy, now);
    }

    /** Accept or decline at intake. */
    PhaseChange decide(boolean accept, String reason, Long decidedBy, LocalDate today, Instant now) {
        Phase target = accept ? Phase.ACCEPTED : Phase.DECLINED;
        if (!phase.canMoveTo(target)) {
            throw new LifecycleException("lifecycle.alreadyDecided");
        }
        Phase from = phase;
        phase = target;
        phaseSince = today;
        return new PhaseChange(id, from, target, today, reason, decidedBy, now);
    }

    /** Match: the first primary coach (and optional cover) is assigned and the intake begins. */
    PhaseChange match(Long primaryCoachId, Long coverId, String rationale, Long matchedBy, LocalDate today,
                      Instant now) {
        if (phase != Phase.ACCEPTED) {
            throw new LifecycleException("lifecycle.matchNeedsAccepted");
        }
        if (primaryCoachId.equals(coverId)) {
            throw new LifecycleException("lifecycle.coverSameAsPrimary");
        }
        coachId = primaryCoachId;
        coverCoachId = coverId;
        phase = Phase.INTAKE;
        phaseSince = today;
        return new PhaseChange(id, Phase.ACCEPTED, Phase.INTAKE, today, rationale, matchedBy, now);
    }

    void changePrimaryCoach(Long newCoachId) {
        if (newCoachId.equals(coachId)) {
            throw new LifecycleException("lifecycle.sameCoach");
        }
        if (newCoachId.equals(coverCoachId)) {
            coverCoachId = null;
        }
        coachId = newCoachId;
    }

    void changeCoverCoach(Long newCoverId) {
        if (newCoverId != null && newCoverId.equals(coachId)) {
            throw new LifecycleException("lifecycle.coverSameAsPrimary");
        }
        coverCoachId = newCoverId;
    }

    /** Sets the state of a client brought in from elsewhere (demo data, a migration import). */
    void importState(Long coach, Long cover, LocalDate started, LocalDate ended, String reason, String aftercare) {
        this.coachId = coach;
        this.coverCoachId = cover;
        this.startedOn = started;
        this.endedOn = ended;
        this.endReason = reason;
        this.aftercareNote = aftercare;
    }

    /** Agrees a client-specific contact rhythm (null: back to the phase default); a reason is required. */
    void agreeRhythm(Integer days, String reason) {
        if (days != null && (days < 1 || days > 365)) {
            throw new LifecycleException("rhythm.outOfRange");
        }
        if (reason == null || reason.isBlank()) {
            throw new LifecycleException("rhythm.reasonRequired");
        }
        this.rhythmDays = days;
        this.rhythmReason = reason.trim();
    }

    /** The day coaching began: the start of support, or else the day the current phase began. */
    LocalDate coachingSince() {
        return startedOn != null && !startedOn.isAfter(phaseSince) ? startedOn : phaseSince;
    }

    Integer getRhythmDays() {
        return rhythmDays;
    }

    String getRhythmReason() {
        return rhythmReason;
    }

    int age(LocalDate today) {
        return Period.between(dateOfBirth, today).getYears();
    }

    Long getId() {
        return id;
    }

    Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    String getFirstName() {
        return firstName;
    }

    String getLastName() {
        return lastName;
    }

    String fullName() {
        return firstName + " " + lastName;
    }

    LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    String getPhone() {
        return phone;
    }

    String getEmail() {
        return email;
    }

    String getAddress() {
        return address;
    }

    ContactChannel getPreferredChannel() {
        return preferredChannel;
    }

    String getLivingSituation() {
        return livingSituation;
    }

    Long getTrackId() {
        return trackId;
    }

    Integer getIntakeCategory() {
        return intakeCategory;
    }

    Phase getPhase() {
        return phase;
    }

    LocalDate getPhaseSince() {
        return phaseSince;
    }

    Long getReferringOrganisationId() {
        return referringOrganisationId;
    }

    Long getReferringDepartmentId() {
        return referringDepartmentId;
    }

    Long getReferrerId() {
        return referrerId;
    }

    Long getCoachId() {
        return coachId;
    }

    Long getCoverCoachId() {
        return coverCoachId;
    }

    LocalDate getExpectedSchoolLeavingDate() {
        return expectedSchoolLeavingDate;
    }

    String getIndication() {
        return indication;
    }

    String getOwnQuestion() {
        return ownQuestion;
    }

    String getPreferredCoachGender() {
        return preferredCoachGender;
    }

    String getPreferredLanguage() {
        return preferredLanguage;
    }

    String getInterests() {
        return interests;
    }

    LocalDate getStartedOn() {
        return startedOn;
    }

    LocalDate getEndedOn() {
        return endedOn;
    }

    String getEndReason() {
        return endReason;
    }

    String getAftercareNote() {
        return aftercareNote;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version;
    }
}
