package nl.waakvlam.referral;

import jakarta.validation.Valid;
import nl.waakvlam.client.ContactChannel;
import nl.waakvlam.client.LifecycleException;
import nl.waakvlam.client.LocalisedErrors;
import nl.waakvlam.organisation.OrganisationService;
import nl.waakvlam.organisation.OrganisationSummary;
import nl.waakvlam.reference.ReferenceData;
import nl.waakvlam.reference.TrackSummary;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/** The referrer's referrals ({@code /referrals}) and the referral form ({@code /referrals/new}). */
@Controller
class ReferralController {

    static final int PAGE_SIZE = 25;

    private final ReferralService referrals;
    private final ReferenceData referenceData;
    private final AccountService accounts;
    private final OrganisationService organisations;
    private final Clock clock;

    ReferralController(ReferralService referrals, ReferenceData referenceData,
                       AccountService accounts, OrganisationService organisations, Clock clock) {
        this.referrals = referrals;
        this.referenceData = referenceData;
        this.accounts = accounts;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/referrals")
    String list(@AuthenticationPrincipal CurrentUser referrer, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("clients", referrals.referralsOf(referrer, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "referral/referrals";
    }

    @GetMapping("/referrals/new")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        ReferralForm form = new ReferralForm();
        form.setConsentOn(LocalDate.now(clock));
        return show(user, form, model);
    }

    @PostMapping("/referrals/new")
    String submit(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ReferralForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        TrackSummary track = form.getTrackId() == null ? null : referenceData.activeTracks().stream()
                .filter(t -> t.id().equals(form.getTrackId())).findFirst().orElse(null);
        if (form.getTrackId() != null && track == null) {
            result.rejectValue("trackId", "referral.track");
        }
        if (track != null && track.youth() && form.getIntakeCategory() == null) {
            result.rejectValue("intakeCategory", "referral.categoryRequired");
        }
        if (form.getDateOfBirth() != null && form.getDateOfBirth().isBefore(LocalDate.now(clock).minusYears(110))) {
            result.rejectValue("dateOfBirth", "referral.dateOfBirthImplausible");
        }
        if (user.is(Role.PROJECT_LEADER) && form.getReferrerId() == null) {
            result.rejectValue("referrerId", "referral.referrerRequired");
        }
        if (result.hasErrors()) {
            return show(user, form, model);
        }
        try {
            Long clientId = referrals.submit(user, form.getReferrerId(), form.toIdentity(), form.toProfile(),
                    form.toDetails());
            redirect.addFlashAttribute("flash", "referral.submittedFlash");
            return user.is(Role.PROJECT_LEADER) ? "redirect:/intake/" + clientId : "redirect:/referrals";
        } catch (LifecycleException e) {
            LocalisedErrors.reject(result, e);
            return show(user, form, model);
        }
    }

    private String show(CurrentUser user, ReferralForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("tracks", referenceData.activeTracks());
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("urgencies", Urgency.values());
        if (user.is(Role.PROJECT_LEADER)) {
            // choosing a referrer chooses their organisation: only referrers of active organisations
            Set<Long> active = organisations.active().stream().map(OrganisationSummary::id).collect(Collectors.toSet());
            model.addAttribute("referrers", accounts.withRole(Role.REFERRER).stream()
                    .filter(r -> active.contains(r.organisationId())).toList());
        }
        return "referral/referral-form";
    }
}
