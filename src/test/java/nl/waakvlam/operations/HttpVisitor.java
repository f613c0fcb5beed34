package nl.waakvlam.operations;

import nl.waakvlam.shared.DemoMode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser behind a load balancer, over real HTTP: it keeps the {@code SESSION} cookie and sends it
 * to whichever application instance (port) it is told to, and takes the CSRF token from the last page.
 */
final class HttpVisitor {

    private static final Pattern SESSION_COOKIE = Pattern.compile("^SESSION=([^;]*)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String session;
    private String csrf;

    HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return send(port, HttpRequest.newBuilder(uri(port, path)).GET());
    }

    HttpResponse<String> get(int port, String path, String header, String value) throws IOException, InterruptedException {
        return send(port, HttpRequest.newBuilder(uri(port, path)).header(header, value).GET());
    }

    /** Posts a form with the CSRF token of the last page that had one. */
    HttpResponse<String> post(int port, String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.put("_csrf", csrf);
        }
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(port, HttpRequest.newBuilder(uri(port, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the login form; returns the redirect after the password. */
    HttpResponse<String> signIn(int port, String username) throws IOException, InterruptedException {
        return signIn(port, username, DemoMode.PASSWORD);
    }

    HttpResponse<String> signIn(int port, String username, String password) throws IOException, InterruptedException {
        get(port, "/login");
        return post(port, "/login", Map.of("username", username, "password", password));
    }

    String session() {
        return session;
    }

    private HttpResponse<String> send(int port, HttpRequest.Builder request) throws IOException, InterruptedException {
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher matcher = SESSION_COOKIE.matcher(cookie);
            if (matcher.find()) {
                session = matcher.group(1).isEmpty() ? null : matcher.group(1);
            }
        }
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
