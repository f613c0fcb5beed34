/**
 * The sociale kaart: organisations (schools, the social service and its departments, care
 * providers, employers, …) that refer clients or take over care. Other modules refer to an
 * organisation by id and ask {@link nl.waakvlam.organisation.OrganisationService} for names.
 */
@ApplicationModule(displayName = "Organisations", allowedDependencies = "shared")
package nl.waakvlam.organisation;

import org.springframework.modulith.ApplicationModule;
