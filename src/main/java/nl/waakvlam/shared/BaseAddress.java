package nl.waakvlam.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Objects;

/**
 * The address people reach Waakvlam at ({@code waakvlam.base-url}, {@code WAAKVLAM_BASE_URL}): every
 * link in an e-mail (invitations, new passwords, notifications) is built from it, never from the
 * request that happens to cause the mail, which an attacker could shape with a Host header. When it
 * is not set, the start-up log says so, and a page that hands out links can tell the administrator
 * that the address in the links is not the one they are using ({@link #differsFrom}).
 */
@Component
public class BaseAddress {

    static final String DEFAULT = "http://localhost:8080";
    private static final Logger log = LoggerFactory.getLogger(BaseAddress.class);

    private final String url;
    private final boolean configured;

    BaseAddress(@Value("${waakvlam.base-url:}") String configured) {
        String value = configured == null || configured.isBlank() ? DEFAULT : configured.strip();
        this.url = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        this.configured = configured != null && !configured.isBlank();
    }

    /** The base address without a trailing slash ("https://waakvlam.example.nl"). */
    public String url() {
        return url;
    }

    /** A link to a path of the application ("/invitation/abc"). */
    public String link(String path) {
        return url + path;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenUnset() {
        if (!configured) {
            log.warn("waakvlam.base-url (WAAKVLAM_BASE_URL) is not set: links in e-mails and invitations point to {}",
                    url);
        }
    }

    /**
     * The address this request came in at, when it is not the base address (scheme, host or port
     * differ); null when they agree. Behind a proxy the request's address is what the proxy forwarded.
     */
    public String differsFrom(HttpServletRequest request) {
        UriComponents base = UriComponentsBuilder.fromUriString(url).build();
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean samePort = Objects.equals(effectivePort(base.getScheme(), base.getPort()), effectivePort(scheme, port));
        if (scheme.equalsIgnoreCase(Objects.toString(base.getScheme(), ""))
                && request.getServerName().equalsIgnoreCase(Objects.toString(base.getHost(), "")) && samePort) {
            return null;
        }
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    private static int effectivePort(String scheme, int port) {
        if (port >= 0) {
            return port;
        }
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
