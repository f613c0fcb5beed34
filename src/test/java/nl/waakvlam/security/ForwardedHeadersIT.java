package nl.waakvlam.security;

import nl.waakvlam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} count only from the configured reverse
 * proxy (in the tests 127.0.0.2, {@code server.tomcat.remoteip.internal-proxies}). From any other
 * address, even a private or loopback one, they are ignored: a client that reaches the port
 * directly neither picks its address (for the per-address sign-in limit and the audit trail) nor
 * claims HTTPS (the Secure cookie and HSTS). Real HTTP over sockets bound to each address.
 */
@IntegrationTest
class ForwardedHeadersIT {

    static final String PROXY = "127.0.0.2";
    static final String DIRECT = "127.0.0.1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    record Response(int status, List<String> headers, String body) {

        List<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).toList();
        }
    }

    @Test
    void fromAnAddressThatIsNotTheProxyTheHeadersAreIgnored() throws IOException {
        String spoofed = "203.0.113.7";
        Response page = send(DIRECT, "GET", "/login", List.of("X-Forwarded-Proto: https",
                "X-Forwarded-For: " + spoofed), null, null);
        assertThat(page.header("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
        assertThat(page.header("Strict-Transport-Security")).isEmpty();

        String username = "onbekend-" + UUID.randomUUID();
        failSignIn(DIRECT, spoofed, username, page);
        assertThat(throttled("address:" + spoofed)).as("the sign-in limit counts the real address").isZero();
        assertThat(throttled("address:" + DIRECT)).isPositive();
        assertThat(auditedAddresses(username)).containsExactly(DIRECT);
    }

    @Test
    void fromTheConfiguredProxyTheyAreHonoured() throws IOException {
        String client = "198.51.100." + (1 + (int) (Math.random() * 250));
        Response page = send(PROXY, "GET", "/login", List.of("X-Forwarded-Proto: https",
                "X-Forwarded-For: " + client), null, null);
        assertThat(page.header("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("SESSION=").contains("Secure").contains("HttpOnly"));
        assertThat(page.header("Strict-Transport-Security")).singleElement()
                .satisfies(hsts -> assertThat(hsts).contains("max-age="));

        String username = "onbekend-" + UUID.randomUUID();
        failSignIn(PROXY, client, username, page);
        assertThat(throttled("address:" + client)).isPositive();
        assertThat(auditedAddresses(username)).containsExactly(client);

        // without the header, the proxy's request is plain HTTP: no Secure cookie
        Response plain = send(PROXY, "GET", "/login", List.of(), null, null);
        assertThat(plain.header("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
        assertThat(plain.header("Strict-Transport-Security")).isEmpty();
    }

    private void failSignIn(String from, String forwardedFor, String username, Response loginPage) throws IOException {
        String session = loginPage.header("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=niet-goed&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        Response answer = send(from, "POST", "/login", List.of("X-Forwarded-For: " + forwardedFor,
                "X-Forwarded-Proto: https", "Cookie: " + session), "application/x-www-form-urlencoded", form);
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).singleElement().satisfies(l -> assertThat(l).contains("/login?error"));
    }

    private int throttled(String key) {
        return jdbc.queryForObject("select coalesce(sum(failures), 0) from sign_in_throttle where throttle_key = ?",
                Integer.class, key);
    }

    private List<String> auditedAddresses(String username) {
        return jdbc.queryForList("select source_address from audit_event where username = ?", String.class,
                username);
    }

    /** One HTTP/1.1 request on a connection from {@code localAddress}. */
    private Response send(String localAddress, String method, String path, List<String> headers, String contentType,
                          String body) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName(DIRECT), port, InetAddress.getByName(localAddress), 0)) {
            socket.setSoTimeout(10_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
            headers.forEach(h -> request.append(h).append("\r\n"));
            if (contentType != null) {
                request.append("Content-Type: ").append(contentType).append("\r\n");
            }
            request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            List<String> lines = new ArrayList<>(List.of(raw.substring(0, end).split("\r\n")));
            int status = Integer.parseInt(lines.remove(0).split(" ")[1]);
            return new Response(status, lines, raw.substring(end + 4));
        }
    }
}
