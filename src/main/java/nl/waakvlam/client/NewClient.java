package nl.waakvlam.client;

import java.time.LocalDate;

/** Command to register a client directly in a given phase (demo data, imports). */
public record NewClient(String firstName, String lastName, LocalDate dateOfBirth, String phone, String email,
                        String address, String livingSituation, Long trackId, Integer intakeCategory, Phase phase,
                        LocalDate phaseSince, Long referringOrganisationId, Long referringDepartmentId,
                        Long referrerId, Long coachId, LocalDate expectedSchoolLeavingDate, String indication,
                        String ownQuestion) {
}
