/**
 * Coaches: the profile of each lifecoach account (gender, languages, interests, experience,
 * contract hours, maximum caseload), absences with their cover, and the project leader's
 * {@code /coaches} page with each coach's weighted caseload against capacity. The caseload figures
 * are client data: the client module provides them through {@link nl.waakvlam.coach.CoachWorkloads}.
 */
@ApplicationModule(displayName = "Coaches", allowedDependencies = {"shared", "security"})
package nl.waakvlam.coach;

import org.springframework.modulith.ApplicationModule;
