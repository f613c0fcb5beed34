/**
 * Clients and their place in the programme: identity and contact details, track, intake
 * category, phase in the lifecycle, referring organisation and referrer, and the assigned coach.
 * Owns the coach's caseload page and the referrer's list of referred clients. Decides which
 * clients a user may see.
 */
@ApplicationModule(displayName = "Clients", allowedDependencies = {"shared", "security", "organisation"})
package nl.waakvlam.client;

import org.springframework.modulith.ApplicationModule;
