package nl.waakvlam.coach;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.Role;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /coaches} (project leader): each coach's weighted caseload against capacity, clients
 * per phase, absences and cover; editing a coach profile and recording an absence. The
 * figures come from {@link CoachWorkloads}, which the client module implements. Never a ranking:
 * coaches are listed by name, {@value #PAGE_SIZE} to a page.
 */
@Controller
class CoachesController {

    /** Coach cards per page: four rows of four on a wide screen. */
    static final int PAGE_SIZE = 16;

    static final int ABSENCE_HORIZON_DAYS = 90;

    private final AccountService accounts;
    private final CoachService coaches;
    private final CoachWorkloads workloads;
    private final Clock clock;

    CoachesController(AccountService accounts, CoachService coaches, CoachWorkloads workloads, Clock clock) {
        this.accounts = accounts;
        this.coaches = coaches;
        this.workloads = workloads;
        this.clock = clock;
    }

    /** One coach on the overview. */
    record CoachOverview(UserSummary coach, CoachProfileDetails profile, CoachWorkload load,
                         List<AbsenceDetails> absences, List<AbsenceDetails> covering, int percent) {

        /** Bar width in steps of 5% (CSS classes wv-w-0 … wv-w-100; no inline styles under the CSP). */
        public int barWidth() {
            int capped = Math.max(0, Math.min(100, percent));
            return capped - capped % 5;
        }
    }

    @GetMapping("/coaches")
    String overview(@RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<UserSummary> coachAccounts = accounts.withRole(Role.COACH);
        Map<Long, CoachProfileDetails> profiles = coaches.allProfiles();
        Map<Long, CoachWorkload> loads = workloads.workloads();
        List<AbsenceDetails> absences = coaches.absencesBetween(today, today.plusDays(ABSENCE_HORIZON_DAYS));
        // a large provider has sixty coaches: one page of cards, the figures for all of them from the
        // same grouped queries, so every page costs the same
        PageRequest pageRequest = PageRequest.of(page, PAGE_SIZE);
        int from = (int) Math.min(pageRequest.getOffset(), coachAccounts.size());
        List<UserSummary> shown = coachAccounts.subList(from, Math.min(from + PAGE_SIZE, coachAccounts.size()));
        List<CoachOverview> rows = shown.stream().map(coach -> {
            CoachProfileDetails profile = profiles.get(coach.id());
            CoachWorkload load = workloads.workloadOf(loads, coach.id());
            return new CoachOverview(coach, profile, load,
                    absences.stream().filter(a -> a.coachId().equals(coach.id())).toList(),
                    absences.stream().filter(a -> coach.id().equals(a.coverCoachId())).toList(),
                    profile == null ? 0 : load.percentOf(profile.maxCaseload()));
        }).toList();
        model.addAttribute("rows", new PageImpl<>(rows, pageRequest, coachAccounts.size()));
        model.addAttribute("names", coachAccounts.stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::displayName)));
        List<PhaseWeight> weights = workloads.phaseWeights();
        model.addAttribute("phases", weights.stream().map(PhaseWeight::phase).toList());
        model.addAttribute("today", today);
        model.addAttribute("unreadHandovers", workloads.unreadHandovers());
        model.addAttribute("weights", weights.stream().map(PhaseWeight::weight).toList());
        if (!model.containsAttribute("absenceForm")) {
            AbsenceForm form = new AbsenceForm();
            form.setStartsOn(today);
            form.setEndsOn(today.plusDays(13));
            model.addAttribute("absenceForm", form);
        }
        model.addAttribute("reasons", AbsenceReason.values());
        model.addAttribute("coaches", coachAccounts);
        return "coach/coaches";
    }

    @PostMapping("/coaches/absences")
    String addAbsence(@AuthenticationPrincipal CurrentUser projectLeader,
                      @Valid @ModelAttribute("absenceForm") AbsenceForm form, BindingResult result, Model model,
                      RedirectAttributes redirect) {
        if (form.getStartsOn() != null && form.getEndsOn() != null && form.getEndsOn().isBefore(form.getStartsOn())) {
            result.rejectValue("endsOn", "absence.endBeforeStart");
        }
        if (form.getCoachId() != null && form.getCoachId().equals(form.getCoverCoachId())) {
            result.rejectValue("coverCoachId", "absence.coverSelf");
        }
        List<Long> coachIds = accounts.withRole(Role.COACH).stream().map(UserSummary::id).toList();
        if (form.getCoachId() != null && !coachIds.contains(form.getCoachId())) {
            result.rejectValue("coachId", "match.coachRequired");
        }
        if (form.getCoverCoachId() != null && !coachIds.contains(form.getCoverCoachId())) {
            result.rejectValue("coverCoachId", "match.coachRequired");
        }
        if (result.hasErrors()) {
            return overview(0, model);
        }
        coaches.addAbsence(new NewAbsence(form.getCoachId(), form.getStartsOn(), form.getEndsOn(), form.getReason(),
                form.getCoverCoachId()), projectLeader.id());
        redirect.addFlashAttribute("flash", "coaches.absenceAddedFlash");
        return "redirect:/coaches";
    }

    @GetMapping("/coaches/{id}/profile")
    String editProfile(@PathVariable Long id, Model model) {
        UserSummary coach = coach(id);
        CoachProfileDetails profile = coaches.profile(id);
        return showProfile(coach, ProfileForm.from(profile), model);
    }

    @PostMapping("/coaches/{id}/profile")
    String saveProfile(@PathVariable Long id, @Valid @ModelAttribute("form") ProfileForm form, BindingResult result,
                       Model model, RedirectAttributes redirect) {
        UserSummary coach = coach(id);
        if (result.hasErrors()) {
            return showProfile(coach, form, model);
        }
        coaches.updateProfile(new ProfileUpdate(id, form.getVersion(), form.getGender(), split(form.getLanguages()),
                split(form.getInterests()), form.getExperience(), form.getContractHours(), form.getMaxCaseload()));
        redirect.addFlashAttribute("flash", "coaches.profileSavedFlash");
        return "redirect:/coaches";
    }

    private String showProfile(UserSummary coach, ProfileForm form, Model model) {
        model.addAttribute("coach", coach);
        model.addAttribute("form", form);
        model.addAttribute("genders", Gender.values());
        return "coach/coach-profile";
    }

    private UserSummary coach(Long id) {
        UserSummary coach = accounts.byIds(List.of(id)).get(id);
        if (coach == null || coach.role() != Role.COACH) {
            throw new NotFoundException("coach");
        }
        return coach;
    }

    private static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** Record an absence with optional cover. */
    static class AbsenceForm {
        @NotNull
        private Long coachId;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startsOn;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate endsOn;
        @NotNull
        private AbsenceReason reason = AbsenceReason.HOLIDAY;
        private Long coverCoachId;

        public Long getCoachId() {
            return coachId;
        }

        public void setCoachId(Long coachId) {
            this.coachId = coachId;
        }

        public LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        public LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
        }

        public AbsenceReason getReason() {
            return reason;
        }

        public void setReason(AbsenceReason reason) {
            this.reason = reason;
        }

        public Long getCoverCoachId() {
            return coverCoachId;
        }

        public void setCoverCoachId(Long coverCoachId) {
            this.coverCoachId = coverCoachId;
        }
    }

    /** Edit a coach profile; carries the version for conflict detection. */
    static class ProfileForm {
        private long version;
        @NotNull
        private Gender gender;
        @Size(max = 300)
        private String languages;
        @Size(max = 500)
        private String interests;
        @Size(max = 2000)
        private String experience;
        @Min(0)
        @Max(60)
        private int contractHours;
        @Min(1)
        @Max(200)
        private int maxCaseload;

        static ProfileForm from(CoachProfileDetails profile) {
            ProfileForm form = new ProfileForm();
            form.version = profile.version();
            form.gender = profile.gender();
            form.languages = String.join(", ", profile.languages());
            form.interests = String.join(", ", profile.interests());
            form.experience = profile.experience();
            form.contractHours = profile.contractHours();
            form.maxCaseload = profile.maxCaseload();
            return form;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public Gender getGender() {
            return gender;
        }

        public void setGender(Gender gender) {
            this.gender = gender;
        }

        public String getLanguages() {
            return languages;
        }

        public void setLanguages(String languages) {
            this.languages = languages;
        }

        public String getInterests() {
            return interests;
        }

        public void setInterests(String interests) {
            this.interests = interests;
        }

        public String getExperience() {
            return experience;
        }

        public void setExperience(String experience) {
            this.experience = experience;
        }

        public int getContractHours() {
            return contractHours;
        }

        public void setContractHours(int contractHours) {
            this.contractHours = contractHours;
        }

        public int getMaxCaseload() {
            return maxCaseload;
        }

        public void setMaxCaseload(int maxCaseload) {
            this.maxCaseload = maxCaseload;
        }
    }
}
