package nl.waakvlam.rights;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.waakvlam.client.NeedCategory;
import nl.waakvlam.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The client's rights on the client file: access for need ({@code /clients/{id}/access-for-need}),
 * the access overview ({@code /clients/{id}/accesses}, {@code .pdf}) and the client's data on
 * request ({@code /clients/{id}/data-request}). Who may do what is decided by the client gate in
 * the services: a user outside the client's reach, or without the role, gets "not found".
 */
@Controller
class ClientRightsController {

    private final ClientRightsService rights;
    private final AccessOverview overview;
    private final ClientDataRequest dataRequest;
    private final Clock clock;

    ClientRightsController(ClientRightsService rights, AccessOverview overview, ClientDataRequest dataRequest,
                           Clock clock) {
        this.rights = rights;
        this.overview = overview;
        this.dataRequest = dataRequest;
        this.clock = clock;
    }

    @GetMapping("/clients/{id}/access-for-need")
    String accessForNeed(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        model.addAttribute("accessForNeedForm", new AccessForNeedForm());
        return accessForNeedPage(user, id, model);
    }

    @PostMapping("/clients/{id}/access-for-need")
    String requestAccessForNeed(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                                @Valid @ModelAttribute("accessForNeedForm") AccessForNeedForm form,
                                BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return accessForNeedPage(user, id, model);
        }
        rights.requestAccess(user, id, form);
        redirect.addFlashAttribute("flash", "accessForNeed.grantedFlash");
        return "redirect:/clients/" + id + "#file-timeline";
    }

    private String accessForNeedPage(CurrentUser user, Long id, Model model) {
        model.addAttribute("client", rights.clientForRequest(user, id));
        model.addAttribute("categories", NeedCategory.values());
        return "rights/access-for-need";
    }

    @GetMapping("/clients/{id}/accesses")
    String accesses(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                    @Valid @ModelAttribute("periodForm") PeriodForm period, BindingResult result,
                    @RequestParam(defaultValue = "0") int page, Model model) {
        period.complete(LocalDate.now(clock), result);
        boolean readable = !result.hasErrors();
        model.addAttribute("overview", overview.page(user, id, readable ? period.getFrom() : null,
                readable ? period.getTo() : null, page));
        return "rights/accesses";
    }

    @GetMapping("/clients/{id}/accesses.pdf")
    ResponseEntity<byte[]> accessesPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                                       @Valid @ModelAttribute("periodForm") PeriodForm period, BindingResult result,
                                       Locale locale) {
        LocalDate today = LocalDate.now(clock);
        period.complete(today, result);
        // the page shows what is wrong with a period; its PDF link is only offered for a readable one
        boolean readable = !result.hasErrors();
        byte[] pdf = overview.pdf(user, id, readable ? period.getFrom() : today.minusMonths(12),
                readable ? period.getTo() : today, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("inzageoverzicht-" + id + "-" + today + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/clients/{id}/data-request")
    String dataRequest(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        model.addAttribute("dataRequestForm", new DataRequestForm());
        model.addAttribute("client", dataRequest.client(user, id));
        return "rights/data-request";
    }

    @PostMapping("/clients/{id}/data-request")
    String exportData(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
                      @Valid @ModelAttribute("dataRequestForm") DataRequestForm form, BindingResult result,
                      Model model, Locale locale, HttpServletResponse response) throws IOException {
        if (result.hasErrors()) {
            model.addAttribute("client", dataRequest.client(user, id));
            return "rights/data-request";
        }
        dataRequest.export(user, id, form.getReason(), locale, fileName -> {
            response.setContentType("application/zip");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(fileName).build().toString());
            return response.getOutputStream();
        });
        return null;
    }
}
