package nl.waakvlam.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The header's menu for the signed-in user: the pages of their one role, in a fixed order. The
 * layout reads it as {@code @navigation.menu()} on every page; a list per role decided here once
 * costs nothing per request, where a security expression per menu item was evaluated on every page.
 * Which routes a role may actually open is still decided by {@link SecurityConfiguration}.
 */
@Component("navigation")
public class Navigation {

    /** One link in the menu: where it goes and its label's message key. */
    public record Item(String path, String labelKey) {
    }

    /** Who is signed in and which pages their menu offers. */
    public record Menu(CurrentUser user, List<Item> items) {
    }

    private static final Map<Role, List<Item>> ITEMS = new EnumMap<>(Map.of(
            Role.COACH, List.of(
                    new Item("/caseload", "layout.nav.caseload"),
                    new Item("/caseload/week", "layout.nav.week"),
                    new Item("/clients", "layout.nav.clients"),
                    new Item("/organisations", "layout.nav.organisations")),
            Role.REFERRER, List.of(
                    new Item("/referrals", "layout.nav.referrals"),
                    new Item("/referrals/new", "layout.nav.newReferral")),
            Role.PROJECT_LEADER, List.of(
                    new Item("/dashboard", "layout.nav.dashboard"),
                    new Item("/intake", "layout.nav.intake"),
                    new Item("/clients", "layout.nav.clients"),
                    new Item("/coaches", "layout.nav.coaches"),
                    new Item("/agreements", "layout.nav.agreements"),
                    new Item("/import", "layout.nav.import"),
                    new Item("/organisations", "layout.nav.organisations")),
            Role.BACKOFFICE, List.of(
                    new Item("/backoffice", "layout.nav.directory"),
                    new Item("/backoffice/callbacks", "layout.nav.callbacks")),
            Role.CLIENT, List.of(
                    new Item("/mijn", "layout.nav.mine")),
            Role.MONITOR, List.of(
                    new Item("/dashboard/monitor", "layout.nav.monitor"),
                    new Item("/dashboard", "layout.nav.dashboard")),
            Role.ADMIN, List.of(
                    new Item("/admin/users", "layout.nav.users"),
                    new Item("/admin/organisations", "layout.nav.organisations"),
                    new Item("/admin/audit", "layout.nav.audit"),
                    new Item("/admin/retention", "layout.nav.retention"),
                    new Item("/admin/instruments", "layout.nav.instruments"),
                    new Item("/admin/settings", "layout.nav.settings"))));

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final ObjectProvider<MfaPolicy> mfa;

    Navigation(ObjectProvider<MfaPolicy> mfa) {
        this.mfa = mfa;
    }

    /**
     * The menu of the signed-in user, or null on a page seen without signing in (login, errors). Between
     * the password and a second factor the menu is empty: none of its pages would open yet, and the
     * header still offers to sign out.
     */
    public Menu menu() {
        Authentication authentication = holder.getContext().getAuthentication();
        if (!trust.isAuthenticated(authentication) || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return null;
        }
        MfaPolicy policy = mfa.getIfAvailable();
        boolean factorPending = policy != null && policy.required(authentication)
                && authentication.getAuthorities().stream()
                .noneMatch(authority -> MfaPolicy.FACTOR.equals(authority.getAuthority()));
        return new Menu(user, factorPending ? List.of() : ITEMS.get(user.role()));
    }
}
