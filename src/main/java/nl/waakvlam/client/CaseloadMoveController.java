package nl.waakvlam.client;

import nl.waakvlam.coach.AbsenceDetails;
import nl.waakvlam.coach.CoachProfileDetails;
import nl.waakvlam.coach.CoachService;
import nl.waakvlam.coach.CoachWorkload;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.AuditOutcome;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.Role;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /coaches/{id}/move}: the project leader moves some or all clients of a coach (who leaves,
 * or is away for long) to others. First a preview: each receiving coach's weighted load before and
 * after against their capacity, with a warning for a coach who is over capacity afterwards or absent
 * now or in the coming two weeks; then, with a reason, one transaction that moves them all and
 * announces every change (the receiving coach, the coach who leaves, the referrer).
 */
@Controller
class CaseloadMoveController {

    /** How far ahead an absence of a receiving coach is worth a warning. */
    static final int ABSENCE_HORIZON_DAYS = 14;

    private final ClientCards cards;
    private final CoachCapacity capacity;
    private final CoachService coaches;
    private final AccountService accounts;
    private final LifecycleService lifecycle;
    private final AuditLog auditLog;
    private final Clock clock;

    CaseloadMoveController(ClientCards cards, CoachCapacity capacity, CoachService coaches, AccountService accounts,
                           LifecycleService lifecycle, AuditLog auditLog, Clock clock) {
        this.cards = cards;
        this.capacity = capacity;
        this.coaches = coaches;
        this.accounts = accounts;
        this.lifecycle = lifecycle;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A client to move, with the coach chosen for it (null: stays). */
    public record Row(Long clientId, String name, Phase phase, int weight, Long to) {
    }

    /** A receiving coach in the preview. */
    public record Receiving(Long coachId, String name, int before, int after, int capacity, int percentAfter,
                     LocalDate absentFrom, LocalDate absentUntil) {

        public boolean overCapacity() {
            return after > capacity;
        }
    }

    @GetMapping("/coaches/{id}/move")
    String form(@AuthenticationPrincipal CurrentUser leader, @PathVariable Long id, Model model) {
        return show(leader, id, Map.of(), null, "", model);
    }

    @PostMapping("/coaches/{id}/move")
    String move(@AuthenticationPrincipal CurrentUser leader, @PathVariable Long id,
                @RequestParam Map<String, String> params, RedirectAttributes redirect, Model model) {
        String reason = params.getOrDefault("reason", "").strip();
        Long all = coachId(params.get("all"));
        Map<Long, Long> chosen = new LinkedHashMap<>();
        for (ClientCard client : clientsOf(id)) {
            Long to = coachId(params.get("to-" + client.id()));
            Long target = to != null ? to : all;
            if (target != null && !target.equals(id)) {
                chosen.put(client.id(), target);
            }
        }
        if (!"confirm".equals(params.get("action")) || chosen.isEmpty() || reason.isEmpty()) {
            String error = chosen.isEmpty() ? "move.nothing" : reason.isEmpty() && "confirm".equals(params.get("action"))
                    ? "lifecycle.handoverRequired" : null;
            model.addAttribute("preview", !chosen.isEmpty());
            return show(leader, id, chosen, error, reason, model);
        }
        try {
            lifecycle.moveCaseload(leader, id, chosen, reason);
        } catch (LifecycleException e) {
            return show(leader, id, chosen, e.messageKey(), reason, model);
        }
        redirect.addFlashAttribute("flash", "move.doneFlash");
        redirect.addFlashAttribute("flashArgs", new Object[]{chosen.size()});
        return "redirect:/coaches";
    }

    private String show(CurrentUser leader, Long coachId, Map<Long, Long> chosen, String error, String reason,
                        Model model) {
        List<UserSummary> allCoaches = accounts.withRole(Role.COACH);
        UserSummary leaving = allCoaches.stream().filter(c -> c.id().equals(coachId)).findFirst()
                .orElseThrow(() -> new NotFoundException("coach"));
        List<ClientCard> clients = clientsOf(coachId);
        auditLog.recordEach(AuditAction.SEARCH, clients.stream().map(ClientCard::id).toList(), AuditOutcome.ALLOWED);
        List<Row> rows = clients.stream().map(c -> new Row(c.id(), c.fullName(), c.phase(),
                capacity.weightOf(c.phase().name()), chosen.get(c.id()))).toList();
        List<UserSummary> others = allCoaches.stream().filter(c -> c.enabled() && !c.id().equals(coachId)).toList();
        model.addAttribute("leaving", leaving);
        model.addAttribute("rows", rows);
        model.addAttribute("coaches", others);
        model.addAttribute("receiving", receiving(rows, others));
        model.addAttribute("reason", reason);
        model.addAttribute("moveError", error);
        if (!model.containsAttribute("preview")) {
            model.addAttribute("preview", false);
        }
        return "client/move";
    }

    /** Each receiving coach's load before and after the move, with what is worth a warning. */
    private List<Receiving> receiving(List<Row> rows, List<UserSummary> others) {
        Map<Long, CoachWorkload> loads = capacity.workloads();
        Map<Long, CoachProfileDetails> profiles = coaches.allProfiles();
        LocalDate today = LocalDate.now(clock);
        List<AbsenceDetails> absences = coaches.absencesBetween(today, today.plusDays(ABSENCE_HORIZON_DAYS));
        Map<Long, Integer> added = new LinkedHashMap<>();
        rows.stream().filter(r -> r.to() != null).forEach(r -> added.merge(r.to(), r.weight(), Integer::sum));
        List<Receiving> result = new ArrayList<>();
        for (Map.Entry<Long, Integer> entry : added.entrySet()) {
            Long id = entry.getKey();
            String name = others.stream().filter(c -> c.id().equals(id)).map(UserSummary::displayName).findFirst()
                    .orElse("");
            int before = Optional.ofNullable(loads.get(id)).map(CoachWorkload::weighted).orElse(0);
            int max = Optional.ofNullable(profiles.get(id)).map(CoachProfileDetails::maxCaseload).orElse(0);
            int after = before + entry.getValue();
            Optional<AbsenceDetails> absent = absences.stream().filter(a -> a.coachId().equals(id)).findFirst();
            result.add(new Receiving(id, name, before, after, max, max <= 0 ? 100 : Math.round(100f * after / max),
                    absent.map(AbsenceDetails::startsOn).orElse(null), absent.map(AbsenceDetails::endsOn).orElse(null)));
        }
        return result;
    }

    private List<ClientCard> clientsOf(Long coachId) {
        return cards.all((root, query, cb) -> cb.and(cb.equal(root.get("coachId"), coachId),
                root.get("phase").in(Phase.COACHED), cb.isNull(root.get("anonymisedAt"))));
    }

    private static Long coachId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
