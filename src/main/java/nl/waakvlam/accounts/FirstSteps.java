package nl.waakvlam.accounts;

import nl.waakvlam.client.ClientService;
import nl.waakvlam.client.PhaseCount;
import nl.waakvlam.organisation.OrganisationService;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.Role;
import nl.waakvlam.security.SecondFactorService;
import nl.waakvlam.settings.ProgrammeSettings;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The first steps of a new programme, for the administrator who just did {@code /setup}: each step
 * ticks itself off from what the installation holds (nothing to mark by hand), so the list says
 * what is left and disappears when everything is done.
 */
@Component
class FirstSteps {

    static final String PRODUCT_NAME = "Waakvlam";

    private final ProgrammeSettings settings;
    private final SecondFactorService secondFactors;
    private final OrganisationService organisations;
    private final AccountService accounts;
    private final ClientService clients;

    FirstSteps(ProgrammeSettings settings, SecondFactorService secondFactors, OrganisationService organisations,
               AccountService accounts, ClientService clients) {
        this.settings = settings;
        this.secondFactors = secondFactors;
        this.organisations = organisations;
        this.accounts = accounts;
        this.clients = clients;
    }

    /** One step: its label ({@code firstSteps.<key>}), whether it is done and where to do it. */
    record Step(String key, boolean done, String link) {

        public String label() {
            return "firstSteps." + key;
        }
    }

    /** The steps in the order a new programme takes them. */
    record Checklist(List<Step> steps) {

        public boolean allDone() {
            return steps.stream().allMatch(Step::done);
        }

        public long done() {
            return steps.stream().filter(Step::done).count();
        }
    }

    Checklist of(CurrentUser administrator) {
        ProgrammeSettings.Values current = settings.current();
        // named: no longer the product's own name, whether set on the settings page or in the configuration
        boolean named = current.programmeName() != null && !current.programmeName().isBlank()
                && !PRODUCT_NAME.equalsIgnoreCase(current.programmeName().strip());
        boolean phone = current.centralPhone() != null && !current.centralPhone().isBlank();
        boolean anyClient = clients.countByPhase().stream().mapToLong(PhaseCount::clients).sum() > 0;
        return new Checklist(List.of(
                new Step("name", named, "/admin/settings"),
                new Step("phone", phone, "/admin/settings"),
                new Step("secondFactor", secondFactors.enrolled(administrator.id()), "/account/mfa"),
                new Step("organisations", !organisations.all().isEmpty(), "/admin/organisations"),
                new Step("projectLeader", !accounts.withRole(Role.PROJECT_LEADER).isEmpty(), "/admin/users/new"),
                new Step("coaches", !accounts.withRole(Role.COACH).isEmpty(), "/admin/users/new"),
                new Step("firstClient", anyClient, null)));
    }
}
