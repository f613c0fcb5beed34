/**
 * The sociale kaart: organisations (schools, the social service and its departments, care
 * providers, employers, …) that refer clients or take over care, with their kind, contact details
 * and departments. Other modules refer to an organisation by id, ask
 * {@link nl.waakvlam.organisation.OrganisationService} for names and for the active organisations
 * their pickers offer. The administrator manages the map on {@code /admin/organisations}
 * ({@link nl.waakvlam.organisation.OrganisationAdministration}); coaches and the project leader look
 * it up on {@code /organisations}. Merging a duplicate moves the references other modules keep
 * through {@link nl.waakvlam.organisation.OrganisationReferences}, which each of them implements
 * for its own tables, and the audit trail is written through
 * {@link nl.waakvlam.organisation.OrganisationAudit}, implemented by the security module — so this
 * module depends on nothing but {@code shared}.
 */
@ApplicationModule(displayName = "Organisations", allowedDependencies = "shared")
package nl.waakvlam.organisation;

import org.springframework.modulith.ApplicationModule;
