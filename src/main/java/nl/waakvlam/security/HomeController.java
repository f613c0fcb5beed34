package nl.waakvlam.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /}: every role has its own home page. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user) {
        return "redirect:" + user.role().home();
    }
}
