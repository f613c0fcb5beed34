package nl.waakvlam.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import nl.waakvlam.coach.CoachProfileDetails;
import nl.waakvlam.coach.CoachService;
import nl.waakvlam.coach.CoachWorkload;
import nl.waakvlam.coach.CoachWorkloads;
import nl.waakvlam.coach.Gender;
import nl.waakvlam.notification.NotificationService;
import nl.waakvlam.notification.NotificationType;
import nl.waakvlam.organisation.DepartmentSummary;
import nl.waakvlam.organisation.OrganisationService;
import nl.waakvlam.organisation.OrganisationSummary;
import nl.waakvlam.security.AccountDetails;
import nl.waakvlam.security.AccountException;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.NewAccount;
import nl.waakvlam.security.Role;
import nl.waakvlam.security.SecondFactorService;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.BaseAddress;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /admin/users}: the administrator invites people, changes their details and role, sends a
 * new link, and ends or restores accounts. A coach who still has clients cannot be ended until the
 * project leader has handed them over; the page says how many (never which). The administrator
 * never sees client content here.
 */
@Controller
class AdminAccountsController {

    static final int PAGE_SIZE = 25;

    private final AccountService accounts;
    private final OrganisationService organisations;
    private final CoachService coaches;
    private final BaseAddress baseAddress;
    private final ObjectProvider<CoachWorkloads> workloads;
    private final InvitationMailer mailer;
    private final TransactionTemplate transaction;
    private final SecondFactorService secondFactors;
    private final NotificationService notifications;
    private final FirstSteps firstSteps;

    AdminAccountsController(AccountService accounts, OrganisationService organisations, CoachService coaches,
                            ObjectProvider<CoachWorkloads> workloads, InvitationMailer mailer,
                            TransactionTemplate transaction, SecondFactorService secondFactors,
                            BaseAddress baseAddress, NotificationService notifications, FirstSteps firstSteps) {
        this.firstSteps = firstSteps;
        this.notifications = notifications;
        this.secondFactors = secondFactors;
        this.baseAddress = baseAddress;
        this.accounts = accounts;
        this.organisations = organisations;
        this.coaches = coaches;
        this.workloads = workloads;
        this.mailer = mailer;
        this.transaction = transaction;
    }

    @GetMapping("/admin/users")
    String list(@AuthenticationPrincipal CurrentUser admin, @RequestParam(required = false) String q,
                @RequestParam(required = false) String role, @RequestParam(defaultValue = "0") int page,
                Model model) {
        FirstSteps.Checklist steps = firstSteps.of(admin);
        if (!steps.allDone()) {
            model.addAttribute("firstSteps", steps);
        }
        Role roleFilter = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
        String search = q == null || q.isBlank() ? null : q.strip();
        if (search != null && search.length() > 100) {
            search = search.substring(0, 100);
        }
        Page<AccountDetails> users = accounts.details(search, roleFilter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("users", users);
        model.addAttribute("q", search);
        model.addAttribute("selectedRole", roleFilter);
        model.addAttribute("roles", Role.staff());
        model.addAttribute("organisations", organisations.byIds(users.stream().map(AccountDetails::organisationId)
                .filter(Objects::nonNull).distinct().toList()));
        return "accounts/admin-users";
    }

    @GetMapping("/admin/users/new")
    String newAccount(Model model) {
        model.addAttribute("form", new AccountForms.NewAccountForm());
        return showNew(model);
    }

    /** The address in the links beside the address the administrator is using, when they differ. */
    record LinkAddress(String inLinks, String inUse) {
    }

    /**
     * Set when invitation links would point elsewhere than where the administrator is using
     * Waakvlam (WAAKVLAM_BASE_URL not set, or set to another address), so that a link that would not
     * work is noticed before it is sent; null when they agree.
     */
    @ModelAttribute("linkAddress")
    LinkAddress linkAddress(HttpServletRequest request) {
        String inUse = baseAddress.differsFrom(request);
        return inUse == null ? null : new LinkAddress(baseAddress.url(), inUse);
    }

    @PostMapping("/admin/users")
    String create(@Valid @ModelAttribute("form") AccountForms.NewAccountForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        checkRoleDetails(form.getRole(), form.getOrganisationId(), form.getDepartmentId(), result);
        if (form.getRole() == Role.COACH) {
            // an empty number field binds as null: "not filled in", which a coach's profile needs
            if (form.getGender() == null) {
                result.rejectValue("gender", "NotNull");
            }
            if (form.getContractHours() == null && !result.hasFieldErrors("contractHours")) {
                result.rejectValue("contractHours", "NotNull");
            }
            if (form.getMaxCaseload() == null && !result.hasFieldErrors("maxCaseload")) {
                result.rejectValue("maxCaseload", "NotNull");
            }
        }
        if (result.hasErrors()) {
            return showNew(model);
        }
        AccountService.PasswordLink link;
        try {
            // the account and a coach's profile together, or neither
            link = transaction.execute(status -> {
                AccountService.PasswordLink created = accounts.invite(new NewAccount(form.getUsername(), null,
                        form.getDisplayName().strip(), form.getEmail().strip(), blankToNull(form.getPhone()),
                        form.getRole(), referrer(form.getRole(), form.getOrganisationId()),
                        referrer(form.getRole(), form.getDepartmentId())));
                if (form.getRole() == Role.COACH) {
                    coaches.createProfileIfAbsent(new CoachProfileDetails(created.userId(), form.getGender(),
                            languages(form.getLanguages()), List.of(), "", form.getContractHours(),
                            form.getMaxCaseload()));
                }
                return created;
            });
        } catch (AccountException e) {
            reject(result, e);
            return showNew(model);
        }
        announce(link, form.getEmail(), form.getDisplayName(), true, redirect);
        return "redirect:/admin/users/" + link.userId();
    }

    @GetMapping("/admin/users/{id}")
    String account(@PathVariable Long id, Model model) {
        AccountDetails account = staffAccount(id);
        AccountForms.EditAccountForm form = new AccountForms.EditAccountForm();
        form.setVersion(account.version());
        form.setDisplayName(account.displayName());
        form.setEmail(account.email());
        form.setPhone(account.phone());
        form.setRole(account.role());
        form.setOrganisationId(account.organisationId());
        form.setDepartmentId(account.departmentId());
        model.addAttribute("form", form);
        return showAccount(account, model);
    }

    @PostMapping("/admin/users/{id}")
    String edit(@AuthenticationPrincipal CurrentUser admin, @PathVariable Long id,
                @Valid @ModelAttribute("form") AccountForms.EditAccountForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        AccountDetails account = staffAccount(id);
        checkRoleDetails(form.getRole(), form.getOrganisationId(), form.getDepartmentId(), result);
        if (form.getRole() != null && form.getRole() != account.role()) {
            if (admin.id().equals(id)) {
                result.rejectValue("role", "account.notYourself");
            } else if (account.role() == Role.COACH && hasClients(id)) {
                result.rejectValue("role", "account.coachHasClients");
            } else if (form.getRole() == Role.COACH) {
                result.rejectValue("role", "account.noNewCoachRole");
            }
        }
        if (!result.hasErrors()) {
            try {
                accounts.update(id, form.getVersion(), form.getDisplayName().strip(), blankToNull(form.getEmail()),
                        blankToNull(form.getPhone()), form.getRole(), referrer(form.getRole(), form.getOrganisationId()),
                        referrer(form.getRole(), form.getDepartmentId()));
                redirect.addFlashAttribute("flash", "account.savedFlash");
                return "redirect:/admin/users/" + id;
            } catch (AccountException e) {
                reject(result, e);
            }
        }
        return showAccount(account, model);
    }

    @PostMapping("/admin/users/{id}/invitation")
    String newLink(@PathVariable Long id, RedirectAttributes redirect) {
        AccountDetails account = staffAccount(id);
        try {
            AccountService.PasswordLink link = accounts.newLink(id);
            announce(link, account.email(), account.displayName(), account.lastLoginAt() == null, redirect);
        } catch (AccountException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/deactivate")
    String deactivate(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        AccountDetails account = staffAccount(id);
        if (account.role() == Role.COACH && hasClients(id)) {
            // Not refused and forgotten: the project leader is asked to move the caseload (one unread
            // request per coach, however often the administrator tries), and the account follows.
            for (UserSummary leader : accounts.withRole(Role.PROJECT_LEADER)) {
                notifications.notify(leader.id(), NotificationType.COACH_CHANGED, "notification.moveRequested",
                        "/coaches/" + id + "/move", null, account.displayName());
            }
            redirect.addFlashAttribute("flashError", "account.coachHasClientsAsked");
            return "redirect:/admin/users/" + id;
        }
        try {
            accounts.deactivate(id, version);
            redirect.addFlashAttribute("flash", "account.deactivatedFlash");
        } catch (AccountException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@PathVariable Long id, RedirectAttributes redirect) {
        staffAccount(id);
        accounts.unlock(id);
        redirect.addFlashAttribute("flash", "admin.users.unlockedFlash");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/second-factor/reset")
    String resetSecondFactor(@PathVariable Long id, RedirectAttributes redirect) {
        staffAccount(id);
        secondFactors.reset(id);
        redirect.addFlashAttribute("flash", "admin.users.secondFactorResetFlash");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/reactivate")
    String reactivate(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        staffAccount(id);
        accounts.reactivate(id, version);
        redirect.addFlashAttribute("flash", "account.reactivatedFlash");
        return "redirect:/admin/users/" + id;
    }

    private void announce(AccountService.PasswordLink link, String email, String name, boolean first,
                          RedirectAttributes redirect) {
        if (mailer.send(email, name, link, first)) {
            redirect.addFlashAttribute("flash", "account.invitationMailedFlash");
        } else {
            // shown once, on the next page only; never stored in readable form
            redirect.addFlashAttribute("invitationLink", mailer.linkTo(link));
        }
    }

    /**
     * The clients the coach still coaches and those they are the designated cover for, by count (the
     * administrator sees no more than that). The first is the same count as on {@code /coaches} and the
     * dashboard ({@link CoachWorkload#clients()}); an account is ended only when both are zero.
     */
    private long[] clientsOf(Long coachId) {
        CoachWorkloads all = workloads.getIfAvailable();
        CoachWorkload workload = all == null ? null : all.workloads().get(coachId);
        return workload == null ? new long[]{0, 0} : new long[]{workload.clients(), workload.designatedCover()};
    }

    private boolean hasClients(Long coachId) {
        long[] counts = clientsOf(coachId);
        return counts[0] + counts[1] > 0;
    }

    private void checkRoleDetails(Role role, Long organisationId, Long departmentId, BindingResult result) {
        if (role == Role.CLIENT) {
            // a client's own account is made by their coach from the file, linked to that file
            result.rejectValue("role", "account.clientFromCoach");
            return;
        }
        if (role != Role.REFERRER) {
            return;
        }
        if (organisationId == null) {
            result.rejectValue("organisationId", "account.organisationRequired");
        } else if (!organisations.isActive(organisationId)) {
            // unknown, or no longer on the sociale kaart
            result.rejectValue("organisationId", "typeMismatch");
        } else if (departmentId != null) {
            DepartmentSummary department = organisations.departmentsByIds(List.of(departmentId)).get(departmentId);
            if (department == null || !department.active() || !department.organisationId().equals(organisationId)) {
                result.rejectValue("departmentId", "account.departmentElsewhere");
            }
        }
    }

    private String showNew(Model model) {
        addChoices(model);
        return "accounts/admin-user-new";
    }

    private String showAccount(AccountDetails account, Model model) {
        model.addAttribute("account", account);
        long[] clients = account.role() == Role.COACH ? clientsOf(account.id()) : new long[]{0, 0};
        model.addAttribute("clients", clients[0]);
        model.addAttribute("covers", clients[1]);
        model.addAttribute("lockedUntil", accounts.lockedUntil(account.id()));
        addChoices(model);
        return "accounts/admin-user";
    }

    private void addChoices(Model model) {
        // only what is active on the sociale kaart can be chosen for an account
        List<OrganisationSummary> all = organisations.active();
        model.addAttribute("roles", Role.staff());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("organisationChoices", all);
        Map<Long, String> names = new HashMap<>();
        all.forEach(o -> names.put(o.id(), o.name()));
        model.addAttribute("organisationNames", names);
        model.addAttribute("departments", organisations.departmentsOf(all.stream().map(OrganisationSummary::id).toList())
                .stream().filter(DepartmentSummary::active).toList());
    }

    private static Long referrer(Role role, Long id) {
        return role == Role.REFERRER ? id : null;
    }

    private static List<String> languages(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void reject(BindingResult result, AccountException e) {
        if (e.field() != null) {
            result.rejectValue(e.field(), e.messageKey());
        } else {
            result.reject(e.messageKey());
        }
    }

    /**
     * A staff account by id; a client's own account is the coach's business (from the file), never the
     * administrator's: it is as unknown here as a missing one.
     */
    private AccountDetails staffAccount(Long id) {
        return accounts.details(id).filter(account -> account.role() != Role.CLIENT)
                .orElseThrow(() -> new NotFoundException("user"));
    }
}
