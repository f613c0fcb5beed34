package nl.waakvlam.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The end of a trajectory prepared ("borging"): who the client can turn to afterwards, which
 * agreements stay, and the check-ins three and six months after the end that the coach plans. The
 * check-ins come on the coach's today list when due, until marked done.
 */
@Entity
@Table(name = "end_plan")
class EndPlan {

    @Id
    @Column(name = "client_id")
    private Long clientId;
    @Column(name = "turn_to")
    private String turnTo;
    private String agreements;
    @Column(name = "check_in_three_months")
    private boolean checkInThreeMonths;
    @Column(name = "check_in_six_months")
    private boolean checkInSixMonths;
    @Column(name = "checked_in_three_at")
    private Instant checkedInThreeAt;
    @Column(name = "checked_in_six_at")
    private Instant checkedInSixAt;
    @Column(name = "written_by")
    private Long writtenBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected EndPlan() {
    }

    EndPlan(Long clientId) {
        this.clientId = clientId;
    }

    void write(String turnTo, String agreements, boolean threeMonths, boolean sixMonths, Long by, Instant at) {
        this.turnTo = turnTo;
        this.agreements = agreements;
        this.checkInThreeMonths = threeMonths;
        this.checkInSixMonths = sixMonths;
        this.writtenBy = by;
        this.updatedAt = at;
    }

    void checkedIn(int months, Instant at) {
        if (months == 3) {
            checkedInThreeAt = at;
        } else if (months == 6) {
            checkedInSixAt = at;
        }
    }

    /** The plan as the file shows it; {@code endedOn} (null while coached) dates the check-ins. */
    View view(LocalDate endedOn) {
        return new View(turnTo, agreements, checkInThreeMonths, checkInSixMonths,
                endedOn == null ? null : endedOn.plusMonths(3), endedOn == null ? null : endedOn.plusMonths(6),
                checkedInThreeAt != null, checkedInSixAt != null, version);
    }

    /** What the file shows of the plan, with the check-in dates once the trajectory has ended. */
    public record View(String turnTo, String agreements, boolean checkInThreeMonths, boolean checkInSixMonths,
                       LocalDate threeMonthsOn, LocalDate sixMonthsOn, boolean threeMonthsDone, boolean sixMonthsDone,
                       long version) {
    }

    Long getClientId() {
        return clientId;
    }

    String getTurnTo() {
        return turnTo;
    }

    long getVersion() {
        return version;
    }
}
