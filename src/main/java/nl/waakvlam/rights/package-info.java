/**
 * The client's rights on the client file. Access for need: the project leader's reasoned request
 * to read the coach's private notes on one client for 24 hours ({@code /clients/{id}/access-for-need};
 * the grant itself is the client module's {@link nl.waakvlam.client.AccessForNeed}), with an inbox
 * item for the client's coaches. The access overview (NEN 7513): who opened, changed, exported or
 * printed this client's file in a period, from the audit trail, as a page and as a PDF to hand to the
 * client ({@code /clients/{id}/accesses}). The client's data on request (AVG articles 15 and 20): one
 * ZIP with a readable PDF of the whole file and one CSV file per record type
 * ({@code /clients/{id}/data-request}), assembled from every module's
 * {@link nl.waakvlam.client.ClientDataExport}. Every action goes through the client gate and is
 * audited. Owns no tables.
 */
@ApplicationModule(displayName = "Client rights",
        allowedDependencies = {"shared", "shared :: pdf", "security", "client", "notification"})
package nl.waakvlam.rights;

import org.springframework.modulith.ApplicationModule;
