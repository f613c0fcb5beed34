/**
 * Coach profiles: gender, languages, interests, experience, contract hours and maximum caseload
 * of each lifecoach account. Matching and capacity read these through
 * {@link nl.waakvlam.coach.CoachService}.
 */
@ApplicationModule(displayName = "Coaches", allowedDependencies = {"shared", "security"})
package nl.waakvlam.coach;

import org.springframework.modulith.ApplicationModule;
