package nl.waakvlam.coach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "coach_profile")
class CoachProfile {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    /** Comma-separated; short lists that are only ever read whole. */
    @Column(nullable = false)
    private String languages;

    @Column(nullable = false)
    private String interests;

    @Column(nullable = false)
    private String experience;

    @Column(name = "contract_hours", nullable = false)
    private int contractHours;

    @Column(name = "max_caseload", nullable = false)
    private int maxCaseload;

    @Version
    private long version;

    protected CoachProfile() {
    }

    CoachProfile(Long userId, Gender gender, List<String> languages, List<String> interests, String experience,
                 int contractHours, int maxCaseload) {
        this.userId = userId;
        this.gender = gender;
        this.languages = String.join(",", languages);
        this.interests = String.join(",", interests);
        this.experience = experience == null ? "" : experience;
        this.contractHours = contractHours;
        this.maxCaseload = maxCaseload;
    }

    /** Applies an edit made on a form that showed {@code seenVersion}; a stale form is a conflict. */
    void update(ProfileUpdate update) {
        if (update.version() != version) {
            throw new ObjectOptimisticLockingFailureException(CoachProfile.class, userId);
        }
        this.gender = update.gender();
        this.languages = String.join(",", update.languages());
        this.interests = String.join(",", update.interests());
        this.experience = update.experience() == null ? "" : update.experience();
        this.contractHours = update.contractHours();
        this.maxCaseload = update.maxCaseload();
    }

    long getVersion() {
        return version;
    }

    Long getUserId() {
        return userId;
    }

    Gender getGender() {
        return gender;
    }

    List<String> getLanguages() {
        return split(languages);
    }

    List<String> getInterests() {
        return split(interests);
    }

    String getExperience() {
        return experience;
    }

    int getContractHours() {
        return contractHours;
    }

    int getMaxCaseload() {
        return maxCaseload;
    }

    private static List<String> split(String value) {
        return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::trim).toList();
    }
}
