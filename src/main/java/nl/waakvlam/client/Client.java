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

import java.time.Instant;
import java.time.LocalDate;

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

    @Column(name = "preferred_channel")
    private String preferredChannel;

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

    @Column(name = "expected_school_leaving_date")
    private LocalDate expectedSchoolLeavingDate;

    private String indication;

    @Column(name = "own_question")
    private String ownQuestion;

    @Column(name = "preferred_coach_gender")
    private String preferredCoachGender;

    @Column(name = "matching_preferences")
    private String matchingPreferences;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Client() {
    }

    Client(NewClient command, Instant createdAt) {
        if (command.intakeCategory() != null && (command.intakeCategory() < 1 || command.intakeCategory() > 3)) {
            throw new IllegalArgumentException("intake category is 1, 2 or 3");
        }
        this.firstName = command.firstName();
        this.lastName = command.lastName();
        this.dateOfBirth = command.dateOfBirth();
        this.phone = command.phone();
        this.email = command.email();
        this.address = command.address();
        this.livingSituation = command.livingSituation();
        this.trackId = command.trackId();
        this.intakeCategory = command.intakeCategory();
        this.phase = command.phase();
        this.phaseSince = command.phaseSince();
        this.referringOrganisationId = command.referringOrganisationId();
        this.referringDepartmentId = command.referringDepartmentId();
        this.referrerId = command.referrerId();
        this.coachId = command.coachId();
        this.expectedSchoolLeavingDate = command.expectedSchoolLeavingDate();
        this.indication = command.indication();
        this.ownQuestion = command.ownQuestion();
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getFirstName() {
        return firstName;
    }

    String getLastName() {
        return lastName;
    }

    Phase getPhase() {
        return phase;
    }

    Long getCoachId() {
        return coachId;
    }

    Long getReferrerId() {
        return referrerId;
    }
}
