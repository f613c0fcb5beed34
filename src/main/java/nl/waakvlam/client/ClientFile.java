package nl.waakvlam.client;

import nl.waakvlam.organisation.OrganisationSummary;
import nl.waakvlam.reference.ReasonView;
import nl.waakvlam.reference.TrackSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The client file as one user may see it. Fields outside that user's access are null or empty. */
public record ClientFile(Long id, ClientAccess access, long version,
                         String firstName, String lastName, LocalDate dateOfBirth, int age,
                         String phone, String email, String address, ContactChannel preferredChannel,
                         String livingSituation, Phase phase, LocalDate phaseSince, TrackSummary track,
                         Integer intakeCategory, LocalDate expectedSchoolLeavingDate, String indication,
                         String ownQuestion, String preferredCoachGender, String preferredLanguage, String interests,
                         LocalDate startedOn, LocalDate endedOn, ReasonView endReason, String aftercareNote,
                         Person coach, Person coverCoach, Person referrer, OrganisationSummary organisation,
                         String departmentName, List<PhaseStep> history,
                         List<AssignmentView> assignments, Set<Phase> phaseTargets, Rhythm rhythm) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public String trackName(Locale locale) {
        return track.name(locale);
    }

    public ReferralStatus status() {
        return ReferralStatus.of(phase);
    }

    /** Whether the client is in a coached phase: the end plan is written then. */
    public boolean coached() {
        return Phase.COACHED.contains(phase);
    }

    public boolean canEnd() {
        return phaseTargets.contains(Phase.ENDED);
    }

    public boolean isCoach() {
        return access == ClientAccess.FULL || access == ClientAccess.COVER;
    }

    public boolean isReferrerView() {
        return access == ClientAccess.REFERRER;
    }

    public boolean isProjectLeader() {
        return access == ClientAccess.METADATA;
    }

    /**
     * The agreed contact rhythm and the flame. {@code days} is null outside the coached phases;
     * {@code custom} tells whether the client has its own rhythm instead of the phase default.
     */
    public record Rhythm(Integer days, boolean custom, String reason, LocalDate lastReached,
                         Long daysSinceReached, LocalDate nextDue, Flame flame) {
    }


    /** One phase change; reason and author are hidden from referrers. */
    public record PhaseStep(Phase from, Phase to, LocalDate on, PhaseReason reason, String changedBy) {
    }

    /**
     * One coach assignment; the note (match rationale or handover) is hidden from referrers. {@code handover}
     * tells that it followed another coach; {@code handoverUnread} that its summary is not read yet.
     */
    public record AssignmentView(String coachName, AssignmentRole role, LocalDate startedOn, LocalDate endedOn,
                                 String note, boolean handover, boolean handoverUnread) {
    }

    /** The current primary coach's handover when it is not read yet (the file points to it), or null. */
    public AssignmentView unreadHandover() {
        return assignments.stream().filter(a -> a.role() == AssignmentRole.PRIMARY && a.endedOn() == null
                && a.handoverUnread()).findFirst().orElse(null);
    }
}
