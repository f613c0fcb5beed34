/**
 * Clients and their way through the programme: referral (aanmelding), intake decision, matching
 * with a coach, the lifecycle of phases with its history, primary and cover coaches with their
 * assignment history, and the pages built on them (caseload, referrals, intake, client file,
 * coaches overview). {@link nl.waakvlam.client.ClientVisibility} is the one place that decides
 * which clients a user may see; every client read and change is written to the audit trail.
 */
@ApplicationModule(displayName = "Clients", allowedDependencies = {"shared", "security", "organisation", "coach", "notification"})
package nl.waakvlam.client;

import org.springframework.modulith.ApplicationModule;
