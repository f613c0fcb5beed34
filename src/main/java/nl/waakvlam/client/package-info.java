/**
 * Clients and their lifecycle: identity and profile, phases with their history, primary and cover
 * coaches with their assignment history, the contact rhythm and flame, and the pages built on them
 * ({@code /caseload}, {@code /clients/{id}}). {@link nl.waakvlam.client.ClientVisibility} is the one
 * place that decides which clients a user may see; other modules reach a client only through
 * {@link nl.waakvlam.client.ClientGate}, {@link nl.waakvlam.client.ClientService} or
 * {@link nl.waakvlam.client.ClientAdmissions}, and every client read and change is audited. The
 * client file and today list are extended by other modules through {@code ClientFileSection},
 * {@code TimelineSource} and {@code AttentionSource}; the coach module's caseload figures come from
 * here through {@code CoachWorkloads}. {@link nl.waakvlam.client.AccessForNeed} keeps the project leader's
 * reasoned, 24-hour access to the coach's private notes on one client; {@code ClientDataExport} collects
 * every module's records for the client's data on request. The default contact rhythm and the caseload weights per phase are
 * programme settings ({@code settings}), asked on every request.
 */
@ApplicationModule(displayName = "Clients",
        allowedDependencies = {"shared", "security", "organisation", "reference", "settings", "coach"})
package nl.waakvlam.client;

import org.springframework.modulith.ApplicationModule;
